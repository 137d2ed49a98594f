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
    using logsleuth::text::Severity;
    MarkRules marks;
    marks.add("disk <PATH> full", true);
    marks.add("kernel panic", false);
    CHECK(decideVerdict(5.0f, 1.0, marks, "disk <PATH> full", Severity::Info) == Verdict::Suppressed);
    CHECK(decideVerdict(0.1f, 1.0, marks, "kernel panic", Severity::Unknown) == Verdict::Confirmed);
    CHECK(decideVerdict(5.0f, 1.0, marks, "other", Severity::Info) == Verdict::Anomaly);
}

// The later of two marks of one message wins: an analyst who changes their mind is obeyed.
LS_TEST(laterMarkReplacesEarlier)
{
    using logsleuth::text::Severity;
    MarkRules rules;
    const auto kind = [&] {
        const auto* mark = rules.messageMark("disk <PATH> full", Severity::Error);
        return mark ? (mark->falsePositive ? "fp" : "tp") : "none";
    };
    rules.add("disk <PATH> full", true, "a", Severity::Error);
    CHECK_EQ(std::string(kind()), std::string("fp"));
    rules.add("disk <PATH> full", false, "b", Severity::Error);
    CHECK_EQ(std::string(kind()), std::string("tp"));
    rules.add("disk <PATH> full", true, "c", Severity::Error);
    CHECK_EQ(std::string(kind()), std::string("fp"));
    CHECK_EQ(rules.messageMarkCount(), std::size_t{1});
}

// A message mark reaches its message at the level of the line it was made on: a web server's
// 500 masks to the text of its 200, and confirming one must not confirm the other. A mark made
// before marks kept the level reaches every level, below one made at the line's own.
LS_TEST(messageMarkReachesItsLevelOnly)
{
    using logsleuth::text::Severity;
    MarkRules rules;
    rules.add("GET <PATH> HTTP/<NUM>", false, "tp-on-500", Severity::Error);
    CHECK(decideVerdict(0.1f, 1.0, rules, "GET <PATH> HTTP/<NUM>", Severity::Error) == Verdict::Confirmed);
    CHECK(decideVerdict(0.1f, 1.0, rules, "GET <PATH> HTTP/<NUM>", Severity::Info) == Verdict::Normal);
    CHECK(decideVerdict(5.0f, 1.0, rules, "GET <PATH> HTTP/<NUM>", Severity::Unknown) == Verdict::Anomaly);
    rules.add("GET <PATH> HTTP/<NUM>", true, "old-fp"); // no level: every level
    CHECK(decideVerdict(5.0f, 1.0, rules, "GET <PATH> HTTP/<NUM>", Severity::Info) == Verdict::Suppressed);
    CHECK(decideVerdict(0.1f, 1.0, rules, "GET <PATH> HTTP/<NUM>", Severity::Error) == Verdict::Confirmed);
    CHECK_EQ(rules.messageMark("GET <PATH> HTTP/<NUM>", Severity::Error)->id, std::string("tp-on-500"));
}

// The same through the corpus: lines of one masked message at two levels are two keys, and a
// message or template mark made on the ERROR line decides the ERROR lines only.
LS_TEST(marksDecideKeysAtTheirLevel)
{
    auto corpus = std::make_shared<logsleuth::text::Corpus>();
    std::string text;
    for (int i = 0; i < 40; ++i)
        text +=
            "2024-01-01 10:00:" + std::to_string(10 + i) + " INFO request " + std::to_string(i) + " done\n";
    text += "2024-01-01 10:01:00 ERROR request 7 done\n";
    corpus->addSource(logsleuth::text::LogText::fromBytes(text, "levels.log"));
    CHECK(corpus->mine());
    const auto& keys = corpus->messageKeys();
    const std::uint32_t info = keys[0], error = keys[40];
    CHECK(info != error);
    CHECK_EQ(corpus->maskedMessage(info), corpus->maskedMessage(error));
    CHECK(corpus->messageSeverity(error) == logsleuth::text::Severity::Error);
    CHECK_EQ(corpus->clusterOfMessage(info), corpus->clusterOfMessage(error));
    Scored scored;
    scored.scores.unit = Unit::Message;
    scored.scores.values.assign(corpus->distinctMessageCount(), 0.1f);
    scored.scores.unitLines = corpus->messageLineCounts();
    scored.threshold = 0.5;

    MarkRules byMessage;
    byMessage.add(corpus->maskedMessage(error), false, "tp", corpus->messageSeverity(error));
    decideVerdicts(scored, *corpus, byMessage);
    CHECK(scored.verdicts[error] == Verdict::Confirmed);
    CHECK(scored.verdicts[info] == Verdict::Normal);
    CHECK_EQ(anomalousLineCount(scored), std::uint64_t{1});

    MarkRules byTemplate;
    const std::string templateText = corpus->miner().templateText(corpus->clusterOfMessage(error));
    byTemplate.addRule(
        {MarkRules::Scope::Template, false, templateText, {}, 0, "tp", corpus->messageSeverity(error), {}});
    decideVerdicts(scored, *corpus, byTemplate);
    CHECK(scored.verdicts[error] == Verdict::Confirmed);
    CHECK(scored.verdicts[info] == Verdict::Normal);
    byTemplate.addRule(
        {MarkRules::Scope::Template, false, templateText, {}, 0, "every-level", std::nullopt, {}});
    decideVerdicts(scored, *corpus, byTemplate);
    CHECK(scored.verdicts[info] == Verdict::Confirmed);
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

// A template mark made on one log reaches the same template in another, whose miner wrote it
// differently: the stored message finds its template there without moving the miner.
LS_TEST(templateMarkFindsItsTemplateInAnotherLog)
{
    using logsleuth::text::Corpus;
    using logsleuth::text::LogText;
    std::string one, other;
    for (int i = 0; i < 30; ++i) {
        one += "session opened for user alice from 10.0.0." + std::to_string(i) + "\n";
        // Thirty users there: the miner makes the name a wildcard.
        const std::string name =
            i == 0 ? std::string("alice") : std::string("user") + char('a' + i % 26) + char('a' + i / 26);
        other += "session opened for user " + name + " from 10.0.1." + std::to_string(i) + "\n";
    }
    other += "disk full on volume sda\n";
    Corpus marked, later;
    marked.addSource(LogText::fromBytes(one, "one.log"));
    later.addSource(LogText::fromBytes(other, "other.log"));
    CHECK(marked.mine() && later.mine());
    const std::uint32_t key = marked.messageKeys()[0];
    const std::string templateText = marked.miner().templateText(marked.clusterOfMessage(key));
    const std::uint32_t laterKey = later.messageKeys()[0];
    CHECK(later.miner().templateText(later.clusterOfMessage(laterKey)) != templateText);

    MarkRules rules;
    rules.addRule({MarkRules::Scope::Template,
                   false,
                   templateText,
                   {},
                   0,
                   "tp",
                   marked.messageSeverity(key),
                   marked.maskedMessage(key)});
    Scored scored;
    scored.scores.unit = Unit::Message;
    scored.scores.values.assign(later.distinctMessageCount(), 0.1f);
    scored.scores.unitLines = later.messageLineCounts();
    scored.threshold = 0.5;
    decideVerdicts(scored, later, rules);
    CHECK_EQ(anomalousLineCount(scored), std::uint64_t{30}); // every user's line, not the disk's
    // Without the message, the text alone finds nothing there.
    rules.rules.back().message.clear();
    decideVerdicts(scored, later, rules);
    CHECK_EQ(anomalousLineCount(scored), std::uint64_t{0});
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
    marks.addRule({MarkRules::Scope::Line, true, {}, "a.log", 3, "first", std::nullopt, {}});
    marks.addRule({MarkRules::Scope::Line, false, {}, "a.log", 2, "tp-on-normal", std::nullopt, {}});
    marks.addRule({MarkRules::Scope::Line, true, {}, "a.log", 4, "older", std::nullopt, {}});
    marks.addRule(
        {MarkRules::Scope::Line, false, {}, "a.log", 4, "newer", std::nullopt, {}}); // the later one wins
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
