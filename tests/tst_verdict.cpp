// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/ml/histogram.h"
#include "logsleuth/ml/score_csv.h"
#include "logsleuth/ml/session.h"
#include "logsleuth/ml/verdict.h"
#include "logsleuth/text/corpus.h"
#include "logsleuth/text/csv.h"

#include "check.h"

#include <cmath>
#include <limits>
#include <sstream>
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

// A line-scope mark decides its own line: the other lines of its unit (here, its masked
// message) keep the unit's verdict, in the counts, the histogram of suppressed lines and the
// score CSV; a later mark on the same line wins, and a message mark still decides the rest.
LS_TEST(lineMarkDecidesItsLineOnly)
{
    auto corpus = std::make_shared<logsleuth::text::Corpus>();
    corpus->addSource(logsleuth::text::LogText::fromBytes(
        "disk 1 failed\nall good\ndisk 2 failed\ndisk 3 failed\n", "a.log"));
    CHECK(corpus->mine());
    const auto& keys = corpus->messageKeys();
    CHECK_EQ(keys[0], keys[2]);
    Scored scored;
    scored.scores.unit = Unit::Message;
    scored.scores.values.assign(corpus->distinctMessageCount(), 0.1f);
    scored.scores.values[keys[0]] = 0.9f; // "disk <NUM> failed" is the anomaly
    scored.scores.unitLines = corpus->messageLineCounts();
    scored.threshold = 0.5;

    MarkRules marks;
    marks.addRule({MarkRules::Scope::Line, true, {}, "a.log", 3, "first"});
    marks.addRule({MarkRules::Scope::Line, false, {}, "a.log", 2, "tp-on-normal"});
    marks.addRule({MarkRules::Scope::Line, true, {}, "a.log", 4, "older"});
    marks.addRule({MarkRules::Scope::Line, false, {}, "a.log", 4, "newer"}); // the later one wins
    decideVerdicts(scored, *corpus, marks);
    CHECK(scored.verdicts[keys[0]] == Verdict::Anomaly); // the unit stays the model's
    CHECK(scored.verdictOfLine(0, keys[0]) == Verdict::Anomaly);
    CHECK(scored.verdictOfLine(2, keys[2]) == Verdict::Suppressed);
    CHECK(scored.verdictOfLine(1, keys[1]) == Verdict::Confirmed);
    CHECK(scored.verdictOfLine(3, keys[3]) == Verdict::Confirmed);
    CHECK(scored.decidedByOfLine(0, keys[0]) == DecidedBy::Model);
    CHECK(scored.decidedByOfLine(2, keys[2]) == DecidedBy::Mark);
    CHECK_EQ(std::string(scored.markIdOfLine(2, keys[2])), std::string("first"));
    CHECK_EQ(std::string(scored.markIdOfLine(3, keys[3])), std::string("newer"));
    CHECK_EQ(std::string(scored.markIdOfLine(0, keys[0])), std::string());
    // Lines 1, 2 (confirmed) and 4 (confirmed) are anomalous; line 3 is suppressed.
    CHECK_EQ(anomalousLineCount(scored), std::uint64_t{3});
    const ScoreSummary summary = summarize(*corpus, scored, 10);
    std::uint64_t suppressed = 0;
    for (const std::uint64_t count : summary.suppressedHistogram.counts)
        suppressed += count;
    CHECK_EQ(suppressed, std::uint64_t{1});

    std::ostringstream out;
    logsleuth::text::CsvWriter csv(out);
    ScoreCsvWriter writer(csv, *corpus, scored);
    writer.header();
    for (std::uint64_t line = 0; line < corpus->lineCount(); ++line)
        writer.row(line);
    const std::string text = out.str();
    CHECK(text.find("\n1,0.9,0.5,1,") != std::string::npos);
    CHECK(text.find(",anomaly,") != std::string::npos);
    CHECK(text.find("3,0.9,0.5,0,") != std::string::npos);
    CHECK(text.find(",suppressed,") != std::string::npos && text.find(",first,1,mark") != std::string::npos);

    // With a message mark too, the message decides the unit and the line mark its line.
    marks.add(corpus->maskedMessage(keys[0]), false, "message-tp");
    decideVerdicts(scored, *corpus, marks);
    CHECK(scored.verdictOfLine(0, keys[0]) == Verdict::Confirmed);
    CHECK(scored.verdictOfLine(2, keys[2]) == Verdict::Suppressed);
}

LS_TEST_MAIN()
