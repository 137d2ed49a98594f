// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Values the log marks as values: after a key ("event=view_item", Go's "key:value"), in
// brackets or quotes after a key or alone; and keys that tell two events apart. A marked value is
// one token, blanks and all, and takes the wildcard's branch of the miner's tree.
#include "check.h"
#include "mined_templates.h"

#include "logsleuth/text/corpus.h"
#include "logsleuth/text/miner.h"

#include <set>
#include <string>

using namespace logsleuth::text;

// A value after its key is a value where the prefix tree branches too: "event=add_to_cart" among
// a message's first words meets "event=view_item" under one leaf, where similarity joins them.
LS_TEST(keyedValuesShareABranch)
{
    const char* events[] = {"view_item", "add_to_cart", "begin_checkout", "screen_view", "search"};
    std::string text;
    for (int i = 0; i < 60; ++i)
        text += "2026-12-01 10:00:0" + std::to_string(i % 10) + " INFO [Analytics] event=" + events[i % 5] +
                " params={item_id: SKU-" + std::to_string(1000 + i) + "}\n";
    const std::set<std::string> templates = templatesOf(text, "analytics.log");
    CHECK_EQ(templates.size(), std::size_t{1});
}

// Two keys in one place are two format strings, however many tokens the lines share (srsRAN's
// layers before one procedure message: "ue=3 ran_ue=7 amf_ue=9:" and "ue=3 cu_cp_ue=2
// cu_up_ue=4:"); a key with a value glued before it ("root(uid=0)") or an option on a command
// line ("-Dfile.encoding=UTF-8") is no such key.
LS_TEST(differentKeysAreDifferentEvents)
{
    std::string text;
    for (int i = 0; i < 30; ++i) {
        const std::string n = std::to_string(i);
        text += "2026-12-01T10:00:0" + std::to_string(i % 10) + ".000 [NGAP] [I] ue=" + n + " ran_ue=" + n +
                " amf_ue=" + n + ": \"Initial Context Setup Procedure\" finished successfully\n";
        text += "2026-12-01T10:00:0" + std::to_string(i % 10) + ".000 [CU-CP] [I] ue=" + n +
                " cu_cp_ue=" + n + " cu_up_ue=" + n +
                ": \"Bearer Context Setup Procedure\" finished successfully\n";
        text += "2026-12-01T10:00:0" + std::to_string(i % 10) + ".000 [PAM] [I] session opened for user " +
                (i % 2 ? "root" : "alice") + "(uid=" + n + ") by (uid=0)\n";
        text += "2026-12-01T10:00:0" + std::to_string(i % 10) + ".000 [JVM] [I] Command line argument: " +
                (i % 2 ? "-Dfile.encoding=UTF-8" : "-Duser.timezone=GMT") + "\n";
    }
    const std::set<std::string> templates = templatesOf(text, "gnb.log");
    CHECK(templates.contains(
        "ue=<NUM> ran_ue=<NUM> amf_ue=<NUM>: \"Initial Context Setup Procedure\" finished successfully"));
    CHECK(templates.contains(
        "ue=<NUM> cu_cp_ue=<NUM> cu_up_ue=<NUM>: \"Bearer Context Setup Procedure\" finished successfully"));
    CHECK(templates.contains("session opened for user <*> by (uid=<NUM>)"));
    CHECK(templates.contains("Command line argument: <*>"));
    CHECK_EQ(templates.size(), std::size_t{4});
}

// Two message codes in a field of their own, after a separator (Dagster's "job - run - pid -
// step - STEP_START - …" beside "… - ENGINE_EVENT - …") are two format strings, however many
// values the lines share; a code after a word is that word's value ("#define PACKAGE_VERSION").
LS_TEST(differentCodesAreDifferentEvents)
{
    TemplateMiner miner;
    const std::uint32_t start = miner.add(
        "ingest_job - <UUID> - <NUM> - list_files - STEP_START - Started execution of step \"list\".");
    const std::uint32_t engine = miner.add(
        "ingest_job - <UUID> - <NUM> - list_files - ENGINE_EVENT - Started execution of step \"list\".");
    CHECK(start != engine);
    CHECK_EQ(
        miner.add(
            "ingest_job - <UUID> - <NUM> - load_stock - STEP_START - Started execution of step \"load\"."),
        start);

    // After a word, a code is that word's value.
    const std::uint32_t defined = miner.add("| #define HAVE_STDIO_H 1");
    CHECK_EQ(miner.add("| #define HAVE_STDLIB_H 1"), defined);
}

// Go's loggers write their pairs as "key:value", quoted ('command:"df -h"') or bracketed
// ("error:[ssh: handshake failed: EOF]") where the value has blanks: values, as after '=', so a
// few of them do not split the event (Teleport's audit and proxy lines).
LS_TEST(colonKeyedValuesAreValues)
{
    std::string text;
    const char* errors[] = {"[EOF]", "[tls: first record does not look like a TLS handshake]",
                            "[tls: unsupported protocols ([http/0.9 spdy/1])]"};
    const char* commands[] = {"\"df -h\"", "\"uptime\"", "\"systemctl restart nginx\""};
    for (int i = 0; i < 30; ++i) {
        const std::string n = std::to_string(i);
        text += "2026-12-01T10:00:0" + std::to_string(i % 10) +
                ".000Z WARN [ALPN:PROXY] Failed to handle client "
                "connection. error:" +
                errors[i % 3] + " remote_addr:10.0.0." + n + ":5" + n + " proxy.go:347\n";
        text += "2026-12-01T10:00:0" + std::to_string(i % 10) +
                ".000Z INFO [AUDIT] exec code:T3002I command:" + commands[i % 3] +
                " kubernetes_cluster:" + (i % 2 ? "prod-eks" : "staging-eks") + " exitCode:0\n";
    }
    const std::set<std::string> templates = templatesOf(text, "teleport.log");
    CHECK_EQ(templates.size(), std::size_t{2});
}

// A value the log wraps in brackets or quotes opening the message ("[empfang] conflict on …",
// Synology Drive's) takes the wildcard's branch, as a keyed value does: the users meet in one
// template, where a branch per user would keep them apart however alike the rest is.
LS_TEST(wrappedValuesShareABranch)
{
    const char* users[] = {"assistenz1", "empfang", "dr.huber", "buchhaltung", "admin-praxis"};
    std::string text;
    for (int i = 0; i < 60; ++i) {
        const std::string user = users[i % 5];
        text += "2026-12-01T10:00:0" + std::to_string(i % 10) + "+01:00 nas01 synologydrive: [" + user +
                "] conflict on [/team/Befunde/scan_" + std::to_string(i) + ".pdf], renamed to [" + user +
                "_Conflict_" + std::to_string(i) + ".pdf]\n";
    }
    const std::set<std::string> templates = templatesOf(text, "messages.log");
    CHECK_EQ(templates.size(), std::size_t{1});
}

// ... but a key quoted before its arrow names its value, as a PHP array writes it (Yii and Craft
// CMS dump $_SERVER so under an error): one template a key, however many keys, whatever values.
LS_TEST(quotedKeysBeforeAnArrowStayApart)
{
    const char* values[] = {"www-data", "gzip, deflate", "/var/www/html", "on"};
    std::string text;
    for (int i = 0; i < 30; ++i)
        for (int key = 0; key < 40; ++key)
            text += "    'HTTP_FIELD_" + std::string(1, char('A' + key % 26)) + char('A' + key / 26) +
                    "' => '" + values[(i + key) % 4] + "'\n";
    const std::set<std::string> templates = templatesOf(text, "web.log");
    CHECK_EQ(templates.size(), std::size_t{40});
    CHECK(templates.count("'HTTP_FIELD_AA' => <*>") == 1);
    // A word before an arrow is no key: LocalStack's operation and its result.
    const char* operations[] = {"sqs.CreateQueue", "sqs.SendMessage",  "s3.PutObject",   "s3.GetObject",
                                "sqs.GetQueueUrl", "dynamodb.PutItem", "dynamodb.Query", "lambda.Invoke"};
    std::string requests;
    for (int i = 0; i < 160; ++i)
        requests += std::string("AWS ") + operations[i % 8] + " => 200\n";
    CHECK_EQ(templatesOf(requests, "localstack.log").size(), std::size_t{1});
}

// A bracketed value after a key is one value, blanks and all: "cid=[no info]," and
// "cid=[01:0d:d2:1a:a9:26:52]," are the same event's (ISC Kea's client ids).
LS_TEST(keyedBracketsAreOneToken)
{
    std::string text;
    for (int i = 0; i < 60; ++i)
        text += "2024-01-01 10:00:00 INFO lease " + std::to_string(i) + " cid=[" +
                (i % 3 ? "01:0d:d2:1a:a9:26:" + std::to_string(10 + i) : std::string("no info")) +
                "], tid=0x4624535: allocated\n";
    const std::set<std::string> templates = templatesOf(text, "kea.log");
    CHECK_EQ(templates.size(), std::size_t{1});

    // ... however long a list it holds (Solr's documents added, each with its version).
    std::string lists;
    for (int i = 0; i < 60; ++i) {
        std::string added;
        for (int k = 0; k < 3 + i % 8; ++k)
            added += (k ? ", SKU-" : "SKU-") + std::to_string(1000 + 7 * i + k) + " (17858171781827" +
                     std::to_string(10000 + i * 10 + k) + ")";
        lists += "2024-01-01 10:00:00 INFO update add=[" + added + "] 0 " + std::to_string(i) + "\n";
    }
    CHECK_EQ(templatesOf(lists, "solr.log").size(), std::size_t{1});
}

// A quoted value after a key is one value, blanks and all ('region="North America"' beside
// 'region="Asia"'), prose too ('error="websocket: bad handshake"') of any length, but for the
// message's own key: 'msg="cache warmed"', whose words are the event.
LS_TEST(keyedQuotesAreOneToken)
{
    const char* regions[] = {"Asia", "North America", "Western Europe and Africa"};
    const char* errors[] = {"websocket: bad handshake", "timeout: no recent network activity"};
    const char* notes[] = {"cache warmed", "queue drained"};
    std::string text;
    for (int i = 0; i < 60; ++i)
        text += "2024-01-01 10:00:00 INFO route=" + std::to_string(i) + " region=\"" + regions[i % 3] +
                "\" hops=" + std::to_string(i % 7) + " error=\"" + errors[i % 2] + "\" msg=\"" +
                notes[i % 5 / 3] + "\" peer=10.0.0." + std::to_string(i) + "\n";
    const std::set<std::string> templates = templatesOf(text, "routes.log");
    CHECK_EQ(templates.size(), std::size_t{2});
    CHECK(templates.contains("route=<NUM> <*> hops=<NUM> <*> msg=\"cache warmed\" peer=<IP>"));

    // Single quotes too (Meraki's agent='Mozilla/5.0 (iPhone; …)', agent='curl/8.5.0').
    const char* agents[] = {"Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)", "curl/8.5.0",
                            "Microsoft Office/16.0 (Windows NT 10.0)"};
    std::string urls;
    for (int i = 0; i < 60; ++i)
        urls += "2024-01-01 10:00:00 mx1 urls src=10.0.0." + std::to_string(i) + " agent='" + agents[i % 3] +
                "' request: GET https://example.com/" + std::to_string(i) + "\n";
    const std::set<std::string> single = templatesOf(urls, "urls.log");
    CHECK_EQ(single.size(), std::size_t{1});

    // Under the message's key, words that open in capitals are the event too (PowerDNS's
    // msg="Periodic QPS report" and msg="Listening for queries" share every other key), and so
    // are an event key's (Sophos UTM's event="Connection started").
    const char* messages[] = {"Periodic QPS report", "Listening for queries", "Done priming cache"};
    for (const std::string key : {"msg", "event"}) {
        std::string pdns;
        for (int i = 0; i < 60; ++i)
            pdns += "2024-01-01 10:00:00 INFO route=" + std::to_string(i) + " " + key + "=\"" +
                    messages[i % 3] + "\" subsystem=\"config\" prio=\"Info\" tid=" + std::to_string(i % 4) +
                    "\n";
        const std::set<std::string> structured = templatesOf(pdns, "pdns.log");
        CHECK_EQ(structured.size(), std::size_t{3});
        CHECK(structured.contains("route=<NUM> " + key +
                                  "=\"Periodic QPS report\" subsystem=\"config\" prio=\"Info\" tid=<NUM>"));
    }

    // A key's quoted value of eight words and more is a value still (Centrifugo's error="token is
    // malformed: could not JSON decode header" beside error="token is expired"): one event.
    const char* reasons[] = {"token is expired", "invalid token: signature is invalid",
                             "token is malformed: could not JSON decode header"};
    std::string tokens;
    for (int i = 0; i < 60; ++i)
        tokens += "2026-12-01 10:00:0" + std::to_string(i % 10) + " [INF] invalid connection token client=c" +
                  std::to_string(1000 + i) + " error=\"" + reasons[i % 3] + "\"\n";
    CHECK_EQ(templatesOf(tokens, "centrifugo.log").size(), std::size_t{1});
}

// A key the line leaves empty ("OUT=", "MAC=" in a firewall's line for traffic to the router
// itself) is the same key as with a value ("OUT=eth1"): one event, however the packets went.
LS_TEST(emptyKeysAreKeysToo)
{
    std::string text;
    for (int i = 0; i < 60; ++i) {
        const bool forwarded = i % 3 == 0;
        text += "Dec 01 10:00:0" + std::to_string(i % 10) +
                " kernel: [WAN-LOCAL-D]IN=pppoe0 OUT=" + (forwarded ? "eth1" : "") +
                " MAC=" + (forwarded ? "a9:81:f5:c3:8f:d1" : "") + " SRC=198.51.100." + std::to_string(i) +
                " DST=203.0.113.7 LEN=60 PROTO=TCP SPT=" + std::to_string(40000 + i) +
                " DPT=" + std::to_string(20 + i % 7) + "\n";
    }
    CHECK_EQ(templatesOf(text, "firewall.log").size(), std::size_t{1});
}

// Pairs joined by bars, no blank between them and blanks inside values (Santa's "action=EXEC|
// decision=ALLOW|cert_cn=Developer ID Application: Figma, Inc. (T8RA)|pid=812|…"): each pair is one
// token and each value one value, so the lines of one action and set of keys are one event, and the
// header ends before the first key.
LS_TEST(pairsJoinedByBars)
{
    const char* signers[] = {"Developer ID Application: Figma, Inc. (T8RA9NE2B6)",
                             "Developer ID Application: Google LLC (EQHXZ8M8AV)", "Software Signing",
                             "Developer ID Application: Zoom Video Communications, Inc. (BJ4HAAB9B3)",
                             "Apple Mac OS Application Signing"};
    const char* apps[] = {"Figma Helper", "Google Chrome", "zsh", "zoom.us", "Slack"};
    std::string text;
    for (int i = 0; i < 120; ++i) {
        const std::string n = std::to_string(30000 + i * 7);
        const std::string stamp = "[2026-12-01T10:" + std::to_string(10 + i % 50) + ":00.123Z] I santad: ";
        if (i % 4 == 3) {
            text += stamp + "action=WRITE|path=/Users/mara/Library/LaunchAgents/a" + std::to_string(i) +
                    ".plist|pid=" + n + "|process=" + apps[i % 5] + "|uid=501|user=mara\n";
        } else {
            text += stamp + "action=EXEC|decision=ALLOW|reason=CERT|sha256=" +
                    std::string(32, "0123456789abcdef"[i % 16]) + "e3b0c442" +
                    std::string(24, "abcdef"[i % 6]) + "|cert_cn=" + signers[i % 5] + "|pid=" + n +
                    "|path=/Applications/" + apps[(i + 1) % 5] + ".app/Contents/MacOS/" + apps[(i + 1) % 5] +
                    "|args=" + apps[(i + 1) % 5] + " --type=renderer\n";
        }
    }
    Corpus corpus;
    corpus.addSource(LogText::fromBytes(text, "santa.log"));
    CHECK(corpus.mine());
    CHECK_EQ(corpus.layout(0).format, std::string("[<Time>] <Level> <Component>: <Content>"));
    CHECK_EQ(templatesOf(corpus).size(), std::size_t{2});
}

// A value of several words between a record's keys, unquoted, is one value ("initiatorPilotName=
// Enfield 2-1 | Jester,place=CVN-72 Abraham Lincoln"; Falco's "command=bash -c ls"), and the last
// one to the line's end where commas join the keys. Words that say what happened stay the event's:
// capitals ("op=<NUM> SEARCH RESULT tag="), a label ("gcodein=<NUM> mcu: mcu_awake="), words
// after a number, and prose after a bracket the value closes ("groupId=orders] Setting offset").
LS_TEST(valuesOfSeveralWordsBetweenKeys)
{
    const char* pilots[] = {"Enfield 2-1 | Jester", "Hornet", "Viper 1-1 | Hawk", "[JaBoG] Kessler"};
    const char* places[] = {"Kobuleti", "CVN-72 Abraham Lincoln", "Senaki-Kolkhi"};
    const char* commands[] = {"bash -c ls", "cat /etc/shadow", "sh"};
    std::string text;
    for (int i = 0; i < 60; ++i) {
        const std::string n = std::to_string(i);
        const std::string stamp =
            "2026-12-01 06:05:" + std::string(i % 60 < 10 ? "0" : "") + std::to_string(i % 60);
        text += stamp + " INFO event:type=" + (i % 2 ? "takeoff" : "land") + ",t=" + n +
                ".5,initiatorPilotName=" + pilots[i % 4] + ",place=" + places[i % 3] + "\n";
        text += stamp +
                " WARN Notice Terminal shell in container user=root proc=bash command=" + commands[i % 3] +
                " container_id=" + std::to_string(100000 + i) + " image=nginx\n";
        text += stamp + " INFO conn=" + n + " op=" + std::to_string(i % 4) +
                (i % 2 ? " SEARCH RESULT" : " BIND") + " tag=" + std::to_string(97 + i % 5) +
                " err=0 etime=0." + n + "\n";
        text += stamp + " INFO Stats " + n + ".1: gcodein=" + n + " mcu: mcu_awake=0.0" + n +
                " bytes_write=" + n + "\n";
        text += stamp + " INFO [Consumer clientId=consumer-" + n +
                ", groupId=orders] Setting offset for partition " + "orders-" + std::to_string(i % 3) +
                " to the committed offset offset=" + n + " epoch=" + n + "\n";
    }
    const std::set<std::string> templates = templatesOf(text, "records.log");
    // The names of several words are values wherever they stand; one word ("Hornet", "sh") is
    // the miner's to judge.
    for (const char* word : {"Jester", "Hawk", "Kessler", "Abraham", "shadow", "-c"})
        CHECK(std::none_of(templates.begin(), templates.end(),
                           [&](const std::string& t) { return t.find(word) != std::string::npos; }));
    CHECK(templates.contains("event:type=takeoff,t=<NUM>,initiatorPilotName=<*>,place=<*>"));
    CHECK(templates.contains("event:type=land,t=<NUM>,initiatorPilotName=<*>,place=<*>"));
    CHECK(templates.contains("conn=<NUM> op=<NUM> SEARCH RESULT tag=<NUM> err=<NUM> etime=<NUM>"));
    CHECK(templates.contains("conn=<NUM> op=<NUM> BIND tag=<NUM> err=<NUM> etime=<NUM>"));
    CHECK(std::any_of(templates.begin(), templates.end(),
                      [](const std::string& t) { return t.find("mcu: mcu_awake=") != std::string::npos; }));
    CHECK(std::any_of(templates.begin(), templates.end(), [](const std::string& t) {
        return t.find("groupId=orders] Setting offset") != std::string::npos;
    }));
}

LS_TEST_MAIN()

// A record glued into one token under quoted keys (a WLAN controller's '@@204,clientJoin,
// "apMac"="…","ssid"="eduroam","userId"="",…'): its values are values, words and empty ones
// alike, so each event is one template; its keys and its name tell events apart. So in an object
// written on the line ('{ "sdp": "v=0 …", "ICE": "remove" }'); the message's own key keeps its
// words, and a pair alone on its line ('"method": "app-store",') is left to the tree.
LS_TEST(valuesUnderQuotedKeysAreValues)
{
    const char* ssids[] = {"eduroam", "HS-Gast", "eduroam", "Lab Net"};
    const char* users[] = {"\"pg25@hs.example.de\"", "\"\"", "\"xh80@hs.example.de\""};
    std::string text;
    for (int i = 0; i < 40; ++i) {
        const std::string n = std::to_string(i);
        const std::string pairs = "\"ssid\"=\"" + std::string(ssids[i % 4]) +
                                  "\",\"userId\"=" + users[i % 3] + ",\"iface\"=\"wlan" + n +
                                  "\",\"radio\"=\"" + (i % 2 ? "a/n/ac" : "g/n") + "\"";
        text += "Dec  1 10:00:" + std::string(i < 10 ? "0" : "") + n + " vsz-h1 Core: @@204,clientJoin," +
                pairs + "\n";
        text += "Dec  1 10:00:" + std::string(i < 10 ? "0" : "") + n +
                " vsz-h1 Core: @@202,clientDisconnect," + pairs + ",\"rxBytes\"=\"" + n + "\"\n";
        text += "Dec  1 10:00:" + std::string(i < 10 ? "0" : "") + n +
                " vsz-h1 Core: Dump for 'offer': { \"sdp\": \"v=" + n + (i % 2 ? " o=- IN IP4" : " s=-") +
                "\", \"ICE\": \"" + (i % 2 ? "remove" : "force") + "\" }\n";
        text += "Dec  1 10:00:" + std::string(i < 10 ? "0" : "") + n + " vsz-h1 Core: @@950,\"msg\"=\"" +
                (i % 2 ? "rebooted" : "upgraded") + "\",\"apName\"=\"AP-C" + n + "\"\n";
        text += "Dec  1 10:00:" + std::string(i < 10 ? "0" : "") + n + " vsz-h1 Core:   \"method\": \"" +
                (i % 2 ? "app-store" : "ad-hoc") + "\",\n";
    }
    const std::set<std::string> templates = templatesOf(text, "ruckus.log");
    CHECK(templates.contains(
        "@@<NUM>,clientJoin,\"ssid\"=\"<*>\",\"userId\"=\"<*>\",\"iface\"=\"<*>\",\"radio\"=\"<*>\""));
    CHECK(templates.contains("@@<NUM>,clientDisconnect,\"ssid\"=\"<*>\",\"userId\"=\"<*>\",\"iface\"=\"<*>\","
                             "\"radio\"=\"<*>\",\"rxBytes\"=\"<*>\""));
    CHECK(templates.contains("Dump for 'offer': { \"sdp\": \"<*>\", \"ICE\": \"<*>\" }"));
    CHECK(templates.contains("@@<NUM>,\"msg\"=\"rebooted\",\"apName\"=\"<*>\""));
    CHECK(templates.contains("@@<NUM>,\"msg\"=\"upgraded\",\"apName\"=\"<*>\""));
    CHECK(templates.contains("\"method\": <*>")); // the tree's wildcard, not '"<*>",'
    CHECK_EQ(templates.size(), std::size_t{6});
}
