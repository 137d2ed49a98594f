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

LS_TEST_MAIN()
