// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The guard shared by the adjustments made to a model's scores before any threshold
// (holdRoutine, rankByLevel, liftByHeaderEvidence): each works on one score per distinct message
// and scales by the automatic threshold.
#pragma once

#include "logsleuth/ml/model.h"
#include "logsleuth/ml/threshold.h"
#include "logsleuth/text/corpus.h"

#include <cmath>
#include <optional>

namespace logsleuth::ml::detail {

// The automatic threshold when `scores` hold one score per distinct message of `corpus` and the
// threshold is a positive number; none otherwise (windows, records, an uncalibrated model).
inline std::optional<double> automaticForMessages(const Scores& scores, const text::Corpus& corpus,
                                                  const Calibration& calibration)
{
    if (scores.unit != Unit::Message || scores.size() != corpus.distinctMessageCount()) return std::nullopt;
    // The calibrated threshold, not one an analyst chose: the scale must not move with it.
    const double automatic = std::isfinite(calibration.automatic)
                                 ? calibration.automatic
                                 : ThresholdSpec{}.resolve(calibration.errors);
    if (!std::isfinite(automatic) || automatic <= 0) return std::nullopt;
    return automatic;
}

} // namespace logsleuth::ml::detail
