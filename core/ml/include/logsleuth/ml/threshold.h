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
    // The threshold an analyst chose and saved with the model (applyThreshold): what `auto`
    // resolves to when set. The calibrated `automatic` stays the scale that the adjustments in
    // context (routine, level rank, header evidence) are measured by, so a saved model ranks
    // and holds lines as it did before it was saved. NaN: none chosen.
    double chosen = std::numeric_limits<double>::quiet_NaN();

    // Per hour of the day (24 entries, hours as hourOfDay counts them), for `seasonal`
    // thresholds: what is routine at that hour on most days may pass. See hourlyOf. NaN where
    // the training log saw the hour on fewer than kMinDaysPerHour days (the automatic threshold
    // applies there). Empty for families whose units have no time, and for models saved before
    // it existed.
    std::vector<double> hourly;

    // The fingerprints (text::messageFingerprint) of the messages the training log repeated
    // steadily below WARNING (text::steadyMessages), sorted: its routine, which the automatic
    // threshold passes in any log whatever the text scores (holdRoutine). At most
    // kMaxRoutineMessages, those with the most lines. Empty for families whose units are not
    // messages, for the supervised family (the analyst's marks decide there), and for models
    // saved before it existed.
    std::vector<std::uint64_t> routine;
    bool isRoutine(std::uint64_t fingerprint) const;

    // The statistics of the training scores (weighted by lines) and the automatic threshold
    // from them (calibrateThreshold), sorted once.
    static Calibration of(const std::vector<float>& scores, const std::vector<std::uint64_t>& weights);
    // `hourly` from the training units' scores, the hour each started in (localHours), and the
    // automatic threshold. An hour's threshold is the larger of the automatic one and
    // kRoutineMargin times the median, over the days that saw the hour, of that day's highest
    // score in it. So a burst that comes at that hour on most days (a nightly backup) is routine
    // there, while a burst seen once is judged by the automatic threshold as before; a seasonal
    // threshold never flags what the automatic one passes. Empty when automatic is not finite.
    static std::vector<double> hourlyOf(const std::vector<float>& scores,
                                        const std::vector<std::int64_t>& hours, double automatic);
};

inline constexpr std::size_t kMaxRoutineMessages = 4096;

// An hour of the day seen on fewer days than this has no threshold of its own: one day cannot
// tell what is routine at an hour from what happened once.
inline constexpr std::size_t kMinDaysPerHour = 3;
// How far above its usual daily high a routine hour may score and still pass.
inline constexpr double kRoutineMargin = 1.25;

// Hours since the epoch, and the hour of the day (0-23), of an instant on the clock of a zone
// offsetMinutes east of UTC.
std::int64_t localHours(std::int64_t msSinceEpoch, int offsetMinutes);
int hourOfDay(std::int64_t msSinceEpoch, int offsetMinutes);

// The automatic threshold from the training scores of the units (weighted by their lines):
// where the bulk of the distribution ends, mean + 7σ. See threshold.cpp for the rule and the
// measurements behind it.
double calibrateThreshold(const std::vector<float>& scores, const std::vector<std::uint64_t>& weights);

struct ThresholdSpec {
    // Seasonal: the automatic threshold of each hour of the day (Calibration::hourly), for units
    // with a time; resolve() gives the automatic one, which charts and summaries show.
    enum class Kind { Auto, Sigma, Percentile, Absolute, Seasonal };
    Kind kind = Kind::Auto;
    double value = 0;

    // "auto", "seasonal", "3.1sigma", "2sigma", "p99", "p99.9", "0.42"; throws std::invalid_argument
    // saying what was expected.
    static ThresholdSpec parse(std::string_view text);
    std::string toString() const;
    // The calibrated threshold, mean + value·σ, quantile(value / 100), or value itself.
    double resolve(const Calibration& calibration) const;
    double resolve(const ErrorStats& stats) const; // Auto and Seasonal fall back to 3.1 sigma here
};

} // namespace logsleuth::ml
