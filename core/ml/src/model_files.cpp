// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "model_files.h"

#include <fstream>

#include "numbers.h"

#include "logsleuth/text/types.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

namespace logsleuth::ml::detail {

namespace {
// A sibling of dir that no one else uses: ".<name>.<what>-<clock ticks>".
std::filesystem::path sibling(const std::filesystem::path& dir, const char* what)
{
    const auto ticks = std::chrono::steady_clock::now().time_since_epoch().count();
    return dir.parent_path() / ("." + dir.filename().string() + "." + what + "-" + std::to_string(ticks));
}

std::string joinQuantiles(const std::vector<float>& values)
{
    std::string text;
    for (std::size_t i = 0; i < values.size(); ++i)
        text += (i ? "," : "") + formatNumber(values[i]);
    return text;
}

std::vector<float> splitQuantiles(const std::string& text, const std::filesystem::path& file)
{
    std::vector<float> values;
    std::size_t start = 0;
    while (start <= text.size() && !text.empty()) {
        const auto comma = std::min(text.find(',', start), text.size());
        const auto value = parseFloat(std::string_view(text).substr(start, comma - start));
        if (!value) throw ModelError(file.string() + ": malformed error_quantiles");
        values.push_back(*value);
        start = comma + 1;
    }
    if (values.size() != ErrorStats::quantileCount)
        throw ModelError(file.string() + ": error_quantiles needs " +
                         std::to_string(ErrorStats::quantileCount) + " values");
    return values;
}
// The hourly thresholds: 24 values, "-" for an hour that takes the automatic threshold.
std::string joinHourly(const std::vector<double>& hourly)
{
    std::string text;
    for (std::size_t h = 0; h < hourly.size(); ++h)
        text += (h ? "," : "") + (std::isfinite(hourly[h]) ? formatNumber(hourly[h]) : std::string("-"));
    return text;
}

std::vector<double> splitHourly(const std::string& text, const std::filesystem::path& file)
{
    std::vector<double> hourly;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto comma = std::min(text.find(',', start), text.size());
        const std::string_view value = std::string_view(text).substr(start, comma - start);
        if (value == "-") {
            hourly.push_back(std::numeric_limits<double>::quiet_NaN());
        } else {
            const auto number = parseDouble(value);
            if (!number) throw ModelError(file.string() + ": malformed threshold_hourly");
            hourly.push_back(*number);
        }
        start = comma + 1;
    }
    if (hourly.size() != 24) throw ModelError(file.string() + ": threshold_hourly needs 24 values");
    return hourly;
}

// Fingerprints as 16 hex digits each, space-separated (the template id's spelling).
std::string joinFingerprints(const std::vector<std::uint64_t>& fingerprints)
{
    std::string text;
    for (const auto fingerprint : fingerprints) {
        if (!text.empty()) text += ' ';
        text += text::toHex(text::TemplateId{fingerprint});
    }
    return text;
}

std::vector<std::uint64_t> splitFingerprints(const std::string& text, const std::filesystem::path& file)
{
    std::vector<std::uint64_t> fingerprints;
    for (std::size_t start = 0; start < text.size();) {
        const auto space = std::min(text.find(' ', start), text.size());
        const auto id = text::parseTemplateId(std::string_view(text).substr(start, space - start));
        if (!id) throw ModelError(file.string() + ": malformed routine_messages");
        fingerprints.push_back(id->value);
        start = space + 1;
    }
    if (!std::is_sorted(fingerprints.begin(), fingerprints.end()))
        throw ModelError(file.string() + ": routine_messages out of order");
    return fingerprints;
}
} // namespace

std::string firstLine(const char* text)
{
    const std::string all(text);
    return all.substr(0, all.find('\n'));
}

void writeModelDirectory(const std::filesystem::path& dir, bool overwrite,
                         const std::function<void(const std::filesystem::path& partial)>& writeFiles)
{
    namespace fs = std::filesystem;
    const fs::path target = fs::absolute(dir).lexically_normal();
    if (fs::exists(target) && !overwrite)
        throw ModelError("model directory already exists: " + target.string() +
                         " (allow overwriting to replace it)");
    const fs::path partial = sibling(target, "partial");
    try {
        fs::create_directories(target.parent_path());
        fs::create_directory(partial);
        writeFiles(partial);
        // A directory cannot be renamed over a non-empty one: move the old model aside first.
        if (fs::exists(target)) {
            const fs::path old = sibling(target, "old");
            fs::rename(target, old);
            fs::rename(partial, target);
            fs::remove_all(old);
        } else {
            fs::rename(partial, target);
        }
    } catch (const ModelError&) {
        std::error_code ignored;
        fs::remove_all(partial, ignored);
        throw;
    } catch (const std::exception& e) {
        std::error_code ignored;
        fs::remove_all(partial, ignored);
        throw ModelError("cannot save the model to " + target.string() + ": " + firstLine(e.what()));
    }
}

void putCalibration(MetaFile& meta, const Calibration& calibration)
{
    meta.set("error_mean", formatNumber(calibration.errors.mean));
    meta.set("error_stddev", formatNumber(calibration.errors.stddev));
    meta.set("error_quantiles", joinQuantiles(calibration.errors.quantiles));
    meta.set("threshold_auto", formatNumber(calibration.automatic));
    if (std::isfinite(calibration.chosen)) meta.set("threshold_chosen", formatNumber(calibration.chosen));
    if (!calibration.hourly.empty()) meta.set("threshold_hourly", joinHourly(calibration.hourly));
    if (!calibration.routine.empty()) meta.set("routine_messages", joinFingerprints(calibration.routine));
}

Calibration calibrationOf(const MetaFile& meta, const std::filesystem::path& file)
{
    Calibration calibration;
    calibration.errors.mean = meta.number("error_mean");
    calibration.errors.stddev = meta.number("error_stddev");
    calibration.errors.quantiles = splitQuantiles(meta.text("error_quantiles"), file);
    if (meta.has("threshold_auto")) calibration.automatic = meta.number("threshold_auto");
    if (meta.has("threshold_chosen")) calibration.chosen = meta.number("threshold_chosen");
    if (meta.has("threshold_hourly")) calibration.hourly = splitHourly(meta.text("threshold_hourly"), file);
    if (meta.has("routine_messages"))
        calibration.routine = splitFingerprints(meta.text("routine_messages"), file);
    return calibration;
}

MetaFile modelMeta(std::string_view kind, std::int64_t formatVersion, const ModelOptions& options,
                   const Calibration& calibration)
{
    MetaFile meta;
    meta.set("format_version", std::to_string(formatVersion));
    meta.set("kind", std::string(kind));
    putOptions(meta, options);
    putCalibration(meta, calibration);
    return meta;
}

MetaFile readModelMeta(const std::filesystem::path& dir, std::string_view kind, std::int64_t formatVersion,
                       std::initializer_list<const char*> files)
{
    for (const char* name : files)
        if (!std::filesystem::is_regular_file(dir / name))
            throw ModelError("model file missing: " + (dir / name).string());
    if (!std::filesystem::is_regular_file(dir / "meta.txt"))
        throw ModelError("model file missing: " + (dir / "meta.txt").string());
    MetaFile meta = MetaFile::read(dir / "meta.txt");
    if (meta.integer("format_version") != formatVersion)
        throw ModelError("unsupported " + std::string(kind) + " model format_version " +
                         meta.text("format_version") + " in " + dir.string() + " (this LogSleuth reads " +
                         std::to_string(formatVersion) + ")");
    return meta;
}

void putOptions(MetaFile& meta, const ModelOptions& options)
{
    for (const auto& spec : options.schema())
        meta.set(spec.metaKey(), options.text(spec.name));
}

ModelOptions optionsOf(const MetaFile& meta, ModelOptions defaults)
{
    for (const auto& spec : defaults.schema()) {
        if (!meta.has(spec.metaKey())) continue;
        try {
            defaults.set(spec.name, meta.text(spec.metaKey()));
        } catch (const std::invalid_argument& e) {
            throw ModelError("meta.txt: " + std::string(e.what()));
        }
    }
    return defaults;
}

Vocabulary readVocabulary(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) throw ModelError("cannot read " + file.string());
    std::vector<std::string> tokens;
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        tokens.push_back(std::move(line));
    }
    try {
        return Vocabulary::fromTokens(std::move(tokens));
    } catch (const std::invalid_argument& e) {
        throw ModelError(file.string() + ": " + e.what());
    }
}

void writeVocabulary(const Vocabulary& vocabulary, const std::filesystem::path& file)
{
    std::ofstream out(file, std::ios::binary);
    for (const auto& token : vocabulary.tokens())
        out << token << '\n';
    out.flush();
    if (!out) throw ModelError("cannot write " + file.string());
}

void reportEpoch(const TaskControl& control, double fraction, int epoch, int epochs, double loss,
                 bool finished)
{
    TaskProgress p;
    p.fraction = fraction;
    p.phase = "training";
    p.epoch = epoch;
    p.epochs = epochs;
    p.loss = loss;
    p.epochFinished = finished;
    control.report(p);
}

} // namespace logsleuth::ml::detail
