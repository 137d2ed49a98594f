// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The GUI flow end to end: open a sample, train & score on the worker, charts populated,
// mark the top line as a false positive, the mark in SQLite, the line suppressed after
// rescoring. XDG_DATA_HOME and XDG_CONFIG_HOME point into a temporary directory before the
// application exists, so neither the fact store nor QSettings touch the real home.
#include <logsleuth/ml/model_registry.h>
#include <logsleuth/ml/review.h>
#include <logsleuth/store/default_path.h>
#include <logsleuth/store/fact_store.h>
#include <logsleuth/text/corpus.h>
#include <logsleuth/ui/analysis_controller.h>
#include <logsleuth/ui/charts.h>
#include <logsleuth/ui/charts_panel.h>
#include <logsleuth/ui/compare_dialog.h>
#include <logsleuth/ui/detail_panel.h>
#include <logsleuth/ui/filter_bar.h>
#include <logsleuth/ui/histogram_view.h>
#include <logsleuth/ui/log_table_model.h>
#include <logsleuth/ui/log_table_view.h>
#include <logsleuth/ui/main_window.h>
#include <logsleuth/ui/mark_controller.h>
#include <logsleuth/ui/marks_dialog.h>
#include <logsleuth/ui/open_controller.h>
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

using namespace logsleuth;

namespace {

const QTemporaryDir* g_home = nullptr;

ml::ModelOptions quickOptions()
{
    ml::ModelOptions options = ml::defaultOptions(ml::modelFamily("vae"));
    options.set("epochs", "3");
    options.set("samples-per-epoch", "4000");
    options.set("seed", "7");
    options.set("device", "cpu");
    return options;
}

QString sampleLog()
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
std::shared_ptr<const text::Corpus> openWithFreshStore(ui::MainWindow& window)
{
    std::filesystem::remove(store::defaultStorePath());
    QSignalSpy loaded(window.openController(), &ui::OpenController::corpusLoaded);
    if (!window.openPaths({sampleLog()})) return nullptr;
    if (!QTest::qWaitFor([&] { return loaded.count() == 1; }, 30000)) return nullptr;
    return window.tableModel()->corpus();
}

QAbstractSeries* seriesNamed(QChart* chart, const char* name)
{
    for (QAbstractSeries* s : chart->series())
        if (s->objectName() == QLatin1String(name)) return s;
    return nullptr;
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // `logsleuth --help` answers without a display (it used to abort creating the GUI).
    void helpWithoutDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(LOGSLEUTH_BIN_DIR "/logsleuth"), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QByteArray out = process.readAllStandardOutput();
        QVERIFY2(out.contains("--train") && out.contains("--threshold"), out.constData());
    }

    void openTrainMarkRescore()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.analysisController()->setModelChoice("vae", quickOptions());
        // A three-epoch model is too rough for the calibrated threshold to call anything: the
        // desk flow is tested at 3.1 sigma, which flags its roughest lines.
        window.analysisController()->setThreshold(ml::ThresholdSpec::parse("3.1sigma"));
        QVERIFY(!window.trainAction()->isEnabled());

        QSignalSpy loaded(window.openController(), &ui::OpenController::corpusLoaded);
        QVERIFY(window.openPaths({sampleLog()}));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        ui::LogTableModel* model = window.tableModel();
        const auto corpus = model->corpus();
        QVERIFY(corpus);
        QVERIFY(model->rowCount() > 100);
        QCOMPARE(uint64_t(model->rowCount()), corpus->lineCount());
        QVERIFY(window.trainAction()->isEnabled());

        QSignalSpy finished(window.analysisController(), &ui::AnalysisController::analysisFinished);
        QSignalSpy liveLoss(window.analysisController(), &ui::AnalysisController::trainingLossChanged);
        window.trainAction()->trigger();
        QVERIFY(window.taskRunner()->isBusy());
        QVERIFY(window.cancelAction()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        QVERIFY(!window.cancelAction()->isEnabled());
        const auto result = finished.at(0).at(0).value<ui::AnalysisResultPtr>();
        QVERIFY(result);
        // The loss was drawn while training ran: one more epoch each time, the same curve at the end.
        QCOMPARE(liveLoss.count(), qsizetype(result->epochLoss.size()));
        for (qsizetype i = 0; i < liveLoss.count(); ++i)
            QCOMPARE(liveLoss.at(i).at(0).value<QList<double>>().size(), i + 1);
        const auto curve = liveLoss.last().at(0).value<QList<double>>();
        for (qsizetype i = 0; i < curve.size(); ++i)
            QCOMPARE(curve[i], result->epochLoss[size_t(i)]);
        QCOMPARE(result->lineScores.size(), size_t(corpus->lineCount()));
        QVERIFY(!result->epochLoss.empty());

        // Charts: the histogram is populated and the threshold line is drawn.
        QChart* histogram = window.chartsPanel()->histogramChart();
        QVERIFY(histogram);
        auto* bulk = qobject_cast<QAreaSeries*>(seriesNamed(histogram, ui::kHistogramSeriesName));
        QVERIFY(bulk);
        QVERIFY(bulk->upperSeries()->count() > 0);
        auto* threshold = qobject_cast<QLineSeries*>(seriesNamed(histogram, ui::kThresholdSeriesName));
        QVERIFY(threshold);
        QCOMPARE(threshold->count(), 2);
        QCOMPARE(threshold->at(0).x(), result->scored.threshold);
        QChart* loss = window.chartsPanel()->lossChart();
        QVERIFY(loss);
        QCOMPARE(qobject_cast<QLineSeries*>(seriesNamed(loss, ui::kLossSeriesName))->count(),
                 qsizetype(result->epochLoss.size()));

        // Sorted by score, most anomalous first.
        const float top = model->index(0, 0).data(ui::LogTableModel::ScoreRole).toFloat();
        QVERIFY(top >= model->index(1, 0).data(ui::LogTableModel::ScoreRole).toFloat());
        QVERIFY(top >= model->index(model->rowCount() - 1, 0).data(ui::LogTableModel::ScoreRole).toFloat());
        // Why: selecting the top line explains it; another line replaces the explanation.
        ui::WhyPanel* why = window.whyPanel();
        QVERIFY(why);
        // After the first scoring the top line is current and already explained.
        QCOMPARE(window.tableView()->currentIndex().row(), 0);
        QVERIFY(why->tokenCount() > 0);
        // ... and shown in full, as plain text, with its neighbours.
        const QString detail = window.detailPanel()->text();
        const std::string_view topLine = corpus->line(model->globalLine(0));
        QVERIFY2(detail.contains(QString::fromUtf8(topLine.data(), qsizetype(topLine.size()))),
                 qPrintable(detail));
        QVERIFY(detail.contains(QStringLiteral("Template ")));
        QVERIFY(detail.contains(QStringLiteral("Around it:")));
        window.tableView()->setCurrentIndex(model->index(0, 0));
        QVERIFY(why->tokenCount() > 0);
        const QString topText = why->scoreText();
        QVERIFY2(topText.startsWith(QStringLiteral("score %1").arg(double(top), 0, 'f', 2)),
                 qPrintable(topText));
        QVERIFY(topText.contains(QStringLiteral("threshold")));
        const QString kind = why->tokenTable()->item(0, 0)->text();
        QVERIFY2(kind == QStringLiteral("unexpected") || kind == QStringLiteral("missing"), qPrintable(kind));
        const int last = model->rowCount() - 1;
        window.tableView()->setCurrentIndex(model->index(last, 0));
        const float lastScore = model->index(last, 0).data(ui::LogTableModel::ScoreRole).toFloat();
        QVERIFY2(why->scoreText().startsWith(QStringLiteral("score %1").arg(double(lastScore), 0, 'f', 2)),
                 qPrintable(why->scoreText()));
        if (std::abs(lastScore - top) > 0.01f) QVERIFY(why->scoreText() != topText);
        // Go to line, then walk the anomalies with j/k in the current (score) order.
        {
            ui::LogTableView* table = window.tableView();
            QVERIFY(table->goToLine(0, 5));
            QCOMPARE(model->globalLine(table->currentIndex().row()), uint64_t(4));
            QVERIFY(!table->goToLine(0, corpus->lineCount() + 1));
            int anomalies = 0;
            for (int r = 0; r < model->rowCount(); ++r) {
                const int v = model->index(r, 0).data(ui::LogTableModel::VerdictRole).toInt();
                anomalies += v == int(ml::Verdict::Anomaly) || v == int(ml::Verdict::Confirmed);
            }
            QVERIFY(anomalies >= 1);
            table->setCurrentIndex(
                model->index(model->rowCount() - 1, 0)); // from the bottom, k finds the last anomaly
            QVERIFY(table->goToAnomaly(false));
            QCOMPARE(table->currentIndex().row(), anomalies - 1);
            table->setCurrentIndex(QModelIndex()); // from nowhere, j finds the first
            QVERIFY(table->goToAnomaly(true));
            QCOMPARE(table->currentIndex().row(), 0);
            int walked = 0;
            while (table->goToAnomaly(true))
                ++walked;
            QCOMPARE(walked, anomalies - 1);
            QCOMPARE(table->currentIndex().row(), anomalies - 1);
            table->setCurrentIndex(model->index(0, 0));
            // f and t are the keyboard's marks (besides Ctrl+Shift+F/A).
            QVERIFY(table->markFalsePositiveAction()->shortcuts().contains(QKeySequence(Qt::Key_F)));
            QVERIFY(table->markTrueAnomalyAction()->shortcuts().contains(QKeySequence(Qt::Key_T)));
        }
        if (qEnvironmentVariableIsSet("LOGSLEUTH_SCREENSHOT"))
            window.grab().save(qEnvironmentVariable("LOGSLEUTH_SCREENSHOT"));

        // Mark the top line as a false positive through the view's action.
        const uint64_t line = model->globalLine(0);
        const bool wasAbove = double(top) > result->scored.threshold;
        window.tableView()->setCurrentIndex(model->index(0, 0));
        QSignalSpy rescored(window.analysisController(), &ui::AnalysisController::resultChanged);
        window.tableView()->markFalsePositiveAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(rescored.count(), 1, 30000);
        QCOMPARE(window.markController()->unsavedCount(), size_t(0));

        const uint32_t key = corpus->messageKeys()[line];
        auto store = store::FactStore::open(store::defaultStorePath());
        const auto mark = store.markFor(corpus->maskedMessage(key));
        QVERIFY(mark);
        QVERIFY(mark->kind == store::MarkKind::FalsePositive);
        QCOMPARE(mark->rawLine, std::string(corpus->line(line)));
        QCOMPARE(mark->lineNumber, corpus->locate(line).second.value() + 1);
        QCOMPARE(mark->source, corpus->source(corpus->locate(line).first).name());
        QCOMPARE(mark->templateId.size(), size_t(16));

        const int row = model->rowOfGlobalLine(line);
        QVERIFY(row >= 0);
        const auto verdict = ml::Verdict(model->index(row, 0).data(ui::LogTableModel::VerdictRole).toInt());
        if (wasAbove)
            QCOMPARE(int(verdict), int(ml::Verdict::Suppressed));
        else
            QCOMPARE(int(verdict), int(ml::Verdict::Normal));

        // The histogram draws the suppressed lines in their own (grey) series, all of them in
        // one bin, and no longer counts them as above the threshold.
        if (wasAbove) {
            const uint64_t markedLines = corpus->messageLineCounts()[key];
            QChart* after = window.chartsPanel()->histogramChart();
            QVERIFY(after);
            auto* grey = qobject_cast<QAreaSeries*>(seriesNamed(after, ui::kSuppressedSeriesName));
            QVERIFY(grey);
            double peak = 0;
            for (const QPointF& p : grey->upperSeries()->points())
                peak = std::max(peak, p.y());
            QCOMPARE(peak, double(markedLines));
            const auto rescoredResult = window.analysisController()->result();
            uint64_t suppressedTotal = 0;
            for (uint64_t c : rescoredResult->suppressedHistogram.counts)
                suppressedTotal += c;
            QCOMPARE(suppressedTotal, markedLines);
        }

        // A selection of three rows: Ctrl+C copies three lines, a mark marks every masked message
        // among them (one transaction), and the status bar counts the marks of what is open.
        ui::LogTableView* view = window.tableView();
        view->clearSelection();
        view->selectionModel()->select(QItemSelection(model->index(2, 0), model->index(4, 0)),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(view->selectedGlobalLines().size(), 3);
        view->copyLineAction()->trigger();
        const QStringList copied = QApplication::clipboard()->text().split(QLatin1Char('\n'));
        QCOMPARE(copied.size(), 3);
        QCOMPARE(copied[0], QString::fromUtf8(corpus->line(model->globalLine(2))));
        std::set<std::string> messages;
        for (quint64 selected : view->selectedGlobalLines())
            messages.insert(corpus->maskedMessage(corpus->messageKeys()[selected]));
        const size_t before = store.marks().size();
        view->markTrueAnomalyAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(rescored.count(), 2, 30000);
        size_t marked = 0;
        for (const std::string& message : messages) {
            const auto stored = store.markFor(message);
            marked += stored && stored->kind == store::MarkKind::TruePositive;
        }
        QCOMPARE(marked, messages.size());
        QVERIFY(store.marks().size() >= before);
        QCOMPARE(window.markController()->markCountFor(*corpus), store.marks().size());

        // Remove Mark forgets them again: the store loses the rows, the lines lose the verdict.
        const size_t marksBefore = store.marks().size();
        view->unmarkAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(rescored.count(), 3, 30000);
        QCOMPARE(store.marks().size(), marksBefore - messages.size());
        for (quint64 selected : view->selectedGlobalLines()) {
            const int selectedRow = model->rowOfGlobalLine(selected);
            const auto after =
                ml::Verdict(model->index(selectedRow, 0).data(ui::LogTableModel::VerdictRole).toInt());
            QVERIFY(after != ml::Verdict::Confirmed);
        }

        // N walks to the line `marks next` would propose first.
        const auto proposals = ml::proposeReview(*corpus, window.analysisController()->result()->scored, 1);
        QVERIFY(!proposals.empty());
        window.nextToReviewAction()->trigger();
        QCOMPARE(model->globalLine(view->currentIndex().row()), proposals.front().line);

        // Ctrl+Z takes back the latest mark: mark the top line again, undo, and the store's
        // live marks are as before, the verdict back to the model's.
        const size_t liveBefore = store.marks().size();
        view->setCurrentIndex(model->index(0, 0));
        view->selectRow(0);
        view->markTrueAnomalyAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(rescored.count(), 4, 30000);
        QCOMPARE(store.marks().size(), liveBefore + 1);
        QVERIFY(window.undoMarkAction()->shortcut() == QKeySequence(QKeySequence::Undo));
        window.undoMarkAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(rescored.count(), 5, 30000);
        QCOMPARE(store.marks().size(), liveBefore);
        QVERIFY(ml::Verdict(model->index(model->rowOfGlobalLine(model->globalLine(0)), 0)
                                .data(ui::LogTableModel::VerdictRole)
                                .toInt()) != ml::Verdict::Confirmed);
        QCOMPARE(store.allMarks().size(), store.marks().size() + messages.size() + 1); // history kept

        // Shift+F marks every line of the top line's template as a false positive.
        view->setCurrentIndex(model->index(0, 0));
        view->selectRow(0);
        const uint64_t templateLine = model->globalLine(0);
        QVERIFY(ml::Verdict(model->index(0, 0).data(ui::LogTableModel::VerdictRole).toInt()) ==
                ml::Verdict::Anomaly);
        view->markTemplateFalsePositiveAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(rescored.count(), 6, 30000);
        const auto live = store.marks();
        QVERIFY(live.back().scope == store::MarkScope::Template);
        QCOMPARE(live.back().templateText,
                 corpus->miner().templateText(corpus->clusterOfMessage(corpus->messageKeys()[templateLine])));
        QVERIFY(ml::Verdict(model->index(model->rowOfGlobalLine(templateLine), 0)
                                .data(ui::LogTableModel::VerdictRole)
                                .toInt()) == ml::Verdict::Suppressed);
    }

    // Ctrl+F, a pattern and Enter: the first match is selected, F3 walks on, a bad pattern says why.
    void searchFindsAndWalks()
    {
        ui::MainWindow window;
        QSignalSpy loaded(window.openController(), &ui::OpenController::corpusLoaded);
        QVERIFY(window.openPaths({sampleLog()}));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        const auto corpus = window.tableModel()->corpus();
        QSignalSpy finished(window.searchController(), &ui::SearchController::finished);
        QSignalSpy failed(window.searchController(), &ui::SearchController::failed);
        window.searchEdit()->setText(QStringLiteral("Accepted publickey for b[a-z]+ "));
        Q_EMIT window.searchEdit()->returnPressed();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        const qsizetype hits = finished.at(0).at(0).value<qsizetype>();
        std::printf("  %lld line(s) match\n", static_cast<long long>(hits));
        QVERIFY(hits >= 2);
        // The count is said where the analyst looks: in the status panel.
        QVERIFY2(window.statusPanel()->text().contains(QString::number(hits)),
                 qPrintable(window.statusPanel()->text()));
        ui::LogTableModel* model = window.tableModel();
        ui::LogTableView* view = window.tableView();
        const uint64_t first = model->globalLine(view->currentIndex().row());
        QVERIFY(corpus->line(first).find("Accepted publickey for b") != std::string_view::npos);
        window.findNextAction()->trigger();
        const uint64_t second = model->globalLine(view->currentIndex().row());
        QVERIFY(second != first);
        QVERIFY(corpus->line(second).find("Accepted publickey for b") != std::string_view::npos);
        window.findPreviousAction()->trigger();
        QCOMPARE(model->globalLine(view->currentIndex().row()), first);
        // Lines in between do not match: the walk skips them.
        for (uint64_t line = first + 1; line < second; ++line)
            QVERIFY(corpus->line(line).find("Accepted publickey for b") == std::string_view::npos);
        window.searchEdit()->setText(QStringLiteral("(unclosed"));
        Q_EMIT window.searchEdit()->returnPressed();
        QCOMPARE(failed.count(), 1);
        // A long search reports its count as it goes (here every 256 hits), growing, before the end.
        window.searchController()->setProgressInterval(0);
        QSignalSpy progressed(window.searchController(), &ui::SearchController::progressed);
        window.searchEdit()->setText(QStringLiteral("."));
        Q_EMIT window.searchEdit()->returnPressed();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        const qsizetype all = finished.at(1).at(0).value<qsizetype>();
        QCOMPARE(progressed.count(), all / 256);
        for (qsizetype i = 0; i < progressed.count(); ++i)
            QCOMPARE(progressed.at(i).at(0).value<qsizetype>(), 256 * (i + 1));
    }

    // The investigation tools on a trained window: every filter shows exactly the lines an
    // independent count over the corpus finds, the templates view filters by template, the
    // timeline's buckets sum to the lines and a click shows one bucket, the density is drawn.
    void investigate()
    {
        // Marks of the earlier tests would suppress what this one filters for: a fresh store.
        std::filesystem::remove(store::defaultStorePath());
        ui::MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.analysisController()->setModelChoice("vae", quickOptions());
        window.analysisController()->setThreshold(ml::ThresholdSpec::parse("3.1sigma"));
        QSignalSpy loaded(window.openController(), &ui::OpenController::corpusLoaded);
        QVERIFY(window.openPaths({sampleLog()}));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        QSignalSpy finished(window.analysisController(), &ui::AnalysisController::analysisFinished);
        window.trainAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        const auto result = finished.at(0).at(0).value<ui::AnalysisResultPtr>();
        ui::LogTableModel* model = window.tableModel();
        ui::FilterBar* filters = window.filterBar();
        const auto corpus = model->corpus();
        const auto& records = corpus->records();
        const auto& units = result->scored.scores.unitOfLine(*corpus);
        const int all = model->rowCount();

        // Anomalies only: the anomalous lines, each with that verdict.
        QVERIFY(result->anomalyLines > 0);
        filters->anomaliesOnlyAction()->setChecked(true);
        QCOMPARE(uint64_t(model->rowCount()), result->anomalyLines);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, 0).data(ui::LogTableModel::VerdictRole).toInt(),
                     int(ml::Verdict::Anomaly));
        QVERIFY2(window.statusPanel()->text().contains(QStringLiteral("showing")),
                 qPrintable(window.statusPanel()->text()));
        filters->clearAction()->trigger();
        QCOMPARE(model->rowCount(), all);

        // A level: WARN or worse, counted independently.
        uint64_t warnings = 0;
        for (uint64_t line = 0; line < corpus->lineCount(); ++line)
            warnings += records.severity(line) >= text::Severity::Warning;
        QComboBox* level = filters->levelBox();
        level->setCurrentIndex(level->findData(int(text::Severity::Warning)));
        QCOMPARE(uint64_t(model->rowCount()), warnings);
        filters->clearAction()->trigger();
        QCOMPARE(level->currentIndex(), 0);

        // Templates: one row per template; picking one shows its lines, in the score order.
        ui::TemplatesPanel* templates = window.templatesPanel();
        window.chartsPanel()->setCurrentWidget(templates);
        templates->refresh();
        QCOMPARE(templates->view()->model()->rowCount(), qsizetype(corpus->miner().clusterCount()));
        templates->view()->setCurrentIndex(templates->view()->model()->index(1, 0));
        const qint64 cluster = templates->clusterAt(1);
        QVERIFY(cluster >= 0);
        uint64_t ofTemplate = 0;
        for (uint64_t line = 0; line < corpus->lineCount(); ++line)
            ofTemplate += corpus->clusterOfMessage(corpus->messageKeys()[line]) == uint32_t(cluster);
        QCOMPARE(uint64_t(model->rowCount()), ofTemplate);
        QVERIFY(filters->restrictionText().startsWith(QStringLiteral("Template: ")));
        for (int row = 1; row < model->rowCount(); ++row)
            QVERIFY(model->index(row - 1, 0).data(ui::LogTableModel::ScoreRole).toFloat() >=
                    model->index(row, 0).data(ui::LogTableModel::ScoreRole).toFloat());
        // The text filter narrows the templates list.
        templates->filterEdit()->setText(QStringLiteral("zzz-no-such-template"));
        QCOMPARE(templates->view()->model()->rowCount(), 0);
        templates->filterEdit()->clear();
        filters->clearAction()->trigger();

        // "Show only this entity" from a line (the sample's host column), then hide suppressed.
        if (model->columnOf(ui::LogTableModel::Column::Entity) >= 0) {
            const uint32_t entity = records.entityIds()[0];
            Q_EMIT window.tableView()->restrictRequested(int(ui::LogTableModel::Column::Entity), 0);
            uint64_t ofEntity = 0;
            for (uint64_t line = 0; line < corpus->lineCount(); ++line)
                ofEntity += records.entityIds()[line] == entity;
            QCOMPARE(uint64_t(model->rowCount()), ofEntity);
            filters->clearAction()->trigger();
        }

        // Ctrl+PgDn / Ctrl+PgUp walk the tabs under the table, wrapping around.
        QAction* nextTab = nullptr;
        for (QAction* action : window.findChildren<QAction*>())
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_PageDown)) nextTab = action;
        QVERIFY(nextTab);
        window.chartsPanel()->setCurrentIndex(window.chartsPanel()->count() - 1);
        nextTab->trigger();
        QCOMPARE(window.chartsPanel()->currentIndex(), 0);
        nextTab->trigger();
        QCOMPARE(window.chartsPanel()->currentIndex(), 1);

        // The density: a curve over the scores, the threshold drawn.
        QChart* kde = window.chartsPanel()->kdeChart();
        QVERIFY(kde);
        QVERIFY(qobject_cast<QLineSeries*>(seriesNamed(kde, ui::kKdeSeriesName))->count() > 10);
        QVERIFY(seriesNamed(kde, ui::kThresholdSeriesName));

        // The timeline: every timed line in a bucket, the anomalies too.
        window.chartsPanel()->setCurrentIndex(3);
        ui::TimelineView* timeline = window.chartsPanel()->timelineView();
        QVERIFY(timeline);
        QTest::qWait(50);
        const ml::Timeline& buckets = timeline->timeline();
        uint64_t timed = 0, anomalousTimed = 0;
        for (uint64_t line = 0; line < corpus->lineCount(); ++line)
            if (records.time(line) != text::kNoTime) {
                ++timed;
                const ml::Verdict verdict = result->scored.verdicts[units[line]];
                anomalousTimed += verdict == ml::Verdict::Anomaly || verdict == ml::Verdict::Confirmed;
            }
        QVERIFY(timed > 0);
        QCOMPARE(std::accumulate(buckets.lines.begin(), buckets.lines.end(), uint64_t(0)), timed);
        QCOMPARE(std::accumulate(buckets.anomalies.begin(), buckets.anomalies.end(), uint64_t(0)),
                 anomalousTimed);
        // A click in the middle of the plot shows that bucket's lines.
        const QRectF plot = timeline->chart()->plotArea();
        const QPoint middle = plot.center().toPoint();
        int64_t start = 0, end = 0;
        QVERIFY(timeline->bucketAt(middle, start, end));
        QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {}, middle);
        uint64_t inBucket = 0;
        for (uint64_t line = 0; line < corpus->lineCount(); ++line)
            inBucket += records.time(line) >= start && records.time(line) < end;
        QCOMPARE(uint64_t(model->rowCount()), inBucket);
        QVERIFY(filters->restrictionText().startsWith(QStringLiteral("Time: ")));
        // A drag zooms in: narrower buckets, counted again for the range shown.
        const int64_t wideBucket = buckets.bucketMs;
        QTest::mousePress(timeline->viewport(), Qt::LeftButton, {},
                          QPoint(int(plot.left()) + 20, middle.y()));
        QTest::mouseMove(timeline->viewport(), QPoint(int(plot.left()) + 120, middle.y()));
        QTest::mouseRelease(timeline->viewport(), Qt::LeftButton, {},
                            QPoint(int(plot.left()) + 120, middle.y()));
        QVERIFY2(timeline->timeline().bucketMs < wideBucket,
                 qPrintable(QStringLiteral("%1 vs %2").arg(timeline->timeline().bucketMs).arg(wideBucket)));
        QTest::mouseDClick(timeline->viewport(), Qt::LeftButton, {}, middle);
        QCOMPARE(timeline->timeline().bucketMs, wideBucket);
        filters->clearAction()->trigger();
        QCOMPARE(model->rowCount(), all);

        // The threshold dragged on the histogram: the verdicts follow, and the anomalies are
        // exactly the lines whose score is above the value, counted here independently.
        window.chartsPanel()->setCurrentIndex(0);
        ui::HistogramView* histogram = window.chartsPanel()->histogramView();
        QVERIFY(histogram);
        QTest::qWait(50);
        QSignalSpy chosen(window.chartsPanel(), &ui::ChartsPanel::thresholdChosen);
        QSignalSpy rescored(window.analysisController(), &ui::AnalysisController::resultChanged);
        const QPoint grab = histogram->positionOf(result->scored.threshold);
        const QPoint lower =
            grab - QPoint(std::max(40, grab.x() - int(histogram->chart()->plotArea().left()) - 10) / 2, 0);
        QTest::mousePress(histogram->viewport(), Qt::LeftButton, {}, grab);
        QTest::mouseMove(histogram->viewport(), lower);
        QTest::mouseRelease(histogram->viewport(), Qt::LeftButton, {}, lower);
        QCOMPARE(chosen.count(), 1);
        const double value = chosen.at(0).at(0).toDouble();
        QVERIFY2(value < result->scored.threshold, qPrintable(QString::number(value)));
        QVERIFY2(window.statusPanel()->text().contains(QStringLiteral("line(s) above")),
                 qPrintable(window.statusPanel()->text()));
        QTRY_COMPARE_WITH_TIMEOUT(rescored.count(), 1, 30000);
        const auto moved = rescored.at(0).at(0).value<ui::AnalysisResultPtr>();
        QCOMPARE(moved->scored.threshold, value);
        uint64_t above = 0;
        for (const float score : moved->lineScores)
            above += double(score) > value;
        std::printf("  threshold %.4g -> %.4g: %llu -> %llu anomalous lines\n", result->scored.threshold,
                    value, static_cast<unsigned long long>(result->anomalyLines),
                    static_cast<unsigned long long>(above));
        QCOMPARE(moved->anomalyLines, above);
        QVERIFY(above > result->anomalyLines);

        // Export of the filtered view: the anomalies only, in the table's order, in the columns
        // of `logsleuth-cli score`.
        filters->anomaliesOnlyAction()->setChecked(true);
        QCOMPARE(uint64_t(model->rowCount()), above);
        const QString csvPath = g_home->filePath(QStringLiteral("view.csv"));
        QVERIFY(window.exportView(csvPath));
        QTRY_VERIFY_WITH_TIMEOUT(!window.taskRunner()->isBusy(), 30000);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> csvLines = csv.readAll().split('\n');
        QVERIFY(csvLines.value(0).startsWith(
            "line,score,threshold,anomaly,template_id,verdict"));   // one source: no file column
        QCOMPARE(qsizetype(csvLines.size()), qsizetype(above) + 2); // header, rows, the final newline
        for (qsizetype i = 1; i <= qsizetype(above); ++i)
            QVERIFY2(csvLines[i].contains(",anomaly,"), csvLines[i].constData());
        QVERIFY(!QFile::exists(csvPath + QStringLiteral(".part")));
        filters->clearAction()->trigger();

        // Try a line: a line of the log, pasted, scores as it does in the log; a foreign one
        // scores higher than most of the log.
        ui::TryLinePanel* tryLine = window.tryLinePanel();
        const uint64_t known = 10;
        tryLine->input()->setPlainText(
            QString::fromUtf8(corpus->line(known).data(), qsizetype(corpus->line(known).size())) +
            QStringLiteral("\nkernel: BUG unable to handle page fault at 0xdeadbeef in zz_qq_module\n"));
        tryLine->score();
        QCOMPARE(tryLine->table()->rowCount(), 2);
        const double knownScore = tryLine->table()->item(0, 0)->text().toDouble();
        const double foreignScore = tryLine->table()->item(1, 0)->text().toDouble();
        std::printf("  try a line: known %.3f (in the log %.3f), foreign %.3f (%s)\n", knownScore,
                    double(moved->lineScores[known]), foreignScore,
                    qPrintable(tryLine->table()->item(1, 2)->text()));
        QVERIFY(std::abs(knownScore - double(moved->lineScores[known])) < 0.0015);
        QVERIFY(foreignScore > knownScore);
        QVERIFY2(tryLine->message().contains(QStringLiteral("2 line(s) scored")),
                 qPrintable(tryLine->message()));
    }

    // The marks list: newest first, undo and restore by row, undone marks greyed and kept; the
    // analyst name is remembered and written into new marks.
    void marksDialog()
    {
        ui::MainWindow window;
        const auto corpus = openWithFreshStore(window);
        QVERIFY(corpus);
        ui::MarkController* marks = window.markController();
        marks->setAnalyst(QStringLiteral("  alice "));
        QVERIFY(marks->markLines(*corpus, {0}, store::MarkKind::FalsePositive));
        uint64_t other = 1;
        while (corpus->messageKeys()[other] == corpus->messageKeys()[0])
            ++other;
        QVERIFY(
            marks->markLines(*corpus, {other}, store::MarkKind::TruePositive, store::MarkScope::Template));
        QCOMPARE(marks->markCount(), size_t(2));
        QCOMPARE(QSettings().value(QStringLiteral("marks/analyst")).toString(), QStringLiteral("alice"));

        ui::MarksDialog dialog(*marks);
        QSignalSpy edited(&dialog, &ui::MarksDialog::marksEdited);
        QTableWidget* table = dialog.table();
        QCOMPARE(table->rowCount(), 2);
        QVERIFY(table->item(0, 1)->text().contains(QStringLiteral("true anomaly"))); // newest first
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("template"));
        QCOMPARE(table->item(0, 5)->text(), QStringLiteral("alice"));
        QVERIFY(!dialog.undoButton()->isEnabled());
        table->selectRow(0);
        QVERIFY(dialog.undoButton()->isEnabled());
        QVERIFY(!dialog.restoreButton()->isEnabled());
        dialog.undoButton()->click();
        QCOMPARE(edited.count(), 1);
        QCOMPARE(marks->markCount(), size_t(1));
        QCOMPARE(table->rowCount(), 2); // kept as history
        QVERIFY(table->item(0, 1)->text().contains(QStringLiteral("undone")));
        {
            auto store = store::FactStore::open(store::defaultStorePath());
            const auto all = store.allMarks();
            QCOMPARE(all.size(), size_t(2));
            QVERIFY(!all.back().deletedAt.empty());
        }
        dialog.showUndoneBox()->setChecked(false);
        QCOMPARE(table->rowCount(), 1);
        dialog.showUndoneBox()->setChecked(true);
        table->selectRow(0);
        QVERIFY(dialog.restoreButton()->isEnabled());
        dialog.restoreButton()->click();
        QCOMPARE(edited.count(), 2);
        QCOMPARE(marks->markCount(), size_t(2));
        QVERIFY(!table->item(0, 1)->text().contains(QStringLiteral("undone")));
        marks->setAnalyst(QString());
    }

    // Try a line with two logs of different layouts open: a pasted line of the second log is
    // read with that log's layout and scores exactly as the same line does in the table.
    void tryLineUsesTheFittingLayout()
    {
        const QDir samples(QStringLiteral(LOGSLEUTH_SAMPLES));
        ui::MainWindow window;
        window.analysisController()->setModelChoice("vae", quickOptions());
        QSignalSpy loaded(window.openController(), &ui::OpenController::corpusLoaded);
        QVERIFY(window.openPaths(
            {samples.filePath(QStringLiteral("webshop.log")), samples.filePath(QStringLiteral("sshd.log"))}));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        // With a store present, a training records its run there.
        const size_t runsBefore = store::FactStore::open(store::defaultStorePath()).runs().size();
        QSignalSpy finished(window.analysisController(), &ui::AnalysisController::analysisFinished);
        window.trainAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        const auto result = finished.at(0).at(0).value<ui::AnalysisResultPtr>();
        const auto& corpus = *result->corpus;
        {
            const auto runs = store::FactStore::open(store::defaultStorePath()).runs();
            QCOMPARE(runs.size(), runsBefore + 1);
            QCOMPARE(runs.back().command, std::string("gui"));
            QCOMPARE(runs.back().modelKind, std::string("vae"));
            QCOMPARE(runs.back().lines, corpus.lineCount());
            QCOMPARE(runs.back().anomalies, result->anomalyLines);
            QVERIFY(runs.back().sources.find("sshd.log") != std::string::npos);
        }
        QVERIFY(corpus.layout(0).format != corpus.layout(1).format);
        std::vector<float> sorted(result->lineScores);
        std::sort(sorted.begin(), sorted.end());
        for (const uint64_t line : {corpus.firstLineOf(1) + 5, uint64_t(7)}) {
            const auto tried = ui::tryLines(*result, std::string(corpus.line(line)) + "\n", sorted);
            QCOMPARE(tried.size(), size_t(1));
            std::printf("  line %llu: tried %.4f, in the log %.4f, why %s\n",
                        static_cast<unsigned long long>(line), double(tried[0].score),
                        double(result->lineScores[line]), tried[0].why.c_str());
            QVERIFY(std::abs(double(tried[0].score) - double(result->lineScores[line])) < 1e-3);
        }
    }

    // A mark the CLI (another connection) writes while the window is open shows up by itself.
    void marksFromElsewhereArePickedUp()
    {
        ui::MainWindow window;
        const auto corpus = openWithFreshStore(window);
        QVERIFY(corpus);
        ui::MarkController* marks = window.markController();
        QVERIFY(marks->markLines(*corpus, {0}, store::MarkKind::FalsePositive));
        QCOMPARE(marks->markCount(), size_t(1));
        QVERIFY(!marks->refreshIfChangedElsewhere()); // its own write is no news
        {
            auto cli = store::FactStore::open(store::defaultStorePath());
            store::Mark mark = ui::makeMark(*corpus, 1, store::MarkKind::TruePositive);
            mark.scope = store::MarkScope::Line;
            cli.addMark(mark);
        }
        // The window's poll (every 2 s) reads it and says so.
        QTRY_COMPARE_WITH_TIMEOUT(marks->markCount(), size_t(2), 10000);
        QVERIFY2(window.statusPanel()->text().contains(QStringLiteral("fact store")),
                 qPrintable(window.statusPanel()->text()));
    }

    // Compare Models: every family side by side against a label file (the sample's planted
    // lines); a bad label file says why.
    void compareModels()
    {
        const QDir samples(QStringLiteral(LOGSLEUTH_SAMPLES));
        QSettings settings;
        settings.setValue(QStringLiteral("train/epochs"), 3);
        settings.setValue(QStringLiteral("train/samples-per-epoch"), 4000);
        settings.setValue(QStringLiteral("train/device"), QStringLiteral("cpu"));
        ui::MainWindow window;
        window.analysisController()->setModelChoice("vae", quickOptions());
        QSignalSpy loaded(window.openController(), &ui::OpenController::corpusLoaded);
        QVERIFY(window.openPaths({samples.filePath(QStringLiteral("sshd.log"))}));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        QSignalSpy finished(window.analysisController(), &ui::AnalysisController::analysisFinished);
        window.trainAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        const auto result = finished.at(0).at(0).value<ui::AnalysisResultPtr>();
        const auto& corpus = *result->corpus;

        std::string error;
        const auto labels = ui::labelsFromFile(corpus, "318 367, 683\n684 sshd.log:1540", error);
        QVERIFY2(labels, error.c_str());
        QCOMPARE(std::count(labels->begin(), labels->end(), true), 5);
        QVERIFY((*labels)[317] && (*labels)[1539]);
        for (const char* bad : {"abc", "0", "999999", "other.log:3"}) {
            QVERIFY2(!ui::labelsFromFile(corpus, bad, error), bad);
            QVERIFY(!error.empty());
        }

        ui::CompareDialog dialog(*window.taskRunner(), result, ml::ThresholdSpec::parse("3.1sigma"));
        QSignalSpy compared(&dialog, &ui::CompareDialog::finished);
        QVERIFY(dialog.compare(*labels));
        QTRY_COMPARE_WITH_TIMEOUT(compared.count(), 1, 240000);
        const int families = int(ml::modelFamilies().size());
        QCOMPARE(compared.at(0).at(0).toInt(), families);
        QCOMPARE(dialog.table()->rowCount(), families);
        for (int row = 0; row < families; ++row) {
            std::printf(
                "  %s: P %s R %s F1 %s best F1 %s ROC-AUC %s, %s s, %s ms/line\n",
                qPrintable(dialog.table()->item(row, 0)->text()),
                qPrintable(dialog.table()->item(row, 1)->text()),
                qPrintable(dialog.table()->item(row, 2) ? dialog.table()->item(row, 2)->text() : QString()),
                qPrintable(dialog.table()->item(row, 3) ? dialog.table()->item(row, 3)->text() : QString()),
                qPrintable(dialog.table()->item(row, 4) ? dialog.table()->item(row, 4)->text() : QString()),
                qPrintable(dialog.table()->item(row, 5) ? dialog.table()->item(row, 5)->text() : QString()),
                qPrintable(dialog.table()->item(row, 7) ? dialog.table()->item(row, 7)->text() : QString()),
                qPrintable(dialog.table()->item(row, 8) ? dialog.table()->item(row, 8)->text() : QString()));
            // Every family either reports a ROC-AUC in [0, 1] or says why it could not train.
            const QTableWidgetItem* auc = dialog.table()->item(row, 5);
            if (auc) {
                bool ok = false;
                const double value = auc->text().toDouble(&ok);
                QVERIFY(ok && value >= 0 && value <= 1);
            } else {
                QVERIFY(dialog.table()->item(row, 1)->text().startsWith(QStringLiteral("could not train")));
            }
        }
        QCOMPARE(dialog.table()->item(0, 0)->text(),
                 QString::fromUtf8(ml::modelFamilies().front()->kind().data(),
                                   qsizetype(ml::modelFamilies().front()->kind().size())));
        for (const char* key : {"train/epochs", "train/samples-per-epoch", "train/device"})
            settings.remove(QString::fromLatin1(key));

        // Analysis → Set Threshold: p99 of the model's own calibration, applied at once.
        QSignalSpy rescored(window.analysisController(), &ui::AnalysisController::resultChanged);
        QVERIFY(window.setThresholdSpec(QStringLiteral("p99")));
        QTRY_COMPARE_WITH_TIMEOUT(rescored.count(), 1, 30000);
        const auto moved = rescored.at(0).at(0).value<ui::AnalysisResultPtr>();
        QCOMPARE(moved->scored.threshold,
                 ml::ThresholdSpec::parse("p99").resolve(result->model->calibration()));
        QCOMPARE(QSettings().value(QStringLiteral("analysis/threshold")).toString(), QStringLiteral("p99"));
        QVERIFY(!window.setThresholdSpec(QStringLiteral("p101")));
        QCOMPARE(window.analysisController()->threshold().toString(), std::string("p99"));
        QSettings().remove(QStringLiteral("analysis/threshold"));
    }

    // Open Recent lists what was opened, newest first; Reopen Last Investigation opens it again
    // in a new session.
    void recentFiles()
    {
        const QString log = sampleLog();
        {
            ui::MainWindow window;
            QSignalSpy loaded(window.openController(), &ui::OpenController::corpusLoaded);
            QVERIFY(window.openPaths({log}));
            QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
            const auto actions = window.recentMenu()->actions();
            QVERIFY(!actions.isEmpty());
            QCOMPARE(actions.first()->text(), QFileInfo(log).fileName());
        }
        ui::MainWindow again;
        QVERIFY(again.reopenLastAction()->isEnabled());
        QSignalSpy loaded(again.openController(), &ui::OpenController::corpusLoaded);
        again.reopenLastAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        const auto reopened = loaded.at(0).at(0).value<ui::LoadedCorpusPtr>();
        QCOMPARE(reopened->paths, QStringList{QFileInfo(log).absoluteFilePath()});
        // It was not trained last time: nothing starts by itself.
        QTest::qWait(50);
        QVERIFY(!again.taskRunner()->isBusy());
    }

    // The Analysis menu lists every family of the registry; a choice is remembered and used.
    void modelFamilyMenu()
    {
        ui::MainWindow window;
        const auto& actions = window.modelKindActions();
        QCOMPARE(size_t(actions.size()), ml::modelFamilies().size());
        QAction* window_ = nullptr;
        for (QAction* action : actions) {
            QCOMPARE(action->isChecked(), action->text() == QStringLiteral("vae"));
            if (action->text() == QStringLiteral("window")) window_ = action;
        }
        QVERIFY(window_);
        window_->trigger();
        QCOMPARE(window.analysisController()->modelKind(), std::string("window"));
        QVERIFY(window.analysisController()->modelOptions().has("window-seconds"));
        QCOMPARE(QSettings().value(QStringLiteral("train/kind")).toString(), QStringLiteral("window"));
        ui::MainWindow again; // a new window starts with the remembered family
        QCOMPARE(again.analysisController()->modelKind(), std::string("window"));
        QSettings().remove(QStringLiteral("train/kind"));
    }

    void cancelTraining()
    {
        ui::MainWindow window;
        ml::ModelOptions options = quickOptions();
        options.set("epochs", "200"); // long enough to still run when the cancel arrives
        window.analysisController()->setModelChoice("vae", options);
        QSignalSpy loaded(window.openController(), &ui::OpenController::corpusLoaded);
        QVERIFY(window.openPaths({sampleLog()}));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        QSignalSpy cancelled(window.taskRunner(), &ui::TaskRunner::cancelled);
        QSignalSpy finished(window.analysisController(), &ui::AnalysisController::analysisFinished);
        window.trainAction()->trigger();
        QTest::qWait(200);
        window.cancelAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 1, 30000);
        QCOMPARE(finished.count(), 0);
        QVERIFY(!window.taskRunner()->isBusy());
    }

    // A binary file opens (its bytes are lines like any other) with a warning, and a UTF-16
    // export is decoded instead of showing a box after every character.
    void binaryAndUtf16Sources()
    {
        ui::MainWindow window;
        const QString junkPath = g_home->filePath(QStringLiteral("junk.bin"));
        const QString utf16Path = g_home->filePath(QStringLiteral("export.log"));
        {
            QFile junk(junkPath);
            QVERIFY(junk.open(QIODevice::WriteOnly));
            QByteArray bytes;
            for (int i = 0; i < 65536; ++i)
                bytes.append(char((i * 7919) % 256));
            junk.write(bytes);
            QFile utf16(utf16Path);
            QVERIFY(utf16.open(QIODevice::WriteOnly));
            const QString text =
                QStringLiteral("2024-01-01 10:00:00 INFO Grüße 1\n2024-01-01 10:00:01 INFO Grüße 2\n");
            utf16.write("\xff\xfe", 2);
            utf16.write(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
        }
        QSignalSpy loaded(window.openController(), &ui::OpenController::corpusLoaded);
        QVERIFY(window.openPaths({junkPath, utf16Path}));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        const auto result = loaded.takeFirst().at(0).value<ui::LoadedCorpusPtr>();
        QStringList warnings;
        for (const std::string& w : result->warnings)
            warnings.append(QString::fromStdString(w));
        QVERIFY2(warnings.join(QLatin1Char('|')).contains(QStringLiteral("junk.bin: looks like binary data")),
                 qPrintable(warnings.join(QLatin1Char('|'))));
        QVERIFY(warnings.join(QLatin1Char('|')).contains(QStringLiteral("decoded from utf-16le")));
        const auto& corpus = result->corpus;
        const std::string last(corpus->line(corpus->lineCount() - 1));
        QCOMPARE(QString::fromStdString(last), QStringLiteral("2024-01-01 10:00:01 INFO Grüße 2"));
    }

    // A file that grows while open is announced (the rows show it as read), and Reload reads it again.
    void changedFileIsAnnounced()
    {
        ui::MainWindow window;
        const QString path = g_home->filePath(QStringLiteral("growing.log"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("2024-01-01 10:00:00 INFO a 1\n2024-01-01 10:00:01 INFO a 2\n");
        }
        QSignalSpy loaded(window.openController(), &ui::OpenController::corpusLoaded);
        QVERIFY(window.openPaths({path}));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        QCOMPARE(window.tableModel()->rowCount(), 2);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write("2024-01-01 10:00:02 WARN b 3\n");
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            window.statusBar()->currentMessage().contains(QStringLiteral("changed on disk")), 20000);
        QCOMPARE(window.tableModel()->rowCount(), 2);
        QVERIFY(window.reloadAction()->isEnabled());
        window.reloadAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 30000);
        QCOMPARE(window.tableModel()->rowCount(), 3);
    }

    void openFailureIsReported()
    {
        ui::MainWindow window;
        QSignalSpy failed(window.taskRunner(), &ui::TaskRunner::failed);
        QVERIFY(window.openPaths({g_home->filePath(QStringLiteral("missing.log"))}));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QVERIFY(failed.at(0).at(1).toString().contains(QStringLiteral("missing.log")));
        QVERIFY(!window.tableModel()->corpus());
    }

    // A damaged fact store: the window stays usable, the mark applies in the session, the
    // damaged file is left as it was, and File → Use Fact Store saves the mark in another file.
    void corruptStoreThenAnotherStore()
    {
        const QString corrupt = g_home->filePath(QStringLiteral("corrupt.sqlite"));
        QByteArray junk(4096, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 131 + 7) % 251);
        {
            QFile file(corrupt);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(junk);
        }
        ui::MainWindow window;
        ui::MarkController* marks = window.markController();
        marks->setStorePath(corrupt.toStdString());
        QSignalSpy loaded(window.openController(), &ui::OpenController::corpusLoaded);
        QVERIFY(window.openPaths({sampleLog()}));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        const auto corpus = window.tableModel()->corpus();
        QSignalSpy errors(marks, &ui::MarkController::storeError);
        QVERIFY(!marks->markLines(*corpus, {3}, store::MarkKind::FalsePositive));
        QCOMPARE(errors.count(), 1);
        QCOMPARE(marks->unsavedCount(), size_t(1));
        QVERIFY(window.trainAction()->isEnabled()); // still usable
        QVERIFY(window.statusPanel()->text().contains(QStringLiteral("Fact store")));
        const QString good = g_home->filePath(QStringLiteral("elsewhere/marks.sqlite"));
        QVERIFY(window.useStore(good));
        QCOMPARE(marks->unsavedCount(), size_t(0));
        QCOMPARE(marks->markCount(), size_t(1));
        QCOMPARE(store::FactStore::open(good.toStdString()).marks().size(), size_t(1));
        QCOMPARE(QSettings().value(QStringLiteral("marks/store")).toString(), good);
        QFile again(corrupt);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), junk); // never overwritten
        // A store that cannot be used leaves the controller where it was.
        QVERIFY(!window.useStore(g_home->filePath(QStringLiteral("corrupt.sqlite"))));
        QCOMPARE(QString::fromStdString(marks->storePath().string()), good);
        QSettings().remove(QStringLiteral("marks/store"));
    }

    void unwritableStoreKeepsTheMark()
    {
        auto corpus = std::make_shared<text::Corpus>();
        corpus->addSource(text::LogText::fromBytes("a 1\nb 2\n", "x.log"));
        QVERIFY(corpus->mine());
        ui::MarkController marks;
        // A directory where the database file should be: SQLite cannot open it.
        const QString blocked = g_home->filePath(QStringLiteral("blocked.sqlite"));
        QVERIFY(QDir().mkpath(blocked));
        marks.setStorePath(blocked.toStdString());
        QSignalSpy errors(&marks, &ui::MarkController::storeError);
        QVERIFY(!marks.markLine(*corpus, 1, store::MarkKind::FalsePositive));
        QCOMPARE(errors.count(), 1);
        QCOMPARE(marks.unsavedCount(), size_t(1));
        QCOMPARE(marks.rules().falsePositive.count(corpus->maskedMessage(corpus->messageKeys()[1])),
                 size_t(1));
    }
};

int main(int argc, char* argv[])
{
    const logsleuth::testing::IsolatedHome home;
    g_home = &home.dir;
    return logsleuth::testing::runIsolatedGuiTest<TestMainWindow>(argc, argv, home);
}

#include "tst_main_window.moc"
