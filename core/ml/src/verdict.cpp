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

void MarkRules::add(const std::string& maskedMessage, bool isFalsePositive, std::string id)
{
    if (!id.empty())
        messageIds[maskedMessage] = std::move(id);
    else
        messageIds.erase(maskedMessage);
    (isFalsePositive ? falsePositive : truePositive).insert(maskedMessage);
    (isFalsePositive ? truePositive : falsePositive).erase(maskedMessage);
}

Verdict decideVerdict(float score, double threshold, const MarkRules& marks, const std::string& maskedMessage)
{
    return decideVerdict(score, threshold, marks.falsePositive.contains(maskedMessage),
                         marks.truePositive.contains(maskedMessage));
}

} // namespace logsleuth::ml
