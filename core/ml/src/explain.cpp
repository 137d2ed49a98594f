// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/ml/explain.h"

#include "logsleuth/ml/detector.h"
#include "logsleuth/ml/features.h"

#include <algorithm>
#include <numeric>
#include <unordered_set>

namespace logsleuth::ml {

Explanation explainMessage(const Detector& detector, std::string_view maskedMessage, std::size_t top)
{
    Explanation explanation;
    const auto& vocabulary = detector.vocabulary();
    const std::vector<float> errors = detector.tokenContributions(maskedMessage);
    explanation.score = std::accumulate(errors.begin(), errors.end(), 0.0f);

    std::unordered_set<std::uint32_t> present;
    std::unordered_set<std::string_view> unknownSeen;
    for (std::string_view token : tokenize(maskedMessage)) {
        if (const auto column = vocabulary.indexOf(token))
            present.insert(*column);
        else if (unknownSeen.insert(token).second)
            explanation.unknownTokens.emplace_back(token);
    }

    std::vector<std::uint32_t> columns(errors.size());
    std::iota(columns.begin(), columns.end(), 0u);
    const auto n = std::min(top, columns.size());
    std::partial_sort(columns.begin(), columns.begin() + std::ptrdiff_t(n), columns.end(),
                      [&](std::uint32_t a, std::uint32_t b) {
                          return errors[a] != errors[b] ? errors[a] > errors[b] : a < b;
                      });
    for (std::size_t i = 0; i < n; ++i) {
        const auto column = columns[i];
        if (errors[column] <= 0) break;
        explanation.tokens.push_back({vocabulary.tokens()[column], errors[column], present.contains(column)});
    }
    return explanation;
}

std::string formatExplanation(const Explanation& explanation, std::size_t top)
{
    std::string text;
    auto add = [&text](char sign, std::string_view token) {
        if (!text.empty()) text += ' ';
        text += sign;
        text += token;
    };
    for (std::size_t i = 0; i < explanation.tokens.size() && i < top; ++i)
        add(explanation.tokens[i].present ? '+' : '-', explanation.tokens[i].token);
    for (std::size_t i = 0; i < explanation.unknownTokens.size() && i < top; ++i)
        add('?', explanation.unknownTokens[i]);
    return text;
}

} // namespace logsleuth::ml
