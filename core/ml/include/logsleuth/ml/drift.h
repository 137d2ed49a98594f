// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Drift: whether the lines of a time window score, on average, unlike the training lines. Each
// window's mean line score is set against the training scores' mean μ and spread σ (saved with
// every model): z = (mean − μ) / (σ / √lines) says whether the shift is more than chance, size =
// (mean − μ) / σ how large it is. A window drifts when both pass their limits, so a large file's
// tiny shifts (a high z, a negligible size) do not count.
#pragma once

#include "logsleuth/ml/threshold.h"

#include <cstdint>
#include <string>
#include <vector>

namespace logsleuth::ml {

struct DriftOptions {
    std::int64_t windowMs = 3'600'000; // one hour
    std::int64_t stepMs = 0;           // 0: half the window
    double zLimit = 4;
    double minSize = 0.5; // in training σ
};

struct DriftWindow {
    std::int64_t start = 0, end = 0; // [start, end) ms since the epoch
    std::uint64_t lines = 0;
    double mean = 0; // mean line score
    double z = 0;
    double size = 0;
    bool drift = false;
};

// Windows [start, start + window) every step from the first timed line to the last; windows
// without lines are left out, and so are untimed lines. times and scores: one per line (times
// kNoTime, INT64_MIN, when unknown). Throws std::invalid_argument for a size mismatch or a
// window or step that is not positive.
std::vector<DriftWindow> driftOf(const std::vector<std::int64_t>& times, const std::vector<float>& scores,
                                 const ErrorStats& baseline, const DriftOptions& options = {});

// "90s", "15m", "1h", "2d" or plain milliseconds → ms; throws std::invalid_argument saying what
// was expected.
std::int64_t parseDurationMs(const std::string& text);

} // namespace logsleuth::ml
