// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The window and files on disk: odd sources (binary, UTF-16), several files merged in time order,
// a file that changes or grows while open (announced, or followed through truncation and
// rotation), a fact store on a full disk, saved models shared with the CLI, and a file that
// cannot be opened. Isolated like
// tst_main_window (see its header).
#include "main_window_fixture.h"

#include <QScopeGuard>

#include <csignal>
#include <sys/resource.h>

using namespace logsleuth;
using namespace logsleuth::testing;

namespace {

// `lines` lines "2024-01-01 10:MM:SS INFO worker line N done" in the isolated home.
QString writeNumberedLog(const QString& name, int lines)
{
    const QString path = g_home->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return {};
    QByteArray bytes;
    for (int i = 0; i < lines; ++i)
        bytes += QStringLiteral("2024-01-01 10:%1:%2 INFO worker line %3 done\n")
                     .arg(i / 60 % 60, 2, 10, QLatin1Char('0'))
                     .arg(i % 60, 2, 10, QLatin1Char('0'))
                     .arg(i + 1)
                     .toUtf8();
    file.write(bytes);
    return path;
}

} // namespace

class TestWindowFiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
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

    // A folder opens as its files (File → Open Folder, a dropped folder, a folder on the command
    // line): its logs in name order, its binary file left out with a warning, and the folder is
    // what Recent and Reload remember.
    void folderOpensAsItsFiles()
    {
        ui::MainWindow window;
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const auto write = [&](const QString& name, const QByteArray& bytes) {
            QFile file(folder.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        };
        write(QStringLiteral("app.log"), "2024-01-01 10:00:02 INFO started again\n");
        write(QStringLiteral("app.log.1"), "2024-01-01 10:00:01 INFO stopping\n");
        QByteArray binary;
        for (int i = 0; i < 65536; ++i)
            binary.append(char((i * 7919) % 256));
        write(QStringLiteral("wtmp"), binary);
        QSignalSpy loaded(window.openController(), &ui::OpenController::corpusLoaded);
        QVERIFY(window.openPaths({folder.path()}));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        const auto result = loaded.takeFirst().at(0).value<ui::LoadedCorpusPtr>();
        QCOMPARE(result->corpus->sourceCount(), std::size_t(2));
        QCOMPARE(result->corpus->lineCount(), std::uint64_t(2));
        QCOMPARE(QString::fromStdString(std::string(result->corpus->line(1))),
                 QStringLiteral("2024-01-01 10:00:01 INFO stopping"));
        QStringList warnings;
        for (const std::string& w : result->warnings)
            warnings.append(QString::fromStdString(w));
        QVERIFY2(warnings.join(QLatin1Char('|')).contains(QStringLiteral("wtmp: looks like binary data")),
                 qPrintable(warnings.join(QLatin1Char('|'))));
        QCOMPARE(result->paths, QStringList{folder.path()});
    }

    // Following an opened folder, a file that appears in it (the day's new log) is read and
    // followed; the followed file renamed by a rotation is not read twice, and a compressed file
    // (a rotated log packed) is announced for Reload.
    void followedFolderReadsNewFiles()
    {
        ui::MainWindow window;
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const auto write = [&](const QString& name, const QByteArray& bytes,
                               QIODevice::OpenMode mode = QIODevice::WriteOnly) {
            QFile file(folder.filePath(name));
            QVERIFY(file.open(mode));
            file.write(bytes);
        };
        QByteArray first;
        for (int i = 0; i < 20; ++i)
            first += "2024-01-01 10:00:" + QByteArray::number(10 + i) + " web-0" + QByteArray::number(i % 3) +
                     " INFO job " + QByteArray::number(i) + " done\n";
        write(QStringLiteral("app-2024-01-01.log"), first);
        QSignalSpy loaded(window.openController(), &ui::OpenController::corpusLoaded);
        QVERIFY(window.openPaths({folder.path()}));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        ui::LogTableModel* model = window.tableModel();
        QCOMPARE(model->rowCount(), 20);
        ui::FollowController* follow = window.followController();
        follow->setPollInterval(50);
        QSignalSpy notices(follow, &ui::FollowController::notice);
        window.followAction()->setChecked(true);
        // Following is a remembered setting: leave it off for the next test, failed or not.
        const auto stopFollowing = qScopeGuard([&window] { window.followAction()->setChecked(false); });
        QVERIFY(follow->isFollowing());
        QCOMPARE(follow->followedFolderCount(), 1);
        QVERIFY2(window.statusBar()->currentMessage().contains(
                     QStringLiteral("files that appear in the open folder")),
                 qPrintable(window.statusBar()->currentMessage()));
        const auto saidOf = [&notices](const QString& start) {
            int n = 0;
            for (const QList<QVariant>& args : std::as_const(notices))
                n += args.at(0).toString().startsWith(start);
            return n;
        };

        // The day's new log: its two lines (and a line being written) from one host.
        write(QStringLiteral("app-2024-01-02.log"),
              "2024-01-02 00:00:01 web-00 INFO job 77 done\n2024-01-02 00:00:02 web-00 ERROR job 78 failed\n"
              "2024-01-02 00:00:03 web-0");
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 22, 20000);
        QCOMPARE(saidOf(QStringLiteral("app-2024-01-02.log appeared in ")), 1);
        const std::shared_ptr<const text::Corpus> corpus = model->corpus();
        QCOMPARE(corpus->fileCount(), std::size_t{2});
        QCOMPARE(std::string(corpus->records().level(21)), std::string("ERROR"));
        QVERIFY(model->columnOf(ui::LogTableModel::Column::File) >= 0); // two files now
        // It is followed: the line finished and the next, from another host, come and fit.
        write(QStringLiteral("app-2024-01-02.log"),
              "1 INFO job 79 done\n2024-01-02 00:00:04 web-02 INFO job 80 done\n", QIODevice::Append);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 24, 20000);
        QCOMPARE(std::string(model->corpus()->records().entity(23)), std::string("web-02"));
        QCOMPARE(std::string(model->corpus()->line(22)),
                 std::string("2024-01-02 00:00:03 web-01 INFO job 79 done"));

        // A rotation: the new day's file renamed (its lines are here), a new one in its place.
        QVERIFY(QFile::rename(folder.filePath(QStringLiteral("app-2024-01-02.log")),
                              folder.filePath(QStringLiteral("app-2024-01-02.log.1"))));
        write(QStringLiteral("app-2024-01-02.log"), "2024-01-02 00:01:00 web-01 INFO job 81 done\n");
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 25, 20000);
        // A packed copy is news, not lines.
        write(QStringLiteral("app-2023-12-31.log.gz"),
              QByteArray::fromHex("1f8b0800000000000003030000000000000000"));
        QTRY_COMPARE_WITH_TIMEOUT(saidOf(QStringLiteral("app-2023-12-31.log.gz appeared in ")), 1, 20000);
        QTest::qWait(400); // several more looks: nothing read twice, nothing said twice
        QCOMPARE(model->rowCount(), 25);
        QCOMPARE(model->corpus()->fileCount(), std::size_t{2});
        QCOMPARE(saidOf(QStringLiteral("app-2024-01-02.log.1")), 0);
        QCOMPARE(saidOf(QStringLiteral("app-2024-01-02.log appeared in ")), 1);
        QCOMPARE(saidOf(QStringLiteral("app-2023-12-31.log.gz appeared in ")), 1);
    }

    // View → Merge Files in Time Order interleaves two open files by time; Files in Line Order
    // puts them back one after another.
    void mergedFilesInTimeOrder()
    {
        ui::MainWindow window;
        const QString first = g_home->filePath(QStringLiteral("app.log"));
        const QString second = g_home->filePath(QStringLiteral("db.log"));
        for (const auto& [path, bytes] :
             {std::pair{first,
                        QByteArray("2024-01-01 10:00:00 INFO app a\n2024-01-01 10:00:02 INFO app b\n")},
              std::pair{second,
                        QByteArray("2024-01-01 10:00:01 INFO db a\n2024-01-01 10:00:03 INFO db b\n")}}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        QSignalSpy loaded(window.openController(), &ui::OpenController::corpusLoaded);
        QVERIFY(window.openPaths({first, second}));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        const auto actionNamed = [&](const QString& text) -> QAction* {
            for (QAction* action : window.findChildren<QAction*>())
                if (action->text() == text) return action;
            return nullptr;
        };
        QAction* merge = actionNamed(QStringLiteral("&Merge Files in Time Order"));
        QAction* byLine = actionNamed(QStringLiteral("Files in &Line Order"));
        QVERIFY(merge && byLine);
        const ui::LogTableModel& model = *window.tableModel();
        const auto texts = [&] {
            QStringList shown;
            for (int row = 0; row < model.rowCount(); ++row)
                shown << model.index(row, model.columnOf(ui::LogTableModel::Column::Text)).data().toString();
            return shown.join(QLatin1Char('|'));
        };
        QCOMPARE(texts(), QStringLiteral("2024-01-01 10:00:00 INFO app a|2024-01-01 10:00:02 INFO app b|"
                                         "2024-01-01 10:00:01 INFO db a|2024-01-01 10:00:03 INFO db b"));
        merge->trigger();
        QCOMPARE(texts(), QStringLiteral("2024-01-01 10:00:00 INFO app a|2024-01-01 10:00:01 INFO db a|"
                                         "2024-01-01 10:00:02 INFO app b|2024-01-01 10:00:03 INFO db b"));
        QCOMPARE(window.tableView()->horizontalHeader()->sortIndicatorSection(),
                 model.columnOf(ui::LogTableModel::Column::Time));
        byLine->trigger();
        QCOMPARE(texts(), QStringLiteral("2024-01-01 10:00:00 INFO app a|2024-01-01 10:00:02 INFO app b|"
                                         "2024-01-01 10:00:01 INFO db a|2024-01-01 10:00:03 INFO db b"));
    }

    // The fact store's disk fills up (a file size limit, which root cannot bypass either): the
    // mark still applies in the session, the window says so and stays usable, nothing stored is
    // damaged, and File → Use Fact Store saves the mark elsewhere.
    void fullStoreThenAnotherStore()
    {
        ui::MainWindow window;
        const auto corpus = openWithFreshStore(window);
        QVERIFY(corpus);
        ui::MarkController* marks = window.markController();
        QVERIFY(marks->markLines(*corpus, {3}, store::MarkKind::FalsePositive));
        const std::filesystem::path storePath = store::defaultStorePath();
        std::filesystem::path journal = storePath;
        journal += "-wal";
        const auto grownTo = std::filesystem::exists(journal) ? std::filesystem::file_size(journal)
                                                              : std::filesystem::file_size(storePath);
        QSignalSpy errors(marks, &ui::MarkController::storeError);
        {
            // No file of this process may grow past where the journal is now, for one mark.
            rlimit saved{};
            QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
            const auto previous = std::signal(SIGXFSZ, SIG_IGN);
            rlimit full = saved;
            full.rlim_cur = static_cast<rlim_t>(grownTo);
            QCOMPARE(::setrlimit(RLIMIT_FSIZE, &full), 0);
            const bool saved5 = marks->markLines(*corpus, {5}, store::MarkKind::TruePositive);
            QCOMPARE(::setrlimit(RLIMIT_FSIZE, &saved), 0);
            std::signal(SIGXFSZ, previous);
            QVERIFY(!saved5);
        }
        QCOMPARE(errors.count(), 1);
        QVERIFY2(errors.first().at(0).toString().contains(QStringLiteral("the disk is full")),
                 qPrintable(errors.first().at(0).toString()));
        QCOMPARE(marks->unsavedCount(), size_t(1));
        QVERIFY(window.trainAction()->isEnabled());
        QVERIFY(window.statusPanel()->text().contains(QStringLiteral("Fact store")));
        // What was stored before is intact.
        QCOMPARE(store::FactStore::open(storePath).marks().size(), size_t(1));
        const QString elsewhere = g_home->filePath(QStringLiteral("roomy/marks.sqlite"));
        QVERIFY(window.useStore(elsewhere));
        QCOMPARE(marks->unsavedCount(), size_t(0));
        QCOMPARE(store::FactStore::open(elsewhere.toStdString()).marks().size(), size_t(1));
        QSettings().remove(QStringLiteral("marks/store"));
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

    // File → Follow Files on a real file: appended lines become rows with their file's line
    // numbers and scores from the trained model, a line still being written waits for its
    // newline, and truncation and rotation are announced and read from line 1.
    void followGrowingFile()
    {
        ui::MainWindow window;
        window.analysisController()->setModelChoice("vae", quickOptions());
        const QString path = g_home->filePath(QStringLiteral("followed.log"));
        const auto write = [&path](const QByteArray& bytes, QIODevice::OpenMode mode) {
            QFile file(path);
            QVERIFY(file.open(mode));
            QCOMPARE(file.write(bytes), qint64(bytes.size()));
        };
        QByteArray routine;
        for (int i = 0; i < 200; ++i)
            routine += QStringLiteral("2024-01-01 10:%1:%2 INFO worker: job %3 done in %4 ms\n")
                           .arg(i / 60, 2, 10, QLatin1Char('0'))
                           .arg(i % 60, 2, 10, QLatin1Char('0'))
                           .arg(i)
                           .arg(i % 17)
                           .toUtf8();
        write(routine, QIODevice::WriteOnly);
        QVERIFY(openAndTrain(window, {path}));
        ui::LogTableModel* model = window.tableModel();
        QCOMPARE(model->rowCount(), 200);

        ui::FollowController* follow = window.followController();
        QCOMPARE(follow->followableCount(), 1);
        follow->setPollInterval(50);
        QSignalSpy grew(follow, &ui::FollowController::corpusGrew);
        window.followAction()->setChecked(true);
        QVERIFY(follow->isFollowing());
        write("2024-01-01 10:04:00 INFO worker: job 7 done in 3 ms\n"
              "2024-01-01 10:04:01 ERROR kernel: segfault at 0 ip 7f error 4 in libc.so\n"
              "2024-01-01 10:04:02 INFO worker: job",
              QIODevice::Append);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 202, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(window.analysisController()->result() &&
                                     window.analysisController()->result()->corpus == model->corpus(),
                                 20000);
        const auto result = window.analysisController()->result();
        QCOMPARE(result->lineScores.size(), size_t(202));
        QVERIFY(!std::isnan(result->lineScores[201]));
        QCOMPARE(result->sortedLineScores->size(), size_t(202));
        const auto textOfLine = [model](uint64_t line, ui::LogTableModel::Column column) {
            const int row = model->rowOfGlobalLine(line);
            return row < 0 ? QString() : model->index(row, model->columnOf(column)).data().toString();
        };
        QCOMPARE(textOfLine(201, ui::LogTableModel::Column::Line), QStringLiteral("202"));
        QVERIFY(textOfLine(201, ui::LogTableModel::Column::Text).contains(QStringLiteral("segfault")));
        QVERIFY(!textOfLine(201, ui::LogTableModel::Column::Score).isEmpty());
        QCOMPARE(textOfLine(201, ui::LogTableModel::Column::Level), QStringLiteral("ERROR"));
        // Sorted by score since training: the sort still holds every row, the new ones included.
        QCOMPARE(model->shownLines().size(), size_t(202));

        // The unfinished line comes once its newline does, whole.
        write(" 8 done in 4 ms\n", QIODevice::Append);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 203, 20000);
        QCOMPARE(textOfLine(202, ui::LogTableModel::Column::Text),
                 QStringLiteral("2024-01-01 10:04:02 INFO worker: job 8 done in 4 ms"));

        // Truncated (copytruncate) and written again: announced, numbered from line 1.
        write("2024-01-01 11:00:00 INFO worker: job 1 done in 2 ms\n",
              QIODevice::WriteOnly | QIODevice::Truncate);
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QStringLiteral("truncated")) ||
                                     model->rowCount() == 204,
                                 20000);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 204, 20000);
        QCOMPARE(textOfLine(203, ui::LogTableModel::Column::Line), QStringLiteral("1"));
        QCOMPARE(model->columnOf(ui::LogTableModel::Column::File), -1); // still one file

        // Rotated: a new file at the path.
        QVERIFY(QFile::rename(path, path + QStringLiteral(".1")));
        write("2024-01-01 12:00:00 INFO worker: job 2 done in 2 ms\n"
              "2024-01-01 12:00:01 INFO worker: job 3 done in 2 ms\n",
              QIODevice::WriteOnly);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 206, 20000);
        QCOMPARE(textOfLine(205, ui::LogTableModel::Column::Line), QStringLiteral("2"));
        QVERIFY(grew.count() >= 4);
        QCOMPARE(window.analysisController()->result()->lineScores.size(), size_t(206));

        // Off: nothing more is read.
        window.followAction()->setChecked(false);
        QVERIFY(!follow->isFollowing());
        write("2024-01-01 12:00:02 INFO worker: job 4 done in 2 ms\n", QIODevice::Append);
        QTest::qWait(300);
        QCOMPARE(model->rowCount(), 206);
    }

    // Save Model writes the window's threshold into the model: `logsleuth-cli score --model`
    // flags what the window flagged, and Score with Saved Model in a new window gives the same
    // scores at that threshold. A folder that is not a model is never replaced.
    void savedModelCarriesTheThreshold()
    {
        const QString dir = g_home->filePath(QStringLiteral("saved-model"));
        std::vector<float> scores;
        double threshold = 0;
        uint64_t anomalies = 0;
        {
            ui::MainWindow window;
            window.analysisController()->setModelChoice("vae", quickOptions());
            QVERIFY(openWithFreshStore(window));
            QVERIFY(!window.saveModelAction()->isEnabled());
            QSignalSpy finished(window.analysisController(), &ui::AnalysisController::analysisFinished);
            window.trainAction()->trigger();
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
            QVERIFY(window.saveModelAction()->isEnabled());
            // The analyst's own threshold (as a drag would set it): the 98th percentile of lines.
            const auto sorted = window.analysisController()->result()->sortedLineScores;
            threshold = double((*sorted)[sorted->size() * 98 / 100]);
            QSignalSpy changed(window.analysisController(), &ui::AnalysisController::resultChanged);
            QVERIFY(window.analysisController()->rescore(threshold));
            QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 30000);
            const auto result = window.analysisController()->result();
            anomalies = result->anomalyLines;
            scores = result->lineScores;
            QVERIFY(anomalies > 0);
            QSignalSpy saved(window.analysisController(), &ui::AnalysisController::modelSaved);
            QVERIFY(window.analysisController()->saveModel(dir));
            QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 30000);
            QCOMPARE(saved.at(0).at(1).toDouble(), threshold);

            const QString folder = g_home->filePath(QStringLiteral("not-a-model"));
            QVERIFY(QDir().mkpath(folder));
            QFile keep(folder + QStringLiteral("/keep.txt"));
            QVERIFY(keep.open(QIODevice::WriteOnly));
            keep.close();
            QSignalSpy failed(window.taskRunner(), &ui::TaskRunner::failed);
            QVERIFY(window.analysisController()->saveModel(folder));
            QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
            QVERIFY(failed.at(0).at(1).toString().contains(QStringLiteral("not a saved model")));
            QVERIFY(QFile::exists(folder + QStringLiteral("/keep.txt")));
        }
        {
            QProcess cli;
            cli.start(QStringLiteral(LOGSLEUTH_BIN_DIR "/logsleuth-cli"),
                      {QStringLiteral("score"), sampleLog(), QStringLiteral("--model"), dir});
            QVERIFY(cli.waitForFinished(120000));
            QCOMPARE(cli.exitCode(), 0);
            const QList<QByteArray> rows = cli.readAllStandardOutput().split('\n');
            const int column = int(rows.value(0).split(',').indexOf("anomaly"));
            QVERIFY(column >= 0);
            uint64_t flagged = 0;
            for (qsizetype r = 1; r < rows.size(); ++r)
                flagged += rows[r].split(',').value(column) == "1";
            QCOMPARE(flagged, anomalies);
        }
        ui::MainWindow window;
        QVERIFY(openWithFreshStore(window)); // no marks: the CLI ran without a store
        QSignalSpy finished(window.analysisController(), &ui::AnalysisController::analysisFinished);
        QVERIFY(window.analysisController()->scoreWithSavedModel(dir));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const auto result = window.analysisController()->result();
        QCOMPARE(result->scored.threshold, threshold);
        QCOMPARE(result->anomalyLines, anomalies);
        QCOMPARE(result->lineScores.size(), scores.size());
        for (size_t i = 0; i < scores.size(); ++i)
            QVERIFY(std::abs(result->lineScores[i] - scores[i]) <=
                    1e-5f * std::max(1.0f, std::abs(scores[i])));
        QCOMPARE(QString::fromStdString(result->savedModelDir), dir);
    }

    // A big file shows its first lines while the rest is read and mined; where the analyst was
    // in them is kept once the whole is shown.
    void bigFileShowsItsFirstLinesFirst()
    {
        ui::MainWindow window;
        const QString path = writeNumberedLog(QStringLiteral("big.log"), 20'000);
        window.openController()->setPreviewSizes({100'000, 16'384});
        QSignalSpy loaded(window.openController(), &ui::OpenController::corpusLoaded);
        int previewRows = 0;
        QString previewRow50;
        connect(window.openController(), &ui::OpenController::previewLoaded, this, [&] {
            const ui::LogTableModel& model = *window.tableModel();
            previewRows = model.rowCount();
            previewRow50 = model.index(50, model.columnOf(ui::LogTableModel::Column::Text)).data().toString();
            window.tableView()->setCurrentIndex(model.index(50, 0));
        });
        QVERIFY(window.openPaths({path}));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        QVERIFY2(previewRows > 100 && previewRows < 1'000, qPrintable(QString::number(previewRows)));
        const ui::LogTableModel& model = *window.tableModel();
        QCOMPARE(model.rowCount(), 20'000);
        QCOMPARE(previewRow50, QStringLiteral("2024-01-01 10:00:50 INFO worker line 51 done"));
        QCOMPARE(model.globalLine(window.tableView()->currentIndex().row()), quint64(50));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("big.log")));
    }

    // Cancelling an open after its first lines showed puts back what was open before, scores
    // included.
    void cancelledOpenPutsBackWhatWasOpen()
    {
        ui::MainWindow window;
        QVERIFY(openAndTrainQuickly(window));
        const auto before = window.tableModel()->corpus();
        const auto scoring = window.analysisController()->result();
        const QString title = window.windowTitle();
        const QString path = writeNumberedLog(QStringLiteral("big-cancelled.log"), 20'000);
        window.openController()->setPreviewSizes({100'000, 16'384});
        QSignalSpy previewed(window.openController(), &ui::OpenController::previewLoaded);
        QSignalSpy cancelled(window.taskRunner(), &ui::TaskRunner::cancelled);
        // Connected after the window's own slot, so it runs once the first lines show.
        connect(window.openController(), &ui::OpenController::previewLoaded, window.taskRunner(),
                &ui::TaskRunner::cancel);
        QVERIFY(window.openPaths({path}));
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 1, 30000);
        QCOMPARE(previewed.count(), 1);
        QCOMPARE(window.tableModel()->corpus(), before);
        QCOMPARE(window.tableModel()->analysis(), scoring);
        QCOMPARE(window.windowTitle(), title);
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
};

int main(int argc, char* argv[])
{
    const logsleuth::testing::IsolatedHome home;
    g_home = &home.dir;
    return logsleuth::testing::runIsolatedGuiTest<TestWindowFiles>(argc, argv, home);
}

#include "tst_window_files.moc"
