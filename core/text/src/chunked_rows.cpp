// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/text/chunked_rows.h"

#include <algorithm>
#include <array>
#include <thread>
#include <vector>

namespace logsleuth::text {
namespace {

// Items a worker makes at a time: a few MB of text, enough to pay for a thread.
constexpr std::uint64_t kChunkItems = 1 << 15;

} // namespace

bool writeRowsInChunks(std::ostream& out, std::uint64_t first, std::uint64_t end, unsigned threads,
                       const std::atomic<bool>& stop, const AppendRows& appendRows)
{
    threads = std::clamp(threads, 1u, 64u);
    const std::uint64_t roundItems = kChunkItems * threads;
    std::array<std::vector<std::string>, 2> rounds{std::vector<std::string>(threads),
                                                   std::vector<std::string>(threads)};
    std::vector<std::thread> workers;
    const auto startRound = [&](std::vector<std::string>& buffers, std::uint64_t roundStart) {
        for (unsigned t = 0; t < threads; ++t) {
            buffers[t].clear();
            const std::uint64_t from = roundStart + t * kChunkItems;
            const std::uint64_t to = std::min(end, from + kChunkItems);
            if (from >= to) break;
            if (threads == 1)
                appendRows(buffers[t], from, to);
            else
                workers.emplace_back(
                    [&appendRows, &buffers, t, from, to] { appendRows(buffers[t], from, to); });
        }
    };
    const auto joinRound = [&] {
        for (auto& worker : workers)
            worker.join();
        workers.clear();
    };
    if (first < end) startRound(rounds[0], first);
    bool stopped = false;
    for (std::uint64_t roundStart = first, turn = 0; roundStart < end; roundStart += roundItems, turn ^= 1) {
        joinRound();
        if (stop.load(std::memory_order_relaxed)) {
            stopped = true;
            break;
        }
        if (roundStart + roundItems < end) startRound(rounds[turn ^ 1], roundStart + roundItems);
        for (const std::string& buffer : rounds[turn])
            out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    }
    joinRound();
    return !stopped;
}

} // namespace logsleuth::text
