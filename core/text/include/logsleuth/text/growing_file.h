// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Looking at a file on disk that is being written, for followers (the window's and
// `templates --follow`): who it is and how big, and bytes of it. POSIX: a rotation is a new inode
// at the same path, which only stat tells.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace logsleuth::text {

// At most this much of a followed file is read at one look, so that one burst (or a big file
// that appears in a followed folder) cannot hold the reader for long; the rest comes on the next.
inline constexpr std::uint64_t kMaxFollowReadBytes = std::uint64_t{64} << 20;

struct FileState {
    std::uint64_t identity = 0; // device and inode
    std::uint64_t size = 0;
    std::int64_t modifiedMs = 0; // since the epoch
};

// The state of a regular file; none for a missing path or anything else.
std::optional<FileState> fileStateOf(const std::string& path);

// Bytes [from, to) of the file into `bytes` (fewer when it shrank meanwhile); false with the
// reason in `error` when it cannot be opened.
bool readFileRange(const std::string& path, std::uint64_t from, std::uint64_t to, std::string& bytes,
                   std::string& error);

} // namespace logsleuth::text
