// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/ml/analysis.h"

#include "logsleuth/text/corpus.h"

#include <string>

namespace logsleuth::ml {

Detector trainOnCorpus(const text::Corpus& corpus, const TrainOptions& options,
                       const std::function<void(const TrainProgress&)>& progress,
                       const std::atomic<bool>* cancel, TrainReport* report)
{
    return Detector::train(corpus.scoringTexts(), corpus.messageLineCounts(), options, progress, cancel,
                           report);
}

ScoredMessages scoreCorpus(const Detector& detector, const text::Corpus& corpus,
                           const ThresholdSpec& threshold, const MarkRules& marks)
{
    ScoredMessages scored;
    scored.scores = detector.score(corpus.scoringTexts());
    scored.threshold = threshold.resolve(detector.trainingErrors());
    applyMarks(scored, corpus, marks);
    return scored;
}

void applyMarks(ScoredMessages& scored, const text::Corpus& corpus, const MarkRules& marks)
{
    const bool anyMarks = !marks.falsePositive.empty() || !marks.truePositive.empty();
    scored.verdicts.resize(scored.scores.size());
    std::string key;
    for (std::size_t i = 0; i < scored.scores.size(); ++i) {
        bool falsePositive = false;
        bool truePositive = false;
        if (anyMarks) {
            key = corpus.maskedMessage(static_cast<std::uint32_t>(i));
            falsePositive = marks.falsePositive.contains(key);
            truePositive = marks.truePositive.contains(key);
        }
        scored.verdicts[i] = decideVerdict(scored.scores[i], scored.threshold, falsePositive, truePositive);
    }
}

std::vector<float> lineScores(const text::Corpus& corpus, const ScoredMessages& scored)
{
    const auto& keys = corpus.messageKeys();
    std::vector<float> perLine(keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i)
        perLine[i] = scored.scores[keys[i]];
    return perLine;
}

Histogram scoreHistogram(const text::Corpus& corpus, const ScoredMessages& scored, std::size_t bins)
{
    return histogramOf(scored.scores, corpus.messageLineCounts(), bins);
}

Histogram verdictHistogram(const text::Corpus& corpus, const ScoredMessages& scored, std::size_t bins,
                           Verdict verdict)
{
    const auto& counts = corpus.messageLineCounts();
    std::vector<std::uint64_t> weights(scored.scores.size(), 0);
    bool any = false;
    for (std::size_t key = 0; key < weights.size(); ++key)
        if (scored.verdicts[key] == verdict) {
            weights[key] = counts[key];
            any = true;
        }
    return any ? histogramOf(scored.scores, weights, bins) : Histogram{};
}

std::uint64_t anomalousLineCount(const text::Corpus& corpus, const ScoredMessages& scored)
{
    const auto& counts = corpus.messageLineCounts();
    std::uint64_t lines = 0;
    for (std::size_t key = 0; key < scored.verdicts.size(); ++key)
        if (isAnomaly(scored.verdicts[key])) lines += counts[key];
    return lines;
}

} // namespace logsleuth::ml
