// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/ml/level_rank.h"

#include "message_scale.h"

#include "logsleuth/text/corpus.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace logsleuth::ml {

text::Severity usualSeverity(const text::Corpus& corpus)
{
    constexpr std::size_t kLevels = std::size_t(text::Severity::Fatal) + 1;
    std::array<std::uint64_t, kLevels> linesAt{};
    for (std::uint32_t key = 0; key < corpus.distinctMessageCount(); ++key)
        linesAt[std::size_t(corpus.messageSeverity(key))] += corpus.messageLineCounts()[key];
    return text::Severity(std::max_element(linesAt.begin(), linesAt.end()) - linesAt.begin());
}

void rankByLevel(Scores& scores, const text::Corpus& corpus, const Calibration& calibration,
                 text::Severity usual)
{
    scores.rankedByLevel.clear();
    const auto scale = detail::automaticForMessages(scores, corpus, calibration);
    if (!scale) return;
    const double automatic = *scale;
    std::vector<std::uint8_t> ranked(scores.size(), 0);
    bool any = false;
    for (std::uint32_t unit = 0; unit < scores.size(); ++unit) {
        const text::Severity level = corpus.messageSeverity(unit);
        if (level < text::Severity::Warning || level <= usual) continue;
        const double score = scores.values[unit];
        if (!(score < automatic)) continue; // flagged already (NaN stays as it is)
        const double floor =
            kLevelRankFloor + kLevelRankStep * double(int(level) - int(text::Severity::Warning));
        // [0, automatic) onto [floor × automatic, automatic): the order within the level holds.
        scores.values[unit] = float(automatic * floor + std::max(score, 0.0) * (1 - floor));
        ranked[unit] = 1;
        any = true;
    }
    if (any) scores.rankedByLevel = std::move(ranked);
}

} // namespace logsleuth::ml
