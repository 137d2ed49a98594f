// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// One entry point from a path on disk to the log texts inside it: a plain file (mapped), a
// gzip/bzip2/xz/zstd file, or a tar (plain or compressed), zip or 7z archive. No Qt in this
// header, so callers outside Qt (the CLI) can use it as they are.
#pragma once

#include "logsleuth/text/log_text.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace logsleuth::io {

// Nothing usable could be read: a missing file, a corrupt archive, a cancel.
class OpenError : public std::runtime_error {
public:
    using runtime_error::runtime_error;
};

struct OpenOptions {
    // Guard against decompression bombs: past this many decompressed bytes in total,
    // reading stops, what was read is kept and the result is marked partial.
    std::uint64_t maxDecompressedBytes = 4ull << 30;
    // A stream or archive member whose output outgrows its input more than this (checked
    // once 64 MiB are out) is a bomb: reading it stops the same way. 0: no ratio limit.
    std::uint64_t maxRatio = 1000;
    // Called with the fraction (0..1) of the input consumed so far; return false to cancel,
    // which makes openLogPath throw OpenError("cancelled"). May be empty.
    std::function<bool(double)> progress;
};

struct OpenResult {
    // One per source: the file itself, or each regular file of an archive in archive order,
    // named "archive.tar.gz!dir/member.log".
    std::vector<text::LogText> sources;
    // One line each, starting with the name of the source concerned.
    std::vector<std::string> warnings;
    // Some input was truncated, corrupt or over the size limit; what could be read is kept.
    bool partial = false;
};

// Detects the format by its magic bytes (the extension only settles a tar without the ustar
// magic). Throws OpenError for a missing or unreadable file, a corrupt archive, or a cancel.
OpenResult openLogPath(const std::filesystem::path& path, const OpenOptions& options = {});

// A compressed file or an archive (by its magic bytes, or a tar's name), which cannot grow in
// place as a log being written does. Throws OpenError as openLogPath does.
bool isPackedLog(const std::filesystem::path& path);

// The first lines of a plain log bigger than maxBytes, as they would come out of openLogPath
// (same name and date): what a window shows while the whole is read. Null for a compressed
// file, an archive, a file of at most maxBytes, or one whose head cannot be cut into lines
// (LogText::openFileHead). Throws OpenError as openLogPath does.
std::optional<text::LogText> openLogHead(const std::filesystem::path& path, std::uint64_t maxBytes);

} // namespace logsleuth::io
