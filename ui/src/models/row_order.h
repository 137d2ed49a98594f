// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Row permutations for the log table. Most sortable columns are properties of the distinct
// masked message (score, verdict, template), so lines are ordered by ranking the distinct
// messages and then bucketing the lines by rank: O(lines + messages) with a radix sort of the
// messages' codes, instead of a comparison sort over every line. Everything here runs on the
// GUI thread when a header is clicked, so it must stay well under a frame budget per million
// lines.
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace logsleuth::ui {

// Lines ordered by the rank of their key under keyLess (descending reverses the key order);
// lines with the same key stay in file order. lineKeys[line] < keyCount. A comparison sort of
// the keys: for few keys (sources); many keys rank through keysByCode instead.
std::vector<uint32_t> orderLinesByKey(const std::vector<uint32_t>& lineKeys, size_t keyCount,
                                      const std::function<bool(uint32_t, uint32_t)>& keyLess,
                                      bool descending);

// Lines ordered by rankOfKey[lineKeys[line]] (a counting sort); equal ranks stay in file order.
// Every rank is < rankCount.
std::vector<uint32_t> orderLinesByRank(const std::vector<uint32_t>& lineKeys,
                                       const std::vector<uint32_t>& rankOfKey, size_t rankCount);

// Keys 0..codes.size()-1 ordered by ascending code, equal codes in key order (LSD radix sort,
// passes over bytes that are the same in every code are skipped).
std::vector<uint32_t> keysByCode(const std::vector<uint64_t>& codes);

// An unsigned code that orders as the scores do (-0 == +0); NaN codes below every number.
uint32_t scoreCode(float score);

// Lines ordered byte-wise by their text; equal texts stay in file order, also when descending.
// An MSD sort on 8-byte big-endian chunks: integer compares, a string compare never.
std::vector<uint32_t> orderLinesByText(uint64_t lineCount,
                                       const std::function<std::string_view(uint64_t)>& lineText,
                                       bool descending);

// File order reversed.
std::vector<uint32_t> reversedLines(uint64_t lineCount);

// Inverse permutation, result[order[i]] = i: the row of each line, or the rank of each key.
std::vector<uint32_t> invertOrder(const std::vector<uint32_t>& order);

} // namespace logsleuth::ui
