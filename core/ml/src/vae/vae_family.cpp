// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The `vae` family: a bag-of-words variational autoencoder over the distinct masked messages
// (with their severity token), trained on messages drawn by line frequency. It scores a
// message by its reconstruction error; the error per vocabulary column is its explanation.
#include "../families.h"
#include "logsleuth/ml/routine.h"
#include "vae_detector.h"

#include "logsleuth/text/corpus.h"

#include <cmath>
#include <unordered_map>

namespace logsleuth::ml::detail {

namespace {

constexpr std::string_view kKind = "vae";

// The record's level, read as a second opinion: a message whose template is logged at this
// severity (warning or worse) on only a share p of its lines adds ln(1/p) to its score. A
// template that is always an ERROR adds nothing; an INFO message that turns up as FATAL in one
// line out of three hundred adds about 5.7, as much as a foreign message's reconstruction error.
// The shares are those of the input being scored. Measured on HDFS with 1 % of INFO lines
// raised to WARN/ERROR/FATAL: best F1 0.82 without it.
std::vector<float> levelSurprise(const text::Corpus& corpus)
{
    const std::size_t keys = corpus.distinctMessageCount();
    std::unordered_map<std::uint64_t, std::uint64_t> linesAt; // (cluster, severity) → lines
    std::unordered_map<std::uint32_t, std::uint64_t> linesOf; // cluster → lines
    const auto& counts = corpus.messageLineCounts();
    const auto pair = [&](std::uint32_t key) {
        return (std::uint64_t(corpus.clusterOfMessage(key)) << 8) |
               std::uint64_t(corpus.messageSeverity(key));
    };
    for (std::uint32_t key = 0; key < keys; ++key) {
        linesAt[pair(key)] += counts[key];
        linesOf[corpus.clusterOfMessage(key)] += counts[key];
    }
    std::vector<float> surprise(keys, 0.0f);
    for (std::uint32_t key = 0; key < keys; ++key) {
        if (corpus.messageSeverity(key) < text::Severity::Warning) continue;
        const double share = double(linesAt[pair(key)]) / double(linesOf[corpus.clusterOfMessage(key)]);
        surprise[key] = float(-std::log(share));
    }
    return surprise;
}

VaeOptions vaeOptionsOf(const ModelOptions& o)
{
    VaeOptions v;
    v.device = parseDeviceRequest(o.text("device"));
    v.epochs = int(o.integer("epochs"));
    v.seed = std::uint64_t(o.integer("seed"));
    v.threads = int(o.integer("threads"));
    v.batchSize = int(o.integer("batch-size"));
    v.learningRate = o.real("learning-rate");
    v.klWarmup = o.real("kl-warmup");
    v.hidden = int(o.integer("hidden"));
    v.latent = int(o.integer("latent"));
    v.vocabularySize = std::size_t(o.integer("vocabulary-limit"));
    v.samplesPerEpoch = std::uint64_t(o.integer("samples-per-epoch"));
    return v;
}

// The options of a loaded detector, in the schema's words (what `options()` reports).
ModelOptions modelOptionsOf(const ModelFamily& family, const VaeOptions& v)
{
    ModelOptions o = defaultOptions(family);
    const auto set = [&o](std::string_view name, const std::string& value) {
        try {
            o.set(name, value);
        } catch (const std::invalid_argument&) {
            // A value saved by another build outside today's range stays at the default here;
            // the detector keeps the value it was trained with.
        }
    };
    set("device", std::string(toString(v.device)));
    set("epochs", std::to_string(v.epochs));
    set("seed", std::to_string(v.seed));
    set("threads", std::to_string(v.threads));
    set("batch-size", std::to_string(v.batchSize));
    set("learning-rate", std::to_string(v.learningRate));
    set("kl-warmup", std::to_string(v.klWarmup));
    set("hidden", std::to_string(v.hidden));
    set("latent", std::to_string(v.latent));
    set("vocabulary-limit", std::to_string(v.vocabularySize));
    set("samples-per-epoch", std::to_string(v.samplesPerEpoch));
    return o;
}

class VaeModel final : public Model {
public:
    VaeModel(VaeDetector detector, ModelOptions options)
        : detector_(std::move(detector)), options_(std::move(options))
    {
    }
    std::string_view kind() const override { return kKind; }
    const ModelOptions& options() const override { return options_; }
    Scores score(const text::Corpus& corpus, const TaskControl& control) const override
    {
        Scores scores;
        if (control.cancelled()) return scores;
        control.report(0.0, "scoring");
        scores.unit = Unit::Message;
        scores.values = detector_.score(corpus.scoringTexts());
        const auto surprise = levelSurprise(corpus);
        for (std::size_t key = 0; key < scores.values.size(); ++key)
            scores.values[key] += surprise[key];
        scores.unitLines = corpus.messageLineCounts();
        control.report(1.0, "scoring");
        return scores;
    }
    Explanation explain(const text::Corpus& corpus, const Scores&, std::uint32_t unit,
                        std::size_t top) const override
    {
        return detector_.explain(corpus.scoringText(unit), top);
    }
    std::vector<std::vector<float>> features(const text::Corpus& corpus, const Scores&) const override
    {
        return detector_.encode(corpus.scoringTexts());
    }
    const VaeDetector& detector() const { return detector_; }
    const Calibration& calibration() const override { return detector_.calibration(); }
    // The statistics and the automatic threshold of the final scores on the training corpus.
    void calibrate(const text::Corpus& corpus)
    {
        const Scores scores = score(corpus, {});
        detector_.setCalibration(messageCalibration(corpus, scores));
    }
    void save(const std::filesystem::path& dir, bool overwrite) const override
    {
        detector_.save(dir, overwrite);
    }
    std::string deviceDescription() const override { return detector_.deviceDescription(); }

private:
    VaeDetector detector_;
    ModelOptions options_;
};

class VaeFamily final : public ModelFamily {
public:
    std::string_view kind() const override { return kKind; }
    std::string_view scoreMeaning() const override { return "reconstruction error"; }
    std::string_view lossMeaning() const override
    {
        return "reconstruction error plus a KL term whose weight rises over the first half, and the loss "
               "with it";
    }
    std::string_view summary() const override
    {
        return "bag-of-words variational autoencoder over distinct messages";
    }
    std::vector<OptionSpec> ownOptions() const override
    {
        using T = OptionSpec::Type;
        return {
            // Five passes of 200,000 draws fit as well as ten on every labelled corpus of
            // bench/detection.py, seeds 0-2, in half the time.
            {"epochs", T::Integer, "5", 1, 100000, {}, "passes over the training samples"},
            {"batch-size", T::Integer, "256", 1, 65536, {}, "messages per training batch"},
            {"learning-rate", T::Real, "0.003", 1e-6, 1, {}, "Adam's step size"},
            {"kl-warmup",
             T::Real,
             "0.5",
             0,
             1,
             {},
             "share of the training over which the KL weight rises to 1"},
            {"hidden", T::Integer, "64", 1, 4096, {}, "width of the hidden layers"},
            {"latent", T::Integer, "8", 1, 1024, {}, "width of the latent code"},
            {"vocabulary-limit", T::Integer, "1024", 1, 1 << 20, {}, "most frequent tokens kept as columns"},
            {"samples-per-epoch",
             T::Integer,
             "200000",
             0,
             1e12,
             {},
             "messages drawn per epoch (0: one per line)"},
        };
    }
    std::unique_ptr<Model> train(const text::Corpus& corpus, const TrainingSet& data,
                                 const ModelOptions& options, const TaskControl& control,
                                 TrainReport& report) const override
    {
        auto detector =
            VaeDetector::train(corpus.scoringTexts(), data.weights, vaeOptionsOf(options), control, &report);
        if (report.cancelled) return nullptr;
        auto model = std::make_unique<VaeModel>(std::move(detector), options);
        model->calibrate(corpus);
        return model;
    }
    std::unique_ptr<Model> fineTune(const Model& start, const text::Corpus& corpus, const TrainingSet& data,
                                    const ModelOptions& options, bool freezeEncoder,
                                    const TaskControl& control, TrainReport& report) const override
    {
        const auto* vae = dynamic_cast<const VaeModel*>(&start);
        if (!vae) throw ModelError("cannot start a vae model from a " + std::string(start.kind()) + " model");
        auto detector = VaeDetector::fineTune(vae->detector(), corpus.scoringTexts(), data.weights,
                                              vaeOptionsOf(options), freezeEncoder, control, &report);
        if (report.cancelled) return nullptr;
        // The shape came from the start model: the options say so.
        auto tunedOptions = modelOptionsOf(*this, detector.options());
        auto model = std::make_unique<VaeModel>(std::move(detector), std::move(tunedOptions));
        model->calibrate(corpus);
        return model;
    }
    std::unique_ptr<Model> load(const std::filesystem::path& dir, DeviceRequest device) const override
    {
        auto detector = VaeDetector::load(dir, device);
        auto options = modelOptionsOf(*this, detector.options());
        return std::make_unique<VaeModel>(std::move(detector), std::move(options));
    }
};

} // namespace

const ModelFamily& vaeFamily()
{
    static const VaeFamily family;
    return family;
}

} // namespace logsleuth::ml::detail
