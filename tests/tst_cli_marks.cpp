// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The marks from the command line, end to end on a real store file: mark (each call a new
// UUID), list, export → import (twice adds nothing, hostile text survives), undo and restore,
// and `score --store` applying marks of every scope.
#include "cli_runner.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace logsleuth::testing;

class TestCliMarks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void markListUndoRestore();
    void exportImportRoundTrip();
    void messageMarkReachesItsLevelOnly();
    void scopesApplyWhenScoring_data();
    void scopesApplyWhenScoring();
    void nextProposesUnmarkedTemplates();
    void scoringRecordsItsRun();
    void supervisedTrainsOnTheStoresMarks();
    void badArguments_data();
    void badArguments();

private:
    QString store(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QStringList verdictsOf(const QByteArray& csv) const;
    QTemporaryDir m_dir;
    QString m_model;
};

void TestCliMarks::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_model = m_dir.filePath(QStringLiteral("model"));
    const auto trained = runCli({QStringLiteral("train"), sample("sshd.log"), QStringLiteral("--model"),
                                 m_model, QStringLiteral("--epochs"), QStringLiteral("4"),
                                 QStringLiteral("--device"), QStringLiteral("cpu")});
    QVERIFY2(trained.exitCode == 0, trained.err.constData());
}

void TestCliMarks::markListUndoRestore()
{
    const QString db = store("a.sqlite");
    QStringList uuids;
    for (const char* line : {"5", "7", "9"}) {
        const auto marked = runCli({QStringLiteral("mark"), QStringLiteral("--store"), db,
                                    QStringLiteral("--file"), sample("sshd.log"), QStringLiteral("--line"),
                                    QString::fromLatin1(line), QStringLiteral("--as"), QStringLiteral("fp"),
                                    QStringLiteral("--comment"), QStringLiteral("seen, \"fine\"")});
        QVERIFY2(marked.exitCode == 0, marked.err.constData());
        uuids << QString::fromUtf8(marked.out).trimmed();
    }
    QCOMPARE(uuids.size(), 3);
    QVERIFY(uuids[0] != uuids[1] && uuids[1] != uuids[2]);
    auto listed = parseCsv(
        runCli({QStringLiteral("marks"), QStringLiteral("list"), QStringLiteral("--store"), db}).out);
    QCOMPARE(listed.value(0),
             QStringList({QStringLiteral("uuid"), QStringLiteral("kind"), QStringLiteral("scope"),
                          QStringLiteral("template_id"), QStringLiteral("pattern"), QStringLiteral("source"),
                          QStringLiteral("line"), QStringLiteral("created"), QStringLiteral("analyst"),
                          QStringLiteral("comment"), QStringLiteral("severity")}));
    QCOMPARE(listed.size(), 4);
    QCOMPARE(listed[1][0], uuids[0]);
    QCOMPARE(listed[1][1], QStringLiteral("fp"));
    QCOMPARE(listed[1][6], QStringLiteral("5"));
    QCOMPARE(listed[1][9], QStringLiteral("seen, \"fine\""));

    // undo takes back the latest; undo UUID a named one; restore brings it back.
    auto undone = runCli({QStringLiteral("marks"), QStringLiteral("undo"), QStringLiteral("--store"), db});
    QCOMPARE(undone.exitCode, 0);
    QCOMPARE(QString::fromUtf8(undone.out).trimmed(), uuids[2]);
    undone =
        runCli({QStringLiteral("marks"), QStringLiteral("undo"), uuids[0], QStringLiteral("--store"), db});
    QCOMPARE(QString::fromUtf8(undone.out).trimmed(), uuids[0]);
    listed = parseCsv(
        runCli({QStringLiteral("marks"), QStringLiteral("list"), QStringLiteral("--store"), db}).out);
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed[1][0], uuids[1]);
    QCOMPARE(
        runCli({QStringLiteral("marks"), QStringLiteral("restore"), uuids[2], QStringLiteral("--store"), db})
            .exitCode,
        0);
    QCOMPARE(
        runCli({QStringLiteral("marks"), QStringLiteral("restore"), uuids[2], QStringLiteral("--store"), db})
            .exitCode,
        1);
    listed = parseCsv(
        runCli({QStringLiteral("marks"), QStringLiteral("list"), QStringLiteral("--store"), db}).out);
    QCOMPARE(listed.size(), 3);
}

void TestCliMarks::exportImportRoundTrip()
{
    const QString from = store("from.sqlite");
    // A log line with quotes, a tab and bytes that are not UTF-8: the mark's raw line keeps them.
    const QString log = m_dir.filePath(QStringLiteral("odd.log"));
    {
        QFile file(log);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("first line\nsecond \"quoted\"\tline \xff\xfe end\nthird\n");
    }
    QCOMPARE(
        runCli({QStringLiteral("mark"), QStringLiteral("--store"), from, QStringLiteral("--file"), log,
                QStringLiteral("--line"), QStringLiteral("2"), QStringLiteral("--as"), QStringLiteral("tp")})
            .exitCode,
        0);
    runCli({QStringLiteral("mark"), QStringLiteral("--store"), from, QStringLiteral("--file"), log,
            QStringLiteral("--line"), QStringLiteral("3"), QStringLiteral("--as"), QStringLiteral("fp")});
    runCli({QStringLiteral("marks"), QStringLiteral("undo"), QStringLiteral("--store"), from});
    const auto exported =
        runCli({QStringLiteral("marks"), QStringLiteral("export"), QStringLiteral("--store"), from});
    QCOMPARE(exported.exitCode, 0);
    const QList<QByteArray> lines = exported.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2); // the undone mark is exported too, with its deleted time
    const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
    QVERIFY(first.contains(QStringLiteral("raw_line_b64"))); // not UTF-8: base64
    QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("tp"));
    QVERIFY(first.value(QStringLiteral("deleted")).isNull());
    // The marked line's severity: none here, as the log has no level ("" is not "every level").
    QVERIFY(first.value(QStringLiteral("severity")).isString());
    QCOMPARE(first.value(QStringLiteral("severity")).toString(), QString());
    QVERIFY(QJsonDocument::fromJson(lines[1]).object().value(QStringLiteral("deleted")).isString());

    const QString to = store("to.sqlite");
    auto imported = runCli({QStringLiteral("marks"), QStringLiteral("import"), QStringLiteral("--store"), to},
                           exported.out);
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QVERIFY(imported.err.contains("imported 2 of 2"));
    imported = runCli({QStringLiteral("marks"), QStringLiteral("import"), QStringLiteral("--store"), to},
                      exported.out);
    QVERIFY(imported.err.contains("imported 0 of 2"));
    // Exported again from the copy, byte for byte the same.
    QCOMPARE(runCli({QStringLiteral("marks"), QStringLiteral("export"), QStringLiteral("--store"), to}).out,
             exported.out);
    // A broken line is refused with its line number, and nothing of that file is imported.
    const auto broken = runCli({QStringLiteral("marks"), QStringLiteral("import"), QStringLiteral("--store"),
                                store("broken.sqlite")},
                               lines[0] + "\n{\"uuid\": \n");
    QCOMPARE(broken.exitCode, 1);
    QVERIFY2(broken.err.contains("line 2"), broken.err.constData());
}

// A request that failed masks to the text of one that succeeded: confirming the ERROR line's
// message confirms the ERROR lines of that message, not its INFO lines.
void TestCliMarks::messageMarkReachesItsLevelOnly()
{
    const QString log = m_dir.filePath(QStringLiteral("levels.log"));
    {
        QFile file(log);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 60; ++i)
            file.write(QStringLiteral("2024-01-01 10:%1:00 INFO GET /api/items/%2 took %3 ms\n")
                           .arg(i, 2, 10, QLatin1Char('0'))
                           .arg(i)
                           .arg(10 + i)
                           .toUtf8());
        file.write("2024-01-01 11:00:00 ERROR GET /api/items/7 took 3000 ms\n");
        file.write("2024-01-01 11:00:01 ERROR GET /api/items/8 took 3100 ms\n");
    }
    const QString db = store("levels.sqlite");
    const auto marked = runCli({QStringLiteral("mark"), QStringLiteral("--store"), db,
                                QStringLiteral("--file"), log, QStringLiteral("--line"), QStringLiteral("61"),
                                QStringLiteral("--as"), QStringLiteral("tp")});
    QVERIFY2(marked.exitCode == 0, marked.err.constData());
    const auto exported =
        runCli({QStringLiteral("marks"), QStringLiteral("export"), QStringLiteral("--store"), db});
    QCOMPARE(
        QJsonDocument::fromJson(exported.out.trimmed()).object().value(QStringLiteral("severity")).toString(),
        QStringLiteral("ERROR"));
    const auto scored = runCli(
        {QStringLiteral("score"), log, QStringLiteral("--model"), m_model, QStringLiteral("--store"), db});
    QVERIFY2(scored.exitCode == 0, scored.err.constData());
    const QStringList verdicts = verdictsOf(scored.out);
    QCOMPARE(verdicts.size(), 62);
    QCOMPARE(verdicts.value(60), QStringLiteral("confirmed"));
    QCOMPARE(verdicts.value(61), QStringLiteral("confirmed"));
    QCOMPARE(verdicts.count(QStringLiteral("confirmed")), 2);
}

QStringList TestCliMarks::verdictsOf(const QByteArray& csv) const
{
    const auto rows = parseCsv(csv);
    const int column = int(rows.value(0).indexOf(QStringLiteral("verdict")));
    QStringList verdicts;
    for (qsizetype r = 1; r < rows.size(); ++r)
        verdicts << rows[r].value(column);
    return verdicts;
}

void TestCliMarks::scopesApplyWhenScoring_data()
{
    QTest::addColumn<QStringList>("markArgs");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("verdict");
    // Line 1540 is the top anomaly of the sample (sudo: command not allowed).
    QTest::newRow("line fp") << QStringList{QStringLiteral("--scope"), QStringLiteral("line")} << 1540
                             << QStringLiteral("suppressed");
    QTest::newRow("message fp") << QStringList{} << 1540 << QStringLiteral("suppressed");
    QTest::newRow("template fp") << QStringList{QStringLiteral("--scope"), QStringLiteral("template")} << 1540
                                 << QStringLiteral("suppressed");
    QTest::newRow("regex fp") << QStringList{QStringLiteral("--scope"), QStringLiteral("regex"),
                                             QStringLiteral("--pattern"),
                                             QStringLiteral("command not allowed")}
                              << 1540 << QStringLiteral("suppressed");
}

void TestCliMarks::scopesApplyWhenScoring()
{
    QFETCH(QStringList, markArgs);
    QFETCH(int, line);
    QFETCH(QString, verdict);
    const QString db = store(QTest::currentDataTag());
    const auto before = runCli({QStringLiteral("score"), sample("sshd.log"), QStringLiteral("--model"),
                                m_model, QStringLiteral("--threshold"), QStringLiteral("3.1sigma")});
    QCOMPARE(verdictsOf(before.out).value(line - 1), QStringLiteral("anomaly"));
    QStringList args{QStringLiteral("mark"),   QStringLiteral("--store"), db,
                     QStringLiteral("--file"), sample("sshd.log"),        QStringLiteral("--line"),
                     QString::number(line),    QStringLiteral("--as"),    QStringLiteral("fp")};
    const auto marked = runCli(args + markArgs);
    QVERIFY2(marked.exitCode == 0, marked.err.constData());
    const auto after =
        runCli({QStringLiteral("score"), sample("sshd.log"), QStringLiteral("--model"), m_model,
                QStringLiteral("--threshold"), QStringLiteral("3.1sigma"), QStringLiteral("--store"), db});
    QCOMPARE(after.exitCode, 0);
    const QStringList verdicts = verdictsOf(after.out);
    QCOMPARE(verdicts.value(line - 1), verdict);
    // Each mark reaches what its scope says, no further: the other anomalies stay.
    QVERIFY(verdicts.count(QStringLiteral("anomaly")) >= 1);
}

// score --store records its provenance; `runs` lists it. Without --store nothing is recorded.
void TestCliMarks::scoringRecordsItsRun()
{
    const QString db = store("runs.sqlite");
    QVERIFY(runCli({QStringLiteral("mark"), QStringLiteral("--store"), db, QStringLiteral("--file"),
                    sample("sshd.log"), QStringLiteral("--line"), QStringLiteral("5"), QStringLiteral("--as"),
                    QStringLiteral("fp")})
                .exitCode == 0);
    const auto scored =
        runCli({QStringLiteral("score"), sample("sshd.log"), QStringLiteral("--model"), m_model,
                QStringLiteral("--threshold"), QStringLiteral("3.1sigma"), QStringLiteral("--store"), db});
    QCOMPARE(scored.exitCode, 0);
    const int anomalies = int(verdictsOf(scored.out).count(QStringLiteral("anomaly")));
    const auto listed = runCli({QStringLiteral("runs"), QStringLiteral("--store"), db});
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    const auto rows = parseCsv(listed.out);
    QCOMPARE(rows.size(), 2);
    const QStringList header = rows[0];
    QCOMPARE(header.first(), QStringLiteral("uuid"));
    const auto field = [&](const char* name) {
        return rows[1].value(int(header.indexOf(QString::fromLatin1(name))));
    };
    QCOMPARE(field("command"), QStringLiteral("score"));
    QCOMPARE(field("model_kind"), QStringLiteral("som")); // the default family
    QVERIFY(field("model_id").endsWith(m_model));
    QVERIFY(field("options").contains(QStringLiteral("epochs=4")));
    QCOMPARE(field("threshold_spec"), QStringLiteral("3.1sigma"));
    QVERIFY(field("threshold").toDouble() > 0);
    QCOMPARE(field("lines"), QString::number(verdictsOf(scored.out).size()));
    QCOMPARE(field("anomalies").toInt(), anomalies);
    QCOMPARE(field("marks"), QStringLiteral("1"));
    QVERIFY(field("sources").endsWith(QStringLiteral("sshd.log")));
    QVERIFY(field("started") <= field("finished"));
    // Scoring without --store records nothing anywhere.
    runCli({QStringLiteral("score"), sample("sshd.log"), QStringLiteral("--model"), m_model});
    QCOMPARE(parseCsv(runCli({QStringLiteral("runs"), QStringLiteral("--store"), db}).out).size(), 2);
}

// --kind supervised learns from the store's marks: refused without any, trained and saved with
// them, saying how it did on the marks it held back; its model scores like any other.
void TestCliMarks::supervisedTrainsOnTheStoresMarks()
{
    const QString db = store("supervised.sqlite");
    const QString model = m_dir.filePath(QStringLiteral("supervised-model"));
    const QStringList train{
        QStringLiteral("train"),      sample("sshd.log"),        QStringLiteral("--kind"),
        QStringLiteral("supervised"), QStringLiteral("--model"), model,
        QStringLiteral("--epochs"),   QStringLiteral("2"),       QStringLiteral("--device"),
        QStringLiteral("cpu"),        QStringLiteral("--store"), db};
    const auto refused = runCli(train);
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(refused.err.contains("learns from the analyst's marks"), refused.err.constData());
    QVERIFY(!QFileInfo::exists(model));
    for (const auto& [line, kind] : {std::pair{"5", "tp"}, std::pair{"7", "fp"}})
        QVERIFY(runCli({QStringLiteral("mark"), QStringLiteral("--store"), db, QStringLiteral("--file"),
                        sample("sshd.log"), QStringLiteral("--line"), QString::fromLatin1(line),
                        QStringLiteral("--as"), QString::fromLatin1(kind), QStringLiteral("--scope"),
                        QStringLiteral("template")})
                    .exitCode == 0);
    const auto trained = runCli(train);
    QVERIFY2(trained.exitCode == 0, trained.err.constData());
    QVERIFY2(trained.err.contains("held-back marks"), trained.err.constData());
    const auto scored = runCli({QStringLiteral("score"), sample("sshd.log"), QStringLiteral("--model"), model,
                                QStringLiteral("--store"), db});
    QVERIFY2(scored.exitCode == 0, scored.err.constData());
    const QStringList verdicts = verdictsOf(scored.out);
    QCOMPARE(verdicts.value(4), QStringLiteral("confirmed"));
    QVERIFY(verdicts.value(6) == QStringLiteral("normal") ||
            verdicts.value(6) == QStringLiteral("suppressed"));
    // Most lines stay normal: two marks do not make the log anomalous.
    QVERIFY(verdicts.count(QStringLiteral("normal")) > verdicts.size() / 2);
}

void TestCliMarks::nextProposesUnmarkedTemplates()
{
    const QString db = store("next.sqlite");
    const QStringList next{QStringLiteral("marks"),
                           QStringLiteral("next"),
                           sample("sshd.log"),
                           QStringLiteral("--model"),
                           m_model,
                           QStringLiteral("--store"),
                           db,
                           QStringLiteral("--count"),
                           QStringLiteral("5")};
    auto result = runCli(next);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    auto rows = parseCsv(result.out);
    QCOMPARE(rows.value(0), (QStringList{QStringLiteral("line"), QStringLiteral("score"),
                                         QStringLiteral("template_id"), QStringLiteral("reason")}));
    QCOMPARE(rows.size(), 6);
    const QStringList reasons{QStringLiteral("flagged"), QStringLiteral("uncertain"),
                              QStringLiteral("frequent"), QStringLiteral("unlike marked")};
    QSet<QString> templates;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        QVERIFY2(reasons.contains(rows[r].value(3)), qPrintable(rows[r].join(u',')));
        templates.insert(rows[r].value(2));
    }
    QCOMPARE(templates.size(), 5); // one line per template
    // Marking the first proposal's template takes it off the list.
    const QString first = rows[1][0], firstTemplate = rows[1][2];
    QCOMPARE(runCli({QStringLiteral("mark"), QStringLiteral("--store"), db, QStringLiteral("--file"),
                     sample("sshd.log"), QStringLiteral("--line"), first, QStringLiteral("--as"),
                     QStringLiteral("fp"), QStringLiteral("--scope"), QStringLiteral("template")})
                 .exitCode,
             0);
    rows = parseCsv(runCli(next).out);
    for (qsizetype r = 1; r < rows.size(); ++r)
        QVERIFY(rows[r].value(2) != firstTemplate);
}

void TestCliMarks::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    const QString db = store("bad.sqlite");
    const QStringList base{QStringLiteral("mark"),   QStringLiteral("--store"), db,
                           QStringLiteral("--file"), sample("sshd.log"),        QStringLiteral("--line"),
                           QStringLiteral("3")};
    QTest::newRow("no --as") << base << 2 << QStringLiteral("--as");
    QTest::newRow("bad kind") << (base + QStringList{QStringLiteral("--as"), QStringLiteral("maybe")}) << 2
                              << QStringLiteral("fp or tp");
    QTest::newRow("regex without pattern")
        << (base + QStringList{QStringLiteral("--as"), QStringLiteral("fp"), QStringLiteral("--scope"),
                               QStringLiteral("regex")})
        << 2 << QStringLiteral("--pattern");
    QTest::newRow("bad regex") << (base + QStringList{QStringLiteral("--as"), QStringLiteral("fp"),
                                                      QStringLiteral("--scope"), QStringLiteral("regex"),
                                                      QStringLiteral("--pattern"),
                                                      QStringLiteral("(unclosed")})
                               << 2 << QStringLiteral("--pattern");
    QTest::newRow("line past the end")
        << QStringList{QStringLiteral("mark"),   QStringLiteral("--store"), db,
                       QStringLiteral("--file"), sample("sshd.log"),        QStringLiteral("--line"),
                       QStringLiteral("99999"),  QStringLiteral("--as"),    QStringLiteral("fp")}
        << 2 << QStringLiteral("has 2000 lines");
    QTest::newRow("marks without subcommand")
        << QStringList{QStringLiteral("marks"), QStringLiteral("--store"), db} << 2
        << QStringLiteral("subcommand");
    QTest::newRow("nothing to undo") << QStringList{QStringLiteral("marks"), QStringLiteral("undo"),
                                                    QStringLiteral("--store"), store("empty.sqlite")}
                                     << 1 << QStringLiteral("no mark to undo");
    QTest::newRow("corrupt store") << QStringList{QStringLiteral("marks"), QStringLiteral("list"),
                                                  QStringLiteral("--store"), sample("sshd.log")}
                                   << 1 << QStringLiteral("sshd.log");
}

void TestCliMarks::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    const auto result = runCli(args);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(result.err).contains(mentions), result.err.constData());
}

QTEST_GUILESS_MAIN(TestCliMarks)
#include "tst_cli_marks.moc"
