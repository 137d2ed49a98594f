// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The GUI flow end to end: open a sample, train & score on the worker, charts populated,
// mark the top line as a false positive, the mark in SQLite, the line suppressed after
// rescoring. XDG_DATA_HOME and XDG_CONFIG_HOME point into a temporary directory before the
// application exists, so neither the fact store nor QSettings touch the real home.
#include "main_window_fixture.h"

#include <set>

using namespace logsleuth;
using namespace logsleuth::testing;

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

    // No two actions of the window share a key: Qt would fire neither ("ambiguous shortcut").
    void shortcutsAreUnique()
    {
        ui::MainWindow window;
        QHash<QString, QString> owner;
        for (QAction* action : window.findChildren<QAction*>())
            for (const QKeySequence& key : action->shortcuts()) {
                const QString text = key.toString();
                QVERIFY2(!owner.contains(text), qPrintable(text + QStringLiteral(": ") + owner.value(text) +
                                                           QStringLiteral(" and ") + action->text()));
                owner.insert(text, action->text());
            }
        QVERIFY(owner.contains(QStringLiteral("Ctrl+Shift+T"))); // the window's
        QVERIFY(owner.contains(QStringLiteral("Ctrl+Alt+F")));   // the table's
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
        const std::string severity = store::severityName(corpus->messageSeverity(key));
        const auto mark = store.markFor(corpus->maskedMessage(key), severity);
        QVERIFY(mark);
        QCOMPARE(mark->severity, std::optional<std::string>(severity));
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

        // A template mark made under another miner (its template reads otherwise here, as the
        // CLI or another model left it) reaches its lines through this miner's match, and the
        // status bar counts it by what it decided, not by its text.
        store::Mark foreign = live.back();
        foreign.uuid = "0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9";
        foreign.kind = store::MarkKind::TruePositive;
        foreign.templateText = "another miner's text: " + foreign.templateText;
        const size_t counted = window.markController()->markCountFor(*corpus);
        store.addMark(foreign); // another connection, as the CLI's would be
        QVERIFY(window.markController()->refreshIfChangedElsewhere());
        window.analysisController()->rescore();
        QTRY_COMPARE_WITH_TIMEOUT(rescored.count(), 7, 30000);
        QVERIFY(ml::Verdict(model->index(model->rowOfGlobalLine(templateLine), 0)
                                .data(ui::LogTableModel::VerdictRole)
                                .toInt()) == ml::Verdict::Confirmed); // the later mark wins
        const ml::Scored& scoredNow = window.analysisController()->result()->scored;
        QCOMPARE(window.markController()->markCountFor(*corpus), counted); // its text matches nothing
        QCOMPARE(window.markController()->markCountFor(*corpus, &scoredNow), counted + 1);
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
        // A long search reports its count as it goes (here every 256 hits), growing, before the end,
        // and its matches stream in as rows: with "search hits only" the table grows with them,
        // the first match selected as soon as it is found.
        window.searchController()->setProgressInterval(0);
        QSignalSpy progressed(window.searchController(), &ui::SearchController::progressed);
        QAction* hitsOnly = window.filterBar()->searchHitsOnlyAction();
        QVERIFY(hitsOnly->isEnabled());
        hitsOnly->setChecked(true);
        std::vector<int> rowsWhileSearching;
        std::vector<bool> selectedWhileSearching;
        const auto watch = connect(window.searchController(), &ui::SearchController::hitsGrew, this, [&] {
            rowsWhileSearching.push_back(model->rowCount());
            selectedWhileSearching.push_back(view->currentIndex().isValid());
        });
        window.searchEdit()->setText(QStringLiteral("."));
        Q_EMIT window.searchEdit()->returnPressed();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        disconnect(watch);
        const qsizetype all = finished.at(1).at(0).value<qsizetype>();
        QCOMPARE(progressed.count(), all / 256);
        for (qsizetype i = 0; i < progressed.count(); ++i)
            QCOMPARE(progressed.at(i).at(0).value<qsizetype>(), 256 * (i + 1));
        QCOMPARE(qsizetype(rowsWhileSearching.size()), all / 256);
        for (size_t i = 0; i < rowsWhileSearching.size(); ++i) {
            QCOMPARE(rowsWhileSearching[i], int(256 * (i + 1)));
            QVERIFY(selectedWhileSearching[i]);
        }
        QCOMPARE(model->rowCount(), int(all));
        QCOMPARE(model->globalLine(view->currentIndex().row()), uint64_t(0)); // the first match: line 1
        hitsOnly->setChecked(false);
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

    // A pattern's mark (Mark Lines Matching…) reaches every line it matches and no other unit; the
    // dialog refuses a pattern RE2 cannot read; Remove Mark leaves it (the marks list takes it back).
    void patternMarks()
    {
        ui::MainWindow window;
        const auto corpus = openAndTrainQuickly(window);
        QVERIFY(corpus);
        QSignalSpy rescored(window.analysisController(), &ui::AnalysisController::resultChanged);
        ui::LogTableModel* model = window.tableModel();
        ui::LogTableView* view = window.findChild<ui::LogTableView*>();
        QVERIFY(view);
        QCOMPARE(view->markPatternAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
        const auto verdictOf = [&](uint64_t l) { return verdictShown(*model, l); };
        // A normal line whose message has other lines.
        const auto& keys = corpus->messageKeys();
        const auto [line, sibling] = normalLineWithSibling(*model, *corpus);
        QVERIFY(sibling > 0);
        const int before = int(rescored.count());
        auto store = store::FactStore::open(store::defaultStorePath());

        // The dialog: a message escaped matches itself; a broken pattern is refused with a reason.
        const QString message = QString::fromUtf8(corpus->message(line));
        ui::PatternMarkDialog dialog(ui::PatternMarkDialog::escaped(message));
        QVERIFY(dialog.isValid());
        dialog.setPattern(QStringLiteral("(unclosed"));
        QVERIFY(!dialog.isValid());
        QVERIFY(!dialog.why().isEmpty());
        QCOMPARE(ui::PatternMarkDialog::escaped(QStringLiteral("a.b(c)*")),
                 QStringLiteral("a\\.b\\(c\\)\\*"));
        QString error;
        QVERIFY(!window.markController()->markPattern("(unclosed", store::MarkKind::TruePositive, &error));
        QVERIFY(error.contains(QStringLiteral("not a valid")));
        QVERIFY(store.marks().empty());
        // Every line with that exact message, and only those, takes the pattern's mark.
        QVERIFY(window.markController()->markPattern(ui::PatternMarkDialog::escaped(message).toStdString(),
                                                     store::MarkKind::TruePositive, &error));
        window.analysisController()->rescore();
        QTRY_COMPARE_WITH_TIMEOUT(int(rescored.count()), before + 1, 30000);
        QVERIFY(store.marks().front().scope == store::MarkScope::Regex);
        QVERIFY(verdictOf(line) == ml::Verdict::Confirmed);
        QVERIFY(verdictOf(sibling) == ml::Verdict::Confirmed);
        // Verdicts are per unit (here a masked message): a unit with a matching line takes the mark.
        const std::string text(corpus->message(line));
        std::set<uint32_t> matched;
        for (uint64_t l = 0; l < keys.size(); ++l)
            if (corpus->line(l).find(text) != std::string_view::npos) matched.insert(keys[l]);
        // Others may take it only by spreading (a near-identical unit).
        const ml::Scored& scored = window.analysisController()->result()->scored;
        for (uint64_t l = 0; l < keys.size(); ++l) {
            if (matched.contains(keys[l]))
                QVERIFY(verdictOf(l) == ml::Verdict::Confirmed &&
                        scored.decidedBy[keys[l]] == ml::DecidedBy::Mark);
            else if (verdictOf(l) == ml::Verdict::Confirmed)
                QVERIFY(scored.decidedBy[keys[l]] == ml::DecidedBy::Spread);
        }
        // The verdict names its mark as the store does (it used to be empty until a restart).
        QCOMPARE(std::string(scored.markIdOf(keys[line])), store.marks().front().uuid);
        QVERIFY(!store.marks().front().uuid.empty());
        // The status bar counts the pattern: it decided lines here (it has no masked message).
        QCOMPARE(window.markController()->markCountFor(*corpus, &scored), size_t(1));
        QCOMPARE(window.markController()->markCountFor(*corpus), size_t(1));
        // One that decides nothing is not counted once there is a scoring.
        QVERIFY(
            window.markController()->markPattern("no line says this", store::MarkKind::TruePositive, &error));
        QCOMPARE(window.markController()->markCountFor(*corpus, &scored), size_t(1));
        QCOMPARE(window.markController()->markCountFor(*corpus), size_t(2));
    }

    // A line-scope mark (the CLI makes them) is taken back by Remove Mark on its own line only,
    // not on another line of the same message.
    void lineMarkIsRemovedOnItsLineOnly()
    {
        ui::MainWindow window;
        const auto corpus = openWithFreshStore(window);
        QVERIFY(corpus);
        ui::MarkController* marks = window.markController();
        const auto& keys = corpus->messageKeys();
        uint64_t first = 0, second = 0;
        for (uint64_t l = 0; l < keys.size() && second == 0; ++l)
            for (uint64_t o = l + 1; o < keys.size(); ++o)
                if (keys[o] == keys[l]) {
                    first = l;
                    second = o;
                    break;
                }
        QVERIFY(second > 0);
        QVERIFY(marks->markLines(*corpus, {first}, store::MarkKind::FalsePositive, store::MarkScope::Line));
        QCOMPARE(marks->markCount(), size_t(1));
        QCOMPARE(marks->unmarkLines(*corpus, {second}), size_t(0));
        QCOMPARE(marks->markCount(), size_t(1));
        QCOMPARE(marks->unmarkLines(*corpus, {first}), size_t(1));
        QCOMPARE(marks->markCount(), size_t(0));
        QVERIFY(store::FactStore::open(store::defaultStorePath()).marks().empty());
    }

    // Mark This Line Only: the marked line changes verdict, the other lines of its message do not
    // (line marks used to decide their whole unit).
    void markThisLineOnly()
    {
        ui::MainWindow window;
        const auto corpus = openAndTrainQuickly(window);
        QVERIFY(corpus);
        QSignalSpy changed(window.analysisController(), &ui::AnalysisController::resultChanged);
        ui::LogTableModel* model = window.tableModel();
        const auto verdictOf = [&](uint64_t line) { return verdictShown(*model, line); };
        const auto [first, second] = normalLineWithSibling(*model, *corpus);
        QVERIFY(second > 0);
        const auto anomaliesBefore = window.analysisController()->result()->anomalyLines;
        ui::LogTableView* view = window.tableView();
        view->clearSelection();
        view->setCurrentIndex(model->index(model->rowOfGlobalLine(first), 0));
        view->selectRow(model->rowOfGlobalLine(first));
        const int before = int(changed.count());
        view->markLineTrueAnomalyAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(int(changed.count()) > before, 30000);
        const auto result = window.analysisController()->result();
        QVERIFY(verdictOf(first) == ml::Verdict::Confirmed);
        QVERIFY(verdictOf(second) == ml::Verdict::Normal);
        QCOMPARE(result->changedLines, uint64_t(1));
        QCOMPARE(result->anomalyLines, anomaliesBefore + 1);
        QCOMPARE(window.markController()->markCountFor(*corpus, &result->scored), size_t(1));
        // Shown only with "only anomalies": the one line, not its siblings.
        ui::RowFilter filter;
        filter.anomaliesOnly = true;
        model->setFilter(filter);
        QVERIFY(model->rowOfGlobalLine(first) >= 0);
        QCOMPARE(model->rowOfGlobalLine(second), -1);
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

    // The Analysis menu lists every family of the registry; a choice is remembered and used.
    void modelFamilyMenu()
    {
        ui::MainWindow window;
        const auto& actions = window.modelKindActions();
        QCOMPARE(size_t(actions.size()), ml::modelFamilies().size());
        QAction* window_ = nullptr;
        for (QAction* action : actions) {
            const QString kind = action->data().toString();
            // The default family is checked on a fresh start, and named so.
            QCOMPARE(action->isChecked(), kind == QString::fromLatin1(ml::defaultModelKind()));
            QCOMPARE(action->text().endsWith(QStringLiteral(" (default)")), action->isChecked());
            if (kind == QStringLiteral("window")) window_ = action;
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
        const uint32_t key = corpus->messageKeys()[1];
        const auto* unsaved =
            marks.rules().messageMark(corpus->maskedMessage(key), corpus->messageSeverity(key));
        QVERIFY(unsaved && unsaved->falsePositive);
    }
};

int main(int argc, char* argv[])
{
    const logsleuth::testing::IsolatedHome home;
    g_home = &home.dir;
    return logsleuth::testing::runIsolatedGuiTest<TestMainWindow>(argc, argv, home);
}

#include "tst_main_window.moc"
