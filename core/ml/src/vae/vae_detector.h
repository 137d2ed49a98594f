// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Private to the vae family: the bag-of-words VAE over distinct messages — vocabulary, network and
// the statistics of its training reconstruction errors. VaeModel (vae_family.cpp) puts it behind
// the Model interface; tst_vae tests it directly.
#pragma once

#include "logsleuth/ml/device.h"
#include "logsleuth/ml/explain.h"
#include "logsleuth/ml/features.h"
#include "logsleuth/ml/model.h"
#include "logsleuth/ml/threshold.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace logsleuth::ml {

struct VaeOptions {
    DeviceRequest device = DeviceRequest::Auto;
    int epochs = 5;
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

class VaeDetector {
public:
    VaeDetector();
    ~VaeDetector();
    VaeDetector(VaeDetector&&) noexcept;
    VaeDetector& operator=(VaeDetector&&) noexcept;

    // messages = distinct masked messages, lineCounts = how many lines carry each. Each epoch
    // draws min(samplesPerEpoch, total lines) samples in proportion to lineCounts (frequent =
    // normal), so the cost of training does not grow with the file size. The training error
    // stats are computed afterwards on all distinct messages weighted by lineCounts.
    // report may be null. A cancelled training returns the model as far as it got, with
    // report->cancelled set. Throws ModelError when there is nothing to learn (no lines, no
    // tokens) and std::runtime_error for an unavailable device.
    static VaeDetector train(const std::vector<std::string_view>& messages,
                             const std::vector<std::uint64_t>& lineCounts, const VaeOptions& options,
                             const TaskControl& control, TrainReport* report);
    // Fine-tuning: the same, starting from `start`'s vocabulary, shape and weights (its encoder
    // kept fixed when freezeEncoder), unless its vocabulary covers less than
    // detail::StartFit::kMinCoverage of the new messages' tokens (weighted by lines, against a
    // vocabulary built afresh): then it trains afresh. report->note says which, and why.
    static VaeDetector fineTune(const VaeDetector& start, const std::vector<std::string_view>& messages,
                                const std::vector<std::uint64_t>& lineCounts, const VaeOptions& options,
                                bool freezeEncoder, const TaskControl& control, TrainReport* report);

    bool valid() const;
    // Reconstruction error per message (sum over features of the squared error, z = mu),
    // batched; higher = more anomalous. Throws ModelError on an invalid detector.
    std::vector<float> score(const std::vector<std::string_view>& messages) const;
    // Squared reconstruction error per vocabulary column for one message: the "why".
    std::vector<float> tokenContributions(std::string_view message) const;

    // The latent mean of each message: what similar messages share.
    std::vector<std::vector<float>> encode(const std::vector<std::string_view>& messages) const;
    // Whether the detector knows every token of its training (models saved before it did not),
    // and whether a token is not among them; each such token adds 1 to a message's score.
    bool knowsSeenTokens() const;
    bool neverSeen(std::string_view token) const;
    // The largest shares of a message's error, with its unknown tokens (never seen in training;
    // outside the vocabulary for a model that does not know its training tokens).
    Explanation explain(std::string_view message, std::size_t top) const;

    const ErrorStats& trainingErrors() const;
    const Calibration& calibration() const;
    // The family calibrates on its final scores (reconstruction error and level surprise).
    void setCalibration(Calibration calibration);
    const Vocabulary& vocabulary() const;
    const VaeOptions& options() const;
    std::string deviceDescription() const; // where this detector runs now
    // Moves the network to another device (e.g. CPU for a training done on CUDA).
    void setDevice(DeviceRequest request);

    // Writes into a temporary sibling directory, then renames it into place, so a crash never
    // leaves half a model. Refuses an existing dir unless overwrite. Files: model.pt,
    // vocabulary.txt (one token per line), meta.txt (key=value, format_version=1).
    void save(const std::filesystem::path& dir, bool overwrite) const;
    // Throws ModelError for a missing dir or file, a wrong format_version or kind, or corrupt
    // weights.
    static VaeDetector load(const std::filesystem::path& dir, DeviceRequest device = DeviceRequest::Auto);

    struct Impl; // src/detector_impl.h

private:
    explicit VaeDetector(std::unique_ptr<Impl> impl);
    static VaeDetector trainFrom(const Impl* start, bool freezeEncoder,
                                 const std::vector<std::string_view>& messages,
                                 const std::vector<std::uint64_t>& lineCounts, const VaeOptions& options,
                                 const TaskControl& control, TrainReport* report);
    std::unique_ptr<Impl> impl_;
};

} // namespace logsleuth::ml
