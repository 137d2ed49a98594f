#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the forty-fifth round, 20 logs,
written 2026-12-07 by a helper that did not read LogSleuth's code; as found: 0.619. This round is
held out: only its mean is reported; do not run it with --detail or --only, nor tune on its logs.
The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and `formats` on each and
prints grouping accuracy, events against templates, the learned format and how many lines had
their time, level and component read, and read right.

Lines without a header of their own carry the time, level and component of the record they belong
to: PostgreSQL's DETAIL, HINT and CONTEXT lines under a Mojolicious "DBD::Pg::st execute failed"
carry its time and level; the Python traceback under NetBox's "Internal Server Error" and under the
RQ worker's "exception raised while executing" carries that line's time, level and logger;
PostgreSQL's "  Detail:" line under Hibernate's SqlExceptionHelper and the "<tab>at" frames and
"Caused by:" under Quarkus' QuarkusErrorHandler and BlockedThreadChecker lines carry their time,
level and category; the lines of RocksDB's statistics dump under its "[db/db_impl/db_impl.cc:1141]"
line carry its time and source file; the .NET exception and its "   at" frames under SMAPI's "This mod
failed in ..." and "An error occurred in the base update loop" carry that line's time, level and
source; the MissionInfo lines under Warframe's "Host loading" carry its time, level and category;
the lines under YaST's "Internal error." carry its time, level and component. A line with no time of
its own gets the time of the last line before it that writes one (of the first after it at the start
of a log): every MATLAB line but the job script's "Started:" and "Finished:" lines (`date`, "Tue
Dec  1 02:00:01 UTC 2026") and Slurm's "CANCELLED AT 2026-12-01T06:00:12" (the tasks' files are
concatenated in task order, so the time goes back at each task of an array); MediaWiki's PHP
warnings and its uncaught exception with the Function, Query and Backtrace lines; Prokka's Perl
warning; Quarkus' banner; every tox line but the cron script's header and footer; Uvicorn's own
lines and the traceback under its "Exception in ASGI application" (the application's lines have a
time); the Wireshark header row (it takes the time of the first row). Full dates: MATLAB's `date`
lines, MediaWiki ("2026-12-01 10:00:00"), Mojolicious ("[2026-12-01 10:00:00.12345]"), NetBox,
Quarkus, supervisord and Uvicorn's application ("2026-12-01 10:00:00,123"), Path of Exile
("2026/12/01 18:00:00"; the tick counter after it is not a time), RocksDB
("2026/12/01-10:00:00.123456"; EVENT_LOG_v1's "time_micros" is the same clock), SendGrid (the Unix
"timestamp", whole seconds; the lines are in the order the webhook batches arrived, not in time
order), tox ("=== nightly 2026-12-01 02:00:01 UTC ..."), Wireshark ("2026-12-01 10:00:00.123456")
and YaST ("2026-12-01 10:00:00"); where a log writes local time without an offset the clock is UTC
(the Path of Exile player is in Manchester). Mender (the journal's "Dec 01 10:00:00"; logrus'
"time=" inside is the same clock), tinc and Yamaha ("Dec  1 10:00:00"; the inspection log's
"(2026/12/01 10:00:00)" is the session's start, a value) have no year (noyear). Prokka
("[10:00:00]"; "Local time is ..." is a value) and SMAPI ("[18:00:00 ..."; the date in "Log started
at" is a value) write the time of day (tod). Stan writes no time at all (time kind None). Warframe
writes the seconds since the game started ("1234.567"; the date in its "Current time" line is a
value; rel: only whether a time is read is checked).

Levels are as written: MATLAB's "Warning:" (warning, on the warning's line, its "> In"/"  In"
backtrace and the second line of the column-header warning), "Error using"/"Error in" and Slurm's
"error:" (error, on every line of the error report but its empty lines; the other MATLAB lines
none); MediaWiki's PHP "Warning" and "Deprecated" (runJobs' lines and the exception none); Mender's
logrus level (info, warning, error; systemd's lines none); Mojolicious' word (debug, info, warn,
error); NetBox's (DEBUG, INFO, WARNING, ERROR); Path of Exile's word (INFO, DEBUG, WARN, CRIT; the
"LOG FILE OPENING" line none); Quarkus' (INFO, WARN, ERROR); RocksDB's "[WARN]" and "[ERROR]" (its
info lines write none); SMAPI's (TRACE, DEBUG, INFO, WARN, ERROR, ALERT); supervisord's four letters
(INFO, WARN, CRIT); Uvicorn's "INFO:", "WARNING:" and "ERROR:" (the traceback under "ERROR:" too)
and the application's word (INFO, WARNING, ERROR); Warframe's bracketed word (Diag, Info, Warning,
Error); YaST's number in angle brackets (1, 2, 3, 4). Prokka, SendGrid, Stan, tinc, tox, Wireshark
and Yamaha write none (tinc's and Yamaha's syslog priority is not written). The component is
Mender's syslog program (mender, mender-connect, systemd; the logrus fields are not); NetBox's
logger (netbox.auth.login, netbox.views.ObjectEditView, netbox.api.views.ModelViewSet,
django.request, rq.worker, ...); Quarkus' category as %c{3.} writes it (io.quarkus,
io.qua.htt.access-log, org.apa.kaf.cli.con.int.ConsumerCoordinator, com.exa.ord.api.OrderResource,
...; the thread in parentheses is not); RocksDB's source file in brackets (db/flush_job.cc, with or
without the line number; the thread id is not; the EVENT_LOG_v1 lines and the header and options
dump have none); SMAPI's source (SMAPI, game, the mod's name); tinc's syslog program (tinc.corpnet;
systemd); Uvicorn's application logger (app.api, app.model, app.features, app.drift; Uvicorn's own
lines none); Warframe's category (Sys, Net, Script, Game, AI); YaST's bracketed component (Ruby,
zypp, zypp::solver, zypp::exec++, zypp-curl, liby2, Y2Ruby, ui-ncurses, bash; the host, the pid and
the source location are not). MATLAB, MediaWiki (the job type is not one), Mojolicious (the pid and
the request id are not), Path of Exile ("Client" and the pid are not), Prokka, SendGrid, Stan (the
chain number is not), supervisord (the program names are in the message), tox (the env prefix is
not), Wireshark (the Protocol column is not) and Yamaha ("PP[01]", "[IKE]", "[DHCPD]" and
"[INSPECT]" belong to the message) have none.

The true event of a line is the format string that wrote it: a value filled into a format string is
a variable (MATLAB's fmincon iteration rows one event and the iteration-0 row without a step column
another, "> In %s (line %d)" one and "  In %s (line %d)" another, "Error using %s" one, "Error in %s
(line %d)" one, the code line under it one, "Started: %s" and "Finished: %s (exit %d)" one each;
MediaWiki's runJobs line one event per job type (its parameters are its keys) and outcome
("STARTING", "t=%d good", "t=%d error=%s"), the "#%d %s" frames one and the last "#%d {main}"
another; Mender's "State transition: %s [%s] -> %s [%s]" one whatever the states; Mojolicious'
request line ("%s \"%s\"") one whatever the method, "Rendering template \"%s\"" one, the response
line "%d %s (%fs, %f/s)" one whatever the status; NetBox's "%s %s %s (PK: %d)" of the edit view one
whether Created or Modified and whatever the model, "Updating %s %s (PK: %d)" and "Creating new %s"
of the API one each whatever the model; Path of Exile's "@From %s: %s", "@To %s: %s", "%%%s: %s" and
"$%s: %s" one each whatever the text, ": You have entered %s." one, ": %s has joined the area." one;
Prokka's "Looking for '%s' - found %s" one, "Determined %s version is %s from '%s'" one, "Running:
%s" one whatever the command, aragorn's tRNA lines one, barrnap's rRNA lines one, "Will use %s to
search against %s with %d CPUs" one, "Deleting unwanted file: %s" one, the output file list one, the
farewell one whatever it says; Quarkus' access log line one whatever the method and status, the
Kafka consumer's "%s Request joining group due to: %s" one; RocksDB's "[default] [JOB %d] Compacting
%d@%d + %d@%d files to L%d, score %s" one whatever the levels; SendGrid's bounce one whether its
type is bounce or blocked; SMAPI's mod list rows one, content pack rows one, "Context: after save,
starting %s %d Y%d." one, "%s has joined." one; Stan's "Iteration: %4d / %d [%3d%%]  (%s)" one
whether Warmup or Sampling, "Exception: %s" one whatever the exception, stansummary's rows one (the
sampler's and the parameters'), "%d of %d (%s%%) transitions ended with a divergence." one, the
parameter list under a diagnostic one; supervisord's "exited: %s (%s)" one whatever the status and
whether expected (INFO) or not (WARN), "stopped: %s (%s)" one, "spawned: '%s' with pid %d" one;
tinc's "Executing script %s" one, "Error while connecting to %s (%s port %d): %s" one, "Listening on
%s port %d" one; tox's "%s: install_deps> %s", "%s: commands[%d]> %s" and "%s: exit %d (%s seconds)
%s> %s pid=%d" one each whatever the env, the summary row one whatever the result, pytest's progress
rows one (the last, shorter row too), its result line one whatever the counts, the coverage rows one
(TOTAL too), Sphinx's "reading sources... [%3d%%] %s" and "writing output... [%3d%%] %s" one each;
Uvicorn's access line one whatever the method, path and status; Warframe's "CreateState: %s" one,
"Mission started: %s (%s)" one; a Wireshark row one event per dissector summary: TCP one per set of
fields and analysis tag (segments with Seq, Ack, Win and Len one whatever the flags; SYN, SYN-ACK,
retransmission, duplicate ACK, keep-alive, window update and zero window one each), TLS one per list
of records, DNS query, answer and no-such-name answer three, DHCP one whatever the message type,
SMB2, Kerberos and LDAP one per operation; Yamaha's "PP[01] Rejected at IN(%d) filter: %s %s:%d >
%s:%d" one whether TCP or UDP (ICMP's another), the inspection log line one, "PP[01] Disconnected,
cause [%s]" one; YaST's "Calling YaST client %s" one, "Executing firewall-cmd %s" one, "Executing[C]
'rpm' ..." one), while two format strings that look alike are two events (Mender's "Loaded
configuration file: %s" in mender and in mender-connect, "Started Mender OTA update service." and
"Started Mender Connect service."; Mojolicious' "Rendering template" and "Rendering cached
template", "Worker %d started" and "Manager %d started", "Stopping worker %d gracefully" and
"immediately"; NetBox's "Not Found: %s" and "Bad Request: %s", "Deleting %s" of the delete view and
of the API; Prokka's "Found %d tRNAs", "rRNAs", "CRISPRs" and "CDS"; SMAPI's "%s edited %s (for the
'%s' content pack)." and "%s edited %s." without a pack, "Content Patcher loaded asset ..."; Stan's
three "Elapsed Time" lines (Warm-up, Sampling, Total), "Warmup took" and "Sampling took";
supervisord's "waiting for %s to stop" and "to die", "supervisord started with pid %d" and
"spawned"; tinc's "Connection closed by %s", "Metadata socket read error for %s" and "didn't respond
to PING"; tox's "%s: OK ✔ in %s seconds" and "FAIL ✖", "congratulations :)" and "evaluation failed
:("; Yamaha's "[IKE] initiate ISAKMP phase" and "initiate IPsec phase", "ISAKMP SA[%d] ...
established" and "IPsec SA[%d] ... established", "IP Tunnel[1] Up" and "Down"; Wireshark's "Read
Response" and "Read Response, Error: %s"). A structured line belongs to its message and its set of
keys: a Mender logrus line to its msg and keys, a RocksDB EVENT_LOG_v1 line to its "event" (each its
own keys), a SendGrid line to its "event" (processed, deferred, delivered, open, click, bounce,
dropped, spamreport, group_unsubscribe, each its own keys), Warframe's MissionInfo lines one event
per key. In a banner or table each kind of line is an event: each line of the argument tree Stan
echoes (one event per key and its place in the tree: "data" > "file" and "output" > "file" two),
stansummary's heading and lines of text; MATLAB's banner lines, fmincon's two heading lines and each
line of its stopping messages; Quarkus' banner lines; RocksDB's header lines, each "Options.%s: %s"
line, each kind of statistics line (the compaction table's rows one event whatever the level, Sum,
Int, Low and High too; its two headings and the rule three); tox's coverage heading and rule,
pytest's FAILURES, test and summary headings. Java's "<tab>at" frames one event, "Caused by:" one;
Python's "  File" lines one event, the code line under them another, the caret line a third and the
exception line a fourth whatever the exception; .NET's "   at" frames one; pytest's source lines in a
failure one, its ">" line another and its "E   " line a third. Wrappers are not part of the event: the
journal's stamp, host and program around Mender's logrus lines, syslog's around tinc's, rsyslog's
stamp and the router's address around Yamaha's, Stan's "Chain [2] " before a chain's lines (a
chain's line with nothing after it is one event, not the log's empty line). Empty lines are one
event per log.

usage: unseen_logs_round45.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round45)
"""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round45")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, us6, fill, checked, syslog_ts, carry_time, ms_, ctime, epoch, jts, java_frames  # noqa: E402, F401


def logrus_q(v):
    """A value of logrus' text formatter: quoted (Go's %q) unless it is made only of letters, digits and -._/@^+."""
    v = str(v)
    if v and all(c.isalnum() or c in "-._/@^+" for c in v):
        return v
    return json.dumps(v, ensure_ascii=False)


def py_tb(frames, exc, carets=False):
    """A Python traceback: the head, each frame's "  File" line and code line (and, from Python 3.11, the caret line under the
    code where it marks less than the whole line), and the exception line. frames: (path, line, function, code, caret or None)."""
    out = [("Traceback (most recent call last):", "py_tb_head")]
    for path, line, func, code, caret in frames:
        out.append((f'  File "{path}", line {line}, in {func}', "py_file"))
        out.append((f"    {code}", "py_code"))
        if carets and caret:
            out.append((f"    {caret}", "py_caret"))
    out.append((exc, "py_exc"))
    return out


def under(code, part, mark="^"):
    """The caret line Python 3.11 prints under a frame's code line: spaces up to `part`, then one mark per character of it."""
    return " " * code.index(part) + mark * len(part)


def java_trace(head, frames, cause=None):
    """A Java exception: its head line, tab-indented "at" frames, and an optional "Caused by:" with frames and "... n more"."""
    out = [(head, "java_exc_head")] + [(f"\tat {f}", "java_at") for f in frames]
    if cause:
        c_head, c_frames, more = cause
        out.append((f"Caused by: {c_head}", "java_caused_by"))
        out += [(f"\tat {f}", "java_at") for f in c_frames]
        out.append((f"\t... {more} more", "java_more"))
    return out


# 1 ---------------------------------------------------------------- MATLAB R2024a (Optimization and Parallel Computing toolboxes) calibrating a conceptual rainfall-runoff model (HBV)
#   for the catchments of a hydrology group, one Slurm array task per catchment on a university cluster ("matlab -nodisplay -nosplash -r
#   \"try, calib_run(17); catch e, disp(getReport(e)); exit(1); end; exit(0)\""), the tasks' .out files concatenated in task order (`cat
#   slurm-4812345_*.out`): the job script's node line and `date` lines, MATLAB's banner, the script's fprintf output, the parallel pool, fmincon's
#   iterative display table and its stopping message, warnings with their "> In ..." backtrace, errors ("Error using ...", "Error in ..."), the odd
#   task killed by Slurm's time limit
@checked
def log_matlab(seed):
    L = Log("matlab_batch_slurm_out", seed, "full", True, False)
    g = L.g
    CATCH = [(17, "Ruhr at Hattingen"), (23, "Lippe at Schermbeck"), (31, "Sieg at Menden"), (42, "Wupper at Opladen"), (8, "Eder at Affoldern"),
             (55, "Lenne at Altena"), (61, "Ems at Greven"), (12, "Werra at Letzter Heller"), (70, "Fulda at Guntershausen"), (4, "Diemel at Helminghausen")]
    st = {"job": g.num(4810000, 4812000), "end": L.t}

    def w(text, ev, lv=None, t=None):
        L.emit(text, ev, lv, None, t)

    def date(t):
        return f"{t:%a %b} {t.day:>2} {t:%H:%M:%S} UTC {t.year}"

    def banner():
        w("", "empty")
        w("                            < M A T L A B (R) >", "banner_title")
        w("                  Copyright 1984-2024 The MathWorks, Inc.", "banner_copyright")
        w("             R2024a Update 6 (24.1.0.2689473) 64-bit (glnxa64)", "banner_release")
        w("                             September 5, 2024", "banner_date")
        w("", "empty")
        w("", "empty")
        w("To get started, type doc.", "banner_doc")
        w("For product information, visit www.mathworks.com.", "banner_product")
        w("", "empty")

    def backtrace(frames, lv="warning"):
        w(f"> In {frames[0][0]} (line {frames[0][1]})", "warn_bt_first", lv)
        for fn, ln in frames[1:]:
            w(f"  In {fn} (line {ln})", "warn_bt", lv)

    def warn_singular():
        w(f"Warning: Matrix is close to singular or badly scaled. Results may be inaccurate. RCOND =  {g.r.uniform(1, 9):.6f}e-{g.num(17, 19)}. ",
          "warn_singular", "warning")
        backtrace([("hbv_route", 88), ("hbv_model", 142), ("calib_run>objfun", 61), ("finitedifferences", 231), ("computeFinDiffGradAndJac", 35),
                   ("sqpInterface", 244), ("fmincon", 905), ("calib_run", 37)])

    def fmincon(npar, cancel):
        w("", "empty")
        w("                                            First-order      Norm of", "fmin_head1")
        w(" Iter F-count            f(x)  Feasibility   optimality         step", "fmin_head2")
        f = g.r.uniform(0.25, 0.6)
        opt = g.r.uniform(0.5, 2.0)
        fc = npar + 1
        w(f"{0:5d}{fc:8d}{f:16.6e}{0.0:13.3e}{opt:13.3e}", "fmin_iter0")
        n_it = g.num(12, 70)
        for i in range(1, n_it + 1):
            L.tick(25)
            if g.r.random() < 0.03:
                warn_singular()
            if cancel and i == cancel:
                L.tick(3600)
                w(f"slurmstepd: error: *** JOB {st['job']} ON {st['node']} CANCELLED AT {L.t:%Y-%m-%dT%H:%M:%S} DUE TO TIME LIMIT ***", "slurm_cancelled",
                  "error", L.t)
                return False
            f *= g.r.uniform(0.85, 0.9999)
            opt *= g.r.uniform(0.6, 1.05)
            fc += npar + 1 + (npar + 1 if g.r.random() < 0.2 else 0)
            w(f"{i:5d}{fc:8d}{f:16.6e}{0.0:13.3e}{opt:13.3e}{g.r.uniform(1e-4, 0.3):13.3e}", "fmin_iter")
        w("", "empty")
        x = g.r.random()
        if x < 0.5:
            w("Local minimum found that satisfies the constraints.", "fmin_found")
            w("", "empty")
            w("Optimization completed because the objective function is non-decreasing in ", "fmin_completed_1")
            w("feasible directions, to within the value of the optimality tolerance,", "fmin_completed_2")
            w("and constraints are satisfied to within the value of the constraint tolerance.", "fmin_completed_3")
        elif x < 0.85:
            w("Local minimum possible. Constraints satisfied.", "fmin_possible")
            w("", "empty")
            w("fmincon stopped because the size of the current step is less than", "fmin_step_1")
            w("the value of the step size tolerance and constraints are ", "fmin_step_2")
            w("satisfied to within the value of the constraint tolerance.", "fmin_step_3")
        else:
            w("Solver stopped prematurely.", "fmin_premature")
            w("", "empty")
            w("fmincon stopped because it exceeded the function evaluation limit,", "fmin_evals_1")
            w("options.MaxFunctionEvaluations = 3.000000e+03.", "fmin_evals_2")
        w("", "empty")
        w("<stopping criteria details>", "fmin_criteria")
        w("", "empty")
        return True

    def task(tid, t0):
        L.t = t0
        st["node"] = f"c{g.num(1, 96):03d}"
        cid, cname = g.c(CATCH)
        w(f"Job {st['job']}_{tid} on {st['node']}.hpc.uni-example.de", "job_node")
        w(f"Started: {date(L.t)}", "job_started", None, L.t)
        banner()
        L.tick(40)
        ndays = g.num(5000, 9000)
        npar = g.c([12, 14, 16])
        w(f"Calibrating catchment {cid} ({cname}): {ndays} days, {npar} parameters, ensemble of {g.c([50, 100, 200])}", "calib_header")
        if g.r.random() < 0.05:
            w("Error using readtable (line 517)", "err_using", "error")
            w(f"Unable to find or open '/scratch/hydro/forcing/catchment_{cid:03d}_v3.csv'. Check the path and filename or file permissions.",
              "err_unable_open", "error")
            w("", "empty")
            w("Error in calib_run (line 14)", "err_in", "error")
            w("F = readtable(fn);", "err_code", "error")
            w("", "empty")
            L.tick(3)
            w(f"Finished: {date(L.t)} (exit 1)", "job_finished", None, L.t)
            return
        nw = g.c([16, 16, 32])
        w("Starting parallel pool (parpool) using the 'Processes' profile ...", "parpool_starting")
        L.tick(30)
        w(f"Connected to parallel pool with {nw} workers.", "parpool_connected")
        if g.r.random() < 0.3:
            w("Warning: Column headers from the file were modified to make them valid MATLAB identifiers before creating variable names for the table. "
              "The original column headers are saved in the VariableDescriptions property.", "warn_colheaders", "warning")
            w("Set 'VariableNamingRule' to 'preserve' to use the original column headers as table variable names. ", "warn_colheaders_2", "warning")
        w(f"Loaded forcing: {ndays} days from {1996 + g.num(0, 6)}-01-01 to 2020-12-31, {g.num(0, 40)} gaps filled", "loaded_forcing")
        if g.r.random() < 0.04:
            w("Error using zeros", "err_using", "error")
            gb = g.r.uniform(32, 90)
            w(f"Requested {ndays}x{g.num(40000, 90000)} ({gb:.1f}GB) array exceeds maximum array size preference ({gb * g.r.uniform(0.4, 0.9):.1f}GB). "
              "This might cause MATLAB to become unresponsive.", "err_array_size", "error")
            w("", "empty")
            w("Error in hbv_precompute (line 31)", "err_in", "error")
            w("S = zeros(nt, nens);", "err_code", "error")
            w("", "empty")
            w("Error in calib_run (line 22)", "err_in", "error")
            w("P = hbv_precompute(F, cfg);", "err_code", "error")
            w("", "empty")
            L.tick(3)
            w(f"Finished: {date(L.t)} (exit 1)", "job_finished", None, L.t)
            return
        cancel = g.num(5, 12) if g.r.random() < 0.03 else 0
        if not fmincon(npar, cancel):
            return
        w(f"Calibration 1996-2015: NSE = {g.f(0.55, 0.92, 4)}, KGE = {g.f(0.5, 0.9, 4)}, PBIAS = {g.r.uniform(-9, 9):.1f} %", "calib_scores")
        w(f"Validation 2016-2020: NSE = {g.f(0.4, 0.9, 4)}, KGE = {g.f(0.4, 0.88, 4)}, PBIAS = {g.r.uniform(-14, 14):.1f} %", "valid_scores")
        w(f"Running ensemble of {g.c([50, 100, 200])} parameter sets on {nw} workers ...", "ensemble_running")
        L.tick(300)
        if g.r.random() < 0.08:
            w("Warning: A worker aborted during execution of the parfor loop. The parfor loop will now run again on the remaining workers. ",
              "warn_worker_aborted", "warning")
            backtrace([("distcomp.remoteparfor/handleIntervalErrorResult", 245), ("distcomp.remoteparfor/getCompleteIntervals", 395),
                       ("parallel_function>distributed_execution", 746), ("parallel_function", 578), ("calib_run>run_ensemble", 97), ("calib_run", 41)])
        w(f"Ensemble spread of peak flow: {g.f(2, 25, 1)} % (5-95 %)", "ensemble_spread")
        w(f"Saved /scratch/hydro/calib/results/calib_{cid:03d}_{L.t:%Y%m%dT%H%M}.mat ({g.f(2, 40, 1)} MB)", "saved")
        w("Parallel pool using the 'Processes' profile is shutting down.", "parpool_shutdown")
        L.tick(8)
        w(f"Finished: {date(L.t)} (exit 0)", "job_finished", None, L.t)

    while len(L.rows) < N_LINES:
        st["job"] += g.num(3, 400)
        base = st["end"] + dt.timedelta(hours=g.r.uniform(2, 20))
        ends = []
        for tid in range(1, g.num(4, 12) + 1):
            task(tid, base + dt.timedelta(seconds=g.num(0, 900)))
            ends.append(L.t)
        st["end"] = max(ends)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 2 ---------------------------------------------------------------- MediaWiki 1.42 (PHP 8.2) as the lab-notebook wiki of a university's biochemistry institute, with CirrusSearch,
#   Echo and a few old extensions; $wgJobRunRate = 0 and a systemd timer running `php maintenance/run.php runJobs --maxtime=280` every five
#   minutes, its output appended to /var/log/mediawiki/runJobs.log: each job's "STARTING" line and its "t=... good" (or "error=...") line with the
#   job's parameters, PHP's deprecation warnings and notices on stderr, the odd uncaught database exception with its backtrace ending the run
@checked
def log_mediawiki(seed):
    L = Log("mediawiki_runjobs_log", seed, "full", True, False)
    g = L.g
    PAGES = [(0, "Protocols/DNA_extraction"), (0, "Protocols/Western_blot"), (0, "Main_Page"), (0, "Meetings/2026-11-27"), (0, "Meetings/2026-12-04"),
             (0, "Plasmids/pET28a-His-TEV"), (0, "Buffers/TBS-T"), (0, "Safety/Radioactive_work"), (2, "Alice/Notes"), (2, "Erin/Cloning_log"),
             (3000, "Centrifuge_5424R"), (3000, "AKTA_pure"), (3000, "Nanodrop_One"), (14, "Protocols"), (14, "Equipment"), (0, "Onboarding")]
    TEMPLATES = ["Infobox_instrument", "Protocol_header", "Buffer_recipe", "Warning_box"]
    FILES = ["Gel_2026-11-30.png", "Blot_anti-His_1201.jpg", "AKTA_run_314.pdf", "Plasmid_map_pET28a.svg", "Growth_curve_BL21.png"]
    NS = {0: "", 2: "User:", 3000: "Equipment:", 14: "Category:", 10: "Template:", 6: "File:"}
    st = {"id": g.num(480000, 490000)}

    def reqid():
        return g.alnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")

    def ts14(t):
        return f"{t:%Y%m%d%H%M%S}"

    def make_job():
        """(type, title, params) of one queued job."""
        x = g.r.random()
        ns, title = g.c(PAGES)
        pre = NS[ns] + title.replace("_", " ")
        rid = reqid()
        u = g.c(["Alice", "Erin", "Bob", "Carol", "Grace", "Heidi", "Dave", "Ivan"])
        if x < 0.30:
            return "refreshLinks", pre, [("causeAction", "edit-page"), ("causeAgent", u), ("namespace", ns), ("title", title), ("requestId", rid)]
        if x < 0.42:
            tp = g.c(TEMPLATES)
            return "htmlCacheUpdate", "Template:" + tp.replace("_", " "), [
                ("table", "templatelinks"), ("recursive", 1), ("rootJobIsSelf", 1), ("rootJobSignature", g.hx(40)),
                ("rootJobTimestamp", ts14(L.t - dt.timedelta(seconds=g.num(5, 300)))), ("causeAction", "page-edit"), ("causeAgent", u),
                ("namespace", 10), ("title", tp), ("requestId", rid)]
        if x < 0.55:
            return "cirrusSearchLinksUpdatePrioritized", pre, [("addedLinks", f"array({g.num(0, 6)})"), ("removedLinks", f"array({g.num(0, 3)})"),
                                                               ("prioritize", 1), ("cluster", ""), ("namespace", ns), ("title", title), ("requestId", rid)]
        if x < 0.70:
            return "cirrusSearchElasticaWrite", "Special:Badtitle/CirrusSearch\\Job\\ElasticaWrite", [
                ("method", g.c(["sendData", "sendData", "sendDeletes"])), ("arguments", f"array({g.num(2, 3)})"), ("cluster", "default"),
                ("createdAt", int(epoch(L.t)) - g.num(1, 60)), ("errorCount", 0), ("retryCount", 0), ("namespace", -1), ("title", "Badtitle/CirrusSearch\\Job\\ElasticaWrite"),
                ("requestId", rid)]
        if x < 0.80:
            return "categoryMembershipChange", pre, [("pageId", g.num(100, 4800)), ("revTimestamp", ts14(L.t - dt.timedelta(seconds=g.num(5, 300)))),
                                                     ("namespace", ns), ("title", title), ("requestId", rid)]
        if x < 0.88:
            return "recentChangesUpdate", "Special:RecentChanges", [("type", "cacheUpdate"), ("namespace", -1), ("title", "RecentChanges"), ("requestId", rid)]
        if x < 0.95:
            return "enotifNotify", pre, [("editor", u), ("editorID", g.num(2, 90)), ("timestamp", ts14(L.t - dt.timedelta(seconds=g.num(5, 300)))),
                                         ("summary", g.c(["typo", "added buffer pH", "updated after meeting", "", "new lot number", "link to SOP"])),
                                         ("minorEdit", g.c(["", "1"])), ("oldid", g.num(20000, 60000)), ("watchers", f"array({g.num(1, 5)})"),
                                         ("pageStatus", "changed"), ("namespace", ns), ("title", title), ("requestId", rid)]
        f = g.c(FILES)
        return "ThumbnailRender", "File:" + f, [("transformParams", "array(1)"), ("namespace", 6), ("title", f), ("requestId", rid)]

    def line(typ, title, params, meta, tail):
        ps = " ".join(f"{k}={v}" for k, v in params)
        return f"{L.t:%Y-%m-%d %H:%M:%S} {typ} {title} {ps} ({meta}) {tail}"

    def php(lv, msg, ev):
        L.emit(f"PHP {lv}:  {msg}", ev, lv, None, None)

    def crash():
        rid = reqid()
        L.emit(f"[{rid}] [no req]   Wikimedia\\Rdbms\\DBQueryError: Error 1205: Lock wait timeout exceeded; try restarting transaction", "exc_head", None, None, None)
        L.emit("Function: MediaWiki\\Deferred\\LinksUpdate\\LinksUpdate::doUpdate", "exc_function", None, None, None)
        L.emit(f"Query: DELETE FROM `categorylinks` WHERE cl_from = {g.num(100, 4800)} AND cl_to IN ('Protocols')", "exc_query", None, None, None)
        L.emit("", "empty", None, None, None)
        L.emit("Backtrace:", "exc_backtrace", None, None, None)
        L.emit("from /var/www/wiki/includes/libs/rdbms/database/Database.php(1202)", "exc_from", None, None, None)
        frames = ["/var/www/wiki/includes/libs/rdbms/database/Database.php(1186): Wikimedia\\Rdbms\\Database->getQueryException(string, int, string, string)",
                  "/var/www/wiki/includes/libs/rdbms/database/Database.php(1160): Wikimedia\\Rdbms\\Database->getQueryExceptionAndLog(string, int, string, string)",
                  "/var/www/wiki/includes/libs/rdbms/database/Database.php(646): Wikimedia\\Rdbms\\Database->reportQueryError(string, int, string, string, bool)",
                  "/var/www/wiki/includes/libs/rdbms/database/Database.php(2215): Wikimedia\\Rdbms\\Database->query(Wikimedia\\Rdbms\\Query, string)",
                  "/var/www/wiki/includes/libs/rdbms/database/DBConnRef.php(127): Wikimedia\\Rdbms\\Database->delete(string, array, string)",
                  "/var/www/wiki/includes/deferred/LinksUpdate/LinksTable.php(394): Wikimedia\\Rdbms\\DBConnRef->__call(string, array)",
                  "/var/www/wiki/includes/deferred/LinksUpdate/LinksUpdate.php(212): MediaWiki\\Deferred\\LinksUpdate\\LinksTable->update()",
                  "/var/www/wiki/includes/deferred/LinksUpdate/LinksUpdate.php(180): MediaWiki\\Deferred\\LinksUpdate\\LinksUpdate->doIncrementalUpdate()",
                  "/var/www/wiki/includes/jobqueue/jobs/RefreshLinksJob.php(344): MediaWiki\\Deferred\\LinksUpdate\\LinksUpdate->doUpdate()",
                  "/var/www/wiki/includes/jobqueue/jobs/RefreshLinksJob.php(194): RefreshLinksJob->runForTitle(MediaWiki\\Title\\Title)",
                  "/var/www/wiki/includes/jobqueue/JobRunner.php(389): RefreshLinksJob->run()",
                  "/var/www/wiki/includes/jobqueue/JobRunner.php(207): JobRunner->executeJob(RefreshLinksJob)",
                  "/var/www/wiki/maintenance/runJobs.php(103): JobRunner->run(array)",
                  "/var/www/wiki/maintenance/includes/MaintenanceRunner.php(703): RunJobs->execute()",
                  "/var/www/wiki/maintenance/run.php(51): MediaWiki\\Maintenance\\MaintenanceRunner->run()"]
        for i, f in enumerate(frames):
            L.emit(f"#{i} {f}", "exc_frame", None, None, None)
        L.emit(f"#{len(frames)} {{main}}", "exc_frame_main", None, None, None)

    def run():
        if g.r.random() < 0.25:
            php("Deprecated", f"Creation of dynamic property MsUpload::${g.c(['uploadDir', 'config', 'flashVars'])} is deprecated in "
                "/var/www/wiki/extensions/MsUpload/includes/MsUpload.php on line 44", "php_dynamic_property")
        n = max(1, int(g.r.expovariate(1 / 6)))
        for _ in range(n):
            typ, title, params = make_job()
            st["id"] += g.num(1, 4)
            meta = f"id={st['id']},timestamp={ts14(L.t - dt.timedelta(seconds=g.num(2, 290)))}"
            ms_(L, 1, 40)
            L.emit(line(typ, title, params, meta, "STARTING"), typ + ":start")
            if g.r.random() < 0.02:
                php("Warning", f"Undefined array key \"{g.c(['thumbnail', 'width', 'mime'])}\" in /var/www/wiki/extensions/PageImages/includes/PageImages.php on line 214",
                    "php_undefined_key")
            if typ == "refreshLinks" and g.r.random() < 0.015:
                ms_(L, 15000, 30000)
                crash()
                return
            dur = g.num(3, 900) if typ != "ThumbnailRender" else g.num(200, 6000)
            ms_(L, dur, dur)
            if g.r.random() < 0.02:
                err = {"cirrusSearchElasticaWrite": "Elastica\\Exception\\Connection\\HttpException: Operation timed out",
                       "ThumbnailRender": "Error: thumbnail failed: Error creating thumbnail: convert-im6.q16: cache resources exhausted",
                       "enotifNotify": "Symfony\\Component\\Mailer\\Exception\\TransportException: Connection could not be established with host \"smtp.uni-example.de:587\""
                       }.get(typ, "Wikimedia\\Rdbms\\DBQueryError: Error 1213: Deadlock found when trying to get lock; try restarting transaction")
                L.emit(line(typ, title, params, meta, f"t={dur} error={err}"), typ + ":error")
            else:
                L.emit(line(typ, title, params, meta, f"t={dur} good"), typ + ":good")

    def between():
        L.t += dt.timedelta(seconds=300 * g.num(1, 6) + g.num(0, 3))

    while len(L.rows) < N_LINES:
        between()
        run()
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 3 ---------------------------------------------------------------- Mender 3.5 (the Go client, with mender-connect 2.2) on a Raspberry Pi 4 gateway of a fleet of building-automation
#   gateways (Yocto, hosted Mender, UpdatePollIntervalSeconds 300), `journalctl -u mender-client -u mender-connect -o short` collected by the support
#   script: logrus text lines ("time=\"2026-12-01T10:00:00Z\" level=info msg=\"State transition: ...\"") inside the journal's stamp, host and
#   program, systemd's lines for the two units; update checks, inventory updates, name resolution failures when the LTE uplink drops,
#   re-authorisation, remote-terminal sessions, one over-the-air update with its reboot
@checked
def log_mender(seed):
    L = Log("mender_client_journal", seed, "noyear", True, True)
    g = L.g
    HOST = "gw-0117"
    st = {"pid": {"mender": g.num(600, 700), "mender-connect": g.num(700, 800)}, "art": "edge-gw-2026.11.1", "part": 2, "down": 0}

    def m(lv, msg, extra=(), prog="mender", ev=None):
        ms_(L, 1, 30)
        parts = [f'time="{L.t:%Y-%m-%dT%H:%M:%S}Z"', f"level={lv}", f"msg={logrus_q(msg)}"] + [f"{k}={logrus_q(v)}" for k, v in sorted(extra)]
        L.emit(f"{jts(L.t)} {HOST} {prog}[{st['pid'][prog]}]: " + " ".join(parts), ev, lv, prog)

    def sd(msg, ev):
        ms_(L, 1, 30)
        L.emit(f"{jts(L.t)} {HOST} systemd[1]: {msg}", ev, None, "systemd")

    def trans(a, b):
        m("info", f"State transition: {a} -> {b}", ev="state_transition")

    def start_client():
        st["pid"]["mender"] = g.num(400, 3000)
        sd("Started Mender OTA update service.", "sd_started_mender")
        m("info", "Running Mender client version: 3.5.2", ev="client_version")
        m("info", "Loaded configuration file: /var/lib/mender/mender.conf", ev="loaded_config")
        m("info", "Loaded configuration file: /etc/mender/mender.conf", ev="loaded_config")
        m("info", f"Mender running on partition: /dev/mmcblk0p{st['part']}", ev="running_on_partition")
        m("info", "Local proxy started", ev="local_proxy_started")

    def start_connect():
        st["pid"]["mender-connect"] = g.num(400, 3000)
        sd("Started Mender Connect service.", "sd_started_connect")
        m("info", "Running mender-connect version 2.2.0", prog="mender-connect", ev="connect_version")
        m("info", "Loaded configuration file: /etc/mender/mender-connect.conf", prog="mender-connect", ev="connect_loaded_config")
        connect()

    def connect():
        m("info", "Connecting to the server: wss://hosted.mender.io/api/devices/v1/deviceconnect/connect", prog="mender-connect", ev="connect_connecting")
        m("info", "Connection established", prog="mender-connect", ev="connect_established")

    def check():
        trans("check-wait [Idle]", "update-check [Sync]")
        if st["down"]:
            st["down"] -= 1
            m("error", "Failure to check for update: transient error: failed to check update info on the server. Response: Get "
              "\"https://hosted.mender.io/api/devices/v1/deployments/device/deployments/next?artifact_name=" + st["art"] + "&device_type=raspberrypi4-64\": dial tcp: "
              "lookup hosted.mender.io on 127.0.0.53:53: server misbehaving", ev="update_check_failed")
            trans("update-check [Sync]", "check-wait [Idle]")
            if not st["down"]:
                connect()
            return
        trans("update-check [Sync]", "check-wait [Idle]")

    def inventory():
        trans("check-wait [Idle]", "inventory-update [Sync]")
        if g.r.random() < 0.3:
            m("warning", "Output (stderr) from command \"/usr/share/mender/inventory/mender-inventory-geo\": curl: (28) Operation timed out after "
              f"{g.num(3000, 5000)} milliseconds with 0 bytes received", ev="inventory_stderr")
        if st["down"]:
            m("error", "Failed to submit inventory: Put \"https://hosted.mender.io/api/devices/v1/inventory/device/attributes\": dial tcp: lookup "
              "hosted.mender.io on 127.0.0.53:53: server misbehaving", ev="inventory_failed")
        elif g.r.random() < 0.7:
            m("info", "Inventory data unchanged, not submitting", ev="inventory_unchanged")
        else:
            m("info", "Inventory update sent", ev="inventory_sent")
        trans("inventory-update [Sync]", "check-wait [Idle]")

    def outage():
        st["down"] = g.num(1, 6)
        m("warning", "Connection closed, reconnecting: websocket: close 1006 (abnormal closure): unexpected EOF", prog="mender-connect", ev="connect_closed")
        for _ in range(g.num(1, 3)):
            L.tick(20)
            m("error", "Failed to connect: dial tcp: lookup hosted.mender.io on 127.0.0.53:53: server misbehaving", prog="mender-connect", ev="connect_failed")

    def reauth():
        trans("check-wait [Idle]", "update-check [Sync]")
        m("info", "Device unauthorized; attempting reauthorization", ev="device_unauthorized")
        trans("update-check [Sync]", "authorize [Sync]")
        m("info", "successfully received new authorization data from server https://hosted.mender.io", ev="auth_received")
        trans("authorize [Sync]", "check-wait [Idle]")

    def shell():
        sid = g.uuid()
        uid = g.uuid()
        m("info", "Starting new shell session", [("session_id", sid), ("user_id", uid)], prog="mender-connect", ev="shell_start")
        L.tick(g.c([30, 120, 600]))
        m("info", "Shell session terminated", [("session_id", sid), ("status", g.c(["exited", "exited", "idle timeout"]))], prog="mender-connect", ev="shell_end")

    def update():
        new = f"edge-gw-2026.{g.num(11, 12)}.{g.num(2, 9)}"
        trans("check-wait [Idle]", "update-check [Sync]")
        m("info", f"Correct request for getting image from: https://s3.amazonaws.com/hosted-mender-artifacts/{g.hx(24)}/{g.uuid()}?X-Amz-Algorithm=AWS4-HMAC-SHA256"
          f"&X-Amz-Expires=86400 [name: {new}; devices: [raspberrypi4-64]]", ev="correct_request")
        trans("update-check [Sync]", "update-fetch [Download_Enter]")
        m("info", "Executing script: Download_Enter_00_check-space", ev="exec_script")
        trans("update-fetch [Download_Enter]", "update-store [Download_Enter]")
        nxt = 3 if st["part"] == 2 else 2
        m("info", f"Opening device \"/dev/mmcblk0p{nxt}\" for writing", ev="opening_device")
        m("info", f"Native sector size of block device /dev/mmcblk0p{nxt} is 512 bytes. Mender will write in chunks of 1048576 bytes", ev="sector_size")
        L.tick(600)
        sz = g.num(3000, 3900) * 1048576
        m("info", "All bytes were successfully written to the new partition", ev="all_bytes_written")
        fr = sz // 1048576
        m("info", f"The optimized block-device writer wrote a total of {fr} frames, where {g.num(fr // 5, fr // 2)} frames did need to be rewritten (i.e., skipped)",
          ev="optimized_writer")
        m("info", f"Wrote {sz}/{sz} bytes of update to device /dev/mmcblk0p{nxt}", ev="wrote_bytes")
        trans("update-store [Download_Enter]", "update-after-store [Download_Leave]")
        trans("update-after-store [Download_Leave]", "update-install [ArtifactInstall]")
        m("info", f"Enabling partition with new image installed to be a boot candidate: {nxt}", ev="enabling_partition")
        trans("update-install [ArtifactInstall]", "reboot [ArtifactReboot_Enter]")
        m("info", "Rebooting device(s)", ev="rebooting")
        sd("Stopping Mender Connect service...", "sd_stopping_connect")
        sd("mender-connect.service: Deactivated successfully.", "sd_deactivated")
        sd("Stopped Mender Connect service.", "sd_stopped_connect")
        sd("Stopping Mender OTA update service...", "sd_stopping_mender")
        sd("mender-client.service: Deactivated successfully.", "sd_deactivated")
        sd("Stopped Mender OTA update service.", "sd_stopped_mender")
        sd(f"mender-client.service: Consumed {g.f(20, 90)}s CPU time.", "sd_consumed")
        L.tick(70)
        st["part"] = nxt
        start_client()
        trans("init [none]", "after-reboot [ArtifactReboot_Leave]")
        trans("after-reboot [ArtifactReboot_Leave]", "update-commit [ArtifactCommit_Enter]")
        m("info", "Executing script: ArtifactCommit_Enter_50_migrate-config", ev="exec_script")
        trans("update-commit [ArtifactCommit_Enter]", "update-after-first-commit [ArtifactCommit_Enter]")
        trans("update-after-first-commit [ArtifactCommit_Enter]", "update-after-commit [ArtifactCommit_Leave]")
        trans("update-after-commit [ArtifactCommit_Leave]", "cleanup [none]")
        trans("cleanup [none]", "update-status-report [none]")
        trans("update-status-report [none]", "check-wait [Idle]")
        st["art"] = new
        start_connect()

    def restart():
        sd("Stopping Mender OTA update service...", "sd_stopping_mender")
        m("info", "Daemon terminated with SIGTERM", ev="daemon_sigterm")
        sd("mender-client.service: Deactivated successfully.", "sd_deactivated")
        sd("Stopped Mender OTA update service.", "sd_stopped_mender")
        L.tick(2)
        start_client()

    def cycle():
        L.t += dt.timedelta(seconds=300 + g.num(0, 4))
        check()

    start_client()
    start_connect()
    ev = [(60, cycle), (4, inventory), (0.6, outage), (0.5, reauth), (1.5, shell), (0.05, update), (0.12, restart)]
    fill(L, ev, N_LINES, 1)
    del L.rows[N_LINES:]
    return L


# 4 ---------------------------------------------------------------- Mojolicious 9.38 (Perl 5.36) serving the web shop of a small coffee roaster under hypnotoad behind nginx, with a
#   Minion worker for mails and invoices; log/production.log at level debug (MOJO_LOG_LEVEL=debug, kept so since a payment bug): Mojo::Log's
#   "[2026-12-01 10:00:00.12345] [12345] [debug] [a1b2c3d4] GET \"/shop/kaffee\"" with the request id in brackets on a request's lines; routing,
#   rendering and the response line of each request, the shop's own messages, Perl's "Can't call method ... on an undefined value", DBD::Pg
#   errors with PostgreSQL's DETAIL/HINT/CONTEXT lines under them, hypnotoad's workers, heartbeats and zero-downtime upgrades
@checked
def log_mojolicious(seed):
    L = Log("mojolicious_production_log", seed, "full", True, False)
    g = L.g
    ROUTES = [("GET", "/", "Roestwerk::Controller::Shop", "index", ["shop/index.html.ep"]),
              ("GET", "/shop/kaffee", "Roestwerk::Controller::Shop", "category", ["shop/category.html.ep"]),
              ("GET", "/shop/espresso", "Roestwerk::Controller::Shop", "category", ["shop/category.html.ep"]),
              ("GET", "/produkt/{slug}", "Roestwerk::Controller::Product", "show", ["product/show.html.ep", "product/_reviews.html.ep"]),
              ("POST", "/warenkorb/add", "Roestwerk::Controller::Cart", "add", []),
              ("GET", "/warenkorb", "Roestwerk::Controller::Cart", "show", ["cart/show.html.ep"]),
              ("GET", "/kasse", "Roestwerk::Controller::Checkout", "form", ["checkout/form.html.ep"]),
              ("POST", "/kasse", "Roestwerk::Controller::Checkout", "submit", []),
              ("GET", "/konto/bestellungen", "Roestwerk::Controller::Account", "orders", ["account/orders.html.ep"]),
              ("POST", "/api/payment/webhook", "Roestwerk::Controller::Payment", "webhook", [])]
    SLUGS = ["guatemala-huehuetenango", "aethiopien-yirgacheffe", "espresso-nr-7", "brasil-cerrado", "kenia-nyeri-aa", "entkoffeiniert-kolumbien", "peru-cajamarca"]
    st = {"pids": [], "mgr": g.num(1000, 2000), "order": g.num(31000, 32000)}

    def w(lv, msg, ev, rid=None, pid=None):
        ms_(L, 0, 4)
        t = L.t
        stamp = f"[{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 10:05d}] [{pid or g.c(st['pids'])}] [{lv}] "
        L.emit(stamp + (f"[{rid}] " if rid else "") + msg, ev, lv)

    def boot(upgrade=False):
        old = st["mgr"]
        st["mgr"] = g.num(1000, 30000)
        if upgrade:
            w("info", "Starting zero downtime software upgrade (180 seconds)", "upgrade_starting", pid=old)
        w("info", "Listening at \"http://127.0.0.1:8080\"", "listening", pid=st["mgr"])
        w("info", "Manager {} started".format(st["mgr"]), "manager_started", pid=st["mgr"])
        w("info", "Creating process id file \"/srv/roestwerk/script/hypnotoad.pid\"", "creating_pid_file", pid=st["mgr"])
        new = [st["mgr"] + i + 1 for i in range(4)]
        for p in new:
            w("info", f"Worker {p} started", "worker_started", pid=st["mgr"])
        if upgrade:
            w("info", f"Upgrade successful, stopping {old}", "upgrade_successful", pid=st["mgr"])
            for p in st["pids"]:
                w("info", f"Stopping worker {p} gracefully (60 seconds)", "stopping_gracefully", pid=old)
            for p in st["pids"]:
                L.tick(1)
                w("info", f"Worker {p} stopped", "worker_stopped", pid=old)
        st["pids"] = new

    def rid():
        return g.hx(8)

    def request():
        meth, path, ctrl, action, tpls = g.c(ROUTES)
        path = path.replace("{slug}", g.c(SLUGS))
        r = rid()
        pid = g.c(st["pids"])
        w("debug", f"{meth} \"{path}\"", "request", r, pid)
        w("debug", f"Routing to controller \"{ctrl}\" and action \"{action}\"", "routing_controller", r, pid)
        status = "200 OK"
        if action == "orders" and g.r.random() < 0.08:
            w("error", f"Can't call method \"total\" on an undefined value at /srv/roestwerk/lib/Roestwerk/Controller/Account.pm line {g.c([57, 61])}.",
              "cant_call_method", r, pid)
            w("debug", "Rendering template \"exception.production.html.ep\"", "rendering_template", r, pid)
            status = "500 Internal Server Error"
        elif action == "submit":
            x = g.r.random()
            if x < 0.06:
                w("error", "DBD::Pg::st execute failed: ERROR:  deadlock detected", "dbd_pg_failed", r, pid)
                p1, p2 = g.num(20000, 40000), g.num(20000, 40000)
                tx = g.num(900000, 990000)
                for text, ev in [(f"DETAIL:  Process {p1} waits for ShareLock on transaction {tx}; blocked by process {p2}.", "pg_detail"),
                                 (f"Process {p2} waits for ShareLock on transaction {tx + 1}; blocked by process {p1}.", "pg_detail_2"),
                                 ("HINT:  See server log for query details.", "pg_hint"),
                                 (f"CONTEXT:  while updating tuple ({g.num(0, 40)},{g.num(1, 90)}) in relation \"stock\" at "
                                  "/srv/roestwerk/lib/Roestwerk/Model/Stock.pm line 88.", "pg_context")]:
                    L.emit(text, ev, "error")
                w("debug", "Rendering template \"exception.production.html.ep\"", "rendering_template", r, pid)
                status = "500 Internal Server Error"
            elif x < 0.15:
                w("warn", f"Checkout rejected for cart {g.hx(12)}: {g.c(['Lieferadresse unvollstaendig', 'Artikel nicht mehr verfuegbar', 'Gutschein abgelaufen'])}",
                  "checkout_rejected", r, pid)
                w("debug", "Rendering template \"checkout/form.html.ep\"", "rendering_template", r, pid)
                status = "200 OK"
            else:
                st["order"] += 1
                n = g.num(1, 6)
                w("info", f"Order {st['order']} created for customer {g.num(100, 9000)} ({n} items, {g.num(9, 160)}.{g.num(0, 99):02d} EUR)", "order_created", r, pid)
                mp = g.num(30000, 40000)
                w("debug", "Process {} is performing job \"{}\" with task \"send_order_mail\"".format(mp, g.num(90000, 99999)), "minion_job", None, mp)
                status = "302 Found"
        elif action == "add":
            status = "302 Found"
        elif action == "webhook":
            if g.r.random() < 0.1:
                w("warn", f"Payment webhook with invalid signature from {g.ip('pub')}", "webhook_bad_signature", r, pid)
                status = "400 Bad Request"
            else:
                w("info", f"Payment {g.c(['pi_', 'tr_'])}{g.alnum(14)} for order {st['order'] - g.num(0, 30)}: {g.c(['succeeded', 'succeeded', 'failed', 'refunded'])}",
                  "payment_status", r, pid)
                w("debug", "Nothing has been rendered, expecting delayed response", "nothing_rendered", r, pid)
                status = "200 OK"
        elif action == "show" and "produkt" in path and g.r.random() < 0.05:
            w("debug", "Template \"product/show.html+json.ep\" not found", "template_not_found", r, pid)
            status = "404 Not Found"
            w("debug", "Rendering template \"not_found.production.html.ep\"", "rendering_template", r, pid)
        else:
            for t in tpls:
                if g.r.random() < 0.5:
                    w("debug", f"Rendering cached template \"{t}\"", "rendering_cached", r, pid)
                else:
                    w("debug", f"Rendering template \"{t}\"", "rendering_template", r, pid)
            if tpls:
                w("debug", "Rendering cached template \"layouts/default.html.ep\"", "rendering_cached", r, pid)
        secs = g.r.uniform(0.002, 0.4) if not status.startswith("500") else g.r.uniform(0.01, 1.2)
        w("debug", f"{status} ({secs:.6f}s, {1 / secs:.3f}/s)", "response", r, pid)

    def static_404():
        r = rid()
        pid = g.c(st["pids"])
        path = g.c(["/wp-login.php", "/.env", "/xmlrpc.php", "/admin/.git/config", "/phpmyadmin/"])
        w("debug", f"{g.c(['GET', 'GET', 'POST'])} \"{path}\"", "request", r, pid)
        w("debug", "Template \"not_found.production.html.ep\" not found", "template_not_found", r, pid)
        w("debug", "Rendering template \"mojo/not_found.html.ep\" from DATA section", "rendering_data", r, pid)
        w("debug", f"404 Not Found ({g.r.uniform(0.001, 0.01):.6f}s, {g.r.uniform(100, 900):.3f}/s)", "response", r, pid)

    def heartbeat():
        p = g.c(st["pids"])
        w("error", f"Worker {p} has no heartbeat (50 seconds), restarting", "no_heartbeat", pid=st["mgr"])
        w("info", f"Stopping worker {p} gracefully (60 seconds)", "stopping_gracefully", pid=st["mgr"])
        L.tick(60)
        if g.r.random() < 0.5:
            w("warn", f"Stopping worker {p} immediately", "stopping_immediately", pid=st["mgr"])
        w("info", f"Worker {p} stopped", "worker_stopped", pid=st["mgr"])
        n = g.num(30000, 60000)
        st["pids"] = [x for x in st["pids"] if x != p] + [n]
        w("info", f"Worker {n} started", "worker_started", pid=st["mgr"])

    def timeout():
        w("debug", "Inactivity timeout", "inactivity_timeout")

    def invoice():
        w("info", f"Invoice RE-2026-{g.num(10000, 19999)} generated for order {st['order'] - g.num(0, 20)} ({g.num(30, 90)} KB)", "invoice_generated",
          pid=g.num(30000, 40000))

    boot()
    fill(L, [(60, request), (6, static_404), (0.25, heartbeat), (2, timeout), (3, invoice), (0.06, lambda: boot(True))], N_LINES, 6)
    del L.rows[N_LINES:]
    return L


# 5 ---------------------------------------------------------------- NetBox 4.1 (Django 5.0, gunicorn, an RQ worker) as the source of truth of a regional ISP's network team, logging to
#   /var/log/netbox/netbox.log with the format "{asctime} {levelname:<8} {name} {message}": logins and logouts, object edits from the web UI,
#   the REST API writes of the nightly Ansible/LibreNMS sync, webhooks to the automation service through the RQ worker, housekeeping, Django's
#   "Not Found" and "Internal Server Error" with its traceback, DisallowedHost from scanners
@checked
def log_netbox(seed):
    L = Log("netbox_log", seed, "full", True, True)
    g = L.g
    DEVS = [f"{p}-{s}{n:02d}" for p, s, n in [("ber", "core", 1), ("ber", "core", 2), ("ham", "agg", 1), ("ham", "agg", 3), ("muc", "acc", 12), ("muc", "acc", 14),
                                               ("fra", "bng", 2), ("cgn", "acc", 7), ("lei", "olt", 4), ("dre", "olt", 1)]]
    IFS = ["xe-0/0/{}", "ge-0/0/{}", "et-0/0/{}", "ae{}", "Ethernet1/{}", "TenGigE0/0/0/{}"]
    USERS = ["jkrause", "mweber", "sbauer", "lfischer", "noc-ansible", "librenms-sync"]

    def w(lv, name, msg, ev):
        ms_(L, 0, 25)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} {lv:<8} {name} {msg}", ev, lv, name)

    def obj():
        x = g.r.random()
        if x < 0.45:
            return "interface", g.c(IFS).format(g.num(0, 47))
        if x < 0.75:
            return "IP address", f"{g.ip('10')}/{g.c([24, 30, 31, 32])}"
        if x < 0.85:
            return "device", g.c(DEVS)
        if x < 0.93:
            return "prefix", f"100.{g.num(64, 127)}.{g.num(0, 255)}.0/{g.c([22, 24])}"
        return "VLAN", f"{g.c(['cust', 'mgmt', 'voice', 'iptv'])}-{g.num(100, 3999)} ({g.num(100, 3999)})"

    def login():
        u = g.c(USERS[:4])
        if g.r.random() < 0.12:
            w("WARNING", "netbox.auth.login", f"Login form validation failed for username: {g.c([u, u, 'admin', 'root'])}", "login_failed")
        else:
            w("INFO", "netbox.auth.login", f"User {u} successfully authenticated", "login_ok")

    def logout():
        w("INFO", "netbox.auth.logout", f"User {g.c(USERS[:4])} has logged out", "logout")

    def ui_edit():
        m, o = obj()
        if g.r.random() < 0.1:
            w("DEBUG", "netbox.views.ObjectEditView", "Form validation failed", "form_failed")
            return
        w("DEBUG", "netbox.views.ObjectEditView", "Form validation was successful", "form_ok")
        w("INFO", "netbox.views.ObjectEditView", f"{g.c(['Created', 'Modified', 'Modified'])} {m} {o} (PK: {g.num(1, 99999)})", "object_saved")
        if g.r.random() < 0.5:
            webhook(m)

    def ui_delete():
        m, o = obj()
        w("INFO", "netbox.views.ObjectDeleteView", f"Deleting {m} {o} (PK: {g.num(1, 99999)})", "object_deleting")

    def bulk():
        m, _ = obj()
        m = {"interface": "interfaces", "IP address": "IP addresses", "device": "devices", "prefix": "prefixes", "VLAN": "VLANs"}[m]
        n = g.num(2, 60)
        if g.r.random() < 0.5:
            w("INFO", "netbox.views.BulkEditView", f"Updated {n} {m}", "bulk_updated")
        else:
            w("INFO", "netbox.views.BulkImportView", f"Imported {n} {m}", "bulk_imported")

    def api():
        m, o = obj()
        x = g.r.random()
        if x < 0.45:
            w("INFO", "netbox.api.views.ModelViewSet", f"Updating {m} {o} (PK: {g.num(1, 99999)})", "api_updating")
        elif x < 0.8:
            w("INFO", "netbox.api.views.ModelViewSet", f"Creating new {m}", "api_creating")
        elif x < 0.9:
            w("INFO", "netbox.api.views.ModelViewSet", f"Deleting {m} {o} (PK: {g.num(1, 99999)})", "api_deleting")
        else:
            path = g.c(["/api/ipam/ip-addresses/", "/api/dcim/interfaces/", "/api/dcim/cables/"])
            w("WARNING", "django.request", f"Bad Request: {path}", "bad_request")
            return
        if g.r.random() < 0.3:
            webhook(m)

    def webhook(m):
        jid = g.uuid()
        ev = g.c(["created", "updated", "updated", "deleted"])
        w("INFO", "rq.worker", f"default: extras.webhooks.send_webhook(data={{...}}, event_rule=<EventRule: automation-{m.replace(' ', '-').lower()}>, event_type='object_{ev}', "
          f"model_name='{m.replace(' ', '').lower()}', request_id=UUID('{g.uuid()}'), snapshots={{...}}, timestamp='{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}+00:00', "
          f"username='{g.c(USERS)}') ({jid})", "rq_job_start")
        w("INFO", "netbox.webhooks", f"Sending POST request to https://automation.netz.example/hooks/netbox ({m.replace(' ', '').lower()} {ev})", "webhook_sending")
        if g.r.random() < 0.06:
            w("ERROR", "rq.worker", f"[Job {jid}]: exception raised while executing (extras.webhooks.send_webhook)", "rq_job_exception")
            for text, e in py_tb([("/opt/netbox/venv/lib/python3.12/site-packages/rq/worker.py", 1431, "perform_job", "rv = job.perform()", None),
                                  ("/opt/netbox/venv/lib/python3.12/site-packages/rq/job.py", 1280, "perform", "self._result = self._execute()", None),
                                  ("/opt/netbox/netbox/extras/webhooks.py", 120, "send_webhook",
                                   "raise requests.exceptions.RequestException(", None)],
                                 "requests.exceptions.RequestException: Status 502 returned with content 'b'<html><body><h1>502 Bad Gateway</h1></body></html>\\n'', "
                                 "webhook FAILED to process."):
                L.emit(text, e, "ERROR", "rq.worker")
            return
        w("INFO", "netbox.webhooks", "Request succeeded; response status 200", "webhook_ok")
        w("INFO", "rq.worker", f"default: Job OK ({jid})", "rq_job_ok")
        w("INFO", "rq.worker", "Result is kept for 500 seconds", "rq_result_kept")

    def not_found():
        w("WARNING", "django.request", f"Not Found: {g.c(['/api/ipam/ip-addresses/', '/api/dcim/devices/', '/dcim/interfaces/'])}{g.num(1, 99999)}/", "not_found")

    def disallowed():
        ip = g.ip("pub")
        w("ERROR", "django.security.DisallowedHost", f"Invalid HTTP_HOST header: '{ip}'. You may need to add '{ip}' to ALLOWED_HOSTS.", "disallowed_host")

    def server_error():
        path = f"/dcim/devices/{g.num(1, 900)}/"
        w("ERROR", "django.request", f"Internal Server Error: {path}", "internal_error")
        fr = [("/opt/netbox/venv/lib/python3.12/site-packages/django/core/handlers/exception.py", 55, "inner", "response = get_response(request)", None),
              ("/opt/netbox/venv/lib/python3.12/site-packages/django/core/handlers/base.py", 197, "_get_response",
               "response = wrapped_callback(request, *callback_args, **callback_kwargs)",
               under("response = wrapped_callback(request, *callback_args, **callback_kwargs)", "wrapped_callback(request, *callback_args, **callback_kwargs)")),
              ("/opt/netbox/venv/lib/python3.12/site-packages/django/views/generic/base.py", 104, "view", "return self.dispatch(request, *args, **kwargs)",
               under("return self.dispatch(request, *args, **kwargs)", "self.dispatch(request, *args, **kwargs)")),
              ("/opt/netbox/netbox/netbox/views/generic/object_views.py", 96, "get", "'object': instance,", None),
              ("/opt/netbox/netbox/dcim/views.py", 2118, "get_extra_context", "vc_members = instance.virtual_chassis.members.restrict(", None)]
        exc = g.c(["AttributeError: 'NoneType' object has no attribute 'members'",
                   "django.db.utils.OperationalError: connection to server at \"db.netbox.internal\" (10.20.0.5), port 5432 failed: FATAL:  remaining connection slots "
                   "are reserved for roles with the SUPERUSER attribute"])
        for text, e in py_tb(fr, exc, carets=True):
            L.emit(text, e, "ERROR", "django.request")

    def housekeeping():
        w("INFO", "netbox.jobs.SystemHousekeepingJob", "Running housekeeping tasks", "hk_running")
        w("INFO", "netbox.jobs.SystemHousekeepingJob", "Clearing expired sessions...", "hk_sessions")
        w("INFO", "netbox.jobs.SystemHousekeepingJob", "Sessions cleared.", "hk_sessions_done")
        w("INFO", "netbox.jobs.SystemHousekeepingJob", "Deleting expired changelog records (older than 90 days)...", "hk_changelog")
        w("INFO", "netbox.jobs.SystemHousekeepingJob", f"Deleted {g.num(0, 9000)} expired records", "hk_changelog_done")
        w("INFO", "netbox.jobs.SystemHousekeepingJob", "Deleting expired jobs (older than 90 days)...", "hk_jobs")
        w("INFO", "netbox.jobs.SystemHousekeepingJob", f"Deleted {g.num(0, 300)} expired jobs", "hk_jobs_done")
        w("INFO", "netbox.jobs.SystemHousekeepingJob", "Checking for latest release...", "hk_release")
        w("INFO", "netbox.jobs.SystemHousekeepingJob", "Found new release: v4.1.8", "hk_release_found")
        w("INFO", "netbox.jobs.SystemHousekeepingJob", "Finished.", "hk_finished")

    def sync():
        dev = g.c(DEVS)
        w("INFO", "netbox.scripts.SyncFromLibreNMS", f"Syncing {dev} (LibreNMS device_id {g.num(10, 400)})", "sync_device")
        for _ in range(g.num(0, 6)):
            m, o = "interface", g.c(IFS).format(g.num(0, 47))
            w("INFO", "netbox.api.views.ModelViewSet", f"Updating {m} {o} (PK: {g.num(1, 99999)})", "api_updating")
        if g.r.random() < 0.2:
            w("WARNING", "netbox.scripts.SyncFromLibreNMS", f"Interface {g.c(IFS).format(g.num(0, 47))} of {dev} not found in NetBox, skipping", "sync_if_missing")
        w("INFO", "netbox.scripts.SyncFromLibreNMS", f"{dev}: {g.num(0, 12)} interfaces updated, {g.num(0, 3)} created", "sync_done")

    ev = [(5, login), (3, logout), (14, ui_edit), (2, ui_delete), (2, bulk), (34, api), (8, not_found), (2, disallowed), (0.5, server_error),
          (0.15, housekeeping), (9, sync)]
    fill(L, ev, N_LINES, 40)
    del L.rows[N_LINES:]
    return L


# 6 ---------------------------------------------------------------- Path of Exile (the Windows client, Steam) of a player in Manchester trading and running maps in the current
#   league, logs/Client.txt as it grows over a week of evenings: "2026/12/01 18:00:00 123456789 cff945b9 [INFO Client 12345] ..." (the client's
#   millisecond tick counter, a hex id of the source line, level, "Client" and the process id), "***** LOG FILE OPENING *****" at each start;
#   login and instance servers, generated areas with their tile and doodad hashes, areas entered, whispers and trade chat, players joining and
#   leaving, trades, level-ups and deaths, AFK mode, the odd abnormal disconnect
@checked
def log_poe(seed):
    L = Log("poe_client_txt", seed, "full", True, False)
    g = L.g
    CHAR = "HexbladeMancunian"
    TOWNS = ["Kingsmarch", "Lioneye's Watch", "The Forest Encampment", "Oriath"]
    HIDEOUT = "Celestial Hideout"
    MAPS = [("MapWorldsStrand", "Strand"), ("MapWorldsTower", "Tower"), ("MapWorldsCemetery", "Cemetery"), ("MapWorldsCityHall", "City Square"),
            ("MapWorldsDunes", "Dunes"), ("MapWorldsJungleValley", "Jungle Valley"), ("MapWorldsToxicSewer", "Toxic Sewer"), ("MapWorldsBurialChambers", "Burial Chambers")]
    BUYERS = ["xXSlayerXx", "Tenno_Rat", "PoisonIvyRF", "BoneDaddy_RIP", "GrandmaTrades", "LadyLuck_SSF", "ZanaMyWaifu", "KaomsHeart2026", "MrPresident_CI", "Hideout_Warrior"]
    ITEMS = [("Tabula Rasa Simple Robe", "5 divine"), ("Mageblood Heavy Belt", "180 divine"), ("Chaos Orb", "1 divine"), ("Headhunter Leather Belt", "52 divine"),
             ("Divine Orb", "210 chaos"), ("Awakened Spell Echo Support", "7 divine"), ("Cortex Relic Map", "40 chaos")]
    SRC = {}
    st = {"pid": g.num(4000, 30000), "tick": 0, "level": 91, "t0": L.t}

    def src(ev):
        if ev not in SRC:
            SRC[ev] = g.hx(8)
        return SRC[ev]

    def w(lv, msg, ev):
        ms_(L, 0, 200)
        tick = st["tick"] + int((L.t - st["t0"]).total_seconds() * 1000)
        L.emit(f"{L.t:%Y/%m/%d %H:%M:%S} {tick} {src(ev)} [{lv} Client {st['pid']}] {msg}", ev, lv)

    def opening():
        st["pid"] = g.num(4000, 30000)
        st["tick"] = g.num(20000000, 900000000)
        st["t0"] = L.t
        L.emit(f"{L.t:%Y/%m/%d %H:%M:%S} ***** LOG FILE OPENING *****", "log_file_opening")
        w("INFO", "[STARTUP] Loading Start", "startup_loading")
        w("INFO", "[ENGINE] Init", "engine_init")
        w("INFO", "Enumerated adapter: NVIDIA GeForce RTX 3070", "enumerated_adapter")
        w("INFO", "[VULKAN] Physical device: NVIDIA GeForce RTX 3070", "vulkan_device")
        w("INFO", "[VULKAN] Driver version: 566.14.0.0", "vulkan_driver")
        w("INFO", "[DOWNLOAD] Patch server: patch.pathofexile.com:12995", "patch_server")
        w("INFO", f"[STARTUP] Loading Finished in {g.f(6, 20, 1)}s", "startup_finished")
        w("INFO", "Async connecting to lon01.login.pathofexile.com:20481", "async_connecting")
        w("INFO", f"Connected to lon01.login.pathofexile.com in {g.num(20, 90)}ms.", "connected_login")
        instance(g.c(TOWNS[:1] + [HIDEOUT]))
        if g.r.random() < 0.8:
            w("DEBUG", "Joined guild named ManchesterExiles with 31 members ", "joined_guild")

    def instance(area, gen=None):
        w("DEBUG", "Got Instance Details from login server", "instance_details")
        w("INFO", f"Connecting to instance server at {g.c(['159.69.', '185.17.', '78.46.'])}{g.num(0, 255)}.{g.num(1, 254)}:6112", "connecting_instance")
        w("DEBUG", f"Connect time to instance server was {g.num(12, 80)}ms", "connect_time")
        if gen:
            w("DEBUG", f"Generating level {g.c([79, 81, 83])} area \"{gen}\" with seed {g.num(1, 4294967295)}", "generating_level")
            w("DEBUG", f"Tile hash: {g.num(1, 4294967295)}", "tile_hash")
            w("DEBUG", f"Doodad hash: {g.num(0, 4294967295)}", "doodad_hash")
        L.tick(4)
        w("INFO", f": You have entered {area}.", "entered_area")

    def run_map():
        code, name = g.c(MAPS)
        instance(name, code)
        for _ in range(g.num(0, 3)):
            L.tick(40)
            side = g.r.random()
            if side < 0.3:
                w("INFO", f"%{g.c(BUYERS)}: {g.c(['boss up', 'ty', 'portals?', 'gg', 'one sec', 'rip'])}", "party_chat")
            elif side < 0.45 and st["level"] < 100:
                st["level"] += 1
                w("INFO", f": {CHAR} (Necromancer) is now level {st['level']}", "level_up")
            elif side < 0.55:
                w("INFO", f": {CHAR} has been slain.", "slain")
            else:
                whisper()
        L.tick(120)
        instance(HIDEOUT)

    def whisper():
        b = g.c(BUYERS)
        item, price = g.c(ITEMS)
        guild = g.c(["", "", "<DRKNSS> ", "<RMT> "])
        w("INFO", f"@From {guild}{b}: Hi, I would like to buy your {item} listed for {price} in Settlers (stash tab \"~price {price}\"; position: left "
          f"{g.num(1, 12)}, top {g.num(1, 12)})", "whisper_from")
        return b

    def trade():
        b = whisper()
        if g.r.random() < 0.5:
            w("INFO", f"@To {b}: {g.c(['sure, inv', 'omw', 'sold, sorry', 'sec, in map', 'ty'])}", "whisper_to")
        if g.r.random() < 0.6:
            L.tick(20)
            w("INFO", f": {b} has joined the area.", "joined_area")
            L.tick(10)
            if g.r.random() < 0.85:
                w("INFO", ": Trade accepted.", "trade_accepted")
            else:
                w("INFO", ": Trade cancelled.", "trade_cancelled")
            w("INFO", f": {b} has left the area.", "left_area")
            if g.r.random() < 0.5:
                w("INFO", f"@From {b}: ty", "whisper_from")

    def trade_chat():
        w("INFO", f"${g.c(BUYERS)}: {g.c(['WTB Mageblood 170div', 'WTS 5-way carry, pst', 'LF Uber Uber Elder carry', 'selling Scarabs bulk 40/div', 'WTB Divine Orb 215c'])}",
          "trade_chat")

    def afk():
        w("INFO", ": AFK mode is now ON. Autoreply \"This player is AFK.\"", "afk_on")
        L.tick(600)
        w("INFO", ": AFK mode is now OFF.", "afk_off")

    def town():
        instance(g.c(TOWNS))
        L.tick(30)
        instance(HIDEOUT)

    def disconnect():
        w("WARN", "Abnormal disconnect: An unexpected disconnection occurred.", "abnormal_disconnect")
        L.tick(10)
        w("INFO", "Async connecting to lon01.login.pathofexile.com:20481", "async_connecting")
        w("INFO", f"Connected to lon01.login.pathofexile.com in {g.num(20, 90)}ms.", "connected_login")
        instance(HIDEOUT)

    def crash():
        w("CRIT", "[VULKAN] vkQueueSubmit failed: VK_ERROR_DEVICE_LOST", "vk_device_lost")

    def session():
        L.t = L.t.replace(hour=18, minute=g.num(0, 59), second=g.num(0, 59)) + dt.timedelta(days=1)
        opening()
        end = L.t + dt.timedelta(hours=g.r.uniform(2, 5))
        while L.t < end and len(L.rows) < N_LINES:
            L.tick(30)
            g.r.choices([run_map, trade, trade_chat, afk, town, disconnect, crash], [30, 14, 6, 1.5, 5, 0.6, 0.15])[0]()

    L.t -= dt.timedelta(days=1)
    while len(L.rows) < N_LINES:
        session()
    del L.rows[N_LINES:]
    return L


# 7 ---------------------------------------------------------------- Prokka 1.14.6 (bioconda) annotating the draft genomes of Klebsiella pneumoniae isolates of a hospital surveillance
#   study, a bash loop over the assemblies run under `nohup ... > annotate_all.log 2>&1`: Prokka's "[10:00:00] ..." lines (the time of day only),
#   the tool checks, aragorn's tRNAs and barrnap's rRNAs one per line, prodigal, the blast and hmmscan searches with their command lines, the
#   deleted temporary files, the output file list and the farewell; Perl's "Argument \"1.7.8\" isn't numeric" warning on stderr; the odd
#   isolate whose output folder already exists or whose tbl2asn run fails
@checked
def log_prokka(seed):
    L = Log("prokka_batch_log", seed, "tod", False, False)
    g = L.g
    P = "/opt/conda/envs/prokka/bin"
    TOOLS = [("aragorn", "001002", "ARAGORN v1.2.41 Dean Laslett"), ("barrnap", "000009", "barrnap 0.9"), ("blastp", "002014", "blastp: 2.14.1+"),
             ("cmpress", "001001", "# INFERNAL 1.1.5 (Sep 2023)"), ("cmscan", "001001", "# INFERNAL 1.1.5 (Sep 2023)"), ("egrep", None, None),
             ("find", None, None), ("grep", None, None), ("hmmpress", "003004", "# HMMER 3.4 (Aug 2023); http://hmmer.org/"),
             ("hmmscan", "003004", "# HMMER 3.4 (Aug 2023); http://hmmer.org/"), ("java", None, None), ("makeblastdb", "002014", "makeblastdb: 2.14.1+"),
             ("minced", "004002", "minced 0.4.2"), ("parallel", "20230722", "GNU parallel 20230722"), ("prodigal", "002006", "Prodigal V2.6.3: February, 2016"),
             ("prokka-genbank_to_fasta_db", None, None), ("sed", "004009", "sed (GNU sed) 4.9"), ("tbl2asn", "025007", "tbl2asn 25.7   arguments:")]
    AA = ["Ala", "Arg", "Asn", "Asp", "Cys", "Gln", "Glu", "Gly", "His", "Ile", "Leu", "Lys", "Met", "Phe", "Pro", "Ser", "Thr", "Trp", "Tyr", "Val", "fMet"]
    FAREWELL = ["Share and enjoy!", "Thank you, come again.", "Have a nice day.", "Enjoy!", "Happy genome annotation!"]
    st = {"n": g.num(200, 230)}

    def w(msg, ev):
        L.emit(f"[{L.t:%H:%M:%S}] {msg}", ev)

    def esc(p):
        return p.replace("/", "\\/").replace(".", "\\.")

    def isolate():
        st["n"] += g.num(1, 3)
        s = f"KP_{st['n']:04d}"
        out = f"annot/{s}"
        w("This is prokka 1.14.6", "this_is_prokka")
        w("Written by Torsten Seemann <torsten.seemann@gmail.com>", "written_by")
        w("Homepage is https://github.com/tseemann/prokka", "homepage")
        w(f"Local time is {ctime(L.t)}", "local_time")
        w("You are mlab", "you_are")
        w("Operating system is linux", "os")
        w("You have BioPerl 1.7.8", "bioperl")
        L.emit(f"Argument \"1.7.8\" isn't numeric in numeric lt (<) at {P}/prokka line 259.", "perl_not_numeric", None, None, None)
        w("System has 64 cores.", "system_cores")
        w("Will use maximum of 8 cores.", "max_cores")
        w("Annotating as >>> Bacteria <<<", "annotating_as")
        if g.r.random() < 0.04:
            w(f"Folder '{out}' already exists! Please change --outdir or use --force", "folder_exists")
            return
        w(f"Creating new output folder: {out}", "creating_folder")
        w(f"Running: mkdir -p {esc(out)}", "running")
        w(f"Using filename prefix: {s}.XXX", "filename_prefix")
        w("Setting HMMER_NCPU=1", "hmmer_ncpu")
        w(f"Writing log to: {out}/{s}.log", "writing_log")
        w(f"Command: {P}/prokka --cpus 8 --outdir {out} --prefix {s} --locustag {s.replace('_', '')} --genus Klebsiella --species pneumoniae --strain {s} "
          f"--usegenus --kingdom Bacteria assemblies/{s}.fasta", "command")
        w(f"Appending to PATH: {P}", "appending_path")
        for tool, ver, txt in TOOLS:
            loc = f"/usr/bin/{tool}" if tool in ("egrep", "find", "grep", "sed") else f"{P}/{tool}"
            w(f"Looking for '{tool}' - found {loc}", "looking_for")
            if ver:
                w(f"Determined {tool} version is {ver} from '{txt}'", "determined_version")
        w("Using genetic code table 11.", "genetic_code")
        w(f"Loading and checking input file: assemblies/{s}.fasta", "loading_input")
        ncont = g.num(40, 260)
        bp = g.num(5200000, 5900000)
        w(f"Wrote {ncont} contigs totalling {bp} bp.", "wrote_contigs")
        w("Predicting tRNAs and tmRNAs", "predicting_trnas")
        w(f"Running: aragorn -l -gc11  -w {esc(out)}\\/{s}\\.fna", "running")
        L.tick(2)
        nt = g.num(70, 88)
        for i in range(1, nt + 1):
            a = g.num(1, 400000)
            comp = g.c(["", "c"])
            aa = g.c(AA)
            w(f"{i} tRNA-{aa} {comp}[{a},{a + g.num(72, 92)}] {g.num(33, 38)} ({g.alnum(3, 'acgt')})", "trna")
        if g.r.random() < 0.9:
            a = g.num(1, 400000)
            w(f"{nt + 1} tmRNA c[{a},{a + 363}] 90,119 ANDENYALAA**", "tmrna")
        w(f"Found {nt + 1} tRNAs", "found_trnas")
        w("Predicting Ribosomal RNAs", "predicting_rrnas")
        w("Running Barrnap with 8 threads", "running_barrnap")
        L.tick(3)
        nr = g.c([8, 9, 10, 22, 24])
        for i in range(1, nr + 1):
            w(f"{i} contig_{g.num(1, ncont)} {g.num(100, 300000)} {g.c(['16S', '23S', '5S', '5S'])} ribosomal RNA", "rrna")
        w(f"Found {nr} rRNAs", "found_rrnas")
        w("Skipping ncRNA search, enable with --rfam if desired.", "skipping_ncrna")
        w(f"Total of {nt + 1 + nr} tRNA + rRNA features", "total_rna")
        w("Searching for CRISPR repeats", "searching_crispr")
        nc = g.c([0, 0, 0, 1, 2])
        for i in range(1, nc + 1):
            w(f"CRISPR{i} contig_{g.num(1, ncont)} {g.num(100, 300000)} with {g.num(4, 40)} spacers", "crispr")
        w(f"Found {nc} CRISPRs", "found_crisprs")
        w("Predicting coding sequences", "predicting_cds")
        w(f"Contigs total {bp} bp, so using single mode", "single_mode")
        w(f"Running: prodigal -i {esc(out)}\\/{s}\\.fna -c -m -g 11 -p single -f sco -q", "running")
        L.tick(14)
        for _ in range(g.num(0, 3)):
            a = g.num(100, 300000)
            w(f"Excluding CDS which overlaps existing RNA ({g.c(['tRNA', 'rRNA'])}) at contig_{g.num(1, ncont)}:{a}..{a + g.num(90, 900)} on {g.c(['+', '-'])} strand",
              "excluding_cds")
        ncds = g.num(5000, 5600)
        w(f"Found {ncds} CDS", "found_cds")
        w("Connecting features back to sequences", "connecting_features")
        w("Option --gram not specified, will NOT check for signal peptides.", "no_gram")
        w("Using custom Klebsiella database for annotation", "custom_genus_db")
        w("Annotating CDS, please be patient.", "annotating_cds")
        w("Will use 8 CPUs for similarity searching.", "will_use_cpus")
        left = ncds
        pid = g.num(10000, 60000)
        for db, kind in [("/opt/conda/envs/prokka/db/genus/Klebsiella", "blast"), ("/opt/conda/envs/prokka/db/kingdom/Bacteria/IS", "blast"),
                         ("/opt/conda/envs/prokka/db/kingdom/Bacteria/AMR", "blast"), ("/opt/conda/envs/prokka/db/kingdom/Bacteria/sprot", "blast"),
                         ("/opt/conda/envs/prokka/db/hmm/HAMAP.hmm", "hmmer3")]:
            w(f"There are still {left} unannotated CDS left (started with {ncds})", "still_unannotated")
            w(f"Will use {kind} to search against {db} with 8 CPUs", "will_search")
            tag = db.rsplit("/", 1)[1]
            tmp = f"{esc(out)}\\/{s}\\.{esc(tag)}\\.tmp\\.{pid}"
            if kind == "blast":
                w(f"Running: cat {tmp}\\.faa | parallel --gnu --plain -j 8 --block {g.num(20000, 90000)} --recstart '>' --pipe blastp -query - -db {db} "
                  f"-evalue 1e-{g.c(['09', '30'])} -qcov_hsp_perc {g.c([80, 90])} -num_threads 1 -num_descriptions 1 -num_alignments 1 -seg no > {tmp}\\.{kind} "
                  "2> /dev/null", "running")
            else:
                w(f"Running: cat {tmp}\\.faa | parallel --gnu --plain -j 8 --block {g.num(20000, 90000)} --recstart '>' --pipe hmmscan --noali --notextw --acc "
                  f"-E 1e-09 --cpu 1 {db} /dev/stdin > {tmp}\\.{kind} 2> /dev/null", "running")
            L.tick(60)
            for _ in range(g.num(0, 2)):
                a = g.num(100, 300000)
                w(f"Modify product: {g.c(['Uncharacterized protein', 'Putative lipoprotein', 'Probable transporter YbjN'])} => "
                  f"{g.c(['hypothetical protein', 'putative lipoprotein', 'putative transporter YbjN'])}", "modify_product")
            for ext in ("faa", kind):
                w(f"Deleting unwanted file: {out}/{s}.{tag}.tmp.{pid}.{ext}", "deleting_unwanted")
            left = int(left * g.r.uniform(0.3, 0.8))
        w(f"Labelling remaining {left} proteins as 'hypothetical protein'", "labelling_remaining")
        for _ in range(g.num(0, 3)):
            w(f"Possible /pseudo '{g.c(['IS5 family transposase IS903', 'Sensor histidine kinase RcsC', 'Outer membrane protein C'])}' at contig_{g.num(1, ncont)} "
              f"position {g.num(100, 300000)}", "possible_pseudo")
        w(f"Found {g.num(2600, 3100)} unique /gene codes.", "unique_gene_codes")
        for _ in range(g.num(1, 5)):
            gn = g.c(["fimA", "yeaB", "mdtA", "acrB", "ompC", "kdpD", "tnpA", "rcsC"])
            k = g.num(2, 5)
            w(f"Fixed {k} duplicate /gene - " + " ".join(f"{gn}_{i}" for i in range(1, k + 1)), "fixed_duplicate_gene")
        w(f"Fixed {g.num(20, 60)} colliding /gene names.", "fixed_colliding")
        w("Adding /locus_tag identifiers", "adding_locus_tag")
        w(f"Assigned {ncds + nt + 1 + nr} locus_tags to CDS and RNA features.", "assigned_locus_tags")
        w(f"Writing outputs to {out}/", "writing_outputs")
        L.tick(3)
        w("Generating annotation statistics file", "generating_stats")
        w("Generating Genbank and Sequin files", "generating_genbank")
        w(f"Running: tbl2asn -V b -a r10k -l paired-ends -M n -N 1 -y 'Annotated using prokka 1.14.6 from https://github.com/tseemann/prokka' -Z "
          f"{esc(out)}\\/{s}\\.err -i {esc(out)}\\/{s}\\.fsa 2> /dev/null", "running")
        L.tick(12)
        if g.r.random() < 0.04:
            w(f"Could not run command: tbl2asn -V b -a r10k -l paired-ends -M n -N 1 -y 'Annotated using prokka 1.14.6 from https://github.com/tseemann/prokka' -Z "
              f"{esc(out)}\\/{s}\\.err -i {esc(out)}\\/{s}\\.fsa 2> /dev/null", "could_not_run")
            return
        w("Repairing broken .GBK output that tbl2asn produces...", "repairing_gbk")
        w(f"Running: sed --in-place --expression='s/COORDINATES: profile/COORDINATES:profile/' {esc(out)}\\/{s}\\.gbf", "running")
        w(f"Running: mv {esc(out)}\\/{s}\\.gbf {esc(out)}\\/{s}\\.gbk", "running")
        w("Output files:", "output_files")
        for ext in ["err", "faa", "ffn", "fna", "fsa", "gbk", "gff", "log", "sqn", "tbl", "tsv", "txt"]:
            w(f"{out}/{s}.{ext}", "output_file")
        w("Annotation finished successfully.", "finished")
        mins = (L.t - st["start"]).total_seconds() / 60
        w(f"Walltime used: {mins:.2f} minutes", "walltime")
        w("If you use this result please cite the Prokka paper:", "cite")
        w("Seemann T (2014) Prokka: rapid prokaryotic genome annotation. Bioinformatics. 30(14):2068-9.", "citation")
        w("Type 'prokka --citation' for more details.", "type_citation")
        w(g.c(FAREWELL), "farewell")

    while len(L.rows) < N_LINES:
        L.tick(5)
        st["start"] = L.t
        isolate()
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 8 ---------------------------------------------------------------- Quarkus 3.15 (JVM mode, Java 21) running the order service of a furniture retailer's web shop on Kubernetes, with
#   Hibernate ORM/Panache on PostgreSQL, Flyway, SmallRye Reactive Messaging on Kafka and a REST client to the inventory service; `kubectl logs
#   --previous` and `kubectl logs` of one pod saved together by the on-call engineer: the ASCII-art banner, "2026-12-01 10:00:00,123 INFO
#   [io.quarkus] (main) ..." lines with the category shortened by %c{3.}, the HTTP access log, Kafka consumer-group rebalances, the outbox
#   publisher, duplicate-key errors with PostgreSQL's detail line, failed calls to the inventory service and blocked event-loop threads with
#   their Java stack traces
@checked
def log_quarkus(seed):
    L = Log("quarkus_kubectl_logs", seed, "full", True, True)
    g = L.g
    st = {"gen": g.num(30, 60), "order": g.num(400000, 420000)}
    CONS = "[Consumer clientId=kafka-consumer-orders-in, groupId=order-service]"

    def w(lv, cat, thread, msg, ev):
        ms_(L, 0, 15)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} {lv:<5} [{cat}] ({thread}) {msg}", ev, lv, cat)

    def more(rows, lv, cat):
        for text, ev in rows:
            L.emit(text, ev, lv, cat)

    def banner():
        for i, b in enumerate(["__  ____  __  _____   ___  __ ____  ______ ", " --/ __ \\/ / / / _ | / _ \\/ //_/ / / / __/ ",
                               " -/ /_/ / /_/ / __ |/ , _/ ,< / /_/ /\\ \\   ", "--\\___\\_\\____/_/ |_/_/|_/_/|_|\\____/___/   "]):
            L.emit(b, f"banner_{i}", None, None, None)

    def kafka_join():
        c = "org.apa.kaf.cli.con.int.ConsumerCoordinator"
        th = "smallrye-kafka-consumer-thread-0"
        st["gen"] += 1
        w("INFO", c, th, f"{CONS} Request joining group due to: {g.c(['group is already rebalancing', 'need to re-join with the given member-id: kafka-consumer-orders-in-' + g.uuid()])}",
          "kafka_request_joining")
        w("INFO", c, th, f"{CONS} (Re-)joining group", "kafka_rejoining")
        w("INFO", c, th, f"{CONS} Successfully joined group with generation Generation{{generationId={st['gen']}, memberId='kafka-consumer-orders-in-{g.uuid()}', "
          "protocol='range'}", "kafka_joined")
        parts = sorted(g.r.sample(range(6), g.c([2, 3, 6])))
        pl = ", ".join(f"orders-{p}" for p in parts)
        w("INFO", c, th, f"{CONS} Successfully synced group in generation Generation{{generationId={st['gen']}, memberId='kafka-consumer-orders-in-{g.uuid()}', "
          "protocol='range'}", "kafka_synced")
        w("INFO", c, th, f"{CONS} Notifying assignor about the new Assignment(partitions=[{pl}])", "kafka_notifying")
        w("INFO", c, th, f"{CONS} Adding newly assigned partitions: {pl}", "kafka_adding")
        for p in parts:
            w("INFO", c, th, f"{CONS} Setting offset for partition orders-{p} to the committed offset FetchPosition{{offset={g.num(100000, 999999)}, "
              f"offsetEpoch=Optional[{g.num(3, 9)}], currentLeader=LeaderAndEpoch{{leader=Optional[kafka-{g.num(0, 2)}.kafka-headless:9092 (id: {g.num(0, 2)} rack: null)], "
              f"epoch={g.num(3, 9)}}}}}", "kafka_setting_offset")

    def start():
        banner()
        w("INFO", "org.fly.cor.int.lic.VersionPrinter", "main", "Flyway Community Edition 10.17.3 by Redgate", "flyway_version")
        w("INFO", "org.fly.cor.int.dat.bas.BaseDatabaseType", "main", "Database: jdbc:postgresql://orders-db-rw:5432/orders (PostgreSQL 16.4)", "flyway_database")
        w("INFO", "org.fly.cor.int.com.DbMigrate", "main", "Current version of schema \"public\": 47", "flyway_current_version")
        w("INFO", "org.fly.cor.int.com.DbMigrate", "main", "Schema \"public\" is up to date. No migration necessary.", "flyway_up_to_date")
        w("INFO", "org.apa.kaf.com.uti.AppInfoParser", "main", "Kafka version: 3.7.1", "kafka_version")
        w("INFO", "org.apa.kaf.com.uti.AppInfoParser", "main", "Kafka commitId: e2494e6ffb89f828", "kafka_commit")
        w("INFO", "org.apa.kaf.com.uti.AppInfoParser", "main", f"Kafka startTimeMs: {int(epoch(L.t) * 1000)}", "kafka_start_ms")
        w("INFO", "io.sma.rea.mes.kafka", "main", "SRMSG18229: Configured topics for channel 'orders-in': [orders]", "srmsg_configured_topics")
        w("INFO", "io.sma.rea.mes.kafka", "smallrye-kafka-producer-thread-0", "SRMSG18258: Kafka producer kafka-producer-order-events, connected to Kafka brokers "
          "'kafka-0.kafka-headless:9092,kafka-1.kafka-headless:9092,kafka-2.kafka-headless:9092', is configured to write records to 'order-events'", "srmsg_producer")
        w("INFO", "io.sma.rea.mes.kafka", "smallrye-kafka-consumer-thread-0", "SRMSG18257: Kafka consumer kafka-consumer-orders-in, connected to Kafka brokers "
          "'kafka-0.kafka-headless:9092,kafka-1.kafka-headless:9092,kafka-2.kafka-headless:9092', belongs to the 'order-service' consumer group and is configured to "
          "poll records from [orders]", "srmsg_consumer")
        w("INFO", "io.quarkus", "main", f"order-service 2.14.{g.num(0, 9)} on JVM (powered by Quarkus 3.15.1) started in {g.f(2.5, 7.0)}s. Listening on: "
          "http://0.0.0.0:8080", "quarkus_started")
        w("INFO", "io.quarkus", "main", "Profile prod activated. ", "quarkus_profile")
        w("INFO", "io.quarkus", "main", "Installed features: [agroal, cdi, flyway, hibernate-orm, hibernate-orm-panache, jdbc-postgresql, kafka-client, micrometer, "
          "narayana-jta, rest, rest-client, rest-client-jackson, rest-jackson, scheduler, smallrye-context-propagation, smallrye-fault-tolerance, smallrye-health, "
          "smallrye-reactive-messaging, smallrye-reactive-messaging-kafka, vertx]", "quarkus_features")
        kafka_join()

    def ex_thread():
        return f"executor-thread-{g.num(1, 24)}"

    def access(method, path, status, size):
        w("INFO", "io.qua.htt.access-log", ex_thread(), f"{g.ip('10')} - - [{L.t:%d/%b/%Y:%H:%M:%S} +0000] \"{method} {path} HTTP/1.1\" {status} {size}", "access_log")

    def order():
        th = ex_thread()
        x = g.r.random()
        if x < 0.05:
            key = g.uuid()
            w("WARN", "org.hib.eng.jdb.spi.SqlExceptionHelper", th, "SQL Error: 0, SQLState: 23505", "sql_error_state")
            w("ERROR", "org.hib.eng.jdb.spi.SqlExceptionHelper", th, "ERROR: duplicate key value violates unique constraint \"uk_orders_idempotency_key\"", "sql_duplicate_key")
            L.emit(f"  Detail: Key (idempotency_key)=({key}) already exists.", "sql_detail", "ERROR", "org.hib.eng.jdb.spi.SqlExceptionHelper")
            w("WARN", "com.exa.ord.api.OrderResource", th, f"Duplicate order submission ignored (idempotency key {key})", "duplicate_ignored")
            access("POST", "/api/orders", 409, g.num(90, 140))
            return
        if x < 0.09:
            eid = f"{g.uuid()}-{g.num(1, 40)}"
            ip = f"10.43.{g.num(0, 255)}.{g.num(1, 254)}"
            w("ERROR", "io.qua.ver.htt.run.QuarkusErrorHandler", th, f"HTTP Request to /api/orders failed, error id: {eid}: jakarta.ws.rs.ProcessingException: "
              f"io.vertx.core.impl.NoStackTraceException: Connection refused: inventory/{ip}:8080", "http_request_failed")
            more(java_trace("jakarta.ws.rs.ProcessingException: io.vertx.core.impl.NoStackTraceException: Connection refused: inventory/" + ip + ":8080",
                            ["org.jboss.resteasy.reactive.client.impl.InvocationBuilderImpl.unwrap(InvocationBuilderImpl.java:223)",
                             "org.jboss.resteasy.reactive.client.impl.InvocationBuilderImpl.method(InvocationBuilderImpl.java:338)",
                             "io.quarkus.rest.client.reactive.runtime.RestClientBase$$QuarkusRestClientInterface.reserve(Unknown Source)",
                             "com.example.orders.client.InventoryClient$$CDIWrapper.reserve(Unknown Source)",
                             "com.example.orders.service.OrderService.place(OrderService.java:74)",
                             "com.example.orders.service.OrderService_Subclass.place$$superforward(Unknown Source)",
                             "io.quarkus.narayana.jta.runtime.interceptor.TransactionalInterceptorBase.invokeInOurTx(TransactionalInterceptorBase.java:136)",
                             "com.example.orders.api.OrderResource.create(OrderResource.java:52)",
                             "java.base/java.lang.Thread.run(Thread.java:1583)"],
                            ("io.vertx.core.impl.NoStackTraceException: Connection refused: inventory/" + ip + ":8080", [], 0))[1:-1], "ERROR",
                 "io.qua.ver.htt.run.QuarkusErrorHandler")
            access("POST", "/api/orders", 500, 0)
            return
        if x < 0.12:
            w("WARN", "com.exa.ord.cli.InventoryClient", th, f"Inventory service slow: {g.num(1500, 4800)} ms for reservation of {g.num(1, 8)} SKUs", "inventory_slow")
        st["order"] += 1
        w("INFO", "com.exa.ord.api.OrderResource", th, f"Order ORD-2026-{st['order']} created for customer {g.num(10000, 99999)} ({g.num(1, 9)} lines, total "
          f"{g.num(49, 4999)}.{g.c(['00', '90', '99', '50'])} EUR)", "order_created")
        access("POST", "/api/orders", 201, g.num(300, 900))

    def reads():
        x = g.r.random()
        if x < 0.7:
            access("GET", f"/api/orders/ORD-2026-{st['order'] - g.num(0, 5000)}", g.c([200, 200, 200, 404]), g.num(80, 2400))
        else:
            access("GET", f"/api/customers/{g.num(10000, 99999)}/orders?page={g.num(0, 4)}", 200, g.num(100, 9000))

    def payment():
        w("INFO", "com.exa.ord.mes.PaymentEventConsumer", f"vert.x-worker-thread-{g.num(0, 19)}",
          f"Payment {g.c(['confirmed', 'confirmed', 'confirmed', 'failed'])} for order ORD-2026-{st['order'] - g.num(0, 40)} (psp ref {g.alnum(16)})", "payment_event")

    def outbox():
        n = g.num(1, 30)
        w("INFO", "com.exa.ord.job.OutboxPublisher", f"vert.x-worker-thread-{g.num(0, 19)}", f"Published {n} outbox events to order-events in {g.num(3, 90)} ms",
          "outbox_published")

    def blocked():
        ms = g.num(2001, 6000)
        w("WARN", "io.ver.cor.imp.BlockedThreadChecker", "vertx-blocked-thread-checker", f"Thread Thread[vert.x-eventloop-thread-{g.num(0, 7)},5,main] has been "
          f"blocked for {ms} ms, time limit is 2000 ms: io.vertx.core.VertxException: Thread blocked", "thread_blocked")
        for f in ["java.base/sun.nio.ch.Net.poll(Native Method)", "java.base/sun.nio.ch.NioSocketImpl.park(NioSocketImpl.java:191)",
                  "java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:280)", "java.base/java.net.Socket$SocketInputStream.read(Socket.java:1099)",
                  "org.postgresql.core.VisibleBufferedInputStream.readMore(VisibleBufferedInputStream.java:161)",
                  "org.postgresql.core.PGStream.receiveChar(PGStream.java:467)", "org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2155)",
                  "io.agroal.pool.wrapper.PreparedStatementWrapper.executeQuery(PreparedStatementWrapper.java:78)",
                  "com.example.orders.health.DbReadinessCheck.call(DbReadinessCheck.java:31)"]:
            L.emit(f"\tat {f}", "java_at", "WARN", "io.ver.cor.imp.BlockedThreadChecker")

    def rebalance():
        c = "org.apa.kaf.cli.con.int.ConsumerCoordinator"
        w("INFO", c, "smallrye-kafka-consumer-thread-0", f"{CONS} Revoke previously assigned partitions orders-{g.num(0, 2)}, orders-{g.num(3, 5)}", "kafka_revoke")
        kafka_join()

    def agroal():
        w("WARN", "io.agr.pool", f"agroal-{g.num(1, 40)}", "Datasource '<default>': FATAL: terminating connection due to administrator command", "agroal_terminating")

    def restart():
        w("INFO", "io.quarkus", "Shutdown thread", f"order-service stopped in {g.f(0.05, 0.9)}s", "quarkus_stopped")
        L.tick(30)
        start()

    start()
    ev = [(30, order), (40, reads), (10, payment), (14, outbox), (0.5, blocked), (0.6, rebalance), (0.3, agroal), (0.06, restart)]
    fill(L, ev, N_LINES, 3)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 9 ---------------------------------------------------------------- RocksDB 8.11 (RocksJava) as the embedded store of a telemetry ingestion service of a wind-farm operator, the
#   database's own LOG file (/data/ingest/db/LOG, info level): "2026/12/01-10:00:00.123456 7f8c2a3fe6c0 [db/flush_job.cc:893] [default] [JOB 412]
#   ..." with the thread id and the source file and line, EVENT_LOG_v1 JSON records, the header and options dump at each open, memtable flushes,
#   level compactions, table file deletions, write stalls ("[WARN] ..."), and the statistics dump every ten minutes whose tables continue over many
#   lines without a prefix
@checked
def log_rocksdb(seed):
    L = Log("rocksdb_LOG", seed, "full", True, True)
    g = L.g
    DB = "/data/ingest/db"
    st = {"job": g.num(300, 400), "file": g.num(1200, 1300), "seq": g.num(90000000, 99000000), "l0": [], "lsm": [0, 5, 41, 268, 0, 0, 0],
          "next_stats": None, "up": 0.0, "start": L.t, "writes": 0}
    TH = {"main": "7f8c2a3fe6c0", "flush": "7f8c1f7fe6c0", "comp": ["7f8c1effd6c0", "7f8c1e7fc6c0", "7f8c1dffb6c0"], "stats": "7f8c1cff96c0"}

    def pre(th):
        ms_(L, 0, 3)
        return f"{L.t:%Y/%m/%d-%H:%M:%S}.{us6(L.t)} {th} "

    def w(th, src, msg, ev, lv=None):
        src_file = src.split(":")[0]
        L.emit(pre(th) + (f"[{lv}] " if lv else "") + f"[{src}] {msg}", ev, lv, src_file)

    def raw(th, msg, ev):
        L.emit(pre(th) + msg, ev)

    def event(th, d, ev):
        body = {"time_micros": int(epoch(L.t) * 1e6) + g.num(0, 999)}
        body.update(d)
        L.emit(pre(th) + "EVENT_LOG_v1 " + json.dumps(body), ev)

    def newfile():
        st["file"] += 1
        return st["file"]

    def open_db():
        th = TH["main"]
        raw(th, "RocksDB version: 8.11.4", "hdr_version")
        raw(th, "Git sha 3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d", "hdr_git_sha")
        raw(th, "Compile date 2024-04-19 09:32:10", "hdr_compile_date")
        raw(th, "DB SUMMARY", "hdr_db_summary")
        raw(th, f"DB Session ID:  {g.alnum(20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}", "hdr_session_id")
        raw(th, "CURRENT file:  CURRENT", "hdr_current")
        raw(th, "IDENTITY file:  IDENTITY", "hdr_identity")
        raw(th, f"MANIFEST file:  MANIFEST-{st['file'] - g.num(20, 60):06d} size: {g.num(20000, 200000)} Bytes", "hdr_manifest")
        nsst = sum(st["lsm"]) + len(st["l0"])
        raw(th, f"SST files in {DB} dir, Total Num: {nsst}, files: " + " ".join(f"{st['file'] - i:06d}.sst" for i in range(nsst, nsst - 5, -1)) + " ", "hdr_sst_files")
        raw(th, f"Write Ahead Log file in {DB}: {st['file']:06d}.log size: {g.num(100000, 60000000)} ; ", "hdr_wal")
        for k, v in [("error_if_exists", 0), ("create_if_missing", 1), ("paranoid_checks", 1), ("flush_verify_memtable_count", 1), ("track_and_verify_wals_in_manifest", 0),
                     ("verify_sst_unique_id_in_manifest", 1), ("env", "0x7f8c2a4c1e40"), ("fs", "PosixFileSystem"), ("info_log", "0x7f8c2a4de000"),
                     ("max_file_opening_threads", 16), ("statistics", "0x7f8c2a4d0e00"), ("use_fsync", 0), ("max_log_file_size", 0), ("max_manifest_file_size", 1073741824),
                     ("log_file_time_to_roll", 0), ("keep_log_file_num", 1000), ("recycle_log_file_num", 0), ("allow_fallocate", 1), ("allow_mmap_reads", 0),
                     ("allow_mmap_writes", 0), ("use_direct_reads", 0), ("use_direct_io_for_flush_and_compaction", 0), ("create_missing_column_families", 1),
                     ("db_log_dir", ""), ("wal_dir", ""), ("table_cache_numshardbits", 6), ("WAL_ttl_seconds", 0), ("WAL_size_limit_MB", 0),
                     ("max_write_batch_group_size_bytes", 1048576), ("manifest_preallocation_size", 4194304), ("is_fd_close_on_exec", 1),
                     ("advise_random_on_open", 1), ("db_write_buffer_size", 0), ("write_buffer_manager", "0x7f8c2a4d1b80"), ("stats_dump_period_sec", 600),
                     ("stats_persist_period_sec", 600), ("max_background_jobs", 6), ("max_background_compactions", -1), ("max_subcompactions", 1),
                     ("bytes_per_sync", 1048576), ("wal_bytes_per_sync", 0), ("delayed_write_rate ", 16777216), ("max_total_wal_size", 0),
                     ("compaction_readahead_size", 2097152)]:
            raw(th, f"{'Options.' + k:>48}: {v}", "opt_" + k.strip())
        raw(th, "Compression algorithms supported:", "hdr_compression")
        for c, v in [("kZSTD", 1), ("kXpressCompression", 0), ("kBZip2Compression", 1), ("kZSTDNotFinalCompression", 1), ("kLZ4Compression", 1),
                     ("kZlibCompression", 1), ("kLZ4HCCompression", 1), ("kSnappyCompression", 1)]:
            raw(th, f"\t{c} supported: {v}", "hdr_compression_row")
        raw(th, "Fast CRC32 supported: Supported on x86", "hdr_crc32")
        raw(th, "DMutex implementation: pthread_mutex_t", "hdr_dmutex")
        w(th, "db/version_set.cc:5931", f"Recovering from manifest file: {DB}/MANIFEST-{st['file'] - g.num(20, 60):06d}", "recovering_manifest")
        w(th, "db/column_family.cc:616", "--------------- Options for column family [default]:", "cf_options_head")
        for k, v in [("comparator", "leveldb.BytewiseComparator"), ("merge_operator", "None"), ("memtable_factory", "SkipListFactory"),
                     ("table_factory", "BlockBasedTable"), ("write_buffer_size", 67108864), ("max_write_buffer_number", 4), ("compression", "LZ4"),
                     ("bottommost_compression", "ZSTD"), ("num_levels", 7), ("level0_file_num_compaction_trigger", 4),
                     ("level0_slowdown_writes_trigger", 12), ("level0_stop_writes_trigger", 20), ("target_file_size_base", 67108864),
                     ("max_bytes_for_level_base", 268435456), ("level_compaction_dynamic_level_bytes", 1), ("ttl", 2592000)]:
            raw(th, f"{'Options.' + k:>48}: {v}", "cfopt_" + k)
        last = st["file"]
        w(th, "db/version_set.cc:5982", f"Recovered from manifest file:{DB}/MANIFEST-{st['file'] - 30:06d} succeeded,manifest_file_number is {st['file'] - 30}, "
          f"next_file_number is {last + 2}, last_sequence is {st['seq']}, log_number is {last},prev_log_number is 0,max_column_family is 0,"
          f"min_log_number_to_keep is {last}", "recovered_manifest")
        w(th, "db/version_set.cc:5997", f"Column family [default] (ID 0), log number is {last}", "cf_log_number")
        w(th, "db/db_impl/db_impl_open.cc:628", f"DB ID: {g.uuid()}", "db_id")
        event(th, {"job": 1, "event": "recovery_started", "wal_files": [last]}, "ev_recovery_started")
        w(th, "db/db_impl/db_impl_open.cc:1147", f"Recovering log #{last} mode 2", "recovering_log")
        f = newfile()
        event(th, {"cf_name": "default", "job": 1, "event": "table_file_creation", "file_number": f, "file_size": g.num(1000000, 60000000), "file_checksum": "",
                   "file_checksum_func_name": "Unknown", "smallest_seqno": st["seq"] - g.num(1000, 90000), "largest_seqno": st["seq"],
                   "table_properties": {"data_size": g.num(1000000, 60000000), "index_size": g.num(10000, 900000), "filter_size": g.num(10000, 900000),
                                        "num_entries": g.num(10000, 400000), "compression": "LZ4", "column_family_name": "default"}}, "ev_table_file_creation")
        st["l0"].append(f)
        w(th, "db/version_set.cc:5438", f"Creating manifest {newfile()}", "creating_manifest")
        event(th, {"job": 1, "event": "recovery_finished"}, "ev_recovery_finished")
        w(th, "db/db_impl/db_impl_open.cc:2113", f"SstFileManager instance 0x7f8c2a4d{g.hx(4)}", "sst_file_manager")
        w(th, "file/delete_scheduler.cc:77", f"Deleted file {DB}/{last:06d}.log immediately, rate_bytes_per_sec 0, total_trash_size 0 max_trash_db_ratio 0.250000",
          "deleted_file")
        w(th, "db/db_impl/db_impl_open.cc:2131", f"DB pointer 0x7f8c2a4e{g.hx(4)}", "db_pointer")
        st["start"] = L.t
        st["next_stats"] = L.t + dt.timedelta(seconds=600)

    def lsm():
        return "[" + ", ".join(str(x) for x in [len(st["l0"])] + st["lsm"][1:]) + "]"

    def files_str():
        return " ".join(str(x) for x in [len(st["l0"])] + st["lsm"][1:])

    def flush():
        th = TH["flush"]
        st["job"] += 1
        j = st["job"]
        log = newfile()
        w(TH["main"], "db/db_impl/db_impl_write.cc:2181", f"[default] New memtable created with log file: #{log}. Immutable memtables: 0.", "new_memtable")
        w(th, "db/db_impl/db_impl_compaction_flush.cc:3237", f"Calling FlushMemTableToOutputFile with column family [default], flush slots available 2, compaction "
          f"slots available 4, flush slots scheduled 1, compaction slots scheduled {g.num(0, 2)}", "calling_flush")
        w(th, "db/flush_job.cc:893", f"[default] [JOB {j}] Flushing memtable with next log file: {log}", "flushing_memtable")
        n = g.num(300000, 480000)
        st["seq"] += n
        event(th, {"job": j, "event": "flush_started", "num_memtables": 1, "num_entries": n, "num_deletes": 0, "total_data_size": g.num(60000000, 66000000),
                   "memory_usage": g.num(66000000, 67100000), "flush_reason": g.c(["Write Buffer Full", "Write Buffer Full", "Write Buffer Manager"])}, "ev_flush_started")
        f = newfile()
        w(th, "db/flush_job.cc:922", f"[default] [JOB {j}] Level-0 flush table #{f}: started", "l0_flush_started")
        size = g.num(18000000, 26000000)
        event(th, {"cf_name": "default", "job": j, "event": "table_file_creation", "file_number": f, "file_size": size, "file_checksum": "",
                   "file_checksum_func_name": "Unknown", "smallest_seqno": st["seq"] - n, "largest_seqno": st["seq"],
                   "table_properties": {"data_size": size - g.num(200000, 900000), "index_size": g.num(200000, 600000), "filter_size": g.num(100000, 300000),
                                        "num_entries": n, "compression": "LZ4", "column_family_name": "default"}}, "ev_table_file_creation")
        ms_(L, 200, 900)
        w(th, "db/flush_job.cc:1053", f"[default] [JOB {j}] Level-0 flush table #{f}: {size} bytes OK", "l0_flush_ok")
        w(th, "db/memtable_list.cc:522", f"[default] Level-0 commit table #{f} started", "l0_commit_started")
        w(th, "db/memtable_list.cc:722", f"[default] Level-0 commit table #{f}: memtable #1 done", "l0_commit_done")
        st["l0"].append(f)
        event(th, {"job": j, "event": "flush_finished", "output_compression": "LZ4", "lsm_state": [len(st["l0"])] + st["lsm"][1:], "immutable_memtables": 0},
              "ev_flush_finished")
        w(th, "db/db_impl/db_impl_compaction_flush.cc:342", f"[default] Level summary: files[{files_str()}] max score {g.f(0.5, 1.2, 2)}", "level_summary")
        if len(st["l0"]) >= 12:
            w(TH["main"], "db/column_family.cc:991", f"[default] Stalling writes because we have {len(st['l0'])} level-0 files rate {g.num(8000000, 16777216)}",
              "stalling_writes", "WARN")
        elif len(st["l0"]) >= 8 and g.r.random() < 0.5:
            w(TH["main"], "db/column_family.cc:1087", f"[default] Increasing compaction threads because we have {len(st['l0'])} level-0 files ", "increasing_threads")

    def compact():
        if len(st["l0"]) < 4:
            return flush()
        th = g.c(TH["comp"])
        st["job"] += 1
        j = st["job"]
        inp = list(st["l0"])
        n1 = g.num(3, 6)
        w(th, "db/compaction/compaction_job.cc:2079", f"[default] [JOB {j}] Compacting {len(inp)}@0 + {n1}@1 files to L1, score {g.f(1.0, 1.6, 2)}",
          "compacting")
        ids1 = [st["file"] - g.num(60, 200) for _ in range(n1)]
        w(th, "db/compaction/compaction_job.cc:2085", "[default]: Compaction start summary: Base version " + str(j - 1) + " Base level 0, inputs: ["
          + " ".join(f"{x}({g.num(18, 26)}MB)" for x in inp) + "], [" + " ".join(f"{x}({g.num(20, 64)}MB)" for x in ids1) + "]", "compaction_start_summary")
        event(th, {"job": j, "event": "compaction_started", "compaction_reason": "LevelL0FilesNum", "files_L0": inp, "files_L1": ids1, "score": 1,
                   "input_data_size": g.num(200000000, 600000000), "oldest_snapshot_seqno": -1}, "ev_compaction_started")
        outs = []
        for _ in range(g.num(3, 7)):
            ms_(L, 800, 6000)
            f = newfile()
            outs.append(f)
            keys = g.num(300000, 700000)
            w(th, "db/compaction/compaction_job.cc:1651", f"[default] [JOB {j}] Generated table #{f}: {keys} keys, {g.num(40000000, 67108864)} bytes", "generated_table")
            event(th, {"cf_name": "default", "job": j, "event": "table_file_creation", "file_number": f, "file_size": g.num(40000000, 67108864), "file_checksum": "",
                       "file_checksum_func_name": "Unknown", "smallest_seqno": st["seq"] - g.num(100000, 9000000), "largest_seqno": st["seq"] - g.num(0, 90000),
                       "table_properties": {"data_size": g.num(40000000, 66000000), "index_size": g.num(600000, 1200000), "filter_size": g.num(300000, 800000),
                                            "num_entries": keys, "compression": "LZ4", "column_family_name": "default"}}, "ev_table_file_creation")
        st["l0"] = []
        st["lsm"][1] = len(outs)
        total = g.num(200000000, 450000000)
        w(th, "db/compaction/compaction_job.cc:1703", f"[default] [JOB {j}] Compacted {len(inp)}@0 + {n1}@1 files to L1 => {total} bytes", "compacted")
        w(th, "db/compaction/compaction_job.cc:867", f"[default] compacted to: files[{files_str()}] max score {g.f(0.6, 1.0, 2)}, MB/sec: {g.f(150, 300, 1)} rd, "
          f"{g.f(150, 300, 1)} wr, level 1, files in({len(inp)}, {n1}) out({len(outs)} +0 blob) MB in({g.f(70, 130, 1)}, {g.f(150, 380, 1)} +0.0 blob) "
          f"out({g.f(200, 430, 1)} +0.0 blob), read-write-amplify({g.f(5, 9, 1)}) write-amplify({g.f(2, 4.5, 1)}) OK, records in: {g.num(1500000, 3000000)}, records "
          f"dropped: {g.num(0, 90000)} output_compression: LZ4", "compacted_to")
        event(th, {"job": j, "event": "compaction_finished", "compaction_time_micros": g.num(1000000, 4000000), "compaction_time_cpu_micros": g.num(900000, 3800000),
                   "output_level": 1, "num_output_files": len(outs), "total_output_size": total, "num_input_records": g.num(1500000, 3000000),
                   "num_output_records": g.num(1500000, 3000000), "num_subcompactions": 1, "output_compression": "LZ4", "num_single_delete_mismatches": 0,
                   "num_single_delete_fallthrough": 0, "lsm_state": [0] + st["lsm"][1:]}, "ev_compaction_finished")
        for x in inp + ids1:
            event(th, {"job": j, "event": "table_file_deletion", "file_number": x}, "ev_table_file_deletion")
        if g.r.random() < 0.15:
            deeper(th)

    def deeper(th):
        st["job"] += 1
        j = st["job"]
        lv = g.num(1, 2)
        w(th, "db/compaction/compaction_job.cc:2079", f"[default] [JOB {j}] Compacting 1@{lv} + {g.num(3, 9)}@{lv + 1} files to L{lv + 1}, score {g.f(1.0, 1.3, 2)}",
          "compacting")
        ms_(L, 3000, 20000)
        w(th, "db/compaction/compaction_job.cc:1703", f"[default] [JOB {j}] Compacted 1@{lv} + {g.num(3, 9)}@{lv + 1} files to L{lv + 1} => {g.num(300000000, 900000000)} bytes",
          "compacted")

    def stats():
        th = TH["stats"]
        up = (L.t - st["start"]).total_seconds()
        w(th, "db/db_impl/db_impl.cc:1139", "------- DUMPING STATS -------", "dumping_stats")
        w(th, "db/db_impl/db_impl.cc:1141", "", "stats_prefix")
        src = "db/db_impl/db_impl.cc"

        def s(text, ev):
            L.emit(text, ev, None, src)
        s("** DB Stats **", "st_db_stats")
        s(f"Uptime(secs): {up:.1f} total, 600.0 interval", "st_uptime")
        wr = g.num(5, 40)
        s(f"Cumulative writes: {wr}M writes, {wr}M keys, {wr - 1}M commit groups, 1.1 writes per commit group, ingest: {g.f(2, 20, 2)} GB, {g.f(4, 12, 2)} MB/s",
          "st_cum_writes")
        s(f"Cumulative WAL: {wr}M writes, 0 syncs, {g.num(1000000, 40000000)}.00 writes per sync, written: {g.f(2, 20, 2)} GB, {g.f(4, 12, 2)} MB/s", "st_cum_wal")
        s(f"Cumulative stall: 00:00:{g.f(0, 9, 3)} H:M:S, {g.f(0, 1.5, 1)} percent", "st_cum_stall")
        s(f"Interval writes: {g.num(100, 999)}K writes, {g.num(100, 999)}K keys, {g.num(100, 999)}K commit groups, 1.1 writes per commit group, ingest: "
          f"{g.f(100, 900, 2)} MB, {g.f(4, 12, 2)} MB/s", "st_int_writes")
        s(f"Interval WAL: {g.num(100, 999)}K writes, 0 syncs, {g.num(100000, 999999)}.00 writes per sync, written: {g.f(0.1, 0.9, 2)} GB, {g.f(4, 12, 2)} MB/s",
          "st_int_wal")
        s(f"Interval stall: 00:00:{g.f(0, 3, 3)} H:M:S, {g.f(0, 0.8, 1)} percent", "st_int_stall")
        s("Write Stall (count): write-buffer-manager-limit-stops: 0", "st_wbm_stall")
        s("", "empty")
        s("** Compaction Stats [default] **", "st_cstats_head")
        s("Level    Files   Size     Score Read(GB)  Rn(GB) Rnp1(GB) Write(GB) Wnew(GB) Moved(GB) W-Amp Rd(MB/s) Wr(MB/s) Comp(sec) CompMergeCPU(sec) Comp(cnt) "
          "Avg(sec) KeyIn KeyDrop Rblob(GB) Wblob(GB)", "st_level_header")
        rule = "-" * 196
        s(rule, "st_rule")

        def row(name, files, size, unit):
            return (f"{name:>4} {files:>6}/0 {size:>7.2f} {unit:>2} {g.f(0, 1.2, 1):>5} {g.f(0, 30, 1):>8} {g.f(0, 10, 1):>7} {g.f(0, 20, 1):>8} {g.f(0, 40, 1):>9} "
                    f"{g.f(0, 20, 1):>8} {g.f(0, 2, 1):>9} {g.f(1, 9, 1):>5} {g.f(0, 250, 1):>8} {g.f(0, 250, 1):>8} {g.f(0, 400, 2):>9} {g.f(0, 380, 2):>17} "
                    f"{g.num(0, 400):>9} {g.f(0, 2, 3):>8} {g.num(0, 99)}M {g.num(0, 999)}K {0.0:>9.1f} {0.0:>9.1f}")
        sizes = [(f"L{i}", n, g.r.uniform(10, 999), "MB" if i < 2 else "GB") for i, n in enumerate([len(st["l0"])] + st["lsm"][1:]) if n or i < 4]
        for name, n, sz, unit in sizes:
            s(row(" " + name, n, sz, unit), "st_level_row")
        s(row("Sum", sum(st["lsm"]) + len(st["l0"]), g.r.uniform(15, 22), "GB"), "st_level_row")
        s(row("Int", 0, 0.0, "KB"), "st_level_row")
        s("", "empty")
        s("** Compaction Stats [default] **", "st_cstats_head")
        s("Priority    Files   Size     Score Read(GB)  Rn(GB) Rnp1(GB) Write(GB) Wnew(GB) Moved(GB) W-Amp Rd(MB/s) Wr(MB/s) Comp(sec) CompMergeCPU(sec) Comp(cnt) "
          "Avg(sec) KeyIn KeyDrop Rblob(GB) Wblob(GB)", "st_priority_header")
        s(rule, "st_rule")
        s(row(" Low", 0, 0.0, "KB"), "st_level_row")
        s(row("High", 0, 0.0, "KB"), "st_level_row")
        s("", "empty")
        s("Blob file count: 0, total size: 0.0 GB, garbage size: 0.0 GB, space amp: 0.0", "st_blob")
        s("", "empty")
        s(f"Uptime(secs): {up:.1f} total, 600.0 interval", "st_uptime")
        s(f"Flush(GB): cumulative {g.f(1, 20, 3)}, interval {g.f(0.1, 1.5, 3)}", "st_flush")
        s("AddFile(GB): cumulative 0.000, interval 0.000", "st_addfile_gb")
        s("AddFile(Total Files): cumulative 0, interval 0", "st_addfile_total")
        s("AddFile(L0 Files): cumulative 0, interval 0", "st_addfile_l0")
        s("AddFile(Keys): cumulative 0, interval 0", "st_addfile_keys")
        s(f"Cumulative compaction: {g.f(2, 60, 2)} GB write, {g.f(10, 40, 2)} MB/s write, {g.f(2, 60, 2)} GB read, {g.f(10, 40, 2)} MB/s read, {g.f(10, 900, 1)} seconds",
          "st_cum_compaction")
        s(f"Interval compaction: {g.f(0.5, 6, 2)} GB write, {g.f(1, 20, 2)} MB/s write, {g.f(0.5, 6, 2)} GB read, {g.f(1, 20, 2)} MB/s read, {g.f(1, 90, 1)} seconds",
          "st_int_compaction")
        s(f"Estimated pending compaction bytes: {g.c([0, 0, g.num(1000000, 900000000)])}", "st_pending")
        s(f"Write Stall (count): cf-l0-file-count-limit-delays-with-ongoing-compaction: 0, cf-l0-file-count-limit-stops-with-ongoing-compaction: 0, "
          f"l0-file-count-limit-delays: {g.num(0, 3)}, l0-file-count-limit-stops: 0, memtable-limit-delays: 0, memtable-limit-stops: 0, pending-compaction-bytes-delays: 0, "
          "pending-compaction-bytes-stops: 0, total-delays: 0, total-stops: 0", "st_cf_stall")
        s(f"Block cache LRUCache@0x7f8c2a4d0010#{g.num(1000, 99999)} capacity: 512.00 MB seed: 1284710223 usage: {g.f(200, 511, 2)} MB table_size: 8192 occupancy: "
          f"{g.num(2000, 8000)} collections: {int(up // 600) + 1} last_copies: 0 last_secs: {g.f(0, 0.001, 6)} secs_since: {g.num(0, 600)}", "st_block_cache")
        s(f"Block cache entry stats(count,size,portion): DataBlock({g.num(2000, 6000)},{g.f(200, 480, 2)} MB,{g.f(40, 90, 4)}%) FilterBlock({g.num(200, 400)},"
          f"{g.f(5, 15, 2)} MB,{g.f(1, 3, 4)}%) IndexBlock({g.num(200, 400)},{g.f(2, 6, 2)} MB,{g.f(0.4, 1.2, 4)}%) Misc(1,0.00 KB,0%)", "st_block_cache_entries")
        s("", "empty")
        s("** File Read Latency Histogram By Level [default] **", "st_histogram_head")
        st["next_stats"] = L.t + dt.timedelta(seconds=600)

    def step():
        if L.t >= st["next_stats"]:
            return stats()
        if g.r.random() < 0.002:
            w(TH["main"], "db/db_impl/db_impl.cc:497", "Shutdown: canceling all background work", "shutdown_canceling")
            w(TH["main"], "db/db_impl/db_impl.cc:704", "Shutdown complete", "shutdown_complete")
            L.tick(40)
            return open_db()
        if g.r.random() < 0.004:
            w(g.c(TH["comp"]), "db/db_impl/db_impl_compaction_flush.cc:3389", f"Waiting after background compaction error: IO error: No space left on device: While "
              f"appending to file: {DB}/{st['file'] + 1:06d}.sst: No space left on device, Accumulated background error counts: {g.num(1, 3)}",
              "bg_compaction_error", "ERROR")
            return
        if len(st["l0"]) >= 4 and g.r.random() < 0.3:
            compact()
        else:
            flush()

    open_db()
    fill(L, [(1, step)], N_LINES, 30)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 10 --------------------------------------------------------------- SendGrid's Event Webhook (Twilio SendGrid) posting the events of an online ticket shop's transactional and newsletter
#   mail to a small receiver that appends each event of each batch as one JSON line (sendgrid-events.ndjson): processed, deferred, delivered,
#   open, click, bounce (and blocked), dropped, spamreport and group_unsubscribe events with their own keys, the Unix "timestamp" of the event,
#   in the order the batches arrived (not in time order); the shop's custom arguments ("order_id", "env") and categories on every event
@checked
def log_sendgrid(seed):
    L = Log("sendgrid_events_ndjson", seed, "full", False, False)
    g = L.g
    DOMAINS = ["gmail.com", "gmx.de", "web.de", "outlook.com", "t-online.de", "yahoo.com", "icloud.com", "posteo.de", "example.org"]
    UAS = ["Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)",
           "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
           "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
           "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)"]
    events = []
    st = {"order": g.num(700000, 710000)}

    def sg_id():
        return g.alnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") + "=="

    def message(t):
        st["order"] += 1
        user = g.c(["anna", "ben", "clara", "david", "emma", "felix", "lena", "max", "paul", "sophie", "tim", "julia"]) + g.c(["", ".", "_"]) + \
            g.c(["mueller", "schmidt", "k", "1987", str(g.num(1, 99)), "weber"])
        email = f"{user}@{g.c(DOMAINS)}"
        news = g.r.random() < 0.35
        cat = ["newsletter", "december-2026"] if news else [g.c(["order-confirmation", "order-confirmation", "e-ticket", "password-reset", "refund"])]
        mid = f"{g.alnum(22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')}.recvd-{g.alnum(10)}-{g.num(1, 9)}-{g.hx(8).upper()}-{g.num(1, 40)}.0"
        smtp = f"<{g.alnum(22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')}@geopod-ismtpd-{g.num(1, 30)}>"
        base = {"email": email}
        custom = {"order_id": "" if news else str(st["order"]), "env": "prod"}
        ip = f"149.72.{g.num(0, 255)}.{g.num(1, 254)}"

        def add(t, ev, d):
            body = dict(base)
            body.update({"event": ev})
            body.update(d)
            body.update({"sg_event_id": sg_id(), "sg_message_id": mid, "timestamp": int(epoch(t))})
            body.update(custom)
            body["category"] = cat
            events.append((t + dt.timedelta(seconds=g.r.uniform(1, 40)), t, json.dumps(body, ensure_ascii=False), ev))

        add(t, "processed", {"smtp-id": smtp, "send_at": 0})
        x = g.r.random()
        t2 = t + dt.timedelta(seconds=g.r.uniform(0.5, 8))
        if "example.org" in email or x < 0.03:
            add(t, "dropped", {"smtp-id": smtp, "reason": g.c(["Bounced Address", "Unsubscribed Address", "Spam Reporting Address", "Invalid"]), "status": ""})
            return
        for a in range(1, (g.num(1, 4) if x < 0.10 else 0) + 1):
            add(t2, "deferred", {"smtp-id": smtp, "ip": ip, "response": g.c([
                "421 4.7.0 [TSS04] Messages from 149.72.0.0 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
                "452 4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp",
                "421 mx.gmx.net (mxgmx016) Nemesis ESMTP Service not available No SMTP service Bad DNS PTR resource record."]), "attempt": str(a), "tls": 1})
            t2 += dt.timedelta(minutes=g.num(5, 60))
        if x < 0.06:
            btype = g.c(["bounce", "bounce", "blocked"])
            reason = {"bounce": "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for "
                                "typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser",
                      "blocked": "550 5.7.1 Unfortunately, messages from [149.72.33.18] weren't sent. Please contact your Internet service provider since part of "
                                 "their network is on our block list (S3140)."}[btype]
            add(t2, "bounce", {"smtp-id": smtp, "ip": ip, "reason": reason, "status": "5.1.1" if btype == "bounce" else "5.7.1", "tls": 1, "type": btype,
                               "bounce_classification": "Invalid Address" if btype == "bounce" else "Reputation"})
            return
        add(t2, "delivered", {"smtp-id": smtp, "ip": ip, "response": g.c([
            f"250 2.0.0 OK  {int(epoch(t2))} {g.alnum(12)}.{g.num(100, 999)} - gsmtp", f"250 Requested mail action okay, completed: id={g.alnum(22)}",
            f"250 2.0.0 OK DMARC:Quarantine {g.alnum(10)}"]), "tls": 1})
        if g.r.random() < 0.45:
            t3 = t2 + dt.timedelta(seconds=g.r.expovariate(1 / 3600))
            add(t3, "open", {"ip": g.ip("pub"), "sg_machine_open": g.r.random() < 0.3, "useragent": g.c(UAS)})
            if g.r.random() < 0.35:
                t4 = t3 + dt.timedelta(seconds=g.num(3, 300))
                url = g.c([f"https://tickets.example-events.de/orders/{st['order']}?utm_source=sendgrid&utm_medium=email",
                           "https://tickets.example-events.de/events/weihnachtsmarkt-gala-2026", "https://tickets.example-events.de/account/tickets"])
                add(t4, "click", {"ip": g.ip("pub"), "url": url, "url_offset": {"index": g.num(0, 4), "type": "html"}, "useragent": g.c(UAS)})
            if news and g.r.random() < 0.04:
                t5 = t3 + dt.timedelta(seconds=g.num(5, 200))
                add(t5, "group_unsubscribe", {"ip": g.ip("pub"), "useragent": g.c(UAS), "url": "https://u12345.ct.sendgrid.net/asm/unsubscribe/?user_id=12345",
                                              "asm_group_id": 21431})
            if news and g.r.random() < 0.01:
                add(t3 + dt.timedelta(seconds=g.num(5, 200)), "spamreport", {})

    t = L.t
    while len(events) < N_LINES * 1.3:
        t += dt.timedelta(seconds=g.r.expovariate(1 / 25))
        if g.r.random() < 0.01:  # the newsletter goes out
            for _ in range(g.num(40, 120)):
                t += dt.timedelta(milliseconds=g.num(20, 400))
                message(t)
        message(t)
    events.sort(key=lambda e: e[0])
    for arr, t, text, ev in events[:N_LINES]:
        L.emit(text, ev, None, None, t)
    return L


# 11 --------------------------------------------------------------- SMAPI 4.1 (the Stardew Valley mod loader) with Stardew Valley 1.6 on a Windows PC, a co-op farm hosted for two friends
#   with 38 mods and 17 content packs; ErrorLogs/SMAPI-latest.txt of one long evening uploaded to the log parser for a bug report: "[18:00:00 INFO
#   SMAPI] ..." lines with the time of day, level and the source (SMAPI, the game, each mod by name), the start-up banner and mod list, update
#   alerts, context changes at each day start and save, asset loads and edits by Content Patcher, the farmhands' connections, mods failing in an
#   event with a .NET exception and its "   at ..." frames
@checked
def log_smapi(seed):
    L = Log("smapi_latest_txt", seed, "tod", True, True)
    g = L.g
    L.t = L.t.replace(hour=18, minute=2)
    MODS = [("Automate", "2.3.1", "Pathoschild", "Lets you automate crafting machines, fruit trees, and more by connecting them to chests."),
            ("Chests Anywhere", "1.25.1", "Pathoschild", "Access your chests from anywhere and organise them your way."),
            ("Content Patcher", "2.4.4", "Pathoschild", "Loads content packs which edit game data, images, and maps without changing the game files."),
            ("Generic Mod Config Menu", "1.14.1", "spacechase0", "Adds an in-game UI to edit other mods' config options (for mods which support it)."),
            ("Lookup Anything", "1.47.1", "Pathoschild", "View metadata about anything by pressing a button."),
            ("Farm Type Manager", "1.24.0", "Esca", "Allows players to make custom farm types by spawning objects and monsters."),
            ("UI Info Suite 2", "2.3.5", "Annosz", "Adds a lot of useful information to the user interface."),
            ("NPC Map Locations", "3.1.6", "Bouhm", "Shows NPC locations on the map."),
            ("Better Crafting", "2.14.0", "KhloeLeclair", "Improves the crafting and cooking menus."),
            ("Stardew Valley Expanded", "1.15.6", "FlashShifter", "Expands the world of Stardew Valley."),
            ("SpaceCore", "1.27.0", "spacechase0", "A framework mod used by other mods."),
            ("Event Lookup", "1.7.0", "Mirohiro", "Shows upcoming events and their requirements."),
            ("Tractor Mod", "4.18.1", "Pathoschild", "Lets you buy a tractor to more efficiently work your fields."),
            ("Gift Taste Helper", "2.15.1", "JoXW", "Shows which gifts villagers love."),
            ("Skull Cavern Elevator", "1.7.0", "SuperAardvark", "Adds an elevator to the Skull Cavern.")]
    PACKS = [("(CP) Seasonal Outfits - Slightly Cuter Aesthetic", "3.1.0", "Poltergeister", "Gives villagers seasonal outfits."),
             ("[CP] Elle's New Barn Animals", "2.1.2", "Elle", "New barn animal sprites."),
             ("[CP] Cornucopia - More Crops", "2.1.5", "Cornucopia Team", "Adds new crops."),
             ("[CP] Stardew Valley Expanded", "1.15.6", "FlashShifter", "Content for Stardew Valley Expanded."),
             ("[FTM] Stardew Valley Expanded", "1.15.6", "FlashShifter", "Farm Type Manager content for SVE.")]
    NPCS = ["Abigail", "Sebastian", "Haley", "Leah", "Emily", "Penny", "Maru", "Alex", "Elliott", "Harvey", "Sam", "Shane", "Claire", "Sophia", "Victor", "Olivia"]
    SEASONS = ["spring", "summer", "fall", "winter"]
    st = {"day": g.num(1, 20), "season": 2, "year": 3, "farmhands": []}

    def w(lv, src, msg, ev):
        ms_(L, 0, 80)
        L.emit(f"[{L.t:%H:%M:%S} {lv:<5} {src}] {msg}", ev, lv, src)

    def frames(lv, src, fr):
        for f in fr:
            L.emit(f"   at {f}", "dotnet_at", lv, src)

    def startup():
        w("INFO", "SMAPI", "SMAPI 4.1.8 with Stardew Valley 1.6.14 build 24317 on Microsoft Windows 11 Home", "smapi_banner")
        w("INFO", "SMAPI", "Mods go here: C:\\Program Files (x86)\\Steam\\steamapps\\common\\Stardew Valley\\Mods", "mods_go_here")
        w("TRACE", "SMAPI", f"Log started at {L.t:%Y-%m-%dT%H:%M:%S} UTC", "log_started")
        w("DEBUG", "SMAPI", "Waiting for game to launch...", "waiting_for_game")
        L.tick(3)
        w("INFO", "SMAPI", "Loading mods...", "loading_mods")
        w("INFO", "SMAPI", f"Loaded {len(MODS)} mods:", "loaded_mods")
        for n, v, a, d in MODS:
            w("INFO", "SMAPI", f"   {n} {v} by {a} | {d}", "mod_list_row")
        w("INFO", "SMAPI", f"Loaded {len(PACKS)} content packs:", "loaded_packs")
        for n, v, a, d in PACKS:
            w("INFO", "SMAPI", f"   {n} {v} by {a} | for {'Content Patcher' if '[FTM]' not in n else 'Farm Type Manager'} | {d}", "pack_list_row")
        w("WARN", "SMAPI", "Mod warnings:", "mod_warnings")
        w("WARN", "SMAPI", "   These mods have no update keys in their manifest. SMAPI may not notify you about updates for these mods. Consider notifying the "
          "mod authors about this problem.", "no_update_keys")
        w("WARN", "SMAPI", "      - Custom Kissing Mod", "mod_warning_item")
        w("TRACE", "SMAPI", "Launching mods...", "launching_mods")
        w("INFO", "SMAPI", "Mods loaded and ready!", "mods_ready")
        w("DEBUG", "SMAPI", "Checking for updates...", "checking_updates")
        L.tick(2)
        w("ALERT", "SMAPI", "You can update 2 mods:", "can_update")
        w("ALERT", "SMAPI", "   Lookup Anything 1.47.2: https://www.nexusmods.com/stardewvalley/mods/541 (you have 1.47.1)", "update_item")
        w("ALERT", "SMAPI", "   Better Crafting 2.14.2: https://www.nexusmods.com/stardewvalley/mods/11115 (you have 2.14.0)", "update_item")
        w("INFO", "SMAPI", "Type 'help' for help, or 'help <cmd>' for a command's usage", "type_help")
        L.tick(20)
        w("DEBUG", "game", f"getLoadEnumerator('Meadowlark_{g.num(100000000, 400000000)}')", "get_load_enumerator")
        L.tick(4)
        w("TRACE", "SMAPI", f"Context: loaded save 'Meadowlark_{g.num(100000000, 400000000)}', starting {SEASONS[st['season']]} {st['day']} Y{st['year']}, locale set to en.",
          "context_loaded")
        w("INFO", "game", "Starting server. Inviting friends to join...", "starting_server")
        assets()

    def assets():
        for _ in range(g.num(2, 9)):
            x = g.r.random()
            if x < 0.5:
                w("TRACE", "SMAPI", f"Content Patcher edited {g.c(['Data/Objects', 'Data/Crops', 'Data/NPCGiftTastes', 'Characters/Dialogue/' + g.c(NPCS), 'Maps/Town', 'Data/Shops'])} "
                  f"(for the '{g.c(PACKS[:4])[0]}' content pack).", "cp_edited")
            elif x < 0.85:
                w("TRACE", "SMAPI", f"Content Patcher loaded asset '{g.c(['Portraits/', 'Characters/'])}{g.c(NPCS)}' (for the '{PACKS[0][0]}' content pack).", "cp_loaded")
            else:
                w("TRACE", "SMAPI", f"{g.c(['Automate', 'Farm Type Manager', 'SpaceCore'])} edited {g.c(['Data/Machines', 'Data/Locations', 'Data/Buildings'])}.", "mod_edited")

    def new_day():
        w("TRACE", "SMAPI", "Context: before save.", "context_before_save")
        w("TRACE", "SMAPI", "Synchronizing 'Game1.newDayAfterFade' task...", "sync_task")
        w("TRACE", "SMAPI", "   task complete.", "task_complete")
        w("TRACE", "SMAPI", "Synchronizing 'Farmer.dayupdate' task...", "sync_task")
        w("TRACE", "SMAPI", "   task complete.", "task_complete")
        st["day"] += 1
        if st["day"] > 28:
            st["day"] = 1
            st["season"] = (st["season"] + 1) % 4
            st["year"] += st["season"] == 0
        w("TRACE", "SMAPI", f"Context: after save, starting {SEASONS[st['season']]} {st['day']} Y{st['year']}.", "context_after_save")
        w("TRACE", "Farm Type Manager", "Day is starting. Checking for FTM content...", "ftm_day_start")
        w("TRACE", "Farm Type Manager", f"Forage generation complete. Spawned {g.num(3, 40)} objects.", "ftm_forage_done")
        if g.r.random() < 0.3:
            w("TRACE", "Farm Type Manager", f"Monster spawn complete. Spawned {g.num(1, 25)} monsters.", "ftm_monsters_done")
        w("TRACE", "Automate", f"   Found {g.num(2, 14)} machine groups in Farm.", "automate_groups")
        assets()
        if g.r.random() < 0.1:
            w("ERROR", "Better Crafting", "This mod failed in the GameLoop.DayStarted event. Technical details: ", "mod_failed_event")
            L.emit("InvalidOperationException: Collection was modified; enumeration operation may not execute.", "dotnet_exc", "ERROR", "Better Crafting")
            frames("ERROR", "Better Crafting", ["System.Collections.Generic.List`1.Enumerator.MoveNextRare()",
                                                 "Leclair.Stardew.BetterCrafting.Managers.RecipeManager.OnDayStarted(Object sender, DayStartedEventArgs e) in "
                                                 "D:\\Projects\\StardewMods\\BetterCrafting\\Managers\\RecipeManager.cs:line 184",
                                                 "StardewModdingAPI.Framework.Events.ManagedEvent`1.Raise(TEventArgs args) in SMAPI\\Framework\\Events\\ManagedEvent.cs:line 101"])

    def play():
        x = g.r.random()
        if x < 0.35:
            assets()
        elif x < 0.7:
            w("TRACE", "Lookup Anything", f"Found {g.c(['NPC', 'item', 'crop', 'machine'])} '{g.c(NPCS + ['Ancient Fruit', 'Keg', 'Starfruit', 'Iridium Sprinkler'])}' "
              "under cursor.", "lookup_found")
        elif x < 0.8:
            w("DEBUG", "game", f"Warping to {g.c(['Town', 'Beach', 'Mountain', 'Forest', 'Mine', 'SkullCave', 'Custom_AdventurerSummit', 'Saloon'])}", "warping")
        elif x < 0.9:
            hand()
        elif x < 0.97:
            w("DEBUG", "game", f"Multiplayer: sent {g.num(40, 900)} messages, received {g.num(40, 900)} ({g.num(10, 400)} KB/s)", "mp_stats")
        else:
            w("ERROR", "SMAPI", "An error occurred in the base update loop: NullReferenceException: Object reference not set to an instance of an object.",
              "update_loop_error")
            frames("ERROR", "SMAPI", ["StardewValley.Farmer.Update(GameTime time, GameLocation location) in D:\\GitlabRunner\\builds\\Gq5qA5P4\\1\\ConcernedApe\\"
                                      "stardewvalley\\Farmer\\Farmer\\Farmer.cs:line 5612",
                                      "StardewValley.Game1._update(GameTime gameTime) in D:\\GitlabRunner\\builds\\Gq5qA5P4\\1\\ConcernedApe\\stardewvalley\\Farmer\\"
                                      "Farmer\\Game1.cs:line 4234",
                                      "StardewModdingAPI.Framework.SCore.OnPlayerInstanceUpdating(SGame instance, GameTime gameTime, Action runUpdate) in "
                                      "SMAPI\\Framework\\SCore.cs:line 1021"])

    def hand():
        if len(st["farmhands"]) < 2 and g.r.random() < 0.6:
            fid = g.num(10 ** 17, 10 ** 18 - 1)
            w("TRACE", "SMAPI", f"Received context for farmhand {fid} running SMAPI 4.1.8 with {g.c([38, 36, 41])} mods on Windows.", "farmhand_context")
            w("TRACE", "SMAPI", f"Approved request for farmhand {fid}.", "farmhand_approved")
            w("INFO", "game", f"{g.c(['Kalli', 'Jonas'])} has joined.", "farmhand_joined")
            st["farmhands"].append(fid)
        elif st["farmhands"]:
            fid = st["farmhands"].pop(0)
            w("TRACE", "SMAPI", f"Farmhand {fid} disconnected.", "farmhand_disconnected")

    def step():
        if g.r.random() < 0.08:
            new_day()
        else:
            play()

    startup()
    fill(L, [(1, step)], N_LINES, 20)
    del L.rows[N_LINES:]
    return L


# 12 --------------------------------------------------------------- Stan (CmdStan 2.36) fitting a negative-binomial SEIR model of weekly influenza cases for each federal state, at a
#   public-health institute's modelling group: a bash loop runs the compiled model with four chains in one process ("./seir_nb sample
#   num_chains=4 ..."), then bin/stansummary and bin/diagnose, all appended to fits.out: no time on any line; the argument tree CmdStan echoes,
#   each chain's lines prefixed "Chain [2] " and interleaved, the gradient timing, iteration progress, the informational messages about rejected
#   Metropolis proposals, elapsed times, stansummary's table and the diagnostics (divergences, tree depth, E-BFMI, R-hat)
@checked
def log_stan(seed):
    L = Log("stan_cmdstan_fits_out", seed, None, False, False)
    g = L.g
    REGIONS = ["01 (Schleswig-Holstein)", "02 (Hamburg)", "03 (Niedersachsen)", "04 (Bremen)", "05 (Nordrhein-Westfalen)", "06 (Hessen)",
               "07 (Rheinland-Pfalz)", "08 (Baden-Wuerttemberg)", "09 (Bayern)", "10 (Saarland)", "11 (Berlin)", "12 (Brandenburg)",
               "13 (Mecklenburg-Vorpommern)", "14 (Sachsen)", "15 (Sachsen-Anhalt)", "16 (Thueringen)"]
    PARAMS = ["beta", "sigma", "gamma", "phi_inv", "rho", "i0", "R0", "recovery_time"]

    def w(text, ev):
        L.emit(text, ev)

    def config(r, delta, sd):
        rows = [(0, "method", "sample (Default)"), (1, "sample", None), (2, "num_samples", "1000 (Default)"), (2, "num_warmup", "1000 (Default)"),
                (2, "save_warmup", "false (Default)"), (2, "thin", "1 (Default)"), (2, "adapt", None), (3, "engaged", "true (Default)"),
                (3, "gamma", "0.05 (Default)"), (3, "delta", delta), (3, "kappa", "0.75 (Default)"), (3, "t0", "10 (Default)"),
                (3, "init_buffer", "75 (Default)"), (3, "term_buffer", "50 (Default)"), (3, "window", "25 (Default)"), (3, "save_metric", "false (Default)"),
                (2, "algorithm", "hmc (Default)"), (3, "hmc", None), (4, "engine", "nuts (Default)"), (5, "nuts", None), (6, "max_depth", "10 (Default)"),
                (4, "metric", "diag_e (Default)"), (4, "metric_file", " (Default)"), (4, "stepsize", "1 (Default)"), (4, "stepsize_jitter", "0 (Default)"),
                (2, "num_chains", "4"), (0, "id", "1 (Default)"), (0, "data", None), (1, "file", f"data/region_{r[:2]}.json"), (0, "init", "2 (Default)"),
                (0, "random", None), (1, "seed", str(sd)), (0, "output", None), (1, "file", f"output/region_{r[:2]}.csv"), (1, "diagnostic_file", " (Default)"),
                (1, "refresh", "200"), (1, "sig_figs", "-1 (Default)"), (1, "profile_file", "profile.csv (Default)"), (1, "save_cmdstan_config", "false (Default)"),
                (0, "num_threads", "4")]
        parent = []
        for depth, k, v in rows:
            parent = parent[:depth] + [k]
            key = "/".join(parent)
            if v is None:
                w("  " * depth + k, "cfg:" + key)
            else:
                w("  " * depth + f"{k} = {v}", "cfg:" + key)
        w("", "empty")

    def fit():
        r = g.c(REGIONS)
        w(f"### region {r}: ./seir_nb sample num_chains=4 adapt delta=0.9 data file=data/region_{r[:2]}.json output file=output/region_{r[:2]}.csv "
          "refresh=200 num_threads=4", "fit_header")
        delta = g.c(["0.9", "0.9", "0.95"])
        config(r, delta, g.num(1, 99999999))
        bad = g.r.random() < 0.25
        chains = [1, 2, 3, 4]
        streams = {}
        for c in chains:
            ge = g.r.uniform(0.00008, 0.0004)
            s = [(f"Gradient evaluation took {ge:.6f} seconds", "gradient_took"),
                 (f"1000 transitions using 10 leapfrog steps per transition would take {ge * 10000:.2f} seconds.", "transitions_would_take"),
                 ("Adjust your expectations accordingly!", "adjust_expectations"), ("", "chain_empty"), ("", "chain_empty")]
            for it in [1] + list(range(200, 2001, 200)):
                if bad and it <= 1000 and g.r.random() < 0.25:
                    s += [("Informational Message: The current Metropolis proposal is about to be rejected because of the following issue:", "info_msg"),
                          (g.c([f"Exception: neg_binomial_2_lpmf: Precision parameter is {g.c(['0', 'inf'])}, but must be positive finite! (in 'seir_nb.stan', line 58, "
                                "column 4 to column 52)",
                                "Exception: ode_rk45_tol: initial state[2] is nan, but must be finite! (in 'seir_nb.stan', line 41, column 4 to column 63)",
                                "Exception: neg_binomial_2_lpmf: Location parameter[3] is -1.2e-18, but must be nonnegative! (in 'seir_nb.stan', line 58, column 4 to "
                                "column 52)"]), "exception"),
                          ("If this warning occurs sporadically, such as for highly constrained variable types like covariance matrices, then the sampler is fine,",
                           "info_sporadic"),
                          ("but if this warning occurs often then your model may be either severely ill-conditioned or misspecified.", "info_often"),
                          ("", "chain_empty")]
                phase = "Warmup" if it <= 1000 else "Sampling"
                s.append((f"Iteration: {it:4d} / 2000 [{it * 100 // 2000:3d}%]  ({phase})", "iteration"))
            wu, sa = g.r.uniform(5, 60), g.r.uniform(4, 50)
            s += [("", "chain_empty"), (f" Elapsed Time: {wu:.3f} seconds (Warm-up)", "elapsed_warmup"), (f"{'':15}{sa:.3f} seconds (Sampling)", "elapsed_sampling"),
                  (f"{'':15}{wu + sa:.3f} seconds (Total)", "elapsed_total"), ("", "chain_empty")]
            streams[c] = s
        while any(streams.values()):
            c = g.c([c for c in chains if streams[c]])
            for _ in range(g.num(1, 4)):
                if streams[c]:
                    text, ev = streams[c].pop(0)
                    w(f"Chain [{c}] {text}", ev)
        w("", "empty")
        mix = bad and g.r.random() < 0.6
        summary(bad, mix)
        diagnose(bad, mix, r)

    def num(x):
        return f"{x:.2g}" if abs(x) < 100 else f"{x:.0f}"

    def summary(bad, mix):
        w("Inference for Stan model: seir_nb_model", "sum_inference")
        w("4 chains: each with iter=(1000,1000,1000,1000); warmup=(0,0,0,0); thin=(1,1,1,1); 4000 iterations saved.", "sum_chains")
        w("", "empty")
        wt = [g.num(5, 60) for _ in range(4)]
        st_ = [g.num(4, 50) for _ in range(4)]
        w(f"Warmup took ({', '.join(map(str, wt))}) seconds, {sum(wt)} seconds total", "sum_warmup_took")
        w(f"Sampling took ({', '.join(map(str, st_))}) seconds, {sum(st_)} seconds total", "sum_sampling_took")
        w("", "empty")
        w(f"{'':16}{'Mean':>8} {'MCSE':>8} {'StdDev':>8} {'5%':>9} {'50%':>9} {'95%':>9} {'N_Eff':>8} {'N_Eff/s':>8} {'R_hat':>8}", "sum_heading")
        w("", "empty")

        def row(name, m, sd):
            lo, hi = m - 1.6 * sd, m + 1.6 * sd
            if m >= 0:
                lo = max(lo, 0.0)
            ne = g.num(300, 4200) if not mix else g.num(2, 300)
            rh = g.r.uniform(0.999, 1.01) if not mix else g.r.uniform(1.0, 1.12)
            w(f"{name:<16}{num(m):>8} {g.r.uniform(1e-4, 0.1):8.1e} {sd:8.1e} {num(lo):>9} {num(m):>9} {num(hi):>9} {ne:>8} {ne / 40:>8.1f} {rh:>8.2f}", "sum_row")
        row("lp__", -g.r.uniform(800, 1400), g.r.uniform(2, 4))
        row("accept_stat__", g.r.uniform(0.85, 0.95), 0.09)
        row("stepsize__", g.r.uniform(0.05, 0.3), 0.02)
        row("treedepth__", g.r.uniform(3, 6), 0.6)
        row("n_leapfrog__", g.r.uniform(10, 60), 12)
        row("divergent__", 0.003 if bad else 0.0, 0.05 if bad else 0.0)
        row("energy__", g.r.uniform(800, 1400), 4)
        w("", "empty")
        for p in PARAMS:
            row(p, g.r.uniform(0.05, 3), g.r.uniform(0.005, 0.2))
        for k in range(1, g.num(4, 8)):
            row(f"cases_hat[{k}]", g.r.uniform(200, 9000), g.r.uniform(20, 400))
        w("", "empty")
        w("Samples were drawn using hmc with nuts.", "sum_drawn")
        w("For each parameter, N_Eff is a crude measure of effective sample size,", "sum_neff_1")
        w("and R_hat is the potential scale reduction factor on split chains (at ", "sum_neff_2")
        w("convergence, R_hat=1).", "sum_neff_3")
        w("", "empty")

    def diagnose(bad, mix, r):
        w("Processing csv files: " + ", ".join(f"output/region_{r[:2]}_{c}.csv" for c in range(1, 5)), "diag_processing")
        w("", "empty")
        w("Checking sampler transitions treedepth.", "diag_treedepth_check")
        if bad and g.r.random() < 0.3:
            n = g.num(1, 40)
            w(f"{n} of 4000 ({n / 40:.2f}%) transitions hit the maximum treedepth limit of 10, or 2^10 leapfrog steps.", "diag_treedepth_hit")
            w("Trajectories that are prematurely terminated due to this limit will result in slow exploration.", "diag_treedepth_slow")
            w("For optimal performance, increase this limit.", "diag_treedepth_increase")
        else:
            w("Treedepth satisfactory for all transitions.", "diag_treedepth_ok")
        w("", "empty")
        w("Checking sampler transitions for divergences.", "diag_div_check")
        if bad:
            n = g.num(1, 60)
            w(f"{n} of 4000 ({n / 40:.2f}%) transitions ended with a divergence.", "diag_div_n")
            w("These divergent transitions indicate that HMC is not fully able to explore the posterior distribution.", "diag_div_explain")
            w("Try increasing adapt delta closer to 1.", "diag_div_delta")
            w("If this doesn't remove all divergences, try to reparameterize the model.", "diag_div_reparam")
        else:
            w("No divergent transitions found.", "diag_div_ok")
        w("", "empty")
        w("Checking E-BFMI - sampler transitions HMC potential energy.", "diag_ebfmi_check")
        w("E-BFMI satisfactory.", "diag_ebfmi_ok")
        w("", "empty")
        if mix:
            w("The following parameters had fewer than 0.001 effective draws per transition:", "diag_neff_low")
            w("  " + ", ".join(g.r.sample(PARAMS, g.num(1, 3))), "diag_param_list")
            w("Such low values indicate that the effective sample size estimators may be biased high and actual performance may be substantially lower "
              "than quoted.", "diag_neff_biased")
            w("", "empty")
            w("The following parameters had split R-hat greater than 1.05:", "diag_rhat_high")
            w("  " + ", ".join(g.r.sample(PARAMS, g.num(1, 3))), "diag_param_list")
            w("Such high values indicate incomplete mixing and biased estimation.", "diag_rhat_biased")
            w("You should consider regularizating your model with additional prior information or a more effective parameterization.", "diag_rhat_consider")
        else:
            w("Effective sample size satisfactory.", "diag_neff_ok")
            w("", "empty")
            w("Split R-hat values satisfactory all parameters.", "diag_rhat_ok")
        w("", "empty")
        w("Processing complete.", "diag_complete")
        w("", "empty")

    while len(L.rows) < N_LINES:
        fit()
    del L.rows[N_LINES:]
    return L


# 13 --------------------------------------------------------------- Supervisor 4.2 (supervisord) on the Ubuntu VM of a price-comparison start-up, keeping gunicorn, four Celery workers,
#   celery beat, flower and a feed-import daemon running; /var/log/supervisor/supervisord.log ("2026-12-01 10:00:00,123 INFO spawned: 'x' with pid
#   1234"): start-up, spawns and their RUNNING state, exits of workers recycled by Celery's max-tasks-per-child and killed by the OOM killer, a
#   feed importer that crashes on bad feeds until it gives up (FATAL), supervisorctl restarts and updates, shutdown on reboot
@checked
def log_supervisord(seed):
    L = Log("supervisord_log", seed, "full", True, False)
    g = L.g
    PROGS = ["gunicorn", "celery-worker_00", "celery-worker_01", "celery-worker_02", "celery-worker_03", "celery-beat", "flower", "feed-import"]
    st = {"pid": g.num(2000, 5000), "up": {}, "fatal": False}

    def w(lv, msg, ev):
        ms_(L, 0, 30)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} {lv} {msg}", ev, lv)

    def newpid():
        st["pid"] += g.num(1, 400)
        if st["pid"] > 4194000:
            st["pid"] = 2000
        return st["pid"]

    def spawn(p, secs=1):
        pid = newpid()
        w("INFO", f"spawned: '{p}' with pid {pid}", "spawned")
        st["up"][p] = pid
        return pid

    def running(p, secs=1):
        ms_(L, 1000 * secs, 1000 * secs + 200)
        w("INFO", f"success: {p} entered RUNNING state, process has stayed up for > than {secs} seconds (startsecs)", "success_running")

    def boot():
        w("CRIT", "Supervisor is running as root.  Privileges were not dropped because no user is specified in the config file.  If you intend to run as "
          "root, you can set user=root in the config file to avoid this message.", "running_as_root")
        for f in ["app.conf", "celery.conf", "feeds.conf"]:
            w("INFO", f"Included extra file \"/etc/supervisor/conf.d/{f}\" during parsing", "included_file")
        w("INFO", "RPC interface 'supervisor' initialized", "rpc_initialized")
        w("CRIT", "Server 'unix_http_server' running without any HTTP authentication checking", "no_http_auth")
        w("INFO", f"supervisord started with pid {g.num(700, 1200)}", "supervisord_started")
        st["fatal"] = False
        for p in PROGS:
            spawn(p)
        for p in PROGS:
            running(p, 10 if p == "gunicorn" else 1)

    def shutdown(hup=False):
        if hup:
            w("WARN", "received SIGHUP indicating restart request", "sighup")
        else:
            w("WARN", "received SIGTERM indicating exit request", "sigterm")
        names = [p for p in PROGS if p in st["up"]]
        w("INFO", f"waiting for {', '.join(names)} to die", "waiting_to_die")
        for p in g.r.sample(names, len(names)):
            ms_(L, 100, 2500)
            if p.startswith("celery-worker") and g.r.random() < 0.15:
                w("WARN", f"killing '{p}' ({st['up'][p]}) with SIGKILL", "killing")
                w("INFO", f"stopped: {p} (terminated by SIGKILL)", "stopped")
            else:
                w("INFO", f"stopped: {p} (exit status 0)", "stopped")
            st["up"].pop(p, None)
        L.tick(2 if hup else 40)
        boot()

    def recycle():
        p = g.c(PROGS[1:5])
        if g.r.random() < 0.12:
            w("WARN", f"exited: {p} (terminated by SIGKILL; not expected)", "exited")
        else:
            w("WARN", f"exited: {p} (exit status 1; not expected)", "exited")
        spawn(p)
        running(p)

    def feed_crash():
        if st["fatal"]:
            return recycle()
        p = "feed-import"
        w("WARN", f"exited: {p} (exit status {g.c([1, 1, 2])}; not expected)", "exited")
        if g.r.random() < 0.15:
            for _ in range(3):
                spawn(p)
                ms_(L, 200, 900)
                w("WARN", f"exited: {p} (exit status 1; not expected)", "exited")
            w("INFO", f"gave up: {p} entered FATAL state, too many start retries too quickly", "gave_up")
            st["fatal"] = True
            st["up"].pop(p, None)
            return
        spawn(p)
        running(p)

    def ctl_restart():
        ps = g.c([["gunicorn"], ["feed-import"], PROGS[1:5], ["celery-beat"]])
        for p in ps:
            if p in st["up"]:
                w("INFO", f"waiting for {p} to stop", "waiting_to_stop")
                w("INFO", f"stopped: {p} (exit status 0)", "stopped")
        for p in ps:
            spawn(p)
        for p in ps:
            running(p, 10 if p == "gunicorn" else 1)
        if "feed-import" in ps:
            st["fatal"] = False

    def reaped():
        w("INFO", f"reaped unknown pid {newpid()} (exit status 0)", "reaped_unknown")

    def gunicorn_hup():
        w("INFO", "exited: gunicorn (exit status 0; expected)", "exited")
        spawn("gunicorn")
        running("gunicorn", 10)

    def deploy():
        p = "feed-import"
        w("INFO", f"waiting for {p} to stop", "waiting_to_stop")
        w("INFO", f"stopped: {p} (exit status 0)", "stopped")
        for _ in range(4):
            ms_(L, 100, 1500)
            w("INFO", "spawnerr: can't find command '/srv/pricecomp/venv/bin/python'", "spawnerr")
        w("INFO", f"gave up: {p} entered FATAL state, too many start retries too quickly", "gave_up")
        st["up"].pop(p, None)
        st["fatal"] = True

    boot()
    fill(L, [(40, recycle), (25, feed_crash), (4, ctl_restart), (3, reaped), (2, gunicorn_hup), (0.3, deploy), (0.2, lambda: shutdown(True)), (0.3, shutdown)], N_LINES, 900)
    del L.rows[N_LINES:]
    return L


# 14 --------------------------------------------------------------- tinc 1.0.36 joining the offices of an architecture firm (Hamburg head office, Berlin, Munich, Cologne, a home office)
#   in a switch-mode mesh VPN ("corpnet"), on the Debian gateway of the head office at the default debug level, logging to syslog as
#   "tinc.corpnet[812]": meta connections made, activated and lost, timeouts and unanswered PINGs, reconnect back-off, the Munich site's flaky DSL,
#   old connections lingering, packets from unknown sources, restarts by systemd (its own lines for tinc@corpnet.service)
@checked
def log_tinc(seed):
    L = Log("tinc_syslog", seed, "noyear", False, True)
    g = L.g
    HOST = "gw-hh"
    PEERS = {"berlin": "203.0.113.41", "muenchen": "198.51.100.77", "koeln": "192.0.2.18", "homeoffice_kr": "91.64.12.203"}
    st = {"pid": g.num(700, 900), "up": {}, "backoff": {}}

    def w(msg, ev):
        ms_(L, 0, 400)
        L.emit(f"{syslog_ts(L.t)} {HOST} tinc.corpnet[{st['pid']}]: {msg}", ev, None, "tinc.corpnet")

    def sd(msg, ev):
        ms_(L, 0, 200)
        L.emit(f"{syslog_ts(L.t)} {HOST} systemd[1]: {msg}", ev, None, "systemd")

    def hp(p, port=655):
        return f"{p} ({PEERS[p]} port {port})"

    def start():
        st["pid"] = g.num(700, 30000)
        sd("Starting tinc@corpnet.service - Tinc net corpnet...", "sd_starting")
        w("tincd 1.0.36 (Aug 26 2019 13:50:12) starting, debug level 0", "starting")
        w("/dev/net/tun is a Linux tun/tap device (tap mode)", "tun_device")
        w("Executing script tinc-up", "exec_script")
        w("Listening on 0.0.0.0 port 655", "listening")
        w("Listening on :: port 655", "listening")
        w("Ready", "ready")
        sd("Started tinc@corpnet.service - Tinc net corpnet.", "sd_started")
        st["up"] = {}
        for p in PEERS:
            if p != "homeoffice_kr":
                connect(p)

    def connect(p):
        w(f"Trying to connect to {hp(p)}", "trying")
        if p == "muenchen" and g.r.random() < 0.35:
            L.tick(5)
            w(f"Error while connecting to {hp(p)}: {g.c(['Connection timed out', 'Connection timed out', 'No route to host'])}", "connect_error")
            w(f"Could not set up a meta connection to {p}", "could_not_setup")
            b = st["backoff"].get(p, 0) + 5
            b = min(b * 2 if b > 5 else b, 900)
            st["backoff"][p] = b
            w(f"Trying to re-establish outgoing connection in {b} seconds", "reestablish")
            return
        st["backoff"][p] = 0
        w(f"Connected to {hp(p)}", "connected")
        w(f"Connection with {hp(p)} activated", "activated")
        w("Executing script host-up", "exec_script")
        if g.r.random() < 0.3:
            w(f"Executing script hosts/{p}-up", "exec_script")
        st["up"][p] = 655

    def incoming():
        p = "homeoffice_kr"
        if p in st["up"]:
            return lost()
        port = g.num(30000, 60000)
        w(f"Connection from {PEERS[p]} port {port}", "connection_from")
        if g.r.random() < 0.1:
            L.tick(8)
            w(f"Timeout from {p} ({PEERS[p]} port {port}) during authentication", "timeout_auth")
            return
        w(f"Connection with {p} ({PEERS[p]} port {port}) activated", "activated")
        w("Executing script host-up", "exec_script")
        st["up"][p] = port

    def lost():
        if not st["up"]:
            return retry()
        p = g.c(sorted(st["up"]))
        port = st["up"].pop(p)
        x = g.r.random()
        if x < 0.4:
            w(f"{p} ({PEERS[p]} port {port}) didn't respond to PING in 5 seconds", "no_ping")
        elif x < 0.7:
            w(f"Connection closed by {p} ({PEERS[p]} port {port})", "closed_by")
        else:
            w(f"Metadata socket read error for {p} ({PEERS[p]} port {port}): Connection reset by peer", "socket_read_error")
        w("Executing script host-down", "exec_script")
        if p != "homeoffice_kr":
            w("Trying to re-establish outgoing connection in 5 seconds", "reestablish")

    def retry():
        down = [p for p in PEERS if p not in st["up"] and p != "homeoffice_kr"]
        if not down:
            return lost()
        connect(g.c(down))

    def oddities():
        x = g.r.random()
        if x < 0.35:
            w(f"Received UDP packet from unknown source {g.ip('pub')} port {g.num(1024, 65000)}", "unknown_source")
        elif x < 0.55 and st["up"]:
            p = g.c(sorted(st["up"]))
            w(f"Lost {g.num(1, 40)} packets from {p} ({PEERS[p]} port {st['up'][p]})", "lost_packets")
        elif x < 0.7 and st["up"]:
            p = g.c(sorted(st["up"]))
            w(f"Old connection_t for {p} ({PEERS[p]} port {st['up'][p]}) status 0010 still lingering, deleting...", "old_connection")
        elif x < 0.85:
            w(f"Got ADD_EDGE from {g.c(sorted(PEERS))} ({PEERS[g.c(sorted(PEERS))]} port 655) which does not match existing entry", "add_edge_mismatch")
        else:
            w(f"Error sending packet to muenchen ({PEERS['muenchen']} port 655): Network is unreachable", "error_sending")

    def restart():
        sd("Stopping tinc@corpnet.service - Tinc net corpnet...", "sd_stopping")
        w("Got TERM signal", "got_term")
        w("Terminating", "terminating")
        w("Executing script tinc-down", "exec_script")
        sd("tinc@corpnet.service: Deactivated successfully.", "sd_deactivated")
        sd("Stopped tinc@corpnet.service - Tinc net corpnet.", "sd_stopped")
        L.tick(3)
        start()

    def purge():
        w("Got HUP signal", "got_hup")
        w("Purging unreachable nodes", "purging")

    start()
    fill(L, [(14, lost), (18, retry), (8, incoming), (10, oddities), (0.3, restart), (0.6, purge)], N_LINES, 400)
    del L.rows[N_LINES:]
    return L


# 15 --------------------------------------------------------------- tox 4.23 running the nightly matrix of an open-source geodata parsing library (py39 to py313, ruff, mypy and the
#   Sphinx docs) on a self-hosted build box, a cron script that echoes a header and a footer with `date -u` and the commit around `tox run` and
#   appends everything to nightly.log: tox's "py311: commands[0]> pytest ..." lines, the package build steps, pytest's progress dots and
#   coverage table, failures with pytest's FAILURES section, ruff's and mypy's findings, Sphinx's progress lines, tox's summary ("  py311: OK
#   (52.30=setup[18.10]+cmd[34.20] seconds)", "congratulations :)" or "evaluation failed :(")
@checked
def log_tox(seed):
    L = Log("tox_nightly_log", seed, "full", False, False)
    g = L.g
    L.t = L.t.replace(hour=2, minute=0, second=1) - dt.timedelta(days=8)
    PY = ["py39", "py310", "py311", "py312", "py313"]
    VER = {"py39": "3.9.20", "py310": "3.10.15", "py311": "3.11.10", "py312": "3.12.7", "py313": "3.13.0"}
    MODS = [("src/geoparse/__init__.py", 12), ("src/geoparse/_compat.py", 24), ("src/geoparse/crs.py", 188), ("src/geoparse/geojson.py", 301),
            ("src/geoparse/gpx.py", 214), ("src/geoparse/io.py", 412), ("src/geoparse/kml.py", 266), ("src/geoparse/shapefile.py", 377), ("src/geoparse/wkt.py", 233)]
    DOCS = ["api", "changelog", "contributing", "crs", "formats/geojson", "formats/gpx", "formats/kml", "formats/shapefile", "formats/wkt", "index", "install",
            "quickstart", "usage"]
    TESTS = ["tests/test_io.py::test_read_shapefile_utf8", "tests/test_kml.py::test_nested_folders", "tests/test_crs.py::test_epsg_lookup_offline",
             "tests/test_gpx.py::test_extensions_roundtrip"]

    def w(text, ev, t=None):
        L.emit(text, ev, None, None, t)

    def sec():
        return g.r.uniform(0.05, 2)

    def pkg():
        be = "python /home/ci/geoparse/.tox/.pkg/lib/python3.12/site-packages/pyproject_api/_backend.py True setuptools.build_meta"
        w(".pkg: install_requires> python -I -m pip install 'setuptools>=64' 'setuptools_scm>=8' wheel", "pkg_install_requires")
        w(f".pkg: _optional_hooks> {be}", "pkg_optional_hooks")
        w(f".pkg: get_requires_for_build_sdist> {be}", "pkg_get_requires")
        w(f".pkg: build_sdist> {be}", "pkg_build_sdist")

    def pytest_env(env, sha, fail):
        st_ = g.r.uniform(8, 25)
        w(f"{env}: install_deps> python -I -m pip install 'hypothesis>=6.100' 'pytest>=8' pytest-cov pytest-xdist", "install_deps")
        w(f"{env}: install_package_deps> python -I -m pip install 'attrs>=23.1' 'numpy>=1.24' 'pyproj>=3.6' shapely", "install_package_deps")
        w(f"{env}: install_package> python -I -m pip install --force-reinstall --no-deps /home/ci/geoparse/.tox/.tmp/package/{g.num(1, 9)}/"
          f"geoparse-2.3.1.dev{g.num(10, 60)}+g{sha}.tar.gz", "install_package")
        w(f"{env}: commands[0]> pytest -q --cov=geoparse --cov-report=term-missing tests", "commands")
        total = g.num(600, 630)
        done = 0
        failed = []
        while done < total:
            n = min(72, total - done)
            chars = []
            for _ in range(n):
                x = g.r.random()
                if fail and x < 0.004 and len(failed) < 2:
                    chars.append("F")
                    failed.append(g.c(TESTS))
                elif x < 0.01:
                    chars.append("s")
                else:
                    chars.append(".")
            done += n
            w(f"{''.join(chars):<72} [{done * 100 // total:3d}%]", "pytest_progress")
        if fail and not failed:
            failed.append(g.c(TESTS))
        if failed:
            w(f"{'=' * 35} FAILURES {'=' * 35}", "pytest_failures_head")
            for t in failed:
                name = t.split("::")[1]
                w(f"{'_' * 30} {name} {'_' * 30}", "pytest_test_head")
                w("", "empty")
                w(f"    def {name}():", "pytest_src")
                w(f"        path = DATA / \"{name.split('_', 2)[-1]}.fixture\"", "pytest_src")
                w(">       result = geoparse.read(path)", "pytest_src_arrow")
                w("", "empty")
                w(f"tests/{t.split('/')[1].split('::')[0]}:{g.num(20, 300)}: ", "pytest_location")
                w("_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _", "pytest_sep")
                w("", "empty")
                w(f"E       UnicodeDecodeError: 'utf-8' codec can't decode byte 0x{g.hx(2)} in position {g.num(10, 900)}: invalid start byte", "pytest_e")
                w("", "empty")
                w(f"src/geoparse/io.py:{g.num(80, 400)}: UnicodeDecodeError", "pytest_location")
        w(f"{'-' * 10} coverage: platform linux, python {VER[env]}-final-0 {'-' * 10}", "cov_head")
        w(f"{'Name':<32}{'Stmts':>6}{'Miss':>6}{'Cover':>7}   Missing", "cov_header")
        w("-" * 62, "cov_rule")
        ts = tm = 0
        for m, s in MODS:
            miss = g.num(0, s // 10)
            ts += s
            tm += miss
            lines = ", ".join(sorted({str(g.num(1, s)) for _ in range(min(miss, 4))}, key=int)) if miss else ""
            w(f"{m:<32}{s:>6}{miss:>6}{100 * (s - miss) // s:>6}%   {lines}".rstrip(), "cov_row")
        w("-" * 62, "cov_rule")
        w(f"{'TOTAL':<32}{ts:>6}{tm:>6}{100 * (ts - tm) // ts:>6}%", "cov_row")
        w("", "empty")
        if failed:
            w(f"{'=' * 29} short test summary info {'=' * 29}", "pytest_summary_head")
            for t in failed:
                w(f"FAILED {t} - UnicodeDecodeError: 'utf-8' codec can't decode byte 0x{g.hx(2)} in posi...", "pytest_failed_line")
            secs = g.r.uniform(20, 60)
            w(f"{len(failed)} failed, {total - len(failed) - 5} passed, 5 skipped in {secs:.2f}s", "pytest_result")
            w(f"{env}: exit 1 ({secs:.2f} seconds) /home/ci/geoparse> pytest -q --cov=geoparse --cov-report=term-missing tests pid={g.num(10000, 99999)}", "exit_code")
            w(f"{env}: FAIL \u2716 in {st_ + secs:.2f} seconds", "env_fail")
            return ("FAIL code 1", st_, secs)
        secs = g.r.uniform(20, 60)
        w(f"{total - 5} passed, 5 skipped in {secs:.2f}s", "pytest_result")
        w(f"{env}: OK \u2714 in {st_ + secs:.2f} seconds", "env_ok")
        return ("OK", st_, secs)

    def lint(sha):
        st_ = g.r.uniform(1, 3)
        w("lint: install_deps> python -I -m pip install ruff==0.8.1", "install_deps")
        w("lint: commands[0]> ruff check src tests", "commands")
        n = g.c([0, 0, 0, 1, 2])
        if not n:
            w("All checks passed!", "ruff_passed")
            w(f"lint: OK \u2714 in {st_:.2f} seconds", "env_ok")
            return ("OK", st_, 0.1)
        for _ in range(n):
            w(f"{g.c(MODS)[0]}:{g.num(10, 400)}:{g.num(1, 90)}: {g.c(['E501 Line too long (97 > 88)', 'F401 [*] `typing.Optional` imported but unused', 'B006 Do not use mutable data structures for argument defaults'])}",
              "ruff_finding")
        w(f"Found {n} error{'s' if n > 1 else ''}.", "ruff_found")
        w("[*] 1 fixable with the `--fix` option.", "ruff_fixable")
        w(f"lint: exit 1 (0.21 seconds) /home/ci/geoparse> ruff check src tests pid={g.num(10000, 99999)}", "exit_code")
        w(f"lint: FAIL \u2716 in {st_:.2f} seconds", "env_fail")
        return ("FAIL code 1", st_, 0.21)

    def mypy():
        st_ = g.r.uniform(3, 9)
        w("type: install_deps> python -I -m pip install mypy==1.13.0 types-shapely", "install_deps")
        w("type: commands[0]> mypy src", "commands")
        secs = g.r.uniform(4, 20)
        if g.r.random() < 0.8:
            w("Success: no issues found in 9 source files", "mypy_success")
            w(f"type: OK \u2714 in {st_ + secs:.2f} seconds", "env_ok")
            return ("OK", st_, secs)
        n = g.num(1, 3)
        for _ in range(n):
            w(f"src/geoparse/{g.c(['io', 'crs', 'kml'])}.py:{g.num(20, 400)}: error: Incompatible return value type (got \"str | None\", expected \"str\")  [return-value]",
              "mypy_error")
        w(f"Found {n} error{'s' if n > 1 else ''} in 1 file (checked 9 source files)", "mypy_found")
        w(f"type: exit 1 ({secs:.2f} seconds) /home/ci/geoparse> mypy src pid={g.num(10000, 99999)}", "exit_code")
        w(f"type: FAIL \u2716 in {st_ + secs:.2f} seconds", "env_fail")
        return ("FAIL code 1", st_, secs)

    def docs():
        st_ = g.r.uniform(5, 12)
        w("docs: install_deps> python -I -m pip install 'sphinx>=8' furo myst-parser", "install_deps")
        w("docs: commands[0]> sphinx-build -W -b html docs docs/_build/html", "commands")
        w("Running Sphinx v8.1.3", "sphinx_running")
        w("loading translations [en]... done", "sphinx_translations")
        w("making output directory... done", "sphinx_outdir")
        w("building [mo]: targets for 0 po files that are out of date", "sphinx_building_mo")
        w("writing output... ", "sphinx_writing_mo")
        w(f"building [html]: targets for {len(DOCS)} source files that are out of date", "sphinx_building_html")
        w(f"updating environment: [new config] {len(DOCS)} added, 0 changed, 0 removed", "sphinx_updating_env")
        for i, d in enumerate(DOCS, 1):
            w(f"reading sources... [{i * 100 // len(DOCS):3d}%] {d}", "sphinx_reading")
        warn = g.r.random() < 0.15
        if warn:
            w(f"/home/ci/geoparse/docs/formats/kml.rst:{g.num(10, 90)}: WARNING: undefined label: 'crs-axis-order' [ref.ref]", "sphinx_warning")
        w("looking for now-outdated files... none found", "sphinx_outdated")
        w("pickling environment... done", "sphinx_pickling")
        w("checking consistency... done", "sphinx_consistency")
        w("preparing documents... done", "sphinx_preparing")
        w("copying assets... ", "sphinx_copying_assets")
        w("copying static files... done", "sphinx_copying_static")
        w("copying extra files... done", "sphinx_copying_extra")
        w("copying assets: done", "sphinx_copying_assets_done")
        for i, d in enumerate(DOCS, 1):
            w(f"writing output... [{i * 100 // len(DOCS):3d}%] {d}", "sphinx_writing")
        w("generating indices... genindex py-modindex done", "sphinx_indices")
        w("highlighting module code... [100%] geoparse.wkt", "sphinx_highlighting")
        w("writing additional pages... search done", "sphinx_additional")
        w("dumping search index in English (code: en)... done", "sphinx_search_index")
        w("dumping object inventory... done", "sphinx_inventory")
        secs = g.r.uniform(5, 15)
        if warn:
            w("build finished with problems, 1 warning (with warnings treated as errors).", "sphinx_problems")
            w(f"docs: exit 1 ({secs:.2f} seconds) /home/ci/geoparse> sphinx-build -W -b html docs docs/_build/html pid={g.num(10000, 99999)}", "exit_code")
            w(f"docs: FAIL \u2716 in {st_ + secs:.2f} seconds", "env_fail")
            return ("FAIL code 1", st_, secs)
        w("build succeeded.", "sphinx_succeeded")
        w("", "empty")
        w("The HTML pages are in docs/_build/html.", "sphinx_html_pages")
        w(f"docs: OK \u2714 in {st_ + secs:.2f} seconds", "env_ok")
        return ("OK", st_, secs)

    def night():
        L.t = L.t.replace(hour=2, minute=0, second=1) + dt.timedelta(days=1)
        sha = g.hx(7)
        w(f"=== nightly {L.t:%Y-%m-%d %H:%M:%S} UTC geoparse@{sha} ===", "nightly_header", L.t)
        pkg()
        res = {}
        fail_env = g.c(PY) if g.r.random() < 0.25 else None
        for env in PY:
            if env == "py313" and g.r.random() < 0.3:
                w("py313: skipped because could not find python interpreter with spec(s): py313", "env_skipped")
                res[env] = ("SKIP", 0.01, 0)
                continue
            res[env] = pytest_env(env, sha, env == fail_env)
        res["lint"] = lint(sha)
        res["type"] = mypy()
        res["docs"] = docs()
        tot = 0.0
        for env, (r, a, b) in res.items():
            if r == "SKIP":
                w(f"  {env}: SKIP ({a:.2f} seconds)", "summary_skip")
                continue
            tot += a + b
            w(f"  {env}: {r} ({a + b:.2f}=setup[{a:.2f}]+cmd[{b:.2f}] seconds)", "summary_row")
        if any(r.startswith("FAIL") for r, _, _ in res.values()):
            w(f"  evaluation failed :( ({tot:.2f} seconds)", "summary_failed")
            code = 1
        else:
            w(f"  congratulations :) ({tot:.2f} seconds)", "summary_ok")
            code = 0
        L.t += dt.timedelta(seconds=tot)
        w(f"=== done {L.t:%Y-%m-%d %H:%M:%S} UTC exit {code} ===", "nightly_footer", L.t)

    while len(L.rows) < N_LINES:
        night()
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 16 --------------------------------------------------------------- Uvicorn 0.32 serving a FastAPI fraud-scoring service (XGBoost model, features from Redis) of a payment provider in
#   Docker, `docker logs fraud-score` saved for an incident review: Uvicorn's own lines without a time ("INFO:     Started server process [1]",
#   the access lines "INFO:     172.18.0.5:51234 - \"POST /v1/score HTTP/1.1\" 200 OK"), the application's logging lines with time, level and
#   logger ("2026-12-01 10:00:00,123 INFO app.api: ..."), Uvicorn's "ERROR:    Exception in ASGI application" with the Python 3.11 traceback under
#   it, invalid requests from scanners, model hot reloads, Redis outages, restarts
@checked
def log_uvicorn(seed):
    L = Log("uvicorn_docker_logs", seed, "full", True, True)
    g = L.g
    st = {"model": 14}

    def uv(lv, msg, ev):
        ms_(L, 0, 20)
        L.emit(f"{lv + ':':<10}{msg}", ev, lv, None, None)

    def app(lv, name, msg, ev):
        ms_(L, 0, 20)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} {lv} {name}: {msg}", ev, lv, name)

    def access(method, path, status):
        uv("INFO", f"172.18.0.{g.num(2, 9)}:{g.port()} - \"{method} {path} HTTP/1.1\" {status}", "access")

    def start():
        uv("INFO", "Started server process [1]", "started_process")
        uv("INFO", "Waiting for application startup.", "waiting_startup")
        app("INFO", "app.model", f"Loading model /models/fraud-xgb-v{st['model']}.json ({g.num(380, 460)} trees, {g.num(140, 160)} features)", "model_loading")
        app("INFO", "app.model", f"Model loaded in {g.f(1.2, 3.5, 2)}s", "model_loaded")
        app("INFO", "app.features", "Connected to Redis at redis://features-redis:6379/0", "redis_connected")
        uv("INFO", "Application startup complete.", "startup_complete")
        uv("INFO", "Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)", "running_on")

    def score():
        rid = g.uuid()
        x = g.r.random()
        if x < 0.04:
            access("POST", "/v1/score", "422 Unprocessable Entity")
            return
        if x < 0.065:
            m = g.num(1000, 99999)
            app("WARNING", "app.features", f"Feature store timeout for merchant m_{m} after 250 ms, using defaults", "feature_timeout")
        if x > 0.995:
            uv("ERROR", "Exception in ASGI application", "exception_asgi")
            fr = [("/usr/local/lib/python3.11/site-packages/uvicorn/protocols/http/httptools_impl.py", 401, "run_asgi",
                   "result = await app(  # type: ignore[func-returns-value]", "await app(  # type: ignore[func-returns-value]"),
                  ("/usr/local/lib/python3.11/site-packages/uvicorn/middleware/proxy_headers.py", 60, "__call__",
                   "return await self.app(scope, receive, send)", "await self.app(scope, receive, send)"),
                  ("/usr/local/lib/python3.11/site-packages/fastapi/applications.py", 1054, "__call__", "await super().__call__(scope, receive, send)", None),
                  ("/usr/local/lib/python3.11/site-packages/starlette/routing.py", 73, "app", "response = await f(request)", "await f(request)"),
                  ("/usr/local/lib/python3.11/site-packages/fastapi/routing.py", 301, "app", "raw_response = await run_endpoint_function(",
                   "await run_endpoint_function("),
                  ("/app/app/api.py", 88, "score", "feats = await features.for_request(req)", "await features.for_request(req)")]
            fr = [(p, n, f, c, under(c, part) if part else None) for p, n, f, c, part in fr]
            code = "cat = MCC_GROUPS[req.merchant_category]"
            fr.append(("/app/app/features.py", 141, "for_request", code, under(code, "MCC_GROUPS", "~") + "^" * len("[req.merchant_category]")))
            rows = py_tb(fr, f"KeyError: '{g.num(1000, 9999)}'", carets=True)
            for text, ev in rows:
                L.emit(text, ev, "ERROR", None, None)
            access("POST", "/v1/score", "500 Internal Server Error")
            return
        sc = g.r.betavariate(0.6, 12)
        dec = "decline" if sc > 0.85 else ("review" if sc > 0.6 else "approve")
        app("INFO", "app.api", f"score request_id={rid} merchant=m_{g.num(1000, 99999)} amount={g.num(1, 250000) / 100:.2f} currency={g.c(['EUR', 'EUR', 'GBP', 'USD'])} "
            f"score={sc:.4f} decision={dec} latency_ms={g.f(3, 60, 1)}", "score_line")
        access("POST", "/v1/score", "200 OK")

    def health():
        access("GET", "/health", "200 OK")

    def metrics():
        access("GET", "/metrics", "200 OK")

    def invalid():
        uv("WARNING", "Invalid HTTP request received.", "invalid_request")

    def not_found():
        access(g.c(["GET", "GET", "POST"]), g.c(["/", "/.env", "/docs", "/v1/scores", "/api/v1/score", "/favicon.ico"]), "404 Not Found")

    def reload():
        st["model"] += 1
        app("INFO", "app.model", f"New model version detected: /models/fraud-xgb-v{st['model']}.json", "model_new_version")
        app("INFO", "app.model", f"Loading model /models/fraud-xgb-v{st['model']}.json ({g.num(380, 460)} trees, {g.num(140, 160)} features)", "model_loading")
        app("INFO", "app.model", f"Model loaded in {g.f(1.2, 3.5, 2)}s", "model_loaded")
        app("INFO", "app.model", f"Hot-swapped model v{st['model'] - 1} -> v{st['model']}", "model_swapped")

    def redis_down():
        app("ERROR", "app.features", "Redis connection lost: Error 111 connecting to features-redis:6379. Connection refused.", "redis_lost")
        for _ in range(g.num(3, 12)):
            L.tick(2)
            app("WARNING", "app.features", f"Feature store unavailable, scoring merchant m_{g.num(1000, 99999)} with defaults", "feature_unavailable")
            access("POST", "/v1/score", "200 OK")
        app("INFO", "app.features", "Reconnected to Redis at redis://features-redis:6379/0", "redis_reconnected")

    def drift():
        app("INFO", "app.drift", f"PSI for feature {g.c(['amount_log', 'hour_of_day', 'card_age_days', 'mcc_group', 'ip_country_mismatch'])} = {g.f(0.001, 0.3, 3)} "
            f"(window 1h, n={g.num(2000, 40000)})", "psi")

    def restart():
        uv("INFO", "Shutting down", "shutting_down")
        uv("INFO", "Waiting for application shutdown.", "waiting_shutdown")
        app("INFO", "app.features", "Closing Redis pool", "redis_closing")
        uv("INFO", "Application shutdown complete.", "shutdown_complete")
        uv("INFO", "Finished server process [1]", "finished_process")
        L.tick(10)
        start()

    start()
    ev = [(55, score), (10, health), (6, metrics), (1.2, invalid), (3, not_found), (0.15, reload), (0.1, redis_down), (0.8, drift), (0.05, restart)]
    fill(L, ev, N_LINES, 1.5)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 17 --------------------------------------------------------------- Warframe (the Windows client, DirectX 12) of a player running missions with a squad through a day off, its EE.log
#   (%LOCALAPPDATA%\Warframe\EE.log, rewritten at each launch): every line starts with the seconds since the game started ("1234.567 Net [Info]:
#   ..."), then the category (Sys, Net, Script, Game, AI) and the level in brackets; start-up, login, matchmaking and host migration, mission
#   loads with the mission info block under "Host loading", end-of-mission rewards, long-frame and streaming warnings, script errors
@checked
def log_warframe(seed):
    L = Log("warframe_ee_log", seed, "rel", True, True)
    g = L.g
    t0 = L.t
    NODES = [("SolNode23", "MT_SURVIVAL", "FC_GRINEER", "Cassini, Saturn"), ("SolNode405", "MT_DEFENSE", "FC_INFESTATION", "Tyana Pass, Mars"),
             ("SolNode64", "MT_EXCAVATE", "FC_CORPUS", "Hieracon, Pluto"), ("SettlementNode15", "MT_EXTERMINATION", "FC_CORPUS", "Sechura, Pluto"),
             ("SolNode228", "MT_DISRUPTION", "FC_GRINEER", "Kappa, Sedna"), ("SolNode4", "MT_INTEL", "FC_INFESTATION", "Acheron, Pluto")]
    SQUAD = ["xDarkTenno", "Lotus_Fan_99", "VoidWalkerNL", "GaraMain", "ProfitTaker_Pog"]
    REWARDS = ["/Lotus/StoreItems/Types/Items/MiscItems/OrokinCell", "/Lotus/StoreItems/Types/Items/MiscItems/Neurode",
               "/Lotus/StoreItems/Types/Game/Projections/T3VoidProjectionPBronze", "/Lotus/StoreItems/Upgrades/Mods/Warframe/AvatarShieldMaxMod",
               "/Lotus/StoreItems/Types/Items/MiscItems/ArgonCrystal", "/Lotus/StoreItems/Types/Items/MiscItems/Circuits"]

    def secs():
        return (L.t - t0).total_seconds()

    def w(cat, lv, msg, ev):
        ms_(L, 1, 300)
        L.emit(f"{secs():.3f} {cat} [{lv}]: {msg}", ev, lv, cat)

    def block(text, ev, cat, lv):
        L.emit(text, ev, lv, cat)

    def startup():
        L.emit(f"{0.0:.3f} Sys [Diag]: Current time: {L.t:%a %b %d %H:%M:%S %Y} [UTC: {L.t:%a %b %d %H:%M:%S %Y}]", "current_time", "Diag", "Sys")
        w("Sys", "Diag", "Command line: -log:/EE.log -dx12:1 -cluster:public -language:en -fullscreen:0 -registry:Steam", "command_line")
        w("Sys", "Diag", "Build Label: 2026.11.27.15.04/39.1.2 8c1f0d2a", "build_label")
        w("Sys", "Diag", "Client: Windows 11 Pro (10.0.26100)", "client_os")
        w("Sys", "Diag", "CPU: AMD Ryzen 7 7800X3D 8-Core Processor (8 cores, 16 threads)", "cpu")
        w("Sys", "Diag", "Physical memory: 32 GB", "memory")
        w("Sys", "Info", "Graphics adapter: NVIDIA GeForce RTX 4070 (driver 566.36)", "gfx_adapter")
        w("Sys", "Info", "Created DirectX 12 device", "dx12_device")
        w("Sys", "Info", f"Loaded {g.num(40, 60)} cache manifests in {g.f(0.5, 3, 3)}s", "cache_manifests")
        w("Net", "Info", "Initializing networking", "net_init")
        L.tick(8)
        w("Net", "Info", "Logged in VoidWalkerNL (5f1a2b3c4d5e6f7a8b9c0d1e) [UTC: " + f"{L.t:%a %b %d %H:%M:%S %Y}]", "logged_in")
        w("Script", "Info", "Background load of Mission response: Loaded", "bg_load")
        w("Game", "Info", "Dojo: Loaded 0 clan decorations", "dojo")

    def mission():
        node, mt, fac, name = g.c(NODES)
        squad = g.r.sample(SQUAD, g.num(0, 3))
        w("Net", "Info", f"MatchingServiceWeb::JoinSession - {'public' if squad else 'solo'} session for {node}", "join_session")
        for p in squad:
            w("Net", "Info", f"AddSquadMember: {p}, mm={g.hx(24)}, squadCount={squad.index(p) + 2}", "add_squad_member")
        host = g.r.random() < 0.5
        w("Script", "Info", f"ThemedSquadOverlay.lua: Host loading {{\"name\":\"{node}\"}} with MissionInfo:", "host_loading")
        for k, v in [("missionType", mt), ("faction", fac), ("difficulty", g.num(1, 3)), ("location", node), ("levelOverride", f"/Lotus/Levels/Proc/{fac[3:].title()}/"
                     f"{fac[3:].title()}{g.c(['Shipyards', 'Galleon', 'Outpost', 'Moon'])}"), ("enemyLevelOverride", g.num(25, 110)), ("maxRotations", g.c([3, 4, 999]))]:
            block(f"{k}={v}", "mission_info:" + k, "Script", "Info")
        w("Game", "Info", "CreateState: CS_FIND_LEVEL_INFO", "create_state")
        w("Game", "Info", "CreateState: CS_WAIT_FOR_PLAYERS", "create_state")
        L.tick(10)
        w("Sys", "Info", f"Streaming: {g.num(300, 1200)} MB in {g.f(2, 12, 2)}s ({g.num(40, 200)} MB/s)", "streaming")
        w("Game", "Info", "CreateState: CS_READY", "create_state")
        w("Game", "Info", f"Mission started: {name} ({mt})", "mission_started")
        dur = g.r.uniform(180, 900)
        end = L.t + dt.timedelta(seconds=dur)
        while L.t < end:
            L.tick(25)
            x = g.r.random()
            if x < 0.25:
                w("Sys", "Warning", f"Long frame: {g.f(50, 400, 1)}ms (streaming)", "long_frame")
            elif x < 0.4:
                w("AI", "Info", f"Spawned wave {g.num(1, 40)}: {g.num(6, 40)} agents", "spawned_wave")
            elif x < 0.5:
                w("Game", "Info", f"Picked up {g.c(REWARDS)}", "picked_up")
            elif x < 0.56 and squad:
                w("Net", "Info", f"{g.c(squad)} left the squad", "left_squad")
            elif x < 0.6:
                w("Script", "Error", f"Script error: /Lotus/Scripts/HUD/ObjectiveMarker.lua:{g.num(40, 300)}: attempt to index a nil value (field 'marker')",
                  "script_error")
            elif x < 0.63 and squad and not host:
                w("Net", "Warning", "Host migration started (host left)", "host_migration")
                w("Net", "Info", f"Host migration complete in {g.f(2, 9, 2)}s", "host_migration_done")
                host = True
            elif x < 0.7:
                w("Game", "Info", f"Objective updated: {g.c(['Survive', 'Defend the objective', 'Extract', 'Kill the target', 'Reach extraction'])}", "objective")
            else:
                w("Net", "Info", f"Replication: {g.num(10, 900)} packets in, {g.num(10, 900)} out, {g.num(0, 4)} dropped", "replication")
        if g.r.random() < 0.08:
            w("Game", "Info", "Mission failed", "mission_failed")
        else:
            w("Script", "Info", "EndOfMatch.lua: Mission Succeeded", "mission_succeeded")
            for _ in range(g.num(1, 4)):
                w("Script", "Info", f"EndOfMatch.lua: Reward: {g.c(REWARDS)} x{g.num(1, 12)}", "reward")
        w("Game", "Info", "Returning to orbiter", "returning")
        w("Net", "Info", "MatchingServiceWeb::LeaveSession", "leave_session")

    def orbiter():
        x = g.r.random()
        if x < 0.4:
            w("Script", "Info", f"Market: opened {g.c(['Weapons', 'Warframes', 'Resources', 'Prime Vault'])}", "market")
        elif x < 0.7:
            w("Script", "Info", f"Foundry: claimed {g.c(['Forma', 'Orokin Catalyst', 'Khora Prime Neuroptics', 'Mutagen Mass'])}", "foundry")
        else:
            w("Net", "Info", f"Inventory sync: {g.num(1, 40)} changes committed to DB", "inventory_sync")

    startup()
    fill(L, [(3, mission), (1, orbiter)], N_LINES, 60)
    del L.rows[N_LINES:]
    return L


# 18 --------------------------------------------------------------- Wireshark 4.4 on the laptop of an office's IT contractor chasing slow logons and file-share stalls, a capture on the
#   uplink of a branch office's switch exported with File > Export Packet Dissections > As CSV (the Time column set to "Date and Time of Day"):
#   the header row, then "No.","Time","Source","Destination","Protocol","Length","Info" rows whose Info column is each dissector's summary (TCP
#   with its analysis flags, TLS, QUIC, DNS, ARP, DHCP, SMB2, Kerberos, LDAP, NTP, ICMP, SSDP, LLMNR, NBNS, HTTP)
@checked
def log_wireshark(seed):
    L = Log("wireshark_export_csv", seed, "full", False, False)
    g = L.g
    HOSTS = [f"192.168.20.{n}" for n in (21, 23, 34, 35, 41, 57, 58, 62, 77)]
    DC, FS, GW = "192.168.10.5", "192.168.10.12", "192.168.20.1"
    EXT = ["52.97.146.162", "52.98.207.2", "20.190.159.68", "40.126.32.134", "13.107.42.14", "142.250.185.78", "151.101.1.140", "104.18.32.7"]
    SNI = ["login.microsoftonline.com", "outlook.office365.com", "teams.microsoft.com", "graph.microsoft.com", "www.google.com", "update.googleapis.com",
           "github.com", "ecs.office.com", "dns.msftncsi.com"]
    MACS = {"192.168.20.1": "Cisco_3a:41:02", DC: "VMware_8a:12:4c"}
    st = {"no": 0, "streams": [], "dns": g.num(0, 0xffff)}

    def row(src, dst, proto, ln, info, ev):
        st["no"] += 1
        ms_(L, 0, 60)
        L.t += dt.timedelta(microseconds=g.num(0, 999))
        L.emit(",".join(f'"{v}"' for v in [st["no"], f"{L.t:%Y-%m-%d %H:%M:%S}.{us6(L.t)}", src, dst, proto, ln, info.replace('"', '""')]), ev)

    def tcp_flow():
        h = g.c(HOSTS)
        x = g.r.random()
        if x < 0.5:
            dst, dport, proto = g.c(EXT), 443, "TLSv1.3"
        elif x < 0.8:
            dst, dport, proto = FS, 445, "SMB2"
        else:
            dst, dport, proto = DC, 389, "LDAP"
        sp = g.port()
        row(h, dst, "TCP", 66, f"{sp} \u2192 {dport} [SYN] Seq=0 Win=64240 Len=0 MSS=1460 WS=256 SACK_PERM", "tcp_syn")
        row(dst, h, "TCP", 66, f"{dport} \u2192 {sp} [SYN, ACK] Seq=0 Ack=1 Win=65535 Len=0 MSS=1460 WS=128 SACK_PERM", "tcp_synack")
        row(h, dst, "TCP", 54, f"{sp} \u2192 {dport} [ACK] Seq=1 Ack=1 Win=131328 Len=0", "tcp_plain")
        st["streams"].append((h, dst, sp, dport, proto, [1, 1]))
        if len(st["streams"]) > 12:
            st["streams"].pop(0)
        if proto == "TLSv1.3":
            row(h, dst, "TLSv1.3", g.num(250, 1800), f"Client Hello (SNI={g.c(SNI)})", "tls_client_hello")
            row(dst, h, "TLSv1.3", g.num(1400, 4400), "Server Hello, Change Cipher Spec, Application Data, Application Data", "tls_server_hello")
            row(h, dst, "TLSv1.3", g.num(80, 200), "Change Cipher Spec, Application Data", "tls_ccs_appdata")
        elif proto == "SMB2":
            row(h, dst, "SMB2", 306, "Negotiate Protocol Request", "smb2_negotiate_req")
            row(dst, h, "SMB2", 506, "Negotiate Protocol Response", "smb2_negotiate_resp")
            row(h, dst, "SMB2", g.num(2000, 2600), "Session Setup Request", "smb2_session_setup_req")
            row(dst, h, "SMB2", 314, "Session Setup Response", "smb2_session_setup_resp")
            row(h, dst, "SMB2", 166, "Tree Connect Request Tree: \\\\fs01.corp.local\\Projekte", "smb2_tree_connect_req")
            row(dst, h, "SMB2", 138, "Tree Connect Response", "smb2_tree_connect_resp")
        else:
            row(h, dst, "LDAP", g.num(200, 400), f"searchRequest({g.num(1, 900)}) \"<ROOT>\" baseObject", "ldap_search_req")
            row(dst, h, "LDAP", g.num(800, 3000), f"searchResEntry({g.num(1, 900)}) \"<ROOT>\"  | searchResDone({g.num(1, 900)}) success  [1 result]", "ldap_search_res")

    def stream_pkt():
        if not st["streams"]:
            return tcp_flow()
        h, dst, sp, dport, proto, sq = g.c(st["streams"])
        x = g.r.random()
        n = g.c([1460, 1460, 2920, g.num(40, 1400)])
        if x < 0.45:
            if proto == "TLSv1.3":
                row(dst, h, "TLSv1.3", n + 54, "Application Data", "tls_appdata")
            elif proto == "SMB2":
                f = g.c(["Projekte\\2026\\Angebot_Mueller.docx", "Projekte\\CAD\\Halle3_rev7.dwg", "Scans\\Rechnung_4711.pdf", "Vorlagen\\Briefkopf.dotx"])
                y = g.r.random()
                if y < 0.3:
                    row(h, dst, "SMB2", g.num(200, 400), f"Create Request File: {f}", "smb2_create_req")
                elif y < 0.55:
                    row(dst, h, "SMB2", 210, f"Create Response File: {f}", "smb2_create_resp")
                elif y < 0.8:
                    row(h, dst, "SMB2", 171, f"Read Request Len:{g.c([65536, 1048576])} Off:{g.num(0, 90) * 65536} File: {f}", "smb2_read_req")
                else:
                    if g.r.random() < 0.1:
                        row(dst, h, "SMB2", 131, "Read Response, Error: STATUS_END_OF_FILE", "smb2_read_resp_error")
                    else:
                        row(dst, h, "SMB2", n + 54, "Read Response", "smb2_read_resp")
            else:
                row(dst, h, "LDAP", n + 54, f"searchResEntry({g.num(1, 900)}) \"CN={g.user().title()},OU=Staff,DC=corp,DC=local\"", "ldap_search_entry")
            sq[1] += n
        elif x < 0.8:
            row(h, dst, "TCP", 54, f"{sp} \u2192 {dport} [ACK] Seq={sq[0]} Ack={sq[1]} Win={g.num(500, 2052) * 256} Len=0", "tcp_plain")
        elif x < 0.87:
            sq[0] += n
            row(h, dst, "TCP", n + 54, f"[TCP Retransmission] {sp} \u2192 {dport} [PSH, ACK] Seq={sq[0] - n} Ack={sq[1]} Win={g.num(500, 2052) * 256} Len={n}",
                "tcp_retransmission")
        elif x < 0.92:
            k = g.num(1, 6)
            row(h, dst, "TCP", 66, f"[TCP Dup ACK {st['no'] - g.num(1, 40)}#{k}] {sp} \u2192 {dport} [ACK] Seq={sq[0]} Ack={sq[1]} Win={g.num(500, 2052) * 256} Len=0 "
                f"SLE={sq[1] + 1460} SRE={sq[1] + 2920}", "tcp_dup_ack")
        elif x < 0.95:
            row(h, dst, "TCP", 55, f"[TCP Keep-Alive] {sp} \u2192 {dport} [ACK] Seq={sq[0] - 1} Ack={sq[1]} Win={g.num(500, 2052) * 256} Len=1", "tcp_keepalive")
        elif x < 0.97:
            row(dst, h, "TCP", 54, f"[TCP Window Update] {dport} \u2192 {sp} [ACK] Seq={sq[1]} Ack={sq[0]} Win={g.num(500, 2052) * 256} Len=0", "tcp_window_update")
        elif x < 0.98:
            row(h, dst, "TCP", 54, f"[TCP ZeroWindow] {sp} \u2192 {dport} [ACK] Seq={sq[0]} Ack={sq[1]} Win=0 Len=0", "tcp_zerowindow")
        else:
            row(h, dst, "TCP", 54, f"{sp} \u2192 {dport} [FIN, ACK] Seq={sq[0]} Ack={sq[1]} Win={g.num(500, 2052) * 256} Len=0", "tcp_plain")
            row(dst, h, "TCP", 54, f"{dport} \u2192 {sp} [FIN, ACK] Seq={sq[1]} Ack={sq[0] + 1} Win={g.num(500, 2052) * 256} Len=0", "tcp_plain")
            st["streams"].remove((h, dst, sp, dport, proto, sq))

    def dns():
        h = g.c(HOSTS)
        st["dns"] = (st["dns"] + g.num(1, 900)) & 0xffff
        q = g.c(SNI + ["fs01.corp.local", "_ldap._tcp.dc._msdcs.corp.local", "wpad.corp.local"])
        typ = "SRV" if q.startswith("_") else g.c(["A", "A", "AAAA", "HTTPS"])
        row(h, DC, "DNS", g.num(70, 110), f"Standard query 0x{st['dns']:04x} {typ} {q}", "dns_query")
        if q.startswith("wpad") or (typ == "HTTPS" and g.r.random() < 0.5):
            row(DC, h, "DNS", g.num(120, 180), f"Standard query response 0x{st['dns']:04x} No such name {typ} {q} SOA dc01.corp.local", "dns_nxdomain")
        elif typ == "SRV":
            row(DC, h, "DNS", 222, f"Standard query response 0x{st['dns']:04x} SRV {q} SRV 0 100 389 dc01.corp.local A {DC}", "dns_response")
        else:
            ans = " ".join(f"{'A' if typ != 'AAAA' else 'AAAA'} {g.c(EXT) if typ != 'AAAA' else '2603:1026:c0b::' + g.hx(2)}" for _ in range(g.num(1, 3)))
            row(DC, h, "DNS", g.num(120, 300), f"Standard query response 0x{st['dns']:04x} {typ} {q} CNAME {q.split('.')[0]}.ha.{g.c(['office365.com', 'akadns.net'])} {ans}",
                "dns_response")

    def quic():
        h = g.c(HOSTS)
        dst = "142.250.185.78"
        if g.r.random() < 0.1:
            row(h, dst, "QUIC", 1292, f"Initial, DCID={g.hx(16)}, PKN: {g.num(0, 2)}, CRYPTO, PADDING", "quic_initial")
        else:
            a, b = (h, dst) if g.r.random() < 0.4 else (dst, h)
            row(a, b, "QUIC", g.num(60, 1292), f"Protected Payload (KP0), DCID={g.hx(16)}", "quic_protected")

    def arp():
        h = g.c(HOSTS)
        if g.r.random() < 0.5:
            row(f"Dell_{g.hx(2)}:{g.hx(2)}:{g.hx(2)}", "Broadcast", "ARP", 60, f"Who has {GW}? Tell {h}", "arp_who_has")
        else:
            row(MACS[GW], f"Dell_{g.hx(2)}:{g.hx(2)}:{g.hx(2)}", "ARP", 60, f"{GW} is at 00:1b:54:3a:41:02", "arp_is_at")

    def misc():
        x = g.r.random()
        h = g.c(HOSTS)
        if x < 0.15:
            tid = g.hx(8)
            row("0.0.0.0", "255.255.255.255", "DHCP", 342, f"DHCP Request  - Transaction ID 0x{tid}", "dhcp")
            row("192.168.20.1", h, "DHCP", 342, f"DHCP ACK      - Transaction ID 0x{tid}", "dhcp")
        elif x < 0.35:
            row(h, DC, "KRB5", g.num(250, 320), "AS-REQ", "krb_as_req")
            if g.r.random() < 0.6:
                row(DC, h, "KRB5", g.num(200, 260), "KRB Error: KRB5KDC_ERR_PREAUTH_REQUIRED", "krb_error")
                row(h, DC, "KRB5", g.num(320, 400), "AS-REQ", "krb_as_req")
            row(DC, h, "KRB5", g.num(1500, 1700), "AS-REP", "krb_as_rep")
            row(h, DC, "KRB5", g.num(1600, 1800), "TGS-REQ", "krb_tgs_req")
            row(DC, h, "KRB5", g.num(1500, 1700), "TGS-REP", "krb_tgs_rep")
        elif x < 0.45:
            row(h, DC, "NTP", 110, "NTP Version 3, client", "ntp_client")
            row(DC, h, "NTP", 110, "NTP Version 3, server", "ntp_server")
        elif x < 0.6:
            row(h, "239.255.255.250", "SSDP", 179, "M-SEARCH * HTTP/1.1 ", "ssdp_msearch")
        elif x < 0.7:
            row(h, "224.0.0.252", "LLMNR", 64, f"Standard query 0x{g.hx(4)} A {g.c(['wpad', 'FS01', 'drucker-og2', 'NAS'])}", "llmnr_query")
        elif x < 0.78:
            row(h, "192.168.20.255", "NBNS", 92, f"Name query NB {g.c(['WPAD', 'FS01', 'NAS'])}<00>", "nbns_query")
        elif x < 0.88:
            seq = g.num(1, 900)
            row(h, GW, "ICMP", 74, f"Echo (ping) request  id=0x0001, seq={seq}/{(seq % 256) * 256 + seq // 256}, ttl=128 (reply in {st['no'] + 2})", "icmp_echo_request")
            row(GW, h, "ICMP", 74, f"Echo (ping) reply    id=0x0001, seq={seq}/{(seq % 256) * 256 + seq // 256}, ttl=255 (request in {st['no']})", "icmp_echo_reply")
        elif x < 0.93:
            row(GW, h, "ICMP", 70, "Destination unreachable (Port unreachable)", "icmp_unreachable")
        else:
            row(h, "23.50.240.71", "HTTP", 165, "GET /connecttest.txt HTTP/1.1 ", "http_get")
            row("23.50.240.71", h, "HTTP", 240, "HTTP/1.1 200 OK  (text/plain)", "http_200")

    L.emit('"No.","Time","Source","Destination","Protocol","Length","Info"', "csv_header", None, None, None)
    fill(L, [(6, tcp_flow), (55, stream_pkt), (9, dns), (12, quic), (3, arp), (6, misc)], N_LINES, 0.05)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 19 --------------------------------------------------------------- a Yamaha RTX1220 router (Rev.15.04) at the Osaka branch of a trading company, PPPoE to the ISP on PP[01], an IPsec
#   tunnel to the head office, its DHCP server for the LAN, sending syslog (with "syslog notice on" and "syslog info on") to the branch's Linux
#   server, where rsyslog writes "Dec  1 10:00:00 192.168.100.1 PP[01] Rejected at IN(1012) filter: TCP ..." to /var/log/rtx.log: rejected packets
#   from the Internet, the stateful inspection's session log, DHCP allocations, IKE and the tunnel going up and down, PPPoE reconnects, logins
#   on the web GUI and SSH, NTP, the LAN ports' links, a restart
@checked
def log_yamaha(seed):
    L = Log("yamaha_rtx_syslog", seed, "noyear", False, False)
    g = L.g
    RTR = "192.168.100.1"
    WAN = "198.51.100.2"
    HQ = "203.0.113.77"
    MACS = [g.mac() for _ in range(40)]
    st = {"tun": True, "pp": True, "lease": {}}

    def w(msg, ev):
        ms_(L, 0, 900)
        L.emit(f"{syslog_ts(L.t)} {RTR} {msg}", ev)

    def rejected():
        src = g.ip("pub")
        x = g.r.random()
        if x < 0.8:
            proto = g.c(["TCP", "TCP", "TCP", "UDP"])
            port = g.c([23, 22, 445, 3389, 80, 8080, 1433, 5060, 123, 1900, 37215, 52869]) if proto == "TCP" else g.c([5060, 1900, 123, 161, 53])
            w(f"PP[01] Rejected at IN(1012) filter: {proto} {src}:{g.port()} > {WAN}:{port}", "rejected")
        else:
            w(f"PP[01] Rejected at IN(1012) filter: ICMP {src} > {WAN} : echo request", "rejected_icmp")

    def inspect():
        h = f"192.168.100.{g.num(2, 80)}"
        d = g.c(["52.97.146.162", "20.190.159.68", "142.250.196.110", "13.107.42.14", "17.57.144.20", "133.242.0.3", "104.18.32.7"])
        proto = g.c(["TCP", "TCP", "TCP", "UDP"])
        t = L.t - dt.timedelta(seconds=g.num(0, 3))
        w(f"[INSPECT] PP[01][out][101098] {proto} {h}:{g.port()} > {d}:{443 if proto == 'TCP' else g.c([443, 53, 123])} ({t:%Y/%m/%d %H:%M:%S})", "inspect")

    def dhcp():
        m = g.c(MACS)
        ip = st["lease"].get(m) or f"192.168.100.{g.num(100, 199)}"
        st["lease"][m] = ip
        if g.r.random() < 0.85:
            w(f"[DHCPD] LAN1(port1) Allocates {ip}: {m}", "dhcp_allocates")
        else:
            w(f"[DHCPD] LAN1(port1) Release {ip}: {m}", "dhcp_release")

    def tunnel_down():
        if not st["tun"]:
            return tunnel_up()
        w("[IKE] IPsec SA[2] (gateway[1]) expired, deleted", "ike_ipsec_expired")
        w("IP Tunnel[1] Down", "tunnel_down")
        st["tun"] = False

    def tunnel_up():
        w(f"[IKE] initiate ISAKMP phase to {HQ} (local address {WAN})", "ike_initiate_isakmp")
        if g.r.random() < 0.1:
            w(f"[IKE] no proposal chosen for ISAKMP phase from {HQ}", "ike_no_proposal")
            return
        w(f"[IKE] ISAKMP SA[1] (gateway[1]) established with {HQ}", "ike_isakmp_established")
        w(f"[IKE] initiate IPsec phase to {HQ} (local address {WAN})", "ike_initiate_ipsec")
        w(f"[IKE] IPsec SA[{g.num(2, 9)}] (gateway[1]) established with {HQ}", "ike_ipsec_established")
        if not st["tun"]:
            w("IP Tunnel[1] Up", "tunnel_up")
        st["tun"] = True

    def rekey():
        w(f"[IKE] initiate IPsec phase to {HQ} (local address {WAN})", "ike_initiate_ipsec")
        w(f"[IKE] IPsec SA[{g.num(2, 9)}] (gateway[1]) established with {HQ}", "ike_ipsec_established")

    def pppoe():
        w(f"PP[01] Disconnected, cause [{g.c(['LCP timeout', 'LCP timeout', 'PADT received'])}]", "pp_disconnected")
        w("PP[01] PPPoE Disconnect", "pppoe_disconnect")
        if st["tun"]:
            w("IP Tunnel[1] Down", "tunnel_down")
            st["tun"] = False
        L.tick(20)
        w("PP[01] PPPoE Connect", "pppoe_connect")
        w(f"PP[01] PPP/IPCP up  (Local: {WAN}, Remote: 203.0.113.1)", "ppp_ipcp_up")
        w(f"PP[01] Pass(Local: {WAN}, Remote: 203.0.113.1, DNS1: 203.0.113.53, DNS2: 203.0.113.54)", "pp_pass")
        L.tick(5)
        tunnel_up()

    def login():
        src = f"192.168.100.{g.num(2, 40)}"
        x = g.r.random()
        if x < 0.45:
            w(f"Login succeeded as (noname) for HTTP: {src}", "login_http")
        elif x < 0.7:
            w(f"'admin' succeeded for SSH: {src}", "login_ssh")
            L.tick(300)
            w(f"Logout from SSH: {src}", "logout_ssh")
        elif x < 0.85:
            w(f"Logout timer expired from HTTP: {src}", "logout_timer_http")
        else:
            w(f"Login failed for SSH: {g.ip('pub')}", "login_failed_ssh")

    def ntp():
        if g.r.random() < 0.95:
            w("[NTP] Succeeded getting time from ntp.nict.jp (133.243.238.164)", "ntp_ok")
        else:
            w("[NTP] Failed getting time from ntp.nict.jp (timeout)", "ntp_failed")

    def link():
        p = g.num(2, 8)
        w(f"LAN1: PORT{p} link down", "lan_link_down")
        L.tick(10)
        w(f"LAN1: PORT{p} link up (1000BASE-T Full Duplex)", "lan_link_up")

    def restart():
        w("Restart by reload command", "restart_reload")
        L.tick(60)
        w("RTX1220 Rev.15.04.04 (Fri Mar  1 11:05:32 2024) starts", "starts")
        w("main:  RTX1220 ver=00 serial=S4K0123456 MAC-Address=00:a0:de:12:34:56 MAC-Address=00:a0:de:12:34:57", "main_banner")
        w("LAN1: PORT1 link up (1000BASE-T Full Duplex)", "lan_link_up")
        w("LAN2: link up (1000BASE-T Full Duplex)", "lan2_link_up")
        w("PP[01] PPPoE Connect", "pppoe_connect")
        w(f"PP[01] PPP/IPCP up  (Local: {WAN}, Remote: 203.0.113.1)", "ppp_ipcp_up")
        st["tun"] = False
        tunnel_up()

    ev = [(40, rejected), (30, inspect), (8, dhcp), (0.6, tunnel_down), (1.2, rekey), (0.25, pppoe), (2, login), (1, ntp), (0.6, link), (0.04, restart)]
    fill(L, ev, N_LINES, 30)
    del L.rows[N_LINES:]
    return L


# 20 --------------------------------------------------------------- YaST on a SUSE Linux Enterprise Server 15 SP6 application server of a logistics company, its /var/log/YaST2/y2log
#   over six weeks of an administrator's sessions (in ncurses over SSH): "2026-12-01 10:00:00 <1> sles-app01(4312) [Ruby] yast/wfm.rb:174 Calling
#   YaST client sw_single" with the level number, host and process, the component in brackets and the source location; module launches,
#   libzypp's repository refreshes, solver and RPM commits, online updates with a failing mirror, the network, firewall and user modules, an
#   internal error whose message continues over several lines
@checked
def log_yast(seed):
    L = Log("yast_y2log", seed, "full", True, True)
    g = L.g
    HOST = "sles-app01"
    REPOS = ["SLE-Module-Basesystem15-SP6-Pool", "SLE-Module-Basesystem15-SP6-Updates", "SLE-Module-Server-Applications15-SP6-Pool",
             "SLE-Module-Server-Applications15-SP6-Updates", "SLE-Product-SLES15-SP6-Pool", "SLE-Product-SLES15-SP6-Updates", "SLE-Module-Python3-15-SP6-Updates"]
    PKGS = ["htop-3.2.2-150500.3.3.1", "vim-9.1.0836-150500.20.15.1", "tcpdump-4.99.1-150400.3.3.1", "nginx-1.21.5-150600.10.9.1", "postgresql16-16.6-150600.16.10.1",
            "python311-requests-2.32.3-150600.3.3.1", "kernel-default-6.4.0-150600.23.30.1", "openssl-3-3.1.4-150600.5.21.1", "sudo-1.9.15p5-150600.3.6.1"]
    st = {"pid": 4000}

    def w(lv, comp, loc, msg, ev):
        ms_(L, 0, 300)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S} <{lv}> {HOST}({st['pid']}) [{comp}] {loc} {msg}", ev, str(lv), comp)

    def cont(text, ev, lv, comp):
        L.emit(text, ev, str(lv), comp)

    def launch(client, ui="ncurses"):
        st["pid"] = g.num(2000, 40000)
        w(1, "liby2", "genericfrontend.cc(main):649", f"Launched YaST2 component 'y2base' '{client}' '{ui}'", "launched")
        w(1, "liby2", "genericfrontend.cc(main):696", "Starting with UI: ncurses", "starting_ui")
        w(1, "Y2Ruby", "binary/YRuby.cc(YRuby):49", "Initializing ruby interpreter.", "init_ruby")
        w(1, "ui-ncurses", "NCurses.cc(init):247", "Launch NCurses...(ui thread)", "launch_ncurses")
        w(1, "ui-ncurses", "NCurses.cc(init):296", f"NCurses UI: terminal 'xterm-256color', size {g.c(['120x40', '160x48', '211x56'])}", "ncurses_terminal")
        w(1, "Ruby", "yast/wfm.rb:174", f"Calling YaST client {client}", "calling_client")

    def finish(client, ret):
        w(1, "Ruby", "yast/wfm.rb:253", f"Client /usr/share/YaST2/clients/{client}.rb returned {ret}", "client_returned")
        w(1, "liby2", "genericfrontend.cc(main):845", f"Exiting with client return value '{ret}'", "exiting")

    def zypp_init():
        w(1, "Ruby", "modules/PackageLock.rb:93", "PackageLock::Check result: true", "packagelock")
        w(1, "zypp", "ZYppFactory.cc(makeZYpp):226", f"lockfile /run/zypp.pid: got lock for pid {st['pid']}", "zypp_lock")
        w(1, "zypp", "ZYppImpl.cc(ZYppImpl):70", "Initializing keyring...", "zypp_keyring")
        w(1, "zypp", "TargetImpl.cc(TargetImpl):942", "Initialized target on /", "zypp_target")
        for r in REPOS:
            x = g.r.random()
            if x < 0.25:
                w(1, "zypp", "RepoManager.cc(checkIfToRefreshMetadata):926", f"Repository '{r}' has been refreshed less than repo.refresh.delay (10) minutes ago. "
                  "Advising to skip refresh", "zypp_refresh_skip")
            else:
                w(1, "zypp", "RepoManager.cc(refreshMetadata):1179", f"Refreshing metadata for '{r}'", "zypp_refreshing")
                if g.r.random() < 0.15:
                    w(3, "zypp-curl", "MediaCurl.cc(evaluateCurlCode):1052", f"curl error 28: Operation timed out after 60001 milliseconds with 0 out of 0 bytes received "
                      f"[https://updates.suse.com/SUSE/Updates/SLE-Module-Basesystem/15-SP6/x86_64/update/repodata/repomd.xml?{g.alnum(40)}]", "curl_error")
                    w(2, "Ruby", "modules/Pkg.rb:101", f"Refreshing repository '{r}' failed, using the cached metadata", "refresh_failed")
            w(1, "zypp", "RepoManager.cc(loadFromCache):1632", f"Loading cache for repo '{r}' ({g.num(800, 60000)} solvables)", "zypp_load_cache")
        w(1, "zypp", "PoolImpl.cc(onSystemByUser):421", "Loading /var/lib/zypp/AutoInstalled", "zypp_autoinstalled")

    def commit(pkgs):
        w(1, "zypp::solver", "SATResolver.cc(solving):691", f"Solver time: {g.f(0.02, 0.9, 3)}", "solver_time")
        w(1, "Ruby", "modules/Package.rb:371", "Packages to install: " + ", ".join(p.rsplit("-", 2)[0] for p in pkgs), "packages_to_install")
        w(1, "zypp", "TargetImpl.cc(commit):1371", "TargetImpl::commit(<pool>, Policy(DryRun:0, RestrictToMedia:0, DownloadMode:DownloadInAdvance))", "target_commit")
        for p in pkgs:
            w(1, "zypp::exec++", "ExternalProgram.cc(start_program):423", f"Executing[C] 'rpm' '--root' '/' '--dbpath' '/usr/lib/sysimage/rpm' '-U' '--percent' "
              f"'--noglob' '--force' '--nodeps' '--' '/var/cache/zypp/packages/{g.c(REPOS)}/x86_64/{p}.x86_64.rpm'", "exec_rpm")
            if g.r.random() < 0.1:
                w(2, "zypp", "RpmDb.cc(doInstallPackage):1982", f"rpm output: warning: /etc/{p.split('-')[0]}/{p.split('-')[0]}.conf created as "
                  f"/etc/{p.split('-')[0]}/{p.split('-')[0]}.conf.rpmnew", "rpm_warning")
            w(1, "zypp", "RpmDb.cc(doInstallPackage):2034", f"Installed: {p}.x86_64", "rpm_installed")
        w(1, "zypp", "TargetImpl.cc(commit):1558", f"Commit (ZYppCommitResult(noError, {len(pkgs)} done)) returned", "commit_returned")

    def sw_single():
        launch("sw_single")
        zypp_init()
        pk = g.r.sample(PKGS[:6], g.num(1, 3))
        if g.r.random() < 0.1:
            w(3, "Ruby", "modules/Report.rb:642", f"Error: Package {pk[0]}.x86_64 could not be installed: nothing provides 'libssl.so.1.1()(64bit)'",
              "report_error")
            finish("sw_single", ":abort")
            return
        commit(pk)
        finish("sw_single", ":next")

    def online_update():
        launch("online_update")
        zypp_init()
        n = g.num(0, 8)
        w(1, "Ruby", "online-update/patches.rb:88", f"Available patches: {n} (security: {g.num(0, n)}, recommended: {n})", "patches_available")
        if n:
            pk = g.r.sample(PKGS, min(n, len(PKGS)))
            commit(pk)
            if any(p.startswith("kernel") for p in pk):
                w(1, "Ruby", "online-update/clients/online_update.rb:201", "Reboot is needed after installing the patches", "reboot_needed")
        finish("online_update", ":next")

    def lan():
        launch("lan")
        w(1, "Ruby", "y2network/config_reader.rb:47", "Reading configuration using the 'wicked' backend", "reading_config")
        w(1, "Ruby", "y2network/wicked/interfaces_reader.rb:63", f"Found interfaces: {', '.join(g.r.sample(['eth0', 'eth1', 'bond0', 'lo'], 3))}", "found_interfaces")
        if g.r.random() < 0.08:
            w(3, "Ruby", "yast/yast.rb:186", "Internal error. Please report a bug report with logs.", "internal_error")
            cont("Run save_y2logs to get complete logs.", "internal_error_save", 3, "Ruby")
            cont("Details: undefined method `each' for nil:NilClass", "internal_error_details", 3, "Ruby")
            cont("Caller:  /usr/lib64/ruby/vendor_ruby/3.3.0/y2network/wicked/connection_config_readers/bonding.rb:42:in `update_connection_config'",
                 "internal_error_caller", 3, "Ruby")
            finish("lan", "nil")
            return
        w(1, "Ruby", "y2network/config_writer.rb:51", "Writing configuration: #<Y2Network::Config source=wicked>", "writing_config")
        w(1, "bash", "ShellCommand.cc(shellcommand):78", "Executing: '/usr/bin/systemctl reload-or-restart wicked.service'", "shell_exec")
        w(1, "Ruby", "lib/yast2/systemd/unit.rb:111", "Restarted unit wicked.service", "unit_restarted")
        finish("lan", ":next")

    def firewall():
        launch("firewall")
        w(1, "Ruby", "y2firewall/firewalld.rb:98", "Reading firewalld configuration", "firewalld_reading")
        for svc in g.r.sample(["http", "https", "postgresql", "ssh", "nfs", "prometheus-node-exporter"], g.num(1, 3)):
            w(1, "Ruby", "y2firewall/firewalld/api.rb:104", f"Executing firewall-cmd --permanent --zone=public --add-service={svc}", "firewall_cmd")
        w(1, "Ruby", "y2firewall/firewalld/api.rb:104", "Executing firewall-cmd --reload", "firewall_cmd")
        finish("firewall", ":next")

    def users():
        launch("users")
        u = g.c(["dhaas", "mkoenig", "svc-backup", "tlange", "ajung"])
        w(1, "Ruby", "y2users/linux/reader.rb:58", f"Read {g.num(30, 60)} users and {g.num(50, 80)} groups from the system", "users_read")
        w(1, "Ruby", "y2users/linux/create_user_action.rb:70", f"Executing: /usr/sbin/useradd --uid {g.num(1001, 1099)} --gid users --create-home {u}", "useradd")
        w(4, "Ruby", "y2users/linux/set_auth_keys_action.rb:41", f"Authorized keys written for user {u}", "auth_keys_written")
        finish("users", ":next")

    def scc():
        launch("scc")
        w(1, "Ruby", "registration/connect_helpers.rb:65", "Contacting SUSE Customer Center: https://scc.suse.com", "scc_contacting")
        if g.r.random() < 0.3:
            w(3, "Ruby", "registration/connect_helpers.rb:112", "Connection error: SSL_connect returned=1 errno=0 peeraddr=10.10.0.3:3128 state=error: certificate verify failed "
              "(unable to get local issuer certificate)", "scc_ssl_error")
            finish("scc", ":abort")
            return
        w(1, "Ruby", "registration/registration.rb:87", "Registration status: registered (SLES 15.6 x86_64)", "scc_status")
        finish("scc", ":next")

    def session():
        L.t += dt.timedelta(hours=g.r.uniform(3, 30))
        g.r.choices([sw_single, online_update, lan, firewall, users, scc], [30, 25, 10, 8, 6, 4])[0]()

    while len(L.rows) < N_LINES:
        session()
    del L.rows[N_LINES:]
    return L


LOGS = [log_matlab, log_mediawiki, log_mender, log_mojolicious, log_netbox, log_poe, log_prokka, log_quarkus, log_rocksdb, log_sendgrid, log_smapi,
        log_stan, log_supervisord, log_tinc, log_tox, log_uvicorn, log_warframe, log_wireshark, log_yamaha, log_yast]


if __name__ == "__main__":
    main(LOGS, WORK)
