// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/ml/explain.h"

#include "logsleuth/text/header_evidence.h"

#include <algorithm>

namespace logsleuth::ml {

double explanationTotal(const Explanation& explanation)
{
    double sum =
        std::max(0.0, double(explanation.unknownTokenError)) * double(explanation.unknownTokens.size());
    for (const TokenContribution& token : explanation.tokens)
        sum += std::max(0.0, double(token.error));
    return std::max(std::max(0.0, double(explanation.score)), sum);
}

std::string formatExplanation(const Explanation& explanation, std::size_t top)
{
    std::string text;
    auto add = [&text](char sign, std::string_view token) {
        if (!text.empty()) text += ' ';
        text += sign;
        text += token;
    };
    if (text::has(explanation.headerEvidence, text::HeaderEvidence::Unowned)) add('!', "every-component");
    if (text::has(explanation.headerEvidence, text::HeaderEvidence::Strays)) add('!', "off-layout");
    if (text::has(explanation.headerEvidence, text::HeaderEvidence::RareLevel)) add('!', "rare-level");
    if (explanation.routine) add('~', "routine");
    if (explanation.directive) add('~', "directive");
    if (explanation.rankedByLevel) add('^', "level");
    for (std::size_t i = 0; i < explanation.tokens.size() && i < top; ++i)
        add(explanation.tokens[i].present ? '+' : '-', explanation.tokens[i].token);
    for (std::size_t i = 0; i < explanation.unknownTokens.size() && i < top; ++i)
        add('?', explanation.unknownTokens[i]);
    return text;
}
} // namespace logsleuth::ml
