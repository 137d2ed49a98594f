// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/ml/session.h"

#include "logsleuth/ml/model_registry.h"
#include "logsleuth/text/corpus.h"
#include "logsleuth/text/search.h"

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

namespace {
// What the marks say about each unit: 0 nothing, 1 false positive, 2 true positive, with the
// precedence of MarkRules (a narrower scope overrides, a later mark within a scope overrides).
std::vector<std::uint8_t> markedUnits(const Scored& scored, const text::Corpus& corpus,
                                      const MarkRules& marks)
{
    const std::size_t units = scored.size();
    std::vector<std::uint8_t> decided(units, 0);
    if (marks.empty()) return decided;
    const auto& keys = corpus.messageKeys();
    const auto& unitOf = scored.scores.unitOfLine(corpus);
    const auto code = [](bool falsePositive) { return std::uint8_t(falsePositive ? 1 : 2); };
    // Per scope, broadest first, so that each narrower scope overwrites what it reaches.
    std::vector<std::uint8_t> byKey(corpus.distinctMessageCount(), 0);
    const auto spreadKeys = [&] {
        // Units of message keys; a window takes a verdict when any of its lines carries one.
        for (std::size_t line = 0; line < keys.size(); ++line)
            if (byKey[keys[line]]) decided[unitOf[line]] = byKey[keys[line]];
    };
    for (const auto& rule : marks.rules) {
        if (rule.scope != MarkRules::Scope::Regex) continue;
        std::string error;
        text::SearchQuery query;
        query.pattern = rule.text;
        auto search = text::Search::create(std::move(query), error);
        if (!search) continue; // refused when the mark was made; nothing to apply here
        search->run(corpus, [&](std::uint64_t line) {
            decided[unitOf[line]] = code(rule.falsePositive);
            return true;
        });
    }
    bool anyTemplate = false;
    for (const auto& rule : marks.rules)
        anyTemplate |= rule.scope == MarkRules::Scope::Template;
    if (anyTemplate) {
        std::vector<std::string> templateOf(corpus.miner().clusterCount());
        for (std::size_t c = 0; c < templateOf.size(); ++c)
            templateOf[c] = corpus.miner().templateText(std::uint32_t(c));
        for (const auto& rule : marks.rules) {
            if (rule.scope != MarkRules::Scope::Template) continue;
            for (std::uint32_t key = 0; key < byKey.size(); ++key)
                if (templateOf[corpus.clusterOfMessage(key)] == rule.text)
                    byKey[key] = code(rule.falsePositive);
        }
        spreadKeys();
    }
    if (!marks.falsePositive.empty() || !marks.truePositive.empty()) {
        std::fill(byKey.begin(), byKey.end(), std::uint8_t(0));
        for (std::uint32_t key = 0; key < byKey.size(); ++key) {
            const std::string& message = corpus.maskedMessage(key);
            if (marks.truePositive.contains(message))
                byKey[key] = 2;
            else if (marks.falsePositive.contains(message))
                byKey[key] = 1;
        }
        if (scored.scores.unit == Unit::Message) {
            for (std::size_t key = 0; key < byKey.size(); ++key)
                if (byKey[key]) decided[key] = byKey[key];
        } else {
            spreadKeys();
        }
    }
    for (const auto& rule : marks.rules) {
        if (rule.scope != MarkRules::Scope::Line) continue;
        for (std::size_t s = 0; s < corpus.sourceCount(); ++s) {
            if (corpus.source(s).name() != rule.source) continue;
            std::uint64_t first = 0;
            for (std::size_t before = 0; before < s; ++before)
                first += corpus.source(before).lineCount();
            if (rule.lineNumber >= 1 && rule.lineNumber <= corpus.source(s).lineCount())
                decided[unitOf[first + rule.lineNumber - 1]] = code(rule.falsePositive);
        }
    }
    return decided;
}
} // namespace

void decideVerdicts(Scored& scored, const text::Corpus& corpus, const MarkRules& marks)
{
    const std::size_t units = scored.size();
    const std::vector<std::uint8_t> marked = markedUnits(scored, corpus, marks);
    scored.verdicts.resize(units);
    for (std::size_t u = 0; u < units; ++u)
        scored.verdicts[u] =
            decideVerdict(scored.scores.values[u], scored.threshold, marked[u] == 1, marked[u] == 2);
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
