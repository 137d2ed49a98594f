// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include <logsleuth/ui/analysis_controller.h>

#include <logsleuth/ui/task_runner.h>

#include <logsleuth/ml/model_registry.h>

#include <QSettings>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace logsleuth::ui {

namespace {

// Training takes this share of the progress bar, scoring the rest.
constexpr double kTrainShare = 0.9;
constexpr size_t kHistogramBins = 60;

// Copies what the GUI shows out of a session that trained or scored.
void fillFrom(AnalysisResult& result, const ml::AnalysisSession& session)
{
    result.model = session.model();
    result.scored = session.scored();
    result.lineScores = ml::lineScores(*result.corpus, result.scored);
    auto sorted = std::make_shared<std::vector<float>>();
    sorted->reserve(result.lineScores.size());
    for (const float score : result.lineScores)
        if (!std::isnan(score)) sorted->push_back(score);
    std::sort(sorted->begin(), sorted->end());
    result.sortedLineScores = std::move(sorted);
    summarize(result, kHistogramBins);
}

// A model's scoring of a corpus at a threshold, with the marks, as the GUI shows it; null when
// cancelled. Training figures are the caller's to add.
std::shared_ptr<AnalysisResult> scoredBy(std::shared_ptr<const ml::Model> model,
                                         std::shared_ptr<const text::Corpus> corpus,
                                         const ml::ThresholdSpec& threshold, const ml::MarkRules& marks,
                                         const TaskControl& control)
{
    auto result = std::make_shared<AnalysisResult>();
    result->corpus = corpus;
    ml::AnalysisSession session(std::move(corpus));
    session.setModel(std::move(model));
    session.setThreshold(threshold);
    session.setMarks(marks);
    if (!session.score(control)) return nullptr;
    fillFrom(*result, session);
    return result;
}

} // namespace

void summarize(AnalysisResult& result, size_t bins)
{
    result.anomalyLines = 0;
    if (!result.corpus) return;
    auto summary = ml::summarize(*result.corpus, result.scored, std::min<size_t>(bins, 100));
    result.anomalyLines = summary.anomalousLines;
    result.histogram = std::move(summary.histogram);
    result.suppressedHistogram = std::move(summary.suppressedHistogram);
}

AnalysisController::AnalysisController(TaskRunner& runner, QObject* parent)
    : QObject(parent), m_runner(runner), m_kind(modelKindFromSettings()),
      m_options(modelOptionsFromSettings(m_kind)), m_threshold(thresholdFromSettings())
{
}

void AnalysisController::setModelChoice(std::string kind, ml::ModelOptions options)
{
    m_kind = std::move(kind);
    m_options = std::move(options);
}

void AnalysisController::setCorpus(std::shared_ptr<const text::Corpus> corpus)
{
    m_corpus = std::move(corpus);
    m_result.reset();
}

bool AnalysisController::canTrain() const
{
    return m_corpus && m_corpus->lineCount() > 0 && !m_runner.isBusy();
}

bool AnalysisController::canRescore() const
{
    return m_result && m_result->model && !m_runner.isBusy();
}

bool AnalysisController::trainAndScore()
{
    if (!canTrain()) return false;
    auto corpus = m_corpus;
    const auto kind = m_kind;
    const auto options = m_options;
    const auto threshold = m_threshold;
    const auto rules = m_rules;
    return m_runner.start(tr("Training"), [this, corpus, kind, options, threshold,
                                           rules](TaskContext& context) {
        auto result = std::make_shared<AnalysisResult>();
        result->corpus = corpus;
        ml::AnalysisSession session(corpus);
        session.setThreshold(threshold);
        session.setMarks(rules);
        context.setPhase(tr("Training"));
        QList<double> lossSoFar;
        const TaskControl training(context.cancelFlag(), [this, &context, &lossSoFar](const TaskProgress& p) {
            context.setPhase(tr("Training: epoch %1 of %2, loss %3")
                                 .arg(p.epoch + 1)
                                 .arg(p.epochs)
                                 .arg(p.loss, 0, 'g', 4));
            context.setProgress(std::clamp(p.fraction, 0.0, 1.0));
            // At the end of an epoch its mean loss is final: hand the curve so far to the GUI
            // thread, which draws it while training goes on.
            if (p.epochFinished && lossSoFar.size() == p.epoch) {
                lossSoFar.append(p.loss);
                QMetaObject::invokeMethod(
                    this, [this, curve = lossSoFar] { Q_EMIT trainingLossChanged(curve); },
                    Qt::QueuedConnection);
            }
        });
        if (!session.train(kind, options, training.part(0, kTrainShare)) || context.isCancelled())
            return TaskRunner::Delivery{};
        result->epochLoss = session.trainReport().epochLoss;
        result->epochValidationLoss = session.trainReport().epochValidationLoss;
        result->device = session.trainReport().device;
        result->trainSeconds = session.trainReport().seconds;
        context.setPhase(tr("Scoring"));
        context.setProgress(kTrainShare);
        const TaskControl scoring(context.cancelFlag(), [&context](const TaskProgress& p) {
            context.setProgress(std::clamp(p.fraction, 0.0, 1.0));
        });
        if (!session.score(scoring.part(kTrainShare, 1.0))) return TaskRunner::Delivery{};
        fillFrom(*result, session);
        return TaskRunner::Delivery{[this, result] { publish(result, true); }};
    });
}

bool AnalysisController::rescore(std::optional<double> threshold)
{
    if (!threshold) return startRescore(std::nullopt);
    ml::ThresholdSpec fixed;
    fixed.kind = ml::ThresholdSpec::Kind::Absolute;
    fixed.value = *threshold;
    return startRescore(fixed);
}

bool AnalysisController::rescore(const ml::ThresholdSpec& spec)
{
    return startRescore(spec);
}

bool AnalysisController::startRescore(std::optional<ml::ThresholdSpec> spec)
{
    if (!canRescore()) return false;
    const AnalysisResultPtr previous = m_result;
    const auto rules = m_rules;
    return m_runner.start(tr("Rescoring"), [this, previous, rules, spec](TaskContext& context) {
        // Marks change verdicts, not scores: no pass through the model is needed. They spread to
        // units like the marked ones, through the model's features (computed once per scoring).
        auto result = std::make_shared<AnalysisResult>(*previous);
        if (spec)
            ml::resolveThreshold(result->scored, *spec,
                                 result->model ? result->model->calibration() : ml::Calibration{},
                                 *result->corpus);
        context.setPhase(tr("Applying marks"));
        if (!result->features && result->model && !rules.empty())
            result->features = std::make_shared<const std::vector<std::vector<float>>>(
                result->model->features(*result->corpus, result->scored.scores));
        ml::decideVerdicts(result->scored, *result->corpus, rules, result->features.get());
        const auto& unitOf = result->scored.scores.unitOfLine(*result->corpus);
        result->changedLines = 0;
        for (size_t line = 0; line < unitOf.size(); ++line)
            result->changedLines += ml::isAnomaly(previous->scored.verdictOfLine(line, unitOf[line])) !=
                                    ml::isAnomaly(result->scored.verdictOfLine(line, unitOf[line]));
        summarize(*result, kHistogramBins);
        return TaskRunner::Delivery{[this, result] { publish(result, false); }};
    });
}

bool AnalysisController::saveModel(const QString& dir)
{
    if (!m_result || !m_result->model || m_runner.isBusy()) return false;
    const AnalysisResultPtr result = m_result;
    const std::filesystem::path target = dir.toStdString();
    return m_runner.start(tr("Saving the model"), [this, result, target, dir](TaskContext& context) {
        context.setPhase(tr("Saving the model to %1").arg(dir));
        // Replacing is for models only: a folder of anything else is never removed.
        if (std::filesystem::exists(target) && !std::filesystem::is_regular_file(target / "meta.txt"))
            throw std::runtime_error(
                tr("%1 exists and is not a saved model; choose a new name.").arg(dir).toStdString());
        result->model->save(target, true);
        ml::applyThreshold(target, result->scored.threshold);
        return TaskRunner::Delivery{
            [this, dir, threshold = result->scored.threshold] { Q_EMIT modelSaved(dir, threshold); }};
    });
}

bool AnalysisController::scoreWithSavedModel(const QString& dir)
{
    if (!m_corpus || m_corpus->lineCount() == 0 || m_runner.isBusy()) return false;
    auto corpus = m_corpus;
    const auto rules = m_rules;
    const auto threshold = m_threshold;
    const std::filesystem::path source = dir.toStdString();
    return m_runner.start(tr("Scoring with a saved model"), [this, corpus, rules, threshold, source,
                                                             dir](TaskContext& context) {
        context.setPhase(tr("Loading the model from %1").arg(dir));
        std::shared_ptr<const ml::Model> model = ml::loadModel(source);
        context.setPhase(tr("Scoring"));
        const TaskControl scoring(context.cancelFlag(), [&context](const TaskProgress& p) {
            context.setProgress(std::clamp(p.fraction, 0.0, 1.0));
        });
        auto result = scoredBy(std::move(model), corpus, threshold, rules, scoring);
        if (!result) return TaskRunner::Delivery{};
        result->savedModelDir = dir.toStdString();
        return TaskRunner::Delivery{
            [this, result = AnalysisResultPtr(std::move(result))] { publish(result, true); }};
    });
}

void AnalysisController::adoptGrown(std::shared_ptr<const text::Corpus> grown, AnalysisResultPtr result)
{
    m_corpus = std::move(grown);
    if (!result || result->corpus != m_corpus) {
        m_result.reset();
        return;
    }
    m_result = std::move(result);
    Q_EMIT resultChanged(m_result);
}

AnalysisResultPtr scoreGrown(const AnalysisResult& previous, std::shared_ptr<const text::Corpus> grown,
                             const ml::MarkRules& marks, const TaskControl& control)
{
    if (!previous.model) return nullptr;
    // The threshold the analyst sees (perhaps dragged), not the spec it came from; hourly
    // thresholds stay hourly.
    ml::ThresholdSpec threshold;
    threshold.kind = previous.scored.unitThresholds.empty() ? ml::ThresholdSpec::Kind::Absolute
                                                            : ml::ThresholdSpec::Kind::Seasonal;
    threshold.value = previous.scored.threshold;
    auto result = scoredBy(previous.model, std::move(grown), threshold, marks, control);
    if (!result) return nullptr;
    result->epochLoss = previous.epochLoss;
    result->epochValidationLoss = previous.epochValidationLoss;
    result->device = previous.device;
    result->trainSeconds = previous.trainSeconds;
    return result;
}

void AnalysisController::publish(const AnalysisResultPtr& result, bool trained)
{
    // A result computed for a corpus that was replaced meanwhile is stale.
    if (result->corpus != m_corpus) return;
    m_result = result;
    Q_EMIT resultChanged(result);
    if (trained) Q_EMIT analysisFinished(result);
}

std::string modelKindFromSettings()
{
    const std::string kind =
        QSettings()
            .value(QStringLiteral("train/kind"), QString::fromLatin1(ml::defaultModelKind()))
            .toString()
            .toStdString();
    try {
        ml::modelFamily(kind);
        return kind;
    } catch (const std::invalid_argument&) {
        return std::string(ml::defaultModelKind()); // a kind this build lacks trains the default
    }
}

ml::ModelOptions modelOptionsFromSettings(const std::string& kind)
{
    ml::ModelOptions options = ml::defaultOptions(ml::modelFamily(kind));
    QSettings settings;
    settings.beginGroup(QStringLiteral("train"));
    // The option names are the settings keys (model_options.h), so every family's options,
    // present and future, can be set here without a line of code each.
    for (const auto& option : options.schema()) {
        const QString key = QString::fromStdString(option.name);
        if (!settings.contains(key)) continue;
        try {
            options.set(option.name, settings.value(key).toString().toStdString());
        } catch (const std::invalid_argument&) {
            // An invalid setting keeps the default rather than blocking every analysis.
        }
    }
    return options;
}

ml::ThresholdSpec thresholdFromSettings()
{
    const QString text = QSettings().value(QStringLiteral("analysis/threshold")).toString();
    if (!text.isEmpty()) {
        try {
            return ml::ThresholdSpec::parse(text.toStdString());
        } catch (const std::exception&) {
            // A bad setting falls back to the default rather than blocking every analysis.
        }
    }
    return ml::ThresholdSpec{};
}

} // namespace logsleuth::ui
