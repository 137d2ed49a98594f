// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/ml/threshold.h"

#include "check.h"

#include <cmath>
#include <stdexcept>
#include <string>

using namespace logsleuth::ml;
using Kind = ThresholdSpec::Kind;

namespace {
bool near(double a, double b, double tolerance = 1e-6)
{
    return std::fabs(a - b) <= tolerance;
}
} // namespace

LS_TEST(parseValidSpecs)
{
    struct Row {
        const char* text;
        Kind kind;
        double value;
        const char* canonical;
    };
    const Row rows[] = {
        {"3.1sigma", Kind::Sigma, 3.1, "3.1sigma"},    {"2sigma", Kind::Sigma, 2, "2sigma"},
        {" 2.5 SIGMA ", Kind::Sigma, 2.5, "2.5sigma"}, {"0sigma", Kind::Sigma, 0, "0sigma"},
        {"p99", Kind::Percentile, 99, "p99"},          {"p99.9", Kind::Percentile, 99.9, "p99.9"},
        {"P100", Kind::Percentile, 100, "p100"},       {"p0", Kind::Percentile, 0, "p0"},
        {"0.42", Kind::Absolute, 0.42, "0.42"},        {"17", Kind::Absolute, 17, "17"},
        {" Seasonal ", Kind::Seasonal, 0, "seasonal"},
    };
    for (const Row& row : rows) {
        LS_ROW(row.text);
        const auto spec = ThresholdSpec::parse(row.text);
        CHECK(spec.kind == row.kind);
        CHECK_EQ(spec.value, row.value);
        CHECK_EQ(spec.toString(), std::string(row.canonical));
        const auto again = ThresholdSpec::parse(spec.toString());
        CHECK(again.kind == spec.kind && again.value == spec.value);
    }
}

LS_TEST(parseRejectsInvalidSpecs)
{
    for (const char* text : {"", "   ", "sigma", "p", "abc", "3.1sigmas", "3,1sigma", "p101", "-1", "p-5",
                             "-2sigma", "nan", "inf", "p99x", "1e999", "3.1 sigma x"}) {
        LS_ROW(text);
        CHECK_THROWS(ThresholdSpec::parse(text));
        try {
            ThresholdSpec::parse(text);
        } catch (const std::invalid_argument& e) {
            // The message quotes the input and shows what would have been accepted.
            CHECK(std::string(e.what()).find("expected") != std::string::npos);
        }
    }
}

LS_TEST(defaultIsAutoAndFallsBackToThreePointOneSigma)
{
    const ThresholdSpec spec;
    CHECK(spec.kind == Kind::Auto);
    CHECK_EQ(spec.toString(), std::string("auto"));
    CHECK(ThresholdSpec::parse(" AUTO ").kind == Kind::Auto);
    Calibration calibration;
    calibration.errors = ErrorStats::of({1, 2, 3, 4}, {});
    // A model saved before calibration existed: auto means 3.1 sigma.
    CHECK(std::abs(spec.resolve(calibration) - (2.5 + 3.1 * std::sqrt(1.25))) < 1e-9);
    calibration.automatic = 7.5;
    CHECK_EQ(spec.resolve(calibration), 7.5);
    CHECK_EQ(ThresholdSpec::parse("p50").resolve(calibration), 2.5);
}

LS_TEST(statsOfUnweightedErrors)
{
    // 0..100: mean 50, population σ = sqrt((101² - 1) / 12)
    std::vector<float> errors;
    for (int i = 100; i >= 0; --i)
        errors.push_back(float(i));
    const auto stats = ErrorStats::of(errors, {});
    CHECK(near(stats.mean, 50));
    CHECK(near(stats.stddev, std::sqrt((101.0 * 101.0 - 1) / 12)));
    CHECK_EQ(stats.quantiles.size(), ErrorStats::quantileCount);
    CHECK(near(stats.quantile(0), 0));
    CHECK(near(stats.quantile(1), 100));
    CHECK(near(stats.quantile(0.5), 50));
    CHECK(near(stats.quantile(0.9955), 99.55, 1e-4)); // interpolated between stored quantiles
    CHECK(near(stats.quantile(0.25), 25));
    CHECK(near(stats.quantile(-1), 0));
    CHECK(near(stats.quantile(2), 100));
}

LS_TEST(statsAreWeightedByLineCount)
{
    // As if the list were 1 ×9 and 10 ×1: mean 1.9, median 1, p90 = 1 + 0.1·(10-1)·... (numpy)
    const auto stats = ErrorStats::of({10.0f, 1.0f}, {1, 9});
    CHECK(near(stats.mean, 1.9));
    CHECK(near(stats.stddev, 2.7));
    CHECK(near(stats.quantile(0.5), 1));
    CHECK(near(stats.quantile(1), 10));
    // numpy.quantile([1]*9 + [10], 0.95): position 8.55 → 1 + 0.55 · 9 = 5.95
    CHECK(near(stats.quantile(0.95), 5.95, 1e-4));
    // A zero weight removes an error from the statistics.
    const auto ignored = ErrorStats::of({1.0f, 1000.0f}, {4, 0});
    CHECK(near(ignored.mean, 1));
    CHECK(near(ignored.quantile(1), 1));
}

LS_TEST(statsEdgeCases)
{
    const auto empty = ErrorStats::of({}, {});
    CHECK_EQ(empty.mean, 0.0);
    CHECK_EQ(empty.quantile(0.5), 0.0);
    const auto single = ErrorStats::of({3.0f}, {7});
    CHECK(near(single.quantile(0.3), 3));
    CHECK_EQ(single.stddev, 0.0);
    CHECK_THROWS(ErrorStats::of({1.0f, 2.0f}, {1}));
}

LS_TEST(resolveOnKnownStats)
{
    ErrorStats stats;
    stats.mean = 2;
    stats.stddev = 0.5;
    stats.quantiles.resize(ErrorStats::quantileCount);
    for (std::size_t i = 0; i < stats.quantiles.size(); ++i)
        stats.quantiles[i] = float(i) / 100.0f; // 0..10
    CHECK(near(ThresholdSpec::parse("3.1sigma").resolve(stats), 3.55));
    CHECK(near(ThresholdSpec::parse("0sigma").resolve(stats), 2));
    CHECK(near(ThresholdSpec::parse("p99").resolve(stats), 9.9, 1e-5));
    CHECK(near(ThresholdSpec::parse("p99.95").resolve(stats), 9.995, 1e-5));
    CHECK(near(ThresholdSpec::parse("0.42").resolve(stats), 0.42));
}

LS_TEST(hoursOnTheLogsClock)
{
    CHECK_EQ(hourOfDay(0, 0), 0);
    CHECK_EQ(hourOfDay(3'600'000 * 26 + 59'999, 0), 2);
    CHECK_EQ(hourOfDay(0, 120), 2);  // 02:00 in UTC+2
    CHECK_EQ(hourOfDay(0, -60), 23); // 23:00 the day before in UTC-1
    CHECK_EQ(hourOfDay(-1, 0), 23);  // just before the epoch
    CHECK_EQ(localHours(-1, 0), std::int64_t{-1});
    CHECK_EQ(localHours(3'600'000 * 49, 0), std::int64_t{49});
}

LS_TEST(hourlyThresholdsFromDailyHighs)
{
    // Hours since the epoch: day d, hour h is 24 d + h. At 02:00 a burst scores 5-7 on four of five
    // days; at 14:00 one day scores 9 and the others 0.1-0.3; 20:00 is seen on two days only.
    std::vector<float> scores;
    std::vector<std::int64_t> hours;
    const auto add = [&](int day, int hour, float score) {
        scores.push_back(score);
        hours.push_back(24 * day + hour);
    };
    const float nightly[] = {5, 6, 0.2f, 7, 6};
    const float afternoon[] = {0.1f, 9, 0.3f, 0.2f, 0.1f};
    for (int day = 0; day < 5; ++day) {
        add(day, 2, nightly[day]);
        add(day, 2, 0.05f); // a quiet unit of the same hour: the day's high is what counts
        add(day, 14, afternoon[day]);
    }
    add(0, 20, 50);
    add(1, 20, 60);
    add(1, 21, std::nanf(""));
    const double automatic = 1.0;
    const std::vector<double> hourly = Calibration::hourlyOf(scores, hours, automatic);
    CHECK_EQ(hourly.size(), std::size_t(24));
    CHECK(near(hourly[2], kRoutineMargin * 6)); // the median of 5, 6, 0.2, 7, 6
    CHECK(near(hourly[14], automatic));         // 1.25 x 0.2 is under the automatic threshold
    CHECK(std::isnan(hourly[20]));              // two days: too few to tell
    CHECK(std::isnan(hourly[21]) && std::isnan(hourly[3]));
    // An even number of days takes the mean of the middle two.
    CHECK(near(Calibration::hourlyOf({1, 2, 4, 8}, {2, 26, 50, 74}, 0.5)[2], kRoutineMargin * 3));
    CHECK(Calibration::hourlyOf(scores, hours, std::nan("")).empty());
    bool refused = false;
    try {
        Calibration::hourlyOf({1}, {}, automatic);
    } catch (const std::invalid_argument&) {
        refused = true;
    }
    CHECK(refused);
}

LS_TEST_MAIN()
