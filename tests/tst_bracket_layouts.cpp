// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Layouts learned from lines of formats made up here whose fields sit in brackets: groups side by
// side, a level and its module or source in one bracket, brackets of names, threads or message ids
// before or after the level. Per format the learned layout, the time, level, component and entity
// of a line, and that the learned format given back with --format reads every line the same way.
// Other application loggers are in tst_learned_layouts; stamps of unusual shapes in
// tst_stamp_layouts; syslog, network devices and daemons in tst_system_layouts.
#include "layout_rows.h"

using namespace logsleuth::text;

using namespace made_up;

LS_TEST(bracketLayouts)
{
    checkLayoutRows({
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
         ""}, // after the file time: the day before,
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
        // LoRa Basic Station's: levels cut to four letters, most lines verbose ones.
        {"a module and its level cut to four letters in one bracket",
         lines(300,
               [](int i) {
                   return "2023-04-01 12:00:" + two(i) + ".000 [" + pick(i, {"S2E", "RAL", "SYS"}) + ":" +
                          pick(i, {"VERB", "VERB", "DEBU", "NOTI", "XDEB", "INFO"}) + "] " + message(i);
               }),
         "<Time> [<Component>:<Level>] <Content>", "2023-04-01T12:00:00.000Z", "VERB", "S2E", ""},
        {"a colon after the stamp, a level and a process closing its bracket",
         lines(300,
               [](int i) {
                   return "[2023-04-01 12:00:" + two(i) + ",250: " + pick(i, {"INFO", "WARNING", "ERROR"}) +
                          "/" + pick(i, {"MainProcess", "Worker-1"}) + "] " + message(i);
               }),
         "[<Time> <Level>] <Content>", "2023-04-01T12:00:00.250Z", "INFO", "MainProcess", ""},
        // Salt's "[%(name)-17s:%(lineno)-4d][%(levelname)-8s][%(process)d]": the module, padded,
        // and the line that logged.
        {"a padded module and its line in a bracket, then the level and the process",
         lines(300,
               [](int i) {
                   std::string module =
                       pick(i, {"salt.minion", "salt.loaded.int.module.cmdmod", "salt.state"});
                   module.resize(17, ' ');
                   std::string level = pick(i, {"INFO", "WARNING", "ERROR"});
                   level.resize(8, ' ');
                   return "2023-04-01 12:00:" + two(i) + ",250 [" + module + ":" +
                          std::to_string(1700 + i % 9) + "][" + level + "][" + std::to_string(1690 + i % 3) +
                          "] " + message(i);
               }),
         "<Time> [<Component>][<Level>][<Context>] <Content>", "2023-04-01T12:00:00.250Z", "INFO",
         "salt.minion", ""},
        // Unbound's "[1796119200] unbound[1817:0] warning: …": the program and its ids glued, no
        // colon after them, then the level.
        {"epoch seconds in brackets, a program with its ids glued, a level with a colon",
         lines(300,
               [](int i) {
                   return "[" + std::to_string(1680350400 + i) + "] " +
                          pick(i, {"unbound", "unbound", "nsd"}) + "[1817:" + std::to_string(i % 3) + "] " +
                          pick(i, {"info:", "notice:", "warning:"}) + " " + message(i);
               }),
         "[<Time>] <Component> <Level> <Content>", "2023-04-01T12:00:00.000Z", "info", "unbound", ""},
        // Fluent Bit's "[2023/04/01 12:00:00] [ info] [input:tail:tail.0] …": levels padded before.
        {"a level padded before its word in brackets",
         lines(300,
               [](int i) {
                   return "[2023/04/01 12:00:" + two(i) + "] [" + pick(i, {" info", " warn", "error"}) +
                          "] [" + pick(i, {"input:tail:tail.0", "output:es:es.0"}) + "] " + message(i);
               }),
         "[<Time>] [<Level>] [<Component>] <Content>", "2023-04-01T12:00:00.000Z", "info",
         "input:tail:tail.0", ""},
        {"a source file and its level in brackets before the colon, after a dash (cloud-init's "
         "\"- util.py[DEBUG]:\")",
         lines(300,
               [](int i) {
                   return "2020-04-01 12:00:" + two(i) + ",022 - " +
                          pick(i, {"util.py", "main.py", "stages.py"}) + "[" +
                          pick(i, {"DEBUG", "DEBUG", "INFO", "WARNING"}) + "]: " + message(i);
               }),
         "<Time> - <Component>: <Content>", "2020-04-01T12:00:00.022Z", "DEBUG", "util.py", ""},
        // SSSD's: the stamp in parentheses, microseconds after a colon.
        {"a bracket of dotted module names before the level",
         lines(300,
               [](int i) {
                   return "2023-04-01 12:00:" + two(i) + " [" +
                          pick(i, {"scrapy.core.engine", "scrapy.extensions.logstats", "bookbot.pipelines"}) +
                          "] " + pick(i, {"INFO", "DEBUG", "WARNING"}) + ": " + message(i);
               }),
         "<Time> [<Component>] <Level> <Content>", "2023-04-01T12:00:00.000Z", "INFO", "scrapy.core.engine",
         ""},
        {"a level letter with an exclamation mark, a plugin in brackets (Telegraf's \"I! [inputs.snmp]\")",
         lines(300,
               [](int i) {
                   return "2023-04-01T12:00:" + two(i) + "Z " + pick(i, {"I!", "I!", "W!", "E!", "D!"}) +
                          " [" + pick(i, {"inputs.snmp", "outputs.influxdb_v2", "agent"}) + "] " + message(i);
               }),
         "<Time> <Level> [<Component>] <Content>", "2023-04-01T12:00:00.000Z", "I!", "inputs.snmp", ""},
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
        {"a thread and its level in one bracket, a colon after it (log4j2's \"[%t/%level]:\")",
         lines(300,
               [](int i) {
                   return "[12:00:" + two(i) + "] [" + pick(i, {"Server thread", "Worker-Main-3", "main"}) +
                          "/" + pick(i, {"INFO", "WARN", "ERROR"}) + "]: " + message(i);
               }),
         "[<Time>] [<Component>/<Level>]: <Content>", "2020-05-31T12:00:00.000Z", "INFO", "Server thread",
         ""},
        {"a facility and its level in one bracket, a blank between (ebusd's \"[update info]\")",
         lines(300,
               [](int i) {
                   return "2026-12-01 10:00:" + two(i) + ".032 [" +
                          pick(i, {"update", "update", "bus", "main"}) + " " +
                          pick(i, {"info", "notice", "error"}) + "] " + message(i);
               }),
         "<Time> [<Component> <Level>] <Content>", "2026-12-01T10:00:00.032Z", "info", "update", ""},
        {"a level in capitals, the program and its process id in one bracket (Path of Exile's "
         "\"[INFO Client 28826]\")",
         lines(300,
               [](int i) {
                   return "2026/12/01 18:53:" + two(i % 60) + " [" +
                          pick(i, {"INFO", "DEBUG", "INFO", "WARN"}) + " Client 28826] " + message(i);
               }),
         "<Time> [<Level> Client <Pid>] <Content>", "2026-12-01T18:53:00.000Z", "INFO", "", ""},
        {"the logger in brackets, then the thread in parentheses, blanks in some (Quarkus, WildFly)",
         lines(300,
               [](int i) {
                   return "2020-04-01 12:00:" + two(i) + ",123 " +
                          pick(i, {"INFO ", "WARN ", "INFO ", "ERROR"}) + " [" +
                          pick(i, {"org.keycloak.events", "io.quarkus", "org.jboss.as.server"}) + "] (" +
                          (i % 3 == 2 ? "MSC service thread 1-" + std::to_string(i % 4)
                                      : "executor-thread-" + std::to_string(i % 40)) +
                          ") " + message(i);
               }),
         "<Time> <Level> [<Component>] <Context> <Content>", "2020-04-01T12:00:00.123Z", "INFO",
         "org.keycloak.events", ""},
        {"the level in brackets, the thread in parentheses, then the logger and a colon (AWS IoT Greengrass)",
         lines(300,
               [](int i) {
                   return "2020-04-01T12:00:" + two(i) + ".393Z [" +
                          pick(i, {"INFO", "INFO", "WARN", "ERROR"}) + "] (" +
                          (i % 3 == 2 ? "main" : "pool-2-thread-" + std::to_string(i % 40)) + ") " +
                          pick(i, {"com.aws.greengrass.lifecyclemanager.Kernel", "com.acme.SensorReader",
                                   "com.aws.greengrass.mqttclient.AwsIotMqttClient"}) +
                          ": " + message(i);
               }),
         "<Time> [<Level>] <Context> <Component>: <Content>", "2020-04-01T12:00:00.393Z", "INFO",
         "com.aws.greengrass.lifecyclemanager.Kernel", ""},
        {"a level and the source that logged in one bracket, a bar between (Hugging Face's Trainer)",
         lines(300,
               [](int i) {
                   return std::string("[") + pick(i, {"INFO", "INFO", "WARNING"}) + "|" +
                          pick(i,
                               {"trainer.py:2048", "configuration_utils.py:679", "modeling_utils.py:3934"}) +
                          "] 2020-04-01 12:00:" + two(i) + ",123 >> " + message(i);
               }),
         "[<Level>|<Component>] <Time> <Content>", "2020-04-01T12:00:00.123Z", "INFO", "trainer.py", ""},
        // Foreman's Rails logger: "[I|app|46d6f6a4]", the request's id after the logger.
        {"a level letter, the logger and the request's id in one bracket, bars between",
         lines(300,
               [](int i) {
                   return "2020-04-01T12:00:" + two(i) + " [" + pick(i, {"I", "I", "W", "E"}) + "|" +
                          pick(i, {"app", "sql", "bg"}) + "|" + std::to_string(10000000 + i * 7919) + "] " +
                          message(i);
               }),
         "<Time> [<Level>|<Component>|<Context>] <Content>", "2020-04-01T12:00:00.000Z", "I", "app", ""},
        // Oracle's ODL as Payara writes it: the message id is empty on most lines.
        {"brackets after the level: a message id, mostly empty, then Java's logger",
         lines(300,
               [](int i) {
                   return "[2020-04-01T12:00:" + two(i) + ".010+0100] [Payara 6.2024.11] [" +
                          pick(i, {"INFO", "INFO", "WARNING", "SEVERE"}) + "] [" +
                          (i % 7 == 3 ? "RAR5117" : "") + "] [" +
                          pick(i, {"com.example.orders.api.OrderResource", "jakarta.enterprise.web",
                                   "com.example.orders.payment.PaymentClient"}) +
                          "] [tid: _ThreadID=" + std::to_string(40 + i % 9) + "] " + message(i);
               }),
         "[<Time>] [<Context>] [<Level>] [<Context2>] [<Component>] [<Context3>] <Content>",
         "2020-04-01T11:00:00.010Z", "INFO", "com.example.orders.api.OrderResource", ""},
        // Mindustry's: warnings and errors are rarer than one line in a hundred.
        {"level letters in brackets, some too rare to be learned",
         lines(300,
               [](int i) {
                   return "[04-01-2020 12:00:" + two(i) + "] [" +
                          (i % 150 == 7 ? "W"
                           : i == 299   ? "E"
                                        : "I") +
                          "] " + message(i);
               }),
         "[<Time>] [<Level>] <Content>", "2020-04-01T12:00:00.000Z", "I", "", ""},
        // RAxML-NG's: one message on most lines, its first word lined up with itself.
        {"a thread in brackets, then one message on most lines",
         lines(300,
               [](int i) {
                   return "2020-04-01 12:00:" + two(i) + " [worker #" + std::to_string(i % 8) + "] " +
                          (i % 8 == 0 ? message(i)
                                      : "Bootstrap tree #" + std::to_string(i) + ", logLikelihood: -5" +
                                            std::to_string(3000 + i) + ".954119");
               }),
         "<Time> [<Context>] <Content>", "2020-04-01T12:00:00.000Z", "", "", ""},
        // signale's (Nginx Proxy Manager): a padded bracket of scopes, then a mark and an icon
        // without letters before the level word.
        {"a bracket of names before marks and the level, after a date and a 12-hour clock in brackets",
         lines(300,
               [](int i) {
                   return "[4/1/2023] [" + std::to_string(1 + i % 12) + ":00:" + two(i) + " PM] [" +
                          pick(i, {"Global   ", "Express  ", "Setup    "}) + "] \u203a " +
                          pick(i, {"\u2139  info     ", "\u26a0  warning  ", "\u2139  info     "}) + " " +
                          message(i);
               }),
         "[<Time>] [<Time2>] [<Component>] \u203a <Field> <Level> <Content>", "2023-04-01T13:00:00.000Z",
         "info", "Global", ""},
        // VMware's vCenter and ESXi: the subsystem a bracket of pairs names by key is the component,
        // more closely than the program before it.
        {"a program with its pid, then a bracket of pairs naming the subsystem",
         lines(300,
               [](int i) {
                   return "2023-04-01T12:00:" + two(i) + ".886Z " + pick(i, {"info", "verbose", "warning"}) +
                          " vpxd[" + std::to_string(14000 + i % 9) +
                          "] [Originator@6876 sub=" + pick(i, {"vpxLro", "Default", "vmomi.soapStub"}) +
                          " opID=" + std::to_string(87300000 + i) + "] " + message(i);
               }),
         "<Time> <Level> <Component> [<Context>] <Content>", "2023-04-01T12:00:00.886Z", "info", "vpxLro",
         ""},
    });
}

LS_TEST_MAIN()
