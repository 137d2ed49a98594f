// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Records that span physical lines: stack traces and Python tracebacks after a header, and a
// header alone on its line with the message indented below it. Every line keeps its own row;
// the record column says where its record starts.
#include "check.h"

#include "logsleuth/text/corpus.h"
#include "made_up_lines.h"

#include <string>

using namespace logsleuth::text;
using namespace made_up;

namespace {

// The template the miner gave line `line`'s message.
std::string templateOfLine(const Corpus& corpus, std::uint64_t line)
{
    return corpus.miner().templateText(corpus.clusterOfMessage(corpus.messageKeys()[line]));
}

} // namespace

LS_TEST(multiLineRecords)
{
    std::string text;
    for (int i = 0; i < 60; ++i) {
        text += "2023-04-01 12:00:" + two(i) + ",123 ERROR [main] com.example.Service: failed " + message(i) +
                "\n";
        if (i % 3 == 0)
            text += "java.lang.IllegalStateException: boom\n"
                    "\tat com.example.Service.run(Service.java:42)\n"
                    "\tat java.lang.Thread.run(Thread.java:750)\n"
                    "Caused by: java.io.IOException: disk\n"
                    "    ... 3 more\n";
        if (i % 6 == 1)
            text += "Traceback (most recent call last):\n"
                    "  File \"app.py\", line 3, in <module>\n"
                    "ValueError: bad value\n"
                    "\n"
                    "During handling of the above exception, another exception occurred:\n"
                    "\n"
                    "Traceback (most recent call last):\n"
                    "  File \"app.py\", line 5, in <module>\n"
                    "app.errors.WrappedError: wrapped\n";
        if (i % 6 == 3) // Monolog's trace of a PHP exception, numbered frames after "[stacktrace]"
            text += "[stacktrace]\n"
                    "#0 /app/src/Db.php(31): PDO->__construct('mysql:host=db', 'shop')\n"
                    "#1 {main}\n"
                    "\"}\n";
        if (i % 6 == 4) // an exception with an indented detail before its frames
            text += "org.postgresql.util.PSQLException: ERROR: duplicate key\n"
                    "  Detail: Key (id)=(7) already exists.\n"
                    "\tat org.example.Store.write(Store.java:9)\n";
        if (i % 6 == 5) // an exception whose cause follows it at once, frames after the cause
            text += "org.example.WrappedException: outer\n"
                    "Caused by: java.io.IOException: inner\n"
                    "\tat org.example.Store.read(Store.java:7)\n";
    }
    Corpus corpus = mined(text);
    const SourceLayout& layout = corpus.layout(0);
    CHECK_EQ(layout.format, std::string("<Time> <Level> [<Context>] <Component>: <Content>"));
    CHECK_EQ(layout.fitted, std::uint64_t{60});
    CHECK_EQ(layout.continuations, std::uint64_t{20 * 5 + 10 * 9 + 10 * 4 + 10 * 3 + 10 * 3});
    const RecordColumns& records = corpus.records();
    for (std::uint64_t line = 1; line <= 5; ++line) {
        LS_ROW("continuation " + std::to_string(line));
        CHECK_EQ(records.recordStart(line), std::uint64_t{0});
        CHECK_EQ(records.time(line), records.time(0));
        CHECK_EQ(std::string(records.level(line)), std::string("ERROR"));
    }
    CHECK_EQ(records.recordStart(6), std::uint64_t{6});
    // A Python traceback, blank lines and chained exceptions included, stays in its record.
    for (std::uint64_t line = 7; line <= 15; ++line) {
        LS_ROW("traceback " + std::to_string(line));
        CHECK_EQ(records.recordStart(line), std::uint64_t{6});
    }
    CHECK_EQ(records.recordStart(16), std::uint64_t{16});
    // So does a PHP trace after a Java one (lines 23 to 26 after the record of line 17).
    for (std::uint64_t line = 23; line <= 26; ++line) {
        LS_ROW("php frames " + std::to_string(line));
        CHECK_EQ(records.recordStart(line), std::uint64_t{17});
        CHECK_EQ(std::string(records.level(line)), std::string("ERROR"));
    }
    CHECK_EQ(records.recordStart(27), std::uint64_t{27});
    // An exception line before an indented detail, and one before its cause, are the record's too
    // (lines 28 to 30 after line 27, lines 32 to 34 after line 31).
    for (std::uint64_t line : {28, 29, 30, 32, 33, 34}) {
        LS_ROW("detail or cause " + std::to_string(line));
        CHECK_EQ(records.recordStart(line), line < 31 ? std::uint64_t{27} : std::uint64_t{31});
        CHECK_EQ(std::string(records.level(line)), std::string("ERROR"));
    }
    // Every physical line keeps its own row and message, and none strays from the layout.
    CHECK_EQ(corpus.lineCount(), std::uint64_t{60 + 20 * 5 + 10 * 9 + 10 * 4 + 10 * 3 + 10 * 3});
    for (std::uint64_t line = 0; line < corpus.lineCount(); ++line)
        CHECK(!records.strays(line));
    CHECK_EQ(std::string(corpus.message(2)), std::string("\tat com.example.Service.run(Service.java:42)"));
}

// A console logger that writes "level: Category[EventId]" alone on a line and the message
// indented on the next (.NET's default console format, and others like it): the name is the
// component, its id is no part of it, and the message lines take the header's fields.
// The header line itself is mined as the name it gives.
LS_TEST(aHeaderAloneAboveItsMessage)
{
    std::string text;
    for (int i = 0; i < 200; ++i) {
        text += std::string(pick(i, {"info", "info", "warn", "fail"})) + ": " +
                pick(i, {"Shop.Orders.OrderController", "Shop.Db.Pool", "Host.Lifetime"}) + "[" +
                std::to_string(i % 7) + "]\n";
        text += "      " + message(i) + "\n";
    }
    for (const bool given : {false, true}) {
        LS_ROW(given ? "given back with --format" : "learned");
        RecordOptions options;
        if (given) options.format = "<Level> <Component> <Content>";
        Corpus corpus = mined(text, options);
        const SourceLayout& layout = corpus.layout(0);
        if (!given) CHECK_EQ(layout.format, std::string("<Level> <Component> <Content>"));
        CHECK_EQ(layout.fitted, std::uint64_t{200});
        CHECK_EQ(layout.continuations, std::uint64_t{200});
        const RecordColumns& records = corpus.records();
        for (std::uint64_t line : {0, 1, 2, 3}) {
            const int i = static_cast<int>(line / 2);
            CHECK_EQ(records.recordStart(line), line / 2 * 2);
            CHECK_EQ(std::string(records.level(line)),
                     std::string(pick(i, {"info", "info", "warn", "fail"})));
            CHECK_EQ(std::string(records.component(line)),
                     std::string(pick(i, {"Shop.Orders.OrderController", "Shop.Db.Pool", "Host.Lifetime"})));
            CHECK(!records.strays(line));
        }
        CHECK_EQ(std::string(corpus.message(0)), std::string());
        CHECK_EQ(std::string(corpus.message(1)), "      " + message(0));
        // The message lines are mined as messages: "request <NUM> served in <DURATION>".
        CHECK_EQ(corpus.miner().templateText(corpus.clusterOfMessage(corpus.messageKeys()[1])),
                 std::string("request <NUM> served in <DURATION>"));
        // A header line is mined as the name it gives, its event id and all: the ids tell the
        // events apart.
        CHECK_EQ(templateOfLine(corpus, 0), std::string("Shop.Orders.OrderController[0]"));
        CHECK_EQ(templateOfLine(corpus, 6), std::string("Shop.Db.Pool[3]"));
    }
}

// An empty message after a syslog tag (Dire Wolf's blank lines between packets, through
// journald): one template whatever the process id, where the tag's program stays in it.
LS_TEST(emptyMessagesAfterAProgramsTag)
{
    std::string text;
    for (int i = 0; i < 200; ++i) {
        const std::string tag = "Dec 01 10:" + two(i / 60) + ":" + two(i % 60) + " aprs-pi direwolf[" +
                                std::to_string(i < 100 ? 976 : 9351) + "]: ";
        text += tag + message(i) + "\n" + tag + "\n";
    }
    Corpus corpus = mined(text);
    CHECK_EQ(corpus.layout(0).format, std::string("<Time> <Entity> <Component>: <Content>"));
    CHECK_EQ(templateOfLine(corpus, 1), std::string("direwolf[<NUM>]:"));
    CHECK_EQ(templateOfLine(corpus, 201), templateOfLine(corpus, 1));
    CHECK_EQ(std::string(corpus.records().component(1)), std::string("direwolf"));
}

// A command's id in hex before an empty line of its output (Kamal's " DEBUG [21d61f9c] \t") names
// no event: the empty lines of all commands are one template.
LS_TEST(emptyOutputLinesUnderCommandIds)
{
    std::string text;
    for (int i = 0; i < 200; ++i) {
        char id[16];
        std::snprintf(id, sizeof id, "%08x", 0x21d61f9cU + static_cast<unsigned>(i / 10) * 0x1013U);
        text +=
            std::string(i % 2 ? " DEBUG [" : "  INFO [") + id + (i % 2 ? "] \t" : "] ") + message(i) + "\n";
        text += std::string(" DEBUG [") + id + "] \t\n";
    }
    Corpus corpus = mined(text);
    CHECK_EQ(corpus.layout(0).format, std::string("<Level> [<Component>] <Content>"));
    CHECK_EQ(templateOfLine(corpus, 21), templateOfLine(corpus, 1));
    CHECK_EQ(templateOfLine(corpus, 399), templateOfLine(corpus, 1));
}

// A header that closes with the logger's dotted name alone, the message indented on the next
// line (Mopidy's "%(levelname)-8s %(asctime)s [%(process)d:%(threadName)s] %(name)s\n  %(message)s"):
// the name is the component, past the bracket of process and thread, and as it names no event
// the header lines are one template.
LS_TEST(aLoggerAloneAboveItsMessage)
{
    std::string text;
    for (int i = 0; i < 200; ++i) {
        text +=
            std::string(pick(i, {"INFO    ", "INFO    ", "WARNING ", "DEBUG   "})) +
            " 2026-12-01 10:" + two(i / 60) + ":" + two(i % 60) +
            ",235 [1643:" + pick(i, {"MainThread", "Audio-2", "MpdSession-13"}) + "] " +
            pick(i, {"mopidy.core.library", "mopidy_iris.core", "mopidy.__main__", "mopidy.mpd.session"}) +
            "\n";
        text += "  " + message(i) + "\n";
    }
    Corpus corpus = mined(text, {});
    CHECK_EQ(corpus.layout(0).format, std::string("<Level> <Time> [<Context>] <Component> <Content>"));
    CHECK_EQ(corpus.layout(0).fitted, std::uint64_t{200});
    const RecordColumns& records = corpus.records();
    for (std::uint64_t line : {0, 1, 2, 3, 4, 5}) {
        const int i = static_cast<int>(line / 2);
        CHECK_EQ(records.recordStart(line), line / 2 * 2);
        CHECK_EQ(std::string(records.component(line)),
                 std::string(pick(i, {"mopidy.core.library", "mopidy_iris.core", "mopidy.__main__",
                                      "mopidy.mpd.session"})));
    }
    for (std::uint64_t line : {2, 4, 6})
        CHECK_EQ(corpus.clusterOfMessage(corpus.messageKeys()[line]),
                 corpus.clusterOfMessage(corpus.messageKeys()[0]));
    CHECK_EQ(templateOfLine(corpus, 1), std::string("request <NUM> served in <DURATION>"));
}

// A logger closing the records' first lines, an exception's lines under half of them (OrientDB's
// "… [OServer]" above "java.net.SocketException: …"): the logger closes most records, however
// few of all lines they are, and the lines under a record are its own.
LS_TEST(aLoggerClosingRecordsAboveTheirExceptions)
{
    std::string text;
    for (int i = 0; i < 200; ++i) {
        text += "2026-12-01 10:" + two(i / 60) + ":" + two(i % 60) + ":123 " +
                pick(i, {"INFO ", "WARNI", "SEVER"}) + " " + message(i) + " [" +
                pick(i, {"OServer", "ONetworkProtocolBinary", "orientechnologies"}) + "]\n";
        if (i % 2 == 1)
            text +=
                "java.net.SocketException: Connection reset\n\tat java.base/sun.nio.ch.NioSocketImpl.read("
                "NioSocketImpl.java:" +
                std::to_string(300 + i) + ")\n";
    }
    Corpus corpus = mined(text, {});
    CHECK_EQ(corpus.layout(0).format, std::string("<Time> <Level> <Content> [<Component>]"));
    const RecordColumns& records = corpus.records();
    CHECK_EQ(std::string(records.component(0)), std::string("OServer"));
    CHECK_EQ(std::string(records.level(1)), std::string("WARNI"));
    CHECK_EQ(std::string(records.component(1)), std::string("ONetworkProtocolBinary"));
    CHECK_EQ(records.recordStart(3), std::uint64_t{1});
    CHECK_EQ(std::string(corpus.message(0)), message(0));
}

// Records of many lines, a stamp leading one line in some thirty (Yii's and Craft CMS's web.log: a
// header, a stack trace, a dump of $_SERVER): the stamped lines still set the layout, and the
// lines under each take its time.
LS_TEST(stampsLeadingOneLineInThirty)
{
    std::string text;
    for (int i = 0; i < 70; ++i) {
        text += "2026-12-01 10:" + two(i / 60) + ":" + two(i % 60) + " [203.0.113." + std::to_string(i % 50) +
                "][-][-][" + pick(i, {"error", "warning", "info"}) + "][yii\\web\\HttpException:404] " +
                message(i) + "\nStack trace:\n";
        for (int frame = 0; frame < 18; ++frame)
            text += "#" + std::to_string(frame) + " /var/www/vendor/yiisoft/yii2/base/Module.php(" +
                    std::to_string(500 + frame) + "): yii\\base\\Controller->runAction('', Array)\n";
        text += "$_SERVER = [\n";
        for (int key = 0; key < 14; ++key)
            text += "    'KEY_" + std::to_string(key) + "' => 'value " + std::to_string(i) + "'\n";
        text += "]\n";
    }
    Corpus corpus = mined(text, {});
    CHECK_EQ(corpus.layout(0).format,
             std::string("<Time> [<Context>][<Context2>][<Context3>][<Level>][<Component>] <Content>"));
    const RecordColumns& records = corpus.records();
    CHECK_EQ(std::string(records.level(0)), std::string("error"));
    const std::uint64_t perRecord = 1 + 1 + 18 + 1 + 14 + 1;
    CHECK_EQ(iso(records.time(perRecord + 5)), std::string("2026-12-01T10:00:01.000Z"));
    CHECK_EQ(iso(records.time(2 * perRecord - 1)), std::string("2026-12-01T10:00:01.000Z"));
}

// A word and its colon before one value that ends the line (yum's "Installed: bash-4.2.46…"
// beside "Updated:" and "Erased:") is the message, not a program's tag before it: the word
// names the event.
LS_TEST(aWordBeforeTheLinesOneValueIsTheMessage)
{
    std::string text;
    for (int i = 0; i < 300; ++i)
        text += "Apr  " + std::to_string(1 + i % 9) + " 12:00:" + two(i % 60) + " " +
                pick(i, {"Updated", "Updated", "Installed", "Erased"}) + ": " +
                pick(i, {"bash", "glibc", "kernel", "strace", "zabbix-agent2"}) + "-" +
                std::to_string(1 + i % 7) + "." + std::to_string(i % 30) + "-1.el7.x86_64\n";
    Corpus corpus = mined(text);
    CHECK_EQ(corpus.layout(0).format, std::string("<Time> <Content>"));
    CHECK_EQ(std::string(corpus.records().component(0)), std::string());
    CHECK_EQ(templateOfLine(corpus, 0), std::string("Updated: <*>"));
    CHECK_EQ(templateOfLine(corpus, 2), std::string("Installed: <*>"));
}

// A line of another layout that opens with a stamp of its own, marks before it allowed (a cron
// wrapper's "=== 2026-11-17T02:00:02+00:00 liquibase update ===" above a tool's banner and its own
// records): the line is placed at its stamp, and the unstamped lines after it at the same.
LS_TEST(aStrayLineWithAStampOfItsOwn)
{
    std::string text;
    for (int run = 0; run < 10; ++run) {
        const std::string day = "2026-11-" + two(10 + run);
        text += "=== " + day + "T02:00:02+00:00 liquibase update env=dev ===\n";
        text += "####################\n##  Liquibase  ##\n####################\n";
        for (int i = 0; i < 20; ++i)
            text += "[" + day + " 02:01:" + two(i) + "] " + pick(i, {"INFO", "INFO", "WARNING"}) +
                    " [liquibase.changelog] " + message(i) + "\n";
    }
    Corpus corpus = mined(text);
    CHECK_EQ(corpus.layout(0).format, std::string("[<Time>] <Level> [<Component>] <Content>"));
    const RecordColumns& records = corpus.records();
    const std::uint64_t perRun = 1 + 3 + 20;
    CHECK_EQ(iso(records.time(perRun)), std::string("2026-11-11T02:00:02.000Z"));
    CHECK_EQ(iso(records.time(perRun + 2)), std::string("2026-11-11T02:00:02.000Z"));
    CHECK_EQ(iso(records.time(perRun + 4)), std::string("2026-11-11T02:01:00.000Z"));
    CHECK_EQ(iso(records.time(2)), std::string("2026-11-10T02:00:02.000Z"));
}

// A stamp alone on its line, its message on the lines below, not indented (as a database's alert
// log writes them): those lines are the stamp's record and take its time.
LS_TEST(aStampAloneAboveItsLines)
{
    std::string text;
    for (int i = 0; i < 150; ++i) {
        text += std::string(pick(i, {"Tue", "Wed"})) + " Dec 0" + std::to_string(1 + i % 9) +
                " 10:" + two(i / 60) + ":" + two(i % 60) + " 2026\n";
        text += message(i) + "\n";
        if (i % 3 == 0) text += "Completed: checkpoint " + std::to_string(i) + "\n";
    }
    Corpus corpus = mined(text);
    const SourceLayout& layout = corpus.layout(0);
    CHECK_EQ(layout.format, std::string("<Time> <Content>"));
    CHECK_EQ(layout.fitted, std::uint64_t{150});
    CHECK_EQ(layout.continuations, std::uint64_t{200});
    const RecordColumns& records = corpus.records();
    // Lines 0-2: the first stamp, its message, the checkpoint; line 3: the next stamp.
    for (std::uint64_t line : {1, 2}) {
        CHECK_EQ(records.recordStart(line), std::uint64_t{0});
        CHECK_EQ(iso(records.time(line)), std::string("2026-12-01T10:00:00.000Z"));
        CHECK(!records.strays(line));
    }
    CHECK_EQ(records.recordStart(4), std::uint64_t{3});
    CHECK_EQ(std::string(corpus.message(1)), message(0));
}

// A host, a tab and a stamp alone on their line above indented details and a blank line
// (Firebird's firebird.log): the stamp is the header's, read in the tabular log's last column; the
// indented details are the record's lines, not lines whose first word is the host; and the
// header line is its own template, not the blank line's.
LS_TEST(aHostAndAStampAboveIndentedDetails)
{
    std::string text;
    for (int i = 0; i < 60; ++i) {
        text += "fbsrv01\tFri Nov 20 07:" + two(i) + ":34 2026\n";
        text +=
            "\t" +
            std::string(pick(i, {"INET/inet_error: read errno = 104", "lock time-out on wait transaction"})) +
            "\n";
        if (i % 3 == 0) text += "\t-deadlock\n";
        text += "\n";
    }
    Corpus corpus = mined(text);
    CHECK_EQ(corpus.layout(0).format, std::string("fbsrv01\t<Time> <Content>"));
    CHECK_EQ(iso(corpus.records().time(1)), std::string("2026-11-20T07:00:34.000Z"));
    CHECK_EQ(std::string(corpus.message(1)), std::string("\tINET/inet_error: read errno = 104"));
    CHECK_EQ(std::string(corpus.message(2)), std::string("\t-deadlock"));
    CHECK(templateOfLine(corpus, 0) != templateOfLine(corpus, 3)); // the header, the blank line
    CHECK_EQ(templateOfLine(corpus, 2), std::string("-deadlock"));
    CHECK_EQ(templateOfLine(corpus, 5), std::string("lock time-out on wait transaction"));
}

// A component column of message codes (Salesforce's debug log, "13:05:42.606 (606823940)|METHOD_ENTRY|
// [39]|…"): the code is the record's type and opens its template, so an entry and an exit of one
// method are two events, not one.
LS_TEST(aCodeInTheComponentColumnOpensTheTemplate)
{
    std::string text;
    for (int i = 0; i < 120; ++i) {
        const std::string head = "13:05:" + two(i % 60) + ".606 (" + std::to_string(606823940 + i) + ")|";
        const std::string at = "|[" + std::to_string(100 + i % 50) + "]";
        const std::string method = pick(i / 6, {"OrderService.run()", "Discounts.apply(List<Order>)"});
        text += head + "METHOD_ENTRY" + at + "|01p8d00000AbCdHAAV|" + method + "\n";
        text += head + "METHOD_EXIT" + at + "|01p8d00000AbCdHAAV|" + method + "\n";
        text += head + (i % 2 ? "STATEMENT_EXECUTE" : "DML_END") + at + "\n";
        text += head + "USER_DEBUG" + at + "|DEBUG|" + message(i) + "\n";
    }
    Corpus corpus = mined(text);
    CHECK_EQ(std::string(corpus.records().component(0)), std::string("METHOD_ENTRY"));
    CHECK(templateOfLine(corpus, 0) != templateOfLine(corpus, 1)); // entry and exit of OrderService.run()
    CHECK(templateOfLine(corpus, 0).starts_with("METHOD_ENTRY"));
    CHECK(templateOfLine(corpus, 2) != templateOfLine(corpus, 6)); // a DML's end, a statement
}

// A build tool's own lines, marked before their stamp ("== 2026-12-01 10:00:00,015 build_log.py:267
// INFO …", EasyBuild's), among many more lines of the build's output: the marked lines lead their
// records, and the output between takes their time.
LS_TEST(markedStampsAmongABuildsOutput)
{
    std::string text;
    for (int i = 0; i < 60; ++i) {
        text += "== 2026-12-01 10:" + two(i) + ":00,015 " + pick(i, {"build_log.py:267", "run.py:475"}) +
                " " + pick(i, {"INFO", "INFO", "WARNING"}) + " " + message(i) + "\n";
        for (int k = 0; k < 4; ++k)
            text += "checking for " + std::string(pick(i + k, {"gcc", "stdlib.h", "pthread_create"})) +
                    "... yes\n";
    }
    Corpus corpus = mined(text);
    CHECK_EQ(corpus.layout(0).format, std::string("== <Time> <Component> <Level> <Content>"));
    CHECK_EQ(std::string(corpus.records().level(0)), std::string("INFO"));
    CHECK_EQ(std::string(corpus.records().component(0)), std::string("build_log.py"));
    CHECK_EQ(iso(corpus.records().time(2)), std::string("2026-12-01T10:00:00.015Z"));
    CHECK_EQ(corpus.records().recordStart(2), std::uint64_t{0});
}

// A level after one blank, padded (React Native's bundler printing the app's console: " LOG  …",
// " WARN  …"), opens a record: the layout is learned from those lines, not from the few unindented
// ones, and the stack frames under a warning stay the warning's.
LS_TEST(aLevelAfterOneBlankOpensARecord)
{
    std::string text;
    for (int i = 0; i < 150; ++i) {
        text += " " + std::string(pick(i, {"LOG", "LOG", "WARN", "ERROR"})) + "  " + message(i) + "\n";
        if (i % 4 == 2)
            text += "    at anonymous (http://10.0.2.2:8081/index.bundle:" + std::to_string(i) + ":55)\n";
        if (i % 3 == 0) text += "Android Bundled " + std::to_string(100 + i) + "ms index.js (1390 modules)\n";
    }
    Corpus corpus = mined(text);
    const SourceLayout& layout = corpus.layout(0);
    CHECK_EQ(layout.format, std::string("<Level> <Content>"));
    CHECK_EQ(layout.fitted, std::uint64_t{150});
    CHECK_EQ(std::string(corpus.records().level(0)), std::string("LOG"));
    // Line 3: the warning's frame.
    CHECK_EQ(corpus.records().recordStart(4), std::uint64_t{3});
}

// Records whose stamped headers are a minority of the lines (IBM's db2diag.log: a header with a
// record id and "LEVEL: Info", then lines of "NAME : value" and a blank line): the lines between
// two headers are the record's, not strays, and take its time and level. Where headers are most
// lines, a line that fits none stays a stray.
LS_TEST(headersThatAreFewLeadTheirRecords)
{
    // db2diag's headers stand alone on their line; others write a message after the level.
    for (const bool withMessage : {false, true}) {
        LS_ROW(withMessage ? "headers with a message" : "headers alone");
        std::string text;
        for (int i = 0; i < 120; ++i) {
            text += "2026-12-01-10.00." + two(i % 60) + "." + std::to_string(100000 + i) + "+060 E" +
                    std::to_string(7163649 + i * 977) + "E" + std::to_string(500 + i) +
                    "          LEVEL: " + pick(i, {"Info", "Info", "Warning", "Error"}) +
                    (withMessage ? " " + message(i) : "") + "\n";
            text += "PID     : " + std::to_string(3000 + i) +
                    "        TID : " + std::to_string(17446546 + i) + " PROC : db2sysc 0\n";
            text += "INSTANCE: db2inst1             NODE : 000\n";
            text += "FUNCTION: DB2 UDB, " +
                    std::string(pick(i, {"data protection services", "lock manager"})) +
                    ", probe:" + std::to_string(800 + i % 7) + "\n";
            text += "MESSAGE : " + message(i) + "\n\n";
        }
        Corpus corpus = mined(text);
        const SourceLayout& layout = corpus.layout(0);
        CHECK_EQ(layout.format, std::string("<Time> <Field> LEVEL: <Level> <Content>"));
        CHECK_EQ(layout.fitted, std::uint64_t{120});
        CHECK_EQ(layout.continuations, std::uint64_t{600});
        const RecordColumns& records = corpus.records();
        // The stamp's zone is written in minutes: +060 is an hour ahead of UTC.
        CHECK_EQ(iso(records.time(0)), std::string("2026-12-01T09:00:00.100Z"));
        for (std::uint64_t line = 1; line < 6; ++line) {
            CHECK_EQ(records.recordStart(line), std::uint64_t{0});
            CHECK_EQ(iso(records.time(line)), std::string("2026-12-01T09:00:00.100Z"));
            CHECK_EQ(std::string(records.level(line)), std::string("Info"));
            CHECK(!records.strays(line));
        }
        CHECK_EQ(std::string(records.level(6 * 2 + 1)), std::string("Warning"));
        CHECK_EQ(records.recordStart(6 * 2 + 1), std::uint64_t{6 * 2});
        // The record id is no entity or component: each record has its own.
        CHECK_EQ(std::string(records.entity(0)), std::string());
        CHECK_EQ(std::string(records.component(0)), std::string());
    }

    // Fewer still: one header in nineteen lines (IBM MQ's AMQERR01.LOG: a stamp in twelve-hour
    // time, indented details, the message, its explanation and action in prose, a rule).
    std::string mq;
    for (int i = 0; i < 140; ++i) {
        mq += "12/01/2026 10:" + two(i % 60) + ":58 AM - Process(7985." + std::to_string(i) +
              ") User(mqm) Program(amqrmppa)\n";
        for (const char* detail :
             {"Host(mqprd01) Installation(Installation1)", "VRMF(9.3.0.15) QMgr(QM_ORDERS)",
              "RemoteHost(10.20.0.77)", "CommentInsert1(MONITOR.SVRCONN)"})
            mq += std::string("                    ") + detail + "\n";
        mq += "\nAMQ9999E: Channel 'MONITOR.SVRCONN' to host '10.20.0." + std::to_string(i) +
              "' ended abnormally.\n\nEXPLANATION:\nThe channel program running under process ID " +
              std::to_string(7985 + i) + " for channel\n'MONITOR.SVRCONN' ended abnormally.\nACTION:\n" +
              "Look at previous error messages for the channel program in the error logs to\n" +
              "determine the cause of the failure. Note that this message can be excluded\n" +
              "completely or suppressed by tuning the \"ExcludeMessage\" or \"SuppressMessage\"\n" +
              "attributes under the \"QMErrorLog\" stanza in qm.ini. Further information can be\n" +
              "found in the System Administration Guide.\n" +
              "----- amqrmrsa.c : 938 --------------------------------------------------------\n";
    }
    Corpus fewer = mined(mq);
    CHECK_EQ(fewer.layout(0).fitted, std::uint64_t{140});
    CHECK_EQ(iso(fewer.records().time(0)), std::string("2026-12-01T10:00:58.000Z"));
    CHECK_EQ(iso(fewer.records().time(12)), std::string("2026-12-01T10:00:58.000Z"));
    CHECK_EQ(fewer.records().recordStart(12), std::uint64_t{0});
    CHECK(!fewer.records().strays(12));

    // A banner above the first header is loose, not a stray: no record is open yet, and where
    // headers lead records a line that fits none is body, not news.
    std::string banner = "=== run 1/16: lr=0.0001 ===\n";
    for (int i = 0; i < 120; ++i)
        banner += "2026-12-01 10:00:" + two(i % 60) + ".123456: I train.cc:" + std::to_string(100 + i % 9) +
                  "] step " + std::to_string(i) + "\nEpoch " + std::to_string(i) + "/120\n" + "loss: 0." +
                  std::to_string(100 + i) + "\nval_loss: 0.2\nlearning rate 0.001\n";
    Corpus led = mined(banner);
    CHECK_EQ(led.layout(0).fitted, std::uint64_t{120});
    CHECK(!led.records().strays(0));
    CHECK(!led.records().strays(2));
    CHECK_EQ(led.records().recordStart(3), std::uint64_t{1});

    // The same headers on most lines, each with its message, and one line of something else: a
    // stray.
    std::string most;
    for (int i = 0; i < 120; ++i) {
        most += "2026-12-01-10.00." + two(i % 60) + ".100000+000 E" + std::to_string(7163649 + i * 977) +
                "          LEVEL: Info " + message(i) + "\n";
        if (i == 50) most += "PID     : 3000        TID : 17446546 PROC : db2sysc 0\n";
    }
    Corpus mostly = mined(most);
    CHECK_EQ(mostly.layout(0).continuations, std::uint64_t{0});
    CHECK(mostly.records().strays(51));
}

LS_TEST_MAIN()
