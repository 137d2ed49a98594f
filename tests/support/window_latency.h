// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The "never freeze" scenario, shared by tst_latency (200 k lines, a loose bound) and
// bench_latency (1 M lines, the target): the main window opens a log, searches it, trains and
// scores, sorts by text, filters to the anomalies and shows every chart tab, while a 5 ms timer
// on the GUI thread records the longest gap between its ticks. Each step is followed by 100 ms
// of event loop, so the painting it defers is counted as its own (before, eight tab switches
// and the filters' clearing were painted in one pass and counted as one stall). Header-only:
// both link the ui.
#pragma once

#include <logsleuth/ml/model_registry.h>
#include <logsleuth/ui/analysis_controller.h>
#include <logsleuth/ui/charts_panel.h>
#include <logsleuth/ui/filter_bar.h>
#include <logsleuth/ui/log_table_model.h>
#include <logsleuth/ui/log_table_view.h>
#include <logsleuth/ui/main_window.h>
#include <logsleuth/ui/open_controller.h>
#include <logsleuth/ui/search_controller.h>
#include <logsleuth/ui/task_runner.h>

#include <QAction>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

namespace logsleuth::testing {

// Longest gap between ticks of a 5 ms timer on the GUI thread, less the interval: how long the
// window could not react. The gap up to the stop counts too.
class StallMeter {
public:
    static constexpr int kIntervalMs = 5;
    StallMeter()
    {
        m_timer.setInterval(kIntervalMs);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop()
    {
        tick();
        m_timer.stop();
    }
    // The step that was running when the longest stall happened.
    void setStep(const char* step) { m_step = step; }
    double maxStallMs() const { return std::max(0.0, double(m_maxGapNs) / 1e6 - kIntervalMs); }
    const char* worstStep() const { return m_worstStep; }
    // Every stall over 20 ms, "step:ms" in the order they happened.
    const std::string& stalls() const { return m_stalls; }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        if (const double ms = double(now - m_last) / 1e6 - kIntervalMs; ms > 20)
            m_stalls += (m_stalls.empty() ? "" : " ") + std::string(m_step) + ":" + std::to_string(int(ms));
        if (now - m_last > m_maxGapNs) {
            m_maxGapNs = now - m_last;
            m_worstStep = m_step;
        }
        m_last = now;
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_maxGapNs = 0;
    const char* m_step = "start";
    const char* m_worstStep = "none";
    std::string m_stalls;
};

struct LatencyReport {
    double maxStallMs = 0;
    std::string worstStep;
    std::string stalls; // every stall over 20 ms, "step:ms"
    double seconds = 0;
    bool completed = false;
};

// Waits (running the event loop) until done() or the timeout; false on timeout.
inline bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    while (!done()) {
        if (waited.elapsed() > timeoutMs) return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

// How long each step lets the event loop run after it is done (see measureWindowLatency).
inline constexpr int kSettleMs = 100;

// Runs the scenario on `path` in `window` (shown, quick VAE options set by the caller).
inline LatencyReport measureWindowLatency(ui::MainWindow& window, const QString& path, int stepTimeoutMs)
{
    LatencyReport report;
    StallMeter meter;
    QElapsedTimer total;
    total.start();
    meter.start();
    const auto idle = [&] { return !window.taskRunner()->isBusy(); };
    // Each step ends with a short settle, so the painting and layout it defers are counted as
    // its own: an analyst cannot act eight times within one pass of the event loop.
    const auto step = [&](const char* name, const std::function<void()>& action,
                          const std::function<bool()>& done) {
        meter.setStep(name);
        action();
        const bool finished = waitUntil(done, stepTimeoutMs);
        waitUntil([] { return false; }, kSettleMs);
        return finished;
    };
    bool ok = step(
        "open", [&] { window.openPaths({path}); },
        [&] { return window.tableModel()->rowCount() > 0 && idle(); });
    ok = ok && step(
                   "search",
                   [&] {
                       window.searchEdit()->setText(QStringLiteral("block [0-9]+7 "));
                       Q_EMIT window.searchEdit()->returnPressed();
                   },
                   idle);
    ok = ok && step(
                   "train and score", [&] { window.trainAction()->trigger(); },
                   [&] { return idle() && window.analysisController()->result() != nullptr; });
    ok =
        ok && step(
                  "sort by text",
                  [&] {
                      window.tableView()->sortByColumn(
                          window.tableModel()->columnOf(ui::LogTableModel::Column::Text), Qt::AscendingOrder);
                  },
                  [&] { return !window.tableModel()->isSorting(); });
    ok = ok && step(
                   "filter", [&] { window.filterBar()->anomaliesOnlyAction()->setChecked(true); },
                   [] { return true; });
    for (int tab = 0; ok && tab < window.chartsPanel()->count(); ++tab)
        ok = step("chart tabs", [&] { window.chartsPanel()->setCurrentIndex(tab); }, [] { return true; });
    ok = ok &&
         step("clear filters", [&] { window.filterBar()->clearAction()->trigger(); }, [] { return true; });
    // Let everything paint before the meter stops.
    meter.setStep("painting afterwards");
    waitUntil([] { return false; }, 200);
    meter.stop();
    report.maxStallMs = meter.maxStallMs();
    report.worstStep = meter.worstStep();
    report.stalls = meter.stalls();
    report.seconds = double(total.nsecsElapsed()) / 1e9;
    report.completed = ok;
    return report;
}

// Before a window benchmark's QApplication: settings and marks go to `home`, and without a
// display the window draws offscreen.
inline void isolateWindowBenchmark(const QTemporaryDir& home)
{
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    if (qEnvironmentVariableIsEmpty("DISPLAY")) qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
}

// Opening one log in `window`: how long until the table first shows rows (the first screen),
// how long until the open is done (every line read and mined), and the worst stall meanwhile.
struct OpenReport {
    double firstScreenMs = -1; // -1: no rows before the timeout
    double openSeconds = -1;   // -1: not done before the timeout
    double maxStallMs = 0;
    int rows = 0;
};

inline OpenReport measureOpen(ui::MainWindow& window, const QString& path, int timeoutMs)
{
    OpenReport report;
    StallMeter meter;
    meter.setStep("open");
    QElapsedTimer clock;
    clock.start();
    meter.start();
    window.openPaths({path});
    const bool done = waitUntil(
        [&] {
            if (report.firstScreenMs < 0 && window.tableModel()->rowCount() > 0)
                report.firstScreenMs = double(clock.nsecsElapsed()) / 1e6;
            // Done when every row has reached the table, not only the first batches.
            return report.firstScreenMs >= 0 && !window.taskRunner()->isBusy() &&
                   !window.tableModel()->isRevealing();
        },
        timeoutMs);
    if (done) report.openSeconds = double(clock.nsecsElapsed()) / 1e9;
    waitUntil([] { return false; }, kSettleMs);
    meter.stop();
    report.maxStallMs = meter.maxStallMs();
    report.rows = window.tableModel()->rowCount();
    return report;
}

// A log of `lines` lines in an HDFS-like layout with a few rare messages, for the scenario.
inline void writeLatencyLog(const QString& path, int lines)
{
    std::FILE* file = std::fopen(path.toLocal8Bit().constData(), "wb");
    if (!file) return;
    for (int i = 0; i < lines; ++i) {
        const int s = i / 20;
        if (i % 50'000 == 49'999)
            std::fprintf(file, "081109 %02d%02d%02d %d ERROR dfs.DataNode: disk failure on volume %d\n",
                         20 + s / 3600 % 4, s / 60 % 60, s % 60, 100 + i % 900, i % 7);
        else
            std::fprintf(file,
                         "081109 %02d%02d%02d %d INFO dfs.DataNode$PacketResponder: Received block %d of "
                         "size %d from /10.250.%d.%d\n",
                         20 + s / 3600 % 4, s / 60 % 60, s % 60, 100 + i % 900, i * 7919 % 1'000'003,
                         67108864 - i % 1000, i % 250, i * 13 % 250);
    }
    std::fclose(file);
}

} // namespace logsleuth::testing
