// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Headers that some lines write otherwise: a column of level letters among a few lines of other
// words, a bracket that some lines leave out, a level in some brackets only, a clock the writer
// does not know yet. The layout learned from the most lines reads those lines too.
#include "layout_rows.h"

using namespace logsleuth::text;

using namespace made_up;

// A level letter in brackets after the stamp (IBM Storage Scale's mmfs.log: [I], [N], [W], [E])
// is the level even where a start script's lines among the records put eight other words in
// that column, each on a line or two: they are too rare to make it a column of names.
LS_TEST(levelLettersAmongAFewOtherLines)
{
    std::string text = "Sat Apr 01 12:00:00 CEST 2020: runmmfs starting\n"
                       "Removing old /var/adm/ras/mmfs.log.* files:\n"
                       "Loading modules from /lib/modules/extra\n"
                       "Loaded module /lib/modules/extra/tracedev.ko\n"
                       "Loaded module /lib/modules/extra/mmfs26.ko\n"
                       "2020-04-01_12:00:02.817+0200: mmfsd ready\n"
                       "Sat Apr 01 12:00:02 CEST 2020: mmcommon mmfsup invoked. Parameters: 10.10.0.11 all\n"
                       "Sat Apr 01 12:00:02 CEST 2020: mounting /dev/scratch\n"
                       "Sat Apr 01 12:00:05 CEST 2020: finished mounting /dev/scratch\n";
    text += lines(200, [](int i) {
        return "2020-04-01_12:00:" + two(i) + ".737+0200: [" + pick(i, {"I", "I", "I", "N", "W", "E"}) +
               "] " + message(i);
    });
    Corpus corpus = mined(text);
    CHECK_EQ(corpus.layout(0).format, std::string("<Time> [<Level>] <Content>"));
    CHECK_EQ(std::string(corpus.records().level(9)), std::string("I"));
    CHECK(corpus.records().severity(9 + 4) == Severity::Error);
    CHECK(corpus.records().component(9).empty());
}

// A bracketed context that ends the header and that some lines leave out (fail2ban writes its jail
// on most lines): those lines fit too, their message starting where the bracket would, and the
// learned format, given back with --format, reads them the same way.
LS_TEST(aBracketThatEndsTheHeaderMayBeLeftOut)
{
    const std::string text = lines(300, [](int i) {
        std::string level = pick(i, {"INFO", "NOTICE", "INFO", "WARNING"});
        level.resize(8, ' ');
        const std::string jail = i % 10 == 3 ? "" : pick(i, {"[sshd] ", "[nginx-http-auth] "});
        return "2023-04-01 12:00:" + two(i) + ",500 " + pick(i, {"jailer.actions", "jailer.filter"}) + " " +
               level + jail + pick(i, {"Found ", "Ban ", "Unban ", "Found "}) + "10.0.0." +
               std::to_string(i % 250) + " " + message(i);
    });
    Corpus corpus;
    corpus.addSource(LogText::fromBytes(text, "made-up.log"));
    CHECK(corpus.mine());
    CHECK_EQ(corpus.layout(0).format, std::string("<Time> <Component> <Level> [<Context>] <Content>"));
    CHECK_EQ(corpus.layout(0).fitted, corpus.layout(0).lines);
    CHECK_EQ(iso(corpus.records().time(3)), std::string("2023-04-01T12:00:03.500Z"));
    CHECK_EQ(std::string(corpus.records().level(3)),
             std::string(pick(3, {"INFO", "NOTICE", "INFO", "WARNING"})));
    CHECK_EQ(std::string(corpus.message(3)).substr(0, 4),
             std::string(pick(3, {"Found ", "Ban ", "Unban ", "Found "})).substr(0, 4));
    // The word before the address is the message's, not a header column.
    CHECK_EQ(std::string(corpus.message(0)).substr(0, 5), std::string("Found"));

    Corpus given;
    given.setRecordOptions(RecordOptions{corpus.layout(0).format, {}});
    given.addSource(LogText::fromBytes(text, "made-up.log"));
    CHECK(given.mine());
    CHECK_EQ(given.layout(0).fitted, given.layout(0).lines);
    for (std::uint64_t n : {0, 3, 13}) {
        LS_ROW(("line " + std::to_string(n)).c_str());
        CHECK_EQ(given.records().time(n), corpus.records().time(n));
        CHECK(given.records().level(n) == corpus.records().level(n));
        CHECK(given.records().component(n) == corpus.records().component(n));
        CHECK(given.message(n) == corpus.message(n));
    }
}

// The same brackets with the level on some lines only (Cowrie's "[cowrie.ssh.factory#info]" beside
// "[HoneyPotSSHTransport,12,203.0.113.5]"): the level where a line holds one, and the bracket
// names the component on the others.
LS_TEST(aLevelInSomeBrackets)
{
    Corpus corpus = mined(lines(300, [](int i) {
        return "2023-04-01T12:00:" + two(i) + ".074125Z [" +
               (i % 5 < 3
                    ? std::string(
                          pick(i, {"cowrie.ssh.transport.HoneyPotSSHTransport", "cowrie.ssh.factory"})) +
                          "#" + pick(i, {"debug", "info"})
                    : "HoneyPotSSHTransport," + std::to_string(i) + ",203.0.113." + std::to_string(i % 200)) +
               "] " + message(i);
    }));
    CHECK_EQ(std::string(corpus.records().level(0)), std::string("debug"));
    CHECK_EQ(std::string(corpus.records().component(0)),
             std::string("cowrie.ssh.transport.HoneyPotSSHTransport"));
    CHECK_EQ(std::string(corpus.records().level(3)), std::string());
    CHECK_EQ(std::string(corpus.records().component(3)), std::string("HoneyPotSSHTransport,3,203.0.113.3"));
    CHECK_EQ(std::string(corpus.message(3)), message(3));
}

// A clock the device does not know yet ("??:??:??", Meshtastic's until a GPS fix) stands where the
// stamp does: those lines fit, with no time. The seconds since boot after the clock are no year,
// even where they read 2020.
LS_TEST(aClockNotKnownYet)
{
    Corpus corpus = mined(lines(300, [](int i) {
        const std::string level = pick(i, {"DEBUG", "INFO ", "DEBUG", "WARN "});
        const std::string clock = i < 20 ? "??:??:??" : "12:" + two(i / 60) + ":" + two(i % 60);
        return level + " | " + clock + " " + std::to_string(i < 20 ? 0 : 1900 + i) + " [" +
               pick(i, {"Router", "RadioIf", "Power"}) + "] " + message(i);
    }));
    CHECK_EQ(corpus.layout(0).format, std::string("<Level>|<Time> <Pid> [<Component>] <Content>"));
    CHECK_EQ(corpus.layout(0).fitted, corpus.layout(0).lines);
    CHECK_EQ(std::string(corpus.records().component(3)),
             std::string(pick(3, {"Router", "RadioIf", "Power"})));
    CHECK_EQ(std::string(corpus.message(3)), message(3));
    CHECK_EQ(std::string(corpus.records().component(120)),
             std::string(pick(120, {"Router", "RadioIf", "Power"})));
    CHECK_EQ(std::string(corpus.message(120)), message(120));
    CHECK_EQ(iso(corpus.records().time(120)).substr(10), std::string("T12:02:00.000Z"));
}

LS_TEST_MAIN()
