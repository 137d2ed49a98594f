// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The compiled-in German translation: installTranslations (the function the GUI's main uses)
// finds it in the resources, a MainWindow built afterwards shows German menus and actions, and
// an English locale leaves the source texts.
#include <logsleuth/ui/main_window.h>
#include <logsleuth/ui/translations.h>

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLocale>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>

#include "isolated_gui_test.h"

using namespace logsleuth;

namespace {

QString fileMenuTitle(const ui::MainWindow& window)
{
    const QList<QAction*> menus = window.menuBar()->actions();
    return menus.isEmpty() ? QString() : menus.constFirst()->text();
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void qmIsEmbedded() { QVERIFY(QFile::exists(QStringLiteral(":/i18n/logsleuth_de.qm"))); }

    void german()
    {
        QVERIFY(ui::installTranslations(*QCoreApplication::instance(),
                                        QLocale(QLocale::German, QLocale::Germany)));
        ui::MainWindow window;
        QCOMPARE(fileMenuTitle(window), QStringLiteral("&Datei"));
        QCOMPARE(window.trainAction()->text(), QStringLiteral("&Trainieren && bewerten"));
        QCOMPARE(window.cancelAction()->text(), QStringLiteral("Abbre&chen"));
    }

    void english()
    {
        QVERIFY(!ui::installTranslations(*QCoreApplication::instance(),
                                         QLocale(QLocale::English, QLocale::UnitedStates)));
        ui::MainWindow window;
        QCOMPARE(fileMenuTitle(window), QStringLiteral("&File"));
        QCOMPARE(window.trainAction()->text(), QStringLiteral("&Train && Score"));
    }
};

int main(int argc, char* argv[])
{
    const logsleuth::testing::IsolatedHome home;
    return logsleuth::testing::runIsolatedGuiTest<TestTranslations>(argc, argv, home);
}

#include "tst_translations.moc"
