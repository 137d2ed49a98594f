// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Values of several tokens in a template: a name of several words (span_merge.h), a value after a
// colon that ends the line (trailing_value_merge.h), a clause a log adds to some lines of an
// event only (tail_merge.h) and a token it writes inside some (optional_word_merge.h), merged,
// matched later and kept in the miner's state.
#include "check.h"
#include "made_up_lines.h"
#include "mined_templates.h"

#include "logsleuth/text/corpus.h"
#include "logsleuth/text/miner.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <set>
#include <sstream>
#include <string>

using namespace logsleuth::text;

// A value of several words ("Morning blinds", "Lights off at midnight") that several events
// name is one <*> however many words it has, and a later message with a name of yet another
// length joins the template; sentences before a common ending, codes in capitals and free text
// that ends a message stay events of their own.
LS_TEST(namesOfSeveralWordsMerge)
{
    const char* automations[] = {"Morning blinds", "Bathroom fan", "Lights off at midnight",
                                 "Notify door open", "Motion Hallway"};
    const char* sentences[] = {"Scheduler tick", "Cache refreshed with 12 entries", "Queue drained early"};
    const char* codes[] = {"OK UPLOAD", "OK DOWNLOAD", "FAIL UPLOAD"};
    const char* reasons[] = {"Bye Bye", "Closed due to user request.", "disconnected by user"};
    std::string text;
    for (int i = 0; i < 60; ++i) {
        const std::string name = automations[i % 5];
        text += "2026-12-01 10:00:00 INFO " + name + ": Running automation actions\n";
        text += "2026-12-01 10:00:01 INFO " + name + ": Executing step wait for trigger\n";
        text += "2026-12-01 10:00:02 WARNING " + name + ": Already running\n";
        text += std::string("2026-12-01 10:00:03 ERROR ") + sentences[i % 3] +
                " in /var/www/app/cart.php on line " + std::to_string(10 + i) + "\n";
        text += std::string("2026-12-01 10:00:04 INFO ") + codes[i % 3] + ": Client \"10.0.0." +
                std::to_string(i) + "\", \"/srv/f" + std::to_string(i) + ".bin\", 310 bytes\n";
        text += "2026-12-01 10:00:05 INFO Received disconnect from 10.0.0." + std::to_string(i) +
                ": 11: " + reasons[i % 3] + "\n";
    }
    Corpus corpus;
    corpus.addSource(LogText::fromBytes(text, "automations.log"));
    CHECK(corpus.mine());
    const std::set<std::string> templates = templatesOf(corpus);
    CHECK(templates.contains("<*>: Running automation actions"));
    CHECK(templates.contains("<*>: Executing step wait for trigger"));
    CHECK(templates.contains("<*>: Already running"));
    CHECK(templates.contains("Scheduler tick in <PATH> on line <NUM>"));
    CHECK(templates.contains("Cache refreshed with <NUM> entries in <PATH> on line <NUM>"));
    CHECK(templates.contains("OK UPLOAD: Client \"<IP>\", \"<PATH>\", <NUM> bytes"));
    CHECK(templates.contains("FAIL UPLOAD: Client \"<IP>\", \"<PATH>\", <NUM> bytes"));
    CHECK(templates.contains("Received disconnect from <IP>: <NUM>: Bye Bye"));
    CHECK(templates.contains("Received disconnect from <IP>: <NUM>: disconnected by user"));
    CHECK_EQ(templates.size(), std::size_t{12});

    // A name of a length not seen joins, added or matched, and so it does after a save and load.
    const std::uint32_t running = corpus.clusterOfMessage(corpus.messageKeys()[0]);
    TemplateMiner later = corpus.miner();
    CHECK_EQ(later.match("Garage door opener left: Running automation actions"),
             std::optional<std::uint32_t>(running));
    CHECK_EQ(later.add("Garage door opener left: Running automation actions"), running);
    CHECK_EQ(later.clusterCount(), corpus.miner().clusterCount());
    CHECK(!later.match("A name of seven words for sure: Running automation actions")); // longer than a span
    std::stringstream state;
    corpus.miner().save(state);
    CHECK(state.str().starts_with("logsleuth-miner-state 2\n"));
    CHECK(state.str().find("<*>: Running automation actions\tspan=0\n") != std::string::npos);
    TemplateMiner loaded = TemplateMiner::load(state);
    CHECK_EQ(loaded.add("Porch: Running automation actions"), running);
    CHECK_EQ(loaded.id(running), corpus.miner().id(running));
    CHECK_EQ(loaded.clusterCount(), corpus.miner().clusterCount());
}

// A value written in as many tokens as it takes, no word in any of them (Libreswan's static
// connection '"hq-berlin"' beside a road warrior's '"rw-ikev2"[3] 198.51.100.7'), before words
// that say what happened: one <*>. Values before a trailing value ("Track changed: <*> - <*>")
// are left to that value's merge.
LS_TEST(valuesOfSeveralTokensMerge)
{
    const char* statics[] = {"\"hq-berlin\"", "\"hq-hamburg\"", "\"aws-vpc-tunnel2\""};
    std::string text;
    for (int i = 0; i < 60; ++i) {
        const std::string peer =
            i % 2 == 0 ? std::string(statics[i % 3])
                       : "\"rw-ikev2\"[" + std::to_string(i) + "] 198.51.100." + std::to_string(i);
        const std::string head =
            "Dec 01 10:00:00 vpngw1 pluto[1123]: " + peer + " #" + std::to_string(200 + i);
        text += head + ": deleting state (STATE_V2_ESTABLISHED) aged " + std::to_string(100 + i) + ".5s\n";
        text += head + ": ESP traffic information: in=" + std::to_string(i) +
                "KB out=" + std::to_string(2 * i) + "KB\n";
        text += head + ": established Child SA\n";
    }
    const std::set<std::string> templates = templatesOf(made_up::mined(text));
    CHECK(templates.contains("<*> #<NUM>: deleting state (STATE_V<NUM>_ESTABLISHED) aged <DURATION>"));
    CHECK(templates.contains("<*> #<NUM>: ESP traffic information: in=<SIZE> out=<SIZE>"));
    CHECK(templates.contains("<*> #<NUM>: established Child SA"));
    CHECK_EQ(templates.size(), std::size_t{3});

    const char* played[] = {"Nina Simone - Sinnerman",
                            "Portishead - Roads",
                            "Massive Attack - Teardrop",
                            "The Cinematic Orchestra - To Build a Home",
                            "Moby - Porcelain",
                            "Zero 7 - Destiny",
                            "Lamb - Gorecki",
                            "Morcheeba - The Sea",
                            "Thievery Corporation - Lebanese Blonde",
                            "Emancipator - Soon It Will Be Cold Enough",
                            "Boards of Canada - Roygbiv",
                            "Air - Cherry Blossom Girl"};
    std::string songs;
    for (int i = 0; i < 240; ++i)
        songs += "INFO     2026-12-01 10:" + made_up::two(i / 60) + ":" + made_up::two(i % 60) +
                 ",502 [1643:Core-7] mopidy_iris.core\n  Track changed: " + played[(i * 7) % 12] + "\n";
    const std::set<std::string> songTemplates = templatesOf(made_up::mined(songs));
    // The header lines (a module path, no event) and the songs: two templates.
    CHECK(songTemplates.contains("Track changed: <*>"));
    CHECK_EQ(songTemplates.size(), std::size_t{2});
}

// A title that one event alone names ("Media for Der Schuh des Manitu exists.", a film's, a book's)
// is a value too, its longer words capitalised and a word after it; a sentence opening the
// message ("Added new torrent.", "Removed torrent.") and a title ending it after a dash stay as
// they are.
LS_TEST(titlesOfSeveralWordsMerge)
{
    const char* titles[] = {"Flow",    "The Bear",       "Der Schuh des Manitu", "Dune: Part Two",
                            "Moana 2", "The Wild Robot", "Inside Out 2",         "Conclave"};
    const char* verbs[] = {"Added new", "Removed", "Restored"};
    std::string text;
    for (int i = 0; i < 64; ++i) {
        text += std::string("2026-12-01T10:00:00.000Z [info][Jellyfin Sync]: Media for ") + titles[i % 8] +
                " exists. Changes were detected and the title will be updated.\n";
        text += std::string("2026-12-01T10:00:01.000Z [info][Torrents]: ") + verbs[i % 3] +
                " torrent. Torrent: \"ubuntu-" + std::to_string(20 + i % 5) + ".04.iso\"\n";
    }
    const std::set<std::string> templates = templatesOf(text, "jellyseerr.log");
    CHECK(templates.contains("Media for <*> exists. Changes were detected and the title will be updated."));
    CHECK_EQ(std::count_if(templates.begin(), templates.end(),
                           [](const std::string& t) { return t.starts_with("Media for"); }),
             1);
    CHECK(templates.contains("Removed torrent. Torrent: \"ubuntu-<NUM>\""));
    CHECK(templates.contains("Restored torrent. Torrent: \"ubuntu-<NUM>\""));
}

// A name that ends its line ("Launching <game>", "Stopping <game>") is one <*> where the same names
// are met in other templates, one of them with words after the name ("<game> stopped at <TIME>");
// free text that ends a line and is met nowhere else ("Server reloading its config files") stays
// the event, as do lines that only share their last words with a name.
LS_TEST(namesThatEndTheLineMergeWhereTheyRecur)
{
    const char* games[] = {"The Witcher 3: Wild Hunt", "Overwatch 2", "StarCraft II", "Doom Eternal",
                           "Baldur's Gate 3",          "Diablo IV"};
    const char* states[] = {"ready", "stopping now", "reloading its config files", "draining old sessions"};
    std::string text;
    for (int i = 0; i < 60; ++i) {
        const std::string stamp = "INFO     2026-11-06 18:51:" + std::to_string(10 + i % 40) + ",693 ";
        text += stamp + "[game.launch:497]:Launching " + games[i % 6] + "\n";
        text += stamp + "[game.beat:842]:Stopping " + games[i % 6] + "\n";
        text +=
            stamp + "[game.on_game_quit:1004]:" + games[i % 6] + " stopped at Fri, 06 Nov 2026 19:44:17\n";
        text += stamp + "[server.run:12]:Server " + states[i % 4] + "\n";
    }
    const std::set<std::string> templates = templatesOf(text, "lutris.log");
    CHECK(templates.contains("Launching <*>"));
    CHECK(templates.contains("Stopping <*>"));
    CHECK(templates.contains("<*> stopped at <TIME>"));
    CHECK(templates.contains("Server ready"));
    CHECK(templates.contains("Server reloading its config files"));
}

// Names of one word that the miner has merged already ("Player <*> joined the game": names with
// digits, which it reads as values) take in a
// name of two words that the same events name ("Dr. Wrench"): the template that reads <*> stands
// for several names. A span that holds the value itself ("invalid user <*>") stays apart.
LS_TEST(aNameOfTwoWordsJoinsMergedNames)
{
    const char* players[] = {"nyx7",  "lambda_2", "jdog42",  "orion9", "vega11", "kestrel3", "moth5",
                             "pike8", "rook1",    "sable12", "talon4", "umbra6", "wren10",   "Dr. Wrench"};
    std::string text, ssh;
    for (int i = 0; i < 84; ++i) {
        const std::string player = players[i % 14];
        const std::string stamp =
            "2026-12-01 10:06:" + std::to_string(10 + i % 50) + ".908 - Thread:   1 ->  ";
        text += stamp + "OnConnectedClient " + player + " attempt\n";
        text += stamp + "Player " + player + " joined the game\n";
        text += stamp + "Player " + player + " respawned at Medical Room\n";
        ssh += "Dec 10 06:55:" + std::to_string(10 + i % 50) + " LabSZ sshd[24200]: Failed password for " +
               (i % 3 ? "root" : "invalid user " + std::string(i % 2 ? "admin" : "test")) + " from 10.0.0." +
               std::to_string(i) + " port 22\n";
    }
    const std::set<std::string> templates = templatesOf(text, "SpaceEngineersDedicated.log");
    CHECK(templates.contains("OnConnectedClient <*> attempt"));
    CHECK(templates.contains("Player <*> joined the game"));
    CHECK(templates.contains("Player <*> respawned at Medical Room"));
    CHECK_EQ(templates.size(), std::size_t{3});
    const std::set<std::string> failed = templatesOf(ssh, "auth.log");
    CHECK(failed.contains("Failed password for invalid user <*> from <IP> port <NUM>"));
    CHECK_EQ(failed.size(), std::size_t{2});
}

// What a log writes after a colon at the end of a line (a reason, a task) is a value where
// several templates read the same up to that colon: "disconnected for reason: Timed out" beside
// "Connection lost", "Server shutting down" and no reason at all is one template, whose <*> takes
// a reason not seen yet, of up to twelve words. After a level ("decoder debug:") or a name
// ("bridge br-int:") messages follow; one word that differs ("send: history") names a record
// kind; a value with a stamp of its own is another program's record ("output: 10:00:01 …").
LS_TEST(valuesAfterAColonThatEndsTheLineMerge)
{
    const char* reasons[] = {" Timed out", " Connection lost", " Server shutting down", ""};
    const char* decoder[] = {"using video decoder module avcodec", "killing decoder fourcc h264",
                             "end of video preroll"};
    const char* bridge[] = {"added interface tap7 on port 3", "deleted interface tap7 on port 3",
                            "using datapath ID 0000b0ba3be61fad"};
    const char* records[] = {"history", "summary", "stats"};
    const char* tasks[] = {"TASK [install packages]", "ok: [node1]", "PLAY RECAP"};
    std::string text;
    for (int i = 0; i < 60; ++i) {
        const std::string stamp = "2026-12-01 10:00:" + std::to_string(10 + i % 50) + " INFO ";
        text += stamp + "Client 10.0.0." + std::to_string(i) + " disconnected for reason:" + reasons[i % 4] +
                "\n";
        text += stamp + "[7f3a2c" + std::to_string(10 + i) + "] main decoder debug: " + decoder[i % 3] + "\n";
        text += stamp + "bridge br-int: " + bridge[i % 3] + "\n";
        text += stamp + "send: " + records[i % 3] + "\n";
        text +=
            stamp + "Ansible job output: 10:00:" + std::to_string(10 + i % 50) + " | " + tasks[i % 3] + "\n";
    }
    Corpus corpus;
    corpus.addSource(LogText::fromBytes(text, "server.log"));
    CHECK(corpus.mine());
    const std::set<std::string> templates = templatesOf(corpus);
    CHECK(templates.contains("Client <IP> disconnected for reason: <*>"));
    CHECK(!templates.contains("[<HEX>] main decoder debug: <*>"));
    CHECK(templates.contains("bridge br-int: using datapath ID <HEX>"));
    CHECK(templates.contains("send: summary"));
    CHECK(!templates.contains("Ansible job output: <*>"));
    CHECK_EQ(templates.size(), std::size_t{1 + 3 + 3 + 3 + 3});

    const std::uint32_t disconnected = corpus.clusterOfMessage(corpus.messageKeys()[0]);
    std::stringstream state;
    corpus.miner().save(state);
    CHECK(state.str().find("Client <IP> disconnected for reason: <*>\ttail=5\n") != std::string::npos);
    TemplateMiner loaded = TemplateMiner::load(state);
    CHECK_EQ(loaded.add("Client <IP> disconnected for reason: Kicked by an admin for spamming the chat"),
             disconnected);
    CHECK_EQ(loaded.clusterCount(), corpus.miner().clusterCount());
}

// A numbered error's text ("error 15007: The specified channel could not be found.") and a cause
// with a cause of its own in lower case ("…: lexical error: invalid char in json text.", "dial
// tcp <IP>: connect: connection refused") are the value after the colon. Other numbered subjects ("request
// 314: resent"), another program's record with its capitalised level ("PHP message: PHP Warning: …") and
// lower-case labels after a short opening ("host: host: 1 (passive) best link: 0") stay events of their own.
LS_TEST(numberedErrorsAndWrappedCausesMerge)
{
    const char* rpc[] = {"The specified channel could not be found.", "The RPC server is unavailable.",
                         "The remote procedure call failed."};
    const char* json[] = {"lexical error: invalid char in json text.", "premature EOF", "trailing garbage"};
    const char* request[] = {"resent", "timeout after 5 seconds"};
    const char* php[] = {"PHP Warning: Undefined array key \"list\" in /var/www/groups.php on line 161",
                         "PHP Deprecated: Function strftime() is deprecated in /var/www/cal.php on line 12"};
    std::string text;
    for (int i = 0; i < 60; ++i) {
        const std::string stamp = "2026-12-01 10:00:" + std::to_string(10 + i % 50) + " ERROR ";
        text += stamp + "EvtNext failed with error " + std::to_string(15000 + i % 3 * 7) + ": " + rpc[i % 3] +
                "\n";
        text += stamp + "procedure 'parse_json' failed; couldn't parse json string: " + json[i % 3] + "\n";
        text += stamp + "Handler - execReadCmd: failed to read command: " +
                (i % 2 ? "dial tcp 192.168.50." + std::to_string(i) + ":502: connect: connection refused"
                       : std::string("read command timeout")) +
                "\n";
        text += stamp + "Hue Bridge: request " + std::to_string(300 + i) + ": " + request[i % 2] + "\n";
        text += stamp + "FastCGI sent in stderr: PHP message: " + php[i % 2] + "\n";
        text += stamp + "host: host: " + std::to_string(1 + i % 3) +
                (i % 2 ? " (passive) best link: 0 (pri: 1)" : " has no active links") + "\n";
    }
    const std::set<std::string> templates = templatesOf(text, "agent.log");
    CHECK(templates.contains("EvtNext failed with error <NUM>: <*>"));
    CHECK(templates.contains("procedure 'parse_json' failed; couldn't parse json string: <*>"));
    CHECK(templates.contains("Handler - execReadCmd: failed to read command: <*>"));
    CHECK(templates.contains("Hue Bridge: request <NUM>: resent"));
    CHECK(templates.contains("Hue Bridge: request <NUM>: timeout after <NUM> seconds"));
    CHECK_EQ(std::count_if(templates.begin(), templates.end(),
                           [](const std::string& t) {
                               return t.starts_with("FastCGI sent in stderr: PHP message: PHP ");
                           }),
             2);
    CHECK(templates.contains("host: host: <NUM> has no active links"));
    CHECK_EQ(templates.size(), std::size_t{1 + 1 + 1 + 2 + 2 + 2});
}

// A clause a log adds to some lines of an event only (Apache's ", referer: <URL>") is no
// event of its own where it follows several events that also come without it: each pair is
// one template, with and without, and stays one after a save and load. A clause after one
// event only, and one that holds words, stay apart.
LS_TEST(optionalTrailingClausesMerge)
{
    const char* errors[] = {"File does not exist: /srv/www/favicon",
                            "Symbolic link not allowed: /srv/www/tmp",
                            "Directory index forbidden by Options directive: /srv/www/img"};
    std::string text;
    for (int i = 0; i < 60; ++i) {
        const std::string n = std::to_string(i);
        const std::string stamp =
            "[Tue Dec 01 10:00:" + std::to_string(10 + i % 50) + ".0 2026] [core:error] ";
        const std::string error = std::string(errors[i % 3]) + n + ".ico";
        text += stamp + error + (i % 2 ? ", referer: https://shop.example.com/p" + n : std::string()) + "\n";
        text += stamp + "Session " + n + " resumed" + (i % 2 ? " from 10.0.0." + n : std::string()) + "\n";
        text += stamp + "Worker " + n + " stopped" + (i % 2 ? ", reason: shutdown" : "") + "\n";
    }
    Corpus corpus;
    corpus.addSource(LogText::fromBytes(text, "error.log"));
    CHECK(corpus.mine());
    const std::set<std::string> templates = templatesOf(corpus);
    CHECK(templates.contains("File does not exist: <PATH> <*>"));
    CHECK(templates.contains("Symbolic link not allowed: <PATH> <*>"));
    CHECK(templates.contains("Directory index forbidden by Options directive: <PATH> <*>"));
    CHECK(templates.contains("Session <NUM> resumed"));
    CHECK(templates.contains("Session <NUM> resumed from <IP>"));
    CHECK(templates.contains("Worker <NUM> stopped"));
    CHECK(templates.contains("Worker <NUM> stopped, reason: shutdown"));
    CHECK_EQ(templates.size(), std::size_t{7});

    const std::uint32_t missing = corpus.clusterOfMessage(corpus.messageKeys()[0]);
    std::stringstream state;
    corpus.miner().save(state);
    CHECK(state.str().find("File does not exist: <PATH> <*>\ttail=5\n") != std::string::npos);
    TemplateMiner loaded = TemplateMiner::load(state);
    CHECK_EQ(loaded.match("File does not exist: <PATH>"), std::optional<std::uint32_t>(missing));
    CHECK_EQ(loaded.add("File does not exist: <PATH>, referer: <URL>"), missing);
    CHECK_EQ(loaded.clusterCount(), corpus.miner().clusterCount());
    std::stringstream onAWord("logsleuth-miner-state 2\n0123456789abcdef\tabc <*> done\ttail=2\n");
    CHECK_THROWS(TemplateMiner::load(onAWord));
}

// A flag in capitals, a value alone, a note of one word in parentheses or a pair among pairs that
// some lines of an event write inside the line (a router's "TLS", the kernel's "DF", a build
// tool's "(cached)", Klipper's "sd_pos=")
// joins the template to the one without it: its <*> stands for the token or for none. A word in
// lower case, a word inside a bracket ("[UFW LIMIT BLOCK]") and a value before the value that ends
// the line stay apart; the merged template matches both shapes later and keeps its span in the
// miner's state.
LS_TEST(optionalWordsInsideMerge)
{
    std::string text;
    for (int i = 0; i < 60; ++i) {
        const std::string n = std::to_string(i);
        const std::string stamp = "2026-12-01 10:00:" + std::to_string(10 + i % 50) + " INFO ";
        text += stamp + "request " + n + " served" + (i % 3 ? " TLS" : "") + " GZIP in " + n + "ms\n";
        text += stamp + "//pkg:test_" + n + (i % 2 ? " (cached)" : "") + " PASSED in 1.2s\n";
        text += stamp + "IN=eth0 SRC=10.0.0." + n + " LEN=60 ID=" + n + (i % 2 ? " DF" : "") + " PROTO=TCP\n";
        text += stamp + "connection " + n + (i % 2 ? " not" : "") + " closed cleanly\n";
        text += stamp + "[UFW " + (i % 2 ? "LIMIT " : "") + "BLOCK] IN=eth0 SRC=10.0.1." + n + "\n";
        text += stamp + "> Task :app:compile" + n + (i % 2 ? " UP-TO-DATE" : "") + "\n";
        text += stamp + "Stats " + n + ".1: bytes_read=" + n + " freq=72000" + (i % 2 ? " sd_pos=" + n : "") +
                " heater_bed: temp=" + n + "\n";
    }
    Corpus corpus;
    corpus.addSource(LogText::fromBytes(text, "optional.log"));
    CHECK(corpus.mine());
    const std::set<std::string> templates = templatesOf(corpus);
    CHECK(templates.contains("request <NUM> served <*> GZIP in <DURATION>"));
    CHECK(templates.contains("//pkg:test_<NUM> <*> PASSED in <DURATION>"));
    CHECK(templates.contains("IN=eth<NUM> SRC=<IP> LEN=<NUM> ID=<NUM> <*> PROTO=TCP"));
    CHECK(templates.contains("connection <NUM> closed cleanly"));
    CHECK(templates.contains("connection <NUM> not closed cleanly"));
    CHECK(templates.contains("[UFW BLOCK] IN=eth<NUM> SRC=<IP>"));
    CHECK(templates.contains("[UFW LIMIT BLOCK] IN=eth<NUM> SRC=<IP>"));
    // A key with its value among other pairs (Klipper's "sd_pos=" while it prints from a card).
    CHECK(templates.contains("Stats <NUM>: bytes_read=<NUM> freq=<NUM> <*> heater_bed: temp=<NUM>"));
    CHECK_EQ(templates.size(), std::size_t{10});

    const std::uint32_t served = corpus.clusterOfMessage(corpus.messageKeys()[0]);
    std::stringstream state;
    corpus.miner().save(state);
    CHECK(state.str().find("request <NUM> served <*> GZIP in <DURATION>\ttail=3\n") != std::string::npos);
    TemplateMiner loaded = TemplateMiner::load(state);
    CHECK_EQ(loaded.match("request <NUM> served GZIP in <DURATION>"), std::optional<std::uint32_t>(served));
    CHECK_EQ(loaded.match("request <NUM> served TLS GZIP in <DURATION>"),
             std::optional<std::uint32_t>(served));
    CHECK_EQ(loaded.clusterCount(), corpus.miner().clusterCount());
}

// A field in brackets with its key, beside another, is one token, and one that some lines of an
// event carry joins the template without it (UnrealIRCd's "[secure: …]" before "[reputation: …]"
// on TLS connections only). Fields that open the message are its context and keep their words.
LS_TEST(optionalBracketedFieldsMerge)
{
    std::vector<std::string_view> tokens;
    minedTokens("Client connecting: ann (~ann@<IP>) [<IP>] [secure: TLSv<NUM>-TLS_AES] [reputation: <NUM>]",
                tokens);
    CHECK_EQ(tokens.size(), std::size_t{7});
    CHECK_EQ(std::string(tokens[5]), std::string("[secure: TLSv<NUM>-TLS_AES]"));
    minedTokens("Failed OPER attempt [reason: password mismatch] [oper: zeta]", tokens);
    CHECK_EQ(tokens.size(), std::size_t{5});
    minedTokens("[e: <HEX>] [build: <HEX>] Ansible output: done", tokens);
    CHECK_EQ(tokens.size(), std::size_t{7});
    minedTokens("Lost link [reason: timeout] now", tokens);
    CHECK_EQ(tokens.size(), std::size_t{5});

    std::string text;
    const char* nicks[] = {"ann",       "bob",    "carol",  "dave", "eve",
                           "amigaguru", "dragon", "c64fan", "zeta", "kim"};
    for (int i = 0; i < 60; ++i) {
        const std::string n = std::to_string(i);
        text += "[2026-12-01T10:00:" + std::to_string(10 + i % 50) +
                ".000Z] connect.LOCAL_CLIENT_CONNECT [info] " +
                (i % 3 ? "Client connecting: " : "Remote client connecting: ") + nicks[i % 10] + " (~x@h" +
                n + ".example.de) [10.0.0." + n + "] " +
                (i % 2 ? "[secure: TLSv1.3-TLS_CHACHA20_POLY1305_SHA256] " : "") +
                "[reputation: " + std::to_string(100 + i) + "]\n";
    }
    Corpus corpus;
    corpus.addSource(LogText::fromBytes(text, "ircd.log"));
    CHECK(corpus.mine());
    const std::set<std::string> templates = templatesOf(corpus);
    CHECK_EQ(templates.size(), std::size_t{2});
}

// Notes in parentheses in a row, as many as a line has (a latency histogram's "(08: 15) (09: 3)"
// buckets): the last note of a message is one token, but not where a <*> follows it, so a clause
// merge that would put its span on a note's half is not made, and mining goes on.
LS_TEST(aSpanThatWouldSplitANoteIsNotMerged)
{
    std::string text;
    for (int i = 0; i < 40; ++i) {
        std::string buckets;
        for (int b = 0; b < 2 + i % 5; ++b)
            buckets += " (" + std::to_string(4 + b) + ": " + std::to_string(1000 * (i + 1) / (b + 1)) + ")";
        text += "Dec 01 2026 10:09:" + std::to_string(10 + i) + " GMT: INFO (info): (hist.c:331) " + buckets +
                "\n";
    }
    // (A merge that threw would fail the test: made_up::mined lets the exception through.)
    const Corpus corpus = made_up::mined(text);
    CHECK_EQ(corpus.lineCount(), std::uint64_t{40});
    for (const std::string& t : templatesOf(corpus))
        CHECK(t.starts_with("(<NUM>: <NUM>)"));
}

// The same where a literal split refines a template: Huawei's VRP ends a message with a note of
// "Key=value, …" pairs in parentheses, whose first word the split would write into the template
// ("(ServiceType=stelnet," against "(ServiceType=**,"); a text that would not read back as as many
// tokens leaves the template whole, and mining goes on.
LS_TEST(aSplitThatWouldJoinANoteIsNotMade)
{
    const std::string text = "Dec  2 2026 04:18:12+00:00 CE-LEAF-03 "
                             "%%01SSH/5/SSH_USER_LOGOUT(s):CID=0x80a4b927;The SSH user logged "
                             "out. (ServiceType=stelnet, LogoutReason=The user quitted., "
                             "UserName=nms-poller, UserAddress=10.10.0.25, "
                             "LocalAddress=10.10.1.13, VPNInstanceName=_public_.)\n"
                             "Dec  2 2026 04:18:16+00:00 CE-LEAF-03 "
                             "%%01SSH/5/SSH_USER_LOGIN_FAIL(s):CID=0x8030bf83;The SSH user failed "
                             "to login. (ServiceType=**, FailedReason=Authentication failed, "
                             "UserName=huawei, UserAddress=10.10.2.248, "
                             "LocalAddress=10.10.1.13, VPNInstanceName=_public_.)\n";
    CHECK_EQ(made_up::mined(text).lineCount(), std::uint64_t{2});
}

// And where names in quotes merge into a <*>: a quoted name with a blank in it counts as a word
// before a note ("\"Kitchen light\" (state: on)" makes the note one token), a <*> does not; a
// merged text that would not read back as as many tokens is left unmerged, and mining goes on.
LS_TEST(aMergeThatWouldSplitANoteIsNotMade)
{
    const char* names[] = {"Kitchen light", "Hall lamp", "Porch light", "Desk lamp",  "Garage door",
                           "Front door",    "Back door", "Bed lamp",    "Sofa light", "Attic fan"};
    std::string text;
    for (int i = 0; i < 200; ++i)
        text += "2026-12-01 10:00:" + std::to_string(10 + i % 50) + " INFO \"" + names[i % 10] +
                "\" (state: on)\n";
    CHECK_EQ(made_up::mined(text).lineCount(), std::uint64_t{200});
}

// A span the state names must be a <*> of the template: anything else is a corrupt state.
LS_TEST(corruptSpansAreRefused)
{
    std::stringstream wordAsSpan("logsleuth-miner-state 2\n0123456789abcdef\tabc <*> done\tspan=0\n");
    CHECK_THROWS(TemplateMiner::load(wordAsSpan));
    std::stringstream pastTheEnd("logsleuth-miner-state 2\n0123456789abcdef\tabc <*> done\tspan=7\n");
    CHECK_THROWS(TemplateMiner::load(pastTheEnd));
    std::stringstream noNumber("logsleuth-miner-state 2\n0123456789abcdef\tabc <*> done\tspan=\n");
    CHECK_THROWS(TemplateMiner::load(noNumber));
    std::stringstream good("logsleuth-miner-state 2\n0123456789abcdef\tabc <*> done\tspan=1\n");
    TemplateMiner miner = TemplateMiner::load(good);
    CHECK_EQ(miner.add("abc three word name done"), 0u);
    CHECK_EQ(miner.templateText(0), std::string("abc <*> done"));
}

// A list of values that ends the line, of as many values as a line holds (a chess engine's
// principal variation after "pv": "e7e5 d8c7 f8b2"), is one value: one event, whatever the list's
// length. After a colon, a command and its arguments stay one value with the command's name
// ("running cmd: make -j 16" beside "running cmd: tar xzf x.tar.gz"), as a trailing value.
LS_TEST(listsOfValuesThatEndTheLineMerge)
{
    std::string text;
    unsigned state = 7;
    for (int i = 0; i < 240; ++i) {
        std::string pv;
        for (int m = 0; m < 2 + i % 9; ++m) {
            state = state * 1103515245u + 12345u;
            const unsigned square = state >> 16;
            pv += std::string(" ") + char('a' + square % 8) + char('1' + square / 8 % 8) +
                  char('a' + square / 64 % 8) + char('1' + square / 512 % 8);
        }
        text += "<< info depth " + std::to_string(1 + i % 20) + " score cp " + std::to_string(i % 90 - 40) +
                " nodes " + std::to_string(1000 + i * 977) + " time " + std::to_string(2 + i * 7) + " pv" +
                pv + "\n";
        if (i % 4 == 0) text += ">> go wtime " + std::to_string(60000 - i * 10) + " btime 59000\n";
    }
    const std::set<std::string> templates = templatesOf(made_up::mined(text));
    CHECK_EQ(templates.size(), std::size_t{2});

    std::string build;
    const char* commands[] = {
        "make -j 32",
        "make check",
        "make install",
        "tar xzf /apps/sources/g/GROMACS/gromacs-2024.1.tar.gz",
        "make -j 32",
        "./configure --prefix=/apps/software/XZ/5.4.4",
        "make install",
        "tar xjf /apps/sources/x/XZ/xz-5.4.4.tar.bz2",
        "cmake -DCMAKE_INSTALL_PREFIX=/apps/software/googletest/1.14.0 -DCMAKE_BUILD_TYPE=Release "
        "-DBUILD_SHARED_LIBS=ON /dev/shm/build/googletest-1.14.0",
        "cmake -DCMAKE_INSTALL_PREFIX=/apps/software/GROMACS/2024.1 -DGMX_MPI=ON -DGMX_OPENMP=ON "
        "-DGMX_GPU=OFF "
        "/dev/shm/build/gromacs-2024.1"};
    const char* said[] = {"user u%d logged in from 10.0.0.%d", "request %d served in %dms",
                          "cache miss for key k%d size %d"};
    for (int i = 0; i < 200; ++i) {
        char message[64];
        std::snprintf(message, sizeof message, said[i % 3], i, i % 9);
        build += "== 2026-12-01 10:00:" + made_up::two(i % 60) +
                 ",061 run.py:" + std::to_string(400 + i % 3) + " INFO " +
                 (i % 2 ? std::string(message) : std::string("running cmd: ") + commands[i / 2 % 10]) + "\n";
    }
    const std::set<std::string> commandTemplates = templatesOf(made_up::mined(build));
    CHECK(commandTemplates.contains("running cmd: <*>"));
    CHECK_EQ(commandTemplates.size(), std::size_t{4});
}

// Names of two words that the miner has merged already ("Source <*> <*> routed to", an AV
// controller's inputs) take in a name of one word that the same event names ("Blu-ray"); after
// a colon, the tasks an installer names with their counts stay one trailing value ("Task
// completed: <*>").
LS_TEST(aNameOfOneWordJoinsNamesOfTwo)
{
    const char* sources[] = {"Blu-ray", "Document Camera", "HDMI 1",
                             "HDMI 2",  "Lectern PC",      "Wireless Presentation"};
    const char* sinks[] = {"Confidence Monitor", "Lecture Capture", "Projector Left", "Projector Right"};
    const char* tasks[] = {"Set up the installation source",
                           "Prepare mount targets",
                           "Create storage layout",
                           "Mount file systems",
                           "Write early storage",
                           "Install the payload",
                           "Configure network",
                           "Configure timezone",
                           "Configure localization",
                           "Configure users",
                           "Configure SELinux",
                           "Configure the firewall",
                           "Configure the storage",
                           "Install the bootloader",
                           "Create the initramfs",
                           "Write the kickstart",
                           "Run post-installation scripts"};
    std::string text;
    for (int i = 0; i < 240; ++i) {
        const std::string stamp = std::to_string(i + 1) +
                                  ". Notice: SimplSharpPro[App01] # 2026-12-01 10:" + made_up::two(i / 60) +
                                  ":" + made_up::two(i % 60) + "  # ";
        text += stamp + "[Room] Source " + sources[i * 7 % 6] + " routed to " + sinks[i / 6 % 4] + "\n";
        text += stamp + "IP-ID " + std::to_string(i % 9 + 3) + " at 10.41.1." + std::to_string(i % 200) +
                " is online\n";
    }
    std::string installer;
    for (int i = 0; i < 51; ++i) {
        const std::string stamp = "09:" + made_up::two(i / 60) + ":" + made_up::two(i % 60) +
                                  ",214 INF anaconda.modules.boss.install_manager.installation_category: ";
        const std::string task = std::string(tasks[i % 17]) + " (" + std::to_string(i % 17 + 1) + "/17)";
        installer += stamp + "Task started: " + task + "\n";
        installer += stamp + "Task completed: " + task + " (" + std::to_string(i * 7 % 40) + "." +
                     std::to_string(i % 10) + " s)\n";
    }
    const std::set<std::string> templates = templatesOf(made_up::mined(text));
    CHECK_EQ(templates.size(), std::size_t{2});
    CHECK(templates.contains("[Room] Source <*> routed to <*> <*>"));
    const std::set<std::string> tasksDone = templatesOf(made_up::mined(installer));
    CHECK(tasksDone.contains("Task completed: <*>"));
    CHECK(tasksDone.contains("Task started: <*>"));
    CHECK_EQ(tasksDone.size(), std::size_t{2});
}

LS_TEST_MAIN()
