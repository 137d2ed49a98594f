// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The analyst's desk on a trained window: filters, templates, timeline, density, threshold
// drag, export, Try a line, Compare Models and recent investigations, each checked against an
// independent count over the corpus or the store.
#include "main_window_fixture.h"

#include <algorithm>

using namespace logsleuth;
using namespace logsleuth::testing;

class TestDesk : public QObject {
    Q_OBJECT
private Q_SLOTS:
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

    // A frequent FATAL message, which the words score low, is ranked by its level: the Why tab
    // says so with what the text alone scored, and Try a Line explains it the same way.
    void whyNamesTheLevelRank()
    {
        const QString path = g_home->filePath(QStringLiteral("levels.log"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            const char* verbs[] = {"served", "queued", "cached", "logged", "routed", "signed"};
            const char* things[] = {"order", "basket", "invoice", "profile", "session", "coupon", "review"};
            for (int i = 0; i < 3000; ++i) {
                const bool fatal = i % 20 == 7;
                const QString message =
                    fatal ? QStringLiteral("worker exited abnormally")
                          : QStringLiteral("%1 %2 %3")
                                .arg(QLatin1String(things[i % 7]), QLatin1String(verbs[i % 6]),
                                     QLatin1String(i % 11 ? "fast" : "slowly"));
                file.write(QStringLiteral("2026-01-01 %1:%2:%3 %4 shop: %5\n")
                               .arg(10 + i / 3600)
                               .arg(i / 60 % 60, 2, 10, QLatin1Char('0'))
                               .arg(i % 60, 2, 10, QLatin1Char('0'))
                               .arg(fatal ? QStringLiteral("FATAL") : QStringLiteral("INFO"), message)
                               .toUtf8());
            }
        }
        ui::MainWindow window;
        window.resize(1280, 800);
        window.analysisController()->setModelChoice("vae", quickOptions());
        const auto result = openAndTrain(window, {path});
        QVERIFY(result);
        const auto& corpus = *result->corpus;
        const uint64_t fatalLine = 7;
        QVERIFY(corpus.records().severity(fatalLine) == text::Severity::Fatal);
        const uint32_t unit = result->scored.scores.unitOfLine(corpus)[fatalLine];
        QVERIFY(result->scored.scores.isRankedByLevel(unit));
        ui::LogTableModel* model = window.tableModel();
        window.tableView()->setCurrentIndex(model->index(model->rowOfGlobalLine(fatalLine), 0));
        const QString text = window.whyPanel()->scoreText();
        std::printf("  why: %s\n", qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("ranked by its level FATAL")), qPrintable(text));
        if (qEnvironmentVariableIsSet("LOGSLEUTH_SCREENSHOT"))
            window.whyPanel()->grab().save(qEnvironmentVariable("LOGSLEUTH_SCREENSHOT"));
        std::vector<float> sorted(result->lineScores);
        std::sort(sorted.begin(), sorted.end());
        const auto tried = ui::tryLines(*result, std::string(corpus.line(fatalLine)) + "\n", sorted);
        QCOMPARE(tried.size(), size_t(1));
        QVERIFY2(tried[0].why.find("^level") != std::string::npos, tried[0].why.c_str());
        QVERIFY(std::abs(double(tried[0].score) - double(result->lineScores[fatalLine])) < 1e-3);
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
        const auto result = openAndTrain(window, {samples.filePath(QStringLiteral("sshd.log"))});
        QVERIFY(result);
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
        const auto& all = ml::modelFamilies();
        const int families = int(std::count_if(
            all.begin(), all.end(), [](const ml::ModelFamily* f) { return !f->learnsFromMarks(); }));
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
};

int main(int argc, char* argv[])
{
    const logsleuth::testing::IsolatedHome home;
    g_home = &home.dir;
    return logsleuth::testing::runIsolatedGuiTest<TestDesk>(argc, argv, home);
}

#include "tst_desk.moc"
