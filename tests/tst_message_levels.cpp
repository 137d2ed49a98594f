// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Severities: how level words, letters, numbers and phrases map to TRACE…FATAL, and what opens a
// message where the header names no level or component (a marker such as "ERROR:" or "##[error]",
// a session before it, a module path, a process after a slash). Split from tst_records.
#include "check.h"

#include "logsleuth/text/corpus.h"
#include "made_up_lines.h"

#include <string>
#include <vector>

using namespace logsleuth::text;

using namespace made_up;

LS_TEST(severities)
{
    struct Row {
        const char* word;
        Severity severity;
    };
    for (const Row& row : std::vector<Row>{
             {"W", Severity::Warning},      {"warning", Severity::Warning}, {"[error]", Severity::Error},
             {"FATAL", Severity::Fatal},    {"Info", Severity::Info},       {"emerg", Severity::Fatal},
             {"dbg", Severity::Debug},      {"WRN]", Severity::Warning},    {"fail", Severity::Error},
             {"Note", Severity::Notice},    {"503", Severity::Error},       {"404", Severity::Warning},
             {"200", Severity::Info},       {"999", Severity::Unknown},     {"dbx", Severity::Unknown},
             {"E!", Severity::Error},                                     // Telegraf's
             {"W>", Severity::Warning},                                   // Tarantool's
             {"MAJOR", Severity::Error},    {"Minor", Severity::Warning}, // X.733 alarms
             {"ERRO", Severity::Error},     {"DEBU", Severity::Debug},    // logrus' four letters
             {"FATA", Severity::Fatal},     {"DEBUG3", Severity::Debug},  // PostgreSQL's degrees
             {"VERBOSE1", Severity::Trace}, {"ERR2", Severity::Unknown},  // too short to take apart
             {"WARNI", Severity::Warning},  {"SEVER", Severity::Error},   // java.util.logging's, cut to five
             {"", Severity::Unknown}}) {
        LS_ROW(row.word);
        CHECK(severityOf(row.word) == row.severity);
    }
    // Redis's symbols are levels only in a column already taken as the level.
    for (const Row& row : std::vector<Row>{{"#", Severity::Warning},
                                           {"*", Severity::Notice},
                                           {"-", Severity::Info},
                                           {".", Severity::Debug},
                                           {"WARN", Severity::Warning},
                                           {"6", Severity::Info}, // journald's PRIORITY, syslog's numbers
                                           {"3", Severity::Error},
                                           {"0", Severity::Fatal},
                                           {"8", Severity::Unknown},
                                           {"30", Severity::Info}, // pino's and bunyan's tens
                                           {"50", Severity::Error},
                                           {"60", Severity::Fatal},
                                           {"70", Severity::Unknown},
                                           {"Fatal error", Severity::Fatal}, // PHP's levels in words
                                           {"Parse error", Severity::Error},
                                           {"Deprecated", Severity::Warning},
                                           {"!", Severity::Unknown}}) {
        LS_ROW(row.word);
        CHECK(severityOfLevel(row.word) == row.severity);
        CHECK(row.word[1] != '\0' || std::string_view("#*-.").find(row.word[0]) == std::string_view::npos ||
              severityOf(row.word) == Severity::Unknown);
    }
    const Corpus redis = mined(lines(300, [](int i) {
        return std::to_string(700 + i % 5) + ":M 01 Apr 2023 12:00:" + two(i) + ".125 " +
               pick(i, {"*", "*", "#", "."}) + " " + message(i);
    }));
    int warnings = 0;
    for (std::uint64_t line = 0; line < 300; ++line) {
        const std::string_view level = redis.records().level(line);
        LS_ROW(std::to_string(line) + " " + std::string(level));
        CHECK(level.size() == 1);
        const Severity expected = level == "#"   ? Severity::Warning
                                  : level == "*" ? Severity::Notice
                                                 : Severity::Debug;
        CHECK(redis.records().severity(line) == expected);
        warnings += expected == Severity::Warning;
    }
    CHECK(warnings > 0);
    CHECK_EQ(toString(Severity::Critical), std::string_view("CRITICAL"));
    for (std::string_view word : {"INFO", "info", "Warning", "ERR", "E", "W", "FATAL", "trace", "Note",
                                  "Information", "information"}) {
        LS_ROW(std::string(word));
        CHECK(isLevelWord(word));
    }
    for (std::string_view word : {"", "X", "e", "informational", "block"}) {
        LS_ROW(std::string(word));
        CHECK(!isLevelWord(word));
    }
}

// A header that names no level: a marker opening the message gives the line its level (a build
// log's "##[error]", a script's "ERROR:" or "Warning:", "[WARN]", a column after a tab "info\t",
// makepkg's "==> WARNING:" after its arrow);
// a lesser level counts only in capitals or before a tab, and words that are levels only in a
// column do not ("Config:", "Note:", "info:", "note\t" is no level word).
LS_TEST(levelMarkersOpenMessages)
{
    const char* openings[] = {"##[error]",
                              "ERROR: ",
                              "Warning: ",
                              "[WARN] ",
                              "INFO: ",
                              "Config: ",
                              "Note: ",
                              "info: ",
                              "",
                              "##[group]",
                              "info\t",
                              "warning\tads\t",
                              "notes\t",
                              "(EE) ",
                              "(II) ",
                              "(**) ",
                              "[1][info][main] ",
                              "[7][warning][upstream] ",
                              "[info] ",
                              "[1][main] ",
                              "==> WARNING: ",
                              "==> Starting "};
    constexpr int kOpenings = 22;
    const std::string text = lines(300, [&](int i) {
        return "2023-04-01T12:00:" + two(i % 60) + ".1234567Z " + openings[i % kOpenings] + message(i);
    });
    Corpus corpus = mined(text);
    CHECK_EQ(corpus.layout(0).format, std::string("<Time> <Content>"));
    // Glued groups are a header (Envoy's "[1][info][main]"), however the level is spelt; a
    // lower-case level alone in its bracket opens a message as often as not.
    const Severity expected[] = {Severity::Error,   Severity::Error,   Severity::Warning, Severity::Warning,
                                 Severity::Info,    Severity::Unknown, Severity::Unknown, Severity::Unknown,
                                 Severity::Unknown, Severity::Unknown, Severity::Info,    Severity::Warning,
                                 Severity::Unknown, Severity::Error,   Severity::Info,    Severity::Unknown,
                                 Severity::Info,    Severity::Warning, Severity::Unknown, Severity::Unknown,
                                 Severity::Warning, Severity::Unknown};
    for (int i = 0; i < kOpenings; ++i) {
        LS_ROW(openings[i]);
        CHECK(corpus.records().severity(static_cast<std::uint64_t>(i)) == expected[i]);
    }
    CHECK_EQ(std::string(corpus.records().level(0)), std::string("error"));
    // After a level column, the column that a tab closes too is the scope that wrote the line.
    CHECK_EQ(std::string(corpus.records().component(11)), std::string("ads"));
    CHECK_EQ(std::string(corpus.records().component(10)), std::string()); // "info\t" and the message
    // The group glued after a glued level is the component ("[1][info][main]").
    CHECK_EQ(std::string(corpus.records().component(16)), std::string("main"));
    CHECK_EQ(std::string(corpus.records().component(17)), std::string("upstream"));
    CHECK_EQ(std::string(corpus.records().component(19)), std::string());
    // The marker stays in the message: the text is as written.
    CHECK_EQ(std::string(corpus.message(0)).substr(0, 9), std::string("##[error]"));
    // A header's own level is never overruled by the message.
    Corpus leveled = mined(lines(100, [](int i) {
        return "2023-04-01 12:00:" + two(i % 60) + " INFO app: " + std::string(i % 2 ? "ERROR: " : "") +
               message(i);
    }));
    CHECK(leveled.records().severity(1) == Severity::Info);
}

// What opens a message may name what the header does not: a level after a session's
// user@database (PostgreSQL's "%u@%d "), a module path after a level and any spans (Rust's
// tracing), a process a slash joins to the level (Celery). Words that only look alike name
// nothing.
LS_TEST(messageOpeningsNameLevelAndComponent)
{
    const char* sessions[] = {
        "app@orders ERROR:  ", "[unknown]@[unknown] LOG:  ", "a@b: ERROR: ", "app@orders "};
    Corpus postgres = mined(lines(80, [&](int i) {
        return "2023-04-01 12:00:" + two(i % 60) + ".123 UTC [" + std::to_string(300 + i) + "] " +
               sessions[i % 4] + message(i);
    }));
    const char* levels[] = {"ERROR", "LOG", "", ""};
    const char* entities[] = {"app@orders", "[unknown]@[unknown]", "", ""};
    for (int i = 0; i < 4; ++i) {
        LS_ROW(sessions[i]);
        CHECK_EQ(std::string(postgres.records().level(static_cast<std::uint64_t>(i))),
                 std::string(levels[i]));
        // The session is header: the entity, and no part of the message.
        CHECK_EQ(std::string(postgres.records().entity(static_cast<std::uint64_t>(i))),
                 std::string(entities[i]));
    }
    CHECK_EQ(std::string(postgres.message(0)).substr(0, 6), std::string("ERROR:"));

    const char* targets[] = {"shop::orders::api: ", "up{id=7}:data_up{dev=\"a b\"}: shop::uplink: ",
                             "shop:: ", "std::vector<int> x: ", "plain: "};
    Corpus rust = mined(lines(100, [&](int i) {
        return "2023-04-01T12:00:" + two(i % 60) + ".123456Z  " + pick(i, {"INFO", "WARN"}) + " " +
               targets[i % 5] + message(i);
    }));
    const char* components[] = {"shop::orders::api", "shop::uplink", "", "", ""};
    for (int i = 0; i < 5; ++i) {
        LS_ROW(targets[i]);
        CHECK_EQ(std::string(rust.records().component(static_cast<std::uint64_t>(i))),
                 std::string(components[i]));
    }

    Corpus celery = mined(lines(60, [](int i) {
        return "[2023-04-01 12:00:" + two(i % 60) + ",000: " + pick(i, {"INFO", "WARNING", "ERROR"}) + "/" +
               pick(i, {"MainProcess", "ForkPoolWorker-3"}) + "] " + message(i);
    }));
    CHECK_EQ(std::string(celery.records().level(1)), std::string("WARNING"));
    CHECK_EQ(std::string(celery.records().component(1)), std::string("ForkPoolWorker-3"));
}

// Messages after a stamp, each on a line of its own and again and again: the level each gives its
// line where the header names none, the message keeping its words.
struct MessageLevel {
    const char* message;
    const char* level;
};

void checkMessageLevels(const std::vector<MessageLevel>& rows)
{
    std::string text;
    for (std::size_t i = 0; i < 24 * rows.size(); ++i)
        text += "2023-04-01T12:00:" + two(static_cast<int>(i % 60)) + ".123Z " +
                rows[i % rows.size()].message + "\n";
    Corpus corpus = mined(text);
    CHECK_EQ(corpus.layout(0).format, std::string("<Time> <Content>"));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        LS_ROW(rows[i].message);
        CHECK_EQ(std::string(corpus.records().level(i)), std::string(rows[i].level));
        CHECK_EQ(std::string(corpus.message(i)), std::string(rows[i].message));
    }
}

// A level a message names as a key's value: `level=INFO`, `severity="info"`, Heroku's `at=error`,
// PowerDNS's `prio="Notice"`. Only a level word counts ("level=3" may be a battery's), only as a
// whole key ("sublevel=error" is none) and only the first.
LS_TEST(keyedLevelsInMessages)
{
    checkMessageLevels(
        {{"at=error code=H12 desc=\"Request timeout\" method=GET", "error"},
         {"msg=\"Recursor starting\" subsystem=\"recursor\" prio=\"Notice\" tid=\"0\"", "Notice"},
         {"id=\"2001\" severity=\"info\" sys=\"SecureNet\" name=\"Packet dropped\"", "info"},
         {"request served level=WARN dur=12ms", "WARN"},
         {"battery level=3 charging", ""},
         {"sublevel=error depth=2", ""},
         {"level=debugging on", ""},
         {"level=info then level=error", "info"},
         {"no pairs at all here", ""}});
}

// A level word in capitals in angle or square brackets among a message's first words (Vertica's
// "<INFO>", Ceph's "[DBG]"); not a bracketed word that is no level or not in capitals, nor one far
// into the message. In lower case, a level word in angle brackets that opens the message (GLib's
// programs: ModemManager's, NetworkManager's "<info>").
LS_TEST(wrappedLevelsInMessages)
{
    checkMessageLevels(
        {{"Init Session:0x7f23dcbd8ded [Session] <INFO> Session v_node0001 started", "INFO"},
         {"Init Session:0x7f23dcbd8ded <LOG> @v_vmart_node0001: 00000/2703: Connection authenticated", "LOG"},
         {"log_channel(cluster) log [DBG] : pgmap v100005: 321 pgs", "DBG"},
         {"[main] <WARNING> disk almost full", "WARNING"},
         {"[Session] <Node> joined the cluster", ""},
         {"[Session] [info] lower case is no marker", ""},
         {"<info>  [modem0] simple connect state (4/10): wait to get fully enabled", "info"},
         {"<warn>  [1796119810.1943] dhcp4 (ens256): request timed out", "warn"},
         {"<html> opens no level", ""},
         {"[modem0] <info> in lower case opens the message or is none", ""},
         {"one two three four five six seven [ERROR] too far", ""},
         {"a bare error word is no marker", ""}});
}

// The last letter of an IBM-style message id that opens the message is its severity (Hercules,
// MVS, WebSphere Liberty); ids of other shapes and other letters name none.
LS_TEST(messageIdSeverities)
{
    checkMessageLevels({{"HHC01413I Hercules version 4.7.0", "I"},
                        {"IEF450I PAYROLL GO - ABEND=S0C7 U0000", "I"},
                        {"HHC00107W Processor CP00: check-stop due to host interrupt", "W"},
                        {"CWWKZ0002E: An exception occurred while starting the application", "E"},
                        {"$HASP395 PAYROLL ENDED", ""},
                        {"IEA101A SPECIFY SYSTEM PARAMETERS", ""},
                        {"E2E tests passed", ""},
                        {"X1234I too short a prefix", ""},
                        {"ABC12I too few digits", ""}});
}

// Three loggers of one program under journald's header (K3s): logrus pairs, zap's JSON objects and
// klog's glog headers each give the level, and klog's source file the component, in place of the
// program's tag; the message keeps its words.
LS_TEST(levelsOfLoggersUnderAJournal)
{
    Corpus corpus = mined(lines(240, [](int i) {
        const std::string head = "Dec  1 10:00:" + two(i) + " edge-01 k3s[812]: ";
        switch (i % 3) {
        case 0:
            return head + "time=\"2026-12-01T10:00:09Z\" level=" + pick(i, {"info", "warning"}) + " msg=\"" +
                   message(i) + "\"";
        case 1:
            return head + "{\"level\":\"" + pick(i, {"warn", "info"}) +
                   "\",\"ts\":\"2026-12-01T10:00:26Z\",\"msg\":\"" + message(i) + "\"}";
        default:
            return head + pick(i, {"I", "E"}) + "1201 10:00:" + two(i) + ".622136     812 " +
                   pick(i, {"controller.go:615", "event.go:389"}) + "] " + message(i);
        }
    }));
    const RecordColumns& records = corpus.records();
    CHECK_EQ(std::string(records.level(0)), std::string(pick(0, {"info", "warning"})));
    CHECK_EQ(std::string(records.level(1)), std::string(pick(1, {"warn", "info"})));
    CHECK_EQ(std::string(records.level(2)), std::string(pick(2, {"I", "E"})));
    const std::string location = pick(2, {"controller.go:615", "event.go:389"});
    CHECK_EQ(std::string(records.component(2)), location.substr(0, location.find(':')));
    CHECK_EQ(std::string(records.component(0)), std::string("k3s"));
    CHECK(std::string(corpus.message(2)).ends_with(message(2)));
}

// zerolog's console lines beside the Go runtime's own in one container's log (Portainer's): the
// level before a source location gives the level, its file the component; the runtime's lines,
// whose first word is no level, name neither.
LS_TEST(levelsBeforeSourceLocations)
{
    Corpus corpus = mined(lines(240, [](int i) {
        const std::string head = "2026/12/01 " + std::to_string(1 + i % 12) + ":" + two(i % 60) + "PM ";
        if (i % 3 == 2) return head + "http: TLS handshake error from 10.0.0." + std::to_string(i) + ": EOF";
        return head + pick(i, {"INF", "ERR"}) + " " +
               pick(i, {"api/cmd/main.go:310", "pkg/http/error.go:34"}) + " > " + message(i);
    }));
    const RecordColumns& records = corpus.records();
    CHECK_EQ(std::string(records.level(0)), std::string(pick(0, {"INF", "ERR"})));
    CHECK_EQ(std::string(records.level(1)), std::string(pick(1, {"INF", "ERR"})));
    CHECK_EQ(std::string(records.component(1)), std::string("pkg/http/error.go"));
    CHECK_EQ(std::string(records.level(2)), std::string());
    CHECK_EQ(std::string(records.component(2)), std::string());
    CHECK_EQ(records.time(2), std::int64_t{1796137320000}); // 2026-12-01T15:02:00Z
    // A level word before a word that is no source location names nothing; a source location
    // with its colon before a level in brackets (Helm's "upgrade.go:164: [debug] …") names both.
    checkMessageLevels({{"WARN main.go:12 > disk almost full", "WARN"},
                        {"upgrade.go:164: [debug] preparing upgrade for shop", "debug"},
                        // Another header's stamp and level, after the stream a collector names.
                        {"OUT 2026-12-01T10:00:14.356Z ERROR 7 --- [shop-api] payment refused", "ERROR"},
                        {"2026-12-01 10:00:14 WARN disk almost full", "WARN"},
                        {"2026-12-01 10:00:14 Warning is no capital level", ""},
                        {"10:00:14 ERROR a clock alone is no stamp", ""},
                        {"upgrade.go:164: [shop] preparing upgrade", ""},
                        {"ERROR while reading the file", ""},
                        {"cache cleared in 12 ms", ""},
                        {"user alice logged in", ""},
                        {"job 7 finished", ""}});
}

// klog's lines among nginx's error and access lines (ingress-nginx's): where the layout reads the
// level letter and the stamp only, the thread and source after them are header still, the file the
// component.
LS_TEST(glogRestAfterALearnedStamp)
{
    Corpus corpus = mined(lines(240, [](int i) {
        if (i % 4 == 0)
            return std::string(pick(i / 4, {"I", "W"})) + "1201 10:00:" + two(i % 60) + ".191000       7 " +
                   pick(i / 4, {"controller.go:193", "store.go:912"}) + "] " + message(i);
        if (i % 4 == 2)
            return "2026/12/01 10:00:" + two(i % 60) + " [error] 31#31: *" + std::to_string(4000 + i) +
                   " upstream timed out (110: Connection timed out) while reading response header";
        return "203.0.113." + std::to_string(i % 200) + " - - [01/Dec/2026:10:00:" + two(i % 60) +
               " +0000] \"GET /item/" + std::to_string(i) + " HTTP/1.1\" 200 " + std::to_string(500 + i) +
               " \"-\" \"curl/8.5.0\"";
    }));
    const RecordColumns& records = corpus.records();
    CHECK_EQ(std::string(records.level(4)), std::string("W"));
    CHECK_EQ(std::string(records.component(4)), std::string("store.go"));
    CHECK_EQ(std::string(corpus.message(4)), message(4));
    CHECK_EQ(std::string(records.component(0)), std::string("controller.go"));
    CHECK_EQ(std::string(records.component(1)), std::string());
    CHECK_EQ(std::string(records.level(2)), std::string("error"));
}

LS_TEST_MAIN()
