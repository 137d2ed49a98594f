// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// logsleuth-cli end to end: the built binary, real files on disk, real model directories
// and a real SQLite fact store. The CSV columns and exit codes checked here are the CLI's
// contract with users' scripts.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <QTest>
#include <cmath>

#ifdef LOGSLEUTH_HAVE_STORE
#include "logsleuth/store/fact_store.h"
#endif

#include "cli_runner.h"

using namespace logsleuth::testing;

class TestCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
        QVERIFY(m_dir.isValid());
        m_model = m_dir.filePath(QStringLiteral("model"));
        const auto trained =
            runCli({QStringLiteral("train"), sample("webshop.log"), QStringLiteral("--model"), m_model,
                    QStringLiteral("--epochs"), QStringLiteral("4")});
        QVERIFY2(trained.exitCode == 0, trained.err.constData());
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrPattern");
        QTest::newRow("no arguments") << QStringList{} << 2 << QStringLiteral("usage");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << 2 << QStringLiteral("unknown command");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("templates"), QStringLiteral("--bogus"), sample("sshd.log")} << 2
            << QStringLiteral("unknown option '--bogus'");
        QTest::newRow("no input") << QStringList{QStringLiteral("templates")} << 2
                                  << QStringLiteral("no input");
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("templates"), QStringLiteral("/nonexistent/x.log")} << 1
            << QStringLiteral("/nonexistent/x.log");
        QTest::newRow("bad threshold") << QStringList{QStringLiteral("score"),       sample("sshd.log"),
                                                      QStringLiteral("--model"),     QStringLiteral("/tmp"),
                                                      QStringLiteral("--threshold"), QStringLiteral("lots")}
                                       << 2 << QStringLiteral("lots");
        QTest::newRow("bad epochs") << QStringList{QStringLiteral("analyze"), sample("sshd.log"),
                                                   QStringLiteral("--epochs"), QStringLiteral("ten")}
                                    << 2 << QStringLiteral("--epochs");
        QTest::newRow("seasonal threshold for messages")
            << QStringList{QStringLiteral("analyze"),     sample("sshd.log"),
                           QStringLiteral("--epochs"),    QStringLiteral("1"),
                           QStringLiteral("--threshold"), QStringLiteral("seasonal")}
            << 1 << QStringLiteral("--kind window");
        QTest::newRow("missing model")
            << QStringList{QStringLiteral("score"), sample("sshd.log"), QStringLiteral("--model"),
                           QStringLiteral("/nonexistent-model")}
            << 1 << QStringLiteral("nonexistent-model");
        QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0 << QString();
        QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0 << QString();
        QTest::newRow("command help")
            << QStringList{QStringLiteral("score"), QStringLiteral("--help")} << 0 << QString();
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrPattern);
        const auto result = runCli(args);
        QCOMPARE(result.exitCode, exitCode);
        if (!stderrPattern.isEmpty()) {
            QVERIFY2(QString::fromUtf8(result.err).contains(stderrPattern), result.err.constData());
            // One line per failure: a message, not a stack of them.
            QVERIFY(result.out.isEmpty());
        }
    }

    void templatesCsv()
    {
        const auto result = runCli({QStringLiteral("templates"), sample("sshd.log")});
        QCOMPARE(result.exitCode, 0);
        const auto rows = parseCsv(result.out);
        // The contract's columns first, then the record's (appended, never reordered).
        QCOMPARE(rows.value(0), (QStringList{QStringLiteral("line"), QStringLiteral("template_id"),
                                             QStringLiteral("template"), QStringLiteral("time"),
                                             QStringLiteral("level"), QStringLiteral("component"),
                                             QStringLiteral("entity"), QStringLiteral("record")}));
        QCOMPARE(rows.size(), 2001); // one row per physical line plus the header
        static const QRegularExpression hex16(QStringLiteral("^[0-9a-f]{16}$"));
        static const QRegularExpression iso(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
        for (int i = 1; i < rows.size(); ++i) {
            QCOMPARE(rows[i].size(), 8);
            QCOMPARE(rows[i][0], QString::number(i));
            QVERIFY2(hex16.match(rows[i][1]).hasMatch(), qPrintable(rows[i][1]));
            QVERIFY2(iso.match(rows[i][3]).hasMatch(), qPrintable(rows[i][3]));
            QCOMPARE(rows[i][7], QString::number(i)); // every line starts its own record
        }
        // Deterministic: the same input gives the same ids.
        QCOMPARE(runCli({QStringLiteral("templates"), sample("sshd.log")}).out, result.out);
    }

    void quotingAndInvalidUtf8()
    {
        const QByteArray log = "2026-01-01 10:00:00 INFO a, \"quoted\" message\n"
                               "2026-01-01 10:00:01 INFO bad byte \xff here\r\n"
                               "last line without newline";
        const QString path = writeFile(m_dir, QStringLiteral("quoting.log"), log);
        const auto result = runCli({QStringLiteral("templates"), path});
        QCOMPARE(result.exitCode, 0);
        const auto rows = parseCsv(result.out);
        QCOMPARE(rows.size(), 4);
        QVERIFY2(rows[1][2].contains(QStringLiteral("a, \"quoted\" message")), qPrintable(rows[1][2]));
        QVERIFY2(rows[2][2].contains(QChar(0xFFFD)), qPrintable(rows[2][2]));
        QCOMPARE(rows[3][0], QStringLiteral("3"));
    }

    // Bad input is read as bytes: a message or a row per line, never a crash.
    void oddInputs_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("rows");
        QByteArray junk;
        for (int i = 0; i < 4096; ++i)
            junk += char((i * 7919) % 256);
        QTest::newRow("empty file") << QByteArray() << 1;
        QTest::newRow("only a newline") << QByteArray("\n") << 2;
        QTest::newRow("binary junk") << junk << int(junk.count('\n')) + 1 + (junk.endsWith('\n') ? 0 : 1);
        QTest::newRow("NUL bytes") << QByteArray("a\0b\nc\0\0d\n", 9) << 3;
        QTest::newRow("5 MB line") << QByteArray(5 << 20, 'x') << 2;
    }

    void oddInputs()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, rows);
        const QString path = writeFile(m_dir, QStringLiteral("odd.log"), bytes);
        const auto result = runCli({QStringLiteral("templates"), path});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(int(parseCsv(result.out).size()), rows);
    }

    // The metrics of a score CSV against labels, as worked out by hand in tst_metrics.
    void evalCsv()
    {
        const QString scores = writeFile(m_dir, QStringLiteral("scores.csv"),
                                         "line,score,threshold,anomaly,template_id,verdict\n"
                                         "1,0.9,0.75,1,0000000000000001,anomaly\n"
                                         "2,0.8,0.75,1,0000000000000002,anomaly\n"
                                         "3,0.7,0.75,0,0000000000000003,normal\n"
                                         "4,0.6,0.75,0,0000000000000004,normal\n"
                                         "5,0.5,0.75,0,0000000000000005,normal\n");
        const QString labels = writeFile(m_dir, QStringLiteral("labels.txt"), "1\n3\n");
        const auto result = runCli(
            {QStringLiteral("eval"), QStringLiteral("--scores"), scores, QStringLiteral("--labels"), labels});
        QCOMPARE(result.exitCode, 0);
        const auto rows = parseCsv(result.out);
        QCOMPARE(rows.value(0), (QStringList{QStringLiteral("precision"), QStringLiteral("recall"),
                                             QStringLiteral("f1"), QStringLiteral("best_f1"),
                                             QStringLiteral("roc_auc"), QStringLiteral("pr_auc")}));
        QCOMPARE(rows[1][0].toDouble(), 0.5);
        QCOMPARE(rows[1][2].toDouble(), 0.5);
        QCOMPARE(rows[1][3].toDouble(), 0.8);
        QVERIFY(qAbs(rows[1][4].toDouble() - 5.0 / 6.0) < 1e-9);
        QVERIFY(qAbs(rows[1][5].toDouble() - (0.5 + 1.0 / 3.0)) < 1e-9);
        QCOMPARE(runCli({QStringLiteral("eval"), QStringLiteral("--scores"), scores}).exitCode, 2);
        const QString bad = writeFile(m_dir, QStringLiteral("bad-labels.txt"), "1 x\n");
        QCOMPARE(runCli({QStringLiteral("eval"), QStringLiteral("--scores"), scores,
                         QStringLiteral("--labels"), bad})
                     .exitCode,
                 1);
    }

    void multipleSourcesAndStdin()
    {
        const QString a = writeFile(m_dir, QStringLiteral("a.log"), "one\ntwo\n");
        const auto result = runCli({QStringLiteral("templates"), a, QStringLiteral("-")}, "three\n");
        QCOMPARE(result.exitCode, 0);
        const auto rows = parseCsv(result.out);
        QCOMPARE(rows.value(0).value(0), QStringLiteral("file"));
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[2].mid(0, 2), (QStringList{a, QStringLiteral("2")}));
        QCOMPARE(rows[3].mid(0, 2),
                 (QStringList{QStringLiteral("-"), QStringLiteral("1")})); // restarts per source
    }

    // Compressed files and archive members are sources of their own, named "a.tar.gz!x.log";
    // a truncated compressed file yields the rows that decoded and exit code 3.
    void compressedAndArchivedInputs()
    {
        QDir dir(m_dir.filePath(QStringLiteral("archive")));
        QVERIFY(dir.mkpath(QStringLiteral("logs")));
        QByteArray first, second;
        for (int i = 0; i < 300; ++i) {
            first += "2026-01-01 10:00:00 INFO alpha task " + QByteArray::number(i) + " done\n";
            second += "2026-01-01 11:00:00 WARN beta retry " + QByteArray::number(i) + "\n";
        }
        writeFile(m_dir, QStringLiteral("archive/logs/one.log"), first);
        writeFile(m_dir, QStringLiteral("archive/logs/two.log"), second);
        QProcess tar;
        tar.setWorkingDirectory(dir.path());
        tar.start(QStringLiteral("tar"),
                  {QStringLiteral("czf"), QStringLiteral("both.tar.gz"), QStringLiteral("logs")});
        QVERIFY(tar.waitForFinished(30000) && tar.exitCode() == 0);
        QProcess gzip;
        gzip.setWorkingDirectory(dir.path());
        gzip.start(QStringLiteral("gzip"), {QStringLiteral("-k"), QStringLiteral("logs/one.log")});
        QVERIFY(gzip.waitForFinished(30000) && gzip.exitCode() == 0);

        const QString archive = dir.filePath(QStringLiteral("both.tar.gz"));
        const auto result = runCli({QStringLiteral("templates"), archive});
        QCOMPARE(result.exitCode, 0);
        const auto rows = parseCsv(result.out);
        QCOMPARE(rows.size(), 601);
        QCOMPARE(rows[0][0], QStringLiteral("file"));
        QSet<QString> names;
        for (int i = 1; i < rows.size(); ++i)
            names.insert(rows[i][0]);
        QCOMPARE(names, (QSet<QString>{archive + QStringLiteral("!logs/one.log"),
                                       archive + QStringLiteral("!logs/two.log")}));

        const QString gz = dir.filePath(QStringLiteral("logs/one.log.gz"));
        const auto plain = runCli({QStringLiteral("templates"), gz});
        QCOMPARE(plain.exitCode, 0);
        QCOMPARE(parseCsv(plain.out).size(), 301);

        QFile packed(gz);
        QVERIFY(packed.open(QIODevice::ReadOnly));
        const QByteArray bytes = packed.readAll();
        const QString truncated =
            writeFile(m_dir, QStringLiteral("truncated.log.gz"), bytes.left(bytes.size() / 2));
        const auto partial = runCli({QStringLiteral("templates"), truncated});
        QCOMPARE(partial.exitCode, 3);
        QVERIFY2(partial.err.contains("truncated"), partial.err.constData());
        const auto partialRows = parseCsv(partial.out).size();
        QVERIFY(partialRows > 1 && partialRows < 301);
    }

    void partialInputExitCode()
    {
        const auto result =
            runCli({QStringLiteral("templates"), sample("sshd.log"), QStringLiteral("/nonexistent/y.log")});
        QCOMPARE(result.exitCode, 3);
        QVERIFY(result.err.contains("/nonexistent/y.log"));
        QCOMPARE(parseCsv(result.out).size(), 2001); // rows for what was read
    }

    void scoreCsvUnderGermanLocale()
    {
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
        const auto result = runCli(
            {QStringLiteral("score"), sample("webshop.log"), QStringLiteral("--model"), m_model}, {}, env);
        QCOMPARE(result.exitCode, 0);
        const auto rows = parseCsv(result.out);
        QCOMPARE(
            rows.value(0),
            (QStringList{QStringLiteral("line"), QStringLiteral("score"), QStringLiteral("threshold"),
                         QStringLiteral("anomaly"), QStringLiteral("template_id"), QStringLiteral("verdict"),
                         QStringLiteral("unit"), QStringLiteral("confidence"), QStringLiteral("mark_id"),
                         QStringLiteral("over_threshold"), QStringLiteral("decided_by")}));
        QCOMPARE(rows.size(), 3001);
        static const QRegularExpression number(QStringLiteral("^[0-9]+(\\.[0-9]+)?(e[-+]?[0-9]+)?$"));
        int anomalies = 0;
        for (int i = 1; i < rows.size(); ++i) {
            QVERIFY2(number.match(rows[i][1]).hasMatch(), qPrintable(rows[i][1]));
            QVERIFY2(number.match(rows[i][2]).hasMatch(), qPrintable(rows[i][2]));
            const bool above = rows[i][1].toDouble() > rows[i][2].toDouble();
            QCOMPARE(rows[i][3], above ? QStringLiteral("1") : QStringLiteral("0"));
            QCOMPARE(rows[i][5], above ? QStringLiteral("anomaly") : QStringLiteral("normal"));
            anomalies += above;
        }
        qInfo("anomalous lines in webshop.log: %d of 3000", anomalies);
        QVERIFY(anomalies > 0);
        QVERIFY(anomalies < 300);
    }

    void failOnAnomaly()
    {
        const auto result = runCli({QStringLiteral("score"), sample("webshop.log"), QStringLiteral("--model"),
                                    m_model, QStringLiteral("--fail-on-anomaly")});
        QCOMPARE(result.exitCode, 4);
        const auto lenient = runCli({QStringLiteral("score"), sample("webshop.log"),
                                     QStringLiteral("--model"), m_model, QStringLiteral("--threshold"),
                                     QStringLiteral("1e9"), QStringLiteral("--fail-on-anomaly")});
        QCOMPARE(lenient.exitCode, 0);
    }

    void trainRefusesExistingModel()
    {
        const auto again =
            runCli({QStringLiteral("train"), sample("sshd.log"), QStringLiteral("--model"), m_model});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("--force"));
        const QString other = m_dir.filePath(QStringLiteral("model2"));
        QCOMPARE(runCli({QStringLiteral("train"), sample("sshd.log"), QStringLiteral("--model"), other,
                         QStringLiteral("--epochs"), QStringLiteral("2")})
                     .exitCode,
                 0);
        QCOMPARE(runCli({QStringLiteral("train"), sample("sshd.log"), QStringLiteral("--model"), other,
                         QStringLiteral("--epochs"), QStringLiteral("2"), QStringLiteral("--force")})
                     .exitCode,
                 0);
        QVERIFY(!QDir(m_dir.path())
                     .entryList({QStringLiteral("*.tmp*")}, QDir::AllEntries | QDir::Hidden)
                     .size());
    }

    // train --update continues the model in --model and replaces it, saying how it started;
    // --init-from starts another from it; --freeze alone is refused. A som model continues too,
    // as som without --kind (the saved model's family); a window model cannot.
    void trainUpdateAndInitFrom()
    {
        const QString dir = m_dir.filePath(QStringLiteral("updated"));
        const QStringList quick{QStringLiteral("--epochs"), QStringLiteral("2")};
        QCOMPARE(
            runCli(QStringList{QStringLiteral("train"), sample("sshd.log"), QStringLiteral("--model"), dir} +
                   quick)
                .exitCode,
            0);
        const auto updated =
            runCli(QStringList{QStringLiteral("train"), sample("sshd.log"), sample("sshd.log"),
                               QStringLiteral("--model"), dir, QStringLiteral("--update")} +
                   quick);
        QVERIFY2(updated.exitCode == 0, updated.err.constData());
        QVERIFY2(updated.err.contains("continued"), updated.err.constData());
        QFile meta(dir + QStringLiteral("/meta.txt"));
        QVERIFY(meta.open(QIODevice::ReadOnly));
        QVERIFY(meta.readAll().contains("\nstart=continued"));
        const QString second = m_dir.filePath(QStringLiteral("from-updated"));
        const auto tuned =
            runCli(QStringList{QStringLiteral("train"), sample("sshd.log"), QStringLiteral("--model"), second,
                               QStringLiteral("--init-from"), dir, QStringLiteral("--freeze"),
                               QStringLiteral("encoder")} +
                   quick);
        QVERIFY2(tuned.exitCode == 0, tuned.err.constData());
        QVERIFY(tuned.err.contains("encoder frozen"));
        const auto alone = runCli({QStringLiteral("train"), sample("sshd.log"), QStringLiteral("--model"),
                                   m_dir.filePath(QStringLiteral("x")), QStringLiteral("--freeze"),
                                   QStringLiteral("encoder")});
        QCOMPARE(alone.exitCode, 2);
        // A model of another kind, trained and then continued (--update takes its kind).
        const auto trainThenUpdate = [&](const QString& kind) {
            const QString model = m_dir.filePath(kind);
            const QStringList train{QStringLiteral("train"), sample("sshd.log"), QStringLiteral("--model"),
                                    model};
            if (runCli(train + QStringList{QStringLiteral("--kind"), kind} + quick).exitCode != 0)
                return CliResult{};
            return runCli(train + QStringList{QStringLiteral("--update")} + quick);
        };
        const auto continued = trainThenUpdate(QStringLiteral("som"));
        QVERIFY2(continued.exitCode == 0, continued.err.constData());
        QVERIFY2(continued.err.contains("saved som model"), continued.err.constData());
        QFile somMeta(m_dir.filePath(QStringLiteral("som/meta.txt")));
        QVERIFY(somMeta.open(QIODevice::ReadOnly));
        QVERIFY(somMeta.readAll().contains("\nstart=continued"));
        const auto refused = trainThenUpdate(QStringLiteral("window"));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("cannot start from a saved model"), refused.err.constData());
    }

    void analyzeFindsPlantedAnomalies()
    {
        const QString out = m_dir.filePath(QStringLiteral("scores.csv"));
        const QString charts = m_dir.filePath(QStringLiteral("charts"));
        const auto result =
            runCli({QStringLiteral("analyze"), sample("webshop.log"), QStringLiteral("--top"),
                    QStringLiteral("10"), QStringLiteral("--out"), out, QStringLiteral("--charts"), charts});
        QCOMPARE(result.exitCode, 0);
        const auto top = parseCsv(result.out);
        QCOMPARE(top.value(0),
                 (QStringList{QStringLiteral("rank"), QStringLiteral("line"), QStringLiteral("score"),
                              QStringLiteral("verdict"), QStringLiteral("count"),
                              QStringLiteral("template_id"), QStringLiteral("text"), QStringLiteral("why"),
                              QStringLiteral("unit"), QStringLiteral("confidence")}));
        QCOMPARE(top.size(), 11);
        // Every ranked line says why: the tokens that carry its score, after what the headers, the
        // routine or the level said (!, ~, ^).
        static const QRegularExpression why(QStringLiteral("^[-+?!~^]\\S+( [-+?!~^]\\S+)*$"));
        for (int i = 1; i < top.size(); ++i)
            QVERIFY2(why.match(top[i][7]).hasMatch(), qPrintable(top[i][7]));
        // resources/samples/ANOMALIES.txt lists the planted lines of webshop.log.
        const QList<int> planted = {354, 1457, 1611, 2041, 2042, 2101};
        int found = 0;
        for (int i = 1; i < top.size(); ++i)
            found += planted.contains(top[i][1].toInt());
        qInfo("planted anomalies in the top 10: %d of %lld", found, static_cast<long long>(planted.size()));
        QVERIFY(found >= 4);
        QFile scores(out);
        QVERIFY(scores.open(QIODevice::ReadOnly));
        const auto rows = parseCsv(scores.readAll());
        QCOMPARE(rows.size(), 3001);

        // --charts: the data behind the density and the timeline, and the images.
        QFile kdeFile(charts + QStringLiteral("/kde.csv"));
        QVERIFY(kdeFile.open(QIODevice::ReadOnly));
        const auto kde = parseCsv(kdeFile.readAll());
        QCOMPARE(kde.value(0), (QStringList{QStringLiteral("x"), QStringLiteral("density")}));
        QVERIFY(kde.size() > 100);
        double integral = 0;
        for (int i = 2; i < kde.size(); ++i)
            integral += (kde[i][0].toDouble() - kde[i - 1][0].toDouble()) *
                        (kde[i][1].toDouble() + kde[i - 1][1].toDouble()) / 2;
        qInfo("kde.csv integrates to %.4f", integral);
        QVERIFY(std::abs(integral - 1.0) < 0.02);
        QFile timelineFile(charts + QStringLiteral("/timeline.csv"));
        QVERIFY(timelineFile.open(QIODevice::ReadOnly));
        const auto timeline = parseCsv(timelineFile.readAll());
        QCOMPARE(timeline.value(0), (QStringList{QStringLiteral("bucket_start_ms"), QStringLiteral("lines"),
                                                 QStringLiteral("anomalies")}));
        qulonglong lines = 0, anomalies = 0;
        for (int i = 1; i < timeline.size(); ++i) {
            if (i > 1) QVERIFY(timeline[i][0].toLongLong() > timeline[i - 1][0].toLongLong());
            lines += timeline[i][1].toULongLong();
            anomalies += timeline[i][2].toULongLong();
        }
        QCOMPARE(lines, qulonglong(3000)); // every line of the input
        const int verdict = int(rows[0].indexOf(QStringLiteral("verdict")));
        QVERIFY(verdict >= 0);
        qulonglong flagged = 0;
        for (int i = 1; i < rows.size(); ++i)
            flagged += rows[i][verdict] == QStringLiteral("anomaly") ||
                       rows[i][verdict] == QStringLiteral("confirmed");
        QCOMPARE(anomalies, flagged);
        for (const char* name : {"histogram", "loss", "kde", "timeline"}) {
            const QString base = charts + QLatin1Char('/') + QLatin1String(name);
            QFile png(base + QStringLiteral(".png"));
            QVERIFY2(png.open(QIODevice::ReadOnly), name);
            QVERIFY2(png.read(4) == "\x89PNG" && png.size() > 5000, name);
#ifdef LOGSLEUTH_HAVE_SVG
            QFile svg(base + QStringLiteral(".svg"));
            QVERIFY2(svg.open(QIODevice::ReadOnly), name);
            QVERIFY(svg.readAll().contains("<svg"));
#endif
        }
    }

    // SIGTERM (and Ctrl+C's SIGINT) during training stops the work and exits with 130.
    void interruptExitCode()
    {
        QByteArray log;
        for (int i = 0; i < 20000; ++i)
            log += "2026-01-01 10:00:00 INFO worker " + QByteArray::number(i % 7) + " did task " +
                   QByteArray::number(i) + "\n";
        const QString path = writeFile(m_dir, QStringLiteral("long.log"), log);
        QProcess process;
        process.start(cliPath(), {QStringLiteral("analyze"), path, QStringLiteral("--epochs"),
                                  QStringLiteral("100000")});
        QVERIFY(process.waitForStarted(10000));
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains("epoch 1/"), 60000);
        process.terminate();
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        QVERIFY(process.readAllStandardError().contains("interrupted"));
    }

#ifdef LOGSLEUTH_HAVE_STORE
    // drift: windows of a log whose third hour brings messages training never saw drift, the
    // first two hours do not, and --fail-on-drift says so in the exit code.
    void driftFindsTheChangedHour()
    {
        QByteArray normal, changed;
        const char* routine[] = {"request served in 3 ms", "cache refreshed", "heartbeat ok",
                                 "session closed by client"};
        for (int s = 0; s < 3 * 3600; s += 4) {
            const QByteArray stamp = QStringLiteral("2026-03-01 %1:%2:%3 INFO app: ")
                                         .arg(10 + s / 3600)
                                         .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
                                         .arg(s % 60, 2, 10, QLatin1Char('0'))
                                         .toUtf8();
            QByteArray line = stamp + routine[(s / 4) % 4] + "\n";
            if (s >= 2 * 3600 && (s / 4) % 3 == 0)
                line = stamp + "disk array degraded: member " + QByteArray::number(s % 7) +
                       " lost, rebuild failing\n";
            if (s < 2 * 3600) normal += line;
            changed += line;
        }
        const QString trainOn = writeFile(m_dir, QStringLiteral("drift-normal.log"), normal);
        const QString scoreOn = writeFile(m_dir, QStringLiteral("drift-changed.log"), changed);
        const QString model = m_dir.filePath(QStringLiteral("drift-model"));
        const auto trained = runCli({QStringLiteral("train"), trainOn, QStringLiteral("--model"), model,
                                     QStringLiteral("--epochs"), QStringLiteral("4"),
                                     QStringLiteral("--device"), QStringLiteral("cpu")});
        QVERIFY2(trained.exitCode == 0, trained.err.constData());
        const QStringList drift{QStringLiteral("drift"),    scoreOn,
                                QStringLiteral("--model"),  model,
                                QStringLiteral("--window"), QStringLiteral("30m")};
        const auto result = runCli(drift);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const auto rows = parseCsv(result.out);
        QCOMPARE(rows.value(0),
                 (QStringList{QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("lines"),
                              QStringLiteral("mean_score"), QStringLiteral("z"), QStringLiteral("size"),
                              QStringLiteral("drift")}));
        QVERIFY(rows.size() > 8);
        for (qsizetype r = 1; r < rows.size(); ++r) {
            // Windows wholly in the first two hours are as trained; those wholly in the third drift.
            const QString& start = rows[r][0];
            const QString& end = rows[r][1];
            if (end <= QStringLiteral("2026-03-01T12:00:00.000Z")) QCOMPARE(rows[r][6], QStringLiteral("0"));
            if (start >= QStringLiteral("2026-03-01T12:00:00.000Z"))
                QCOMPARE(rows[r][6], QStringLiteral("1"));
        }
        QCOMPARE(runCli(drift + QStringList{QStringLiteral("--fail-on-drift")}).exitCode, 4);
        const auto bad = runCli(drift + QStringList{QStringLiteral("--step"), QStringLiteral("soon")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("duration"));
    }

    void storeSuppressesMarkedLine()
    {
        // Find the top-scored line, mark its masked message as a false positive, score again.
        const auto before = parseCsv(
            runCli({QStringLiteral("score"), sample("webshop.log"), QStringLiteral("--model"), m_model}).out);
        int topRow = 1;
        for (int i = 1; i < before.size(); ++i)
            if (before[i][1].toDouble() > before[topRow][1].toDouble()) topRow = i;
        QCOMPARE(before[topRow][5], QStringLiteral("anomaly"));
        const auto masks = parseCsv(runCli({QStringLiteral("templates"), sample("webshop.log")}).out);

        const QString db = m_dir.filePath(QStringLiteral("facts.sqlite"));
        {
            auto store = logsleuth::store::FactStore::open(db.toStdString());
            logsleuth::store::Mark mark;
            mark.kind = logsleuth::store::MarkKind::FalsePositive;
            QFile log(sample("webshop.log"));
            QVERIFY(log.open(QIODevice::ReadOnly));
            const auto lines = log.readAll().split('\n');
            mark.rawLine = lines[topRow - 1].toStdString();
            mark.maskedMessage = maskedOf(sample("webshop.log"), topRow - 1);
            mark.templateId = masks[topRow][1].toStdString();
            mark.templateText = masks[topRow][2].toStdString();
            mark.lineNumber = static_cast<std::uint64_t>(topRow);
            store.addMark(mark);
        }
        const auto after = runCli({QStringLiteral("score"), sample("webshop.log"), QStringLiteral("--model"),
                                   m_model, QStringLiteral("--store"), db});
        QCOMPARE(after.exitCode, 0);
        const auto rows = parseCsv(after.out);
        QCOMPARE(rows[topRow][5], QStringLiteral("suppressed"));
        QCOMPARE(rows[topRow][3], QStringLiteral("0"));
        QCOMPARE(rows[topRow][1], before[topRow][1]); // the score itself is kept
    }
#endif

private:
    // The CLI has no "mask" command; the masked message is what the library makes of the message.
    static std::string maskedOf(const QString& path, int line);

    QTemporaryDir m_dir;
    QString m_model;
};

#include "logsleuth/text/corpus.h"

std::string TestCli::maskedOf(const QString& path, int line)
{
    logsleuth::text::Corpus corpus;
    corpus.addSource(logsleuth::text::LogText::openFile(path.toStdString()));
    if (!corpus.mine()) return {};
    return corpus.maskedMessage(corpus.messageKeys().at(static_cast<std::size_t>(line)));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
