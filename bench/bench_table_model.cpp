// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// bench_table_model LOG: the GUI's log table at scale. Opens LOG through the OpenController and
// trains (one small epoch) and scores through the AnalysisController, as the main window does,
// while a 50 ms timer on the GUI thread measures the longest stall of the event loop (the
// deliveries, the model reset, the first sort, a sort by text and the painting of a shown
// table included). Then times the model's operations: reset, setAnalysis, sorts, and data() on random cells.
#include "bench_util.h"

#include <logsleuth/ml/model_registry.h>
#include <logsleuth/text/corpus.h>
#include <logsleuth/ui/analysis_controller.h>
#include <logsleuth/ui/charts_panel.h>
#include <logsleuth/ui/log_table_model.h>
#include <logsleuth/ui/log_table_view.h>
#include <logsleuth/ui/open_controller.h>
#include <logsleuth/ui/task_runner.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

using namespace logsleuth;

namespace {

// Longest gap between ticks of a 50 ms timer on the GUI thread, less the interval itself.
class StallMeter {
public:
    StallMeter()
    {
        m_timer.setInterval(50);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_maxGapNs = std::max(m_maxGapNs, now - m_last);
            m_last = now;
            ++m_ticks;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop()
    {
        // The gap up to now counts too: a stall right before the end still froze the window.
        m_maxGapNs = std::max(m_maxGapNs, m_clock.nsecsElapsed() - m_last);
        m_timer.stop();
    }
    double maxStallMs() const { return std::max(0.0, double(m_maxGapNs) / 1e6 - 50.0); }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_maxGapNs = 0;
    int m_ticks = 0;
};

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_table_model LOG\n");
        return 2;
    }
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LogSleuthBench"));
    QApplication::setApplicationName(QStringLiteral("bench_table_model"));
    const QString path = QString::fromLocal8Bit(argv[1]);

    ui::TaskRunner runner;
    ui::OpenController open(runner);
    ui::AnalysisController analysis(runner);
    ml::ModelOptions options = ml::defaultOptions(ml::modelFamily("vae"));
    options.set("epochs", "1");
    options.set("samples-per-epoch", "51200");
    options.set("seed", "1");
    analysis.setModelChoice("vae", options);

    ui::LogTableModel model;
    ui::LogTableView view;
    view.setLogModel(&model);
    view.resize(1280, 700);
    view.show();
    ui::ChartsPanel charts;
    charts.resize(600, 400);
    charts.show();

    // The main window's flow: open -> reset the model -> train & score -> scores, sort by score.
    StallMeter stall;
    QEventLoop loop;
    double openSeconds = 0, analysisSeconds = 0, deliverMs = 0, deliverModelMs = 0, deliverChartsMs = 0;
    QElapsedTimer phase;
    bool failed = false;
    QObject::connect(&runner, &ui::TaskRunner::failed, [&](const QString& label, const QString& message) {
        std::fprintf(stderr, "bench_table_model: %s failed: %s\n", qPrintable(label), qPrintable(message));
        failed = true;
        loop.quit();
    });
    QObject::connect(&open, &ui::OpenController::corpusLoaded, [&](const ui::LoadedCorpusPtr& loaded) {
        openSeconds = double(phase.nsecsElapsed()) / 1e9;
        model.setCorpus(loaded->corpus);
        analysis.setCorpus(loaded->corpus);
        charts.clear();
        phase.start();
        QTimer::singleShot(0, [&] { analysis.trainAndScore(); });
    });
    QObject::connect(
        &analysis, &ui::AnalysisController::resultChanged, [&](const ui::AnalysisResultPtr& result) {
            analysisSeconds = double(phase.nsecsElapsed()) / 1e9;
            QElapsedTimer t;
            t.start();
            model.setAnalysis(result);
            deliverModelMs = msSince(t);
            charts.setResult(result);
            deliverChartsMs = msSince(t) - deliverModelMs;
            view.sortByColumn(model.columnOf(ui::LogTableModel::Column::Score), Qt::DescendingOrder);
            view.scrollToTop();
            deliverMs = msSince(t);
            // Then the analyst sorts by text (on a pool thread); let the table and the charts
            // paint before the meter stops.
            QTimer::singleShot(300, [&] {
                QObject::connect(&model, &QAbstractItemModel::layoutChanged, &loop,
                                 [&] { QTimer::singleShot(300, &loop, &QEventLoop::quit); });
                view.sortByColumn(model.columnOf(ui::LogTableModel::Column::Text), Qt::AscendingOrder);
            });
        });
    stall.start();
    phase.start();
    open.openPaths({path});
    loop.exec();
    stall.stop();
    if (failed || !analysis.result()) return 1;

    const auto corpus = model.corpus();
    const auto result = analysis.result();
    const int rows = model.rowCount();
    const int columns = model.columnCount();

    // Model operations on their own, without a view attached (a view adds its own costs,
    // measured above as stalls).
    ui::LogTableModel bare;
    QElapsedTimer t;
    t.start();
    bare.setCorpus(corpus);
    const double resetMs = msSince(t);
    t.start();
    bare.setAnalysis(result);
    const double setResultMs = msSince(t);
    const int scoreColumn = bare.columnOf(ui::LogTableModel::Column::Score);
    const int templateColumn = bare.columnOf(ui::LogTableModel::Column::Template);
    t.start();
    bare.sort(scoreColumn, Qt::DescendingOrder);
    const double sortScoreDescMs = msSince(t);
    t.start();
    bare.sort(scoreColumn, Qt::AscendingOrder);
    const double sortScoreAscMs = msSince(t);
    t.start();
    bare.sort(templateColumn, Qt::AscendingOrder);
    const double sortTemplateMs = msSince(t);
    t.start();
    bare.sort(bare.columnOf(ui::LogTableModel::Column::Verdict), Qt::DescendingOrder);
    const double sortVerdictMs = msSince(t);
    // The text sort runs on a pool thread: timed until its order is in the model.
    t.start();
    bare.sort(bare.columnOf(ui::LogTableModel::Column::Text), Qt::AscendingOrder);
    while (bare.isSorting())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const double sortTextMs = msSince(t);
    // The fast text sort must agree with a byte-wise compare, equal texts in file order.
    int misordered = 0;
    for (int row = 0; row + 1 < bare.rowCount(); row += 97) {
        const auto a = corpus->line(bare.globalLine(row)), b = corpus->line(bare.globalLine(row + 1));
        if (b < a || (a == b && bare.globalLine(row + 1) < bare.globalLine(row))) ++misordered;
    }
    if (misordered > 0)
        std::fprintf(stderr, "bench_table_model: text sort misordered %d pairs\n", misordered);
    // A rescoring keeps the sort: setAnalysis re-sorts.
    bare.sort(scoreColumn, Qt::DescendingOrder);
    t.start();
    bare.setAnalysis(result);
    const double setResultSortedMs = msSince(t);

    // data(DisplayRole) on random rows of the sorted model, every column.
    std::mt19937 rng(42);
    std::uniform_int_distribution<int> pick(0, rows - 1);
    std::vector<int> sample(10000);
    for (int& r : sample)
        r = pick(rng);
    qsizetype chars = 0;
    t.start();
    for (int r : sample)
        for (int c = 0; c < columns; ++c)
            chars += bare.data(bare.index(r, c), Qt::DisplayRole).toString().size();
    const double dataMs = msSince(t);
    const double usPerCell = dataMs * 1000.0 / double(sample.size() * size_t(columns));
    // The slowest single row (all columns), which is what one painted row costs at worst.
    double worstRowUs = 0;
    for (int r : sample) {
        t.start();
        for (int c = 0; c < columns; ++c)
            chars += bare.data(bare.index(r, c), Qt::DisplayRole).toString().size();
        worstRowUs = std::max(worstRowUs, double(t.nsecsElapsed()) / 1e3);
    }
    // rowOfGlobalLine: how "go to line" / keeping a line in view costs in a sorted table.
    t.start();
    for (int i = 0; i < 100; ++i)
        chars += bare.rowOfGlobalLine(uint64_t(pick(rng)));
    const double rowOfLineUs = msSince(t) * 1000.0 / 100.0;

    const double sortScoreMs = std::max(sortScoreDescMs, sortScoreAscMs);
    std::printf("%d lines, %zu distinct messages, %zu templates, %d columns\n", rows,
                corpus->distinctMessageCount(), corpus->miner().clusterCount(), columns);
    std::printf("open %.2f s, train+score %.2f s (worker); delivery of the result on the GUI thread %.1f ms "
                "(model %.1f, charts %.1f, sort by score %.1f)\n",
                openSeconds, analysisSeconds, deliverMs, deliverModelMs, deliverChartsMs,
                deliverMs - deliverModelMs - deliverChartsMs);
    std::printf("max UI stall %.1f ms over %d timer ticks (open, train, score, deliver, sorts, paint)\n",
                stall.maxStallMs(), stall.ticks());
    std::printf("model: reset %.2f ms, setAnalysis %.2f ms (%.2f ms while sorted by score)\n", resetMs,
                setResultMs, setResultSortedMs);
    std::printf(
        "sort: score desc %.1f ms, score asc %.1f ms, template %.1f ms, verdict %.1f ms, text %.1f ms\n",
        sortScoreDescMs, sortScoreAscMs, sortTemplateMs, sortVerdictMs, sortTextMs);
    std::printf("data(DisplayRole): %.2f us/cell over %zu cells, worst row %.1f us; rowOfGlobalLine %.1f us "
                "(%lld chars)\n",
                usPerCell, sample.size() * size_t(columns), worstRowUs, rowOfLineUs,
                static_cast<long long>(chars));
    std::printf("bench=table_model lines=%d sort_score_ms=%.1f sort_template_ms=%.1f sort_text_ms=%.0f "
                "data_us_per_cell=%.2f "
                "max_ui_stall_ms=%.0f peak_rss_mib=%.1f\n",
                rows, sortScoreMs, sortTemplateMs, sortTextMs, usPerCell, stall.maxStallMs(),
                bench::peakRssMiB());
    return 0;
}
