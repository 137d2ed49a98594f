// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "check.h"
#include "mined_corpus.h"

#include "logsleuth/ml/explain.h"
#include "logsleuth/ml/level_rank.h"
#include "logsleuth/ml/session.h"

#include <cstdio>
#include <string>

using namespace logsleuth;
using namespace logsleuth::ml;

namespace {

// `count` lines of `message` at `level`, one second apart from `second` on.
std::string lines(const char* level, const char* message, int count, int& second)
{
    std::string text;
    for (int i = 0; i < count; ++i, ++second) {
        char stamp[32];
        std::snprintf(stamp, sizeof stamp, "2026-03-01 %02d:%02d:%02d", 10 + second / 3600, second / 60 % 60,
                      second % 60);
        text += std::string(stamp) + " " + level + " shop.orders: " + message + "\n";
    }
    return text;
}

// The unit of the message that contains `needle` at `level`.
std::uint32_t unitOf(const text::Corpus& corpus, std::string_view needle, text::Severity level)
{
    for (std::uint32_t key = 0; key < corpus.distinctMessageCount(); ++key)
        if (corpus.maskedMessage(key).find(needle) != std::string::npos &&
            corpus.messageSeverity(key) == level)
            return key;
    CHECK(!"message not found");
    return 0;
}

Calibration thresholdAt(double automatic)
{
    Calibration calibration;
    calibration.automatic = automatic;
    return calibration;
}

} // namespace

// In a log of INFO lines, a WARNING or worse that the words scored low ranks under the threshold
// by its level, higher for a higher level, its order within the level kept; nothing crosses the
// threshold, what was over it stays, and INFO lines keep their scores.
LS_TEST(levelsAboveTheUsualOneRankUnderTheThreshold)
{
    int second = 0;
    std::string log = lines("INFO", "request served", 900, second);
    log += lines("INFO", "cache warmed", 3, second);
    log += lines("WARN", "queue is long", 40, second);
    log += lines("ERROR", "write failed", 40, second);
    log += lines("ERROR", "read failed", 10, second);
    log += lines("ERROR", "index corrupt", 2, second);
    log += lines("FATAL", "worker died", 30, second);
    const auto corpus = testing::minedCorpus(log);
    CHECK(usualSeverity(*corpus) == text::Severity::Info);

    struct Row {
        const char* needle;
        text::Severity level;
        float words, ranked; // the model's score, and after the rank (threshold 1)
    };
    const Row rows[] = {
        {"request served", text::Severity::Info, 0.1f, 0.1f},
        {"cache warmed", text::Severity::Info, 0.7f, 0.7f},
        {"queue is long", text::Severity::Warning, 0.1f, 0.55f},
        {"write failed", text::Severity::Error, 0.05f, 0.62f},
        {"read failed", text::Severity::Error, 0.3f, 0.72f},
        {"index corrupt", text::Severity::Error, 1.4f, 1.4f}, // flagged by its words: stays
        {"worker died", text::Severity::Fatal, 0.02f, 0.804f},
    };
    Scores scores;
    scores.values.assign(corpus->distinctMessageCount(), 0.0f);
    for (const Row& row : rows)
        scores.values[unitOf(*corpus, row.needle, row.level)] = row.words;
    rankByLevel(scores, *corpus, thresholdAt(1.0), usualSeverity(*corpus));
    for (const Row& row : rows) {
        LS_ROW(row.needle);
        const std::uint32_t unit = unitOf(*corpus, row.needle, row.level);
        std::printf("  %-14s %-7s %.3f -> %.3f\n", row.needle, std::string(text::toString(row.level)).c_str(),
                    double(row.words), double(scores.values[unit]));
        CHECK(std::abs(scores.values[unit] - row.ranked) < 1e-5f);
        CHECK_EQ(scores.isRankedByLevel(unit), row.ranked != row.words);
    }

    // The explanation says so.
    Explanation why;
    why.rankedByLevel = true;
    CHECK_EQ(formatExplanation(why), std::string("^level"));
}

// In an error log, errors are its ordinary lines: only a level above them ranks; a log without
// levels, window units and a model without an automatic threshold are left as they are.
LS_TEST(theUsualLevelAndOtherUnitsAreLeftAlone)
{
    int second = 0;
    std::string log = lines("ERROR", "client denied", 500, second);
    log += lines("INFO", "server started", 20, second);
    log += lines("FATAL", "out of memory", 5, second);
    const auto errors = testing::minedCorpus(log);
    CHECK(usualSeverity(*errors) == text::Severity::Error);
    Scores scores;
    scores.values.assign(errors->distinctMessageCount(), 0.2f);
    rankByLevel(scores, *errors, thresholdAt(1.0), usualSeverity(*errors));
    CHECK_EQ(scores.values[unitOf(*errors, "client denied", text::Severity::Error)], 0.2f);
    CHECK(std::abs(scores.values[unitOf(*errors, "out of memory", text::Severity::Fatal)] - 0.84f) < 1e-5f);

    Scores windows = Scores{};
    windows.unit = Unit::Window;
    windows.values.assign(errors->distinctMessageCount(), 0.2f);
    rankByLevel(windows, *errors, thresholdAt(1.0), text::Severity::Info);
    CHECK(windows.rankedByLevel.empty());

    Scores uncalibrated;
    uncalibrated.values.assign(errors->distinctMessageCount(), 0.2f);
    rankByLevel(uncalibrated, *errors, Calibration{}, text::Severity::Info);
    CHECK_EQ(uncalibrated.values[unitOf(*errors, "out of memory", text::Severity::Fatal)], 0.2f);

    std::string plain;
    for (int i = 0; i < 50; ++i)
        plain += "request " + std::to_string(i) + " served\n";
    CHECK(usualSeverity(*testing::minedCorpus(plain)) == text::Severity::Unknown);
}

// Through the analysis session: a trained model's (som, the default) frequent FATAL message, which its words
// score low, ranks above every ordinary INFO message and stays under the automatic threshold; the explanation
// names the level.
LS_TEST(theSessionRanksByLevel)
{
    int second = 0;
    std::string log;
    const char* users[] = {"alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"};
    const char* pages[] = {"cart", "checkout", "search", "login", "home", "orders"};
    for (int round = 0; round < 40; ++round) {
        log +=
            lines("INFO", ("request for " + std::string(pages[round % 6]) + " served").c_str(), 20, second);
        log +=
            lines("INFO", ("session opened for user " + std::string(users[round % 8])).c_str(), 10, second);
        log += lines("FATAL", "job exited abnormally", 3, second);
    }
    const auto corpus = testing::minedCorpus(log);
    AnalysisSession session(corpus);
    ModelOptions options = defaultOptions(modelFamily("som"));
    options.set("device", "cpu");
    options.set("epochs", "2");
    options.set("side", "2"); // fewer map units than messages: every message has a distance
    CHECK(session.train("som", options));
    CHECK(session.score());
    const Scores& scores = session.scored().scores;
    const double automatic = ThresholdSpec{}.resolve(session.model()->calibration());
    const std::uint32_t fatal = unitOf(*corpus, "job exited", text::Severity::Fatal);
    std::printf("  automatic %.4f, FATAL %.4f\n", automatic, double(scores.values[fatal]));
    CHECK(scores.isRankedByLevel(fatal));
    CHECK(double(scores.values[fatal]) < automatic);
    CHECK(double(scores.values[fatal]) >= kLevelRankFloor * automatic);
    for (std::uint32_t unit = 0; unit < scores.size(); ++unit)
        if (corpus->messageSeverity(unit) == text::Severity::Info)
            CHECK(scores.values[unit] < scores.values[fatal]);
    CHECK(formatExplanation(explainUnit(*session.model(), *corpus, scores, fatal)).find("^level") !=
          std::string::npos);
}

LS_TEST_MAIN()
