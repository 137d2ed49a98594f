#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the forty-sixth round, 20 logs,
written 2026-12-07 by a helper that did not read LogSleuth's code; as found: 0.767. This round is
worked on (not held out). The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and
`formats` on each and prints grouping accuracy, events against templates, the learned format and how
many lines had their time, level and component read, and read right.

Lines without a header of their own carry the time, level and component of the record they belong
to: the Java exception and its "<tab>at" frames under AEM's "service: Uncaught SlingException" and
"This session has been idle ..."; AzCopy's "   Dst: ..." line under "ERR: ... UPLOADFAILED"; the Lua
"stack traceback:" and its frames under DCS' "Mission script error"; the lines of FC's exception
details (the message, the "    {...}" arguments, the "    nodeos  file:line method" place) under
nodeos' "Exception Details:"; the indented lines of a FreeFileSync message (the folder pair's two
paths, the Windows error under "Cannot read file", a warning's paths and amounts); Godot's "at:"
line under its "ERROR:", "WARNING:" or "SCRIPT ERROR:"; the charm's Python traceback under Juju's
"Uncaught exception while in charm code:"; "docker stdout:" and "docker stderr:" under Kamal's
"ERROR (SSHKit::Command::Failed)"; the Python traceback under Lutris' "Error while completing task".
A line with no time of its own gets the time of the last line before it that writes one (of the
first after it at the start of a log) and no level or component unless it writes them: AzCopy's
request/response dump under "==> REQUEST/RESPONSE", its diagnostics and job summary; DPDK's whole
testpmd session between `script`'s "Script started on 2026-11-30 09:12:00+00:00" and "Script done on
..." lines (each with the time it writes); fio's output but the script's "=== 2026-12-01T22:00:04Z
stor-n07 /dev/nvme0n1 randread-4k ===" banners and fio's "(groupid=0, jobs=4): err= 0: pid=4711: Tue
Dec  1 22:01:05 2026" lines (each with the time it writes); FreeFileSync's "|" summary lines, rules
and empty lines under a run's head line ("Fotos auf NAS 2026-11-03 18:30:00 [Completed with
errors]", which has a full date); all of the Geant4 output but the job script's "Job 4471823_3 on
wn-c017: start Tue Dec  1 10:00:00 UTC 2026" and "end ..." lines; Godot's own lines (its banner, its
errors, the crash dump) between the game's logger lines; HTTrack's command line, note and closing
statistics under its "launched on Sun, 04 Oct 2026 02:00:01" line; Kamal's output under the deploy
script's "### 2026-11-16T09:00:00Z kamal deploy ..." head lines; the game output in Lutris' log
(wine's fixme lines, DXVK's, DOSBox'). Abaqus' .msg file, Bochs' bochsout.txt (the eleven-digit tick
count is not a time; the CMOS clock's start and last time are values) and coreboot's console (the
build date in its banner is a value) write no time at all (time kind None). Full dates elsewhere:
AEM ("30.11.2026 06:00:10.108"), AzCopy ("2026/11/24 01:00:01"), Backstage's JSON "timestamp" (Z),
CFEngine ("2026-11-28T00:05:03+0000"), DCS ("2026-12-01 06:00:00.000"), Dex' slog "time" (Z), nodeos
("2026-12-01T09:00:00.512"), Godot's game logger ("[2026-11-29T12:00:00]") and Lutris ("2026-11-06
18:40:00,155"); where a log writes local time without an offset the clock is UTC. ISC dhcpd's syslog
("Dec  1 07:00:00") has no year (noyear). FreeFileSync ("[18:30:05]"), HTTrack ("02:00:05<tab>") and
Juju's debug-log ("unit-mysql-0: 06:17:51") write the time of day (tod).

Levels are as written: Abaqus' "***WARNING:", "***NOTE:" and "***ERROR:" (other lines none); AEM's
starred word (*INFO*, *WARN*, *ERROR*); AzCopy's "INFO:" and "ERR:" (its "PERF:" is not a level, its
banner and summary lines have none); Backstage's "level" (info, warn, error); Bochs' letter after
the tick count (i, e, p); CFEngine's right-aligned word (info, notice, warning, error); coreboot's
bracket ([DEBUG], [INFO ], [NOTE ], [WARN ], [ERROR], [SPEW ]; SeaBIOS' lines none); DCS' column
(INFO, WARNING, ERROR, ALERT); Dex' "level" (INFO, ERROR); nodeos' first column (info, warn, error,
debug); FreeFileSync's word after the time (Info, Warning, Error); Godot's game logger ([INFO],
[WARN], [DEBUG]) and the engine's "ERROR:", "WARNING:" and "SCRIPT ERROR:" (ERROR counts too for the
last); HTTrack's word (Info, Warning, Error, Debug); Juju's column (DEBUG, INFO, WARNING, ERROR);
Kamal's SSHKit level right-aligned in six columns ("  INFO", " DEBUG") and the closing "  ERROR
(SSHKit::Command::Failed): ..." (its step lines none); Lutris' first column (INFO, DEBUG, WARNING,
ERROR). DPDK, fio, Geant4 and dhcpd write none (Geant4's "*** This is just a warning message. ***"
is text). The component is AEM's logger (the class, or the bundle's symbolic name for BundleEvent
and ServiceEvent lines; the thread in brackets, named after the request it serves, is not);
Backstage's "plugin" (catalog, search, techdocs, scaffolder, auth, kubernetes; lines without one
have none: the "service" and "type" are not); Bochs' module in brackets (CPU0, BIOS, PLUGIN, MEM0,
...; the empty bracket none); DCS' subsystem (EDCORE, DCS, NET, SCRIPTING, Scripting, LOG, ...; the
thread in parentheses is not); DPDK's log type before the colon (EAL, TELEMETRY, testpmd; the ice
driver's function name is not); Godot's game logger tag (Boot, Net, Auth, Lobby, Match, Save,
AntiCheat; the engine's lines none); dhcpd's syslog program (dhcpd, systemd; host and pid are not);
Juju's logger module (juju.worker.uniter.operation, unit.mysql/2.juju-log,
unit.ceph-osd/1.update-status, ...; the agent before the time, unit-mysql-2 or machine-6, is not);
Lutris' module (startup, game, command, wine, downloader, lutriswindow, services; "game.launch" with
its function counts too, the line number is not). The others have none (nodeos' thread, file and
method columns, Kamal's command id in brackets, coreboot's "CBFS:", "PCI:", "FMAP:" and "BS:" at the
head of its messages, Geant4's "G4WT3 > " are not scored).

The true event of a line is the format string that wrote it: a value filled into a format string is
a variable (Abaqus' "INCREMENT %d STARTS. ATTEMPT NUMBER %d, ..." whatever the attempt, "INSTANCE:
%s" one, its step description one whatever the step; AEM's Oak traversal warning one whatever the
query, "Replication (%s) of %s successful." one whether ACTIVATE or DEACTIVATE, "BundleEvent %s" one
whatever the state, "Sending POST request to %s" one whatever the publisher; AzCopy's "Trying %d
concurrent connections (%s)" one whatever the reason, the request/response header lines "   %s:
[%s]" one, "Final Job Status: %s" one; Backstage's request log one whatever method, path and status,
"Configuring auth provider: %s" one, "Beginning step %s" and "Finished step %s" one each; Bochs' "%s
present at device %d, function %d" one, "channel %u used by %s" one, CPUID lines one, the flags line
of the register dump one whatever the case of its letters, "interrupt(): gate descriptor is not
valid sys seg (vector=%s)" one whether a triple fault follows or not; CFEngine's "Q: \"%s\": %s" one
whatever the command and its output, "Updated file '%s' from '%s:%s'" one; coreboot's "%s starting
(log level: 8)..." one whatever the stage, "BS: %s %s times (exec / console): ..." one, "%s enabled"
one for CPU_CLUSTER, DOMAIN and PNP devices, "%s init" and "%s scanning..." one each, SeaBIOS' e820
entries one; DCS' "Mission script error: %s" one whatever the Lua error, "client[%d] \"%s\"
connected, ..." one, "(dDispatcher)enterToState_:%d" one; DPDK's "testpmd> " prompt with the typed
command one whatever the command, the shell prompt with its command one, "Set %s packet forwarding
mode" one; nodeos' "Received block ..." one whatever the producer, "connection failed to %s: %s"
one, "Exception Details: %s" one whatever the exception, the FC arguments and place lines one each;
fio's "  %s: IOPS=..." one for read and write, its slat, clat and lat lines one, the percentile rows
one whatever how many they hold, "  lat (%s)   : ..." one whatever the unit, the run status group's
READ and WRITE one, "Starting %d process(es)" one; FreeFileSync's head line one whatever the result;
Geant4's "--> Event %d starts with initial seeds (%d,%d)." one, "*** G4Exception : %s" and "issued
by : %s" one each whatever the code, "%s:  for %s SubType=%d BuildTable=%d" one whatever the
process, the "Model:" and "Cr_sctns:" lines one each; Godot's "at:" lines one event whatever their
indent (the engine writes them with one format string, indented by the kind of message); HTTrack's
"\"%s\" (%d) at link %s (from %s)" one whatever the status; dhcpd's "DHCPREQUEST for %s ..." one
with or without the server id, through a relay or straight to the interface, "DHCPACK on %s to %s
..." one, "failover peer %s: I move from %s to %s" one; Juju's "ran %q hook (via %s)" one whatever
the hook and the runner (the dispatch script or the charm's bespoke hook), "awaiting error
resolution for %q hook" one; Kamal's SSHKit "Running %s on %s" one (" as deploy@localhost" for local
commands alike), "Finished in %s seconds with exit status %d (%s)." one whether successful or
failed; Lutris' environment lines "%s=\"%s\"" one, "Launching %s" one), while two format strings
that look alike are two events (Abaqus' "CONVERGENCE CHECKS FOR SEVERE DISCONTINUITY ITERATION" and
"... EQUILIBRIUM ITERATION", "FORCE EQUILIBRIUM NOT ACHIEVED WITHIN TOLERANCE." and "THE FORCE
EQUILIBRIUM EQUATIONS HAVE CONVERGED", its ***NOTE and ***WARNING messages one each; AEM's login
token and login failure; AzCopy's "Number of File Transfers Completed/Failed/Skipped" and the folder
ones one per key; Backstage's TechDocs "Step 1 of 3", "Step 2 of 3" and "Step 3 of 3"; Bochs'
"init_dev of", "reset of" and "register state of '%s' plugin device"; coreboot's PCI "%s [%04x/%04x]
enabled" apart from the other devices' "%s enabled", "Trying stored timings." and "No cached RAM
training data", each "Selected %s" timing and each line of the ME status table, SeaBIOS' "Copying
SMBIOS" and "Copying ACPI RSDP"; DCS' "event:type=takeoff,..." and "event:type=land,..."; DPDK's
"Done" and "Done.", the per-port and the accumulated forward statistics (their RX and TX lines too);
FreeFileSync's "Synchronization completed successfully", "... with warnings" and "... with errors",
"|    %d error(s)" and "|    %d warning(s)"; Geant4's EM parameter tables one per key and per title,
the msc models' lines apart from the other EM models'; HTTrack's "link updated", "link added" and
"link recorded"; nodeos' FC detail message one per exception; dhcpd's "balancing pool" and "balanced
pool", "I move from" and "peer moves from"; Lutris' wine fixme lines one per fixme message). A
structured line belongs to its message and its set of keys: Backstage's JSON lines to their message
and keys ("Performing database migration" one in every plugin); Dex' slog lines likewise
("performing ldap search" one for the user and the group search, "login successful" one for the LDAP
and the GitHub connector, "failed to parse authorization request" one whatever the error). In a
banner or table each kind of line is an event: Bochs' configuration lines one per key; the ME status
table, fio's disk stats and the nvme smart-log keys, DPDK's port info keys, AzCopy's job summary,
Geant4's banner, parameter and couple tables one per kind of line. Java's "<tab>at" frames one
event, Lua's "<tab>[string ...]: in function '%s'" frames one event (the anonymous function's frame,
"[C]: ?" and "(tail call): ?" each another), Godot's crash frames one event; Python's traceback
head, "  File" lines, code lines and exception line each one event. Wrappers are not part of the
event: Geant4's "G4WT3 > ", Kamal's " DEBUG [8f3e2a1b] <tab>" around the docker build's BuildKit
lines, wine's "0024:fixme:ntdll:NtQuerySystemInformation " prefix, the syslog stamp, host and
program. Empty lines are one event per log (an empty line behind Geant4's or Kamal's wrapper too).

usage: unseen_logs_round46.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round46)
"""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round46")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, us6, fill, checked, syslog_ts, carry_time, ms_, ctime, epoch, jts  # noqa: E402, F401


def own_time(r):
    """carry_time's test: the line writes a time of its own."""
    return r[2] is not None


def java_trace(head, frames, cause=None, more=None):
    """(text, event) pairs of a Java exception: its head line, "<tab>at" frames, a "Caused by:" with its frames and "... n more"."""
    out = [(head[0], head[1])] + [(f"\tat {f}", "java_at") for f in frames]
    if cause:
        out.append((f"Caused by: {cause[0]}", cause[1]))
        out += [(f"\tat {f}", "java_at") for f in cause[2]]
        out.append((f"\t... {more or 14} more", "java_more"))
    return out


def jdump(obj):
    """A compact JSON line."""
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


def fe(v):
    """A Fortran-style E number of Abaqus, right-aligned in ten columns: "-1.234E-03"."""
    return f"{v:10.3E}"


def fg(v):
    """Abaqus' G format for a time: "0.100    " above 0.1, "2.500E-02" below."""
    if v < 0.1:
        return f"{v:.3E}"
    s = f"{v:.3f}" if v < 1 else f"{v:.2f}" if v < 10 else f"{v:.1f}"
    return f"{s:<9}"


# 1 ---------------------------------------------------------------- Abaqus/Standard 2024 on the Linux cluster of a pump maker's engineering department: the message file (.msg) of
#   a nonlinear static analysis of a bolted pipe flange (bolt pretension, then the operating pressure, then a thermal transient applied
#   as temperature fields), with contact between the bolt heads, the flange faces and the gasket, and plasticity in the gasket; copied
#   while the job was still running. The .msg file writes no time (the date in its head line is a value): the increments with their
#   severe discontinuity and equilibrium iterations, the residuals and where they are largest, cutbacks with Abaqus' ***NOTE and
#   ***WARNING messages, solver singularities
@checked
def log_abaqus(seed):
    L = Log("abaqus_standard_msg", seed, None, True, False)
    g = L.g
    st = {"inc": 0, "step_time": 0.0, "total": 0.0, "dt": 0.1, "step": 0}
    PAIRS = ["(ASSEMBLY_BOLT-1_HEAD,ASSEMBLY_FLANGE-1_TOP)", "(ASSEMBLY_BOLT-2_HEAD,ASSEMBLY_FLANGE-1_TOP)", "(ASSEMBLY_GASKET-1_UPPER,ASSEMBLY_FLANGE-1_FACE)",
             "(ASSEMBLY_GASKET-1_LOWER,ASSEMBLY_FLANGE-2_FACE)", "(ASSEMBLY_NUT-1_BEARING,ASSEMBLY_FLANGE-2_BOTTOM)"]
    INST = ["FLANGE-1", "FLANGE-2", "BOLT-1", "BOLT-2", "BOLT-3", "BOLT-4", "GASKET-1", "NUT-1"]
    STEPS = [("BOLT PRETENSION", 1.0, 0.1, 0.2), ("OPERATING PRESSURE 2.5 MPA", 1.0, 0.05, 0.25), ("THERMAL TRANSIENT 20C TO 180C", 3600.0, 10.0, 300.0)]

    def w(text, ev, lv=None):
        L.emit(text, ev, lv, None, None)

    def node():
        return g.num(11, 98000)

    def header():
        w("   Abaqus 2024                                  Date 01-Dec-2026   Time 07:42:18", "head_version_date")
        w("   For use by PUMPENWERK NORD GMBH under license from Dassault Systemes or its subsidiary.", "head_license")
        w("", "empty")
        w("", "empty")
        w("", "empty")
        w("     THE ANALYSIS IS RUN IN 16 THREADS, USING THE DIRECT SPARSE SOLVER IN PARALLEL", "threads")
        w("", "empty")

    def step_head():
        st["step"] += 1
        title, period, dt0, dtmax = STEPS[(st["step"] - 1) % len(STEPS)]
        st["step_time"], st["dt"], st["period"], st["dtmax"] = 0.0, dt0, period, dtmax
        st["inc"] = 0
        w("", "empty")
        w(f"                        S T E P {st['step']:>7}     S T A T I C   A N A L Y S I S", "step_title")
        w("", "empty")
        w("", "empty")
        w(f"     {title}", "step_description")
        w("", "empty")
        w("     AUTOMATIC TIME CONTROL WITH -", "auto_time_control")
        w(f"          A SUGGESTED INITIAL TIME INCREMENT OF             {fg(dt0)}", "initial_increment")
        w(f"          AND A TOTAL TIME PERIOD OF                        {fg(period)}", "total_time_period")
        w("          THE MINIMUM TIME INCREMENT ALLOWED IS             1.000E-05", "min_increment")
        w(f"          THE MAXIMUM TIME INCREMENT ALLOWED IS             {fg(dtmax)}", "max_increment")
        w("", "empty")
        w("     LINEAR EQUATION SOLVER TYPE         DIRECT SPARSE", "solver_type")
        w("", "empty")
        w("     LARGE DISPLACEMENT THEORY WILL BE USED", "large_displacement")
        w("", "empty")
        w("     UNSYMMETRIC MATRIX STORAGE AND SOLUTION WILL BE USED", "unsymmetric")
        w("", "empty")
        w(f"     M E M O R Y   E S T I M A T E  (STEP {st['step']:>4})", "memory_estimate_title")
        w("", "empty")
        w(" PROCESS      FLOATING PT       MINIMUM MEMORY        MEMORY TO", "memory_table_head1")
        w("              OPERATIONS           REQUIRED          MINIMIZE I/O", "memory_table_head2")
        w("             PER ITERATION           (MB)               (MB)", "memory_table_head3")
        w("", "empty")
        w(f"     1          {g.f(1.1, 1.9, 2)}E+12              {g.num(1400, 1900)}               {g.num(9000, 12000)}", "memory_table_row")
        w("", "empty")
        w(" NOTE:", "memory_note")
        w("      (1) SINCE ABAQUS DOES NOT PRE-ALLOCATE MEMORY AND ONLY ALLOCATES MEMORY AS NEEDED DURING THE ANALYSIS,", "memory_note_1")
        w("          THE MEMORY REQUIREMENT PRINTED HERE CAN ONLY BE VIEWED AS A GENERAL GUIDELINE BASED ON THE BEST", "memory_note_2")
        w("          KNOWLEDGE AVAILABLE AT THE BEGINNING OF A STEP BEFORE THE SOLUTION PROCESS HAS BEGUN.", "memory_note_3")
        w("      (2) THE ESTIMATE IS NORMALLY UPDATED AT THE BEGINNING OF EVERY STEP. IT IS THE MAXIMUM VALUE OF THE", "memory_note_4")
        w("          ESTIMATE FROM THE CURRENT STEP TO THE LAST STEP OF THE ANALYSIS, WITH UNSYMMETRIC SOLUTION TAKEN", "memory_note_5")
        w("          INTO ACCOUNT IF APPLICABLE. ", "memory_note_6")
        w("      (3) SINCE THE ESTIMATE IS BASED ON THE ACTIVE DEGREES OF FREEDOM IN THE FIRST ITERATION OF THE ", "memory_note_7")
        w("          CURRENT STEP, THE MEMORY ESTIMATE MIGHT BE SIGNIFICANTLY DIFFERENT THAN ACTUAL USAGE FOR ", "memory_note_8")
        w("          PROBLEMS WITH SUBSTANTIAL CHANGES IN ACTIVE DEGREES OF FREEDOM BETWEEN STEPS (OR EVEN WITHIN", "memory_note_9")
        w("          THE SAME STEP). EXAMPLES ARE: PROBLEMS WITH ONLY A SMALL AREA OF CONTACT AT THE START OF A STEP", "memory_note_10")
        w("          THAT LATER CHANGES TO A LARGE AREA OF CONTACT, AND PROBLEMS WHERE ELEMENTS ARE ADDED OR REMOVED.", "memory_note_11")
        w("", "empty")

    def residuals(kind, k):
        w("", "empty")
        w(f"  CONVERGENCE CHECKS FOR {kind} ITERATION {k:>4}", "checks_sdi" if kind.startswith("SEVERE") else "checks_equilibrium")
        w("", "empty")
        af = g.r.uniform(500, 9000)
        w(f"     AVERAGE FORCE                     {fe(af)}   TIME AVG. FORCE                  {fe(af * g.r.uniform(0.8, 1.2))}", "average_force")
        w(f"     LARGEST RESIDUAL FORCE            {fe(g.r.uniform(-1, 1) * af * 10 ** -g.num(0, 4))}   AT NODE {node():>7}     DOF {g.num(1, 3):>3}",
          "largest_residual")
        w(f"     INSTANCE: {g.c(INST)}", "instance")
        w(f"     LARGEST INCREMENT OF DISP.        {fe(g.r.uniform(-0.05, 0.05))}   AT NODE {node():>7}     DOF {g.num(1, 3):>3}", "largest_increment")
        w(f"     INSTANCE: {g.c(INST)}", "instance")
        w(f"     LARGEST CORRECTION TO DISP.       {fe(g.r.uniform(-0.01, 0.01) * 10 ** -g.num(0, 5))}   AT NODE {node():>7}     DOF {g.num(1, 3):>3}",
          "largest_correction")
        w(f"     INSTANCE: {g.c(INST)}", "instance")

    def contact_errors():
        p = g.c(PAIRS)
        w(f"     MAX. PENETRATION ERROR            {fe(-g.r.uniform(1e-5, 5e-3))}   AT NODE {node():>7} OF CONTACT PAIR {p}", "max_penetration_error")
        w(f"     MAX. CONTACT FORCE ERROR          {fe(g.r.uniform(1, 900))}   AT NODE {node():>7} OF CONTACT PAIR {p}", "max_contact_force_error")

    def increment():
        st["inc"] += 1
        att = 1
        while True:
            w("", "empty")
            w(f"  INCREMENT {st['inc']:>5} STARTS. ATTEMPT NUMBER {att:>2}, TIME INCREMENT {fg(st['dt'])}", "increment_starts")
            sdi = g.c([0, 1, 1, 2, 3]) if st["step"] % 3 != 0 else g.c([0, 0, 1])
            for k in range(1, sdi + 1):
                residuals("SEVERE DISCONTINUITY", k)
                contact_errors()
                w(f"     CONTACT CHANGE SUMMARY: {g.num(0, 40):>4} CLOSED, {g.num(0, 40):>4} OPENED.", "contact_change_summary")
                if g.r.random() < 0.3:
                    w(f"     CONTACT ELEMENTS WITH HIGH OVERCLOSURE: {g.num(1, 12)}", "high_overclosure")
            fail = g.r.random() < 0.09
            eq = g.num(1, 5)
            for k in range(1, eq + 1):
                residuals("EQUILIBRIUM", k)
                if k < eq or fail:
                    w("     FORCE     EQUILIBRIUM NOT ACHIEVED WITHIN TOLERANCE.", "force_not_achieved")
                else:
                    w("", "empty")
                    w("     THE FORCE      EQUILIBRIUM EQUATIONS HAVE CONVERGED", "force_converged")
                if g.r.random() < 0.02:
                    w("", "empty")
                    w(f" ***WARNING: SOLVER PROBLEM. NUMERICAL SINGULARITY WHEN PROCESSING NODE {g.c(INST)}.{node()} D.O.F. {g.num(1, 3)} RATIO = "
                      f"{g.f(1.0, 9.9, 5)}E+{g.num(12, 16)} .", "numerical_singularity", "WARNING")
                if g.r.random() < 0.03 and st["step"] % 3 == 2:
                    w("", "empty")
                    w(f" ***WARNING: THE STRAIN INCREMENT HAS EXCEEDED FIFTY TIMES THE STRAIN TO CAUSE FIRST YIELD AT {g.num(1, 60)} POINTS",
                      "strain_increment_exceeded", "WARNING")
            if not fail:
                break
            w("", "empty")
            x = g.r.random()
            if x < 0.5:
                w(" ***NOTE: THE SOLUTION APPEARS TO BE DIVERGING. CONVERGENCE IS JUDGED UNLIKELY.", "note_diverging", "NOTE")
            elif x < 0.8:
                w(" ***NOTE: MATERIAL CALCULATIONS FAILED TO CONVERGE OR WERE NOT ATTEMPTED AT ONE OR MORE POINTS. CONVERGENCE IS JUDGED UNLIKELY.",
                  "note_material_failed", "NOTE")
            else:
                w(f" ***WARNING: EXCESSIVE DISTORTION AT A TOTAL OF {g.num(1, 14)} INTEGRATION POINTS IN SOLID (CONTINUUM) ELEMENTS",
                  "excessive_distortion", "WARNING")
            w("", "empty")
            st["dt"] /= 4
            att += 1
            if att > 5:
                w(" ***ERROR: TOO MANY ATTEMPTS MADE FOR THIS INCREMENT", "too_many_attempts", "ERROR")
                st["dt"] = max(st["dt"], 1e-5) * 4
                att = 1
        st["step_time"] += st["dt"]
        st["total"] += st["dt"]
        w("", "empty")
        w(f"     ITERATION SUMMARY FOR THE INCREMENT: {sdi + eq:>3} TOTAL ITERATIONS, OF WHICH", "iteration_summary")
        w(f"     {sdi:>3} ARE SEVERE DISCONTINUITY ITERATIONS AND {eq:>3} ARE EQUILIBRIUM ITERATIONS.", "iteration_summary_2")
        w("", "empty")
        w(f"     TIME INCREMENT COMPLETED  {fg(st['dt'])},  FRACTION OF STEP COMPLETED {fg(st['step_time'] / st['period'])}", "time_increment_completed")
        w(f"     STEP TIME COMPLETED       {fg(st['step_time'])},  TOTAL TIME COMPLETED      {fg(st['total'])}", "step_time_completed")
        if eq <= 2 and sdi <= 1:
            st["dt"] = min(st["dt"] * 1.5, st["dtmax"], st["period"] - st["step_time"]) or st["dt"]

    header()
    step_head()
    while len(L.rows) < N_LINES:
        increment()
        if st["step_time"] >= st["period"] - 1e-9:
            step_head()
    del L.rows[N_LINES:]
    return L


# 2 ---------------------------------------------------------------- Adobe Experience Manager 6.5 (service pack 21, on Java 11) as the author instance of a city's web site, its
#   crx-quickstart/logs/error.log ("01.12.2026 10:00:00.123 *INFO* [qtp1391420583-2241] org.apache.sling... message", the clock UTC): Sling's
#   request threads named after the request they serve ("10.40.2.17 [1764583200123] GET /content/city/de/rathaus.html HTTP/1.1"), Oak's
#   traversal warnings for queries without an index, failed logins, the DAM update-asset workflow, replication to the two publishers,
#   HTL errors of the site's components with their Java exceptions, sessions left open by a servlet, a code deployment with its bundle
#   and service events, the nightly online revision cleanup of the segment store
@checked
def log_aem(seed):
    L = Log("aem_author_error_log", seed, "full", True, True, start=dt.datetime(2026, 11, 30, 6, 0, 0, tzinfo=UTC))
    g = L.g
    st = {"build": 141}
    EDITORS = ["mmueller", "skaya", "jbraun", "agarcia", "tnowak", "admin-ops"]
    IPS = ["10.40.2.17", "10.40.2.31", "10.40.3.8", "10.40.3.52", "127.0.0.1"]
    PAGES = ["rathaus", "buergerservice/meldewesen", "buergerservice/kfz-zulassung", "aktuelles", "aktuelles/baustellen", "kultur/museen",
             "kultur/veranstaltungen", "wirtschaft/gewerbe", "umwelt/abfall", "stadtrat/sitzungen"]
    ASSETS = ["hero-rathaus.jpg", "stadtplan-2026.pdf", "museum-nacht.png", "baustelle-ring.jpg", "abfallkalender-2027.pdf", "logo-stadt.svg",
              "buergermeisterin.jpg", "sitzung-protokoll-11.pdf"]

    def w(lv, thread, logger, msg, ev):
        ms_(L, 0, 40)
        L.emit(f"{L.t:%d.%m.%Y %H:%M:%S}.{ms3(L.t)} *{lv}* [{thread}] {logger} {msg}", ev, lv, logger)

    def cont(text, ev, lv, logger):
        L.emit(text, ev, lv, logger)

    def qtp():
        return f"qtp1391420583-{g.num(180, 2600)}"

    def req(method="GET", path=None):
        ip = g.c(IPS)
        ms = int(epoch(L.t) * 1000)
        path = path or f"/content/city/de/{g.c(PAGES)}.html"
        return f"{ip} [{ms}] {method} {path} HTTP/1.1"

    def traversal():
        p = g.c(["/content/city", "/content/dam/city", "/content/city/de/aktuelles"])
        ty = g.c(["cq:Page", "dam:Asset", "nt:unstructured"])
        prop = g.c(["jcr:content/cq:template", "jcr:content/metadata/dc:format", "jcr:content/veranstaltungsdatum", "sling:resourceType"])
        n = g.c([10000, 20000, 30000, 40000, 50000, 60000])
        w("WARN", req(), "org.apache.jackrabbit.oak.plugins.index.Cursors$TraversingCursor",
          f"Traversed {n} nodes with filter Filter(query=select [jcr:path], [jcr:score], * from [{ty}] as a where [{prop}] is not null and "
          f"isdescendantnode(a, '{p}') /* xpath: /jcr:root{p}//element(*, {ty})[@{prop}] */, path={p}//*, property=[{prop}=[is not null]]); "
          "consider creating an index or changing the query", "oak_traversed")
        if n >= 50000 and g.r.random() < 0.3:
            w("WARN", req(), "org.apache.jackrabbit.oak.query.FilterIterators",
              "The query read or traversed more than 50000 nodes. To avoid affecting other tasks, processing was stopped.", "oak_query_limit")

    def login():
        u = g.c(EDITORS + ["admin", "author", "test"])
        if g.r.random() < 0.7 and u in EDITORS:
            w("INFO", req("POST", "/libs/granite/core/content/login.html/j_security_check"), "com.day.crx.security.token.impl.impl.TokenAuthenticationHandler",
              f"Created login token for user {u}", "login_token")
        else:
            w("INFO", req("POST", "/libs/granite/core/content/login.html/j_security_check"), "org.apache.sling.auth.core.impl.SlingAuthenticator",
              f"handleLoginFailure: Unable to authenticate {u}: UserId/Password mismatch.", "login_failure")

    def asset():
        a = g.c(ASSETS)
        path = f"/content/dam/city/{g.c(['bilder', 'dokumente', 'presse'])}/{a}"
        wf = f"/var/workflow/instances/server0/2026-{L.t:%m-%d}/update_asset_{g.num(1, 40)}"
        th = f"JobHandler: {wf}:{path}/jcr:content/renditions/original"
        w("INFO", th, "com.day.cq.dam.core.process.MetadataProcessorProcess", f"execute: extracting metadata for asset [{path}]", "dam_metadata")
        if a.endswith(".pdf"):
            w("INFO", th, "com.day.cq.dam.handler.standard.pdf.PdfHandler", f"extracting pages of PDF [{path}]: {g.num(1, 80)} pages", "dam_pdf_pages")
        else:
            w("INFO", th, "com.day.cq.dam.core.process.ThumbnailProcess", f"execute: creating thumbnails for asset [{path}]", "dam_thumbnails")
            w("INFO", th, "com.day.cq.dam.core.process.CreateWebEnabledImageProcess", f"execute: creating web enabled image for asset [{path}]", "dam_web_image")
        if g.r.random() < 0.06:
            w("ERROR", th, "com.day.cq.dam.core.process.ThumbnailProcess", f"Error while creating thumbnails for asset [{path}]: Unsupported Image Type",
              "dam_thumbnail_error")
        w("INFO", th, "com.adobe.granite.workflow.core.job.JobHandler", f"Workflow {wf} completed for payload {path}/jcr:content/renditions/original",
          "workflow_completed")

    def replicate():
        page = f"/content/city/de/{g.c(PAGES)}"
        u = g.c(EDITORS)
        th = f"JobHandler: /var/eventing/jobs/assigned/{g.hx(8)}/com.day.cq.replication.job.publish/{L.t:%Y/%m/%d/%H/%M}/{g.hx(8)}_{g.num(1, 999)}"
        for agent in ("publish", "publish2"):
            act = g.c(["ACTIVATE"] * 5 + ["DEACTIVATE"])
            w("INFO", th, f"com.day.cq.replication.Agent.{agent}", f"Sending POST request to http://{'pub1' if agent == 'publish' else 'pub2'}.city.internal:4503/bin/receive?sling:authRequestLogin=1",
              "repl_sending")
            if g.r.random() < 0.04:
                w("ERROR", th, f"com.day.cq.replication.Agent.{agent}", f"Replication ({act}) of {page} not successful. Remote server returned: 503 Service Unavailable",
                  "repl_failed")
            else:
                w("INFO", th, f"com.day.cq.replication.Agent.{agent}", f"Replication ({act}) of {page} successful.", "repl_ok")
        w("INFO", req("POST", "/bin/replicate.json"), "com.day.cq.replication.impl.ReplicatorImpl", f"Setting up replication of {page} for user {u}", "repl_setup")

    def htl_error():
        comp = g.c(["veranstaltungsliste", "stoerer", "kontaktbox", "teaser"])
        model = "de.stadt.web.core.models." + comp.capitalize() + "Model"
        th = req()
        w("ERROR", th, "org.apache.sling.engine.impl.SlingRequestProcessorImpl", "service: Uncaught SlingException", "uncaught_sling_exception")
        lines = java_trace((f"org.apache.sling.scripting.sightly.SightlyException: Identifier {model} cannot be correctly instantiated by the Use API",
                            "sightly_exception"),
                           ["org.apache.sling.scripting.sightly.impl.engine.extension.use.UseRuntimeExtension.call(UseRuntimeExtension.java:73)",
                            "org.apache.sling.scripting.sightly.impl.engine.runtime.RenderContextImpl.call(RenderContextImpl.java:66)",
                            f"org.apache.sling.scripting.sightly.apps.city.components.{comp}.{comp.capitalize()}__002e__html.render({comp}.html:42)",
                            "org.apache.sling.scripting.sightly.render.RenderUnit.render(RenderUnit.java:53)",
                            "org.apache.sling.scripting.sightly.impl.engine.SightlyScriptEngine.evaluateScript(SightlyScriptEngine.java:92)",
                            "org.apache.sling.scripting.core.impl.DefaultSlingScript.call(DefaultSlingScript.java:386)"],
                           ("java.lang.NullPointerException: Cannot invoke \"org.apache.sling.api.resource.ValueMap.get(String, java.lang.Class)\" because \"this.properties\" is null",
                            "npe", [f"{model}.init({comp.capitalize()}Model.java:{g.num(40, 120)})",
                                    "java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)",
                                    "org.apache.sling.models.impl.ModelAdapterFactory.invokePostConstruct(ModelAdapterFactory.java:1018)",
                                    "org.apache.sling.models.impl.ModelAdapterFactory.createObject(ModelAdapterFactory.java:748)"]), g.num(80, 140))
        for text, ev in lines:
            cont(text, ev, "ERROR", "org.apache.sling.engine.impl.SlingRequestProcessorImpl")

    def session_leak():
        th = "sling-default-" + str(g.num(1, 9)) + "-Registered Service.1234"
        w("WARN", th, "org.apache.jackrabbit.oak.jcr.session.RefreshStrategy",
          f"This session has been idle for {g.num(1, 30)} minutes and might be out of date. Consider using a fresh session or explicitly refresh the session.",
          "session_idle")
        for text, ev in java_trace(("java.lang.Exception: The session was created here:", "session_created_here"),
                                   ["org.apache.jackrabbit.oak.jcr.session.RefreshStrategy$LogOnce.refreshNeeded(RefreshStrategy.java:224)",
                                    "org.apache.jackrabbit.oak.jcr.repository.RepositoryImpl.login(RepositoryImpl.java:296)",
                                    "com.adobe.granite.repository.impl.CRX3RepositoryImpl.login(CRX3RepositoryImpl.java:92)",
                                    "org.apache.sling.jcr.base.AbstractSlingRepository2.login(AbstractSlingRepository2.java:172)",
                                    "de.stadt.web.core.servlets.AbfallkalenderExportServlet.doGet(AbfallkalenderExportServlet.java:58)"]):
            cont(text, ev, "WARN", "org.apache.jackrabbit.oak.jcr.session.RefreshStrategy")

    def not_found():
        p = g.c(["/content/dam/city/bilder/alt/" + g.c(ASSETS), "/favicon.ico", "/content/city/de/" + g.c(PAGES) + "/jcr:content/par/image.img.png",
                 "/etc.clientlibs/city/clientlibs/clientlib-site.min.js.map"])
        w("INFO", req("GET", p), "org.apache.sling.engine.impl.SlingRequestProcessorImpl", f"service: Resource {p} not found", "resource_not_found")

    def cleanup():
        th = "TarMK revision gc [/opt/aem/author/crx-quickstart/repository/segmentstore]"
        gc = g.num(40, 200)
        w("INFO", th, "org.apache.jackrabbit.oak.segment.file.FileStore", f"TarMK GC #{gc}: started", "gc_started")
        w("INFO", th, "org.apache.jackrabbit.oak.segment.file.FileStore",
          f"TarMK GC #{gc}: estimation started", "gc_estimation_started")
        w("INFO", th, "org.apache.jackrabbit.oak.segment.file.FileStore",
          f"TarMK GC #{gc}: estimation completed in {g.f(1, 9, 3)} s ({g.num(1000, 9000)} ms). Segmentstore size has increased since the last tail garbage "
          f"collection from {g.f(20, 40, 1)} GB ({g.num(20, 40) * 10 ** 9} bytes) to {g.f(40, 60, 1)} GB ({g.num(40, 60) * 10 ** 9} bytes), an increase of "
          f"{g.f(1, 20, 1)} GB or {g.num(5, 60)}%. This is greater than sizeDeltaEstimation=1.1 GB (1073741824 bytes), so running garbage collection",
          "gc_estimation_completed")
        L.tick(600)
        w("INFO", th, "org.apache.jackrabbit.oak.segment.file.FileStore", f"TarMK GC #{gc}: compaction succeeded in {g.f(300, 900, 3)} s "
          f"({g.num(300000, 900000)} ms), after 1 cycles", "gc_compaction_succeeded")
        L.tick(60)
        w("INFO", th, "org.apache.jackrabbit.oak.segment.file.FileStore", f"TarMK GC #{gc}: cleanup completed in {g.f(10, 90, 3)} s ({g.num(10000, 90000)} ms). "
          f"Post cleanup size is {g.f(20, 40, 1)} GB ({g.num(20, 40) * 10 ** 9} bytes) and space reclaimed {g.f(1, 20, 1)} GB ({g.num(1, 20) * 10 ** 9} bytes).",
          "gc_cleanup_completed")

    def deploy():
        st["build"] += 1
        v = f"2.{st['build']}.0"
        w("INFO", "OsgiInstallerImpl", "org.apache.sling.installer.core.impl.tasks.BundleUpdateTask",
          f"Bundle updated: de.stadt.web.core:{v} (ref: de.stadt.web.core-{v}.jar)", "bundle_updated")
        for bn, ev in [("de.stadt.web.core", "BundleEvent STOPPING"), ("de.stadt.web.core", "BundleEvent STOPPED"),
                       ("de.stadt.web.core", "BundleEvent UPDATED"), ("de.stadt.web.core", "BundleEvent RESOLVED"),
                       ("de.stadt.web.core", "BundleEvent STARTING"), ("de.stadt.web.core", "BundleEvent STARTED")]:
            w("INFO", "FelixDispatchQueue", bn, ev, "bundle_event")
        for svc in ["de.stadt.web.core.servlets.AbfallkalenderExportServlet", "de.stadt.web.core.servlets.SucheServlet",
                    "de.stadt.web.core.schedulers.VeranstaltungsImportJob", "de.stadt.web.core.filters.LoggingFilter"]:
            w("INFO", "FelixDispatchQueue", "de.stadt.web.core", f"Service [{svc},{g.num(9000, 20000)}, [{g.c(['javax.servlet.Servlet', 'java.lang.Runnable', 'javax.servlet.Filter'])}]] "
              "ServiceEvent REGISTERED", "service_event")
        w("INFO", "sling-threadpool-" + g.uuid() + "-1-Content Package Installer", "org.apache.jackrabbit.vault.packaging.impl.JcrPackageImpl",
          f"Extracting de.stadt.web:city.ui.apps:{v}", "package_extracting")
        w("INFO", "sling-threadpool-" + g.uuid() + "-1-Content Package Installer", "org.apache.jackrabbit.vault.packaging.impl.JcrPackageImpl",
          f"Extracting de.stadt.web:city.ui.apps:{v} completed.", "package_extracted")

    def import_job():
        th = "sling-default-" + str(g.num(1, 9)) + "-de.stadt.web.core.schedulers.VeranstaltungsImportJob"
        n = g.num(0, 40)
        w("INFO", th, "de.stadt.web.core.schedulers.VeranstaltungsImportJob", f"Import of events from https://termine.stadt.example/api/v2/events finished: "
          f"{n} new, {g.num(0, 200)} unchanged, {g.num(0, 5)} removed", "import_finished")
        if g.r.random() < 0.08:
            w("ERROR", th, "de.stadt.web.core.schedulers.VeranstaltungsImportJob", "Import of events failed: java.net.SocketTimeoutException: Read timed out",
              "import_failed")

    ev = [(26, traversal), (10, login), (9, asset), (9, replicate), (1.3, htl_error), (0.8, session_leak), (18, not_found), (0.05, cleanup),
          (0.12, deploy), (6, import_job)]
    fill(L, ev, N_LINES, 55)
    del L.rows[N_LINES:]
    return L


# 3 ---------------------------------------------------------------- AzCopy 10.27 (the Linux binary) copying an architecture firm's project share from its NAS to Azure Blob Storage
#   every night at 01:00 UTC (`azcopy copy /mnt/projekte https://archfirmbackup.blob.core.windows.net/projekte --recursive
#   --overwrite=ifSourceNewer`, signed in with a managed identity), the job logs from ~/.azcopy put in one file by the backup script: the
#   job's settings, "INFO: [P#0-T#12] Starting transfer" and "UPLOADSUCCESSFUL" lines, files skipped because the destination is newer,
#   files that cannot be read, the storage account throttling (503 Server Busy) with the request and response written out over many
#   lines, the concurrency tuner, PERF lines, the progress line every two seconds and the job summary
@checked
def log_azcopy(seed):
    L = Log("azcopy_job_logs", seed, "full", True, False, start=dt.datetime(2026, 11, 24, 1, 0, 1, tzinfo=UTC))
    g = L.g
    ACCT = "https://archfirmbackup.blob.core.windows.net/projekte"
    PROJ = ["2024-017_Kita-Sonnenhof", "2025-003_Wohnpark-Elbufer", "2025-021_Rathaus-Sanierung", "2026-008_Schule-Nord", "2026-014_Buero-Hafencity"]
    KIND = [("Plaene", "dwg"), ("Plaene", "pdf"), ("Fotos", "jpg"), ("Modelle", "rvt"), ("Korrespondenz", "msg"), ("Kosten", "xlsx"), ("Renderings", "png")]

    def w(msg, ev, lv=None):
        ms_(L, 0, 40)
        L.emit(f"{L.t:%Y/%m/%d %H:%M:%S} {msg}", ev, lv)

    def o(text, ev, lv=None):
        L.emit(text, ev, lv, None, None)

    def path():
        p, (d, ext) = g.c(PROJ), g.c(KIND)
        name = g.c(["Grundriss_EG", "Schnitt_A-A", "Ansicht_Sued", "Detail_Attika", "Baustelle", "Besprechung", "Kostenschaetzung", "Entwurf_V"])
        return f"{p}/{d}/{name}_{g.num(1, 99):02d}.{ext}"

    def job():
        jid = g.uuid()
        t0 = L.t
        w("AzcopyVersion  10.27.1", "version")
        w("OS-Environment  linux", "os_env")
        w("OS-Architecture  amd64", "os_arch")
        w(f"Log times are in UTC. Local time is {L.t.day} {L.t:%b %Y} {(L.t + dt.timedelta(hours=1)):%H:%M:%S}", "log_times_utc")
        w(f"ISO 8601 START TIME: to copy files that changed before or after this job started, use the parameter --include-before="
          f"{L.t - dt.timedelta(seconds=5):%Y-%m-%dT%H:%M:%S}Z or --include-after={L.t - dt.timedelta(seconds=5):%Y-%m-%dT%H:%M:%S}Z", "iso_start_time")
        w("Authenticating to destination using Azure AD", "auth_aad")
        w("Any empty folders will not be processed, because source and/or destination doesn't have full folder support", "empty_folders")
        w(f"Job-Command copy /mnt/projekte {ACCT} --recursive --overwrite=ifSourceNewer --log-level=INFO", "job_command")
        w("Number of CPUs: 4", "cpus")
        w("Max file buffer RAM 2.000 GB", "buffer_ram")
        w("Max concurrent network operations: 32 (Based on number of CPUs. Set AZCOPY_CONCURRENCY_VALUE environment variable to override)", "max_concurrent")
        w("Check CPU usage when dynamically tuning concurrency: true (Based on hard-coded default. Set AZCOPY_TUNE_TO_CPU environment variable to override)",
          "check_cpu")
        w("Max open files when downloading: 1048320 (auto-computed)", "max_open_files")
        w("Final job part has been created", "final_part")
        total = g.num(25, 90)
        w("Trying 4 concurrent connections (initial starting point)", "tuner_trying")
        done = failed = skipped = 0
        byts = 0
        tuner = [(16, "seeking optimum"), (32, "seeking optimum"), (64, "seeking optimum"), (32, "at optimum")]
        k = 0
        for i in range(total):
            L.tick(2)
            p = path()
            x = g.r.random()
            if x < 0.22:
                skipped += 1
                w(f"INFO: [P#0-T#{i}] Skipping transfer: Source \"/mnt/projekte/{p}\" Destination \"{ACCT}/{p}\" because the destination is newer",
                  "skip_newer", "INFO")
                continue
            if x < 0.25:
                failed += 1
                w(f"ERR: [P#0-T#{i}] UPLOADFAILED: /mnt/projekte/{p} : 000 : open /mnt/projekte/{p}: permission denied", "upload_failed_open", "ERR")
                o(f"   Dst: {ACCT}/{p}", "upload_failed_dst", "ERR")
                continue
            w(f"INFO: [P#0-T#{i}] Starting transfer: Source \"/mnt/projekte/{p}\" Destination \"{ACCT}/{p}\". Specified chunk size 8388608",
              "starting_transfer", "INFO")
            if g.r.random() < 0.08:
                L.tick(1)
                w(f"==> REQUEST/RESPONSE (Try=1/{g.f(20, 300, 1)}ms, OpTime={g.f(100, 900, 1)}ms) -- RESPONSE STATUS CODE ERROR", "reqresp_head")
                o(f"   PUT {ACCT}/{p}?blockid={g.alnum(44, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}%3D%3D&comp=block", "reqresp_request_line")
                for k2, v in [("Accept", "application/xml"), ("Authorization", "REDACTED"), ("Content-Length", "8388608"),
                              ("User-Agent", "AzCopy/10.27.1 azsdk-go-azblob/v1.4.0 (go1.22.5; linux)"), ("X-Ms-Client-Request-Id", g.uuid()),
                              ("x-ms-version", "2023-08-03")]:
                    o(f"   {k2}: [{v}]", "reqresp_header")
                o("   --------------------------------------------------------------------------------", "reqresp_rule")
                o("   RESPONSE Status: 503 The server is busy.", "reqresp_status")
                for k2, v in [("Content-Length", "199"), ("Content-Type", "application/xml"), ("Date", f"{L.t:%a, %d %b %Y %H:%M:%S} GMT"),
                              ("Server", "Windows-Azure-Blob/1.0 Microsoft-HTTPAPI/2.0"), ("X-Ms-Client-Request-Id", g.uuid()),
                              ("X-Ms-Error-Code", "ServerBusy"), ("X-Ms-Request-Id", g.uuid()), ("X-Ms-Version", "2023-08-03")]:
                    o(f"   {k2}: [{v}]", "reqresp_header")
                o("", "empty")
            L.tick(3)
            w(f"INFO: [P#0-T#{i}] UPLOADSUCCESSFUL: {ACCT}/{p}", "upload_successful", "INFO")
            done += 1
            byts += g.num(20000, 400000000)
            if i % 6 == 5:
                w(f"{100.0 * (done + failed + skipped) / total:.1f} %, {done} Done, {failed} Failed, {total - done - failed - skipped} Pending, {skipped} Skipped, "
                  f"{total} Total, 2-sec Throughput (Mb/s): {g.f(20, 480, 4)}", "progress")
            if i % 10 == 9 and k < len(tuner):
                n, why = tuner[k]
                k += 1
                w(f"Trying {n} concurrent connections ({why})", "tuner_trying")
            if i % 15 == 14:
                w(f"PERF: primary performance constraint is {g.c(['Unknown', 'Disk', 'Service'])}. States: X:  0, O:  0, M:  0, L:  0, R:  {g.num(0, 2)}, "
                  f"D:  0, W: {g.num(0, 40):>2}, F:  0, B: {g.num(0, 32):>2}, E:  0, T: {g.num(10, 70):>2}, GRs: {g.c([32, 64])}", "perf")
        L.tick(2)
        w(f"JobID={jid}, Part#=0, TransfersDone={done + failed + skipped} of {total}", "transfers_done")
        w(f"all parts of entire Job {jid} successfully completed, cancelled or paused", "all_parts")
        w("is part of Job which 1 total number of parts done ", "parts_done")
        w("Diagnostic stats:", "diag_stats")
        o(f"IOPS: {g.num(1, 30)}", "diag_iops")
        o(f"End-to-end ms per request: {g.num(20, 900)}", "diag_e2e")
        o(f"Network Errors: {g.f(0, 0.5, 2)}%", "diag_net_errors")
        o(f"Server Busy: {g.f(0, 3, 2)}%", "diag_server_busy")
        o("", "empty")
        o("", "empty")
        o(f"Job {jid} summary", "sum_job")
        o(f"Elapsed Time (Minutes): {(L.t - t0).total_seconds() / 60:.4f}", "sum_elapsed")
        o(f"Number of File Transfers: {total}", "sum_file_transfers")
        o("Number of Folder Property Transfers: 0", "sum_folder_property")
        o("Number of Symlink Transfers: 0", "sum_symlink")
        o(f"Total Number of Transfers: {total}", "sum_total")
        o(f"Number of File Transfers Completed: {done}", "sum_completed")
        o("Number of Folder Transfers Completed: 0", "sum_folder_completed")
        o(f"Number of File Transfers Failed: {failed}", "sum_failed")
        o("Number of Folder Transfers Failed: 0", "sum_folder_failed")
        o(f"Number of File Transfers Skipped: {skipped}", "sum_skipped")
        o("Number of Folder Transfers Skipped: 0", "sum_folder_skipped")
        o(f"Total Number of Bytes Transferred: {byts}", "sum_bytes")
        o(f"Final Job Status: {'CompletedWithErrors' if failed else 'Completed'}", "sum_status")
        o("", "empty")
        w("Closing Log", "closing_log")

    while len(L.rows) < N_LINES:
        job()
        L.t = L.t.replace(hour=1, minute=0, second=1) + dt.timedelta(days=1)
    del L.rows[N_LINES:]
    carry_time(L, own_time)
    return L


# 4 ---------------------------------------------------------------- Backstage (a developer portal built on @backstage/backend-defaults 0.5, Node.js 20) of a logistics company,
#   running as a Deployment in Kubernetes and read with `kubectl logs deploy/backstage -n portal --since=24h`: the production JSON lines of
#   winston ({"level":"info","message":"...","plugin":"catalog","service":"backstage","type":"plugin","timestamp":"2026-12-01T10:00:00.123Z"},
#   the message first and the timestamp last, as Backstage writes them): the incoming request log, the GitHub entity provider's refreshes,
#   catalog locations that cannot be read, the search collators, TechDocs builds, Scaffolder tasks, sign-ins that cannot be resolved, the
#   Kubernetes plugin's cluster errors and a restart with its start-up lines
@checked
def log_backstage(seed):
    L = Log("backstage_kubectl_logs", seed, "full", True, True, start=dt.datetime(2026, 11, 30, 10, 0, 0, tzinfo=UTC))
    g = L.g
    COMPS = ["shipment-api", "tracking-web", "route-optimizer", "billing-service", "driver-app", "warehouse-scanner", "customs-gateway", "pricing-engine",
             "notification-hub", "label-printer-bridge"]
    USERS = ["j.meier", "a.okafor", "p.nowak", "l.rossi", "s.yilmaz", "m.schmidt", "k.tanaka"]
    CLUSTERS = ["aks-prod-weu", "aks-stage-weu", "eks-prod-use1"]

    def ts():
        return f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z"

    def w(lv, msg, ev, plugin=None, **kv):
        ms_(L, 0, 30)
        d = {"level": lv, "message": msg}
        if plugin:
            d["plugin"] = plugin
        d["service"] = "backstage"
        d.update(kv)
        if "type" not in d:
            d["type"] = "plugin" if plugin else "rootHttpRouter"
        d["timestamp"] = ts()
        L.emit(jdump(d), ev, lv, plugin)

    def request():
        ip = f"::ffff:10.244.{g.num(0, 7)}.{g.num(2, 250)}"
        x = g.r.random()
        if x < 0.35:
            path, st_ = f"/api/catalog/entities/by-name/component/default/{g.c(COMPS)}", g.c([200] * 9 + [404])
        elif x < 0.55:
            path, st_ = "/api/catalog/entities/by-query?filter=kind%3Dcomponent&limit=20&orderField=metadata.name%2Casc", 200
        elif x < 0.7:
            path, st_ = f"/api/search/query?term={g.c(['shipment', 'billing', 'kafka', 'oncall', 'label'])}&types%5B0%5D=software-catalog", 200
        elif x < 0.8:
            path, st_ = f"/api/techdocs/static/docs/default/component/{g.c(COMPS)}/index.html", g.c([200, 200, 304, 404])
        elif x < 0.9:
            path, st_ = f"/api/kubernetes/services/{g.c(COMPS)}", g.c([200, 200, 200, 500])
        else:
            path, st_ = "/api/auth/github/refresh?optional&env=production", g.c([200, 200, 401])
        method = "POST" if "kubernetes" in path else "GET"
        ref = "https://portal.logistik.example/catalog" if g.r.random() < 0.8 else "-"
        w("info", f"{ip} - - [{L.t:%d/%b/%Y:%H:%M:%S} +0000] \"{method} {path} HTTP/1.1\" {st_} {g.c(['-', str(g.num(200, 90000))])} \"{ref}\" "
          f"\"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36\"", "incoming_request",
          type="incomingRequest")

    def github_refresh():
        task = "GithubEntityProvider:logistik-example:refresh"
        tid = g.uuid()
        n = g.num(140, 160)
        w("info", "Reading GitHub repositories from https://github.com/logistik-example", "github_reading", "catalog", target="https://github.com/logistik-example",
          taskId=task, taskInstanceId=tid)
        w("info", f"Read {n} GitHub repositories ({n - g.num(0, 20)} matching the pattern)", "github_read", "catalog", target="https://github.com/logistik-example",
          taskId=task, taskInstanceId=tid)
        w("info", f"Committed {n} locations for GithubEntityProvider:logistik-example", "github_committed", "catalog", taskId=task, taskInstanceId=tid)

    def unreadable():
        repo = g.c(["legacy-edi", "old-tracking", "sandbox-" + g.c(USERS).split(".")[1], "poc-drone-delivery"])
        loc = f"url:https://github.com/logistik-example/{repo}/blob/main/catalog-info.yaml"
        if g.r.random() < 0.8:
            w("warn", f"Unable to read {loc}, NotFoundError: could not read https://github.com/logistik-example/{repo}/blob/main/catalog-info.yaml, 404 Not Found",
              "unable_to_read_location", "catalog", entity=f"location:default/generated-{g.hx(40)}", location=loc)
        else:
            ent = f"component:default/{repo}"
            w("warn", f"Processor BuiltinKindsEntityProcessor threw an error while validating the entity {ent}; caused by TypeError: /spec/owner must be string",
              "processor_validation_error", "catalog", entity=ent, location=loc)

    def collate():
        dt_ = g.c(["software-catalog", "techdocs", "tools"])
        fac = {"software-catalog": "DefaultCatalogCollatorFactory", "techdocs": "DefaultTechDocsCollatorFactory", "tools": "ToolDocumentCollatorFactory"}[dt_]
        task = f"search_index_{dt_.replace('-', '_')}"
        w("info", f"Collating documents for {dt_} via {fac}", "collating", "search", documentType=dt_, taskId=task, taskInstanceId=g.uuid())
        L.tick(4)
        w("info", f"Collating documents for {dt_} succeeded", "collating_succeeded", "search", documentType=dt_, taskId=task, taskInstanceId=g.uuid())

    def techdocs():
        c = g.c(COMPS)
        ent = f"component:default/{c}"
        w("info", f"Step 1 of 3: Preparing docs for entity {ent}", "techdocs_step1", "techdocs")
        if g.r.random() < 0.5:
            w("info", f"Prepared docs for entity {ent} with etag {g.hx(40)}", "techdocs_prepared", "techdocs")
        w("info", f"Step 2 of 3: Generating docs for entity {ent}", "techdocs_step2", "techdocs")
        if g.r.random() < 0.12:
            w("error", f"Failed to build the docs page for entity {ent}: Failed to generate docs from /tmp/backstage-{g.alnum(6)} into /tmp/techdocs-tmp-{g.alnum(6)}; "
              f"caused by Error: Command mkdocs failed, exit code: 1", "techdocs_failed", "techdocs")
            return
        w("info", f"Step 3 of 3: Publishing docs for entity {ent}", "techdocs_step3", "techdocs")
        w("info", f"Successfully generated docs for {ent}", "techdocs_generated", "techdocs")

    def scaffolder():
        tid = g.uuid()
        tpl = g.c(["spring-boot-service", "react-frontend", "kafka-consumer", "terraform-module"])
        name = g.c(["parcel-", "hub-", "depot-", "fleet-"]) + g.c(["events", "router", "scanner", "reports"])
        w("info", f"Starting task {tid} with template:default/{tpl}", "scaffolder_starting", "scaffolder", taskId=tid)
        for sid, sname in [("fetch-base", "Fetch Base"), ("publish", "Publish"), ("register", "Register")]:
            w("info", f"Beginning step {sname}", "scaffolder_step_begin", "scaffolder", taskId=tid, stepId=sid)
            if sid == "publish" and g.r.random() < 0.15:
                w("error", f"Error: Failed to create repository logistik-example/{name}: Repository creation failed. name already exists on this account",
                  "scaffolder_step_error", "scaffolder", taskId=tid, stepId=sid)
                w("info", f"Task {tid} failed", "scaffolder_task_failed", "scaffolder", taskId=tid)
                return
            w("info", f"Finished step {sname}", "scaffolder_step_finished", "scaffolder", taskId=tid, stepId=sid)
        w("info", f"Task {tid} completed", "scaffolder_task_completed", "scaffolder", taskId=tid)

    def signin():
        u = g.c(["ext-" + g.alnum(5), "contractor-" + g.alnum(4), g.c(USERS).replace(".", "-")])
        w("error", "Authentication failed, Failed to sign-in, unable to resolve user identity. Please verify that your catalog contains the expected User "
          "entities that would match your configured sign-in resolver.", "signin_unresolved", "auth")
        if g.r.random() < 0.5:
            w("info", f"Sign-in attempt with GitHub login {u} rejected", "signin_rejected", "auth")

    def k8s():
        cl = g.c(CLUSTERS)
        if g.r.random() < 0.7:
            w("warn", f"Received 403 status code while fetching resources from cluster {cl}: pods is forbidden: User \"system:serviceaccount:portal:backstage\" "
              f"cannot list resource \"pods\" in API group \"\" at the cluster scope", "k8s_403", "kubernetes")
        else:
            w("error", f"action=retrieveObjectsByServiceId service={g.c(COMPS)}, error=FetchError: request to https://{cl}.hcp.westeurope.azmk8s.io:443/api/v1/pods "
              f"failed, reason: connect ETIMEDOUT", "k8s_fetch_error", "kubernetes")

    def restart():
        w("info", "Loaded config from app-config.yaml, app-config.production.yaml, env", "loaded_config", None, type="config")
        w("info", f"Found {g.num(6, 9)} new secrets in config that will be redacted", "secrets_redacted", None, type="config")
        w("info", "Plugin initialization started: 'app', 'proxy', 'scaffolder', 'techdocs', 'auth', 'catalog', 'permission', 'search', 'kubernetes', "
          "'notifications', 'signals'", "plugin_init_started", None, type="initialization")
        for p in ["catalog", "scaffolder", "search"]:
            w("info", "Performing database migration", "db_migration", p)
        w("info", "Configuring auth provider: github", "auth_provider", "auth")
        w("info", "Configuring auth provider: microsoft", "auth_provider", "auth")
        w("info", "Added DefaultCatalogCollatorFactory collator factory for type software-catalog", "search_collator_added", "search")
        w("info", "Added DefaultTechDocsCollatorFactory collator factory for type techdocs", "search_collator_added", "search")
        w("info", "Creating Local publisher for TechDocs", "techdocs_local_publisher", "techdocs")
        w("info", "Starting scaffolder with the following actions enabled fetch:plain, fetch:plain:file, fetch:template, fetch:template:file, "
          "publish:github, publish:github:pull-request, catalog:register, catalog:fetch, catalog:write, debug:log, debug:wait", "scaffolder_actions", "scaffolder")
        w("info", "Plugin initialization complete, newly initialized: 'app', 'proxy', 'scaffolder', 'techdocs', 'auth', 'catalog', 'permission', 'search', "
          "'kubernetes', 'notifications', 'signals'", "plugin_init_complete", None, type="initialization")
        w("info", "Listening on :7007", "listening", None)

    restart()
    ev = [(60, request), (5, github_refresh), (4, unreadable), (3, collate), (3, techdocs), (1.2, scaffolder), (1.5, signin), (2.5, k8s), (0.08, restart)]
    fill(L, ev, N_LINES, 40)
    del L.rows[N_LINES:]
    return L


# 5 ---------------------------------------------------------------- Bochs 2.7 (the Debian package, the X11 GUI) emulating the PC on which a student tests the hobby kernel of an
#   operating-systems course: bochsout.txt of one long session with reset_on_triple_fault, written as "00015218542e[CPU0  ] message" (the
#   emulated tick count, eleven digits, then the level letter and the module in brackets, six wide). The configuration banner, the plugins'
#   init lines, the CPUID dump, the BIOS' and VGA BIOS' boot lines after every reset, then the kernel's faults: invalid gate descriptors,
#   bad segment loads, HLT with interrupts off, the CPU state dump of a triple fault ("| EAX=..." register lines), the hardware reset; at
#   the end the GUI's power button. There is no time (the tick count is not one; the CMOS clock's start time is a value)
@checked
def log_bochs(seed):
    L = Log("bochs_bochsout", seed, None, True, True)
    g = L.g
    st = {"t": 0}

    def w(lv, mod, msg, ev, adv=(0, 0)):
        st["t"] += g.num(*adv)
        L.emit(f"{st['t']:011d}{lv}[{mod:<6}] {msg}", ev, lv, mod or None, None)

    def banner():
        i = "i"
        w(i, "", "Bochs x86 Emulator 2.7", "banner_version")
        w(i, "", "  Built from SVN snapshot on August  1, 2021", "banner_built")
        w(i, "", "  Timestamp: Sun Aug  1 10:07:00 CEST 2021", "banner_timestamp")
        w(i, "", "System configuration", "cfg_section:system")
        w(i, "", "  processors: 1 (cores=1, HT threads=1)", "cfg_processors")
        w(i, "", "  A20 line support: yes", "cfg:A20 line support")
        w(i, "", "IPS is set to 50000000", "cfg_ips")
        w(i, "", "CPU configuration", "cfg_section:cpu")
        for k, v in [("SMP support", "no"), ("Using pre-defined CPU configuration", "corei7_sandy_bridge_2600k")]:
            w(i, "", f"  {k}: {v}", "cfg:" + k)
        w(i, "", "Optimization configuration", "cfg_section:optimization")
        for k, v in [("RepeatSpeedups support", "yes"), ("Fast function calls", "yes"), ("Handlers Chaining speedups", "no")]:
            w(i, "", f"  {k}: {v}", "cfg:" + k)
        w(i, "", "Devices configuration", "cfg_section:devices")
        for k, v in [("PCI support", "i440FX i430FX i440BX"), ("Networking support", "NE2000 E1000"), ("Sound support", "SB16 ES1370"),
                     ("USB support", "UHCI OHCI EHCI xHCI"), ("VGA extension support", "vbe cirrus voodoo")]:
            w(i, "", f"  {k}: {v}", "cfg:" + k)
        w(i, "MEM0", f"allocated memory at 0x7f{g.hx(10)}. after alignment, vector=0x7f{g.hx(7)}000", "mem_allocated")
        w(i, "MEM0", "128.00MB", "mem_size")
        w(i, "MEM0", "mem block size = 0x00020000, blocks=1024", "mem_blocks")
        w(i, "MEM0", "rom at 0xfffe0000/131072 ('/usr/share/bochs/BIOS-bochs-latest')", "mem_rom")
        for dev, extra in [("pci", [("DEV", "i440FX PMC present at device 0, function 0")]),
                           ("pci2isa", [("DEV", "PIIX3 PCI-to-ISA bridge present at device 1, function 0")]),
                           ("cmos", [("CMOS", "Using local time for initial clock"),
                                     ("CMOS", "Setting initial clock to: Tue Dec  1 14:05:11 2026 (time0=1764597911)")]),
                           ("dma", [("DMA", "channel 4 used by cascade")]), ("pic", []), ("pit", []),
                           ("vga", [("MEM0", "Register memory access handlers: 0x0000000a0000 - 0x0000000bffff"), ("VGA", "interval=200000, mode=realtime"),
                                    ("VGA", "VSYNC using standard mode"), ("MEM0", "Register memory access handlers: 0x0000e0000000 - 0x0000e0ffffff"),
                                    ("BXVGA", "VBE Bochs Display Extension Enabled"), ("XGUI", "test_alloc_colors: 16 colors available out of 16 colors tried"),
                                    ("XGUI", "font 8 wide x 16 high, display depth = 24"),
                                    ("MEM0", "rom at 0xc0000/41984 ('/usr/share/bochs/VGABIOS-lgpl-latest')")]),
                           ("floppy", [("DMA", "channel 2 used by Floppy Drive"), ("FLOPPY", "fd0: 'build/os.img' ro=0, h=2,t=80,spt=18"),
                                       ("FLOPPY", "Using boot sequence floppy, disk, none"), ("FLOPPY", "Floppy boot signature check is enabled")]),
                           ("acpi", [("DEV", "ACPI Controller present at device 1, function 3")]),
                           ("hpet", [("HPET", "initializing HPET"), ("MEM0", "Register memory access handlers: 0x0000fed00000 - 0x0000fed003ff")]),
                           ("ioapic", [("IOAPIC", "initializing I/O APIC"), ("MEM0", "Register memory access handlers: 0x0000fec00000 - 0x0000fec00fff"),
                                       ("IOAPIC", "IOAPIC enabled (base address = 0xfec00000)")]),
                           ("keyboard", [("KBD", "will paste characters every 400 keyboard ticks")]),
                           ("harddrv", [("HD", "HD on ata0-0: 'build/disk.img', 'flat' mode"), ("IMG", "hd_size: 10321920"),
                                        ("HD", "ata0-0: using specified geometry: CHS=20/16/63 (sector size=512)"), ("HD", "translation on ata0-0 set to 'none'")]),
                           ("pci_ide", [("DEV", "PIIX3 PCI IDE controller present at device 1, function 1")]), ("unmapped", []), ("biosdev", []),
                           ("speaker", [("PCSPK", "Using /dev/console for output")]), ("extfpuirq", []),
                           ("parallel", [("PAR", "parallel port 1 at 0x0378 irq 7")]),
                           ("serial", [("SER", "com1 at 0x03f8 irq 4 (mode: file)")]), ("iodebug", []),
                           ("usb_uhci", [("DEV", "USB UHCI present at device 1, function 2"), ("UHCI", "USB UHCI initialized")])]:
            w(i, "PLUGIN", f"init_dev of '{dev}' plugin device by virtual method", "plugin_init_dev")
            for mod, msg in extra:
                key = {"DEV": "dev_present", "MEM0": "mem_handlers" if "handlers" in msg else "mem_rom"}.get(mod, "init:" + mod + ":" + msg.split()[0])
                w(i, mod, msg, key)
        for dev in ["pci", "pci2isa", "cmos", "dma", "pic", "pit", "vga", "floppy", "acpi", "hpet", "ioapic", "keyboard", "harddrv", "pci_ide", "unmapped",
                    "biosdev", "speaker", "extfpuirq", "parallel", "serial", "iodebug", "usb_uhci"]:
            w(i, "PLUGIN", f"register state of '{dev}' plugin device by virtual method", "plugin_register_state")

    def cpuid():
        for leaf, regs in [("0x00000000", "0000000d 756e6547 6c65746e 49656e69"), ("0x00000001", "000206a7 00010800 1fbae3ff bfebfbff"),
                           ("0x00000002", "76035a01 00f0b0ff 00000000 00ca0000"), ("0x00000003", "00000000 00000000 00000000 00000000"),
                           ("0x00000004", "00000000 00000000 00000000 00000000"), ("0x00000005", "00000040 00000040 00000003 00001120"),
                           ("0x00000006", "00000077 00000002 00000009 00000000"), ("0x00000007", "00000000 00000000 00000000 00000000"),
                           ("0x0000000D", "00000007 00000340 00000340 00000000"), ("0x80000000", "80000008 00000000 00000000 00000000"),
                           ("0x80000001", "00000000 00000000 00000001 28100000"), ("0x80000002", "20202020 49202020 6c65746e 20295228"),
                           ("0x80000008", "00003028 00000000 00000000 00000000")]:
            w("i", "CPU0", f"CPUID[{leaf}]: {regs}", "cpuid")

    def reset(first=False):
        w("i", "SYS", "bx_pc_system_c::Reset(HARDWARE) called", "sys_reset")
        w("i", "CPU0", "cpu hardware reset", "cpu_hw_reset")
        w("i", "APIC0", "allocate APIC id=0 (MMIO enabled) to 0x0000fee00000", "apic_allocate")
        w("i", "CPU0", "CPU[0] is the bootstrap processor", "cpu_bsp")
        if first:
            cpuid()
        for dev in ["pci", "pci2isa", "cmos", "dma", "pic", "pit", "vga", "floppy", "acpi", "hpet", "ioapic", "keyboard", "harddrv", "pci_ide",
                    "unmapped", "biosdev", "speaker", "extfpuirq", "parallel", "serial", "iodebug", "usb_uhci"]:
            w("i", "PLUGIN", f"reset of '{dev}' plugin device by virtual method", "plugin_reset")
        if first:
            w("i", "", "Using debugger log file bochs-dbg.log", "debugger_log_file")
            w("i", "XGUI", "[x] Mouse off", "xgui_mouse_off")
        w("i", "BIOS", "$Revision: 14314 $ $Date: 2021-07-14 18:10:19 +0200 (Mi, 14. Jul 2021) $", "bios_revision", (4600, 4700))
        w("i", "KBD", "reset-disable command received", "kbd_reset_disable", (300000, 320000))
        w("i", "BIOS", "Starting rombios32", "bios_rombios32", (2000, 3000))
        w("i", "BIOS", "Shutdown flag 0", "bios_shutdown_flag", (400, 600))
        w("i", "BIOS", "ram_size=0x08000000", "bios_ram_size", (400, 600))
        w("i", "BIOS", "ram_end=128MB", "bios_ram_end", (400, 600))
        w("i", "BIOS", "Found 1 cpu(s)", "bios_found_cpus", (40000, 42000))
        w("i", "BIOS", "bios_table_addr: 0x000f9db8 end=0x000fcc00", "bios_table_addr", (14000, 15000))
        w("i", "PCI", "i440FX PMC write to PAM register 59 (TLB Flush)", "pci_pam_flush", (300000, 330000))
        w("i", "BIOS", "PCI: bus=0 devfn=0x00: vendor_id=0x8086 device_id=0x1237 class=0x0600", "bios_pci_dev", (1000, 2000))
        w("i", "BIOS", "PCI: bus=0 devfn=0x08: vendor_id=0x8086 device_id=0x7000 class=0x0601", "bios_pci_dev", (1000, 2000))
        w("i", "BIOS", "PCI: bus=0 devfn=0x09: vendor_id=0x8086 device_id=0x7010 class=0x0101", "bios_pci_dev", (1000, 2000))
        w("i", "PIIX3", "new IRQ routing: PIRQA# set to 0x0b", "piix3_pirq", (1000, 2000))
        w("i", "BIOS", "region 4: 0x0000c000", "bios_region", (500, 900))
        w("i", "BIOS", "PCI: bus=0 devfn=0x0b: vendor_id=0x8086 device_id=0x7113 class=0x0680", "bios_pci_dev", (1000, 2000))
        w("i", "ACPI", "new IRQ line = 11", "acpi_irq_line", (1000, 2000))
        w("i", "ACPI", "new PM base address: 0xb000", "acpi_pm_base", (100, 200))
        w("i", "ACPI", "new SM base address: 0xb100", "acpi_sm_base", (100, 200))
        w("i", "PCI", "setting SMRAM control register to 0x4a", "pci_smram", (100, 200))
        w("i", "CPU0", "Enter to System Management Mode", "cpu_enter_smm", (100000, 200000))
        w("i", "CPU0", "RSM: Resuming from System Management Mode", "cpu_rsm", (30, 60))
        w("i", "PCI", "setting SMRAM control register to 0x0a", "pci_smram", (20, 40))
        w("i", "BIOS", "MP table addr=0x000f9e90 MPC table addr=0x000f9dc0 size=0xc8", "bios_mp_table", (4000, 6000))
        w("i", "BIOS", "SMBIOS table addr=0x000f9ea0", "bios_smbios", (100, 200))
        w("i", "BIOS", "ACPI tables: RSDP addr=0x000f9fd0 ACPI DATA addr=0x07ff0000 size=0xff8", "bios_acpi_tables", (2000, 3000))
        w("i", "BIOS", "Firmware waking vector 0x7ff00cc", "bios_waking_vector", (400, 600))
        w("i", "PCI", "i440FX PMC write to PAM register 59 (TLB Flush)", "pci_pam_flush", (10000, 20000))
        w("i", "BIOS", "bios_table_cur_addr: 0x000f9fe4", "bios_table_cur_addr", (600, 900))
        w("i", "VBIOS", "VGABios $Id: vgabios.c,v 1.76 2013/02/10 08:07:03 vruppert Exp $", "vgabios_id", (1200000, 1300000))
        w("i", "BXVGA", "VBE known Display Interface b0c0", "bxvga_vbe_known", (100, 200))
        w("i", "BXVGA", "VBE known Display Interface b0c5", "bxvga_vbe_known", (200, 400))
        w("i", "VBIOS", "VBE Bios $Id: vbe.c,v 1.65 2014/07/08 18:02:25 vruppert Exp $", "vbe_id", (2000, 4000))
        w("i", "BIOS", "ata0-0: PCHS=20/16/63 translation=none LCHS=20/16/63", "bios_ata_geometry", (2000000, 2300000))
        w("i", "BIOS", "ata0 master: Generic 1234 ATA-6 Hard-Disk (   9 MBytes)", "bios_ata_master", (3000, 5000))
        w("i", "BIOS", "IDE time out", "bios_ide_timeout", (10000000, 12000000))
        w("i", "BIOS", "Booting from 0000:7c00", "bios_booting", (200000, 400000))

    def dump(reason_ev, reason):
        w("e", "CPU0", reason, reason_ev, (100000, 900000000))
        w("i", "CPU0", "CPU is in protected mode (active)", "dump_mode")
        w("i", "CPU0", "CS.mode = 32 bit", "dump_cs_mode")
        w("i", "CPU0", "SS.mode = 32 bit", "dump_ss_mode")
        w("i", "CPU0", "EFER   = 0x00000000", "dump_efer")
        w("i", "CPU0", f"| EAX={g.hx(8)}  EBX={g.hx(8)}  ECX={g.hx(8)}  EDX={g.hx(8)}", "dump_regs_a")
        w("i", "CPU0", f"| ESP=0010{g.hx(4)}  EBP=0010{g.hx(4)}  ESI={g.hx(8)}  EDI={g.hx(8)}", "dump_regs_s")
        w("i", "CPU0", f"| IOPL=0 id vip vif ac vm RF nt of df {g.c(['if', 'IF'])} tf sf {g.c(['zf', 'ZF'])} af {g.c(['pf', 'PF'])} cf", "dump_flags")
        w("i", "CPU0", "| SEG sltr(index|ti|rpl)     base    limit G D", "dump_seg_head")
        for seg, sel in [("CS", "0008( 0001| 0|  0)"), ("DS", "0010( 0002| 0|  0)"), ("SS", "0010( 0002| 0|  0)"), ("ES", "0010( 0002| 0|  0)"),
                         ("FS", "0010( 0002| 0|  0)"), ("GS", "0010( 0002| 0|  0)")]:
            w("i", "CPU0", f"|  {seg}:{sel} 00000000 ffffffff 1 1", "dump_seg")
        w("i", "CPU0", f"| EIP=001{g.hx(5)} (001{g.hx(5)})", "dump_eip")
        w("i", "CPU0", f"| CR0=0x{g.c(['60000011', 'e0000011'])} CR2=0x{g.c(['00000000', 'c0' + g.hx(6)])}", "dump_cr0")
        w("i", "CPU0", f"| CR3=0x00{g.hx(3)}000 CR4=0x00000010", "dump_cr3")
        w("i", "CPU0", f"0x00000000001{g.hx(5)}>> {g.c(['iret  : CF', 'mov eax, dword ptr ds:[eax] : 8B00', 'jmp .-2 (0x0010a1f3) : EBFE', 'lidt ds:0x00104020 : 0F011D20401000', 'int 0x80 : CD80'])}",
          "dump_instruction")
        w("e", "CPU0", "exception(): 3rd (13) exception with no resolution, shutdown status is 00h, resetting", "triple_fault")

    def run_kernel():
        for _ in range(g.num(0, 6)):
            x = g.r.random()
            if x < 0.35:
                v = g.c(["0x0d", "0x0e", "0x08", "0x20", "0x21", "0x80"])
                w("e", "CPU0", f"interrupt(): gate descriptor is not valid sys seg (vector={v})", "gate_not_valid", (1000, 90000000))
            elif x < 0.5:
                w("e", "CPU0", f"fetch_raw_descriptor: GDT: index ({g.hx(1)}{g.c(['7', 'f'])}) {g.hx(1)} > limit ({g.c(['17', '27', '0'])})", "fetch_raw_descriptor",
                  (1000, 90000000))
            elif x < 0.62:
                seg = g.c(["DS", "SS", "ES", "FS", "GS"])
                w("e", "CPU0", f"load_seg_reg({seg}, 0x{g.c(['0010', '0018', '0023', '002b'])}): invalid segment", "load_seg_reg_invalid", (1000, 90000000))
            elif x < 0.72:
                w("e", "CPU0", f"check_cs(0x{g.c(['0008', '0010', '001b'])}): not a valid code segment !", "check_cs", (1000, 90000000))
            elif x < 0.84:
                w("i", "CPU0", "WARNING: HLT instruction with IF=0!", "hlt_if0", (1000, 900000000))
            elif x < 0.9:
                w("e", "CPU0", f"RDMSR: Unknown register {g.c(['0x1b', '0xc0000080', '0x277', '0x3a'])}", "rdmsr_unknown", (1000, 90000000))
            elif x < 0.95:
                w("i", "KBD", "kbd_ctrl_to_kbd(): got value of 0xf4", "kbd_ctrl_to_kbd", (1000, 90000000))
            else:
                w("e", "PIT", "unsupported PIT mode 3 for counter 2", "pit_unsupported", (1000, 90000000))
        r = g.r.random()
        if r < 0.55:
            dump("gate_not_valid", f"interrupt(): gate descriptor is not valid sys seg (vector={g.c(['0x08', '0x0d', '0x0e'])})")
        elif r < 0.8:
            dump("iret_cs_null", "iret: return CS selector null")
        else:
            dump("check_cs", f"check_cs(0x{g.c(['0008', '0010'])}): not a valid code segment !")

    banner()
    reset(first=True)
    while len(L.rows) < N_LINES - 5:
        run_kernel()
        reset()
    del L.rows[N_LINES - 5:]
    w("p", "XGUI", ">>PANIC<< POWER button turned off.", "power_off", (9000000, 900000000))
    w("i", "CPU0", "CPU is in protected mode (active)", "dump_mode")
    secs = st["t"] // 50000000
    w("i", "CMOS", f"Last time is {1764597911 + secs} ({ctime(dt.datetime(2026, 12, 1, 14, 5, 11, tzinfo=UTC) + dt.timedelta(seconds=secs))})", "cmos_last_time")
    w("i", "XGUI", "Exit", "xgui_exit")
    w("i", "SIM", "quit_sim called with exit code 1", "quit_sim")
    return L


# 6 ---------------------------------------------------------------- CFEngine 3.24 (community) on a web server of a university's central IT, cf-agent run every five minutes by a
#   systemd timer as `cf-agent -K -I --timestamp` and its output appended to /var/log/cfengine/agent.log ("2026-12-01T10:00:00+0000    info:
#   message", the level right-aligned in eight columns): a run with nothing to repair writes nothing, so the log holds the repairs: files
#   copied from the policy hub, mustache templates rendered, lines inserted into sshd_config, permissions and owners fixed, services
#   restarted with their commands, packages installed, the "R:" reports of the site's policy and "Q:" lines of command output, the hub
#   unreachable during its maintenance, commands that fail
@checked
def log_cfengine(seed):
    L = Log("cfengine_agent_log", seed, "full", True, False, start=dt.datetime(2026, 11, 28, 0, 2, 11, tzinfo=UTC))
    g = L.g
    HUB = "10.12.0.5"
    MF = "/var/cfengine/masterfiles"
    FILES = ["/etc/ssh/sshd_config", "/etc/nginx/nginx.conf", "/etc/nginx/conf.d/vhosts.conf", "/etc/chrony/chrony.conf", "/etc/sudoers.d/uni-ops",
             "/etc/motd", "/etc/logrotate.d/nginx", "/etc/security/limits.d/90-www.conf", "/etc/sysctl.d/60-uni.conf", "/etc/apt/sources.list.d/uni-mirror.list"]

    def w(lv, msg, ev):
        ms_(L, 0, 60)
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}+0000 {lv:>8}: {msg}", ev, lv)

    def copy():
        f = g.c(FILES)
        w("info", f"Updated file '{f}' from '{HUB}:{MF}/templates/web{f}'", "updated_from_hub")
        if "nginx" in f:
            restart("nginx", "reload")

    def template():
        f = g.c(["/etc/nginx/conf.d/vhosts.conf", "/etc/motd", "/etc/chrony/chrony.conf", "/etc/prometheus/node_exporter.args"])
        w("info", f"Updated rendering of '{f}' from mustache template '/var/cfengine/inputs/templates/{f.split('/')[-1]}.mustache'", "updated_rendering")
        if "nginx" in f:
            restart("nginx", "reload")
        elif "chrony" in f:
            restart("chrony", "restart")

    def edit():
        f = "/etc/ssh/sshd_config"
        line = g.c(["PermitRootLogin no", "PasswordAuthentication no", "X11Forwarding no", "MaxAuthTries 3", "AllowGroups uni-ops wwwadmin"])
        if g.r.random() < 0.7:
            w("info", f"Inserted the promised line '{line}' into '{f}' after locator", "inserted_line")
        else:
            w("info", f"Set field sub-value '{line.split()[-1]}' in '{f}'", "set_field")
        w("info", f"Edited file '{f}'", "edited_file")
        restart("ssh", "reload")

    def perms():
        f = g.c(FILES + ["/var/www/html/index.html", "/var/log/nginx/access.log", "/srv/www/portal/.env"])
        x = g.r.random()
        if x < 0.5:
            a, b = g.c([("0644", "0600"), ("0664", "0644"), ("0777", "0755"), ("0644", "0440")])
            w("info", f"Object '{f}' had permissions {a}, changed it to {b}", "perms_changed")
        elif x < 0.8:
            w("info", f"Owner of '{f}' was {g.c([0, 1000, 1001])}, setting to {g.c([0, 33])}", "owner_changed")
        else:
            w("info", f"Group of '{f}' was {g.c([0, 1000])}, setting to {g.c([33, 4])}", "group_changed")

    def restart(svc, how):
        cmd = f"/usr/bin/systemctl {how} {svc}.service"
        w("info", f"Executing 'no timeout' ... '{cmd}'", "executing")
        if g.r.random() < 0.05:
            w("notice", f"Q: \".../systemctl\": Job for {svc}.service failed because the control process exited with error code.", "q_output")
            w("notice", f"Q: \".../systemctl\": See \"systemctl status {svc}.service\" and \"journalctl -xeu {svc}.service\" for details.", "q_output")
            w("error", f"Finished command related to promiser '{cmd}' -- an error occurred, returned 1", "command_error")
            w("error", "Method 'standard_services' failed in some repairs", "method_failed")
        else:
            w("info", f"Completed execution of '{cmd}'", "completed_execution")

    def package():
        p = g.c(["htop", "rsync", "nginx", "chrony", "prometheus-node-exporter", "unattended-upgrades", "libnginx-mod-http-headers-more-filter"])
        if g.r.random() < 0.85:
            w("info", f"Successfully installed package '{p}'", "package_installed")
        else:
            w("notice", "Q: \".../apt-get\": E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process "
              f"{g.num(1000, 90000)} (unattended-upgr)", "q_output")
            w("error", f"Error installing package '{p}'", "package_error")

    def report():
        x = g.r.random()
        if x < 0.4:
            w("notice", f"R: uni_web_baseline: disk usage on /var is {g.num(80, 96)}% (threshold 80%)", "r_disk_usage")
        elif x < 0.7:
            w("notice", f"R: uni_web_baseline: certificate /etc/ssl/uni/www.crt expires in {g.num(1, 29)} days", "r_cert_expiry")
        else:
            w("notice", f"R: uni_web_baseline: kernel {g.c(['6.8.0-49-generic', '6.8.0-50-generic'])} installed, reboot pending since "
              f"{g.num(1, 20)} days", "r_reboot_pending")

    def hub_down():
        for _ in range(g.num(2, 8)):
            w("error", f"Failed to establish TLS connection: underlying network error ({g.c(['Connection refused', 'No route to host'])})", "tls_failed")
            w("error", f"No suitable server '{HUB}' responded", "no_suitable_server")
            w("error", f"Unable to establish connection with {HUB}", "unable_connect")
            if g.r.random() < 0.5:
                w("error", "Method 'cfe_internal_update_policy_cpv' failed in some repairs", "method_failed")
            L.tick(300)
        w("info", f"Updated file '/var/cfengine/inputs/promises.cf' from '{HUB}:{MF}/promises.cf'", "updated_from_hub")
        w("info", f"Updated file '/var/cfengine/inputs/services/uni_web.cf' from '{HUB}:{MF}/services/uni_web.cf'", "updated_from_hub")

    def policy_update():
        for f in g.r.sample(["promises.cf", "services/uni_web.cf", "services/uni_ssh.cf", "lib/files.cf", "templates/motd.mustache", "def.json"], g.num(1, 3)):
            w("info", f"Updated file '/var/cfengine/inputs/{f}' from '{HUB}:{MF}/{f}'", "updated_from_hub")

    def dirs():
        d = g.c(["/var/log/portal", "/srv/www/portal/releases", "/var/cache/nginx/fastcgi", "/var/backups/uni"])
        w("info", f"Created directory '{d}/.', mode 0755", "created_directory")

    def warning():
        x = g.r.random()
        if x < 0.5:
            w("warning", f"Promise '{g.c(['/var/www/html/.well-known', '/srv/www/portal/shared'])}' is a symlink, but should be a directory", "warn_symlink")
        else:
            w("warning", "Setting lock for 'uni_web_baseline' bundle took 12s, another agent might be stuck", "warn_lock")

    def slot(fn):
        def f():
            t = L.t.replace(second=0, microsecond=0)
            L.t = t + dt.timedelta(minutes=5 - t.minute % 5, seconds=g.num(2, 14), milliseconds=g.num(0, 999))
            fn()
        return f

    ev = [(14, copy), (12, template), (6, edit), (16, perms), (6, package), (14, report), (0.25, hub_down), (12, policy_update), (4, dirs), (3, warning),
          (4, lambda: restart(g.c(["nginx", "php8.3-fpm", "chrony", "prometheus-node-exporter"]), "restart"))]
    fill(L, [(wt, slot(fn)) for wt, fn in ev], N_LINES, 1800)
    del L.rows[N_LINES:]
    return L


# 7 ---------------------------------------------------------------- coreboot 24.08 with SeaBIOS as the payload on a ThinkPad X230 (Ivy Bridge, native RAM init) on the bench of a
#   firmware developer who tries a change to the memory training: the console of one afternoon's boots, read over a USB debug dongle and
#   saved by minicom, no time anywhere (the build date in the banner is a value): "[DEBUG]  message" with the level in brackets, five
#   wide, and two spaces; per boot the bootblock, romstage with the DIMM timings and the training's SPEW lines, the ME status table,
#   postcar, ramstage with device enumeration, resources, ACPI tables and the coreboot table, then SeaBIOS' own lines (no level) up to
#   "Booting from Hard Disk..."; now and then a training that fails and resets, a missing VBT
@checked
def log_coreboot(seed):
    L = Log("coreboot_serial_console", seed, None, True, False)
    g = L.g
    VER = "coreboot-24.08-412-g3f0c2a7b1e"
    BUILD = "Tue Dec  1 13:47:02 UTC 2026"

    def w(lv, msg, ev):
        L.emit(f"[{lv:<5}]  {msg}", ev, lv, None, None)

    def s(text, ev):
        L.emit(text, ev, None, None, None)

    def stage(name):
        w("NOTE", f"{VER} {BUILD} x86_32 {name} starting (log level: 8)...", "stage_starting")

    def cbfs(name, ev="cbfs_found"):
        w("INFO", f"CBFS: Found '{name}' @0x{g.hx(5)} size 0x{g.hx(4)} in mcache @0x{g.c(['fefc2', 'bfbdd'])}{g.hx(3)}", ev)

    def bs_times(state, kind):
        w("DEBUG", f"BS: {state} {kind} times (exec / console): {g.num(0, 40)} / {g.num(0, 60)} ms", "bs_times")

    def boot():
        s("", "empty")
        stage("bootblock")
        w("DEBUG", "CPU: Intel(R) Core(TM) i5-3320M CPU @ 2.60GHz", "cpu_name")
        w("DEBUG", "CPU: ID 306a9, Ivybridge E1, ucode: 00000021", "cpu_id")
        w("DEBUG", "CPU: AES supported, TXT NOT supported, VT supported", "cpu_features")
        w("DEBUG", "MCH: device id 0154 (rev 09) is Ivybridge Mobile", "mch_id")
        w("DEBUG", "PCH: device id 1e55 (rev 04) is QM77", "pch_id")
        w("DEBUG", "IGD: device id 0166 (rev 09) is Ivybridge Mobile GT2", "igd_id")
        w("DEBUG", "FMAP: Found \"FLASH\" version 1.1 at 0x0.", "fmap_found")
        w("DEBUG", "FMAP: base = 0xff400000 size = 0xc00000 #areas = 4", "fmap_base")
        w("DEBUG", "FMAP: area COREBOOT found @ 400200 (8387072 bytes)", "fmap_area")
        w("INFO", f"CBFS: mcache @0xfefc2e00 built for {g.num(14, 16)} files, used 0x{g.hx(3)} of 0x4000 bytes", "cbfs_mcache")
        cbfs("fallback/romstage")
        w("DEBUG", f"BS: bootblock times (exec / console): total (unknown) / {g.num(8, 20)} ms", "bs_stage_times")
        s("", "empty")
        s("", "empty")
        stage("romstage")
        w("DEBUG", "Starting native Platform init", "native_init")
        w("DEBUG", "Setting up static southbridge registers... done.", "sb_static")
        w("DEBUG", "Disabling Watchdog reboot... done.", "watchdog")
        w("DEBUG", "Back from sandybridge_early_initialization()", "early_init")
        w("DEBUG", "SMBus controller enabled.", "smbus")
        w("DEBUG", "Intel ME early init", "me_early")
        w("DEBUG", "Intel ME firmware is ready", "me_ready")
        w("DEBUG", "ME: Requested 0MB UMA", "me_uma")
        w("DEBUG", "CPU id(306a9): Intel(R) Core(TM) i5-3320M CPU @ 2.60GHz", "cpu_id_rom")
        w("DEBUG", "AES supported, TXT NOT supported, VT supported", "cpu_features_rom")
        w("DEBUG", "PCH type: QM77, device id: 1e55, rev id 4", "pch_type")
        fast = g.r.random() < 0.55
        w("DEBUG", f"Starting RAM training ({'fast boot' if fast else 'normal boot'})", "ram_training_start")
        if fast:
            w("DEBUG", "Trying stored timings.", "trying_stored_timings")
        else:
            w("DEBUG", "No cached RAM training data", "no_cached_training")
        if fast:
            w("DEBUG", "MRC: Checking cached data update for 'RW_MRC_CACHE'.", "mrc_checking")
        for ch in (0, 1):
            for sl in (0, 1):
                w("DEBUG", f"SPD probe channel{ch}, slot{sl}", "spd_probe")
        for ch in (0, 1):
            w("DEBUG", f"Channel {ch}, DIMM 0: DDR3 SO-DIMM, {g.c(['4096', '8192'])} MB, {g.c(['M471B5273DH0-CK0', 'HMT41GS6BFR8A-PB', 'CT102464BF160B.C16'])}",
              "dimm_info")
        for k, v in [("DRAM frequency", f"{g.c([800, 800, 666])} MHz"), ("CAS latency", "11T"), ("CWL latency", "8T"), ("tRCD", "11T"), ("tRP", "11T"),
                     ("tRAS", "28T"), ("tWR", "12T"), ("tFAW", "24T"), ("tRRD", "5T"), ("tRTP", "6T"), ("tWTR", "6T"), ("tRFC", "208T")]:
            w("DEBUG", f"Selected {k:<13}: {v}", "selected:" + k)
        w("DEBUG", "Done dimm mapping", "done_dimm_mapping")
        w("DEBUG", "Update PCI-E configuration space:", "update_pcie")
        for reg in ["a0", "a4", "bc", "c0", "a8", "ac", "b8", "b0", "b4"]:
            w("DEBUG", f"PCI(0, 0, 0)[{reg}] = {g.hx(g.c([1, 2, 3]))}", "pci_config_write")
        for step in ["memory map", "io registers", "jedec reset", "MRS commands"]:
            w("DEBUG", f"Done {step}", "done_step:" + step)
        if not fast:
            w("DEBUG", "Done preparing training", "done_preparing_training")
            for ch in (0, 1):
                for lane in range(8):
                    w("SPEW", f"discover timA: CH{ch} RANK0 LANE{lane}: timA {g.num(30, 120)}, rising {g.num(0, 63)}, falling {g.num(0, 63)}", "spew_timA")
                if g.r.random() < 0.1:
                    w("ERROR", f"discover_edges: CH{ch} RANK0 LANE{g.num(0, 7)}: no edge found", "no_edge_found")
                    w("ERROR", "RAM training failed, trying fallback.", "training_failed")
                    w("NOTE", "Resetting system.", "resetting")
                    return
                for lane in range(8):
                    w("SPEW", f"discover timC: CH{ch} RANK0 LANE{lane}: timC {g.num(20, 90)}", "spew_timC")
            w("DEBUG", "Done training", "done_training")
        w("DEBUG", "Enabling power management features", "power_mgmt")
        for k, v in [("FW Partition Table", "OK"), ("Bringup Loader Failure", "NO"), ("Firmware Init Complete", "YES"), ("Manufacturing Mode", "NO"),
                     ("Boot Options Present", "NO"), ("Update In Progress", "NO"), ("Current Working State", "Normal"),
                     ("Current Operation State", "M0 with UMA"), ("Current Operation Mode", "Normal"), ("Error Code", "No Error"),
                     ("Progress Phase", "Host Communication"), ("Power Management Event", "Clean Moff->Mx wake"),
                     ("Progress Phase State", "Host communication established")]:
            w("DEBUG", f"ME: {k:<24}: {v}", "me:" + k)
        w("DEBUG", "CBMEM:", "cbmem_head")
        w("DEBUG", "IMD: root @ 0xbfbff000 254 entries.", "imd_root")
        w("DEBUG", "IMD: root @ 0xbfbfec00 62 entries.", "imd_root")
        w("DEBUG", "FMAP: area RW_MRC_CACHE found @ 3e0000 (65536 bytes)", "fmap_area")
        if fast:
            w("DEBUG", "MRC: 'RW_MRC_CACHE' does not need update.", "mrc_no_update")
        else:
            w("DEBUG", f"MRC: Updated 'RW_MRC_CACHE' with {g.num(1800, 2100)} bytes.", "mrc_updated")
        w("DEBUG", "External stage cache:", "stage_cache_head")
        w("DEBUG", "IMD: root @ 0xbffff000 254 entries.", "imd_root")
        cbfs("fallback/postcar")
        w("DEBUG", f"Loading module at 0xbfbb7000 with entry 0xbfbb7031. filesize: 0x{g.hx(4)} memsize: 0x{g.hx(4)}", "loading_module")
        w("DEBUG", f"Processing {g.num(200, 260)} relocs. Offset value of 0xbdbb7000", "processing_relocs")
        w("DEBUG", f"BS: romstage times (exec / console): total (unknown) / {g.num(120, 900)} ms", "bs_stage_times")
        s("", "empty")
        s("", "empty")
        stage("postcar")
        w("DEBUG", "Normal boot", "normal_boot")
        cbfs("fallback/ramstage")
        w("DEBUG", f"Loading module at 0xbfa89000 with entry 0xbfa89000. filesize: 0x{g.hx(5)} memsize: 0x{g.hx(5)}", "loading_module")
        w("DEBUG", f"Processing {g.num(3700, 3900)} relocs. Offset value of 0xbda89000", "processing_relocs")
        w("DEBUG", f"BS: postcar times (exec / console): total (unknown) / {g.num(0, 3)} ms", "bs_stage_times")
        s("", "empty")
        s("", "empty")
        stage("ramstage")
        w("DEBUG", "Normal boot", "normal_boot")
        bs_times("BS_PRE_DEVICE", "entry")
        w("INFO", "Enumerating buses...", "enumerating")
        w("DEBUG", "Root Device scanning...", "dev_scanning")
        w("DEBUG", "CPU_CLUSTER: 0 enabled", "dev_enabled")
        w("DEBUG", "DOMAIN: 0000 enabled", "dev_enabled")
        w("DEBUG", "DOMAIN: 0000 scanning...", "dev_scanning")
        w("DEBUG", "PCI: pci_scan_bus for bus 00", "pci_scan_bus")
        for dev, ids in [("00:00.0", "8086/0154"), ("00:02.0", "8086/0166"), ("00:14.0", "8086/1e31"), ("00:16.0", "8086/1e3a"), ("00:19.0", "8086/1502"),
                         ("00:1a.0", "8086/1e2d"), ("00:1b.0", "8086/1e20"), ("00:1c.0", "8086/1e10"), ("00:1c.1", "8086/1e12"), ("00:1c.2", "8086/1e14"),
                         ("00:1d.0", "8086/1e26"), ("00:1f.0", "8086/1e55"), ("00:1f.2", "8086/1e03"), ("00:1f.3", "8086/1e22")]:
            w("DEBUG", f"PCI: {dev} [{ids}] enabled", "pci_dev_enabled")
        w("DEBUG", "PCI: 00:1f.0 scanning...", "dev_scanning")
        w("DEBUG", "PNP: 00ff.1 enabled", "dev_enabled")
        w("DEBUG", "EC Firmware ID G1HT35WW, Version 1.70A", "ec_firmware")
        w("DEBUG", "PCI: 00:1c.1 scanning...", "dev_scanning")
        w("DEBUG", "PCI: pci_scan_bus for bus 03", "pci_scan_bus")
        w("DEBUG", "PCI: 03:00.0 [8086/0085] enabled", "pci_dev_enabled")
        w("INFO", "done", "enum_done")
        bs_times("BS_DEV_ENUMERATE", "run")
        w("INFO", "found VGA at PCI: 00:02.0", "found_vga")
        w("INFO", "Setting up VGA for PCI: 00:02.0", "setting_up_vga")
        w("DEBUG", "Allocating resources...", "allocating")
        w("DEBUG", "Reading resources...", "reading_resources")
        w("DEBUG", "Done reading resources.", "done_reading_resources")
        w("DEBUG", "=== Resource allocator: DOMAIN: 0000 - Pass 1 (gathering requirements) ===", "allocator_pass1")
        w("DEBUG", "=== Resource allocator: DOMAIN: 0000 - Pass 2 (allocating resources) ===", "allocator_pass2")
        for _ in range(g.num(3, 6)):
            w("DEBUG", f"PCI: 00:{g.c(['02.0', '19.0', '1a.0', '1d.0', '1f.2', '1f.3'])} {g.c(['10', '14', '18', '20', '24'])} *  [0x{g.hx(8)} - 0x{g.hx(8)}] "
              f"limit: {g.hx(8)} {g.c(['mem', 'io', 'prefmem'])}", "resource_assigned")
        w("INFO", "Done setting resources.", "done_setting_resources")
        w("INFO", "Done allocating resources.", "done_allocating")
        bs_times("BS_DEV_RESOURCES", "run")
        w("INFO", "Enabling resources...", "enabling_resources")
        w("INFO", "done.", "enabling_done")
        w("INFO", "Initializing devices...", "initializing_devices")
        w("DEBUG", "CPU_CLUSTER: 0 init", "dev_init")
        w("INFO", "CPU #0 initialized", "cpu_initialized")
        for d in ["00:02.0", "00:14.0", "00:16.0", "00:1a.0", "00:1d.0", "00:1f.0", "00:1f.2"]:
            w("DEBUG", f"PCI: {d} init", "dev_init")
            if d == "00:02.0":
                if g.r.random() < 0.06:
                    w("ERROR", "Could not locate 'vbt.bin' in CBFS", "vbt_missing")
                    w("WARN", "GMA: VBT not found, using defaults", "vbt_defaults")
                else:
                    w("INFO", "GMA: Found VBT in CBFS", "vbt_found")
                    w("INFO", "GMA: Found valid VBT in CBFS", "vbt_valid")
            if d == "00:1f.0":
                w("DEBUG", "RTC Init", "rtc_init")
                w("DEBUG", "pch_power_options: Power on after power failure: off", "power_options")
        w("INFO", "Devices initialized", "devices_initialized")
        bs_times("BS_DEV_INIT", "run")
        w("INFO", "Writing IRQ routing tables to 0xf0000...write_pirq_routing_table done.", "irq_tables")
        w("DEBUG", "ACPI: Writing ACPI tables at bfa45000.", "acpi_writing")
        for t in ["FACS", "DSDT", "FADT", "SSDT", "MCFG", "HPET", "MADT", "DMAR"]:
            w("DEBUG", f"ACPI:    * {t}", "acpi_table")
        w("INFO", "ACPI: done.", "acpi_done")
        w("DEBUG", f"SMBIOS tables: {g.num(900, 1100)} bytes.", "smbios_tables")
        w("DEBUG", "Writing table forward entry at 0x00000500", "table_forward")
        w("DEBUG", f"Wrote coreboot table at: 0x00000500, 0x10 bytes, checksum {g.hx(4)}", "wrote_table")
        w("DEBUG", "Writing coreboot table at 0xbfa6d000", "writing_table")
        for i, (a, b, what) in enumerate([("0000000000000000", "0000000000000fff", "CONFIGURATION TABLES"), ("0000000000001000", "000000000009ffff", "RAM"),
                                          ("00000000000a0000", "00000000000fffff", "RESERVED"), ("0000000000100000", "00000000bfa2bfff", "RAM"),
                                          ("00000000bfa2c000", "00000000bfbfffff", "CONFIGURATION TABLES"), ("00000000bfc00000", "00000000cfffffff", "RESERVED"),
                                          ("00000000f0000000", "00000000f3ffffff", "RESERVED"), ("0000000100000000", "000000023f5fffff", "RAM")]):
            w("DEBUG", f"{i:>2}. {a}-{b}: {what}", "table_entry")
        w("DEBUG", f"Wrote coreboot table at: 0xbfa6d000, 0x{g.hx(3)} bytes, checksum {g.hx(4)}", "wrote_table")
        cbfs("fallback/payload")
        w("DEBUG", "Checking segment from ROM address 0xff87822c", "checking_segment")
        w("DEBUG", "Loading segment from ROM address 0xff87822c", "loading_segment")
        w("DEBUG", "  code (compression=1)", "segment_code")
        w("DEBUG", f"  New segment dstaddr 0x000e0000 memsize 0x20000 srcaddr 0xff878264 filesize 0x{g.hx(4)}", "new_segment")
        bs_times("BS_PAYLOAD_LOAD", "run")
        w("INFO", "Jumping to boot code at 0x000fd33e(0xbfa6b000)", "jumping")
        seabios()

    def seabios():
        s("SeaBIOS (version rel-1.16.3-0-ga6ed6b70)", "sb_version")
        s("BUILD: gcc: (coreboot toolchain v2024-08-02_7ab2f8f2) 14.2.0 binutils: (GNU Binutils) 2.43", "sb_build")
        s("Found coreboot cbmem console @ bfa2c000", "sb_cbmem")
        s("Found mainboard LENOVO 2325AR2", "sb_mainboard")
        s(f"Relocating init from 0x000e5d20 to 0xbf79c900 (size {g.num(50000, 51000)})", "sb_relocating")
        s("Found CBFS header at 0xfffffb00", "sb_cbfs")
        s("Found 9 PCI devices (max PCI bus is 03)", "sb_pci_devices")
        s("Copying SMBIOS from 0xbfa06000 to 0x000f6b40", "sb_copying_smbios")
        s("Copying ACPI RSDP from 0xbfa1a000 to 0x000f6b10", "sb_copying_rsdp")
        s("Using pmtimer, ioport 0x508", "sb_pmtimer")
        s("Scan for VGA option rom", "sb_scan_vga")
        s("Running option rom at c000:0003", "sb_option_rom")
        s("Turning on vga text mode console", "sb_vga_console")
        s("SeaBIOS (version rel-1.16.3-0-ga6ed6b70)", "sb_version")
        s("EHCI init on dev 00:1a.0 (regs=0xf2a2a020)", "sb_ehci_init")
        s("EHCI init on dev 00:1d.0 (regs=0xf2a2a420)", "sb_ehci_init")
        s("AHCI controller at 00:1f.2, iobase 0xf2a2a800, irq 10", "sb_ahci_controller")
        s("Searching bootorder for: /pci@i0cf8/*@1f.2/drive@0/disk@0", "sb_bootorder")
        s("AHCI/0: Set transfer mode to UDMA-6", "sb_ahci_mode")
        s("AHCI/0: registering: \"AHCI/0: Samsung SSD 860 EVO 500GB ATA-11 Hard-Disk (465 GiBytes)\"", "sb_ahci_registering")
        if g.r.random() < 0.5:
            s("Searching bootorder for: /pci@i0cf8/usb@1d/hub@1/storage@3/*@0/*@0,0", "sb_bootorder")
            s("USB MSC vendor='SanDisk' product='Cruzer Blade' rev='1.00' type=0 removable=1", "sb_usb_msc")
            s("USB disk 0x000f6a20: PCHS=0/0/0 translation=lba LCHS=1024/255/63 s=30031872", "sb_usb_disk")
        s("Initialized USB HUB (0 ports used)", "sb_usb_hub")
        s("All threads complete.", "sb_threads")
        s("Scan for option roms", "sb_scan_roms")
        s("", "empty")
        s("Press ESC for boot menu.", "sb_press_esc")
        s("", "empty")
        s("Searching bootorder for: HALT", "sb_bootorder")
        s("drive 0x000f6a80: PCHS=16383/16/63 translation=lba LCHS=1024/255/63 s=976773168", "sb_drive")
        s("Space available for UMB: c1000-ed800, f0000-f69c0", "sb_umb")
        s("Returned 16384 bytes of ZoneHigh", "sb_zonehigh")
        s("e820 map has 17 items:", "sb_e820_head")
        for i in range(17):
            a = g.num(0, 0xbfff) << 16
            k = g.c([(1, "RAM"), (1, "RAM"), (2, "RESERVED")])
            s(f"  {i}: {a:016x} - {a + (g.num(1, 0xfff) << 12):016x} = {k[0]} {k[1]}", "sb_e820_entry")
        s("enter handle_19:", "sb_handle19")
        s("  NULL", "sb_null")
        s("Booting from Hard Disk...", "sb_booting_hd")
        s("Booting from 0000:7c00", "sb_booting_from")

    while len(L.rows) < N_LINES:
        boot()
    del L.rows[N_LINES:]
    return L


# 8 ---------------------------------------------------------------- DCS World 2.9 dedicated server (DCS_server.exe on Windows Server 2022, the clock UTC) of a virtual squadron's
#   training server on the Caucasus map, its Saved Games\DCS.server\Logs\dcs.log ("2026-12-01 10:00:00.123 INFO    NET (Main): message", the
#   level in eight columns, the subsystem and its thread in parentheses): the start-up lines, a mission loaded every four hours, clients
#   connecting, choosing slots and leaving, kicks for failed integrity checks, the mission designer's own env.info lines about spawns
#   and tasks, Lua errors of the mission script with their stack traceback (lines with no header), and LOG's "duplicate message(s)
#   skipped"
@checked
def log_dcs(seed):
    L = Log("dcs_world_server_log", seed, "full", True, True, start=dt.datetime(2026, 12, 1, 6, 0, 0, tzinfo=UTC))
    g = L.g
    PILOTS = ["Viper 1-1 | Hawk", "Viper 1-2 | Rook", "Enfield 2-1 | Jester", "Dodge 3-1 | Fox", "Colt 1-1 | Nugget", "Hornet | Maverick_DE", "Ghost",
              "[JaBoG] Kessler", "Uzi 4-1 | Blitz", "Springfield 1-3 | Kite"]
    SLOTS = [("F-16C_50", "Kutaisi"), ("FA-18C_hornet", "CVN-72 Abraham Lincoln"), ("F-14B", "CVN-72 Abraham Lincoln"), ("A-10C_2", "Senaki-Kolkhi"),
             ("AH-64D_BLK_II", "Kobuleti"), ("F-15ESE", "Kutaisi"), ("Mi-24P", "Batumi"), ("M-2000C", "Senaki-Kolkhi")]
    MIS = "C:\\Users\\dcs\\Saved Games\\DCS.server\\Missions\\JaBoG_Training_Caucasus_v14.miz"
    TMP = "C:\\Users\\dcs\\AppData\\Local\\Temp\\DCS.server\\/~mis0000" + "4C1A" + ".lua"
    st = {"clients": {}, "next": 2}

    def w(lv, comp, msg, ev, thread="Main"):
        ms_(L, 0, 30)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} {lv:<7} {comp} ({thread}): {msg}", ev, lv, comp)

    def cont(text, ev, lv, comp):
        L.emit(text, ev, lv, comp, None)

    def startup():
        w("INFO", "EDCORE", "Command line: \"C:\\Program Files\\Eagle Dynamics\\DCS World Server\\bin\\DCS_server.exe\" -w DCS.server", "command_line")
        w("INFO", "DCS", "DCS/2.9.10.4160 (x86_64; MT; Windows NT 10.0.20348)", "dcs_version")
        w("INFO", "DCS", "DCS revision: 261046", "dcs_revision")
        w("INFO", "DCS", "Renderer revision: 26318", "renderer_revision")
        w("INFO", "DCS", "Terrain revision: 26255", "terrain_revision")
        w("INFO", "DCS", "CPU cores: 8, threads: 16, System RAM: 65467 MB, Pagefile: 8192 MB", "cpu_cores")
        w("INFO", "EDCORE", "CPU: AMD EPYC 7313P 16-Core Processor           [AVX2, FMA3]", "cpu_name")
        w("INFO", "EDCORE", "Create boot pak from ./CoreMods/...", "boot_pak")
        w("INFO", "EDCORE", "(dDispatcher)enterToState_:0", "dispatcher_state")
        w("INFO", "Dispatcher", "2026/12/1 06:00  V1803061700", "dispatcher_version")
        w("INFO", "INPUT", "Device [Keyboard] created deviceId = -1", "input_device")
        w("INFO", "SOUND", "Using driver: wasapi", "sound_driver")
        w("INFO", "SOUND", "Sound driver is disabled for the server", "sound_disabled")
        w("INFO", "EDCORE", "(dDispatcher)enterToState_:1", "dispatcher_state")
        w("INFO", "NET", "Server started on port 10308", "server_started")
        w("INFO", "NET", "webrtc: listening on 0.0.0.0:8088", "webrtc_listening")

    def load_mission():
        w("INFO", "DCS", f"Loading mission \"{MIS}\"", "loading_mission")
        w("INFO", "EDTERRAIN4", "lSystem::load(./Mods/terrains/Caucasus\\entry.lua)", "terrain_load")
        w("INFO", "EDTERRAIN4", f"Loaded terrain Caucasus in {g.f(8, 20, 3)} sec", "terrain_loaded")
        for f in ["Scripts/World/GPS_GNSS.lua", "Scripts/World/RadioBeacons.lua", "Scripts/World/EPLRS.lua"]:
            w("INFO", "WORLDGENERAL", f"loaded from mission {f}", "worldgeneral_loaded")
        w("INFO", "SCRIPTING", "*** MOOSE GITHUB Commit Hash ID: 2026-11-14T09:12:55+01:00-4f1c2a8e ***", "moose_hash")
        w("INFO", "SCRIPTING", "*** MOOSE INCLUDE END *** ", "moose_end")
        w("INFO", "Dispatcher", "Mission loaded.", "mission_loaded")
        w("INFO", "EDCORE", "(dDispatcher)enterToState_:2", "dispatcher_state")
        w("INFO", "NET", f"Mission started: JaBoG_Training_Caucasus_v14, start time {L.t:%H:%M:%S}", "mission_started")

    def connect():
        p = g.c(PILOTS)
        if p in st["clients"].values() or len(st["clients"]) >= 24:
            return
        cid = st["next"]
        st["next"] += 1
        st["clients"][cid] = p
        w("INFO", "NET", f"client[{cid}] \"{p}\" connected, ucid={g.hx(32)}, addr={g.ip('pub')}:{g.num(10000, 65000)}", "client_connected")
        if g.r.random() < 0.04:
            w("ERROR", "NET", f"Server: Player \"{p}\" was kicked: integrity check failed (file ./Mods/aircraft/F-16C/Cockpit/Scripts/device_init.lua)",
              "kick_integrity")
            del st["clients"][cid]
            return
        L.tick(20)
        ac, base = g.c(SLOTS)
        w("INFO", "NET", f"client[{cid}] \"{p}\" took slot {g.num(1, 200)} ({ac}, blue, {base})", "took_slot")

    def leave():
        if not st["clients"]:
            return
        cid = list(st["clients"])[g.num(0, len(st["clients"]) // 3)]
        p = st["clients"].pop(cid)
        w("INFO", "NET", f"Client disconnected: {cid} (reason: {g.c([0, 0, 7, 7, 3])})", "client_disconnected")
        if g.r.random() < 0.3:
            w("INFO", "SCRIPTING", f"[JaBoG] Stats saved for {p}: {g.num(0, 9)} kills, {g.num(0, 2)} deaths, {g.num(0, 120)} min", "stats_saved")

    def scripting():
        x = g.r.random()
        if x < 0.3:
            w("INFO", "SCRIPTING", f"[JaBoG] Spawned RED CAP {g.c(['MiG-29A', 'Su-27', 'MiG-21Bis', 'Su-30'])} #{g.num(1, 999):03d} over {g.c(['Maykop', 'Nalchik', 'Mozdok', 'Beslan'])}",
              "spawned_cap")
        elif x < 0.5:
            w("INFO", "SCRIPTING", f"[JaBoG] Range {g.c(['R-61 Tetra', 'R-62 Kobuleti', 'R-63 Marnueli'])}: {g.c(PILOTS)} hit target {g.c(['T-72B', 'BMP-2', 'ZSU-23-4', 'Ural-375'])} "
              f"with {g.c(['GBU-12', 'Mk-82', 'AGM-65D', 'GAU-8 30mm'])}, {g.num(1, 60)} m from center", "range_hit")
        elif x < 0.65:
            w("INFO", "SCRIPTING", f"[JaBoG] Task {g.c(['SEAD', 'CAS', 'Strike', 'Anti-ship'])}-{g.num(1, 30)} completed by {g.c(PILOTS)}", "task_completed")
        elif x < 0.8:
            w("INFO", "Scripting", f"event:type=takeoff,t={g.f(100, 14000, 3)},initiatorPilotName={g.c(PILOTS)},place={g.c(SLOTS)[1]}", "event_takeoff")
        elif x < 0.9:
            w("INFO", "Scripting", f"event:type=land,t={g.f(100, 14000, 3)},initiatorPilotName={g.c(PILOTS)},place={g.c(SLOTS)[1]}", "event_land")
        else:
            w("WARNING", "SCRIPTING", f"[JaBoG] Group '{g.c(['RED-SAM-SA11-1', 'RED-EWR-2', 'RED-CONVOY-4'])}' not found, skipping respawn", "group_not_found")

    def lua_error():
        ln = g.num(800, 4200)
        err = g.c(["attempt to index local 'grp' (a nil value)", "attempt to perform arithmetic on field 'life0' (a nil value)",
                   "attempt to call method 'getPoint' (a nil value)", "bad argument #1 to 'pairs' (table expected, got nil)"])
        w("ERROR", "SCRIPTING", f"Mission script error: [string \"{TMP}\"]:{ln}: {err}", "mission_script_error")
        cont("stack traceback:", "lua_traceback_head", "ERROR", "SCRIPTING")
        cont("\t[C]: ?", "lua_frame_c", "ERROR", "SCRIPTING")
        for _ in range(g.num(1, 4)):
            cont(f"\t[string \"{TMP}\"]:{g.num(100, 4200)}: in function '{g.c(['respawnGroup', 'scoreHit', 'onEvent', 'checkRange', 'spawnCAP'])}'", "lua_frame", "ERROR", "SCRIPTING")
        cont(f"\t[string \"{TMP}\"]:{g.num(100, 4200)}: in function <[string \"{TMP}\"]:{g.num(100, 4200)}>", "lua_frame_anon", "ERROR", "SCRIPTING")
        if g.r.random() < 0.5:
            cont("\t(tail call): ?", "lua_tail_call", "ERROR", "SCRIPTING")

    def dup():
        w("WARNING", "LOG", f"{g.num(1, 40)} duplicate message(s) skipped.", "duplicates_skipped", thread=str(g.num(9000, 14000)))

    def misc():
        x = g.r.random()
        if x < 0.4:
            w("WARNING", "NET", f"Server: client[{g.c(list(st['clients']) or [2])}] lag {g.num(400, 3000)} ms, resending", "client_lag")
        elif x < 0.7:
            w("ERROR", "ASYNCNET", f"Server::onRecvSocket: bad packet from {g.ip('pub')}:{g.num(10000, 65000)}", "bad_packet")
        else:
            w("ALERT", "NET", "Server: dropping out-of-sync client, desync detected", "desync")

    startup()
    load_mission()
    t_mis = L.t
    ev = [(10, connect), (8, leave), (22, scripting), (1.6, lua_error), (5, dup), (3, misc)]
    while len(L.rows) < N_LINES:
        fill(L, ev, len(L.rows) + 1, 40)
        if (L.t - t_mis).total_seconds() > 4 * 3600:
            w("INFO", "NET", "Mission restart requested by scheduler", "mission_restart")
            for cid in list(st["clients"]):
                leave()
            w("INFO", "EDCORE", "(dDispatcher)enterToState_:1", "dispatcher_state")
            load_mission()
            t_mis = L.t
    del L.rows[N_LINES:]
    carry_time(L, own_time)
    return L


def slog_v(v):
    """A value as Go's slog text handler writes it: quoted when it holds a space, a quote, '=' or nothing."""
    v = str(v)
    if v == "" or any(c in v for c in ' "=\\') or any(ord(c) < 32 for c in v):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return v


# 9 ---------------------------------------------------------------- Dex 2.41 (the OpenID Connect provider) in front of a software company's Kubernetes clusters, Argo CD and
#   Grafana, with an LDAP connector to the company directory and a GitHub connector for contractors, storage in Kubernetes custom resources;
#   `kubectl logs -n dex deploy/dex --since=48h`: Go's slog text handler ("time=2026-12-01T10:00:00.123Z level=INFO msg=\"login successful\"
#   connector_id=ldap username=alice ..."): the start-up configuration lines, LDAP searches and the user they map to, successful logins,
#   wrong passwords, authorization requests that are gone when the user comes back, invalid redirect URIs, refresh tokens claimed twice,
#   the garbage collection and key rotation
@checked
def log_dex(seed):
    L = Log("dex_kubectl_logs", seed, "full", True, False, start=dt.datetime(2026, 11, 30, 8, 0, 0, tzinfo=UTC))
    g = L.g
    USERS = ["amartin", "bkowalski", "cnguyen", "dfischer", "eolsen", "fhassan", "gpetrov", "hwang", "ijones", "jsilva", "kbauer", "lmoreau"]
    GROUPS = ["developers", "platform-team", "sre", "data-eng", "qa", "support", "security"]
    CLIENTS = [("argo-cd", "https://argocd.corp.example/auth/callback"), ("grafana", "https://grafana.corp.example/login/generic_oauth"),
               ("kubelogin", "http://localhost:8000"), ("oauth2-proxy", "https://tools.corp.example/oauth2/callback")]

    def w(lv, msg, ev, **kv):
        ms_(L, 0, 30)
        parts = [f"time={L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z", f"level={lv}", f"msg={slog_v(msg)}"] + [f"{k}={slog_v(v)}" for k, v in kv.items()]
        L.emit(" ".join(parts), ev, lv)

    def startup():
        w("INFO", "Version info", "version_info", dex_version="v2.41.1", **{"go.version": "go1.23.2", "go.os": "linux", "go.arch": "amd64"})
        w("INFO", "config using log level", "config_log_level", level="INFO")
        w("INFO", "config issuer", "config_issuer", issuer="https://dex.corp.example")
        w("INFO", "kubernetes client", "kubernetes_client", api_version="dex.coreos.com/v1")
        w("INFO", "creating custom Kubernetes resources", "creating_crds")
        for crd in ["authcodes", "authrequests", "oauth2clients", "signingkeies", "refreshtokens", "passwords", "offlinesessionses", "connectors",
                    "devicerequests", "devicetokens"]:
            w("INFO", "checking if custom resource has already been created...", "crd_checking", object=f"{crd}.dex.coreos.com")
            w("INFO", "the custom resource already available, skipping create", "crd_available", object=f"{crd}.dex.coreos.com")
        w("INFO", "config storage", "config_storage", storage_type="kubernetes")
        for c, _ in CLIENTS:
            w("INFO", "config static client", "config_static_client", client_name={"argo-cd": "Argo CD", "grafana": "Grafana", "kubelogin": "kubelogin",
                                                                                  "oauth2-proxy": "Internal tools"}[c])
        w("INFO", "config connector", "config_connector", connector_id="ldap")
        w("INFO", "config connector", "config_connector", connector_id="github")
        w("INFO", "config response types accepted", "config_response_types", response_types="[code]")
        w("INFO", "config skipping approval screen", "config_skip_approval")
        w("INFO", "config refresh tokens rotation", "config_refresh_rotation", enabled=True)
        rotate()
        for srv, addr in [("telemetry", "0.0.0.0:5558"), ("http", "0.0.0.0:5556"), ("grpc", "0.0.0.0:5557")]:
            w("INFO", "listening on", "listening_on", server=srv, address=addr)

    def login():
        u = g.c(USERS)
        rid = g.uuid()
        if g.r.random() < 0.82:
            dn = f"uid={u},ou=people,dc=corp,dc=example"
            w("INFO", "performing ldap search", "ldap_search", base_dn="ou=people,dc=corp,dc=example", scope="sub",
              filter=f"(&(objectClass=inetOrgPerson)(uid={u}))", request_id=rid)
            w("INFO", "username mapped to entry", "ldap_mapped", username=u, entry=dn, request_id=rid)
            if g.r.random() < 0.13:
                w("ERROR", "ldap: invalid password", "ldap_invalid_password", user=dn, request_id=rid)
                return
            w("INFO", "performing ldap search", "ldap_search", base_dn="ou=groups,dc=corp,dc=example", scope="sub",
              filter=f"(&(objectClass=groupOfNames)(member={dn}))", request_id=rid)
            grp = g.r.sample(GROUPS, g.num(1, 3))
            w("INFO", "login successful", "login_successful", connector_id="ldap", username=u, preferred_username="", email=f"{u}@corp.example",
              groups="[" + " ".join(grp) + "]", request_id=rid)
        else:
            gh = g.c(["octo-dev42", "mk-contract", "jl-freelance", "tp-agency"])
            w("INFO", "login successful", "login_successful", connector_id="github", username=gh, preferred_username=gh,
              email=f"{gh}@users.noreply.github.com", groups="[corp-example:contractors]", request_id=rid)

    def stale():
        w("ERROR", "failed to get auth request", "auth_request_not_found", err="not found", request_id=g.uuid())

    def bad_client():
        c, uri = g.c(CLIENTS)
        if g.r.random() < 0.6:
            w("ERROR", "failed to parse authorization request", "parse_auth_request_failed", err=f"Unregistered redirect_uri (\"{uri.replace('corp', 'staging.corp')}\").",
              request_id=g.uuid())
        else:
            w("ERROR", "failed to parse authorization request", "parse_auth_request_failed", err=f"Invalid client_id (\"{c}-dev\").", request_id=g.uuid())

    def refresh():
        if g.r.random() < 0.85:
            w("INFO", "refresh token rotated", "refresh_rotated", client_id=g.c(CLIENTS)[0], connector_id="ldap", request_id=g.uuid())
        else:
            w("ERROR", "refresh token claimed twice", "refresh_claimed_twice", token_id=g.alnum(25), request_id=g.uuid())
            if g.r.random() < 0.5:
                w("ERROR", "failed to refresh identity", "refresh_identity_failed", connector_id="github",
                  err="github: get user: GET https://api.github.com/user: 401 Bad credentials []", request_id=g.uuid())

    def gc():
        w("INFO", "garbage collection run, delete auth requests", "gc_run", auth_requests=g.num(0, 40), auth_codes=g.num(0, 6), device_requests=0,
          device_tokens=0)

    def rotate():
        w("INFO", "keys expired, rotating", "keys_expired")
        w("INFO", "keys rotated", "keys_rotated", next_rotation=f"{L.t + dt.timedelta(hours=6):%Y-%m-%d %H:%M:%S}.{g.num(100000000, 999999999)} +0000 UTC")

    def ldap_down():
        w("ERROR", "ldap: failed to connect", "ldap_connect_failed", err="LDAP Result Code 200 \"Network Error\": dial tcp 10.20.0.12:636: i/o timeout",
          request_id=g.uuid())
        w("ERROR", "failed to login user", "failed_login_user", err="ldap: failed to connect: LDAP Result Code 200 \"Network Error\": dial tcp 10.20.0.12:636: i/o timeout",
          request_id=g.uuid())

    startup()
    ev = [(40, login), (7, stale), (3, bad_client), (25, refresh), (9, gc), (0.35, rotate), (0.8, ldap_down), (0.06, startup)]
    fill(L, ev, N_LINES, 60)
    del L.rows[N_LINES:]
    return L


# 10 --------------------------------------------------------------- DPDK 23.11 testpmd on a lab server of a network-appliance maker, measuring an Intel E810 100G card's two ports
#   in io and mac forwarding with a traffic generator on the other end: the engineer's sessions recorded with `script -a testpmd-e810.txt`
#   over a week. `script`'s own "Script started on 2026-12-01 10:00:00+00:00 [...]" and "Script done on ..." lines are the only ones with a
#   time; in between the shell prompt and command, EAL's start-up lines ("EAL: ..."), the ice driver's ("ice_load_pkg_type(): ..."),
#   testpmd's own, the "testpmd> " prompt with the typed command, the "show port stats all" and forward statistics blocks drawn with #, -
#   and + rules, "show port info" with its key: value lines, link state change events, and the shut-down
@checked
def log_dpdk(seed):
    L = Log("dpdk_testpmd_script", seed, "full", False, True, start=dt.datetime(2026, 11, 30, 9, 12, 0, tzinfo=UTC))
    g = L.g
    MACS = ["B4:96:91:C8:2A:10", "B4:96:91:C8:2A:11"]
    st = {"rx": [0, 0], "tx": [0, 0]}

    def o(text, ev, comp=None):
        L.emit(text, ev, None, comp, None)

    def script_start():
        L.emit(f"Script started on {L.t:%Y-%m-%d %H:%M:%S}+00:00 [TERM=\"xterm-256color\" TTY=\"/dev/pts/{g.num(0, 4)}\" COLUMNS=\"{g.c([178, 204, 240])}\" "
               f"LINES=\"{g.c([48, 52, 61])}\"]", "script_started")

    def script_done():
        L.emit(f"Script done on {L.t:%Y-%m-%d %H:%M:%S}+00:00 [COMMAND_EXIT_CODE=\"0\"]", "script_done")

    def eal(cores, q, mode):
        o(f"[lab@dut-e810 ~]$ sudo dpdk-testpmd -l 2-{2 + cores} -n 4 -a 0000:3b:00.0 -a 0000:3b:00.1 -- -i --nb-cores={cores} --rxq={q} --txq={q} "
          f"--rxd=2048 --txd=2048 --forward-mode={mode}", "shell_command")
        o("EAL: Detected CPU lcores: 32", "eal_lcores", "EAL")
        o("EAL: Detected NUMA nodes: 2", "eal_numa", "EAL")
        o("EAL: Detected shared linkage of DPDK", "eal_linkage", "EAL")
        o("EAL: Multi-process socket /var/run/dpdk/rte/mp_socket", "eal_mp_socket", "EAL")
        o("EAL: Selected IOVA mode 'VA'", "eal_iova", "EAL")
        o("EAL: VFIO support initialized", "eal_vfio", "EAL")
        o("EAL: Using IOMMU type 1 (Type 1)", "eal_iommu", "EAL")
        for p in (0, 1):
            o(f"EAL: Probe PCI driver: net_ice (8086:1592) device: 0000:3b:00.{p} (socket 0)", "eal_probe", "EAL")
            o("ice_load_pkg_type(): Active package is: 1.3.36.0, ICE OS Default Package (single VLAN mode)", "ice_pkg")
        o("TELEMETRY: No legacy callbacks, legacy socket not created", "telemetry_legacy", "TELEMETRY")
        o("Interactive-mode selected", "interactive_selected")
        o(f"Set {mode} packet forwarding mode", "set_fwd_mode")
        o("testpmd: create a new mbuf pool <mb_pool_0>: n=267456, size=2176, socket=0", "mbuf_pool", "testpmd")
        o("testpmd: preferred mempool ops selected: ring_mp_mc", "mempool_ops", "testpmd")
        for p in (0, 1):
            o(f"Configuring Port {p} (socket 0)", "configuring_port")
            o(f"ice_set_rx_function(): Using AVX2 Vector Rx (port {p}).", "ice_rx_function")
            o(f"ice_set_tx_function(): Using AVX2 Vector Tx (port {p}).", "ice_tx_function")
            o(f"Port {p}: {MACS[p]}", "port_mac")
        o("Checking link statuses...", "checking_link")
        o("Done", "done")

    def prompt(cmd):
        o(f"testpmd> {cmd}", "prompt_command")

    def port_stats():
        prompt("show port stats all")
        for p in (0, 1):
            pps = g.num(14000000, 14880952) if g.r.random() < 0.8 else g.num(8000000, 14000000)
            drx = pps * g.num(3, 30)
            st["rx"][p] += drx
            st["tx"][p] += drx - g.num(0, 2000)
            o("", "empty")
            o(f"  ######################## NIC statistics for port {p}  ########################", "nic_stats_head")
            o(f"  RX-packets: {st['rx'][p]:<10} RX-missed: {g.num(0, 90000):<10} RX-bytes:  {st['rx'][p] * 64}", "nic_rx_packets")
            o(f"  RX-errors: {g.c([0, 0, 0, g.num(1, 40)])}", "nic_rx_errors")
            o("  RX-nombuf:  0         ", "nic_rx_nombuf")
            o(f"  TX-packets: {st['tx'][p]:<10} TX-errors: 0          TX-bytes:  {st['tx'][p] * 64}", "nic_tx_packets")
            o("", "empty")
            o("  Throughput (since last show)", "nic_throughput_head")
            o(f"  Rx-pps:     {pps:>10}          Rx-bps:  {pps * 672:>11}", "nic_rx_pps")
            o(f"  Tx-pps:     {pps - g.num(0, 200):>10}          Tx-bps:  {(pps - 100) * 672:>11}", "nic_tx_pps")
            o("  ############################################################################", "nic_stats_rule")

    def fwd_block(title, p=None):
        rx = sum(st["rx"]) if p is None else st["rx"][p]
        tx = sum(st["tx"]) if p is None else st["tx"][p]
        drop = g.num(0, 5000)
        o("", "empty")
        if p is None:
            o("  +++++++++++++++ Accumulated forward statistics for all ports+++++++++++++++", "fwd_acc_head")
        else:
            o(f"  ---------------------- Forward statistics for port {p}  ----------------------", "fwd_port_head")
        acc = "fwd_acc" if p is None else "fwd"
        o(f"  RX-packets: {rx:<14} RX-dropped: {drop:<14} RX-total: {rx + drop}", acc + "_rx")
        o(f"  TX-packets: {tx:<14} TX-dropped: 0              TX-total: {tx}", acc + "_tx")
        if p is None:
            o("  ++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++", "fwd_acc_rule")
        else:
            o("  ----------------------------------------------------------------------------", "fwd_port_rule")

    def start(cores, q, mode):
        prompt("start")
        o(f"{mode} packet forwarding - ports=2 - cores={cores} - streams={2 * q} - NUMA support enabled, MP allocation mode: native", "fwd_mode_line")
        for c in range(cores):
            per = 2 * q // cores
            o(f"Logical Core {3 + c} (socket 0) forwards packets on {per} streams:", "lcore_streams")
            for k in range(per):
                s_ = c * per + k
                p = s_ % 2
                o(f"  RX P={p}/Q={s_ // 2} (socket 0) -> TX P={1 - p}/Q={s_ // 2} (socket 0) peer=02:00:00:00:00:0{1 - p}", "stream_line")
        o("", "empty")
        o(f"  {mode} packet forwarding packets/burst=32", "fwd_burst")
        o(f"  nb forwarding cores={cores} - nb forwarding ports=2", "fwd_cores")
        for p in (0, 1):
            o(f"  port {p}: RX queue number: {q} Tx queue number: {q}", "port_queues")
            o("    Rx offloads=0x0 Tx offloads=0x10000", "port_offloads")
            o("    RX queue: 0", "rx_queue")
            o("      RX desc=2048 - RX free threshold=32", "rx_desc")
            o("      RX threshold registers: pthresh=0 hthresh=0  wthresh=0", "rx_thresh")
            o("      RX Offloads=0x0", "rx_offloads")
            o("    TX queue: 0", "tx_queue")
            o("      TX desc=2048 - TX free threshold=32", "tx_desc")
            o("      TX threshold registers: pthresh=0 hthresh=0  wthresh=0", "tx_thresh")
            o("      TX offloads=0x10000 - TX RS bit threshold=32", "tx_offloads")

    def stop():
        prompt("stop")
        o("Telling cores to stop...", "telling_cores")
        o("Waiting for lcores to finish...", "waiting_lcores")
        for p in (0, 1):
            fwd_block("port", p)
        fwd_block("all")
        o("", "empty")
        o("Done.", "done_dot")

    def port_info(p):
        prompt(f"show port info {p}")
        o("", "empty")
        o(f"********************* Infos for port {p}  *********************", "info_head")
        for k, v in [("MAC address", MACS[p]), ("Device name", f"0000:3b:00.{p}"), ("Driver name", "net_ice"),
                     ("Firmware-version", "4.40 0x8001c96d 1.3534.0"), ("Devargs", ""), ("Connect to socket", "0"),
                     ("memory allocation on the socket", "0"), ("Link status", "up"), ("Link speed", "100 Gbps"), ("Link duplex", "full-duplex"),
                     ("Autoneg status", "On"), ("MTU", "1500"), ("Promiscuous mode", "enabled"), ("Allmulticast mode", "disabled"),
                     ("Maximum number of MAC addresses", "64"), ("Maximum number of MAC addresses of hash filtering", "0"), ("VLAN offload", "")]:
            o(f"{k}: {v}", "info:" + k)
        o("  strip off, filter off, extend off, qinq strip off", "info_vlan_offload")
        for k, v in [("Hash key size in bytes", "52"), ("Redirection table size", "512"),
                     ("Supported RSS offload flow types", ""), ("Minimum size of RX buffer", "1024"), ("Maximum configurable length of RX packet", "9728"),
                     ("Maximum configurable size of LRO aggregated packet", "0"), ("Current number of RX queues", "4"), ("Max possible RX queues", "256"),
                     ("Max possible number of RXDs per queue", "4096"), ("Min possible number of RXDs per queue", "64"), ("RXDs number alignment", "32"),
                     ("Current number of TX queues", "4"), ("Max possible TX queues", "256"), ("Max possible number of TXDs per queue", "4096"),
                     ("Min possible number of TXDs per queue", "64"), ("TXDs number alignment", "32"), ("Max segment number per packet", "0"),
                     ("Max segment number per MTU/TSO", "0"), ("Device capabilities", "0x0( )"), ("Switch name", f"0000:3b:00.{p}"),
                     ("Switch domain Id", "0"), ("Switch Port Id", "65535"), ("Device error handling mode", "proactive")]:
            o(f"{k}: {v}", "info:" + k)
            if k == "Supported RSS offload flow types":
                for ft in ["  ipv4  ipv4-frag  ipv4-tcp  ipv4-udp  ipv4-sctp  ipv4-other", "  ipv6  ipv6-frag  ipv6-tcp  ipv6-udp  ipv6-sctp  ipv6-other",
                           "  l2-payload  user defined 36  user defined 37"]:
                    o(ft, "info_rss_types")

    def lsc(p):
        o("", "empty")
        o(f"Port {p}: link state change event", "lsc_event")

    def session():
        script_start()
        cores, q, mode = g.c([(2, 2, "io"), (4, 4, "io"), (4, 4, "mac"), (8, 8, "io"), (2, 4, "mac")])
        eal(cores, q, mode)
        if g.r.random() < 0.5:
            port_info(0)
        start(cores, q, mode)
        for _ in range(g.num(3, 12)):
            L.tick(30)
            if g.r.random() < 0.07:
                p = g.num(0, 1)
                lsc(p)
                L.tick(4)
                lsc(p)
            port_stats()
        if g.r.random() < 0.4:
            prompt("clear port stats all")
            for p in (0, 1):
                o("", "empty")
                o(f"  NIC statistics for port {p} cleared", "stats_cleared")
            st["rx"], st["tx"] = [0, 0], [0, 0]
            for _ in range(g.num(2, 5)):
                L.tick(30)
                port_stats()
        stop()
        prompt("quit")
        o("", "empty")
        for p in (0, 1):
            o(f"Stopping port {p}...", "stopping_port")
            o("Stopping ports...", "stopping_ports")
            o("Done", "done")
            o("", "empty")
        for p in (0, 1):
            o(f"Shutting down port {p}...", "shutting_down_port")
            o("Closing ports...", "closing_ports")
            o(f"Port {p} is closed", "port_closed")
            o("Done", "done")
            o("", "empty")
        o("Bye...", "bye")
        o("[lab@dut-e810 ~]$ exit", "shell_command")
        o("exit", "exit_echo")
        o("", "empty")
        L.tick(600)
        script_done()
        st["rx"], st["tx"] = [0, 0], [0, 0]

    while len(L.rows) < N_LINES:
        session()
        L.tick(3600 * 5)
    del L.rows[N_LINES:]
    carry_time(L, own_time)
    return L


# 11 --------------------------------------------------------------- EOSIO nodeos 2.1 as a non-producing API and peer node of a public EOSIO chain, run by a block producer
#   candidate under systemd with its stderr sent to /var/log/nodeos/nodeos.log ("info  2026-12-01T10:00:00.500 nodeos    producer_plugin.cpp:378
#   on_incoming_block    ] Received block ...", the level, the time in UTC, the thread, the source file and line, the method, "] " and the
#   message): a block received every half second with its producer, net_plugin's peers connecting, handshaking, syncing ranges and
#   failing, the HTTP API's exceptions for pushed transactions (with FC's exception details over several lines), forks switched, the
#   resource monitor's disk warning and one restart with the start-up lines
@checked
def log_eosio(seed):
    L = Log("eosio_nodeos_log", seed, "full", True, False, start=dt.datetime(2026, 12, 1, 9, 0, 0, tzinfo=UTC))
    g = L.g
    PRODS = ["eosnationftw", "eoscafeblock", "atticlabeosb", "eosasia11111", "big.one", "binancestake", "eosiosg11111", "newdex.bp", "starteosiobp",
             "eossv12eossv", "hashfineosio", "okcapitalbp1", "eosflytomars", "whaleex.com", "zbeosbp11111", "eoslaomaocom", "blockpooleos",
             "truststaking", "eosrapidprod", "certikeosorg", "eosbixinboot"]
    PEERS = ["p2p.eosnation.io:9876", "peer.main.alohaeos.com:9876", "p2p.eoscafeblock.com:9000", "eos.p2p.eosusa.io:9882", "p2p.eossweden.org:9876",
             "peer1.eosphere.io:9876", "p2p.genereos.io:9876", "eos-p2p.greymass.com:35777"]
    st = {"blk": 412338012, "lib": 412337680, "pi": 0}

    def w(lv, thread, src, method, msg, ev):
        ts = f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}"
        L.emit(f"{lv:<5} {ts} {thread:<9} {src:<29} {method:<20} ] {msg}", ev, lv)

    def cont(text, ev, lv):
        L.emit(text, ev, lv, None, None)

    def bid(n):
        return f"{n:08x}" + g.hx(8)

    def block():
        L.t += dt.timedelta(milliseconds=g.num(5, 30))
        st["blk"] += 1
        st["lib"] = st["blk"] - 330 - g.num(0, 4)
        n = st["blk"]
        ts_blk = L.t.replace(microsecond=(L.t.microsecond // 500000) * 500000)
        w("info", "nodeos", "producer_plugin.cpp:378", "on_incoming_block",
          f"Received block {bid(n)}... #{n} @ {ts_blk:%Y-%m-%dT%H:%M:%S}.{ms3(ts_blk)} signed by {PRODS[(n // 12) % len(PRODS)]} "
          f"[trxs: {g.num(0, 140)}, lib: {st['lib']}, conf: 0, latency: {g.num(8, 260)} ms]", "received_block")
        L.t = ts_blk + dt.timedelta(milliseconds=500)

    def peer_tag(p):
        return f"[\"{p} - {g.hx(7)}\" - {g.num(1, 30)} {g.ip('pub')}:{p.split(':')[1]}]"

    def net():
        p = g.c(PEERS)
        th = f"net-{g.num(0, 3)}"
        x = g.r.random()
        if x < 0.25:
            w("info", th, "net_plugin.cpp:2432", "operator()", f"{peer_tag(p)} Sending handshake generation {g.num(1, 40)}, lib {st['lib']}, head {st['blk']}, "
              f"id {g.hx(16)}", "sending_handshake")
        elif x < 0.45:
            w("info", th, "net_plugin.cpp:2860", "connect", f"connection failed to {p}: {g.c(['Connection refused', 'Operation canceled', 'Connection timed out'])}",
              "connection_failed")
        elif x < 0.6:
            w("info", th, "net_plugin.cpp:1184", "close", f"closing connection to: {p}", "closing_connection")
        elif x < 0.75:
            w("info", th, "net_plugin.cpp:3011", "operator()", f"Accepted new connection: {g.ip('pub')}", "accepted_connection")
        elif x < 0.85:
            a = st["blk"] - g.num(1, 3)
            w("info", th, "net_plugin.cpp:1634", "request_next_chunk", f"{peer_tag(p)} requesting range {a} to {a + 100}", "requesting_range")
        elif x < 0.95:
            w("warn", th, "net_plugin.cpp:3118", "handle_message", f"{peer_tag(p)} Peer sent a handshake with a timestamp skewed by at least "
              f"{g.f(1, 9, 3)}s", "handshake_skewed")
        else:
            w("warn", th, "net_plugin.cpp:2211", "handle_message", f"{peer_tag(p)} Bad block received: unlinkable_block_exception", "bad_block")

    def http_exc():
        th = f"http-{g.num(0, 1)}"
        ep = g.c(["chain.push_transaction", "chain.send_transaction", "chain.get_table_rows"])
        w("error", th, "http_plugin.cpp:895", "handle_exception", f"FC Exception encountered while processing {ep}", "fc_exception_processing")
        billed, billable = g.num(200, 900), g.num(50, 199)
        kind = g.c([("3050003 eosio_assert_message_exception: eosio_assert_message assertion failure", "assertion failure with message: overdrawn balance",
                     "{\"s\":\"overdrawn balance\"}", "nodeos  cf_system.cpp:14 eosio_assert"),
                    ("3080004 tx_cpu_usage_exceeded: Transaction exceeded the current CPU usage limit imposed on the transaction",
                     f"billed CPU time ({billed} us) is greater than the maximum billable CPU time for the transaction ({billable} us)",
                     f"{{\"billed\":{billed},\"billable\":{billable}}}", "nodeos  transaction_context.cpp:462 validate_account_cpu_usage"),
                    ("3040005 expired_tx_exception: Expired Transaction", f"expired transaction {g.hx(64)}, expiration {L.t:%Y-%m-%dT%H:%M:%S}, "
                     f"block time {L.t:%Y-%m-%dT%H:%M:%S}.500", "{\"id\":\"" + g.hx(64) + "\"}", "nodeos  producer_plugin.cpp:1989 on_incoming_transaction_async")])
        w("debug", th, "http_plugin.cpp:896", "handle_exception", f"Exception Details: {kind[0]}", "fc_exception_details")
        cont(kind[1], "fc_detail_message:" + kind[0].split()[1], "debug")
        cont(f"    {kind[2]}", "fc_detail_json", "debug")
        cont(f"    {kind[3]}", "fc_detail_location", "debug")
        if g.r.random() < 0.5:
            cont("pending console output: ", "fc_pending_console", "debug")
            cont("    {\"console\":\"\"}", "fc_detail_json", "debug")
            cont("    nodeos  apply_context.cpp:125 exec_one", "fc_detail_location", "debug")

    def fork():
        b = st["blk"]
        w("info", "nodeos", "controller.cpp:1870", "maybe_switch_forks", f"switching forks from {bid(b)} (block number {b}) to {bid(b)} (block number {b})",
          "switching_forks")
        w("info", "nodeos", "controller.cpp:1905", "maybe_switch_forks", f"successfully switched fork to new head {bid(b)}", "switched_fork")

    def disk():
        w("warn", "nodeos", "resource_monitor_plugin.cpp:192", "space_monitor_loop",
          f"Space usage warning: /var/lib/nodeos/data/state's file system exceeded threshold 90%, available: {g.num(9000, 19000)} MB, Capacity: 1006000 MB, "
          f"threshold: 90%", "space_warning")

    def restart():
        w("info", "nodeos", "main.cpp:142", "main", "nodeos version v2.1.0 v2.1.0-26a4d285d0be1052d962149e431eb81500782991", "nodeos_version")
        w("info", "nodeos", "main.cpp:143", "main", "nodeos using configuration file /etc/nodeos/config.ini", "config_file")
        w("info", "nodeos", "main.cpp:144", "main", "nodeos data directory is /var/lib/nodeos/data", "data_directory")
        w("warn", "nodeos", "controller.cpp:646", "startup", "No head block in fork database, but continuing from state: restarting at block "
          f"{st['blk']}", "no_head_block")
        w("info", "nodeos", "chain_plugin.cpp:1283", "plugin_startup", "starting chain in read/write mode", "chain_mode")
        w("info", "nodeos", "chain_plugin.cpp:1288", "plugin_startup", f"Blockchain started; head block is #{st['blk']}, genesis timestamp is "
          "2018-06-08T08:08:08.888", "blockchain_started")
        w("info", "nodeos", "producer_plugin.cpp:974", "plugin_startup", "producer plugin:  plugin_startup() begin", "producer_startup_begin")
        w("info", "nodeos", "producer_plugin.cpp:1016", "plugin_startup", "producer plugin:  plugin_startup() end", "producer_startup_end")
        w("info", "nodeos", "net_plugin.cpp:3773", "plugin_startup", "my node_id is " + g.hx(64), "node_id")
        w("info", "nodeos", "net_plugin.cpp:3829", "plugin_startup", "starting listener, max clients is 25", "starting_listener")
        w("info", "nodeos", "http_plugin.cpp:682", "plugin_startup", "start listening for http requests", "http_listening")
        w("info", "nodeos", "http_plugin.cpp:787", "add_handler", "add api url: /v1/chain/get_info", "add_api_url")
        for u in ["/v1/chain/get_block", "/v1/chain/get_account", "/v1/chain/get_table_rows", "/v1/chain/push_transaction", "/v1/chain/send_transaction",
                  "/v1/net/connections", "/v1/producer/get_integrity_hash"]:
            w("info", "nodeos", "http_plugin.cpp:787", "add_handler", f"add api url: {u}", "add_api_url")

    ev = [(70, block), (14, net), (2.4, http_exc), (0.3, fork), (0.15, disk)]
    restarted = False
    while len(L.rows) < N_LINES:
        if not restarted and len(L.rows) > 1150:
            restarted = True
            w("info", "nodeos", "main.cpp:163", "main", "nodeos successfully exiting", "exiting")
            L.t += dt.timedelta(seconds=g.num(40, 90))
            restart()
        L.r.choices([f for _, f in ev], [w_ for w_, _ in ev])[0]()
        L.t += dt.timedelta(milliseconds=g.num(1, 80))
    del L.rows[N_LINES:]
    carry_time(L, own_time)
    return L


# 12 --------------------------------------------------------------- fio 3.36 in the acceptance tests of a hosting company's new storage nodes (four NVMe drives each): a shell
#   script runs a list of jobs per drive and appends everything to one file per node; its own banner line "=== 2026-12-01T02:00:00Z
#   stor-n07 /dev/nvme0n1 randread-4k ===" has a time, so has fio's "(groupid=0, jobs=4): err= 0: pid=4711: Tue Dec  1 02:01:02 2026"
#   line; the rest of fio's normal output has none: the job line, the version, "Starting 4 processes", the result block with its
#   latencies, percentiles, bandwidth, IO depths, the run status group and the disk stats; after each drive `nvme smart-log` output
@checked
def log_fio(seed):
    L = Log("fio_acceptance_runs", seed, "full", False, False, start=dt.datetime(2026, 11, 30, 22, 0, 0, tzinfo=UTC))
    g = L.g
    NODES = ["stor-n07", "stor-n08", "stor-n09"]
    JOBS = [("randread-4k", "randread", "4096B-4096B", "4k", 32, 4), ("randwrite-4k", "randwrite", "4096B-4096B", "4k", 32, 4),
            ("randrw-4k-70", "randrw", "4096B-4096B", "4k", 32, 4), ("seqread-128k", "read", "128KiB-128KiB", "128k", 32, 1),
            ("seqwrite-128k", "write", "128KiB-128KiB", "128k", 32, 1), ("lat-randread-4k-qd1", "randread", "4096B-4096B", "4k", 1, 1)]

    def o(text, ev):
        L.emit(text, ev, None, None, None)

    def unitv(us):
        if us < 10:
            return "nsec", us * 1000
        if us < 10000:
            return "usec", us
        return "msec", us / 1000

    def lat_lines(avg_us):
        unit, a = unitv(avg_us)
        scale = {"nsec": 1000, "usec": 1, "msec": 0.001}[unit]
        s_unit, s_a = unitv(avg_us / 100)
        o(f"    slat ({s_unit}): min={int(s_a * 0.3)}, max={int(s_a * 40)}, avg={s_a:.2f}, stdev={s_a * 0.4:.2f}", "fio_lat_stat")
        o(f"    clat ({unit}): min={int(a * 0.2)}, max={int(a * g.r.uniform(8, 60))}, avg={a:.2f}, stdev={a * g.r.uniform(0.1, 0.5):.2f}", "fio_lat_stat")
        o(f"     lat ({unit}): min={int(a * 0.21)}, max={int(a * g.r.uniform(8, 60))}, avg={a * 1.01:.2f}, stdev={a * g.r.uniform(0.1, 0.5):.2f}", "fio_lat_stat")
        o(f"    clat percentiles ({unit}):", "fio_pct_head")
        pcts = ["1.00", "5.00", "10.00", "20.00", "30.00", "40.00", "50.00", "60.00", "70.00", "80.00", "90.00", "95.00", "99.00", "99.50", "99.90",
                "99.95", "99.99"]
        vals = sorted(int(avg_us * scale * g.r.uniform(0.3, 1.0 + i * 0.25)) for i in range(len(pcts)))
        w_ = max(4, len(str(vals[-1])))
        cells = [f"{p:>5}th=[{v:>{w_}}]" for p, v in zip(pcts, vals)]
        for i in range(0, len(cells), 4):
            row = cells[i:i + 4]
            o("     | " + ", ".join(row) + ("," if i + 4 < len(cells) else ""), "fio_pct_row")

    def ddir(name, iops, bs_k, avg_us, runtime_ms, zone=False):
        bw_mib = iops * bs_k / 1024
        io_gib = bw_mib * runtime_ms / 1000 / 1024
        ik = f"{iops / 1000:.1f}k" if iops >= 10000 else str(iops)
        o(f"  {name}: IOPS={ik}, BW={bw_mib:.0f}MiB/s ({bw_mib * 1.048576:.0f}MB/s)({io_gib:.1f}GiB/{runtime_ms}msec){'; 0 zone resets' if zone else ''}",
          "fio_iops")
        lat_lines(avg_us)
        smp = g.c([119, 119, 476, 480])
        o(f"   bw (  MiB/s): min={bw_mib * 0.9:>5.0f}, max={bw_mib * 1.06:>5.0f}, per=100.00%, avg={bw_mib:.2f}, stdev={bw_mib * 0.007:.2f}, samples={smp}",
          "fio_bw")
        o(f"   iops        : min={int(iops * 0.9)}, max={int(iops * 1.06)}, avg={iops:.2f}, stdev={iops * 0.007:.2f}, samples={smp}", "fio_iops_stat")
        return bw_mib, io_gib

    def job(node, dev, spec):
        name, rw, bs, bsn, qd, nj = spec
        bs_k = 4 if bsn == "4k" else 128
        L.t += dt.timedelta(seconds=g.num(2, 5))
        L.emit(f"=== {L.t:%Y-%m-%dT%H:%M:%S}Z {node} {dev} {name} ===", "script_banner")
        o(f"{name}: (g=0): rw={rw}, bs=(R) {bs}, (W) {bs}, (T) {bs}, ioengine=libaio, iodepth={qd}", "fio_job_line")
        if nj > 1:
            o("...", "fio_job_dots")
        o("fio-3.36", "fio_version")
        o(f"Starting {nj} process{'es' if nj > 1 else ''}", "fio_starting")
        if g.r.random() < 0.15:
            o(f"{name}: Laying out IO file (1 file / 102400MiB)", "fio_laying_out")
        if g.r.random() < 0.015:
            o(f"fio: io_u error on file {dev}: Input/output error: {g.c(['read', 'write'])} offset={g.num(10 ** 9, 10 ** 12)}, buflen={bs_k * 1024}", "fio_io_u_error")
        o("", "empty")
        L.t += dt.timedelta(seconds=60 + g.num(1, 3))
        L.emit(f"{name}: (groupid=0, jobs={nj}): err= 0: pid={g.num(2000, 60000)}: {ctime(L.t)}", "fio_group_head")
        runtime = 60000 + g.num(0, 5)
        reads = writes = None
        if rw in ("randread", "read"):
            iops = g.num(12000, 16000) if qd == 1 else (g.num(700000, 1050000) if bsn == "4k" else g.num(52000, 56000))
            avg = 1e6 * qd * nj / iops
            reads = ddir("read", iops, bs_k, avg, runtime)
        elif rw in ("randwrite", "write"):
            iops = g.num(180000, 420000) if bsn == "4k" else g.num(28000, 33000)
            avg = 1e6 * qd * nj / iops
            writes = ddir("write", iops, bs_k, avg, runtime, zone=True)
        else:
            ri = g.num(300000, 480000)
            wi = int(ri * 3 / 7)
            reads = ddir("read", ri, bs_k, 1e6 * qd * nj / (ri + wi) * 0.8, runtime)
            writes = ddir("write", wi, bs_k, 1e6 * qd * nj / (ri + wi) * 1.4, runtime, zone=True)
        if qd == 1:
            o(f"  lat (usec)   : 50={g.f(0, 2, 2)}%, 100={g.f(85, 97, 2)}%, 250={g.f(2, 12, 2)}%, 500=0.01%", "fio_lat_dist")
        else:
            o(f"  lat (usec)   : 100={g.f(0, 9, 2)}%, 250={g.f(20, 60, 2)}%, 500={g.f(20, 60, 2)}%, 750={g.f(0, 10, 2)}%, 1000={g.f(0, 2, 2)}%",
              "fio_lat_dist")
            o(f"  lat (msec)   : 2={g.f(0, 1, 2)}%, 4=0.01%, 10=0.01%, 20=0.01%", "fio_lat_dist")
        o(f"  cpu          : usr={g.f(2, 15, 2)}%, sys={g.f(5, 50, 2)}%, ctx={g.num(10000, 9000000)}, majf=0, minf={g.num(40, 200)}", "fio_cpu")
        qs = {1: "1=100.0%, 2=0.0%, 4=0.0%, 8=0.0%, 16=0.0%, 32=0.0%, >=64=0.0%", 32: "1=0.1%, 2=0.1%, 4=0.1%, 8=0.1%, 16=0.1%, 32=100.0%, >=64=0.0%"}[qd]
        o(f"  IO depths    : {qs}", "fio_io_depths")
        o("     submit    : 0=0.0%, 4=100.0%, 8=0.0%, 16=0.0%, 32=0.0%, 64=0.0%, >=64=0.0%", "fio_submit")
        o(f"     complete  : 0=0.0%, 4=100.0%, 8=0.0%, 16=0.0%, 32={'0.1' if qd > 1 else '0.0'}%, 64=0.0%, >=64=0.0%", "fio_complete")
        rn = int(reads[1] * 1024 ** 3 / (bs_k * 1024)) if reads else 0
        wn = int(writes[1] * 1024 ** 3 / (bs_k * 1024)) if writes else 0
        o(f"     issued rwts: total={rn},{wn},0,0 short=0,0,0,0 dropped=0,0,0,0", "fio_issued")
        o(f"     latency   : target=0, window=0, percentile=100.00%, depth={qd}", "fio_latency_target")
        o("", "empty")
        o("Run status group 0 (all jobs):", "fio_run_status")
        for d, v in (("READ", reads), ("WRITE", writes)):
            if v:
                bw, io = v
                o(f"{d:>7}: bw={bw:.0f}MiB/s ({bw * 1.048576:.0f}MB/s), {bw:.0f}MiB/s-{bw:.0f}MiB/s ({bw * 1.048576:.0f}MB/s-{bw * 1.048576:.0f}MB/s), "
                  f"io={io:.1f}GiB ({io * 1.073741824:.1f}GB), run={runtime}-{runtime}msec", "fio_group_bw")
        o("", "empty")
        o("Disk stats (read/write):", "fio_disk_stats_head")
        o(f"  {dev.split('/')[-1]}: ios={rn - g.num(0, 999)}/{wn - g.num(0, 999) if wn else g.num(0, 20)}, sectors={rn * bs_k * 2}/{wn * bs_k * 2}, merge=0/0, "
          f"ticks={g.num(100000, 9000000)}/{g.num(0, 9000000)}, in_queue={g.num(100000, 9000000)}, util={g.f(98, 99.99, 2)}%", "fio_disk_stats")

    def smart(dev):
        L.t += dt.timedelta(seconds=2)
        L.emit(f"=== {L.t:%Y-%m-%dT%H:%M:%S}Z nvme smart-log {dev} ===", "script_banner")
        o(f"Smart Log for NVME device:{dev.split('/')[-1]} namespace-id:ffffffff", "smart_head")
        temp = g.num(38, 62)
        for k, v in [("critical_warning", "0"), ("temperature", f"{temp} °C ({temp + 273} K)"), ("available_spare", "100%"),
                     ("available_spare_threshold", "10%"), ("percentage_used", f"{g.num(0, 1)}%"), ("endurance group critical warning summary", "0"),
                     ("Data Units Read", f"{g.num(10 ** 6, 10 ** 8):,} ({g.f(1, 50, 2)} TB)"),
                     ("Data Units Written", f"{g.num(10 ** 6, 10 ** 8):,} ({g.f(1, 50, 2)} TB)"),
                     ("host_read_commands", f"{g.num(10 ** 8, 10 ** 10):,}"), ("host_write_commands", f"{g.num(10 ** 8, 10 ** 10):,}"),
                     ("controller_busy_time", f"{g.num(10, 900):,}"), ("power_cycles", str(g.num(3, 12))), ("power_on_hours", str(g.num(20, 300))),
                     ("unsafe_shutdowns", str(g.num(0, 4))), ("media_errors", "0"), ("num_err_log_entries", str(g.num(0, 30))),
                     ("Warning Temperature Time", "0"), ("Critical Composite Temperature Time", "0"),
                     ("Temperature Sensor 1", f"{temp + 3} °C ({temp + 276} K)"), ("Temperature Sensor 2", f"{temp - 4} °C ({temp + 269} K)"),
                     ("Thermal Management T1 Trans Count", "0"), ("Thermal Management T2 Trans Count", "0"),
                     ("Thermal Management T1 Total Time", "0"), ("Thermal Management T2 Total Time", "0")]:
            tabs = "\t" * max(1, (40 - len(k)) // 8 + (1 if len(k) < 40 else 0))
            o(f"{k}{tabs}: {v}", "smart:" + k)
        o("", "empty")

    while len(L.rows) < N_LINES:
        node = g.c(NODES)
        L.t = L.t.replace(hour=22, minute=0, second=0) + dt.timedelta(days=1)
        for d in range(4):
            dev = f"/dev/nvme{d}n1"
            for spec in JOBS:
                job(node, dev, spec)
            smart(dev)
    del L.rows[N_LINES:]
    carry_time(L, own_time)
    return L


# 13 --------------------------------------------------------------- FreeFileSync 13.9 on a photographer's Windows 11 PC, a batch job "Fotos auf NAS" run by the Task Scheduler
#   every evening that mirrors D:\Fotos and D:\Kunden to a Synology share; the log files of a month from %AppData%\FreeFileSync\Logs put
#   in one file for a support question. Each run: a head line with the job's name, date, time and result, the "|" summary lines, a rule,
#   then "[18:30:05]  Info: message" lines (time of day), the messages of errors and warnings going on over lines of their own, indented:
#   comparisons, folder pairs with their two paths, files created, updated, deleted and moved to the versioning folder, files in use by
#   Lightroom, the NAS asleep or full
@checked
def log_freefilesync(seed):
    L = Log("freefilesync_batch_logs", seed, "tod", True, False, start=dt.datetime(2026, 11, 3, 18, 30, 0, tzinfo=UTC))
    g = L.g
    NAS = "\\\\DS920\\backup"
    PAIRS = [("D:\\Fotos", NAS + "\\Fotos"), ("D:\\Kunden", NAS + "\\Kunden")]
    SUB = ["2026\\11_Hochzeit_Berger", "2026\\11_Portrait_Studio", "2026\\12_Firmenfeier_Kraemer", "Kunden\\Kraemer_GmbH\\Auswahl", "2026\\10_Herbst_Wald",
           "Lightroom\\Vorschau", "Kunden\\Berger\\Finale_JPG", "Kunden\\Studio_Lenz\\Rohdaten"]

    def w(lv, msg, ev):
        ms_(L, 0, 900)
        L.emit(f"[{L.t:%H:%M:%S}]  {lv}: {msg}", ev, lv)

    def cont(text, ev, lv):
        L.emit(f"    {text}", ev, lv, None, None)

    def fn():
        ext = g.c(["CR3", "CR3", "CR3", "jpg", "jpg", "xmp", "tif", "psd"])
        return f"{g.c(['IMG', '_MG_', 'DSC'])}{g.num(1000, 9999)}.{ext}"

    def run():
        body = []
        t0 = L.t
        res = {"err": 0, "warn": 0, "items": 0}
        save = L.rows
        L.rows = body
        w("Info", "Starting comparison", "starting_comparison")
        if g.r.random() < 0.06:
            w("Error", f"Cannot find folder \"{NAS}\\Fotos\".", "cannot_find_folder")
            cont("ERROR_BAD_NETPATH: The network path was not found. [FindFirstFile]", "err_bad_netpath", "Error")
            cont("Retrying operation after 10 seconds...", "retrying", "Error")
            res["err"] += 1
            L.tick(10)
        for left, right in PAIRS:
            w("Info", f"Comparing folder pair: {left} <-> {right}", "comparing_pair")
        w("Info", "Starting synchronization", "starting_sync")
        for left, right in PAIRS:
            w("Info", "Synchronizing folder pair: Mirror >", "sync_pair")
            cont(left, "pair_path", "Info")
            cont(right, "pair_path", "Info")
            for _ in range(g.num(0, 22) if left.endswith("Fotos") else g.num(0, 8)):
                sub = g.c(SUB)
                x = g.r.random()
                res["items"] += 1
                if x < 0.5:
                    w("Info", f"Creating file \"{right}\\{sub}\\{fn()}\"", "creating_file")
                elif x < 0.62:
                    w("Info", f"Updating file \"{right}\\{sub}\\{fn()}\"", "updating_file")
                elif x < 0.7:
                    w("Info", f"Creating folder \"{right}\\{sub}\"", "creating_folder")
                elif x < 0.85:
                    f = fn()
                    w("Info", f"Moving file \"{right}\\{sub}\\{f}\" to \"{NAS}\\Versionen\\{sub}\\{f.rsplit('.', 1)[0]} {L.t:%Y-%m-%d %H%M%S}.{f.rsplit('.', 1)[1]}\"",
                      "moving_to_versions")
                elif x < 0.9:
                    w("Info", f"Deleting folder \"{right}\\{sub}\"", "deleting_folder")
                elif x < 0.95:
                    w("Info", f"Updating attributes of \"{right}\\{sub}\\{fn()}\"", "updating_attributes")
                elif x < 0.985:
                    res["err"] += 1
                    w("Error", f"Cannot read file \"{left}\\Lightroom\\Fotos-Katalog-v13-3.lrcat\".", "cannot_read_file")
                    cont("ERROR_SHARING_VIOLATION: The process cannot access the file because it is being used by another process. [CreateFile]",
                         "err_sharing_violation", "Error")
                else:
                    res["err"] += 1
                    w("Error", f"Cannot write file \"{right}\\{sub}\\{fn()}\".", "cannot_write_file")
                    cont("ERROR_DISK_FULL: There is not enough space on the disk. [WriteFile]", "err_disk_full", "Error")
        if g.r.random() < 0.08:
            res["warn"] += 1
            w("Warning", "Not enough free disk space available in:", "warn_disk_space")
            cont(f"{NAS}\\Fotos", "warn_path", "Warning")
            cont(f"Required:  {g.f(5, 40, 1)} GB", "warn_required", "Warning")
            cont(f"Available: {g.f(0.5, 4.9, 1)} GB", "warn_available", "Warning")
        if g.r.random() < 0.05:
            res["warn"] += 1
            w("Warning", "The following folders do not yet exist:", "warn_folders_missing")
            cont(f"{NAS}\\Kunden\\{g.c(['Lenz_Architekten', 'Hofmann_Events'])}", "warn_path", "Warning")
            cont("The folders are created automatically when needed.", "warn_created_automatically", "Warning")
        done = "Synchronization completed with errors" if res["err"] else ("Synchronization completed with warnings" if res["warn"] else
                                                                              "Synchronization completed successfully")
        w("Info", done, "sync_completed:" + done.split()[-1])
        L.rows = save
        took = L.t - t0
        L.t = t0
        L.emit(f"Fotos auf NAS {L.t:%Y-%m-%d %H:%M:%S} [{done.replace('Synchronization c', 'C')}]", "head_line", None)
        if res["err"]:
            L.emit(f"|    {res['err']} error{'s' if res['err'] > 1 else ''}", "sum_errors", None, None, None)
        if res["warn"]:
            L.emit(f"|    {res['warn']} warning{'s' if res['warn'] > 1 else ''}", "sum_warnings", None, None, None)
        L.emit(f"|    Items processed: {res['items']:,} ({g.f(0.01, 9.9, 2)} GB)", "sum_items", None, None, None)
        if res["err"]:
            L.emit(f"|    Items remaining: {res['err']} ({g.f(1, 900, 1)} MB)", "sum_remaining", None, None, None)
        L.emit(f"|    Total time: {str(took).split('.')[0].zfill(8)}", "sum_total_time", None, None, None)
        L.emit("_" * 95, "rule", None, None, None)
        L.emit("", "empty", None, None, None)
        L.rows.extend(body)
        L.t = t0 + took
        L.emit("", "empty", None, None, None)
        L.emit("", "empty", None, None, None)

    while len(L.rows) < N_LINES:
        run()
        L.t = L.t.replace(hour=18, minute=30, second=0) + dt.timedelta(days=1, seconds=g.num(0, 20))
    del L.rows[N_LINES:]
    carry_time(L, own_time)
    return L


# 14 --------------------------------------------------------------- Geant4 11.2 (multi-threaded) in a detector group's simulation of a lead-tungstate calorimeter prototype for a
#   test beam, run as a Slurm array on the institute's cluster (electron beams of 1 to 50 GeV, one energy per task); the job outputs
#   concatenated into one file. The job script's "Job 4471823_3 on wn-c017: start Tue Dec  1 10:00:00 UTC 2026" and "end ..." lines hold
#   the only times. Geant4 writes the banner, the physics list, the geometry overlap checks, the EM parameter tables, each EM process with
#   its tables and models, the hadronic processes summary, the table of material-cut couples, "### Run 0 starts.", the worker threads'
#   lines behind "G4WT3 > " (event progress, G4Exception warnings in their WWWW frame, the local run summary) and the global run summary
@checked
def log_geant4(seed):
    L = Log("geant4_slurm_outputs", seed, "full", False, False, start=dt.datetime(2026, 12, 1, 8, 0, 0, tzinfo=UTC))
    g = L.g
    st = {"task": 0}
    NT = 4

    def o(text, ev):
        L.emit(text, ev, None, None, None)

    def wt(k, text, ev):
        L.emit(f"G4WT{k} > {text}", ev, None, None, None)

    def banner():
        o("**************************************************************", "banner_stars")
        o(" Geant4 version Name: geant4-11-02-patch-02 [MT]   (21-June-2024)", "banner_version")
        o("  << in Multi-threaded mode >> ", "banner_mt")
        o("                       Copyright : Geant4 Collaboration", "banner_copyright")
        o("                      References : NIM A 506 (2003), 250-303", "banner_references")
        o("                                 : IEEE-TNS 53 (2006), 270-278", "banner_ref_more")
        o("                                 : NIM A 835 (2016), 186-225", "banner_ref_more")
        o("                             WWW : http://geant4.org/", "banner_www")
        o("**************************************************************", "banner_stars")
        o("", "empty")

    def physics():
        o("<<< Reference Physics List FTFP_BERT_EMZ ", "ref_physics_list")
        o("Checking overlaps for volume Calorimeter (G4Box) ... OK! ", "overlap_ok")
        for v in ["Module", "Crystal", "Wrapping", "Absorber_Front", "BeamWindow"]:
            if g.r.random() < 0.04 and v == "Wrapping":
                o(f"Checking overlaps for volume {v} (G4Box) ... ", "overlap_checking")
                o("-------- WWWW ------- G4Exception-START -------- WWWW -------", "exc_start")
                o("*** G4Exception : GeomVol1002", "exc_code")
                o("      issued by : G4PVPlacement::CheckOverlaps()", "exc_issued_by")
                o("Overlap with mother volume !", "exc_overlap_mother")
                o(f"          Overlap is detected for volume {v}:{g.num(0, 24)} (G4Box) with its mother volume Module (G4Box)", "exc_overlap_detail")
                o(f"          protrusion at mother local point ({g.f(-20, 20, 4)},{g.f(-20, 20, 4)},{g.f(-100, 100, 4)}) by {g.f(1, 90, 3)} um  (max of 1000 cases)",
                  "exc_overlap_protrusion")
                o("*** This is just a warning message. ***", "exc_just_warning")
                o("-------- WWWW -------- G4Exception-END --------- WWWW -------", "exc_end")
                o("", "empty")
            else:
                o(f"Checking overlaps for volume {v} (G4Box) ... OK! ", "overlap_ok")
        o("### Birks coefficients used in run time", "birks_head")
        o("   G4_PbWO4     0.00333 mm/MeV     0.0027405 g/cm^2/MeV  massFactor=  101.3 effCharge= 52.0", "birks_row")
        o("==================================================================", "birks_rule")
        o("", "empty")
        for title, rows in [("Electromagnetic Physics Parameters", [
                ("LPM effect enabled", "1"), ("Enable creation and use of sampling tables", "0"), ("Apply cuts on all EM processes", "0"),
                ("Use combined TransportationWithMsc", "Disabled"), ("Use general process", "1"), ("Enable linear polarisation for gamma", "0"),
                ("Enable photoeffect sampling below K-shell", "1"), ("Enable sampling of quantum entanglement", "0"),
                ("X-section factor for integral approach", "0.8"), ("Min kinetic energy for tables", "100 eV "), ("Max kinetic energy for tables", "100 TeV"),
                ("Number of bins per decade of a table", "7"), ("Verbose level", "1"), ("Verbose level for worker thread", "0"),
                ("Lowest triplet kinetic energy", "1 MeV"), ("Enable sampling of gamma linear polarisation", "0"), ("Livermore data directory", "epics_2017")]),
                ("Ionisation Parameters", [
                    ("Step function for e+-", "(0.2, 10 um)"), ("Step function for muons/hadrons", "(0.1, 50 um)"),
                    ("Step function for light ions", "(0.1, 20 um)"), ("Step function for general ions", "(0.1, 1 um)"), ("Lowest e+e- kinetic energy", "100 eV "),
                    ("Lowest muon/hadron kinetic energy", "1 keV"), ("Use ICRU90 data", "0"), ("Fluctuations of dE/dx are enabled", "1"),
                    ("Type of fluctuation model for leptons and hadrons", "Urban"), ("Use built-in Birks satuaration", "0"),
                    ("Build CSDA range enabled", "0"), ("Use cut as a final range enabled", "0"), ("Enable angular generator interface", "0")]),
                ("Multiple Scattering Parameters", [
                    ("Type of msc step limit algorithm for e+-", "3"), ("Range factor for msc step limit for e+-", "0.08"),
                    ("Geometry factor for msc step limitation of e+-", "2.5"), ("Safety factor for msc step limit for e+-", "0.6"),
                    ("Skin parameter for msc step limitation of e+-", "3"), ("Lambda limit for msc step limit for e+-", "1 mm"),
                    ("Use Mott correction for e- scattering", "1"), ("Factor used for dynamic computation of angular ", "1.25")])]:
            o("=======================================================================", "table_rule")
            o(f"======{title:^55}========", "table_title:" + title)
            o("=======================================================================", "table_rule")
            for k, v in rows:
                o(f"{k:<51}{v}", "param:" + k)
        o("=======================================================================", "table_rule")
        o("", "empty")
        for proc, part, sub, bt, tables, models in [
                ("phot", "gamma", 12, 0, ["      LambdaPrime table from 200 keV to 100 TeV in 61 bins "], [" LivermorePhElectric : Emin=    0 eV  Emax=  100 TeV  SauterGavrila Fluo"]),
                ("compt", "gamma", 13, 1, ["      Lambda table from 100 eV  to 1 MeV, 7 bins/decade, spline: 1", "      LambdaPrime table from 1 MeV to 100 TeV in 56 bins "],
                 ["  LowEPComptonModel : Emin=    0 eV  Emax=   20 MeV  Fluo", "    KleinNishinaModel : Emin=   20 MeV Emax=  100 TeV  Fluo"]),
                ("conv", "gamma", 14, 1, ["      Lambda table from 1.022 MeV to 100 TeV, 18 bins/decade, spline: 1"],
                 ["     BetheHeitler5D : Emin=    0 eV  Emax=   80 GeV  ModifiedTsai", "    BetheHeitlerLPM : Emin=   80 GeV Emax=  100 TeV  ModifiedTsai"]),
                ("msc", "e-", 10, 1, ["      Lambda table from 100 eV  to 100 TeV, 7 bins/decade, spline: 1"],
                 ["  GoudsmitSaunderson : Emin=    0 eV  Emax=  100 MeV Table with 112 bins Emin=    100 eV  Emax=    100 MeV",
                  "        WentzelVIUni : Emin=  100 MeV Emax=  100 TeV Table with 42 bins Emin=    100 MeV Emax=    100 TeV"]),
                ("eIoni", "e-", 2, 1, ["      dE/dx and range tables from 100 eV  to 100 TeV in 84 bins", "      Lambda tables from threshold to 100 TeV, 7 bins/decade, spline: 1",
                                       "      StepFunction=(0.2, 0.01 mm), integ: 3, fluct: 1, linLossLim= 0.01"],
                 ["        MollerBhabha : Emin=    0 eV  Emax=  100 TeV"]),
                ("eBrem", "e-", 3, 1, ["      dE/dx and range tables from 100 eV  to 100 TeV in 84 bins", "      Lambda tables from threshold to 100 TeV, 7 bins/decade, spline: 1"],
                 ["             eBremSB : Emin=    0 eV  Emax=    1 GeV  AngularGen2BS", "            eBremLPM : Emin=    1 GeV Emax=  100 TeV  AngularGen2BS"])]:
            o(f"{proc}:  for {part} SubType={sub} BuildTable={bt}", "em_process")
            for t in tables:
                o(t, "em_table:" + t.split()[0] + (t.split()[1] if t.split()[0] == "Lambda" else ""))
            o("      ===== EM models for the G4Region  DefaultRegionForTheWorld ======", "em_models_region")
            for m in models:
                o(f"      {m}", "em_model_msc" if "Table with" in m else "em_model")
        o("", "empty")
        o("====================================================================", "had_rule")
        o("                  HADRONIC PROCESSES SUMMARY (verbose level 1)", "had_title")
        for part, procs in [("neutron", [("hadElastic", ["NeutronHPElastic: 0 eV  ---> 20 MeV", "hElasticCHIPS: 19.9 MeV ---> 100 TeV"],
                                          ["NeutronHPElasticXS: 0 eV  ---> 20 MeV", "G4NeutronElasticXS: 0 eV  ---> 100 TeV"]),
                                         ("neutronInelastic", ["NeutronHPInelastic: 0 eV  ---> 20 MeV", "BertiniCascade: 19.9 MeV ---> 6 GeV",
                                                               "FTFP: 3 GeV ---> 100 TeV"], ["G4NeutronInelasticXS: 0 eV  ---> 100 TeV"])]),
                            ("proton", [("hadElastic", ["hElasticCHIPS: 0 eV  ---> 100 TeV"], ["BarashenkovGlauberGribov: 0 eV  ---> 100 TeV"]),
                                        ("protonInelastic", ["BertiniCascade: 0 eV  ---> 6 GeV", "FTFP: 3 GeV ---> 100 TeV"],
                                         ["G4BGGNucleonInelasticXS: 0 eV  ---> 100 TeV"])]),
                            ("pi+", [("hadElastic", ["hElasticGlauber: 0 eV  ---> 100 TeV"], ["BarashenkovGlauberGribov: 0 eV  ---> 100 TeV"]),
                                     ("pi+Inelastic", ["BertiniCascade: 0 eV  ---> 12 GeV", "FTFP: 4 GeV ---> 100 TeV"],
                                      ["G4BGGPionInelasticXS: 0 eV  ---> 100 TeV"])])]:
            o("---------------------------------------------------", "had_sep")
            o(f"                           Hadronic Processes for {part}", "had_for")
            for p, models, xs in procs:
                o(f"  Process: {p}", "had_process")
                for m in models:
                    o(f"        Model:             {m}", "had_model")
                for x in xs:
                    o(f"     Cr_sctns:            {x}", "had_xs")
        o("================================================================", "had_rule2")
        o("", "empty")

    def couples(e):
        o("", "empty")
        o("========= Table of registered couples ============================", "couples_title")
        for i, (mat, cuts, thr) in enumerate([("G4_AIR", "gamma  700 um     e-  700 um     e+  700 um  proton 700 um ",
                                               "gamma  990 eV     e-  990 eV     e+  990 eV  proton 70 keV"),
                                              ("G4_PbWO4", "gamma  700 um     e-  700 um     e+  700 um  proton 700 um ",
                                               "gamma  94.9 keV    e-  1.01 MeV    e+  950 keV proton 70 keV"),
                                              ("G4_MYLAR", "gamma  700 um     e-  700 um     e+  700 um  proton 700 um ",
                                               "gamma  2.73 keV    e-  306 keV    e+  299 keV proton 70 keV"),
                                              ("G4_Al", "gamma  700 um     e-  700 um     e+  700 um  proton 700 um ",
                                               "gamma  6.88 keV    e-  596 keV    e+  568 keV proton 70 keV")]):
            o("", "empty")
            o(f"Index : {i}     used in the geometry : Yes", "couple_index")
            o(f" Material : {mat}", "couple_material")
            o(f" Range cuts        :  {cuts}", "couple_range_cuts")
            o(f" Energy thresholds :  {thr}", "couple_thresholds")
            o(" Region(s) which use this couple : ", "couple_regions")
            o("    DefaultRegionForTheWorld", "couple_region_name")
        o("", "empty")
        o("====================================================================", "couples_rule")
        o("", "empty")

    def g4exc(k):
        x = g.r.random()
        wt(k, "", "empty")
        wt(k, "-------- WWWW ------- G4Exception-START -------- WWWW -------", "exc_start")
        if x < 0.7:
            wt(k, "*** G4Exception : GeomNav1002", "exc_code")
            wt(k, "      issued by : G4Navigator::ComputeStep()", "exc_issued_by")
            wt(k, "Track stuck or not moving.", "exc_track_stuck")
            wt(k, "          Track stuck, not moving for 10 steps", "exc_stuck_steps")
            wt(k, f"          in volume -Crystal- at point ({g.f(-100, 100, 4)},{g.f(-100, 100, 4)},{g.f(0, 250, 4)}) (local point "
               f"({g.f(-11, 11, 4)},{g.f(-11, 11, 4)},{g.f(-115, 115, 4)}))", "exc_stuck_point")
            wt(k, f"          direction: ({g.f(-1, 1, 6)},{g.f(-1, 1, 6)},{g.f(-1, 1, 6)}) (local direction: ({g.f(-1, 1, 6)},{g.f(-1, 1, 6)},{g.f(-1, 1, 6)})).",
               "exc_stuck_direction")
            wt(k, "          Potential overlap in geometry!", "exc_potential_overlap")
        else:
            wt(k, "*** G4Exception : had012", "exc_code")
            wt(k, "      issued by : G4HadronicProcess:CheckResult()", "exc_issued_by")
            wt(k, "Warning: Bad energy non-conservation detected, will re-sample the interaction", "exc_bad_energy")
            wt(k, f" Process / Model: {g.c(['neutronInelastic / NeutronHPInelastic', 'protonInelastic / BertiniCascade', 'pi-Inelastic / FTFP'])}",
               "exc_process_model")
            wt(k, f" Primary: {g.c(['neutron', 'proton', 'pi-'])} ({g.num(2112, 2212)}), E= {g.f(1, 900, 3)} MeV, target nucleus ({g.c([82, 74, 8])},{g.c([208, 184, 16])})",
               "exc_primary")
            wt(k, f" E(initial - final) = {g.f(-900, 900, 4)} MeV.", "exc_energy_diff")
        wt(k, "", "empty")
        wt(k, "*** This is just a warning message. ***", "exc_just_warning")
        wt(k, "-------- WWWW -------- G4Exception-END --------- WWWW -------", "exc_end")
        wt(k, "", "empty")

    def job():
        st["task"] += 1
        e = [1, 2, 5, 10, 20, 30, 50][(st["task"] - 1) % 7]
        n = 20000
        node = f"wn-c{g.num(1, 64):03d}"
        L.emit(f"Job 4471823_{st['task']} on {node}: start {ctime(L.t)[:20]}UTC {L.t.year}", "job_start")
        banner()
        physics()
        o("### Run 0 starts.", "run_starts")
        couples(e)
        split = [n // NT + g.num(-40, 40) for _ in range(NT - 1)]
        split.append(n - sum(split))
        for k in range(NT):
            wt(k, "### Run 0 starts on worker thread " + str(k) + ".", "run_starts_worker")
        for ev in range(0, n, 250):
            k = g.num(0, NT - 1)
            wt(k, f"--> Event {ev} starts with initial seeds ({g.num(10 ** 7, 10 ** 9)},{g.num(10 ** 7, 10 ** 9)}).", "event_starts")
            if g.r.random() < (0.06 + e / 500):
                g4exc(k)
        mean = e * g.r.uniform(0.905, 0.915)
        for k in range(NT):
            wt(k, "--------------------End of Local Run------------------------", "end_local_run")
            wt(k, f" The run consists of {split[k]} e- of {e} GeV", "run_consists")
            wt(k, f" Energy deposit in crystals : mean = {mean * g.r.uniform(0.998, 1.002):.4f} GeV  rms = {mean * 0.02 / e ** 0.5:.4f} GeV", "edep")
            wt(k, "------------------------------------------------------------", "run_rule")
            wt(k, "", "empty")
        o("--------------------End of Global Run-----------------------", "end_global_run")
        o(f" The run consists of {n} e- of {e} GeV", "run_consists")
        o(f" Energy deposit in crystals : mean = {mean:.4f} GeV  rms = {mean * 0.02 / e ** 0.5:.4f} GeV", "edep")
        o(f" Energy resolution : {2.0 / e ** 0.5:.3f} %", "resolution")
        o("------------------------------------------------------------", "run_rule")
        o("", "empty")
        o("G4 kernel has come to Quit state.", "quit_state")
        o("================== Deleting memory pools ===================", "pools_title")
        o(f"Number of memory pools allocated: {g.num(9, 12)}; of which, static: 0", "pools_allocated")
        o(f"Dynamic pools deleted: {g.num(9, 12)} / Total memory freed: {g.f(0.3, 2.5, 2)} MB", "pools_deleted")
        o("============================================================", "pools_rule")
        L.t += dt.timedelta(minutes=g.num(20, 200), seconds=g.num(0, 59))
        L.emit(f"Job 4471823_{st['task']} on {node}: end {ctime(L.t)[:20]}UTC {L.t.year}", "job_end")
        L.t += dt.timedelta(seconds=g.num(0, 40))

    while len(L.rows) < N_LINES:
        job()
    del L.rows[N_LINES:]
    carry_time(L, own_time)
    return L


# 15 --------------------------------------------------------------- Godot Engine 4.3 running the headless dedicated server of a small studio's online co-op game on a Linux
#   VPS (`./skyward_server.x86_64 --headless -- --server`), its file log user://logs/godot.log kept with the rotated ones and joined: the
#   engine's banner, the game's own logger ("[2026-12-01T10:00:00] [INFO] [Net] message", written by its GDScript with print(), local
#   time that is UTC), and the engine's errors and warnings with no time ("ERROR: message" and a "   at: function (file:line)" line
#   under it, "SCRIPT ERROR:" with its GDScript location, push_warning's "WARNING:"), a crash with the engine's backtrace, the leak
#   messages at exit
@checked
def log_godot(seed):
    L = Log("godot_server_log", seed, "full", True, True, start=dt.datetime(2026, 11, 29, 12, 0, 0, tzinfo=UTC))
    g = L.g
    NAMES = ["nyxie", "Brakka", "tomtom88", "Lumen", "xXsk4rXx", "mirabelle", "Hrafn", "duskwalker", "Pip", "kestrel_", "OkamiRin", "gus"]
    st = {"peers": {}, "room": 100}

    def w(lv, tag, msg, ev):
        ms_(L, 0, 400)
        L.emit(f"[{L.t:%Y-%m-%dT%H:%M:%S}] [{lv}] [{tag}] {msg}", ev, lv, tag)

    def eng(text, ev, lv):
        L.emit(text, ev, lv, None, None)

    def start():
        eng("Godot Engine v4.3.stable.official.77dcf97d8 - https://godotengine.org", "engine_banner", None)
        eng("", "empty", None)
        w("INFO", "Boot", "Skyward Hollow server 0.9.14 (build 2026-11-27, protocol 23)", "boot_version")
        w("INFO", "Boot", "Loaded config user://server.cfg: max_players=32, tick_rate=30, region=eu-central", "boot_config")
        w("INFO", "Net", "ENet server listening on UDP port 24570", "net_listening")
        w("INFO", "Lobby", "Registered with master server https://lobby.skywardhollow.example (id 7f3a)", "lobby_registered")

    def join():
        if len(st["peers"]) >= 16:
            return
        pid = g.num(10 ** 8, 2 ** 31 - 1)
        name = g.c(NAMES)
        st["peers"][pid] = name
        w("INFO", "Net", f"Peer {pid} connected from {g.ip('pub')}:{g.num(30000, 65000)}", "peer_connected")
        if g.r.random() < 0.05:
            w("WARN", "Net", f"Peer {pid}: protocol mismatch (client 22, server 23), kicking", "protocol_mismatch")
            eng(f"WARNING: Kicked peer {pid}: outdated client", "godot_push_warning", "WARNING")
            eng("     at: push_warning (core/variant/variant_utility.cpp:1118)", "godot_at", "WARNING")
            del st["peers"][pid]
            return
        w("INFO", "Auth", f"Peer {pid} authenticated as '{name}' (steam {g.num(76561197960265728, 76561199999999999)})", "peer_authenticated")
        if g.r.random() < 0.5:
            st["room"] += 1
            w("INFO", "Lobby", f"'{name}' created room {st['room']} (map: {g.c(['frostcaves', 'sunken_keep', 'ember_wastes', 'skyward_spire'])}, difficulty "
              f"{g.c(['normal', 'hard', 'nightmare'])})", "room_created")
        else:
            w("INFO", "Lobby", f"'{name}' joined room {g.num(100, st['room'])}", "room_joined")

    def leave():
        if not st["peers"]:
            return
        pid = list(st["peers"])[g.num(0, len(st["peers"]) // 3)]
        name = st["peers"].pop(pid)
        if g.r.random() < 0.15:
            w("WARN", "Net", f"Peer {pid} ('{name}') timed out after {g.num(10, 30)} s", "peer_timeout")
        else:
            w("INFO", "Net", f"Peer {pid} ('{name}') disconnected", "peer_disconnected")
        if g.r.random() < 0.12:
            eng(f"ERROR: Node not found: \"World/Players/{pid}\" (relative to \"/root\").", "godot_node_not_found", "ERROR")
            eng("   at: get_node (scene/main/node.cpp:1792)", "godot_at", "ERROR")

    def game():
        x = g.r.random()
        if x < 0.35:
            w("INFO", "Match", f"Room {g.num(100, st['room'])}: wave {g.num(1, 30)} cleared in {g.f(20, 240, 1)} s ({g.num(1, 4)} players)", "wave_cleared")
        elif x < 0.55:
            w("INFO", "Match", f"Room {g.num(100, st['room'])}: boss '{g.c(['Frostmaw', 'The Hollow King', 'Cinder Matron'])}' defeated, loot rolled for "
              f"{g.num(1, 4)} players", "boss_defeated")
        elif x < 0.7:
            w("INFO", "Save", f"Saved {g.num(1, 20)} player profiles to user://profiles ({g.num(4, 90)} ms)", "profiles_saved")
        elif x < 0.8:
            w("DEBUG", "Net", f"Tick budget exceeded: {g.f(34, 90, 1)} ms (room {g.num(100, st['room'])}, {g.num(80, 600)} entities)", "tick_budget")
        elif x < 0.9:
            w("WARN", "AntiCheat", f"Peer {g.c(list(st['peers']) or [1])}: position correction {g.f(3, 40, 1)} m in one tick, resyncing", "position_correction")
        else:
            w("INFO", "Match", f"Room {g.num(100, st['room'])} closed after {g.num(3, 90)} min", "room_closed")

    def engine_error():
        x = g.r.random()
        if x < 0.35:
            eng("SCRIPT ERROR: Invalid access to property or key 'global_position' on a base object of type 'null instance'.", "godot_script_error_access",
                "SCRIPT ERROR|ERROR")
            eng(f"          at: Projectile._physics_process (res://entities/projectile.gd:{g.c([41, 41, 57])})", "godot_at", "SCRIPT ERROR|ERROR")
        elif x < 0.55:
            eng("SCRIPT ERROR: Invalid call. Nonexistent function 'take_damage' in base 'Nil'.", "godot_script_error_call", "SCRIPT ERROR|ERROR")
            eng(f"          at: Hitbox._on_area_entered (res://combat/hitbox.gd:{g.c([23, 23, 31])})", "godot_at", "SCRIPT ERROR|ERROR")
        elif x < 0.75:
            eng("ERROR: Condition \"!is_inside_tree()\" is true. Returning: Transform3D()", "godot_condition_true", "ERROR")
            eng("   at: get_global_transform (scene/3d/node_3d.cpp:343)", "godot_at", "ERROR")
        elif x < 0.9:
            eng(f"ERROR: Failed to save profile for peer {g.num(10 ** 8, 2 ** 31 - 1)}: ERR_FILE_CANT_WRITE", "godot_push_error", "ERROR")
            eng("   at: push_error (core/variant/variant_utility.cpp:1092)", "godot_at", "ERROR")
        else:
            eng("ERROR: Parameter \"peer\" is null.", "godot_param_null", "ERROR")
            eng("   at: _send_sys (modules/multiplayer/scene_multiplayer.cpp:612)", "godot_at", "ERROR")

    def crash():
        eng("================================================================", "crash_rule", None)
        eng("handle_crash: Program crashed with signal 11", "crash_signal", None)
        eng("Engine version: Godot Engine v4.3.stable.official (77dcf97d82cbfe4e4615475fa52ca03da645dbd8)", "crash_engine_version", None)
        eng("Dumping the backtrace. Please include this when reporting the bug to the project developer.", "crash_dumping", None)
        eng(f"[1] /lib/x86_64-linux-gnu/libc.so.6(+0x42520) [0x7f{g.hx(10)}] (??:0)", "crash_frame", None)
        for i in range(2, g.num(8, 14)):
            eng(f"[{i}] ./skyward_server.x86_64() [0x{g.hx(7)}] (??:0)", "crash_frame", None)
        eng("-- END OF BACKTRACE --", "crash_end", None)
        eng("================================================================", "crash_rule", None)
        st["peers"] = {}
        L.tick(20)
        start()

    def shutdown():
        w("INFO", "Boot", "SIGTERM received, saving and shutting down", "sigterm")
        w("INFO", "Save", f"Saved {len(st['peers'])} player profiles to user://profiles ({g.num(4, 90)} ms)", "profiles_saved")
        eng("WARNING: ObjectDB instances leaked at exit (run with --verbose for details).", "godot_objectdb_leaked", "WARNING")
        eng("     at: cleanup (core/object/object.cpp:2378)", "godot_at", "WARNING")
        eng(f"ERROR: {g.num(1, 9)} resources still in use at exit (run with --verbose for details).", "godot_resources_in_use", "ERROR")
        eng("   at: clear (core/io/resource.cpp:604)", "godot_at", "ERROR")
        st["peers"] = {}
        L.tick(60)
        start()

    start()
    ev = [(14, join), (8, leave), (26, game), (6, engine_error), (0.12, crash), (0.15, shutdown)]
    fill(L, ev, N_LINES, 50)
    del L.rows[N_LINES:]
    carry_time(L, own_time)
    return L


# 16 --------------------------------------------------------------- HTTrack 3.49 mirroring the web site of a regional history museum for its web archive every Sunday night
#   (`httrack https://www.museum-example.de/ -O /srv/mirror/museum ... -%v -z`), the hts-log.txt of each run appended by the cron script to
#   one archive: the launch line with its full date, the command line, the note about sensitive information, then "02:00:05<tab>Warning:
#   <tab>message" lines (time of day): moved pages, 404s and 403s with the page that links to them, connection errors and time-outs,
#   robots.txt rules, links recorded and updated, and the closing statistics ("mirror complete in 1 hour 12 minutes ...")
@checked
def log_httrack(seed):
    L = Log("httrack_hts_log", seed, "tod", True, False, start=dt.datetime(2026, 10, 4, 2, 0, 1, tzinfo=UTC))
    g = L.g
    SITE = "www.museum-example.de"
    PAGES = ["sammlung", "sammlung/mittelalter", "sammlung/industrie", "ausstellungen", "ausstellungen/archiv-2019", "ausstellungen/archiv-2021", "besuch",
             "besuch/oeffnungszeiten", "museumspaedagogik", "verein", "presse", "presse/mitteilungen-2024", "shop", "en/collection", "veranstaltungen"]

    def w(lv, msg, ev):
        ms_(L, 0, 4000)
        L.emit(f"{L.t:%H:%M:%S}\t{lv}: \t{msg}", ev, lv)

    def o(text, ev):
        L.emit(text, ev, None, None, None)

    def page():
        p = g.c(PAGES)
        return f"{SITE}/{p}/{g.c(['index.html', '', 'detail.php?id=' + str(g.num(10, 900)), 'bild-' + str(g.num(1, 90)) + '.jpg', 'flyer.pdf'])}"

    def run():
        t0 = L.t
        L.emit(f"HTTrack3.49-5+htsswf+htsjava launched on {L.t:%a, %d %b %Y %H:%M:%S} at https://{SITE}/ +*.museum-example.de/* -*.zip -mime:video/*",
               "launched")
        o(f"(httrack https://{SITE}/ -O \"/srv/mirror/museum\" \"+*.museum-example.de/*\" \"-*.zip\" \"-mime:video/*\" -%v -z -r8 -c6 -s2 )", "command_line")
        o("Information, Warnings and Errors reported for this mirror:", "info_head")
        o("note:\tthe hts-log.txt file, and hts-cache folder, may contain sensitive information,", "note_1")
        o("\tsuch as username/password authentication for websites mirrored in this project", "note_2")
        o("\tdo not share these files/folders if you want these information to remain private", "note_3")
        w("Info", f"Note: due to {SITE} remote robots.txt rules, links beginning with these path will be forbidden: /intern/, /suche/, /admin/ "
          "(see in the options to disable this)", "robots_note")
        n_err = n_warn = n_info = 0
        for _ in range(g.num(60, 200)):
            x = g.r.random()
            src = page()
            if x < 0.3:
                w("Debug", f"engine: transfer-status: link updated: {page()} -> /srv/mirror/museum/{SITE}/{g.c(PAGES)}/index.html", "link_updated")
                n_info += 1
            elif x < 0.45:
                w("Debug", f"engine: transfer-status: link added: {page()} -> /srv/mirror/museum/{SITE}/{g.c(PAGES)}/index.html", "link_added")
            elif x < 0.53:
                w("Debug", f"engine: transfer-status: link recorded: {page()} -> /srv/mirror/museum/{SITE}/{g.c(PAGES)}/bild-{g.num(1, 90)}.jpg", "link_recorded")
            elif x < 0.65:
                n_warn += 1
                w("Warning", f"Moved Permanently for {SITE}/{g.c(PAGES)}", "moved_permanently")
                w("Warning", f"File has moved from {SITE}/{g.c(PAGES)} to https://{SITE}/{g.c(PAGES)}/", "file_has_moved")
            elif x < 0.8:
                n_err += 1
                w("Error", f"\"Not Found\" (404) at link {page()} (from {src})", "error_at_link")
            elif x < 0.85:
                n_err += 1
                w("Error", f"\"Forbidden\" (403) at link {SITE}/intern/{g.c(['login.php', 'team.pdf', 'dienstplan.xlsx'])} (from {src})", "error_at_link")
            elif x < 0.9:
                n_err += 1
                w("Error", f"\"Connect Error\" (-5) at link {g.c(['cdn.museum-example.de', 'shop.museum-example.de'])}/{g.c(['js/app.js', 'img/banner.webp', 'katalog'])} (from {src})",
                  "error_at_link")
            elif x < 0.94:
                n_err += 1
                w("Error", f"\"Time Out\" (-4) at link {page()} (from {src})", "error_at_link")
            elif x < 0.97:
                n_warn += 1
                w("Warning", f"Retry after error -4 (Time Out) at link {page()} (from {src})", "retry_after_error")
            else:
                n_warn += 1
                w("Warning", f"Cache: Mime type changed for {page()}: text/html -> application/pdf", "mime_changed")
        secs = int((L.t - t0).total_seconds())
        h, m, s = secs // 3600, secs % 3600 // 60, secs % 60
        links = g.num(4000, 9000)
        el = (f"{h} hour{'s' if h != 1 else ''} " if h else "") + f"{m} minute{'s' if m != 1 else ''} {s} second{'s' if s != 1 else ''}"
        o("", "empty")
        o(f"HTTrack Website Copier/3.49-5 mirror complete in {el} : {links} links scanned, {links - g.num(100, 900)} files written "
          f"({g.num(10 ** 8, 9 * 10 ** 9)} bytes overall) [{g.num(10 ** 6, 10 ** 8)} bytes received at {g.num(1000, 90000)} bytes/sec], "
          f"{g.num(10 ** 6, 10 ** 8)} bytes transferred using HTTP compression in {g.num(300, 3000)} files, ratio {g.num(20, 40)}%, "
          f"{g.f(1.2, 9.9, 1)} requests per connection", "mirror_complete")
        o(f"({n_err} errors, {n_warn} warnings, {n_info} messages)", "mirror_counts")
        o("", "empty")
        o("Done.", "done")
        o("Thanks for using HTTrack!", "thanks")
        o("", "empty")

    while len(L.rows) < N_LINES:
        run()
        L.t = L.t.replace(hour=2, minute=0, second=1) + dt.timedelta(days=7)
    del L.rows[N_LINES:]
    carry_time(L, own_time)
    return L


# 17 --------------------------------------------------------------- ISC DHCP server 4.4.3 (dhcpd, Debian's isc-dhcp-server) as the primary of a failover pair serving a university
#   campus' wireless and lab networks through relay agents, with dynamic DNS updates; /var/log/syslog filtered to dhcpd ("Dec  1 10:00:00
#   dhcp1 dhcpd[1423]: DHCPACK on 10.60.12.34 to 3c:22:fb:aa:bb:cc (iPhone) via 10.60.0.1"): the DISCOVER/OFFER/REQUEST/ACK exchanges, renewals
#   sent straight to the server, INFORMs, RELEASEs, NAKs for clients from another network, pools running out, abandoned addresses after
#   a ping answered, the failover peer's state changes and pool balancing, DNS updates and their failures, the lease file rewrites, and
#   a restart with the start-up banner
@checked
def log_dhcpd(seed):
    L = Log("isc_dhcpd_syslog", seed, "noyear", False, True, start=dt.datetime(2026, 12, 1, 7, 0, 0, tzinfo=UTC))
    g = L.g
    HOST = "dhcp1"
    st = {"pid": 1423}
    NETS = [("10.60.0.1", "10.60", "eduroam"), ("10.61.0.1", "10.61", "campus-guest"), ("10.62.0.1", "10.62", "labs"), ("10.63.0.1", "10.63", "library")]
    NAMES = ["iPhone", "Galaxy-S23", "DESKTOP-" + "8KQ2M1F", "MacBook-Pro", "android-3f9a2c1e7b", "ThinkPad-X1", "iPad", "Pixel-8", "lab-pc-17",
             "LAPTOP-J4N2", "raspberrypi", "HP-Printer-4F21"]
    clients = {}

    def w(msg, ev, prog="dhcpd"):
        ms_(L, 0, 80)
        L.emit(f"{syslog_ts(L.t)} {HOST} {prog}[{1 if prog == 'systemd' else st['pid']}]: {msg}", ev, None, prog)

    def client():
        if clients and g.r.random() < 0.6:
            mac = g.c(list(clients))
            return mac, clients[mac]
        mac = g.mac()
        relay, pre, _ = g.c(NETS)
        ip = f"{pre}.{g.num(1, 15)}.{g.num(2, 254)}"
        name = g.c(NAMES) if g.r.random() < 0.8 else None
        clients[mac] = (ip, relay, name)
        return mac, clients[mac]

    def cl(mac, name):
        return f"{mac} ({name})" if name else mac

    def dora():
        mac, (ip, relay, name) = client()
        w(f"DHCPDISCOVER from {cl(mac, name)} via {relay}", "discover")
        w(f"DHCPOFFER on {ip} to {cl(mac, name)} via {relay}", "offer")
        w(f"DHCPREQUEST for {ip} (10.0.20.5) from {cl(mac, name)} via {relay}", "request")
        w(f"DHCPACK on {ip} to {cl(mac, name)} via {relay}", "ack")
        if name and g.r.random() < 0.3:
            fq = f"{name.lower()}.wlan.uni-example.de"
            if g.r.random() < 0.9:
                w(f"Added new forward map from {fq} to {ip}", "ddns_forward")
                w(f"Added reverse map from {'.'.join(reversed(ip.split('.')))}.in-addr.arpa. to {fq}", "ddns_reverse")
            else:
                w(f"Unable to add forward map from {fq} to {ip}: timed out", "ddns_forward_failed")

    def renew():
        mac, (ip, relay, name) = client()
        if g.r.random() < 0.5:
            w(f"DHCPREQUEST for {ip} from {cl(mac, name)} via {relay}", "request")
            w(f"DHCPACK on {ip} to {cl(mac, name)} via {relay}", "ack")
        else:
            w(f"DHCPREQUEST for {ip} from {cl(mac, name)} via ens192", "request")
            w(f"DHCPACK on {ip} to {cl(mac, name)} via ens192", "ack")

    def reuse():
        mac, (ip, relay, name) = client()
        w(f"reuse_lease: lease age {g.num(30, 900)} (secs) under 25% threshold, reply with unaltered, existing lease for {ip}", "reuse_lease")
        w(f"DHCPREQUEST for {ip} from {cl(mac, name)} via {relay}", "request")
        w(f"DHCPACK on {ip} to {cl(mac, name)} via {relay}", "ack")

    def inform():
        relay, pre, _ = g.c(NETS)
        w(f"DHCPINFORM from {pre}.{g.num(1, 15)}.{g.num(2, 254)} via {relay}", "inform")

    def release():
        if not clients:
            return
        mac = g.c(list(clients))
        ip, relay, name = clients.pop(mac)
        w(f"DHCPRELEASE of {ip} from {cl(mac, name)} via {relay} ({g.c(['found', 'found', 'not found'])})", "release")

    def nak():
        mac, (ip, relay, name) = client()
        other = f"192.168.{g.c([0, 1, 178])}.{g.num(2, 200)}"
        w(f"DHCPREQUEST for {other} from {cl(mac, name)} via {relay}: wrong network.", "request_wrong_network")
        w(f"DHCPNAK on {other} to {mac} via {relay}", "nak")

    def no_free():
        relay, pre, name = NETS[1]
        mac = g.mac()
        w(f"DHCPDISCOVER from {mac} via {relay}: network {pre}.0.0/20: no free leases", "no_free_leases")

    def abandon():
        mac, (ip, relay, name) = client()
        w(f"Abandoning IP address {ip}: pinged before offer", "abandon_pinged")
        if g.r.random() < 0.4:
            w(f"DHCPDECLINE of {ip} from {cl(mac, name)} via {relay}: abandoned", "decline")

    def failover():
        x = g.r.random()
        if x < 0.6:
            relay, pre, name = g.c(NETS)
            w(f"balancing pool {g.hx(12)} {pre}.0.0/20  total {g.num(3000, 4000)}  free {g.num(100, 1500)}  backup {g.num(100, 1500)}  lts {g.num(-30, 30)}  "
              f"max-own (+/-){g.num(100, 400)}", "balancing_pool")
            w(f"balanced pool {g.hx(12)} {pre}.0.0/20  total {g.num(3000, 4000)}  free {g.num(100, 1500)}  backup {g.num(100, 1500)}  lts {g.num(-5, 5)}  "
              f"max-misbal {g.num(100, 600)}", "balanced_pool")
        elif x < 0.8:
            w(f"bind update on {g.c(NETS)[1]}.{g.num(1, 15)}.{g.num(2, 254)} from dhcp-failover rejected: incoming update is less critical than outgoing update",
              "bind_update_rejected")
        else:
            w("failover peer dhcp-failover: I move from normal to communications-interrupted", "failover_move")
            w("failover peer dhcp-failover: peer moves from normal to communications-interrupted", "failover_peer_moves")
            L.tick(30)
            w("failover peer dhcp-failover: I move from communications-interrupted to normal", "failover_move")
            w("failover peer dhcp-failover: peer moves from communications-interrupted to normal", "failover_peer_moves")
            w("Sent update request all message to dhcp-failover", "update_request_all")
            w("Update request all from dhcp-failover: sending update", "update_request_from")
            w("Sent update done message to dhcp-failover", "update_done")

    def rewrite():
        w("Wrote 0 deleted host decls to leases file.", "wrote_deleted_host_decls")
        w("Wrote 0 new dynamic host decls to leases file.", "wrote_new_host_decls")
        w(f"Wrote {g.num(6000, 9000)} leases to leases file.", "wrote_leases")

    def restart():
        w("Received signal 15, initiating shutdown.", "signal_shutdown")
        w("Stopping ISC DHCP server...", "sd_stopping", "systemd")
        L.tick(2)
        st["pid"] = g.num(1500, 40000)
        w("Starting ISC DHCP server...", "sd_starting", "systemd")
        w("Internet Systems Consortium DHCP Server 4.4.3-P1", "banner_version")
        w("Copyright 2004-2022 Internet Systems Consortium.", "banner_copyright")
        w("All rights reserved.", "banner_rights")
        w("For info, please visit https://www.isc.org/software/dhcp/", "banner_info")
        w("Config file: /etc/dhcp/dhcpd.conf", "config_file")
        w("Database file: /var/lib/dhcp/dhcpd.leases", "database_file")
        w("PID file: /run/dhcp-server/dhcpd.pid", "pid_file")
        rewrite()
        w("Server starting service.", "starting_service")
        w("Listening on LPF/ens192/00:50:56:9a:41:0c/10.0.20.0/24", "listening_on")
        w("Sending on   LPF/ens192/00:50:56:9a:41:0c/10.0.20.0/24", "sending_on")
        w("Sending on   Socket/fallback/fallback-net", "sending_on")
        w("failover peer dhcp-failover: I move from normal to startup", "failover_move")
        L.tick(5)
        w("failover peer dhcp-failover: peer moves from normal to normal", "failover_peer_moves")
        w("failover peer dhcp-failover: I move from startup to normal", "failover_move")
        w("Started ISC DHCP server.", "sd_started", "systemd")

    ev = [(26, dora), (30, renew), (10, reuse), (6, inform), (5, release), (2.5, nak), (0.8, no_free), (0.6, abandon), (3, failover), (1.5, rewrite),
          (0.05, restart)]
    fill(L, ev, N_LINES, 6)
    del L.rows[N_LINES:]
    return L


# 18 --------------------------------------------------------------- Juju 3.5 managing a model of a small private cloud (Ceph monitors and OSDs, MySQL InnoDB Cluster with its
#   router for Keystone, NTP and NRPE subordinates) on MAAS machines; the operator's `juju debug-log --replay --no-tail -m openstack` saved
#   during an incident review: "unit-ceph-osd-1: 10:05:12 INFO juju.worker.uniter.operation ran \"update-status\" hook (via hook dispatching
#   script: dispatch)" (the agent, the time of day in UTC, the level, the logger module, the message): update-status every five minutes
#   per unit, the charms' juju-log lines (ops' DEBUG lines, reactive handlers, relation-scoped messages), hooks that fail with the
#   charm's Python traceback going on over lines without a prefix, leadership changes, an agent restart after a charm upgrade, machine
#   agents' API connections and warnings
@checked
def log_juju(seed):
    L = Log("juju_debug_log", seed, "tod", True, True, start=dt.datetime(2026, 12, 1, 6, 0, 0, tzinfo=UTC))
    g = L.g
    UNITS = [("ceph-mon", i, "ops") for i in range(3)] + [("ceph-osd", i, "classic") for i in range(4)] + [("mysql", i, "ops") for i in range(3)] + \
        [("keystone", 0, "classic"), ("mysql-router", 0, "ops"), ("ntp", 0, "reactive"), ("ntp", 1, "reactive"), ("nrpe", 3, "reactive"), ("nrpe", 5, "reactive")]
    st = {"rel": {"mysql": 12, "keystone": 7}}

    def w(agent, lv, module, msg, ev):
        ms_(L, 0, 900)
        L.emit(f"{agent}: {L.t:%H:%M:%S} {lv} {module} {msg}", ev, lv, module)

    def cont(text, ev, lv, module):
        L.emit(text, ev, lv, module, None)

    def ag(app, i):
        return f"unit-{app}-{i}"

    def update_status():
        app, i, kind = g.c(UNITS)
        a, u = ag(app, i), f"{app}/{i}"
        if kind == "ops":
            w(a, "DEBUG", f"unit.{u}.juju-log", "ops 2.17.0 up and running.", "ops_up")
            w(a, "DEBUG", f"unit.{u}.juju-log", "Emitting Juju event update_status.", "ops_emitting")
        elif kind == "reactive":
            w(a, "INFO", f"unit.{u}.juju-log", "Reactive main running for hook update-status", "reactive_main")
            if app == "nrpe" and g.r.random() < 0.5:
                w(a, "INFO", f"unit.{u}.juju-log", f"Invoking reactive handler: reactive/nrpe_helpers.py:{g.c([143, 287])}:update_nrpe_config", "reactive_handler")
        else:
            w(a, "INFO", f"unit.{u}.juju-log", "Updating status.", "updating_status")
            if app == "ceph-osd" and g.r.random() < 0.15:
                w(a, "WARNING", f"unit.{u}.update-status", "/var/lib/juju/agents/unit-ceph-osd-" + str(i) + "/charm/hooks/charmhelpers/contrib/storage/linux/"
                  "ceph.py:1532: DeprecationWarning: distutils Version classes are deprecated. Use packaging.version instead.", "hook_stderr_deprecation")
        w(a, "INFO", "juju.worker.uniter.operation", "ran \"update-status\" hook (via hook dispatching script: dispatch)" if kind != "classic"
          else "ran \"update-status\" hook (via explicit, bespoke hook script)", "ran_hook")

    def relation():
        x = g.r.random()
        if x < 0.5:
            rid = st["rel"]["keystone"]
            w("unit-keystone-0", "INFO", "unit.keystone/0.juju-log", f"shared-db:{rid}: Database access granted for keystone on {g.c(['10.5.1.21', '10.5.1.22'])}",
              "db_access_granted")
            w("unit-keystone-0", "INFO", "juju.worker.uniter.operation", "ran \"shared-db-relation-changed\" hook (via explicit, bespoke hook script)",
              "ran_hook")
        else:
            i = g.num(0, 2)
            rid = st["rel"]["mysql"]
            w(ag("mysql", i), "INFO", f"unit.mysql/{i}.juju-log", f"database:{rid}: Created user keystone with access from 10.5.1.{g.num(20, 40)}", "created_user")
            w(ag("mysql", i), "INFO", "juju.worker.uniter.operation", "ran \"database-relation-changed\" hook (via hook dispatching script: dispatch)", "ran_hook")

    def failure():
        i = g.num(0, 2)
        a, u = ag("mysql", i), f"mysql/{i}"
        rid = st["rel"]["mysql"]
        w(a, "ERROR", f"unit.{u}.juju-log", f"database:{rid}: Uncaught exception while in charm code:", "uncaught_exception")
        m = f"unit.{u}.juju-log"
        for text, ev in [("Traceback (most recent call last):", "py_traceback"),
                         (f"  File \"/var/lib/juju/agents/unit-mysql-{i}/charm/./src/charm.py\", line 1012, in <module>", "py_file"),
                         ("    main(MySQLOperatorCharm)", "py_code"),
                         (f"  File \"/var/lib/juju/agents/unit-mysql-{i}/charm/venv/ops/main.py\", line 551, in main", "py_file"),
                         ("    manager.run()", "py_code"),
                         (f"  File \"/var/lib/juju/agents/unit-mysql-{i}/charm/lib/charms/mysql/v0/mysql.py\", line 1874, in create_application_database_and_scoped_user",
                          "py_file"),
                         ("    raise MySQLCreateApplicationDatabaseAndScopedUserError(e.message)", "py_code"),
                         ("charms.mysql.v0.mysql.MySQLCreateApplicationDatabaseAndScopedUserError: Cluster member not ONLINE", "py_exception")]:
            cont(text, ev, "ERROR", m)
        w(a, "ERROR", "juju.worker.uniter.operation", "hook \"database-relation-changed\" (via hook dispatching script: dispatch) failed: exit status 1",
          "hook_failed")
        w(a, "INFO", "juju.worker.uniter", "awaiting error resolution for \"relation-changed\" hook", "awaiting_resolution")
        L.tick(300)
        w(a, "INFO", "juju.worker.uniter", "awaiting error resolution for \"relation-changed\" hook", "awaiting_resolution")
        w(a, "INFO", "juju.worker.uniter.operation", "ran \"database-relation-changed\" hook (via hook dispatching script: dispatch)", "ran_hook")

    def leadership():
        app = g.c(["ceph-mon", "mysql"])
        i = g.num(0, 2)
        w(ag(app, i), "INFO", "juju.worker.leadership", f"{app}/{i} promoted to leadership of {app}", "promoted")
        w(ag(app, i), "INFO", "juju.worker.uniter.operation", "ran \"leader-elected\" hook (via hook dispatching script: dispatch)", "ran_hook")

    def machine():
        m = f"machine-{g.num(0, 9)}"
        x = g.r.random()
        if x < 0.4:
            w(m, "INFO", "juju.worker.apicaller", f"[{g.hx(6)}] \"{m}\" successfully connected to \"10.5.0.{g.c([11, 12, 13])}:17070\"", "api_connected")
        elif x < 0.7:
            w(m, "WARNING", "juju.worker.proxyupdater", "unable to set snap core settings [proxy.http= proxy.https= proxy.store=]: exec: \"snap\": executable file "
              "not found in $PATH, output: \"\"", "proxy_snap")
        else:
            w(m, "ERROR", "juju.worker.dependency", f"\"broker-tracker\" manifold worker returned unexpected error: {g.c(['connection is shut down', 'EOF'])}",
              "manifold_error")

    def upgrade():
        app, i, kind = g.c([u for u in UNITS if u[0] in ("ntp", "nrpe")])
        a, u = ag(app, i), f"{app}/{i}"
        rev = {"ntp": 50, "nrpe": 117}[app]
        w(a, "INFO", "juju.worker.uniter", f"unit \"{u}\" shutting down: agent should be terminated", "shutting_down")
        w(a, "INFO", "juju.cmd", "running jujud [3.5.4 5c4d9a2b1e0f4c3a8b7e6d5f4a3b2c1d0e9f8a7b gc go1.22.8]", "running_jujud")
        w(a, "INFO", "juju.worker.uniter", f"unit \"{u}\" started", "unit_started")
        w(a, "INFO", "juju.worker.uniter", "hooks are retried true", "hooks_retried")
        w(a, "INFO", "juju.worker.uniter.charm", f"downloading ch:amd64/jammy/{app}-{rev} from API server", "charm_downloading")
        w(a, "INFO", "juju.downloader", f"downloading from ch:amd64/jammy/{app}-{rev}", "downloader_downloading")
        w(a, "INFO", "juju.downloader", f"download complete (\"ch:amd64/jammy/{app}-{rev}\")", "download_complete")
        w(a, "INFO", "juju.downloader", f"download verified (\"ch:amd64/jammy/{app}-{rev}\")", "download_verified")
        w(a, "INFO", "juju.worker.uniter", "found queued \"upgrade-charm\" hook", "found_queued")
        for hk in ["upgrade-charm", "config-changed", "start"]:
            w(a, "INFO", f"unit.{u}.juju-log", f"Reactive main running for hook {hk}", "reactive_main")
            w(a, "INFO", "juju.worker.uniter.operation", f"ran \"{hk}\" hook (via hook dispatching script: dispatch)", "ran_hook")

    ev = [(70, update_status), (8, relation), (0.6, failure), (0.5, leadership), (5, machine), (0.4, upgrade)]
    fill(L, ev, N_LINES, 20)
    del L.rows[N_LINES:]
    carry_time(L, own_time)
    return L


# 19 --------------------------------------------------------------- Kamal 2.3 deploying a small company's Rails shop (web role on two servers, a job role for Solid Queue, the
#   accessories left alone) from its deploy box: the script `bin/ship` writes a head line "### 2026-12-01T10:00:00Z kamal deploy -d production
#   (shop 4f2a9c1, by alice)" and appends Kamal's output to deploy.log. Kamal's lines have no time: its step lines ("Log into image
#   registry..."), SSHKit's "  INFO [8f3e2a1b] Running docker ... on 192.0.2.10" and "Finished in 0.245 seconds with exit status 0
#   (successful).", " DEBUG [8f3e2a1b] " lines that carry the output of the docker build (BuildKit's "#5 [base 2/4] RUN ..." steps), the
#   health check of the new container, the SSHKit error of a deploy whose container did not become healthy, the lock and the pruning
@checked
def log_kamal(seed):
    L = Log("kamal_deploy_log", seed, "full", True, False, start=dt.datetime(2026, 11, 16, 9, 0, 0, tzinfo=UTC))
    g = L.g
    WEB = ["192.0.2.10", "192.0.2.11"]
    JOB = ["192.0.2.12"]
    DEVS = ["alice", "bruno", "chiara", "deploy-bot"]
    REG = "ghcr.io/lindenhof-shop/shop"

    def o(text, ev, lv=None):
        L.emit(text, ev, lv, None, None)

    def cmd(command, host, ok=True, out=None):
        uid = g.hx(8)
        where = "as deploy@localhost" if host == "localhost" else f"on {host}"
        o(f"  INFO [{uid}] Running {command} {where}", "sshkit_running", "INFO")
        if out:
            for text, ev in out:
                o(f" DEBUG [{uid}] \t{text}", ev, "DEBUG")
        L.tick(2)
        if ok:
            o(f"  INFO [{uid}] Finished in {g.f(0.05, 2.5, 3)} seconds with exit status 0 (successful).", "sshkit_finished", "INFO")
        else:
            o(f"  INFO [{uid}] Finished in {g.f(0.05, 0.5, 3)} seconds with exit status 1 (failed).", "sshkit_finished", "INFO")
        return uid

    def build(sha):
        uid = g.hx(8)
        o("Build and push app image...", "step_build")
        cmd("docker --version && docker buildx version", "localhost")
        o(f"  INFO [{uid}] Running docker buildx build --output=type=registry --platform linux/amd64 --builder kamal-local-docker-container "
          f"-t {REG}:{sha} -t {REG}:latest --label service=\"shop\" --file Dockerfile . as deploy@localhost", "sshkit_running", "INFO")
        o(f" DEBUG [{uid}] Command: docker buildx build --output=type=registry --platform linux/amd64 --builder kamal-local-docker-container "
          f"-t {REG}:{sha} -t {REG}:latest --label service=\"shop\" --file Dockerfile .", "sshkit_debug_command", "DEBUG")

        def d(text, ev):
            o(f" DEBUG [{uid}] \t{text}", ev, "DEBUG")
        d("#0 building with \"kamal-local-docker-container\" instance using docker-container driver", "bk_building_with")
        d("", "empty")
        n = 0
        for title in ["[internal] load build definition from Dockerfile", "[internal] load metadata for docker.io/library/ruby:3.3.6-slim",
                      "[internal] load .dockerignore", "[base 1/2] FROM docker.io/library/ruby:3.3.6-slim@sha256:" + g.hx(64), "[internal] load build context",
                      "[base 2/2] WORKDIR /rails", "[build 1/6] RUN apt-get update -qq &&     apt-get install --no-install-recommends -y build-essential git "
                      "libpq-dev pkg-config", "[build 2/6] COPY Gemfile Gemfile.lock ./", "[build 3/6] RUN bundle install &&     rm -rf ~/.bundle/ "
                      "\"${BUNDLE_PATH}\"/ruby/*/cache", "[build 4/6] COPY . .", "[build 5/6] RUN bundle exec bootsnap precompile app/ lib/",
                      "[build 6/6] RUN SECRET_KEY_BASE_DUMMY=1 ./bin/rails assets:precompile", "[stage-2 1/3] COPY --from=build \"${BUNDLE_PATH}\" \"${BUNDLE_PATH}\"",
                      "[stage-2 2/3] COPY --from=build /rails /rails", "[stage-2 3/3] RUN groupadd --system --gid 1000 rails &&     useradd rails --uid 1000 "
                      "--gid 1000 --create-home --shell /bin/bash &&     chown -R rails:rails db log storage tmp"]:
            n += 1
            d(f"#{n} {title}", "bk_step")
            cached = ("apt-get" in title or "bundle install" in title) and g.r.random() < 0.8
            if cached or "[base" in title:
                d(f"#{n} CACHED", "bk_cached")
            else:
                if "Dockerfile" in title:
                    d(f"#{n} transferring dockerfile: {g.num(1, 3)}.{g.num(0, 99):02d}kB done", "bk_transferring")
                elif ".dockerignore" in title:
                    d(f"#{n} transferring context: {g.num(300, 700)}B done", "bk_transferring")
                elif "build context" in title:
                    d(f"#{n} transferring context: {g.f(0.2, 40, 2)}MB {g.f(0.1, 3, 1)}s done", "bk_transferring")
                if "assets:precompile" in title:
                    d(f"#{n} {g.f(1, 3, 3)} I, [{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)} #1]  INFO -- : Writing /rails/public/assets/application-{g.hx(8)}.css",
                      "rails_writing_asset")
                    d(f"#{n} {g.f(1, 3, 3)} I, [{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)} #1]  INFO -- : Writing /rails/public/assets/application-{g.hx(8)}.js",
                      "rails_writing_asset")
                d(f"#{n} DONE {g.f(0, 2, 1) if '[internal]' in title else g.f(0.5, 90, 1)}s", "bk_done")
            d("", "empty")
        n += 1
        d(f"#{n} exporting to image", "bk_step")
        d(f"#{n} exporting layers {g.f(1, 9, 1)}s done", "bk_exporting_layers")
        d(f"#{n} exporting manifest sha256:{g.hx(64)} done", "bk_exporting_manifest")
        d(f"#{n} pushing layers {g.f(2, 20, 1)}s done", "bk_pushing_layers")
        d(f"#{n} pushing manifest for {REG}:{sha}@sha256:{g.hx(64)} {g.f(0.5, 2, 1)}s done", "bk_pushing_manifest")
        d(f"#{n} DONE {g.f(5, 30, 1)}s", "bk_done")
        L.tick(60)
        o(f"  INFO [{uid}] Finished in {g.f(30, 240, 3)} seconds with exit status 0 (successful).", "sshkit_finished", "INFO")

    def deploy():
        sha = g.hx(7)
        dev = g.c(DEVS)
        L.emit(f"### {L.t:%Y-%m-%dT%H:%M:%S}Z kamal deploy -d production (shop {sha}, by {dev})", "ship_head")
        o("Log into image registry...", "step_login")
        cmd("docker login ghcr.io -u [REDACTED] -p [REDACTED]", "localhost")
        for h in WEB + JOB:
            cmd("docker login ghcr.io -u [REDACTED] -p [REDACTED]", h)
        build(sha)
        o("Ensure kamal-proxy is running...", "step_ensure_proxy")
        for h in WEB:
            cmd("docker network create kamal", h, ok=False, out=[("Error response from daemon: network with name kamal already exists", "docker_network_exists")])
            o(f"  INFO [{g.hx(8)}] Running docker container start kamal-proxy || docker run --name kamal-proxy --network kamal --detach --restart unless-stopped "
              f"--volume kamal-proxy-config:/home/kamal-proxy/.config/kamal-proxy $(cat .kamal/proxy/options || echo \"--publish 80:80 --publish 443:443\") "
              "basecamp/kamal-proxy:v0.8.4 on " + h, "sshkit_running", "INFO")
            o(f"  INFO [{g.hx(8)}] Finished in {g.f(0.2, 1.5, 3)} seconds with exit status 0 (successful).", "sshkit_finished", "INFO")
        o("Detect stale containers...", "step_detect_stale")
        for h in WEB + JOB:
            cmd("docker ps --filter label=service=shop --format \"{{.Names}}\" | while read line; do echo ${line#shop-web-}; done", h)
        o("Acquiring the deploy lock...", "step_acquire_lock")
        for h in WEB[:1]:
            cmd("mkdir -p .kamal/lock-shop-production && echo \"" + g.alnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "\" > "
                ".kamal/lock-shop-production/details", h)
        o(f"Start container with version {sha} using a 7s readiness delay (or reboot if already running)...", "step_start_container")
        fail = g.r.random() < 0.1
        for h in WEB:
            cmd("docker container ls --all --filter name=^shop-web-" + sha + "$ --quiet", h)
            cmd(f"docker run --detach --restart unless-stopped --name shop-web-{sha} --network kamal --hostname {h}-{g.hx(12)} -e KAMAL_CONTAINER_NAME="
                f"\"shop-web-{sha}\" -e KAMAL_VERSION=\"{sha}\" --env-file .kamal/apps/shop/env/roles/web.env --log-opt max-size=\"10m\" --label service=\"shop\" "
                f"--label role=\"web\" --label destination=\"production\" {REG}:{sha}", h)
            uid = g.hx(8)
            o(f"  INFO [{uid}] Running docker exec kamal-proxy kamal-proxy deploy shop-web-production --target=\"{g.hx(12)}:80\" --host=\"shop.lindenhof.example\" "
              "--tls --deploy-timeout=\"30s\" --drain-timeout=\"30s\" --buffer-requests --buffer-responses --log-request-header=\"Cache-Control\" on " + h,
              "sshkit_running", "INFO")
            if fail and h == WEB[1]:
                L.tick(30)
                o("Releasing the deploy lock...", "step_release_lock")
                cmd("rm .kamal/lock-shop-production/details && rm -r .kamal/lock-shop-production", WEB[0])
                o(f"  Finished all in {g.f(100, 300, 1)} seconds", "finished_all")
                o(f"  ERROR (SSHKit::Command::Failed): Exception while executing on host {h}: docker exit status: 1", "sshkit_error", "ERROR")
                o("docker stdout: Nothing written", "docker_stdout", "ERROR")
                o("docker stderr: Error: target failed to become healthy within configured timeout (30s)", "docker_stderr", "ERROR")
                return
            o(f"  INFO [{uid}] Finished in {g.f(7, 15, 3)} seconds with exit status 0 (successful).", "sshkit_finished", "INFO")
            if h == WEB[0]:
                o(f"  INFO First web container is healthy on {h}, booting any other roles", "first_healthy", "INFO")
        for h in JOB:
            cmd("docker container ls --all --filter name=^shop-job-" + sha + "$ --quiet", h)
            cmd(f"docker run --detach --restart unless-stopped --name shop-job-{sha} --network kamal --hostname {h}-{g.hx(12)} -e KAMAL_CONTAINER_NAME="
                f"\"shop-job-{sha}\" --env-file .kamal/apps/shop/env/roles/job.env --label service=\"shop\" --label role=\"job\" {REG}:{sha} bin/jobs", h)
            cmd("docker container ls --all --filter name=^shop-job-" + g.hx(7) + "$ --quiet | xargs docker stop", h)
        o("Prune old containers and images...", "step_prune")
        for h in WEB + JOB:
            cmd("docker ps -q -a --filter label=service=shop --filter status=created --filter status=exited --filter status=dead | tail -n +6 | "
                "while read container_id; do docker rm $container_id; done", h)
            cmd("docker image prune --force --filter label=service=shop", h)
            cmd("docker image ls --filter label=service=shop --format '{{.ID}} {{.Repository}}:{{.Tag}}' | grep -v -w \"$(docker container ls -a --format "
                "'{{.Image}}\\|' --filter label=service=shop | tr -d '\\n')" + REG + ":latest\\|" + REG + ":<none>\" | while read image tag; do docker rmi $tag; "
                "done", h)
        o("Releasing the deploy lock...", "step_release_lock")
        cmd("rm .kamal/lock-shop-production/details && rm -r .kamal/lock-shop-production", WEB[0])
        o(f"  Finished all in {g.f(100, 400, 1)} seconds", "finished_all")

    while len(L.rows) < N_LINES:
        deploy()
        L.t += dt.timedelta(hours=g.num(2, 70))
    del L.rows[N_LINES:]
    carry_time(L, own_time)
    return L


# 20 --------------------------------------------------------------- Lutris 0.5.18 on a gamer's Fedora 41 desktop (an RTX 3070, Wine-GE and umu/Proton-GE runners, Battle.net and
#   GOG games), its ~/.cache/lutris/lutris.log of a few weeks of evenings, run with `lutris -d` so that the DEBUG lines are there
#   ("INFO     2026-12-01 19:00:00,123 [startup.init_lutris:178]:Starting Lutris 0.5.18", the level in nine columns, the time, the module,
#   function and line in brackets, a colon and the message): start-up and driver checks, the library shown, games launched with their
#   environment variables written one per line, the runner's command, game output that Lutris passes through (wine's fixme lines,
#   DXVK's info lines, umu's), crashes with a Python traceback, games stopped with their play time, runtime updates
@checked
def log_lutris(seed):
    L = Log("lutris_debug_log", seed, "full", True, True, start=dt.datetime(2026, 11, 6, 18, 40, 0, tzinfo=UTC))
    g = L.g
    GAMES = [("Diablo IV", "diablo-iv", "wine", "Battle.net"), ("The Witcher 3: Wild Hunt", "the-witcher-3-wild-hunt", "wine", "GOG"),
             ("Cyberpunk 2077", "cyberpunk-2077", "wine", "GOG"), ("Overwatch 2", "overwatch-2", "wine", "Battle.net"),
             ("Baldur's Gate 3", "baldurs-gate-3", "wine", "GOG"), ("StarCraft II", "starcraft-ii", "wine", "Battle.net"),
             ("Doom (1993)", "doom-1993", "dosbox", "GOG")]

    def w(lv, where, msg, ev):
        ms_(L, 0, 200)
        mod = where.split(".")[0]
        L.emit(f"{lv:<8} {L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} [{where}]:{msg}", ev, lv, mod)

    def out(text, ev):
        ms_(L, 0, 3000)
        L.emit(text, ev, None, None, None)

    def startup():
        w("INFO", "startup.init_lutris:178", "Starting Lutris 0.5.18", "starting_lutris")
        w("INFO", "startup.check_driver:65", "Using NVIDIA drivers 565.57.01 for x86_64", "driver_nvidia")
        w("INFO", "startup.check_driver:69", "GPU: NVIDIA GeForce RTX 3070", "gpu_name")
        w("INFO", "startup.check_driver:85", "GPU: 10DE:2484 3842:3755 (nvidia drivers)", "gpu_ids")
        if g.r.random() < 0.3:
            w("INFO", "startup.update_runtime:227", "Updating runtime umu-launcher", "runtime_updating")
            w("DEBUG", "downloader.start:65", "⬇ https://github.com/Open-Wine-Components/umu-launcher/releases/download/1.1.4/umu-launcher-1.1.4-zipapp.tar", "download_start")
            w("DEBUG", "downloader.on_done:187", "Finished downloading https://github.com/Open-Wine-Components/umu-launcher/releases/download/1.1.4/umu-launcher-1.1.4-zipapp.tar",
              "download_done")
        w("INFO", "startup.update_runtime:213", "Startup complete", "startup_complete")
        w("DEBUG", "lutriswindow.update_store:451", f"Showing {g.num(40, 60)} games", "showing_games")

    def play():
        name, slug, runner, store = g.c(GAMES)
        w("INFO", "game.launch:497", f"Launching {name}", "launching")
        if runner == "wine":
            if g.r.random() < 0.2:
                w("WARNING", "wine.prelaunch:1051", "Wine version wine-ge-8-26-x86_64 is not supported by umu, using GE-Proton9-20", "wine_version_warning")
            env = [("WINEARCH", "win64"), ("WINE", "/home/mia/.local/share/lutris/runners/proton/GE-Proton9-20/files/bin/wine"),
                   ("WINE_MONO_CACHE_DIR", "/home/mia/.local/share/lutris/runners/wine/wine-ge-8-26-x86_64/mono"),
                   ("WINEPREFIX", f"/home/mia/Games/{slug}"), ("WINEESYNC", "1"), ("WINEFSYNC", "1"), ("DXVK_NVAPIHACK", "0"), ("DXVK_ENABLE_NVAPI", "1"),
                   ("PROTON_DXVK_D3D8", "1"), ("WINEDLLOVERRIDES", "winemenubuilder="), ("WINE_LARGE_ADDRESS_AWARE", "1"), ("STORE", store.lower()),
                   ("__GL_SHADER_DISK_CACHE", "1"), ("__GL_SHADER_DISK_CACHE_PATH", f"/home/mia/Games/{slug}"), ("LD_LIBRARY_PATH",
                   "/usr/lib:/usr/lib32:/usr/lib64:/home/mia/.local/share/lutris/runtime/Ubuntu-18.04-i686:/home/mia/.local/share/lutris/runtime/steam/i386/lib"),
                   ("GAMEID", "umu-" + slug), ("PROTONPATH", "/home/mia/.local/share/lutris/runners/proton/GE-Proton9-20")]
            for k, v in env:
                w("DEBUG", "command.start:146", f"{k}=\"{v}\"", "env_var")
            w("DEBUG", "command.start:147", f"Command: /home/mia/.local/share/lutris/runtime/umu/umu-run \"/home/mia/Games/{slug}/drive_c/Program Files "
              f"(x86)/{store}/{slug}.exe\"", "command_line")
            out("wine: using fast synchronization.", "wine_fsync")
            for _ in range(g.num(2, 8)):
                text, fn_ = g.c([(f"{g.hx(4)}:fixme:ntdll:NtQuerySystemInformation info_class SYSTEM_PERFORMANCE_INFORMATION", "NtQuerySystemInformation"),
                                 (f"{g.hx(4)}:fixme:wbemprox:client_security_SetBlanket {g.hx(16)}, {g.hx(16)}, 10, 0, (null), 3, 3, 0000000000000000, 0x0",
                                  "client_security_SetBlanket"),
                                 (f"{g.hx(4)}:fixme:ver:GetCurrentPackageId (0x{g.hx(8)} 0000000000000000): stub", "GetCurrentPackageId"),
                                 (f"{g.hx(4)}:fixme:kernelbase:AppPolicyGetProcessTerminationMethod FFFFFFFA, 0x{g.hx(8)}", "AppPolicyGetProcessTerminationMethod")])
                out(text, "wine_fixme:" + fn_)
            out(f"info:  Game: {slug.replace('-', '')}.exe", "dxvk_game")
            out("info:  DXVK: v2.4-2-g4f1a0c9", "dxvk_version")
            out(f"info:  Vulkan: Found vkGetInstanceProcAddr in winevulkan.dll @ 0x6ff{g.hx(7)}", "dxvk_vulkan")
            out("info:  Built-in extension providers:", "dxvk_extension_providers")
            out("info:    Win32 WSI", "dxvk_provider")
            out("info:    OpenVR", "dxvk_provider")
            out("info:    OpenXR", "dxvk_provider")
            out("info:  NVIDIA GeForce RTX 3070:", "dxvk_gpu")
            out("info:    Driver : NVIDIA 565.57.1", "dxvk_driver")
            out("info:    Memory Heap[0]: ", "dxvk_heap")
            out("info:      Size: 8192 MiB", "dxvk_heap_size")
            if g.r.random() < 0.15:
                out(f"err:   D3D11: CreateTexture2D: Unsupported format: {g.c(['DXGI_FORMAT_R1_UNORM', 'DXGI_FORMAT_B4G4R4A4_UNORM'])}", "dxvk_err_format")
        else:
            w("DEBUG", "command.start:147", f"Command: /usr/bin/dosbox -conf /home/mia/Games/{slug}/dosbox_doom.conf -conf /home/mia/Games/{slug}/dosbox_single.conf "
              "-exit", "command_line")
            out("DOSBox version 0.74-3", "dosbox_version")
            out("Copyright 2002-2019 DOSBox Team, published under GNU GPL.", "dosbox_copyright")
            out("---", "dosbox_rule")
            out(f"CONFIG:Loading primary settings from config file /home/mia/Games/{slug}/dosbox_doom.conf", "dosbox_config_primary")
            out(f"CONFIG:Loading additional settings from config file /home/mia/Games/{slug}/dosbox_single.conf", "dosbox_config_additional")
            out("MIXER:Got different values from SDL: freq 44100, blocksize 512", "dosbox_mixer")
            out("ALSA:Can't subscribe to MIDI port (65:0) nor (17:0)", "dosbox_alsa")
            out("MIDI:Opened device:none", "dosbox_midi")
        if g.r.random() < 0.04:
            w("ERROR", "game.on_game_quit:1021", "Error while completing task <bound method Game.beat of Game(id=" + str(g.num(1, 60)) + ")>: AttributeError 'NoneType' object has "
              "no attribute 'poll'", "task_error")
            for text, ev in [("Traceback (most recent call last):", "py_traceback"),
                             ("  File \"/usr/lib/python3.13/site-packages/lutris/util/jobs.py\", line 67, in target", "py_file"),
                             ("    result = self.function(*a, **kw)", "py_code"),
                             ("  File \"/usr/lib/python3.13/site-packages/lutris/game.py\", line 1012, in beat", "py_file"),
                             ("    self.game_thread.is_running = self.game_thread.game_process.poll() is None", "py_code"),
                             ("AttributeError: 'NoneType' object has no attribute 'poll'", "py_exception")]:
                L.emit(text, ev, "ERROR", "game", None)
        L.tick(3600 * g.r.uniform(0.3, 3))
        w("INFO", "game.beat:842", f"Stopping {name}", "stopping")
        if runner == "wine":
            w("DEBUG", "wine.force_stop_game:1170", f"Stopping all processes in prefix /home/mia/Games/{slug}", "stopping_prefix")
        played = L.t
        w("INFO", "game.on_game_quit:1004", f"{name} stopped at {played:%a, %d %b %Y %H:%M:%S}", "stopped_at")
        hrs = g.r.uniform(0.3, 3)
        w("INFO", "game.on_game_quit:1010", f"Playtime: {int(hrs)} hour{'s' if int(hrs) != 1 else ''} and {int(hrs % 1 * 60)} minutes", "playtime")

    def evening():
        startup()
        for _ in range(g.num(1, 3)):
            L.tick(300)
            play()
        if g.r.random() < 0.3:
            w("WARNING", "services.base.load:103", "Failed to load GOG library: 401 Unauthorized (token expired)",
              "gog_token_expired")
        L.t = L.t.replace(hour=18, minute=40) + dt.timedelta(days=g.num(1, 3))

    while len(L.rows) < N_LINES:
        evening()
    del L.rows[N_LINES:]
    carry_time(L, own_time)
    return L


LOGS = [log_abaqus, log_aem, log_azcopy, log_backstage, log_bochs, log_cfengine, log_coreboot, log_dcs, log_dex, log_dpdk, log_eosio, log_fio,
        log_freefilesync, log_geant4, log_godot, log_httrack, log_dhcpd, log_juju, log_kamal, log_lutris]


if __name__ == "__main__":
    main(LOGS, WORK)
