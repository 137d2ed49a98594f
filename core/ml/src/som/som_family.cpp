// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The `som` family, after AICoE's log-anomaly-detector: skip-gram Word2Vec embeddings of the
// tokens of the masked messages (negative sampling), a message's vector is the mean of its token
// vectors, a self-organising map (24 × 24 by default) learns where normal messages lie, and a
// message scores the distance from its vector to the best-matching unit of the map. Messages are
// drawn by line frequency, so the map spends its units on what is frequent.
#include "../families.h"
#include "../line_sampler.h"
#include "../model_files.h"
#include "../start_fit.h"
#include "../torch_device.h"

#include "logsleuth/ml/features.h"
#include "logsleuth/ml/routine.h"
#include "logsleuth/text/corpus.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>
#include <numeric>
#include <random>

namespace logsleuth::ml::detail {

namespace {

constexpr std::string_view kKind = "som";
constexpr std::int64_t kFormatVersion = 1;

// Token ids of a message (tokens outside the vocabulary dropped), at most kMaxTokens.
constexpr std::size_t kMaxTokens = 512;
std::vector<std::int64_t> idsOf(const Vocabulary& vocabulary, std::string_view message)
{
    std::vector<std::int64_t> ids;
    for (std::string_view token : tokenize(message)) {
        if (ids.size() == kMaxTokens) break;
        if (const auto id = vocabulary.indexOf(token)) ids.push_back(*id);
    }
    return ids;
}

class SomModel final : public Model {
public:
    SomModel(ModelOptions options, Vocabulary vocabulary, torch::Tensor embeddings, torch::Tensor map,
             Calibration calibration)
        : options_(std::move(options)), vocabulary_(std::move(vocabulary)),
          embeddings_(std::move(embeddings)), map_(std::move(map)), calibration_(std::move(calibration))
    {
    }
    std::string_view kind() const override { return kKind; }
    const ModelOptions& options() const override { return options_; }

    // Mean token vector of each message; a message without known tokens gets the zero vector.
    torch::Tensor messageVectors(const std::vector<std::string_view>& messages) const
    {
        const auto width = embeddings_.size(1);
        auto vectors = torch::zeros({std::int64_t(messages.size()), width});
        for (std::size_t m = 0; m < messages.size(); ++m) {
            const auto ids = idsOf(vocabulary_, messages[m]);
            if (ids.empty()) continue;
            const auto index = torch::tensor(ids, torch::kInt64);
            vectors[std::int64_t(m)] = embeddings_.index_select(0, index).mean(0);
        }
        return vectors;
    }
    // Distance of each vector to its best-matching unit, and that unit.
    std::pair<std::vector<float>, std::vector<std::int64_t>> nearest(const torch::Tensor& vectors) const
    {
        std::vector<float> distance(std::size_t(vectors.size(0)));
        std::vector<std::int64_t> unit(distance.size());
        for (std::int64_t first = 0; first < vectors.size(0); first += 4096) {
            const auto batch = vectors.slice(0, first, std::min<std::int64_t>(vectors.size(0), first + 4096));
            const auto d = torch::cdist(batch, map_);
            const auto [best, at] = d.min(1);
            const auto bestC = best.contiguous();
            const auto atC = at.contiguous();
            std::copy_n(bestC.data_ptr<float>(), bestC.numel(), distance.begin() + first);
            std::copy_n(atC.data_ptr<std::int64_t>(), atC.numel(), unit.begin() + first);
        }
        return {distance, unit};
    }
    Scores score(const text::Corpus& corpus, const TaskControl& control) const override
    {
        Scores scores;
        if (control.cancelled()) return scores;
        torch::NoGradGuard noGrad;
        scores.values = nearest(messageVectors(corpus.scoringTexts())).first;
        scores.unitLines = corpus.messageLineCounts();
        return scores;
    }
    Explanation explain(const text::Corpus& corpus, const Scores& scores, std::uint32_t unit,
                        std::size_t top) const override
    {
        torch::NoGradGuard noGrad;
        Explanation why;
        const std::string_view message = corpus.scoringText(unit);
        const auto vector = messageVectors({message});
        const auto [distance, bmu] = nearest(vector);
        why.score = unit < scores.values.size() ? scores.values[unit] : distance.front();
        // A token's share: how far its own vector lies from the best-matching unit.
        const auto target = map_[bmu.front()];
        std::vector<std::pair<float, std::string>> tokens;
        for (std::string_view token : tokenize(message)) {
            if (const auto id = vocabulary_.indexOf(token))
                tokens.emplace_back((embeddings_[std::int64_t(*id)] - target).norm().item<float>(),
                                    std::string(token));
            else if (std::find(why.unknownTokens.begin(), why.unknownTokens.end(), token) ==
                     why.unknownTokens.end())
                why.unknownTokens.emplace_back(token);
        }
        std::sort(tokens.begin(), tokens.end(),
                  [](const auto& a, const auto& b) { return a.first > b.first; });
        tokens.erase(std::unique(tokens.begin(), tokens.end(),
                                 [](const auto& a, const auto& b) { return a.second == b.second; }),
                     tokens.end());
        for (std::size_t i = 0; i < tokens.size() && i < top; ++i)
            why.tokens.push_back({tokens[i].second, tokens[i].first, true});
        return why;
    }
    std::vector<std::vector<float>> features(const text::Corpus& corpus, const Scores&) const override
    {
        torch::NoGradGuard noGrad;
        const auto vectors = messageVectors(corpus.scoringTexts()).contiguous();
        std::vector<std::vector<float>> out;
        const auto width = std::size_t(vectors.size(1));
        const float* data = vectors.data_ptr<float>();
        for (std::int64_t r = 0; r < vectors.size(0); ++r)
            out.emplace_back(data + std::size_t(r) * width, data + std::size_t(r + 1) * width);
        return out;
    }
    const Calibration& calibration() const override { return calibration_; }
    void setCalibration(Calibration calibration) { calibration_ = std::move(calibration); }
    const Vocabulary& vocabulary() const { return vocabulary_; }
    const torch::Tensor& embeddings() const { return embeddings_; }
    const torch::Tensor& map() const { return map_; }
    // How training started, when it continued a saved model or meant to ("continued: …").
    void setStart(std::string start) { start_ = std::move(start); }
    void save(const std::filesystem::path& dir, bool overwrite) const override
    {
        writeModelDirectory(dir, overwrite, [this](const std::filesystem::path& partial) {
            torch::save(std::vector<torch::Tensor>{embeddings_, map_}, (partial / "model.pt").string());
            writeVocabulary(vocabulary_, partial / "vocabulary.txt");
            MetaFile meta = modelMeta(kKind, kFormatVersion, options_, calibration_);
            meta.set("vocabulary_size", std::to_string(vocabulary_.size()));
            if (!start_.empty()) meta.set("start", start_);
            meta.write(partial / "meta.txt");
        });
    }
    std::string deviceDescription() const override { return "cpu"; }

private:
    ModelOptions options_;
    Vocabulary vocabulary_;
    torch::Tensor embeddings_; // [vocabulary, dimensions]
    torch::Tensor map_;        // [side × side, dimensions]
    Calibration calibration_;
    std::string start_;
};

class SomFamily final : public ModelFamily {
public:
    std::string_view kind() const override { return kKind; }
    std::string_view scoreMeaning() const override { return "distance to the map's nearest unit"; }
    std::string_view lossMeaning() const override
    {
        return "Word2Vec's loss on the tokens; the map is fitted to the line vectors after";
    }
    std::string_view summary() const override
    {
        return "log-anomaly-detector: Word2Vec token vectors, self-organising map, distance to the map";
    }
    std::vector<OptionSpec> ownOptions() const override
    {
        using T = OptionSpec::Type;
        return {
            {"dimensions", T::Integer, "32", 2, 1024, {}, "length of a token vector"},
            {"side", T::Integer, "24", 2, 256, {}, "the map is side x side units"},
            {"context", T::Integer, "3", 1, 20, {}, "skip-gram context: tokens on each side"},
            {"negatives", T::Integer, "5", 1, 50, {}, "negative samples per context pair"},
            {"vocabulary-limit", T::Integer, "4096", 1, 1 << 20, {}, "most frequent tokens kept"},
            {"samples-per-epoch", T::Integer, "20000", 100, 1e9, {}, "messages drawn per epoch"},
            {"learning-rate", T::Real, "0.01", 1e-6, 1, {}, "Adam's step size for the embeddings"},
        };
    }
    std::unique_ptr<Model> train(const text::Corpus& corpus, const TrainingSet& data, const ModelOptions& o,
                                 const TaskControl& control, TrainReport& report) const override
    {
        return trainFrom(nullptr, false, corpus, data, o, control, report);
    }
    // Continues a saved map: its vocabulary and token vectors (fixed when freezeEncoder), and its
    // units, which a shorter, gentler pass moves towards the new messages. Afresh when its
    // vocabulary covers too little of the new messages, as the vae does.
    std::unique_ptr<Model> fineTune(const Model& start, const text::Corpus& corpus, const TrainingSet& data,
                                    const ModelOptions& options, bool freezeEncoder,
                                    const TaskControl& control, TrainReport& report) const override;
    std::unique_ptr<Model> load(const std::filesystem::path& dir, DeviceRequest device) const override;

private:
    std::unique_ptr<SomModel> trainFrom(const SomModel* start, bool freezeEncoder, const text::Corpus& corpus,
                                        const TrainingSet& data, const ModelOptions& o,
                                        const TaskControl& control, TrainReport& report) const;
};

std::unique_ptr<Model> SomFamily::fineTune(const Model& start, const text::Corpus& corpus,
                                           const TrainingSet& data, const ModelOptions& options,
                                           bool freezeEncoder, const TaskControl& control,
                                           TrainReport& report) const
{
    const auto* som = dynamic_cast<const SomModel*>(&start);
    if (!som) throw ModelError("cannot start a som model from a " + std::string(start.kind()) + " model");
    const detail::StartFit fit(som->vocabulary(), corpus.scoringTexts(), data.weights);
    if (!fit.continues()) {
        auto fresh = trainFrom(nullptr, false, corpus, data, options, control, report);
        if (!fresh) return nullptr;
        const std::string how = fit.note(false);
        fresh->setStart(how);
        report.note = "trained " + how;
        return fresh;
    }
    // The start model's shape, whatever the options say: its vectors and units must fit.
    ModelOptions o = options;
    o.set("dimensions", som->options().text("dimensions"));
    o.set("side", som->options().text("side"));
    auto tuned = trainFrom(som, freezeEncoder, corpus, data, o, control, report);
    if (!tuned) return nullptr;
    const std::string how = fit.note(freezeEncoder);
    tuned->setStart(how);
    report.note = how;
    return tuned;
}

std::unique_ptr<SomModel> SomFamily::trainFrom(const SomModel* start, bool freezeEncoder,
                                               const text::Corpus& corpus, const TrainingSet& data,
                                               const ModelOptions& o, const TaskControl& control,
                                               TrainReport& report) const
{
    const auto started = std::chrono::steady_clock::now();
    const auto messages = corpus.scoringTexts();
    const auto& counts = data.weights;
    if (std::all_of(counts.begin(), counts.end(), [](std::uint64_t c) { return c == 0; }))
        throw ModelError("nothing to train on: no lines");
    Vocabulary vocabulary =
        start ? start->vocabulary()
              : Vocabulary::build(messages, counts, std::size_t(o.integer("vocabulary-limit")));
    if (vocabulary.size() == 0) throw ModelError("nothing to train on: the messages have no tokens");
    report.device = "cpu (Word2Vec and the map are small)";
    const TrainingThreads threads(int(o.integer("threads")));
    const auto seed = std::uint64_t(o.integer("seed"));
    torch::manual_seed(seed);
    std::mt19937_64 rng(seed);
    const std::int64_t V = std::int64_t(vocabulary.size()), D = o.integer("dimensions");
    auto in = start ? start->embeddings().clone().requires_grad_(true)
                    : (torch::rand({V, D}) - 0.5).div(double(D)).requires_grad_(true);
    // The context vectors are not saved: a continued model learns them again from its token
    // vectors (zero context vectors leave the token vectors still until they have).
    auto out = torch::zeros({V, D}).requires_grad_(true);
    torch::optim::Adam optimizer({in, out}, torch::optim::AdamOptions(o.real("learning-rate")));
    std::vector<std::vector<std::int64_t>> ids(messages.size());
    for (std::size_t m = 0; m < messages.size(); ++m)
        ids[m] = idsOf(vocabulary, messages[m]);
    const LineSampler sampler(counts);
    const int epochs = int(o.integer("epochs")), window = int(o.integer("context")),
              negatives = int(o.integer("negatives"));
    // A frozen encoder keeps the saved token vectors: no Word2Vec pass at all.
    const auto perEpoch = freezeEncoder ? std::size_t{0} : std::size_t(o.integer("samples-per-epoch"));
    std::uniform_int_distribution<std::int64_t> anyToken(0, V - 1);
    std::vector<std::int64_t> centers, contexts;
    std::vector<float> pairWeights, drawCounts;
    std::vector<std::size_t> drawn;
    for (int epoch = 0; epoch < epochs; ++epoch) {
        double lossSum = 0;
        std::size_t batches = 0;
        for (std::size_t done = 0; done < perEpoch; done += 256) {
            if (control.cancelled()) {
                report.cancelled = true;
                return nullptr;
            }
            centers.clear();
            contexts.clear();
            pairWeights.clear();
            // Frequent messages fill most of a batch: each distinct one gives its pairs once,
            // weighted by how often it was drawn (its negatives are shared among the repeats).
            drawn.resize(256);
            for (auto& d : drawn)
                d = sampler.draw(rng);
            collapseRepeats(drawn, drawCounts);
            for (std::size_t u = 0; u < drawn.size(); ++u) {
                const auto& message = ids[drawn[u]];
                const float weight = drawCounts[u];
                for (std::size_t c = 0; c < message.size(); ++c)
                    for (int k = -window; k <= window; ++k) {
                        const auto at = std::int64_t(c) + k;
                        if (k == 0 || at < 0 || at >= std::int64_t(message.size())) continue;
                        centers.push_back(message[c]);
                        contexts.push_back(message[std::size_t(at)]);
                        pairWeights.push_back(weight);
                    }
            }
            if (centers.empty()) continue;
            const auto center = torch::tensor(centers, torch::kInt64);
            const auto context = torch::tensor(contexts, torch::kInt64);
            const auto weights = torch::tensor(pairWeights, torch::kFloat32);
            const auto negative = torch::randint(V, {std::int64_t(centers.size()), negatives}, torch::kInt64);
            const auto v = in.index_select(0, center);                       // [n, D]
            const auto positive = (v * out.index_select(0, context)).sum(1); // [n]
            const auto noise = torch::bmm(out.index_select(0, negative.flatten()).view({-1, negatives, D}),
                                          v.unsqueeze(2))
                                   .squeeze(2); // [n, negatives]
            const auto loss =
                -((torch::log_sigmoid(positive) + torch::log_sigmoid(-noise).sum(1)) * weights).sum() /
                weights.sum();
            optimizer.zero_grad();
            loss.backward();
            optimizer.step();
            lossSum += loss.item<double>();
            ++batches;
            report.samplesSeen += 256;
        }
        report.epochLoss.push_back(batches ? lossSum / double(batches) : 0.0);
        reportEpoch(control, 0.8 * double(epoch + 1) / double(epochs), epoch, epochs,
                    report.epochLoss.back());
    }
    torch::NoGradGuard noGrad;
    const auto embeddings = in.detach().clone();

    // The map: online training over messages drawn by line frequency, the learning rate and the
    // neighbourhood radius shrinking linearly, as in Kohonen's original.
    const std::int64_t side = o.integer("side");
    auto draft =
        std::make_unique<SomModel>(o, vocabulary, embeddings, torch::zeros({side * side, D}), Calibration{});
    const auto vectors = draft->messageVectors(messages);
    // Units start near the centre of the data, not on drawn messages: a unit placed on a rare
    // message at the start would keep it at distance 0 however rarely it is drawn afterwards.
    const auto centre = vectors.mean(0);
    const auto spread = vectors.std(0).mean().item<double>() + 1e-6;
    auto map = start ? start->map().clone() : centre + 0.1 * spread * torch::randn({side * side, D});
    // A continued map is already ordered: a gentler, narrower pass moves it towards the new
    // messages without unfolding it again (Kohonen's fine-tuning phase).
    const double firstRate = start ? 0.1 : 0.5, firstRadius = start ? double(side) / 8 : double(side) / 2;
    const auto grid = torch::stack({torch::arange(side * side, torch::kInt64).div(side, "floor"),
                                    torch::arange(side * side, torch::kInt64).remainder(side)},
                                   1)
                          .to(torch::kFloat);
    const std::int64_t steps = 20 * side * side;
    for (std::int64_t t = 0; t < steps; ++t) {
        if (t % 1000 == 0 && control.cancelled()) {
            report.cancelled = true;
            return nullptr;
        }
        const double progress = double(t) / double(steps);
        const double rate = firstRate * (1 - progress) + 0.01;
        const double radius = std::max(1.0, firstRadius * (1 - progress));
        const auto x = vectors[std::int64_t(sampler.draw(rng))];
        const auto bmu = (map - x).square().sum(1).argmin().item<std::int64_t>();
        const auto gridDistance = (grid - grid[bmu]).square().sum(1);
        const auto pull = (rate * torch::exp(-gridDistance / (2 * radius * radius))).unsqueeze(1);
        map += pull * (x - map);
    }
    auto model = std::make_unique<SomModel>(o, std::move(vocabulary), embeddings, map, Calibration{});
    const Scores scores = model->score(corpus, {});
    model->setCalibration(messageCalibration(corpus, scores));
    control.report(1.0, "training");
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return model;
}

std::unique_ptr<Model> SomFamily::load(const std::filesystem::path& dir, DeviceRequest) const
{
    const auto meta = readModelMeta(dir, kKind, kFormatVersion, {"vocabulary.txt", "model.pt"});
    Vocabulary vocabulary = readVocabulary(dir / "vocabulary.txt");
    std::vector<torch::Tensor> tensors;
    try {
        torch::load(tensors, (dir / "model.pt").string());
    } catch (const std::exception& e) {
        throw ModelError("corrupt model weights in " + (dir / "model.pt").string() + ": " +
                         firstLine(e.what()));
    }
    ModelOptions options = optionsOf(meta, defaultOptions(*this));
    const auto side = options.integer("side"), dimensions = options.integer("dimensions");
    if (tensors.size() != 2 || tensors[0].dim() != 2 ||
        tensors[0].size(0) != std::int64_t(vocabulary.size()) || tensors[0].size(1) != dimensions ||
        tensors[1].dim() != 2 || tensors[1].size(0) != side * side || tensors[1].size(1) != dimensions)
        throw ModelError("model weights in " + (dir / "model.pt").string() + " do not match meta.txt");
    auto model = std::make_unique<SomModel>(std::move(options), std::move(vocabulary), tensors[0], tensors[1],
                                            calibrationOf(meta, dir / "meta.txt"));
    if (meta.has("start")) model->setStart(meta.text("start"));
    return model;
}

} // namespace

const ModelFamily& somFamily()
{
    static const SomFamily family;
    return family;
}

} // namespace logsleuth::ml::detail
