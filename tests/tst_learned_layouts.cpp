// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Layouts learned from lines of formats made up here, as application loggers and frameworks
// write them (pipes, tabs, padded columns, a program before " - ", epoch stamps, fields glued by
// colons or brackets): per format the learned layout, the time, level, component and entity of a
// line, and that the learned format given back with --format reads every line the same way.
// Fields in brackets are in tst_bracket_layouts; stamps of unusual shapes in tst_stamp_layouts;
// syslog, network devices and daemons in tst_system_layouts.
#include "layout_rows.h"

#include <cstdio>

using namespace logsleuth::text;

using namespace made_up;

LS_TEST(learnedLayouts)
{
    checkLayoutRows({
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
        {"tab columns with the message before a code of one word (an APC card's event log)",
         lines(300,
               [](int i) {
                   return "04/" + two(1 + i % 28) + "/2023\t12:00:" + two(i % 60) + "\t" + message(i) +
                          "\t0x01" + two(i % 3);
               }),
         "<Time>\t<Time2>\t<Content>", "2023-04-01T12:00:00.000Z", "", "", ""},
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
        {"a stamp, level, logger and message glued by colons (Certbot's \"%(asctime)s:%(levelname)s:…\")",
         lines(300,
               [](int i) {
                   return "2023-04-01 12:00:" + two(i) + ",250:" + pick(i, {"DEBUG", "INFO", "ERROR"}) + ":" +
                          pick(i, {"certbot._internal.main", "acme.client"}) + ":" + message(i);
               }),
         "<Time>:<Level>:<Component>:<Content>", "2023-04-01T12:00:00.250Z", "DEBUG",
         "certbot._internal.main", ""},
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
        {"a process#thread id after the level",
         lines(300,
               [](int i) {
                   return "2023/04/01 12:00:" + two(i) + " [" + pick(i, {"error", "warn", "notice"}) + "] " +
                          std::to_string(4000 + i % 4) + "#" + std::to_string(i % 3) + ": *" +
                          std::to_string(100 + i) + " " + message(i);
               }),
         "<Time> [<Level>] <Pid> <Content>", "2023-04-01T12:00:00.000Z", "error", "", ""},
        {"fields between bars, a module:function:line",
         lines(300,
               [](int i) {
                   return "2023-04-01 12:00:" + two(i) + ".500 | " +
                          pick(i, {"INFO    ", "WARNING ", "DEBUG   "}) + " | " +
                          pick(i, {"shop.db:connect:51", "__main__:run:7"}) + " - " + message(i);
               }),
         "<Time>|<Level>|<Component> - <Content>", "2023-04-01T12:00:00.500Z", "INFO", "shop.db", ""},
        {"a source location in braces",
         lines(300,
               [](int i) {
                   return "[2023-04-01T12:00:" + two(i) + ".500+0000] {" + pick(i, {"task.py", "jobs.py"}) +
                          ":" + std::to_string(10 + i) + "} " + pick(i, {"INFO", "WARNING", "ERROR"}) +
                          " - " + message(i);
               }),
         "[<Time>] <Component> <Level> - <Content>", "2023-04-01T12:00:00.500Z", "INFO", "task.py", ""},
        {"a logger in parentheses closing the line",
         lines(300,
               [](int i) {
                   return "[2023-04-01 12:00:" + two(i) + ",250] " + pick(i, {"INFO", "WARN", "ERROR"}) +
                          " [" + pick(i, {"Controller id=1", "Fetcher id=2"}) + "] " + message(i) + " (" +
                          pick(i, {"app.controller.Controller", "app.log.Log$Segment"}) + ")";
               }),
         "[<Time>] <Level> [<Context>] <Content> (<Component>)", "2023-04-01T12:00:00.250Z", "INFO",
         "app.controller.Controller", ""},
        // OrientDB's: a class's simple name in brackets closes the line, the level cut to five
        // letters ("WARNI", "SEVER").
        {"a logger in brackets closing the line",
         lines(300,
               [](int i) {
                   return "2023-04-01 12:00:" + two(i) + ":123 " +
                          pick(i, {"INFO ", "WARNI", "INFO ", "SEVER"}) + " " + message(i) + " [" +
                          pick(i, {"OServer", "OStorageRemote", "orientechnologies"}) + "]";
               }),
         "<Time> <Level> <Content> [<Component>]", "2023-04-01T12:00:00.123Z", "INFO", "OServer", ""},
        // Valetudo's: marks that say which way a message went are the message's, however they
        // line up.
        {"marks of a message's direction after the level",
         lines(300,
               [](int i) {
                   const std::string head = "[2023-04-01T12:00:" + two(i) + ".123Z] ";
                   if (i % 10 == 9) return head + "[INFO] NTPClient: Offset " + std::to_string(i) + " ms";
                   return head + "[DEBUG] " + pick(i / 3, {">>>", "<<<"}) + " " + message(i);
               }),
         "[<Time>] [<Level>] <Content>", "2023-04-01T12:00:00.123Z", "DEBUG", "", ""},
        // ESXi's vmkernel: the CPU and world close a parenthesis before the module; a level may
        // stand there, the module after it.,
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
        // fail2ban's: a logger with a digit in its name is no host.,
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
        // Kafka's: some lines leave the context out, some close it with a colon.,
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
        // Trino's (airlift's) "time\tlevel\tthread\tlogger\tmessage": the message is the last
        // column, however alike its first words ("TIMELINE: Query 20261201_100005_00333 :: …"
        // would read as a tag, a name and a compact stamp).
        {"tab columns, the message the last one and alike on most lines",
         lines(300,
               [](int i) {
                   return "2023-04-01T12:00:" + two(i) + ".250Z\t" + pick(i, {"INFO", "INFO", "WARN"}) +
                          "\t" + pick(i, {"main", "dispatcher", "scheduler"}) + "\t" +
                          pick(i, {"io.acme.event.QueryMonitor", "io.acme.Bootstrap"}) + "\t" +
                          (i % 5 == 0 ? message(i)
                                      : "TIMELINE: Query 20230401_1200" + two(i) + "_00" +
                                            std::to_string(300 + i) + "_ab" + two(i) +
                                            " :: FINISHED :: elapsed " + std::to_string(i * 7) + "ms");
               }),
         "<Time>\t<Level>\t<Field>\t<Component>\t<Content>", "2023-04-01T12:00:00.250Z", "INFO",
         "io.acme.event.QueryMonitor", ""},
        // Icinga 2's "[2023-04-01 12:00:00 +0100] information/ConfigItem: …": the level and the
        // component joined by a slash where a tag stands.
        {"the level, a dash, the class, method and line that logged, then the stamp between bars "
         "(OpenMRS' log4j \"%p - %C{1}.%M(%L) |%d| %m\")",
         lines(300,
               [](int i) {
                   return std::string(pick(i, {"INFO", "INFO", "WARN", "ERROR"})) + " - " +
                          pick(i, {"Listener.contextInitialized", "OpenmrsUtil.getApplicationDataDirectory",
                                   "ModuleFactory.startModule"}) +
                          "(" + std::to_string(100 + i % 7) + ") |2020-04-01T12:00:" + two(i) + ",404| " +
                          message(i);
               }),
         "<Level> - <Component>|<Time>|<Content>", "2020-04-01T12:00:00.404Z", "INFO", "Listener", ""},
        {"a level and its component joined by a slash before a colon",
         lines(300,
               [](int i) {
                   return "[2023-04-01 12:00:" + two(i) + " +0100] " +
                          pick(i, {"information/ConfigItem", "warning/ApiListener", "critical/checker"}) +
                          ": " + message(i);
               }),
         "[<Time>] <Component>: <Content>", "2023-04-01T11:00:00.000Z", "information", "ConfigItem", ""},
        // MIT Kerberos' "Dec 01 10:00:13 kdc1 krb5kdc[856](info): …": the level closes the tag.
        {"a syslog tag closed by its level in parentheses",
         lines(300,
               [](int i) {
                   return "Apr 01 12:00:" + two(i) + " kdc1.example.com " + pick(i, {"krb5kdc", "kadmind"}) +
                          "[" + std::to_string(856 + i % 2) + "](" + pick(i, {"info", "Notice", "Error"}) +
                          "): " + message(i);
               }),
         "<Time> <Entity> <Component>: <Content>", "2020-04-01T12:00:00.000Z", "info", "krb5kdc",
         "kdc1.example.com"},
        // Synapse's "%(asctime)s - %(name)s - %(lineno)d - %(levelname)s - %(request)s - …": one
        // package's modules, a number among them, before the level.
        {"one package's modules before a line number and the level, dashes between",
         lines(300,
               [](int i) {
                   return "2023-04-01 12:00:" + two(i) + ",250 - " +
                          pick(i,
                               {"synapse.access.http.8008", "synapse.handlers.presence", "synapse.storage"}) +
                          " - " + std::to_string(100 + i % 7) + " - " + pick(i, {"INFO", "WARNING", "INFO"}) +
                          " - " + pick(i, {"GET-", "PUT-"}) + std::to_string(4000 + i) + " - " + message(i);
               }),
         "<Time> - <Component> - <Pid> - <Level> - <Field> - <Content>", "2023-04-01T12:00:00.250Z", "INFO",
         "synapse.access.http.8008", ""},
        // ActiveMQ's "%d | %-5p | %m | %c | %t%n": the logger and the thread after the message.
        {"bars, the logger and a thread with blanks after the message",
         lines(300,
               [](int i) {
                   std::string level = pick(i, {"INFO", "WARN", "ERROR"});
                   level.resize(5, ' ');
                   return "2023-04-01 12:00:" + two(i) + ",250 | " + level + " | " + message(i) + " | " +
                          pick(i, {"org.example.broker.Broker", "org.example.store.Journal"}) + " | " +
                          (i % 2 == 0 ? std::string("main")
                                      : "Transport: tcp:///10.0.3.5:5" + two(i) + "@61616");
               }),
         "<Time>|<Level>|<Content>|<Component>|<Context>", "2023-04-01T12:00:00.250Z", "INFO",
         "org.example.broker.Broker", ""},
        {"bars, the logger after the message",
         lines(300,
               [](int i) {
                   return "2023-04-01 12:00:" + two(i) + ",250|" + pick(i, {"INFO", "WARN", "ERROR"}) + "|" +
                          message(i) + "|" + pick(i, {"app.db.Pool", "app.web.Router"});
               }),
         "<Time>|<Level>|<Content>|<Component>", "2023-04-01T12:00:00.250Z", "INFO", "app.db.Pool", ""},
        // NLog's "${longdate}|${level}|${logger}|${message}": a dotted name before the last cell,
        // but in the header.
        {"bars, a dotted logger before the message",
         lines(300,
               [](int i) {
                   return "2023-04-01 12:00:" + two(i) + ".2500|" + pick(i, {"INFO", "WARN", "ERROR"}) + "|" +
                          pick(i, {"App.Data.Repository", "App.Web.Startup"}) + "|" + message(i);
               }),
         "<Time>|<Level>|<Component>|<Content>", "2023-04-01T12:00:00.250Z", "INFO", "App.Data.Repository",
         ""},
        // Cloud Functions for Firebase: "?" (DEFAULT) on most lines beside the letters.
        {"level letters beside a mark that names no severity, then the function",
         lines(300,
               [](int i) {
                   return "2023-04-01T12:00:" + two(i) + ".595596Z " +
                          pick(i, {"?", "?", "I", "?", "W", "E"}) + " " +
                          pick(i, {"stripewebhook", "api", "sendordermail"}) + ": " + message(i);
               }),
         "<Time> <Level> <Component>: <Content>", "2023-04-01T12:00:00.595Z", "?", "stripewebhook", ""},
        // EVE Online's game log: blanks pad the stamp inside its brackets.
        {"a stamp padded inside its brackets, a category in parentheses",
         lines(300,
               [](int i) {
                   return "[ 2023.04.01 12:00:" + two(i) + " ] (" + pick(i, {"combat", "notify", "mining"}) +
                          ") " + message(i);
               }),
         "[<Time>] <Component> <Content>", "2023-04-01T12:00:00.000Z", "", "combat", ""},
        {"tab columns, a logger opening the last one",
         lines(300,
               [](int i) {
                   return "2023-04-01 12:00:" + two(i) + ".250+0000 [id=" + std::to_string(i % 40) + "]\t" +
                          pick(i, {"INFO", "WARNING", "SEVERE"}) + "\t" +
                          pick(i, {"app.model.Work", "app.Init"}) + ": " + message(i);
               }),
         "<Time> [<Context>]\t<Level>\t<Component>: <Content>", "2023-04-01T12:00:00.250Z", "INFO",
         "app.model.Work", ""},
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
        // KNIME's "%d : %p : %t : %c : node : id : %m": the thread and the node's name hold blanks,
        // and the node's name and id are empty where no node logged.
        {"fields between spaced colons, some empty, some holding blanks",
         lines(300,
               [](int i) {
                   const bool node = i % 3 != 0;
                   return "2020-04-01 12:00:" + two(i) + ",018 : " + pick(i, {"INFO ", "DEBUG", "WARN "}) +
                          " : " +
                          (node ? "KNIME-Worker-" + std::to_string(i % 40) + "-Row Filter 5:4"
                                : std::string("main")) +
                          " : " + pick(i, {"NodeContainer", "WorkflowManager", "NodeLogger"}) + " : " +
                          (node ? "Row Filter : 5:4 : " : " :  : ") + message(i);
               }),
         "<Time> : <Level> : <Context> : <Component> : <Context2> : <Context3> : <Content>",
         "2020-04-01T12:00:00.018Z", "INFO", "NodeContainer", ""},
        // FlexNet's lmgrd: the vendor daemon that logged, in parentheses after the stamp.
        {"the daemon in parentheses after the stamp",
         lines(300,
               [](int i) {
                   return "2020-04-01 12:00:" + two(i) + " (" + pick(i, {"lmgrd", "MLM", "ansyslmd"}) + ") " +
                          message(i);
               }),
         "<Time> <Component> <Content>", "2020-04-01T12:00:00.000Z", "", "lmgrd", ""},
        // DSpace's "%X{correlationID} %X{requestID} %logger @ %m": a new id on each request's
        // line, one placeholder on the lines of background work.
        {"two columns of UUIDs after the level, a placeholder on some lines, then Java's logger",
         lines(300,
               [](int i) {
                   char ids[80];
                   std::snprintf(ids, sizeof ids, "%08x-824f-4df7-a344-%012llx %08x-0086-4c0c-a5fc-%012llx",
                                 0x10000000u + unsigned(i) * 7919u, 0x3401bb575143ULL + unsigned(i),
                                 0x20000000u + unsigned(i) * 104729u, 0xf4d35052c402ULL + unsigned(i));
                   const std::string request = i % 4 == 3 ? std::string("unknown unknown") : std::string(ids);
                   return "2023-04-01 12:00:" + two(i) + ",165 " + pick(i, {"INFO ", "WARN ", "INFO "}) +
                          " " + request + " " +
                          pick(i, {"org.dspace.usage.LoggerUsageEventListener",
                                   "org.dspace.content.ItemServiceImpl"}) +
                          " @ " + message(i);
               }),
         "<Time> <Level> <Context> <Context2> <Component> <Content>", "2023-04-01T12:00:00.165Z", "INFO",
         "org.dspace.usage.LoggerUsageEventListener", ""},
        // GoCD's logback "%d %-5level [%thread] %logger{0}:%line - %msg": a class without its package
        // and its line is where the line was written, the thread before it no component.
        {"a thread in brackets, then a class and its line, a dash",
         lines(300,
               [](int i) {
                   return "2023-04-01 12:00:" + two(i) + ",830 " + pick(i, {"INFO ", "WARN ", "INFO "}) +
                          " [" +
                          pick(i,
                               {"qtp596080310-45", "ThreadPoolTaskScheduler-1", "MaterialUpdateThread-4"}) +
                          "] " +
                          pick(i, {"AgentService:338", "MaterialDatabaseUpdater:101",
                                   "StageStatusListener:46"}) +
                          " - " + message(i);
               }),
         "<Time> <Level> [<Context>] <Component> - <Content>", "2023-04-01T12:00:00.830Z", "INFO",
         "AgentService", ""},
        // Dolibarr's: the system user, the same on every line, after the process id, padded
        // on some lines by the message's indent.
        {"one word the same on every line after the process id",
         lines(300,
               [](int i) {
                   return "2023-04-01 12:00:" + two(i) + " " + pick(i, {"DEBUG  ", "INFO   ", "WARNING"}) +
                          " " + pick(i, {"192.168.10.77  ", "10.8.0.6       "}) + " " +
                          std::to_string(2400 + i % 7) + " www-da " + (i % 2 ? " " : "") + message(i);
               }),
         "<Time> <Level> <Entity> <Pid> www-da <Content>", "2023-04-01T12:00:00.000Z", "DEBUG", "",
         "192.168.10.77"},
        // ... but a word before a number on every line labels it: a log that says one thing over
        // and over ("17|reading 4 ok"), the word its message's.
        {"one word the same on every line after the process id, a number after it",
         lines(300,
               [](int i) {
                   return "20230401-12:00:" + two(i) + ":100|" + pick(i, {"Sensor_A", "Sensor_B"}) + "|" +
                          std::to_string(17 + i % 5) + "|reading " + std::to_string(i) + " ok, " + message(i);
               }),
         "<Time>|<Component>|<Pid>|<Content>", "2023-04-01T12:00:00.100Z", "", "Sensor_A", ""},
        {"no header at all", lines(300, [](int i) { return message(i); }), "<Content>", "", "", "", ""},
        {"logrus's level cut to four capitals, the seconds since the start glued to it (Kaniko's "
         "\"INFO[0005]\")",
         lines(300,
               [](int i) {
                   std::string seconds = std::to_string(5 + i / 3);
                   seconds.insert(0, 4 - seconds.size(), '0'); // logrus pads to four digits
                   return std::string(pick(i, {"INFO", "INFO", "WARN", "ERRO"})) + "[" + seconds + "] " +
                          message(i);
               }),
         "<Level> <Content>", "1970-01-01T00:00:05.000Z", "INFO", "", ""},
        {"a level in brackets glued to the message it opens (Fly.io's \"fra [info]GET /healthz\")",
         lines(300,
               [](int i) {
                   return "2026-12-01T06:00:" + two(i) + "Z " + pick(i, {"app", "proxy", "app", "runner"}) +
                          "[" + pick(i / 4, {"3d8d9e5b471e89", "148e272b6d3189"}) + "] " +
                          pick(i / 2, {"fra", "ams"}) + " [" + pick(i, {"info", "info", "error"}) + "]" +
                          message(i);
               }),
         "<Time> <Entity> <Component> [<Level>]<Content>", "2026-12-01T06:00:00.000Z", "info", "fra",
         "app[3d8d9e5b471e89]"},
        // darktable's "-d perf": the seconds since the start right-aligned with four decimals,
        // then the module in brackets.
        {"seconds since the start with four decimals, right-aligned, a module in brackets",
         lines(300,
               [](int i) {
                   char seconds[24];
                   std::snprintf(seconds, sizeof seconds, "%11.4f", 20.8598 + i * 1.3771);
                   return std::string(seconds) + " [" +
                          pick(i, {"dev_pixelpipe", "dt_opencl_init", "dev_pixelpipe", "dt_imageio"}) + "] " +
                          message(i);
               }),
         "<Time> [<Component>] <Content>", "1970-01-01T00:00:20.859Z", "", "dev_pixelpipe", ""},
        // Apache Sling's (AEM's) error.log: the level between asterisks.
        {"a level between asterisks after a dotted date (Sling's \"*WARN*\")",
         lines(300,
               [](int i) {
                   return "30.11.2026 06:" + two(i / 60) + ":" + two(i) + ".108 " +
                          pick(i, {"*INFO*", "*WARN*", "*INFO*", "*ERROR*"}) + " [" +
                          pick(i / 3, {"qtp1234-56", "sling-default-3", "oak-index-1"}) + "] " +
                          pick(i, {"org.apache.sling.engine.impl.SlingRequestProcessorImpl",
                                   "com.day.crx.security.token.impl.TokenAuthenticationHandler"}) +
                          " " + message(i);
               }),
         "<Time> <Level> [<Context>] <Component> <Content>", "2026-11-30T06:00:00.108Z", "INFO",
         "org.apache.sling.engine.impl.SlingRequestProcessorImpl", ""},
        // Plain words between two dashes, "event" among them (Teams' "<11967> -- info -- …").
        {"a level between two dashes after a process id in angle brackets",
         lines(300,
               [](int i) {
                   return "2026-12-01 11:00:" + two(i) + " <" + pick(i / 40, {"11967", "14990"}) + "> -- " +
                          pick(i, {"info", "info", "event", "info", "warning", "error"}) + " -- " +
                          message(i);
               }),
         "<Time> <Field> -- <Level> -- <Content>", "2026-12-01T11:00:00.000Z", "info", "", ""},
        // Rosetta's tracers: no stamp, the logger's dotted name and a colon open every line.
        {"no stamp, a dotted logger and a colon on every line",
         lines(300,
               [](int i) {
                   return std::string(pick(i, {"protocols.relax.FastRelax", "core.pack.task", "core.init",
                                               "protocols.jd2.JobDistributor"})) +
                          ": " + message(i);
               }),
         "<Component>: <Content>", "", "", "protocols.relax.FastRelax", ""},
        // ... where a log of prose opens a few lines so (Terraform's resources) it reads none.
        {"no stamp, prose and a dotted name and a colon on some lines",
         lines(300,
               [](int i) {
                   return i % 2 == 0 ? message(i)
                                     : std::string(pick(i, {"aws_instance.web", "data.aws_ami.ubuntu",
                                                            "module.vpc.aws_subnet.private"})) +
                                           ": Creating...";
               }),
         "<Content>", "", "", "", ""},
        // Klipper's: one message on most lines, a colon word after a key and its value.
        {"no header, one message over and over, a key before a colon word",
         lines(300,
               [](int i) {
                   return i % 10 == 0 ? message(i)
                                      : "Stats " + std::to_string(30 + i) +
                                            ".1: gcodein=" + std::to_string(i * 3) + "  mcu: mcu_awake=0.0" +
                                            two(i) + " bytes_write=" + std::to_string(5000 + i);
               }),
         "<Content>", "", "", "", ""},
    });
}

// A level padded before its colon (MaxScale's "notice :" beside "warning:", the commoner) ends the
// header with the colon: the message is what follows, on both kinds of line.
LS_TEST(aPaddedLevelTakesItsColon)
{
    const std::string text = lines(300, [](int i) {
        return "2020-04-01 12:00:" + two(i) + "   " +
               pick(i, {"warning:", "notice :", "warning:", "error  :", "notice :"}) + " " + message(i);
    });
    Corpus corpus;
    corpus.addSource(LogText::fromBytes(text, "maxscale.log"));
    CHECK(corpus.mine());
    CHECK_EQ(corpus.layout(0).fitted, std::uint64_t{300});
    for (std::uint64_t n = 0; n < 5; ++n) {
        CHECK_EQ(std::string(corpus.message(n)), message(int(n)));
        CHECK(!corpus.records().level(n).empty());
    }
}

LS_TEST_MAIN()
