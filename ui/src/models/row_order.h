// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Row permutations for the log table. Most sortable columns are properties of the distinct
// masked message (score, verdict, template), so lines are ordered by ranking the few distinct
// messages and then bucketing the lines by rank: O(lines + messages log messages) instead of
// a comparison sort over every line.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

namespace logsleuth::ui {

// Lines ordered by the rank of their key under keyLess (descending reverses the key order);
// lines with the same key stay in file order. lineKeys[line] < keyCount.
std::vector<uint32_t> orderLinesByKey(const std::vector<uint32_t>& lineKeys, size_t keyCount,
                                      const std::function<bool(uint32_t, uint32_t)>& keyLess,
                                      bool descending);

// File order reversed.
std::vector<uint32_t> reversedLines(uint64_t lineCount);

// Inverse permutation: result[line] = row.
std::vector<uint32_t> invertOrder(const std::vector<uint32_t>& order);

} // namespace logsleuth::ui
