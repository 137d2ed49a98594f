// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// What the Templates view shows per template: how many lines, when it was first and last seen,
// and, once scored, its mean and maximum line score, its anomalous lines and its marked ones.
// One pass over the line columns; a million lines take a few milliseconds.
#pragma once

#include <logsleuth/text/record_columns.h>
#include <logsleuth/ui/analysis_result.h>

#include <cstdint>
#include <vector>

namespace logsleuth::ui {

struct TemplateStats {
    uint64_t lines = 0;
    int64_t firstTime = text::kNoTime, lastTime = text::kNoTime;
    // Scored only (NaN / 0 before):
    double meanScore = 0;
    float maxScore = 0;
    uint64_t anomalies = 0;  // lines whose verdict is anomaly or confirmed
    uint64_t suppressed = 0; // lines marked false positive
    uint64_t confirmed = 0;  // lines marked true anomaly
};

// One entry per miner cluster. `result` may be null (not scored yet) or of another corpus.
std::vector<TemplateStats> templateStats(const text::Corpus& corpus, const AnalysisResult* result);

} // namespace logsleuth::ui
