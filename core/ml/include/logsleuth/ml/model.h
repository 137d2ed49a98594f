// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// A trained model of any family, as the analysis session, the CLI and the GUI see it. A model
// scores *units* — a distinct masked message, a time window of one entity — and maps every line
// to its unit, so a family that judges windows and one that judges messages fill the same
// columns. Torch stays inside the families.
#pragma once

#include "logsleuth/ml/explain.h"
#include "logsleuth/ml/model_options.h"
#include "logsleuth/ml/threshold.h"
#include "logsleuth/ml/timeline.h"
#include "logsleuth/text/task_control.h"

#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace logsleuth::text {
class Corpus;
}

namespace logsleuth::ml {

class ModelError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

enum class Unit : std::uint8_t {
    Message, // a distinct masked message at one severity (the corpus's message key)
    Window,  // a fixed time window of one entity
};
std::string_view toString(Unit unit); // "message", "window"

struct Scores {
    Unit unit = Unit::Message;
    std::vector<float> values;     // one per unit; higher = more anomalous
    std::vector<float> confidence; // one per unit in [0, 1]; empty means 1 for every unit
    // The unit of every line. Empty for Unit::Message, whose units are the corpus's message keys.
    std::vector<std::uint32_t> lineUnits;
    std::vector<std::uint64_t> unitLines; // how many lines each unit holds
    // A name per unit for people ("2026-03-01T10:05:00.000Z node-7"); empty for message units.
    std::vector<std::string> unitNames;
    // The time each unit covers, for units that are time windows; empty otherwise (messages,
    // or windows of a log without times, which are runs of lines).
    std::vector<TimeSpan> unitSpans;
    // Per message unit, the text::HeaderEvidence flags that lifted its score over the automatic
    // threshold (AnalysisSession::score); empty when nothing did.
    std::vector<std::uint8_t> headerEvidence;
    // Per message unit, 1 where the training log's routine held the score under the automatic
    // threshold (holdRoutine); empty when nothing was held.
    std::vector<std::uint8_t> heldAsRoutine;
    // Per message unit, 1 where its level ranked it under the automatic threshold (rankByLevel);
    // empty when nothing was.
    std::vector<std::uint8_t> rankedByLevel;
    // Per message unit, 1 where its lines are the log's directives, scored 0 (holdDirectives);
    // empty when there are none.
    std::vector<std::uint8_t> directives;

    std::size_t size() const { return values.size(); }
    const std::vector<std::uint32_t>& unitOfLine(const text::Corpus& corpus) const;
    float confidenceOf(std::uint32_t unit) const { return confidence.empty() ? 1.0f : confidence[unit]; }
    std::uint8_t headerEvidenceOf(std::uint32_t unit) const
    {
        return unit < headerEvidence.size() ? headerEvidence[unit] : 0;
    }
    bool isHeldAsRoutine(std::uint32_t unit) const
    {
        return unit < heldAsRoutine.size() && heldAsRoutine[unit] != 0;
    }
    bool isRankedByLevel(std::uint32_t unit) const
    {
        return unit < rankedByLevel.size() && rankedByLevel[unit] != 0;
    }
    bool isDirective(std::uint32_t unit) const { return unit < directives.size() && directives[unit] != 0; }
};

// What training did, for the loss chart and the logs.
struct TrainReport {
    std::vector<double> epochLoss;           // mean training loss per sample, one per finished epoch
    std::vector<double> epochValidationLoss; // the same on the held-out split (may be empty)
    bool cancelled = false;
    double seconds = 0;
    std::string device;
    std::uint64_t samplesSeen = 0;
    std::string note; // what the family wants the user to know ("no timestamps: one window per entity")
};

class Model {
public:
    virtual ~Model() = default;
    virtual std::string_view kind() const = 0;
    virtual const ModelOptions& options() const = 0;
    // Scores of every unit of the corpus. Empty Scores when cancelled.
    virtual Scores score(const text::Corpus& corpus, const TaskControl& control = {}) const = 0;
    // Why a unit scored as it did; the corpus and scores are the ones score() gave.
    virtual Explanation explain(const text::Corpus& corpus, const Scores& scores, std::uint32_t unit,
                                std::size_t top = 8) const = 0;
    // A fixed-length description of every unit that similar units share (for spreading marks),
    // one vector per unit of scores.
    virtual std::vector<std::vector<float>> features(const text::Corpus& corpus,
                                                     const Scores& scores) const = 0;
    // The training scores' statistics and the automatic threshold, saved with the model.
    virtual const Calibration& calibration() const = 0;
    // Atomic: written next to dir and renamed into place. Refuses an existing dir unless overwrite.
    virtual void save(const std::filesystem::path& dir, bool overwrite) const = 0;
    virtual std::string deviceDescription() const = 0;
    // True when a score says how unusual a unit is, so that priors such as the level's rank
    // (rankByLevel) may order it; false where it is already a judgement that weighed the level
    // (the supervised family's probability).
    virtual bool scoresRarity() const { return true; }
};

} // namespace logsleuth::ml
