// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/ml/histogram.h"
#include "logsleuth/ml/verdict.h"

#include "check.h"

#include <cmath>
#include <limits>
#include <string>

using namespace logsleuth::ml;

LS_TEST(decisionTable)
{
    struct Row {
        float score;
        bool falsePositive, truePositive;
        Verdict expected;
    };
    const double threshold = 1.0;
    const Row rows[] = {
        {0.5f, false, false, Verdict::Normal},
        {1.0f, false, false, Verdict::Normal}, // at = not above
        {1.5f, false, false, Verdict::Anomaly},
        {1.5f, true, false, Verdict::Suppressed},
        {0.5f, true, false, Verdict::Normal},
        {0.5f, false, true, Verdict::Confirmed},
        {1.5f, false, true, Verdict::Confirmed},
        {1.5f, true, true, Verdict::Confirmed},
        {std::nanf(""), false, false, Verdict::Normal},
        {std::numeric_limits<float>::infinity(), false, false, Verdict::Anomaly},
    };
    int i = 0;
    for (const Row& row : rows) {
        LS_ROW(std::to_string(i++));
        CHECK(decideVerdict(row.score, threshold, row.falsePositive, row.truePositive) == row.expected);
    }
}

LS_TEST(marksByMaskedMessage)
{
    MarkRules marks;
    marks.falsePositive.insert("disk <PATH> full");
    marks.truePositive.insert("kernel panic");
    CHECK(decideVerdict(5.0f, 1.0, marks, "disk <PATH> full") == Verdict::Suppressed);
    CHECK(decideVerdict(0.1f, 1.0, marks, "kernel panic") == Verdict::Confirmed);
    CHECK(decideVerdict(5.0f, 1.0, marks, "other") == Verdict::Anomaly);
}

// The later of two marks of one message wins: an analyst who changes their mind is obeyed.
LS_TEST(laterMarkReplacesEarlier)
{
    MarkRules rules;
    rules.add("disk <PATH> full", true);
    CHECK(rules.falsePositive.contains("disk <PATH> full"));
    rules.add("disk <PATH> full", false);
    CHECK(!rules.falsePositive.contains("disk <PATH> full"));
    CHECK(rules.truePositive.contains("disk <PATH> full"));
    rules.add("disk <PATH> full", true);
    CHECK(rules.falsePositive.contains("disk <PATH> full"));
    CHECK(!rules.truePositive.contains("disk <PATH> full"));
}

LS_TEST(namesAndAnomalyFlag)
{
    CHECK_EQ(toString(Verdict::Normal), std::string_view("normal"));
    CHECK_EQ(toString(Verdict::Anomaly), std::string_view("anomaly"));
    CHECK_EQ(toString(Verdict::Suppressed), std::string_view("suppressed"));
    CHECK_EQ(toString(Verdict::Confirmed), std::string_view("confirmed"));
    CHECK(!isAnomaly(Verdict::Normal));
    CHECK(isAnomaly(Verdict::Anomaly));
    CHECK(!isAnomaly(Verdict::Suppressed));
    CHECK(isAnomaly(Verdict::Confirmed));
}

LS_TEST(histogramTable)
{
    struct Row {
        const char* name;
        std::vector<float> values;
        std::vector<std::uint64_t> weights;
        std::size_t bins;
        double low, high;
        std::vector<std::uint64_t> counts;
    };
    const float nan = std::nanf("");
    const Row rows[] = {
        {"empty", {}, {}, 3, 0, 0, {0, 0, 0}},
        {"even", {0, 1, 2, 3}, {}, 2, 0, 3, {2, 2}},
        {"max in last bin", {0, 10}, {}, 5, 0, 10, {1, 0, 0, 0, 1}},
        {"weighted", {0, 1, 2, 3}, {5, 0, 1, 2}, 3, 0, 3, {5, 0, 3}},
        {"constant", {4, 4}, {2, 3}, 4, 4, 5, {5, 0, 0, 0}},
        {"non-finite skipped", {1, nan, 2, std::numeric_limits<float>::infinity()}, {}, 2, 1, 2, {1, 1}},
        {"no bins", {1, 2}, {}, 0, 1, 2, {}},
    };
    for (const Row& row : rows) {
        LS_ROW(row.name);
        const auto h = histogramOf(row.values, row.weights, row.bins);
        CHECK_EQ(h.low, row.low);
        CHECK_EQ(h.high, row.high);
        CHECK(h.counts == row.counts);
    }
    CHECK_EQ(histogramOf({0, 4}, {}, 4).binWidth(), 1.0);
    CHECK_EQ(Histogram{}.binWidth(), 0.0);
    CHECK_THROWS(histogramOf({1, 2}, {1}, 2));
}

LS_TEST(histogramOfManyValuesKeepsTheTotal)
{
    std::vector<float> values(100000);
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = float(std::sin(double(i)) * 7.0);
    const auto h = histogramOf(values, {}, 640);
    std::uint64_t total = 0;
    for (auto c : h.counts)
        total += c;
    CHECK_EQ(total, std::uint64_t(values.size()));
    CHECK_EQ(h.counts.size(), std::size_t(640));
}

LS_TEST_MAIN()
