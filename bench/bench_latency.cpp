// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// bench_latency [LOG|LINES]: the main window's worst event-loop stall while a log is opened,
// searched, trained (one small epoch) and scored, sorted by text, filtered and every chart tab
// drawn (tests/support/window_latency.h). Target: under 50 ms on 1 M lines. Prints one
// key=value line like the other benchmarks. Settings and marks go to a temporary home.
#include "window_latency.h"

#include <logsleuth/ml/model_registry.h>

#include <QApplication>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace logsleuth;

int main(int argc, char** argv)
{
    QTemporaryDir home;
    testing::isolateWindowBenchmark(home);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LogSleuthBench"));
    QApplication::setApplicationName(QStringLiteral("bench_latency"));

    QString log = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (log.isEmpty() || !QFileInfo(log).isFile()) {
        const int lines = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1'000'000;
        log = home.filePath(QStringLiteral("latency.log"));
        testing::writeLatencyLog(log, lines > 0 ? lines : 1'000'000);
    }
    ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    ml::ModelOptions options = ml::defaultOptions(ml::modelFamily("vae"));
    options.set("epochs", "1");
    options.set("samples-per-epoch", "51200");
    options.set("seed", "1");
    window.analysisController()->setModelChoice("vae", options);
    const testing::LatencyReport report = testing::measureWindowLatency(window, log, 1'800'000);
    std::printf("stalls over 20 ms: %s\n", report.stalls.empty() ? "none" : report.stalls.c_str());
    std::printf(
        "bench=latency lines=%d max_stall_ms=%.1f worst_step=\"%s\" seconds=%.1f target_ms=50 completed=%d\n",
        window.tableModel()->rowCount(), report.maxStallMs, report.worstStep.c_str(), report.seconds,
        int(report.completed));
    return report.completed ? 0 : 1;
}
