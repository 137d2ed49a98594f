// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The fact store under faults, with real processes and real files: a writer killed with SIGKILL
// in the middle of committing marks loses none it reported saved, two writers at once (the
// GUI and the CLI, say) lose nothing and raise no error, and a writer whose files may not grow
// (RLIMIT_FSIZE, which root cannot bypass: a full disk as the store sees it) stops with a clear
// message and damages nothing stored.
#include "logsleuth/store/fact_store.h"

#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <csignal>
#include <sys/resource.h>

using logsleuth::store::FactStore;

namespace {

QString writerPath()
{
    return QStringLiteral(LOGSLEUTH_BIN_DIR "/mark_writer");
}

QString integrityOf(const QString& path)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* stmt = nullptr;
    QString result = QStringLiteral("no answer");
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        result = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return result;
}

} // namespace

class TestStoreFaults : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killedWriterLosesNothingItReported();
    void twoWritersAtOnce();
    void fullDiskKeepsWhatWasStored();
};

void TestStoreFaults::killedWriterLosesNothingItReported()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("facts.sqlite"));
    QProcess writer;
    writer.start(writerPath(), {path, QStringLiteral("10000")});
    QVERIFY(writer.waitForStarted(10000));
    QByteArray printed;
    // Let it commit a few hundred marks, then kill it mid-stream.
    while (printed.count('\n') < 300 && writer.state() == QProcess::Running) {
        writer.waitForReadyRead(10000);
        printed += writer.readAllStandardOutput();
    }
    writer.kill(); // SIGKILL: no destructor, no rollback, no flush
    QVERIFY(writer.waitForFinished(10000));
    printed += writer.readAllStandardOutput();
    const QList<QByteArray> uuids = printed.trimmed().split('\n');
    std::printf("  killed after %lld reported marks\n", static_cast<long long>(uuids.size()));
    QVERIFY(uuids.size() >= 300);
    QCOMPARE(integrityOf(path), QStringLiteral("ok"));
    auto store = FactStore::open(path.toStdString());
    for (const QByteArray& uuid : uuids)
        QVERIFY2(store.markByUuid(uuid.toStdString()).has_value(), uuid.constData());
    QVERIFY(store.allMarks().size() >= size_t(uuids.size()));
}

void TestStoreFaults::twoWritersAtOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("facts.sqlite"));
    FactStore::open(path.toStdString()); // created and migrated before the race
    QProcess first, second;
    first.start(writerPath(), {path, QStringLiteral("300")});
    second.start(writerPath(), {path, QStringLiteral("300")});
    QVERIFY(first.waitForFinished(120000));
    QVERIFY(second.waitForFinished(120000));
    QCOMPARE(first.exitCode(), 0);
    QCOMPARE(second.exitCode(), 0);
    QVERIFY2(first.readAllStandardError().isEmpty(), "the first writer reported an error");
    QVERIFY2(second.readAllStandardError().isEmpty(), "the second writer reported an error");
    const auto marks = FactStore::open(path.toStdString()).allMarks();
    QCOMPARE(marks.size(), size_t(600));
    QCOMPARE(integrityOf(path), QStringLiteral("ok"));
}

void TestStoreFaults::fullDiskKeepsWhatWasStored()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("facts.sqlite"));
    {
        QProcess before;
        before.start(writerPath(), {path, QStringLiteral("50")});
        QVERIFY(before.waitForFinished(60000));
        QCOMPARE(before.exitCode(), 0);
    }
    // The writer may not grow any file past 256 KiB: its journal fills up within some commits.
    QProcess writer;
    writer.setChildProcessModifier([] {
        std::signal(SIGXFSZ, SIG_IGN); // a failed write, not a killed process
        const rlimit limit{256 * 1024, 256 * 1024};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    });
    writer.start(writerPath(), {path, QStringLiteral("10000")});
    QVERIFY(writer.waitForFinished(120000));
    const QStringList printed =
        QString::fromUtf8(writer.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString error = QString::fromUtf8(writer.readAllStandardError());
    qInfo("the writer saved %lld marks before: %s", static_cast<long long>(printed.size()),
          qPrintable(error.trimmed()));
    QCOMPARE(writer.exitCode(), 1);
    QVERIFY(printed.size() < 10000);
    QVERIFY2(error.contains(QStringLiteral("the disk is full or the file may not grow")), qPrintable(error));

    // Everything stored before, and every mark the writer reported, is there; the file is sound
    // and takes marks again once there is room.
    auto store = FactStore::open(path.toStdString());
    const auto marks = store.allMarks();
    QCOMPARE(marks.size(), size_t(50 + printed.size()));
    QSet<QString> stored;
    for (const auto& mark : marks)
        stored.insert(QString::fromStdString(mark.uuid));
    for (const QString& uuid : printed)
        QVERIFY2(stored.contains(uuid), qPrintable(uuid));
    QCOMPARE(integrityOf(path), QStringLiteral("ok"));
    logsleuth::store::Mark more;
    more.uuid = logsleuth::store::newUuid();
    more.maskedMessage = "after the disk was freed";
    more.source = "x.log";
    more.lineNumber = 1;
    store.addMark(more);
    QCOMPARE(store.allMarks().size(), size_t(51 + printed.size()));
}

QTEST_GUILESS_MAIN(TestStoreFaults)
#include "tst_store_faults.moc"
