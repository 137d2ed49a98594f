// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Files whose lines are not one program's layout: several programs' logs, each line led by its
// stream's name (docker compose), and a table a command printed, its columns named by a header
// line (PowerShell's Format-Table, kubectl). Each is read by the layouts it holds, and the format
// `formats` prints reads it back.
#include "check.h"

#include "logsleuth/text/corpus.h"
#include "made_up_lines.h"
#include "mined_templates.h"

#include <algorithm>
#include <set>
#include <string>

using namespace logsleuth::text;

using namespace made_up;

// Several programs' logs in one file, each line led by its stream's name (docker compose logs):
// each stream's own layout is learned from its lines and read on them, so a database's and a
// worker's lines have their times and levels, and a proxy's access lines theirs. A log whose
// entity leads lines of one program (a host's syslog) is read as before.
LS_TEST(streamsWithLayoutsOfTheirOwn)
{
    const std::string text = lines(240, [](int i) {
        const std::string second = two(i % 60);
        switch (i % 3) {
        case 0:
            return "db-1      | 2026-12-01 10:00:" + second + ".412 UTC [" + std::to_string(40 + i) + "] " +
                   pick(i / 3, {"LOG", "ERROR", "WARNING"}) + ":  " + message(i);
        case 1:
            return "proxy-1   | 10.0.0." + std::to_string(i % 250) + " - - [01/Dec/2026:10:00:" + second +
                   " +0000] \"" +
                   // (A TLS handshake sent to the plain port, as nginx writes its bytes.)
                   (i % 12 == 4 ? std::string("\\x16\\x03\\x01\\x00")
                                : "GET /api/items/" + std::to_string(i) + " HTTP/1.1") +
                   "\" " + pick(i / 3, {"200", "404"}) + " " + std::to_string(100 + i) +
                   " \"-\" \"curl/8.0\"";
        default:
            return "worker-1  | " + std::string(pick(i / 3, {"INFO", "WARN"})) +
                   " 2026-12-01T10:00:" + second + "Z " + message(i);
        }
    });
    Corpus corpus = mined(text);
    CHECK(corpus.layout(0).format.find(" >> per stream: ") != std::string::npos);
    CHECK_EQ(corpus.layout(0).fitted, std::uint64_t{240});
    CHECK_EQ(std::string(corpus.records().entity(0)), std::string("db-1"));
    CHECK_EQ(std::string(corpus.records().level(3)), std::string("ERROR"));
    CHECK_EQ(iso(corpus.records().time(3)), std::string("2026-12-01T10:00:03.412Z"));
    CHECK_EQ(std::string(corpus.message(3)), message(3));
    CHECK_EQ(iso(corpus.records().time(4)), std::string("2026-12-01T10:00:04.000Z"));
    CHECK(corpus.records().severity(4) == Severity::Warning); // a 404
    // The proxy's access lines are one event, whatever their request (a handshake's bytes too) and
    // status.
    const auto accessTemplate = [&](std::uint64_t line) {
        return corpus.miner().templateText(corpus.clusterOfMessage(corpus.messageKeys()[line]));
    };
    CHECK_EQ(accessTemplate(1), std::string("\"<*>\" <*> \"<*>\""));
    CHECK_EQ(accessTemplate(4), accessTemplate(1));
    CHECK_EQ(std::string(corpus.records().level(5)), std::string("WARN"));
    CHECK_EQ(std::string(corpus.message(5)), message(5));

    // A stream that writes a clock only takes the day of the dates around it (not the file's
    // modification day), and one that writes no stamp the time of the line before it.
    const std::string mixed = lines(200, [](int i) {
        const std::string second = two(i % 60);
        switch (i % 4) {
        case 0:
            return "db-1      | 2026-11-30 23:59:" + second + ".412 UTC [7] LOG:  " + message(i);
        case 1:
            return "rq-1      | 00:00:" + second + " default: " + std::string(pick(i, {"INFO", "WARN"})) +
                   " " + message(i);
        case 2:
            return "rq-1      | 23:59:" + second + " default: " + std::string(pick(i, {"INFO", "WARN"})) +
                   " " + message(i);
        default:
            return "api-1     | " + std::string(pick(i, {"INFO", "ERROR"})) + ":     " + message(i);
        }
    });
    Corpus streams = mined(mixed);
    CHECK_EQ(iso(streams.records().time(1)), std::string("2026-12-01T00:00:01.000Z")); // past midnight
    CHECK_EQ(iso(streams.records().time(2)), std::string("2026-11-30T23:59:02.000Z"));
    CHECK_EQ(streams.records().time(3), streams.records().time(2));

    // The format `formats` prints reads the lines back the same way.
    Corpus given = mined(text, RecordOptions{corpus.layout(0).format, {}});
    for (std::uint64_t line = 0; line < 240; line += 7) {
        LS_ROW(std::to_string(line));
        CHECK_EQ(given.records().time(line), corpus.records().time(line));
        CHECK_EQ(std::string(given.records().level(line)), std::string(corpus.records().level(line)));
        CHECK_EQ(std::string(given.message(line)), std::string(corpus.message(line)));
    }
    std::string error;
    CHECK(!makeRecordParser("<Time> <Content> >> per stream: db: <Level> <Content>", error));
    CHECK(error.find("<Entity>") != std::string::npos);
    CHECK(!makeRecordParser("<Entity> <Content> >> per stream: no name here", error));

    const std::string syslog = lines(200, [](int i) {
        return "Dec  1 10:00:" + two(i % 60) + " " + pick(i, {"web-01", "db-01"}) + " app[" +
               std::to_string(100 + i) + "]: " + pick(i / 2, {"INFO", "ERROR"}) + " " + message(i);
    });
    Corpus hosts = mined(syslog);
    CHECK(hosts.layout(0).format.find("per stream") == std::string::npos);

    // pdsh's prefix, each host's name and a colon, before lines of several layouts (a training
    // job's Python logging beside NCCL's own lines and warnings): the stamped lines have their
    // layout, as without the prefix; a host's name before its colon is no key ("Date:").
    const std::string pdsh = lines(300, [](int i) {
        const std::string host = "gpu-node-0" + std::to_string(7 + i % 2) + ": ";
        switch (i % 10) {
        case 6:
        case 7:
            return host + "gpu-node-0" + std::to_string(7 + i % 2) + ":" + std::to_string(56563 + i) +
                   ":56905 [" + std::to_string(i % 8) + "] NCCL INFO Channel 0" + std::to_string(i % 4) +
                   "/0 : 1[1] -> 2[2] via P2P/IPC/read";
        case 8:
            return host + "  warnings.warn(";
        case 9:
            return host + "/opt/conda/lib/python3.11/site-packages/torch/utils/checkpoint.py:" +
                   std::to_string(90 + i % 7) + ": UserWarning: None of the inputs have requires_grad=True.";
        default:
            return host + "[2026-12-01 10:" + two(i / 60) + ":" + two(i % 60) +
                   ",030] [INFO] [logging.py:96:log_dist] [Rank 0] " + message(i);
        }
    });
    Corpus prefixed = mined(pdsh);
    CHECK(prefixed.layout(0).format.find("[<Time>] [<Level>]") != std::string::npos);
    CHECK_EQ(iso(prefixed.records().time(61)), std::string("2026-12-01T10:01:01.030Z"));
    CHECK_EQ(std::string(prefixed.records().level(61)), std::string("INFO"));
}

// A table a command printed, its columns named by a header line and aligned under it: read by
// the names (PowerShell's Format-Table with its rule of dashes and right-aligned numbers,
// kubectl's events without one); the header and rule are directives; the format given back
// reads the same. A log that merely opens with a line of capitalised words is no table.
LS_TEST(tablesWithAHeaderLine)
{
    std::string events = "\n   Index Time          EntryType   Source                 InstanceID Message\n"
                         "   ----- ----          ---------   ------                 ---------- -------\n";
    events += lines(60, [](int i) {
        std::string index = std::to_string(i % 2 ? 512 + i : 34511 + i);
        index.insert(0, 8 - index.size(), ' ');
        std::string source = pick(i, {"Service Control M...", "EventLog", "Microsoft-Windows..."});
        source.resize(23, ' ');
        std::string level = pick(i, {"Error", "Information", "Warning"});
        level.resize(12, ' ');
        return index + " Dec 01 10:" + two(i % 60) + "  " + level + source +
               std::string(pick(i, {"3221232472", "1073748864"})) + " " + message(i);
    });
    Corpus table = mined(events);
    CHECK_EQ(table.layout(0).format,
             std::string("columns:Index@3,Time@9,EntryType@23,Source@35,InstanceID@58,Message@69"));
    CHECK(table.records().strays(1) == false);
    CHECK(table.records().level(1).empty()); // the header is a directive, no row
    CHECK_EQ(table.layout(0).fitted, std::uint64_t{62});
    const std::uint64_t row = 3 + 1; // after a blank line, the header and the rule
    CHECK_EQ(std::string(table.records().level(row)), std::string("Information"));
    CHECK(table.records().severity(row + 1) == Severity::Warning);
    CHECK_EQ(std::string(table.records().component(row)), std::string("EventLog"));
    CHECK_EQ(iso(table.records().time(row)).substr(4), std::string("-12-01T10:01:00.000Z"));
    CHECK_EQ(std::string(table.message(row)), message(1));
    Corpus given = mined(events, RecordOptions{table.layout(0).format, {}});
    CHECK_EQ(std::string(given.message(row)), message(1));
    CHECK_EQ(std::string(given.records().component(row)), std::string("EventLog"));

    std::string kubectl = "LAST SEEN   TYPE      REASON             OBJECT                MESSAGE\n";
    kubectl += lines(40, [](int i) {
        std::string reason = pick(i, {"Killing", "BackOff", "Pulled"});
        reason.resize(19, ' ');
        std::string object = "pod/web-" + std::to_string(1000 + i);
        object.resize(22, ' ');
        std::string type = pick(i, {"Normal", "Warning"});
        type.resize(10, ' ');
        return std::string(pick(i, {"5m25s       ", "<unknown>   ", "10h         "})) + type + reason +
               object + message(i);
    });
    Corpus kube = mined(kubectl);
    CHECK(kube.layout(0).format.starts_with("columns:LAST SEEN@0,TYPE@12"));
    CHECK_EQ(std::string(kube.records().level(2)), std::string("Warning"));
    CHECK_EQ(std::string(kube.records().entity(2)), std::string("pod/web-1001"));
    CHECK_EQ(std::string(kube.message(2)).substr(0, 7), std::string("BackOff"));

    Corpus plain = mined("Starting  Server   Version  Check\n" + lines(60, [](int i) {
                             return "2023-04-01 12:00:" + two(i % 60) + " INFO " + message(i);
                         }));
    CHECK(!plain.layout(0).format.starts_with("columns:"));
    std::string error;
    CHECK(!makeRecordParser("columns:A@0,B@0", error));
}

// A row of fields between bars with no column of words, the last a duration (PingFederate's
// audit log): the row after its stamp is the message. Its steady columns (the event, the role,
// the status) say which event; users, addresses and durations are values.
LS_TEST(rowsOfFieldsAreTheirMessage)
{
    std::string text;
    for (int i = 0; i < 300; ++i)
        text += "2023-04-01 12:00:" + two(i) + ",250| tid:Wp" + std::to_string(7000 + i * 13) + "| " +
                pick(i, {"SSO", "AUTHN_ATTEMPT", "OAuth"}) + "| user" + std::to_string(i % 17) +
                "| 10.41.2." + std::to_string(i % 200) + " | " + pick(i, {"claims-portal", "Workday"}) +
                "| pf-02.example.com | " + pick(i, {"IdP", "IdP", "AS"}) + "| " +
                pick(i, {"success", "success", "success", "failure"}) + "| | " +
                std::to_string(10 + i * 7 % 900) + "\n";
    Corpus corpus;
    corpus.addSource(LogText::fromBytes(text, "audit.log"));
    CHECK(corpus.mine());
    CHECK_EQ(corpus.layout(0).format, std::string("<Time>|<Content>"));
    CHECK_EQ(corpus.layout(0).fitted, corpus.layout(0).lines);
    const std::set<std::string> templates = templatesOf(corpus);
    CHECK(templates.size() >= 4 && templates.size() <= 12);
    CHECK(std::all_of(templates.begin(), templates.end(), [](const std::string& t) {
        return t.find("| <IP> |") != std::string::npos &&
               (t.find("| success|") != std::string::npos || t.find("| failure|") != std::string::npos);
    }));
}

// A query tool's CSV (nvidia-smi's --query-gpu): its header names the columns with their units in
// brackets ("utilization.gpu [%]"), and a restart writes it again in the middle of the file. Both
// header lines are the one directive that names the columns; every row is one event whatever its
// values, and the tool's own error between the runs is another.
LS_TEST(columnNamesWithUnits)
{
    const std::string header = "timestamp, name, pci.bus_id, temperature.gpu, utilization.gpu [%], "
                               "memory.used [MiB], power.draw [W]";
    std::string text = header + "\n";
    for (int i = 0; i < 120; ++i) {
        if (i == 60)
            text +=
                "Unable to determine the device handle for GPU 0000:4C:00.0: Unknown Error\n" + header + "\n";
        text += "2026/12/01 10:" + two(i % 60) + ":00.0" + two(i % 50) +
                ", NVIDIA A100-SXM4-80GB, 00000000:" + pick(i, {"07", "0B", "48"}) + ":00.0, " +
                std::to_string(30 + i % 40) + ", " + std::to_string(i % 100) + " %, " +
                std::to_string(4 + i * 517 % 80000) + " MiB, " + std::to_string(58 + i % 290) + "." +
                two(i % 100) + " W\n";
    }
    Corpus corpus = mined(text);
    CHECK(corpus.layout(0).format.starts_with("csv:7,time=1,"));
    CHECK_EQ(iso(corpus.records().time(1)), std::string("2026-12-01T10:00:00.000Z"));
    CHECK(corpus.messageIsDirective(corpus.messageKeys()[0]));
    CHECK(corpus.messageIsDirective(corpus.messageKeys()[62]));
    const auto templateOf = [&](std::uint64_t line) {
        return corpus.miner().templateText(corpus.clusterOfMessage(corpus.messageKeys()[line]));
    };
    for (std::uint64_t line = 2; line < 123; ++line)
        if (line != 61 && line != 62) CHECK_EQ(templateOf(line), templateOf(1));
    CHECK(templateOf(61) != templateOf(1));
    CHECK(templateOf(0) != templateOf(1));
}

// An operational log whose header runs on past the client's address with two fields of words
// (svnserve's "pid time address user repository action …"): the user and the repository are
// paired every way on the lines, so they are header, and each action is one event whoever ran
// it on whichever repository. A message's first words are not paired so ("Accepted password",
// "Failed publickey"): they stay the message's.
LS_TEST(fieldsPairedEveryWayAreHeader)
{
    std::string text;
    for (int i = 0; i < 400; ++i) {
        const char* user = pick(i / 7, {"mkoch", "aweber", "tbauer", "jlange", "sfischer"});
        text += std::to_string(20000 + i * 37 % 40000) + " 2026-12-01T10:" + two(i / 60 % 60) + ":" +
                two(i % 60) + ".085386Z 10.1.4." + std::to_string(10 + i / 7 % 5) + " " + user + " " +
                pick(i / 3, {"firmware", "pcb", "docs", "tools"}) + " " +
                pick(i, {"get-latest-rev", "update /trunk/src r18231 depth=infinity", "commit r18232",
                         "get-dir /trunk/lib r4123 props", "stat /trunk/specs@2210"}) +
                "\n";
    }
    Corpus corpus = mined(text);
    const std::set<std::string> templates = templatesOf(corpus);
    CHECK_EQ(templates.size(), std::size_t{5});
    CHECK(templates.count("get-latest-rev") == 1);

    // The same words leading messages that say different things stay the message's.
    std::string sshd;
    for (int i = 0; i < 400; ++i)
        sshd += "2026-12-01T10:" + two(i / 60 % 60) + ":" + two(i % 60) + ".085386Z 10.1.4." +
                std::to_string(10 + i % 5) + " " +
                pick(i, {"Accepted password for alice from 10.0.0.7 port 22",
                         "Failed publickey for bob from 10.0.0.9 port 22", "Connection closed by 10.0.0.4",
                         "Received disconnect from 10.0.0.2 port 51234"}) +
                "\n";
    const std::set<std::string> said = templatesOf(mined(sshd));
    CHECK(std::any_of(said.begin(), said.end(),
                      [](const std::string& t) { return t.starts_with("Accepted"); }));
}

LS_TEST_MAIN()
