// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/text/corpus.h"
#include "logsleuth/text/routine.h"

#include "check.h"

#include <cstdio>
#include <string>

using namespace logsleuth::text;

namespace {

// 10,000 lines of one service: three everyday messages, and the rarer ones each case writes into
// it (the message, its level, and the lines it falls on).
struct Rare {
    const char* text;
    const char* level;
    int every, from, to; // every `every`-th line in [from, to)
};

std::string serviceLog(const Rare* rare, std::size_t count)
{
    static const char* everyday[] = {"request <n> served in <n> ms", "heartbeat ok from peer <n>",
                                     "session <n> closed by client"};
    std::string log;
    for (int n = 0; n < 10000; ++n) {
        std::string text = everyday[n % 3], level = "INFO";
        for (std::size_t r = 0; r < count; ++r)
            if (n >= rare[r].from && n < rare[r].to && (n - rare[r].from) % rare[r].every == 0) {
                text = rare[r].text;
                level = rare[r].level;
            }
        for (std::size_t at; (at = text.find("<n>")) != std::string::npos;)
            text.replace(at, 3, std::to_string(n * 7 % 997));
        char stamp[32];
        std::snprintf(stamp, sizeof stamp, "2026-03-01 %02d:%02d:%02d", 10 + n / 3600, n / 60 % 60, n % 60);
        log += std::string(stamp) + " " + level + " shop.orders: " + text + "\n";
    }
    return log;
}

// Whether the message with `needle` in its text is steady, and how many lines it has.
std::pair<bool, std::uint64_t> steadiness(const Corpus& corpus, const std::vector<bool>& steady,
                                          std::string_view needle)
{
    for (std::uint32_t key = 0; key < corpus.distinctMessageCount(); ++key)
        if (corpus.maskedMessage(key).find(needle) != std::string::npos)
            return {steady[key], corpus.messageLineCounts()[key]};
    CHECK(!"message not found");
    return {false, 0};
}

} // namespace

LS_TEST(steadyMessagesAreTheOnesTheLogRepeatsFromStartToEnd)
{
    struct Row {
        const char* name;
        Rare rare;
        bool steady;
    };
    const Row rows[] = {
        {"one line in a hundred, all along",
         {"cache compacted after <n> writes", "INFO", 100, 0, 10000},
         true},
        {"one in two hundred, all along", {"cache compacted after <n> writes", "DEBUG", 200, 1, 10000}, true},
        {"a warning all along is never routine", {"disk nearly full on <n>", "WARN", 100, 0, 10000}, false},
        {"an error all along is never routine", {"payment declined <n>", "ERROR", 100, 0, 10000}, false},
        {"a burst of 150 lines", {"retrying upstream <n>", "INFO", 1, 5000, 5150}, false},
        {"all along, in the first half only",
         {"cache compacted after <n> writes", "INFO", 50, 0, 5000},
         false},
        {"too few lines to tell", {"cache compacted after <n> writes", "INFO", 333, 0, 10000}, false},
    };
    for (const Row& row : rows) {
        LS_ROW(row.name);
        Corpus corpus;
        corpus.setThreads(1);
        corpus.addSource(LogText::fromBytes(serviceLog(&row.rare, 1), "service.log"));
        CHECK(corpus.mine());
        const auto steady = steadyMessages(corpus);
        CHECK_EQ(steady.size(), corpus.distinctMessageCount());
        const std::string needle = std::string(row.rare.text).substr(0, 8);
        const auto [isSteady, lines] = steadiness(corpus, steady, needle);
        std::printf("  %-40s %5llu lines: %s\n", row.name, static_cast<unsigned long long>(lines),
                    isSteady ? "steady" : "not steady");
        CHECK_EQ(isSteady, row.steady);
        // The everyday messages are always routine.
        CHECK(steadiness(corpus, steady, "heartbeat").first);
    }
}

LS_TEST(aRoutineOfFewerRunsOrLinesIsStricter)
{
    Corpus corpus;
    corpus.setThreads(1);
    const Rare rare{"cache compacted after <n> writes", "INFO", 100, 0, 10000};
    corpus.addSource(LogText::fromBytes(serviceLog(&rare, 1), "service.log"));
    CHECK(corpus.mine());
    RoutineRules rules;
    rules.minLines = 101;
    CHECK(!steadiness(corpus, steadyMessages(corpus, rules), "cache").first);
    rules = {};
    rules.runs = 200; // a line in every 50: half the runs have none
    rules.minRuns = 180;
    CHECK(!steadiness(corpus, steadyMessages(corpus, rules), "cache").first);
    CHECK(steadiness(corpus, steadyMessages(corpus, rules), "heartbeat").first);
}

// Saved models keep fingerprints: the same text gives the same one on every platform and build.
LS_TEST(fingerprintsAreStable)
{
    CHECK_EQ(messageFingerprint("heartbeat ok"), messageFingerprint(std::string("heartbeat ok")));
    CHECK(messageFingerprint("heartbeat ok") != messageFingerprint("heartbeat ok "));
    std::printf("  fingerprint of \"heartbeat ok\": %016llx\n",
                static_cast<unsigned long long>(messageFingerprint("heartbeat ok")));
    CHECK_EQ(messageFingerprint("heartbeat ok"), std::uint64_t(0xac2cea15c9c4d493ULL));
}

LS_TEST_MAIN()
