// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "check.h"

#include "logsleuth/text/corpus.h"
#include "logsleuth/text/mask.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <random>

using namespace logsleuth::text;
using logsleuth::TaskControl;
using logsleuth::TaskProgress;

namespace {

Corpus threeSources()
{
    Corpus corpus;
    corpus.addSource(LogText::fromBytes("2024-01-01 10:00:00 INFO a: took 5 ms\n"
                                        "2024-01-01 10:00:01 INFO a: took 7 ms\n",
                                        "first"));
    corpus.addSource(LogText::fromBytes("", "empty"));
    corpus.addSource(LogText::fromBytes("2024-01-01 10:00:02 WARN b: disk 91% full\n"
                                        "2024-01-01 10:00:03 INFO a: took 9 ms\n"
                                        "2024-01-01 10:00:04 WARN b: disk 95% full",
                                        "third"));
    return corpus;
}

} // namespace

LS_TEST(locateOverSources)
{
    const Corpus corpus = threeSources();
    CHECK_EQ(corpus.sourceCount(), 3u);
    CHECK_EQ(corpus.lineCount(), 5u);
    struct Row {
        const char* name;
        std::uint64_t global;
        std::size_t source;
        std::uint64_t line;
    };
    const std::vector<Row> rows{{"first line", 0, 0, 0},
                                {"end of first", 1, 0, 1},
                                {"skips empty source", 2, 2, 0},
                                {"middle of third", 3, 2, 1},
                                {"last", 4, 2, 2}};
    for (const Row& row : rows) {
        LS_ROW(row.name);
        const auto [source, line] = corpus.locate(row.global);
        CHECK_EQ(source, row.source);
        CHECK_EQ(line.value(), row.line);
        CHECK(corpus.line(row.global) == corpus.source(source).line(line));
    }
    CHECK_THROWS(corpus.locate(5));
}

LS_TEST(keysAndClustersAreConsistent)
{
    Corpus corpus = threeSources();
    CHECK(corpus.mine());
    const auto& keys = corpus.messageKeys();
    CHECK_EQ(keys.size(), 5u);
    CHECK_EQ(corpus.distinctMessageCount(), 2u);
    CHECK_EQ(keys[0], keys[1]);
    CHECK_EQ(keys[0], keys[3]);
    CHECK_EQ(keys[2], keys[4]);
    CHECK_EQ(corpus.maskedMessage(keys[0]), std::string("took <DURATION>"));
    CHECK_EQ(corpus.maskedMessage(keys[2]), std::string("disk <NUM>% full"));
    CHECK_EQ(corpus.messageLineCounts()[keys[0]], 3u);
    CHECK_EQ(corpus.messageLineCounts()[keys[2]], 2u);
    CHECK_EQ(corpus.maskedMessages().size(), 2u);
    std::uint64_t total = 0;
    for (std::uint32_t key = 0; key < corpus.distinctMessageCount(); ++key) {
        LS_ROW("key " + std::to_string(key));
        total += corpus.messageLineCounts()[key];
        CHECK(corpus.maskedMessages()[key] == corpus.maskedMessage(key));
        CHECK(corpus.clusterOfMessage(key) < corpus.miner().clusterCount());
    }
    CHECK_EQ(total, corpus.lineCount());
    // Every line's key is the masked message of its own line.
    for (std::uint64_t line = 0; line < corpus.lineCount(); ++line) {
        LS_ROW("line " + std::to_string(line));
        CHECK_EQ(maskMessage(corpus.message(line)), corpus.maskedMessage(keys[line]));
    }
    // Mining again gives the same result.
    const auto before = keys;
    const TemplateId id = corpus.miner().id(0);
    CHECK(corpus.mine());
    CHECK(corpus.messageKeys() == before);
    CHECK(corpus.miner().id(0) == id);
}

// The level is part of what a model reads: the same message as INFO and as ERROR are two keys
// of one template, and only warnings and worse add a level token.
LS_TEST(severityIsPartOfTheKey)
{
    Corpus corpus;
    corpus.addSource(LogText::fromBytes("2024-01-01 10:00:00 INFO disk 1 checked\n"
                                        "2024-01-01 10:00:01 INFO disk 2 checked\n"
                                        "2024-01-01 10:00:02 ERROR disk 3 checked\n"
                                        "2024-01-01 10:00:03 DEBUG disk 4 checked\n",
                                        "levels"));
    CHECK(corpus.mine());
    const auto& keys = corpus.messageKeys();
    CHECK_EQ(corpus.distinctMessageCount(), std::size_t{3});
    CHECK_EQ(keys[0], keys[1]);
    CHECK(keys[2] != keys[0] && keys[3] != keys[0]);
    CHECK_EQ(corpus.clusterOfMessage(keys[2]), corpus.clusterOfMessage(keys[0]));
    CHECK_EQ(corpus.maskedMessage(keys[2]), corpus.maskedMessage(keys[0]));
    CHECK_EQ(std::string(corpus.scoringText(keys[0])), std::string("disk <NUM> checked"));
    CHECK_EQ(std::string(corpus.scoringText(keys[3])), std::string("disk <NUM> checked"));
    CHECK_EQ(std::string(corpus.scoringText(keys[2])), std::string("disk <NUM> checked <LEVEL:ERROR>"));
    CHECK(corpus.messageSeverity(keys[2]) == Severity::Error);
}

// Lines are parsed and masked in parallel; keys, template ids and record columns must not
// depend on how many threads did it. Over two blocks of lines and three sources.
LS_TEST(sameResultOnAnyNumberOfThreads)
{
    auto build = [](unsigned threads) {
        Corpus corpus;
        corpus.setThreads(threads);
        std::string a, b;
        for (int i = 0; i < 50000; ++i) {
            a += "2024-01-01 10:" + std::to_string(10 + i % 50) + ":00 " + (i % 97 ? "INFO" : "ERROR") +
                 " svc" + std::to_string(i % 7) + ": request " + std::to_string(i) +
                 (i % 3 ? " ok" : " slow") + "\n";
            if (i % 5 == 0)
                b += "Jun  3 10:00:0" + std::to_string(i % 10) + " host" + std::to_string(i % 4) + " cron[" +
                     std::to_string(i) + "]: job " + std::to_string(i % 11) + " started\n";
        }
        corpus.addSource(LogText::fromBytes(a, "a.log"));
        corpus.addSource(LogText::fromBytes("", "empty.log"));
        corpus.addSource(LogText::fromBytes(b, "b.log"));
        CHECK(corpus.mine());
        return corpus;
    };
    const Corpus one = build(1);
    for (unsigned threads : {2u, 3u, 7u}) {
        LS_ROW(std::to_string(threads) + " threads");
        const Corpus many = build(threads);
        CHECK(many.messageKeys() == one.messageKeys());
        CHECK_EQ(many.miner().clusterCount(), one.miner().clusterCount());
        bool sameIds = true;
        for (std::uint32_t c = 0; c < one.miner().clusterCount(); ++c)
            sameIds = sameIds && many.miner().id(c) == one.miner().id(c);
        CHECK(sameIds);
        CHECK(many.records().times() == one.records().times());
        CHECK(many.records().componentIds() == one.records().componentIds());
        CHECK(many.records().levelIds() == one.records().levelIds());
    }
}

// The append path: lines that arrive later are read with the layout learned first and join
// the same keys and templates; a stack trace that straddles the two parts stays one record.
LS_TEST(appendedLinesJoinWhatWasMined)
{
    Corpus corpus;
    corpus.addSource(LogText::fromBytes("2024-01-01 10:00:00 INFO app: user 1 logged in\n"
                                        "2024-01-01 10:00:01 ERROR app: job 7 failed\n",
                                        "grow.log"));
    CHECK(corpus.mine());
    const auto templatesBefore = corpus.miner().clusterCount();
    const auto [first, end] =
        corpus.append(LogText::fromBytes("\tat app.Job.run(Job.java:1)\n"
                                         "2024-01-01 10:00:02 INFO app: user 2 logged in\n"
                                         "2024-01-01 10:00:03 WARN app: disk 3 low\n",
                                         "grow.log"),
                      0);
    CHECK_EQ(first, std::uint64_t{2});
    CHECK_EQ(end, std::uint64_t{5});
    CHECK_EQ(corpus.lineCount(), std::uint64_t{5});
    const auto& keys = corpus.messageKeys();
    CHECK_EQ(keys.size(), std::size_t{5});
    CHECK_EQ(keys[3], keys[0]); // "user <NUM> logged in" at INFO again
    CHECK_EQ(corpus.miner().clusterCount(), templatesBefore + 2);
    CHECK_EQ(corpus.records().recordStart(2), std::uint64_t{1}); // the frame continues line 2's record
    CHECK_EQ(std::string(corpus.records().level(2)), std::string("ERROR"));
    CHECK_EQ(std::string(corpus.records().level(4)), std::string("WARN"));
    CHECK_EQ(corpus.layout(1).format, corpus.layout(0).format);
    CHECK_THROWS(corpus.append(LogText::fromBytes("x\n", "x"), 9));

    // A second file never continues the first one's record, however its first line looks.
    Corpus two;
    two.addSource(LogText::fromBytes("2024-01-01 10:00:01 ERROR app: job 7 failed\n", "a.log"));
    two.addSource(
        LogText::fromBytes("\tat app.Job.run(Job.java:1)\n2024-01-01 10:00:02 INFO app: ok\n", "b.log"));
    CHECK(two.mine());
    CHECK_EQ(two.records().recordStart(1), std::uint64_t{1});
    CHECK_EQ(std::string(two.records().level(1)), std::string());

    // A coloured log's appended line loses its colour codes as the first read's lines did, and is
    // read by the same layout.
    std::string coloured;
    for (int i = 0; i < 5; ++i)
        coloured += "2024-01-01 10:00:0" + std::to_string(i) + " \x1B[32mINFO\x1B[0m app: user " +
                    std::to_string(i) + " logged in\n";
    Corpus colours;
    colours.addSource(LogText::fromBytes(coloured, "colours.log"));
    CHECK(colours.mine());
    CHECK(colours.source(0).colourCodesRemoved());
    colours.append(
        LogText::fromBytes("2024-01-01 10:00:09 \x1B[31mERROR\x1B[0m app: user 9 logged in\n", "colours.log"),
        0);
    CHECK_EQ(std::string(colours.records().level(5)), std::string("ERROR"));
    CHECK_EQ(colours.maskedMessage(colours.messageKeys()[5]),
             colours.maskedMessage(colours.messageKeys()[0]));
}

// Following files: a grown copy leaves the original as it was; appended chunks are numbered as
// the rest of their file, a restart (rotation, truncation) numbers from line 1 again, and lines
// marked by file and number are found in the file's latest content only.
LS_TEST(grownCopiesNumberLinesByFile)
{
    Corpus original;
    original.addSource(LogText::fromBytes("2024-01-01 10:00:00 INFO app: user 1 logged in\n"
                                          "2024-01-01 10:00:01 INFO app: user 2 logged in\n",
                                          "a.log"));
    original.addSource(LogText::fromBytes("2024-01-01 10:00:00 WARN db: slow query 12 ms\n", "b.log"));
    CHECK(original.mine());
    CHECK_EQ(original.fileCount(), std::size_t{2});

    Corpus grown = original;
    const auto [first, end] =
        grown.append(LogText::fromBytes("2024-01-01 10:00:02 INFO app: user 3 logged in\n"
                                        "2024-01-01 10:00:03 ERROR app: out of memory\n",
                                        "a.log"),
                     0);
    CHECK_EQ(first, std::uint64_t{3});
    CHECK_EQ(end, std::uint64_t{5});
    // The original is untouched: lines, keys, templates, records.
    CHECK_EQ(original.lineCount(), std::uint64_t{3});
    CHECK_EQ(original.messageKeys().size(), std::size_t{3});
    CHECK_EQ(original.records().size(), std::uint64_t{3});
    CHECK_EQ(original.miner().clusterCount() + 1, grown.miner().clusterCount());
    // The copy's miner is the original's: same templates, same ids.
    for (std::uint32_t c = 0; c < original.miner().clusterCount(); ++c) {
        CHECK_EQ(grown.miner().id(c), original.miner().id(c));
        CHECK_EQ(grown.miner().templateText(c), original.miner().templateText(c));
    }
    CHECK_EQ(grown.messageKeys()[3], grown.messageKeys()[0]);
    CHECK_EQ(std::string(grown.records().component(4)), std::string("app"));
    // Interned strings of the copy are its own: the original can go.
    {
        auto from = std::make_unique<Corpus>(grown);
        Corpus copy = *from;
        from.reset();
        copy.append(LogText::fromBytes("2024-01-01 10:00:04 INFO web: up\n"
                                       "2024-01-01 10:00:05 INFO app: user 4 logged in\n",
                                       "b.log"),
                    1);
        CHECK_EQ(std::string(copy.records().component(5)), std::string("web"));
        CHECK_EQ(std::string(copy.records().component(6)), std::string("app"));
        CHECK_EQ(copy.records().componentIds()[6], copy.records().componentIds()[0]);
        CHECK_EQ(copy.locateInFile(5).first, std::size_t{1});
        CHECK_EQ(copy.locateInFile(5).second.value(), std::uint64_t{1});
    }

    CHECK_EQ(grown.fileCount(), std::size_t{2});
    CHECK_EQ(grown.sourceCount(), std::size_t{3});
    CHECK_EQ(grown.fileOf(2), std::size_t{0});
    CHECK_EQ(grown.locateInFile(4).first, std::size_t{0});
    CHECK_EQ(grown.locateInFile(4).second.value(), std::uint64_t{3}); // line 4 of a.log
    CHECK_EQ(grown.fileLineCount(0), std::uint64_t{4});
    CHECK_EQ(grown.globalLineOf(0, LineNumber{3}).value_or(99), std::uint64_t{4});
    CHECK_EQ(grown.globalLineOf(0, LineNumber{1}).value_or(99), std::uint64_t{1});
    CHECK(!grown.globalLineOf(0, LineNumber{4}));
    CHECK_THROWS(grown.append(LogText::fromBytes("x\n", "a.log"), 2)); // a chunk is not a file

    // Rotated: the new content is a.log from its line 1; the old lines stay but are not found
    // by number any more.
    grown.append(LogText::fromBytes("2024-01-01 11:00:00 INFO app: user 9 logged in\n", "a.log"), 0,
                 FileChange::Restarted);
    CHECK_EQ(grown.locateInFile(5).second.value(), std::uint64_t{0});
    CHECK_EQ(grown.fileLineCount(0), std::uint64_t{1});
    CHECK_EQ(grown.globalLineOf(0, LineNumber{0}).value_or(99), std::uint64_t{5});
    CHECK(!grown.globalLineOf(0, LineNumber{3}));
    CHECK_EQ(grown.fileCount(), std::size_t{2});

    // Mining again reads every chunk with its file's layout and numbering.
    CHECK(grown.mine());
    CHECK_EQ(grown.lineCount(), std::uint64_t{6});
    CHECK_EQ(std::string(grown.records().level(4)), std::string("ERROR"));
    CHECK_EQ(grown.messageKeys()[5], grown.messageKeys()[0]);
}

LS_TEST(progressAndCancel)
{
    Corpus corpus;
    std::string bytes;
    for (int i = 0; i < 10000; ++i)
        bytes += "event " + std::to_string(i % 7) + " x" + std::to_string(i) + "\n";
    corpus.addSource(LogText::fromBytes(bytes, "many"));

    std::vector<double> reported;
    CHECK(corpus.mine(TaskControl(nullptr, [&](const TaskProgress& p) { reported.push_back(p.fraction); })));
    CHECK(reported.size() <= 103);
    CHECK(reported.size() >= 2);
    CHECK(std::is_sorted(reported.begin(), reported.end()));
    CHECK_EQ(reported.back(), 1.0);
    CHECK_EQ(corpus.messageKeys().size(), 10000u);

    // Cancelled by the third report, as a GUI's cancel button would: mining stops at once.
    int calls = 0;
    std::atomic<bool> cancel{false};
    CHECK(!corpus.mine(TaskControl(&cancel, [&](const TaskProgress&) {
        if (++calls == 3) cancel = true;
    })));
    CHECK_EQ(calls, 3);
    CHECK(corpus.messageKeys().empty()); // a cancelled run leaves nothing half-done
}

LS_TEST(throughput)
{
    // HDFS-like: a handful of templates with varying block ids, addresses and sizes.
    std::mt19937_64 random(7);
    std::string bytes;
    const int lines = 1'000'000;
    bytes.reserve(static_cast<std::size_t>(lines) * 130);
    for (int i = 0; i < lines; ++i) {
        const auto block = static_cast<std::int64_t>(random());
        const unsigned ip = static_cast<unsigned>(random() % 250);
        bytes += "081109 2036" + std::to_string(10 + i % 50) + " " + std::to_string(i % 300) + " INFO ";
        switch (i % 4) {
        case 0:
            bytes += "dfs.DataNode$PacketResponder: PacketResponder 1 for block blk_" +
                     std::to_string(block) + " terminating\n";
            break;
        case 1:
            bytes += "dfs.DataNode$DataXceiver: Receiving block blk_" + std::to_string(block) +
                     " src: /10.250." + std::to_string(ip) + ".6:50010 dest: /10.250.10.6:50010\n";
            break;
        case 2:
            bytes += "dfs.FSNamesystem: BLOCK* NameSystem.addStoredBlock: blockMap updated: 10.251.73." +
                     std::to_string(ip) + ":50010 is added to blk_" + std::to_string(block) +
                     " size 67108864\n";
            break;
        default:
            bytes += "dfs.DataNode$PacketResponder: Received block blk_" + std::to_string(block) +
                     " of size " + std::to_string(random() % 67108864) + " from /10.251.91." +
                     std::to_string(ip) + "\n";
            break;
        }
    }
    Corpus corpus;
    corpus.addSource(LogText::fromBytes(std::move(bytes), "hdfs-like"));
    const auto start = std::chrono::steady_clock::now();
    CHECK(corpus.mine());
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double linesPerSecond = static_cast<double>(corpus.lineCount()) / seconds;
    std::printf("Corpus::mine: %.2f M lines/s, %.0f MB/s, %zu distinct, %zu clusters\n", linesPerSecond / 1e6,
                static_cast<double>(corpus.source(0).byteSize()) / seconds / 1e6,
                corpus.distinctMessageCount(), corpus.miner().clusterCount());
    CHECK_EQ(corpus.distinctMessageCount(), 4u);
    CHECK(linesPerSecond > 100'000); // target 1 M lines/s, checked 10x looser
}

LS_TEST_MAIN()

// A file that appears after mining (a followed folder's new log) is mined into the same keys and
// templates as a file of its own, and its few lines are read with its siblings' layout: alone,
// two lines from one host would make the host a constant word of the header, and the file's
// next lines, from another host, would not fit.
LS_TEST(aFileAppendedAfterMiningIsAFileOfItsOwn)
{
    Corpus corpus;
    std::string first;
    for (int i = 0; i < 60; ++i)
        first += "2024-01-01 10:00:" + std::to_string(10 + i % 50) + " web-0" + std::to_string(i % 3) +
                 " INFO job " + std::to_string(i) + " done\n";
    first += "2024-01-01 10:01:00 web-01 WARN disk 91% full\n";
    corpus.addSource(LogText::fromBytes(first, "app-2024-01-01.log"));
    CHECK_THROWS(corpus.appendFile(LogText::fromBytes("x\n", "x.log"))); // not mined yet
    CHECK(corpus.mine());
    const std::string siblingFormat = corpus.layout(0).format;
    CHECK_EQ(siblingFormat, std::string("<Time> <Entity> <Level> <Content>"));

    const auto [begin, end] =
        corpus.appendFile(LogText::fromBytes("2024-01-02 00:00:01 web-00 INFO job 77 done\n"
                                             "2024-01-02 00:00:02 web-00 ERROR job 78 failed\n",
                                             "app-2024-01-02.log"));
    CHECK_EQ(begin, std::uint64_t{61});
    CHECK_EQ(end, std::uint64_t{63});
    CHECK_EQ(corpus.fileCount(), std::size_t{2});
    CHECK_EQ(corpus.fileOf(1), std::size_t{1});
    CHECK_EQ(corpus.locateInFile(62).first, std::size_t{1});
    CHECK_EQ(corpus.locateInFile(62).second.value(), std::uint64_t{1});
    CHECK_EQ(corpus.layout(1).format, siblingFormat);
    CHECK_EQ(std::string(corpus.records().level(62)), std::string("ERROR"));
    CHECK_EQ(corpus.messageKeys()[61], corpus.messageKeys()[0]); // "job <NUM> done", the same key
    // The file's next lines come from another host, and fit.
    corpus.append(LogText::fromBytes("2024-01-02 00:00:03 web-02 INFO job 79 done\n", "app-2024-01-02.log"),
                  1);
    CHECK_EQ(std::string(corpus.records().entity(63)), std::string("web-02"));
    CHECK_EQ(corpus.messageKeys()[63], corpus.messageKeys()[0]);

    // A file of another layout keeps its own.
    corpus.appendFile(
        LogText::fromBytes("{\"ts\":\"2024-01-02T00:00:03Z\",\"level\":\"warn\",\"msg\":\"cache cold\"}\n"
                           "{\"ts\":\"2024-01-02T00:00:04Z\",\"level\":\"info\",\"msg\":\"cache warm\"}\n",
                           "cache.json"));
    CHECK(corpus.layout(3).format != siblingFormat);
    CHECK_EQ(std::string(corpus.records().level(64)), std::string("warn"));

    // Mining again reads every file as the appends did, and so does learnLayouts (`formats`).
    CHECK(corpus.mine());
    CHECK_EQ(corpus.layout(1).format, siblingFormat);
    const std::vector<SourceLayout> learned = corpus.learnLayouts();
    CHECK_EQ(learned.at(1).format, siblingFormat);
    CHECK_EQ(std::string(corpus.records().entity(63)), std::string("web-02"));
}
