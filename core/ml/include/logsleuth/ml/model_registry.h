// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The model families LogSleuth can train, looked up by kind ("vae", "window", …). `--kind`, the
// GUI's model setting and a saved model's meta.txt all dispatch through here.
#pragma once

#include "logsleuth/ml/device.h"
#include "logsleuth/ml/model.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace logsleuth::ml {

// What the analyst's marks say of a distinct message, with the verdicts' precedence applied.
enum class MarkLabel : std::uint8_t { None, FalsePositive, TruePositive };

// What a family trains on, one entry per distinct message of the corpus (trainingSet in
// session.h builds it from the corpus and the marks).
struct TrainingSet {
    // How much each message counts: its lines, adjusted by the marks (FREQ_NOISE-like).
    std::vector<std::uint64_t> weights;
    // What the marks say of it; empty when there are no marks.
    std::vector<MarkLabel> labels;
    // Which mark gave the label (the same number for the messages of one mark), kNoMark for none.
    static constexpr std::uint32_t kNoMark = UINT32_MAX;
    std::vector<std::uint32_t> labelMark;
    bool labelled() const;
};

class ModelFamily {
public:
    virtual ~ModelFamily() = default;
    virtual std::string_view kind() const = 0;
    virtual std::string_view summary() const = 0; // one line for --help
    // What its training loss measures, for the loss chart's reader ("Word2Vec's loss…").
    virtual std::string_view lossMeaning() const = 0;
    // What its score is, for the score histogram's reader ("distance to the map's nearest unit").
    virtual std::string_view scoreMeaning() const = 0;
    // True for a family that learns from the analyst's marks and refuses to train without them
    // (and that a comparison against labels made from the same marks would flatter).
    virtual bool learnsFromMarks() const { return false; }
    // The family's own options; the registry adds the common ones (device, epochs, seed, threads).
    virtual std::vector<OptionSpec> ownOptions() const = 0;
    // data: how much each distinct message counts and what the marks say of it; an unsupervised
    // family reads the weights (a family of another unit may ignore them), the supervised one
    // the labels. Throws ModelError when there is nothing to learn. A cancelled training returns
    // null with report.cancelled set.
    virtual std::unique_ptr<Model> train(const text::Corpus& corpus, const TrainingSet& data,
                                         const ModelOptions& options, const TaskControl& control,
                                         TrainReport& report) const = 0;
    virtual std::unique_ptr<Model> load(const std::filesystem::path& dir, DeviceRequest device) const = 0;
    // Training that starts from a model of this family (`train --init-from`, `--update`), its
    // encoder kept fixed when freezeEncoder. The family may start afresh when the data changed
    // too much, saying so in report.note and the saved metadata. The default refuses.
    virtual std::unique_ptr<Model> fineTune(const Model& start, const text::Corpus& corpus,
                                            const TrainingSet& data, const ModelOptions& options,
                                            bool freezeEncoder, const TaskControl& control,
                                            TrainReport& report) const;
};

const std::vector<const ModelFamily*>& modelFamilies();
// Throws std::invalid_argument listing the known kinds.
const ModelFamily& modelFamily(std::string_view kind);
std::string_view defaultModelKind();
// The common options followed by the family's own, all at their defaults.
ModelOptions defaultOptions(const ModelFamily& family);
std::vector<OptionSpec> commonOptions();

// Reads meta.txt's kind and loads the model with its family. Throws ModelError for a missing or
// unreadable directory, an unknown kind or a corrupt model.
std::unique_ptr<Model> loadModel(const std::filesystem::path& dir,
                                 DeviceRequest device = DeviceRequest::Auto);

// Makes `threshold` the saved model's chosen threshold — what `auto`, the default, resolves to —
// so that `score` and scheduled runs use the threshold an analyst chose; the calibrated
// automatic threshold is kept (Calibration::chosen). meta.txt is
// replaced atomically (a temporary file renamed over it). Throws ModelError when dir holds no
// model or cannot be written, std::invalid_argument for a threshold that is not finite.
void applyThreshold(const std::filesystem::path& dir, double threshold);

} // namespace logsleuth::ml
