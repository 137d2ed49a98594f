// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The `ensemble` family: the VAE's score (reconstruction error and level surprise) and the token
// rarity of a message, each divided by its own automatic threshold so that 1 means "at the
// threshold" for both, then averaged. The confidence of a unit is the members' agreement. Two
// views fail differently: the VAE misses a foreign message that repeats often enough to be
// learnt, the rarity misses a known word in an unusual combination.
#include "../families.h"
#include "../model_files.h"
#include "../numbers.h"
#include "logsleuth/ml/routine.h"
#include "token_rarity.h"

#include "logsleuth/text/corpus.h"

#include <algorithm>
#include <cmath>

namespace logsleuth::ml::detail {

namespace {

constexpr std::string_view kKind = "ensemble";
constexpr std::int64_t kFormatVersion = 1;

struct Scales {
    double vae = 1, rarity = 1;
};

class EnsembleModel final : public Model {
public:
    EnsembleModel(ModelOptions options, std::unique_ptr<Model> vae, TokenRarity rarity, Scales scales,
                  Calibration calibration)
        : options_(std::move(options)), vae_(std::move(vae)), rarity_(std::move(rarity)), scales_(scales),
          calibration_(std::move(calibration))
    {
    }
    std::string_view kind() const override { return kKind; }
    const ModelOptions& options() const override { return options_; }
    const Scales& scales() const { return scales_; }

    // The members' scores on the threshold scale, and the combination.
    Scores score(const text::Corpus& corpus, const TaskControl& control) const override
    {
        Scores scores = vae_->score(corpus, control);
        if (control.cancelled() || scores.size() == 0) return scores;
        const auto rarity = rarity_.score(corpus.scoringTexts());
        scores.confidence.resize(scores.size());
        for (std::size_t u = 0; u < scores.size(); ++u) {
            const double a = std::max(0.0, double(scores.values[u]) / scales_.vae);
            const double b = std::max(0.0, double(rarity[u]) / scales_.rarity);
            scores.values[u] = float((a + b) / 2);
            scores.confidence[u] = float(a + b > 0 ? 1.0 - std::abs(a - b) / (a + b) : 1.0);
        }
        return scores;
    }
    Explanation explain(const text::Corpus& corpus, const Scores& scores, std::uint32_t unit,
                        std::size_t top) const override
    {
        Explanation why = vae_->explain(corpus, scores, unit, top);
        // Tokens rarer than one line in ten thousand join the "never seen" list: both are what
        // the rarity member saw.
        for (auto& token : rarity_.rareTokens(corpus.scoringText(unit), 1e4))
            if (std::find(why.unknownTokens.begin(), why.unknownTokens.end(), token) ==
                why.unknownTokens.end())
                why.unknownTokens.push_back(std::move(token));
        return why;
    }
    std::vector<std::vector<float>> features(const text::Corpus& corpus, const Scores& scores) const override
    {
        return vae_->features(corpus, scores);
    }
    const Calibration& calibration() const override { return calibration_; }
    void setCalibration(Calibration calibration) { calibration_ = std::move(calibration); }
    void save(const std::filesystem::path& dir, bool overwrite) const override
    {
        writeModelDirectory(dir, overwrite, [this](const std::filesystem::path& partial) {
            vae_->save(partial / "vae", false);
            rarity_.save(partial / "rarity.txt");
            MetaFile meta = modelMeta(kKind, kFormatVersion, options_, calibration_);
            meta.set("scale_vae", formatNumber(scales_.vae));
            meta.set("scale_rarity", formatNumber(scales_.rarity));
            meta.write(partial / "meta.txt");
        });
    }
    std::string deviceDescription() const override { return vae_->deviceDescription(); }

private:
    ModelOptions options_;
    std::unique_ptr<Model> vae_;
    TokenRarity rarity_;
    Scales scales_;
    Calibration calibration_;
};

class EnsembleFamily final : public ModelFamily {
public:
    std::string_view kind() const override { return kKind; }
    std::string_view scoreMeaning() const override
    {
        return "the VAE's reconstruction error and the rarest token, each over its own threshold";
    }
    std::string_view lossMeaning() const override
    {
        return "its VAE's: reconstruction error plus a KL term whose weight rises over the first half";
    }
    std::string_view summary() const override
    {
        return "vae and token rarity on one scale, averaged; confidence = their agreement";
    }
    // The vae's options, its five epochs included. Ten were kept while five found the raised levels
    // at F1 0.80 instead of 0.94; since the rare level is header evidence both find them at 1.00, and
    // on the tuning corpora of bench/detection.py, seeds 0-2, five match ten (2026-12-04).
    std::vector<OptionSpec> ownOptions() const override { return vaeFamily().ownOptions(); }
    std::unique_ptr<Model> train(const text::Corpus& corpus, const TrainingSet& data,
                                 const ModelOptions& options, const TaskControl& control,
                                 TrainReport& report) const override
    {
        const auto& weights = data.weights;
        auto vae = vaeFamily().train(corpus, data, memberOptions(vaeFamily(), options), control, report);
        if (!vae) return nullptr;
        const auto texts = corpus.scoringTexts();
        const auto& lines = corpus.messageLineCounts();
        TokenRarity rarity = TokenRarity::build(texts, weights);
        // Each member's own automatic threshold is its unit: 1 means "at the threshold".
        Scales scales;
        scales.vae = std::max(1e-9, vae->calibration().automatic);
        scales.rarity = std::max(1e-9, calibrateThreshold(rarity.score(texts), lines));
        auto model = std::make_unique<EnsembleModel>(options, std::move(vae), std::move(rarity), scales,
                                                     Calibration{});
        const Scores scores = model->score(corpus, {});
        model->setCalibration(messageCalibration(corpus, scores));
        return model;
    }
    std::unique_ptr<Model> load(const std::filesystem::path& dir, DeviceRequest device) const override
    {
        const auto meta = readModelMeta(dir, kKind, kFormatVersion, {"rarity.txt"});
        Scales scales{meta.number("scale_vae"), meta.number("scale_rarity")};
        return std::make_unique<EnsembleModel>(
            optionsOf(meta, defaultOptions(*this)), vaeFamily().load(dir / "vae", device),
            TokenRarity::load(dir / "rarity.txt"), scales, calibrationOf(meta, dir / "meta.txt"));
    }
};

} // namespace

const ModelFamily& ensembleFamily()
{
    static const EnsembleFamily family;
    return family;
}

} // namespace logsleuth::ml::detail
