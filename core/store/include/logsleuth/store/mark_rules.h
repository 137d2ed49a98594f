// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The stored marks as the rules scoring applies, every scope with its mark's UUID. Header-only,
// for the callers that link both the store and core/ml (the GUI and logsleuth-cli-ml); the store
// library itself knows nothing of models.
#pragma once

#include "logsleuth/ml/verdict.h"
#include "logsleuth/store/fact_store.h"
#include "logsleuth/text/records.h"

#include <optional>
#include <string>
#include <utility>

#include <vector>

namespace logsleuth::store {

// The severity a mark was made at, by the name core/text gives it; none for a mark made before
// marks kept it, or one naming a severity this build does not know: such a mark reaches every
// severity.
inline std::optional<text::Severity> severityOfMark(const Mark& mark)
{
    if (!mark.severity) return std::nullopt;
    for (int s = 0; s <= static_cast<int>(text::Severity::Fatal); ++s)
        if (text::toString(static_cast<text::Severity>(s)) == *mark.severity)
            return static_cast<text::Severity>(s);
    return std::nullopt;
}

// The name a mark keeps for a severity ("" for a line without a level).
inline std::string severityName(text::Severity severity)
{
    return std::string(text::toString(severity));
}

inline ml::MarkRules toMarkRules(const std::vector<Mark>& marks)
{
    ml::MarkRules rules;
    for (const Mark& mark : marks) { // oldest first: a later mark overrides within its scope
        const bool falsePositive = mark.kind == MarkKind::FalsePositive;
        switch (mark.scope) {
        case MarkScope::Message:
            rules.add(mark.maskedMessage, falsePositive, mark.uuid, severityOfMark(mark));
            break;
        case MarkScope::Template:
        case MarkScope::Regex:
        case MarkScope::Line: {
            ml::MarkRules::Rule rule;
            rule.falsePositive = falsePositive;
            rule.id = mark.uuid;
            if (mark.scope == MarkScope::Template) {
                rule.scope = ml::MarkRules::Scope::Template;
                rule.text = mark.templateText;
                rule.severity = severityOfMark(mark);
                rule.message = mark.maskedMessage;
            } else if (mark.scope == MarkScope::Regex) {
                rule.scope = ml::MarkRules::Scope::Regex;
                rule.text = mark.pattern;
            } else {
                rule.scope = ml::MarkRules::Scope::Line;
                rule.source = mark.source;
                rule.lineNumber = mark.lineNumber;
            }
            rules.addRule(std::move(rule));
            break;
        }
        }
    }
    return rules;
}

} // namespace logsleuth::store
