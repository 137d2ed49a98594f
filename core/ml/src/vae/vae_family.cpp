// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The `vae` family: a bag-of-words variational autoencoder over the distinct masked messages
// (with their severity token), trained on messages drawn by line frequency. It scores a
// message by its reconstruction error; the error per vocabulary column is its explanation.
#include "../families.h"
#include "vae_detector.h"

#include "logsleuth/text/corpus.h"

#include <cmath>

namespace logsleuth::ml::detail {

namespace {

constexpr std::string_view kKind = "vae";

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
        scores.unitLines = corpus.messageLineCounts();
        control.report(1.0, "scoring");
        return scores;
    }
    Explanation explain(const text::Corpus& corpus, const Scores&, std::uint32_t unit,
                        std::size_t top) const override
    {
        return detector_.explain(corpus.scoringText(unit), top);
    }
    std::vector<float> features(const text::Corpus& corpus, const Scores&, std::uint32_t unit) const override
    {
        const std::string_view text = corpus.scoringText(unit);
        return detector_.encode({text}).front();
    }
    const Calibration& calibration() const override { return detector_.calibration(); }
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
    std::string_view summary() const override
    {
        return "bag-of-words variational autoencoder over distinct messages (default)";
    }
    std::vector<OptionSpec> ownOptions() const override
    {
        using T = OptionSpec::Type;
        return {
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
    std::unique_ptr<Model> train(const text::Corpus& corpus, const ModelOptions& options,
                                 const TaskControl& control, TrainReport& report) const override
    {
        auto detector = VaeDetector::train(corpus.scoringTexts(), corpus.messageLineCounts(),
                                           vaeOptionsOf(options), control, &report);
        if (report.cancelled) return nullptr;
        return std::make_unique<VaeModel>(std::move(detector), options);
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
