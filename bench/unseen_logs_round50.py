#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the fiftieth round, 20 logs,
written 2026-12-07 by a helper that did not read LogSleuth's code; as found: 0.569. This round is
worked on (not held out). The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and
`formats` on each and prints grouping accuracy, events against templates, the learned format and how
many lines had their time, level and component read, and read right.

Lines without a header of their own carry the time, level and component of the record they belong
to: the lines of DaVinci Resolve's "System Information:" block carry its time, INFO and Main; the
"    at" frames of a Node.js stack trace in the Firebase log the time, severity letter and function
of the entry they end; the message text, cause and recovery lines of an IBM i job log and their
wrapped continuations the time of the message's row, its type and severity and its sending program;
every line of a KiCad violation (the "[type]: description" head, the rule and severity line and its
"@(x mm, y mm): item" lines) the severity its second line writes. A line with no time of its own
gets the time of the last line before it that writes one (of the first after it at the start of a
log) and no level or component: every line of a CPLEX run but "Log started (V22.1.1.0) Tue Nov 24
02:00:01 2026"; every line of an IQ-TREE run but "Time:" and "Date and Time:" (ctime, the run's
start and end); every line of a KiCad CI job but the reports' "** Created on
2026-11-16T09:40:00+0100 **" and "ERC report (2026-11-16T09:40:00+0100, Encoding UTF8)"; Homebrew's
output under its wrapper's "=== Tue Dec  1 03:00:00 GMT 2026 ==="; Git's own output (fetch's ref
updates, merge's diffstat, the hooks' output, ssh's errors) among the trace lines; ProxySG's header
lines but "#Start-Date:" and "#Date:"; an EVE session's ruled header but "Session Started:". The
page header of an IBM i job log writes the listing's date and time (when the log was printed, after
the job ended); its job name, job description and column heading lines carry that time. Dwarf
Fortress' gamelog and FreeBSD's periodic output write no time at all (time kind None). Full dates:
Ableton ("2026-11-20T09:12:00.123456"), Amplify (Z), ProxySG ("2026-12-01 10:00:08", GMT), ccache
("[2026-12-01T10:01:20.868141 195786]"), CPLEX and IQ-TREE (ctime), CrashPlan ("10/20/26 03:53PM":
month first, a two-digit year, a 12-hour clock, to the minute, so the true second is 0), Resolve
("2026-11-30 08:30:00,123"), dnscache (multilog's TAI64N label, 2^62 + 10 + Unix seconds and the
nanoseconds in hex; the true time is that instant in UTC), ESMF ("20261128 000512.123"), EVE ("[
2026.11.20 18:00:33 ]", EVE time is UTC), Firebase (RFC 3339, Z, six or nine decimals), Homebrew
(date's default output, London in winter: GMT), IBM i ("11/23/26  01:00:02.001830", month first),
KiCad ("+0100", Vienna; the true time is that instant) and LSF ("Dec  1 10:00:09 2026"); where a log
writes local time without an offset the clock is UTC. Git's trace ("10:05:01.000185"; the deploy
script's "=== 2026-12-01T10:05:01+00:00 %s ===" lines are on the same clock) and Hearthstone's
Power.log ("19:02:11.2345678") are checked by the time of day (tod).

Levels are as written: Ableton's word (info, warning, error); Amplify's bracketed word (INFO,
WARNING for what a command wrote to stderr, ERROR for Amplify's own failures); CrashPlan's letter
(I, W); Resolve's column (INFO, WARN, ERROR, DEBUG); ESMF's word (INFO, WARNING, ERROR); Firebase's
severity letter (? for DEFAULT, I, W, E); Hearthstone's D on every line; Homebrew's "Warning:" and
"Error:" opening a line (its other lines none); the IBM i message type with its severity as an
alternative (Information|00, Completion|00, Diagnostic|40, Escape|40, Notify|30, Inquiry|99; Request
and Reply, which have no severity); IQ-TREE's "NOTE:" and "WARNING:" (the indented second line of a
warning carries WARNING; other lines none); KiCad's violation severity (error, warning) and the
runner's "ERROR:"; LSF's syslog priority number (3|error|err, 4|warning|warn, 5|notice, 6|info,
7|debug). ProxySG, ccache, CPLEX, dnscache, Dwarf Fortress, EVE, FreeBSD and Git's trace write none.
The component is Resolve's module column (Main, GPUManager, IO.Audio, DB.Access, Project.Manager,
Main.Stats, Deliver, ...; the thread in brackets is not); ESMF's NUOPC label after "PET0" (ATM, OCN,
ICE, MED, and "UFS Driver Grid Comp" for the driver; ESMF's own banner and build lines and the error
trace have none; PET0, the process, is not one); EVE's category in parentheses (combat, notify,
mining, bounty, question and "None" as written; the session header has none); Firebase's function
name before the colon; Git's source file in the trace lines (git.c, run-command.c, trace.c,
exec-cmd.c, pkt-line.c, with or without the line); Hearthstone's class (GameState, PowerTaskList,
PowerProcessor, with or without the method); the IBM i message's sending program (the FROM PGM
column: QWTPIIPP, QCPMAIN, QSRSAVO, EDIRCV, ...; its library, the receiving program and the
instructions are not). The others have none: ccache's and LSF's process ids, ProxySG's user and
group, CrashPlan's "[Default]" backup set, the function name that opens an LSF message
("do_submitReq: ...") and dnscache's first word are not components.

The true event of a line is the format string that wrote it: a value filled into a format string is
a variable (Ableton's 'Loading document "%s"' one, "PluginHost: Loaded AU plug-in '%s' (%s)" one and
the VST3 line another, "MIDI: Input port '%s' opened" one, 'Sample file not found: "%s"' one;
Amplify's "# Executing command: %s" one, "# Starting phase: %s" and "# Completed phase: %s" one each
whatever the phase, "npm WARN deprecated %s" one whatever the package and its notice, "HEAD is now
at %s %s" one, next build's route rows one whatever the tree character and the kind of page (the
"├   ├ /blog/..." rows under an SSG page another, "[+%d more paths]" another), its chunk rows one,
the code frame lines of a type error one; ProxySG's access line one whatever the user, action,
status or exception id; ccache's "Config: (%s) %s = %s" one whatever the key, "Result: %s" one
whatever the result, "Retrieved %s from local storage (%s)" one and "... from remote storage (%s)"
another, "No %s in local storage" and "No %s in remote storage" two, "Stored %s in local storage
(%s)" and "... in remote storage" two, "Writing to %s" one, "Reading embedded entry #%d %s (%d
bytes)" one; CPLEX's "New value for %s: %s" one, "Tried aggregator %d time(s)." one, the node log's
rows: a node with its objective one, the root row before there is any incumbent another, a heuristic
incumbent ("*     0+    0 ...") another, an integral node ("*  1851   274      integral ...")
another, a node whose objective column says infeasible or cutoff another, a root cut round whose
bound column names the cuts ("Cuts: 540", "ZeroHalf: 94", "Impl Bds: 3", "Lift and project: 12")
another, "Elapsed time = %s" one, each "... cuts applied:  %d" line its own, the two "  Real time"
lines one; CrashPlan's "Completed backup to %s in %s: ..." one whatever the duration ("< 1 minute"
too), "Unable to back up %d file(s) ..." one; Resolve's "Slow query (%d ms): %s" one, "Job %d
progress %d%% (%s fps)" one; dnscache's query, tx, sent, stats, nxdomain, nodata, lame, servfail,
drop, tcpopen and tcpclose one each, "cached %d %s" one, "cached cname" and "cached nxdomain" one
each, "rr" with a numeric type and hex data one (A, AAAA, HTTPS alike) and the typed "rr ... ns",
"cname", "mx", "ptr" and "soa" one each; Dwarf Fortress' "%s, %s cancels %s: %s." one whatever the
job and reason, a blow with a weapon ("... with her (iron battle axe), tearing the muscle!") one and
one without another whatever the verb, body part and effect, "%s misses %s!", "%s jumps away!", "%s
is knocked over!", "%s gives in to pain." and "%s has been struck down." one each whoever it is, "%s
has arrived on the calendar." one, "A %s has been torn!" one, "%s has become %s %s." one, "The %s
Caravan from %s has arrived." one, each mood, each cause of death and each weather line its own;
ESMF's "(%s) called" one per component (ATM, OCN, ICE, MED) whatever the routine, "%s: Removing
field %s because it is not connected" one whatever the component, "using fallback regrid method
nstod for %s" one, each "ESMF_...  : %s" build line its own; EVE's hits given one and hits taken
another whatever the target, weapon and quality, "You mined %s units of %s" one, "Jumping from %s to
%s" one; Firebase's "Order %s created for customer %s, ..." one, the API's "%s %s %d - %d ms" one
whatever method and status; FreeBSD's df rows one, netstat's rows one (link and address rows), "root
0" and "toor 0" one, "mailq is empty" one for both queues, pkg audit's "%s is vulnerable:", "  %s",
"  CVE: %s", "  WWW: %s" and "%d problem(s) in %d installed package(s) found." one each, the kernel
and sshd messages that the security run quotes behind "+" one per message ("exited on signal %d"
with or without " (core dumped)"); Git's "trace: built-in: git %s" one whatever the command, "trace:
run_command: %s" one, "performance: %s s: git command: %s" one, the packet trace's "fetch< %s" one
and "fetch> %s" another, fetch's ref-update lines one, the diffstat rows one and its summary one
(file or files); Hearthstone's TAG_CHANGE one whatever the entity, tag, value and indentation and
whether GameState or PowerTaskList printed it (the two share one printer), "tag=%s value=%s" one
under CREATE_GAME, FULL_ENTITY and SHOW_ENTITY alike, BLOCK_START one whatever the block type,
"option %d type=%s ..." one (END_TURN too), "target %d entity=%s ..." one, "unhandled BlockType %s
for sourceEntity %s" one; Homebrew's "==> Fetching %s", "==> Downloading %s", "==> Pouring %s" and
"==> Upgrading %s" one each, "%s %s -> %s" of the outdated list one and "  %s -> %s" under "==>
Upgrading %s" another, curl's bar one, "Removing: %s... (%s)" one whether a keg with its file count
or a cached download, "You have %d outdated formula(e) installed." and its two follow-up lines one
each whatever the number, "Updated %d tap(s) (...)." one, each caveat line its own; IBM i's message
rows one whatever the message id, type and programs, the "Message . . . . :" line one per message id
(the application's own CPF9898 messages one per text: "Interchange %s from partner %s processed:
...", "EDI receive ended with errors. ...", "%d history records ... removed from ORDHIST."; a
request's "-%s" one whatever the command, a reply's "-D" one), its wrapped continuation lines one
per message id, "Cause . . . . . :" and "Recovery  . . . :" and their continuation lines one per
message id; IQ-TREE's per-sequence rows one (passed or failed), ModelFinder's rows one, "Iteration
%d / LogL: %s / Time: %s" one and the same with "(%s left)" another, "BETTER TREE FOUND at iteration
%d: %s" one, "Estimate model parameters (epsilon = %s)" one, "1. Initial log-likelihood: %s" one and
"%d. Current log-likelihood: %s" another; KiCad's violation heads one per violation message
("Clearance violation (%s clearance %s; actual %s)" one whatever the netclass), the "    %s;
Severity: %s" line under each one (a rule, "Local override" or the ERC's empty rule), the "    @(%s
mm, %s mm): %s" item lines one whatever the item, "***** Sheet %s" one, "Found %d violations" one
for DRC and ERC, the "$ %s" command lines one per command (drc, erc, cat); LSF's "do_submitReq: Job
<%d> submitted ..." one and an array's submission another, "dispatchAJob: Job <%d> dispatched to
<%s>" one whatever the hosts, "readQueueConf: File %s at line %d: Queue <%s>: %s" one whatever the
complaint), while two format strings that look alike are two events (Ableton's "MIDI: Input port"
and "Output port", "Loading document" and "Saving document"; Amplify's "# Retrieving cache..." and
"# Retrieving environment cache...", "## Starting Backend Build" and "## Starting Frontend Build";
ccache's "Got result key from manifest" and "from preprocessor", "Executing" the preprocessor and
the compiler; CPLEX's "Presolve time" and "Probing time"; CrashPlan's "Completed backup" and
"Stopped backup", "Code42 started" and "Code42 stopped", "Backup paused" and "Backup resumed";
Resolve's "Connecting to project server" and "Connected"; ESMF's ATM, OCN and ICE advance lines
("(%s:ModelAdvance) currTime = %s, timeStep = %d", one per cap); EVE's "misses you completely" and
"Your group of %s misses %s completely"; FreeBSD's "Mail in local queue:" and "Mail in submit
queue:"; Hearthstone's "Block Start=(null)" and "Block End=(null)", "  Entities[%d]=%s" under
DebugPrintEntityChoices and under DebugPrintEntitiesChosen; Homebrew's "==> Upgrading %d outdated
packages:" and "==> Upgrading 1 dependent of upgraded formulae:"; KiCad's "** Found %d DRC
violations **", "** Found %d unconnected pads **" and "** Found 0 Footprint errors **"; LSF's
"job_finish: Job <%d> done; ..." and "exited with exit code %d", "query child <%d> started ..." and
"exited ...", a host's status change to unavail and back to ok).

In a banner or table each kind of line is an event: CPLEX's banner lines and CPXPARAM lines each
their own and its node table's two header lines each their own; ESMF's "!!!" banner lines each their
own; IQ-TREE's banner lines, its sequence table's header and ModelFinder's header each their own,
its ruled boxes' rules one event and each box title its own; FreeBSD's section headings, df's and
netstat's headers each their own; the Next.js route table's header and legend lines each their own;
an EVE session header's two rules one event and its other lines one each; an IBM i page's header,
job name, job description and column heading lines one each. The Python traceback a remote script
prints in Ableton's log, each line behind "RemoteScriptError: ", has one event for its head, one for
the "  File" lines, one for the code lines and one per exception message; Node's "    at" frames one
event. Wrappers are not part of the event: Amplify's stamp and "[LEVEL]: ", ccache's stamp and pid,
Resolve's thread, module, level and stamp columns, dnscache's TAI64N label, ESMF's stamp, level and
"PET0", EVE's stamp and category, Firebase's stamp, severity and function, Git's stamp, source file
and "trace: "/"performance: "/"packet: ", Hearthstone's "D", time and "Class.Method() - ",
CrashPlan's letter and date, LSF's stamp, pid, priority and version, the "[type]: " of a KiCad
violation. Empty lines are one event per log.

usage: unseen_logs_round50.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round50)
"""
import datetime as dt
import os
import re
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round50")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, us6, fill, checked, syslog_ts, carry_time, ms_, ctime, epoch, jts, java_frames  # noqa: E402, F401

VIE = dt.timezone(dt.timedelta(hours=1))


def slug(text):
    """An event name for a literal line (a banner's or a table's fixed line): its words, lower case."""
    s = re.sub(r"[^a-z0-9]+", "_", text.strip().lower()).strip("_")
    return s[:60] or "rule"


def at(L, seconds):
    """Move the log's clock on by `seconds` (a number, or a number's text as G.f writes it) and return it."""
    L.t += dt.timedelta(seconds=float(seconds))
    return L.t


# 1 ---------------------------------------------------------------- Ableton Live 12.1 Suite (macOS 15 on an M2 Max Mac Studio) of a film-score composer, ~/Library/Preferences/Ableton/
#   Live 12.1.5/Log.txt over a few weeks of sessions: "2026-12-01T10:00:00.123456: info: message" (local time, no offset); each launch writes the
#   version, the machine, the audio device and its latency, the plug-in scan, MIDI ports and the control surfaces' remote scripts, then documents
#   being opened, saved and exported, plug-ins loaded, CPU overloads, Link peers, missing samples, a remote script's Python traceback (each line
#   its own "info: RemoteScriptError: " entry) and the quit
@checked
def log_ableton(seed):
    L = Log("ableton_live_log", seed, "full", True, False, start=dt.datetime(2026, 11, 20, 9, 12, 0, tzinfo=UTC))
    g = L.g
    PROJ = ["Nightglass - Cue 3M2", "Nightglass - Cue 4M1 Chase", "Harbour Lights Main Title", "Ferry Sequence v2", "Trailer Alt Mix", "Sketch 2026-11-19",
            "Nightglass - Cue 5M3 Reveal", "Strings Template 2026"]
    AU = [("FabFilter Pro-Q 3", "com.fabfilter.Pro-Q.AU.3"), ("Valhalla VintageVerb", "com.ValhallaDSP.ValhallaVintageVerb"),
          ("Kontakt 7", "com.native-instruments.Kontakt7"), ("Soundtoys EchoBoy", "com.soundtoys.EchoBoy"), ("Spitfire BBC Symphony Orchestra", "com.spitfireaudio.BBCSO")]
    VST3 = [("Serum", "/Library/Audio/Plug-Ins/VST3/Serum.vst3"), ("Omnisphere", "/Library/Audio/Plug-Ins/VST3/Omnisphere.vst3"),
            ("Pigments", "/Library/Audio/Plug-Ins/VST3/Pigments.vst3"), ("ozone 11 Equalizer", "/Library/Audio/Plug-Ins/VST3/iZOzone11Equalizer.vst3"),
            ("Diva", "/Library/Audio/Plug-Ins/VST3/Diva(x64).vst3")]
    st = {"proj": g.c(PROJ), "ver": 14}

    def w(lv, text, ev):
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}: {lv}: {text}", ev, lv)
        L.t += dt.timedelta(microseconds=g.num(30, 4000))

    def doc():
        return f"/Users/mira/Music/Ableton/Projects/{st['proj']} Project/{st['proj']} v{st['ver']}.als"

    def launch():
        w("info", "Started: Live 12.1.5", "started")
        w("info", "Build: 2026-10-29_a6c3e8b0de", "build")
        w("info", "macOS Version: 15.1.1", "os_version")
        w("info", "Processor: Apple M2 Max", "processor")
        w("info", "Number of logical cores: 12", "cores")
        w("info", "Physical memory: 64 GB", "memory")
        w("info", "Default App Language: en", "default_language")
        w("info", "App Language: en", "app_language")
        w("info", "Authorization: Live 12 Suite is authorized", "authorized")
        at(L, g.f(0.3, 1.5))
        w("info", "Audio device type: CoreAudio", "audio_device_type")
        dev = g.c(["Scarlett 18i20 USB", "Scarlett 18i20 USB", "Scarlett 18i20 USB", "Mac Studio Speakers"])
        w("info", f"Audio input device: {dev if 'USB' in dev else 'No Device'}", "audio_input_device")
        w("info", f"Audio output device: {dev}", "audio_output_device")
        w("info", f"Sample rate: {g.c([48000, 48000, 96000, 44100])}", "sample_rate")
        w("info", f"Buffer size: {g.c([128, 256, 256, 512])} samples", "buffer_size")
        w("info", f"Overall latency: input {g.f(2, 9, 2)} ms, output {g.f(3, 12, 2)} ms", "latency")
        w("info", "Max for Live: Max 8.6.5 (build 2f1f6d0) found", "max_found")
        at(L, g.f(0.5, 2))
        w("info", "PluginScanner: Scanning VST3 plug-ins in /Library/Audio/Plug-Ins/VST3", "scan_vst3_dir")
        w("info", "PluginScanner: Scanning Audio Units", "scan_au")
        for _ in range(g.c([0, 0, 1, 2])):
            n, p = g.c(VST3)
            w("info", f"PluginScanner: Rescanning modified plug-in \"{p}\"", "rescan_modified")
        if g.r.random() < 0.15:
            w("warning", f"PluginScanner: Plug-in \"/Library/Audio/Plug-Ins/Components/{g.c(['MT-PowerDrumKit', 'TAL-Vocoder-2', 'Dexed'])}.component\" failed validation "
              f"(error -{g.c([10863, 10867, 3000])}); it will not be available", "scan_failed")
        at(L, g.f(1, 6))
        w("info", f"PluginScanner: Plug-in scan finished: {g.num(180, 196)} plug-ins, {g.num(0, 3)} new, {g.num(0, 1)} failed in {g.f(1.2, 9.5, 2)} s", "scan_finished")
        for port in ["Push 3", "Push 3 Live Port", "Komplete Kontrol S61 MK3", "IAC Driver Bus 1"]:
            w("info", f"MIDI: Input port '{port}' opened", "midi_in_opened")
        for port in ["Push 3", "Push 3 Live Port", "Komplete Kontrol S61 MK3"]:
            w("info", f"MIDI: Output port '{port}' opened", "midi_out_opened")
        w("info", "RemoteScriptMessage: (Push3) Initialising...", "rs_push_init")
        w("info", f"RemoteScriptMessage: (Push3) Firmware version {g.c(['1.2.1', '1.2.3'])}, serial 73{g.num(100000, 999999)}", "rs_push_firmware")
        w("info", "RemoteScriptMessage: (Komplete_Kontrol_S_Mk3) Connected to host integration, protocol 3", "rs_kk_connected")
        w("info", "Check for updates: Live is up to date", "update_check")
        open_doc()

    def open_doc():
        if g.r.random() < 0.3:
            st["proj"] = g.c(PROJ)
            st["ver"] = g.num(1, 20)
        w("info", f"Loading document \"{doc()}\"", "loading_doc")
        for _ in range(g.c([0, 0, 0, 1, 3])):
            w("error", f"Sample file not found: \"/Volumes/Samples/Cinematic/{g.c(['Hits', 'Risers', 'Drones', 'Foley'])}/{g.alnum(6).upper()}_{g.num(1, 99):02d}.wav\"",
              "sample_missing")
        at(L, g.f(1, 8))
        w("info", f"Document loaded in {g.f(0.8, 14, 2)} s ({g.num(8, 140)} tracks, {g.num(4, 90)} devices)", "doc_loaded")

    def save():
        st["ver"] += g.c([0, 0, 1])
        w("info", f"Saving document \"{doc()}\"", "saving_doc")
        at(L, g.f(0.1, 1.2))
        w("info", f"Document saved in {g.f(0.1, 1.9, 2)} s", "doc_saved")

    def plugin():
        if g.r.random() < 0.55:
            n, ident = g.c(AU)
            w("info", f"PluginHost: Loaded AU plug-in '{n}' ({ident})", "loaded_au")
        else:
            n, p = g.c(VST3)
            w("info", f"PluginHost: Loaded VST3 plug-in '{n}' from \"{p}\"", "loaded_vst3")

    def overload():
        w("warning", f"Audio engine: CPU overload, dropout at buffer size {g.c([128, 256])}", "cpu_overload")

    def link():
        w("info", f"Link: number of peers changed to {g.num(0, 3)}", "link_peers")

    def rs_msg():
        if g.r.random() < 0.5:
            w("info", f"RemoteScriptMessage: (Push3) Session ring moved to track {g.num(1, 60)}, scene {g.num(1, 24)}", "rs_ring_moved")
        else:
            w("info", f"RemoteScriptMessage: (Komplete_Kontrol_S_Mk3) Focus on track '{g.c(['Strings Hi', 'Brass Low', 'Perc Taiko', 'Piano', 'Synth Pad'])}'",
              "rs_kk_focus")

    def rs_traceback():
        w("info", "RemoteScriptError: Traceback (most recent call last):", "rs_tb_head")
        frames = [("/Applications/Ableton Live 12 Suite.app/Contents/App-Resources/MIDI Remote Scripts/ableton/v3/base/dependency.py", 62, "wrapper",
                   "return fn(*a, **k)"),
                  ("/Applications/Ableton Live 12 Suite.app/Contents/App-Resources/MIDI Remote Scripts/Komplete_Kontrol_S_Mk3/mixer.py", 141, "_update_track_names",
                   "self._send_track_name(index, track.name)"),
                  ("/Applications/Ableton Live 12 Suite.app/Contents/App-Resources/MIDI Remote Scripts/Komplete_Kontrol_S_Mk3/elements.py", 88, "_send_track_name",
                   "payload = encode_name(name)[:self._max_len]")]
        for f, ln, fn, code in frames[:g.num(2, 3)]:
            w("info", f"RemoteScriptError:   File \"{f}\", line {ln}, in {fn}", "rs_tb_file")
            w("info", f"RemoteScriptError:     {code}", "rs_tb_code")
        if g.r.random() < 0.5:
            w("info", "RemoteScriptError: AttributeError: 'NoneType' object has no attribute 'name'", "rs_tb_attrerror")
        else:
            w("info", "RemoteScriptError: IndexError: list index out of range", "rs_tb_indexerror")

    def export():
        w("info", f"Exporting audio to \"/Users/mira/Music/Exports/{st['proj']} v{st['ver']} {g.c(['master', 'stems', 'strings stem', 'mockup'])}.wav\"", "export_start")
        at(L, g.f(10, 240))
        if g.r.random() < 0.06:
            w("warning", "Export cancelled by user", "export_cancelled")
        else:
            w("info", f"Export finished in {g.f(10, 240, 1)} s", "export_finished")

    def device_change():
        w("info", "Audio device configuration changed, restarting audio engine", "device_changed")
        w("info", f"Buffer size: {g.c([128, 256, 512, 1024])} samples", "buffer_size")
        w("info", f"Overall latency: input {g.f(2, 9, 2)} ms, output {g.f(3, 24, 2)} ms", "latency")

    def quit_():
        if g.r.random() < 0.6:
            save()
        w("info", "Quit requested", "quit_requested")
        w("info", "RemoteScriptMessage: (Push3) Disconnecting", "rs_push_disconnect")
        w("info", "Shutting down audio engine", "shutdown_audio")
        w("info", "Exiting: Live 12.1.5", "exiting")
        L.t += dt.timedelta(hours=g.num(2, 20), minutes=g.num(0, 59))
        launch()

    def new_doc():
        save()
        open_doc()

    launch()
    ev = [(10, save), (9, plugin), (4, overload), (3, link), (7, rs_msg), (0.7, rs_traceback), (2, export), (0.8, device_change), (1.2, quit_), (2, new_doc)]
    fill(L, ev, N_LINES, 150)
    del L.rows[N_LINES:]
    return L


# 2 ---------------------------------------------------------------- AWS Amplify Hosting building and deploying the Next.js 14 marketing site of a physiotherapy-clinic chain (branches main,
#   staging and pull-request previews), the build and deploy logs of each job downloaded by a nightly script and concatenated: every line
#   "2026-12-01T10:00:00.123Z [INFO]: text" (Amplify's own "# ..." and "## ..." steps, then the commands' output; what a command wrote to stderr
#   comes as [WARNING], Amplify's failures as [ERROR]): cloning, the caches, npm ci's warnings and audit, next build's pages, route table and
#   chunks, a type error now and then, caching and the deployment
@checked
def log_amplify(seed):
    L = Log("aws_amplify_build", seed, "full", True, False)
    g = L.g
    st = {"job": g.num(200, 260)}
    BR = ["main", "main", "staging", "pr-" + str(g.num(100, 140))]
    PAGES = ["/", "/about", "/kontakt", "/standorte", "/leistungen", "/leistungen/manuelle-therapie", "/leistungen/sportphysio", "/team", "/karriere",
             "/impressum", "/datenschutz", "/termin"]

    def w(text, ev, lv="INFO"):
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z [{lv}]: {text}", ev, lv)
        L.t += dt.timedelta(milliseconds=g.num(1, 60))

    def step(sec):
        at(L, g.f(sec * 0.5, sec * 1.5))

    def job():
        br = g.c(BR)
        st["job"] += 1
        src = f"/codebuild/output/src{g.num(100000000, 999999999)}/src/praxis-web"
        commit = g.hx(40)
        w("# Cloning repository: git@github.com:physioplus/praxis-web.git", "cloning_repo")
        w("", "empty")
        w("Cloning into 'praxis-web'...", "git_cloning_into")
        step(4)
        w(f"# Switching to commit: {commit}", "switching_commit")
        w(f"Note: switching to '{commit}'.", "git_note_switching")
        w("You are in 'detached HEAD' state. You can look around, make experimental", "git_detached_1")
        w("changes and commit them, and you can discard any commits you make in this", "git_detached_2")
        w("state without impacting any branches by switching back to a branch.", "git_detached_3")
        w(f"HEAD is now at {commit[:7]} {g.c(['Update Standorte page', 'Fix booking widget on Safari', 'Add Karriere posting', 'Bump next to 14.2.18', 'Merge pull request #' + str(g.num(100, 140)) + ' from physioplus/feature/team-page'])}",
          "git_head_now_at")
        w("Successfully cleaned up Git credentials", "git_creds_cleaned")
        w(f"# Checking for Git submodules at: {src}/.gitmodules", "checking_submodules")
        w("# Retrieving environment cache...", "retrieving_env_cache")
        if g.r.random() < 0.25:
            w("! Unable to write cache: {\"code\":\"ERR_BAD_REQUEST\",\"message\":\"Request failed with status code 404\"})}", "unable_write_cache", "WARNING")
        w("# Retrieved environment cache", "retrieved_env_cache")
        w("---- Setting Up SSM Secrets ----", "ssm_setup")
        w(f"SSM params {{\"Path\":\"/amplify/d2k8q1x7v3m9pe/{br}/\",\"WithDecryption\":true}}", "ssm_params")
        if g.r.random() < 0.7:
            w("!Failed to set up process.env.secrets", "ssm_failed", "WARNING")
        w("# No package override configuration found.", "no_pkg_override")
        w("# Retrieving cache...", "retrieving_cache")
        step(3)
        w("# Extracting cache...", "extracting_cache")
        step(5)
        w("# Extraction completed", "extraction_completed")
        w("# Retrieved cache", "retrieved_cache")
        w("## Starting Backend Build", "backend_start")
        w("## Checking for associated backend environment...", "backend_checking")
        w("## No backend environment association found, continuing...", "backend_none")
        w("## Completed Backend Build", "backend_completed")
        w("{\"backendDuration\": 0}", "backend_duration")
        w("## Starting Frontend Build", "frontend_start")
        w("# Starting phase: preBuild", "phase_start")
        w("# Executing command: nvm use 20", "executing_command")
        w("Now using node v20.18.1 (npm v10.8.2)", "nvm_now_using")
        w("# Executing command: npm ci --cache .npm --prefer-offline", "executing_command")
        step(18)
        for dep in g.r.sample(["inflight@1.0.6: This module is not supported, and leaks memory. Do not use it. Check out lru-cache if you want a good and tested way "
                               "to coalesce async requests by a key value, which is much more comprehensive and powerful.",
                               "rimraf@3.0.2: Rimraf versions prior to v4 are no longer supported",
                               "glob@7.2.3: Glob versions prior to v9 are no longer supported",
                               "@humanwhocodes/config-array@0.13.0: Use @eslint/config-array instead",
                               "@humanwhocodes/object-schema@2.0.3: Use @eslint/object-schema instead",
                               "eslint@8.57.1: This version is no longer supported. Please see https://eslint.org/version-support for other options."], g.num(3, 6)):
            w(f"npm WARN deprecated {dep}", "npm_warn_deprecated", "WARNING")
        n = g.num(600, 640)
        w(f"added {n} packages, and audited {n + 1} packages in {g.num(14, 40)}s", "npm_added")
        w(f"{g.num(150, 170)} packages are looking for funding", "npm_funding")
        w("  run `npm fund` for details", "npm_fund_details")
        if g.r.random() < 0.6:
            w(f"{g.num(1, 4)} moderate severity vulnerabilities", "npm_vulns")
            w("To address all issues (including breaking changes), run:", "npm_address_all")
            w("  npm audit fix --force", "npm_audit_fix_force")
            w("Run `npm audit` for details.", "npm_run_audit")
        else:
            w("found 0 vulnerabilities", "npm_no_vulns")
        w("# Completed phase: preBuild", "phase_completed")
        w("# Starting phase: build", "phase_start")
        w("# Executing command: npm run build", "executing_command")
        w(f"> praxis-web@3.{g.num(4, 9)}.{g.num(0, 12)} build", "npm_script_head")
        w("> next build", "npm_script_cmd")
        w("  ▲ Next.js 14.2.18", "next_version")
        w("   - Environments: .env.production", "next_envs")
        w("   Creating an optimized production build ...", "next_creating")
        step(45)
        if g.r.random() < 0.1:
            f = g.c(["src/app/standorte/[slug]/page.tsx", "src/components/BookingWidget.tsx", "src/app/team/page.tsx"])
            ln, col = g.num(20, 140), g.num(5, 30)
            w("Failed to compile.", "next_failed_compile", "WARNING")
            w("", "empty", "WARNING")
            w(f"./{f}:{ln}:{col}", "next_err_location", "WARNING")
            w(f"Type error: Property '{g.c(['openingHours', 'slug', 'phone', 'bookingUrl'])}' does not exist on type '{g.c(['Location', 'Therapist', 'Props'])}'.",
              "next_type_error", "WARNING")
            w("", "empty", "WARNING")
            for k in range(-2, 2):
                mark = ">" if k == 0 else " "
                w(f"{mark} {ln + k:>3} |     {g.c(['<p>{location.openingHours}</p>', 'const url = t.bookingUrl;', '</div>', 'return (', '{team.map((t) => (', ')}'])}",
                  "next_code_frame", "WARNING")
                if k == 0:
                    w(f"      |{' ' * (col + 1)}^", "next_code_caret", "WARNING")
            w("Next.js build worker exited with code: 1 and signal: null", "next_worker_exited", "WARNING")
            w("!!! Build failed", "build_failed", "ERROR")
            w("!!! Error: Command failed with exit code 1", "command_failed", "ERROR")
            w("# Starting environment caching...", "env_caching_start")
            w("# Environment caching completed", "env_caching_done")
            return
        w(" ✓ Compiled successfully", "next_compiled")
        w("   Linting and checking validity of types ...", "next_linting")
        step(12)
        if g.r.random() < 0.3:
            w("", "empty")
            w(f"./src/components/{g.c(['Hero', 'Map', 'TeamCard'])}.tsx", "lint_file")
            w(f"{g.num(10, 90)}:{g.num(3, 20)}  Warning: Using `<img>` could result in slower LCP and higher bandwidth. Consider using `<Image />` from "
              "`next/image` to automatically optimize images. This may incur additional usage or cost from providers. See: "
              "https://nextjs.org/docs/messages/no-img-element  @next/next/no-img-element", "lint_no_img")
            w("", "empty")
            w("info  - Need to disable some ESLint rules? Learn more here: https://nextjs.org/docs/basic-features/eslint#disabling-rules", "lint_info_disable")
        w("   Collecting page data ...", "next_collecting")
        total = len(PAGES) + g.num(20, 40)
        w(f"   Generating static pages (0/{total}) ...", "next_generating")
        for q in (1, 2, 3):
            w(f"   Generating static pages ({total * q // 4}/{total}) ", "next_generating_progress")
        w(f" ✓ Generating static pages ({total}/{total})", "next_generated")
        w("   Finalizing page optimization ...", "next_finalizing")
        w("   Collecting build traces ...", "next_traces")
        step(6)
        w("", "empty")
        w("Route (app)                              Size     First Load JS", "route_header")
        rows = PAGES + ["/blog/[slug]", "/api/termin", "/sitemap.xml", "/robots.txt"]
        for i, p in enumerate(rows):
            pre = "┌" if i == 0 else ("└" if i == len(rows) - 1 else "├")
            kind = "ƒ" if p.startswith("/api") else ("●" if "[" in p else "○")
            size = f"{g.f(0.2, 9, 2)} kB" if kind != "ƒ" and not p.endswith(".txt") and not p.endswith(".xml") else "0 B"
            fl = f"{g.num(88, 140)} kB" if size != "0 B" else "0 B"
            w(f"{pre} {kind} {p:<37}{size:>9}{fl:>15}", "route_row")
            if kind == "●":
                for j, post in enumerate(g.r.sample(["/blog/rueckenschmerzen-im-homeoffice", "/blog/laufen-im-winter", "/blog/kinesiotape-mythen",
                                                     "/blog/nach-der-knie-op"], 2)):
                    w(f"├   {'├' if j == 0 else '├'} {post}", "route_sub_row")
                w(f"├   └ [+{g.num(5, 30)} more paths]", "route_more_paths")
        w(f"+ First Load JS shared by all            {g.f(86, 89, 1)} kB", "route_shared")
        for j, ch in enumerate([f"chunks/{g.num(1000, 9999)}-{g.hx(16)}.js", f"chunks/fd9d1056-{g.hx(16)}.js"]):
            w(f"  ├ {ch:<37}{g.f(30, 54, 1)} kB", "route_chunk")
        w(f"  └ other shared chunks (total)          {g.f(1.8, 2.2, 2)} kB", "route_other_chunks")
        w("", "empty")
        w("", "empty")
        w("○  (Static)   prerendered as static content", "legend_static")
        w("●  (SSG)      prerendered as static HTML (uses generateStaticParams)", "legend_ssg")
        w("ƒ  (Dynamic)  server-rendered on demand", "legend_dynamic")
        w("", "empty")
        w("# Completed phase: build", "phase_completed")
        w("## Completed Frontend Build", "frontend_completed")
        w("## Build completed successfully", "build_success")
        w("# Starting caching...", "caching_start")
        w("# Creating cache artifact...", "cache_creating")
        step(20)
        w("# Created cache artifact", "cache_created")
        w("# Uploading cache artifact...", "cache_uploading")
        step(5)
        w("# Uploaded cache artifact", "cache_uploaded")
        w("# Caching completed", "caching_completed")
        step(8)
        w("Starting Deployment", "deploy_start")
        w("Deploying Compute Stack", "deploy_compute") if g.r.random() < 0.4 else None
        step(25)
        w("Deployment complete", "deploy_complete")

    def gap():
        L.t += dt.timedelta(minutes=g.num(20, 600))
        job()

    job()
    fill(L, [(1, gap)], N_LINES, 1)
    del L.rows[N_LINES:]
    return L


# 3 ---------------------------------------------------------------- Symantec (Blue Coat) ProxySG (SGOS 7.3, an SG-S400 as the explicit proxy of a regional insurance company) uploading its
#   access log in the bcreportermain_v1 ELFF format every hour; the uploaded files concatenated: each starts with the "#Software:", "#Version:",
#   "#Start-Date:", "#Date:", "#Fields:" and "#Remark:" header, then one space-separated line per request (date and time in GMT, the user and
#   group from IWA, the exception id, the filter result, the categories, the status, the cache action, method, content type, scheme, host, port,
#   path, query, extension, user agent, the proxy's address, bytes, the virus id and the application name and operation), CONNECT tunnels,
#   authentication challenges and policy denials
@checked
def log_proxysg(seed):
    L = Log("bluecoat_proxysg_elff", seed, "full", False, False)
    g = L.g
    FIELDS = ("date time time-taken c-ip cs-username cs-auth-group x-exception-id sc-filter-result cs-categories cs(Referer) sc-status s-action cs-method "
              "rs(Content-Type) cs-uri-scheme cs-host cs-uri-port cs-uri-path cs-uri-query cs-uri-extension cs(User-Agent) s-ip sc-bytes cs-bytes "
              "x-virus-id x-bluecoat-application-name x-bluecoat-application-operation")
    USERS = [("HANSEVERS\\" + u, '"HANSEVERS\\GG-Internet-Standard"') for u in ["mkoch", "sbraun", "tkrueger", "aschmidt", "jvogel", "lpeters", "nhahn",
                                                                                 "rwolff", "ckaiser", "dlange"]] + \
            [("HANSEVERS\\svc-sccm", '"HANSEVERS\\GG-Internet-Server"'), ("HANSEVERS\\ahoffmann", '"HANSEVERS\\GG-Internet-Erweitert"')]
    UA = ['"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0"',
          '"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"',
          '"Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17928; Pro)"', '"Microsoft-Delivery-Optimization/10.0"',
          '"Windows-Update-Agent/1123.2409.10012.0 Client-Protocol/2.71"', '"Teams/24295.605.3225.8804"']
    SITES = [("www.google.com", '"Search Engines/Portals"', "https", 443, "text/html;%20charset=UTF-8", "Google Search", "None"),
             ("outlook.office365.com", '"Email;Office/Business Applications"', "tcp", 443, "-", "Microsoft Outlook", "None"),
             ("teams.microsoft.com", '"Office/Business Applications"', "tcp", 443, "-", "Microsoft Teams", "None"),
             ("www.gdv.de", '"Business/Economy"', "https", 443, "text/html", "none", "none"),
             ("login.microsoftonline.com", '"Office/Business Applications"', "tcp", 443, "-", "Microsoft Login", "None"),
             ("ctldl.windowsupdate.com", '"Software Downloads"', "http", 80, "application/vnd.ms-cab-compressed", "none", "none"),
             ("www.spiegel.de", '"News"', "https", 443, "text/html;%20charset=utf-8", "none", "none"),
             ("www.youtube.com", '"Audio/Video Clips"', "https", 443, "text/html;%20charset=utf-8", "YouTube", "Watch Video"),
             ("cdn.jsdelivr.net", '"Content Servers"', "https", 443, "application/javascript;%20charset=utf-8", "none", "none"),
             ("api.hansevers-partner.de", '"Business/Economy"', "https", 443, "application/json", "none", "none"),
             ("www.ebay.de", '"Auctions;Shopping"', "https", 443, "text/html", "eBay", "None")]
    DENY = [("www.bet365.com", '"Gambling"', "policy_denied"), ("www.tiktok.com", '"Social Networking"', "policy_denied"),
            ("mega.nz", '"File Storage/Sharing"', "policy_denied"), ("free-vpn-proxy.top", '"Suspicious;Proxy Avoidance"', "policy_denied"),
            ("update-check.sysfix-tools.xyz", '"Malicious Outbound Data/Botnets"', "policy_denied")]
    PROXY = "10.20.0.15"

    def header():
        w("#Software: SGOS 7.3.16.2", "hdr_software", None)
        w("#Version: 1.0", "hdr_version", None)
        w(f"#Start-Date: {L.t:%Y-%m-%d %H:%M:%S}", "hdr_start_date")
        w(f"#Date: {L.t:%Y-%m-%d %H:%M:%S}", "hdr_date")
        w(f"#Fields: {FIELDS}", "hdr_fields", None)
        w('#Remark: 4106283516 "PX-HH-01" "10.20.0.15" "main"', "hdr_remark", None)

    def w(text, ev, t="now"):
        L.emit(text, ev, None, None, t)

    def line(tt, cip, user, group, exc, filt, cat, ref, status, action, meth, ctype, scheme, host, port, path, query, ext, ua, scb, csb, app, op):
        w(f"{L.t:%Y-%m-%d %H:%M:%S} {tt} {cip} {user} {group} {exc} {filt} {cat} {ref} {status} {action} {meth} {ctype} {scheme} {host} {port} {path} "
          f"{query} {ext} {ua} {PROXY} {scb} {csb} - {app} {op}", "access")

    def cip():
        return f"10.{g.c([30, 30, 31, 32, 40])}.{g.num(0, 15)}.{g.num(10, 250)}"

    def req():
        u, grp = g.c(USERS)
        host, cat, scheme, port, ctype, app, op = g.c(SITES)
        ua = g.c(UA)
        c = cip()
        if scheme == "tcp":
            line(g.num(20, 900000), c, u, grp, "-", "OBSERVED", cat, "-", 200, "TCP_TUNNELED", "CONNECT", "-", "tcp", host, 443, "/", "-", "-", ua,
                 g.num(3000, 9000000), g.num(800, 400000), f'"{app}"', f'"{op}"')
            return
        x = g.r.random()
        path, query = {
            "www.google.com": lambda: g.c([("/search", f"?q={g.c(['kfz+versicherung+vergleich', 'elementarschaden', 'bafin+rundschreiben', 'wetter+hamburg'])}"),
                                            ("/complete/search", f"?client=chrome-omni&q={g.c(['gdv', 'hansevers', 'bafin'])}"), ("/", "-")]),
            "www.gdv.de": lambda: g.c([("/gdv/themen/" + g.c(["schaden-unfall", "leben", "klima"]) + "/", "-"), ("/resource/blob/" + str(g.num(10000, 99999)) + "/data.pdf", "-")]),
            "ctldl.windowsupdate.com": lambda: ("/msdownload/update/v3/static/trustedr/en/" + g.c(["disallowedcertstl.cab", "authrootstl.cab", "pinrulesstl.cab"]), "-"),
            "www.spiegel.de": lambda: g.c([("/", "-"), ("/politik/", "-"), ("/wirtschaft/" + g.alnum(12) + "-" + g.uuid(), "-")]),
            "www.youtube.com": lambda: g.c([("/watch", f"?v={g.alnum(11, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_')}"),
                                            ("/youtubei/v1/player", "?prettyPrint=false")]),
            "cdn.jsdelivr.net": lambda: ("/npm/" + g.c(["bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js", "chart.js@4.4.1/dist/chart.umd.min.js",
                                                       "jquery@3.7.1/dist/jquery.min.js"]), "-"),
            "api.hansevers-partner.de": lambda: ("/v1/policies/" + str(g.num(100000, 999999)), g.c(["-", "?expand=claims"])),
            "www.ebay.de": lambda: ("/itm/" + str(g.num(10 ** 11, 10 ** 12)), "-"),
        }[host]()
        ext = path.rsplit(".", 1)[1] if "." in path.rsplit("/", 1)[-1] else "-"
        action = g.c(["TCP_NC_MISS", "TCP_NC_MISS", "TCP_MISS", "TCP_HIT", "TCP_REFRESH_MISS", "TCP_CLIENT_REFRESH"]) if x < 0.95 else "TCP_ERR_MISS"
        status = 200 if action != "TCP_ERR_MISS" else g.c([503, 504])
        if action == "TCP_HIT" and g.r.random() < 0.3:
            status = 304
        ref = g.c(['"-"', f'"https://{host}/"', '"https://www.google.com/"']) if scheme == "https" else "-"
        line(g.num(1, 3000), c, u, grp, "-" if status < 500 else "dns_server_failure" if status == 503 else "gateway_timeout", "OBSERVED", cat, ref, status,
             action, g.c(["GET", "GET", "GET", "POST"]), ctype if status < 500 else "-", scheme, host, port, path, query, ext, ua,
             g.num(300, 2000000), g.num(300, 4000), f'"{app}"', f'"{op}"')

    def auth():
        c = cip()
        host, cat, scheme, port, ctype, app, op = g.c(SITES[:5])
        line(g.num(0, 5), c, "-", "-", "authentication_failed", "DENIED", cat, "-", 407, "TCP_DENIED", "CONNECT", "-", "tcp", host, 443, "/", "-", "-",
             g.c(UA), g.num(300, 500), g.num(200, 400), '"none"', '"none"')

    def deny():
        u, grp = g.c(USERS)
        host, cat, exc = g.c(DENY)
        line(g.num(0, 20), cip(), u, grp, exc, "DENIED", cat, "-", 403, "TCP_DENIED", "CONNECT", "-", "tcp", host, 443, "/", "-", "-", g.c(UA),
             g.num(400, 1500), g.num(200, 400), '"none"', '"none"')

    header()
    st = {"hour": L.t.hour}

    def next_line():
        if L.t.hour != st["hour"]:
            st["hour"] = L.t.hour
            L.t = L.t.replace(minute=0, second=0, microsecond=0)
            header()
            L.tick(1)
        g.r.choices([req, auth, deny], [30, 4, 1.5])[0]()

    fill(L, [(1, next_line)], N_LINES, 4)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 4 ---------------------------------------------------------------- ccache 4.9 (log_file = /var/log/ccache/ccache.log) on the build agents of a company that makes a C++ CAD kernel: CMake
#   with Ninja compiles with -j8, so the invocations' lines interleave: "[2026-12-01T10:00:00.123456 12345] message" (local time, no offset; the
#   process id); each invocation starts with "=== CCACHE 4.9.1 STARTED ===...", dumps its configuration ("Config: (source) key = value"), then the
#   command line, the compiler, the manifest and result lookups in the local cache and on the team's Redis remote storage, running the
#   preprocessor or the real compiler on a miss, and "Result: ..."; links and unsupported options fall back to the compiler
@checked
def log_ccache(seed):
    L = Log("ccache_log", seed, "full", False, False)
    g = L.g
    CONF = [("absolute_paths_in_stderr", "false", "default"), ("base_dir", "/home/build/agent/work", "environment"), ("cache_dir", "/var/cache/ccache", "/etc/ccache.conf"),
            ("compiler", "", "default"), ("compiler_check", "mtime", "default"), ("compiler_type", "auto", "default"), ("compression", "true", "default"),
            ("compression_level", "0", "default"), ("cpp_extension", "", "default"), ("debug", "false", "default"), ("debug_dir", "", "default"),
            ("depend_mode", "false", "default"), ("direct_mode", "true", "default"), ("disable", "false", "default"), ("extra_files_to_hash", "", "default"),
            ("file_clone", "false", "default"), ("hard_link", "false", "default"), ("hash_dir", "false", "/etc/ccache.conf"), ("ignore_headers_in_manifest", "", "default"),
            ("ignore_options", "", "default"), ("inode_cache", "true", "default"), ("keep_comments_cpp", "false", "default"),
            ("log_file", "/var/log/ccache/ccache.log", "/etc/ccache.conf"), ("max_files", "0", "default"), ("max_size", "50.0 GB", "/etc/ccache.conf"),
            ("msvc_dep_prefix", "Note: including file:", "default"), ("namespace", "", "default"), ("path", "", "default"), ("pch_external_checksum", "false", "default"),
            ("prefix_command", "", "default"), ("prefix_command_cpp", "", "default"), ("read_only", "false", "default"), ("read_only_direct", "false", "default"),
            ("recache", "false", "default"), ("remote_only", "false", "default"), ("remote_storage", "redis://ccache-redis.build.lan:6379|connect-timeout=200",
                                                                                                 "/etc/ccache.conf"),
            ("reshare", "false", "default"), ("run_second_cpp", "true", "default"), ("sloppiness", "pch_defines, time_macros, include_file_mtime, include_file_ctime",
                                                                                      "/etc/ccache.conf"),
            ("stats", "true", "default"), ("stats_log", "", "default"), ("temporary_dir", "/run/user/1001/ccache-tmp", "default"), ("umask", "002", "/etc/ccache.conf")]
    MODS = {"geom": ["bspline_curve", "nurbs_surface", "intersect_cc", "intersect_ss", "offset_curve", "tessellate", "bbox_tree"],
            "topo": ["brep_builder", "edge_loop", "shell_heal", "face_split", "sewing"],
            "io": ["step_reader", "step_writer", "iges_reader", "stl_writer", "gltf_export"],
            "app": ["main", "cli_args", "batch_runner"], "tests": ["test_bspline", "test_intersect", "test_step_roundtrip", "test_heal"]}
    HOSTS = ["build-agent-03", "build-agent-04"]
    st = {"pid": g.num(100000, 200000), "host": HOSTS[0]}

    def inv(t0, src_mod, src, kind):
        """One ccache invocation: a list of (seconds after t0, text, event)."""
        st["pid"] += g.num(1, 40)
        pid = st["pid"]
        out, t = [], 0.0

        def o(text, ev, dtm=0.00005):
            nonlocal t
            t += dtm * g.r.uniform(0.3, 3)
            out.append((t, f"{pid}] {text}", ev))

        o("=== CCACHE 4.9.1 STARTED =========================================", "started")
        o("Configuration file: /etc/ccache.conf", "config_file")
        o("System configuration file: /etc/ccache.conf", "sys_config_file")
        for k, v, srcname in CONF:
            o(f"Config: ({srcname}) {k} = {v}", "config")
        root = f"/home/build/agent/work/{st['branch']}"
        wd = f"{root}/build-release"
        obj = f"src/{src_mod}/CMakeFiles/{src_mod}.dir/{src}.cpp.o"
        flags = (f"-DCADK_EXPORTS -DNDEBUG -I{root}/include -I{root}/src -isystem /opt/deps/occt-7.8/include "
                 f"-O2 -g -std=c++20 -fPIC -Wall -Wextra -MD -MT {obj} -MF {obj}.d")
        if kind == "link":
            o(f"Command line: /usr/bin/ccache /usr/bin/g++-13 -O2 -g -shared -Wl,-soname,libcadk_{src_mod}.so.24 -o lib/libcadk_{src_mod}.so.24.2.0 "
              f"@CMakeFiles/{src_mod}.rsp", "command_line")
            o(f"Hostname: {st['host']}", "hostname")
            o(f"Working directory: {wd}", "working_dir")
            o("Compiler: /usr/bin/g++-13", "compiler")
            o("Compiler type: gcc", "compiler_type")
            o("Called for link", "called_for_link", 0.0003)
            o("Failed; falling back to running the real compiler", "falling_back")
            o("Result: called_for_link", "result", 0.002)
            return out
        o(f"Command line: /usr/bin/ccache /usr/bin/g++-13 {flags} -o {obj} -c {root}/src/{src_mod}/{src}.cpp", "command_line")
        o(f"Hostname: {st['host']}", "hostname")
        o(f"Working directory: {wd}", "working_dir")
        o("Compiler: /usr/bin/g++-13", "compiler")
        o("Compiler type: gcc", "compiler_type")
        o(f"Detected input file: {root}/src/{src_mod}/{src}.cpp", "detected_input")
        if kind == "unsupported":
            o("Compiler option -Xclang is unsupported", "unsupported_option")
            o("Failed; falling back to running the real compiler", "falling_back")
            o("Result: unsupported_compiler_option", "result")
            return out
        o(f"Source file: {root}/src/{src_mod}/{src}.cpp", "source_file")
        o(f"Dependency file: {obj}.d", "dependency_file")
        o(f"Object file: {obj}", "object_file")
        o("Trying direct lookup", "trying_direct")
        mkey = g.alnum(32, "0123456789abcdefghijklmnopqrstuv")
        rkey = g.alnum(32, "0123456789abcdefghijklmnopqrstuv")
        if kind == "hit":
            o(f"Retrieved {mkey} from local storage (/var/cache/ccache/{mkey[0]}/{mkey[1]}/{mkey[2:]}M)", "retrieved_local", 0.0002)
            o("Got result key from manifest", "got_key_manifest")
            o(f"Result key: {rkey}", "result_key")
            o(f"Retrieved {rkey} from local storage (/var/cache/ccache/{rkey[0]}/{rkey[1]}/{rkey[2:]}R)", "retrieved_local", 0.0003)
            o(f"Reading embedded entry #0 .o ({g.num(20000, 3000000)} bytes)", "reading_entry")
            o(f"Writing to {obj}", "writing_to")
            o(f"Reading embedded entry #1 .d ({g.num(2000, 90000)} bytes)", "reading_entry")
            o(f"Writing to {obj}.d", "writing_to")
            o("Succeeded getting cached result", "succeeded_cached")
            o("Result: direct_cache_hit", "result")
            o("Result: local_storage_hit", "result")
            o("Result: local_storage_read_hit", "result")
            o("Result: local_storage_read_hit", "result")
            return out
        o(f"No {mkey} in local storage", "no_in_local", 0.0001)
        if g.r.random() < 0.8:
            o(f"Redis GET ccache:{mkey}", "redis_get", 0.0005)
        o("Running preprocessor", "running_preprocessor")
        o(f"Executing /usr/bin/g++-13 {flags.replace(f' -MD -MT {obj} -MF {obj}.d', '')} -E {root}/src/{src_mod}/{src}.cpp", "executing_cpp")
        o("Got result key from preprocessor", "got_key_cpp", g.r.uniform(0.2, 1.2) / 3)
        o(f"Result key: {rkey}", "result_key")
        if kind == "cpp_hit":
            o(f"Retrieved {rkey} from remote storage (redis://ccache-redis.build.lan:6379)", "retrieved_remote", 0.002)
            o(f"Reading embedded entry #0 .o ({g.num(20000, 3000000)} bytes)", "reading_entry")
            o(f"Writing to {obj}", "writing_to")
            o(f"Reading embedded entry #1 .d ({g.num(2000, 90000)} bytes)", "reading_entry")
            o(f"Writing to {obj}.d", "writing_to")
            o(f"Added result key to manifest {mkey}", "added_to_manifest")
            o(f"Stored {mkey} in local storage (/var/cache/ccache/{mkey[0]}/{mkey[1]}/{mkey[2:]}M)", "stored_local")
            o("Succeeded getting cached result", "succeeded_cached")
            o("Result: preprocessed_cache_hit", "result")
            o("Result: remote_storage_hit", "result")
            o("Result: remote_storage_read_hit", "result")
            return out
        o(f"No {rkey} in local storage", "no_in_local")
        o(f"No {rkey} in remote storage", "no_in_remote", 0.002)
        o("Running real compiler", "running_compiler")
        o(f"Executing /usr/bin/g++-13 {flags} -o {obj} -c {root}/src/{src_mod}/{src}.cpp", "executing_compiler")
        if kind == "error":
            o("Compiler gave exit status 1", "compiler_exit_status", g.r.uniform(2, 30) / 3)
            o("Result: compile_failed", "result")
            return out
        if g.r.random() < 0.1:
            o("Compiler produced stderr", "compiler_stderr", g.r.uniform(2, 40) / 3)
        o(f"Stored {rkey} in local storage (/var/cache/ccache/{rkey[0]}/{rkey[1]}/{rkey[2:]}R)", "stored_local", g.r.uniform(2, 40) / 3)
        o(f"Stored {rkey} in remote storage (redis://ccache-redis.build.lan:6379)", "stored_remote", 0.003)
        o(f"Added result key to manifest {mkey}", "added_to_manifest")
        o(f"Stored {mkey} in local storage (/var/cache/ccache/{mkey[0]}/{mkey[1]}/{mkey[2:]}M)", "stored_local")
        o("Result: cache_miss", "result")
        o("Result: local_storage_miss", "result")
        o("Result: local_storage_write", "result")
        o("Result: remote_storage_miss", "result")
        o("Result: remote_storage_write", "result")
        return out

    def build():
        st["host"] = g.c(HOSTS)
        st["branch"] = g.c(["main", "main", "release-24.2", "pr-" + str(g.num(1800, 1900))])
        t0 = L.t
        items = []
        start = 0.0
        srcs = [(m, s) for m in MODS for s in MODS[m]]
        chosen = g.r.sample(srcs, g.num(6, 14))
        hit_rate = g.r.uniform(0.3, 0.95)
        for i, (m, s) in enumerate(chosen):
            x = g.r.random()
            kind = "hit" if x < hit_rate else ("cpp_hit" if x < hit_rate + 0.05 else "miss")
            if g.r.random() < 0.02:
                kind = "error"
            if g.r.random() < 0.03 and m == "tests":
                kind = "unsupported"
            start += g.r.uniform(0.001, 0.08) if i % 8 else g.r.uniform(0.0, 0.01)
            items += [(start + dtm, text, ev) for dtm, text, ev in inv(t0, m, s, kind)]
        for m in g.r.sample(list(MODS), g.num(0, 2)):
            start += g.r.uniform(0.5, 3)
            items += [(start + dtm, text, ev) for dtm, text, ev in inv(t0, m, "", "link")]
        items.sort(key=lambda x: x[0])
        for dtm, text, ev in items:
            t = t0 + dt.timedelta(seconds=dtm)
            L.emit(f"[{t:%Y-%m-%dT%H:%M:%S}.{us6(t)} {text}", ev, None, None, t)
        L.t = t0 + dt.timedelta(seconds=items[-1][0] + g.num(60, 3000))

    fill(L, [(1, build)], N_LINES, 120)
    del L.rows[N_LINES:]
    return L


# 5 ---------------------------------------------------------------- IBM ILOG CPLEX 22.1.1 (the Interactive Optimizer, run by a cron script with a command file) solving the nightly crew
#   rostering model of a regional bus company, one MIP per depot, cplex.log appended: "Log started (V22.1.1.0) Tue Dec  1 02:00:01 2026", the
#   banner, the problem read, parameter changes, presolve, the root relaxation, the branch-and-cut node log (a table with incumbent lines marked
#   "*", the cut rounds at the root, "Elapsed time = ..." lines), the cuts applied, the timing summary and the solution status
@checked
def log_cplex(seed):
    L = Log("cplex_mip_log", seed, "full", False, False, start=dt.datetime(2026, 11, 24, 2, 0, 1, tzinfo=UTC))
    g = L.g
    DEPOTS = ["ost", "west", "nord", "sued", "mitte", "hafen"]

    def w(text, ev, t=None):
        L.emit(text, ev, None, None, t)

    def node_line(mark, node, plus, left, obj, iinf, best, bound, itcnt, gap):
        return f"{mark}{node:>6}{plus}{left:>5}{obj:>14}{iinf:>6}{best:>14}{bound:>14}{itcnt:>9}{gap:>8}"

    def run(depot):
        w(f"Log started (V22.1.1.0) {ctime(L.t)}", "log_started", L.t)
        w("", "empty")
        w("Welcome to IBM(R) ILOG(R) CPLEX(R) Interactive Optimizer 22.1.1.0", "banner_welcome")
        w("  with Simplex, Mixed Integer & Barrier Optimizers", "banner_with")
        w("5725-A06 5725-A29 5724-Y48 5724-Y49 5724-Y54 5724-Y55 5655-Y21", "banner_pids")
        w("Copyright IBM Corp. 1988, 2022.  All Rights Reserved.", "banner_copyright")
        w("", "empty")
        w("Type 'help' for a list of available commands.", "banner_help")
        w("Type 'help' followed by a command name for more", "banner_help2")
        w("information on commands.", "banner_help3")
        w("", "empty")
        w(f"Problem '/srv/roster/models/{depot}_{L.t:%Y%m%d}.lp' read.", "problem_read")
        w(f"Read time = {g.f(0.05, 1.5, 2)} sec. ({g.f(10, 300, 2)} ticks)", "read_time")
        for p, v, desc in [("threads", 8, "default parallel thread count"), ("timelimit", 900, "time limit in seconds"),
                           ("mip tolerances mipgap", "0.005", "mixed integer optimality gap tolerance"), ("emphasis mip", 1, "emphasis for MIP optimization")]:
            w(f"New value for {desc}: {v}", "new_value")
        rows, cols = g.num(20000, 60000), g.num(40000, 200000)
        w("CPXPARAM_Threads                                 8", "param_threads")
        w("CPXPARAM_TimeLimit                               900", "param_timelimit")
        w("CPXPARAM_Emphasis_MIP                            1", "param_emphasis")
        w("CPXPARAM_MIP_Tolerances_MIPGap                   0.0050000000000000001", "param_mipgap")
        for k in range(g.num(1, 2)):
            n = g.c([1, 1, 2, 3])
            w(f"Tried aggregator {n} time{'s' if n > 1 else ''}.", "tried_aggregator")
            w(f"MIP Presolve eliminated {g.num(1000, 9000)} rows and {g.num(2000, 30000)} columns.", "presolve_eliminated")
            if g.r.random() < 0.7:
                w(f"MIP Presolve modified {g.num(10, 900)} coefficients.", "presolve_modified")
            w(f"Aggregator did {g.num(100, 4000)} substitutions.", "aggregator_did")
            rows, cols = rows - g.num(1000, 5000), cols - g.num(2000, 20000)
            w(f"Reduced MIP has {rows} rows, {cols} columns, and {g.num(200000, 900000)} nonzeros.", "reduced_mip_has")
            w(f"Reduced MIP has {cols - g.num(0, 200)} binaries, {g.num(0, 200)} generals, 0 SOSs, and 0 indicators.", "reduced_mip_binaries")
            w(f"Presolve time = {g.f(0.1, 4, 2)} sec. ({g.f(50, 3000, 2)} ticks)", "presolve_time")
            w(f"Probing fixed {g.num(0, 900)} vars, tightened {g.num(0, 300)} bounds.", "probing_fixed")
            w(f"Probing time = {g.f(0.01, 2, 2)} sec. ({g.f(5, 900, 2)} ticks)", "probing_time")
        w(f"Clique table members: {g.num(10000, 300000)}.", "clique_members")
        w("MIP emphasis: integer feasibility.", "mip_emphasis")
        w("MIP search method: dynamic search.", "mip_search_method")
        w("Parallel mode: deterministic, using up to 8 threads.", "parallel_mode")
        w(f"Root relaxation solution time = {g.f(0.5, 30, 2)} sec. ({g.f(300, 20000, 2)} ticks)", "root_relax_time")
        w("", "empty")
        w("        Nodes                                         Cuts/", "node_header1")
        w("   Node  Left     Objective  IInf  Best Integer    Best Bound    ItCnt     Gap", "node_header2")
        w("", "empty")
        lb = g.r.uniform(180000, 420000)
        it = g.num(5000, 60000)
        w(node_line(" ", 0, " ", 0, f"{lb:.4f}", g.num(100, 900), "", f"{lb:.4f}", it, ""), "node_root_no_incumbent")
        best = lb * g.r.uniform(1.08, 1.4)
        w(node_line("*", 0, "+", 0, "", "", f"{best:.4f}", f"{lb:.4f}", "", f"{(best - lb) / best * 100:.2f}%"), "node_incumbent_heur")
        for _ in range(g.num(2, 6)):
            lb += g.r.uniform(10, 800)
            it += g.num(200, 4000)
            lab = g.c(["Cuts", "Cuts", "Cuts", "ZeroHalf", "Impl Bds", "Flowcuts", "Lift and project"])
            w(node_line(" ", 0, " ", 0, f"{lb:.4f}", g.num(80, 700), f"{best:.4f}", f"{lab}: {g.num(2, 900)}", it, f"{(best - lb) / best * 100:.2f}%"), "node_cuts")
            if g.r.random() < 0.4:
                best = lb * g.r.uniform(1.01, 1.1)
                w(node_line("*", 0, "+", 0, "", "", f"{best:.4f}", f"{lb:.4f}", "", f"{(best - lb) / best * 100:.2f}%"), "node_incumbent_heur")
        w("Detecting symmetries...", "detecting_symmetries")
        w(node_line(" ", 0, " ", 2, f"{lb:.4f}", g.num(80, 700), f"{best:.4f}", f"{lb:.4f}", it, f"{(best - lb) / best * 100:.2f}%"), "node")
        el = g.r.uniform(5, 40)
        w(f"Elapsed time = {el:.2f} sec. ({el * g.r.uniform(400, 900):.2f} ticks, tree = 0.02 MB, solutions = {g.num(1, 4)})", "elapsed_time")
        node, left = 0, 2
        target = lb * g.r.uniform(1.0005, 1.01)
        sols = 2
        converged = False
        for step in range(g.num(8, 60)):
            node += g.num(10, 400) if node < 2000 else g.num(400, 3000)
            left = max(1, left + g.num(-20, 120))
            it += g.num(2000, 90000)
            lb += g.r.uniform(0, 25)
            if best > target and g.r.random() < 0.15:
                best = max(target, best - g.r.uniform(200, 8000))
                sols += 1
                if g.r.random() < 0.5:
                    w(node_line("*", node, "+", left, "", "", f"{best:.4f}", f"{lb:.4f}", "", f"{(best - lb) / best * 100:.2f}%"), "node_incumbent_heur")
                else:
                    w(node_line("*", node, " ", left, "integral", 0, f"{best:.4f}", f"{lb:.4f}", it, f"{(best - lb) / best * 100:.2f}%"), "node_integral")
                continue
            y = g.r.random()
            if y < 0.12:
                w(node_line(" ", node, " ", left, g.c(["infeasible", "cutoff"]), "", f"{best:.4f}", f"{lb:.4f}", it, f"{(best - lb) / best * 100:.2f}%"), "node_pruned")
            else:
                w(node_line(" ", node, " ", left, f"{lb + g.r.uniform(0, 300):.4f}", g.num(10, 400), f"{best:.4f}", f"{lb:.4f}", it,
                            f"{(best - lb) / best * 100:.2f}%"), "node")
            if step % 7 == 6:
                el += g.r.uniform(10, 90)
                w(f"Elapsed time = {el:.2f} sec. ({el * g.r.uniform(400, 900):.2f} ticks, tree = {g.f(0.1, 300, 2)} MB, solutions = {sols})", "elapsed_time")
            if (best - lb) / best < 0.005:
                converged = True
                break
        w("", "empty")
        for cut in g.r.sample(["GUB cover cuts applied:  ", "Clique cuts applied:  ", "Cover cuts applied:  ", "Implied bound cuts applied:  ", "Flow cuts applied:  ",
                               "Mixed integer rounding cuts applied:  ", "Zero-half cuts applied:  ", "Lift and project cuts applied:  ",
                               "Gomory fractional cuts applied:  "], g.num(3, 7)):
            w(f"{cut}{g.num(1, 900)}", "cuts_applied_" + slug(cut))
        w("", "empty")
        w("Root node processing (before b&c):", "root_processing")
        r1 = g.r.uniform(3, 40)
        w(f"  Real time             = {r1:7.2f} sec. ({r1 * 600:.2f} ticks)", "real_time")
        w("Parallel b&c, 8 threads:", "parallel_bc")
        w(f"  Real time             = {el:7.2f} sec. ({el * 650:.2f} ticks)", "real_time")
        w(f"  Sync time (average)   = {g.f(0.1, 9, 2):>7} sec.", "sync_time")
        w(f"  Wait time (average)   = {g.f(0.0, 2, 2):>7} sec.", "wait_time")
        w("                          ------------", "time_rule")
        w(f"Total (root+branch&cut) = {r1 + el:7.2f} sec. ({(r1 + el) * 640:.2f} ticks)", "total_time")
        w("", "empty")
        gap = (best - lb) / best * 100
        if not converged:
            w(f"Solution pool: {sols} solutions saved.", "solution_pool")
            w("", "empty")
            w(f"MIP - Time limit exceeded, integer feasible:  Objective =  {best:.10e}", "mip_time_limit")
            w(f"Current MIP best bound =  {lb:.10e} (gap = {best - lb:.4f}, {gap:.2f}%)", "mip_best_bound")
        else:
            w(f"Solution pool: {sols} solutions saved.", "solution_pool")
            w("", "empty")
            w(f"MIP - Integer optimal, tolerance (0.005/1e-06):  Objective =  {best:.10e}", "mip_optimal_tol")
            w(f"Current MIP best bound =  {lb:.10e} (gap = {best - lb:.4f}, {gap:.2f}%)", "mip_best_bound")
        w(f"Solution time = {r1 + el:7.2f} sec.  Iterations = {it}  Nodes = {node} ({left})", "solution_time")
        w(f"Deterministic time = {(r1 + el) * 640:.2f} ticks  ({g.f(500, 900, 2)} ticks/sec)", "deterministic_time")
        w("", "empty")
        w(f"Solution written to file '/srv/roster/solutions/{depot}_{L.t:%Y%m%d}.sol'.", "solution_written")
        at(L, r1 + el + g.r.uniform(5, 30))

    st = {"i": 0}

    def next_run():
        if st["i"] == len(DEPOTS):
            st["i"] = 0
            L.t = L.t.replace(hour=2, minute=0, second=1, microsecond=0) + dt.timedelta(days=1)
        run(DEPOTS[st["i"]])
        st["i"] += 1

    fill(L, [(1, next_run)], N_LINES, 0.001)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 6 ---------------------------------------------------------------- Code42 (CrashPlan for Enterprise 11.4) on the laptops of a law firm, the history log of one partner's MacBook
#   (/Library/Logs/CrashPlan/history.log.0 and its rotations concatenated): "I 12/01/26 08:15AM [Default] message" (a letter for the kind, the
#   date month first with a two-digit year, the time to the minute on a 12-hour clock, local time); the service starting, file scans, backups
#   started, completed or stopped when the lid closes, files it could not back up, block synchronisation, connection losses, deep pruning
@checked
def log_crashplan(seed):
    L = Log("crashplan_history_log", seed, "full", True, False, start=dt.datetime(2026, 10, 19, 7, 40, 0, tzinfo=UTC))
    g = L.g
    DEST = "Code42 Cloud"
    GUID = f"10{g.num(10 ** 16, 10 ** 17 - 1)}"
    st = {"ver": "11.4.1", "up": True}

    def w(lv, text, ev):
        t = L.t.replace(second=0, microsecond=0)
        L.emit(f"{lv} {t:%m/%d/%y %I:%M%p} {text}", ev, lv, None, t)

    def size(lo, hi):
        v = g.r.uniform(lo, hi)
        for unit in ("KB", "MB", "GB"):
            if v < 1024:
                return f"{v:.1f}{unit}"
            v /= 1024
        return f"{v:.1f}TB"

    def dur(m=None):
        """Move the clock on by a run's length and write it as Code42 does."""
        m = g.c([0, 0, 1, 2, 3, 5, 8, 12, 25, 47, 90]) if m is None else m
        at(L, m * 60 + g.num(0, 59))
        return "< 1 minute" if m == 0 else ("1 minute" if m == 1 else (f"{m} minutes" if m < 60 else f"{m // 60} hour{'s' if m >= 120 else ''}"))

    def rate():
        v = g.r.uniform(0.3, 95)
        return f"{v:.1f}Mbps" if v >= 1 else f"{v * 1000:.1f}Kbps"

    def files(n):
        return f"{n:,} file{'s' if n != 1 else ''}"

    def start():
        w("I", f"Code42 started, version {st['ver']}, GUID {GUID}", "started")
        w("I", "[Default] Backup scheduled to always run", "scheduled_always")
        at(L, g.num(20, 90))
        w("I", f"Connected to {DEST}", "connected")

    def scan():
        w("I", "[Default] Scanning for files to back up", "scanning")
        d = dur(g.c([2, 3, 5, 8, 12, 25]))
        w("I", f"[Default] Scanning for files completed in {d}: {g.num(180000, 260000):,} files ({size(300 * 1024 ** 2, 480 * 1024 ** 2)}) found", "scan_completed")

    def backup():
        n = g.c([1, 2, 3, 5, 8, 12, 30, 45, 120, 480, 2000])
        sz = size(30 * n, 3 * 1024 * n)
        w("I", f"[Default] Starting backup to {DEST}: {files(n)} ({sz}) to back up", "backup_starting")
        x = g.r.random()
        if x < 0.8:
            d = dur()
            w("I", f"[Default] Completed backup to {DEST} in {d}: {files(n)} ({sz}) backed up, {size(10, 900 * 1024)} encrypted and "
                   f"sent @ {rate()} (Effective rate: {rate()})", "backup_completed")
        else:
            m = g.num(0, n)
            d = dur()
            w("I", f"[Default] Stopped backup to {DEST} in {d}: {files(m)} ({size(1, 900 * 1024)}) backed up, {size(1, 300 * 1024)} encrypted and sent @ {rate()}",
              "backup_stopped")
        if g.r.random() < 0.15:
            w("I", f"[Default] Unable to back up {files(g.num(1, 14))} (next attempt within 15 minutes)", "unable_to_back_up")

    def sync():
        w("I", f"Synchronizing block information for {DEST}", "sync_blocks")
        d = dur(g.c([0, 0, 1, 2, 4]))
        w("I", f"Finished synchronizing block information for {DEST} in {d}", "sync_blocks_done")

    def disconnect():
        w("I", f"Disconnected from {DEST}", "disconnected")
        if g.r.random() < 0.4:
            at(L, g.num(30, 300))
            w("W", f"Unable to connect to {DEST}: {g.c(['Connection timed out', 'Network is unreachable', 'Unknown host'])}", "unable_connect")
        at(L, g.num(600, 5 * 3600))
        w("I", f"Connected to {DEST}", "connected")

    def sleep_wake():
        L.t += dt.timedelta(hours=g.num(6, 40), minutes=g.num(0, 59))
        if g.r.random() < 0.3:
            w("I", f"Code42 stopped, version {st['ver']}, GUID {GUID}", "stopped")
            at(L, g.num(40, 200))
            if g.r.random() < 0.15:
                st["ver"] = g.c(["11.4.1", "11.4.2", "11.5.0"])
                w("I", f"Installing update, version {st['ver']}", "installing_update")
                at(L, g.num(60, 300))
            start()
        else:
            w("I", f"Connected to {DEST}", "connected")

    def prune():
        w("I", f"[Default] Deep pruning of {DEST} started", "deep_prune_started")
        d = dur(g.c([5, 12, 25, 47]))
        w("I", f"[Default] Deep pruning of {DEST} completed: removed {files(g.num(0, 3000))} ({size(0.5, 40 * 1024 ** 2)}) in {d}", "deep_prune_done")

    def battery():
        w("I", "[Default] Backup paused: computer is running on battery power", "paused_battery")
        at(L, g.num(600, 7200))
        w("I", "[Default] Backup resumed: computer is connected to AC power", "resumed_ac")

    def slow(fn):
        def f():
            at(L, g.num(300, 3600))
            fn()
        return f

    start()
    ev = [(30, backup), (6, scan), (5, sync), (4, disconnect), (6, sleep_wake), (1, prune), (2.5, battery)]
    fill(L, [(wt, slow(fn)) for wt, fn in ev], N_LINES, 1)
    del L.rows[N_LINES:]
    return L


# 7 ---------------------------------------------------------------- DaVinci Resolve Studio 19.1 on the Rocky Linux 9 grading workstations of a post-production house (an RTX 4090, a
#   DeckLink 8K Pro, projects in a shared PostgreSQL project server), ~/.local/share/DaVinciResolve/logs/ResolveDebug.txt: "[0x00007f3c8effd640] |
#   Main                 | INFO  | 2026-12-01 10:00:00,123 | message" (the thread, the module padded to 20, the level padded to 5, local time);
#   start-up with a system-information block that goes on over several lines, the GPU and DeckLink set-up, the project server, opening
#   projects and timelines, media relinking, renders in the Deliver page, playback frame drops, Fusion, the database and the odd crash report
@checked
def log_resolve(seed):
    L = Log("davinci_resolve_debug", seed, "full", True, True, start=dt.datetime(2026, 11, 30, 8, 30, 0, tzinfo=UTC))
    g = L.g
    THREADS = [f"0x00007f{g.hx(2)}{g.hx(2)}{g.hx(3)}640" for _ in range(14)]
    PROJ = ["NORDLICHT_EP104_GRADE", "NORDLICHT_EP105_GRADE", "Stadtwerke_Imagefilm_2026", "Brauerei_Spot_30s_v3", "DOKU_Wattenmeer_ONLINE"]
    st = {"proj": g.c(PROJ)}

    def w(mod, lv, text, ev, thr=None):
        L.emit(f"[{thr or g.c(THREADS)}] | {mod:<20} | {lv:<5} | {L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} | {text}", ev, lv, mod)
        L.t += dt.timedelta(microseconds=g.num(100, 30000))

    def cont(text, ev, mod, lv):
        L.emit(text, ev, lv, mod, L.rows[-1][2])

    def startup():
        t0 = THREADS[0]
        w("Main", "INFO", "DaVinci Resolve Studio 19.1.2 (Build 3) starting", "starting", t0)
        w("Main", "INFO", "System Information:", "sysinfo_head", t0)
        cont("    OS: Rocky Linux 9.5 (Blue Onyx), kernel 5.14.0-503.14.1.el9_5.x86_64", "sysinfo_os", "Main", "INFO")
        cont("    CPU: AMD Ryzen Threadripper PRO 7975WX 32-Cores (64 logical)", "sysinfo_cpu", "Main", "INFO")
        cont("    Memory: 257543 MB", "sysinfo_mem", "Main", "INFO")
        cont("    GPU 0: NVIDIA GeForce RTX 4090, 24564 MB, driver 565.57.01, CUDA 12.7", "sysinfo_gpu", "Main", "INFO")
        cont("    Display: 2 screens, 3840x2160 @ 60Hz", "sysinfo_display", "Main", "INFO")
        w("GPUManager", "INFO", "GPU processing mode: CUDA, 1 device(s) selected", "gpu_mode", t0)
        w("GPUManager", "INFO", f"Device 0: NVIDIA GeForce RTX 4090 - free memory {g.num(21000, 23800)} MB", "gpu_device")
        w("IO.Video", "INFO", "DeckLink 8K Pro (1): firmware 12.5, video output enabled", "decklink_found")
        w("IO.Audio", "INFO", f"Audio device: {g.c(['DeckLink 8K Pro (1)', 'Built-in Audio Analog Stereo'])}, 48000 Hz, 2 channels", "audio_device")
        w("DB.Access", "INFO", "Connecting to project server 'grading-db' (postgres@10.40.0.20:5432)", "db_connecting")
        if g.r.random() < 0.07:
            w("DB.Access", "ERROR", "Unable to connect to the database server: could not connect to server: Connection timed out", "db_connect_failed")
            at(L, g.f(5, 20))
            w("DB.Access", "INFO", "Connecting to project server 'grading-db' (postgres@10.40.0.20:5432)", "db_connecting")
        w("DB.Access", "INFO", f"Connected, database schema version 19.1.{g.num(0, 3)}", "db_connected")
        w("License", "INFO", "Activated license found (Studio), dongle-free", "license_ok")
        w("UI", "INFO", f"Main window shown in {g.num(4000, 16000)} ms", "ui_shown")

    def open_project():
        st["proj"] = g.c(PROJ)
        w("Project.Manager", "INFO", f"Loading project '{st['proj']}'", "project_loading")
        at(L, g.f(1, 12))
        w("Project.Manager", "INFO", f"Project '{st['proj']}' loaded in {g.num(900, 14000)} ms", "project_loaded")
        w("Timeline", "INFO", f"Current timeline set to '{st['proj'].split('_')[0]}_{g.c(['CONFORM', 'GRADE', 'ONLINE'])}_v{g.num(1, 12):02d}' "
                              f"({g.num(80, 1800)} clips, {g.c([24, 25, 25, 50])} fps)", "timeline_set")
        for _ in range(g.c([0, 0, 1, 4])):
            w("Media.Pool", "WARN", f"Media offline: /mnt/media/{st['proj']}/{g.c(['A001', 'A002', 'B001', 'C003'])}_C{g.num(1, 99):03d}_{g.hx(4).upper()}.ari",
              "media_offline")

    def save():
        w("Project.Manager", "INFO", f"Project '{st['proj']}' saved ({g.num(40, 900)} ms)", "project_saved")

    def autosave():
        w("Project.Manager", "INFO", f"Live save: {g.num(1, 40)} changes committed", "live_save")

    def playback():
        if g.r.random() < 0.6:
            w("Playback", "WARN", f"Dropped {g.num(1, 40)} frames during playback at timecode {g.num(1, 2):02d}:{g.num(0, 59):02d}:{g.num(0, 59):02d}:{g.num(0, 24):02d}",
              "dropped_frames")
        else:
            w("Playback", "INFO", f"Playback started at {g.c([24, 25, 50])} fps, render cache {g.c(['Smart', 'User', 'None'])}", "playback_started")

    def cache():
        w("RenderCache", "INFO", f"Cached {g.num(10, 900)} frames for clip {g.num(1, 1800)} ({g.c(['DNxHR HQX', 'ProRes 422 HQ', 'ProRes 4444'])})", "cache_frames")

    def render():
        job = f"Job {g.num(1, 40)}"
        fmt = g.c(["QuickTime ProRes 4444 XQ", "QuickTime DNxHR HQX", "MXF OP1A XDCAM HD422", "MP4 H.265 Main10"])
        w("Deliver", "INFO", f"{job} started: {fmt}, {g.c(['3840x2160', '1920x1080', '4096x2160'])}, output /mnt/deliver/{st['proj']}/", "render_started")
        for p in (25, 50, 75):
            at(L, g.f(20, 300))
            w("Deliver", "DEBUG", f"{job} progress {p}% ({g.f(8, 90, 1)} fps)", "render_progress")
        at(L, g.f(20, 300))
        if g.r.random() < 0.08:
            w("Deliver", "ERROR", f"{job} failed: Render job 1 failed as the current clip could not be processed.", "render_failed")
            w("Deliver", "ERROR", f"Clip '{g.c(['A001', 'B001'])}_C{g.num(1, 99):03d}' at frame {g.num(100, 90000)}: GPU memory is full", "render_clip_error")
        else:
            w("Deliver", "INFO", f"{job} completed in {g.num(60, 5000)} s", "render_completed")

    def fusion():
        w("Fusion", "INFO", f"Fusion composition '{g.c(['Title_Lower3rd', 'CleanPlate', 'Skyreplace', 'Tracker_Screen'])}' loaded ({g.num(3, 60)} tools)", "fusion_loaded")
        if g.r.random() < 0.2:
            w("Fusion", "WARN", f"Tool 'MediaIn{g.num(1, 4)}' could not be rendered: frame {g.num(0, 400)} not available", "fusion_tool_warn")

    def gpu_warn():
        w("GPUManager", "WARN", f"GPU memory low: {g.num(150, 900)} MB free on device 0", "gpu_mem_low")

    def db_slow():
        w("DB.Access", "WARN", f"Slow query ({g.num(1500, 9000)} ms): {g.c(['SELECT ... FROM Sm2TiTrack', 'UPDATE BtVideoInfo SET ...', 'SELECT ... FROM SeqContainer'])}",
          "db_slow_query")

    def stats():
        w("Main.Stats", "DEBUG", f"CPU {g.num(3, 95)}%, RAM {g.num(12000, 180000)} MB, GPU {g.num(0, 99)}%, VRAM {g.num(2000, 23000)} MB", "stats")

    def crash():
        w("Main", "ERROR", "Caught signal 11 (SIGSEGV)", "sigsegv")
        w("Main", "ERROR", f"Crash report written to /home/{g.c(['colorist1', 'colorist2', 'online'])}/.local/share/DaVinciResolve/logs/ResolveCrash-"
                           f"{L.t:%Y%m%d_%H%M%S}.dmp", "crash_report")
        at(L, g.num(60, 400))
        startup()
        open_project()

    def quit_():
        save()
        w("Main", "INFO", "Shutting down", "shutting_down")
        w("DB.Access", "INFO", "Disconnected from project server 'grading-db'", "db_disconnected")
        L.t += dt.timedelta(hours=g.num(10, 16))
        startup()
        open_project()

    startup()
    open_project()
    ev = [(14, stats), (6, playback), (9, cache), (5, autosave), (3, save), (2, render), (2, fusion), (1.2, gpu_warn), (1, db_slow), (1.2, open_project),
          (0.3, crash), (0.5, quit_)]
    fill(L, ev, N_LINES, 40)
    del L.rows[N_LINES:]
    return L


# 8 ---------------------------------------------------------------- djbdns 1.05 dnscache (with the usual patches) as the resolver of a small ISP's customer network, run under daemontools,
#   its multilog file /service/dnscache/log/main/current: "@4000000069...hex message" (the TAI64N label of when multilog read the line, 2^62 + 10 +
#   Unix seconds and the nanoseconds, in hex), then dnscache's own words: "query" with the client's address, port and id in hex, "tx" to the
#   servers it asks, "rr" records it learns (typed "ns", "cname", "mx", "soa", "ptr", or numeric with hex data), "cached", "sent", "nxdomain",
#   "nodata", "lame", "servfail", "drop", "tcpopen"/"tcpclose" and "stats"
@checked
def log_dnscache(seed):
    L = Log("djbdns_dnscache", seed, "full", False, False)
    g = L.g
    NAMES = ["www.google.com.", "www.youtube.com.", "graph.facebook.com.", "www.heise.de.", "time.cloudflare.com.", "api.whatsapp.net.", "www.spiegel.de.",
             "outlook.office365.com.", "pool.ntp.org.", "www.amazon.de.", "update.googleapis.com.", "mail.gmx.net.", "www.bahn.de.", "i.ytimg.com.",
             "connectivitycheck.gstatic.com.", "fritz.box.", "wpad.kundennetz.example.", "www.tagesschau.de.", "dns.msftncsi.com.", "login.live.com."]
    SERVERS = ["c0248f1e", "c00c5e1e", "c629d01e", "c0210e1e", "c01f501e", "c01a5c1e", "c02bac1e"]
    st = {"serial": g.num(1, 50)}

    def tai(t):
        sec = int(epoch(t))
        return f"@{(1 << 62) + 10 + sec:016x}{t.microsecond * 1000 + g.num(0, 999):08x}"

    def w(text, ev):
        L.emit(f"{tai(L.t)} {text}", ev)
        L.t += dt.timedelta(microseconds=g.num(50, 4000))

    def client():
        return f"{g.num(100, 100):02x}{g.num(64, 127):02x}{g.num(0, 255):02x}{g.num(1, 254):02x}:{g.num(1024, 65535):04x}:{g.num(0, 65535):04x}"

    def ipx():
        return "".join(f"{g.num(1, 254):02x}" for _ in range(4))

    def query():
        st["serial"] += 1
        s = st["serial"]
        name = g.c(NAMES)
        qt = g.c([1, 1, 1, 28, 28, 65, 15, 12, 16])
        if qt == 12:
            name = f"{g.num(1, 254)}.{g.num(0, 255)}.{g.num(64, 127)}.100.in-addr.arpa."
        w(f"query {s} {client()} {qt} {name}", "query")
        x = g.r.random()
        if x < 0.62:
            if g.r.random() < 0.1:
                w(f"cached cname {name} {g.c(['youtube-ui.l.google.com.', 'star-mini.c10r.facebook.com.', 'outlook.ha.office365.com.'])}", "cached_cname")
            w(f"cached {qt} {name}", "cached")
        elif x < 0.68 and name.endswith(".example.") or name == "fritz.box.":
            w(f"cached nxdomain {name}", "cached_nxdomain")
        else:
            zone = ".".join(name.rstrip(".").split(".")[-2:]) + "."
            srv = g.c(SERVERS)
            if g.r.random() < 0.25:
                w(f"tx 1 {qt} {name} . {' '.join(g.r.sample(SERVERS, g.num(2, 4)))}", "tx")
                w(f"rr {srv} 172800 ns {zone.split('.', 1)[-1] or '.'} {g.c(['a.nic.de.', 'a.gtld-servers.net.', 'f.nic.de.'])}", "rr_ns")
                w(f"rr {srv} 172800 1 {g.c(['a.nic.de.', 'a.gtld-servers.net.'])} {ipx()}", "rr")
            srv = ipx()
            w(f"tx 0 {qt} {name} {zone} {srv} {ipx()}", "tx")
            y = g.r.random()
            if y < 0.07 and qt in (1, 28):
                w(f"nxdomain {srv} {g.c([300, 900, 3600])} {name}", "nxdomain")
            elif y < 0.13:
                w(f"nodata {srv} {g.c([300, 900, 3600])} {qt} {name}", "nodata")
                w(f"rr {srv} {g.c([300, 900, 3600])} soa {zone} ns1.{zone} hostmaster.{zone} {2026110000 + g.num(1, 99)} 7200 1800 1209600 300", "rr_soa")
            elif y < 0.15:
                w(f"lame {srv} {zone} {zone}", "lame")
                w(f"servfail {name} input/output error", "servfail")
                return
            elif y < 0.17:
                w(f"drop {s} timed out", "drop")
                return
            else:
                if g.r.random() < 0.3:
                    w(f"rr {srv} {g.c([60, 300, 3600])} cname {name} {g.c(['cdn.' + zone, 'edge-' + str(g.num(1, 40)) + '.akamaiedge.net.', 'lb.' + zone])}",
                      "rr_cname")
                if qt == 15:
                    for pref in (10, 20):
                        w(f"rr {srv} {g.c([300, 3600])} mx {name} {pref} mx{pref // 10}.{zone}", "rr_mx")
                elif qt == 12:
                    w(f"rr {srv} {g.c([3600, 86400])} ptr {name} dyn-{g.num(1000, 9999)}.kundennetz.example.", "rr_ptr")
                elif qt == 1:
                    for _ in range(g.num(1, 4)):
                        w(f"rr {srv} {g.c([20, 60, 300, 3600])} 1 {name} {ipx()}", "rr")
                elif qt == 28:
                    for _ in range(g.num(1, 2)):
                        w(f"rr {srv} {g.c([60, 300, 3600])} 28 {name} 2a00{g.hx(4)}{g.hx(4)}{g.hx(4)}0000000000000{g.hx(3)}", "rr")
                else:
                    w(f"rr {srv} {g.c([60, 300, 3600])} {qt} {name} 0001{g.hx(40)}", "rr")
        w(f"sent {s} {g.num(40, 512)}", "sent")

    def tcp():
        c = f"{g.num(100, 100):02x}{g.num(64, 127):02x}{g.num(0, 255):02x}{g.num(1, 254):02x}:{g.num(1024, 65535):04x}"
        w(f"tcpopen {c}", "tcpopen")
        query()
        w(f"tcpclose {c} 0", "tcpclose")

    def stats():
        w(f"stats {st['serial']} {st['serial'] * 310 + g.num(0, 9999)} {g.num(0, 40)} {g.num(0, 3)}", "stats")

    w("starting", "starting")
    fill(L, [(60, query), (1, tcp), (2, stats)], N_LINES, 0.6)
    del L.rows[N_LINES:]
    return L


# 9 ---------------------------------------------------------------- Dwarf Fortress 51.03 (the Steam release, Windows) of a player running one fortress over many evenings, gamelog.txt:
#   no time and no level, one announcement or combat report per line: the "** Loading Fortress **" marker when a save is loaded, seasons,
#   migrants, caravans and their leaving, births, moods and artifacts, skills gained, jobs cancelled ("Name, Profession cancels Job: reason."),
#   tantrums, deaths, sieges and ambushes, and the blow-by-blow combat reports of fights with goblins and wildlife
@checked
def log_dwarffortress(seed):
    L = Log("dwarf_fortress_gamelog", seed, None, False, False)
    g = L.g
    FIRST = ["Urist", "Kadol", "Stukos", "Zasit", "Olon", "Rigoth", "Mebzuth", "Atir", "Likot", "Dastot", "Kogan", "Iden", "Morul", "Ber", "Tosid", "Edem",
             "Ducim", "Vucar", "Sodel", "Nil"]
    LAST = ["Rithlutfikod", "Ustuthuteth", "Kolzolon", "Asmelzasit", "Inodolon", "Zuglarkun", "Lolokidol", "Datanmengib", "Sazirnish", "Mafolbomrek", "Tiristnomal",
            "Bembulnomal"]
    PROF = ["Miner", "Mason", "Carpenter", "Woodcutter", "Farmer", "Brewer", "Cook", "Fisherdwarf", "Mechanic", "Metalsmith", "Weaponsmith", "Craftsdwarf",
            "Hammerdwarf", "Axedwarf", "Marksdwarf", "Peasant", "Herbalist", "Engraver", "Doctor", "Manager", "Bookkeeper", "Jeweler", "Potash Maker"]
    JOBS = ["Dig", "Detailing", "Construct Building", "Store Item in Stockpile", "Haul Stone", "Harvest Plants", "Brew drink", "Prepare Meal", "Fell Tree",
            "Construct Rock Blocks", "Forge iron battle axe", "Make wooden bed", "Clean Self", "Give Water", "Recover Wounded", "Pick Up Equipment",
            "Construct Bridge", "Smelt Ore", "Make Charcoal", "Plant Seeds"]
    REASONS = ["Interrupted by Goblin Lasher", "Interrupted by Giant Badger", "Needs copper bars", "Could not find path", "Too injured", "Dangerous terrain",
               "Item inaccessible", "Needs rock block", "Job item lost or destroyed", "Seeking Artifact", "Forbidden area", "Handling dangerous creature"]
    ENEMY = ["Goblin Lasher", "Goblin Swordsman", "Goblin Pikeman", "Goblin Bowman", "Giant Badger", "Troll", "Elk Bird", "Giant Cave Spider", "Crundle"]
    PARTS = ["head", "upper body", "lower body", "left upper arm", "right upper arm", "left lower leg", "right hand", "left foot", "neck", "right eye", "nose",
             "third finger, left hand"]
    WEAP = ["(iron battle axe)", "(«steel war hammer»)", "(copper short sword)", "(*bronze spear*)", "(iron pick)", "(silver war hammer)", "(iron whip)"]
    EFFECT = ["bruising the muscle", "tearing the muscle", "bruising the fat", "tearing apart the fat", "tearing the muscle and bruising the bone",
              "shattering the bone", "tearing apart the muscle and shattering the skull", "chipping the bone", "but the attack is deflected by the (iron breastplate)",
              "denting the (copper helm)", "tearing the fat and bruising the muscle"]
    VERB = {"unarmed": ["punches", "kicks", "bites", "scratches", "pushes"], "armed": ["hacks", "bashes", "stabs", "slashes", "strikes", "lashes"]}
    SEASONS = ["Spring", "Summer", "Autumn", "Winter"]
    st = {"season": 0, "dwarves": [(f"{g.c(FIRST)} {g.c(LAST)}", g.c(PROF)) for _ in range(40)]}

    def an(word):
        return ("an " if word[0] in "AEIOUaeiou" else "a ") + word

    def w(text, ev):
        L.emit(text, ev)

    def dwarf():
        return g.c(st["dwarves"])[0]

    def dwarf_prof():
        n, p = g.c(st["dwarves"])
        return f"{n}, {p}"

    def cancel():
        w(f"{dwarf_prof()} cancels {g.c(JOBS)}: {g.c(REASONS)}.", "cancels")

    def season():
        st["season"] = (st["season"] + 1) % 4
        w(f"{SEASONS[st['season']]} has arrived on the calendar.", "season_arrived")

    def weather():
        x = g.r.random()
        if x < 0.4:
            w("It has started raining.", "started_raining")
        elif x < 0.8:
            w("The weather has cleared.", "weather_cleared")
        else:
            w("It has started snowing.", "started_snowing")

    def migrants():
        w("Some migrants have arrived.", "migrants")
        for _ in range(g.num(0, 8)):
            st["dwarves"].append((f"{g.c(FIRST)} {g.c(LAST)}", g.c(PROF)))

    def caravan():
        civ = g.c([("Dwarven", "Inod"), ("Human", "Tathtat"), ("Elven", "Amalina")])
        w(f"The {civ[0]} Caravan from {civ[1]} has arrived.", "caravan_arrived")
        if civ[0] == "Dwarven" and g.r.random() < 0.7:
            w("Their wagons have bypassed your inaccessible site.", "wagons_bypassed")
        L.tick(60)
        w(f"The merchants from {civ[1]} will be leaving soon.", "merchants_leaving_soon")
        w(f"The merchants from {civ[1]} have embarked on their journey.", "merchants_embarked")

    def skill():
        d = dwarf_prof()
        lvl = g.c(["Proficient", "Skilled", "Adept", "Expert", "Professional", "Accomplished", "Great", "Master", "High Master", "Grand Master", "Legendary"])
        w(f"{d} has become {an(lvl)} {g.c(['Miner', 'Mason', 'Carpenter', 'Brewer', 'Cook', 'Weaponsmith', 'Engraver', 'Hammerman', 'Axeman'])}.",
          "skill_level")

    def mood():
        d = dwarf_prof()
        m, ev = g.c([("is taken by a fey mood!", "mood_fey"), ("is taken by a fey mood!", "mood_fey"), ("withdraws from society...", "mood_secretive"),
                     ("has been possessed!", "mood_possessed")])
        w(f"{d} {m}", ev)
        L.tick(120)
        if g.r.random() < 0.8:
            w(f"{d} has claimed {an(g.c(['Craftsdwarf', 'Mason', 'Metalsmith', 'Jeweler']))}'s Workshop.", "claimed_workshop")
            L.tick(300)
            w(f"{d.split(',')[0]} has created {g.c(['Ustuth Nanir', 'Kol Bomrek', 'Asmel Zasit', 'Inod Olon'])}, {an(g.c(['granite amulet', 'steel chain', 'oaken door', 'gold ring']))}!",
              "artifact_created")
        else:
            w(f"{d} has gone stark raving mad!", "gone_mad")

    def masterpiece():
        w(f"{dwarf_prof()} has created a masterpiece {g.c(['granite block', 'iron battle axe', 'wooden bin', 'gold crown', 'steel breastplate'])}!",
          "masterpiece")

    def birth():
        w(f"{dwarf()} has given birth to a {g.c(['boy', 'girl'])}.", "birth")

    def tantrum():
        d = dwarf()
        w(f"{d} is throwing a tantrum!", "tantrum")
        if g.r.random() < 0.3:
            w(f"{d} has calmed down.", "calmed_down")

    def death():
        d = dwarf_prof()
        if g.r.random() < 0.4:
            w(f"{d} has been found dead.", "found_dead")
        else:
            m = g.c(["drowned", "bled to death", "starved to death", "died of thirst"])
            w(f"{d} has {m}.", "died_" + slug(m))

    def fight():
        if g.r.random() < 0.3:
            w("An ambush!  Curse them!", "ambush")
        en = g.c(ENEMY)
        d = f"{g.c(FIRST)} {g.c(LAST)}"
        for _ in range(g.num(6, 30)):
            att, dfn = (f"The {en}", f"{d}") if g.r.random() < 0.45 else (f"{d}", f"the {en}")
            x = g.r.random()
            if x < 0.4:
                w(f"{att} {g.c(VERB['armed'])} {dfn} in the {g.c(PARTS)} with {'her' if g.r.random() < 0.5 else 'his'} {g.c(WEAP)}, {g.c(EFFECT)}!", "hit_weapon")
            elif x < 0.6:
                w(f"{att} {g.c(VERB['unarmed'])} {dfn} in the {g.c(PARTS)}, {g.c(EFFECT)}!", "hit_unarmed")
            elif x < 0.72:
                w(f"{att} misses {dfn}!", "misses")
            elif x < 0.8:
                w(f"{dfn[0].upper() + dfn[1:]} jumps away!", "jumps_away")
            elif x < 0.86:
                w(f"{dfn[0].upper() + dfn[1:]} is knocked over!", "knocked_over")
            elif x < 0.9:
                w(f"{dfn[0].upper() + dfn[1:]} gives in to pain.", "gives_in_pain")
            elif x < 0.94:
                w(f"{dfn[0].upper() + dfn[1:]} is having trouble breathing!", "trouble_breathing")
            elif x < 0.97:
                w(f"A {g.c(['ligament', 'tendon', 'motor nerve', 'sensory nerve'])} has been torn!", "torn")
            else:
                w("An artery has been opened by the attack!", "artery_opened")
        if g.r.random() < 0.6:
            w(f"The {en} has been struck down.", "struck_down")
        else:
            w(f"{d} has been struck down.", "struck_down")

    def siege():
        w("A vile force of darkness has arrived!", "siege_arrived")
        for _ in range(g.num(2, 4)):
            fight()
        if g.r.random() < 0.6:
            w("The forces of darkness have fled.", "siege_fled")

    def load():
        w("** Loading Fortress **", "loading_fortress")

    def visitor():
        w(f"{g.c(FIRST)} {g.c(LAST)}, {g.c(['Poet', 'Bard', 'Scholar', 'Monster Slayer', 'Dancer'])} is visiting.", "visiting")

    def gave():
        w(f"{dwarf()} has grown attached to {an(g.c(['copper mug', 'granite amulet', 'bone crown', 'oaken figurine']))}!", "attached")

    load()
    ev = [(30, cancel), (3, season), (3, weather), (1.5, migrants), (1.5, caravan), (6, skill), (0.8, mood), (3, masterpiece), (1.5, birth), (1.5, tantrum),
          (1.2, death), (3, fight), (0.3, siege), (1.0, load), (2, visitor), (2, gave)]
    fill(L, ev, N_LINES, 30)
    del L.rows[N_LINES:]
    return L


# 10 --------------------------------------------------------------- ESMF 8.6 under the UFS coupled model (FV3 atmosphere, MOM6 ocean, CICE6 sea ice and the CMEPS mediator through NUOPC) in
#   the daily 48-hour forecasts of a university's ocean-atmosphere group on its HPC cluster, the PET0.ESMF_LogFile of each run archived by the
#   workflow and concatenated: "20261201 000512.123 INFO             PET0 message" (local time, the cluster's clock UTC); ESMF's banner and build
#   information, each component's initialize phases, the coupling loop (the mediator's prep and post phases, each model's advance with its
#   current time), history and restart writes, fields not connected, regridding fall-backs, slow steps, and now and then a failed run's errors
@checked
def log_esmf(seed):
    L = Log("esmf_pet_log", seed, "full", True, True, start=dt.datetime(2026, 11, 28, 0, 5, 12, tzinfo=UTC))
    g = L.g
    def w(lv, text, ev, comp=None):
        L.emit(f"{L.t:%Y%m%d %H%M%S}.{ms3(L.t)} {lv:<17}PET0 {text}", ev, lv, comp)
        L.t += dt.timedelta(microseconds=g.num(100, 20000))

    def c(comp, lv, text, ev):
        w(lv, f"{comp}: {text}", ev, comp)

    def run():
        cyc = L.t.replace(hour=0, minute=0, second=0, microsecond=0)
        w("INFO", "!!! THE ESMF_LOG IS SET TO OUTPUT ALL LOG MESSAGES !!!", "banner_all")
        w("INFO", "!!!     THIS MAY CAUSE SLOWDOWN IN PERFORMANCE     !!!", "banner_slowdown")
        w("INFO", "!!! FOR PRODUCTION RUNS, USE:                      !!!", "banner_production")
        w("INFO", "!!!                   ESMF_LOGKIND_Multi_On_Error  !!!", "banner_kind")
        w("INFO", "Running with ESMF Version   : v8.6.1", "esmf_version")
        w("INFO", "ESMF library build date/time: \"Nov 12 2026\" \"10:21:33\"", "build_date")
        w("INFO", "ESMF library build location : /apps/spack-stack/1.8.0/envs/ue-intel/install/intel/2021.10.0/esmf-8.6.1-ab3kq7w", "build_location")
        for k, v in [("ESMF_COMM", "intelmpi"), ("ESMF_MOAB", "enabled"), ("ESMF_LAPACK", "enabled"), ("ESMF_NETCDF", "enabled"), ("ESMF_PNETCDF", "enabled"),
                     ("ESMF_PIO", "enabled"), ("ESMF_YAMLCPP", "enabled")]:
            w("INFO", f"{k:<28}: {v}", "build_" + k.lower())
        w("INFO", f"UFS Driver Grid Comp: Petcount = {g.c([1200, 1440, 1680])}", "driver_petcount", "UFS Driver Grid Comp")
        for comp, cap in [("ATM", "fv3_cap"), ("OCN", "MOM_cap"), ("ICE", "ice_comp_nuopc"), ("MED", "med")]:
            c(comp, "INFO", f"({cap}:InitializeAdvertise) called", comp.lower() + "_called")
        for comp in ["ATM", "OCN", "ICE"]:
            for _ in range(g.num(0, 2)):
                fld = g.c(["Sa_co2prog", "Sa_co2diag", "Faxa_ndep", "So_dhdx", "Si_vice", "Foxx_rofi"])
                w("WARNING", f"{comp}: Removing field {fld} because it is not connected", "field_not_connected", comp)
        for comp, cap in [("ATM", "fv3_cap"), ("OCN", "MOM_cap"), ("ICE", "ice_comp_nuopc"), ("MED", "med")]:
            c(comp, "INFO", f"({cap}:InitializeRealize) called", comp.lower() + "_called")
        c("ATM", "INFO", f"(fv3_cap:InitializeRealize) mesh file for ATM domain: INPUT/C384_mesh.nc, {g.num(880000, 890000)} elements", "atm_mesh")
        c("OCN", "INFO", "(MOM_cap:InitializeRealize) MOM6 ocean grid tripolar 0.25 deg, 1440 x 1080 x 75", "ocn_grid")
        c("ICE", "INFO", "(ice_comp_nuopc:InitializeRealize) CICE6 using kdyn=1 ktherm=2 ndtd=1", "ice_init")
        c("MED", "INFO", "(med_map_mod:med_map_routehandles_init) creating route handles", "med_rh_init")
        for fld in g.r.sample(["Si_ifrac", "So_t", "Sa_pslv", "Faxa_rain", "Si_imask"], g.num(1, 3)):
            w("WARNING", f"MED: (med_map_mod:med_map_routehandles_init) using fallback regrid method nstod for {fld}", "regrid_fallback", "MED")
        c("MED", "INFO", f"(med.F90:DataInitialize) all components initialized, elapsed {g.f(40, 190, 2)} seconds", "data_init")
        at(L, g.f(20, 60))
        fail_at = g.num(6, 40) if g.r.random() < 0.12 else None
        for h in range(1, 49):
            mt = cyc + dt.timedelta(hours=h - 1)
            ct = f"{mt:%Y-%m-%d %H:%M:%S}"
            c("MED", "INFO", f"(med_phases_prep_atm) called, currTime = {ct}", "prep_atm")
            c("ATM", "INFO", f"(fv3_cap:ModelAdvance) currTime = {ct}, timeStep = 3600", "atm_advance")
            at(L, g.f(6, 14))
            c("MED", "INFO", "(med_phases_post_atm) called", "med_called")
            c("MED", "INFO", "(med_phases_prep_ocn_accum) called", "med_called")
            c("OCN", "INFO", f"(MOM_cap:ModelAdvance) currTime = {ct}, timeStep = 3600", "ocn_advance")
            c("ICE", "INFO", f"(ice_comp_nuopc:ModelAdvance) currTime = {ct}, timeStep = 3600", "ice_advance")
            at(L, g.f(3, 9))
            if fail_at == h:
                w("ERROR", f"MOM_cap.F90:{g.num(1800, 1900)} Failure in MOM6 ModelAdvance:  Extreme surface sfc_state detected: "
                           f"i={g.num(1, 1440)} j={g.num(1, 1080)} lon={g.f(-180, 180, 3)} lat={g.f(-80, 89, 3)}", "mom_failure")
                w("ERROR", "ESMF_Comp.F90:1227 ESMF_CompExecute() Internal subroutine call returned Error", "comp_execute_error")
                w("ERROR", "ESMF_GridComp.F90:1345 ESMF_GridCompRun() Internal subroutine call returned Error", "gridcomp_run_error")
                w("ERROR", "NUOPC_Driver.F90:3731 Phase 'RunPhase1' Run for modelComp 3 did not return ESMF_SUCCESS", "nuopc_phase_error")
                w("ERROR", "NUOPC_Driver.F90:3548 Internal subroutine call returned Error", "nuopc_internal_error")
                w("ERROR", "UFS.F90:411 Aborting UFS", "ufs_aborting")
                return
            c("MED", "INFO", "(med_phases_post_ocn) called", "med_called")
            c("MED", "INFO", "(med_phases_post_ice) called", "med_called")
            if g.r.random() < 0.06:
                w("WARNING", f"MED: (med_phases_profile) slow coupling step: {g.f(25, 90, 2)} seconds (mean {g.f(9, 14, 2)})", "slow_step", "MED")
            if h % 6 == 0:
                c("MED", "INFO", f"(med_phases_history_write) writing ufs.cpld.cpl.hi.{mt + dt.timedelta(hours=1):%Y-%m-%d}-{((h % 24) * 3600):05d}.nc",
                  "history_write")
                c("ATM", "INFO", f"(fv3_cap:ModelAdvance) write group 1: output time {h} hours, file atmf{h:03d}.nc", "atm_write")
            if h % 24 == 0:
                c("MED", "INFO", f"(med_phases_restart_write) writing RESTART/ufs.cpld.cpl.r.{mt + dt.timedelta(hours=1):%Y-%m-%d}-00000.nc", "restart_write")
                c("OCN", "INFO", f"(MOM_cap:ModelAdvance) writing restart RESTART/MOM.res.{mt + dt.timedelta(hours=1):%Y-%m-%d-%H-%M-%S}.nc", "ocn_restart")
        c("MED", "INFO", "(med.F90:ModelFinalize) called", "med_called")
        w("INFO", f"UFS Driver Grid Comp: total run time {g.f(900, 1400, 3)} seconds", "driver_runtime", "UFS Driver Grid Comp")
        w("INFO", "Finalizing ESMF", "finalizing")

    def day():
        run()
        L.t = L.t.replace(hour=0, minute=5, second=g.num(0, 59)) + dt.timedelta(days=1)

    fill(L, [(1, day)], N_LINES, 0.001)
    del L.rows[N_LINES:]
    return L


# 11 --------------------------------------------------------------- EVE Online (the Windows client) of a player running Guristas combat anomalies and mining in Venal and Tenal, the
#   Gamelogs folder's files of two weeks concatenated: each session opens with a ruled header ("  Gamelog", "  Listener: %s", "  Session
#   Started: 2026.12.01 18:00:12"), then "[ 2026.12.01 18:00:15 ] (category) message" in EVE time (UTC): the combat damage lines with the
#   client's colour and font tags, misses, warp scrambles, bounties, mining cycles, undocking, jumps and notifications
@checked
def log_eve(seed):
    L = Log("eve_online_gamelog", seed, "full", False, True, start=dt.datetime(2026, 11, 20, 18, 0, 12, tzinfo=UTC))
    g = L.g
    RATS = ["Pith Destroyer", "Pith Eliminator", "Pith Exterminator", "Guristas Despoiler", "Guristas Killer", "Dire Pithi Arrogator", "Pithatis Enforcer",
            "Dire Pithum Annihilator", "Guristas Nullifier"]
    SYSTEMS = ["Venal", "Tenal", "Branch", "Vale of the Silent", "Cloud Ring", "Perimeter", "Jita"]
    OUTQ = ["Hits", "Penetrates", "Smashes", "Glances Off", "Grazes", "Wrecks"]
    st = {"ship": "Gila", "sys": "Venal"}

    def w(cat, text, ev):
        L.emit(f"[ {L.t:%Y.%m.%d %H:%M:%S} ] ({cat}) {text}", ev, None, cat)

    def header():
        w_ = lambda text, ev, t=None: L.emit(text, ev, None, None, t)
        w_("------------------------------------------------------------", "header_rule")
        w_("  Gamelog", "header_gamelog")
        w_("  Listener: Kira Vasquez", "header_listener")
        w_(f"  Session Started: {L.t:%Y.%m.%d %H:%M:%S}", "header_session_started", L.t)
        w_("------------------------------------------------------------", "header_rule")

    def hit_out():
        weapon = g.c(["Scourge Rapid Light Missile", "Caldari Navy Scourge Light Missile", "Hobgoblin II", "Hobgoblin II"]) if st["ship"] == "Gila" \
            else "Modulated Strip Miner II"
        q = "Hits" if "Missile" in weapon else g.c(OUTQ)
        w("combat", f"<color=0xff00ffff><b>{g.num(40, 900)}</b> <color=0x77ffffff><font size=10>to</font> <b><color=0xffffffff>{g.c(RATS)}</b>"
                    f"<font size=10><color=0x77ffffff> - {weapon} - {q}", "hit_out")

    def hit_in():
        w("combat", f"<color=0xffcc0000><b>{g.num(10, 400)}</b> <color=0x77ffffff><font size=10>from</font> <b><color=0xffffffff>{g.c(RATS)}</b>"
                    f"<font size=10><color=0x77ffffff> - {g.c(['Inferno Heavy Missile', 'Scourge Light Missile', 'Neutron Blaster Cannon I', 'Mjolnir Torpedo'])}"
                    f" - {g.c(['Hits', 'Penetrates', 'Glances Off', 'Grazes'])}", "hit_in")

    def miss():
        if g.r.random() < 0.5:
            w("combat", f"Your group of Hobgoblin II misses {g.c(RATS)} completely - Hobgoblin II", "miss_out")
        else:
            w("combat", f"{g.c(RATS)} misses you completely - {g.c(['Inferno Heavy Missile', 'Neutron Blaster Cannon I'])}", "miss_in")

    def scram():
        w("combat", f"<color=0xffffffff><b>Warp scramble attempt</b> <color=0x77ffffff><font size=10>from</font> <color=0xffffffff><b>{g.c(RATS)}</b> "
                    "<color=0x77ffffff><font size=10>to <b><color=0xffffffff></font>you!", "warp_scramble")

    def bounty():
        w("bounty", f"<font size=12><b><color=0xff00aa00>{g.num(30, 900) * 1250:,} ISK</b> added to next bounty payout</font>", "bounty")

    def fight():
        n = g.num(8, 40)
        for _ in range(n):
            L.tick(1.5)
            g.r.choices([hit_out, hit_in, miss, scram, bounty], [14, 6, 3, 0.4, 1.5])[0]()
        if g.r.random() < 0.1:
            w("notify", f"Your {g.c(['Large Shield Booster II', 'Shield Boost Amplifier II'])} has been deactivated: the module is overheated.", "module_overheated")

    def mine():
        ore = g.c(["Veldspar", "Concentrated Veldspar", "Scordite", "Pyroxeres", "Kernite"])
        for _ in range(g.num(3, 15)):
            L.tick(60)
            w("mining", f"You mined <color=#ff57b9ff>{g.num(200, 2400):,}</color> units of <color=#ffffffff><font size=12><localized hint=\"{ore}\">{ore}*"
                        "</localized></font></color>", "mined")
        if g.r.random() < 0.4:
            w("notify", f"The {ore} asteroid has been depleted.", "asteroid_depleted")
        if g.r.random() < 0.3:
            w("notify", "Your ore hold is full.", "ore_hold_full")

    def travel():
        for _ in range(g.num(1, 4)):
            a = st["sys"]
            st["sys"] = g.c([s for s in SYSTEMS if s != a])
            w("None", f"Jumping from {a} to {st['sys']}", "jumping")
            L.tick(40)

    def dock():
        w("notify", "Requested to dock at " + g.c(["Venal VII - Guristas Logistic Support", "Tenal III - Moon 2 - Guristas Assembly Plant"]) + " station", "dock_requested")
        L.tick(20)
        w("None", f"Undocking from {g.c(['Venal VII - Guristas Logistic Support', 'Tenal III - Moon 2 - Guristas Assembly Plant'])} to {st['sys']} solar system.",
          "undocking")

    def notify():
        x = g.r.random()
        if x < 0.4:
            w("notify", "You cannot do that while warping.", "cannot_while_warping")
        elif x < 0.7:
            w("notify", "Interference from the warp disruption field prevents you from warping.", "warp_disrupted")
        else:
            w("notify", f"The {g.c(['Hobgoblin II', 'Hammerhead II'])} drones have been recalled to your drone bay.", "drones_recalled")

    def new_session():
        L.t += dt.timedelta(hours=g.num(6, 30), minutes=g.num(0, 59), seconds=g.num(0, 59))
        st["ship"] = g.c(["Gila", "Gila", "Hulk"])
        header()
        if g.r.random() < 0.3:
            w("question", "Are you sure you want to undock?", "question_undock")

    def activity():
        if st["ship"] == "Gila":
            g.r.choices([fight, travel, dock, notify], [10, 2, 1, 2])[0]()
        else:
            g.r.choices([mine, travel, dock, notify], [10, 1, 1, 1])[0]()

    header()
    fill(L, [(40, activity), (4, new_session)], N_LINES, 30)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 12 --------------------------------------------------------------- Cloud Functions for Firebase (2nd gen, Node.js 20) of a meal-kit delivery start-up, `firebase functions:log -n 500` run by a
#   cron job every hour and appended (duplicates trimmed): "2026-12-01T10:00:00.123456Z D functionname: message" (the entry's timestamp in UTC, the
#   first letter of its severity, "?" for DEFAULT, the function's name in lower case); Cloud Run's instance start-up lines, the functions'
#   console.log and logger output, Firestore triggers, Stripe webhooks, scheduled jobs, and errors whose stack traces go on over several lines
@checked
def log_firebase(seed):
    L = Log("firebase_functions_log", seed, "full", True, True)
    g = L.g

    def stamp():
        t = L.t
        return f"{t:%Y-%m-%dT%H:%M:%S}.{us6(t)}{'' if g.r.random() < 0.8 else str(g.num(100, 999))}Z"

    def w(sev, fn, text, ev):
        L.emit(f"{stamp()} {sev} {fn}: {text}", ev, sev, fn)
        L.t += dt.timedelta(microseconds=g.num(200, 90000))

    def cont(text, ev):
        r = L.rows[-1]
        L.emit(text, ev, r[3], r[4], r[2])

    def order():
        oid = "ord_" + g.alnum(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        w("?", "onordercreated", f"Order {oid} created for customer {g.alnum(28, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}, "
                                 f"{g.num(2, 5)} meals x {g.num(2, 4)} persons, delivery {L.t + dt.timedelta(days=g.num(2, 6)):%Y-%m-%d}", "order_created")
        if g.r.random() < 0.5:
            w("I", "onordercreated", f"Reserved stock for {g.num(6, 40)} items in warehouse {g.c(['BER1', 'HAM1', 'MUC1'])}", "reserved_stock")
        if g.r.random() < 0.05:
            w("W", "onordercreated", f"Low stock: SKU {g.c(['VEG-CURRY', 'BEEF-RAGU', 'SALMON-TERI', 'TOFU-BOWL'])}-{g.num(1, 9)} has {g.num(0, 30)} left", "low_stock")

    def request(fn):
        if g.r.random() < 0.05:
            w("I", fn, "Starting new instance. Reason: AUTOSCALING - Instance started due to configured scaling factors (e.g. CPU utilization, request "
                        "throughput, etc.) or due to no existing capacity for current traffic.", "new_instance")
            w("I", fn, "Default STARTUP TCP probe succeeded after 1 attempt for container \"worker\" on port 8080.", "startup_probe")

    def stripe():
        fn = "stripewebhook"
        request(fn)
        evt = g.c(["checkout.session.completed", "payment_intent.succeeded", "invoice.paid", "customer.subscription.updated", "charge.refunded"])
        if g.r.random() < 0.04:
            w("E", fn, "Webhook signature verification failed: No signatures found matching the expected signature for payload. Are you passing the raw "
                       "request body you received from Stripe?", "sig_failed")
            return
        w("?", fn, f"Received Stripe event {evt} (evt_{g.alnum(24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')})", "stripe_received")

    def mail():
        fn = "sendordermail"
        if g.r.random() < 0.06:
            w("E", fn, "Error: Request failed with status code 429", "mail_error_429")
            for fr in ["    at createError (/workspace/node_modules/axios/lib/core/createError.js:16:15)",
                       "    at settle (/workspace/node_modules/axios/lib/core/settle.js:17:12)",
                       "    at IncomingMessage.handleStreamEnd (/workspace/node_modules/axios/lib/adapters/http.js:322:11)",
                       "    at IncomingMessage.emit (node:events:531:35)",
                       "    at endReadableNT (node:internal/streams/readable:1698:12)",
                       "    at process.processTicksAndRejections (node:internal/process/task_queues:90:21)"]:
                cont(fr, "node_at")
            return
        w("I", fn, f"Sent {g.c(['order-confirmation', 'delivery-slot', 'box-shipped', 'payment-failed'])} mail to {g.email()} (message id "
                   f"<{g.hx(8)}-{g.hx(4)}@smtp-relay.brevo.com>)", "mail_sent")

    def inventory():
        fn = "nightlyinventory"
        w("?", fn, f"Inventory sync started for {g.num(300, 420)} SKUs", "inv_started")
        L.tick(20)
        for _ in range(g.num(0, 3)):
            w("W", fn, f"SKU {g.c(['VEG-CURRY', 'BEEF-RAGU', 'SALMON-TERI', 'TOFU-BOWL', 'GNOCCHI-PESTO'])}-{g.num(1, 9)}: ERP count {g.num(0, 300)} differs from "
                       f"Firestore count {g.num(0, 300)}", "inv_mismatch")
        w("?", fn, f"Inventory sync finished: {g.num(0, 40)} updated, {g.num(0, 5)} skipped in {g.num(4000, 60000)} ms", "inv_finished")

    def api():
        fn = "api"
        request(fn)
        route = g.c(["GET /v1/menu/2026-W49", "GET /v1/menu/2026-W50", "POST /v1/cart", "GET /v1/orders", "PATCH /v1/subscription", "POST /v1/address/validate"])
        code = g.c([200] * 12 + [201, 204, 400, 401, 404])
        w("?", fn, f"{route.split()[0]} {route.split()[1]} {code} - {g.num(3, 900)} ms", "api_access")
        if code == 401:
            w("W", fn, "Auth: Firebase ID token has expired. Get a fresh ID token from your client app and try again (auth/id-token-expired).", "token_expired")

    def user():
        fn = "onusercreate"
        w("?", fn, f"New user {g.alnum(28, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')} ({g.c(['password', 'google.com', 'apple.com'])})", "user_created")

    def geocode():
        fn = "geocodeaddress"
        if g.r.random() < 0.1:
            w("E", fn, "Unhandled error TypeError: Cannot read properties of undefined (reading 'location')", "geocode_typeerror")
            for fr in ["    at geocode (/workspace/lib/geo.js:41:37)", "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
                       "    at async /workspace/lib/index.js:212:21"]:
                cont(fr, "node_at")
            return
        w("?", fn, f"Geocoded {g.c(['Berlin', 'Hamburg', 'München', 'Potsdam', 'Leipzig'])} {g.num(10000, 99999)}: {g.f(47, 54, 5)},{g.f(8, 14, 5)} "
                   f"({g.c(['ROOFTOP', 'RANGE_INTERPOLATED'])})", "geocoded")

    def boxes():
        fn = "recomputeboxes"
        w("?", fn, f"Recomputing boxes for week 2026-W{g.num(49, 52)}", "boxes_start")
        if g.r.random() < 0.05:
            w("W", fn, f"Memory limit of 512 MiB exceeded with {g.num(513, 600)} MiB used. Consider increasing the memory limit, see "
                       "https://cloud.google.com/functions/docs/configuring/memory", "memory_exceeded")
            return
        w("?", fn, f"Recomputed {g.num(800, 4000)} boxes in {g.num(2000, 40000)} ms", "boxes_done")

    ev = [(10, order), (10, stripe), (10, mail), (0.3, inventory), (16, api), (2, user), (4, geocode), (0.5, boxes)]
    fill(L, ev, N_LINES, 40)
    del L.rows[N_LINES:]
    return L


# 13 --------------------------------------------------------------- FreeBSD 14.1 (ZFS root, Samba and a Nextcloud jail) as the file server of an architecture office, periodic's nightly
#   output kept in /var/log/daily.log (daily_output, with the security run inline): no time on any line; section headings ("Disk status:",
#   "Network interface status:", ...), df's and netstat's tables, uptime, the mail queues, the security checks with the kernel messages and login
#   failures they quote behind "+", pkg audit's findings, a ZFS scrub now and then, "-- End of daily output --"
@checked
def log_freebsd(seed):
    L = Log("freebsd_daily_periodic", seed, None, False, False)
    g = L.g
    HOST = "fs1.hafenblick.net"
    FS = [("zroot/ROOT/default", "/"), ("devfs", "/dev"), ("zroot/tmp", "/tmp"), ("zroot/usr/home", "/usr/home"), ("zroot/var/log", "/var/log"),
          ("zroot/var/mail", "/var/mail"), ("zroot/usr/ports", "/usr/ports"), ("zroot", "/zroot"), ("tank/projekte", "/tank/projekte"),
          ("tank/archiv", "/tank/archiv"), ("tank/jails/cloud", "/tank/jails/cloud"), ("fdescfs", "/dev/fd"), ("procfs", "/proc")]
    USED0 = {"/": 5.2, "/tmp": 0.004, "/usr/home": 21.0, "/var/log": 0.31, "/var/mail": 0.002, "/usr/ports": 3.1, "/zroot": 0.0001,
             "/tank/projekte": 1850.0, "/tank/archiv": 3120.0, "/tank/jails/cloud": 455.0}
    st = {"up": g.num(3, 90), "used": dict(USED0), "pk": {}}

    def w(text, ev):
        L.emit(text, ev)

    def hsize(gb):
        if gb >= 1000:
            return f"{gb / 1024:.1f}T"
        if gb >= 10:
            return f"{gb:.0f}G"
        if gb >= 1:
            return f"{gb:.1f}G"
        if gb * 1024 >= 1:
            return f"{gb * 1024:.0f}M"
        return f"{gb * 1024 * 1024:.0f}K"

    def head(text):
        w("", "empty")
        w(text, "head_" + slug(text))

    def day():
        st["up"] += 1
        head("Removing stale files from /var/preserve:")
        head("Cleaning out old system announcements:")
        head("Backup passwd and group files:")
        head("Verifying group file syntax:")
        w("/etc/group is fine", "group_fine")
        head("Backing up package db directory:")
        head("Disk status:")
        w("Filesystem             Size    Used   Avail Capacity  Mounted on", "df_header")
        for m in st["used"]:
            if m.startswith("/tank"):
                st["used"][m] = max(1.0, st["used"][m] + g.r.uniform(-4, 18) * (2 if m == "/tank/projekte" else 0.3))
            elif m in ("/var/log", "/usr/home", "/"):
                st["used"][m] = max(0.01, st["used"][m] + g.r.uniform(-0.05, 0.08))
        free = {"zroot": 428 - sum(v for k, v in st["used"].items() if not k.startswith("/tank")),
                "tank": 7150 - sum(v for k, v in st["used"].items() if k.startswith("/tank"))}
        for fs, m in FS:
            if fs in ("devfs", "fdescfs", "procfs"):
                size, used, avail, cap = ("1.0K", "0B", "1.0K", "0%") if fs != "procfs" else ("8.0K", "8.0K", "0B", "100%")
            else:
                u = st["used"][m]
                a = free["tank" if fs.startswith("tank") else "zroot"]
                size, used, avail, cap = hsize(u + a), hsize(u), hsize(a), f"{round(u / (u + a) * 100)}%"
            w(f"{fs:<22}{size:>6}{used:>8}{avail:>8}{cap:>9}    {m}", "df_row")
        head("Last dump(s) done (Dump '>' file systems):")
        if L.r.random() < 0.15:
            head("Scrubbing of zfs pools:")
            pool = g.c(["zroot", "tank"])
            w(f"   starting scrub of pool '{pool}'", "scrub_starting")
            w(f"      consult 'zpool status {pool}' for the result", "scrub_consult")
        head("Checking status of zfs pools:")
        if g.r.random() < 0.05:
            w("NAME    SIZE  ALLOC   FREE  CKPOINT  EXPANDSZ   FRAG    CAP  DEDUP    HEALTH  ALTROOT", "zpool_header")
            w(f"tank   7.27T  {g.f(3, 5, 2)}T  {g.f(2, 4, 2)}T        -         -     {g.num(1, 9)}%    {g.num(40, 70)}%  1.00x  DEGRADED  -", "zpool_row")
            w("", "empty")
            w("  pool: tank", "zpool_pool")
            w(" state: DEGRADED", "zpool_state")
            w("status: One or more devices are faulted in response to persistent errors.", "zpool_status_faulted")
            w("\tSufficient replicas exist for the pool to continue functioning in a", "zpool_status_cont1")
            w("\tdegraded state.", "zpool_status_cont2")
            w("action: Replace the faulted device, or use 'zpool clear' to mark the device", "zpool_action")
            w("\trepaired.", "zpool_action_cont")
        else:
            w("all pools are healthy", "pools_healthy")
        head("Network interface status:")
        w("Name    Mtu Network         Address               Ipkts Ierrs Idrop      Opkts Oerrs  Coll", "netstat_header")
        for name, mtu, net, addr, daily in [("igb0", 1500, "<Link#1>", "ac:1f:6b:4e:2a:10", 9000000), ("igb0", "-", "192.168.20.0/24", "192.168.20.5", 8000000),
                                            ("igb1", 1500, "<Link#2>", "ac:1f:6b:4e:2a:11", 900), ("lo0", 16384, "<Link#3>", "lo0", 40000),
                                            ("lo0", "-", "localhost", "::1", 20), ("lo0", "-", "fe80::%lo0/64", "fe80::1%lo0", 1),
                                            ("lo0", "-", "your-net", "localhost", 40000)]:
            k = (name, net)
            ip, op = st["pk"].get(k, (daily * st["up"], daily * st["up"] * 3 // 4))
            ip, op = ip + g.num(daily // 2, daily * 2), op + g.num(daily // 3, daily * 3 // 2)
            st["pk"][k] = (ip, op)
            e = "0" if net.startswith("<") else "-"
            w(f"{name:<5}{str(mtu):>6} {net:<15} {addr:<17} {ip:>10} {e:>5} {e:>5} {op:>10} {e:>5} {e:>5}", "netstat_row")
        head("Local system status:")
        t = dt.time(2, 1)
        users = g.num(0, 2)
        w(f"{t.hour % 12 or 12:>2}:{t.minute:02d}AM  up {st['up']} days, {g.num(0, 23):>2}:{g.num(0, 59):02d}, {users} user{'s' if users != 1 else ''}, "
          f"load averages: {g.f(0, 2, 2)}, {g.f(0, 2, 2)}, {g.f(0, 2, 2)}", "uptime")
        head("Mail in local queue:")
        w("mailq is empty", "mailq_empty")
        head("Mail in submit queue:")
        w("mailq is empty", "mailq_empty")
        head("Security check:")
        head("Checking setuid files and devices:")
        if g.r.random() < 0.1:
            w(f"{HOST} setuid diffs:", "setuid_diffs")
            w("14c14", "diff_change")
            w(f"< {g.num(100000, 999999)} -r-sr-xr-x  1 root  wheel  {g.num(10000, 90000)} Nov  {g.num(1, 9)} 03:12:44 2026 /usr/local/bin/sudo", "diff_old")
            w("---", "diff_sep")
            w(f"> {g.num(100000, 999999)} -r-sr-xr-x  1 root  wheel  {g.num(10000, 90000)} Dec  1 03:02:11 2026 /usr/local/bin/sudo", "diff_new")
        head("Checking negative group permissions:")
        head("Checking for uids of 0:")
        w("root 0", "uid0_row")
        w("toor 0", "uid0_row")
        head("Checking for passwordless accounts:")
        head("Checking login.conf permissions:")
        head("Checking for ports with mismatched checksums:")
        if g.r.random() < 0.4:
            head(f"{HOST} kernel log messages:")
            w(f"+++ /tmp/security.{g.alnum(8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')}\t2026-12-01 03:01:{g.num(0, 59):02d}.{g.num(10 ** 8, 10 ** 9 - 1)} +0000",
              "kernel_diff_head")
            for _ in range(g.num(1, 4)):
                x = g.r.random()
                if x < 0.5:
                    w(f"+pid {g.num(1000, 99999)} ({g.c(['php-fpm', 'smbd', 'node'])}), jid {g.c([0, 2])}, uid {g.c([80, 0, 1001])}: exited on signal "
                      f"{g.c([6, 11])}{' (core dumped)' if g.r.random() < 0.5 else ''}", "kern_exited_signal")
                elif x < 0.8:
                    w(f"+Limiting closed port RST response from {g.num(201, 999)} to 200 packets/sec", "kern_limiting_rst")
                else:
                    w(f"+igb0: link state changed to {g.c(['DOWN', 'UP'])}", "kern_link_state")
        head(f"{HOST} login failures:")
        for _ in range(g.c([0, 0, 1, 3, 8])):
            if g.r.random() < 0.6:
                w(f"+Dec  1 0{g.num(0, 2)}:{g.num(0, 59):02d}:{g.num(0, 59):02d} fs1 sshd[{g.num(10000, 99999)}]: error: PAM: Authentication error for illegal user "
                  f"{g.c(['admin', 'test', 'ubuntu', 'oracle', 'git', 'user'])} from {g.ip('pub')}", "login_pam_illegal")
            else:
                w(f"+Dec  1 0{g.num(0, 2)}:{g.num(0, 59):02d}:{g.num(0, 59):02d} fs1 sshd[{g.num(10000, 99999)}]: Invalid user {g.c(['admin', 'test', 'support'])} "
                  f"from {g.ip('pub')} port {g.port()}", "login_invalid_user")
        head(f"{HOST} refused connections:")
        head("Checking for packages with security vulnerabilities:")
        w(f"Database fetched: {g.c(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'])} Nov 30 03:01:{g.num(0, 59):02d} UTC 2026", "audit_db_fetched")
        vulns = g.r.sample([("curl-8.10.1", "curl -- netrc and redirect credential leak", "CVE-2024-11053"),
                            ("samba419-4.19.8_1", "samba -- multiple vulnerabilities", "CVE-2024-8088"),
                            ("php83-8.3.12", "php -- multiple vulnerabilities", "CVE-2024-8932"),
                            ("expat-2.6.3", "expat -- XML_ResumeParser crash", "CVE-2024-50602")], g.c([0, 0, 1, 2]))
        for pkg, desc, cve in vulns:
            w(f"{pkg} is vulnerable:", "audit_vulnerable")
            w(f"  {desc}", "audit_desc")
            w(f"  CVE: {cve}", "audit_cve")
            w(f"  WWW: https://vuxml.FreeBSD.org/freebsd/{g.hx(8)}-{g.hx(4)}-11ef-{g.hx(4)}-{g.hx(12)}.html", "audit_www")
            w("", "empty")
        w(f"{len(vulns)} problem(s) in {len(vulns)} installed package(s) found.", "audit_problems")
        w("", "empty")
        w("-- End of security output --", "end_security")
        w("", "empty")
        w("-- End of daily output --", "end_daily")

    fill(L, [(1, day)], N_LINES, 1)
    del L.rows[N_LINES:]
    return L


# 14 --------------------------------------------------------------- Git 2.43 with GIT_TRACE=1 and GIT_TRACE_PERFORMANCE=1 in the deploy script of a web agency's staging server, which every
#   five minutes pulls the sites' repositories and runs their hooks, stdout and stderr appended to /var/log/deploy/git-pull.log: the script's
#   "=== 2026-12-01T10:00:01+00:00 %s ===" line, then Git's trace lines ("10:00:01.123456 git.c:463               trace: built-in: git fetch
#   --prune origin": the time of day, the source file and line padded to a column, "trace: " or "performance: "), the packet trace of the
#   protocol v2 handshake now and then, and Git's own output (fetch's ref updates, merge's diffstat, "Already up to date.")
@checked
def log_gittrace(seed):
    L = Log("git_trace_deploy", seed, "tod", False, True)
    g = L.g
    REPOS = ["kunde-baeckerei-lindner", "kunde-autohaus-kraft", "kunde-stadtwerke-portal", "agentur-website", "kunde-zahnarzt-dr-oz", "kunde-weingut-haller"]
    FILES = ["wp-content/themes/lindner/style.css", "wp-content/themes/lindner/functions.php", "templates/home.html.twig", "assets/js/main.js",
             "config/packages/prod/doctrine.yaml", "src/Controller/OfferController.php", "composer.lock", "public/img/hero.webp", "README.md"]

    def w(text, ev, comp=None, t="now"):
        L.emit(text, ev, None, comp, t)

    def tr(src, line, kind, text, ev):
        w(f"{L.t:%H:%M:%S}.{us6(L.t)} {(src + ':' + str(line)):<24}{kind}: {text}", ev, src)
        L.t += dt.timedelta(microseconds=g.num(30, 3000))

    def out(text, ev):
        w(text, ev, None, None)

    def builtin(cmd):
        tr("git.c", 463, "trace", f"built-in: git {cmd}", "trace_builtin")

    def perf(sec, what, ev):
        tr("trace.c", 414, "performance", f"{sec:.9f} s: {what}", ev)

    def run_cmd(cmd):
        tr("run-command.c", 659, "trace", f"run_command: {cmd}", "trace_run_command")

    def pull(repo):
        w(f"=== {L.t:%Y-%m-%dT%H:%M:%S}+00:00 {repo} ===", "script_head", None, L.t)
        tr("exec-cmd.c", 244, "trace", "resolved executable dir: /usr/lib/git-core", "trace_exec_dir")
        t_fetch = L.t
        builtin("fetch --prune origin")
        run_cmd(f"unset GIT_PREFIX; GIT_PROTOCOL=version=2 ssh -o SendEnv=GIT_PROTOCOL git@gitlab.agentur-nordlicht.de 'git-upload-pack '\\''kunden/{repo}.git'\\'''")
        at(L, g.f(0.2, 0.9))
        if g.r.random() < 0.15:
            for pkt in ["version 2", "agent=git/2.45.2", "ls-refs=unborn", "fetch=shallow wait-for-done filter", "server-option", "object-format=sha1", "0000"]:
                tr("pkt-line.c", 85, "packet", f"       fetch< {pkt}", "packet_fetch_in")
            for pkt in ["command=ls-refs", "agent=git/2.43.0", "object-format=sha1", "0001", "peel", "symrefs", "unborn", "ref-prefix HEAD", "ref-prefix refs/heads/",
                        "0000"]:
                tr("pkt-line.c", 85, "packet", f"       fetch> {pkt}", "packet_fetch_out")
        changed = g.r.random() < 0.18
        if g.r.random() < 0.03:
            out("ssh: connect to host gitlab.agentur-nordlicht.de port 22: Connection timed out", "ssh_timeout")
            out("fatal: Could not read from remote repository.", "fatal_could_not_read")
            out("", "empty")
            out("Please make sure you have the correct access rights", "fatal_rights_1")
            out("and the repository exists.", "fatal_rights_2")
            at(L, g.f(130, 135))
            perf((L.t - t_fetch).total_seconds(), "git command: git fetch --prune origin", "perf_git_command")
            return
        if changed:
            builtin("rev-list --objects --stdin --not --all --quiet --alternate-refs")
            perf(g.r.uniform(0.001, 0.02), "git command: git rev-list --objects --stdin --not --all --quiet --alternate-refs", "perf_git_command")
            builtin(f"index-pack --stdin --fix-thin '--keep=fetch-pack {g.num(100000, 999999)} on staging01' --pack_header=2,{g.num(3, 60)}")
            perf(g.r.uniform(0.002, 0.2), f"git command: git index-pack --stdin --fix-thin '--keep=fetch-pack {g.num(100000, 999999)} on staging01' "
                                          f"--pack_header=2,{g.num(3, 60)}", "perf_git_command")
            out(f"From gitlab.agentur-nordlicht.de:kunden/{repo}", "fetch_from")
            old, new = g.hx(7), g.hx(7)
            out(f"   {old}..{new}  main       -> origin/main", "fetch_ref_update")
            if g.r.random() < 0.3:
                out(f" * [new branch]      {g.c(['feature/', 'fix/'])}{g.c(['newsletter', 'cookie-banner', 'php83', 'hero-slider'])} -> origin/"
                    f"{g.c(['feature/', 'fix/'])}{g.c(['newsletter', 'cookie-banner'])}", "fetch_new_branch")
            if g.r.random() < 0.1:
                out(f" - [deleted]         (none)     -> origin/{g.c(['feature/xmas-sale', 'fix/typo-impressum'])}", "fetch_deleted")
        if g.r.random() < 0.3:
            builtin("maintenance run --auto --no-quiet")
        perf((L.t - t_fetch).total_seconds(), "git command: git fetch --prune origin", "perf_git_command")
        t_merge = L.t
        builtin("merge --ff-only origin/main")
        if changed:
            out(f"Updating {old}..{new}", "merge_updating")
            out("Fast-forward", "merge_ff")
            files = g.r.sample(FILES, g.num(1, 5))
            ins = dels = 0
            for f in files:
                a, d = g.num(0, 40), g.num(0, 20)
                ins, dels = ins + a, dels + d
                out(f" {f:<40} | {a + d:>3} {'+' * min(a, 30)}{'-' * min(d, 20)}", "diffstat_row")
            out(f" {len(files)} file{'s' if len(files) > 1 else ''} changed, {ins} insertions(+), {dels} deletions(-)", "diffstat_summary")
            run_cmd(".git/hooks/post-merge 0")
            out(f"[post-merge] clearing cache for {repo}", "hook_clearing")
            if "wp-content" in " ".join(files):
                out("Success: The cache was flushed.", "wp_cache_flushed")
            else:
                out("// Clearing the cache for the prod environment with debug false", "sf_clearing")
                out(" [OK] Cache for the \"prod\" environment (debug=false) was successfully cleared.", "sf_cleared")
        else:
            out("Already up to date.", "already_up_to_date")
        at(L, g.f(0.002, 0.05) if not changed else g.f(0.05, 4))
        perf((L.t - t_merge).total_seconds(), "git command: git merge --ff-only origin/main", "perf_git_command")

    def cycle():
        L.t = L.t.replace(second=1, microsecond=0) + dt.timedelta(minutes=5 - L.t.minute % 5)
        for repo in REPOS:
            pull(repo)
            at(L, g.f(0.05, 0.4))

    fill(L, [(1, cycle)], N_LINES, 0.001)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 15 --------------------------------------------------------------- Hearthstone (the Windows client, with log.config asking for the Power log) of a player laddering in Standard one
#   evening, Logs/Power.log: "D 19:02:11.2345678 GameState.DebugPrintPower() - message" (D, the time of day with seven decimals, the class and
#   method, then the message indented by the depth of its block): the game's creation with its entities and tags, the mulligan choices, the
#   options offered each turn and the one sent, TAG_CHANGE, SHOW_ENTITY, FULL_ENTITY, HIDE_ENTITY and META_DATA inside BLOCK_START/BLOCK_END,
#   and the PowerTaskList and PowerProcessor lines that replay the same power history
@checked
def log_hearthstone(seed):
    L = Log("hearthstone_power_log", seed, "tod", True, True, start=dt.datetime(2026, 12, 1, 19, 2, 11, tzinfo=UTC))
    g = L.g
    CARDS = [("Fireball", "CS2_029"), ("Frostbolt", "CS2_024"), ("Arcane Intellect", "CS2_023"), ("Flamestrike", "CS2_032"), ("Sorcerer's Apprentice", "EX1_608"),
             ("Mana Wyrm", "NEW1_012"), ("Reno Jackson", "LOE_011"), ("Zilliax Deluxe 3000", "TOY_330"), ("Sea Giant", "EX1_586"), ("Malfurion the Pestilent", "ICC_832"),
             ("Brann Bronzebeard", "LOE_077"), ("Elise Starseeker", "LOE_079"), ("Murloc Tidehunter", "EX1_506"), ("Azure Drake", "EX1_284")]
    TAGS = [("ZONE", ["DECK", "HAND", "PLAY", "GRAVEYARD", "SETASIDE"]), ("ZONE_POSITION", list(range(0, 8))), ("NUM_TURNS_IN_PLAY", list(range(0, 5))),
            ("EXHAUSTED", [0, 1]), ("DAMAGE", list(range(0, 12))), ("ATK", list(range(0, 10))), ("HEALTH", list(range(1, 12))), ("JUST_PLAYED", [0, 1]),
            ("NUM_CARDS_DRAWN_THIS_TURN", [0, 1, 2]), ("RESOURCES_USED", list(range(0, 10))), ("NUM_OPTIONS_PLAYED_THIS_TURN", list(range(0, 6))),
            ("PREDAMAGE", list(range(0, 8))), ("LAST_AFFECTED_BY", list(range(4, 90))), ("ATTACKING", [0, 1]), ("DEFENDING", [0, 1]),
            ("NUM_MINIONS_PLAYED_THIS_TURN", [0, 1, 2])]
    ME, OPP = "Kira#2174", "UNKNOWN HUMAN PLAYER"
    st = {"id": 4, "ent": [], "task": 1}

    def w(cls, meth, text, ev):
        L.emit(f"D {L.t:%H:%M:%S}.{us6(L.t)}{g.num(0, 9)} {cls}.{meth}() - {text}", ev, "D", cls)
        L.t += dt.timedelta(microseconds=g.num(5, 400))

    def ent():
        if st["ent"] and g.r.random() < 0.85:
            return g.c(st["ent"])
        n, cid = g.c(CARDS)
        st["id"] += 1
        e = f"[entityName={n} id={st['id']} zone={g.c(['HAND', 'PLAY', 'DECK'])} zonePos={g.num(0, 7)} cardId={cid} player={g.c([1, 2])}]"
        st["ent"].append(e)
        return e

    def power(cls, ind, text, ev):
        w(cls, "DebugPrintPower", "    " * ind + text, ev)

    def tag_change(cls, ind):
        tag, vals = g.c(TAGS)
        e = g.c([ent(), ent(), ME, OPP, "GameEntity"])
        power(cls, ind, f"TAG_CHANGE Entity={e} tag={tag} value={g.c(vals)} ", "tag_change")

    def block(cls, ind=0):
        bt = g.c(["PLAY", "PLAY", "TRIGGER", "TRIGGER", "ATTACK", "POWER", "DEATHS", "FATIGUE"])
        e = ent()
        power(cls, ind, f"BLOCK_START BlockType={bt} Entity={e if bt != 'DEATHS' else 'GameEntity'} EffectCardId=System.Collections.Generic.List`1[System.String] "
                        f"EffectIndex={g.c([-1, 0, 1])} Target={g.c([0, st['id']])} SubOption=-1 {'TriggerKeyword=TAG_NOT_SET' if bt != 'TRIGGER' else 'TriggerKeyword=' + g.c(['TRIGGER_VISUAL', 'DEATHRATTLE', 'TAG_NOT_SET'])}",
              "block_start")
        for _ in range(g.num(1, 7)):
            x = g.r.random()
            if x < 0.6:
                tag_change(cls, ind + 1)
            elif x < 0.7:
                n, cid = g.c(CARDS)
                power(cls, ind + 1, f"SHOW_ENTITY - Updating Entity={ent()} CardID={cid}", "show_entity")
                for _ in range(g.num(2, 5)):
                    tag, vals = g.c(TAGS)
                    power(cls, ind + 2, f"tag={tag} value={g.c(vals)}", "tag_line")
            elif x < 0.78:
                st["id"] += 1
                power(cls, ind + 1, f"FULL_ENTITY - Updating [entityName={g.c(CARDS)[0]} id={st['id']} zone=SETASIDE zonePos=0 cardId={g.c(CARDS)[1]} player={g.c([1, 2])}] "
                                    f"CardID={g.c(CARDS)[1]}", "full_entity_updating")
                for _ in range(g.num(2, 6)):
                    tag, vals = g.c(TAGS)
                    power(cls, ind + 2, f"tag={tag} value={g.c(vals)}", "tag_line")
            elif x < 0.84:
                power(cls, ind + 1, f"HIDE_ENTITY - Entity={ent()} tag=ZONE value={g.c(['DECK', 'HAND'])}", "hide_entity")
            elif x < 0.94:
                power(cls, ind + 1, f"META_DATA - Meta={g.c(['DAMAGE', 'TARGET', 'HEALING', 'SHOW_BIG_CARD'])} Data={g.num(0, 12)} InfoCount=1", "meta_data")
                power(cls, ind + 3, f"Info[0] = {ent()}", "meta_info")
            elif ind < 2:
                block(cls, ind + 1)
        power(cls, ind, "BLOCK_END", "block_end")

    def options():
        st["task"] += 1
        w("GameState", "DebugPrintOptions", f"id={st['task']}", "options_id")
        n = g.num(1, 6)
        w("GameState", "DebugPrintOptions", "  option 0 type=END_TURN mainEntity= error=INVALID errorParam=", "option")
        for i in range(1, n):
            w("GameState", "DebugPrintOptions", f"  option {i} type=POWER mainEntity={ent()} error={g.c(['NONE', 'NONE', 'REQ_ENOUGH_MANA', 'REQ_TARGET_TO_PLAY'])} "
                                                "errorParam=", "option")
            for j in range(g.c([0, 0, 1, 3])):
                w("GameState", "DebugPrintOptions", f"    target {j} entity={ent()} error=NONE errorParam=", "option_target")
        w("GameState", "SendOption", f"selectedOption={g.num(0, n - 1)} selectedSubOption=-1 selectedTarget={g.c([0, st['id']])} selectedPosition={g.num(0, 6)}",
          "send_option")

    def tasklist():
        st["task"] += 1
        w("PowerTaskList", "DebugDump", f"ID={st['task']} ParentID={g.c([0, st['task'] - 1])} PreviousID={st['task'] - 1} TaskCount={g.num(1, 20)}", "tl_dump")
        if g.r.random() < 0.5:
            w("PowerTaskList", "DebugDump", "Block Start=(null)", "tl_block_start_null")
            for _ in range(g.num(1, 4)):
                tag_change("PowerTaskList", 1)
            w("PowerTaskList", "DebugDump", "Block End=(null)", "tl_block_end_null")
        else:
            block("PowerTaskList", 0)
        w("PowerProcessor", "PrepareHistoryForCurrentTaskList", f"m_currentTaskList={st['task']}", "prepare_history")
        if g.r.random() < 0.15:
            w("PowerProcessor", "DoTaskListForCard", f"unhandled BlockType {g.c(['PLAY', 'TRIGGER', 'POWER'])} for sourceEntity {ent()}", "unhandled_blocktype")

    def new_game():
        st["ent"] = []
        st["id"] = 3
        w("GameState", "DebugPrintPower", "CREATE_GAME", "create_game")
        w("GameState", "DebugPrintPower", "    GameEntity EntityID=1", "create_game_entity")
        for tag, v in [("CARDTYPE", "GAME"), ("ZONE", "PLAY"), ("ENTITY_ID", 1), ("NEXT_STEP", "BEGIN_MULLIGAN"), ("STATE", "RUNNING")]:
            w("GameState", "DebugPrintPower", f"        tag={tag} value={v}", "tag_line")
        for pid, eid in [(1, 2), (2, 3)]:
            w("GameState", "DebugPrintPower", f"    Player EntityID={eid} PlayerID={pid} GameAccountId=[hi={144115198130930503 + pid} lo={g.num(10 ** 7, 10 ** 8)}]",
              "create_player")
            for tag, v in [("PLAYER_ID", pid), ("HERO_ENTITY", g.num(60, 70)), ("MAXHANDSIZE", 10), ("STARTHANDSIZE", 4), ("TEAM_ID", pid), ("ZONE", "PLAY"),
                           ("CONTROLLER", pid), ("ENTITY_ID", eid), ("MAXRESOURCES", 10), ("CARDTYPE", "PLAYER")]:
                w("GameState", "DebugPrintPower", f"        tag={tag} value={v}", "tag_line")
        for i in range(4, g.num(30, 40)):
            w("GameState", "DebugPrintPower", f"    FULL_ENTITY - Creating ID={i} CardID={g.c(CARDS)[1] if g.r.random() < 0.3 else ''}", "full_entity_creating")
            for tag, v in [("ZONE", "DECK"), ("CONTROLLER", g.c([1, 2])), ("ENTITY_ID", i)]:
                w("GameState", "DebugPrintPower", f"        tag={tag} value={v}", "tag_line")
        w("GameState", "DebugPrintGame", "GameType=GT_RANKED", "game_type")
        w("GameState", "DebugPrintGame", "FormatType=FT_STANDARD", "format_type")
        w("GameState", "DebugPrintGame", "ScenarioID=2", "scenario_id")
        w("GameState", "DebugPrintGame", f"PlayerID=1, PlayerName={ME}", "game_player")
        w("GameState", "DebugPrintGame", f"PlayerID=2, PlayerName={OPP}", "game_player")
        w("GameState", "DebugPrintEntityChoices", f"id=1 Player={ME} TaskList= ChoiceType=MULLIGAN CountMin=0 CountMax={g.c([3, 4])}", "choices_head")
        w("GameState", "DebugPrintEntityChoices", "  Source=GameEntity", "choices_source")
        for i in range(g.c([3, 4])):
            w("GameState", "DebugPrintEntityChoices", f"  Entities[{i}]={ent()}", "choices_entity")
        L.tick(20)
        k = g.num(0, 2)
        w("GameState", "DebugPrintEntitiesChosen", f"id=1 Player={ME} EntitiesCount={k}", "chosen_head")
        for i in range(k):
            w("GameState", "DebugPrintEntitiesChosen", f"  Entities[{i}]={ent()}", "chosen_entity")

    def turn():
        power("GameState", 0, f"TAG_CHANGE Entity=GameEntity tag=STEP value={g.c(['MAIN_READY', 'MAIN_START', 'MAIN_ACTION', 'MAIN_END', 'MAIN_NEXT'])} ", "tag_change")
        for _ in range(g.num(1, 4)):
            L.tick(3)
            if g.r.random() < 0.6:
                options()
            block("GameState")
            tasklist()

    new_game()
    fill(L, [(30, turn), (1, new_game)], N_LINES, 8)
    del L.rows[N_LINES:]
    return L


# 16 --------------------------------------------------------------- Homebrew 4.4 on the Mac mini build machines (Apple silicon, macOS 15) of a London app studio: a launchd job runs
#   `brew update && brew upgrade && brew cleanup` every night, and its wrapper appends "=== Tue Dec  1 03:00:00 GMT 2026 ===" (date's default
#   output) and the output of both to ~/Library/Logs/brew-nightly.log: "==> " steps, the outdated list, downloads from ghcr.io with curl's
#   "###...### 100.0%" bars, pouring bottles, the "🍺" summary, caveats, cleanup's "Removing:" lines, "Warning:" and "Error:" lines
@checked
def log_homebrew(seed):
    L = Log("homebrew_nightly_log", seed, "full", True, False, start=dt.datetime(2026, 10, 27, 3, 0, 0, tzinfo=UTC))
    g = L.g
    FORMULAE = {"git": ["2.47.0", "2.47.1"], "node": ["23.2.0", "23.3.0", "23.4.0"], "openssl@3": ["3.4.0", "3.4.0_1"], "python@3.12": ["3.12.7_1", "3.12.8"],
                "cocoapods": ["1.16.1", "1.16.2"], "swiftlint": ["0.57.0", "0.57.1"], "fastlane": ["2.225.0", "2.226.0"], "ruby": ["3.3.5", "3.3.6"],
                "sqlite": ["3.47.0", "3.47.1", "3.47.2"], "gh": ["2.61.0", "2.62.0", "2.63.0"], "xcbeautify": ["2.14.0", "2.15.0"], "carthage": ["0.40.0"],
                "icu4c@76": ["76.1", "76.1_1"], "libyaml": ["0.2.5"], "c-ares": ["1.34.2", "1.34.3"], "jq": ["1.7.1"], "ca-certificates": ["2024-09-24", "2024-11-26"]}
    CASKS = ["android-studio", "temurin@17", "sf-symbols", "google-chrome", "xcodes"]
    CAVEATS = {"git": ["The Tcl/Tk GUIs (e.g. gitk, git-gui) are now in the `git-gui` formula.",
                       "Subversion interoperability (git-svn) is now in the `git-svn` formula."],
               "python@3.12": ["Python is installed as", "  /opt/homebrew/bin/python3", "", "Unversioned symlinks `python`, `python-config`, `pip` etc. pointing to",
                               "`python3`, `python3-config`, `pip3` etc., respectively, are installed into", "  /opt/homebrew/opt/python@3.12/libexec/bin"],
               "ruby": ["By default, binaries installed by gems will be placed into:", "  /opt/homebrew/lib/ruby/gems/3.3.0/bin", "",
                        "You may want to add this to your PATH."]}
    st = {"ver": {k: v[0] for k, v in FORMULAE.items()}}

    def bump(v):
        m = list(re.finditer(r"\d+", v))[-1]
        return v[:m.start()] + str(int(m.group()) + 1) + v[m.end():]

    def w(text, ev, lv=None, t=None):
        L.emit(text, ev, lv, None, t)

    def bottle(f, v):
        return f"{f}--{v}.arm64_sequoia.bottle.tar.gz" if f != "ca-certificates" else f"{f}--{v}.all.bottle.tar.gz"

    def nightly():
        w(f"=== {ctime(L.t)[:20]}GMT {L.t.year} ===", "wrapper_head", None, L.t)
        w("==> Updating Homebrew...", "updating")
        if g.r.random() < 0.04:
            w("fatal: unable to access 'https://github.com/Homebrew/brew/': Could not resolve host: github.com", "git_fatal_resolve")
            w("Error: Fetching /opt/homebrew failed!", "fetching_failed", "Error")
            return
        outdated = [f for f in FORMULAE if g.r.random() < 0.1]
        if g.r.random() < 0.5:
            if g.r.random() < 0.5:
                w("Updated 1 tap (homebrew/core).", "updated_taps")
            else:
                w("Updated 2 taps (homebrew/core and homebrew/cask).", "updated_taps")
            if g.r.random() < 0.4:
                w("==> New Formulae", "new_formulae")
                for _ in range(g.num(1, 4)):
                    w(g.c(["aider", "uv-tool", "kcl", "pkgx", "ty", "zizmor", "mise", "cljfmt", "lazyjj"]), "formula_name")
            if g.r.random() < 0.3:
                w("==> New Casks", "new_casks")
                w(g.c(["font-maple-mono", "cursor-cli", "ghostty", "kindle-previewer"]), "cask_name")
            if outdated:
                w("==> Outdated Formulae", "outdated_formulae")
                for f in outdated:
                    w(f, "formula_name")
                w("", "empty")
                w("You have " + str(len(outdated)) + " outdated formula" + ("e" if len(outdated) > 1 else "") + " installed.", "you_have_outdated")
                w("You can upgrade " + ("them" if len(outdated) > 1 else "it") + " with brew upgrade", "you_can_upgrade")
                w("or list " + ("them" if len(outdated) > 1 else "it") + " with brew outdated.", "or_list")
        else:
            w("Already up-to-date.", "already_up_to_date")
        if not outdated:
            return cleanup([])
        w(f"==> Upgrading {len(outdated)} outdated package{'s' if len(outdated) > 1 else ''}:", "upgrading_n")
        vers = {}
        for f in outdated:
            a = st["ver"][f]
            st["ver"][f] = bump(a)
            vers[f] = (a, st["ver"][f])
            w(f"{f} {a} -> {vers[f][1]}", "upgrade_pair")
        for f in outdated:
            if f == "node" and g.r.random() < 0.7:
                w("==> Fetching dependencies for node: c-ares, icu4c@76, libuv, openssl@3", "fetching_deps")
            w(f"==> Fetching {f}", "fetching")
            w(f"==> Downloading https://ghcr.io/v2/homebrew/core/{f.replace('@', '/')}/manifests/{vers[f][1]}", "downloading")
            w("######################################################################### 100.0%", "curl_bar")
            w(f"==> Downloading https://ghcr.io/v2/homebrew/core/{f.replace('@', '/')}/blobs/sha256:{g.hx(64)}", "downloading")
            if g.r.random() < 0.03:
                w("curl: (56) Recv failure: Connection reset by peer", "curl_56")
                w(f"Error: {f}: Failed to download resource \"{f}\"", "failed_download", "Error")
                w(f"Download failed: https://ghcr.io/v2/homebrew/core/{f.replace('@', '/')}/blobs/sha256:{g.hx(64)}", "download_failed")
                continue
            w("######################################################################### 100.0%", "curl_bar")
        for f in outdated:
            w(f"==> Upgrading {f}", "upgrading_one")
            w(f"  {vers[f][0]} -> {vers[f][1]} ", "upgrade_pair_indented")
            w("", "empty")
            w(f"==> Pouring {bottle(f, vers[f][1])}", "pouring")
            if f in CAVEATS:
                w("==> Caveats", "caveats")
                for c in CAVEATS[f]:
                    if c:
                        w(c, "caveat_" + f.split("@")[0] + "_" + slug(c))
                    else:
                        w("", "empty")
            w("==> Summary", "summary")
            w(f"🍺  /opt/homebrew/Cellar/{f}/{vers[f][1]}: {g.num(8, 9000):,} files, {g.f(0.2, 300, 1)}MB", "beer_summary")
            w(f"==> Running `brew cleanup {f}`...", "running_cleanup")
            if g.r.random() < 0.3:
                w("Disable this behaviour by setting HOMEBREW_NO_INSTALL_CLEANUP.", "hint_no_cleanup")
                w("Hide these hints with HOMEBREW_NO_ENV_HINTS (see `man brew`).", "hint_env_hints")
            w(f"Removing: /opt/homebrew/Cellar/{f}/{vers[f][0]}... ({g.num(8, 9000):,} files, {g.f(0.2, 300, 1)}MB)", "removing")
            w(f"Removing: /Users/ci/Library/Caches/Homebrew/{f}_bottle_manifest--{vers[f][0]}... ({g.f(5, 40, 1)}KB)", "removing")
        w("==> Checking for dependents of upgraded formulae...", "checking_dependents")
        if g.r.random() < 0.1:
            w("==> Upgrading 1 dependent of upgraded formulae:", "upgrading_dependents")
            w("Disable this behaviour by setting HOMEBREW_NO_INSTALLED_DEPENDENTS_CHECK.", "hint_no_dependents")
            a = st["ver"]["cocoapods"]
            st["ver"]["cocoapods"] = bump(a)
            w(f"cocoapods {a} -> {st['ver']['cocoapods']}", "upgrade_pair")
        else:
            w("==> No broken dependents found!", "no_broken_dependents")
        if g.r.random() < 0.3:
            w(f"Warning: Not upgrading {g.c(CASKS)}, the latest version is already installed", "warn_cask_latest", "Warning")
        cleanup(outdated)

    def cleanup(outdated):
        for _ in range(g.c([0, 0, 1, 3])):
            w(f"Removing: /Users/ci/Library/Caches/Homebrew/{g.c(list(FORMULAE))}--{g.num(1, 3)}.{g.num(0, 40)}.{g.num(0, 9)}... ({g.f(0.2, 90, 1)}MB)",
              "removing")
        if g.r.random() < 0.2:
            f, v = g.c([('node', '23.4.0'), ('python@3.12', '3.12.8')])
            w(f"Warning: Skipping {f}: most recent version {v} not installed", "warn_skipping", "Warning")
        if g.r.random() < 0.15:
            w(f"Pruned {g.num(1, 9)} symbolic links and {g.num(1, 40)} directories from /opt/homebrew", "pruned")
        if outdated:
            w(f"==> This operation has freed approximately {g.f(10, 900, 1)}MB of disk space.", "freed_space")

    def next_night():
        L.t = L.t.replace(hour=3, minute=0, second=0, microsecond=0) + dt.timedelta(days=1)
        nightly()

    L.t -= dt.timedelta(days=1)
    fill(L, [(1, next_night)], N_LINES, 0.001)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 17 --------------------------------------------------------------- IBM i 7.5 (a Power10 partition PRODSYS of a wholesale food distributor): the job logs of the night's batch jobs
#   (inventory update in RPG, EDI import, the SAVLIB backup, a history purge), spooled as QPJOBLOG and copied to the IFS as text each morning:
#   each page starts with the "5770SS1 V7R5M0 ... Display Job Log ... Page n" line (the listing's date and time), the job name and job
#   description lines and the column heading, then one row per message (message id, type, severity, date, time with microseconds, the sending
#   and receiving program, library and instruction) and under it the message text, and for some its cause and recovery, wrapped and indented
@checked
def log_ibmi(seed):
    L = Log("ibm_i_joblog", seed, "full", True, True, start=dt.datetime(2026, 11, 23, 1, 0, 2, tzinfo=UTC))
    g = L.g
    IND1 = " " * 38
    IND2 = " " * 40
    W = 86
    END_CAUSE = ("Job {job} completed on {d} at {t} after it used {cpu} seconds processing unit time. The job had ending code {ec}. The job ended after 1 "
                 "routing steps with a secondary ending code of 0. The job ending codes and their meanings are as follows: 0 - The job completed normally. "
                 "10 - The job completed normally during controlled ending or controlled subsystem ending. 20 - The job exceeded end severity (ENDSEV job "
                 "attribute). 30 - The job ended abnormally. 40 - The job ended before becoming active. 50 - The job ended while the job was active. 60 - "
                 "The subsystem ended abnormally while the job was active. 70 - The system ended abnormally while the job was active. 80 - The job ended "
                 "(ENDJOBABN command). 90 - The job was forced to end after the time limit ended (ENDJOBABN command).")
    END_RECOV = ("For more information, see the Work management topic collection in the Systems management category in the IBM i Information Center, "
                 "http://www.ibm.com/systems/i/infocenter/.")
    JOBS = [("NIGHTINV", "BATCHUSR", "BATCHJOBD", "PRODLIB", "CALL PGM(PRODLIB/INVUPD) PARM('{d8}')"),
            ("EDIIN", "EDIUSR", "EDIJOBD", "EDILIB", "CALL PGM(EDILIB/EDIRCV) PARM('*ALL' 'X12')"),
            ("SAVNIGHT", "QSECOFR", "QDFTJOBD", "QGPL", "SAVLIB LIB(PRODLIB EDILIB WEBLIB) DEV(*SAVF) SAVF(BACKUP/NIGHT{dd}) SAVACT(*LIB) ACCPTH(*YES)"),
            ("PURGEHIST", "BATCHUSR", "BATCHJOBD", "PRODLIB", "CALL PGM(PRODLIB/PURGEH) PARM('0365')")]
    st = {"num": g.num(400000, 480000)}

    def dstr(t):
        return f"{t:%m/%d/%y}"

    def job_log(name, user, jobd, jlib, req):
        st["num"] += g.num(20, 400)
        job = f"{st['num']}/{user}/{name}"
        msgs = []   # (time, [(text, event)], level, comp)

        def msg(mid, typ, sev, frm, flib, finst, to, tlib, tinst, text, cause=None, recov=None, key=None):
            t = L.t
            lv = typ if sev is None else f"{typ}|{sev}"
            row = (f" {mid:<10} {typ:<23} {'' if sev is None else sev:<4} {dstr(t)}  {t:%H:%M:%S}.{us6(t)}  {frm:<12} {flib:<11} {finst:<8} {to:<11} {tlib:<11} "
                   f"{tinst}").rstrip()
            lines = [(row, "msg_row")]
            key = key or (mid if mid != "*NONE" else typ.lower())
            for label, body, ev in [("Message . . . . :", text, "text"), ("Cause . . . . . :", cause, "cause"), ("Recovery  . . . :", recov, "recovery")]:
                if body is None:
                    continue
                parts = textwrap.wrap(body, W) or [""]
                lines.append((f"{IND1}{label}{'  ' if body.startswith('-') else '   '}{parts[0]}", f"{ev}:{key}"))
                for p in parts[1:]:
                    lines.append((f"{IND2}{p}", f"{ev}_cont:{key}"))
            msgs.append((t, lines, lv, frm))
            L.t += dt.timedelta(microseconds=g.num(200, 900000))

        d, tt = dstr(L.t), f"{L.t:%H:%M:%S}"
        msg("CPF1124", "Information", "00", "QWTPIIPP", "QSYS", "0636", "*EXT", "", "*N",
            f"Job {job} started on {d} at {tt} in subsystem QBATCH in QSYS. Job entered system on {d} at {tt}.")
        r = req.format(d8=f"{L.t - dt.timedelta(days=1):%Y%m%d}", dd=f"{L.t:%d}")
        msg("*NONE", "Request", None, "QWTSCSBJ", "", "*N", "QCMD", "QSYS", "0195", "-" + r)
        ec = 0
        if name == "NIGHTINV":
            for _ in range(g.num(2, 6)):
                at(L, g.f(5, 120))
                n = g.num(0, 90000)
                if n:
                    msg("CPC2955", "Completion", "00", "QCPMAIN", "QSYS", "05BA", "INVUPD", "PRODLIB", "*STMT",
                        f"{n} records copied from member {g.c(['ITEMMAST', 'STKBAL', 'ORDHDR', 'ORDDTL'])}.")
                else:
                    msg("CPC2957", "Completion", "00", "QCPMAIN", "QSYS", "05BA", "INVUPD", "PRODLIB", "*STMT",
                        f"No records copied from member {g.c(['ITEMMAST', 'STKBAL', 'ORDHDR', 'ORDDTL'])}.")
            if g.r.random() < 0.2:
                f = g.c(["ITEMHIST", "STKMOVE"])
                msg("CPF5026", "Notify", "30", "QDBPUT", "QSYS", "20BA", "INVUPD", "PRODLIB", "*STMT",
                    f"Duplicate key not allowed for member {f}.",
                    f"The output or update operation to member {f} record number 0 format {f}R was not done because it would have created a duplicate key. "
                    "If the record number is zero, the duplicate key was detected for an output operation.",
                    "Change the key data in the record so that it will not be a duplicate key, or change the file so that duplicate keys are allowed. "
                    "Then try your request again.")
                msg("RNQ1021", "Inquiry", "99", "QRNXIO", "QSYS", "0F3C", "*EXT", "", "*N",
                    f"Duplicate record key in file {f} (C G D F).")
                msg("*NONE", "Reply", None, "QMHIQSRQ", "QSYS", "0007", "INVUPD", "PRODLIB", "*STMT", "-D")
            msg("CPC2191", "Completion", "00", "QLIDLOBJ", "QSYS", "0402", "INVUPD", "PRODLIB", "*STMT",
                f"Object INVWRK{g.num(1, 9)} in QTEMP type *FILE deleted.")
        elif name == "EDIIN":
            for _ in range(g.num(1, 5)):
                at(L, g.f(2, 60))
                msg("CPF9898", "Information", "00", "EDIRCV", "EDILIB", "*STMT", "EDIRCV", "EDILIB", "*STMT",
                    f"Interchange {g.num(100000000, 999999999)} from partner {g.c(['SYSCO01', 'METRO-DE', 'REWE-EDI', 'ALDI-SUED'])} processed: {g.num(1, 40)} "
                    f"transaction sets.", key="CPF9898_edi_processed")
            if g.r.random() < 0.25:
                f = g.c(["EDIQUE", "EDIHDR"])
                msg("CPF4128", "Diagnostic", "40", "QDBOPEN", "QSYS", "0A58", "EDIRCV", "EDILIB", "*STMT",
                    f"Not able to allocate objects needed for file {f} in library EDILIB member or program device {f}.",
                    "Not able to allocate objects needed for the open operation. The object may be in use by another job.",
                    "Try the request again after the object is available.")
                msg("CPF9898", "Escape", "40", "EDIRCV", "EDILIB", "*STMT", "*EXT", "", "*N",
                    "EDI receive ended with errors. See previous messages.", key="CPF9898_edi_errors")
                ec = 20
            else:
                msg("CPC1221", "Completion", "00", "QWTCCSBJ", "QSYS", "0193", "EDIRCV", "EDILIB", "*STMT",
                    f"Job {st['num'] + g.num(1, 9)}/EDIUSR/EDIPOST submitted to job queue QBATCH in QGPL from job {job}.")
        elif name == "SAVNIGHT":
            at(L, g.f(300, 1800))
            libs = ["PRODLIB", "EDILIB", "WEBLIB"]
            bad = g.c(libs) if g.r.random() < 0.2 else None
            for lib in libs:
                if lib == bad:
                    msg("CPF3741", "Diagnostic", "40", "QSRSAVO", "QSYS", "1ED2", "QSRSAVO", "QSYS", "1ED2",
                        f"FILE STKBAL in {lib} not saved.", "The object was in use by another job and could not be saved.", "Try the request again later.")
                    msg("CPF3771", "Diagnostic", "40", "QSRSAVO", "QSYS", "1F0E", "QSRSAVO", "QSYS", "1F0E",
                        f"{g.num(100, 900)} objects saved from {lib}. 1 not saved.")
                else:
                    msg("CPC3722", "Completion", "00", "QSRSAVO", "QSYS", "1F0E", "QSRSAVO", "QSYS", "1F0E",
                        f"{g.num(100, 900)} objects saved from library {lib}.")
                at(L, g.f(30, 900))
            if bad:
                msg("CPF3777", "Escape", "40", "QSRSAVO", "QSYS", "2A1C", "QCLCMD", "QSYS", "0471", "2 libraries saved, 1 partially saved, 0 not saved.")
                ec = 20
        else:
            at(L, g.f(20, 300))
            msg("CPF9898", "Information", "00", "PURGEH", "PRODLIB", "*STMT", "PURGEH", "PRODLIB", "*STMT",
                f"{g.num(1000, 90000)} history records older than {L.t - dt.timedelta(days=365):%Y-%m-%d} removed from ORDHIST.", key="CPF9898_purge")
        at(L, g.f(0.5, 3))
        cpu = g.num(1, 900)
        msg("CPF1164", "Completion", "00", "QWTMCEOJ", "QSYS", "00F7", "*EXT", "", "*N",
            f"Job {job} ended on {dstr(L.t)} at {L.t:%H:%M:%S}; {cpu} seconds used; end code {ec} .",
            END_CAUSE.format(job=job, d=dstr(L.t), t=f"{L.t:%H:%M:%S}", cpu=cpu, ec=ec), END_RECOV)
        # the listing
        pt = L.t + dt.timedelta(seconds=g.num(1, 5))
        page = [0]
        used = [99]

        def page_head():
            page[0] += 1
            L.emit(f" 5770SS1 V7R5M0  220415                    Display Job Log                     PRODSYS   {dstr(pt)}  {pt:%H:%M:%S} UTC     Page {page[0]:>4}",
                   "page_head", None, None, pt)
            L.emit(f"  Job name . . . . . . . . . . :   {name:<10}      User  . . . . . . :   {user:<10}   Number . . . . . . . . . . . :   {st['num']}",
                   "page_job_name", None, None, pt)
            L.emit(f"  Job description  . . . . . . :   {jobd:<10}      Library . . . . . :   {jlib}", "page_job_desc", None, None, pt)
            L.emit(" MSGID      TYPE                    SEV  DATE      TIME             FROM PGM     LIBRARY     INST     TO PGM      LIBRARY     INST",
                   "page_columns", None, None, pt)
            used[0] = 4

        for t, lines, lv, comp in msgs:
            if used[0] + len(lines) > 62:
                page_head()
            for text, ev in lines:
                L.emit(text, ev, lv, comp, t)
            used[0] += len(lines)

    def night():
        for j in JOBS:
            if j[0] == "PURGEHIST" and L.t.weekday() != 6:
                continue
            job_log(*j)
            L.t += dt.timedelta(minutes=g.num(5, 40), seconds=g.num(0, 59))
        L.t = L.t.replace(hour=1, minute=0, second=g.num(1, 5)) + dt.timedelta(days=1)

    fill(L, [(1, night)], N_LINES, 0.001)
    del L.rows[N_LINES:]
    return L


# 18 --------------------------------------------------------------- IQ-TREE 2.3.6 inferring gene trees for a phylogenomics project on cichlid fishes (one alignment per ortholog, ModelFinder,
#   1000 ultrafast bootstrap replicates), run as a Slurm array on a university cluster; the per-gene .log files concatenated for the lab's
#   QC: the banner, host, command, seed and "Time:" ("Tue Dec  1 02:00:01 2026"), the alignment summary and the per-sequence gap/composition
#   table, the fast tree search, ModelFinder's table of models, the candidate tree set with "Iteration %d / LogL: ..." progress lines, the
#   final parameters, the output files and "Date and Time:" at the end; "WARNING:" and "NOTE:" lines along the way
@checked
def log_iqtree(seed):
    L = Log("iqtree_log", seed, "full", True, False, start=dt.datetime(2026, 11, 30, 22, 0, 1, tzinfo=UTC))
    g = L.g
    TAXA = ["Oreochromis_niloticus", "Astatotilapia_burtoni", "Maylandia_zebra", "Pundamilia_nyererei", "Neolamprologus_brichardi", "Amphilophus_citrinellus",
            "Haplochromis_sp_Rock_Kribensis", "Tropheus_moorii", "Lamprologus_callipterus", "Julidochromis_marlieri", "Cyprichromis_leptosoma",
            "Simochromis_diagramma", "Astronotus_ocellatus", "Etroplus_suratensis", "Oryzias_latipes", "Danio_rerio", "Xiphophorus_maculatus",
            "Gasterosteus_aculeatus", "Archocentrus_centrarchus", "Cichla_ocellaris", "Tylochromis_polylepis", "Heterochromis_multidens",
            "Paratilapia_polleni", "Ptychochromis_grandidieri", "Copadichromis_borleyi", "Rhamphochromis_esox", "Aulonocara_stuartgranti",
            "Labeotropheus_trewavasae"]
    MODELS = ["JC", "JC+I", "JC+G4", "JC+I+G4", "F81+F", "F81+F+I", "F81+F+G4", "K2P", "K2P+I", "K2P+G4", "K2P+I+G4", "HKY+F", "HKY+F+I", "HKY+F+G4",
              "HKY+F+I+G4", "HKY+F+R2", "HKY+F+R3", "TNe", "TNe+G4", "TN+F", "TN+F+G4", "TN+F+I+G4", "TPM2+F+G4", "TPM3+F+G4", "TIM2+F+G4", "TIM2+F+I+G4",
              "TIM3+F+G4", "TIM+F+G4", "TVM+F+G4", "TVM+F+I+G4", "SYM+G4", "SYM+I+G4", "GTR+F", "GTR+F+I", "GTR+F+G4", "GTR+F+I+G4", "GTR+F+R2", "GTR+F+R3",
              "GTR+F+I+R2", "GTR+F+R4"]
    st = {"gene": g.num(100, 900)}

    def w(text, ev, lv=None, t=None):
        L.emit(text, ev, lv, None, t)

    def run():
        st["gene"] += g.num(1, 7)
        gene = f"OG{st['gene']:07d}"
        taxa = g.r.sample(TAXA, g.num(12, 28))
        cols = g.num(400, 4500)
        pat = g.num(cols // 5, cols // 2)
        seed_ = g.num(100000, 999999)
        w("IQ-TREE multicore version 2.3.6 for Linux x86 64-bit built Aug  4 2024", "banner_version")
        w("Developed by Bui Quang Minh, James Barbetti, Nguyen Lam Tung,", "banner_dev1")
        w("Olga Chernomor, Heiko Schmidt, Dominik Schrempf, Michael Woodhams, Ly Trong Nhan.", "banner_dev2")
        w("", "empty")
        w(f"Host:    node{g.num(1, 64):03d} (AVX512, FMA3, 503 GB RAM)", "host")
        w(f"Command: iqtree2 -s aln/{gene}.fasta -m MFP -B 1000 -T 4 --prefix trees/{gene} --redo", "command")
        w(f"Seed:    {seed_} (Using SPRNG - Scalable Parallel Random Number Generator)", "seed")
        w(f"Time:    {ctime(L.t)}", "time", None, L.t)
        w("Kernel:  AVX+FMA - 4 threads (64 CPU cores detected)", "kernel")
        w("", "empty")
        w(f"Reading alignment file aln/{gene}.fasta ... Fasta format detected", "reading_alignment")
        w(f"Reading fasta file: done in {g.f(0.0001, 0.01, 6)} secs using {g.f(40, 99, 1)}% CPU", "reading_fasta_done")
        w("Alignment most likely contains DNA/RNA sequences", "alignment_dna")
        w(f"Alignment has {len(taxa)} sequences with {cols} columns, {pat} distinct patterns", "alignment_has")
        pi = g.num(pat // 3, pat)
        sing = g.num(10, cols // 5)
        w(f"{pi} parsimony-informative, {sing} singleton sites, {cols - pi - sing} constant sites", "site_counts")
        w("                               Gap/Ambiguity  Composition  p-value", "seq_table_header")
        w(f"Analyzing sequences: done in {g.f(0.00001, 0.001, 6)} secs using {g.f(50, 99, 1)}% CPU", "analyzing_done")
        failed = gappy = 0
        for i, tx in enumerate(taxa, 1):
            gap = g.r.uniform(0, 30) if g.r.random() < 0.9 else g.r.uniform(50, 80)
            gappy += gap > 50
            p = g.r.uniform(0, 100)
            ok = p >= 5
            failed += 0 if ok else 1
            w(f"{i:>4}  {tx:<32}{gap:>6.2f}%    {'passed' if ok else 'failed'}  {p:>8.2f}%", "seq_row")
        if gappy:
            w(f"WARNING: {gappy} sequences contain more than 50% gaps/ambiguity", "warn_gappy", "WARNING")
        w(f"****  TOTAL                           {g.f(1, 12, 2):>5}%  {failed} sequences failed composition chi2 test (p-value<5%; df=3)", "seq_total")
        if g.r.random() < 0.3:
            a, b = g.r.sample(taxa, 2)
            w(f"NOTE: {a} is identical to {b} but kept for subsequent analysis", "note_identical", "NOTE")
        w(f"Checking for duplicate sequences: done in {g.f(0.00001, 0.001, 6)} secs using {g.f(50, 99, 1)}% CPU", "checking_duplicates")
        w("", "empty")
        w(f"Create initial parsimony tree by phylogenetic likelihood library (PLL)... {g.f(0.001, 0.05, 3)} seconds", "pll_tree")
        w("Perform fast likelihood tree search using GTR+I+G model...", "fast_search")
        w("Estimate model parameters (epsilon = 5.000)", "estimate_params")
        w("Perform nearest neighbor interchange...", "perform_nni")
        w("Estimate model parameters (epsilon = 1.000)", "estimate_params")
        lnl = -g.r.uniform(3000, 40000)
        w(f"1. Initial log-likelihood: {lnl:.3f}", "initial_lnl")
        for k in range(2, g.num(2, 5)):
            lnl += g.r.uniform(0.01, 10)
            w(f"{k}. Current log-likelihood: {lnl:.3f}", "current_lnl")
        w(f"Optimal log-likelihood: {lnl:.3f}", "optimal_lnl")
        w(f"Rate parameters:  A-C: {g.f(0.5, 2)}  A-G: {g.f(2, 7)}  A-T: {g.f(0.3, 1.5)}  C-G: {g.f(0.4, 1.6)}  C-T: {g.f(3, 9)}  G-T: 1.000", "rate_params")
        w(f"Base frequencies:  A: {g.f(0.2, 0.32)}  C: {g.f(0.18, 0.3)}  G: {g.f(0.18, 0.3)}  T: {g.f(0.2, 0.32)}", "base_freqs")
        w(f"Proportion of invariable sites: {g.f(0.1, 0.6)}", "pinv")
        w(f"Gamma shape alpha: {g.f(0.3, 3)}", "gamma_alpha")
        w(f"Parameters optimization took {g.num(1, 4)} rounds ({g.f(0.01, 0.5, 3)} sec)", "params_took")
        w(f"Time for fast ML tree search: {g.f(0.05, 4, 3)} seconds", "fast_ml_time")
        w("", "empty")
        w(f"NOTE: ModelFinder requires {g.num(2, 60)} MB RAM!", "note_mf_ram", "NOTE")
        w(f"ModelFinder will test up to 484 DNA models (sample size: {cols}) ...", "mf_will_test")
        w(" No. Model         -LnL         df  AIC          AICc         BIC", "mf_header")
        base = -lnl + g.r.uniform(20, 300)
        best = None
        for i, m in enumerate(g.r.sample(MODELS, g.num(18, len(MODELS))), 1):
            ll = base - g.r.uniform(0, 300)
            df = 2 * len(taxa) - 3 + m.count("+") * 2 + g.num(0, 8)
            aic = 2 * ll + 2 * df
            bic = 2 * ll + df * 8.1
            w(f"{i:>3}  {m:<13}{ll:<13.3f}{df:>4} {aic:<13.3f}{aic + g.r.uniform(0.1, 9):<13.3f}{bic:.3f}", "mf_row")
            if best is None or bic < best[1]:
                best = (m, bic)
        w(f"Akaike Information Criterion:           {best[0] if g.r.random() < 0.6 else g.c(MODELS[-10:])}", "mf_aic")
        w(f"Corrected Akaike Information Criterion: {best[0] if g.r.random() < 0.7 else g.c(MODELS[-10:])}", "mf_aicc")
        w(f"Bayesian Information Criterion:         {best[0]}", "mf_bic")
        w(f"Best-fit model: {best[0]} chosen according to BIC", "best_fit")
        w("", "empty")
        w(f"All model information printed to trees/{gene}.model.gz", "model_info_printed")
        cpu = g.r.uniform(2, 300)
        w(f"CPU time for ModelFinder: {cpu:.3f} seconds (0h:{int(cpu // 60)}m:{int(cpu % 60)}s)", "cpu_mf")
        w(f"Wall-clock time for ModelFinder: {cpu / 3.7:.3f} seconds (0h:{int(cpu / 3.7 // 60)}m:{int(cpu / 3.7 % 60)}s)", "wall_mf")
        w(f"Generating 1000 samples for ultrafast bootstrap (seed: {seed_})...", "ufboot_generating")
        w("", "empty")
        w(f"NOTE: {g.num(2, 40)} MB RAM (0 GB) is required!", "note_ram_required", "NOTE")
        w("Estimate model parameters (epsilon = 0.100)", "estimate_params")
        w(f"1. Initial log-likelihood: {lnl + g.r.uniform(-50, 5):.3f}", "initial_lnl")
        w(f"Optimal log-likelihood: {lnl:.3f}", "optimal_lnl")
        w(f"Parameters optimization took 1 rounds ({g.f(0.01, 0.3, 3)} sec)", "params_took")
        w("Computing ML distances based on estimated model parameters...", "computing_ml_dist")
        w(f"Computing ML distances took {g.f(0.001, 0.1, 6)} sec (of wall-clock time) {g.f(0.001, 0.4, 6)} sec (of CPU time)", "ml_dist_took")
        w("Computing BIONJ tree...", "computing_bionj")
        w(f"{g.f(0.0001, 0.01, 3)} seconds", "bionj_seconds")
        w(f"Log-likelihood of BIONJ tree: {lnl - g.r.uniform(5, 200):.3f}", "bionj_lnl")
        w("--------------------------------------------------------------------", "rule")
        w("|             INITIALIZING CANDIDATE TREE SET                      |", "box_initializing")
        w("--------------------------------------------------------------------", "rule")
        w(f"Generating 98 parsimony trees... {g.f(0.05, 2, 3)} second", "generating_pars")
        w(f"Computing log-likelihood of 98 initial trees ... {g.f(0.1, 9, 3)} seconds", "computing_initial")
        w(f"Current best score: {lnl:.3f}", "current_best_score")
        w("", "empty")
        w("Do NNI search on 20 best initial trees", "nni_search")
        w("Estimate model parameters (epsilon = 0.100)", "estimate_params")
        w(f"BETTER TREE FOUND at iteration 1: {lnl:.3f}", "better_tree")
        el = 0
        for it in (10, 20):
            el += g.num(1, 9)
            w(f"Iteration {it} / LogL: {lnl - g.r.uniform(0, 3):.3f} / Time: 0h:0m:{el}s", "iteration_init")
            if g.r.random() < 0.3:
                lnl += g.r.uniform(0.001, 2)
                w(f"BETTER TREE FOUND at iteration {it + g.num(1, 9)}: {lnl:.3f}", "better_tree")
        w(f"Finish initializing candidate tree set ({g.num(3, 20)})", "finish_init")
        w(f"Current best tree score: {lnl:.3f} / CPU time: {g.f(1, 40, 3)}", "current_best_tree")
        w("Number of iterations: 20", "number_iterations")
        w("--------------------------------------------------------------------", "rule")
        w("|               OPTIMIZING CANDIDATE TREE SET                      |", "box_optimizing")
        w("--------------------------------------------------------------------", "rule")
        last = g.num(102, 400)
        it = 20
        while it + 10 < last:
            it += 10
            el += g.num(1, 6)
            left = int(el * (last - it) / it)
            w(f"Iteration {it} / LogL: {lnl - g.r.uniform(0, 5):.3f} / Time: 0h:{el // 60}m:{el % 60}s ({left // 3600}h:{left // 60 % 60}m:{left % 60}s left)",
              "iteration_left")
            if it == 50 or (it > 50 and it % 50 == 0 and g.r.random() < 0.5):
                w(f"Log-likelihood cutoff on original alignment: {lnl - g.r.uniform(10, 40):.3f}", "lnl_cutoff")
            if g.r.random() < 0.06:
                lnl += g.r.uniform(0.001, 1)
                w(f"BETTER TREE FOUND at iteration {it + g.num(1, 9)}: {lnl:.3f}", "better_tree")
        w(f"TREE SEARCH COMPLETED AFTER {last} ITERATIONS / Time: 0h:{el // 60}m:{el % 60}s", "search_completed")
        w("", "empty")
        w("--------------------------------------------------------------------", "rule")
        w("|                    FINALIZING TREE SEARCH                        |", "box_finalizing")
        w("--------------------------------------------------------------------", "rule")
        w("Performs final model parameters optimization", "final_optimization")
        w("Estimate model parameters (epsilon = 0.010)", "estimate_params")
        w(f"1. Initial log-likelihood: {lnl:.3f}", "initial_lnl")
        w(f"Optimal log-likelihood: {lnl + g.r.uniform(0, 0.5):.3f}", "optimal_lnl")
        w(f"BEST SCORE FOUND : {lnl:.3f}", "best_score")
        w("Creating bootstrap support values...", "creating_support")
        w(f"Split supports printed to NEXUS file trees/{gene}.splits.nex", "splits_printed")
        w(f"Total tree length: {g.f(0.1, 4)}", "tree_length")
        if g.r.random() < 0.15:
            w(f"WARNING: {g.num(1, 6)} near-zero internal branches (<{g.f(0.0001, 0.0009, 4)}) should be treated with caution", "warn_near_zero", "WARNING")
            w("         Such branches are denoted by '**' in the figure below", "warn_near_zero_cont", "WARNING")
        w("", "empty")
        w(f"Total number of iterations: {last}", "total_iterations")
        cpu2 = g.r.uniform(20, 900)
        w(f"CPU time used for tree search: {cpu2:.3f} sec (0h:{int(cpu2 // 60)}m:{int(cpu2 % 60)}s)", "cpu_search")
        w(f"Wall-clock time used for tree search: {cpu2 / 3.8:.3f} sec (0h:{int(cpu2 / 3.8 // 60)}m:{int(cpu2 / 3.8 % 60)}s)", "wall_search")
        w(f"Total CPU time used: {cpu2 + cpu:.3f} sec (0h:{int((cpu2 + cpu) // 60)}m:{int((cpu2 + cpu) % 60)}s)", "total_cpu")
        tw = (cpu2 + cpu) / 3.75
        w(f"Total wall-clock time used: {tw:.3f} sec (0h:{int(tw // 60)}m:{int(tw % 60)}s)", "total_wall")
        w("", "empty")
        w("Computing bootstrap consensus tree...", "computing_consensus")
        w(f"Reading input file trees/{gene}.splits.nex...", "reading_splits")
        w(f"{len(taxa)} taxa and {g.num(60, 400)} splits.", "taxa_splits")
        w(f"Consensus tree written to trees/{gene}.contree", "consensus_written")
        w(f"Reading input trees file trees/{gene}.contree", "reading_contree")
        w(f"Log-likelihood of consensus tree: {lnl - g.r.uniform(0, 2):.3f}", "consensus_lnl")
        w("", "empty")
        w("Analysis results written to: ", "results_written")
        w(f"  IQ-TREE report:                trees/{gene}.iqtree", "out_report")
        w(f"  Maximum-likelihood tree:       trees/{gene}.treefile", "out_ml_tree")
        w(f"  Likelihood distances:          trees/{gene}.mldist", "out_mldist")
        w("", "empty")
        w("Ultrafast bootstrap approximation results written to:", "ufboot_written")
        w(f"  Split support values:          trees/{gene}.splits.nex", "out_splits")
        w(f"  Consensus tree:                trees/{gene}.contree", "out_contree")
        w(f"  Screen log file:               trees/{gene}.log", "out_log")
        w("", "empty")
        at(L, tw)
        w(f"Date and Time: {ctime(L.t)}", "date_and_time", None, L.t)
        at(L, g.f(1, 20))

    fill(L, [(1, run)], N_LINES, 0.001)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 19 --------------------------------------------------------------- KiCad 8.0 (kicad-cli in the kicad/kicad:8.0 image) checking the boards of an open-hardware environmental-sensor project in
#   GitLab CI on every push; the job's console saved and concatenated: the runner's "$ command" lines, kicad-cli's own output ("Loading
#   board", "Running DRC...", "Found %d violations"), then the reports it wrote printed with cat: "** Drc report for %s **", "** Created on
#   2026-12-01T10:00:00+0100 **" (Vienna), "** Found %d DRC violations **" and each violation as "[type]: description", its rule and severity
#   line and its "@(x mm, y mm): item" lines; the ERC report ("ERC report (2026-12-01T10:00:00+0100, Encoding UTF8)", "***** Sheet /...",
#   violations, " ** ERC messages: ..."), and the job's end
@checked
def log_kicad(seed):
    L = Log("kicad_cli_drc_ci", seed, "full", True, False, start=dt.datetime(2026, 11, 16, 8, 40, 0, tzinfo=UTC))
    g = L.g
    NETS = ["GND", "+3V3", "+5V", "VBAT", "/SDA", "/SCL", "/MISO", "/MOSI", "/SCK", "/CS_BME", "/USB_D+", "/USB_D-", "Net-(D1-A)", "Net-(U3-EN)", "/RESET",
            "/LORA_DIO0", "/ANT"]
    REFS = ["U1", "U2", "U3", "U4", "R1", "R4", "R12", "R17", "C3", "C8", "C15", "C21", "D1", "D2", "J1", "J3", "Y1", "L1", "Q1", "SW1", "TP4"]
    LAYERS = ["F.Cu", "B.Cu", "In1.Cu", "In2.Cu"]
    BOARDS = ["airnode-main", "airnode-sensorhead", "airnode-solar"]
    DRC = [("clearance", "Clearance violation (netclass 'Default' clearance 0.2000 mm; actual {a} mm)", "rule", "error", 2),
           ("clearance", "Clearance violation (netclass 'Power' clearance 0.3000 mm; actual {a} mm)", "rule_power", "error", 2),
           ("track_width", "Track width (board setup constraints min width 0.1500 mm; actual {a} mm)", "rule", "error", 1),
           ("silk_over_copper", "Silkscreen clipped by solder mask", "override", "warning", 2),
           ("silk_overlap", "Silkscreen overlap", "override", "warning", 2),
           ("lib_footprint_mismatch", "Footprint '{fp}' does not match copy in library '{lib}'", "override", "warning", 1),
           ("lib_footprint_issues", "The current configuration does not include the footprint library '{lib}'", "override", "warning", 1),
           ("courtyards_overlap", "Courtyards overlap", "override", "error", 2),
           ("hole_clearance", "Hole clearance violation (board setup constraints hole clearance 0.2500 mm; actual {a} mm)", "rule", "error", 2),
           ("via_dangling", "Via is not connected or connected on only one layer", "override", "warning", 1),
           ("text_height", "Text height out of range (board setup text height 0.8000 mm; actual {a} mm)", "override", "warning", 1),
           ("starved_thermal", "Thermal relief connection to zone incomplete (zone 'GND' min spoke count 2; actual 1)", "rule", "error", 2)]
    ERC = [("pin_not_connected", "Pin not connected", "error", 1), ("power_pin_not_driven", "Input Power pin not driven by any Output Power pins", "error", 1),
           ("lib_symbol_issues", "The current configuration does not include the symbol library '{lib}'", "warning", 1),
           ("lib_symbol_mismatch", "Symbol '{sym}' doesn't match copy in library '{lib}'", "warning", 1),
           ("pin_to_pin", "Pins of type Output and Output are connected", "error", 2),
           ("label_dangling", "Label not connected to anything", "error", 1),
           ("unannotated", "Symbol '{ref}' is not annotated", "error", 1),
           ("global_label_dangling", "Global label only appears once in the schematic", "warning", 1)]

    def w(text, ev, lv=None, t=None):
        L.emit(text, ev, lv, None, t)

    def stamp():
        lt = L.t.astimezone(VIE)
        return f"{lt:%Y-%m-%dT%H:%M:%S}+0100"

    def xy():
        return f"@({g.f(90, 190, 4)} mm, {g.f(40, 130, 4)} mm)"

    def pcb_item():
        x = g.r.random()
        net = g.c(NETS)
        if x < 0.3:
            return f"Track [{net}] on {g.c(LAYERS)}, length {g.f(0.2, 30, 4)} mm"
        if x < 0.6:
            return f"Pad {g.num(1, 48)} [{net}] of {g.c(REFS)} on {g.c(['F.Cu', 'B.Cu'])}"
        if x < 0.75:
            return f"Via [{net}] on F.Cu - B.Cu"
        if x < 0.87:
            return f"Zone [{net}] on {g.c(LAYERS)}"
        return f"Segment of {g.c(REFS)} on F.Silkscreen"

    def drc(board):
        w(f"$ kicad-cli pcb drc --severity-all --exit-code-violations -o reports/{board}-drc.rpt hw/{board}/{board}.kicad_pcb", "cmd_drc")
        w("Loading board", "cli_loading_board")
        w("Running DRC...", "cli_running_drc")
        viol = g.r.sample(DRC, g.num(0, 7))
        vs = []
        for v in viol:
            vs += [v] * g.c([1, 1, 1, 2, 4])
        unc = g.c([0, 0, 0, 1, 2, 5])
        w(f"Found {len(vs)} violations", "cli_found_violations")
        w(f"Found {unc} unconnected items", "cli_found_unconnected")
        w(f"Saved DRC Report to reports/{board}-drc.rpt", "cli_saved_drc")
        w(f"$ cat reports/{board}-drc.rpt", "cmd_cat")
        w(f"** Drc report for {board}.kicad_pcb **", "drc_title")
        w(f"** Created on {stamp()} **", "drc_created", None, L.t)
        w("", "empty")
        w(f"** Found {len(vs)} DRC violations **", "drc_found")
        for typ, desc, kind, sev, nitems in vs:
            text = desc.format(a=g.f(0.05, 0.29, 4), fp=g.c(["R_0603_1608Metric", "C_0402_1005Metric", "SOT-23", "QFN-32-1EP_5x5mm_P0.5mm_EP3.45x3.45mm"]),
                               lib=g.c(["Resistor_SMD", "Capacitor_SMD", "Package_TO_SOT_SMD", "airnode-footprints"]))
            w(f"[{typ}]: {text}", f"drc_{typ}_{slug(desc.split('(')[0])}", sev)
            if kind == "rule":
                w(f"    Rule: netclass 'Default'; Severity: {sev}" if typ != "starved_thermal" else f"    Rule: zone 'GND'; Severity: {sev}", "rule_severity", sev)
            elif kind == "rule_power":
                w(f"    Rule: netclass 'Power'; Severity: {sev}", "rule_severity", sev)
            else:
                w(f"    Local override; Severity: {sev}", "rule_severity", sev)
            for _ in range(nitems):
                w(f"    {xy()}: {pcb_item() if typ != 'lib_footprint_mismatch' else 'Footprint ' + g.c(REFS)}", "item", sev)
        w("", "empty")
        w(f"** Found {unc} unconnected pads **", "drc_found_unconnected")
        for _ in range(unc):
            w("[unconnected_items]: Missing connection between items", "drc_unconnected", "error")
            w("    Local override; Severity: error", "rule_severity", "error")
            for _ in range(2):
                w(f"    {xy()}: Pad {g.num(1, 48)} [{g.c(NETS)}] of {g.c(REFS)} on F.Cu", "item", "error")
        w("", "empty")
        w("** Found 0 Footprint errors **", "drc_found_fp_errors")
        w("", "empty")
        w("** End of Report **", "drc_end")
        return len(vs) + unc

    def erc(board):
        w(f"$ kicad-cli sch erc --severity-all --exit-code-violations -o reports/{board}-erc.rpt hw/{board}/{board}.kicad_sch", "cmd_erc")
        w("Loading schematic", "cli_loading_sch")
        w("Running ERC...", "cli_running_erc")
        sheets = ["/", "/Power/", "/MCU/", "/Sensors/", "/Radio/"][:g.num(2, 5)]
        per = {s: [] for s in sheets}
        for s in sheets:
            for v in g.r.sample(ERC, g.c([0, 0, 1, 2, 3])):
                per[s].append(v)
        n = sum(len(v) for v in per.values())
        errs = sum(1 for v in per.values() for e in v if e[2] == "error")
        w(f"Found {n} violations", "cli_found_violations")
        w(f"Saved ERC Report to reports/{board}-erc.rpt", "cli_saved_erc")
        w(f"$ cat reports/{board}-erc.rpt", "cmd_cat")
        w(f"ERC report ({stamp()}, Encoding UTF8)", "erc_title", None, L.t)
        w("", "empty")
        for s in sheets:
            w(f"***** Sheet {s}", "erc_sheet")
            for typ, desc, sev, nitems in per[s]:
                text = desc.format(lib=g.c(["airnode-symbols", "RF_Module", "Sensor"]), sym=g.c(["BME680", "RFM95W-868S2", "ESP32-C3-MINI-1"]),
                                   ref=g.c(["R?", "C?", "U?"]))
                w(f"[{typ}]: {text}", f"erc_{typ}", sev)
                w(f"    ; Severity: {sev}", "rule_severity", sev)
                for _ in range(nitems):
                    w(f"    {xy()}: Symbol {g.c(REFS)} Pin {g.num(1, 32)} [{g.c(['GPIO5', 'VDD', 'SDA', 'NRST', 'DIO0', 'VBUS', 'EN'])}, "
                      f"{g.c(['Bidirectional', 'Power input', 'Input', 'Output', 'Passive'])}, Line]", "item", sev)
            w("", "empty")
        w(f" ** ERC messages: {n}  Errors {errs}  Warnings {n - errs}", "erc_summary")
        return errs

    def job():
        w("Running with gitlab-runner 17.5.3 (12030cf4)", "runner_version")
        w(f"  on hw-runner-01 {g.alnum(8)}, system ID: s_{g.hx(12)}", "runner_on")
        w(f"Using Docker executor with image kicad/kicad:8.0.{g.num(5, 7)} ...", "runner_docker")
        w(f"Checking out {g.hx(8)} as detached HEAD (ref is {g.c(['main', 'main', 'rev-c', 'fix/ant-matching'])})...", "runner_checkout")
        bad = 0
        for b in g.r.sample(BOARDS, g.num(1, 3)):
            bad += drc(b)
            at(L, g.f(3, 40))
            bad += erc(b)
            at(L, g.f(3, 20))
        if bad:
            w("ERROR: Job failed: exit code 5", "job_failed", "ERROR")
        else:
            w("Job succeeded", "job_succeeded")
        L.t += dt.timedelta(minutes=g.num(20, 900))

    fill(L, [(1, job)], N_LINES, 0.001)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 20 --------------------------------------------------------------- IBM Spectrum LSF 10.1 (Fix Pack 14) as the batch system of a semiconductor company's EDA compute farm (about 600 hosts,
#   queues for simulation, regression, physical verification and interactive work), the master's /opt/lsf/log/mbatchd.log.lsfmaster01 with
#   LSF_LOG_MASK=LOG_INFO: "Dec  1 10:00:00 2026 12345 6 10.1 function: message" (local time, the clock UTC; mbatchd's process id, the syslog
#   priority as a number, the version); job submission, dispatch, finish and exit records, host status changes, query children, event log
#   switching, reconfiguration, authentication failures, resource limits and configuration warnings
@checked
def log_lsf(seed):
    L = Log("lsf_mbatchd_log", seed, "full", True, False)
    g = L.g
    QUEUES = ["sim_short", "sim_long", "regress", "pv_calibre", "interactive", "night"]
    USERS = ["akumar", "jchen", "mweber", "slopez", "tnguyen", "rpatel", "eyilmaz", "ksato", "regress_bot", "ci_runner"]
    HOSTS = [f"eda{r}{n:03d}" for r in ("a", "b", "c") for n in range(1, 201)]
    st = {"pid": g.num(10000, 60000), "job": g.num(4100000, 4200000), "running": [], "child": g.num(30000, 90000)}
    PRI = {3: "3|error|err", 4: "4|warning|warn", 5: "5|notice", 6: "6|info", 7: "7|debug"}

    def w(pri, text, ev, pid=None):
        L.emit(f"{syslog_ts(L.t)} {L.t.year} {pid or st['pid']} {pri} 10.1 {text}", ev, PRI[pri])

    def submit():
        st["job"] += g.num(1, 30)
        j = st["job"]
        q = g.c(QUEUES)
        u = g.c(USERS)
        if g.r.random() < 0.2:
            n = g.num(2, 500)
            w(6, f"do_submitReq: Job <{j}[1-{n}]> array submitted by user <{u}> to queue <{q}> from host <{g.c(HOSTS[:20])}>", "submit_array")
        else:
            w(6, f"do_submitReq: Job <{j}> submitted by user <{u}> to queue <{q}> from host <{g.c(HOSTS[:20])}>", "submit")
        st["running"].append(j)
        if len(st["running"]) > 300:
            st["running"].pop(0)

    def dispatch():
        if not st["running"]:
            return submit()
        j = g.c(st["running"])
        n = g.c([1, 1, 1, 2, 4, 8, 16])
        hosts = " ".join(f"{n // max(1, g.num(1, 2))}*{h}" if n > 1 else h for h in g.r.sample(HOSTS, 1 if n < 4 else 2))
        w(6, f"dispatchAJob: Job <{j}> dispatched to <{hosts}>", "dispatch")

    def finish():
        if not st["running"]:
            return submit()
        j = st["running"].pop(g.num(0, len(st["running"]) - 1))
        x = g.r.random()
        if x < 0.82:
            w(6, f"job_finish: Job <{j}> done; cpu time {g.f(0.1, 90000, 2)} seconds, max memory {g.num(10, 250000)} MB", "job_done")
        elif x < 0.96:
            code = g.c([1, 2, 127, 134, 137, 139, 143])
            w(6, f"job_finish: Job <{j}> exited with exit code {code}", "job_exited")
        else:
            w(5, f"jobTermLimit: Job <{j}> killed: RUNLIMIT {g.c([3600, 14400, 86400])} seconds reached", "runlimit_killed")

    def kill():
        if not st["running"]:
            return submit()
        j = g.c(st["running"])
        w(6, f"do_signalReq: Job <{j}> signal <KILL> requested by user <{g.c(USERS)}> from host <{g.c(HOSTS[:20])}>", "signal_req")

    def host_status():
        h = g.c(HOSTS)
        if g.r.random() < 0.5:
            w(5, f"hostStatusChange: Host <{h}> status changed from <ok> to <unavail>", "host_unavail")
            if g.r.random() < 0.6:
                w(4, f"sbatchd_unreach: sbatchd on host <{h}> is unreachable; {g.num(0, 16)} jobs will be requeued after {g.c([300, 600])} seconds", "sbd_unreachable")
        else:
            w(5, f"hostStatusChange: Host <{h}> status changed from <{g.c(['unavail', 'unreach', 'closed_Adm'])}> to <ok>", "host_ok")

    def child():
        st["child"] += g.num(1, 50)
        x = g.r.random()
        if x < 0.7:
            w(6, f"mbatchd: query child <{st['child']}> started for request type <{g.c(['BJOBS', 'BJOBS', 'BHOSTS', 'BQUEUES', 'BACCT', 'BUSERS'])}>", "query_child_started")
        else:
            w(6, f"mbatchd: query child <{st['child']}> exited with status <0>", "query_child_exited")

    def switch():
        w(6, f"switchELog: Event log file switched: {g.num(900000, 1000000)} events, {g.num(0, 200)} finished jobs in lsb.events.1", "switch_elog")

    def auth():
        w(3, f"authRequest: Authentication failed for uid <{g.num(1000, 9000)}> from host <{g.ip('10')}>: eauth: unable to verify credentials", "auth_failed")

    def reconfig():
        w(5, "mbatchd: Reconfiguration initiated by user <lsfadmin>", "reconfig_initiated")
        for _ in range(g.num(0, 3)):
            w(4, f"readQueueConf: File /opt/lsf/conf/lsbatch/edafarm/configdir/lsb.queues at line {g.num(40, 400)}: Queue <{g.c(QUEUES)}>: "
                 f"{g.c(['HOSTS value <edab_hosts> is not defined in lsb.hosts; ignored', 'RES_REQ <select[mem>64000]> syntax ignored', 'Invalid FAIRSHARE value; ignored'])}",
              "conf_warning")
        w(6, f"mbatchd: Reconfiguration completed in {g.num(2, 60)} seconds, {g.num(20000, 90000)} jobs loaded", "reconfig_done")

    def limit():
        w(6, f"checkLimits: User <{g.c(USERS)}> reached limit <MAX_JOBS_PER_USER> ({g.c([500, 1000, 2000])}) in queue <{g.c(QUEUES)}>", "limit_reached")

    def sched():
        w(7, f"mbschd: scheduling session {g.num(100000, 999999)} finished: {g.num(0, 800)} jobs dispatched, {g.num(0, 9000)} pending, {g.f(0.2, 9, 3)} seconds",
          "sched_session")

    def restart():
        w(5, "mbatchd: Shutting down on request from <lsfadmin>", "shutting_down")
        at(L, g.num(5, 40))
        st["pid"] = g.num(10000, 60000)
        w(6, "init_log: Log file /opt/lsf/log/mbatchd.log.lsfmaster01 opened", "init_log")
        w(6, "main: mbatchd started on <lsfmaster01>, version <10.1.0.14>, cluster <edafarm>", "mbatchd_started")
        w(6, f"replay_newjob: Replayed {g.num(20000, 90000)} jobs from lsb.events in {g.num(10, 200)} seconds", "replay")
        w(5, "main: mbatchd is ready to accept requests", "ready")

    ev = [(30, submit), (26, dispatch), (24, finish), (2, kill), (3, host_status), (12, child), (0.3, switch), (0.6, auth), (0.2, reconfig), (1.2, limit),
          (6, sched), (0.05, restart)]
    fill(L, ev, N_LINES, 3)
    del L.rows[N_LINES:]
    return L


LOGS = [log_ableton, log_amplify, log_proxysg, log_ccache, log_cplex, log_crashplan, log_resolve, log_dnscache, log_dwarffortress, log_esmf, log_eve,
        log_firebase, log_freebsd, log_gittrace, log_hearthstone, log_homebrew, log_ibmi, log_iqtree, log_kicad, log_lsf]


if __name__ == "__main__":
    main(LOGS, WORK)
