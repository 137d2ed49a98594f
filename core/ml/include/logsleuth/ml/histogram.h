// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Charts never hold more points than pixels: scores are binned here, in the engine.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace logsleuth::ml {

struct Histogram {
    double low = 0, high = 0;          // [low, high] spans the finite values
    std::vector<std::uint64_t> counts; // equal-width bins; the last bin includes high
    double binWidth() const { return counts.empty() ? 0.0 : (high - low) / double(counts.size()); }
};

// Weighted counts (empty weights mean 1 each; throws std::invalid_argument on a size
// mismatch). Non-finite values are skipped. When every value is equal the range is widened to
// [v, v + 1] so the bins still have a width.
Histogram histogramOf(const std::vector<float>& values, const std::vector<std::uint64_t>& weights,
                      std::size_t bins);

} // namespace logsleuth::ml
