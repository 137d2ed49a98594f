// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#pragma once

#include <QLocale>

class QCoreApplication;

namespace logsleuth::ui {

// Installs LogSleuth's compiled-in translation (:/i18n/logsleuth_<lang>.qm) for `locale` on
// `app`, and Qt's own qtbase translation from QLibraryInfo's TranslationsPath when the system
// has it. Call it before any window is created. Returns whether LogSleuth's own translation
// was found and installed; false for English (the source language) or an unknown language.
// A second call replaces what the first installed.
bool installTranslations(QCoreApplication& app, const QLocale& locale);

} // namespace logsleuth::ui
