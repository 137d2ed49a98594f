// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Structured lines: JSON lines and logfmt, read in place by key, alone, beside other lines, and
// holding log lines or held by a header's. Records read by column or position (CSV, directives,
// access logs, syslog led by its priority) are tst_column_records; the records of one product
// read by position are tst_product_records.
#include "check.h"

#include "logsleuth/text/corpus.h"
#include "made_up_lines.h"

#include <string>

using namespace logsleuth::text;

using namespace made_up;

LS_TEST(jsonLines)
{
    const std::string text = lines(200, [](int i) {
        return R"({"ts":"2023-04-01T12:00:)" + two(i) + R"(.5Z","level":")" +
               pick(i, {"info", "warn", "error"}) + R"(","logger":"svc.)" + std::to_string(i % 3) +
               R"(","msg":")" + message(i) + R"(","extra":{"a":[1,2,"}"]}})";
    });
    Corpus corpus = mined(text);
    CHECK_EQ(corpus.layout(0).format, std::string("json"));
    CHECK_EQ(corpus.layout(0).fitted, std::uint64_t{200});
    CHECK_EQ(iso(corpus.records().time(0)), std::string("2023-04-01T12:00:00.500Z"));
    CHECK_EQ(std::string(corpus.records().level(1)), std::string(pick(1, {"info", "warn", "error"})));
    CHECK(corpus.records().severity(0) != Severity::Unknown);
    CHECK_EQ(std::string(corpus.records().component(2)), std::string("svc.2"));
    CHECK_EQ(std::string(corpus.message(3)), message(3));
    // Messages of one shape mine to one template whatever the numbers.
    CHECK(corpus.miner().clusterCount() <= 6);

    // Named keys.
    Corpus named = mined("{\"when\":1680350401,\"text\":\"hello 1\",\"sev\":\"E\"}\n",
                         RecordOptions{"json:message=text,time=when,level=sev", {}});
    CHECK_EQ(std::string(named.message(0)), std::string("hello 1"));
    CHECK_EQ(iso(named.records().time(0)), std::string("2023-04-01T12:00:01.000Z"));
    CHECK(named.records().severity(0) == Severity::Error);
}

// A container's entrypoint script traces its commands ("+ wait_for_db") before the server's JSON
// log: a third of the lines are no JSON, and the JSON lines are still read by key; the others are
// kept whole as messages.
LS_TEST(jsonLinesAfterAScriptsTrace)
{
    std::string text;
    for (int i = 0; i < 60; ++i)
        text += std::string("+ ") +
                pick(i, {"wait_for_db", "echo 'started.'", ": postgres12", "setup_schema"}) + "\n";
    text += lines(140, [](int i) {
        return R"({"level":")" + std::string(pick(i, {"info", "warn", "error"})) +
               R"(","ts":"2026-12-01T10:00:)" + two(i % 60) + R"(.233Z","msg":")" + message(i) +
               R"(","logging-call-at":"handler.go:278"})";
    });
    Corpus corpus = mined(text);
    CHECK_EQ(corpus.layout(0).format, std::string("json"));
    CHECK_EQ(corpus.layout(0).fitted, std::uint64_t{140});
    CHECK_EQ(std::string(corpus.message(0)), std::string("+ wait_for_db"));
    // (Lines before the first stamped record take its time.)
    CHECK_EQ(iso(corpus.records().time(0)), std::string("2026-12-01T10:00:00.233Z"));
    CHECK_EQ(iso(corpus.records().time(61)), std::string("2026-12-01T10:00:01.233Z"));
    CHECK_EQ(std::string(corpus.records().level(62)), std::string(pick(2, {"info", "warn", "error"})));
    CHECK_EQ(std::string(corpus.message(63)), message(3));
}

// A stamp inside an object under a time key (MongoDB's {"$date":"…"}) is the line's time;
// MongoDB's one-letter keys give the level ("s", only a level word) and the component ("c").
LS_TEST(jsonStampsInObjectsAndOneLetterKeys)
{
    const std::string text = lines(100, [](int i) {
        return R"({"t":{"$date":"2026-12-01T10:00:)" + two(i % 60) + R"(.250+00:00"},"s":")" +
               pick(i, {"I", "W", "E"}) + R"(",  "c":")" + pick(i, {"NETWORK", "STORAGE"}) +
               R"(",  "id":22943, "ctx":"conn)" + std::to_string(i) + R"(","msg":")" + message(i) +
               R"(","attr":{"remote":"10.0.0.1:4000"}})";
    });
    Corpus corpus = mined(text);
    CHECK_EQ(iso(corpus.records().time(1)), std::string("2026-12-01T10:00:01.250Z"));
    CHECK_EQ(std::string(corpus.records().level(2)), std::string("E"));
    CHECK(corpus.records().severity(1) == Severity::Warning);
    CHECK_EQ(std::string(corpus.records().component(1)), std::string("STORAGE"));
    CHECK_EQ(std::string(corpus.message(3)), message(3));

    // A one-letter "s" that holds no level word (seconds) is no level.
    Corpus seconds = mined("{\"s\":\"12\",\"msg\":\"took long\"}\n{\"s\":\"x\",\"msg\":\"took long\"}\n");
    CHECK(seconds.records().level(1).empty());
}

// Elastic Common Schema's dotted keys (as Elastic's Beats write their own logs): "log.level" the
// level, "log.logger" the component, "host.name" the entity, an object beside them skipped.
LS_TEST(jsonElasticCommonSchemaKeys)
{
    const std::string text = lines(100, [](int i) {
        return std::string(R"({"log.level":")") + pick(i, {"info", "warn", "error"}) +
               R"(","@timestamp":"2026-12-01T10:00:)" + two(i % 60) + R"(.137Z","log.logger":")" +
               pick(i, {"harvester", "publisher_pipeline_output"}) +
               R"(","log.origin":{"file.name":"log/harvester.go","file.line":311},"message":")" + message(i) +
               R"(","host.name":"web-)" + std::to_string(i % 4) + R"(","ecs.version":"1.6.0"})";
    });
    Corpus corpus = mined(text);
    CHECK_EQ(corpus.layout(0).format, std::string("json"));
    CHECK_EQ(iso(corpus.records().time(2)), std::string("2026-12-01T10:00:02.137Z"));
    CHECK(corpus.records().severity(1) == Severity::Warning);
    CHECK_EQ(std::string(corpus.records().component(1)), std::string("publisher_pipeline_output"));
    CHECK_EQ(std::string(corpus.records().entity(3)), std::string("web-3"));
    CHECK_EQ(std::string(corpus.message(3)), message(3));
}

// HashiCorp's hclog marks its own keys with '@': they win over the logged pairs' keys of the same
// names (Nomad's task events log a "msg" and a "name" of their own).
LS_TEST(jsonKeysMarkedByTheLogger)
{
    const std::string text = lines(100, [](int i) {
        return std::string(R"({"@level":")") + pick(i, {"info", "warn", "error"}) + R"(","@message":")" +
               message(i) + R"(","@module":")" + pick(i, {"client.alloc_runner", "agent"}) +
               R"(","@timestamp":"2026-12-01T10:00:)" + two(i % 60) +
               R"(.099258Z","msg":"Task received by client","name":"docker"})";
    });
    Corpus corpus = mined(text);
    CHECK_EQ(corpus.layout(0).format, std::string("json"));
    CHECK(corpus.records().severity(1) == Severity::Warning);
    CHECK_EQ(std::string(corpus.records().component(1)),
             std::string(pick(1, {"client.alloc_runner", "agent"})));
    CHECK_EQ(std::string(corpus.message(3)), message(3));
}

// Keys within the program's own namespace (iRODS' "log_message", "log_level",
// "server_timestamp") name the message, level and time when no key of the plain names does.
LS_TEST(jsonKeysWithinANamespace)
{
    const std::string text = lines(100, [](int i) {
        return std::string(R"({"log_category":"api","log_level":")") + pick(i, {"info", "warn", "error"}) +
               R"(","log_message":")" + message(i) +
               R"(","request_api_name":"DATA_OBJ_GET_AN","request_host":"10.2.)" + std::to_string(i % 9) +
               R"(.4","server_host":"irods-)" + std::to_string(i % 3) +
               R"(","server_timestamp":"2026-12-01T10:00:)" + two(i % 60) +
               R"(.843Z","server_zone":"rdmZone"})";
    });
    Corpus corpus = mined(text);
    CHECK_EQ(corpus.layout(0).format, std::string("json"));
    CHECK_EQ(iso(corpus.records().time(2)), std::string("2026-12-01T10:00:02.843Z"));
    CHECK(corpus.records().severity(1) == Severity::Warning);
    CHECK_EQ(std::string(corpus.message(3)), message(3));
    // ... and "a_b_message" is no such name: it holds no message of the line.
    const std::string nested = lines(100, [](int i) {
        return std::string(R"({"level":"info","last_error_message":")") + message(i) + R"(","n":)" +
               std::to_string(i) + "}";
    });
    CHECK(std::string(mined(nested).message(3)) != message(3));
}

// A stamp's key in camel case ending in "Timestamp": the first such key is the time (the
// Kubernetes audit log's "requestReceivedTimestamp" before "stageTimestamp"); "responseTime", a
// duration, is none; a time key the user names is the only one.
LS_TEST(camelCaseStampKeys)
{
    const std::string text = lines(100, [](int i) {
        return R"({"kind":"Event","stage":"ResponseComplete","verb":"get","responseTime":"2026-11-30T09:00:00Z",)"
               R"("requestReceivedTimestamp":"2026-12-01T10:00:)" +
               two(i % 60) + R"(.105414Z","stageTimestamp":"2026-12-01T10:01:)" + two(i % 60) +
               R"(.109414Z"})";
    });
    Corpus corpus = mined(text);
    CHECK_EQ(iso(corpus.records().time(2)), std::string("2026-12-01T10:00:02.105Z"));
    const Corpus named = mined(text, RecordOptions{"json:time=stageTimestamp", {}});
    CHECK_EQ(iso(named.records().time(2)), std::string("2026-12-01T10:01:02.109Z"));

    // Without a "…Timestamp", a "…Time" key that holds a date and its clock (CloudTrail's
    // "eventTime"); not one that holds a duration.
    const Corpus trail = mined(lines(100, [](int i) {
        return R"({"eventVersion":"1.10","responseTime":)" + std::to_string(10 + i) +
               R"(,"eventTime":"2026-12-01T10:00:)" + two(i % 60) +
               R"(Z","eventSource":"ec2.amazonaws.com","eventName":")" +
               pick(i, {"RunInstances", "DescribeVpcs"}) + R"("})";
    }));
    CHECK_EQ(iso(trail.records().time(2)), std::string("2026-12-01T10:00:02.000Z"));
}

// An audit trail that writes no message names its event ("eventName", CloudTrail's): the event
// name is the message, one template per event, where the pairs of all keys made one.
LS_TEST(anAuditTrailsEventNameIsItsMessage)
{
    const Corpus trail = mined(lines(100, [](int i) {
        return R"({"eventVersion":"1.10","userIdentity":{"type":"AssumedRole","accountId":"4123958673)" +
               two(i % 60) + R"("},"eventTime":"2026-12-01T10:00:)" + two(i % 60) +
               R"(Z","eventSource":"ec2.amazonaws.com","eventName":")" +
               pick(i, {"RunInstances", "DescribeVpcs", "DescribeSubnets"}) +
               R"(","sourceIPAddress":"10.0.3.)" + std::to_string(i) + R"("})";
    }));
    CHECK_EQ(std::string(trail.message(1)), std::string("DescribeVpcs"));
    const auto templateOf = [&](std::uint64_t line) {
        return trail.miner().templateText(trail.clusterOfMessage(trail.messageKeys()[line]));
    };
    CHECK_EQ(templateOf(0), std::string("RunInstances"));
    CHECK_EQ(templateOf(1), std::string("DescribeVpcs"));
}

// Serilog's compact JSON (CLEF): "@t" the time, "@mt" the message's template, "@l" the level, left
// out for Information; "SourceContext" the logger, "MachineName" the host.
LS_TEST(compactLogEventFormat)
{
    const std::string text = lines(100, [](int i) {
        const std::string level = i % 4 == 3 ? R"("@l":"Warning",)" : "";
        return R"({"@t":"2026-12-01T10:00:)" + two(i % 60) + R"(.1230000Z","@mt":")" + message(i) + R"(",)" +
               level + R"("SourceContext":")" + pick(i, {"Shop.Orders.OrderService", "Shop.Web.Startup"}) +
               R"(","ThreadId":)" + std::to_string(i % 7) + R"(,"MachineName":"WEB0)" +
               std::to_string(i % 2) + R"("})";
    });
    Corpus corpus = mined(text);
    CHECK_EQ(corpus.layout(0).format, std::string("json"));
    const RecordColumns& records = corpus.records();
    CHECK_EQ(iso(records.time(2)), std::string("2026-12-01T10:00:02.123Z"));
    CHECK_EQ(std::string(corpus.message(1)), message(1));
    CHECK_EQ(std::string(records.level(0)), std::string("Information"));
    CHECK(records.severity(3) == Severity::Warning);
    CHECK_EQ(std::string(records.component(1)), std::string("Shop.Web.Startup"));
    CHECK_EQ(std::string(records.entity(1)), std::string("WEB01"));
}

// A message inside a quoted value is mined as the text its escapes stand for: a quoted file name
// with blanks is one value as in a plain line, a tab separates words, \u escapes are characters
// (a surrogate pair one character), and the record still points at the line as written.
LS_TEST(escapedMessagesAreMinedAsTheirText)
{
    const char* files[] = {"report.pdf", "my document.txt", "Q3 budget final.xlsx", "notes"};
    const std::string json = lines(200, [&](int i) {
        return R"({"time":"2023-04-01T12:00:)" + two(i) + R"(Z","level":"info","msg":)" +
               (i % 2 == 0
                    ? R"("Could not open \")" + std::string(files[i / 2 % 4]) + R"(\": permission denied"})"
                    : R"("Worker )" + std::to_string(i % 9) + R"( done\tin 5 ms \u00e9\ud83d\ude00 \/x"})");
    });
    Corpus corpus = mined(json);
    CHECK_EQ(corpus.layout(0).format, std::string("json"));
    CHECK_EQ(corpus.miner().clusterCount(), std::size_t{2});
    CHECK_EQ(corpus.maskedMessage(corpus.messageKeys()[0]),
             std::string("Could not open \"report.pdf\": permission denied"));
    CHECK_EQ(corpus.miner().templateText(corpus.clusterOfMessage(corpus.messageKeys()[0])),
             std::string("Could not open <*> permission denied"));
    CHECK_EQ(corpus.maskedMessage(corpus.messageKeys()[1]),
             std::string("Worker <NUM> done in <DURATION> \xc3\xa9\xf0\x9f\x98\x80 /x"));
    CHECK_EQ(std::string(corpus.message(0)),
             std::string(R"(Could not open \"report.pdf\": permission denied)"));

    // logfmt's quoted values escape alike.
    Corpus logfmt = mined(lines(100, [&](int i) {
        return "time=2023-04-01T12:00:" + two(i) + R"(Z level=info msg="open \")" + files[i % 4] +
               R"(\" failed")";
    }));
    CHECK_EQ(logfmt.layout(0).format, std::string("logfmt"));
    CHECK_EQ(logfmt.miner().clusterCount(), std::size_t{1});

    // A CSV field writes its quotes doubled.
    Corpus csv = mined(lines(200, [&](int i) {
        return "2023-04-01 12:00:" + two(i) + R"(.250 UTC,"app",)" + std::to_string(1000 + i) + "," +
               pick(i, {"LOG", "WARNING", "ERROR"}) + R"(,"cannot open "")" + files[i % 4] +
               R"("" for reading","psql")";
    }));
    CHECK_EQ(csv.layout(0).format.substr(0, 4), std::string("csv:"));
    CHECK_EQ(csv.miner().clusterCount(), std::size_t{1});
    CHECK_EQ(csv.miner().templateText(csv.clusterOfMessage(csv.messageKeys()[0])),
             std::string("cannot open <*> for reading"));
}

// A JSON line that names no message is all fields (osquery's results): its fields are read one
// by one, nested ones too, so a value with blanks is one value (a command line of any length), and
// the kind of record its "name" states keeps its own template. Its pairs are what is masked.
LS_TEST(jsonObjectsWithoutAMessage)
{
    const char* commands[] = {"git -C /srv/shop fetch --quiet origin", "node /srv/app/server.js",
                              "gzip -9 a.log", "sh"};
    Corpus corpus = mined(lines(200, [&](int i) {
        const std::string head = R"({"name":")" + std::string(i % 2 ? "process_events" : "socket_events") +
                                 R"(","unixTime":)" + std::to_string(1796119213 + i) +
                                 R"(,"decorations":{"host":"web-0)" + std::to_string(i % 3) +
                                 R"("},"columns":{)";
        return head +
               (i % 2 ? R"("cmdline":")" + std::string(commands[i / 2 % 4]) + R"(","pid":")" +
                            std::to_string(100 + i) + R"("})"
                      : R"("remote_address":"10.0.0.)" + std::to_string(i % 250) + R"(","port":443})") +
               R"(,"action":"added"})";
    }));
    CHECK_EQ(corpus.layout(0).format, std::string("json"));
    CHECK_EQ(corpus.miner().clusterCount(), std::size_t{2});
    CHECK_EQ(
        corpus.maskedMessage(corpus.messageKeys()[1]),
        std::string("name=process_events unixTime=<NUM> decorations.host=web-<NUM> "
                    "columns.cmdline=\"git -C <PATH> fetch --quiet origin\" columns.pid=<NUM> action=added"));
    // The record's message is still the line as written.
    CHECK_EQ(std::string(corpus.message(0)).substr(0, 9), std::string(R"({"name":")"));

    // An object one level down names the message, the time and the level where the top level
    // does not (Auth0's log stream: {"log_id":…,"data":{"date":…,"description":…}}); a nested
    // "event" names a value (a webhook's event), no message.
    Corpus nested = mined(lines(200, [](int i) {
        return R"({"log_id":"9001)" + std::to_string(812310077 + 7 * i) +
               R"(","data":{"date":"2026-12-01T10:)" + two(i / 60) + ":" + two(i % 60) +
               R"(.485Z","type":")" + pick(i, {"seccft", "sertft", "fp"}) + R"(","description":")" +
               pick(i, {"Client Credentials for Access Token", "Refresh Token for Access Token",
                        "Wrong email or password."}) +
               R"(","level":")" + pick(i, {"info", "info", "warning"}) + R"(","event":"job_)" +
               pick(i, {"created", "done"}) + R"(","ip":"203.0.113.)" + std::to_string(i % 200) + R"("}})";
    }));
    CHECK_EQ(std::string(nested.message(2)), std::string("Wrong email or password."));
    CHECK_EQ(iso(nested.records().time(61)), std::string("2026-12-01T10:01:01.485Z"));
    CHECK_EQ(std::string(nested.records().level(2)), std::string("warning"));
    CHECK_EQ(nested.miner().clusterCount(), std::size_t{3});
}

// A container runtime's JSON lines: each "log" value is a line the application printed, header
// and all, with its line break escaped. The message's own layout is learned and read: the
// application's level and logger fill the record, and its message is what is mined. `--format`
// takes the printed format back. A message that ends in an escaped backslash and an n keeps them.
LS_TEST(jsonLinesHoldingLogLines)
{
    const std::string text = lines(200, [](int i) {
        return R"({"log":"2023-04-01 12:00:)" + two(i) + ".250 " + pick(i, {"INFO", "WARN", "ERROR"}) +
               " [worker-" + std::to_string(i % 4) + "] " + pick(i, {"svc.jobs", "svc.cache"}) + " - " +
               message(i) + R"(\n","stream":"stdout","time":"2023-04-01T12:00:)" + two(i) +
               R"(.250123456Z"})";
    });
    Corpus corpus = mined(text);
    const std::string format = "json >> <Time> <Level> [<Context>] <Component> - <Content>";
    CHECK_EQ(corpus.layout(0).format, format);
    CHECK_EQ(corpus.layout(0).fitted, std::uint64_t{200});
    CHECK_EQ(std::string(corpus.records().level(1)), std::string(pick(1, {"INFO", "WARN", "ERROR"})));
    CHECK_EQ(std::string(corpus.records().component(1)), std::string(pick(1, {"svc.jobs", "svc.cache"})));
    CHECK_EQ(iso(corpus.records().time(0)), std::string("2023-04-01T12:00:00.250Z")); // the outer stamp
    CHECK_EQ(std::string(corpus.message(3)), message(3));

    Corpus given = mined(text, RecordOptions{format, {}});
    CHECK_EQ(given.layout(0).format, format);
    CHECK_EQ(std::string(given.message(3)), message(3));

    // An exception printed after an application's line: its own line, its frames (a tab written
    // as "\t") and its cause are lines of their own, and continue that record. Here the log says
    // one thing on most lines, so its first words align like a column; the dash still ends the
    // header.
    std::string traced;
    for (int i = 0; i < 100; ++i) {
        const std::string stamp = "2023-04-01 12:00:" + two(i % 60) + ".250";
        const auto wrap = [&](const std::string& line) {
            return R"({"log":")" + line + R"(\n","time":"2023-04-01T12:00:)" + two(i % 60) + R"(.5Z"})" +
                   "\n";
        };
        traced += wrap(stamp + " INFO [main] c.e.Web - GET /api/items/" + std::to_string(i) + " took 5 ms");
        if (i % 10 == 9) {
            traced += wrap(stamp + " ERROR [main] c.e.Orders - Order " + std::to_string(i) + " failed");
            traced += wrap("java.lang.IllegalStateException: reservation expired");
            traced += wrap(R"(\tat com.example.Orders.place(Orders.java:142))");
            traced += wrap("Caused by: java.net.SocketTimeoutException: Read timed out");
        }
    }
    Corpus trace = mined(traced);
    CHECK_EQ(trace.layout(0).format,
             std::string("json >> <Time> <Level> [<Context>] <Component> - <Content>"));
    CHECK_EQ(std::string(trace.message(10)), std::string("Order 9 failed"));
    for (std::uint64_t line = 11; line <= 13; ++line) {
        LS_ROW(std::to_string(line));
        CHECK_EQ(trace.records().recordStart(line), std::uint64_t{10});
        CHECK_EQ(std::string(trace.records().level(line)), std::string("ERROR"));
    }

    // A request quoted after the level, its quotes escaped as JSON writes them (Ghost's
    // 'INFO \"GET /tag/ HTTP/1.1\" 200 9ms'), after a few start-up lines: the quote left open in
    // the request's first word starts the message; "GET is no logger, however aligned the column.
    const char* startUp[] = {"Ghost is running in production...",
                             "Your site is now available on https://x.org/",
                             "Ctrl+C to shut down",
                             "Ghost server started in 0.518s",
                             "Database is in a ready state.",
                             "Ghost booted in 5.779s",
                             "Adding offloaded job to the queue",
                             "Ghost URL Service Ready in 3.946s"};
    std::string ghost;
    for (int i = 0; i < 40; ++i)
        ghost += R"({"log":"[2023-04-01 12:00:)" + two(i) + "] INFO " +
                 (i < 8 ? std::string(startUp[i])
                        : R"(\")" + std::string(i % 13 == 0 ? "POST" : "GET") + " /tag/t" +
                              std::to_string(i) + R"(/\" 200 )" + std::to_string(i) + "ms") +
                 R"(\n"})" + "\n";
    Corpus quoted = mined(ghost);
    CHECK_EQ(quoted.layout(0).format, std::string("json >> [<Time>] <Level> <Content>"));
    CHECK_EQ(std::string(quoted.records().component(9)), std::string());
    CHECK_EQ(std::string(quoted.message(9)), std::string(R"(\"GET /tag/t9/\" 200 9ms)"));

    // Plain JSON messages stay as they are, a trailing escaped line break dropped, an escaped
    // backslash before an n kept.
    Corpus plain = mined(lines(50, [](int i) {
        return R"({"log":"copied )" + std::to_string(i) +
               R"( files to C:\\n","time":"2023-04-01T12:00:00Z"})";
    }));
    CHECK_EQ(plain.layout(0).format, std::string("json"));
    CHECK_EQ(std::string(plain.message(0)), std::string(R"(copied 0 files to C:\\n)"));
    Corpus broken = mined("{\"log\":\"hello 1\\n\",\"time\":\"2023-04-01T12:00:00Z\"}\n");
    CHECK_EQ(std::string(broken.message(0)), std::string("hello 1"));
}

// A daemon's logfmt after syslog's header (containerd, dockerd under rsyslog): the pairs are read
// by key as in a file of logfmt, the syslog host and program kept; --format takes it back.
LS_TEST(logfmtAfterASyslogHeader)
{
    const std::string text = lines(200, [](int i) {
        return "Dec  1 10:00:" + two(i % 60) + " node-" + std::to_string(i % 3) +
               " containerd[812]: time=\"2026-12-01T10:00:" + two(i % 60) +
               ".123456789Z\" level=" + pick(i, {"info", "warning", "error"}) + " msg=\"" + message(i) +
               "\" id=" + std::to_string(4096 + 7 * i) + " namespace=k8s.io";
    });
    Corpus corpus = mined(text);
    const std::string format = "<Time> <Entity> <Component>: <Content> >> logfmt";
    CHECK_EQ(corpus.layout(0).format, format);
    CHECK_EQ(corpus.layout(0).fitted, std::uint64_t{200});
    CHECK_EQ(std::string(corpus.records().level(2)), std::string(pick(2, {"info", "warning", "error"})));
    CHECK_EQ(std::string(corpus.records().component(1)), std::string("containerd"));
    CHECK_EQ(std::string(corpus.records().entity(1)), std::string("node-1"));
    CHECK_EQ(std::string(corpus.message(3)), message(3));

    Corpus given = mined(text, RecordOptions{format, {}});
    CHECK_EQ(given.layout(0).format, format);
    CHECK_EQ(std::string(given.message(3)), message(3));

    // ... and so is JSON after it (Grafana under rsyslog), its logger the component.
    Corpus json = mined(lines(200, [](int i) {
        return "Dec  1 10:00:" + two(i % 60) + " web-1 grafana[77]: {\"level\":\"" +
               pick(i, {"info", "warn", "error"}) + "\",\"logger\":\"" + pick(i, {"http.server", "cleanup"}) +
               "\",\"msg\":\"" + message(i) + "\"}";
    }));
    CHECK_EQ(json.layout(0).format, std::string("<Time> <Entity> <Component>: <Content> >> json"));
    CHECK_EQ(std::string(json.records().level(1)), std::string(pick(1, {"info", "warn", "error"})));
    CHECK_EQ(std::string(json.records().component(1)), std::string(pick(1, {"http.server", "cleanup"})));
    CHECK_EQ(std::string(json.message(3)), message(3));
}

// A container runtime's log file (CRI): its stamp, the stream and a tag before each line the
// application printed, header and all. The application's layout is learned from the messages
// and read: its level and logger fill the record (the logger, not the stream, is the
// component); the runtime's stamp stays the time. A header with a level of its own is left as
// it is.
LS_TEST(containerLinesHoldingLogLines)
{
    // (Every fourth line a frame of a stack trace the application printed: no flat layout
    // reads the file.)
    const std::string text = lines(200, [](int i) {
        const std::string runtime =
            "2023-04-01T12:00:" + two(i) + ".250123456Z " + pick(i, {"stdout", "stdout", "stderr"}) + " F ";
        if (i % 4 == 3)
            return runtime + "\tat com.example.Orders.place(Orders.java:" + std::to_string(i) + ")";
        return runtime + "2023-04-01 12:00:" + two(i) + ".250 [main] " +
               pick(i, {"INFO ", "WARN ", "ERROR"}) + " " +
               pick(i, {"com.example.Orders", "io.ktor.server.Application"}) + " - " + message(i);
    });
    Corpus corpus = mined(text);
    const std::string format = corpus.layout(0).format;
    CHECK_EQ(format.substr(0, format.find(" >> ")), std::string("<Time> <Component> F <Content>"));
    CHECK(format.find(" >> ") != std::string::npos);
    CHECK_EQ(std::string(corpus.records().level(2)), std::string("ERROR"));
    CHECK_EQ(std::string(corpus.records().component(1)), std::string("io.ktor.server.Application"));
    CHECK_EQ(iso(corpus.records().time(1)), std::string("2023-04-01T12:00:01.250Z"));
    CHECK_EQ(std::string(corpus.message(5)), message(5));
    // A frame continues the application's record before it.
    CHECK_EQ(corpus.records().recordStart(3), std::uint64_t{2});
    CHECK_EQ(std::string(corpus.records().level(3)), std::string("ERROR"));
    Corpus given = mined(text, RecordOptions{format, {}});
    CHECK_EQ(std::string(given.records().component(1)), std::string("io.ktor.server.Application"));
    CHECK_EQ(std::string(given.message(5)), message(5));
}

// A router's messages after syslog's stamp and host: no layout of their own, however many of
// them share their first words ("PP[01] Rejected at IN(1012) filter: TCP 203.0.1.7:40091 >
// 198.51.100.2:23"). The '>' between the addresses of its filter's lines stands in one place:
// a symbol there is no level where no stamp comes before it (Redis writes its level after one).
LS_TEST(symbolsInMessagesAreNoLevel)
{
    const std::vector<std::pair<int, std::string>> shapes = {
        {80, "PP[01] Rejected at IN(1012) filter: TCP 203.0.%a.%b:%p > 198.51.100.2:%q"},
        {69, "[INSPECT] PP[01][out][%r] TCP 192.168.100.%b:%p > 20.190.%a.68:443 (2026/12/01 10:01:%s)"},
        {29, "[INSPECT] PP[01][out][%r] UDP 192.168.100.%b:%p > 20.190.%a.68:123 (2026/12/01 10:01:%s)"},
        {23, "PP[01] Rejected at IN(1012) filter: ICMP 203.0.%a.%b > 198.51.100.2 : echo request"},
        {22, "PP[01] Rejected at IN(1012) filter: UDP 203.0.%a.%b:%p > 198.51.100.2:%q"},
        {7, "Login succeeded as (noname) for HTTP: 192.168.100.%b"},
        {4, "[IKE] initiate IPsec phase to 203.0.113.77 (local address 198.51.100.2)"},
        {4, "[IKE] IPsec SA[%a] (gateway[1]) established with 203.0.113.77"},
        {4, "IP Tunnel[1] Down"},
        {3, "IP Tunnel[1] Up"},
        {3, "[IKE] IPsec SA[%a] (gateway[1]) expired, deleted"},
        {10, "[DHCPD] LAN1(port1) Allocates 192.168.100.%b: 5a:c7:b3:96:98:%s"},
        {2, "PP[01] Pass(Local: 198.51.100.%a, Remote: 203.0.113.1, DNS1: 203.0.113.53, DNS2: 203.0.113.54)"},
        {2, "PP[01] PPPoE Connect"},
        {2, "PP[01] PPPoE Disconnect"},
        {2, "Logout from SSH: 192.168.100.%b"},
        {2, "Login failed for SSH: 45.55.222.%b"},
        {2, "LAN1: PORT%a link up (1000BASE-T Full Duplex)"},
        {2, "LAN1: PORT%a link down"}};
    std::vector<std::string> order;
    for (const auto& [count, shape] : shapes)
        order.insert(order.end(), std::size_t(count), shape);
    const std::size_t n = order.size(); // 272; 97 is prime to it, so i * 97 % n visits each once
    std::string messages, logged;
    for (std::size_t i = 0; i < n; ++i) {
        std::string line;
        const std::string& shape = order[i * 97 % n];
        for (std::size_t k = 0; k < shape.size(); ++k) {
            if (shape[k] != '%') {
                line += shape[k];
                continue;
            }
            switch (shape[++k]) {
            case 'a':
                line += std::to_string(i % 7);
                break;
            case 'b':
                line += std::to_string(i % 250);
                break;
            case 'p':
                line += std::to_string(40000 + 13 * i);
                break;
            case 'q':
                line += pick(int(i), {"23", "1900", "53"});
                break;
            case 'r':
                line += std::to_string(101000 + i);
                break;
            default:
                line += two(int(i % 60));
                break; // 's'
            }
        }
        messages += line + "\n";
        logged +=
            "Dec  1 10:" + two(int(i / 60 % 60)) + ":" + two(int(i % 60)) + " 192.168.100.1 " + line + "\n";
    }
    const Corpus alone = mined(messages);
    CHECK_EQ(alone.layout(0).format.find("<Level>"), std::string::npos);
    const Corpus routed = mined(logged);
    CHECK_EQ(routed.layout(0).format, std::string("<Time> 192.168.100.1 <Content>"));
    for (std::uint64_t line = 0; line < n; ++line)
        CHECK_EQ(std::string(routed.records().level(line)), std::string());
}

// journalctl -o json: upper-case keys, the time in microseconds since the epoch (a string), the
// level as syslog's number, the program and the host under journald's own names.
LS_TEST(journalExport)
{
    const std::string text = lines(100, [](int i) {
        return R"({"__CURSOR":"s=1;i=)" + std::to_string(i) + R"(","__REALTIME_TIMESTAMP":"16803504)" +
               two(i) + R"(250000","PRIORITY":")" + pick(i, {"6", "4", "3"}) + R"(","_HOSTNAME":"web-)" +
               std::to_string(i % 3) + R"(","SYSLOG_IDENTIFIER":")" + pick(i, {"sshd", "cron"}) +
               R"(","_PID":"42","MESSAGE":")" + message(i) + R"("})";
    });
    Corpus corpus = mined(text);
    CHECK_EQ(corpus.layout(0).format, std::string("json"));
    CHECK_EQ(std::string(corpus.message(1)), message(1));
    CHECK_EQ(iso(corpus.records().time(0)), std::string("2023-04-01T12:00:00.250Z"));
    CHECK(corpus.records().severity(1) == Severity::Warning);
    CHECK(corpus.records().severity(2) == Severity::Error);
    CHECK_EQ(std::string(corpus.records().component(1)), std::string("cron"));
    CHECK_EQ(std::string(corpus.records().entity(2)), std::string("web-2"));
}

// logfmt (Go's logrus and slog): key=value pairs, quoted values with spaces and escaped quotes,
// keys in any order, extra keys left out of the message; a line of another shape is kept whole.
LS_TEST(logfmtLines)
{
    std::string text = lines(200, [](int i) {
        const std::string quoted = "quoted \\\"x\\\" value " + std::to_string(i);
        return (i % 2 ? "level=" + std::string(pick(i, {"info", "warning", "error"})) +
                            " time=\"2023-04-01T12:00:" + two(i % 60) + ".5Z\""
                      : "time=2023-04-01T12:00:" + two(i % 60) +
                            ".5Z level=" + std::string(pick(i, {"info", "warning", "error"}))) +
               " msg=\"" + message(i) + "\" component=svc." + std::to_string(i % 3) +
               " user_id=" + std::to_string(i) + " note=\"" + quoted + "\" empty=";
    });
    text += "panic: runtime error: index out of range\n";
    Corpus corpus = mined(text);
    CHECK_EQ(corpus.layout(0).format, std::string("logfmt"));
    CHECK_EQ(corpus.layout(0).fitted, std::uint64_t{200});
    CHECK_EQ(iso(corpus.records().time(0)), std::string("2023-04-01T12:00:00.500Z"));
    CHECK_EQ(iso(corpus.records().time(1)), std::string("2023-04-01T12:00:01.500Z"));
    CHECK_EQ(std::string(corpus.records().level(1)), std::string(pick(1, {"info", "warning", "error"})));
    CHECK(corpus.records().severity(1) != Severity::Unknown);
    CHECK_EQ(std::string(corpus.records().component(2)), std::string("svc.2"));
    CHECK_EQ(std::string(corpus.message(3)), message(3));
    CHECK_EQ(std::string(corpus.message(200)), std::string("panic: runtime error: index out of range"));
    CHECK(corpus.miner().clusterCount() <= 7);

    // Pairs without a message, time or level key are a message, not a layout.
    const Corpus plain = mined(lines(50, [](int i) { return "retry=" + std::to_string(i) + " backoff=2s"; }));
    CHECK(plain.layout(0).format != std::string("logfmt"));
    // Named keys.
    Corpus named = mined("when=1680350401 text=\"hello 1\" sev=E\n",
                         RecordOptions{"logfmt:message=text,time=when,level=sev", {}});
    CHECK_EQ(named.layout(0).format, std::string("logfmt:message=text,time=when,level=sev"));
    CHECK_EQ(std::string(named.message(0)), std::string("hello 1"));
    CHECK_EQ(iso(named.records().time(0)), std::string("2023-04-01T12:00:01.000Z"));
    CHECK(named.records().severity(0) == Severity::Error);
    Corpus bad;
    CHECK_THROWS(bad.setRecordOptions(RecordOptions{"logfmt:colour=x", {}}));
    // Erlang's logger_formatter writes its stamp under "when" (MongooseIM's flatlog).
    Corpus flat = mined(lines(50, [](int i) {
        return "when=2026-12-01T10:00:" + two(i) + ".007000+00:00 level=" + pick(i, {"info", "notice"}) +
               " what=pool_started pid=<0.8515" + std::to_string(i % 10) + ".0> text=\"Pool started\"";
    }));
    CHECK_EQ(flat.layout(0).format, std::string("logfmt"));
    CHECK_EQ(iso(flat.records().time(1)), std::string("2026-12-01T10:00:01.007Z"));

    // The day and the clock in keys of their own (a firewall's "date=… time=…"): one stamp. The
    // clock alone would take its day from the file's modification time.
    Corpus apart = mined(lines(50, [](int i) {
        return "date=2023-04-01 time=12:00:" + two(i) +
               " devname=\"fw-1\" type=\"traffic\" level=\"notice\" msg=\"" + message(i) + "\"";
    }));
    CHECK_EQ(apart.layout(0).format, std::string("logfmt"));
    CHECK_EQ(iso(apart.records().time(7)), std::string("2023-04-01T12:00:07.000Z"));
}

// One message with other keys beside it (Nebula's handshake, "durationNs" on its second stage
// only): a few sets of keys, each on a fair share of the lines, are events of their own, their
// templates naming the keys they add or leave out; many sets (optional fields) stay one event.
LS_TEST(keySetsOfOneMessage)
{
    const auto templateOf = [](const Corpus& c, std::uint64_t line) {
        return c.miner().templateText(c.clusterOfMessage(c.messageKeys()[line]));
    };
    const Corpus stages = mined(lines(200, [](int i) {
        return "time=\"2026-12-01T10:00:" + two(i % 60) +
               "Z\" level=info msg=\"Handshake message received\" " +
               (i % 3 == 0 ? "durationNs=" + std::to_string(24018771 + i * 977) + " " : std::string()) +
               "initiatorIndex=" + std::to_string(3049857606LL + i) + " vpnIp=10.42.0." +
               std::to_string(i % 40);
    }));
    CHECK_EQ(stages.layout(0).format, std::string("logfmt"));
    CHECK_EQ(templateOf(stages, 1), std::string("Handshake message received"));
    CHECK_EQ(templateOf(stages, 0), std::string("Handshake message received (+durationNs)"));
    // A key whose value is an object counts as any other (JSON lines).
    const Corpus nested = mined(lines(100, [](int i) {
        return R"({"ts":"2026-12-01T10:00:)" + two(i % 60) + R"(Z","msg":"task finished","id":)" +
               std::to_string(i) + (i % 2 ? R"(,"outpost":{"name":"embedded"}})" : "}");
    }));
    CHECK_EQ(templateOf(nested, 0), std::string("task finished"));
    CHECK_EQ(templateOf(nested, 1), std::string("task finished (+outpost)"));
    // A field that comes and goes among many others is a value (JSON lines here).
    const Corpus optional = mined(lines(200, [](int i) {
        std::string line = R"({"ts":"2026-12-01T10:00:)" + two(i % 60) + R"(Z","msg":"job done")";
        for (int k = 0; k < 6; ++k)
            if ((i >> k) & 1) line += ",\"arg" + std::to_string(k) + "\":" + std::to_string(i);
        return line + "}";
    }));
    CHECK_EQ(optional.layout(0).format.rfind("json", 0), std::size_t{0});
    for (std::uint64_t line = 1; line < 200; ++line)
        CHECK_EQ(templateOf(optional, line), templateOf(optional, 0));
}

LS_TEST_MAIN()
