#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the thirtieth round, 20 logs,
written 2026-12-06 by a helper that did not read LogSleuth's code; as found: 0.687. This round is
worked on (not held out). The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and
`formats` on each and prints grouping accuracy, events against templates, the learned format and how
many lines had their time, level and component read, and read right.

Lines without a header of their own carry the time, level and component of the record they belong
to: every line of an AIX errpt record (the dashed rule, LABEL and IDENTIFIER above its Date/Time, the
keys, the VPD, the Description and cause texts, the Detail Data) carries that record's Date/Time;
the tab-indented WAL segment names under Barman's "Delete associated WAL segments:" and the Python
traceback under a Barman ERROR; Dask's chained tracebacks (the heads, "File" and source lines, the
exception lines, "The above exception ..." and the empty lines between) under the Dask line that logs
them; the "Loop thread traceback" and the tracebacks of a failed command under their discord.py
line; Twisted's tab-indented traceback under carbon's "Unhandled Error"; the OpenSearch failure lines
under Graylog's "Failed to index" and the Java stack ("<tab>at", "Caused by:", "... n more") under its
ERROR; the "#1 ..." frames and "#n {main}" of a Joomla stack trace under its CRITICAL line; the Python
traceback under KNIME's "Execute failed"; the "Backtrace:" block (its head, empty lines and frames)
under a Lyrion error. A line with no header at all gets the time of the last line before it that
writes one (of the first after it at the start of a log) and no level or component: yt-dlp's lines in
the discord.py bot's log (their extractor in brackets, youtube or info, is their component; "ERROR:"
and "WARNING:" their level); HandBrake's unstamped lines (the banner, "Opening", the disc probing,
FFmpeg's stream dump, the title summary, x265's lines, "encoded ...", "Encode done!", empty lines;
x265's "[info]" is a level and x265 a component, as are libdvdnav, libdvdread and udfread on their
lines, "udfread ERROR" an error); Kubo's start-up and shutdown lines; Perl's warnings in the Lyrion
log. The Bitwarden export and the AIX report run newest first; the export's header row takes the time
of the first row under it (the newest). Eggdrop, FlexNet and HandBrake write the time of day only
(tod); Eggdrop's "--- Tue Dec  1 2026" line at midnight and FlexNet's "TIMESTAMP 12/1/2026" carry the
date as text. Where a log writes local time without an offset (Barman, collectd, Dask, discord.py,
Eggdrop, FlexNet, carbon, HandBrake, KNIME, Lyrion), the host's clock is UTC. acme.sh writes the
shell's `date` ("Tue Dec  1 10:00:00 UTC 2026") in brackets; authentik's start-up lines write Unix
seconds, its Django lines ISO time with microseconds and no zone (UTC), its Go router lines a Z;
carbon writes day/month/year; cgminer a blank before its bracket; Fabric "UTC" after the time; Joomla
"+00:00"; Lyrion a two-digit year and four decimals; Kubo's Go standard-library lines "2026/12/01".

Levels are as written: authentik's level key (debug, info, warning, error) and gunicorn's bracketed
word (INFO); Barman's, Dask's and Graylog's (INFO, WARNING or WARN, ERROR); collectd's bracketed word
(info, notice, warning, error; a notification line's level is its severity's: WARNING warning,
FAILURE error, OKAY info); discord.py's padded word (INFO, WARNING, ERROR); EdgeX's level key (INFO,
WARN, ERROR, DEBUG), Consul's bracketed word and eKuiper's level key; Fabric's four letters (INFO,
WARN, ERRO); Kubo's (INFO, WARN, ERROR; its plain lines have none); Joomla's priority (INFO, WARNING,
ERROR, CRITICAL); KNIME's (DEBUG, INFO, WARN, ERROR); Lyrion's "Warning:" and "Error:" in front of
the message (its info lines write none). acme.sh, the AIX report (Type and Class are values of the
record), Bitwarden, cgminer, Eggdrop, FlexNet and carbon write none. The component is authentik's
logger key (authentik.asgi, authentik.router, authentik.events.models, ...; gunicorn's lines have
none), Barman's, Dask's, discord.py's and Kubo's logger (barman.wal_archiver, distributed.scheduler,
discord.gateway, cogs.music, net/identify; not Kubo's source file), EdgeX's app key or the Compose
service in front of the line (core-data, edgex-core-data; Consul's hclog name and eKuiper's service
likewise), FlexNet's daemon in parentheses (lmgrd, MLM, ansyslmd; "(@lmgrd-SLOG@)" is message), carbon's
category in brackets (console, listener, creates, query), Fabric's module in brackets (kvledger,
gossip.discovery, ...; the function before "->" is not), Graylog's class in brackets, Joomla's
category (joomlafailure, jerror, error, update), KNIME's logger (NodeContainer, WorkflowManager,
LocalNodeExecutionJob, Node, ...; the thread, node name and node id are not), Lyrion's Perl method
(its package counts too; the line number is not). acme.sh, the AIX report, Bitwarden (the type
column is the event), cgminer (GSF n is a device, a value), collectd ("snmp plugin:" is part of the
message), Eggdrop and HandBrake's stamped lines have none.

The true event of a line is the format string that wrote it: a value filled into a format string is
a variable (acme.sh's "name='value'" debug lines are one event per name; FlexNet's "IN:" lines
whatever the reason in parentheses, its "OUT:" with or without "(n licenses)"; collectd's
notifications: every threshold violation one event whatever the plugin, severity or direction, the
"within range again" message another; Barman's "Copy step %s of %s: [%s] %s" whatever the step;
KNIME's "has new state: %s" whatever the state; Fabric's "Failed to invoke chaincode" whatever the
chaincode's error; Eggdrop's public talk, whatever is said, and its "left irc:" whatever the
reason), while two format strings that look alike are two events (Fabric's "peers went online" and
"peers went offline"; Eggdrop's "left %s." and "left %s (%s)."; Eggdrop's message commands, each
command and its failed form its own; KNIME's "doAfterExecute - success" and "- failure"; Dask's
"Remove worker <WorkerState ...>" and "Remove worker addr:"; cgminer's "Accepted" and "Rejected";
Graylog's "Flushing old index" and "Setting old index ... to read-only"; Joomla's "Could not
instantiate mail function." and "SMTP Error: ..."). A structured line belongs to its message and its
set of keys: an authentik Django line to its event and keys (every "authentik.asgi" request one event
whatever its path, every "Created Event" one whatever its action), a Go router line to its keys (every
request one), an EdgeX line to its msg and keys, a Kubo line to its message and its fields' keys, a
Bitwarden row to its type (the columns are the same on every row; the header row is its own event).
In a report, a dump or a table each kind of line is an event: the AIX record's keys (each its own),
its VPD lines (one event), each description, cause and action text of the error templates, each
Detail Data key, its decimal values (one event), its text values (one event) and its hex rows (one
event); cgminer's shutdown summary lines (each its own) and per-device rows (one event); FlexNet's
banner lines (each its own); HandBrake's job configuration lines (each its own; the source and
destination paths one), x265's parameter lines (each its own), FFmpeg's stream lines (one event), its
metadata lines (one event) and chapter lines (one event), the title summary's lines (each kind its
own); KNIME's banner lines (each its own; its "# key: value" lines one event); Joomla's guard and
header lines. Python tracebacks: the head, "File" lines, source lines and exception line are each one
event; Java's "<tab>at" frames one event, "Caused by:" one per exception, "... n more" one. Wrappers
are not part of the event: Compose's prefix. Empty lines are one event per log.

usage: unseen_logs_round30.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round30)
"""
import csv
import datetime as dt
import io
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round30")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, us6, checked, syslog_ts, carry_time, ms_, ctime, epoch, run_mean  # noqa: E402, F401


def csv_min(values):
    """One CSV row quoted only where a field needs it (a comma, a quote)."""
    b = io.StringIO()
    csv.writer(b, lineterminator="").writerow(values)
    return b.getvalue()


def py_traceback(frames, last, head="Traceback (most recent call last):"):
    """A Python traceback's lines: frames are (file, line, function, source)."""
    out = [(head, "tb_head")]
    for f, n, fn, src in frames:
        out.append((f'  File "{f}", line {n}, in {fn}', "tb_file"))
        if src:
            out.append((f"    {src}", "tb_source"))
    out.append((last, "tb_exception"))
    return out


def java_stack(g, head, head_ev, frames, cause=None):
    """A Java exception's lines: its first line, the tab-indented "at" frames, a "Caused by:" with its own frames, "... n more"."""
    out = [(head, head_ev)]
    out += [(f"\tat {f}", "java_at") for f in frames]
    if cause:
        c_head, c_ev, c_frames = cause
        out.append((f"Caused by: {c_head}", c_ev))
        out += [(f"\tat {f}", "java_at") for f in c_frames]
        out.append((f"\t... {g.num(8, 60)} more", "java_more"))
    return out


# 1 ---------------------------------------------------------------- acme.sh 3.0.9 on a Debian 12 web server of a small hosting business (nine customer domains, ECC certificates
#   from Let's Encrypt, DNS-01 through Cloudflare for two wildcard names, webroot for the rest, nginx reloaded after a renewal), the daily `acme.sh --cron`
#   from root's crontab writing ~/.acme.sh/acme.sh.log at LOG_LEVEL 1: "[Tue Dec  1 10:00:00 UTC 2026] message" (the shell's `date` in brackets), the
#   cron's start and end, the skips, the debug lines of a renewal ("name='value'"), DNS challenges, orders, the install and reload, failures, upgrades
@checked
def log_acme_sh(seed):
    L = Log("acme_sh_log", seed, "full", False, False, start=dt.datetime(2026, 10, 20, 0, 23, 0, tzinfo=UTC))
    g = L.g
    DOMS = [("shop.kaffeeroesterei-berg.de", "webroot", "/var/www/shop/public"), ("*.kunden-hosting.example", "dns_cf", None),
            ("mail.kunden-hosting.example", "webroot", "/var/www/html"), ("www.praxis-dr-lang.de", "webroot", "/var/www/praxis"),
            ("cloud.steuerbuero-amann.de", "webroot", "/var/www/nextcloud"), ("*.dev.kunden-hosting.example", "dns_cf", None),
            ("www.tischlerei-kraus.de", "webroot", "/var/www/kraus"), ("git.kunden-hosting.example", "webroot", "/var/www/gitea-acme"),
            ("www.musikschule-am-see.de", "webroot", "/var/www/musikschule")]
    API = "https://acme-v02.api.letsencrypt.org"
    nxt = {d: L.t + dt.timedelta(days=g.num(1, 55)) for d, _, _ in DOMS}
    st = {"acct": g.num(1800000000, 1999999999)}

    def w(msg, ev):
        ms_(L, 0, 900)
        L.emit(f"[{L.t:%a %b} {L.t.day:>2} {L.t:%H:%M:%S} UTC {L.t:%Y}] {msg}", ev)

    def dbg(name, val):
        w(f"{name}='{val}'", "dbg_" + name.strip("_").lower())

    def home(d):
        return f"/root/.acme.sh/{d}_ecc"

    def req(url, kind="POST"):
        w(kind, "http_" + kind.lower())
        dbg("url", url)
        if kind == "POST":
            dbg("payload", "{" + g.c(['"csr"', '"identifiers"', '"resource"']) + ": ...}" if g.r.random() < 0.3 else "")
        dbg("_CURL", "curl --silent --dump-header /root/.acme.sh/http.header  -L  --trace-ascii /tmp/tmp." + g.alnum(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") + "  -g ")
        dbg("ret", "0")
        dbg("code", g.c(["200", "200", "201"]))

    def renew(d, how, root):
        w(f"Renewing: '{d}'", "renewing")
        w(f"Renewing using Le_API={API}/directory", "renewing_api")
        dbg("Le_Keylength", "ec-256")
        dbg("_main_domain", d)
        dbg("_alt_domains", "no" if "*" not in d else d[2:])
        w("Using CA: " + API + "/directory", "using_ca")
        req(f"{API}/acme/new-order")
        order = f"{API}/acme/order/{st['acct']}/{g.num(300000000000, 399999999999)}"
        dbg("Le_OrderFinalize", f"{API}/acme/finalize/{st['acct']}/{g.num(300000000000, 399999999999)}")
        w("Getting domain auth token for each domain", "getting_auth_token")
        names = [d] if "*" not in d else [d, d[2:]]
        toks = {}
        for n in names:
            w(f"Getting webroot for domain='{n}'", "getting_webroot")
            toks[n] = g.alnum(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        if how == "dns_cf":
            for n in names:
                base = n.lstrip("*.")
                w(f"Adding TXT value: {g.alnum(43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')} for domain: _acme-challenge.{base}", "adding_txt")
                dbg("_domain_id", g.hx(32))
                w("Adding record", "adding_record")
                if g.r.random() < 0.04:
                    w("Error: The TXT record already exists, but with a different value.", "txt_exists")
                w("Added, OK", "added_ok")
                w("The TXT record has been successfully added.", "txt_added")
            w("Let's check each DNS record now. Sleeping for 20 seconds first.", "dns_sleep")
            L.t += dt.timedelta(seconds=20)
            w("You can use '--dnssleep' to disable public dns checks.", "dnssleep_hint")
            w("See: https://github.com/acmesh-official/acme.sh/wiki/dnscheck", "dnscheck_see")
            for n in names:
                base = n.lstrip("*.")
                w(f"Checking {base} for _acme-challenge.{base}", "checking_dns")
                if g.r.random() < 0.15:
                    w(f"Not valid yet, let's wait for 10 seconds then check the next one.", "not_valid_yet")
                    L.t += dt.timedelta(seconds=10)
                w(f"Success for domain {base} '_acme-challenge.{base}'.", "dns_success")
            w("All checks succeeded", "all_checks")
        for n in names:
            w(f"Verifying: {n}", "verifying")
            if how == "webroot":
                dbg("wellknown_path", f"{root}/.well-known/acme-challenge")
                dbg("_tokenfile", f"{root}/.well-known/acme-challenge/{toks[n]}")
            req(f"{API}/acme/chall/{st['acct']}/{g.num(400000000000, 499999999999)}/{g.alnum(6, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}")
            if g.r.random() < 0.06:
                why = g.c(["2a01:4f8:c17:9e2::1: Invalid response from http://" + n + "/.well-known/acme-challenge/" + toks[n] + ": 404",
                           "During secondary validation: DNS problem: NXDOMAIN looking up TXT for _acme-challenge." + n.lstrip("*.")])
                w(f"{n}:Verify error:{why}", "verify_error")
                if how == "dns_cf":
                    w("Removing DNS records.", "removing_dns")
                w("Please add '--debug' or '--log' to see more information.", "add_debug")
                w("See: https://github.com/acmesh-official/acme.sh/wiki/How-to-debug-acme.sh", "see_debug")
                w(f"Error renew {d}.", "error_renew")
                nxt[d] = L.t + dt.timedelta(days=1)
                return
            n_pend = g.num(0, 2)
            for i in range(n_pend):
                w(f"Pending. The CA is processing your order, please wait. ({i + 1}/30)", "pending")
                L.t += dt.timedelta(seconds=2)
            w("Success", "verify_success")
        if how == "dns_cf":
            w("Removing DNS records.", "removing_dns")
            for n in names:
                base = n.lstrip("*.")
                w(f"Removing txt: {g.alnum(43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')} for domain: _acme-challenge.{base}", "removing_txt")
                w("Successfully removed", "removed_ok")
        w("Verification finished, beginning signing.", "verify_finished")
        w("Let's finalize the order.", "finalize")
        dbg("Le_OrderFinalize", f"{API}/acme/finalize/{st['acct']}/{g.num(300000000000, 399999999999)}")
        req(order, "POST")
        w("Downloading cert.", "downloading_cert")
        dbg("Le_LinkCert", f"{API}/acme/cert/{g.hx(36)}")
        w("Cert success.", "cert_success")
        w(f"Your cert is in: {home(d)}/{d}.cer", "cert_in")
        w(f"Your cert key is in: {home(d)}/{d}.key", "key_in")
        w(f"The intermediate CA cert is in: {home(d)}/ca.cer", "ca_in")
        w(f"And the full-chain cert is in: {home(d)}/fullchain.cer", "fullchain_in")
        dbg("Le_NextRenewTime", str(int(epoch(L.t)) + 60 * 86400))
        base = d.lstrip("*.")
        w(f"Installing key to: /etc/nginx/ssl/{base}.key", "installing_key")
        w(f"Installing full chain to: /etc/nginx/ssl/{base}.fullchain.pem", "installing_fullchain")
        w("Run reload cmd: systemctl reload nginx", "reload_cmd")
        if g.r.random() < 0.97:
            w("Reload successful", "reload_ok")
        else:
            w("Reload error for: " + d, "reload_error")
        nxt[d] = L.t + dt.timedelta(days=60)

    def upgrade():
        w("Installing from online archive.", "upgrade_online")
        w("Downloading https://github.com/acmesh-official/acme.sh/archive/master.tar.gz", "upgrade_downloading")
        w("Extracting master.tar.gz", "upgrade_extracting")
        w("It is recommended to install socat first.", "socat_hint") if g.r.random() < 0.2 else None
        w("Installing to /root/.acme.sh", "installing_to")
        w("Installed to /root/.acme.sh/acme.sh", "installed_to")
        w("OK", "ok")
        w("Install success!", "install_success")
        w("Upgrade successful!", "upgrade_successful")

    def cron():
        L.t = L.t.replace(hour=0, minute=23, second=g.num(0, 50)) + dt.timedelta(days=1)
        w("===Starting cron===", "cron_start")
        if g.r.random() < 0.08:
            upgrade()
        if g.r.random() < 0.12:
            w("Already up to date!", "already_up_to_date")
        for d, how, root in DOMS:
            w(f"Renewing: '{d}'", "renewing") if L.t < nxt[d] else None
            if L.t < nxt[d]:
                w(f"Renewing using Le_API={API}/directory", "renewing_api")
                w(f"Skipping. Next renewal time is: {nxt[d]:%Y-%m-%dT%H:%M:%SZ}", "skipping")
                w("Add '--force' to force renewal.", "add_force")
                continue
            renew(d, how, root)
        w("===End cron===", "cron_end")

    while len(L.rows) < N_LINES:
        cron()
    del L.rows[N_LINES:]
    return L


# 2 ---------------------------------------------------------------- IBM AIX 7.3 TL2 LPAR (a Power10 host of a UK building society's core banking database, TZ=GMT0BST, so GMT in
#   winter) whose nightly script saves `errpt -a` to a file: records newest first, each opened by a rule of dashes, then LABEL and IDENTIFIER, the
#   Date/Time ("Tue Dec  1 10:00:00 GMT 2026") and the fixed keys of the record, the VPD of the failing part for hardware errors, the Description,
#   Probable Causes, Failure Causes (or User Causes) and Recommended Actions texts of the error template, and the Detail Data; disk and path errors
#   of the SAN, Fibre Channel link errors, EtherChannel failovers, core dumps, a full file system, operator messages, a reboot
@checked
def log_aix_errpt(seed):
    L = Log("aix_errpt_detail", seed, "full", False, False, start=dt.datetime(2026, 10, 1, 6, 0, 0, tzinfo=UTC))
    g = L.g
    recs = []
    st = {"seq": g.num(4000, 6000)}
    MACH, NODE = "00C8F1A24B00", "aixcbsdb01"
    DISKS = [f"hdisk{i}" for i in range(2, 14)]
    FCS = ["fscsi0", "fscsi1", "fscsi2", "fscsi3"]
    # label, identifier, class, type, resource class/type, description, probable causes, failure/user causes, actions, detail
    T = {
        "SC_DISK_PCM_ERR7": ("DE3B8540", "H", "PERM", ("disk", "mpioosdisk"), ["PATH HAS FAILED"], ["STORAGE SUBSYSTEM", "COMMUNICATIONS SUBSYSTEM"],
                             ("Failure Causes", ["STORAGE SUBSYSTEM", "COMMUNICATIONS SUBSYSTEM"]),
                             ["PERFORM PROBLEM DETERMINATION PROCEDURES", "CHECK PATH"], "path"),
        "SC_DISK_ERR4": ("DCB47997", "H", "TEMP", ("disk", "mpioosdisk"), ["DISK OPERATION ERROR"], ["MEDIA", "DASD DEVICE"],
                         ("Failure Causes", ["MEDIA", "DISK DRIVE"]), ["FOR REMOVABLE MEDIA, CHANGE MEDIA AND RETRY", "PERFORM PROBLEM DETERMINATION PROCEDURES"], "sense"),
        "FCP_ERR4": ("B8C78C08", "H", "TEMP", ("driver", "efscsi"), ["LINK ERROR"], ["FIBRE CHANNEL SWITCH", "CABLE"],
                     ("Failure Causes", ["CABLE", "FIBRE CHANNEL SWITCH"]), ["CHECK CABLES AND THEIR CONNECTIONS", "PERFORM PROBLEM DETERMINATION PROCEDURES"], "fc"),
        "ECH_PING_FAIL_PRMRY": ("9F7B0FA6", "U", "INFO", ("adapter", "ibm_ech"), ["PING TO REMOTE HOST FAILED"], ["CABLE", "SWITCH", "ADAPTER"],
                                ("Failure Causes", ["CABLES AND CONNECTIONS"]), ["CHECK CABLE AND ITS CONNECTIONS", "IF ERROR PERSISTS, REPLACE ADAPTER CARD."], "ech"),
        "CORE_DUMP": ("A924A5FC", "S", "PERM", ("NONE", "NONE"), ["SOFTWARE PROGRAM ABNORMALLY TERMINATED"], ["SOFTWARE PROGRAM"],
                      ("User Causes", ["USER GENERATED SIGNAL"]), ["CORRECT THEN RETRY"], "core"),
        "J2_FS_FULL": ("F7FA22C9", "O", "INFO", ("NONE", "NONE"), ["UNABLE TO ALLOCATE SPACE IN FILE SYSTEM"], ["FILE SYSTEM FULL"],
                       ("User Causes", ["FILE SYSTEM FULL"]), ["INCREASE THE SIZE OF THE ASSOCIATED FILE SYSTEM", "REMOVE UNNECESSARY DATA FROM FILE SYSTEM",
                                                                    "USE FUSER UTILITY TO LOCATE UNLINKED FILES STILL REFERENCED"], "fs"),
        "OPMSG": ("AA8AB241", "O", "TEMP", ("NONE", "NONE"), ["OPERATOR NOTIFICATION"], ["ERRLOGGER COMMAND"],
                  ("User Causes", ["ERRLOGGER COMMAND"]), ["REVIEW DETAILED DATA"], "opmsg"),
        "REBOOT_ID": ("2BFA76F6", "S", "TEMP", ("NONE", "NONE"), ["SYSTEM SHUTDOWN BY USER"], ["SYSTEM SHUTDOWN"],
                      ("User Causes", ["SHUTDOWN COMMAND"]), ["NONE"], "reboot"),
        "ERRLOG_ON": ("9DBCFDEE", "O", "TEMP", ("NONE", "NONE"), ["ERROR LOGGING TURNED ON"], ["ERRDEMON STARTED AUTOMATICALLY"],
                      ("User Causes", ["/USR/LIB/ERRDEMON COMMAND"]), ["NONE"], None),
        "SRC_SVKO": ("BC3BE5A3", "S", "PERM", ("NONE", "NONE"), ["SOFTWARE PROGRAM ERROR"], ["SYSTEM RESOURCE CONTROLLER DAEMON"],
                     ("Failure Causes", ["DAEMON TERMINATED ABNORMALLY"]), ["VERIFY SUBSYSTEM RESTARTED AUTOMATICALLY", "CHECK THE DAEMON'S OWN LOGS"], "src"),
    }

    def rec(label, res, loc, detail):
        ident, cls, typ, (rcls, rtyp), desc, prob, (cause_t, causes), acts, _ = T[label]
        st["seq"] += 1
        t = L.t
        lines = [("-" * 75, "rule"), (f"LABEL:\t\t{label}", "k_label"), (f"IDENTIFIER:\t{ident}", "k_identifier"), ("", "blank"),
                 (f"Date/Time:       {t:%a %b} {t.day:>2} {t:%H:%M:%S} GMT {t:%Y}", "k_datetime"), (f"Sequence Number: {st['seq']}", "k_sequence"),
                 (f"Machine Id:      {MACH}", "k_machine"), (f"Node Id:         {NODE}", "k_node"), (f"Class:           {cls}", "k_class"),
                 (f"Type:            {typ}", "k_type"), ("WPAR:            Global", "k_wpar"), (f"Resource Name:   {res}", "k_resname")]
        if rcls != "NONE" or label in ("SC_DISK_ERR4",):
            lines += [(f"Resource Class:  {rcls}", "k_resclass"), (f"Resource Type:   {rtyp}", "k_restype"), (f"Location:        {loc}", "k_location")]
        if cls == "H":
            lines += [("", "blank"), ("VPD:", "vpd_head")]
            if rcls == "disk":
                vpd = [("Manufacturer", "IBM"), ("Machine Type and Model", "2145"), ("ROS Level and ID", "0000"), ("Device Specific.(Z0)", "0000063268181002"),
                       ("Device Specific.(Z1)", "0200646"), ("Serial Number", "600507680C8080" + g.HX(10))]
            else:
                vpd = [("Part Number", "01FT695"), ("Serial Number", "Y050HY" + g.HX(6)), ("Manufacturer", "001D"), ("EC Level", "P14609"),
                       ("Customer Card ID Number", "579C"), ("FRU Number", "01FT695"), ("Network Address", "100000109B" + g.HX(6))]
            for k, v in vpd:
                lines.append((f"        {k}{'.' * (28 - len(k))}{v}", "vpd_line"))
        lines += [("", "blank"), ("Description", "h_description")] + [(x, "desc_" + x.lower().replace(" ", "_")) for x in desc]
        lines += [("", "blank"), ("Probable Causes", "h_probable")] + [(x, "prob_" + x.lower().replace(" ", "_")) for x in prob]
        lines += [("", "blank"), (cause_t, "h_" + cause_t.split()[0].lower() + "_causes")] + [(x, "cause_" + x.lower().replace(" ", "_")) for x in causes]
        lines += [("", "blank"), ("\tRecommended Actions", "h_actions")] + [("\t" + x, "act_" + x.lower().replace(" ", "_")) for x in acts]
        lines += [("", "blank"), ("Detail Data", "h_detail")] + detail
        recs.append((t, lines))

    def K(name):
        return (name, "ddk_" + re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_"))

    def D(v, width=12):
        return (f"{v:>{width}}", "dd_dec")

    def A(v):
        return (v, "dd_alpha")

    def sense():
        rows = []
        for _ in range(g.num(3, 6)):
            rows.append((" ".join(g.HX(4) for _ in range(16)), "hex_row"))
        return rows

    def path_fail():
        d = g.c(DISKS)
        pid = g.num(0, 3)
        rec("SC_DISK_PCM_ERR7", d, f"U9105.42A.78{g.HX(5)}-V{g.num(1, 4)}-C{g.num(30, 40)}-T1-W5005076812{g.HX(6)}-L{g.num(1, 9)}000000000000",
            [K("PATH ID"), D(pid), K("SENSE DATA")] + sense())

    def disk_err():
        d = g.c(DISKS)
        rec("SC_DISK_ERR4", d, f"U9105.42A.78{g.HX(5)}-V1-C{g.num(30, 40)}-T1-W5005076812{g.HX(6)}-L{g.num(1, 9)}000000000000",
            [K("PATH ID"), D(g.num(0, 3)), K("SENSE DATA")] + sense())

    def fc():
        f = g.c(FCS)
        rec("FCP_ERR4", f, f"U78DA.ND0.WZS0{g.num(100, 999)}-P1-C{g.num(2, 9)}-T{g.num(1, 2)}",
            [K("SENSE DATA")] + sense())

    def ech():
        rec("ECH_PING_FAIL_PRMRY", "ent8", "",
            [K("FAILING ADAPTER"), A(g.c(["ent0", "ent1"])), K("SWITCHING TO ADAPTER"), A(g.c(["ent2", "ent3"])),
             ("Unable to reach remote host through primary adapter: switching over to backup adapter", "ech_text")])

    def core():
        prog = g.c([("db2sysc", "/home/db2inst1/sqllib/db2dump/DIAG0000/core"), ("java", "/opt/IBM/WebSphere/AppServer/profiles/AppSrv01/core"),
                    ("sshd", "/core"), ("tsm_bkup", "/usr/tivoli/tsm/client/ba/bin64/core")])
        sig = g.c([("11", "SEGV"), ("6", "ABRT"), ("4", "ILL")])
        rec("CORE_DUMP", "SYSPROC", "",
            [K("SIGNAL NUMBER"), D(sig[0]), K("USER'S PROCESS ID:"), D(g.num(3000000, 29000000), 20),
             K("FILE SYSTEM SERIAL NUMBER"), D(g.num(2, 40)), K("INODE NUMBER"), D(g.num(1000, 900000), 20),
             K("CORE FILE NAME"), A(prog[1]), K("PROGRAM NAME"), A(prog[0]),
             K("STACK EXECUTION DISABLED"), D(0), K("COME FROM ADDRESS REGISTER"),
             A(f"{g.c(['??', '.__memmove64', 'sqloDumpDiagInfo'])}"), K("PROCESSOR ID"), A(f"  hw_fru_id: {g.num(0, 7)}"),
             A(f"  hw_cpu_id: {g.num(0, 63)}"), K("ADDITIONAL INFORMATION"), A(f"{g.c(['??', 'pthread_k', '_event_sl'])} {g.num(0, 400)}"),
             ("Symptom Data", "symptom_head"), K("REPORTABLE"), A("1"), K("INTERNAL ERROR"), A("0"),
             K("SYMPTOM CODE"), A(f"PCSS/SPI2 FLDS/{prog[0]} SIG/{sig[0]} FLDS/{g.c(['??', 'sqloDumpDiagInfo'])} VALU/0 FLDS/{g.c(['??', '__memmove64'])}")])

    def fs_full():
        fs = g.c(["/db2/CBS/log_dir", "/var", "/tmp", "/home/db2inst1/sqllib/db2dump", "/opt/IBM/WebSphere"])
        lv = {"/var": "hd9var", "/tmp": "hd3"}.get(fs, "fslv" + f"{g.num(0, 12):02d}")
        rec("J2_FS_FULL", "SYSJ2", "",
            [K("MAJOR/MINOR DEVICE NUMBER"), A(f"8000 000A 0000 00{g.num(10, 40)}"), K("FILE SYSTEM DEVICE AND MOUNT POINT"),
             A(f"/dev/{lv}, {fs}")])

    def opmsg():
        m = g.c(["TSM incremental backup finished with return code 8", "mksysb to nim01 completed",
                 "db2 archive log dir above 85%", "HACMP cluster verification completed", "PowerHA: resource group rg_cbs moved by operator"])
        rec("OPMSG", "OPERATOR", "", [K("MESSAGE FROM ERRLOGGER COMMAND"), A(m)])

    def reboot():
        rec("ERRLOG_ON", "errdemon", "", [K("DETECTING MODULE"), A("LPP=bos.rte.serv_aid,SSVCS=errdemon.c@@/main/4")])
        L.t -= dt.timedelta(minutes=g.num(6, 15))
        rec("REBOOT_ID", "SYSPROC", "", [K("USER ID"), D(0), K("0=SOFT IPL 1=HALT 2=TIME REBOOT"),
                                          D(0), K("TIME TO REBOOT (FOR TIMED REBOOT ONLY)"), D(0)])
        L.t += dt.timedelta(minutes=20)

    def src():
        s = g.c([("clcomd", "clcomd"), ("sshd", "ssh"), ("xntpd", "tcpip"), ("cimserver", "cimservices")])
        rec("SRC_SVKO", "SRC", "", [K("SYMPTOM CODE"), D(g.num(200, 400)), K("SOFTWARE ERROR CODE"), D(-9035 - g.num(0, 10)),
                                     K("ERROR CODE"), D(0), K("DETECTING MODULE"),
                                     A(f"'srchevn.c'@line:'{g.num(200, 400)}'"), K("FAILING MODULE"), A(s[0])])

    def burst():
        for _ in range(g.num(1, 3)):
            L.t += dt.timedelta(seconds=g.num(0, 3))
            fc()
        for _ in range(g.num(2, 6)):
            L.t += dt.timedelta(seconds=g.num(0, 2))
            path_fail()

    ev = [(6, path_fail), (3, disk_err), (3, fc), (2, ech), (2, core), (2, fs_full), (4, opmsg), (0.4, reboot), (1, src), (1, burst)]
    weights = [w for w, _ in ev]
    fns = [f for _, f in ev]
    while sum(len(r[1]) for r in recs) < N_LINES:
        L.tick(14000)
        g.r.choices(fns, weights)[0]()
    recs.sort(key=lambda r: r[0], reverse=True)
    for t, lines in recs:
        for text, e in lines:
            L.emit(text, e, t=t)
    del L.rows[N_LINES:]
    return L


# 3 ---------------------------------------------------------------- authentik 2024.10 (docker compose: server, worker, PostgreSQL, Redis) as the single sign-on of a design agency
#   (Nextcloud, Grafana, GitLab and Vaultwarden behind it, an LDAP outpost for the NAS), `docker logs authentik-server-1`: structlog JSON lines with
#   sorted keys from the Django side ("authentik.asgi" request lines, events, flows, the embedded outpost's controller), the Go router's own JSON
#   lines (no blanks after the separators), the start-up lines whose "timestamp" is Unix seconds, and the gunicorn/bootstrap lines in plain text
@checked
def log_authentik(seed):
    L = Log("authentik_docker_logs", seed, "full", True, True)
    g = L.g
    USERS = ["akadmin", "m.hofer", "s.brandl", "j.wagner", "l.kern", "t.oberhuber", "k.fuchs", "svc-nas-ldap"]
    IPS = ["10.42.0.1", "172.19.0.1", "84.112.77.201", "62.178.14.9", "213.47.201.33", "192.168.10.25", "192.168.10.31"]
    UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
           "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
           "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", "Nextcloud-android/3.30.5", "goauthentik.io/outpost/2024.10.4",
           "Grafana/11.3.1"]
    PID = {"w": g.num(20, 40)}

    def iso(t, us=True):
        return f"{t:%Y-%m-%dT%H:%M:%S}.{us6(t)}" if us else f"{t:%Y-%m-%dT%H:%M:%S}Z"

    def dj(lv, logger, event, ev, **kw):
        ms_(L, 0, 60)
        d = dict(kw, event=event, level=lv, logger=logger, timestamp=iso(L.t))
        if "pid" not in d and logger != "authentik.router":
            d["pid"] = PID["w"]
        L.emit(json.dumps(dict(sorted(d.items()))), ev, lv, logger)

    def boot_json(lv, logger, event, ev, **kw):
        ms_(L, 0, 80)
        d = dict(kw, event=event, level=lv, logger=logger, timestamp=round(epoch(L.t), 6))
        L.emit(json.dumps(dict(sorted(d.items()))), ev, lv, logger)

    def go(lv, event, ev, **kw):
        ms_(L, 0, 40)
        d = dict(kw, event=event, level=lv, logger="authentik.router", timestamp=iso(L.t, False))
        L.emit(json.dumps(dict(sorted(d.items())), separators=(",", ":")), ev, lv, "authentik.router")

    def plain(text, ev, lv=None, comp=None):
        ms_(L, 0, 30)
        L.emit(text, ev, lv, comp)

    def start():
        boot_json("info", "authentik.lib.config", "Loaded config", "loaded_config", file="/authentik/lib/default.yml")
        boot_json("info", "authentik.lib.config", "Loaded environment variables", "loaded_env", count=g.num(9, 14))
        boot_json("info", "authentik.lib.config", "Starting authentik bootstrap", "bootstrap_start")
        boot_json("info", "authentik.lib.config", "PostgreSQL connection successful", "pg_ok")
        boot_json("info", "authentik.lib.config", "Redis Connection successful", "redis_ok")
        boot_json("info", "authentik.lib.config", "Finished authentik bootstrap", "bootstrap_done")
        go("info", "Loaded config", "go_loaded_config", path="inbuilt-default")
        go("info", "starting router", "go_starting_router", listen="0.0.0.0:9000")
        go("info", "Starting Metrics server", "go_metrics", listen="0.0.0.0:9300")
        plain(f"[{L.t:%Y-%m-%d %H:%M:%S} +0000] [{g.num(20, 30)}] [INFO] Starting gunicorn 23.0.0", "gunicorn_starting", "INFO")
        plain(f"[{L.t:%Y-%m-%d %H:%M:%S} +0000] [{g.num(20, 30)}] [INFO] Listening at: unix:/dev/shm/authentik-core.sock ({g.num(20, 30)})", "gunicorn_listening", "INFO")
        plain(f"[{L.t:%Y-%m-%d %H:%M:%S} +0000] [{g.num(20, 30)}] [INFO] Using worker: lifecycle.worker.DjangoUvicornWorker", "gunicorn_worker_class", "INFO")
        for _ in range(2):
            PID["w"] = g.num(30, 80)
            plain(f"[{L.t:%Y-%m-%d %H:%M:%S} +0000] [{PID['w']}] [INFO] Booting worker with pid: {PID['w']}", "gunicorn_booting", "INFO")
        dj("info", "authentik.root.signals", "Booting authentik", "booting", version="2024.10.4")
        dj("info", "authentik.blueprints.v1.tasks", "Blueprint discovery", "blueprint_discovery", count=g.num(30, 40))
        dj("info", "authentik.root.signals", "Enabled authentik enterprise", "enterprise") if g.r.random() < 0.1 else None
        go("info", "Starting authentik server", "go_starting_server", version="2024.10.4")
        dj("info", "authentik.outposts.controllers.docker", "Starting controller", "outpost_controller", outpost="authentik Embedded Outpost")

    def request(auth=None, path=None, status=None):
        u = auth or g.c(USERS[:7] + [""] * 3)
        p = path or g.c(["/api/v3/core/users/me/", "/api/v3/flows/executor/default-authentication-flow/?query=next%3D%252F", "/application/o/authorize/",
                         "/application/o/token/", "/application/o/userinfo/", "/api/v3/core/applications/?ordering=name&page=1&page_size=100&superuser_full_list=true",
                         "/api/v3/flows/instances/default-provider-authorization-implicit-consent/execute/", "/api/v3/root/config/", "/ws/client/",
                         "/api/v3/admin/system/", "/-/health/ready/", "/if/flow/default-authentication-flow/", "/api/v3/events/events/?ordering=-created&page=1"])
        s = status or g.c([200] * 12 + [302, 302, 204, 400, 403, 404])
        dj("info", "authentik.asgi", p, "asgi_request", auth_via="session" if u else "unauthenticated", domain_url="sso.agentur-pixelwerk.at",
           host="sso.agentur-pixelwerk.at", method=g.c(["GET", "GET", "GET", "POST"]), remote=g.c(IPS), request_id=g.hx(32), runtime=g.num(4, 900),
           schema_name="public", scheme="https", status=s, user=u, user_agent=g.c(UAS))

    def router_req():
        p = g.c(["/outpost.goauthentik.io/ping", "/static/dist/user/UserInterface.js", "/static/dist/flow/FlowInterface.js", "/media/public/application-icons/gitlab.svg",
                 "/static/dist/assets/icons/icon_left_brand.svg", "/static/dist/poly.js", "/-/health/live/"])
        go("info", p, "go_request", host="sso.agentur-pixelwerk.at" if "health" not in p and "ping" not in p else "localhost:9000", method="GET",
           remote=g.c(IPS) + f":{g.port()}", runtime=g.f(0.05, 40, 3), scheme="http", size=g.num(0, 900000), status=g.c([200, 200, 200, 204, 304]),
           user_agent=g.c(UAS))

    def login():
        u = g.c(USERS[:7])
        ip = g.c(IPS[2:])
        if g.r.random() < 0.7:
            dj("info", "authentik.events.models", "Created Event", "created_event", action="login", app="authentik.events.signals", client_ip=ip,
               context={"auth_method": g.c(["password", "password", "auth_webauthn_pwl"]), "http_request": {"args": {"next": "/"}, "method": "GET",
                        "path": "/api/v3/flows/executor/default-authentication-flow/", "user_agent": g.c(UAS[:3])}}, request_id=g.hx(32),
               user={"email": f"{u}@agentur-pixelwerk.at", "pk": g.num(3, 40), "username": u})
            request(u, "/api/v3/flows/executor/default-authentication-flow/?query=next%3D%252F", 200)
        else:
            who = g.c(USERS[:7] + ["admin", "office", "m.hoffer"])
            dj("info", "authentik.events.models", "Created Event", "created_event", action="login_failed", app="authentik.events.signals", client_ip=ip,
               context={"stage": {"app": "authentik_stages_password", "model_name": "passwordstage", "name": "default-authentication-password",
                                  "pk": g.hx(32)}, "password": "********************", "username": who}, request_id=g.hx(32),
               user={"email": "", "pk": g.num(1, 2), "username": "AnonymousUser"})
            dj("warning", "authentik.stages.password.stage", "Failed to authenticate user", "pw_failed", request_id=g.hx(32), user=who)

    def authorize():
        app = g.c(["nextcloud", "grafana", "gitlab", "vaultwarden"])
        u = g.c(USERS[:7])
        dj("info", "authentik.events.models", "Created Event", "created_event", action="authorize_application", app="authentik.providers.oauth2.views.authorize",
           client_ip=g.c(IPS[2:]), context={"authorized_application": {"app": "authentik_core", "model_name": "application", "name": app.capitalize(), "pk": g.hx(32)},
                                            "flow": g.hx(32), "scopes": "openid profile email"}, request_id=g.hx(32),
           user={"email": f"{u}@agentur-pixelwerk.at", "pk": g.num(3, 40), "username": u})
        request(u, "/application/o/token/", 200)

    def token_err():
        dj("warning", "authentik.providers.oauth2.views.token", "Token error", "token_error", error=g.c(["invalid_grant", "invalid_client"]),
           request_id=g.hx(32), client_id=g.alnum(40, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))

    def ldap_bind():
        request(g.c(USERS), "/api/v3/flows/executor/ldap-authentication-flow/?query=", 200)

    def outpost_ws():
        o = g.c(["authentik Embedded Outpost", "nas-ldap"])
        dj("info", "authentik.outposts.consumer", "added outpost instance to cache", "outpost_cache_add", instance_uuid=g.uuid(), outpost=o)
        if g.r.random() < 0.4:
            dj("info", "authentik.outposts.consumer", "removed outpost instance from cache", "outpost_cache_remove", instance_uuid=g.uuid(), outpost=o)

    def policy():
        dj("warning", "authentik.policies.engine", "Policy denied access", "policy_denied", policy=g.c(["grp-design-only", "deny-external-admin"]),
           request_id=g.hx(32), user=g.c(USERS[1:7]), messages=["Access denied"])

    def sentry():
        dj("warning", "authentik.lib.sentry", "Request timed out", "request_timeout", exc="django.db.utils.OperationalError: connection to server at \"postgresql\" "
           "(172.19.0.3), port 5432 failed: timeout expired")

    def task():
        name = g.c(["outpost_controller", "clean_expired_models", "blueprints_discovery", "update_latest_version", "outpost_token_ensurer", "user_cleanup"])
        dj("info", "authentik.root.celery", "Task published", "task_published", task_id=g.hx(32)[:32], task_name=name)

    def csrf():
        dj("warning", "django.security.csrf", "Forbidden (CSRF cookie not set.): /api/v3/flows/executor/default-authentication-flow/", "csrf_forbidden")

    def restart():
        plain(f"[{L.t:%Y-%m-%d %H:%M:%S} +0000] [{g.num(20, 30)}] [INFO] Handling signal: term", "gunicorn_signal", "INFO")
        plain(f"[{L.t:%Y-%m-%d %H:%M:%S} +0000] [{PID['w']}] [INFO] Worker exiting (pid: {PID['w']})", "gunicorn_worker_exit", "INFO")
        plain(f"[{L.t:%Y-%m-%d %H:%M:%S} +0000] [{g.num(20, 30)}] [INFO] Shutting down: Master", "gunicorn_shutdown", "INFO")
        go("info", "shutting down webserver", "go_shutdown")
        L.tick(30)
        start()

    start()
    ev = [(40, request), (25, router_req), (10, login), (6, authorize), (1.5, token_err), (5, ldap_bind), (2, outpost_ws), (1, policy), (0.3, sentry),
          (4, task), (0.4, csrf), (0.12, restart)]
    return run_mean(L, ev, 25)


# 4 ---------------------------------------------------------------- Barman 3.12 (Debian 12, the pgdg package) backing up two PostgreSQL 16 servers of a logistics company (pg-main by
#   streaming and WAL archiving with a replication slot, pg-report by rsync over SSH), /var/log/barman/barman.log: Python logging
#   "%(asctime)s [%(process)s] %(name)s %(levelname)s: %(message)s": the minutely `barman cron` (WAL segments found and archived, receive-wal
#   started), the nightly backups with their steps, the retention policy deleting old backups, failed checks when pg-report's host is down, an
#   exception with its traceback
@checked
def log_barman(seed):
    L = Log("barman_log", seed, "full", True, True, start=dt.datetime(2026, 11, 30, 17, 40, 0, tzinfo=UTC))
    g = L.g
    st = {"seg": {"pg-main": [1, 0xA3, 0x1F], "pg-report": [1, 0x2C, 0x40]}, "down": False, "bk": {"pg-main": [], "pg-report": []}}
    for s in st["bk"]:
        for i in range(14, 0, -1):
            st["bk"][s].append((L.t - dt.timedelta(days=i)).strftime("%Y%m%dT0200") + f"{g.num(1, 59):02d}")

    def w(logger, lv, msg, ev, pid=None, extra=()):
        ms_(L, 0, 40)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} [{pid or st['pid']}] {logger} {lv}: {msg}", ev, lv, logger)
        for text, e in extra:
            L.emit(text, e, lv, logger)

    def segname(s):
        tl, hi, lo = st["seg"][s]
        return f"{tl:08X}{hi:08X}{lo:08X}"

    def nextseg(s):
        x = st["seg"][s]
        x[2] += 1
        if x[2] > 0xFF:
            x[2] = 0
            x[1] += 1

    def cron():
        L.t = L.t.replace(second=g.num(1, 3)) + dt.timedelta(minutes=1)
        st["pid"] = g.num(100000, 999999)
        for s, how in (("pg-main", "streaming"), ("pg-report", "file archival")):
            if s == "pg-report" and st["down"] and g.r.random() < 0.5:
                w("barman.server", "ERROR", f"Check 'ssh' failed for server '{s}'", "check_failed")
            n = g.c([0, 0, 0, 1, 1, 2, 3]) if s == "pg-main" else g.c([0] * 8 + [1])
            if n == 0:
                w("barman.wal_archiver", "INFO", f"No xlog segments found from {how} for {s}.", "no_segments")
            else:
                w("barman.wal_archiver", "INFO", f"Found {n} xlog segments from {how} for {s}. Archive all segments in one run.", "found_segments")
                for i in range(n):
                    nextseg(s)
                    w("barman.wal_archiver", "INFO", f"Archiving segment {i + 1} of {n} from {how}: {s}/{segname(s)}", "archiving_segment")
            if s == "pg-main" and g.r.random() < 0.02:
                w("barman.wal_archiver", "INFO", f"Archiving segment 1 of 1 from streaming: {s}/{segname(s)}.partial", "archiving_segment")
        if g.r.random() < 0.015:
            p = g.num(100000, 999999)
            w("barman.server", "INFO", "Starting receive-wal for server pg-main", "starting_receive_wal")
            w("barman.command_wrappers", "INFO", f"pg-main: pg_receivewal: starting log streaming at {st['seg']['pg-main'][1]:X}/{g.HX(7)} (timeline 1)",
              "pg_receivewal_start", pid=p)
        if g.r.random() < 0.01:
            w("barman.server", "INFO", "Another archive-wal process is already running on server pg-main. Skipping to the next server", "another_archive_wal")

    def backup(s):
        st["pid"] = g.num(100000, 999999)
        bid = L.t.strftime("%Y%m%dT%H%M%S")
        start = L.t
        if s == "pg-main":
            w("barman.server", "INFO", f"Starting backup using postgres method for server {s} in /var/lib/barman/{s}/base/{bid}", "backup_starting_postgres")
            w("barman.backup_executor", "INFO", f"Backup start at LSN: {st['seg'][s][1]:X}/{g.HX(7)} ({segname(s)}, {g.HX(8)})", "backup_start_lsn")
            w("barman.backup_executor", "INFO", f"Starting backup copy via pg_basebackup for {bid}", "copy_via_pg_basebackup")
        else:
            if st["down"]:
                w("barman.server", "ERROR", f"Impossible to start the backup. Check the log for more details, or run 'barman check {s}'", "backup_impossible")
                w("barman.cli", "ERROR", f"Impossible to start the backup. Check the log for more details, or run 'barman check {s}'", "cli_backup_impossible")
                return
            w("barman.server", "INFO", f"Starting backup using rsync-concurrent method for server {s} in /var/lib/barman/{s}/base/{bid}", "backup_starting_rsync")
            w("barman.backup_executor", "INFO", f"Backup start at LSN: {st['seg'][s][1]:X}/{g.HX(7)} ({segname(s)}, {g.HX(8)})", "backup_start_lsn")
            w("barman.backup_executor", "INFO", f"Starting backup copy via rsync/SSH for {bid} ({g.num(4, 8)} jobs)", "copy_via_rsync")
            for ts in ["pgdata", "tbs_archive"] if g.r.random() < 0.5 else ["pgdata"]:
                L.t += dt.timedelta(seconds=g.num(60, 900))
                w("barman.copy_controller", "INFO", f"Copy started (safe before {L.t - dt.timedelta(seconds=30):%Y-%m-%d %H:%M:%S}.{us6(L.t)}+00:00)", "copy_started")
                w("barman.copy_controller", "INFO", f"Copy step 1 of 4: [global] analyze {ts}", "copy_step")
                w("barman.copy_controller", "INFO", f"Copy step 2 of 4: [global] create destination directories and delete unknown files for {ts}", "copy_step")
                w("barman.copy_controller", "INFO", f"Copy step 3 of 4: [bucket 0] starting copy safe files from {ts}", "copy_step")
                w("barman.copy_controller", "INFO", f"Copy step 4 of 4: [bucket 0] starting copy files with checksum from {ts}", "copy_step")
        L.t += dt.timedelta(seconds=g.num(600, 3000))
        if g.r.random() < 0.04:
            w("barman.backup", "ERROR", f"Backup failed copying files.", "backup_failed_copy",
              extra=[(f"DETAILS: data transfer failure on directory '/var/lib/barman/{s}/base/{bid}/data'", "details_transfer")])
            w("barman.backup", "INFO", f"Backup failed copying files for {s} ({bid})", "backup_failed_info")
            return
        m, sec = divmod(int((L.t - start).total_seconds()), 60)
        w("barman.backup_executor", "INFO", f"Copy done (time: {m} minutes, {sec} seconds)", "copy_done")
        w("barman.backup_executor", "INFO", "Finalising the backup.", "finalising")
        w("barman.backup", "INFO", f"Backup size: {g.f(18, 60, 1)} GiB", "backup_size")
        w("barman.backup", "INFO", f"Backup end at LSN: {st['seg'][s][1]:X}/{g.HX(7)} ({segname(s)}, {g.HX(8)})", "backup_end_lsn")
        w("barman.backup", "INFO", f"Backup completed (start time: {start:%Y-%m-%d %H:%M:%S}.{us6(start)}+00:00, elapsed time: {m} minutes, {sec} seconds)",
          "backup_completed")
        st["bk"][s].append(bid)
        while len(st["bk"][s]) > 14:
            old = st["bk"][s].pop(0)
            w("barman.backup", "INFO", f"Enforcing retention policy: removing backup {old} for server {s}", "enforcing_retention")
            w("barman.backup", "INFO", f"Deleting backup {old} for server {s}", "deleting_backup")
            w("barman.backup", "INFO", f"Delete associated WAL segments:", "delete_wal_head")
            for _ in range(g.num(2, 6)):
                L.emit(f"\t{st['seg'][s][0]:08X}{st['seg'][s][1] - 1:08X}{g.num(0, 255):08X}", "delete_wal_item", "INFO", "barman.backup")
            w("barman.backup", "INFO", f"Deleted backup {old} (start time: {L.t:%a %b %d %H:%M:%S %Y}, elapsed time: {g.num(1, 9)} seconds)", "deleted_backup")

    def nightly():
        L.t = L.t.replace(hour=2, minute=0, second=g.num(1, 5)) + dt.timedelta(days=1) if L.t.hour >= 2 else L.t.replace(hour=2, minute=0, second=g.num(1, 5))
        backup("pg-main")
        backup("pg-report")

    def outage():
        st["down"] = not st["down"]
        if st["down"]:
            w("barman.server", "ERROR", "Check 'ssh' failed for server 'pg-report'", "check_failed")
            w("barman.server", "ERROR", "Check 'PostgreSQL' failed for server 'pg-report'", "check_failed")
            w("barman.postgres", "WARNING", "Error retrieving PostgreSQL status: connection to server at \"10.20.4.31\", port 5432 failed: Connection refused",
              "pg_status_error", extra=[("\tIs the server running on that host and accepting TCP/IP connections?", "libpq_hint")])

    def exc():
        st["pid"] = g.num(100000, 999999)
        w("barman.cli", "ERROR", "Unhandled exception: [Errno 28] No space left on device: '/var/lib/barman/pg-main/incoming/.tmp" + g.hx(8) + "'", "unhandled",
          extra=py_traceback([("/usr/lib/python3/dist-packages/barman/cli.py", 2390, "main", "p.func(args)"),
                              ("/usr/lib/python3/dist-packages/barman/cli.py", 1521, "archive_wal", "server.archive_wal(verbose)"),
                              ("/usr/lib/python3/dist-packages/barman/server.py", 2817, "archive_wal", "archiver.archive(verbose)"),
                              ("/usr/lib/python3/dist-packages/barman/wal_archiver.py", 187, "archive", "self.archive_wal(compressor, wal_info)"),
                              ("/usr/lib/python3/dist-packages/barman/wal_archiver.py", 307, "archive_wal", "shutil.copystat(src_file, tmp_file)")],
                             "OSError: [Errno 28] No space left on device"))

    def hb():
        cron()

    st["pid"] = g.num(100000, 999999)
    while len(L.rows) < N_LINES:
        x = g.r.random()
        if L.t.hour == 1 and L.t.minute == 59:
            cron()
            nightly()
        elif x < 0.004:
            outage()
        elif x < 0.006:
            exc()
        else:
            hb()
    del L.rows[N_LINES:]
    return L


# 5 ---------------------------------------------------------------- Bitwarden (cloud, Teams organization of a tax consultancy with 25 members) event log exported from the web vault's
#   Reporting > Event logs ("Export" as CSV) for an audit: a header row, then one row per event, newest first, quoted only where a field needs it:
#   message (the vault's own sentence with short ids of items, users, collections), appIcon, appName (client and browser), userId, userName,
#   userEmail, date (ISO 8601 with milliseconds and Z), ip, type (the event type's name)
@checked
def log_bitwarden(seed):
    L = Log("bitwarden_events_csv", seed, "full", False, False, start=dt.datetime(2026, 6, 25, 7, 0, 0, tzinfo=UTC))
    g = L.g
    PEOPLE = [("Andrea Huber", "a.huber"), ("Markus Leitner", "m.leitner"), ("Sabine Pichler", "s.pichler"), ("Thomas Berger", "t.berger"),
              ("Julia Wimmer", "j.wimmer"), ("Stefan Moser", "s.moser"), ("Claudia Steiner", "c.steiner"), ("Florian Hofbauer", "f.hofbauer"),
              ("Eva-Maria Auer", "e.auer"), ("Lukas Brunner", "l.brunner"), ("IT Service Partner", "it-support")]
    IDS = {p[1]: g.uuid() for p in PEOPLE}
    ITEMS = [g.hx(8) for _ in range(60)]
    COLLS = [g.hx(8) for _ in range(8)]
    APPS = [("bwi-globe", "Web Vault - Chrome"), ("bwi-globe", "Web Vault - Edge"), ("bwi-puzzle", "Extension - Chrome"), ("bwi-puzzle", "Extension - Firefox"),
            ("bwi-puzzle", "Extension - Edge"), ("bwi-desktop", "Desktop - Windows"), ("bwi-mobile", "Mobile - iOS"), ("bwi-mobile", "Mobile - Android"),
            ("bwi-terminal", "CLI")]
    IPS = ["193.81.22.140", "193.81.22.141", "91.115.200.7", "178.115.130.44", "80.110.64.19", "2a02:8388:1a02:b300:4d1:8c2f:1e0a:77b3"]
    rows = []

    def r(msg, typ, who=None, app=None):
        n, u = who or g.c(PEOPLE[:10])
        icon, an = app or g.c(APPS)
        t = L.t
        rows.append((csv_min([msg, icon, an, IDS[u], n, f"{u}@stb-huber-partner.at", f"{t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z", g.c(IPS), typ]), "bw_" + typ, t))

    def item(verb, typ):
        r(f"{verb} item {g.c(ITEMS)}.", typ)

    ev = [(14, lambda: r("Logged in.", "User_LoggedIn")),
          (2, lambda: r("Login attempt failed with incorrect password.", "User_FailedLogIn")),
          (0.5, lambda: r("Login attempt failed with incorrect two-step login.", "User_FailedLogIn2fa")),
          (22, lambda: item("Viewed", "Cipher_ClientViewed")),
          (12, lambda: r(f"Viewed password for item {g.c(ITEMS)}.", "Cipher_ClientToggledPasswordVisible")),
          (25, lambda: r(f"Copied password for item {g.c(ITEMS)}.", "Cipher_ClientCopiedPassword")),
          (6, lambda: r(f"Copied hidden field for item {g.c(ITEMS)}.", "Cipher_ClientCopiedHiddenField")),
          (18, lambda: r(f"Auto-filled item {g.c(ITEMS)}.", "Cipher_ClientAutofilled")),
          (5, lambda: item("Edited", "Cipher_Updated")),
          (2, lambda: item("Created", "Cipher_Created")),
          (0.7, lambda: r(f"Sent item {g.c(ITEMS)} to trash.", "Cipher_SoftDeleted")),
          (0.2, lambda: r(f"Restored item {g.c(ITEMS)}.", "Cipher_Restored")),
          (0.3, lambda: item("Permanently deleted", "Cipher_Deleted")),
          (0.8, lambda: r(f"Edited collections for item {g.c(ITEMS)}.", "Cipher_UpdatedCollections")),
          (0.3, lambda: r(f"Viewed card number for item {g.c(ITEMS)}.", "Cipher_ClientToggledCardNumberVisible")),
          (0.3, lambda: r(f"Edited collection {g.c(COLLS)}.", "Collection_Updated", PEOPLE[0])),
          (0.15, lambda: r(f"Created collection {g.hx(8)}.", "Collection_Created", PEOPLE[0])),
          (0.2, lambda: r(f"Invited user {g.hx(8)}.", "OrganizationUser_Invited", PEOPLE[0], APPS[0])),
          (0.2, lambda: r(f"Confirmed user {g.hx(8)}.", "OrganizationUser_Confirmed", PEOPLE[0], APPS[0])),
          (0.1, lambda: r(f"Removed user {g.hx(8)}.", "OrganizationUser_Removed", PEOPLE[0], APPS[0])),
          (0.2, lambda: r(f"Edited user {g.hx(8)}.", "OrganizationUser_Updated", PEOPLE[0], APPS[0])),
          (0.15, lambda: r("Exported vault.", "User_ClientExportedVault")),
          (0.3, lambda: r("Updated master password.", "User_ChangedPassword")),
          (0.2, lambda: r("Updated two-step login settings.", "User_Updated2fa")),
          (0.1, lambda: r("Edited organization settings.", "Organization_Updated", PEOPLE[0], APPS[0])),
          (0.3, lambda: r(f"Edited policy {g.c(['Require two-step login', 'Master password requirements', 'Remove individual vault'])}.", "Policy_Updated",
                          PEOPLE[0], APPS[0])),
          (0.5, lambda: r("Logged in.", "User_LoggedIn", PEOPLE[10], APPS[8]))]
    weights = [w for w, _ in ev]
    fns = [f for _, f in ev]
    while len(rows) < N_LINES - 1:
        L.tick(900)
        if L.t.hour < 7 or L.t.hour > 18:
            L.t += dt.timedelta(hours=11)
        g.r.choices(fns, weights)[0]()
    rows = rows[:N_LINES - 1]
    rows.reverse()
    L.emit("message,appIcon,appName,userId,userName,userEmail,date,ip,type", "header", t=rows[0][2])
    for text, e, t in rows:
        L.emit(text, e, t=t)
    return L


# 6 ---------------------------------------------------------------- cgminer 4.12.1 on a Raspberry Pi driving four GekkoScience Compac F USB sticks (hotplug on) against a solo pool and a
#   backup pool, `cgminer --text-only --log 60 ... 2> cgminer.log` of a hobby miner: " [2026-12-01 10:00:00.123] message" (a blank, the stamp in
#   brackets with milliseconds): accepted and rejected shares, new blocks on the network, the pools' difficulty, the summary line of hash rates every
#   minute, a stick that goes sick and is re-initialised, pool failovers, a restart with its banner
@checked
def log_cgminer(seed):
    L = Log("cgminer_log", seed, "full", False, False)
    g = L.g
    POOLS = ["stratum+tcp://solo.ckpool.org:3333", "stratum+tcp://eu.stratum.braiins.com:3333"]
    st = {"pool": 0, "height": 873400 + g.num(0, 90), "diff": [10000, 65536], "last_sum": L.t, "sticks": [0, 1, 2, 3], "pdiff": {0: 10000, 1: 65536}}

    def w(msg, ev):
        ms_(L, 0, 30)
        L.emit(f" [{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)}] {msg}", ev)

    def k(v):
        return f"{v / 1000:.1f}K" if v >= 1000 else f"{v:.0f}" if v >= 10 else f"{v:.2f}"

    def start():
        w("Started cgminer 4.12.1", "started")
        w("Loaded configuration file /home/pi/.cgminer/cgminer.conf", "loaded_conf")
        for i in st["sticks"]:
            w(f"GSF {i}: Compac F {g.c(['BM1397', 'BM1397'])} USB stick detected, serial {g.HX(8)}", "gsf_detected")
        w("Probing for an alive pool", "probing")
        w(f"Pool 0 difficulty changed to {st['pdiff'][0]}", "pool_diff")
        w(f"Network diff set to {g.f(101.5, 103.2, 1)}T", "network_diff")
        w(f"Stratum from pool 0 detected new block at height {st['height']}", "new_block")
        for i in st["sticks"]:
            w(f"GSF {i}: frequency set to {g.c(['400.00', '450.00', '500.00'])}MHz", "gsf_freq")

    def share():
        p = st["pool"]
        dev = g.c(st["sticks"])
        tgt = st["pdiff"][p]
        got = tgt * (1 + g.r.expovariate(1.2))
        if g.r.random() < 0.985:
            w(f"Accepted {g.hx(8)} Diff {k(got)}/{tgt} GSF {dev} pool {p}", "accepted")
        else:
            w(f"Rejected {g.hx(8)} Diff {k(got)}/{tgt} GSF {dev} pool {p} ({g.c(['Stale share', 'Duplicate share', 'Above target', 'job not found'])})", "rejected")

    def block():
        st["height"] += 1
        w(f"Stratum from pool {st['pool']} detected new block at height {st['height']}", "new_block")

    def summary():
        while L.t - st["last_sum"] >= dt.timedelta(seconds=60):
            st["last_sum"] += dt.timedelta(seconds=60)
            hr = 0.5 * len(st["sticks"])
            a = [hr * g.r.uniform(0.9, 1.08) for _ in range(5)]
            L.emit(f" [{st['last_sum']:%Y-%m-%d %H:%M:%S}.{ms3(st['last_sum'])}] (5s):{a[0]:.3f}T (1m):{a[1]:.3f}T (5m):{a[2]:.3f}T (15m):{a[3]:.3f}T "
                   f"(avg):{a[4]:.3f}Th/s", "summary", t=st["last_sum"])

    def sick():
        dev = g.c(st["sticks"])
        w(f"GSF {dev}: {g.c(['Hashrate low', 'Chip count 0/1, nonce timeout'])}, re-initialising", "gsf_reinit")
        w(f"GSF {dev}: frequency set to {g.c(['400.00', '450.00'])}MHz", "gsf_freq")
        if g.r.random() < 0.15:
            w(f"GSF {dev} failure, disabling!", "gsf_failure")
            st["sticks"].remove(dev) if len(st["sticks"]) > 1 else None
            w(f"Hotplug: GekkoScience added GSF {dev}", "hotplug_added")
            if dev not in st["sticks"]:
                st["sticks"].append(dev)

    def pool_fail():
        p = st["pool"]
        w(f"Stratum connection to pool {p} interrupted", "stratum_interrupted")
        w(f"Pool {p} communication failure, caching submissions", "comm_failure")
        w(f"Pool {p} {POOLS[p]} not responding!", "not_responding")
        q = 1 - p
        w(f"Switching to pool {q} {POOLS[q]}", "switching")
        w(f"Pool {q} difficulty changed to {st['pdiff'][q]}", "pool_diff")
        st["pool"] = q
        L.t += dt.timedelta(seconds=g.num(30, 600))
        if q == 1:
            w(f"Pool {p} {POOLS[p]} alive, testing stability", "alive_testing")
            L.t += dt.timedelta(seconds=g.num(60, 120))
            w(f"Switching to pool {p} {POOLS[p]}", "switching")
            st["pool"] = p
            w(f"Pool {p} difficulty changed to {st['pdiff'][p]}", "pool_diff")

    def diff():
        p = st["pool"]
        st["pdiff"][p] = g.c([8192, 10000, 16384, 32768, 65536])
        w(f"Pool {p} difficulty changed to {st['pdiff'][p]}", "pool_diff")

    def netdiff():
        w(f"Network diff set to {g.f(101.5, 108.9, 1)}T", "network_diff")

    def restart():
        w("Shutdown signal received.", "shutdown_signal")
        w(f"Summary of runtime statistics:", "summary_head")
        for text, e in [("", "empty_msg"), (f"Started at [{(L.t - dt.timedelta(hours=g.num(3, 40))):%Y-%m-%d %H:%M:%S}]", "sum_started"),
                        (f"Pool: {POOLS[st['pool']]}", "sum_pool"), ("Runtime: " + f"{g.num(3, 40)} hrs : {g.num(0, 59)} mins : {g.num(0, 59)} secs", "sum_runtime"),
                        (f"Average hashrate: {g.f(1.7, 2.1, 1)} Terahash/s", "sum_avg"), (f"Solved blocks: 0", "sum_solved"),
                        (f"Best share difficulty: {g.f(1, 90, 1)}M", "sum_best"), (f"Share submissions: {g.num(2000, 40000)}", "sum_submissions"),
                        (f"Accepted shares: {g.num(2000, 40000)}", "sum_accepted"), (f"Rejected shares: {g.num(3, 300)}", "sum_rejected"),
                        (f"Accepted difficulty shares: {g.num(2000, 9000)}M", "sum_acc_diff"), (f"Rejected difficulty shares: {g.num(1, 30)}M", "sum_rej_diff"),
                        (f"Hardware errors: {g.num(0, 400)}", "sum_hw"), (f"Utility (accepted shares / min): {g.f(5, 40, 2)}/min", "sum_utility"),
                        (f"Work Utility (diff1 shares solved / min): {g.f(25000, 29000, 2)}/min", "sum_wu"), ("", "empty_msg"),
                        ("Stale submissions discarded due to new blocks: " + str(g.num(0, 40)), "sum_stale"), ("Unable to get work from server occasions: 0", "sum_unable"),
                        ("Work items generated locally: " + str(g.num(10000, 90000)), "sum_local"), ("Submitting work remotely delay occasions: 0", "sum_delay"),
                        ("New blocks detected on network: " + str(g.num(20, 300)), "sum_newblocks"), ("", "empty_msg"), ("Summary of per device statistics:", "dev_head"),
                        ("", "empty_msg")]:
            w(text, e)
        for i in st["sticks"]:
            w(f"GSF{i}                | (5s):{g.f(0.45, 0.55)}T (1m):{g.f(0.45, 0.55)}T (5m):{g.f(0.45, 0.55)}T (15m):{g.f(0.45, 0.55)}T (avg):{g.f(0.48, 0.52)}Th/s | "
              f"A:{g.num(1000, 9000)}M R:{g.num(0, 9)}M HW:{g.num(0, 99)} WU:{g.f(6000, 7300, 1)}/m", "dev_row")
        L.t += dt.timedelta(seconds=g.num(20, 300))
        st["last_sum"] = L.t
        start()

    start()
    ev = [(70, share), (5, block), (1.5, sick), (0.25, pool_fail), (1, diff), (1.2, netdiff), (0.05, restart)]
    weights = [w for w, _ in ev]
    fns = [f for _, f in ev]
    while len(L.rows) < N_LINES:
        L.tick(9)
        summary()
        g.r.choices(fns, weights)[0]()
    del L.rows[N_LINES:]
    return L


# 7 ---------------------------------------------------------------- collectd 5.12 as the central aggregator of a university department's monitoring (the network plugin receiving from
#   45 hosts, write_graphite to a Graphite box, snmp polling four switches, ping, the threshold plugin), logfile plugin with Timestamp and PrintSeverity:
#   "[2026-12-01 10:00:00] [info] message" (the plugins name themselves in the message: "write_graphite plugin: ..."), and the logfile's notification
#   lines ("Notification: severity = WARNING, host = ..., message = ..."); start-up, Graphite going away and coming back, SNMP time-outs, values that
#   are too old, read functions that take too long, failing threshold checks and their recovery
@checked
def log_collectd(seed):
    L = Log("collectd_log", seed, "full", True, False, start=dt.datetime(2026, 11, 24, 9, 12, 0, tzinfo=UTC))
    g = L.g
    HOSTS = [f"{p}{i:02d}.inf.uni-example.at" for p, n in [("ws", 22), ("srv", 12), ("gpu", 6), ("lab", 5)] for i in range(1, n + 1)]
    SWITCHES = ["sw-core-01", "sw-core-02", "sw-lab-01", "sw-serverraum"]
    PLUGINS = ["syslog", "logfile", "cpu", "df", "disk", "interface", "load", "memory", "network", "ping", "snmp", "swap", "threshold", "uptime", "write_graphite",
               "processes", "unixsock"]
    st = {"gr_down": False}

    def w(lv, msg, ev):
        ms_(L, 0, 20)
        L.emit(f"[{L.t:%Y-%m-%d %H:%M:%S}] [{lv}] {msg}", ev, lv)

    def start():
        for p in PLUGINS:
            w("info", f'plugin_load: plugin "{p}" successfully loaded.', "plugin_loaded")
        w("info", "Systemd detected, trying to signal readiness.", "systemd_detected")
        w("info", "Initialization complete, entering read-loop.", "init_complete")

    def graphite_down():
        st["gr_down"] = True
        for _ in range(g.num(2, 12)):
            w("error", "write_graphite plugin: Connecting to graphite.inf.uni-example.at:2003 via tcp failed. The last error was: failed to connect to remote host: "
                       + g.c(["Connection refused", "Connection timed out", "No route to host"]), "wg_connect_failed")
            if g.r.random() < 0.7:
                w("error", "Filter subsystem: Built-in target `write': Dispatching value to all write plugins failed with status -1.", "filter_dispatch_failed")
            L.t += dt.timedelta(seconds=g.num(10, 60))
        st["gr_down"] = False
        w("error", "Filter subsystem: Built-in target `write': Some write plugin is back to normal operation. `write' succeeded.", "filter_back")

    def graphite_send():
        w("error", f"write_graphite plugin: send to graphite.inf.uni-example.at:2003 (tcp) failed with status -1 ({g.c(['Broken pipe', 'Connection reset by peer'])})",
          "wg_send_failed")

    def snmp():
        sw = g.c(SWITCHES)
        if g.r.random() < 0.7:
            w("error", f"snmp plugin: host {sw}: snmp_sess_synch_response failed: Timeout", "snmp_timeout")
        else:
            w("error", f"snmp plugin: host {sw}: csnmp_read_table failed.", "snmp_table_failed")

    def too_old():
        h = g.c(HOSTS)
        vt = epoch(L.t) - g.num(20, 400)
        w("warning", f"uc_update: Value too old: name = {h}/{g.c(['cpu-0/cpu-idle', 'memory/memory-used', 'interface-eno1/if_octets', 'load/load', 'df-root/df_complex-free'])}; "
                     f"value time = {vt:.3f}; last cache update = {vt:.3f};", "value_too_old")

    def slow_read():
        p = g.c(["ping", "snmp", "snmp", "df"])
        w("warning", f"plugin_read_thread: read-function of the `{p}' plugin took {g.f(10.1, 39.9, 3)} seconds, which is above its read interval (10.000 seconds). "
                     "You might want to adjust the `Interval' or `ReadThreads' settings.", "slow_read")

    def ping():
        h = g.c(HOSTS[:34])
        w("notice", f"ping plugin: ping_send failed: {h}: No route to host" if g.r.random() < 0.5 else "ping plugin: ping_send failed: Name or service not known",
          "ping_send_failed")

    def notif():
        h = g.c(HOSTS)
        kind = g.r.random()
        ts = "WARNING" if g.r.random() < 0.7 else "FAILURE"
        if kind < 0.45:
            inst = g.c(["root", "var", "home", "scratch"])
            v = g.f(90.1, 99.5, 6)
            lim = "90.000000" if ts == "WARNING" else "95.000000"
            if ts == "FAILURE" and float(v) < 95:
                v = g.f(95.1, 99.8, 6)
            msg = (f"Host {h}, plugin df (instance {inst}) type percent_bytes (instance used): Data source \"value\" is currently {v}. That is above the "
                   f"{'warning' if ts == 'WARNING' else 'failure'} threshold of {lim}.")
            line = (f"Notification: severity = {ts}, host = {h}, plugin = df, plugin_instance = {inst}, type = percent_bytes, type_instance = used, message = {msg}")
        elif kind < 0.75:
            v = g.f(8.1, 40, 6)
            msg = f"Host {h}, plugin load type load: Data source \"shortterm\" is currently {v}. That is above the {'warning' if ts == 'WARNING' else 'failure'} threshold of " \
                  f"{'8.000000' if ts == 'WARNING' else '16.000000'}."
            line = f"Notification: severity = {ts}, host = {h}, plugin = load, type = load, message = {msg}"
        else:
            ts = "FAILURE"
            msg = f"Host {h}, plugin memory type memory (instance free): Data source \"value\" is currently {g.num(10, 99)}000000.000000. That is below the failure " \
                  f"threshold of 104857600.000000."
            line = f"Notification: severity = {ts}, host = {h}, plugin = memory, type = memory, type_instance = free, message = {msg}"
        ms_(L, 0, 20)
        L.emit(f"[{L.t:%Y-%m-%d %H:%M:%S}] [{'warning' if ts == 'WARNING' else 'error'}] {line}", "notif_threshold", "warning" if ts == "WARNING" else "error")
        if g.r.random() < 0.6:
            L.t += dt.timedelta(minutes=g.num(2, 90))
            line2 = line.split(", message = ")[0].replace(f"severity = {ts}", "severity = OKAY")
            m2 = msg.split(": Data source")[0] + f": All data sources are within range again. Current value of \"{'shortterm' if 'load' in msg else 'value'}\" is {g.f(1, 80, 6)}."
            ms_(L, 0, 20)
            L.emit(f"[{L.t:%Y-%m-%d %H:%M:%S}] [info] {line2}, message = {m2}", "notif_okay", "info")

    def missing():
        h = g.c(HOSTS)
        ms_(L, 0, 20)
        L.emit(f"[{L.t:%Y-%m-%d %H:%M:%S}] [error] Notification: severity = FAILURE, host = {h}, plugin = cpu, plugin_instance = 0, type = cpu, type_instance = idle, "
               f"message = Host {h}, plugin cpu (instance 0) type cpu (instance idle): Data source \"value\" is currently nan. That is below the failure threshold of 0.000000.",
               "notif_threshold", "error")

    def stop():
        w("info", "Exiting normally.", "exiting")
        w("info", "collectd: Stopping 5 read threads.", "stopping_read")
        w("info", "collectd: Stopping 5 write threads.", "stopping_write")
        L.t += dt.timedelta(seconds=g.num(3, 60))
        start()

    start()
    ev = [(3, graphite_down), (6, graphite_send), (18, snmp), (22, too_old), (10, slow_read), (8, ping), (22, notif), (3, missing), (0.25, stop)]
    return run_mean(L, ev, 240)


# 8 ---------------------------------------------------------------- Dask distributed 2024.11 scheduler of a climate-research group's cluster (dask-jobqueue SLURMCluster workers coming and
#   going with the batch jobs, notebooks connecting as clients), `dask scheduler` stderr in the job's scheduler.log: Python logging
#   "%(asctime)s - %(name)s - %(levelname)s - %(message)s": the start-up block with its rules, workers registering and being removed, clients
#   connecting and closing, unresponsive event loops, tasks marked as failed, retired workers, a closed batched comm with its chained tracebacks
@checked
def log_dask(seed):
    L = Log("dask_distributed_log", seed, "full", True, True)
    g = L.g
    st = {"workers": {}, "clients": [], "job": 4180000 + g.num(0, 9999)}
    SCHED = "10.30.1.5"

    def w(logger, lv, msg, ev, extra=()):
        ms_(L, 0, 40)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} - {logger} - {lv} - {msg}", ev, lv, logger)
        for text, e in extra:
            L.emit(text, e, lv, logger)

    S = "distributed.scheduler"

    def start():
        w("distributed.http.proxy", "INFO", "To route to workers diagnostics web server please install jupyter-server-proxy: python -m pip install jupyter-server-proxy",
          "proxy_hint")
        w(S, "INFO", "State start", "state_start")
        w(S, "INFO", "-----------------------------------------------", "rule")
        w(S, "INFO", f"  Scheduler at:   tcp://{SCHED}:8786", "scheduler_at")
        w(S, "INFO", f"  dashboard at:  http://{SCHED}:8787/status", "dashboard_at")
        w(S, "INFO", "Registering Worker plugin shuffle", "registering_plugin")

    def waddr():
        return f"tcp://10.30.{g.num(2, 9)}.{g.num(1, 250)}:{g.port()}"

    def wstate(a, name, status, mem, proc):
        return f"<WorkerState '{a}', name: {name}, status: {status}, memory: {mem}, processing: {proc}>"

    def add_worker():
        st["job"] += g.num(1, 40)
        for k in range(g.c([1, 2, 4])):
            a = waddr()
            name = f"SLURMCluster-{st['job'] % 1000}-{k}" if k else f"SLURMCluster-{st['job'] % 1000}"
            st["workers"][a] = name
            w(S, "INFO", f"Register worker {wstate(a, name, 'init', 0, 0)}", "register_worker")
            w(S, "INFO", f"Starting worker compute stream, {a}", "worker_compute_stream")
            w("distributed.core", "INFO", f"Starting established connection to {a.rsplit(':', 1)[0]}:{g.port()}", "established_connection")

    def remove_worker():
        if not st["workers"]:
            return add_worker()
        a = g.c(list(st["workers"]))
        name = st["workers"].pop(a)
        if g.r.random() < 0.6:
            w(S, "INFO", f"Retire worker addresses (stimulus_id='retire-workers-{epoch(L.t):.7f}') ('{a}',)", "retire_workers")
            w(S, "INFO", f"Remove worker addr: {a} name: {name} (stimulus_id='retire-workers-{epoch(L.t):.7f}')", "remove_worker_addr")
        else:
            w("distributed.core", "INFO", f"Connection to {a} has been closed.", "connection_closed")
            w(S, "INFO", f"Remove worker {wstate(a, name, 'running', g.num(0, 900), g.num(0, 40))} (stimulus_id='handle-worker-cleanup-{epoch(L.t):.7f}')",
              "remove_worker")
            if g.r.random() < 0.3:
                k = g.c(["('read-parquet-fused-" + g.hx(32) + f"', {g.num(0, 400)})", "('rechunk-merge-" + g.hx(32) + f"', {g.num(0, 40)}, {g.num(0, 40)}, 0)"])
                w(S, "INFO", f"Task {k} marked as failed because 4 workers died while trying to run it", "task_failed_workers_died")
        if not st["workers"]:
            w(S, "INFO", "Lost all workers", "lost_all_workers")

    def client():
        if st["clients"] and g.r.random() < 0.5:
            c, addr = st["clients"].pop(g.num(0, len(st["clients"]) - 1))
            w(S, "INFO", f"Remove client {c}", "remove_client")
            w("distributed.core", "INFO", f"Received 'close-stream' from {addr}; closing.", "close_stream")
            w(S, "INFO", f"Remove client {c}", "remove_client")
            w(S, "INFO", f"Close client connection: {c}", "close_client")
        else:
            c = f"Client-{g.uuid()[:8]}-{g.hx(4)}-11ef-{g.hx(4)}-{g.hx(12)}"
            addr = f"tcp://10.30.{g.c([1, 12, 12, 14])}.{g.num(2, 200)}:{g.port()}"
            st["clients"].append((c, addr))
            w(S, "INFO", f"Receive client connection: {c}", "receive_client")
            w("distributed.core", "INFO", f"Starting established connection to {addr}", "established_connection")

    def unresponsive():
        w("distributed.core", "INFO", f"Event loop was unresponsive in Scheduler for {g.f(3, 40, 2)}s.  This is often caused by long-running GIL-holding functions or "
          "moving large chunks of data. This can cause timeouts and instability.", "event_loop_unresponsive")

    def run_spec():
        w(S, "WARNING", f"Detected different `run_spec` for key ('getitem-{g.hx(32)}', {g.num(0, 90)}) between two consecutive calls to `update_graph`. This can cause "
          "failures and deadlocks down the line. Please ensure unique key names. If you are using a standard dask collections, consider releasing all the data "
          "before resubmitting another computation. More details and help can be found at https://github.com/dask/dask/issues/9888. ", "different_run_spec")

    def gather_fail():
        w(S, "ERROR", f"Couldn't gather keys: {{\"('mean_chunk-{g.hx(32)}', {g.num(0, 60)}, 0, 0)\": 'memory'}}", "couldnt_gather")

    def comm_closed():
        if not st["workers"]:
            return add_worker()
        a = g.c(list(st["workers"]))
        p = "/opt/conda/envs/climate/lib/python3.11/site-packages"
        tb1 = py_traceback([(f"{p}/distributed/batched.py", 115, "_background_send", "nbytes = yield coro"),
                            (f"{p}/tornado/gen.py", 767, "run", "value = future.result()"),
                            (f"{p}/distributed/comm/tcp.py", 263, "write", "raise CommClosedError()")],
                           "distributed.comm.core.CommClosedError")
        w("distributed.batched", "INFO", f"Batched Comm Closed <TCP (closed) Scheduler connection to worker local=tcp://{SCHED}:8786 remote={a}>", "batched_comm_closed",
          extra=tb1)
        w(S, "INFO", f"Remove worker {wstate(a, st['workers'].pop(a), 'running', g.num(0, 900), g.num(0, 40))} (stimulus_id='handle-worker-cleanup-{epoch(L.t):.7f}')",
          "remove_worker")

    def stream_err():
        p = "/opt/conda/envs/climate/lib/python3.11/site-packages"
        tb = py_traceback([(f"{p}/distributed/comm/tcp.py", 226, "read", "frames_nbytes = await stream.read_bytes(fmt_size)")],
                          "tornado.iostream.StreamClosedError: Stream is closed")
        tb += [("", "empty"), ("The above exception was the direct cause of the following exception:", "direct_cause"), ("", "empty")]
        tb += py_traceback([(f"{p}/distributed/scheduler.py", 5836, "add_client", "await self.handle_stream(comm=comm, extra={\"client\": client})"),
                            (f"{p}/distributed/core.py", 1004, "handle_stream", "msgs = await comm.read()"),
                            (f"{p}/distributed/comm/tcp.py", 237, "read", "convert_stream_closed_error(self, e)"),
                            (f"{p}/distributed/comm/tcp.py", 137, "convert_stream_closed_error", "raise CommClosedError(f\"in {obj}: {exc}\") from exc")],
                           f"distributed.comm.core.CommClosedError: in <TCP (closed) Scheduler connection to client local=tcp://{SCHED}:8786 "
                           f"remote=tcp://10.30.12.{g.num(2, 200)}:{g.port()}>: Stream is closed")
        w("distributed.core", "INFO", "Lost connection to 'tcp://10.30.12." + str(g.num(2, 200)) + f":{g.port()}'", "lost_connection", extra=tb)

    def memory_pause():
        if not st["workers"]:
            return add_worker()
        a = g.c(list(st["workers"]))
        w("distributed.active_memory_manager", "WARNING", f"Tried retiring worker {a}, but {g.num(1, 40)} tasks could not be moved as there are no suitable workers to "
          "receive them. The worker will not be retired.", "amm_not_retired")

    def idle():
        w(S, "INFO", "Closing scheduler. Reason: idle-timeout-exceeded", "closing_scheduler")
        w(S, "INFO", "Scheduler closing all comms", "closing_all_comms")
        for a in list(st["workers"])[:4]:
            w(S, "INFO", f"Remove worker {wstate(a, st['workers'].pop(a), 'running', 0, 0)} (stimulus_id='handle-worker-cleanup-{epoch(L.t):.7f}')", "remove_worker")
        st["workers"].clear()
        st["clients"].clear()
        w(S, "INFO", "Lost all workers", "lost_all_workers")
        w(S, "INFO", "Stopped scheduler at 'tcp://" + SCHED + ":8786'", "stopped_scheduler")
        w(S, "INFO", "End scheduler", "end_scheduler")
        L.t += dt.timedelta(minutes=g.num(20, 300))
        start()

    start()
    for _ in range(4):
        add_worker()
    ev = [(14, add_worker), (12, remove_worker), (12, client), (5, unresponsive), (1.5, run_spec), (1, gather_fail), (0.8, comm_closed), (0.5, stream_err),
          (0.8, memory_pause), (0.25, idle)]
    return run_mean(L, ev, 90)


# 9 ---------------------------------------------------------------- a discord.py 2.4 music and moderation bot of a gaming community (three guilds, a cog that plays from YouTube through
#   yt-dlp and FFmpeg), run by systemd with stdout and stderr to bot.log: discord.py's default handler "[2026-12-01 10:00:00] [INFO    ] logger: message"
#   (the level padded to eight) for the library and the bot's own loggers, yt-dlp's progress lines on stdout in between without a stamp, gateway
#   resumes and reconnects, rate limits, voice connections, commands, and tracebacks of failed commands
@checked
def log_discord_bot(seed):
    L = Log("discord_py_bot_log", seed, "full", True, True)
    g = L.g
    GUILDS = [("Nordlicht Gaming", 713204598120448010), ("Die Kellerkinder", 902113775618097162), ("Apex Abende", 1093221540987654321)]
    USERS = ["maxi_b", "Luna", "derKevin", "sternchen", "Frosty", "toastbrot", "Nyx", "hannah.b", "Kaiser_Wilhelm_II", "bjoern"]
    SONGS = [("Daft Punk - Harder, Better, Faster, Stronger (Official Video)", "gAjR4_CbPpQ", "3:45"), ("Kraftwerk - Das Model", "xGLLnVuYUkI", "3:41"),
             ("Lofi Hip Hop Radio - beats to relax/study to", "jfKfPfyJRdk", "LIVE"), ("Rammstein - Sonne (Official Video)", "StZcUAPRRac", "4:33"),
             ("Doom Eternal OST - The Only Thing They Fear Is You", "WR7Y8YQkcFQ", "5:40"), ("Peter Fox - Haus am See", "gMqIuAJ92tM", "3:42"),
             ("Minecraft - Sweden (C418)", "aBkTkxKDduc", "3:35"), ("Tetris Theme (Korobeiniki) Orchestral", "NmCCQxVBfyM", "2:51")]
    st = {"session": g.hx(32), "seq": 0, "voice": {}}

    def w(lv, logger, msg, ev, extra=()):
        ms_(L, 0, 60)
        L.emit(f"[{L.t:%Y-%m-%d %H:%M:%S}] [{lv:<8}] {logger}: {msg}", ev, lv, logger)
        for text, e in extra:
            L.emit(text, e, lv, logger)

    def start():
        w("INFO", "discord.client", "logging in using static token", "logging_in")
        for ext in ["music", "moderation", "polls", "welcome"]:
            w("INFO", "bot", f"Loaded extension cogs.{ext}", "loaded_ext")
        st["session"] = g.hx(32)
        w("INFO", "discord.gateway", f"Shard ID None has connected to Gateway (Session ID: {st['session']}).", "gateway_connected")
        w("INFO", "bot", "Logged in as Nordbot#4821 (ID: 1093998877665544332)", "logged_in_as")
        w("INFO", "bot", f"Synced {g.num(14, 16)} application commands", "synced_commands")

    def ytdlp(vid):
        for text, e in [(f"[youtube] Extracting URL: https://www.youtube.com/watch?v={vid}", "yt_extracting"),
                        (f"[youtube] {vid}: Downloading webpage", "yt_webpage"), (f"[youtube] {vid}: Downloading tv client config", "yt_tv_config"),
                        (f"[youtube] {vid}: Downloading player {g.hx(8)}", "yt_player"), (f"[youtube] {vid}: Downloading tv player API JSON", "yt_tv_api"),
                        (f"[youtube] {vid}: Downloading ios player API JSON", "yt_ios_api"), (f"[youtube] {vid}: Downloading m3u8 information", "yt_m3u8")]:
            L.emit(text, e, None, "youtube")
        if g.r.random() < 0.1:
            L.emit(f"WARNING: [youtube] {vid}: Some web client https formats have been skipped as they are missing a url. YouTube is forcing SABR streaming for this "
                   "client. See  https://github.com/yt-dlp/yt-dlp/issues/12482  for more details", "yt_sabr", "WARNING", "youtube")
        L.emit(f"[info] {vid}: Downloading 1 format(s): 251", "yt_formats", None, "info")

    def play():
        gname, gid = g.c(GUILDS)
        u = g.c(USERS)
        title, vid, dur = g.c(SONGS)
        w("INFO", "cogs.music", f"/play by {u} in {gname}: https://www.youtube.com/watch?v={vid}", "play_cmd")
        ytdlp(vid)
        if gid not in st["voice"]:
            ch = g.num(10**17, 10**18 - 1)
            st["voice"][gid] = ch
            w("INFO", "discord.voice_state", "Connecting to voice...", "voice_connecting")
            w("INFO", "discord.voice_state", "Starting voice handshake... (connection attempt 1)", "voice_handshake_start")
            w("INFO", "discord.voice_state", f"Voice handshake complete. Endpoint found: c-{g.c(['fra', 'ams', 'fra'])}{g.num(1, 12):02d}-{g.hx(8)}.discord.media",
              "voice_handshake_complete")
            w("INFO", "discord.voice_state", "Voice connection complete.", "voice_complete")
            w("INFO", "cogs.music", f"Now playing '{title}' ({dur}) in {gname}", "now_playing")
        else:
            w("INFO", "cogs.music", f"Queued '{title}' ({dur}) in {gname}, position {g.num(1, 9)}", "queued")

    def track_end():
        if not st["voice"]:
            return play()
        gid = g.c(list(st["voice"]))
        gname = [n for n, i in GUILDS if i == gid][0]
        w("INFO", "discord.player", f"ffmpeg process {g.num(10000, 99999)} successfully terminated with return code of {g.c([0, 0, 0, 255])}.", "ffmpeg_terminated")
        if g.r.random() < 0.55:
            title, vid, dur = g.c(SONGS)
            w("INFO", "cogs.music", f"Now playing '{title}' ({dur}) in {gname}", "now_playing")
        else:
            w("INFO", "cogs.music", f"Queue empty in {gname}, leaving voice channel", "queue_empty")
            ch = st["voice"].pop(gid)
            w("INFO", "discord.voice_state", f"The voice handshake is being terminated for Channel ID {ch} (Guild ID {gid})", "voice_terminated")
            w("INFO", "discord.voice_state", "Disconnecting from voice normally, close code 1000.", "voice_disconnect")

    def resume():
        if g.r.random() < 0.8:
            w("INFO", "discord.gateway", f"Shard ID None has successfully RESUMED session {st['session']}.", "resumed")
        else:
            w("INFO", "discord.gateway", "Shard ID None session has been invalidated.", "invalidated")
            st["session"] = g.hx(32)
            w("INFO", "discord.gateway", f"Shard ID None has connected to Gateway (Session ID: {st['session']}).", "gateway_connected")

    def heartbeat_blocked():
        w("WARNING", "discord.gateway", "Shard ID None heartbeat blocked for more than 10 seconds.", "heartbeat_blocked",
          extra=[("Loop thread traceback (most recent call last):", "loop_tb_head")] + [(a, "tb_file" if a.startswith("  File") else "tb_source") for a in [
              '  File "/opt/nordbot/bot.py", line 88, in <module>', "    bot.run(TOKEN, log_handler=None)",
              '  File "/opt/nordbot/venv/lib/python3.12/site-packages/discord/client.py", line 906, in run', "    asyncio.run(runner())",
              '  File "/usr/lib/python3.12/asyncio/runners.py", line 194, in run', "    return runner.run(main)",
              '  File "/opt/nordbot/cogs/music.py", line 142, in search', "    info = ydl.extract_info(query, download=False)"]])

    def ratelimit():
        ch = g.num(10**17, 10**18 - 1)
        w("WARNING", "discord.http", f"We are being rate limited. {g.c(['PUT', 'POST', 'PATCH'])} https://discord.com/api/v10/channels/{ch}/messages"
          f"{g.c(['', '/' + str(g.num(10**17, 10**18 - 1)) + '/reactions/%F0%9F%91%8D/@me'])} responded with 429. Retrying in {g.f(0.2, 3.5, 2)} seconds.", "rate_limited")

    def mod():
        gname, _ = g.c(GUILDS)
        u, mod_ = g.r.sample(USERS, 2)
        x = g.r.random()
        if x < 0.4:
            w("INFO", "cogs.moderation", f"Deleted message by {u} in #{g.c(['general', 'memes', 'lfg', 'musik'])} ({gname}): matched blocked word list", "deleted_message")
        elif x < 0.6:
            w("INFO", "cogs.moderation", f"{mod_} timed out {u} for {g.c([5, 10, 60, 1440])} minutes in {gname}: {g.c(['spam', 'Spam in #lfg', 'be nice', 'caps lock'])}",
              "timed_out")
        elif x < 0.75:
            w("INFO", "cogs.welcome", f"Member joined {gname}: {g.c(USERS)}{g.num(10, 99)} (account age {g.num(0, 2000)} days)", "member_joined")
        elif x < 0.85:
            w("INFO", "cogs.polls", f"Poll '{g.c(['Apex heute 20 Uhr?', 'Welches Spiel am Freitag?', 'Neuer Server-Name'])}' created by {u} in {gname}", "poll_created")
        else:
            w("WARNING", "cogs.moderation", f"Missing permissions to time out {u} in {gname} (role hierarchy)", "missing_perms")

    def cmd_error():
        u = g.c(USERS)
        title, vid, dur = g.c(SONGS)
        w("INFO", "cogs.music", f"/play by {u} in {g.c(GUILDS)[0]}: https://www.youtube.com/watch?v={vid}", "play_cmd")
        L.emit(f"[youtube] Extracting URL: https://www.youtube.com/watch?v={vid}", "yt_extracting", None, "youtube")
        L.emit(f"[youtube] {vid}: Downloading webpage", "yt_webpage", None, "youtube")
        reason = g.c(["Sign in to confirm you\u2019re not a bot. Use --cookies-from-browser or --cookies for the authentication. See  "
                      "https://github.com/yt-dlp/yt-dlp/wiki/FAQ#how-do-i-pass-cookies-to-yt-dlp  for how to manually pass cookies. Also see  "
                      "https://github.com/yt-dlp/yt-dlp/wiki/Extractors#exporting-youtube-cookies  for tips on effectively exporting YouTube cookies",
                      "Video unavailable. This video is not available in your country", "Private video. Sign in if you've been granted access to this video"])
        L.emit(f"ERROR: [youtube] {vid}: {reason}", "yt_error", "ERROR", "youtube")
        p = "/opt/nordbot/venv/lib/python3.12/site-packages"
        tb = py_traceback([(f"{p}/discord/app_commands/commands.py", 858, "_do_call", "return await self._callback(self.binding, interaction, **params)  # type: ignore"),
                           ("/opt/nordbot/cogs/music.py", 97, "play", "source = await Song.from_url(query, loop=self.bot.loop)"),
                           ("/opt/nordbot/cogs/music.py", 41, "from_url", "data = await loop.run_in_executor(None, lambda: ytdl.extract_info(url, download=False))"),
                           ("/usr/lib/python3.12/concurrent/futures/thread.py", 58, "run", "result = self.fn(*self.args, **self.kwargs)"),
                           (f"{p}/yt_dlp/YoutubeDL.py", 1613, "extract_info", "return self.__extract_info(url, self.get_info_extractor(key), download, extra_info, process)"),
                           (f"{p}/yt_dlp/YoutubeDL.py", 1642, "wrapper", "self.report_error(str(e), e.format_traceback())"),
                           (f"{p}/yt_dlp/YoutubeDL.py", 1081, "report_error", "self.trouble(f'{self._format_err(\"ERROR:\", self.Styles.ERROR)} {message}', *args, **kwargs)"),
                           (f"{p}/yt_dlp/YoutubeDL.py", 1020, "trouble", "raise DownloadError(message, exc_info)")],
                          f"yt_dlp.utils.DownloadError: ERROR: [youtube] {vid}: {reason}")
        tb += [("", "empty"), ("The above exception was the direct cause of the following exception:", "direct_cause"), ("", "empty")]
        tb += py_traceback([(f"{p}/discord/app_commands/tree.py", 1310, "_call", "await command._invoke_with_namespace(interaction, namespace)"),
                            (f"{p}/discord/app_commands/commands.py", 883, "_invoke_with_namespace", "return await self._do_call(interaction, transformed_values)"),
                            (f"{p}/discord/app_commands/commands.py", 876, "_do_call", "raise CommandInvokeError(self, e) from e")],
                           f"discord.app_commands.errors.CommandInvokeError: Command 'play' raised an exception: DownloadError: ERROR: [youtube] {vid}: {reason}")
        w("ERROR", "discord.app_commands.tree", "Ignoring exception in command 'play'", "ignoring_exception", extra=tb)

    start()
    ev = [(14, play), (12, track_end), (10, resume), (0.6, heartbeat_blocked), (3, ratelimit), (12, mod), (1.2, cmd_error),
          (0.1, lambda: (w("INFO", "bot", "Received SIGTERM, shutting down", "sigterm"), L.tick(20), start()))]
    run_mean(L, ev, 600)
    return carry_time(L, lambda r: r[0].startswith("[20"))


# 10 --------------------------------------------------------------- EdgeX Foundry 3.1 (Napa) on an industrial gateway of a bakery's production line (docker compose, no security: core data,
#   metadata and command, support scheduler, device-modbus polling two oven PLCs and a proofer, device-virtual left on, eKuiper rules, Consul),
#   `docker compose logs --no-color -f` saved by the integrator: Compose's "container  | " prefix padded to the longest name; the EdgeX services' go-kit
#   logfmt "level=INFO ts=... app=... source=file.go:123 msg=..." (some with X-Correlation-ID), Consul's hclog lines, eKuiper's logrus text lines
@checked
def log_edgex(seed):
    L = Log("edgex_compose_logs", seed, "full", True, True)
    g = L.g
    C = ["edgex-core-data", "edgex-core-metadata", "edgex-core-command", "edgex-support-scheduler", "edgex-device-modbus", "edgex-device-virtual", "edgex-kuiper",
         "edgex-core-consul"]
    W = max(len(c) for c in C)
    DEVS = [("Ofen-Linie1-PLC", "Oven-S7-Modbus"), ("Ofen-Linie2-PLC", "Oven-S7-Modbus"), ("Gaerschrank-3", "Proofer-Modbus")]
    RES = {"Oven-S7-Modbus": ["Temperatur_Zone1", "Temperatur_Zone2", "Bandgeschwindigkeit", "Dampf_Ventil"], "Proofer-Modbus": ["Luftfeuchte", "Temperatur"]}

    def pre(c):
        return f"{c:<{W}}  | "

    def q(v):
        s = str(v)
        return s if s and all(ch.isalnum() or ch in "-._/:" for ch in s) else '"' + s.replace('"', '\\"') + '"'

    def kit(c, lv, src, msg, ev, **kw):
        ms_(L, 0, 40)
        app = c.replace("edgex-", "")
        kv = "".join(f" {k}={q(v)}" for k, v in kw.items())
        L.emit(f"{pre(c)}level={lv} ts={L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}{g.num(100, 999)}Z app={app} source={src} msg={q(msg)}{kv}", ev, lv, f"{app}|{c}")

    def consul(lv, name, msg, ev):
        ms_(L, 0, 40)
        L.emit(f"{pre('edgex-core-consul')}{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z [{lv}]  {name}: {msg}", ev, lv, f"{name}|edgex-core-consul")

    def kuiper(lv, msg, ev, f):
        ms_(L, 0, 40)
        L.emit(f'{pre("edgex-kuiper")}time="{L.t:%Y-%m-%d %H:%M:%S}" level={lv} msg="{msg}" file="{f}"', ev, lv, "edgex-kuiper")

    def cid():
        return g.uuid()

    def boot(c):
        kit(c, "INFO", "variables.go:377", f"Variables override of 'Service.Host' by environment variable: SERVICE_HOST={c}", "var_override")
        kit(c, "INFO", "config.go:693", f"Configuration has been loaded from the Configuration Provider with {g.num(2, 14)} overrides applied", "config_loaded")
        kit(c, "INFO", "registry.go:57", f"Using Registry (consul) from http://edgex-core-consul:8500", "using_registry")
        kit(c, "INFO", "messaging.go:104", "Connected to MQTT Message Bus @ mqtt://edgex-mqtt-broker:1883 with AuthMode='none'", "msgbus_connected")
        kit(c, "INFO", "httpserver.go:174", f"Web server starting ({c}:{g.c([59880, 59881, 59882, 59861, 59901, 59900])})", "web_server_starting")
        kit(c, "INFO", "bootstrap.go:155", f"Service started in: {g.f(0.4, 9.5, 6)}s", "service_started")

    def reading():
        d, prof = g.c(DEVS[:2] + DEVS[:2] + DEVS[2:])
        r = g.c(RES[prof])
        why = g.c(["read command timeout", "modbus: exception '2' (illegal data address), function '131'", "EOF",
                   f"dial tcp 192.168.50.{g.num(21, 23)}:502: connect: connection refused"])
        kit("edgex-device-modbus", "ERROR", "command.go:170",
            f"Handler - execReadCmd: error for Device: {d} source: {r}, failed to read command: {why}",
            "exec_read_error", **{"X-Correlation-ID": cid()})

    def autoevent():
        d, prof = g.c(DEVS)
        kit("edgex-device-modbus", "ERROR", "autoevent.go:141", f"AutoEvent - error occurs when reading resource {g.c(RES[prof])}: timeout on connection to {d}",
            "autoevent_error")

    def command():
        d, prof = g.c(DEVS)
        kit("edgex-core-command", "ERROR", "http.go:49", f"failed to send a http request: Get \"http://edgex-device-modbus:59901/api/v3/device/name/{d}/{g.c(RES[prof])}\": "
            "context deadline exceeded", "http_request_failed", **{"X-Correlation-ID": cid()})

    def scheduler():
        a = g.c(["scrub-aged-events", "scrub-aged-events", "reset-oven-counters"])
        kit("edgex-support-scheduler", "INFO", "intervalaction.go:93", f"execute the interval action {a}", "execute_interval_action")
        if a == "scrub-aged-events":
            kit("edgex-core-data", "INFO", "event.go:179", f"Deleting events by age: {g.num(604800000, 604800000)}ms", "deleting_by_age")

    def purge():
        kit("edgex-core-data", "INFO", "event.go:327", f"Purging the reading amount {g.num(1000000, 1200000)} to the reading limit 1000000", "purging_readings")

    def metadata():
        d, prof = g.c(DEVS)
        kit("edgex-core-metadata", "INFO", "device.go:158", f"Device {d} updated", "device_updated", **{"X-Correlation-ID": cid()})

    def virtual():
        d = g.c(["Random-Integer-Device", "Random-Float-Device", "Random-Boolean-Device", "Random-UnsignedInteger-Device", "Random-Binary-Device"])
        res = g.c(["Int8", "Float32", "Bool", "Uint16"])
        kit("edgex-device-virtual", "WARN", "autoevent.go:180", f"AutoEvent - stop executing autoEvent for device {d}, resource {res}: the device is locked", "autoevent_locked")

    def consul_line():
        x = g.r.random()
        if x < 0.5:
            svc = g.c(C[:6])
            consul("WARN", "agent", f"Check is now critical: check=Health Check: {svc.replace('edgex-', '')}", "check_critical")
            L.t += dt.timedelta(seconds=g.num(10, 40))
            consul("INFO", "agent", f"Synced check: check=\"Health Check: {svc.replace('edgex-', '')}\"", "synced_check")
        elif x < 0.8:
            consul("INFO", "agent.server.fsm", f"snapshot created: duration={g.f(40, 900, 3)}\u00b5s", "snapshot_created")
            consul("INFO", "agent.server.raft", f"starting snapshot up to: index={g.num(1000000, 2000000)}", "raft_snapshot")
        else:
            consul("ERROR", "agent.http", f"Request error: method=GET url=/v1/kv/edgex/v3/{g.c(C[:6]).replace('edgex-', '')}?recurse=true from=172.18.0.{g.num(3, 14)}:{g.port()} "
                   "error=\"No cluster leader\"", "request_error")

    def kuiper_line():
        rule = g.c(["ofen_temp_alarm", "gaerschrank_feuchte", "band_stillstand"])
        x = g.r.random()
        if x < 0.5:
            kuiper("info", f"sink result for rule {rule}: [{{\"temp\":{g.f(180, 260, 1)},\"zone\":\"{g.c(['Zone1', 'Zone2'])}\",\"ts\":{int(epoch(L.t) * 1000)}}}]", "sink_result",
                   "sink/log_sink.go:48")
        elif x < 0.8:
            kuiper("warning", f"mqtt sink for rule {rule} failed to publish: not Connected", "mqtt_publish_failed", "mqtt/sink.go:98")
        else:
            kuiper("error", f"Rule {rule} stopped with error: read tcp 172.18.0.9:{g.port()}->172.18.0.4:1883: i/o timeout", "rule_stopped", "rule/ruleState.go:325")

    def restart():
        c = g.c(C[:6])
        kit(c, "INFO", "httpserver.go:201", "Web server shut down", "web_server_shutdown")
        kit(c, "INFO", "bootstrap.go:93", "Service shutdown initiated by signal", "shutdown_signal")
        L.t += dt.timedelta(seconds=g.num(3, 30))
        boot(c)

    for c in C[:6]:
        boot(c)
    ev = [(30, reading), (14, autoevent), (6, command), (8, scheduler), (3, purge), (4, metadata), (6, virtual), (10, consul_line), (12, kuiper_line), (0.3, restart)]
    return run_mean(L, ev, 30)


# 11 --------------------------------------------------------------- Eggdrop 1.9.5 IRC bot keeping a German Linux user group's channels on Libera.Chat (logfile mkcobxs * and logfile jkp
#   #lug-example, log-time on, daily switch), logs/eggdrop.log: "[10:00:00] message" (the time of day only, a "--- Tue Dec  1 2026" line at each new
#   day): joins, parts, quits, kicks and mode changes, the hourly channel status line, public talk and actions, CTCPs, partyline logins and
#   commands ("#nick# ..."), user and channel file saves, server connects and losses
@checked
def log_eggdrop(seed):
    L = Log("eggdrop_irc_log", seed, "tod", False, False, start=dt.datetime(2026, 11, 28, 17, 40, 0, tzinfo=UTC))
    g = L.g
    CH = ["#lug-example", "#lug-example-offtopic"]
    NICKS = ["dschulz", "kathi", "hb9xyz", "penguin42", "tuxfan", "m4rvin", "eulenspiegel", "bsdjunkie", "Sven_", "lenny", "gnu_ina", "ralf-w", "Nachteule", "jojo"]
    HOSTS = {n: g.c([f"~{n[:8].lower()}@user/{n.lower()}", f"~{n[:8].lower()}@{g.ip('pub')}", f"{n[:8].lower()}@2a02:810d:{g.hx(4)}:{g.hx(4)}::{g.hx(3)}",
                     f"~{n[:6].lower()}@p5dc{g.hx(4)}.dip0.t-ipconnect.de"]) for n in NICKS}
    TALK = ["moin", "hat jemand erfahrung mit btrfs raid1?", "kernel 6.12 ist raus", "wer kommt donnerstag zum treffen?", "lol", "jo", "gute nacht",
            "systemd-resolved macht bei mir schon wieder ärger", "probier mal journalctl -b -1", "die slides vom vortrag sind im wiki", "ack", "+1",
            "hat sich erledigt, war ein tippfehler in der fstab", "neue debian point release ist da", "kennt jemand einen guten usb-c dock mit linux support?",
            "pastebin geht grad nicht", "danke!", "nvidia halt...", "ich nehm immer ansible dafür", "wer hostet eigentlich den mumble?"]
    st = {"on": {c: set(g.r.sample(NICKS, 7)) for c in CH}, "day": L.t.date(), "last_status": L.t}

    def w(msg, ev):
        ms_(L, 0, 900)
        if L.t.date() != st["day"]:
            st["day"] = L.t.date()
            d = L.t.replace(hour=0, minute=0, second=0, microsecond=0)
            L.emit(f"[00:00:00] --- {d:%a %b} {d.day:>2} {d:%Y}", "day_change", t=d)
            L.emit(f"[00:00:00] Switching logfiles...", "switching_logfiles", t=d)
        L.emit(f"[{L.t:%H:%M:%S}] {msg}", ev)

    def nh(n):
        return f"{n} ({HOSTS[n]})"

    def join():
        c = g.c(CH)
        cand = [n for n in NICKS if n not in st["on"][c]]
        if not cand:
            return part()
        n = g.c(cand)
        st["on"][c].add(n)
        w(f"{nh(n)} joined {c}.", "joined")
        if g.r.random() < 0.3 and c == CH[0]:
            w(f"{c}: mode change '+v {n}' by eggbert!~eggdrop@lug-example/bot/eggbert", "mode_change")

    def part():
        c = g.c(CH)
        if len(st["on"][c]) < 3:
            return join()
        n = g.c(sorted(st["on"][c]))
        st["on"][c].discard(n)
        if g.r.random() < 0.5:
            w(f"{nh(n)} left {c}.", "left")
        else:
            w(f"{nh(n)} left {c} ({g.c(['Leaving', 'bis morgen', 'WeeChat 4.4.3', 'Konversation terminated!'])}).", "left_reason")

    def quit_():
        c = g.c(CH)
        if len(st["on"][c]) < 3:
            return join()
        n = g.c(sorted(st["on"][c]))
        for cc in CH:
            st["on"][cc].discard(n)
        why = g.c(["Quit: Leaving", "Ping timeout: 256 seconds", "Remote host closed the connection", "Quit: ZNC 1.9.1 - https://znc.in",
                   "Read error: Connection reset by peer", "Changing host", "Quit: Client closed"])
        w(f"{nh(n)} left irc: {why}",
          "left_irc")

    def talk():
        c = CH[0] if g.r.random() < 0.75 else CH[1]
        if not st["on"][c]:
            return join()
        n = g.c(sorted(st["on"][c]))
        if g.r.random() < 0.08:
            w(f"Action: {n} {g.c(['geht kaffee holen', 'winkt', 'ist wieder da', 'stolpert über ein herumliegendes kabel'])}", "action")
        else:
            w(f"<{n}> {g.c(TALK)}", "pubmsg")

    def nick():
        c = g.c(CH)
        if not st["on"][c]:
            return join()
        n = g.c(sorted(st["on"][c]))
        new = n + g.c(["_", "|away", "|afk", "^"]) if not n.endswith("_") else n[:-1]
        w(f"Nick change: {n} -> {new}", "nick_change")

    def status():
        for c in CH:
            m = len(st["on"][c]) + 1
            o = g.num(2, 4)
            w(f"@{c} (+{g.c(['nt', 'ntz', 'nt'])}) : [m/{m} o/{o} h/0 v/{g.num(0, 3)} n/{m - o} b/{g.num(0, 6)} e/- I/-]", "chan_status")

    def kick():
        c = CH[0]
        n = g.c(NICKS)
        w(f"{n} kicked from {c} by eggbert: {g.c(['flood', 'Bitte kein Spam', 'banned: spambot'])}", "kicked")
        if g.r.random() < 0.5:
            w(f"{c}: mode change '+b *!*@{g.ip('pub')}' by eggbert!~eggdrop@lug-example/bot/eggbert", "mode_change")

    def spam():
        c = CH[0]
        n = g.c(["xXfreegiftXx", "crypto_bonus7", "SuperNova_33", "kimm_y", "bqrw"]) + str(g.num(1, 99))
        h = f"~{g.alnum(6)}@{g.ip('pub')}"
        w(f"{n} ({h}) joined {c}.", "joined")
        w(f"Flood from @{n}!{h}.  Banning.", "flood_ban") if g.r.random() < 0.6 else w(f"<{n}> {g.c(['FREE NITRO', 'check out my site', 'hello'])} https://{g.alnum(8)}.xyz", "pubmsg")
        w(f"{c}: mode change '+b *!*@{h.split('@')[1]}' by eggbert!~eggdrop@lug-example/bot/eggbert", "mode_change")
        w(f"{n} kicked from {c} by eggbert: {g.c(['flood', 'banned: spambot'])}", "kicked")

    def ctcp():
        n = g.c(NICKS + ["bot-scanner"])
        kind = g.c(["VERSION", "VERSION", "PING", "TIME", "CLIENTINFO"])
        arg = f" {g.num(1700000000, 1799999999)}" if kind == "PING" else ""
        w(f"CTCP {kind}:{arg} from {n} ({HOSTS.get(n, '~scan@' + g.ip('pub'))})",
          "ctcp")

    def partyline():
        u = g.c(["dschulz", "kathi", "ralf-w"])
        w(f"Telnet connection: {g.c(['localhost', '2a02:810d:' + g.hx(4) + '::' + g.hx(3), g.ip('pub')])}/{g.port()}", "telnet_connection")
        w(f"Logged in: {u} (telnet@localhost/{g.port()})", "logged_in")
        for _ in range(g.num(1, 4)):
            w(f"#{u}# {g.c(['chanset #lug-example +autovoice', 'whois jojo', 'save', '+user tuxfan', 'chattr tuxfan +f', 'match *', 'bans', 'status', 'adduser Nachteule', 'rehash'])}",
              "party_cmd")
        w(f"DCC connection closed ({u}!telnet@localhost)", "dcc_closed")

    def save():
        w("Writing user file...", "writing_user_file")
        w("Writing channel file...", "writing_channel_file")

    def backup():
        w("Backing up user file...", "backup_user")
        w("Backing up channel file...", "backup_channel")

    def server():
        w(f"Disconnected from {g.c(['tungsten.libera.chat', 'zirconium.libera.chat', 'osmium.libera.chat'])}", "disconnected")
        w("Trying server [irc.libera.chat]:+6697", "trying_server")
        L.t += dt.timedelta(seconds=g.num(5, 60))
        srv = g.c(["tungsten.libera.chat", "zirconium.libera.chat", "osmium.libera.chat", "platinum.libera.chat"])
        w(f"Connected to {srv}", "connected_to")
        w("-NOTICE- *** Checking Ident", "notice_ident")
        w("-NOTICE- *** Looking up your hostname...", "notice_hostname")
        w("-NOTICE- *** Found your hostname: lug-example.example.org", "notice_found_hostname")
        w("-NOTICE- *** Got Ident response", "notice_ident_ok")
        w(f"-NickServ (NickServ@services.libera.chat)- You are now identified for eggbert.", "nickserv_identified")
        for c in CH:
            w(f"{c}: mode change '+o eggbert' by ChanServ!ChanServ@services.libera.chat", "mode_change")

    def topic():
        n = g.c(["dschulz", "kathi"])
        w(f"Topic changed on {CH[0]} by {n}!{HOSTS[n]}: LUG Example | Treffen: Do {g.num(1, 28)}.{g.num(1, 12)}. 19 Uhr im Hackspace | Wiki: https://lug-example.org | "
          "Kein Pastebin im Channel", "topic_changed")

    def pm():
        n = g.c(NICKS)
        cmd = g.c(["IDENT", "IDENT", "OP", "PASS"])
        if g.r.random() < 0.35:
            w(f"({n}!{HOSTS[n]}) !*! failed {cmd}" + (f" {n}" if cmd == "IDENT" else ""), "msg_failed_" + cmd.lower())
        else:
            arg = {"IDENT": " " + n, "OP": " #lug-example", "PASS": "..."}[cmd]
            w(f"({n}!{HOSTS[n]}) !{n}! {cmd}{arg}", "msg_" + cmd.lower())

    ev = [(12, join), (9, part), (8, quit_), (45, talk), (3, nick), (1.2, kick), (1, spam), (2, ctcp), (0.8, partyline), (2.5, save), (0.4, backup), (0.2, server),
          (0.4, topic), (1, pm)]
    weights = [x for x, _ in ev]
    fns = [f for _, f in ev]
    while len(L.rows) < N_LINES:
        L.tick(150)
        if L.t - st["last_status"] >= dt.timedelta(hours=1):
            st["last_status"] = L.t.replace(minute=0, second=0, microsecond=0)
            status()
        g.r.choices(fns, weights)[0]()
    del L.rows[N_LINES:]
    return L


# 12 --------------------------------------------------------------- FlexNet Publisher 11.16 license server (lmgrd with two vendor daemons: MathWorks' MLM for MATLAB and Ansys' ansyslmd) of a
#   university's engineering faculty on RHEL 8, the debug log /var/log/flexlm/lmgrd.log: "10:00:00 (MLM) message" (the time of day only, the hour
#   space-padded to two; the date only in the "TIMESTAMP 12/1/2026" lines and the start-up banner): the banner block, vendor daemons starting, license
#   checkouts and checkins with user@host, denials with their reason and FlexNet error code, unsupported features, client crashes, periodic
#   timestamps, a reread
@checked
def log_flexlm(seed):
    L = Log("flexlm_lmgrd_debug_log", seed, "tod", False, True, start=dt.datetime(2026, 11, 23, 6, 50, 0, tzinfo=UTC))
    g = L.g
    USERS = [("mkrause", "pc-mb-112"), ("sweber", "pc-mb-113"), ("aydin", "nb-aydin"), ("lschmitt", "pool-ct-04"), ("lschmitt", "pool-ct-05"), ("fhoffmann", "cae-ws07"),
             ("ykim", "cae-ws03"), ("jbauer", "pool-ct-11"), ("tnguyen", "nb-tnguyen"), ("pkoch", "hpc-login1"), ("pkoch", "hpc-node017"), ("rzimmer", "cae-ws01"),
             ("student01", "pool-ct-22"), ("student17", "pool-ct-30"), ("omeier", "pc-et-201")]
    MLM = ["MATLAB", "MATLAB", "MATLAB", "SIMULINK", "Signal_Toolbox", "Optimization_Toolbox", "Statistics_Toolbox", "Control_Toolbox", "Image_Toolbox",
           "Curve_Fitting_Toolbox", "Simscape", "Symbolic_Toolbox", "Distrib_Computing_Toolbox", "Compiler"]
    ANS = ["ansys", "cfd_base", "cfd_solve_level1", "cfd_solve_level2", "anshpc", "anshpc", "disco_level1", "spaceclaim_dirmod"]
    st = {"out": [], "day": L.t.date()}

    def w(d, msg, ev):
        ms_(L, 0, 500)
        L.emit(f"{L.t.hour:>2}:{L.t:%M:%S} ({d}) {msg}", ev, None, d)

    def banner():
        w("lmgrd", "-----------------------------------------------", "rule")
        w("lmgrd", "  Please Note:", "note_head")
        w("lmgrd", "", "empty_msg")
        w("lmgrd", "  This log is intended for debug purposes only.", "note_debug")
        w("lmgrd", "  In order to capture accurate license", "note_capture")
        w("lmgrd", "  usage data into an organized repository,", "note_usage")
        w("lmgrd", "  please enable report logging. Use Flexera's", "note_enable")
        w("lmgrd", "  software license administration  solution,", "note_solution")
        w("lmgrd", "  FlexNet Manager, to  readily gain visibility", "note_manager")
        w("lmgrd", "  into license usage data and to create", "note_visibility")
        w("lmgrd", "  insightful reports on critical information like", "note_reports")
        w("lmgrd", "  license availability and usage. FlexNet Manager", "note_availability")
        w("lmgrd", "  can be fully automated to run these reports on", "note_automated")
        w("lmgrd", "  schedule and can be used to track license", "note_schedule")
        w("lmgrd", "  servers and usage across a heterogeneous", "note_servers")
        w("lmgrd", "  network of servers including Windows NT, Linux", "note_network")
        w("lmgrd", "  and UNIX.", "note_unix")
        w("lmgrd", "", "empty_msg")
        w("lmgrd", "-----------------------------------------------", "rule")
        w("lmgrd", "", "empty_msg")
        w("lmgrd", "", "empty_msg")
        w("lmgrd", f"Server's System Date and Time: {L.t:%a %b %d %Y %H:%M:%S} UTC", "system_date")
        w("lmgrd", f"SLOG: Summary LOG statistics is enabled.", "slog_enabled")
        w("lmgrd", f"FlexNet Licensing (v11.16.4.0 build 252457 x64_lsb) started on lic01.ing.uni-example.de (linux) ({L.t.month}/{L.t.day}/{L.t.year})", "started_on")
        w("lmgrd", "Copyright (c) 1988-2019 Flexera. All Rights Reserved.", "copyright")
        w("lmgrd", "World Wide Web:  http://www.flexerasoftware.com", "www")
        w("lmgrd", "License file(s): /opt/flexlm/licenses/mlm.dat:/opt/flexlm/licenses/ansys.dat", "license_files")
        w("lmgrd", "lmgrd tcp-port 27000", "tcp_port")
        w("lmgrd", "(@lmgrd-SLOG@) ===============================================", "slog_rule")
        w("lmgrd", "(@lmgrd-SLOG@) === LMGRD ===", "slog_title")
        w("lmgrd", f"(@lmgrd-SLOG@) Start-Date: {L.t:%a %b %d %Y %H:%M:%S} UTC", "slog_start_date")
        w("lmgrd", f"(@lmgrd-SLOG@) PID: {g.num(1000, 9999)}", "slog_pid")
        w("lmgrd", "(@lmgrd-SLOG@) LMGRD Version: v11.16.4.0 build 252457 x64_lsb ( build 252457 (ipv6))", "slog_version")
        w("lmgrd", "(@lmgrd-SLOG@) ===============================================", "slog_rule")
        w("lmgrd", "Starting vendor daemons ... ", "starting_vendor")
        for d, port in [("MLM", 27001), ("ansyslmd", 27002)]:
            w("lmgrd", f"Started {d} (internet tcp_port {port} pid {g.num(1000, 9999)})", "started_vendor")
        for d in ["MLM", "ansyslmd"]:
            w(d, "FlexNet Licensing version v11.16.4.0 build 252457 x64_lsb", "vd_version")
            feats = MLM if d == "MLM" else ANS
            uniq = list(dict.fromkeys(feats))
            w(d, "Server started on lic01.ing.uni-example.de for:\t" + "\t".join(uniq[:6]), "server_started_for")
            for i in range(6, len(uniq), 6):
                w(d, "\t" + "\t".join(uniq[i:i + 6]), "feature_list")
            w(d, "EXTERNAL FILTERS are OFF", "filters_off")
            w("lmgrd", f"{d} using TCP-port {27001 if d == 'MLM' else 27002}", "using_port")

    def out():
        d = "MLM" if g.r.random() < 0.75 else "ansyslmd"
        f = g.c(MLM if d == "MLM" else ANS)
        u, h = g.c(USERS)
        n = 1 if f != "anshpc" else g.c([4, 8, 16, 32])
        if g.r.random() < 0.08 and d == "MLM" and f != "MATLAB":
            w(d, f"DENIED: \"{f}\" {u}@{h}  (Licensed number of users already reached. (-4,342:{g.c(['10054', '104'])} \"{g.c(['Connection reset by peer', 'Operation now in progress'])}\"))",
              "denied")
            return
        if g.r.random() < 0.02:
            w(d, f"UNSUPPORTED: \"{f}_Dev\" (PORT_AT_HOST_PLUS   ) {u}@{h}  (License server system does not support this feature. (-18,327:10054 \"\"))", "unsupported")
            return
        st["out"].append((d, f, u, h, n))
        w(d, f"OUT: \"{f}\" {u}@{h}  " + (f"({n} licenses)" if n > 1 else ""), "out")

    def inn():
        if not st["out"]:
            return out()
        d, f, u, h, n = st["out"].pop(g.num(0, len(st["out"]) - 1))
        x = g.r.random()
        sfx = f"({n} licenses)" if n > 1 else ""
        if x < 0.88:
            w(d, f"IN: \"{f}\" {u}@{h}  {sfx}", "in")
        elif x < 0.96:
            w(d, f"IN: \"{f}\" {u}@{h}  (INACTIVE){(' ' + sfx) if sfx else ''}", "in")
        else:
            w(d, f"IN: \"{f}\" {u}@{h}  (CLIENT_CRASHED)", "in")

    def tstamp():
        w("lmgrd", f"TIMESTAMP {L.t.month}/{L.t.day}/{L.t.year}", "timestamp")
        for d in ["MLM", "ansyslmd"]:
            w(d, f"TIMESTAMP {L.t.month}/{L.t.day}/{L.t.year}", "timestamp")

    def nodelay():
        w(g.c(["MLM", "ansyslmd"]), "TCP_NODELAY NOT enabled", "nodelay")

    def reread():
        w("lmgrd", "lmgrd: reread requested by root@lic01.ing.uni-example.de", "reread_requested")
        for d in ["MLM", "ansyslmd"]:
            w(d, "Rereading license file...", "vd_rereading")
            w(d, "Server started on lic01.ing.uni-example.de for:\t" + "\t".join(list(dict.fromkeys(MLM if d == "MLM" else ANS))[:6]), "server_started_for")
            w(d, "EXTERNAL FILTERS are OFF", "filters_off")

    def remove():
        u, h = g.c(USERS)
        w("MLM", f"REMOVING {u}@{h}:{g.c(['/dev/pts/3', 'nodisplay'])} from MATLAB by root@lic01.ing.uni-example.de", "removing")

    banner()
    ev = [(40, out), (38, inn), (2, nodelay), (0.1, reread), (0.4, remove)]
    weights = [x for x, _ in ev]
    fns = [f for _, f in ev]
    last_ts = L.t
    while len(L.rows) < N_LINES:
        L.tick(300 if 7 <= L.t.hour < 20 else 2400)
        if L.t - last_ts >= dt.timedelta(hours=6):
            last_ts += dt.timedelta(hours=6)
            tstamp()
        g.r.choices(fns, weights)[0]()
    del L.rows[N_LINES:]
    return L


# 13 --------------------------------------------------------------- Graphite carbon-cache 1.1.10 (two instances behind carbon-relay on a metrics host of a web shop, collectd and StatsD
#   feeding it) run in the foreground by supervisord with --debug, stdout to /var/log/supervisor/carbon-cache-a.log: Twisted's log with carbon's
#   category: "01/12/2026 10:00:00 :: [listener] message" (day first): clients connecting and closing, new metrics and the whisper files created for
#   them, cache queue sorts, cache queries from graphite-web, invalid lines, the cache filling up, an unhandled error with Twisted's indented traceback
@checked
def log_graphite(seed):
    L = Log("graphite_carbon_console", seed, "full", False, True)
    g = L.g
    PEERS = ["10.8.0.11", "10.8.0.12", "10.8.0.21", "127.0.0.1", "10.8.0.31"]
    HOSTS = ["web-01", "web-02", "web-03", "db-01", "db-02", "redis-01", "search-01", "lb-01"]
    SCHEMAS = [("carbon", "[(60, 129600)]"), ("stats", "[(10, 8640), (60, 10080), (600, 52560)]"), ("collectd", "[(10, 8640), (60, 43200), (3600, 8760)]"),
               ("default_1min_for_1day", "[(60, 1440)]")]

    def w(cat, msg, ev):
        ms_(L, 0, 200)
        L.emit(f"{L.t:%d/%m/%Y %H:%M:%S} :: [{cat}] {msg}", ev, None, cat)

    def metric():
        if g.r.random() < 0.5:
            h = g.c(HOSTS)
            leaf = g.c([f"cpu-{g.num(0, 7)}.cpu-{g.c(['user', 'system', 'iowait', 'steal'])}", f"df-{g.c(['root', 'var', 'srv'])}.df_complex-{g.c(['free', 'used'])}",
                        f"interface-eth0.if_octets.{g.c(['rx', 'tx'])}", f"disk-vda.disk_ops.{g.c(['read', 'write'])}", f"memory.memory-{g.c(['used', 'cached'])}"])
            return f"collectd.{h}.{leaf}", "collectd"
        if g.r.random() < 0.8:
            area = g.c(["checkout", "cart", "search", "api.v2.orders", "api.v2.products", "payment.stripe", "mail.queue"])
            return f"stats.{g.c(['timers', 'counters', 'gauges'])}.shop.{area}.{g.c(['count', 'mean', 'upper_90', 'rate', 'sum', 'p99'])}", "stats"
        return f"carbon.agents.graphite-01-{g.c(['a', 'b'])}.{g.c(['cache.queues', 'cache.size', 'memUsage', 'committedPoints', 'pointsPerUpdate', 'updateOperations', 'creates'])}", "carbon"

    def start():
        w("console", "Log opened.", "log_opened")
        w("console", "twistd 22.10.0 (/opt/graphite/bin/python3 3.10.12) starting up.", "twistd_starting")
        w("console", "reactor class: twisted.internet.epollreactor.EPollReactor.", "reactor_class")
        w("console", "Enabling Whisper fallocate support", "fallocate")
        w("console", "Using sorted write strategy for cache", "write_strategy")
        for port, fac in [(2003, "CarbonLineReceiverFactory"), (2004, "CarbonPickleReceiverFactory"), (7002, "CacheManagementHandler")]:
            w("console", f"{fac} starting on {port}", "factory_starting_on")
            w("console", f"Starting factory <carbon.protocols.{fac} object at 0x7f{g.hx(10)}>", "starting_factory")
        w("console", "set uid/gid 999/999", "set_uid")

    def conn():
        p = g.c(PEERS)
        kind = g.c(["MetricLineReceiver", "MetricPickleReceiver", "MetricPickleReceiver", "CacheManagementHandler"])
        port = g.port()
        w("listener" if kind != "CacheManagementHandler" else "query", f"{kind} connection with {p}:{port} established", "conn_established")
        if g.r.random() < 0.85:
            w("listener" if kind != "CacheManagementHandler" else "query", f"{kind} connection with {p}:{port} closed cleanly", "conn_closed_cleanly")
        else:
            w("listener", f"{kind} connection with {p}:{port} lost: Connection to the other side was lost in a non-clean fashion.", "conn_lost")

    def create():
        m, sch = metric()
        schema = {"collectd": SCHEMAS[2], "stats": SCHEMAS[1], "carbon": SCHEMAS[0]}[sch] if g.r.random() < 0.9 else SCHEMAS[3]
        agg = g.c(["average", "average", "sum", "max"]) if sch == "stats" else "average"
        w("creates", f"new metric {m} matched schema {schema[0]}", "new_metric_schema")
        w("creates", f"new metric {m} matched aggregation schema {g.c(['default_average', 'sum', 'max']) if agg != 'average' else 'default_average'}", "new_metric_agg")
        w("creates", f"creating database metric {m} (archive={schema[1]} xff=0.5 agg={agg})", "creating_database")

    def sort():
        w("console", f"Sorted {g.num(800, 40000)} cache queues in {g.f(0.002, 0.09, 6)} seconds", "sorted_queues")

    def query():
        m, _ = metric()
        w("query", f"[{g.c(['127.0.0.1', '10.8.0.40'])}:{g.port()}] cache query for \"{m}\" returned {g.num(0, 6)} values", "cache_query")

    def bulk():
        w("query", f"[127.0.0.1:{g.port()}] cache query bulk for {g.num(2, 120)} metrics returned {g.num(0, 400)} values", "cache_query_bulk")

    def invalid():
        p = g.c(PEERS[:3])
        bad = g.c([f"{metric()[0]} nan {int(epoch(L.t))}", f"{metric()[0]}  {int(epoch(L.t))}", f"shop.checkout.latency {g.f(0, 900, 2)}",
                   "GET / HTTP/1.1", f"{metric()[0]} {g.num(0, 99)} {int(epoch(L.t))} extra"])
        w("listener", f"invalid line ({bad}) received from client {p}:{g.port()}, ignoring", "invalid_line")

    def full():
        w("console", f"MetricCache is full: self.size={g.num(2000000, 2000900)}", "cache_full")

    def unhandled():
        w("console", "Unhandled Error", "unhandled_error")
        for text, e in [("Traceback (most recent call last):", "tb_head"),
                        ("  File \"/opt/graphite/lib/python3.10/site-packages/twisted/internet/defer.py\", line 1660, in _inlineCallbacks", "tb_file"),
                        ("    result = current_context.run(gen.send, result)", "tb_source"),
                        ("  File \"/opt/graphite/lib/carbon/writer.py\", line 163, in writeForever", "tb_file"),
                        ("    writeCachedDataPoints()", "tb_source"),
                        ("  File \"/opt/graphite/lib/carbon/writer.py\", line 109, in writeCachedDataPoints", "tb_file"),
                        ("    state.database.write(metric, datapoints)", "tb_source"),
                        ("  File \"/opt/graphite/lib/carbon/database.py\", line 110, in write", "tb_file"),
                        ("    whisper.update_many(path, datapoints)", "tb_source"),
                        ("  File \"/opt/graphite/lib/python3.10/site-packages/whisper.py\", line 849, in update_many", "tb_file"),
                        ("    with open(path, 'r+b', BUFFERING) as fh:", "tb_source"),
                        (f"builtins.OSError: [Errno 28] No space left on device: '/opt/graphite/storage/whisper/{metric()[0].replace('.', '/')}.wsp'", "tb_exception")]:
            L.emit("\t" + text, e, None, "console")

    def create_err():
        m, _ = metric()
        w("creates", f"database create operation failed for {m}: [Errno 13] Permission denied: '/opt/graphite/storage/whisper/{'/'.join(m.split('.')[:3])}'", "create_failed")

    def stop():
        w("console", "Received SIGTERM, shutting down.", "sigterm")
        w("console", "(TCP Port 2003 Closed)", "port_closed")
        w("console", "(TCP Port 2004 Closed)", "port_closed")
        w("console", "(TCP Port 7002 Closed)", "port_closed")
        w("console", "Stopping factory <carbon.protocols.CarbonLineReceiverFactory object at 0x7f" + g.hx(10) + ">", "stopping_factory")
        w("console", "Main loop terminated.", "main_loop_terminated")
        w("console", "Server Shut Down.", "server_shut_down")
        L.t += dt.timedelta(seconds=g.num(2, 20))
        start()

    start()
    ev = [(20, conn), (14, create), (18, sort), (16, query), (6, bulk), (3, invalid), (0.4, full), (0.15, unhandled), (0.3, create_err), (0.06, stop)]
    return run_mean(L, ev, 20)


# 14 --------------------------------------------------------------- Graylog 6.1 (the DEB package, OpenSearch 2.15 and MongoDB 7 beside it) collecting the syslog, GELF and Beats input of a
#   municipal IT department, /var/log/graylog-server/server.log: log4j2 "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5p [%c{1}] %m%n": inputs starting, index
#   rotation and retention with their system jobs, GELF messages with bad fields, decoding failures, indexing failures with the per-document reasons
#   on further lines, the journal filling, failed logins, a Java stack trace
@checked
def log_graylog(seed):
    L = Log("graylog_server_log", seed, "full", True, True)
    g = L.g
    INPUTS = [("Syslog UDP", "SyslogUDPInput", g.hx(24)), ("Syslog TCP", "SyslogTCPInput", g.hx(24)), ("GELF UDP", "GELFUDPInput", g.hx(24)),
              ("Beats", "BeatsInput", g.hx(24)), ("GELF HTTP", "GELFHttpInput", g.hx(24))]
    st = {"idx": g.num(310, 330), "sets": [("Default index set", "graylog", g.hx(24)), ("Firewall", "firewall", g.hx(24)), ("Windows Events", "winlog", g.hx(24))],
          "n": {}}
    for _, pfx, _ in st["sets"]:
        st["n"][pfx] = g.num(40, 400)
    NODE = g.uuid()

    def w(lv, cls, msg, ev, extra=()):
        ms_(L, 0, 30)
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z {lv:<5} [{cls}] {msg}", ev, lv, cls)
        for text, e in extra:
            L.emit(text, e, lv, cls)

    def start():
        w("INFO", "CmdLineTool", "Loaded plugin: AWS plugins 6.1.4+8f1c3e2 [org.graylog.aws.AWSPlugin]", "loaded_plugin")
        w("INFO", "CmdLineTool", "Loaded plugin: Integrations 6.1.4+8f1c3e2 [org.graylog.integrations.IntegrationsPlugin]", "loaded_plugin")
        w("INFO", "CmdLineTool", "Loaded plugin: Threat Intelligence Plugin 6.1.4+8f1c3e2 [org.graylog.plugins.threatintel.ThreatIntelPlugin]", "loaded_plugin")
        w("INFO", "CmdLineTool", "Running with JVM arguments: -Xms2g -Xmx2g -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow -Djdk.tls.acknowledgeCloseNotify=true "
                                 "-Dlog4j2.formatMsgNoLookups=true -Dlog4j.configurationFile=file:///etc/graylog/server/log4j2.xml -Dgraylog2.installation_source=deb",
          "jvm_args")
        w("INFO", "ServerBootstrap", f"Graylog server 6.1.4+8f1c3e2 starting up", "starting_up")
        w("INFO", "ServerBootstrap", "JRE: Eclipse Adoptium 17.0.13 on Linux 6.1.0-28-amd64", "jre")
        w("INFO", "ServerBootstrap", "Deployment: deb", "deployment")
        w("INFO", "ServerBootstrap", "OS: Debian GNU/Linux 12 (bookworm) (bookworm)", "os")
        w("INFO", "ServerBootstrap", "Arch: amd64", "arch")
        w("INFO", "InputSetupService", "Triggering launching persisted inputs, node transitioned from Uninitialized [LB:DEAD] to Running [LB:ALIVE]", "triggering_inputs")
        for title, typ, iid in INPUTS:
            w("INFO", "InputStateListener", f"Input [{title}/{iid}] is now STARTING", "input_starting")
        for title, typ, iid in INPUTS:
            if typ in ("SyslogTCPInput", "BeatsInput"):
                w("WARN", "AbstractTcpTransport", f"receiveBufferSize (SO_RCVBUF) for input {typ}{{title={title}, type=org.graylog2.inputs.syslog.tcp.{typ}, "
                  f"nodeId={NODE}}} (channel [id: 0x{g.hx(8)}, L:/0.0.0.0:{1514 if typ == 'SyslogTCPInput' else 5044}]) should be >= 1048576 but is 425984.",
                  "rcvbuf_small")
            w("INFO", "InputStateListener", f"Input [{title}/{iid}] is now RUNNING", "input_running")
        w("INFO", "ServerBootstrap", "Graylog server up and running.", "up_and_running")

    def gelf_bad():
        src = f"10.{g.num(40, 43)}.{g.num(0, 255)}.{g.num(1, 254)}:{g.port()}"
        if g.r.random() < 0.6:
            w("WARN", "GelfCodec", f"GELF message <{g.uuid()}> (received from <{src}>) has invalid \"timestamp\": {g.f(1.7e9, 1.8e9, 3)}  (type: STRING)", "gelf_bad_timestamp")
        else:
            w("WARN", "GelfCodec", f"GELF message <{g.uuid()}> (received from <{src}>) is missing mandatory \"host\" field.", "gelf_missing_host")

    def decode():
        title, typ, iid = g.c(INPUTS[:2])
        w("ERROR", "DecodingProcessor", f"Unable to decode raw message RawMessage{{id={g.uuid()}, messageQueueId={g.num(10**8, 10**9)}, codec=syslog, "
          f"payloadSize={g.num(80, 3000)}, timestamp={L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z, remoteAddress=/10.{g.num(40, 43)}.{g.num(0, 255)}.{g.num(1, 254)}:{g.port()}}} "
          f"on input <{iid}>.", "unable_to_decode")

    def rotate():
        name, pfx, sid = g.c(st["sets"])
        old = f"{pfx}_{st['n'][pfx]}"
        st["n"][pfx] += 1
        new = f"{pfx}_{st['n'][pfx]}"
        w("INFO", "AbstractRotationStrategy", f"Deflector index <{name}> (index set <{pfx}_deflector>) should be rotated (TimeBasedSizeOptimizingStrategyConfig"
          f"{{indexLifetimeMin=P30D, indexLifetimeMax=P40D}}), Pointing deflector to new index now!", "should_rotate")
        w("INFO", "MongoIndexSet", f"Cycling from <{old}> to <{new}>.", "cycling")
        w("INFO", "MongoIndexSet", f"Creating target index <{new}>.", "creating_target")
        w("INFO", "Indices", f"Waiting for allocation of index <{new}>.", "waiting_allocation")
        w("INFO", "Indices", f"Index <{new}> has been successfully allocated.", "allocated")
        w("INFO", "MongoIndexSet", f"Pointing index alias <{pfx}_deflector> to new index <{new}>.", "pointing_alias")
        job = g.uuid()
        w("INFO", "SystemJobManager", f"Submitted SystemJob <{job}> [org.graylog2.indexer.indices.jobs.SetIndexReadOnlyAndCalculateRangeJob]", "submitted_job")
        w("INFO", "MongoIndexSet", f"Successfully pointed index alias <{pfx}_deflector> to index <{new}>.", "pointed_alias")
        L.t += dt.timedelta(seconds=30)
        w("INFO", "SetIndexReadOnlyJob", f"Flushing old index <{old}>.", "flushing_old")
        w("INFO", "SetIndexReadOnlyJob", f"Setting old index <{old}> to read-only.", "setting_readonly")
        w("INFO", "CreateNewSingleIndexRangeJob", f"Calculating ranges for index {old}.", "calculating_ranges")
        w("INFO", "MongoIndexRangeService", f"Calculated range of [{old}] in [{g.num(20, 4000)}ms].", "calculated_range")
        w("INFO", "CreateNewSingleIndexRangeJob", f"Created ranges for index {old}.", "created_ranges")
        w("INFO", "SystemJobManager", f"SystemJob <{job}> [org.graylog2.indexer.indices.jobs.SetIndexReadOnlyAndCalculateRangeJob] finished in {g.num(100, 9000)}ms.",
          "job_finished")

    def retention():
        name, pfx, sid = g.c(st["sets"])
        n = g.num(21, 23)
        w("INFO", "AbstractIndexRetentionStrategy", f"Number of indices ({n}) higher than limit ({n - 1}). Running retention for 1 indices.", "retention_needed")
        idx = f"{pfx}_{st['n'][pfx] - n}"
        w("INFO", "AbstractIndexRetentionStrategy", f"Running retention strategy [org.graylog2.indexer.retention.strategies.DeletionRetentionStrategy] for index <{idx}>",
          "running_retention")
        w("INFO", "DeletionRetentionStrategy", f"Finished index retention strategy [delete] for index <{idx}> in {g.num(40, 2000)}ms.", "retention_finished")

    def index_fail():
        name, pfx, sid = g.c(st["sets"])
        n = g.num(1, 4)
        extra = []
        for _ in range(n):
            field = g.c([("response_time", "long", g.f(0.001, 2, 3)), ("src_port", "long", "\\\"-\\\""), ("EventID", "long", "4624a"), ("level", "long", "info")])
            extra.append((f"[{g.num(0, 999)}]: index [{pfx}_{st['n'][pfx]}], id [{g.uuid()}], message [OpenSearchException[OpenSearch exception "
                          f"[type=mapper_parsing_exception, reason=failed to parse field [{field[0]}] of type [{field[1]}] in document with id '{g.uuid()}'. "
                          f"Preview of field's value: '{field[2]}']]; nested: OpenSearchException[OpenSearch exception [type=illegal_argument_exception, "
                          f"reason=For input string: \"{field[2]}\"]];]", "index_error_item"))
        w("ERROR", "ChunkedBulkIndexer", f"Failed to index [{n}] messages. Please check the index error log in your web interface for the reason. Error: "
          f"failure in bulk execution:", "failed_to_index", extra)

    def journal():
        if g.r.random() < 0.5:
            w("WARN", "LocalKafkaJournal", f"Journal utilization ({g.f(95, 99.9, 1)}%) has gone over 95%.", "journal_over")
        else:
            w("INFO", "LocalKafkaJournal", f"Journal usage is {g.f(80, 94.9, 2)}% (threshold 95%), changing load balancer status from THROTTLED to ALIVE", "journal_alive")

    def login():
        u = g.c(["admin", "m.gruber", "k.steiner", "svc-grafana", "f.lang", "administrator"])
        w("WARN", "AuthServiceAuthenticator", f"Failed to authenticate username <{u}> from <{g.c(['10.40.2.15', '10.40.2.77', '10.42.9.3'])}>", "auth_failed")

    def outputs():
        w("WARN", "ProcessBufferProcessor", f"Unable to process message <{g.uuid()}>: java.lang.IllegalArgumentException: Invalid format: \"{g.c(['01.12.2026', 'Dec 1 10', '1733047200'])}\"",
          "unable_to_process")

    def stack():
        frames = ["org.graylog.shaded.opensearch2.org.opensearch.client.RestClient.convertResponse(RestClient.java:375)",
                  "org.graylog.shaded.opensearch2.org.opensearch.client.RestClient.performRequest(RestClient.java:345)",
                  "org.graylog.shaded.opensearch2.org.opensearch.client.RestClient.performRequest(RestClient.java:320)",
                  "org.graylog.shaded.opensearch2.org.opensearch.client.RestHighLevelClient.internalPerformRequest(RestHighLevelClient.java:1918)",
                  "org.graylog.storage.opensearch2.OpenSearchClient.execute(OpenSearchClient.java:141)",
                  "org.graylog.storage.opensearch2.IndicesAdapterOS2.indexSetStats(IndicesAdapterOS2.java:412)",
                  "org.graylog2.periodical.IndexerClusterCheckerThread.doRun(IndexerClusterCheckerThread.java:77)",
                  "org.graylog2.plugin.periodical.Periodical.run(Periodical.java:99)",
                  "java.base/java.util.concurrent.Executors$RunnableAdapter.call(Unknown Source)",
                  "java.base/java.util.concurrent.FutureTask.runAndReset(Unknown Source)",
                  "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(Unknown Source)", "java.base/java.lang.Thread.run(Unknown Source)"]
        ex = java_stack(g, "org.graylog.shaded.opensearch2.org.opensearch.client.ResponseException: method [GET], host [http://127.0.0.1:9200], URI [/_cluster/health], "
                           "status line [HTTP/1.1 503 Service Unavailable]", "exc_response", frames,
                        ("java.net.ConnectException: Connection refused", "cause_connect", ["java.base/sun.nio.ch.Net.pollConnect(Native Method)",
                                                                                            "java.base/sun.nio.ch.Net.pollConnectNow(Unknown Source)"]))
        w("ERROR", "IndexerClusterCheckerThread", "Error while trying to check Elasticsearch disk usage.Details: Couldn't read cluster health", "cluster_check_error", ex)

    def notif():
        kind = g.c(["es_unavailable", "journal_utilization_too_high", "no_input_running", "output_failing"])
        w("INFO", "NotificationServiceImpl", f"Triggered notification <{kind}> for node <{NODE}>", "notification")

    start()
    ev = [(18, gelf_bad), (10, decode), (4, rotate), (3, retention), (6, index_fail), (4, journal), (6, login), (5, outputs), (0.6, stack), (2, notif),
          (0.08, lambda: (w("INFO", "Graylog", "SIGNAL TERM received. Shutting down.", "sigterm"), w("INFO", "GracefulShutdown", "Graceful shutdown initiated.",
                                                                                                           "graceful_shutdown"), L.tick(40), start()))]
    return run_mean(L, ev, 200)


# 15 --------------------------------------------------------------- HandBrakeCLI 1.8.2 (Flatpak, Ubuntu 24.04 desktop with a Ryzen 7) re-encoding a family's ripped Blu-rays and DVD
#   files to H.265 in a shell loop (`HandBrakeCLI -i "$f" -o ... --preset "H.265 MKV 1080p30" 2>> encode.log`), the collected stderr: libhb's
#   "[10:00:00] message" lines (time of day only) with its indented job configuration block, and the lines of the libraries without a stamp: the
#   banner, libdvdnav/libdvdread and libbluray probing, FFmpeg's stream dump, the title summary ("+ title 1:"), x265's "x265 [info]:" lines, the
#   final "Encode done!"
@checked
def log_handbrake(seed):
    L = Log("handbrake_cli_log", seed, "tod", True, True, start=dt.datetime(2026, 11, 29, 20, 5, 0, tzinfo=UTC))
    g = L.g
    FILES = ["Der Schuh des Manitu", "Findet Nemo", "Das Boot (Director's Cut)", "Harry Potter und der Stein der Weisen", "Die fabelhafte Welt der Amelie",
             "Lola rennt", "Good Bye, Lenin!", "Oben", "Paddington 2", "Ratatouille", "Toy Story 3", "Der Herr der Ringe - Die Gefaehrten", "Vaiana", "Zoomania"]

    def w(msg, ev):
        ms_(L, 0, 200)
        L.emit(f"[{L.t:%H:%M:%S}] {msg}", ev)

    def raw(text, ev, lv=None, comp=None):
        L.emit(text, ev, lv, comp)

    def x265(lv, msg, ev):
        L.emit(f"x265 [{lv}]: {msg}", ev, lv, "x265")

    def encode():
        name = FILES.pop(0) if FILES else f"Urlaub {g.num(2015, 2024)} Teil {g.num(1, 4)}"
        bd = g.r.random() < 0.6
        path = f"/media/rips/{name}.mkv"
        secs = g.num(80 * 60, 170 * 60) if "Urlaub" not in name else g.num(600, 3000)
        frames = int(secs * 23.976)
        w("Compile-time hardening features are enabled", "hardening")
        w("hb_init: starting libhb thread", "hb_init")
        w(f"thread 7f{g.hx(10)} started (\"libhb\")", "thread_started")
        raw("HandBrake 1.8.2 (2024081000) - Linux x86_64 - https://handbrake.fr", "banner")
        raw("16 CPUs detected", "cpus_detected")
        raw(f"Opening {path}...", "opening")
        w("CPU: AMD Ryzen 7 5800X 8-Core Processor", "cpu")
        w(" - logical processor count: 16", "cpu_count")
        w("Intel Quick Sync Video support: no", "qsv")
        w(f"hb_scan: path={path}, title_index=1", "hb_scan")
        raw("udfread ERROR: ECMA 167 Volume Recognition failed", "udfread_error", "ERROR", "udfread")
        raw(f"disc.c:323: failed opening UDF image {path}", "disc_udf")
        raw("disc.c:424: error opening file BDMV/index.bdmv", "disc_open")
        raw("disc.c:424: error opening file BDMV/BACKUP/index.bdmv", "disc_open")
        w(f"bd: not a bd - trying as a stream/file instead", "not_bd")
        raw("libdvdnav: Using dvdnav version 6.1.1", "dvdnav_version", None, "libdvdnav")
        raw("libdvdread: Encrypted DVD support unavailable.", "dvdread_encrypted", None, "libdvdread")
        raw("libdvdread:DVDOpenFileUDF:UDFFindFile /VIDEO_TS/VIDEO_TS.IFO failed", "dvdread_udf", None, "libdvdread")
        raw("libdvdread:DVDOpenFileUDF:UDFFindFile /VIDEO_TS/VIDEO_TS.BUP failed", "dvdread_udf", None, "libdvdread")
        raw("libdvdread: Can't open file VIDEO_TS.IFO.", "dvdread_cant_open", None, "libdvdread")
        raw("libdvdnav: vm: vm: failed to read VIDEO_TS.IFO", "dvdnav_vm_failed", None, "libdvdnav")
        w("dvd: not a dvd - trying as a stream/file instead", "not_dvd")
        raw(f"Input #0, matroska,webm, from '{path}':", "ff_input")
        raw("  Metadata:", "ff_metadata")
        raw(f"    title           : {name}", "ff_meta_kv")
        raw(f"    encoder         : libmakemkv v1.17.{g.num(5, 8)} (1.3.10/1.5.2) win(x64-release)", "ff_meta_kv")
        raw(f"    creation_time   : {2020 + g.num(0, 5)}-{g.num(1, 12):02d}-{g.num(1, 28):02d}T{g.num(0, 23):02d}:{g.num(0, 59):02d}:{g.num(0, 59):02d}.000000Z", "ff_meta_kv")
        h, m = divmod(secs // 60, 60)
        raw(f"  Duration: {h:02d}:{m:02d}:{secs % 60:02d}.{g.num(0, 99):02d}, start: 0.000000, bitrate: {g.num(18000, 38000) if bd else g.num(5000, 9000)} kb/s", "ff_duration")
        nch = g.num(3, 12)
        raw(f"  Chapters:", "ff_chapters")
        for c in range(min(nch, 4)):
            raw(f"    Chapter #0:{c}: start {c * 612.5:.6f}, end {(c + 1) * 612.5:.6f}", "ff_chapter")
            raw("      Metadata:", "ff_metadata")
            raw(f"        title           : Chapter {c + 1:02d}", "ff_meta_kv")
        if bd:
            raw("  Stream #0:0(eng): Video: h264 (High), yuv420p(progressive), 1920x1080 [SAR 1:1 DAR 16:9], 23.98 fps, 23.98 tbr, 1k tbn (default)", "ff_stream")
        else:
            raw("  Stream #0:0(eng): Video: mpeg2video (Main), yuv420p(tv, top first), 720x576 [SAR 64:45 DAR 16:9], 25 fps, 25 tbr, 1k tbn (default)", "ff_stream")
        for i, (lang, codec) in enumerate([("ger", "dts (DTS-HD MA), 48000 Hz, 5.1(side), s32p (24 bit)" if bd else "ac3, 48000 Hz, 5.1(side), fltp, 448 kb/s"),
                                           ("eng", "ac3, 48000 Hz, 5.1(side), fltp, 640 kb/s")]):
            raw(f"  Stream #0:{i + 1}({lang}): Audio: {codec}{' (default)' if i == 0 else ''}", "ff_stream")
        raw(f"  Stream #0:3(ger): Subtitle: {'hdmv_pgs_subtitle (pgssub)' if bd else 'dvd_subtitle (dvdsub)'}", "ff_stream")
        w("scan: decoding previews for title 1", "scan_previews")
        w(f"scan: audio 0x1: {'dca' if bd else 'ac3'}, rate=48000Hz, bitrate=1 Channel Layout = 5.1(side)", "scan_audio")
        w(f"scan: audio 0x2: ac3, rate=48000Hz, bitrate=640000 Channel Layout = 5.1(side)", "scan_audio")
        fps = "23.976" if bd else "25.000"
        res = "1920x1080" if bd else "720x576"
        crop = g.c(["0/0/0/0", "140/140/0/0", "132/132/0/0"]) if bd else g.c(["0/0/0/0", "72/72/0/0", "2/2/8/8"])
        w(f"scan: 10 previews, {res}, {fps} fps, autocrop = {crop}, aspect 16:9, PAR 1:1, color profile: 1-1-1, chroma location: left", "scan_summary")
        w("libhb: scan thread found 1 valid title(s)", "scan_found")
        raw("+ Using preset: H.265 MKV 1080p30", "using_preset")
        raw("+ title 1:", "t_title")
        raw(f"  + stream: {path}", "t_stream")
        raw(f"  + duration: {h:02d}:{m:02d}:{secs % 60:02d}", "t_duration")
        raw(f"  + size: {res}, pixel aspect: 1/1, display aspect: 1.78, {fps} fps", "t_size")
        raw(f"  + autocrop: {crop}", "t_autocrop")
        raw("  + chapters:", "t_chapters")
        for c in range(nch):
            raw(f"    + {c + 1}: duration 00:{g.num(2, 18):02d}:{g.num(0, 59):02d}", "t_chapter")
        raw("  + audio tracks:", "t_audio_head")
        raw(f"    + 1, Deutsch ({'DTS-HD MA' if bd else 'AC3'}) (5.1 ch) (iso639-2: ger)", "t_audio")
        raw("    + 2, English (AC3) (5.1 ch) (iso639-2: eng)", "t_audio")
        raw("  + subtitle tracks:", "t_sub_head")
        raw(f"    + 1, Deutsch [{'PGS' if bd else 'VOBSUB'}] (iso639-2: ger)", "t_sub")
        w(f"Starting work at: {ctime(L.t)}", "starting_work")
        w("1 job(s) to process", "jobs_to_process")
        w("Starting Task: Encoding Pass", "starting_task")
        for text, e in [("job configuration:", "jc_head"), (" * source", "jc_source"), (f"   + {path}", "jc_item"),
                        (f"   + title 1, chapter(s) 1 to {nch}", "jc_title"), ("   + container: matroska,webm", "jc_container"),
                        (f"   + data rate: {g.num(5000, 38000)} kbps", "jc_datarate"), (" * destination", "jc_destination"), (f"   + /media/encoded/{name}.mkv", "jc_item"),
                        ("   + container: Matroska (libavformat)", "jc_container"), ("     + chapter markers", "jc_markers"), (" * video track", "jc_video"),
                        (f"   + decoder: {'h264' if bd else 'mpeg2video'} 8-bit (yuv420p)", "jc_vdecoder"), ("   + filters", "jc_filters"),
                        (f"     + Framerate Shaper (mode=2:rate=27000000/{'1126125' if bd else '1080000'})", "jc_filter"),
                        (f"       + frame rate: {fps} fps -> peak rate limited to 30.000 fps", "jc_filter_detail"),
                        (f"     + Crop and Scale (width={res.split('x')[0]}:height={res.split('x')[1]}:crop-top={crop.split('/')[0]}:crop-bottom={crop.split('/')[1]}:crop-left=0:crop-right=0)",
                         "jc_filter"), ("   + Output geometry", "jc_geometry"), (f"     + storage dimensions: {res.replace('x', ' x ')}", "jc_storage"),
                        ("     + pixel aspect ratio: 1 : 1", "jc_par"), (f"     + display dimensions: {res.replace('x', ' x ')}", "jc_display"),
                        ("   + encoder: H.265 (x265)", "jc_vencoder"), ("     + preset:  slow", "jc_preset"), ("     + profile: main", "jc_profile"),
                        ("     + quality: 22.00 (RF)", "jc_quality"), (" * audio track 1", "jc_audio"),
                        (f"   + decoder: Deutsch ({'DTS-HD MA' if bd else 'AC3'}) (5.1 ch) (track 1, id 0x1)", "jc_adecoder"), ("     + samplerate: 48000 Hz", "jc_samplerate"),
                        ("   + mixdown: 5.1 Channels", "jc_mixdown"), ("   + encoder: AAC (avcodec)", "jc_aencoder"),
                        ("     + bitrate: 384 kbps, samplerate: 48000 Hz", "jc_bitrate")]:
            L.emit(f"[{L.t:%H:%M:%S}] {text}", e)
        w(f"sync: expecting {frames} video frames", "sync_expecting")
        x265("info", "HEVC encoder version 3.6+35-dd594f59d", "x_version")
        x265("info", "build info [Linux][GCC 13.2.0][64 bit] 8bit+10bit+12bit", "x_build")
        x265("info", "using cpu capabilities: MMX2 SSE2Fast LZCNT SSSE3 SSE4.2 AVX FMA3 BMI2 AVX2", "x_cpu")
        x265("info", "Main profile, Level-4 (Main tier)" if bd else "Main profile, Level-3.1 (Main tier)", "x_profile")
        x265("info", "Thread pool created using 16 threads", "x_threads")
        for k, v in [("Slices", "1"), ("frame threads / pool features", "4 / wpp(17 rows)"), ("Coding QT: max CU size, min CU size", "64 / 8"),
                     ("Residual QT: max TU size, max depth", "32 / 1 inter / 1 intra"), ("ME / range / subpel / merge", "star / 57 / 4 / 4"),
                     ("Keyframe min / max / scenecut / bias", "24 / 240 / 40 / 5.00"), ("Lookahead / bframes / badapt", "25 / 4 / 2"),
                     ("b-pyramid / weightp / weightb", "1 / 1 / 0"), ("References / ref-limit  cu / depth", "4 / on / on"),
                     ("AQ: mode / str / qg-size / cu-tree", "2 / 1.0 / 32 / 1"), ("Rate Control / qCompress", "CRF-22.0 / 0.60")]:
            x265("info", f"{k:<36}: {v}", "x_param_" + re.sub(r"[^a-z]+", "_", k.lower()).strip("_"))
        x265("info", "tools: rect amp rd=4 psy-rd=2.00 rdoq=2 psy-rdoq=1.00 rskip mode=1 signhide tmvp b-intra strong-intra-smoothing deblock sao", "x_tools")
        w(f"encx265: encoding with stored aspect 1/1", "encx265_aspect")
        w("reader: first SCR 0 id 0x0 DTS 0", "reader_first_scr")
        if g.r.random() < 0.2:
            w(f"sync: \"Chapter {g.num(2, 9)}\" (1) at frame {g.num(1000, frames)} time {g.num(10**8, 10**9)}", "sync_chapter")
        if g.r.random() < 0.25:
            w(f"sync: audio 0x1 time {g.num(10**6, 10**9)}, next {g.num(10**6, 10**9)}, gap {g.num(300, 9000)}, frames dropped {g.num(1, 40)}", "sync_gap") if not bd else \
                w(f"Fixed audio timestamp gap: {g.f(20, 90, 1)}ms", "audio_gap")
        L.t += dt.timedelta(seconds=secs / g.r.uniform(1.1, 2.6))
        w("reader: done. 1 scr changes", "reader_done")
        spd = frames / max(1, secs / 1.5)
        w(f"work: average encoding speed for job is {spd:.6f} fps", "avg_speed")
        w(f"comb detect: heavy 0 | light 0 | uncombed {frames} | total {frames}", "comb_detect")
        w(f"vfr: {frames} frames output, 0 dropped and 0 duped for CFR/PFR", "vfr_output")
        w("vfr: lost time: 0 (0 frames)", "vfr_lost")
        w("vfr: gained time: 0 (0 frames) (0 not accounted for)", "vfr_gained")
        w(f"{'h264' if bd else 'mpeg2video'}-decoder done: {frames} frames, 0 decoder errors", "decoder_done")
        w(f"{'dca' if bd else 'ac3'}-decoder done: {int(secs * 31.25)} frames, 0 decoder errors", "decoder_done")
        w(f"{'pgssub' if bd else 'dvdsub'}-decoder done: 0 frames, 0 decoder errors", "decoder_done")
        for typ, qp in [("I", 18), ("P", 21), ("B", 25)]:
            x265("info", f"frame {typ}: {g.num(800, 90000):6d}, Avg QP:{qp + g.r.uniform(-1, 1):.2f}  kb/s: {g.f(300, 9000, 2)}", "x_frame_stats")
        x265("info", f"Weighted P-Frames: Y:{g.f(0, 5, 1)}% UV:{g.f(0, 4, 1)}%", "x_weighted")
        x265("info", "consecutive B-frames: " + " ".join(f"{g.f(1, 40, 1)}%" for _ in range(5)), "x_consecutive")
        raw("", "empty")
        raw(f"encoded {frames} frames in {secs / 1.5:.2f}s ({spd:.2f} fps), {g.f(900, 4500, 2)} kb/s, Avg QP:{g.f(22, 25, 2)}", "x_encoded")
        w(f"mux: track 0, {frames} frames, {g.num(10**9, 4 * 10**9)} bytes, {g.f(900, 4500, 2)} kbps, fifo 1024", "mux_track")
        w(f"mux: track 1, {int(secs * 46.9)} frames, {g.num(10**8, 4 * 10**8)} bytes, {g.f(380, 385, 2)} kbps, fifo 1024", "mux_track")
        w(f"Finished work at: {ctime(L.t)}", "finished_work")
        w("libhb: work result = 0", "work_result")
        raw("", "empty")
        raw("Encode done!", "encode_done")
        w("thread 7f" + g.hx(10) + " joined (\"libhb\")", "thread_joined")
        raw("HandBrake has exited.", "hb_exited")
        L.t += dt.timedelta(seconds=g.num(1, 5))

    while len(L.rows) < N_LINES:
        encode()
    del L.rows[N_LINES:]
    return carry_time(L, lambda r: r[0].startswith("["))


# 16 --------------------------------------------------------------- Hyperledger Fabric 2.5 peer (peer0.logistik.example.com of a four-organisation supply-chain consortium: one channel, the
#   "shipment" chaincode run as a service, CouchDB state database, Raft ordering service of three orderers), `docker logs peer0...` with
#   FABRIC_LOGGING_SPEC=INFO and the default format without colour: "2026-12-01 10:00:00.123 UTC 0a1f INFO [module] function -> message" (the
#   sequence number in hex, the level cut to four letters): blocks received, validated and committed, endorsements, gRPC calls, gossip membership,
#   leader election, invalid transactions, deliver-service failovers, CouchDB retries, TLS handshake failures
@checked
def log_fabric(seed):
    L = Log("hyperledger_fabric_peer", seed, "full", True, True)
    g = L.g
    CH = "lieferkette"
    PEERS = ["peer0.reederei.example.com:7051", "peer1.reederei.example.com:7051", "peer0.zoll.example.com:7051", "peer0.spedition.example.com:7051",
             "peer1.logistik.example.com:7051"]
    ORD = ["orderer0.ordering.example.com:7050", "orderer1.ordering.example.com:7050", "orderer2.ordering.example.com:7050"]
    st = {"seq": g.num(0x1000, 0x3000), "block": g.num(180000, 190000), "ord": ORD[0], "online": set(PEERS)}

    def w(lv, mod, fn, msg, ev, extra=()):
        ms_(L, 0, 15)
        st["seq"] += 1
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} UTC {st['seq'] & 0xffff:04x} {lv} [{mod}] {fn} -> {msg}", ev, lv, mod)
        for text, e in extra:
            L.emit(text, e, lv, mod)

    def txid():
        return g.hx(64)

    def block():
        st["block"] += 1
        b = st["block"]
        n = g.c([1, 1, 2, 3, 5, 8, 10])
        w("INFO", "gossip.privdata", "StoreBlock", f"Received block [{b}] from buffer channel={CH}", "received_block")
        bad = []
        if g.r.random() < 0.1:
            for i in range(g.num(1, min(2, n))):
                bad.append(i)
                w("WARN", "valimpl", "preprocessProtoBlock", f"Channel [{CH}]: Block [{b}] Transaction index [{i}] TxId [{txid()}] marked as invalid by committer. "
                  f"Reason code [{g.c(['MVCC_READ_CONFLICT', 'MVCC_READ_CONFLICT', 'PHANTOM_READ_CONFLICT', 'ENDORSEMENT_POLICY_FAILURE'])}]", "marked_invalid")
        w("INFO", "committer.txvalidator", "Validate", f"[{CH}] Validated block [{b}] in {g.num(1, 40)}ms", "validated_block")
        w("INFO", "kvledger", "commit", f"[{CH}] Committed block [{b}] with {n} transaction(s) in {g.num(8, 300)}ms (state_validation={g.num(0, 30)}ms "
          f"block_and_pvtdata_commit={g.num(4, 200)}ms state_commit={g.num(2, 90)}ms) commitHash=[{g.hx(64)}]", "committed_block")

    def endorse():
        tx = txid()
        fnc = g.c(["CreateShipment", "UpdateStatus", "UpdateStatus", "UpdateStatus", "AddCustomsDocument", "ReadShipment", "QueryByContainer"])
        dur = g.num(3, 400)
        w("INFO", "endorser", "callChaincode", f"finished chaincode: shipment duration: {dur}ms channel={CH} txID={tx[:8]}", "finished_chaincode")
        w("INFO", "comm.grpc.server", "1", f"unary call completed grpc.service=protos.Endorser grpc.method=ProcessProposal grpc.peer_address=10.{g.num(40, 43)}.{g.num(0, 9)}."
          f"{g.num(2, 250)}:{g.port()} grpc.code=OK grpc.call_duration={dur + g.r.uniform(0.2, 4):.6f}ms", "unary_call_completed")
        if fnc.startswith("Read") or fnc.startswith("Query"):
            return

    def endorse_fail():
        tx = txid()
        err = g.c([f"shipment {g.c(['MSCU', 'HLXU', 'MAEU'])}{g.num(1000000, 9999999)} does not exist", "status transition DELIVERED -> IN_TRANSIT not allowed",
                   "caller is not authorised: MSP zollMSP required"])
        w("INFO", "endorser", "callChaincode", f"finished chaincode: shipment duration: {g.num(3, 90)}ms channel={CH} txID={tx[:8]}", "finished_chaincode")
        w("WARN", "endorser", "ProcessProposal", f"Failed to invoke chaincode channel={CH} chaincode=shipment error=\"error in simulation: transaction returned with failure: "
          f"{err}\"", "failed_invoke")
        w("INFO", "comm.grpc.server", "1", f"unary call completed grpc.service=protos.Endorser grpc.method=ProcessProposal grpc.peer_address=10.{g.num(40, 43)}.{g.num(0, 9)}."
          f"{g.num(2, 250)}:{g.port()} grpc.code=OK grpc.call_duration={g.f(3, 90, 6)}ms", "unary_call_completed")

    def gossip():
        p = g.c(PEERS)
        if p in st["online"] and g.r.random() < 0.6:
            st["online"].discard(p)
            w("WARN", "gossip.comm", "func1", f"Failed connecting to {p} , error: context deadline exceeded", "failed_connecting")
            w("INFO", "gossip.discovery", "func1", f"Membership view has changed. peers went offline:  [[{p} ]] , current view:  [{' '.join('[' + x + ' ]' for x in sorted(st['online']))}]",
              "view_offline")
        else:
            st["online"].add(p)
            w("INFO", "gossip.discovery", "func1", f"Membership view has changed. peers went online:  [[{p} ]] , current view:  [{' '.join('[' + x + ' ]' for x in sorted(st['online']))}]",
              "view_online")

    def election():
        if g.r.random() < 0.5:
            w("INFO", "gossip.election", "leaderElection", f"{g.hx(64)} : Some peer is already a leader", "some_peer_leader")
        else:
            w("INFO", "gossip.election", "beLeader", f"{g.hx(64)} : Becoming a leader", "becoming_leader")
            w("INFO", "gossip.service", "func1", f"Elected as a leader, starting delivery service for channel {CH}", "elected_leader")
            w("INFO", "deliveryClient", "StartDeliverForChannel", f"This peer will retrieve blocks from ordering service and disseminate to other peers in the organization "
              f"for channel {CH}", "will_retrieve")

    def deliver():
        old = st["ord"]
        new = g.c([o for o in ORD if o != old])
        w("WARN", "peer.blocksprovider", "DeliverBlocks", f"Got error while attempting to receive blocks: received bad status SERVICE_UNAVAILABLE from orderer "
          f"channel={CH} orderer-address={old}", "bad_status")
        w("WARN", "peer.blocksprovider", "DeliverBlocks", f"Disconnected from ordering service. Attempt to re-connect in {g.c(['100ms', '200ms', '400ms'])} "
          f"channel={CH} orderer-address={old}", "disconnected_reconnect")
        w("INFO", "peer.blocksprovider", "DeliverBlocks", f"Pulling next blocks from ordering service channel={CH} orderer-address={new} nextBlock={st['block'] + 1}",
          "pulling_next")
        st["ord"] = new

    def couch():
        w("WARN", "couchdb", "handleRequest", f"Retrying couchdb request in {g.c(['125ms', '250ms', '500ms'])}. Attempt:{g.num(1, 3)}  Error:Put "
          f"\"http://couchdb0:5984/{CH}_shipment/{g.c(['MSCU', 'HLXU'])}{g.num(1000000, 9999999)}\": dial tcp 172.20.0.{g.num(2, 9)}:5984: i/o timeout", "couch_retry")

    def tls():
        err = g.c(["tls: first record does not look like a TLS handshake", "EOF", "remote error: tls: bad certificate", "tls: client didn't provide a certificate"])
        w("ERRO", "core.comm", "ServerHandshake", f"Server TLS handshake failed in {g.f(0.1, 30, 6)}ms with error {err} "
          f"server=PeerServer remoteaddress={g.ip('pub')}:{g.port()}", "tls_failed")

    def deliver_req():
        w("INFO", "comm.grpc.server", "1", f"streaming call completed grpc.service=protos.Deliver grpc.method=DeliverWithPrivateData grpc.peer_address=10.{g.num(40, 43)}.{g.num(0, 9)}."
          f"{g.num(2, 250)}:{g.port()} grpc.code=OK grpc.call_duration={g.f(1, 3600, 3)}s", "streaming_call_completed")

    def discovery():
        w("WARN", "discovery", "processQuery", f"got query for channel lieferkette-test from 10.{g.num(40, 43)}.{g.num(0, 9)}.{g.num(2, 250)}:{g.port()} but it doesn't exist",
          "discovery_no_channel")

    def purge():
        w("INFO", "pvtdatastorage", "func1", f"Purger started: Purging expired private data till block number [{st['block'] - 1000}]", "purger_started")
        w("INFO", "pvtdatastorage", "func1", "Purger finished", "purger_finished")

    ev = [(40, block), (34, endorse), (4, endorse_fail), (3, gossip), (0.6, election), (0.4, deliver), (1, couch), (3, tls), (6, deliver_req), (1.2, discovery),
          (0.5, purge)]
    return run_mean(L, ev, 6)


# 17 --------------------------------------------------------------- IPFS Kubo 0.32 (the ipfs/kubo image on a small VPS, --enable-gc, the gateway public behind nginx) pinning a digital
#   library's scanned books, `docker logs ipfs_host`: the entrypoint's and the daemon's plain start-up lines, then go-log's zap console lines
#   "2026-12-01T10:00:00.123Z<tab>LEVEL<tab>logger<tab>file.go:123<tab>message" with a JSON object of fields after another tab where a line has
#   them, Go's standard-library logger lines ("2026/12/01 10:00:00 ..."), the resource manager's warnings, reprovide trouble, repo GC, restarts
@checked
def log_kubo(seed):
    L = Log("ipfs_kubo_daemon", seed, "full", True, True)
    g = L.g
    B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

    def pid():
        return "12D3KooW" + g.alnum(44, B58)

    def cid():
        return "bafybei" + g.alnum(52, "abcdefghijklmnopqrstuvwxyz234567")

    def z(lv, logger, caller, msg, ev, fields=None):
        ms_(L, 0, 30)
        f = ("\t" + json.dumps(fields)) if fields else ""
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z\t{lv}\t{logger}\t{caller}\t{msg}{f}", ev, lv, logger)

    def plain(text, ev):
        ms_(L, 0, 20)
        L.emit(text, ev)

    def std(msg, ev):
        ms_(L, 0, 20)
        L.emit(f"{L.t:%Y/%m/%d %H:%M:%S} {msg}", ev)

    def start():
        plain("Changing user to ipfs", "changing_user")
        plain("ipfs version 0.32.1", "ipfs_version")
        plain("Found IPFS fs-repo at /data/ipfs", "found_repo")
        plain("Initializing daemon...", "initializing")
        plain("Kubo version: 0.32.1-9017453", "kubo_version")
        plain("Repo version: 16", "repo_version")
        plain("System version: amd64/linux", "system_version")
        plain("Golang version: go1.23.3", "golang_version")
        plain(f"PeerID: {PEER}", "peer_id")
        std("failed to sufficiently increase receive buffer size (was: 208 kiB, wanted: 7168 kiB, got: 416 kiB). See https://github.com/quic-go/quic-go/wiki/UDP-Buffer-Sizes "
            "for details.", "udp_buffer")
        for a in ["127.0.0.1:4001", "172.18.0.2:4001", "[::1]:4001"]:
            plain(f"Swarm listening on {a} (TCP+UDP)", "swarm_listening")
        plain("Run 'ipfs id' to inspect announced and discovered multiaddrs of this node.", "run_ipfs_id")
        plain("RPC API server listening on /ip4/0.0.0.0/tcp/5001", "rpc_listening")
        plain("WebUI: http://127.0.0.1:5001/webui", "webui")
        plain("Gateway server listening on /ip4/0.0.0.0/tcp/8080", "gateway_listening")
        plain("Daemon is ready", "daemon_ready")

    PEER = pid()

    def rcmgr():
        n = g.num(1, 400)
        scope = g.c(["system: cannot reserve inbound connection: resource limit exceeded", "transient: cannot reserve inbound stream: resource limit exceeded",
                     "peer:" + pid() + ": cannot reserve inbound stream: resource limit exceeded"])
        z("ERROR", "resourcemanager", "libp2p/rcmgr_logging.go:53", f"Resource limits were exceeded {n} times with error \"{scope}\".", "rcmgr_exceeded")
        z("ERROR", "resourcemanager", "libp2p/rcmgr_logging.go:57", "Consider inspecting logs and raising the resource manager limits. Documentation: "
          "https://github.com/ipfs/kubo/blob/master/docs/libp2p-resource-management.md", "rcmgr_consider")

    def reprovide():
        x = g.r.random()
        if x < 0.4:
            z("WARN", "provider.batched", "batched/system.go:268", "\u26a0\ufe0f Your system is struggling to keep up with DHT reprovides!", "struggling")
            z("WARN", "provider.batched", "batched/system.go:269", "This means your content could partially or completely inaccessible on the network.", "struggling_means")
            z("WARN", "provider.batched", "batched/system.go:276", "We observed that you recently provided " + str(g.num(20000, 90000)) + " keys at an average rate of "
              f"{g.f(100, 900, 1)}ms per key.", "observed_keys")
            z("WARN", "provider.batched", "batched/system.go:298", f"\U0001f4be Your total CID count is ~{g.num(200000, 400000)} which would total at "
              f"{g.f(30, 90, 1)}h reprovide process.", "total_cid")
            z("WARN", "provider.batched", "batched/system.go:300", "\U0001f4a1 Consider enabling the Accelerated DHT to enhance your reprovide throughput. See:", "consider_accelerated")
            z("WARN", "provider.batched", "batched/system.go:301", "https://github.com/ipfs/kubo/blob/master/docs/config.md#routingaccelerateddhtclient", "accelerated_url")
        elif x < 0.7:
            z("WARN", "dht/RtRefreshManager", "rtrefresh/rt_refresh_manager.go:233", "failed when refreshing routing table",
              "rt_refresh_failed", {"error": "2 errors occurred:\n\t* failed to query for self, err=failed to find any peer in table\n\t* failed to refresh cpl=0, "
                                             "err=failed to find any peer in table\n\n"})
        else:
            z("ERROR", "provider.batched", "batched/system.go:343", f"failed to reprovide: failed to complete provide: context deadline exceeded", "failed_reprovide")

    def identify():
        z("WARN", "net/identify", "identify/id.go:457", "failed to negotiate identify protocol with peer", "identify_negotiate",
          {"peer": pid(), "error": g.c(["stream reset", "Application error 0x0 (remote): conn-" + str(g.num(100000, 999999)) + ": system: cannot reserve inbound connection: "
                                        "resource limit exceeded", "protocols not supported: [/ipfs/id/1.0.0]", "timed out reading response"])})

    def gc():
        z("INFO", "corerepo", "corerepo/gc.go:239", "Watermark exceeded. Starting repo GC...", "watermark_exceeded")
        L.t += dt.timedelta(seconds=g.num(20, 900))
        z("INFO", "corerepo", "corerepo/gc.go:78", "Repo GC done. See `ipfs repo stat` to see how much space got freed.", "gc_done")

    def pin():
        if g.r.random() < 0.5:
            z("ERROR", "cmds/http", "http/handler.go:125", f"error while writing response: write tcp 172.18.0.2:5001->172.18.0.3:{g.port()}: write: broken pipe",
              "write_response_error")
        else:
            std(f"http: superfluous response.WriteHeader call from github.com/ipfs/boxo/gateway.(*handler).serveDirectory (handler_unixfs_dir.go:{g.num(100, 300)})",
                "superfluous_writeheader")

    def gateway():
        z("WARN", "boxo/gateway", "gateway/errors.go:223", f"failed to resolve /ipfs/{cid()}/{g.c(['page-0001.jp2', 'index.html', 'meta.json', 'cover.jpg'])}",
          "gw_resolve_failed", {"error": g.c(["context deadline exceeded", "no link named \"meta.json\" under " + cid()]), "status": g.c([504, 404])})

    def autonat():
        if g.r.random() < 0.6:
            z("WARN", "net/nat", "nat/nat.go:81", "DiscoverNAT error:no NAT found", "discover_nat")
        else:
            z("WARN", "swarm2", "swarm/swarm.go:598", "failed to dial peer", "failed_dial", {"peer": pid(), "error": "all dials failed\n  * [/ip4/"
              + g.ip("pub") + "/tcp/4001] dial tcp4 0.0.0.0:4001->" + g.ip("pub") + ":4001: i/o timeout"})

    def stop():
        plain("Received interrupt signal, shutting down...", "interrupt")
        plain("(Hit ctrl-c again to force-shutdown the daemon.)", "hit_ctrl_c")
        L.t += dt.timedelta(seconds=g.num(5, 60))
        start()

    start()
    ev = [(30, rcmgr), (10, reprovide), (35, identify), (1, gc), (6, pin), (12, gateway), (2, autonat), (0.15, stop)]
    run_mean(L, ev, 120)
    return carry_time(L, lambda r: r[0][:2] == "20")


# 18 --------------------------------------------------------------- Joomla! 5.2 site of a regional sports club (shared hosting, PHP 8.2, MariaDB), the two log files the webmaster sent to the
#   agency with `cat administrator/logs/error.php administrator/logs/joomla_update.php`: each starts with the PHP guard and W3C-like header lines
#   ("#Date:", "#Software:", "#Fields:"), then "2026-12-01T10:00:00+00:00<tab>LEVEL client-ip<tab>category<tab>message" (the level and the client IP
#   separated by a blank): failed back-end logins, token mismatches, 404s and uncaught exceptions with their multi-line stack trace, database errors,
#   mail failures, and an update run with its SQL steps
@checked
def log_joomla(seed):
    L = Log("joomla_error_update_log", seed, "full", True, True, start=dt.datetime(2026, 8, 3, 9, 0, 0, tzinfo=UTC))
    g = L.g
    IPS = ["91.64.12.201", "185.220.101.47", "45.155.205.233", "193.32.162.55", "84.171.77.12", "79.238.101.4", "141.98.11.91", "2003:e5:9f1c:a300:1d2:88ff:fe10:22"]
    rows = []

    def w(lv, ip, cat, msg, ev, extra=()):
        ms_(L, 0, 900)
        rows.append((f"{L.t:%Y-%m-%dT%H:%M:%S}+00:00\t{lv} {ip}\t{cat}\t{msg}", ev, lv, cat, L.t))
        for text, e in extra:
            rows.append((text, e, lv, cat, L.t))

    def login_fail():
        ip = g.c(IPS[1:4] + IPS[6:7]) if g.r.random() < 0.7 else g.c(IPS)
        if g.r.random() < 0.85:
            w("INFO", ip, "joomlafailure", "Username and password do not match or you do not have an account yet.", "login_mismatch")
        else:
            w("INFO", ip, "joomlafailure", "Empty password not allowed.", "empty_password")

    def token():
        w("WARNING", g.c(IPS), "jerror", "The most recent request was denied because it had an invalid security token. Please refresh the page and try again.", "invalid_token")

    def notfound():
        ip = g.c(IPS)
        frames = [("[ROOT]/libraries/src/Router/Router.php", 166, "Joomla\\CMS\\Router\\Router->parse(Object(Joomla\\CMS\\Uri\\Uri), true)"),
                  ("[ROOT]/libraries/src/Application/SiteApplication.php", 741, "Joomla\\CMS\\Application\\SiteApplication->route()"),
                  ("[ROOT]/libraries/src/Application/SiteApplication.php", 244, "Joomla\\CMS\\Application\\SiteApplication->doExecute()"),
                  ("[ROOT]/libraries/src/Application/CMSApplication.php", 304, "Joomla\\CMS\\Application\\CMSApplication->execute()"),
                  ("[ROOT]/includes/app.php", 58, "require_once('...')"), ("[ROOT]/index.php", 32, None)]
        trace = [(f"#{i} {f}({n}): {c}" if c else f"#{i} {f}({n}): require_once('...')", "stack_frame") for i, (f, n, c) in enumerate(frames[1:], start=1)]
        trace.append((f"#{len(frames)} {{main}}", "stack_main"))
        w("CRITICAL", ip, "error", "Uncaught Throwable of type Joomla\\CMS\\Router\\Exception\\RouteNotFoundException thrown with message \"Page not found\". Stack trace: "
          f"#0 {frames[0][0]}({frames[0][1]}): {frames[0][2]}", "uncaught_throwable", trace)

    def db_err():
        ip = g.c(IPS)
        err = g.c(["Too many connections", "MySQL server has gone away", "Lock wait timeout exceeded; try restarting transaction",
                   "Table 'usr_web12_3.jos_session' doesn't exist"])
        frames = ["[ROOT]/libraries/vendor/joomla/database/src/Mysqli/MysqliStatement.php(432): Joomla\\Database\\Mysqli\\MysqliStatement->execute()",
                  "[ROOT]/libraries/vendor/joomla/database/src/DatabaseDriver.php(1793): Joomla\\Database\\Mysqli\\MysqliStatement->execute(NULL)",
                  "[ROOT]/libraries/src/Session/MetadataManager.php(318): Joomla\\Database\\DatabaseDriver->execute()",
                  "[ROOT]/libraries/src/Application/CMSApplication.php(1152): Joomla\\CMS\\Session\\MetadataManager->createOrUpdateRecord("
                  "Object(Joomla\\CMS\\Session\\Session), Object(Joomla\\CMS\\User\\User))",
                  "[ROOT]/libraries/src/Application/SiteApplication.php(735): Joomla\\CMS\\Application\\CMSApplication->checkSession()",
                  "[ROOT]/libraries/src/Application/CMSApplication.php(304): Joomla\\CMS\\Application\\SiteApplication->doExecute()",
                  "[ROOT]/includes/app.php(58): Joomla\\CMS\\Application\\CMSApplication->execute()", "[ROOT]/index.php(32): require_once('...')"]
        trace = [(f"#{i} {f}", "stack_frame") for i, f in enumerate(frames[1:], start=1)] + [(f"#{len(frames)} {{main}}", "stack_main")]
        w("CRITICAL", ip, "error", f"Uncaught Throwable of type Joomla\\Database\\Exception\\ExecutionFailureException thrown with message \"{err}\". Stack trace: #0 {frames[0]}",
          "uncaught_throwable", trace)

    def mail():
        if g.r.random() < 0.3:
            w("WARNING", g.c(IPS), "jerror", "Could not instantiate mail function.", "mail_instantiate")
        else:
            w("WARNING", g.c(IPS), "jerror", "SMTP Error: Could not authenticate.", "smtp_auth")

    def component():
        w("ERROR", g.c(IPS), "jerror", "Error loading component: com_sportsmanager, Component not found.", "component_not_found")

    def folder():
        w("ERROR", g.c(IPS[4:6]), "jerror", "Error: Cannot delete the folder: [ROOT]/administrator/cache/com_" + g.c(["content", "modules", "plugins"]) + ".",
          "cannot_delete_folder")

    def header(t, sw):
        return [("#<?php die('Forbidden.'); ?>", "php_guard"), (f"#Date: {t:%Y-%m-%d %H:%M:%S} UTC", "h_date"), (f"#Software: {sw}", "h_software"), ("", "empty"),
                ("#Fields:\tdatetime\tpriority clientip\tcategory\tmessage", "h_fields")]

    # joomla_update.php, two updates during the same months
    urows = []
    ut = {"t": L.t + dt.timedelta(days=g.num(20, 30), hours=g.num(0, 8))}
    ip = IPS[4]

    def u(msg, ev):
        ut["t"] += dt.timedelta(milliseconds=g.num(200, 4000))
        urows.append((f"{ut['t']:%Y-%m-%dT%H:%M:%S}+00:00\tINFO {ip}\tupdate\t{msg}", ev, "INFO", "update", ut["t"]))

    for old, new in [("5.1.2", "5.1.4"), ("5.1.4", "5.2.1")]:
        u(f"Update started by user Webmaster TSV (42). Old version is {old}.", "update_started")
        u(f"Downloading update file from https://downloads.joomla.org/cms/joomla5/{new.replace('.', '-')}/Joomla_{new}-Stable-Update_Package.zip.", "downloading_update")
        u(f"File Joomla_{new}-Stable-Update_Package.zip downloaded.", "file_downloaded")
        u("Starting installation of new version.", "starting_installation")
        u("Finalising installation.", "finalising")
        u("Start of SQL updates.", "start_sql")
        u(f"The current database version (schema) is {old}-2024-0{g.num(5, 9)}-{g.num(10, 28)}.", "current_schema")
        for _ in range(g.num(1, 3)):
            q = g.c(["ALTER TABLE `#__history` MODIFY `sha1_hash` varchar(40) NOT NULL DEFAULT", "UPDATE `#__extensions` SET `locked` = 1 WHERE `type` =",
                     "DELETE FROM `#__postinstall_messages` WHERE `title_key` ="])
            u(f"Ran query from file {new}-2024-{g.num(9, 11)}-{g.num(10, 28):02d}. Query text: {q}.", "ran_query")
        u("End of SQL updates.", "end_sql")
        u("Deleting removed files and folders.", "deleting_removed")
        u("Cleaning up after installation.", "cleaning_up")
        u(f"Update to version {new} is complete.", "update_complete")
        ut["t"] += dt.timedelta(days=g.num(30, 60))

    ev = [(40, login_fail), (6, token), (14, notfound), (3, db_err), (2, mail), (2, component), (1, folder)]
    weights = [x for x, _ in ev]
    fns = [f for _, f in ev]
    target = N_LINES - 10 - len(urows)
    while len(rows) < target:
        L.tick(3600)
        if target - len(rows) < 12:
            login_fail()
        else:
            g.r.choices(fns, weights)[0]()
    for text, e in header(rows[0][4], "Joomla! 5.1.2 Stable [ Kudumisha ] 9-July-2024 16:00 GMT"):
        L.emit(text, e, t=rows[0][4])
    for text, e, lv, cat, t in rows:
        L.emit(text, e, lv, cat, t)
    for text, e in header(urows[0][4], "Joomla! 5.1.2 Stable [ Kudumisha ] 9-July-2024 16:00 GMT"):
        L.emit(text, e, t=urows[0][4])
    for text, e, lv, cat, t in urows:
        L.emit(text, e, lv, cat, t)
    return L


# 19 --------------------------------------------------------------- KNIME Analytics Platform 5.3 on a data analyst's Windows laptop (clock in UTC) at an insurer, the workspace's
#   .metadata/knime/knime.log at its default DEBUG level: log4j "%d{ISO8601} : %-5p : %t : %c{1} : %X{nodename} : %X{nodeid} : %m" (the node's name and
#   id empty on lines outside a node, so " :  :  : " runs): the welcome banner of hashes, workflows loading and saving, nodes configured and executed
#   with their state changes, the Python Script node failing with the Python traceback on further lines, a database connector's warnings, memory
#   and update-site messages
@checked
def log_knime(seed):
    L = Log("knime_log", seed, "full", True, True)
    g = L.g
    NODES = [("CSV Reader", 1), ("Excel Reader", 2), ("Column Filter", 3), ("Row Filter", 4), ("GroupBy", 5), ("Joiner", 6), ("Python Script", 7), ("String Manipulation", 8),
             ("Rule Engine", 9), ("DB Connector", 10), ("DB Query Reader", 11), ("Excel Writer", 12), ("Table View", 13), ("Random Forest Learner", 14),
             ("Random Forest Predictor", 15), ("Scorer", 16), ("Missing Value", 17), ("Math Formula", 18)]
    WF = [("Schadenfaelle_Monatsbericht", 3), ("Churn_Modell_Kfz", 5), ("Datenqualitaet_Partner", 7)]
    st = {"wf": WF[0], "worker": 0}

    def w(lv, thread, cls, msg, ev, node="", nid="", extra=()):
        ms_(L, 0, 25)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} : {lv:<5} : {thread} : {cls} : {node} : {nid} : {msg}", ev, lv, cls)
        for text, e in extra:
            L.emit(text, e, lv, cls)

    def banner():
        hashes = "#" * 95
        w("INFO", "main", "NodeLogger", hashes, "banner_hashes")
        w("INFO", "main", "NodeLogger", "#" + " " * 93 + "#", "banner_blank")
        for t in ["# Welcome to KNIME Analytics Platform v5.3.2.v202409021538 (Build September 02, 2024)", "# Based on Eclipse, https://www.eclipse.org",
                  "#", "# Copyright by KNIME AG, Zurich, Switzerland and others.", "# Website: https://www.knime.com", "# E-mail: contact@knime.com"]:
            w("INFO", "main", "NodeLogger", f"{t:<94}#", "banner_" + (re.sub(r"[^a-z]+", "_", t.lower()).strip("_")[:20] or "hash_only"))
        w("INFO", "main", "NodeLogger", "#" + " " * 93 + "#", "banner_blank")
        w("INFO", "main", "NodeLogger", hashes, "banner_hashes")
        for k, v in [("Operating system", "Windows 11 (10.0) amd64"), ("Number of CPUs", "12"), ("Assertions", "off"), ("Host", "LT-ANALYSE-07"),
                     ("Username", "m.huber"), ("Java", "17.0.11 (Eclipse Adoptium)"), ("Workspace", "C:\\Users\\m.huber\\knime-workspace"),
                     ("Max memory", f"{g.c([8, 12])} GB")]:
            w("INFO", "main", "NodeLogger", f"# {k + ':':<20}{v}", "banner_kv")
        w("INFO", "main", "NodeLogger", hashes, "banner_hashes")

    def load():
        st["wf"] = g.c(WF)
        name, pid = st["wf"]
        path = f"C:\\Users\\m.huber\\knime-workspace\\Versicherung\\{name}"
        w("DEBUG", "ModalContext", "WorkflowManager", f"Loading workflow from \"{path}\" (version \"5.3.0\" with loader class \"FileWorkflowPersistor\")", "loading_workflow")
        w("DEBUG", "ModalContext", "WorkflowManager", f"Created subworkflow {pid}", "created_subworkflow")
        if g.r.random() < 0.8:
            w("INFO", "ModalContext", "WorkflowManager", f"Loaded workflow from \"{path}\" with no errors", "loaded_workflow")
        else:
            w("INFO", "ModalContext", "WorkflowManager", f"Loaded workflow from \"{path}\" with warnings", "loaded_workflow_warnings")

    def execute():
        name, pid = st["wf"]
        picks = [x for x in NODES if g.r.random() < 0.5][:6] or NODES[:2]
        w("DEBUG", "main", "ExecuteAction", f"Creating execution job for {len(picks)} node(s)...", "creating_job")
        for n, i in picks:
            nid = f"{pid}:{i}"
            st["worker"] = g.num(1, 40)
            th = f"KNIME-Worker-{st['worker']}-{n} {nid}"
            w("DEBUG", "main", "NodeContainer", f"{n} {nid} has new state: CONFIGURED_MARKEDFOREXEC", "new_state", n, nid)
            w("DEBUG", "main", "NodeContainer", f"{n} {nid} has new state: CONFIGURED_QUEUED", "new_state", n, nid)
            w("DEBUG", th, "WorkflowManager", f"{n} {nid} doBeforePreExecution", "before_pre", n, nid)
            w("DEBUG", th, "NodeContainer", f"{n} {nid} has new state: PREEXECUTE", "new_state", n, nid)
            w("DEBUG", th, "WorkflowManager", f"{n} {nid} doBeforeExecution", "before_exec", n, nid)
            w("DEBUG", th, "NodeContainer", f"{n} {nid} has new state: EXECUTING", "new_state", n, nid)
            w("DEBUG", th, "LocalNodeExecutionJob", f"{n} {nid} Start execute", "start_execute", n, nid)
            L.t += dt.timedelta(milliseconds=g.num(10, 90000))
            if n == "Python Script" and g.r.random() < 0.4:
                py_fail(n, nid, th)
                return
            if n.startswith("DB") and g.r.random() < 0.3:
                w("WARN", th, "Node", "Database connection could not be validated, reconnecting: Communications link failure" if n == "DB Connector" else
                  f"Statement execution took longer than the configured timeout ({g.c([30, 60])} s); results may be incomplete", "db_warn" if n == "DB Connector" else "db_timeout_warn", n, nid)
            if n == "Missing Value" and g.r.random() < 0.5:
                w("WARN", th, "Node", f"Column \"{g.c(['Schadenhoehe', 'Selbstbeteiligung', 'Vertragsbeginn'])}\" has {g.num(1, 900)} missing values, replaced with median",
                  "missing_warn", n, nid)
            if n == "Joiner" and g.r.random() < 0.3:
                w("WARN", th, "Node", "The following columns occur in both tables and were renamed: Vertragsnr, Sparte", "joiner_renamed", n, nid)
            w("INFO", th, "LocalNodeExecutionJob", f"{n} {nid} End execute ({g.num(0, 90)} secs)", "end_execute", n, nid)
            w("DEBUG", th, "WorkflowManager", f"{n} {nid} doBeforePostExecution", "before_post", n, nid)
            w("DEBUG", th, "NodeContainer", f"{n} {nid} has new state: POSTEXECUTE", "new_state", n, nid)
            w("DEBUG", th, "WorkflowManager", f"{n} {nid} doAfterExecute - success", "after_success", n, nid)
            w("DEBUG", th, "NodeContainer", f"{n} {nid} has new state: EXECUTED", "new_state", n, nid)
            w("DEBUG", "KNIME-WFM-Parent-Notifier", "NodeContainer", f"{name} {pid} has new state: {g.c(['EXECUTING', 'IDLE', 'CONFIGURED'])}", "new_state")

    def py_fail(n, nid, th):
        err = g.c([("KeyError", "'Schadensumme'"), ("ValueError", "could not convert string to float: 'k.A.'"), ("ModuleNotFoundError", "No module named 'xgboost'")])
        w("ERROR", th, "Node", f"Execute failed: {err[0]}: {err[1]}", "execute_failed", n, nid,
          extra=py_traceback([("<string>", g.num(8, 60), "<module>", ""), ("C:\\Program Files\\KNIME\\bundling\\envs\\org_knime_pythonscripting\\Lib\\site-packages\\pandas\\core\\frame.py",
                                                                            4102, "__getitem__", "indexer = self.columns.get_loc(key)")], f"{err[0]}: {err[1]}"))
        w("DEBUG", th, "WorkflowManager", f"{n} {nid} doBeforePostExecution", "before_post", n, nid)
        w("DEBUG", th, "NodeContainer", f"{n} {nid} has new state: POSTEXECUTE", "new_state", n, nid)
        w("DEBUG", th, "WorkflowManager", f"{n} {nid} doAfterExecute - failure", "after_failure", n, nid)
        w("DEBUG", th, "NodeContainer", f"{n} {nid} has new state: IDLE", "new_state", n, nid)

    def configure():
        name, pid = st["wf"]
        n, i = g.c(NODES)
        nid = f"{pid}:{i}"
        w("DEBUG", "main", "NodeContainer", f"Setting dirty flag on {n} {nid}", "dirty_flag", n, nid)
        w("DEBUG", "main", "NodeContainer", f"Setting dirty flag on {name} {pid}", "dirty_flag")
        if g.r.random() < 0.3:
            w("WARN", "main", "Node", "Node created an empty data table.", "empty_table", n, nid)
        w("DEBUG", "main", "NodeContainer", f"{n} {nid} has new state: CONFIGURED", "new_state", n, nid)

    def save():
        name, pid = st["wf"]
        w("DEBUG", "main", "WorkflowEditor", f"Saving workflow {name} {pid}", "saving_workflow")

    def misc():
        x = g.r.random()
        if x < 0.4:
            w("DEBUG", "KNIME Memory Alert Distributor", "MemoryAlertSystem", f"Memory collection threshold of {g.num(90, 95)}% exceeded after GC", "memory_threshold")
        elif x < 0.6:
            w("WARN", "Worker-" + str(g.num(1, 20)), "UpdateChecker", "Could not check for updates: Connect timed out", "update_check_failed")
        elif x < 0.8:
            w("DEBUG", "KNIME-Workflow-Autosave", "WorkflowEditor", f"Auto-saving workflow {st['wf'][0]}", "autosave")
        else:
            w("DEBUG", "main", "PythonKernelManager", f"Python process {g.num(1000, 30000)} terminated", "python_terminated")

    banner()
    load()
    ev = [(10, execute), (12, configure), (3, save), (1.5, load), (4, misc)]
    return run_mean(L, ev, 120)


# 20 --------------------------------------------------------------- Lyrion Music Server 9.0 (formerly Logitech Media Server; the Debian package on a home NAS) serving five Squeezebox and
#   piCorePlayer players in a family home, with the Spotty, TuneIn and Podcast plugins, /var/log/squeezeboxserver/server.log: Log4perl's
#   "[26-12-01 10:00:00.1234] Package::function (line) message" (a two-digit year, four decimals of a second); warnings and errors say so in front of the
#   message ("Warning: ", "Error: "); Perl's own warnings without a stamp, "Backtrace:" blocks with their frames under some errors; players
#   connecting and going away, streams that fail, remote playlists that time out, plugin trouble, library scans, a restart with its start-up lines
@checked
def log_lms(seed):
    L = Log("lms_server_log", seed, "full", True, True, start=dt.datetime(2026, 11, 18, 16, 31, 0, tzinfo=UTC))
    g = L.g
    PLAYERS = [("Kueche", "00:04:20:2b:11:7e", "192.168.178.41"), ("Wohnzimmer", "00:04:20:16:a3:0c", "192.168.178.42"), ("Bad", "b8:27:eb:4c:90:12", "192.168.178.57"),
               ("Kinderzimmer", "dc:a6:32:8e:01:5d", "192.168.178.58"), ("Werkstatt", "00:04:20:23:f1:9a", "192.168.178.44")]
    RADIO = ["http://opml.radiotime.com/Tune.ashx?id=s24896&formats=aac,ogg,mp3&partnerId=16&serial=" + g.hx(32), "https://st01.sslstream.dlf.de/dlf/01/128/mp3/stream.mp3",
             "http://wdr-1live-live.icecast.wdr.de/wdr/1live/live/mp3/128/stream.mp3", "https://liveradio.swr.de/sw282p3/swr3/play.mp3"]

    def w(method, line, msg, ev, lv=None, extra=()):
        ms_(L, 0, 40)
        pre = {"WARN": "Warning: ", "ERROR": "Error: "}.get(lv, "")
        L.emit(f"[{L.t:%y-%m-%d %H:%M:%S}.{L.t.microsecond // 100:04d}] {method} ({line}) {pre}{msg}", ev, lv, method)
        for text, e in extra:
            L.emit(text, e, lv, method)

    def perl(text, ev):
        L.emit(text, ev)

    def start():
        w("main::init", 393, f"Starting Lyrion Music Server (v9.0.1, {int(epoch(L.t)) - 86400 * 30}, {ctime(L.t - dt.timedelta(days=30))} UTC) perl 5.036000 - "
          "x86_64-linux-gnu-thread-multi", "starting")
        if g.r.random() < 0.5:
            w("Slim::Utils::PluginManager::load", 285, "Couldn't load Plugins::ShairTunes2W::Plugin - Can't locate Crypt/OpenSSL/RSA.pm in @INC (you may need to install the "
              "Crypt::OpenSSL::RSA module)", "couldnt_load_plugin", "WARN")
        w("main::init", 463, "Server done init: http://192.168.178.10:9000", "server_done_init")
        w("Plugins::Spotty::Connect::DaemonManager::initHelpers", 64, "Starting Spotty Connect daemons...", "spotty_starting")
        if g.r.random() < 0.3:
            w("main::checkDataSource", 958, "Schema updated or tracks in the database, initiating scan.", "initiating_scan", "WARN")

    def player():
        name, mac, ip = g.c(PLAYERS)
        if g.r.random() < 0.5:
            w("Slim::Networking::Slimproto::slimproto_close", 265, f"{name} ({mac}) disconnected", "player_disconnected")
        else:
            w("Slim::Networking::Slimproto::_hello_handler", 1010, f"{name} ({mac}) connected from {ip}", "player_connected")

    def stream_fail():
        name, mac, ip = g.c(PLAYERS)
        url = g.c(RADIO + [f"spotify://track:{g.alnum(22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}"])
        x = g.r.random()
        if x < 0.35:
            w("Slim::Player::Song::open", 425, f"stream failed to open [{url}]", "stream_failed", "WARN")
        elif x < 0.6:
            w("Slim::Player::StreamingController::_handleStreamError", 2068, f"Couldn't open stream for {url}: {g.c(['Timed out waiting for data', '404 Not Found', 'Connect timed out'])}",
              "couldnt_open_stream", "ERROR")
        elif x < 0.8:
            w("Slim::Utils::Scanner::Remote::__ANON__", 245, f"Can't connect to remote server to retrieve playlist for, {url}: Connect timed out", "cant_connect_playlist", "WARN")
        else:
            w("Slim::Player::Source::_readNextChunk", 412, f"stream error for {name}: buffer underrun", "buffer_underrun", "WARN")

    def spotty():
        name, mac, ip = g.c(PLAYERS)
        if g.r.random() < 0.6:
            w("Plugins::Spotty::Connect::DaemonManager::checkAPIConnectPlayers", 158, f"Spotty Connect daemon for {name} is no longer running, restarting", "spotty_restart", "WARN")
        else:
            w("Plugins::Spotty::API::Token::_getToken", 185, f"Failed to get Spotify access token: {g.c(['invalid_grant', 'Connection reset by peer', '503 Service Unavailable'])}",
              "spotty_token", "ERROR", extra=backtrace("Plugins::Spotty::API::Token::_getToken", "/var/lib/squeezeboxserver/cache/InstalledPlugins/Plugins/Spotty/API/Token.pm"))

    def backtrace(fn, path):
        out = [("  Backtrace:", "bt_head"), ("", "empty")]
        frames = [("Slim::Utils::Log::logBacktrace", "/usr/share/perl5/Slim/Utils/Log.pm", 528), (fn, path, g.num(100, 300)),
                  ("Slim::Utils::Timers::__ANON__", "/usr/share/perl5/Slim/Utils/Timers.pm", 283), ("Slim::Networking::Async::__ANON__", "/usr/share/perl5/Slim/Networking/Async.pm", 195),
                  ("main::idle", "/usr/sbin/squeezeboxserver", 791), ("main::main", "/usr/sbin/squeezeboxserver", 643)]
        for i, (f, p, n) in enumerate(frames):
            out.append((f"   frame {i}: {f} ({p} line {n})", "bt_frame"))
        out.append(("", "empty"))
        return out

    def podcast():
        feed = g.c(["https://feeds.br.de/radiowissen/feed.xml", "https://www.deutschlandfunk.de/nachrichten-100.xml", "https://logbuch-netzpolitik.de/feed/m4a",
                    "https://feeds.lagedernation.org/feeds/ldn-mp3.xml"])
        if g.r.random() < 0.4:
            w("Slim::Formats::XML::_gotViaHTTP", 374, f"Failed to parse feed {feed}: not well-formed (invalid token) at line {g.num(1, 900)}, column {g.num(1, 80)}, byte {g.num(1, 90000)}",
              "feed_parse_failed", "ERROR")
        else:
            w("Slim::Plugin::Podcast::Plugin::__ANON__", 254, f"Podcast: failed to fetch {feed}: {g.c(['500 Internal Server Error', 'Timed out waiting for data'])}", "podcast_fetch_failed", "ERROR")

    def perlwarn():
        perl(f"Use of uninitialized value in concatenation (.) or string at /usr/share/perl5/Slim/Player/Squeezebox2.pm line {g.c([462, 488])}.", "perl_uninit")

    def scan():
        f = g.c(["ABBA/Gold/07 - Dancing Queen.flac", "Die Aerzte/Jazz ist anders/03 - Lied vom Scheitern.mp3", "Hoerspiele/TKKG/Folge 108.mp3"])
        w("Slim::Formats::Playlists::M3U::read", 135, f"Couldn't find file referenced in playlist: /srv/music/{f}",
          "m3u_missing", "WARN")

    def tunein():
        w("Slim::Plugin::InternetRadio::TuneIn::Metadata::__ANON__", 173, f"Error fetching TuneIn metadata: {g.c(['Connect timed out', '403 Forbidden'])}", "tunein_metadata", "ERROR")

    def art():
        w("Slim::Web::ImageProxy::__ANON__", 176, f"Image proxy error: {g.c(['Connect timed out', '404 Not Found', 'Timed out waiting for data'])} "
          f"(https://i.scdn.co/image/ab67616d0000b273{g.hx(24)})", "image_proxy_error", "ERROR")

    def restart():
        w("main::stopServer", 1045, "Squeezebox Server shutting down.", "shutting_down")
        L.t += dt.timedelta(seconds=g.num(10, 120))
        start()

    start()
    ev = [(20, player), (18, stream_fail), (8, spotty), (6, podcast), (5, perlwarn), (4, scan), (6, tunein), (6, art), (0.3, restart)]
    run_mean(L, ev, 900)
    return carry_time(L, lambda r: r[0].startswith("[2"))


LOGS = [log_acme_sh, log_aix_errpt, log_authentik, log_barman, log_bitwarden, log_cgminer, log_collectd, log_dask, log_discord_bot, log_edgex, log_eggdrop,
        log_flexlm, log_graphite, log_graylog, log_handbrake, log_fabric, log_kubo, log_joomla, log_knime, log_lms]


if __name__ == "__main__":
    main(LOGS, WORK)
