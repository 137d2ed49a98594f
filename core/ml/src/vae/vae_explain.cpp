// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Why a message scored as it did under the VAE: its reconstruction error split over the
// vocabulary columns, largest first.
#include "vae_detector.h"

#include <algorithm>
#include <numeric>
#include <unordered_set>

namespace logsleuth::ml {

Explanation VaeDetector::explain(std::string_view maskedMessage, std::size_t top) const
{
    Explanation explanation;
    const auto& vocabulary = this->vocabulary();
    const std::vector<float> errors = tokenContributions(maskedMessage);
    explanation.score = std::accumulate(errors.begin(), errors.end(), 0.0f);

    std::unordered_set<std::uint32_t> present;
    std::unordered_set<std::string_view> unknownSeen;
    const bool knowsSeen = knowsSeenTokens();
    for (std::string_view token : tokenize(maskedMessage)) {
        const auto column = vocabulary.indexOf(token);
        if (column) present.insert(*column);
        const bool unknown = knowsSeen ? neverSeen(token) : !column;
        if (unknown && unknownSeen.insert(token).second) explanation.unknownTokens.emplace_back(token);
    }
    // Each never-seen token is part of the score (VaeDetector::score).
    if (knowsSeen) {
        explanation.unknownTokenError = 1.0f;
        explanation.score += float(explanation.unknownTokens.size());
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

} // namespace logsleuth::ml
