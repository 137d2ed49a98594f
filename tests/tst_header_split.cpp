// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "check.h"

#include "logsleuth/text/header_split.h"

using namespace logsleuth::text;

LS_TEST(formats)
{
    struct Row {
        const char* name;
        std::string_view line, timestamp, level, message;
    };
    const std::vector<Row> rows{
        {"iso 8601 T zone", "2024-03-01T10:00:00.123Z ERROR worker crashed", "2024-03-01T10:00:00.123Z",
         "ERROR", "worker crashed"},
        {"iso offset logger", "2024-03-01T10:00:00+01:00 WARN app.Main: disk low",
         "2024-03-01T10:00:00+01:00", "WARN", "disk low"},
        {"log4j comma millis", "2015-10-18 18:01:47,978 INFO [main] org.apache.App: Created app 1",
         "2015-10-18 18:01:47,978", "INFO", "Created app 1"},
        {"syslog", "Dec 10 06:55:46 LabSZ sshd[24200]: Invalid user webmaster from 1.2.3.4",
         "Dec 10 06:55:46", "", "Invalid user webmaster from 1.2.3.4"},
        {"syslog single digit day", "Jun  4 15:16:01 combo sshd(pam_unix)[19939]: check pass; user unknown",
         "Jun  4 15:16:01", "", "check pass; user unknown"},
        {"syslog kernel", "Jun 14 15:16:01 combo kernel: Linux version 2.6.5", "Jun 14 15:16:01", "",
         "Linux version 2.6.5"},
        {"compact numeric", "081109 203615 148 INFO dfs.DataNode$DataXceiver: Receiving block blk_1",
         "081109 203615", "INFO", "Receiving block blk_1"},
        {"bracketed ctime", "[Sun Dec 04 04:47:44 2005] [error] mod_jk child in error state 6",
         "Sun Dec 04 04:47:44 2005", "error", "mod_jk child in error state 6"},
        {"android logcat", "03-17 16:13:38.811  1702  2395 D WindowManager: freezing display",
         "03-17 16:13:38.811", "D", "freezing display"},
        {"short date", "17/06/09 20:10:40 INFO executor.Executor: Running task 1.0", "17/06/09 20:10:40",
         "INFO", "Running task 1.0"},
        {"dash separated context",
         "2015-07-29 17:41:44,747 - INFO  [QuorumPeer[myid=1]/0:0:0:0:0:0:0:0:2181:FastLeaderElection@774] - "
         "Notification time out: 3200",
         "2015-07-29 17:41:44,747", "INFO", "Notification time out: 3200"},
        {"prefix token then timestamp",
         "nova-api.log.1 2017-05-16 00:00:00.008 25746 INFO nova.osapi.server [req-1 abc - - -] 10.11.10.1 "
         "GET",
         "2017-05-16 00:00:00.008", "INFO", "10.11.10.1 GET"},
        {"access log time", "[10/Oct/2000:13:55:36 -0700] GET /index.html", "10/Oct/2000:13:55:36 -0700", "",
         "GET /index.html"},
        {"bare time", "12:00:01.250 [main] DEBUG com.x.Y - started", "12:00:01.250", "DEBUG", "started"},
        {"no timestamp", "just a message: with a colon", "", "", "just a message: with a colon"},
        {"number but no timestamp", "42 INFO not a header", "", "", "42 INFO not a header"},
        {"empty", "", "", "", ""},
        {"timestamp only", "2024-03-01 10:00:00", "2024-03-01 10:00:00", "", ""},
    };
    for (const Row& row : rows) {
        LS_ROW(row.name);
        const LineParts parts = splitHeader(row.line);
        CHECK_EQ(parts.timestamp, row.timestamp);
        CHECK_EQ(parts.level, row.level);
        CHECK_EQ(parts.message, row.message);
        // The parts are views into the line, the header ends before the message.
        CHECK(parts.header.data() == row.line.data() || row.line.empty() || parts.header.empty());
        if (!row.timestamp.empty()) CHECK(parts.header.size() <= row.line.size() - row.message.size());
    }
}

LS_TEST(levelWords)
{
    for (std::string_view word : {"INFO", "info", "Warning", "ERR", "E", "W", "FATAL", "trace"}) {
        LS_ROW(std::string(word));
        CHECK(isLevelWord(word));
    }
    for (std::string_view word : {"", "X", "e", "information", "block"}) {
        LS_ROW(std::string(word));
        CHECK(!isLevelWord(word));
    }
}

LS_TEST_MAIN()
