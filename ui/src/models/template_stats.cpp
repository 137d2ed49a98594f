// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "models/template_stats.h"

#include <logsleuth/text/corpus.h>

#include <algorithm>
#include <cmath>

namespace logsleuth::ui {

std::vector<TemplateStats> templateStats(const text::Corpus& corpus, const AnalysisResult* result)
{
    std::vector<TemplateStats> stats(corpus.miner().clusterCount());
    const auto& keys = corpus.messageKeys();
    const auto& times = corpus.records().times();
    const uint64_t lines = corpus.lineCount();
    const bool scored = result && result->corpus.get() == &corpus && result->lineScores.size() == lines &&
                        result->scored.verdicts.size() == result->scored.size();
    const std::vector<uint32_t>* units = scored ? &result->scored.scores.unitOfLine(corpus) : nullptr;
    std::vector<double> scoreSums(scored ? stats.size() : 0, 0.0);
    for (uint64_t line = 0; line < lines; ++line) {
        TemplateStats& s = stats[corpus.clusterOfMessage(keys[line])];
        ++s.lines;
        if (const int64_t time = times[line]; time != text::kNoTime) {
            if (s.firstTime == text::kNoTime || time < s.firstTime) s.firstTime = time;
            if (s.lastTime == text::kNoTime || time > s.lastTime) s.lastTime = time;
        }
        if (!scored) continue;
        const float score = result->lineScores[line];
        if (!std::isnan(score)) {
            scoreSums[corpus.clusterOfMessage(keys[line])] += double(score);
            s.maxScore = std::max(s.maxScore, score);
        }
        switch (result->scored.verdictOfLine(line, (*units)[line])) {
        case ml::Verdict::Anomaly:
            ++s.anomalies;
            break;
        case ml::Verdict::Confirmed:
            ++s.anomalies;
            ++s.confirmed;
            break;
        case ml::Verdict::Suppressed:
            ++s.suppressed;
            break;
        case ml::Verdict::Normal:
            break;
        }
    }
    for (size_t c = 0; c < scoreSums.size(); ++c)
        if (stats[c].lines > 0) stats[c].meanScore = scoreSums[c] / double(stats[c].lines);
    return stats;
}

} // namespace logsleuth::ui
