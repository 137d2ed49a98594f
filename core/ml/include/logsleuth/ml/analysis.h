// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The analysis pipeline shared by the CLI and the GUI: train a detector on a mined corpus,
// score it once per distinct masked message, and turn scores plus the analyst's marks into
// verdicts. Lines are never scored one by one: most repeat once masked, so a score is
// computed per distinct message and fanned out to lines only where a caller needs it.
#pragma once

#include "logsleuth/ml/detector.h"
#include "logsleuth/ml/histogram.h"
#include "logsleuth/ml/threshold.h"
#include "logsleuth/ml/verdict.h"

#include <atomic>
#include <functional>
#include <vector>

namespace logsleuth::text {
class Corpus;
}

namespace logsleuth::ml {

// Scores and verdicts, indexed by the corpus's distinct-message key.
struct ScoredMessages {
    std::vector<float> scores;
    std::vector<Verdict> verdicts;
    double threshold = 0;
};

Detector trainOnCorpus(const text::Corpus& corpus, const TrainOptions& options,
                       const std::function<void(const TrainProgress&)>& progress,
                       const std::atomic<bool>* cancel, TrainReport* report);

// Scores every distinct message of the corpus. Marks apply through the masked message,
// so a mark made under one model still matches under the next.
ScoredMessages scoreCorpus(const Detector& detector, const text::Corpus& corpus,
                           const ThresholdSpec& threshold, const MarkRules& marks);

// Re-decides verdicts after the marks changed, without scoring again.
void applyMarks(ScoredMessages& scored, const text::Corpus& corpus, const MarkRules& marks);

// One score per line of the corpus (fan-out of the per-message scores).
std::vector<float> lineScores(const text::Corpus& corpus, const ScoredMessages& scored);

// Line counts per distinct message as histogram weights, so a chart counts lines.
Histogram scoreHistogram(const text::Corpus& corpus, const ScoredMessages& scored, std::size_t bins);

// The lines of one verdict only, on the bins of scoreHistogram (same values, so the same range):
// a chart can draw, say, the suppressed lines apart. Empty when no line has that verdict.
Histogram verdictHistogram(const text::Corpus& corpus, const ScoredMessages& scored, std::size_t bins,
                           Verdict verdict);

// How many lines the verdicts call anomalous (anomaly or confirmed).
std::uint64_t anomalousLineCount(const text::Corpus& corpus, const ScoredMessages& scored);

} // namespace logsleuth::ml
