// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Where "anomalous" starts: a threshold spec ("3.1sigma", "p99.9", "0.42") resolved against
// the statistics of the training reconstruction errors saved with the model.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace logsleuth::ml {

struct ErrorStats {
    static constexpr std::size_t quantileCount = 1001;
    double mean = 0;
    double stddev = 0;            // population standard deviation
    std::vector<float> quantiles; // quantileCount values: quantiles[i] = quantile(i / 1000)
    // Weighted by line count (one error per distinct message). Empty weights mean 1 each;
    // the quantiles are those of the list where each error repeats weight times, linearly
    // interpolated (numpy's default). Throws std::invalid_argument on a size mismatch.
    static ErrorStats of(const std::vector<float>& errors, const std::vector<std::uint64_t>& weights);
    // p in [0, 1] (clamped), interpolated between the stored quantiles; 0 when empty.
    double quantile(double p) const;
};

// What a model learned about its own training scores, saved with it.
struct Calibration {
    ErrorStats errors;
    // The threshold `auto` resolves to (calibrateThreshold); NaN for models saved before it
    // existed, which then fall back to 3.1 sigma.
    double automatic = std::numeric_limits<double>::quiet_NaN();

    // The statistics of the training scores (weighted by lines) and the automatic threshold
    // from them (calibrateThreshold), sorted once.
    static Calibration of(const std::vector<float>& scores, const std::vector<std::uint64_t>& weights);
};

// The automatic threshold from the training scores of the units (weighted by their lines):
// where the bulk of the distribution ends, mean + 7σ. See threshold.cpp for the rule and the
// measurements behind it.
double calibrateThreshold(const std::vector<float>& scores, const std::vector<std::uint64_t>& weights);

struct ThresholdSpec {
    enum class Kind { Auto, Sigma, Percentile, Absolute };
    Kind kind = Kind::Auto;
    double value = 0;

    // "auto", "3.1sigma", "2sigma", "p99", "p99.9", "0.42"; throws std::invalid_argument
    // saying what was expected.
    static ThresholdSpec parse(std::string_view text);
    std::string toString() const;
    // The calibrated threshold, mean + value·σ, quantile(value / 100), or value itself.
    double resolve(const Calibration& calibration) const;
    double resolve(const ErrorStats& stats) const; // Auto falls back to 3.1 sigma here
};

} // namespace logsleuth::ml
