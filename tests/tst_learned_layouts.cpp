// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Layouts learned from lines of formats made up here (pipes, tabs, padded columns, a program
// before " - ", epoch stamps, repeated hosts, syslog, a level letter glued to its date, fields
// glued by colons or brackets, and loggers of many systems): per format the learned layout, the
// time, level, component and entity of a line, and that the learned format given back with
// --format reads every line the same way.
#include "check.h"

#include "logsleuth/text/corpus.h"
#include "made_up_lines.h"

#include <cstdio>
#include <string>
#include <vector>

using namespace logsleuth::text;

using namespace made_up;

LS_TEST(learnedLayouts)
{
    struct Row {
        const char* name;
        std::string text;
        std::string format, time, level, component, entity;
    };
    const std::vector<Row> rows{
        {"pipe separated",
         lines(300,
               [](int i) {
                   return "2023-04-01 12:" + two(i / 60) + ":" + two(i) + ".123|web-0" +
                          std::to_string(i % 5) + "|api.handler" + std::to_string(i % 3) + "|" +
                          std::to_string(1000 + i) + "|" + message(i);
               }),
         "<Time>|<Entity>|<Component>|<Pid>|<Content>", "2023-04-01T12:00:00.123Z", "", "api.handler0",
         "web-00"},
        {"ids before a dotted date-time, level last",
         lines(300,
               [](int i) {
                   const std::string node = "r" + std::to_string(i % 12) + "-n" + std::to_string(i % 3);
                   return std::string(pick(i, {"-", "-", "-", "XX"})) + " " + std::to_string(1680350401 + i) +
                          " 2023.04.01 " + node + " 2023-04-01-12." + two(i / 60) + "." + two(i) +
                          ".250000 " + node + " SYS " + pick(i, {"DISK", "NET", "CPU"}) + " " +
                          pick(i, {"INFO", "INFO", "WARN", "FATAL"}) + " " + message(i);
               }),
         "<Field> <Time> <Time2> <Entity> <Time3> <Field2> SYS <Component> <Level> <Content>",
         "2023-04-01T12:00:00.250Z", "INFO", "DISK", "r0-n0"},
        {"padded columns after a comma",
         lines(300,
               [](int i) {
                   std::string level = pick(i, {"Info", "Warning", "Error"});
                   std::string component = pick(i, {"Disk", "Net", "Kern"});
                   level.resize(20, ' ');
                   component.resize(6, ' ');
                   return "2023-04-01 12:00:" + two(i) + ", " + level + " " + component + " " + message(i);
               }),
         "<Time>, <Level> <Component> <Content>", "2023-04-01T12:00:00.000Z", "Info", "Disk", ""},
        {"program before a dash, some with a blank",
         lines(300,
               [](int i) {
                   return "[04.01 12:" + two(i / 60) + ":" + two(i) + "] " +
                          pick(i, {"backup.exe", "sync.exe", "agent.exe *64"}) + " - srv" +
                          std::to_string(i % 4) + ".example.com:443 " + message(i);
               }),
         "[<Time>] <Component> - <Content>", "2020-04-01T12:00:00.000Z", "", "backup.exe", ""},
        {"a thread in brackets, then a logger before a lone colon, unpadded",
         lines(300,
               [](int i) {
                   return "2023-04-01 12:00:" + two(i) + ".500 " + pick(i, {"INFO", "WARN", "DEBUG"}) +
                          " 4242 --- [" + pick(i, {"main", "exec-7", "scheduling-1"}) + "] " +
                          pick(i, {"c.e.shop.Orders", "o.h.SQL", "c.e.Pay"}) + " : " + message(i);
               }),
         "<Time> <Level> <Pid> --- [<Context>] <Component> : <Content>", "2023-04-01T12:00:00.500Z", "INFO",
         "c.e.shop.Orders", ""},
        {"a thread in brackets, then the qualified method that logged (Tomcat's JULI)",
         lines(300,
               [](int i) {
                   return two(1 + i % 28) + "-Apr-2023 12:00:" + two(i) + ".500 " +
                          pick(i, {"INFO", "WARNING", "SEVERE"}) + " [" + pick(i, {"main", "exec-7"}) + "] " +
                          pick(i, {"org.apache.catalina.startup.Catalina.start", "org.apache.Coyote.init",
                                   "o.a.c.core.StandardContext.reload"}) +
                          " " + message(i);
               }),
         "<Time> <Level> [<Context>] <Component> <Content>", "2023-04-01T12:00:00.500Z", "INFO",
         "org.apache.catalina.startup.Catalina.start", ""},
        {"a logger named after its module after the level, no separator (Python's %(name)s)",
         lines(300,
               [](int i) {
                   return "2023-04-01 12:00:" + two(i) + ",500 " + pick(i, {"INFO", "WARNING", "DEBUG"}) +
                          " " +
                          pick(i, {"app.api", "urllib3.connectionpool", "app", "botocore.credentials"}) +
                          " " + message(i);
               }),
         "<Time> <Level> <Component> <Content>", "2023-04-01T12:00:00.500Z", "INFO", "app.api", ""},
        {"a level opening the stamp's group, a component closing it (Tornado, Jupyter)",
         lines(300,
               [](int i) {
                   return std::string("[") + pick(i, {"I", "W", "E", "I"}) + " 2023-04-01 12:00:" + two(i) +
                          ".500 " + pick(i, {"ServerApp", "KernelManager"}) + "] " + message(i);
               }),
         "[<Level> <Time> <Component>] <Content>", "2023-04-01T12:00:00.500Z", "I", "ServerApp", ""},
        {"tab columns with the message between them, a JSON context after it (zap's console encoder)",
         lines(300,
               [](int i) {
                   return "2023-04-01T12:00:" + two(i) + ".500Z\t" + pick(i, {"INFO", "WARN", "DEBUG"}) +
                          "\t" + pick(i, {"server/main.go", "db/pool.go"}) + ":" +
                          std::to_string(10 + i % 90) + "\t" + message(i) +
                          "\t{\"req\": " + std::to_string(i) + "}";
               }),
         "<Time>\t<Level>\t<Component>\t<Content>", "2023-04-01T12:00:00.500Z", "INFO", "server/main.go", ""},
        {"a channel and its level before a colon, context after the message (Monolog, Laravel)",
         lines(300,
               [](int i) {
                   return "[2023-04-01 12:00:" + two(i) + "] " + pick(i, {"production", "local"}) + "." +
                          pick(i, {"INFO", "WARNING", "ERROR"}) + ": " + message(i) +
                          " {\"user\": " + std::to_string(i) + "} []";
               }),
         "[<Time>] <Component>.<Level>: <Content>", "2023-04-01T12:00:00.000Z", "INFO", "production", ""},
        {"a level letter and a slash before the tag, its pid padded in parentheses (logcat's brief format)",
         lines(300,
               [](int i) {
                   return std::string(pick(i, {"I", "W", "E", "D"})) + "/" +
                          pick(i, {"ActivityManager", "PackageManager", "chatty"}) + "(" +
                          (i % 2 ? "  " : " ") + std::to_string(100 + i * 7) + "): " + message(i);
               }),
         "<Level>/<Component>: <Content>", "", "I", "ActivityManager", ""},
        {"a level in one word or two before its colon, after a constant (PHP's error log)",
         lines(300,
               [](int i) {
                   return "[" + two(1 + i % 28) + "-Apr-2023 12:00:" + two(i) + " UTC] PHP " +
                          pick(i, {"Warning:", "Fatal error:", "Notice:", "Deprecated:"}) + "  " +
                          message(i) + " in /var/www/app/index.php on line " + std::to_string(10 + i);
               }),
         "[<Time>] PHP <Level>: <Content>", "2023-04-01T12:00:00.000Z", "Warning", "", ""},
        {"padded columns of mixed kinds between the stamp and the process (macOS's log show)",
         lines(300,
               [](int i) {
                   std::string type = pick(i, {"Default", "Info", "Error", "Fault"});
                   type.resize(11, ' ');
                   return "2023-04-01 12:00:" + two(i) + ".444331+0100 0x" + std::to_string(61124 + i % 7) +
                          "    " + type + "0x0                  " + std::to_string(200 + i % 50) +
                          "    0    " + pick(i, {"kernel", "sharingd", "launchd"}) + ": " + message(i);
               }),
         // The type is the level where level words outnumber the rest ("Default", "Fault").
         "<Time> <Entity> <Level> 0x0 <Pid> <Pid2> <Component>: <Content>", "2023-04-01T11:00:00.444Z",
         "Default", "kernel", "0x61124"},
        {"a load balancer's name, two addresses, timings, its status and the backend's, then the request "
         "(AWS's "
         "classic ELB)",
         lines(300,
               [](int i) {
                   const std::string status = pick(i, {"200", "200", "503", "404"});
                   return "2023-04-01T12:00:" + two(i) + ".500000Z shop-elb 203.0.113." +
                          std::to_string(i % 200) + ":" + std::to_string(40000 + i) + " 10.0.1." +
                          std::to_string(i % 4) + ":80 0.0000" + std::to_string(10 + i % 80) + " 0.0" +
                          std::to_string(10 + i % 50) + " 0.00002" + " " + status + " " + status + " 0 " +
                          std::to_string(100 + i) + " \"GET http://shop.example.com:80/item/" +
                          std::to_string(i) + " HTTP/1.1\" \"" + message(i) + "\" - -";
               }),
         "<Time> shop-elb <Entity> <Component> <Pid> <Pid2> <Pid3> <Level> <Pid4> <Pid5> <Pid6> <Content>",
         "2023-04-01T12:00:00.500Z", "200", "10.0.1.0:80", "203.0.113.0:40000"},
        {"syslog style host and tag",
         lines(300,
               [](int i) {
                   return "Apr  " + std::to_string(1 + i % 9) + " 12:00:" + two(i) + " host-a-1-" +
                          std::to_string(i % 3) + " " + pick(i, {"daemon", "cron", "net.agent"}) + "[" +
                          std::to_string(i) + "]: " + message(i);
               }),
         "<Time> <Entity> <Component>: <Content>", "2020-04-01T12:00:00.000Z", "", "daemon", "host-a-1-0"},
        {"compact date, colon millis, pipes",
         lines(300,
               [](int i) {
                   return "20230401-12:00:" + two(i) + ":" + std::to_string(100 + i % 900) + "|Sensor_" +
                          pick(i, {"X", "Y", "Z"}) + "|" + std::to_string(99000 + i) + "|" + message(i);
               }),
         "<Time>|<Component>|<Pid>|<Content>", "2023-04-01T12:00:00.100Z", "", "Sensor_X", ""},
        {"month-first date with AM/PM",
         lines(300,
               [](int i) {
                   return two(1 + i % 12) + "/" + std::to_string(13 + i % 15) + "/2023 " +
                          std::to_string(i % 12 + 1) + ":" + two(i) + ":00 PM " + pick(i, {"INFO", "DEBUG"}) +
                          " " + message(i);
               }),
         "<Time> <Level> <Content>", "2023-01-13T13:00:00.000Z", "INFO", "", ""},
        {"host and tag without a timestamp",
         lines(300,
               [](int i) {
                   return "web-" + std::to_string(i % 4) + " " + pick(i, {"nginx", "php-fpm", "cron"}) + "[" +
                          std::to_string(100 + i) + "]: " + message(i);
               }),
         "<Entity> <Component>: <Content>", "", "", "nginx", "web-0"},
        {"one-letter level glued to a month-day date, source location in brackets' stead",
         lines(300,
               [](int i) {
                   return std::string(pick(i, {"I", "I", "W", "E"})) + "0401 12:" + two(i / 60) + ":" +
                          two(i) + ".004217 " + std::to_string(700 + i % 50) + " " +
                          pick(i, {"store.cc", "queue.rs", "main.c"}) + ":" + std::to_string(10 + i % 400) +
                          "] " + message(i);
               }),
         "<Level><Time> <Pid> <Component>] <Content>", "2020-04-01T12:00:00.004Z", "I", "store.cc", ""},
        {"tab-separated columns, level words of every kind",
         lines(300,
               [](int i) {
                   return "2023-04-01T12:00:" + two(i) + "\t" +
                          pick(i, {"Informational", "Information", "Verbose", "Error", "Warning"}) + "\t" +
                          pick(i, {"Disk Manager", "Net", "Scheduler"}) + "\t" + message(i);
               }),
         "<Time>\t<Level>\t<Component>\t<Content>", "2023-04-01T12:00:00.000Z", "Informational",
         "Disk Manager", ""},
        {"level, logger and message glued by colons",
         lines(300,
               [](int i) {
                   return std::string(pick(i, {"WARNING", "INFO", "ERROR"})) + ":" +
                          pick(i, {"root", "shop.db", "shop.web"}) + ":" + message(i);
               }),
         "<Level>:<Component>:<Content>", "", "WARNING", "root", ""},
        {"bracketed groups side by side, padded inside",
         lines(300,
               [](int i) {
                   std::string logger = pick(i, {"a.b.Node", "a.b.c.Service", "a.Gateway"});
                   logger.resize(16, ' ');
                   return "[2023-04-01T12:00:" + two(i) + ",5" + two(i) + "][" +
                          pick(i, {"INFO ", "WARN ", "ERROR"}) + "][" + logger + "] [n" +
                          std::to_string(i % 3) + "] " + message(i);
               }),
         "[<Time>][<Level>][<Component>] [<Context>] <Content>", "2023-04-01T12:00:00.500Z", "INFO",
         "a.b.Node", ""},
        {"a LOG level after a bracketed pid",
         lines(300,
               [](int i) {
                   return "2023-04-01 12:00:" + two(i) + ".250 UTC [" + std::to_string(4000 + i) + "] " +
                          pick(i, {"LOG", "LOG", "WARNING", "ERROR"}) + ":  " + message(i);
               }),
         "<Time> [<Context>] <Level> <Content>", "2023-04-01T12:00:00.250Z", "LOG", "", ""},
        {"bracketed columns holding level words and other words; the one of names is the component",
         lines(300,
               [](int i) {
                   return "2023-04-01T12:00:" + two(i) + ".123456Z " + std::to_string(i % 7) + " [" +
                          pick(i, {"Note", "Warning", "ERROR", "System"}) + "] [CODE-" +
                          std::to_string(100 + i % 9) + "] [" + pick(i, {"Server", "Engine"}) + "] " +
                          message(i);
               }),
         "<Time> <Pid> [<Level>] [<Context>] [<Component>] <Content>", "2023-04-01T12:00:00.123Z", "Note",
         "Server", ""},
        {"a stamp with more in its bracket, a double dash after the level",
         lines(300,
               [](int i) {
                   return std::string(pick(i, {"I", "W", "E"})) + ", [2023-04-01T12:00:" + two(i) +
                          ".250000 #" + std::to_string(300 + i % 5) + "] " +
                          pick(i, {" INFO", " WARN", "ERROR"}) + " -- : " + message(i);
               }),
         "<Level>, [<Time> <Pid>] <Field> -- : <Content>", "2023-04-01T12:00:00.250Z", "I", "", ""},
        {"a few fields, then a dash",
         lines(300,
               [](int i) {
                   return "2023-04-01T12:00:" + two(i) + ".5Z box" + std::to_string(i % 4) + " " +
                          pick(i, {"cron", "su", "agent"}) + " " + std::to_string(900 + i) + " M" +
                          std::to_string(i % 30) + " - " + message(i);
               }),
         "<Time> <Entity> <Field> <Pid> <Component> - <Content>", "2023-04-01T12:00:00.500Z", "", "M0",
         "box0"},
        {"tab columns with a source location",
         lines(300,
               [](int i) {
                   return "2023-04-01T12:00:" + two(i) + ".750Z\t" + pick(i, {"info", "warn", "error"}) +
                          "\t" + pick(i, {"api/server.go", "db/pool.go"}) + ":" +
                          std::to_string(10 + i % 300) + "\t" + message(i);
               }),
         "<Time>\t<Level>\t<Component>\t<Content>", "2023-04-01T12:00:00.750Z", "info", "api/server.go", ""},
        {"a syslog priority first, the host after the stamp",
         lines(300,
               [](int i) {
                   return "<" + std::to_string(10 + i % 150) + ">1 2023-04-01T12:00:" + two(i) + ".5Z box" +
                          std::to_string(i % 4) + ".example.net " + pick(i, {"cron", "su", "agent"}) + " " +
                          std::to_string(900 + i) + " M" + std::to_string(i % 30) + " - " + message(i);
               }),
         // RFC 5424, read by position: the app is the component (not the message id, M0, as the
         // learned layout had it), the priority's severity the level (10 = auth.crit).
         "rfc5424", "2023-04-01T12:00:00.500Z", "crit", "cron", "box0.example.net"},
        {"a file name with a time in it is no source location",
         lines(300,
               [](int i) {
                   return "svc-" + std::string(pick(i, {"api", "db"})) +
                          ".log.1.2023-04-01_12:" + two(i % 7) + ":" + two(i % 11) +
                          " 2023-04-01 12:00:" + two(i) + ".125 " + std::to_string(2900 + i % 5) + " " +
                          pick(i, {"INFO", "WARN"}) + " " + pick(i, {"svc.api.handler", "svc.db.pool"}) +
                          " [req-" + std::to_string(i) + "] " + message(i);
               }),
         "<Entity> <Time> <Pid> <Level> <Component> [<Context>] <Content>", "2023-04-01T12:00:00.125Z",
         "INFO", "svc.api.handler", "svc-api.log.1.2023-04-01_12:00:00"},
        {"a level written as a symbol after the stamp",
         lines(300,
               [](int i) {
                   return std::to_string(700 + i % 5) + ":" + pick(i, {"M", "S"}) +
                          " 01 Apr 2023 12:00:" + two(i) + ".125 " + pick(i, {"*", "#", "-", "."}) + " " +
                          message(i);
               }),
         "<Entity> <Time> <Level> <Content>", "2023-04-01T12:00:00.125Z", "*", "", "700:M"},
        {"a flag of letters that would make most lines fatal is no level",
         lines(300,
               [](int i) {
                   return "2023-04-01T12:00:" + two(i) + ".125000000Z " + pick(i, {"stdout", "stderr"}) +
                          " " + pick(i, {"F", "F", "F", "P"}) + " " + message(i);
               }),
         "<Time> <Component> <Field> <Content>", "2023-04-01T12:00:00.125Z", "", "stdout", ""},
        {"a mark glued before the stamp, a colon after it, Cisco's mnemonic with its severity digit",
         lines(300,
               [](int i) {
                   return std::string(i % 7 == 0 ? "." : "*") + "Apr  1 12:00:" + two(i) + ".125: %" +
                          pick(i, {"LINK-3-UPDOWN", "SYS-5-CONFIG_I", "OSPF-5-ADJCHG"}) + ": " + message(i);
               }),
         "<Time> <Component>: <Content>", "2020-04-01T12:00:00.125Z", "3", "%LINK-3-UPDOWN", ""},
        {"a host, a lone colon and the mnemonic (Cisco ASA's \"fw-01 : %ASA-6-302013:\")",
         lines(300,
               [](int i) {
                   return "Apr 01 2020 12:00:" + two(i) + " " + pick(i, {"asa-edge-01", "asa-core-02"}) +
                          " : %ASA-" + pick(i, {"6-302013", "6-302014", "4-106023", "6-305011"}) + ": " +
                          message(i);
               }),
         "<Time> <Entity> : <Component>: <Content>", "2020-04-01T12:00:00.000Z", "6", "%ASA-6-302013",
         "asa-edge-01"},
        {"a process#thread id after the level",
         lines(300,
               [](int i) {
                   return "2023/04/01 12:00:" + two(i) + " [" + pick(i, {"error", "warn", "notice"}) + "] " +
                          std::to_string(4000 + i % 4) + "#" + std::to_string(i % 3) + ": *" +
                          std::to_string(100 + i) + " " + message(i);
               }),
         "<Time> [<Level>] <Pid> <Content>", "2023-04-01T12:00:00.000Z", "error", "", ""},
        {"level and module inside the stamp's bracket",
         lines(300,
               [](int i) {
                   return "[2023-04-01T12:00:" + two(i) + "Z " + pick(i, {"INFO ", "WARN ", "ERROR"}) + " " +
                          pick(i, {"shop::db", "shop::net", "hyper::proto"}) + "] " + message(i);
               }),
         "[<Time> <Level> <Component>] <Content>", "2023-04-01T12:00:00.000Z", "INFO", "shop::db", ""},
        {"a clock and a three-letter level in one bracket",
         lines(300,
               [](int i) {
                   return "[12:00:" + two(i) + " " + pick(i, {"INF", "WRN", "ERR", "DBG"}) + "] " +
                          message(i);
               }),
         "[<Time> <Level>] <Content>", "2020-05-31T12:00:00.000Z", "INF", "",
         ""}, // after the file time: the day before
        {"fields between bars, a module:function:line",
         lines(300,
               [](int i) {
                   return "2023-04-01 12:00:" + two(i) + ".500 | " +
                          pick(i, {"INFO    ", "WARNING ", "DEBUG   "}) + " | " +
                          pick(i, {"shop.db:connect:51", "__main__:run:7"}) + " - " + message(i);
               }),
         "<Time>|<Level>|<Component> - <Content>", "2023-04-01T12:00:00.500Z", "INFO", "shop.db", ""},
        {"a module and its level in one bracket",
         lines(300,
               [](int i) {
                   return "[Sat Apr 01 12:00:" + two(i) + ".250000 2023] [" +
                          pick(i, {"core", "ssl", "proxy"}) + ":" + pick(i, {"error", "warn", "notice"}) +
                          "] [pid " + std::to_string(900 + i) + ":tid " + std::to_string(7000 + i) + "] " +
                          message(i);
               }),
         "[<Time>] [<Component>:<Level>] [<Context>] <Content>", "2023-04-01T12:00:00.250Z", "error", "core",
         ""},
        {"a source location in braces",
         lines(300,
               [](int i) {
                   return "[2023-04-01T12:00:" + two(i) + ".500+0000] {" + pick(i, {"task.py", "jobs.py"}) +
                          ":" + std::to_string(10 + i) + "} " + pick(i, {"INFO", "WARNING", "ERROR"}) +
                          " - " + message(i);
               }),
         "[<Time>] <Component> <Level> - <Content>", "2023-04-01T12:00:00.500Z", "INFO", "task.py", ""},
        {"a colon after the stamp, a level and a process closing its bracket",
         lines(300,
               [](int i) {
                   return "[2023-04-01 12:00:" + two(i) + ",250: " + pick(i, {"INFO", "WARNING", "ERROR"}) +
                          "/" + pick(i, {"MainProcess", "Worker-1"}) + "] " + message(i);
               }),
         "[<Time> <Level>] <Content>", "2023-04-01T12:00:00.250Z", "INFO", "MainProcess", ""},
        {"a logger in parentheses closing the line",
         lines(300,
               [](int i) {
                   return "[2023-04-01 12:00:" + two(i) + ",250] " + pick(i, {"INFO", "WARN", "ERROR"}) +
                          " [" + pick(i, {"Controller id=1", "Fetcher id=2"}) + "] " + message(i) + " (" +
                          pick(i, {"app.controller.Controller", "app.log.Log$Segment"}) + ")";
               }),
         "[<Time>] <Level> [<Context>] <Content> (<Component>)", "2023-04-01T12:00:00.250Z", "INFO",
         "app.controller.Controller", ""},
        // ESXi's vmkernel: the CPU and world close a parenthesis before the module; a level may
        // stand there, the module after it.
        {"a context a parenthesis closes before the module, a level in its place on some lines",
         lines(300,
               [](int i) {
                   const std::string context =
                       "cpu" + std::to_string(i % 32) + ":" + std::to_string(2098114 + i % 7) + ")";
                   return "2023-04-01T12:00:" + two(i) + ".250Z " + context +
                          (i % 3 == 0 ? std::string("WARNING: LinScsi: ")
                                      : std::string(pick(i, {"Config", "World", "NMP"})) + ": ") +
                          message(i);
               }),
         "<Time> <Component>: <Content>", "2023-04-01T12:00:00.250Z", "WARNING", "LinScsi", ""},
        // fail2ban's: a logger with a digit in its name is no host.
        {"a dotted logger with a digit in its name, a process and a jail",
         lines(300,
               [](int i) {
                   std::string logger = pick(i, {"fail2ban.filter", "fail2ban.actions", "fail2ban.server"});
                   logger.resize(24, ' ');
                   return "2023-04-01 12:00:" + two(i) + ",250 " + logger + "[" +
                          std::to_string(700 + i % 3) + "]: " + pick(i, {"INFO   ", "NOTICE ", "WARNING"}) +
                          " [" + pick(i, {"sshd", "nginx"}) + "] " + message(i);
               }),
         "<Time> <Component> [<Context>]: <Level> [<Context2>] <Content>", "2023-04-01T12:00:00.250Z", "INFO",
         "fail2ban.filter", ""},
        // Kafka's: some lines leave the context out, some close it with a colon.
        {"a logger closing the line, a context some lines leave out or close with a colon",
         lines(300,
               [](int i) {
                   const std::string context = i % 5 == 0   ? ""
                                               : i % 5 == 1 ? "[GroupCoordinator 1]: "
                                                            : "[Controller id=1] ";
                   return "[2023-04-01 12:00:" + two(i) + ",250] " + pick(i, {"INFO", "WARN"}) + " " +
                          context + message(i) + " (" +
                          pick(i, {"kafka.log.LogSegment", "kafka.server.Fetcher"}) + ")";
               }),
         "[<Time>] <Level> [<Context>] <Content> (<Component>)", "2023-04-01T12:00:00.250Z", "INFO",
         "kafka.log.LogSegment", ""},
        {"tab columns, a logger opening the last one",
         lines(300,
               [](int i) {
                   return "2023-04-01 12:00:" + two(i) + ".250+0000 [id=" + std::to_string(i % 40) + "]\t" +
                          pick(i, {"INFO", "WARNING", "SEVERE"}) + "\t" +
                          pick(i, {"app.model.Work", "app.Init"}) + ": " + message(i);
               }),
         "<Time> [<Context>]\t<Level>\t<Component>: <Content>", "2023-04-01T12:00:00.250Z", "INFO",
         "app.model.Work", ""},
        {"a name qualified by an instance in parentheses before the colon (\"device (eth0):\")",
         lines(300,
               [](int i) {
                   return "<" + std::string(pick(i, {"info", "warn"})) + ">  [" +
                          std::to_string(1680350400 + i) + ".0" + two(i) + "] " +
                          pick(i, {"device", "dhcp4", "device"}) + " (" +
                          pick(i, {"eth0", "wlp2s0", "enp0s31f6", "eth0"}) + "): " + message(i);
               }),
         "<Level> [<Time>] <Component> (<Entity>): <Content>", "2023-04-01T12:00:00.000Z", "info", "device",
         "eth0"},
        {"a kernel's seconds since boot, right-aligned in brackets",
         lines(300,
               [](int i) {
                   char stamp[32];
                   std::snprintf(stamp, sizeof stamp, "[%5d.%06d] ", i * i / 7, (i * 7919) % 1000000);
                   return stamp + std::string(pick(i, {"", "usb 1-1: ", "e1000 0000:00:03.0 eth0: "})) +
                          message(i);
               }),
         "[<Time>] <Content>", "1970-01-01T00:00:00.000Z", "", "", ""},
        {"an address column after the stamp and a duration, a request after it",
         lines(300,
               [](int i) {
                   char head[64];
                   std::snprintf(head, sizeof head, "%d.%03d %6d 10.1.%d.%d ", 1680350400 + i, i % 1000,
                                 (i * 37) % 3000, i % 4, 2 + i % 200);
                   return head + std::string(pick(i, {"TCP_MISS/200", "TCP_HIT/200", "TCP_DENIED/403"})) +
                          " " + std::to_string(200 + i) + " " + pick(i, {"GET", "POST"}) + " http://h" +
                          std::to_string(i % 9) + ".example.com/ - " +
                          pick(i, {"DIRECT/10.9.0.1", "NONE/-"}) + " text/html " + message(i);
               }),
         "<Time> <Pid> <Entity> <Content>", "2023-04-01T12:00:00.000Z", "", "", "10.1.0.2"},
        {"a program tag that some lines leave empty (Ruby's Logger: \"-- rails:\" beside \"-- :\")",
         lines(300,
               [](int i) {
                   const std::string level = pick(i, {"INFO", "WARN", "ERROR", "DEBUG"});
                   return level.substr(0, 1) + ", [2023-04-01T12:00:" + two(i) + ".500123 #" +
                          std::to_string(4000 + i % 7) + "] " + std::string(5 - level.size(), ' ') + level +
                          " -- " + pick(i, {"", "rails", "sidekiq"}) + ": " + message(i);
               }),
         "<Level>, [<Time> <Pid>] <Field> -- <Component>: <Content>", "2023-04-01T12:00:00.500Z", "I", "",
         ""},
        {"program tags in capitals beside tags with a process id (Junos' \"RT_FLOW:\", \"sshd[812]:\")",
         lines(300,
               [](int i) {
                   const std::string tag =
                       i % 10 == 3
                           ? "sshd[" + std::to_string(800 + i) + "]: "
                           : pick(i, {"RT_FLOW: RT_FLOW_SESSION_CLOSE: ", "RT_FLOW: RT_FLOW_SESSION_CREATE: ",
                                      "RT_SCREEN: RT_SCREEN_TCP: "});
                   return "Apr  1 12:00:" + two(i) + "  srx-edge-01 " + tag + message(i);
               }),
         "<Time> <Entity> <Component>: <Content>", "2020-04-01T12:00:00.000Z", "", "RT_FLOW", "srx-edge-01"},
        {"records of comma-separated values, as many fields as their type has, after a syslog stamp: "
         "their stable fields are no header",
         lines(300,
               [](int i) {
                   return "Apr  1 12:00:" + two(i) + " fw-7 1,2020/04/01 12:00:" + two(i) + ",0132010826," +
                          pick(i, {"TRAFFIC,end", "TRAFFIC,deny", "THREAT,url,http,42"}) + ",2562,10.0.0." +
                          std::to_string(i % 250) + ",203.0.113.20," + pick(i, {"allow-dns", "allow-web"}) +
                          ",,vsys1,trust,untrust," + std::to_string(i * 7) + "," +
                          pick(i, {"United States", "Reserved", "Russian Federation"}) + ",0,,\"" +
                          message(i) + "\"";
               }),
         "<Time> <Content>", "2020-04-01T12:00:00.000Z", "", "", ""},
        {"a level letter with an exclamation mark, a plugin in brackets (Telegraf's \"I! [inputs.snmp]\")",
         lines(300,
               [](int i) {
                   return "2023-04-01T12:00:" + two(i) + "Z " + pick(i, {"I!", "I!", "W!", "E!", "D!"}) +
                          " [" + pick(i, {"inputs.snmp", "outputs.influxdb_v2", "agent"}) + "] " + message(i);
               }),
         "<Time> <Level> [<Component>] <Content>", "2023-04-01T12:00:00.000Z", "I!", "inputs.snmp", ""},
        {"a syslog facility and severity before the tag (OpenWrt's logread: \"daemon.info dnsmasq[6213]:\")",
         lines(300,
               [](int i) {
                   return "Sat Apr  1 12:00:" + two(i) + " 2023 " +
                          pick(i,
                               {"daemon.info", "daemon.info", "kern.warn", "authpriv.notice", "local7.err"}) +
                          " " + pick(i, {"dnsmasq", "kernel", "dropbear"}) + "[" + std::to_string(600 + i) +
                          "]: " + message(i);
               }),
         "<Time> <Field>.<Level> <Component>: <Content>", "2023-04-01T12:00:00.000Z", "info", "dnsmasq", ""},
        {"a date and its clock set apart by a comma, a source file in braces (Airflow's task log)",
         lines(300,
               [](int i) {
                   return "[2023-04-01, 12:00:" + two(i) + " UTC] {" +
                          pick(i,
                               {"taskinstance.py:1979", "standard_task_runner.py:60", "subprocess.py:93"}) +
                          "} " + pick(i, {"INFO", "INFO", "WARNING", "ERROR"}) + " - " + message(i);
               }),
         "[<Time> <Time2>] <Component> <Level> - <Content>", "2023-04-01T12:00:00.000Z", "INFO",
         "taskinstance.py", ""},
        {"a logger with brackets of its own, set apart from its colon (Spring Boot's Tomcat logger)",
         lines(300,
               [](int i) {
                   return "2023-04-01T12:00:" + two(i) + ".250Z  " + pick(i, {"INFO", "INFO", "WARN"}) +
                          " 1 --- [" + pick(i, {"main", "http-nio-8080-exec-1"}) + "] " +
                          pick(i,
                               {"o.a.c.c.C.[Tomcat].[localhost].[/]", "o.s.web.servlet.DispatcherServlet"}) +
                          "       : " + message(i);
               }),
         "<Time> <Level> <Pid> --- [<Context>] <Component> : <Content>", "2023-04-01T12:00:00.250Z", "INFO",
         "o.a.c.c.C.[Tomcat].[localhost].[/]", ""},
        {"a tag most lines hold, some lines without one or with a level marker there (slurmctld)",
         lines(300,
               [](int i) {
                   return "[2023-04-01T12:00:" + two(i) + ".125] " +
                          std::string(i % 10 == 0 ? "error: "
                                      : i % 10 == 1
                                          ? ""
                                          : pick(i, {"_job_complete: ", "sched: ", "_slurm_rpc_submit: "})) +
                          message(i);
               }),
         "[<Time>] <Component>: <Content>", "2023-04-01T12:00:00.125Z", "error", "", ""},
        {"a kernel's seconds since boot after its syslog tag belong to the message",
         lines(300,
               [](int i) {
                   char uptime[32];
                   std::snprintf(uptime, sizeof uptime, "[%5d.%06d] ", 12345 + i * 3, (i * 7919) % 1000000);
                   return "Apr  1 12:00:" + two(i) + " fw0" + std::to_string(i % 3) + " kernel: " + uptime +
                          pick(i, {"[UFW BLOCK] ", "[UFW ALLOW] ", "", "[UFW BLOCK] "}) + message(i);
               }),
         "<Time> <Entity> <Component>: <Content>", "2020-04-01T12:00:00.000Z", "", "kernel", "fw00"},
        {"a thread and its level in one bracket, a colon after it (log4j2's \"[%t/%level]:\")",
         lines(300,
               [](int i) {
                   return "[12:00:" + two(i) + "] [" + pick(i, {"Server thread", "Worker-Main-3", "main"}) +
                          "/" + pick(i, {"INFO", "WARN", "ERROR"}) + "]: " + message(i);
               }),
         "[<Time>] [<Component>/<Level>]: <Content>", "2020-05-31T12:00:00.000Z", "INFO", "Server thread",
         ""},
        {"a stamp inside the message after a syslog tag (HAProxy's requests beside its daemon's lines)",
         lines(300,
               [](int i) {
                   const std::string clock = "12:00:" + two(i);
                   if (i % 10 == 7) return "Apr  1 " + clock + " lb-01 haproxy[2817]: " + message(i);
                   return "Apr  1 " + clock + " lb-01 haproxy[2817]: 10.0.0." + std::to_string(i % 200) +
                          ":5123 [01/Apr/2020:" + clock + ".123] fe_web be_shop/srv" + std::to_string(i % 3) +
                          " 0/0/1/2/3 200 " + std::to_string(100 + i) + " - - ---- " + message(i);
               }),
         "<Time> <Entity> <Component>: <Content>", "2020-04-01T12:00:00.000Z", "", "haproxy", "lb-01"},
        {"a date and its clock apart, a day-first date the file's time settles, levels in angle brackets, "
         "one of them no level word (Suricata's engine log: <Perf> beside <Notice>)",
         lines(300,
               [](int i) {
                   return "10/05/2020 -- 12:00:" + two(i) + " - <" + pick(i, {"Notice", "Perf", "Info"}) +
                          "> - " + message(i);
               }),
         "<Time> -- <Time2> - <Level> - <Content>", "2020-05-10T12:00:00.000Z", "Notice", "", ""},
        {"a stamp and a number in one bracket, a comma between (Samba's debug level)",
         lines(300,
               [](int i) {
                   return "[2020/04/01 12:00:" + two(i) + ".123456,  " + std::to_string(i % 3) + "] " +
                          message(i);
               }),
         "[<Time> <Pid>] <Content>", "2020-04-01T12:00:00.123Z", "", "", ""},
        {"a process id glued before a compact date and clock, padded (Zabbix's server log)",
         lines(300,
               [](int i) {
                   return std::string(i % 2 ? "  " : " ") + std::to_string(i % 2 ? 2215 : 31877) +
                          ":20200401:1200" + two(i) + "." + std::to_string(100 + i) + " " + message(i);
               }),
         "<Pid>:<Time> <Content>", "2020-04-01T12:00:00.100Z", "", "", ""},
        {"a thread id in zero-padded hex, then a padded component (WebSphere's SystemOut.log)",
         lines(300,
               [](int i) {
                   char thread[16];
                   std::snprintf(thread, sizeof thread, "%08x", 0x34 + (i * 7) % 200);
                   return "[4/1/20 12:00:" + two(i) + ":" + std::to_string(100 + i) + " UTC] " + thread +
                          " " + pick(i, {"SystemOut    ", "ConnectionMan", "WebContainer "}) + " " +
                          message(i);
               }),
         "[<Time>] <Pid> <Component> <Content>", "2020-04-01T12:00:00.100Z", "", "SystemOut", ""},
        {"one-letter levels, some naming no severity (WebSphere's O and R: System.out and System.err)",
         lines(300,
               [](int i) {
                   char thread[16];
                   std::snprintf(thread, sizeof thread, "%08x", 0x34 + (i * 7) % 200);
                   return "[4/1/20 12:00:" + two(i) + ":" + std::to_string(100 + i) + " UTC] " + thread +
                          " " + pick(i, {"SystemOut    ", "ConnectionMan", "SystemErr    "}) + " " +
                          pick(i, {"O", "I", "O", "W", "R", "O", "E"}) + " " + message(i);
               }),
         "[<Time>] <Pid> <Component> <Level> <Content>", "2020-04-01T12:00:00.100Z", "O", "SystemOut", ""},
        {"a padded source, then messages of a few first words, two of them level words (SQL Server's "
         "errorlog: \"Error: 18456\", \"Log was backed up\")",
         lines(300,
               [](int i) {
                   const std::string source = pick(i, {"Logon      ", "Backup     ", "spid57     "});
                   const std::string words = pick(i, {"Error: 18456, Severity: 14, State: 8.",
                                                      "Log was backed up.", "Login failed for user 'sa'.",
                                                      "Setting database option RECOVERY to SIMPLE."});
                   return "2020-04-01 12:00:" + two(i) + ".43 " + source + " " + words + " " + message(i);
               }),
         "<Time> <Component> <Content>", "2020-04-01T12:00:00.430Z", "Error", "Logon", ""},
        {"epoch seconds and nanoseconds in hex, then a thread's address (OpenLDAP's slapd since 2.5)",
         lines(300,
               [](int i) {
                   char stamp[48];
                   std::snprintf(stamp, sizeof stamp, "%08x.%08x 0x7f%010x",
                                 1585742400u + static_cast<unsigned>(i), static_cast<unsigned>(i) * 1000000u,
                                 0x9da1dd4u + static_cast<unsigned>(i % 3));
                   return std::string(stamp) + " conn=" + std::to_string(1000 + i % 7) + " " + message(i);
               }),
         "<Time> <Pid> <Content>", "2020-04-01T12:00:00.000Z", "", "", ""},
        {"ctime stamps, a bracketed pid and a user some lines leave out, then an action in capitals "
         "before a colon (vsftpd's \"[pid 4] [bob] OK DOWNLOAD:\"): the action is the message's",
         lines(300,
               [](int i) {
                   const std::string user =
                       i % 5 == 0 ? "" : std::string("[") + pick(i, {"bob", "alice"}) + "] ";
                   const std::string action =
                       i % 5 == 0 ? "CONNECT:"
                                  : pick(i, {"OK DOWNLOAD:", "OK UPLOAD:", "FAIL LOGIN:", "OK LOGIN:"});
                   return "Wed Apr  1 12:00:" + two(i) + " 2020 [pid " + std::to_string(4000 + i % 9) + "] " +
                          user + action + " " + message(i);
               }),
         "<Time> [<Context>] [<Context2>] <Content>", "2020-04-01T12:00:00.000Z", "", "", ""},
        {"a message code in capitals after the logger (ISC Kea's \"DHCP4_LEASE_ALLOC\"): the code opens the "
         "message",
         lines(300,
               [](int i) {
                   return "2020-04-01 12:00:" + two(i) + ".260 " +
                          pick(i, {"INFO ", "INFO ", "WARN ", "ERROR"}) + " [kea-dhcp4." +
                          pick(i, {"leases", "packets"}) + "/1893.1398230461] " +
                          pick(i, {"DHCP4_LEASE_ALLOC", "DHCP4_LEASE_ADVERT", "ALLOC_ENGINE_V4_ALLOC_FAIL"}) +
                          " [hwtype=1 0d:d2:1a:a9:26:" + two(i) + "], " + message(i);
               }),
         "<Time> <Level> [<Component>] <Content>", "2020-04-01T12:00:00.260Z", "INFO", "kea-dhcp4.leases",
         ""},
        {"a thread in parentheses (with a blank and a group inside on some lines), then the logger's dotted "
         "name in brackets (Home Assistant)",
         lines(300,
               [](int i) {
                   return "2020-04-01 12:00:" + two(i) + ".882 " +
                          pick(i, {"INFO", "INFO", "WARNING", "ERROR"}) + " (" +
                          pick(i, {"MainThread", "MainThread", "SyncWorker_3", "Thread-7 (_thread_main)"}) +
                          ") [homeassistant.components." +
                          pick(i, {"sensor", "mqtt.client", "automation.bathroom_fan"}) + "] " + message(i);
               }),
         "<Time> <Level> <Field> [<Component>] <Content>", "2020-04-01T12:00:00.882Z", "INFO",
         "homeassistant.components.sensor", ""},
        {"a level with its thread's id glued in brackets, then a source file (Asterisk's NOTICE[8182])",
         lines(300,
               [](int i) {
                   return "[Apr  1 12:00:" + two(i) + "] " +
                          pick(i, {"VERBOSE", "VERBOSE", "NOTICE", "WARNING"}) + "[" +
                          std::to_string(5000 + i % 40) + "]" +
                          (i % 3 ? "[C-0000002" + std::to_string(i % 9) + "]" : "") + " " +
                          pick(i, {"pbx.c", "res_pjsip/pjsip_distributor.c"}) + ": " + message(i);
               }),
         "[<Time>] <Level> <Component>: <Content>", "2020-04-01T12:00:00.000Z", "VERBOSE", "pbx.c", ""},
        {"a thread's number glued before its subsystem in brackets (strongSwan's charon: 06[NET])",
         lines(300,
               [](int i) {
                   return "Apr  1 12:00:" + two(i) + " " + two(i % 16) + "[" +
                          pick(i, {"NET", "IKE", "CFG", "ENC"}) + "] " + message(i);
               }),
         "<Time> <Component> <Content>", "2020-04-01T12:00:00.000Z", "", "NET", ""},
        {"a thread's address in hex and a debug level that may be negative (Ceph's daemons)",
         lines(300,
               [](int i) {
                   char thread[16];
                   std::snprintf(thread, sizeof thread, "7f%010lx",
                                 0x9da1dd4b4ul + static_cast<unsigned long>(i % 4) * 0x1357ul);
                   return "2020-04-01T12:00:" + two(i) + ".250+0000 " + thread + " " +
                          pick(i, {" 0", " 1", "10", "-1"}) + " " + message(i);
               }),
         "<Time> <Pid> <Pid2> <Content>", "2020-04-01T12:00:00.250Z", "", "", ""},
        {"two brackets in a row, the first left out on some lines (GlusterFS's message ids)",
         lines(300,
               [](int i) {
                   const std::string id =
                       i % 5 == 2 ? "" : "[MSGID: " + std::to_string(114000 + i % 7) + "] ";
                   return "[2020-04-01 12:00:" + two(i) + ".174656] " + pick(i, {"I", "I", "W", "E"}) + " " +
                          id + "[" + pick(i, {"socket.c:751:__socket_rwv", "client.c:12:connect"}) +
                          "] 0-gv0-client-" + std::to_string(i % 4) + ": " + message(i);
               }),
         "[<Time>] <Level> [<Context>] [<Context2>] <Component>: <Content>", "2020-04-01T12:00:00.174Z", "I",
         "0-gv0-client-0", ""},
        {"ids, a month-day/clock stamp, a level and a source joined by colons in one bracket (Chromium)",
         lines(300,
               [](int i) {
                   return "[" + std::to_string(4000 + i % 3) + ":" + std::to_string(77 + i % 5) +
                          ":0401/1200" + two(i) + "." + std::to_string(100000 + i) + ":" +
                          pick(i, {"INFO", "VERBOSE1", "WARNING", "ERROR"}) + ":" +
                          pick(i, {"net_module.cc(32)", "CONSOLE(7)"}) + "] " + message(i);
               }),
         "[<Pid>:<Pid2>:<Time>:<Level>:<Component>] <Content>", "2020-04-01T12:00:00.100Z", "INFO",
         "net_module.cc", ""},
        {"no header at all", lines(300, [](int i) { return message(i); }), "<Content>", "", "", "", ""},
    };
    // Stamps without a year take it from this "modification time": 2020-06-01.
    int readBack = 0;
    for (const Row& row : rows) {
        LS_ROW(row.name);
        Corpus corpus;
        LogText text = LogText::fromBytes(row.text, "made-up.log");
        text.setModifiedMs(1590969600000);
        corpus.addSource(std::move(text));
        CHECK(corpus.mine());
        const SourceLayout& layout = corpus.layout(0);
        CHECK_EQ(layout.format, row.format);
        CHECK_EQ(layout.fitted, layout.lines);
        const RecordColumns& records = corpus.records();
        CHECK_EQ(iso(records.time(0)), row.time);
        CHECK_EQ(std::string(records.level(0)), row.level);
        CHECK_EQ(std::string(records.component(0)), row.component);
        CHECK_EQ(std::string(records.entity(0)), row.entity);
        // The message is what follows the header: the made-up message of line 0.
        CHECK_EQ(std::string(corpus.message(0)).find(message(0).substr(0, 8)) != std::string::npos, true);

        // The learned format, given back with --format, reads the line the same way.
        Corpus given;
        given.setRecordOptions(RecordOptions{layout.format, {}});
        LogText again = LogText::fromBytes(row.text, "made-up.log");
        again.setModifiedMs(1590969600000);
        given.addSource(std::move(again));
        CHECK(given.mine());
        bool same = given.layout(0).fitted == layout.lines && given.lineCount() == corpus.lineCount();
        for (std::uint64_t n = 0; same && n < corpus.lineCount(); ++n)
            same = given.records().time(n) == records.time(n) &&
                   given.records().level(n) == records.level(n) &&
                   given.records().component(n) == records.component(n) &&
                   given.records().entity(n) == records.entity(n) && given.message(n) == corpus.message(n);
        std::printf("  %-70s reads back: %s\n", row.name, same ? "yes" : "no");
        if (!same)
            std::printf(
                "    %s reads as: time %s, level '%s', component '%s', message '%s'\n", layout.format.c_str(),
                iso(given.records().time(0)).c_str(), std::string(given.records().level(0)).c_str(),
                std::string(given.records().component(0)).c_str(), std::string(given.message(0)).c_str());
        readBack += same;
    }
    // Every learned format, given back with --format, reads every line the same way.
    std::printf("learned formats that read back through --format: %d of %zu\n", readBack, rows.size());
    CHECK_EQ(readBack, static_cast<int>(rows.size()));
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

LS_TEST_MAIN()
