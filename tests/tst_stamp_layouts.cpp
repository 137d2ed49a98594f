// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Layouts learned from lines whose stamp is the hard part, made up here: compact dates, 12-hour
// clocks, a level glued to the date (a letter, or a word in angle brackets), ids glued before it,
// milliseconds or seconds since the start in its place, a stamp in parentheses or apart from its
// date, a stamp and a level glued by doubled colons. Per format the learned layout, the time,
// level, component and entity of a line, and that the learned format given back with --format
// reads every line the same way. Other application loggers are in tst_learned_layouts; syslog,
// network devices and daemons in tst_system_layouts.
#include "layout_rows.h"

#include <cstdio>

using namespace logsleuth::text;

using namespace made_up;

LS_TEST(stampLayouts)
{
    checkLayoutRows({
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
        {"one-letter level glued to a month-day date, source location in brackets' stead",
         lines(300,
               [](int i) {
                   return std::string(pick(i, {"I", "I", "W", "E"})) + "0401 12:" + two(i / 60) + ":" +
                          two(i) + ".004217 " + std::to_string(700 + i % 50) + " " +
                          pick(i, {"store.cc", "queue.rs", "main.c"}) + ":" + std::to_string(10 + i % 400) +
                          "] " + message(i);
               }),
         "<Level><Time> <Pid> <Component>] <Content>", "2020-04-01T12:00:00.004Z", "I", "store.cc", ""},
        {"a level letter in angle brackets glued to the date (Qt's message types, \"<W>2023-04-01 …\")",
         lines(300,
               [](int i) {
                   return std::string(pick(i, {"<W>", "<W>", "<C>", "<W>"})) +
                          "2020-04-01 12:" + two(i / 60) + ":" + two(i) + ".130 1 => " + message(i);
               }),
         "<Level><Time> <Pid> <Content>", "2020-04-01T12:00:00.130Z", "W", "", ""},
        {"ids glued before the stamp by colons (SAP ASE's engine, family, spid and kpid)",
         lines(300,
               [](int i) {
                   return "00:000" + std::to_string(i % 4) + ":00000:000" + two(i % 40) +
                          ":2020/04/01 12:00:" + two(i) + ".01 " + pick(i, {"kernel", "server", "kernel"}) +
                          "  " + message(i);
               }),
         "<Pid>:<Time> <Component> <Content>", "2020-04-01T12:00:00.010Z", "", "kernel", ""},
        {"milliseconds since the start instead of a stamp, then the thread, level and logger (log4net's "
         "%timestamp)",
         lines(300,
               [](int i) {
                   return std::to_string(1431 + i * 37 + i % 5) + " [" + pick(i, {"12", "Worker-3", "7"}) +
                          "] " + pick(i, {"INFO", "DEBUG", "WARN"}) + " " +
                          pick(i, {"Acme.Web.Requests", "Acme.Data.Repo"}) + " - " + message(i);
               }),
         "<Time> [<Context>] <Level> <Component> - <Content>", "1970-01-01T00:00:01.431Z", "INFO",
         "Acme.Web.Requests", ""},
        // SABnzbd's "%(asctime)s::%(levelname)s::[%(module)s] …": two colons for one.
        {"a stamp, level and module glued by doubled colons",
         lines(300,
               [](int i) {
                   return "2023-04-01 12:00:" + two(i) + ",250::" + pick(i, {"DEBUG", "INFO", "WARNING"}) +
                          "::[" + pick(i, {"downloader", "postproc", "api"}) + "] " + message(i);
               }),
         "<Time>::<Level>::[<Component>] <Content>", "2023-04-01T12:00:00.250Z", "DEBUG", "downloader", ""},
        // Jetty's StdErrLog, "%d:%level :%logger:%thread: %msg": the level padded before its colon.
        {"a stamp, a colon and a padded level, then the logger and its thread between colons",
         lines(300,
               [](int i) {
                   return "2023-04-01 12:00:" + two(i) + ".036:" + pick(i, {"INFO", "WARN", "INFO"}) + " :" +
                          pick(i, {"oejs.Server", "oejs.AbstractConnector"}) + ":main: " + message(i);
               }),
         "<Time>:<Level> <Component>: <Content>", "2023-04-01T12:00:00.036Z", "INFO", "oejs.Server", ""},
        {"seconds since the start with two decimals, right-aligned, then a bracketed level and its category "
         "(FlightGear's \"%8.2f [INFO]:general\")",
         lines(300,
               [](int i) {
                   char seconds[16];
                   std::snprintf(seconds, sizeof seconds, "%8.2f", i * 0.37);
                   return std::string(seconds) + " [" + pick(i, {"INFO", "INFO", "WARN", "ALERT"}) +
                          "]:" + pick(i, {"general", "nasal", "terrain"}) + "    " + message(i);
               }),
         "<Time> [<Level>]:<Component> <Content>", "1970-01-01T00:00:00.000Z", "INFO", "general", ""},
        {"a level letter, milliseconds since boot in parentheses, a tag (ESP-IDF's \"I (1234) wifi:\")",
         lines(300,
               [](int i) {
                   return std::string(pick(i, {"I", "W", "I", "E"})) + " (" + std::to_string(27 + i * 113) +
                          ") " + pick(i, {"wifi", "boot", "esp_netif"}) + ": " + message(i);
               }),
         "<Level> (<Time>) <Component>: <Content>", "1970-01-01T00:00:00.027Z", "I", "wifi", ""},
        {"a stamp in parentheses, its microseconds after a colon",
         lines(300,
               [](int i) {
                   return "(2023-04-01 12:00:" + two(i) + ":0" + std::to_string(10000 + i) +
                          "): " + pick(i, {"INFO", "WARN", "ERROR"}) + " [" +
                          pick(i, {"dp_attach_req", "sdap_search"}) + "] " + message(i);
               }),
         "(<Time>): <Level> [<Component>] <Content>", "2023-04-01T12:00:00.010Z", "INFO", "dp_attach_req",
         ""},
        // Scrapy's "%(asctime)s [%(name)s] %(levelname)s: %(message)s".
        {"a date and its clock set apart by a comma, a source file in braces (Airflow's task log)",
         lines(300,
               [](int i) {
                   return "[2023-04-01, 12:00:" + two(i) + " UTC] {" +
                          pick(i,
                               {"taskinstance.py:1979", "standard_task_runner.py:60", "subprocess.py:93"}) +
                          "} " + pick(i, {"INFO", "INFO", "WARNING", "ERROR"}) + " - " + message(i);
               }),
         "[<Time>] <Component> <Level> - <Content>", "2023-04-01T12:00:00.000Z", "INFO", "taskinstance.py",
         ""},
        {"a date and its clock apart, a day-first date the file's time settles, levels in angle brackets, "
         "one of them no level word (Suricata's engine log: <Perf> beside <Notice>)",
         lines(300,
               [](int i) {
                   return "10/05/2020 -- 12:00:" + two(i) + " - <" + pick(i, {"Notice", "Perf", "Info"}) +
                          "> - " + message(i);
               }),
         "<Time> -- <Time2> - <Level> - <Content>", "2020-05-10T12:00:00.000Z", "Notice", "", ""},
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
        // Progress OpenEdge's database log: the process and thread ids labelled "P-" and "T-" name
        // no component, however many letters they hold; the padded column of process types does.
        {"a date and its clock joined by '@', ids labelled by a letter, a level letter",
         lines(300,
               [](int i) {
                   const std::string pid = std::to_string(51000 + i % 7 * 311);
                   return "[2023/04/01@12:00:" + two(i) + ".963+0100] P-" + pid + "       T-14024500" + pid +
                          " " + pick(i, {"I", "I", "W"}) + " " + pick(i, {"ABL    ", "Usr    ", "SRV    "}) +
                          std::to_string(10 + i % 80) + ": (" + std::to_string(452 + i % 3) + ")   " +
                          message(i);
               }),
         "[<Time>] <Entity> <Field> <Level> <Component> <Field2> (<Context>) <Content>",
         "2023-04-01T11:00:00.963Z", "I", "ABL", "P-51000"},
        {"a TAI64N label before the message (daemontools' multilog, runit's svlogd)",
         lines(300,
               [](int i) {
                   char label[32];
                   std::snprintf(label, sizeof label, "@40000000%08x%08x",
                                 1680350400u + 10u + 17u * unsigned(i), 250000000u + unsigned(i));
                   return std::string(label) + " " + message(i);
               }),
         "<Time> <Content>", "2023-04-01T12:00:00.250Z", "", "", ""},
        {"a date and clock between doubled dashes (Wget's \"--2026-12-02 02:00:05--  URL\")",
         lines(300, [](int i) { return "--2023-04-01 12:00:" + two(i) + "--  " + message(i); }),
         "<Time> <Content>", "2023-04-01T12:00:00.000Z", "", "", ""},
        {"a clock without seconds, AM or PM glued to it (Go's Kitchen layout, zerolog's console)",
         lines(300,
               [](int i) {
                   return "2023/04/01 " + std::to_string(1 + i % 12) + ":" + two(i) + pick(i, {"PM", "AM"}) +
                          " " + pick(i, {"INF", "INF", "WRN"}) + " " +
                          pick(i, {"api/cmd/main.go:310", "api/db/bolt.go:133"}) + " > " + message(i);
               }),
         "<Time> <Level> <Component> > <Content>", "2023-04-01T13:00:00.000Z", "INF", "api/cmd/main.go", ""},
    });
}

LS_TEST_MAIN()
