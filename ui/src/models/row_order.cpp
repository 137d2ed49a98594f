// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "models/row_order.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <numeric>
#include <utility>

namespace logsleuth::ui {

std::vector<uint32_t> orderLinesByKey(const std::vector<uint32_t>& lineKeys, size_t keyCount,
                                      const std::function<bool(uint32_t, uint32_t)>& keyLess, bool descending)
{
    std::vector<uint32_t> keys(keyCount);
    std::iota(keys.begin(), keys.end(), 0u);
    if (descending)
        std::stable_sort(keys.begin(), keys.end(), [&](uint32_t a, uint32_t b) { return keyLess(b, a); });
    else
        std::stable_sort(keys.begin(), keys.end(), keyLess);
    return orderLinesByRank(lineKeys, invertOrder(keys), keyCount);
}

std::vector<uint32_t> orderLinesByRank(const std::vector<uint32_t>& lineKeys,
                                       const std::vector<uint32_t>& rankOfKey, size_t rankCount)
{
    std::vector<uint64_t> start(rankCount + 1, 0);
    for (uint32_t key : lineKeys)
        ++start[rankOfKey[key] + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    std::vector<uint32_t> order(lineKeys.size());
    for (uint32_t line = 0; line < lineKeys.size(); ++line)
        order[start[rankOfKey[lineKeys[line]]]++] = line;
    return order;
}

std::vector<uint32_t> keysByCode(const std::vector<uint64_t>& codes)
{
    const size_t n = codes.size();
    std::vector<uint32_t> keys(n), spare(n);
    std::iota(keys.begin(), keys.end(), 0u);
    for (int shift = 0; shift < 64; shift += 8) {
        std::array<size_t, 257> start{};
        for (uint64_t code : codes)
            ++start[((code >> shift) & 0xff) + 1];
        // A byte that is the same in every code does not reorder anything.
        if (std::find(start.begin() + 1, start.end(), n) != start.end()) continue;
        std::partial_sum(start.begin(), start.end(), start.begin());
        for (uint32_t key : keys)
            spare[start[(codes[key] >> shift) & 0xff]++] = key;
        keys.swap(spare);
    }
    return keys;
}

uint32_t scoreCode(float score)
{
    if (std::isnan(score)) return 0;
    if (score == 0.0f) score = 0.0f; // -0 sorts with +0
    const auto bits = std::bit_cast<uint32_t>(score);
    // Negative numbers: all bits flipped (larger magnitude lower); positive: sign bit set.
    // The lowest number, -inf, becomes 0x007fffff, so 0 is free for NaN.
    return (bits & 0x80000000u) ? ~bits : (bits | 0x80000000u);
}

namespace {

struct TextEntry {
    uint64_t chunk; // the next 8 bytes, big-endian, zero-padded
    uint32_t bytes; // how many of them are real (8 = the text goes on)
    uint32_t line;
};

void loadChunk(TextEntry& entry, std::string_view text, size_t offset, bool descending)
{
    unsigned char buffer[8] = {};
    const size_t n = offset < text.size() ? std::min<size_t>(8, text.size() - offset) : 0;
    if (n > 0) std::memcpy(buffer, text.data() + offset, n);
    uint64_t chunk = 0;
    for (unsigned char b : buffer)
        chunk = (chunk << 8) | b;
    // Descending: flip the text order; the line tie-break below stays ascending.
    entry.chunk = descending ? ~chunk : chunk;
    entry.bytes = descending ? 8 - uint32_t(n) : uint32_t(n);
}

} // namespace

std::vector<uint32_t> orderLinesByText(uint64_t lineCount,
                                       const std::function<std::string_view(uint64_t)>& lineText,
                                       bool descending)
{
    std::vector<std::string_view> texts(lineCount);
    for (uint64_t line = 0; line < lineCount; ++line)
        texts[line] = lineText(line);
    std::vector<TextEntry> entries(lineCount);
    for (uint32_t line = 0; line < lineCount; ++line) {
        entries[line].line = line;
        loadChunk(entries[line], texts[line], 0, descending);
    }
    const auto less = [](const TextEntry& a, const TextEntry& b) {
        if (a.chunk != b.chunk) return a.chunk < b.chunk;
        if (a.bytes != b.bytes) return a.bytes < b.bytes;
        return a.line < b.line;
    };
    const uint32_t goesOn = descending ? 0 : 8; // "bytes" of an entry whose text continues
    // Ranges of equal chunks whose texts go on are sorted again on their next 8 bytes.
    struct Range {
        size_t begin, end, offset;
    };
    std::vector<Range> todo{{0, entries.size(), 0}};
    while (!todo.empty()) {
        const Range range = todo.back();
        todo.pop_back();
        const auto first = entries.begin() + std::ptrdiff_t(range.begin);
        const auto last = entries.begin() + std::ptrdiff_t(range.end);
        // Common for repeated prefixes (timestamps, identical lines): nothing to sort at this depth.
        const bool allSame = std::all_of(first, last, [&](const TextEntry& e) {
            return e.chunk == first->chunk && e.bytes == first->bytes;
        });
        if (!allSame) std::sort(first, last, less);
        for (size_t i = range.begin; i < range.end;) {
            size_t j = i + 1;
            while (j < range.end && entries[j].chunk == entries[i].chunk &&
                   entries[j].bytes == entries[i].bytes)
                ++j;
            if (j - i > 1 && entries[i].bytes == goesOn) {
                const size_t offset = range.offset + 8;
                for (size_t k = i; k < j; ++k)
                    loadChunk(entries[k], texts[entries[k].line], offset, descending);
                todo.push_back({i, j, offset});
            }
            i = j;
        }
    }
    std::vector<uint32_t> order(lineCount);
    for (uint32_t row = 0; row < lineCount; ++row)
        order[row] = entries[row].line;
    return order;
}

std::vector<uint32_t> reversedLines(uint64_t lineCount)
{
    std::vector<uint32_t> order(lineCount);
    for (uint64_t row = 0; row < lineCount; ++row)
        order[row] = uint32_t(lineCount - 1 - row);
    return order;
}

std::vector<uint32_t> invertOrder(const std::vector<uint32_t>& order)
{
    std::vector<uint32_t> inverse(order.size());
    for (uint32_t row = 0; row < order.size(); ++row)
        inverse[order[row]] = row;
    return inverse;
}

} // namespace logsleuth::ui
