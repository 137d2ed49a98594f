// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The model families LogSleuth can train, looked up by kind ("vae", "window", …). `--kind`, the
// GUI's model setting and a saved model's meta.txt all dispatch through here.
#pragma once

#include "logsleuth/ml/device.h"
#include "logsleuth/ml/model.h"

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace logsleuth::ml {

class ModelFamily {
public:
    virtual ~ModelFamily() = default;
    virtual std::string_view kind() const = 0;
    virtual std::string_view summary() const = 0; // one line for --help
    // The family's own options; the registry adds the common ones (device, epochs, seed, threads).
    virtual std::vector<OptionSpec> ownOptions() const = 0;
    // weights: how much each distinct message counts in training — its lines, adjusted by the
    // analyst's marks (trainingWeights in session.h); a family of another unit may ignore it.
    // Throws ModelError when there is nothing to learn. A cancelled training returns null with
    // report.cancelled set.
    virtual std::unique_ptr<Model> train(const text::Corpus& corpus,
                                         const std::vector<std::uint64_t>& weights,
                                         const ModelOptions& options, const TaskControl& control,
                                         TrainReport& report) const = 0;
    virtual std::unique_ptr<Model> load(const std::filesystem::path& dir, DeviceRequest device) const = 0;
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

} // namespace logsleuth::ml
