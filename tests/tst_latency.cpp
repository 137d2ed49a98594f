// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The window never freezes: on 200 k lines, opening, searching, training and scoring, sorting
// by text, filtering and drawing every chart leave the event loop stalled for under 500 ms at
// worst (10x looser than the 50 ms target that bench_latency checks on 1 M lines). Prints what
// it saw.
#include "isolated_gui_test.h"
#include "window_latency.h"

#include <QTest>

using namespace logsleuth;

class TestLatency : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void windowStaysResponsive()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("200k.log"));
        testing::writeLatencyLog(log, 200'000);
        ui::MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ml::ModelOptions options = ml::defaultOptions(ml::modelFamily("vae"));
        options.set("epochs", "1");
        options.set("samples-per-epoch", "20000");
        options.set("seed", "1");
        options.set("device", "cpu");
        window.analysisController()->setModelChoice("vae", options);
        const testing::LatencyReport report = testing::measureWindowLatency(window, log, 120'000);
        std::printf("  200k lines: worst stall %.1f ms (during %s), scenario %.1f s\n", report.maxStallMs,
                    report.worstStep.c_str(), report.seconds);
        std::printf("  stalls over 20 ms: %s\n", report.stalls.empty() ? "none" : report.stalls.c_str());
        QVERIFY(report.completed);
        QCOMPARE(window.tableModel()->rowCount(), 200'000);
        QVERIFY2(report.maxStallMs < 500.0, report.worstStep.c_str());
    }
};

int main(int argc, char* argv[])
{
    const logsleuth::testing::IsolatedHome home;
    return logsleuth::testing::runIsolatedGuiTest<TestLatency>(argc, argv, home);
}

#include "tst_latency.moc"
