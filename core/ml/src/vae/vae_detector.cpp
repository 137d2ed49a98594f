// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// VaeDetector: scoring, accessors, and the model directory (model.pt + vocabulary.txt + meta.txt).
#include "../model_files.h"
#include "../numbers.h"
#include "../torch_device.h"
#include "vae_detector_impl.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <map>
#include <mutex>
#include <thread>

namespace logsleuth::ml {

namespace {
constexpr std::int64_t formatVersion = 1;
constexpr const char* kindName = "vae";

void requireValid(const std::unique_ptr<VaeDetector::Impl>& impl)
{
    if (!impl) throw ModelError("the detector holds no model (train or load one first)");
}

detail::MetaFile metaOf(const VaeDetector::Impl& impl)
{
    const VaeOptions& o = impl.options;
    detail::MetaFile meta;
    meta.set("format_version", std::to_string(formatVersion));
    meta.set("kind", kindName);
    meta.set("seed", detail::formatNumber(o.seed));
    meta.set("epochs", std::to_string(o.epochs));
    meta.set("threads", std::to_string(o.threads));
    meta.set("batch_size", std::to_string(o.batchSize));
    meta.set("learning_rate", detail::formatNumber(o.learningRate));
    meta.set("kl_warmup", detail::formatNumber(o.klWarmup));
    meta.set("hidden", std::to_string(o.hidden));
    meta.set("latent", std::to_string(o.latent));
    meta.set("vocabulary_limit", detail::formatNumber(std::uint64_t(o.vocabularySize)));
    meta.set("vocabulary_size", detail::formatNumber(std::uint64_t(impl.vocabulary.size())));
    meta.set("samples_per_epoch", detail::formatNumber(o.samplesPerEpoch));
    meta.set("min_samples_per_epoch", detail::formatNumber(o.minSamplesPerEpoch));
    meta.set("device", std::string(toString(o.device)));
    meta.set("trained_on", impl.trainedOn);
    if (!impl.start.empty()) meta.set("start", impl.start);
    detail::putCalibration(meta, impl.calibration);
    return meta;
}

int positiveInt(const detail::MetaFile& meta, const std::string& key, std::int64_t low)
{
    const auto value = meta.integer(key);
    if (value < low || value > 1 << 20) throw ModelError("meta.txt: " + key + " out of range");
    return int(value);
}

VaeOptions optionsOf(const detail::MetaFile& meta)
{
    VaeOptions o;
    o.seed = meta.unsignedInteger("seed");
    o.epochs = positiveInt(meta, "epochs", 0);
    o.threads = positiveInt(meta, "threads", 0);
    o.batchSize = positiveInt(meta, "batch_size", 1);
    o.learningRate = meta.number("learning_rate");
    o.klWarmup = meta.number("kl_warmup");
    o.hidden = positiveInt(meta, "hidden", 1);
    o.latent = positiveInt(meta, "latent", 1);
    o.vocabularySize = std::size_t(meta.unsignedInteger("vocabulary_limit"));
    o.samplesPerEpoch = meta.unsignedInteger("samples_per_epoch");
    o.minSamplesPerEpoch = meta.unsignedInteger("min_samples_per_epoch");
    try {
        o.device = parseDeviceRequest(meta.text("device"));
    } catch (const std::invalid_argument& e) {
        throw ModelError(std::string("meta.txt: ") + e.what());
    }
    return o;
}

} // namespace

VaeDetector::VaeDetector() = default;
VaeDetector::~VaeDetector() = default;
VaeDetector::VaeDetector(VaeDetector&&) noexcept = default;
VaeDetector& VaeDetector::operator=(VaeDetector&&) noexcept = default;
VaeDetector::VaeDetector(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

bool VaeDetector::valid() const
{
    return impl_ != nullptr;
}

std::vector<float> VaeDetector::score(const std::vector<std::string_view>& messages) const
{
    requireValid(impl_);
    // In chunks, so that a chunk's rows are still in cache when the network reads them: the
    // whole million rows featurized first scored at 1.55 M rows/s, chunks at 2.4 M.
    constexpr std::size_t kChunk = std::size_t{1} << 16;
    const std::size_t chunks = (messages.size() + kChunk - 1) / kChunk;
    std::vector<float> errors(messages.size());
    std::vector<std::uint8_t> outside(messages.size());
    const auto scoreChunk = [&](std::size_t c, std::vector<std::string_view>& chunk,
                                std::vector<std::uint8_t>& chunkOutside) {
        const std::size_t first = c * kChunk;
        const auto end = messages.begin() + std::ptrdiff_t(std::min(messages.size(), first + kChunk));
        chunk.assign(messages.begin() + std::ptrdiff_t(first), end);
        const std::vector<float> part = detail::reconstructionErrors(
            impl_->model, bagOfWords(impl_->vocabulary, chunk, &chunkOutside), impl_->device);
        std::copy(part.begin(), part.end(), errors.begin() + std::ptrdiff_t(first));
        std::copy(chunkOutside.begin(), chunkOutside.end(), outside.begin() + std::ptrdiff_t(first));
    };
    // On CPU, chunks go to as many workers as the cores torch's own pool leaves idle: a batch is
    // too small for torch to spread, and chunks share nothing (1.3 M rows/s on one of two cores).
    const unsigned workers =
        impl_->device.is_cuda()
            ? 1u
            : unsigned(std::clamp<std::size_t>(std::max(1u, std::thread::hardware_concurrency()) /
                                                   unsigned(std::max(1, torch::get_num_threads())),
                                               1, std::min<std::size_t>(chunks, 8)));
    impl_->model->eval(); // before the workers: they only read the module
    std::exception_ptr failure;
    std::mutex failureLock;
    // Worker w takes chunks w, w + workers, …; the calling thread is worker 0.
    const auto work = [&](unsigned w) {
        try {
            std::vector<std::string_view> chunk;
            std::vector<std::uint8_t> chunkOutside;
            for (std::size_t c = w; c < chunks; c += workers)
                scoreChunk(c, chunk, chunkOutside);
        } catch (...) {
            const std::lock_guard lock(failureLock);
            if (!failure) failure = std::current_exception();
        }
    };
    std::vector<std::thread> threads;
    for (unsigned w = 1; w < workers; ++w)
        threads.emplace_back(work, w);
    work(0);
    for (auto& thread : threads)
        thread.join();
    if (failure) std::rethrow_exception(failure);
    // A token never seen in training counts as a column the network would predict absent and
    // finds present: a squared error of 1, the most one known token can add. The vocabulary's
    // tokens were all seen (it is built from the same messages), so only rows with a token
    // outside it can hold one; the check keeps that exact for any model.
    const detail::SeenTokens& seen = impl_->seen;
    if (seen.empty()) return errors;
    const auto& tokens = impl_->vocabulary.tokens();
    const bool vocabularySeen = std::all_of(tokens.begin(), tokens.end(),
                                            [&](const std::string& token) { return seen.contains(token); });
    for (std::size_t i = 0; i < messages.size(); ++i)
        if (outside[i] || !vocabularySeen) errors[i] += float(seen.unseenIn(messages[i]));
    return errors;
}

bool VaeDetector::knowsSeenTokens() const
{
    requireValid(impl_);
    return !impl_->seen.empty();
}

bool VaeDetector::neverSeen(std::string_view token) const
{
    requireValid(impl_);
    return !impl_->seen.empty() && !impl_->seen.contains(token);
}

std::vector<float> VaeDetector::tokenContributions(std::string_view message) const
{
    requireValid(impl_);
    torch::NoGradGuard noGrad;
    impl_->model->eval();
    const SparseRows row = bagOfWords(impl_->vocabulary, {message});
    const auto batch = detail::makeBatch(row, {0}, impl_->device);
    const auto out = impl_->model->forward(batch, false);
    const auto squared = detail::squaredErrors(out.reconstruction, batch, true).to(torch::kCPU).contiguous();
    return std::vector<float>(squared.data_ptr<float>(), squared.data_ptr<float>() + squared.numel());
}

const ErrorStats& VaeDetector::trainingErrors() const
{
    return calibration().errors;
}

const Calibration& VaeDetector::calibration() const
{
    static const Calibration none;
    return impl_ ? impl_->calibration : none;
}

void VaeDetector::setCalibration(Calibration calibration)
{
    requireValid(impl_);
    impl_->calibration = std::move(calibration);
}

std::vector<std::vector<float>> VaeDetector::encode(const std::vector<std::string_view>& messages) const
{
    requireValid(impl_);
    return detail::latentMeans(impl_->model, bagOfWords(impl_->vocabulary, messages), impl_->device);
}

const Vocabulary& VaeDetector::vocabulary() const
{
    static const Vocabulary none;
    return impl_ ? impl_->vocabulary : none;
}

const VaeOptions& VaeDetector::options() const
{
    static const VaeOptions none;
    return impl_ ? impl_->options : none;
}

std::string VaeDetector::deviceDescription() const
{
    return impl_ ? describeDevice(impl_->device) : std::string();
}

void VaeDetector::setDevice(DeviceRequest request)
{
    requireValid(impl_);
    impl_->device = toTorchDevice(request);
    impl_->model->to(impl_->device);
}

void VaeDetector::save(const std::filesystem::path& dir, bool overwrite) const
{
    requireValid(impl_);
    detail::writeModelDirectory(dir, overwrite, [this](const std::filesystem::path& partial) {
        torch::save(impl_->model, (partial / "model.pt").string());
        detail::writeVocabulary(impl_->vocabulary, partial / "vocabulary.txt");
        impl_->seen.write(partial / "seen_tokens.bin");
        metaOf(*impl_).write(partial / "meta.txt");
    });
}

VaeDetector VaeDetector::load(const std::filesystem::path& dir, DeviceRequest device)
{
    namespace fs = std::filesystem;
    if (!fs::is_directory(dir)) throw ModelError("model directory not found: " + dir.string());
    for (const char* name : {"meta.txt", "vocabulary.txt", "model.pt"})
        if (!fs::is_regular_file(dir / name))
            throw ModelError("model file missing: " + (dir / name).string());
    const auto meta = detail::MetaFile::read(dir / "meta.txt");
    const auto version = meta.integer("format_version");
    if (version != formatVersion)
        throw ModelError("unsupported model format_version " + std::to_string(version) + " in " +
                         dir.string() + " (this LogSleuth reads " + std::to_string(formatVersion) + ")");
    if (meta.text("kind") != kindName)
        throw ModelError("unsupported model kind '" + meta.text("kind") + "' in " + dir.string());

    auto impl = std::make_unique<Impl>();
    impl->options = optionsOf(meta);
    impl->trainedOn = meta.text("trained_on");
    if (meta.has("start")) impl->start = meta.text("start");
    impl->vocabulary = detail::readVocabulary(dir / "vocabulary.txt");
    if (impl->vocabulary.size() != meta.unsignedInteger("vocabulary_size") || impl->vocabulary.size() == 0)
        throw ModelError("vocabulary.txt does not match vocabulary_size in meta.txt in " + dir.string());
    impl->calibration = detail::calibrationOf(meta, dir / "meta.txt");
    impl->seen = detail::SeenTokens::read(dir / "seen_tokens.bin"); // absent in older models

    impl->model =
        detail::Vae(std::int64_t(impl->vocabulary.size()), impl->options.hidden, impl->options.latent);
    // torch::load takes whatever shapes the file has; compare with the shapes meta.txt implies.
    std::map<std::string, std::vector<std::int64_t>> expected;
    for (const auto& p : impl->model->named_parameters())
        expected[p.key()] = p.value().sizes().vec();
    try {
        torch::load(impl->model, (dir / "model.pt").string(), torch::Device(torch::kCPU));
    } catch (const std::exception& e) {
        throw ModelError("corrupt model weights in " + (dir / "model.pt").string() + ": " +
                         detail::firstLine(e.what()));
    }
    for (const auto& p : impl->model->named_parameters())
        if (expected[p.key()] != p.value().sizes().vec())
            throw ModelError("model weights in " + (dir / "model.pt").string() + " do not match meta.txt (" +
                             p.key() + ")");
    impl->device = toTorchDevice(device);
    impl->model->to(impl->device);
    impl->model->eval();
    return VaeDetector(std::move(impl));
}

} // namespace logsleuth::ml
