// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include <logsleuth/ui/analysis_controller.h>

#include <logsleuth/ui/task_runner.h>

#include <logsleuth/ml/device.h>

#include <QSettings>

#include <algorithm>
#include <stdexcept>

namespace logsleuth::ui {

namespace {

// Training takes this share of the progress bar, scoring the rest.
constexpr double kTrainShare = 0.9;
constexpr size_t kHistogramBins = 60;

// Scores with the given rules and builds the per-line columns of a result.
void scoreInto(AnalysisResult& result, const ml::ThresholdSpec& threshold, const ml::MarkRules& rules)
{
    result.scored = ml::scoreCorpus(*result.detector, *result.corpus, threshold, rules);
    result.lineScores = ml::lineScores(*result.corpus, result.scored);
    summarize(result, kHistogramBins);
}

} // namespace

void summarize(AnalysisResult& result, size_t bins)
{
    result.anomalyLines = 0;
    if (!result.corpus) return;
    result.anomalyLines = ml::anomalousLineCount(*result.corpus, result.scored);
    if (result.scored.scores.empty()) return;
    bins = std::min<size_t>(bins, 100);
    result.histogram = ml::scoreHistogram(*result.corpus, result.scored, bins);
    result.suppressedHistogram =
        ml::verdictHistogram(*result.corpus, result.scored, bins, ml::Verdict::Suppressed);
}

AnalysisController::AnalysisController(TaskRunner& runner, QObject* parent)
    : QObject(parent), m_runner(runner), m_options(trainOptionsFromSettings()),
      m_threshold(thresholdFromSettings())
{
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
    return m_result && m_result->detector && !m_runner.isBusy();
}

bool AnalysisController::trainAndScore()
{
    if (!canTrain()) return false;
    auto corpus = m_corpus;
    const auto options = m_options;
    const auto threshold = m_threshold;
    const auto rules = m_rules;
    return m_runner.start(tr("Training"), [this, corpus, options, threshold, rules](TaskContext& context) {
        auto result = std::make_shared<AnalysisResult>();
        result->corpus = corpus;
        ml::TrainReport report{};
        context.setPhase(tr("Training"));
        QList<double> lossSoFar;
        auto detector = ml::trainOnCorpus(
            *corpus, options,
            [this, &context, &lossSoFar](const ml::TrainProgress& p) {
                context.setPhase(tr("Training: epoch %1 of %2, loss %3")
                                     .arg(p.epoch + 1)
                                     .arg(p.epochs)
                                     .arg(p.loss, 0, 'g', 4));
                context.setProgress(kTrainShare * std::clamp(p.fraction, 0.0, 1.0));
                // At the end of an epoch its mean loss is final: hand the curve so far to the
                // GUI thread, which draws it while training goes on.
                if (p.fraction * p.epochs >= p.epoch + 1 - 1e-9 && lossSoFar.size() == p.epoch) {
                    lossSoFar.append(p.loss);
                    QMetaObject::invokeMethod(
                        this, [this, curve = lossSoFar] { Q_EMIT trainingLossChanged(curve); },
                        Qt::QueuedConnection);
                }
            },
            context.cancelFlag(), &report);
        if (report.cancelled || context.isCancelled()) return TaskRunner::Delivery{};
        result->detector = std::make_shared<const ml::Detector>(std::move(detector));
        result->epochLoss = report.epochLoss;
        result->device = report.device;
        result->trainSeconds = report.seconds;
        context.setPhase(tr("Scoring"));
        context.setProgress(kTrainShare);
        scoreInto(*result, threshold, rules);
        return TaskRunner::Delivery{[this, result] { publish(result, true); }};
    });
}

bool AnalysisController::rescore()
{
    if (!canRescore()) return false;
    const AnalysisResultPtr previous = m_result;
    const auto rules = m_rules;
    return m_runner.start(tr("Rescoring"), [this, previous, rules](TaskContext& context) {
        // Marks change verdicts, not scores: no pass through the model is needed.
        auto result = std::make_shared<AnalysisResult>(*previous);
        context.setPhase(tr("Applying marks"));
        ml::applyMarks(result->scored, *result->corpus, rules);
        summarize(*result, kHistogramBins);
        return TaskRunner::Delivery{[this, result] { publish(result, false); }};
    });
}

void AnalysisController::publish(const AnalysisResultPtr& result, bool trained)
{
    // A result computed for a corpus that was replaced meanwhile is stale.
    if (result->corpus != m_corpus) return;
    m_result = result;
    Q_EMIT resultChanged(result);
    if (trained) Q_EMIT analysisFinished(result);
}

ml::TrainOptions trainOptionsFromSettings()
{
    ml::TrainOptions options;
    QSettings settings;
    settings.beginGroup(QStringLiteral("train"));
    options.epochs = settings.value(QStringLiteral("epochs"), options.epochs).toInt();
    options.samplesPerEpoch =
        settings.value(QStringLiteral("samplesPerEpoch"), quint64(options.samplesPerEpoch)).toULongLong();
    options.seed = settings.value(QStringLiteral("seed"), quint64(options.seed)).toULongLong();
    options.threads = settings.value(QStringLiteral("threads"), options.threads).toInt();
    try {
        options.device = ml::parseDeviceRequest(
            settings.value(QStringLiteral("device"), QStringLiteral("auto")).toString().toStdString());
    } catch (const std::invalid_argument&) {
        // An unknown device in the settings file means "auto", as the default does.
    }
    options.epochs = std::max(1, options.epochs);
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
    return ml::ThresholdSpec{ml::ThresholdSpec::Kind::Sigma, 3.1};
}

} // namespace logsleuth::ui
