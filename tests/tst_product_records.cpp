// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Records of one product's format, read by position: Configuration Manager's and Intune's
// CMTrace, Eclipse's platform log, Oracle WebLogic's "####<" records and the Linux audit log. Each is learned
// from its lines and given back as --format, and a message over several lines continues its record.
#include "check.h"

#include "logsleuth/text/corpus.h"
#include "made_up_lines.h"

#include <set>
#include <string>

using namespace logsleuth::text;

using namespace made_up;

// The CMTrace format (Configuration Manager, the Intune Management Extension): the message first,
// then the time with its bias in minutes, a month-first date, the component and the type (1, 2,
// 3: information, warning, error) as attributes; a message over several lines continues its
// record. Given back as "cmtrace", it reads the same.
LS_TEST(cmtraceLog)
{
    std::string log;
    for (int i = 0; i < 80; ++i) {
        const std::string fields =
            "time=\"10:04:" + two(i % 60) + ".6213175+480\" date=\"12-13-2026\" component=\"" +
            pick(i, {"AgentExecutor", "IntuneManagementExtension"}) + "\" context=\"\" type=\"" +
            pick(i, {"1", "2", "3", "1"}) + "\" thread=\"7\" file=\"\">";
        if (i % 10 == 9)
            log += "<![LOG[Script output:\nBitLocker status: FullyEncrypted\n" + message(i) + "]LOG]!><" +
                   fields + "\n";
        else
            log += "<![LOG[" + message(i) + "]LOG]!><" + fields + "\n";
    }
    for (const std::string& format : {std::string(), std::string("cmtrace")}) {
        LS_ROW(format.empty() ? "learned" : "given");
        const Corpus corpus = mined(log, RecordOptions{format, {}});
        CHECK_EQ(corpus.layout(0).format, std::string("cmtrace"));
        CHECK_EQ(corpus.layout(0).fitted, std::uint64_t{80});
        const RecordColumns& records = corpus.records();
        // Local 10:04:00 with a bias of 480 minutes (US Pacific): 18:04 UTC.
        CHECK_EQ(iso(records.time(0)), std::string("2026-12-13T18:04:00.621Z"));
        CHECK_EQ(std::string(corpus.message(0)), message(0));
        for (std::uint64_t n = 0; n < 9; ++n) {
            const std::string type = pick(int(n), {"1", "2", "3", "1"});
            const Severity expected = type == "1"   ? Severity::Info
                                      : type == "2" ? Severity::Warning
                                                    : Severity::Error;
            CHECK(records.severity(n) == expected);
        }
        CHECK_EQ(std::string(records.component(1)),
                 std::string(pick(1, {"AgentExecutor", "IntuneManagementExtension"})));
        // Record 9 runs over lines 9 to 11: the last two continue it, the message ending at "]LOG]!>".
        CHECK_EQ(records.recordStart(11), std::uint64_t{9});
        CHECK_EQ(std::string(corpus.message(11)), message(9));
        CHECK_EQ(std::string(corpus.message(9)), std::string("Script output:"));
    }
}

// Eclipse's platform log (an IDE's workspace/.metadata/.log): a "!SESSION" block, then "!ENTRY
// <plug-in> <severity> <code> <stamp>" records, their text on the "!MESSAGE" line, children and
// stack traces after it; the severity is IStatus' (1, 2, 4: info, warning, error), the plug-in
// the component. Every other line continues its record and is mined as its own text. Given back
// as "eclipse", it reads the same.
LS_TEST(eclipseLog)
{
    std::string log = "!SESSION 2026-11-18 08:41:03.000 -----------------------------------------------\n"
                      "eclipse.buildId=4.33.0.20240905-0613\njava.version=21.0.4\n\n";
    for (int i = 0; i < 60; ++i) {
        log += "!ENTRY " +
               std::string(pick(i, {"org.eclipse.ui", "org.eclipse.jdt.core", "org.eclipse.ui"})) + " " +
               pick(i, {"2", "4", "1", "2"}) + " 0 2026-11-18 08:42:" + two(i) + ".638\n";
        log += "!MESSAGE " + message(i) + "\n";
        if (i % 5 == 4)
            log += "!STACK 0\njava.lang.NullPointerException\n\tat "
                   "org.eclipse.ui.internal.Workbench.run(Workbench.java:" +
                   std::to_string(400 + i) + ")\n";
        log += "\n";
    }
    for (const std::string& format : {std::string(), std::string("eclipse")}) {
        LS_ROW(format.empty() ? "learned" : "given");
        const Corpus corpus = mined(log, RecordOptions{format, {}});
        CHECK_EQ(corpus.layout(0).format, std::string("eclipse"));
        CHECK_EQ(corpus.layout(0).fitted, std::uint64_t{61});
        const RecordColumns& records = corpus.records();
        CHECK_EQ(iso(records.time(1)), std::string("2026-11-18T08:41:03.000Z"));
        // Line 4 is the first entry, 5 its message.
        CHECK_EQ(iso(records.time(5)), std::string("2026-11-18T08:42:00.638Z"));
        CHECK(records.severity(5) == Severity::Warning);
        CHECK_EQ(std::string(records.component(5)), std::string("org.eclipse.ui"));
        CHECK_EQ(records.recordStart(5), std::uint64_t{4});
        CHECK_EQ(std::string(corpus.message(5)), message(0));
        // The fifth entry (line 16) is an error, its stack trace (lines 18 to 20) continues it.
        CHECK(records.severity(17) == Severity::Error);
        CHECK_EQ(records.recordStart(20), std::uint64_t{16});
        CHECK(records.severity(20) == Severity::Error);
    }
}

// Oracle WebLogic's log, read by position: the stamp, severity, subsystem and machine of each
// "####<" record, its message after the message id without the closing bracket; a thread named
// like an id ("Timer-2") is no id; a message over several lines continues its record.
LS_TEST(webLogicServerLog)
{
    const auto record = [](int i) {
        return "####<Dec 1, 2026 11:25:" + two(i % 60) + ",668 AM UTC> <" +
               pick(i, {"Info", "Warning", "Error"}) + "> <" + pick(i, {"Health", "JDBC"}) + "> <wls-host-0" +
               std::to_string(i % 2) + "> <AdminServer> <" +
               pick(i, {"[ACTIVE] ExecuteThread: '4' for queue: 'weblogic.kernel.Default (self-tuning)'",
                        "Timer-2"}) +
               "> <<WLS Kernel>> <> <a1b2-000" + std::to_string(i) + "> <17961243" +
               std::to_string(1000 + i) + "> <[severity-value: 64] [rid: 0] > <BEA-31000" +
               std::to_string(i % 3) + "> <" + message(i) + "> ";
    };
    std::string log;
    for (int i = 0; i < 60; ++i) {
        log += record(i) + "\n";
        if (i % 20 == 5)
            log += "java.io.IOException: Broken pipe\n\tat weblogic.socket.X.write(X.java:1)\n>\n";
    }
    Corpus corpus = mined(log);
    CHECK_EQ(corpus.layout(0).format, std::string("weblogic"));
    CHECK_EQ(corpus.layout(0).fitted, std::uint64_t{60});
    const RecordColumns& records = corpus.records();
    CHECK_EQ(iso(records.time(1)), std::string("2026-12-01T11:25:01.668Z"));
    CHECK_EQ(std::string(records.level(1)), std::string(pick(1, {"Info", "Warning", "Error"})));
    CHECK_EQ(std::string(records.component(1)), std::string(pick(1, {"Health", "JDBC"})));
    CHECK_EQ(std::string(records.entity(1)), std::string("wls-host-01"));
    CHECK_EQ(std::string(corpus.message(1)), message(1)); // its thread is "Timer-2"
    CHECK_EQ(std::string(corpus.message(2)), message(2));
    // The trace after line 5 continues its record.
    CHECK_EQ(records.recordStart(6), std::uint64_t{5});
    CHECK_EQ(records.recordStart(8), std::uint64_t{5});
    Corpus again = mined(log, RecordOptions{"weblogic", {}});
    CHECK_EQ(std::string(again.message(2)), message(2));
}

// The Linux audit log: its "msg=audit(…):" is the record's stamp and serial, not a message (read
// as logfmt, every line was that one template); the type is the component, the fields after the
// stamp the message.
// The type opens the template: records of two types with the same fields are two events.
LS_TEST(linuxAuditLog)
{
    const auto entry = [](int i) {
        const std::string stamp = "type=" + std::string(pick(i, {"SYSCALL", "CWD", "USER_LOGIN"})) +
                                  " msg=audit(" + std::to_string(1764583200 + i) +
                                  ".250:" + std::to_string(4000 + i) + "): ";
        return stamp + (i % 3 == 1 ? "cwd=\"/home/u" + std::to_string(i) + "\""
                                   : "pid=" + std::to_string(100 + i) + " uid=0 res=success");
    };
    std::string log = lines(90, entry);
    log += "not audit\n";
    Corpus corpus = mined(log);
    CHECK_EQ(corpus.layout(0).format, std::string("auditd"));
    CHECK_EQ(corpus.layout(0).fitted, std::uint64_t{90});
    const RecordColumns& records = corpus.records();
    CHECK_EQ(iso(records.time(1)), std::string("2025-12-01T10:00:01.250Z"));
    CHECK_EQ(std::string(records.component(0)), std::string(pick(0, {"SYSCALL", "CWD", "USER_LOGIN"})));
    CHECK_EQ(std::string(corpus.message(1)), entry(1).substr(entry(1).find("): ") + 3));
    CHECK(records.strays(90));
    CHECK(corpus.miner().clusterCount() >= 2);
    std::set<std::string> pidTemplates;
    for (std::uint64_t line = 0; line < 90; ++line) {
        const std::string text =
            corpus.miner().templateText(corpus.clusterOfMessage(corpus.messageKeys()[line]));
        CHECK(text.starts_with(std::string(records.component(line)) + " "));
        if (line % 3 != 1) pidTemplates.insert(text);
    }
    CHECK_EQ(pidTemplates.size(), std::size_t{3}); // SYSCALL, CWD and USER_LOGIN apart
    Corpus again = mined(log, RecordOptions{"auditd", {}});
    CHECK_EQ(again.layout(0).fitted, std::uint64_t{90});
}

LS_TEST_MAIN()
