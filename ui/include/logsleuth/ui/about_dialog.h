// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace logsleuth::ui {

// The About box: name, version, licence, the Qt and LibTorch versions in use.
void showAboutDialog(QWidget* parent);

} // namespace logsleuth::ui
