// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// bench_open LOG: how soon the main window shows a big log's first screen, how long the whole
// open takes, and the worst event-loop stall meanwhile (tests/support/window_latency.h). Target:
// a 1 GB file's first screen under 1 s. The peer, in the same run, is one pass that only counts
// the file's newlines (the least any reader does before it knows its lines). Settings and marks
// go to a temporary home.
#include "window_latency.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>

using namespace logsleuth;

namespace {

// Seconds to map `path` and count its newlines.
double countNewlinesSeconds(const QString& path, std::uint64_t& newlines)
{
    QElapsedTimer clock;
    clock.start();
    QFile file(path);
    newlines = 0;
    if (!file.open(QIODevice::ReadOnly)) return -1;
    const qint64 size = file.size();
    const uchar* bytes = size > 0 ? file.map(0, size) : nullptr;
    if (!bytes) return -1;
    for (const uchar *at = bytes, *end = bytes + size;
         (at = static_cast<const uchar*>(std::memchr(at, '\n', std::size_t(end - at)))) != nullptr; ++at)
        ++newlines;
    return double(clock.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_open LOG\n");
        return 2;
    }
    QTemporaryDir home;
    testing::isolateWindowBenchmark(home);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LogSleuthBench"));
    QApplication::setApplicationName(QStringLiteral("bench_open"));

    const QString log = QString::fromLocal8Bit(argv[1]);
    if (!QFileInfo(log).isFile()) {
        std::fprintf(stderr, "bench_open: no such file: %s\n", argv[1]);
        return 2;
    }
    std::uint64_t newlines = 0;
    const double peerSeconds = countNewlinesSeconds(log, newlines);

    ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    const testing::OpenReport report = testing::measureOpen(window, log, 600'000);
    std::printf("bench=open bytes=%lld lines=%llu rows=%d first_screen_ms=%.1f open_seconds=%.2f "
                "max_stall_ms=%.1f newline_count_seconds=%.2f target_first_screen_ms=1000\n",
                QFileInfo(log).size(), static_cast<unsigned long long>(newlines), report.rows,
                report.firstScreenMs, report.openSeconds, report.maxStallMs, peerSeconds);
    return report.openSeconds >= 0 ? 0 : 1;
}
