// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Streaming decompression behind one function, so plain compressed files, compressed tars
// and compressed archive members share one loop, one size limit and one notion of "damaged".
#pragma once

#include "format_sniff.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

class QIODevice;

namespace logsleuth::io::detail {

struct StreamOutcome {
    enum class End {
        Complete,  // the compressed stream ended properly
        Truncated, // the input ran out mid-stream
        Corrupt,   // the decompressor rejected the data
        OverLimit, // the decompressed size budget ran out
    };
    std::uint64_t bytes = 0; // decompressed bytes handed to the sink
    End end = End::Complete;
};

// Decompresses `input` (open for reading, positioned at the stream's start) and hands each
// chunk to `sink`. `budget` is the decompressed bytes still allowed and shrinks as they come;
// `onChunk` runs after each chunk (progress, cancel: it may throw).
StreamOutcome decompress(QIODevice& input, Compression type, std::uint64_t& budget,
                         const std::function<void(std::string_view)>& sink,
                         const std::function<void()>& onChunk);

// "NAME: truncated compressed data (read N bytes)" and the like; empty for Complete.
std::string describe(const StreamOutcome& outcome, std::string_view name);

} // namespace logsleuth::io::detail
