// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Private: which unmarked messages cannot be trusted as normal. The supervised model labels the
// messages no mark reaches by the unsupervised base's verdict; a message that shares the marked
// anomalies' distinctive words ("disk", "raid" after a mark on a RAID failure) would then teach
// it that such words are normal, and the marks would never reach past their own lines. Positive-
// unlabelled learning keeps only "reliable negatives" for that (Liu et al.'s 1-DNF step): here,
// the unmarked messages that hold none of the words that are common in the marked anomalies and
// rare everywhere else.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace logsleuth::ml::detail {

struct AnomalyWordRule {
    // A word is the anomalies' when at least this share of the marked anomalous lines hold it...
    double inAnomalies = 0.5;
    // ... and at most this share of the unmarked lines.
    double elsewhere = 0.1;
};

// Per message: 1 when it is unmarked (`unmarked[key]`) and holds a word of the anomalies
// (`anomalous` lists the keys marked as true positives). Shares count lines (lineCounts).
std::vector<std::uint8_t> resemblesMarkedAnomalies(const std::vector<std::string_view>& texts,
                                                   const std::vector<std::uint64_t>& lineCounts,
                                                   const std::vector<std::size_t>& anomalous,
                                                   const std::vector<std::uint8_t>& unmarked,
                                                   AnomalyWordRule rule = {});

} // namespace logsleuth::ml::detail
