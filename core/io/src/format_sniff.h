// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Recognising a file by its first bytes. Extensions lie (rotated logs named .1, downloads
// named .log that are gzip), magic bytes do not.
#pragma once

#include <cstddef>
#include <string_view>

namespace logsleuth::io::detail {

enum class Compression { None, GZip, BZip2, Xz, Zstd };
enum class Archive { None, Tar, Zip, SevenZip };

// Enough for every magic below, the tar one (at offset 257) included.
inline constexpr std::size_t kSniffBytes = 512;

Compression sniffCompression(std::string_view head);
Archive sniffArchive(std::string_view head);
// .tar, .tar.gz, .tgz, …: for old tars that predate the ustar magic.
bool hasTarName(std::string_view fileName);

} // namespace logsleuth::io::detail
