#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and header
fields of every line, invented here (no public data set): the forty-ninth round, 20 logs, written
2026-12-07 by a helper that did not read LogSleuth's code; as found: 0.811. This round is held out:
only its mean is reported; do not run it with --detail or --only, nor tune on its logs. The harness
(unseen_logs_harness.py) runs `logsleuth-cli templates` and `formats` on each and prints grouping
accuracy, events against templates, the learned format and how many lines had their time, level and
component read, and read right.

Lines without a header of their own carry the time, level and component of the record they belong to:
NaviServer's Tcl errorInfo lines under an "Error:" line and the rest of a PostgreSQL error that runs
over several lines ("DETAIL:", its second line, "HINT:", "CONTEXT:" and the closing "): 'sql'" line)
carry Error; Riemann's Java exception, its "nested exception is:" lines and "<tab>at" frames carry
WARN and the logger of the line above; the YAML lines of the configuration RPCS3 dumps under "Used
configuration:" carry "!" and SYS; Selenium's " [Capabilities ...]" and " Caps: ..." lines under the
Distributor's line carry INFO and LocalDistributor; the lines of an XGBoost warning printed as a
Python UserWarning (its message lines, empty lines and "  warnings.warn(smsg, UserWarning)") carry the
first line's level and component, pandas' source line the FutureWarning's, the Python traceback the
ERROR and "data" of the line above it; every line of a Yaws report carries the level of its "=...
REPORT====" head. A line with no time of its own gets the time of the last line before it that writes
one (of the first after it at the start of a log) and no level or component: every line of an OpenVMS
record but its banner (the "Event time:" and "(from node ... at ...)" dates are values), the empty
line before a banner too; every line of an Nmap run but "Starting Nmap ... at 2026-12-01 02:00 UTC"
(the minute, second 0; the certificates' dates and smb2-time's date are values); the Particle CLI's
own lines; the entry point's lines, the TOML configuration it prints and ChromeDriver's banner in the
Selenium log; XGBoost's evaluation lines. Full dates: MonetDB ("2026-12-01 10:00:00"), NaviServer
("[01/Dec/2026:10:00:00.123456]"), Nmap, OpenVMS' banner (" 1-DEC-2026 10:00:00.12"), OneDrive
("2026-Dec-01 10:00:00.1234567": D's SysTime.toSimpleString(), the trailing zeros of the fraction
dropped), Papertrail (generated_at, "2026-12-01 02:00:00 -0800", the account's zone US/Pacific;
received_at, a second or two later, is a value), Riemann ("[2026-12-01 10:00:00,123]"), Vespa (seconds
since 1970 with microseconds), Yaws ("1-Dec-2026::10:00:00.123456" in a report's head) and Znuny
(Perl's localtime, "Tue Dec  1 10:00:00 2026"); where a log writes local time without an offset the
clock is UTC. ModemManager's journal ("Dec 01 10:00:00") and the Netgear switches' syslog ("Dec  1
10:00:00"; the lines a switch logs while it boots carry its unset clock, "Jan  1 00:00:14", and that
is their true time) have no year (noyear). Stellaris ("[19:02:14]"), Selenium (its own "02:00:04.512",
supervisord's "2026-12-01 02:00:01,123" and ChromeDriver's "[1796090491.467]" on the same clock) and
XGBoost (the script's "2026-12-01 02:00:03,412", XGBoost's "[02:00:44]" inside the UserWarning line)
are checked by the time of day (tod). PulseAudio writes the seconds since it started and since the
previous line ("(  12.345|   0.002)"; each session starts again at zero), the Particle Boron the
milliseconds since boot, Questa the simulation time of a UVM report ("@ 1250"; "Start time:" and "End
time:" are values, vsim's own lines have none) and RPCS3 the time since launch ("0:01:12.345678"; its
"Current Time:" is a value) (rel: only whether a time is read is checked). Stata writes no time at all
(time kind None).

Levels are as written: MonetDB's MSG and ERR (mserver5's stdout and stderr); ModemManager's <info> and
<warn> (systemd's, the kernel's and the watchdog's lines none); NaviServer's Notice, Warning and
Error; the switches' PRI (189, 190, 188, 14, 6: the severity is its low three bits, so 189|notice,
190|info, 188|warning, 14 and 6 info); Papertrail's severity_name column (Info; Sidekiq's "WARN:"
inside a message is text); PulseAudio's letter (E, W, I, D); the Particle's word (INFO, WARN, ERROR);
Questa's UVM severity (UVM_INFO, UVM_WARNING, UVM_ERROR, UVM_FATAL) and its own "** Note:", "**
Warning:" and "** Error:" (Note, Warning, Error, also on their "Time:" lines); RPCS3's character after
the dot (! always, S success, W, E, U for todo; the blank of notice none); Riemann's word (INFO,
WARN); Selenium's (INFO, WARN), supervisord's (INFO, WARN, CRIT) and ChromeDriver's SEVERE; Vespa's
column (info, warning, event); the XGBoost script's word (INFO, WARNING, ERROR), XGBoost's "WARNING:"
in a UserWarning line (WARNING|UserWarning) and pandas' FutureWarning; Yaws' report kind (INFO,
WARNING, ERROR, CRASH and SUPERVISOR as error, PROGRESS as info); Znuny's priority in brackets
(Notice, Error). Nmap, OpenVMS (the severity letter of a "%LOGIN-F-INVPWD" status is text), OneDrive
(its "ERROR:" at the start of a message is text), Stata and Stellaris write none. The component is
MonetDB's process name before the pid (merovingian, control, or the database: sales, clickstream,
finance); the journal's program in the ModemManager log (ModemManager, systemd, kernel, lte-watchdog;
on ModemManager's lines the object in brackets, modem0, modem0/bearer1, base-manager, device, counts
too); the switch's component before its task id (TRAPMGR, POE, DOT3AD, SNTP, HTTP, CLI_WEB_MGR,
DHCP_SNOOP, UNKN, General; the address, the file and line and the sequence number are not);
Papertrail's program column (heroku/router, app/web.1, app/worker.1, heroku/scheduler.4821,
app/heroku-postgres, sshd, CRON, ...); PulseAudio's source file (module.c, alsa-sink.c,
protocol-native.c, ...; the thread in brackets is not); the Particle's category (app, app.sensor,
ncp.client, comm.dtls, net.ppp.client, ...); the reporting UVM component's path in Questa's reports
(uvm_test_top.env.sb, "reporter" for the global reporter; the id in brackets and vsim's message codes
are not); RPCS3's channel (SYS, sys_fs, cellSaveData, sceNpTrophy, RSX, ...; the emulated thread is
not); Riemann's logger (riemann.config, riemann.transport.tcp, riemann.streams, ...; the thread is
not); Stellaris' source file (persistent.cpp, with or without the line); Selenium's class in brackets
(LocalDistributor, with or without ".newSession"); Vespa's component column (Container.com.yahoo...,
proton.proton.server.proton, sentinel.sentinel.service, stdout); the XGBoost script's logger (train,
data, eval, registry), XGBoost's source file in its warnings (/workspace/src/learner.cc, or the path
of xgboost/core.py that Python's warning names) and pandas' warning's file (/app/features.py); Znuny's
module in the third brackets (Kernel::System::PostMaster::NewTicket::Run, ...; the line after it is
not). NaviServer (the thread's name in brackets is not one), Nmap, OpenVMS, OneDrive, Stata and Yaws
have none.

The true event of a line is the format string that wrote it: a value filled into a format string is a
variable (MonetDB's "starting database '%s', up min/avg/max: ..." one, "proxying client %s for
database '%s' to %s" one, "#client%d: createExceptionInternal: !ERROR: %s" one event per kind of SQL
error (syntax error, no such table, unknown identifier, concurrency conflict, COPY parse failure,
allocation); ModemManager's "state changed (%s -> %s)", "3GPP registration state changed (%s -> %s)"
and "simple connect state (%d/10): %s" one each whatever the states, "port %s released by device '%s'"
one, the bearer's settings lines one each, the kernel's "converter detected", "converter now attached
to ttyUSB%d" and "now disconnected from ttyUSB%d" one each; NaviServer's "api: %s %s user=%s status=%d
%sms" one, "modload: loading module %s from file %s" one, "tcl: sourcing '%s'" one, "dbinit: closing
%s handle in pool '%s'" one whatever the reason, "sockread returned unexpected result %s (err %s);
close socket" one, "dbinit: error(%s,%s" one whatever PostgreSQL's message, a Tcl error's head one per
Tcl message ("can't read \"%s\": no such variable", "... no such element in array", "expected integer
but got \"%s\"", "invalid command name \"%s\""); the switches' "Link Up: %s" and "Link Down: %s" two,
"%s is transitioned from the Learning state to the Forwarding state in instance %d" one, the boot's
"Event(0xaaaaaaaa)" one whether from UNKN or General; Nmap's "Nmap scan report for %s" one with or
without the name, "Not shown: %d %s tcp ports (%s)" one, the port table's rows one (its header row,
whatever its spacing, another), NSE script output one event per kind of script line whether it opens
with "| " or "|_" ("|   3072 ... (RSA)" and "|_  256 ... (ED25519)" of ssh-hostkey one, the rpcinfo
rows one), the service fingerprint's "SF:" lines one, each OS detection line one; OpenVMS' banner one,
"Message from user %s on %s" one, "(from node %s at %s)" one, each "Key:   value" line of an audit
alarm one per key (whatever the auditable event or status), "Device %s is offline." one for tape and
disk, the operator classes lines one; OneDrive's "Downloading file %s ... done." one, "Skipping item -
excluded by skip_file config: %s" one, each line of the API error block one; Papertrail's rows one
event per message whatever the program column (Heroku's "State changed from %s to %s" one for web,
worker and scheduler dynos, "Starting process with command `%s`" one, "Process exited with status %d"
one), Sidekiq's "start", "done" and "fail" lines one each whatever the job, the first backtrace line
(after Sidekiq's "WARN: ") one and the others one, Rails' exception lines one per exception, the
scheduler's Ruby Logger line one, the sshd, pam and cron lines one each; PulseAudio's "Loaded \"%s\"
(index: #%d; argument: \"%s\")." one whatever the module, "Created sink %d \"%s\" ..." one for ALSA
and Bluetooth sinks, "Suspend cause of sink %s is 0x%04x, %s" one whether suspending or resuming,
"default_sink: %s -> %s" one, "Created input %d ..." and "Freeing input %d ..." one each; the
Particle's "State %s -> %s" of net.ppp.client one (net.pppncp's another), "Openning mux channel %d"
one, "session cmd (CLS,DIS,MOV,LOD,SAV): %d" one, "NCP connection state changed: %d" one, the sensor
line one; Questa's UVM reports one event per message whatever the component and time ("[DRV] AW/AR
addr=..." one, "[MON] B/R id=%d resp=%s" one), "Loading %s" one (the DPI library too), the topology
table's rows one and its rules one, the summary's severity rows one and id rows one; RPCS3's
"sys_fs_open(path=...)" one, "'%s' failed with 0x%x : %s, %s" one whatever the call, each TODO line
one per function, each line of the YAML configuration one per key or section heading; Riemann's "state
change: %s" one whatever the Clojure map, "expired %s" one, "%s threw" one whatever the stream;
Stata's echoed commands ". %s" one whatever the command (comments and the empty ". " too),
continuation lines "> %s" one, "(%s observations deleted)", "(%s missing values generated)", "(%s real
changes made)", the data label "(%s)", "file %s saved", "r(%d);" one each, the merge table's lines one
each, list's rows one, tabulate's rows one (frequency and percentage rows and Total alike), the
coefficient rows one, summarize's percentile rows one; Stellaris one event per message ("Error:
\"Unexpected token: %s, near line: %d\" in file: ..." one, "Malformed token" another, unknown
triggers, unknown effects, missing localisation keys, sprites, textures, entities, sounds, variables,
an invalid supported_version, and the running game's scope, event, create_ship, pop job, fleet path,
economic plan and ship design errors one each); Selenium's "Session request received by the
Distributor: " one whatever the browser, "Session created by the Node. Id: %s, Caps: %s" one,
supervisord's "spawned: '%s' with pid %d", "success: %s entered RUNNING state, ..." and "stopped: %s
(%s)" one each, each TOML line one per key ("max-sessions = 1" one wherever it stands), ChromeDriver's
banner lines one each; Vespa's "Flush done: target='%s', ..." one, "Cluster event type SYSTEMSTATE
@%d: New cluster state version %d. Change from last: %s" one, "%s: Service exited with exit status %d"
one, the JVM's GC line on stdout one; XGBoost's evaluation lines one, a UserWarning's first line one
per XGBoost message (unused parameters, mismatched devices); Yaws' report heads one per kind, "Yaws:
Listening to %s for <%d> virtual servers:" one and its " - %s under %s" lines one, "yaws debug:Add
path \"%s\"" one; Znuny's "Sent agent '%s' notification to '%s'." one whatever the notification, "Need
%s!" one whatever the module), while two format strings that look alike are two events (MonetDB's
"database '%s' (%d) has started", "has exited with exit status %d" and "has shut down"; NaviServer's
"auth: login ok" and "auth: login failed"; the switches' "PoE power delivery started" and "stopped",
"HTTP Session %d started" and "ended", "added to LAG" and "removed from LAG"; OpenVMS' "Accept
Request" and "Reject Request" of the auxiliary server, "Logfile is" and "Logfile was", "shadow copy
started" and "completed"; OneDrive's "Uploading modified file" and "Uploading new file", "[M] Item
modified" and "[M] Item created"; PulseAudio's "Successfully opened database file '%s'." of
module-device-restore, module-stream-restore and module-card-restore three and its "Initialising ...
optimized ..." lines one per source file, "Increasing wakeup watermark" and "Decreasing", a sink's
property lines and a sink input's; the Particle's "Skipping HELLO message" and "Sending HELLO
message"; Questa's "Time:" lines under a vsim warning, an assertion error and $finish three; Vespa's
"Write operations are now blocked" and "un-blocked"; Znuny's "New Ticket [%s] created" and "FollowUp
Article to Ticket [%s] created"). A structured line belongs to its message and its set of keys:
Papertrail's router line "at=info ..." one and "at=error code=%s desc=..." another whatever the code,
lograge's key=value line one, each add-on's metrics line one; Selenium's span exporter JSON one. In a
banner or table each kind of line is an event: the mserver5 banner's lines one each, the Stata
banner's and notes' lines one each, the Questa copyright banner's lines one each ("//" lines one), the
Key box of tabulate one per line, Nmap's port table header. Erlang terms Yaws pretty-prints over
several lines: the first line belongs to its field ("    reason: ...", "Stack: ...", "    offender:
..."), the lines that continue a term one event per field (the uncaught exception's Stack, the
supervisor report's reason and offender, a progress report's started, the died process' term); the
crash report's lines one per key, its "in function" and "in call from" lines one each. Java's
"<tab>at" frames one event and "... %d more" another; Python's traceback head, "  File" lines, code
lines and the exception line one each; Tcl's errorInfo lines one per kind ("    while executing", "
invoked from within", the quoted code lines, "    (procedure \"%s\" line %d)", "    (\"foreach\" body
line %d)", "    (file \"%s\" line %d)"). Wrappers are not part of the event: the journal's stamp, host
and program, the switches' PRI, stamp, address, component, file and line and sequence number,
Papertrail's columns before the message, Questa's "# " prefix, PulseAudio's times, level, thread and
file, Vespa's columns before the message. Empty lines are one event per log.

usage: unseen_logs_round49.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round49)
"""
import datetime as dt
import json
import math
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round49")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, us6, fill, checked, syslog_ts, carry_time, ms_, ctime, epoch, jts, java_frames  # noqa: E402, F401

PST = dt.timezone(dt.timedelta(hours=-8))


def slug(text):
    """An event name for a literal line (a banner's or a table's fixed line): its words, lower case."""
    s = re.sub(r"[^a-z0-9]+", "_", text.strip().lower()).strip("_")
    return s[:60] or "rule"


def at(L, seconds):
    """Move the log's clock on by `seconds` (a float) and return it."""
    L.t += dt.timedelta(seconds=seconds)
    return L.t


# 1 ---------------------------------------------------------------- MonetDB 11.49 (Dec2023-SP4, the Ubuntu package from monetdb.org) on the analytics server of an online retailer:
#   monetdbd's log /var/monetdb5/dbfarm/merovingian.log ("2026-12-01 10:00:00 MSG merovingian[1234]: message"): the daemon, its control channel and
#   the three databases it starts (sales, clickstream, finance), whose mserver5 stdout (MSG) and stderr (ERR) lines it passes on under the
#   database's name; clients proxied by file-descriptor passing, SQL errors from reporting tools, monetdb CLI commands, the OOM killer, restarts
@checked
def log_monetdb(seed):
    L = Log("monetdb_merovingian_log", seed, "full", True, True)
    g = L.g
    DBS = ["sales", "clickstream", "finance"]
    HOST = "db-analytics-1"
    CLIENTS = ["10.0.2.15", "10.0.2.16", "10.0.4.31", "10.0.4.32", "10.0.7.9", "127.0.0.1"]
    TABLES = ["orders_tmp", "sessions_2026_11", "fact_refunds", "dim_promo", "stg_returns"]
    COLS = ["order_total", "sessoin_id", "customer_ref", "promo_cd", "return_reason"]
    st = {"mpid": g.num(900, 1500), "pids": {}, "up": set(), "client": {d: 0 for d in DBS}, "starts": 40}

    def w(lv, who, msg, ev):
        pid = st["mpid"] if who in ("merovingian", "control") else st["pids"][who]
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S} {lv} {who}[{pid}]: {msg}", ev, lv, who)

    def daemon_start():
        st["mpid"] = g.num(900, 4000)
        st["up"] = set()
        w("MSG", "merovingian", "Merovingian 11.49.11 (Dec2023-SP4) starting", "mero_starting")
        w("MSG", "merovingian", "monitoring dbfarm /var/monetdb5/dbfarm", "mero_monitoring")
        w("MSG", "merovingian", "accepting connections on TCP socket 0.0.0.0:50000", "mero_accept_tcp")
        w("MSG", "merovingian", "accepting connections on UNIX socket /tmp/.s.monetdb.50000", "mero_accept_unix")
        w("MSG", "control", "accepting connections on UNIX socket /var/monetdb5/dbfarm/.merovingian_control", "control_accept_unix")

    def db_start(db):
        st["starts"] += 1
        crashes = g.num(0, 3)
        w("MSG", "merovingian", f"starting database '{db}', up min/avg/max: {g.num(1, 50)}m/{g.num(1, 6)}d/{g.num(7, 30)}d, crash average: "
          f"{g.c(['0.00', '0.00', '1.00'])} {g.f(0, 0.3, 2)} {g.f(0, 0.1, 2)} ({st['starts']}-{crashes}={st['starts'] - crashes})", "db_starting")
        st["pids"][db] = g.num(4000, 60000)
        at(L, 0.4)
        dp = f"/var/monetdb5/dbfarm/{db}"
        w("MSG", db, f"arguments: /usr/bin/mserver5 --dbpath={dp} --set merovingian_uri=mapi:monetdb://{HOST}:50000/{db} --set mapi_listenaddr=none "
          f"--set mapi_usock={dp}/.mapi.sock --set monet_vault_key={dp}/.vaultkey --set gdk_nr_threads={16 if db != 'finance' else 4} "
          f"--set max_clients=64 --set sql_optimizer=default_pipe", "mserver_arguments")
        at(L, g.r.uniform(0.2, 1.5))
        for text, ev in [("# MonetDB 5 server v11.49.11 (Dec2023-SP4)", "banner_version"),
                         (f"# Serving database '{db}', using {16 if db != 'finance' else 4} threads", "banner_serving"),
                         ("# Compiled for x86_64-pc-linux-gnu/64bit with 128bit integers", "banner_compiled"),
                         (f"# Found 125.698 GiB available main-memory of which we use {g.c(['102.446', '102.446', '62.849'])} GiB", "banner_memory"),
                         ("# Copyright (c) 1993 - July 2008 CWI.", "banner_copyright_cwi"),
                         ("# Copyright (c) August 2008 - 2024 MonetDB B.V., all rights reserved", "banner_copyright_bv"),
                         ("# Visit https://www.monetdb.org/ for further information", "banner_visit"),
                         (f"# Listening for UNIX domain connection requests on mapi:monetdb://{dp}/.mapi.sock", "banner_listening")]:
            w("MSG", db, text, ev)
        at(L, g.r.uniform(0.5, 6))
        if db != "finance":
            w("MSG", db, "# MonetDB/GIS module loaded", "banner_gis")
        w("MSG", db, "# MonetDB/SQL module loaded", "banner_sql")
        at(L, 0.3)
        w("MSG", "merovingian", f"database '{db}' ({st['pids'][db]}) has started", "db_started")
        st["up"].add(db)

    def connect():
        db = g.c(DBS * 3 + ["sales", "sales", "clickstream"])
        c = g.c(CLIENTS)
        if g.r.random() < 0.01:
            w("ERR", "merovingian", f"client error: no such database '{g.c(['sale', 'salse', 'click', 'finanace', 'test'])}', please create it first",
              "client_no_such_db")
            return
        if db not in st["up"]:
            db_start(db)
        w("MSG", "merovingian", f"proxying client {c}:{g.port()} for database '{db}' to mapi:monetdb:///var/monetdb5/dbfarm/{db}/.mapi.sock?database={db}",
          "proxying_client")
        w("MSG", "merovingian", "target connection is on local UNIX domain socket, passing on filedescriptor instead of proxying", "passing_fd")
        st["client"][db] += g.num(1, 3)

    def sql_error():
        db = g.c([d for d in DBS if d in st["up"]] or ["sales"])
        if db not in st["up"]:
            db_start(db)
        cl = f"#client{st['client'][db] % 64 + 1}"
        x = g.r.random()
        if x < 0.3:
            tok = g.c(["IDENT", "SCOLON", "sqlINT", "')'", "FROM"])
            e = f"ParseException:SQLparser:42000!syntax error, unexpected {tok} in: \"{g.c(['selct', 'select count(*) fro', 'select * from orders where', 'insert into stg_returns values (1,'])}\""
            ev = "exc_syntax"
        elif x < 0.55:
            e = f"ParseException:SQLparser:42S02!SELECT: no such table '{g.c(TABLES)}'"
            ev = "exc_no_table"
        elif x < 0.75:
            e = f"ParseException:SQLparser:42000!SELECT: identifier '{g.c(COLS)}' unknown"
            ev = "exc_identifier_unknown"
        elif x < 0.88:
            e = "SQLException:sql.append:40000!COMMIT: transaction is aborted because of concurrency conflicts, will ROLLBACK instead"
            ev = "exc_concurrency"
        elif x < 0.96:
            e = (f"SQLException:sql.copy_from:42000!Failed to import table 'stg_returns', line {g.num(2, 90000)}: column {g.num(1, 9)} 'returned_at': "
                 f"Value '{g.c(['2026-13-01', '01/12/2026', 'N/A', ''])}' could not be parsed as timestamp")
            ev = "exc_copy_parse"
        else:
            e = "MALException:mal.interpreter:HY013!Could not allocate space"
            ev = "exc_alloc"
        w("ERR", db, f"{cl}: createExceptionInternal: !ERROR: {e}", ev)

    def control():
        db = g.c(DBS)
        x = g.r.random()
        if x < 0.55:
            w("MSG", "control", "(local): served status list", "control_status")
        elif x < 0.7:
            w("MSG", "control", f"(local): set property 'nthreads' for database '{db}' to '{g.c([4, 8, 16])}'", "control_set_property")
        elif x < 0.85:
            w("MSG", "control", f"(local): set database '{db}' under maintenance", "control_maintenance_on")
            at(L, g.num(60, 1800))
            w("MSG", "control", f"(local): taken database '{db}' out of maintenance mode", "control_maintenance_off")
        else:
            if db in st["up"]:
                w("MSG", "control", f"(local): stopped '{db}'", "control_stopped")
                w("MSG", "merovingian", f"sending process {st['pids'][db]} (database '{db}') the TERM signal", "sending_term")
                at(L, g.r.uniform(0.5, 4))
                w("MSG", "merovingian", f"database '{db}' ({st['pids'][db]}) has exited with exit status 0", "db_exited")
                w("MSG", "merovingian", f"database '{db}' has shut down", "db_shut_down")
                st["up"].discard(db)
            else:
                w("MSG", "control", f"(local): started '{db}'", "control_started")
                db_start(db)

    def oom():
        up = [d for d in DBS if d in st["up"]]
        if not up:
            return
        db = g.c(up)
        if g.r.random() < 0.5:
            w("ERR", db, f"#client{g.num(1, 64)}: GDKextendf: !ERROR: could not extend file: No space left on device", "gdk_extend_nospace") \
                if g.r.random() < 0.3 else w("ERR", db, f"#client{g.num(1, 64)}: GDKmalloc: !ERROR: allocating too much memory", "gdk_malloc_too_much")
        at(L, g.r.uniform(1, 20))
        w("ERR", "merovingian", f"database '{db}' ({st['pids'][db]}) was killed by signal SIGKILL", "db_killed")
        st["starts"] += 1
        w("MSG", "merovingian", f"database '{db}' has crashed after start on {L.t - dt.timedelta(hours=g.num(2, 90)):%Y-%m-%d %H:%M:%S}, attempting restart, "
          f"up min/avg/max: {g.num(1, 50)}m/{g.num(1, 6)}d/{g.num(7, 30)}d, crash average: 1.00 {g.f(0.1, 0.3, 2)} {g.f(0, 0.1, 2)} "
          f"({st['starts']}-{g.num(1, 4)}={st['starts'] - 3})", "db_crashed_restart")
        st["up"].discard(db)
        db_start(db)

    def restart():
        w("MSG", "merovingian", "caught SIGTERM, starting shutdown sequence", "mero_sigterm")
        for db in sorted(st["up"]):
            w("MSG", "merovingian", f"sending process {st['pids'][db]} (database '{db}') the TERM signal", "sending_term")
        at(L, g.r.uniform(1, 8))
        for db in sorted(st["up"]):
            if g.r.random() < 0.1:
                at(L, 60)
                w("MSG", "merovingian", f"timeout of 60 seconds expired, sending process {st['pids'][db]} (database '{db}') the KILL signal", "sending_kill")
            w("MSG", "merovingian", f"database '{db}' ({st['pids'][db]}) has exited with exit status 0", "db_exited")
            w("MSG", "merovingian", f"database '{db}' has shut down", "db_shut_down")
        w("MSG", "merovingian", "Merovingian 11.49.11 stopped", "mero_stopped")
        at(L, g.r.uniform(5, 60))
        daemon_start()

    daemon_start()
    fill(L, [(60, connect), (9, sql_error), (5, control), (0.5, oom), (0.4, restart)], N_LINES, 240)
    del L.rows[N_LINES:]
    return L


# 2 ---------------------------------------------------------------- ModemManager 1.20 on a Raspberry-Pi-based LTE router (a Quectel EC25 on USB, QMI) in a roadside traffic-counter
#   cabinet, `journalctl -t ModemManager -t kernel -t systemd -t lte-watchdog -o short` ("Dec 01 10:00:00 cab-rtr-07 ModemManager[812]: <info>
#   [modem0] state changed (registered -> connecting)"): the simple-connect sequence with its states, the bearer's IPv4 settings, dropped
#   registrations, failed connects, the watchdog script's pings, its modem resets with the USB re-enumeration in the kernel and the modem's new index
@checked
def log_modemmanager(seed):
    L = Log("modemmanager_journal", seed, "noyear", True, True)
    g = L.g
    HOST = "cab-rtr-07"
    DEV = "/sys/devices/platform/soc/3f980000.usb/usb1/1-1/1-1.3"
    st = {"pid": 812, "idx": 0, "bearer": 0, "conn": 0, "up": False, "wd": 0, "usbn": 4}

    def mm(lv, msg, ev, obj=None):
        L.emit(f"{jts(L.t)} {HOST} ModemManager[{st['pid']}]: <{lv}> {' ' if lv in ('info', 'warn') else ''}{msg}", ev, lv,
               "ModemManager" + (f"|{obj}" if obj else ""))

    def other(prog, msg, ev, pid=None):
        L.emit(f"{jts(L.t)} {HOST} {prog}{f'[{pid}]' if pid else ''}: {msg}", ev, None, prog)

    def modem():
        return f"modem{st['idx']}"

    def state(a, b):
        mm("info", f"[{modem()}] state changed ({a} -> {b})", "state_changed", modem())

    def reg(a, b):
        mm("info", f"[{modem()}] 3GPP registration state changed ({a} -> {b})", "reg_state_changed", modem())

    def sc(n, text):
        mm("info", f"[{modem()}] simple connect state ({n}/10): {text}", "simple_connect_state", modem())

    def create():
        ms_(L, 200, 900)
        mm("info", f"[device {DEV}] creating modem with plugin 'quectel' and '6' ports", "creating_modem", "device")
        ms_(L, 100, 800)
        mm("warn", f"[{modem()}] couldn't load list of own numbers: Couldn't get MSISDN: QMI protocol error (16): 'NotProvisioned'", "warn_own_numbers", modem())
        mm("info", f"[base-manager] modem for device '{DEV}' successfully created", "modem_created", "base-manager")
        state("unknown", "disabled")

    def connect(first=True):
        ms_(L, 500, 3000)
        mm("info", f"[{modem()}] simple connect started...", "simple_connect_started", modem())
        if first:
            sc(3, "enable")
            state("disabled", "enabling")
            ms_(L, 100, 600)
            mm("info", f"[{modem()}] power state updated: on", "power_state_on", modem())
            ms_(L, 300, 1500)
            state("enabling", "enabled")
            sc(4, "wait to get fully enabled")
            ms_(L, 500, 3000)
            reg("unknown", "registering")
            ms_(L, 800, 9000)
            reg("registering", "home")
            state("enabled", "registered")
            sc(5, "register")
        sc(6, "bearer")
        sc(7, "connect")
        state("registered", "connecting")
        ms_(L, 800, 4000)
        if g.r.random() < 0.12:
            mm("warn", f"[{modem()}] couldn't connect bearer: Couldn't run IPv4 connection: QMI protocol error ({g.c(['14', '14', '26'])}): "
               f"'{g.c(['CallFailed', 'CallFailed', 'NoEffect'])}'", "connect_failed", modem())
            state("connecting", "registered")
            at(L, g.num(10, 60))
            return connect(False)
        if st["bearer"] == 0 or first:
            st["bearer"] += 1
        b = f"{modem()}/bearer{st['bearer']}"
        mm("info", f"[{b}] QMI IPv4 Settings:", "qmi_ipv4_settings", b)
        o2, o3, o4 = g.c([64, 65, 146]), g.num(0, 255), g.num(1, 60) * 4
        mm("info", f"[{b}]   address: 10.{o2}.{o3}.{o4 + 1}/30", "ipv4_address", b)
        mm("info", f"[{b}]   gateway: 10.{o2}.{o3}.{o4 + 2}", "ipv4_gateway", b)
        mm("info", f"[{b}]   DNS #1: 10.74.210.210", "ipv4_dns1", b)
        mm("info", f"[{b}]   DNS #2: 10.74.210.211", "ipv4_dns2", b)
        mm("info", f"[{b}]   MTU: 1500", "ipv4_mtu", b)
        state("connecting", "connected")
        sc(8, "all done")
        st["up"] = True
        st["since"] = L.t
        st["conn"] += 1

    def mm_start():
        st["pid"] = g.num(700, 30000)
        other("systemd", "Starting ModemManager.service - Modem Manager...", "systemd_starting", 1)
        mm("info", "ModemManager (version 1.20.6) starting in system bus...", "mm_starting")
        ms_(L, 50, 400)
        other("systemd", "Started ModemManager.service - Modem Manager.", "systemd_started", 1)
        ms_(L, 500, 2500)
        mm("info", "[base-manager] couldn't check support for device '/sys/devices/platform/soc/3f980000.usb/usb1/1-1/1-1.1': not supported by any plugin",
           "not_supported", "base-manager")
        create()
        connect()

    def finished():
        b = f"{modem()}/bearer{st['bearer']}"
        dur = int((L.t - st["since"]).total_seconds())
        mm("info", f"[{b}] connection #{st['conn']} finished: duration {dur}s, tx: {g.num(10 ** 5, 10 ** 9)} bytes, rx: {g.num(10 ** 6, 10 ** 10)} bytes",
           "connection_finished", b)

    def drop():
        if not st["up"]:
            return
        reg("home", "searching")
        state("connected", "searching")
        finished()
        st["up"] = False
        at(L, g.num(5, 300))
        nxt = g.c(["home", "home", "home", "registering"])
        reg("searching", nxt)
        if nxt == "registering":
            at(L, g.num(2, 20))
            reg("registering", "home")
        state("searching", "registered")
        connect(False)

    def wd_ok():
        st["wd"] = st["wd"] or g.num(3000, 30000)
        other("lte-watchdog", f"ping 1.1.1.1 via wwan0 ok (rtt {g.f(28, 140, 1)} ms)", "wd_ok", st["wd"] + g.num(0, 9000))

    def wd_reset():
        pid = g.num(3000, 30000)
        for n in (1, 2, 3):
            other("lte-watchdog", f"ping 1.1.1.1 via wwan0 failed ({n}/3)", "wd_failed", pid)
            at(L, 20)
        other("lte-watchdog", f"resetting modem {st['idx']} (mmcli -m {st['idx']} --reset)", "wd_resetting", pid)
        if st["up"]:
            finished()
        if g.r.random() < 0.3:
            mm("warn", f"[{modem()}] port ttyUSB2 timed out 10 consecutive times, marking modem '{modem()}' as invalid", "port_timed_out", modem())
        ms_(L, 500, 2000)
        st["usbn"] += 1
        L.emit(f"{jts(L.t)} {HOST} kernel: usb 1-1.3: USB disconnect, device number {st['usbn'] - 1}", "k_usb_disconnect", None, "kernel")
        for port in range(4):
            L.emit(f"{jts(L.t)} {HOST} kernel: option1 ttyUSB{port}: GSM modem (1-port) converter now disconnected from ttyUSB{port}", "k_option_disconnected",
                   None, "kernel")
        L.emit(f"{jts(L.t)} {HOST} kernel: qmi_wwan 1-1.3:1.4 wwan0: unregister 'qmi_wwan' usb-3f980000.usb-1.3, WWAN/QMI device", "k_qmi_unregister", None, "kernel")
        for port in ("ttyUSB0", "ttyUSB1", "ttyUSB2", "ttyUSB3", "cdc-wdm0", "wwan0"):
            mm("info", f"[base-manager] port {port} released by device '{DEV}'", "port_released", "base-manager")
        st["up"] = False
        at(L, g.num(8, 25))
        L.emit(f"{jts(L.t)} {HOST} kernel: usb 1-1.3: new high-speed USB device number {st['usbn']} using dwc_otg", "k_usb_new", None, "kernel")
        L.emit(f"{jts(L.t)} {HOST} kernel: usb 1-1.3: New USB device found, idVendor=2c7c, idProduct=0125, bcdDevice= 3.18", "k_usb_found", None, "kernel")
        L.emit(f"{jts(L.t)} {HOST} kernel: usb 1-1.3: New USB device strings: Mfr=1, Product=2, SerialNumber=0", "k_usb_strings", None, "kernel")
        L.emit(f"{jts(L.t)} {HOST} kernel: usb 1-1.3: Product: Android", "k_usb_product", None, "kernel")
        L.emit(f"{jts(L.t)} {HOST} kernel: usb 1-1.3: Manufacturer: Android", "k_usb_manufacturer", None, "kernel")
        for port in range(4):
            L.emit(f"{jts(L.t)} {HOST} kernel: option 1-1.3:1.{port}: GSM modem (1-port) converter detected", "k_option_detected", None, "kernel")
            L.emit(f"{jts(L.t)} {HOST} kernel: usb 1-1.3: GSM modem (1-port) converter now attached to ttyUSB{port}", "k_option_attached", None, "kernel")
        L.emit(f"{jts(L.t)} {HOST} kernel: qmi_wwan 1-1.3:1.4 wwan0: register 'qmi_wwan' at usb-3f980000.usb-1.3, WWAN/QMI device, {g.mac()}",
               "k_qmi_register", None, "kernel")
        st["idx"] += 1
        st["bearer"] = 0
        at(L, g.num(3, 8))
        create()
        connect()

    def service_restart():
        if st["up"]:
            finished()
        other("systemd", "Stopping ModemManager.service - Modem Manager...", "systemd_stopping", 1)
        mm("info", "caught signal, shutting down...", "mm_caught_signal")
        ms_(L, 100, 900)
        other("systemd", "ModemManager.service: Deactivated successfully.", "systemd_deactivated", 1)
        other("systemd", "Stopped ModemManager.service - Modem Manager.", "systemd_stopped", 1)
        st["idx"] += 1
        st["bearer"] = 0
        st["up"] = False
        mm_start()

    mm_start()
    fill(L, [(60, wd_ok), (7, drop), (2.5, wd_reset), (0.8, service_restart)], N_LINES, 300)
    del L.rows[N_LINES:]
    return L


# 3 ---------------------------------------------------------------- NaviServer 4.99.30 serving a research institute's intranet (timesheets, room booking, an HR lookup, written in Tcl
#   pages and procs on PostgreSQL through nsdbpg), /usr/local/ns/logs/error.log ("[01/Dec/2026:10:00:00.123456][1234.7f3c8e7fc700][-conn:intranet:
#   default:2:345-] Notice: message": the time with microseconds, pid.thread and the thread's name): start-up and shutdown, the application's own
#   ns_log lines for API requests and logins, connection threads recycling, idle database handles, oversized requests, Tcl errors in pages with
#   their errorInfo (header-less lines), PostgreSQL errors whose message runs over several lines
@checked
def log_naviserver(seed):
    L = Log("naviserver_error_log", seed, "full", True, False)
    g = L.g
    USERS = ["mkoch", "sbauer", "lwagner", "jschmidt", "aweber", "tneumann", "hfischer", "kmeyer", "admin"]
    st = {"pid": g.num(2000, 9000), "thr": {}, "conn": {}}

    def thr(name):
        key = name.rsplit(":", 1)[0] if name.startswith("-conn:") else name
        if key not in st["thr"]:
            st["thr"][key] = "7f" + g.hx(8) + "0"
        return st["thr"][key]

    def w(name, lv, msg, ev):
        ms_(L, 0, 30)
        L.t += dt.timedelta(microseconds=g.num(0, 999))
        L.emit(f"[{L.t:%d/%b/%Y:%H:%M:%S}.{us6(L.t)}][{st['pid']}.{thr(name)}][{name}] {lv}: {msg}", ev, lv)

    def bare(text, ev, lv):
        L.emit(text, ev, lv)

    def conn():
        i = g.num(0, 7)
        st["conn"][i] = st["conn"].get(i, 0) + 1
        return f"-conn:intranet:default:{i}:{st['conn'][i]}-"

    def start():
        st["pid"] = g.num(2000, 60000)
        st["thr"] = {}
        st["conn"] = {}
        m = "-main:nsd-"
        w(m, "Notice", "nsmain: NaviServer/4.99.30 (tar-4.99.30) starting", "nsmain_starting")
        w(m, "Notice", "nsmain: security info: uid=997, euid=997, gid=997, egid=997", "nsmain_security")
        w(m, "Notice", "nsmain: max files: FD_SETSIZE = 1024, rl_cur = 1024, rl_max = 1048576", "nsmain_maxfiles")
        for mod in ("nssock", "nslog", "nsdb", "nsproxy"):
            w(m, "Notice", f"modload: loading module {mod} from file /usr/local/ns/bin/{mod}.so", "modload")
        w(m, "Notice", "dbdrv: loading 'postgres' driver from file '/usr/local/ns/bin/nsdbpg.so'", "dbdrv_loading")
        w(m, "Notice", "nslog: opened '/usr/local/ns/logs/access.log'", "nslog_opened")
        for f in ("init.tcl", "db-procs.tcl", "auth-procs.tcl", "timesheet-procs.tcl", "rooms-procs.tcl", "hr-procs.tcl", "api-procs.tcl"):
            w(m, "Notice", f"tcl: sourcing '/var/www/intranet/tcl/{f}'", "tcl_sourcing")
        w(m, "Notice", f"intranet: version 3.8.2 ready, {g.num(180, 240)} procs loaded", "app_ready")
        w("-driver:nssock:0-", "Notice", "nssock: listening on [0.0.0.0]:8080", "nssock_listening")
        w(m, "Notice", "nsmain: NaviServer/4.99.30 (tar-4.99.30) running", "nsmain_running")

    def stop():
        m = "-main:nsd-"
        w(m, "Notice", "nsmain: NaviServer/4.99.30 (tar-4.99.30) stopping", "nsmain_stopping")
        w(m, "Notice", "serv: stopping server: intranet", "serv_stopping")
        ms_(L, 200, 3000)
        w(m, "Notice", "serv: connection threads stopped", "serv_conn_stopped")
        w("-driver:nssock:0-", "Notice", "driver: shutdown complete", "driver_shutdown")
        w("-sched-", "Notice", "sched: shutdown complete", "sched_shutdown")
        w(m, "Notice", "nsmain: NaviServer/4.99.30 (tar-4.99.30) exiting", "nsmain_exiting")
        at(L, g.r.uniform(2, 15))
        start()

    def api():
        u = g.c(USERS)
        meth, path = g.c([("GET", f"/api/timesheet/week?week=2026-{g.num(40, 49)}"), ("GET", f"/api/rooms/{g.c(['A1.12', 'B0.04', 'C2.21', 'seminar-3'])}/bookings"),
                          ("POST", "/api/timesheet/entry"), ("GET", f"/api/hr/person/{g.num(1000, 1999)}"), ("DELETE", f"/api/rooms/booking/{g.num(10000, 99999)}"),
                          ("GET", "/api/projects?active=1")])
        status = g.c([200] * 12 + [201, 204, 403, 404])
        w(conn(), "Notice", f"api: {meth} {path} user={u} status={status} {g.f(1.5, 420, 1)}ms", "app_api")

    def login():
        u = g.c(USERS + ["root", "test"])
        ip = g.ip()
        if g.r.random() < 0.85 and u not in ("root", "test"):
            w(conn(), "Notice", f"auth: login ok user={u} from {ip} (ldap)", "app_login_ok")
        else:
            w(conn(), "Warning", f"auth: login failed user={u} from {ip} ({g.c(['invalid credentials', 'invalid credentials', 'account locked', 'no such user'])})",
              "app_login_failed")

    def recycle():
        name = conn()
        w(name, "Notice", "exiting: exceeded max connections per thread", "conn_exiting")
        i = int(name.split(":")[3])
        st["thr"].pop(name.rsplit(":", 1)[0], None)
        st["conn"][i] = 0

    def dbidle():
        w("-sched-", "Notice", f"dbinit: closing {g.c(['idle', 'idle', 'stale', 'old'])} handle in pool '{g.c(['main', 'main', 'hr'])}'", "dbinit_closing")

    def badreq():
        r, e = g.c([("SOCK_ENTITYTOOLARGE", "entity too large"), ("SOCK_BADREQUEST", "malformed request"), ("SOCK_BADHEADER", "line too long")])
        w("-driver:nssock:0-", "Warning", f"sockread returned unexpected result {r} (err {e}); close socket", "sockread_unexpected")

    def excessive():
        w("-sched-", "Warning", f"sched: excessive time taken by proc {g.num(1, 12)} ({g.num(3, 90)} seconds)", "sched_excessive")

    def export():
        w("-sched-", "Notice", f"nightly-export: wrote {g.num(200, 9000)} rows to /var/exports/timesheets-{L.t:%Y-%m-%d}.csv", "app_export")

    def tcl_error():
        page, proc = g.c([("/var/www/intranet/pages/timesheet/week.tcl", "timesheet::week_rows"), ("/var/www/intranet/pages/rooms/book.tcl", "rooms::check_slot"),
                          ("/var/www/intranet/pages/hr/person.tcl", "hr::person_card"), ("/var/www/intranet/pages/timesheet/export.tcl", "timesheet::csv_line")])
        x = g.r.random()
        if x < 0.35:
            var = g.c(["hours", "room_id", "person_id", "project"])
            head, ev, code = f"can't read \"{var}\": no such variable", "tcl_no_such_variable", f"format %.2f ${var}"
        elif x < 0.6:
            var = g.c(["row(hours)", "p(email)", "slot(end)"])
            head, ev, code = f"can't read \"{var}\": no such element in array", "tcl_no_such_element", f"ns_quotehtml ${var}"
        elif x < 0.8:
            v = g.c(["2026-48", "abc", "", "12a"])
            head, ev, code = f"expected integer but got \"{v}\"", "tcl_expected_integer", "expr {$week * 7}"
        else:
            cmd = g.c(["ns_db_0or1row", "util_memoize_flush", "hr::lookup_cached"])
            head, ev, code = f"invalid command name \"{cmd}\"", "tcl_invalid_command", f"{cmd} $db $sql"
        w(conn(), "Error", head, ev)
        bare("    while executing", "tcl_while_executing", "Error")
        bare(f"\"{code}\"", "tcl_code", "Error")
        if g.r.random() < 0.6:
            bare(f"    (\"foreach\" body line {g.num(2, 9)})", "tcl_foreach_body", "Error")
            bare("    invoked from within", "tcl_invoked_from", "Error")
            bare("\"foreach row $rows {", "tcl_code", "Error")
        bare(f"    (procedure \"{proc}\" line {g.num(4, 60)})", "tcl_procedure_line", "Error")
        bare("    invoked from within", "tcl_invoked_from", "Error")
        bare(f"\"{proc} $args\"", "tcl_code", "Error")
        bare(f"    (file \"{page}\" line {g.num(5, 120)})", "tcl_file_line", "Error")
        bare("    invoked from within", "tcl_invoked_from", "Error")
        bare(f"\"source {page}\"", "tcl_code", "Error")

    def db_error():
        x = g.r.random()
        if x < 0.5:
            pid = g.num(1000, 1999)
            w(conn(), "Error", "dbinit: error(localhost::intranet,ERROR:  duplicate key value violates unique constraint \"timesheet_entry_person_day_key\"", "dbinit_error")
            bare(f"DETAIL:  Key (person_id, day)=({pid}, 2026-12-{g.num(1, 5):02d}) already exists.", "pg_detail", "Error")
            bare(f"): 'insert into timesheet_entry (person_id, day, project_id, hours) values ({pid}, '2026-12-0{g.num(1, 5)}', {g.num(10, 99)}, {g.c(['7.5', '8', '4'])})'",
                 "dbinit_error_sql", "Error")
        elif x < 0.75:
            w(conn(), "Error", "dbinit: error(localhost::intranet,ERROR:  deadlock detected", "dbinit_error")
            a, b = g.num(20000, 90000), g.num(20000, 90000)
            bare(f"DETAIL:  Process {a} waits for ShareLock on transaction {g.num(10 ** 6, 10 ** 7)}; blocked by process {b}.", "pg_detail", "Error")
            bare(f"Process {b} waits for ShareLock on transaction {g.num(10 ** 6, 10 ** 7)}; blocked by process {a}.", "pg_detail_cont", "Error")
            bare("HINT:  See server log for query details.", "pg_hint", "Error")
            bare(f"CONTEXT:  while updating tuple (0,{g.num(1, 90)}) in relation \"room_booking\"", "pg_context", "Error")
            bare(f"): 'update room_booking set status = 'cancelled' where booking_id = {g.num(10000, 99999)}'", "dbinit_error_sql", "Error")
        else:
            w(conn(), "Error", "dbinit: error(localhost::hr,ERROR:  canceling statement due to statement timeout", "dbinit_error")
            bare(f"): 'select p.*, o.name as org from hr_person p join hr_org o using (org_id) where lower(p.last_name) like '{g.c(['m', 'sch', 'we', 'k'])}%''",
                 "dbinit_error_sql", "Error")

    start()
    fill(L, [(50, api), (10, login), (8, recycle), (5, dbidle), (2, badreq), (1.2, excessive), (0.8, export), (3, tcl_error), (1.5, db_error),
             (0.15, stop)], N_LINES, 45)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[0].startswith("[") and r[0][3:4] == "/")
    return L


# 4 ---------------------------------------------------------------- Netgear M4300 and M4250 managed switches (FASTPATH firmware) of a school campus sending syslog to the caretaker's
#   rsyslog, which writes the raw message (template "%rawmsg%"): "<189> Dec  1 10:00:00 10.20.0.11-1 TRAPMGR[212573648]: traputil.c(721) 3456 %% Link
#   Up: 1/0/5" (the PRI, the switch's address and stack unit, the component and its task id, the source file and line, a sequence number); links
#   going up and down with classroom PCs, spanning tree, PoE cameras and access points, logins on the web and CLI, SNTP, DHCP snooping, LAGs and
#   the odd reboot whose first lines carry the clock's "Jan  1 00:00" before SNTP sets it
@checked
def log_netgear(seed):
    L = Log("netgear_fastpath_syslog", seed, "noyear", True, True)
    g = L.g
    SW = {"10.20.0.11": "M4300", "10.20.0.12": "M4250", "10.20.0.13": "M4250", "10.20.0.14": "M4250", "10.20.0.15": "M4250"}
    st = {"seq": {ip: g.num(100, 9000) for ip in SW}, "tid": {}}
    LV = {189: "189|notice", 190: "190|info", 188: "188|warning", 187: "187|error", 14: "14|info", 6: "6|info", 134: "134|info"}

    def sntp_msg(t):
        return f"SNTP: system clock synchronized on {f'{t:%a %b %d %H:%M:%S}'.upper()} {t:%Y} UTC."

    def tid(ip, comp):
        if (ip, comp) not in st["tid"]:
            st["tid"][(ip, comp)] = g.num(200000000, 280000000)
        return st["tid"][(ip, comp)]

    def w(ip, pri, comp, src, msg, ev, t=None, host=None):
        st["seq"][ip] += 1
        stamp = syslog_ts(t or L.t)
        L.emit(f"<{pri}> {stamp} {host or ip}-1 {comp}[{tid(ip, comp)}]: {src} {st['seq'][ip]} %% {msg}", ev, LV[pri], comp, t or L.t)

    def port(ip):
        return f"1/0/{g.num(1, 48 if SW[ip] == 'M4300' else 24)}"

    def link():
        ip = g.c(list(SW))
        p = port(ip)
        w(ip, 189, "TRAPMGR", "traputil.c(721)", f"Link Down: {p}", "link_down")
        if g.r.random() < 0.85:
            at(L, g.r.uniform(2, 400))
            w(ip, 189, "TRAPMGR", "traputil.c(721)", f"Link Up: {p}", "link_up")
            ms_(L, 20, 200)
            if g.r.random() < 0.7:
                w(ip, 190, "TRAPMGR", "traputil.c(721)", f"{p} is transitioned from the Learning state to the Forwarding state in instance 0", "stp_forwarding")

    def topo():
        ip = g.c(list(SW))
        w(ip, 190, "TRAPMGR", "traputil.c(721)", "Spanning Tree Topology Change: 0, Unit: 1", "stp_topology_change")
        if g.r.random() < 0.1:
            w(ip, 190, "TRAPMGR", "traputil.c(721)", f"Instance 0 has elected a new STP root: 8000:{g.c(['28:80:88:1a:2b:3c', '38:94:ed:44:10:02'])}", "stp_new_root")

    def poe():
        ip = g.c([i for i in SW if SW[i] == "M4250"])
        p = port(ip)
        if g.r.random() < 0.6:
            w(ip, 189, "POE", "poe_api.c(1421)", f"Port {p} PoE power delivery stopped, {g.c(['PD disconnected', 'PD disconnected', 'overload detected'])}", "poe_stopped")
            at(L, g.r.uniform(3, 60))
            w(ip, 189, "POE", "poe_api.c(1388)", f"Port {p} PoE power delivery started, class {g.c([0, 2, 3, 4])}, {g.f(2, 25.5, 1)} W", "poe_started")
        else:
            w(ip, 188, "POE", "poe_main.c(842)", f"PoE power budget threshold exceeded: {g.f(180, 240, 1)} W of 240.0 W in use", "poe_budget")

    def web():
        ip = g.c(list(SW))
        u = g.c(["admin", "admin", "netops", "caretaker"])
        src = g.c(["10.20.9.5", "10.20.9.6", "10.20.9.44"])
        n = g.num(1, 30)
        if g.r.random() < 0.15:
            w(ip, 188, "TRAPMGR", "traputil.c(721)", f"Failed User Login: Unit: 1 User ID: {g.c(['admin', 'root', 'cisco', u])}", "failed_login")
            return
        if g.r.random() < 0.6:
            w(ip, 190, "HTTP", "http_session.c(399)", f"HTTP Session {n} started for user {u} connected from {src}", "http_session_started")
            at(L, g.r.uniform(30, 1800))
            w(ip, 190, "HTTP", "http_session.c(487)", f"HTTP Session {n} ended for user {u} connected from {src}", "http_session_ended")
        else:
            w(ip, 190, "CLI_WEB_MGR", "clicommands_card.c(5934)", f"User {u} logged in to enable mode.", "cli_enable")
            at(L, g.r.uniform(30, 900))
            if g.r.random() < 0.5:
                w(ip, 189, "TRAPMGR", "traputil.c(721)", "Entity Database: Configuration Changed", "entity_config_changed")
            w(ip, 190, "CLI_WEB_MGR", "cli_login.c(283)", f"User {u} logged out.", "cli_logout")

    def sntp():
        ip = g.c(list(SW))
        w(ip, 190, "SNTP", "sntp_client.c(1257)", sntp_msg(L.t), "sntp_synced")

    def dhcp():
        ip = g.c(list(SW))
        w(ip, 188, "DHCP_SNOOP", "ds_util.c(1012)", f"DHCP snooping: dropped a DHCPOFFER from {g.mac()} on untrusted interface {port(ip)} vlan {g.c([20, 30, 40])}",
          "dhcp_snoop_drop")

    def lag():
        ip = g.c(list(SW))
        p = f"1/0/{g.c([47, 48, 23, 24])}"
        w(ip, 189, "DOT3AD", "dot3ad_lacp.c(1830)", f"Port {p} removed from LAG 3/1", "lag_removed")
        at(L, g.r.uniform(2, 30))
        w(ip, 189, "DOT3AD", "dot3ad_lacp.c(1792)", f"Port {p} added to LAG 3/1", "lag_added")

    def reboot():
        ip = g.c(list(SW))
        w(ip, 190, "CLI_WEB_MGR", "clicommands_card.c(1234)", "System reload requested by user admin.", "reload_requested")
        at(L, g.num(60, 150))
        st["seq"][ip] = 0
        for k in [k for k in st["tid"] if k[0] == ip]:
            del st["tid"][k]
        b = L.t.replace(month=1, day=1, hour=0, minute=0, second=g.num(10, 14))
        w(ip, 14, "UNKN", "bootos.c(221)", "Event(0xaaaaaaaa)", "boot_event", b, "0.0.0.0")
        b += dt.timedelta(seconds=g.num(1, 3))
        w(ip, 6, "General", "bootos.c(177)", "Event(0xaaaaaaaa)", "boot_event", b, "0.0.0.0")
        b += dt.timedelta(seconds=g.num(20, 40))
        w(ip, 189, "TRAPMGR", "traputil.c(721)", "Cold Start: Unit: 1", "cold_start", b)
        for _ in range(g.num(4, 9)):
            b += dt.timedelta(milliseconds=g.num(50, 900))
            w(ip, 189, "TRAPMGR", "traputil.c(721)", f"Link Up: {port(ip)}", "link_up", b)
        b += dt.timedelta(seconds=g.num(1, 5))
        w(ip, 189, "TRAPMGR", "traputil.c(721)", "Link Up: 1/0/48" if SW[ip] == "M4300" else "Link Up: 1/0/24", "link_up", b)
        at(L, 2)
        w(ip, 190, "SNTP", "sntp_client.c(1257)", sntp_msg(L.t), "sntp_synced")

    fill(L, [(50, link), (10, topo), (8, poe), (6, web), (3, sntp), (4, dhcp), (1, lag), (0.4, reboot)], N_LINES, 120)
    del L.rows[N_LINES:]
    return L


# 5 ---------------------------------------------------------------- Nmap 7.94SVN run from cron on a small engineering firm's admin box every night (`nmap -sV -sC -O -T4` over the
#   server, office and device subnets, the output of each run appended to /var/log/nmap-inventory.log): "Starting Nmap ... at 2026-12-01 02:00 UTC",
#   then for each host "Nmap scan report for ...", the port table with service versions and NSE script output ("| ssh-hostkey: ", "|_http-title:
#   ..."), the MAC address, the OS detection lines, "Host script results:", a service fingerprint now and then, and "Nmap done: ..."
@checked
def log_nmap(seed):
    L = Log("nmap_scan_output", seed, "full", False, False)
    g = L.g
    OSL = [("Device type: general purpose", "Running: Linux 4.X|5.X", "OS CPE: cpe:/o:linux:linux_kernel:4 cpe:/o:linux:linux_kernel:5",
            "OS details: Linux 4.15 - 5.8")]
    st = {}

    def w(text, ev):
        L.emit(text, ev, None, None, st["t"])

    def table(rows):
        rows = [(p, s, sv, v) for p, s, sv, v, _ in rows]
        wp = max(len("PORT"), *(len(r[0]) for r in rows))
        ws = max(len("STATE"), *(len(r[1]) for r in rows))
        wsv = max(len("SERVICE"), *(len(r[2]) for r in rows))
        w(f"{'PORT'.ljust(wp)} {'STATE'.ljust(ws)} {'SERVICE'.ljust(wsv)} VERSION", "port_header")
        return wp, ws, wsv

    def hostkeys():
        w("| ssh-hostkey: ", "script_ssh_hostkey_head")
        keys = [(3072, "RSA"), (256, "ECDSA"), (256, "ED25519")] if g.r.random() < 0.7 else [(256, "ECDSA"), (256, "ED25519")]
        for i, (bits, kind) in enumerate(keys):
            fp = ":".join(g.hx(2) for _ in range(16))
            w(f"|{'_ ' if i == len(keys) - 1 else '  '} {bits} {fp} ({kind})", "script_ssh_hostkey_key")

    def sslcert(cn):
        w(f"| ssl-cert: Subject: commonName={cn}", "script_sslcert_subject")
        if "." in cn:
            w(f"| Subject Alternative Name: DNS:{cn}", "script_sslcert_san")
        d0 = st["t"] - dt.timedelta(days=g.num(5, 80))
        w(f"| Not valid before: {d0:%Y-%m-%dT%H:%M:%S}", "script_sslcert_before")
        w(f"|_Not valid after:  {d0 + dt.timedelta(days=g.c([90, 365, 3650])):%Y-%m-%dT%H:%M:%S}", "script_sslcert_after")
        if g.r.random() < 0.6:
            w("|_ssl-date: TLS randomness does not represent time", "script_ssl_date")

    def smb_scripts(name, mac):
        w("", "empty")
        w("Host script results:", "host_script_results")
        w("| smb2-time: ", "script_smb2_time_head")
        w(f"|   date: {st['t'] + dt.timedelta(seconds=g.num(60, 300)):%Y-%m-%dT%H:%M:%S}", "script_smb2_time_date")
        w("|_  start_date: N/A", "script_smb2_time_start")
        w("| smb2-security-mode: ", "script_smb2_secmode_head")
        w("|   3:1:1: ", "script_smb2_secmode_dialect")
        w(f"|_    Message signing enabled {g.c(['but not required', 'and required'])}", "script_smb2_signing")
        if g.r.random() < 0.7:
            w(f"|_nbstat: NetBIOS name: {name.upper()}, NetBIOS user: <unknown>, NetBIOS MAC: {mac if g.r.random() < 0.5 else '<unknown>'} "
              f"({g.c(['unknown', 'Dell', 'Intel Corporate'])})", "script_nbstat")
        if g.r.random() < 0.4:
            w(f"|_clock-skew: {g.c(['-1s', '0s', '1s', '-2s'])}", "script_clock_skew")

    def rpcinfo():
        w("| rpcinfo: ", "script_rpcinfo_head")
        w("|   program version    port/proto  service", "script_rpcinfo_header")
        rows = [("100000", "2,3,4", "111/tcp", "rpcbind"), ("100000", "2,3,4", "111/udp", "rpcbind"), ("100000", "3,4", "111/tcp6", "rpcbind"),
                ("100000", "3,4", "111/udp6", "rpcbind")]
        for i, (p, v, pp, s) in enumerate(rows):
            w(f"|{'_ ' if i == len(rows) - 1 else '  '} {p}  {v.ljust(13)}{pp.ljust(12)}{s}", "script_rpcinfo_row")

    def fingerprint(port):
        w("1 service unrecognized despite returning data. If you know the service/version, please submit the following fingerprint at "
          "https://nmap.org/cgi-bin/submit.cgi?new-service :", "sf_intro")
        w(f"SF-Port{port}-TCP:V=7.94SVN%I=7%D={st['t'].month}/{st['t'].day}%Time={int(epoch(st['t'])) + g.num(30, 300):X}%P=x86_64-pc-linux-gnu%r(NU", "sf_head")
        for _ in range(g.num(3, 9)):
            w("SF:" + "".join(g.c(["x", "\\x", "0", "1", "2", "f", "a", "r", "(", ",", "%", "H", "T", "P", "/", "\\n", "\\r", "d"]) for _ in range(g.num(60, 75))), "sf_line")

    def os_lines(kind):
        if kind == "linux":
            for i, text in enumerate(OSL[0]):
                w(text, ["os_device_type", "os_running", "os_cpe", "os_details"][i])
        elif kind == "freebsd":
            w("Device type: general purpose", "os_device_type")
            w("Running: FreeBSD 13.X|14.X", "os_running")
            w("OS CPE: cpe:/o:freebsd:freebsd:13 cpe:/o:freebsd:freebsd:14", "os_cpe")
            w("OS details: FreeBSD 13.1-RELEASE - 14.0-RELEASE", "os_details")
        elif kind == "printer":
            w("Device type: printer", "os_device_type")
            w("Running: HP embedded", "os_running")
            w("OS CPE: cpe:/h:hp:laserjet_m402dn", "os_cpe")
            w("OS details: HP LaserJet M402dn printer", "os_details")
        elif kind == "windows":
            if g.r.random() < 0.5:
                w("Device type: general purpose", "os_device_type")
                w("Running: Microsoft Windows 10|11", "os_running")
                w("OS CPE: cpe:/o:microsoft:windows_10 cpe:/o:microsoft:windows_11", "os_cpe")
                w("OS details: Microsoft Windows 10 1709 - 21H2, Microsoft Windows 11 21H2", "os_details")
            else:
                w("Too many fingerprints match this host to give specific OS details", "os_too_many")
        elif kind == "camera":
            w(f"Aggressive OS guesses: Linux 3.2 - 4.9 ({g.num(90, 96)}%), Linux 2.6.32 - 3.10 ({g.num(88, 93)}%), Linux 3.10 ({g.num(85, 92)}%), "
              f"Linux 4.15 - 5.8 ({g.num(85, 90)}%)", "os_aggressive")
            w("No exact OS matches for host (test conditions non-ideal).", "os_no_exact")
        w("Network Distance: 1 hop", "network_distance")

    def host(h):
        name, ip, mac, vendor, ports, oskind, svcinfo, scripts = h
        mac = macs.setdefault(ip, mac)
        w(f"Nmap scan report for {name + ' (' + ip + ')' if name else ip}", "scan_report")
        w(f"Host is up ({g.r.uniform(0.00012, 0.0045):.5f}s latency).", "host_up")
        if not ports:
            w(f"All 1000 scanned ports on {name + ' (' + ip + ')' if name else ip} are in ignored states.", "all_ignored")
            w(f"Not shown: 1000 {g.c(['closed tcp ports (reset)', 'filtered tcp ports (no-response)'])}", "not_shown")
        else:
            w(f"Not shown: {1000 - len(ports)} {'closed tcp ports (reset)' if oskind != 'windows' else 'filtered tcp ports (no-response)'}", "not_shown")
            wp, ws, wsv = table(ports)
            for p, s, sv, v, extra in ports:
                w(f"{p.ljust(wp)} {s.ljust(ws)} {sv.ljust(wsv)} {v}".rstrip(), "port_row")
                if extra == "ssh":
                    hostkeys()
                elif extra and extra.startswith("title:"):
                    w(f"|_http-title: {extra[6:]}", "script_http_title")
                    if g.r.random() < 0.6 and "nginx" in v:
                        w("|_http-server-header: nginx", "script_http_server_header")
                elif extra and extra.startswith("cert:"):
                    sslcert(extra[5:])
                elif extra == "rpc":
                    rpcinfo()
                elif extra == "sf":
                    pass
            if any(e == "sf" for *_, e in ports):
                fingerprint(next(pt[0] for pt in ports if pt[4] == "sf").split("/")[0])
        w(f"MAC Address: {mac} ({vendor})", "mac_address")
        if oskind in ("windows",) and not ports:
            w("Warning: OSScan results may be unreliable because we could not find at least 1 open and 1 closed port", "osscan_warning")
        os_lines(oskind)
        if svcinfo:
            w(f"Service Info: {svcinfo}", "service_info")
        if scripts:
            smb_scripts((name or ip).split(".")[0], mac)
        w("", "empty")

    macs = {}

    def m(prefix):
        return (prefix + ":" + ":".join(g.HX(2) for _ in range(3)))

    def servers():
        lin = "OS: Linux; CPE: cpe:/o:linux:linux_kernel"
        ssh_deb = ("22/tcp", "open", "ssh", "OpenSSH 9.2p1 Debian 2+deb12u3 (protocol 2.0)", "ssh")
        return [
            ("fw-01.corp.lan", "10.20.0.1", m("00:0D:B9"), "PC Engines GmbH",
             [("22/tcp", "open", "ssh", "OpenSSH 9.7 (protocol 2.0)", "ssh"), ("53/tcp", "open", "domain", "Unbound", None),
              ("443/tcp", "open", "ssl/http", "lighttpd", "cert:OPNsense.corp.lan")], "freebsd", "OS: FreeBSD; CPE: cpe:/o:freebsd:freebsd", False),
            ("files01.corp.lan", "10.20.0.5", m("BC:24:11"), "Proxmox Server Solutions GmbH",
             [ssh_deb, ("139/tcp", "open", "netbios-ssn", "Samba smbd 4.6.2", None), ("445/tcp", "open", "netbios-ssn", "Samba smbd 4.6.2", None)], "linux", lin, True),
            ("pve01.corp.lan", "10.20.0.10", m("3C:EC:EF"), "Super Micro Computer",
             [ssh_deb, ("111/tcp", "open", "rpcbind", "2-4 (RPC #100000)", "rpc"), ("3128/tcp", "open", "http", "Proxmox Virtual Environment REST API 3.0", None),
              ("8006/tcp", "open", "ssl/http", "Proxmox Virtual Environment REST API 3.0", "cert:pve01.corp.lan")], "linux", lin, False),
            ("db01.corp.lan", "10.20.0.20", m("BC:24:11"), "Proxmox Server Solutions GmbH",
             [ssh_deb, ("5432/tcp", "open", "postgresql", "PostgreSQL DB 9.6.0 or later", None)], "linux", lin, False),
            ("nas01.corp.lan", "10.20.0.30", m("00:11:32"), "Synology Incorporated",
             [("22/tcp", "open", "ssh", "OpenSSH 8.2 (protocol 2.0)", "ssh"), ("139/tcp", "open", "netbios-ssn", "Samba smbd 4.6.2", None),
              ("445/tcp", "open", "netbios-ssn", "Samba smbd 4.6.2", None), ("5000/tcp", "open", "http", "nginx", "title:Synology DiskStation - NAS01"),
              ("5001/tcp", "open", "ssl/http", "nginx", "cert:synology")], "linux", lin, True),
            ("idrac-pve01.corp.lan", "10.20.0.40", m("D0:94:66"), "Dell",
             [("22/tcp", "open", "ssh", "OpenSSH 7.9 (protocol 2.0)", "ssh"), ("80/tcp", "open", "http", "", None),
              ("443/tcp", "open", "ssl/https", "", "cert:idrac-7Q2XK83"), ("5900/tcp", "open", "vnc", "VNC (protocol 3.8)", None)], "linux", None, False),
            (None, "10.20.0.77", m("BC:24:11"), "Proxmox Server Solutions GmbH",
             [("22/tcp", "open", "ssh", "OpenSSH 8.9p1 Ubuntu 3ubuntu0.10 (Ubuntu Linux; protocol 2.0)", "ssh"),
              ("8080/tcp", "open", "http", "Jetty 10.0.20", "title:Dashboard [Jenkins]")], "linux", lin, False),
        ]

    def office():
        hosts = []
        for n in g.r.sample(range(20, 80), g.num(9, 16)):
            mac = m(g.c(["F4:39:09", "B0:22:7A", "98:FA:9B", "3C:A9:F4"]))
            vend = g.c(["Hewlett Packard", "Dell", "Intel Corporate", "LCFC(HeFei) Electronics Technology"])
            name = f"DESKTOP-{g.alnum(7, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}.corp.lan" if g.r.random() < 0.8 else None
            if g.r.random() < 0.45:
                hosts.append((name, f"10.20.10.{n}", mac, vend, [], "windows", None, False))
            else:
                hosts.append((name, f"10.20.10.{n}", mac, vend,
                              [("135/tcp", "open", "msrpc", "Microsoft Windows RPC", None), ("139/tcp", "open", "netbios-ssn", "Microsoft Windows netbios-ssn", None),
                               ("445/tcp", "open", "microsoft-ds?", "", None)], "windows", "OS: Windows; CPE: cpe:/o:microsoft:windows", True))
        return sorted(hosts, key=lambda h: int(h[1].split(".")[-1]))

    def devices():
        hosts = [("prn-og1.corp.lan", "10.20.30.21", m("70:5A:0F"), "Hewlett Packard",
                  [("80/tcp", "open", "http", "HP LaserJet M402dn printer http config (Serial PHBLK12345)", "title:HP LaserJet M402dn"),
                   ("443/tcp", "open", "ssl/http", "HP LaserJet M402dn printer http config (Serial PHBLK12345)", "cert:HP Jetdirect 4C7E21A2"),
                   ("515/tcp", "open", "printer", "", None), ("631/tcp", "open", "ipp", "HP LaserJet M402dn printer ipp", None),
                   ("9100/tcp", "open", "jetdirect?", "", None)], "printer", "Device: printer", False),
                 ("cam-hof.corp.lan", "10.20.30.55", m("BC:AD:28"), "Hangzhou Hikvision Digital Technology",
                  [("80/tcp", "open", "http", "Hikvision IP camera httpd", None), ("554/tcp", "open", "rtsp", "Hikvision 7513 POE IP camera rtspd", None),
                   ("8000/tcp", "open", "http-alt?", "", "sf")], "camera", "Device: webcam", False)]
        if g.r.random() < 0.6:
            hosts.append((None, f"10.20.30.{g.num(100, 200)}", m("A4:CF:12"), "Espressif", [("80/tcp", "open", "http", "ESPHome Web Server", None)], "camera", None,
                          False))
        return hosts

    def run(net, hosts, n_addr):
        L.t = L.t.replace(second=0, microsecond=0)
        st["t"] = L.t
        w(f"Starting Nmap 7.94SVN ( https://nmap.org ) at {L.t:%Y-%m-%d %H:%M} UTC", "starting")
        for h in hosts:
            host(h)
        w("OS and Service detection performed. Please report any incorrect results at https://nmap.org/submit/ .", "os_service_performed")
        secs = g.r.uniform(40, 420)
        w(f"Nmap done: {n_addr} IP addresses ({len(hosts)} host{'s' if len(hosts) != 1 else ''} up) scanned in {secs:.2f} seconds", "nmap_done")
        at(L, secs + g.num(1, 5))

    L.t = L.t.replace(hour=2)
    while len(L.rows) < N_LINES:
        run("10.20.0.0/24", servers(), 256)
        run("10.20.10.0/24", office(), 256)
        run("10.20.30.0/24", devices(), 256)
        L.t = (L.t + dt.timedelta(days=1)).replace(hour=2, minute=0)
    del L.rows[N_LINES:]
    return L


# 6 ---------------------------------------------------------------- OpenVMS 8.4-2L1 (VSI) on a two-node Integrity cluster (ALPHA1, ALPHA2: the names kept from the Alpha era) that still
#   runs a wholesaler's order entry and payroll, SYS$MANAGER:OPERATOR.LOG: records of a "%%%%%%%%%%%  OPCOM   1-DEC-2026 10:00:00.12  %%%%%%%%%%%"
#   banner and message lines, an empty line between them; TCP/IP auxiliary server connections, security audit alarms (login failures and file
#   access with their "Key:  value" lines), tape mount requests of the nightly BACKUP and the operator's replies, mount verification, shadow
#   copies, cluster transitions when a node reboots, a disk-space monitor, the daily new log file and the operator status it writes
@checked
def log_openvms(seed):
    L = Log("openvms_operator_log", seed, "full", False, False)
    g = L.g
    NODES = ["ALPHA1", "ALPHA2"]
    USERS = ["SMITHJ", "MUELLERK", "ORDERS", "PAYROLL", "JONESA", "SYSTEM", "FIELD", "BROWNT"]
    st = {"ver": g.num(1200, 1900), "req": g.num(1, 400)}

    def vdate(t):
        return f"{t.day:>2}-{t:%b}".upper() + f"-{t.year} {t:%H:%M:%S}.{t.microsecond // 10000:02d}"

    def w(text, ev):
        L.emit(text, ev)

    def rec(lines, node=None, frm=None):
        w("", "empty")
        w(f"%%%%%%%%%%%  OPCOM  {vdate(L.t)}  %%%%%%%%%%%", "banner")
        if node and node != "ALPHA1":
            w(f"(from node {node} at {vdate(L.t - dt.timedelta(milliseconds=g.num(10, 90)))})", "from_node")
        if frm:
            w(f"Message from user {frm} on {node or 'ALPHA1'}", "message_from_user")
        for text, ev in lines:
            w(text, ev)

    def newlog():
        st["ver"] += 1
        rec([("Logfile has been initialized by operator _ALPHA1$OPA0:", "logfile_initialized"),
             (f"Logfile is ALPHA1::SYS$SYSROOT:[SYSMGR]OPERATOR.LOG;{st['ver']}", "logfile_is")])
        ms_(L, 10, 40)
        rec([("Operator _ALPHA1$OPA0: has been enabled, username SYSTEM", "operator_enabled")])
        ms_(L, 10, 40)
        rec([(f"Operator status for operator ALPHA1::SYS$SYSROOT:[SYSMGR]OPERATOR.LOG;{st['ver']}", "operator_status"),
             ("CENTRAL, PRINTER, TAPES, DISKS, DEVICES, CARDS, NETWORK, CLUSTER, SECURITY,", "operator_classes"),
             ("LICENSE, OPER1, OPER2, OPER3, OPER4, OPER5, OPER6, OPER7, OPER8, OPER9, OPER10,", "operator_classes"),
             ("OPER11, OPER12", "operator_classes")])

    def closelog():
        rec([("Logfile was closed by operator _ALPHA1$OPA0:", "logfile_closed"),
             (f"Logfile was ALPHA1::SYS$SYSROOT:[SYSMGR]OPERATOR.LOG;{st['ver']}", "logfile_was")])

    def aux():
        node = g.c(NODES + ["ALPHA1"])
        ok = g.r.random() < 0.93
        rec([(f"INTERnet ACP AUXS {'Accept' if ok else 'Reject'} Request from Host: {g.ip()} Port: {g.num(1000, 65000)}", "auxs_accept" if ok else "auxs_reject")],
            node, "INTERnet")

    def audit_login():
        node = g.c(NODES)
        u = g.c(USERS + ["GUEST", "FIELD", "DECNET", "ADMIN"])
        net = g.r.random() < 0.7
        st_ = g.c(["%LOGIN-F-INVPWD, invalid password", "%LOGIN-F-INVPWD, invalid password", "%LOGIN-F-NOSUCHUSER, no such user",
                   "%LOGIN-F-DISUSER, account disabled", "%LOGIN-F-PWDEXPIR, password has expired"])
        lines = [(f"Security alarm (SECURITY) and security audit (SECURITY) on {node}, system id: {20481 if node == 'ALPHA1' else 20482}", "security_alarm"),
                 (f"Auditable event:          {'Network login failure' if net else 'Local interactive login failure'}", "audit_event"),
                 (f"Event time:               {vdate(L.t - dt.timedelta(milliseconds=g.num(5, 60)))}", "audit_event_time"),
                 (f"PID:                      {g.HX(8)}", "audit_pid")]
        if net:
            lines += [(f"Process name:             TCPIP$TN_BG{g.num(100, 9999)}", "audit_process_name"),
                      (f"Username:                 {u}", "audit_username"),
                      (f"Terminal:                 _TNA{g.num(1, 90)}:", "audit_terminal"),
                      (f"Remote node fullname:     {g.ip()}", "audit_remote_node"),
                      (f"Remote username:          TELNET_{g.HX(8)}", "audit_remote_user")]
        else:
            lines += [(f"Username:                 {u}", "audit_username"),
                      (f"Terminal:                 _{node}$OPA0:", "audit_terminal")]
        lines.append((f"Status:                   {st_}", "audit_status"))
        rec(lines, node, "AUDIT$SERVER")

    def audit_file():
        node = g.c(NODES)
        u = g.c(USERS[:5] + ["JONESA", "BROWNT"])
        f = g.c(["_ALPHA1$DKA100:[PAYROLL.DATA]SALARY.DAT;12", "_ALPHA1$DKA100:[PAYROLL.DATA]BANKING.DAT;3", "_$1$DGA101:[ORDERS.CONFIG]PRICES.DAT;88"])
        rec([(f"Security alarm (SECURITY) and security audit (SECURITY) on {node}, system id: {20481 if node == 'ALPHA1' else 20482}", "security_alarm"),
             ("Auditable event:          Object access", "audit_event"),
             (f"Event time:               {vdate(L.t - dt.timedelta(milliseconds=g.num(5, 60)))}", "audit_event_time"),
             (f"PID:                      {g.HX(8)}", "audit_pid"),
             (f"Process name:             {u}", "audit_process_name"),
             (f"Username:                 {u}", "audit_username"),
             (f"Process owner:            [{g.c(['ORDERS', 'STAFF', 'PAYROLL'])},{u}]", "audit_process_owner"),
             (f"Terminal name:            _TNA{g.num(1, 90)}:", "audit_terminal_name"),
             (f"Image name:               {node}$DKA0:[SYS0.SYSCOMMON.][SYSEXE]{g.c(['TYPE', 'COPY', 'EDT', 'DIRECTORY'])}.EXE", "audit_image"),
             ("Object class name:        FILE", "audit_object_class"),
             ("Object owner:             [PAYROLL,*]" if "PAYROLL" in f else "Object owner:             [ORDERS,*]", "audit_object_owner"),
             ("Object protection:        SYSTEM:RWED, OWNER:RWED, GROUP:RE, WORLD:", "audit_object_protection"),
             (f"File name:                {f}", "audit_file_name"),
             (f"File ID:                  ({g.num(100, 99999)},{g.num(1, 40)},0)", "audit_file_id"),
             (f"Access requested:         {g.c(['READ', 'READ', 'WRITE', 'DELETE'])}", "audit_access"),
             ("Status:                   %SYSTEM-F-NOPRIV, insufficient privilege or object protection violation", "audit_status")], node, "AUDIT$SERVER")

    def backup():
        st["req"] += 1
        n = st["req"]
        lab = f"BK{L.t:%m%d}{g.c(['A', 'B'])}"
        rec([(f"Request {n}, from user SYSTEM on ALPHA1", "request_from"),
             (f"Please mount volume {lab} in device _ALPHA1$MKA500:", "please_mount"),
             (f"BACKUP requests: Saveset volume:1, Volume label:{lab}", "backup_requests")])
        at(L, g.r.uniform(30, 900))
        rec([(f"Request {n} was satisfied.", "request_satisfied")])
        ms_(L, 300, 4000)
        rec([(f"Volume \"{lab}\" mounted, on physical device _ALPHA1$MKA500:", "volume_mounted")])
        at(L, g.r.uniform(1200, 7200))
        if g.r.random() < 0.1:
            rec([("Device _ALPHA1$MKA500: is offline.", "device_offline"), ("Mount verification is in progress.", "mountver_in_progress")], None, None)
            at(L, g.r.uniform(2, 40))
            rec([("Mount verification has completed for device _ALPHA1$MKA500:", "mountver_completed")])
        rec([(f"BACKUP_NIGHTLY: completed with status %X{g.c(['00000001', '00000001', '00000001', '10A38410'])}, {g.num(8, 14)} savesets written", "backup_done")],
            "ALPHA1", "SYSTEM")
        ms_(L, 500, 5000)
        rec([(f"Volume \"{lab}\" dismounted, on physical device _ALPHA1$MKA500:", "volume_dismounted")])

    def mountver():
        dev = g.c(["$1$DGA100:", "$1$DGA101:", "$1$DGA102:"])
        node = g.c(NODES)
        rec([(f"Device {dev} (ALPHA1 PGA) is offline.", "device_offline"), ("Mount verification is in progress.", "mountver_in_progress")], node, None)
        at(L, g.r.uniform(0.5, 30))
        rec([(f"Mount verification has completed for device {dev} (ALPHA1 PGA)", "mountver_completed")], node, None)

    def shadow():
        m_ = g.c(["_$1$DGA102:", "_$1$DGA112:"])
        rec([(f"%SHADOW-I-VOLPROC, DSA10: shadow copy started on member {m_}", "shadow_copy_started")], "ALPHA1", "SYSTEM")
        at(L, g.r.uniform(600, 3600))
        rec([(f"%SHADOW-I-VOLPROC, DSA10: shadow copy completed on member {m_}", "shadow_copy_completed")], "ALPHA1", "SYSTEM")

    def diskmon():
        d = g.c([("$1$DGA101:", "USERDISK", 40000000), ("$1$DGA100:", "ORDERDISK", 80000000)])
        rec([(f"DISKMON: {d[0]} ({d[1]}) free blocks below threshold, {g.num(100000, d[2] // 20)} of {d[2]} free", "diskmon")], "ALPHA1", "SYSTEM")

    def cluster():
        rec([("%CNXMAN,  Lost connection to system ALPHA2", "cnx_lost")], "ALPHA1", "SYSTEM")
        at(L, g.r.uniform(20, 90))
        rec([("%CNXMAN,  Removed from VMScluster system ALPHA2", "cnx_removed")], "ALPHA1", "SYSTEM")
        at(L, g.r.uniform(200, 600))
        rec([("%CNXMAN,  Now a VMScluster member -- system ALPHA2", "cnx_now_member")], "ALPHA1", "SYSTEM")
        ms_(L, 1000, 9000)
        rec([("%SECSRV-I-SERVERSTARTINGU, security server starting up", "secsrv_starting")], "ALPHA2", "SYSTEM")
        ms_(L, 300, 3000)
        rec([("%SECSRV-I-CIASTARTINGUP, breakin detection and evasion processing now starting up", "secsrv_cia")], "ALPHA2", "SYSTEM")
        ms_(L, 300, 3000)
        rec([("%AUDSRV-I-NEWSERVERDB, new audit server database opened", "audsrv_newdb")], "ALPHA2", "AUDIT$SERVER")
        ms_(L, 1000, 9000)
        rec([("Operator _ALPHA2$OPA0: has been enabled, username SYSTEM", "operator_enabled")], "ALPHA2")

    def day():
        d0 = L.t
        newlog()
        end = d0.replace(hour=23, minute=59, second=g.num(50, 58))
        ev = [(40, aux), (14, audit_login), (2, audit_file), (2, mountver), (1, diskmon), (0.6, shadow), (0.3, cluster)]
        did_backup = False
        while len(L.rows) < N_LINES and L.t < end - dt.timedelta(hours=1):
            L.tick(600)
            if not did_backup and L.t.hour >= 20:
                backup()
                did_backup = True
                continue
            g.r.choices([f for _, f in ev], [w_ for w_, _ in ev])[0]()
        L.t = max(L.t, end)
        closelog()
        L.t = max(L.t + dt.timedelta(seconds=2), d0 + dt.timedelta(days=1))

    L.t = L.t.replace(hour=0, minute=0, second=1)
    while len(L.rows) < N_LINES:
        day()
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[0].startswith("%%%%%%%%%%%  OPCOM"))
    return L


# 7 ---------------------------------------------------------------- The OneDrive Free Client for Linux (abraunegg/onedrive v2.4.25, written in D) syncing an architect's Microsoft 365
#   business OneDrive on Ubuntu in --monitor mode as a systemd user service with logging to /var/log/onedrive/anna.onedrive.log: each line D's
#   SysTime.toSimpleString() ("2026-Dec-01 10:00:00.1234567", trailing zeros of the fraction dropped) and a tab; the start-up lines, the monitor's
#   syncs every five minutes, downloads and uploads of plans and photos, local changes seen by inotify, skipped lock files, the database check,
#   throttling (HTTP 429) and the API error block, lost and restored connectivity
@checked
def log_onedrive(seed):
    L = Log("onedrive_client_log", seed, "full", False, False)
    g = L.g
    DIRS = ["Projekte/2026-14 Kita Sonnenhof/Pläne", "Projekte/2026-09 MFH Lindenstraße/Fotos", "Projekte/2026-14 Kita Sonnenhof/Korrespondenz",
            "Verwaltung/Rechnungen", "Projekte/2025-31 Umbau Rathaus/Ausschreibung", "Vorlagen"]
    FILES = ["Grundriss_EG_v{n}.dwg", "Schnitt_A-A_v{n}.pdf", "IMG_{n}.jpg", "Protokoll_{d}.docx", "Kostenschätzung_v{n}.xlsx", "Ansicht_Nord_v{n}.pdf",
             "LV_Rohbau_v{n}.x83", "Baustelle_{d}_{n}.jpg"]

    def stamp(t):
        frac = f"{t.microsecond * 10 + g.num(0, 9):07d}".rstrip("0")
        return f"{t.year}-{t:%b}-{t.day:02d} {t:%H:%M:%S}" + (f".{frac}" if frac else "")

    def w(msg, ev):
        ms_(L, 1, 400)
        L.t += dt.timedelta(microseconds=g.num(0, 999))
        L.emit(f"{stamp(L.t)}\t{msg}", ev)

    def path():
        f = g.c(FILES)
        f = f.format(n=g.num(1000, 9999) if "IMG" in f else g.num(1, 40), d=f"{L.t:%Y%m%d}")
        return f"{g.c(DIRS)}/{f}"

    def start():
        w("Reading configuration file: /home/anna/.config/onedrive/config", "reading_config")
        w("Configuration file successfully loaded", "config_loaded")
        w("Using IPv4 and IPv6 (if configured) for all network operations", "ip_protocol")
        w("Checking Application Version ...", "checking_version")
        w("Attempting to initialise the OneDrive API ...", "init_api")
        w("Configuring Global Azure AD Endpoints", "azure_endpoints")
        w("The OneDrive API was initialised successfully", "api_initialised")
        w("Opening the item database ...", "opening_db")
        w("Application version:  onedrive v2.4.25", "app_version")
        w("Account Type:         business", "account_type")
        w("Default Drive ID:     b!" + g.alnum(64, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), "drive_id")
        w("Default Root ID:      01" + g.alnum(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), "root_id")
        w(f"Remaining Free Space: {g.num(900, 1090) * 10 ** 9 + g.num(0, 10 ** 9)}", "free_space")
        w("All operations will be performed in: /home/anna/OneDrive", "operations_in")
        w("Initializing the Synchronization Engine ...", "init_sync_engine")
        w("Initializing monitor ...", "init_monitor")
        w("OneDrive monitor interval (seconds): 300", "monitor_interval")

    def sync():
        w("Syncing changes from OneDrive ...", "syncing_changes")
        n = g.num(0, 40) if g.r.random() < 0.5 else 0
        if n:
            w(f"Processing {n} OneDrive items to ensure consistent local state", "processing_items")
            for _ in range(min(n, g.num(1, 6))):
                x = g.r.random()
                if x < 0.6:
                    w(f"Downloading file {path()} ... done.", "downloading_file")
                elif x < 0.75:
                    w(f"Creating local directory: {g.c(DIRS)}/{g.c(['Entwurf', 'alt', 'Abgabe', 'Fotos'])}", "creating_local_dir")
                elif x < 0.9:
                    w(f"Trying to delete item {path()}", "trying_delete")
                    w(f"Deleting item {path()}", "deleting_item")
                else:
                    p = path()
                    w(f"The local item is out-of-sync with OneDrive, renaming to preserve existing file and prevent local data loss: {p} -> "
                      f"{p.rsplit('.', 1)[0]}-ws-anna-01.{p.rsplit('.', 1)[1]}", "out_of_sync_rename")
        if g.r.random() < 0.08:
            w("Performing a database consistency and integrity check on locally stored data ... ", "db_check")
            w("Processing ~/OneDrive", "processing_root")
            w("Uploading differences of ~/OneDrive", "uploading_differences")
            w("Uploading new items of ~/OneDrive", "uploading_new_items")
        w("Sync with OneDrive is complete", "sync_complete")

    def local():
        x = g.r.random()
        p = path()
        if x < 0.4:
            w(f"[M] Item modified: {p}", "m_item_modified")
            w(f"Uploading modified file {p} ... done.", "uploading_modified")
        elif x < 0.7:
            w(f"[M] Item created: {p}", "m_item_created")
            w(f"Uploading new file {p} ... done.", "uploading_new")
        elif x < 0.82:
            q = path()
            w(f"[M] Item moved: {p} -> {q}", "m_item_moved")
            w(f"Moving {p} to {q}", "moving")
        elif x < 0.92:
            w(f"[M] Item deleted: {p}", "m_item_deleted")
            w(f"Deleting item from OneDrive: {p}", "deleting_from_onedrive")
        else:
            d = g.c(DIRS)
            w(f"[M] Directory created: {d}/{g.c(['Entwurf', 'Abgabe', 'alt', 'Fotos'])}", "m_dir_created")
            w(f"OneDrive Client requested to create this directory online: {d}/{g.c(['Entwurf', 'Abgabe', 'alt', 'Fotos'])}", "create_dir_online")

    def skip():
        p = path()
        w(f"Skipping item - excluded by skip_file config: {p.rsplit('/', 1)[0]}/.~lock.{p.rsplit('/', 1)[1]}#", "skip_file")

    def throttled():
        w("ERROR: OneDrive returned a 'HTTP 429 - Too Many Requests' - gracefully handling error", "http_429")
        w("Handling a OneDrive HTTP 429 Response Code (Too Many Requests)", "handling_429")
        w(f"Retrying request after {g.c([60, 120, 300])} seconds", "retrying_after")

    def api_error():
        code, text, ec = g.c([(503, "Service Unavailable", "serviceNotAvailable"), (504, "Gateway Timeout", "UnknownError"),
                              (500, "Internal Server Error", "generalException"), (409, "Conflict", "nameAlreadyExists")])
        w("ERROR: Microsoft OneDrive API returned an error with the following message:", "api_error_head")
        w(f"  Error Message:    HTTP request returned status code {code} ({text})", "api_error_message")
        w(f"  Error Reason:     {g.c(['The service is not available. Try the request again after a delay.', 'An unexpected error occurred.', 'Name already exists'])}",
          "api_error_reason")
        w(f"  Error Code:       {ec}", "api_error_code")
        w(f"  Error Timestamp:  {L.t:%Y-%m-%dT%H:%M:%S}", "api_error_timestamp")
        w(f"  API Request ID:   {g.uuid()}", "api_request_id")

    def offline():
        w("Cannot connect to Microsoft OneDrive Service - Network Connection Issue", "cannot_connect")
        w("Internet connectivity to Microsoft OneDrive service has been interrupted .. re-trying in the next sync cycle", "connectivity_interrupted")
        at(L, g.num(300, 3600))
        w("Internet connectivity to Microsoft OneDrive service has been restored", "connectivity_restored")

    def restart():
        w("Received SIGTERM signal, attempting to cleanly shutdown application", "sigterm")
        w("Attempting to perform a database vacuum to merge any temporary data", "db_vacuum")
        w("Database vacuum is complete", "db_vacuum_complete")
        at(L, g.num(30, 40000))
        start()

    start()
    fill(L, [(50, sync), (22, local), (5, skip), (1.5, throttled), (1, api_error), (1, offline), (0.5, restart)], N_LINES, 200)
    del L.rows[N_LINES:]
    return L


# 8 ---------------------------------------------------------------- Papertrail's hourly log archives (tab-separated, gunzipped and concatenated) of a small e-commerce company: a Rails API
#   on Heroku (its log drain: router, dynos, Sidekiq worker, scheduler, Postgres and Redis add-on metrics) and a bastion host on EC2 sending its
#   syslog with remote_syslog2; the columns id, generated_at ("2026-12-01 02:00:00 -0800", the account's zone US/Pacific), received_at,
#   source_id, source_name, source_ip, facility_name, severity_name, program and message; a Sidekiq job's exception with its backtrace that Heroku
#   split into one row per line
@checked
def log_papertrail(seed):
    L = Log("papertrail_archive_tsv", seed, "full", True, True)
    g = L.g
    SRC = {"shopwave-api": (8453127, "54.157.12.201"), "bastion-1": (8453990, "34.201.77.19")}
    PATHS = [("GET", "/api/v2/products?category={c}&page={p}", "Api::V2::ProductsController", "index"),
             ("GET", "/api/v2/products/{id}", "Api::V2::ProductsController", "show"), ("GET", "/api/v2/cart", "Api::V2::CartsController", "show"),
             ("POST", "/api/v2/cart/items", "Api::V2::CartItemsController", "create"), ("POST", "/api/v2/checkout", "Api::V2::CheckoutsController", "create"),
             ("GET", "/api/v2/orders/{id}", "Api::V2::OrdersController", "show"), ("GET", "/healthz", "HealthController", "show"),
             ("PATCH", "/api/v2/cart/items/{id}", "Api::V2::CartItemsController", "update")]
    JOBS = ["OrderConfirmationMailerJob", "InventorySyncJob", "ShipmentLabelJob", "AbandonedCartReminderJob", "ReindexProductJob"]
    st = {"id": 1785000000000000000 + g.num(0, 10 ** 12), "rel": 0}

    def w(src, fac, sev, prog, msg, ev):
        st["id"] += g.num(1, 400000)
        sid, sip = SRC[src]
        gen = L.t.astimezone(PST)
        rec = (L.t + dt.timedelta(milliseconds=g.num(30, 1900))).astimezone(PST)
        L.emit(f"{st['id']}\t{gen:%Y-%m-%d %H:%M:%S %z}\t{rec:%Y-%m-%d %H:%M:%S %z}\t{sid}\t{src}\t{sip}\t{fac}\t{sev}\t{prog}\t{msg}", ev, sev, prog)

    def h(prog, msg, ev):
        w("shopwave-api", "Local7", "Info", prog, msg, ev)

    def req():
        meth, p, ctl, act = g.c(PATHS)
        p = p.format(c=g.c(["shoes", "outdoor", "kids", "sale"]), p=g.num(1, 9), id=g.num(1000, 99999))
        return meth, p, (ctl, act)

    def request():
        meth, p, (ctl, act) = req()
        dyno = f"web.{g.num(1, 2)}"
        rid = g.uuid()
        status = g.c([200] * 20 + [201, 204, 304, 404, 422, 401])
        svc = g.num(3, 400)
        h(f"app/{dyno}", f"method={meth} path={p.split('?')[0]} format=json controller={ctl} action={act} status={status} duration={svc - g.num(1, 3)}.{g.num(0, 99):02d} "
          f"view={g.f(0, 9, 2)} db={g.f(0.3, svc * 0.7, 2)} request_id={rid}", "lograge")
        ms_(L, 0, 20)
        h("heroku/router", f"at=info method={meth} path=\"{p}\" host=api.shopwave.io request_id={rid} fwd=\"{g.ip('pub')}\" dyno={dyno} connect={g.num(0, 2)}ms "
          f"service={svc}ms status={status} bytes={g.num(200, 48000)} protocol=https", "router_info")

    def router_error():
        meth, p, _ = req()
        code, desc, svc = g.c([("H12", "Request timeout", 30000), ("H12", "Request timeout", 30001), ("H13", "Connection closed without response", g.num(100, 9000)),
                               ("H18", "Server Request Interrupted", g.num(10, 900))])
        h("heroku/router", f"at=error code={code} desc=\"{desc}\" method={meth} path=\"{p}\" host=api.shopwave.io request_id={g.uuid()} fwd=\"{g.ip('pub')}\" "
          f"dyno=web.{g.num(1, 2)} connect={g.num(0, 3)}ms service={svc}ms status=503 bytes=0 protocol=https", "router_error")

    def rails_exc():
        dyno = f"app/web.{g.num(1, 2)}"
        rid = g.uuid()
        x = g.r.random()
        if x < 0.5:
            oid = g.num(100000, 999999)
            h(dyno, f"[{rid}] ActiveRecord::RecordNotFound (Couldn't find Order with 'id'={oid}):", "rails_record_not_found")
            frames = ["app/controllers/api/v2/orders_controller.rb:41:in `set_order'"]
        elif x < 0.8:
            h(dyno, f"[{rid}] ActionController::ParameterMissing (param is missing or the value is empty: {g.c(['cart_item', 'checkout', 'address'])}):",
              "rails_param_missing")
            frames = ["app/controllers/api/v2/cart_items_controller.rb:88:in `cart_item_params'", "app/controllers/api/v2/cart_items_controller.rb:14:in `create'"]
        else:
            h(dyno, f"[{rid}] Stripe::CardError (Your card was declined.):", "rails_card_error")
            frames = ["app/services/checkout/charge.rb:27:in `call'", "app/controllers/api/v2/checkouts_controller.rb:19:in `create'"]
        h(dyno, f"[{rid}]   ", "rails_blank_tagged")
        for f in frames:
            h(dyno, f"[{rid}] {f}", "rails_backtrace")

    def job():
        tid = g.alnum(4)
        jid = g.hx(24)
        cls = g.c(JOBS)
        h("app/worker.1", f"pid=4 tid={tid} class={cls} jid={jid} INFO: start", "sidekiq_start")
        at(L, g.r.uniform(0.05, 4))
        if g.r.random() < 0.05:
            el = g.f(0.5, 15)
            h("app/worker.1", f"pid=4 tid={tid} class={cls} jid={jid} elapsed={el} INFO: fail", "sidekiq_fail")
            h("app/worker.1", f"pid=4 tid={tid} WARN: " + json.dumps({"context": "Job raised exception", "job": {"retry": True, "queue": "default", "class": cls,
                                                                                                              "args": [g.num(1000, 99999)], "jid": jid,
                                                                                                              "created_at": round(epoch(L.t) - 3, 6),
                                                                                                              "enqueued_at": round(epoch(L.t) - 1, 6),
                                                                                                              "retry_count": g.num(0, 4)}}, separators=(",", ":")),
              "sidekiq_warn_json")
            h("app/worker.1", f"pid=4 tid={tid} WARN: Net::ReadTimeout: Net::ReadTimeout with #<TCPSocket:(closed)>", "sidekiq_warn_exception")
            h("app/worker.1", f"pid=4 tid={tid} WARN: /app/vendor/bundle/ruby/3.3.0/gems/net-protocol-0.2.2/lib/net/protocol.rb:229:in `rbuf_fill'",
              "sidekiq_warn_backtrace_first")
            for fr in ["/app/vendor/bundle/ruby/3.3.0/gems/net-protocol-0.2.2/lib/net/protocol.rb:199:in `readuntil'",
                       "/app/vendor/bundle/ruby/3.3.0/gems/net-protocol-0.2.2/lib/net/protocol.rb:209:in `readline'",
                       "/app/vendor/ruby-3.3.6/lib/ruby/3.3.0/net/http/response.rb:42:in `read_status_line'",
                       "/app/vendor/ruby-3.3.6/lib/ruby/3.3.0/net/http.rb:2350:in `transport_request'",
                       "/app/app/clients/shipping_client.rb:31:in `create_label'", f"/app/app/jobs/{re.sub(r'(?<!^)(?=[A-Z])', '_', cls).lower()}.rb:12:in `perform'"]:
                h("app/worker.1", fr, "ruby_backtrace_line")
        else:
            h("app/worker.1", f"pid=4 tid={tid} class={cls} jid={jid} elapsed={g.f(0.01, 4)} INFO: done", "sidekiq_done")

    def metrics():
        h("app/heroku-postgres", f"source=DATABASE addon=postgresql-curved-48213 sample#current_transaction={g.num(4000000, 4900000)} "
          f"sample#db_size={g.num(2100, 2300) * 10 ** 6 + g.num(0, 999999)}bytes sample#tables=58 sample#active-connections={g.num(8, 30)} "
          f"sample#waiting-connections=0 sample#index-cache-hit-rate=0.{g.num(99500, 99999)} sample#table-cache-hit-rate=0.{g.num(98000, 99999)} "
          f"sample#load-avg-1m={g.f(0, 0.6, 3)} sample#load-avg-5m={g.f(0, 0.4, 3)} sample#load-avg-15m={g.f(0, 0.3, 3)} sample#read-iops={g.f(0, 4, 4)} "
          f"sample#write-iops={g.f(0.1, 9, 4)} sample#tmp-disk-used=543600640 sample#tmp-disk-available=72435191808 sample#memory-total=16085852kB "
          f"sample#memory-free={g.num(300000, 900000)}kB sample#memory-cached={g.num(13000000, 14500000)}kB sample#memory-postgres={g.num(300000, 600000)}kB "
          f"sample#wal-percentage-used=0.0{g.num(60, 99)}", "pg_metrics")
        if g.r.random() < 0.6:
            h("app/heroku-redis", f"source=REDIS addon=redis-flat-90211 sample#active-connections={g.num(6, 20)} sample#load-avg-1m={g.f(0, 0.3, 3)} "
              f"sample#load-avg-5m={g.f(0, 0.2, 3)} sample#load-avg-15m={g.f(0, 0.2, 3)} sample#read-iops=0 sample#write-iops=0 sample#memory-total=15618680kB "
              f"sample#memory-free={g.num(11000000, 12000000)}kB sample#memory-cached={g.num(2000000, 2500000)}kB sample#memory-redis={g.num(9000000, 12000000)}bytes "
              f"sample#hit-rate=0.{g.num(90000, 99999)} sample#evicted-keys=0", "redis_metrics")

    def memory():
        d = f"web.{g.num(1, 2)}"
        mem = g.num(520, 600)
        h(f"heroku/{d}", f"Process running mem={mem}M({mem / 512 * 100:.1f}%)", "process_running_mem")
        h(f"heroku/{d}", "Error R14 (Memory quota exceeded)", "error_r14")

    def cycle():
        for d in ("web.1", "web.2", "worker.1"):
            at(L, g.r.uniform(1, 60))
            h(f"heroku/{d}", "Cycling", "cycling")
            h(f"heroku/{d}", "State changed from up to starting", "state_changed")
            ms_(L, 200, 2000)
            h(f"heroku/{d}", "Stopping all processes with SIGTERM", "stopping_sigterm")
            if d == "worker.1":
                h(f"app/{d}", "pid=4 tid=2kd9 INFO: Shutting down", "sidekiq_shutting_down")
                h(f"app/{d}", "pid=4 tid=2kd9 INFO: Terminating quiet threads for default capsule", "sidekiq_terminating")
                h(f"app/{d}", "pid=4 tid=2kd9 INFO: Bye!", "sidekiq_bye")
            else:
                h(f"app/{d}", "- Gracefully stopping, waiting for requests to finish", "puma_gracefully_stopping")
                h(f"app/{d}", "=== puma shutdown: " + f"{L.t:%Y-%m-%d %H:%M:%S} +0000 ===", "puma_shutdown")
                h(f"app/{d}", "- Goodbye!", "puma_goodbye")
            ms_(L, 200, 2000)
            h(f"heroku/{d}", "Process exited with status 143", "process_exited")
            ms_(L, 2000, 9000)
            cmd = "bundle exec puma -C config/puma.rb" if d != "worker.1" else "bundle exec sidekiq -C config/sidekiq.yml"
            h(f"heroku/{d}", f"Starting process with command `{cmd}`", "starting_process")
            at(L, g.r.uniform(3, 12))
            if d != "worker.1":
                h(f"app/{d}", "[4] Puma starting in cluster mode...", "puma_starting")
                h(f"app/{d}", "[4] * Puma version: 6.4.3 (ruby 3.3.6-p108) (\"The Eagle of Durango\")", "puma_version")
                h(f"app/{d}", "[4] * Min threads: 5", "puma_min_threads")
                h(f"app/{d}", "[4] * Max threads: 5", "puma_max_threads")
                h(f"app/{d}", "[4] * Environment: production", "puma_environment")
                h(f"app/{d}", "[4] *   Master PID: 4", "puma_master_pid")
                h(f"app/{d}", "[4] *      Workers: 2", "puma_workers")
                h(f"app/{d}", "[4] *     Restarts: (✔) hot (✖) phased", "puma_restarts")
                h(f"app/{d}", "[4] * Preloading application", "puma_preloading")
                h(f"app/{d}", f"[4] * Listening on http://0.0.0.0:{g.num(10000, 60000)}", "puma_listening")
                h(f"app/{d}", "[4] Use Ctrl-C to stop", "puma_ctrl_c")
                for wk in (0, 1):
                    h(f"app/{d}", f"[4] - Worker {wk} (PID: {g.num(8, 40)}) booted in {g.f(0, 0.2, 2)}s, phase: 0", "puma_worker_booted")
            else:
                h(f"app/{d}", "pid=4 tid=2kd9 INFO: Booted Rails 7.2.2 application in production environment", "sidekiq_booted")
                h(f"app/{d}", "pid=4 tid=2kd9 INFO: Running in ruby 3.3.6 (2024-11-05 revision 75015d4c1f) [x86_64-linux]", "sidekiq_running_in")
                h(f"app/{d}", "pid=4 tid=2kd9 INFO: Sidekiq 7.3.5 connecting to Redis with options {:size=>10, :pool_name=>\"internal\", :url=>\"rediss://:REDACTED@"
                  "ec2-3-222-90-11.compute-1.amazonaws.com:18520\"}", "sidekiq_connecting")
            h(f"heroku/{d}", "State changed from starting to up", "state_changed")

    def scheduler():
        n = g.num(1000, 9999)
        d = f"scheduler.{n}"
        task = g.c(["reports:nightly", "carts:remind_abandoned", "inventory:reconcile"])
        h(f"heroku/{d}", f"Starting process with command `bundle exec rake {task}`", "starting_process")
        h(f"heroku/{d}", "State changed from starting to up", "state_changed")
        at(L, g.r.uniform(5, 40))
        for _ in range(g.num(1, 3)):
            h(f"app/{d}", f"I, [{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)} #{g.num(2, 9)}]  INFO -- : {task}: processed {g.num(10, 9000)} records in {g.f(0.5, 60, 1)}s",
              "rake_processed")
            at(L, g.r.uniform(1, 20))
        h(f"heroku/{d}", "Process exited with status 0", "process_exited")
        h(f"heroku/{d}", "State changed from up to complete", "state_changed")

    def ssh():
        ip = g.ip("pub")
        port = g.port()
        if g.r.random() < 0.7:
            u = g.c(["admin", "ubuntu", "test", "oracle", "git", "postgres", "user"])
            w("bastion-1", "Auth", "Info", "sshd", f"Invalid user {u} from {ip} port {port}", "ssh_invalid_user")
            w("bastion-1", "Auth", "Info", "sshd", f"Connection closed by invalid user {u} {ip} port {port} [preauth]", "ssh_closed_invalid")
        else:
            u = g.c(["deploy", "deploy", "marco"])
            w("bastion-1", "Auth", "Info", "sshd", f"Accepted publickey for {u} from {g.c(['203.0.113.7', '198.51.100.23'])} port {port} ssh2: ED25519 SHA256:"
              f"{g.alnum(43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}", "ssh_accepted")
            w("bastion-1", "Authpriv", "Info", "sshd", f"pam_unix(sshd:session): session opened for user {u}(uid={1001 if u == 'deploy' else 1002}) by {u}(uid=0)",
              "pam_session_opened")
            at(L, g.r.uniform(10, 900))
            w("bastion-1", "Auth", "Info", "sshd", f"Disconnected from user {u} {ip} port {port}", "ssh_disconnected")
            w("bastion-1", "Authpriv", "Info", "sshd", f"pam_unix(sshd:session): session closed for user {u}", "pam_session_closed")

    def cron():
        w("bastion-1", "Authpriv", "Info", "CRON", "pam_unix(cron:session): session opened for user root(uid=0) by root(uid=0)", "pam_cron_opened")
        w("bastion-1", "Cron", "Info", "CRON", f"(root) CMD ({g.c(['/usr/local/bin/pg-dump-to-s3.sh', 'command -v debian-sa1 > /dev/null && debian-sa1 1 1', '/usr/local/bin/rotate-keys --check'])})",
          "cron_cmd")
        w("bastion-1", "Authpriv", "Info", "CRON", "pam_unix(cron:session): session closed for user root", "pam_cron_closed")

    fill(L, [(60, request), (2, router_error), (1.2, rails_exc), (18, job), (4, metrics), (0.6, memory), (0.12, cycle), (0.5, scheduler), (5, ssh), (2.5, cron)],
         N_LINES, 25)
    del L.rows[N_LINES:]
    return L


# 9 ---------------------------------------------------------------- PulseAudio 16.1 on a sound engineer's Ubuntu 22.04 workstation (onboard ALC892, a Focusrite Scarlett 2i2 on USB, a
#   Bluetooth headset), run by hand as `pulseaudio -vvvv --log-time=1 2>&1 | tee -a ~/pa-debug.log` over several sessions while chasing crackles:
#   "(  12.345|   0.002) I: [pulseaudio] module.c: message" (seconds since start and since the previous line, the level letter, the thread, the
#   source file); start-up with its module loads, cards, sinks and their property lists, clients and streams coming and going, resamplers,
#   latency negotiation, suspend on idle and resume, watermark changes, the ALSA driver's wake-up errors, the headset connecting and leaving, shutdown
@checked
def log_pulseaudio(seed):
    L = Log("pulseaudio_verbose", seed, "rel", True, True)
    g = L.g
    MID = g.hx(32)
    INT = ("alsa_output.pci-0000_00_1f.3.analog-stereo", "alsa-sink-ALC892 Analog", "ALC892 Analog", "snd_hda_intel", "pci-0000_00_1f.3", "0")
    USB = ("alsa_output.usb-Focusrite_Scarlett_2i2_USB_Y8E3KQ61A12345-00.analog-stereo", "alsa-sink-USB Audio", "USB Audio", "snd_usb_audio",
           "usb-Focusrite_Scarlett_2i2_USB_Y8E3KQ61A12345-00", "1")
    BT = "38_18_4C_12_AB_CD"
    APPS = [("Firefox", "AudioStream", "firefox"), ("REAPER", "REAPER", "reaper"), ("Spotify", "Spotify", "spotify"), ("Chromium", "Playback", "chromium-browser"),
            ("ALSA plug-in [snd-aloop]", "ALSA Playback", "aplay")]
    st = {"t0": L.t, "last": L.t, "client": 0, "input": 0, "mod": 0, "sinks": {}, "bt": False, "default": USB[0]}

    def w(lv, thr, f, msg, ev):
        ms_(L, 0, 3)
        e = L.t - st["t0"]
        d = L.t - st["last"]
        st["last"] = L.t
        es, ds = int(e.total_seconds()), int(d.total_seconds())
        L.emit(f"({es:4d}.{e.microseconds // 1000:03d}|{ds:4d}.{d.microseconds // 1000:03d}) {lv}: [{thr}] {f}: {msg}", ev, lv, f)

    def P(lv, f, msg, ev):
        w(lv, "pulseaudio", f, msg, ev)

    def loaded(name, arg=""):
        P("I", "module.c", f"Loaded \"{name}\" (index: #{st['mod']}; argument: \"{arg}\").", "module_loaded")
        st["mod"] += 1

    def props(f, items):
        for k, v in items:
            P("I", f, f"    {k} = \"{v}\"", "sink_proplist_line" if f == "sink.c" else "input_proplist_line")

    def card(c):
        sink, thr, desc, drv, cid, idx = c
        P("D", "module-udev-detect.c", f"/devices/pci0000:00/0000:00:{'1f.3' if idx == '0' else '14.0/usb1/1-4/1-4:1.0'}/sound/card{idx} is accessible: yes",
          "udev_accessible")
        P("D", "module-udev-detect.c", f"Loading module-alsa-card with arguments 'device_id=\"{idx}\" name=\"{cid}\" card_name=\"alsa_card.{cid}\" namereg_fail=false "
          f"tsched=yes fixed_latency_range=no ignore_dB=no deferred_volume=yes use_ucm=yes avoid_resampling=no card_properties=\"module-udev-detect.discovered=1\"'",
          "udev_loading_alsa_card")
        P("D", "alsa-util.c", f"Trying front:{idx} with SND_PCM_NO_AUTO_FORMAT ...", "alsa_trying")
        P("D", "alsa-util.c", f"Managed to open front:{idx}", "alsa_managed_open")
        P("D", "alsa-util.c", f"Maximum hw buffer size is {g.c([371, 1485, 2000])} ms", "alsa_max_hw_buffer")
        P("D", "alsa-util.c", "Set buffer size first (to 17640 samples), period size second (to 8820 samples).", "alsa_set_buffer")
        P("I", "alsa-util.c", f"Successfully opened device front:{idx}.", "alsa_opened")
        P("I", "alsa-util.c", "Selected mapping 'Analog Stereo' (analog-stereo).", "alsa_selected_mapping")
        P("I", "alsa-sink.c", "Successfully enabled mmap() mode.", "alsa_mmap")
        P("I", "alsa-sink.c", "Successfully enabled timer-based scheduling mode.", "alsa_tsched")
        P("I", "alsa-util.c", f"Successfully attached to mixer 'hw:{idx}'", "alsa_mixer_attached")
        n = len(st["sinks"])
        st["sinks"][sink] = n
        P("I", "sink.c", f"Created sink {n} \"{sink}\" with sample spec s16le 2ch {g.c(['44100', '48000'])}Hz and channel map front-left,front-right", "sink_created")
        props("sink.c", [("alsa.resolution_bits", "16"), ("device.api", "alsa"), ("device.class", "sound"), ("alsa.class", "generic"), ("alsa.subclass", "generic-mix"),
                         ("alsa.name", desc), ("alsa.id", desc), ("alsa.subdevice", "0"), ("alsa.device", "0"), ("alsa.card", idx), ("alsa.driver_name", drv),
                         ("device.bus_path", "pci-0000:00:1f.3" if idx == "0" else "pci-0000:00:14.0-usb-0:4:1.0"), ("device.string", f"front:{idx}"),
                         ("device.buffering.buffer_size", "17640"), ("device.buffering.fragment_size", "8820"), ("device.profile.name", "analog-stereo"),
                         ("device.profile.description", "Analog Stereo"), ("device.description", "Built-in Audio Analog Stereo" if idx == "0" else "Scarlett 2i2 USB Analog Stereo")])
        P("I", "alsa-sink.c", "Using 2.0 fragments of size 8820 bytes (50.00ms), buffer size is 17640 bytes (100.00ms)", "alsa_fragments")
        P("I", "alsa-sink.c", f"Time scheduling watermark is {g.c(['20.00', '10.00'])}ms", "alsa_watermark")
        P("D", "alsa-sink.c", "hwbuf_unused=0", "alsa_hwbuf_unused")
        P("D", "alsa-sink.c", f"setting avail_min={g.num(7000, 8400)}", "alsa_avail_min")
        P("I", "alsa-sink.c", f"Volume ranges from 0 to {g.c([87, 127])}.", "alsa_volume_range")
        P("I", "alsa-sink.c", f"Volume ranges from -{g.c(['65.25', '127.00'])} dB to 0.00 dB.", "alsa_volume_db_range")
        P("I", "alsa-sink.c", "Successfully enabled deferred volume.", "alsa_deferred_volume")
        P("D", "alsa-sink.c", "Thread starting up", "alsa_thread_starting")
        w("I", thr, "core-util.c", "Successfully enabled SCHED_RR scheduling for thread, with priority 5.", "sched_rr")
        w("I", thr, "alsa-sink.c", "Starting playback.", "alsa_starting_playback")
        loaded("module-alsa-card", f"device_id=\"{idx}\" name=\"{cid}\" card_name=\"alsa_card.{cid}\" namereg_fail=false tsched=yes fixed_latency_range=no "
               "ignore_dB=no deferred_volume=yes use_ucm=yes avoid_resampling=no card_properties=\"module-udev-detect.discovered=1\"")

    def start():
        L.t += dt.timedelta(minutes=g.num(5, 600))
        st["t0"] = st["last"] = L.t
        st.update(client=g.num(0, 3), input=0, mod=0, sinks={}, bt=False, default=USB[0])
        P("I", "core-util.c", "Successfully gained nice level -11.", "nice_level")
        P("I", "main.c", "This is PulseAudio 16.1", "this_is_pa")
        P("D", "main.c", "Compilation CFLAGS: -g -O2 -ffile-prefix-map=/build/pulseaudio-Xb8Nq1/pulseaudio-16.1+dfsg1=. -flto=auto -ffat-lto-objects "
          "-fstack-protector-strong -Wformat -Werror=format-security", "compilation_cflags")
        P("D", "main.c", "Running on host: Linux x86_64 6.8.0-49-generic #49~22.04.1-Ubuntu SMP PREEMPT_DYNAMIC Wed Nov  6 17:42:15 UTC 2", "running_on_host")
        P("D", "main.c", "Found 16 CPUs.", "found_cpus")
        P("I", "main.c", "Page size is 4096 bytes", "page_size")
        P("D", "main.c", "Compiled with Valgrind support: no", "valgrind_support")
        P("D", "main.c", "Running in valgrind mode: no", "valgrind_mode")
        P("D", "main.c", "Running in VM: no", "running_in_vm")
        P("D", "main.c", "Running from build tree: no", "build_tree")
        P("D", "main.c", "Optimized build: yes", "optimized_build")
        P("D", "main.c", "FASTPATH defined, only fast path asserts disabled.", "fastpath")
        P("I", "main.c", f"Machine ID is {MID}.", "machine_id")
        P("I", "main.c", f"Session ID is {g.num(2, 9)}.", "session_id")
        P("I", "main.c", "Using runtime directory /run/user/1000/pulse.", "runtime_dir")
        P("I", "main.c", "Using state directory /home/tomas/.config/pulse.", "state_dir")
        P("I", "main.c", "Using modules directory /usr/lib/pulse-16.1/modules.", "modules_dir")
        P("I", "main.c", "Running in system mode: no", "system_mode")
        P("I", "main.c", "System supports high resolution timers", "hr_timers")
        P("D", "memblock.c", "Using shared memfd memory pool with 1024 slots of size 64.0 KiB each, total size is 64.0 MiB, maximum usable slot size is 65472",
          "memblock_pool")
        P("I", "cpu-x86.c", "CPU flags: CMOV MMX SSE SSE2 SSE3 SSSE3 SSE4_1 SSE4_2 ", "cpu_flags")
        for f, what in [("svolume_mmx.c", "MMX optimized volume functions"), ("remap_mmx.c", "MMX optimized remappers"), ("svolume_sse.c", "SSE2 optimized volume functions"),
                        ("remap_sse.c", "SSE2 optimized remappers"), ("sconv_sse.c", "SSE2 optimized conversions"), ("svolume_orc.c", "ORC optimized volume functions")]:
            P("I", f, f"Initialising {what}.", "initialising:" + f)
        for mod, suffix in [("module-device-restore", "device-volumes"), ("module-stream-restore", "stream-volumes"), ("module-card-restore", "card-database")]:
            P("I", mod + ".c", f"Successfully opened database file '/home/tomas/.config/pulse/{MID}-{suffix}'.", "opened_db_file:" + mod)
            loaded(mod)
        for mod in ("module-augment-properties", "module-switch-on-port-available", "module-switch-on-connect"):
            loaded(mod)
        card(INT)
        card(USB)
        loaded("module-udev-detect")
        for mod in ("module-bluetooth-policy", "module-bluetooth-discover", "module-bluez5-discover", "module-native-protocol-unix", "module-default-device-restore",
                    "module-always-sink", "module-intended-roles", "module-suspend-on-idle", "module-systemd-login", "module-position-event-sounds",
                    "module-role-cork", "module-filter-heuristics", "module-filter-apply"):
            loaded(mod)
        P("I", "core.c", f"default_sink: (unset) -> {USB[0]}", "default_sink")
        P("I", "main.c", "Daemon startup complete.", "startup_complete")

    def stream():
        app, media, binary = g.c(APPS)
        st["client"] += 1
        st["input"] += 1
        c, i = st["client"], st["input"]
        sink = st["default"]
        P("I", "client.c", f"Created {c} \"Native client (UNIX socket client)\"", "client_created")
        P("D", "protocol-native.c", "Protocol version: remote 35, local 35", "protocol_version")
        P("I", "protocol-native.c", "Got credentials: uid=1000 gid=1000 success=1", "got_credentials")
        P("D", "protocol-native.c", "SHM possible: yes", "shm_possible")
        P("D", "protocol-native.c", "Negotiated SHM: yes", "negotiated_shm")
        P("D", "protocol-native.c", "Memfd possible: yes", "memfd_possible")
        P("D", "srbchannel.c", "SHM block is 65472 bytes, ringbuffer capacity is 2 * 32712 bytes", "srbchannel_shm")
        P("D", "protocol-native.c", "Enabling srbchannel...", "enabling_srbchannel")
        P("D", "module-augment-properties.c", f"Looking for .desktop file for {binary}", "looking_desktop")
        P("I", "module-stream-restore.c", f"Restoring volume for sink input sink-input-by-application-name:{app}.", "restoring_volume")
        P("I", "module-stream-restore.c", f"Restoring mute state for sink input sink-input-by-application-name:{app}.", "restoring_mute")
        if g.r.random() < 0.6:
            P("I", "resampler.c", "Using resampler 'speex-float-1'", "using_resampler")
            P("I", "resampler.c", "Using float32le as working format.", "working_format")
            P("I", "resampler.c", "Choosing speex quality setting 1.", "speex_quality")
        P("I", "sink-input.c", f"Created input {i} \"{media}\" on {sink} with sample spec {g.c(['float32le', 's16le'])} 2ch {g.c(['44100', '48000'])}Hz and channel map "
          "front-left,front-right", "input_created")
        props("sink-input.c", [("media.name", media), ("application.name", app), ("native-protocol.peer", "UNIX socket client"), ("native-protocol.version", "35"),
                               ("application.process.id", str(g.num(2000, 90000))), ("application.process.user", "tomas"),
                               ("application.process.binary", binary), ("application.language", "de_DE.UTF-8"), ("window.x11.display", ":0"),
                               ("application.process.machine_id", MID), ("module-stream-restore.id", f"sink-input-by-application-name:{app}")])
        tl = g.c([200, 100, 50, 2000])
        P("D", "protocol-native.c", f"Requested tlength={tl:.2f} ms, minreq={tl / 10:.2f} ms", "requested_tlength")
        P("D", "protocol-native.c", "Traditional mode enabled, modifying sink usec only for compat with minreq.", "traditional_mode")
        P("D", "protocol-native.c", f"Requested latency={tl * 0.8:.2f} ms, Received latency={tl * 0.8:.2f} ms", "requested_latency")
        P("D", "protocol-native.c", f"Final latency {tl:.2f} ms = {tl * 0.8:.2f} ms + 2*{tl / 10:.2f} ms + 0.00 ms", "final_latency")
        st.setdefault("open", []).append((c, i, media, app))

    def stream_end():
        if not st.get("open"):
            return stream()
        c, i, media, app = st["open"].pop(g.num(0, len(st["open"]) - 1))
        P("I", "sink-input.c", f"Freeing input {i} \"{media}\"", "input_freeing")
        P("I", "client.c", f"Freed {c} \"{app}\"", "client_freed")
        P("I", "protocol-native.c", "Connection died.", "connection_died")

    def suspend():
        sink = g.c([INT, USB])
        P("I", "module-suspend-on-idle.c", f"Sink {sink[0]} idle for too long, suspending ...", "idle_suspending")
        P("D", "sink.c", f"Suspend cause of sink {sink[0]} is 0x0004, suspending", "suspend_cause")
        w("I", sink[1], "alsa-sink.c", "Device suspended...", "device_suspended")
        at(L, g.r.uniform(1, 300))
        P("D", "sink.c", f"Suspend cause of sink {sink[0]} is 0x0000, resuming", "suspend_cause")
        w("I", sink[1], "alsa-sink.c", "Trying resume...", "trying_resume")
        w("I", sink[1], "alsa-sink.c", "Resumed successfully...", "resumed")

    def watermark():
        thr = g.c([USB[1], USB[1], INT[1]])
        x = g.r.random()
        if x < 0.45:
            w("I", thr, "alsa-sink.c", f"Increasing wakeup watermark to {g.f(10, 60, 2)} ms", "watermark_increase")
        elif x < 0.6:
            w("I", thr, "alsa-sink.c", f"Decreasing wakeup watermark to {g.f(4, 20, 2)} ms", "watermark_decrease")
        elif x < 0.8:
            w("I", thr, "alsa-sink.c", f"Scheduling delay of {g.f(20, 90, 2)} ms > 20.00 ms, ignoring", "sched_delay")
        else:
            w("D", thr, "alsa-sink.c", "Cutting sleep time for the initial iterations by half.", "cutting_sleep")
            w("D", thr, "ratelimit.c", f"{g.num(2, 80)} events suppressed", "events_suppressed")

    def alsa_bug():
        thr = INT[1]
        w("E", thr, "alsa-sink.c", "ALSA woke us up to write new data to the device, but there was actually nothing to write.", "alsa_woke_nothing")
        w("E", thr, "alsa-sink.c", "Most likely this is a bug in the ALSA driver 'snd_hda_intel'. Please report this issue to the ALSA developers.", "alsa_bug_driver")
        w("E", thr, "alsa-sink.c", "We were woken up with POLLOUT set -- however a subsequent snd_pcm_avail() returned 0 or another value < min_avail.", "alsa_pollout")

    def bt():
        path = f"/org/bluez/hci0/dev_{BT}"
        if not st["bt"]:
            P("D", "bluez5-util.c", f"Properties changed in device {path}", "bt_props_changed")
            if g.r.random() < 0.15:
                P("W", "bluez5-util.c", f"Transport TryAcquire() failed for transport {path}/sep1/fd{g.num(0, 9)} (Operation Not Authorized)", "bt_tryacquire_failed")
                return
            m = st["mod"]
            P("I", "card.c", f"Created {g.num(2, 9)} \"bluez_card.{BT}\"", "card_created")
            P("I", "sink.c", f"Created sink {len(st['sinks'])} \"bluez_sink.{BT}.a2dp_sink\" with sample spec s16le 2ch 44100Hz and channel map front-left,front-right",
              "sink_created")
            st["sinks"]["bt"] = len(st["sinks"])
            loaded("module-bluez5-device", f"path={path} autodetect_mtu=no")
            P("I", "core.c", f"default_sink: {st['default']} -> bluez_sink.{BT}.a2dp_sink", "default_sink")
            st["default"] = f"bluez_sink.{BT}.a2dp_sink"
            st["bt"] = m
        else:
            P("I", "bluez5-util.c", f"Transport {path}/sep1/fd{g.num(0, 9)} auto-released by BlueZ or already released", "bt_auto_released")
            P("I", "module.c", f"Unloading \"module-bluez5-device\" (index: #{st['bt']}).", "module_unloading")
            P("I", "core.c", f"default_sink: bluez_sink.{BT}.a2dp_sink -> {USB[0]}", "default_sink")
            st["default"] = USB[0]
            P("I", "module.c", f"Unloaded \"module-bluez5-device\" (index: #{st['bt']}).", "module_unloaded")
            st["bt"] = False
            st["sinks"].pop("bt", None)

    def stop():
        P("I", "main.c", "Got signal SIGINT.", "got_signal")
        P("I", "main.c", "Exiting.", "exiting")
        P("I", "main.c", "Daemon shutdown initiated.", "shutdown_initiated")
        for k in range(st["mod"] - 1, -1, -max(1, st["mod"] // 6)):
            P("I", "module.c", f"Unloading \"{g.c(['module-alsa-card', 'module-udev-detect', 'module-suspend-on-idle', 'module-native-protocol-unix'])}\" (index: #{k}).",
              "module_unloading")
        P("I", "main.c", "Daemon terminated.", "daemon_terminated")

    def session():
        start()
        for _ in range(g.num(60, 160)):
            if len(L.rows) >= N_LINES:
                return
            L.tick(20)
            g.r.choices([stream, stream_end, suspend, watermark, alsa_bug, bt], [10, 9, 3, 6, 1.2, 1.5])[0]()
        stop()

    while len(L.rows) < N_LINES:
        session()
    del L.rows[N_LINES:]
    return L


# 10 --------------------------------------------------------------- A Particle Boron (Device OS 5.9.0, LTE Cat-M1) in a refrigerated trailer's monitoring box, its USB serial log captured on a
#   bench during a week's soak test with `particle serial monitor --follow | tee -a soak.log`: "0000012345 [app.sensor] INFO: message" (milliseconds
#   since boot, the log category, the level); the modem and PPP bring-up, the cloud handshake with its DTLS session lines, the firmware's temperature,
#   door and GNSS readings and publishes, lost cloud connections, alarms, watchdog resets, and the CLI's own lines when the port goes away and comes back
@checked
def log_particle(seed):
    L = Log("particle_device_os_serial", seed, "rel", True, True)
    g = L.g
    st = {"t0": L.t, "seq": g.num(100, 900), "coap": g.num(16, 200), "pend": 0}

    def w(cat, lv, msg, ev):
        ms_(L, 0, 40)
        ms = int((L.t - st["t0"]).total_seconds() * 1000)
        L.emit(f"{ms:010d} [{cat}] {lv}: {msg}", ev, lv, cat)

    def cli(text, ev):
        L.emit(text, ev)

    def cloud():
        w("system", "INFO", "Cloud: connecting", "cloud_connecting")
        w("system", "INFO", "Read Server Address = type:1,domain:$id.udp-mesh.particle.io", "read_server_address")
        w("system", "INFO", "Loaded cloud server address and port from session data", "loaded_server_address")
        ms_(L, 200, 2500)
        w("system", "INFO", "Cloud socket connected", "cloud_socket_connected")
        w("comm.protocol.handshake", "INFO", "Establish secure connection", "establish_secure")
        w("comm.dtls", "INFO", f"session has {g.num(0, 3)} uses", "dtls_session_uses")
        w("comm.dtls", "INFO", "(CMPL,RENEG,NO_SESS,ERR) restoreStatus=0", "dtls_restore_status")
        st["coap"] += g.num(1, 9)
        w("comm.dtls", "INFO", f"out_ctr 0,1,0,0,0,0,0,{g.num(10, 250)}, next_coap_id={st['coap']:x}", "dtls_out_ctr")
        w("comm.dtls", "INFO", f"restored session from persisted session data. next_msg_id={st['coap'] + g.num(0, 4)}", "dtls_restored")
        w("comm.dtls", "INFO", "session cmd (CLS,DIS,MOV,LOD,SAV): 2", "dtls_session_cmd")
        w("comm.dtls", "INFO", "session cmd (CLS,DIS,MOV,LOD,SAV): 4", "dtls_session_cmd")
        if g.r.random() < 0.8:
            w("comm.protocol.handshake", "INFO", "Skipping HELLO message", "skipping_hello")
        else:
            w("comm.protocol.handshake", "INFO", "Sending HELLO message", "sending_hello")
        ms_(L, 100, 1500)
        w("comm.protocol.handshake", "INFO", "Handshake completed", "handshake_completed")
        w("system", "INFO", "Cloud connected", "cloud_connected")
        ms_(L, 100, 1500)
        w("comm.protocol", "INFO", f"Received TIME response: {int(epoch(L.t))}", "time_response")

    def ppp():
        w("net.ppp.client", "INFO", "State NONE -> READY", "ppp_state")
        w("net.ppp.client", "INFO", "State READY -> CONNECT", "ppp_state")
        w("net.ppp.client", "INFO", "State CONNECT -> CONNECTING", "ppp_state")
        ms_(L, 1000, 12000)
        w("net.ppp.client", "INFO", "State CONNECTING -> CONNECTED", "ppp_state")
        w("net.ppp.client", "INFO", "Negotiated MTU: 1500", "ppp_mtu")

    def boot(reason):
        st["t0"] = L.t - dt.timedelta(milliseconds=g.num(5, 15))
        w("app", "INFO", f"reefer-mon 2.3.1 starting, reset reason {reason}", "app_starting")
        w("app.sensor", "INFO", f"found {g.c([2, 2, 2, 1])} DS18B20 sensor(s) on OneWire bus", "sensors_found")
        ms_(L, 800, 1300)
        w("ncp.client", "INFO", "Using internal SIM card", "using_internal_sim")
        w("ncp.client", "INFO", "Powering modem on, ncpId: 0x44", "powering_modem")
        ms_(L, 400, 900)
        w("ncp.client", "INFO", "Modem powered on", "modem_powered")
        w("ncp.client", "INFO", "Setting UART voltage translator state 1", "uart_translator")
        ms_(L, 600, 1200)
        w("ncp.client", "INFO", "Starting GSM07.10 muxer", "starting_muxer")
        w("ncp.client", "INFO", "Openning mux channel 0", "openning_mux_channel")
        w("ncp.client", "INFO", "GSM07.10 muxer thread started", "muxer_thread_started")
        w("ncp.client", "INFO", "Openning mux channel 1", "openning_mux_channel")
        w("ncp.client", "INFO", "Openning mux channel 2", "openning_mux_channel")
        ms_(L, 500, 1500)
        w("ncp.client", "INFO", "NCP state changed: 1", "ncp_state_changed")
        w("net.pppncp", "INFO", "NCP event 1", "ncp_event")
        ms_(L, 500, 4000)
        w("ncp.client", "INFO", "Checking SIM ICCID", "checking_iccid")
        ms_(L, 1000, 20000)
        w("ncp.client", "INFO", "NCP connection state changed: 1", "ncp_conn_state_changed")
        w("net.pppncp", "INFO", "NCP event 2", "ncp_event")
        w("net.pppncp", "INFO", "State NONE -> UP", "pppncp_state")
        ppp()
        ms_(L, 10, 300)
        w("ncp.client", "INFO", "NCP connection state changed: 2", "ncp_conn_state_changed")
        cloud()
        w("app", "INFO", f"time synced: {L.t:%Y-%m-%dT%H:%M:%SZ}", "app_time_synced")

    def reading():
        t1 = g.r.gauss(-18, 1.2)
        w("app.sensor", "INFO", f"t1={t1:.2f}C t2={t1 + g.r.gauss(0.4, 0.3):.2f}C door={g.c(['closed'] * 12 + ['open'])} compressor={g.c(['on', 'on', 'off'])}",
          "sensor_reading")

    def publish():
        st["seq"] += 1
        if st.get("offline"):
            st["pend"] += 1
            w("app.pub", "WARN", f"cloud not connected, queued reefer/status (seq={st['seq']}, {st['pend']} pending)", "pub_queued")
            return
        w("app.pub", "INFO", f"published reefer/status (bytes={g.num(150, 240)}, seq={st['seq']})", "pub_published")
        if st["pend"]:
            w("app.pub", "INFO", f"flushed {st['pend']} queued event(s)", "pub_flushed")
            st["pend"] = 0

    def gps():
        if g.r.random() < 0.9:
            w("app.gps", "INFO", f"fix: {g.f(52.3, 52.6, 5)},{g.f(13.2, 13.6, 5)} alt={g.f(30, 60, 1)}m hdop={g.f(0.6, 2.5, 1)} sats={g.num(5, 12)}", "gps_fix")
        else:
            w("app.gps", "WARN", f"no fix for {g.c([120, 300, 600])} s", "gps_no_fix")

    def door():
        w("app", "INFO", "door opened", "door_opened")
        dur = g.num(20, 400)
        at(L, dur)
        w("app", "INFO" if dur < 300 else "WARN", f"door closed after {dur} s", "door_closed")

    def alarm():
        w("app", "WARN", f"t1 above threshold: {g.f(-14, -8, 2)}C > -15.00C for {g.c([300, 600, 900])} s", "temp_alarm")
        publish()

    def lost():
        w("comm.protocol", "ERROR", f"Event loop error {g.c([1, 3, 3, 10])}", "event_loop_error")
        w("system", "WARN", "Communication loop error, closing cloud socket", "comm_loop_error")
        w("system", "INFO", "Cloud: disconnecting", "cloud_disconnecting")
        w("system", "INFO", "Cloud: disconnected", "cloud_disconnected")
        st["offline"] = True
        if g.r.random() < 0.5:
            w("net.ppp.client", "INFO", "State CONNECTED -> DISCONNECTING", "ppp_state")
            w("net.ppp.client", "INFO", "State DISCONNECTING -> DISCONNECTED", "ppp_state")
            w("ncp.client", "INFO", "NCP connection state changed: 0", "ncp_conn_state_changed")
            for _ in range(g.num(1, 6)):
                L.tick(60)
                reading()
                if g.r.random() < 0.3:
                    publish()
            w("ncp.client", "INFO", "NCP connection state changed: 1", "ncp_conn_state_changed")
            ppp()
            w("ncp.client", "INFO", "NCP connection state changed: 2", "ncp_conn_state_changed")
        else:
            at(L, g.num(5, 90))
            if g.r.random() < 0.3:
                w("system", "WARN", f"Cloud handshake failed, code={g.c([-220, -250, -170])}", "handshake_failed")
                at(L, g.num(10, 60))
        cloud()
        st["offline"] = False

    def reset():
        w("app", "ERROR", f"watchdog: main loop stalled for {g.num(30, 90)} s, resetting", "watchdog_resetting")
        cli("Serial connection closed. Attempting to reconnect...", "cli_closed")
        cli("Polling for available serial device...", "cli_polling")
        at(L, g.r.uniform(1, 4))
        cli("Opening serial monitor for com port: \"/dev/ttyACM0\"", "cli_opening")
        cli("Serial monitor opened successfully:", "cli_opened")
        boot(g.c([140, 70]))

    cli("Opening serial monitor for com port: \"/dev/ttyACM0\"", "cli_opening")
    cli("Serial monitor opened successfully:", "cli_opened")
    boot(40)
    fill(L, [(50, reading), (10, publish), (8, gps), (3, door), (1, alarm), (1.2, lost), (0.3, reset)], N_LINES, 60)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[0][:10].isdigit())
    return L


# 11 --------------------------------------------------------------- Questa Sim 2023.4 running the UVM regression of an AXI4 DMA block at a chip design start-up, every test's transcript
#   (`vsim -c ... -do "run -all; quit -f"`, each line prefixed "# ") appended to one regression log by the nightly script: the vsim banner and
#   loading lines, UVM reports ("UVM_INFO ../tb/axi_master_driver.sv(112) @ 1250: uvm_test_top.env.agent.drv [DRV] message": the file and line,
#   the simulation time, the reporting component's path and the id), the topology table, SVA assertion failures with their "Time: ... Scope:"
#   line, the UVM report summary, $finish and the start and end times
@checked
def log_questa(seed):
    L = Log("questa_vsim_transcript", seed, "rel", True, True)
    g = L.g
    TESTS = ["axi_smoke_test", "axi_burst_test", "axi_outstanding_test", "axi_error_resp_test", "dma_desc_chain_test", "dma_random_test"]
    TOPO = [("uvm_test_top", "{test}", "-", 0), ("env", "dma_env", "-", 2), ("agent", "axi_master_agent", "-", 4), ("drv", "axi_master_driver", "-", 6),
            ("rsp_port", "uvm_analysis_port", "-", 8), ("mon", "axi_monitor", "-", 6), ("ap", "uvm_analysis_port", "-", 8), ("sqr", "axi_sequencer", "-", 6),
            ("rsp_export", "uvm_analysis_export", "-", 8), ("seq_item_export", "uvm_seq_item_pull_imp", "-", 8), ("arbitration_queue", "array", "0", 8),
            ("lock_queue", "array", "0", 8), ("num_last_reqs", "integral", "32", 8), ("num_last_rsps", "integral", "32", 8), ("reg_agent", "apb_agent", "-", 4),
            ("sb", "dma_scoreboard", "-", 4), ("cov", "dma_coverage", "-", 4)]
    st = {"sim": 0}

    def t(text, ev, lv=None, comp=None):
        L.emit(f"# {text}" if text else "# ", ev, lv, comp)

    def uvm(sev, src, comp, id_, msg, ev, adv=True):
        if adv:
            st["sim"] += g.num(10, 3000) * 10
        loc = f" {src}" if src else ""
        st["ids"][id_] = st["ids"].get(id_, 0) + 1
        st["sevs"][sev] = st["sevs"].get(sev, 0) + 1
        t(f"{sev}{loc} @ {st['sim']}: {comp} [{id_}] {msg}", ev, sev, comp)

    def run_test():
        test = g.c(TESTS)
        seed_ = g.num(1, 2 ** 31 - 1)
        st.update(sim=0, ids={"UVM/RELNOTES": 1}, sevs={"UVM_INFO": 1}, qerr=0, qwarn=0)
        at(L, g.r.uniform(20, 90))
        L.t = L.t.replace(microsecond=0)
        t(f"vsim -c -sv_seed {seed_} +UVM_TESTNAME={test} +UVM_VERBOSITY=UVM_MEDIUM -l logs/{test}_{seed_}.log -do \"run -all; quit -f\" work.tb_top_opt ",
          "vsim_cmdline")
        t(f"Start time: {L.t:%H:%M:%S} on {L.t:%b} {L.t.day:02d},{L.t.year}", "start_time")
        for line in ["//  Questa Sim-64", "//  Version 2023.4 linux_x86_64 Oct 20 2023", "//", "//  Copyright 1991-2023 Mentor Graphics Corporation",
                     "//  All Rights Reserved.", "//", "//  QuestaSim and its associated documentation contain trade",
                     "//  secrets and commercial or financial information that are the property of",
                     "//  Mentor Graphics Corporation and are privileged, confidential,",
                     "//  and exempt from disclosure under the Freedom of Information Act,", "//  5 U.S.C. Section 552. Furthermore, this information",
                     "//  is prohibited from disclosure under the Trade Secrets Act,", "//  18 U.S.C. Section 1905.", "//"]:
            t(line, "banner_" + slug(line) if line != "//" else "banner_rule")
        for lib in ["sv_std.std", "mtiUvm.uvm_pkg", "mtiUvm.questa_uvm_pkg", "work.axi_pkg(fast)", "work.apb_pkg(fast)", "work.dma_tb_pkg(fast)", "work.tb_top(fast)",
                    "work.axi_if(fast__1)", "work.apb_if(fast)", "work.dma_top(fast)", "work.dma_desc_fifo(fast)", "work.axi_slave_mem(fast)"]:
            t(f"Loading {lib}", "loading")
        t("Loading /opt/questa/2023.4/questasim/uvm-1.2/linux_x86_64/uvm_dpi.so", "loading")
        if g.r.random() < 0.3:
            st["qwarn"] += 1
            t("** Warning: (vsim-3015) [PCDPC] - Port size (32) does not match connection size (64) for port 'araddr'. The port definition is at: ../rtl/dma_top.sv(88).",
              "vsim_3015", "Warning")
            t("   Time: 0 ns  Iteration: 0  Instance: /tb_top/dut File: ../tb/tb_top.sv Line: 41", "vsim_time_instance_file", "Warning")
        t("run -all", "run_all")
        uvm("UVM_INFO", "verilog_src/questa_uvm_pkg-1.2/src/questa_uvm_pkg.sv(277)", "reporter", "Questa UVM", "QUESTA_UVM-1.2.3", "uvm_questa_version", False)
        uvm("UVM_INFO", "verilog_src/questa_uvm_pkg-1.2/src/questa_uvm_pkg.sv(278)", "reporter", "Questa UVM", " questa_uvm::init(+struct)", "uvm_questa_init", False)
        uvm("UVM_INFO", None, "reporter", "RNTST", f"Running test {test}...", "uvm_running_test", False)
        uvm("UVM_INFO", "verilog_src/uvm-1.2/src/base/uvm_traversal.svh(279)", "reporter", "UVMTOP", "UVM testbench topology:", "uvm_topology", False)
        rule = "-" * 72
        t(rule, "topo_rule")
        t(f"{'Name':<34}{'Type':<28}{'Size':<6}Value", "topo_header")
        t(rule, "topo_rule")
        oid = g.num(400, 480)
        for name, typ, size, ind in TOPO:
            oid += g.num(3, 40)
            val = f"@{oid}" if size == "-" else ("'h20" if typ == "integral" else "-")
            t(f"{' ' * ind}{name:<{34 - ind}}{typ.format(test=test):<28}{size:<6}{val}", "topo_row")
        t(rule, "topo_rule")
        t("", "empty")
        n_tx = g.num(20, 80)
        uvm("UVM_INFO", f"../tb/seq/{test.replace('_test', '_seq')}.sv({g.num(30, 80)})", "uvm_test_top.env.agent.sqr@@main_seq", "SEQ",
            f"starting {n_tx} transactions", "seq_starting", False)
        errs = 0
        bad = g.r.random() < 0.25
        for k in range(n_tx):
            if len(L.rows) > N_LINES + 200:
                break
            addr = g.num(0, 0xffff) * 16
            kind = g.c(["WRITE", "READ"])
            uvm("UVM_INFO", "../tb/axi_master_driver.sv(112)", "uvm_test_top.env.agent.drv", "DRV",
                f"{'AW' if kind == 'WRITE' else 'AR'} addr=0x{addr:08x} len={g.c([0, 3, 7, 15])} size=2 burst=INCR id={g.num(0, 7)}", "drv_addr")
            if g.r.random() < 0.5:
                uvm("UVM_INFO", "../tb/axi_monitor.sv(88)", "uvm_test_top.env.agent.mon", "MON",
                    f"{'B' if kind == 'WRITE' else 'R'} id={g.num(0, 7)} resp={g.c(['OKAY'] * 12 + ['SLVERR'] if 'error' in test else ['OKAY'])}", "mon_resp")
            if bad and g.r.random() < 0.08:
                errs += 1
                uvm("UVM_ERROR", "../tb/dma_scoreboard.sv(142)", "uvm_test_top.env.sb", "SCB",
                    f"Data mismatch: addr=0x{addr:08x} exp=0x{g.hx(8)} act=0x{g.hx(8)}", "scb_mismatch")
            if bad and g.r.random() < 0.03:
                st["qerr"] += 1
                t("** Error: Assertion error.", "sva_error", "Error")
                t(f"   Time: {st['sim']} ns Started: {st['sim'] - 10} ns  Scope: tb_top.u_axi_if.u_chk.a_awvalid_stable File: ../tb/axi_checker.sv Line: 55",
                  "sva_time_scope", "Error")
            if g.r.random() < 0.02:
                uvm("UVM_WARNING", "../tb/dma_coverage.sv(67)", "uvm_test_top.env.cov", "COV", f"descriptor ring wrapped at index {g.num(0, 63)} before coverage sample",
                    "cov_wrap")
            if "desc" in test and g.r.random() < 0.15:
                uvm("UVM_INFO", "../tb/apb_reg_seq.sv(54)", "uvm_test_top.env.reg_agent.sqr@@desc_seq", "REG",
                    f"write DMA_DESC_HEAD=0x{g.hx(8)} DMA_CTRL=0x0000000{g.num(1, 7)}", "reg_write")
        if g.r.random() < 0.04:
            uvm("UVM_FATAL", "../tb/dma_scoreboard.sv(77)", "uvm_test_top.env.sb", "SCB", "timeout waiting for DMA done interrupt", "scb_timeout")
            fatal = True
        else:
            fatal = False
            uvm("UVM_INFO", "verilog_src/uvm-1.2/src/base/uvm_objection.svh(1270)", "reporter", "TEST_DONE",
                "'run' phase is ready to proceed to the 'extract' phase", "uvm_test_done")
            uvm("UVM_INFO", "../tb/dma_scoreboard.sv(201)", "uvm_test_top.env.sb", "SCB", f"checked {n_tx} transactions, {errs} mismatches", "scb_checked", False)
        uvm("UVM_INFO", "verilog_src/uvm-1.2/src/base/uvm_report_server.svh(904)", "reporter", "UVM/REPORT/SERVER", "", "uvm_report_server", False)
        t("--- UVM Report Summary ---", "summary_title")
        t("", "empty")
        t("** Report counts by severity", "summary_by_severity")
        for sev in ["UVM_INFO", "UVM_WARNING", "UVM_ERROR", "UVM_FATAL"]:
            t(f"{sev} :{st['sevs'].get(sev, 0):5d}", "summary_sev_row")
        t("** Report counts by id", "summary_by_id")
        for id_ in sorted(st["ids"]):
            t(f"[{id_}] {st['ids'][id_]:5d}", "summary_id_row")
        t("", "empty")
        if fatal:
            t("** Note: $finish    : /opt/questa/2023.4/questasim/verilog_src/uvm-1.2/src/base/uvm_report_object.svh(292)", "finish_note", "Note")
        else:
            t("** Note: $finish    : /opt/questa/2023.4/questasim/verilog_src/uvm-1.2/src/base/uvm_root.svh(517)", "finish_note", "Note")
        t(f"   Time: {st['sim']} ns  Iteration: {g.num(40, 90)}  Instance: /tb_top", "finish_time", "Note")
        el = g.num(40, 900)
        L.t += dt.timedelta(seconds=el)
        t(f"End time: {L.t:%H:%M:%S} on {L.t:%b} {L.t.day:02d},{L.t.year}, Elapsed time: 0:{el // 60:02d}:{el % 60:02d}", "end_time")
        t(f"Errors: {st['qerr']}, Warnings: {st['qwarn']}", "errors_warnings")

    L.t = L.t.replace(hour=1, minute=30)
    while len(L.rows) < N_LINES:
        run_test()
    del L.rows[N_LINES:]
    return L


# 12 --------------------------------------------------------------- RPCS3 (0.0.33, the Windows build) on a player's PC, RPCS3.log of one evening's launch with three games booted in turn:
#   "·W 0:01:12.345678 {PPU[0x1000000] Thread (main_thread) [0x0012a3c4]} sys_fs: message" (the dot, the level character: ! always, S success,
#   W warning, E error, U todo, a blank for notice; the time since launch; the emulated thread and its program counter where there is one; the
#   channel); the system banner, each boot with its title lines and the custom configuration dumped as YAML (lines without a head), the GPU and
#   the recompilers, the HLE calls the games make (file opens, failed stats, save data, unimplemented trophy and network calls), RSX warnings, stops
@checked
def log_rpcs3(seed):
    L = Log("rpcs3_log", seed, "rel", True, True)
    g = L.g
    L.t = L.t.replace(hour=19, minute=2, second=11)
    t0 = L.t
    GAMES = [("Demon's Souls", "BLUS30443", "01.00", "DG", ["USRDIR/dvdroot_ps3/map/m02_00_00_00/m02_00_00_00.msb", "USRDIR/dvdroot_ps3/chr/c2290.chrbnd",
                                                              "USRDIR/dvdroot_ps3/sound/fdp_main.fev", "USRDIR/dvdroot_ps3/msg/engUS/menu.msgbnd.dcx"]),
             ("Gran Turismo 6", "BCES01893", "01.22", "HG", ["USRDIR/gt.idx", "USRDIR/gt.vol", "USRDIR/crs/ring_nurburgring.bin", "USRDIR/car/lod/0049.bin"]),
             ("Red Dead Redemption", "BLES00680", "01.07", "DG", ["USRDIR/game/rdr2layer0.rpf", "USRDIR/game/rdr2layer1.rpf", "USRDIR/game/rdr2audio.rpf",
                                                                  "USRDIR/game/common.rpf"])]
    CFG = [("Core:", 0), ("PPU Decoder: Recompiler (LLVM)", 2), ("PPU Threads: 2", 2), ("PPU Debug: false", 2), ("Save LLVM logs: false", 2),
           ("Use LLVM CPU: \"\"", 2), ("LLVM Precompilation: true", 2), ("Thread Scheduler Mode: Operating System", 2), ("Set DAZ and FTZ: false", 2),
           ("SPU Decoder: Recompiler (LLVM)", 2), ("SPU Reservation Busy Waiting Percentage: 100", 2), ("SPU Block Size: Safe", 2), ("Accurate SPU DMA: false", 2),
           ("Accurate RSX reservation access: {rsx}", 2), ("Preferred SPU Threads: {spu}", 2), ("VFS:", 0), ("Enable /host_root/: false", 2),
           ("Initialize Directories: true", 2), ("Video:", 0), ("Renderer: Vulkan", 2), ("Resolution: 1280x720", 2), ("Aspect ratio: 16:9", 2),
           ("Frame limit: Auto", 2), ("MSAA: Auto", 2), ("Shader Mode: Async Shader Recompiler", 2), ("Write Color Buffers: {wcb}", 2),
           ("Resolution Scale: {scale}", 2), ("Vulkan:", 2), ("Adapter: NVIDIA GeForce RTX 4070", 4), ("Enable FidelityFX Super Resolution Upscaling: false", 4),
           ("Audio:", 0), ("Renderer: Cubeb", 2), ("Audio Format: Stereo", 2), ("Buffering: true", 2), ("Desired Audio Buffer Duration: 100", 2),
           ("Input/Output:", 0), ("Keyboard: \"Null\"", 2), ("Mouse: Basic", 2), ("Camera: Null", 2), ("Net:", 0), ("Internet enabled: Disconnected", 2),
           ("PSN status: Disconnected", 2), ("Savestate:", 0), ("Start Paused: false", 2), ("Miscellaneous:", 0), ("Automatically start games after boot: true", 2),
           ("Exit RPCS3 when process finishes: false", 2)]
    def stamp():
        d = L.t - t0
        s = int(d.total_seconds())
        return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}.{d.microseconds:06d}"

    def w(lv, chan, msg, ev, thr=None):
        ms_(L, 0, 8)
        L.emit(f"·{lv} {stamp()} {thr + ' ' if thr else ''}{chan}: {msg}", ev, lv if lv != " " else None, chan)

    def ppu(name="main_thread", tid=0x1000000):
        return f"{{PPU[0x{tid:x}] Thread ({name}) [0x{g.num(0x4000, 0x7fffff) * 4:08x}]}}"

    def launch():
        w("!", "SYS", "RPCS3 v0.0.33-16890-0d8fd8d3 Alpha | master", "sys_version")
        w("!", "SYS", "AMD Ryzen 7 7800X3D 8-Core Processor | 16 Threads | 31.15 GiB RAM | TSC: 4.200GHz | AVX-512: Yes | FMA3", "sys_cpu")
        w("!", "SYS", "Operating system: Windows, Major: 10, Minor: 0, Build: 22631, Service Pack: none, Compatibility layer: no", "sys_os")
        w("!", "SYS", f"Current Time: {L.t:%Y-%m-%dT%H:%M:%S}", "sys_current_time")
        w("!", "SYS", "Firmware version: 4.91", "sys_firmware")
        w("!", "SYS", "Qt version: Compiled against Qt 6.7.3 | Run-time uses Qt 6.7.3", "sys_qt")
        w(" ", "SYS", "Path: C:/Games/RPCS3/rpcs3.exe", "sys_exe_path")
        ms_(L, 200, 900)
        w("!", "GUI", f"Game list refreshed in {g.num(200, 900)} ms ({g.num(38, 42)} games)", "gui_gamelist")

    def boot(game):
        title, serial, ver, cat, files = game
        at(L, g.r.uniform(5, 120))
        w("!", "SYS", "Booting from gamelist per doubleclick...", "booting_gamelist")
        w("!", "SYS", f"Path: C:/Games/RPCS3/dev_hdd0/game/{serial}/USRDIR/EBOOT.BIN" if cat == "HG" else f"Path: D:/PS3/{serial}/PS3_GAME/USRDIR/EBOOT.BIN",
          "boot_path")
        w("!", "SYS", f"Title: {title}", "title")
        w("!", "SYS", f"Serial: {serial}", "serial")
        w("!", "SYS", f"Category: {cat}", "category")
        w("!", "SYS", f"Version: APP_VER={ver} VERSION=01.00", "version")
        w("!", "SYS", f"Selected config: mode=custom config, path=\"C:/Games/RPCS3/config/custom_configs/config_{serial}.yml\"", "selected_config")
        w("!", "SYS", "Used configuration:", "used_configuration")
        fill_ = {"rsx": g.c(["true", "false"]), "spu": g.c(["0", "2"]), "wcb": g.c(["true", "false"]), "scale": g.c(["100", "150", "200"])}
        for text, ind in CFG:
            line = " " * ind + text.format(**fill_)
            L.emit(line, "cfg:" + slug(text), "!", "SYS")
        w("!", "SYS", f"Elf path: /dev_{'hdd0/game/' + serial if cat == 'HG' else 'bdvd/PS3_GAME'}/USRDIR/EBOOT.BIN", "elf_path")
        w(" ", "PPU", f"PPU executable hash: PPU-{g.hx(40)} (<- 0)", "ppu_exec_hash")
        w("!", "RSX", "Found vulkan-compatible GPU: 'NVIDIA GeForce RTX 4070' running on driver 566.14.0.0", "vk_found_gpu")
        w("!", "RSX", "Vulkan: Renderer initialized on device 'NVIDIA GeForce RTX 4070'", "vk_renderer_init")
        at(L, g.r.uniform(1, 30))
        n = g.num(20, 60)
        w("!", "PPU", f"LLVM: {n} PPU modules compiled ({g.num(0, n)} from cache) in {g.f(0.3, 40, 2)}s", "ppu_llvm_compiled")
        w("!", "SPU", f"SPU Recompiler (LLVM): Loaded {g.num(1000, 30000)} entries from cache", "spu_cache_loaded")
        w("S", "SYS", "Boot successful.", "boot_successful")
        return game

    def fopen(game):
        serial, files = game[1], game[4]
        base = f"/dev_hdd0/game/{serial}/" if game[3] == "HG" else "/dev_bdvd/PS3_GAME/"
        w("W", "sys_fs", f"sys_fs_open(path=“{base}{g.c(files)}”, flags=0x0, fd=*0xd00{g.hx(5)}, mode=0{g.c(['', '666'])}, arg=*0x0, size=0x0)", "sys_fs_open",
          ppu(*g.c([("main_thread", 0x1000000), ("main_thread", 0x1000000), ("FileLoader", 0x1000016), ("StreamThread", 0x100001c)])))

    def fstat_fail(game):
        serial = game[1]
        fn = g.c(["sys_fs_stat", "sys_fs_open", "sys_fs_opendir"])
        w("E", "sys_fs", f"'{fn}' failed with 0x80010006 : CELL_ENOENT, “/dev_hdd0/game/{serial}/USRDIR/{g.c(['patch.bin', 'dlc/', 'SAVE_TMP.DAT', 'NPWR00001_00.ucp'])}” [1]",
          "sys_fs_failed", ppu())

    def savedata(game):
        w("W", "cellSaveData", f"cellSaveDataAutoSave2(version=0, dirName=“{game[1]}-SAVE0{g.num(0, 2)}”, errDialog=1, setBuf=*0x{g.hx(8)}, funcStat=*0x{g.hx(8)}, "
          f"funcFile=*0x{g.hx(8)}, container=0xffffffff, userdata=*0x0)", "savedata_autosave2", ppu())

    def todo(game):
        x = g.r.random()
        if x < 0.4:
            w("U", "sceNpTrophy", f"sceNpTrophyGetGameProgress(context=0x1, handle=0x1, percentage=*0xd00{g.hx(5)})", "todo_trophy_progress", ppu())
        elif x < 0.75:
            w("U", "cellNetCtl", f"cellNetCtlGetInfo(code=0x{g.c([2, 8, 16]):x} ({g.c(['CELL_NET_CTL_INFO_ETHER_ADDR', 'CELL_NET_CTL_INFO_IP_CONFIG', 'CELL_NET_CTL_INFO_IP_ADDRESS'])}), "
              f"info=*0xd00{g.hx(5)})", "todo_netctl_getinfo", ppu())
        else:
            w("U", "cellSysutil", f"cellSysutilGetBgmPlaybackStatus(status=*0xd00{g.hx(5)})", "todo_bgm_status", ppu("_sys_bgm", 0x1000021))

    def rsx_warn(game):
        x = g.r.random()
        if x < 0.6:
            w("W", "RSX", f"Texture upload requested but texture not found, (address=0xc0{g.hx(6)}, size=0x{g.hx(5)}, w={g.c([256, 512, 1024])}, h={g.c([256, 512, 1024])}, "
              f"p={g.c([1024, 2048, 4096])}, format=0x{g.c(['85', '86', '88', 'a5'])})", "rsx_texture_not_found", "{rsx::thread}")
        else:
            w("E", "RSX", f"Invalid (vertex/index) count: {g.num(0, 3)} (draw_command=0x{g.hx(8)})", "rsx_invalid_count", "{rsx::thread}")

    def audio(game):
        w(" ", "cellAudio", f"cellAudioPortStart(portNum={g.num(0, 3)})", "audio_port_start", ppu("_cellAudio", 0x1000013))

    def trophy(game):
        w("!", "sceNpTrophy", f"Trophy {g.num(1, 50)} unlocked: '{g.c(['Demon Slayer', 'Mastery', 'Gold License', 'Legend of the West', 'Sharpshooter'])}'", "trophy_unlocked",
          ppu())

    def stop():
        w("!", "SYS", "Stopping emulator...", "stopping_emulator")
        ms_(L, 50, 800)
        w("!", "SYS", "Emulation is stopping...", "emulation_stopping")
        ms_(L, 50, 800)
        w("!", "SYS", "Emulation stopped", "emulation_stopped")

    launch()
    games = g.r.sample(GAMES, 3)
    k = 0
    while len(L.rows) < N_LINES:
        game = boot(games[k % 3])
        k += 1
        budget = len(L.rows) + g.num(450, 650)
        ev = [(40, fopen), (6, fstat_fail), (4, savedata), (10, todo), (8, rsx_warn), (4, audio), (0.5, trophy)]
        while len(L.rows) < min(budget, N_LINES):
            L.tick(4)
            g.r.choices([f for _, f in ev], [x for x, _ in ev])[0](game)
        stop()
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[0].startswith("·"))
    return L


# 13 --------------------------------------------------------------- Riemann 0.3.11 (Clojure on OpenJDK 17) as the event processor of a hosting company's monitoring: collectd and the
#   riemann-tools on 40 hosts send events, the config's streams log state changes and expirations, forward to InfluxDB and mail or page on-call;
#   /var/log/riemann/riemann.log ("INFO [2026-12-01 10:00:00,123] riemann task 3 - riemann.config - message": the level, the time, the thread and
#   the logger); the start-up and SIGHUP reloads, the config's own lines printing Clojure maps, clients dropping TCP connections and streams whose
#   mailer or InfluxDB client threw, each with its Java exception and "<tab>at" frames
@checked
def log_riemann(seed):
    L = Log("riemann_log", seed, "full", True, True)
    g = L.g
    HOSTS = [f"web-{n}" for n in range(1, 13)] + [f"db-{n}" for n in range(1, 5)] + [f"lb-{n}" for n in (1, 2)] + [f"mail-{n}" for n in (1, 2)]
    SVCS = [("cpu", 0.4, 0.98), ("memory", 0.5, 0.97), ("disk /", 0.6, 0.96), ("disk /var", 0.5, 0.99), ("load", 0.2, 9.0), ("swap", 0.0, 0.6),
            ("nginx health", 0, 1), ("mysql replication lag", 0, 120), ("postfix queue", 0, 400)]

    def w(lv, thr, logger, msg, ev):
        ms_(L, 0, 40)
        L.emit(f"{lv} [{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)}] {thr} - {logger} - {msg}", ev, lv, logger)

    def frames(lines, lv, logger):
        for text, ev in lines:
            L.emit(text, ev, lv, logger)

    def start(reload=False):
        if reload:
            w("INFO", f"Thread-{g.num(5, 40)}", "riemann.bin", "Caught SIGHUP, reloading", "caught_sighup")
        w("INFO", "main" if not reload else f"Thread-{g.num(5, 40)}", "riemann.bin", "Loading /etc/riemann/riemann.config", "loading_config")
        if not reload:
            w("INFO", "main", "riemann.bin", f"PID {g.num(800, 30000)}", "pid")
            w("INFO", "clojure-agent-send-off-pool-0", "riemann.transport.websockets", "Websockets server 0.0.0.0 5556 online", "ws_online")
            w("INFO", "clojure-agent-send-off-pool-1", "riemann.transport.tcp", "TCP server 0.0.0.0 5555 online", "tcp_online")
            w("INFO", "clojure-agent-send-off-pool-2", "riemann.transport.udp", "UDP server 0.0.0.0 5555 16384 -1 online", "udp_online")
            w("INFO", "clojure-agent-send-off-pool-3", "riemann.repl", "REPL server {:port 5557, :host 127.0.0.1} online", "repl_online")
        w("INFO", "main" if not reload else f"Thread-{g.num(5, 40)}", "riemann.core", "Hyperspace core online", "core_online")

    def ev_map(host, svc, state, metric):
        tags = g.c(["[collectd]", "[riemann-tools]", "[collectd production]"])
        m = f"{metric:.4f}".rstrip("0").rstrip(".") if isinstance(metric, float) else str(metric)
        return (f"{{:host {host}, :service {svc}, :state {state}, :description nil, :metric {m}, :tags {tags}, :time {int(epoch(L.t))}, "
                f":ttl 60.0}}")

    def state_change():
        h = g.c(HOSTS)
        svc, lo, hi = g.c(SVCS)
        st = g.c(["ok", "ok", "warning", "critical"])
        w("INFO", f"riemann task {g.num(0, 7)}", "riemann.config", f"state change: {ev_map(h, svc, st, g.r.uniform(lo, hi))}", "state_change")
        if st == "critical" and g.r.random() < 0.6:
            w("INFO", f"riemann task {g.num(0, 7)}", "riemann.config", f"paging on-call for {h} {svc} (critical)", "paging")

    def expired():
        h = g.c(HOSTS)
        svc, _, _ = g.c(SVCS)
        w("INFO", f"riemann task {g.num(0, 7)}", "riemann.config", f"expired {{:host {h}, :service {svc}, :state expired, :time {int(epoch(L.t))}}}", "expired")

    def tcp_caught():
        w("WARN", f"defaultEventExecutorGroup-2-{g.num(1, 8)}", "riemann.transport.tcp", "TCP handler caught", "tcp_handler_caught")
        frames([("java.io.IOException: Connection reset by peer", "exc_ioexception")] + java_frames([
            "java.base/sun.nio.ch.SocketDispatcher.read0(Native Method)", "java.base/sun.nio.ch.SocketDispatcher.read(SocketDispatcher.java:47)",
            "java.base/sun.nio.ch.IOUtil.readIntoNativeBuffer(IOUtil.java:330)", "java.base/sun.nio.ch.IOUtil.read(IOUtil.java:284)",
            "java.base/sun.nio.ch.IOUtil.read(IOUtil.java:259)", "java.base/sun.nio.ch.SocketChannelImpl.read(SocketChannelImpl.java:417)",
            "io.netty.buffer.PooledByteBuf.setBytes(PooledByteBuf.java:254)", "io.netty.buffer.AbstractByteBuf.writeBytes(AbstractByteBuf.java:1132)",
            "io.netty.channel.socket.nio.NioSocketChannel.doReadBytes(NioSocketChannel.java:357)",
            "io.netty.channel.nio.AbstractNioByteChannel$NioByteUnsafe.read(AbstractNioByteChannel.java:151)",
            "io.netty.channel.nio.NioEventLoop.processSelectedKey(NioEventLoop.java:788)", "io.netty.channel.nio.NioEventLoop.run(NioEventLoop.java:562)",
            "io.netty.util.concurrent.SingleThreadEventExecutor$4.run(SingleThreadEventExecutor.java:997)", "java.base/java.lang.Thread.run(Thread.java:840)"]),
               "WARN", "riemann.transport.tcp")

    def mail_threw():
        w("WARN", f"riemann task {g.num(0, 7)}", "riemann.streams", f"riemann.email$mailer$make_stream__{g.num(10000, 99999)}@{g.hx(8)} threw", "stream_threw")
        frames([("javax.mail.MessagingException: Could not connect to SMTP host: smtp.hostco.example, port: 587;", "exc_messaging"),
                ("  nested exception is:", "exc_nested"),
                ("\tjava.net.ConnectException: Connection timed out", "exc_nested_cause")] + java_frames([
                    "com.sun.mail.smtp.SMTPTransport.openServer(SMTPTransport.java:2209)", "com.sun.mail.smtp.SMTPTransport.protocolConnect(SMTPTransport.java:740)",
                    "javax.mail.Service.connect(Service.java:366)", "javax.mail.Service.connect(Service.java:246)", "javax.mail.Transport.send0(Transport.java:253)",
                    "javax.mail.Transport.send(Transport.java:174)", "postal.smtp$smtp_send_STAR_.invokeStatic(smtp.clj:79)",
                    "riemann.email$email_event.invokeStatic(email.clj:32)", "riemann.email$mailer$make_stream__14082.invoke(email.clj:74)",
                    "riemann.streams$call_rescue.invokeStatic(streams.clj:174)", "riemann.config$eval14230$fn__14231.invoke(riemann.config:61)"],
                    cause=("java.net.ConnectException: Connection timed out", "exc_cause_connect",
                           ["java.base/sun.nio.ch.Net.connect0(Native Method)", "java.base/sun.nio.ch.Net.connect(Net.java:579)",
                            "java.base/java.net.Socket.connect(Socket.java:633)"]), more=g.num(14, 22)), "WARN", "riemann.streams")

    def influx_threw():
        w("WARN", f"riemann task {g.num(0, 7)}", "riemann.streams", f"riemann.influxdb$influxdb$stream__{g.num(10000, 99999)}@{g.hx(8)} threw", "stream_threw")
        frames([(f"java.net.SocketTimeoutException: {g.c(['Read timed out', 'connect timed out'])}", "exc_socket_timeout")] + java_frames([
            "java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)", "java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:314)",
            "okhttp3.internal.http1.Http1ExchangeCodec.readResponseHeaders(Http1ExchangeCodec.kt:180)", "okhttp3.internal.connection.Exchange.readResponseHeaders(Exchange.kt:110)",
            "okhttp3.RealCall.execute(RealCall.kt:66)", "retrofit2.OkHttpCall.execute(OkHttpCall.java:190)",
            "org.influxdb.impl.InfluxDBImpl.execute(InfluxDBImpl.java:829)", "org.influxdb.impl.InfluxDBImpl.write(InfluxDBImpl.java:470)",
            "riemann.influxdb$influxdb$stream__15312.invoke(influxdb.clj:208)", "riemann.streams$batch$stream__10218.invoke(streams.clj:723)"]), "WARN", "riemann.streams")

    def ws_conn():
        q = g.c(["tagged%20%22collectd%22", "state%20%3D%20%22critical%22", "host%20%3D~%20%22web-%25%22", "service%20%3D%20%22load%22"])
        w("INFO", f"clojure-agent-send-off-pool-{g.num(4, 30)}", "riemann.transport.websockets", f"Websocket connection from {g.c(['10.8.0.14', '10.8.0.15', '10.8.3.2'])} "
          f"/index?subscribe=true&query={q}", "ws_connection")

    start()
    fill(L, [(50, state_change), (20, expired), (1.2, tcp_caught), (0.35, mail_threw), (0.35, influx_threw), (2, ws_conn), (0.15, lambda: start(True))],
         N_LINES, 40)
    del L.rows[N_LINES:]
    return L


# 14 --------------------------------------------------------------- Stata/MP 18 in batch mode at a university hospital's health services research unit: the nightly `stata-mp -b do
#   daily_census.do` and the weekly `stata-mp -b do weekly_readmit.do`, each run's .log appended to an archive by the cron wrapper; no time on
#   any line: the batch banner and licence notes, the echoed commands (". use ...", continuation lines "> ..."), their output (data labels,
#   "(412 observations deleted)", counts), merge results, list and tabulate tables, a logistic regression table, summarize's detail, saved
#   files, and the odd failing run ("file ... not found", "assertion is false", "r(601);")
@checked
def log_stata(seed):
    L = Log("stata_batch_log", seed, None, False, False)
    g = L.g
    WARDS = ["Cardiology", "Neurology", "Oncology", "Geriatrics", "Surgery A", "Surgery B", "Pulmonology", "Nephrology", "Gastro"]

    def w(text, ev):
        L.emit(text, ev)

    def cmd(text, cont=None):
        w(f". {text}", "cmd")
        for c in cont or []:
            w(f"> {c}", "cmd_cont")

    def num(n):
        return f"{n:,}"

    def banner():
        w("", "empty")
        for text in ["  ___  ____  ____  ____  ____ ®", " /__    /   ____/   /   ____/      18.0", "___/   /   /___/   /   /___/       MP—Parallel Edition"]:
            w(text, "banner_" + slug(text))
        w("", "empty")
        for text in [" Statistics and Data Science       Copyright 1985-2023 StataCorp LLC", "                                   StataCorp",
                     "                                   4905 Lakeway Drive", "                                   College Station, Texas 77845 USA",
                     "                                   800-STATA-PC        https://www.stata.com",
                     "                                   979-696-4600        stata@stata.com"]:
            w(text, "banner_" + slug(text))
        w("", "empty")
        for text in ["Stata license: 10-user 8-core network perpetual", "Serial number: 501806012345", "  Licensed to: Health Services Research Unit",
                     "               Universitätsklinikum"]:
            w(text, "banner_" + slug(text))
        w("", "empty")
        for text in ["Notes:", "      1. Stata is running in batch mode.", "      2. Unicode is supported; see help unicode_advice.",
                     "      3. More than 2 billion observations are allowed; see help obs_advice.",
                     "      4. Maximum number of variables is set to 5,000 but can be increased;", "          see help set_maxvar."]:
            w(text, "banner_" + slug(text))
        w("", "empty")

    def fail(code, msg, ev):
        w(msg, ev)
        w(f"r({code});", "rc")
        w("", "empty")
        w("end of do-file", "end_of_do")
        w("", "empty")
        w(f"r({code});", "rc")

    def end():
        w("", "empty")
        cmd("")
        w("end of do-file", "end_of_do")

    def merge_table(m1, m2, m3):
        w("", "empty")
        w("    Result                      Number of obs", "merge_header")
        w("    -----------------------------------------", "merge_rule")
        w(f"    Not matched                    {num(m1 + m2):>10}", "merge_not_matched")
        if m1 + m2:
            w(f"        from master                {num(m1):>10}  (_merge==1)", "merge_from_master")
            w(f"        from using                 {num(m2):>10}  (_merge==2)", "merge_from_using")
        w("", "empty")
        w(f"    Matched                        {num(m3):>10}  (_merge==3)", "merge_matched")
        w("    -----------------------------------------", "merge_rule")

    def census():
        d = L.t
        banner()
        w(". do \"daily_census.do\" ", "cmd")
        w("", "empty")
        cmd("* daily bed census, run nightly by cron (hsr-stats01)")
        cmd("version 18")
        w("", "empty")
        cmd("set more off")
        w("", "empty")
        cmd("local d : display %tdCCYYNNDD date(c(current_date), \"DMY\")")
        w("", "empty")
        cmd("use \"/data/hosp/census_`d'.dta\", clear")
        if g.r.random() < 0.06:
            fail(601, f"file /data/hosp/census_{d:%Y%m%d}.dta not found", "file_not_found")
            return
        w(f"(Daily census extract {d:%Y-%m-%d})", "data_label")
        w("", "empty")
        cmd("count")
        n = g.num(900, 1100)
        w(f"  {num(n)}", "count_result")
        w("", "empty")
        cmd("merge m:1 ward_id using \"/data/hosp/wards.dta\", keepusing(ward beds)")
        m2 = g.num(0, 3)
        merge_table(0, m2, n)
        w("", "empty")
        cmd("drop if _merge == 2")
        w(f"({m2} observation{'s' if m2 != 1 else ''} deleted)", "obs_deleted")
        w("", "empty")
        cmd("collapse (count) occupied=patient_id (first) beds, by(ward)")
        w("", "empty")
        cmd("generate occ_pct = 100 * occupied / beds")
        w("", "empty")
        cmd("list ward beds occupied occ_pct, separator(0)")
        w("", "empty")
        w("     +" + "-" * 41 + "+", "list_border")
        w("     |        ward   beds   occupied   occ_pct |", "list_header")
        w("     |" + "-" * 41 + "|", "list_sep")
        for i, ward in enumerate(WARDS, 1):
            beds = g.c([24, 30, 32, 36, 42])
            occ = min(beds, g.num(beds - 12, beds + 1))
            w(f"{str(i) + '.':>4} | {ward:>11}   {beds:>4}   {occ:>8}   {100 * occ / beds:>7.4g} |", "list_row")
        w("     +" + "-" * 41 + "+", "list_border")
        w("", "empty")
        cmd("export delimited using \"/reports/census/census_`d'.csv\", replace")
        w(f"file /reports/census/census_{d:%Y%m%d}.csv saved", "file_saved")
        end()

    def readmit():
        d = L.t
        banner()
        w(". do \"weekly_readmit.do\" ", "cmd")
        w("", "empty")
        cmd("* weekly 30-day readmission report")
        cmd("version 18")
        w("", "empty")
        cmd("set more off")
        w("", "empty")
        cmd("use \"/data/hosp/admissions_rolling365.dta\", clear")
        w("(Admissions, rolling 365 days)", "data_label")
        w("", "empty")
        cmd("keep if age >= 18 & inlist(adm_type, 1, 2)")
        w(f"({num(g.num(2000, 4000))} observations deleted)", "obs_deleted")
        w("", "empty")
        if g.r.random() < 0.12:
            cmd("assert !missing(discharge_date)")
            w(f"{g.num(1, 40)} contradictions in {num(g.num(40000, 48000))} observations", "assert_contradictions")
            fail(9, "assertion is false", "assertion_false")
            return
        cmd("generate byte readmit30 = (readmit_date - discharge_date <= 30) ///", ["if !missing(readmit_date)"])
        miss = g.num(30000, 40000)
        w(f"({num(miss)} missing values generated)", "missing_generated")
        w("", "empty")
        cmd("replace readmit30 = 0 if missing(readmit30)")
        w(f"({num(miss)} real changes made)", "real_changes")
        w("", "empty")
        cmd("tabulate ward readmit30, row")
        w("", "empty")
        for text, ev in [("+----------------+", "tab_key_border"), ("| Key            |", "tab_key_title"), ("|----------------|", "tab_key_sep"),
                         ("|   frequency    |", "tab_key_frequency"), ("| row percentage |", "tab_key_row_pct"), ("+----------------+", "tab_key_border")]:
            w(text, ev)
        w("", "empty")
        w("            |       readmit30", "tab_var_header")
        w("       ward |         0          1 |     Total", "tab_col_header")
        w("------------+----------------------+----------", "tab_sep")
        t0 = t1 = 0
        for ward in WARDS:
            a, b = g.num(2000, 6000), g.num(150, 900)
            t0 += a
            t1 += b
            w(f"{ward:>11} | {num(a):>9} {num(b):>10} | {num(a + b):>9} ", "tab_row")
            w(f"{'':>11} | {100 * a / (a + b):>9.2f} {100 * b / (a + b):>10.2f} | {100:>9.2f} ", "tab_row")
            w("------------+----------------------+----------", "tab_sep")
        w(f"{'Total':>11} | {num(t0):>9} {num(t1):>10} | {num(t0 + t1):>9} ", "tab_row")
        w(f"{'':>11} | {100 * t0 / (t0 + t1):>9.2f} {100 * t1 / (t0 + t1):>10.2f} | {100:>9.2f} ", "tab_row")
        w("", "empty")
        cmd("logit readmit30 age i.female los i.ward, vce(cluster hospital_id) nolog")
        w("", "empty")
        n = t0 + t1
        w(f"Logistic regression                                     Number of obs = {num(n):>6}", "logit_nobs")
        w(f"                                                        Wald chi2(11) = {g.f(200, 600, 2):>6}", "logit_wald")
        w("                                                        Prob > chi2   = 0.0000", "logit_prob")
        w(f"Log pseudolikelihood = -{g.f(9000, 14000, 4)}                       Pseudo R2     = 0.0{g.num(300, 900)}", "logit_ll")
        w("", "empty")
        w("                            (Std. err. adjusted for 6 clusters in hospital_id)", "logit_clusters")
        rule = "-" * 78
        w(rule, "coef_rule")
        w("             |               Robust", "coef_robust")
        w("   readmit30 | Coefficient  std. err.      z    P>|z|     [95% conf. interval]", "coef_header")
        w("-------------+----------------------------------------------------------------", "coef_sep")

        def sg(x):
            t = f"{x:.6f}" if abs(x) >= 1 else f"{x:.7f}"
            return t.replace("-0.", "-.") if t.startswith("-0.") else (t[1:] if t.startswith("0.") else t)

        def row(name):
            b = g.r.uniform(-0.5, 0.6) if name != "_cons" else g.r.uniform(-4.2, -3.4)
            se = abs(b) / g.r.uniform(0.8, 12) + 0.001
            z = b / se
            p = math.erfc(abs(z) / math.sqrt(2))
            w(f"{name:>12} |  {sg(b):>10}  {sg(se):>9}  {z:>7.2f}   {p:.3f}    {sg(b - 1.96 * se):>9}   {sg(b + 1.96 * se):>9}", "coef_row")
        row("age")
        row("1.female")
        row("los")
        w("             |", "coef_blank")
        w("        ward |", "coef_factor")
        for ward in WARDS[1:]:
            row(ward[:12])
        w("             |", "coef_blank")
        row("_cons")
        w(rule, "coef_rule")
        w("", "empty")
        cmd("summarize los, detail")
        w("", "empty")
        w("                       length of stay (days)", "sum_title")
        w("-------------------------------------------------------------", "sum_rule")
        w("      Percentiles      Smallest", "sum_percentiles_header")
        mean = g.r.uniform(5.5, 7.5)
        pct = [("1%", 1), ("5%", 1), ("10%", 2), ("25%", 3)]
        for i, (p, v) in enumerate(pct):
            extra = ["", "", f"       Obs          {num(n):>10}", f"       Sum of wgt.  {num(n):>10}"][i]
            w(f"{p:>3} {v:>12} {0:>14}{extra}", "sum_pct_row")
        w("", "empty")
        w(f"{'50%':>3} {5:>12} {'':>14}       Mean           {mean:.6g}", "sum_pct_row")
        w(f"                        Largest       Std. dev.      {g.r.uniform(4, 6):.6g}", "sum_largest_sd")
        for i, (p, v) in enumerate([("75%", 8), ("90%", 13), ("95%", 17), ("99%", 28)]):
            extra = ["", f"       Variance       {g.r.uniform(16, 36):.6g}", f"       Skewness       {g.r.uniform(2, 4):.6g}",
                     f"       Kurtosis       {g.r.uniform(12, 30):.6g}"][i]
            w(f"{p:>3} {v:>12} {g.num(80, 160):>14}{extra}", "sum_pct_row")
        w("", "empty")
        cmd(f"export excel ward readmit30 using \"/reports/readmit/readmit_{d:%Y_%W}.xlsx\", ///", ["firstrow(variables) replace"])
        w(f"file /reports/readmit/readmit_{d:%Y_%W}.xlsx saved", "file_saved")
        end()

    L.t = L.t.replace(hour=2, minute=30)
    while len(L.rows) < N_LINES:
        census()
        if L.t.weekday() == 0 or g.r.random() < 0.15:
            readmit()
        L.t += dt.timedelta(days=1)
    del L.rows[N_LINES:]
    return L


# 15 --------------------------------------------------------------- Stellaris 3.14 (Steam, Windows) with a 90-mod playset, Documents/Paradox Interactive/Stellaris/logs/error.log of one evening:
#   "[19:02:14][persistent.cpp:45]: message" (the time of day, the engine's source file and line); the flood while the game database loads
#   (script parse errors, unknown triggers and effects, missing localisation keys, sprites, textures, entities and sound effects, mods declaring an
#   unsupported version), then the errors the game logs while running (bad scopes, events that do not exist, effects without a valid target, pops
#   without jobs), repeated each in-game month
@checked
def log_stellaris(seed):
    L = Log("stellaris_error_log", seed, "tod", False, True)
    g = L.g
    L.t = L.t.replace(hour=19, minute=2, second=11)
    MODFILES = ["common/buildings/giga_buildings.txt", "common/edicts/ace_edicts.txt", "common/ship_sizes/zz_nsc_ship_sizes.txt", "events/ace_events.txt",
                "common/technology/eac_tech.txt", "common/pop_jobs/plan_jobs.txt", "common/scripted_effects/giga_effects.txt", "common/decisions/rs_decisions.txt",
                "common/component_templates/nsc_weapons.txt", "common/districts/ue_districts.txt", "events/planetary_diversity_events.txt"]
    TOKENS = ["potential", "modifier", "allow", "is_planet_class", "planet_modifier", "resources", "triggered_desc", "upkeep", "ai_weight", "}"]
    TRIG = ["has_origin_civic", "is_galactic_community_member_or_applicant", "has_active_tradition_pop", "owner_main_species_is", "has_ascension_perk_old"]
    EFF = ["add_modifier_pop", "set_empire_flag_clear", "create_pop_job", "remove_planet_deposit", "shift_ethic_old"]
    KEYS = ["giga_tech_dyson_sphere_desc", "edict_ace_festival_desc", "job_plan_administrator_effect_desc", "nsc_titan_section_A_desc",
            "pd_event_1012.desc", "building_ue_arcology_core_desc", "rs_decision_terraform_cost"]
    SPRITES = ["GFX_job_plan_administrator", "GFX_edict_ace_festival", "GFX_building_giga_hub", "GFX_ship_part_nsc_flagship", "GFX_tech_giga_ring",
               "GFX_evt_planetary_ring"]

    def w(src, msg, ev):
        ms_(L, 0, 30)
        L.emit(f"[{L.t:%H:%M:%S}][{src}]: {msg}", ev, None, src.split(":")[0])

    def f():
        return g.c(MODFILES)

    def load():
        x = g.r.random()
        n = g.num(3, 2400)
        if x < 0.18:
            w("persistent.cpp:45", f"Error: \"Unexpected token: {g.c(TOKENS)}, near line: {n}\" in file: \"{f()}\" near line: {n + 1}", "unexpected_token")
        elif x < 0.24:
            w("persistent.cpp:45", f"Error: \"Malformed token: @[ {g.c(['fleet_size', 'cost_mult', 'base_upkeep'])} * {g.num(2, 9)} ], near line: {n}\" in file: "
              f"\"{f()}\" near line: {n}", "malformed_token")
        elif x < 0.36:
            w("trigger.cpp:544", f"Error: \"Unknown trigger type: {g.c(TRIG)}\" in file: \"{f()}\" near line: {n}", "unknown_trigger")
        elif x < 0.44:
            w("effect.cpp:678", f"Error: \"Unknown effect type: {g.c(EFF)}\" in file: \"{f()}\" near line: {n}", "unknown_effect")
        elif x < 0.62:
            w("localization.cpp:402", f"Missing localization key: \"{g.c(KEYS)}\"", "missing_loc_key")
        elif x < 0.72:
            w("gfx_types.cpp:1106", f"Could not find sprite type \"{g.c(SPRITES)}\" used by \"{g.c(['interface/giga_view.gui', 'interface/plan_jobs.gui', 'common/buildings'])}\"",
              "missing_sprite")
        elif x < 0.78:
            w("texturehandler.cpp:380", f"Texture file not found: \"gfx/{g.c(['interface/icons/jobs', 'models/ships/nsc', 'interface/icons/buildings'])}/"
              f"{g.c(['job_plan_admin', 'titan_core', 'giga_hub', 'arcology_core'])}.dds\"", "texture_not_found")
        elif x < 0.84:
            w("pdx_entity.cpp:222", f"Entity \"{g.c(['nsc_titan_01', 'giga_ring_world_segment', 'ue_arcology'])}_entity\" not found, using default", "entity_not_found")
        elif x < 0.9:
            w("audio_system.cpp:766", f"Failed to find sound effect \"{g.c(['event_ominous_signal', 'ui_click_giga', 'nsc_titan_fire'])}\"", "sound_not_found")
        elif x < 0.95:
            w("scripted_variables.cpp:122", f"Variable not found: @{g.c(['giga_cost_mult', 'nsc_hp_titan', 'ace_festival_cost'])} in file: \"{f()}\" near line: {n}",
              "variable_not_found")
        else:
            w("dlc.cpp:292", f"Mod \"{g.c(['Gigastructural Engineering & More (3.14)', 'NSC3', 'Planetary Diversity', 'Real Space - Frameworld'])}\" has invalid "
              f"supported_version \"v3.{g.c([10, 12, 13])}.*\" in file: mod/ugc_{g.num(680000000, 3300000000)}.mod line: {g.num(3, 9)}", "invalid_supported_version")

    def runtime():
        x = g.r.random()
        cid = g.num(0, 40)
        if x < 0.28:
            w("scopes.cpp:1512", f"Invalid scope type for trigger \"{g.c(['has_country_flag', 'owner_species', 'has_modifier'])}\", expected {g.c(['country', 'planet'])}, "
              f"got {g.c(['planet', 'pop', 'fleet', 'none'])} in file: \"{g.c(MODFILES[3::7] + ['events/ace_events.txt'])}\" near line: {g.num(10, 2400)}", "invalid_scope")
        elif x < 0.45:
            w("eventmanager.cpp:371", f"Event \"{g.c(['ace', 'pd', 'giga', 'rs'])}.{g.num(100, 9999)}\" does not exist, called from on_action "
              f"\"{g.c(['on_monthly_pulse', 'on_yearly_pulse_country', 'on_colonized'])}\"", "event_not_exist")
        elif x < 0.6:
            w("effect_impl.cpp:4071", f"Error in create_ship effect: no valid design for ship size \"{g.c(['titan', 'nsc_flagship', 'giga_birch_seed'])}\" "
              f"(country {cid})", "create_ship_no_design")
        elif x < 0.72:
            w("pop_job.cpp:884", f"Pop {g.num(10 ** 8, 10 ** 9)} on planet {g.num(100, 9000)} has no valid job of category \"{g.c(['worker', 'specialist', 'ruler'])}\"",
              "pop_no_job")
        elif x < 0.82:
            w("fleet.cpp:2931", f"Fleet {g.num(10 ** 6, 10 ** 9)} has no valid path to system {g.num(1, 1000)}", "fleet_no_path")
        elif x < 0.9:
            w("economic_plan.cpp:213", f"Economic plan \"{g.c(['GIGA_PLAN_ENERGY', 'NSC_PLAN_ALLOYS'])}\" of country {cid} has an unknown resource \"sr_dark_matter\"",
              "econ_plan_unknown_resource")
        elif x < 0.96:
            w("localization.cpp:402", f"Missing localization key: \"{g.c(KEYS)}\"", "missing_loc_key")
        else:
            w("ship_design.cpp:1047", f"Ship design \"{g.c(['NAME_Auto_Titan', 'NAME_Colossus_Giga', 'NAME_Corvette_Auto'])}\" has invalid section "
              f"\"{g.c(['NSC_TITAN_BOW_L', 'GIGA_COLOSSUS_CORE'])}\"", "design_invalid_section")

    for _ in range(1150):
        load()
    at(L, g.r.uniform(60, 200))
    while len(L.rows) < N_LINES:
        at(L, g.r.uniform(8, 30))
        for _ in range(g.num(3, 12)):
            runtime()
    del L.rows[N_LINES:]
    return L


# 16 --------------------------------------------------------------- Selenium Grid 4.27 in the selenium/standalone-chrome container that a web agency's nightly end-to-end job starts with
#   docker compose, `docker logs` of each night's container appended to one file: supervisord's lines ("2026-12-01 02:00:01,123 INFO spawned: ..."),
#   the entry point's plain lines and the TOML configuration it prints, Selenium's own ("02:00:04.512 INFO [LocalDistributor.newSession] - message":
#   time of day, level, class and method), ChromeDriver's start-up banner and its "[1764554471.123][SEVERE]: ..." lines, session requests and the
#   capabilities on a second line, sessions timing out, a span exporter's exception as one JSON line, and the container's shutdown
@checked
def log_selenium(seed):
    L = Log("selenium_grid_docker_logs", seed, "tod", True, True)
    g = L.g
    IP = "172.18.0.3"

    def sup(lv, msg, ev):
        ms_(L, 0, 5)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} {lv} {msg}", ev, lv, None)

    def se(lv, where, msg, ev):
        ms_(L, 0, 15)
        L.emit(f"{L.t:%H:%M:%S}.{ms3(L.t)} {lv} [{where}] - {msg}", ev, lv, where.split(".")[0])

    def bare(text, ev, lv=None, comp=None):
        L.emit(text, ev, lv, comp)

    def cd(lv, msg, ev):
        ms_(L, 0, 5)
        L.emit(f"[{epoch(L.t):.3f}][{lv}]: {msg}", ev, lv, None)

    def caps_req():
        args = g.c(["[--headless=new, --window-size=1920,1080, --disable-dev-shm-usage]", "[--headless=new, --window-size=1366,768]",
                    "[--window-size=1920,1080, --lang=de-DE]"])
        return f"Capabilities {{browserName: chrome, goog:chromeOptions: {{args: {args}}}}}"

    def caps_full(sid, port):
        return (f"Capabilities {{acceptInsecureCerts: false, browserName: chrome, browserVersion: 131.0.6778.85, chrome: {{chromedriverVersion: 131.0.6778.85 "
                f"(3d81e41b6f3ac8bcae63b32e8145c9eb0cd60a2d-refs/branch-heads/6778@{{#2285}}), userDataDir: /tmp/.org.chromium.Chromium.{g.alnum(6, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}}}, "
                f"fedcm:accounts: true, goog:chromeOptions: {{debuggerAddress: localhost:{port}}}, networkConnectionEnabled: false, pageLoadStrategy: normal, "
                f"platformName: linux, proxy: Proxy(), se:bidiEnabled: false, se:cdp: ws://{IP}:4444/session/{sid}/se/cdp, se:cdpVersion: 131.0.6778.85, "
                f"se:vnc: ws://{IP}:4444/session/{sid}/se/vnc, se:vncEnabled: true, se:vncLocalAddress: ws://{IP}:7900, setWindowRect: true, "
                f"strictFileInteractability: false, timeouts: {{implicit: 0, pageLoad: 300000, script: 30000}}, unhandledPromptBehavior: dismiss and notify, "
                f"webauthn:extension:credBlob: true, webauthn:extension:largeBlob: true, webauthn:extension:minPinLength: true, webauthn:extension:prf: true, "
                f"webauthn:virtualAuthenticators: true}}")

    def start():
        st["node"] = g.uuid()
        sup("INFO", "Included extra file \"/etc/supervisor/conf.d/selenium.conf\" during parsing", "sup_included")
        sup("INFO", "RPC interface 'supervisor' initialized", "sup_rpc")
        sup("CRIT", "Server 'unix_http_server' running without any HTTP authentication checking", "sup_crit_auth")
        sup("INFO", "supervisord started with pid 8", "sup_started")
        ms_(L, 900, 1100)
        for i, p in enumerate(["xvfb", "vnc", "novnc", "selenium-standalone"]):
            sup("INFO", f"spawned: '{p}' with pid {9 + i}", "sup_spawned")
        ms_(L, 900, 1100)
        for p in ["xvfb", "vnc", "novnc", "selenium-standalone"]:
            sup("INFO", f"success: {p} entered RUNNING state, process has stayed up for > than 0 seconds (startsecs)", "sup_success")
        bare("Appending Selenium options: --session-timeout 300", "appending_options")
        bare("Appending Selenium options: --register-period 120", "appending_options")
        bare("Selenium Grid Standalone configuration: ", "grid_config_title")
        for text, ev in [("[network]", "toml_network"), ("relax-checks = true", "toml_relax_checks"), ("", "empty"), ("[node]", "toml_node"),
                         ("session-timeout = \"300\"", "toml_session_timeout"), ("override-max-sessions = false", "toml_override_max"),
                         ("detect-drivers = false", "toml_detect_drivers"), ("drain-after-session-count = 0", "toml_drain"), ("max-sessions = 1", "toml_max_sessions"),
                         ("", "empty"), ("[[node.driver-configuration]]", "toml_driver_config"), ("display-name = \"chrome\"", "toml_display_name"),
                         ("stereotype = '{\"browserName\": \"chrome\", \"browserVersion\": \"131.0\", \"platformName\": \"Linux\", \"goog:chromeOptions\": "
                          "{\"binary\": \"/usr/bin/google-chrome\"}, \"se:containerName\": \"\"}'", "toml_stereotype"),
                         ("max-sessions = 1", "toml_max_sessions"), ("", "empty")]:
            bare(text, ev)
        bare("Starting Selenium Grid Standalone...", "starting_standalone")
        bare("Tracing is disabled", "tracing_disabled")
        ms_(L, 600, 1200)
        se("INFO", "LoggingOptions.configureLogEncoding", "Using the system default encoding", "log_encoding")
        se("INFO", "OpenTelemetryTracer.createTracer", "Using OpenTelemetry for tracing", "otel_tracer")
        ms_(L, 500, 900)
        se("INFO", "NodeOptions.getSessionFactories", "Detected 4 available processors", "detected_processors")
        se("INFO", "NodeOptions.report", "Adding chrome for {\"browserName\": \"chrome\",\"browserVersion\": \"131.0\",\"goog:chromeOptions\": {\"binary\": "
           "\"\\u002fusr\\u002fbin\\u002fgoogle-chrome\"},\"platformName\": \"linux\",\"se:containerName\": \"\",\"se:noVncPort\": 7900,\"se:vncEnabled\": true} 1 times",
           "adding_chrome")
        se("INFO", "Node.<init>", "Binding additional locator mechanisms: relative", "binding_locators")
        se("INFO", "GridModel.setAvailability", f"Switching Node {st['node']} (uri: http://{IP}:4444) from DOWN to UP", "switching_node")
        se("INFO", "LocalDistributor.add", f"Added node {st['node']} at http://{IP}:4444. Health check every 120s", "added_node")
        se("INFO", "Standalone.execute", f"Started Selenium Standalone 4.27.0 (revision d6e718d134): http://{IP}:4444", "started_standalone")

    def session():
        sid = g.hx(32)
        se("INFO", "LocalDistributor.newSession", "Session request received by the Distributor: ", "session_request")
        bare(f" [{caps_req()}]", "session_request_caps", "INFO", "LocalDistributor")
        port = g.num(33000, 60000)
        bare(f"Starting ChromeDriver 131.0.6778.85 (3d81e41b6f3ac8bcae63b32e8145c9eb0cd60a2d-refs/branch-heads/6778@{{#2285}}) on port {port}", "cd_starting")
        bare("Only local connections are allowed.", "cd_local_only")
        bare("Please see https://chromedriver.chromium.org/security-considerations for suggestions on keeping ChromeDriver safe.", "cd_security")
        bare(f"ChromeDriver was started successfully on port {port}.", "cd_started")
        if g.r.random() < 0.5:
            cd("SEVERE", "bind() failed: Cannot assign requested address (99)", "cd_bind_failed")
        ms_(L, 600, 2500)
        caps = caps_full(sid, g.num(33000, 60000))
        se("INFO", "LocalNode.newSession", f"Session created by the Node. Id: {sid}, Caps: {caps}", "node_session_created")
        se("INFO", "LocalDistributor.newSession", f"Session created by the Distributor. Id: {sid} ", "dist_session_created")
        bare(f" Caps: {caps}", "dist_session_caps", "INFO", "LocalDistributor")
        at(L, g.r.uniform(4, 200))
        if g.r.random() < 0.08:
            at(L, 300)
            se("INFO", "LocalNode.stopTimedOutSession", f"Session id {sid} timed out, stopping...", "session_timed_out")
        se("INFO", "LocalSessionMap.lambda$new$0", f"Deleted session from local Session Map, Id: {sid}", "session_deleted")
        se("INFO", "GridModel.release", f"Releasing slot for session id {sid}", "releasing_slot")
        se("INFO", "SessionSlot.stop", f"Stopping session {sid}", "stopping_session")

    def no_match():
        b = g.c(["firefox", "MicrosoftEdge", "safari"])
        se("INFO", "LocalDistributor.newSession", "Session request received by the Distributor: ", "session_request")
        bare(f" [Capabilities {{browserName: {b}}}]", "session_request_caps", "INFO", "LocalDistributor")
        se("INFO", "LocalDistributor$NewSessionRunnable.checkMatchingSlot", f"No nodes support the capabilities in the request: [Capabilities {{browserName: {b}}}]",
           "no_nodes_support")

    def span_exc():
        tid = g.hx(32)
        ev = {"traceId": tid, "eventTime": int(epoch(L.t) * 1e9), "eventName": "exception",
              "attributes": {"exception.message": "Unable to execute request: java.util.concurrent.TimeoutException",
                             "exception.stacktrace": "org.openqa.selenium.TimeoutException: java.util.concurrent.TimeoutException\nBuild info: version: '4.27.0', "
                                                     "revision: 'd6e718d134'\nSystem info: os.name: 'Linux', os.arch: 'amd64', os.version: '6.8.0-1017-aws', "
                                                     "java.version: '17.0.13'\nDriver info: driver.version: unknown\n\tat org.openqa.selenium.remote.http.jdk."
                                                     "JdkHttpClient.execute0(JdkHttpClient.java:424)\n\tat org.openqa.selenium.remote.http.AddSeleniumUserAgent$1"
                                                     ".execute(AddSeleniumUserAgent.java:41)\n",
                             "exception.type": "org.openqa.selenium.TimeoutException", "http.flavor": 1,
                             "http.handler_class": "org.openqa.selenium.remote.http.Route$PredicatedRoute", "http.host": "localhost:4444", "http.method": "POST",
                             "http.request_content_length": str(g.num(300, 500)), "http.scheme": "HTTP", "http.target": "/session",
                             "http.user_agent": "selenium/4.27.0 (java unix)"}}
        se("WARN", "SeleniumSpanExporter$1.lambda$export$1", json.dumps(ev, separators=(",", ": ")).replace("/", "\\u002f"), "span_exception")

    def stop():
        bare("Trapped SIGTERM/SIGINT/x so shutting down supervisord...", "trapped_sigterm")
        sup("WARN", "received SIGTERM indicating exit request", "sup_received_sigterm")
        sup("INFO", "waiting for xvfb, vnc, novnc, selenium-standalone to die", "sup_waiting")
        ms_(L, 500, 1500)
        for p in ["selenium-standalone", "novnc", "vnc", "xvfb"]:
            sup("INFO", f"stopped: {p} (terminated by SIGTERM)" if p != "selenium-standalone" or g.r.random() < 0.6 else f"stopped: {p} (exit status 143)",
                "sup_stopped")
        bare("Shutdown complete", "shutdown_complete")

    st = {}
    L.t = L.t.replace(hour=2, minute=0, second=1)
    while len(L.rows) < N_LINES:
        start()
        for _ in range(g.num(25, 60)):
            if len(L.rows) >= N_LINES:
                break
            L.tick(20)
            g.r.choices([session, no_match, span_exc], [40, 1, 1.2])[0]()
        stop()
        L.t = (L.t + dt.timedelta(days=1)).replace(hour=2, minute=0, second=1)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: bool(re.match(r"(\d{4}-\d\d-\d\d |\d\d:\d\d:\d\d\.\d{3} |\[\d+\.\d{3}\])", r[0])))
    return L


# 17 --------------------------------------------------------------- Vespa 8 (self-hosted, 1 config server, 2 container and 4 content nodes) serving a music streaming service's catalogue
#   search, $VESPA_HOME/logs/vespa/vespa.log as collected by the log server from all nodes: tab-separated "1764583200.123456<TAB>host<TAB>pid/tid<TAB>
#   service<TAB>component<TAB>level<TAB>message" (the time as seconds since 1970 with microseconds; messages with their newlines and tabs escaped);
#   deployments and config generations, the container's search dispatch losing and regaining coverage, uncaught request exceptions with escaped
#   Java traces, proton's flushes and disk-full write blocking, the cluster controller's state versions, the config sentinel's service events
@checked
def log_vespa(seed):
    L = Log("vespa_log", seed, "full", True, True)
    g = L.g
    CFG = "vespa-cfg-0.search.internal"
    CONT = ["vespa-c-0.search.internal", "vespa-c-1.search.internal"]
    CONTENT = [f"vespa-s-{i}.search.internal" for i in range(4)]
    st = {"gen": g.num(40, 90), "sess": 0, "state": g.num(100, 400), "pids": {}, "blocked": set()}
    st["sess"] = st["gen"]

    def pid(host, svc):
        k = (host, svc)
        if k not in st["pids"]:
            st["pids"][k] = g.num(1000, 90000)
        return st["pids"][k]

    def w(host, svc, comp, lv, msg, ev, tid=True):
        ms_(L, 0, 50)
        p = pid(host, svc)
        L.emit(f"{epoch(L.t):.6f}\t{host}\t{p}/{p + g.num(1, 400) if tid else p}\t{svc}\t{comp}\t{lv}\t{msg}", ev, lv, comp)

    def esc(s):
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")

    def deploy():
        st["sess"] += 1
        s = st["sess"]
        C = "Configserver.com.yahoo.vespa.config.server."
        w(CFG, "configserver", C + "session.SessionPreparer", "info", f"music.default: Session {s} prepared successfully. ", "session_prepared")
        at(L, g.r.uniform(1, 8))
        st["gen"] = s
        refs = ", ".join(g.hx(16) for _ in range(g.num(1, 3)))
        w(CFG, "configserver", C + "deploy.Deployment", "info", f"music.default: Session {s} activated successfully using no host provisioner. Config generation {s}. "
          f"File references: [{refs}]", "session_activated")
        if g.r.random() < 0.5:
            w(CFG, "configserver", C + "ApplicationRepository", "info", f"Deleted {g.num(1, 4)} expired local sessions for tenant 'default'", "deleted_sessions")
        for h in CONT:
            at(L, g.r.uniform(0.5, 6))
            w(h, "container", "Container.com.yahoo.container.jdisc.ConfiguredApplication", "info",
              f"Switching to the latest deployed set of configurations and components. Application config generation: {s}", "switching_config")
            w(h, "container", "Container.com.yahoo.container.di.Container", "info", f"Installing bundles for application generation {s}: []", "installing_bundles")
            if g.r.random() < 0.6:
                w(h, "container", "Container.com.yahoo.container.jdisc.component.Deconstructor", "info", f"Deconstructing {g.num(1, 12)} component(s) from "
                  f"generation {s - 1}", "deconstructing")
        for h in CONTENT:
            w(h, "searchnode", "proton.proton.server.proton", "info", f"Reconfigured proton to config generation {s}", "proton_reconfigured")

    def coverage():
        h = g.c(CONT)
        grp = g.num(0, 1)
        w(h, "container", "Container.com.yahoo.search.dispatch.searchcluster.SearchCluster", "warning",
          f"Cluster dispatch.music: Group {grp} has reduced coverage: Active documents: {g.num(4000000, 6000000)}/{g.num(11000000, 12000000)}, "
          f"Target active documents: {g.num(11000000, 12000000)}, working nodes: 1/2, required fraction: 1.0", "reduced_coverage")
        at(L, g.r.uniform(10, 400))
        w(h, "container", "Container.com.yahoo.search.dispatch.searchcluster.SearchCluster", "info",
          f"Cluster dispatch.music: Group {grp} is now good again (2/2 working nodes)", "coverage_good")

    def uncaught():
        h = g.c(CONT)
        path = g.c([f"/document/v1/music/track/docid/{g.num(10 ** 6, 10 ** 7)}", "/search/", f"/document/v1/music/album/docid/{g.num(10 ** 5, 10 ** 6)}"])
        trace = ("exception=\njava.lang.IllegalArgumentException: Could not parse field 'release_date' of type int: For input string: \"2026-12-01\"\n"
                 "\tat com.yahoo.document.json.readers.SingleValueReader.readSingleValue(SingleValueReader.java:72)\n"
                 "\tat com.yahoo.document.json.readers.VespaJsonDocumentReader.readPut(VespaJsonDocumentReader.java:161)\n"
                 "\tat com.yahoo.document.restapi.resource.DocumentV1ApiHandler.parser(DocumentV1ApiHandler.java:1096)\n"
                 "\tat java.base/java.lang.Thread.run(Thread.java:1583)\n")
        w(h, "container", "Container.com.yahoo.document.restapi.resource.DocumentV1ApiHandler", "warning", esc(f"Uncaught exception handling request '{path}'\n{trace}"),
          "uncaught_exception")

    def search_timeout():
        h = g.c(CONT)
        w(h, "container", "Container.com.yahoo.search.dispatch.InterleavedSearchInvoker", "warning",
          f"Search timed out with {g.c([1, 2])} responses outstanding (of {g.num(4, 8)}) after {g.f(0.5, 5, 3)}s", "search_timed_out")

    def flush():
        h = g.c(CONTENT)
        target = g.c(["music.0.ready.attribute.flush.popularity", "music.0.ready.documentstore.flush", "music.0.ready.memoryindex.flush",
                      "music.0.notready.attribute.flush.title_sort", "music.0.ready.attribute.flush.play_count"])
        w(h, "searchnode", "proton.proton.flushengine.flush_engine", "info", f"Flush done: target='{target}', time={g.f(0.05, 30, 3)}s, "
          f"memory freed={g.num(1, 900)}MB", "flush_done")

    def disk():
        h = g.c(CONTENT)
        used = g.r.uniform(0.80, 0.86)
        stats = (f"stats: {{ capacity: 1073741824000, used: {int(used * 1073741824000)}, diskUsed: {used:.3f}, diskLimit: 0.8}}")
        if h not in st["blocked"]:
            w(h, "searchnode", "proton.proton.server.disk_mem_usage_filter", "warning",
              f"Write operations are now blocked: 'diskLimitReached: {{ action: \"add more content nodes\", reason: \"disk used ({used:.3f}) > disk limit (0.8)\", "
              f"{stats}}}'", "writes_blocked")
            st["blocked"].add(h)
        else:
            w(h, "searchnode", "proton.proton.server.disk_mem_usage_filter", "info", "Write operations are now un-blocked: 'ok'", "writes_unblocked")
            st["blocked"].discard(h)

    def cluster_state():
        st["state"] += 1
        n = g.num(0, 3)
        h = CONT[0]
        cc = "container-clustercontroller"
        if g.r.random() < 0.5:
            w(h, cc, "Container.com.yahoo.vespa.clustercontroller.core.StateChangeHandler", "info",
              f"Node storage.{n} no longer in slobrok was in state Up. Waiting 5000 milliseconds before taking it down", "no_longer_in_slobrok")
            change = f"storage: [{n}: Up => Down]"
        else:
            change = f"storage: [{n}: Maintenance => Up], distributor: [{n}: Down => Up]"
        w(h, cc, "Container.com.yahoo.vespa.clustercontroller.core.EventLog", "info",
          f"Cluster event type SYSTEMSTATE @{int(epoch(L.t) * 1000)}: New cluster state version {st['state']}. Change from last: {change}", "cluster_event")
        w(h, cc, "Container.com.yahoo.vespa.clustercontroller.core.SystemStateBroadcaster", "info", f"Publishing cluster state version {st['state']}", "publishing_state")

    def sentinel():
        h = g.c(CONTENT + CONT)
        svc = "searchnode" if h in CONTENT else "container"
        w(h, "config-sentinel", "sentinel.sentinel.service", "warning", f"{svc}: Service exited with exit status {g.c([134, 137, 137])}", "service_exited", tid=False)
        at(L, 1)
        w(h, "config-sentinel", "sentinel.sentinel.service", "info", f"{svc}: Restarting service (was dead)", "restarting_service", tid=False)
        st["pids"].pop((h, svc), None)
        w(h, "config-sentinel", "sentinel.sentinel.service", "event", f"started/1 name=\"{svc}\" pid={pid(h, svc)}", "event_started", tid=False)
        if svc == "searchnode":
            at(L, g.r.uniform(10, 120))
            w(h, "searchnode", "proton.proton.server.proton", "info", f"Transaction log replay complete for document db 'music', took {g.f(3, 90, 3)}s", "tls_replay_complete")
            w(h, "searchnode", "proton.proton.server.proton", "info", "Proton is up and serving", "proton_up")
        else:
            at(L, g.r.uniform(10, 40))
            w(h, "container", "Container.com.yahoo.container.jdisc.ConfiguredApplication", "info",
              f"Switching to the latest deployed set of configurations and components. Application config generation: {st['gen']}", "switching_config")
            w(h, "container", "Container.com.yahoo.jdisc.http.server.jetty.JettyHttpServer", "info", "Started jdisc http server on port 8080", "jetty_started")

    def connectivity():
        h = g.c(CONTENT + CONT)
        o = g.c([x for x in CONTENT + CONT if x != h])
        w(h, "config-sentinel", "sentinel.sentinel.connectivity", "info", f"Connectivity check details: {o.split('.')[0]} -> OK: both ways connectivity verified",
          "connectivity_ok", tid=False)

    def gc():
        h = g.c(CONT)
        w(h, "container", "stdout", "info", f"[{g.f(1000, 90000, 3)}s][info][gc] GC({g.num(100, 9999)}) Pause Young (Normal) (G1 Evacuation Pause) "
          f"{g.num(3000, 9000)}M->{g.num(1500, 3000)}M({g.num(9000, 10000)}M) {g.f(5, 80, 3)}ms", "stdout_gc")

    fill(L, [(1, deploy), (3, coverage), (3, uncaught), (8, search_timeout), (40, flush), (3, disk), (5, cluster_state), (1.2, sentinel), (10, connectivity),
             (14, gc)], N_LINES, 60)
    del L.rows[N_LINES:]
    return L


# 18 --------------------------------------------------------------- XGBoost 2.1 (Python, on a Kubernetes CronJob with one GPU) retraining a telecom's churn models every night, `kubectl logs`
#   of each run saved and concatenated: the training script's logging ("2026-12-01 02:00:03,412 INFO train: message"), XGBoost's own warnings as
#   Python UserWarnings ("/opt/venv/.../xgboost/core.py:158: UserWarning: [02:00:44] WARNING: /workspace/src/learner.cc:740: " and the lines of
#   its message, then "  warnings.warn(smsg, UserWarning)"), pandas' FutureWarning with its source line, the evaluation lines every 100 rounds
#   ("[350]<TAB>validation_0-logloss:...") without a time, per-segment results and the saved models, and a run that fails with a traceback
@checked
def log_xgboost(seed):
    L = Log("xgboost_train_log", seed, "tod", True, True)
    g = L.g
    SEG = [("smb", 380000, 460000), ("enterprise", 40000, 60000), ("consumer", 700000, 820000)]
    FEATS = ["days_since_last_login", "support_tickets_90d", "contract_months_left", "data_usage_trend_30d", "payment_delays_12m", "plan_downgrades_6m",
             "nps_last", "roaming_share", "device_age_months", "dropped_calls_30d"]
    CORE = "/opt/venv/lib/python3.11/site-packages/xgboost/core.py"

    def w(lv, logger, msg, ev):
        ms_(L, 1, 60)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} {lv} {logger}: {msg}", ev, lv, logger)

    def bare(text, ev, lv=None, comp=None):
        L.emit(text, ev, lv, comp)

    def userwarn(src, head, rest, ev):
        ms_(L, 1, 30)
        bare(f"{CORE}:158: UserWarning: [{L.t:%H:%M:%S}] WARNING: {src}: {head}", ev, "WARNING|UserWarning", f"{src.split(':')[0]}|{CORE}")
        for text, e in rest:
            bare(text, e, "WARNING|UserWarning", f"{src.split(':')[0]}|{CORE}")
        bare("  warnings.warn(smsg, UserWarning)", "warnings_warn_line", "WARNING|UserWarning", f"{src.split(':')[0]}|{CORE}")

    def segment(name, lo, hi, first):
        rows = g.num(lo, hi)
        w("INFO", "train", f"segment={name} rows={rows:,} features={g.num(138, 146)} scale_pos_weight={g.f(12, 30, 2)}", "segment_start")
        if first:
            userwarn("/workspace/src/learner.cc:740", "", [("Parameters: { \"n_jobs_hint\" } are not used.", "params_not_used"), ("", "empty")], "uw_learner_head")
        n_best = g.num(150, 900)
        last = n_best + 50
        auc0, auc1 = g.r.uniform(0.70, 0.76), g.r.uniform(0.69, 0.75)
        ll0, ll1 = g.r.uniform(0.62, 0.66), g.r.uniform(0.62, 0.67)
        its = list(range(0, last, 100)) + ([last - 1] if (last - 1) % 100 else [])
        for it in its:
            f = min(1, it / (n_best + 1))
            at(L, g.r.uniform(0.4, 3) * (rows / 400000))
            a0 = auc0 + (0.9 - auc0) * f ** 0.4 + g.r.uniform(0, 0.004)
            a1 = auc1 + (0.85 - auc1) * f ** 0.4 - g.r.uniform(0, 0.004)
            l0 = ll0 - (ll0 - 0.11) * f ** 0.35 + g.r.uniform(0, 0.003)
            l1 = ll1 - (ll1 - 0.13) * f ** 0.35 + g.r.uniform(0, 0.003)
            bare(f"[{it}]\tvalidation_0-logloss:{l0:.5f}\tvalidation_0-auc:{a0:.5f}\tvalidation_1-logloss:{l1:.5f}\tvalidation_1-auc:{a1:.5f}", "eval_line")
        if first and g.r.random() < 0.7:
            userwarn("/workspace/src/common/error_msg.cc:58", "Falling back to prediction using DMatrix due to mismatched devices. This might lead to higher memory "
                     "usage and slower performance. XGBoost is running on: cuda:0, while the input data is on: cpu.",
                     [("Potential solutions:", "potential_solutions"), ("- Use a data structure that matches the device ordinal in the booster.", "solution_device"),
                      ("- Set the device for booster before call to inplace_predict.", "solution_inplace"), ("", "empty"),
                      ("This warning will only be shown once.", "shown_once"), ("", "empty")], "uw_mismatched_devices")
        w("INFO", "train", f"segment={name} best_iteration={n_best} best_score={auc1 + (0.85 - auc1) * 0.98:.5f} (validation_1-auc)", "segment_best")
        top = g.r.sample(FEATS, 5)
        gains = sorted((g.r.uniform(0.02, 0.2) for _ in top), reverse=True)
        w("INFO", "train", "top features (gain): " + ", ".join(f"{k}={v:.3f}" for k, v in zip(top, gains)), "top_features")
        w("INFO", "eval", f"segment={name} auc={g.r.uniform(0.80, 0.86):.4f} logloss={g.r.uniform(0.11, 0.15):.4f} precision@5%={g.r.uniform(0.25, 0.4):.4f} "
          f"recall@5%={g.r.uniform(0.3, 0.5):.4f}", "eval_metrics")
        if g.r.random() < 0.15:
            w("WARNING", "eval", f"segment={name} auc dropped by {g.r.uniform(0.011, 0.04):.4f} vs. production model (threshold 0.0100), not promoting", "auc_dropped")
            return
        w("INFO", "registry", f"saved model s3://telco-ml/models/churn/{name}/{L.t:%Y-%m-%d}/model.ubj ({g.f(0.8, 9, 1)} MB)", "model_saved")

    def run():
        L.t = L.t.replace(hour=2, minute=0, second=g.num(1, 20))
        w("INFO", "train", f"starting churn retraining run {L.t:%Y-%m-%d} (image churn-train:{g.c(['1.14.2', '1.14.3', '1.15.0'])}, git {g.hx(7)})", "run_start")
        w("INFO", "train", "xgboost 2.1.3, scikit-learn 1.5.2, pandas 2.2.3, device cuda:0 (NVIDIA L4)", "versions")
        at(L, g.r.uniform(20, 60))
        if g.r.random() < 0.05:
            d = L.t - dt.timedelta(days=1)
            w("ERROR", "data", f"no partition dt={d:%Y-%m-%d} under s3://telco-ml/features/churn/", "no_partition")
            for text, ev in [("Traceback (most recent call last):", "py_tb_head"),
                             ("  File \"/app/train.py\", line 212, in <module>", "py_file"), ("    main()", "py_code"),
                             ("  File \"/app/train.py\", line 187, in main", "py_file"), ("    df = load_features(args.date)", "py_code"),
                             ("  File \"/app/features.py\", line 41, in load_features", "py_file"), ("    raise FileNotFoundError(f\"no partition dt={day}\")", "py_code"),
                             (f"FileNotFoundError: no partition dt={d:%Y-%m-%d}", "py_exc")]:
                bare(text, ev, "ERROR", "data")
            return
        n = g.num(1200000, 1350000)
        w("INFO", "data", f"loaded {n:,} rows x {g.num(140, 148)} columns from s3://telco-ml/features/churn/dt={L.t - dt.timedelta(days=1):%Y-%m-%d}/ in {g.f(20, 60, 1)}s",
          "data_loaded")
        ms_(L, 100, 900)
        bare("/app/features.py:88: FutureWarning: DataFrame.fillna with 'method' is deprecated and will raise in a future version. Use obj.ffill() or obj.bfill() "
             "instead.", "future_warning", "FutureWarning", "/app/features.py")
        bare("  df[cols] = df[cols].fillna(method=\"ffill\")", "future_warning_code", "FutureWarning", "/app/features.py")
        w("INFO", "data", f"train={int(n * 0.8):,} valid={n - int(n * 0.8):,} positive rate={g.f(0.03, 0.05, 4)}", "data_split")
        for k, (name, lo, hi) in enumerate(SEG):
            segment(name, lo, hi, k == 0)
        w("INFO", "train", f"run finished in {g.num(300, 1500)}s", "run_finished")

    while len(L.rows) < N_LINES:
        run()
        L.t += dt.timedelta(days=1)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: bool(re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} |.*UserWarning: \[\d\d:\d\d:\d\d\]", r[0])))
    return L


# 19 --------------------------------------------------------------- Yaws 2.1.1 on Erlang/OTP 26 serving a freight forwarder's shipment-tracking intranet (.yaws pages, an appmod for the
#   JSON API, a gen_server syncing carrier status), /var/log/yaws/report.log: Erlang reports, each a head "=INFO REPORT==== 1-Dec-2026::10:00:00.123456
#   ===" and its body lines; Yaws' start-up (config file, paths, the virtual servers it listens for), the application's info and warning messages,
#   uncaught exceptions in .yaws pages (File, Class, Exception, Req, Stack with the stack pretty-printed over several lines), crashes of the sync
#   server with the CRASH REPORT, SUPERVISOR REPORT and PROGRESS REPORT that follow, restarts
@checked
def log_yaws(seed):
    L = Log("yaws_report_log", seed, "full", True, False)
    g = L.g
    LV = {"INFO": "INFO", "ERROR": "ERROR", "WARNING": "WARNING", "CRASH": "CRASH|error", "SUPERVISOR": "SUPERVISOR|error", "PROGRESS": "PROGRESS|info"}
    CARRIERS = ["dhl", "ups", "dbschenker", "kuehne_nagel", "dsv"]
    st = {"pid": g.num(700, 900)}

    def head(kind):
        ms_(L, 1, 90)
        L.t += dt.timedelta(microseconds=g.num(0, 999))
        L.emit(f"={kind} REPORT==== {L.t.day}-{L.t:%b-%Y::%H:%M:%S}.{us6(L.t)} ===", "head_" + kind.lower(), LV[kind])
        st["lv"] = LV[kind]

    def b(text, ev):
        L.emit(text, ev, st["lv"])

    def start():
        head("INFO")
        b("Yaws: Using config file /etc/yaws/yaws.conf", "using_config")
        for p in ("/usr/lib/yaws/custom/ebin", "/opt/tracker/ebin"):
            head("INFO")
            b(f"yaws debug:Add path \"{p}\"", "add_path")
        head("INFO")
        b("yaws debug:Running with id=\"default\" (localinstall=false) ", "running_with_id")
        b("Running with debug checks turned off (slightly faster)", "debug_checks_off")
        b("Logging to directory \"/var/log/yaws\"", "logging_to_dir")
        head("INFO")
        b("Ctlfile : /var/cache/yaws/yaws/default/CTL", "ctlfile")
        head("INFO")
        b("Yaws: Listening to 0.0.0.0:8080 for <2> virtual servers:", "listening_to")
        b(" - http://tracking.corp.lan:8080 under /var/www/tracking", "vserver")
        b(" - http://api.tracking.corp.lan:8080 under /var/www/api", "vserver")
        head("INFO")
        b("Yaws: Listening to 0.0.0.0:8443 for <1> virtual servers:", "listening_to")
        b(" - https://tracking.corp.lan:8443 under /var/www/tracking", "vserver")
        for child in ("carrier_sync", "notify_mailer"):
            head("PROGRESS")
            progress(child)

    def progress(child):
        st["pid"] += g.num(1, 40)
        st[child] = st["pid"]
        b("    supervisor: {local,tracker_sup}", "progress_supervisor")
        b(f"    started: [{{pid,<0.{st['pid']}.0>}},", "progress_started")
        for t in [f"{{id,{child}}}", f"{{mfargs,{{{child},start_link,[]}}}}", "{restart_type,permanent}", "{significant,false}", "{shutdown,5000}",
                  "{child_type,worker}]"]:
            b(f"              {t}" + ("," if not t.endswith("]") else ""), "term_cont:started")

    def synced():
        head("INFO")
        b(f"tracker: synced {g.num(0, 800)} shipments from carrier {g.c(CARRIERS)} in {g.num(80, 4000)} ms", "app_synced")

    def slow():
        head("WARNING")
        b(f"tracker: carrier {g.c(CARRIERS)} API slow: {g.num(5000, 30000)} ms for {g.num(1, 200)} shipments", "app_slow")

    def mail():
        head("INFO")
        b(f"notify_mailer: sent {g.num(1, 40)} status mails via smtp.corp.lan", "app_mail_sent")

    def uncaught():
        page, fn, arg, exc, call = g.c([("/var/www/tracking/track.yaws", "binary_to_integer", "<<\"{id}\">>", "badarg", "m_track"),
                                        ("/var/www/tracking/shipment.yaws", "list_to_integer", "\"{id}\"", "badarg", "m_shipment"),
                                        ("/var/www/tracking/label.yaws", "element", "3,{{shipment,{id}}}", "badarg", "m_label")])
        sid = g.c([g.alnum(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), "", "null", "undefined"])
        head("ERROR")
        b("", "empty")
        b("", "empty")
        b("ERROR erlang code threw an uncaught exception:", "uncaught_head")
        b(f" File: {page}:1", "uncaught_file")
        b("Class: error", "uncaught_class")
        b(f"Exception: {exc}", "uncaught_exception")
        b(f"Req: {{http_request,'GET',{{abs_path,\"/{page.rsplit('/', 1)[1]}?id={sid}\"}},{{1,1}}}}", "uncaught_req")
        b(f"Stack: [{{erlang,{fn},[{arg.format(id=sid)}],[{{error_info,#{{module => erl_erts_errors}}}}]}},", "uncaught_stack")
        for t in [f"{{{call},out,1,[{{file,\"{page}\"}},{{line,{g.num(10, 60)}}}]}}", "{yaws_server,deliver_dyn_part,8,[{file,\"yaws_server.erl\"},{line,2938}]}",
                  "{yaws_server,aloop,4,[{file,\"yaws_server.erl\"},{line,1304}]}", "{yaws_server,acceptor0,2,[{file,\"yaws_server.erl\"},{line,1125}]}",
                  "{proc_lib,init_p_do_apply,3,[{file,\"proc_lib.erl\"},{line,241}]}]"]:
            b(f"        {t}" + ("," if not t.endswith("]") else ""), "term_cont:stack")

    def appmod_died():
        head("ERROR")
        b("Yaws process died: {function_clause,", "process_died")
        for t in ["[{api_appmod,handle,", f"[<<\"{g.c(['PATCH', 'PUT', 'DELETE'])}\">>,", f"[<<\"shipments\">>,<<\"{g.alnum(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}\">>],",
                  "{arg,#Port<0.4211>,", f"{{{{10,20,{g.num(1, 30)},{g.num(2, 250)}}},{g.port()}}},", "{headers,undefined,\"application/json\",undefined,", "...}}],",
                  "[{file,\"/opt/tracker/src/api_appmod.erl\"},{line,31}]},", "{yaws_server,deliver_dyn_part,8,", "[{file,\"yaws_server.erl\"},{line,2938}]},",
                  "{yaws_server,aloop,4,[{file,\"yaws_server.erl\"},{line,1304}]},", "{proc_lib,init_p_do_apply,3,", "[{file,\"proc_lib.erl\"},{line,241}]}]}"]:
            b(f"                       {t}", "term_cont:died")

    def db_error():
        head("ERROR")
        b(f"tracker_db: epgsql connect to db01.corp.lan:5432 failed: {g.c(['{error,econnrefused}', '{error,timeout}', '{error,invalid_password}'])}", "app_db_failed")

    def crash():
        pid = st["carrier_sync"]
        head("CRASH")
        b("  crasher:", "crash_crasher")
        b("    initial call: carrier_sync:init/1", "crash_initial_call")
        b(f"    pid: <0.{pid}.0>", "crash_pid")
        b("    registered_name: carrier_sync", "crash_registered_name")
        r = g.c(["{error,timeout}", "{error,{http,503}}", "{error,closed}"])
        b(f"    exception error: no match of right hand side value {r}", "crash_exception")
        b(f"      in function  carrier_sync:handle_info/2 (/opt/tracker/src/carrier_sync.erl, line {g.c([88, 88, 104])})", "crash_in_function")
        b("      in call from gen_server:try_handle_info/3 (gen_server.erl, line 1095)", "crash_in_call_from")
        b("      in call from gen_server:handle_msg/6 (gen_server.erl, line 1183)", "crash_in_call_from")
        b("    ancestors: [tracker_sup,<0.801.0>]", "crash_ancestors")
        b("    message_queue_len: 0", "crash_mql")
        b("    messages: []", "crash_messages")
        b("    links: [<0.802.0>]", "crash_links")
        b("    dictionary: []", "crash_dictionary")
        b("    trap_exit: false", "crash_trap_exit")
        b("    status: running", "crash_status")
        b(f"    heap_size: {g.c([4185, 6772, 10958, 17731])}", "crash_heap_size")
        b("    stack_size: 28", "crash_stack_size")
        b(f"    reductions: {g.num(10000, 900000)}", "crash_reductions")
        b("  neighbours:", "crash_neighbours")
        head("SUPERVISOR")
        b("    supervisor: {local,tracker_sup}", "sup_supervisor")
        b("    errorContext: child_terminated", "sup_error_context")
        b(f"    reason: {{{{badmatch,{r}}},", "sup_reason")
        for t in ["[{carrier_sync,handle_info,2,", "                [{file,\"/opt/tracker/src/carrier_sync.erl\"},{line,88}]},",
                  " {gen_server,try_handle_info,3,[{file,\"gen_server.erl\"},{line,1095}]},", " {gen_server,handle_msg,6,[{file,\"gen_server.erl\"},{line,1183}]},",
                  " {proc_lib,init_p_do_apply,3,[{file,\"proc_lib.erl\"},{line,241}]}]}"]:
            b(f"             {t}", "term_cont:reason")
        b(f"    offender: [{{pid,<0.{pid}.0>}},", "sup_offender")
        for t in ["{id,carrier_sync}", "{mfargs,{carrier_sync,start_link,[]}}", "{restart_type,permanent}", "{significant,false}", "{shutdown,5000}",
                  "{child_type,worker}]"]:
            b(f"               {t}" + ("," if not t.endswith("]") else ""), "term_cont:offender")
        head("PROGRESS")
        progress("carrier_sync")

    def stop():
        head("INFO")
        b("Yaws: stopping", "yaws_stopping")
        at(L, g.r.uniform(2, 20))
        start()

    start()
    fill(L, [(40, synced), (6, slow), (8, mail), (4, uncaught), (0.6, appmod_died), (1.5, db_error), (1, crash), (0.15, stop)], N_LINES, 300)
    del L.rows[N_LINES:]
    return L


# 20 --------------------------------------------------------------- Znuny 6.5 LTS (the OTRS fork, Perl under Apache mod_perl and its own daemon) as the IT helpdesk of a county administration,
#   LogModule::LogFile /opt/otrs/var/log/otrs.log: "[Tue Dec  1 10:00:00 2026][Notice][Kernel::System::PostMaster::NewTicket::Run] message" (Perl's
#   localtime, the priority, the calling module and, for errors and debug, the line); tickets created and followed up from the mail accounts,
#   agent notifications sent, logins that worked and failed, the mail fetch, SMTP and LDAP problems, database errors, missing parameters, the
#   daemon's tasks
@checked
def log_znuny(seed):
    L = Log("znuny_otrs_log", seed, "full", True, True)
    g = L.g
    AGENTS = ["m.schneider", "k.hoffmann", "j.wolf", "s.klein", "t.schaefer", "a.koch", "helpdesk-admin"]
    CUST = ["buergerbuero", "bauamt", "kaemmerei", "jugendamt", "standesamt", "ordnungsamt", "schulamt"]
    NOTIF = ["Ticket create notification", "Ticket follow-up notification (unlocked)", "Ticket new note notification", "Ticket owner update notification",
             "Ticket escalation warning notification"]
    st = {"tn": 2026120110000000 + g.num(100, 900), "tid": g.num(40000, 50000), "aid": g.num(180000, 200000)}

    def w(prio, module, msg, ev, line=None):
        ms_(L, 0, 200)
        ln = f"[{line}]" if line is not None else ""
        L.emit(f"[{ctime(L.t)}][{prio}][{module}]{ln} {msg}", ev, prio, module)

    def new_ticket():
        st["tn"] += 1
        st["tid"] += 1
        st["aid"] += 1
        tn = f"{L.t:%Y%m%d}10{st['tn'] % 1000000:06d}"
        w("Notice", "Kernel::System::PostMaster::NewTicket::Run", f"New Ticket [{tn}] created (TicketID={st['tid']},ArticleID={st['aid']}).", "new_ticket")
        for _ in range(g.num(1, 4)):
            w("Notice", "Kernel::System::Ticket::Event::NotificationEvent::_SendRecipientNotification",
              f"Sent agent 'Ticket create notification' notification to '{g.c(AGENTS)}@kreis-musterland.de'.", "sent_notification")
        if g.r.random() < 0.8:
            w("Notice", "Kernel::System::Ticket::Article::Backend::Email::Send",
              f"Sent email to '{g.c(CUST)}@kreis-musterland.de' from '\"IT-Servicedesk\" <servicedesk@kreis-musterland.de>'. HeaderLines={g.num(20, 40)}, "
              f"BodyLines={g.num(10, 60)}, Subject=[Ticket#{tn}] Ihre Anfrage: {g.c(['Drucker', 'Passwort', 'VPN', 'Fachverfahren', 'Telefon', 'E-Mail'])}",
              "sent_email")

    def follow_up():
        st["aid"] += 1
        tn = f"{L.t:%Y%m%d}10{g.num(0, st['tn'] % 1000000):06d}"
        w("Notice", "Kernel::System::PostMaster::FollowUp::Run", f"FollowUp Article to Ticket [{tn}] created (TicketID={g.num(40000, st['tid'])},ArticleID={st['aid']}). ",
          "follow_up")
        w("Notice", "Kernel::System::Ticket::Event::NotificationEvent::_SendRecipientNotification",
          f"Sent agent '{g.c(NOTIF[1:3])}' notification to '{g.c(AGENTS)}@kreis-musterland.de'.", "sent_notification")

    def agent_action():
        w("Notice", "Kernel::System::Ticket::Event::NotificationEvent::_SendRecipientNotification",
          f"Sent agent '{g.c(NOTIF[2:])}' notification to '{g.c(AGENTS)}@kreis-musterland.de'.", "sent_notification")

    def login():
        u = g.c(AGENTS)
        ip = f"10.{g.num(40, 47)}.{g.num(0, 255)}.{g.num(2, 254)}"
        x = g.r.random()
        if x < 0.8:
            w("Notice", "Kernel::System::Auth::LDAP::Auth", f"User: {u} authentication ok (Method: LDAP, REMOTE_ADDR: {ip}).", "ldap_auth_ok")
        elif x < 0.95:
            w("Notice", "Kernel::System::Auth::LDAP::Auth", f"User: {u} authentication failed, no LDAP entry found!BaseDN='ou=Benutzer,dc=kreis-musterland,dc=local', "
              f"Filter='(sAMAccountName={u})', (REMOTE_ADDR: {ip}).", "ldap_no_entry")
        else:
            w("Notice", "Kernel::System::Auth::LDAP::Auth", f"User: {u} (cn={u},ou=Benutzer,dc=kreis-musterland,dc=local) authentication failed: 'Invalid credentials' "
              f"(REMOTE_ADDR: {ip}).", "ldap_auth_failed")

    def fetch():
        n = g.num(1, 9)
        acct = g.c(["servicedesk@kreis-musterland.de/mail.kreis-musterland.de", "it-sicherheit@kreis-musterland.de/mail.kreis-musterland.de"])
        w("Notice", "Kernel::System::MailAccount::IMAPTLS::_Fetch", f"IMAPTLS: Fetched {n} email(s) from {acct}.", "imap_fetched")
        for _ in range(min(n, g.num(1, 3))):
            (new_ticket if g.r.random() < 0.55 else follow_up)()
        w("Notice", "Kernel::System::MailAccount::IMAPTLS::_Fetch", f"IMAPTLS: Connection to {acct.split('/')[1]} closed.", "imap_closed")

    def smtp_error():
        w("Error", "Kernel::System::Email::SMTP::Send", "Could not connect to host 'smtp.kreis-musterland.de'. ErrorMessage: Connection timed out", "smtp_connect",
          g.c([98, 98, 104]))
        w("Error", "Kernel::System::Email::Send", "Error sending message using backend 'Kernel::System::Email::SMTP'.", "email_send_error", 233)
        w("Error", "Kernel::System::Ticket::Article::Backend::Email::Send", f"Impossible to send message to: {g.c(CUST)}@kreis-musterland.de .", "impossible_to_send", 452)

    def ldap_error():
        w("Error", "Kernel::System::Auth::LDAP::Auth", "First bind failed! 80090308: LdapErr: DSID-0C090439, comment: AcceptSecurityContext error, data 52e, v4563",
          "ldap_first_bind", 156)

    def db_error():
        x = g.r.random()
        if x < 0.6:
            w("Error", "Kernel::System::DB::Prepare", "Lost connection to MySQL server during query, SQL: 'SELECT st.id, st.tn FROM ticket st WHERE st.archive_flag = ? AND "
              "st.ticket_state_id IN (1, 4, 6) ORDER BY st.change_time DESC LIMIT 500'", "db_lost_connection", 687)
        else:
            w("Error", "Kernel::System::DB::Do", "Deadlock found when trying to get lock; try restarting transaction, SQL: 'UPDATE ticket SET change_time = current_timestamp, "
              "change_by = ? WHERE id = ?'", "db_deadlock", 464)

    def need():
        w("Error", g.c(["Kernel::System::Ticket::TicketCreate", "Kernel::System::CustomerUser::CustomerUserDataGet", "Kernel::System::Ticket::TicketGet"]),
          f"Need {g.c(['Title', 'User', 'TicketID', 'QueueID'])}!", "need_param", g.num(200, 1200))

    def daemon():
        x = g.r.random()
        if x < 0.6:
            w("Notice", "Kernel::System::Daemon::DaemonModules::SchedulerTaskWorker::AsynchronousExecutor::Run",
              f"Task 'Kernel::System::Ticket::Event::NotificationEvent-TicketNotification' ({g.num(100000, 999999)}) finished in {g.f(0.1, 4, 2)}s.", "daemon_task_finished")
        elif x < 0.85:
            w("Notice", "Kernel::System::Daemon::DaemonModules::SchedulerCronTaskManager::Run",
              f"Cron task '{g.c(['EscalationCheck', 'MailAccountFetch', 'RenewCustomerSMIMECertificates', 'SessionDeleteExpired', 'TicketPendingCheck'])}' scheduled.",
              "cron_task_scheduled")
        else:
            w("Error", "Kernel::System::Daemon::DaemonModules::SchedulerTaskWorker::Run",
              f"Task {g.num(100000, 999999)} could not be executed: Timeout of 300 seconds exceeded.", "task_timeout", 391)

    def escalation():
        w("Notice", "Kernel::System::Ticket::Event::NotificationEvent::_SendRecipientNotification",
          f"Sent agent 'Ticket escalation notification' notification to '{g.c(AGENTS)}@kreis-musterland.de'.", "sent_notification")

    L.t = L.t.replace(hour=7, minute=0)
    fill(L, [(20, fetch), (20, agent_action), (14, login), (10, daemon), (1.2, smtp_error), (0.8, ldap_error), (0.8, db_error), (1, need), (2, escalation)],
         N_LINES, 150)
    del L.rows[N_LINES:]
    return L


LOGS = [log_monetdb, log_modemmanager, log_naviserver, log_netgear, log_nmap, log_openvms, log_onedrive, log_papertrail, log_pulseaudio, log_particle,
        log_questa, log_rpcs3, log_riemann, log_stata, log_stellaris, log_selenium, log_vespa, log_xgboost, log_yaws, log_znuny]


if __name__ == "__main__":
    main(LOGS, WORK)
