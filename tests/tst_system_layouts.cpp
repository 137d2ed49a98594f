// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Layouts learned from lines as systems write them: syslog's hosts, tags and priorities,
// network devices (Cisco, Junos, a firewall's CSV records, OpenWrt), kernels, proxies, and the
// daemons of databases, mail, storage, telephony, routing, embedded systems and games; checked as
// tst_learned_layouts checks application loggers' layouts.
#include "layout_rows.h"

#include <cstdio>

using namespace logsleuth::text;

using namespace made_up;

LS_TEST(systemLayouts)
{
    checkLayoutRows({
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
        {"a program's name, a blank, then its process id in brackets and a colon (SOGo's \"sogod [4496]:\")",
         lines(300,
               [](int i) {
                   return "Apr 01 12:00:" + two(i) + " sogod [" + std::to_string(2000 + (i * 37) % 3000) +
                          "]: " + message(i);
               }),
         "<Time> <Component> [<Context>]: <Content>", "2020-04-01T12:00:00.000Z", "", "sogod", ""},
        // WeeWX's: the application's logger after its level names the component more closely
        // than the program's tag.
        {"a program's tag, then the application's level and logger",
         lines(300,
               [](int i) {
                   return "Apr  1 12:00:" + two(i) +
                          " wxpi weewxd[797]: " + pick(i, {"INFO", "INFO", "ERROR"}) + " " +
                          pick(i, {"weewx.manager", "weewx.restx", "weewx.cheetahgenerator"}) + ": " +
                          message(i);
               }),
         "<Time> wxpi <Component>: <Level> <Component2>: <Content>", "2020-04-01T12:00:00.000Z", "INFO",
         "weewx.manager", ""},
        // gvmd's GLib log: "domain category:LEVEL:stamp zone:pid: message", GLib's MESSAGE among the
        // levels, its clock written "09h12.40".
        {"a GLib domain and category glued to the level and the stamp by colons",
         lines(300,
               [](int i) {
                   return std::string(pick(i, {"md manage", "md manage", "event task", "event alert"})) +
                          ":" + pick(i, {"WARNING", "MESSAGE", "WARNING", "CRITICAL"}) + ":2020-04-01 12h" +
                          two(i / 60) + "." + two(i) + " utc:" + std::to_string(80 + i % 5) + ": " +
                          message(i);
               }),
         "<Field> <Component>:<Level>:<Time> <Component2>: <Content>", "2020-04-01T12:00:00.000Z", "WARNING",
         "manage", ""},
        {"host and tag without a timestamp",
         lines(300,
               [](int i) {
                   return "web-" + std::to_string(i % 4) + " " + pick(i, {"nginx", "php-fpm", "cron"}) + "[" +
                          std::to_string(100 + i) + "]: " + message(i);
               }),
         "<Entity> <Component>: <Content>", "", "", "nginx", "web-0"},
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
        {"a mark glued before the stamp, a colon after it, Cisco's mnemonic with its severity digit",
         lines(300,
               [](int i) {
                   return std::string(i % 7 == 0 ? "." : "*") + "Apr  1 12:00:" + two(i) + ".125: %" +
                          pick(i, {"LINK-3-UPDOWN", "SYS-5-CONFIG_I", "OSPF-5-ADJCHG"}) + ": " + message(i);
               }),
         "<Time> <Component>: <Content>", "2020-04-01T12:00:00.125Z", "3", "%LINK-3-UPDOWN", ""},
        {"a host and the agent's tag, then Cisco's mnemonic opening the message (Arista EOS via rsyslog)",
         lines(300,
               [](int i) {
                   return "2020-04-01T12:00:" + two(i) + ".427094+00:00 " + pick(i, {"leaf3a", "spine1"}) +
                          " " + pick(i, {"Bgp", "Lldp", "Ebra"}) + ": %" +
                          pick(i, {"BGP-3-NOTIFICATION", "LLDP-5-NEIGHBOR_NEW", "LINEPROTO-5-UPDOWN"}) +
                          ": " + message(i);
               }),
         "<Time> <Entity> <Component>: <Content>", "2020-04-01T12:00:00.427Z", "3", "Bgp", "leaf3a"},
        {"a host, a lone colon and the mnemonic (Cisco ASA's \"fw-01 : %ASA-6-302013:\")",
         lines(300,
               [](int i) {
                   return "Apr 01 2020 12:00:" + two(i) + " " + pick(i, {"asa-edge-01", "asa-core-02"}) +
                          " : %ASA-" + pick(i, {"6-302013", "6-302014", "4-106023", "6-305011"}) + ": " +
                          message(i);
               }),
         "<Time> <Entity> : <Component>: <Content>", "2020-04-01T12:00:00.000Z", "6", "%ASA-6-302013",
         "asa-edge-01"},
        {"Huawei's and H3C's mnemonic after the host, its severity between slashes "
         "(\"%%10IFNET/3/PHY_UPDOWN(l):\")",
         lines(300,
               [](int i) {
                   return "Apr  1 12:00:" + two(i) + " 2020 " + pick(i, {"SW-ACC-08", "SW-CORE-01"}) +
                          " %%10" +
                          pick(i, {"IFNET/3/PHY_UPDOWN(l)", "STP/6/STP_DISCARDING(l)",
                                   "SHELL/5/SHELL_LOGIN(s)"}) +
                          ": " + message(i);
               }),
         "<Time> <Entity> <Component>: <Content>", "2020-04-01T12:00:00.000Z", "3", "%%10IFNET/3/PHY_UPDOWN",
         "SW-ACC-08"},
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
        {"... in angle brackets where a relay writes them for the priority (Solace's \"<local3.info>\")",
         lines(300,
               [](int i) {
                   return "2023-04-01T12:00:" + two(i) + ".657+0000 " +
                          pick(i, {"<local3.info>", "<local3.info>", "<local3.warning>", "<local3.notice>"}) +
                          " broker-" + std::to_string(i % 2) + " event: " + message(i);
               }),
         "<Time> <Field>.<Level> <Entity> <Component>: <Content>", "2023-04-01T12:00:00.657Z", "info",
         "event", "broker-0"},
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
        {"a process's name, then its context and its logger in brackets glued to it (SonarQube's "
         "app[][o.s.a.SchedulerImpl])",
         lines(300,
               [](int i) {
                   return "2020.04.01 12:00:" + two(i) + " " + pick(i, {"INFO ", "INFO ", "WARN ", "DEBUG"}) +
                          " " + pick(i, {"app", "web", "ce"}) + "[" +
                          (i % 3 ? "" : "AY" + std::to_string(i)) + "][" +
                          pick(i, {"o.s.a.SchedulerImpl", "o.s.s.p.Platform", "o.s.c.t.CeWorkerImpl"}) +
                          "] " + message(i);
               }),
         "<Time> <Level> <Component> <Content>", "2020-04-01T12:00:00.000Z", "INFO", "o.s.a.SchedulerImpl",
         ""},
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
        {"a session's id in parentheses glued to a 12-hour stamp (FileZilla Server)",
         lines(300,
               [](int i) {
                   return "(0000" + two(i % 40) + ")12/1/2026 " + std::to_string(1 + i % 12) +
                          ":05:" + two(i) + (i % 3 == 0 ? " AM" : " PM") + " - " +
                          pick(i, {"(not logged in)", "alice", "bob"}) + " (10.0.7." +
                          std::to_string(i % 50) + ")> " + message(i);
               }),
         "(<Context>)<Time> - <Content>", "2026-12-01T01:05:00.000Z", "", "", ""},
        {"topics joined by commas opening the message, a level among them (MikroTik's RouterOS)",
         lines(300,
               [](int i) {
                   return "Dec  1 10:00:" + two(i) + " 192.168.88.1 " +
                          pick(i, {"dhcp,info", "system,error,critical", "wireless,info", "dhcp,warning"}) +
                          " " + message(i);
               }),
         "<Time> 192.168.88.1 <Content>", "2019-12-01T10:00:00.000Z", "info", "dhcp", ""},
        {"a process with the library that logged in parentheses and its id (an iPhone's syslog)",
         lines(300,
               [](int i) {
                   return "Dec  1 10:00:" + two(i) + " Alices-iPhone " +
                          pick(i,
                               {"SpringBoard(FrontBoard)", "runningboardd(RunningBoard)", "mDNSResponder"}) +
                          "[" + std::to_string(31 + i % 3) + "] <" + pick(i, {"Notice", "Error", "Notice"}) +
                          ">: " + message(i);
               }),
         "<Time> Alices-iPhone <Component> <Level> <Content>", "2019-12-01T10:00:00.000Z", "Notice",
         "SpringBoard(FrontBoard)", ""},
        {"a source location with its function after the line (Go's Gitea)",
         lines(300,
               [](int i) {
                   return "2026/12/01 10:00:" + two(i) + " " +
                          pick(i,
                               {".../web/routing/logger.go:102:func1()", "modules/ssh/ssh.go:298:sshFailed()",
                                "services/cron/tasks.go:158:RunWithUser()"}) +
                          " [" + pick(i, {"I", "I", "W", "E"}) + "] " + message(i);
               }),
         "<Time> <Component> [<Level>] <Content>", "2026-12-01T10:00:00.000Z", "I",
         ".../web/routing/logger.go", ""},
        // (An exception is rare: its level is too, and must be known to fit.)
        {"a stamp, seconds since start, then Unity's level letters, a rare exception among them (7 Days to "
         "Die)",
         lines(300,
               [](int i) {
                   return "2020-04-01T12:00:" + two(i) + " " + std::to_string(100 + i) + ".125 " +
                          (i % 150 == 0 ? "EXC" : pick(i, {"INF", "INF", "WRN", "ERR"})) + " " + message(i);
               }),
         "<Time> <Pid> <Level> <Content>", "2020-04-01T12:00:00.000Z", "EXC", "", ""},
        {"a 12-hour stamp in brackets, then a bracket of plugin names, no level (Homebridge)",
         lines(300,
               [](int i) {
                   return "[4/1/2020, " + std::to_string(1 + i % 11) + ":00:" + two(i) + " PM] [" +
                          pick(i, {"HB Supervisor", "Homebridge UI", "Hue"}) + "] " + message(i);
               }),
         "[<Time>] [<Component>] <Content>", "2020-04-01T13:00:00.000Z", "", "HB Supervisor", ""},
        {"dnf's levels, DDEBUG and SUBDEBUG among them, after a stamp with its offset",
         lines(300,
               [](int i) {
                   return "2020-04-01T12:00:" + two(i) + "+0000 " +
                          pick(i, {"DDEBUG", "DEBUG", "INFO", "SUBDEBUG"}) + " " + message(i);
               }),
         "<Time> <Level> <Content>", "2020-04-01T12:00:00.000Z", "DDEBUG", "", ""},
        {"no level, a bracket of logger names with digits and instances in them after the stamp (Appium)",
         lines(300,
               [](int i) {
                   return "2020-04-01 12:00:" + two(i) + ":010 [" +
                          (i % 3 == 0   ? std::string("HTTP")
                           : i % 3 == 1 ? "AndroidUiautomator2Driver@" + std::to_string(3100 + i % 4) +
                                              " (a43" + std::to_string(10000 + i % 4) + ")"
                                        : std::string(pick(i, {"Appium", "ADB", "W3C", "UiAutomator2"}))) +
                          "] " + message(i);
               }),
         "<Time> [<Component>] <Content>", "2020-04-01T12:00:00.010Z", "", "HTTP", ""},
        {"no level, a bracket of category names right after the stamp (Bitcoin Core, pacman)",
         lines(300,
               [](int i) {
                   return "2020-04-01T12:00:" + two(i) + "Z [" +
                          pick(i, {"net", "mempool", "net", "validation"}) + "] " + message(i);
               }),
         "<Time> [<Component>] <Content>", "2020-04-01T12:00:00.000Z", "", "net", ""},
        // Euro Truck Simulator 2's server, Duplicati, Graphite's carbon: a separator after the stamp.
        {"no level, a separator after the stamp, then a bracket of category names",
         lines(300,
               [](int i) {
                   return "2020-04-01 12:00:" + two(i) + ".037 : [" + pick(i, {"MP", "MP", "sys", "fs"}) +
                          "] " + message(i);
               }),
         "<Time> : [<Component>] <Content>", "2020-04-01T12:00:00.037Z", "", "MP", ""},
        // Checkmk's notify log: Python's level number in brackets before the logger's.
        {"no level word, a bracket of numbers, then a bracket of dotted names",
         lines(300,
               [](int i) {
                   return "2020-04-01 12:00:" + two(i) + ",084 [" + (i % 50 == 7 ? "30" : "20") + "] [" +
                          pick(i, {"cmk.base.notify", "cmk.base.notify", "cmk.base.notify.bulk"}) + "] " +
                          message(i);
               }),
         "<Time> [<Context>] [<Component>] <Content>", "2020-04-01T12:00:00.084Z", "", "cmk.base.notify", ""},
        {"columns padded before their bars, no blank after (TeamSpeak 3's \"|INFO    |ServerLibPriv |\")",
         lines(300,
               [](int i) {
                   std::string level = pick(i, {"INFO", "WARNING", "INFO", "ERROR"});
                   std::string channel = pick(i, {"VirtualServer", "Accounting", "Query"});
                   level.resize(8, ' ');
                   channel.resize(14, ' ');
                   return "2020-04-01 12:00:" + two(i) + ".637208|" + level + "|" + channel + "|" +
                          std::to_string(1 + i % 3) + "  |" + message(i);
               }),
         "<Time>|<Level>|<Component>|<Pid>|<Content>", "2020-04-01T12:00:00.637Z", "INFO", "VirtualServer",
         ""},
        {"tags in capitals after the stamp, kept as the message's first word (FRRouting, Tasmota)",
         lines(300,
               [](int i) {
                   return "2020/04/01 12:00:" + two(i) + ".117 " + pick(i, {"BGP", "ZEBRA", "OSPF6", "BGP"}) +
                          ": " + message(i);
               }),
         "<Time> <Component>: <Content>", "2020-04-01T12:00:00.117Z", "", "BGP", ""},
        {"a level, then a protocol's name and a colon on most lines, the daemon's own lines without (BIRD)",
         lines(300,
               [](int i) {
                   const std::string proto =
                       i % 4 == 3 ? std::string()
                                  : std::string(pick(i, {"transit_a", "ix_rs1", "ospf1"})) + ": ";
                   return "2020-04-01 12:00:" + two(i) + ".012 <" +
                          pick(i, {"TRACE", "INFO", "TRACE", "ERR"}) + "> " + proto + message(i);
               }),
         "<Time> <Level> <Component>: <Content>", "2020-04-01T12:00:00.012Z", "TRACE", "transit_a", ""},
        {"brackets, the message among them quoted where it has blanks, pairs after it (TiDB)",
         lines(300,
               [](int i) {
                   return "[2020/04/01 12:00:" + two(i) + ".123 +08:00] [" +
                          pick(i, {"INFO", "WARN", "INFO"}) + "] [" +
                          pick(i, {"conn.go:1184", "session.go:2213", "expensivequery.go:145"}) + "] " +
                          (i % 5 == 4 ? "[expensive_query]" : "[\"" + message(i) + "\"]") +
                          " [conn=" + std::to_string(2098440 + i) + "] [txn_mode=PESSIMISTIC]";
               }),
         "[<Time>] [<Level>] [<Component>] <Content>", "2020-04-01T04:00:00.123Z", "INFO", "conn.go", ""},
        {"the module in brackets between the stamp and the level, the source after the message (Open5GS)",
         lines(300,
               [](int i) {
                   return "04/01 12:00:" + two(i) + ".123: [" + pick(i, {"amf", "sbi", "app", "gmm"}) + "] " +
                          pick(i, {"INFO", "WARNING", "ERROR"}) + ": " + message(i) +
                          " (../src/amf/gmm-sm.c:" + std::to_string(100 + i % 50) + ")";
               }),
         "<Time> [<Component>] <Level> <Content>", "2020-04-01T12:00:00.123Z", "INFO", "amf", ""},
        {"a level, a counter, milliseconds since start, then the source and the function (OpenOCD)",
         lines(300,
               [](int i) {
                   return std::string(pick(i, {"Debug: ", "Debug: ", "Error: "})) + std::to_string(5 + i) +
                          " " + std::to_string(8 + 3 * i) + " " +
                          pick(i, {"options.c:94", "target.c:1720", "cortex_m.c:412"}) + " " +
                          pick(i, {"add_default_dirs", "target_poll", "cortex_m_halt"}) + "(): " + message(i);
               }),
         "<Level> <Pid> <Time> <Component> <Field>: <Content>", "1970-01-01T00:00:00.008Z", "Debug",
         "options.c", ""},
        {"a level, the module in parentheses with a colon, then the source location (Aerospike)",
         lines(300,
               [](int i) {
                   return "Apr 01 2020 12:00:" + two(i) + " GMT: " + pick(i, {"INFO", "INFO", "WARNING"}) +
                          " (" + pick(i, {"info", "info", "drv_ssd", "nsup"}) + "): (" +
                          pick(i, {"ticker.c:166", "drv_ssd.c:2210", "nsup.c:412"}) + ") " + message(i);
               }),
         "<Time> <Level> <Component> <Field> <Content>", "2020-04-01T12:00:00.000Z", "INFO", "info", ""},
        {"a padded component, then the source file with its line in parentheses (SAP HANA's trace)",
         lines(300,
               [](int i) {
                   const std::string component = pick(i, {"Mergedog", "Savepoint", "Basis"});
                   return "[" + std::to_string(39020 + i % 7) + "]{" +
                          std::to_string(i % 2 ? -1 : 312034 + i) + "}[" + std::to_string(i % 2 ? -1 : 45) +
                          "/-1] 2020-04-01 12:00:" + two(i) + ".074314 " + pick(i, {"i", "w", "e"}) + " " +
                          component + std::string(17 - component.size(), ' ') +
                          pick(i, {"Mergedog.cpp(00469)", "Savepoint.cpp(01216)", "Timer.cpp(00729)"}) +
                          " : " + message(i);
               }),
         "<Entity> <Time> <Level> <Component> <Field> : <Content>", "2020-04-01T12:00:00.074Z", "i",
         "Mergedog", "[39020]{312034}[45/-1]"},
        {"the source file and line in parentheses, the line after a dot (lighttpd's error log)",
         lines(300,
               [](int i) {
                   return "2020-04-01 12:00:" + two(i) + ": (" +
                          pick(i, {"server.c.1939", "mod_fastcgi.c.487", "connections.c.854"}) + ") " +
                          message(i);
               }),
         "<Time> <Component> <Content>", "2020-04-01T12:00:00.000Z", "", "server.c", ""},
        {"the program in brackets before the stamp (NSQ's daemons)",
         lines(300,
               [](int i) {
                   return std::string("[") + pick(i, {"nsqd", "nsqd", "nsqlookupd"}) +
                          "] 2020/04/01 12:00:" + two(i) + ".123456 " +
                          pick(i, {"INFO:", "INFO:", "WARNING:", "ERROR:"}) + " " + message(i);
               }),
         "[<Component>] <Time> <Level> <Content>", "2020-04-01T12:00:00.123Z", "INFO", "nsqd", ""},
        {"a frame counter glued between the stamp and the category (Unreal Engine)",
         lines(300,
               [](int i) {
                   std::string frame = std::to_string(i % 400);
                   frame.insert(0, 3 - frame.size(), ' ');
                   return "[2020.04.01-12.00." + two(i) + ":123][" + frame + "]" +
                          pick(i, {"LogNet", "LogInit", "LogTemp", "LogOnline", "LogGameMode",
                                   "LogBlueprintUserMessages", "LogLoad"}) +
                          ": " + (i % 3 == 0 ? "Warning: " : "") + message(i);
               }),
         "[<Time>]<Component>: <Content>", "2020-04-01T12:00:00.123Z", "Warning", "LogNet", ""},
        {"a thread's number in angle brackets before a padded level, a subsystem in brackets (Veeam's job "
         "log)",
         lines(300,
               [](int i) {
                   return "[21.04.2020 12:00:" + two(i) + "] <" + std::to_string(20 + i % 9) + "> " +
                          pick(i, {"Info    ", "Info    ", "Warning ", "Error   "}) + " [" +
                          pick(i, {"ViVm", "VSS", "Task"}) + "] " + message(i);
               }),
         "[<Time>] <Field> <Level> [<Component>] <Content>", "2020-04-21T12:00:00.000Z", "Info", "ViVm", ""},
        {"logcat's brief format, the process id in parentheses after a blank (flutter run)",
         lines(300,
               [](int i) {
                   return std::string(pick(i, {"I", "I", "W", "E"})) + "/" +
                          pick(i, {"flutter", "flutter", "OpenGLRenderer"}) + " (" +
                          std::to_string(i % 5 ? 12345 : 812) + "): " + message(i);
               }),
         "<Level>/<Component> (<Context>): <Content>", "", "I", "flutter", ""},
        {"a log id in brackets, then the topic in braces (ArangoDB)",
         lines(300,
               [](int i) {
                   return "2020-04-01T12:00:" + two(i) + "Z [1] " + pick(i, {"INFO", "WARNING", "INFO"}) +
                          " [" + pick(i, {"e52b0", "75ddc", "8bcee", "a1e2f"}) + "] {" +
                          pick(i, {"general", "queries", "memory"}) + "} " + message(i);
               }),
         "<Time> [<Context>] <Level> [<Context2>] {<Component>} <Content>", "2020-04-01T12:00:00.000Z",
         "INFO", "general", ""},
        {"a header written as a comma list, the switch's name its last cell (Brocade's errdump)",
         lines(300,
               [](int i) {
                   return "2020/04/01-12:00:" + two(i) + ", [" +
                          pick(i, {"SEC-1203", "MAPS-1003", "ZONE-1022"}) + "], " +
                          std::to_string(39110 + i) + ", FID 128, " + pick(i, {"INFO", "WARNING", "INFO"}) +
                          ", " + pick(i, {"sansw-fab-a", "sansw-fab-b"}) + ", " +
                          (i % 2 ? message(i) : "Port " + std::to_string(i % 48) + ", " + message(i));
               }),
         "<Time>, [<Context>], <Pid>, FID <Pid2>, <Level>, <Component>, <Content>",
         "2020-04-01T12:00:00.000Z", "INFO", "sansw-fab-a", ""},
        {"commas in a message said on every line end no header cells (the stamp is no comma list's)",
         lines(300,
               [](int i) {
                   return "2020-04-01 12:00:" + two(i) + ",123 INFO [w" + std::to_string(i % 3) +
                          "] app.Step" + std::to_string(i % 5) + ": took " + std::to_string(i) +
                          " ms, \"quoted, text\" " + message(i);
               }),
         "<Time> <Level> [<Context>] <Component>: <Content>", "2020-04-01T12:00:00.123Z", "INFO", "app.Step0",
         ""},
        {"a connection's id and a colon after the level, a new id every few lines (PgBouncer)",
         lines(300,
               [](int i) {
                   char id[24];
                   std::snprintf(id, sizeof id, "%c-0x%012llx", i % 2 ? 'S' : 'C',
                                 0x55d0e4ee74d7ULL + 7919ULL * static_cast<unsigned long long>(i / 3));
                   return "2020-04-01 12:00:" + two(i) + ".017 UTC [985] " +
                          pick(i, {"LOG", "LOG", "WARNING"}) + " " + id + ": " + message(i);
               }),
         "<Time> [<Context>] <Level> <Context2>: <Content>", "2020-04-01T12:00:00.017Z", "LOG", "", ""},
        {"a label and its colon on every line before a padded number, then an arrow (Space Engineers)",
         lines(300,
               [](int i) {
                   std::string thread = std::to_string(i % 9 == 0 ? 14 : 1);
                   thread.insert(0, 3 - thread.size(), ' ');
                   return "2020-04-01 12:00:" + two(i) + ".005 - Thread: " + thread + " ->  " + message(i);
               }),
         "<Time> - Thread: <Pid> -> <Content>", "2020-04-01T12:00:00.005Z", "", "", ""},
        {"a level in parentheses, then a module's method called and its line (TrueNAS's middlewared: "
         "\"(INFO) middlewared.plugins.cloud_sync.sync():724 - \")",
         lines(300,
               [](int i) {
                   return "[2023/04/01 12:00:" + two(i) + "] (" + pick(i, {"INFO", "DEBUG", "ERROR"}) + ") " +
                          pick(i, {"EtcService.generate():446", "middlewared.plugins.cloud_sync.sync():724",
                                   "middlewared.job.run():469"}) +
                          " - " + message(i);
               }),
         "[<Time>] <Level> <Component> - <Content>", "2023-04-01T12:00:00.000Z", "INFO", "EtcService", ""},
        {"a system and its level after a hash in one bracket (Twisted's \"[duoauthproxy.lib.log#info]\")",
         lines(300,
               [](int i) {
                   return "2023-04-01T12:00:" + two(i) + ".074125-0600 [" +
                          pick(i, {"duoauthproxy.lib.log", "DuoAutoRadiusServer (UDP)",
                                   "HTTPPageGetter (TLSMemoryBIOProtocol),client"}) +
                          "#" + pick(i, {"info", "info", "warn", "error"}) + "] " + message(i);
               }),
         "<Time> [<Component>#<Level>] <Content>", "2023-04-01T18:00:00.074Z", "info", "duoauthproxy.lib.log",
         ""},
        {"a level, a colon and the module, padded, in one bracket (Contiki-NG's \"[INFO: Main      ]\")",
         lines(300,
               [](int i) {
                   std::string module = pick(i, {"Main", "RPL", "App", "Energest"});
                   module.resize(10, ' ');
                   return "[" + std::string(pick(i, {"INFO", "INFO", "WARN", "DBG"})) + ": " + module + "] " +
                          message(i);
               }),
         "[<Level>: <Component>] <Content>", "", "INFO", "Main", ""},
        {"a log's own levels in brackets, a few standard ones among them (Vintage Story's "
         "\"[Notification]\", "
         "\"[Event]\", \"[Warning]\")",
         lines(300,
               [](int i) {
                   return "28.11.2026 16:04:" + two(i) + " [" +
                          pick(i, {"Notification", "Notification", "Event", "Notification", "Warning",
                                   "Event", "Notification", "Error", "Notification", "Event"}) +
                          "] " + message(i);
               }),
         "<Time> [<Level>] <Content>", "2026-11-28T16:04:00.000Z", "Notification", "", ""},
        {"a fiber's path with its id before a level letter and '>' (Tarantool's \"main/103/interactive I>\")",
         lines(300,
               [](int i) {
                   return "2023-04-01 12:00:" + two(i) + ".050 [29065] " +
                          pick(i, {"main/103/interactive", "main/130/session_gc", "main/110/gc"}) + " " +
                          pick(i, {"I>", "I>", "W>", "E>"}) + " " + message(i);
               }),
         "<Time> [<Context>] <Component> <Level> <Content>", "2023-04-01T12:00:00.050Z", "I>",
         "main/103/interactive", ""},
        {"a level letter, then a logger: Java's qualified names shortened beside hyphenated ones (QuestDB)",
         lines(300,
               [](int i) {
                   return "2023-04-01T12:00:" + two(i) + ".123456Z " + pick(i, {"I", "I", "E", "A"}) + " " +
                          pick(i, {"i.q.c.TableWriter", "i.q.c.w.WalWriter", "pg-server",
                                   "i.q.c.p.PGConnectionContext", "tcp-line-server"}) +
                          " " + message(i);
               }),
         "<Time> <Level> <Component> <Content>", "2023-04-01T12:00:00.123Z", "I", "i.q.c.TableWriter", ""},
        {"a bracket of names, right-aligned, as the whole header (FiveM's \"[      script:monitor] …\")",
         lines(300,
               [](int i) {
                   std::string source =
                       pick(i, {"resources", "c-scripting-core", "script:monitor", "svadhesive"});
                   source.insert(0, 20 - source.size(), ' ');
                   return "[" + source + "] " + message(i);
               }),
         "[<Component>] <Content>", "", "", "resources", ""},
    });
}

LS_TEST_MAIN()
