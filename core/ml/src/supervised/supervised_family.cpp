// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The `supervised` family, after CLDTLog: a classifier of messages trained on the analyst's
// marks. A message is read as its token ids (a small transformer encoder, mean-pooled into an
// embedding that a triplet loss shapes by label) beside its unsupervised score (a VAE trained on
// the same lines, the "base") and its severity; a focal loss lets the few marked messages count
// against the many unmarked ones. Unmarked messages take the base's verdict as a weak label, so
// the model starts from what the base knows and the marks correct it where they reach, and
// beyond, through what marked messages share. The score is the probability of "anomalous"; the
// automatic threshold is 0.5.
//
// A part of the marks is held back, a model trained without them (their lines unmarked, as they
// were before the analyst marked them), and its precision, recall and F1 on their lines reported,
// before the model that is kept trains on every mark.
#include "../families.h"
#include "../model_files.h"
#include "../numbers.h"
#include "../torch_device.h"
#include "anomaly_words.h"
#include "supervised_network.h"

#include "logsleuth/ml/features.h"
#include "logsleuth/text/corpus.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <mutex>
#include <numeric>
#include <random>
#include <set>

namespace logsleuth::ml::detail {

namespace {

constexpr std::string_view kKind = "supervised";
constexpr std::int64_t kFormatVersion = 1;
constexpr std::int64_t kSeverities = 9;          // text::Severity's values, one-hot
constexpr std::int64_t kExtra = 1 + kSeverities; // the base score, then the severity
constexpr std::int64_t kPadding = 0, kUnknown = 1, kFirstToken = 2;
constexpr std::int64_t kScoringBatch = 512;

// What the network reads of every message of a corpus.
struct Inputs {
    std::vector<std::vector<std::int64_t>> ids; // at least one token each
    std::vector<float> base;                    // log(1 + base score / the base's threshold)
    std::vector<std::uint8_t> severity;
};

std::vector<std::int64_t> idsOf(const Vocabulary& vocabulary, std::string_view message, std::size_t maxTokens)
{
    std::vector<std::int64_t> ids;
    for (std::string_view token : tokenize(message)) {
        if (ids.size() == maxTokens) break;
        const auto id = vocabulary.indexOf(token);
        ids.push_back(id ? std::int64_t(*id) + kFirstToken : kUnknown);
    }
    if (ids.empty()) ids.push_back(kUnknown);
    return ids;
}

// The base score as the network reads it: on the base threshold's scale, compressed.
float baseInput(float score, double baseScale)
{
    return float(std::log1p(std::max(0.0, double(score)) / baseScale));
}

TokenBatch tokenBatch(const Inputs& in, const std::vector<std::size_t>& rows, const torch::Device& device)
{
    std::size_t length = 1;
    for (std::size_t r : rows)
        length = std::max(length, in.ids[r].size());
    std::vector<std::int64_t> flat(rows.size() * length, kPadding);
    for (std::size_t i = 0; i < rows.size(); ++i)
        std::copy(in.ids[rows[i]].begin(), in.ids[rows[i]].end(), flat.begin() + std::ptrdiff_t(i * length));
    auto ids = torch::tensor(flat, torch::kInt64).view({std::int64_t(rows.size()), std::int64_t(length)});
    TokenBatch batch{ids.to(device), ids.eq(kPadding).to(device)};
    return batch;
}

torch::Tensor extraOf(const Inputs& in, const std::vector<std::size_t>& rows, const torch::Device& device)
{
    auto extra = torch::zeros({std::int64_t(rows.size()), kExtra});
    auto a = extra.accessor<float, 2>();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        a[std::int64_t(i)][0] = in.base[rows[i]];
        a[std::int64_t(i)][1 + std::min<std::int64_t>(in.severity[rows[i]], kSeverities - 1)] = 1;
    }
    return extra.to(device);
}

Inputs inputsOf(const text::Corpus& corpus, const std::vector<float>& baseScores,
                const Vocabulary& vocabulary, std::size_t maxTokens, double baseScale)
{
    Inputs in;
    const std::size_t n = corpus.distinctMessageCount();
    in.ids.reserve(n);
    for (std::uint32_t key = 0; key < n; ++key) {
        in.ids.push_back(idsOf(vocabulary, corpus.scoringText(key), maxTokens));
        in.base.push_back(baseInput(baseScores[key], baseScale));
        in.severity.push_back(std::uint8_t(corpus.messageSeverity(key)));
    }
    return in;
}

SupervisedShape shapeOf(const ModelOptions& o, std::size_t vocabulary)
{
    SupervisedShape shape;
    shape.vocabulary = std::int64_t(vocabulary) + kFirstToken;
    shape.dimensions = o.integer("dimensions");
    shape.heads = o.integer("heads");
    shape.layers = o.integer("layers");
    shape.maxTokens = o.integer("max-tokens");
    shape.extra = kExtra;
    if (shape.dimensions % shape.heads != 0)
        throw ModelError("dimensions (" + std::to_string(shape.dimensions) +
                         ") must be a multiple of heads (" + std::to_string(shape.heads) + ")");
    return shape;
}

class SupervisedModel final : public Model {
public:
    SupervisedModel(ModelOptions options, std::unique_ptr<Model> base, double baseScale,
                    Vocabulary vocabulary, SupervisedNet net, torch::Device device, Calibration calibration,
                    std::string heldBack)
        : options_(std::move(options)), base_(std::move(base)), baseScale_(baseScale),
          vocabulary_(std::move(vocabulary)), net_(std::move(net)), device_(device),
          calibration_(std::move(calibration)), heldBack_(std::move(heldBack))
    {
        net_->to(device_);
        net_->eval();
    }
    std::string_view kind() const override { return kKind; }
    const ModelOptions& options() const override { return options_; }
    const std::string& heldBack() const { return heldBack_; }

    Inputs inputsOf(const text::Corpus& corpus, const std::vector<float>& baseScores) const
    {
        return detail::inputsOf(corpus, baseScores, vocabulary_, std::size_t(options_.integer("max-tokens")),
                                baseScale_);
    }
    // The base's scores of the corpus. score() always runs the base and keeps what it gave for
    // explain() and features(), which reuse it for the corpus last scored (a corpus at the same
    // address is taken for the same only when its counts and its first and last messages agree).
    std::vector<float> baseScores(const text::Corpus& corpus, const TaskControl& control,
                                  bool fresh = false) const
    {
        const std::size_t n = corpus.distinctMessageCount();
        const std::string fingerprint = std::to_string(corpus.lineCount()) + '\n' + std::to_string(n) + '\n' +
                                        (n ? std::string(corpus.scoringText(0)) + '\n' +
                                                 std::string(corpus.scoringText(std::uint32_t(n - 1)))
                                           : std::string());
        if (!fresh) {
            std::lock_guard lock(cacheMutex_);
            if (cacheOf_ == &corpus && baseCache_.size() == n && cacheFingerprint_ == fingerprint)
                return baseCache_;
        }
        // Not under the lock: scoring a large corpus takes seconds, and explain() must not wait.
        Scores scores = base_->score(corpus, control);
        if (control.cancelled()) return {};
        std::lock_guard lock(cacheMutex_);
        baseCache_ = scores.values;
        cacheOf_ = &corpus;
        cacheFingerprint_ = fingerprint;
        return std::move(scores.values);
    }
    // Logits and embeddings of the given rows.
    std::pair<torch::Tensor, torch::Tensor> forward(const Inputs& in,
                                                    const std::vector<std::size_t>& rows) const
    {
        torch::NoGradGuard noGrad;
        const auto z = net_->embed(tokenBatch(in, rows, device_));
        return {net_->logit(z, extraOf(in, rows, device_)).to(torch::kCPU), z.to(torch::kCPU)};
    }
    Scores score(const text::Corpus& corpus, const TaskControl& control) const override
    {
        Scores scores;
        const auto base = baseScores(corpus, control.part(0, 0.5), true);
        if (control.cancelled()) return scores;
        const Inputs in = inputsOf(corpus, base);
        const std::size_t n = in.ids.size();
        scores.values.resize(n);
        scores.confidence.resize(n);
        for (std::size_t first = 0; first < n; first += kScoringBatch) {
            if (control.cancelled()) return {};
            std::vector<std::size_t> rows;
            for (std::size_t r = first; r < std::min(n, first + kScoringBatch); ++r)
                rows.push_back(r);
            const auto p = torch::sigmoid(forward(in, rows).first).contiguous();
            for (std::size_t i = 0; i < rows.size(); ++i) {
                scores.values[rows[i]] = p.data_ptr<float>()[i];
                scores.confidence[rows[i]] = std::abs(2 * scores.values[rows[i]] - 1);
            }
            control.report(0.5 + 0.5 * double(first + rows.size()) / double(n), "scoring");
        }
        scores.unitLines = corpus.messageLineCounts();
        return scores;
    }
    // Occlusion: how much the logit falls when one token is read as unknown, when the base score
    // is read as zero, or when the severity is read as unknown.
    Explanation explain(const text::Corpus& corpus, const Scores& scores, std::uint32_t unit,
                        std::size_t top) const override
    {
        Explanation why;
        if (unit >= corpus.distinctMessageCount()) return why;
        why.score = unit < scores.values.size() ? scores.values[unit] : 0.0f;
        const auto base = baseScores(corpus, {});
        Inputs in;
        const auto original =
            idsOf(vocabulary_, corpus.scoringText(unit), std::size_t(options_.integer("max-tokens")));
        const float scaled = baseInput(base[unit], baseScale_);
        const auto severity = std::uint8_t(corpus.messageSeverity(unit));
        const auto add = [&](std::vector<std::int64_t> ids, float baseValue, std::uint8_t s) {
            in.ids.push_back(std::move(ids));
            in.base.push_back(baseValue);
            in.severity.push_back(s);
        };
        add(original, scaled, severity);
        for (std::size_t t = 0; t < original.size(); ++t) {
            auto ids = original;
            ids[t] = kUnknown;
            add(std::move(ids), scaled, severity);
        }
        add(original, 0, severity);
        add(original, scaled, 0);
        std::vector<std::size_t> rows(in.ids.size());
        std::iota(rows.begin(), rows.end(), 0);
        const auto logits = forward(in, rows).first.contiguous();
        const float* l = logits.data_ptr<float>();
        std::vector<std::pair<float, std::string>> shares;
        const auto tokens = tokenize(corpus.scoringText(unit));
        for (std::size_t t = 0; t < original.size() && t < tokens.size(); ++t) {
            if (original[t] == kUnknown) {
                if (std::find(why.unknownTokens.begin(), why.unknownTokens.end(), tokens[t]) ==
                    why.unknownTokens.end())
                    why.unknownTokens.emplace_back(tokens[t]);
                continue;
            }
            shares.emplace_back(l[0] - l[1 + t], std::string(tokens[t]));
        }
        shares.emplace_back(l[0] - l[original.size() + 1], "[unsupervised score]");
        shares.emplace_back(l[0] - l[original.size() + 2], "[severity]");
        std::sort(shares.begin(), shares.end(),
                  [](const auto& a, const auto& b) { return a.first > b.first; });
        std::set<std::string> seen;
        for (const auto& [share, token] : shares) {
            if (why.tokens.size() == top) break;
            if (share > 0 && seen.insert(token).second) why.tokens.push_back({token, share, true});
        }
        return why;
    }
    std::vector<std::vector<float>> features(const text::Corpus& corpus, const Scores&) const override
    {
        const Inputs in = inputsOf(corpus, baseScores(corpus, {}));
        std::vector<std::vector<float>> out(in.ids.size());
        for (std::size_t first = 0; first < in.ids.size(); first += kScoringBatch) {
            std::vector<std::size_t> rows;
            for (std::size_t r = first; r < std::min(in.ids.size(), first + kScoringBatch); ++r)
                rows.push_back(r);
            const auto z = forward(in, rows).second.contiguous();
            const auto width = std::size_t(z.size(1));
            for (std::size_t i = 0; i < rows.size(); ++i)
                out[rows[i]].assign(z.data_ptr<float>() + i * width, z.data_ptr<float>() + (i + 1) * width);
        }
        return out;
    }
    const Calibration& calibration() const override { return calibration_; }
    void setCalibration(Calibration calibration) { calibration_ = std::move(calibration); }
    void save(const std::filesystem::path& dir, bool overwrite) const override
    {
        writeModelDirectory(dir, overwrite, [this](const std::filesystem::path& partial) {
            base_->save(partial / "base", false);
            writeVocabulary(vocabulary_, partial / "vocabulary.txt");
            torch::save(net_, (partial / "model.pt").string());
            MetaFile meta = modelMeta(kKind, kFormatVersion, options_, calibration_);
            meta.set("vocabulary_size", std::to_string(vocabulary_.size()));
            meta.set("base_kind", std::string(base_->kind()));
            meta.set("base_scale", formatNumber(baseScale_));
            meta.set("held_back", heldBack_);
            meta.write(partial / "meta.txt");
        });
    }
    std::string deviceDescription() const override { return describeDevice(device_); }
    bool scoresRarity() const override { return false; } // P(anomalous), the level weighed in

private:
    ModelOptions options_;
    std::unique_ptr<Model> base_;
    double baseScale_;
    Vocabulary vocabulary_;
    mutable SupervisedNet net_; // forward passes in eval mode change nothing
    torch::Device device_;
    Calibration calibration_;
    std::string heldBack_;
    mutable std::mutex cacheMutex_;
    mutable const text::Corpus* cacheOf_ = nullptr;
    mutable std::vector<float> baseCache_;
    mutable std::string cacheFingerprint_;
};

// The messages training draws from: the marked ones (full weight) and the unmarked ones labelled
// by the base's verdict (pseudo weight), except that an unmarked message with the marked
// anomalies' own words is no pseudo-normal one (see anomaly_words.h).
struct Pools {
    std::vector<std::size_t> anomalous, normal, pseudoAnomalous, pseudoNormal;
};

Pools poolsOf(const text::Corpus& corpus, const TrainingSet& data, const std::vector<float>& baseScores,
              double baseThreshold, const std::set<std::uint32_t>& heldBackMarks)
{
    Pools pools;
    std::vector<std::uint8_t> unmarked(baseScores.size(), 0);
    for (std::size_t key = 0; key < baseScores.size(); ++key) {
        const MarkLabel label = data.labels.empty() ? MarkLabel::None : data.labels[key];
        // A held-back mark's lines are what they would be had it never been made: unmarked.
        if (label != MarkLabel::None && !heldBackMarks.contains(data.labelMark[key])) {
            (label == MarkLabel::TruePositive ? pools.anomalous : pools.normal).push_back(key);
        } else {
            unmarked[key] = 1;
        }
    }
    const auto resembles = resemblesMarkedAnomalies(corpus.scoringTexts(), corpus.messageLineCounts(),
                                                    pools.anomalous, unmarked);
    for (std::size_t key = 0; key < baseScores.size(); ++key) {
        if (!unmarked[key]) continue;
        if (double(baseScores[key]) > baseThreshold)
            pools.pseudoAnomalous.push_back(key);
        else if (!resembles[key])
            pools.pseudoNormal.push_back(key);
    }
    return pools;
}

struct FitResult {
    SupervisedNet net{nullptr};
    std::vector<double> epochLoss;
    std::uint64_t samples = 0;
};

// Trains a network on the pools; null net when cancelled.
FitResult fit(const Inputs& in, const Pools& pools, const SupervisedShape& shape, const ModelOptions& o,
              const torch::Device& device, const TaskControl& control, bool reportEpochs)
{
    FitResult result;
    const auto seed = std::uint64_t(o.integer("seed"));
    torch::manual_seed(seed);
    std::mt19937_64 rng(seed);
    SupervisedNet net(shape);
    net->to(device);
    net->train();
    torch::optim::Adam optimizer(net->parameters(), torch::optim::AdamOptions(o.real("learning-rate")));
    const double pseudo = o.real("pseudo-weight"), gamma = o.real("focal-gamma"),
                 tripletWeight = o.real("triplet-weight"), margin = o.real("triplet-margin");
    struct Pool {
        const std::vector<std::size_t>* keys;
        float label, weight;
    };
    const Pool all[] = {{&pools.anomalous, 1, 1},
                        {&pools.normal, 0, 1},
                        {&pools.pseudoAnomalous, 1, float(pseudo)},
                        {&pools.pseudoNormal, 0, float(pseudo)}};
    std::vector<Pool> used;
    for (const Pool& pool : all)
        if (!pool.keys->empty() && pool.weight > 0) used.push_back(pool);
    constexpr std::size_t kPerPool = 16;
    const int epochs = int(o.integer("epochs"));
    const auto steps = std::max<std::int64_t>(1, o.integer("samples-per-epoch") / std::int64_t(kPerPool * 4));
    std::vector<std::size_t> rows;
    std::vector<float> labels, weights;
    for (int epoch = 0; epoch < epochs; ++epoch) {
        double lossSum = 0;
        for (std::int64_t step = 0; step < steps; ++step) {
            if (control.cancelled()) return {};
            rows.clear();
            labels.clear();
            weights.clear();
            for (const Pool& pool : used)
                for (std::size_t i = 0; i < kPerPool; ++i) {
                    rows.push_back((*pool.keys)[rng() % pool.keys->size()]);
                    labels.push_back(pool.label);
                    weights.push_back(pool.weight);
                }
            const auto label = torch::tensor(labels).to(device);
            const auto weight = torch::tensor(weights).to(device);
            const auto z = net->embed(tokenBatch(in, rows, device));
            const auto logit = net->logit(z, extraOf(in, rows, device));
            auto loss = focalLoss(logit, label, weight, gamma);
            if (tripletWeight > 0) loss = loss + tripletWeight * tripletLoss(z, label, weight, margin);
            optimizer.zero_grad();
            loss.backward();
            optimizer.step();
            lossSum += loss.item<double>();
            result.samples += rows.size();
        }
        result.epochLoss.push_back(lossSum / double(steps));
        reportEpoch(control, double(epoch + 1) / double(epochs), epoch, epochs, result.epochLoss.back(),
                    reportEpochs);
    }
    net->eval();
    result.net = net;
    return result;
}

std::string ratio(double part, double whole)
{
    if (whole <= 0) return "n/a";
    char text[16];
    std::snprintf(text, sizeof text, "%.2f", part / whole);
    return text;
}

class SupervisedFamily final : public ModelFamily {
public:
    std::string_view kind() const override { return kKind; }
    std::string_view scoreMeaning() const override { return "probability of anomalous"; }
    std::string_view lossMeaning() const override
    {
        return "focal loss on the marks and the base's weak labels, plus a triplet loss";
    }
    std::string_view summary() const override
    {
        return "CLDTLog: a transformer classifier of messages trained on the analyst's marks (needs --store)";
    }
    bool learnsFromMarks() const override { return true; }
    std::vector<OptionSpec> ownOptions() const override
    {
        using T = OptionSpec::Type;
        return {
            {"dimensions", T::Integer, "32", 4, 512, {}, "width of a token's and a message's embedding"},
            {"heads", T::Integer, "2", 1, 16, {}, "attention heads (dimensions must be a multiple)"},
            {"layers", T::Integer, "1", 1, 8, {}, "transformer encoder layers"},
            {"max-tokens", T::Integer, "64", 4, 512, {}, "tokens of a message read"},
            {"samples-per-epoch", T::Integer, "4096", 64, 1e9, {}, "messages drawn per epoch"},
            {"learning-rate", T::Real, "0.003", 1e-6, 1, {}, "Adam's step size"},
            {"focal-gamma", T::Real, "2", 0, 10, {}, "focal loss: how little the easy messages count"},
            {"triplet-weight", T::Real, "0.5", 0, 10, {}, "weight of the triplet loss on the embeddings"},
            {"triplet-margin", T::Real, "0.5", 0, 2, {}, "triplet loss margin"},
            {"pseudo-weight",
             T::Real,
             "0.3",
             0,
             1,
             {},
             "weight of an unmarked message, labelled by the unsupervised model, against a marked one"},
            {"hold-back", T::Real, "0.2", 0, 0.5, {}, "share of the marks held back to measure the model"},
        };
    }
    std::unique_ptr<Model> train(const text::Corpus& corpus, const TrainingSet& data, const ModelOptions& o,
                                 const TaskControl& control, TrainReport& report) const override;
    std::unique_ptr<Model> load(const std::filesystem::path& dir, DeviceRequest device) const override
    {
        const auto meta = readModelMeta(dir, kKind, kFormatVersion, {"vocabulary.txt", "model.pt"});
        Vocabulary vocabulary = readVocabulary(dir / "vocabulary.txt");
        ModelOptions options = optionsOf(meta, defaultOptions(*this));
        SupervisedNet net(shapeOf(options, vocabulary.size()));
        try {
            torch::load(net, (dir / "model.pt").string(), torch::Device(torch::kCPU));
        } catch (const std::exception& e) {
            throw ModelError("corrupt or mismatched model weights in " + (dir / "model.pt").string() + ": " +
                             firstLine(e.what()));
        }
        auto base = vaeFamily().load(dir / "base", device);
        return std::make_unique<SupervisedModel>(
            std::move(options), std::move(base), meta.number("base_scale"), std::move(vocabulary),
            std::move(net), toTorchDevice(device), calibrationOf(meta, dir / "meta.txt"),
            meta.text("held_back"));
    }
};

std::unique_ptr<Model> SupervisedFamily::train(const text::Corpus& corpus, const TrainingSet& data,
                                               const ModelOptions& o, const TaskControl& control,
                                               TrainReport& report) const
{
    const auto started = std::chrono::steady_clock::now();
    if (!data.labelled())
        throw ModelError("the supervised model learns from the analyst's marks, and no mark reaches these "
                         "lines: mark some lines as false or true positives first (with --store), or "
                         "choose another kind");
    const torch::Device device = toTorchDevice(parseDeviceRequest(o.text("device")));
    const TrainingThreads threads(int(o.integer("threads")));

    // The base: an unsupervised VAE on the same lines and weights.
    TrainReport baseReport;
    auto base =
        vaeFamily().train(corpus, data, memberOptions(vaeFamily(), o), control.part(0, 0.3), baseReport);
    if (!base || baseReport.cancelled) {
        report.cancelled = true;
        return nullptr;
    }
    const double baseThreshold = base->calibration().automatic;
    const double baseScale = std::isfinite(baseThreshold) && baseThreshold > 0 ? baseThreshold : 1.0;
    const Vocabulary vocabulary = Vocabulary::build(corpus.scoringTexts(), corpus.messageLineCounts(), 4096);
    const SupervisedShape shape = shapeOf(o, vocabulary.size());
    const std::vector<float> baseScores = base->score(corpus, {}).values;
    const Inputs in =
        inputsOf(corpus, baseScores, vocabulary, std::size_t(o.integer("max-tokens")), baseScale);

    // Hold back a share of the marks (whole marks: a template mark's messages go together), fit
    // without them and measure on their lines.
    std::vector<std::uint32_t> marks;
    for (std::uint32_t mark : data.labelMark)
        if (mark != TrainingSet::kNoMark) marks.push_back(mark);
    std::sort(marks.begin(), marks.end());
    marks.erase(std::unique(marks.begin(), marks.end()), marks.end());
    std::mt19937_64 rng(std::uint64_t(o.integer("seed")));
    std::shuffle(marks.begin(), marks.end(), rng);
    const auto holdBack = std::size_t(double(marks.size()) * o.real("hold-back"));
    std::string heldBack;
    if (holdBack == 0 || holdBack == marks.size()) {
        heldBack = "none of " + std::to_string(marks.size()) + " marks held back (too few to measure)";
    } else {
        const std::set<std::uint32_t> held(marks.begin(), marks.begin() + std::ptrdiff_t(holdBack));
        const Pools pools = poolsOf(corpus, data, baseScores, baseThreshold, held);
        FitResult trial = fit(in, pools, shape, o, device, control.part(0.3, 0.6), false);
        if (!trial.net) {
            report.cancelled = true;
            return nullptr;
        }
        double tp = 0, fp = 0, fn = 0, lines = 0;
        std::vector<std::size_t> rows;
        for (std::size_t key = 0; key < data.labelMark.size(); ++key)
            if (held.contains(data.labelMark[key])) rows.push_back(key);
        SupervisedModel judge(o, nullptr, baseScale, vocabulary, trial.net, device, Calibration{}, {});
        for (std::size_t first = 0; first < rows.size(); first += kScoringBatch) {
            const std::vector<std::size_t> part(
                rows.begin() + std::ptrdiff_t(first),
                rows.begin() + std::ptrdiff_t(std::min(rows.size(), first + kScoringBatch)));
            const auto logit = judge.forward(in, part).first.contiguous();
            for (std::size_t i = 0; i < part.size(); ++i) {
                const double n = double(corpus.messageLineCounts()[part[i]]);
                const bool flagged = logit.data_ptr<float>()[i] > 0;
                const bool anomalous = data.labels[part[i]] == MarkLabel::TruePositive;
                tp += n * (flagged && anomalous);
                fp += n * (flagged && !anomalous);
                fn += n * (!flagged && anomalous);
                lines += n;
            }
        }
        // Precision and recall are undefined when nothing was flagged or nothing held back is
        // anomalous; the share of lines judged as their marks say always is.
        heldBack = std::to_string(holdBack) + " of " + std::to_string(marks.size()) + " marks held back (" +
                   std::to_string(std::uint64_t(lines)) + " lines): " + ratio(lines - fp - fn, lines) +
                   " judged as marked, precision " + ratio(tp, tp + fp) + ", recall " + ratio(tp, tp + fn) +
                   ", F1 " + ratio(2 * tp, 2 * tp + fp + fn);
    }

    FitResult final = fit(in, poolsOf(corpus, data, baseScores, baseThreshold, {}), shape, o, device,
                          control.part(0.6, 0.95), true);
    if (!final.net) {
        report.cancelled = true;
        return nullptr;
    }
    auto model = std::make_unique<SupervisedModel>(o, std::move(base), baseScale, vocabulary, final.net,
                                                   device, Calibration{}, heldBack);
    const Scores scores = model->score(corpus, {});
    Calibration calibration = Calibration::of(scores.values, scores.unitLines);
    calibration.automatic = 0.5; // a probability: anomalous when more likely than not
    model->setCalibration(std::move(calibration));
    report.epochLoss = std::move(final.epochLoss);
    report.samplesSeen = final.samples;
    report.device = describeDevice(device);
    report.note = "held-back marks: " + heldBack;
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    control.report(1.0, "training");
    return model;
}

} // namespace

const ModelFamily& supervisedFamily()
{
    static const SupervisedFamily family;
    return family;
}

} // namespace logsleuth::ml::detail
