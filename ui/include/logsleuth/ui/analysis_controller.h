// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Train & score and rescoring of the open corpus. Training and scoring run on the worker;
// rescoring re-decides verdicts from the marks (no retraining, no second pass through the model).
#pragma once

#include <logsleuth/ml/model_options.h>
#include <logsleuth/ml/session.h>
#include <logsleuth/ui/analysis_result.h>

#include <QObject>

#include <memory>
#include <optional>
#include <string>

namespace logsleuth::ui {

class TaskRunner;

class AnalysisController : public QObject {
    Q_OBJECT
public:
    explicit AnalysisController(TaskRunner& runner, QObject* parent = nullptr);

    // A new corpus drops the previous model and result.
    void setCorpus(std::shared_ptr<const text::Corpus> corpus);
    const std::shared_ptr<const text::Corpus>& corpus() const { return m_corpus; }

    // The family to train and its options (ml::defaultOptions of that family, adjusted).
    void setModelChoice(std::string kind, ml::ModelOptions options);
    const std::string& modelKind() const { return m_kind; }
    const ml::ModelOptions& modelOptions() const { return m_options; }
    void setThreshold(const ml::ThresholdSpec& threshold) { m_threshold = threshold; }
    const ml::ThresholdSpec& threshold() const { return m_threshold; }
    // Applied by the next scoring (trainAndScore or rescore).
    void setMarkRules(ml::MarkRules rules) { m_rules = std::move(rules); }
    const ml::MarkRules& markRules() const { return m_rules; }
    // The open corpus grew (a followed file): it replaces the corpus it grew from, keeping the
    // model; `result` is its scoring by that model (null before training). Emits resultChanged.
    void adoptGrown(std::shared_ptr<const text::Corpus> grown, AnalysisResultPtr result);

    bool canTrain() const;
    bool canRescore() const;
    bool trainAndScore(); // false when busy or nothing is open
    // Re-decides the verdicts with the current marks, at `threshold` when given (else at the
    // result's); false when busy or nothing is trained. The threshold stays until a new training.
    bool rescore(std::optional<double> threshold = std::nullopt);
    // The same at a threshold spec resolved against the model's calibration (a seasonal spec
    // gives each time window its hour's threshold; the job fails when the model cannot).
    bool rescore(const ml::ThresholdSpec& spec);

    const AnalysisResultPtr& result() const { return m_result; }

    // Saved models, shared with the CLI (`train --model DIR`, `score --model DIR`).
    // Writes the current model to `dir` (replacing a model there) with the threshold in use as
    // its automatic one, so the CLI and scheduled runs flag what the window flags. False when
    // busy or nothing is trained; savedModel reports the outcome.
    bool saveModel(const QString& dir);
    // Loads a saved model and scores the open corpus with it, at the threshold setting (auto:
    // the model's own), with the marks; published like a training. False when busy or nothing
    // is open.
    bool scoreWithSavedModel(const QString& dir);

Q_SIGNALS:
    // Every new result: after training and after each rescoring.
    void resultChanged(const logsleuth::ui::AnalysisResultPtr& result);
    // Only after training finished (not cancelled).
    void analysisFinished(const logsleuth::ui::AnalysisResultPtr& result);
    // While training: the mean loss of every epoch finished so far, after each epoch.
    void trainingLossChanged(const QList<double>& epochLoss);
    // After saveModel: where, and at which threshold.
    void modelSaved(const QString& dir, double threshold);

private:
    void publish(const AnalysisResultPtr& result, bool trained);
    bool startRescore(std::optional<ml::ThresholdSpec> spec);

    TaskRunner& m_runner;
    std::shared_ptr<const text::Corpus> m_corpus;
    std::string m_kind;
    ml::ModelOptions m_options;
    ml::ThresholdSpec m_threshold;
    ml::MarkRules m_rules;
    AnalysisResultPtr m_result;
};

// Scores a corpus that grew from previous's with previous's model, at previous's threshold, with
// the marks; keeps previous's training figures (loss, device, time). Null when cancelled.
AnalysisResultPtr scoreGrown(const AnalysisResult& previous, std::shared_ptr<const text::Corpus> grown,
                             const ml::MarkRules& marks, const TaskControl& control);

// The model family (train/kind) and its options (train/<option name>) from QSettings, so a user
// or a test can pick a family or shrink a run. Unknown or invalid values keep the defaults.
std::string modelKindFromSettings();
ml::ModelOptions modelOptionsFromSettings(const std::string& kind);
ml::ThresholdSpec thresholdFromSettings();

} // namespace logsleuth::ui
