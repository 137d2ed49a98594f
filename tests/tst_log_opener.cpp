// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// openLogPath over real files made here: every compression and archive format the opener
// knows, written with KArchive itself, then damaged ones (truncated, corrupt, empty, missing).
#include "logsleuth/io/log_opener.h"

#include <K7Zip>
#include <KCompressionDevice>
#include <KTar>
#include <KZip>

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

using logsleuth::io::OpenError;
using logsleuth::io::openLogPath;
using logsleuth::io::OpenOptions;
using logsleuth::io::OpenResult;
using logsleuth::text::LineNumber;
using logsleuth::text::LogText;

namespace {

QByteArray makeLog(const char* tag, int lines)
{
    QByteArray log;
    for (int i = 0; i < lines; ++i) {
        log += "2026-01-02 10:00:" + QByteArray::number(i % 60).rightJustified(2, '0') + " INFO " + tag +
               " request " + QByteArray::number(i * 7919 % 10007) + " served in " +
               QByteArray::number(i % 97) + " ms\n";
    }
    return log;
}

QByteArray compress(const QByteArray& data, KCompressionDevice::CompressionType type)
{
    QByteArray out;
    QBuffer buffer(&out);
    KCompressionDevice device(&buffer, false, type);
    if (!device.open(QIODevice::WriteOnly)) return {};
    device.write(data);
    device.close();
    return out;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

std::vector<std::string> linesOf(const LogText& text)
{
    std::vector<std::string> lines;
    for (std::uint64_t i = 0; i < text.lineCount(); ++i)
        lines.emplace_back(text.line(LineNumber(i)));
    return lines;
}

std::vector<std::string> linesOf(const QByteArray& bytes)
{
    std::vector<std::string> lines;
    for (const QByteArray& line : bytes.split('\n'))
        lines.push_back(line.toStdString());
    if (!lines.empty() && lines.back().empty())
        lines.pop_back(); // the final newline ends, not starts, a line
    return lines;
}

std::filesystem::path fsPath(const QString& path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

// The members every archive test packs, in archive order.
struct MemberSpec {
    QString path;
    QByteArray content; // what the opener should return
    QByteArray stored;  // what goes in the archive
};

std::vector<MemberSpec> members()
{
    const QByteArray nested = makeLog("nested", 40);
    return {
        {QStringLiteral("a.log"), makeLog("alpha", 30), makeLog("alpha", 30)},
        {QStringLiteral("dir/b.log"), makeLog("beta", 20), makeLog("beta", 20)},
        {QStringLiteral("dir/c.log.gz"), nested, compress(nested, KCompressionDevice::GZip)},
        {QStringLiteral("empty.log"), QByteArray(), QByteArray()},
    };
}

} // namespace

class TestLogOpener : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void compressedFile_data();
    void compressedFile();
    void archive_data();
    void archive();
    void plainFile();
    void headOfBigPlainFile();
    void noHead_data();
    void noHead();
    void truncatedGzipKeepsWhatDecoded();
    void corruptArchive_data();
    void corruptArchive();
    void binaryJunkIsJustBytes();
    void emptyFile();
    void missingFile();
    void progressAndCancel();
    void sizeLimit();
    void ratioLimit_data();
    void ratioLimit();
};

void TestLogOpener::compressedFile_data()
{
    QTest::addColumn<KCompressionDevice::CompressionType>("type");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("gzip") << KCompressionDevice::GZip << QStringLiteral("app.log.gz");
    QTest::newRow("bzip2") << KCompressionDevice::BZip2 << QStringLiteral("app.log.bz2");
    QTest::newRow("xz") << KCompressionDevice::Xz << QStringLiteral("app.log.xz");
    QTest::newRow("zstd") << KCompressionDevice::Zstd << QStringLiteral("app.log.zst");
    // Rotated logs are often gzip without the extension: the magic bytes decide.
    QTest::newRow("gzip named .1") << KCompressionDevice::GZip << QStringLiteral("app.log.1");
}

void TestLogOpener::compressedFile()
{
    QFETCH(KCompressionDevice::CompressionType, type);
    QFETCH(QString, fileName);
    QTemporaryDir dir;
    const QByteArray log = makeLog("svc", 500);
    const QByteArray packed = compress(log, type);
    QVERIFY(!packed.isEmpty());
    QVERIFY(writeFile(dir.filePath(fileName), packed));

    const OpenResult result = openLogPath(fsPath(dir.filePath(fileName)));
    QCOMPARE(result.sources.size(), std::size_t(1));
    QCOMPARE(result.sources[0].name(), dir.filePath(fileName).toStdString());
    QCOMPARE(linesOf(result.sources[0]), linesOf(log));
    QVERIFY(!result.partial);
    QVERIFY(result.warnings.empty());
}

void TestLogOpener::archive_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("tar") << QStringLiteral("archive.tar");
    QTest::newRow("tar.gz") << QStringLiteral("archive.tar.gz");
    QTest::newRow("tar.bz2") << QStringLiteral("archive.tar.bz2");
    QTest::newRow("tar.xz") << QStringLiteral("archive.tar.xz");
    QTest::newRow("tar.zst") << QStringLiteral("archive.tar.zst");
    // Named like a plain file: the ustar magic inside the gzip stream decides.
    QTest::newRow("tar.gz named .bin") << QStringLiteral("bundle.bin");
    QTest::newRow("zip") << QStringLiteral("archive.zip");
    QTest::newRow("7z") << QStringLiteral("archive.7z");
}

void TestLogOpener::archive()
{
    QFETCH(QString, fileName);
    QTemporaryDir dir;
    const QString path = dir.filePath(fileName);
    const auto specs = members();

    if (fileName.endsWith(QLatin1String(".zip")) || fileName.endsWith(QLatin1String(".7z"))) {
        std::unique_ptr<KArchive> archive;
        if (fileName.endsWith(QLatin1String(".zip"))) {
            archive = std::make_unique<KZip>(path);
        } else {
            archive = std::make_unique<K7Zip>(path);
        }
        if (!archive->open(QIODevice::WriteOnly)) {
            QSKIP(qPrintable(
                QStringLiteral("this KArchive cannot write %1: %2").arg(fileName, archive->errorString())));
        }
        for (const auto& spec : specs)
            QVERIFY(archive->writeFile(spec.path, spec.stored));
        QVERIFY(archive->close());
    } else {
        QByteArray tar;
        {
            QBuffer buffer(&tar);
            KTar writer(&buffer);
            QVERIFY(writer.open(QIODevice::WriteOnly));
            for (const auto& spec : specs)
                QVERIFY(writer.writeFile(spec.path, spec.stored));
            QVERIFY(writer.close());
        }
        QByteArray packed = tar;
        if (fileName.endsWith(QLatin1String(".gz")) || fileName.endsWith(QLatin1String(".bin"))) {
            packed = compress(tar, KCompressionDevice::GZip);
        } else if (fileName.endsWith(QLatin1String(".bz2"))) {
            packed = compress(tar, KCompressionDevice::BZip2);
        } else if (fileName.endsWith(QLatin1String(".xz"))) {
            packed = compress(tar, KCompressionDevice::Xz);
        } else if (fileName.endsWith(QLatin1String(".zst"))) {
            packed = compress(tar, KCompressionDevice::Zstd);
        }
        QVERIFY(writeFile(path, packed));
    }

    OpenResult result = openLogPath(fsPath(path));
    QVERIFY(!result.partial);
    QCOMPARE(result.sources.size(), specs.size());
    std::vector<const LogText*> got;
    for (const LogText& source : result.sources)
        got.push_back(&source);
    std::vector<MemberSpec> expected = specs;
    if (fileName.endsWith(QLatin1String(".7z"))) {
        // K7Zip's writer lays members out in its own (hash) order, not the order written, so
        // here archive order is unknown to the test: compare by name instead.
        std::sort(got.begin(), got.end(),
                  [](const LogText* a, const LogText* b) { return a->name() < b->name(); });
        std::sort(expected.begin(), expected.end(),
                  [](const MemberSpec& a, const MemberSpec& b) { return a.path < b.path; });
    }
    for (std::size_t i = 0; i < expected.size(); ++i) {
        QCOMPARE(got[i]->name(), (path + QLatin1Char('!') + expected[i].path).toStdString());
        QCOMPARE(linesOf(*got[i]), linesOf(expected[i].content));
    }
}

void TestLogOpener::plainFile()
{
    QTemporaryDir dir;
    const QByteArray log = makeLog("plain", 100);
    QVERIFY(writeFile(dir.filePath(QStringLiteral("app.log")), log));
    const OpenResult result = openLogPath(fsPath(dir.filePath(QStringLiteral("app.log"))));
    QCOMPARE(result.sources.size(), std::size_t(1));
    QCOMPARE(linesOf(result.sources[0]), linesOf(log));
    QVERIFY(!result.partial);
}

// A big file's first screen: the complete lines within the first bytes, named and dated like
// the whole file as openLogPath reads it.
void TestLogOpener::headOfBigPlainFile()
{
    QTemporaryDir dir;
    const QByteArray log = makeLog("head", 2000);
    const QString path = dir.filePath(QStringLiteral("big.log"));
    QVERIFY(writeFile(path, log));
    const std::uint64_t maxBytes = 10'000;
    const auto head = logsleuth::io::openLogHead(fsPath(path), maxBytes);
    QVERIFY(head.has_value());
    const OpenResult whole = openLogPath(fsPath(path));
    const auto headLines = linesOf(*head);
    const auto allLines = linesOf(whole.sources[0]);
    // Every line that ends within the first 10,000 bytes, and no part of the next one.
    const qsizetype lastLineEnd = log.lastIndexOf('\n', qsizetype(maxBytes) - 1);
    QCOMPARE(headLines.size(), std::size_t(log.left(lastLineEnd + 1).count('\n')));
    QVERIFY(headLines.size() > 10);
    QCOMPARE(headLines,
             std::vector<std::string>(allLines.begin(), allLines.begin() + qsizetype(headLines.size())));
    QCOMPARE(head->name(), whole.sources[0].name());
    QCOMPARE(head->modifiedMs(), whole.sources[0].modifiedMs());
}

// No head where the whole is as quick, or where a head cannot be cut into lines.
void TestLogOpener::noHead_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray log = makeLog("small", 2000);
    QTest::newRow("no bigger than the head") << QStringLiteral("small.log") << log.left(10'000);
    QTest::newRow("gzip") << QStringLiteral("app.log.gz") << compress(log, KCompressionDevice::GZip);
    QByteArray utf16("\xff\xfe", 2);
    for (char c : log)
        utf16.append(c).append('\0');
    QTest::newRow("utf-16") << QStringLiteral("export.log") << utf16;
    QTest::newRow("no line end in the head")
        << QStringLiteral("one.log") << QByteArray(20'000, 'x').append('\n');
}

void TestLogOpener::noHead()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(fileName), bytes));
    QVERIFY(bytes.size() > 9'000);
    QVERIFY(!logsleuth::io::openLogHead(fsPath(dir.filePath(fileName)), 10'000).has_value());
}

void TestLogOpener::truncatedGzipKeepsWhatDecoded()
{
    QTemporaryDir dir;
    const QByteArray log = makeLog("long", 20000);
    const QByteArray packed = compress(log, KCompressionDevice::GZip);
    const QString path = dir.filePath(QStringLiteral("x.gz"));
    QVERIFY(writeFile(path, packed.left(packed.size() / 2)));

    const OpenResult result = openLogPath(fsPath(path));
    QVERIFY(result.partial);
    QCOMPARE(result.warnings.size(), std::size_t(1));
    QVERIFY2(QString::fromStdString(result.warnings[0])
                 .startsWith(path + QStringLiteral(": truncated compressed data (read ")),
             result.warnings[0].c_str());
    QCOMPARE(result.sources.size(), std::size_t(1));
    const auto got = linesOf(result.sources[0]);
    const auto full = linesOf(log);
    QVERIFY(got.size() > 100);
    QVERIFY(got.size() < full.size());
    // Every whole line that decoded is intact (the last one may be cut mid-way).
    for (std::size_t i = 0; i + 1 < got.size(); ++i)
        QCOMPARE(got[i], full[i]);
}

void TestLogOpener::corruptArchive_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QByteArray junk;
    for (int i = 0; i < 600; ++i)
        junk += char((i * 131 + 7) % 251);
    QTest::newRow("zip") << QStringLiteral("broken.zip") << QByteArray("PK\x03\x04" + junk);
    QTest::newRow("7z") << QStringLiteral("broken.7z") << QByteArray("7z\xbc\xaf\x27\x1c" + junk);
    QTest::newRow("tar.gz of junk") << QStringLiteral("broken.tar.gz")
                                    << compress(junk, KCompressionDevice::GZip);
}

void TestLogOpener::corruptArchive()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    const QString path = dir.filePath(fileName);
    QVERIFY(writeFile(path, bytes));
    try {
        const OpenResult result = openLogPath(fsPath(path));
        QFAIL(qPrintable(
            QStringLiteral("opened a corrupt archive into %1 sources").arg(result.sources.size())));
    } catch (const OpenError& error) {
        QVERIFY2(QString::fromUtf8(error.what()).contains(fileName), error.what());
    }
}

void TestLogOpener::binaryJunkIsJustBytes()
{
    QTemporaryDir dir;
    QByteArray junk;
    for (int i = 0; i < 100000; ++i)
        junk += char((i * 2654435761u) >> 24);
    junk[0] = '\0'; // no magic
    const QString path = dir.filePath(QStringLiteral("core.dump"));
    QVERIFY(writeFile(path, junk));
    const OpenResult result = openLogPath(fsPath(path));
    QCOMPARE(result.sources.size(), std::size_t(1));
    QCOMPARE(result.sources[0].byteSize(), std::uint64_t(junk.size()));
}

void TestLogOpener::emptyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.log"));
    QVERIFY(writeFile(path, QByteArray()));
    const OpenResult result = openLogPath(fsPath(path));
    QCOMPARE(result.sources.size(), std::size_t(1));
    QCOMPARE(result.sources[0].lineCount(), std::size_t(0));
    QVERIFY(!result.partial);
}

void TestLogOpener::missingFile()
{
    QTemporaryDir dir;
    const auto path = fsPath(dir.filePath(QStringLiteral("nope.log")));
    try {
        openLogPath(path);
        QFAIL("opened a missing file");
    } catch (const OpenError& error) {
        QCOMPARE(std::string(error.what()), "cannot open " + path.string() + ": No such file or directory");
    }
}

void TestLogOpener::progressAndCancel()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.log.xz"));
    QVERIFY(writeFile(path, compress(makeLog("big", 50000), KCompressionDevice::Xz)));

    std::vector<double> seen;
    OpenOptions options;
    options.progress = [&seen](double fraction) {
        seen.push_back(fraction);
        return true;
    };
    openLogPath(fsPath(path), options);
    QVERIFY(seen.size() >= 2);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    QCOMPARE(seen.back(), 1.0);

    int calls = 0;
    options.progress = [&calls](double) { return ++calls < 2; };
    try {
        openLogPath(fsPath(path), options);
        QFAIL("the cancel was ignored");
    } catch (const OpenError& error) {
        QCOMPARE(std::string(error.what()), std::string("cancelled"));
    }
    QCOMPARE(calls, 2); // nothing ran after the cancel
}

void TestLogOpener::sizeLimit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bomb.gz"));
    QVERIFY(writeFile(path, compress(QByteArray(1 << 20, 'A'), KCompressionDevice::GZip)));
    OpenOptions options;
    options.maxDecompressedBytes = 1000;
    const OpenResult result = openLogPath(fsPath(path), options);
    QVERIFY(result.partial);
    QCOMPARE(result.sources.size(), std::size_t(1));
    QCOMPARE(result.sources[0].byteSize(), std::uint64_t(1000));
    QCOMPARE(result.warnings.size(), std::size_t(1));
    QVERIFY2(QString::fromStdString(result.warnings[0]).contains(QStringLiteral("limit")),
             result.warnings[0].c_str());
}

// A stream that grows far more than logs compress: stopped once 64 MiB are out, what was read
// kept, and a warning that names the source.
void TestLogOpener::ratioLimit_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("gzip") << QStringLiteral("bomb.log.gz");
    QTest::newRow("zip member") << QStringLiteral("bomb.zip");
}

void TestLogOpener::ratioLimit()
{
    QFETCH(QString, fileName);
    QTemporaryDir dir;
    const QString path = dir.filePath(fileName);
    const QByteArray line(96 << 20, 'A'); // one 96 MiB line: compresses about 1000:1
    if (fileName.endsWith(QLatin1String(".zip"))) {
        KZip zip(path);
        QVERIFY(zip.open(QIODevice::WriteOnly));
        QVERIFY(zip.writeFile(QStringLiteral("huge.log"), line));
        QVERIFY(zip.close());
    } else {
        QVERIFY(writeFile(path, compress(line, KCompressionDevice::GZip)));
    }
    OpenOptions options;
    options.maxRatio = 100;
    const OpenResult result = openLogPath(fsPath(path), options);
    QVERIFY(result.partial);
    QCOMPARE(result.sources.size(), std::size_t(1));
    const std::uint64_t kept = result.sources[0].byteSize();
    qInfo("kept %llu bytes of %lld", static_cast<unsigned long long>(kept),
          static_cast<long long>(line.size()));
    QVERIFY(kept >= (64u << 20));
    QVERIFY(kept < static_cast<std::uint64_t>(line.size()));
    QCOMPARE(result.warnings.size(), std::size_t(1));
    const QString warning = QString::fromStdString(result.warnings[0]);
    QVERIFY2(warning.contains(QStringLiteral("decompression bomb")) &&
                 warning.contains(QStringLiteral("bomb.")),
             qPrintable(warning));

    // With no ratio limit the whole stream is read.
    options.maxRatio = 0;
    const OpenResult whole = openLogPath(fsPath(path), options);
    QVERIFY(!whole.partial);
    QCOMPARE(whole.sources[0].byteSize(), static_cast<std::uint64_t>(line.size()));
}

QTEST_GUILESS_MAIN(TestLogOpener)
#include "tst_log_opener.moc"
