// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Names in a message's leading words (path_merge.h): the miner branches on those words, so a
// name there started a template per name. Which alternatives are names (many words, identifiers,
// class names, words written as values elsewhere, a word after "user", wrapped words) and which
// stay events (a few plain words, outcomes), and names the literal split brings out.
#include "check.h"
#include "made_up_lines.h"
#include "mined_templates.h"

#include "logsleuth/text/corpus.h"
#include "logsleuth/text/miner.h"

#include <algorithm>
#include <set>
#include <sstream>
#include <string>

using namespace logsleuth::text;

// The miner branches on a message's leading words, so a name there ("User alice logged in")
// started a template per name. Many names in a leading slot are one variable; a few words there
// (three daemons) stay three events. A new name later joins the merged template, in the same
// corpus's miner and in one read back from its saved state.
LS_TEST(namesInLeadingWordsMerge)
{
    const char* names[] = {"alice",  "bob",   "carol", "dave",    "erin",   "frank",   "grace",
                           "heidi",  "ivan",  "judy",  "mallory", "niaj",   "olivia",  "peggy",
                           "rupert", "sybil", "trent", "victor",  "walter", "yolanda", "zoe"};
    const char* daemons[] = {"nginx", "sshd", "cron"};
    std::string text;
    for (int i = 0; i < 84; ++i) {
        const std::string name = names[i % 21];
        text += "2024-01-01 10:00:00 INFO User " + name + " logged in\n";
        text += "2024-01-01 10:00:01 INFO " + name + " opened the billing page\n";
        text += std::string("2024-01-01 10:00:02 INFO ") + daemons[i % 3] + " started\n";
    }
    Corpus corpus;
    corpus.addSource(LogText::fromBytes(text, "names.log"));
    CHECK(corpus.mine());
    const std::set<std::string> templates = templatesOf(corpus);
    CHECK_EQ(templates.size(), std::size_t{5});
    CHECK(templates.contains("User <*> logged in"));
    CHECK(templates.contains("<*> opened the billing page"));
    CHECK(templates.contains("sshd started"));
    CHECK_EQ(corpus.miner().clusterCount(), std::size_t{5}); // the merged ones are gone

    TemplateMiner later = corpus.miner();
    const std::uint32_t user = corpus.clusterOfMessage(corpus.messageKeys()[0]);
    CHECK_EQ(later.add("User quentin logged in"), user);
    CHECK_EQ(later.add("xavier opened the billing page"), corpus.clusterOfMessage(corpus.messageKeys()[1]));
    CHECK_EQ(later.clusterCount(), std::size_t{5});
    std::stringstream state;
    corpus.miner().save(state);
    TemplateMiner loaded = TemplateMiner::load(state);
    const std::uint32_t again = loaded.add("User uma logged in");
    CHECK_EQ(loaded.id(again), corpus.miner().id(user));
    CHECK_EQ(loaded.templateText(again), std::string("User <*> logged in"));
}

// Names spelt as identifiers (fe_pg, be_shop: a proxy's, a table's, a queue's) are names even when
// few, two included: "Proxy fe_pg started." and "Proxy be_shop started." are one event, while
// three daemons' plain names (namesInLeadingWordsMerge) stay three.
LS_TEST(identifierNamesInLeadingWordsMerge)
{
    const char* proxies[] = {"fe_pg", "be_shop", "stats"};
    std::string text;
    for (int i = 0; i < 30; ++i) {
        text += std::string("Dec  1 10:00:00 lb-01 haproxy[2817]: Proxy ") + proxies[i % 3] + " started.\n";
        text += "Dec  1 10:00:01 lb-01 haproxy[2817]: Server be_pg/pg" + std::to_string(i % 4) + " is UP\n";
        // Two alternatives only, which two plain words would be (literalAlternativesSplit).
        text += std::string("Dec  1 10:00:02 lb-01 haproxy[2817]: backend ") +
                (i % 2 ? "be_static" : "be_auth") + " has no server available!\n";
    }
    Corpus corpus;
    corpus.addSource(LogText::fromBytes(text, "haproxy.log"));
    CHECK(corpus.mine());
    const std::set<std::string> templates = templatesOf(corpus);
    CHECK(templates.contains("Proxy <*> started."));
    CHECK(templates.contains("backend <*> has no server available!"));
    CHECK_EQ(templates.size(), std::size_t{3});
}

// Names spelt as configurations spell keys (npm-remote, maven-central-remote: words of three
// letters and more joined by '-') are names even when few; words that prose joins ("re-enabled",
// "built-in") stay words of the event.
LS_TEST(kebabNamesInLeadingWordsMerge)
{
    const char* repositories[] = {"npm-remote", "pypi-remote", "maven-central-remote", "docker-remote"};
    const char* changes[] = {"re-enabled", "disabled"};
    std::string text;
    for (int i = 0; i < 40; ++i) {
        text += std::string("2026-12-01T10:00:00.634Z [INFO ] - ") + repositories[i % 4] +
                " downloading https://registry.example/pkg-" + std::to_string(i) + ".tgz " +
                std::to_string(1 + i % 7) + ".03 MB\n";
        text += std::string("2026-12-01T10:00:01.634Z [INFO ] - ") + changes[i % 2] + " cache for pkg-" +
                std::to_string(i) + "\n";
    }
    Corpus corpus;
    corpus.addSource(LogText::fromBytes(text, "artifactory.log"));
    CHECK(corpus.mine());
    const std::set<std::string> templates = templatesOf(corpus);
    CHECK(templates.contains("<*> downloading <URL> <SIZE>"));
    CHECK(templates.contains("re-enabled cache for pkg-<NUM>"));
    CHECK_EQ(templates.size(), std::size_t{3});
}

// Class names (capitalised words run together) in a leading slot are names even when few, where
// the rest says what happened in a word of its own: "Processed OrderShipped event for order 1"
// and "Processed OrderCancelled event …" are one event. Where the rest is values only, the class
// name is the record's type (varnishlog's "- ReqProtocol HTTP/1.1", "- RespProtocol HTTP/1.1").
LS_TEST(classNamesInLeadingWordsMerge)
{
    const char* events[] = {"OrderShipped", "OrderCancelled", "ReturnRequested"};
    std::string text, records;
    for (int i = 0; i < 30; ++i) {
        text += std::string("2026-12-01T10:00:00Z INFO Processed ") + events[i % 3] + " event for order " +
                std::to_string(5000 + i) + " (offset " + std::to_string(100 * i) + ")\n";
        records += std::string("-   ") + (i % 2 ? "ReqProtocol" : "RespProtocol") + "    HTTP/1.1\n";
    }
    const std::set<std::string> templates = templatesOf(text, "orders.log");
    CHECK(templates.contains("Processed <*> event for order <NUM> (offset <NUM>)"));
    CHECK_EQ(templates.size(), std::size_t{1});
    CHECK_EQ(templatesOf(records, "varnish.log").size(), std::size_t{2});
}

// Where the rest is values only, names of one family are values still: a prefix and a dash
// before words of their own (a genome annotator's table of tRNAs: "3 tRNA-Ala [1,76] 37 (gcc)"),
// or one key's values ("check:disk | Running check..."). Members of a namespace
// ("Options.max_open_files:") stay record types. The first row of each tRNA joins the rest once
// the codon in parentheses reads as a value.
LS_TEST(namesOfOneFamilyMerge)
{
    const char* acids[] = {"Ala", "Arg", "Asn",  "Asp", "Cys", "Gln", "Glu", "Gly", "His", "Ile",
                           "Leu", "Lys", "fMet", "Phe", "Pro", "Ser", "Thr", "Trp", "Tyr", "Val"};
    const char* codons[] = {"(gcc)", "(acg)", "(gtt)", "(tgc)"};
    const char* checks[] = {"cpu", "disk", "memory", "network", "redisdb"};
    std::string trna, agent, options;
    for (int i = 0; i < 200; ++i) {
        trna += "[10:00:02] " + std::to_string(1 + i) + " tRNA-" + acids[i % 20] + " " +
                (i % 3 ? "c[" : "[") + std::to_string(5000 + 97 * i) + "," + std::to_string(5076 + 97 * i) +
                "] " + std::to_string(33 + i % 5) + " " + codons[i / 20 % 4] + "\n";
        const std::string stamp = "2026-12-01 10:00:" + made_up::two(i % 60) + " UTC | CORE | INFO | ";
        agent += i % 2
                     ? stamp + "(pkg/collector/worker/check_logger.go:40 in CheckStarted) | check:" +
                           checks[i % 5] + " | Running check...\n"
                     : stamp + "(pkg/forwarder/transaction/transaction.go:" + std::to_string(300 + i % 3) +
                           " in Process) | Successfully posted payload to \"https://app.example.eu/api/v1/" +
                           "check_run\" (" + std::to_string(1200 + i) + " bytes)\n";
        options += "2026/12/01-10:00:00.123456 7f3a Options." +
                   std::string(made_up::pick(i, {"max_open_files:", "max_file_opening_threads:",
                                                 "statistics_interval:", "paranoid_checks:"})) +
                   " " + std::to_string(i % 3) + "\n";
    }
    CHECK_EQ(templatesOf(trna, "prokka.log").size(), std::size_t{1});
    CHECK(templatesOf(agent, "agent.log").contains("<*> | Running check..."));
    CHECK_EQ(templatesOf(agent, "agent.log").size(), std::size_t{2});
    CHECK_EQ(templatesOf(options, "LOG").size(), std::size_t{4});
}

// The words that split a template may bring out names the tree had hidden: a template per worker
// class, each holding "done:" and "fail:", is split by those words, and then the classes are
// names before one event each. Names the split itself set apart stay apart ("Starting
// TrustedInstaller initialization." beside "Starting TiWorker initialization.").
LS_TEST(namesBroughtOutBySplittingMerge)
{
    const char* workers[] = {"PostReceive",         "Ci::ArchiveTraceWorker",
                             "WebHookWorker",       "Ci::BuildFinishedWorker",
                             "ProcessCommitWorker", "ExpireArtifactsWorker"};
    std::string text;
    for (int i = 0; i < 120; ++i) {
        const std::string worker = workers[i % 6];
        text += "2026-12-01 10:00:00 INFO " + worker + " JID-" + std::to_string(1000 + i) +
                "ab: " + (i % 10 == 3 ? "fail: " : "done: ") + std::to_string(i % 7) + ".5 sec\n";
        text += std::string("2026-12-01 10:00:01 INFO Starting ") +
                (i % 2 ? "TrustedInstaller" : "TiWorker") + " initialization.\n";
    }
    const std::set<std::string> templates = templatesOf(text, "workers.log");
    CHECK(templates.contains("<*> JID-<NUM>ab: done: <DURATION>"));
    CHECK(templates.contains("<*> JID-<NUM>ab: fail: <DURATION>"));
    CHECK(templates.contains("Starting TrustedInstaller initialization."));
    CHECK(templates.contains("Starting TiWorker initialization."));
    CHECK_EQ(templates.size(), std::size_t{4});
}

// A leading word that the log writes as a value elsewhere names something: "Building web" and
// "Building api" are one event where "compiled module web" and "compiled module api" hold them
// among other modules' names, while the outcome words of "Failed password"/"Accepted password",
// never written as values, stay two events.
LS_TEST(namesWrittenAsValuesElsewhereMerge)
{
    const char* modules[] = {"web", "api", "core", "billing", "search", "mailer", "auth"};
    std::string text;
    for (int i = 0; i < 42; ++i) {
        const std::string module = modules[i % 7];
        if (i % 7 < 3) text += "[INFO] Building " + module + " 1.0-SNAPSHOT\n";
        text += "[INFO] compiled module " + module + " in " + std::to_string(100 + i) + " ms\n";
        text += std::string("[INFO] ") + (i % 2 ? "Failed" : "Accepted") + " password for root\n";
    }
    const std::set<std::string> templates = templatesOf(text, "build.log");
    CHECK(templates.contains("Building <*> <NUM>")); // a version is one value
    CHECK(templates.contains("Failed password for root"));
    CHECK(templates.contains("Accepted password for root"));
    CHECK_EQ(templates.size(), std::size_t{4});

    // A log may write its event words as values too (dpkg's "startup packages configure"); where
    // nothing but values and a bracketed word follow them, they stay the events.
    const char* actions[] = {"configure", "remove", "purge"};
    std::string dpkg;
    for (int i = 0; i < 30; ++i) {
        const std::string action = actions[i % 3];
        dpkg += "2026-12-01 10:00:" + std::to_string(10 + i) + " startup packages " + action + "\n";
        dpkg += "2026-12-01 10:00:" + std::to_string(10 + i) + " " + action + " lib" + modules[i % 7] +
                ":amd64 1." + std::to_string(i) + " <none>\n";
    }
    const std::set<std::string> steps = templatesOf(dpkg, "dpkg.log");
    CHECK(steps.contains("configure <*> <NUM> <none>"));
    CHECK(steps.contains("purge <*> <NUM> <none>"));
}

// Names spelt with an inner dot (units, files, classes, namespaces) and values after their key
// are names even when two, as identifiers
// are; words the log wraps in brackets or quotes are values even when two, where two plain words
// would be two events (literalAlternativesSplit).
LS_TEST(dottedNamesAndWrappedWordsAreValues)
{
    std::string text;
    for (int i = 0; i < 30; ++i) {
        const std::string unit = i % 2 ? "certbot-renew.service" : "nightly-backup.service";
        text += "Dec  1 10:00:0" + std::to_string(i % 10) + " host systemd[1]: " + unit +
                ": Failed with result 'exit-code'.\n";
        text += "Dec  1 10:00:0" + std::to_string(i % 10) + " host es[7]: moving index idx-" +
                std::to_string(i) + " in policy " + (i % 3 ? "[logs]" : "[metrics]") + "\n";
        // A namespace's separators join names as dots do (PHP's backslashes, C++'s "::").
        text += "Dec  1 10:00:0" + std::to_string(i % 10) +
                " host php[9]: " + (i % 2 ? "App\\Jobs\\SyncInventory" : "App\\Jobs\\SendReceipt") +
                " dispatched to " + (i % 3 ? "net::Pool" : "net::Queue") + "\n";
    }
    const std::set<std::string> templates = templatesOf(text, "units.log");
    CHECK(templates.contains("<*> Failed with result 'exit-code'."));
    CHECK(templates.contains("moving index idx-<NUM> in policy <*>"));
    CHECK(templates.contains("<*> dispatched to <*>"));
    CHECK_EQ(templates.size(), std::size_t{3});

    // A value after its key is a value, the log says so, even when two: "op=LOAD", "op=UNLOAD".
    std::string keyed;
    for (int i = 0; i < 30; ++i)
        keyed += "Dec  1 10:00:0" + std::to_string(i % 10) +
                 " host audit[1]: bpf program prog-id=" + std::to_string(i) +
                 (i % 2 ? " op=LOAD" : " op=UNLOAD") + " by systemd pid=" + std::to_string(100 + i) + "\n";
    const std::set<std::string> ops = templatesOf(keyed, "bpf.log");
    CHECK_EQ(ops.size(), std::size_t{1});
}

// The word "user" says that the word after it is a name: two users are one event however few
// users a log shows, where two plain words elsewhere stay two events (literalAlternativesSplit).
LS_TEST(aWordAfterUserIsAName)
{
    std::string text;
    for (int i = 0; i < 30; ++i) {
        text += "Dec  1 10:00:0" + std::to_string(i % 10) + " srv01 CRON[" + std::to_string(1000 + i) +
                "]: pam_unix(cron:session): session closed for user " + (i % 2 ? "root" : "www-data") + "\n";
        text += "Dec  1 10:00:0" + std::to_string(i % 10) + " srv01 CRON[" + std::to_string(2000 + i) +
                "]: job finished " + (i % 2 ? "cleanly" : "badly") + " after a while\n";
    }
    const std::set<std::string> templates = templatesOf(text, "cron.log");
    CHECK(templates.contains("pam_unix(cron:session): session closed for user <*>"));
    CHECK(templates.contains("job finished cleanly after a while"));
    CHECK(templates.contains("job finished badly after a while"));
    CHECK_EQ(templates.size(), std::size_t{3});
}

// A word the log wraps in parentheses or brackets where a message opens (Keepalived's VRRP
// instance, "(VI_API) Entering MASTER STATE", its checker's pool "[pool-a]") is a value, as
// quoted ones are: the log marks it as one, two of them as well.
LS_TEST(wrappedNamesInLeadingWordsMerge)
{
    const char* instances[] = {"(VI_API)", "(VI_WEB)", "(VI_DB)"};
    const char* pools[] = {"[pool-a]", "[pool-b]"};
    std::string text;
    for (int i = 0; i < 30; ++i) {
        const std::string stamp = "Dec  1 10:00:0" + std::to_string(i % 10) + " lb1 Keepalived_vrrp[812]: ";
        text += stamp + instances[i % 3] + " Entering MASTER STATE\n";
        text += stamp + pools[i % 2] + " checker started\n";
    }
    const std::set<std::string> templates = templatesOf(text, "keepalived.log");
    CHECK(templates.contains("<*> Entering MASTER STATE"));
    CHECK(templates.contains("<*> checker started"));
    CHECK_EQ(templates.size(), std::size_t{2});
}

// Capitals alone in brackets where a message opens ("[ENTER]", "[LEAVE]", Etherpad's access log)
// are the log's event types, not values it wraps: each stays an event of its own, its values
// after it.
LS_TEST(statesInBracketsStayEvents)
{
    std::string text;
    for (int i = 0; i < 60; ++i)
        text += "[2026-12-01T10:00:" + made_up::two(i) + ".352] [INFO] access - " +
                (i % 3 == 0 ? "[LEAVE] " : "[ENTER] ") +
                "pad:lesekreis socket:" + std::to_string(7000 + i * 13) + "Qx IP:ANONYMOUS\n";
    const std::set<std::string> templates = templatesOf(text, "etherpad.log");
    CHECK_EQ(templates.size(), std::size_t{2});
    CHECK(std::any_of(templates.begin(), templates.end(),
                      [](const std::string& t) { return t.starts_with("[ENTER] "); }));
    CHECK(std::any_of(templates.begin(), templates.end(),
                      [](const std::string& t) { return t.starts_with("[LEAVE] "); }));
}

// Keys that open a line an '=' apart from their values (a request dumped field by field,
// GeoServer's "    Filter = null") are fields, each its own event, however alike their values.
LS_TEST(keysOpeningTheLineStayApart)
{
    const char* keys[] = {"CQLFilter",      "FeatureId",     "Filter",     "MaxFeatures",
                          "Palette",        "RemoteOwsType", "StartIndex", "TimeZone",
                          "Interpolations", "SortBy",        "ViewParams", "Validate"};
    std::string text;
    for (int i = 0; i < 60; ++i) {
        text += "01 Dec 10:00:" + made_up::two(i) + " INFO [geoserver.wms] - Request: getMap\n";
        for (const char* key : keys)
            text += std::string("    ") + key + " = null\n";
    }
    const std::set<std::string> templates = templatesOf(text, "geoserver.log");
    CHECK(templates.contains("Filter = null"));
    CHECK(templates.contains("Palette = null"));
    CHECK(!templates.contains("<*> = null"));
}

// A name with its number ("Holzfäller7", "truck-12") reads as one word once its number is masked,
// however many such names there are: it joins the template that reads <*> where the other names
// stand.
LS_TEST(numberedNamesJoinTheirTemplate)
{
    const char* names[] = {"frostbeule", "derKarl", "lena", "Grubenarbeiter", "JonasK", "mira",  "olaf",
                           "pia",        "quint",   "rolf", "sanne",          "tilo",   "uwe",   "vera",
                           "wanda",      "xaver",   "yara", "zeno",           "anke",   "bernd", "carla"};
    std::string text;
    for (int i = 0; i < 84; ++i) {
        const std::string name =
            i % 4 == 0 ? "Holzf\xc3\xa4ller" + std::to_string(i) : std::string(names[i % 21]);
        text += "28.11.2026 16:04:" + std::to_string(10 + i % 50) + " [Event] " + name + " left.\n";
    }
    const std::set<std::string> templates = templatesOf(text, "server-main.txt");
    CHECK(templates.contains("<*> left."));
    CHECK_EQ(templates.size(), std::size_t{1});
}

// A name the line writes twice ("ci-bot … Ssh session for ci-bot closed", a Domino database
// pulled from its replica of the same name) is a value, however few such names: events do not
// echo their words. A capitalised word that prose repeats ("Civil twilight start: … Civil twilight
// end: …") stays the event's, and a line that echoes a name by chance ("Jonas_B issued command:
// /msg Jonas_B hi") joins the others.
LS_TEST(namesWrittenTwiceMerge)
{
    const char* users[] = {"ci-bot", "m.schmidt", "renovate"};
    const char* files[] = {"names.nsf", "log.nsf"};
    const char* twilights[] = {"Civil", "Nautical", "Astronomical"};
    const char* players[] = {"Jonas_B", "sophie_plays", "KaiCraft", "emmaaa", "LenaBuilds", "Finn_007"};
    std::string text;
    for (int i = 0; i < 60; ++i) {
        const std::string stamp = "2026-12-01 10:00:" + std::to_string(10 + i % 50) + ",580 INFO  ";
        const std::string user = users[i % 3];
        text += stamp + user + " 10.0.21." + std::to_string(i) + " SSH - git-upload-pack Ssh session for " +
                user + " closed after " + std::to_string(i % 9 + 1) + "s\n";
        text += stamp + "Pulling " + files[i % 2] + " from HUB01/ACME " + files[i % 2] + "\n";
        text += stamp + "Status: " + twilights[i % 3] + " twilight start: 07:42:00 " + twilights[i % 3] +
                " twilight end: 17:07:00\n";
        text += stamp + players[i % 6] + " issued command: /msg Jonas_B hi\n";
    }
    const std::set<std::string> templates = templatesOf(text, "echo.log");
    CHECK(templates.contains("<*> <IP> SSH - git-upload-pack Ssh session for <*> closed after <DURATION>"));
    CHECK(templates.contains("Pulling <*> from HUB<NUM>/ACME <*>"));
    CHECK(templates.contains(
        "Status: Civil twilight start: <NUM>:<NUM>:<NUM> Civil twilight end: <NUM>:<NUM>:<NUM>"));
    CHECK(templates.contains("<*> issued command: /msg Jonas_B hi"));
    CHECK_EQ(templates.size(), std::size_t{6});
}

LS_TEST_MAIN()
