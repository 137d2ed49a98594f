// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The verdict of a line: its score against the threshold, overridden by the analyst's marks.
#pragma once

#include "logsleuth/text/records.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace logsleuth::ml {

enum class Verdict : std::uint8_t { Normal, Anomaly, Suppressed, Confirmed };

std::string_view toString(Verdict v); // "normal" "anomaly" "suppressed" "confirmed"
bool isAnomaly(Verdict v);            // Anomaly or Confirmed

// Analyst marks. Message marks are keyed by masked message and the severity of the marked
// line; the others are kept in the order they were made. A unit takes the verdict of the
// narrowest scope that reaches it (line > message > template > regex), and within a scope the
// later mark. The same masked message at another level is another message: a web server's 500
// masks to the text of its 200, so a mark of one must not decide the other.
class MarkRules {
public:
    struct MessageMark {
        bool falsePositive = true;
        std::string id; // the mark's id (UUID), when known
    };
    // Records a message mark. With a severity it reaches the message at that severity only;
    // without (marks made before marks kept their line's level) at every severity, below a mark
    // made at the line's own severity. A later mark of the same message and severity replaces
    // an earlier one.
    void add(std::string_view maskedMessage, bool isFalsePositive, std::string id = {},
             std::optional<text::Severity> severity = std::nullopt);
    // The message mark that reaches a message logged at `severity`, or null.
    const MessageMark* messageMark(std::string_view maskedMessage, text::Severity severity) const;
    std::size_t messageMarkCount() const { return m_messages.size(); }

    enum class Scope { Line, Template, Regex };
    struct Rule {
        Scope scope = Scope::Template;
        bool falsePositive = true;
        std::string text;             // template text, or the regular expression (RE2)
        std::string source;           // line scope: the source's name
        std::uint64_t lineNumber = 0; // line scope: 1-based line in that source
        std::string id;               // the mark's id (UUID), when known
        // Template scope: the marked line's severity, the only one the mark reaches; none for
        // every severity.
        std::optional<text::Severity> severity;
        // Template scope: the marked line's masked message. Where no template of the corpus
        // reads as `text` (another log, another miner), the mark reaches the template this
        // message joins there, found without moving the miner.
        std::string message;
    };
    std::vector<Rule> rules; // oldest first
    void addRule(Rule rule) { rules.push_back(std::move(rule)); }
    bool empty() const { return m_messages.empty() && rules.empty(); }
    std::size_t size() const { return m_messages.size() + rules.size(); }

private:
    // The masked message, a separator and the severity's digit, or '*' for every severity.
    static std::string keyOf(std::string_view maskedMessage, std::optional<text::Severity> severity);
    std::unordered_map<std::string, MessageMark> m_messages;
};

// Confirmed when marked true positive (whatever the score); above the threshold (score >
// threshold) it is Anomaly, or Suppressed when marked false positive; else Normal. A NaN
// score is never above the threshold.
Verdict decideVerdict(float score, double threshold, bool markedFalsePositive, bool markedTruePositive);
Verdict decideVerdict(float score, double threshold, const MarkRules& marks, std::string_view maskedMessage,
                      text::Severity severity);

} // namespace logsleuth::ml
