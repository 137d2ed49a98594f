// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Records read by column or by position: comma-separated lines, logs that name their own
// columns in a directive (W3C extended logs, Zeek), read by column name, web servers' access
// logs (NCSA common and combined) and syslog led by its priority (RFC 5424, RFC 3164 as
// relayed). JSON lines and logfmt, read by key, are tst_structured_lines; the records of one
// product read by position are tst_product_records.
#include "check.h"

#include "logsleuth/text/corpus.h"
#include "made_up_lines.h"

#include <cstdio>
#include <set>
#include <string>

using namespace logsleuth::text;

using namespace made_up;

// Comma-separated values without a header line, as PostgreSQL's csvlog writes them: the
// columns' roles come from their values; quoted fields hold commas and doubled quotes. A CSV of
// numbers alone is data, not a log.
LS_TEST(csvColumns)
{
    const std::string text = lines(200, [](int i) {
        return "2023-04-01 12:00:" + two(i) + ".250 UTC,\"app\",\"shop\"," + std::to_string(1000 + i) +
               ",\"10.0.0." + std::to_string(i % 9) + ":5432\",6565a0.1f," + std::to_string(i) +
               ",\"idle\"," + pick(i, {"LOG", "WARNING", "ERROR"}) + ",00000,\"" + message(i) +
               ", said \"\"x\"\"\",,,\"psql\"";
    });
    Corpus corpus = mined(text);
    const std::string format = "csv:14,time=1,level=9,message=11";
    CHECK_EQ(corpus.layout(0).format, format);
    CHECK_EQ(corpus.layout(0).fitted, std::uint64_t{200});
    CHECK_EQ(iso(corpus.records().time(0)), std::string("2023-04-01T12:00:00.250Z"));
    CHECK_EQ(std::string(corpus.records().level(2)), std::string("ERROR"));
    CHECK_EQ(std::string(corpus.message(3)), message(3) + ", said \"\"x\"\"");

    Corpus given = mined(text, RecordOptions{format, {}});
    CHECK_EQ(std::string(given.message(3)), message(3) + ", said \"\"x\"\"");

    // Blanks after the commas, left out of the values; a column of a label and a number ("FID 128") is no
    // level, though an HTTP status alone would be one.
    Corpus spaced = mined(lines(200, [](int i) {
        return "2023-04-01 12:00:" + two(i) + ", " + std::to_string(39110 + i) + ", FID 128, " +
               pick(i, {"INFO", "WARNING", "ERROR"}) + ", " + message(i);
    }));
    CHECK_EQ(spaced.layout(0).format, std::string("csv:5,time=1,level=4,message=5"));
    CHECK_EQ(std::string(spaced.records().level(2)), std::string("ERROR"));
    CHECK_EQ(std::string(spaced.message(3)), message(3));

    Corpus numbers = mined(lines(100, [](int i) {
        return std::to_string(i) + "," + std::to_string(i * 2) + ",3,4," + std::to_string(i % 7) + ",6";
    }));
    CHECK(corpus.layout(0).format != numbers.layout(0).format);
    CHECK(numbers.layout(0).format.substr(0, 4) != "csv:");

    // A header line names the columns (an event viewer's export): the names give the roles, and
    // the last column takes the rest of its line, so a message's unquoted commas stay in it.
    const std::string exported = "Level,Date and Time,Source,Event ID,Message\n" + lines(100, [](int i) {
                                     return std::string(pick(i, {"Information", "Warning", "Error"})) +
                                            ",4/1/2023 " + std::to_string(1 + i % 12) + ":00:" + two(i % 60) +
                                            " PM," + pick(i, {"Disk", "Service Control"}) + "," +
                                            std::to_string(7000 + i % 3) + "," + message(i) + ", then, " +
                                            message(i + 1);
                                 });
    Corpus viewer = mined(exported);
    CHECK_EQ(viewer.layout(0).format, std::string("csv:5,time=2,level=1,message=5,component=3,rest"));
    CHECK_EQ(viewer.layout(0).fitted, std::uint64_t{101});
    CHECK(viewer.messageIsDirective(viewer.messageKeys()[0]));
    CHECK_EQ(std::string(viewer.message(2)), message(1) + ", then, " + message(2));
    CHECK_EQ(std::string(viewer.records().level(3)), std::string("Error"));
    CHECK_EQ(std::string(viewer.records().component(2)), std::string("Service Control"));
    CHECK_EQ(iso(viewer.records().time(1)), std::string("2023-04-01T13:00:00.000Z"));

    // ... and where no column's name says it holds the time (Okta's "published"), the column whose
    // values are stamps does.
    const std::string okta =
        "\"uuid\",\"published\",\"eventType\",\"severity\",\"displayMessage\",\"client.ipAddress\"\n" +
        lines(100, [](int i) {
            return "\"ba9abfef-34d1-4d63-a2b2-" + std::to_string(100000000000 + i) +
                   "\",\"2026-12-01T00:01:" + two(i % 60) + ".801Z\",\"" +
                   pick(i, {"user.session.start", "user.authentication.sso"}) + "\",\"" +
                   pick(i, {"INFO", "WARN"}) + "\",\"" + message(i) + "\",\"10.0.0." + std::to_string(i % 9) +
                   "\"";
        });
    Corpus published = mined(okta);
    CHECK_EQ(published.layout(0).format, std::string("csv:6,time=2,level=4,message=5,rest"));
    CHECK_EQ(iso(published.records().time(2)), std::string("2026-12-01T00:01:01.801Z"));
    CHECK_EQ(std::string(published.message(2)), message(1));

    // ... and where the message is not the last column (RavenDB's "Time, Thread, Level, Source,
    // Logger, Message, Exception"), its unquoted commas stay in it: the columns after it take a
    // field each from the end of the line.
    const std::string raven =
        "Time, Thread, Level, Source, Logger, Message, Exception\n" + lines(100, [](int i) {
            return "2023-04-01T12:00:" + two(i % 60) + ".1421845Z, " + std::to_string(i % 7) + ", " +
                   pick(i, {"Information", "Operations"}) + ", Server, Raven.Server.RavenServer, " +
                   message(i) + ", took " + std::to_string(i) + " ms, " +
                   (i % 10 == 0 ? "System.TimeoutException" : "");
        });
    Corpus ravendb = mined(raven);
    CHECK_EQ(ravendb.layout(0).format, std::string("csv:7,time=1,level=3,message=6,component=5,rest"));
    CHECK_EQ(std::string(ravendb.message(1)), message(0) + ", took 0 ms");
    CHECK_EQ(std::string(ravendb.message(2)), message(1) + ", took 1 ms");
    CHECK_EQ(std::string(ravendb.records().component(2)), std::string("Raven.Server.RavenServer"));

    // ... and its descriptions quoted, some over several lines: the lines inside a quoted value are
    // no rows, and take their row's time, level and source.
    const std::string quoted =
        "Level,Date and Time,Source,Event ID,Task Category\n" + lines(100, [](int i) {
            const std::string row = std::string(pick(i, {"Information", "Warning"})) +
                                    ",4/1/2023 1:00:" + two(i % 60) + " PM," + pick(i, {"ASP.NET", "VSS"}) +
                                    ",1309,None,\"";
            if (i % 2 == 0) return row + message(i) + "\"";
            return row + "Event code: 3005\nEvent message: " + message(i) + "\nProcess name: w3wp.exe\n\"";
        });
    Corpus described = mined(quoted);
    CHECK_EQ(described.layout(0).format, std::string("csv:5,time=2,level=1,message=5,component=3,rest"));
    CHECK_EQ(described.layout(0).fitted, std::uint64_t{101}); // the header and the 100 rows
    // Row 1 is line 2; lines 3 to 5 are inside its description.
    CHECK_EQ(std::string(described.message(3)), "Event message: " + message(1));
    for (std::uint64_t n : {std::uint64_t{3}, std::uint64_t{4}, std::uint64_t{5}}) {
        CHECK_EQ(std::string(described.records().level(n)), std::string(described.records().level(2)));
        CHECK_EQ(std::string(described.records().component(n)),
                 std::string(described.records().component(2)));
        CHECK(described.records().time(n) == described.records().time(2));
    }
    CHECK(!described.records().level(2).empty());

    // A header below a page of prose about the columns, the day and the clock in columns of their
    // own (Windows DHCP server's daily file): the prose lines are directives, the stamp is both.
    const std::string dhcp =
        "\t\tMicrosoft DHCP Service Activity Log\n\nEvent ID  Meaning\n00\tThe log was started.\n"
        "11\tA lease was renewed by a client.\n\n"
        "ID,Date,Time,Description,IP Address,Host Name,MAC Address,VendorClass(Hex)\n" +
        lines(100, [](int i) {
            return std::string(pick(i, {"10,", "11,", "30,"})) + "12/31/23," + "12:00:" + two(i % 60) + "," +
                   pick(i, {"Assign", "Renew", "DNS Update Request"}) + ",10.0.0." + std::to_string(i % 9) +
                   ",host" + std::to_string(i % 5) + ",D4A17C7BDE4F,";
        });
    Corpus daily = mined(dhcp);
    CHECK_EQ(daily.layout(0).format, std::string("csv:8,time=2,message=4,entity=6,clock=3,rest"));
    for (const std::uint64_t prose : {0, 2, 4}) // the indented title too
        CHECK(daily.messageIsDirective(daily.messageKeys()[prose]));
    CHECK(!daily.records().strays(0));
    CHECK(!daily.records().strays(3));
    CHECK_EQ(iso(daily.records().time(7)), std::string("2023-12-31T12:00:00.000Z"));
    CHECK_EQ(std::string(daily.message(8)), std::string("Renew"));
    Corpus dailyGiven = mined(dhcp, RecordOptions{"csv:8,time=2,message=4,clock=3,rest", {}});
    CHECK_EQ(iso(dailyGiven.records().time(9)), std::string("2023-12-31T12:00:02.000Z"));

    // No header line, the day and the clock in columns of their own (NPS's IAS format,
    // "…,\"12/01/2026\",\"10:00:31\",…"): the stamp is both.
    Corpus ias = mined(lines(100, [](int i) {
        return std::string("\"NPS01\",\"IAS\",\"12/01/2026\",\"10:00:") + two(i % 60) + "\"," +
               pick(i, {"1", "2", "4"}) + ",\"ACME\\user" + std::to_string(i % 7) + "\",,\"" + message(i) +
               "\",0";
    }));
    CHECK_EQ(ias.layout(0).format, std::string("csv:9,time=3,message=8,clock=4"));
    CHECK_EQ(iso(ias.records().time(5)), std::string("2026-12-01T10:00:05.000Z"));

    // A quoted message that goes on over the lines after it (Greenplum's statements): the lines
    // inside are no rows when the columns are learned, and the line that opens it fits, its
    // message the rest of the line.
    std::string statements;
    for (int i = 0; i < 60; ++i) {
        statements += "2023-04-01 12:00:" + two(i) + ".250 CET,\"etl\",\"dwh\",p" + std::to_string(300 + i) +
                      ",\"LOG\",\"00000\",\"" +
                      (i % 4 == 1 ? std::string("statement: SELECT count(*)\nFROM t") + std::to_string(i) +
                                        "\nWHERE x = 1\",0,\"postgres.c\""
                                  : message(i) + "\",0,\"postgres.c\"") +
                      "\n";
    }
    Corpus multiLine = mined(statements);
    CHECK_EQ(multiLine.layout(0).format, std::string("csv:9,time=1,level=5,message=7"));
    CHECK_EQ(std::string(multiLine.message(1)), std::string("statement: SELECT count(*)"));
    CHECK_EQ(std::string(multiLine.records().level(1)), std::string("LOG"));
    CHECK_EQ(std::string(multiLine.message(0)), message(0));

    // A quote left open, or text after a closing quote: the line does not fit and stays whole.
    Corpus broken =
        mined(text + "2023-04-01 12:59:00.250 UTC,\"app\",\"open\n" + text.substr(0, text.find('\n') + 1));
    CHECK_EQ(broken.layout(0).fitted, std::uint64_t{201});
    CHECK_EQ(std::string(broken.message(200)), std::string("2023-04-01 12:59:00.250 UTC,\"app\",\"open"));
}

// A CSV export whose columns hold values alone (a sign-in log: user, application, address,
// status; a DNS proxy's rows of identities and categories, no header): one event whatever the
// values, the row past its stamp its message; the format says so (",values") and reads it back.
// A column that names the event (Process Monitor's "Operation") is the message instead.
LS_TEST(csvRowsOfValuesAreOneEvent)
{
    const auto templateOf = [](const Corpus& corpus, std::uint64_t line) {
        return corpus.miner().templateText(corpus.clusterOfMessage(corpus.messageKeys()[line]));
    };
    const std::string signIns =
        "Date (UTC),Request ID,User,Application,IP address,Location,Status,Sign-in error code\n" +
        lines(120, [](int i) {
            return "2026-12-01T07:" + two(i % 60) + ":17Z,e4899d6a-62df-4aad-ab2c-" +
                   std::to_string(100000000000 + i) + "," +
                   pick(i, {"Wolfgang Yilmaz", "Holger Meyer", "Anna Becker"}) + "," +
                   pick(i, {"Microsoft Teams", "Office 365 Exchange Online", "Azure Portal"}) +
                   ",203.0.113." + std::to_string(i % 200) + "," +
                   pick(i, {"\"Berlin, Berlin, DE\"", "\"Mainz, Rheinland-Pfalz, DE\""}) + "," +
                   pick(i, {"Success", "Failure", "Interrupted"}) + "," + pick(i, {"0", "50126", "50074"});
        });
    const Corpus exported = mined(signIns);
    CHECK_EQ(exported.layout(0).format, std::string("csv:8,time=1,message=8,rest,values"));
    for (std::uint64_t line = 2; line <= 120; ++line)
        CHECK_EQ(templateOf(exported, line), templateOf(exported, 1));
    CHECK(std::string(exported.message(1)).starts_with("e4899d6a-62df-4aad-ab2c-"));
    const Corpus given = mined(signIns, RecordOptions{exported.layout(0).format, {}});
    CHECK_EQ(templateOf(given, 7), templateOf(given, 1));

    // No header, and no column of prose: the widest text with blanks holds names and groups.
    const Corpus dns = mined(lines(120, [](int i) {
        return "\"2026-12-01 07:30:" + two(i % 60) + "\",\"KZL-NB-0" + two(i % 40) + "\",\"KZL-NB-0" +
               two(i % 40) + "," +
               pick(i, {"Thomas Wolf (twolf@example.de)", "Julia Schulz (js@example.de)"}) +
               "\",\"192.168.2." + std::to_string(i % 250) + "\",\"" + pick(i, {"Allowed", "Blocked"}) +
               "\",\"1 (A)\",\"" + pick(i, {"NOERROR", "NXDOMAIN"}) + "\",\"" +
               pick(i, {"www.linkedin.com.", "cdn.adnxs.com."}) + "\",\"" +
               pick(i, {"Advertisements", "Professional Networking,Social Networking"}) + "\"";
    }));
    CHECK(dns.layout(0).format.ends_with(",values"));
    for (std::uint64_t line = 1; line < 120; ++line)
        CHECK_EQ(templateOf(dns, line), templateOf(dns, 0));

    // ... nor is a user agent, whatever words in lower case it holds ("like Gecko").
    const Corpus proxy = mined(lines(120, [](int i) {
        return "\"Tue Dec  1 10:" + two(i / 60) + ":" + two(i % 60) + " 2026\",\"user" +
               std::to_string(i % 9) + "@example.com\",\"HTTPS\",\"" +
               pick(i, {"teams.microsoft.com/api/", "www.youtube.com/watch"}) + "\",\"Allowed\",\"" +
               pick(i, {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                        "Chrome/131.0.0.0 Safari/537.36",
                        "curl/8.4.0",
                        "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.18025; Pro)"}) +
               "\",\"10.12.240." + std::to_string(i % 200) + "\"";
    }));
    CHECK(proxy.layout(0).format.ends_with(",values"));
    for (std::uint64_t line = 1; line < 120; ++line)
        CHECK_EQ(templateOf(proxy, line), templateOf(proxy, 0));

    // The operation names the event.
    const Corpus procmon =
        mined("\"Time of Day\",\"Process Name\",\"PID\",\"Operation\",\"Path\",\"Result\"\n" +
              lines(120, [](int i) {
                  return "\"10:00:" + two(i % 60) + ".1234567 AM\",\"svchost.exe\",\"" +
                         std::to_string(800 + i % 9) + "\",\"" +
                         pick(i, {"RegOpenKey", "ReadFile", "CreateFile"}) + "\",\"C:\\Windows\\f" +
                         std::to_string(i) + "\",\"SUCCESS\"";
              }));
    CHECK_EQ(procmon.layout(0).format, std::string("csv:6,time=1,message=4,rest"));
    CHECK(templateOf(procmon, 1) != templateOf(procmon, 2));

    // ... and so does an audit trail's action, beside a stamp that en-US locales write with a
    // comma before the clock; the rows run newest first.
    const Corpus audit =
        mined("\"Date\",\"User\",\"Action\",\"Section\"\n" + lines(120, [](int i) {
                  return "\"12/19/2026, " + std::to_string(1 + (119 - i) / 12) + ":" + two((119 - i) % 60) +
                         ":07 PM PST\",\"" + pick(i, {"ana@example.com", "li@example.com"}) + "\",\"" +
                         (i % 2 == 0 ? std::string("Changed password policy") : "Deleted user " + two(i)) +
                         "\",\"" + pick(i, {"Manage Users", "Security Controls", "Users"}) + "\"";
              }));
    CHECK_EQ(audit.layout(0).format, std::string("csv:4,time=1,message=3,rest"));
    CHECK_EQ(std::string(audit.message(1)), std::string("Changed password policy"));
    CHECK_EQ(iso(audit.records().time(1)), std::string("2026-12-20T06:59:07.000Z")); // 10:59:07 PM PST
    CHECK(templateOf(audit, 1) != templateOf(audit, 2));
    CHECK_EQ(templateOf(audit, 2), templateOf(audit, 4));

    // Without a column that names the event, the record's type does (PowerMTA's accounting
    // file); a column named for a source that holds addresses is no component.
    const Corpus accounting =
        mined("type,timeLogged,orig,rcpt,dsnAction,dlvSourceIp,dlvSize\n" + lines(120, [](int i) {
                  return std::string(pick(i, {"d", "d", "b", "t"})) + ",2026-12-01 11:" + two(i / 60) + ":" +
                         two(i % 60) + "+0100,bounce-" + std::to_string(5000 + i) + "@mail.example.net,user" +
                         std::to_string(i) + "@example.org," +
                         pick(i, {"relayed", "relayed", "failed", "delayed"}) + ",10.8.0." +
                         std::to_string(20 + i % 3) + "," + std::to_string(1000 + 37 * i);
              }));
    CHECK_EQ(accounting.layout(0).format, std::string("csv:7,time=2,message=1,rest"));
    CHECK_EQ(templateOf(accounting, 1), templateOf(accounting, 5));
    CHECK(templateOf(accounting, 1) != templateOf(accounting, 3));
    CHECK_EQ(std::string(accounting.records().component(1)), std::string());

    // A packet capture's export: the column named "Info" alone is its summary, the message;
    // quoted whole where it holds quotes of its own, doubled, and commas.
    const Corpus capture =
        mined("\"No.\",\"Time\",\"Source\",\"Destination\",\"Protocol\",\"Length\",\"Info\"\n" +
              lines(120, [](int i) {
                  const std::string info =
                      i % 3 == 0 ? "searchResEntry(" + std::to_string(100 + i) +
                                       ") \"\"CN=" + pick(i, {"Ivan", "Grace", "Bob", "Trent"}) +
                                       ",OU=Staff,DC=corp\"\"\""
                                 : std::to_string(40000 + i) + " \u2192 443 [ACK] Seq=" + std::to_string(i) +
                                       " Ack=1 Win=" + std::to_string(131000 + i) + " Len=0";
                  return "\"" + std::to_string(i + 1) + "\",\"2026-12-01 10:00:" + two(i % 60) +
                         ".044203\",\"192.168.20." + std::to_string(i % 50) + "\",\"13.107.42.14\",\"" +
                         (i % 3 == 0 ? "LDAP" : "TCP") + "\",\"66\",\"" + info;
              }));
    CHECK_EQ(capture.layout(0).format, std::string("csv:7,time=2,message=7,rest"));
    CHECK_EQ(std::string(capture.message(1)).substr(0, 15), std::string("searchResEntry("));
    CHECK_EQ(templateOf(capture, 1), templateOf(capture, 4));
    CHECK_EQ(templateOf(capture, 2), templateOf(capture, 3));
    CHECK(templateOf(capture, 1) != templateOf(capture, 2));
}

// Logs that name their columns: W3C extended logs (IIS: blanks; a CDN: the directive with
// blanks, the values with tabs) and Zeek (tabs). The stamp, the client, the HTTP status as the
// level and the site as the component are read by name; the message runs from the first other
// column; directives fit as records of their own; a line of another width is kept whole.
LS_TEST(columnsNamedByTheLog)
{
    const std::string iisFields = "date time s-sitename s-ip cs-method cs-uri-stem cs-uri-query s-port "
                                  "cs-username c-ip cs(User-Agent) sc-status sc-substatus sc-win32-status "
                                  "time-taken";
    const auto iisLine = [](int i, char sep) {
        const std::string s(1, sep);
        return "2026-11-30" + s + "10:" + two(i / 60 % 60) + ":" + two(i % 60) + s + "W3SVC1" + s +
               "10.0.0.5" + s + pick(i, {"GET", "POST"}) + s + "/api/items/" + std::to_string(i % 7) + s +
               "-" + s + "443" + s + "-" + s + "203.0.113." + std::to_string(i % 50) + s + "curl/8.4.0" + s +
               (i % 17 == 3 ? "503" : "200") + s + "0" + s + "0" + s + std::to_string(i % 90);
    };
    std::string iis = "#Software: Microsoft Internet Information Services 10.0\n#Version: 1.0\n"
                      "#Date: 2026-11-30 10:00:00\n#Fields: " +
                      iisFields + "\n";
    iis += lines(300, [&](int i) { return iisLine(i, ' '); });
    iis += "not a request\n";
    Corpus corpus = mined(iis);
    const SourceLayout& layout = corpus.layout(0);
    CHECK(layout.format.rfind("w3c:date,time,s-sitename,", 0) == 0);
    CHECK_EQ(layout.fields, std::string("time;level;component;entity"));
    CHECK_EQ(layout.fitted, std::uint64_t{304}); // the directives and every request
    CHECK_EQ(std::string(corpus.message(3)), "#Fields: " + iisFields);
    CHECK(corpus.messageIsDirective(corpus.messageKeys()[3]));
    CHECK(!corpus.messageIsDirective(corpus.messageKeys()[4]));
    CHECK_EQ(iso(corpus.records().time(4)), std::string("2026-11-30T10:00:00.000Z"));
    CHECK_EQ(iso(corpus.records().time(4 + 61)), std::string("2026-11-30T10:01:01.000Z"));
    CHECK_EQ(std::string(corpus.records().component(4)), std::string("W3SVC1"));
    CHECK_EQ(std::string(corpus.records().entity(4 + 3)), std::string("203.0.113.3"));
    CHECK_EQ(std::string(corpus.records().level(4 + 3)), std::string("503"));
    CHECK(corpus.records().severity(4 + 3) == Severity::Error);
    CHECK(corpus.records().severity(4) == Severity::Info);
    CHECK_EQ(std::string(corpus.message(4)),
             iisLine(0, ' ').substr(std::string("2026-11-30 10:00:00 W3SVC1 10.0.0.5 ").size()));
    CHECK_EQ(std::string(corpus.message(304)), std::string("not a request"));
    // The time and the level of the line before.
    CHECK(corpus.records().time(304) == corpus.records().time(303));
    CHECK(corpus.records().level(304) == corpus.records().level(303));

    // W3C times are UTC: a zone given for zone-less stamps does not move them.
    Corpus zoned = mined(iis, RecordOptions{{}, *TimeZoneSpec::parse("+02:00")});
    CHECK_EQ(iso(zoned.records().time(4)), std::string("2026-11-30T10:00:00.000Z"));

    // The learned format reads the same log back through --format.
    Corpus again = mined(iis, RecordOptions{layout.format, {}});
    CHECK_EQ(again.layout(0).fitted, std::uint64_t{304});
    CHECK_EQ(std::string(again.records().entity(7)), std::string("203.0.113.3"));

    // A CDN's export: the directive names the columns with blanks, the values are tab-separated.
    std::string cdn = "#Version: 1.0\n#Fields: " + iisFields + "\n";
    cdn += lines(100, [&](int i) { return iisLine(i, '\t'); });
    Corpus tabs = mined(cdn);
    CHECK(tabs.layout(0).format.rfind("tsv:date,time,", 0) == 0);
    CHECK_EQ(tabs.layout(0).fitted, std::uint64_t{102});
    CHECK_EQ(iso(tabs.records().time(2 + 59)), std::string("2026-11-30T10:00:59.000Z"));
    CHECK_EQ(std::string(tabs.records().entity(2 + 5)), std::string("203.0.113.5"));

    // Zeek: epoch seconds in ts, the originator's address as the entity, the message after the
    // connection's columns.
    std::string zeek =
        "#separator \\x09\n#path\tconn\n#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p"
        "\tproto\tconn_state\n#types\ttime\tstring\taddr\tport\taddr\tport\tenum\tstring\n";
    zeek += lines(100, [](int i) {
        return std::to_string(1701388800 + i) + ".250000\tC" + std::to_string(1000 + i) + "\t192.168.1." +
               std::to_string(i % 9) + "\t" + std::to_string(40000 + i) + "\t10.0.0.1\t443\ttcp\t" +
               pick(i, {"SF", "S0", "REJ"});
    });
    Corpus conn = mined(zeek);
    CHECK(conn.layout(0).format.rfind("tsv:ts,uid,id.orig_h,", 0) == 0);
    CHECK_EQ(conn.layout(0).fitted, std::uint64_t{104});
    CHECK_EQ(iso(conn.records().time(4 + 1)), std::string("2023-12-01T00:00:01.250Z"));
    CHECK_EQ(std::string(conn.records().entity(4 + 2)), std::string("192.168.1.2"));
    // The connection (its uid, addresses and ports) is who talked; the message is what happened.
    CHECK_EQ(std::string(conn.message(4)), std::string("tcp\tSF"));

    // A restart with other settings: the server writes its directives again, naming other
    // columns (here the client first, no site, a referer), far past the lines inference samples.
    // The lines after it are read by the new names, those before by the old; a third directive
    // naming the first columns again brings them back.
    const std::string otherFields = "date time c-ip cs-method cs-uri-stem cs(Referer) sc-status time-taken";
    const auto otherLine = [](int i) {
        return "2026-11-30 11:" + two(i / 60 % 60) + ":" + two(i % 60) + " 198.51.100." +
               std::to_string(i % 40) + " GET /api/items/" + std::to_string(i % 7) + " - " +
               (i % 13 == 5 ? "500" : "200") + " " + std::to_string(i % 90);
    };
    std::string restarted = iis + lines(5700, [&](int i) { return iisLine(i, ' '); });
    restarted += "#Software: Microsoft Internet Information Services 10.0\n#Fields: " + otherFields + "\n";
    restarted += lines(400, otherLine);
    restarted += "#Fields: " + iisFields + "\n" + lines(50, [&](int i) { return iisLine(i, ' '); });
    Corpus changed = mined(restarted);
    const std::uint64_t restart = 4 + 300 + 1 + 5700;                // the first line after "#Software" again
    CHECK_EQ(changed.layout(0).format, layout.format);               // the first directive's columns
    CHECK_EQ(changed.layout(0).fitted, changed.layout(0).lines - 1); // all but "not a request"
    CHECK_EQ(std::string(changed.message(restart + 1)), "#Fields: " + otherFields);
    CHECK(changed.messageIsDirective(changed.messageKeys()[restart + 1]));
    const std::uint64_t first = restart + 2; // otherLine(0)
    CHECK_EQ(iso(changed.records().time(first + 5)), std::string("2026-11-30T11:00:05.000Z"));
    CHECK_EQ(std::string(changed.records().entity(first + 5)), std::string("198.51.100.5"));
    CHECK_EQ(std::string(changed.records().level(first + 5)), std::string("500"));
    CHECK(changed.records().severity(first + 5) == Severity::Error);
    CHECK_EQ(std::string(changed.records().component(first + 5)), std::string());
    CHECK_EQ(std::string(changed.message(first + 5)),
             otherLine(5).substr(std::string("2026-11-30 11:00:05 ").size()));
    const std::uint64_t back = first + 400 + 1; // iisLine(0) under the first columns again
    CHECK_EQ(std::string(changed.records().component(back + 3)), std::string("W3SVC1"));
    CHECK_EQ(std::string(changed.records().entity(back + 3)), std::string("203.0.113.3"));
    CHECK_EQ(std::string(changed.records().entity(4 + 300 + 1 + 3)), std::string("203.0.113.3"));
    // Lines appended to the followed file are read by the columns in force at its end.
    Corpus followed = mined(restarted.substr(0, restarted.rfind("#Fields: ")));
    const auto [from, to] = followed.append(LogText::fromBytes(lines(20, otherLine), "made-up.log"), 0);
    CHECK_EQ(to - from, std::uint64_t{20});
    CHECK_EQ(std::string(followed.records().entity(from + 7)), std::string("198.51.100.7"));
    CHECK_EQ(std::string(followed.records().level(from + 5)), std::string("500"));
    // Given as --format, the named columns hold for every line: the other ones stray.
    Corpus given = mined(restarted, RecordOptions{layout.format, {}});
    CHECK(given.records().strays(first + 5));

    // Without a directive, blank-separated columns are the learned layout's, as before.
    const Corpus bare = mined(lines(100, [&](int i) { return iisLine(i, ' '); }));
    CHECK(bare.layout(0).format.rfind("w3c:", 0) != 0);
    Corpus badSpec;
    CHECK_THROWS(badSpec.setRecordOptions(RecordOptions{"w3c:date", {}}));
}

// A row whose named columns hold values only (a firewall's pfirewall.log: action, protocol,
// addresses, ports, direction) is one event, whatever its values: "DROP" beside "ALLOW" is a value
// of the action column, as an address is of its own. Another set of columns is another event.
// Where a column names the event (Zeek weird's "name"), the message is that column.
LS_TEST(rowsOfValuesAreOneEvent)
{
    const auto row = [](int i) {
        return "2026-12-01 10:" + two(i / 60 % 60) + ":" + two(i % 60) + " " +
               pick(i, {"ALLOW", "DROP", "ALLOW"}) + " " + pick(i, {"TCP", "UDP", "ICMP", "TCP"}) +
               " 192.168.1." + std::to_string(i % 30) + " 10.0.0." + std::to_string(i % 7) + " " +
               (i % 4 == 2 ? "-" : std::to_string(40000 + i)) + " 443 0 - - - " +
               pick(i, {"SEND", "RECEIVE"}) + " " + std::to_string(i % 5 * 1000);
    };
    std::string log = "#Version: 1.5\n#Software: Microsoft Windows Firewall\n#Time Format: Local\n"
                      "#Fields: date time action protocol src-ip dst-ip src-port dst-port size tcpflags "
                      "tcpsyn tcpack path pid\n\n";
    log += lines(300, row);
    log += "#Fields: date time action protocol src-ip dst-ip path\n";
    log += lines(50, [](int i) {
        return "2026-12-01 11:00:" + two(i % 60) + " " + pick(i, {"ALLOW", "DROP"}) +
               " UDP 192.168.1.9 10.0.0.1 " + pick(i, {"SEND", "RECEIVE"});
    });
    const Corpus corpus = mined(log);
    const auto templateOf = [&](std::uint64_t line) {
        return corpus.miner().templateText(corpus.clusterOfMessage(corpus.messageKeys()[line]));
    };
    const std::uint64_t first = 5;
    CHECK_EQ(std::string(corpus.message(first)), row(0).substr(std::string("2026-12-01 10:00:00 ").size()));
    for (std::uint64_t i = 1; i < 300; ++i)
        CHECK_EQ(templateOf(first + i), templateOf(first));
    const std::uint64_t later = first + 300 + 1;
    CHECK_EQ(templateOf(later + 1), templateOf(later));
    CHECK(templateOf(later) != templateOf(first));
    CHECK(templateOf(first - 1) != templateOf(first)); // the empty line after the directives

    std::string weird =
        "#separator \\x09\n#path\tweird\n#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p"
        "\tname\taddl\tnotice\tpeer\n";
    weird += lines(200, [](int i) {
        return std::to_string(1796119200 + i) + ".340204\tC" + std::to_string(5000 + i) + "\t10.0.1." +
               std::to_string(i % 50) + "\t" + std::to_string(50000 + i) + "\t8.8.8.8\t53\t" +
               pick(i, {"dns_unmatched_reply", "possible_split_routing", "dns_unmatched_msg"}) +
               "\t-\tF\tworker-1-" + std::to_string(i % 4);
    });
    const Corpus zeek = mined(weird);
    CHECK_EQ(std::string(zeek.message(3)), std::string("dns_unmatched_reply"));
    const auto zeekTemplate = [&](std::uint64_t line) {
        return zeek.miner().templateText(zeek.clusterOfMessage(zeek.messageKeys()[line]));
    };
    // Each row's template is its name, the values around it left out.
    for (std::uint64_t line = 3; line < 203; ++line)
        CHECK_EQ(zeekTemplate(line), std::string(zeek.message(line)));
    CHECK(zeekTemplate(3 + 1) != zeekTemplate(3));

    // Blue Coat's ELFF quotes the values that hold blanks: each quoted value is one column.
    std::string elff = "#Software: SGOS 7.3.16.2\n#Fields: date time time-taken c-ip cs-username "
                       "sc-filter-result cs-categories sc-status cs-method cs-host cs(User-Agent) s-ip\n";
    elff += lines(200, [](int i) {
        return "2026-12-01 10:" + two(i / 60 % 60) + ":" + two(i % 60) + " " + std::to_string(i * 37 % 900) +
               " 10.40.11." + std::to_string(i % 90) + " " + pick(i, {"HANS\\jvogel", "-"}) + " " +
               pick(i, {"OBSERVED", "DENIED"}) + " " +
               pick(i, {"\"Office/Business Applications\"", "\"Search Engines/Portals\"", "\"Email\""}) +
               " " + pick(i, {"200", "407"}) + " CONNECT teams.microsoft.com " +
               pick(i, {"\"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\"", "\"Teams/1.7\""}) + " 10.20.0.15";
    });
    const Corpus blueCoat = mined(elff);
    CHECK_EQ(blueCoat.layout(0).format.rfind("w3c:", 0), std::size_t{0});
    const auto blueCoatTemplate = [&](std::uint64_t line) {
        return blueCoat.miner().templateText(blueCoat.clusterOfMessage(blueCoat.messageKeys()[line]));
    };
    for (std::uint64_t line = 3; line < 202; ++line)
        CHECK_EQ(blueCoatTemplate(line), blueCoatTemplate(2));
}

// A streaming server's log (Wowza Streaming Engine) names its severity and its category as
// extensions of the W3C format and writes free text in x-comment, before the client's columns:
// x-severity is the level, x-category the component, the zone belongs to the stamp, and the
// message runs from the event to the comment, so that the players' user agents, blanks and all,
// make no events of their own.
LS_TEST(columnsOfAStreamingServer)
{
    std::string log = "#Version: 1.0\n#Fields: date time tz x-event x-category x-severity x-status x-ctx "
                      "x-comment c-ip c-user-agent\n";
    const char* agents[] = {"Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "Roku/DVP-13.0 (13.0.0.4185)",
                            "AppleCoreMedia/1.0.0.21G93 (iPhone; U; CPU OS 17_6 like Mac OS X; en_us)"};
    log += lines(120, [&](int i) {
        const std::string t = "2026-11-29\t08:" + two(i / 60 % 60) + ":" + two(i % 60) + "\tUTC\t";
        if (i % 4 == 3)
            return t + "comment\tserver\t" + pick(i / 4, {"INFO", "WARN"}) + "\t200\t-\t" +
                   pick(i / 4, {"Serial number: ET1A4-V88RK", "Maximum connections: Unlimited"}) + "\t-\t-";
        return t + pick(i, {"play", "stop", "seek"}) + "\tstream\tINFO\t200\tvod/movie" +
               std::to_string(i % 9) + ".mp4\t-\t203.0.113." + std::to_string(i % 50) + "\t" + agents[i % 3];
    });
    Corpus corpus = mined(log);
    const SourceLayout& layout = corpus.layout(0);
    CHECK(layout.format.rfind("tsv:date,time,tz,x-event,", 0) == 0);
    CHECK_EQ(layout.fields, std::string("time;level;component;entity"));
    CHECK_EQ(layout.fitted, layout.lines);
    CHECK_EQ(iso(corpus.records().time(2 + 61)), std::string("2026-11-29T08:01:01.000Z"));
    CHECK_EQ(std::string(corpus.records().level(2 + 7)), std::string("WARN"));
    CHECK_EQ(std::string(corpus.records().component(2 + 7)), std::string("server"));
    CHECK_EQ(std::string(corpus.records().component(2)), std::string("stream"));
    CHECK_EQ(std::string(corpus.message(2)), std::string("play\tstream\tINFO\t200\tvod/movie0.mp4\t-"));
    CHECK_EQ(std::string(corpus.message(2 + 3)),
             std::string("comment\tserver\tINFO\t200\t-\tSerial number: ET1A4-V88RK"));
    // Three events of the stream whatever the player, and the two comments.
    CHECK_EQ(corpus.miner().clusterCount(), std::size_t{2 + 3 + 2});
}

// Access logs as Apache httpd and nginx write them: the client is the entity, the bracketed stamp
// (with its zone) the time, the status the level; the message runs from the request. A quote
// escaped inside the request does not end it; Apache's vhost_combined leads with the virtual
// host, the component. A line of another shape is kept whole, and a bracketed log that is no
// access log keeps its learned layout.
LS_TEST(accessLogs)
{
    const auto request = [](int i) {
        return std::string(pick(i, {"GET", "GET", "POST"})) + " /shop/item/" + std::to_string(i % 40) +
               (i == 7 ? "?q=\\\"x\\\"" : "") + " HTTP/1.1";
    };
    const auto status = [](int i) { return i % 50 == 3 ? "503" : i % 50 == 9 ? "404" : "200"; };
    const auto entry = [&](int i) {
        return "203.0.113." + std::to_string(i % 30) + " - " + pick(i, {"-", "-", "carol"}) +
               " [30/Nov/2026:10:" + two(i / 60 % 60) + ":" + two(i % 60) + " +0100] \"" + request(i) +
               "\" " + status(i) + " " + (i % 11 == 0 ? "-" : std::to_string(100 + i)) +
               " \"-\" \"curl/8.4.0\"";
    };
    std::string log = lines(200, entry);
    log += "not a request\n";
    Corpus corpus = mined(log);
    const SourceLayout& layout = corpus.layout(0);
    CHECK_EQ(layout.format, std::string("ncsa"));
    CHECK_EQ(layout.fields, std::string("time;level;entity"));
    CHECK_EQ(layout.fitted, std::uint64_t{200});
    const RecordColumns& records = corpus.records();
    CHECK_EQ(iso(records.time(61)), std::string("2026-11-30T09:01:01.000Z"));
    CHECK_EQ(std::string(records.entity(5)), std::string("203.0.113.5"));
    CHECK_EQ(std::string(records.level(3)), std::string("503"));
    CHECK(records.severity(3) == Severity::Error);
    CHECK(records.severity(9) == Severity::Warning);
    CHECK(records.severity(0) == Severity::Info);
    CHECK_EQ(std::string(records.component(0)), std::string());
    CHECK_EQ(std::string(corpus.message(0)), entry(0).substr(entry(0).find('"')));
    CHECK_EQ(std::string(corpus.message(7)), entry(7).substr(entry(7).find('"')));
    CHECK(corpus.message(7).find("\\\"x\\\" HTTP/1.1\" 200 ") != std::string_view::npos);
    CHECK_EQ(std::string(corpus.message(200)), std::string("not a request"));
    CHECK(records.strays(200));

    // The learned format reads the same log back through --format.
    Corpus again = mined(log, RecordOptions{layout.format, {}});
    CHECK_EQ(again.layout(0).fitted, std::uint64_t{200});
    CHECK_EQ(std::string(again.records().level(9)), std::string("404"));

    // vhost_combined: the virtual host leads each line.
    Corpus hosted = mined(lines(100, [&](int i) {
        return std::string(pick(i, {"shop.example:443", "api.example:80"})) + " " + entry(i);
    }));
    CHECK_EQ(hosted.layout(0).format, std::string("ncsa:vhost"));
    CHECK_EQ(hosted.layout(0).fields, std::string("time;level;component;entity"));
    CHECK_EQ(std::string(hosted.records().component(1)), std::string("api.example:80"));
    CHECK_EQ(std::string(hosted.records().entity(1)), std::string("203.0.113.1"));

    // A bracketed error log is no access log.
    const Corpus errors = mined(lines(100, [](int i) {
        return "[Sun Dec 04 04:" + two(i / 60) + ":" + two(i % 60) + " 2005] [" +
               pick(i, {"notice", "error"}) + "] worker " + std::to_string(i) + " ready";
    }));
    CHECK(errors.layout(0).format.rfind("ncsa", 0) != 0);
    Corpus badSpec;
    CHECK_THROWS(badSpec.setRecordOptions(RecordOptions{"ncsa:other", {}}));
}

// Syslog as relays and sockets pass it on, led by its priority: RFC 5424 by position (structured
// data out of the message, the priority's severity as the level), and RFC 3164 with the header
// after the priority learned as any other.
LS_TEST(syslogLedByItsPriority)
{
    const auto entry = [](int i) {
        const std::string pri = pick(i, {"165", "166", "166", "163"});
        const std::string data = i % 3 == 0   ? "-"
                                 : i % 3 == 1 ? "[meta@32473 iut=\"3\" note=\"a \\] b\"]"
                                              : "[origin ip=\"10.0.0.1\"][x@1 k=\"v\"]";
        return "<" + pri + ">1 2026-11-30T10:" + two(i / 60 % 60) + ":" + two(i % 60) + ".003Z " +
               pick(i, {"web1.example.com", "-"}) + " " + pick(i, {"shop", "billing"}) + " " +
               std::to_string(1000 + i) + " " + pick(i, {"ID47", "-"}) + " " + data + " worker " +
               std::to_string(i) + " ready";
    };
    std::string log = lines(120, entry);
    log += "not syslog\n";
    Corpus corpus = mined(log);
    const SourceLayout& layout = corpus.layout(0);
    CHECK_EQ(layout.format, std::string("rfc5424"));
    CHECK_EQ(layout.fitted, std::uint64_t{120});
    const RecordColumns& records = corpus.records();
    CHECK_EQ(iso(records.time(61)), std::string("2026-11-30T10:01:01.003Z"));
    CHECK_EQ(std::string(records.level(0)), std::string("notice")); // 165 = local4.notice
    CHECK_EQ(std::string(records.level(1)), std::string("err"));    // 163
    CHECK(records.severity(1) == Severity::Error);
    CHECK_EQ(std::string(records.entity(0)), std::string("web1.example.com"));
    CHECK_EQ(std::string(records.entity(1)), std::string()); // "-": none
    CHECK_EQ(std::string(records.component(1)), std::string("billing"));
    for (std::uint64_t line : {0, 1, 2})
        CHECK_EQ(std::string(corpus.message(line)), "worker " + std::to_string(line) + " ready");
    CHECK(records.strays(120));
    Corpus again = mined(log, RecordOptions{"rfc5424", {}});
    CHECK_EQ(again.layout(0).fitted, std::uint64_t{120});

    // RFC 3164 behind its priority: the priority gives the level, the rest is learned.
    const Corpus relayed = mined(lines(100, [](int i) {
        return std::string("<") + pick(i, {"38", "35", "30"}) + ">Nov " + std::to_string(1 + i % 9) +
               " 10:00:" + two(i % 60) + " " + pick(i, {"web1", "db2"}) + " " + pick(i, {"sshd", "cron"}) +
               "[" + std::to_string(100 + i) + "]: session " + std::to_string(i) + " opened";
    }));
    CHECK_EQ(relayed.layout(0).format, std::string("syslog >> <Time> <Entity> <Component>: <Content>"));
    CHECK_EQ(std::string(relayed.records().level(1)), std::string("err")); // 35 = auth.err
    CHECK_EQ(std::string(relayed.records().component(1)), std::string("cron"));
    CHECK_EQ(std::string(relayed.records().entity(1)), std::string("db2"));
    CHECK_EQ(std::string(relayed.message(1)), std::string("session 1 opened"));
    Corpus badSpec;
    CHECK_THROWS(badSpec.setRecordOptions(RecordOptions{"rfc3164", {}}));
}

// ArcSight's Common Event Format forwarded under a syslog header: the product is the component,
// the severity the level, the message runs from the event's name; a record is mined as its
// extension's pairs, so a rule's number and title and a value with blanks ("cs1Label=Rule Name")
// are values, and the keys tell the events apart.
LS_TEST(cefRecordsUnderSyslog)
{
    const std::string log = lines(300, [](int i) {
        const std::string head = "Dec  1 10:" + two(i / 60 % 60) + ":" + two(i % 60) + " web-0" +
                                 std::to_string(i % 7) + " CEF:0|Acme|Perimeter Agent|2.1.0-88|";
        if (i % 3 == 2)
            return head + "7001|Login failed|7|suser=" + pick(i, {"alice", "bob", "carol"}) +
                   " msg=Bad password for user " + pick(i, {"alice", "bob", "carol"}) +
                   " cnt=" + std::to_string(i % 5);
        return head + std::to_string(20 + i % 11) + "|" +
               pick(i, {"Deny Inbound RDP", "Out Of Connection", "Deny \\| drop SNMP", "Block Admin Share"}) +
               "|" + std::to_string(3 + i % 3) + "|src=198.51.100." + std::to_string(i % 200) +
               " dst=10.0.0." + std::to_string(i % 9) +
               " act=Deny cs1Label=Rule Name cs1=" + pick(i, {"Default deny", "Guard"}) +
               " proto=" + pick(i, {"TCP", "UDP"}) + " dpt=" + std::to_string(1000 + i);
    });
    const Corpus corpus = mined(log);
    CHECK_EQ(corpus.layout(0).format, std::string("<Time> <Entity> <Content>"));
    CHECK_EQ(std::string(corpus.records().component(0)), std::string("Perimeter Agent"));
    CHECK_EQ(std::string(corpus.records().level(2)), std::string("7"));
    CHECK_EQ(std::string(corpus.records().entity(3)), std::string("web-03"));
    CHECK(std::string(corpus.message(2)).starts_with("Login failed|7|suser="));
    const auto templateOf = [&](std::uint64_t line) {
        return corpus.miner().templateText(corpus.clusterOfMessage(corpus.messageKeys()[line]));
    };
    std::set<std::string> templates;
    for (std::uint64_t line = 0; line < 300; ++line)
        templates.insert(templateOf(line));
    for (const auto& t : templates)
        std::printf("  %s\n", t.c_str());
    CHECK_EQ(templates.size(), std::size_t{2});
    CHECK(templateOf(0) != templateOf(2));
}

LS_TEST_MAIN()
