// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "check.h"
#include "made_up_lines.h"
#include "mined_templates.h"

#include "logsleuth/text/corpus.h"
#include "logsleuth/text/mask.h"
#include "logsleuth/text/miner.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <set>
#include <sstream>

using namespace logsleuth::text;

namespace {

const std::vector<std::string> sampleMessages{
    "Receiving block blk_<NUM> src: /<IP> dest: /<IP>",
    "PacketResponder <NUM> for block blk_<NUM> terminating",
    "Receiving block blk_<NUM> src: /<IP> dest: /<IP>",
    "Verification succeeded for blk_<NUM>",
    "Deleting block blk_<NUM> file <PATH>",
    "Invalid user admin from <IP>",
    "Invalid user guest from <IP>",
    "Invalid user oracle from <IP>",
    "session opened for user root by (uid=<NUM>)",
    "",
};

std::vector<std::uint32_t> mineAll(TemplateMiner& miner)
{
    std::vector<std::uint32_t> clusters;
    for (const auto& message : sampleMessages)
        clusters.push_back(miner.add(message));
    return clusters;
}

} // namespace

LS_TEST(sameInputSameIds)
{
    TemplateMiner first, second;
    const auto a = mineAll(first);
    const auto b = mineAll(second);
    CHECK(a == b);
    CHECK_EQ(first.clusterCount(), second.clusterCount());
    for (std::uint32_t c = 0; c < first.clusterCount(); ++c) {
        LS_ROW("cluster " + std::to_string(c));
        CHECK(first.id(c) == second.id(c));
        CHECK_EQ(first.templateText(c), second.templateText(c));
        CHECK_EQ(toHex(first.id(c)).size(), 16u);
        CHECK(parseTemplateId(toHex(first.id(c))) == first.id(c));
    }
    CHECK_EQ(a[0], a[2]); // the identical message joins its cluster
    CHECK_EQ(a[5], a[6]);
    CHECK_EQ(a[6], a[7]);
    CHECK(a[0] != a[1]);
}

LS_TEST(generalisationKeepsId)
{
    TemplateMiner miner;
    const std::uint32_t c = miner.add("Invalid user admin from <IP>");
    const TemplateId before = miner.id(c);
    CHECK_EQ(miner.templateText(c), std::string("Invalid user admin from <IP>"));
    CHECK_EQ(miner.add("Invalid user guest from <IP>"), c);
    CHECK_EQ(miner.templateText(c), std::string("Invalid user <*> from <IP>"));
    CHECK(miner.id(c) == before);
    CHECK_EQ(miner.clusterCount(), 1u);
}

LS_TEST(idsAreDistinctAndHex)
{
    TemplateMiner miner;
    std::vector<TemplateId> ids;
    for (int i = 0; i < 500; ++i) {
        const auto c = miner.add("event kind" + std::to_string(i) + "x alpha beta gamma delta epsilon zeta");
        (void)c;
    }
    for (std::uint32_t c = 0; c < miner.clusterCount(); ++c)
        ids.push_back(miner.id(c));
    std::sort(ids.begin(), ids.end());
    CHECK(std::adjacent_find(ids.begin(), ids.end()) == ids.end());
    const std::string hex = toHex(TemplateId{0x00ab'cdef'0123'4567ULL});
    CHECK_EQ(hex, std::string("00abcdef01234567"));
    CHECK(!parseTemplateId("00abcdef0123456").has_value());
    CHECK(!parseTemplateId("00abcdef0123456g").has_value());
}

// Two plain words that alternate in one slot over repeated lines are two events; many names
// in a slot are one variable.
LS_TEST(literalAlternativesSplit)
{
    std::string text;
    for (int i = 0; i < 40; ++i) {
        text += "2024-01-01 10:00:00 INFO Block " + std::to_string(i) + " stored as " +
                (i % 3 ? "bytes" : "values") + " in memory\n";
        text += "2024-01-01 10:00:01 INFO Invalid user " + std::string(1, static_cast<char>('a' + i % 20)) +
                "name" + std::string(1, static_cast<char>('a' + i % 7)) + " from host\n";
    }
    const std::set<std::string> templates = templatesOf(text, "split.log");
    CHECK_EQ(templates.size(), std::size_t{3});
    CHECK(templates.contains("Block <NUM> stored as bytes in memory"));
    CHECK(templates.contains("Block <NUM> stored as values in memory"));
    CHECK(templates.contains("Invalid user <*> from host"));

    // Words as Python's repr() writes bytes (Twisted's "starting service b'ssh-userauth'") are
    // values, as quoted words are.
    std::string bytes;
    for (int i = 0; i < 40; ++i)
        bytes += std::string("2024-01-01T10:00:00+0000 [SSHService] starting service ") +
                 (i % 3 ? "b'ssh-userauth'" : "b'ssh-connection'") + "\n";
    const std::set<std::string> services = templatesOf(bytes, "cowrie.log");
    CHECK_EQ(services.size(), std::size_t{1});

    // A word and its plural are the count's ("%d message%s"), not two events.
    std::string counted;
    for (int i = 0; i < 40; ++i)
        counted += "Dec  1 10:00:00 oss01 kernel: Lustre: Skipped " + std::to_string(i % 4 ? 2 + i : 1) +
                   " previous similar message" + (i % 4 ? "s" : "") + "\n";
    CHECK_EQ(templatesOf(counted, "lustre.log").size(), std::size_t{1});
}

// Constants in a slot (capitals and underscores, as code spells states) are the event even when
// there are more than two of them; a slot of many constants, or of lower-case words, stays a
// variable.
LS_TEST(constantAlternativesSplit)
{
    const char* states[] = {"NEW", "QUEUED", "RUNNING", "FAIL_CLEANUP", "DONE"};
    std::string text;
    for (int i = 0; i < 60; ++i) {
        const int from = i % 4;
        text += "2024-01-01 10:00:00 INFO Job " + std::to_string(i) + " moved from " + states[from] + " to " +
                states[from + 1] + "\n";
        // 30 distinct codes: more than a handful of constants is a variable, not an event.
        std::string code = "ERR_";
        code += static_cast<char>('A' + i % 30 / 6);
        code += static_cast<char>('A' + i % 6);
        text += "2024-01-01 10:00:01 WARN Request " + std::to_string(i) + " failed with " + code + "\n";
        text += "2024-01-01 10:00:02 INFO Session opened by " +
                std::string(1, static_cast<char>('a' + i % 9)) + "user\n";
    }
    const std::set<std::string> templates = templatesOf(text, "states.log");
    CHECK_EQ(templates.size(), std::size_t{6});
    CHECK(templates.contains("Job <NUM> moved from NEW to QUEUED"));
    CHECK(templates.contains("Job <NUM> moved from RUNNING to FAIL_CLEANUP"));
    CHECK(templates.contains("Request <NUM> failed with <*>"));
    CHECK(templates.contains("Session opened by <*>"));
}

// Two words of an event that its siblings had hidden: "Port <NUM> <*> <*>" holds "link on", "link
// off" and "Traffic-Overload (<NUM>%)"; once "link" is split off, its "on" and "off" are two
// words of its own column. Not where a sibling shows several words in that column (the tasks'
// names), nor after a label's colon ("completed: OK"), nor a key's value ("reason(quit)").
LS_TEST(wordsHiddenBySiblingsSplit)
{
    std::string text;
    const char* started[] = {"alpha", "beta"};
    const char* finished[] = {"gamma", "delta", "epsilon"};
    for (int i = 0; i < 60; ++i) {
        const std::string clock = "2024-01-01 10:00:" + std::to_string(10 + i % 50) + " INFO ";
        text += clock + "Port " + std::to_string(1 + i % 8) + " link " + (i % 2 ? "on" : "off") + "\n";
        if (i % 3 == 2)
            text += clock + "Port " + std::to_string(1 + i % 8) + " Traffic-Overload (" +
                    std::to_string(80 + i % 19) + "%)\n";
        text += clock + "Worker " + std::to_string(i) + " started task " + started[i % 2] + "\n";
        text += clock + "Worker " + std::to_string(i) + " finished task " + finished[i % 3] + "\n";
        text += clock + "Self test completed: result " + (i % 4 ? "OK" : "failed") + "\n";
        text += clock + "Self test started: result (" + std::to_string(i) + "%)\n";
        text += clock + "Player " + std::to_string(i) + " left game " +
                (i % 4 ? "reason(quit)" : "reason(dropped)") + "\n";
        text += clock + "Player " + std::to_string(i) + " joined game (" + std::to_string(i) + ")\n";
    }
    const std::set<std::string> templates = templatesOf(text, "switch.log");
    CHECK(templates.contains("Port <NUM> link on"));
    CHECK(templates.contains("Port <NUM> link off"));
    CHECK(templates.contains("Worker <NUM> started task <*>"));
    CHECK(templates.contains("Self test completed: result <*>"));
    CHECK(templates.contains("Player <NUM> left game <*>"));
}

// Constants written with dashes (Gradle's UP-TO-DATE, NO-SOURCE) are states as underscored ones
// are, but not after a preposition, where they name places ("at DC-WEST"). In a template that
// says next to nothing else, a few capitalised verbs or operations (Portage's "Cleaning",
// "Compiling/Merging"; containerd's "StartContainer") are its events; in lower case (kebab-case
// names) or after a label ("LEVEL: Info") they stay values.
LS_TEST(dashedConstantsAndTerseVerbsSplit)
{
    const char* outcomes[] = {"UP-TO-DATE", "NO-SOURCE", "FROM-CACHE", "FAILED"};
    const char* sites[] = {"DC-WEST", "DC-NORTH", "DC-SOUTH"};
    const char* phases[] = {"Cleaning", "Compiling/Merging", "Merging"};
    const char* operations[] = {"StartContainer", "StopPodSandbox", "RemoveContainer"};
    const char* repositories[] = {"npm-remote", "pypi-remote", "docker-remote"};
    const char* levels[] = {"Info", "Warning", "Severe"};
    std::string text;
    for (int i = 0; i < 60; ++i) {
        const std::string n = std::to_string(i);
        text += "> Task :app" + std::to_string(i % 7) + ":compileJava " + outcomes[i % 4] + "\n";
        text += "Reserving stock for order " + n + " at " + sites[i % 3] + "\n";
        text += std::string(">>> (") + std::to_string(1 + i % 9) + " of 9) " + phases[i % 3] +
                " (dev-libs/openssl-3.3." + std::to_string(i % 4) +
                "::/var/db/repos/gentoo/openssl.ebuild)\n";
        text += std::string(operations[i % 3]) + " for \"" + std::to_string(7000000 + i * 977) + "ab\"\n";
        text +=
            std::string(repositories[i % 3]) + " downloading https://repo.example.com/a/" + n + " 12 KB\n";
        text += "2026-12-01-10.00." + made_up::two(i % 60) + ".123456 LEVEL: " + levels[i % 3] + "\n";
    }
    const std::set<std::string> templates = templatesOf(text, "terse.log");
    CHECK(templates.contains("> Task :app<NUM>:compileJava UP-TO-DATE"));
    CHECK(templates.contains("> Task :app<NUM>:compileJava FAILED"));
    CHECK(templates.contains("Reserving stock for order <NUM> at <*>"));
    CHECK(templates.contains(">>> (<NUM> of <NUM>) Compiling/Merging (<PATH>::<PATH>)"));
    CHECK(templates.contains("StopPodSandbox for \"<HEX>\""));
    CHECK(templates.contains("<*> downloading <URL> <SIZE>"));
    CHECK(templates.contains("<TIME> LEVEL: <*>"));
    CHECK_EQ(templates.size(), std::size_t{4 + 1 + 3 + 3 + 1 + 1});
}

// A method qualified as C++ writes it names where the code logged: a few of them in a slot are
// events, as constants are (Firefox's "nsHttpChannel::Init [this=…]").
LS_TEST(qualifiedMethodsSplit)
{
    const char* methods[] = {"nsHttpChannel::Init", "nsHttpChannel::AsyncOpen", "nsHttpChannel::Connect"};
    std::string text;
    for (int i = 0; i < 60; ++i)
        text += "2024-01-01 10:00:" + std::to_string(10 + i % 50) + " D/nsHttp " + methods[i % 3] +
                " [this=7e3e78ecb2" + std::to_string(10 + i) + "]\n";
    const std::set<std::string> templates = templatesOf(text, "moz.log");
    CHECK_EQ(templates.size(), std::size_t{3});
    CHECK(templates.contains("nsHttp nsHttpChannel::Init [this=<HEX>]") ||
          templates.contains("nsHttpChannel::Init [this=<HEX>]"));
}

// Constants paired one to one with the values of another column are another spelling of those
// values (an application and its protocol), not states: the event stays one template. States
// beside the same values, each value seen in several of them, still split.
LS_TEST(constantsPairedWithValuesStayValues)
{
    const char* apps[] = {"svc-https", "svc-ntp", "svc-dns", "svc-ssh"};
    const char* protocols[] = {"SSL", "NTP", "DNS", "SSH"};
    const char* states[] = {"OPEN", "CLOSED", "RESET"};
    const char* reasons[] = {"idle", "reset", "close"};
    std::string text;
    for (int i = 0; i < 80; ++i) {
        text += "2024-01-01 10:00:00 INFO flow " + std::to_string(i) + " ended by " + reasons[i % 3] +
                " for " + apps[i % 4] + " proto " + protocols[i % 4] + " after " + std::to_string(i * 3) +
                " packets\n";
        text += "2024-01-01 10:00:01 INFO port of " + std::string(apps[i % 4]) + " is now " + states[i % 3] +
                "\n";
    }
    const std::set<std::string> templates = templatesOf(text, "flows.log");
    CHECK(templates.contains("flow <NUM> ended by <*> for <*> proto <*> after <NUM> packets"));
    CHECK(templates.contains("port of <*> is now RESET"));
    CHECK_EQ(templates.size(), std::size_t{4});
}

// True and false are a flag's values, not two events: a peak with overflow and one without are
// one template.
LS_TEST(truthValuesStayValues)
{
    const char* flags[] = {"False,", "True,", "False,"};
    std::string text;
    for (int i = 0; i < 60; ++i)
        text += "2024-01-01 10:00:00 INFO Updated peak to height " + std::to_string(6000 + i) +
                ", overflow: " + flags[i % 3] + " deficit: " + std::to_string(i % 16) + "\n";
    const std::set<std::string> templates = templatesOf(text, "peaks.log");
    CHECK_EQ(templates.size(), std::size_t{1});
}

// A message of one number is one event whatever its base: a tracker's frames in hex digits are
// now and then all digits ("00000004"). Beside a word, a count and a hex dump stay apart.
LS_TEST(oneNumberMessagesAreOneEvent)
{
    std::string text;
    for (int i = 0; i < 40; ++i) {
        char frame[40];
        std::snprintf(frame, sizeof frame, i % 4 == 0 ? "%08d" : "7878%04x0d0a%04x",
                      i % 4 == 0 ? i : 4096 + i * 37, i);
        text += std::string("2026-12-01 10:00:09  INFO: ") + frame + "\n";
    }
    const std::set<std::string> templates = templatesOf(text, "frames.log");
    CHECK_EQ(templates.size(), std::size_t{1});
}

// Keys set apart from their values by " = " name the row: an MD engine's energy table writes
// three keys a line, each line its own row of the table, however alike their numbers; a key with
// a digit in it ("pres0", masked "pres<NUM>") is a key too.
LS_TEST(spacedKeysNameTheRow)
{
    const char* rows[] = {" Etot   =   %d.9686  EKtot   =     %d.9696  EPtot      =   -%d.9383",
                          " BOND   =       %d.3550  ANGLE   =      %d.4704  DIHED      =      %d.1526",
                          " EELEC  =   -%d.6394  EHBOND  =         %d.0000  RESTRAINT  =         %d.0000",
                          " pres0   =   %d.00000, comp    =  %d.60000, taup    =   %d.00000",
                          " NFFT1 =   %d       NFFT2 =   %d       NFFT3 =   %d"};
    std::string text;
    char line[160];
    for (int i = 0; i < 40; ++i) {
        std::snprintf(line, sizeof line, rows[i % 5], 1000 + i * 7, 300 + i, 90000 + i * 3);
        text += std::string(line) + "\n";
    }
    const std::set<std::string> templates = templatesOf(text, "mdout.log");
    CHECK_EQ(templates.size(), std::size_t{5});
    CHECK(templates.contains("BOND = <NUM> ANGLE = <NUM> DIHED = <NUM>"));
}

// A trace of system calls (strace's "pid time call(args) = result <duration>"): each function
// called is its event, though its first argument glued to it makes the token a value's.
LS_TEST(callsOfTwoFunctionsAreTwoEvents)
{
    // What a call read or wrote differs from line to line: a value however it is written.
    const char* payloads[] = {"SCRIPT_FILENAME/var/www", "Set-Cookie: session-=; path=/", "HTTP/1.1 200 OK",
                              "SELECT `id` FROM `cart`", "\\37\\370Content-Type"};
    const char* calls[] = {"read(%d, \"\\1\\1%s\"..., 65536) = %d <0.000013>",
                           "write(%d, \"\\1\\6%s\"..., 47526) = %d <0.000066>",
                           "connect(%d, {sa_family=AF_UNIX, sun_path=\"%s\"}, 110) = %d <0.000047>"};
    std::string text;
    char line[200];
    for (int i = 0; i < 60; ++i) {
        std::snprintf(line, sizeof line, calls[i % 3], 4 + i % 5, payloads[i / 3 % 5], 1700 + i * 13);
        text +=
            "1386 10:00:0" + std::to_string(i % 10) + ".18245" + std::to_string(i % 10) + " " + line + "\n";
    }
    const std::set<std::string> templates = templatesOf(text, "strace.log");
    CHECK_EQ(templates.size(), std::size_t{3});
    CHECK(std::any_of(templates.begin(), templates.end(),
                      [](const std::string& t) { return t.rfind("read(<NUM>,", 0) == 0; }));
}

// A log adapter's context before every message ("[e: <HEX>] [build: <HEX>]", Zuul's) is values
// with their labels: the labels do not make short messages alike.
LS_TEST(labelledContextDoesNotJoinEvents)
{
    const char* repos[] = {"nova", "horizon", "neutron", "cinder", "glance", "keystone"};
    std::string text;
    for (int i = 0; i < 40; ++i) {
        char ids[80];
        std::snprintf(ids, sizeof ids, "[e: %08x%08x] [build: %08x%08x] ", 0x1234abcdU * unsigned(i + 1),
                      0xbd8a0766U ^ unsigned(i), 0x5036a6b2U + unsigned(i) * 77U, 0x9c45f836U);
        text += "2026-12-01 10:00:0" + std::to_string(i % 10) + ",123 DEBUG zuul.AnsibleJob: " + ids +
                (i % 3 == 0   ? std::string("Ansible output terminated")
                 : i % 3 == 1 ? "Updating repo gerrit/openstack/" + std::string(repos[i / 3 % 6])
                              : "Job root: /var/lib/zuul/builds/" + std::to_string(4000 + i)) +
                "\n";
    }
    const std::set<std::string> templates = templatesOf(text, "zuul.log");
    CHECK_EQ(templates.size(), std::size_t{3});
}

// The first lines of an event may make a template of their own values before lines with other
// values make the general one; the general one takes it in once mining ends (X.org's options,
// the first written several times). A plain word where the general template has <*> joins only
// a template with words enough of its own: a PHP trace's "#<NUM> {main}" stays apart from its
// frames' "#<NUM> <*>" (tst_mined_text).
LS_TEST(coveredTemplatesJoinTheGeneralOne)
{
    const char* options[] = {"\"Tapping\"", "\"AccelProfile\"", "\"NaturalScrolling\""};
    const char* values[] = {"\"flat\"", "\"0.5\"", "\"off\""};
    std::string text;
    for (int i = 0; i < 6; ++i)
        text += "2026-12-01 10:00:0" + std::to_string(i) + " INFO Option \"AccelSpeed\" \"on\"\n";
    for (int i = 0; i < 60; ++i)
        text += "2026-12-01 10:01:0" + std::to_string(i % 10) + " INFO Option " + options[i % 3] + " " +
                values[i / 3 % 3] + "\n";
    const std::set<std::string> templates = templatesOf(text, "Xorg.0.log");
    CHECK(templates.contains("Option <*> <*>"));
    CHECK_EQ(templates.size(), std::size_t{1});
}

// A path of one segment ("/trunk"), which the masker leaves as it is, joins the template that reads
// <PATH> there for the event's deeper paths.
LS_TEST(pathsOfOneSegmentJoinTheirEvent)
{
    std::string text;
    for (int i = 0; i < 60; ++i)
        text += "2026-12-01 10:01:" + made_up::two(i) + " INFO update " +
                (i % 3 == 0 ? std::string("/trunk") : "/trunk/src/app" + std::to_string(i % 7) + ".c") +
                " r" + std::to_string(18231 + i) + " depth=infinity\n";
    const std::set<std::string> templates = templatesOf(text, "svnserve.log");
    CHECK(templates.contains("update <PATH> r<NUM> depth=infinity"));
    CHECK_EQ(templates.size(), std::size_t{1});
}

// A template that formed of one value before the trailing value after a colon was judged one
// joins the template whose <*> stands for it (Mumble's "Connection closed: Error while reading
// data from the socket: Connection reset by peer [-1]" beside "Connection closed: <*>").
LS_TEST(oneValueJoinsItsTrailingValue)
{
    const char* reasons[] = {"The remote host closed the connection",
                             "The remote host closed the connection",
                             "Timeout",
                             "Error while reading data from the socket: Connection reset by peer",
                             "The remote host closed the connection",
                             "Error during SSL handshake",
                             "Timeout",
                             "Server shutdown"};
    const char* users[] = {"guest20", "Raven", "grumpy", "kestrel", "mothman"};
    std::string text;
    for (int i = 0; i < 300; ++i)
        text += "<W>2026-11-30 17:" + made_up::two(i / 60 % 60) + ":" + made_up::two(i % 60) + ".153 1 => <" +
                std::to_string(i % 40) + ":" + users[i % 5] + "(" + std::to_string(i % 13 - 1) +
                ")> Connection closed: " + reasons[i * 7 % 8] + " [" + (i % 3 ? "1" : "-1") + "]\n";
    const std::set<std::string> templates = templatesOf(text, "murmur.log");
    CHECK_EQ(templates.size(), std::size_t{1});
}

// A key's plain values fill one slot, as a number does: a sensor's "door=closed" and
// "door=open" are one format string's (Particle's reading). A message that is one pair
// ("ApiCall=join") names its event by the value, and keeps it.
LS_TEST(oneKeysWordValuesFillOneSlot)
{
    const char* doors[] = {"closed", "closed", "closed", "open", "closed", "closed", "open"};
    const char* calls[] = {"join", "create", "join", "end", "getMeetings"};
    std::string text;
    for (int i = 0; i < 300; ++i) {
        text += "00000" + std::to_string(40169 + i * 137) + " [app.sensor] INFO: t1=-18." +
                made_up::two(i % 97) + "C door=" + doors[i % 7] + " compressor=" + (i % 5 ? "on" : "off") +
                "\n";
        text += "00000" + std::to_string(40170 + i * 137) + " [web.api] INFO: ApiCall=" + calls[i % 5] + "\n";
    }
    const std::set<std::string> templates = templatesOf(text, "sensor.log");
    CHECK(templates.contains("t<NUM>=<NUM>C door=<*> compressor=<*>"));
    for (const char* call : calls)
        CHECK(templates.contains(std::string("ApiCall=") + call));
    CHECK_EQ(templates.size(), std::size_t{5});
}

// ... and the template's "user=<*>" reads "user=jenkins" where templates meet later: a token's
// first lines, mined before its general template formed (SonarQube's expired tokens), and an
// alert's frequent message beside its trailing value (an IDS's "direction=egress … message:").
LS_TEST(aKeysWildcardReadsItsValues)
{
    const char* users[] = {"jenkins", "alice", "gitlab-ci"};
    const char* kinds[] = {"SCAN",   "MALWARE", "POLICY",      "INFO",   "DNS",
                           "TROJAN", "EXPLOIT", "USER_AGENTS", "HUNTING"};
    const char* objects[] = {"Query",   "Beacon",   "Outbound", "Inbound",
                             "Request", "Download", "Login",    "Probe"};
    const char* linkers[] = {"to", "from", "for", "of"};
    const char* targets[] = {".top", ".cc", "MSSQL", "port 445", "TLD"};
    // The alerts' words in no order a miner could learn: a linear congruential draw.
    std::uint32_t draw = 5;
    const auto next = [&draw](std::uint32_t n) {
        draw = draw * 1103515245u + 12345u;
        return (draw >> 16) % n;
    };
    std::string tokens, alerts;
    for (int i = 0; i < 300; ++i) {
        const std::string at = "2026.12.01 10:" + made_up::two(i / 60 % 60) + ":" + made_up::two(i % 60);
        tokens += at + " INFO  web[Search] Search in " + (i % 3 ? "issues" : "rules") + " took " +
                  std::to_string(3 + i * 37 % 900) + " ms\n";
        if (i < 2 || i % 40 == 7) {
            std::string token;
            for (int k = 0; k < 3; ++k)
                token += static_cast<char>('a' + (i * 7 + k * 11) % 26);
            token += i < 2 ? "q" : std::to_string(i % 10);
            tokens += at + " WARN  web[TokenAuthentication] Token sqp_****" + token +
                      " has expired, user=" + users[i % 3] + "\n";
        }
        const bool curl = i > 100 && i % 40 == 3;
        std::string message = "ET POLICY curl User-Agent Outbound";
        if (!curl) {
            message = std::string("ET ") + kinds[next(9)] + " " + objects[next(8)] + " " + objects[next(8)];
            message += std::string(" ") + linkers[next(4)] + " " + targets[next(5)];
        }
        alerts += at + " HQ-MX85 security_event ids_alerted signature=1:" +
                  std::to_string(2000000 + i * 37 % 9000) + ":3 priority=" + std::to_string(i % 3 + 1) +
                  " direction=" + (curl || next(2) ? "egress" : "ingress") +
                  " protocol=" + (next(2) ? "tcp/ip" : "udp/ip") +
                  " decision=" + (next(2) ? "allowed" : "blocked") + " message: " + message + "\n";
    }
    const std::set<std::string> tokenTemplates = templatesOf(tokens, "sonar.log");
    const auto expired =
        std::count_if(tokenTemplates.begin(), tokenTemplates.end(),
                      [](const std::string& t) { return t.find("Token ") != std::string::npos; });
    CHECK_EQ(expired, 1);
    CHECK(std::any_of(tokenTemplates.begin(), tokenTemplates.end(),
                      [](const std::string& t) { return t.ends_with("Token <*> has expired, user=<*>"); }));
    const std::set<std::string> alertTemplates = templatesOf(alerts, "ids.log");
    CHECK_EQ(alertTemplates.size(), std::size_t{1});
}

// ... and after the batch refinements too: the names of Windows CBS's finalizers merge into
// "CbsCoreFinalize: <*>" late, and the one name with a number ("CfgMgr32Unload") joins it then.
LS_TEST(coveredTemplatesJoinAfterNamesMerge)
{
    const char* steps[] = {"AppContainerUnload",
                           "CbsEsdUnload",
                           "CbsEventUnregister",
                           "CbsTraceInfoUninitialize",
                           "CfgMgr32Unload",
                           "ComponentAnalyzerFinalize",
                           "CoreResourcesUnload",
                           "DpxUnload",
                           "DrupUnload",
                           "ExecutionEngineFinalize",
                           "PackageTrackerFinalize",
                           "SessionManagerFinalize",
                           "SrUnload",
                           "WcpUnload",
                           "WdsUnload",
                           "end."};
    std::string text;
    const char* others[] = {"Session: 30983_1 initialized by client WindowsUpdateAgent.",
                            "Loaded Servicing Stack v10.0.19041.1 with Core: C:\\Windows\\cbscore.dll",
                            "Ending TrustedInstaller initialization.",
                            "Starting the TrustedInstaller main loop.",
                            "Reboot mark cleared",
                            "Idle processing thread terminated normally"};
    for (int run = 0; run < 19; ++run) {
        const std::string stamp = "2026-12-01 10:00:" + std::string(run < 10 ? "0" : "") +
                                  std::to_string(run) + ", Info                  CBS    ";
        for (const char* other : others)
            text += stamp + other + "\n";
        for (const char* step : steps)
            text += stamp + "CbsCoreFinalize: " + step + "\n";
    }
    const std::set<std::string> templates = templatesOf(text, "CBS.log");
    CHECK(templates.contains("CbsCoreFinalize: <*>"));
    CHECK(!templates.contains("CbsCoreFinalize: CfgMgr<NUM>Unload"));
}

// An access log's line is one format string, whatever its request, status and client: one
// template, its status the record's level (a 503 an error where filters and models read it). A
// proxy's result code with its status glued to it (squid's TCP_MISS/503) is kept as written, and
// the split treats the kept codes as constants; sizes and paths stay variables.
LS_TEST(httpStatusesSplit)
{
    const int statuses[] = {200, 200, 200, 304, 404, 503};
    std::string text;
    for (int i = 0; i < 60; ++i) {
        const std::string status = std::to_string(statuses[i % 6]);
        text += "10.0.0." + std::to_string(1 + i % 9) +
                " - - [03/Nov/2026:08:00:" + std::to_string(10 + i % 50) + " +0000] \"GET /shop/item/" +
                std::to_string(i) + " HTTP/1.1\" " + status + " " + std::to_string(100 + 37 * i) +
                " \"-\" \"curl/8.5.0\"\n";
    }
    // A user agent is a value however many words and characters it runs to.
    const char* agents[] = {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like "
                            "Gecko) Chrome/131.0.0.0 Safari/537.36",
                            "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
                            "(KHTML, like Gecko) Version/18.1 "
                            "Mobile/15E148 Safari/604.1",
                            "curl/8.5.0"};
    for (int i = 0; i < 30; ++i)
        text += "10.0.0." + std::to_string(1 + i % 9) + " - - [03/Nov/2026:08:01:" + std::to_string(10 + i) +
                " +0000] \"GET /shop/list/" + std::to_string(i) + " HTTP/1.1\" 200 " +
                std::to_string(100 + i) + " \"-\" \"" + agents[i % 3] + "\"\n";
    const std::set<std::string> access = templatesOf(text, "access.log");
    // (The status and the size are one run of values, access_lines.h; the referer and the agent,
    // two quoted values in a row, read as one, minedTokens.)
    CHECK_EQ(access, (std::set<std::string>{"\"<*>\" <*> \"<*>\""}));
    CHECK_EQ(std::string(made_up::mined(text).records().level(5)), std::string("503"));

    text.clear();
    const char* results[] = {"TCP_MISS/200", "TCP_MISS/200", "TCP_HIT/200", "TCP_MISS/503"};
    for (int i = 0; i < 40; ++i)
        text += std::to_string(1286536309 + i) + ".586    " + std::to_string(90 + i) + " 192.168.0." +
                std::to_string(1 + i % 7) + " " + results[i % 4] + " " + std::to_string(500 + i) +
                " GET http://example.com/p" + std::to_string(i) + " - DIRECT/10.0.0.1 text/html\n";
    const std::set<std::string> proxy = templatesOf(text, "squid.log");
    CHECK_EQ(proxy.size(), std::size_t{3});
    CHECK(proxy.contains("TCP_MISS/503 <NUM> <METHOD> <URL> - DIRECT/<IP> text/html"));

    // A request an error log names in its context is a value of the error, whatever its verb.
    text.clear();
    const char* verbs[] = {"GET", "POST", "GET", "DELETE"};
    for (int i = 0; i < 40; ++i)
        text += "2026/12/01 10:00:" + std::to_string(10 + i) + " [error] 31#31: *" + std::to_string(900 + i) +
                " connect() failed (111: Connection refused) while connecting to upstream, client: 10.0.0." +
                std::to_string(i) + ", server: shop.example.com, request: \"" + verbs[i % 4] + " /api/v" +
                std::to_string(i) + " HTTP/1.1\", host: \"shop.example.com\"\n";
    const std::set<std::string> errors = templatesOf(text, "nginx-error.log");
    CHECK_EQ(errors.size(), std::size_t{1});
}

// A message id the log writes before the message (Cisco's "%ASA-6-302013:", a code in capitals
// opening it) names the event: it opens the template, and what varies under it is a value,
// however few its words
// ("inbound", "outbound"), where two plain words elsewhere would be two events.
LS_TEST(messageIdsNameTheEvent)
{
    std::string text;
    for (int i = 0; i < 60; ++i) {
        const std::string stamp =
            "Apr 01 2020 12:00:" + std::string(i < 10 ? "0" : "") + std::to_string(i % 60);
        text += stamp + " fw-01 : %ASA-6-302013: Built " + (i % 3 ? "outbound" : "inbound") +
                " TCP connection " + std::to_string(1000 + i) + " for outside:10.0.0." + std::to_string(i) +
                "/443\n";
        text += stamp + " fw-01 : %ASA-6-302014: Teardown TCP connection " + std::to_string(1000 + i) +
                " for outside:10.0.0." + std::to_string(i) + "/443\n";
    }
    const std::set<std::string> templates = templatesOf(text, "asa.log");
    CHECK(templates.contains("%ASA-6-302013 Built <*> TCP connection <NUM> for outside:<IP>/<NUM>"));
    CHECK_EQ(templates.size(), std::size_t{2});

    // So does a code in capitals that opens the message (Junos').
    std::string junos;
    for (int i = 0; i < 40; ++i)
        junos += "Apr  1 12:00:0" + std::to_string(i % 10) +
                 " srx-1 rpd[1834]: RPD_BGP_NEIGHBOR_STATE_CHANGED: BGP peer " + "10.0.0." +
                 std::to_string(i) + " changed state from " +
                 (i % 2 ? "Established to Idle" : "Idle to Active") + "\n";
    CHECK_EQ(templatesOf(junos, "junos.log").size(), std::size_t{1});
}

LS_TEST(matchChangesNothing)
{
    TemplateMiner miner;
    const auto a = miner.add("Received block <NUM> of size <NUM>");
    miner.add("Received block <NUM> of size <NUM>");
    const std::string before = miner.templateText(a);
    CHECK(miner.match("Received block <NUM> of size <NUM>") == std::optional<std::uint32_t>(a));
    // A message that would generalise the template matches it but does not change it.
    CHECK(miner.match("Received block <NUM> of length <NUM>") == std::optional<std::uint32_t>(a));
    CHECK_EQ(miner.templateText(a), before);
    CHECK(!miner.match("something else entirely").has_value());
    CHECK(!miner.match("").has_value() || miner.clusterCount() == 1);
    CHECK_EQ(miner.clusterCount(), std::size_t{1});
}

// A second run from the saved state keeps the ids of the templates the first run found, even
// when it sees the messages in another order.
LS_TEST(stateKeepsIds)
{
    TemplateMiner first;
    const auto opened = first.add("session opened for user <NUM>");
    const auto failed = first.add("Failed password for root from <IP>");
    std::stringstream saved;
    first.save(saved);

    TemplateMiner second = TemplateMiner::load(saved);
    CHECK_EQ(second.clusterCount(), std::size_t{2});
    const auto newOne = second.add("kernel panic at <HEX>");
    CHECK_EQ(second.id(second.add("Failed password for root from <IP>")), first.id(failed));
    CHECK_EQ(second.id(second.add("session opened for user <NUM>")), first.id(opened));
    CHECK(second.id(newOne) != first.id(opened) && second.id(newOne) != first.id(failed));

    std::stringstream bad("not a state\n");
    CHECK_THROWS(TemplateMiner::load(bad));
    std::stringstream corrupt("logsleuth-miner-state 1\nxyz\tabc\n");
    CHECK_THROWS(TemplateMiner::load(corrupt));
}

LS_TEST(emptyAndWhitespaceOnly)
{
    TemplateMiner miner;
    const auto empty = miner.add("");
    CHECK_EQ(miner.add(""), empty);
    CHECK_EQ(miner.templateText(empty), std::string());
}

LS_TEST_MAIN()
