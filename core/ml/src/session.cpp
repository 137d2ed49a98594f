// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/ml/session.h"

#include "logsleuth/ml/model_registry.h"
#include "logsleuth/text/corpus.h"

#include <stdexcept>

namespace logsleuth::ml {

AnalysisSession::AnalysisSession(std::shared_ptr<const text::Corpus> corpus) : corpus_(std::move(corpus))
{
    if (!corpus_) throw std::invalid_argument("AnalysisSession: no corpus");
}

bool AnalysisSession::train(std::string_view kind, const ModelOptions& options, const TaskControl& control)
{
    TrainReport report;
    auto model = modelFamily(kind).train(*corpus_, options, control, report);
    if (!model || report.cancelled) return false;
    report_ = std::move(report);
    setModel(std::move(model));
    return true;
}

void AnalysisSession::setModel(std::shared_ptr<const Model> model)
{
    model_ = std::move(model);
    scored_ = Scored{};
}

bool AnalysisSession::score(const TaskControl& control)
{
    if (!model_) throw ModelError("nothing to score with: train or load a model first");
    Scored scored;
    scored.scores = model_->score(*corpus_, control);
    if (control.cancelled()) return false;
    scored_ = std::move(scored);
    decide();
    return true;
}

void AnalysisSession::decide()
{
    scored_.threshold = threshold_.resolve(model_ ? model_->calibration() : Calibration{});
    decideVerdicts(scored_, *corpus_, marks_);
}

ScoreSummary AnalysisSession::summarize(std::size_t bins) const
{
    return ml::summarize(*corpus_, scored_, bins);
}

void decideVerdicts(Scored& scored, const text::Corpus& corpus, const MarkRules& marks)
{
    const std::size_t units = scored.size();
    scored.verdicts.assign(units, Verdict::Normal);
    // Which units the marks reach: a message unit is its key; a window is reached through any of
    // its lines (one marked line of a window is the analyst's judgement of that window).
    std::vector<std::uint8_t> falsePositive(units, 0), truePositive(units, 0);
    if (!marks.falsePositive.empty() || !marks.truePositive.empty()) {
        std::vector<std::uint8_t> keyFalse(corpus.distinctMessageCount(), 0),
            keyTrue(corpus.distinctMessageCount(), 0);
        for (std::uint32_t key = 0; key < keyFalse.size(); ++key) {
            const std::string& message = corpus.maskedMessage(key);
            keyFalse[key] = marks.falsePositive.contains(message);
            keyTrue[key] = marks.truePositive.contains(message);
        }
        if (scored.scores.unit == Unit::Message) {
            falsePositive = std::move(keyFalse);
            truePositive = std::move(keyTrue);
        } else {
            const auto& keys = corpus.messageKeys();
            const auto& unitOf = scored.scores.unitOfLine(corpus);
            for (std::size_t line = 0; line < keys.size(); ++line) {
                falsePositive[unitOf[line]] |= keyFalse[keys[line]];
                truePositive[unitOf[line]] |= keyTrue[keys[line]];
            }
        }
    }
    for (std::size_t u = 0; u < units; ++u)
        scored.verdicts[u] = decideVerdict(scored.scores.values[u], scored.threshold, falsePositive[u] != 0,
                                           truePositive[u] != 0);
}

std::vector<float> lineScores(const text::Corpus& corpus, const Scored& scored)
{
    const auto& unitOf = scored.scores.unitOfLine(corpus);
    std::vector<float> perLine(unitOf.size());
    for (std::size_t i = 0; i < unitOf.size(); ++i)
        perLine[i] = scored.scores.values[unitOf[i]];
    return perLine;
}

ScoreSummary summarize(const text::Corpus&, const Scored& scored, std::size_t bins)
{
    ScoreSummary summary;
    summary.anomalousLines = anomalousLineCount(scored);
    if (scored.size() == 0) return summary;
    const auto& values = scored.scores.values;
    const auto& lines = scored.scores.unitLines;
    summary.histogram = histogramOf(values, lines, bins);
    std::vector<std::uint64_t> suppressed(values.size(), 0);
    bool any = false;
    for (std::size_t u = 0; u < values.size(); ++u)
        if (scored.verdicts[u] == Verdict::Suppressed) {
            suppressed[u] = lines[u];
            any = true;
        }
    if (any) summary.suppressedHistogram = histogramOf(values, suppressed, bins);
    return summary;
}

std::uint64_t anomalousLineCount(const Scored& scored)
{
    std::uint64_t lines = 0;
    for (std::size_t u = 0; u < scored.verdicts.size(); ++u)
        if (isAnomaly(scored.verdicts[u])) lines += scored.scores.unitLines[u];
    return lines;
}

} // namespace logsleuth::ml
