// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/ml/model_registry.h"

#include "families.h"
#include "logsleuth/text/corpus.h"
#include "meta_file.h"
#include "numbers.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <system_error>

namespace logsleuth::ml {

std::string_view toString(Unit unit)
{
    switch (unit) {
    case Unit::Message:
        return "message";
    case Unit::Window:
        return "window";
    }
    return "message";
}

bool TrainingSet::labelled() const
{
    for (MarkLabel label : labels)
        if (label != MarkLabel::None) return true;
    return false;
}

const std::vector<std::uint32_t>& Scores::unitOfLine(const text::Corpus& corpus) const
{
    return unit == Unit::Message ? corpus.messageKeys() : lineUnits;
}

const std::vector<const ModelFamily*>& modelFamilies()
{
    static const std::vector<const ModelFamily*> all = {
        &detail::vaeFamily(),        &detail::windowFamily(), &detail::somFamily(), &detail::ensembleFamily(),
#if LOGSLEUTH_HAVE_SENTENCEPIECE // a bare GPU host may lack it
        &detail::convFamily(),
#endif
        &detail::supervisedFamily(),
    };
    return all;
}

const ModelFamily& modelFamily(std::string_view kind)
{
    std::string known;
    for (const ModelFamily* family : modelFamilies()) {
        if (family->kind() == kind) return *family;
        known += (known.empty() ? "" : ", ") + std::string(family->kind());
    }
    throw std::invalid_argument("unknown model kind '" + std::string(kind) + "' (available: " + known + ")");
}

std::string_view defaultModelKind()
{
    // som measures best on the labelled corpora of bench/detection.py over seeds 0-2 (lowest F1
    // 0.99 against vae's 0.73, no clean line flagged by either) and trains fastest; the README's
    // "Detection quality, measured" has the table.
    return "som";
}

std::vector<OptionSpec> commonOptions()
{
    using T = OptionSpec::Type;
    return {
        {"device",
         T::Choice,
         "auto",
         0,
         0,
         {"auto", "cpu", "cuda"},
         "where to train and score: CUDA when present"},
        {"epochs", T::Integer, "10", 1, 100000, {}, "passes over the training samples"},
        {"seed",
         T::Integer,
         "0",
         0,
         9007199254740992.0,
         {},
         "random seed; the same seed gives the same model"},
        {"threads", T::Integer, "0", 0, 4096, {}, "CPU threads for training (0: one; scoring uses all)"},
    };
}

ModelOptions defaultOptions(const ModelFamily& family)
{
    auto schema = commonOptions();
    for (auto& option : family.ownOptions()) {
        // A family may declare a common option again, with its own default.
        const auto common = std::find_if(schema.begin(), schema.end(),
                                         [&option](const OptionSpec& s) { return s.name == option.name; });
        if (common != schema.end())
            *common = std::move(option);
        else
            schema.push_back(std::move(option));
    }
    return ModelOptions(std::move(schema));
}

namespace detail {
ModelOptions memberOptions(const ModelFamily& member, const ModelOptions& options)
{
    ModelOptions out = defaultOptions(member);
    for (const auto& spec : out.schema())
        if (options.has(spec.name)) out.set(spec.name, options.text(spec.name));
    return out;
}
} // namespace detail

std::unique_ptr<Model> loadModel(const std::filesystem::path& dir, DeviceRequest device)
{
    if (!std::filesystem::is_directory(dir)) throw ModelError("model directory not found: " + dir.string());
    if (!std::filesystem::is_regular_file(dir / "meta.txt"))
        throw ModelError("model file missing: " + (dir / "meta.txt").string());
    const auto meta = detail::MetaFile::read(dir / "meta.txt");
    const std::string& kind = meta.text("kind");
    try {
        modelFamily(kind);
    } catch (const std::invalid_argument& e) {
        throw ModelError(dir.string() + ": " + e.what());
    }
    return modelFamily(kind).load(dir, device);
}

std::unique_ptr<Model> ModelFamily::fineTune(const Model&, const text::Corpus&, const TrainingSet&,
                                             const ModelOptions&, bool, const TaskControl&,
                                             TrainReport&) const
{
    throw ModelError("the " + std::string(kind()) +
                     " family cannot start from a saved model; train it afresh");
}

void applyThreshold(const std::filesystem::path& dir, double threshold)
{
    if (!std::isfinite(threshold)) throw std::invalid_argument("a threshold must be a finite number");
    const auto file = dir / "meta.txt";
    if (!std::filesystem::is_regular_file(file)) throw ModelError("model file missing: " + file.string());
    auto meta = detail::MetaFile::read(file);
    meta.set("threshold_chosen", detail::formatNumber(threshold));
    const auto partial = dir / "meta.txt.partial";
    meta.write(partial);
    std::error_code error;
    std::filesystem::rename(partial, file, error);
    if (error) {
        std::filesystem::remove(partial, error);
        throw ModelError("cannot replace " + file.string() + ": " + error.message());
    }
}

} // namespace logsleuth::ml
