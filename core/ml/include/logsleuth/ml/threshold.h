// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Where "anomalous" starts: a threshold spec ("3.1sigma", "p99.9", "0.42") resolved against
// the statistics of the training reconstruction errors saved with the model.
#pragma once

#include <cstddef>
#include <cstdint>
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

struct ThresholdSpec {
    enum class Kind { Sigma, Percentile, Absolute };
    Kind kind = Kind::Sigma;
    double value = 3.1;

    // "3.1sigma", "2sigma", "p99", "p99.9", "0.42"; throws std::invalid_argument saying
    // what was expected.
    static ThresholdSpec parse(std::string_view text);
    std::string toString() const;
    // mean + value·σ, quantile(value / 100), or value itself.
    double resolve(const ErrorStats& stats) const;
};

} // namespace logsleuth::ml
