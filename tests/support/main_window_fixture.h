// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// What the main-window tests share: the temporary home (set in main, before the
// QApplication), quick model options, the sample log, a window with a fresh fact store, and
// finding a chart series by name.
#pragma once

#include <logsleuth/ml/model_registry.h>
#include <logsleuth/ml/review.h>
#include <logsleuth/store/default_path.h>
#include <logsleuth/store/fact_store.h>
#include <logsleuth/store/mark_rules.h>
#include <logsleuth/text/corpus.h>
#include <logsleuth/ui/analysis_controller.h>
#include <logsleuth/ui/charts.h>
#include <logsleuth/ui/charts_panel.h>
#include <logsleuth/ui/compare_dialog.h>
#include <logsleuth/ui/detail_panel.h>
#include <logsleuth/ui/filter_bar.h>
#include <logsleuth/ui/follow_controller.h>
#include <logsleuth/ui/histogram_view.h>
#include <logsleuth/ui/log_table_model.h>
#include <logsleuth/ui/log_table_view.h>
#include <logsleuth/ui/main_window.h>
#include <logsleuth/ui/mark_controller.h>
#include <logsleuth/ui/marks_dialog.h>
#include <logsleuth/ui/open_controller.h>
#include <logsleuth/ui/pattern_mark_dialog.h>
#include <logsleuth/ui/search_controller.h>
#include <logsleuth/ui/status_panel.h>
#include <logsleuth/ui/task_runner.h>
#include <logsleuth/ui/templates_panel.h>
#include <logsleuth/ui/timeline_view.h>
#include <logsleuth/ui/try_line_panel.h>
#include <logsleuth/ui/why_panel.h>

#include "isolated_gui_test.h"

#include <QAction>
#include <QApplication>
#include <QAreaSeries>
#include <QChart>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelection>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <memory>
#include <numeric>
#include <set>
#include <utility>

namespace logsleuth::testing {

// Set by each test's main() to the isolated home.
inline const QTemporaryDir* g_home = nullptr;

inline ml::ModelOptions quickOptions()
{
    ml::ModelOptions options = ml::defaultOptions(ml::modelFamily("vae"));
    options.set("epochs", "3");
    options.set("samples-per-epoch", "4000");
    options.set("seed", "7");
    options.set("device", "cpu");
    return options;
}

inline QString sampleLog()
{
    const QDir samples(QStringLiteral(LOGSLEUTH_SAMPLES));
    const QStringList logs = samples.entryList({QStringLiteral("*.log")}, QDir::Files, QDir::Name);
    if (!logs.isEmpty()) return samples.filePath(logs.constFirst());
    // No samples yet: a small log with one odd line.
    const QString path = g_home->filePath(QStringLiteral("made.log"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) qFatal("cannot write the fallback log");
    for (int i = 0; i < 3000; ++i)
        file.write(QStringLiteral("2026-01-01 10:%1:%2 INFO request %3 served in %4 ms\n")
                       .arg(i / 60 % 60, 2, 10, QLatin1Char('0'))
                       .arg(i % 60, 2, 10, QLatin1Char('0'))
                       .arg(i)
                       .arg(i % 97)
                       .toUtf8());
    file.write("2026-01-01 11:00:00 ERROR segmentation fault in worker thread pool allocator\n");
    return path;
}

// The sample open in `window`, with an empty fact store: returns its corpus.
inline std::shared_ptr<const text::Corpus> openWithFreshStore(ui::MainWindow& window)
{
    std::filesystem::remove(store::defaultStorePath());
    QSignalSpy loaded(window.openController(), &ui::OpenController::corpusLoaded);
    if (!window.openPaths({sampleLog()})) return nullptr;
    if (!QTest::qWaitFor([&] { return loaded.count() == 1; }, 30000)) return nullptr;
    return window.tableModel()->corpus();
}

// `paths` opened in `window` and trained with the window's model choice: the result, or null
// when opening or training failed.
inline ui::AnalysisResultPtr openAndTrain(ui::MainWindow& window, const QStringList& paths)
{
    QSignalSpy loaded(window.openController(), &ui::OpenController::corpusLoaded);
    if (!window.openPaths(paths)) return nullptr;
    if (!QTest::qWaitFor([&] { return loaded.count() == 1; }, 30000)) return nullptr;
    QSignalSpy finished(window.analysisController(), &ui::AnalysisController::analysisFinished);
    window.trainAction()->trigger();
    if (!QTest::qWaitFor([&] { return finished.count() == 1; }, 120000)) return nullptr;
    return finished.at(0).at(0).value<ui::AnalysisResultPtr>();
}

// The sample open in `window` with an empty fact store, trained with quickOptions(): its corpus,
// or null when opening or training failed.
inline std::shared_ptr<const text::Corpus> openAndTrainQuickly(ui::MainWindow& window)
{
    window.analysisController()->setModelChoice("vae", quickOptions());
    auto corpus = openWithFreshStore(window);
    if (!corpus) return nullptr;
    QSignalSpy finished(window.analysisController(), &ui::AnalysisController::analysisFinished);
    window.trainAction()->trigger();
    if (!QTest::qWaitFor([&] { return finished.count() == 1; }, 120000)) return nullptr;
    return corpus;
}

// The verdict the table shows for a global line.
inline ml::Verdict verdictShown(const ui::LogTableModel& model, uint64_t line)
{
    return ml::Verdict(
        model.index(model.rowOfGlobalLine(line), 0).data(ui::LogTableModel::VerdictRole).toInt());
}

// The first line the table calls normal whose masked message has another line after it, and
// that other line; {0, 0} when there is none.
inline std::pair<uint64_t, uint64_t> normalLineWithSibling(const ui::LogTableModel& model,
                                                           const text::Corpus& corpus)
{
    const auto& keys = corpus.messageKeys();
    for (uint64_t l = 0; l < keys.size(); ++l) {
        if (verdictShown(model, l) != ml::Verdict::Normal) continue;
        for (uint64_t o = l + 1; o < keys.size(); ++o)
            if (keys[o] == keys[l]) return {l, o};
    }
    return {0, 0};
}

inline QAbstractSeries* seriesNamed(QChart* chart, const char* name)
{
    for (QAbstractSeries* s : chart->series())
        if (s->objectName() == QLatin1String(name)) return s;
    return nullptr;
}

} // namespace logsleuth::testing
