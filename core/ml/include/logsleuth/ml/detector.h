// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// A trained anomaly detector: vocabulary + variational autoencoder + the statistics of its
// training reconstruction errors. Torch stays behind the pimpl so that the CLI and the GUI
// compile without its headers.
#pragma once

#include "logsleuth/ml/device.h"
#include "logsleuth/ml/features.h"
#include "logsleuth/ml/threshold.h"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace logsleuth::ml {

struct TrainOptions {
    DeviceRequest device = DeviceRequest::Auto;
    int epochs = 10;
    std::uint64_t seed = 0;
    int threads = 0; // torch CPU threads when > 0 (process-wide setting)
    int batchSize = 256;
    double learningRate = 3e-3; // Adam; 3e-3 fits frequent messages the 1e-3 of the reference leaves blurred
    double klWarmup = 0.5;      // share of the training over which the KL weight rises from 0 to 1
    int hidden = 64;
    int latent = 8;
    std::size_t vocabularySize = 1024;
    std::uint64_t samplesPerEpoch = 200000;   // 0: as many as there are lines
    std::uint64_t minSamplesPerEpoch = 51200; // small inputs are drawn from repeatedly up to this
};

struct TrainProgress {
    int epoch = 0; // 0-based epoch in progress
    int epochs = 0;
    double fraction = 0; // of the whole training, 0..1
    double loss = 0;     // mean loss per sample so far in this epoch
};

struct TrainReport {
    std::vector<double> epochLoss; // mean loss per sample, one per finished epoch
    bool cancelled = false;
    double seconds = 0;
    std::string device;
    std::uint64_t samplesSeen = 0;
};

class ModelError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Detector {
public:
    Detector();
    ~Detector();
    Detector(Detector&&) noexcept;
    Detector& operator=(Detector&&) noexcept;

    // messages = distinct masked messages, lineCounts = how many lines carry each. Each epoch
    // draws min(samplesPerEpoch, total lines) samples in proportion to lineCounts (frequent =
    // normal), so the cost of training does not grow with the file size. The training error
    // stats are computed afterwards on all distinct messages weighted by lineCounts.
    // progress may be empty, cancel and report null. A cancelled training returns the model as
    // far as it got, with report->cancelled set. Throws ModelError when there is nothing to
    // learn (no lines, no tokens) and std::runtime_error for an unavailable device.
    static Detector train(const std::vector<std::string_view>& messages,
                          const std::vector<std::uint64_t>& lineCounts, const TrainOptions& options,
                          const std::function<void(const TrainProgress&)>& progress,
                          const std::atomic<bool>* cancel, TrainReport* report);

    bool valid() const;
    // Reconstruction error per message (sum over features of the squared error, z = mu),
    // batched; higher = more anomalous. Throws ModelError on an invalid detector.
    std::vector<float> score(const std::vector<std::string_view>& messages) const;
    // Squared reconstruction error per vocabulary column for one message: the "why".
    std::vector<float> tokenContributions(std::string_view message) const;

    const ErrorStats& trainingErrors() const;
    const Vocabulary& vocabulary() const;
    std::string kind() const; // "vae"
    const TrainOptions& options() const;
    std::string deviceDescription() const; // where this detector runs now
    // Moves the network to another device (e.g. CPU for a training done on CUDA).
    void setDevice(DeviceRequest request);

    // Writes into a temporary sibling directory, then renames it into place, so a crash never
    // leaves half a model. Refuses an existing dir unless overwrite. Files: model.pt,
    // vocabulary.txt (one token per line), meta.txt (key=value, format_version=1).
    void save(const std::filesystem::path& dir, bool overwrite) const;
    // Throws ModelError for a missing dir or file, a wrong format_version or kind, or corrupt
    // weights.
    static Detector load(const std::filesystem::path& dir, DeviceRequest device = DeviceRequest::Auto);

    struct Impl; // src/detector_impl.h

private:
    explicit Detector(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

} // namespace logsleuth::ml
