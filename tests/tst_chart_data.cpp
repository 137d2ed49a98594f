// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The data behind the timeline and KDE charts: buckets that count every line of their range
// (a spike survives any zoom), round bucket widths, merged bands, and a KDE on log10(score) that integrates
// to one, falls back to σ when the IQR is zero, never goes below the grid step, and is a rug
// for fewer than five points.
#include "logsleuth/ml/kde.h"
#include "logsleuth/ml/timeline.h"

#include "check.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <numeric>
#include <random>

using namespace logsleuth::ml;

namespace {
constexpr int64_t kNoTime = std::numeric_limits<int64_t>::min();

double integral(const Kde& kde)
{
    double sum = 0;
    for (size_t i = 1; i < kde.x.size(); ++i)
        sum += (kde.x[i] - kde.x[i - 1]) * (kde.density[i] + kde.density[i - 1]) / 2;
    return sum;
}
} // namespace

LS_TEST(roundWidths)
{
    struct Row {
        int64_t span;
        size_t buckets;
        int64_t width;
    };
    const Row rows[] = {
        {60'000, 60, 1000},              // a minute in 60: 1 s
        {3'600'000, 60, 60'000},         // an hour in 60: 1 min
        {3'600'000, 100, 60'000},        // …and not 36 s
        {86'400'000, 24, 3'600'000},     // a day in 24: 1 h
        {86'400'000, 10, 3 * 3'600'000}, // a day in 10: 3 h
        {5, 100, 1},
    };
    for (const Row& row : rows) {
        LS_ROW(std::to_string(row.span) + " in " + std::to_string(row.buckets));
        CHECK_EQ(roundBucketWidth(0, row.span, row.buckets), row.width);
    }
}

// The timeline's bands: flagged windows sorted, and overlapping or touching ones joined (windows
// of several entities cover the same minutes).
LS_TEST(spansMergeWhenTheyOverlapOrTouch)
{
    const std::vector<TimeSpan> merged =
        mergeSpans({{600, 900}, {0, 300}, {300, 600}, {1200, 1500}, {1300, 1400}});
    CHECK_EQ(merged.size(), size_t(2));
    CHECK(merged[0] == (TimeSpan{0, 900}));
    CHECK(merged[1] == (TimeSpan{1200, 1500}));
    CHECK(mergeSpans({}).empty());
}

LS_TEST(timelineCountsEveryLineAndKeepsSpikes)
{
    // Ten hours of one line a second, with a burst of 500 lines inside one second at 03:17:42,
    // and some lines without a time.
    std::vector<int64_t> times;
    std::vector<char> anomalous;
    const int64_t t0 = 1'700'000'000'000;
    for (int64_t s = 0; s < 36'000; ++s) {
        times.push_back(t0 + s * 1000);
        anomalous.push_back(0);
    }
    const int64_t spike = t0 + (3 * 3600 + 17 * 60 + 42) * 1000;
    for (int i = 0; i < 500; ++i) {
        times.push_back(spike + i);
        anomalous.push_back(i % 5 == 0);
    }
    for (int i = 0; i < 7; ++i) {
        times.push_back(kNoTime);
        anomalous.push_back(0);
    }
    for (const size_t buckets : {10u, 97u, 600u, 5000u}) {
        LS_ROW("buckets " + std::to_string(buckets));
        const Timeline timeline = timelineOf(times, anomalous, buckets);
        CHECK(timeline.lines.size() <= buckets);
        CHECK_EQ(timeline.untimed, uint64_t(7));
        CHECK_EQ(std::accumulate(timeline.lines.begin(), timeline.lines.end(), uint64_t(0)),
                 uint64_t(times.size() - 7));
        CHECK_EQ(std::accumulate(timeline.anomalies.begin(), timeline.anomalies.end(), uint64_t(0)),
                 uint64_t(100));
        CHECK_EQ(timeline.start % timeline.bucketMs, int64_t(0));
        // The spike's bucket holds at least the burst, whatever the width.
        const auto bucket = size_t((spike - timeline.start) / timeline.bucketMs);
        CHECK(timeline.lines[bucket] >= 500);
        CHECK_EQ(timeline.anomalies[bucket], uint64_t(100));
    }
    // Zoomed on the minute around the spike: 1 s buckets, the burst in one of them.
    const Timeline zoomed = timelineOf(times, anomalous, 120, spike - 30'000, spike + 30'000);
    CHECK_EQ(zoomed.bucketMs, int64_t(1000));
    CHECK_EQ(zoomed.lines.size(), size_t(60));
    CHECK_EQ(zoomed.lines[size_t((spike - zoomed.start) / 1000)], uint64_t(501));
    CHECK_EQ(std::accumulate(zoomed.lines.begin(), zoomed.lines.end(), uint64_t(0)), uint64_t(560));
    // Every line, the untimed ones in their neighbour's bucket: the sum is the line count.
    const Timeline all = timelineOfAllLines(times, anomalous, 200);
    CHECK_EQ(std::accumulate(all.lines.begin(), all.lines.end(), uint64_t(0)), uint64_t(times.size()));
    CHECK_EQ(all.untimed, uint64_t(0));
    // No time at all: no buckets, every line untimed.
    const Timeline none = timelineOf(std::vector<int64_t>(4, kNoTime), {}, 10);
    CHECK_EQ(none.bucketMs, int64_t(0));
    CHECK(none.lines.empty());
    CHECK_EQ(none.untimed, uint64_t(4));
}

LS_TEST(kdeIntegratesToOne)
{
    std::mt19937 random(7);
    std::lognormal_distribution<float> errors(0.0f, 0.8f);
    std::vector<float> scores;
    for (int i = 0; i < 20'000; ++i)
        scores.push_back(errors(random));
    scores.push_back(std::numeric_limits<float>::quiet_NaN()); // skipped
    const Kde kde = kdeOf(scores);
    std::printf("  kde: n=%zu bandwidth=%.4f integral=%.4f\n", kde.points, kde.bandwidth, integral(kde));
    CHECK_EQ(kde.points, size_t(20'000));
    CHECK(std::fabs(integral(kde) - 1.0) < 0.01);
    // log10 of a lognormal(0, 0.8) is normal with σ = 0.8 / ln 10 ≈ 0.347: Silverman gives
    // 0.9 · 0.347 · 20000^-0.2 ≈ 0.043.
    CHECK(kde.bandwidth > 0.035 && kde.bandwidth < 0.052);
    // The peak sits near log10(1) = 0.
    const size_t peak =
        size_t(std::max_element(kde.density.begin(), kde.density.end()) - kde.density.begin());
    CHECK(std::fabs(kde.x[peak]) < 0.1);
    // Weights count like repeated values.
    const Kde weighted = kdeOf({1.0f, 10.0f}, {9'000, 1'000});
    CHECK(std::fabs(integral(weighted) - 1.0) < 0.01);
    CHECK_EQ(weighted.points, size_t(10'000));
    // A wider knob widens the bandwidth.
    CHECK(kdeOf(scores, {}, 256, 2.0).bandwidth > kde.bandwidth * 1.9);
}

LS_TEST(kdeFallbacks)
{
    // Mostly one value: the IQR is zero, so σ sets the bandwidth instead of collapsing it.
    std::vector<float> mostlyEqual(1'000, 2.0f);
    for (int i = 0; i < 30; ++i)
        mostlyEqual.push_back(50.0f + float(i));
    const Kde iqrZero = kdeOf(mostlyEqual);
    CHECK(iqrZero.bandwidth > 0.05);
    CHECK(std::fabs(integral(iqrZero) - 1.0) < 0.02);
    // Every value equal: σ is zero too; the bandwidth is the grid step, still a curve.
    const Kde equal = kdeOf(std::vector<float>(100, 3.0f));
    CHECK(equal.bandwidth > 0);
    CHECK(equal.bandwidth >= (equal.x[1] - equal.x[0]) * 0.999);
    CHECK(std::fabs(integral(equal) - 1.0) < 0.02);
    // A huge sample: the bandwidth never drops below the grid step.
    std::vector<float> many(200'000);
    for (size_t i = 0; i < many.size(); ++i)
        many[i] = float(i % 1000) / 1000.0f + 1.0f;
    const Kde dense = kdeOf(many, {}, 32);
    CHECK(dense.bandwidth >= (dense.x[1] - dense.x[0]) * 0.999);
    // Fewer than five points: a rug, no curve. Non-positive scores sit on the floor.
    const Kde few = kdeOf({0.5f, 2.0f, 0.0f});
    CHECK(few.x.empty());
    CHECK_EQ(few.rug.size(), size_t(3));
    CHECK_EQ(few.rug[2], kdeAxis(0.0));
    CHECK_EQ(kdeAxis(0.0), -6.0);
}

LS_TEST_MAIN()
