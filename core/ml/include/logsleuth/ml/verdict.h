// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The verdict of a line: its score against the threshold, overridden by the analyst's marks.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace logsleuth::ml {

enum class Verdict : std::uint8_t { Normal, Anomaly, Suppressed, Confirmed };

std::string_view toString(Verdict v); // "normal" "anomaly" "suppressed" "confirmed"
bool isAnomaly(Verdict v);            // Anomaly or Confirmed

// Analyst marks. Message marks are keyed by masked message; the others are kept in the order
// they were made. A unit takes the verdict of the narrowest scope that reaches it (line >
// message > template > regex), and within a scope the later mark.
struct MarkRules {
    std::unordered_set<std::string> falsePositive, truePositive; // message scope
    std::unordered_map<std::string, std::string> messageIds;     // message → the mark's id, when known
    // Records an analyst's mark; a later mark of the same message replaces one of the other kind.
    void add(const std::string& maskedMessage, bool isFalsePositive, std::string id = {});

    enum class Scope { Line, Template, Regex };
    struct Rule {
        Scope scope = Scope::Template;
        bool falsePositive = true;
        std::string text;             // template text, or the regular expression (RE2)
        std::string source;           // line scope: the source's name
        std::uint64_t lineNumber = 0; // line scope: 1-based line in that source
        std::string id;               // the mark's id (UUID), when known
    };
    std::vector<Rule> rules; // oldest first
    void addRule(Rule rule) { rules.push_back(std::move(rule)); }
    bool empty() const { return falsePositive.empty() && truePositive.empty() && rules.empty(); }
};

// Confirmed when marked true positive (whatever the score); above the threshold (score >
// threshold) it is Anomaly, or Suppressed when marked false positive; else Normal. A NaN
// score is never above the threshold.
Verdict decideVerdict(float score, double threshold, bool markedFalsePositive, bool markedTruePositive);
Verdict decideVerdict(float score, double threshold, const MarkRules& marks,
                      const std::string& maskedMessage);

} // namespace logsleuth::ml
