// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "decompress.h"

#include <KCompressionDevice>

#include <algorithm>
#include <vector>

namespace logsleuth::io::detail {
namespace {

KCompressionDevice::CompressionType toKArchive(Compression type)
{
    switch (type) {
    case Compression::GZip:
        return KCompressionDevice::GZip;
    case Compression::BZip2:
        return KCompressionDevice::BZip2;
    case Compression::Xz:
        return KCompressionDevice::Xz;
    case Compression::Zstd:
        return KCompressionDevice::Zstd;
    case Compression::None:
        break;
    }
    return KCompressionDevice::None;
}

constexpr qint64 kChunk = 1 << 20;

} // namespace

StreamOutcome decompress(QIODevice& input, Compression type, Budget& budget,
                         const std::function<void(std::string_view)>& sink,
                         const std::function<void()>& onChunk)
{
    // The input stays open and owned by the caller, who reads its position for progress.
    KCompressionDevice device(&input, false, toKArchive(type));
    StreamOutcome outcome;
    if (!device.open(QIODevice::ReadOnly)) {
        outcome.end = StreamOutcome::End::Corrupt;
        return outcome;
    }
    std::vector<char> buffer(static_cast<std::size_t>(kChunk));
    const qint64 inputStart = input.pos();
    outcome.maxRatio = budget.maxRatio;
    for (;;) {
        // With the budget spent, one more byte tells "exactly at the limit" from "over it".
        const qint64 want = budget.bytesLeft == 0
                                ? 1
                                : static_cast<qint64>(std::min<std::uint64_t>(budget.bytesLeft, kChunk));
        const qint64 got = device.read(buffer.data(), want);
        if (got < 0) {
            outcome.end = StreamOutcome::End::Corrupt;
            break;
        }
        if (got == 0) {
            // KCompressionDevice answers 0 both at the stream's end and when the input runs
            // dry mid-stream; only the first leaves it atEnd().
            if (!device.atEnd()) outcome.end = StreamOutcome::End::Truncated;
            break;
        }
        if (budget.bytesLeft == 0) {
            outcome.end = StreamOutcome::End::OverLimit;
            break;
        }
        const auto size = static_cast<std::size_t>(got);
        sink(std::string_view(buffer.data(), size));
        outcome.bytes += size;
        budget.bytesLeft -= size;
        onChunk();
        if (budget.ratioExceeded(outcome.bytes,
                                 static_cast<std::uint64_t>(std::max<qint64>(input.pos() - inputStart, 0)))) {
            outcome.end = StreamOutcome::End::OverRatio;
            break;
        }
    }
    device.close();
    return outcome;
}

std::string describe(const StreamOutcome& outcome, std::string_view name)
{
    const std::string read = " (read " + std::to_string(outcome.bytes) + " bytes)";
    switch (outcome.end) {
    case StreamOutcome::End::Complete:
        return {};
    case StreamOutcome::End::Truncated:
        return std::string(name) + ": truncated compressed data" + read;
    case StreamOutcome::End::Corrupt:
        return std::string(name) + ": corrupt compressed data" + read;
    case StreamOutcome::End::OverLimit:
        return std::string(name) + ": stopped at the decompressed size limit" + read;
    case StreamOutcome::End::OverRatio:
        return std::string(name) + ": stopped: it decompresses to more than " +
               std::to_string(outcome.maxRatio) + " times its size, like a decompression bomb" + read;
    }
    return {};
}

} // namespace logsleuth::io::detail
