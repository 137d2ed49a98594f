// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/ml/histogram.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace logsleuth::ml {

Histogram histogramOf(const std::vector<float>& values, const std::vector<std::uint64_t>& weights,
                      std::size_t bins)
{
    if (!weights.empty() && weights.size() != values.size())
        throw std::invalid_argument("histogramOf: values and weights differ in size");
    Histogram histogram;
    histogram.counts.assign(bins, 0);
    double low = std::numeric_limits<double>::infinity(), high = -low;
    for (float v : values)
        if (std::isfinite(v)) {
            low = std::min(low, double(v));
            high = std::max(high, double(v));
        }
    if (low > high) return histogram; // no finite value
    if (low == high) high = low + 1;
    histogram.low = low;
    histogram.high = high;
    if (bins == 0) return histogram;
    const double scale = double(bins) / (high - low);
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!std::isfinite(values[i])) continue;
        const auto bin = std::min(bins - 1, std::size_t((double(values[i]) - low) * scale));
        histogram.counts[bin] += weights.empty() ? 1 : weights[i];
    }
    return histogram;
}

} // namespace logsleuth::ml
