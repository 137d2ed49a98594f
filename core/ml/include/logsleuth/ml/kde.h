// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// A kernel density estimate of scores on log10(score), the axis where reconstruction errors
// spread out. Binned: values go onto an even grid (linear binning) and the grid is convolved
// with a Gaussian, so a million scores cost one pass plus grid × kernel operations.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace logsleuth::ml {

struct Kde {
    std::vector<double> x;       // log10(score), evenly spaced
    std::vector<double> density; // integrates to about 1 over x
    double bandwidth = 0;        // on x
    std::size_t points = 0;      // finite values used
    // Fewer than kMinKdePoints values: no curve (x/density empty); draw these x as a rug.
    std::vector<double> rug;
};

inline constexpr std::size_t kMinKdePoints = 5;

// The log axis of a score: non-positive scores sit at the floor (1e-6), where no model's
// positive error ever lands.
double kdeAxis(double score);

// Silverman's rule, 0.9 · min(σ, IQR / 1.34) · n^(-1/5), on the log axis; σ alone when the
// IQR is zero; never below `minimum` (the grid step). `scale` multiplies it (the user's knob).
// weights: per value, or empty for 1 each. Non-finite values are skipped.
Kde kdeOf(const std::vector<float>& scores, const std::vector<std::uint64_t>& weights = {},
          std::size_t grid = 256, double scale = 1.0);

} // namespace logsleuth::ml
