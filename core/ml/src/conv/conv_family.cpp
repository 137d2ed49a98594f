// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The `conv` family: a subword Conv1D autoencoder. A SentencePiece BPE tokenizer is learnt from
// the masked messages (times and numbers are masks already), a message becomes its piece ids,
// and a convolutional autoencoder (conv_network.h) learns to give each piece back from a code a
// quarter of the message's length. A message scores its mean cross-entropy per piece; the
// pieces' own losses are its explanation. Unlike the bag-of-words VAE it reads order and word
// parts, so a known word in a new place, or a new word made of known parts, costs something.
#include "../families.h"
#include "../line_sampler.h"
#include "../model_files.h"
#include "../torch_device.h"
#include "conv_network.h"
#include "logsleuth/ml/routine.h"
#include "subword_tokenizer.h"

#include "logsleuth/text/corpus.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iterator>
#include <numeric>
#include <random>

namespace logsleuth::ml::detail {

namespace {

constexpr std::string_view kKind = "conv";
constexpr std::int64_t kFormatVersion = 1;
constexpr std::size_t kTrainBatch = 128, kScoreBatch = 256;

using PieceIds = std::vector<std::vector<int>>;

// Rows of ids padded to a common length, a multiple of 4 (the code is a quarter as long).
torch::Tensor padded(const PieceIds& ids, const std::vector<std::size_t>& rows, std::int64_t pad)
{
    std::size_t length = 4;
    for (std::size_t r : rows)
        length = std::max(length, (ids[r].size() + 3) / 4 * 4);
    std::vector<std::int64_t> flat(rows.size() * length, pad);
    for (std::size_t i = 0; i < rows.size(); ++i)
        std::copy(ids[rows[i]].begin(), ids[rows[i]].end(), flat.begin() + std::ptrdiff_t(i * length));
    return torch::tensor(flat, torch::kInt64).view({std::int64_t(rows.size()), std::int64_t(length)});
}

ConvShape shapeOf(const ModelOptions& o, int pieces)
{
    ConvShape shape;
    shape.pieces = pieces;
    shape.embedding = o.integer("embedding");
    shape.hidden = o.integer("hidden");
    shape.code = o.integer("code");
    return shape;
}

class ConvModel final : public Model {
public:
    ConvModel(ModelOptions options, SubwordTokenizer tokenizer, ConvAutoencoder net, torch::Device device,
              Calibration calibration)
        : options_(std::move(options)), tokenizer_(std::move(tokenizer)), net_(std::move(net)),
          device_(device), calibration_(std::move(calibration))
    {
        net_->to(device_);
        net_->eval();
    }
    std::string_view kind() const override { return kKind; }
    const ModelOptions& options() const override { return options_; }
    std::int64_t paddingId() const { return tokenizer_.size(); }

    PieceIds encode(const text::Corpus& corpus) const
    {
        PieceIds ids(corpus.distinctMessageCount());
        const auto maxPieces = std::size_t(options_.integer("max-pieces"));
        for (std::uint32_t key = 0; key < ids.size(); ++key)
            ids[key] = tokenizer_.encode(corpus.scoringText(key), maxPieces);
        return ids;
    }
    // Per-piece losses of the rows, [rows, T] on the CPU.
    torch::Tensor pieceLosses(const PieceIds& ids, const std::vector<std::size_t>& rows) const
    {
        torch::NoGradGuard noGrad;
        return net_->pieceLoss(padded(ids, rows, tokenizer_.size()).to(device_)).to(torch::kCPU).contiguous();
    }
    Scores score(const text::Corpus& corpus, const TaskControl& control) const override
    {
        Scores scores;
        const PieceIds ids = encode(corpus);
        scores.values.resize(ids.size());
        // Similar lengths batched together pad little.
        std::vector<std::size_t> order(ids.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return ids[a].size() < ids[b].size(); });
        for (std::size_t first = 0; first < order.size(); first += kScoreBatch) {
            if (control.cancelled()) return {};
            const std::vector<std::size_t> rows(
                order.begin() + std::ptrdiff_t(first),
                order.begin() + std::ptrdiff_t(std::min(order.size(), first + kScoreBatch)));
            const auto losses = pieceLosses(ids, rows);
            const float* l = losses.data_ptr<float>();
            const auto width = std::size_t(losses.size(1));
            for (std::size_t i = 0; i < rows.size(); ++i) {
                const std::size_t n = ids[rows[i]].size();
                scores.values[rows[i]] =
                    float(std::accumulate(l + i * width, l + i * width + n, 0.0) / double(n));
            }
            control.report(double(first + rows.size()) / double(order.size()), "scoring");
        }
        scores.unitLines = corpus.messageLineCounts();
        return scores;
    }
    Explanation explain(const text::Corpus& corpus, const Scores& scores, std::uint32_t unit,
                        std::size_t top) const override
    {
        Explanation why;
        if (unit >= corpus.distinctMessageCount()) return why;
        PieceIds ids{
            tokenizer_.encode(corpus.scoringText(unit), std::size_t(options_.integer("max-pieces")))};
        const auto losses = pieceLosses(ids, {0});
        why.score = unit < scores.values.size() ? scores.values[unit] : 0.0f;
        std::vector<std::pair<float, std::string>> pieces;
        for (std::size_t i = 0; i < ids[0].size(); ++i) {
            std::string piece = tokenizer_.piece(ids[0][i]);
            // SentencePiece marks a word's start with U+2581; people read the word.
            if (piece.starts_with("\xE2\x96\x81")) piece.erase(0, 3);
            if (piece.empty()) continue;
            if (ids[0][i] == SubwordTokenizer::kUnknown)
                why.unknownTokens.push_back(piece);
            else
                pieces.emplace_back(losses.data_ptr<float>()[i], std::move(piece));
        }
        std::stable_sort(pieces.begin(), pieces.end(),
                         [](const auto& a, const auto& b) { return a.first > b.first; });
        for (std::size_t i = 0; i < pieces.size() && why.tokens.size() < top; ++i)
            if (std::none_of(why.tokens.begin(), why.tokens.end(),
                             [&](const TokenContribution& t) { return t.token == pieces[i].second; }))
                why.tokens.push_back({pieces[i].second, pieces[i].first, true});
        return why;
    }
    // The code averaged over the message's length.
    std::vector<std::vector<float>> features(const text::Corpus& corpus, const Scores&) const override
    {
        torch::NoGradGuard noGrad;
        const PieceIds ids = encode(corpus);
        std::vector<std::vector<float>> out(ids.size());
        for (std::size_t first = 0; first < ids.size(); first += kScoreBatch) {
            std::vector<std::size_t> rows;
            for (std::size_t r = first; r < std::min(ids.size(), first + kScoreBatch); ++r)
                rows.push_back(r);
            const auto code = net_->code(padded(ids, rows, tokenizer_.size()).to(device_))
                                  .mean(2)
                                  .to(torch::kCPU)
                                  .contiguous();
            const auto width = std::size_t(code.size(1));
            for (std::size_t i = 0; i < rows.size(); ++i)
                out[rows[i]].assign(code.data_ptr<float>() + i * width,
                                    code.data_ptr<float>() + (i + 1) * width);
        }
        return out;
    }
    const Calibration& calibration() const override { return calibration_; }
    void setCalibration(Calibration calibration) { calibration_ = std::move(calibration); }
    void save(const std::filesystem::path& dir, bool overwrite) const override
    {
        writeModelDirectory(dir, overwrite, [this](const std::filesystem::path& partial) {
            std::ofstream tokenizer(partial / "tokenizer.model", std::ios::binary);
            tokenizer << tokenizer_.serialized();
            tokenizer.flush();
            if (!tokenizer) throw ModelError("cannot write " + (partial / "tokenizer.model").string());
            torch::save(net_, (partial / "model.pt").string());
            MetaFile meta = modelMeta(kKind, kFormatVersion, options_, calibration_);
            meta.set("pieces", std::to_string(tokenizer_.size()));
            meta.write(partial / "meta.txt");
        });
    }
    std::string deviceDescription() const override { return describeDevice(device_); }

private:
    ModelOptions options_;
    SubwordTokenizer tokenizer_;
    mutable ConvAutoencoder net_; // forward passes in eval mode change nothing
    torch::Device device_;
    Calibration calibration_;
};

class ConvFamily final : public ModelFamily {
public:
    std::string_view kind() const override { return kKind; }
    std::string_view scoreMeaning() const override { return "mean cross-entropy per subword piece"; }
    std::string_view lossMeaning() const override { return "cross-entropy per subword piece"; }
    std::string_view summary() const override
    {
        return "subword Conv1D autoencoder: SentencePiece BPE pieces, mean cross-entropy per piece";
    }
    std::vector<OptionSpec> ownOptions() const override
    {
        using T = OptionSpec::Type;
        return {
            {"pieces", T::Integer, "1000", 64, 32000, {}, "subword pieces the tokenizer learns (at most)"},
            {"max-pieces", T::Integer, "128", 8, 512, {}, "pieces of a message read"},
            {"embedding", T::Integer, "32", 4, 512, {}, "width of a piece's embedding"},
            {"hidden", T::Integer, "64", 4, 1024, {}, "channels of the outer convolutions"},
            {"code", T::Integer, "16", 1, 512, {}, "channels of the code (a quarter of the length)"},
            {"samples-per-epoch", T::Integer, "20000", 128, 1e9, {}, "messages drawn per epoch"},
            {"learning-rate", T::Real, "0.002", 1e-6, 1, {}, "Adam's step size"},
        };
    }
    std::unique_ptr<Model> train(const text::Corpus& corpus, const TrainingSet& data, const ModelOptions& o,
                                 const TaskControl& control, TrainReport& report) const override;
    std::unique_ptr<Model> load(const std::filesystem::path& dir, DeviceRequest device) const override
    {
        const auto meta = readModelMeta(dir, kKind, kFormatVersion, {"tokenizer.model", "model.pt"});
        std::ifstream in(dir / "tokenizer.model", std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), {});
        SubwordTokenizer tokenizer = SubwordTokenizer::fromSerialized(bytes);
        ModelOptions options = optionsOf(meta, defaultOptions(*this));
        ConvAutoencoder net(shapeOf(options, tokenizer.size()));
        try {
            torch::load(net, (dir / "model.pt").string(), torch::Device(torch::kCPU));
        } catch (const std::exception& e) {
            throw ModelError("corrupt or mismatched model weights in " + (dir / "model.pt").string() + ": " +
                             firstLine(e.what()));
        }
        return std::make_unique<ConvModel>(std::move(options), std::move(tokenizer), std::move(net),
                                           toTorchDevice(device), calibrationOf(meta, dir / "meta.txt"));
    }
};

std::unique_ptr<Model> ConvFamily::train(const text::Corpus& corpus, const TrainingSet& data,
                                         const ModelOptions& o, const TaskControl& control,
                                         TrainReport& report) const
{
    const auto started = std::chrono::steady_clock::now();
    const LineSampler sampler(data.weights);
    if (sampler.total() == 0) throw ModelError("nothing to train on: no lines");
    const torch::Device device = toTorchDevice(parseDeviceRequest(o.text("device")));
    report.device = describeDevice(device);
    const TrainingThreads threads(int(o.integer("threads")));
    const auto seed = std::uint64_t(o.integer("seed"));
    torch::manual_seed(seed);
    std::mt19937_64 rng(seed);

    SubwordTokenizer tokenizer =
        SubwordTokenizer::train(corpus.scoringTexts(), data.weights, int(o.integer("pieces")));
    ConvAutoencoder net(shapeOf(o, tokenizer.size()));
    net->to(device);
    auto model = std::make_unique<ConvModel>(o, std::move(tokenizer), net, device, Calibration{});
    const PieceIds ids = model->encode(corpus);
    net->train();
    torch::optim::Adam optimizer(net->parameters(), torch::optim::AdamOptions(o.real("learning-rate")));
    const int epochs = int(o.integer("epochs"));
    const auto steps = std::max<std::int64_t>(1, o.integer("samples-per-epoch") / std::int64_t(kTrainBatch));
    const std::int64_t pad = model->paddingId();
    std::vector<std::size_t> rows(kTrainBatch);
    std::vector<float> counts;
    for (int epoch = 0; epoch < epochs; ++epoch) {
        double lossSum = 0;
        for (std::int64_t step = 0; step < steps; ++step) {
            if (control.cancelled()) {
                report.cancelled = true;
                return nullptr;
            }
            rows.resize(kTrainBatch);
            for (auto& row : rows)
                row = sampler.draw(rng);
            collapseRepeats(rows, counts);
            const auto batch = padded(ids, rows, pad).to(device);
            const auto weights = torch::tensor(counts, torch::kFloat32).to(device).unsqueeze(1);
            const auto losses = net->pieceLoss(batch);
            const auto loss =
                (losses * weights).sum() / (batch.ne(pad).to(torch::kFloat32) * weights).sum().clamp_min(1);
            optimizer.zero_grad();
            loss.backward();
            optimizer.step();
            lossSum += loss.item<double>();
            report.samplesSeen += std::size_t(kTrainBatch);
        }
        report.epochLoss.push_back(lossSum / double(steps));
        reportEpoch(control, 0.95 * double(epoch + 1) / double(epochs), epoch, epochs,
                    report.epochLoss.back());
    }
    net->eval();
    const Scores scores = model->score(corpus, {});
    model->setCalibration(messageCalibration(corpus, scores));
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    control.report(1.0, "training");
    return model;
}

} // namespace

const ModelFamily& convFamily()
{
    static const ConvFamily family;
    return family;
}

} // namespace logsleuth::ml::detail
