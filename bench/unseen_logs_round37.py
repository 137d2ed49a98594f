#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the thirty-seventh round, 20 logs,
written 2026-12-06 by a helper that did not read LogSleuth's code; as found: 0.575. This round was
held out for two sessions (0.575, then 0.553 at the end of the second) and is worked on since.
The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and `formats` on each and
prints grouping accuracy, events against templates, the learned format and how many lines had
their time, level and component read, and read right.

Lines without a header of their own carry the time, level and component of the record they belong
to: MinKNOW's "    key: value" lines under their record's head; OrientDB's Java exception, its
"DB name" line and its "<tab>at" frames under the SEVER line; Prefect's Python tracebacks under the
ERROR line of the task run; Valetudo's Node.js error and "    at" frames under its ERROR; Zeebe's
second line ("      logger - message"), the pretty-printed configuration JSON and the exporter's
exception with its frames under the record's first line. Lines with no header at all get the time of
the last line before them that writes one (of the first after them at the start of a log) and no
level or component: the Windows DNS log's banner, field key and empty lines; Jenkins' own lines
between sbt's (sbt writes no time at all, so the time kind of that log is None, and its "completed
Dec 1, 2026, 2:00:14 AM" is text); the Salesforce export's header row takes the time of the first row
under it, and its rows run newest first. RetroArch writes no time at all (time kind None). MinKNOW,
Neovim, OrientDB ("2026-12-01 10:00:00:123", a colon before the milliseconds), Salesforce ("12/1/2026,
2:00:00 AM PST", America/Los_Angeles), Stalwart (Z), Sunshine ("[2026:12:01:10:00:00]"), Tvheadend,
Umbraco (Z), Valetudo (Z), Vector (Z), Windows DNS ("12/1/2026 10:00:00 AM"), Xonotic and Zeebe write
full dates; where a log writes local time without an offset (MinKNOW, Neovim, OrientDB, Sunshine,
Tvheadend, Windows DNS, Xonotic, Zeebe) the clock is UTC. Pterodactyl Wings ("[Dec  1 10:00:00.123]"),
Sophos' rsyslog stamp (its date= and time= fields are the same clock, GMT) and Yggdrasil's journald
stamp (Go's "2026/12/01 10:00:00" after it is the same instant) have no year at their head (noyear);
Prefect and ZNC write the time of day only (tod).

Levels are as written: MinKNOW's right-aligned word (INFO, WARNING, ERROR); Neovim's bracketed word
(DEBUG, INFO, WARN, ERROR; "[START]" stands in the level's place of a session's first line and is
taken as written); OrientDB's five letters (INFO, WARNI, SEVER: WARNING and SEVERE); Prefect's padded
word (INFO, WARNING, ERROR); Wings' right-aligned word (DEBUG, INFO, WARN, ERROR); RetroArch's
bracketed word (INFO, WARN, ERROR; "[libretro INFO]" and "[libretro WARN]" of the cores count too);
sbt's bracketed word (info, warn, error, success; Jenkins' lines have none); Sophos' priority=
(Information, Notice, Warning, Alert); Stalwart's word (INFO, WARN); Sunshine's word (Debug, Info,
Warning, Error); Tvheadend's bracketed word (INFO, WARNING); Umbraco's "@l" (Warning, Error; a line
without "@l" is Information, as its Log4NetLevel "INFO " says); Valetudo's bracketed word (DEBUG, INFO,
WARN, ERROR); Vector's word (INFO, WARN, ERROR); Zeebe's word at the end of the first line (INFO,
WARN). Salesforce, Windows DNS, Xonotic, Yggdrasil and ZNC write none. The component is MinKNOW's
name in parentheses after the message id (device, data_acquisition, protocol_manager, ...); Neovim's
source file cut to its last sixteen characters (".../vim/lsp/rpc.lua", with or without the line);
OrientDB's requester class in brackets at the end (OServer, OProfilerStub, ...; lines without one
have none); Prefect's logger (prefect.flow_runs.worker, prefect.deployment, "Flow run '...'" and
"Task run '...'"); RetroArch's second bracket (Core, Content, Video, RCHEEVOS, ...; "libretro" for
the cores' lines; the banner lines have none); Sophos' log_component (Firewall Rule, HTTP, GUI,
Client Authentication, IPSec, ...); Tvheadend's subsystem before the colon (subscription, mpegts,
dvr, htsp, epggrab, epgdb, TS, linuxdvb); Umbraco's SourceContext; Vector's target module before
the message (vector::sinks::util::retries, ...; the spans in front are not); Yggdrasil's journal
identifier (yggdrasil, systemd); Zeebe's logger on the second line (io.camunda.zeebe.broker.system,
io.atomix.raft.impl.RaftContext, ...; the actor and thread in brackets are not). Wings (server= is a
field), Salesforce, sbt, Stalwart (the event id in parentheses is part of the message), Sunshine,
Valetudo, Windows DNS (the thread id is not one), Xonotic and ZNC have none.

The true event of a line is the format string that wrote it: a value filled into a format string is
a variable (Neovim's "rpc.send" and "rpc.receive" whatever the payload, a request, a notification
or a response alike, "client.request" whatever the method; Prefect's "Finished in state Completed()"
one event of all task runs, another of the flow runs; Wings' HTTP line "%s %s" whatever the method
and path, "updated server process state" whatever the state; RetroArch's "Saving state" and "Loading
state" two events; Sunshine's "TUNNEL :: %s" whatever the tunnel, "Found %s encoder" one event;
Tvheadend's subscribing and unsubscribing lines one event each whatever the client, a DVR
subscription's too; ZNC's "<nick> text" one event whatever is said, its joins, parts, quits, nick
changes, modes, the topic, a kick and the bouncer's disconnect each their own; Xonotic's death
messages one event per weapon's sentence, its ":kill:frag" lines one event whatever the deathtype),
while two format strings that look alike are two events (Stalwart's "message-ingest.ham" and
"message-ingest.spam"; Sophos' allowed and denied firewall rows, web rows, admin logins that
succeed and fail, STAS logins, logouts and time-outs, IPsec tunnels up and down; Yggdrasil's
"Connected" and "Disconnected"; Zeebe's "Transition to %s on term %d requested." and "...
completed"; sbt's passing and failing test lines; Xonotic's ":vote:vyes" and ":vote:vno", each
":ctf:" kind; Windows DNS' packets: a client's query received, the answer sent, the query forwarded
and the forwarder's answer received, an update received and its answer sent are six events whatever
the name, type and result; RetroArch's RetroAchievements login and login failure). A structured line
belongs to its message and its set of keys: a MinKNOW record's head to its message id, each of its
"key: value" lines to its key (whatever record it stands under); a Wings line to its message and
fields; a Sophos row to its log_id (every kind of row has its own keys); a Stalwart line to its event
id; an Umbraco line to its message template and keys (the request log of a 500, which carries "@l",
another event than that of other statuses); a Vector line to its message and keys; a Salesforce row
to the kind of its Action (one event per kind of setup change, whatever user, object or value). In a
dump, banner or table each kind of line is an event: RetroArch's build banner lines (each its own,
the two rules one event); Sunshine's adapter description lines (each key its own) and its request
dumps (each header name its own, the " [--] " separator one event); the Windows DNS banner (each line
its own, the field key lines one event, the value lines under them another); Tvheadend's stream
table (the head one event, the rows one event); sbt's Scala 3 warnings (head, code, caret and message
lines one event each); Zeebe's configuration JSON (one event per key with its indentation; braces
each their own); Xonotic's score tables (the label lines each their own, the player rows one event,
the team rows one event). Java's "<tab>at" frames one event, Node's "    at" frames one event,
Python's "  File" lines one event and the source lines under them another. Wrappers are not part of
the event: Neovim's "rpc" "stderr" wrapper around clangd's and rust-analyzer's own lines (each of
those its own event), Yggdrasil's journald header in front of Go's stamp, Zeebe's first line (one
event whatever the record). Empty lines are one event per log.

usage: unseen_logs_round37.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round37)
"""
import csv
import datetime as dt
import io
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round37")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, us6, slowed, fill, checked, syslog_ts, carry_time, ms_, ctime, jts  # noqa: E402, F401

PST = dt.timezone(dt.timedelta(hours=-8))


def csv_row(values, quote_all=False):
    """One CSV row, quoted only where a field needs it (or every field)."""
    b = io.StringIO()
    csv.writer(b, lineterminator="", quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL).writerow(values)
    return b.getvalue()


def compact(obj):
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


LUA_KEYWORDS = {"and", "break", "do", "else", "elseif", "end", "false", "for", "function", "goto", "if", "in", "local", "nil", "not", "or", "repeat", "return",
                "then", "true", "until", "while"}


def lua_inspect(v):
    """vim.inspect() of a value on one line (keys sorted, as Neovim prints them with newline = '')."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, list):
        return "{}" if not v else "{ " + ", ".join(lua_inspect(x) for x in v) + " }"
    if v is None:
        return "vim.NIL"
    if not v:
        return "vim.empty_dict()"
    parts = []
    for k in sorted(v):
        ident = k.replace("_", "a").isalnum() and not k[0].isdigit() and k not in LUA_KEYWORDS
        key = k if ident else "[" + json.dumps(k) + "]"
        parts.append(f"{key} = {lua_inspect(v[k])}")
    return "{ " + ", ".join(parts) + " }"


ADJ = ["tan", "crimson", "jolly", "witty", "amber", "placid", "rustic", "silver", "lucky", "daring", "gentle", "fuzzy", "hungry", "quirky", "brave", "mellow",
       "nimble", "olive", "prudent", "sassy", "spry", "tireless", "vivid", "zealous"]
ANIMALS = ["gopher", "tortoise", "heron", "lemur", "otter", "falcon", "ibex", "marmot", "pelican", "quokka", "stoat", "tapir", "walrus", "wombat", "yak",
           "zebu", "caribou", "dingo", "hornet", "koala"]


# 1 ---------------------------------------------------------------- Oxford Nanopore MinKNOW 24.06 (the ont-standalone-minknow-release package on Ubuntu 22.04) on the lab PC of a
#   microbiology group sequencing bacterial isolates on a MinION Mk1B (native barcoding kit SQK-NBD114.24, live high-accuracy basecalling on the PC's
#   GPU), /var/log/minknow/MN41267/control_server_log-0.txt: "2026-12-01 10:00:00.123456    INFO: message_id (component)" and under it the
#   record's fields, one "    key: value" line each; flow cell checks, protocol and acquisition starts, phase changes, mux scans, channel states,
#   temperatures, POD5 files written, basecaller progress, a basecall server losing its connection, gRPC streams closed by the UI, low disk space
@checked
def log_minknow(seed):
    L = Log("minknow_control_server_log", seed, "full", True, True)
    g = L.g
    FC = ["FAY41287", "FAY39920", "FAW84116"]
    SAMPLES = ["isolates_2026_48", "kleb_outbreak_ward3", "ecoli_amr_batch7", "staph_screen_dec"]
    st = {"run": None, "fc": g.c(FC), "pod5": 0, "reads": 0, "sample": g.c(SAMPLES), "acq": None, "bc": 0}

    def rec(lv, msg, comp, kv):
        ms_(L, 0, 40)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{us6(L.t)}{lv:>8}: {msg} ({comp})", msg, lv, comp)
        for k, v in kv:
            L.emit(f"    {k}: {v}", "kv_" + k, lv, comp)

    def out_dir():
        return f"/data/{st['sample']}/{st['sample']}/{L.t:%Y%m%d}_1412_MN41267_{st['fc']}_{st['run'][:8]}"

    def start_run():
        st["fc"] = g.c(FC)
        st["sample"] = g.c(SAMPLES)
        rec("INFO", "flow_cell_discovered", "flow_cell_manager", [("flow_cell_id", st["fc"]), ("product_code", "FLO-MIN114"),
                                                                    ("asic_id_eeprom", g.HX(16)), ("wells_per_channel", 4), ("temperature_offset", g.f(-1.2, 1.2, 2))])
        rec("INFO", "flow_cell_check_finished", "hardware_check", [("flow_cell_id", st["fc"]), ("pores_available", g.num(900, 1650)),
                                                                    ("result", "pass")])
        st["run"] = g.hx(40)
        rec("INFO", "protocol_started", "protocol_manager", [("protocol_id", "sequencing/sequencing_MIN114_DNA_e8_2_400K:FLO-MIN114:SQK-NBD114-24:True"),
                                                              ("run_id", st["run"]), ("sample_id", st["sample"]), ("experiment_group", st["sample"].rsplit("_", 1)[0]),
                                                              ("output_path", out_dir())])
        st["acq"] = g.hx(40)
        rec("INFO", "data_acquisition_started", "data_acquisition", [("acquisition_run_id", st["acq"]), ("purpose", "sequencing"),
                                                                      ("sample_rate", 5000)])
        phase("PHASE_MUX_SCAN")

    def phase(p):
        rec("INFO", "protocol_phase_changed", "protocol_manager", [("run_id", st["run"]), ("phase", p)])
        if p == "PHASE_MUX_SCAN":
            L.t += dt.timedelta(minutes=g.num(4, 7))
            single = g.num(700, 1500)
            rec("INFO", "mux_scan_result", "analysis_configuration", [("single_pore", single), ("reserved_pore", g.num(0, 80)), ("unavailable", g.num(20, 300)),
                                                                       ("multiple", g.num(0, 30)), ("saturated", g.num(0, 12)), ("zero", g.num(50, 600))])
            rec("INFO", "protocol_phase_changed", "protocol_manager", [("run_id", st["run"]), ("phase", "PHASE_SEQUENCING")])

    def channels():
        rec("INFO", "channel_states", "data_acquisition", [("strand", g.num(150, 420)), ("pore", g.num(40, 300)), ("adapter", g.num(0, 12)),
                                                            ("unavailable", g.num(20, 180)), ("recovering", g.num(0, 30)), ("zero", g.num(0, 60))])

    def temps():
        rec("INFO", "asic_temperature", "device", [("asic_temperature", g.f(33.5, 35.5, 2)), ("heatsink_temperature", g.f(33.8, 34.3, 2)),
                                                   ("target", "34.00")])

    def pod5():
        bc = f"barcode{g.num(1, 24):02d}" if g.r.random() < 0.9 else "unclassified"
        kind = g.c(["pass", "pass", "pass", "fail"])
        n = st["pod5"]
        st["pod5"] += 1
        reads = 4000
        st["reads"] += reads
        rec("INFO", "pod5_file_written", "file_output", [("path", f"{out_dir()}/pod5_{kind}/{bc}/{st['fc']}_{kind}_{bc}_{st['acq'][:8]}_{n}.pod5"),
                                                         ("reads", reads), ("size_bytes", g.num(180000000, 420000000))])

    def basecall():
        rec("INFO", "basecall_progress", "basecaller", [("reads_basecalled", st["reads"] + g.num(0, 3000)), ("samples_per_second", f"{g.num(900000, 2600000)}"),
                                                        ("backlog_reads", g.num(0, 45000))])

    def warn_temp():
        rec("WARNING", "temperature_out_of_range", "device", [("heatsink_temperature", g.f(35.2, 37.0, 2)), ("target", "34.00"), ("allowed_deviation", "1.00")])

    def grpc_closed():
        rec("WARNING", "grpc_stream_closed", "rpc", [("method", g.c(["/minknow_api.acquisition.AcquisitionService/watch_current_acquisition_run",
                                                                     "/minknow_api.data.DataService/get_channel_states",
                                                                     "/minknow_api.statistics.StatisticsService/stream_acquisition_output"])),
                                                     ("peer", f"ipv4:127.0.0.1:{g.port()}"), ("status", "CANCELLED")])

    def bc_lost():
        rec("ERROR", "basecall_server_connection_lost", "basecaller", [("address", "ipc:///tmp/.guppy/5555"),
                                                                      ("error", g.c(["Timed out waiting for a reply from the basecall server",
                                                                                     "Connection refused"]))])
        L.t += dt.timedelta(seconds=g.num(5, 40))
        rec("INFO", "basecall_server_connected", "basecaller", [("address", "ipc:///tmp/.guppy/5555"), ("config", "dna_r10.4.1_e8.2_400bps_5khz_hac.cfg")])

    def disk():
        rec("WARNING", "disk_space_low", "file_manager", [("path", "/data"), ("bytes_available", g.num(40, 120) * 1000000000), ("threshold", 150000000000)])

    def mux():
        phase("PHASE_PREPARING_FOR_MUX_SCAN")
        phase("PHASE_MUX_SCAN")

    def finish():
        rec("INFO", "data_acquisition_finished", "data_acquisition", [("acquisition_run_id", st["acq"]), ("reads", st["reads"]),
                                                                       ("stop_reason", g.c(["STOPPED_PROTOCOL_ENDED", "STOPPED_USER_REQUESTED"]))])
        rec("INFO", "protocol_finished", "protocol_manager", [("run_id", st["run"]), ("state", g.c(["PROTOCOL_COMPLETED", "PROTOCOL_STOPPED_BY_USER"])),
                                                              ("duration_seconds", g.num(3600, 72 * 3600))])
        st["reads"] = 0
        st["pod5"] = 0
        L.t += dt.timedelta(minutes=g.num(20, 300))
        start_run()

    start_run()
    ev = [(30, channels), (25, temps), (22, pod5), (12, basecall), (1.5, warn_temp), (1.2, grpc_closed), (0.4, bc_lost), (0.3, disk), (1.2, mux), (0.35, finish)]
    fill(L, ev, N_LINES, 45)
    del L.rows[N_LINES:]
    return L


# 2 ---------------------------------------------------------------- ZNC 1.9.1 (the Debian 12 package, a bouncer on a small VPS) with the log module for one user on Libera.Chat,
#   `cat ~/.znc/users/erin/moddata/log/libera/#selfhosted-de/2026-12-0*.log` (ZNC's timezone UTC): "[10:00:00] <nick> text", actions, joins,
#   parts, quits with their reasons, nick changes, modes, the topic, a kick, the bouncer's own disconnects
@checked
def log_znc(seed):
    L = Log("znc_channel_log", seed, "tod")
    g = L.g
    NICKS = ["erin", "kallisti", "Tobi_", "mkoch", "jpetersen", "dustbin", "lynx", "Fraktal", "sebo", "nerdhut", "ChaosKatze", "pmeier", "hoschi",
             "ruediger", "b4rt", "Anna_K", "zockerfritz", "floh", "juno", "Wurstbrot", "qwertz", "ops-bot"]
    HOSTS = ["user/{n}", "~{n}@p5dd2{h}.dip0.t-ipconnect.de", "~{n}@{ip}", "~{n}@2a02:8109:{h}::1", "sid{d}@id-{d}.helmsley.irccloud.com",
             "~{n}@static.{d}.clients.your-server.de", "~{n}@ip-{ip}.um31.pools.vodafone-ip.de"]
    LINES = ["moin", "moin zusammen", "hat jemand schon mal Nextcloud AIO hinter Traefik laufen gehabt?", "jo, läuft bei mir seit nem Jahr",
             "die labels sind das nervige daran", "einfach den mastercontainer nicht exposen", "ich hab gerade meine Proxmox-Kiste auf 8.3 gehoben",
             "irgendwas kaputt gegangen?", "nur der ZFS-Pool war beim Boot kurz degraded, nach nem scrub wieder ok", "klingt eher nach nem kaputten SATA-Kabel",
             "immich oder photoprism?", "immich, eindeutig", "photoprism indexiert bei mir ewig", "hat jemand Erfahrung mit Pi-hole v6?",
             "die neue web ui ist ganz nett", "gravity update dauert bei mir ~2 min", "wireguard oder tailscale für den Zugang von außen?",
             "headscale wenn du es selber hosten willst", "ich mach wg-easy, reicht mir", "mein Uptime Kuma spammt seit heute Nacht",
             "DNS-Resolver tot?", "ne, der Provider hat mal wieder Wartung", "lol", "+1", "danke!", "ah ok", "hm", "gute Frage",
             "Backups nicht vergessen ;)", "restic + Hetzner Storage Box, läuft", "borgmatic hier", "hat jemand nen Tipp für nen sparsamen N100 Board?",
             "das Asrock N100DC-ITX zieht bei mir 6W idle", "aber nur 1x SATA", "Jellyfin 10.10 ist raus", "Transcoding mit QSV geht jetzt endlich sauber",
             "vaultwarden update auf 1.32.5 durch", "gibt's schon ein CVE dazu?", "siehe https://github.com/dani-garcia/vaultwarden/releases",
             "paperless-ngx frisst bei mir 2GB RAM", "tika und gotenberg abschalten wenn du das nicht brauchst", "kann man Home Assistant in LXC betreiben?",
             "geht, aber ohne Add-ons", "nimm die VM, spart Ärger", "wie macht ihr eure Zertifikate intern?", "step-ca", "Caddy mit DNS-Challenge bei Hetzner",
             "gute Nacht", "bin mal weg", "re", "wb", "Gitea oder Forgejo?", "Forgejo, die Community ist angenehmer", "Docker compose v2.31 zickt bei mir mit profiles",
             "welche Version von Traefik?", "3.2", "ah, da hat sich das Label-Format geändert", "ich hab mir ne USV geholt, APC Back-UPS 700",
             "NUT oder apcupsd?", "NUT, läuft auch mit Synology zusammen"]
    QUITS = ["Quit: Leaving", "Ping timeout: 256 seconds", "Remote host closed the connection", "Read error: Connection reset by peer", "Client Quit",
             "Quit: The Lounge - https://thelounge.chat", "Quit: ZNC - https://znc.in", "Changing host", "Quit: WeeChat 4.4.3"]
    st = {"in": set(g.r.sample(NICKS, 14)) | {"erin", "ops-bot"}}

    def ts():
        return f"[{L.t:%H:%M:%S}]"

    def mask(n):
        h = g.c(HOSTS)
        return h.format(n=n.lower().strip("_"), h=g.hx(3), ip=g.ip("pub").replace(".", "-") if "ip-" in h else g.ip("pub"), d=g.num(100000, 999999))

    def say():
        n = g.c(sorted(st["in"] - {"ops-bot"}))
        for _ in range(g.num(1, 4)):
            L.t += dt.timedelta(seconds=g.num(2, 40))
            L.emit(f"{ts()} <{n}> {g.c(LINES)}", "privmsg")
            if g.r.random() < 0.5:
                n = g.c(sorted(st["in"] - {"ops-bot"}))

    def action():
        n = g.c(sorted(st["in"]))
        L.emit(f"{ts()} * {n} {g.c(['gähnt', 'holt sich nen Kaffee', 'ist afk', 'winkt', 'rebootet den Router', 'kehrt zurück'])}", "action")

    def join():
        n = g.c(NICKS)
        if n in st["in"]:
            return
        st["in"].add(n)
        L.emit(f"{ts()} *** Joins: {n} ({mask(n)})", "join")

    def leave():
        cands = sorted(st["in"] - {"erin", "ops-bot"})
        if len(cands) < 4:
            return
        n = g.c(cands)
        st["in"].discard(n)
        if g.r.random() < 0.3:
            L.emit(f"{ts()} *** Parts: {n} ({mask(n)}) ({g.c(['', '', 'bye', 'Leaving'])})", "part")
        else:
            L.emit(f"{ts()} *** Quits: {n} ({mask(n)}) ({g.c(QUITS)})", "quit")

    def nick():
        cands = sorted(st["in"] - {"erin", "ops-bot"})
        n = g.c(cands)
        new = n.rstrip("_") if n.endswith("_") else n + g.c(["_", "|afk", "|work", "-away"])
        st["in"].discard(n)
        st["in"].add(new)
        L.emit(f"{ts()} *** {n} is now known as {new}", "nick")

    def mode():
        n = g.c(sorted(st["in"]))
        L.emit(f"{ts()} *** {g.c(['ChanServ', 'ops-bot'])} sets mode: {g.c(['+o', '+v', '-o', '+b'])} {n if g.r.random() < 0.8 else '*!*@' + g.ip('pub')}", "mode")

    def topic():
        L.emit(f"{ts()} *** {g.c(['kallisti', 'mkoch', 'ChanServ'])} changes topic to 'Selfhosting auf Deutsch | Regeln: https://selfhosted.example.org/regeln | "
               f"Nächstes Treffen: {g.num(2, 28)}.01. {g.c(['Jitsi', 'Chaostreff Köln', 'Matrix-Raum'])}'", "topic")

    def kick():
        n = g.c(sorted(st["in"] - {"erin", "ops-bot"}))
        st["in"].discard(n)
        L.emit(f"{ts()} *** {n} was kicked by {g.c(['kallisti', 'ops-bot'])} ({g.c(['spam', 'Flood', 'bitte keine Werbung hier', 'repeated join/part'])})", "kick")

    def bnc():
        L.emit(f"{ts()} *** Disconnected from IRC. Reconnecting...", "disconnected")
        L.t += dt.timedelta(seconds=g.num(10, 200))
        L.emit(f"{ts()} *** Joins: erin (~erin@user/erin)", "join")

    ev = [(45, say), (3, action), (12, join), (11, leave), (2.5, nick), (1.5, mode), (0.3, topic), (0.3, kick), (0.3, bnc)]
    fill(L, ev, N_LINES, 150)
    del L.rows[N_LINES:]
    return L


# 3 ---------------------------------------------------------------- Neovim 0.10.2 (the Arch package) on a developer's laptop with nvim-lspconfig (pyright, clangd, rust-analyzer,
#   lua_ls) and vim.lsp.set_log_level("debug") left on after an evening of debugging, ~/.local/state/nvim/lsp.log over a few editing sessions:
#   "[DEBUG][2026-12-01 10:00:00] .../vim/lsp/rpc.lua:286<tab>"rpc.send"<tab>{ ... }" (the source file cut to its last 16 characters, the
#   arguments tab-separated and vim.inspect()ed); RPC traffic, client requests, pyright's window/logMessage lines, clangd's stderr, the
#   registerCapability warning, rust-analyzer's build-data error, "[START]" at each session's first log line
@checked
def log_neovim(seed):
    L = Log("neovim_lsp_log", seed, "full", True, True)
    g = L.g
    ROOT = "/home/erin/src"
    FILES = {"pyright": [f"{ROOT}/shop/app/orders.py", f"{ROOT}/shop/app/models.py", f"{ROOT}/shop/app/api/checkout.py", f"{ROOT}/shop/tests/test_orders.py"],
             "clangd": [f"{ROOT}/fwupd-tool/src/main.c", f"{ROOT}/fwupd-tool/src/usb.c", f"{ROOT}/fwupd-tool/include/usb.h"],
             "rust_analyzer": [f"{ROOT}/tally/src/main.rs", f"{ROOT}/tally/src/db.rs", f"{ROOT}/tally/src/cli.rs"],
             "lua_ls": ["/home/erin/.config/nvim/init.lua", "/home/erin/.config/nvim/lua/plugins/lsp.lua"]}
    CMD = {"pyright": "pyright-langserver", "clangd": "/usr/bin/clangd", "rust_analyzer": "rust-analyzer", "lua_ls": "lua-language-server"}
    st = {"id": 0, "srv": "pyright", "ver": 1}

    def w(lv, src, line, args, ev):
        ms_(L, 0, 30)
        L.emit(f"[{lv}][{L.t:%Y-%m-%d %H:%M:%S}] ...{src}:{line}\t" + "\t".join(args), ev, lv, "..." + src)

    def pos():
        return {"character": g.num(0, 60), "line": g.num(0, 400)}

    def uri():
        return "file://" + g.c(FILES[st["srv"]])

    def request():
        st["id"] += 1
        i = st["id"]
        method = g.c(["textDocument/hover", "textDocument/completion", "textDocument/definition", "textDocument/signatureHelp", "textDocument/codeAction",
                      "textDocument/documentHighlight", "textDocument/semanticTokens/full/delta"])
        params = {"position": pos(), "textDocument": {"uri": uri()}}
        if method == "textDocument/completion":
            params["context"] = {"triggerKind": g.c([1, 2])}
        w("DEBUG", "m/lsp/client.lua", 676, [f'"LSP[{st["srv"]}]"', '"client.request"', str(g.num(1, 3)), json.dumps(method), lua_inspect(params), "<function 1>",
                                            str(g.num(1, 12))], "client_request")
        w("DEBUG", "/vim/lsp/rpc.lua", 286, ['"rpc.send"', lua_inspect({"id": i, "jsonrpc": "2.0", "method": method, "params": params})], "rpc_send")
        if st["srv"] == "clangd":
            stderr(f"I[{L.t:%H:%M:%S}.{ms3(L.t)}] <-- {method}({i})", "clangd_recv")
        if method == "textDocument/hover":
            res = {"contents": {"kind": "markdown", "value": g.c(["```python\n(function) def total(self) -> Decimal\n```", "```c\nint usb_open(struct usb_ctx *ctx)\n```",
                                                                     "```rust\nfn insert(&mut self, entry: Entry) -> Result<()>\n```"])},
                   "range": {"end": pos(), "start": pos()}}
        elif method == "textDocument/completion":
            res = {"isIncomplete": g.c([True, False]), "items": [{"kind": g.c([2, 3, 6, 9]), "label": g.c(["total", "items", "customer", "save", "refresh"]),
                                                                  "sortText": "09.9999." + g.c(["total", "items"])} for _ in range(g.num(1, 2))]}
        elif method == "textDocument/definition":
            res = [{"range": {"end": pos(), "start": pos()}, "uri": uri()}]
        elif method == "textDocument/semanticTokens/full/delta":
            res = {"edits": [{"data": [g.num(0, 9) for _ in range(5)], "deleteCount": g.num(0, 20), "start": g.num(0, 900)}], "resultId": str(g.num(2, 400))}
        else:
            res = None
        L.t += dt.timedelta(milliseconds=g.num(3, 400))
        if st["srv"] == "clangd":
            stderr(f"I[{L.t:%H:%M:%S}.{ms3(L.t)}] --> reply:{method}({i}) {g.num(0, 180)} ms", "clangd_reply")
        w("DEBUG", "/vim/lsp/rpc.lua", 408, ['"rpc.receive"', lua_inspect({"id": i, "jsonrpc": "2.0", "result": res} if res is not None else {"id": i, "jsonrpc": "2.0"})],
          "rpc_receive")

    def change():
        st["ver"] += 1
        ch = {"range": {"end": pos(), "start": pos()}, "rangeLength": g.num(0, 3), "text": g.c(["", "s", "e", "(", ")", "\n", "self.", "return ", "    "])}
        w("DEBUG", "/vim/lsp/rpc.lua", 286, ['"rpc.send"', lua_inspect({"jsonrpc": "2.0", "method": "textDocument/didChange",
                                                                       "params": {"contentChanges": [ch], "textDocument": {"uri": uri(), "version": st["ver"]}}})],
          "rpc_send")
        if st["srv"] == "clangd" and g.r.random() < 0.4:
            stderr(f"I[{L.t:%H:%M:%S}.{ms3(L.t)}] <-- textDocument/didChange", "clangd_notify_recv")
            stderr(f"I[{L.t:%H:%M:%S}.{ms3(L.t)}] ASTWorker building file {g.c(FILES['clangd'])} version {st['ver']} with command \n"
                   f"[{ROOT}/fwupd-tool/build]\n/usr/bin/cc -I../include -Wall -O2 -c -o src/main.o ../src/main.c", "clangd_ast")

    def diagnostics():
        diags = [{"message": g.c(['"Decimal" is not defined', "Import \"requests\" could not be resolved", "unused variable `row`",
                                  "Use of undeclared identifier 'usb_ctx_t'", "Argument of type \"str | None\" cannot be assigned to parameter \"name\""]),
                  "range": {"end": pos(), "start": pos()}, "severity": g.c([1, 2]), "source": {"pyright": "Pyright", "clangd": "clang", "rust_analyzer": "rustc",
                                                                                              "lua_ls": "Lua Diagnostics."}[st["srv"]]}
                 for _ in range(g.num(0, 2))]
        w("DEBUG", "/vim/lsp/rpc.lua", 408, ['"rpc.receive"', lua_inspect({"jsonrpc": "2.0", "method": "textDocument/publishDiagnostics",
                                                                          "params": {"diagnostics": diags, "uri": uri(), "version": st["ver"]}})], "rpc_receive")

    def logmsg():
        if st["srv"] != "pyright":
            return
        msg, ev = g.c([(f"Found {g.num(40, 400)} source files", "pyright_found"), ("No configuration file found.", "pyright_no_config"),
                       ("Assuming Python platform Linux", "pyright_platform"), (f"Background analysis({g.num(1, 2)}) root directory: "
                                                                                 "file:///home/erin/.local/share/nvim/mason/packages/pyright/node_modules/pyright/dist", "pyright_bg_root"),
                       ("Searching for source files", "pyright_searching"), ("Auto-excluding **/.venv", "pyright_autoexclude"),
                       (f"Loading pyproject.toml file at {ROOT}/shop/pyproject.toml", "pyright_pyproject")])
        w("DEBUG", "lsp/handlers.lua", 563, [json.dumps(f"LSP[pyright] {msg}")], ev)

    def stderr(text, ev):
        w("ERROR", "/vim/lsp/rpc.lua", 770, ['"rpc"', json.dumps(CMD["clangd"]), '"stderr"', json.dumps(text + "\n")], ev)

    def open_file():
        st["srv"] = g.c(["pyright", "pyright", "clangd", "rust_analyzer", "lua_ls"])
        st["ver"] = 0
        w("DEBUG", "/vim/lsp/rpc.lua", 286, ['"rpc.send"', lua_inspect({"jsonrpc": "2.0", "method": "textDocument/didOpen",
                                                                       "params": {"textDocument": {"languageId": {"pyright": "python", "clangd": "c", "rust_analyzer": "rust",
                                                                                                                  "lua_ls": "lua"}[st["srv"]],
                                                                                                   "text": "...", "uri": uri(), "version": 0}}})], "rpc_send")
        if st["srv"] == "clangd":
            stderr(f"I[{L.t:%H:%M:%S}.{ms3(L.t)}] <-- textDocument/didOpen", "clangd_notify_recv")

    def session():
        L.t += dt.timedelta(minutes=g.num(20, 400))
        L.emit(f"[START][{L.t:%Y-%m-%d %H:%M:%S}] LSP logging initiated", "start", "START", None)
        for srv in g.r.sample(["pyright", "clangd", "rust_analyzer", "lua_ls"], g.num(1, 2)):
            st["srv"] = srv
            w("INFO", "/vim/lsp/rpc.lua", 662, ['"Starting RPC client"', lua_inspect({"args": ["--stdio"] if srv == "pyright" else [], "cmd": CMD[srv],
                                                                                    "extra": {"cwd": ROOT + "/" + {"pyright": "shop", "clangd": "fwupd-tool",
                                                                                                                   "rust_analyzer": "tally", "lua_ls": "nvim"}[srv]}})],
              "starting_rpc")
            st["id"] = 0
            w("DEBUG", "/vim/lsp/rpc.lua", 286, ['"rpc.send"', lua_inspect({"id": 1, "jsonrpc": "2.0", "method": "initialize",
                                                                           "params": {"processId": g.num(2000, 90000), "rootUri": "file://" + ROOT, "trace": "off"}})],
              "rpc_send")
            w("INFO", "/lua/vim/lsp.lua", 1312, [f'"LSP[{srv}]"', '"server_capabilities"', lua_inspect({"server_capabilities": {
                "completionProvider": {"resolveProvider": True, "triggerCharacters": [".", "["]}, "hoverProvider": True, "definitionProvider": True,
                "textDocumentSync": {"change": 2, "openClose": True, "save": {"includeText": False}}}})], "server_capabilities")
            if srv == "pyright":
                w("WARN", "lsp/handlers.lua", 626, ['"The language server pyright triggers a registerCapability handler for workspace/didChangeWatchedFiles '
                                                    'despite dynamicRegistration set to false. Report upstream, this warning is harmless"'], "register_capability")
            if srv == "rust_analyzer" and g.r.random() < 0.5:
                w("ERROR", "/vim/lsp/rpc.lua", 770, ['"rpc"', '"rust-analyzer"', '"stderr"', json.dumps(
                    "[ERROR rust_analyzer::main_loop] FetchBuildDataError:\nerror: failed to run custom build command for `openssl-sys v0.9.104`\n")],
                    "ra_build_data_error")
            open_file()

    def exit_():
        w("INFO", "m/lsp/client.lua", 677, ['"exit_handler"', lua_inspect([{"_log_prefix": f"LSP[{st['srv']}]", "attached_buffers": {str(g.num(1, 30)): True},
                                                                            "id": g.num(1, 4), "name": st["srv"]}])], "exit_handler")

    session()
    ev = [(30, request), (35, change), (14, diagnostics), (4, logmsg), (3, open_file), (0.6, exit_), (0.7, session)]
    fill(L, ev, N_LINES, 4)
    del L.rows[N_LINES:]
    return L


# 4 ---------------------------------------------------------------- OrientDB 3.2.34 Community (the orientdb:3.2.34 image, one server, plocal databases "inventory" and "graphs")
#   behind a warehouse's stock and routing service, /orientdb/log/orient-server.log.0 in OrientDB's own format: "2026-12-01 10:00:00:123 INFO
#   message [Requester]" (the level cut to five letters: INFO, WARNI, SEVER; the requester class at the end, not always written); start-ups,
#   large result set warnings, client connections reset with their Java stack traces, storage exceptions, automatic backups, index rebuilds
@checked
def log_orientdb(seed):
    L = Log("orientdb_server_log", seed, "full", True, True)
    g = L.g
    DBS = ["inventory", "graphs"]
    VER = "3.2.34 (build 2fbf9e0f6a5c41b7c9f2ecb5b0c7c8b1f7f3f0a1, branch 3.2.x)"
    LV = {"INFO": ("INFO ", "INFO"), "WARNING": ("WARNI", "WARNING|WARNI"), "SEVERE": ("SEVER", "SEVERE|SEVER")}

    def w(lv, msg, req, ev):
        ms_(L, 0, 50)
        five, truth = LV[lv]
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}:{ms3(L.t)} {five} {msg}" + (f" [{req}]" if req else ""), ev, truth, req)
        return truth, req

    def raw(text, ev, lv, req):
        L.emit(text, ev, lv, req)

    def startup():
        w("INFO", "Loading configuration from: /orientdb/config/orientdb-server-config.xml...", "OServerConfigurationLoaderXml", "loading_config")
        w("INFO", f"OrientDB Server v{VER} is starting up...", "OServer", "starting_up")
        heap = g.c([2048, 4096])
        w("INFO", f"OrientDB config DISKCACHE={g.num(8000, 20000):,}MB (heap={heap:,}MB direct=524,288MB os=31,834MB)", "orientechnologies", "config_diskcache")
        w("INFO", "System is started under an effective user : `root`", "OEngineLocalPaginated", "effective_user")
        w("INFO", "Databases directory: /orientdb/databases", "OServer", "databases_dir")
        for db in DBS:
            w("INFO", f"Direct IO for WAL located in /orientdb/databases/{db} is allowed with block size 4096 bytes.", "OCASDiskWriteAheadLog", "direct_io")
            w("INFO", f"Page size for WAL located in /orientdb/databases/{db} is set to 4096 bytes.", "OCASDiskWriteAheadLog", "wal_page_size")
            w("INFO", f"Storage 'plocal:/orientdb/databases/{db}' is opened under OrientDB distribution : {VER}", "OLocalPaginatedStorage", "storage_opened")
        w("INFO", "Listening binary connections on 0.0.0.0:2424 (protocol v.38, socket=default)", "OServerNetworkListener", "listening_binary")
        w("INFO", "Listening http connections on 0.0.0.0:2480 (protocol v.10, socket=default)", "OServerNetworkListener", "listening_http")
        w("INFO", "Installing dynamic plugin 'orientdb-studio-3.2.34.zip'...", "OServerPluginManager", "installing_plugin")
        w("INFO", f"Scheduled [FULL_BACKUP] task : /orientdb/backup. Next execution will be {(L.t + dt.timedelta(days=1)):%Y-%m-%d} 02:00:00",
          "OAutomaticBackup", "backup_scheduled")
        w("INFO", "OrientDB Studio available at http://172.18.0.3:2480/studio/index.html", "OServer", "studio")
        w("INFO", f"OrientDB Server is active v{VER}.", "OServer", "server_active")

    def large():
        q = g.c([f"SELECT FROM Item WHERE warehouse = '{g.c(['DUS1', 'HAM2', 'LEJ1'])}'", "SELECT expand(out('STORED_IN')) FROM Location",
                 f"SELECT FROM StockMovement WHERE createdAt > date('{(L.t - dt.timedelta(days=g.num(1, 30))):%Y-%m-%d}', 'yyyy-MM-dd')",
                 "MATCH {class: Route, as: r}-HAS_STOP->{as: s} RETURN r.code, s.name", "select * from Pallet"])
        w("WARNING", f"Query '{q}' returned a result set with more than 10000 records. Check if you really need all these records, or reduce the resultset "
                     "by using a LIMIT to improve both performance and used RAM", "OProfilerStub", "large_resultset")

    def conn_reset():
        lv, req = w("SEVERE", "Error on client connection", "ONetworkProtocolBinary", "client_error")
        raw(f"java.net.SocketException: {g.c(['Connection reset', 'Broken pipe (Write failed)'])}", "exc_socket", lv, req)
        for f in ["java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:318)", "java.base/sun.nio.ch.NioSocketImpl.read(NioSocketImpl.java:346)",
                  "java.base/java.net.Socket$SocketInputStream.read(Socket.java:1099)",
                  "com.orientechnologies.orient.enterprise.channel.binary.OChannelBinary.readByte(OChannelBinary.java:68)",
                  "com.orientechnologies.orient.server.network.protocol.binary.ONetworkProtocolBinary.execute(ONetworkProtocolBinary.java:206)",
                  "com.orientechnologies.common.thread.OSoftThread.run(OSoftThread.java:68)"]:
            raw(f"\tat {f}", "java_at", lv, req)

    def storage_exc():
        db = g.c(DBS)
        lv, req = w("SEVERE", f"Exception `{g.HX(8)}` in storage `plocal:/orientdb/databases/{db}`: {VER}", "OLocalPaginatedStorage", "storage_exception")
        raw(f"com.orientechnologies.orient.core.exception.ORecordNotFoundException: The record with id '#{g.num(20, 60)}:{g.num(0, 90000)}' was not found",
            "exc_record_not_found", lv, req)
        raw(f"\tDB name=\"{db}\"", "exc_db_name", lv, req)
        for f in ["com.orientechnologies.orient.core.storage.impl.local.OAbstractPaginatedStorage.readRecord(OAbstractPaginatedStorage.java:4531)",
                  "com.orientechnologies.orient.core.db.document.ODatabaseDocumentEmbedded.executeReadRecord(ODatabaseDocumentEmbedded.java:1003)",
                  "com.orientechnologies.orient.core.db.document.ODatabaseDocumentAbstract.load(ODatabaseDocumentAbstract.java:712)",
                  "com.orientechnologies.orient.core.sql.executor.FetchFromRidsStep$1.next(FetchFromRidsStep.java:62)"]:
            raw(f"\tat {f}", "java_at", lv, req)

    def lock_timeout():
        db = g.c(DBS)
        w("WARNING", f"{{db={db}}} Timeout on acquiring exclusive lock against resource of class: class com.orientechnologies.orient.core.storage.cache."
                     f"OCachePointer with timeout={g.c([5000, 10000])}", "OComponentOperationsFreezer", "lock_timeout")

    def backup():
        for db in DBS:
            f = f"/orientdb/backup/{db}-{L.t:%Y%m%d%H%M%S}.zip"
            w("INFO", f"Exporting database '{db}' to: {f}", "OAutomaticBackup", "backup_exporting")
            L.t += dt.timedelta(seconds=g.num(20, 400))
            w("INFO", f"Backup of database '{db}' completed in {g.num(20000, 400000)}ms", "OAutomaticBackup", "backup_completed")

    def rebuild():
        db = g.c(DBS)
        idx = g.c(["Item.sku", "StockMovement.createdAt", "Location.code", "Route.code", "Pallet.sscc"])
        w("INFO", f"{{db={db}}} Rebuilding index '{idx}'...", None, "rebuild_start")
        L.t += dt.timedelta(seconds=g.num(2, 120))
        w("INFO", f"{{db={db}}} Index '{idx}' was successfully rebuilt and now contains {g.num(1000, 4000000)} records", None, "rebuild_done")

    def memory():
        w("WARNING", f"Not enough physical memory available for DISKCACHE: {g.num(8000, 20000):,}MB (heap=2,048MB). Set lower Maximum Heap (-Xmx setting on JVM) "
                     f"and restart OrientDB. Now running with DISKCACHE={g.c([256, 512, 1024])}MB", "orientechnologies", "not_enough_memory")

    def shutdown():
        w("INFO", "Received signal: SIGTERM", "OSignalHandler", "signal")
        w("INFO", "OrientDB Server is shutting down...", "OServer", "shutting_down")
        for db in DBS:
            w("INFO", f"{{db={db}}} Storage 'plocal:/orientdb/databases/{db}' closed", "OLocalPaginatedStorage", "storage_closed")
        w("INFO", "OrientDB Engine shutdown complete", "Orient", "engine_shutdown")
        w("INFO", "OrientDB Server shutdown complete", "OServer", "shutdown_complete")
        L.t += dt.timedelta(seconds=g.num(10, 90))
        startup()

    startup()
    ev = [(40, large), (9, conn_reset), (2, storage_exc), (10, lock_timeout), (1, backup), (3, rebuild), (1, memory), (0.6, shutdown)]
    fill(L, ev, N_LINES, 120)
    del L.rows[N_LINES:]
    return L


# 5 ---------------------------------------------------------------- Prefect 3.1 process worker (`prefect worker start --pool etl-pool` under systemd, a self-hosted Prefect server) of
#   a retailer's data team, `journalctl -u prefect-worker -o cat`: Prefect's console format "10:00:00.123 | INFO    | logger - message" (time of
#   day only, the logger a dotted name or "Flow run 'name'" / "Task run 'name'"); flow runs submitted and finished, the git pull step, the flows'
#   own log lines, task retries after HTTP 503s, a warehouse outage failing a run with its Python tracebacks
@checked
def log_prefect(seed):
    L = Log("prefect_worker_journal", seed, "tod", True, True)
    g = L.g
    WID = g.uuid()
    FLOWS = {"nightly-etl": ["extract_orders", "extract_refunds", "transform_orders", "load_warehouse"],
             "sync-crm-contacts": ["fetch_page", "upsert_contacts"],
             "refresh-dashboards": ["refresh_extract", "notify_slack"],
             "ingest-sensor-files": ["list_new_files", "parse_file", "write_parquet"]}

    def w(lv, logger, msg, ev, comp=None):
        ms_(L, 1, 400)
        L.emit(f"{L.t:%H:%M:%S}.{ms3(L.t)} | {lv:<7} | {logger} - {msg}", ev, lv, comp or logger)

    def raw(text, ev, lv, comp):
        L.emit(text, ev, lv, comp)

    def tb(lv, comp, frames, last, last_ev):
        raw("Traceback (most recent call last):", "py_traceback", lv, comp)
        for path, line, fn, code in frames:
            raw(f'  File "{path}", line {line}, in {fn}', "py_file", lv, comp)
            raw(f"    {code}", "py_code", lv, comp)
        raw(last, last_ev, lv, comp)

    def run_name():
        return f"{g.c(ADJ)}-{g.c(ANIMALS)}"

    def task_name(t):
        return f"{t}-{g.hx(3)}"

    def flow():
        name = g.c(["ingest-sensor-files"] * 5 + ["sync-crm-contacts"] * 3 + ["refresh-dashboards"] * 2 + ["nightly-etl"])
        fid = g.uuid()
        rn = run_name()
        W = "prefect.flow_runs.worker"
        FR = f"Flow run '{rn}'"
        w("INFO", W, f"Worker 'ProcessWorker {WID}' submitting flow run '{fid}'", "submitting")
        w("INFO", W, "Opening process...", "opening_process")
        w("INFO", W, f"Completed submission of flow run '{fid}'", "completed_submission")
        pid = g.num(20000, 99999)
        L.t += dt.timedelta(seconds=g.num(2, 6))
        w("INFO", "prefect.deployment", "Cloned repository 'https://git.internal.example.com/data/prefect-flows.git' into 'prefect-flows-main'", "cloned_repo")
        w("INFO", FR, f"Beginning flow run '{rn}' for flow '{name}'", "beginning_flow", "Flow run")
        w("INFO", FR, f"View at http://prefect.internal:4200/runs/flow-run/{fid}", "view_at", "Flow run")
        failed = False
        for t in FLOWS[name]:
            reps = g.num(2, 12) if t in ("fetch_page", "parse_file") else 1
            for k in range(reps):
                tn = task_name(t)
                TR = f"Task run '{tn}'"
                L.t += dt.timedelta(seconds=g.num(0, 20))
                if t == "fetch_page":
                    if g.r.random() < 0.08:
                        w("ERROR", TR, f"Task run failed with exception: HTTPStatusError(\"Server error '503 Service Unavailable' for url "
                                       f"'https://api.crm.example.com/v2/contacts?page={k + 1}&per_page=200'\\nFor more information check: "
                                       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/503\") - Retry 1/3 will start 10 second(s) from now", "task_retry", "Task run")
                        w("INFO", TR, "Received non-final state 'AwaitingRetry' when proposing final state 'Failed' and will attempt to run again...",
                          "awaiting_retry", "Task run")
                        L.t += dt.timedelta(seconds=10)
                    w("INFO", TR, f"Fetched page {k + 1} ({g.num(1, 200)} contacts)", "fetched_page", "Task run")
                elif t == "parse_file":
                    f = f"/data/incoming/sensor-{g.num(1, 24):02d}/{(L.t - dt.timedelta(minutes=g.num(1, 30))):%Y-%m-%dT%H%M}.csv"
                    if g.r.random() < 0.06:
                        w("WARNING", TR, f"Skipping {f}: file is still being written", "skipping_file", "Task run")
                    else:
                        w("INFO", TR, f"Parsed {f}: {g.num(300, 3600)} rows, {g.c([0, 0, 0, 1, 2, 7])} bad lines", "parsed_file", "Task run")
                elif t.startswith("extract"):
                    w("INFO", TR, f"Extracted {g.num(100, 40000)} rows from shop.{t.split('_')[1]} since {(L.t - dt.timedelta(days=1)):%Y-%m-%d}", "extracted", "Task run")
                elif t == "list_new_files":
                    w("INFO", TR, f"Found {g.num(0, 24)} new files under /data/incoming", "found_files", "Task run")
                elif t == "upsert_contacts":
                    w("INFO", TR, f"Upserted {g.num(200, 2400)} contacts, {g.num(0, 40)} skipped (no email)", "upserted", "Task run")
                elif t == "refresh_extract":
                    w("INFO", TR, f"Refreshed {g.num(6, 19)} dashboards in {g.f(4, 90, 1)}s", "refreshed", "Task run")
                elif t == "load_warehouse" and g.r.random() < 0.25:
                    failed = True
                    err = "connection failed: connection to server at \"10.20.0.15\", port 5432 failed: Connection refused"
                    w("ERROR", TR, f"Task run failed with exception: OperationalError('{err}') - Retries are exhausted", "task_failed_exc", "Task run")
                    tb("ERROR", "Task run", [("/opt/prefect/venv/lib/python3.12/site-packages/prefect/task_engine.py", 805, "run_context", "yield self"),
                                             ("/opt/prefect/venv/lib/python3.12/site-packages/prefect/task_engine.py", 1387, "run_task_sync",
                                              "engine.call_task_fn(txn)"),
                                             ("/opt/prefect/flows/prefect-flows-main/etl/nightly.py", 88, "load_warehouse",
                                              "with psycopg.connect(WAREHOUSE_DSN) as conn:"),
                                             ("/opt/prefect/venv/lib/python3.12/site-packages/psycopg/connection.py", 119, "connect",
                                              "raise last_ex.with_traceback(None)")],
                       f"psycopg.OperationalError: {err}", "exc_operational")
                    w("ERROR", TR, f"Finished in state Failed('Task run encountered an exception OperationalError: {err}')", "task_finished_failed", "Task run")
                    w("ERROR", FR, f"Finished in state Failed('Flow run encountered an exception: OperationalError: {err}')", "flow_finished_failed", "Flow run")
                    break
                elif t in ("write_parquet", "load_warehouse", "transform_orders"):
                    w("INFO", TR, f"Wrote {g.num(100, 40000)} rows to {g.c(['s3://acme-lake/sensors/', 'analytics.fct_orders', 'analytics.stg_orders'])} in {g.f(0.3, 40, 1)}s",
                      "wrote_rows", "Task run")
                w("INFO", TR, "Finished in state Completed()", "task_completed", "Task run")
            if failed:
                break
        if not failed:
            w("INFO", FR, "Finished in state Completed()", "flow_completed", "Flow run")
            L.t += dt.timedelta(seconds=1)
            w("INFO", W, f"Process {pid} exited cleanly.", "exited_cleanly")
        else:
            L.t += dt.timedelta(seconds=1)
            w("ERROR", W, f"Process {pid} exited with status code: 1", "exited_status")

    def started():
        w("INFO", "prefect.flow_runs.worker", f"Worker 'ProcessWorker {WID}' started!", "worker_started")

    started()
    fill(L, [(1, flow)], N_LINES, 240)
    del L.rows[N_LINES:]
    return L


# 6 ---------------------------------------------------------------- Pterodactyl Wings 1.11.13 (the game-server daemon of a small hosting community's node, Ubuntu 22.04, Docker 27,
#   eleven servers: Minecraft Paper and Forge, Valheim, Rust, a Satisfactory and two Discord bots), /var/log/pterodactyl/wings.log with the
#   apex/log CLI handler: " INFO: [Dec  1 10:00:00.123] message key=value ..." (level right-aligned, no year, the fields sorted by key);
#   the panel's HTTP calls, power actions, image pulls, state changes, SFTP logins, backups, console throttling, crashes, websocket errors
@checked
def log_wings(seed):
    L = Log("pterodactyl_wings_log", seed, "noyear", True, False)
    g = L.g
    SRV = [g.uuid() for _ in range(11)]
    IMG = ["ghcr.io/pterodactyl/yolks:java_21", "ghcr.io/pterodactyl/yolks:java_17", "ghcr.io/parkervcp/steamcmd:debian", "ghcr.io/parkervcp/yolks:nodejs_20",
           "ghcr.io/parkervcp/games:rust", "ghcr.io/parkervcp/yolks:python_3.12"]
    PANEL = "203.0.113.40"

    def val(v):
        v = str(v)
        return json.dumps(v) if (" " in v or v == "" or '"' in v) else v

    def w(lv, msg, ev, **kv):
        ms_(L, 0, 200)
        f = "".join(f" {k}={val(kv[k])}" for k in sorted(kv))
        L.emit(f"{lv:>5}: [{L.t:%b} {L.t.day:>2} {L.t:%H:%M:%S}.{ms3(L.t)}] {msg}{f}", ev, lv)

    def http():
        s = g.c(SRV)
        path = g.c([f"/api/servers/{s}", f"/api/servers/{s}/logs", f"/api/servers/{s}/files/list-directory", f"/api/servers/{s}/files/contents",
                    f"/api/servers/{s}/power", f"/api/servers/{s}/commands", "/api/system", f"/api/servers/{s}/ws"])
        m = "POST" if path.endswith(("power", "commands")) else "GET"
        code = 204 if m == "POST" else g.c([200] * 12 + [404, 101] if path.endswith("ws") else [200] * 15 + [404])
        w("DEBUG", f"{m} {path}", "http_request", client_ip=PANEL if g.r.random() < 0.7 else g.ip("pub"),
          latency=f"{g.f(0.1, 80, 6)}ms", status=code)

    def power():
        s = g.c(SRV)
        act = g.c(["start", "start", "restart", "stop", "kill"])
        w("INFO", "processing power event", "power_event", action=act, server=s)
        if act in ("start", "restart"):
            if act == "restart":
                w("INFO", "updated server process state", "state_changed", server=s, state="stopping")
                L.t += dt.timedelta(seconds=g.num(2, 20))
                w("INFO", "updated server process state", "state_changed", server=s, state="offline")
            img = g.c(IMG)
            w("INFO", "checking server disk space usage, this could take a few seconds...", "disk_check", server=s)
            w("INFO", "pulling docker image... this could take a bit of time", "pulling", image=img, server=s)
            L.t += dt.timedelta(seconds=g.num(1, 30))
            w("INFO", "finished pulling docker container image", "pulled", image=img, server=s)
            w("INFO", "updated server process state", "state_changed", server=s, state="starting")
            L.t += dt.timedelta(seconds=g.num(5, 120))
            w("INFO", "updated server process state", "state_changed", server=s, state="running")
        else:
            w("INFO", "updated server process state", "state_changed", server=s, state="stopping")
            L.t += dt.timedelta(seconds=g.num(1, 30))
            w("INFO", "updated server process state", "state_changed", server=s, state="offline")

    def sftp():
        s = g.c(SRV)
        user = f"{g.c(['maxi', 'kev', 'lena', 'tschosef', 'admin', 'moddy'])}.{s[:8]}"
        if g.r.random() < 0.15:
            w("WARN", "failed to validate user credentials (invalid username or password)", "sftp_invalid", ip=f"{g.ip('pub')}:{g.port()}", username=user)
        else:
            w("INFO", "validated credentials for SFTP user", "sftp_ok", ip=f"{g.ip('pub')}:{g.port()}", server=s, subuser=g.c(["true", "false"]), username=user)

    def backup():
        s = g.c(SRV)
        b = g.uuid()
        w("INFO", "starting backup process for server", "backup_start", adapter="wings", backup=b, server=s)
        L.t += dt.timedelta(seconds=g.num(10, 600))
        if g.r.random() < 0.1:
            w("ERROR", "failed to generate server backup", "backup_failed", backup=b, error="write /var/lib/pterodactyl/backups/" + b + ".tar.gz: no space left on device",
              server=s)
        else:
            w("INFO", "completed backup process for server", "backup_done", backup=b, checksum=g.hx(40), server=s, size=g.num(10 ** 7, 6 * 10 ** 10))

    def throttle():
        w("WARN", "server is outputting console data too quickly -- throttling...", "throttle", server=g.c(SRV))

    def crash():
        s = g.c(SRV)
        w("INFO", "updated server process state", "state_changed", server=s, state="offline")
        w("INFO", "detected server as entering a crashed state; running crash handler", "crash_detected", server=s)
        if g.r.random() < 0.3:
            w("INFO", "not restarting server after crash; server was detected as crashing within the last 60 seconds", "crash_no_restart", server=s)
        else:
            w("INFO", "updated server process state", "state_changed", server=s, state="starting")

    def ws_err():
        w("ERROR", "failed to send websocket message", "ws_error", error=g.c(["websocket: close sent", "write tcp 172.18.0.1:8080->" + g.ip("pub") + f":{g.port()}: "
                                                                            "write: broken pipe"]), server=g.c(SRV))

    def boot():
        w("INFO", "loading configuration from file", "loading_config", config_file="/etc/pterodactyl/config.yml")
        w("INFO", "configured wings with system timezone", "timezone", timezone="UTC")
        w("INFO", "checking for pterodactyl system user", "system_user", username="pterodactyl")
        w("INFO", "configured system user successfully", "system_user_ok", gid=988, uid=988, username="pterodactyl")
        w("INFO", "fetching list of servers from API", "fetching_servers")
        w("INFO", "processing servers returned by the API", "processing_servers", total_servers=len(SRV))
        w("INFO", "finished processing server configurations", "finished_servers", duration=f"{g.f(40, 900, 6)}ms")
        w("INFO", "configuring system crons", "crons", interval="1m0s", subsystem="cron")
        w("INFO", "starting cron processes", "cron_start", subsystem="cron")
        w("INFO", "configuring internal webserver", "webserver", host_address="0.0.0.0", host_port=8080, use_auto_tls="false", use_ssl="true")
        w("INFO", "sftp server listening for connections", "sftp_listen", listen="0.0.0.0:2022", public_key="ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI"
          + g.alnum(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))
        w("INFO", "updating server states on Panel: marking installing/restoring servers as normal", "states_normal")

    boot()
    ev = [(60, http), (6, power), (7, sftp), (2, backup), (2, throttle), (1, crash), (2, ws_err), (0.2, boot)]
    fill(L, ev, N_LINES, 30)
    del L.rows[N_LINES:]
    return L


# 7 ---------------------------------------------------------------- RetroArch 1.19.1 (RetroPie 4.8 on a Raspberry Pi 5 under a living-room TV), the `--verbose` output of an evening
#   of games that the family's launch script appends to ~/retroarch-sessions.log: "[INFO] [Content]: message" (no time at all), the cores' own
#   "[libretro INFO] ..." lines; per game the build banner, drivers, the core and content loaded, video and audio set up, pads configured,
#   RetroAchievements login and unlocks, save states and SRAM, screenshots, a missing BIOS, unloading
@checked
def log_retroarch(seed):
    L = Log("retroarch_verbose_sessions", seed, None, True, True)
    g = L.g
    R = "/home/pi/RetroPie/roms"
    GAMES = [("snes", "snes9x", "Super Metroid (USA).sfc", (256, 224, "1.143", "60.10", "32040.00")),
             ("snes", "snes9x", "Chrono Trigger (USA).sfc", (256, 224, "1.143", "60.10", "32040.00")),
             ("megadrive", "genesis_plus_gx", "Sonic The Hedgehog 2 (World).md", (320, 224, "1.429", "59.92", "44100.00")),
             ("gba", "mgba", "Pokemon - Emerald Version (USA, Europe).gba", (240, 160, "1.500", "59.73", "32768.00")),
             ("psx", "pcsx_rearmed", "Crash Bandicoot (USA).chd", (320, 240, "1.333", "59.94", "44100.00")),
             ("n64", "mupen64plus_next", "Mario Kart 64 (USA).z64", (640, 480, "1.333", "60.00", "33600.00")),
             ("nes", "fceumm", "Super Mario Bros. 3 (USA).nes", (256, 240, "1.306", "60.10", "48000.00"))]
    PADS = [("8BitDo Pro 2", "2dc8/6003"), ("Xbox Wireless Controller", "045e/0b13"), ("Sony Interactive Entertainment Wireless Controller", "054c/09cc")]

    def w(lv, comp, msg, ev):
        L.emit(f"[{lv}] [{comp}]: {msg}", ev, lv, comp)

    def core(msg, ev, lv="INFO"):
        L.emit(f"[libretro {lv}] {msg}", ev, lv, "libretro")

    def session():
        sysname, c, rom, (wd, ht, asp, fps, rate) = g.c(GAMES)
        path = f"{R}/{sysname}/{rom}"
        base = path.rsplit(".", 1)[0]
        for msg, ev in [("RetroArch 1.19.1 (Git 2ef8c5b)", "banner_version"), ("=== Build =======================================", "banner_build"),
                        ("CPU Model Name: Cortex-A76", "banner_cpu"), ("Capabilities:  NEON ASIMD", "banner_caps"), ("Built: Oct 24 2024", "banner_built"),
                        ("Version: 1.19.1", "banner_ver"), ("Git: 2ef8c5b", "banner_git"), ("=================================================", "banner_rule")]:
            L.emit(f"[INFO] {msg}", ev, "INFO", None)
        w("INFO", "Input", 'Found input driver: "udev".', "input_driver")
        w("INFO", "Core", f'Loading dynamic libretro core from: "/opt/retropie/libretrocores/lr-{c.replace("_", "-")}/{c}_libretro.so"', "loading_core")
        w("INFO", "Overrides", f'No core-specific overrides found at "/opt/retropie/configs/{sysname}/{c}.cfg".', "no_overrides")
        w("INFO", "Remaps", f'Remap file not found: "/opt/retropie/configs/{sysname}/remaps/{c}/{c}.rmp".', "no_remap")
        w("INFO", "Environ", "SET_PIXEL_FORMAT: RGB565.", "pixel_format")
        if sysname == "psx" and g.r.random() < 0.3:
            core("no BIOS files found.", "core_no_bios", "WARN")
            w("WARN", "Core", 'Core requires a BIOS: "scph5501.bin" not found in system directory.', "bios_missing")
        w("INFO", "Content", f'Loading content file: "{path}".', "loading_content")
        if c == "snes9x":
            core(f'"{rom.split(" (")[0].upper()[:21]}" [checksum ok] {g.c(["LoROM", "HiROM"])}, {g.c([24, 32])}Mbits, ROM+RAM+BAT, NTSC, SRAM:64Kbits, ID:{g.HX(4)}, '
                 f"CRC32:{g.HX(8)}", "core_snes_rom")
        elif c == "mupen64plus_next":
            core("[mupen64plus] Using CPU core: Dynamic Recompiler", "core_n64_cpu")
            core(f"[mupen64plus] Goodname: {rom.rsplit('.', 1)[0]}", "core_n64_goodname")
            core(f"[mupen64plus] CRC: {g.HX(8)} {g.HX(8)}", "core_n64_crc")
        elif c == "mgba":
            core("Loading patch file", "core_mgba_patch")
            core("GBA BIOS not found; using internal", "core_mgba_bios")
        w("INFO", "Content", "Content loaded.", "content_loaded")
        w("INFO", "Core", f"Geometry: {wd}x{ht}, Aspect: {asp}, FPS: {fps}, Sample rate: {rate} Hz.", "geometry")
        w("INFO", "Video", f"Set video size to: {g.c(['1920x1080', '3840x2160'])}.", "video_size")
        w("INFO", "EGL", "Found EGL client version >= 1.4, trying eglGetPlatformDisplayEXT(0x31d7)", "egl")
        w("INFO", "GL", "Vendor: Broadcom, Renderer: V3D 7.1.", "gl_vendor")
        w("INFO", "GL", "Version: OpenGL ES 3.1 Mesa 23.2.1-1~bpo12+rpt3.", "gl_version")
        w("INFO", "Shader driver", "Using GLSL shader backend.", "glsl_backend")
        if g.r.random() < 0.4:
            w("INFO", "Shaders", f'Applying shader: "/home/pi/.config/retroarch/shaders/crt/{g.c(["crt-pi.glslp", "zfast-crt.glslp"])}".', "applying_shader")
        w("INFO", "Audio", f"Set audio input rate to: {float(rate) * g.r.uniform(0.998, 1.002):.2f} Hz.", "audio_rate")
        w("INFO", "ALSA", "Using floating point format.", "alsa_float")
        for port in range(g.num(1, 2)):
            p, vid = g.c(PADS)
            w("INFO", "Joypad", f'Found pad: "{p}" on port #{port}.', "found_pad")
            w("INFO", "Autoconf", f'"{p}" ({vid}) in port {port + 1}.', "autoconf")
        w("INFO", "SRAM", f'Loading RAM type #0 (SRAM) from "{base}.srm".', "sram_load")
        if g.r.random() < 0.9:
            w("INFO", "RCHEEVOS", 'Logged in as "lena_plays".', "cheevos_login")
        else:
            w("ERROR", "RCHEEVOS", "Login failed: Invalid username/password combination. Please retry.", "cheevos_login_failed")
        w("INFO", "RCHEEVOS", f"Identified game: {g.num(1, 30000)}", "cheevos_identified")
        L.t += dt.timedelta(minutes=1)
        ssize = g.num(300000, 16000000)
        for _ in range(g.num(3, 30)):
            k = g.r.random()
            if k < 0.35:
                n = g.num(0, 9)
                w("INFO", "State", f'Saving state "{base}.state{n if n else ""}", {ssize} bytes.', "state_saving")
            elif k < 0.55:
                n = g.num(0, 9)
                w("INFO", "State", f'Loading state "{base}.state{n if n else ""}", {ssize} bytes.', "state_loading")
            elif k < 0.75:
                w("INFO", "RCHEEVOS", f"Awarding achievement {g.num(1000, 400000)}: {g.c(['Sky Town', 'Speed Runner', 'No Hit', 'Collector', 'Hidden Room', 'First Blood'])} "
                                      f"({g.c(['Reach the sky town', 'Finish under 2 hours', 'Defeat the boss without damage', 'Collect all items'])})",
                  "cheevos_award")
            elif k < 0.85:
                w("INFO", "Screenshot", f'Taking screenshot: "/home/pi/RetroPie/screenshots/{rom.rsplit(".", 1)[0]}-{g.num(100000, 999999)}.png".', "screenshot")
            elif k < 0.92:
                w("WARN", "Video", f"Does not have enough samples for monitor refresh rate estimation. Requires to run for at least {4096} frames.", "refresh_estimate")
            else:
                w("INFO", "Menu", "Toggled menu on.", "menu_on") if g.r.random() < 0.5 else w("INFO", "Config", 'Saving config at path: '
                                                                                                   '"/opt/retropie/configs/all/retroarch.cfg".', "config_saving")
        w("INFO", "Core", "Unloading game..", "unloading_game")
        w("INFO", "SRAM", f'Saving RAM type #0 to "{base}.srm".', "sram_save")
        w("INFO", "Core", "Unloading core..", "unloading_core")
        w("INFO", "Core", "Unloading core symbols..", "unloading_symbols")
        w("INFO", "Video", "Video driver deinitialized.", "video_deinit")

    fill(L, [(1, session)], N_LINES, 600)
    del L.rows[N_LINES:]
    return L


# 8 ---------------------------------------------------------------- Salesforce Setup Audit Trail of a manufacturer's Sales and Service Cloud org (Enterprise Edition, three admins, a
#   consulting partner deploying change sets), "Download setup audit trail for last six months (Excel .csv file)" by an admin in
#   America/Los_Angeles: "Date","User","Source Namespace Prefix","Action","Section","Delegate User", every field quoted, the date "12/1/2026,
#   2:00:00 AM PST", the newest row first; logins as other users, password resets, permission set and profile changes, field and picklist
#   changes, flows activated, Apex classes and triggers deployed, change sets, certificates
@checked
def log_sf_audit(seed):
    L = Log("salesforce_setup_audit_trail_csv", seed, "full")
    g = L.g
    ADMINS = [("Dana Whitfield", "dana.whitfield@acme-mfg.com"), ("Luis Ortega", "luis.ortega@acme-mfg.com"), ("Priya Raman", "priya.raman@acme-mfg.com"),
              ("Integration User", "integration@acme-mfg.com"), ("Tom Becker (Partner)", "tbecker@cloudpartner.io.acme")]
    USERS = ["Megan Cho", "Robert Hale", "Aisha Bello", "Kenji Mori", "Sandra Ruiz", "Peter Novak", "Grace Lin", "Omar Haddad", "Julia Weiss", "Chris Doyle"]
    OBJ = [("Account", ["Industry", "Region__c", "Credit_Limit__c", "Key_Account__c"]), ("Opportunity", ["StageName", "Forecast_Category__c", "Discount__c"]),
           ("Case", ["Status", "Priority", "Product_Line__c", "Escalation_Reason__c"]), ("Quote__c", ["Valid_Until__c", "Incoterms__c"])]
    PROFILES = ["Sales User", "Service Agent", "Custom: Field Service", "Read Only Partner", "System Administrator"]
    SECTION = {"Account": "Customize Accounts", "Opportunity": "Customize Opportunities", "Case": "Customize Cases", "Quote__c": "Custom Objects"}
    PSETS = ["CPQ Admin", "Service Console User", "Einstein Activity Capture", "Inventory Viewer", "Flow Runner", "Report Builder"]
    rows = []

    def row(action, section, ev, delegate=""):
        a = g.c(ADMINS)
        rows.append((L.t, a[1], action, section, delegate, ev))

    def gen():
        k = g.r.random()
        u = g.c(USERS)
        o, fields = g.c(OBJ)
        f = g.c(fields)
        if k < 0.16:
            row(f"Logged in using Login-As access for {u}", "Manage Users", "login_as")
            a = rows[-1][1]
            for _ in range(g.num(0, 2)):
                L.t += dt.timedelta(seconds=g.num(10, 300))
                rows.append((L.t, u.lower().replace(" ", ".") + "@acme-mfg.com", f"Changed {o} field {f} visibility for profile {g.c(PROFILES)}",
                             SECTION[o], a, "fls_delegated"))
        elif k < 0.26:
            row(f"Reset password for {u.lower().replace(' ', '.')}@acme-mfg.com", "Manage Users", "reset_password")
        elif k < 0.36:
            row(f"Permission set {g.c(PSETS)}: assigned to user {u} ({u.lower().replace(' ', '.')}@acme-mfg.com)", "Manage Users", "pset_assigned")
        elif k < 0.41:
            row(f"Permission set {g.c(PSETS)}: unassigned from user {u} ({u.lower().replace(' ', '.')}@acme-mfg.com)", "Manage Users", "pset_unassigned")
        elif k < 0.47:
            row(f"Changed profile for user {u} ({u.lower().replace(' ', '.')}@acme-mfg.com) from {g.c(PROFILES)} to {g.c(PROFILES)}", "Manage Users", "profile_changed")
        elif k < 0.55:
            row(f"Changed profile {g.c(PROFILES)}: field-level security for {o}: {f} was changed from Read Only to Read/Write", "Profiles", "profile_fls")
        elif k < 0.62:
            v = g.c(["Awaiting Parts", "On Hold - Customer", "Escalated L2", "EMEA North", "Strategic", "Closed Won - Partner", "DAP", "FCA"])
            row(f"Added picklist value {v} to {f}", SECTION[o], "picklist_added")
        elif k < 0.66:
            row(f"Changed {f} picklist value from {g.c(['Pending', 'Hold', 'Tier 2'])} to {g.c(['On Hold', 'Escalated L2', 'Pending Customer'])}", SECTION[o],
                "picklist_renamed")
        elif k < 0.70:
            fname, ftype = g.c([("Last Service Date", "Date"), ("Warranty End", "Date"), ("Region Code", "Text(10)"), ("Net Promoter Score", "Number(3, 0)")])
            row(f"Created custom field {fname} ({ftype})", SECTION[o], "field_created")
        elif k < 0.77:
            fl = g.c(["Case Auto Assignment", "Quote Approval Reminder", "Opportunity Stage Sync", "Warranty Expiry Notice", "Lead Routing - EMEA"])
            row(f"Activated flow version #{g.num(2, 41)} \"{fl}\" (Flow ID 301{g.alnum(12, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')})",
                "Flows", "flow_activated")
        elif k < 0.82:
            cls = g.c(["QuoteService", "CaseRoutingHandler", "ErpSyncQueueable", "WarrantyBatch", "OpportunityTriggerHandler", "QuoteServiceTest"])
            row(f"Changed Apex Class code: {cls}", "Apex Class", "apex_changed")
        elif k < 0.85:
            row(f"Changed Apex Trigger code: {g.c(['CaseTrigger', 'OpportunityTrigger', 'QuoteTrigger'])}", "Apex Trigger", "trigger_changed")
        elif k < 0.89:
            cs = g.c(["Release 2026.12 - Quotes", "Hotfix Case Routing", "CPQ Pricing Rules v4", "Service Console Layouts"])
            row(f"Deployed change set {cs} (ID 0A2{g.alnum(12, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')})", "Deploy Change Sets", "changeset_deployed")
        elif k < 0.92:
            row(f"Changed {o} page layout {o} Layout - {g.c(['Sales', 'Service', 'Partner'])}", SECTION[o], "layout_changed")
        elif k < 0.95:
            row(f"Froze user {u}", "Manage Users", "froze_user")
        elif k < 0.97:
            row(f"Created Remote Site {g.c(['ERP_Prod', 'Docusign_EU', 'Maps_API'])}", "Security Controls", "remote_site")
        else:
            row(f"Created self-signed certificate {g.c(['erp_mtls_2027', 'sso_signing_2027'])}", "Certificate and Key Management", "certificate")

    while len(rows) < N_LINES - 1:
        L.tick(900)
        gen()
    rows = rows[:N_LINES - 1]
    rows.reverse()

    def stamp(t):
        lt = t.astimezone(PST)
        return f"{lt.month}/{lt.day}/{lt.year}, {lt.hour % 12 or 12}:{lt:%M:%S} {'AM' if lt.hour < 12 else 'PM'} PST"

    L.rows = []
    L.emit(csv_row(["Date", "User", "Source Namespace Prefix", "Action", "Section", "Delegate User"], quote_all=True), "header", t=rows[0][0])
    for t, user, action, section, delegate, ev in rows:
        L.emit(csv_row([stamp(t), user, "", action, section, delegate], quote_all=True), ev, t=t)
    return L


# 9 ---------------------------------------------------------------- sbt 1.10.5 building a Scala 3 web shop backend (http4s, doobie, ScalaTest, sbt-scoverage) in Jenkins 2.479 freestyle
#   jobs, the console logs of a night's builds of several branches one after another ("Console Output" saved as text): Jenkins' own git and
#   shell lines, then sbt's "[info]" / "[warn]" / "[error]" / "[success]" lines with no time (the "Total time: ..., completed Dec 1, 2026, 2:00:14 AM"
#   lines are text); project loading, compilation with Scala 3 warnings (code and caret lines under them), ScalaTest suites, failed tests and
#   their messages, scoverage's summary, the test report
@checked
def log_sbt(seed):
    L = Log("sbt_jenkins_console", seed, None, True, False)
    g = L.g
    WS = "/var/lib/jenkins/workspace"
    SUITES = {"OrderServiceSpec": ("OrderService", ["compute totals including VAT", "reject empty carts", "apply voucher codes once", "split shipments by warehouse",
                                                    "keep the order of line items"]),
              "CartRoutesSpec": ("POST /cart/items", ["return 201 for a valid item", "return 400 for a negative quantity", "return 404 for an unknown SKU"]),
              "PaymentClientSpec": ("PaymentClient", ["retry on 503", "give up after three attempts", "map declined cards to PaymentDeclined"]),
              "InventoryRepoSpec": ("InventoryRepo", ["reserve stock atomically", "release expired reservations", "never go below zero"]),
              "PriceCalculatorSpec": ("PriceCalculator", ["round half-even to cents", "apply tiered discounts", "ignore inactive price lists"]),
              "JsonCodecsSpec": ("codecs", ["round-trip an Order", "decode legacy addresses", "encode BigDecimal as string"]),
              "ShippingRulesSpec": ("ShippingRules", ["charge nothing above 50 EUR", "add the island surcharge", "refuse dangerous goods by air"]),
              "MigrationsSpec": ("Flyway migrations", ["apply cleanly on an empty database", "be idempotent"])}
    JOBS = ["shop-backend", "shop-backend-release-2026.12", "shop-backend-feature-vouchers"]
    st = {"n": g.num(1400, 1500)}

    def j(text, ev):
        L.emit(text, ev)

    def s(lv, text, ev):
        L.emit(f"[{lv}] {text}", ev, lv)

    def completed():
        L.t += dt.timedelta(seconds=g.num(5, 120))
        t = L.t
        return f"completed {t:%b} {t.day}, {t.year}, {t.hour % 12 or 12}:{t:%M:%S} {'AM' if t.hour < 12 else 'PM'}"

    def build():
        job = g.c(JOBS)
        st["n"] += 1
        rev = g.hx(40)
        L.t += dt.timedelta(minutes=g.num(10, 60))
        j("Started by timer" if g.r.random() < 0.6 else f"Started by GitLab push by {g.c(['Jonas Weber', 'Mira Schulz', 'Ole Hansen'])}", "started_by")
        j("Running as SYSTEM", "running_as")
        j(f"Building on the built-in node in workspace {WS}/{job}", "building_on")
        j("The recommended git tool is: NONE", "git_tool")
        j("using credential gitlab-deploy-key", "credential")
        j(f" > git rev-parse --resolve-git-dir {WS}/{job}/.git # timeout=10", "git_cmd")
        j("Fetching changes from the remote Git repository", "fetching_changes")
        j(" > git config remote.origin.url git@gitlab.example.com:shop/shop-backend.git # timeout=10", "git_cmd")
        j("Fetching upstream changes from git@gitlab.example.com:shop/shop-backend.git", "fetching_upstream")
        j(" > git --version # timeout=10", "git_cmd")
        j(" > git fetch --tags --force --progress -- git@gitlab.example.com:shop/shop-backend.git +refs/heads/*:refs/remotes/origin/* # timeout=10", "git_cmd")
        br = {"shop-backend": "main", "shop-backend-release-2026.12": "release/2026.12", "shop-backend-feature-vouchers": "feature/vouchers"}[job]
        j(f" > git rev-parse refs/remotes/origin/{br}^{{commit}} # timeout=10", "git_cmd")
        j(f"Checking out Revision {rev} (refs/remotes/origin/{br})", "checking_out")
        j(f" > git checkout -f {rev} # timeout=10", "git_cmd")
        j(f"Commit message: \"{g.c(['Bump http4s to 0.23.30', 'Fix VAT rounding for AT', 'Add voucher usage limit', 'Refactor shipping rules', 'WIP'])}\"",
          "commit_message")
        j(f"[{job}] $ /bin/sh -xe /tmp/jenkins{g.num(10 ** 17, 10 ** 18)}.sh", "shell_step")
        j("+ sbt -batch -Dsbt.log.noformat=true clean coverage test coverageReport", "shell_cmd")
        s("info", "welcome to sbt 1.10.5 (Eclipse Adoptium Java 21.0.5)", "welcome")
        s("info", "loading settings for project shop-backend-build from plugins.sbt ...", "loading_settings")
        s("info", f"loading project definition from {WS}/{job}/project", "loading_project_def")
        s("info", "loading settings for project root from build.sbt ...", "loading_settings")
        s("info", f"set current project to shop-backend (in build file:{WS}/{job}/)", "set_current")
        s("success", f"Total time: 0 s, {completed()}", "success_total")
        s("success", f"Total time: 0 s, {completed()}", "success_total")
        for mod in ["core", "api"]:
            s("info", f"compiling {g.num(40, 220)} Scala sources{' and 2 Java sources' if mod == 'core' else ''} to {WS}/{job}/{mod}/target/scala-3.3.4/classes ...",
              "compiling")
            nw = g.c([0, 0, 1, 2])
            for _ in range(nw):
                f = g.c(["orders/OrderService.scala", "http/CartRoutes.scala", "db/InventoryRepo.scala", "pricing/PriceCalculator.scala"])
                ln = g.num(10, 300)
                col = g.num(4, 30)
                kind, msg, code, at, n = g.c([("[E198] Unused Symbol Warning", "unused import", "import shop.util.Json", 7, 4),
                                              ("[E029] Pattern Match Exhaustivity Warning", "match may not be exhaustive.", "status match", 0, 6),
                                              ("Deprecation Warning", "method toIterable in class IterableOnceExtensionMethods is deprecated since 2.13.0",
                                               "rows.toIterable.map(_.sku)", 5, 10)])
                ind = g.num(0, 8)
                col = ind + at
                s("warn", f"-- {kind}: {WS}/{job}/{mod}/src/main/scala/shop/{f}:{ln}:{col} ", "warn_head")
                s("warn", f"{ln} |{' ' * ind}{code}", "warn_code")
                s("warn", f"{' ' * len(str(ln))} |{' ' * col}{'^' * n}", "warn_caret")
                s("warn", f"{' ' * len(str(ln))} |{' ' * col}{msg}", "warn_msg")
            if nw:
                s("warn", f"{['', 'one', 'two'][nw]} warning{'s' if nw > 1 else ''} found", "warnings_found")
            s("info", "done compiling", "done_compiling")
        total = 0
        failed = []
        for suite in g.r.sample(sorted(SUITES), g.num(5, len(SUITES))):
            subj, tests = SUITES[suite]
            s("info", f"{suite}:", "suite")
            s("info", subj, "subject")
            for t in tests:
                total += 1
                if g.r.random() < 0.02:
                    failed.append(suite)
                    s("info", f"- should {t} *** FAILED *** ({g.num(1, 900)} milliseconds)", "test_failed")
                    why = g.c(["Left(EmptyCart) was not equal to Right(Order(...))", "1999 did not equal 2000", "Some(0) was not empty",
                               "Expected status 400 but got 500"])
                    s("info", f"  {why} ({suite}.scala:{g.num(20, 200)})", "failure_detail")
                else:
                    s("info", f"- should {t} ({g.num(0, 900)} milliseconds)", "test_ok")
        s("info", f"Run completed in {g.num(8, 40)} seconds, {g.num(0, 999)} milliseconds.", "run_completed")
        s("info", f"Total number of tests run: {total}", "total_tests")
        s("info", f"Suites: completed {g.num(5, 8)}, aborted 0", "suites")
        s("info", f"Tests: succeeded {total - len(failed)}, failed {len(failed)}, canceled 0, ignored {g.num(0, 3)}, pending 0", "tests_summary")
        if failed:
            s("info", f"*** {len(failed)} TEST{'S' if len(failed) > 1 else ''} FAILED ***", "tests_failed_banner")
            s("error", "Failed tests:", "failed_tests")
            for f in sorted(set(failed)):
                s("error", f"\tshop.{f}", "failed_test_name")
            s("error", "(core / Test / test) sbt.TestsFailedException: Tests unsuccessful", "tests_unsuccessful")
            s("error", f"Total time: {g.num(60, 200)} s (0{g.num(1, 3)}:{g.num(10, 59)}), {completed()}", "error_total")
            j("Build step 'Execute shell' marked build as failure", "marked_failure")
            j("Recording test results", "recording")
            j("Finished: FAILURE", "finished")
            return
        s("info", "All tests passed.", "all_passed")
        s("success", f"Total time: {g.num(60, 200)} s (0{g.num(1, 3)}:{g.num(10, 59)}), {completed()}", "success_total")
        s("info", "Waiting for measurement data to sync...", "cov_waiting")
        s("info", "Reading scoverage instrumentation [" + f"{WS}/{job}/core/target/scala-3.3.4/scoverage-data/scoverage.coverage]", "cov_reading")
        s("info", "Reading scoverage measurements...", "cov_measurements")
        s("info", "Generating scoverage reports...", "cov_generating")
        s("info", f"Written Cobertura report [{WS}/{job}/core/target/scala-3.3.4/coverage-report/cobertura.xml]", "cov_cobertura")
        s("info", f"Written XML coverage report [{WS}/{job}/core/target/scala-3.3.4/scoverage-report/scoverage.xml]", "cov_xml")
        s("info", f"Written HTML coverage report [{WS}/{job}/core/target/scala-3.3.4/scoverage-report/index.html]", "cov_html")
        s("info", f"Statement coverage.: {g.f(60, 85, 2)}%", "cov_statement")
        s("info", f"Branch coverage....: {g.f(50, 80, 2)}%", "cov_branch")
        s("info", "Coverage reports completed", "cov_completed")
        s("success", f"Total time: {g.num(1, 9)} s, {completed()}", "success_total")
        j("Recording test results", "recording")
        j("[Cobertura] Publishing Cobertura coverage report...", "cobertura_publish")
        j("Finished: SUCCESS", "finished")

    fill(L, [(1, build)], N_LINES, 60)
    del L.rows[N_LINES:]
    return L


# 10 --------------------------------------------------------------- Sophos Firewall (SFOS 20.0 MR2, an XGS 2100 at the edge of a Dublin insurance broker's office, clock in GMT)
#   sending syslog to the office's rsyslog (RSYSLOG_TraditionalFileFormat, the sender's IP as host), /var/log/remote/sophos.log:
#   "Dec  1 10:00:00 10.10.0.1 device="SFW" date=2026-12-01 time=10:00:00 timezone="GMT" device_name="XGS2100" ... log_id=... log_type="..."
#   log_component="..." log_subtype="..." ..." (every record key=value, the strings quoted); firewall rule allows and drops, web filtering,
#   IPS alerts, admin and user authentication, IPsec tunnels, ATP
@checked
def log_sophos(seed):
    L = Log("sophos_firewall_syslog", seed, "noyear", True, True)
    g = L.g
    USERS = ["m.byrne", "s.kelly", "a.walsh", "c.nolan", "d.murphy", "reception", "j.doyle"]
    SITES = [("www.irishtimes.com", "News", "Acceptable"), ("login.microsoftonline.com", "IPAddress", "Acceptable"), ("www.facebook.com", "Social Networking", "Unproductive"),
             ("outlook.office365.com", "Web E-Mail", "Acceptable"), ("www.revenue.ie", "Government", "Acceptable"), ("www.netflix.com", "Streaming Media", "Unproductive"),
             ("fonts.gstatic.com", "Content Delivery", "Acceptable"), ("www.betfair.com", "Gambling", "Unproductive"), ("files.wetransfer.com", "File Transfer", "Acceptable")]

    def q(v):
        return f'"{v}"'

    def w(fields, ev):
        ms_(L, 0, 900)
        head = [("device", q("SFW")), ("date", f"{L.t:%Y-%m-%d}"), ("time", f"{L.t:%H:%M:%S}"), ("timezone", q("GMT")), ("device_name", q("XGS2100")),
                ("device_id", "X2100ABC7D4F2E1")]
        L.emit(f"{syslog_ts(L.t)} 10.10.0.1 " + " ".join(f"{k}={v}" for k, v in head + fields), ev, fields_get(fields, "priority"),
               fields_get(fields, "log_component").strip('"'))

    def fields_get(fields, k):
        return dict(fields)[k].strip('"')

    def lan():
        return f"10.10.{g.c([1, 1, 1, 2, 3])}.{g.num(10, 220)}"

    def fw():
        allow = g.r.random() < 0.8
        proto = g.c(["TCP", "TCP", "UDP"])
        dport = g.c([443, 443, 80, 53, 123, 3389, 445]) if allow else g.c([445, 3389, 23, 1433, 5060, 22])
        src, dst = (lan(), g.ip("pub")) if allow else (g.ip("pub"), "81.17.240.4")
        f = [("log_id", "010101600001" if allow else "010102600002"), ("log_type", q("Firewall")), ("log_component", q("Firewall Rule")),
             ("log_subtype", q("Allowed" if allow else "Denied")), ("status", q("Allow" if allow else "Deny")), ("priority", "Information"), ("duration", 0),
             ("fw_rule_id", g.c([3, 5, 7, 12]) if allow else 0), ("nat_rule_id", 2 if allow else 0), ("policy_type", 1), ("user_name", q(g.c(USERS) if allow else "")),
             ("user_gp", q("Office Staff" if allow else "")), ("iap", 2 if allow else 0), ("ips_policy_id", 8 if allow else 0), ("appfilter_policy_id", 0),
             ("application", q("")), ("application_risk", 0), ("in_interface", q("Port2" if allow else "Port1")), ("out_interface", q("Port1" if allow else "")),
             ("src_mac", g.mac()), ("src_ip", src), ("src_country_code", "R1" if allow else g.c(["RUS", "CHN", "NLD", "USA", "BRA"])), ("dst_ip", dst),
             ("dst_country_code", g.c(["IRL", "USA", "GBR", "NLD"]) if allow else "IRL"), ("protocol", q(proto)), ("src_port", g.port()), ("dst_port", dport),
             ("sent_pkts", 0), ("recv_pkts", 0), ("sent_bytes", 0), ("recv_bytes", 0), ("tran_src_ip", "81.17.240.4" if allow else ""),
             ("tran_src_port", 0), ("srczonetype", q("LAN" if allow else "WAN")), ("srczone", q("LAN" if allow else "WAN")),
             ("dstzonetype", q("WAN" if allow else "")), ("dstzone", q("WAN" if allow else "")), ("connevent", q("Start" if allow else "")),
             ("connid", q(g.num(10 ** 9, 4 * 10 ** 9) if allow else "")), ("hb_health", q("No Heartbeat")), ("message", q("")), ("appresolvedby", q("Signature"))]
        w(f, "fw_allowed" if allow else "fw_denied")

    def web():
        host, cat, ctype = g.c(SITES)
        deny = cat in ("Gambling",) or (cat == "Streaming Media" and g.r.random() < 0.5)
        f = [("log_id", "050902616002" if deny else "050901616001"), ("log_type", q("Content Filtering")), ("log_component", q("HTTP")),
             ("log_subtype", q("Denied" if deny else "Allowed")), ("status", q("")), ("priority", "Information"), ("fw_rule_id", 5), ("user_name", q(g.c(USERS))),
             ("user_gp", q("Office Staff")), ("iap", 13), ("category", q(cat)), ("category_type", q(ctype)), ("url", q(f"https://{host}/" + g.c(["", "favicon.ico", "api/v1/feed",
                                                                                                                                                      "news/ireland"]))),
             ("contenttype", q(g.c(["text/html", "application/json", "image/png", ""]))), ("override_token", q("")), ("httpresponsecode", q("")),
             ("src_ip", lan()), ("dst_ip", g.ip("pub")), ("protocol", q("TCP")), ("src_port", g.port()), ("dst_port", 443), ("sent_bytes", g.num(0, 4000)),
             ("recv_bytes", g.num(0, 900000)), ("domain", q(host)), ("exceptions", q("")), ("activityname", q("")), ("reason", q("")), ("user_agent", q("")),
             ("status_code", q(403 if deny else 200)), ("transactionid", q(g.uuid())), ("referer", q("")), ("download_file_name", q("")),
             ("download_file_type", q("")), ("upload_file_name", q("")), ("upload_file_type", q("")), ("con_id", g.num(10 ** 9, 4 * 10 ** 9)),
             ("application", q("")), ("app_is_cloud", 0), ("override_name", q("")), ("override_authorizer", q(""))]
        w(f, "web_denied" if deny else "web_allowed")

    def ips():
        sig = g.c([("SERVER-WEBAPP Apache Log4j logging remote code execution attempt", 58723, "Critical"),
                   ("SERVER-OTHER OpenSSH user enumeration attempt", 45001, "Major"), ("POLICY-OTHER TeamViewer remote access attempt", 31233, "Minor"),
                   ("MALWARE-CNC Win.Trojan.Emotet outbound connection", 52812, "Critical")])
        f = [("log_id", "020804402000"), ("log_type", q("IDP")), ("log_component", q("Signatures")), ("log_subtype", q("Drop")), ("priority", "Warning"),
             ("idp_policy_id", 8), ("fw_rule_id", 5), ("user_name", q("")), ("signature_id", sig[1]), ("signature_msg", q(sig[0])), ("classification", q("Attempted Administrator Privilege Gain")),
             ("rule_priority", 1), ("src_ip", g.ip("pub")), ("src_country_code", g.c(["RUS", "CHN", "USA"])), ("dst_ip", "81.17.240.4"), ("dst_country_code", "IRL"),
             ("protocol", q("TCP")), ("src_port", g.port()), ("dst_port", g.c([443, 22, 80])), ("platform", q("Windows,Linux")), ("category", q("Server")),
             ("target", q("Server")), ("eventid", q(g.uuid()))]
        w(f, "ips_drop")

    def admin():
        ok = g.r.random() < 0.85
        u = g.c(["admin", "itsupport"])
        ip = "10.10.1.5" if ok else g.ip("pub")
        f = [("log_id", "062910617701" if ok else "062910617702"), ("log_type", q("Event")), ("log_component", q("GUI")), ("log_subtype", q("Admin")),
             ("status", q("Successful" if ok else "Failed")), ("priority", "Information" if ok else "Notice"), ("user_name", q(u)), ("src_ip", ip),
             ("message", q(f"User {u} {'logged in successfully to Web admin console' if ok else 'failed to login to Web admin console because of wrong credentials'} "
                           f"from {ip}"))]
        w(f, "admin_login_ok" if ok else "admin_login_failed")

    def auth():
        u = g.c(USERS)
        ip = lan()
        k = g.r.random()
        if k < 0.6:
            f = [("log_id", "062513617901"), ("log_type", q("Event")), ("log_component", q("Client Authentication")), ("log_subtype", q("Authentication")),
                 ("status", q("Successful")), ("priority", "Information"), ("user_name", q(u)), ("usergroupname", q("Office Staff")), ("auth_client", q("STAS")),
                 ("auth_mechanism", q("AD")), ("reason", q("")), ("src_ip", ip), ("message", q(f"User {u} of group Office Staff logged in successfully to STAS through AD "
                                                                                            "authentication mechanism")), ("name", q(u)), ("src_mac", g.mac())]
            w(f, "stas_login")
        else:
            f = [("log_id", "062513617902" if k < 0.85 else "062514617904"), ("log_type", q("Event")), ("log_component", q("Client Authentication")),
                 ("log_subtype", q("Authentication")), ("status", q("Successful")), ("priority", "Information"), ("user_name", q(u)),
                 ("usergroupname", q("Office Staff")), ("auth_client", q("STAS")), ("src_ip", ip),
                 ("message", q(f"User {u} was logged out" if k < 0.85 else f"User {u} was timed out"))]
            w(f, "stas_logout" if k < 0.85 else "stas_timeout")

    def vpn():
        peer = g.c([("Cork_Branch", "78.143.200.17"), ("Azure_VNet", "20.54.112.9")])
        up = g.r.random() < 0.5
        f = [("log_id", "17701618034" + ("1" if up else "2")), ("log_type", q("Event")), ("log_component", q("IPSec")), ("log_subtype", q("System")),
             ("status", q("Established" if up else "Terminated")), ("priority", "Notice"), ("connectionname", q(peer[0])), ("connectiontype", q("1")),
             ("localinterfaceip", "81.17.240.4"), ("localgateway", q("")), ("localnetwork", q("10.10.0.0/16")), ("remoteinterfaceip", peer[1]),
             ("remotenetwork", q("10.20.0.0/16" if peer[0] == "Cork_Branch" else "10.80.0.0/16")),
             ("message", q(f"IPSec Connection {peer[0]} between 81.17.240.4 and {peer[1]} for local subnet 10.10.0.0/16 and remote subnet "
                           f"{'10.20.0.0/16' if peer[0] == 'Cork_Branch' else '10.80.0.0/16'} {'established' if up else 'terminated'}"))]
        w(f, "ipsec_up" if up else "ipsec_down")

    def atp():
        f = [("log_id", "086304418010"), ("log_type", q("ATP")), ("log_component", q("Network")), ("log_subtype", q("Drop")), ("priority", "Alert"),
             ("user_name", q(g.c(USERS))), ("protocol", q("TCP")), ("src_ip", lan()), ("dst_ip", g.ip("pub")), ("src_port", g.port()), ("dst_port", 443),
             ("threatname", q(g.c(["C2/Generic-A", "Mal/Phish-B", "Troj/Agent-BFRW"]))), ("eventid", q(g.uuid())), ("eventtype", q("Standard")),
             ("url", q(g.c(["update-check.xyz", "secure-login-office365.click", "cdn.badstat.top"]))), ("login_user", q("")), ("process_user", q("")),
             ("ep_uuid", q("")), ("execution_path", q(""))]
        w(f, "atp_drop")

    ev = [(50, fw), (30, web), (3, ips), (1.5, admin), (8, auth), (0.8, vpn), (0.6, atp)]
    fill(L, ev, N_LINES, 6)
    del L.rows[N_LINES:]
    return L


# 11 --------------------------------------------------------------- Stalwart Mail Server 0.10.7 (the all-in-one binary under systemd, RocksDB store, the MX, submission and IMAP of a
#   family and their small translation business, three domains), /opt/stalwart-mail/logs/stalwart.log.2026-12-01 with the log tracer:
#   "2026-12-01T10:00:00Z INFO Description (event.id) key = value, key = value" (seconds and Z, the level as a word); inbound SMTP sessions with
#   their SPF, DKIM, DMARC and iprev results and the message ingested (ham or spam), unknown recipients, IMAP logins, outgoing deliveries and
#   their retries, brute-force attempts and banned addresses, the housekeeper
@checked
def log_stalwart(seed):
    L = Log("stalwart_mail_log", seed, "full", True, False)
    g = L.g
    DOMS = ["mueller-uebersetzungen.de", "mueller.family", "lingua-mueller.eu"]
    ACC = ["anja", "peter", "lena", "info", "office", "tim"]
    SENDERS = [("mail-ej1-f48.google.com", "gmail.com", "20230601"), ("mout.gmx.net", "gmx.de", "s1089575"), ("mout.web.de", "web.de", "s29768273"),
               ("a8-31.smtp-out.amazonses.com", "amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono"), ("mail.proz.com", "proz.com", "default"),
               ("mx.sparkasse.de", "sparkasse.de", "sk2024"), ("mail-db8eur05on2070.outbound.protection.outlook.com", "outlook.com", "selector1")]

    def v(x):
        if isinstance(x, str) and not x.startswith("[") and not x.endswith("ms") and not x.replace(".", "").isdigit():
            return json.dumps(x)
        return str(x)

    def w(lv, desc, eid, kv, ev=None):
        ms_(L, 0, 400)
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}Z {lv} {desc} ({eid}) " + ", ".join(f"{k} = {v(x)}" for k, x in kv), ev or eid, lv)

    def inbound():
        host, dom, sel = g.c(SENDERS)
        ip = g.ip("pub")
        port = g.port()
        w("INFO", "Connection started", "network.connection-start", [("listenerId", "smtp"), ("localPort", 25), ("remoteIp", ip), ("remotePort", port)])
        w("INFO", "SMTP EHLO command", "smtp.ehlo", [("domain", host)])
        w("INFO", "IPREV check passed", "iprev.pass", [("domain", host), ("result", f"[{ip}]"), ("elapsed", f"{g.num(1, 80)}ms")])
        frm = f"{g.c(['noreply', 'rechnung', 'j.schmidt', 'kontakt', 'newsletter', 'anna.berg'])}@{dom}"
        w("INFO", "SPF check passed", "spf.pass", [("domain", dom), ("from", frm), ("result", "pass"), ("elapsed", f"{g.num(1, 90)}ms")])
        w("INFO", "SMTP MAIL FROM command", "smtp.mail-from", [("from", frm)])
        to = f"{g.c(ACC)}@{g.c(DOMS)}"
        if g.r.random() < 0.08:
            bad = f"{g.c(['admin', 'webmaster', 'buchhaltung', 'sales'])}@{g.c(DOMS)}"
            w("INFO", "Mailbox does not exist", "smtp.mailbox-does-not-exist", [("to", bad)])
            w("INFO", "Connection ended", "network.connection-end", [("elapsed", f"{g.num(200, 3000)}ms")])
            return
        w("INFO", "SMTP RCPT TO command", "smtp.rcpt-to", [("to", to)])
        size = g.num(2000, 9000000)
        w("INFO", "DKIM verification passed", "dkim.pass", [("domain", dom), ("selector", sel), ("elapsed", f"{g.num(1, 120)}ms")])
        w("INFO", "DMARC check passed", "dmarc.pass", [("domain", dom), ("policy", g.c(["reject", "quarantine", "none"])), ("elapsed", f"{g.num(0, 30)}ms")])
        spam = g.r.random() < 0.12
        w("INFO", "Message ingested", "message-ingest.spam" if spam else "message-ingest.ham",
          [("accountId", ACC.index(to.split("@")[0]) + 2), ("documentId", g.num(100, 60000)), ("mailboxIds", f"[{6 if spam else 0}]"), ("blobId", g.hx(40)),
           ("changeId", g.num(1000, 900000)), ("size", size), ("spamScore", round(g.r.uniform(5.1, 14) if spam else g.r.uniform(-4, 4.9), 2)), ("elapsed", f"{g.num(3, 400)}ms")])
        w("INFO", "Connection ended", "network.connection-end", [("elapsed", f"{g.num(200, 9000)}ms")])

    def imap():
        ip = g.ip("pub") if g.r.random() < 0.6 else g.ip("192")
        a = g.c(ACC)
        w("INFO", "Connection started", "network.connection-start", [("listenerId", "imaps"), ("localPort", 993), ("remoteIp", ip), ("remotePort", g.port())])
        w("INFO", "Authentication successful", "auth.success", [("accountName", f"{a}@{DOMS[0]}"), ("accountId", ACC.index(a) + 2), ("type", "Plain")])
        if g.r.random() < 0.4:
            L.t += dt.timedelta(minutes=g.num(1, 40))
            w("INFO", "Connection ended", "network.connection-end", [("elapsed", f"{g.num(60000, 2400000)}ms")])

    def outbound():
        a = g.c(ACC)
        qid = g.num(10 ** 17, 10 ** 18)
        rcpt = f"{g.c(['kunde', 'info', 'projekte', 'm.rossi', 'jean.dupont'])}@{g.c(['example.it', 'agence-traduction.fr', 'kanzlei-hoffmann.de', 'gmail.com'])}"
        w("INFO", "Authentication successful", "auth.success", [("accountName", f"{a}@{DOMS[0]}"), ("accountId", ACC.index(a) + 2), ("type", "Plain")])
        w("INFO", "Message queued for delivery", "queue.queue-message", [("queueId", qid), ("from", f"{a}@{g.c(DOMS)}"), ("to", f"[{json.dumps(rcpt)}]"),
                                                                        ("size", g.num(3000, 20000000))])
        w("INFO", "Delivery attempt started", "delivery.attempt-start", [("queueId", qid), ("domain", rcpt.split("@")[1])])
        if g.r.random() < 0.1:
            w("INFO", "Delivery failed: temporary", "delivery.failed-temporary", [("queueId", qid), ("hostname", "mx." + rcpt.split("@")[1]), ("code", 451),
                                                                                  ("details", "4.7.1 Greylisting in action, please come back later"),
                                                                                  ("nextRetry", f"{(L.t + dt.timedelta(minutes=2)):%Y-%m-%dT%H:%M:%S}Z")])
            L.t += dt.timedelta(minutes=2)
            w("INFO", "Delivery attempt started", "delivery.attempt-start", [("queueId", qid), ("domain", rcpt.split("@")[1])])
        w("INFO", "Delivery completed", "delivery.completed", [("queueId", qid), ("hostname", "mx." + rcpt.split("@")[1]), ("code", 250),
                                                               ("elapsed", f"{g.num(200, 6000)}ms")])

    def brute():
        ip = g.ip("pub")
        for _ in range(g.num(1, 4)):
            w("WARN", "Authentication failed", "auth.failed", [("listenerId", g.c(["submissions", "imaps"])), ("remoteIp", ip),
                                                               ("accountName", g.c(["admin", "info@" + DOMS[0], "test", "office@" + DOMS[2]]))])
        if g.r.random() < 0.3:
            w("WARN", "IP address banned", "security.ip-blocked", [("remoteIp", ip), ("reason", "authentication failures")])

    def housekeeper():
        w("INFO", "Housekeeper task started", "housekeeper.start", [("task", g.c(["purge-accounts", "purge-store", "purge-blobs"]))])
        L.t += dt.timedelta(seconds=g.num(1, 60))
        w("INFO", "Housekeeper task finished", "housekeeper.stop", [("task", g.c(["purge-accounts", "purge-store", "purge-blobs"])), ("elapsed", f"{g.num(30, 60000)}ms")])

    def scanner():
        ip = g.ip("pub")
        w("INFO", "Connection started", "network.connection-start", [("listenerId", "smtp"), ("localPort", 25), ("remoteIp", ip), ("remotePort", g.port())])
        w("INFO", "Connection ended", "network.connection-end", [("elapsed", f"{g.num(0, 30)}ms")])

    ev = [(30, inbound), (20, imap), (8, outbound), (5, brute), (1, housekeeper), (6, scanner)]
    fill(L, ev, N_LINES, 60)
    del L.rows[N_LINES:]
    return L


# 12 --------------------------------------------------------------- Sunshine v0.23.1 (the Windows installer, min_log_level = debug after a stutter complaint) on a living-room gaming PC
#   (RTX 4070) streaming to Moonlight on a Shield TV, a laptop and a phone, C:\Program Files\Sunshine\config\sunshine.log over a few evenings:
#   "[2026:12:01:10:00:00]: Info: message" (the date and time joined by colons); start-up with the adapter description and encoder probing,
#   the clients' HTTP requests dumped header by header, sessions started and ended with their stream settings, capture reinitialised, the
#   ViGEmBus warning
@checked
def log_sunshine(seed):
    L = Log("sunshine_log", seed, "full", True, False)
    g = L.g
    CLIENTS = [("192.168.1.41", "Moonlight/6.1.0 (Android 11; SHIELD Android TV)", g.uuid()), ("192.168.1.57", "Moonlight/6.1.0 (Windows 11)", g.uuid()),
               ("192.168.1.88", "Moonlight/6.1.0 (Android 14; Pixel 8)", g.uuid())]
    APPS = ["Desktop", "Steam Big Picture", "Forza Horizon 5", "Baldur's Gate 3"]

    def w(lv, msg, ev):
        ms_(L, 0, 60)
        L.emit(f"[{L.t:%Y:%m:%d:%H:%M:%S}]: {lv}: {msg}", ev, lv)

    def startup():
        w("Info", "Sunshine version: v0.23.1", "version")
        if g.r.random() < 0.7:
            w("Info", "nvprefs: No need to modify application profile settings", "nvprefs")
        else:
            w("Info", "nvprefs: Changed global profile settings", "nvprefs_changed")
        w("Info", "System tray created", "tray")
        for k, v, ev in [("Device Description", "NVIDIA GeForce RTX 4070", "ad_desc"), ("Device Vendor ID", "0x000010DE", "ad_vendor"),
                         ("Device Device ID", "0x00002786", "ad_device"), ("Device Video Mem", "11999 MiB", "ad_vmem"), ("Device Sys Mem", "0 MiB", "ad_sysmem"),
                         ("Share Sys Mem", "16335 MiB", "ad_share"), ("Feature Level", "0x0000C100", "ad_feature"), ("Capture size", "3840x2160", "ad_capture"),
                         ("Offset", "0x0", "ad_offset"), ("Virtual Desktop", "3840x2160", "ad_virtual")]:
            w("Info", f"{k:<18} : {v}", ev)
        w("Info", "Desktop resolution [3840x2160]", "desktop_res")
        w("Info", "Color Space: DXGI_COLOR_SPACE_RGB_FULL_G22_NONE_P709 (sRGB)", "color_space")
        for codec, enc in [("H.264", "h264_nvenc"), ("HEVC", "hevc_nvenc"), ("AV1", "av1_nvenc")]:
            w("Info", f"Found {codec} encoder: {enc} [nvenc]", "found_encoder")
        w("Info", "Configuration UI available at [https://localhost:47990]", "config_ui")
        if g.r.random() < 0.5:
            w("Warning", "ViGEmBus is not installed or running. You must install ViGEmBus for gamepad support!", "vigem")
        w("Info", "Registered Sunshine mDNS service", "mdns")

    def request(cl, dest):
        ip, ua, uid = cl
        w("Debug", "TUNNEL :: HTTPS" if dest != "/serverinfo" or g.r.random() < 0.5 else "TUNNEL :: NONE", "tunnel")
        w("Debug", "METHOD :: GET", "method")
        w("Debug", f"DESTINATION :: {dest}", "destination")
        w("Debug", f"User-Agent -- {ua}", "hdr_user_agent")
        w("Debug", "Accept-Encoding -- gzip", "hdr_accept_encoding")
        w("Debug", "Connection -- Keep-Alive", "hdr_connection")
        w("Debug", f"Host -- {'192.168.1.20:47984'}", "hdr_host")
        w("Debug", " [--] ", "separator")
        w("Debug", "uniqueid -- 0123456789ABCDEF", "q_uniqueid")
        w("Debug", f"uuid -- {g.uuid()}", "q_uuid")
        if dest == "/launch":
            w("Debug", f"appid -- {g.num(100000000, 2000000000)}", "q_appid")
            w("Debug", f"mode -- {g.c(['3840x2160x60', '1920x1080x60', '2400x1080x120'])}", "q_mode")
        w("Debug", " [--] ", "separator")
        if dest != "/serverinfo" or g.r.random() < 0.5:
            w("Info", "/CN=NVIDIA GameStream Client -- verified", "verified")

    def poll():
        cl = g.c(CLIENTS)
        request(cl, g.c(["/serverinfo", "/serverinfo", "/serverinfo", "/applist", "/appasset"]))

    def session():
        cl = g.c(CLIENTS)
        request(cl, "/launch")
        app = g.c(APPS)
        if app != "Desktop":
            w("Info", f"Executing: [{'steam://open/bigpicture' if app == 'Steam Big Picture' else 'steam://rungameid/' + str(g.num(100000, 2000000))}] in "
                      f"[\"C:\\\\Program Files (x86)\\\\Steam\"]", "executing")
        w("Info", "New streaming session started [active sessions: 1]", "session_started")
        w("Info", "CLIENT CONNECTED", "client_connected")
        w("Info", f"Opus initialized: 48 kHz, {g.c([2, 2, 6])} channels, {g.c([512, 1536])} kbps (total), LOWDELAY", "opus")
        w("Info", f"Color coding: {g.c(['SDR (Rec. 601)', 'SDR (Rec. 709)', 'HDR (Rec. 2020 + SMPTE 2084 PQ)'])}", "color_coding")
        w("Info", f"Color depth: {g.c([8, 10])}-bit", "color_depth")
        w("Info", f"Color range: {g.c(['JPEG', 'MPEG'])}", "color_range")
        w("Debug", "Start capturing Video", "start_video")
        w("Debug", "Start capturing Audio", "start_audio")
        for _ in range(g.num(0, 3)):
            L.t += dt.timedelta(minutes=g.num(1, 40))
            k = g.r.random()
            if k < 0.5:
                w("Error", "Failed to acquire next frame [0x887A0026]", "acquire_failed")
                w("Info", "Reinitializing capture", "reinit_capture")
            elif k < 0.8:
                w("Warning", f"Frame capture timed out after {g.num(100, 1000)} ms, retrying", "capture_timeout")
            else:
                w("Info", f"Client [{cl[0]}] requested IDR frame", "idr")
        L.t += dt.timedelta(minutes=g.num(5, 120))
        w("Info", "CLIENT DISCONNECTED", "client_disconnected")
        w("Debug", "Audio capture stopped", "audio_stopped")
        if app != "Desktop" and g.r.random() < 0.5:
            w("Info", f"Terminating app [{app}]", "terminating_app")

    startup()
    ev = [(40, poll), (4, session), (0.3, startup)]
    fill(L, ev, N_LINES, 30)
    del L.rows[N_LINES:]
    return L


# 13 --------------------------------------------------------------- Tvheadend 4.3-2450 (the Debian package on a Raspberry Pi 4 with a Sony CXD2880 DVB-T2 stick and a SAT>IP box, a
#   family in Cologne watching through Kodi and the web UI, the clock in UTC), /var/log/tvheadend.log (--logfile): "2026-12-01 10:00:00.123
#   [   INFO] subsystem: message" (the level right-aligned in its brackets); HTSP clients, subscriptions on DVB-T2 and satellite channels, tuning,
#   continuity errors, recordings with their stream tables, no free input, the EPG grabber and database saves
@checked
def log_tvheadend(seed):
    L = Log("tvheadend_log", seed, "full", True, True)
    g = L.g
    CH = [("Das Erste HD", "ARD", "522MHz", "DVB-T Network", "Sony CXD2880 #0 : DVB-T #0"), ("ZDF HD", "ZDFmobil", "570MHz", "DVB-T Network", "Sony CXD2880 #0 : DVB-T #0"),
          ("WDR HD Köln", "ARD", "618MHz", "DVB-T Network", "Sony CXD2880 #0 : DVB-T #0"), ("arte HD", "ARD", "11493.75H", "Astra 19.2E", "SAT>IP DVB-S Tuner #1 (192.168.1.9)"),
          ("3sat HD", "ZDFvision", "11347.5V", "Astra 19.2E", "SAT>IP DVB-S Tuner #2 (192.168.1.9)"), ("phoenix HD", "ARD", "10832.75H", "Astra 19.2E",
                                                                                                          "SAT>IP DVB-S Tuner #1 (192.168.1.9)"),
          ("KiKA HD", "ZDFvision", "11347.5V", "Astra 19.2E", "SAT>IP DVB-S Tuner #2 (192.168.1.9)")]
    CLIENTS = [("192.168.1.30", "kodi", "Kodi Media Center", "htsp"), ("192.168.1.31", "kodi", "Kodi Media Center", "htsp"), ("192.168.1.57", "papa", "tvh-webui", "webtv-h264-aac-matroska")]
    SHOWS = ["Tatort", "heute journal", "Terra X", "Die Sendung mit der Maus", "Tagesschau", "Markus Lanz", "Wilsberg", "Lokalzeit aus Köln", "arte Journal"]
    st = {"sid": g.num(1, 200)}

    def w(lv, sub, msg, ev):
        ms_(L, 0, 300)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} [{lv:>7}] {sub}: {msg}", ev, lv, sub)

    def sub_on(name, ch, cl):
        st["sid"] += 1
        sid = f"{st['sid']:04X}"
        chan, prov, mux, net, ad = ch
        extra = f', profile="{cl[3]}", hostname="{cl[0]}", username="{cl[1]}", client="{cl[2]}"' if cl else ', profile="pass"'
        w("INFO", "mpegts", f"{mux} in {net} - tuning on {ad}", "tuning")
        w("INFO", "subscription", f'{sid}: "{name}" subscribing on channel "{chan}", weight: {150 if cl else 300}, adapter: "{ad}", network: "{net}", mux: "{mux}", '
                                  f'provider: "{prov}", service: "{chan}"{extra}', "subscribing")
        return sid

    def sub_off(sid, name, ch, cl):
        extra = f', hostname="{cl[0]}", username="{cl[1]}", client="{cl[2]}"' if cl else ""
        w("INFO", "subscription", f'{sid}: "{name}" unsubscribing from "{ch[0]}"{extra}', "unsubscribing")

    def watch():
        cl = g.c(CLIENTS)
        ch = g.c(CH)
        name = f"{cl[0]} [ {cl[1]} | {cl[2]} ]" if cl[3] == "htsp" else "HTTP"
        if cl[3] == "htsp":
            w("INFO", "htsp", f"Got connection from {cl[0]}", "htsp_connection")
            w("INFO", "htsp", f"{cl[0]} [ {cl[1]} | {cl[2]} ]: Welcomed client software: Kodi Media Center (HTSPv{g.c([34, 35])})", "htsp_welcomed")
        if g.r.random() < 0.05:
            st["sid"] += 1
            w("WARNING", "subscription", f'{st["sid"]:04X}: No input source available for subscription "{name}" to channel "{ch[0]}"', "no_input")
            return
        sid = sub_on(name, ch, cl)
        for _ in range(g.num(0, 3)):
            L.t += dt.timedelta(seconds=g.num(30, 1800))
            if g.r.random() < 0.8:
                w("WARNING", "TS", f"{ch[3]}/{ch[2]}/{ch[0]}: {g.c(['H264 @ #5101', 'AAC-LATM @ #5102', 'AC3 @ #5106', 'DVBSUB @ #5105', 'H264 @ #6010'])} Continuity counter "
                                   f"error (total {g.num(1, 400)})", "cc_error")
            else:
                w("WARNING", "linuxdvb", f"{ch[4]} - poll TIMEOUT", "poll_timeout")
        L.t += dt.timedelta(minutes=g.num(5, 90))
        sub_off(sid, name, ch, cl)
        if cl[3] == "htsp" and g.r.random() < 0.6:
            w("INFO", "htsp", f"{cl[0]} [ {cl[1]} | {cl[2]} ]: Disconnected", "htsp_disconnected")

    def record():
        ch = g.c(CH)
        show = g.c(SHOWS)
        t = L.t
        fn = f"/srv/recordings/{show.replace(' ', '-')}/{show.replace(' ', '-')}-{t:%Y-%m-%d_%H-%M}.ts"
        w("INFO", "dvr", f'entry {g.hx(32)} "{show}" on "{ch[0]}" recorder starting', "recorder_starting")
        sid = sub_on(f"DVR: {show}", ch, None)
        w("INFO", "dvr", f'{fn} from adapter: "{ch[4]}", network: "{ch[3]}", mux: "{ch[2]}", provider: "{ch[1]}", service: "{ch[0]}"', "dvr_from")
        w("INFO", "dvr", "   # type              lang  resolution  aspect ratio  sample rate  channels", "stream_table_head")
        rows = [("H264", "", "1920x1080", "16:9", "", "")] + [("AAC-LATM", "deu", "", "", "48000", "stereo")] + \
            ([("AC3", "deu", "", "", "48000", "5.1")] if g.r.random() < 0.6 else []) + [("AAC-LATM", "mis", "", "", "48000", "stereo"), ("DVBSUB", "deu", "", "", "", "")]
        for i, r in enumerate(rows, 1):
            w("INFO", "dvr", f"{i:>4} {r[0]:<17} {r[1]:<5} {r[2]:<11} {r[3]:<13} {r[4]:<12} {r[5]}".rstrip(), "stream_table_row")
        L.t += dt.timedelta(minutes=g.num(15, 100))
        ok = g.r.random() < 0.9
        w("INFO", "dvr", f'"{show}" on "{ch[0]}": End of program: {"OK" if ok else "Time missed"}', "end_of_program")
        sub_off(sid, f"DVR: {show}", ch, None)
        w("INFO", "dvr", f'Running postrecord script "/usr/local/bin/tvh-post.sh {fn}"', "postrecord")

    def epg():
        if g.r.random() < 0.6:
            ch = g.c(CH)
            w("INFO", "epggrab", f"{ch[2]} in {ch[3]} - registering mux for EPG scan", "epg_register")
            w("INFO", "epggrab", f"{ch[2]} in {ch[3]} - scanning mux", "epg_scanning")
            L.t += dt.timedelta(seconds=g.num(20, 600))
            w("INFO", "epggrab", f"EIT: DVB Grabber - data completion timeout for {ch[2]} in {ch[3]}", "epg_timeout")
        else:
            w("INFO", "epgdb", "snapshot start", "epgdb_snapshot")
            size = g.num(2000000, 9000000)
            w("INFO", "epgdb", f"queued to save (size {size})", "epgdb_queued")
            w("INFO", "epgdb", f"  broadcasts {g.num(20000, 60000)}", "epgdb_broadcasts")
            w("INFO", "epgdb", f"stored (size {g.num(300000, 900000)})", "epgdb_stored")

    ev = [(10, watch), (3, record), (4, epg)]
    fill(L, ev, N_LINES, 400)
    del L.rows[N_LINES:]
    return L


# 14 --------------------------------------------------------------- Umbraco CMS 13.5 (.NET 8, SQL Server, Umbraco Forms, Serilog request logging turned on) of a city museum's website on
#   an IIS server WEB01, umbraco/Logs/UmbracoTraceLog.WEB01.20261201.json: Serilog's compact JSON (CLEF), one event a line: "@t", "@mt" (the
#   message template), "@l" (absent for Information), "@r" (renderings of formatted properties), "@x" (the exception with its stack in one
#   string), the template's properties, SourceContext and Umbraco's enrichers (ProcessId, ThreadId, MachineName, Log4NetLevel, the HTTP request
#   properties); requests with their status and time, content published and saved by editors, backoffice logins and failures, e-mails sent by
#   Forms, timing blocks, unhandled exceptions, a restart
@checked
def log_umbraco(seed):
    L = Log("umbraco_clef_json", seed, "full", True, True)
    g = L.g
    PAGES = ["/", "/ausstellungen/", "/ausstellungen/licht-und-schatten/", "/besuch/oeffnungszeiten/", "/besuch/tickets/", "/sammlung/", "/sammlung/objekt/12873/",
             "/veranstaltungen/", "/veranstaltungen/kuratorenfuehrung-dezember/", "/presse/", "/kontakt/", "/media/xk2fh3pa/plakat-lichtundschatten.jpg",
             "/sitemap.xml", "/umbraco/backoffice/umbracoapi/content/GetById", "/umbraco/backoffice/umbracoapi/content/PostSave"]
    EDITORS = ["k.brandt@museum-stadt.de", "l.yilmaz@museum-stadt.de", "webagentur@pixelhafen.de"]
    CONTENT = ["Licht und Schatten", "Kuratorenführung Dezember", "Öffnungszeiten", "Pressemitteilung: Neue Sammlungsstücke", "Startseite", "Familiensonntag"]
    st = {"pid": g.num(2000, 9000), "app": g.hx(40), "req": 0}

    def w(mt, props, ev, lv=None, ctx="", req=None, x=None, r=None):
        ms_(L, 0, 200)
        d = {"@t": f"{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}0Z", "@mt": mt}
        if r:
            d["@r"] = r
        if lv:
            d["@l"] = lv
        if x:
            d["@x"] = x
        d.update(props)
        d["SourceContext"] = ctx
        if req:
            st["req"] += 1
            d.update({"ActionId": g.uuid(), "ActionName": req, "RequestId": f"0HN{g.alnum(9, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}:{g.num(1, 40):08X}",
                      "RequestPath": props.get("RequestPath", "/umbraco/backoffice/umbracoapi/content/PostSave")})
        d.update({"ProcessId": st["pid"], "ProcessName": "w3wp", "ThreadId": g.num(4, 60), "ApplicationId": st["app"], "MachineName": "WEB01",
                  "Log4NetLevel": {None: "INFO ", "Warning": "WARN ", "Error": "ERROR"}[lv]})
        if req:
            d.update({"HttpRequestId": g.uuid(), "HttpRequestNumber": st["req"], "HttpSessionId": str(g.num(0, 99))})
        L.emit(compact(d), ev, lv or "Information", ctx)

    def request():
        p = g.c(PAGES)
        m = "POST" if p.endswith("PostSave") else "GET"
        code = g.c([200] * 20 + [304, 301, 404]) if m == "GET" else 200
        el = g.r.uniform(0.8, 900)
        w("HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms", {"RequestMethod": m, "RequestPath": p, "StatusCode": code,
                                                                                              "Elapsed": round(el, 7)}, "http_request",
          ctx="Serilog.AspNetCore.RequestLoggingMiddleware", r=[f"{el:.4f}"])

    def publish():
        c = g.c(CONTENT)
        cid = g.num(1050, 4800)
        w("Document {ContentName} (id={ContentId}) has been published.", {"ContentName": c, "ContentId": cid}, "published",
          ctx="Umbraco.Cms.Core.Services.ContentService", req="Umbraco.Cms.Web.BackOffice.Controllers.ContentController.PostSave (Umbraco.Web.BackOffice)")

    def login():
        e = g.c(EDITORS)
        ip = g.ip("pub") if e.startswith("webagentur") else f"10.41.{g.num(0, 3)}.{g.num(10, 200)}"
        if g.r.random() < 0.2:
            w("Login attempt failed for username {Username} from IP address {IpAddress}", {"Username": e, "IpAddress": ip}, "login_failed", "Warning",
              ctx="Umbraco.Cms.Web.BackOffice.Security.BackOfficeUserManager")
        else:
            w("Login attempt succeeded for username {Username} from IP address {IpAddress}", {"Username": e, "IpAddress": ip}, "login_ok",
              ctx="Umbraco.Cms.Web.BackOffice.Security.BackOfficeUserManager")

    def mail():
        w("Sending email {Subject} to {Recipients}", {"Subject": g.c(["Neue Anmeldung: Kuratorenführung", "Kontaktformular", "Anfrage Gruppenführung"]),
                                                     "Recipients": "besucherservice@museum-stadt.de"}, "mail", ctx="Umbraco.Cms.Infrastructure.Mail.EmailSender")

    def timing():
        tid = g.hx(7)
        msg = g.c(["Loading content from database", "Rebuilding Examine indexes", "Validating content cache"])
        w("{StartMessage} [Timing {TimingId}]", {"StartMessage": msg, "TimingId": tid}, "timing_start", ctx="Umbraco.Cms.Core.Logging.ProfilingLogger")
        L.t += dt.timedelta(milliseconds=g.num(20, 9000))
        w("{EndMessage} ({Duration}ms) [Timing {TimingId}]", {"EndMessage": "Completed.", "Duration": g.num(20, 9000), "TimingId": tid}, "timing_end",
          ctx="Umbraco.Cms.Core.Logging.ProfilingLogger")

    def exc():
        p = g.c(["/sammlung/objekt/" + str(g.num(100, 40000)) + "/", "/veranstaltungen/?datum=" + g.c(["2026-13-01", "gestern", "%27"])])
        x = g.c(["System.FormatException: String '2026-13-01' was not recognized as a valid DateTime.\r\n   at System.DateTime.Parse(String s)\r\n   at "
                 "Museum.Web.Controllers.EventListController.Index(String datum) in D:\\a\\museum-web\\src\\Museum.Web\\Controllers\\EventListController.cs:line 41\r\n"
                 "   at Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.TaskOfIActionResultExecutor.Execute(...)",
                 "System.NullReferenceException: Object reference not set to an instance of an object.\r\n   at AspNetCoreGeneratedDocument.Views_CollectionObject."
                 "ExecuteAsync() in D:\\a\\museum-web\\src\\Museum.Web\\Views\\CollectionObject.cshtml:line 23\r\n   at Microsoft.AspNetCore.Mvc.Razor.RazorView."
                 "RenderPageCoreAsync(IRazorPage page, ViewContext context)"])
        w("An unhandled exception has occurred while executing the request.", {"RequestPath": p}, "unhandled_exception", "Error",
          ctx="Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", x=x)
        w("HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms", {"RequestMethod": "GET", "RequestPath": p, "StatusCode": 500,
                                                                                              "Elapsed": round(g.r.uniform(5, 300), 7)}, "http_request_500", "Error",
          ctx="Serilog.AspNetCore.RequestLoggingMiddleware", r=[f"{g.r.uniform(5, 300):.4f}"])

    def restart():
        st["pid"] = g.num(2000, 9000)
        w("Acquiring MainDom.", {}, "acquiring_maindom", ctx="Umbraco.Cms.Infrastructure.Runtime.MainDom")
        w("Acquired MainDom.", {}, "acquired_maindom", ctx="Umbraco.Cms.Infrastructure.Runtime.MainDom")
        timing()
        w("Starting recurring background jobs hosted services", {}, "bg_jobs", ctx="Umbraco.Cms.Infrastructure.BackgroundJobs.RecurringBackgroundJobHostedServiceRunner")
        w("Application started. Press Ctrl+C to shut down.", {}, "app_started", ctx="Microsoft.Hosting.Lifetime")
        w("Hosting environment: {EnvName}", {"EnvName": "Production"}, "hosting_env", ctx="Microsoft.Hosting.Lifetime")
        w("Content root path: {ContentRoot}", {"ContentRoot": "D:\\inetpub\\museum-web\\"}, "content_root", ctx="Microsoft.Hosting.Lifetime")

    restart()
    ev = [(70, request), (5, publish), (3, login), (2, mail), (1, timing), (1.2, exc), (0.15, restart)]
    fill(L, ev, N_LINES, 25)
    del L.rows[N_LINES:]
    return L


# 15 --------------------------------------------------------------- Valetudo 2024.11.0 on a rooted Dreame L10s Ultra (the robot's own clock in UTC, "logLevel": "debug" while its owner
#   chased a docking problem), /tmp/valetudo.log fetched over SSH: "[2026-12-01T10:00:00.123Z] [INFO] message" (no component); start-up, the
#   miio socket traffic with the robot's firmware (">>> local: {json}", "<<< local: {json}", the cloud side too), unhandled property changes,
#   MQTT connects and errors, NTP syncs, map polls, failing HTTP routes with their Node.js stack traces
@checked
def log_valetudo(seed):
    L = Log("valetudo_robot_log", seed, "full", True, False)
    g = L.g
    st = {"id": g.num(1000, 9000)}

    def w(lv, msg, ev):
        ms_(L, 0, 300)
        L.emit(f"[{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z] [{lv}] {msg}", ev, lv)

    def raw(text, ev, lv):
        L.emit(text, ev, lv)

    def startup():
        for msg, ev in [("Autodetected DreameL10SUltraValetudoRobot", "autodetected"), ("Starting Valetudo 2024.11.0", "starting"),
                        (f"Commit ID: {g.hx(40)}", "commit"), ("Configuration file: /data/valetudo_config.json", "config_file"),
                        ("Logfile: /tmp/valetudo.log", "logfile"), ("Robot: Dreame L10s Ultra (DreameL10SUltraValetudoRobot)", "robot"),
                        (f"JS Runtime Version: v{g.c(['20.18.0', '20.17.0'])}", "runtime"), ("Arch: arm64", "arch"), ("Max Heap Size: 34.92 MiB", "heap"),
                        ("Node Flags: --max-old-space-size=34", "node_flags"), ("Valetudo CA: /data/valetudo/cacert.pem", "ca"),
                        ("Dummycloud is spoofing 127.0.0.1:8053 to the robot", "dummycloud"), ("Webserver running on port 80", "webserver")]:
            w("INFO", msg, ev)

    def sock():
        st["id"] += 1
        side = g.c(["local", "local", "local", "cloud"])
        method = g.c(["get_properties", "get_properties", "action", "set_properties"]) if side == "local" else g.c(["_sync.getctrycode", "_otc.info", "props"])
        if side == "local":
            params = [{"did": str(g.num(10 ** 8, 10 ** 9)), "siid": g.c([2, 3, 4, 15]), "piid": g.num(1, 50)} for _ in range(g.num(1, 3))]
        else:
            params = {"ap": {"ssid": "Hausnetz", "bssid": g.mac().upper(), "rssi": -g.num(40, 80)}, "netif": {"localIp": "192.168.1.64"}} if method == "_otc.info" else {}
        w("DEBUG", f">>> {side}: " + compact({"id": st["id"], "method": method, "params": params}), "sock_out")
        res = [{"did": p["did"], "siid": p["siid"], "piid": p["piid"], "code": 0, "value": g.num(0, 100)} for p in params] if isinstance(params, list) else ["ok"]
        w("DEBUG", f"<<< {side}: " + compact({"id": st["id"], "result": res}), "sock_in")

    def prop():
        w("WARN", "Unhandled property change " + compact({"did": str(g.num(10 ** 8, 10 ** 9)), "siid": g.c([4, 6, 12, 27]), "piid": g.num(1, 60),
                                                          "value": g.c([0, 1, 2, 6, 13, "AAEAAA=="])}), "unhandled_prop")

    def mqtt():
        if g.r.random() < 0.6:
            w("ERROR", "MqttController: MQTT client error: connect ECONNREFUSED 192.168.1.10:1883", "mqtt_error")
            w("INFO", "MqttController: Reconnecting to MQTT broker", "mqtt_reconnecting")
        w("INFO", "MqttController: Connected successfully to mqtt server", "mqtt_connected")

    def ntp():
        w("INFO", f"NTPClient: Successfully fetched time from pool.ntp.org. Offset: {g.num(-400, 400)} ms", "ntp")

    def mapp():
        w("DEBUG", f"Map poll took {g.num(40, 1500)}ms, {g.num(20000, 120000)} bytes", "map_poll")

    def route_err():
        route = g.c(["/api/v2/robot/capabilities/BasicControlCapability", "/api/v2/robot/capabilities/AutoEmptyDockManualTriggerCapability",
                     "/api/v2/robot/capabilities/MapSegmentationCapability"])
        w("ERROR", f"Error while handling route {route}", "route_error")
        for t, ev in [("Error: request timed out", "node_err"), ("    at Timeout._onTimeout (/snapshot/Valetudo/backend/lib/miio/MiioSocket.js:107:40)", "node_at"),
                      ("    at listOnTimeout (node:internal/timers:594:17)", "node_at"), ("    at process.processTimers (node:internal/timers:529:7)", "node_at")]:
            raw(t, ev, "ERROR")

    startup()
    ev = [(60, sock), (12, prop), (2, mqtt), (2, ntp), (14, mapp), (1.5, route_err), (0.2, startup)]
    fill(L, ev, N_LINES, 8)
    del L.rows[N_LINES:]
    return L


# 16 --------------------------------------------------------------- Vector 0.42.0 (the timberio/vector:0.42.0-debian image) as the log aggregator of a hosting company: syslog over TCP
#   from its servers, the Kubernetes pods' logs from an agent tier, remap transforms, sinks to Elasticsearch, Loki and S3; `docker logs vector`:
#   tracing's format "2026-12-01T10:00:00.123456Z  INFO span{...}:span{...}: target::module: Message. key=value ..." (the spans' fields in braces);
#   start-up and config reloads, healthchecks, files found and released, remap failures, TCP socket errors, retries after 429s and timeouts,
#   events dropped, internal logs rate-limited and their suppression counts
@checked
def log_vector(seed):
    L = Log("vector_docker_logs", seed, "full", True, True)
    g = L.g
    SINKS = [("es_out", "elasticsearch"), ("loki_out", "loki"), ("s3_archive", "aws_s3")]
    st = {"req": g.num(1, 500)}

    def w(lv, spans, target, msg, kv, ev):
        ms_(L, 0, 400)
        sp = "".join(f"{s}:" for s in spans) + (" " if spans else "")
        f = "".join(f" {k}={v}" for k, v in kv)
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}Z {lv:>5} {sp}{target}: {msg}{f}", ev, lv, target)

    def comp(kind, cid, ctype):
        return f'{kind}{{component_kind="{kind}" component_id={cid} component_type={ctype}}}'

    def boot():
        w("INFO", [], "vector::app", "Log level is enabled.", [("level", '"info"')], "log_level")
        w("INFO", [], "vector::app", "Loading configs.", [("paths", '["/etc/vector"]')], "loading_configs")
        w("INFO", [], "vector::topology::running", "Running healthchecks.", [], "running_healthchecks")
        w("INFO", [], "vector", "Vector has started.", [("debug", '"false"'), ("version", '"0.42.0"'), ("arch", '"x86_64"'), ("revision", '"3d16e34 2024-10-21 14:10:14.375255220"')],
          "started")
        w("INFO", [], "vector::internal_events::api", "API server running.", [("address", "0.0.0.0:8686"), ("playground", "off"), ("graphql", "http://0.0.0.0:8686/graphql")],
          "api_running")
        for cid, ctype in SINKS:
            w("INFO", [comp("sink", cid, ctype)], "vector::topology::builder", "Healthcheck passed.", [], "healthcheck_passed")

    def found():
        pod = f"{g.c(['shop', 'billing', 'ingress-nginx', 'kube-system'])}_{g.c(['api', 'worker', 'controller', 'coredns'])}-{g.hx(10)}-{g.alnum(5)}_{g.uuid()}"
        f = f"/var/log/pods/{pod}/{g.c(['api', 'worker', 'controller', 'coredns'])}/{g.num(0, 3)}.log"
        if g.r.random() < 0.6:
            w("INFO", [comp("source", "k8s_logs", "kubernetes_logs")], "vector::internal_events::file::source", "Found new file to watch.", [("file", f)], "file_found")
        else:
            w("INFO", [comp("source", "k8s_logs", "kubernetes_logs")], "vector::internal_events::file::source", "Stopped watching file.", [("file", f)], "file_stopped")

    def remap():
        w("WARN", [comp("transform", "parse_nginx", "remap")], "vector::internal_events::remap", "Mapping failed with event.",
          [("error", '"function call error for \\"parse_regex\\" at (' + str(g.num(5, 12)) + ':' + str(g.num(20, 80)) + '): could not find any pattern matches"'),
           ("error_type", '"conversion_failed"'), ("stage", '"processing"'), ("internal_log_rate_limit", "true")], "remap_failed")

    def tcp():
        peer = f"{g.ip()}:{g.port()}"
        w("ERROR", [comp("source", "syslog_in", "syslog"), f"connection{{peer_addr={peer}}}"], "vector::internal_events::tcp", "TCP socket error.",
          [("error", g.c(["Connection reset by peer (os error 104)", "Broken pipe (os error 32)"])), ("peer_addr", peer), ("error_type", '"connection_failed"'),
           ("stage", '"receiving"'), ("internal_log_rate_limit", "true")], "tcp_error")

    def retry():
        cid, ctype = g.c(SINKS[:2])
        st["req"] += 1
        why = g.c(['"Http status: 429 Too Many Requests"', "Request timed out.", '"Http status: 503 Service Unavailable"'])
        w("WARN", [comp("sink", cid, ctype), f"request{{request_id={st['req']}}}"], "vector::sinks::util::retries", "Retrying after error.",
          [("error", why), ("internal_log_rate_limit", "true")], "retrying")

    def suppressed():
        tgt = g.c(["vector::sinks::util::retries", "vector::internal_events::remap", "vector::internal_events::tcp"])
        if g.r.random() < 0.5:
            w("INFO", [], tgt, f"Internal log [{g.c(['Retrying after error.', 'Mapping failed with event.', 'TCP socket error.'])}] is being suppressed to avoid flooding.",
              [], "suppressing")
        else:
            w("INFO", [], tgt, f"Internal log [{g.c(['Retrying after error.', 'Mapping failed with event.', 'TCP socket error.'])}] has been suppressed "
                               f"{g.num(1, 900)} times.", [], "suppressed_times")

    def dropped():
        cid, ctype = g.c(SINKS)
        st["req"] += 1
        w("ERROR", [comp("sink", cid, ctype), f"request{{request_id={st['req']}}}"], "vector::sinks::util::retries", "Not retriable; dropping the request.",
          [("reason", '"error type: mapper_parsing_exception, reason: failed to parse field [status] of type [long]"'), ("internal_log_rate_limit", "true")],
          "not_retriable")
        w("ERROR", [comp("sink", cid, ctype), f"request{{request_id={st['req']}}}"], "vector_common::internal_event::service", "Service call failed. No retries or retries exhausted.",
          [("error", "None"), ("request_id", st["req"]), ("error_type", '"request_failed"'), ("stage", '"sending"'), ("internal_log_rate_limit", "true")], "service_failed")
        w("ERROR", [comp("sink", cid, ctype), f"request{{request_id={st['req']}}}"], "vector_common::internal_event::component_events_dropped", "Events dropped",
          [("intentional", "false"), ("count", g.num(1, 1000)), ("reason", '"Service call failed. No retries or retries exhausted."'), ("internal_log_rate_limit", "true")],
          "events_dropped")

    def reload():
        w("INFO", [], "vector::config::watcher", "Configuration file changed.", [], "config_changed")
        w("INFO", [], "vector::topology::running", "Reloading running topology with new configuration.", [], "reloading")
        w("INFO", [], "vector::topology::running", "Running healthchecks.", [], "running_healthchecks")
        w("INFO", [], "vector::topology::running", "New configuration loaded successfully.", [], "config_loaded")
        w("INFO", [], "vector", "Vector has reloaded.", [("path", '[File("/etc/vector/vector.yaml", None)]')], "reloaded")
        for cid, ctype in SINKS:
            w("INFO", [comp("sink", cid, ctype)], "vector::topology::builder", "Healthcheck passed.", [], "healthcheck_passed")

    boot()
    ev = [(25, found), (15, remap), (10, tcp), (20, retry), (14, suppressed), (2, dropped), (0.5, reload)]
    fill(L, ev, N_LINES, 20)
    del L.rows[N_LINES:]
    return L


# 17 --------------------------------------------------------------- Windows Server 2022 DNS Server on the domain controller DC01 of a 120-seat engineering office (AD-integrated zone
#   corp.example.local, forwarders 1.1.1.1 and 9.9.9.9, en-US, clock in UTC) with debug logging of packets (queries and updates, UDP and TCP,
#   send and receive, no details), C:\Windows\System32\dns\dns.log: the file's banner with the field key, then fixed columns "12/1/2026 10:00:00 AM
#   0B5C PACKET  000001F3C2A1B0E0 UDP Rcv 10.0.12.34      3f2a   Q [0001   D   NOERROR] A      (3)www(6)google(3)com(0)"; clients' queries and
#   the answers, queries forwarded and their answers, NXDOMAIN and SERVFAIL, dynamic updates, a few EVENT lines
@checked
def log_windns(seed):
    L = Log("windows_dns_debug_log", seed, "full")
    g = L.g
    FWD = ["1.1.1.1", "9.9.9.9"]
    INTERNAL = [("A", "fs01.corp.example.local"), ("A", "dc01.corp.example.local"), ("SRV", "_ldap._tcp.dc._msdcs.corp.example.local"),
                ("SRV", "_kerberos._tcp.Default-First-Site-Name._sites.dc._msdcs.corp.example.local"), ("A", "wpad.corp.example.local"),
                ("A", "print01.corp.example.local"), ("SOA", "corp.example.local"), ("A", "vault.corp.example.local"), ("AAAA", "fs01.corp.example.local")]
    EXTERNAL = [("A", "login.microsoftonline.com"), ("AAAA", "outlook.office365.com"), ("A", "teams.microsoft.com"), ("HTTPS", "www.google.com"),
                ("A", "clients4.google.com"), ("A", "settings-win.data.microsoft.com"), ("A", "ctldl.windowsupdate.com"), ("A", "autodesk.com"),
                ("A", "licensing.autodesk.com"), ("A", "api.github.com"), ("AAAA", "www.bing.com"), ("TXT", "_dmarc.example.org"), ("A", "ocsp.digicert.com"),
                ("A", "update.solidworks.com"), ("A", "www.heise.de"), ("PTR", "4.0.12.10.in-addr.arpa")]

    def enc(name):
        return "".join(f"({len(p)}){p}" for p in name.split(".")) + "(0)"

    def stamp(t):
        return f"{t.month}/{t.day}/{t.year} {t.hour % 12 or 12}:{t:%M:%S} {'AM' if t.hour < 12 else 'PM'}"

    def pkt(thread, ptr, proto, d, ip, xid, resp, op, flags, chars, rcode, qt, name, ev):
        L.emit(f"{stamp(L.t)} {thread} PACKET  {ptr} {proto} {d} {ip:<15} {xid} {'R' if resp else ' '} {op} [{flags} {chars:<4} {rcode:>8}] {qt:<6} {enc(name)}", ev)

    def thread():
        return g.c(["0B5C", "0B60", "0B64", "0B68", "0C14"])

    def query():
        internal = g.r.random() < 0.4
        qt, name = g.c(INTERNAL if internal else EXTERNAL)
        ip = f"10.0.{g.c([12, 12, 13, 14, 20])}.{g.num(10, 250)}"
        xid = g.hx(4)
        th = thread()
        ptr = "00000" + g.HX(11)
        proto = "UDP" if g.r.random() < 0.95 else "TCP"
        pkt(th, ptr, proto, "Rcv", ip, xid, False, "Q", "0001", "  D", "NOERROR", qt, name, "rcv_query")
        rcode = "NOERROR"
        if internal:
            if name.startswith("wpad"):
                rcode = "NXDOMAIN"
            ms_(L, 0, 2)
            pkt(th, ptr, proto, "Snd", ip, xid, True, "Q", "8585" if rcode == "NOERROR" else "8583", "A DR", rcode, qt, name, "snd_response")
            return
        if g.r.random() < 0.55:
            fptr = "00000" + g.HX(11)
            fx = g.hx(4)
            fw = g.c(FWD)
            pkt(th, fptr, "UDP", "Snd", fw, fx, False, "Q", "0001", "  D", "NOERROR", qt, name, "snd_forward")
            ms_(L, 3, 120)
            r = g.r.random()
            rcode = "NOERROR" if r < 0.93 else ("NXDOMAIN" if r < 0.98 else "SERVFAIL")
            flags = {"NOERROR": "8180", "NXDOMAIN": "8183", "SERVFAIL": "8182"}[rcode]
            pkt(g.c(["0B5C", "0B60"]), fptr, "UDP", "Rcv", fw, fx, True, "Q", flags, "  DR", rcode, qt, name, "rcv_forward_response")
        ms_(L, 0, 2)
        flags = {"NOERROR": "8180", "NXDOMAIN": "8183", "SERVFAIL": "8182"}[rcode]
        pkt(th, ptr, proto, "Snd", ip, xid, True, "Q", flags, "  DR", rcode, qt, name, "snd_response")

    def update():
        ip = f"10.0.{g.c([12, 13, 14])}.{g.num(10, 250)}"
        xid = g.hx(4)
        th = thread()
        ptr = "00000" + g.HX(11)
        pkt(th, ptr, "UDP", "Rcv", ip, xid, False, "U", "2800", "", "NOERROR", "SOA", "corp.example.local", "rcv_update")
        ms_(L, 0, 30)
        ok = g.r.random() < 0.85
        pkt(th, ptr, "UDP", "Snd", ip, xid, True, "U", "A800" if ok else "A805", "", "NOERROR" if ok else "REFUSED", "SOA", "corp.example.local", "snd_update_response")

    def event():
        msg, ev = g.c([("The DNS server has finished the background loading of zones. All zones are now available for DNS updates and zone transfers, as allowed by "
                        "their individual zone configuration.", "ev_zones_loaded"),
                       (f"The DNS server wrote version {g.num(1200, 9000)} of zone corp.example.local to file corp.example.local.dns.", "ev_zone_written"),
                       ("Scavenging of stale records completed.", "ev_scavenging")])
        L.emit(f"{stamp(L.t)} {thread()} EVENT   {msg}", ev)

    banner = [("DNS Server log file creation at {s}", "banner_created"), ("Log file wrap at {s}", "banner_wrap"), ("", "empty"),
              ("Message logging key (for packets - other items use a subset of these fields):", "banner_key"),
              ("\tField #  Information         Values", "banner_col_head"), ("\t-------  -----------         ------", "banner_col_rule")]
    keys = [("   1     Date", ""), ("   2     Time", ""), ("   3     Thread ID", ""), ("   4     Context", ""), ("   5     Internal packet identifier", ""),
            ("   6     UDP/TCP indicator", ""), ("   7     Send/Receive indicator", ""), ("   8     Remote IP", ""), ("   9     Xid (hex)", ""),
            ("  10     Query/Response      R = Response", "blank = Query"), ("  11     Opcode              Q = Standard Query", "N = Notify", "U = Update", "? = Unknown"),
            ("  12     [ Flags (hex)", ""), ("  13     Flags (char codes)  A = Authoritative Answer", "T = Truncated Response", "D = Recursion Desired",
                                             "R = Recursion Available"), ("  14     ResponseCode ]", ""), ("  15     Question Type", ""), ("  16     Question Name", "")]
    s0 = stamp(L.t)
    for text, ev in banner:
        L.emit(text.format(s=s0), ev, t=L.t)
    for k in keys:
        L.emit("\t" + k[0], "banner_field", t=L.t)
        for more in k[1:]:
            if more:
                L.emit("\t" + " " * 29 + more, "banner_value", t=L.t)
    L.emit("", "empty", t=L.t)
    ev = [(85, query), (6, update), (0.3, event)]
    fill(L, ev, N_LINES, 0.4)
    del L.rows[N_LINES:]
    return L


# 18 --------------------------------------------------------------- Xonotic 0.8.6 dedicated server (a gaming club's public CTF and deathmatch server, sv_eventlog 1, `timestamps 1`) run under
#   systemd, its console saved with `log_file server.log`: "[2026-12-01 10:00:00] " in front of every line, then the event log's ":kind:field:..."
#   lines (joins, parts, names, teams, kills with their deathtype and items, CTF flag events, votes, game starts and the end-of-match score tables
#   with their label lines) and the console's own lines with colour codes (connects, death messages, chat, team changes)
@checked
def log_xonotic(seed):
    L = Log("xonotic_server_log", seed, "full")
    g = L.g
    NAMES = ["^1Frag^7Master", "^4Blue^7Whale", "^3Sunny", "^2Gr33n^7Goblin", "^xF80Orange^7Cat", "^5[TCB]^7Lumpi", "^7Karl Klammer", "^6Pinky^7", "^1A^2s^3t^4r^5o",
             "^7noob_sl4yer", "^3Hetzi", "^x0AFIce^7Man", "^7Schnitzel"]
    MAPS = ["ctf_implosion", "ctf_catharsis", "dm_finalrage", "ctf_ruiner", "dm_stormkeep", "ctf_fuse"]
    WEAPONS = [("vortex", "{v}^7 was sniped by {k}^7's Vortex"), ("mortar", "{v}^7 was blasted by {k}^7's Mortar"),
               ("machinegun", "{v}^7 was riddled full of holes by {k}^7's Machine Gun"), ("devastator", "{v}^7 ate {k}^7's rocket"),
               ("shotgun", "{v}^7 was gunned down by {k}^7's Shotgun"), ("electro", "{v}^7 was blasted by {k}^7's Electro bolt"),
               ("crylink", "{v}^7 felt the strong pull of {k}^7's Crylink"), ("hagar", "{v}^7 was pummeled by a burst of {k}^7's Hagar rockets"),
               ("arc", "{v}^7 was electrocuted by {k}^7's Arc")]
    st = {"on": {}, "next": 1, "map": g.c(MAPS)}

    def w(text, ev):
        L.emit(f"[{L.t:%Y-%m-%d %H:%M:%S}] {text}", ev)

    def join():
        if len(st["on"]) >= 10:
            return
        free = [n for n in NAMES if n not in st["on"].values()]
        n = g.c(free)
        pid = st["next"]
        st["next"] += 1
        st["on"][pid] = n
        w(f":join:{pid}:{g.num(1, 16)}:{g.ip('pub') if g.r.random() < 0.9 else 'bot'}:{n}", "ev_join")
        w(f"{n}^7 connected", "con_connected")
        if "ctf" in st["map"]:
            team = g.c([5, 14])
            w(f":team:{pid}:{team}:1", "ev_team")
            w(f"{n}^7 has joined the {'^1Red' if team == 5 else '^4Blue'}^7 team", "con_team")

    def part():
        if len(st["on"]) < 3:
            return
        pid = g.c(sorted(st["on"]))
        n = st["on"].pop(pid)
        w(f"{n}^7 disconnected", "con_disconnected")
        w(f":part:{pid}", "ev_part")

    def kill():
        if len(st["on"]) < 2:
            return join()
        k, v = g.r.sample(sorted(st["on"]), 2)
        wp, msg = g.c(WEAPONS)
        if g.r.random() < 0.08:
            dtype, dmsg, dev = g.c([("DEATH_FALL", "hit the ground with a crunch", "con_fall"), ("DEATH_HURTTRIGGER", "was in the wrong place", "con_wrong_place"),
                                    ("DEATH_LAVA", "turned into hot slag", "con_lava")])
            w(f":kill:suicide:{v}:{v}:type={dtype}:items={g.num(1, 300)}{g.c(['', 'F', 'S'])}:victimitems={g.num(1, 300)}", "ev_kill_suicide")
            w(f"{st['on'][v]}^7 {dmsg}", dev)
            return
        w(f":kill:frag:{k}:{v}:type={wp}:items={g.num(1, 300)}{g.c(['', 'F', 'S', 'SF'])}:victimitems={g.num(1, 300)}{g.c(['', 'F'])}", "ev_kill_frag")
        w(msg.format(v=st["on"][v], k=st["on"][k]), "con_death_" + wp)
        if g.r.random() < 0.1:
            w(f"{st['on'][k]}^7 {g.c(['made a DOUBLE SCORE', 'made a TRIPLE SCORE', 'is on a rampage'])}", "con_spree")

    def ctf():
        if "ctf" not in st["map"] or len(st["on"]) < 2:
            return kill()
        pid = g.c(sorted(st["on"]))
        n = st["on"][pid]
        col = g.c(["red", "blue"])
        kind = g.c(["steal", "steal", "pickup", "dropped", "capture", "return"])
        w(f":ctf:{kind}:{5 if col == 'red' else 14}:{pid}", "ev_ctf_" + kind)
        w({"steal": f"{n}^7 got the {'^1RED' if col == 'red' else '^4BLUE'}^7 flag", "pickup": f"{n}^7 picked up the {'^1RED' if col == 'red' else '^4BLUE'}^7 flag",
           "dropped": f"{n}^7 lost the {'^1RED' if col == 'red' else '^4BLUE'}^7 flag", "return": f"{n}^7 returned the {'^1RED' if col == 'red' else '^4BLUE'}^7 flag",
           "capture": f"{n}^7 captured the {'^1RED' if col == 'red' else '^4BLUE'}^7 flag in {g.f(8, 90, 2)} seconds"}[kind], "con_ctf_" + kind)

    def chat():
        if not st["on"]:
            return join()
        n = st["on"][g.c(sorted(st["on"]))]
        w(f"{n}^7: {g.c(['gg', 'lol', 'nice shot', 'wtf lag', 'def pls', 'who has our flag?', 'brb', 'rematch?', 'ez', 'gj team', 'this map again...'])}", "con_chat")

    def vote():
        if not st["on"]:
            return join()
        pid = g.c(sorted(st["on"]))
        m = g.c(MAPS)
        w(f":vote:vcall:{pid}:gotomap {m}", "ev_vote_call")
        w(f"{st['on'][pid]}^7 calls a vote for ^1gotomap {m}", "con_vote_call")
        L.t += dt.timedelta(seconds=g.num(5, 30))
        y, n = g.num(0, 6), g.num(0, 4)
        if y > n:
            w(f":vote:vyes:{y}:{n}:0:{g.num(0, 3)}:-1", "ev_vote_yes")
            w("^2The vote has been accepted", "con_vote_accepted")
            endgame(m)
        else:
            w(f":vote:vno:{y}:{n}:0:{g.num(0, 3)}:-1", "ev_vote_no")
            w("^1The vote has been rejected", "con_vote_rejected")

    def endgame(nxt=None):
        w(":gameover", "ev_gameover")
        w(":labels:player:score!!,kills,deaths,suicides,,,,,,,,,,,,,,,,,,,,,,,,,,,,,caps!,returns,drops,fckills,pickups", "ev_labels_player")
        for pid, n in sorted(st["on"].items()):
            w(f":player:see-labels:{g.num(-5, 90)},{g.num(0, 60)},{g.num(0, 60)},{g.num(0, 5)},{g.num(0, 6)},{g.num(0, 9)}:{g.num(100, 900)}:"
              f"{g.c([5, 14]) if 'ctf' in st['map'] else -1}:{pid}:{n}", "ev_player_score")
        if "ctf" in st["map"]:
            w(":labels:teamscores:caps!!,score", "ev_labels_team")
            for t in (5, 14):
                w(f":teamscores:see-labels:{g.num(0, 10)},{g.num(0, 400)}:{t}", "ev_team_score")
        w(":end", "ev_end")
        st["map"] = nxt or g.c(MAPS)
        L.t += dt.timedelta(seconds=g.num(8, 20))
        w(f":gamestart:{st['map']}:{g.uuid()}", "ev_gamestart")
        w(f"^7Map: {st['map']}", "con_map")

    w(f":gamestart:{st['map']}:{g.uuid()}", "ev_gamestart")
    for _ in range(4):
        join()
    ev = [(45, kill), (8, ctf), (6, chat), (4, join), (3.5, part), (0.6, vote), (0.6, endgame)]
    fill(L, ev, N_LINES, 9)
    del L.rows[N_LINES:]
    return L


# 19 --------------------------------------------------------------- Yggdrasil 0.5.9 (the Debian package) on a community mesh gateway in a Berlin housing cooperative (public TLS peers,
#   multicast peers on the courtyard Wi-Fi), `journalctl -u yggdrasil` (short format, the clock in UTC): "Dec 01 10:00:00 ygg-gw yggdrasil[812]:
#   2026/12/01 10:00:00 message" (journald's stamp and Go's log stamp both); start-up with the node's keys and addresses, peers connected and
#   disconnected with their errors, failed outbound dials, the admin socket, systemd's start and stop lines (no Go stamp)
@checked
def log_yggdrasil(seed):
    L = Log("yggdrasil_journal", seed, "noyear", False, True)
    g = L.g
    PEERS = [("tls", "ygg-berlin.example.net", "198.51.100.23", 443), ("tls", "ygg.mesh-hh.example.org", "203.0.113.71", 8443), ("tcp", "ygg1.freifunk.example", "185.43.9.10", 1337),
             ("quic", "yggquic.example.eu", "91.198.10.12", 443)]
    st = {"pid": g.num(600, 3000), "up": {}}

    def addr():
        return "200:" + ":".join(g.hx(4) for _ in range(7)) if g.r.random() < 0.6 else "201:" + ":".join(g.hx(4) for _ in range(7))

    def w(msg, ev):
        ms_(L, 0, 200)
        L.emit(f"{jts(L.t)} ygg-gw yggdrasil[{st['pid']}]: {L.t:%Y/%m/%d %H:%M:%S} {msg}", ev, None, "yggdrasil")

    def sysd(msg, ev):
        ms_(L, 0, 100)
        L.emit(f"{jts(L.t)} ygg-gw systemd[1]: {msg}", ev, None, "systemd")

    def start():
        st["pid"] = g.num(600, 30000)
        sysd("Starting yggdrasil.service - Yggdrasil Network...", "sd_starting")
        sysd("Started yggdrasil.service - Yggdrasil Network.", "sd_started")
        w("Starting up...", "starting_up")
        w(f"Your public key is {g.hx(64)}", "public_key")
        w("Your IPv6 address is 200:6fc8:9220:f400:5cc2:305a:4ac6:967e", "ipv6_address")
        w("Your IPv6 subnet is 300:6fc8:9220:f400::/64", "ipv6_subnet")
        w("TLS listener started on [::]:443", "tls_listener")
        w("Admin socket listening on /var/run/yggdrasil/yggdrasil.sock", "admin_socket")
        w("Active multicast interface wlan0", "multicast_iface")
        w("Interface name: tun0", "iface_name")
        w("Interface MTU: 65535", "iface_mtu")
        st["up"] = {}

    def stop():
        sysd("Stopping yggdrasil.service - Yggdrasil Network...", "sd_stopping")
        w("Interrupt received, shutting down", "interrupt")
        w("Stopping...", "stopping")
        w("Stopped", "stopped")
        sysd("yggdrasil.service: Deactivated successfully.", "sd_deactivated")
        sysd("Stopped yggdrasil.service - Yggdrasil Network.", "sd_stopped")
        L.t += dt.timedelta(seconds=g.num(1, 30))
        start()

    def connect():
        if g.r.random() < 0.55:
            kind, host, ip, port = g.c(PEERS)
            a = addr()
            st["up"][a] = (kind.upper(), f"{ip}:{port}", f"192.168.8.2:{g.port()}")
        else:
            a = addr()
            ll = f"fe80::{g.hx(4)}:{g.hx(4)}:{g.hx(4)}:{g.hx(4)}"
            st["up"][a] = ("TLS", f"[{ll}%wlan0]:{g.num(30000, 60000)}", f"[fe80::e65f:1ff:fe2a:8c41%wlan0]:{g.port()}")
        k, remote, src = st["up"][a]
        w(f"Connected {k}: {a}@{remote}, source {src}", "connected")

    def disconnect():
        if not st["up"]:
            return connect()
        a = g.c(sorted(st["up"]))
        k, remote, src = st["up"].pop(a)
        err = g.c(["EOF", "ping timeout", "read tcp " + src.split("%")[0].strip("[]") + "->" + remote + ": read: connection reset by peer", "use of closed network connection",
                   "context canceled"])
        w(f"Disconnected {k}: {a}@{remote}, source {src}; error: {err}", "disconnected")

    def dial_fail():
        kind, host, ip, port = g.c(PEERS)
        err = g.c([f"dial tcp {ip}:{port}: connect: connection refused", f"dial tcp {ip}:{port}: i/o timeout",
                   f"dial tcp: lookup {host}: Temporary failure in name resolution", "remote node has same public key"])
        w(f"Failed to connect to {kind}://{host}:{port}: {err}", "dial_failed")

    start()
    ev = [(30, connect), (28, disconnect), (12, dial_fail), (0.4, stop)]
    fill(L, ev, N_LINES, 90)
    del L.rows[N_LINES:]
    return L


# 20 --------------------------------------------------------------- Camunda 8.6 Zeebe broker 0 of a three-broker cluster (self-managed, docker compose, Elasticsearch exporter) running an
#   insurer's claims processes, `docker logs zeebe-0`: Zeebe's log4j2 pattern writes each record over two lines, "2026-12-01 10:00:00.123
#   [Broker-0-ZeebePartition-1] [Broker-0-zb-actors-1] INFO " (time, actor, thread, level) and under it "      logger - message"; start-up with the
#   broker's configuration as pretty-printed JSON, raft role changes and elections, partitions recovering, snapshots taken and committed, log
#   compaction, the exporter failing to flush with its Java stack trace, the gateway's warnings, health changes
@checked
def log_zeebe(seed):
    L = Log("zeebe_broker_docker_logs", seed, "full", True, True)
    g = L.g
    st = {"term": {1: 3, 2: 2, 3: 4}, "role": {1: "LEADER", 2: "FOLLOWER", 3: "FOLLOWER"}, "pos": g.num(10 ** 6, 10 ** 7)}

    def w(lv, actor, thread, logger, msg, ev, extra=()):
        ms_(L, 0, 300)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} [{actor}] [{thread}] {lv:<5}", "zeebe_header", lv, logger)
        L.emit(f"      {logger} - {msg}", ev, lv, logger)
        for text, e in extra:
            L.emit(text, e, lv, logger)

    def za():
        return f"Broker-0-zb-actors-{g.num(0, 3)}"

    def startup():
        w("INFO", "", "main", "io.camunda.zeebe.broker.StandaloneBroker", "Starting StandaloneBroker v8.6.5 using Java 21.0.5 with PID 7 (/usr/local/zeebe/lib/"
                                                                          "camunda-zeebe-8.6.5.jar started by root in /usr/local/zeebe)", "starting_broker")
        w("INFO", "", "main", "io.camunda.zeebe.broker.StandaloneBroker", 'No active profile set, falling back to 1 default profile: "default"', "no_profile")
        w("INFO", "", "main", "io.camunda.zeebe.broker.system", "Version: 8.6.5", "version")
        cfg = ["{", '  "network" : {', '    "host" : "0.0.0.0",', '    "advertisedHost" : "zeebe-0",', '    "portOffset" : 0', "  },", '  "cluster" : {',
               '    "nodeId" : 0,', '    "partitionsCount" : 3,', '    "replicationFactor" : 3,', '    "clusterSize" : 3,',
               '    "initialContactPoints" : [ "zeebe-0:26502", "zeebe-1:26502", "zeebe-2:26502" ]', "  },", '  "exporters" : {',
               '    "elasticsearch" : {', '      "jarPath" : null,', '      "className" : "io.camunda.zeebe.exporter.ElasticsearchExporter"', "    }", "  }", "}"]
        w("INFO", "", "main", "io.camunda.zeebe.broker.system", "Starting broker 0 with configuration " + cfg[0], "starting_with_config",
          [(c, "cfg_" + (c.strip().split('"')[1] if '"' in c else c.strip())) for c in cfg[1:]])
        for i, step in enumerate(["Monitoring Server", "Disk Space Usage Monitor", "Cluster Services (Start)", "Admin API", "Command API", "Partition Manager",
                                  "Cluster Topology Manager", "Broker Admin Interface"], 1):
            w("INFO", "Broker-0", za(), "io.camunda.zeebe.broker.system", f"Startup {step}", "startup_step")
        w("INFO", "", "main", "io.camunda.zeebe.broker.StandaloneBroker", f"Started StandaloneBroker in {g.f(6, 14, 3)} seconds (process running for {g.f(8, 16, 3)})",
          "started_broker")

    def raft_change():
        p = g.num(1, 3)
        rs = f"RaftServer{{raft-partition-partition-{p}}}"
        if st["role"][p] == "LEADER":
            st["role"][p] = "FOLLOWER"
            st["term"][p] += 1
            w("INFO", f"raft-server-0-{p}", f"raft-server-0-raft-partition-partition-{p}", "io.atomix.raft.impl.RaftContext", f"{rs} - Transitioning to FOLLOWER",
              "raft_transitioning")
            w("INFO", f"Broker-0-ZeebePartition-{p}", za(), "io.camunda.zeebe.broker.system", f"Transition to FOLLOWER on term {st['term'][p]} requested.",
              "transition_requested")
            w("INFO", f"Broker-0-ZeebePartition-{p}", za(), "io.camunda.zeebe.broker.system", f"Transition to FOLLOWER on term {st['term'][p]} completed",
              "transition_completed")
        else:
            w("INFO", f"raft-server-0-{p}", f"raft-server-0-raft-partition-partition-{p}", "io.atomix.raft.roles.FollowerRole",
              f"{rs}{{role=FOLLOWER}} - No heartbeat from a known leader since {g.num(2500, 9000)}ms", "no_heartbeat")
            w("INFO", f"raft-server-0-{p}", f"raft-server-0-raft-partition-partition-{p}", "io.atomix.raft.impl.RaftContext", f"{rs} - Transitioning to CANDIDATE",
              "raft_transitioning")
            st["term"][p] += 1
            if g.r.random() < 0.5:
                st["role"][p] = "LEADER"
                w("INFO", f"raft-server-0-{p}", f"raft-server-0-raft-partition-partition-{p}", "io.atomix.raft.impl.RaftContext", f"{rs} - Transitioning to LEADER",
                  "raft_transitioning")
                w("INFO", f"Broker-0-ZeebePartition-{p}", za(), "io.camunda.zeebe.broker.system", f"Transition to LEADER on term {st['term'][p]} requested.",
                  "transition_requested")
                w("INFO", f"Broker-0-ZeebePartition-{p}", za(), "io.camunda.zeebe.broker.system", f"Transition to LEADER on term {st['term'][p]} completed",
                  "transition_completed")
            else:
                w("INFO", f"raft-server-0-{p}", f"raft-server-0-raft-partition-partition-{p}", "io.atomix.raft.impl.RaftContext", f"{rs} - Found leader {g.c([1, 2])}",
                  "found_leader")
                w("INFO", f"raft-server-0-{p}", f"raft-server-0-raft-partition-partition-{p}", "io.atomix.raft.impl.RaftContext", f"{rs} - Transitioning to FOLLOWER",
                  "raft_transitioning")
        w("INFO", f"Broker-0-ZeebePartition-{p}", za(), "io.camunda.zeebe.broker.system", f"Partition-{p} recovered, marking it as healthy", "recovered")

    def snapshot():
        p = g.num(1, 3)
        st["pos"] += g.num(1000, 90000)
        sid = f"{st['pos']}-{st['term'][p]}-{st['pos'] + g.num(100, 900)}-{st['pos'] + g.num(0, 99)}"
        path = f"/usr/local/zeebe/data/raft-partition/partitions/{p}/pending/{sid}"
        w("INFO", f"Broker-0-SnapshotDirector-{p}", za(), "io.camunda.zeebe.logstreams.snapshot", f"Taking temporary snapshot into {path}.", "taking_snapshot")
        w("INFO", f"Broker-0-SnapshotDirector-{p}", za(), "io.camunda.zeebe.logstreams.snapshot",
          f"Finished taking temporary snapshot, need to wait until last written event position {st['pos'] + 900} is committed, current commit position is "
          f"{st['pos'] + g.num(0, 800)}. After that snapshot will be committed.", "finished_temp_snapshot")
        w("INFO", f"Broker-0-SnapshotDirector-{p}", za(), "io.camunda.zeebe.logstreams.snapshot",
          f"Current commit position {st['pos'] + 950} >= {st['pos'] + 900}, committing snapshot FileBasedTransientSnapshot{{directory={path}, snapshot=FileBasedSnapshotId"
          f"{{index={st['pos']}, term={st['term'][p]}, processedPosition={st['pos'] + 500}, exporterPosition={st['pos'] + 400}}}, checksum={g.num(10 ** 8, 4 * 10 ** 9)}}}.",
          "committing_snapshot")
        w("INFO", f"Broker-0-SnapshotStore-{p}", za(), "io.camunda.zeebe.snapshots", f"Committed new snapshot {sid}", "committed_snapshot")
        w("INFO", f"Broker-0-LogDeletion-{p}", za(), "io.camunda.zeebe.logstreams", f"Compacting Atomix log up to index {st['pos'] - g.num(0, 5000)}", "compacting")

    def exporter():
        n = g.num(1, 500)
        frames = ["io.camunda.zeebe.exporter.ElasticsearchClient.exportBulk(ElasticsearchClient.java:127)",
                  "io.camunda.zeebe.exporter.ElasticsearchClient.flush(ElasticsearchClient.java:100)",
                  "io.camunda.zeebe.exporter.ElasticsearchExporter.flush(ElasticsearchExporter.java:253)",
                  "io.camunda.zeebe.exporter.ElasticsearchExporter.flushAndReschedule(ElasticsearchExporter.java:230)",
                  "io.camunda.zeebe.broker.exporter.stream.ExporterContainer.lambda$scheduleCancellableTask$0(ExporterContainer.java:213)",
                  "io.camunda.zeebe.scheduler.ActorJob.invoke(ActorJob.java:73)", "io.camunda.zeebe.scheduler.ActorThread.run(ActorThread.java:197)"]
        why = g.c([f"Failed to flush {n} item(s) of bulk request [type: es_rejected_execution_exception, reason: rejected execution of coordinating operation "
                   f"[coordinating_and_primary_bytes={g.num(10 ** 8, 5 * 10 ** 8)}, replica_bytes=0, all_bytes={g.num(10 ** 8, 5 * 10 ** 8)}, "
                   f"coordinating_operation_bytes={g.num(10 ** 5, 10 ** 7)}, max_coordinating_and_primary_bytes=214748364]]",
                   "Failed to flush bulk request: java.net.ConnectException: Connection refused"])
        w("WARN", f"Broker-0-Exporter-{g.num(1, 3)}", za(), "io.camunda.zeebe.broker.exporter.elasticsearch", "Failed to flush bulk completely", "flush_failed",
          [(f"io.camunda.zeebe.exporter.ElasticsearchExporterException: {why}", "exc_exporter")] + [(f"\tat {f}", "java_at") for f in frames])

    def gateway():
        if g.r.random() < 0.7:
            w("WARN", "GatewayLongPollingJobHandler", za(), "io.camunda.zeebe.gateway",
              f"Failed to activate jobs for type {g.c(['claim-intake', 'fraud-check', 'payout', 'send-letter'])} from partition {g.num(1, 3)}", "activate_failed")
        else:
            w("WARN", "GatewayRequestHandler", za(), "io.camunda.zeebe.gateway",
              f"Expected to handle gRPC request {g.c(['ActivateJobs', 'CreateProcessInstance', 'CompleteJob'])}, but the broker responded with RESOURCE_EXHAUSTED",
              "grpc_exhausted")

    def health():
        p = g.num(1, 3)
        if g.r.random() < 0.5:
            w("WARN", "Broker-0-HealthCheckService", za(), "io.camunda.zeebe.broker.system",
              f"Partition-{p} failed, marking it as unhealthy: ZeebePartitionHealth-{p}{{status=UNHEALTHY, issue=HealthIssue[message=Exporter is falling behind, "
              f"throwable=null, cause=null, since={L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z]}}", "unhealthy")
        else:
            w("INFO", "Broker-0-HealthCheckService", za(), "io.camunda.zeebe.broker.system", f"Partition-{p} recovered, marking it as healthy", "recovered")

    startup()
    ev = [(10, raft_change), (25, snapshot), (8, exporter), (12, gateway), (8, health)]
    fill(L, ev, N_LINES, 120)
    del L.rows[N_LINES:]
    return L


LOGS = [log_minknow, log_neovim, log_orientdb, log_prefect, log_wings, log_retroarch, log_sf_audit, log_sbt, log_sophos, log_stalwart, log_sunshine,
        log_tvheadend, log_umbraco, log_valetudo, log_vector, log_windns, log_xonotic, log_yggdrasil, log_znc, log_zeebe]


if __name__ == "__main__":
    main(LOGS, WORK)
