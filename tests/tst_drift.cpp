// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Drift windows against hand-computed means, z and sizes; a synthetic shift that drifts only
// after it happens; durations as the CLI reads them.
#include "logsleuth/ml/drift.h"

#include "check.h"
#include "temp_dir.h"

#include <cmath>
#include <cstdint>
#include <stdexcept>

using namespace logsleuth::ml;

namespace {
constexpr std::int64_t kHour = 3'600'000;
constexpr std::int64_t kNoTime = INT64_MIN;

ErrorStats baseline(double mean, double stddev)
{
    ErrorStats stats;
    stats.mean = mean;
    stats.stddev = stddev;
    return stats;
}
} // namespace

LS_TEST(windowsAgainstHandComputedValues)
{
    // Three lines in the first half hour around the training mean, one an hour later far above it,
    // one untimed line that counts nowhere.
    const std::vector<std::int64_t> times{0, 1000, 2000, kHour + 500, kNoTime};
    const std::vector<float> scores{1, 2, 3, 10, 100};
    const auto windows = driftOf(times, scores, baseline(2, 1));
    // Windows of an hour every half hour from 0: [0, 1h) holds three lines, [0.5h, 1.5h) and
    // [1h, 2h) the late one.
    CHECK_EQ(windows.size(), std::size_t(3));
    CHECK_EQ(windows[0].start, std::int64_t(0));
    CHECK_EQ(windows[0].end, kHour);
    CHECK_EQ(windows[0].lines, std::uint64_t(3));
    CHECK_EQ(windows[0].mean, 2.0);
    CHECK_EQ(windows[0].z, 0.0);
    CHECK(!windows[0].drift);
    CHECK_EQ(windows[1].start, kHour / 2);
    CHECK_EQ(windows[1].lines, std::uint64_t(1));
    CHECK_EQ(windows[1].size, 8.0);
    CHECK_EQ(windows[1].z, 8.0); // 8 sigma over one line's standard error
    CHECK(windows[1].drift);
    CHECK_EQ(windows[2].start, kHour);
    CHECK(windows[2].drift);
    // A tight limit on the size keeps it from drifting.
    DriftOptions strict;
    strict.minSize = 9;
    CHECK(!driftOf(times, scores, baseline(2, 1), strict)[1].drift);
    CHECK(logsleuth::testing::throwsA<std::invalid_argument>([&] { driftOf({0}, {1, 2}, baseline(0, 1)); }));
    DriftOptions none;
    none.windowMs = 0;
    CHECK(logsleuth::testing::throwsA<std::invalid_argument>(
        [&] { driftOf(times, scores, baseline(0, 1), none); }));
    CHECK(driftOf({kNoTime}, {1}, baseline(0, 1)).empty());
}

LS_TEST(aShiftDriftsOnlyAfterItHappens)
{
    // Four hours, a line a second; the scores alternate around the training mean (±1 sigma)
    // for two hours, then rise by one sigma.
    std::vector<std::int64_t> times;
    std::vector<float> scores;
    for (std::int64_t s = 0; s < 4 * 3600; ++s) {
        times.push_back(s * 1000);
        scores.push_back(float(5 + (s % 2 ? 1 : -1) + (s >= 2 * 3600 ? 1 : 0)));
    }
    const auto windows = driftOf(times, scores, baseline(5, 1));
    int drifting = 0;
    for (const auto& w : windows) {
        std::printf("  %lld..%lld h: %llu lines, mean %.3f, z %.1f, size %.2f%s\n",
                    (long long)(w.start / kHour), (long long)(w.end / kHour), (unsigned long long)w.lines,
                    w.mean, w.z, w.size, w.drift ? "  DRIFT" : "");
        // A window drifts exactly when at least half of it lies after the shift.
        const bool after = w.start >= 2 * kHour - kHour / 2;
        CHECK_EQ(w.drift, after);
        drifting += w.drift;
    }
    CHECK(drifting >= 3);
}

LS_TEST(durations)
{
    struct Row {
        const char* text;
        std::int64_t ms; // 0: refused
    };
    for (const Row& row : {Row{"90s", 90'000}, Row{"15m", 900'000}, Row{"1h", kHour},
                           Row{"2d", 2 * 24 * kHour}, Row{"250", 250}, Row{"250ms", 250}, Row{"", 0},
                           Row{"h", 0}, Row{"-5m", 0}, Row{"1x", 0}, Row{"0", 0}, Row{"1.5h", 0}}) {
        LS_ROW(row.text);
        if (row.ms)
            CHECK_EQ(parseDurationMs(row.text), row.ms);
        else
            CHECK(logsleuth::testing::throwsA<std::invalid_argument>([&] { parseDurationMs(row.text); }));
    }
}

LS_TEST_MAIN()
