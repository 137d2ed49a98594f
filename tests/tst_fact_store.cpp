// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The fact store against real SQLite files in a temporary directory: persistence, upserts,
// pragmas, the default location, and the failures an analyst can meet (a corrupt file, a
// second process holding the lock, a directory that cannot be made).
#include "logsleuth/store/default_path.h"
#include "logsleuth/store/fact_store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <chrono>
#include <filesystem>
#include <limits>
#include <memory>

using logsleuth::store::FactStore;
using logsleuth::store::Mark;
using logsleuth::store::MarkKind;
using logsleuth::store::StoreError;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(MarkKind)

namespace {

Mark makeMark(std::string masked, MarkKind kind = MarkKind::FalsePositive)
{
    Mark mark;
    mark.kind = kind;
    mark.rawLine = "2026-01-02 10:00:00 INFO worker 17 finished job " + masked;
    mark.maskedMessage = std::move(masked);
    mark.templateText = "worker <*> finished job <*>";
    mark.templateId = "0123456789abcdef";
    mark.source = "/var/log/app.log";
    mark.lineNumber = 42;
    mark.note = "expected after deploys";
    return mark;
}

// A raw second connection, standing in for another LogSleuth process.
struct RawConnection {
    explicit RawConnection(const std::filesystem::path& path)
    {
        QCOMPARE_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    }
    ~RawConnection() { sqlite3_close(db); }
    int exec(const char* sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr); }
    sqlite3* db = nullptr;
};

std::filesystem::path pathIn(const QTemporaryDir& dir, const char* name)
{
    return std::filesystem::path(dir.path().toStdString()) / name;
}

} // namespace

class TestFactStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void laterMessageMarkSupersedesTheEarlier();
    void messageMarksKeepTheirSeverity();
    void undoAndRestore();
    void importKeepsUuidsAndIsIdempotent();
    void migrationFromVersionOneKeepsEveryMark();
    void removeMark();
    void severalMarksAreOneTransaction();
    void pragmas();
    void journalModeForFileSystem_data();
    void journalModeForFileSystem();
    void dataVersionSeesOtherWriters();
    void runsRoundTrip();
    void defaultPath_data();
    void defaultPath();
    void corruptFile_data();
    void corruptFile();
    void lockedWriteTimesOut();
    void lockedOpenTimesOut();
    void unwritableDirectory();
    void newerSchemaIsRefused();
};

void TestFactStore::roundTrip_data()
{
    QTest::addColumn<MarkKind>("kind");
    QTest::addColumn<QString>("masked");
    QTest::addColumn<QString>("note");
    QTest::newRow("false positive") << MarkKind::FalsePositive << QStringLiteral("job <NUM> done")
                                    << QString();
    QTest::newRow("true positive") << MarkKind::TruePositive << QStringLiteral("disk <PATH> failed")
                                   << QStringLiteral("paged on-call");
    QTest::newRow("quotes and unicode")
        << MarkKind::FalsePositive << QStringLiteral("user '<*>' said \"hi\"; DROP TABLE marks; — ü")
        << QStringLiteral("ünïcödé");
}

void TestFactStore::roundTrip()
{
    QFETCH(MarkKind, kind);
    QFETCH(QString, masked);
    QFETCH(QString, note);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A nested path: open() creates the missing directories.
    const auto path = pathIn(dir, "a/b/facts.sqlite");

    Mark mark = makeMark(masked.toStdString(), kind);
    mark.note = note.toStdString();
    std::int64_t id = 0;
    {
        auto store = FactStore::open(path);
        id = store.addMark(mark);
        store.addMark(makeMark("another <*>"));
        QVERIFY(id > 0);
    }
    QVERIFY(std::filesystem::exists(path));

    const auto store = FactStore::open(path);
    const auto all = store.marks();
    QCOMPARE(all.size(), std::size_t(2));
    const Mark& got = all.front();
    QCOMPARE(got.id, id);
    QCOMPARE(logsleuth::store::toString(got.kind), logsleuth::store::toString(kind));
    QCOMPARE(got.rawLine, mark.rawLine);
    QCOMPARE(got.maskedMessage, mark.maskedMessage);
    QCOMPARE(got.templateText, mark.templateText);
    QCOMPARE(got.templateId, mark.templateId);
    QCOMPARE(got.source, mark.source);
    QCOMPARE(got.lineNumber, mark.lineNumber);
    QCOMPARE(got.note, mark.note);
    // ISO 8601 UTC: 2026-01-02T10:00:00.000Z
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z$"))
                 .match(QString::fromStdString(got.createdAt))
                 .hasMatch(),
             got.createdAt.c_str());

    const auto found = store.markFor(mark.maskedMessage);
    QVERIFY(found.has_value());
    QCOMPARE(found->id, id);
    QVERIFY(!store.markFor("never marked").has_value());
}

void TestFactStore::laterMessageMarkSupersedesTheEarlier()
{
    QTemporaryDir dir;
    auto store = FactStore::open(pathIn(dir, "facts.sqlite"));
    const std::int64_t first = store.addMark(makeMark("conn <IP> reset"));
    const std::string firstUuid = store.marks().front().uuid;

    Mark again = makeMark("conn <IP> reset", MarkKind::TruePositive);
    again.lineNumber = 7;
    again.templateText = "conn <*> reset";
    again.templateId = "fedcba9876543210";
    again.rawLine = "conn 10.0.0.1 reset";
    QVERIFY(store.addMark(again) != first);

    const auto all = store.marks();
    QCOMPARE(all.size(), std::size_t(1));
    QCOMPARE(logsleuth::store::toString(all.front().kind), std::string_view("true_positive"));
    QCOMPARE(all.front().lineNumber, std::uint64_t(7));
    QCOMPARE(all.front().templateText, again.templateText);
    QCOMPARE(all.front().templateId, again.templateId);
    QCOMPARE(all.front().rawLine, again.rawLine);
    QVERIFY(all.front().uuid != firstUuid);
    // The earlier mark stays as history, undone.
    const auto history = store.allMarks();
    QCOMPARE(history.size(), std::size_t(2));
    QCOMPARE(history.front().uuid, firstUuid);
    QVERIFY(!history.front().deletedAt.empty());
    QVERIFY(history.back().deletedAt.empty());
}

// A message mark is of the message at the severity of the marked line: a 200 and a 500 of one
// request mask alike. A later mark supersedes the earlier one at its own severity only, and
// one made without a severity (before the store kept it) ranks below one made at the level.
void TestFactStore::messageMarksKeepTheirSeverity()
{
    QTemporaryDir dir;
    auto store = FactStore::open(pathIn(dir, "facts.sqlite"));
    Mark error = makeMark("GET <PATH>", MarkKind::TruePositive);
    error.severity = "ERROR";
    Mark info = makeMark("GET <PATH>");
    info.severity = "INFO";
    Mark none = makeMark("GET <PATH>");
    none.severity = "";
    store.addMarks({error, info, none});
    QCOMPARE(store.marks().size(), std::size_t(3));
    QVERIFY(store.markFor("GET <PATH>", std::string_view("ERROR"))->kind == MarkKind::TruePositive);
    QVERIFY(store.markFor("GET <PATH>", std::string_view("INFO"))->kind == MarkKind::FalsePositive);
    QCOMPARE(store.markFor("GET <PATH>", std::string_view(""))->severity, std::optional<std::string>(""));
    QVERIFY(!store.markFor("GET <PATH>", std::string_view("WARNING")));

    Mark errorAgain = error;
    errorAgain.kind = MarkKind::FalsePositive;
    store.addMark(errorAgain);
    QCOMPARE(store.marks().size(), std::size_t(3)); // the ERROR mark replaced, the others kept
    QVERIFY(store.markFor("GET <PATH>", std::string_view("ERROR"))->kind == MarkKind::FalsePositive);

    Mark everyLevel = makeMark("GET <PATH>", MarkKind::TruePositive); // as imported from an old export
    store.importMarks({everyLevel});
    QVERIFY(!store.markFor("GET <PATH>", std::string_view("WARNING"))->severity);
    QCOMPARE(store.markFor("GET <PATH>", std::string_view("INFO"))->severity,
             std::optional<std::string>("INFO"));
}

// Undo takes back the latest mark (or a named one); restore brings it back; nothing is lost.
void TestFactStore::undoAndRestore()
{
    QTemporaryDir dir;
    auto store = FactStore::open(pathIn(dir, "facts.sqlite"));
    store.addMark(makeMark("a <NUM>"));
    Mark regex = makeMark("b <NUM>", MarkKind::TruePositive);
    regex.scope = logsleuth::store::MarkScope::Regex;
    regex.pattern = "disk (full|failure)";
    store.addMark(regex);
    const auto undone = store.undo();
    QVERIFY(undone.has_value());
    QCOMPARE(undone->pattern, regex.pattern);
    QCOMPARE(store.marks().size(), std::size_t(1));
    QVERIFY(!store.undo(undone->uuid).has_value()); // already undone
    QVERIFY(store.restore(undone->uuid));
    QVERIFY(!store.restore(undone->uuid));
    const auto live = store.marks();
    QCOMPARE(live.size(), std::size_t(2));
    QVERIFY(live.back().scope == logsleuth::store::MarkScope::Regex);
    QVERIFY(!store.undo("00000000-0000-4000-8000-000000000000").has_value());
}

// UUIDs are version 4, distinct, and an import of the same marks twice adds nothing.
void TestFactStore::importKeepsUuidsAndIsIdempotent()
{
    QTemporaryDir dir;
    auto source = FactStore::open(pathIn(dir, "a.sqlite"));
    Mark hostile = makeMark(std::string("nul\0byte \xff\xfe invalid \"quoted\"", 30));
    hostile.note = std::string(10 * 1024 * 1024, 'x'); // a 10 MB comment
    hostile.score = 4.25;
    hostile.threshold = 1.5;
    hostile.analyst = "ana";
    source.addMark(hostile);
    source.addMark(makeMark("second <NUM>"));
    const auto exported = source.allMarks();
    static const QRegularExpression v4(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    for (const Mark& mark : exported)
        QVERIFY2(v4.match(QString::fromStdString(mark.uuid)).hasMatch(), mark.uuid.c_str());
    QVERIFY(exported[0].uuid != exported[1].uuid);

    auto target = FactStore::open(pathIn(dir, "b.sqlite"));
    QCOMPARE(target.importMarks(exported), std::size_t(2));
    QCOMPARE(target.importMarks(exported), std::size_t(0));
    const auto imported = target.allMarks();
    QCOMPARE(imported.size(), std::size_t(2));
    QCOMPARE(imported[0].maskedMessage, hostile.maskedMessage); // NUL and invalid UTF-8 survive
    QCOMPARE(imported[0].note.size(), hostile.note.size());
    QCOMPARE(imported[0].uuid, exported[0].uuid);
    QCOMPARE(imported[0].createdAt, exported[0].createdAt);
    QCOMPARE(imported[0].analyst, std::string("ana"));
    QCOMPARE(imported[0].score.value_or(0), 4.25);
    QCOMPARE(imported[0].threshold.value_or(0), 1.5);
}

// A version-1 file (one row per masked message, no UUIDs) is migrated with every mark kept.
void TestFactStore::migrationFromVersionOneKeepsEveryMark()
{
    QTemporaryDir dir;
    const auto path = pathIn(dir, "old.sqlite");
    {
        RawConnection old(path);
        QCOMPARE(old.exec(R"sql(
CREATE TABLE marks (
    id INTEGER PRIMARY KEY, kind TEXT NOT NULL, raw_line TEXT NOT NULL, masked_message TEXT NOT NULL UNIQUE,
    template_text TEXT NOT NULL, template_id TEXT NOT NULL, source TEXT NOT NULL, line_number INTEGER NOT NULL,
    created_at TEXT NOT NULL, note TEXT NOT NULL DEFAULT '');
CREATE INDEX marks_template_id ON marks (template_id);
INSERT INTO marks VALUES (1, 'false_positive', 'raw one', 'one <NUM>', 't1', 'aaaaaaaaaaaaaaaa', 'a.log', 3,
                          '2026-01-01T00:00:00.000Z', 'first');
INSERT INTO marks VALUES (2, 'true_positive', 'raw two', 'two <NUM>', 't2', 'bbbbbbbbbbbbbbbb', 'b.log', 9,
                          '2026-01-02T00:00:00.000Z', '');
PRAGMA user_version = 1;
)sql"),
                 SQLITE_OK);
    }
    auto store = FactStore::open(path);
    QCOMPARE(store.schemaVersion(), 4);
    const auto marks = store.marks();
    QCOMPARE(marks.size(), std::size_t(2));
    QCOMPARE(marks[0].maskedMessage, std::string("one <NUM>"));
    QCOMPARE(marks[0].createdAt, std::string("2026-01-01T00:00:00.000Z"));
    QCOMPARE(marks[0].note, std::string("first"));
    QVERIFY(marks[1].kind == MarkKind::TruePositive);
    QCOMPARE(marks[1].uuid.size(), std::size_t(36));
    QVERIFY(marks[0].uuid != marks[1].uuid);
    QVERIFY(marks[0].scope == logsleuth::store::MarkScope::Message);
    // Marks made before marks kept their line's severity reach every severity.
    QVERIFY(!marks[0].severity.has_value());
    QCOMPARE(store.markFor("one <NUM>", std::string_view("ERROR"))->uuid, marks[0].uuid);
}

// A selection's marks go in together: all of them, or (when one is refused) none.
void TestFactStore::severalMarksAreOneTransaction()
{
    QTemporaryDir dir;
    auto store = FactStore::open(pathIn(dir, "facts.sqlite"));
    const auto ids = store.addMarks({makeMark("a <*>"), makeMark("b <*>"), makeMark("c <*>")});
    QCOMPARE(ids.size(), std::size_t(3));
    QCOMPARE(store.marks().size(), std::size_t(3));
    Mark bad = makeMark("e <*>");
    bad.lineNumber = std::numeric_limits<std::uint64_t>::max(); // refused by the store
    QVERIFY_THROWS_EXCEPTION(logsleuth::store::StoreError, store.addMarks({makeMark("d <*>"), bad}));
    QCOMPARE(store.marks().size(), std::size_t(3)); // "d" was rolled back with "e"
    QVERIFY(!store.markFor("d <*>"));
}

void TestFactStore::removeMark()
{
    QTemporaryDir dir;
    auto store = FactStore::open(pathIn(dir, "facts.sqlite"));
    const auto keep = store.addMark(makeMark("keep <*>"));
    const auto drop = store.addMark(makeMark("drop <*>"));
    QVERIFY(store.removeMark(drop));
    QVERIFY(!store.removeMark(drop));
    QVERIFY(!store.removeMark(12345));
    const auto all = store.marks();
    QCOMPARE(all.size(), std::size_t(1));
    QCOMPARE(all.front().id, keep);
}

void TestFactStore::pragmas()
{
    QTemporaryDir dir;
    const auto path = pathIn(dir, "facts.sqlite");
    {
        const auto store = FactStore::open(path);
        QCOMPARE(store.journalMode(), std::string("wal"));
        QCOMPARE(store.schemaVersion(), 4);
    }
    // Reopening an up-to-date file leaves it as it is.
    const auto store = FactStore::open(path);
    QCOMPARE(store.journalMode(), std::string("wal"));
    QCOMPARE(store.schemaVersion(), 4);
    QCOMPARE(logsleuth::store::toString(MarkKind::FalsePositive), std::string_view("false_positive"));
    QCOMPARE(logsleuth::store::toString(MarkKind::TruePositive), std::string_view("true_positive"));
}

void TestFactStore::journalModeForFileSystem_data()
{
    QTest::addColumn<qint64>("magic");
    QTest::addColumn<QString>("mode");
    QTest::newRow("unknown") << qint64(0) << QStringLiteral("WAL");
    QTest::newRow("ext4") << qint64(0xEF53) << QStringLiteral("WAL");
    QTest::newRow("tmpfs") << qint64(0x01021994) << QStringLiteral("WAL");
    QTest::newRow("nfs") << qint64(0x6969) << QStringLiteral("DELETE");
    QTest::newRow("cifs") << qint64(0xFF534D42) << QStringLiteral("DELETE");
    QTest::newRow("smb2") << qint64(0xFE534D42) << QStringLiteral("DELETE");
}

void TestFactStore::journalModeForFileSystem()
{
    QFETCH(qint64, magic);
    QFETCH(QString, mode);
    QCOMPARE(QString::fromLatin1(logsleuth::store::journalModeFor(magic).data()), mode);
}

// data_version moves when another connection commits, not for this connection's own writes:
// what the GUI polls to pick up marks the CLI made.
void TestFactStore::dataVersionSeesOtherWriters()
{
    QTemporaryDir dir;
    const auto path = pathIn(dir, "facts.sqlite");
    auto gui = FactStore::open(path);
    const std::int64_t start = gui.dataVersion();
    gui.addMark(makeMark("own <*>"));
    QCOMPARE(gui.dataVersion(), start);
    {
        auto cli = FactStore::open(path);
        cli.addMark(makeMark("from the cli <*>"));
    }
    const std::int64_t after = gui.dataVersion();
    QVERIFY(after != start);
    QCOMPARE(gui.marks().size(), size_t(2));
    QCOMPARE(gui.dataVersion(), after); // reading changes nothing
}

// The provenance of a run survives the file: every field, the store's defaults filled in.
void TestFactStore::runsRoundTrip()
{
    QTemporaryDir dir;
    const auto path = pathIn(dir, "facts.sqlite");
    logsleuth::store::Run run;
    run.startedAt = "2026-12-02T10:00:00.000Z";
    run.command = "analyze";
    run.modelKind = "vae";
    run.modelId = "model-1";
    run.options = "epochs=3 seed=1";
    run.threshold = 5.69;
    run.thresholdSpec = "auto";
    run.sources = "a.log\nb.tar.gz!x.log";
    run.lines = 5000;
    run.anomalies = 10;
    run.marksApplied = 2;
    run.analyst = "alice";
    run.version = "0.1.0";
    qputenv("LOGSLEUTH_ANALYST", "tester");
    {
        auto store = FactStore::open(path);
        QVERIFY(store.addRun(run) > 0);
        logsleuth::store::Run second = run;
        second.threshold.reset();
        second.analyst.clear();
        store.addRun(second);
    }
    const auto store = FactStore::open(path);
    const auto runs = store.runs();
    QCOMPARE(runs.size(), size_t(2));
    QCOMPARE(runs[0].uuid.size(), size_t(36));
    QVERIFY(runs[0].uuid != runs[1].uuid);
    QCOMPARE(runs[0].command, run.command);
    QCOMPARE(runs[0].modelId, run.modelId);
    QCOMPARE(runs[0].options, run.options);
    QCOMPARE(*runs[0].threshold, 5.69);
    QCOMPARE(runs[0].sources, run.sources);
    QCOMPARE(runs[0].lines, uint64_t(5000));
    QCOMPARE(runs[0].anomalies, uint64_t(10));
    QCOMPARE(runs[0].marksApplied, uint64_t(2));
    QCOMPARE(runs[0].analyst, std::string("alice"));
    QVERIFY(!runs[0].finishedAt.empty()); // filled in by the store
    QVERIFY(!runs[1].threshold);
    QCOMPARE(runs[1].analyst, std::string("tester")); // $LOGSLEUTH_ANALYST, else the user
    qunsetenv("LOGSLEUTH_ANALYST");
}

void TestFactStore::defaultPath_data()
{
    QTest::addColumn<QByteArray>("xdg");
    QTest::addColumn<QByteArray>("home");
    QTest::addColumn<QString>("expected");
    QTest::newRow("XDG_DATA_HOME") << QByteArray("/data/xdg") << QByteArray("/home/ana")
                                   << QStringLiteral("/data/xdg/LogSleuth/facts.sqlite");
    QTest::newRow("HOME fallback") << QByteArray() << QByteArray("/home/ana")
                                   << QStringLiteral("/home/ana/.local/share/LogSleuth/facts.sqlite");
    QTest::newRow("relative XDG ignored") << QByteArray("rel/xdg") << QByteArray("/home/ana")
                                          << QStringLiteral("/home/ana/.local/share/LogSleuth/facts.sqlite");
}

void TestFactStore::defaultPath()
{
    QFETCH(QByteArray, xdg);
    QFETCH(QByteArray, home);
    QFETCH(QString, expected);
    const QByteArray oldXdg = qgetenv("XDG_DATA_HOME");
    const bool hadXdg = qEnvironmentVariableIsSet("XDG_DATA_HOME");
    const QByteArray oldHome = qgetenv("HOME");
    if (xdg.isNull()) {
        qunsetenv("XDG_DATA_HOME");
    } else {
        qputenv("XDG_DATA_HOME", xdg);
    }
    qputenv("HOME", home);
    const auto path = logsleuth::store::defaultStorePath();
    if (hadXdg) {
        qputenv("XDG_DATA_HOME", oldXdg);
    } else {
        qunsetenv("XDG_DATA_HOME");
    }
    qputenv("HOME", oldHome);
    QCOMPARE(QString::fromStdString(path.string()), expected);
}

void TestFactStore::corruptFile_data()
{
    QTest::addColumn<QByteArray>("junk");
    QTest::newRow("short text") << QByteArray("this is not sqlite, just some text\n");
    QTest::newRow("a page of junk") << QByteArray(4096, '\xa5');
}

void TestFactStore::corruptFile()
{
    QFETCH(QByteArray, junk);
    QTemporaryDir dir;
    const auto path = pathIn(dir, "facts.sqlite");
    {
        QFile file(QString::fromStdString(path.string()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(junk);
    }
    try {
        FactStore::open(path, 200ms);
        QFAIL("open() accepted a file that is not a database");
    } catch (const StoreError& error) {
        const QString message = QString::fromUtf8(error.what());
        QVERIFY2(message.contains(QString::fromStdString(path.string())), error.what());
        QVERIFY2(message.contains(QStringLiteral("not a database")), error.what());
        QVERIFY2(!message.contains(QLatin1Char('\n')), error.what());
    }
    QFile file(QString::fromStdString(path.string()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), junk); // untouched
}

void TestFactStore::lockedWriteTimesOut()
{
    QTemporaryDir dir;
    const auto path = pathIn(dir, "facts.sqlite");
    auto store = FactStore::open(path, 200ms);
    const auto kept = store.addMark(makeMark("before the lock <*>"));

    {
        RawConnection other(path);
        QCOMPARE(other.exec("BEGIN IMMEDIATE"), SQLITE_OK);
        QElapsedTimer timer;
        timer.start();
        QVERIFY_THROWS_EXCEPTION(StoreError, store.addMark(makeMark("during the lock <*>")));
        QVERIFY2(timer.elapsed() >= 150, "gave up before the busy timeout");
        try {
            store.removeMark(kept);
            QFAIL("removeMark() wrote through another connection's lock");
        } catch (const StoreError& error) {
            QVERIFY2(QString::fromUtf8(error.what()).contains(QStringLiteral("locked")), error.what());
        }
        QCOMPARE(other.exec("ROLLBACK"), SQLITE_OK);
    }

    // The same connection works again once the lock is gone, and nothing was lost.
    store.addMark(makeMark("after the lock <*>"));
    const auto reopened = FactStore::open(path);
    const auto all = reopened.marks();
    QCOMPARE(all.size(), std::size_t(2));
    QCOMPARE(all[0].maskedMessage, std::string("before the lock <*>"));
    QCOMPARE(all[1].maskedMessage, std::string("after the lock <*>"));
}

void TestFactStore::lockedOpenTimesOut()
{
    QTemporaryDir dir;
    const auto path = pathIn(dir, "facts.sqlite");
    // An exclusive lock in rollback-journal mode keeps even readers out.
    RawConnection other(path);
    QCOMPARE(other.exec("CREATE TABLE t (x); BEGIN EXCLUSIVE; INSERT INTO t VALUES (1);"), SQLITE_OK);
    try {
        FactStore::open(path, 200ms);
        QFAIL("open() got through an exclusive lock");
    } catch (const StoreError& error) {
        QVERIFY2(QString::fromUtf8(error.what()).contains(QStringLiteral("locked")), error.what());
    }
    QCOMPARE(other.exec("COMMIT"), SQLITE_OK);
    const auto store = FactStore::open(path);
    QCOMPARE(store.schemaVersion(), 4);
}

void TestFactStore::unwritableDirectory()
{
    QTemporaryDir dir;
    // A regular file where the directory should be: fails for root too, unlike chmod.
    const auto blocker = pathIn(dir, "blocker");
    {
        QFile file(QString::fromStdString(blocker.string()));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    try {
        FactStore::open(blocker / "sub" / "facts.sqlite");
        QFAIL("open() succeeded below a regular file");
    } catch (const StoreError& error) {
        QVERIFY2(QString::fromUtf8(error.what()).contains(QString::fromStdString(blocker.string())),
                 error.what());
    }
}

void TestFactStore::newerSchemaIsRefused()
{
    QTemporaryDir dir;
    const auto path = pathIn(dir, "facts.sqlite");
    {
        RawConnection other(path);
        QCOMPARE(other.exec("PRAGMA user_version = 99"), SQLITE_OK);
    }
    QVERIFY_THROWS_EXCEPTION(StoreError, FactStore::open(path));
    // Still version 99: a refused file is not migrated backwards.
    RawConnection other(path);
    sqlite3_stmt* stmt = nullptr;
    QCOMPARE(sqlite3_prepare_v2(other.db, "PRAGMA user_version", -1, &stmt, nullptr), SQLITE_OK);
    QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
    QCOMPARE(sqlite3_column_int(stmt, 0), 99);
    sqlite3_finalize(stmt);
}

QTEST_GUILESS_MAIN(TestFactStore)
#include "tst_fact_store.moc"
