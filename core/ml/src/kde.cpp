// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/ml/kde.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <numeric>
#include <stdexcept>

namespace logsleuth::ml {

namespace {

constexpr double kFloor = 1e-6;

struct Weighted {
    double x;
    double weight;
};

// The weighted quantile q of values sorted by x.
double quantile(const std::vector<Weighted>& sorted, double total, double q)
{
    double seen = 0;
    for (const Weighted& v : sorted) {
        seen += v.weight;
        if (seen >= q * total) return v.x;
    }
    return sorted.back().x;
}

} // namespace

double kdeAxis(double score)
{
    return std::log10(std::max(score, kFloor));
}

Kde kdeOf(const std::vector<float>& scores, const std::vector<std::uint64_t>& weights, std::size_t grid,
          double scale)
{
    if (!weights.empty() && weights.size() != scores.size())
        throw std::invalid_argument("kdeOf: one weight per score");
    Kde kde;
    std::vector<Weighted> values;
    values.reserve(scores.size());
    for (std::size_t i = 0; i < scores.size(); ++i) {
        const double w = weights.empty() ? 1.0 : double(weights[i]);
        if (std::isfinite(scores[i]) && w > 0) values.push_back({kdeAxis(double(scores[i])), w});
    }
    const double total = std::accumulate(values.begin(), values.end(), 0.0,
                                         [](double sum, const Weighted& v) { return sum + v.weight; });
    kde.points = std::size_t(total);
    if (total < double(kMinKdePoints)) {
        for (const Weighted& v : values)
            kde.rug.push_back(v.x);
        return kde;
    }
    std::sort(values.begin(), values.end(), [](const Weighted& a, const Weighted& b) { return a.x < b.x; });
    double mean = 0;
    for (const Weighted& v : values)
        mean += v.weight * v.x;
    mean /= total;
    double variance = 0;
    for (const Weighted& v : values)
        variance += v.weight * (v.x - mean) * (v.x - mean);
    const double sigma = std::sqrt(variance / std::max(total - 1, 1.0));
    const double iqr = quantile(values, total, 0.75) - quantile(values, total, 0.25);
    const double spread = iqr > 0 ? std::min(sigma, iqr / 1.34) : sigma;

    grid = std::max<std::size_t>(grid, 16);
    const double low0 = values.front().x, high0 = values.back().x;
    // The grid spans the data plus three bandwidths each side; the bandwidth is estimated
    // first on the data's own span, then kept no narrower than the final grid step.
    double h = 0.9 * spread * std::pow(total, -0.2) * scale;
    const double dataSpan = std::max(high0 - low0, 1e-3);
    if (!(h > 0)) h = dataSpan / double(grid); // every value equal: one grid step
    double low = low0 - 3 * h, high = high0 + 3 * h;
    double step = (high - low) / double(grid - 1);
    if (h < step) {
        // The smallest h with h >= step once the grid has widened by 6h: h = span / (grid - 7).
        h = dataSpan / double(grid - 7);
        low = low0 - 3 * h;
        high = high0 + 3 * h;
        step = (high - low) / double(grid - 1);
    }
    kde.bandwidth = h;

    // Linear binning: each value splits its weight between the two grid points around it.
    std::vector<double> binned(grid, 0.0);
    for (const Weighted& v : values) {
        const double at = (v.x - low) / step;
        const auto left = std::min<std::size_t>(std::size_t(at), grid - 2);
        const double frac = at - double(left);
        binned[left] += v.weight * (1 - frac);
        binned[left + 1] += v.weight * frac;
    }
    // Convolve with the Gaussian, cut at four bandwidths.
    const auto reach = std::size_t(std::ceil(4 * h / step));
    std::vector<double> kernel(reach + 1);
    const double norm = 1.0 / (total * h * std::sqrt(2 * std::numbers::pi));
    for (std::size_t k = 0; k <= reach; ++k) {
        const double u = double(k) * step / h;
        kernel[k] = std::exp(-0.5 * u * u) * norm;
    }
    kde.x.resize(grid);
    kde.density.assign(grid, 0.0);
    for (std::size_t i = 0; i < grid; ++i) {
        kde.x[i] = low + double(i) * step;
        if (binned[i] == 0) continue;
        const std::size_t from = i > reach ? i - reach : 0, to = std::min(grid - 1, i + reach);
        for (std::size_t j = from; j <= to; ++j)
            kde.density[j] += binned[i] * kernel[i > j ? i - j : j - i];
    }
    return kde;
}

} // namespace logsleuth::ml
