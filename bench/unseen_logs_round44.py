#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the forty-fourth round, 20 logs,
written 2026-12-07 by a helper that did not read LogSleuth's code; as found: 0.756. This round is
worked on (not held out). The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and
`formats` on each and prints grouping accuracy, events against templates, the learned format and how
many lines had their time, level and component read, and read right.

Lines without a header of their own carry the time, level and component of the record they belong
to: Geode's start-up banner under its head line with the empty message, and the Java exception with
its "<tab>at" frames under "Exception occurred while executing function"; the tab-indented frames
under KSP's "[EXC ...]" line; apcupsd's "Change them NOW" under "Emergency! UPS batteries have
failed"; the "│" and "└" lines of a Julia log record under its "┌ Info:" or "┌ Warning:". A line with
no time of its own gets the time of the last line before it that writes one (of the first after it
at the start of a log): the output of the commands between CodeBuild's "[Container]" lines; Gatling's
console summary but its "2026-12-01 02:00:05 ... 5s elapsed" line, its final statistics and Maven's
lines but "[INFO] Finished at: ..."; all of the HPL output but the job script's `date` lines and the
"HPL_pdgesv() start time" and "end time" lines (each with the time it writes, the start and the end
of the test); jackd's output in QjackCtl's messages log; KSP's banner lines under "Log Initiated"
(its "Log started: Tue, Dec 01, 2026 18:42:07" has its own); LightGBM's lines, the evaluation lines
and the script's between Optuna's lines. Such a line has no level or component unless it writes them
(Maven's "[INFO]", "[LightGBM] [Info]"). BBDuk, hashcat and the Ipopt/PowerModels output write no
time at all (time kind None; the dates in hashcat's "Time.Started", "Time.Estimated", "Started:" and
"Stopped:" are values of the status screen). Full dates elsewhere: the OmniSwitch ("2026 Dec  1
10:00:00.123"), apcupsd ("2026-12-01 11:00:00 +0100", Europe/Berlin, +0200 in summer; the log runs
from 2021 to 2026), CodeBuild ("2026/12/01 10:00:00.123456"), Axis ("2026-12-01T11:00:00.123+01:00"),
Buildroot's brmake ("2026-12-01T02:00:03"), Deadline ("2026-12-01 10:00:00:"), Ergo and Fly.io (Z),
Geode ("2026/12/01 10:00:00.123 UTC"), HPL (ctime, and date's "Tue Dec  1 10:00:00 UTC 2026") and
Optuna's lines in the LightGBM log ("[I 2026-12-01 10:00:00,123]"); where a log writes local time
without an offset the clock is UTC. ComfyUI's and Kismet's journals ("Dec 01 10:00:00") have no year
(noyear). FreeRDP ("[10:00:00:123]", the kiosk script's own lines "2026-12-01 10:00:00"), Gatling
(logback's "02:00:12.345", the summary's full date), QjackCtl ("10:00:00.123") and KSP ("[LOG
10:00:00.123]") write the time of day (tod).

Levels are as written: the OmniSwitch's word after the subapplication (EVENT, INFO, WARN, ALRM);
Axis' bracketed word (INFO, NOTICE, WARNING, ERR); Deadline's "INFO:" and "DEBUG:" after the render
thread's "0: " (its other lines none; "STDOUT:" is not a level); Ergo's column (info, warn, error);
Fly.io's bracket (info, error; the init's own " INFO" and " WARN" behind "[info]" count as well);
FreeRDP's (INFO, WARN, ERROR; the script's lines none); Gatling's Maven bracket (INFO, ERROR) and
logback's (WARN, INFO), its other lines none; Geode's first word (info, warn, error); in the Ipopt
output PowerModels' Memento word (info, warn), Julia's "Info" and "Warning" on every line of their
record, Ipopt's "WARNING:" (other lines none); Kismet's word before the message (INFO, ALERT, ERROR;
systemd's lines none); KSP's tag (LOG, WRN, ERR, EXC: taken as written); LightGBM's "[Info]" and
"[Warning]", Optuna's letter (I, W). apcupsd, CodeBuild, BBDuk, Buildroot, ComfyUI, hashcat, HPL and
QjackCtl write none (npm's "warn", gcc's "warning:", Docker's "WARNING!" are text of a command's
output). The component is the OmniSwitch's application (intfCmm, da-unp, lanpower, aaa, cli, slNi,
...; "intfCmm Mgr" with its subapplication counts too); Axis' program (monolith, httpd,
systemd-timesyncd, dhcpcd, kernel, vmd, acap, storage, avahi-daemon, systemd; the pid is not); the
journal's program in ComfyUI's (python, systemd) and Kismet's log (kismet, systemd); Ergo's type
(server, listeners, connect-ip, connect, accounts, quit, opers, mysql); Fly.io's source (app, proxy,
runner, health; the machine and the region are not); FreeRDP's tag (com.freerdp.crypto, ...; the
function in brackets is not); Gatling's logback logger (i.g.h.e.r.DefaultStatsProcessor,
i.g.c.ZincCompiler$); PowerModels' Memento logger; KSP's bracketed tag at the head of a message
(UIMasterController, HighLogic, ApplicationLauncher, PlanetariumCamera, FlightIntegrator, Editor,
ModuleManager, ShipConstruction, KerbalEngineer, Part, Progress Node Reached; the flight log's "[F:
12345]:" and the mission time "[00:02:34]:" are not); "[LightGBM]" in the LightGBM log. The others
have none (Geode's member name and its thread in angle brackets, Deadline's "Scheduler Thread -" and
render thread number, the keys of hashcat's and BBDuk's tables are not).

The true event of a line is the format string that wrote it: a value filled into a format string is
a variable (the OmniSwitch's CLI accounting "%s: %s" one event whatever the command, the UNP lines one
per way of authentication; apcupsd's start-up line whatever the version; CodeBuild's "Running command
%s", "Entering phase %s", "Phase complete: %s State: %s" and "Phase context status code: %s Message:
%s" one each whatever the phase, state and error, BuildKit's "#%d %s" vertex lines one whatever the
step, its "transferring ...: ... done" lines one, docker push's "%s: %s" layer status one, Jest's
"PASS %s" with or without its time one; Axis' RTSP SETUP one whatever the profile, "Profile \"%s\":
motion %s" one, httpd's messages one per AH code; Buildroot's ">>> %s %s <step>" one per step
whatever the package (host-skeleton's empty version alike), configure's "checking %s... %s" one
whatever the check, "config.status: creating %s" and "executing %s commands" one each, the unpacking
pipe one whatever the decompressor, ninja's steps one, CMake's "Building C object" one, Meson's
"Checking for function \"%s\" : %s" one whether YES or NO; ComfyUI's "Requested to load %s", "loaded
completely ..." and "lora key not loaded: %s" one each, the custom nodes' "   %s seconds: %s" one in
both lists, journald's "[%s blob data]" one; Deadline's "Executing plugin command of type '%s'" one,
"INFO: Arguments: %s" one whatever the renderer, Blender's progress line one; Ergo's "%s exited the
network: %s" one whatever the reason, "logged into account %s via %s" one; Fly.io's morgan line one
whatever the method and status, the machine and the region values; FreeRDP's "Loading Dynamic
Virtual Channel %s" one, rdp_print_errinfo one per ERRINFO code, the script's "exited with code %d"
one; Gatling's request rows one whatever the request ("Global" too), the error rows one and their
continuations wrapped at 80 columns one, the scenario header, progress bar and users line one each,
"response time %dth percentile" one; Geode's "Created oplog#%d %s for disk store %s." one, the client
unregistered one whatever the reason; hashcat's cracked "hash:password" lines one whatever the hash
mode, "Speed.#%d" one whatever the unit, "* %s" optimizer lines one; HPL's residual check one whether
PASSED or FAILED, its result row one; Ipopt's iteration rows one (restoration rows alike); QjackCtl's
"XRUN callback (%d)." one; jackd's "ALSA: final selected sample format for %s: %s" one whether
capture or playback, "JackEngine::XRun: client = %s ..." one; Kismet's ALERT lines one per alert
type; KSP's "Scene Change : From %s to %s" one, "Game State Saved to %s" one whether persistent or
quicksave, each "Load(...)" kind one; LightGBM's evaluation lines "[%d]<tab>valid_0's auc: ..." one,
Optuna's "Trial %d finished with value: ..." one), while two format strings that look alike are two
events (the OmniSwitch's "Link Down" and "Link Up", "PoE power on" and "off"; apcupsd's "Power
failure." and "Power is back. UPS running on mains."; automake's silent rules one per tool (CC,
CCLD, GEN), gcc's warnings one per kind, CMake's "Looking for %s - found" and "- not found", the make
and the ninja command lines, Meson's and the file system's "mkdir -p"; ComfyUI-Manager's and the
Impact Pack's "### Loading:"; FreeRDP's local and remote framebuffer formats; hashcat's "* Device #%d:"
line and the skipped device's, "Speed.#%d" and "Speed.#*"; HPL's two "Modified by" lines; Gatling's
"t < %d ms" and "t >= %d ms" rows; Ipopt's EXIT messages one each, its "Number of ... evaluations"
one per key; QjackCtl's "XRUN callback (%d skipped)." and "(%d).", "JACK connection change." and
"ALSA connection change.", "Client deactivated." and "Patchbay deactivated."; jackd's copyright
lines; Kismet's new access point and new device; LightGBM's force_col_wise and force_row_wise hints,
"Early stopping, best iteration is:" and "Did not meet early stopping"; Geode's "Initializing region"
and "Initialization of region ... completed"). A structured line belongs to its message and its
keys: Ergo's lines to their message; Fly.io's to their message (the init's "Starting init" and
"Starting clean up." two). In a banner or table each kind of line is an event: Geode's banner lines
each their own (its license lines too), its "  -X" parameter lines one, class path entries one,
library path entries another, "    key = value" system properties one; hashcat's status screen one
per key, its device list, optimizer list and dictionary cache one per kind of line; BBDuk's
statistics one per key ("Memory:" one in both places); HPL's explanation and parameter lines one per
key; Gatling's global information one per key; the Ipopt problem statistics one per key. Java's
"<tab>at" frames one event, the .NET "at" frames of Deadline's exception dump one (with or without
the exception type behind), Node's "    at" frames one, KSP's tab-indented frames one; Python's
traceback head, "  File" lines, source lines and exception line each one event. Wrappers are not part
of the event: the journal's stamp, host and program; Fly.io's stamp, source, machine, region and
level; brmake's stamp; BuildKit's "#%d %s " before the output of a RUN step (npm's deprecation
warning inside it is the same event as outside). Empty lines are one event per log (journald's empty
message in ComfyUI's log too; Maven's "[INFO] " its own).

usage: unseen_logs_round44.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round44)
"""
import datetime as dt
import os
import zoneinfo

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round44")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, us6, fill, checked, syslog_ts, carry_time, ms_, ctime, epoch, jts  # noqa: E402, F401

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


def own_time(r):
    """carry_time's test: the line writes a time of its own."""
    return r[2] is not None


def iso_off(lt):
    """An ISO 8601 stamp with milliseconds and the offset with a colon: "2026-12-01T11:00:00.123+01:00"."""
    z = f"{lt:%z}"
    return f"{lt:%Y-%m-%dT%H:%M:%S}.{ms3(lt)}{z[:3]}:{z[3:]}"


def java_trace(head, frames, cause=None, more=None):
    """(text, event) pairs of a Java exception: its head line, "<tab>at" frames, a "Caused by:" with its frames and "... n more"."""
    out = [(head[0], head[1])] + [(f"\tat {f}", "java_at") for f in frames]
    if cause:
        out.append((f"Caused by: {cause[0]}", cause[1]))
        out += [(f"\tat {f}", "java_at") for f in cause[2]]
        out.append((f"\t... {more or 14} more", "java_more"))
    return out


# 1 ---------------------------------------------------------------- Alcatel-Lucent Enterprise OmniSwitch 6860E-P48 (AOS 8.9R1, a two-chassis virtual chassis as the access switch
#   of a school's building B: classrooms' PCs and VoIP phones with 802.1X/MAC authentication through UNP, PoE access points, two LACP uplinks
#   to the core), the switch log read with `show log swlog` and saved by the network team ("2026 Dec  1 10:00:00.123 OS6860E-BLDG-B swlogd
#   intfCmm Mgr EVENT: CUSTLOG CMM Port 1/1/12 Link Down"): links coming and going through the school day, PoE, UNP authentications,
#   MAC moves, spanning-tree topology changes, SSH logins and CLI command accounting, NTP, a loop on a classroom port, temperature
#   warnings in a hot closet, DHCP snooping drops
@checked
def log_omniswitch(seed):
    L = Log("omniswitch_swlog", seed, "full", True, True, start=dt.datetime(2026, 11, 30, 5, 40, 0, tzinfo=UTC))
    g = L.g
    HOST = "OS6860E-BLDG-B"
    st = {"up": {}, "sess": g.num(100, 400)}
    PORTS = [f"{c}/1/{p}" for c in (1, 2) for p in range(1, 49)]
    UPLINKS = ["1/1/49", "2/1/49", "1/1/50", "2/1/50"]
    VLANS = [110, 120, 130, 140, 150, 999]
    ADMINS = ["netadmin", "mkoenig", "svc-backup", "tschulz"]
    MGMT = ["10.1.0.15", "10.1.0.16", "10.1.8.23", "10.1.8.40"]

    def w(app, sub, lv, msg, ev):
        ms_(L, 0, 30)
        L.emit(f"{L.t.year} {L.t:%b} {L.t.day:>2} {L.t:%H:%M:%S}.{ms3(L.t)} {HOST} swlogd {app} {sub} {lv}: {msg}", ev, lv, app)

    def link():
        p = g.c(PORTS)
        up = st["up"].get(p, True)
        if up:
            w("intfCmm", "Mgr", "EVENT", f"CUSTLOG CMM Port {p} Link Down", "link_down")
            if g.r.random() < 0.3:
                w("lanpower", "lpNi", "INFO", f"Port {p} PoE power off", "poe_off")
        else:
            if g.r.random() < 0.3:
                w("lanpower", "lpNi", "INFO", f"Port {p} PoE power on, class {g.c([2, 3, 4])}, {g.f(2.5, 24, 1)} W", "poe_on")
            w("intfCmm", "Mgr", "EVENT", f"CUSTLOG CMM Port {p} Link Up", "link_up")
        st["up"][p] = not up

    def unp():
        p, mac = g.c(PORTS), g.mac()
        x = g.r.random()
        if x < 0.5:
            w("da-unp", "unp", "INFO", f"Client {mac} on port {p} authenticated by 802.1X as {g.c(['l', 'k', 's'])}.{g.user()}, profile Staff, VLAN 120",
              "unp_dot1x_ok")
        elif x < 0.85:
            prof, v = g.c([("Phones", 130), ("Printers", 140), ("AccessPoints", 150), ("Pupils", 110)])
            w("da-unp", "unp", "INFO", f"Client {mac} on port {p} authenticated by MAC, profile {prof}, VLAN {v}", "unp_mac_ok")
        elif x < 0.97:
            w("da-unp", "unp", "WARN", f"Client {mac} on port {p} failed authentication (Access-Reject from 10.1.0.20), profile Guest, VLAN 999",
              "unp_fail")
        else:
            w("aaa", "radius", "WARN", "RADIUS server 10.1.0.20 not responding, failing over to 10.1.0.21", "radius_failover")

    def mac_move():
        p1, p2 = g.r.sample(PORTS, 2)
        w("slNi", "mac", "WARN", f"MAC {g.mac()} moved from port {p1} to port {p2} in VLAN {g.c(VLANS)}", "mac_move")

    def stp():
        w("stpNi", "stp", "INFO", f"Topology change received on port {g.c(UPLINKS[:2])} (CIST), flushing MAC table", "stp_tc")

    def lacp():
        u = g.c(UPLINKS)
        w("lnkaggNi", "lacp", "WARN", f"Port {u} left aggregate 1 (partner timeout)", "lacp_left")
        L.tick(20)
        w("lnkaggNi", "lacp", "INFO", f"Port {u} joined aggregate 1", "lacp_joined")

    def login():
        u, ip = g.c(ADMINS), g.c(MGMT)
        if g.r.random() < 0.15:
            w("aaa", "aaa", "WARN", f"Authentication failed for user {g.c(['admin', 'root', u])} from {ip} via SSH", "auth_failed")
            return
        st["sess"] += 1
        w("aaa", "aaa", "INFO", f"User {u} logged in from {ip} via SSH (session {st['sess']})", "login")
        for _ in range(g.num(1, 5)):
            L.tick(15)
            p = g.c(PORTS)
            cmd = g.c([f"show interfaces {p} status", f"show unp user port {p}", "show mac-learning port " + p, "show lanpower slot 1/1",
                       f"interfaces {p} admin-state disable", f"interfaces {p} admin-state enable", "write memory flash-synchro",
                       "show log swlog | tail 200", "show spantree cist ports active"])
            w("cli", "cliShell", "INFO", f"{u}: {cmd}", "cli_command")
        L.tick(60)
        w("aaa", "aaa", "INFO", f"User {u} logged out (session {st['sess']})", "logout")

    def ntp():
        w("ntp", "ntpClient", "INFO", f"Synchronized to server 10.1.0.1, stratum 3, offset {g.c(['', '-'])}0.00{g.num(1, 9)}{g.num(0, 99):02d} s", "ntp_sync")

    def temp():
        t = g.num(61, 66)
        w("chassisSupervisor", "tempMgr", "WARN", f"Chassis 2 temperature {t}C above warning threshold 60C", "temp_high")
        L.tick(900)
        w("chassisSupervisor", "tempMgr", "INFO", f"Chassis 2 temperature back to normal ({g.num(52, 59)}C)", "temp_normal")

    def loop():
        p = g.c(PORTS)
        w("lbd", "lbd", "ALRM", f"Loop detected on port {p}, port shutdown (violation)", "loop_detected")
        L.tick(300)
        w("lbd", "lbd", "INFO", f"Port {p} recovered from loopback violation", "loop_recovered")

    def snoop():
        w("udpRelay", "dhcpSnp", "WARN", f"Dropped DHCP OFFER from untrusted port {g.c(PORTS)} (MAC {g.mac()}, VLAN {g.c(VLANS[:4])})", "dhcp_snoop_drop")

    def dup_ip():
        w("ipni", "arp", "WARN", f"Duplicate IP address 10.{g.c([11, 12, 13])}.{g.num(0, 3)}.{g.num(2, 250)} detected from MAC {g.mac()} on VLAN {g.c(VLANS[:4])}",
          "dup_ip")

    def poe_denied():
        w("lanpower", "lpNi", "WARN", f"Port {g.c(PORTS)} PoE power denied, insufficient power budget (slot 2/1: {g.num(700, 780)} W used of 780 W)",
          "poe_denied")

    def fan():
        w("chassisSupervisor", "fanMgr", "ALRM", f"Chassis {g.c([1, 2])} fan {g.num(1, 3)} failed", "fan_failed")

    ev = [(30, link), (26, unp), (4, mac_move), (6, stp), (1, lacp), (5, login), (3, ntp), (0.6, temp), (0.6, loop), (3, snoop), (1, dup_ip),
          (1.2, poe_denied), (0.15, fan)]
    fill(L, ev, N_LINES, 45)
    del L.rows[N_LINES:]
    return L


# 2 ---------------------------------------------------------------- apcupsd 3.14 (the Debian package, a Back-UPS Pro 900 on USB) on a small engineering office's file server in rural
#   Lower Saxony, its /var/log/apcupsd.events kept since 2020 ("2026-12-01 11:00:00 +0100  Power failure.", local time with the offset of the
#   day, CET or CEST): short power blips and real outages, the USB link to the UPS dropping, fortnightly self tests, shutdowns of the server
#   when the battery ran low, restarts of the daemon for updates, a battery swap
@checked
def log_apcupsd(seed):
    L = Log("apcupsd_events", seed, "full", False, False, start=dt.datetime(2021, 4, 12, 8, 31, 2, tzinfo=UTC))
    g = L.g

    def w(msg, ev, t="now"):
        lt = L.t.astimezone(BERLIN)
        L.emit(f"{lt:%Y-%m-%d %H:%M:%S %z}  {msg}", ev, t=t)

    def version():
        return "3.14.14 (31 May 2016) debian" if L.t >= dt.datetime(2021, 9, 20, tzinfo=UTC) else "3.14.12 (29 March 2014) debian"

    def blip():
        w("Power failure.", "power_failure")
        L.tick(3)
        w("Power is back. UPS running on mains.", "power_back")

    def outage(long=False):
        w("Power failure.", "power_failure")
        L.tick(6)
        w("Running on UPS batteries.", "on_battery")
        L.tick(600 if long else 40)
        if long and g.r.random() < 0.5:
            w(*g.c([("Battery charge below low limit.", "battery_low"), ("Reached remaining time percentage limit on batteries.", "runtime_limit")]))
            w("Initiating system shutdown!", "doshutdown")
            w("User logins prohibited", "logins_prohibited")
            L.tick(5)
            w("apcupsd exiting, signal 15", "exiting")
            w("apcupsd shutdown succeeded", "shutdown_succeeded")
            L.tick(3600 * 2)
            w(f"apcupsd {version()} startup succeeded", "startup")
            return
        w("Mains returned. No longer on UPS batteries.", "mains_returned")
        w("Power is back. UPS running on mains.", "power_back")

    def comm():
        w("Communications with UPS lost.", "comm_lost")
        L.tick(8)
        w("Communications with UPS restored.", "comm_restored")

    def selftest():
        w("UPS Self Test switch to battery.", "selftest_start")
        L.tick(8)
        w("UPS Self Test completed: " + ("Battery OK" if g.r.random() < 0.97 else "Test failed"), "selftest_done")

    def restart():
        w("apcupsd exiting, signal 15", "exiting")
        w("apcupsd shutdown succeeded", "shutdown_succeeded")
        L.tick(4)
        w(f"apcupsd {version()} startup succeeded", "startup")

    def battery():
        w("Emergency! UPS batteries have failed", "changeme")
        w("Change them NOW", "changeme_2")
        L.tick(3600 * 30)
        w("Battery disconnected.", "batt_detach")
        L.tick(240)
        w("Battery reattached.", "batt_attach")

    ev = [(38, blip), (14, outage), (2.5, lambda: outage(True)), (22, comm), (12, selftest), (7, restart), (0.4, battery)]
    fill(L, ev, N_LINES, 86400 * 2.6)
    del L.rows[N_LINES:]
    return L


# 3 ---------------------------------------------------------------- AWS CodeBuild (the aws/codebuild/amazonlinux2-x86_64-standard:5.0 image, privileged for Docker) building a web
#   shop's TypeScript front end on every push to main: the build logs of a week downloaded from the console and put in one file. CodeBuild's
#   own lines ("[Container] 2026/12/01 10:00:00.123456 Entering phase BUILD", UTC) and between them the output of the buildspec's commands
#   with no stamp: npm ci, ESLint, Jest (a failing test now and then), docker login, BuildKit's "#n" progress, docker push, the artifacts
@checked
def log_codebuild(seed):
    L = Log("aws_codebuild_log", seed, "full", False, False, start=dt.datetime(2026, 11, 23, 7, 58, 0, tzinfo=UTC))
    g = L.g
    st = {"ver": 14}
    ECR = "381492061127.dkr.ecr.eu-west-1.amazonaws.com"
    TESTS = ["src/cart/cart.test.ts", "src/cart/coupon.test.ts", "src/api/orders.test.ts", "src/api/client.test.ts", "src/checkout/payment.test.tsx",
             "src/checkout/address.test.tsx", "src/catalog/search.test.ts", "src/catalog/filters.test.tsx", "src/account/login.test.tsx",
             "src/i18n/format.test.ts", "src/components/Price.test.tsx", "src/components/ProductCard.test.tsx", "src/hooks/useBasket.test.ts"]

    def c(msg, ev):
        ms_(L, 0, 300)
        L.emit(f"[Container] {L.t:%Y/%m/%d %H:%M:%S}.{us6(L.t)} {msg}", ev)

    def o(text, ev):
        ms_(L, 0, 120)
        L.emit(text, ev, t=None)

    def phase_done(ph, ok=True, cmd=None):
        c(f"Phase complete: {ph} State: {'SUCCEEDED' if ok else 'FAILED'}", "phase_complete")
        c("Phase context status code:  Message: " if ok else
          f"Phase context status code: COMMAND_EXECUTION_ERROR Message: Error while executing command: {cmd}. Reason: exit status 1", "phase_context")

    def jest():
        o("", "empty")
        o(f"> shop-web@2.{st['ver']}.0 test", "npm_script_name")
        o("> jest --ci --reporters=default", "npm_script_cmd")
        o("", "empty")
        fail = g.r.random() < 0.2
        bad = g.c(TESTS) if fail else None
        for t in g.r.sample(TESTS, len(TESTS)):
            if t == bad:
                o(f"FAIL {t}", "jest_fail")
                o(f"  ● {g.c(['PaymentForm', 'Basket', 'OrdersApi', 'AddressForm'])} › {g.c(['rejects an expired card', 'applies the coupon once', 'retries on 503', 'validates the postcode'])}",
                  "jest_failed_test")
                o("", "empty")
                o("    expect(received).toBe(expected) // Object.is equality", "jest_expect")
                o("", "empty")
                o(f"    Expected: \"{g.c(['Card expired', 'DE', '2'])}\"", "jest_expected")
                o(f"    Received: \"{g.c(['Card declined', 'AT', '1'])}\"", "jest_received")
                o("", "empty")
                n = g.num(30, 120)
                o(f"      {n - 2} |     await user.click(screen.getByRole('button', {{ name: /pay/i }}));", "jest_code_line")
                o(f"      {n - 1} |     const alert = await screen.findByRole('alert');", "jest_code_line")
                o(f"    > {n} |     expect(alert.textContent).toBe('Card expired');", "jest_code_mark")
                o("         |                               ^", "jest_caret")
                o(f"      {n + 1} |   }});", "jest_code_line")
                o("", "empty")
                o(f"      at Object.<anonymous> ({t}:{n}:31)", "jest_at")
                o("", "empty")
            else:
                o(f"PASS {t}" + (f" ({g.f(5, 14, 3)} s)" if g.r.random() < 0.25 else ""), "jest_pass")
        o("", "empty")
        nt = len(TESTS)
        o(f"Test Suites: 1 failed, {nt - 1} passed, {nt} total" if fail else f"Test Suites: {nt} passed, {nt} total", "jest_suites")
        o(f"Tests:       1 failed, {g.num(300, 330)} passed, 331 total" if fail else f"Tests:       {g.num(320, 340)} passed, {g.num(320, 340)} total",
          "jest_tests")
        o(f"Snapshots:   {g.num(10, 14)} passed, 14 total", "jest_snapshots")
        o(f"Time:        {g.f(18, 40, 3)} s", "jest_time")
        o("Ran all test suites.", "jest_ran_all")
        return fail

    def docker_build(tag):
        o("#0 building with \"default\" instance using docker driver", "bk_building_with")
        o("", "empty")
        steps = [("[internal] load build definition from Dockerfile", "transferring dockerfile: 612B done"),
                 ("[internal] load metadata for public.ecr.aws/docker/library/node:20-alpine", None),
                 ("[internal] load metadata for public.ecr.aws/nginx/nginx:1.27-alpine", None),
                 ("[internal] load .dockerignore", "transferring context: 112B done")]
        n = 0
        for title, sub in steps:
            n += 1
            o(f"#{n} {title}", "bk_step")
            if sub:
                o(f"#{n} {sub}", "bk_transferring")
            o(f"#{n} DONE {g.f(0, 1.5, 1)}s", "bk_done")
            o("", "empty")
        for title in ["[build 1/6] FROM public.ecr.aws/docker/library/node:20-alpine@sha256:" + g.hx(64),
                      "[stage-1 1/3] FROM public.ecr.aws/nginx/nginx:1.27-alpine@sha256:" + g.hx(64)]:
            n += 1
            o(f"#{n} {title}", "bk_step")
            o(f"#{n} resolve {title.split('FROM ')[1]} {g.f(0, 0.2, 1)}s done", "bk_resolve")
            for _ in range(g.num(2, 4)):
                sz = g.f(0.5, 40, 2)
                o(f"#{n} sha256:{g.hx(64)} {sz}MB / {sz}MB {g.f(0.1, 1.2, 1)}s done", "bk_layer")
            for _ in range(g.num(1, 3)):
                o(f"#{n} extracting sha256:{g.hx(64)} {g.f(0.1, 2, 1)}s done", "bk_extracting")
            o(f"#{n} DONE {g.f(2, 8, 1)}s", "bk_done")
            o("", "empty")
        n += 1
        o(f"#{n} [internal] load build context", "bk_step")
        o(f"#{n} transferring context: {g.f(1, 4, 2)}MB {g.f(0, 0.3, 1)}s done", "bk_transferring")
        o(f"#{n} DONE {g.f(0, 0.4, 1)}s", "bk_done")
        o("", "empty")
        for title in ["[build 2/6] WORKDIR /app", "[build 3/6] COPY package.json package-lock.json ./", "[build 4/6] RUN npm ci --no-audit",
                      "[build 5/6] COPY . .", "[build 6/6] RUN npm run build", "[stage-1 2/3] COPY nginx.conf /etc/nginx/conf.d/default.conf",
                      "[stage-1 3/3] COPY --from=build /app/dist /usr/share/nginx/html"]:
            n += 1
            o(f"#{n} {title}", "bk_step")
            if "npm ci" in title and g.r.random() < 0.6:
                o(f"#{n} CACHED", "bk_cached")
                o("", "empty")
                continue
            if "npm ci" in title:
                o(f"#{n} {g.f(10, 30, 3)} npm warn deprecated inflight@1.0.6: This module is not supported, and leaks memory. Do not use it. Check out "
                  "lru-cache if you want a good and tested way to coalesce async requests by a key value, which is much more comprehensive and powerful.",
                  "npm_deprecated")
                o(f"#{n} {g.f(30, 50, 3)} ", "bk_output_empty")
                o(f"#{n} {g.f(30, 50, 3)} added {g.num(1150, 1200)} packages in {g.num(20, 40)}s", "npm_added_noaudit")
            if "npm run build" in title:
                o(f"#{n} {g.f(0.3, 0.6, 3)} ", "bk_output_empty")
                o(f"#{n} {g.f(0.3, 0.6, 3)} > shop-web@2.{st['ver']}.0 build", "npm_script_name")
                o(f"#{n} {g.f(0.3, 0.6, 3)} > tsc -p tsconfig.build.json && vite build", "npm_script_cmd")
                o(f"#{n} {g.f(0.3, 0.6, 3)} ", "bk_output_empty")
                o(f"#{n} {g.f(6, 9, 3)} vite v5.4.11 building for production...", "vite_building")
                o(f"#{n} {g.f(6, 9, 3)} transforming...", "vite_transforming")
                o(f"#{n} {g.f(14, 19, 3)} ✓ {g.num(1300, 1400)} modules transformed.", "vite_transformed")
                o(f"#{n} {g.f(14, 19, 3)} rendering chunks...", "vite_rendering")
                o(f"#{n} {g.f(14, 19, 3)} computing gzip size...", "vite_gzip")
                for f, a, b in [("dist/index.html", 0.8, 1.2), ("dist/assets/index-" + g.alnum(8, "ABCDEFGHabcdefgh0123456789_-") + ".css", 80, 95),
                                ("dist/assets/vendor-" + g.alnum(8, "ABCDEFGHabcdefgh0123456789_-") + ".js", 400, 440),
                                ("dist/assets/index-" + g.alnum(8, "ABCDEFGHabcdefgh0123456789_-") + ".js", 300, 330)]:
                    sz = float(g.f(a, b, 2))
                    o(f"#{n} {g.f(17, 20, 3)} {f:<38} {sz:>7.2f} kB │ gzip: {sz / 3.4:>6.2f} kB", "vite_asset")
                o(f"#{n} {g.f(17, 20, 3)} ✓ built in {g.f(9, 13, 2)}s", "vite_built")
            o(f"#{n} DONE {g.f(0.1, 40, 1)}s", "bk_done")
            o("", "empty")
        n += 1
        o(f"#{n} exporting to image", "bk_step")
        o(f"#{n} exporting layers {g.f(0.2, 1.5, 1)}s done", "bk_exporting_layers")
        o(f"#{n} writing image sha256:{g.hx(64)} done", "bk_writing_image")
        o(f"#{n} naming to {ECR}/shop-web:{tag} done", "bk_naming")
        o(f"#{n} DONE {g.f(0.3, 1.8, 1)}s", "bk_done")

    def build():
        st["ver"] += g.c([0, 0, 1])
        tag = g.hx(7)
        src = f"/codebuild/output/src{g.num(10 ** 8, 10 ** 9)}/src/github.com/kaffeehaus/shop-web"
        c("Running on CodeBuild On-demand", "running_on")
        c("Waiting for agent ping", "waiting_ping")
        c("Waiting for DOWNLOAD_SOURCE", "waiting_download")
        L.tick(6)
        c("Phase is DOWNLOAD_SOURCE", "phase_is")
        c(f"CODEBUILD_SRC_DIR={src}", "src_dir")
        c(f"YAML location is {src}/buildspec.yml", "yaml_location")
        c("Setting HTTP client timeout to higher timeout for Github and GitHub Enterprise sources", "http_timeout")
        c("Processing environment variables", "processing_env")
        c("Selecting 'nodejs' runtime version '20' based on manual selections...", "selecting_runtime")
        c("Running command echo \"Installing Node.js version 20 ...\"", "running_command")
        o("Installing Node.js version 20 ...", "installing_node")
        c("Running command n $NODE_20_VERSION", "running_command")
        o("   installed : v20.18.0 (with npm 10.8.2)", "n_installed")
        o("", "empty")
        c(f"Moving to directory {src}", "moving_to_dir")
        c("Cache is not defined in the buildspec", "cache_not_defined")
        c("Skip cache due to: no paths specified to be cached", "skip_cache")
        c("Registering with agent", "registering")
        c("Phases found in YAML: 4", "phases_found")
        for ph, k in [("INSTALL", 1), ("PRE_BUILD", 3), ("BUILD", 3), ("POST_BUILD", 3)]:
            c(f" {ph}: {k} commands", "phase_commands")
        phase_done("DOWNLOAD_SOURCE")
        c("Entering phase INSTALL", "entering_phase")
        c("Running command npm ci", "running_command")
        o("npm warn deprecated inflight@1.0.6: This module is not supported, and leaks memory. Do not use it. Check out lru-cache if you want a good and "
          "tested way to coalesce async requests by a key value, which is much more comprehensive and powerful.", "npm_deprecated")
        o("npm warn deprecated glob@7.2.3: Glob versions prior to v9 are no longer supported", "npm_deprecated")
        o("", "empty")
        L.tick(25)
        o(f"added {g.num(1150, 1200)} packages, and audited {g.num(1200, 1210)} packages in {g.num(20, 40)}s", "npm_added")
        o("", "empty")
        o(f"{g.num(200, 220)} packages are looking for funding", "npm_funding")
        o("  run `npm fund` for details", "npm_fund_hint")
        o("", "empty")
        if g.r.random() < 0.5:
            o("found 0 vulnerabilities", "npm_no_vulns")
        else:
            k = g.num(2, 5)
            o(f"{k} moderate severity vulnerabilities", "npm_vulns")
            o("", "empty")
            o("To address all issues, run:", "npm_address_all")
            o("  npm audit fix", "npm_audit_fix")
            o("", "empty")
            o("Run `npm audit` for details.", "npm_audit_details")
        phase_done("INSTALL")
        c("Entering phase PRE_BUILD", "entering_phase")
        c(f"Running command aws ecr get-login-password --region eu-west-1 | docker login --username AWS --password-stdin {ECR}", "running_command")
        o("WARNING! Your password will be stored unencrypted in /root/.docker/config.json.", "docker_pw_warning")
        o("Configure a credential helper to remove this warning. See", "docker_pw_configure")
        o("https://docs.docker.com/engine/reference/commandline/login/#credentials-store", "docker_pw_url")
        o("", "empty")
        o("Login Succeeded", "login_succeeded")
        c("Running command COMMIT_HASH=$(echo $CODEBUILD_RESOLVED_SOURCE_VERSION | cut -c 1-7)", "running_command")
        c("Running command IMAGE_TAG=${COMMIT_HASH:=latest}", "running_command")
        phase_done("PRE_BUILD")
        c("Entering phase BUILD", "entering_phase")
        c("Running command npm run lint", "running_command")
        o("", "empty")
        o(f"> shop-web@2.{st['ver']}.0 lint", "npm_script_name")
        o("> eslint . --max-warnings 0", "npm_script_cmd")
        o("", "empty")
        c("Running command npm test", "running_command")
        L.tick(20)
        failed = jest()
        if failed:
            c("Command did not exit successfully npm test exit status 1", "command_failed")
            phase_done("BUILD", False, "npm test")
            c("Entering phase POST_BUILD", "entering_phase")
            c("Running command [ \"$CODEBUILD_BUILD_SUCCEEDING\" -eq 1 ] || exit 1", "running_command")
            c("Command did not exit successfully [ \"$CODEBUILD_BUILD_SUCCEEDING\" -eq 1 ] || exit 1 exit status 1", "command_failed")
            phase_done("POST_BUILD", False, "[ \"$CODEBUILD_BUILD_SUCCEEDING\" -eq 1 ] || exit 1")
        else:
            c("Running command docker build -t $REPOSITORY_URI:$IMAGE_TAG .", "running_command")
            L.tick(30)
            docker_build(tag)
            phase_done("BUILD")
            c("Entering phase POST_BUILD", "entering_phase")
            c("Running command [ \"$CODEBUILD_BUILD_SUCCEEDING\" -eq 1 ] || exit 1", "running_command")
            c("Running command docker push $REPOSITORY_URI:$IMAGE_TAG", "running_command")
            o(f"The push refers to repository [{ECR}/shop-web]", "push_refers")
            layers = [g.hx(12) for _ in range(g.num(6, 9))]
            for h in layers:
                o(f"{h}: Preparing", "push_preparing")
            for h in layers:
                o(f"{h}: {'Pushed' if g.r.random() < 0.3 else 'Layer already exists'}", "push_layer")
            o(f"{tag}: digest: sha256:{g.hx(64)} size: {g.num(1900, 2500)}", "push_digest")
            c("Running command printf '[{\"name\":\"web\",\"imageUri\":\"%s\"}]' $REPOSITORY_URI:$IMAGE_TAG > imagedefinitions.json", "running_command")
            phase_done("POST_BUILD")
        c("Expanding base directory path: .", "expanding_base")
        c("Assembling file list", "assembling")
        c("Expanding .", "expanding")
        c("Expanding file paths for base directory .", "expanding_paths")
        c("Assembling file list", "assembling")
        c("Expanding imagedefinitions.json", "expanding")
        if failed:
            c("Skipping invalid file path imagedefinitions.json", "skipping_invalid")
            c("Phase complete: UPLOAD_ARTIFACTS State: FAILED", "phase_complete")
            c("Phase context status code: CLIENT_ERROR Message: no matching artifact paths found", "phase_context")
        else:
            c("Found 1 file(s)", "found_files")
            phase_done("UPLOAD_ARTIFACTS")

    while len(L.rows) < N_LINES:
        build()
        L.tick(3600 * 7)
    del L.rows[N_LINES:]
    carry_time(L, own_time)
    return L


# 4 ---------------------------------------------------------------- An AXIS P3265-LVE dome camera (AXIS OS 11.11) at the entrance of a town hall, recording to its SD card and streaming
#   to the building's video management server; its system log downloaded from the web interface (System > Logs) for a support case:
#   "2026-12-01T11:00:00.123+01:00 axis-b8a44f3c2d1e [ INFO    ] monolith[2291]: ..." (local time with its offset): the VMS' RTSP sessions,
#   Apache httpd's digest authentication failures from a scanner and a misconfigured client, NTP through systemd-timesyncd, DHCP lease
#   renewals, the PoE switch's port going down at night, SD card clean-ups, a firmware restart with systemd's lines
@checked
def log_axis(seed):
    L = Log("axis_os_system_log", seed, "full", True, True, start=dt.datetime(2026, 11, 27, 6, 0, 0, tzinfo=UTC))
    g = L.g
    HOST = "axis-b8a44f3c2d1e"
    PID = {"monolith": 2291, "httpd": 1823, "systemd-timesyncd": 412, "dhcpcd": 678, "storage": 1544, "acap": 2410, "avahi-daemon": 455,
           "systemd": 1, "kernel": None, "vmd": 2466}
    st = {"sess": {}, "boot": 100000.0}

    def w(prog, lv, msg, ev):
        ms_(L, 0, 40)
        lt = L.t.astimezone(BERLIN)
        p = f"{prog}[{PID[prog]}]" if PID.get(prog) else prog
        L.emit(f"{iso_off(lt)} {HOST} [ {lv:<7} ] {p}: {msg}", ev, lv, prog)

    def rtsp():
        if st["sess"] and g.r.random() < 0.5:
            sid = g.c(list(st["sess"]))
            ip = st["sess"].pop(sid)
            w("monolith", "INFO", f"RTSP session {sid} from {ip} closed (TEARDOWN), duration {g.num(60, 86000)} s", "rtsp_teardown")
        else:
            sid, ip = g.HX(8), g.c(["10.20.1.15", "10.20.1.15", "10.20.1.16", "10.20.6.31"])
            st["sess"][sid] = ip
            w("monolith", "INFO", f"RTSP session {sid} from {ip}: SETUP stream profile={g.c(['Quality', 'Balanced', 'Mobile'])} "
              f"video=h264 {g.c(['1920x1080', '1280x720', '640x360'])} {g.c([25, 25, 12])}fps", "rtsp_setup")

    def auth():
        ip = g.c(["10.20.9.77", "10.20.9.77", "10.20.1.15", "10.20.6.31"])
        port = g.port()
        tid = g.num(2900000000, 2999999999)
        x = g.r.random()
        if x < 0.6:
            w("httpd", "ERR", f"[auth_digest:error] [pid {PID['httpd']}:tid {tid}] [client {ip}:{port}] AH01790: user `{g.c(['admin', 'root', 'service', 'viewer'])}' "
              f"in realm `AXIS_B8A44F3C2D1E' not found: {g.c(['/axis-cgi/param.cgi', '/', '/axis-cgi/basicdeviceinfo.cgi', '/onvif/device_service'])}", "digest_user_not_found")
        elif x < 0.85:
            w("httpd", "ERR", f"[auth_digest:error] [pid {PID['httpd']}:tid {tid}] [client {ip}:{port}] AH01792: user vms-svc: password mismatch: "
              f"/axis-cgi/{g.c(['mjpg/video.cgi', 'param.cgi', 'io/port.cgi'])}", "digest_pw_mismatch")
        else:
            w("httpd", "WARNING", f"[auth_digest:warn] [pid {PID['httpd']}:tid {tid}] [client {ip}:{port}] AH01795: invalid nonce {g.alnum(52, 'ABCDEFabcdef0123456789+/=')} "
              "received - length is not 52", "digest_invalid_nonce")

    def ntp():
        if g.r.random() < 0.8:
            w("systemd-timesyncd", "INFO", "Contacted time server 10.20.0.1:123 (10.20.0.1).", "ntp_contacted")
        else:
            w("systemd-timesyncd", "WARNING", "Timed out waiting for reply from 10.20.0.1:123 (10.20.0.1).", "ntp_timeout")

    def dhcp():
        w("dhcpcd", "INFO", "eth0: renewing lease of 10.20.4.55", "dhcp_renewing")
        w("dhcpcd", "INFO", "eth0: leased 10.20.4.55 for 86400 seconds", "dhcp_leased")

    def link_down():
        w("kernel", "WARNING", "eth0: Link is Down", "eth_down")
        L.tick(200)
        w("kernel", "INFO", "eth0: Link is Up - 100Mbps/Full - flow control rx/tx", "eth_up")
        w("dhcpcd", "INFO", "eth0: carrier acquired", "dhcp_carrier")
        w("avahi-daemon", "INFO", "Registering new address record for 10.20.4.55 on eth0.IPv4.", "avahi_register")
        st["sess"].clear()

    def motion():
        prof = g.c(["Entrance", "Entrance", "Bike racks"])
        on = st.setdefault("motion", {}).get(prof, False)
        st["motion"][prof] = not on
        w("vmd", "INFO", f"Profile \"{prof}\": motion {'stopped' if on else 'started'}", "vmd_motion")

    def sd():
        x = g.r.random()
        if x < 0.8:
            w("storage", "INFO", f"SD_DISK: cleanup removed {g.num(10, 400)} recordings older than 30 days", "sd_cleanup")
        else:
            w("storage", "WARNING", f"SD_DISK: {g.num(90, 97)}% used, recording will overwrite the oldest data", "sd_full")

    def acap():
        w("acap", "NOTICE", f"AXIS Object Analytics: {g.c(['Scenario 1', 'Scenario 2'])} triggered ({g.c(['Human', 'Vehicle', 'Human'])})", "aoa_triggered")

    def restart():
        w("systemd", "NOTICE", "Stopping Axis video streaming service...", "sd_stopping_monolith")
        w("systemd", "INFO", "monolith.service: Deactivated successfully.", "sd_deactivated")
        w("systemd", "NOTICE", "Stopped Axis video streaming service.", "sd_stopped_monolith")
        w("systemd", "NOTICE", "Starting Axis video streaming service...", "sd_starting_monolith")
        PID["monolith"] = g.num(3000, 9000)
        L.tick(4)
        w("systemd", "NOTICE", "Started Axis video streaming service.", "sd_started_monolith")
        w("monolith", "NOTICE", "Capture: sensor mode 1920x1080@25, WDR on", "monolith_capture")
        st["sess"].clear()

    ev = [(40, rtsp), (14, auth), (6, ntp), (1, dhcp), (0.4, link_down), (12, motion), (2, sd), (5, acap), (0.3, restart)]
    fill(L, ev, N_LINES, 180)
    del L.rows[N_LINES:]
    return L


# 5 ---------------------------------------------------------------- BBDuk (BBTools 39.06, Java 17) trimming adapters and PhiX from the paired-end 16S amplicon reads of a soil
#   microbiome project: a Slurm job loops over the samples and runs bbduk.sh on each, the job's .out file: the bbduk.sh command line, BBDuk's
#   version and memory lines, its statistics table and timing summary, with no time anywhere; the job script's "== sample ==" lines, a sample
#   whose FASTQ is truncated (an exception with its frames) and a run out of memory
@checked
def log_bbduk(seed):
    L = Log("bbduk_slurm_out", seed, None, False, False)
    g = L.g
    st = {"n": 0}

    def o(text, ev):
        L.emit(text, ev)

    def pct(a, b):
        return f"({100.0 * a / b:.2f}%)"

    def sample():
        st["n"] += 1
        s = f"SM{g.num(2200, 2299)}-{st['n']:03d}"
        o(f"== {s} ({st['n']}/96) ==", "job_sample")
        args = (f"in1=raw/{s}_R1.fastq.gz in2=raw/{s}_R2.fastq.gz out1=trim/{s}_R1.fq.gz out2=trim/{s}_R2.fq.gz ref=adapters,phix ktrim=r k=23 mink=11 "
                f"hdist=1 tpe tbo qtrim=rl trimq=20 minlen=100 stats=stats/{s}.txt threads=8")
        o(f"java -ea -Xmx24000m -Xms24000m -cp /opt/bbmap/current/ jgi.BBDuk {args}", "java_cmdline")
        o(f"Executing jgi.BBDuk [{', '.join(args.split())}]", "executing")
        o("Version 39.06", "version")
        o("", "empty")
        o("maskMiddle was disabled because useShortKmers=true", "maskmiddle")
        o(f"{g.f(0.03, 0.09)} seconds.", "seconds")
        o("Initial:", "initial")
        o(f"Memory: max=25165m, total=25165m, free={g.num(25050, 25120)}m, used={g.num(45, 115)}m", "memory")
        o("", "empty")
        if g.r.random() < 0.02:
            o("Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space", "oom")
            for f in ["kmer.AbstractKmerTableSet.allocateTables(AbstractKmerTableSet.java:381)", "jgi.BBDuk.spawnLoadThreads(BBDuk.java:1521)",
                      "jgi.BBDuk.loadKmers(BBDuk.java:1432)", "jgi.BBDuk.process(BBDuk.java:1132)", "jgi.BBDuk.main(BBDuk.java:81)"]:
                o(f"\tat {f}", "java_at")
            o("", "empty")
            o("This program ran out of memory.", "oom_hint1")
            o("Try increasing the -Xmx flag and using tool-specific memory-related parameters.", "oom_hint2")
            return
        o(f"Added {g.num(217100, 217200)} kmers; time: \t{g.f(0.15, 0.4)} seconds.", "added_kmers")
        o(f"Memory: max=25165m, total=25165m, free={g.num(24800, 25000)}m, used={g.num(160, 360)}m", "memory")
        o("", "empty")
        o("Input is being processed as paired", "paired")
        o(f"Started output streams:\t{g.f(0.02, 0.1)} seconds.", "started_streams")
        if g.r.random() < 0.03:
            o(f"Exception in thread \"Thread-{g.num(10, 30)}\" java.lang.AssertionError: ", "assertion")
            o(f"Error in raw/{s}_R2.fastq.gz, line {g.num(10 ** 6, 10 ** 7)}, with these 4 lines:", "assertion_detail")
            o(f"@M0{g.num(1000, 9999)}:{g.num(100, 400)}:000000000-{g.alnum(5, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}:1:{g.num(1101, 2119)}:{g.num(1000, 29000)}:{g.num(1000, 29000)} 2:N:0:1",
              "fastq_header")
            o("".join(g.c("ACGT") for _ in range(g.num(40, 120))), "fastq_seq")
            o("+", "fastq_plus")
            o("", "empty")
            for f in ["stream.FASTQ.quadToRead_slow(FASTQ.java:788)", "stream.FASTQ.toReadList(FASTQ.java:709)",
                      "stream.FastqReadInputStream.fillBuffer(FastqReadInputStream.java:111)", "stream.FastqReadInputStream.hasMore(FastqReadInputStream.java:73)",
                      "stream.ConcurrentGenericReadInputStream$ReadThread.readLists(ConcurrentGenericReadInputStream.java:690)",
                      "stream.ConcurrentGenericReadInputStream$ReadThread.run(ConcurrentGenericReadInputStream.java:666)"]:
                o(f"\tat {f}", "java_at")
            o(f"srun: error: cn{g.num(101, 132):03d}: task 0: Exited with exit code 1", "srun_error")
            o(f"!! {s} failed, skipping", "job_failed")
            return
        secs = float(g.f(20, 140))
        o(f"Processing time:   \t\t{secs:.3f} seconds.", "processing_time")
        o("", "empty")
        reads = g.num(200000, 900000) * 2
        bases = reads * g.num(290, 300)
        qt, kt, ov = g.num(reads // 40, reads // 8), g.num(reads // 200, reads // 30), g.num(reads // 500, reads // 100)
        qtb, ktb, ovb = qt * g.num(8, 30), kt * g.num(20, 60), ov * g.num(4, 12)
        rem = g.num(reads // 300, reads // 40) // 2 * 2
        remb = qtb + ktb + ovb + rem * 150
        o(f"Input:                  \t{reads} reads \t\t{bases} bases.", "stat_input")
        o(f"QTrimmed:               \t{qt} reads {pct(qt, reads)} \t{qtb} bases {pct(qtb, bases)}", "stat_qtrimmed")
        o(f"KTrimmed:               \t{kt} reads {pct(kt, reads)} \t{ktb} bases {pct(ktb, bases)}", "stat_ktrimmed")
        o(f"Trimmed by overlap:     \t{ov} reads {pct(ov, reads)} \t{ovb} bases {pct(ovb, bases)}", "stat_overlap")
        o(f"Total Removed:          \t{rem} reads {pct(rem, reads)} \t{remb} bases {pct(remb, bases)}", "stat_removed")
        o(f"Result:                 \t{reads - rem} reads {pct(reads - rem, reads)} \t{bases - remb} bases {pct(bases - remb, bases)}", "stat_result")
        o("", "empty")
        o(f"Time:                         \t{secs + float(g.f(0.2, 0.6)):.3f} seconds.", "time_total")
        o(f"Reads Processed:       {reads // 1000}k \t{reads / secs / 1000:.2f}k reads/sec", "reads_processed")
        o(f"Bases Processed:     {bases // 10 ** 6:>5}m \t{bases / secs / 10 ** 6:.2f}m bases/sec", "bases_processed")
        if g.r.random() < 0.1:
            o(f"WARNING: {s} kept only {g.num(60, 79)}% of reads", "job_warn_kept")

    while len(L.rows) < N_LINES:
        if st["n"] % 96 == 0:
            o(f"Job {g.num(4100000, 4199999)} on cn{g.num(101, 132):03d}: trimming 96 samples of run {g.c(['SOIL-P3', 'SOIL-P4', 'SOIL-P5'])}", "job_start")
            o("Loading modules: bbmap/39.06 java/17.0.6", "job_modules")
        sample()
    del L.rows[N_LINES:]
    return L


# 6 ---------------------------------------------------------------- Buildroot 2024.08 building the firmware of an industrial IoT gateway (a Compute Module 4 board, aarch64, glibc,
#   BusyBox, a Go agent, Mosquitto, nftables) in a nightly CI job through utils/brmake, which puts Buildroot's whole output in br.log and each
#   line behind its time ("2026-12-01T02:00:03 >>> zlib 1.3.1 Extracting", UTC): the ">>>" steps of each package, the echoed commands,
#   configure's checks, CMake's and Meson's configuration, the compilers' short lines, warnings with their source lines, installs, and the
#   finalizing steps and genimage's output at the end
@checked
def log_buildroot(seed):
    L = Log("buildroot_brmake_log", seed, "full", False, False, start=dt.datetime(2026, 11, 28, 2, 0, 3, tzinfo=UTC))
    g = L.g
    O = "/home/ci/builds/gw-fw/output"
    HOSTPATH = f'PATH="{O}/host/bin:{O}/host/sbin:/usr/local/bin:/usr/bin:/bin"'
    CC = f"{O}/host/bin/aarch64-buildroot-linux-gnu-gcc"
    PKGS = [("host-skeleton", "", "virtual"), ("host-m4", "1.4.19", "autotools"), ("host-libtool", "2.4.7", "autotools"),
            ("host-autoconf", "2.72", "autotools"), ("host-automake", "1.16.5", "autotools"), ("host-pkgconf", "1.6.3", "autotools"),
            ("host-cmake", "3.28.6", "cmake"), ("host-meson", "1.5.1", "python"), ("host-ninja", "1.12.1", "cmake"), ("host-go", "1.22.7", "virtual"),
            ("skeleton-init-systemd", "", "virtual"), ("zlib", "1.3.1", "autotools"), ("openssl", "3.3.2", "generic"), ("libmnl", "1.0.5", "autotools"),
            ("libnftnl", "1.2.7", "autotools"), ("nftables", "1.0.9", "autotools"), ("util-linux", "2.40.2", "autotools"), ("kmod", "32", "meson"),
            ("libcap", "2.69", "generic"), ("systemd", "256.5", "meson"), ("busybox", "1.36.1", "kconfig"), ("cjson", "1.7.18", "cmake"),
            ("mosquitto", "2.0.18", "cmake"), ("libgpiod", "2.1.3", "autotools"), ("dropbear", "2024.85", "autotools"), ("chrony", "4.5", "autotools"),
            ("gw-agent", "3.8.2", "golang"), ("linux", "6.6.51", "kconfig"), ("rpi-firmware", "1.20240902", "virtual"), ("uboot", "2024.07", "kconfig")]
    SRCS = ["src/main.c", "lib/util.c", "src/config.c", "src/net.c", "lib/hash.c", "src/parse.c", "src/log.c", "lib/list.c", "src/buffer.c", "src/io.c"]
    CHECKS = [("for a BSD-compatible install", "/usr/bin/install -c"), ("whether build environment is sane", "yes"), ("for a race-free mkdir -p", "/usr/bin/mkdir -p"),
              ("for gawk", "gawk"), ("whether make sets $(MAKE)", "yes"), ("whether make supports nested variables", "yes"), ("build system type", "x86_64-pc-linux-gnu"),
              ("host system type", "aarch64-buildroot-linux-gnu"), ("for aarch64-buildroot-linux-gnu-gcc", CC), ("whether the C compiler works", "yes"),
              ("for C compiler default output file name", "a.out"), ("for suffix of executables", ""), ("whether we are cross compiling", "yes"),
              ("for suffix of object files", "o"), ("whether the compiler supports GNU C", "yes"), ("for stdio.h", "yes"), ("for stdlib.h", "yes"),
              ("for string.h", "yes"), ("for inttypes.h", "yes"), ("for unistd.h", "yes"), ("for sys/socket.h", "yes"), ("for dlopen in -ldl", "yes"),
              ("for pthread_create in -lpthread", "yes"), ("how to print strings", "printf"), ("for a sed that does not truncate output", "/usr/bin/sed"),
              ("for fgrep", "/usr/bin/grep -F"), ("for ld used by " + CC.split("/")[-1], f"{O}/host/aarch64-buildroot-linux-gnu/bin/ld"),
              ("whether to build shared libraries", "yes"), ("whether to build static libraries", "no"), ("for pkg-config", f"{O}/host/bin/pkg-config")]

    def w(text, ev):
        L.t += dt.timedelta(milliseconds=g.num(0, 400))
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S} {text}", ev)

    def step(p, v, what):
        w(f">>> {p} {v} {what}", "step:" + what)

    def warn():
        f, ln, col = g.c(SRCS), g.num(20, 900), g.num(3, 30)
        kind = g.c([("'len' may be used uninitialized", "-Wmaybe-uninitialized"), ("unused variable 'ret'", "-Wunused-variable"),
                    ("comparison of integer expressions of different signedness: 'int' and 'size_t' {aka 'long unsigned int'}", "-Wsign-compare"),
                    ("'strncpy' output may be truncated copying 15 bytes from a string of length 63", "-Wstringop-truncation")])
        w(f"{f}: In function '{g.c(['parse_line', 'read_config', 'handle_event', 'buf_append', 'main'])}':", "gcc_in_function")
        w(f"{f}:{ln}:{col}: warning: {kind[0]} [{kind[1]}]", "gcc_warning" + kind[1])
        w(f"{ln:>5} |     {g.c(['if (len > 0)', 'int ret;', 'for (i = 0; i < n; i++) {', 'strncpy(name, src, sizeof(name) - 1);'])}", "gcc_source")
        w("      |         ^~~", "gcc_caret")

    def build_pkg(p, v, kind):
        d = f"{O}/build/{p}-{v}" if v else f"{O}/build/{p}"
        host = p.startswith("host-")
        if kind == "virtual":
            for s in (["Installing to host directory"] if host else ["Installing to target"]):
                step(p, v, s)
            return
        step(p, v, "Extracting")
        ext = g.c(["xz", "gz"])
        w(f"{'xzcat' if ext == 'xz' else 'gzip -d -c'} /home/ci/dl/{p.replace('host-', '')}/{p.replace('host-', '')}-{v}.tar.{ext} | {O}/host/bin/tar "
          f"--strip-components=1 -C {d}   -xf -", "extract_cmd")
        step(p, v, "Patching")
        if g.r.random() < 0.3:
            pf = f"000{g.num(1, 4)}-{g.c(['fix-build-with-gcc-13', 'configure-ac-do-not-check-for-cross', 'Makefile-allow-DESTDIR', 'disable-werror'])}.patch"
            w(f"Applying {pf} using patch: ", "applying_patch")
            for _ in range(g.num(1, 2)):
                w(f"patching file {g.c(SRCS + ['configure.ac', 'Makefile.am', 'CMakeLists.txt'])}", "patching_file")
        if kind == "autotools":
            step(p, v, "Updating config.sub and config.guess")
            w(f"for file in config.guess config.sub; do for i in $(find {d} -name $file); do cp support/gnuconfig/$file $i; done; done", "gnuconfig_cmd")
            step(p, v, "Patching libtool")
        step(p, v, "Configuring")
        if kind == "autotools":
            w(f"(cd {d}/ && rm -rf config.cache && {HOSTPATH} CONFIG_SITE=/dev/null ./configure --target=aarch64-buildroot-linux-gnu "
              f"--host={'x86_64-pc-linux-gnu' if host else 'aarch64-buildroot-linux-gnu'} --build=x86_64-pc-linux-gnu --prefix={O + '/host' if host else '/usr'} "
              "--exec-prefix=/usr --sysconfdir=/etc --localstatedir=/var --program-prefix=\"\" --disable-gtk-doc --disable-gtk-doc-html --disable-doc "
              "--disable-docs --disable-documentation --with-xmlto=no --with-fop=no --disable-dependency-tracking --enable-ipv6 --disable-nls --disable-static --enable-shared )",
              "configure_cmd")
            w("configure: WARNING: unrecognized options: --disable-gtk-doc, --disable-gtk-doc-html, --disable-doc, --disable-docs, --disable-documentation, "
              "--with-xmlto, --with-fop, --enable-ipv6, --disable-nls", "configure_unrecognized")
            for chk, res in g.r.sample(CHECKS, g.num(14, 28)):
                w(f"checking {chk}... {res}".rstrip() if res else f"checking {chk}... ", "configure_checking")
            w("configure: creating ./config.status", "configure_creating_status")
            for f in ["Makefile", "src/Makefile", "lib/Makefile", f"{p}.pc"][:g.num(2, 4)]:
                w(f"config.status: creating {f}", "config_status_creating")
            w("config.status: creating config.h", "config_status_creating")
            w("config.status: executing depfiles commands", "config_status_executing")
            w("config.status: executing libtool commands", "config_status_executing")
        elif kind == "cmake":
            w(f"(mkdir -p {d}/ && cd {d}/ && rm -f CMakeCache.txt && {HOSTPATH} {O}/host/bin/cmake {d}/ -G\"Unix Makefiles\" "
              f"-DCMAKE_TOOLCHAIN_FILE=\"{O}/host/share/buildroot/toolchainfile.cmake\" -DCMAKE_INSTALL_PREFIX=\"/usr\" -DCMAKE_BUILD_TYPE=Release "
              "-DBUILD_SHARED_LIBS=ON -DBUILD_TESTING=OFF )", "cmake_cmd")
            w("-- The C compiler identification is GNU 13.3.0", "cmake_compiler_id")
            w("-- Detecting C compiler ABI info", "cmake_detecting_abi")
            w("-- Detecting C compiler ABI info - done", "cmake_detecting_abi_done")
            w(f"-- Check for working C compiler: {CC} - skipped", "cmake_check_compiler")
            for fn in g.r.sample(["pthread.h", "clock_gettime", "getrandom", "strlcpy", "sys/epoll.h", "arc4random"], g.num(1, 4)):
                w(f"-- Looking for {fn}", "cmake_looking_for")
                w(f"-- Looking for {fn} - found", "cmake_looking_for_found") if fn != "strlcpy" else \
                    w(f"-- Looking for {fn} - not found", "cmake_looking_for_not_found")
            w(f"-- Configuring done ({g.f(0.2, 2.5, 1)}s)", "cmake_configuring_done")
            w(f"-- Generating done ({g.f(0, 0.2, 1)}s)", "cmake_generating_done")
            w(f"-- Build files have been written to: {d}", "cmake_written_to")
        elif kind == "meson":
            w(f"rm -rf {d}//build", "meson_rm_build")
            w(f"mkdir -p {d}//build", "meson_mkdir_build")
            w(f"{HOSTPATH} {O}/host/bin/meson setup --prefix=/usr --libdir=lib --default-library=shared --buildtype=release "
              f"--cross-file={d}//build/cross-compilation.conf -Db_pie=false -Dstrip=false -Dbuild.pkg_config_path={O}/host/lib/pkgconfig "
              f"-Dbuild.cmake_prefix_path={O}/host/lib/cmake {d}/ {d}//build", "meson_setup_cmd")
            w("The Meson build system", "meson_banner")
            w("Version: 1.5.1", "meson_version")
            w(f"Source dir: {d}", "meson_source_dir")
            w(f"Build dir: {d}/build", "meson_build_dir")
            w("Build type: cross build", "meson_build_type")
            w(f"Project name: {p}", "meson_project_name")
            w(f"Project version: {v}", "meson_project_version")
            w(f"C compiler for the host machine: {CC} (gcc 13.3.0 \"aarch64-buildroot-linux-gnu-gcc.br_real (Buildroot 2024.08.1) 13.3.0\")",
              "meson_c_compiler")
            w("Host machine cpu family: aarch64", "meson_cpu_family")
            for fn in g.r.sample(["memfd_create", "pidfd_open", "gettid", "statx", "close_range", "secure_getenv", "reallocarray", "getrandom"], g.num(3, 7)):
                w(f"Checking for function \"{fn}\" : {g.c(['YES', 'YES', 'YES', 'NO'])}", "meson_check_function")
            for dep in g.r.sample([("libcap", "2.69"), ("mount", "2.40.2"), ("libkmod", "32"), ("zlib", "1.3.1"), ("libcrypto", "3.3.2")], g.num(1, 3)):
                w(f"Run-time dependency {dep[0]} found: YES {dep[1]}", "meson_dependency")
            w(f"Build targets in project: {g.num(20, 900)}", "meson_build_targets")
            w(f"Found ninja-1.12.1 at {O}/host/bin/ninja", "meson_found_ninja")
        elif kind == "kconfig":
            w(f"{HOSTPATH} /usr/bin/make -j17 HOSTCC=\"/usr/bin/gcc\" ARCH=arm64 CROSS_COMPILE=\"{O}/host/bin/aarch64-buildroot-linux-gnu-\" -C {d} olddefconfig",
              "kconfig_olddefconfig_cmd")
            w("#", "kconfig_hash")
            w("# configuration written to .config", "kconfig_written")
            w("#", "kconfig_hash")
        step(p, v, "Building")
        mk = f"{HOSTPATH} /usr/bin/make -j17 -C {d}/"
        if kind == "meson":
            w(f"{HOSTPATH} {O}/host/bin/ninja -j17 -C {d}//build", "ninja_cmd")
            n = g.num(30, 400)
            for i in sorted(g.r.sample(range(1, n), min(n - 1, g.num(8, 30)))) + [n]:
                src = g.c(SRCS)
                w(f"[{i}/{n}] Compiling C object src/{p}.so.p/{src.split('/')[-1]}.o" if i < n else f"[{n}/{n}] Linking target src/{p}", "ninja_step")
                if g.r.random() < 0.02:
                    warn()
        elif kind == "cmake":
            w(mk, "make_cmd")
            pcts = sorted(g.r.sample(range(1, 100), g.num(6, 20)))
            for pc in pcts:
                w(f"[{pc:>3}%] Building C object src/CMakeFiles/{p}.dir/{g.c(SRCS).split('/')[-1]}.o", "cmake_building_object")
                if g.r.random() < 0.03:
                    warn()
            w(f"[100%] Linking C shared library lib{p}.so", "cmake_linking")
            w(f"[100%] Built target {p}", "cmake_built_target")
        elif kind == "python":
            w(f"(cd {d}//; {HOSTPATH} PYTHONNOUSERSITE=1 {O}/host/bin/python3 -m build -n -w )", "python_build_cmd")
            w("* Getting build dependencies for wheel...", "pybuild_getting_deps")
            w("* Building wheel...", "pybuild_building_wheel")
            w(f"Successfully built {p.replace('host-', '')}-{v}-py3-none-any.whl", "pybuild_built")
        elif kind == "golang":
            w(f"(cd {d}; {HOSTPATH} GOARCH=arm64 CGO_ENABLED=1 GOCACHE=\"{O}/host/share/go-cache\" GOMODCACHE=\"/home/ci/dl/go-module\" "
              f"GOPROXY=off {O}/host/bin/go build -v -trimpath -p 17 -ldflags \"-s -w\" -tags \"netgo\" -o {d}/bin/gw-agent {d}/cmd/gw-agent)", "go_build_cmd")
            for m in g.r.sample(["github.com/eclipse/paho.mqtt.golang", "github.com/eclipse/paho.mqtt.golang/packets", "golang.org/x/sys/unix",
                                  "github.com/gorilla/websocket", "go.uber.org/zap", "go.uber.org/zap/zapcore", "gopkg.in/yaml.v3",
                                  "example.com/gw-agent/internal/modbus", "example.com/gw-agent/internal/uplink", "example.com/gw-agent/cmd/gw-agent"], g.num(5, 10)):
                w(m, "go_pkg")
        else:
            w(mk, "make_cmd")
            w(f"make[1]: Entering directory '{d}'", "make_entering")
            if g.r.random() < 0.4:
                w("  GEN      version.h", "make_silent_rule:GEN")
            base = p.replace("host-", "")
            lib = base.replace("lib", "", 1) if base.startswith("lib") else base
            for src in g.r.sample(SRCS, g.num(4, 10)):
                w(f"  CC       {'lib' + lib + '_la-' if g.r.random() < 0.5 else ''}{src.split('/')[-1].replace('.c', '.lo')}", "make_silent_rule:CC")
                if g.r.random() < 0.03:
                    warn()
            w(f"  CCLD     lib{lib}.la", "make_silent_rule:CCLD")
            if g.r.random() < 0.5:
                for src in g.r.sample(SRCS, g.num(1, 3)):
                    w(f"  CC       {base}-{src.split('/')[-1].replace('.c', '.o')}", "make_silent_rule:CC")
                w(f"  CCLD     {base}", "make_silent_rule:CCLD")
            w(f"make[1]: Leaving directory '{d}'", "make_leaving")
        dests = ["Installing to host directory"] if host else (["Installing to staging directory", "Installing to target"] if kind != "golang"
                                                               else ["Installing to target"])
        for dst in dests:
            step(p, v, dst)
            if kind in ("autotools", "generic", "kconfig"):
                w(f"{HOSTPATH} /usr/bin/make -j1 DESTDIR={O}/{'host' if host else ('staging' if 'staging' in dst else 'target')} install -C {d}/", "make_install_cmd")
                for _ in range(g.num(1, 5)):
                    if g.r.random() < 0.5:
                        w(f" /usr/bin/mkdir -p '{O}/{'target' if 'target' in dst else 'staging'}/usr/{g.c(['lib', 'bin', 'include', 'lib/pkgconfig', 'share/man/man1'])}'",
                          "install_mkdir")
                    else:
                        w(f"libtool: install: /usr/bin/install -c .libs/lib{p}.so.{v} {O}/{'target' if 'target' in dst else 'staging'}/usr/lib/lib{p}.so.{v}",
                          "libtool_install")
            elif kind in ("cmake", "meson"):
                for _ in range(g.num(1, 5)):
                    w(f"-- Installing: {O}/{'target' if 'target' in dst else 'staging'}/usr/{g.c(['lib/lib' + p + '.so.' + v, 'include/' + p + '.h', 'bin/' + p])}",
                      "cmake_installing")
        if not host and g.r.random() < 0.3:
            step(p, v, "Fixing libtool files")

    def finalize():
        for s in ["Finalizing host directory", "Finalizing target directory", "Sanitizing RPATH in target tree", "Copying overlay board/acme/gw/rootfs_overlay",
                  "Executing post-build script board/acme/gw/post-build.sh", "Generating root filesystems common tables", "Generating filesystem image rootfs.ext4"]:
            w(f">>>   {s}", "final:" + " ".join(s.split()[:2]))
            if s.startswith("Generating filesystem"):
                w(f"mkdir -p {O}/build/buildroot-fs/ext2", "fs_mkdir")
                w(f"rm -f {O}/images/rootfs.ext4", "fs_rm")
                w(f"{HOSTPATH} mkfs.ext4 -d {O}/build/buildroot-fs/ext2/target -r 1 -N 0 -m 5 -L \"rootfs\" -I 256 -O ^64bit {O}/images/rootfs.ext2 \"256M\"",
                  "fs_mkfs_cmd")
                w("Creating regular file /home/ci/builds/gw-fw/output/images/rootfs.ext2", "mke2fs_creating")
                w("Creating filesystem with 262144 1k blocks and 65536 inodes", "mke2fs_filesystem")
                w("Filesystem UUID: " + g.uuid(), "mke2fs_uuid")
                w("Superblock backups stored on blocks: ", "mke2fs_backups")
                w("\t8193, 24577, 40961, 57345, 73729, 204801, 221185", "mke2fs_backup_blocks")
                w("", "empty")
                w("Allocating group tables: done                            ", "mke2fs_group_tables")
                w("Writing inode tables: done                            ", "mke2fs_inode_tables")
                w("Copying files into the device: done", "mke2fs_copying")
                w("Writing superblocks and filesystem accounting information: done", "mke2fs_superblocks")
                w("", "empty")
                w(f"ln -sf rootfs.ext2 {O}/images/rootfs.ext4", "fs_ln")
        w(">>>   Executing post-image script board/raspberrypi/post-image.sh", "final:Executing post-image")
        for f in ["bcm2711-rpi-cm4.dtb", "cmdline.txt", "config.txt", "fixup4.dat", "start4.elf", "overlays", "Image"]:
            w(f"INFO: vfat(boot.vfat): adding file '{f}' as '{f}' ...", "genimage_adding_file")
            w(f"INFO: vfat(boot.vfat): cmd: \"MTOOLS_SKIP_CHECK=1 mcopy -sp -i '{O}/images/boot.vfat' '{O}/images/rpi-firmware/{f}' '::'\" (stderr):",
              "genimage_cmd")
        w("INFO: hdimage(sdcard.img): adding partition 'boot' (in MBR) from 'boot.vfat' ...", "genimage_adding_partition")
        w("INFO: hdimage(sdcard.img): adding partition 'rootfs' (in MBR) from 'rootfs.ext4' ...", "genimage_adding_partition")
        w("INFO: hdimage(sdcard.img): writing MBR", "genimage_writing_mbr")

    while len(L.rows) < N_LINES:
        L.t = L.t.replace(hour=2, minute=0, second=3) + dt.timedelta(days=1)
        for p, v, kind in PKGS:
            if g.r.random() < 0.2 and not p.startswith("host-skeleton"):
                continue  # already built in the persistent output of the previous night
            build_pkg(p, v, kind)
        finalize()
    del L.rows[N_LINES:]
    return L


# 7 ---------------------------------------------------------------- ComfyUI 0.3 (with ComfyUI-Manager and a few custom node packs) on the RTX 4090 workstation of a small design
#   agency, run as a systemd service that the designers use from their browsers; `journalctl -u comfyui` ("Dec 01 10:00:00 ws-render01
#   python[2817]: got prompt"): the start-up banner, prompts with their model loads and run times, tqdm's progress bars that journald keeps
#   as "[1.3K blob data]" (they hold carriage returns), LoRA keys that do not match, prompts that fail validation, out-of-memory errors with
#   their Python tracebacks, restarts with systemd's lines
@checked
def log_comfyui(seed):
    L = Log("comfyui_journal", seed, "noyear", False, True, start=dt.datetime(2026, 11, 30, 8, 10, 0, tzinfo=UTC))
    g = L.g
    HOST = "ws-render01"
    st = {"pid": 2817, "loaded": set()}
    CKPTS = ["sd_xl_base_1.0.safetensors", "juggernautXL_v9Rdphoto2Lightning.safetensors", "realvisxlV50_v50LightningBakedvae.safetensors",
             "flux1-dev-fp8.safetensors"]
    NODES = ["websocket_image_save.py", "ComfyUI-Manager", "rgthree-comfy", "comfyui_controlnet_aux", "ComfyUI-Impact-Pack", "ComfyUI_IPAdapter_plus",
             "ComfyUI-KJNodes", "was-node-suite-comfyui"]

    def w(msg, ev, prog="python"):
        ms_(L, 0, 15)
        pid = st["pid"] if prog == "python" else 1
        L.emit(f"{jts(L.t)} {HOST} {prog}[{pid}]: {msg}", ev, None, prog)

    def startup():
        w("Started comfyui.service - ComfyUI image generation server.", "sd_started", "systemd")
        w("[START] Security scan", "mgr_security_scan_start")
        w("[DONE] Security scan", "mgr_security_scan_done")
        w("## ComfyUI-Manager: installing dependencies done.", "mgr_deps_done")
        w(f"** ComfyUI startup time: {L.t:%Y-%m-%d %H:%M:%S}.{us6(L.t)}", "startup_time")
        w("** Platform: Linux", "startup_platform")
        w("** Python version: 3.11.9 (main, Apr  6 2024, 17:59:24) [GCC 11.4.0]", "startup_python_version")
        w("** Python executable: /opt/comfyui/venv/bin/python", "startup_python_exe")
        w("** ComfyUI Path: /opt/comfyui", "startup_path")
        w("** Log path: /opt/comfyui/comfyui.log", "startup_log_path")
        w("", "empty")
        w("Prestartup times for custom nodes:", "prestartup_times")
        w(f"   {g.f(0, 0.1, 1)} seconds: /opt/comfyui/custom_nodes/rgthree-comfy", "node_time")
        w(f"   {g.f(0.8, 2.5, 1)} seconds: /opt/comfyui/custom_nodes/ComfyUI-Manager", "node_time")
        w("", "empty")
        L.tick(3)
        w("Total VRAM 24210 MB, total RAM 64216 MB", "total_vram")
        w("pytorch version: 2.5.1+cu124", "pytorch_version")
        w("Set vram state to: NORMAL_VRAM", "vram_state")
        w("Device: cuda:0 NVIDIA GeForce RTX 4090 : cudaMallocAsync", "device")
        w("Using pytorch attention", "pytorch_attention")
        w("[Prompt Server] web root: /opt/comfyui/web", "web_root")
        w("### Loading: ComfyUI-Manager (V2.55.5)", "mgr_loading")
        w("### ComfyUI Version: v0.3.7 | Released on '2024-12-04'", "mgr_comfy_version")
        w("### Loading: ComfyUI-Impact-Pack (V7.14)", "impact_loading")
        w("[Impact Pack] Wildcards loading done.", "impact_wildcards")
        w("", "empty")
        w("Import times for custom nodes:", "import_times")
        for n in NODES:
            w(f"   {g.f(0, 1.5, 1)} seconds: /opt/comfyui/custom_nodes/{n}", "node_time")
        w("", "empty")
        w("Starting server", "starting_server")
        w("", "empty")
        w("To see the GUI go to: http://0.0.0.0:8188", "see_gui")
        w("[ComfyUI-Manager] default cache updated: https://raw.githubusercontent.com/ltdrdata/ComfyUI-Manager/main/model-list.json", "mgr_cache_updated")
        w("[ComfyUI-Manager] default cache updated: https://raw.githubusercontent.com/ltdrdata/ComfyUI-Manager/main/alter-list.json", "mgr_cache_updated")
        w("FETCH DATA from: /opt/comfyui/custom_nodes/ComfyUI-Manager/extension-node-map.json [DONE]", "mgr_fetch_data")
        st["loaded"] = set()

    def load(model, size):
        w(f"Requested to load {model}", "requested_to_load")
        w("Loading 1 new model", "loading_new_model")
        if g.r.random() < 0.1:
            w(f"loaded partially {g.f(4000, 9000, 1)} {size} 0", "loaded_partially")
        else:
            w(f"loaded completely 0.0 {size} True", "loaded_completely")

    def blob():
        L.tick(g.num(3, 20))
        w(f"[{g.f(1.0, 3.9, 1)}K blob data]", "blob_data")

    def prompt():
        w("got prompt", "got_prompt")
        ck = g.c(CKPTS)
        if g.r.random() < 0.05:
            w("Failed to validate prompt for output 9:", "validate_failed")
            w("* CheckpointLoaderSimple 4:", "validate_node")
            w(f"  - Value not in list: ckpt_name: '{g.c(['juggernautXL_v9.safetensors', 'dreamshaperXL_turbo.safetensors'])}' not in {CKPTS[:3]}",
              "validate_value_not_in_list")
            w("Output will be ignored", "output_ignored")
            w("invalid prompt: {'type': 'prompt_outputs_failed_validation', 'message': 'Prompt outputs failed validation', 'details': '', 'extra_info': {}}",
              "invalid_prompt")
            return
        flux = ck.startswith("flux")
        if ck not in st["loaded"]:
            st["loaded"].add(ck)
            if flux:
                w("model weight dtype torch.float8_e4m3fn, manual cast: torch.bfloat16", "model_weight_dtype")
                w("model_type FLUX", "model_type")
            else:
                w("model weight dtype torch.float16, manual cast: None", "model_weight_dtype")
                w("model_type EPS", "model_type")
                w("Using pytorch attention in VAE", "vae_attention")
                w("Using pytorch attention in VAE", "vae_attention")
            if g.r.random() < 0.3:
                for _ in range(g.num(3, 12)):
                    w(f"lora key not loaded: lora_te{g.c([1, 2])}_text_model_encoder_layers_{g.num(0, 31)}_{g.c(['mlp_fc1', 'mlp_fc2', 'self_attn_q_proj', 'self_attn_k_proj'])}."
                      f"{g.c(['alpha', 'lora_down.weight', 'lora_up.weight'])}", "lora_key_not_loaded")
            load("FluxClipModel_" if flux else "SDXLClipModel", g.c(["1560.802734375", "4777.53759765625"]))
        load("Flux" if flux else "SDXL", g.c(["4897.0483474731445", "11350.067443847656"]))
        if g.r.random() < 0.04:
            w("!!! Exception during processing !!! Allocation on device ", "exception_during_processing")
            w("Traceback (most recent call last):", "py_traceback")
            for f, ln, fn, code in [("execution.py", 328, "execute", "output_data, output_ui, has_subgraph = get_output_data(obj, input_data_all, execution_block_cb=execution_block_cb, pre_execute_cb=pre_execute_cb)"),
                                    ("execution.py", 203, "get_output_data", "return_values = _map_node_over_list(obj, input_data_all, obj.FUNCTION, allow_interrupt=True, execution_block_cb=execution_block_cb, pre_execute_cb=pre_execute_cb)"),
                                    ("execution.py", 174, "_map_node_over_list", "process_inputs(input_dict, i)"),
                                    ("nodes.py", 1519, "sample", "return common_ksampler(model, noise_seed, steps, cfg, sampler_name, scheduler, positive, negative, latent_image, denoise=denoise)"),
                                    ("comfy/sample.py", 43, "sample", "samples = sampler.sample(noise, positive, negative, cfg=cfg, latent_image=latent_image, start_step=start_step, last_step=last_step, force_full_denoise=force_full_denoise, denoise_mask=noise_mask, sigmas=sigmas, callback=callback, disable_pbar=disable_pbar, seed=seed)"),
                                    ("comfy/ldm/modules/attention.py", 412, "attention_pytorch", "out = torch.nn.functional.scaled_dot_product_attention(q, k, v, attn_mask=mask, dropout_p=0.0, is_causal=False)")]:
                w(f"  File \"/opt/comfyui/{f}\", line {ln}, in {fn}", "py_file")
                w(f"    {code}", "py_code")
            w("torch.OutOfMemoryError: Allocation on device ", "py_exception")
            w("", "empty")
            w("Got an OOM, unloading all loaded models.", "oom_unloading")
            st["loaded"] = set()
            w(f"Prompt executed in {g.f(2, 30, 2)} seconds", "prompt_executed")
            return
        blob()
        if g.r.random() < 0.3:
            w("Requested to load AutoencoderKL", "requested_to_load")
            w("Loading 1 new model", "loading_new_model")
            w("loaded completely 0.0 159.55708122253418 True", "loaded_completely")
        if g.r.random() < 0.15:
            w("[Impact Pack] Upscaling by 2.0", "impact_upscaling")
            blob()
        w(f"Prompt executed in {g.f(3, 90, 2)} seconds", "prompt_executed")

    def ws_error():
        w("Error handling request", "aiohttp_error_handling")
        w("Traceback (most recent call last):", "py_traceback")
        w("  File \"/opt/comfyui/venv/lib/python3.11/site-packages/aiohttp/web_protocol.py\", line 477, in _handle_request", "py_file")
        w("    resp = await request_handler(request)", "py_code")
        w("  File \"/opt/comfyui/server.py\", line 169, in websocket_handler", "py_file")
        w("    await self.send(\"status\", { \"status\": self.get_queue_info(), 'sid': sid }, sid)", "py_code")
        w("ConnectionResetError: Cannot write to closing transport", "py_exception")

    def restart():
        w("Stopping comfyui.service - ComfyUI image generation server...", "sd_stopping", "systemd")
        w("comfyui.service: Deactivated successfully.", "sd_deactivated", "systemd")
        w(f"comfyui.service: Consumed {g.num(1, 59)}min {g.f(1, 59, 3)}s CPU time, {g.f(8, 30, 1)}G memory peak, 0B memory swap peak.", "sd_consumed", "systemd")
        w("Stopped comfyui.service - ComfyUI image generation server.", "sd_stopped", "systemd")
        L.tick(2)
        st["pid"] = g.num(2000, 90000)
        startup()

    startup()
    ev = [(60, prompt), (1, ws_error), (0.8, restart)]
    fill(L, ev, N_LINES, 70)
    del L.rows[N_LINES:]
    return L


# 8 ---------------------------------------------------------------- Thinkbox Deadline 10.3 Worker on a Linux render node of a visual-effects studio (Nuke compositing and Blender
#   lighting jobs), its daily log /var/log/Thinkbox/Deadline10/deadlineworker-render-07-2026-12-01-0000.log: every line "2026-12-01 10:00:00:
#   " (local time, the farm runs on UTC) then the scheduler's and listener's messages, the render thread's ("0: ...") with the plugin's
#   "INFO:" and "DEBUG:" lines and the renderer's "STDOUT:" output, task errors with the .NET exception dump between ">>>>" and "<<<<" rules
@checked
def log_deadline(seed):
    L = Log("deadline_worker_log", seed, "full", True, False, start=dt.datetime(2026, 12, 1, 0, 0, 2, tzinfo=UTC))
    g = L.g
    st = {"plugin": None}
    JOBS = [("sq040_sh0120_comp_v014", "Nuke"), ("sq040_sh0130_comp_v009", "Nuke"), ("sq052_sh0010_comp_v021", "Nuke"),
            ("sq040_sh0120_lgt_v006", "Blender"), ("sq052_sh0040_lgt_v011", "Blender"), ("asset_crate_turntable_v003", "Blender")]

    def w(msg, ev, lv=None):
        ms_(L, 0, 250)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}:  {msg}", ev, lv)

    def begin():
        w("BEGIN - render-07\\render", "begin")
        w("Deadline Worker 10.3 [v10.3.2.1 Release (1c4d4ed2c)]", "worker_version")

    def idle():
        w("Scheduler Thread - Seconds before next job scan: 2", "seconds_before_scan") if g.r.random() < 0.3 else None
        w("Scheduler - Performing Job scan on Primary Pools with scheduling order Pool, Weighted, Balanced", "job_scan")
        w("Scheduler - Using enhanced scheduler balancing", "enhanced_balancing")
        if g.r.random() < 0.3:
            w(f"Scheduler - Preliminary check: The {g.hx(24)} limit is maxed out.", "limit_maxed")
        if g.r.random() < 0.5:
            w("Scheduler - Job chooser found no jobs.", "no_jobs")
        else:
            task()

    def listener():
        ip = g.c(["10.40.2.31", "10.40.2.44", "10.40.2.12"])
        w(f"Listener Thread - ::ffff:{ip} has connected", "listener_connected")
        w(f"Listener Thread - Received message: {g.c(['StreamLog', 'StreamLog', 'GetRenderThreadStatus', 'RemoteControlRequest'])}", "listener_received")
        w("Listener Thread - Responded with: Success", "listener_responded")

    def task():
        job, plug = g.c(JOBS)
        jid = g.hx(24)
        first = g.num(1001, 1180)
        frames = g.num(1, 5) if plug == "Nuke" else 1
        w(f"Scheduler - Successfully dequeued 1 task(s) for Job '{job}' ({jid}). Returning.", "dequeued")
        w("0: Got task!", "got_task")
        if st["plugin"] != plug:
            w("0: Plugin will be reloaded because a new job has been loaded.", "plugin_reload")
            w("0: Loading Job's Plugin timeout is Disabled", "loading_timeout")
            w("0: SandboxedPlugin: Render Job As User disabled, running as current user 'render'", "sandboxed_as_user")
            w("0: Executing plugin command of type 'Initialize Plugin'", "executing_cmd")
            w(f"0: INFO: Executing plugin script '/var/lib/Thinkbox/Deadline10/workers/render-07/plugins/{jid}/{plug}.py'", "info_plugin_script", "INFO")
            w("0: INFO: Plugin execution sandbox using Python version 3", "info_sandbox_python", "INFO")
            w(f"0: INFO: About: {plug} Plugin for Deadline", "info_about", "INFO")
            w("0: INFO: The job's environment will be merged with the current environment before rendering", "info_env_merged", "INFO")
            w("0: Done executing plugin command of type 'Initialize Plugin'", "done_executing_cmd")
            w("0: Start Job timeout is disabled.", "start_job_timeout")
            w(f"0: Task timeout is {g.c([3600, 7200, 14400])} seconds (Regular Task Timeout)", "task_timeout")
            w(f"0: Loaded job: {job} ({jid})", "loaded_job")
            w("0: Executing plugin command of type 'Start Job'", "executing_cmd")
            w("0: DEBUG: S3BackedCache Client is not installed.", "debug_s3_cache", "DEBUG")
            w("0: INFO: Executing global asset transfer preload script '/var/lib/Thinkbox/Deadline10/workers/render-07/plugins/"
              f"{jid}/GlobalAssetTransferPreLoad.py'", "info_preload_script", "INFO")
            w("0: INFO: Looking for legacy (pre-10.0.26) AWS Portal File Transfer...", "info_aws_legacy", "INFO")
            w("0: INFO: Could not find legacy (pre-10.0.26) AWS Portal File Transfer.", "info_aws_legacy_not_found", "INFO")
            w("0: INFO: Legacy (pre-10.0.26) AWS Portal File Transfer is not installed on the system.", "info_aws_legacy_not_installed", "INFO")
            w("0: Done executing plugin command of type 'Start Job'", "done_executing_cmd")
            st["plugin"] = plug
        w(f"0: Plugin rendering frame(s): {first}" + (f"-{first + frames - 1}" if frames > 1 else ""), "rendering_frames")
        w("0: Executing plugin command of type 'Render Task'", "executing_cmd")
        if plug == "Nuke":
            w("0: INFO: Rendering all enabled write nodes", "info_all_write_nodes", "INFO")
            w("0: INFO: Executable: /usr/local/Nuke15.1v3/Nuke15.1", "info_executable", "INFO")
            w(f"0: INFO: Arguments: -V 2 -t -F {first}-{first + frames - 1} -x \"/mnt/projects/bluefin/shots/{job[:12]}/comp/{job}.nk\"", "info_arguments", "INFO")
        else:
            w("0: INFO: Executable: /opt/blender-4.2.3-linux-x64/blender", "info_executable", "INFO")
            w(f"0: INFO: Arguments: -b \"/mnt/projects/bluefin/shots/{job[:12]}/lighting/{job}.blend\" -t 0 -x 1 -o \"/mnt/render/{job}/{job}.####\" "
              f"-s {first} -e {first} -a", "info_arguments", "INFO")
        w(f"0: INFO: Startup Directory: \"{'/usr/local/Nuke15.1v3' if plug == 'Nuke' else '/opt/blender-4.2.3-linux-x64'}\"", "info_startup_dir", "INFO")
        w("0: INFO: Process Priority: BelowNormal", "info_priority", "INFO")
        w("0: INFO: Process Affinity: default", "info_affinity", "INFO")
        w("0: INFO: Process is now running", "info_running", "INFO")
        fail = g.r.random() < 0.06
        if plug == "Nuke":
            w("0: STDOUT: Nuke 15.1v3, 64 bit, built Jul 30 2024.", "nuke_banner")
            w("0: STDOUT: Copyright (c) 2024 The Foundry Visionmongers Ltd.  All Rights Reserved.", "nuke_copyright")
            w("0: STDOUT: Licence expires on: 2027/3/31", "nuke_licence")
            if fail:
                w(f"0: STDOUT: ERROR: Read{g.num(1, 12)}: /mnt/projects/bluefin/plates/{job[:12]}/plate_v001.{first:04d}.exr: No such file or directory", "nuke_read_error")
            else:
                for fr in range(first, first + frames):
                    L.tick(g.num(10, 60))
                    w(f"0: STDOUT: Writing /mnt/render/{job}/{job}.{fr:04d}.exr took {g.f(0.5, 9, 2)} seconds", "nuke_writing")
                    w(f"0: STDOUT: Frame {fr} ({fr - first + 1} of {frames})", "nuke_frame")
                w("0: STDOUT: Total render time: " + f"{g.f(10, 300, 2)} seconds", "nuke_total")
        else:
            w("0: STDOUT: Blender 4.2.3 LTS (hash 3a3e4ea4a7ce built 2024-10-14 23:30:43)", "blender_banner")
            w(f"0: STDOUT: Read blend: \"/mnt/projects/bluefin/shots/{job[:12]}/lighting/{job}.blend\"", "blender_read_blend")
            if fail:
                w("0: STDOUT: Error: Not freed memory blocks: 2, total unfreed memory 0.001 MB", "blender_not_freed")
            else:
                per = float(g.f(1.5, 6, 2))
                mem, peak = float(g.f(2000, 4000, 2)), float(g.f(5000, 9000, 2))
                for smp in sorted(g.r.sample(range(1, 256), g.num(4, 12))) + [256]:
                    el, rem = smp * per, (256 - smp) * per
                    L.t += dt.timedelta(seconds=per * 3)
                    w(f"0: STDOUT: Fra:{first} Mem:{mem:.2f}M (Peak {peak:.2f}M) | Time:{int(el) // 60:02d}:{el % 60:05.2f} | Remaining:{int(rem) // 60:02d}:{rem % 60:05.2f} | "
                      f"Mem:{mem * 0.6:.2f}M, Peak:{peak * 0.8:.2f}M | Scene, ViewLayer | Sample {smp}/256", "blender_progress")
                w(f"0: STDOUT: Saved: '/mnt/render/{job}/{job}.{first:04d}.exr'", "blender_saved")
                w(f"0: STDOUT:  Time: {g.num(0, 9):02d}:{g.num(0, 59):02d}.{g.num(0, 99):02d} (Saving: 00:00.{g.num(10, 99)})", "blender_time")
                w("0: STDOUT: Blender quit", "blender_quit")
        w(f"0: INFO: Process exit code: {1 if fail else 0}", "info_exit_code", "INFO")
        if fail:
            w("0: An exception occurred: Error: Renderer returned non-zero error code, 1. Check the log for more information.", "exception_occurred")
            w("  at Deadline.Plugins.PluginWrapper.RenderTasks(Task task, String& outMessage, AbortLevel& abortLevel) (Deadline.Plugins.RenderPluginException)",
              "dotnet_at")
            w(f"0: Unloading plugin: {plug}", "unloading_plugin")
            st["plugin"] = None
            w("Scheduler Thread - Render Thread 0 threw a major error: ", "major_error")
            w(">>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>", "rule_open")
            w("Exception Details", "exc_details")
            w("RenderPluginException -- Error: Renderer returned non-zero error code, 1. Check the log for more information.", "exc_head")
            w("  at Deadline.Plugins.PluginWrapper.RenderTasks(Task task, String& outMessage, AbortLevel& abortLevel)", "dotnet_at")
            w("RenderPluginException.Cause: JobError (2)", "exc_cause")
            w("RenderPluginException.Level: Major (1)", "exc_level")
            w("RenderPluginException.HasSlaveLog: True", "exc_has_log")
            w("RenderPluginException.SlaveLogFileName: /var/log/Thinkbox/Deadline10/deadlineslave_renderthread_0-render-07-0000.log", "exc_log_file")
            w("Exception.TargetSite: Deadline.Slaves.Messaging.PluginResponseMemento d(Deadline.Net.DeadlineMessage, System.Threading.CancellationToken)", "exc_target_site")
            w("Exception.Data: ( )", "exc_data")
            w("Exception.Source: deadline", "exc_source")
            w("Exception.HResult: -2146233088", "exc_hresult")
            w("  Exception.StackTrace: ", "exc_stacktrace")
            for f in ["Deadline.Plugins.SandboxedPlugin.d(DeadlineMessage bhr, CancellationToken bhs)",
                      "Deadline.Plugins.SandboxedPlugin.RenderTask(Task task, CancellationToken cancellationToken)",
                      "Deadline.Slaves.SlaveRenderThread.c(TaskLogWriter ajv, CancellationToken ajw)"]:
                w(f"    at {f}", "dotnet_at")
            w("<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<", "rule_close")
            w("Scheduler Thread - Job's Limit Groups: ", "limit_groups")
            return
        w("0: Done executing plugin command of type 'Render Task'", "done_executing_cmd")
        rt = float(g.f(0.2, 40, 3))
        w(f"0: Render time for frame(s): {rt:.3f} m", "render_time")
        w(f"0: Total time for task: {rt + float(g.f(0.05, 0.6, 3)):.3f} m", "total_time")
        w("0: Saving task log...", "saving_task_log")
        w("Scheduler Thread - Render Thread 0 completed its task", "completed_task")
        w("Scheduler Thread - Seconds before next job scan: 1", "seconds_before_scan")

    def house():
        w("Performing house cleaning...", "house_cleaning") if g.r.random() < 0.5 else w("Purging old logs", "purging_logs")

    begin()
    ev = [(20, idle), (30, task), (6, listener), (1, house)]
    fill(L, ev, N_LINES, 40)
    del L.rows[N_LINES:]
    return L


# 9 ---------------------------------------------------------------- Ergo 2.14 (the Go IRC server, formerly Oragono) running the small chat network of an open-source project
#   (always-on clients, NickServ accounts, chat history in MySQL, a WebSocket listener behind nginx for the web client), its log file
#   with the server's own format ("2026-12-01T10:00:00.123Z : info  : connect-ip : ...", UTC): connections, logins and registrations,
#   quits, the connection limiter, opers, rehashes, a restart, MySQL trouble
@checked
def log_ergo(seed):
    L = Log("ergo_ircd_log", seed, "full", True, True, start=dt.datetime(2026, 11, 29, 0, 0, 0, tzinfo=UTC))
    g = L.g
    st = {"on": {}}
    NICKS = ["alice", "bob", "carol_", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "mallory", "oscar", "peggy", "trent", "victor",
             "walter", "zed", "kiwi", "nyx", "qbit", "sysop", "bot-ci", "bot-rss", "lurker", "anon42", "Guest" + str(g.num(10, 99))]

    def w(lv, typ, msg, ev):
        ms_(L, 0, 40)
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z : {lv:<5} : {typ} : {msg}", ev, lv, typ)

    def start():
        w("info", "server", "Ergo v2.14.0 starting", "starting")
        w("info", "server", "Using config file ircd.yaml", "config_file")
        w("info", "server", "Using datastore ircd.db", "datastore")
        w("info", "server", "Connected to MySQL server", "mysql_connected") if g.r.random() < 0.9 else \
            w("error", "mysql", "Could not connect to MySQL: dial tcp 127.0.0.1:3306: connect: connection refused", "mysql_connect_failed")
        w("info", "listeners", "now listening on :6697, tls=true, tlsproxy=false, tor=false, websocket=false.", "listening")
        w("info", "listeners", "now listening on :6667, tls=false, tlsproxy=false, tor=false, websocket=false.", "listening")
        w("info", "listeners", "now listening on 127.0.0.1:8097, tls=false, tlsproxy=false, tor=false, websocket=true.", "listening")
        w("info", "server", "Server running", "running")

    def connect():
        nick = g.c([n for n in NICKS if n not in st["on"]] or ["Guest" + str(g.num(100, 999))])
        web = g.r.random() < 0.3
        ip = g.ip("pub")
        w("info", "connect-ip", f"Client connecting: real IP {'127.0.0.1' if web else ip}, proxied IP {ip if web else '<nil>'}", "connecting")
        if g.r.random() < 0.04:
            w("info", "connect-ip", f"Client from {ip} rejected by connection limiter: too many connections from your IP/network", "limiter_rejected")
            return
        host = g.c([f"{nick}.users.ergo.example", f"{g.hx(8)}.{g.c(['dyn', 'pool', 'cust'])}.example.net", "irc-web.example.org"])
        w("info", "connect", f"Client connected [{nick}] [u:~{nick[:9]}] [h:{host}] [ip:{ip}]", "connected")
        if nick.startswith("Guest") or g.r.random() < 0.2:
            st["on"][nick] = None
            return
        how = g.c(["SASL PLAIN", "SASL PLAIN", "SASL EXTERNAL", "NickServ IDENTIFY"])
        w("info", "accounts", f"client {nick} logged into account {nick.rstrip('_')} via {how}", "logged_in")
        st["on"][nick] = nick

    def failed_login():
        ip = g.ip("pub")
        w("info", "accounts", f"client {g.c(NICKS)} failed to authenticate to account {g.c(NICKS)} from {ip}: invalid account credentials", "auth_failed")

    def quit():
        if not st["on"]:
            return connect()
        nick = g.c(list(st["on"]))
        st["on"].pop(nick)
        reason = g.c(["Quit: Leaving", "Ping timeout: 240 seconds", "Quit: ZNC - https://znc.in", "Connection closed", "Quit: WeeChat 4.4.3",
                      "Read error: EOF from client", "Quit: The Lounge - https://thelounge.chat"])
        w("info", "quit", f"{nick} exited the network: {reason}", "exited")

    def register():
        nick = g.c(NICKS)
        w("info", "accounts", f"client {nick} registered account {nick} from {g.ip('pub')}", "registered")
        w("info", "accounts", f"client {nick} verified account {nick}", "verified") if g.r.random() < 0.8 else None

    def oper():
        w("info", "opers", f"Client opered up [sysop] [{g.c(['netadmin', 'server-admin'])}]", "opered_up")
        if g.r.random() < 0.5:
            w("info", "opers", f"sysop added D-Line on {g.ip('pub')}/32 for {g.c(['1d', '7d', '30d'])}: spam", "dline_added")

    def rehash():
        w("info", "server", "Rehashing", "rehashing")
        w("info", "server", "Rehash completed successfully", "rehash_ok")

    def mysql():
        w("error", "mysql", "could not write history: dial tcp 127.0.0.1:3306: connect: connection refused", "mysql_write_failed")

    def history_timeout():
        w("warn", "mysql", f"query timed out after {g.num(3, 4)}s: {g.c(['BetweenTimestamps', 'ListCorrespondents', 'ListChannels'])}", "mysql_timeout")

    def restart():
        w("info", "server", "Caught signal: terminated", "caught_signal")
        w("info", "server", "Server quitting", "quitting")
        L.tick(5)
        st["on"].clear()
        start()

    def always_on():
        nick = g.c(NICKS[:12])
        w("info", "accounts", f"restoring always-on client {nick}", "restoring_always_on")

    start()
    for _ in range(10):
        always_on()
    ev = [(36, connect), (30, quit), (3, failed_login), (1.2, register), (0.5, oper), (0.3, rehash), (0.6, mysql), (0.8, history_timeout),
          (0.1, restart)]
    fill(L, ev, N_LINES, 120)
    del L.rows[N_LINES:]
    return L


# 10 --------------------------------------------------------------- Fly.io: a small invoicing SaaS' Node.js API (Express with morgan's "tiny" access lines, two machines in fra and
#   one in ams, auto-stop and auto-start on, a Postgres cluster beside it), `fly logs -a invoicely-api` left running in a terminal of the
#   developer's and saved ("2026-12-01T10:00:00Z app[148e272b6d3189] fra [info]GET /api/invoices 200 1432 - 12.345 ms", UTC): the app's
#   output, the Fly proxy's auto-stop and auto-start, health checks, deployments with the runner's image pulls and the init's lines,
#   the proxy's PR and PC errors
@checked
def log_flyio(seed):
    L = Log("flyio_fly_logs", seed, "full", True, True, start=dt.datetime(2026, 12, 1, 6, 0, 0, tzinfo=UTC))
    g = L.g
    M = {"fra": ["148e272b6d3189", "e286514c9ea086"], "ams": ["3d8d9e5b471e89"]}
    st = {"running": {m for ms in M.values() for m in ms}, "dep": "01JE" + g.alnum(22, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"), "commit": g.hx(7), "pid": 314}
    PATHS = ["/api/invoices", "/api/invoices/{n}", "/api/invoices/{n}/pdf", "/api/customers", "/api/customers/{n}", "/api/me", "/healthz",
             "/api/invoices?status=open&page={p}", "/api/payments/webhook", "/api/reports/monthly?year=2026"]

    def w(src, mid, region, lv, msg, ev, level=None):
        ms_(L, 0, 900)
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}Z {src}[{mid}] {region} [{lv}]{msg}", ev, level or lv, src)

    def pick():
        region = g.c(["fra", "fra", "fra", "ams"])
        run = [m for m in M[region] if m in st["running"]]
        return region, (g.c(run) if run else None)

    def request():
        region, mid = pick()
        if not mid:
            return autostart(region)
        p = g.c(PATHS).format(n=g.num(1000, 9999), p=g.num(1, 9))
        meth = "POST" if "webhook" in p else g.c(["GET", "GET", "GET", "GET", "POST", "PATCH", "DELETE"]) if "{" not in p else "GET"
        code = g.c([200] * 20 + [201, 204, 304, 400, 401, 404, 500])
        w("app", mid, region, "info", f"{meth} {p} {code} {g.num(0, 40000) if code != 204 else '-'} - {g.f(1, 900, 3)} ms", "morgan")

    def applog():
        region, mid = pick()
        if not mid:
            return
        x = g.r.random()
        if x < 0.4:
            w("app", mid, region, "info", f"[cron] sent {g.num(0, 40)} payment reminders", "app_reminders")
        elif x < 0.7:
            w("app", mid, region, "info", f"[pdf] rendered invoice INV-2026-{g.num(1000, 9999)} in {g.num(200, 3000)}ms", "app_pdf")
        elif x < 0.9:
            w("app", mid, region, "info", "Error: Stripe webhook signature verification failed: No signatures found matching the expected signature for payload",
              "app_stripe_error")
        else:
            w("app", mid, region, "info", "Error: Connection terminated due to connection timeout", "app_pg_timeout")
            w("app", mid, region, "info", "    at /app/node_modules/pg-pool/index.js:45:11", "node_at")
            w("app", mid, region, "info", "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)", "node_at")
            w("app", mid, region, "info", f"    at async getInvoice (/app/dist/routes/invoices.js:{g.num(20, 90)}:20)", "node_at")

    def boot(mid, region):
        w("app", mid, region, "info", f" INFO Starting init (commit: {st['commit']})...", "init_starting", "info|INFO")
        w("app", mid, region, "info", " INFO Preparing to run: `docker-entrypoint.sh node dist/server.js` as node", "init_preparing", "info|INFO")
        w("app", mid, region, "info", " INFO [fly api proxy] listening at /.fly/api", "init_api_proxy", "info|INFO")
        w("app", mid, region, "info", f"{L.t:%Y/%m/%d %H:%M:%S} INFO SSH listening listen_address=[fdaa:9:1c2e:a7b:{g.hx(3)}:{g.hx(4)}:{g.hx(4)}:2]:22 dns_server=[fdaa::3]:53",
          "hallpass_ssh", "info|INFO")
        w("runner", mid, region, "info", f"Machine started in {g.f(0.3, 2.5, 3)}s", "machine_started")
        w("app", mid, region, "info", "Connected to Postgres (invoicely-db.flycast:5432)", "app_pg_connected")
        w("app", mid, region, "info", "invoicely-api listening on 0.0.0.0:8080", "app_listening")

    def shutdown(mid, region):
        w("app", mid, region, "info", f" INFO Sending signal SIGINT to main child process w/ PID {st['pid']}", "init_sigint", "info|INFO")
        w("app", mid, region, "info", "SIGINT received, closing server", "app_sigint")
        w("app", mid, region, "info", " INFO Main child exited normally with code: 0", "init_child_exited", "info|INFO")
        w("app", mid, region, "info", " INFO Starting clean up.", "init_cleanup", "info|INFO")
        w("app", mid, region, "info", " WARN could not unmount /rootfs: EINVAL: Invalid argument", "init_unmount", "info|WARN")
        w("app", mid, region, "info", f"[    {g.f(1, 9000, 6):>11}] reboot: Restarting system", "kernel_reboot")

    def autostop():
        region = g.c(["fra", "fra", "ams"])
        run = [m for m in M[region] if m in st["running"]]
        if not run:
            return
        mid = g.c(run)
        left = len(run) - 1
        if region == "fra" and left == 0 and g.r.random() < 0.5:
            return
        w("proxy", mid, region, "info", f"App invoicely-api has excess capacity, autostopping machine {mid}. {left} out of {len(M[region])} machines left running "
          f"(region={region}, process group=app)", "autostopping")
        shutdown(mid, region)
        st["running"].discard(mid)

    def autostart(region=None):
        region = region or g.c(["fra", "ams"])
        stopped = [m for m in M[region] if m not in st["running"]]
        if not stopped:
            return
        mid = g.c(stopped)
        w("proxy", mid, region, "info", "Starting machine", "starting_machine")
        st["pid"] = g.num(300, 330)
        boot(mid, region)
        st["running"].add(mid)

    def health():
        region, mid = pick()
        if not mid:
            return
        w("health", mid, region, "error", "Health check on port 8080 has failed. Your app is not responding properly. Services exposed on ports [80, 443] will have "
          "intermittent failures until the health check passes.", "health_failed")
        L.tick(30)
        w("health", mid, region, "info", "Health check on port 8080 is now passing.", "health_passing")

    def proxy_err():
        region, mid = pick()
        if not mid:
            return
        if g.r.random() < 0.6:
            w("proxy", mid, region, "error", f"[PR04] could not find a good candidate within {g.num(20, 40)} attempts at load balancing", "pr04")
        else:
            w("proxy", mid, region, "error", "[PC01] instance refused connection. is your app listening on 0.0.0.0:8080? make sure it is not only listening on 127.0.0.1 "
              "(hint: look at your startup logs, servers often print the address they are listening on)", "pc01")

    def deploy():
        st["dep"] = "01JE" + g.alnum(22, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")
        st["commit"] = g.hx(7)
        for region, ms in M.items():
            for mid in ms:
                w("runner", mid, region, "info", f"Pulling container image registry.fly.io/invoicely-api:deployment-{st['dep']}", "pulling_image")
                w("runner", mid, region, "info", f"Successfully prepared image registry.fly.io/invoicely-api:deployment-{st['dep']} ({g.f(1, 9, 6)}s)", "prepared_image")
                if mid in st["running"]:
                    shutdown(mid, region)
                w("runner", mid, region, "info", "Configuring firecracker", "configuring_firecracker")
                st["pid"] = g.num(300, 330)
                boot(mid, region)
                st["running"].add(mid)

    ev = [(70, request), (6, applog), (3, autostop), (1.5, autostart), (0.8, health), (1.2, proxy_err), (0.15, deploy)]
    fill(L, ev, N_LINES, 25)
    del L.rows[N_LINES:]
    return L


# 11 --------------------------------------------------------------- FreeRDP 3.5 (xfreerdp3, Debian 13) on the thin clients at a hospital ward's nursing stations: a kiosk script
#   starts xfreerdp against the terminal-server farm in a loop and appends its output and its own lines to /var/log/rdp-kiosk.log;
#   WinPR's wlog lines ("[10:00:00:123] [4211:00001073] [WARN][com.freerdp.crypto] - [verify_cb]: ...", time of day only, UTC) and the
#   script's "2026-12-01 10:00:00 starting xfreerdp ..." and "... exited with code %d": connects, the farm's self-signed certificate,
#   channels loading, log-offs, dropped connections and reconnects, graphics pipeline warnings, a password that expired
@checked
def log_freerdp(seed):
    L = Log("freerdp_kiosk_log", seed, "tod", True, True, start=dt.datetime(2026, 11, 30, 5, 30, 0, tzinfo=UTC))
    g = L.g
    st = {"pid": 4211}

    def s(msg, ev):
        ms_(L, 0, 50)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S} {msg}", ev)

    def w(lv, tag, fn, msg, ev):
        ms_(L, 0, 60)
        L.emit(f"[{L.t:%H:%M:%S}:{ms3(L.t)}] [{st['pid']}:{st['tid']:08x}] [{lv}][{tag}] - [{fn}]: {msg}", ev, lv, tag)

    def session():
        st["pid"] = g.num(1000, 65000)
        st["tid"] = st["pid"]
        srv = g.c(["TS01", "TS02", "TS03", "TS04"])
        s("starting xfreerdp3 to ts-farm.klinik.local as KLINIK\\station-4b", "script_starting")
        w("WARN", "com.freerdp.client.xfreerdp.utils", "run_action_script", "[ActionScript] no such script '/home/kiosk/.config/freerdp/action.sh'",
          "no_action_script")
        w("WARN", "com.freerdp.client.common.cmdline", "warn_credential_args", "Using /p is insecure", "insecure_p")
        w("WARN", "com.freerdp.client.common.cmdline", "warn_credential_args",
          "Passing credentials or secrets via command line might expose these in the process list", "credentials_cmdline")
        if g.r.random() < 0.05:
            w("ERROR", "com.freerdp.core.transport", "freerdp_tcp_connect", "getaddrinfo: Name or service not known (ts-farm.klinik.local:3389)", "getaddrinfo")
            w("ERROR", "com.freerdp.core", "freerdp_connect", "ERRCONNECT_DNS_NAME_NOT_FOUND [0x00020005]", "errconnect_dns")
            L.tick(1)
            s("xfreerdp3 exited with code 131", "script_exited")
            return
        w("WARN", "com.freerdp.crypto", "verify_cb", "Certificate verification failure 'self-signed certificate (18)' at stack position 0", "cert_verify_failure")
        w("WARN", "com.freerdp.crypto", "verify_cb", f"CN = {srv}.klinik.local", "cert_cn")
        if g.r.random() < 0.04:
            w("ERROR", "com.freerdp.core", "rdp_recv_callback", "ERRCONNECT_PASSWORD_EXPIRED [0x0002000E]", "password_expired")
            s("xfreerdp3 exited with code 147", "script_exited")
            return
        w("INFO", "com.freerdp.gdi", "gdi_init_ex", "Local framebuffer format  PIXEL_FORMAT_BGRX32", "local_fb_format")
        w("INFO", "com.freerdp.gdi", "gdi_init_ex", "Remote framebuffer format PIXEL_FORMAT_BGRA32", "remote_fb_format")
        w("INFO", "com.freerdp.channels.rdpsnd.client", "rdpsnd_load_device_plugin", "[static] Loaded pulse backend for rdpsnd", "rdpsnd_backend")
        for ch in ["ainput", "rdpgfx", "disp", "rdpsnd"]:
            w("INFO", "com.freerdp.channels.drdynvc.client", "dvcman_load_addin", f"Loading Dynamic Virtual Channel {ch}", "load_dvc")
        if g.r.random() < 0.3:
            w("WARN", "com.freerdp.channels.rdpgfx.client", "rdpgfx_recv_caps_confirm_pdu", "Server does not support AVC444, falling back to AVC420", "avc444_fallback")
        w("INFO", "com.freerdp.client.x11", "xf_logon_error_info", "Logon Error Info LOGON_WARNING [LOGON_MSG_SESSION_CONTINUE]", "logon_error_info")
        for _ in range(g.num(0, 6)):
            L.tick(g.num(300, 3000))
            x = g.r.random()
            if x < 0.4:
                w("WARN", "com.freerdp.channels.rdpgfx.client", "rdpgfx_recv_pdu", f"Error while processing GFX PDU (cmdId 0x{g.c(['0001', '000A', '0013'])})", "gfx_pdu_error")
            elif x < 0.7:
                w("INFO", "com.freerdp.client.x11", "xf_disp_handle_configureNotify", f"resizing to {g.c(['1920x1080', '1680x1050'])}", "disp_resize")
            else:
                w("WARN", "com.freerdp.channels.rdpsnd.client", "rdpsnd_recv_wave_pdu", "Wave PDU with invalid size", "rdpsnd_wave_invalid")
        L.tick(g.num(1800, 14000))
        x = g.r.random()
        if x < 0.55:
            w("INFO", "com.freerdp.core", "rdp_print_errinfo", "ERRINFO_LOGOFF_BY_USER (0x0000000C):The disconnection was initiated by the user logging off their "
              "session on the server.", "errinfo_logoff")
            code = 12
        elif x < 0.7:
            w("INFO", "com.freerdp.core", "rdp_print_errinfo", "ERRINFO_RPC_INITIATED_DISCONNECT_BYUSER (0x0000000B):The disconnection was initiated by an "
              "administrative tool on the server running in the user's session.", "errinfo_rpc_byuser")
            code = 11
        elif x < 0.8:
            w("INFO", "com.freerdp.core", "rdp_print_errinfo", "ERRINFO_IDLE_TIMEOUT (0x00000003):The idle session limit timer on the server has elapsed.",
              "errinfo_idle")
            code = 3
        else:
            w("ERROR", "com.freerdp.core.transport", "transport_read_layer", "BIO_read returned a system error 104: Connection reset by peer", "bio_read_error")
            w("ERROR", "com.freerdp.core", "transport_read_layer", "freerdp_set_last_error_ex ERRCONNECT_CONNECT_TRANSPORT_FAILED [0x0002000D]", "set_last_error")
            if g.r.random() < 0.6:
                w("INFO", "com.freerdp.client.x11", "xf_client_thread", "Network disconnect!", "network_disconnect")
                for i in range(1, g.num(2, 4)):
                    L.tick(5)
                    w("INFO", "com.freerdp.core", "freerdp_reconnect", f"Attempting reconnect (attempt {i} of 20)", "reconnect_attempt")
                w("WARN", "com.freerdp.crypto", "verify_cb", "Certificate verification failure 'self-signed certificate (18)' at stack position 0", "cert_verify_failure")
                w("WARN", "com.freerdp.crypto", "verify_cb", f"CN = {srv}.klinik.local", "cert_cn")
                w("INFO", "com.freerdp.core", "freerdp_reconnect", "reconnected", "reconnected") if g.r.random() < 0.8 else None
                L.tick(g.num(600, 6000))
                w("INFO", "com.freerdp.core", "rdp_print_errinfo", "ERRINFO_LOGOFF_BY_USER (0x0000000C):The disconnection was initiated by the user logging off their "
                  "session on the server.", "errinfo_logoff")
                code = 12
            else:
                code = 131
        w("INFO", "com.freerdp.client.x11", "xf_post_disconnect", "Closed from X11", "closed_from_x11") if code != 131 else None
        L.tick(1)
        s(f"xfreerdp3 exited with code {code}", "script_exited")
        L.tick(5)

    while len(L.rows) < N_LINES:
        L.tick(20)
        session()
    del L.rows[N_LINES:]
    return L


# 12 --------------------------------------------------------------- Gatling 3.9 load tests of a ticket shop's booking API, run each night by Jenkins through Maven (`mvn -B
#   gatling:test` with gatling-maven-plugin 4.3), the console output of a few nights: Maven's "[INFO]" lines, the console summary block every
#   five seconds ("2026-12-01 02:00:05                                   5s elapsed", UTC) with the request counters, errors (wrapped at 80
#   columns as Gatling does), each scenario's progress bar and user counts, logback's "02:00:12.345 [WARN ] i.g.h.e.r.DefaultStatsProcessor
#   - ..." lines for failed requests, and the final global statistics, assertions and report path
@checked
def log_gatling(seed):
    L = Log("gatling_jenkins_console", seed, "tod", True, True, start=dt.datetime(2026, 11, 26, 2, 0, 1, tzinfo=UTC))
    g = L.g
    REQS = ["Home", "Search events", "Event details", "Seat map", "Reserve seats", "Checkout", "Payment", "Confirmation"]
    SIMS = [("BookingSimulation", "Book tickets"), ("BrowseSimulation", "Browse catalogue"), ("SpikeSimulation", "Sale opening spike")]

    def o(text, ev, lv=None, comp=None):
        L.emit(text, ev, lv, comp, t=None)

    def mvn(lv, msg, ev):
        o(f"[{lv}] {msg}", ev, lv)

    def logback(lv, logger, msg, ev):
        ms_(L, 0, 200)
        L.emit(f"{L.t:%H:%M:%S}.{ms3(L.t)} [{lv:<5}] {logger} - {msg}", ev, lv, logger)

    def err_row(msg, n, pct):
        line = f"> {msg}"
        head = f"{line[:62]:<62} {n:>6} ({pct:>5.1f}%)"
        o(head, "errors_row")
        rest = line[62:]
        while rest:
            o(rest[:80], "errors_row_wrap")
            rest = rest[80:]

    def block(sim, scen, elapsed, counts, errors, users, done):
        o("=" * 80, "rule_equals")
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}{str(elapsed) + 's elapsed':>61}", "block_time")
        o("---- Requests ------------------------------------------------------------------", "requests_header")
        tot_ok = sum(c[0] for c in counts.values())
        tot_ko = sum(c[1] for c in counts.values())
        o(f"> {'Global':<50} (OK={tot_ok:<6} KO={tot_ko:<6})", "request_row")
        for r in REQS:
            if r in counts:
                o(f"> {r:<50} (OK={counts[r][0]:<6} KO={counts[r][1]:<6})", "request_row")
        if errors:
            o("---- Errors --------------------------------------------------------------------", "errors_header")
            tot = sum(errors.values())
            for m, n in errors.items():
                err_row(m, n, 100.0 * n / tot)
        o("", "empty")
        o(f"---- {scen} " + "-" * (74 - len(scen)), "scenario_header")
        pct = min(100, int(100 * done / users))
        bar = "#" * int(74 * done / users)
        act = "-" * max(0, min(74 - len(bar), g.num(0, 20))) if pct < 100 else ""
        o(f"[{(bar + act):<74}]{pct:>3}%", "progress_bar")
        active = 0 if pct >= 100 else g.num(1, 60)
        o(f"          waiting: {max(0, users - done - active):<6} / active: {active:<6} / done: {done:<6}", "users_line")
        o("=" * 80, "rule_equals")
        o("", "empty")

    def run(sim, scen):
        mvn("INFO", "Scanning for projects...", "mvn_scanning")
        mvn("INFO", "", "mvn_empty")
        mvn("INFO", "-------------------< com.ticketshop:booking-loadtest >-------------------", "mvn_project_rule")
        mvn("INFO", "Building booking-loadtest 1.8.0", "mvn_building")
        mvn("INFO", "  from pom.xml", "mvn_from_pom")
        mvn("INFO", "--------------------------------[ jar ]---------------------------------", "mvn_packaging_rule")
        mvn("INFO", "", "mvn_empty")
        mvn("INFO", "--- gatling:4.3.7:test (default-cli) @ booking-loadtest ---", "mvn_plugin")
        logback("INFO", "i.g.c.ZincCompiler$", "Compiling 6 Scala sources to /var/lib/jenkins/workspace/loadtest-nightly/target/test-classes ...", "zinc_compiling")
        logback("INFO", "i.g.c.ZincCompiler$", "compiling completed in " + f"{g.f(8, 20, 1)}s", "zinc_done")
        o(f"Simulation com.ticketshop.{sim} started...", "sim_started")
        o("", "empty")
        counts, errors = {}, {}
        users = g.c([200, 500, 1000])
        ramp = g.num(60, 120)
        dur = ramp + g.num(20, 60)
        for el in range(5, dur + 5, 5):
            L.t += dt.timedelta(seconds=5)
            for r in REQS:
                if g.r.random() < 0.9:
                    c = counts.setdefault(r, [0, 0])
                    n = g.num(5, 60)
                    c[0] += n
                    if r in ("Payment", "Reserve seats", "Seat map") and g.r.random() < 0.25:
                        k = g.num(1, 4)
                        c[1] += k
                        m = g.c(["status.find.in(200,201,202,203,204,205,206,207,208,209,304), found 500",
                                 "j.u.c.TimeoutException: Request timeout to booking-api.staging.ticketshop.internal/10.30.4.12:443 after 60000 ms",
                                 "jsonPath($.reservationId).find.exists, found nothing", "status.find.in(200,201,202,203,204,205,206,207,208,209,304), found 409"])
                        errors[m] = errors.get(m, 0) + k
                        if g.r.random() < 0.5:
                            logback("WARN", "i.g.h.e.r.DefaultStatsProcessor", f"Request '{r}' failed for user {g.num(1, users)}: {m}", "request_failed")
            block(sim, scen, el, counts, errors, users, min(users, int(users * el / dur)))
        o(f"Simulation com.ticketshop.{sim} completed in {dur} seconds", "sim_completed")
        o("Parsing log file(s)...", "parsing")
        o("Parsing log file(s) done", "parsing_done")
        o("Generating reports...", "generating")
        o("", "empty")
        o("=" * 80, "rule_equals")
        o("---- Global Information --------------------------------------------------------", "global_header")
        ok = sum(c[0] for c in counts.values())
        ko = sum(c[1] for c in counts.values())
        n = ok + ko

        def row(label, a, b, c, ev):
            o(f"> {label:<50}{a:>7} (OK={b:<6} KO={c:<6})", ev)
        row("request count", n, ok, ko, "gi_request_count")
        row("min response time", g.num(8, 30), g.num(8, 30), g.num(40, 60000) if ko else "-", "gi_min")
        row("max response time", 60001 if ko else g.num(2000, 9000), g.num(2000, 9000), 60001 if ko else "-", "gi_max")
        row("mean response time", g.num(100, 900), g.num(100, 800), g.num(1000, 60000) if ko else "-", "gi_mean")
        row("std deviation", g.num(100, 2000), g.num(100, 900), g.num(0, 20000) if ko else "-", "gi_std")
        for p in (50, 75, 95, 99):
            row(f"response time {p}th percentile", g.num(80, 3000), g.num(80, 3000), g.num(500, 60000) if ko else "-", "gi_percentile")
        row("mean requests/sec", g.f(20, 200, 3), g.f(20, 200, 3), g.f(0, 2, 3) if ko else "-", "gi_rps")
        o("---- Response Time Distribution ------------------------------------------------", "distribution_header")
        a, b, c = int(ok * 0.85), int(ok * 0.1), ok - int(ok * 0.85) - int(ok * 0.1)
        o(f"> {'t < 800 ms':<50}{a:>7} ({100 * a // n:>3}%)", "dist_lt")
        o(f"> {'800 ms <= t < 1200 ms':<50}{b:>7} ({100 * b // n:>3}%)", "dist_between")
        o(f"> {'t >= 1200 ms':<50}{c:>7} ({100 * c // n:>3}%)", "dist_ge")
        o(f"> {'failed':<50}{ko:>7} ({100 * ko // n:>3}%)", "dist_failed")
        if errors:
            o("---- Errors --------------------------------------------------------------------", "errors_header")
            tot = sum(errors.values())
            for m, k in errors.items():
                err_row(m, k, 100.0 * k / tot)
        o("=" * 80, "rule_equals")
        o("", "empty")
        o(f"Reports generated in {g.num(0, 3)}s.", "reports_generated")
        o(f"Please open the following file: file:///var/lib/jenkins/workspace/loadtest-nightly/target/gatling/{sim.lower()}-{L.t:%Y%m%d%H%M%S}{g.num(100, 999)}/index.html",
          "please_open")
        failed = ko * 100 > n
        o(f"Global: max of response time is less than 10000 : {'false' if ko else 'true'}", "assert_max")
        o(f"Global: percentage of failed events is less than 1.0 : {'false' if failed else 'true'}", "assert_failed_pct")
        mvn("INFO", "------------------------------------------------------------------------", "mvn_rule")
        if failed:
            mvn("INFO", "BUILD FAILURE", "mvn_build_failure")
        else:
            mvn("INFO", "BUILD SUCCESS", "mvn_build_success")
        mvn("INFO", "------------------------------------------------------------------------", "mvn_rule")
        mvn("INFO", f"Total time:  {dur // 60 + 1:02d}:{g.num(0, 59):02d} min", "mvn_total_time")
        L.emit(f"[INFO] Finished at: {L.t:%Y-%m-%dT%H:%M:%SZ}", "mvn_finished_at", "INFO")
        mvn("INFO", "------------------------------------------------------------------------", "mvn_rule")
        if failed:
            mvn("ERROR", "Failed to execute goal io.gatling:gatling-maven-plugin:4.3.7:test (default-cli) on project booking-loadtest: Gatling failed.: "
                "Simulation failed: assertion(s) failed -> [Help 1]", "mvn_failed_goal")
            mvn("ERROR", "", "mvn_empty")
            mvn("ERROR", "To see the full stack trace of the errors, re-run Maven with the -e switch.", "mvn_rerun_e")
            mvn("ERROR", "Re-run Maven using the -X switch to enable full debug logging.", "mvn_rerun_x")

    while len(L.rows) < N_LINES:
        L.t = L.t.replace(hour=2, minute=0, second=1) + dt.timedelta(days=1)
        for sim, scen in SIMS:
            run(sim, scen)
            L.t += dt.timedelta(seconds=g.num(5, 30))
    del L.rows[N_LINES:]
    carry_time(L, own_time)
    return L


# 13 --------------------------------------------------------------- Apache Geode 1.15 (a payment processor's cluster of two locators and four servers holding sessions, orders and
#   risk scores, with persistent partitioned regions and clients through the cache server), server1's log gemfire.log: "[info 2026/12/01
#   10:00:00.123 UTC server1 <P2P message reader for 10.0.1.12(server2:2311)<v3>:41000 shared unordered sender uid=5 local port=45623
#   remote port=53524> tid=0x5c] ..." (UTC); oplogs created and deleted, client registrations and time-outs, membership views,
#   wake-up delays of the statistics sampler, slow queries, heap warnings, function exceptions with their Java traces, a start with its
#   banner and the properties it lists
@checked
def log_geode(seed):
    L = Log("geode_server_log", seed, "full", True, False, start=dt.datetime(2026, 11, 30, 12, 0, 0, tzinfo=UTC))
    g = L.g
    SERVERS = {"server1": ("10.0.1.11", 2187, 2), "server2": ("10.0.1.12", 2311, 3), "server3": ("10.0.1.13", 2290, 4), "server4": ("10.0.1.14", 2402, 5)}
    st = {"oplog": g.num(200, 400), "view": 17, "tid": 0x40}

    def mem(n):
        ip, pid, v = SERVERS[n]
        return f"{ip}({n}:{pid})<v{v}>:41000"

    def w(lv, thread, msg, ev, extra=()):
        ms_(L, 0, 60)
        L.emit(f"[{lv} {L.t:%Y/%m/%d %H:%M:%S}.{ms3(L.t)} UTC server1 <{thread}> tid=0x{sum(map(ord, thread)) % 0xfe + 1:x}] {msg}", ev, lv)
        for text, e in extra:
            L.emit(text, e, lv)

    def oplog():
        st["oplog"] += 1
        store = g.c(["DEFAULT", "orders-store", "orders-store", "sessions-store"])
        th = g.c([f"ServerConnection on port 40404 Thread {g.num(1, 400)}", f"Function Execution Processor{g.num(1, 16)}", "Idle OplogCompactor"])
        for k in ("crf", "drf", "krf")[:g.c([2, 3])]:
            w("info", th, f"Created oplog#{st['oplog']} {k} for disk store {store}.", "oplog_created")
        if g.r.random() < 0.7:
            for k in ("crf", "drf", "krf"):
                w("info", "Idle OplogCompactor", f"Deleted oplog#{st['oplog'] - 3} {k} for disk store {store}.", "oplog_deleted")

    def client():
        ip = f"10.0.{g.c([3, 4])}.{g.num(20, 90)}"
        cid = f"identity({ip}(order-svc-{g.hx(5)}:{g.num(1, 9)}:loner):{g.port()}:{g.hx(8)}:order-svc,connection=1)"
        x = g.r.random()
        if x < 0.45:
            w("info", f"ServerConnection on port 40404 Thread {g.num(1, 400)}", f"ClientHealthMonitor: Registering client with member id {cid}", "client_registering")
        elif x < 0.8:
            w("info", f"ServerConnection on port 40404 Thread {g.num(1, 400)}",
              f"ClientHealthMonitor: Unregistering client with member id {cid} due to: {g.c(['Unknown reason', 'The connection has been reset while reading the header', 'Client closed'])}",
              "client_unregistering")
        else:
            w("warn", "ClientHealthMonitor Thread", f"ClientHealthMonitor: Monitoring client with member id {cid}. It had been {g.num(60001, 90000)} ms since the "
              "latest heartbeat. Max interval is 60000. Terminated client.", "client_terminated")

    def sampler():
        w("warn", "StatSampler", f"Statistics sampling thread detected a wakeup delay of {g.num(1100, 9000)} ms, indicating a possible resource issue. Check the GC, "
          "memory, and CPU statistics.", "wakeup_delay")

    def query():
        w("warn", f"ServerConnection on port 40404 Thread {g.num(1, 400)}", f"Query execution canceled after exceeding max execution time {g.c([5000, 10000])}ms. "
          f"Query String = SELECT * FROM /orders o WHERE o.status = '{g.c(['PENDING', 'CAPTURED', 'REVIEW'])}' AND o.merchantId = {g.num(1000, 9999)}", "query_canceled")

    def heap():
        used = g.num(6800, 7900) * 1024 * 1024
        w("warn", "ResourceManagerPoller", f"Member: {mem('server1')} above heap eviction threshold. Event generated via polling. Used bytes: {used}. "
          f"Memory thresholds: MemoryThreshold:[maxMemoryBytes={8589934592}, criticalThreshold=90.0, criticalThresholdBytes=7730941132, "
          f"evictionThreshold=80.0, evictionThresholdBytes=6871947673]", "heap_eviction")
        L.tick(30)
        w("info", "ResourceManagerPoller", f"Member: {mem('server1')} below heap eviction threshold. Event generated via polling. Used bytes: {used // 2}. "
          "Memory thresholds: MemoryThreshold:[maxMemoryBytes=8589934592, criticalThreshold=90.0, criticalThresholdBytes=7730941132, "
          "evictionThreshold=80.0, evictionThresholdBytes=6871947673]", "heap_below_eviction")

    def function_error():
        fn = g.c(["RiskScoreFunction", "SettleBatchFunction", "ExpireSessionsFunction"])
        frames = [f"com.payco.grid.functions.{fn}.execute({fn}.java:{g.num(40, 200)})",
                  "org.apache.geode.internal.cache.execute.AbstractExecution.executeFunctionLocally(AbstractExecution.java:328)",
                  "org.apache.geode.internal.cache.execute.AbstractExecution.lambda$executeFunctionOnLocalPRNode$1(AbstractExecution.java:299)",
                  "org.apache.geode.distributed.internal.ClusterOperationExecutors.runUntilShutdown(ClusterOperationExecutors.java:445)",
                  "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
                  "java.base/java.lang.Thread.run(Thread.java:840)"]
        cause = None
        if g.r.random() < 0.5:
            cause = ("java.lang.NullPointerException: Cannot invoke \"com.payco.grid.model.Merchant.getRiskProfile()\" because \"merchant\" is null", "java_caused_by",
                     [f"com.payco.grid.functions.{fn}.score({fn}.java:{g.num(200, 400)})", f"com.payco.grid.functions.{fn}.execute({fn}.java:{g.num(40, 200)})"])
        tr = java_trace((f"org.apache.geode.cache.execute.FunctionException: {g.c(['Error while scoring batch', 'Settlement batch failed', 'Unexpected error'])}",
                         "java_exception"), frames, cause)
        w("error", f"Function Execution Processor{g.num(1, 16)}", f"Exception occurred while executing function {fn}", "function_exception", tr)

    def view_change():
        st["view"] += 1
        n = g.c(["server2", "server3", "server4"])
        if g.r.random() < 0.5:
            w("info", "Geode Membership View Creator", f"Membership: Processing addition <{mem(n)}>", "view_addition")
        else:
            w("warn", "unicast receiver,server1-3712", f"Membership: Member at {mem(n)} unexpectedly left the distributed cache: departed membership view",
              "view_departed")
        w("info", "Geode Membership View Creator", f"received new view: View[10.0.1.5(locator1:1011:locator)<ec><v0>:41000|{st['view']}] members: "
          f"[10.0.1.5(locator1:1011:locator)<ec><v0>:41000, 10.0.1.6(locator2:1044:locator)<ec><v1>:41000, {', '.join(mem(s) for s in SERVERS)}]", "view_received")
        w("info", "Geode Membership View Creator", f"Membership: Finished view processing viewID = {st['view']}", "view_finished")

    def gii():
        r = g.c(["/orders", "/sessions", "/riskScores"])
        n = g.c(["server2", "server3", "server4"])
        w("info", "Recovery thread for bucket _B__orders_" + str(g.num(0, 112)),
          f"Region {r} (and any colocated sub-regions) has potentially stale data.  Buckets [{g.num(0, 112)}] are waiting for another offline member to "
          "recover the latest data.", "stale_data")
        w("info", f"Redundancy Recovery for {r}", f"Region {r} bucket {g.num(0, 112)} requesting initial image from {mem(n)}", "gii_requesting")
        w("info", f"Redundancy Recovery for {r}", f"Region {r} bucket {g.num(0, 112)} initialized from {mem(n)} with {g.num(100, 90000)} entries", "gii_done")

    def startup():
        w("info", "main", "", "banner_empty_msg", [
            ("---------------------------------------------------------------------------", "banner_rule"),
            ("", "empty"),
            ("  Licensed to the Apache Software Foundation (ASF) under one or more", "banner_license_1"),
            ("  contributor license agreements.  See the NOTICE file distributed with this", "banner_license_2"),
            ("  work for additional information regarding copyright ownership.", "banner_license_3"),
            ("", "empty"),
            ("---------------------------------------------------------------------------", "banner_rule"),
            ("Build-Date: 2023-02-10 11:48:34 +0000", "banner_build_date"),
            ("Build-Java-Vendor: Eclipse Adoptium", "banner_build_java_vendor"),
            ("Build-Java-Version: 1.8.0_362", "banner_build_java_version"),
            ("Product-Name: Apache Geode", "banner_product_name"),
            ("Product-Version: 1.15.1", "banner_product_version"),
            ("Source-Revision: 3c2d2fd3f9d4da0b4c8e2f8e5f1e9a2ab0b9f6c1", "banner_source_revision"),
            ("Native version: native code unavailable", "banner_native"),
            ("Running on: 10.0.1.11, 8 cpu(s), amd64 Linux 5.15.0-125-generic", "banner_running_on"),
            ("Communications version: 150", "banner_comm_version"),
            (f"Process ID: {SERVERS['server1'][1]}", "banner_pid"),
            ("User: geode", "banner_user"),
            ("Current dir: /data/geode/server1", "banner_current_dir"),
            ("Home dir: /home/geode", "banner_home_dir"),
            ("Command Line Parameters:", "banner_cmdline"),
            ("  -Dgemfire.locators=10.0.1.5[10334],10.0.1.6[10334]", "banner_param"),
            ("  -Dgemfire.use-cluster-configuration=true", "banner_param"),
            ("  -Xms8g", "banner_param"),
            ("  -Xmx8g", "banner_param"),
            ("  -XX:+UseG1GC", "banner_param"),
            ("  --add-opens=java.base/java.nio=ALL-UNNAMED", "banner_param"),
            ("Class Path:", "banner_classpath"),
            ("  /opt/apache-geode-1.15.1/lib/geode-bootstrap-1.15.1.jar", "banner_classpath_entry"),
            ("  /opt/apache-geode-1.15.1/lib/geode-core-1.15.1.jar", "banner_classpath_entry"),
            ("  /opt/payco/grid-functions-4.2.0.jar", "banner_classpath_entry"),
            ("Library Path:", "banner_library_path"),
            ("  /usr/java/packages/lib", "banner_library_path_entry"),
            ("  /usr/lib64", "banner_library_path_entry"),
            ("System Properties:", "banner_system_properties"),
            ("    file.encoding = UTF-8", "banner_property"),
            ("    gemfire.locators = 10.0.1.5[10334],10.0.1.6[10334]", "banner_property"),
            ("    java.version = 17.0.13", "banner_property"),
            ("    os.name = Linux", "banner_property"),
            ("    user.timezone = UTC", "banner_property"),
            ("Log4J 2 Configuration:", "banner_log4j"),
            ("    jar:file:/opt/apache-geode-1.15.1/lib/geode-log4j-1.15.1.jar!/log4j2.xml", "banner_log4j_path"),
            ("---------------------------------------------------------------------------", "banner_rule")])
        w("info", "main", "Startup Configuration: ### GemFire Properties defined with system property ###", "startup_config")
        w("info", "main", "Initializing region _monitoringRegion_10.0.1.11<v2>41000", "init_region")
        w("info", "main", "Initialization of region _monitoringRegion_10.0.1.11<v2>41000 completed", "init_region_done")
        for r in ("/orders", "/sessions", "/riskScores"):
            w("info", "main", f"Initializing region {r}", "init_region")
            w("info", "main", f"Region {r} was created on this member with the persistent id {g.uuid().upper()[:8]}-{g.hx(4)}.", "persistent_id") \
                if g.r.random() < 0.3 else None
            w("info", "main", f"Initialization of region {r} completed", "init_region_done")
        w("info", "main", "CacheServer Configuration:  port=40404 max-connections=800 max-threads=0 notify-by-subscription=true socket-buffer-size=32768 "
          "maximum-time-between-pings=60000 maximum-message-count=230000 message-time-to-live=180 eviction-policy=none capacity=1 overflow directory=. "
          "groups=[] loadProbe=ConnectionCountProbe loadPollInterval=5000 tcpNoDelay=true", "cacheserver_config")
        w("info", "main", "Cache server connection listener bound to address 0.0.0.0/0.0.0.0:40404 with backlog 1280.", "listener_bound")
        w("info", "main", "Server server1 startup completed in " + f"{g.num(8000, 30000)} ms", "startup_completed")

    startup()
    ev = [(30, oplog), (40, client), (5, sampler), (3, query), (1, heap), (1.5, function_error), (1.2, view_change), (1, gii), (0.08, startup)]
    fill(L, ev, N_LINES, 60)
    del L.rows[N_LINES:]
    return L


# 14 --------------------------------------------------------------- hashcat 6.2.6 on the cracking rig of a penetration-testing firm (two RTX 4090s, CUDA) that works through a queue
#   of its customers' hash dumps (NTLM from domain controllers, Kerberos TGS-REP, NetNTLMv2 from Responder, bcrypt from a web shop, WPA
#   handshakes); the queue script runs `hashcat --status --status-timer 300 ...` per job and appends the output to one file: the device
#   list, the optimizers and attention notes, the dictionary cache, the status screens every five minutes (a key and its dots on each
#   line), cracked hashes printed as hash:password, the closing "Started:" and "Stopped:"; no time of its own on any line
@checked
def log_hashcat(seed):
    L = Log("hashcat_queue_log", seed, None, False, False)
    g = L.g
    st = {"job": 400}
    MODES = [(1000, "NTLM", "ntds.txt", "fast"), (13100, "Kerberos 5, etype 23, TGS-REP", "kerberoast.txt", "mid"),
             (5600, "NetNTLMv2", "responder.txt", "mid"), (3200, "bcrypt $2*$, Blowfish (Unix)", "shop-users.txt", "slow"),
             (22000, "WPA-PBKDF2-PMKID+EAPOL", "wifi.hc22000", "slow")]
    WORDS = ["Winter2025!", "Sommer2026", "Passwort1", "Welcome1", "Acme2026!", "Qwertz123", "Fussball09", "Hallo123", "Firma#2026", "Start123!",
             "Januar2026", "Mausi1987", "Schalke04", "Summer2024!"]

    def o(text, ev):
        L.emit(text, ev)

    def speed(kind):
        if kind == "fast":
            return f"{g.f(40000, 46000, 1)} MH/s ({g.f(50, 54, 2)}ms) @ Accel:256 Loops:128 Thr:256 Vec:8"
        if kind == "mid":
            return f"{g.f(2800, 3400, 1)} MH/s ({g.f(60, 70, 2)}ms) @ Accel:128 Loops:64 Thr:256 Vec:8"
        return f"{g.num(1, 2)}{g.num(10000, 99999)} H/s ({g.f(60, 70, 2)}ms) @ Accel:16 Loops:32 Thr:24 Vec:1"

    def cracked(mode):
        pw = g.c(WORDS)
        if mode == 1000:
            o(f"{g.hx(32)}:{pw}", "cracked")
        elif mode == 13100:
            o(f"$krb5tgs$23$*svc_{g.c(['sql', 'backup', 'iis', 'sap'])}$ACME.LOCAL$acme.local/svc_{g.c(['sql', 'backup'])}*${g.hx(32)}${g.hx(120)}:{pw}", "cracked")
        elif mode == 5600:
            o(f"{g.c(['mmueller', 'jschmidt', 'admin2'])}::ACME:{g.hx(16)}:{g.hx(32)}:{g.hx(100)}:{pw}", "cracked")
        elif mode == 3200:
            o(f"$2y$10${g.alnum(53, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789./')}:{pw}", "cracked")
        else:
            o(f"{g.hx(32)}:{g.hx(12)}:{g.hx(12)}:{g.c(['FRITZ!Box 7590 XY', 'Acme-Office', 'Lager-WLAN'])}:{pw}", "cracked")

    def status(mode, name, target, kind, t0, el, state, rec, total):
        o("Session..........: hashcat", "s_session")
        o(f"Status...........: {state}", "s_status")
        o(f"Hash.Mode........: {mode} ({name})", "s_hash_mode")
        o(f"Hash.Target......: {target}", "s_hash_target")
        o(f"Time.Started.....: {ctime(t0)} ({el // 60} mins, {el % 60} secs)", "s_time_started")
        if state == "Running":
            o(f"Time.Estimated...: {ctime(t0 + dt.timedelta(seconds=el * g.num(2, 30)))} ({g.num(1, 9)} hours, {g.num(0, 59)} mins)", "s_time_estimated")
        else:
            o(f"Time.Estimated...: {ctime(t0 + dt.timedelta(seconds=el))} (0 secs)", "s_time_estimated")
        o("Kernel.Feature...: Pure Kernel", "s_kernel_feature")
        o("Guess.Base.......: File (/srv/wordlists/rockyou2021-top.txt)", "s_guess_base")
        o("Guess.Mod........: Rules (/srv/rules/OneRuleToRuleThemAll.rule)", "s_guess_mod")
        o("Guess.Queue......: 1/1 (100.00%)", "s_guess_queue")
        for d in (1, 2):
            o(f"Speed.#{d}.........: {speed(kind)}", "s_speed")
        if kind != "slow":
            o(f"Speed.#*.........: {g.f(5000, 92000, 1)} MH/s", "s_speed_all")
        o(f"Recovered........: {rec}/{total} ({100.0 * rec / total:.2f}%) Digests (total), {rec}/{total} ({100.0 * rec / total:.2f}%) Digests (new)", "s_recovered")
        if total > 1:
            o(f"Remaining........: {total - rec} ({100.0 * (total - rec) / total:.2f}%) Digests", "s_remaining")
            o(f"Recovered/Time...: CUR:{g.num(0, 40)},N/A,N/A AVG:{g.f(0, 50, 2)},{g.f(0, 3000, 2)},{g.f(0, 70000, 2)} (Min,Hour,Day)", "s_recovered_time")
        done = g.num(10 ** 9, 10 ** 13)
        o(f"Progress.........: {done}/745892288230000 ({100.0 * done / 745892288230000:.2f}%)", "s_progress")
        o(f"Rejected.........: 0/{done} (0.00%)", "s_rejected")
        rp = g.num(10 ** 4, 14344385)
        o(f"Restore.Point....: {rp}/14344385 ({100.0 * rp / 14344385:.2f}%)", "s_restore_point")
        for d in (1, 2):
            a = g.num(0, 51000)
            o(f"Restore.Sub.#{d}...: Salt:{g.num(0, total - 1) if kind == 'slow' else 0} Amplifier:{a}-{a + 128} Iteration:0-{g.c([128, 1024])}", "s_restore_sub")
        o("Candidate.Engine.: Device Generator", "s_candidate_engine")
        for d in (1, 2):
            o(f"Candidates.#{d}....: {g.c(WORDS).lower()}{g.num(0, 99)} -> {g.c(WORDS)}{g.c(['', '!', '$', '1'])}", "s_candidates")
        for d in (1, 2):
            o(f"Hardware.Mon.#{d}..: Temp: {g.num(55, 82)}c Fan: {g.num(30, 90)}% Util: {g.num(94, 100)}% Core:{g.num(2600, 2760)}MHz Mem:10251MHz Bus:16", "s_hw_mon")
        o("", "empty")

    def job():
        st["job"] += 1
        mode, name, fname, kind = g.c(MODES)
        cust = g.c(["acme", "stadtwerke-nord", "klinikum-sued", "moebelhaus-k", "logistik-ost"])
        total = 1 if mode == 22000 and g.r.random() < 0.5 else g.num(20, 6000) if mode in (1000, 3200) else g.num(2, 60)
        target = f"/srv/jobs/{st['job']:04d}/{cust}-{fname}" if mode != 13100 or total > 1 else \
            f"$krb5tgs$23$*svc_sql$ACME.LOCAL$acme.local/svc_sql*$3f1a...{g.hx(8)}"
        o(f"=== job {st['job']:04d}: {cust}-{fname}, mode {mode}, wordlist+rules ===", "queue_job")
        o("hashcat (v6.2.6) starting", "starting")
        o("", "empty")
        o("CUDA API (CUDA 12.4)", "cuda_api")
        o("====================", "api_rule")
        for d in (1, 2):
            o(f"* Device #{d}: NVIDIA GeForce RTX 4090, 23686/24217 MB, 128MCU", "device")
        o("", "empty")
        o("OpenCL API (OpenCL 3.0 CUDA 12.4.131) - Platform #1 [NVIDIA Corporation]", "opencl_api")
        o("========================================================================", "api_rule")
        for d in (3, 4):
            o(f"* Device #{d}: NVIDIA GeForce RTX 4090, skipped", "device_skipped")
        o("", "empty")
        o("Minimum password length supported by kernel: " + ("8" if mode == 22000 else "0"), "min_pw_len")
        o("Maximum password length supported by kernel: " + ("63" if mode == 22000 else "72" if mode == 3200 else "256"), "max_pw_len")
        if kind == "slow":
            o("Minimum salt length supported by kernel: 0", "min_salt_len")
            o("Maximum salt length supported by kernel: 256", "max_salt_len")
        o("", "empty")
        uniq = max(1, total - g.num(0, total // 5))
        o(f"Hashes: {total} digests; {uniq} unique digests, {uniq if kind != 'fast' else 1} unique salts", "hashes")
        o("Bitmaps: 16 bits, 65536 entries, 0x0000ffff mask, 262144 bytes, 5/13 rotates", "bitmaps")
        o("Rules: 51998", "rules")
        o("", "empty")
        o("Optimizers applied:", "optimizers")
        for opt in (["Zero-Byte", "Early-Skip", "Not-Salted", "Not-Iterated", "Single-Salt", "Raw-Hash"] if kind == "fast" else
                    ["Zero-Byte", "Not-Iterated"] if kind == "mid" else ["Zero-Byte", "Slow-Hash-SIMD-LOOP"]):
            o(f"* {opt}", "optimizer")
        o("", "empty")
        o("ATTENTION! Pure (unoptimized) backend kernels selected.", "attention_pure")
        o("Pure kernels can crack longer passwords, but drastically reduce performance.", "attention_pure_2")
        o("If you want to switch to optimized kernels, append -O to your commandline.", "attention_pure_3")
        o("See the above message to find out about the exact limits.", "attention_pure_4")
        o("", "empty")
        o("Watchdog: Temperature abort trigger set to 90c", "watchdog")
        o("", "empty")
        o(f"Host memory required for this attack: {g.num(900, 2400)} MB", "host_memory")
        o("", "empty")
        o("Dictionary cache hit:", "dict_cache_hit")
        o("* Filename..: /srv/wordlists/rockyou2021-top.txt", "dict_filename")
        o("* Passwords.: 14344385", "dict_passwords")
        o("* Bytes.....: 139921507", "dict_bytes")
        o("* Keyspace..: 745892288230", "dict_keyspace")
        o("", "empty")
        t0 = dt.datetime(2026, 10, 20, 8, 0, tzinfo=UTC) + dt.timedelta(seconds=st["job"] * 5400 + g.num(0, 600))
        rec = 0
        el = 0
        for k in range(g.num(1, 8)):
            n = g.num(0, 6) if kind == "fast" else g.num(0, 2)
            for _ in range(n):
                if rec < uniq:
                    rec += 1
                    cracked(mode)
            el += 300
            status(mode, name, target, kind, t0, el, "Running", rec, uniq)
        state = "Cracked" if rec >= uniq else "Exhausted"
        status(mode, name, target, kind, t0, el + g.num(1, 299), state, rec, uniq)
        o(f"Started: {ctime(t0)}", "started")
        o(f"Stopped: {ctime(t0 + dt.timedelta(seconds=el + 300))}", "stopped")
        o("", "empty")

    while len(L.rows) < N_LINES:
        job()
    del L.rows[N_LINES:]
    return L


# 15 --------------------------------------------------------------- HPL 2.3 (netlib, built with OpenBLAS and Open MPI 4.1) in the acceptance tests of a university's new compute
#   racks: a Slurm job per group of eight nodes runs xhpl with a sweep of N, NB and grids; their outputs gathered in one file: the job
#   script's `date` ("Tue Dec  1 10:00:00 UTC 2026"), HPL's banner, the parameter listing, each test's result row and its
#   "HPL_pdgesv() start time" and "end time" (ctime, UTC), the residual check, the summary, and Open MPI's warning boxes
@checked
def log_hpl(seed):
    L = Log("hpl_acceptance_out", seed, "full", False, False, start=dt.datetime(2026, 11, 24, 8, 0, 0, tzinfo=UTC))
    g = L.g

    def o(text, ev, t=None):
        L.emit(text, ev, t=t)

    def date_line(ev):
        L.emit(f"{L.t:%a %b} {L.t.day:>2} {L.t:%H:%M:%S} UTC {L.t.year}", ev)

    def run():
        nodes = f"cn[{g.num(1, 30) * 8 + 1:03d}-{g.num(1, 30) * 8 + 8:03d}]"
        o(f"Job {g.num(900000, 999999)} on {nodes}: xhpl, 256 ranks, OMP_NUM_THREADS=1", "job_head")
        date_line("job_date")
        if g.r.random() < 0.15:
            o("-" * 74, "ompi_rule")
            o("WARNING: There was an error initializing an OpenFabrics device.", "ompi_openfabrics")
            o("", "empty")
            o(f"  Local host:   {nodes[:5]}", "ompi_local_host")
            o("  Local device: mlx5_0", "ompi_local_device")
            o("-" * 74, "ompi_rule")
        o("=" * 80, "rule_equals")
        o("HPLinpack 2.3  --  High-Performance Linpack benchmark  --   December 2, 2018", "banner_title")
        o("Written by A. Petitet and R. Clint Whaley,  Innovative Computing Laboratory, UTK", "banner_written")
        o("Modified by Piotr Luszczek, Innovative Computing Laboratory, UTK", "banner_modified_luszczek")
        o("Modified by Julien Langou, University of Colorado Denver", "banner_modified_langou")
        o("=" * 80, "rule_equals")
        o("", "empty")
        o("An explanation of the input/output parameters follows:", "expl_head")
        for k, v in [("T/V", "Wall time / encoded variant."), ("N", "The order of the coefficient matrix A."), ("NB", "The partitioning blocking factor."),
                     ("P", "The number of process rows."), ("Q", "The number of process columns."), ("Time", "Time in seconds to solve the linear system."),
                     ("Gflops", "Rate of execution for solving the linear system.")]:
            o(f"{k:<7}: {v}", "expl_" + k)
        o("", "empty")
        o("The following parameter values will be used:", "params_head")
        o("", "empty")
        Ns = sorted(g.r.sample([120000, 140000, 160000, 180000, 200000], g.num(1, 2)))
        NBs = sorted(g.r.sample([192, 224, 256], g.num(1, 2)))
        grids = g.r.sample([(8, 32), (16, 16), (4, 64)], g.num(1, 2))
        o("N      :" + "".join(f"{n:>8} " for n in Ns), "param_N")
        o("NB     :" + "".join(f"{n:>8} " for n in NBs), "param_NB")
        o("PMAP   : Row-major process mapping", "param_PMAP")
        o("P      :" + "".join(f"{p:>8} " for p, _ in grids), "param_P")
        o("Q      :" + "".join(f"{q:>8} " for _, q in grids), "param_Q")
        for k, v in [("PFACT", "   Right "), ("NBMIN", "       4 "), ("NDIV", "       2 "), ("RFACT", "   Crout "), ("BCAST", "  1ringM "),
                     ("DEPTH", "       1 "), ("SWAP", "Mix (threshold = 64)"), ("L1", "transposed form"), ("U", "transposed form"), ("EQUIL", "yes"),
                     ("ALIGN", "8 double precision words")]:
            o(f"{k:<7}: {v}", "param_" + k)
        o("", "empty")
        o("-" * 80, "rule_dashes")
        o("", "empty")
        o("- The matrix A is randomly generated for each test.", "note_random")
        o("- The following scaled residual check will be computed:", "note_residual")
        o("      ||Ax-b||_oo / ( eps * ( || x ||_oo * || A ||_oo + || b ||_oo ) * N )", "note_formula")
        o("- The relative machine precision (eps) is taken to be               1.110223e-16", "note_eps")
        o("- Computational tests pass if scaled residuals are less than                16.0", "note_threshold")
        o("", "empty")
        passed = failed = 0
        for n in Ns:
            for nb in NBs:
                for p, q in grids:
                    secs = n ** 3 * 2 / 3 / (float(g.f(9, 12, 3)) * 1e12) * (1.0 if (p, q) == (8, 32) else float(g.f(1.02, 1.2)))
                    start = L.t + dt.timedelta(seconds=g.num(20, 60))
                    end = start + dt.timedelta(seconds=secs)
                    o("=" * 80, "rule_equals")
                    o("T/V                N    NB     P     Q               Time                 Gflops", "tv_head")
                    o("-" * 80, "rule_dashes")
                    o(f"WR11C2R4 {n:>13} {nb:>5} {p:>5} {q:>5} {secs:>18.2f} {2 * n ** 3 / 3 / secs / 1e9:>22.4e}", "tv_row")
                    L.emit(f"HPL_pdgesv() start time {ctime(start)}", "start_time", t=start)
                    o("", "empty")
                    L.emit(f"HPL_pdgesv() end time   {ctime(end)}", "end_time", t=end)
                    L.t = end
                    o("", "empty")
                    o("-" * 80, "rule_dashes")
                    bad = g.r.random() < 0.03
                    res = float(g.f(20, 900, 2)) if bad else float(g.f(0.001, 0.009, 6))
                    o(f"||Ax-b||_oo/(eps*(||A||_oo*||x||_oo+||b||_oo)*N)= {res:>15.8e} ...... {'FAILED' if bad else 'PASSED'}", "residual")
                    if bad:
                        failed += 1
                        o(f"||Ax-b||_oo  . . . . . . . . . . . . . . . . . = {g.f(1, 9, 6)}e+{g.num(0, 3):02d}", "fail_detail_axb")
                        o(f"||A||_oo . . . . . . . . . . . . . . . . . . . = {g.f(1, 9, 6)}e+04", "fail_detail_a")
                        o(f"||A||_1  . . . . . . . . . . . . . . . . . . . = {g.f(1, 9, 6)}e+04", "fail_detail_a1")
                        o(f"||x||_oo . . . . . . . . . . . . . . . . . . . = {g.f(1, 9, 6)}e+01", "fail_detail_x")
                        o(f"||x||_1  . . . . . . . . . . . . . . . . . . . = {g.f(1, 9, 6)}e+05", "fail_detail_x1")
                        o(f"||b||_oo . . . . . . . . . . . . . . . . . . . = {g.f(0.49, 0.5, 6)}e-01", "fail_detail_b")
                    else:
                        passed += 1
        o("=" * 80, "rule_equals")
        o("", "empty")
        o(f"Finished {passed + failed:>6} tests with the following results:", "finished_tests")
        o(f"{passed:>20} tests completed and passed residual checks,", "sum_passed")
        o(f"{failed:>20} tests completed and failed residual checks,", "sum_failed")
        o(f"{0:>20} tests skipped because of illegal input values.", "sum_skipped")
        o("-" * 80, "rule_dashes")
        o("", "empty")
        o("End of Tests.", "end_of_tests")
        o("=" * 80, "rule_equals")
        L.tick(5)
        date_line("job_date")
        o("", "empty")
        L.tick(600)

    while len(L.rows) < N_LINES:
        run()
    del L.rows[N_LINES:]
    carry_time(L, own_time)
    return L


# 16 --------------------------------------------------------------- Ipopt 3.14 (MUMPS) under PowerModels.jl 0.21 and JuMP in a power-systems group's AC optimal power flow study
#   (the PGLib-OPF cases under load scenarios, a Julia script per Slurm array task), the tasks' output in one file: PowerModels' Memento lines
#   ("[warn | PowerModels]: ..."), Ipopt's banner once per process, its problem statistics, the iteration table with its header every ten
#   iterations, restoration phases, the final statistics and EXIT line, and the script's own Julia log records ("┌ Info: solved" with
#   "│   key = value" lines, "┌ Warning:" with "└ @ Main ..."); no time on any line
@checked
def log_ipopt(seed):
    L = Log("ipopt_powermodels_out", seed, None, True, True)
    g = L.g
    CASES = [("pglib_opf_case1354_pegase", 2447, 1991, 260), ("pglib_opf_case2869_pegase", 5738, 4582, 510), ("pglib_opf_case3012wp_k", 6024, 3566, 502),
             ("pglib_opf_case2000_goc", 4000, 3639, 384), ("pglib_opf_case500_goc", 1000, 733, 224)]
    st = {"banner": False}

    def o(text, ev, lv=None, comp=None):
        L.emit(text, ev, lv, comp)

    def memento(lv, msg, ev):
        o(f"[{lv} | PowerModels]: {msg}", ev, lv, "PowerModels")

    def it_head():
        o("iter    objective    inf_pr   inf_du lg(mu)  ||d||  lg(rg) alpha_du alpha_pr  ls", "iter_head")

    def solve(case, scen):
        name, nbus, nbr, ngen = case
        load = float(g.f(0.9, 1.15, 2))
        o(f"case {name}, scenario {scen}/48 (load x{load:.2f})", "script_case")
        if g.r.random() < 0.7:
            memento("info", "extending matpower format with data: areas 1x3", "pm_extending")
        for _ in range(g.num(0, 3)):
            b = g.num(1, nbus)
            memento("warn", f"active generators found at bus {b}, updating to bus type from 1 to 2", "pm_active_gen")
        if g.r.random() < 0.3:
            memento("info", f"removing 1 cost terms from generator {g.num(1, ngen)}: [{g.f(1, 80, 1)}, 0.0]", "pm_removing_cost")
        if g.r.random() < 0.2:
            a, b = g.num(1, nbus), g.num(1, nbus)
            memento("warn", f"reversing the orientation of branch {g.num(1, nbr)} ({a}, {b}) to be consistent with other parallel branches", "pm_reversing")
        if not st["banner"]:
            st["banner"] = True
            o("", "empty")
            o("*" * 78, "ipopt_stars")
            o("This program contains Ipopt, a library for large-scale nonlinear optimization.", "ipopt_banner_1")
            o(" Ipopt is released as open source code under the Eclipse Public License (EPL).", "ipopt_banner_2")
            o("         For more information visit https://github.com/coin-or/Ipopt", "ipopt_banner_3")
            o("*" * 78, "ipopt_stars")
            o("", "empty")
        o("This is Ipopt version 3.14.16, running with linear solver MUMPS 5.7.3.", "ipopt_version")
        o("", "empty")
        nv = 2 * nbus + 2 * ngen + 4 * nbr
        for k, v in [("Number of nonzeros in equality constraint Jacobian...", nv * 8), ("Number of nonzeros in inequality constraint Jacobian.", nbr * 12),
                     ("Number of nonzeros in Lagrangian Hessian.............", nv * 9)]:
            o(f"{k}:{v:>9}", "stat:" + k.split(' in ')[1].split('.')[0])
        o("", "empty")
        for k, v in [("Total number of variables............................", nv), ("                     variables with only lower bounds", 0),
                     ("                variables with lower and upper bounds", 2 * nbus + 2 * ngen + 4 * nbr - nbus),
                     ("                     variables with only upper bounds", 0), ("Total number of equality constraints.................", 2 * nbus + 4 * nbr + 1),
                     ("Total number of inequality constraints...............", 4 * nbr), ("        inequality constraints with only lower bounds", 2 * nbr),
                     ("   inequality constraints with lower and upper bounds", 0), ("        inequality constraints with only upper bounds", 2 * nbr)]:
            o(f"{k}:{v:>9}", "count:" + k.strip(" .")[:40])
        o("", "empty")
        hard = g.r.random()
        n_it = g.num(25, 70) if hard < 0.85 else g.num(120, 160)
        obj = float(g.f(1e4, 2e6, 1))
        resto = hard > 0.9
        for i in range(n_it + 1):
            if i % 10 == 0:
                if i:
                    o("", "empty")
                it_head()
            pr = 10 ** (1 - 9 * i / n_it + float(g.f(-0.3, 0.3)))
            du = 10 ** (2 - 12 * i / n_it + float(g.f(-0.5, 0.5)))
            mu = max(-11.0, -1.0 - 10 * i / n_it)
            r = "r" if resto and n_it // 3 <= i <= n_it // 3 + 6 else " "
            if i == 0:
                o(f"   0  {obj:.7e} {pr:.2e} {du:.2e}  -1.0 0.00e+00    -  0.00e+00 0.00e+00   0", "iter_row")
            else:
                o(f"{i:>4}{r} {obj * (1 + 0.02 / i):.7e} {pr:.2e} {du:.2e} {mu:5.1f} {10 ** float(g.f(-4, 2)):.2e}    -  {10 ** float(g.f(-3, 0)):.2e} "
                  f"{10 ** float(g.f(-2, 0)):.2e}{g.c(['f', 'h', 'f', 'f'])} {g.num(1, 3):>2}", "iter_row")
            if g.r.random() < 0.01:
                o(f"In iteration {i}, {g.num(1, 4)} Slack too small, adjusting variable bound", "slack_too_small")
            if g.r.random() < 0.004:
                o("WARNING: Problem in step computation; switching to emergency mode.", "ipopt_warning_emergency", "WARNING")
        o("", "empty")
        o(f"Number of Iterations....: {n_it}", "n_iterations")
        o("", "empty")
        o("                                   (scaled)                 (unscaled)", "scaled_head")
        sc = float(g.f(0.001, 0.1, 6))
        for k in ["Objective...............", "Dual infeasibility......", "Constraint violation....", "Variable bound violation", "Complementarity.........",
                  "Overall NLP error......."]:
            v = obj * sc if k.startswith("Obj") else 10 ** float(g.f(-16, -7))
            o(f"{k}:   {v:.16e}    {v / sc if k.startswith('Obj') else v * 10 ** g.num(0, 2):.16e}", "final:" + k.strip("."))
        o("", "empty")
        o("", "empty")
        for k in ["objective function evaluations             ", "objective gradient evaluations             ", "equality constraint evaluations            ",
                  "inequality constraint evaluations          ", "equality constraint Jacobian evaluations   ", "inequality constraint Jacobian evaluations ",
                  "Lagrangian Hessian evaluations             "]:
            o(f"Number of {k}= {n_it + (0 if 'Hessian' in k else 1)}", "evals:" + k.strip())
        secs = float(g.f(0.5, 40, 3))
        o(f"Total seconds in IPOPT                               = {secs:.3f}", "total_seconds")
        o("", "empty")
        if hard < 0.85:
            o("EXIT: Optimal Solution Found.", "exit_optimal")
            stat = "LOCALLY_SOLVED"
        elif hard < 0.95:
            o("EXIT: Converged to a point of local infeasibility. Problem may be infeasible.", "exit_infeasible")
            stat = "LOCALLY_INFEASIBLE"
        else:
            o("EXIT: Maximum Number of Iterations Exceeded.", "exit_maxiter")
            stat = "ITERATION_LIMIT"
        o("┌ Info: solved", "jl_info_solved", "Info")
        o(f"│   case = \"{name}\"", "jl_kw_case", "Info")
        o(f"│   scenario = {scen}", "jl_kw_scenario", "Info")
        o(f"│   status = {stat}::TerminationStatusCode = {4 if stat == 'LOCALLY_SOLVED' else 5 if stat == 'LOCALLY_INFEASIBLE' else 7}", "jl_kw_status", "Info")
        o(f"│   objective = {obj * sc / sc:.2f}", "jl_kw_objective", "Info")
        o(f"└   solve_time = {secs + float(g.f(0.1, 3)):.2f}", "jl_kw_solve_time_last", "Info")
        if stat != "LOCALLY_SOLVED":
            o(f"┌ Warning: scenario {scen} of {name} not solved to optimality, keeping it out of the summary", "jl_warning_not_solved", "Warning")
            o(f"└ @ Main ~/opf-study/run_scenarios.jl:{g.c([88, 88, 91])}", "jl_at_main", "Warning")

    while len(L.rows) < N_LINES:
        case = g.c(CASES)
        task = g.num(1, 40)
        o(f"array task {task}: {case[0]}, scenarios {1 + (task % 4) * 12}-{12 + (task % 4) * 12}", "script_task")
        o("  Activating project at `~/opf-study`", "jl_activating")
        st["banner"] = False
        for sc in range(1 + (task % 4) * 12, 13 + (task % 4) * 12):
            solve(case, sc)
            if len(L.rows) >= N_LINES or g.r.random() < 0.15:
                break
    del L.rows[N_LINES:]
    return L


# 17 --------------------------------------------------------------- QjackCtl 0.9.13 with JACK 2 (jackdmp 1.9.22) on the studio PC of a community radio station (Ubuntu Studio 24.04,
#   a Focusrite USB interface, Rivendell's playout and a Mixxx for the evening shows as JACK clients), QjackCtl's messages log file
#   (~/.local/share/qjackctl/messages.log, "Messages log file" on): QjackCtl's own lines behind their time of day ("10:00:00.123 XRUN
#   callback (3).", UTC) and, as they come, jackd's output that QjackCtl captures with no time of its own: starts and stops of the server,
#   clients, connection graph changes, xruns, the USB interface dropping out
@checked
def log_qjackctl(seed):
    L = Log("qjackctl_messages_log", seed, "tod", False, False, start=dt.datetime(2026, 11, 23, 5, 40, 0, tzinfo=UTC))
    g = L.g
    st = {"xrun": 0, "running": False, "clients": set()}

    def q(msg, ev):
        ms_(L, 0, 30)
        L.emit(f"{L.t:%H:%M:%S}.{ms3(L.t)} {msg}", ev)

    def j(text, ev):
        ms_(L, 0, 5)
        L.emit(text, ev, t=None)

    def start():
        q("Statistics reset.", "stats_reset")
        q("ALSA connection change.", "alsa_conn_change")
        q("D-BUS: Service is available (org.jackaudio.service aka jackdbus).", "dbus_available")
        q("JACK is starting...", "jack_starting")
        q("/usr/bin/jackd -dalsa -dhw:USB -r48000 -p256 -n3 -Xseq", "jack_cmdline")
        q(f"JACK was started with PID={g.num(1500, 9000)}.", "jack_started")
        j("jackdmp 1.9.22", "jd_version")
        j("Copyright 2001-2005 Paul Davis and others.", "jd_copyright_davis")
        j("Copyright 2004-2016 Grame.", "jd_copyright_grame")
        j("Copyright 2016-2023 Filipe Coelho.", "jd_copyright_coelho")
        j("jackdmp comes with ABSOLUTELY NO WARRANTY", "jd_warranty")
        j("This is free software, and you are welcome to redistribute it", "jd_free")
        j("under certain conditions; see the file COPYING for details", "jd_conditions")
        j("JACK server starting in realtime mode with priority 10", "jd_realtime")
        j("self-connect-mode is \"Don't restrict self connect requests\"", "jd_self_connect")
        j("audio_reservation_init", "jd_reservation_init")
        j("Acquire audio card Audio1", "jd_acquire")
        j("creating alsa driver ... hw:USB|hw:USB|256|3|48000|0|0|nomon|swmeter|-|32bit", "jd_creating_driver")
        j("configuring for 48000Hz, period = 256 frames (5.3 ms), buffer = 3 periods", "jd_configuring")
        j("ALSA: final selected sample format for capture: 32bit integer little-endian", "jd_sample_format")
        j("ALSA: use 3 periods for capture", "jd_periods")
        j("ALSA: final selected sample format for playback: 32bit integer little-endian", "jd_sample_format")
        j("ALSA: use 3 periods for playback", "jd_periods")
        j("scan: added port hw:0,0,0 (in-hw-0-0-0-Scarlett-4i4-USB-MIDI-1)", "jd_scan_added")
        j("scan: opened port hw:0,0,0 (out-hw-0-0-0-Scarlett-4i4-USB-MIDI-1)", "jd_scan_opened")
        q("JACK connection change.", "jack_conn_change")
        q("Server configuration saved to \"/home/studio/.jackdrc\".", "config_saved")
        q("Client activated.", "client_activated")
        q("Patchbay deactivated.", "patchbay_deactivated")
        q("Statistics reset.", "stats_reset")
        st["running"] = True
        st["xrun"] = 0

    def stop():
        q("JACK is stopping...", "jack_stopping")
        j("Jack main caught signal 15", "jd_caught_signal")
        j("Released audio card Audio1", "jd_released")
        j("audio_reservation_finish", "jd_reservation_finish")
        q("Client deactivated.", "client_deactivated")
        q("JACK was stopped", "jack_stopped")
        st["running"] = False
        st["clients"].clear()

    def client():
        c = g.c(["rivendell_0", "mixxx", "rivendell_0", "ardour", "jack_mixer", "Carla", "darkice-" + str(g.num(1000, 9999))])
        q("JACK connection graph change.", "graph_change")
        if c in st["clients"] and g.r.random() < 0.5:
            st["clients"].discard(c)
            q("JACK connection change.", "jack_conn_change")
        else:
            st["clients"].add(c)
            for _ in range(g.num(1, 4)):
                q("JACK connection change.", "jack_conn_change")

    def xrun():
        st["xrun"] += 1
        if g.r.random() < 0.5:
            j(f"**** alsa_pcm: xrun of at least {g.f(0.1, 12, 3)} msecs", "jd_xrun")
        if st["clients"] and g.r.random() < 0.4:
            j(f"JackEngine::XRun: client = {g.c(sorted(st['clients']))} was not finished, state = {g.c(['Triggered', 'Running'])}", "jd_engine_xrun")
            j("JackAudioDriver::ProcessGraphAsyncMaster: Process error", "jd_process_error")
        if g.r.random() < 0.2:
            q(f"XRUN callback ({g.num(2, 6)} skipped).", "xrun_skipped")
        else:
            q(f"XRUN callback ({st['xrun']}).", "xrun_callback")

    def dropout():
        j(f"ALSA: poll time out, polled for {g.num(2000000, 2100000)} usecs, Retrying with a recovery, retry cnt = 1", "jd_poll_timeout")
        j(f"ALSA: poll time out, polled for {g.num(2000000, 2100000)} usecs, Reached max retry cnt = 5, Exiting", "jd_poll_max_retry")
        j("JackAudioDriver::ProcessAsync: read error, stopping...", "jd_read_error")
        j("JackPosixProcessSync::LockedTimedWait error usec = 5000000 err = Connection timed out", "jd_timed_wait")
        j("Driver is not running", "jd_driver_not_running")
        j("Cannot create new client", "jd_cannot_create_client")
        q("JACK has crashed.", "jack_crashed")
        q("JACK is stopping...", "jack_stopping")
        q("JACK was stopped", "jack_stopped")
        st["running"] = False
        st["clients"].clear()
        L.tick(60)
        start()

    def buffer_size():
        q(f"Buffer size change ({g.c([128, 256, 512, 1024])}).", "buffer_size_change")

    def day():
        L.t = L.t.replace(hour=5, minute=40 + g.num(0, 15), second=g.num(0, 59)) + dt.timedelta(days=1)
        start()
        for _ in range(g.num(3, 6)):
            L.tick(30)
            client()
        end = L.t.replace(hour=23, minute=5)
        while L.t < end and len(L.rows) < N_LINES:
            L.tick(1100)
            x = g.r.random()
            if x < 0.55:
                xrun()
            elif x < 0.85:
                client()
            elif x < 0.97:
                client() if g.r.random() < 0.9 else buffer_size()
            else:
                dropout()
        stop()

    while len(L.rows) < N_LINES:
        day()
    del L.rows[N_LINES:]
    carry_time(L, own_time)
    return L


# 18 --------------------------------------------------------------- Kismet 2023-07-R1 as a wireless intrusion detection sensor on Raspberry Pis in a logistics warehouse (one Wi-Fi
#   adapter in monitor mode, an allow-list of the company's access points, APSPOOF and deauth alerts), `journalctl -u kismet` of one
#   sensor ("Dec 01 10:00:00 wids-pi04 kismet[812]: INFO: Detected new 802.11 Wi-Fi access point ...", UTC): start-up, access points and
#   their SSIDs, clients probing, alerts, the capture source failing and coming back, systemd restarting Kismet after the kernel's OOM
#   killer
@checked
def log_kismet(seed):
    L = Log("kismet_journal", seed, "noyear", True, True, start=dt.datetime(2026, 11, 28, 6, 0, 0, tzinfo=UTC))
    g = L.g
    HOST = "wids-pi04"
    st = {"pid": 812, "aps": []}
    SSIDS = ["LAGER-SCAN", "LAGER-SCAN", "Warehouse-Guest", "DIRECT-7B-HP LaserJet M479", "FRITZ!Box 7530 KL", "Android_" + g.hx(4).upper(),
             "iPhone von Kevin", "Vodafone Hotspot", "TELEKOM_FON", "forklift-ctrl-12", "ESP_" + g.HX(6), "DashCam_" + g.HX(4)]

    def w(lv, msg, ev, prog="kismet"):
        ms_(L, 0, 30)
        pid = st["pid"] if prog == "kismet" else 1
        L.emit(f"{jts(L.t)} {HOST} {prog}[{pid}]: " + (f"{lv}: {msg}" if lv else msg), ev, lv, prog)

    def start():
        w(None, "Started kismet.service - Kismet wireless monitoring.", "sd_started", "systemd")
        w("INFO", "Including sub-config file: /etc/kismet/kismet_httpd.conf", "including_config")
        w("INFO", "Including sub-config file: /etc/kismet/kismet_memory.conf", "including_config")
        w("INFO", "Including sub-config file: /etc/kismet/kismet_alerts.conf", "including_config")
        w("INFO", "Loading config override file '/etc/kismet/kismet_site.conf'", "loading_override")
        w("INFO", "Kismet 2023-07-R1 starting...", "starting")
        w("INFO", "Registered PHY handler 'IEEE802.11' as ID 0", "registered_phy")
        w("INFO", "Registered PHY handler 'Bluetooth' as ID 1", "registered_phy")
        w("INFO", "Registered PHY handler 'BTLE' as ID 2", "registered_phy")
        w("INFO", "Opened kismetdb log file '/var/log/kismet/Kismet-" + f"{L.t:%Y%m%d-%H-%M-%S}-1.kismet'", "opened_kismetdb")
        w("INFO", "Saving packets to the Kismet database log.", "saving_packets")
        w("INFO", "Source 'wlan1' launched capture helper 'kismet_cap_linux_wifi' (pid " + f"{st['pid'] + g.num(10, 60)})", "launched_helper")
        w("INFO", "wlan1 interface 'wlan1' is not in monitor mode, will try to create a monitor VIF 'wlan1mon'", "not_monitor")
        w("INFO", "wlan1 bringing down parent interface 'wlan1'", "bringing_down")
        w("INFO", "wlan1 finished configuring wlan1mon, ready to capture", "ready_to_capture")
        w("INFO", "Data source 'wlan1' launched successfully", "source_launched")
        w("INFO", "Starting Kismet web server...", "web_starting")
        w("INFO", "Started http server on port 2501", "http_started")

    def new_ap():
        mac = g.mac().upper()
        st["aps"].append(mac)
        w("INFO", f"Detected new 802.11 Wi-Fi access point {mac}", "new_ap")
        if g.r.random() < 0.8:
            w("INFO", f"802.11 Wi-Fi device {mac} advertising SSID '{g.c(SSIDS)}'", "advertising_ssid")

    def probe():
        w("INFO", f"802.11 Wi-Fi device {g.mac().upper()} responding to SSID '{g.c(SSIDS)}'", "responding_ssid") if g.r.random() < 0.3 else \
            w("INFO", f"Detected new 802.11 Wi-Fi device {g.mac().upper()}", "new_device")

    def ssid_change():
        if st["aps"]:
            w("INFO", f"802.11 Wi-Fi device {g.c(st['aps'])} changed advertised SSID '{g.c(SSIDS)}' to '{g.c(SSIDS)}'", "changed_ssid")

    def alert():
        x = g.r.random()
        if x < 0.35:
            w("ALERT", f"APSPOOF Unauthorized device ({g.mac().upper()}) advertising for SSID 'LAGER-SCAN', matching APSPOOF rule LAGER with SSID which may "
              "indicate spoofing or impersonation.", "alert_apspoof")
        elif x < 0.6:
            w("ALERT", f"DEAUTHFLOOD IEEE80211 Access Point BSSID {g.c(st['aps'] or [g.mac().upper()])} deauthenticating all clients from channel {g.c([1, 6, 11, 36, 44])}",
              "alert_deauthflood")
        elif x < 0.8:
            w("ALERT", f"PROBENOJOIN IEEE80211 network probing {g.mac().upper()} probed for SSIDs but never joined", "alert_probenojoin")
        else:
            w("ALERT", f"NOCLIENTMFP IEEE80211 network BSSID {g.mac().upper()} client {g.mac().upper()} does not support management frame protection (MFP) which "
              "may ease client disconnection attacks", "alert_noclientmfp")

    def source_fail():
        w("ERROR", "Data source 'wlan1' (wlan1mon) encountered an error: Interface 'wlan1mon' no longer exists; it may have been removed.", "source_error")
        w("INFO", "Data source 'wlan1' (wlan1mon) will attempt to re-open in 5 seconds", "source_reopen")
        L.tick(6)
        w("ERROR", "Data source 'wlan1' (wlan1mon) failed to open: could not find interface 'wlan1'", "source_open_failed") if g.r.random() < 0.4 else None
        w("INFO", "wlan1 finished configuring wlan1mon, ready to capture", "ready_to_capture")
        w("INFO", "Data source 'wlan1' launched successfully", "source_launched")

    def oom():
        w(None, "kismet.service: A process of this unit has been killed by the OOM killer.", "sd_oom", "systemd")
        w(None, "kismet.service: Main process exited, code=killed, status=9/KILL", "sd_main_exited", "systemd")
        w(None, "kismet.service: Failed with result 'oom-kill'.", "sd_failed_result", "systemd")
        w(None, f"kismet.service: Consumed {g.num(1, 9)}h {g.num(1, 59)}min {g.f(1, 59, 3)}s CPU time.", "sd_consumed", "systemd")
        L.tick(5)
        w(None, f"kismet.service: Scheduled restart job, restart counter is at {g.num(1, 9)}.", "sd_scheduled_restart", "systemd")
        st["pid"] = g.num(1000, 40000)
        st["aps"] = []
        start()

    def memory():
        w("INFO", f"Device tracker is tracking {g.num(2000, 9000)} devices, removing {g.num(50, 800)} idle devices older than 3600 seconds", "device_idle_cleanup")

    def login():
        w("INFO", f"Login from 10.20.0.{g.num(2, 40)} as user 'kismet'", "web_login") if g.r.random() < 0.7 else \
            w("ERROR", f"Failed login attempt from 10.20.0.{g.num(2, 40)} for user 'admin'", "web_login_failed")

    start()
    ev = [(35, new_ap), (40, probe), (4, ssid_change), (6, alert), (1, source_fail), (0.25, oom), (3, memory), (1.5, login)]
    fill(L, ev, N_LINES, 140)
    del L.rows[N_LINES:]
    return L


# 19 --------------------------------------------------------------- Kerbal Space Program 1.12.5 (the Windows build, a modded career: ModuleManager, Kerbal Engineer Redux, a parts
#   pack and a visual pack), the KSP.log of one evening's session that the player attached to a bug report: "[LOG 10:00:00.123] ...",
#   "[WRN ...]", "[ERR ...]" and "[EXC ...]" (the game's own clock of day, UTC), the banner at its head with no prefix, the loading screen's
#   assemblies, textures, models and parts, ModuleManager's patching, scene changes, saves, flights with staging, explosions and crashes,
#   and a mod's NullReferenceException with its tab-indented frames
@checked
def log_ksp(seed):
    L = Log("ksp_log", seed, "tod", True, True, start=dt.datetime(2026, 12, 1, 18, 42, 7, tzinfo=UTC))
    g = L.g
    PARTS = ["Squad/Parts/Engine/liquidEngineLV-T45/liquidEngineLV-T45", "Squad/Parts/Engine/liquidEngineLV-909/liquidEngineLV-909",
             "Squad/Parts/Command/mk1pod_v2/mk1pod_v2", "Squad/Parts/FuelTank/Size1_Tanks/fuelTankT400", "Squad/Parts/Utility/decouplerRadialTT-38K",
             "Squad/Parts/Aero/noseCone/noseCone", "SquadExpansion/MakingHistory/Parts/Engine/Size1p5_Engine_01", "Squad/Parts/Science/GooExperiment/GooExperiment",
             "NearFutureSolar/Parts/Solar/nfs-panel-deploying-blanket-arm-1", "KerbalEngineer/Parts/EngineerChip/EngineerChip",
             "Squad/Parts/Electrical/z-100Battery/z-100Battery", "Squad/Parts/Aero/wings/wingConnector2", "Squad/Parts/Structural/strutCube/strutCube"]
    VESSELS = ["Kerbal X", "Mun Lander II", "Relay Sat 3", "Minmus Miner", "Duna Probe", "Station Core"]
    BODIES = ["Kerbin", "Mun", "Minmus"]

    def w(tag, msg, ev, comp=None):
        ms_(L, 0, 60)
        lv = tag
        L.emit(f"[{tag} {L.t:%H:%M:%S}.{ms3(L.t)}] {msg}", ev, lv, comp)

    def b(text, ev):
        L.emit(text, ev, t=None)

    def exc(msg, frames):
        w("EXC", msg, "exc_nullref")
        for f in frames:
            L.emit(f"\t{f}", "exc_frame", "EXC", None)

    w("LOG", "******* Log Initiated for Kerbal Space Program - 1.12.5.3190 (WindowsPlayer x64) en-us *******", "log_initiated")
    b("Kerbal Space Program - 1.12.5.3190 (WindowsPlayer x64) en-us", "banner_version")
    b("OS: Windows 10  (10.0.19045) 64bit", "banner_os")
    b("CPU: AMD Ryzen 7 5800X3D 8-Core Processor  (16)", "banner_cpu")
    b("RAM: 32690", "banner_ram")
    b("GPU: NVIDIA GeForce RTX 3070 (8031MB)", "banner_gpu")
    b("SM: 50 (Direct3D 11.0 [level 11.1])", "banner_sm")
    b("RT Formats: ARGB32, Depth, ARGBHalf, Shadowmap, RGB565, ARGB4444, ARGB1555, Default, ARGB2101010, DefaultHDR, ARGB64, ARGBFloat, RGFloat, RGHalf, "
      "RFloat, RHalf, R8, ARGBInt, RGInt, RInt, BGRA32, RGB111110Float, RG32, RGBAUShort, RG16, BGRA10101010_XR, BGR101010_XR, R16", "banner_rt_formats")
    L.emit(f"Log started: {L.t:%a, %b %d, %Y %H:%M:%S}", "banner_log_started")
    w("LOG", "[UIMasterController]: HideUI", "hide_ui", "UIMasterController")
    w("LOG", "[HighLogic]: =========================== Scene Change : From LOADING to LOADING (Async) =====================", "scene_change", "HighLogic")
    for a in ["ModuleManager.4.2.3", "KerbalEngineer", "KerbalEngineer.Unity", "NearFutureSolar", "Scatterer", "EnvironmentalVisualEnhancements",
              "ToolbarController", "ClickThroughBlocker", "000_Harmony/0Harmony"]:
        w("LOG", f"Load(Assembly): /{a}", "load_assembly")
        w("LOG", f"AssemblyLoader: Loading assembly at C:\\Games\\KSP_x64\\GameData\\{a.replace('/', chr(92))}.dll", "assembly_loading")
        if g.r.random() < 0.3:
            w("LOG", f"AssemblyLoader: KSPAssembly '{a.split('/')[-1].split('.')[0]}' V{g.num(1, 4)}.{g.num(0, 9)}", "kspassembly")
    w("LOG", "AssemblyLoader: Loading assemblies", "loading_assemblies")
    w("WRN", "AssemblyLoader: Assembly 'KerbalEngineer.Unity' has not met dependency 'KSPAssetLoader' V1.0.0", "unmet_dependency")
    w("LOG", "VesselModules: Found 9 vessel module types", "vessel_modules")
    w("LOG", "[ModuleManager] Applying patches to game database...", "mm_applying", "ModuleManager")
    loaded = 0
    while loaded < 850:
        x = g.r.random()
        p = g.c(PARTS)
        if x < 0.5:
            w("LOG", f"Load(Texture): {p.rsplit('/', 1)[0]}/{g.c(['model000', 'model001', 'texture', 'emissive', 'normal', 'ksp_r_tex'])}", "load_texture")
        elif x < 0.75:
            w("LOG", f"Load(Model): {p.rsplit('/', 1)[0]}/{g.c(['model', 'part', 'mesh'])}", "load_model")
        elif x < 0.8:
            w("LOG", f"Load(Audio): Squad/Sounds/{g.c(['sound_rocket_hard', 'sound_decoupler_fire', 'sound_explosion_large', 'sound_click_flick'])}", "load_audio")
        elif x < 0.97:
            w("LOG", f"PartLoader: Compiling Part '{p}/{p.split('/')[-1].replace('_', '.')}'", "compiling_part")
        else:
            w("WRN", f"PartLoader Warning: Variable {g.c(['fuelCrossFeed', 'stagingIcon', 'breakingForce', 'bulkheadProfiles'])} not found in Part", "variable_not_found")
        loaded += 1
    w("LOG", "PartLoader: Compiling Internal Space 'Squad/Spaces/mk1PodCockpit/internal/mk1PodCockpit'", "compiling_internal")
    w("LOG", "[ModuleManager] Patching finished in " + f"{g.f(5, 40, 2)} s", "mm_finished", "ModuleManager")
    w("LOG", "[HighLogic]: =========================== Scene Change : From LOADING to MAINMENU (Async) =====================", "scene_change", "HighLogic")

    def save(slot="persistent"):
        w("LOG", f"Game State Saved to saves/career-duna/{slot}", "game_saved")

    def scene(a, bb):
        w("LOG", "[UIMasterController]: HideUI", "hide_ui", "UIMasterController")
        w("LOG", f"[HighLogic]: =========================== Scene Change : From {a} to {bb} (Async) =====================", "scene_change", "HighLogic")
        w("LOG", f"[ApplicationLauncher] OnSceneLoadedGUIReady: scene {bb} ShouldBeVisible() True ShouldBeOnTop() False iIsPositionedAtTop True",
          "applauncher_ready", "ApplicationLauncher")
        w("LOG", "[UIMasterController]: ShowUI", "show_ui", "UIMasterController")

    def flight():
        v = g.c(VESSELS)
        scene("SPACECENTER", "EDITOR")
        for _ in range(g.num(3, 15)):
            L.tick(8)
            w("LOG", f"[Editor]: part {g.c(PARTS).split('/')[-1]} attached to {g.c(PARTS).split('/')[-1]}", "editor_attached", "Editor") if g.r.random() < 0.7 else \
                w("LOG", f"[Editor]: part {g.c(PARTS).split('/')[-1]} removed", "editor_removed", "Editor")
        w("LOG", f"[ShipConstruction] Saving ship '{v}' to saves/career-duna/Ships/VAB/{v}.craft", "ship_saved", "ShipConstruction")
        scene("EDITOR", "FLIGHT")
        w("LOG", f"[PlanetariumCamera]: Focus: {v}", "planetarium_focus", "PlanetariumCamera")
        w("LOG", f"[FlightIntegrator]: Reloaded drag cube for zeroed cube root part mk1pod.v2 on vessel {v}", "drag_cube", "FlightIntegrator")
        w("LOG", f"Unpacking {v}", "unpacking")
        if g.r.random() < 0.3:
            exc("NullReferenceException: Object reference not set to an instance of an object", [
                "KerbalEngineer.Flight.Readouts.Vessel.SimulationProcessor.Update () (at <5f1c3e0a8d4b4f7c9e2a1b3c4d5e6f70>:0)",
                "KerbalEngineer.Flight.FlightEngineerCore.Update () (at <5f1c3e0a8d4b4f7c9e2a1b3c4d5e6f70>:0)",
                "UnityEngine.DebugLogHandler:LogException(Exception, Object)",
                "ModuleManager.UnityLogHandle.InterceptLogHandler:LogException(Exception, Object)",
                "UnityEngine.Debug:CallOverridenDebugHandler(Exception, Object)"])
        met = 0
        for st_i in range(g.num(1, 5)):
            L.tick(20)
            met += g.num(5, 120)
            w("LOG", f"[{met // 3600:02d}:{met % 3600 // 60:02d}:{met % 60:02d}]: Stage {st_i} activated", "stage_activated")
            if g.r.random() < 0.15:
                w("LOG", f"[F: {g.num(1000, 90000)}]: {g.c(['liquidEngine2', 'fuelTank', 'noseCone', 'radialDecoupler2'])} ({v}) Exploded!! - blast awesomeness: "
                  f"{g.f(0.1, 3, 1)}", "exploded")
            if g.r.random() < 0.05:
                exc("NullReferenceException: Object reference not set to an instance of an object", [
                    "ModuleEnginesFX.FXUpdate () (at <4b449f2841f84227adfaad3149c8fdba>:0)",
                    "ModuleEnginesFX.FixedUpdate () (at <4b449f2841f84227adfaad3149c8fdba>:0)",
                    "UnityEngine.DebugLogHandler:LogException(Exception, Object)",
                    "ModuleManager.UnityLogHandle.InterceptLogHandler:LogException(Exception, Object)",
                    "UnityEngine.Debug:CallOverridenDebugHandler(Exception, Object)"])
        if g.r.random() < 0.2:
            w("LOG", f"[{met // 3600:02d}:{met % 3600 // 60:02d}:{met % 60:02d}]: {v} collided into {g.c(BODIES)} - relative velocity: {g.f(10, 300, 1)} m/s",
              "collided")
        else:
            w("LOG", f"Packing {v} for orbit", "packing")
            w("LOG", f"[Progress Node Reached]: {g.c(['Orbit', 'Landing', 'Flyby', 'FlagPlant', 'CrewTransfer'])}", "progress_reached", "Progress Node Reached")
            w("LOG", f"[Progress Node Complete]: {g.c(['Orbit', 'Landing', 'Flyby', 'FlagPlant'])}", "progress_complete", "Progress Node Complete")
        for _ in range(g.num(0, 3)):
            L.tick(30)
            save("quicksave")
        w("WRN", f"[Part]: PartModule indexing mismatch at {g.c(['liquidEngine2', 'fuelTank'])}, index {g.num(2, 9)}.", "module_mismatch", "Part") \
            if g.r.random() < 0.1 else None
        scene("FLIGHT", "SPACECENTER")
        save()

    def kac():
        w("ERR", f"[KerbalEngineer] Settings file {g.c(['HudRightSettings.xml', 'FlightEngineerCore.xml'])} could not be loaded: Root element is missing.",
          "ker_settings_error", "KerbalEngineer")

    save()
    L.tick(15)
    scene("MAINMENU", "SPACECENTER")
    while len(L.rows) < N_LINES:
        L.tick(60)
        if g.r.random() < 0.05:
            kac()
        flight()
    del L.rows[N_LINES:]
    carry_time(L, own_time)
    return L


# 20 --------------------------------------------------------------- LightGBM 4.5 and Optuna 4.1 tuning a probability-of-default model in a bank's credit-risk team: a Python script run
#   with nohup on a shared compute server writes every trial's five-fold cross-validation to tune.log: Optuna's "[I 2026-12-01
#   10:00:00,123] Trial 12 finished with value: ..." lines (UTC), LightGBM's "[LightGBM] [Info]" and "[LightGBM] [Warning]" lines of each
#   fold, the early-stopping callback's evaluation lines, the script's fold results, pruned and failed trials, a Python warning with its
#   source line
@checked
def log_lightgbm(seed):
    L = Log("lightgbm_optuna_tune_log", seed, "full", True, True, start=dt.datetime(2026, 11, 30, 21, 5, 0, tzinfo=UTC))
    g = L.g
    st = {"trial": 0, "best": (None, 0.0)}

    def o(text, ev, lv=None, comp=None):
        L.emit(text, ev, lv, comp, t=None)

    def lgb(lv, msg, ev):
        o(f"[LightGBM] [{lv}] {msg}", ev, lv, "LightGBM")

    def optuna(lv, msg, ev):
        ms_(L, 0, 200)
        L.emit(f"[{lv} {L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)}] {msg}", ev, lv)

    def fold(k, params, pruned_at=None):
        pos = g.num(9800, 9950)
        neg = 197530 - pos
        lgb("Info", f"Number of positive: {pos}, number of negative: {neg}", "n_pos_neg")
        if params["bagging_fraction"] < 1 and k == 0:
            lgb("Warning", f"bagging_freq is set=0, bagging_fraction={params['bagging_fraction']} will be ignored. Current value: bagging_freq=0", "bagging_ignored") \
                if g.r.random() < 0.3 else None
        if g.r.random() < 0.85:
            lgb("Info", f"Auto-choosing col-wise multi-threading, the overhead of testing was {g.f(0.01, 0.09, 6)} seconds.", "auto_col_wise")
            o("You can set `force_col_wise=true` to remove the overhead.", "force_col_wise_hint")
        else:
            lgb("Info", f"Auto-choosing row-wise multi-threading, the overhead of testing was {g.f(0.01, 0.09, 6)} seconds.", "auto_row_wise")
            o("You can set `force_row_wise=true` to remove the overhead.", "force_row_wise_hint")
            o("And if memory is not enough, you can set `force_col_wise=true`.", "memory_hint")
        lgb("Info", f"Total Bins {g.num(21000, 24000)}", "total_bins")
        lgb("Info", f"Number of data points in the train set: 197530, number of used features: {g.num(205, 212)}", "n_data_points")
        p = pos / 197530
        import math
        lgb("Info", f"[binary:BoostFromScore]: pavg={p:.6f} -> initscore={math.log(p / (1 - p)):.6f}", "boost_from_score")
        lgb("Info", f"Start training from score {math.log(p / (1 - p)):.6f}", "start_training")
        if params["num_leaves"] > 100 and g.r.random() < 0.6:
            for _ in range(g.num(1, 12)):
                lgb("Warning", "No further splits with positive gain, best gain: -inf", "no_further_splits")
        o("Training until validation scores don't improve for 100 rounds", "training_until")
        L.t += dt.timedelta(seconds=g.num(15, 110))
        auc = float(g.f(0.70, 0.76, 5))
        last = pruned_at or g.num(2, 12) * 100
        for it in range(100, last + 1, 100):
            auc += float(g.f(0.001, 0.01, 5))
            o(f"[{it}]\tvalid_0's auc: {auc:.6f}\tvalid_0's binary_logloss: {float(g.f(0.16, 0.19, 6)):.6f}", "eval_line")
        if pruned_at:
            return None
        if last >= 1200:
            o("Did not meet early stopping. Best iteration is:", "did_not_meet")
        else:
            o("Early stopping, best iteration is:", "early_stopping")
        best = last - g.num(1, 99)
        o(f"[{best}]\tvalid_0's auc: {auc:.6f}\tvalid_0's binary_logloss: {float(g.f(0.16, 0.19, 6)):.6f}", "eval_line")
        o(f"fold {k + 1}/5: best_iteration={best} auc={auc:.5f}", "script_fold")
        return auc

    def trial():
        t = st["trial"]
        st["trial"] += 1
        params = {"learning_rate": float(g.f(0.005, 0.2, 4)), "num_leaves": g.num(15, 255), "min_child_samples": g.num(5, 200),
                  "feature_fraction": float(g.f(0.4, 1.0, 3)), "bagging_fraction": float(g.f(0.4, 1.0, 3)), "lambda_l1": float(g.f(0, 10, 4)),
                  "lambda_l2": float(g.f(0, 10, 4))}
        aucs = []
        pruned = g.r.random() < 0.25
        fail = g.r.random() < 0.03
        for k in range(5):
            if fail and k == g.num(0, 2):
                optuna("W", f"Trial {t} failed with parameters: {params} because of the following error: LightGBMError('Check failed: (best_split_info.left_count) > (0) "
                       "at /__w/1/s/lightgbm-python/src/treelearner/serial_tree_learner.cpp, line 855 .\\n').", "trial_failed")
                o("Traceback (most recent call last):", "py_traceback")
                o("  File \"/opt/conda/envs/risk/lib/python3.11/site-packages/optuna/study/_optimize.py\", line 197, in _run_trial", "py_file")
                o("    value_or_values = func(trial)", "py_code")
                o("  File \"/home/jbecker/pd-model/tune_lgbm.py\", line 88, in objective", "py_file")
                o("    booster = lgb.train(params, dtrain, num_boost_round=1200, valid_sets=[dvalid], callbacks=callbacks)", "py_code")
                o("lightgbm.basic.LightGBMError: Check failed: (best_split_info.left_count) > (0) at /__w/1/s/lightgbm-python/src/treelearner/serial_tree_learner.cpp, "
                  "line 855 .", "py_exception")
                o("", "empty")
                optuna("W", f"Trial {t} failed with value None.", "trial_failed_value")
                return
            if pruned and k == 1:
                fold(k, params, pruned_at=g.num(1, 3) * 100)
                optuna("I", f"Trial {t} pruned. Trial was pruned at iteration {g.num(100, 300)}.", "trial_pruned")
                return
            aucs.append(fold(k, params))
        v = sum(aucs) / len(aucs)
        if st["best"][0] is None or v > st["best"][1]:
            st["best"] = (t, v)
        optuna("I", f"Trial {t} finished with value: {v} and parameters: {params}. Best is trial {st['best'][0]} with value: {st['best'][1]}.", "trial_finished")

    optuna("I", "A new study created in RDB with name: pd-lgbm-2026q4", "study_created")
    o("/opt/conda/envs/risk/lib/python3.11/site-packages/optuna/integration/lightgbm.py:36: ExperimentalWarning: LightGBMPruningCallback is experimental "
      "(supported from v2.0.0). The interface can change in the future.", "py_warning")
    o("  warnings.warn(", "py_warning_source")
    while len(L.rows) < N_LINES:
        L.tick(30)
        trial()
    del L.rows[N_LINES:]
    carry_time(L, own_time)
    return L


LOGS = [log_omniswitch, log_apcupsd, log_codebuild, log_axis, log_bbduk, log_buildroot, log_comfyui, log_deadline, log_ergo, log_flyio, log_freerdp,
        log_gatling, log_geode, log_hashcat, log_hpl, log_ipopt, log_qjackctl, log_kismet, log_ksp, log_lightgbm]


if __name__ == "__main__":
    main(LOGS, WORK)
