// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "archive_reader.h"

#include "decompress.h"
#include "logsleuth/io/log_opener.h"
#include "progress.h"

#include <K7Zip>
#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KTar>
#include <KZip>
#include <KZipFileEntry>

#include <algorithm>
#include <memory>
#include <vector>

namespace logsleuth::io::detail {
namespace {

struct Member {
    const KArchiveFile* file;
    QString path;
};

// KArchiveDirectory keeps its entries in a hash, so walk everything and sort afterwards.
void collectFiles(const KArchiveDirectory& dir, const QString& prefix, std::vector<Member>& out)
{
    const QStringList names = dir.entries();
    for (const QString& name : names) {
        const KArchiveEntry* entry = dir.entry(name);
        if (entry == nullptr) continue;
        const QString path = prefix.isEmpty() ? name : prefix + QLatin1Char('/') + name;
        if (entry->isDirectory()) {
            collectFiles(*static_cast<const KArchiveDirectory*>(entry), path, out);
        } else if (entry->isFile() && entry->symLinkTarget().isEmpty()) {
            out.push_back({static_cast<const KArchiveFile*>(entry), path});
        }
    }
}

std::unique_ptr<KArchive> makeArchive(QIODevice& device, Archive kind)
{
    switch (kind) {
    case Archive::Tar:
        return std::make_unique<KTar>(&device);
    case Archive::Zip:
        return std::make_unique<KZip>(&device);
    case Archive::SevenZip:
        return std::make_unique<K7Zip>(&device);
    case Archive::None:
        break;
    }
    return nullptr;
}

const char* kindName(Archive kind)
{
    switch (kind) {
    case Archive::Tar:
        return "tar";
    case Archive::Zip:
        return "zip";
    case Archive::SevenZip:
        return "7z";
    case Archive::None:
        break;
    }
    return "unknown";
}

void warn(OpenResult& result, std::string message)
{
    result.warnings.push_back(std::move(message));
    result.partial = true;
}

// The bytes of one member, decompressed when the member itself is gzip/bzip2/xz/zstd.
std::string readMember(const KArchiveFile& file, const std::string& name, Budget& budget, Progress& progress,
                       OpenResult& result)
{
    std::string bytes;
    const std::unique_ptr<QIODevice> device(file.createDevice());
    if (!device || (!device->isOpen() && !device->open(QIODevice::ReadOnly))) {
        warn(result, name + ": cannot read this archive member");
        return bytes;
    }
    const QByteArray head = device->peek(static_cast<qint64>(kSniffBytes));
    const auto sink = [&bytes](std::string_view chunk) { bytes.append(chunk); };
    const auto onChunk = [&progress] { progress.report(0.0); }; // lets a cancel through mid-member

    if (const Compression compression = sniffCompression(std::string_view(head.constData(), head.size()));
        compression != Compression::None) {
        const StreamOutcome outcome = decompress(*device, compression, budget, sink, onChunk);
        if (outcome.end != StreamOutcome::End::Complete) warn(result, describe(outcome, name));
        return bytes;
    }

    const auto expected = static_cast<std::uint64_t>(std::max<qint64>(file.size(), 0));
    // A zip member is deflated inside the archive: its stored size bounds the honest ratio.
    const auto* zipped = dynamic_cast<const KZipFileEntry*>(&file);
    const std::uint64_t stored =
        zipped ? static_cast<std::uint64_t>(std::max<qint64>(zipped->compressedSize(), 0)) : expected;
    bytes.reserve(static_cast<std::size_t>(std::min({expected, budget.bytesLeft, budget.ratioAfter})));
    std::vector<char> buffer(1 << 20);
    for (;;) {
        const qint64 want = static_cast<qint64>(
            std::min<std::uint64_t>(std::max<std::uint64_t>(budget.bytesLeft, 1), buffer.size()));
        const qint64 got = device->read(buffer.data(), want);
        if (got < 0) {
            warn(result, name + ": corrupt archive member (read " + std::to_string(bytes.size()) + " bytes)");
            return bytes;
        }
        if (got == 0) break;
        if (budget.bytesLeft == 0) {
            warn(result, name + ": stopped at the decompressed size limit (read " +
                             std::to_string(bytes.size()) + " bytes)");
            return bytes;
        }
        sink(std::string_view(buffer.data(), static_cast<std::size_t>(got)));
        budget.bytesLeft -= static_cast<std::uint64_t>(got);
        onChunk();
        // The member's own sizes give its ratio (its compressed bytes are not consumed evenly).
        const std::uint64_t whole = std::max<std::uint64_t>(expected, bytes.size());
        if (bytes.size() > budget.ratioAfter && budget.ratioExceeded(whole, stored)) {
            warn(result, name + ": stopped: it decompresses to more than " + std::to_string(budget.maxRatio) +
                             " times its size, like a decompression bomb (read " +
                             std::to_string(bytes.size()) + " bytes)");
            return bytes;
        }
    }
    if (bytes.size() < expected) {
        warn(result, name + ": truncated archive member (read " + std::to_string(bytes.size()) + " of " +
                         std::to_string(expected) + " bytes)");
    }
    return bytes;
}

} // namespace

void readArchive(QIODevice& device, Archive kind, const std::string& displayName, Budget& budget,
                 Progress& progress, OpenResult& result)
{
    const std::unique_ptr<KArchive> archive = makeArchive(device, kind);
    if (!archive || !archive->open(QIODevice::ReadOnly)) {
        QString reason = archive ? archive->errorString() : QString();
        if (reason.isEmpty()) reason = QStringLiteral("not a valid archive");
        throw OpenError("cannot read " + displayName + " as a " + kindName(kind) +
                        " archive: " + reason.toStdString());
    }

    std::vector<Member> members;
    collectFiles(*archive->directory(), QString(), members);
    // position() is where the member's data lies in the archive (in the unpacked stream for
    // 7z), so it gives archive order; the path breaks ties between empty members.
    std::stable_sort(members.begin(), members.end(), [](const Member& a, const Member& b) {
        if (a.file->position() != b.file->position()) return a.file->position() < b.file->position();
        return a.path < b.path;
    });
    if (members.empty()) result.warnings.push_back(displayName + ": the archive holds no files");

    for (std::size_t i = 0; i < members.size(); ++i) {
        const std::string name = displayName + "!" + members[i].path.toStdString();
        std::string bytes = readMember(*members[i].file, name, budget, progress, result);
        result.sources.push_back(text::LogText::fromBytes(std::move(bytes), name));
        progress.report(static_cast<double>(i + 1) / static_cast<double>(members.size()));
    }
    archive->close();
}

} // namespace logsleuth::io::detail
