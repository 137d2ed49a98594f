// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/ml/drift.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace logsleuth::ml {

std::vector<DriftWindow> driftOf(const std::vector<std::int64_t>& times, const std::vector<float>& scores,
                                 const ErrorStats& baseline, const DriftOptions& options)
{
    if (times.size() != scores.size()) throw std::invalid_argument("driftOf: one time per score");
    const std::int64_t step = options.stepMs > 0 ? options.stepMs : options.windowMs / 2;
    if (options.windowMs <= 0 || step <= 0)
        throw std::invalid_argument("driftOf: window and step must be > 0");
    constexpr std::int64_t kNoTime = INT64_MIN;
    std::vector<std::size_t> order;
    order.reserve(times.size());
    for (std::size_t i = 0; i < times.size(); ++i)
        if (times[i] != kNoTime && std::isfinite(scores[i])) order.push_back(i);
    std::vector<DriftWindow> windows;
    if (order.empty()) return windows;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return times[a] < times[b]; });
    // Prefix sums of the scores in time order: any window's mean in O(log n).
    std::vector<double> prefix(order.size() + 1, 0.0);
    for (std::size_t k = 0; k < order.size(); ++k)
        prefix[k + 1] = prefix[k] + double(scores[order[k]]);
    const auto firstAtOrAfter = [&](std::int64_t t) {
        return std::size_t(
            std::partition_point(order.begin(), order.end(), [&](std::size_t i) { return times[i] < t; }) -
            order.begin());
    };
    const std::int64_t first = times[order.front()], last = times[order.back()];
    // The first window starts at a multiple of the step, so windows line up across files.
    const std::int64_t origin = first - ((first % step) + step) % step;
    const double sigma = baseline.stddev > 0 ? baseline.stddev : 1e-12;
    for (std::int64_t start = origin; start <= last; start += step) {
        const std::size_t from = firstAtOrAfter(start), to = firstAtOrAfter(start + options.windowMs);
        if (to <= from) continue;
        DriftWindow w;
        w.start = start;
        w.end = start + options.windowMs;
        w.lines = to - from;
        w.mean = (prefix[to] - prefix[from]) / double(w.lines);
        w.size = (w.mean - baseline.mean) / sigma;
        w.z = w.size * std::sqrt(double(w.lines));
        w.drift = std::abs(w.z) >= options.zLimit && std::abs(w.size) >= options.minSize;
        windows.push_back(w);
    }
    return windows;
}

std::int64_t parseDurationMs(const std::string& text)
{
    std::int64_t value = 0;
    const char* end = text.data() + text.size();
    const auto [rest, error] = std::from_chars(text.data(), end, value);
    const std::string unit(rest, end);
    const std::int64_t scale = unit.empty() || unit == "ms" ? 1
                               : unit == "s"                ? 1000
                               : unit == "m"                ? 60'000
                               : unit == "h"                ? 3'600'000
                               : unit == "d"                ? 86'400'000
                                                            : 0;
    if (error != std::errc() || rest == text.data() || scale == 0 || value <= 0)
        throw std::invalid_argument("expected a duration such as 90s, 15m, 1h or 2d, not '" + text + "'");
    return value * scale;
}

} // namespace logsleuth::ml
