// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// LogTableModel over small corpora built here: row count, on-demand data, the permutation
// sort (the text sort on a pool thread), filters over that order, the File column with
// several sources, and log text shown verbatim.
#include <logsleuth/text/corpus.h>
#include <logsleuth/ui/log_table_model.h>
#include <logsleuth/ui/view_export.h>

#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <cmath>
#include <memory>
#include <sstream>
#include <string>

using namespace logsleuth;
using Column = ui::LogTableModel::Column;

namespace {

std::shared_ptr<const text::Corpus>
makeCorpus(const std::vector<std::pair<std::string, std::string>>& sources)
{
    auto corpus = std::make_shared<text::Corpus>();
    for (const auto& [name, bytes] : sources)
        corpus->addSource(text::LogText::fromBytes(bytes, name));
    if (!corpus->mine()) qFatal("mining was cancelled");
    return corpus;
}

const std::string kLog = "2026-01-01 10:00:00 INFO worker 1 started\n"
                         "2026-01-01 10:00:01 INFO worker 2 started\n"
                         "2026-01-01 10:00:02 WARN disk 93% full on /var\n"
                         "2026-01-01 10:00:03 INFO worker 3 started\n"
                         "2026-01-01 10:00:04 ERROR kernel panic <b>html</b> & more\n"
                         "2026-01-01 10:00:05 INFO worker 4 started\n";

// Scores every distinct message by its key (so the order is known) and flags the highest.
ui::AnalysisResultPtr fakeScores(const std::shared_ptr<const text::Corpus>& corpus)
{
    auto result = std::make_shared<ui::AnalysisResult>();
    result->corpus = corpus;
    const size_t n = corpus->distinctMessageCount();
    for (size_t key = 0; key < n; ++key) {
        const bool error = corpus->maskedMessage(uint32_t(key)).find("panic") != std::string::npos;
        result->scored.scores.values.push_back(error ? 100.0f : float(key));
        result->scored.scores.unitLines.push_back(corpus->messageLineCounts()[key]);
        result->scored.verdicts.push_back(error ? ml::Verdict::Anomaly : ml::Verdict::Normal);
    }
    result->scored.threshold = 50;
    ui::summarize(*result);
    return result;
}

} // namespace

class TestLogTableModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rowsAndColumns()
    {
        ui::LogTableModel model;
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        auto corpus = makeCorpus({{"a.log", kLog}});
        model.setCorpus(corpus);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnOf(Column::File), -1);
        // Line, Time, Level (from the records: the log has no component or entity), Score,
        // Verdict, Template, Text.
        QCOMPARE(model.columnCount(), 7);
        QCOMPARE(model.columnOf(Column::Component), -1);
        QCOMPARE(model.index(4, model.columnOf(Column::Time)).data().toString(),
                 QStringLiteral("2026-01-01 10:00:04.000"));
        QCOMPARE(model.index(4, model.columnOf(Column::Level)).data().toString(), QStringLiteral("ERROR"));
        QCOMPARE(model.headerData(model.columnOf(Column::Time), Qt::Horizontal).toString(),
                 QStringLiteral("Time (UTC)"));
        // Line numbers are 1-based; no scores before an analysis.
        QCOMPARE(model.index(2, model.columnOf(Column::Line)).data().toString(), QStringLiteral("3"));
        QVERIFY(!model.index(2, model.columnOf(Column::Score)).data().isValid());
        QVERIFY(!model.index(2, 0).data(ui::LogTableModel::ScoreRole).isValid());
        QVERIFY(!model.index(0, model.columnOf(Column::Template)).data().toString().isEmpty());
    }

    // Sorting by the record columns: time (radix over the lines), level by severity.
    // A big corpus reaches the views a batch per turn of the event loop (each view's header keeps
    // an entry per row), and so do the lines a growing file adds.
    void rowsAreRevealedInBatches()
    {
        using Model = ui::LogTableModel;
        const uint64_t lines = 2 * Model::kRevealBatch + 1000;
        std::string log;
        log.reserve(size_t(lines) * 14);
        for (uint64_t i = 0; i < lines; ++i)
            log += "worker " + std::to_string(i % 7) + " up\n";
        auto corpus = makeCorpus({{"big.log", log}});
        Model model;
        QTableView view;
        view.setModel(&model);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy revealed(&model, &Model::revealed);
        model.setCorpus(corpus);
        QCOMPARE(uint64_t(model.rowCount()), Model::kRevealBatch);
        QVERIFY(model.isRevealing());
        QCOMPARE(model.shownLineCount(), lines);
        QCOMPARE(model.rowOfGlobalLine(lines - 1), -1);
        QVERIFY(revealed.wait(10000));
        QCOMPARE(uint64_t(model.rowCount()), lines);
        QCOMPARE(uint64_t(view.verticalHeader()->count()), lines);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(model.rowOfGlobalLine(lines - 1), int(lines - 1));
        QVERIFY(!model.isRevealing());

        // The file grows by more than a batch: the first batch at once, the rest on the next turn.
        auto grown = std::make_shared<text::Corpus>(*corpus);
        std::string more;
        for (uint64_t i = 0; i < Model::kRevealBatch + 10; ++i)
            more += "worker " + std::to_string(i % 5) + " down\n";
        grown->append(text::LogText::fromBytes(more, "big.log"), 0, text::FileChange::Grew);
        inserted.clear();
        model.growCorpus(grown);
        QCOMPARE(uint64_t(model.rowCount()), lines + Model::kRevealBatch);
        QVERIFY(revealed.wait(10000));
        QCOMPARE(uint64_t(model.rowCount()), lines + Model::kRevealBatch + 10);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(model.index(model.rowCount() - 1, model.columnOf(Column::Text)).data().toString(),
                 QStringLiteral("worker %1 down").arg((Model::kRevealBatch + 9) % 5));
    }

    void sortByRecordColumns()
    {
        ui::LogTableModel model;
        model.setCorpus(makeCorpus({{"a.log", kLog}}));
        model.sort(model.columnOf(Column::Time), Qt::DescendingOrder);
        QCOMPARE(model.index(0, model.columnOf(Column::Time)).data().toString(),
                 QStringLiteral("2026-01-01 10:00:05.000"));
        model.sort(model.columnOf(Column::Level), Qt::DescendingOrder);
        QCOMPARE(model.index(0, model.columnOf(Column::Level)).data().toString(), QStringLiteral("ERROR"));
        model.sort(model.columnOf(Column::Level), Qt::AscendingOrder);
        QCOMPARE(model.index(0, model.columnOf(Column::Level)).data().toString(), QStringLiteral("INFO"));
    }

    // Two files merged in time order: their lines interleave by time; a stack trace, and a line
    // the layout does not fit (no time of its own), stay under the record before them, in file
    // order; lines before any time in their file come first.
    void mergedTimeOrderKeepsRecordsTogether()
    {
        const std::string app = "note without a time\n"
                                "2026-01-01 10:00:00 INFO app started\n"
                                "2026-01-01 10:00:02 ERROR request failed\n"
                                "java.lang.IllegalStateException: closed\n"
                                "\tat com.example.Pool.take(Pool.java:42)\n"
                                "pool dump: 3 idle, 0 busy\n"
                                "2026-01-01 10:00:04 INFO app stopped\n";
        const std::string db = "2026-01-01 10:00:01 INFO db connected\n"
                               "2026-01-01 10:00:03 WARN db slow query\n"
                               "2026-01-01 10:00:05 INFO db closed\n";
        ui::LogTableModel model;
        model.setCorpus(makeCorpus({{"app.log", app}, {"db.log", db}}));
        QVERIFY(model.columnOf(Column::Time) >= 0);
        model.sort(model.columnOf(Column::Time), Qt::AscendingOrder);
        const auto textOf = [&](int row) {
            return model.index(row, model.columnOf(Column::Text)).data().toString();
        };
        const QStringList expected = {
            QStringLiteral("note without a time"),
            QStringLiteral("2026-01-01 10:00:00 INFO app started"),
            QStringLiteral("2026-01-01 10:00:01 INFO db connected"),
            QStringLiteral("2026-01-01 10:00:02 ERROR request failed"),
            QStringLiteral("java.lang.IllegalStateException: closed"),
            QStringLiteral("\tat com.example.Pool.take(Pool.java:42)"),
            QStringLiteral("pool dump: 3 idle, 0 busy"),
            QStringLiteral("2026-01-01 10:00:03 WARN db slow query"),
            QStringLiteral("2026-01-01 10:00:04 INFO app stopped"),
            QStringLiteral("2026-01-01 10:00:05 INFO db closed"),
        };
        QCOMPARE(model.rowCount(), int(expected.size()));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(textOf(row), expected[row]);
        QCOMPARE(model.index(6, model.columnOf(Column::File)).data().toString(), QStringLiteral("app.log"));
        QCOMPARE(model.index(7, model.columnOf(Column::File)).data().toString(), QStringLiteral("db.log"));

        // Newest first: records still read top-down, their continuation under them.
        model.sort(model.columnOf(Column::Time), Qt::DescendingOrder);
        QCOMPARE(textOf(0), expected[9]);
        for (int row = 3; row <= 6; ++row)
            QCOMPARE(textOf(row), expected[row]);
        // The note before the file's first record takes that record's time, and lines of one time
        // read top-down too.
        QCOMPARE(textOf(8), expected[0]);
        QCOMPARE(textOf(9), expected[1]);
    }

    // The header's first click on Score sorts the highest scores first (QHeaderView reads
    // Qt::InitialSortOrderRole for a section that is not sorted yet).
    void firstClickOnScoreIsDescending()
    {
        ui::LogTableModel model;
        model.setCorpus(makeCorpus({{"a.log", kLog}}));
        QCOMPARE(
            model.headerData(model.columnOf(Column::Score), Qt::Horizontal, Qt::InitialSortOrderRole).toInt(),
            int(Qt::DescendingOrder));
        QCOMPARE(
            model.headerData(model.columnOf(Column::Text), Qt::Horizontal, Qt::InitialSortOrderRole).toInt(),
            int(Qt::AscendingOrder));
    }

    void textIsVerbatim()
    {
        ui::LogTableModel model;
        model.setCorpus(makeCorpus({{"a.log", kLog}}));
        const QString text = model.index(4, model.columnOf(Column::Text)).data().toString();
        QCOMPARE(text, QStringLiteral("2026-01-01 10:00:04 ERROR kernel panic <b>html</b> & more"));
    }

    void sortByScore_data()
    {
        QTest::addColumn<int>("order");
        QTest::newRow("descending") << int(Qt::DescendingOrder);
        QTest::newRow("ascending") << int(Qt::AscendingOrder);
    }

    void sortByScore()
    {
        QFETCH(int, order);
        ui::LogTableModel model;
        auto corpus = makeCorpus({{"a.log", kLog}});
        model.setCorpus(corpus);
        model.setAnalysis(fakeScores(corpus));
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        const int scoreColumn = model.columnOf(Column::Score);
        model.sort(scoreColumn, Qt::SortOrder(order));
        QCOMPARE(layout.count(), 1);
        QCOMPARE(model.rowCount(), 6);
        float previous = order == Qt::DescendingOrder ? INFINITY : -INFINITY;
        for (int row = 0; row < model.rowCount(); ++row) {
            const float score = model.index(row, 0).data(ui::LogTableModel::ScoreRole).toFloat();
            if (order == Qt::DescendingOrder)
                QVERIFY(score <= previous);
            else
                QVERIFY(score >= previous);
            previous = score;
        }
        const int panicRow = order == Qt::DescendingOrder ? 0 : 5;
        QCOMPARE(model.globalLine(panicRow), uint64_t(4));
        QCOMPARE(model.index(panicRow, model.columnOf(Column::Verdict)).data().toString(),
                 QStringLiteral("anomaly"));
        QCOMPARE(model.index(panicRow, 0).data(ui::LogTableModel::VerdictRole).toInt(),
                 int(ml::Verdict::Anomaly));
        QVERIFY(model.index(panicRow, 0).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model.rowOfGlobalLine(4), panicRow);
        // Back to file order.
        model.sort(model.columnOf(Column::Line), Qt::AscendingOrder);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.globalLine(row), uint64_t(row));
    }

    void sortKeepsAcrossRescore()
    {
        ui::LogTableModel model;
        auto corpus = makeCorpus({{"a.log", kLog}});
        model.setCorpus(corpus);
        model.setAnalysis(fakeScores(corpus));
        model.sort(model.columnOf(Column::Score), Qt::DescendingOrder);
        auto suppressed = std::make_shared<ui::AnalysisResult>(*fakeScores(corpus));
        const uint32_t key = corpus->messageKeys()[4];
        suppressed->scored.verdicts[key] = ml::Verdict::Suppressed;
        model.setAnalysis(suppressed);
        // The sort is kept and re-applied: a line marked as a false positive sinks below every
        // live line, however high its score, so the next anomaly to look at is on top.
        const int last = model.rowCount() - 1;
        QCOMPARE(model.globalLine(last), uint64_t(4));
        QCOMPARE(model.index(last, 0).data(ui::LogTableModel::VerdictRole).toInt(),
                 int(ml::Verdict::Suppressed));
        QVERIFY(model.index(last, 0).data(Qt::FontRole).value<QFont>().strikeOut());
        QVERIFY(model.globalLine(0) != uint64_t(4));
    }

    void sortByTextInBackground()
    {
        ui::LogTableModel model;
        auto corpus = makeCorpus({{"a.log", "b 2\na 1\nc 3\na 1\n"}});
        model.setCorpus(corpus);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        const int text = model.columnOf(Column::Text);
        model.sort(text, Qt::DescendingOrder);
        // The requested sort shows at once; the old (file) order stays until the new one lands.
        QCOMPARE(model.sortColumn(), text);
        QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
        QVERIFY(model.isSorting());
        QCOMPARE(layout.count(), 0);
        QCOMPARE(model.globalLine(0), uint64_t(0));
        QTRY_VERIFY(!model.isSorting());
        QCOMPARE(layout.count(), 1);
        // Descending text, equal texts in file order.
        const std::vector<uint64_t> expected = {2, 0, 1, 3};
        for (int row = 0; row < 4; ++row)
            QCOMPARE(model.globalLine(row), expected[size_t(row)]);
        // A rescoring leaves the text order alone.
        model.setAnalysis(fakeScores(corpus));
        QVERIFY(!model.isSorting());
        QCOMPARE(model.globalLine(0), uint64_t(2));
    }

    void staleTextSortNeverApplied()
    {
        ui::LogTableModel model;
        auto corpus = makeCorpus({{"a.log", kLog}});
        model.setCorpus(corpus);
        model.setAnalysis(fakeScores(corpus));
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        // A text sort superseded by a newer text sort, then by a synchronous score sort.
        model.sort(model.columnOf(Column::Text), Qt::AscendingOrder);
        model.sort(model.columnOf(Column::Text), Qt::DescendingOrder);
        model.sort(model.columnOf(Column::Score), Qt::DescendingOrder);
        QVERIFY(!model.isSorting());
        QCOMPARE(layout.count(), 1);
        QThreadPool::globalInstance()->waitForDone();
        QTest::qWait(50); // deliver the finished jobs
        QCOMPARE(layout.count(), 1);
        QCOMPARE(model.globalLine(0), uint64_t(4)); // still by score: the panic line first
        // The newest of two text sorts wins.
        model.sort(model.columnOf(Column::Text), Qt::AscendingOrder);
        model.sort(model.columnOf(Column::Text), Qt::DescendingOrder);
        QTRY_VERIFY(!model.isSorting());
        QThreadPool::globalInstance()->waitForDone();
        QTest::qWait(50);
        QCOMPARE(layout.count(), 2);
        QCOMPARE(model.globalLine(0), uint64_t(5)); // "...10:00:05 ..." is the greatest text
        // A new corpus drops a running sort.
        model.sort(model.columnOf(Column::Text), Qt::AscendingOrder);
        model.setCorpus(corpus);
        QThreadPool::globalInstance()->waitForDone();
        QTest::qWait(50);
        QVERIFY(!model.isSorting());
        QCOMPARE(model.globalLine(0), uint64_t(0));
    }

    void fileColumnWithTwoSources()
    {
        ui::LogTableModel model;
        // Paths shorten to the file name; an archive member keeps its member path.
        model.setCorpus(makeCorpus({{"/var/log/a.log", kLog}, {"logs/b.tar.gz!dir/b.log", "one\ntwo\n"}}));
        QCOMPARE(model.rowCount(), 8);
        const int file = model.columnOf(Column::File);
        QVERIFY(file > 0);
        QCOMPARE(model.headerData(file, Qt::Horizontal).toString(), QStringLiteral("File"));
        QCOMPARE(model.index(0, file).data().toString(), QStringLiteral("a.log"));
        QCOMPARE(model.index(7, file).data().toString(), QStringLiteral("b.tar.gz!dir/b.log"));
        // Line numbers restart per source.
        QCOMPARE(model.index(7, model.columnOf(Column::Line)).data().toString(), QStringLiteral("2"));
        model.sort(file, Qt::DescendingOrder);
        QCOMPARE(model.index(0, file).data().toString(), QStringLiteral("b.tar.gz!dir/b.log"));
        QCOMPARE(model.index(0, model.columnOf(Column::Text)).data().toString(), QStringLiteral("one"));
    }

    void filter_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QList<int>>("lines");
        QTest::newRow("none") << "none" << QList<int>{0, 1, 2, 3, 4, 5};
        QTest::newRow("WARN or worse") << "warn" << QList<int>{2, 4};
        QTest::newRow("ERROR or worse") << "error" << QList<int>{4};
        QTest::newRow("template of line 0") << "template" << QList<int>{0, 1, 3, 5};
        QTest::newRow("time [10:00:01, 10:00:04)") << "time" << QList<int>{1, 2, 3};
        QTest::newRow("since 10:00:04") << "since" << QList<int>{4, 5};
        QTest::newRow("search hits 1 and 5") << "hits" << QList<int>{1, 5};
        QTest::newRow("template and hits") << "template+hits" << QList<int>{1, 5};
        // Verdict switches let everything through until lines are scored.
        QTest::newRow("anomalies only, unscored") << "anomalies" << QList<int>{0, 1, 2, 3, 4, 5};
        QTest::newRow("anomalies only, scored") << "anomalies+scored" << QList<int>{4};
        QTest::newRow("hide suppressed, scored") << "hide+scored" << QList<int>{0, 1, 2, 3, 5};
    }

    void filter()
    {
        QFETCH(QString, condition);
        QFETCH(QList<int>, lines);
        ui::LogTableModel model;
        auto corpus = makeCorpus({{"a.log", kLog}});
        model.setCorpus(corpus);
        if (condition.endsWith(QStringLiteral("scored"))) {
            auto result = std::make_shared<ui::AnalysisResult>(*fakeScores(corpus));
            if (condition.startsWith(QStringLiteral("hide")))
                result->scored.verdicts[corpus->messageKeys()[4]] = ml::Verdict::Suppressed;
            model.setAnalysis(result);
        }
        ui::RowFilter filter;
        const int64_t t0 = corpus->records().time(0);
        if (condition == QStringLiteral("warn")) filter.minSeverity = text::Severity::Warning;
        if (condition == QStringLiteral("error")) filter.minSeverity = text::Severity::Error;
        if (condition.startsWith(QStringLiteral("template")))
            filter.cluster = corpus->clusterOfMessage(corpus->messageKeys()[0]);
        if (condition == QStringLiteral("time")) {
            filter.since = t0 + 1000;
            filter.until = t0 + 4000;
        }
        if (condition == QStringLiteral("since")) filter.since = t0 + 4000;
        if (condition.endsWith(QStringLiteral("hits")))
            filter.onlyLines = std::make_shared<const std::vector<uint64_t>>(std::vector<uint64_t>{1, 5});
        if (condition.startsWith(QStringLiteral("anomalies"))) filter.anomaliesOnly = true;
        if (condition.startsWith(QStringLiteral("hide"))) filter.hideSuppressed = true;
        model.setFilter(filter);
        QCOMPARE(model.filter().isActive(), condition != QStringLiteral("none"));
        QList<int> shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown.append(int(model.globalLine(row)));
        QCOMPARE(shown, lines);
        for (int line = 0; line < 6; ++line)
            QCOMPARE(model.rowOfGlobalLine(uint64_t(line)), int(lines.indexOf(line)));
    }

    void filterKeepsSortAndSelection()
    {
        ui::LogTableModel model;
        QTableView view;
        view.setModel(&model);
        auto corpus = makeCorpus({{"a.log", kLog}});
        model.setCorpus(corpus);
        model.setAnalysis(fakeScores(corpus));
        model.sort(model.columnOf(Column::Score), Qt::DescendingOrder);
        QCOMPARE(model.globalLine(0), uint64_t(4)); // the panic line on top
        const QPersistentModelIndex warnLine(model.index(model.rowOfGlobalLine(2), 0));
        view.setCurrentIndex(warnLine);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);

        ui::RowFilter filter;
        filter.minSeverity = text::Severity::Warning;
        model.setFilter(filter);
        QCOMPARE(layout.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(view.verticalHeader()->count(), 2); // the view follows the row count
        QCOMPARE(model.globalLine(0), uint64_t(4));  // still by score
        QCOMPARE(model.globalLine(1), uint64_t(2));
        QCOMPARE(warnLine.row(), 1); // the current line moved with its row
        QCOMPARE(view.currentIndex().row(), 1);

        // Re-sorting re-filters the new order.
        model.sort(model.columnOf(Column::Line), Qt::AscendingOrder);
        QCOMPARE(model.globalLine(0), uint64_t(2));
        QCOMPARE(warnLine.row(), 0);

        // A filter that drops the current line invalidates it; clearing shows every line again.
        filter.minSeverity = text::Severity::Error;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!warnLine.isValid());
        model.setFilter({});
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(view.verticalHeader()->count(), 6);
        QCOMPARE(model.globalLine(5), uint64_t(5));
    }

    void verdictFilterFollowsRescore()
    {
        ui::LogTableModel model;
        auto corpus = makeCorpus({{"a.log", kLog}});
        model.setCorpus(corpus);
        model.setAnalysis(fakeScores(corpus));
        ui::RowFilter filter;
        filter.hideSuppressed = true;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 6);
        // A mark suppresses the panic line: the rescoring hides it without a new filter.
        auto marked = std::make_shared<ui::AnalysisResult>(*fakeScores(corpus));
        marked->scored.verdicts[corpus->messageKeys()[4]] = ml::Verdict::Suppressed;
        model.setAnalysis(marked);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.rowOfGlobalLine(4), -1);
        // A new corpus drops the filter.
        model.setCorpus(corpus);
        QVERIFY(!model.filter().isActive());
        QCOMPARE(model.rowCount(), 6);
    }

    void exportShownLines()
    {
        ui::LogTableModel model;
        auto corpus = makeCorpus({{"a.log", kLog}});
        model.setCorpus(corpus);
        ui::RowFilter filter;
        filter.minSeverity = text::Severity::Warning;
        model.setFilter(filter);
        model.sort(model.columnOf(Column::Line), Qt::DescendingOrder);
        const std::vector<uint32_t> shown = model.shownLines();
        QCOMPARE(shown, (std::vector<uint32_t>{4, 2}));
        // Unscored: the leading columns of `templates`, in the table's order.
        std::ostringstream out;
        QVERIFY(ui::writeViewCsv(out, *corpus, nullptr, shown));
        const QString text = QString::fromStdString(out.str());
        const QStringList rows = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0], QStringLiteral("line,template_id,template"));
        QVERIFY(rows[1].startsWith(QStringLiteral("5,")));
        QVERIFY(rows[2].startsWith(QStringLiteral("3,")));
        // A cancelled export says so and writes no file.
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("view.csv")).toStdString();
        std::vector<uint32_t> many(100'000, 0);
        const std::atomic<bool> cancel{true};
        QVERIFY(!ui::writeViewCsvFile(path, *corpus, nullptr, many, &cancel));
        QVERIFY(!QFile::exists(QString::fromStdString(path)));
        QVERIFY(!QFile::exists(QString::fromStdString(path + ".part")));
    }

    void foreignResultIgnored()
    {
        ui::LogTableModel model;
        auto corpus = makeCorpus({{"a.log", kLog}});
        model.setCorpus(corpus);
        model.setAnalysis(fakeScores(makeCorpus({{"other.log", kLog}})));
        QVERIFY(!model.analysis());
    }
};

QTEST_MAIN(TestLogTableModel)
#include "tst_log_table_model.moc"
