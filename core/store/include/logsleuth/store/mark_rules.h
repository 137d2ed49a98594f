// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The stored marks as the rules scoring applies, every scope with its mark's UUID. Header-only,
// for the callers that link both the store and core/ml (the GUI and logsleuth-cli-ml); the store
// library itself knows nothing of models.
#pragma once

#include "logsleuth/ml/verdict.h"
#include "logsleuth/store/fact_store.h"

#include <vector>

namespace logsleuth::store {

inline ml::MarkRules toMarkRules(const std::vector<Mark>& marks)
{
    ml::MarkRules rules;
    for (const Mark& mark : marks) { // oldest first: a later mark overrides within its scope
        const bool falsePositive = mark.kind == MarkKind::FalsePositive;
        switch (mark.scope) {
        case MarkScope::Message:
            rules.add(mark.maskedMessage, falsePositive, mark.uuid);
            break;
        case MarkScope::Template:
            rules.addRule(
                {ml::MarkRules::Scope::Template, falsePositive, mark.templateText, {}, 0, mark.uuid});
            break;
        case MarkScope::Regex:
            rules.addRule({ml::MarkRules::Scope::Regex, falsePositive, mark.pattern, {}, 0, mark.uuid});
            break;
        case MarkScope::Line:
            rules.addRule(
                {ml::MarkRules::Scope::Line, falsePositive, {}, mark.source, mark.lineNumber, mark.uuid});
            break;
        }
    }
    return rules;
}

} // namespace logsleuth::store
