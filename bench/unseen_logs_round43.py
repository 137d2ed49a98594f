#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the forty-third round, 20 logs,
written 2026-12-07 by a helper that did not read LogSleuth's code; as found: 0.659. This round is
held out: only its mean is reported; do not run it with --detail or --only, nor tune on its logs.
The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and `formats` on each and
prints grouping accuracy, events against templates, the learned format and how many lines had
their time, level and component read, and read right.

Lines without a header of their own carry the time, level and component of the record they belong
to: PeerTube's metadata (the JSON after a message's " {", down to its closing "}") carries the
time and level of its message; the console lines "  (log) ...", "  (warn) ...", "  (error) ..."
and the "✘ [ERROR]   Error: ..." line (with the empty line after it) under a Wrangler invocation
carry its time, with their own level; the Python traceback under Trac's "Internal Server Error"
carries that line's time, level and module; the Java exception and its "<tab>at" frames under
XWiki's "Failed to load document", and the " Note: ...", the exception and the "<tab><tab>at"
frames under Tomcat's "Error parsing HTTP request header", carry that line's time, level and
logger. A line with no time of its own gets the time of the last line before it that writes one
(of the first after it at the start of a log) and no level or component: every Quartus line but
"Processing started:" and "Processing ended:" (their ctime stamps; the level at the head of each
line is its own); STAR's job banner, command line and version, its fatal error block, the
Log.final.out table (the dates in its first rows are values of the table) and samtools flagstat's
lines (only the job script's "Started:"/"Done:" lines and STAR's "Dec 01 03:00:01 ....." steps
have a time); everything the guest writes in the sr.ht job logs (only the runner's "[#1389245]
2026/12/01 02:00:03" lines have a time); Wrangler's banner; ns-3's build lines, the program's
parameter line and the FlowMonitor statistics; Virtuoso's date lines; tail's headings and empty
lines and the scripts' output in the Xymon mails; the prompt, command, table heading and rule of
the Moxa CLI sessions. Marlin, MrBayes and R CMD check write no time at all (time kind None).
Full dates: MongooseIM ("2026-12-01T10:00:00.123456+00:00"), Milvus ("[2026/12/01 10:00:00.123
+00:00]"), PeerTube ("2026-12-01 10:00:00.123"), Quartus ("Tue Dec  1 02:00:05 2026"), Symfony
("[2026-12-01T10:00:00.123456+00:00]"), sr.ht ("2026/12/01 02:00:03"), Teams ("Tue Dec 01 2026
11:00:00 GMT+0100 (Central European Standard Time)", Europe/Berlin), Trac ("2026-12-01
10:00:00,123"), wesnothd ("20261201 10:00:00"), WireGuard (`dmesg -T`'s "[Tue Dec  1 10:00:00
2026]"), Wrangler (en-US "12/1/2026, 10:00:00 AM"), Xymon ("2026-12-01 10:00:00.123456"), XWiki
("2026-12-01 10:00:00,123", Tomcat's own lines "01-Dec-2026 10:00:00.123") and Moxa (date and
time in two columns; the rows a switch logs after a restart before its SNTP sync are true to what
they write, 1970-01-01 plus the uptime); where a log writes local time without an offset the
clock is UTC. STAR ("Dec 01 03:00:01"; the script's `date` lines "Tue Dec  1 03:00:01 UTC 2026"
are the same clock) has no year (noyear). Virtuoso writes the time of day ("10:00:00 Checkpoint
started") and the date only on its own lines ("<tab><tab>Tue Dec 01 2026") (tod). ns-3 writes the
simulated time since the start of each run ("+2.004120000s"; rel: only whether a time is read is
checked).

Levels are as written: MongooseIM's "level=" (info, notice, warning, error); Marlin's "Error:"
(error; "echo:" and all other lines none); Milvus' bracketed word (INFO, WARN); ns-3's bracketed
"[INFO ]"; PeerTube's word (info, warn, error); Quartus' word at the head of each line (Info,
Warning, Critical Warning, Error, Extra Info; a failed module's summary lines are "Error:"); Symfony's
word after the channel (INFO, WARNING, ERROR, CRITICAL); Teams' word between the dashes (info,
warning, error, event); Trac's word (INFO, WARNING, ERROR); wesnothd's word (info, warning);
Wrangler's console level in parentheses (log, warn, error) and "✘ [ERROR]" (error; the invocation
lines none); XWiki's padded word (INFO, WARN, ERROR) and Tomcat's (INFO). MrBayes, R CMD check,
STAR, sr.ht, Virtuoso, WireGuard (dmesg without -x), Xymon and Moxa write none. The component is
ns-3's log component before the function (OnOffApplication, PacketSink, UdpEchoClientApplication,
UdpEchoServerApplication; the node and the function are not); Symfony's channel (request, security,
messenger, app, console, php); Trac's module in brackets (main, env, api, filtersystem,
notification, acct_mgr.web_ui, ...); wesnothd's log domain (server, network, config); the kernel
prefix of WireGuard's dmesg (wireguard; nf_conntrack, TCP, perf, virtio_net on the other kernel
lines; the iptables LOG lines and the boot banner have none; "wg0:" is not one); XWiki's
abbreviated logger (o.x.v.i.DefaultVelocityEngine, c.x.x.s.XWikiHibernateStore, ...; the thread and
URL in brackets are not) and Tomcat's class, with or without its method. MongooseIM (its "at="
caller is not one), Milvus (the caller in brackets is not), PeerTube (the "host:port" label and the
tags are not), Teams (the pid in angle brackets is not), Quartus (the message number is not),
Marlin, MrBayes, R CMD check, STAR, sr.ht, Virtuoso, Wrangler, Xymon and Moxa have none.

The true event of a line is the format string that wrote it: a value filled into a format string is
a variable (MongooseIM's "c2s_closed_session" whatever the reason; Marlin's temperature report one
event whatever the temperatures, the report with " W:" while waiting for a heater another, "Cap:%s:%d"
one, M119's "%s: %s" one, the two M145 lines one, "SD printing byte %d/%d" one; ns-3's "client sent",
"server received", "server sent", "client received", "on-off application sent" and "packet sink
received" six; PeerTube's morgan line one event whatever the request, the ActivityPub unicast,
broadcast and fetcher jobs three; MrBayes' chain-state lines one event with or without the time
left, the taxon, acceptance-rate, chain-swap and summary rows one event each; Quartus' messages one
event per message number and text (21077's "Low" and "High junction temperature" two), a module's
summary lines one event each whether Info or Error, "Quartus Prime %s was %s. %d errors, %d warnings"
one; R CMD check's "* checking ... %s" one event per check whatever the result and timing, "Status:
%s" one, the tests' result line one; Symfony's "Uncaught PHP Exception %s: "%s" at %s line %s" one
whatever the exception and level, "Matched route "%s"." one; sr.ht's "Running task %s" one, Ninja's
"[%d/%d] %s" one, a Meson test's OK line and its FAIL line two; Teams' "StatusIndicatorStateService:
Added %s (current state: %s -> %s)" one whatever the state, "Removed %s" another; Trac's "[%s]
HTTPNotFound: 404 Not Found (%s)" one event per message inside the parentheses (no handler, no
ticket, no changeset, no attachment); Wrangler's invocation line one whatever the method, URL and
outcome, each console.log call its own, the exception line one whatever the exception; Xymon's
"Whoops ! Failed to send message (%s)" one event in xymond.log and xymonnet.log, "Peer not up,
flushing message queue" one in every file; XWiki's "Deprecated usage of method [%s] in %s@%d,%d" one
and "Failed to execute the [%s] macro. Cause: [%s]. ..." one; Moxa's rows one event per event text
whatever the boot count, date, uptime and port), while two format strings that look alike are two
events (Marlin's "Thermal Runaway" and "Heating failed"; MrBayes' "Analysis completed in %d mins %d
seconds" and "... %d hours %d mins %d seconds"; STAR's steps ("started STAR run", "loading genome",
"started mapping", ...) each its own; wesnothd's "has logged on." and "has logged on to a
registered account.", "joined game" and "joined game ... as an observer"; WireGuard's "Keypair %d
created" and "destroyed", "Sending handshake initiation" and "Receiving handshake initiation";
Xymon's "Task %s terminated, status %d" and "terminated by signal %d"; Moxa's "link on" and "link
off", "Cold start" and "Warm start", "Power %d transition (On -> Off)" and "(Off -> On)"). A
structured line belongs to its message and its set of keys: a MongooseIM line to its "what=" and
keys, a Milvus line to its message and keys, a Symfony line to its message and context keys, a
Teams "-- event --" line to its name (each name its own keys); PeerTube's metadata lines are one
event per key and depth ("  "tags": [" one, "    "uri": ..." one), a list's items one event per
depth and each closing bracket one event by its shape. In a banner or table each kind of line is an
event: MrBayes' banner and model-settings lines, Marlin's start-up lines and each M503 line, each
row of STAR's Log.final.out and of samtools flagstat, Quartus' licence lines, its slack table's
heading, rule and rows, Virtuoso's start-up lines (the plug-in's "{ Loading plugin %d ...", version,
description and "SUCCESS" lines one event each whatever the plug-in), the heading and rule of the
Moxa table. Java's "<tab>at" frames one event and Tomcat's "<tab><tab>at" another, Python's "  File"
lines one event, the code line under them another and the exception line a third whatever the
exception. Wrappers are not part of the event: none of these logs wraps another's lines. Empty lines
are one event per log.

usage: unseen_logs_round43.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round43)
"""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round43")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, us6, fill, checked, syslog_ts, carry_time, ms_, ctime, epoch  # noqa: E402, F401

CET = dt.timezone(dt.timedelta(hours=1))


def kv_quote(v):
    """A value of a key=value line, quoted when it holds a space, a quote or an equals sign."""
    v = str(v)
    if v == "" or any(c in v for c in ' ="\\,'):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return v


def ampm(t):
    """JavaScript's en-US toLocaleString(): "12/1/2026, 10:00:00 AM"."""
    h = t.hour % 12 or 12
    return f"{t.month}/{t.day}/{t.year}, {h}:{t:%M:%S} {'AM' if t.hour < 12 else 'PM'}"


def java_trace(head, frames, cause=None):
    """A Java exception: its head line, tab-indented "at" frames, and an optional "Caused by:" with frames and "... n more"."""
    out = [(head, "exc_head")] + [(f"\tat {f}", "java_at") for f in frames]
    if cause:
        c_head, c_frames, more = cause
        out.append((f"Caused by: {c_head}", "exc_caused_by"))
        out += [(f"\tat {f}", "java_at") for f in c_frames]
        out.append((f"\t... {more} more", "java_more"))
    return out


# 1 ---------------------------------------------------------------- MongooseIM 6.3 (Erlang/OTP 27, the Docker image erlangsolutions/mongooseim, a two-node cluster with CETS and
#   PostgreSQL) as the chat server of a logistics company's drivers' app (XMPP over TLS and WebSocket, MAM, MUC light, push notifications through
#   MongoosePush), the file log of node mim-1 written by Erlang's logger with MongooseIM's flat formatter: "when=2026-12-01T10:00:00.123456+00:00
#   level=info what=c2s_opened_session pid=<0.12345.0> at=mongoose_c2s:handle_state_after_packet/3:612 ..." with the keys of each event; sessions opening
#   and closing, failed logins, s2s to federated servers, push failures, the odd database timeout, cluster nodes going down and up, restarts
@checked
def log_mongooseim(seed):
    L = Log("mongooseim_flatlog", seed, "full", True, False)
    g = L.g
    HOST = "chat.fleetcom.example"
    DRIVERS = [f"drv{n:04d}" for n in g.r.sample(range(1, 3000), 80)] + ["dispatch01", "dispatch02", "dispatch03", "ops.bot"]
    REMOTES = ["conversations.im", "jabber.de", "partner-logistics.example.net", "xmpp.carrier-b.example.com"]
    st = {"up": {}, "node": "mongooseim@mim-1.fleetcom.internal"}

    def w(lv, what, at, kv, ev=None):
        ms_(L, 0, 40)
        parts = [f"when={L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}+00:00", f"level={lv}", f"what={what}", f"pid=<0.{g.num(300, 199999)}.0>", f"at={at}"]
        parts += [f"{k}={kv_quote(v)}" for k, v in kv]
        L.emit(" ".join(parts), ev or what, lv)

    def res():
        return g.c(["android", "ios"]) + "-" + g.alnum(8, "0123456789ABCDEF")

    def open_s():
        u = g.c(DRIVERS)
        ip = f"{g.ip('pub')}:{g.port()}"
        if g.r.random() < 0.08:
            w("warning", "auth_failed", "mongoose_c2s:handle_sasl_step/3:452",
              [("text", "Authentication failed"), ("user", u), ("server", HOST), ("ip", ip), ("mech", g.c(["PLAIN", "SCRAM-SHA-256"])),
               ("reason", g.c(["not-authorized", "not-authorized", "account-disabled"]))])
            return
        jid = f"{u}@{HOST}/{res()}"
        tr = g.c(["c2s_tls", "c2s_tls", "websocket"])
        w("info", "c2s_opened_session", "mongoose_c2s:handle_state_after_packet/3:612",
          [("text", "Opened session"), ("c2s_pid", f"<0.{g.num(3000, 199999)}.0>"), ("jid", jid), ("ip", ip), ("transport", tr)])
        st["up"][jid] = ip

    def close_s():
        if not st["up"]:
            return open_s()
        jid = g.c(sorted(st["up"]))
        ip = st["up"].pop(jid)
        reason = g.c(["normal", "normal", "normal", "timeout", "closed", "{shutdown,replaced}", "{tls,closed}"])
        if reason == "timeout" and g.r.random() < 0.5:
            w("info", "c2s_ping_timeout", "mongoose_c2s:handle_info/3:391", [("text", "Ping timeout, closing the connection"), ("jid", jid)])
        w("info", "c2s_closed_session", "mongoose_c2s:terminate/3:287",
          [("text", "Closed session"), ("jid", jid), ("ip", ip), ("reason", reason)])

    def stream_error():
        w("warning", "c2s_stream_error", "mongoose_c2s:c2s_stream_error/2:803",
          [("text", "Stream error"), ("ip", f"{g.ip('pub')}:{g.port()}"), ("reason", g.c(["policy-violation", "not-well-formed", "invalid-namespace", "host-unknown"]))])

    def s2s():
        r = g.c(REMOTES)
        x = g.r.random()
        if x < 0.45:
            w("info", "s2s_out_connecting", "ejabberd_s2s_out:open_socket/2:301", [("text", "Opening s2s connection"), ("from_to", f"{{{HOST},{r}}}"),
                                                                                 ("addr", f"{g.ip('pub')}:5269")])
            if g.r.random() < 0.85:
                w("info", "s2s_out_connected", "ejabberd_s2s_out:open_socket/2:322", [("text", "s2s connection established"), ("from_to", f"{{{HOST},{r}}}"),
                                                                                    ("tls", "true")])
            else:
                w("warning", "s2s_out_failed", "ejabberd_s2s_out:wait_before_retry/2:519",
                  [("text", "Outgoing s2s connection failed, retrying"), ("from_to", f"{{{HOST},{r}}}"), ("reason", g.c(["econnrefused", "timeout", "nxdomain"])),
                   ("retry_in_ms", g.c([30000, 60000, 120000]))])
        elif x < 0.8:
            w("info", "s2s_in_stream_start", "ejabberd_s2s_in:stream_start/2:211", [("text", "Incoming s2s stream"), ("remote_server", r), ("ip", f"{g.ip('pub')}:{g.port()}")])
        else:
            w("info", "s2s_dialback_result", "ejabberd_s2s_in:wait_for_feature_request/2:334",
              [("text", "Accepted s2s dialback key"), ("from_to", f"{{{r},{HOST}}}"), ("result", "valid")])

    def push():
        u = g.c(DRIVERS)
        if g.r.random() < 0.7:
            w("warning", "push_send_failed", "mod_event_pusher_push:do_push_event/4:213",
              [("text", "Failed to send push notification"), ("jid", f"{u}@{HOST}"), ("node", g.alnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")),
               ("reason", g.c(["{error,<<\"UNREGISTERED\">>}", "{error,timeout}", "{error,<<\"BadDeviceToken\">>}"]))])
        else:
            w("info", "push_node_disabled", "mod_event_pusher_push:disable_node/4:160",
              [("text", "Push node disabled after permanent error"), ("jid", f"{u}@{HOST}"), ("service", f"pubsub.{HOST}")])

    def muc():
        room = f"{g.c(['tour', 'depot', 'shift'])}-{g.num(100, 999)}@muclight.{HOST}"
        w("info", "muc_light_room_created", "mod_muc_light:create_room/5:482",
          [("text", "Room created"), ("room", room), ("owner", f"{g.c(DRIVERS[-4:])}@{HOST}"), ("members", g.num(2, 14))])

    def db():
        if g.r.random() < 0.6:
            w("warning", "rdbms_queue_full", "mongoose_rdbms:sql_call0/3:421",
              [("text", "Request dropped: RDBMS pool is busy"), ("pool", "default"), ("host_type", HOST), ("queue_length", g.num(100, 400))])
        else:
            w("error", "rdbms_query_failed", "mongoose_rdbms:execute_successfully/3:310",
              [("text", "Query failed"), ("host_type", HOST), ("statement", g.c(["mam_archive_insert", "inbox_upsert", "last_set_info", "roster_get"])),
               ("reason", g.c(["{error,timeout}", "{error,{error,error,<<\"57014\">>,query_canceled,<<\"canceling statement due to statement timeout\">>,[]}}"]))])

    def cluster():
        other = "mongooseim@mim-2.fleetcom.internal"
        w("warning", "node_down", "mongoose_cluster_id:handle_info/2:98", [("text", "Node down"), ("remote_node", other)])
        L.tick(g.c([5, 30, 90]))
        w("info", "cets_node_reconnected", "cets_discovery:handle_nodeup/2:377", [("text", "Node reconnected"), ("remote_node", other), ("tables", g.num(14, 18))])
        w("info", "node_up", "mongoose_cluster_id:handle_info/2:95", [("text", "Node up"), ("remote_node", other)])

    def boot():
        w("notice", "mongooseim_starting", "mongooseim:start/0:32", [("text", "Starting MongooseIM"), ("version", "6.3.1"), ("node", st["node"])])
        w("info", "config_processed", "mongoose_config:start/2:58", [("text", "Configuration processed"), ("config_file", "/usr/lib/mongooseim/etc/mongooseim.toml"),
                                                                     ("host_types", 1)])
        w("info", "rdbms_pool_started", "mongoose_wpool:start/5:134", [("text", "Pool started"), ("pool_type", "rdbms"), ("tag", "default"), ("workers", 10)])
        for port, mod in [(5222, "mongoose_c2s_listener"), (5223, "mongoose_c2s_listener"), (5269, "ejabberd_s2s_in"), (5280, "ejabberd_cowboy"),
                          (5285, "ejabberd_cowboy"), (8089, "ejabberd_cowboy")]:
            w("info", "listener_started", "mongoose_listener:start_listener/1:65", [("text", "Listener started"), ("port", port), ("module", mod), ("proto", "tcp")])
        w("notice", "mongooseim_node_started", "mongooseim:start/0:44", [("text", "MongooseIM node started"), ("version", "6.3.1"), ("node", st["node"])])
        st["up"] = {}

    def restart():
        w("notice", "mongooseim_stopping", "mongooseim:stop/0:51", [("text", "Stopping MongooseIM"), ("node", st["node"])])
        L.tick(20)
        boot()

    boot()
    fill(L, [(30, open_s), (28, close_s), (3, stream_error), (8, s2s), (4, push), (1.5, muc), (0.8, db), (0.15, cluster), (0.06, restart)], N_LINES, 25)
    del L.rows[N_LINES:]
    return L


# 2 ---------------------------------------------------------------- Marlin 2.1.2.4 on the Creality 4.2.2 board of an Ender-3 V2 in a school's maker space, the printer's USB serial as
#   captured by the Raspberry Pi beside it (`picocom -b 115200 /dev/ttyUSB0 --logfile` kept for a week, the host only sending M115, M155 S2, M27 S5, M503,
#   M119, M114 and the SD-print commands): no time on any line; the start-up banner and M503 settings dump, the capability report, auto temperature
#   reports every two seconds, "wait" reports while heating, SD print progress, bed levelling with its grid, "ok", the odd line-number / checksum
#   resend, unknown commands, a cold extrusion prevented, a thermal runaway that halts the printer
@checked
def log_marlin(seed):
    L = Log("marlin_serial_console", seed, None, True, False)
    g = L.g
    FILES = ["BENCHY~1.GCO", "KEYCHA~1.GCO", "CALCUB~1.GCO", "PHONES~1.GCO", "GEARBO~1.GCO", "NAMETA~2.GCO", "VASE_0~1.GCO"]
    st = {"T": 24.0, "B": 23.0, "tT": 0, "tB": 0, "line": 0}

    def w(text, ev, lv=None):
        L.emit(text, ev, lv)

    def temp_str(wait=None):
        if not st["tT"]:
            st["T"] = max(g.r.uniform(22.5, 25.5), st["T"] - (st["T"] - 24.0) * g.r.uniform(0.02, 0.05))
        if not st["tB"]:
            st["B"] = max(g.r.uniform(22.0, 24.5), st["B"] - (st["B"] - 23.0) * g.r.uniform(0.005, 0.02))
        T = st["T"] + g.r.uniform(-0.4, 0.4)
        B = st["B"] + g.r.uniform(-0.15, 0.15)
        pw = g.num(20, 80) if st["tT"] else 0
        bpw = g.num(0, 60) if st["tB"] else 0
        s = f" T:{T:.2f} /{st['tT']:.2f} B:{B:.2f} /{st['tB']:.2f} @:{pw} B@:{bpw}"
        return s + (f" W:{wait}" if wait is not None else "")

    def temp():
        w(temp_str(), "autotemp")

    def boot():
        w("start", "start")
        w("echo:Marlin 2.1.2.4", "echo_marlin_version")
        w("echo: Last Updated: 2024-08-12 | Author: (thinkyhead, Ender-3 V2)", "echo_last_updated")
        w("echo: Compiled: Aug 12 2024", "echo_compiled")
        w(f"echo: Free Memory: {g.num(18800, 19400)}  PlannerBufferBytes: 1408", "echo_free_memory")
        w(f"echo:V86 stored settings retrieved (649 bytes; crc {g.num(10000, 65000)})", "echo_settings_retrieved")
        m503(True)
        w("echo:SD card ok", "echo_sd_ok") if g.r.random() < 0.93 else w("echo:SD init fail", "echo_sd_fail")
        st["T"], st["B"], st["tT"], st["tB"] = 24.0 + g.r.uniform(-3, 3), 23.0 + g.r.uniform(-3, 3), 0, 0

    def m503(boot=False):
        w("echo:  G21    ; Units in mm (mm)", "m503_g21")
        w("echo:  M149 C ; Units in Celsius", "m503_m149")
        w("", "empty")
        w("echo:; Filament settings: Disabled", "m503_filament_hdr")
        w("echo:  M200 S0 D1.75", "m503_m200")
        w("echo:; Steps per unit:", "m503_steps_hdr")
        w("echo:  M92 X80.00 Y80.00 Z400.00 E93.00", "m503_m92")
        w("echo:; Maximum feedrates (units/s):", "m503_feed_hdr")
        w("echo:  M203 X500.00 Y500.00 Z5.00 E25.00", "m503_m203")
        w("echo:; Maximum Acceleration (units/s2):", "m503_accel_hdr")
        w("echo:  M201 X500.00 Y500.00 Z100.00 E5000.00", "m503_m201")
        w("echo:; Acceleration (units/s2): P<print_accel> R<retract_accel> T<travel_accel>", "m503_acc2_hdr")
        w("echo:  M204 P500.00 R500.00 T1000.00", "m503_m204")
        w("echo:; Advanced: B<min_segment_time_us> S<min_feedrate> T<min_travel_feedrate> J<junc_dev>", "m503_adv_hdr")
        w("echo:  M205 B20000.00 S0.00 T0.00 J0.08", "m503_m205")
        w("echo:; Home offset:", "m503_home_hdr")
        w("echo:  M206 X0.00 Y0.00 Z0.00", "m503_m206")
        w("echo:; Auto Bed Leveling:", "m503_abl_hdr")
        w("echo:  M420 S1 Z10.00 ; Leveling ON", "m503_m420")
        w("echo:; Material heatup parameters:", "m503_heatup_hdr")
        w("echo:  M145 S0 H200.00 B60.00 F0", "m503_m145")
        w("echo:  M145 S1 H240.00 B80.00 F0", "m503_m145")
        w("echo:; Hotend PID:", "m503_pid_hdr")
        w(f"echo:  M301 P{g.f(20, 29, 2)} I{g.f(1.4, 2.4, 2)} D{g.f(60, 90, 2)}", "m503_m301")
        w("echo:; Bed PID:", "m503_bedpid_hdr")
        w("echo:  M304 P462.10 I85.47 D624.59", "m503_m304")
        w("echo:; Z-Probe Offset:", "m503_probe_hdr")
        w(f"echo:  M851 X-44.00 Y-8.00 Z{-g.r.uniform(1.6, 2.4):.2f} ; (mm)", "m503_m851")
        w("echo:; Linear Advance:", "m503_la_hdr")
        w("echo:  M900 K0.00", "m503_m900")
        if not boot:
            w("ok", "ok")

    def m115():
        w("FIRMWARE_NAME:Marlin 2.1.2.4 (Aug 12 2024 21:17:43) SOURCE_CODE_URL:github.com/MarlinFirmware/Marlin PROTOCOL_VERSION:1.0 MACHINE_TYPE:Ender-3 V2 "
          "EXTRUDER_COUNT:1 UUID:cede2a2f-41a2-4748-9b12-c55c62f367ff", "firmware_name")
        for cap, v in [("SERIAL_XON_XOFF", 0), ("BINARY_FILE_TRANSFER", 0), ("EEPROM", 1), ("VOLUMETRIC", 1), ("AUTOREPORT_POS", 0), ("AUTOREPORT_TEMP", 1),
                       ("PROGRESS", 0), ("PRINT_JOB", 1), ("AUTOLEVEL", 1), ("RUNOUT", 0), ("Z_PROBE", 1), ("LEVELING_DATA", 1), ("BUILD_PERCENT", 0),
                       ("SOFTWARE_POWER", 0), ("TOGGLE_LIGHTS", 0), ("CASE_LIGHT_BRIGHTNESS", 0), ("EMERGENCY_PARSER", 1), ("HOST_ACTION_COMMANDS", 1),
                       ("PROMPT_SUPPORT", 0), ("SDCARD", 1), ("REPEAT", 0), ("SD_WRITE", 1), ("AUTOREPORT_SD_STATUS", 1), ("LONG_FILENAME", 1),
                       ("THERMAL_PROTECTION", 1), ("MOTION_MODES", 0), ("ARCS", 1), ("BABYSTEPPING", 1), ("CHAMBER_TEMPERATURE", 0), ("COOLER_TEMPERATURE", 0),
                       ("MEATPACK", 0), ("CONFIG_EXPORT", 0)]:
            w(f"Cap:{cap}:{v}", "cap")
        w("ok", "ok")

    def idle():
        for _ in range(g.num(3, 15)):
            L.tick(2)
            temp()
        if g.r.random() < 0.1:
            w(f"echo:Unknown command: \"{g.c(['M876 S1', 'M117 Printing...', 'M4010', 'M300 S440 P200'])}\"", "echo_unknown_cmd")
            w("ok", "ok")

    def heat(which, target):
        if which == "T":
            st["tT"] = target
        else:
            st["tB"] = target
        w("ok", "ok")
        cur = st[which]
        while cur < target - 0.5:
            cur = min(target, cur + g.r.uniform(2.5, 9.0) * (0.5 if which == "B" else 1.0))
            st[which] = cur
            w(temp_str("?"), "temp_wait")
        for s in range(g.c([0, 2, 3]), -1, -1):
            w(temp_str(s), "temp_wait")
        w("ok", "ok")

    def home_level():
        w("echo:busy: processing", "echo_busy")
        w("echo:busy: processing", "echo_busy")
        w("X:110.00 Y:110.00 Z:10.00 E:0.00 Count X:8800 Y:8800 Z:4000", "m114_pos")
        w("ok", "ok")
        if g.r.random() < 0.4:
            for y in (45, 80, 115, 150, 185):
                for x in (45, 80, 115, 150, 185):
                    w(f"Bed X: {x:.3f} Y: {y:.3f} Z: {g.r.uniform(-0.2, 0.25):.3f}", "bed_probe")
                    if g.r.random() < 0.2:
                        w("echo:busy: processing", "echo_busy")
            w("Bilinear Leveling Grid:", "grid_header")
            w("      0      1      2      3      4", "grid_cols")
            for r in range(5):
                w(f" {r} " + " ".join(f"{g.r.uniform(-0.2, 0.25):+.3f}" for _ in range(5)), "grid_row")
            w("", "empty")
            w("ok", "ok")

    def print_job():
        f = g.c(FILES)
        size = g.num(200000, 9000000)
        w(f"echo:Now fresh file: {f}", "echo_fresh_file")
        w(f"File opened: {f} Size: {size}", "file_opened")
        w("File selected", "file_selected")
        w("ok", "ok")
        w("ok", "ok")
        heat("B", g.c([60, 60, 65, 70]))
        heat("T", g.c([200, 205, 210, 215, 240]))
        home_level()
        if g.r.random() < 0.04:
            w("echo: cold extrusion prevented", "echo_cold_extrusion")
        pos = 0
        failed = False
        while pos < size:
            for _ in range(g.num(1, 3)):
                L.tick(2)
                temp()
            L.tick(1)
            pos = min(size, pos + g.num(size // 120, size // 35))
            w(f"SD printing byte {pos}/{size}", "sd_printing_byte")
            if g.r.random() < 0.004:
                runaway()
                failed = True
                break
            if g.r.random() < 0.01:
                resend()
        if not failed:
            w("Done printing file", "done_printing")
            w("echo:enqueueing \"M84\"", "echo_enqueueing") if g.r.random() < 0.6 else None
            st["tT"] = st["tB"] = 0
            for _ in range(g.num(4, 12)):
                L.tick(2)
                st["T"] = max(24.0, st["T"] - g.r.uniform(5, 12))
                st["B"] = max(23.0, st["B"] - g.r.uniform(0.5, 1.5))
                temp()
            w("Not SD printing", "not_sd_printing")

    def resend():
        st["line"] += g.num(100, 9000)
        if g.r.random() < 0.6:
            w(f"Error:Line Number is not Last Line Number+1, Last Line: {st['line']}", "err_line_number", "error")
        else:
            w(f"Error:checksum mismatch, Last Line: {st['line']}", "err_checksum", "error")
        w(f"Resend: {st['line'] + 1}", "resend")
        w("ok", "ok")

    def runaway():
        if g.r.random() < 0.6:
            w(f"Error:Thermal Runaway, system stopped! Heater_ID: {g.c(['0', 'bed'])}", "err_thermal_runaway", "error")
        else:
            w(f"Error:Heating failed, system stopped! Heater_ID: {g.c(['0', 'bed'])}", "err_heating_failed", "error")
        w("Error:Printer halted. kill() called!", "err_printer_halted", "error")
        w("//action:cancel", "action_cancel")
        L.tick(1800)
        boot()

    def endstops():
        w("Reporting endstop status", "m119_reporting")
        for n in ("x_min", "y_min", "z_min", "filament"):
            w(f"{n}: {g.c(['open', 'open', 'TRIGGERED'])}", "m119_endstop")
        w("ok", "ok")

    def host_connect():
        m115()
        w("ok", "ok")
        if g.r.random() < 0.5:
            m503()
        if g.r.random() < 0.3:
            endstops()

    def pause():
        w("//action:paused", "action_paused")
        w("echo:busy: paused for user", "echo_busy_paused")
        w("echo:busy: paused for user", "echo_busy_paused")
        L.tick(120)
        w("//action:resumed", "action_resumed")
        w("ok", "ok")

    boot()
    host_connect()
    fill(L, [(30, idle), (6, print_job), (2, host_connect), (1, endstops), (0.8, pause), (0.4, boot)], N_LINES, 60)
    del L.rows[N_LINES:]
    return L


# 3 ---------------------------------------------------------------- Milvus 2.4.15 standalone (Docker Compose with etcd and MinIO, the official milvus-standalone-docker-compose.yml)
#   behind a retrieval-augmented search of a legal publisher's document archive, `docker logs milvus-standalone`: Milvus' own zap text format
#   "[2026/12/01 10:00:00.123 +00:00] [INFO] [proxy/impl.go:2890] ["Search received"] [traceID=...] [role=proxy] [collection=...] ..." (every field in
#   brackets, values quoted where they need it); searches and inserts at the proxy, flushes and segment syncs, compactions, index builds, the
#   garbage collector, the GC tuner, time-tick lag warnings, searches on a released collection failing
@checked
def log_milvus(seed):
    L = Log("milvus_standalone_log", seed, "full", True, False)
    g = L.g
    COLLS = [("legal_chunks_v3", 451234567890123456), ("legal_chunks_v2", 451198765432109876), ("headnotes", 451212121212121212),
             ("user_queries", 451233333333333333)]
    st = {"seg": 451234567890200000, "plan": 451234567890300000, "build": 451234567890400000, "ts": 453000000000000000}

    def fq(v):
        v = str(v)
        if v == "" or any(c in v for c in ' "[]=,:'):
            return json.dumps(v)
        return v

    def w(lv, caller, msg, kv, ev):
        ms_(L, 0, 30)
        head = f"[{L.t:%Y/%m/%d %H:%M:%S}.{ms3(L.t)} +00:00] [{lv}] [{caller}] [{json.dumps(msg)}]"
        L.emit(head + "".join(f" [{k}={fq(v)}]" for k, v in kv), ev, lv)

    def tid():
        return g.hx(32)

    def search():
        c, cid = g.c(COLLS[:3] * 3 + COLLS[3:])
        t = tid()
        params = json.dumps([{"key": "params", "value": json.dumps({"ef": g.c([64, 128, 256])}, separators=(",", ":"))},
                             {"key": "topk", "value": str(g.c([10, 20, 50]))}], separators=(",", ":"))
        w("INFO", "proxy/impl.go:2909", "Search received", [("traceID", t), ("role", "proxy"), ("db", "default"), ("collection", c), ("partitions", "[]"),
                                                            ("dsl", ""), ("len(PlaceholderGroup)", g.c([3084, 3084, 6156])), ("OutputFields", "[doc_id,chunk_no,text]"),
                                                            ("search_params", params), ("guarantee_timestamp", 1), ("useDefaultConsistency", "true")], "search_received")
        if c == "legal_chunks_v2" and g.r.random() < 0.3:
            w("WARN", "proxy/impl.go:2968", "Search failed to WaitToFinish", [("traceID", t), ("role", "proxy"), ("db", "default"), ("collection", c),
                                                                             ("error", f"failed to search: collection not loaded[collection={cid}]")], "search_failed")
            return
        st["ts"] += g.num(10 ** 9, 10 ** 11)
        w("INFO", "proxy/impl.go:3012", "Search done", [("traceID", t), ("role", "proxy"), ("db", "default"), ("collection", c), ("nq", g.c([1, 1, 1, 2])),
                                                        ("topK", g.c([10, 20, 50])), ("duration", f"{g.f(4, 400, 6)}ms")], "search_done")

    def insert():
        c, cid = g.c(COLLS[:1] * 4 + COLLS[3:])
        t = tid()
        n = g.num(1, 2000) if c != "user_queries" else 1
        w("INFO", "proxy/impl.go:2489", "Insert received", [("traceID", t), ("role", "proxy"), ("db", "default"), ("collection", c), ("partition", "_default"),
                                                            ("len(FieldsData)", 5 if c != "user_queries" else 3), ("len(HashKeys)", 0), ("NumRows", n)], "insert_received")
        if g.r.random() < 0.3:
            w("INFO", "datacoord/segment_manager.go:397", "open new segment", [("collectionID", cid), ("partitionID", cid + 1), ("segmentID", st["seg"]),
                                                                                ("channel", f"by-dev-rootcoord-dml_{g.num(0, 15)}_{cid}v0")], "open_new_segment")
            st["seg"] += g.num(1, 40)

    def flush():
        c, cid = g.c(COLLS)
        w("INFO", "datacoord/services.go:109", "receive flush request", [("dbID", 0), ("collectionID", cid), ("isImporting", "false")], "flush_request")
        segs = [st["seg"] - g.num(1, 200) for _ in range(g.num(1, 3))]
        for s in segs:
            w("INFO", "syncmgr/task.go:151", "task done", [("collectionID", cid), ("partitionID", cid + 1), ("segmentID", s),
                                                            ("channel", f"by-dev-rootcoord-dml_{g.num(0, 15)}_{cid}v0"), ("level", "L1"), ("flushed", "true"),
                                                            ("dropped", "false")], "sync_task_done")
        w("INFO", "datacoord/services.go:160", "flush response with segments", [("collectionID", cid), ("sealSegments", f"[{','.join(map(str, segs))}]"),
                                                                                 ("flushSegments", f"[{','.join(map(str, segs))}]"), ("timeOfSeal", int(epoch(L.t))),
                                                                                 ("flushTs", st["ts"])], "flush_response")

    def compaction():
        c, cid = g.c(COLLS[:3])
        st["plan"] += 1
        segs = [st["seg"] - g.num(200, 3000) for _ in range(g.num(2, 6))]
        w("INFO", "datacoord/compaction.go:415", "Compaction handler refreshed", [("planID", st["plan"]), ("type", g.c(["MixCompaction", "MixCompaction", "Level0DeleteCompaction"])),
                                                                                   ("collectionID", cid), ("segmentIDs", f"[{','.join(map(str, segs))}]")], "compaction_submitted")
        L.tick(30)
        if g.r.random() < 0.95:
            w("INFO", "datacoord/compaction_task_mix.go:193", "mixCompactionTask processCompleted done", [("planID", st["plan"]), ("type", "MixCompaction"),
                                                                                                           ("resultSegments", f"[{st['seg']}]"),
                                                                                                           ("timeTaken", f"{g.f(0.5, 40, 6)}s")], "compaction_done")
            st["seg"] += g.num(1, 10)
        else:
            w("WARN", "datacoord/compaction_task_mix.go:160", "mixCompactionTask fail to get compaction result", [("planID", st["plan"]), ("nodeID", 1),
                                                                                                                   ("error", "compaction task timeout")], "compaction_failed")

    def index():
        c, cid = g.c(COLLS[:3])
        st["build"] += 1
        s = st["seg"] - g.num(1, 100)
        w("INFO", "datacoord/task_scheduler.go:265", "index task is sent to node", [("taskID", st["build"]), ("segmentID", s), ("nodeID", 1)], "index_sent")
        L.tick(20)
        w("INFO", "indexnode/task_index.go:324", "Successfully build index", [("buildID", st["build"]), ("Collection", cid), ("SegmentID", s),
                                                                              ("indexType", "HNSW"), ("indexVersion", 5), ("time cost", f"{g.f(0.3, 90, 6)}s")], "index_built")
        w("INFO", "datacoord/index_meta.go:722", "finish index task", [("buildID", st["build"]), ("state", "Finished"), ("fail reason", "")], "index_finished")

    def gc():
        w("INFO", "datacoord/garbage_collector.go:309", "start recycleUnusedBinlogFiles", [], "gc_start")
        L.tick(3)
        w("INFO", "datacoord/garbage_collector.go:355", "recycleUnusedBinlogFiles done", [("total", g.num(900, 90000)), ("valid", g.num(900, 90000)),
                                                                                          ("unexpected", 0), ("removed", g.num(0, 400)), ("duration", f"{g.f(0.5, 12, 6)}s")],
          "gc_done")

    def tuner():
        w("INFO", "gc/gc_tuner.go:90", "GC Tune done", [("previous GOGC", 200), ("heapuse ", f"{g.num(900, 4000)}MB"), ("threshold", "13107MB"),
                                                          ("sys mem", f"{g.num(6000, 12000)}MB"), ("GOGC", g.c([100, 150, 200]))], "gc_tune")

    def lag():
        w("WARN", "rootcoord/dml_channels.go:258", "time tick lag behind", [("channel", f"by-dev-rootcoord-dml_{g.num(0, 15)}"),
                                                                            ("lag", f"{g.f(3, 30, 6)}s"), ("physical time", f"{L.t:%Y-%m-%d %H:%M:%S}.{us6(L.t)} +0000 UTC")],
          "tt_lag")

    def etcd():
        w("WARN", "sessionutil/session_util.go:1087", "session keepalive response failed", [("serverID", 1), ("error", "context deadline exceeded")], "keepalive_failed")
        w("INFO", "sessionutil/session_util.go:1102", "retry keepalive succeed", [("serverID", 1)], "keepalive_retry_ok")

    fill(L, [(30, search), (12, insert), (4, flush), (2, compaction), (1.5, index), (0.6, gc), (1.5, tuner), (0.5, lag), (0.1, etcd)], N_LINES, 3)
    del L.rows[N_LINES:]
    return L


# 4 ---------------------------------------------------------------- MrBayes 3.2.7a (MPI build, 4 processes) run by an entomology lab on its university's Slurm cluster for COI and
#   18S phylogenies of mosquito and sand-fly collections, the jobs' stdout files concatenated (`cat slurm-*.out > mb_runs.txt`): no time on any
#   line; the welcome banner, the NEXUS file being read with its taxon list, the model settings, the chain state every print frequency with the
#   time left, the average standard deviation of split frequencies, the acceptance-rate and chain-swap tables at the end, the parameter summary
#   table of sump
@checked
def log_mrbayes(seed):
    L = Log("mrbayes_mcmc_stdout", seed, None, False, False)
    g = L.g
    GENERA = ["Aedes", "Culex", "Anopheles", "Phlebotomus", "Lutzomyia", "Culiseta", "Ochlerotatus", "Coquillettidia", "Sergentomyia", "Uranotaenia"]
    SPEC = ["albopictus", "aegypti", "pipiens", "modestus", "maculipennis", "perniciosus", "papatasi", "annulata", "vexans", "richiardii", "minuta",
            "unilineata", "caspius", "detritus", "cinereus", "plumbeus", "claviger", "longipalpis", "sergenti", "tarsalis"]

    def w(text, ev):
        L.emit(text, ev)

    def banner():
        w("", "empty")
        w("                            MrBayes 3.2.7a x86_64", "banner_version")
        w("", "empty")
        w("                      (Bayesian Analysis of Phylogeny)", "banner_title")
        w("", "empty")
        w("                             (Parallel version)", "banner_parallel")
        w("                         (4 processors available)", "banner_processors")
        w("", "empty")
        w("              Distributed under the GNU General Public License", "banner_gpl")
        w("", "empty")
        w("", "empty")
        w("               Type \"help\" or \"help <command>\" for information", "banner_help1")
        w("                     on the commands that are available.", "banner_help2")
        w("", "empty")
        w("                   Type \"about\" for authorship and general", "banner_about1")
        w("                       information about the program.", "banner_about2")
        w("", "empty")
        w("", "empty")

    def run():
        marker = g.c(["coi", "coi", "18s"])
        proj = g.c(["culicidae_" + marker, "phlebotominae_" + marker, "ae_invasive_" + marker])
        nex = f"{proj}.nex"
        ntax = g.num(24, 64)
        nchar = 658 if marker == "coi" else g.num(1700, 1900)
        ngen = g.c([1000000, 2000000, 5000000])
        pf = ngen // g.c([50, 100])
        diag = pf * g.c([5, 10])
        banner()
        w("", "empty")
        w(f"   Executing file \"{nex}\"", "executing_file")
        w("   UNIX line termination", "line_termination")
        w(f"   Longest line length = {nchar + 40}", "longest_line")
        w("   Parsing file", "parsing_file")
        w("   Expecting NEXUS formatted file", "expecting_nexus")
        w("   Reading data block", "reading_data_block")
        w("      Allocated taxon set", "allocated_taxon_set")
        w("      Allocated matrix", "allocated_matrix")
        w(f"      Defining new matrix with {ntax} taxa and {nchar} characters", "defining_matrix")
        w("      Data is Dna", "data_is_dna")
        w("      Missing data coded as ?", "missing_coded")
        w("      Gaps coded as -", "gaps_coded")
        for i in range(1, ntax + 1):
            w(f"      Taxon {i:>2} -> {g.c(GENERA)}_{g.c(SPEC)}_{g.c(['MN', 'MW', 'OK', 'OQ', 'KY'])}{g.num(100000, 999999)}", "taxon")
        w("      Successfully read matrix", "read_matrix")
        w("      Setting default partition (does not divide up characters)", "default_partition")
        w("      Setting model defaults", "model_defaults")
        w(f"      Seed (for generating default start values) = {g.num(10 ** 9, 2 * 10 ** 9)}", "default_seed")
        w(f"      Setting output file names to \"{nex}.run<i>.<p|t>\"", "output_names")
        w("   Exiting data block", "exiting_data")
        w("   Reading mrbayes block", "reading_mrbayes")
        w("      Setting autoclose to yes", "set_autoclose")
        w("      Setting nowarnings to yes", "set_nowarnings")
        w("      Setting Nst to 6", "set_nst")
        w("      Setting Rates to Invgamma", "set_rates")
        w("      Successfully set likelihood model parameters", "lset_ok")
        w(f"      Setting number of generations to {ngen}", "set_ngen")
        w(f"      Setting sample frequency to {pf // 2}", "set_samplefreq")
        w(f"      Setting print frequency to {pf}", "set_printfreq")
        w(f"      Setting diagnosing frequency to {diag}", "set_diagnfreq")
        w(f"      Setting chain output file names to \"{nex}.run<i>.<p|t>\"", "chain_output_names")
        w("      Successfully set chain parameters", "mcmcp_ok")
        w("   Running Markov chain", "running_chain")
        w(f"   MCMC stamp = {g.num(10 ** 9, 10 ** 10 - 1)}", "mcmc_stamp")
        w(f"   Seed = {g.num(10 ** 8, 2 * 10 ** 9)}", "seed")
        w(f"   Swapseed = {g.num(10 ** 9, 2 * 10 ** 9)}", "swapseed")
        w("   Model settings:", "model_settings")
        w("", "empty")
        w("      Data not partitioned --", "not_partitioned")
        w("         Datatype  = DNA", "ms_datatype")
        w("         Nucmodel  = 4by4", "ms_nucmodel")
        w("         Nst       = 6", "ms_nst")
        w("                     Substitution rates, expressed as proportions", "ms_revmat1")
        w("                     of the rate sum, have a Dirichlet prior", "ms_revmat2")
        w("                     (1.00,1.00,1.00,1.00,1.00,1.00)", "ms_revmat3")
        w("         Covarion  = No", "ms_covarion")
        w("         # States  = 4", "ms_states")
        w("                     State frequencies have a Dirichlet prior", "ms_statefreq1")
        w("                     (1.00,1.00,1.00,1.00)", "ms_statefreq2")
        w("         Rates     = Invgamma", "ms_rates")
        w("                     The distribution is approximated using 4 categories.", "ms_rates1")
        w("                     Shape parameter is exponentially", "ms_rates2")
        w("                     distributed with parameter (1.00).", "ms_rates3")
        w("                     Proportion of invariable sites is uniformly dist-", "ms_pinvar1")
        w("                     ributed on the interval (0.00,1.00).", "ms_pinvar2")
        w("", "empty")
        w("   Active parameters: ", "active_params")
        w("", "empty")
        w("      Parameters", "ap_header")
        w("      ---------------------", "ap_rule")
        for i, p in enumerate(["Revmat", "Statefreq", "Shape", "Pinvar", "Ratemultiplier", "Topology", "Brlens"], 1):
            w(f"      {p:<16}{i:>5}", "ap_row")
        w("      ---------------------", "ap_rule")
        w("", "empty")
        w(f"   Chain results ({ngen} generations requested):", "chain_results")
        w("", "empty")
        lnl = -g.r.uniform(4000, 30000)
        gen = 0
        secs = ngen / g.r.uniform(400, 3000)
        while gen <= ngen:
            vals = []
            for r in range(2):
                cold = g.num(0, 3)
                v = [f"({lnl + g.r.uniform(-60, 60):.3f})" if c != cold else f"[{lnl + g.r.uniform(-30, 30):.3f}]" for c in range(4)]
                vals.append(" ".join(v))
            left = "" if gen == 0 else f" -- {int(secs * (1 - gen / ngen)) // 3600}:{int(secs * (1 - gen / ngen)) % 3600 // 60:02d}:{int(secs * (1 - gen / ngen)) % 60:02d}"
            w(f"   {gen:>8} -- {vals[0]} * {vals[1]}{left}", "chain_state")
            if gen and gen % diag == 0:
                w("", "empty")
                w(f"      Average standard deviation of split frequencies: {max(0.001, 0.2 * (diag / gen)) * g.r.uniform(0.5, 1.2):.6f}", "asdsf")
                w("", "empty")
            if gen == 0:
                gen = pf
            else:
                gen += pf
            lnl += (g.r.uniform(0, 80) if gen < ngen / 10 else g.r.uniform(-4, 4))
        w("", "empty")
        w(f"   Analysis completed in {int(secs) // 3600} hours {int(secs) % 3600 // 60} mins {int(secs) % 60} seconds" if secs >= 3600 else
          f"   Analysis completed in {int(secs) // 60} mins {int(secs) % 60} seconds", "analysis_completed_h" if secs >= 3600 else "analysis_completed")
        w(f"   Analysis used {secs * 3.9:.2f} seconds of CPU time", "cpu_time")
        for r in (1, 2):
            w(f"   Likelihood of best state for \"cold\" chain of run {r} was {lnl + g.r.uniform(2, 12):.2f}", "best_state")
        w("", "empty")
        for r in (1, 2):
            w(f"   Acceptance rates for the moves in the \"cold\" chain of run {r}:", "acc_header")
            w("      With prob.   (last 100)   chain accepted proposals by move", "acc_cols")
            for mv in ["Dirichlet(Revmat)", "Slider(Revmat)", "Dirichlet(Pi)", "Slider(Pi)", "Multiplier(Alpha)", "Slider(Pinvar)", "ExtSPR(Tau,V)",
                       "ExtTBR(Tau,V)", "NNI(Tau,V)", "ParsSPR(Tau,V)", "Multiplier(V)", "Nodeslider(V)", "TLMultiplier(V)"]:
                a = g.r.uniform(2, 60)
                w(f"         {a:4.1f} %     ({int(a + g.r.uniform(-8, 8)):3d} %)     {mv}", "acc_row")
            w("", "empty")
            w(f"   Chain swap information for run {r}:", "swap_header")
            w("", "empty")
            w("                 1       2       3       4 ", "swap_cols")
            w("          ----------------------------------", "swap_rule")
            n = ngen // 12
            for i in range(1, 5):
                cells = []
                for j in range(1, 5):
                    if j == i:
                        cells.append("      ")
                    elif j < i:
                        cells.append(f"{n + g.num(-900, 900):6d}")
                    else:
                        cells.append(f"  {g.r.uniform(0.3, 0.85):.2f}")
                w(f"        {i} | " + "  ".join(cells) + " ", "swap_row")
            w("", "empty")
            w("      Upper diagonal: Proportion of successful state exchanges between chains", "swap_upper")
            w("      Lower diagonal: Number of attempted state exchanges between chains", "swap_lower")
            w("", "empty")
            w("      Chain information:", "chain_info")
            w("", "empty")
            w("        ID -- Heat ", "heat_cols")
            w("       -----------", "heat_rule")
            for i, h in enumerate([1.00, 0.91, 0.83, 0.77], 1):
                w(f"         {i} -- {h:.2f}  (cold chain)" if i == 1 else f"         {i} -- {h:.2f} ", "heat_cold" if i == 1 else "heat_row")
            w("", "empty")
            w("      Heat = 1 / (1 + T * (ID - 1))", "heat_formula")
            w("         (where T = 0.10 is the temperature and ID is the chain number)", "heat_where")
            w("", "empty")
        # sump
        w(f"   Summarizing parameters in files {nex}.run1.p and {nex}.run2.p", "sump_files")
        w(f"   Writing summary statistics to file {nex}.pstat", "sump_writing")
        w("   Using relative burnin ('relburnin=yes'), discarding the first 25 % of samples", "sump_burnin")
        w("", "empty")
        w("   Model parameter summaries over the runs sampled in files", "sump_over")
        w(f"      \"{nex}.run1.p\" and \"{nex}.run2.p\":", "sump_over_files")
        ns = ngen // (pf // 2) + 1
        w(f"         Summaries are based on a total of {2 * (ns - ns // 4)} samples from 2 runs.", "sump_based")
        w(f"         Each run produced {ns} samples of which {ns - ns // 4} samples were included.", "sump_each")
        w(f"         Parameter summaries saved to file \"{nex}.pstat\".", "sump_saved")
        w("", "empty")
        w("                                                95% HPD Interval", "sump_hpd")
        w("                                              --------------------", "sump_hpd_rule")
        w("      Parameter         Mean      Variance     Lower       Upper       Median    min ESS*  avg ESS    PSRF+ ", "sump_cols")
        w("      " + "-" * 102, "sump_rule")
        for p in ["TL{all}", "r(A<->C){all}", "r(A<->G){all}", "r(A<->T){all}", "r(C<->G){all}", "r(C<->T){all}", "r(G<->T){all}", "pi(A){all}", "pi(C){all}",
                  "pi(G){all}", "pi(T){all}", "alpha{all}", "pinvar{all}"]:
            m = g.r.uniform(0.01, 4)
            w(f"      {p:<16}{m:10.6f}    {m * m / 300:.6f}    {m * 0.9:.6f}    {m * 1.1:.6f}    {m * 1.001:.6f}    {g.r.uniform(200, 1500):7.2f}    "
              f"{g.r.uniform(400, 1600):7.2f}    {g.r.uniform(0.999, 1.008):.3f}", "sump_row")
        w("      " + "-" * 102, "sump_rule")
        w("      * Convergence diagnostic (ESS = Estimated Sample Size); min and avg values", "sump_ess1")
        w("        correspond to minimal and average ESS among runs. ", "sump_ess2")
        w("        ESS value below 100 may indicate that the parameter is undersampled. ", "sump_ess3")
        w("      + Convergence diagnostic (PSRF = Potential Scale Reduction Factor; Gelman", "sump_psrf1")
        w("        and Rubin, 1992) should approach 1.0 as runs converge.", "sump_psrf2")
        w("", "empty")
        w("", "empty")
        w("   Reached end of file", "end_of_file")
        w("", "empty")
        w("   Tasks completed, exiting program because mode is noninteractive", "tasks_completed")
        w("   To return control to the command line after completion of file processing, ", "return_control1")
        w("   set mode to interactive with 'mb -i <filename>' (i is for interactive)", "return_control2")
        w("   or use 'set quitonerror=no'", "return_control3")
        w("", "empty")

    fill(L, [(1, run)], N_LINES, 3600)
    del L.rows[N_LINES:]
    return L


# 5 ---------------------------------------------------------------- ns-3.42 simulations of a master's thesis on Wi-Fi offloading (a scratch program "wifi-offload" with an AP, n
#   stations, UDP echo and On/Off traffic through a CSMA backbone, FlowMonitor at the end), a sweep over nWifi and distance run with
#   NS_LOG="UdpEchoClientApplication=info|prefix_all:UdpEchoServerApplication=info|prefix_all:OnOffApplication=info|prefix_all:PacketSink=info|prefix_all"
#   and the output of every run saved and concatenated: `./ns3 run` build lines, the program's own parameter line, the NS_LOG lines
#   ("+2.004120000s 3 UdpEchoClientApplication:Send(): [INFO ] At time +2.00412s client sent 1024 bytes to 10.1.1.1 port 9", simulated time
#   and node), the FlowMonitor statistics of each flow, the odd crash
@checked
def log_ns3(seed):
    L = Log("ns3_nslog_sweep", seed, "rel", True, True)
    g = L.g
    st = {"sim": 0.0, "q": []}

    def ts(s):
        return f"+{s:.9f}s"

    def short(s):
        return f"+{s:.6f}".rstrip("0").rstrip(".") + "s"

    def lg(node, comp, fn, lv, msg, ev):
        st["q"].append((st["sim"], len(st["q"]), f"{ts(st['sim'])} {node} {comp}:{fn}(): [{lv:<5}] {msg}", ev, lv, comp))

    def flush():
        for _, _, text, ev, lv, comp in sorted(st["q"]):
            L.emit(text, ev, lv, comp)
        st["q"] = []

    def out(text, ev):
        L.emit(text, ev, None, None, None)

    def run():
        nwifi = g.c([2, 4, 8, 12, 16, 24])
        dist = g.c([5, 10, 20, 30, 40])
        rate = g.c(["1Mbps", "2Mbps", "5Mbps"])
        rs = g.num(1, 10)
        out("[0/2] Re-checking globbed directories...", "ninja_rechecking")
        out("ninja: no work to do.", "ninja_no_work")
        out(f"nWifi={nwifi} distance={dist}m onOffRate={rate} runSeed={rs} simTime=20s", "params")
        st["sim"] = 0.0
        sinks = {}
        server = "10.1.1.1"
        stations = [f"10.1.3.{i}" for i in range(1, nwifi + 1)]
        loss = min(0.6, dist / 80 * nwifi / 16)
        t = 1.0
        echo_due = 2.0
        tx_bytes = {}
        while t < 20.0:
            st["sim"] = t
            sta = g.c(stations)
            node = stations.index(sta) + 3
            size = 512
            tx_bytes[sta] = tx_bytes.get(sta, 0) + size
            lg(node, "OnOffApplication", "SendPacket", "INFO", f"At time {short(t)} on-off application sent {size} bytes to {server} port 9 total Tx "
               f"{tx_bytes[sta]} bytes", "onoff_sent")
            if g.r.random() > loss:
                st["sim"] = t + g.r.uniform(0.0008, 0.02)
                sinks[sta] = sinks.get(sta, 0) + size
                lg(0, "PacketSink", "HandleRead", "INFO", f"At time {short(st['sim'])} packet sink received {size} bytes from {sta} port {49153 + node} total Rx "
                   f"{sum(sinks.values())} bytes", "sink_received")
            if t >= echo_due:
                st["sim"] = echo_due
                c = g.c(stations)
                cn = stations.index(c) + 3
                lg(cn, "UdpEchoClientApplication", "Send", "INFO", f"At time {short(echo_due)} client sent 1024 bytes to {server} port 9", "echo_client_sent")
                if g.r.random() > loss:
                    t1 = echo_due + g.r.uniform(0.002, 0.03)
                    st["sim"] = t1
                    lg(1, "UdpEchoServerApplication", "HandleRead", "INFO", f"At time {short(t1)} server received 1024 bytes from {c} port 49153", "echo_server_received")
                    lg(1, "UdpEchoServerApplication", "HandleRead", "INFO", f"At time {short(t1)} server sent 1024 bytes to {c} port 49153", "echo_server_sent")
                    if g.r.random() > loss / 2:
                        t2 = t1 + g.r.uniform(0.002, 0.03)
                        st["sim"] = t2
                        lg(cn, "UdpEchoClientApplication", "HandleRead", "INFO", f"At time {short(t2)} client received 1024 bytes from {server} port 9",
                           "echo_client_received")
                echo_due += 1.0
            t += g.r.expovariate(4.0 * nwifi / 4)
            if len(L.rows) + len(st["q"]) > N_LINES + 50:
                break
        flush()
        if nwifi >= 16 and dist >= 30 and g.r.random() < 0.5:
            out("Command 'build/scratch/ns3.42-wifi-offload-default --nWifi=%d --distance=%d' died with <Signals.SIGSEGV: 11>." % (nwifi, dist), "ns3_died")
            return
        for i, sta in enumerate(stations, 1):
            tx = tx_bytes.get(sta, 0)
            rx = sinks.get(sta, 0)
            out(f"Flow {i} ({sta} -> {server})", "flow_header")
            out(f"  Tx Packets: {tx // 512}", "flow_tx_packets")
            out(f"  Tx Bytes:   {tx + 28 * (tx // 512)}", "flow_tx_bytes")
            out(f"  TxOffered:  {tx * 8 / 19 / 1e6:.6g} Mbps", "flow_txoffered")
            out(f"  Rx Packets: {rx // 512}", "flow_rx_packets")
            out(f"  Rx Bytes:   {rx + 28 * (rx // 512)}", "flow_rx_bytes")
            out(f"  Throughput: {rx * 8 / 19 / 1e6:.6g} Mbps", "flow_throughput")
            if rx:
                out(f"  Mean delay: {g.r.uniform(0.8, 40):.6g} ms", "flow_mean_delay")
        out(f"Total throughput: {sum(sinks.values()) * 8 / 19 / 1e6:.6g} Mbps", "total_throughput")
        out("", "empty")

    fill(L, [(1, run)], N_LINES, 120)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 6 ---------------------------------------------------------------- PeerTube 6.3 (Node.js 20, the official Docker image behind nginx, PostgreSQL 15 and Redis) of a university's
#   lecture-video instance federating with a dozen others, `docker logs peertube` with the colour codes stripped by the admin's script: winston's
#   console format "[tube.uni-example.de:443] 2026-12-01 10:00:00.123 info: message" and, when the message has metadata, " {" and the metadata as
#   JSON indented by two spaces on the following lines (morgan's HTTP lines with their "tags" block, job and ActivityPub lines with theirs, errors with
#   the error's stack on one escaped line); transcoding jobs, federation, fetch failures, views, e-mails, the start-up lines
@checked
def log_peertube(seed):
    L = Log("peertube_docker_logs", seed, "full", True, False)
    g = L.g
    HOST = "tube.uni-example.de"
    REMOTES = ["video.blender.org", "tilvids.com", "peertube.tv", "framatube.org", "tube.tchncs.de", "media.fsfe.org", "peertube.uni-freiburg.example",
               "lecture.tu-example.de", "videos.lukesmith.xyz", "peertube.debian.social"]
    UAS = ["Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
           "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
           "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
           "PeerTube/6.3.0 (+https://video.blender.org)", "PeerTube/6.2.1 (+https://framatube.org)", "Mastodon/4.3.1 (http.rb/5.2.0; +https://chaos.social/)"]
    st = {"job": g.num(100000, 200000), "vid": g.num(4000, 6000)}

    def meta_lines(meta, lv):
        lines = json.dumps(meta, indent=2, ensure_ascii=False).split("\n")[1:]
        for ln in lines:
            s = ln.strip()
            ind = len(ln) - len(ln.lstrip())
            if s.startswith('"') and '": ' in s:
                key = s.split('"')[1]
                ev = f"meta_key_{key}_{ind}"
            elif s.startswith('"'):
                ev = f"meta_item_{ind}"
            else:
                ev = "meta_const:" + ln
            L.emit(ln, ev, lv)

    def w(lv, msg, ev, meta=None):
        ms_(L, 0, 40)
        head = f"[{HOST}:443] {L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} {lv}: {msg}"
        if meta:
            L.emit(head + " {", ev, lv)
            meta_lines(meta, lv)
        else:
            L.emit(head, ev, lv)

    def uuid():
        return g.uuid()

    def short_id():
        return g.alnum(22, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789")

    def http():
        x = g.r.random()
        if x < 0.35:
            m, p, code = "GET", g.c(["/api/v1/videos?start=0&count=25&sort=-publishedAt&nsfw=false", f"/api/v1/videos/{short_id()}",
                                     "/api/v1/config", "/api/v1/users/me", "/api/v1/video-channels/informatik_vorlesungen/videos?start=0&count=25",
                                     f"/api/v1/videos/{g.num(100, 5000)}/comment-threads?start=0&count=10&sort=-createdAt"]), g.c([200, 200, 200, 304, 401])
        elif x < 0.55:
            m, p, code = "POST", g.c(["/inbox", f"/accounts/{g.c(['informatik', 'mathe', 'admin', 'physik'])}/inbox",
                                      f"/video-channels/{g.c(['informatik_vorlesungen', 'mathe_live'])}/inbox"]), g.c([204, 204, 204, 403])
        elif x < 0.75:
            m, p, code = "GET", g.c([f"/videos/watch/{uuid()}", f"/w/{short_id()}",
                                     f"/accounts/{g.c(['informatik', 'mathe'])}/outbox?page=1", "/.well-known/nodeinfo", "/nodeinfo/2.0.json"]), g.c([200, 200, 304])
        elif x < 0.9:
            m, p, code = "POST", f"/api/v1/videos/{g.num(100, 5000)}/views", 204
        else:
            m, p, code = "GET", g.c(["/wp-login.php", "/.env", "/api/v1/videos/1/../../etc/passwd", "/feeds/videos.xml?videoChannelId=3"]), g.c([404, 404, 200])
        ua = g.c(UAS)
        ip = g.ip("pub")
        ref = f"https://{HOST}/" if "Mozilla" in ua and g.r.random() < 0.6 else "-"
        w("info", f"{ip} - - [{L.t:%d/%b/%Y:%H:%M:%S} +0000] \"{m} {p} HTTP/1.1\" {code} {g.num(0, 90000) if code not in (204, 304) else '-'} \"{ref}\" \"{ua}\"", "http",
          {"tags": ["http"]})

    def ap_job():
        st["job"] += 1
        r = g.c(REMOTES)
        x = g.r.random()
        if x < 0.5:
            w("info", f"Processing ActivityPub HTTP unicast in job {st['job']}.", "ap_unicast",
              {"payload": {"uri": f"https://{r}/inbox", "signatureActorId": g.num(1, 20)}, "tags": ["job-queue"]})
        elif x < 0.8:
            w("info", f"Processing ActivityPub HTTP broadcast in job {st['job']}.", "ap_broadcast",
              {"payload": {"uris": [f"https://{h}/inbox" for h in g.r.sample(REMOTES, g.num(1, 3))], "signatureActorId": g.num(1, 20), "contextType": "Video"},
               "tags": ["job-queue"]})
        else:
            w("info", f"Processing ActivityPub fetcher in job {st['job']}.", "ap_fetcher",
              {"payload": {"uri": f"https://{r}/videos/watch/{uuid()}/comments", "type": "video-comments"}, "tags": ["job-queue"]})
        if g.r.random() < 0.12:
            err = g.c([f"connect ECONNREFUSED {g.ip('pub')}:443", "Response code 410 (Gone)", "Timeout awaiting 'request' for 10000ms",
                       f"getaddrinfo ENOTFOUND {r}"])
            w("warn", f"Cannot execute ActivityPub HTTP request to https://{r}/inbox.", "ap_request_failed",
              {"err": {"stack": f"RequestError: {err}\n    at ClientRequest.<anonymous> (/app/node_modules/got/dist/source/core/index.js:970:111)\n"
                                "    at Object.onceWrapper (node:events:634:26)\n    at ClientRequest.emit (node:events:531:35)", "message": err,
                       "name": "RequestError", "code": err.split(" ")[1] if err.startswith(("connect", "getaddrinfo")) else "ERR_NON_2XX_3XX_RESPONSE"},
               "tags": ["ap"]})

    def fetch_actor():
        r = g.c(REMOTES)
        u = g.c(["chris", "blender", "lectures", "fsfe", "luke", "framasoft", "mmd"])
        if g.r.random() < 0.6:
            w("info", f"Fetching remote actor https://{r}/accounts/{u}.", "fetching_actor")
        else:
            w("warn", f"Cannot fetch remote actor https://{r}/accounts/{u}.", "cannot_fetch_actor",
              {"err": {"stack": "Error: Response code 404 (Not Found)\n    at Request.<anonymous> (/app/node_modules/got/dist/source/as-promise/index.js:118:42)",
                       "message": "Response code 404 (Not Found)", "statusCode": 404}, "tags": ["ap", "actor"]})

    def remote_video():
        w("info", f"Remote video with uuid {uuid()} updated", "remote_video_updated", {"videoObject": f"https://{g.c(REMOTES)}/videos/watch/{uuid()}",
                                                                                      "tags": ["ap", "video"]})

    def upload():
        st["vid"] += 1
        vu = uuid()
        title = g.c(["Lineare Algebra I - Vorlesung 7", "Theoretische Informatik - Übung 5", "Experimentalphysik II - Kapitel 3", "Ringvorlesung: KI und Ethik",
                     "Einführung in die Programmierung - VL 11", "Analysis III - Maßtheorie"])
        w("info", f"Video with name {title} and uuid {vu} created.", "video_created", {"tags": ["api", "video"]})
        for res in [1080, 720, 480, 360]:
            L.tick(g.c([60, 240, 600]))
            st["job"] += 1
            w("info", f"Processing transcoding job {st['job']}.", "transcoding_job", {"payload": {"type": "new-resolution-to-web-video", "videoUUID": vu,
                                                                                                   "resolution": res, "isNewVideo": True}, "tags": ["job-queue"]})
            if g.r.random() < 0.03:
                w("error", f"Cannot run transcoding job {st['job']}.", "transcoding_failed",
                  {"err": {"stack": "Error: ffmpeg exited with code 1: Conversion failed!\n\n    at ChildProcess.<anonymous> (/app/node_modules/fluent-ffmpeg/lib/processor.js:182:22)",
                           "message": "ffmpeg exited with code 1: Conversion failed!\n"}, "tags": ["job-queue"]})
                return

    def email():
        who = f"{g.user()}@uni-example.de"
        w("info", f"Sending email to {who}.", "sending_email", {"tags": ["email"]})
        if g.r.random() < 0.05:
            w("error", "Error in email sender.", "email_error", {"err": {"stack": "Error: connect ETIMEDOUT 10.20.0.25:587\n"
                                                                                  "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)",
                                                                         "message": "connect ETIMEDOUT 10.20.0.25:587", "code": "ETIMEDOUT"}, "tags": ["email"]})

    def views():
        if g.r.random() < 0.1:
            w("info", f"Removing old views (older than {L.t - dt.timedelta(days=30):%Y-%m-%dT%H:%M:%S}.000Z).", "removing_old_views", {"tags": ["views"]})
        else:
            w("info", f"Updating {g.num(1, 40)} video views.", "updating_views", {"tags": ["views"]})

    def startup():
        w("info", "Connecting to redis...", "connecting_redis")
        w("info", "Connected to redis.", "connected_redis")
        w("info", "Database peertube_prod is ready.", "db_ready")
        w("info", "Server listening on 0.0.0.0:9000", "server_listening")
        w("info", f"Web server: https://{HOST}", "web_server")

    startup()
    fill(L, [(40, http), (8, ap_job), (3, fetch_actor), (2, remote_video), (0.4, upload), (1, email), (1.5, views), (0.03, startup)], N_LINES, 3)
    del L.rows[N_LINES:]
    return L


# 7 ---------------------------------------------------------------- Intel Quartus Prime Lite 23.1std.1 in the nightly GitLab CI of a university's embedded-systems lab (a Docker image
#   with quartus_sh, `quartus_sh --flow compile <project>` for the lab's DE10-Lite (MAX 10) designs), the job logs of a week concatenated: each
#   module's banner with the licence text and "Processing started: Tue Dec  1 02:00:05 2026", "Info (12021): ...", "Warning (10230): ...", "Critical
#   Warning (332012): ...", "Error (10161): ...", messages nested under others by four spaces, the timing analyser's slack tables, the module's
#   summary with "Processing ended:", and the flow's result
@checked
def log_quartus(seed):
    L = Log("quartus_flow_compile_ci", seed, "full", True, False)
    g = L.g
    PROJ = [("sensor_hub", ["top.v", "i2c_ctrl.v", "uart_tx.v", "uart_rx.v", "fifo.v", "seg7.v"]),
            ("vga_pong", ["pong_top.v", "vga_sync.v", "paddle.v", "ball.v", "score.v"]),
            ("riscv_mini", ["core.sv", "alu.sv", "regfile.sv", "decoder.sv", "imem.sv", "dmem.sv", "uart_tx.v"]),
            ("adc_scope", ["scope_top.vhd", "adc_if.vhd", "trigger.vhd", "vga_draw.vhd"])]

    def w(lv, code, msg, ev, ind=0, t=None):
        pre = "    " * ind
        L.emit(f"{pre}{lv}{' (' + str(code) + ')' if code else ''}: {msg}", ev, lv, None, t)

    def module(name, cmd, proj):
        w("Info", None, "*******************************************************************", "stars")
        w("Info", None, f"Running Quartus Prime {name}", "running_module")
        w("Info", None, "Version 23.1std.1 Build 993 05/14/2024 SC Lite Edition", "version", 1)
        w("Info", None, "Copyright (C) 2024  Intel Corporation. All rights reserved.", "lic_copyright", 1)
        w("Info", None, "Your use of Intel Corporation's design tools, logic functions ", "lic_1", 1)
        w("Info", None, "and other software and tools, and any partner logic ", "lic_2", 1)
        w("Info", None, "functions, and any output files from any of the foregoing ", "lic_3", 1)
        w("Info", None, "(including device programming or simulation files), and any ", "lic_4", 1)
        w("Info", None, "associated documentation or information are expressly subject ", "lic_5", 1)
        w("Info", None, "to the terms and conditions of the Intel Program License ", "lic_6", 1)
        w("Info", None, "Subscription Agreement, the Intel Quartus Prime License Agreement,", "lic_7", 1)
        w("Info", None, "the Intel FPGA IP License Agreement, or other applicable license", "lic_8", 1)
        w("Info", None, "agreement, including, without limitation, that your use is for", "lic_9", 1)
        w("Info", None, "the sole purpose of programming logic devices manufactured by", "lic_10", 1)
        w("Info", None, "Intel and sold by Intel or its authorized distributors.  Please", "lic_11", 1)
        w("Info", None, "refer to the applicable agreement for further details, at", "lic_12", 1)
        w("Info", None, "https://fpgasoftware.intel.com/eula.", "lic_13", 1)
        w("Info", None, f"Processing started: {ctime(L.t)}", "processing_started", 1, L.t)
        w("Info", None, f"Command: {cmd} --read_settings_files=on --write_settings_files=off {proj} -c {proj}", "command")

    def footer(name, ok, errs, warns, secs):
        lv = "Info" if ok else "Error"
        w(lv, None, f"Quartus Prime {name} was {'successful' if ok else 'unsuccessful'}. {errs} error{'s' if errs != 1 else ''}, {warns} warning{'s' if warns != 1 else ''}",
          "module_result")
        w(lv, None, f"Peak virtual memory: {g.num(4700, 5600)} megabytes", "peak_vmem", 1)
        L.t += dt.timedelta(seconds=secs)
        w(lv, None, f"Processing ended: {ctime(L.t)}", "processing_ended", 1, L.t)
        w(lv, None, f"Elapsed time: 00:{secs // 60:02d}:{secs % 60:02d}", "elapsed", 1)
        w(lv, None, f"Total CPU time (on all processors): 00:{secs * 3 // 2 // 60:02d}:{secs * 3 // 2 % 60:02d}", "cpu_time", 1)

    def synth(proj, files):
        module("Analysis & Synthesis", "quartus_map", proj)
        warns = 0
        w("Warning", 18236, "Number of processors has not been specified which may cause overloading on shared machines.  Set the global assignment "
          "NUM_PARALLEL_PROCESSORS in your QSF to an appropriate value for best performance.", "w18236")
        warns += 1
        w("Info", 20030, "Parallel compilation is enabled and will use 8 of the 8 processors detected", "i20030")
        for f in files:
            ent = f.split(".")[0]
            w("Info", 12021, f"Found 1 design units, including 1 entities, in source file rtl/{f}", "i12021")
            if f.endswith(".vhd"):
                w("Info", 12022, f"Found design unit 1: {ent}-rtl File: /builds/fpga-lab/{proj}/rtl/{f} Line: {g.num(12, 40)}", "i12022", 1)
            w("Info", 12023, f"Found entity 1: {ent} File: /builds/fpga-lab/{proj}/rtl/{f} Line: {g.num(1, 30)}", "i12023", 1)
        top = files[0].split(".")[0]
        w("Info", 12127, f"Elaborating entity \"{top}\" for the top level hierarchy", "i12127")
        err = g.r.random() < 0.08
        for f in files[1:]:
            ent = f.split(".")[0]
            w("Info", 12128, f"Elaborating entity \"{ent}\" for hierarchy \"{ent}:u_{ent}\"", "i12128")
            r = g.r.random()
            if r < 0.2 and f.endswith((".v", ".sv")):
                w("Warning", 10230, f"Verilog HDL assignment warning at {f}({g.num(20, 200)}): truncated value with size 32 to match size of target ({g.c([4, 8, 10, 16])})",
                  "w10230")
                warns += 1
            elif r < 0.3 and f.endswith((".v", ".sv")):
                w("Warning", 10036, f"Verilog HDL or VHDL warning at {f}({g.num(10, 120)}): object \"{g.c(['dbg_cnt', 'tmp_q', 'busy_d', 'state_nxt'])}\" assigned a "
                  "value but never read", "w10036")
                warns += 1
            elif r < 0.36 and f.endswith(".vhd"):
                w("Warning", 10492, f"VHDL Process Statement warning at {f}({g.num(30, 140)}): signal \"{g.c(['trig_level', 'sample_en', 'wr_ptr'])}\" is read inside the "
                  "Process Statement but isn't in the Process Statement's sensitivity list", "w10492")
                warns += 1
            if err and f == files[-1]:
                ln = g.num(20, 300)
                w("Error", 10161, f"Verilog HDL error at {f}({ln}): object \"{g.c(['ack_q', 'rd_en', 'pc_next'])}\" is not declared. Verify the object name "
                  f"is correct. If the name is correct, declare the object. File: /builds/fpga-lab/{proj}/rtl/{f} Line: {ln}", "e10161")
                w("Error", 12152, f"Can't elaborate user hierarchy \"{ent}:u_{ent}\"", "e12152")
                footer("Analysis & Synthesis", False, 2, warns, g.num(8, 20))
                w("Error", 293001, f"Quartus Prime Full Compilation was unsuccessful. 4 errors, {warns} warnings", "e293001")
                return False
        if g.r.random() < 0.4:
            w("Warning", 13024, "Output pins are stuck at VCC or GND", "w13024")
            for _ in range(g.num(1, 4)):
                w("Warning", 13410, f"Pin \"{g.c(['LEDR', 'HEX0', 'HEX5', 'GPIO'])}[{g.num(0, 9)}]\" is stuck at {g.c(['GND', 'VCC'])} File: /builds/fpga-lab/{proj}/rtl/"
                  f"{files[0]} Line: {g.num(5, 40)}", "w13410", 1)
            warns += 1
        w("Info", 286030, "Timing-Driven Synthesis is running", "i286030")
        w("Info", 16010, "Generating hard_block partition \"hard_block:auto_generated_inst\"", "i16010")
        w("Info", 16011, "Adding 0 node(s), including 0 DDIO, 0 PLL, 0 transceiver and 0 LCELL", "i16011", 1)
        if g.r.random() < 0.5:
            w("Warning", 21074, "Design contains 2 input pin(s) that do not drive logic", "w21074")
            for _ in range(2):
                w("Warning", 15610, f"No output dependent on input pin \"SW[{g.num(0, 9)}]\" File: /builds/fpga-lab/{proj}/rtl/{files[0]} Line: {g.num(5, 30)}", "w15610", 1)
            warns += 1
        n = g.num(300, 9000)
        w("Info", 21057, f"Implemented {n} device resources after synthesis - the final resource count might be different", "i21057")
        w("Info", 21058, f"Implemented {g.num(4, 20)} input pins", "i21058", 1)
        w("Info", 21059, f"Implemented {g.num(8, 60)} output pins", "i21059", 1)
        w("Info", 21061, f"Implemented {n - 80} logic cells", "i21061", 1)
        if g.r.random() < 0.4:
            w("Info", 21064, f"Implemented {g.num(1, 12)} RAM segments", "i21064", 1)
        footer("Analysis & Synthesis", True, 0, warns, g.num(15, 50))
        return True

    def fit(proj):
        module("Fitter", "quartus_fit", proj)
        w("Info", 20030, "Parallel compilation is enabled and will use 8 of the 8 processors detected", "i20030")
        w("Info", 119006, f"Selected device 10M50DAF484C7G for design \"{proj}\"", "i119006")
        w("Info", 21077, "Low junction temperature is 0 degrees C", "i21077_low")
        w("Info", 21077, "High junction temperature is 85 degrees C", "i21077_high")
        w("Info", 171003, "Fitter is performing an Auto Fit compilation, which may decrease Fitter effort to reduce compilation time", "i171003")
        w("Warning", 292013, "Feature LogicLock is only available with a valid subscription license. You can purchase a software subscription to gain full access "
          "to this feature.", "w292013")
        w("Info", 176444, "Device migration not selected. If you intend to use device migration later, you may need to change the pin assignments as you may run "
          "out of pins on the migrated device", "i176444")
        warns = 1
        if g.r.random() < 0.3:
            n = g.num(1, 6)
            w("Critical Warning", 169085, f"No exact pin location assignment(s) for {n} pins of {g.num(30, 80)} total pins. For the list of pins please refer to the "
              "I/O Assignment Warnings table in the fitter report.", "cw169085")
            warns += 1
        if g.r.random() < 0.25:
            w("Critical Warning", 332012, f"Synopsys Design Constraints File file not found: '{proj}.sdc'. A Synopsys Design Constraints File is required by the "
              "Timing Analyzer to get proper timing constraints. Without it, the Compiler will not properly optimize the design.", "cw332012")
            w("Info", 332144, "No user constrained base clocks found in the design", "i332144")
            warns += 1
        else:
            w("Info", 332104, f"Reading SDC File: '{proj}.sdc'", "i332104")
        w("Info", 176233, "Starting register packing", "i176233")
        w("Info", 176235, "Finished register packing", "i176235")
        w("Extra Info", 176219, "No registers were packed into other blocks", "x176219", 1)
        for a, b, c in [(170189, 170190, "Fitter placement preparation operations"), (170191, 170192, "Fitter placement operations")]:
            w("Info", a, f"{c} beginning", f"i{a}")
            if a == 170191:
                w("Info", 170137, "Fitter placement was successful", "i170137")
            w("Info", b, f"{c} ending: elapsed time is 00:00:{g.num(0, 9):02d}", f"i{b}")
        w("Info", 170193, "Fitter routing operations beginning", "i170193")
        w("Info", 170195, f"Router estimated average interconnect usage is {g.num(0, 9)}% of the available device resources", "i170195")
        w("Info", 170196, f"Router estimated peak interconnect usage is {g.num(2, 30)}% of the available device resources in the region that extends from location "
          f"X{g.num(0, 40)}_Y{g.num(0, 30)} to location X{g.num(41, 78)}_Y{g.num(31, 53)}", "i170196", 1)
        w("Info", 170194, f"Fitter routing operations ending: elapsed time is 00:00:{g.num(0, 9):02d}", "i170194")
        w("Info", 11888, f"Total time spent on timing analysis during the Fitter is {g.f(0.2, 3, 2)} seconds.", "i11888")
        w("Info", 334003, "Started post-fitting delay annotation", "i334003")
        w("Info", 334004, "Delay annotation completed successfully", "i334004")
        w("Info", 144001, f"Generated suppressed messages file /builds/fpga-lab/{proj}/output_files/{proj}.fit.smsg", "i144001")
        footer("Fitter", True, 0, warns, g.num(25, 90))
        return warns

    def asm(proj):
        module("Assembler", "quartus_asm", proj)
        w("Info", 115031, "Writing out detailed assembly data for power analysis", "i115031")
        w("Info", 115030, "Assembler is generating device programming files", "i115030")
        footer("Assembler", True, 0, 1, g.num(3, 9))

    def sta(proj):
        module("Timing Analyzer", "quartus_sta", proj)
        w("Info", 20030, "Parallel compilation is enabled and will use 8 of the 8 processors detected", "i20030")
        w("Info", 332104, f"Reading SDC File: '{proj}.sdc'", "i332104")
        fail = g.r.random() < 0.12
        for corner in ["Slow 1200mV 85C Model", "Slow 1200mV 0C Model", "Fast 1200mV 0C Model"]:
            w("Info", None, f"Analyzing {corner}", "analyzing_corner")
            for kind in ["setup", "hold"]:
                sl = g.r.uniform(-1.5, -0.1) if fail and kind == "setup" and corner.startswith("Slow 1200mV 85") else g.r.uniform(0.2, 15)
                w("Info", 332146, f"Worst-case {kind} slack is {sl:.3f}", "i332146")
                w("Info", 332119, "    Slack       End Point TNS Clock ", "i332119_cols", 1)
                w("Info", 332119, "========= =================== =====================", "i332119_rule", 1)
                for clk in ["clk_50", "altera_reserved_tck"]:
                    tns = 0.0 if sl > 0 or clk != "clk_50" else sl * g.num(3, 40)
                    w("Info", 332119, f"{sl if clk == 'clk_50' else sl + g.r.uniform(5, 30):9.3f} {tns:19.3f} {clk} ", "i332119_row", 1)
        if fail:
            w("Critical Warning", 332148, "Timing requirements not met", "cw332148")
            w("Info", 11105, "For recommendations on closing timing, run Report Timing Closure Recommendations in the Timing Analyzer.", "i11105", 1)
        if g.r.random() < 0.3:
            w("Info", 332102, "Design is not fully constrained for setup requirements", "i332102")
        footer("Timing Analyzer", True, 0, 2 if fail else 1, g.num(4, 12))

    def job():
        proj, files = g.c(PROJ)
        L.t += dt.timedelta(minutes=g.num(0, 12), seconds=g.num(1, 59))
        if not synth(proj, files):
            return
        L.t += dt.timedelta(seconds=2)
        fw = fit(proj)
        L.t += dt.timedelta(seconds=2)
        asm(proj)
        L.t += dt.timedelta(seconds=2)
        sta(proj)
        w("Info", 293026, "Skipped module PowerPlay Power Analyzer due to the assignment FLOW_ENABLE_POWER_ANALYZER", "i293026")
        w("Info", 293000, f"Quartus Prime Full Compilation was successful. 0 errors, {fw + g.num(3, 9)} warnings", "i293000")

    def day():
        L.t = (L.t + dt.timedelta(days=1)).replace(hour=2, minute=0)
        for _ in range(g.num(2, 4)):
            job()

    L.t = L.t.replace(hour=1)
    fill(L, [(1, day)], N_LINES, 1)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 8 ---------------------------------------------------------------- R CMD check (R 4.4.2, `R CMD check --as-cran --no-manual`) of an environmental-statistics group's own R packages,
#   checked every night on a Debian server by a shell loop, each package's 00check.log appended to one file: no time on any line; the check's
#   header, one "* checking ... OK" line per check (NOTE, WARNING or ERROR with the details under it: undefined globals, installed size, a failing
#   testthat test with the last lines of its output, an example that cannot reach its web API, compiled code calling abort), the final status
@checked
def log_rcheck(seed):
    L = Log("r_cmd_check_00check", seed, None, False, False)
    g = L.g
    PKGS = [("hydrostats", "1.4.2.9000", False), ("airqualityr", "0.9.1", True), ("gridkrige", "2.0.0.9003", True), ("phenoclim", "0.3.7", False),
            ("soilmoist", "1.1.0", False), ("dwdfetch", "0.6.2.9000", False)]
    MAINT = ["Katrin Vogel <k.vogel@envstat.example.org>", "Jonas Albers <j.albers@envstat.example.org>", "Mira Okafor <m.okafor@envstat.example.org>"]

    def w(text, ev):
        L.emit(text, ev)

    def tm():
        a = g.num(1, 40)
        return f"[{a}s/{a + g.num(0, 6)}s] "

    def chk(label, ev, res="OK", timed=False):
        w(f"* checking {label} ... {tm() if timed else ''}{res}", "chk_" + ev)

    def check():
        pkg, ver, compiled = g.c(PKGS)
        status = []
        w(f"* using log directory ‘/srv/rcheck/{L.t:%Y%m%d}/{pkg}.Rcheck’", "using_log_dir")
        w("* using R version 4.4.2 (2024-10-31)", "using_r_version")
        w("* using platform: x86_64-pc-linux-gnu", "using_platform")
        w("* R was compiled by", "compiled_by")
        w("    gcc (Debian 14.2.0-8) 14.2.0", "compiler_gcc")
        w("    GNU Fortran (Debian 14.2.0-8) 14.2.0", "compiler_gfortran")
        w("* running under: Debian GNU/Linux trixie/sid", "running_under")
        w("* using session charset: UTF-8", "session_charset")
        w("* using options ‘--no-manual --as-cran’", "using_options")
        chk(f"for file ‘{pkg}/DESCRIPTION’", "description")
        w(f"* this is package ‘{pkg}’ version ‘{ver}’", "this_is_package")
        w("* package encoding: UTF-8", "package_encoding")
        w(f"* checking CRAN incoming feasibility ... {tm()}NOTE", "chk_cran_incoming")
        w(f"Maintainer: ‘{g.c(MAINT)}’", "maintainer")
        if ver.count(".") == 3:
            w("", "empty")
            w(f"Version contains large components ({ver})", "version_large")
        status.append("NOTE")
        for label, ev in [("package namespace information", "namespace_info"), ("package dependencies", "dependencies"),
                          ("if this is a source package", "source_package"), ("if there is a namespace", "has_namespace"),
                          ("for executable files", "executables"), ("for hidden files and directories", "hidden_files"),
                          ("for portable file names", "portable_names"), ("for sufficient/correct file permissions", "permissions"),
                          ("serialization versions", "serialization")]:
            chk(label, ev)
        chk(f"whether package ‘{pkg}’ can be installed", "can_be_installed", timed=True)
        if compiled and g.r.random() < 0.5:
            chk("installed package size", "installed_size", "NOTE")
            w(f"  installed size is {g.f(5.1, 12, 1)}Mb", "installed_size_is")
            w("  sub-directories of 1Mb or more:", "subdirs_1mb")
            w(f"    libs  {g.f(4.0, 10, 1)}Mb", "subdir_size")
            status.append("NOTE")
        else:
            chk("installed package size", "installed_size")
        for label, ev in [("package directory", "package_dir"), ("for future file timestamps", "future_timestamps"), ("‘build’ directory", "build_dir"),
                          ("DESCRIPTION meta-information", "description_meta"), ("top-level files", "top_level_files"), ("for left-over files", "leftover_files"),
                          ("index information", "index_info"), ("package subdirectories", "subdirectories"),
                          ("code files for non-ASCII characters", "non_ascii_code"), ("R files for syntax errors", "syntax_errors"),
                          ("whether the package can be loaded", "can_be_loaded"), ("whether the package can be loaded with stated dependencies", "loaded_stated"),
                          ("whether the package can be unloaded cleanly", "unloaded_cleanly"),
                          ("whether the namespace can be loaded with stated dependencies", "ns_loaded_stated"),
                          ("whether the namespace can be unloaded cleanly", "ns_unloaded_cleanly"),
                          ("loading without being on the library search path", "loading_without_path"), ("dependencies in R code", "deps_in_code"),
                          ("S3 generic/method consistency", "s3_consistency"), ("replacement functions", "replacement_fns"),
                          ("foreign function calls", "foreign_calls")]:
            chk(label, ev)
        if g.r.random() < 0.3:
            w(f"* checking R code for possible problems ... {tm()}NOTE", "chk_r_code")
            vs = g.r.sample(["value", "station_id", "year", "doy", "n", "obs", "pred", ".data"], g.num(1, 4))
            for v in vs:
                w(f"{g.c(['plot_series', 'summarise_by_station', 'fit_trend', 'read_dwd', 'aggregate_daily'])}: no visible binding for global variable ‘{v}’",
                  "no_visible_binding")
            w("Undefined global functions or variables:", "undefined_globals")
            w("  " + " ".join(vs), "undefined_globals_list")
            status.append("NOTE")
        else:
            w(f"* checking R code for possible problems ... {tm()}OK", "chk_r_code")
        for label, ev in [("Rd files", "rd_files"), ("Rd metadata", "rd_metadata"), ("Rd line widths", "rd_line_widths"), ("Rd cross-references", "rd_xrefs"),
                          ("for missing documentation entries", "missing_docs"), ("for code/documentation mismatches", "code_doc_mismatch"),
                          ("Rd \\usage sections", "rd_usage"), ("Rd contents", "rd_contents"), ("for unstated dependencies in examples", "unstated_examples"),
                          ("contents of ‘data’ directory", "data_dir"), ("data for non-ASCII characters", "data_non_ascii"), ("LazyData", "lazydata"),
                          ("data for ASCII and uncompressed saves", "data_saves")]:
            chk(label, ev)
        if compiled:
            chk("line endings in C/C++/Fortran sources/headers", "line_endings")
            chk("pragmas in C/C++ headers and code", "pragmas")
            chk("compilation flags used", "compilation_flags")
            if g.r.random() < 0.15:
                chk("compiled code", "compiled_code", "NOTE")
                w(f"File ‘{pkg}/libs/{pkg}.so’:", "cc_file")
                w("  Found ‘abort’, possibly from ‘abort’ (C)", "cc_found")
                w(f"    Object: ‘{g.c(['kriging.o', 'variogram.o', 'RcppExports.o'])}’", "cc_object")
                w("", "empty")
                w("Compiled code should not call entry points which might terminate R nor", "cc_should_not1")
                w("write to stdout/stderr instead of to the console, nor use Fortran I/O", "cc_should_not2")
                w("nor system RNGs nor [v]sprintf.", "cc_should_not3")
                w("", "empty")
                w("See ‘Writing portable packages’ in the ‘Writing R Extensions’ manual.", "cc_see_wre")
                status.append("NOTE")
            else:
                chk("compiled code", "compiled_code")
        chk("installed files from ‘inst/doc’", "inst_doc")
        chk("files in ‘vignettes’", "vignette_files")
        x = g.r.random()
        if x < 0.08 and pkg == "dwdfetch" or x < 0.03:
            w("* checking examples ... ERROR", "chk_examples")
            w(f"Running examples in ‘{pkg}-Ex.R’ failed", "ex_failed")
            w("The error most likely occurred in:", "ex_most_likely")
            w("", "empty")
            fn = g.c(["fetch_station", "list_stations", "download_series"])
            w(f"> ### Name: {fn}", "ex_name")
            w(f"> ### Title: {g.c(['Fetch observations of a DWD station', 'List the stations of a network', 'Download a time series'])}", "ex_title")
            w(f"> ### Aliases: {fn}", "ex_aliases")
            w("> ", "ex_prompt_empty")
            w("> ### ** Examples", "ex_examples")
            w("> ", "ex_prompt_empty")
            w(f"> x <- {fn}(\"{g.num(100, 9999):05d}\", from = \"2020-01-01\")", "ex_code")
            w("Error in curl::curl_fetch_memory(url, handle = handle) : ", "ex_error_in")
            w(f"  {g.c(['Could not resolve host: opendata.dwd.de', 'Timeout was reached: [opendata.dwd.de] Connection timed out after 10001 milliseconds'])}", "ex_error_msg")
            w(f"Calls: {fn} ... request_fetch -> request_fetch.write_memory -> <Anonymous>", "ex_calls")
            w("Execution halted", "execution_halted")
            status.append("ERROR")
        else:
            chk("examples", "examples", timed=True)
        chk("for unstated dependencies in ‘tests’", "unstated_tests")
        w("* checking tests ...", "checking_tests")
        w(f"  Running ‘testthat.R’ {tm().strip()}", "running_testthat")
        if g.r.random() < 0.12:
            w(f" {tm()}ERROR", "tests_result")
            w("Running the tests in ‘tests/testthat.R’ failed.", "tests_failed")
            w("Last 13 lines of output:", "last_lines")
            f = g.c(["test-read.R", "test-trend.R", "test-aggregate.R", "test-krige.R"])
            what = g.c(["read_station handles missing values", "fit_trend is robust to gaps", "aggregation keeps station ids"])
            w(f"  ── Failure ('{f}:{g.num(10, 200)}:{g.num(3, 5)}'): {what} ──────────", "tt_failure")
            exp = g.num(300, 400)
            w(f"  nrow(out) (`actual`) not equal to {exp}L (`expected`).", "tt_not_equal")
            w("  ", "tt_blank")
            w(f"    `actual`: {exp - g.num(1, 3)}", "tt_actual")
            w(f"  `expected`: {exp}", "tt_expected")
            w("  ", "tt_blank")
            w(f"  [ FAIL 1 | WARN {g.num(0, 3)} | SKIP {g.num(0, 6)} | PASS {g.num(80, 400)} ]", "tt_summary")
            w("  Error: Test failures", "tt_error")
            w("  Execution halted", "tt_halted")
            status.append("ERROR")
        else:
            w(f" {tm()}OK", "tests_result")
        chk("for unstated dependencies in vignettes", "unstated_vignettes")
        chk("package vignettes", "package_vignettes")
        chk("re-building of vignette outputs", "rebuilding_vignettes", timed=True)
        chk("for non-standard things in the check directory", "nonstandard_things")
        chk("for detritus in the temp directory", "detritus")
        w("* DONE", "done")
        w("", "empty")
        c = {k: status.count(k) for k in ("ERROR", "WARNING", "NOTE")}
        parts = [f"{n} {k}{'s' if n > 1 else ''}" for k, n in c.items() if n]
        w("Status: " + (", ".join(parts) if parts else "OK"), "status")
        w("See", "see")
        w(f"  ‘/srv/rcheck/{L.t:%Y%m%d}/{pkg}.Rcheck/00check.log’", "see_path")
        w("for details.", "for_details")
        w("", "empty")
        w("", "empty")

    fill(L, [(1, check)], N_LINES, 1800)
    del L.rows[N_LINES:]
    return L


# 9 ---------------------------------------------------------------- Symfony 6.4 (PHP 8.3-FPM) web shop of a tea merchant, var/log/prod.log written by Monolog's stream handler at level
#   info (the project's monolog.yaml, not the fingers-crossed default): "[2026-12-01T10:00:00.123456+00:00] request.INFO: Matched route "app_product_show".
#   {"route":...} []", the channel and level after the stamp, the message, the context as JSON and the extra "[]"; routing, logins, Messenger's worker
#   (order confirmations, stock sync with the ERP, retries), uncaught exceptions (404s from scanners, 403s, the odd 500 when the database goes away),
#   console commands of the cron jobs, the payment webhook
@checked
def log_symfony(seed):
    L = Log("symfony_monolog_prod_log", seed, "full", True, True)
    g = L.g
    ROUTES = [("app_home", "App\\Controller\\HomeController::index", {}, "/"), ("app_product_show", "App\\Controller\\ProductController::show", {"slug": "S"}, "/tee/S"),
              ("app_category", "App\\Controller\\CategoryController::list", {"slug": "C"}, "/kategorie/C"), ("app_cart", "App\\Controller\\CartController::index", {}, "/warenkorb"),
              ("app_cart_add", "App\\Controller\\CartController::add", {"id": "I"}, "/warenkorb/add/I"), ("app_checkout", "App\\Controller\\CheckoutController::index", {}, "/kasse"),
              ("app_login", "App\\Controller\\SecurityController::login", {}, "/login"), ("app_account_orders", "App\\Controller\\AccountController::orders", {}, "/konto/bestellungen"),
              ("api_stock", "App\\Controller\\Api\\StockController::get", {"sku": "K"}, "/api/stock/K")]
    SLUGS = ["darjeeling-first-flush", "sencha-uji", "assam-tgfop", "earl-grey-bio", "rooibos-vanille", "oolong-milky", "gunpowder", "chai-masala"]
    CATS = ["gruentee", "schwarztee", "kraeutertee", "oolong", "zubehoer"]
    st = {"order": g.num(20000, 30000)}

    def w(ch, lv, msg, ctx, ev):
        ms_(L, 0, 30)
        c = json.dumps(ctx, separators=(",", ":"), ensure_ascii=False) if ctx else "[]"
        L.emit(f"[{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}+00:00] {ch}.{lv}: {msg} {c} []", ev, lv, ch)

    def route():
        name, ctrl, params, path = g.c(ROUTES)
        p = {"_route": name, "_controller": ctrl}
        for k, v in params.items():
            val = {"S": g.c(SLUGS), "C": g.c(CATS), "I": str(g.num(1, 400)), "K": f"T-{g.num(1000, 9999)}"}[v]
            p[k] = val
            path = path.replace(v, val)
        meth = "POST" if name in ("app_cart_add", "app_login") and g.r.random() < 0.7 else "GET"
        w("request", "INFO", f"Matched route \"{name}\".", {"route": name, "route_parameters": p, "request_uri": f"https://www.teehaus-example.de{path}",
                                                              "method": meth}, "matched_route")
        return name, meth

    def req():
        name, meth = route()
        if name == "app_login" and meth == "POST":
            u = g.email()
            if g.r.random() < 0.75:
                w("security", "INFO", "Authenticator successful!", {"token": {"Symfony\\Component\\Security\\Core\\Authentication\\Token\\UsernamePasswordToken":
                                                                              f"UsernamePasswordToken(user=\"{u}\", roles=\"ROLE_USER\")"},
                                                                    "authenticator": "Symfony\\Component\\Security\\Http\\Authenticator\\FormLoginAuthenticator"},
                  "auth_success")
            else:
                w("security", "INFO", "Authenticator failed.", {"exception": "[object] (Symfony\\Component\\Security\\Core\\Exception\\BadCredentialsException(code: 0): "
                                                                              "The presented password is invalid. at /var/www/teehaus/vendor/symfony/security-http/"
                                                                              "EventListener/CheckCredentialsListener.php:69)",
                                                                 "authenticator": "Symfony\\Component\\Security\\Http\\Authenticator\\FormLoginAuthenticator"},
                  "auth_failed")
        elif name == "app_checkout" and g.r.random() < 0.3:
            st["order"] += 1
            w("app", "INFO", f"Order {st['order']} placed", {"order_id": st["order"], "total": f"{g.num(8, 180)}.{g.num(0, 99):02d}",
                                                             "payment": g.c(["paypal", "stripe", "invoice"])}, "order_placed")
            w("messenger", "INFO", "Sending message App\\Message\\SendOrderConfirmation with async sender using "
              "Symfony\\Component\\Messenger\\Bridge\\Doctrine\\Transport\\DoctrineTransport",
              {"class": "App\\Message\\SendOrderConfirmation", "alias": "async", "sender": "Symfony\\Component\\Messenger\\Bridge\\Doctrine\\Transport\\DoctrineTransport"},
              "messenger_sending")
        elif name == "app_account_orders" and g.r.random() < 0.15:
            w("request", "ERROR", "Uncaught PHP Exception Symfony\\Component\\HttpKernel\\Exception\\AccessDeniedHttpException: \"Access Denied.\" at "
              "ExceptionListener.php line 134", {"exception": "[object] (Symfony\\Component\\HttpKernel\\Exception\\AccessDeniedHttpException(code: 0): Access Denied. "
                                                              "at /var/www/teehaus/vendor/symfony/security-http/Firewall/ExceptionListener.php:134)\n[previous exception] "
                                                              "[object] (Symfony\\Component\\Security\\Core\\Exception\\AccessDeniedException(code: 403): Access Denied. at "
                                                              "/var/www/teehaus/vendor/symfony/security-http/Firewall/AccessListener.php:84)"}, "uncaught_exception")

    def scanner():
        path = g.c(["/wp-login.php", "/xmlrpc.php", "/.env", "/wp-content/plugins/wp-file-manager/readme.txt", "/phpmyadmin/index.php", "/.git/config",
                    "/admin/config.php", "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php"])
        m = g.c(["GET", "GET", "POST"])
        w("request", "ERROR", f"Uncaught PHP Exception Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException: \"No route found for \"{m} "
          f"https://www.teehaus-example.de{path}\"\" at RouterListener.php line 149",
          {"exception": f"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"{m} https://www.teehaus-example.de{path}\" "
                        "at /var/www/teehaus/vendor/symfony/http-kernel/EventListener/RouterListener.php:149)\n[previous exception] [object] "
                        f"(Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"{path}/\". at "
                        "/var/www/teehaus/var/cache/prod/Symfony/Component/Routing/Matcher/CompiledUrlMatcherTrait.php:70)"}, "uncaught_exception")

    def db_down():
        route()
        w("request", "CRITICAL", "Uncaught PHP Exception Doctrine\\DBAL\\Exception\\ConnectionException: \"An exception occurred in the driver: SQLSTATE[HY000] "
          "[2002] Connection refused\" at ExceptionConverter.php line 101",
          {"exception": "[object] (Doctrine\\DBAL\\Exception\\ConnectionException(code: 2002): An exception occurred in the driver: SQLSTATE[HY000] [2002] "
                        "Connection refused at /var/www/teehaus/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:101)\n[previous exception] "
                        "[object] (Doctrine\\DBAL\\Driver\\PDO\\Exception(code: 2002): SQLSTATE[HY000] [2002] Connection refused at "
                        "/var/www/teehaus/vendor/doctrine/dbal/src/Driver/PDO/Exception.php:28)"}, "uncaught_exception")

    def worker():
        cls, h = g.c([("App\\Message\\SendOrderConfirmation", "App\\MessageHandler\\SendOrderConfirmationHandler::__invoke"),
                      ("App\\Message\\SendOrderConfirmation", "App\\MessageHandler\\SendOrderConfirmationHandler::__invoke"),
                      ("App\\Message\\SyncStock", "App\\MessageHandler\\SyncStockHandler::__invoke"),
                      ("Symfony\\Component\\Mailer\\Messenger\\SendEmailMessage", "Symfony\\Component\\Mailer\\Messenger\\MessageHandler::__invoke")])
        w("messenger", "INFO", f"Received message {cls}", {"class": cls}, "messenger_received")
        if cls.endswith("SyncStock") and g.r.random() < 0.25:
            n = g.num(1, 3)
            err = "HTTP/2 503  returned for \"https://erp.teehaus-example.de/api/v2/stock\"."
            ex = f"[object] (Symfony\\Component\\Messenger\\Exception\\HandlerFailedException(code: 0): Handling \"{cls}\" failed: {err} at " \
                 "/var/www/teehaus/vendor/symfony/messenger/Middleware/HandleMessageMiddleware.php:124)"
            if n < 3:
                w("messenger", "WARNING", f"Error thrown while handling message {cls}. Sending for retry #{n} using {1000 * 2 ** (n - 1)} ms delay. Error: \"Handling "
                  f"\"{cls}\" failed: {err}\"", {"class": cls, "message_id": g.num(10000, 99999), "retryCount": n, "delay": 1000 * 2 ** (n - 1),
                                                 "error": f"Handling \"{cls}\" failed: {err}", "exception": ex}, "messenger_retry")
            else:
                w("messenger", "CRITICAL", f"Error thrown while handling message {cls}. Removing from transport after 3 retries. Error: \"Handling \"{cls}\" failed: "
                  f"{err}\"", {"class": cls, "message_id": g.num(10000, 99999), "retryCount": 3, "error": f"Handling \"{cls}\" failed: {err}", "exception": ex},
                  "messenger_removed")
            return
        if cls.endswith("SyncStock"):
            w("app", "INFO", f"Stock synced for {g.num(40, 400)} products", {"changed": g.num(0, 40), "duration_ms": g.num(200, 4000)}, "stock_synced")
        w("messenger", "INFO", f"Message {cls} handled by {h}", {"class": cls, "handler": h}, "messenger_handled")
        w("messenger", "INFO", f"{cls} was handled successfully (acknowledging to transport).", {"class": cls, "message_id": g.num(10000, 99999)}, "messenger_acked")

    def console():
        cmd = g.c(["app:import-feed --env=prod", "app:cleanup-carts", "messenger:consume async --time-limit=3600"])
        if cmd.startswith("app:import") and g.r.random() < 0.3:
            msg = "Failed to open stream: HTTP request failed! HTTP/1.1 500 Internal Server Error"
            w("console", "CRITICAL", f"Error thrown while running command \"{cmd}\". Message: \"{msg}\"",
              {"exception": f"[object] (ErrorException(code: 0): Warning: file_get_contents(https://lieferant.example.com/feed.xml): {msg} at "
                            "/var/www/teehaus/src/Command/ImportFeedCommand.php:58)", "command": cmd, "message": msg}, "console_error")
        elif cmd.startswith("app:cleanup"):
            w("app", "INFO", f"Removed {g.num(0, 200)} abandoned carts", {"older_than": "P30D"}, "carts_removed")
        else:
            w("messenger", "INFO", "Worker stopped due to time limit of 3600s exceeded", {"timeLimit": 3600}, "worker_time_limit")

    def webhook():
        if g.r.random() < 0.85:
            w("app", "INFO", "Payment webhook processed", {"provider": "stripe", "event": g.c(["payment_intent.succeeded", "charge.refunded", "payment_intent.payment_failed"]),
                                                          "order_id": st["order"] - g.num(0, 40)}, "webhook_processed")
        else:
            w("app", "WARNING", "Payment webhook signature mismatch", {"provider": "stripe", "ip": g.ip("pub")}, "webhook_mismatch")

    def deprecation():
        w("php", "INFO", "User Deprecated: Since symfony/doctrine-bridge 6.3: Mapping the \"App\\Entity\\Order\" entity using annotations is deprecated, use "
          "attributes instead.", {"exception": "[object] (ErrorException(code: 0): User Deprecated: Since symfony/doctrine-bridge 6.3: Mapping the "
                                               "\"App\\Entity\\Order\" entity using annotations is deprecated, use attributes instead. at "
                                               "/var/www/teehaus/vendor/symfony/deprecation-contracts/function.php:25)"}, "user_deprecated")

    fill(L, [(50, req), (8, scanner), (14, worker), (2, console), (3, webhook), (0.4, db_down), (0.6, deprecation)], N_LINES, 20)
    del L.rows[N_LINES:]
    return L


# 10 --------------------------------------------------------------- STAR 2.7.11b aligning the RNA-seq libraries of a mouse liver time-course at a genomics core facility, one Slurm job per
#   sample whose script echoes the sample and `date`, runs STAR (its command line and version, then "Dec 01 03:00:01 ..... started STAR run" and the
#   other steps), then `cat`s STAR's Log.final.out and runs `samtools flagstat`; the jobs' .out files concatenated: fatal errors (too little memory
#   for sorting the BAM, a truncated FASTQ) end a job early
@checked
def log_star(seed):
    L = Log("star_align_slurm_out", seed, "noyear", False, False)
    g = L.g
    TIS = ["liver", "liver", "liver", "kidney"]

    def w(text, ev, t=None):
        L.emit(text, ev, None, None, t)

    def st(msg, ev):
        w(f"{L.t:%b %d %H:%M:%S} ..... {msg}", ev, L.t)

    def adv(a, b):
        L.t += dt.timedelta(seconds=g.num(a, b))

    def job():
        s = f"S{g.num(1, 96):02d}_{g.c(TIS)}_ZT{g.c([0, 4, 8, 12, 16, 20])}_rep{g.num(1, 3)}"
        node = f"cn{g.num(1, 48):03d}"
        w(f"=== {s} on {node} (job {g.num(4100000, 4199999)}) ===", "job_banner")
        w(f"Started: {ctime(L.t)[:20]}UTC {L.t.year}", "date_started", L.t)
        w(f"\t/opt/STAR-2.7.11b/bin/Linux_x86_64_static/STAR --runThreadN 16 --genomeDir /ref/star/GRCm39_GENCODE_M35_sjdb149 --readFilesIn "
          f"fastq/{s}_R1.fastq.gz fastq/{s}_R2.fastq.gz --readFilesCommand zcat --outSAMtype BAM SortedByCoordinate --quantMode GeneCounts "
          f"--outSAMattributes NH HI AS nM XS --outFileNamePrefix star/{s}/", "star_cmdline")
        w("\tSTAR version: 2.7.11b   compiled: 2024-11-25T09:14:51-0500 :/home/dobin/data/STAR/STARcode/STAR.master/source", "star_version")
        t0 = L.t
        st("started STAR run", "started_run")
        st("loading genome", "loading_genome")
        adv(40, 150)
        if g.r.random() < 0.03:
            w("EXITING because of FATAL ERROR in reads input: quality string length is not equal to sequence length", "fatal_reads_input")
            w(f"@A00{g.num(100, 999)}:{g.num(100, 999)}:H{g.alnum(4, 'ABCDEFGHJKLMNPRSTVWXY')}DSX{g.num(2, 7)}:{g.num(1, 4)}:{g.num(1101, 2678)}:{g.num(1000, 32000)}:"
              f"{g.num(1000, 37000)} 1:N:0:{g.alnum(8, 'ACGT')}+{g.alnum(8, 'ACGT')}", "fatal_read_name")
            w(g.alnum(151, "ACGTN"), "fatal_read_seq")
            w("+", "fatal_read_plus")
            w(g.alnum(g.num(40, 140), "FF:F,F:FFFFF"), "fatal_read_qual")
            w("SOLUTION: fix your fastq file", "fatal_solution")
            w(f"{L.t:%b %d %H:%M:%S} ...... FATAL ERROR, exiting", "fatal_exiting", L.t)
            w("", "empty")
            return
        tm = L.t
        st("started mapping", "started_mapping")
        nreads = g.num(18000000, 52000000)
        adv(1500, 4800)
        tf = L.t
        st("finished mapping", "finished_mapping")
        adv(1, 4)
        st("started sorting BAM", "started_sorting")
        adv(60, 400)
        if g.r.random() < 0.04:
            w("", "empty")
            w("EXITING because of fatal ERROR: not enough memory for BAM sorting: ", "fatal_bam_memory")
            w(f"SOLUTION: re-run STAR with at least --limitBAMsortRAM {g.num(31000000000, 39000000000)}", "fatal_bam_solution")
            w(f"{L.t:%b %d %H:%M:%S} ...... FATAL ERROR, exiting", "fatal_exiting", L.t)
            w("", "empty")
            return
        st("finished successfully", "finished_successfully")
        u = g.r.uniform(0.78, 0.92)
        mm = g.r.uniform(0.02, 0.06)
        tmany = g.r.uniform(0.0002, 0.002)
        short = 1 - u - mm - tmany - 0.004
        rows = [("Started job on", f"{t0:%b %d %H:%M:%S}", "lf_started_job"), ("Started mapping on", f"{tm:%b %d %H:%M:%S}", "lf_started_mapping"),
                ("Finished on", f"{L.t:%b %d %H:%M:%S}", "lf_finished_on"),
                ("Mapping speed, Million of reads per hour", f"{nreads / 1e6 / max(1, (tf - tm).total_seconds()) * 3600:.2f}", "lf_speed"), None,
                ("Number of input reads", nreads, "lf_input_reads"), ("Average input read length", g.c([200, 298, 300, 302]), "lf_avg_len"),
                ("UNIQUE READS:", None, "lf_unique"), ("Uniquely mapped reads number", int(nreads * u), "lf_unique_n"),
                ("Uniquely mapped reads %", f"{u * 100:.2f}%", "lf_unique_pct"), ("Average mapped length", f"{g.r.uniform(280, 300):.2f}", "lf_mapped_len"),
                ("Number of splices: Total", int(nreads * u * 0.45), "lf_splices_total"), ("Number of splices: Annotated (sjdb)", int(nreads * u * 0.44), "lf_splices_sjdb"),
                ("Number of splices: GT/AG", int(nreads * u * 0.445), "lf_splices_gtag"), ("Number of splices: GC/AG", int(nreads * u * 0.0033), "lf_splices_gcag"),
                ("Number of splices: AT/AC", int(nreads * u * 0.0004), "lf_splices_atac"), ("Number of splices: Non-canonical", int(nreads * u * 0.0009), "lf_splices_nc"),
                ("Mismatch rate per base, %", f"{g.r.uniform(0.15, 0.4):.2f}%", "lf_mismatch"), ("Deletion rate per base", f"{g.r.uniform(0.005, 0.02):.2f}%", "lf_del_rate"),
                ("Deletion average length", f"{g.r.uniform(1.5, 2.1):.2f}", "lf_del_len"), ("Insertion rate per base", f"{g.r.uniform(0.005, 0.02):.2f}%", "lf_ins_rate"),
                ("Insertion average length", f"{g.r.uniform(1.3, 1.7):.2f}", "lf_ins_len"), ("MULTI-MAPPING READS:", None, "lf_multi"),
                ("Number of reads mapped to multiple loci", int(nreads * mm), "lf_multi_n"), ("% of reads mapped to multiple loci", f"{mm * 100:.2f}%", "lf_multi_pct"),
                ("Number of reads mapped to too many loci", int(nreads * tmany), "lf_toomany_n"), ("% of reads mapped to too many loci", f"{tmany * 100:.2f}%", "lf_toomany_pct"),
                ("UNMAPPED READS:", None, "lf_unmapped"), ("Number of reads unmapped: too many mismatches", 0, "lf_um_mm_n"),
                ("% of reads unmapped: too many mismatches", "0.00%", "lf_um_mm_pct"), ("Number of reads unmapped: too short", int(nreads * short), "lf_um_short_n"),
                ("% of reads unmapped: too short", f"{short * 100:.2f}%", "lf_um_short_pct"), ("Number of reads unmapped: other", int(nreads * 0.004), "lf_um_other_n"),
                ("% of reads unmapped: other", "0.40%", "lf_um_other_pct"), ("CHIMERIC READS:", None, "lf_chimeric"), ("Number of chimeric reads", 0, "lf_chim_n"),
                ("% of chimeric reads", "0.00%", "lf_chim_pct")]
        for r in rows:
            if r is None:
                w("", "empty")
            elif r[1] is None:
                w(f"{r[0]:>48}", r[2])
            else:
                w(f"{r[0]:>48} |\t{r[1]}", r[2])
        tot = int(nreads * 2 * (u + mm) * 1.05)
        sec = int(tot * 0.05)
        w(f"{tot} + 0 in total (QC-passed reads + QC-failed reads)", "fs_total")
        w(f"{tot - sec} + 0 primary", "fs_primary")
        w(f"{sec} + 0 secondary", "fs_secondary")
        w("0 + 0 supplementary", "fs_supplementary")
        w("0 + 0 duplicates", "fs_duplicates")
        w("0 + 0 primary duplicates", "fs_primary_dup")
        w(f"{tot} + 0 mapped (100.00% : N/A)", "fs_mapped")
        w(f"{tot - sec} + 0 primary mapped (100.00% : N/A)", "fs_primary_mapped")
        w(f"{tot - sec} + 0 paired in sequencing", "fs_paired")
        w(f"{(tot - sec) // 2} + 0 read1", "fs_read1")
        w(f"{(tot - sec) // 2} + 0 read2", "fs_read2")
        pp = int((tot - sec) * g.r.uniform(0.97, 0.995))
        w(f"{pp} + 0 properly paired ({pp / (tot - sec) * 100:.2f}% : N/A)", "fs_properly_paired")
        w(f"{tot - sec} + 0 with itself and mate mapped", "fs_itself_mate")
        w("0 + 0 singletons (0.00% : N/A)", "fs_singletons")
        w(f"{g.num(10000, 90000)} + 0 with mate mapped to a different chr", "fs_mate_diff_chr")
        w(f"{g.num(5000, 40000)} + 0 with mate mapped to a different chr (mapQ>=5)", "fs_mate_diff_chr_q5")
        adv(30, 120)
        w(f"Done: {ctime(L.t)[:20]}UTC {L.t.year}", "date_done", L.t)
        w("", "empty")

    fill(L, [(1, job)], N_LINES, 30)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 11 --------------------------------------------------------------- builds.sr.ht (SourceHut's CI) running the nightly and per-push manifests of a small C library (Meson, Ninja, on
#   alpine/edge, archlinux, debian/stable and freebsd/14.x), the job logs fetched with `hut builds show` and appended: the runner's own lines
#   "[#1389245] 2026/12/01 02:00:03 Booting image alpine/edge (default) on qemu (x86_64)", then the guest's output without time: the package manager,
#   git, each task's shell trace ("+ meson setup build"), Meson's configure output, Ninja's "[12/40] Compiling C object ..." lines and compiler
#   warnings with their source excerpts, `meson test` results and summary, the odd failing test
@checked
def log_srht(seed):
    L = Log("srht_builds_job_log", seed, "full", False, False)
    g = L.g
    SRCS = ["src/parser.c", "src/lexer.c", "src/value.c", "src/encode.c", "src/decode.c", "src/arena.c", "src/utf8.c", "src/error.c", "tools/tomlq.c"]
    TESTS = ["parse_basic", "parse_arrays", "parse_tables", "parse_datetime", "parse_invalid", "encode_roundtrip", "utf8_validate", "arena_stress",
             "spec_toml_1_0", "fuzz_corpus"]
    st = {"job": g.num(1380000, 1390000)}

    def w(text, ev, t=None):
        L.emit(text, ev, None, None, t)

    def r(msg, ev):
        ms_(L, 200, 4000)
        w(f"[#{st['job']}] {L.t:%Y/%m/%d %H:%M:%S} {msg}", ev, L.t)

    def pkgs(img):
        if img.startswith("alpine"):
            w("fetch https://dl-cdn.alpinelinux.org/alpine/edge/main/x86_64/APKINDEX.tar.gz", "apk_fetch")
            w("fetch https://dl-cdn.alpinelinux.org/alpine/edge/community/x86_64/APKINDEX.tar.gz", "apk_fetch")
            names = g.r.sample(["meson", "ninja-build", "samurai", "python3", "py3-setuptools", "libffi", "pkgconf", "valgrind", "scdoc", "musl-dev", "gcc", "binutils"], 7)
            for i, n in enumerate(names, 1):
                w(f"({i}/{len(names)}) Installing {n} ({g.num(1, 14)}.{g.num(0, 12)}.{g.num(0, 9)}-r{g.num(0, 4)})", "apk_installing")
            w("Executing busybox-1.37.0-r8.trigger", "apk_trigger")
            w(f"OK: {g.num(300, 500)} MiB in {g.num(80, 140)} packages", "apk_ok")
        elif img.startswith("arch"):
            w(":: Synchronizing package databases...", "pacman_sync")
            for db in ("core", "extra"):
                w(f" {db} downloading...", "pacman_db_downloading")
            w("resolving dependencies...", "pacman_resolving")
            w("looking for conflicting packages...", "pacman_conflicts")
            w("", "empty")
            n = g.num(4, 9)
            w(f"Packages ({n}) meson-1.6.0-1 ninja-1.12.1-2 scdoc-1.11.3-1 valgrind-3.24.0-1", "pacman_packages")
            w("", "empty")
            w(f"Total Download Size:   {g.f(2, 40, 2)} MiB", "pacman_download_size")
            w(f"Total Installed Size:  {g.f(10, 160, 2)} MiB", "pacman_installed_size")
            w("", "empty")
            w(":: Proceed with installation? [Y/n] ", "pacman_proceed")
            w(":: Retrieving packages...", "pacman_retrieving")
            w(":: Processing package changes...", "pacman_processing")
            w(":: Running post-transaction hooks...", "pacman_hooks")
            w("(1/1) Arming ConditionNeedsUpdate...", "pacman_hook_step")
        elif img.startswith("debian"):
            w("Reading package lists...", "apt_reading")
            w("Building dependency tree...", "apt_building_tree")
            w("Reading state information...", "apt_reading_state")
            w("The following NEW packages will be installed:", "apt_new_packages")
            w("  meson ninja-build pkgconf python3-setuptools scdoc valgrind", "apt_pkg_list")
            n = g.num(6, 20)
            w(f"0 upgraded, {n} newly installed, 0 to remove and 0 not upgraded.", "apt_summary")
            for i in range(1, 4):
                w(f"Get:{i} http://deb.debian.org/debian bookworm/main amd64 {g.c(['meson', 'ninja-build', 'scdoc', 'valgrind'])} all "
                  f"{g.num(0, 3)}.{g.num(0, 12)}.{g.num(0, 9)}-{g.num(1, 4)} [{g.num(10, 9000)} kB]", "apt_get")
            w(f"Fetched {g.f(1, 40, 1)} MB in {g.num(1, 6)}s ({g.f(2, 30, 1)} MB/s)", "apt_fetched")
        else:
            w("Updating FreeBSD repository catalogue...", "pkg_updating")
            w("FreeBSD repository is up to date.", "pkg_uptodate")
            w("All repositories are up to date.", "pkg_all_uptodate")
            w("The following 6 package(s) will be affected (of 0 checked):", "pkg_affected")
            for i, n in enumerate(["meson-1.6.0", "ninja-1.11.1,2", "python311-3.11.10", "py311-setuptools-63.1.0_1", "samurai-1.2_1", "scdoc-1.11.3"], 1):
                w(f"[{i}/6] Installing {n}...", "pkg_installing")
                w(f"[{i}/6] Extracting {n}: .......... done", "pkg_extracting")

    def job(img):
        st["job"] += g.num(1, 800)
        r(f"Booting image {img} (default) on qemu (x86_64)", "booting_image")
        r("Waiting for guest to settle", "waiting_guest")
        r("Sending tasks", "sending_tasks")
        r("Sending build environment", "sending_env")
        r("Installing packages", "installing_packages")
        w(f"Warning: Permanently added '[localhost]:{g.num(22000, 22999)}' (ED25519) to the list of known hosts.", "ssh_known_hosts")
        pkgs(img)
        L.t += dt.timedelta(seconds=g.num(10, 70))
        r("Cloning repositories", "cloning_repos")
        w("Cloning into 'libtomlette'...", "git_cloning_into")
        w("+ cd libtomlette", "sh_trace_cd")
        w(f"+ git checkout -q {g.hx(40)}", "sh_trace_checkout")
        w("+ git submodule update --init", "sh_trace_submodule")
        r("Running task setup", "running_task")
        w("+ cd libtomlette", "sh_trace_cd")
        w("+ meson setup build -Dwerror=false -Db_sanitize=address,undefined", "sh_trace_meson_setup")
        w("The Meson build system", "meson_banner")
        w("Version: 1.6.0", "meson_version")
        w("Source dir: /home/build/libtomlette", "meson_source_dir")
        w("Build dir: /home/build/libtomlette/build", "meson_build_dir")
        w("Build type: native build", "meson_build_type")
        w("Project name: libtomlette", "meson_project_name")
        w("Project version: 0.9.2", "meson_project_version")
        cc = {"alpine/edge": "gcc 14.2.0 \"cc (Alpine 14.2.0) 14.2.0\"", "archlinux": "gcc 14.2.1 \"cc (GCC) 14.2.1 20240910\"",
              "debian/stable": "gcc 12.2.0 \"cc (Debian 12.2.0-14) 12.2.0\"",
              "freebsd/14.x": "clang 18.1.6 \"FreeBSD clang version 18.1.6 (https://github.com/llvm/llvm-project.git llvmorg-18.1.6-0-g1118c2e05e67)\""}[img]
        w(f"C compiler for the host machine: cc ({cc})", "meson_cc")
        w(f"C linker for the host machine: cc {'ld.lld 18.1.6' if img.startswith('freebsd') else 'ld.bfd 2.43.1'}", "meson_linker")
        w("Host machine cpu family: x86_64", "meson_cpu_family")
        w("Host machine cpu: x86_64", "meson_cpu")
        w(f"Found pkg-config: YES (/usr/bin/pkg-config) {g.c(['2.3.0', '1.8.1', '2.1.1'])}", "meson_found_pkgconfig")
        w("Run-time dependency threads found: YES", "meson_dep_threads")
        w("Program scdoc found: YES (/usr/bin/scdoc)", "meson_program_found")
        w("Program valgrind found: " + ("YES (/usr/bin/valgrind)" if not img.startswith("freebsd") else "NO"), "meson_program_found")
        w("Build targets in project: 14", "meson_build_targets")
        w("", "empty")
        w("libtomlette 0.9.2", "meson_summary_project")
        w("", "empty")
        w("  User defined options", "meson_summary_user_opts")
        w("    b_sanitize: address,undefined", "meson_summary_opt")
        w("    werror    : false", "meson_summary_opt")
        w("", "empty")
        w("Found ninja-1.12.1 at /usr/bin/ninja" if not img.startswith("alpine") else "Found samurai-1.2 at /usr/bin/samu", "meson_found_ninja")
        r("Running task build", "running_task")
        w("+ cd libtomlette", "sh_trace_cd")
        w("+ ninja -C build", "sh_trace_ninja")
        w("ninja: Entering directory `build'", "ninja_entering")
        objs = [f"Compiling C object {'libtomlette.so.0.9.2.p' if s.startswith('src') else 'tomlq.p'}/{s.replace('/', '_')}.o" for s in SRCS] + \
               ["Linking target libtomlette.so.0.9.2", "Generating symbol file libtomlette.so.0.9.2.p/libtomlette.so.0.9.2.symbols", "Linking target tomlq",
                "Generating tomlq.1 with a custom command"] + [f"Compiling C object test/{t}.p/{t}.c.o" for t in TESTS] + [f"Linking target test/{t}" for t in TESTS]
        n = len(objs)
        for i, o in enumerate(objs, 1):
            w(f"[{i}/{n}] {o}", "ninja_step")
            if o.startswith("Compiling C object") and g.r.random() < 0.04:
                src = g.c(SRCS[:8])
                ln, col = g.num(40, 900), g.num(5, 40)
                var = g.c(["n", "len", "tmp", "ret"])
                w(f"../{src}:{ln}:{col}: warning: unused variable '{var}' [-Wunused-variable]", "cc_warning_unused")
                w(f" {ln:>4} |         size_t {var} = 0;", "cc_source_excerpt")
                w(f"      |                {' ' * len(var)}^", "cc_caret")
        L.t += dt.timedelta(seconds=g.num(20, 150))
        r("Running task test", "running_task")
        w("+ cd libtomlette", "sh_trace_cd")
        w("+ meson test -C build --print-errorlogs", "sh_trace_meson_test")
        w("ninja: Entering directory `/home/build/libtomlette/build'", "ninja_entering")
        w("ninja: no work to do.", "ninja_no_work")
        fails = []
        for i, t in enumerate(TESTS, 1):
            res = "OK" if g.r.random() > 0.02 else "FAIL"
            dur = g.r.uniform(0.01, 30 if t in ("fuzz_corpus", "arena_stress") else 0.8)
            if res == "FAIL":
                fails.append(t)
                w(f"{i:>2}/{len(TESTS)} libtomlette:{'unit' if i < 9 else 'slow'} / {t:<20} FAIL            {dur:5.2f}s   exit status 1", "meson_test_fail")
                w(">>> MALLOC_PERTURB_=91 UBSAN_OPTIONS=halt_on_error=1:abort_on_error=1:print_summary=1:print_stacktrace=1 ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:print_summary=1 "
                  f"/home/build/libtomlette/build/test/{t}", "meson_test_cmd")
                w("", "empty")
                w("―" * 37 + " ✀  " + "―" * 37, "meson_scissors")
                cond = g.c(['toml_get_int(t, "port") == 8080', "dt.offset_minutes == 60", "n == 3"])
                w(f"{t}.c:{g.num(20, 300)}: assertion failed: {cond}", "test_assert")
                w("―" * 78, "meson_rule")
            else:
                w(f"{i:>2}/{len(TESTS)} libtomlette:{'unit' if i < 9 else 'slow'} / {t:<20} OK              {dur:5.2f}s", "meson_test_ok")
        w("", "empty")
        for k, v, ev in [("Ok:", len(TESTS) - len(fails), "sum_ok"), ("Expected Fail:", 0, "sum_expected_fail"), ("Fail:", len(fails), "sum_fail"),
                         ("Unexpected Pass:", 0, "sum_unexpected_pass"), ("Skipped:", 0, "sum_skipped"), ("Timeout:", 0, "sum_timeout")]:
            w(f"{k:<19} {v:<4}", ev)
        w("", "empty")
        w("Full log written to /home/build/libtomlette/build/meson-logs/testlog.txt", "full_log_written")
        L.t += dt.timedelta(seconds=g.num(5, 60))
        if fails:
            w(f"[#{st['job']}] {L.t:%Y/%m/%d %H:%M:%S} Build failed.", "build_failed", L.t)
            w(f"[#{st['job']}] {L.t:%Y/%m/%d %H:%M:%S} The build environment will be kept alive for 10 minutes.", "kept_alive", L.t)
            w(f"[#{st['job']}] {L.t:%Y/%m/%d %H:%M:%S} To log in with SSH, run the following command:", "ssh_hint", L.t)
            w("", "empty")
            w(f"    ssh -t builds@{g.c(['cirno1', 'cirno2', 'patchouli1'])}.runners.sr.ht connect {st['job']}", "ssh_cmd")
            w("", "empty")
        else:
            r("Build complete", "build_complete")
        w("", "empty")

    def night():
        L.t = (L.t + dt.timedelta(days=1)).replace(hour=2, minute=0, second=g.num(0, 50))
        for img in g.r.sample(["alpine/edge", "archlinux", "debian/stable", "freebsd/14.x"], g.num(2, 4)):
            job(img)

    fill(L, [(1, night)], N_LINES, 1)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 12 --------------------------------------------------------------- Microsoft Teams classic (the Electron desktop client, 1.7.00.x, on the Windows 10 laptops of a tax-advisory firm),
#   %APPDATA%\Microsoft\Teams\logs.txt of one user sent in by the IT service provider: "Tue Dec 01 2026 11:00:00 GMT+0100 (Central European Standard
#   Time) <12345> -- info -- message" (the laptop in Europe/Berlin, the process id in angle brackets); the status indicator and its states, idle and
#   lock detection, power and network changes, token refreshes, the "-- event --" telemetry lines with their key: value pairs, app launch and
#   update, meeting joins, the odd warning and error
@checked
def log_teams(seed):
    L = Log("teams_classic_logs_txt", seed, "full", True, False)
    g = L.g
    st = {"pid": g.num(2000, 30000), "state": "Available", "ver": "1.7.00.33761"}

    def w(lv, msg, ev):
        ms_(L, 0, 200)
        loc = L.t.astimezone(CET)
        L.emit(f"{loc:%a %b %d %Y %H:%M:%S} GMT+0100 (Central European Standard Time) <{st['pid']}> -- {lv} -- {msg}", ev, lv)

    def evt(name, pairs, ev):
        w("event", f"eventpdclevel: 2, name: {name}, " + ", ".join(f"{k}: {v}" for k, v in pairs) +
          f", AppInfo.Language: de-de, complianceEnvironmentType: 0, isDataCategorizationEvent: true, Window.Focus: {g.c(['foreground', 'background'])}, "
          f"Window.Status: {g.c(['visible', 'minimized'])}, AppInfo.ClientType: desktop, AppInfo.Version: {st['ver']}", ev)

    def status(new):
        old = st["state"]
        st["state"] = new
        w("info", f"StatusIndicatorStateService: Added {new} (current state: {old} -> {new})", "status_added")

    def activity():
        if g.r.random() < 0.5:
            w("info", f"StatusIndicatorStateService: Added NewActivity (current state: {st['state']} -> NewActivity)", "status_added")
            if g.r.random() < 0.6:
                w("info", f"BadgeCountService: Unread count changed to {g.num(1, 30)}", "badge_count")
            L.tick(30)
            w("info", f"StatusIndicatorStateService: Removed NewActivity (current state: NewActivity -> {st['state']})", "status_removed_newactivity")
        else:
            evt("desktop_app_focus_change", [("focused", g.c(["true", "false"])), ("duration", g.num(100, 900000))], "event_focus_change")

    def idle():
        if g.r.random() < 0.5:
            w("info", "Machine has been idle for 1/3 of the timeout (900 seconds)", "idle_third")
        w("info", "Machine is locked", "machine_locked")
        status("Away")
        evt("desktop_machine_state", [("state", "locked")], "event_machine_state")
        L.tick(1800)
        w("info", "Machine is unlocked", "machine_unlocked")
        status("Available")
        evt("desktop_machine_state", [("state", "unlocked")], "event_machine_state")

    def power():
        w("info", "PowerMonitor: system is suspending", "power_suspending")
        evt("desktop_power_state", [("state", "suspend")], "event_power_state")
        L.tick(3600 * 4)
        w("info", "PowerMonitor: system is resuming", "power_resuming")
        evt("desktop_power_state", [("state", "resume")], "event_power_state")
        w("info", "Network state changed to offline", "network_offline")
        L.tick(4)
        w("info", "Network state changed to online", "network_online")
        token()

    def token():
        res = g.c(["https://api.spaces.skype.com", "https://outlook.office.com", "https://chatsvcagg.teams.microsoft.com", "https://presence.teams.microsoft.com"])
        if g.r.random() < 0.9:
            w("info", f"[AuthenticationService] Acquired token silently for resource {res} (expires in {g.num(3000, 5400)}s)", "token_acquired")
        else:
            w("warning", f"[AuthenticationService] Token refresh failed for resource {res}: errorCode: interaction_required, subError: {g.c(['basic_action', 'consent_required'])}",
              "token_failed")
            w("info", "[AuthenticationService] Will retry token refresh in 30 seconds", "token_retry")

    def presence():
        new = g.c(["Busy", "InACall", "Available", "DoNotDisturb", "BeRightBack", "Presenting"])
        status(new)
        if new in ("InACall", "Presenting"):
            cid = f"19:meeting_{g.alnum(44, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}@thread.v2"
            w("info", f"[CallingService] Joining meeting {cid}", "joining_meeting")
            evt("desktop_call_join", [("callType", g.c(["meeting", "oneToOne"])), ("hasVideo", g.c(["true", "false"]))], "event_call_join")
            L.tick(1200)
            w("info", f"[CallingService] Call ended, duration {g.num(60, 5400)}s, reason: {g.c(['LocalUserInitiated', 'RemoteUserInitiated', 'CallEndReasonNetworkError'])}",
              "call_ended")
            status("Available")

    def notif():
        w("info", f"[NotificationService] Showing toast for {g.c(['chat', 'channel', 'mention', 'meetingStart'])} message", "toast")

    def crash():
        x = g.r.random()
        if x < 0.5:
            w("error", f"[WebviewManager] Renderer process gone, reason: {g.c(['crashed', 'oom', 'killed'])}, exitCode: {g.c([-1073741819, 1, -36861])}", "renderer_gone")
        elif x < 0.8:
            w("warning", f"GPU process exited unexpectedly: exit_code={g.c([-1073740791, 5, 34])}", "gpu_exited")
        else:
            w("error", f"Failed to load url https://teams.microsoft.com/_#/conversations/19:{g.hx(32)}@thread.v2?ctx=chat, errorCode: -{g.c([105, 106, 118])}", "load_failed")

    def launch():
        st["pid"] = g.num(2000, 30000)
        w("info", "Launch Teams with args: --process-start-args \"--system-initiated\"", "launch_args")
        w("info", f"Starting app Teams version {st['ver']} (64-bit)", "starting_app")
        w("info", "Electron version: 19.1.8", "electron_version")
        w("info", f"Session ID: {g.uuid()}", "session_id")
        w("info", "ringOverride: general", "ring_override")
        w("info", "Loading url: https://teams.microsoft.com/?clientexperience=t1", "loading_url")
        evt("desktop_app_launch", [("launchType", g.c(["cold", "cold", "protocol"])), ("launchTime", g.num(3000, 25000))], "event_app_launch")
        token()
        status("Available")

    def update():
        w("info", "Checking for updates", "checking_updates")
        if g.r.random() < 0.1:
            st["ver"] = f"1.7.00.{int(st['ver'].split('.')[-1]) + g.num(100, 3000)}"
            w("info", f"Update downloaded, version: {st['ver']}", "update_downloaded")
            evt("desktop_update", [("updateResult", "downloaded"), ("updateVersion", st["ver"])], "event_update")
        else:
            w("info", "No updates available", "no_updates")

    launch()
    fill(L, [(20, activity), (4, presence), (2, idle), (0.5, power), (4, token), (6, notif), (0.6, crash), (0.3, launch), (2, update)], N_LINES, 120)
    del L.rows[N_LINES:]
    return L


# 13 --------------------------------------------------------------- Trac 1.6 (Python 3.11, mod_wsgi under Apache, Git repositories, the SpamFilter and AccountManager plugins) of a
#   long-lived open-source project's issue tracker, log/trac.log at level INFO: "2026-12-01 10:00:00,123 Trac[main] WARNING: [203.0.113.5] HTTPNotFound:
#   404 Not Found (No handler matched request to /wp-login.php)", Trac's module in brackets; 404s from crawlers, 403s, repository syncs by the
#   post-receive hook, the spam filter's verdicts, notification mails failing, logins, environment start-ups, the odd internal error with its Python
#   traceback
@checked
def log_trac(seed):
    L = Log("trac_log", seed, "full", True, True)
    g = L.g

    def w(mod, lv, msg, ev):
        ms_(L, 0, 120)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} Trac[{mod}] {lv}: {msg}", ev, lv, mod)

    def more(lines, mod, lv):
        for text, ev in lines:
            L.emit(text, ev, lv, mod)

    def notfound():
        p = g.c(["/wp-login.php", "/robots.txt", "/favicon.ico", f"/ticket/{g.num(4300, 99999)}", f"/changeset/{g.hx(12)}", "/browser/trunk/src/../../etc/passwd",
                 f"/{g.c(['svn/trunk', 'cgi-bin/luci', 'phpmyadmin/', 'sitemap.xml'])}", "/.git/HEAD", f"/attachment/ticket/{g.num(1, 4000)}/patch.diff"])
        if p.startswith(("/changeset", "/ticket/", "/attachment")):
            why, ev = {"/c": (f"No changeset {p.split('/')[-1]} in the repository", "http_not_found_changeset"),
                       "/t": (f"Ticket {p.split('/')[-1]} does not exist.", "http_not_found_ticket"),
                       "/a": ("Attachment 'patch.diff' does not exist.", "http_not_found_attachment")}[p[:2]]
            w("main", "WARNING", f"[{g.ip('pub')}] HTTPNotFound: 404 Not Found ({why})", ev)
        else:
            w("main", "WARNING", f"[{g.ip('pub')}] HTTPNotFound: 404 Not Found (No handler matched request to {p})", "http_not_found")

    def forbidden():
        perm = g.c(["TICKET_CREATE", "TICKET_MODIFY", "WIKI_MODIFY", "TICKET_APPEND"])
        w("main", "WARNING", f"[{g.ip('pub')}] HTTPForbidden: 403 Forbidden ({perm} privileges are required to perform this operation. You don't have the required "
          "permissions.)", "http_forbidden")

    def sync():
        repo = g.c(["", "", "website", "packaging"])
        w("api", "INFO", f"Synchronized '{repo}' repository in {g.f(0.01, 2.5, 2)} seconds", "repo_synced")
        if g.r.random() < 0.3:
            w("commit_updater", "INFO", f"Ticket #{g.num(100, 4200)} {g.c(['closed', 'referenced'])} by changeset {g.hx(7)}", "commit_updater")

    def spam():
        ip = g.ip("pub")
        who = g.c(["anonymous", "anonymous", "anonymous", g.user()])
        kind = g.c(["ticket", "wiki", "ticket comment", "registration"])
        sc = g.num(-40, 12)
        if sc < 0:
            w("filtersystem", "WARNING", f"Rejecting submitted content (score {sc}): {kind} from {who} ({ip})", "spam_rejecting")
            if g.r.random() < 0.5:
                w("filtersystem", "INFO", f"Test {g.c(['IPBlacklistFilterStrategy', 'AkismetFilterStrategy', 'BayesianFilterStrategy', 'RegexFilterStrategy'])} "
                  f"on {kind} ({ip}) gives {g.num(-30, -3)}", "spam_test_gives")
        else:
            w("filtersystem", "INFO", f"Accepting submitted content (score {sc}): {kind} from {who} ({ip})", "spam_accepting")

    def notify():
        t = g.num(100, 4200)
        if g.r.random() < 0.85:
            w("notification", "INFO", f"Sending notification for ticket #{t} to {g.num(1, 6)} recipients", "notify_sending")
        else:
            w("notification", "ERROR", f"Failure sending notification on change to ticket #{t}: SMTPRecipientsRefused: {{'{g.email()}': (550, b'5.1.1 <"
              f"{g.email()}>: Recipient address rejected: User unknown in virtual mailbox table')}}", "notify_failure")

    def login():
        u = g.c(["jsmith", "mkowalski", "hyoshida", "aperez", "rbauer", "dev-bot", "pnguyen"])
        if g.r.random() < 0.8:
            w("acct_mgr.web_ui", "INFO", f"Login succeeded for user '{u}' from {g.ip('pub')}", "login_succeeded")
        else:
            w("acct_mgr.web_ui", "WARNING", f"Login attempt for user '{u}' failed from {g.ip('pub')}", "login_failed")

    def startup():
        w("env", "INFO", "-------------------------------- environment startup [Trac 1.6] --------------------------------", "env_startup")
        if g.r.random() < 0.3:
            w("loader", "ERROR", "Skipping \"tracopt.versioncontrol.svn = tracopt.versioncontrol.svn\": ModuleNotFoundError: No module named 'svn'", "loader_skipping")

    def internal():
        p = g.c([f"/ticket/{g.num(100, 4200)}", "/timeline", f"/query?status=!closed&milestone={g.c(['2.0', '2.1'])}", "/report/1"])
        ip = g.ip("pub")
        exc = g.c([("sqlite3.OperationalError", "database is locked", "trac/db/sqlite_backend.py", 80, "execute",
                    "        result = PyFormatCursor.execute(self, *args)"),
                   ("UnicodeDecodeError", "'utf-8' codec can't decode byte 0xe9 in position 1041: invalid continuation byte", "trac/versioncontrol/web_ui/changeset.py",
                    1027, "_render_html", "        content = content.decode('utf-8')"),
                   ("BrokenPipeError", "[Errno 32] Broken pipe", "trac/web/api.py", 827, "write", "        self._write(data)")])
        w("main", "ERROR", f"[{ip}] Internal Server Error: <RequestWithSession \"GET '{p}'\">, referrer {g.c(['None', repr('https://trac.example-project.org/timeline')])}",
          "internal_error")
        lines = [("Traceback (most recent call last):", "tb_head")]
        for f, ln, fn, code in [("trac/web/main.py", 609, "dispatch_request", "    dispatcher.dispatch(req)"),
                                ("trac/web/main.py", 301, "dispatch", "    raise e"),
                                ("trac/web/main.py", 278, "dispatch", "    resp = chosen_handler.process_request(req)"),
                                (exc[2], exc[3], exc[4], exc[5])]:
            lines.append((f"  File \"/srv/trac/venv/lib/python3.11/site-packages/{f}\", line {ln}, in {fn}", "tb_file"))
            lines.append((code, "tb_code"))
        lines.append((f"{exc[0]}: {exc[1]}", "tb_exc"))
        more(lines, "main", "ERROR")

    def badtoken():
        w("main", "WARNING", f"[{g.ip('pub')}] HTTPBadRequest: 400 Bad Request (Missing or invalid form token. Do you have cookies enabled?)", "bad_form_token")

    startup()
    fill(L, [(30, notfound), (5, forbidden), (10, sync), (14, spam), (5, notify), (4, login), (0.4, startup), (0.8, internal), (2, badtoken)], N_LINES, 40)
    del L.rows[N_LINES:]
    return L


# 14 --------------------------------------------------------------- OpenLink Virtuoso Open Source 7.2.14 serving the SPARQL endpoint of a biodiversity knowledge graph (a research
#   institute's linked-data mirror of taxonomic and occurrence data, reloaded every week with the bulk loader), database/virtuoso.log: the time of
#   day before each message ("10:00:00 Checkpoint started") and a tab-indented date line ("\t\tTue Dec 01 2026") whenever the day changes or the
#   server starts; the start-up block with the plug-ins, the hourly checkpoints, the bulk loader's PL LOG lines, the monitor's warnings, shutdowns
@checked
def log_virtuoso(seed):
    L = Log("virtuoso_db_log", seed, "tod", False, False)
    g = L.g
    st = {"day": None}

    def w(msg, ev):
        d = L.t.date()
        if d != st["day"]:
            st["day"] = d
            L.emit(f"\t\t{L.t:%a %b %d %Y}", "date_banner", None, None, None)
        L.emit(f"{L.t:%H:%M:%S} {msg}", ev)

    def startup():
        st["day"] = None
        w("{ Loading plugin 1: Type `plain', file `wikiv' in `../hosting'", "loading_plugin")
        w("  WikiV version 0.6 from OpenLink Software", "plugin_version")
        w("  Support functions for WikiV collaboration tool", "plugin_desc")
        w("  SUCCESS plugin 1: loaded from ../hosting/wikiv.so }", "plugin_success")
        w("{ Loading plugin 2: Type `plain', file `mediawiki' in `../hosting'", "loading_plugin")
        w("  MediaWiki version 0.1 from OpenLink Software", "plugin_version")
        w("  Support functions for MediaWiki collaboration tool", "plugin_desc")
        w("  SUCCESS plugin 2: loaded from ../hosting/mediawiki.so }", "plugin_success")
        w("{ Loading plugin 3: Type `plain', file `creolewiki' in `../hosting'", "loading_plugin")
        w("  CreoleWiki version 0.1 from OpenLink Software", "plugin_version")
        w("  Support functions for CreoleWiki collaboration tool", "plugin_desc")
        w("  SUCCESS plugin 3: loaded from ../hosting/creolewiki.so }", "plugin_success")
        w("OpenLink Virtuoso Universal Server", "product_name")
        w("Version 07.20.3241-pthreads for Linux as of Oct 14 2024 (3d4b1c9)", "product_version")
        w("uses OpenSSL 3.0.13 30 Jan 2024", "uses_openssl")
        w("uses parts of PCRE, Html Tidy", "uses_parts")
        L.tick(2)
        w("Database version 3126", "db_version")
        w("SQL Optimizer enabled (max 1000 layouts)", "sql_optimizer")
        w(f"Compiler unit is timed at 0.000{g.num(110, 190)} msec", "compiler_unit")
        L.tick(3)
        w("Roll forward started", "roll_forward_started")
        n = g.num(0, 400)
        w(f"    {n} transactions, {n * g.num(200, 3000)} bytes replayed (100 %)", "roll_forward_replayed")
        w("Roll forward complete", "roll_forward_complete")
        L.tick(5)
        checkpoint()
        if g.r.random() < 0.5:
            w("PL LOG: Can't get list of vad packages in ../vad/", "pl_no_vad_list")
        w("HTTP/WebDAV server online at 8890", "http_online")
        w(f"Server online at 1111 (pid {g.num(7, 400)})", "server_online")

    def checkpoint():
        w("Checkpoint started", "checkpoint_started")
        L.tick(g.c([1, 2, 5, 30]))
        if g.r.random() < 0.85:
            w("Checkpoint finished, log reused", "checkpoint_reused")
        else:
            w(f"Checkpoint finished, new log is /var/lib/virtuoso/db/virtuoso{L.t:%Y%m%d%H%M%S}.trx", "checkpoint_new_log")

    def hourly():
        L.t += dt.timedelta(minutes=60)
        checkpoint()

    def monitor():
        x = g.r.random()
        if x < 0.4:
            w("* Monitor: High disk read (1)", "mon_high_disk_read")
        elif x < 0.6:
            w("* Monitor: Locks are held for a long time", "mon_locks_long")
        elif x < 0.75:
            w("* Monitor: Many lock waits", "mon_lock_waits")
        elif x < 0.9:
            w("* Monitor: System is under high load. Adding cluster nodes or using more replicated copies may needed", "mon_high_load")
        else:
            w(f"* Monitor: Should read for update because lock escalation from shared to exclusive fails frequently ({g.num(1, 9)})", "mon_lock_escalation")

    def load():
        L.t = L.t.replace(hour=1, minute=30, second=g.num(0, 59)) + dt.timedelta(days=1)
        w("PL LOG: Loader started", "pl_loader_started")
        for _ in range(g.num(4, 30)):
            L.tick(400)
            x = g.r.random()
            if x < 0.04:
                f = f"/data/dumps/{g.c(['gbif_occ', 'col_taxa', 'bold_barcodes'])}_{g.num(1, 400):04d}.nt.gz"
                w(f"PL LOG:  File {f} error 37000 SP029: TURTLE RDF loader, line {g.num(10, 900000)}: syntax error", "pl_file_error")
            elif x < 0.1:
                monitor()
            elif x < 0.14:
                checkpoint()
        w("PL LOG: No more files to load. Loader has finished,", "pl_loader_finished")
        L.tick(60)
        checkpoint()

    def shutdown():
        w("Server received signal 15. Initiating normal shutdown", "signal_15")
        checkpoint()
        w("Server shutdown complete", "shutdown_complete")
        L.tick(30)
        startup()


    startup()
    fill(L, [(40, hourly), (4, monitor), (1.2, load), (0.2, shutdown)], N_LINES, 60)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 15 --------------------------------------------------------------- wesnothd 1.18.2, the multiplayer server of The Battle for Wesnoth, run by a community for its own lobby (Debian
#   package, systemd unit with `wesnothd --log-info=server,config --log-warning=network`, stderr to a file): "20261201 10:00:00 info server:
#   203.0.113.5\tnewbie42\thas logged on. (37 players)", date and time, level, the log domain and the message, the client's address and name separated
#   by tabs; log-ons and log-offs, games opened, joined, started and ended, wrong versions and bad passwords, network errors, the odd reload of the
#   configuration
@checked
def log_wesnoth(seed):
    L = Log("wesnothd_server_log", seed, "full", True, True)
    g = L.g
    NAMES = ["newbie42", "Ravana", "knalgan_king", "Lich_Lord", "elvish_sharpshooter", "Mal_Ravanal", "dwarvish_guard", "Kalenz", "Delfador", "tiny_troll",
             "Konrad_II", "saurian_skirm", "wose_whisperer", "gryphon_rider", "Li'sar", "drake_burner", "UndeadFan", "pwner2000", "Goblin_Spear", "Merman_Hunter"]
    ERAS = ["Default", "Age of Heroes", "Ladder Era", "Default+Dunefolk"]
    MAPS = ["2p — Caves of the Basilisk", "2p — Den of Onis", "2p — Hamlets", "2p — Sablestone Delta", "2p — Silverhead Crossing", "4p — Isle of Mists",
            "2p — Fallenstar Lake", "Survival Xtreme", "4p — Blitz", "2p — Ruined Passage"]
    st = {"on": {}, "games": {}, "gid": g.num(10000, 20000)}

    def w(lv, dom, msg, ev):
        ms_(L, 0, 300)
        L.emit(f"{L.t:%Y%m%d %H:%M:%S} {lv} {dom}: {msg}", ev, lv, dom)

    def logon():
        n = g.c(NAMES)
        if n in st["on"]:
            return logoff()
        ip = g.ip("pub")
        x = g.r.random()
        if x < 0.05:
            w("info", "server", f"{ip}\tplayer joined using accepted version {g.c(['1.16.12', '1.14.17'])}:\ttelling them to reconnect to port 15000", "redirect_version")
            return
        if x < 0.1:
            if g.r.random() < 0.6:
                w("info", "server", f"{ip}\t{n}\tfailed to log on: wrong password", "bad_password")
            else:
                w("info", "server", f"{ip}\t{n}\tfailed to log on: name is in use", "name_in_use")
            return
        st["on"][n] = ip
        reg = g.r.random() < 0.6
        w("info", "server", f"{ip}\t{n}\thas logged on{' to a registered account' if reg else ''}. ({len(st['on'])} players)", "logged_on_reg" if reg else "logged_on")

    def logoff():
        if not st["on"]:
            return logon()
        n = g.c(sorted(st["on"]))
        ip = st["on"].pop(n)
        for gid, (title, pl) in list(st["games"].items()):
            if n in pl:
                pl.remove(n)
                w("info", "server", f"{ip}\t{n}\thas left game: \"{title}\" ({gid}).", "left_game")
        if g.r.random() < 0.15:
            w("warning", "network", f"Error reading from {ip}: {g.c(['End of file', 'Connection reset by peer', 'Connection timed out'])}", "network_error")
        w("info", "server", f"{ip}\t{n}\thas logged off. ({len(st['on'])} players)", "logged_off")

    def in_game(n):
        return any(n in pl for _, pl in st["games"].values())

    def opengame():
        free = [n for n in sorted(st["on"]) if not in_game(n)]
        if not free:
            return logon()
        n = g.c(free)
        st["gid"] += 1
        title = g.c(MAPS) + g.c(["", "", " (no noobs)", " — ladder", " 1v1 plz"])
        st["games"][st["gid"]] = (title, [n])
        w("info", "server", f"{st['on'][n]}\t{n}\topens a new game: \"{title}\" ({st['gid']}).", "opens_game")

    def join():
        if not st["games"] or not st["on"]:
            return opengame()
        gid = g.c(sorted(st["games"]))
        title, pl = st["games"][gid]
        n = g.c(sorted(st["on"]))
        if in_game(n):
            return
        pl.append(n)
        if g.r.random() < 0.25:
            w("info", "server", f"{st['on'][n]}\t{n}\tjoined game: \"{title}\" ({gid}) as an observer.", "joined_observer")
        else:
            w("info", "server", f"{st['on'][n]}\t{n}\tjoined game: \"{title}\" ({gid}).", "joined_game")

    def start():
        if not st["games"]:
            return opengame()
        gid = g.c(sorted(st["games"]))
        title, pl = st["games"][gid]
        if not pl:
            del st["games"][gid]
            return
        host = pl[0]
        ip = st["on"].get(host, g.ip("pub"))
        w("info", "server", f"{ip}\t{host}\tstarts game \"{title}\" ({gid}) with {len(pl)} players, era: {g.c(ERAS)}.", "starts_game")
        L.tick(g.c([600, 1800, 3600]))
        if gid in st["games"]:
            del st["games"][gid]
            if g.r.random() < 0.6:
                w("info", "server", f"{ip}\t{host}\tended game: \"{title}\" ({gid}) and back in the lobby.", "ended_game")
            else:
                w("info", "server", f"game \"{title}\" ({gid}) ended. Sending game result: {g.c(['victory', 'defeat', 'unknown'])}.", "game_result")

    def stats():
        w("info", "server", f"Statistics:\tnumber_of_games = {len(st['games'])}\tnumber_of_users = {len(st['on'])}", "statistics")

    def admin():
        n = g.c(["Ravana", "Kalenz"])
        w("info", "server", f"{g.ip('pub')}\t{n}\tissued command: kban {g.c(['pwner2000', 'tiny_troll'])} 1d spamming the lobby", "admin_kban")

    def reload():
        w("info", "server", "Reloading config...", "reloading_config")
        w("info", "config", "Reading configuration from /etc/wesnoth/wesnothd.cfg", "reading_config")
        w("info", "server", f"Loaded {g.num(3, 9)} ban(s) from /var/lib/wesnothd/bans", "loaded_bans")

    def start_server():
        w("info", "config", "Reading configuration from /etc/wesnoth/wesnothd.cfg", "reading_config")
        w("info", "server", f"Loaded {g.num(3, 9)} ban(s) from /var/lib/wesnothd/bans", "loaded_bans")
        w("info", "server", "Server started on port 15000", "server_started")
        st["on"], st["games"] = {}, {}

    start_server()
    fill(L, [(20, logon), (18, logoff), (6, opengame), (10, join), (5, start), (1.5, stats), (0.2, admin), (0.3, reload), (0.05, start_server)], N_LINES, 40)
    del L.rows[N_LINES:]
    return L


# 16 --------------------------------------------------------------- The WireGuard kernel module (Linux 6.1, Debian 12) on the VPN gateway of a field-service company (wg0 with about 60 peers:
#   technicians' laptops and phones, a few site routers), its dynamic debug messages switched on while chasing a roaming problem
#   (`echo module wireguard +p > /sys/kernel/debug/dynamic_debug/control`) and saved with `dmesg -T`: "[Tue Dec  1 10:00:00 2026] wireguard: wg0:
#   Receiving handshake initiation from peer 12 (203.0.113.5:51820)"; handshakes, keypairs created and destroyed, keepalives, retries and give-ups,
#   keys zeroed, invalid handshakes from scanners, packets with a source address the peer is not allowed, the iptables LOG lines of the forward
#   chain ("wg-drop: IN=wg0 ..."), peers added and removed by `wg syncconf`, the module loading at boot
@checked
def log_wireguard(seed):
    L = Log("wireguard_dmesg_debug", seed, "full", False, True)
    g = L.g
    st = {"peer": 0, "kp": 0, "peers": {}}

    def w(text, ev, comp="wireguard"):
        ms_(L, 0, 400)
        L.emit(f"[{ctime(L.t)}] {text}", ev, None, comp)

    def ep():
        if g.r.random() < 0.12:
            return f"[2a02:{g.hx(4)}:{g.hx(4)}:{g.hx(4)}::{g.hx(3)}]:{g.port()}"
        return f"{g.ip('pub')}:{g.c([51820, g.port(), g.port(), g.port()])}"

    def add_peer():
        st["peer"] += 1
        st["peers"][st["peer"]] = ep()
        return st["peer"]

    def boot():
        w("wireguard: WireGuard 1.0.0 loaded. See www.wireguard.com for information.", "wg_loaded")
        w("wireguard: Copyright (C) 2015-2019 Jason A. Donenfeld <Jason@zx2c4.com>. All Rights Reserved.", "wg_copyright")
        w("wireguard: wg0: Interface created", "wg_iface_created")
        st["peers"] = {}
        for _ in range(60):
            p = add_peer()
            w(f"wireguard: wg0: Peer {p} created", "wg_peer_created")

    def handshake():
        p = g.c(sorted(st["peers"]))
        e = st["peers"][p]
        if g.r.random() < 0.2:
            e = st["peers"][p] = ep()
        if g.r.random() < 0.8:
            w(f"wireguard: wg0: Receiving handshake initiation from peer {p} ({e})", "wg_rx_init")
            w(f"wireguard: wg0: Sending handshake response to peer {p} ({e})", "wg_tx_resp")
        else:
            w(f"wireguard: wg0: Sending handshake initiation to peer {p} ({e})", "wg_tx_init")
            w(f"wireguard: wg0: Receiving handshake response from peer {p} ({e})", "wg_rx_resp")
        st["kp"] += 1
        w(f"wireguard: wg0: Keypair {st['kp']} created for peer {p}", "wg_keypair_created")
        if st["kp"] > 3 and g.r.random() < 0.9:
            w(f"wireguard: wg0: Keypair {st['kp'] - g.num(2, 60)} destroyed for peer {p}", "wg_keypair_destroyed")

    def keepalive():
        p = g.c(sorted(st["peers"]))
        e = st["peers"][p]
        if g.r.random() < 0.5:
            w(f"wireguard: wg0: Receiving keepalive packet from peer {p} ({e})", "wg_rx_keepalive")
        else:
            w(f"wireguard: wg0: Sending keepalive packet to peer {p} ({e})", "wg_tx_keepalive")

    def retry():
        p = g.c(sorted(st["peers"]))
        e = st["peers"][p]
        if g.r.random() < 0.5:
            w(f"wireguard: wg0: Retrying handshake with peer {p} ({e}) because we stopped hearing back after 15 seconds", "wg_retry_stopped_hearing")
        w(f"wireguard: wg0: Sending handshake initiation to peer {p} ({e})", "wg_tx_init")
        tries = g.c([2, 2, 3, 4, 6, 20])
        for t in range(2, tries + 1):
            L.tick(5)
            w(f"wireguard: wg0: Handshake for peer {p} ({e}) did not complete after 5 seconds, retrying (try {t})", "wg_hs_retry")
            w(f"wireguard: wg0: Sending handshake initiation to peer {p} ({e})", "wg_tx_init")
        if tries == 20:
            w(f"wireguard: wg0: Handshake for peer {p} ({e}) did not complete after 20 attempts, giving up", "wg_hs_giveup")

    def zero():
        p = g.c(sorted(st["peers"]))
        w(f"wireguard: wg0: Zeroing out all keys for peer {p} ({st['peers'][p]}), since we haven't received a new one in 540 seconds", "wg_zeroing")

    def invalid():
        src = f"{g.ip('pub')}:{g.port()}"
        if g.r.random() < 0.8:
            w(f"wireguard: wg0: Invalid handshake initiation from {src}", "wg_invalid_init")
        else:
            w(f"wireguard: wg0: Invalid handshake response from {src}", "wg_invalid_resp")

    def unallowed():
        p = g.c(sorted(st["peers"]))
        w(f"wireguard: wg0: Packet has unallowed src IP ({g.c(['192.168.178.', '192.168.1.', '10.8.0.'])}{g.num(2, 250)}) from peer {p} ({st['peers'][p]})", "wg_unallowed_src")

    def fwdrop():
        src = f"10.8.0.{g.num(2, 200)}"
        proto = g.c(["TCP", "TCP", "UDP"])
        dpt = g.c([445, 139, 3389, 22, 161, 5353, 1900]) if proto == "TCP" else g.c([161, 5353, 1900, 137])
        dst = f"192.168.{g.c([10, 20, 30])}.{g.num(1, 254)}"
        mid = "" if proto == "UDP" else f" WINDOW={g.c([64240, 65535, 29200])} RES=0x00 SYN URGP=0"
        w(f"wg-drop: IN=wg0 OUT=ens19 SRC={src} DST={dst} LEN={g.c([52, 60, 64, 78])} TOS=0x00 PREC=0x00 TTL={g.c([63, 127])} ID={g.num(1, 65535)}"
          f"{' DF' if proto == 'TCP' else ''} PROTO={proto} SPT={g.port()} DPT={dpt}{' LEN=' + str(g.num(20, 200)) if proto == 'UDP' else ''}{mid}", "ipt_wg_drop", None)

    def sync():
        for _ in range(g.num(1, 3)):
            if g.r.random() < 0.5 and len(st["peers"]) > 40:
                p = g.c(sorted(st["peers"]))
                e = st["peers"].pop(p)
                w(f"wireguard: wg0: Peer {p} ({e}) destroyed", "wg_peer_destroyed")
            else:
                p = add_peer()
                w(f"wireguard: wg0: Peer {p} created", "wg_peer_created")

    def other():
        x = g.r.random()
        if x < 0.5:
            w("nf_conntrack: nf_conntrack: table full, dropping packet", "conntrack_full", "nf_conntrack")
        elif x < 0.8:
            w("TCP: request_sock_TCP: Possible SYN flooding on port 443. Sending cookies.  Check SNMP counters.", "syn_flood", "TCP")
        else:
            w(f"perf: interrupt took too long ({g.num(2600, 9000)} > {g.num(2500, 2600)}), lowering kernel.perf_event_max_sample_rate to {g.c([79000, 63000, 50000])}",
              "perf_interrupt", "perf")

    def reboot():
        L.tick(120)
        w("Linux version 6.1.0-28-amd64 (debian-kernel@lists.debian.org) (gcc-12 (Debian 12.2.0-14) 12.2.0, GNU ld (GNU Binutils for Debian) 2.40) #1 SMP "
          "PREEMPT_DYNAMIC Debian 6.1.119-1 (2024-11-22)", "linux_version", None)
        w("Command line: BOOT_IMAGE=/boot/vmlinuz-6.1.0-28-amd64 root=UUID=5b1e0c2a-8f5e-4a8e-9b7e-2a1f7c3d9e10 ro quiet", "cmdline", None)
        w("virtio_net virtio1 ens18: renamed from eth0", "virtio_renamed", "virtio_net")
        w("virtio_net virtio2 ens19: renamed from eth1", "virtio_renamed", "virtio_net")
        boot()

    boot()
    fill(L, [(30, handshake), (25, keepalive), (3, retry), (2, zero), (6, invalid), (1.5, unallowed), (8, fwdrop), (0.4, sync), (0.4, other), (0.02, reboot)],
         N_LINES, 8)
    del L.rows[N_LINES:]
    return L


# 17 --------------------------------------------------------------- Wrangler 3.9x's `wrangler tail` (Cloudflare Workers) in its pretty format, left running by a developer of a
#   ticketing start-up on a remote dev box (clock UTC) against the production Worker "tix-edge-api" (a REST API in front of D1 and KV, a cron
#   trigger, a queue consumer) and tee'd to a file, re-run whenever the tail expired: the banner, then per invocation "GET https://api.tix.example/...
#   - Ok @ 12/1/2026, 10:00:00 AM" (scheduled events and queue batches have their own lines), the Worker's console output under it as "  (log) ...",
#   "  (warn) ...", "  (error) ...", uncaught exceptions as "✘ [ERROR]   Error: ..." followed by an empty line
@checked
def log_wrangler(seed):
    L = Log("wrangler_tail_pretty", seed, "full", True, False)
    g = L.g
    BASE = "https://api.tix.example"
    EVENTS = ["berlin-jazz-2027", "hamburg-open-air", "koeln-comedy-night", "muenchen-tech-conf", "leipzig-indie-fest"]

    def w(text, ev, lv=None, t=None):
        L.emit(text, ev, lv, None, t)

    def con(lv, msg, ev):
        w(f"  ({lv}) {msg}", ev, lv)

    def banner():
        w("", "empty")
        w(" ⛅️ wrangler 3.93.0", "banner_version")
        w("-------------------", "banner_rule")
        w("", "empty")
        w(f"Successfully created tail, expires at {(L.t + dt.timedelta(hours=6)):%Y-%m-%dT%H:%M:%S}Z", "tail_created")
        w("Connected to tix-edge-api, waiting for logs...", "tail_connected")

    def req():
        ms_(L, 0, 900)
        x = g.r.random()
        if x < 0.4:
            m, p = "GET", g.c([f"/v1/events/{g.c(EVENTS)}", "/v1/events?city=berlin&page=1", f"/v1/events/{g.c(EVENTS)}/availability", "/v1/health"])
        elif x < 0.6:
            m, p = "POST", g.c(["/v1/cart", "/v1/checkout", f"/v1/events/{g.c(EVENTS)}/holds"])
        elif x < 0.75:
            m, p = "GET", f"/v1/orders/{g.alnum(10, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}"
        elif x < 0.85:
            m, p = "OPTIONS", g.c(["/v1/cart", "/v1/checkout"])
        else:
            m, p = g.c(["GET", "POST"]), g.c(["/v1/webhooks/stripe", "/v1/auth/session", "/favicon.ico"])
        y = g.r.random()
        outcome = "Ok" if y < 0.955 else "Exception Thrown" if y < 0.985 else "Exceeded CPU Limit" if y < 0.993 else "Canceled"
        w(f"{m} {BASE}{p} - {outcome} @ {ampm(L.t)}", "request", None, L.t)
        if m == "OPTIONS":
            return
        if "availability" in p and g.r.random() < 0.7:
            con("log", f"kv {g.c(['hit', 'miss'])} avail:{p.split('/')[3]}", "log_kv")
        if p.startswith("/v1/checkout") or p.endswith("/holds"):
            con("log", f"hold {g.uuid()} created for {g.num(1, 6)} seats, expires in 600s", "log_hold")
            if g.r.random() < 0.1:
                con("warn", f"seat contention on {g.c(EVENTS)} block {g.c(['A', 'B', 'C', 'Parkett', 'Rang'])}: retry {g.num(1, 3)}/3", "warn_contention")
        if p.startswith("/v1/webhooks"):
            evt = "evt_" + g.alnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
            con("log", f"stripe event {g.c(['checkout.session.completed', 'payment_intent.succeeded', 'charge.refunded'])} {evt}", "log_stripe")
        if p.startswith("/v1/auth") and g.r.random() < 0.3:
            con("warn", f"invalid session token from {g.ip('pub')}", "warn_session")
        if outcome == "Exception Thrown":
            if g.r.random() < 0.5:
                why = g.c(["Network connection lost.", "D1 DB is overloaded. Requests queued for too long.",
                           "D1 storage operation exceeded timeout which caused object to be reset."])
                con("error", f"D1_ERROR: {why}", "error_d1")
            exc = g.c(["TypeError: Cannot read properties of undefined (reading 'seats')", "Error: D1_ERROR: Network connection lost.",
                       "SyntaxError: Unexpected token '<', \"<!DOCTYPE \"... is not valid JSON", "Error: hold expired"])
            w(f"✘ [ERROR]   {exc}", "exception", "error")
            w("", "empty")
        if outcome == "Exceeded CPU Limit":
            if g.r.random() < 0.5:
                con("log", f"rendering {g.num(200, 2000)} seats map", "log_seatmap")

    def cron():
        L.t = L.t.replace(second=0, microsecond=0) + dt.timedelta(minutes=5 - L.t.minute % 5)
        ok = g.r.random() < 0.97
        w(f"\"*/5 * * * *\" @ {ampm(L.t)} - {'Ok' if ok else 'Exception Thrown'}", "scheduled", None, L.t)
        con("log", f"released {g.num(0, 40)} expired holds", "log_released")
        if not ok:
            w("✘ [ERROR]   Error: D1_ERROR: Network connection lost.", "exception", "error")
            w("", "empty")

    def queue():
        n = g.num(1, 10)
        w(f"Queue tix-order-events ({n} message{'s' if n > 1 else ''}) - Ok @ {ampm(L.t)}", "queue", None, L.t)
        for _ in range(min(n, 3)):
            con("log", f"order {g.alnum(10, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')} -> {g.c(['confirmation-mail', 'invoice', 'analytics'])}", "log_order_event")
        if g.r.random() < 0.05:
            con("error", "mail provider returned 429, message will be retried", "error_mail_retry")

    def reconnect():
        L.tick(600)
        banner()

    banner()
    fill(L, [(60, req), (2, cron), (4, queue), (0.08, reconnect)], N_LINES, 12)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 18 --------------------------------------------------------------- Xymon 4.3.30 (the Debian xymon package) monitoring a hosting company's 200 servers: a cron job mails the
#   admins `tail -n 250 /var/log/xymon/*.log` every morning and the mails' bodies are kept in one file: tail's "==> /var/log/xymon/xymond.log <=="
#   heading before each file and an empty line after it, then the file's last lines, most of them "2026-12-01 10:00:00.123456 message" (each file
#   in its own order of time, the files one after the other); xymonlaunch's tasks, xymond's start-up and complaints, the channel workers, RRD
#   update errors, alerts, xymonnet's failures, and the output of the extension scripts (no time) that lands in the same files
@checked
def log_xymon(seed):
    L = Log("xymon_server_logs", seed, "full", False, False)
    g = L.g
    HOSTS = [f"{p}{n:02d}.hst.example.net" for p in ("web", "db", "mail", "lb", "kvm") for n in range(1, 9)]
    TESTS = ["cpu", "disk", "memory", "procs", "conn", "http", "ssh", "smtp", "msgs", "files", "ports", "ntp"]
    start = L.t

    def w(text, ev):
        ms_(L, 50, 30000)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{us6(L.t)} {text}", ev)

    def raw(text, ev):
        L.emit(text, ev, None, None, None)

    def section(fname, events, n):
        raw(f"==> /var/log/xymon/{fname} <==", "tail_header")
        L.t = start + dt.timedelta(seconds=g.num(0, 3600))
        fill(L, events, len(L.rows) + n, 240)
        raw("", "empty")

    def launch_ev():
        x = g.r.random()
        t = g.c(["xymongen", "xymonnet", "rrdstatus", "rrddata", "clientdata", "alert", "history", "combostatus", "xymonnetagain"])
        if x < 0.4:
            w(f"Task {t} terminated, status {g.c([1, 1, 2, 127])}", "launch_terminated_status")
        elif x < 0.55:
            w(f"Task {t} terminated by signal {g.c([9, 11, 15])}", "launch_terminated_signal")
        elif x < 0.85:
            w(f"Task {t} started with PID {g.num(1000, 99999)}", "launch_started")
        else:
            w("xymonlaunch starting", "launch_starting")
            for tt in ["xymond", "history", "alert", "clientdata", "rrdstatus", "rrddata", "xymonnet", "xymongen"]:
                w(f"Task {tt} started with PID {g.num(1000, 99999)}", "launch_started")

    def xymond_ev():
        x = g.r.random()
        if x < 0.35:
            w(f"Dropping message from unregistered host {g.c(['dev-', 'test-', 'old-'])}{g.num(1, 40)}.hst.example.net ({g.ip('10')})", "xd_dropping_unknown")
        elif x < 0.55:
            w("Whoops ! Failed to send message (Connection failed)", "whoops_failed_send")
        elif x < 0.75:
            h = g.c(HOSTS)
            w(f"Invalid status message from {g.ip('10')} - host {h}, test {g.c(TESTS)} cannot be parsed", "xd_invalid_status")
        elif x < 0.9:
            w("Peer at 0.0.0.0:0 failed: Connection refused", "xd_peer_failed")
        else:
            w("Loading hostnames", "xd_loading_hostnames")
            w("Loading saved state", "xd_loading_state")
            w("Setting up network listener on 0.0.0.0:1984", "xd_listener")
            w("Setting up signal handlers", "xd_signal_handlers")
            w("Setting up xymond channels", "xd_channels")
            w("Setting up logfiles", "xd_logfiles")
            w("Setup complete", "xd_setup_complete")

    def channel_ev():
        x = g.r.random()
        if x < 0.5:
            w("Peer not up, flushing message queue", "ch_peer_not_up")
        elif x < 0.8:
            w(f"Worker process died with exit code {g.c([1, 139])}, terminating", "ch_worker_died")
        else:
            raw(f"sh: 1: /usr/lib/xymon/server/ext/{g.c(['certcheck.sh', 'dnsbl.pl', 'raidcheck.sh'])}: not found", "sh_not_found")

    def rrd_ev():
        h = g.c(HOSTS)
        x = g.r.random()
        if x < 0.75:
            ts = int(epoch(L.t))
            w(f"RRD error updating /var/lib/xymon/rrd/{h}/{g.c(['vmstat', 'la', 'memory', 'tcp.http', 'tcp.ssh', 'disk,root', 'ifstat.eth0'])}.rrd from {g.ip('10')}: "
              f"illegal attempt to update using time {ts} when last update time is {ts} (minimum one second step)", "rrd_illegal_update")
        elif x < 0.9:
            w(f"RRD error creating /var/lib/xymon/rrd/{h}/disk,{g.c(['var', 'srv', 'home'])}.rrd: opening '/var/lib/xymon/rrd/{h}/disk,var.rrd': No space left on device",
              "rrd_create_error")
        else:
            w("Peer not up, flushing message queue", "ch_peer_not_up")

    def alert_ev():
        h = g.c(HOSTS)
        t = g.c(TESTS)
        x = g.r.random()
        if x < 0.5:
            w(f"Alert for {h}:{t} ({g.c(['red', 'yellow', 'purple'])}) sent to {g.c(['oncall@hst.example.net', 'sms-gw', 'ops-team'])}", "alert_sent")
        elif x < 0.8:
            w(f"Recovery for {h}:{t} sent to {g.c(['oncall@hst.example.net', 'ops-team'])}", "alert_recovery")
        else:
            raw("send-mail: Cannot open mail.hst.example.net:25", "sendmail_cannot_open")

    def net_ev():
        x = g.r.random()
        if x < 0.4:
            w("Whoops ! Failed to send message (Timeout)", "whoops_failed_send")
        elif x < 0.7:
            w(f"xymonnet: DNS lookup failed for {g.c(['legacy-app', 'old-ftp', 'staging-lb'])}{g.num(1, 9)}.hst.example.net: {g.c(['Name not found', 'Timeout'])}",
              "net_dns_failed")
        else:
            w(f"Service {g.c(['https', 'smtp', 'imaps'])} on {g.c(HOSTS)} is OK (up), SSL certificate expires in {g.num(1, 29)} days", "net_cert_expires")

    def gen_ev():
        x = g.r.random()
        if x < 0.6:
            w(f"Multiple definitions for host {g.c(HOSTS)}, using the first one", "gen_multiple_defs")
        else:
            raw(f"Use of uninitialized value $line in pattern match (m//) at /usr/lib/xymon/server/ext/raidcheck.sh line {g.num(40, 120)}.", "perl_uninit")

    plan = [("xymonlaunch.log", [(1, launch_ev)]), ("xymond.log", [(1, xymond_ev)]), ("history.log", [(1, channel_ev)]), ("rrd-status.log", [(1, rrd_ev)]),
            ("rrd-data.log", [(1, rrd_ev)]), ("alert.log", [(1, alert_ev)]), ("xymonnet.log", [(1, net_ev)]), ("xymongen.log", [(1, gen_ev)]),
            ("clientdata.log", [(1, channel_ev)])]
    while len(L.rows) < N_LINES:
        start = start + dt.timedelta(days=1)
        for fname, events in plan:
            section(fname, events, g.num(150, 250))
            if len(L.rows) >= N_LINES:
                break
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 19 --------------------------------------------------------------- XWiki 16.10 LTS (the Debian package xwiki-tomcat9-pgsql, Tomcat 9, PostgreSQL, LDAP authentication) as the
#   intranet wiki of an engineering firm, /var/log/tomcat9/catalina.out: XWiki's logback lines "2026-12-01 10:00:00,123 [http-nio-8080-exec-7 -
#   https://wiki.example.com/bin/view/Main/] WARN  o.x.v.i.DefaultVelocityEngine - message" (the thread with the request's URL in brackets, the
#   level padded to five, the abbreviated logger) interleaved with Tomcat's own java.util.logging lines "01-Dec-2026 10:00:00.123 INFO [main]
#   org.apache.catalina.startup.Catalina.start Server startup in [45678] milliseconds"; deprecated Velocity calls, LDAP login failures, Solr indexing,
#   the scheduler, mail, rendering and store errors with their Java stack traces, restarts
@checked
def log_xwiki(seed):
    L = Log("xwiki_catalina_out", seed, "full", True, True)
    g = L.g
    PAGES = ["Main/WebHome", "Projekte/Brücke B12/Statik/WebHome", "IT/VPN Anleitung", "Normen/DIN 1045", "Sandbox/WebHome", "Team/Urlaubsplanung",
             "Vorlagen/Prüfbericht", "Projekte/Halle 7/Ausschreibung", "QM/Handbuch/Kapitel 4"]
    USERS = ["jmueller", "sschmidt", "tweber", "kfischer", "mwagner", "abecker", "lhoffmann", "admin"]

    def url():
        p = g.c(PAGES).replace(" ", "%20").replace("ü", "%C3%BC")
        return f"https://wiki.example.com/bin/{g.c(['view', 'view', 'view', 'edit', 'get', 'save'])}/{p}"

    def thread():
        return f"http-nio-8080-exec-{g.num(1, 40)} - {url()}"

    def w(th, lv, logger, msg, ev):
        ms_(L, 0, 200)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} [{th}] {lv:<5} {logger} - {msg}", ev, lv, logger)

    def tc(lv, th, src, msg, ev):
        ms_(L, 0, 200)
        L.emit(f"{L.t:%d-%b-%Y %H:%M:%S}.{ms3(L.t)} {lv} [{th}] {src} {msg}", ev, lv, f"{src}|{src.rsplit('.', 1)[0]}")

    def trace(lines, lv, logger):
        for text, ev in lines:
            L.emit(text, ev, lv, logger)

    def deprecated():
        m = g.c(["com.xpn.xwiki.api.Document.getURL", "com.xpn.xwiki.api.XWiki.getDocument", "com.xpn.xwiki.api.Document.display",
                 "org.xwiki.velocity.tools.EscapeTool.getH"])
        doc = g.c(["xwiki:Main.WebHome", "xwiki:Panels.Navigation", "xwiki:Projekte.Dashboard", "xwiki:QM.Handbuch.Inhalt", "xwiki:XWiki.OldMacros"])
        w(thread(), "WARN", "o.x.v.i.DefaultVelocityEngine", f"Deprecated usage of method [{m}] in {doc}@{g.num(1, 200)},{g.num(1, 80)}", "velocity_deprecated")

    def ldap():
        u = g.c(USERS)
        if g.r.random() < 0.85:
            w(f"http-nio-8080-exec-{g.num(1, 40)} - https://wiki.example.com/bin/loginsubmit/XWiki/XWikiLogin", "WARN", "o.x.c.l.XWikiLDAPAuthServiceImpl",
              f"LDAP authentication failed for user [{u}]: login failed", "ldap_failed")
        else:
            w(f"http-nio-8080-exec-{g.num(1, 40)} - https://wiki.example.com/bin/loginsubmit/XWiki/XWikiLogin", "INFO", "o.x.s.a.i.DefaultAuthenticationFailureManager",
              f"Authentication failure threshold reached for user [{u}], captcha required", "auth_threshold")

    def solr():
        if g.r.random() < 0.8:
            w("XWiki Solr index thread", "INFO", "o.x.s.s.i.j.IndexerJob", f"Index synchronization with the database: {g.num(0, 40)} documents added, {g.num(0, 9)} deleted "
              f"and {g.num(0, 60)} updated", "solr_sync")
        else:
            w("XWiki Solr index thread", "WARN", "o.x.s.s.i.DefaultSolrIndexer", f"Failed to index document [xwiki:{g.c(PAGES).replace('/', '.')}]: "
              "java.io.IOException: Attachment content too large (max 10485760)", "solr_failed")

    def scheduler():
        w(f"XWiki Scheduler Thread {g.num(1, 4)}", "INFO", "o.x.n.n.i.e.PrefilteringLiveNotificationEmailManager",
          f"Sent {g.num(0, 40)} notification emails", "notif_sent")

    def mail():
        if g.r.random() < 0.85:
            w("Mail Sender Thread", "INFO", "o.x.m.i.AbstractMailRunnable", f"Sent mail [{g.uuid()}] to [{g.email()}]", "mail_sent")
        else:
            w("Mail Sender Thread", "ERROR", "o.x.m.i.AbstractMailRunnable", f"Failed to send mail [{g.uuid()}]: Couldn't connect to host, port: smtp.example.com, 587; "
              "timeout -1", "mail_failed")

    def render_err():
        th = thread()
        macro = g.c(["include", "velocity", "gallery", "chart", "office"])
        w(th, "WARN", "o.x.r.i.MacroErrorManager",
          f"Failed to execute the [{macro}] macro. Cause: [{g.c(['Failed to evaluate Velocity Macro for content', 'Maximum inclusion depth [5] exceeded', 'Office server is not connected'])}]. "
          "Click on this message for details.", "macro_failed")

    def store_err():
        th = thread()
        page = g.c(PAGES).replace("/", ".")
        w(th, "ERROR", "c.x.x.s.XWikiHibernateStore", f"Failed to load document [xwiki:{page}]", "store_failed")
        trace(java_trace("com.xpn.xwiki.XWikiException: Error number 3201 in 3: Exception while reading document [xwiki:" + page + "]",
                         ["com.xpn.xwiki.store.XWikiHibernateStore.loadXWikiDoc(XWikiHibernateStore.java:1054)",
                          "com.xpn.xwiki.store.XWikiCacheStore.loadXWikiDoc(XWikiCacheStore.java:286)",
                          "com.xpn.xwiki.XWiki.getDocument(XWiki.java:2013)",
                          "com.xpn.xwiki.web.XWikiAction.execute(XWikiAction.java:572)",
                          "com.xpn.xwiki.web.XWikiAction.execute(XWikiAction.java:284)",
                          "org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:189)"],
                         ("org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection",
                          ["org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:112)",
                           "org.hibernate.engine.jdbc.spi.SqlExceptionHelper.convert(SqlExceptionHelper.java:113)",
                           "com.xpn.xwiki.store.XWikiHibernateBaseStore.beginTransaction(XWikiHibernateBaseStore.java:862)"], g.num(40, 90))),
              "ERROR", "c.x.x.s.XWikiHibernateStore")

    def http_warn():
        if g.r.random() < 0.5:
            tc("INFO", f"http-nio-8080-exec-{g.num(1, 40)}", "org.apache.coyote.http11.Http11Processor.service",
               "Error parsing HTTP request header", "tc_parse_header")
            L.emit(" Note: further occurrences of HTTP request parsing errors will be logged at DEBUG level.", "tc_parse_note", "INFO",
                   "org.apache.coyote.http11.Http11Processor.service|org.apache.coyote.http11.Http11Processor")
            L.emit("\tjava.lang.IllegalArgumentException: Invalid character found in method name [0x160x030x010x00...]. HTTP method names must be tokens",
                   "tc_parse_exc", "INFO", "org.apache.coyote.http11.Http11Processor.service|org.apache.coyote.http11.Http11Processor")
            trace([(f"\t\tat {f}", "tc_at") for f in ["org.apache.coyote.http11.Http11InputBuffer.parseRequestLine(Http11InputBuffer.java:406)",
                                                      "org.apache.coyote.http11.Http11Processor.service(Http11Processor.java:263)",
                                                      "org.apache.coyote.AbstractProcessorLight.process(AbstractProcessorLight.java:63)"]],
                  "INFO", "org.apache.coyote.http11.Http11Processor.service|org.apache.coyote.http11.Http11Processor")
        else:
            w(thread(), "WARN", "o.x.r.i.DefaultResourceReferenceHandlerManager", "Failed to handle resource reference: "
              f"[{g.c(['type = [bin], parameters = [], locale = [<null>]', 'type = [webjars], parameters = [], locale = [<null>]'])}]. Root cause = "
              "[ClientAbortException: java.io.IOException: Broken pipe]", "resource_failed")

    def restart():
        tc("INFO", "main", "org.apache.catalina.core.StandardServer.await", "A valid shutdown command was received via the shutdown port. Stopping the Server instance.",
           "tc_shutdown_cmd")
        tc("INFO", "main", "org.apache.coyote.AbstractProtocol.pause", "Pausing ProtocolHandler [\"http-nio-8080\"]", "tc_pausing")
        tc("INFO", "main", "org.apache.catalina.core.StandardService.stopInternal", "Stopping service [Catalina]", "tc_stopping_service")
        L.tick(30)
        tc("INFO", "main", "org.apache.catalina.startup.VersionLoggerListener.log", "Server version name:   Apache Tomcat/9.0.70 (Debian)", "tc_version_name")
        tc("INFO", "main", "org.apache.catalina.startup.VersionLoggerListener.log", "Server built:          Jul 20 2024 17:30:15 UTC", "tc_built")
        tc("INFO", "main", "org.apache.catalina.startup.VersionLoggerListener.log", "JVM Version:           17.0.13+11-Debian-2deb12u1", "tc_jvm_version")
        tc("INFO", "main", "org.apache.catalina.startup.HostConfig.deployDescriptor", "Deploying deployment descriptor [/etc/tomcat9/Catalina/localhost/xwiki.xml]",
           "tc_deploying")
        L.tick(20)
        w("main", "INFO", "o.x.s.s.i.EmbeddedSolr", "Starting embedded Solr server...", "solr_starting")
        w("main", "INFO", "o.x.s.s.i.EmbeddedSolr", "Using Solr home directory: [/var/lib/xwiki/data/store/solr]", "solr_home")
        w("main", "INFO", "o.x.s.s.i.EmbeddedSolr", "Started embedded Solr server.", "solr_started")
        w("main", "INFO", "c.x.x.s.m.AbstractDataMigrationManager", "Storage schema updates and data migrations are enabled", "migrations_enabled")
        w("main", "INFO", "c.x.x.s.m.AbstractDataMigrationManager", "Checking Hibernate Data Migrations for database [xwiki]...", "checking_migrations")
        w("main", "INFO", "c.x.x.s.m.AbstractDataMigrationManager", "No data migration to apply for wiki [xwiki] currently in version [161000000]", "no_migration")
        tc("INFO", "main", "org.apache.catalina.startup.HostConfig.deployDescriptor", f"Deployment of deployment descriptor [/etc/tomcat9/Catalina/localhost/xwiki.xml] "
           f"has finished in [{g.num(30000, 90000)}] ms", "tc_deployed")
        tc("INFO", "main", "org.apache.coyote.AbstractProtocol.start", "Starting ProtocolHandler [\"http-nio-8080\"]", "tc_starting_handler")
        tc("INFO", "main", "org.apache.catalina.startup.Catalina.start", f"Server startup in [{g.num(40000, 95000)}] milliseconds", "tc_startup")

    fill(L, [(30, deprecated), (6, ldap), (8, solr), (3, scheduler), (4, mail), (5, render_err), (0.7, store_err), (3, http_warn), (0.15, restart)], N_LINES, 90)
    del L.rows[N_LINES:]
    return L


# 20 --------------------------------------------------------------- Moxa EDS-510E managed Ethernet switches (firmware 5.x) in the Turbo Ring of a water utility's treatment plant,
#   their event logs read over the CLI (`show logging event-log`, then `clear logging event-log`) by a technician every week or two and the
#   sessions saved one after the other: the prompt and command, the table's heading and rule, one row per event ("   37  2026/11/23  06:14:27
#   0d00h00m15s    Cold start") with its boot count, date, time, the uptime at that moment and the event; the switch keeps no time over a power
#   cut, so after a restart the rows until the SNTP sync carry the date 1970/01/01; links going up and down, power inputs, logins, Turbo Ring
#   changes, configuration changes
@checked
def log_moxa(seed):
    L = Log("moxa_eds_event_log", seed, "full", False, False)
    g = L.g
    SW = [("sw-filt-a", "192.168.127.11"), ("sw-filt-b", "192.168.127.12"), ("sw-pump-1", "192.168.127.21"), ("sw-ctrl-rm", "192.168.127.31")]
    EPOCH0 = dt.datetime(1970, 1, 1, tzinfo=UTC)

    state = {name: {"t": L.t - dt.timedelta(days=g.num(20, 40)), "boot": g.num(12, 80), "up": dt.timedelta(seconds=g.num(3600, 86400 * 30))}
             for name, _ in SW}

    def session():
        name, ip = g.c(SW)
        sw = state[name]
        L.emit(f"{name}# show logging event-log", "cli_command", None, None, None)
        L.emit("Bootup  Date        Time      Startup Time   Event", "table_heading", None, None, None)
        L.emit("------  ----------  --------  -------------  ----------------------------------------------------------------", "table_rule", None, None, None)
        synced = True

        def adv(sec):
            d = dt.timedelta(seconds=sec)
            sw["t"] += d
            sw["up"] += d

        while sw["t"] < L.t - dt.timedelta(hours=3) and len(L.rows) < N_LINES + 10:
            x = g.r.random()
            adv(int(g.r.expovariate(1 / 9000)) + 1)
            boot, up = sw["boot"], sw["up"]
            if x < 0.01:
                sw["boot"] += 1
                boot = sw["boot"]
                sw["up"] = up = dt.timedelta(seconds=g.num(12, 20))
                kind = g.c(["Cold start", "Cold start", "Warm start"])
                row(boot, EPOCH0 + up, up, kind, "ev_cold_start" if kind.startswith("Cold") else "ev_warm_start")
                for p in g.r.sample(range(1, 11), g.num(3, 7)):
                    adv(g.num(1, 4))
                    row(boot, EPOCH0 + sw["up"], sw["up"], f"Port {p} link on", "ev_link_on")
                adv(g.num(20, 90))
                row(boot, sw["t"], sw["up"], f"SNTP sync success, time server {g.c(['192.168.127.250', 'ntp1.plant.local'])}", "ev_sntp_ok")
                continue
            clk = sw["t"] if synced else EPOCH0 + up
            if x < 0.35:
                p = g.num(1, 10)
                row(boot, clk, up, f"Port {p} link off", "ev_link_off")
                adv(g.num(1, 30))
                row(boot, sw["t"], sw["up"], f"Port {p} link on", "ev_link_on")
            elif x < 0.55:
                who = g.c(["admin", "admin", "user"])
                via = g.c(["Web", "Telnet", "SSH", "Web"])
                row(boot, clk, up, f"{via} login success ({who}) from {g.c(['192.168.127.100', '192.168.127.101', '192.168.127.5'])}", "ev_login_ok")
                if g.r.random() < 0.3:
                    adv(g.num(30, 900))
                    row(boot, sw["t"], sw["up"], "Configuration change activated", "ev_config_change")
            elif x < 0.65:
                row(boot, clk, up, f"{g.c(['Web', 'Telnet', 'SSH'])} login fail ({g.c(['admin', 'root', 'moxa', 'user'])}) from "
                    f"{g.c(['192.168.127.100', '192.168.127.77', '10.10.3.4'])}", "ev_login_fail")
            elif x < 0.75:
                row(boot, clk, up, "Turbo Ring topology changed", "ev_ring_changed")
                if g.r.random() < 0.4:
                    row(boot, clk, up, f"Turbo Ring port {g.c([9, 10])} changed to {g.c(['blocking', 'forwarding'])}", "ev_ring_port")
            elif x < 0.82:
                pw = g.c([1, 2])
                row(boot, clk, up, f"Power {pw} transition (On -> Off)", "ev_power_off")
                adv(g.num(5, 3600))
                row(boot, sw["t"], sw["up"], f"Power {pw} transition (Off -> On)", "ev_power_on")
            elif x < 0.87:
                row(boot, clk, up, f"Port {g.num(1, 8)} Traffic-Overload ({g.num(80, 100)}%)", "ev_overload")
            elif x < 0.92:
                row(boot, clk, up, f"SNTP sync fail, time server {g.c(['192.168.127.250', 'ntp1.plant.local'])}", "ev_sntp_fail")
            elif x < 0.96:
                row(boot, clk, up, f"DI {g.c([1, 2])} ({g.c(['Off', 'On'])})", "ev_di")
            elif g.r.random() < 0.3:
                row(boot, clk, up, "Password changed", "ev_password")
            else:
                row(boot, clk, up, "Config imported", "ev_config_import")
        L.emit(f"{name}# clear logging event-log", "cli_clear", None, None, None)
        L.emit(f"{name}# exit", "cli_exit", None, None, None)
        L.emit("", "empty", None, None, None)

    def row(boot, clk, up, text, ev):
        s = int(up.total_seconds())
        upt = f"{s // 86400}d{s % 86400 // 3600:02d}h{s % 3600 // 60:02d}m{s % 60:02d}s"
        L.emit(f"{boot:>6}  {clk:%Y/%m/%d}  {clk:%H:%M:%S}  {upt:<13}  {text}", ev, None, None, clk)

    L.t += dt.timedelta(days=10)
    fill(L, [(1, session)], N_LINES, 86400 * 8)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


LOGS = [log_mongooseim, log_marlin, log_milvus, log_mrbayes, log_ns3, log_peertube, log_quartus, log_rcheck, log_symfony, log_star, log_srht, log_teams,
        log_trac, log_virtuoso, log_wesnoth, log_wireguard, log_wrangler, log_xymon, log_xwiki, log_moxa]


if __name__ == "__main__":
    main(LOGS, WORK)
