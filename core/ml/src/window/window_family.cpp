// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The `window` family, after AutoLog (Catillo et al., 2022): the lines of each entity are cut
// into fixed time windows; a window is described by how often each template occurs in it,
// weighted by how concentrated the template is across windows (entropy), plus how many lines
// the window holds, each scaled by its usual count; an autoencoder N→128→64→128→N with dropout
// learns normal windows, leaving out the worst-fitted hundredth after each epoch (the log it
// trains on holds its own floods), and a window's score is its mean squared reconstruction
// error. Every line gets its window's score.
// It sees what a per-message model cannot: an entity that floods, falls quiet, or logs the
// usual messages in an unusual mix.
#include "../families.h"
#include "../model_files.h"
#include "../torch_device.h"
#include "window_units.h"

#include "logsleuth/text/corpus.h"
#include "logsleuth/text/time_scan.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>
#include <mutex>
#include <numeric>
#include <random>

namespace logsleuth::ml::detail {

namespace {

constexpr std::string_view kKind = "window";
constexpr std::int64_t kFormatVersion = 1;

struct WindowNetImpl : torch::nn::Module {
    WindowNetImpl(std::int64_t width, std::int64_t hidden, std::int64_t code, double dropout)
    {
        encoder = register_module("encoder",
                                  torch::nn::Sequential(torch::nn::Linear(width, hidden), torch::nn::ReLU(),
                                                        torch::nn::Dropout(dropout),
                                                        torch::nn::Linear(hidden, code), torch::nn::ReLU()));
        decoder = register_module(
            "decoder", torch::nn::Sequential(torch::nn::Linear(code, hidden), torch::nn::ReLU(),
                                             torch::nn::Dropout(dropout), torch::nn::Linear(hidden, width)));
        scale = register_buffer("scale", torch::ones({width}));
    }
    torch::Tensor forward(const torch::Tensor& x) { return decoder->forward(encoder->forward(x)); }
    torch::nn::Sequential encoder{nullptr}, decoder{nullptr};
    torch::Tensor scale; // per column: entropy weight / log1p(largest training count)
};
TORCH_MODULE(WindowNet);

// The model's view of a corpus: its units and their term counts in the model's columns.
struct Featurized {
    WindowUnits units;
    TermCounts counts;
};

class Columns {
public:
    Columns() = default;
    explicit Columns(std::vector<std::string> terms) : terms_(std::move(terms))
    {
        for (std::uint32_t i = 0; i < terms_.size(); ++i)
            index_.emplace(terms_[i], i);
    }
    const std::vector<std::string>& terms() const { return terms_; }
    std::uint32_t other() const { return std::uint32_t(terms_.size()); }
    std::uint32_t lines() const { return other() + 1; }
    std::int64_t width() const { return std::int64_t(terms_.size()) + 2; }
    const std::unordered_map<std::string, std::uint32_t>& index() const { return index_; }
    std::string label(std::uint32_t column) const
    {
        if (column < terms_.size()) return terms_[column];
        return column == other() ? "<templates never seen in training>" : "<lines in the window>";
    }

private:
    std::vector<std::string> terms_;
    std::unordered_map<std::string, std::uint32_t> index_;
};

Featurized featurize(const text::Corpus& corpus, const Columns& columns, const ModelOptions& o)
{
    Featurized f;
    f.units = assignWindows(corpus, o.integer("window-seconds") * 1000,
                            std::uint64_t(o.integer("lines-per-window")));
    f.counts = countTerms(corpus, f.units, columns.index(), columns.other());
    return f;
}

// Rows [first, first + count) as a dense [count, width] tensor of log1p(count), before scaling.
torch::Tensor denseRows(const Featurized& f, const Columns& columns, const std::vector<std::size_t>& rows)
{
    const std::int64_t width = columns.width();
    auto x = torch::zeros({std::int64_t(rows.size()), width});
    float* data = x.data_ptr<float>();
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const std::size_t u = rows[r];
        float* row = data + std::int64_t(r) * width;
        for (auto i = f.counts.start[u]; i < f.counts.start[u + 1]; ++i)
            row[f.counts.columns[i]] = std::log1p(f.counts.counts[i]);
        row[columns.lines()] = std::log1p(float(f.units.unitLines[u]));
    }
    return x;
}

// The count that `kUsualShare` of the windows stay at or under, zeros included (at least 1):
// what a column's values are scaled by. Not the largest count — a log being trained on holds
// its floods, and scaling by them would make a flood look usual.
constexpr double kUsualShare = 0.99;
double usualCount(std::vector<double> nonZero, std::size_t units)
{
    if (units == 0) return 1;
    const auto position = std::size_t(kUsualShare * double(units - 1));
    const std::size_t zeros = units - nonZero.size();
    if (position < zeros) return 1;
    const auto k = std::ptrdiff_t(position - zeros);
    std::nth_element(nonZero.begin(), nonZero.begin() + k, nonZero.end());
    return std::max(1.0, nonZero[std::size_t(k)]);
}

// Training counts give each column its scale: entropy weight over the windows (a template
// concentrated in few windows matters more than one spread evenly, as AutoLog weighs terms) over
// the log of its usual count, so a usual window's values lie in [0, 1] and a flood, or a
// template that is usually absent, stands out past 1 (up to the cap of 4 where they are read).
torch::Tensor columnScale(const Featurized& f, const Columns& columns)
{
    const auto width = std::size_t(columns.width());
    std::vector<double> total(width, 0), entropySum(width, 0), largest(width, 1);
    std::vector<std::vector<double>> counts(width);
    const std::size_t units = f.units.unitLines.size();
    for (std::size_t i = 0; i < f.counts.columns.size(); ++i)
        total[f.counts.columns[i]] += f.counts.counts[i];
    for (std::size_t i = 0; i < f.counts.columns.size(); ++i) {
        const auto c = f.counts.columns[i];
        const double p = f.counts.counts[i] / total[c];
        entropySum[c] -= p * std::log(p);
        counts[c].push_back(f.counts.counts[i]);
    }
    for (std::size_t u = 0; u < units; ++u)
        counts[columns.lines()].push_back(double(f.units.unitLines[u]));
    for (std::size_t c = 0; c < width; ++c)
        largest[c] = usualCount(std::move(counts[c]), units);
    auto scale = torch::empty({std::int64_t(width)});
    const double maxEntropy = units > 1 ? std::log(double(units)) : 1.0;
    for (std::size_t c = 0; c < width; ++c) {
        double weight = 1.0;
        if (c < columns.terms().size())
            weight = 0.25 + 0.75 * std::clamp(1.0 - entropySum[c] / maxEntropy, 0.0, 1.0);
        scale[std::int64_t(c)] = float(weight / std::log1p(largest[c]));
    }
    return scale;
}

std::vector<float> errorsOf(WindowNet& net, const Featurized& f, const Columns& columns,
                            const torch::Device& device, const TaskControl& control)
{
    torch::NoGradGuard noGrad;
    net->eval();
    const std::size_t units = f.units.unitLines.size();
    std::vector<float> errors(units);
    constexpr std::size_t batchRows = 1024;
    std::vector<std::size_t> rows;
    for (std::size_t first = 0; first < units; first += batchRows) {
        if (control.cancelled()) return {};
        rows.resize(std::min(batchRows, units - first));
        std::iota(rows.begin(), rows.end(), first);
        // Values past the training range are capped: a flood is anomalous, not infinitely so.
        const auto x = (denseRows(f, columns, rows).to(device) * net->scale).clamp_max(4.0);
        const auto e = (net->forward(x) - x).square().mean(1).to(torch::kCPU).contiguous();
        std::copy_n(e.data_ptr<float>(), rows.size(), errors.begin() + std::ptrdiff_t(first));
        control.report(double(first + rows.size()) / double(units), "scoring");
    }
    return errors;
}

// The windows of `training` without the kTrimmedShare worst reconstructed by the net as it is.
constexpr double kTrimmedShare = 0.01;
std::vector<std::size_t> trimmed(WindowNet& net, const Featurized& f, const Columns& columns,
                                 const torch::Device& device, const std::vector<std::size_t>& training)
{
    const auto drop = std::size_t(kTrimmedShare * double(training.size()));
    if (drop == 0) return training;
    const std::vector<float> errors = errorsOf(net, f, columns, device, TaskControl());
    std::vector<std::size_t> order = training;
    std::nth_element(order.begin(), order.end() - std::ptrdiff_t(drop), order.end(),
                     [&](std::size_t a, std::size_t b) { return errors[a] < errors[b]; });
    order.resize(order.size() - drop);
    std::sort(order.begin(), order.end()); // the draws do not depend on the errors' ties
    return order;
}

class WindowModel final : public Model {
public:
    WindowModel(ModelOptions options, Columns columns, WindowNet net, torch::Device device,
                Calibration calibration)
        : options_(std::move(options)), columns_(std::move(columns)), net_(std::move(net)), device_(device),
          calibration_(std::move(calibration))
    {
        net_->to(device_);
        net_->eval();
    }
    std::string_view kind() const override { return kKind; }
    const ModelOptions& options() const override { return options_; }
    Scores score(const text::Corpus& corpus, const TaskControl& control) const override
    {
        // Scoring cuts the windows afresh and leaves them for the explanations that follow.
        const auto shared = featurized(corpus, nullptr);
        Featurized f = *shared; // score() hands the line columns over; keep the cache intact
        Scores scores;
        scores.unit = Unit::Window;
        scores.values = errorsOf(net_, f, columns_, device_, control);
        if (control.cancelled()) return Scores{};
        scores.unitNames.reserve(f.units.unitStart.size());
        char buffer[32];
        for (std::size_t u = 0; u < f.units.unitStart.size(); ++u) {
            std::string name = f.units.timed ? std::string(text::formatIsoUtc(f.units.unitStart[u], buffer))
                                             : "line " + std::to_string(f.units.unitStart[u]);
            if (!f.units.unitEntity[u].empty()) name += " " + f.units.unitEntity[u];
            scores.unitNames.push_back(std::move(name));
            if (f.units.timed) {
                const std::int64_t start = f.units.unitStart[u];
                scores.unitSpans.push_back({start, start + options_.integer("window-seconds") * 1000});
            }
        }
        scores.lineUnits = std::move(f.units.lineUnits);
        scores.unitLines = std::move(f.units.unitLines);
        return scores;
    }
    Explanation explain(const text::Corpus& corpus, const Scores& scores, std::uint32_t unit,
                        std::size_t top) const override
    {
        const auto shared = featurized(corpus, &scores);
        const Featurized& f = *shared;
        Explanation why;
        if (unit >= f.units.unitLines.size()) return why;
        torch::NoGradGuard noGrad;
        const auto x = (denseRows(f, columns_, {unit}).to(device_) * net_->scale).clamp_max(4.0);
        const auto r = net_->forward(x);
        const auto xs = x.to(torch::kCPU).contiguous(), rs = r.to(torch::kCPU).contiguous();
        const float* xv = xs.data_ptr<float>();
        const float* rv = rs.data_ptr<float>();
        std::vector<std::uint32_t> order(std::size_t(columns_.width()));
        std::iota(order.begin(), order.end(), 0u);
        const auto err = [&](std::uint32_t c) { return (xv[c] - rv[c]) * (xv[c] - rv[c]); };
        const auto n = std::min(top, order.size());
        std::partial_sort(
            order.begin(), order.begin() + std::ptrdiff_t(n), order.end(),
            [&](std::uint32_t a, std::uint32_t b) { return err(a) != err(b) ? err(a) > err(b) : a < b; });
        (void)scores;
        for (std::uint32_t c = 0; c < order.size(); ++c)
            why.score += err(c); // the total the shares are of
        for (std::size_t i = 0; i < n && err(order[i]) > 0; ++i)
            why.tokens.push_back({columns_.label(order[i]), err(order[i]), xv[order[i]] > rv[order[i]]});
        return why;
    }
    std::vector<std::vector<float>> features(const text::Corpus& corpus, const Scores& scores) const override
    {
        const auto shared = featurized(corpus, &scores);
        const Featurized& f = *shared;
        const std::size_t units = f.units.unitLines.size();
        std::vector<std::vector<float>> codes;
        codes.reserve(units);
        torch::NoGradGuard noGrad;
        std::vector<std::size_t> rows;
        for (std::size_t first = 0; first < units; first += 1024) {
            rows.resize(std::min<std::size_t>(1024, units - first));
            std::iota(rows.begin(), rows.end(), first);
            const auto x = (denseRows(f, columns_, rows).to(device_) * net_->scale).clamp_max(4.0);
            const auto code = net_->encoder->forward(x).to(torch::kCPU).contiguous();
            const auto width = std::size_t(code.size(1));
            const float* data = code.data_ptr<float>();
            for (std::size_t r = 0; r < rows.size(); ++r)
                codes.emplace_back(data + r * width, data + (r + 1) * width);
        }
        return codes;
    }
    const Calibration& calibration() const override { return calibration_; }
    void save(const std::filesystem::path& dir, bool overwrite) const override
    {
        writeModelDirectory(dir, overwrite, [this](const std::filesystem::path& partial) {
            torch::save(net_, (partial / "model.pt").string());
            std::ofstream terms(partial / "terms.txt", std::ios::binary);
            for (const auto& term : columns_.terms())
                terms << term << '\n';
            terms.flush();
            if (!terms) throw ModelError("cannot write " + (partial / "terms.txt").string());
            MetaFile meta = modelMeta(kKind, kFormatVersion, options_, calibration_);
            meta.set("term_count", std::to_string(columns_.terms().size()));
            meta.write(partial / "meta.txt");
        });
    }
    std::string deviceDescription() const override { return describeDevice(device_); }

private:
    // The units and counts of the last scoring: the GUI explains one unit per click, and cutting a
    // million lines into windows again for each would stall it. The cache serves the scores it
    // made (same corpus, same windows); anything else, or a new scoring (scores null), recomputes.
    std::shared_ptr<const Featurized> featurized(const text::Corpus& corpus, const Scores* scores) const
    {
        const std::lock_guard lock(cacheMutex_);
        const bool fresh = scores && cached_ && cachedCorpus_ == &corpus &&
                           cachedLines_ == corpus.lineCount() &&
                           cached_->units.lineUnits == scores->lineUnits;
        if (!fresh) {
            cached_ = std::make_shared<const Featurized>(featurize(corpus, columns_, options_));
            cachedCorpus_ = &corpus;
            cachedLines_ = corpus.lineCount();
        }
        return cached_;
    }

    ModelOptions options_;
    Columns columns_;
    mutable WindowNet net_; // forward() is not const in torch; scoring does not change it
    torch::Device device_;
    Calibration calibration_;
    mutable std::mutex cacheMutex_;
    mutable const text::Corpus* cachedCorpus_ = nullptr;
    mutable std::uint64_t cachedLines_ = 0;
    mutable std::shared_ptr<const Featurized> cached_;
};

class WindowFamily final : public ModelFamily {
public:
    std::string_view kind() const override { return kKind; }
    std::string_view scoreMeaning() const override { return "the window's reconstruction error"; }
    std::string_view lossMeaning() const override
    {
        return "reconstruction error of the windows' term scores";
    }
    std::string_view summary() const override
    {
        return "AutoLog: time windows per entity, template mix and volume, autoencoder";
    }
    std::vector<OptionSpec> ownOptions() const override
    {
        using T = OptionSpec::Type;
        return {
            {"window-seconds", T::Integer, "300", 1, 7 * 86400, {}, "length of a time window"},
            {"lines-per-window", T::Integer, "1000", 10, 1e9, {}, "window length for a log without times"},
            {"terms", T::Integer, "512", 8, 100000, {}, "most frequent templates kept as columns"},
            {"batch-size", T::Integer, "64", 1, 65536, {}, "windows per training batch"},
            {"learning-rate", T::Real, "0.001", 1e-6, 1, {}, "Adam's step size"},
            {"dropout", T::Real, "0.1", 0, 0.9, {}, "dropout after each hidden layer"},
            {"hidden", T::Integer, "128", 1, 8192, {}, "width of the outer hidden layers"},
            {"code", T::Integer, "64", 1, 4096, {}, "width of the code layer"},
        };
    }
    // Windows are not messages: the marks' weights do not apply.
    std::unique_ptr<Model> train(const text::Corpus& corpus, const TrainingSet& data, const ModelOptions& o,
                                 const TaskControl& control, TrainReport& report) const override;
    std::unique_ptr<Model> load(const std::filesystem::path& dir, DeviceRequest device) const override;
};

// The `terms` most frequent templates (by lines), ties by text.
Columns chooseColumns(const text::Corpus& corpus, std::size_t limit)
{
    const auto terms = termOfMessage(corpus);
    std::unordered_map<std::string, std::uint64_t> lines;
    for (std::size_t key = 0; key < terms.size(); ++key)
        lines[terms[key]] += corpus.messageLineCounts()[key];
    std::vector<std::pair<std::string, std::uint64_t>> ranked(lines.begin(), lines.end());
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (ranked.size() > limit) ranked.resize(limit);
    std::vector<std::string> kept;
    for (auto& [term, count] : ranked)
        kept.push_back(std::move(term));
    return Columns(std::move(kept));
}

std::unique_ptr<Model> WindowFamily::train(const text::Corpus& corpus, const TrainingSet&,
                                           const ModelOptions& o, const TaskControl& control,
                                           TrainReport& report) const
{
    const auto started = std::chrono::steady_clock::now();
    if (corpus.lineCount() == 0) throw ModelError("nothing to train on: no lines");
    const torch::Device device = toTorchDevice(parseDeviceRequest(o.text("device")));
    report.device = describeDevice(device);
    const TrainingThreads threads(int(o.integer("threads")));

    Columns columns = chooseColumns(corpus, std::size_t(o.integer("terms")));
    Featurized f = featurize(corpus, columns, o);
    const std::size_t units = f.units.unitLines.size();
    if (!f.units.timed)
        report.note = "no line has a time: windows are runs of " + o.text("lines-per-window") + " lines";
    else if (!f.units.byEntity)
        report.note = "the entity column hardly repeats (fewer than " + std::to_string(kMinLinesPerEntity) +
                      " lines per value): windows are cut by time alone";

    torch::manual_seed(std::uint64_t(o.integer("seed")));
    std::mt19937_64 rng(std::uint64_t(o.integer("seed")));
    WindowNet net(columns.width(), o.integer("hidden"), o.integer("code"), o.real("dropout"));
    net->scale.copy_(columnScale(f, columns));
    net->to(device);

    // A tenth of the windows (at least one) is held out for the validation loss, early
    // stopping and the calibration; with fewer than ten windows all of them serve both.
    std::vector<std::size_t> order(units);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::shuffle(order.begin(), order.end(), rng);
    const std::size_t held = units >= 10 ? std::max<std::size_t>(1, units / 10) : 0;
    const std::vector<std::size_t> validation(order.begin(),
                                              order.begin() + std::ptrdiff_t(held ? held : units));
    const std::vector<std::size_t> training(order.begin() + std::ptrdiff_t(held), order.end());

    torch::optim::Adam optimizer(net->parameters(), torch::optim::AdamOptions(o.real("learning-rate")));
    const int epochs = int(o.integer("epochs"));
    const auto batchSize = std::size_t(o.integer("batch-size"));
    // Few windows make few batches: draw at least this many per epoch so an epoch means something.
    const std::size_t perEpoch = std::max<std::size_t>(training.size(), 4096);
    // The windows each epoch draws from: after the first epoch, the worst-reconstructed hundredth
    // is left out (trimmed training). A log being trained on holds its own floods; drawn as
    // often as the rest, they would be learnt as normal and no longer stand out when scored.
    std::vector<std::size_t> drawn = training;
    const auto scaled = [&](const std::vector<std::size_t>& rows) {
        return (denseRows(f, columns, rows).to(device) * net->scale).clamp_max(4.0);
    };
    double best = std::numeric_limits<double>::infinity();
    int sinceBest = 0;
    constexpr int patience = 3;
    std::vector<std::size_t> batch;
    for (int epoch = 0; epoch < epochs; ++epoch) {
        net->train();
        double lossSum = 0;
        std::size_t done = 0;
        while (done < perEpoch) {
            if (control.cancelled()) {
                report.cancelled = true;
                return nullptr;
            }
            batch.resize(std::min(batchSize, perEpoch - done));
            std::uniform_int_distribution<std::size_t> pick(0, drawn.size() - 1);
            for (auto& row : batch)
                row = drawn[pick(rng)];
            const auto x = scaled(batch);
            const auto loss = (net->forward(x) - x).square().mean();
            optimizer.zero_grad();
            loss.backward();
            optimizer.step();
            lossSum += loss.item<double>() * double(batch.size());
            done += batch.size();
            report.samplesSeen += batch.size();
        }
        drawn = trimmed(net, f, columns, device, training);
        torch::NoGradGuard noGrad;
        net->eval();
        const auto xv = scaled(validation);
        const double validationLoss = (net->forward(xv) - xv).square().mean().item<double>();
        report.epochLoss.push_back(lossSum / double(done));
        report.epochValidationLoss.push_back(validationLoss);
        TaskProgress p;
        p.fraction = double(epoch + 1) / double(epochs);
        p.phase = "training";
        p.epoch = epoch;
        p.epochs = epochs;
        p.loss = report.epochLoss.back();
        p.validationLoss = validationLoss;
        p.epochFinished = true;
        control.report(p);
        // Early stopping: the validation loss has not improved for `patience` epochs.
        if (validationLoss < best * (1 - 1e-4)) {
            best = validationLoss;
            sinceBest = 0;
        } else if (++sinceBest >= patience) {
            break;
        }
    }

    const auto allErrors = errorsOf(net, f, columns, device, TaskControl());
    std::vector<float> heldErrors;
    for (std::size_t u : validation)
        heldErrors.push_back(allErrors[u]);
    Calibration calibration = Calibration::of(heldErrors, {});
    if (f.units.timed) {
        // Every window serves the hourly thresholds: a tenth of them is too few days per hour.
        const int offset = corpus.recordOptions().zone.offsetMinutes;
        std::vector<std::int64_t> hours;
        hours.reserve(units);
        for (std::size_t u = 0; u < units; ++u)
            hours.push_back(localHours(f.units.unitStart[u], offset));
        calibration.hourly = Calibration::hourlyOf(allErrors, hours, calibration.automatic);
    }
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return std::make_unique<WindowModel>(o, std::move(columns), std::move(net), device,
                                         std::move(calibration));
}

std::unique_ptr<Model> WindowFamily::load(const std::filesystem::path& dir, DeviceRequest request) const
{
    const auto meta = readModelMeta(dir, kKind, kFormatVersion, {"terms.txt", "model.pt"});
    ModelOptions options = optionsOf(meta, defaultOptions(*this));
    std::vector<std::string> terms;
    std::ifstream in(dir / "terms.txt", std::ios::binary);
    for (std::string line; std::getline(in, line);)
        terms.push_back(std::move(line));
    if (terms.size() != meta.unsignedInteger("term_count"))
        throw ModelError("terms.txt does not match term_count in meta.txt in " + dir.string());
    Columns columns(std::move(terms));
    WindowNet net(columns.width(), options.integer("hidden"), options.integer("code"),
                  options.real("dropout"));
    try {
        torch::load(net, (dir / "model.pt").string(), torch::Device(torch::kCPU));
    } catch (const std::exception& e) {
        throw ModelError("corrupt model weights in " + (dir / "model.pt").string() + ": " +
                         firstLine(e.what()));
    }
    if (net->scale.size(0) != columns.width())
        throw ModelError("model weights in " + (dir / "model.pt").string() + " do not match terms.txt");
    return std::make_unique<WindowModel>(std::move(options), std::move(columns), std::move(net),
                                         toTorchDevice(request), calibrationOf(meta, dir / "meta.txt"));
}

} // namespace

const ModelFamily& windowFamily()
{
    static const WindowFamily family;
    return family;
}

} // namespace logsleuth::ml::detail
