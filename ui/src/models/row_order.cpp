// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "models/row_order.h"

#include <algorithm>
#include <numeric>

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

    // Counting sort of the lines by the rank of their key.
    std::vector<uint32_t> rank(keyCount);
    for (uint32_t r = 0; r < keys.size(); ++r)
        rank[keys[r]] = r;
    std::vector<uint64_t> start(keyCount + 1, 0);
    for (uint32_t key : lineKeys)
        ++start[rank[key] + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    std::vector<uint32_t> order(lineKeys.size());
    for (uint32_t line = 0; line < lineKeys.size(); ++line)
        order[start[rank[lineKeys[line]]]++] = line;
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
