// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// logsleuth-cli's text commands end to end: records (formats, the templates record columns,
// --format, --tz), grep, --state, --follow on a real growing file, and that the process that
// mines maps no LibTorch. The CSV columns checked here are part of the CLI's contract.
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "cli_runner.h"

#include <cstdio>

using namespace logsleuth::testing;

namespace {

// A `logsleuth-cli templates --follow PATH` run, its output gathered as it comes.
struct FollowRun {
    QProcess process;
    QByteArray out, err;

    bool start(const QString& path)
    {
        process.start(cliPath(), {QStringLiteral("templates"), QStringLiteral("--follow"), path});
        return process.waitForStarted(10000);
    }
    void pump()
    {
        process.waitForReadyRead(100);
        out += process.readAllStandardOutput();
        err += process.readAllStandardError();
    }
};

} // namespace

class TestCliText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
        QVERIFY(m_dir.isValid());
    }

    // A folder stands for its log files (rotated ones in order); a binary file in it (wtmp) is
    // left out and said so, and a folder with nothing readable is an error.
    void folderOfLogs()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QFile sshd(sample("sshd.log"));
        QVERIFY(sshd.open(QIODevice::ReadOnly));
        const QByteArray text = sshd.readAll();
        QVERIFY(!writeFile(folder, QStringLiteral("auth.log"), text).isEmpty());
        QVERIFY(
            !writeFile(folder, QStringLiteral("auth.log.10"), text.left(text.indexOf('\n') + 1)).isEmpty());
        QVERIFY(
            !writeFile(folder, QStringLiteral("auth.log.2"), text.left(text.indexOf('\n') + 1)).isEmpty());
        QByteArray binary(20000, '\0');
        for (qsizetype i = 0; i < binary.size(); i += 7)
            binary[i] = char(i % 251);
        QVERIFY(!writeFile(folder, QStringLiteral("wtmp"), binary).isEmpty());
        const auto result = runCli({QStringLiteral("formats"), folder.path()});
        QCOMPARE(result.exitCode, 0);
        const auto rows = parseCsv(result.out);
        QCOMPARE(rows.size(), 4);
        QVERIFY(rows[1][0].endsWith(QStringLiteral("/auth.log")));
        QVERIFY(rows[2][0].endsWith(QStringLiteral("/auth.log.2")));
        QVERIFY(rows[3][0].endsWith(QStringLiteral("/auth.log.10")));
        QVERIFY2(result.err.contains("wtmp: looks like binary data, not text: left out"),
                 result.err.constData());
        // Standard input cannot be followed: refused before anything is read or printed.
        const auto follow =
            runCli({QStringLiteral("templates"), QStringLiteral("--follow"), QStringLiteral("-")});
        QCOMPARE(follow.exitCode, 2);
        QVERIFY(follow.out.isEmpty());

        QTemporaryDir onlyBinary;
        QVERIFY(!writeFile(onlyBinary, QStringLiteral("wtmp"), binary).isEmpty());
        const auto nothing = runCli({QStringLiteral("formats"), onlyBinary.path()});
        QVERIFY(nothing.exitCode != 0);
        QVERIFY2(nothing.err.contains("no input could be read"), nothing.err.constData());
    }

    // One row per source: the learned layout and how many lines fit it.
    void formatsCsv()
    {
        const QString odd = writeFile(m_dir, QStringLiteral("pipes.log"),
                                      "20230401-12:00:01:100|Sensor_A|17|reading 4 ok\n"
                                      "20230401-12:00:02:200|Sensor_B|18|reading 5 ok\n"
                                      "20230401-12:00:03:300|Sensor_A|19|reading 6 ok\n"
                                      "not like the others\n");
        const auto result = runCli({QStringLiteral("formats"), sample("sshd.log"), odd});
        QCOMPARE(result.exitCode, 0);
        const auto rows = parseCsv(result.out);
        QCOMPARE(rows.value(0),
                 (QStringList{QStringLiteral("file"), QStringLiteral("format"), QStringLiteral("fields"),
                              QStringLiteral("lines"), QStringLiteral("fitted")}));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[1][1], QStringLiteral("<Time> <Entity> <Component>: <Content>"));
        QCOMPARE(rows[1][2], QStringLiteral("time;entity;component"));
        QCOMPARE(rows[1][3], QStringLiteral("2000"));
        QCOMPARE(rows[1][4], QStringLiteral("2000"));
        QCOMPARE(rows[2][1], QStringLiteral("<Time>|<Component>|<Pid>|<Content>"));
        QCOMPARE(rows[2][3], QStringLiteral("4"));
        QCOMPARE(rows[2][4], QStringLiteral("3"));
        // With --state the inputs are mined (the state is written back); the rows are the same.
        const QString state = m_dir.filePath(QStringLiteral("formats.state"));
        const auto mined =
            runCli({QStringLiteral("formats"), sample("sshd.log"), odd, QStringLiteral("--state"), state});
        QCOMPARE(mined.exitCode, 0);
        QCOMPARE(mined.out, result.out);
        QVERIFY(QFileInfo::exists(state));
    }

    void templatesRecordColumns()
    {
        const QString path = writeFile(m_dir, QStringLiteral("records.log"),
                                       "2023-04-01 12:00:00,250 ERROR [main] app.Job: failed step 3\n"
                                       "java.lang.IllegalStateException: boom\n"
                                       "\tat app.Job.run(Job.java:42)\n"
                                       "2023-04-01 12:00:01,000 Info [main] app.Job: done\n");
        const auto result =
            runCli({QStringLiteral("templates"), path, QStringLiteral("--tz"), QStringLiteral("+01:00")});
        QCOMPARE(result.exitCode, 0);
        const auto rows = parseCsv(result.out);
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows[1].mid(3),
                 (QStringList{QStringLiteral("2023-04-01T11:00:00.250Z"), QStringLiteral("ERROR"),
                              QStringLiteral("app.Job"), QString(), QStringLiteral("1")}));
        QCOMPARE(rows[3][7], QStringLiteral("1")); // the stack frame belongs to the record of line 1
        QCOMPARE(rows[3][4], QStringLiteral("ERROR"));
        QCOMPARE(rows[4][4], QStringLiteral("Info")); // the level as written
        QCOMPARE(rows[4][7], QStringLiteral("4"));
    }

    // The rows are made in chunks on every core; they must not depend on how many. Two files
    // (the file column) of more lines than one round of chunks, with stamps that share their
    // second, a stack trace (the record column) and a message that needs quoting.
    void templatesSameWhateverThreads()
    {
        QStringList paths;
        for (int file = 0; file < 2; ++file) {
            QByteArray bytes;
            for (int n = 0; n < 80000 + file * 7; ++n) {
                char line[128];
                std::snprintf(
                    line, sizeof line,
                    "2023-04-01 12:%02d:%02d,%03d INFO [w%d] app.Step%d: took %d ms, \"quoted, text\"\n",
                    n / 6000 % 60, n / 100 % 60, n % 1000, n % 3, n % 5, n);
                bytes += line;
                if (n % 9973 == 0) bytes += "\tat app.Step.run(Step.java:42)\n";
            }
            paths << writeFile(m_dir, QStringLiteral("rows%1.log").arg(file), bytes);
        }
        const auto one = runCli(
            QStringList{QStringLiteral("templates"), QStringLiteral("--threads"), QStringLiteral("1")} +
            paths);
        const auto three = runCli(
            QStringList{QStringLiteral("templates"), QStringLiteral("--threads"), QStringLiteral("3")} +
            paths);
        QCOMPARE(one.exitCode, 0);
        QCOMPARE(three.exitCode, 0);
        QCOMPARE(three.out, one.out);
        const auto rows = parseCsv(one.out);
        QCOMPARE(rows.size(), 1 + 2 * 80000 + 7 + 2 * 9);
        // Line 9975 of the second file is n = 9973 (a trace follows n = 0): 12:01:39,973, and a
        // trace follows it.
        const QStringList& row = rows[80000 + 9 + 9975];
        QCOMPARE(row.value(0), paths[1]);
        QCOMPARE(row.value(1), QStringLiteral("9975"));
        QVERIFY2(row.value(3).startsWith(QStringLiteral("took <")) &&
                     row.value(3).endsWith(QStringLiteral(", \"quoted, text\"")),
                 qPrintable(row.value(3)));
        QCOMPARE(row.mid(4), (QStringList{QStringLiteral("2023-04-01T12:01:39.973Z"), QStringLiteral("INFO"),
                                          QStringLiteral("app.Step3"), QString(), QStringLiteral("9975")}));
        const QStringList& trace = rows[80000 + 9 + 9976];
        QCOMPARE(trace.value(1), QStringLiteral("9976"));
        QCOMPARE(trace.value(8), QStringLiteral("9975"));
    }

    void givenFormatAndJson()
    {
        const QString plain = writeFile(m_dir, QStringLiteral("given.log"), "12:00 host1 W disk low\n");
        const auto given = runCli({QStringLiteral("templates"), plain, QStringLiteral("--format"),
                                   QStringLiteral("<Time> <Node> <Level> <Content>")});
        QCOMPARE(given.exitCode, 0);
        const auto rows = parseCsv(given.out);
        QCOMPARE(rows[1][2], QStringLiteral("disk low"));
        QCOMPARE(rows[1][4], QStringLiteral("W"));
        QCOMPARE(rows[1][6], QStringLiteral("host1"));

        const QString json =
            writeFile(m_dir, QStringLiteral("lines.json"),
                      "{\"when\":\"2023-04-01T12:00:00Z\",\"text\":\"user 7 saved\",\"sev\":\"warn\"}\n");
        const auto parsed = runCli({QStringLiteral("templates"), json, QStringLiteral("--format"),
                                    QStringLiteral("json:message=text,time=when,level=sev")});
        QCOMPARE(parsed.exitCode, 0);
        const auto jsonRows = parseCsv(parsed.out);
        QCOMPARE(jsonRows[1][2], QStringLiteral("user <NUM> saved"));
        QCOMPARE(jsonRows[1][3], QStringLiteral("2023-04-01T12:00:00.000Z"));
        QCOMPARE(jsonRows[1][4], QStringLiteral("warn"));

        QCOMPARE(
            runCli({QStringLiteral("templates"), plain, QStringLiteral("--format"), QStringLiteral("<Time>")})
                .exitCode,
            2);
        QCOMPARE(runCli({QStringLiteral("templates"), plain, QStringLiteral("--tz"),
                         QStringLiteral("Nowhere/Land")})
                     .exitCode,
                 2);
    }

    void grepCsv()
    {
        const auto result =
            runCli({QStringLiteral("grep"), QStringLiteral("(?i)disconnected"), sample("sshd.log"),
                    QStringLiteral("--since"), QStringLiteral("Mar 14 06:10:00"), QStringLiteral("--until"),
                    QStringLiteral("Mar 14 06:20:00")});
        if (result.exitCode == 2 && result.err.contains("RE2")) QSKIP("built without RE2");
        QCOMPARE(result.exitCode, 0);
        const auto rows = parseCsv(result.out);
        QCOMPARE(rows.value(0),
                 (QStringList{QStringLiteral("line"), QStringLiteral("time"), QStringLiteral("level"),
                              QStringLiteral("template_id"), QStringLiteral("text")}));
        QVERIFY(rows.size() > 2);
        for (int i = 1; i < rows.size(); ++i) {
            QVERIFY2(rows[i][4].contains(QStringLiteral("isconnected"), Qt::CaseInsensitive),
                     qPrintable(rows[i][4]));
            QVERIFY2(rows[i][1].mid(11, 5) >= QStringLiteral("06:10") &&
                         rows[i][1].mid(11, 5) < QStringLiteral("06:20"),
                     qPrintable(rows[i][1]));
        }
        // Levels: WARN or worse only.
        const auto severe = parseCsv(runCli({QStringLiteral("grep"), QString(), sample("webshop.log"),
                                             QStringLiteral("--level"), QStringLiteral("WARN")})
                                         .out);
        QVERIFY(severe.size() > 1);
        for (int i = 1; i < severe.size(); ++i)
            QVERIFY2(QStringList({QStringLiteral("WARN"), QStringLiteral("ERROR"), QStringLiteral("FATAL")})
                         .contains(severe[i][2]),
                     qPrintable(severe[i][2]));
        QCOMPARE(runCli({QStringLiteral("grep"), QStringLiteral("(bad"), sample("sshd.log")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("grep"), QStringLiteral("x"), sample("sshd.log"),
                         QStringLiteral("--since"), QStringLiteral("yesterday")})
                     .exitCode,
                 2);
    }

    // Reading logs must start at once: the process that mines maps no LibTorch and no Qt
    // Widgets (train, score and analyze run in logsleuth-cli-ml, executed in its place).
    void textCommandsStayLight()
    {
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(runCli({QStringLiteral("--version")}).exitCode, 0);
        const qint64 versionMs = timer.elapsed();
        qInfo("logsleuth-cli --version: %lld ms (target 30 ms)", static_cast<long long>(versionMs));
        QVERIFY2(versionMs < 300, qPrintable(QString::number(versionMs)));

        QProcess process;
        process.start(cliPath(), {QStringLiteral("templates"), QStringLiteral("-")});
        QVERIFY(process.waitForStarted(10000));
        QFile maps(QStringLiteral("/proc/%1/maps").arg(process.processId()));
        QByteArray mapped;
        // It waits for standard input: its libraries are all loaded by now, or very soon.
        QTRY_VERIFY_WITH_TIMEOUT((maps.open(QIODevice::ReadOnly) && !(mapped = maps.readAll()).isEmpty() &&
                                  mapped.contains("libstdc++")) ||
                                     (maps.close(), false),
                                 10000);
        process.write("one line\n");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(!mapped.contains("libtorch"), "logsleuth-cli templates mapped LibTorch");
        QVERIFY2(!mapped.contains("Qt6Widgets"), "logsleuth-cli templates mapped Qt Widgets");
    }

    // Template ids survive from run to run through --state, and a second file's new templates
    // get new ids.
    void minerStateKeepsIds()
    {
        const QString state = m_dir.filePath(QStringLiteral("miner.state"));
        const QString first =
            writeFile(m_dir, QStringLiteral("first.log"),
                      "2024-01-01 10:00:00 INFO disk sda ok\n2024-01-01 10:00:01 WARN fan 2 slow\n");
        const QString second = writeFile(m_dir, QStringLiteral("second.log"),
                                         "2024-01-02 10:00:00 ERROR new thing happened\n"
                                         "2024-01-02 10:00:01 WARN fan 7 slow\n");
        const auto a =
            parseCsv(runCli({QStringLiteral("templates"), first, QStringLiteral("--state"), state}).out);
        QVERIFY(QFile::exists(state));
        const auto b =
            parseCsv(runCli({QStringLiteral("templates"), second, QStringLiteral("--state"), state}).out);
        QCOMPARE(b.size(), 3);
        QCOMPARE(b[2][1], a[2][1]); // the fan template keeps its id
        QVERIFY(b[1][1] != a[1][1] && b[1][1] != a[2][1]);
        // A state file that is not one is an error, and it is left as it was.
        const QString junk = writeFile(m_dir, QStringLiteral("junk.state"), "hello\n");
        const auto bad = runCli({QStringLiteral("templates"), first, QStringLiteral("--state"), junk});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains("not a LogSleuth miner state"));
    }

    // --follow on a real file that grows, is truncated and is rotated; SIGTERM ends it with 0
    // after every row is out.
    void followGrowingFile()
    {
        const QString path = writeFile(m_dir, QStringLiteral("follow.log"),
                                       "2024-01-01 10:00:00 INFO app: user 1 logged in\n");
        FollowRun run;
        QVERIFY(run.start(path));
        QProcess& process = run.process;
        QByteArray &out = run.out, &err = run.err;
        const auto pump = [&run] { run.pump(); };
        QTRY_VERIFY_WITH_TIMEOUT((pump(), err.contains("following")), 20000);
        auto appendLines = [&](const QByteArray& bytes, QIODevice::OpenMode mode) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | mode));
            QCOMPARE(file.write(bytes), bytes.size());
        };
        appendLines("2024-01-01 10:00:01 INFO app: user 2 logged in\n2024-01-01 10:00:02 WARN app: disk",
                    QIODevice::Append);
        QTRY_VERIFY_WITH_TIMEOUT((pump(), out.contains("\n2,")), 20000);
        QVERIFY(!out.contains("\n3,")); // the unfinished line waits for its newline
        appendLines(" 3 low\n", QIODevice::Append);
        QTRY_VERIFY_WITH_TIMEOUT((pump(), out.contains("\n3,")), 20000);

        appendLines("2024-01-02 09:00:00 INFO app: user 9 logged in\n", QIODevice::Truncate);
        QTRY_VERIFY_WITH_TIMEOUT((pump(), err.contains("truncated")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT((pump(), out.count("\n1,") == 2), 20000);

        QVERIFY(QFile::rename(path, path + QStringLiteral(".1")));
        appendLines("2024-01-03 08:00:00 ERROR app: job 4 failed\n", QIODevice::Truncate); // a new file
        QTRY_VERIFY_WITH_TIMEOUT((pump(), err.contains("rotated")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT((pump(), out.count("\n1,") == 3), 20000);

        process.terminate();
        QVERIFY(process.waitForFinished(20000));
        out += process.readAllStandardOutput();
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const auto rows = parseCsv(out);
        QCOMPARE(rows.size(), 1 + 3 + 1 + 1);
        QCOMPARE(rows[2][1], rows[1][1]); // user 2 joined user 1's template
        QCOMPARE(rows[3][4], QStringLiteral("WARN"));
        QCOMPARE(rows[5][4], QStringLiteral("ERROR"));
    }

    // --follow on a real folder: a file that appears in it is read and followed, with the file
    // column from the first row on; the followed file renamed by a rotation is not read twice.
    void followFolder()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString first =
            writeFile(folder, QStringLiteral("app.log"), "2024-01-01 10:00:00 INFO app: user 1 logged in\n");
        FollowRun run;
        QVERIFY(run.start(folder.path()));
        QProcess& process = run.process;
        QByteArray &out = run.out, &err = run.err;
        const auto pump = [&run] { run.pump(); };
        QTRY_VERIFY_WITH_TIMEOUT(
            (pump(), err.contains("following 1 file(s) and the files that appear in 1 folder(s)")), 20000);
        QVERIFY(out.startsWith("file,line,template_id,"));
        const auto write = [&](const QString& name, const QByteArray& bytes, QIODevice::OpenMode mode) {
            QFile file(folder.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly | mode));
            QCOMPARE(file.write(bytes), bytes.size());
        };
        write(QStringLiteral("db.log"),
              "2024-01-01 10:00:01 WARN db: slow query 12 ms\n2024-01-01 10:00:02 WARN db: slow",
              QIODevice::Truncate);
        QTRY_VERIFY_WITH_TIMEOUT((pump(), out.contains("/db.log\",1,") || out.contains("/db.log,1,")), 20000);
        QVERIFY(err.contains("db.log: appeared: reading and following it"));
        write(QStringLiteral("db.log"), " query 13 ms\n", QIODevice::Append);
        QTRY_VERIFY_WITH_TIMEOUT((pump(), out.contains("/db.log,2,")), 20000);
        write(QStringLiteral("app.log"), "2024-01-01 10:00:03 INFO app: user 2 logged in\n",
              QIODevice::Append);
        QTRY_VERIFY_WITH_TIMEOUT((pump(), out.contains("/app.log,2,")), 20000);
        // A rotation: app.log renamed (its lines were printed), a new app.log in its place.
        QVERIFY(QFile::rename(first, first + QStringLiteral(".1")));
        write(QStringLiteral("app.log"), "2024-01-02 00:00:00 INFO app: user 3 logged in\n",
              QIODevice::Truncate);
        QTRY_VERIFY_WITH_TIMEOUT((pump(), err.contains("rotated")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT((pump(), out.count("/app.log,1,") == 2), 20000);
        QTest::qWait(500); // several more looks
        pump();
        QVERIFY2(!out.contains("app.log.1"), out.constData());
        process.terminate();
        QVERIFY(process.waitForFinished(20000));
        out += process.readAllStandardOutput();
        QCOMPARE(process.exitCode(), 0);
        const auto rows = parseCsv(out);
        QCOMPARE(rows.size(), 1 + 5);
        QCOMPARE(rows[2][2], rows[3][2]); // the db lines share their template: "slow query <NUM> ms"
        QCOMPARE(rows[2][5], QStringLiteral("WARN"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliText)
#include "tst_cli_text.moc"
