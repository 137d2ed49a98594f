// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Mining never stops on what a log writes. The merges after the tree (names in leading words,
// literal splits, value spans, optional clauses) rebuild templates from tokens, and tokens split
// by context (a note in parentheses ending a message is one token, a quoted value with blanks one
// word): three logs of unseen systems once made a merge build a text that read back with another
// token count, and the whole command failed. Here seeded logs put such shapes side by side —
// quoted names with blanks, notes, lists of notes, key=value pairs, brackets, numbers, words that
// alternate — and every one of them must mine, every line keeping a template. And headers: seeded
// lines of stamps, levels, brackets, bars, tabs, quotes and braces in any order, some lines of
// another shape among them, are read by whatever layout is learned from them, every line a record.
// And JSON lines that name no message, mined as their pairs: escapes, nesting past the depth read,
// arrays, empty values, lines cut short.
#include "check.h"

#include "logsleuth/text/corpus.h"

#include <array>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

using namespace logsleuth::text;

namespace {

// Shapes a message is built from; several draws of one skeleton make the events, the variable
// parts the values.
const std::vector<std::string> kPieces = {
    "\"Kitchen light\"",
    "\"Hall lamp\"",
    "'Front door'",
    "`Mail: Email Queue`",
    "`db`.`t1`",
    "(state: on)",
    "(state: off)",
    "(08: 15)",
    "(09: 3) (10: 1)",
    "(ServiceType=stelnet,",
    "ServiceType=**,",
    "user=root",
    "user=guest",
    "[core]",
    "[net] [http]",
    "{\"id\": 7, \"qty\": 2}",
    "ok",
    "failed",
    "GET",
    "POST",
    "/api/orders/17",
    "done",
    "in",
    "12ms",
    "3.4 KB",
    "0x1f",
    "blk_-42",
    "FooTest",
    "BarTest",
    "PASSED",
    "SKIPPED",
    "(requires a db)",
    "-",
    "--",
    ":",
    "=",
    "<init>",
    "#12",
    "a,b,c",
    "x=\"North America\",",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
};

std::string message(std::mt19937& rng, const std::vector<int>& skeleton)
{
    std::string text;
    for (int piece : skeleton) {
        // A piece of the skeleton, or (one time in three) another one in its place: a value.
        const std::size_t at = rng() % 3 == 0 ? rng() % kPieces.size() : static_cast<std::size_t>(piece);
        if (!text.empty()) text.push_back(' ');
        text += kPieces[at];
        if (rng() % 5 == 0) text += ' ' + std::to_string(rng() % 1000);
    }
    return text;
}

// The log mines, each of its lines keeping a template.
void checkEveryLineMines(const std::string& text, const char* name, std::uint32_t seed, int lines)
{
    Corpus corpus;
    corpus.addSource(LogText::fromBytes(text, name));
    bool mined = false;
    try {
        mined = corpus.mine();
    } catch (const std::exception& e) {
        std::printf("seed %u: %s\n", seed, e.what());
    }
    CHECK(mined);
    if (!mined) return;
    CHECK_EQ(corpus.lineCount(), static_cast<std::uint64_t>(lines));
    for (std::uint64_t n = 0; n < corpus.lineCount(); ++n)
        CHECK(corpus.clusterOfMessage(corpus.messageKeys()[n]) < corpus.miner().clusterCount());
}

} // namespace

LS_TEST(seededLogsAlwaysMine)
{
    for (std::uint32_t seed = 1; seed <= 400; ++seed) {
        std::mt19937 rng(seed);
        std::vector<std::vector<int>> skeletons(12);
        for (auto& skeleton : skeletons) {
            skeleton.resize(2 + rng() % 6);
            for (int& piece : skeleton)
                piece = static_cast<int>(rng() % kPieces.size());
        }
        std::string text;
        constexpr int kLines = 400;
        for (int i = 0; i < kLines; ++i)
            text += "2026-12-01 10:00:" + std::to_string(10 + i % 50) + " INFO " +
                    message(rng, skeletons[rng() % skeletons.size()]) + "\n";
        checkEveryLineMines(text, "fuzz.log", seed, kLines);
    }
}

namespace {

const std::vector<std::string> kHeaderPieces = {
    "2026-12-01 10:00:00.123",
    "2026-12-01T10:00:00Z",
    "Dec  1 10:00:00",
    "Dec01 10:00:00",
    "10:00:00",
    "[2026-12-01 10:00:00,123]",
    "1796119200",
    "(1234)",
    "INFO",
    "WARN",
    "[ERROR]",
    "E",
    "(3)",
    "<info>",
    "host-01",
    "app[123]:",
    "main.c:42",
    "(nsup.c:412)",
    "[main]",
    "web[][o.s.Platform]",
    "|",
    "\t",
    ":",
    "-",
    "--",
    "%BGP-3-X:",
    "==>",
    "{\"level\":\"info\"",
    "\"msg\":\"x\"}",
    "key=value",
    "level=warn",
    "!ENTRY",
    "<![LOG[",
    "]LOG]!>",
    "####<",
    "[",
    "]",
    "(",
    ")",
    "\"",
    "'",
    "",
    " ",
};

} // namespace

LS_TEST(seededHeadersAlwaysRead)
{
    for (std::uint32_t seed = 1; seed <= 200; ++seed) {
        std::mt19937 rng(seed);
        std::vector<std::vector<int>> layouts(1 + rng() % 3);
        for (auto& layout : layouts) {
            layout.resize(1 + rng() % 6);
            for (int& piece : layout)
                piece = static_cast<int>(rng() % kHeaderPieces.size());
        }
        std::string text;
        constexpr int kLines = 300;
        for (int i = 0; i < kLines; ++i) {
            const auto& layout = layouts[rng() % 10 == 0 ? rng() % layouts.size() : 0];
            for (int piece : layout)
                text += kHeaderPieces[static_cast<std::size_t>(piece)] + (rng() % 4 ? " " : "");
            text += "request " + std::to_string(rng() % 100) + " done\n";
        }
        Corpus corpus;
        corpus.addSource(LogText::fromBytes(text, "headers.log"));
        bool mined = false;
        try {
            mined = corpus.mine() && !corpus.learnLayouts().empty();
        } catch (const std::exception& e) {
            std::printf("seed %u: %s\n", seed, e.what());
        }
        CHECK(mined);
        if (mined) CHECK_EQ(corpus.records().size(), std::uint64_t{kLines});
    }
}

namespace {

// Values and nestings of JSON lines that name no message, whose pairs are mined (json_pairs.h).
const std::vector<std::string> kJsonValues = {
    "\"git -C /srv/shop fetch --quiet origin\"",
    "\"a=b c\"",
    "\"say \\\"hi\\\" now\"",
    "\"tab\\there\\n\"",
    "\"\\u00e9t\\u00e9 \\ud83d\\ude00\"",
    "\"\"",
    "\"back\\\\slash\"",
    "17",
    "-3.5e2",
    "true",
    "null",
    "[]",
    "[1,\"two words\",{\"k\":[3]}]",
    "{}",
    "{\"pid\":\"7\",\"cmd\":\"sh -c 'x y'\"}",
    "{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":{\"f\":{\"g\":{\"h\":{\"i\":{\"j\":1}}}}}}}}}}",
};

} // namespace

LS_TEST(seededJsonObjectsAlwaysMine)
{
    for (std::uint32_t seed = 1; seed <= 100; ++seed) {
        std::mt19937 rng(seed);
        std::string text;
        constexpr int kLines = 300;
        for (int i = 0; i < kLines; ++i) {
            std::string line = "{\"name\":\"kind_" + std::to_string(rng() % 4) + "\"";
            const std::size_t pairs = rng() % 6;
            for (std::size_t p = 0; p < pairs; ++p)
                line += ",\"k" + std::to_string(rng() % 5) + "\":" + kJsonValues[rng() % kJsonValues.size()];
            line += "}";
            // Cut short now and then, as a rotated or still-written file leaves a line.
            if (rng() % 15 == 0) line.resize(rng() % line.size());
            text += line + "\n";
        }
        checkEveryLineMines(text, "objects.jsonl", seed, kLines);
    }
}

// Pairs joined by bars (bar_pairs.h): bars inside values, empty values and keys, a bar at either end,
// more pairs than are read apart, lines cut short.
LS_TEST(seededBarPairsAlwaysMine)
{
    const std::array<const char*, 8> parts{"k=v", "key=a b c", "=x", "x", "", "k.e-y=", "k=a=b", "z=\"q\" r"};
    for (std::uint32_t seed = 1; seed <= 100; ++seed) {
        std::mt19937 rng(seed);
        std::string text;
        constexpr int kLines = 300;
        for (int i = 0; i < kLines; ++i) {
            std::string line = "2026-12-01 10:00:00 I app: action=A" + std::to_string(rng() % 3);
            const std::size_t count = rng() % 8 == 0 ? 70 + rng() % 10 : rng() % 8;
            for (std::size_t p = 0; p < count; ++p)
                line += std::string("|") + parts[rng() % parts.size()];
            if (rng() % 15 == 0) line.resize(rng() % line.size());
            text += line + "\n";
        }
        checkEveryLineMines(text, "pairs.log", seed, kLines);
    }
}

// CEF records under a syslog header (cef.h): bars escaped or missing, keys with no value or no
// key before a '=', values with blanks, backslashes at the end, lines cut short.
LS_TEST(seededCefRecordsAlwaysMine)
{
    const std::array<const char*, 10> parts{"k=v", "key=a b c", "=x", " x",  "",
                                            "k=",  "a=b=c",     "\\", "\\|", "|"};
    for (std::uint32_t seed = 1; seed <= 100; ++seed) {
        std::mt19937 rng(seed);
        std::string text;
        constexpr int kLines = 300;
        for (int i = 0; i < kLines; ++i) {
            std::string line =
                "Dec  1 10:00:00 host" + std::to_string(rng() % 3) + " CEF:" + std::to_string(rng() % 2);
            const std::size_t bars = rng() % 9;
            for (std::size_t b = 0; b < bars; ++b)
                line += std::string("|") + parts[rng() % parts.size()];
            for (std::size_t p = rng() % 6; p > 0; --p)
                line += std::string(" ") + parts[rng() % parts.size()];
            if (rng() % 15 == 0) line.resize(rng() % line.size());
            text += line + "\n";
        }
        checkEveryLineMines(text, "cef.log", seed, kLines);
    }
}

// Parenthesised pairs (Oracle Net descriptors, LDAP filters, Huawei's comma-separated pairs)
// made of pieces that open, close and nest anyhow, with quotes left open, blanks inside and lines
// cut short: every line is still mined.
LS_TEST(seededPairGroupsAlwaysMine)
{
    const std::array<const char*, 14> parts{
        "(", ")", "(A=", "(&(", "(|", "B=x y", ", C=", "\"", "= ", "(=)", "((", "))", " ", "(D=\"a, b)\")"};
    for (std::uint32_t seed = 1; seed <= 100; ++seed) {
        std::mt19937 rng(seed);
        std::string text;
        constexpr int kLines = 300;
        for (int i = 0; i < kLines; ++i) {
            std::string line = "01-DEC-2026 10:00:0" + std::to_string(rng() % 10) + " * ";
            for (std::size_t p = rng() % 12; p > 0; --p)
                line += parts[rng() % parts.size()];
            line += " * establish * " + std::to_string(rng() % 2);
            if (rng() % 15 == 0) line.resize(rng() % line.size());
            text += line + "\n";
        }
        checkEveryLineMines(text, "listener.log", seed, kLines);
    }
}

LS_TEST_MAIN()
