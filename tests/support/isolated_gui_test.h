// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// GUI tests run with settings and data in a temporary home, set before the QApplication
// exists, so they never read or write the analyst's real settings or fact store.
#pragma once

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

namespace logsleuth::testing {

struct IsolatedHome {
    QTemporaryDir dir;
    IsolatedHome()
    {
        qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toLocal8Bit());
    }
};

template <class Test> int runIsolatedGuiTest(int argc, char* argv[], const IsolatedHome& home)
{
    if (!home.dir.isValid()) return 1;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LogSleuth"));
    QApplication::setApplicationName(QStringLiteral("LogSleuthTest"));
    Test test;
    return QTest::qExec(&test, argc, argv);
}

} // namespace logsleuth::testing
