// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/text/corpus.h"
#include "logsleuth/text/header_evidence.h"

#include "check.h"
#include "spliced_log.h"

#include <cstdio>
#include <string>

using namespace logsleuth::text;
using logsleuth::testing::SplicedLog;
using logsleuth::testing::splicedLog;

namespace {

// How many lines of each kind carry each flag: spliced ("invalid user"), stray ("sshd["),
// the shared login message, and the loggers' own.
struct Tally {
    int lines[4] = {};
    int unowned[4] = {};
    int strays[4] = {};
};

Tally tally(const std::string& log)
{
    Corpus corpus;
    corpus.setThreads(1);
    corpus.addSource(LogText::fromBytes(log, "spliced.log"));
    CHECK(corpus.mine());
    const auto evidence = headerEvidence(corpus);
    CHECK_EQ(evidence.size(), corpus.distinctMessageCount());
    Tally t;
    const LogText& source = corpus.source(0);
    for (std::uint64_t n = 0; n < source.lineCount(); ++n) {
        const std::string_view line = source.line(LineNumber{n});
        const int kind = line.find("invalid user") != std::string_view::npos     ? 0
                         : line.find("sshd[") != std::string_view::npos          ? 1
                         : line.find("session opened") != std::string_view::npos ? 2
                                                                                 : 3;
        const std::uint8_t e = evidence[corpus.messageKeys()[n]];
        ++t.lines[kind];
        t.unowned[kind] += has(e, HeaderEvidence::Unowned);
        t.strays[kind] += has(e, HeaderEvidence::Strays);
    }
    std::printf("  spliced %d/%d unowned, strays %d/%d, shared %d/%d unowned, own %d/%d unowned %d stray\n",
                t.unowned[0], t.lines[0], t.strays[1], t.lines[1], t.unowned[2], t.lines[2], t.unowned[3],
                t.lines[3], t.strays[3]);
    return t;
}

} // namespace

// A message logged under every component in the log's own proportions belongs to none of them;
// one that two loggers share 70/30, and each logger's own, belong. Lines in another layout stray.
LS_TEST(splicedMessagesAndStrayLinesAreFoundByTheirHeaders)
{
    const Tally t = tally(splicedLog({}));
    CHECK(t.lines[0] > 200);
    CHECK_EQ(t.unowned[0], t.lines[0]);
    CHECK(t.lines[1] > 0);
    CHECK_EQ(t.strays[1], t.lines[1]);
    CHECK(t.lines[2] > 1000);
    CHECK_EQ(t.unowned[2], 0);
    CHECK_EQ(t.unowned[3], 0);
    CHECK_EQ(t.strays[3], 0);
    CHECK_EQ(t.strays[0] + t.unowned[1], 0);
}

LS_TEST(headersTellNothingWhereTheLogGivesNoGround)
{
    struct Row {
        const char* name;
        SplicedLog shape;
        bool unowned, strays;
    };
    const Row rows[] = {
        {"one component names every line", {10000, 300, 5, true}, false, true},
        {"too few spliced lines to judge", {10000, 8, 5, false}, false, true},
        {"stray lines are common here", {10000, 300, 400, false}, true, false},
        {"one component writes nine lines in ten", {10000, 300, 5, false, {90, 4, 3, 3}}, true, true},
        {"components name no logger", {10000, 300, 5, false, {4, 3, 2, 1}, true}, false, true},
    };
    for (const Row& row : rows) {
        LS_ROW(row.name);
        const Tally t = tally(splicedLog(row.shape));
        CHECK(t.lines[0] > 0);
        CHECK_EQ(t.unowned[0] == t.lines[0], row.unowned);
        CHECK_EQ(t.unowned[0] == 0, !row.unowned);
        CHECK_EQ(t.strays[1] == t.lines[1], row.strays);
        CHECK_EQ(t.strays[1] == 0, !row.strays);
        CHECK_EQ(t.unowned[3] + t.strays[3], 0);
    }
}

LS_TEST_MAIN()
