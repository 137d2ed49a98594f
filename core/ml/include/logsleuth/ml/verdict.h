// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The verdict of a line: its score against the threshold, overridden by the analyst's marks.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>

namespace logsleuth::ml {

enum class Verdict : std::uint8_t { Normal, Anomaly, Suppressed, Confirmed };

std::string_view toString(Verdict v); // "normal" "anomaly" "suppressed" "confirmed"
bool isAnomaly(Verdict v);            // Anomaly or Confirmed

// Analyst marks, keyed by masked message.
struct MarkRules {
    std::unordered_set<std::string> falsePositive, truePositive;
    // Records an analyst's mark; a later mark of the same message replaces one of the other kind.
    void add(const std::string& maskedMessage, bool isFalsePositive);
};

// Confirmed when marked true positive (whatever the score); above the threshold (score >
// threshold) it is Anomaly, or Suppressed when marked false positive; else Normal. A NaN
// score is never above the threshold.
Verdict decideVerdict(float score, double threshold, bool markedFalsePositive, bool markedTruePositive);
Verdict decideVerdict(float score, double threshold, const MarkRules& marks,
                      const std::string& maskedMessage);

} // namespace logsleuth::ml
