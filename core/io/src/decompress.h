// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Streaming decompression behind one function, so plain compressed files, compressed tars
// and compressed archive members share one loop, one size limit and one notion of "damaged".
#pragma once

#include "format_sniff.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

class QIODevice;

namespace logsleuth::io::detail {

// What may still be decompressed: a total size, and a ratio of output to input past which a
// stream is taken for a decompression bomb (checked once the output passes ratioAfter).
struct Budget {
    std::uint64_t bytesLeft = 0;
    std::uint64_t maxRatio = 0; // 0: no ratio limit
    std::uint64_t ratioAfter = 64ull << 20;

    bool ratioExceeded(std::uint64_t output, std::uint64_t input) const
    {
        return maxRatio != 0 && output > ratioAfter && output / std::max<std::uint64_t>(input, 1) > maxRatio;
    }
};

struct StreamOutcome {
    enum class End {
        Complete,  // the compressed stream ended properly
        Truncated, // the input ran out mid-stream
        Corrupt,   // the decompressor rejected the data
        OverLimit, // the decompressed size budget ran out
        OverRatio, // it decompresses far more than any log does: a bomb
    };
    std::uint64_t maxRatio = 0; // for the message
    std::uint64_t bytes = 0;    // decompressed bytes handed to the sink
    End end = End::Complete;
};

// Decompresses `input` (open for reading, positioned at the stream's start) and hands each
// chunk to `sink`. `budget.bytesLeft` is the decompressed bytes still allowed and shrinks as they come;
// `onChunk` runs after each chunk (progress, cancel: it may throw).
StreamOutcome decompress(QIODevice& input, Compression type, Budget& budget,
                         const std::function<void(std::string_view)>& sink,
                         const std::function<void()>& onChunk);

// "NAME: truncated compressed data (read N bytes)" and the like; empty for Complete.
std::string describe(const StreamOutcome& outcome, std::string_view name);

} // namespace logsleuth::io::detail
