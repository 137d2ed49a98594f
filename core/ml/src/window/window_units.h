// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Private to the window family (AutoLog): lines grouped into fixed time windows per entity, and
// each window described by how often each template occurs in it. No torch here.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace logsleuth::text {
class Corpus;
}

namespace logsleuth::ml::detail {

struct WindowUnits {
    std::vector<std::uint32_t> lineUnits; // per line
    std::vector<std::uint64_t> unitLines; // per unit
    std::vector<std::int64_t> unitStart;  // per unit: window start, ms since the epoch (or first line number)
    std::vector<std::string> unitEntity;  // per unit: the entity as written ("" when none)
    bool timed = true;                    // false: no line had a time, windows are runs of lines
    bool byEntity = true;                 // false: the entity column names no emitters (see below)
};

// An entity column whose values hardly recur (fewer than this many lines per value on average:
// a file name with a time in it, a request id) names no emitters; windows are then cut by time
// alone, instead of into one-line units that say nothing about volume.
inline constexpr std::uint64_t kMinLinesPerEntity = 20;

// Lines without a time (continuations, unparsed lines) belong to the window of the last timed
// line before them. Without any time at all, a window is `linesPerWindow` consecutive lines.
WindowUnits assignWindows(const text::Corpus& corpus, std::int64_t windowMs, std::uint64_t linesPerWindow);

// The terms of a window: a template, by its text, with the line's severity marker for warnings
// and worse (a template logged as ERROR is not the same event as its INFO twin).
std::vector<std::string> termOfMessage(const text::Corpus& corpus);

// Counts per unit and term column, sparse: unit u holds (column, count) pairs in
// [start[u], start[u+1]).
struct TermCounts {
    std::vector<std::uint32_t> columns;
    std::vector<float> counts;
    std::vector<std::uint64_t> start{0};
};

// columnOfTerm: the model's term columns; terms outside it count in column `otherColumn`.
TermCounts countTerms(const text::Corpus& corpus, const WindowUnits& units,
                      const std::unordered_map<std::string, std::uint32_t>& columnOfTerm,
                      std::uint32_t otherColumn);

} // namespace logsleuth::ml::detail
