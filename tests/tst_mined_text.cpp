// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// What a line is mined as, besides its masked message: a stack frame's shape (stack_frames.h) and
// a message after the spans and target that open it (mined_text.h).
#include "check.h"
#include "made_up_lines.h"
#include "mined_templates.h"

#include "logsleuth/text/corpus.h"
#include "logsleuth/text/miner.h"

#include <algorithm>
#include <optional>
#include <set>
#include <sstream>
#include <string>

using namespace logsleuth::text;

// A trace's frames are one event each kind, whichever code they name: Java's, Python's with its
// source lines and carets, PHP's numbered ones, the Linux kernel's, a Go goroutine's, Ruby's,
// Perl's, SpiderMonkey's, MATLAB's and Papyrus'.
LS_TEST(stackFramesAreOneEventEach)
{
    std::string text;
    for (int i = 0; i < 20; ++i) {
        const std::string n = std::to_string(i);
        text += "2026-12-01 10:00:0" + std::to_string(i % 10) + " ERROR Order " + n + " failed\n";
        text += "java.lang.IllegalStateException: reservation expired\n";
        text += "\tat com.acme.shop.Inventory.reserve(Inventory.java:" + n + ")\n";
        text += "\tat com.acme.shop.OrderService$1.run(OrderService.java:4" + n + ")\n";
        text += "\tat java.base/java.lang.Thread.run(Thread.java:840)\n";
        text += "2026-12-01 10:00:0" + std::to_string(i % 10) + " ERROR Task " + n + " failed\n";
        text += "Traceback (most recent call last):\n";
        text += "  File \"/app/tasks.py\", line " + n + ", in sync_inventory\n";
        text += "    resp.raise_for_status()\n";
        text += "    ^^^^^^^^^^^^^^^^^^^^^^^\n";
        text += "  File \"/usr/lib/python3/requests/models.py\", line 1021, in raise_for_status\n";
        text += "    raise HTTPError(http_error_msg, response=self)\n";
        text += "requests.exceptions.HTTPError: 503 Server Error\n";
        text += "2026-12-01 10:00:0" + std::to_string(i % 10) + " ERROR Query " + n + " failed\n";
        text += "#0 /app/src/Db.php(31): PDO->__construct('mysql:host=db', 'app')\n";
        text += "#1 [internal function]: App\\Jobs\\Sync->handle(Object(App\\Db))\n";
        text += "#2 {main}\n";
        text += "2026-12-01 10:00:0" + std::to_string(i % 10) + " ERROR Kernel " + n + " oops\n";
        text += " <TASK>\n";
        text += " dump_stack_lvl+0x76/0xa0\n";
        text += " ? __schedule+0x3b" + std::to_string(i % 10) + "/0x1560 [nf_tables]\n";
        text += " </TASK>\n";
        text += "2026-12-01 10:00:0" + std::to_string(i % 10) + " ERROR Panic " + n + " recovered\n";
        text += "goroutine " + n + " [running]:\n";
        text += "main.(*Server).handle(0xc000123, {0x1, 0x" + n + "})\n";
        text += "\t/app/server.go:88 +0x1a5\n";
        text += "created by main.Serve in goroutine 1\n";
        text += "\t/app/server.go:40 +0x2c\n";
        text += "2026-12-01 10:00:0" + std::to_string(i % 10) + " ERROR Flush " + n + " failed\n";
        text += "/opt/gems/fluent-plugin-es/lib/out_es.rb:" + n + ":in `rescue in send_bulk'\n";
        text += "/opt/gems/fluentd/lib/plugin/output.rb:1" + n + ":in `block in try_flush'\n";
        text += "\tfrom /app/lib/worker.rb:4" + n + ":in 'Worker#run'\n";
        text += "2026-12-01 10:00:0" + std::to_string(i % 10) + " ERROR Account " + n + " refused\n";
        text += "\tCpanel::Validate::Domain::valid(\"www.hotel see.at\") called at /usr/local/cpanel/Dns.pm "
                "line " +
                n + "\n";
        text += "\teval {...} called at /usr/local/cpanel/Whostmgr/API/1.pm line 26" + n + "\n";
        text += "2026-12-01 10:00:0" + std::to_string(i % 10) + " ERROR Shell " + n + " stalled\n";
        text += "  _updateIcon@file:///home/kai/.local/share/gnome-shell/extensions/x@y.com/icon.js:3" + n +
                ":23\n";
        text += "  @resource:///org/gnome/shell/ui/init.js:" + n + ":17\n";
        text += "Warning: Matrix is close to singular or badly scaled. RCOND = " + n + ".2e-17.\n";
        text += "> In hbv_model (line 14" + n + ")\n";
        text += "  In calib_run>objfun (line " + n + ")\n";
        text += "2026-12-01 10:00:0" + std::to_string(i % 10) + " ERROR Script " + n + " aborted\n";
        text += "\t[alias Follower1 on quest nwsQuest (0E012F" + n +
                ")].nwsAliasScr.OnUpdate() - "
                "\"nwsAliasScr.psc\" Line 3" +
                n + "\n";
        text += "\t[ObjectReference < (FF003A21)>].Form.RegisterForSingleUpdate() - <native>\n";
    }
    const std::set<std::string> templates = templatesOf(text, "traces.log");
    CHECK(templates.contains("at <*>"));
    CHECK(templates.contains("File <*>, line <NUM>, in <*>"));
    CHECK(templates.contains("(source) <*>"));
    CHECK(templates.contains("^^^"));
    CHECK(templates.contains("<*>:<NUM>:in <*>"));
    CHECK(!templates.contains("<PATH>:<NUM>:in `block in try_flush'"));
    CHECK(templates.contains("<*> called at <*> line <NUM>"));
    CHECK(!templates.contains("eval {...} called at <PATH> line <NUM>"));
    CHECK(templates.contains("<*>@<*>"));
    CHECK(!templates.contains("@<URL>"));
    CHECK(templates.contains("In <*> (line <NUM>)"));
    CHECK(!templates.contains("In calib_run>objfun (line <NUM>)"));
    CHECK(templates.contains("> In hbv_model (line <NUM>)"));
    CHECK(templates.contains("[<*>].<*>() - <*>"));
    CHECK(!templates.contains("[ObjectReference < (<HEX>)>].Form.RegisterForSingleUpdate() - <native>"));
    CHECK(templates.contains("#<NUM> <*>"));
    CHECK(templates.contains("#<NUM> {main}"));
    CHECK(templates.contains("<*>+<HEX>/<HEX>"));
    CHECK(templates.contains("<TASK>")); // a value's shape of its own, not a kernel frame
    CHECK(templates.contains("<*>(<*>)"));
    CHECK(templates.contains("<PATH>:<NUM> +<HEX>"));
    CHECK(templates.contains("Order <NUM> failed"));
    CHECK(!templates.contains("at java.base/java.lang.Thread.run(Thread.java:<NUM>)"));

    // The same through a stream prefix whose parser takes the indentation off the messages.
    text.clear();
    for (int i = 0; i < 20; ++i) {
        const std::string n = std::to_string(i);
        text += "worker-1  | 10:00:0" + std::to_string(i % 10) + " default: Job " + n + " failed\n";
        text += "worker-1  | Traceback (most recent call last):\n";
        text += "worker-1  |   File \"/app/tasks.py\", line " + n + ", in sync\n";
        text += "worker-1  |     resp.raise_for_status()\n";
        text +=
            "worker-1  |   File \"/usr/lib/python3/requests/models.py\", line 1021, in raise_for_status\n";
        text += "worker-1  |     raise HTTPError(http_error_msg, response=self)\n";
        text += "worker-1  | requests.exceptions.HTTPError: 503 Server Error\n";
        text += "web-1     | 10:00:0" + std::to_string(i % 10) + " GET /health 200\n";
    }
    const std::set<std::string> streams = templatesOf(text, "compose.log");
    CHECK(streams.contains("(source) <*>"));
    CHECK(streams.contains("requests.exceptions.HTTPError: <NUM> Server Error"));

    // ... and through a prefix before the stamp that the frames keep and the stamp does not
    // follow (pm2's "0|api      | "), JavaScript's frames of a plain function among them.
    text.clear();
    for (int i = 0; i < 60; ++i) {
        const std::string app = std::to_string(i % 3) + (i % 3 == 2 ? "|worker   | " : "|api      | ");
        const std::string stamp = "2026-12-01T10:00:" + made_up::two(i) + ": ";
        text += app + stamp + "Error: connect ECONNREFUSED 10.0.0." + std::to_string(i) + ":5432\n";
        text += app + (i % 2 ? "    at next (/app/node_modules/express/lib/router/route.js:149:13)\n"
                             : "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)\n");
        for (int k = 0; k < 3; ++k)
            text += app + stamp + made_up::message(3 * i + k) + "\n";
    }
    Corpus pm2 = made_up::mined(text);
    CHECK_EQ(pm2.layout(0).format, std::string("<Pid>|<Component>|<Time> <Content>"));
    // A frame continues the record before it, its message without the prefix.
    CHECK_EQ(std::string(pm2.message(6)),
             std::string("at next (/app/node_modules/express/lib/router/route.js:149:13)"));
    CHECK_EQ(pm2.records().recordStart(6), std::uint64_t{5});
    CHECK_EQ(pm2.records().time(6), pm2.records().time(5));
    const std::set<std::string> frames = templatesOf(text, "pm2.log");
    CHECK(frames.contains("at <*>"));
    CHECK(!frames.contains("at next (<PATH>:<NUM>:<NUM>)"));
}

// Zap's console lines (the OpenTelemetry Collector's): time, level, caller and message a tab
// apart, the fields as a JSON object in a last column that most lines have. The message is the
// column before the fields; a stack trace under an error is zap's, function lines without
// arguments and indented file lines, each kind one event; a host and file name is no function.
LS_TEST(zapConsoleLinesAndTraces)
{
    std::string text;
    for (int i = 0; i < 60; ++i) {
        const std::string n = std::to_string(i);
        const std::string stamp = "2026-12-01T10:" + made_up::two(i) + ":00.123Z\t";
        text += stamp +
                "info\tmemorylimiter/memorylimiter.go:196\tMemory usage after GC.\t{\"kind\": \"processor\", "
                "\"cur_mem_mib\": " +
                n + "}\n";
        if (i % 4 == 0)
            text += stamp + "info\tservice@v0.112.0/service.go:" + std::to_string(200 + i % 3) +
                    "\tEverything is ready.\n";
        text +=
            stamp +
            "error\tinternal/queue_sender.go:92\tExporting failed. Dropping data.\t{\"kind\": \"exporter\", "
            "\"error\": \"no more retries left: Post \\\"http://loki:3100/x\\\": EOF\", \"dropped_items\": " +
            n + "}\n";
        if (i % 10 != 0) continue;
        text += "go.opentelemetry.io/collector/exporter/exporterhelper/internal.NewQueueSender.func1\n";
        text +=
            "\tgo.opentelemetry.io/collector/exporter@v0.112.0/exporterhelper/internal/queue_sender.go:92\n";
        text += "go.opentelemetry.io/collector/exporter/internal/queue.(*Consumers[...]).Start.func1\n";
        text += "\tgo.opentelemetry.io/collector/exporter@v0.112.0/internal/queue/consumers.go:4" +
                std::to_string(i % 10) + "\n";
    }
    Corpus corpus = made_up::mined(text);
    CHECK_EQ(corpus.layout(0).format, std::string("<Time>\t<Level>\t<Component>\t<Content>"));
    const std::set<std::string> templates = templatesOf(corpus);
    CHECK(templates.contains("<*>(<*>)"));
    CHECK(templates.contains("<*>.go:<NUM>"));
    CHECK(templates.contains("Everything is ready."));
    CHECK_EQ(templates.size(), std::size_t{5});

    // A file after a host, alone as a message, is no function of a trace.
    const std::set<std::string> requests = templatesOf(
        made_up::lines(40,
                       [](int i) {
                           return "2026-12-01 10:00:" + made_up::two(i) +
                                  ".483 7f3ab820acb2 Request: detectportal.firefox.com/" +
                                  made_up::pick(i, {"canonical.html", "success.txt", "login.php"});
                       }),
        "privoxy.log");
    CHECK(!requests.contains("<*>(<*>)"));
}

// An indented JSON document under a record's header (Renovate's config dumps, Certbot's ACME
// bodies) is mined by its parts: braces, keys that open an object or a list, keys with their
// values, strings in a list; the keys, like the values, are the serializer's data. A quoted
// sentence alone on its line stays a message.
LS_TEST(indentedJsonIsMinedByItsParts)
{
    std::string text;
    for (int i = 0; i < 20; ++i) {
        const std::string n = std::to_string(i);
        text += "2026-12-01 10:00:0" + std::to_string(i % 10) + " DEBUG Repository config " + n + "\n";
        text += "       \"config\": {\n";
        text += "         \"branchPrefix\": \"renovate/\",\n";
        text += "         \"prHourlyLimit\": " + n + ",\n";
        text += "         \"extends\": [\n";
        text += "           \"local>acme/config-" + n + "\",\n";
        text += "           \"at any time\"\n";
        text += "         ],\n";
        text += "         \"automerge\": false\n";
        text += "       }\n";
        text += "2026-12-01 10:00:0" + std::to_string(i % 10) + " INFO Interface " + n + " changed\n";
        text += "\"Interface 1/1/c" + n + " is not operational\"\n";
    }
    const std::set<std::string> templates = templatesOf(text, "renovate.log");
    CHECK(templates.contains("{…}"));
    CHECK(templates.contains("\"<*>\": {…"));
    CHECK(templates.contains("\"<*>\": <*>"));
    CHECK(templates.contains("\"<*>\""));
    CHECK(templates.contains("\"Interface <NUM>/<NUM>/c<NUM> is not operational\""));
    CHECK(!templates.contains("\"automerge\": false"));
}

// Rust tracing writes the spans a line runs in and its target before the message: context, as a
// header is, so the events are what follows ("validating transfer" apart from "transfer created",
// whichever request they ran in).
LS_TEST(spansAndTargetOpeningTheMessageAreContext)
{
    const char* uris[] = {"/health", "/v1/transfers", "/v1/accounts/acc_1"};
    const char* methods[] = {"GET", "POST"};
    std::string text;
    for (int i = 0; i < 30; ++i) {
        const std::string span =
            std::string("request{method=") + methods[i % 2] + " uri=" + uris[i % 3] + " version=HTTP/1.1}: ";
        const std::string stamp = "2026-12-01T10:00:" + std::to_string(10 + i) + ".000000Z ";
        text += stamp + " INFO " + span + "tower_http::trace::on_request: started processing request\n";
        text += stamp + "DEBUG " + span + "ledger_api::routes::transfers: validating transfer from=acc_" +
                std::to_string(i) + " to=acc_" + std::to_string(i + 1) + "\n";
        text += stamp + " INFO " + span + "ledger_api::routes::transfers: transfer created transfer_id=trf_" +
                std::to_string(i) + " amount=" + std::to_string(10 * i) + "\n";
    }
    const std::set<std::string> templates = templatesOf(text, "tracing.log");
    CHECK(templates.contains("started processing request"));
    CHECK(templates.contains("validating transfer from=acc_<NUM> to=acc_<NUM>"));
    CHECK(templates.contains("transfer created transfer_id=trf_<NUM> amount=<NUM>"));
    CHECK_EQ(templates.size(), std::size_t{3});
}

// The same with the seconds since start, the thread's id and spans chained without fields, as
// Linkerd's proxy writes them: the target after chained spans is the component even without
// "::", and the events are what follows it. "Error: timeout: …" names no component.
LS_TEST(uptimeThreadAndChainedSpansOpenTheMessage)
{
    std::string text;
    for (int i = 0; i < 30; ++i) {
        const std::string n = std::to_string(i);
        const std::string stamp = "[" + std::string(i < 10 ? "     " : "    ") + n + ".000289s]  ";
        text += stamp + "WARN ThreadId(0" + std::to_string(1 + i % 2) + ") outbound:proxy{addr=10.0.0." + n +
                ":80}:endpoint{addr=10.0.1." + n +
                ":80}: linkerd_reconnect: Failed to connect error=refused\n";
        text += stamp + "WARN ThreadId(01) " +
                (i % 2 ? "watch{port=8080}:controller{addr=10.0.0.9:8090}: " : "daemon:identity: ") +
                "linkerd_reconnect: Failed to connect error=refused\n";
        text += stamp +
                " INFO ThreadId(01) inbound: linkerd_app_core::serve: Server failed to accept connection\n";
        text += stamp + " INFO ThreadId(01) Error: timeout: retrying in " + n + "ms\n";
    }
    Corpus corpus = made_up::mined(text);
    CHECK_EQ(corpus.layout(0).format, std::string("[<Time>] <Level> <Content>"));
    CHECK_EQ(made_up::iso(corpus.records().time(4)), std::string("1970-01-01T00:00:01.000Z"));
    CHECK_EQ(std::string(corpus.records().component(0)), std::string("linkerd_reconnect"));
    CHECK_EQ(std::string(corpus.records().component(1)), std::string("linkerd_reconnect"));
    CHECK_EQ(std::string(corpus.records().component(2)), std::string("linkerd_app_core::serve"));
    CHECK(corpus.records().component(3).empty());
    const std::set<std::string> templates = templatesOf(text, "linkerd.log");
    CHECK(templates.contains("Failed to connect error=refused"));
    CHECK(templates.contains("Server failed to accept connection"));
    CHECK_EQ(templates.size(), std::size_t{3});
}

// A web server's access line inside another program's message (an application server's access
// logger, a proxy's) is one event whatever its request, status, client and timings: what leads
// it is masked, the rest is the shape of its fields. A status alone ("200 OK", "404 Not Found")
// reads as one value; Envoy writes 0 where it sent no response. A request an error names, with no
// status after it, stays in its message.
LS_TEST(accessLinesInsideMessagesAreOneEvent)
{
    const char* requests[] = {"GET /api/orders/17 HTTP/1.1", "POST /collections/wiki/points/search HTTP/1.1",
                              "DELETE /v2/blobs/sha256:9f0e HTTP/2.0"};
    const char* statuses[] = {"200 OK", "404 Not Found", "503 Service Unavailable", "0"};
    std::string text;
    for (int i = 0; i < 40; ++i) {
        const std::string stamp = "2026-12-01T10:00:" + made_up::two(i) + ".000Z INFO ";
        text += stamp + "actix_web::middleware::logger: 172.19.0." + std::to_string(i) + " \"" +
                requests[i % 3] + "\" " + statuses[i % 3] + " " + std::to_string(800 + 7 * i) +
                " \"-\" \"python-httpx/0.27.2\" 0.0" + std::to_string(i) + "\n";
        text += stamp + "uvicorn.access: 10.0.0." + std::to_string(i) + ":" + std::to_string(40000 + i) +
                " - \"" + requests[i % 3] + "\" " + statuses[i % 4] + "\n";
        text +=
            stamp +
            "nginx: connect() failed (111: Connection refused) while connecting to upstream, request: \"" +
            requests[i % 3] + "\", host: \"shop.example.com\"\n";
    }
    const std::set<std::string> templates = templatesOf(text, "apps.log");
    CHECK(templates.contains("<IP> \"<*>\" <*> \"<*>\" <*>")); // after the logger's name
    CHECK(templates.contains("<IP> - \"<*>\" <*>"));
    CHECK_EQ(templates.size(), std::size_t{3});
}

// ... but models read an access line's request and status: one template, yet as many messages to
// score as its masked lines, lest a whole access log read to them as one message (the API
// gateway's 502 burst scored as its 200s).
LS_TEST(accessLinesAreScoredByTheirRequests)
{
    const char* requests[] = {"GET /v1/orders/17 HTTP/1.1", "POST /v1/orders HTTP/1.1",
                              "GET /wp-login.php HTTP/1.1"};
    const char* statuses[] = {"200", "502", "404"};
    std::string text;
    for (int i = 0; i < 60; ++i)
        text += "198.18.0." + std::to_string(i) + " - - [05/Oct/2026:08:00:" + made_up::two(i) +
                " +0200] \"" + requests[i % 3] + "\" " + statuses[i % 3] + " " + std::to_string(300 + i) +
                " \"-\" \"okhttp/4.12.0\"\n";
    Corpus corpus;
    corpus.addSource(LogText::fromBytes(text, "access.log"));
    CHECK(corpus.mine());
    CHECK_EQ(corpus.layout(0).format, std::string("ncsa"));
    CHECK_EQ(corpus.miner().clusterCount(), std::size_t{1});
    CHECK_EQ(corpus.distinctMessageCount(), std::size_t{3});
    std::set<std::string> scored;
    for (std::uint32_t key = 0; key < corpus.distinctMessageCount(); ++key)
        scored.emplace(corpus.scoringText(key));
    CHECK(std::any_of(scored.begin(), scored.end(), [](const std::string& t) {
        return t.find("/wp-login.php") != std::string::npos && t.find("404") != std::string::npos;
    }));
    CHECK(std::any_of(scored.begin(), scored.end(),
                      [](const std::string& t) { return t.find("502") != std::string::npos; }));
}

LS_TEST_MAIN()
