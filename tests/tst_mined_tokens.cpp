// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Values that span blanks count as one token (minedTokens): a quoted value, a note in
// parentheses that ends a message, parenthesised pairs, a set in braces, an object, a list of any
// length, the last field of a " ; " list. Lines whose values run to any number of words share one
// template. Split from tst_miner.
#include "check.h"
#include "mined_templates.h"

#include "logsleuth/text/corpus.h"
#include "logsleuth/text/miner.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

using namespace logsleuth::text;

// The last field of a list that " ; " separates takes the rest of the message as its value
// (sudo's "COMMAND=/usr/bin/apt update"): commands with any arguments are one event.
LS_TEST(lastFieldOfASemicolonListTakesTheRest)
{
    const char* commands[] = {"/usr/bin/apt update", "/usr/bin/systemctl restart nginx", "/bin/bash",
                              "/usr/bin/journalctl -u app.service -n 200"};
    std::string text;
    for (int i = 0; i < 40; ++i)
        text += std::string("Dec  1 10:00:0") + std::to_string(i % 10) + " srv01 sudo:    deploy : TTY=pts/" +
                std::to_string(i % 4) + " ; PWD=/home/x ; USER=root ; COMMAND=" + commands[i % 4] + "\n";
    const std::set<std::string> templates = templatesOf(text, "auth.log");
    CHECK_EQ(templates.size(), std::size_t{1});
}

// Options in angle brackets, a name in lower case and its number first, are one value however
// many there are (tcpdump's "<mss 1460,nop,wscale 7>"); words, an object's repr and an element
// with its attributes in angle brackets keep their words.
LS_TEST(angleOptionsAreOneToken)
{
    std::vector<std::string_view> tokens;
    minedTokens(
        "<IP> > <IP>: S <NUM>:<NUM>(<NUM>) win <NUM> <mss <NUM>,nop,nop,timestamp <NUM> <NUM>,sackOK,eol>",
        tokens);
    CHECK_EQ(tokens.size(), std::size_t{8});
    CHECK_EQ(std::string(tokens.back()), std::string("<mss <NUM>,nop,nop,timestamp <NUM> <NUM>,sackOK,eol>"));
    minedTokens("<IP> > <IP>: S <NUM>:<NUM>(<NUM>) win <NUM> <mss <NUM>> (DF)", tokens);
    CHECK_EQ(tokens.size(), std::size_t{9});
    CHECK_EQ(std::string(tokens[7]), std::string("<mss <NUM>>"));
    minedTokens("<TIME> * <unknown connect data> * establish * <unknown sid> * <NUM>", tokens);
    CHECK_EQ(tokens.size(), std::size_t{12});
    minedTokens("Requested authenticator <app.cli.Default object at <HEX>> and installer <NUM>", tokens);
    CHECK_EQ(tokens.size(), std::size_t{9});
    minedTokens("Sending (ssl): <iq type='get' id='purple<NUM>'><ping xmlns='urn:xmpp:ping'/></iq>", tokens);
    CHECK_EQ(tokens.size(), std::size_t{6});
}

// A quoted value that holds quoted values of its own, the message ending in the quote that pairs
// them all (MPD's 'process command "add "Artist/Album""'), is one token; two quoted values side by
// side stay two.
LS_TEST(quotesWithinQuotesAreOneToken)
{
    std::vector<std::string_view> tokens;
    minedTokens(R"([<NUM>] process command "add "Nils Frahm/Sometimes I/<NUM> - Track.flac"")", tokens);
    CHECK_EQ(tokens.size(), std::size_t{4});
    minedTokens(R"([<NUM>] process command "albumart "Radiohead/In Rainbows/<NUM> - Reckoner.flac" <NUM>")",
                tokens);
    CHECK_EQ(tokens.size(), std::size_t{4});
    minedTokens(R"(renamed "my notes" to "old notes")", tokens);
    CHECK_EQ(tokens.size(), std::size_t{4});
}

// A note in brackets that ends the message, a few words of prose, is one value (an IRC client's
// quit reason or real name); pairs, a measure, a name in lower case and a whole message in
// brackets keep their words.
LS_TEST(bracketedNotesThatEndTheMessage)
{
    std::vector<std::string_view> tokens;
    minedTokens("QUIT: Client exiting: <*> (<IP>) [Quit: WeeChat <NUM>]", tokens);
    CHECK_EQ(tokens.size(), std::size_t{6});
    CHECK_EQ(std::string(tokens.back()), std::string("[Quit: WeeChat <NUM>]"));
    minedTokens("QUIT: Client exiting: <*> (<IP>) [Read error: Connection reset by peer]", tokens);
    CHECK_EQ(tokens.size(), std::size_t{6});
    minedTokens("AsyncOpen [this=<HEX> uri=<URL>]", tokens);
    CHECK_EQ(tokens.size(), std::size_t{3});
    minedTokens("Still creating... [<DURATION> elapsed]", tokens);
    CHECK_EQ(tokens.size(), std::size_t{4});
    minedTokens("zmc [Lager Sued: <NUM> - Capturing at <NUM> fps, capturing bandwidth <NUM>]", tokens);
    CHECK_EQ(tokens.size(), std::size_t{11});
    minedTokens("[Quit: Leaving now]", tokens);
    CHECK_EQ(tokens.size(), std::size_t{3});
    minedTokens("Ansible job output: <TIME> | TASK [install packages]", tokens);
    CHECK_EQ(tokens.size(), std::size_t{8});
}

// A set in braces, its items a comma and a blank apart, is one value whatever its items' shapes
// and number (Kerberos' "{aes256-cts-hmac-sha1-96(18), DEPRECATED:arcfour-hmac(23)}").
LS_TEST(aSetInBracesIsOneValue)
{
    const char* sets[] = {
        "{aes256-cts-hmac-sha1-96(18), aes128-cts-hmac-sha1-96(17)}",
        "{aes256-cts-hmac-sha1-96(18), DEPRECATED:arcfour-hmac(23), DEPRECATED:des3-cbc-sha1(16)}",
        "{camellia256-cts-cmac(26)}"};
    std::string text;
    for (int i = 0; i < 30; ++i)
        text += "Dec 01 10:00:0" + std::to_string(i % 10) + " kdc1 krb5kdc[856](info): AS_REQ (" +
                std::to_string(2 + i % 3) + " etypes " + sets[i % 3] + ") 10.0.2." + std::to_string(i) +
                ": ISSUE: authtime " + std::to_string(1796119200 + i) + "\n";
    const std::set<std::string> templates = templatesOf(text, "krb5kdc.log");
    CHECK_EQ(templates.size(), std::size_t{1});
}

// A quoted value is one value, blanks and all ('my document.txt': counts as one token, as
// 'notes': does), and quoted values are a variable, two of them as well: the log marks them as
// values (where two plain words stay two events). A quoted request keeps its verb
// (httpStatusesSplit), and a message quoted whole its words.
LS_TEST(quotedValuesAreOneToken)
{
    const char* files[] = {"report.pdf", "my document.txt", "Q3 budget final.xlsx", "notes",
                           "photo 2024.jpg"};
    const char* errors[] = {"permission denied", "connection refused"};
    const char* modes[] = {"fast", "safe"};
    std::string text;
    for (int i = 0; i < 60; ++i) {
        const std::string file = files[i % 5];
        text += "2024-01-01 10:00:00 WARN Could not open file '" + file + "': " + errors[i % 2] + "\n";
        text += "2024-01-01 10:00:01 INFO Uploaded \"" + file + "\" (" + std::to_string(i + 1) +
                " KB) to bucket backups\n";
        text +=
            std::string("2024-01-01 10:00:02 INFO Mode \"") + modes[i % 2] + "\" selected for the next run\n";
    }
    const std::set<std::string> templates = templatesOf(text, "quoted.log");
    CHECK_EQ(templates.size(), std::size_t{4});
    CHECK(templates.contains("Could not open file <*> permission denied"));
    CHECK(templates.contains("Could not open file <*> connection refused"));
    CHECK(templates.contains("Uploaded <*> (<SIZE>) to bucket backups"));
    CHECK(templates.contains("Mode <*> selected for the next run"));

    // A plain quoted value seen first branches the tree on its own; values with digits meet
    // under the wildcard, and later plain ones join them there. The first is taken in too.
    std::string ordered = "2024-01-01 10:00:00 INFO Uploaded \"report.pdf\" (1 KB) to bucket backups\n";
    for (int i = 0; i < 30; ++i)
        ordered += "2024-01-01 10:00:01 INFO Uploaded \"" +
                   std::string(i % 3 == 0   ? "Q" + std::to_string(i) + " budget.xlsx"
                               : i % 3 == 1 ? "notes"
                                            : "my document.txt") +
                   "\" (" + std::to_string(i + 2) + " KB) to bucket backups\n";
    const std::set<std::string> uploads = templatesOf(ordered, "uploads.log");
    CHECK_EQ(uploads.size(), std::size_t{1});

    std::vector<std::string_view> tokens;
    minedTokens("open 'my document.txt': denied", tokens);
    CHECK_EQ(tokens.size(), std::size_t{3});
    minedTokens("\"GET <PATH> HTTP/<NUM>\" 200", tokens);
    CHECK_EQ(tokens.size(), std::size_t{4});
    minedTokens("unbalanced 'quote here", tokens);
    CHECK_EQ(tokens.size(), std::size_t{3});
    // Capitals open a request only before what a verb acts on: a path, a lower-case word, a star
    // or another keyword. Before a code or a name they are a value's first word.
    minedTokens("\"SELECT id FROM users\" took <DURATION>", tokens);
    CHECK_EQ(tokens.size(), std::size_t{6});
    minedTokens("\"DELETE FROM jobs\" done", tokens);
    CHECK_EQ(tokens.size(), std::size_t{4});
    minedTokens("<IP> \"AAAA IN <HOST>. udp <NUM>\" NOERROR", tokens);
    CHECK_EQ(tokens.size(), std::size_t{3});
    minedTokens("set 'ACME Corp' as default", tokens);
    CHECK_EQ(tokens.size(), std::size_t{4});
    // Backticks quote as quotes do (Odoo's "Starting job `Mail: Email Queue Manager`.").
    minedTokens("Starting job `Mail: Email Queue Manager`.", tokens);
    CHECK_EQ(tokens.size(), std::size_t{3});
    // Eight words and more in quotes that label their parts are a message quoted whole: its words
    // are its event.
    minedTokens("child <NUM> said: \"NOTICE: PHP Warning: Undefined array key in <PATH> on line <NUM>\"",
                tokens);
    CHECK_EQ(tokens.size(), std::size_t{14});
    minedTokens("run \"Call from <NUM> to <NUM>\" now", tokens);
    CHECK_EQ(tokens.size(), std::size_t{3});
    // ... and so are as many words quoted as the whole line (Nokia SR OS's events); a title of as
    // many words after a verb, without labels, is one value.
    minedTokens("\"User admin from <IP> port <NUM> using ssh failed authentication\"", tokens);
    CHECK_EQ(tokens.size(), std::size_t{10});
    minedTokens("Now playing 'Doom Eternal OST - The Only Thing They Fear Is You' (<NUM>:<NUM>) in Lobby",
                tokens);
    CHECK_EQ(tokens.size(), std::size_t{6});
    // A key's quoted value escapes the quotes inside it (Go's %q, Loki's LogQL queries): one token.
    minedTokens("latency=fast query=\"{app=\\\"shop-api\\\"} |= \\\"timeout\\\"\" status=<NUM>", tokens);
    CHECK_EQ(tokens.size(), std::size_t{3});
    // A message quoted whole in double quotes, however few its words, alone or after its
    // source's name (Joplin's); after a level, or in single quotes after a name, it is a value.
    minedTokens("\"Scheduling sync operation...\"", tokens);
    CHECK_EQ(tokens.size(), std::size_t{3});
    minedTokens("Synchronizer: \"Total notes: <NUM>\"", tokens);
    CHECK_EQ(tokens.size(), std::size_t{4});
    minedTokens("Warning: \"Virtual circuit disconnect\"", tokens);
    CHECK_EQ(tokens.size(), std::size_t{2});
    minedTokens("Name: 'Flower care'", tokens);
    CHECK_EQ(tokens.size(), std::size_t{2});
    // A quoted path is a file's name, however many words its folders and file hold.
    minedTokens("Prepared \"<PATH> Del Rey/Lana Del Rey - Video Games.mp<NUM>\" (RID <NUM>).", tokens);
    CHECK_EQ(tokens.size(), std::size_t{3});
}

// A parenthesised note that ends a message is one value however many words it holds, masked
// ones too; one followed by more words, one beside a single word and one that is the whole
// message keep their words.
LS_TEST(trailingNotesAreOneToken)
{
    std::vector<std::string_view> tokens;
    minedTokens("exit code for process <NUM> is <NUM> (signal: Terminated)", tokens);
    CHECK_EQ(tokens.size(), std::size_t{8});
    CHECK_EQ(tokens.back(), std::string_view("(signal: Terminated)"));
    minedTokens("test_a SKIPPED (requires a (local) database)", tokens);
    CHECK_EQ(tokens.size(), std::size_t{3});
    minedTokens("topic/# (QoS <NUM>)", tokens);
    CHECK_EQ(tokens.size(), std::size_t{3});
    minedTokens("money change <NUM> (purchase: weapon_ak<NUM>)", tokens);
    CHECK_EQ(tokens.size(), std::size_t{4});
    minedTokens("Intent { cmp=x (has extras) }", tokens);
    CHECK_EQ(tokens.size(), std::size_t{6});
    minedTokens("(no such file)", tokens);
    CHECK_EQ(tokens.size(), std::size_t{3});
    minedTokens("closed (by peer", tokens);
    CHECK_EQ(tokens.size(), std::size_t{3});

    // Notes of one, two and three words after the same event share its template.
    std::string log;
    const char* notes[] = {"(success)", "(signal: Terminated)", "(killed by watchdog)"};
    for (int i = 0; i < 30; ++i)
        log += "2024-01-01 10:00:0" + std::to_string(i % 10) + " INFO Job " + std::to_string(100 + i) +
               " exit code for process " + std::to_string(4000 + i) + " is " + std::to_string(i % 3) + " " +
               notes[i % 3] + "\n";
    const std::set<std::string> jobs = templatesOf(log, "jobs.log");
    CHECK_EQ(jobs.size(), std::size_t{1});
}

// A message that brackets its values (Commvault's "key [value]") writes a value of several words
// the same way: one token, so the event's lines share a template whatever the value. A bracket
// of a label and its number, one that opens the message, and one in a message that brackets
// nothing else keep their words.
LS_TEST(bracketedValuesAreOneToken)
{
    std::vector<std::string_view> tokens;
    minedTokens(
        "Starting backup job [<NUM>] type [Synthetic Full] subclient [default] backupset [defaultBackupSet]",
        tokens);
    CHECK_EQ(tokens.size(), std::size_t{10});
    CHECK_EQ(tokens[5], std::string_view("[Synthetic Full]"));
    minedTokens("Scanning [<PATH>] using [Recursive Scan], changed [<NUM>] files", tokens);
    CHECK_EQ(tokens[3], std::string_view("[Recursive Scan],"));
    minedTokens("T <HEX> P <HEX> [R]: [default] [JOB <NUM>] Flushing memtable", tokens);
    CHECK_EQ(tokens.size(), std::size_t{10});
    minedTokens("[Recursive Scan] started for [<PATH>] and [<NUM>]", tokens);
    CHECK_EQ(tokens.front(), std::string_view("[Recursive"));
    minedTokens("Scan [Recursive Scan] of [<PATH>]", tokens);
    CHECK_EQ(tokens.size(), std::size_t{5});

    std::string log;
    const char* types[] = {"[Incremental]", "[Synthetic Full]", "[Full]", "[Differential Backup]"};
    for (int i = 0; i < 40; ++i)
        log += "12/01 22:00:" + std::to_string(10 + i) +
               " 184525 CVBkpClient::Init() - Starting backup job [" + std::to_string(184525 + i) +
               "] type " + types[i % 4] + " subclient [default] backupset [set" + std::to_string(i % 2) +
               "]\n";
    const std::set<std::string> jobs = templatesOf(log, "clBackup.log");
    CHECK_EQ(jobs.size(), std::size_t{1});

    // A bracket opening the message with a peer's address and its direction is one value
    // (Monero's "[91.126.8.179:18080 INC] Synced …"); further on, or without an address, its words
    // stay words.
    minedTokens("[<IP> INC] Synced <NUM>/<NUM>", tokens);
    CHECK_EQ(tokens.size(), std::size_t{3});
    CHECK_EQ(tokens.front(), std::string_view("[<IP> INC]"));
    minedTokens("Peer [<IP> OUT] synced", tokens);
    CHECK_EQ(tokens.size(), std::size_t{4});
    minedTokens("[client OUT] synced", tokens);
    CHECK_EQ(tokens.size(), std::size_t{3});
    std::string peers;
    for (int i = 0; i < 40; ++i)
        peers += "2026-12-01 10:00:" + std::to_string(10 + i) + " INFO [185.30.219." + std::to_string(i) +
                 ":18080 " + (i % 3 ? "INC" : "OUT") + "] Synced " + std::to_string(3281237 + i) +
                 "/3281300\n";
    CHECK_EQ(templatesOf(peers, "bitmonero.log").size(), std::size_t{1});
}

// A value written as nested parenthesised pairs (an Oracle Net descriptor, an LDAP filter) is
// one token however many blanks its values hold; a note in parentheses keeps its words, and a
// descriptor without blanks was one word already.
LS_TEST(parenthesisedPairsAreOneToken)
{
    std::vector<std::string_view> tokens;
    minedTokens("(CONNECT_DATA=(CID=(PROGRAM=JDBC Thin Client)(USER=app))) * establish * <NUM>", tokens);
    CHECK_EQ(tokens.size(), std::size_t{5});
    CHECK_EQ(tokens.front(), std::string_view("(CONNECT_DATA=(CID=(PROGRAM=JDBC Thin Client)(USER=app)))"));
    minedTokens("search (&(objectClass=person)(cn=Jane Q Doe)) returned <NUM>", tokens);
    CHECK_EQ(tokens.size(), std::size_t{4});
    minedTokens("(ADDRESS=(PROTOCOL=tcp)(PORT=<NUM>)) * ok", tokens);
    CHECK_EQ(tokens.size(), std::size_t{3});
    minedTokens("(note with words) after", tokens);
    CHECK_EQ(tokens.size(), std::size_t{4});
    minedTokens("(CID=(PROGRAM=a b)),next", tokens);
    CHECK_EQ(tokens.size(), std::size_t{2});
    minedTokens("Player (id=<NUM> pos=<<NUM>, <NUM>>)", tokens);
    CHECK_EQ(tokens.size(), std::size_t{4});
    minedTokens("Recorded command information. (Task=VT<NUM>, VpnName=, Command=\"display this, all\", "
                "Reason=The link is down) again",
                tokens);
    CHECK_EQ(tokens.size(), std::size_t{5});
    minedTokens("(CID=(PROGRAM=never closed", tokens);
    CHECK_EQ(tokens.size(), std::size_t{2});

    // Connections from programs whose names hold one, two and three words share one template.
    std::string log;
    const char* programs[] = {"sqlplus", "JDBC Thin Client", "C:\\Program Files\\Crystal Reports\\crw32.exe"};
    for (int i = 0; i < 30; ++i)
        log += "01-DEC-2026 10:00:" + std::to_string(10 + i) +
               " * (CONNECT_DATA=(CID=(PROGRAM=" + programs[i % 3] + ")(HOST=pc" + std::to_string(i) +
               ")(USER=u" + std::to_string(i % 4) + "))) * (ADDRESS=(PROTOCOL=tcp)(HOST=10.0.0." +
               std::to_string(i) + ")(PORT=" + std::to_string(40000 + i) + ")) * establish * ERP * 0\n";
    const std::set<std::string> connects = templatesOf(log, "listener.log");
    CHECK_EQ(connects.size(), std::size_t{1});
}

// A list of like values is one variable whatever its length: "delete blk_1" and "delete blk_1
// blk_2 blk_3" are one event. The literal split still runs on a cluster of such lists.
LS_TEST(listsOfAnyLengthShareATemplate)
{
    std::string text;
    for (int i = 0; i < 40; ++i) {
        text += "2024-01-01 10:00:00 INFO ask 10.0.0." + std::to_string(i % 9 + 1) + " to delete";
        for (int k = 0; k <= i % 5; ++k)
            text += " blk_" + std::to_string(1000 + i * 7 + k);
        text += std::string(" as ") + (i % 3 ? "owner" : "replica") + "\n";
        text += "2024-01-01 10:00:01 INFO sizes " + std::to_string(i) + " " + std::to_string(i * 3) +
                " of pool\n";
    }
    const std::set<std::string> templates = templatesOf(text, "lists.log");
    CHECK_EQ(templates.size(), std::size_t{3});
    CHECK(templates.contains("ask <IP> to delete blk_<NUM> as owner"));
    CHECK(templates.contains("ask <IP> to delete blk_<NUM> as replica"));
    CHECK(templates.contains("sizes <NUM> of pool"));

    // A saved template with adjacent wildcards keeps its token count when it is read back.
    TemplateMiner miner;
    const auto a = miner.add("copy to tape alpha beta now");
    CHECK_EQ(miner.add("copy to tape gamma delta now"), a);
    CHECK_EQ(miner.templateText(a), std::string("copy to tape <*> <*> now"));
    std::stringstream state;
    miner.save(state);
    TemplateMiner loaded = TemplateMiner::load(state);
    CHECK_EQ(loaded.templateText(0), std::string("copy to tape <*> <*> now"));
    CHECK_EQ(loaded.match("copy to tape one two now"), std::optional<std::uint32_t>{0});
}

// A comma-separated list of names, or of one masked shape, is one value whatever its length;
// a parenthesised note before a state word, or a key after a comma, starts no list, so the
// states still split and keys stay words.
LS_TEST(commaListsOfAnyLengthShareATemplate)
{
    static const char* plugins[] = {"auth", "cache", "metrics", "search", "mail", "billing"};
    static const char* states[] = {"LOOKING", "FOLLOWING", "LEADING"};
    std::string text;
    for (int i = 0; i < 60; ++i) {
        const int length = i % 5 + 1;
        text += "2024-01-01 10:00:00 INFO Loaded " + std::to_string(length) + " plugins: ";
        for (int k = 0; k < length; ++k)
            text += std::string(k ? ", " : "") + plugins[(i + k * 7) % 6];
        text += "\n2024-01-01 10:00:01 INFO Evicted keys [";
        for (int k = 0; k <= i % 4; ++k)
            text += std::string(k ? ", " : "") + "user:" + std::to_string(100 + i * 3 + k);
        text += "] from cache\n2024-01-01 10:00:02 INFO Round " + std::to_string(i) + " (n.round), " +
                states[i % 3] + " (n.state)\n";
        text += "2024-01-01 10:00:03 INFO Disk: " + std::to_string(i) + " GB, " +
                (i % 2 ? "used: " : "free: ") + std::to_string(i * 2) + " GB\n";
    }
    const std::set<std::string> templates = templatesOf(text, "comma_lists.log");
    CHECK_EQ(templates.size(), std::size_t{7});
    CHECK(templates.contains("Evicted keys <*> from cache"));
    CHECK(templates.contains("Round <NUM> (n.round), LOOKING (n.state)"));
    CHECK(templates.contains("Round <NUM> (n.round), LEADING (n.state)"));
    CHECK(templates.contains("Disk: <SIZE>, used: <SIZE>"));
    CHECK(templates.contains("Disk: <SIZE>, free: <SIZE>"));
    // Before: one template per list length and per ordering of its first items (34 on a
    // made-up log of this kind).
    CHECK_EQ(std::count_if(templates.begin(), templates.end(),
                           [](const std::string& t) { return t.starts_with("Loaded <NUM> plugins:"); }),
             1);

    // A full stop after the last item ends the sentence, not the list (Guacamole's forwarded
    // addresses, "from 10.0.1.2, 10.0.3.4.").
    std::string forwarded;
    for (int i = 0; i < 60; ++i) {
        forwarded += "2024-01-01 10:00:00 INFO User \"u" + std::to_string(i % 7) +
                     "\" successfully authenticated from ";
        for (int k = 0; k <= i % 3; ++k)
            forwarded += std::string(k ? ", " : "") + "10.0." + std::to_string(k) + "." + std::to_string(i);
        forwarded += ".\n";
    }
    CHECK_EQ(templatesOf(forwarded, "guacamole.log").size(), std::size_t{1});

    // A key an '=' apart from its value ends a list before it (Matomo's "period = day, date =
    // 2026-11-28,"): the values under one key share the template, and the key stays a word.
    std::string archived;
    static const char* periods[] = {"day", "day", "week", "month", "year"};
    for (int i = 0; i < 60; ++i)
        archived += "2024-01-01 10:00:00 INFO Archived website id " + std::to_string(i % 3) +
                    ", period = " + periods[i % 5] + ", date = 2026-11-" + std::to_string(10 + i % 18) +
                    ", " + std::to_string(i * 7) + " visits found\n";
    const std::set<std::string> archives = templatesOf(archived, "matomo.log");
    CHECK_EQ(archives.size(), std::size_t{1});
    CHECK(archives.contains("Archived website id <NUM>, period = <*> date = <TIME>, <NUM> visits found"));
}

// An SQL statement after a key or a label is one value, however its words run (Dolibarr's
// "sql=SELECT …", PostgreSQL's "statement: UPDATE …", "Hibernate: select …"): statements share
// the template; a sentence
// that opens with "Update" or "delete" is no statement.
LS_TEST(statementsAreOneValue)
{
    std::vector<std::string_view> tokens;
    minedTokens("duration: <NUM> ms statement: SELECT id, name FROM users WHERE id = <NUM>", tokens);
    CHECK_EQ(tokens.size(), std::size_t{5});
    CHECK_EQ(tokens.back(), std::string_view("SELECT id, name FROM users WHERE id = <NUM>"));
    minedTokens("sql=update llx_user set datelastlogin = <NUM> where rowid = <NUM>", tokens);
    CHECK_EQ(tokens.size(), std::size_t{1});
    minedTokens("Hibernate: select o.id, o.total from orders o where o.customer_id=?", tokens);
    CHECK_EQ(tokens.size(), std::size_t{2});
    minedTokens("Update available: select the new version from the menu", tokens);
    CHECK_EQ(tokens.size(), std::size_t{9});
    minedTokens("note: delete from cache", tokens); // too short to be a statement
    CHECK_EQ(tokens.size(), std::size_t{4});

    static const char* statements[] = {
        "SELECT param, value FROM llx_user_param WHERE fk_user = 8 AND entity = 1",
        "SELECT t.rowid, t.ref FROM llx_facture as t WHERE t.rowid = 17",
        "UPDATE llx_user SET datelastlogin = '2026-12-01 10:00:00' WHERE rowid = 3",
        "INSERT INTO llx_events (type, label) VALUES ('login', 'ok')"};
    std::string log;
    for (int i = 0; i < 40; ++i) {
        log += "2026-12-01 10:00:" + std::to_string(10 + i) + " DEBUG sql=" + statements[i % 4] + "\n";
        log += "2026-12-01 10:00:" + std::to_string(10 + i) + " LOG duration: " + std::to_string(i) +
               ".5 ms statement: " + statements[(i + 1) % 4] + "\n";
        log +=
            "2026-12-01 10:00:" + std::to_string(10 + i) + " INFO Session " + std::to_string(i) + " opened\n";
    }
    const std::set<std::string> templates = templatesOf(log, "statements.log");
    CHECK_EQ(templates.size(), std::size_t{3});
    CHECK(templates.contains("duration: <DURATION> statement: <*>"));
}

// A dotted path of four names and more with a value in one of them (a pipeline's stage of a
// sample, Cell Ranger's "ID.PBMC_ctrl_1.SC_RNA_COUNTER_CS.SC_MULTI_CORE.DETECT_CHEMISTRY") is a
// value, whatever stages it names.
LS_TEST(dottedPathsWithValuesAreValues)
{
    static const char* stages[] = {"SC_MULTI_CORE._CHEMISTRY_DETECTOR.DETECT_CHEMISTRY",
                                   "SC_MULTI_CORE.MULTI_GEM_WELL_PROCESSOR.MAKE_SHARD.fork0.chnk0.main",
                                   "SC_MULTI_CORE._BASIC_SC_RNA_COUNTER.ALIGN_AND_COUNT",
                                   "SC_MULTI_CORE.WRITE_MATRICES.fork0.join"};
    static const char* samples[] = {"PBMC_ctrl_1", "Tumor_P3", "Organoid_d14"};
    std::string log;
    for (int i = 0; i < 48; ++i) {
        log += "2026-12-01 10:00:" + std::to_string(10 + i) + " [runtime] ID." + samples[i % 3] +
               ".SC_RNA_COUNTER_CS." + stages[i % 4] + "\n";
        log += "2026-12-01 10:00:" + std::to_string(10 + i) + " [runtime] Pipestance " + std::to_string(i) +
               " completed\n";
    }
    const std::set<std::string> templates = templatesOf(log, "cellranger.log");
    CHECK_EQ(templates.size(), std::size_t{2});
}

// A message that is an object alone (Druid's supervisor report, "{id='clickstream', …,
// state=RUNNING}") is a value of one shape with any other object; a record of its own, its
// message under a key (etcd's JSON inside a journal line), keeps its event apart.
LS_TEST(objectsAloneShareATemplate)
{
    static const char* sources[] = {"clickstream", "ad_impressions", "playback_events"};
    static const char* states[] = {"RUNNING", "PENDING"};
    static const char* messages[] = {"compact tree index", "storing new hash"};
    std::string log;
    for (int i = 0; i < 48; ++i) {
        log += "2026-12-01 10:00:" + std::to_string(10 + i) + " INFO Supervisor - {id='" + sources[i % 3] +
               "', partitions=" + std::to_string(i % 6) + ", healthy=true, state=" + states[i % 2] + "}\n";
        log += "2026-12-01 10:00:" + std::to_string(10 + i) + " INFO etcd - {\"level\":\"info\",\"msg\":\"" +
               messages[i % 2] + "\",\"revision\":" + std::to_string(8709274 + i) + "}\n";
    }
    const std::set<std::string> templates = templatesOf(log, "druid.log");
    CHECK_EQ(templates.size(), std::size_t{3});
}

// ... but an event's name beside its object says which event it is: Neovim's LSP log writes
// '"rpc.send"' or '"rpc.receive"', then the message's table; the tables alike make no two
// names one template.
LS_TEST(namesBesideObjectsStayApart)
{
    static const char* methods[] = {"initialize", "textDocument/hover", "textDocument/didOpen"};
    std::string log;
    for (int i = 0; i < 60; ++i)
        log += "[DEBUG][2026-12-01 11:45:" + std::to_string(10 + i % 50) +
               "] .../vim/lsp/rpc.lua:" + (i % 2 ? "408" : "286") + "\t" +
               (i % 2 ? "\"rpc.receive\"" : "\"rpc.send\"") + "\t{ id = " + std::to_string(i) +
               ", jsonrpc = \"2.0\", method = \"" + methods[i % 3] + "\" }\n";
    const std::set<std::string> templates = templatesOf(log, "lsp.log");
    CHECK_EQ(templates.size(), std::size_t{2});
}

// An object written into a message (JSON, a Python dict) is one value whatever fields it holds;
// a description in braces whose words are not key-value pairs keeps its words.
LS_TEST(objectsInMessagesAreOneToken)
{
    static const char* keys[] = {"\"id\"", "\"qty\"", "\"price\"", "\"user\""};
    static const char* actions[] = {"MAIN", "VIEW"};
    std::string text;
    for (int i = 0; i < 60; ++i) {
        text += "2024-01-01 10:00:00 INFO Received payload {";
        for (int k = 0; k <= i % 4; ++k)
            text += std::string(k ? ", " : "") + keys[k] + ": " + std::to_string(i * 7 + k);
        text += "} from 10.0.0." + std::to_string(i % 9 + 1) + "\n";
        text += "2024-01-01 10:00:01 INFO Applying {'mode': 'a'" + std::string(i % 2 ? ", 'tier': 'b'" : "") +
                "} to worker " + std::to_string(i % 5) + "\n";
        text += "2024-01-01 10:00:02 INFO Starting Intent { act=" + std::string(actions[i % 2]) +
                " flg=0x10 } for user " + std::to_string(i % 3) + "\n";
        // Strings in an object hold what they like: commas, braces, blanks.
        text += "2024-01-01 10:00:03 WARN Slow query {\"sql\":\"select a, b from " +
                std::string(i % 2 ? "t where x in (?, ?)" : "u {weird}") +
                "\",\"ms\":" + std::to_string(i * 3) + "} logged\n";
    }
    const std::set<std::string> templates = templatesOf(text, "objects.log");
    CHECK(templates.contains("Received payload <*> from <IP>"));
    // (An object without blanks reads the same on every line once its values are values,
    // quoted_pairs.h: its keys stay in the template.)
    CHECK(templates.contains("Slow query {\"sql\":\"<*>\",\"ms\":<NUM>} logged"));
    CHECK(templates.contains("Applying <*> to worker <NUM>"));
    // (Its action is a value after its key, as the log writes it: one template for both, the key
    // kept.)
    CHECK(templates.contains("Starting Intent { act=<*> flg=<HEX> } for user <NUM>"));
    CHECK_EQ(templates.size(), std::size_t{4});
}

// A table's rows between bars share their format string: the first cell names the row, a value
// as its numbers are (a static site builder's statistics, git's diffstat). Rows whose other cells
// hold words, and a sentence with a bar, keep their words.
LS_TEST(tableRowNamesAreValues)
{
    const char* names[] = {"Pages",        "Paginator pages", "Non-page files",
                           "Static files", "Aliases",         "Cleaned"};
    const char* files[] = {"hugo.toml", "README", "content/en/faq.md", "layouts/index.html"};
    std::string text;
    for (int i = 0; i < 120; ++i) {
        text += "Start building sites for build " + std::to_string(i) + " of the docs\n";
        text += std::string("  ") + names[i % 6] + "            | " + std::to_string(i * 7 % 400) + " | " +
                std::to_string(i * 3 % 90) + "  \n";
        text += std::string(" ") + files[i % 4] + "   |  " + std::to_string(i % 20 + 1) + " ++++---\n";
        if (i % 4 == 0)
            text += std::string("| Versioned | ") + std::to_string(i) + " | " +
                    (i % 8 ? "init" : "add index") + " | Success |\n";
        if (i % 4 == 1) text += std::string("cat access.log | grep ") + (i % 8 == 1 ? "GET" : "POST") + "\n";
        text += "Total in " + std::to_string(i * 13 % 900 + 10) + " ms\n";
    }
    const std::set<std::string> templates = templatesOf(text, "table.log");
    CHECK(templates.contains("<*> | <NUM> | <NUM>"));
    CHECK(templates.contains("<*> | <NUM> ++++---"));
    CHECK(templates.contains("| Versioned | <NUM> | init | Success |"));
    CHECK(templates.contains("| Versioned | <NUM> | add index | Success |"));
    CHECK(templates.contains("cat access.log | grep GET"));
}

LS_TEST_MAIN()
