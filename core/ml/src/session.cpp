// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/ml/session.h"

#include "message_scale.h"

#include "logsleuth/ml/directives.h"
#include "logsleuth/ml/level_rank.h"
#include "logsleuth/ml/model_registry.h"
#include "logsleuth/ml/routine.h"
#include "logsleuth/text/corpus.h"
#include "logsleuth/text/header_evidence.h"
#include "logsleuth/text/search.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <stdexcept>
#include <unordered_map>

namespace logsleuth::ml {

AnalysisSession::AnalysisSession(std::shared_ptr<const text::Corpus> corpus) : corpus_(std::move(corpus))
{
    if (!corpus_) throw std::invalid_argument("AnalysisSession: no corpus");
}

bool AnalysisSession::train(std::string_view kind, const ModelOptions& options, const TaskControl& control)
{
    TrainReport report;
    const ModelFamily& family = modelFamily(kind);
    if (start_ && start_->kind() != kind)
        throw ModelError("cannot start a " + std::string(kind) + " model from a " +
                         std::string(start_->kind()) + " model");
    const TrainingSet data = trainingSet(*corpus_, marks_, noiseFactor_);
    auto model = start_ ? family.fineTune(*start_, *corpus_, data, options, freezeEncoder_, control, report)
                        : family.train(*corpus_, data, options, control, report);
    if (!model || report.cancelled) return false;
    report_ = std::move(report);
    setModel(std::move(model));
    return true;
}

void AnalysisSession::setModel(std::shared_ptr<const Model> model)
{
    model_ = std::move(model);
    scored_ = Scored{};
    features_.clear();
}

bool AnalysisSession::score(const TaskControl& control)
{
    if (!model_) throw ModelError("nothing to score with: train or load a model first");
    Scored scored;
    scored.scores = model_->score(*corpus_, control);
    if (control.cancelled()) return false;
    adjustInContext(scored.scores, *model_, *corpus_, usualSeverity(*corpus_));
    liftByHeaderEvidence(scored.scores, *corpus_, model_->calibration());
    scored_ = std::move(scored);
    features_.clear();
    decide();
    return true;
}

namespace {

// Each unit's threshold under a seasonal spec: the one of the hour its time window starts in, or
// the automatic one where that hour had too few training units.
std::vector<double> seasonalThresholds(const Scores& scores, const Calibration& calibration,
                                       int offsetMinutes)
{
    if (scores.unitSpans.size() != scores.size())
        throw ModelError("a seasonal threshold needs units with a time, as the window family scores "
                         "(--kind window); a message scores the same at any hour");
    if (calibration.hourly.size() != 24)
        throw ModelError("this model holds no hourly thresholds: train it again for a seasonal threshold");
    std::vector<double> thresholds(scores.size());
    for (std::size_t u = 0; u < scores.size(); ++u) {
        const double own =
            calibration.hourly[std::size_t(hourOfDay(scores.unitSpans[u].start, offsetMinutes))];
        thresholds[u] = std::isfinite(own) ? own : calibration.automatic;
    }
    return thresholds;
}

} // namespace

void adjustInContext(Scores& scores, const Model& model, const text::Corpus& corpus, text::Severity usual)
{
    holdRoutine(scores, corpus, model.calibration());
    if (model.scoresRarity()) rankByLevel(scores, corpus, model.calibration(), usual);
    holdDirectives(scores, corpus);
}

void liftByHeaderEvidence(Scores& scores, const text::Corpus& corpus, const Calibration& calibration)
{
    scores.headerEvidence.clear();
    const auto automatic = detail::automaticForMessages(scores, corpus, calibration);
    if (!automatic) return;
    auto evidence = text::headerEvidence(corpus);
    if (std::none_of(evidence.begin(), evidence.end(), [](std::uint8_t e) { return e != 0; })) return;
    const float floor = float(kHeaderEvidenceLift * *automatic);
    for (std::size_t unit = 0; unit < scores.size(); ++unit) {
        if (scores.isDirective(std::uint32_t(unit))) evidence[unit] = 0; // no event to lift
        if (evidence[unit] != 0) {
            if (!(scores.values[unit] >= floor)) scores.values[unit] = floor;
            if (unit < scores.heldAsRoutine.size()) scores.heldAsRoutine[unit] = 0; // the headers win
            if (unit < scores.rankedByLevel.size()) scores.rankedByLevel[unit] = 0;
        }
    }
    scores.headerEvidence = std::move(evidence);
}

Explanation explainUnit(const Model& model, const text::Corpus& corpus, const Scores& scores,
                        std::uint32_t unit, std::size_t top)
{
    Explanation why = model.explain(corpus, scores, unit, top);
    why.headerEvidence = scores.headerEvidenceOf(unit);
    why.routine = scores.isHeldAsRoutine(unit);
    why.rankedByLevel = scores.isRankedByLevel(unit);
    why.directive = scores.isDirective(unit);
    return why;
}

void resolveThreshold(Scored& scored, const ThresholdSpec& spec, const Calibration& calibration,
                      const text::Corpus& corpus)
{
    scored.threshold = spec.resolve(calibration);
    scored.unitThresholds.clear();
    if (spec.kind == ThresholdSpec::Kind::Seasonal && scored.size() > 0)
        scored.unitThresholds =
            seasonalThresholds(scored.scores, calibration, corpus.recordOptions().zone.offsetMinutes);
}

void AnalysisSession::decide()
{
    resolveThreshold(scored_, threshold_, model_ ? model_->calibration() : Calibration{}, *corpus_);
    const bool spread = spread_ && model_ && !marks_.empty() && scored_.size() > 0;
    if (spread && features_.size() != scored_.size()) features_ = model_->features(*corpus_, scored_.scores);
    decideVerdicts(scored_, *corpus_, marks_, spread ? &features_ : nullptr);
}

ScoreSummary AnalysisSession::summarize(std::size_t bins) const
{
    return ml::summarize(*corpus_, scored_, bins);
}

std::string_view toString(DecidedBy by)
{
    switch (by) {
    case DecidedBy::Model:
        return "model";
    case DecidedBy::Mark:
        return "mark";
    case DecidedBy::Spread:
        return "spread";
    }
    return "model";
}

namespace {

// What the marks say about a unit: none, false positive or true positive, and which mark.
struct UnitMark {
    std::uint8_t code = 0; // 0 none, 1 false positive, 2 true positive
    std::uint32_t mark = Scored::kNoMark;
};

// The marks' verdict on each unit, with the precedence of MarkRules: each narrower scope
// overwrites what it reaches, and within a scope a later mark overwrites an earlier one.
// With `lineMarks`, line-scope marks land there (line, code, mark) and leave their units alone;
// without, they decide their line's unit (training labels a message by its lines' marks).
struct LineMark {
    std::uint64_t line = 0;
    UnitMark mark;
};
std::vector<UnitMark> markedUnits(Scored& scored, const text::Corpus& corpus, const MarkRules& marks,
                                  std::vector<LineMark>* lineMarks = nullptr)
{
    const std::size_t units = scored.size();
    std::vector<UnitMark> decided(units);
    scored.markIds.clear();
    if (marks.empty()) return decided;
    const auto& keys = corpus.messageKeys();
    const auto& unitOf = scored.scores.unitOfLine(corpus);
    const auto idOf = [&](const std::string& id) {
        scored.markIds.push_back(id);
        return std::uint32_t(scored.markIds.size() - 1);
    };
    const auto code = [](bool falsePositive) { return std::uint8_t(falsePositive ? 1 : 2); };
    std::vector<UnitMark> byKey(corpus.distinctMessageCount());
    const auto spreadKeys = [&] {
        // Units of message keys; a window takes a verdict when any of its lines carries one.
        for (std::size_t line = 0; line < keys.size(); ++line)
            if (byKey[keys[line]].code) decided[unitOf[line]] = byKey[keys[line]];
    };
    for (const auto& rule : marks.rules) {
        if (rule.scope != MarkRules::Scope::Regex) continue;
        std::string error;
        text::SearchQuery query;
        query.pattern = rule.text;
        auto search = text::Search::create(std::move(query), error);
        if (!search) continue; // refused when the mark was made; nothing to apply here
        const UnitMark mark{code(rule.falsePositive), idOf(rule.id)};
        search->run(corpus, [&](std::uint64_t line) {
            decided[unitOf[line]] = mark;
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
        std::vector<std::uint8_t> reached(templateOf.size());
        for (const auto& rule : marks.rules) {
            if (rule.scope != MarkRules::Scope::Template) continue;
            std::fill(reached.begin(), reached.end(), std::uint8_t{0});
            bool any = false;
            for (std::size_t c = 0; c < templateOf.size(); ++c)
                if (templateOf[c] == rule.text) {
                    reached[c] = 1;
                    any = true;
                }
            if (!any && !rule.message.empty()) {
                const auto c = corpus.miner().match(rule.message);
                if (c && *c < reached.size()) {
                    reached[*c] = 1;
                    any = true;
                }
            }
            if (!any) continue;
            const UnitMark mark{code(rule.falsePositive), idOf(rule.id)};
            for (std::uint32_t key = 0; key < byKey.size(); ++key)
                if (reached[corpus.clusterOfMessage(key)] &&
                    (!rule.severity || corpus.messageSeverity(key) == *rule.severity))
                    byKey[key] = mark;
        }
        spreadKeys();
    }
    if (marks.messageMarkCount() > 0) {
        std::fill(byKey.begin(), byKey.end(), UnitMark{});
        std::unordered_map<const MarkRules::MessageMark*, std::uint32_t> idOfMark;
        for (std::uint32_t key = 0; key < byKey.size(); ++key) {
            const MarkRules::MessageMark* mark =
                marks.messageMark(corpus.maskedMessage(key), corpus.messageSeverity(key));
            if (!mark) continue;
            const auto [at, added] = idOfMark.try_emplace(mark, 0);
            if (added) at->second = idOf(mark->id);
            byKey[key] = UnitMark{code(mark->falsePositive), at->second};
        }
        if (scored.scores.unit == Unit::Message) {
            for (std::size_t key = 0; key < byKey.size(); ++key)
                if (byKey[key].code) decided[key] = byKey[key];
        } else {
            spreadKeys();
        }
    }
    for (const auto& rule : marks.rules) {
        if (rule.scope != MarkRules::Scope::Line) continue;
        if (rule.lineNumber < 1) continue;
        for (std::size_t file = 0; file < corpus.sourceCount(); ++file)
            if (corpus.beginsFile(file) && corpus.source(file).name() == rule.source)
                if (const auto line = corpus.globalLineOf(file, text::LineNumber{rule.lineNumber - 1})) {
                    const UnitMark mark{code(rule.falsePositive), idOf(rule.id)};
                    if (lineMarks)
                        lineMarks->push_back({*line, mark});
                    else
                        decided[unitOf[*line]] = mark;
                }
    }
    return decided;
}

// Marks reach further than what they match: a unit no mark reaches takes the mark of its most
// similar marked unit (cosine of the model's features) when the two are near-identical. Messages
// take marks of their own severity only: the analyst judged a line at its level, and a request
// that failed reads, word for word, as the ones that succeeded.
void spreadMarks(std::vector<UnitMark>& decided, std::vector<DecidedBy>& by,
                 const std::vector<std::vector<float>>& features, const Scored& scored,
                 const text::Corpus& corpus)
{
    const bool byMessage =
        scored.scores.unit == Unit::Message && decided.size() == corpus.distinctMessageCount();
    const auto sameLevel = [&](std::uint32_t a, std::uint32_t b) {
        return !byMessage || corpus.messageSeverity(a) == corpus.messageSeverity(b);
    };
    std::vector<std::uint32_t> marked;
    for (std::uint32_t u = 0; u < decided.size(); ++u)
        if (decided[u].code) marked.push_back(u);
    if (marked.empty() || features.size() != decided.size()) return;
    std::vector<double> norm(features.size());
    for (std::size_t u = 0; u < features.size(); ++u) {
        double sum = 0;
        for (float v : features[u])
            sum += double(v) * double(v);
        norm[u] = std::sqrt(sum);
    }
    const std::vector<UnitMark> fromMarks = decided;
    for (std::uint32_t u = 0; u < decided.size(); ++u) {
        if (fromMarks[u].code || norm[u] == 0) continue;
        double best = kSpreadSimilarity;
        std::uint32_t nearest = Scored::kNoMark;
        for (std::uint32_t m : marked) {
            if (norm[m] == 0 || features[m].size() != features[u].size() || !sameLevel(u, m)) continue;
            double dot = 0;
            for (std::size_t i = 0; i < features[u].size(); ++i)
                dot += double(features[u][i]) * double(features[m][i]);
            const double cosine = dot / (norm[u] * norm[m]);
            if (cosine >= best) {
                best = cosine;
                nearest = m;
            }
        }
        // A false-positive mark changes nothing below the threshold: the unit stays the model's.
        if (nearest == Scored::kNoMark ||
            (fromMarks[nearest].code == 1 && !(double(scored.scores.values[u]) > scored.thresholdOf(u))))
            continue;
        decided[u] = fromMarks[nearest];
        by[u] = DecidedBy::Spread;
    }
}
} // namespace

void decideVerdicts(Scored& scored, const text::Corpus& corpus, const MarkRules& marks,
                    const std::vector<std::vector<float>>* features)
{
    const std::size_t units = scored.size();
    std::vector<LineMark> lineMarks;
    std::vector<UnitMark> marked = markedUnits(scored, corpus, marks, &lineMarks);
    scored.decidedBy.assign(units, DecidedBy::Model);
    for (std::size_t u = 0; u < units; ++u)
        if (marked[u].code) scored.decidedBy[u] = DecidedBy::Mark;
    if (features) spreadMarks(marked, scored.decidedBy, *features, scored, corpus);
    scored.verdicts.resize(units);
    scored.decidingMark.resize(units);
    for (std::size_t u = 0; u < units; ++u) {
        scored.verdicts[u] = decideVerdict(scored.scores.values[u], scored.thresholdOf(u),
                                           marked[u].code == 1, marked[u].code == 2);
        scored.decidingMark[u] = marked[u].mark;
    }
    // Line marks last: the narrowest scope wins, and the later of two marks on one line.
    std::stable_sort(lineMarks.begin(), lineMarks.end(),
                     [](const LineMark& a, const LineMark& b) { return a.line < b.line; });
    scored.lineVerdicts.clear();
    const auto& unitOf = scored.scores.unitOfLine(corpus);
    for (const LineMark& m : lineMarks) {
        const std::uint32_t unit = unitOf[m.line];
        const LineVerdict own{m.line, unit,
                              decideVerdict(scored.scores.values[unit], scored.thresholdOf(unit),
                                            m.mark.code == 1, m.mark.code == 2),
                              m.mark.mark};
        if (!scored.lineVerdicts.empty() && scored.lineVerdicts.back().line == m.line)
            scored.lineVerdicts.back() = own;
        else
            scored.lineVerdicts.push_back(own);
    }
}

const LineVerdict* Scored::lineVerdict(std::uint64_t line) const
{
    const auto it = std::lower_bound(lineVerdicts.begin(), lineVerdicts.end(), line,
                                     [](const LineVerdict& v, std::uint64_t l) { return v.line < l; });
    return it != lineVerdicts.end() && it->line == line ? &*it : nullptr;
}

DecidedBy Scored::decidedByOfLine(std::uint64_t line, std::uint32_t unit) const
{
    if (!lineVerdicts.empty() && lineVerdict(line)) return DecidedBy::Mark;
    return decidedBy.empty() ? DecidedBy::Model : decidedBy[unit];
}

std::string_view Scored::markIdOfLine(std::uint64_t line, std::uint32_t unit) const
{
    if (const LineVerdict* own = lineVerdicts.empty() ? nullptr : lineVerdict(line))
        return own->mark == kNoMark ? std::string_view() : std::string_view(markIds[own->mark]);
    return markIdOf(unit);
}

TrainingSet trainingSet(const text::Corpus& corpus, const MarkRules& marks, std::uint64_t noiseFactor)
{
    TrainingSet set;
    set.weights = corpus.messageLineCounts();
    if (marks.empty()) return set;
    // The verdicts' own resolution, over message units.
    Scored byMessage;
    byMessage.scores.unit = Unit::Message;
    byMessage.scores.values.resize(corpus.distinctMessageCount());
    const std::vector<UnitMark> marked = markedUnits(byMessage, corpus, marks);
    set.labels.resize(marked.size());
    set.labelMark.resize(marked.size());
    for (std::size_t key = 0; key < marked.size(); ++key) {
        const UnitMark& mark = marked[key];
        set.labels[key] = mark.code == 0   ? MarkLabel::None
                          : mark.code == 1 ? MarkLabel::FalsePositive
                                           : MarkLabel::TruePositive;
        set.labelMark[key] = mark.code == 0 ? TrainingSet::kNoMark : mark.mark;
        if (mark.code) set.weights[key] = mark.code == 1 ? set.weights[key] * noiseFactor : 0;
    }
    return set;
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
    for (std::size_t u = 0; u < values.size(); ++u)
        if (scored.verdicts[u] == Verdict::Suppressed) suppressed[u] = lines[u];
    for (const LineVerdict& own : scored.lineVerdicts) {
        const bool unitSuppressed = scored.verdicts[own.unit] == Verdict::Suppressed;
        if (own.verdict == Verdict::Suppressed && !unitSuppressed) ++suppressed[own.unit];
        if (own.verdict != Verdict::Suppressed && unitSuppressed) --suppressed[own.unit];
    }
    if (std::any_of(suppressed.begin(), suppressed.end(), [](std::uint64_t n) { return n > 0; }))
        summary.suppressedHistogram = histogramOf(values, suppressed, bins);
    return summary;
}

std::uint64_t anomalousLineCount(const Scored& scored)
{
    std::uint64_t lines = 0;
    for (std::size_t u = 0; u < scored.verdicts.size(); ++u)
        if (isAnomaly(scored.verdicts[u])) lines += scored.scores.unitLines[u];
    for (const LineVerdict& own : scored.lineVerdicts)
        lines = lines + (isAnomaly(own.verdict) ? 1 : 0) - (isAnomaly(scored.verdicts[own.unit]) ? 1 : 0);
    return lines;
}

std::vector<TimeSpan> anomalousSpans(const Scored& scored)
{
    const auto& spans = scored.scores.unitSpans;
    std::vector<TimeSpan> flagged;
    for (std::size_t u = 0; u < spans.size() && u < scored.verdicts.size(); ++u)
        if (isAnomaly(scored.verdicts[u])) flagged.push_back(spans[u]);
    return mergeSpans(std::move(flagged));
}

} // namespace logsleuth::ml
