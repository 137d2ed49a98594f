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

// A template logged at a worse level than usual on a small share of its many lines: the level
// says what its words cannot. A level the template often uses, a quieter one, or too few lines to
// know what is usual say nothing.
LS_TEST(aRareWorseLevelOfATemplateIsEvidence)
{
    struct Row {
        const char* name;
        int lines, every; // the template's lines; every `every`-th of them at `odd`
        const char* usual;
        const char* odd;
        bool flagged;
    };
    const Row rows[] = {
        {"ERROR on 0.5 % of 2,000 INFO lines", 2000, 200, "INFO", "ERROR", true},
        {"WARN on 0.25 % of 4,000 INFO lines", 4000, 400, "INFO", "WARN", true},
        {"ERROR on 5 % of the lines", 2000, 20, "INFO", "ERROR", false},
        {"a quieter level: INFO under WARN", 2000, 200, "WARN", "INFO", false},
        {"DEBUG is no warning", 2000, 200, "TRACE", "DEBUG", false},
        {"too few lines to know the usual", 90, 45, "INFO", "ERROR", false},
    };
    for (const Row& row : rows) {
        LS_ROW(row.name);
        std::string log;
        for (int i = 0; i < row.lines; ++i) {
            const bool odd = i % row.every == row.every / 2;
            log += "2024-03-01 10:00:" + std::string(i % 60 < 10 ? "0" : "") + std::to_string(i % 60) + " " +
                   (odd ? row.odd : row.usual) + " store.Writer: flushed " + std::to_string(i * 7) +
                   " rows to disk\n";
            log += "2024-03-01 10:00:00 INFO store.Reader: read " + std::to_string(i) + " pages\n";
        }
        Corpus corpus;
        corpus.addSource(LogText::fromBytes(log, "levels.log"));
        CHECK(corpus.mine());
        const auto evidence = headerEvidence(corpus);
        int flagged = 0, oddLines = 0, other = 0;
        for (std::uint64_t n = 0; n < corpus.lineCount(); ++n) {
            const bool odd =
                corpus.source(0).line(LineNumber{n}).find(std::string(row.odd) + " store.Writer") == 20;
            const bool rare = has(evidence[corpus.messageKeys()[n]], HeaderEvidence::RareLevel);
            oddLines += odd;
            flagged += odd && rare;
            other += !odd && rare;
        }
        std::printf("  %d of %d odd-level lines flagged, %d others\n", flagged, oddLines, other);
        CHECK(oddLines > 0);
        CHECK_EQ(flagged, row.flagged ? oddLines : 0);
        CHECK_EQ(other, 0);
    }
}

// A web server writes its level inside the message: the status of `"GET /cart HTTP/1.1" 500 …`.
// Its access lines are one event (access_lines.h) that nearly always answers 200: a 500, and a
// probe's 404 for a page the site lacks, is a rare worse level of it.
LS_TEST(aStatusInsideTheMessageIsTheLevelItsRequestSeldomHas)
{
    std::string log;
    for (int i = 0; i < 3000; ++i) {
        const bool failed = i % 300 == 150, probe = !failed && i % 500 == 250;
        const std::string status = failed ? "500" : probe ? "404" : "200";
        const std::string page = probe ? "/wp-login.php" : i % 2 ? "/cart" : "/checkout";
        log += "203.0.113." + std::to_string(i % 50) +
               " - - [01/Mar/2024:10:" + (i / 60 % 60 < 10 ? "0" : "") + std::to_string(i / 60 % 60) + ":" +
               (i % 60 < 10 ? "0" : "") + std::to_string(i % 60) + " +0000] \"GET " + page + " HTTP/1.1\" " +
               status + " " + std::to_string(100 + i % 900) + " \"-\" \"curl/8.4.0\"\n";
    }
    Corpus corpus;
    corpus.addSource(LogText::fromBytes(log, "access.log"));
    CHECK(corpus.mine());
    CHECK_EQ(corpus.layout(0).format, std::string("ncsa"));
    const auto evidence = headerEvidence(corpus);
    int failed = 0, failedFlagged = 0, probes = 0, probesFlagged = 0, others = 0;
    for (std::uint64_t n = 0; n < corpus.lineCount(); ++n) {
        const std::string_view level = corpus.records().level(n);
        const bool rare = has(evidence[corpus.messageKeys()[n]], HeaderEvidence::RareLevel);
        if (level == "500") {
            ++failed;
            failedFlagged += rare;
        } else if (level == "404") {
            ++probes;
            probesFlagged += rare;
        } else {
            others += rare;
        }
    }
    std::printf("  500s %d/%d flagged, probes %d/%d, others %d\n", failedFlagged, failed, probesFlagged,
                probes, others);
    CHECK_EQ(failed, 10);
    CHECK_EQ(failedFlagged, failed);
    CHECK(probes > 0);
    CHECK_EQ(probesFlagged, probes);
    CHECK_EQ(others, 0);
}

LS_TEST_MAIN()
