// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include <logsleuth/ui/translations.h>

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace logsleuth::ui {

namespace {

// Replaces the translator this module installed before (if any) with a fresh one loaded by
// `load`; returns whether `load` succeeded.
template <typename Load> bool replaceTranslator(QCoreApplication& app, QPointer<QTranslator>& slot, Load load)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    auto* translator = new QTranslator(&app);
    if (!load(*translator)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    slot = translator;
    return true;
}

} // namespace

bool installTranslations(QCoreApplication& app, const QLocale& locale)
{
    static QPointer<QTranslator> qtBase;
    static QPointer<QTranslator> own;
    replaceTranslator(app, qtBase, [&](QTranslator& t) {
        return t.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    });
    return replaceTranslator(app, own, [&](QTranslator& t) {
        return t.load(locale, QStringLiteral("logsleuth"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    });
}

} // namespace logsleuth::ui
