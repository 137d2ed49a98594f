// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// One analysis of a mined corpus — train (or load) a model, score it, resolve the threshold,
// apply the analyst's marks, decide verdicts, summarise — driven the same way by the CLI and by
// the GUI's worker. Scores are per unit (see model.h) and fanned out to lines only where a
// caller needs them.
#pragma once

#include "logsleuth/ml/histogram.h"
#include "logsleuth/ml/model.h"
#include "logsleuth/ml/model_registry.h"
#include "logsleuth/ml/threshold.h"
#include "logsleuth/ml/verdict.h"
#include "logsleuth/text/records.h"
#include "logsleuth/text/task_control.h"

#include <memory>
#include <string>
#include <vector>

namespace logsleuth::text {
class Corpus;
}

namespace logsleuth::ml {

// What decided a unit's verdict: the model's score against the threshold, an analyst's mark
// that reaches the unit, or a mark spread to a unit it does not reach (a similar unit was marked).
enum class DecidedBy : std::uint8_t { Model, Mark, Spread };
std::string_view toString(DecidedBy by); // "model", "mark", "spread"

// A line whose line-scope mark decides it alone: its verdict differs from its unit's.
struct LineVerdict {
    std::uint64_t line = 0; // global line
    std::uint32_t unit = 0; // the unit it belongs to (whose verdict it overrides)
    Verdict verdict = Verdict::Normal;
    std::uint32_t mark = UINT32_MAX; // index into Scored::markIds
};

// A scoring and its verdicts, indexed by unit, and the few lines a line mark decides apart from
// their unit.
struct Scored {
    Scores scores;
    std::vector<Verdict> verdicts;
    std::vector<DecidedBy> decidedBy;
    // Per unit: the id of the deciding mark in markIds, or kNoMark.
    static constexpr std::uint32_t kNoMark = UINT32_MAX;
    std::vector<std::uint32_t> decidingMark;
    std::vector<std::string> markIds;
    // The threshold charts and summaries show; with a seasonal threshold each unit has its own
    // (its hour's), in unitThresholds, and this is the automatic one.
    double threshold = 0;
    std::vector<double> unitThresholds; // empty unless seasonal
    double thresholdOf(std::uint32_t unit) const
    {
        return unitThresholds.empty() ? threshold : unitThresholds[unit];
    }

    // Sorted by line, one per line that a line-scope mark reaches (a handful).
    std::vector<LineVerdict> lineVerdicts;

    std::size_t size() const { return scores.size(); }
    std::string_view markIdOf(std::uint32_t unit) const
    {
        return decidingMark.empty() || decidingMark[unit] == kNoMark ? std::string_view()
                                                                     : markIds[decidingMark[unit]];
    }
    // What a line's verdict is: its line mark's when it has one, else its unit's. Every reader
    // of a line's verdict goes through these (a line mark never decides its whole unit).
    const LineVerdict* lineVerdict(std::uint64_t line) const;
    Verdict verdictOfLine(std::uint64_t line, std::uint32_t unit) const
    {
        const LineVerdict* own = lineVerdicts.empty() ? nullptr : lineVerdict(line);
        return own ? own->verdict : verdicts[unit];
    }
    DecidedBy decidedByOfLine(std::uint64_t line, std::uint32_t unit) const;
    std::string_view markIdOfLine(std::uint64_t line, std::uint32_t unit) const;
};

// Sets scored.threshold — and, for a seasonal spec, each unit's own in scored.unitThresholds —
// from spec and the model's calibration; any other spec clears the units' own. Throws ModelError
// when a seasonal spec meets units without a time or a model without hourly thresholds.
void resolveThreshold(Scored& scored, const ThresholdSpec& spec, const Calibration& calibration,
                      const text::Corpus& corpus);

// What a chart and a status line need from a scoring.
struct ScoreSummary {
    Histogram histogram;           // of the lines' scores
    Histogram suppressedHistogram; // the suppressed lines alone, on the same bins; empty when none
    std::uint64_t anomalousLines = 0;
};

// What training draws from: each distinct message's line count, adjusted by the marks the way
// log-anomaly-detector's FREQ_NOISE does — a message marked false positive (by message or
// template) counts noiseFactor times, so the next model learns it as normal; one marked true
// positive counts 0 times, so the model does not learn an anomaly as normal.
// The labels are what the marks say of each message, every scope applied with the verdicts'
// precedence (a line mark labels its line's message).
inline constexpr std::uint64_t kDefaultNoiseFactor = 100;
TrainingSet trainingSet(const text::Corpus& corpus, const MarkRules& marks,
                        std::uint64_t noiseFactor = kDefaultNoiseFactor);

class AnalysisSession {
public:
    explicit AnalysisSession(std::shared_ptr<const text::Corpus> corpus);

    void setThreshold(const ThresholdSpec& threshold) { threshold_ = threshold; }
    void setMarks(MarkRules marks) { marks_ = std::move(marks); }
    // Marks spread to similar units (on by default); see decideVerdicts.
    void setSpread(bool spread) { spread_ = spread; }
    // How many times a false-positive message counts in training (trainingSet).
    void setNoiseFactor(std::uint64_t factor) { noiseFactor_ = factor; }

    // Trains a model of options' family on the corpus. Returns false when cancelled (the
    // session keeps its previous model). Throws ModelError when there is nothing to learn.
    bool train(std::string_view kind, const ModelOptions& options, const TaskControl& control = {});
    // The next train() starts from `model` (of the same kind) instead of from scratch; see
    // ModelFamily::fineTune. Null: from scratch again.
    void startFrom(std::shared_ptr<const Model> model, bool freezeEncoder = false)
    {
        start_ = std::move(model);
        freezeEncoder_ = freezeEncoder;
    }
    void setModel(std::shared_ptr<const Model> model);
    // Scores every unit with the model, then decides verdicts. False when cancelled.
    bool score(const TaskControl& control = {});
    // Re-decides verdicts from the threshold and marks, without a pass through the model.
    void decide();

    const std::shared_ptr<const text::Corpus>& corpus() const { return corpus_; }
    const std::shared_ptr<const Model>& model() const { return model_; }
    const MarkRules& marks() const { return marks_; }
    const TrainReport& trainReport() const { return report_; }
    const Scored& scored() const { return scored_; }
    ScoreSummary summarize(std::size_t bins) const;

private:
    std::shared_ptr<const text::Corpus> corpus_;
    std::shared_ptr<const Model> model_;
    std::shared_ptr<const Model> start_;
    bool freezeEncoder_ = false;
    ThresholdSpec threshold_;
    MarkRules marks_;
    TrainReport report_;
    Scored scored_;
    bool spread_ = true;
    std::uint64_t noiseFactor_ = kDefaultNoiseFactor;
    std::vector<std::vector<float>> features_; // of the scored units, computed when a mark first needs them
};

// A model's scores of the messages of `corpus` as the log around them reads them: the training
// log's routine messages held under the threshold (holdRoutine), and, for models that score
// rarity, a level above `usual` ranked under it (rankByLevel). Lines typed to try the model go
// through it with the open log's usual level. The log's directives score 0 (holdDirectives).
void adjustInContext(Scores& scores, const Model& model, const text::Corpus& corpus, text::Severity usual);

// What the log's headers say against a message lifts its score to at least this many times the
// model's automatic threshold (text::headerEvidence): a template every component logs alike, or
// lines that stray from their file's layout, are flagged whatever their text scored. The model's
// calibration is of its own scores, so the lift does not move the threshold.
inline constexpr double kHeaderEvidenceLift = 1.5;
void liftByHeaderEvidence(Scores& scores, const text::Corpus& corpus, const Calibration& calibration);

// The model's explanation of a unit with what the headers said of it (Scores::headerEvidence).
Explanation explainUnit(const Model& model, const text::Corpus& corpus, const Scores& scores,
                        std::uint32_t unit, std::size_t top = 8);

// Verdicts of every unit from its score, the threshold and the marks (a window takes the mark of
// any of its lines). With features (one vector per unit, Model::features), a unit no mark reaches
// takes the mark of the most similar marked unit when they are near-identical (cosine >=
// kSpreadSimilarity): marks generalise to lines they do not match.
inline constexpr double kSpreadSimilarity = 0.98;
void decideVerdicts(Scored& scored, const text::Corpus& corpus, const MarkRules& marks,
                    const std::vector<std::vector<float>>* features = nullptr);

// One score per line of the corpus (fan-out of the per-unit scores).
std::vector<float> lineScores(const text::Corpus& corpus, const Scored& scored);
ScoreSummary summarize(const text::Corpus& corpus, const Scored& scored, std::size_t bins);
// How many lines the verdicts call anomalous (anomaly or confirmed).
std::uint64_t anomalousLineCount(const Scored& scored);
// The time covered by units the verdicts call anomalous, merged (Timeline::bands); empty when the
// units are not time windows.
std::vector<TimeSpan> anomalousSpans(const Scored& scored);

} // namespace logsleuth::ml
