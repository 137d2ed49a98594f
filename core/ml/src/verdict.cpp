// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/ml/verdict.h"

namespace logsleuth::ml {

std::string_view toString(Verdict v)
{
    switch (v) {
    case Verdict::Normal:
        return "normal";
    case Verdict::Anomaly:
        return "anomaly";
    case Verdict::Suppressed:
        return "suppressed";
    case Verdict::Confirmed:
        return "confirmed";
    }
    return "normal";
}

bool isAnomaly(Verdict v)
{
    return v == Verdict::Anomaly || v == Verdict::Confirmed;
}

Verdict decideVerdict(float score, double threshold, bool markedFalsePositive, bool markedTruePositive)
{
    if (markedTruePositive) return Verdict::Confirmed;
    // Written as a positive comparison so that NaN is never above the threshold.
    if (!(double(score) > threshold)) return Verdict::Normal;
    return markedFalsePositive ? Verdict::Suppressed : Verdict::Anomaly;
}

std::string MarkRules::keyOf(std::string_view maskedMessage, std::optional<text::Severity> severity)
{
    std::string key(maskedMessage);
    key.push_back('\x1f');
    key.push_back(severity ? static_cast<char>('0' + static_cast<int>(*severity)) : '*');
    return key;
}

void MarkRules::add(std::string_view maskedMessage, bool isFalsePositive, std::string id,
                    std::optional<text::Severity> severity)
{
    m_messages.insert_or_assign(keyOf(maskedMessage, severity), MessageMark{isFalsePositive, std::move(id)});
}

const MarkRules::MessageMark* MarkRules::messageMark(std::string_view maskedMessage,
                                                     text::Severity severity) const
{
    if (m_messages.empty()) return nullptr;
    for (const std::optional<text::Severity> at :
         {std::optional<text::Severity>(severity), std::optional<text::Severity>()})
        if (const auto found = m_messages.find(keyOf(maskedMessage, at)); found != m_messages.end())
            return &found->second;
    return nullptr;
}

Verdict decideVerdict(float score, double threshold, const MarkRules& marks, std::string_view maskedMessage,
                      text::Severity severity)
{
    const MarkRules::MessageMark* mark = marks.messageMark(maskedMessage, severity);
    return decideVerdict(score, threshold, mark && mark->falsePositive, mark && !mark->falsePositive);
}

} // namespace logsleuth::ml
