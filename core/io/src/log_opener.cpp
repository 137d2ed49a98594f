// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Decides what a path holds and sends it down the right road: mapped plain text, a
// decompressed stream, or an archive's members.
#include "logsleuth/io/log_opener.h"

#include "archive_reader.h"
#include "decompress.h"
#include "format_sniff.h"
#include "progress.h"

#include <QFile>
#include <QTemporaryFile>

#include <cerrno>
#include <fstream>
#include <system_error>

namespace logsleuth::io {
namespace {

using namespace detail;

[[noreturn]] void throwCannotOpen(const std::filesystem::path& path, const std::string& reason)
{
    throw OpenError("cannot open " + path.string() + ": " + reason);
}

// The first bytes, read with std streams so errors carry errno's wording.
std::string readHead(const std::filesystem::path& path)
{
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (error) throwCannotOpen(path, std::generic_category().message(error.value()));
    if (std::filesystem::is_directory(status)) throwCannotOpen(path, "Is a directory");

    errno = 0;
    std::ifstream in(path, std::ios::binary);
    if (!in) throwCannotOpen(path, std::generic_category().message(errno != 0 ? errno : EIO));
    std::string head(kSniffBytes, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    return head;
}

void openQFile(QFile& file, const std::filesystem::path& path)
{
    if (!file.open(QIODevice::ReadOnly)) throwCannotOpen(path, file.errorString().toStdString());
}

double consumed(const QFile& file)
{
    const qint64 size = file.size();
    return size > 0 ? static_cast<double>(file.pos()) / static_cast<double>(size) : 1.0;
}

// True when the decompressed stream starts like a tar (ustar magic at 257).
bool decompressesToTar(QFile& file, Compression compression)
{
    std::string head;
    Budget budget{kSniffBytes, 0};
    (void)decompress(
        file, compression, budget, [&head](std::string_view chunk) { head.append(chunk); }, [] {});
    file.seek(0);
    return sniffArchive(head) == Archive::Tar;
}

void openCompressedTar(QFile& file, Compression compression, const std::string& displayName, Budget& budget,
                       Progress& progress, OpenResult& result)
{
    // Unpack to a temporary file first: KTar needs to seek, and doing the streaming here
    // keeps progress, cancel, the size limit and truncation reporting in our hands.
    QTemporaryFile unpacked;
    if (!unpacked.open()) {
        throw OpenError("cannot unpack " + displayName + ": no temporary file (" +
                        unpacked.errorString().toStdString() + ")");
    }
    progress.setPhase(0.0, 0.9);
    const StreamOutcome outcome = decompress(
        file, compression, budget,
        [&](std::string_view chunk) {
            if (unpacked.write(chunk.data(), static_cast<qint64>(chunk.size())) !=
                static_cast<qint64>(chunk.size())) {
                throw OpenError("cannot unpack " + displayName + ": " + unpacked.errorString().toStdString());
            }
        },
        [&] { progress.report(consumed(file)); });
    if (outcome.end != StreamOutcome::End::Complete) {
        result.warnings.push_back(describe(outcome, displayName));
        result.partial = true;
    }
    unpacked.flush();
    unpacked.seek(0);
    progress.setPhase(0.9, 1.0);
    readArchive(unpacked, Archive::Tar, displayName, budget, progress, result);
}

void openCompressed(QFile& file, Compression compression, const std::string& displayName, Budget& budget,
                    Progress& progress, OpenResult& result)
{
    std::string bytes;
    // Most of a log is read into memory anyway; reserving a guess of the size saves regrowth.
    const StreamOutcome outcome = decompress(
        file, compression, budget, [&bytes](std::string_view chunk) { bytes.append(chunk); },
        [&] { progress.report(consumed(file)); });
    if (outcome.end != StreamOutcome::End::Complete) {
        result.warnings.push_back(describe(outcome, displayName));
        result.partial = true;
    }
    result.sources.push_back(text::LogText::fromBytes(std::move(bytes), displayName));
}

} // namespace

OpenResult openLogPath(const std::filesystem::path& path, const OpenOptions& options)
{
    const std::string head = readHead(path);
    // Sources are named by the path as the user gave it (as plain files are), so the CLI's
    // "file" column and the GUI show "logs/a.tar.gz!x.log" for an archive member.
    const std::string displayName = path.string();
    Progress progress(options.progress);
    Budget budget{options.maxDecompressedBytes, options.maxRatio};
    OpenResult result;

    const Compression compression = sniffCompression(head);
    Archive archive = sniffArchive(head);
    if (archive == Archive::None && compression == Compression::None && hasTarName(displayName) &&
        !head.empty()) {
        archive = Archive::Tar; // an old tar without the ustar magic
    }

    try {
        if (archive != Archive::None) {
            QFile file(QFile::decodeName(path.c_str()));
            openQFile(file, path);
            readArchive(file, archive, displayName, budget, progress, result);
        } else if (compression != Compression::None) {
            QFile file(QFile::decodeName(path.c_str()));
            openQFile(file, path);
            if (hasTarName(displayName) || decompressesToTar(file, compression)) {
                openCompressedTar(file, compression, displayName, budget, progress, result);
            } else {
                openCompressed(file, compression, displayName, budget, progress, result);
            }
        } else {
            result.sources.push_back(text::LogText::openFile(path));
        }
    } catch (const text::TextError& error) {
        throw OpenError(error.what());
    }
    progress.report(1.0);
    return result;
}

bool isPackedLog(const std::filesystem::path& path)
{
    const std::string head = readHead(path);
    return sniffCompression(head) != Compression::None || sniffArchive(head) != Archive::None ||
           hasTarName(path.string());
}

std::optional<text::LogText> openLogHead(const std::filesystem::path& path, std::uint64_t maxBytes)
{
    if (isPackedLog(path)) return std::nullopt;
    try {
        return text::LogText::openFileHead(path, maxBytes);
    } catch (const text::TextError& error) {
        throw OpenError(error.what());
    }
}

} // namespace logsleuth::io
