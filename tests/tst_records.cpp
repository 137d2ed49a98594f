// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Records: one logger before " - " saying one thing, a user-given format, zones and clock-only
// stamps, level columns, lines that do not fit, and the record columns of the corpus. Severities
// and what the opening of a message names are tst_message_levels. The table of layouts learned from made-up
// formats is tst_learned_layouts; JSON lines, logfmt and logs that name their columns or are read by position
// are in tst_structured_lines.
#include "check.h"

#include "logsleuth/text/corpus.h"
#include "made_up_lines.h"

#include <atomic>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>

using namespace logsleuth::text;

using namespace made_up;

// A log written by one logger that says one thing over and over: every line is alike up to its
// number, so the message's first words look as stable as a header. The dash after the logger
// ends the header all the same ("%d %p [%t] %c - %m").
LS_TEST(oneLoggerSayingOneThing)
{
    std::string text = lines(200, [](int i) {
        return "2023-04-01 12:" + two(i / 60) + ":" + two(i) + ",250 INFO  [http-" + std::to_string(i % 7) +
               "] OrderService - order " + std::to_string(i * 7919 % 100000) + " placed";
    });
    text += "2023-04-01 12:59:59,999 ERROR [http-3] OrderService - payment failed\n"
            "java.lang.IllegalStateException: pool closed\n"
            "\tat com.shop.db.Pool.take(Pool.java:42)\n";
    Corpus corpus;
    corpus.addSource(LogText::fromBytes(text, "orders.log"));
    CHECK(corpus.mine());
    const SourceLayout& layout = corpus.layout(0);
    CHECK_EQ(layout.format, std::string("<Time> <Level> [<Context>] <Component> - <Content>"));
    CHECK_EQ(layout.fitted, layout.lines - 2); // the stack trace continues its record
    CHECK_EQ(std::string(corpus.records().component(0)), std::string("OrderService"));
    CHECK_EQ(std::string(corpus.message(1)), std::string("order 7919 placed"));
    CHECK_EQ(corpus.miner().templateText(corpus.clusterOfMessage(corpus.messageKeys()[0])),
             std::string("order <NUM> placed"));
}

// Tags in capitals right after the stamp (FRRouting's "BGP:", Tasmota's "MQT:"): the subsystem
// is the component, and the tag stays the message's first word, so that the same words under two
// tags stay two templates ("MQT: Connected", "WIF: Connected"). --format reads them the same way.
LS_TEST(capitalTagsNameTheComponentAndStayInTheMessage)
{
    const std::string text = lines(200, [](int i) {
        static const char* const tags[] = {"BGP", "ZEBRA", "OSPF"};
        const std::string tag = tags[i % 3];
        return "2023/04/01 12:00:" + two(i) + ".117 " + tag + ": " + (i % 10 == 3 ? "Connected" : message(i));
    });
    for (const std::string& format : {std::string(), std::string("<Time> <Component>: <Content>")}) {
        LS_ROW(format.empty() ? "learned" : "given");
        Corpus corpus = mined(text, RecordOptions{format, {}});
        CHECK_EQ(corpus.layout(0).format, std::string("<Time> <Component>: <Content>"));
        CHECK_EQ(std::string(corpus.records().component(0)), std::string("BGP"));
        CHECK_EQ(std::string(corpus.message(0)), "BGP: " + message(0));
        // Lines 3 and 13 say "Connected", under BGP and ZEBRA.
        CHECK_EQ(std::string(corpus.message(13)), std::string("ZEBRA: Connected"));
        CHECK(corpus.clusterOfMessage(corpus.messageKeys()[3]) !=
              corpus.clusterOfMessage(corpus.messageKeys()[13]));
    }
}

// java.util.logging's two-line records: the stamp, the logger and its method on the first line,
// the level and the message on the second, in the host's language ("Dez.", "WARNUNG"). Both lines
// are one record: the second continues the first, and each has the time, the logger and the
// level.
LS_TEST(recordsInTwoLines)
{
    static const char* const loggers[] = {"Orders place", "Stock reserve", "Orders cancel"};
    static const char* const levels[] = {"INFORMATION", "WARNUNG", "INFORMATION", "SCHWERWIEGEND"};
    const std::string text = lines(400, [](int i) {
        const int record = i / 2;
        if (i % 2 == 0)
            return "Dez. 01, 2026 10:" + two(i / 60) + ":" + two(i) + " AM com.shop." + loggers[record % 3];
        return std::string(levels[record % 4]) + ": " + message(i);
    });
    // "then": the second layout's lines continue the first's records; given back, it reads the same.
    const std::string format = "<Time> <Component> <Content> >> then: <Level> <Content>";
    for (const std::string& given : {std::string(), format}) {
        LS_ROW(given.empty() ? "learned" : "given");
        Corpus corpus = mined(text, RecordOptions{given, {}});
        CHECK_EQ(corpus.layout(0).format, format);
        CHECK_EQ(corpus.layout(0).fitted, std::uint64_t{200});
        CHECK_EQ(corpus.layout(0).continuations, std::uint64_t{200});
        for (std::uint64_t n : {std::uint64_t{2}, std::uint64_t{3}}) { // record 1, both lines
            CHECK_EQ(iso(corpus.records().time(n)), std::string("2026-12-01T10:00:02.000Z"));
            CHECK_EQ(std::string(corpus.records().level(n)), std::string("WARNUNG"));
            CHECK_EQ(std::string(corpus.records().component(n)), std::string("com.shop.Stock"));
            CHECK_EQ(corpus.records().recordStart(n), std::uint64_t{2});
        }
        CHECK(corpus.records().severity(6) == Severity::Error); // SCHWERWIEGEND, JUL's SEVERE
        CHECK_EQ(std::string(corpus.message(3)), message(3));
    }
    // Lines are mined in blocks of 4,096 here; a banner first puts a record's two lines on either
    // side of the first block's end (lines 4095 and 4096): the first still takes the second's level.
    const Corpus longer = mined("Running agent\n" + lines(8000, [](int i) {
                                    const int record = i / 2;
                                    if (i % 2 == 0)
                                        return "Dez. 01, 2026 10:" + two(i / 60) + ":" + two(i) +
                                               " AM com.shop." + loggers[record % 3];
                                    return std::string(levels[record % 4]) + ": " + message(i);
                                }));
    CHECK(!longer.records().level(4096).empty());
    CHECK_EQ(std::string(longer.records().level(4095)), std::string(longer.records().level(4096)));
}

// A layout whose header opens with a tag ("api: 2023-04-01 12:00:01 …", each service's lines
// prefixed with its name): a line without the tag has no header at all and does not fit it, so
// an unindented SQL text after a record still belongs with that record.
LS_TEST(aLayoutOpenedByATagNeedsTheTag)
{
    std::string text;
    for (int i = 0; i < 60; ++i) {
        text += std::string(pick(i, {"api", "db", "worker"})) + ": 2023-04-01 12:00:" + two(i) + " " +
                message(i) + "\n";
        if (i % 10 == 4) text += "SELECT id, total FROM orders\n";
    }
    Corpus corpus = mined(text);
    CHECK_EQ(corpus.layout(0).format, std::string("<Component>: <Time> <Content>"));
    const std::uint64_t sql = 5; // after record 4, on line 4
    CHECK_EQ(std::string(corpus.message(sql)), std::string("SELECT id, total FROM orders"));
    CHECK(corpus.records().strays(sql));
    CHECK_EQ(std::string(corpus.records().component(sql)), std::string(corpus.records().component(4)));
    CHECK(corpus.records().time(sql) == corpus.records().time(4));
}

// The lines of an HTTP exchange among a client's records (Certbot's log): a stamp as the value
// of the key that opens a line ("Date: Sat, 01 Apr 2023 12:00:00 GMT") makes no layout of its
// own, so an indented line after a record continues that record.
LS_TEST(aKeysStampMakesNoLayout)
{
    std::string text;
    for (int i = 0; i < 60; ++i) {
        text += "2023-04-01 12:00:" + two(i) + ",250:DEBUG:acme.client:Received response:\n";
        text += "HTTP 200\nServer: nginx\nDate: Sat, 01 Apr 2023 12:00:" + two(i) +
                " GMT\nContent-Type: application/json\n";
        text += "2023-04-01 12:00:" + two(i) + ",500:INFO:certbot.main:Certificates due:\n";
        text += "  /etc/letsencrypt/live/site" + std::to_string(i) + "/fullchain.pem expires soon\n";
    }
    Corpus corpus = mined(text);
    CHECK_EQ(corpus.layout(0).format, std::string("<Time>:<Level>:<Component>:<Content>"));
    CHECK_EQ(std::string(corpus.records().level(3)), std::string("DEBUG")); // "Date: …", a line of its record
    CHECK_EQ(std::string(corpus.records().level(6)), std::string("INFO"));  // the indented line
    CHECK_EQ(corpus.records().recordStart(6), std::uint64_t{5});
}

// A log whose header opens with a constant word on 60 % of its lines, beside lines of two other
// shapes (msiexec's verbose log: "MSI (c) (41:57) [14:03:26:020]: …", "Action start 14:03:26: …",
// "Property(S): Name = value"): no column is stable over the whole sample, so the lines that open
// with the common word teach the layout.
LS_TEST(aCommonOpeningTeachesTheLayout)
{
    const std::string text = lines(600, [](int i) {
        if (i % 5 == 3)
            return "Action start 12:" + two(i / 60) + ":" + two(i) + ": " +
                   pick(i, {"InstallFiles.", "CostFinalize."});
        if (i % 5 == 4)
            return "Property(S): " + std::string(pick(i, {"ProductName", "INSTALLDIR"})) + " = " + message(i);
        return std::string("MSI (") + pick(i, {"c", "s"}) + ") (" + pick(i, {"41:57", "60:B0"}) +
               ") [12:" + two(i / 60) + ":" + two(i) + ":020]: " + message(i);
    });
    const Corpus corpus = mined(text);
    CHECK_EQ(corpus.layout(0).format.substr(0, 4), std::string("MSI "));
    CHECK_EQ(iso(corpus.records().time(0)).substr(10), std::string("T12:00:00.020Z"));
    CHECK_EQ(std::string(corpus.message(0)), message(0));
    CHECK(corpus.records().component(0).empty()); // "(41:57)": a process's and thread's ids, no name
}

LS_TEST(givenFormat)
{
    const std::string text = "2023-04-01 12:00:00 WARN db.Pool: slow query 12ms\n"
                             "2023-04-01 12:00:01 INFO db.Pool: ok\n"
                             "not in the format\n";
    Corpus corpus = mined(text, RecordOptions{"<Date> <Time> <Level> <Component>: <Content>", {}});
    CHECK_EQ(corpus.layout(0).format, std::string("<Date> <Time> <Level> <Component>: <Content>"));
    CHECK_EQ(corpus.layout(0).fitted, std::uint64_t{2});
    CHECK_EQ(std::string(corpus.message(0)), std::string("slow query 12ms"));
    CHECK_EQ(std::string(corpus.records().level(0)), std::string("WARN"));
    CHECK_EQ(std::string(corpus.records().component(1)), std::string("db.Pool"));
    CHECK_EQ(iso(corpus.records().time(1)), std::string("2023-04-01T12:00:01.000Z"));
    CHECK_EQ(std::string(corpus.message(2)), std::string("not in the format"));
    // A line of another layout takes the time, level and component of the record before it.
    CHECK_EQ(corpus.records().time(2), corpus.records().time(1));
    CHECK_EQ(std::string(corpus.records().level(2)), std::string("INFO"));
    CHECK_EQ(std::string(corpus.records().component(2)), std::string("db.Pool"));
    CHECK(corpus.records().strays(2));

    // A field after the message: the logger closing the line. Its masked message has no logger.
    const std::string trailed = "[Apr  1 12:00:00] INFO took 12ms (app.db.Pool)\n"
                                "[Apr  1 12:00:01] WARN no logger here\n";
    Corpus tail = mined(trailed, RecordOptions{"[<Time>] <Level> <Content> (<Logger>)", {}});
    CHECK_EQ(std::string(tail.records().component(0)), std::string("app.db.Pool"));
    CHECK_EQ(tail.maskedMessage(tail.messageKeys()[0]), std::string("took <DURATION>"));
    CHECK_EQ(std::string(tail.records().level(1)), std::string("WARN"));
    CHECK_EQ(std::string(tail.records().component(1)), std::string());
    CHECK_EQ(tail.layout(0).fields, std::string("time;level;component"));

    // As the learned layouts read them: a bracketed field a line leaves empty ("[] - ", Flink's
    // context), no blank opening a message after a literal, and no time field without a digit
    // (the line below a stamp alone on its line is the stamp's record, not one of its own).
    const std::string given = "2023-04-01 12:00:00 INFO a.B [] - started\n"
                              "2023-04-01 12:00:01 INFO a.B [job-1] - running\n"
                              "2023-04-01 12:00:02 kid1| ERROR: disk full\n"
                              "2023-04-01 12:00:03\n"
                              "Thread 1 advanced to log sequence 12001\n";
    Corpus brackets =
        mined(given, RecordOptions{"<Date> <Time> <Level> <Component> [<Context>] - <Content>", {}});
    CHECK_EQ(std::string(brackets.message(0)), std::string("started"));
    CHECK_EQ(std::string(brackets.records().component(0)), std::string("a.B"));
    Corpus kid = mined(given, RecordOptions{"<Date> <Time> kid1|<Content>", {}});
    CHECK_EQ(std::string(kid.message(2)), std::string("ERROR: disk full"));
    CHECK_EQ(std::string(kid.records().level(2)), std::string("ERROR"));
    Corpus alone = mined(given, RecordOptions{"<Time> <Content>", {}});
    CHECK_EQ(alone.records().recordStart(4), std::uint64_t{3});
    CHECK_EQ(iso(alone.records().time(4)), std::string("2023-04-01T12:00:03.000Z"));

    Corpus bad;
    CHECK_THROWS(bad.setRecordOptions(RecordOptions{"<Time> <Content> <Logger> <Content>", {}}));

    // Fields after the message, read from the end: the message may hold the literal too.
    const std::string piped =
        "2023-04-01 12:00:00,250 | WARN  | a | b failed | org.acme.Broker | Transport: tcp:///10.0.3.5\n";
    Corpus after =
        mined(piped, RecordOptions{"<Date> <Time> | <Level> | <Content> | <Logger> | <Thread>", {}});
    CHECK_EQ(std::string(after.message(0)), std::string("a | b failed"));
    CHECK_EQ(std::string(after.records().component(0)), std::string("org.acme.Broker"));
    CHECK_EQ(std::string(after.records().level(0)), std::string("WARN"));
    CHECK_THROWS(bad.setRecordOptions(RecordOptions{"<Time> <Level>", {}}));
    CHECK_THROWS(bad.setRecordOptions(RecordOptions{"<Time <Content>", {}}));
    CHECK_THROWS(bad.setRecordOptions(RecordOptions{"json:colour=x", {}}));
}

LS_TEST(zoneOption)
{
    const std::string text =
        lines(50, [](int i) { return "2023-04-01 12:00:" + two(i) + " INFO " + message(i); });
    Corpus corpus = mined(text, RecordOptions{{}, *TimeZoneSpec::parse("+02:00")});
    CHECK_EQ(iso(corpus.records().time(0)), std::string("2023-04-01T10:00:00.000Z"));
}

// A console logger's "HH:mm:ss.SSS" has no date: the last line takes the day of the file's
// modification time, midnights passed are counted back from it, and a followed file's new
// lines go on from the day its last line was on.
LS_TEST(clockOnlyStampsTakeTheirDayFromTheFile)
{
    const auto line = [](const std::string& clock, const std::string& what) {
        return clock + " [main] INFO  app.Job - " + what + "\n";
    };
    std::string text;
    for (int i = 0; i < 40; ++i)
        text += line("23:59:" + two(i) + ".500", "tick " + std::to_string(i));
    text += "\tat app.Job.run(Job.java:1)\n"; // a continuation keeps its record's time
    for (int i = 0; i < 40; ++i)
        text += line("00:30:" + two(i) + ".250", "tock " + std::to_string(i));
    struct Row {
        const char* name;
        std::int64_t modifiedMs;
        const char *first, *last;
    };
    const std::int64_t june1 = 1590969600000; // 2020-06-01T00:00:00Z
    const Row rows[] = {
        {"written after the last line", june1 + 40 * 60000, "2020-05-31T23:59:00.500Z",
         "2020-06-01T00:30:39.250Z"},
        {"a last clock a little ahead of the file's", june1 + 28 * 60000, "2020-05-31T23:59:00.500Z",
         "2020-06-01T00:30:39.250Z"},
        {"a last clock far ahead of the file's: the day before", june1 + 10 * 60000,
         "2020-05-30T23:59:00.500Z", "2020-05-31T00:30:39.250Z"},
    };
    for (const Row& row : rows) {
        LS_ROW(row.name);
        Corpus corpus;
        LogText source = LogText::fromBytes(text, "console.log");
        source.setModifiedMs(row.modifiedMs);
        corpus.addSource(std::move(source));
        CHECK(corpus.mine());
        const RecordColumns& records = corpus.records();
        CHECK_EQ(iso(records.time(0)), std::string(row.first));
        CHECK_EQ(records.time(40), records.time(39)); // the stack frame
        CHECK_EQ(iso(records.time(80)), std::string(row.last));
        CHECK_EQ(std::string(records.level(0)), "INFO");

        LogText more = LogText::fromBytes(line("00:31:00.000", "later"), "console.log");
        more.setModifiedMs(row.modifiedMs + 60000);
        corpus.append(std::move(more), 0);
        CHECK_EQ(iso(corpus.records().time(81)), std::string(row.last).substr(0, 11) + "00:31:00.000Z");
    }
}

// A level column keeps the words it was learnt from: a custom level of the log's own still fits,
// while a syslog line written into the file, whose host stands where the level does, strays.
LS_TEST(levelColumnKeepsItsWords)
{
    std::string text;
    for (int i = 0; i < 400; ++i) {
        const char* level = i % 20 == 0 ? "AUDIT" : i % 7 == 0 ? "WARN" : "INFO";
        text +=
            "2024-03-01 10:00:" + two(i) + " " + level + " app.Worker: job " + std::to_string(i) + " done\n";
        if (i == 200) text += "Mar  1 10:03:20 gateway sshd[42]: Received disconnect from 10.0.0.7 port 22\n";
        if (i == 300) text += "2024-03-01 10:05:00 FATAL app.Worker: out of memory\n";
    }
    Corpus corpus = mined(text);
    const RecordColumns& records = corpus.records();
    CHECK_EQ(corpus.layout(0).format, std::string("<Time> <Level> <Component>: <Content>"));
    CHECK_EQ(corpus.layout(0).fitted, std::uint64_t{401});
    CHECK(records.strays(201));
    CHECK_EQ(std::string(records.level(0)), std::string("AUDIT"));
    CHECK(!records.strays(302));
    CHECK_EQ(std::string(records.level(302)), std::string("FATAL"));
}

// learnLayouts() (what `formats` prints, without mining) says what mining learns, continuations
// included, on the made-up multi-line log and on the loghub samples; a cancel gives nothing.
LS_TEST(layoutsWithoutMiningMatchMining)
{
    std::vector<std::pair<std::string, std::string>> logs;
    for (const char* name :
         {"Apache", "HDFS", "Hadoop", "Linux", "OpenSSH", "Spark", "Android", "OpenStack", "Zookeeper"}) {
        const std::string path =
            std::string(LOGSLEUTH_TEST_DATA) + "/loghub/" + name + "/" + name + "_2k.log";
        std::ifstream in(path, std::ios::binary);
        logs.emplace_back(name,
                          std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()));
    }
    std::string multiLine;
    for (int i = 0; i < 60; ++i)
        multiLine +=
            "2023-04-01 12:00:" + two(i) + ",123 ERROR [main] com.example.Service: failed\n" +
            (i % 3 ? "" : "java.lang.IllegalStateException: boom\n\tat com.example.Service.run(S.java:4)\n");
    logs.emplace_back("multi-line", multiLine);
    for (const auto& [name, text] : logs) {
        LS_ROW(name);
        CHECK(!text.empty());
        Corpus corpus;
        corpus.addSource(LogText::fromBytes(text, name + ".log"));
        const std::vector<SourceLayout> learned = corpus.learnLayouts();
        CHECK(corpus.mine());
        CHECK_EQ(learned.size(), std::size_t{1});
        if (learned.size() != 1) continue;
        const SourceLayout& mined = corpus.layout(0);
        CHECK_EQ(learned[0].format, mined.format);
        CHECK_EQ(learned[0].fields, mined.fields);
        CHECK_EQ(learned[0].lines, mined.lines);
        CHECK_EQ(learned[0].fitted, mined.fitted);
        CHECK_EQ(learned[0].continuations, mined.continuations);
    }
    Corpus corpus;
    corpus.addSource(LogText::fromBytes(multiLine, "x.log"));
    std::atomic<bool> cancel{true};
    CHECK(corpus.learnLayouts(logsleuth::TaskControl(&cancel)).empty());
}

// A line that fits no layout is kept whole as its message, strays and is a record of its own; it
// takes the time, level and component of the record before it (lnav reads such a line as part of
// the message before it), so filters and the timeline keep it among the lines it was written
// with: an unindented SQL text or the list that a message announces. Before any record (a
// banner), it takes the first record's time only: it was written just before.
LS_TEST(linesThatDoNotFitAreKeptWhole)
{
    std::string text = "garbage before any header\n";
    text += lines(100, [](int i) { return "2023-04-01 12:00:" + two(i) + " INFO " + message(i); });
    text += "garbage without a header\n";
    Corpus corpus = mined(text);
    CHECK_EQ(corpus.layout(0).lines, std::uint64_t{102});
    CHECK_EQ(corpus.layout(0).fitted, std::uint64_t{100});
    CHECK_EQ(std::string(corpus.message(101)), std::string("garbage without a header"));
    CHECK_EQ(corpus.records().time(101), corpus.records().time(100));
    CHECK_EQ(std::string(corpus.records().level(101)), std::string("INFO"));
    CHECK(corpus.records().strays(101));
    CHECK_EQ(corpus.records().recordStart(101), std::uint64_t{101});
    CHECK_EQ(corpus.records().time(0), corpus.records().time(1));
    CHECK(corpus.records().time(0) != kNoTime);
    CHECK(corpus.records().level(0).empty());
    CHECK(corpus.records().strays(0));
}

// An application's log and its web server's access lines in one stream (a container's standard
// output): the lines the file's layout leaves, frames and tracebacks aside, have a layout of
// their own, learned and read with its time; the learned format reads the lines back the same
// way. A traceback's unindented exception line does not make a layout: it names no time.
LS_TEST(twoLayoutsInOneStream)
{
    const std::string text = lines(300, [](int i) {
        if (i % 3 == 0)
            return "[2026-12-01 10:" + two(i / 60) + ":" + two(i) + " +0000] [9] [" +
                   pick(i, {"INFO", "WARNING", "ERROR"}) + "] " + message(i) +
                   (i % 30 == 0 ? "\nTraceback (most recent call last):\n  File \"/app/x.py\", line 3, in f\n"
                                  "ValueError: bad value " +
                                      std::to_string(i)
                                : std::string());
        return "10.0.8." + std::to_string(i % 7) + " - - [01/Dec/2026:11:" + two(i / 60) + ":" + two(i) +
               " +0000] \"GET /api/items/" + std::to_string(i) + " HTTP/1.1\" 200 " +
               std::to_string(500 + i) + " \"-\" \"curl/8.5.0\"";
    });
    Corpus corpus = mined(text);
    const std::string format = corpus.layout(0).format;
    CHECK_EQ(format, std::string("[<Time>] [<Context>] [<Level>] <Content> >> or: ncsa"));
    // Lines 1–3 are the first record's traceback, line 5 an access line: its own time, not the
    // record's before it.
    CHECK_EQ(iso(corpus.records().time(5)), std::string("2026-12-01T11:00:02.000Z"));
    CHECK(!corpus.records().strays(5));
    // The exception that closes a traceback continues its record.
    CHECK_EQ(std::string(corpus.message(3)), std::string("ValueError: bad value 0"));
    CHECK_EQ(corpus.records().recordStart(3), std::uint64_t{0});
    Corpus again = mined(text, RecordOptions{format, {}});
    for (std::uint64_t n = 0; n < 12; ++n) {
        CHECK_EQ(again.records().time(n), corpus.records().time(n));
        CHECK_EQ(std::string(again.message(n)), std::string(corpus.message(n)));
    }
}

// A layout that reads no time while a third of the lines carry one among their first cells:
// the stamped lines have a layout of their own, read first (a Python server's "INFO 12-01
// 10:00:00 [file.py:42] …" beside its web server's "INFO:     10.0.0.7:5123 - …" lines).
LS_TEST(stampedLinesBesideUnstampedOnes)
{
    const std::string text = lines(300, [](int i) {
        if (i % 3 == 2)
            return "INFO:     10.0.3." + std::to_string(i % 9) + ":" + std::to_string(40000 + i) +
                   " - \"POST /v1/items HTTP/1.1\" 200 OK";
        return std::string(pick(i, {"INFO", "INFO", "WARNING"})) + " 12-01 10:" + two(i / 60) + ":" + two(i) +
               " [" + pick(i, {"api_server.py", "engine.py", "loggers.py"}) + ":" +
               std::to_string(100 + i % 9) + "] " + message(i);
    });
    Corpus corpus = mined(text);
    const std::string format = corpus.layout(0).format;
    CHECK_EQ(format, std::string("<Level> <Time> [<Component>] <Content> >> or: <Level> <Content>"));
    // (The year is the file's: now, for text mined from memory.)
    CHECK_EQ(iso(corpus.records().time(1)).substr(4), std::string("-12-01T10:00:01.000Z"));
    CHECK_EQ(std::string(corpus.records().component(1)), std::string("engine.py"));
    CHECK_EQ(std::string(corpus.records().level(2)), std::string("INFO"));
    CHECK(std::string(corpus.message(2)).starts_with("10.0.3.2:"));
}

// No layout holds for the file: a call's id leads some stamps and not others, and the call's
// dial-plan lines have neither (FreeSWITCH). The stamped lines' layouts are learned and read;
// a measure after the stamp (idle CPU) names nobody, and the source location after the level
// names the component.
LS_TEST(stampedLinesAmongUnstampedOnes)
{
    const std::string text = lines(300, [](int i) {
        const std::string call = "bf10fa3a-dbf1-4c26-a377-94e50b2e55" + two(i % 40);
        const std::string stamp =
            "2026-12-01 10:" + two(i / 60) + ":" + two(i) + ".000089 " + std::to_string(93 + i % 7) + "." +
            two(i % 97) + "% [" + pick(i, {"NOTICE", "DEBUG", "INFO"}) + "] " +
            pick(i, {"switch_channel.c:1142", "mod_sofia.c:5909", "sofia.c:1065"}) + " " + message(i);
        switch (i % 5) {
        case 0:
            return stamp;
        case 1:
        case 2:
            return call + " " + stamp;
        default:
            return call + " Dialplan: sofia/internal/10" + two(i % 20) + " parsing [default->x" +
                   std::to_string(i % 3) + "] continue=false";
        }
    });
    Corpus corpus = mined(text);
    const SourceLayout& layout = corpus.layout(0);
    CHECK(layout.format.find(" >> or: ") != std::string::npos);
    CHECK_EQ(layout.fitted, std::uint64_t{180});
    const RecordColumns& records = corpus.records();
    CHECK_EQ(iso(records.time(0)), std::string("2026-12-01T10:00:00.000Z"));
    CHECK_EQ(std::string(records.level(0)), std::string("NOTICE"));
    CHECK_EQ(std::string(records.component(0)), std::string("switch_channel.c"));
    CHECK(records.entity(0).empty());
    CHECK_EQ(iso(records.time(1)), std::string("2026-12-01T10:00:01.000Z"));
    CHECK_EQ(std::string(records.component(1)), std::string("mod_sofia.c"));
    CHECK_EQ(std::string(corpus.message(1)), message(1));
    CHECK(std::string(corpus.message(3)).find("Dialplan: ") != std::string::npos);
}

// Stamped lines a first layout leaves, fewer than the other lines it leaves (a training run's
// own "12/01/2026 10:00:00 - INFO - …" lines beside the Trainer's "[INFO|trainer.py:2048] …"
// lines and their unindented dumps): a layout of their own all the same.
LS_TEST(fewStampedLinesAmongOthers)
{
    const std::string text = lines(400, [](int i) {
        if (i % 20 == 7)
            return "12/01/2026 10:" + two(i / 60) + ":" + two(i) + " - " + pick(i, {"INFO", "WARNING"}) +
                   " - __main__ - " + message(i);
        if (i % 20 < 12)
            return "[INFO|" + std::string(pick(i, {"trainer.py:2048", "configuration_utils.py:679"})) +
                   "] 2026-12-01 10:" + two(i / 60) + ":" + two(i) + ",123 >> " + message(i);
        return std::string(pick(i, {"max_steps=", "num_train_epochs=", "learning_rate=", "seed="})) +
               std::to_string(i) + ",";
    });
    Corpus corpus = mined(text);
    const std::string format = corpus.layout(0).format;
    CHECK_EQ(format.substr(0, format.find(" >> or: ")),
             std::string("[<Level>|<Component>] <Time> <Content>"));
    CHECK(format.find(" >> or: <Time> - <Level> - <Component> - <Content>") != std::string::npos);
    CHECK_EQ(iso(corpus.records().time(7)).substr(4), std::string("-12-01T10:00:07.000Z"));
    CHECK_EQ(std::string(corpus.records().level(7)), std::string("WARNING"));
    CHECK_EQ(std::string(corpus.records().component(1)), std::string("configuration_utils.py"));
}

// Stamps in two spellings among lines with none (a model server's `docker logs`): logfmt lines
// whose first pair holds the stamp ("time=2026-12-01T10:00:00.013Z level=INFO …"), a web
// framework's "[GIN] 2026/12/01 - 10:00:17 | 200 | …" with its date and clock apart, and a
// library's "llama_model_loader: - kv …" dumps with no stamp, more than half of the file. The
// stamped lines are read for their time whichever layout they have.
LS_TEST(stampedPairsAndSplitStampsAmongOthers)
{
    const std::string text = lines(300, [](int i) {
        const std::string clock = "10:" + two(i / 60) + ":" + two(i);
        if (i % 6 == 0)
            return "time=2026-12-01T" + clock + ".013Z level=" + pick(i, {"INFO", "INFO", "WARN"}) +
                   " source=" + pick(i, {"routes.go:1259", "sched.go:714"}) + " msg=\"" + message(i) + "\"";
        if (i % 6 < 3)
            return "[GIN] 2026/12/01 - " + clock + " | 200 | " + std::to_string(1 + i % 9) +
                   ".5s |      172.17.0." + std::to_string(i % 5) + " | POST    \"/api/chat\"";
        return "llama_model_loader: - kv " + std::to_string(i % 30) + ":  " +
               pick(i, {"general.name", "llama.block_count", "tokenizer.ggml.model"}) + " str = v" +
               std::to_string(i % 4);
    });
    Corpus corpus = mined(text);
    CHECK(corpus.layout(0).format.find(" >> or: ") != std::string::npos);
    CHECK_EQ(iso(corpus.records().time(6)), std::string("2026-12-01T10:00:06.013Z"));
    CHECK_EQ(std::string(corpus.records().level(6)), std::string(pick(6, {"INFO", "INFO", "WARN"})));
    CHECK_EQ(iso(corpus.records().time(1)), std::string("2026-12-01T10:00:01.000Z"));
}

LS_TEST(columnsAreCompact)
{
    const std::string text = lines(1000, [](int i) {
        return "2023-04-01 12:00:" + two(i) + " INFO [t" + std::to_string(i % 4) + "] c.C" +
               std::to_string(i % 7) + ": " + message(i);
    });
    Corpus corpus = mined(text);
    const RecordColumns& records = corpus.records();
    CHECK_EQ(records.size(), std::uint64_t{1000});
    std::printf("record columns: %zu bytes per line, %zu interned strings\n", records.bytesPerLine(),
                records.stringCount());
    CHECK(records.bytesPerLine() <= 20);
    CHECK_EQ(records.stringCount(), std::size_t{1 + 7}); // "" and seven components
    CHECK_EQ(records.levelCount(), std::size_t{2});
    CHECK(records.severity(0) == Severity::Info);
}

LS_TEST_MAIN()
