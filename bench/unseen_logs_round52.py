#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the fifty-second round, 20 logs,
written 2026-12-07 by a helper that did not read LogSleuth's code; as found: 0.638. This round is
worked on (not held out). The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and
`formats` on each and prints grouping accuracy, events against templates, the learned format and how
many lines had their time, level and component read, and read right.

Lines without a header of their own carry the time, level and component of the record they belong
to: the exception line and the "   at" frames under a Crestron "Unhandled exception in event
handler:" entry; the exception, "SQL statement" line, "<tab>at" frames, "Caused by:" and "... n
more" under an H2 trace head ("jdbc[13]: exception", "database: ..."); the Python traceback under
Luigi's "Worker ... failed" ERROR line and the execution summary under its empty INFO message. A line
with no time of its own gets the time of the last line before it that writes one (of the first after
it at the start of a log) and no level or component: CodeIgniter's PHP guard line and the empty line
after it at the head of each day's file; the console prompt and empty line before Crestron's entries;
the journal's "-- Boot ... --" line in dump1090's log; Invidious' "[production] Invidious is ready to
lead at ..." and a dying fiber's "Unhandled exception in spawn: ..." with its "  from" frames; every
line of a CASTEP .castep file but " Run started: Tue, 01 Dec 2026 10:00:00 +0000" (the SCF "Timer"
column and the timings are values); every line of k6's output but its logfmt lines (the elapsed time
in the progress lines is a value); the GCS storage file's header and row. A header row of a CSV or
table file takes the time of the first row under it: the VPC flow log header, the GCS usage header.
AppVeyor (the raw console log) and Freeciv write no time at all (time kind None). John the Ripper
writes the time since its session started ("0:00:01:23", days:hours:minutes:seconds; rel: only
whether a time is read is checked). FSLogix writes the time of day only ("[10:00:00.123]", the date
is in the file name) (tod). distcc's syslog ("Dec  1 10:00:00"), dump1090's journal ("Dec 01
10:00:00") and Lc0 ("1201 10:00:00.123456", month and day) have no year (noyear). Full dates
elsewhere: the VPC flow log's "start" column (seconds since 1970; "end" is a value), CodeIgniter
("2026-12-01 10:00:00"), Crestron ("# 2026-12-01 10:00:00  #"), Cumulus Linux
("2026-12-01T10:00:00.123456+00:00"), Dapr's "time" (Z, nanoseconds), Duplicacy ("2026-12-01
02:00:01.123"), GCS' "time_micros" (microseconds since 1970), H2 ("2026-12-01
11:00:00.123456+01:00", Europe/Berlin), Invidious ("2026-12-01 10:00:00 UTC"), k6's logfmt "time"
(Z), Keybase ("2026-12-01T05:00:00.123456-05:00", America/New_York), Luigi ("2026-12-01
02:00:00,123"); where a log writes local time without an offset the clock is UTC.

Levels are as written: CodeIgniter's word (INFO, DEBUG, ERROR); Crestron's word after the entry
number (Notice, Info, Warning, Error) on the entry and the lines under it; Dapr's "level" (info, warn,
error); Duplicacy's word (INFO, WARN, ERROR); Freeciv's log level before the colon ("2" normal, "1"
error; the console's own lines, chat and command echoes have none); FSLogix' bracketed word (INFO,
WARN, ERROR; the error code after the colon is not part of it); Invidious' bracketed word (info, warn,
error; "[production]" is Kemal's environment, not a level); k6's logfmt "level" (info, warning,
error); Keybase's four letters (DEBU, INFO, WARN, ERRO); Luigi's word (DEBUG, INFO, WARNING, ERROR) on
the line and the lines it carries. The VPC flow log, AppVeyor, CASTEP, Cumulus Linux' syslog, distcc,
dump1090, GCS, H2, John the Ripper and Lc0 (its "WARNING:" at the start of a message is text) write
none. The component is Crestron's source before the "#" (SimplSharpPro[App01], with or without the
app, IPTable, CIP, Authentication, SNTP, Ethernet, SYSTEM, ProgramManager); the syslog program of
Cumulus Linux (switchd, clagd, bgpd, kernel, dhcrelay, lldpd, smond, sshd, sudo, nvued); Dapr's
"scope" (dapr.runtime, dapr.runtime.http-info, dapr.runtime.processor.pubsub, ...; kubectl's
"[pod/.../daprd]" prefix, the app_id and the instance are not); distcc's program (distccd, systemd;
distccd's function in parentheses, "(dcc_job_summary)", counts too); dump1090's program (dump1090-fa,
systemd); H2's trace module before the colon (jdbc, database; the session number in brackets is not);
Keybase's module ("keybase", or the source file in the brackets); Lc0's source file before ":line]"
("../../src/chess/uciloop.cc", with or without the line; the thread id is not); Luigi's logger
(luigi-interface, etl.extract, etl.load, etl.transform, etl.publish; the pid in brackets is not). The
VPC flow log (the interface id is not one), AppVeyor, CASTEP, CodeIgniter, Duplicacy (its
"BACKUP_STATS"-style ids are message ids, not components), Freeciv, FSLogix (the thread ids are not),
GCS, Invidious, John the Ripper and k6 ("source=console" is a key) have none.

The true event of a line is the format string that wrote it: a value filled into a format string is a
variable (a VPC flow record with log-status OK one event whatever the action, ACCEPT or REJECT, and
protocol, NODATA and SKIPDATA records one each; AppVeyor's echoed commands one event whatever the
command (git clone, dotnet build, cmake, 7z alike, as Travis' "$ %s"), MSBuild's "  %s -> %s" one, a
compiler warning "%s(%d,%d): warning %s: %s [%s]" one whatever the code (errors another), the compiled
file-name lines one, "Cache '%s' - %s" one whatever the state, CMake's "-- The %s compiler
identification is %s" and "-- Detecting %s compiler ABI info" one each whatever the language, CTest's
"Start %d: %s" one and its "Passed" and "***Failed" rows two; CodeIgniter's "Helper loaded: %s", 'Model
"%s" initialized' and "Language file loaded: %s" one each, its PHP error handler's "Severity: %s --> %s
%s %d" one whatever the severity and message (PHP 8.2's deprecations, warnings and mysqli's warning
alike), its exception handler's "Severity: error --> %s: %s %s %d" another, "Query error: %s - Invalid
query: %s" one; Crestron's "[Room] Source %s routed to %s" and "[Room] System powered %s by %s" one each,
"IP-ID %s (%s) at %s is online" one; Dapr's "Component loaded: %s (%s)" and "Subscribing to topic=%s on
pubsub=%s" one each, the retriable pub/sub error one whatever the topic and body, the invocation error one
whatever the target; distcc's "client: %s %s exit:%d sig:%d core:%d ret:%d time:%dms %s %s" one whatever
the status (COMPILE_OK, COMPILE_ERROR, COMPILE_TIMEOUT, OTHER) and whether compiler and file are
written; dump1090's statistics lines one each whatever the numbers, the network clients' lines that
read as the local receiver's ("  0 Mode A/C messages received", "    %d with bad message format or
invalid CRC", ...) one event with them; Duplicacy's "Uploaded %s (%d)" one, "Keep 1 snapshot every %d
day(s) if older than %d day(s)" one; Freeciv's chat "<%s> %s" one whatever is said, a command's echo
"%s: '%s'" one whatever the command, "Game saved as %s" one for autosaves and the final save, the
player list's rows one; FSLogix' "Configuration Read (%s): %s.  Data: %s" and "Configuration setting
not found: %s.  Using default: %s" one each whatever the setting, "===== Begin Session: %s" and "=====
End Session: %s" one each whatever the session (Logon, Logoff, Query Status); a GCS usage row one
event whatever the operation and a storage row another, each header its own; H2's statement line
under "SQL statement:" ("%s [%d-%d]") one whatever the statement; Invidious' request line "%d %s %s
%s" one whatever the status, method, path and duration; John's "- Rule #%d: '%s' accepted as '%s'" one
and "- Rule #%d: '%s' rejected" another, "+ Cracked %s" one; Lc0's ">> %s" one event whatever the UCI
command and "<< %s" one whatever the answer (info lines, bestmove, id and option lines alike), as
Axigen's "<< %s" and ">> %s" in round 38; Luigi's "Informed scheduler that task   %s   has status
%s" one whatever the status and "Checking if %s is complete" one), while two format strings that look
alike are two events (Cumulus' bgpd "%ADJCHANGE: ... Up" and "... Down %s", its switchd "link up" and
"link down", the kernel's bond "definitely down" and "definitely up", clagd's "is now dual connected"
and "is no longer dual connected"; AppVeyor's "Passed!  - Failed: ..." and "Failed!  - Failed: ...";
Duplicacy's "Keep no snapshots older than %d days" and the "Keep 1 snapshot every" lines, "Deleting
snapshot %s at revision %d" and "The snapshot %s at revision %d has been removed"; John's "Session
completed", "Session aborted" and "Session stopped (max run-time reached)"; Luigi's "[pid %d] Worker %s
running   %s", "done      %s" and "failed    %s"; FSLogix' "LoadProfile time" and "UnloadProfile time";
Invidious' "  from %s in '%s'" and "  from ???"). A structured line belongs to its message and its set
of keys: a Dapr line to its msg and keys ("HTTP API Called" with method and useragent one event
whatever the method, "gRPC API Called" another); a k6 logfmt line to its msg and keys ("Request
Failed" with its error one event whatever the error; the script's console.log lines with
source=console one per message; the JavaScript exception with executor, scenario and
source=stacktrace; "thresholds on metrics %s have been crossed"); a VPC flow or GCS row to its record
kind. In a banner, dump or table each kind of line is an event: CASTEP's banner box (its rule lines one
event, its blank box lines one, the logo lines one, each text line its own), each section head and
each parameter line of its parameter dump its own, and in its tables the rows one event per table
(SCF rows, with the "Initial" row its own; symmetrised force rows; stress rows x, y and z; cell
content atoms; lattice rows; lattice parameter rows a, b and c; BFGS convergence rows; line
minimisation rows "previous" and "trial step"), each table's rules and heads their own, "BFGS:
finished iteration %d with enthalpy= %s eV" one; k6's logo lines one event, its summary rows one event
per metric type whatever the metric (trend rows, rate rows, counter rows, gauge rows; a threshold's
"✓"/"✗" in front is a value), the "{ expected_response:true }" sub-metric row its own, the check lines
"✓ %s"/"✗ %s" one and the "↳" detail line another, the progress line "running (%s), %d/%d VUs, ..."
one, the scenarios' bar lines one per executor (ramping and arrival rate), their final "✓ [=====]"
lines two; Lc0's three logo lines each their own; Luigi's summary lines each kind its own ("=====
Luigi Execution Summary =====" one, "    - %d %s" one, "        - %d %s" another); 7-Zip's banner and
lines in AppVeyor's log each their own. .NET's "   at" frames one event (VSTest's first frame with its
deeper indent too, Crestron's SIMPL# frames alike), Java's "<tab>at" frames one event, Crystal's "  from"
frames one event, Python's "  File" lines one event and the code line under them another, the lines
of a psycopg2 error message after its first one event. Wrappers are not part of the event: syslog's
and the journal's stamp, host and program, kubectl's "[pod/.../daprd] " prefix, Keybase's tracer
"+ " and "- ... -> ok [time=...]" around a traced name (one event per traced function and direction,
whatever its arguments: "+ Identify2WithUID(%s)"). Empty lines are one event per log; lines of blanks
("  ") are their own event.

usage: unseen_logs_round52.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round52)
"""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round52")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, us6, fill, checked, syslog_ts, carry_time, ms_, ctime, epoch, jts  # noqa: E402, F401

CET = dt.timezone(dt.timedelta(hours=1))
EST = dt.timezone(dt.timedelta(hours=-5))


def compact(obj):
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


def from_epoch(s):
    return dt.datetime.fromtimestamp(s, UTC)


def fe(x, nd=8):
    """Fortran's ES format with a three-digit exponent: -8.63152164E+003."""
    if x == 0:
        return f"{0:.{nd}f}E+000"
    m, e = f"{x:.{nd}E}".split("E")
    return f"{m}E{e[0]}{int(e[1:]):03d}"


# 1 ---------------------------------------------------------------- Amazon VPC Flow Logs (version 2, the default format, 1-minute aggregation) of the production VPC of a small SaaS company
#   (an Application Load Balancer in two subnets, four web instances, an RDS PostgreSQL instance, a NAT gateway, an SSH bastion), delivered to S3 as
#   gzip files every five minutes and read back with `aws s3 cp --recursive` and `zcat`: each file opens with the header row, then the records of
#   each interface ("2 418295730164 eni-0... 10.20.1.57 10.20.2.47 48213 5432 6 12 3142 1764583201 1764583262 ACCEPT OK"), scanners REJECTed,
#   NODATA for idle interfaces, the odd SKIPDATA
@checked
def log_vpcflow(seed):
    L = Log("aws_vpc_flow_logs", seed, "full", False, False)
    g = L.g
    ACCT = "418295730164"
    HDR = "version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status"

    def eni():
        return "eni-0" + g.hx(16)

    ALB = [(eni(), f"10.20.0.{g.num(10, 60)}"), (eni(), f"10.20.16.{g.num(10, 60)}")]
    WEB = [(eni(), f"10.20.{g.c([1, 17])}.{g.num(10, 250)}") for _ in range(4)]
    DB = (eni(), "10.20.2.47")
    NAT = (eni(), "10.20.0.118")
    BAST = (eni(), "10.20.0.201")
    IDLE = [eni(), eni()]
    OFFICE = "198.51.100.23"
    SCAN = [22, 23, 80, 445, 1433, 2375, 3306, 3389, 5060, 5432, 5900, 6379, 7547, 8080, 8443, 9200, 11211, 27017]
    ORDER = {e: i for i, (e, _) in enumerate(ALB + WEB + [DB, NAT, BAST])}
    ORDER.update({e: 20 + i for i, e in enumerate(IDLE)})

    def rec(rows, e, src, dst, sp, dp, proto, pk, by, act, ws):
        st = ws + g.num(0, 40)
        en = ws + g.num(58, 64)
        rows.append((ORDER[e], st, f"2 {ACCT} {e} {src} {dst} {sp} {dp} {proto} {pk} {by} {st} {en} {act} OK", "flow"))

    def pair(rows, e, a, b, sp, dp, ws, pk=None, proto=6):
        pk = pk or g.num(4, 400)
        rec(rows, e, a, b, sp, dp, proto, pk, pk * g.num(52, 900), "ACCEPT", ws)
        pk2 = max(1, pk + g.num(-3, 30))
        rec(rows, e, b, a, dp, sp, proto, pk2, pk2 * g.num(52, 1400), "ACCEPT", ws)

    def client(rows, ws):
        e, ip = g.c(ALB)
        pair(rows, e, g.ip("pub"), ip, g.port(), 443, ws)
        if g.r.random() < 0.7:
            we, wip = g.c(WEB)
            pair(rows, we, ip, wip, g.port(), 8080, ws)

    def db(rows, ws):
        we, wip = g.c(WEB)
        sp = g.port()
        pair(rows, DB[0], wip, DB[1], sp, 5432, ws)
        if g.r.random() < 0.5:
            pair(rows, we, wip, DB[1], sp, 5432, ws)

    def nat(rows, ws):
        we, wip = g.c(WEB)
        dst = g.c(["52.216.", "3.5.", "140.82.", "151.101.", "104.16."]) + f"{g.num(0, 255)}.{g.num(1, 254)}"
        sp = g.port()
        pair(rows, NAT[0], wip, dst, sp, 443, ws)
        pair(rows, NAT[0], NAT[1], dst, g.num(1024, 65535), 443, ws)

    def scan(rows, ws):
        e, ip = g.c(ALB + [BAST, BAST, NAT])
        dp = g.c(SCAN)
        if e in (ALB[0][0], ALB[1][0]) and dp == 80:
            dp = 23
        pk = g.c([1, 1, 1, 2, 3])
        rec(rows, e, g.ip("pub"), ip, g.num(1024, 65535), dp, 6, pk, pk * g.c([40, 44, 60]), "REJECT", ws)

    def icmp(rows, ws):
        e, ip = g.c([BAST] + ALB)
        pk = g.num(1, 4)
        rec(rows, e, g.ip("pub"), ip, 0, 0, 1, pk, pk * 84, g.c(["ACCEPT", "REJECT"]) if e == BAST[0] else "REJECT", ws)

    def ssh(rows, ws):
        pair(rows, BAST[0], OFFICE, BAST[1], g.port(), 22, ws, g.num(20, 900))
        if g.r.random() < 0.6:
            we, wip = g.c(WEB)
            pair(rows, we, BAST[1], wip, g.port(), 22, ws, g.num(20, 900))

    def skip(rows, ws):
        e, _ = g.c(WEB)
        rows.append((ORDER[e], ws, f"2 {ACCT} {e} - - - - - - - {ws} {ws + g.num(58, 64)} - SKIPDATA", "skipdata"))

    kinds = [(30, client), (14, db), (8, nat), (12, scan), (2, icmp), (1.5, ssh), (0.05, skip)]

    def file():
        L.t += dt.timedelta(seconds=300 - L.t.second)
        ft = int(epoch(L.t)) // 60 * 60
        rows = []
        for k in range(5):
            ws = ft - 360 + k * 60
            for _ in range(g.num(5, 16)):
                g.r.choices([f for _, f in kinds], [w for w, _ in kinds])[0](rows, ws)
            for e in IDLE:
                if g.r.random() < 0.6:
                    rows.append((ORDER[e], ws, f"2 {ACCT} {e} - - - - - - - {ws} {ws + g.num(58, 64)} - NODATA", "nodata"))
        rows.sort(key=lambda r: (r[0], r[1]))
        L.emit(HDR, "header", t=from_epoch(rows[0][1]))
        for _, s, text, ev in rows:
            L.emit(text, ev, t=from_epoch(s))

    fill(L, [(1, file)], N_LINES, 1)
    del L.rows[N_LINES:]
    return L


# 2 ---------------------------------------------------------------- AppVeyor (the hosted service, Visual Studio 2022 image) building two open-source projects of one account: a .NET
#   CSV library (`dotnet build`, `dotnet test` with the AppVeyor logger, NuGet packages as artifacts) and a C compression library (CMake with the Visual
#   Studio generator, MSBuild, CTest); the raw console logs of the builds downloaded through the API and concatenated: no time on any line; "Build
#   started", the echoed commands, restore and compiler output, test results with the odd failure and its stack trace, artifacts, "Build success"
@checked
def log_appveyor(seed):
    L = Log("appveyor_build_console", seed, None, False, False)
    g = L.g
    st = {"csv": g.num(1100, 1200), "zl": g.num(400, 450)}
    CACHE = "C:\\Users\\appveyor\\.nuget\\packages"
    CSV = "C:\\projects\\acme-csv"
    ZL = "C:\\projects\\zlite"
    CFILES = ["adler32.c", "compress.c", "crc32.c", "deflate.c", "infback.c", "inffast.c", "inflate.c", "inftrees.c", "trees.c", "uncompr.c", "zutil.c"]
    ZTESTS = ["test_adler32", "test_crc32", "test_deflate_levels", "test_inflate_stream", "test_gzip_roundtrip", "test_dictionary", "test_large_window",
              "test_corrupt_input", "test_stored_blocks"]
    CSTESTS = ["ReaderTests.ReadsQuotedNewlines", "ReaderTests.HandlesBom", "WriterTests.EscapesDelimiters", "MappingTests.MapsNullableDecimal",
               "ReaderTests.DetectsDelimiter", "WriterTests.WritesHeaderOnce"]

    def w(text, ev):
        L.emit(text, ev)

    def clone(repo, folder):
        if g.r.random() < 0.3:
            w(f"git clone -q https://github.com/{repo}.git {folder}", "cmd_echo")
            w(f"git fetch -q origin +refs/pull/{g.num(180, 260)}/merge:", "cmd_echo")
            w("git checkout -qf FETCH_HEAD", "cmd_echo")
        else:
            w(f"git clone -q --branch={g.c(['main', 'main', 'main', 'release/2.x'])} https://github.com/{repo}.git {folder}", "cmd_echo")
            w(f"git checkout -qf {g.hx(40)}", "cmd_echo")

    def warn_cs(proj):
        f, code, msg = g.c([("CsvReader.cs", "CS8602", "Dereference of a possibly null reference."),
                            ("CsvWriter.cs", "CS8618", "Non-nullable field '_buffer' must contain a non-null value when exiting constructor. Consider declaring the field as nullable."),
                            ("TypeConverters\\DecimalConverter.cs", "CS0618", "'CultureInfo.InstalledUICulture' is obsolete: 'Use CurrentCulture'"),
                            ("CsvReader.cs", "CA1822", "Member 'IsQuoted' does not access instance data and can be marked as static")])
        return f"{CSV}\\src\\Acme.Csv\\{f}({g.num(20, 600)},{g.num(5, 60)}): warning {code}: {msg} [{proj}::TargetFramework=net8.0]"

    def csv_build():
        st["csv"] += 1
        ver = f"2.3.{st['csv']}"
        w("Build started", "build_started")
        clone("acme-oss/Acme.Csv", CSV)
        if g.r.random() < 0.85:
            w("Restoring build cache", "restoring_cache")
            w(f"Cache '{CACHE}' - Restored", "cache_status")
        w("Running Install scripts", "running_install")
        w("dotnet --version", "cmd_echo")
        w(g.c(["8.0.404", "8.0.404", "9.0.101"]), "dotnet_version")
        w("dotnet build -c Release", "cmd_echo")
        w("MSBuild version 17.11.9+a69bbaaf5 for .NET", "msbuild_version_net")
        w("  Determining projects to restore...", "determining_restore")
        proj = f"{CSV}\\src\\Acme.Csv\\Acme.Csv.csproj"
        tproj = f"{CSV}\\tests\\Acme.Csv.Tests\\Acme.Csv.Tests.csproj"
        if g.r.random() < 0.6:
            w("  All projects are up-to-date for restore.", "restore_up_to_date")
        else:
            for p in (proj, tproj):
                w(f"  Restored {p} (in {g.f(0.3, 9, 2)} sec).", "restored")
        warns = [warn_cs(proj) for _ in range(g.c([0, 0, 1, 1, 2, 3]))]
        for x in warns:
            w(x, "compiler_warning")
        if g.r.random() < 0.05:
            err = f"{CSV}\\src\\Acme.Csv\\CsvReader.cs({g.num(20, 600)},{g.num(5, 60)}): error CS0103: The name 'delimiter' does not exist in the current context [{proj}::TargetFramework=net8.0]"
            w(err, "compiler_error")
            w("", "empty")
            w("Build FAILED.", "build_failed_msbuild")
            w("", "empty")
            for x in warns:
                w(x, "compiler_warning")
            w(err, "compiler_error")
            w(f"    {len(warns)} Warning(s)", "n_warnings")
            w("    1 Error(s)", "n_errors")
            w("", "empty")
            w(f"Time Elapsed 00:00:{g.num(5, 40):02d}.{g.num(0, 99):02d}", "time_elapsed")
            w("Command exited with code 1", "cmd_exited")
            return
        for tfm in ("netstandard2.0", "net8.0"):
            w(f"  Acme.Csv -> {CSV}\\src\\Acme.Csv\\bin\\Release\\{tfm}\\Acme.Csv.dll", "msbuild_output")
        w(f"  Acme.Csv.Tests -> {CSV}\\tests\\Acme.Csv.Tests\\bin\\Release\\net8.0\\Acme.Csv.Tests.dll", "msbuild_output")
        w(f"  Successfully created package '{CSV}\\src\\Acme.Csv\\bin\\Release\\Acme.Csv.{ver}.nupkg'.", "created_package")
        w("", "empty")
        w("Build succeeded.", "build_succeeded")
        for x in warns:
            w(x, "compiler_warning")
        w(f"    {len(warns)} Warning(s)", "n_warnings")
        w("    0 Error(s)", "n_errors")
        w("", "empty")
        w(f"Time Elapsed 00:00:{g.num(9, 50):02d}.{g.num(0, 99):02d}", "time_elapsed")
        w("dotnet test tests\\Acme.Csv.Tests\\Acme.Csv.Tests.csproj -c Release --no-build --logger:Appveyor", "cmd_echo")
        w(f"Test run for {CSV}\\tests\\Acme.Csv.Tests\\bin\\Release\\net8.0\\Acme.Csv.Tests.dll (.NETCoreApp,Version=v8.0)", "test_run_for")
        w("VSTest version 17.11.1 (x64)", "vstest_version")
        w("", "empty")
        w("Starting test execution, please wait...", "starting_tests")
        w("A total of 1 test files matched the specified pattern.", "test_files_matched")
        nt, sk = 314, 2
        failed = []
        if g.r.random() < 0.15:
            failed = g.r.sample(CSTESTS, g.num(1, 2))
        for t in failed:
            cls, m = t.split(".")
            w(f"  Failed Acme.Csv.Tests.{t} [{g.num(2, 900)} ms]", "test_failed")
            w("  Error Message:", "error_message_head")
            w(g.c(["   Assert.Equal() Failure: Strings differ", "   Assert.Equal() Failure: Values differ", "   Assert.True() Failure",
                   "   System.FormatException : The input string '1,5' was not in a correct format."]), "error_message")
            w("  Stack Trace:", "stack_trace_head")
            w(f"     at Acme.Csv.Tests.{cls}.{m}() in {CSV}\\tests\\Acme.Csv.Tests\\{cls}.cs:line {g.num(20, 300)}", "dotnet_at")
            w("   at System.RuntimeMethodHandle.InvokeMethod(Object target, Void** arguments, Signature sig, Boolean isConstructor)", "dotnet_at")
            w("   at System.Reflection.MethodBaseInvoker.InvokeWithNoArgs(Object obj, BindingFlags invokeAttr)", "dotnet_at")
            w("", "empty")
        if failed:
            w(f"Failed!  - Failed: {len(failed):>5}, Passed: {nt - sk - len(failed):>5}, Skipped: {sk:>5}, Total: {nt:>5}, Duration: {g.num(2, 9)} s - Acme.Csv.Tests.dll (net8.0)",
              "tests_failed_summary")
            w("Command exited with code 1", "cmd_exited")
            return
        w(f"Passed!  - Failed: {0:>5}, Passed: {nt - sk:>5}, Skipped: {sk:>5}, Total: {nt:>5}, Duration: {g.num(2, 9)} s - Acme.Csv.Tests.dll (net8.0)",
          "tests_passed_summary")
        w("Collecting artifacts...", "collecting_artifacts")
        w(f"Found artifact 'src\\Acme.Csv\\bin\\Release\\Acme.Csv.{ver}.nupkg' matching '**\\*.nupkg' path", "found_artifact")
        w("Uploading artifacts...", "uploading_artifacts")
        w(f"[1/1] src\\Acme.Csv\\bin\\Release\\Acme.Csv.{ver}.nupkg ({g.num(60000, 90000):,} bytes)...100%", "uploading_artifact")
        if g.r.random() < 0.5:
            w("Deploying using NuGet provider", "deploying_nuget")
            w(f"Publishing Acme.Csv.{ver}.nupkg to https://ci.appveyor.com/nuget/acme-oss-4k2j9x...OK", "publishing")
            w("Total packages published: 1", "total_published")
        w("Updating build cache...", "updating_cache")
        w(f"Cache '{CACHE}' - {g.c(['Up to date', 'Up to date', 'Updated'])}", "cache_status")
        w("Build success", "build_success")

    def zl_build():
        st["zl"] += 1
        w("Build started", "build_started")
        clone("acme-oss/zlite", ZL)
        w("Running Install scripts", "running_install")
        w("cmake -S . -B build -G \"Visual Studio 17 2022\" -A x64 -DZLITE_BUILD_TESTS=ON", "cmd_echo")
        w("-- Selecting Windows SDK version 10.0.22621.0 to target Windows 10.0.20348.", "cmake_sdk")
        for lang in ("C", "CXX"):
            w(f"-- The {lang} compiler identification is MSVC 19.41.34123.0", "cmake_compiler_id")
        for lang in ("C", "CXX"):
            w(f"-- Detecting {lang} compiler ABI info", "cmake_detecting_abi")
            w(f"-- Detecting {lang} compiler ABI info - done", "cmake_detecting_abi_done")
            w(f"-- Check for working {lang} compiler: C:/Program Files/Microsoft Visual Studio/2022/Community/VC/Tools/MSVC/14.41.34120/bin/Hostx64/x64/cl.exe - skipped",
              "cmake_check_working")
            w(f"-- Detecting {lang} compile features", "cmake_detecting_features")
            w(f"-- Detecting {lang} compile features - done", "cmake_detecting_features_done")
        w(f"-- Configuring done ({g.f(1, 9, 1)}s)", "cmake_configuring_done")
        w(f"-- Generating done ({g.f(0, 0.5, 1)}s)", "cmake_generating_done")
        w("-- Build files have been written to: C:/projects/zlite/build", "cmake_written")
        w("cmake --build build --config Release -- /verbosity:minimal", "cmd_echo")
        w("MSBuild version 17.11.9+a69bbaaf5 for .NET Framework", "msbuild_version_fx")
        w("  Checking Build System", "checking_build_system")
        w("  Building Custom Rule C:/projects/zlite/CMakeLists.txt", "building_custom_rule")
        for f in CFILES:
            w(f"  {f}", "compiling_file")
            if f in ("deflate.c", "inflate.c") and g.r.random() < 0.3:
                w(f"{ZL}\\src\\{f}({g.num(100, 1800)},{g.num(10, 40)}): warning C4244: '=': conversion from 'unsigned __int64' to 'unsigned int', possible loss of data "
                  f"[{ZL}\\build\\zlite.vcxproj]", "compiler_warning")
        w(f"  zlite.vcxproj -> {ZL}\\build\\Release\\zlite.lib", "msbuild_output")
        for t in ZTESTS:
            w(f"  {t}.c", "compiling_file")
            w(f"  {t}.vcxproj -> {ZL}\\build\\tests\\Release\\{t}.exe", "msbuild_output")
        w("  Building Custom Rule C:/projects/zlite/tests/CMakeLists.txt", "building_custom_rule")
        w("ctest --test-dir build -C Release --output-on-failure", "cmd_echo")
        w("Internal ctest changing into directory: C:/projects/zlite/build", "ctest_changing_dir")
        w("Test project C:/projects/zlite/build", "ctest_project")
        bad = g.c(ZTESTS) if g.r.random() < 0.12 else None
        n = len(ZTESTS)
        for i, t in enumerate(ZTESTS, 1):
            w(f"      Start {i:>2}: {t}", "ctest_start")
            dots = "." * max(3, 31 - len(t))
            if t == bad:
                w(f"{i:>2}/{n} Test {'#' + str(i):>3}: {t} {dots}***Failed  {g.f(0.05, 3, 2):>6} sec", "ctest_failed")
                w(f"{t}: round trip mismatch at offset {g.num(1000, 900000)} (window bits 15, level {g.num(1, 9)})", "test_output")
                w(f"Assertion failed: memcmp(out, in, len) == 0, file C:\\projects\\zlite\\tests\\{t}.c, line {g.num(40, 200)}", "test_output")
                w("", "empty")
            else:
                w(f"{i:>2}/{n} Test {'#' + str(i):>3}: {t} {dots}   Passed  {g.f(0.02, 2, 2):>6} sec", "ctest_passed")
        w("", "empty")
        if bad:
            w(f"89% tests passed, 1 tests failed out of {n}", "ctest_summary")
            w("", "empty")
            w(f"Total Test time (real) = {g.f(1, 9, 2):>7} sec", "ctest_total_time")
            w("", "empty")
            w("The following tests FAILED:", "ctest_following_failed")
            w(f"\t{ZTESTS.index(bad) + 1:>3} - {bad} (Failed)", "ctest_failed_item")
            w("Errors while running CTest", "ctest_errors")
            w("Command exited with code 8", "cmd_exited")
            return
        w(f"100% tests passed, 0 tests failed out of {n}", "ctest_summary")
        w("", "empty")
        w(f"Total Test time (real) = {g.f(1, 9, 2):>7} sec", "ctest_total_time")
        w("7z a zlite-win64.zip .\\build\\Release\\zlite.lib .\\include\\*.h", "cmd_echo")
        w("", "empty")
        w("7-Zip 23.01 (x64) : Copyright (c) 1999-2023 Igor Pavlov : 2023-06-20", "sevenzip_banner")
        w("", "empty")
        w("Scanning the drive:", "sevenzip_scanning")
        w(f"{g.num(5, 7)} files, {g.num(200000, 300000)} bytes ({g.num(200, 300)} KiB)", "sevenzip_files")
        w("", "empty")
        w("Creating archive: zlite-win64.zip", "sevenzip_creating")
        w("", "empty")
        w("Everything is Ok", "sevenzip_ok")
        w("Collecting artifacts...", "collecting_artifacts")
        w("Found artifact 'zlite-win64.zip' matching 'zlite-win64.zip' path", "found_artifact")
        w("Uploading artifacts...", "uploading_artifacts")
        w(f"[1/1] zlite-win64.zip ({g.num(60000, 99000):,} bytes)...100%", "uploading_artifact")
        w("Build success", "build_success")

    fill(L, [(3, csv_build), (2, zl_build)], N_LINES, 3600)
    del L.rows[N_LINES:]
    return L


# 3 ---------------------------------------------------------------- CASTEP 23.1 (academic release) relaxing the olivine cathode LiFePO4 (28 atoms, PBE+U, 600 eV) on a university cluster
#   for a battery-materials group, the seedname's .castep file as the job leaves it: CASTEP appends each run (a first run stopped by the wall-clock
#   limit, then the continuation), so the banner, the parameter dump, the cell and the geometry optimisation come more than once; SCF tables with
#   their "<-- SCF" tags, symmetrised forces and stress boxes, the BFGS line-minimisation and convergence tables, the final configuration, timings
@checked
def log_castep(seed):
    L = Log("castep_geom_opt", seed, "full", False, False)
    g = L.g
    ATOMS = [("Li", 4), ("Fe", 4), ("P", 4), ("O", 16)]
    st = {"H": -11843.52 - g.r.random(), "it": 0, "timer": 0.0, "xyz": None}
    LOGO = ["      CCC   AA    SSS  TTTTT  EEEEE  PPPP        ", "     C     A  A  S       T    E      P   P       ",
            "     C     AAAA   SS     T    EEE    PPPP        ", "     C     A  A     S    T    E      P           ",
            "      CCC  A  A  SSS     T    EEEEE  P           "]
    BANNER = ["Welcome to Academic Release CASTEP version 23.1", "Ab Initio Total Energy Program", "", "Authors:",
              "M. Segall, M. Probert, C. Pickard, P. Hasnip,", "S. Clark, K. Refson, J. R. Yates, M. Payne", "", "Contributors:",
              "P. Lindan, P. Haynes, J. White, V. Milman,", "N. Govind, M. Gibson, P. Tulip, V. Cocula,", "B. Montanari, D. Quigley, M. Glover,",
              "L. Bernasconi, A. Perlov, M. Plummer,", "E. McNellis, J. Meyer, J. Gale, D. Jochym", "J. Aarons, B. Walker, R. Larsen,", "J. Wilkins, D. Lee",
              "", "Copyright (c) 2000 - 2023", "", "    Distributed under license from Cambridge", "    Enterprise for academic use only.", "",
              "Please cite", "", "    \"First principles methods using CASTEP\"", "", "        Zeitschrift fuer Kristallographie", "          220(5-6) pp. 567-570 (2005)",
              "", "S. J. Clark, M. D. Segall, C. J. Pickard,", "P. J. Hasnip, M. J. Probert, K. Refson,", "M. C. Payne", "", "      in all publications arising from",
              "             your use of CASTEP", ""]
    PARAMS = [
        ("General Parameters", [("output verbosity", "normal  (1)"), ("write checkpoint data to", "LiFePO4.check"), ("type of calculation", "geometry optimization"),
                                ("stress calculation", "on"), ("density difference calculation", "off"), ("electron localisation func (ELF) calculation", "off"),
                                ("Hirshfeld analysis", "off"), ("polarisation (Berry phase) analysis", "off"), ("molecular orbital projected DOS", "off"),
                                ("deltaSCF calculation", "off"), ("timing information", "on"), ("memory usage estimate", "on"),
                                ("write extra output files", "on"), ("write BibTeX reference list", "on"), ("checkpoint writing", "both castep_bin and check files"),
                                ("output         length unit", "A"), ("output           mass unit", "amu"), ("output           time unit", "ps"),
                                ("output         charge unit", "e"), ("output           spin unit", "hbar/2"), ("output         energy unit", "eV"),
                                ("output          force unit", "eV/A"), ("output       pressure unit", "GPa")]),
        ("Exchange-Correlation Parameters", [("using functional", "Perdew Burke Ernzerhof"), ("relativistic treatment", "Koelling-Harmon"),
                                             ("DFT+D: Semi-empirical dispersion correction", "off")]),
        ("Basis Set Parameters", [("basis set accuracy", "FINE"), ("plane wave basis set cut-off", "600.0000   eV"), ("size of standard grid", "2.0000"),
                                  ("size of   fine   gmax", "20.9165   1/A"), ("finite basis set correction", "none")]),
        ("Electronic Parameters", [("number of  electrons", "176.0"), ("net charge of system", "0.000"), ("net spin   of system", "16.00"),
                                   ("number of  up  spins", "96.00"), ("number of down spins", "80.00"), ("treating system as spin-polarized", ""),
                                   ("number of bands", "106")]),
        ("Electronic Minimization Parameters", [("Method: Treating system as metallic with density mixing treatment of electrons,", None),
                                                ("total energy / atom convergence tol.", "0.1000E-05   eV"), ("eigen-energy convergence tolerance", "0.1000E-05   eV"),
                                                ("max force / atom convergence tol.", "ignored"), ("convergence tolerance window", "3   cycles"),
                                                ("max. number of SCF cycles", "100"), ("number of fixed-spin iterations", "10"), ("smearing scheme", "Gaussian"),
                                                ("smearing width", "0.2000       eV"), ("Fermi energy convergence tolerance", "0.2721E-13   eV")]),
        ("Geometry Optimization Parameters", [("optimization method", "BFGS"), ("variable cell method", "fixed basis quality"),
                                              ("max. number of steps", "100"), ("estimated bulk modulus", "500.0       GPa"),
                                              ("estimated <frequency>", "1668.       cm-1"), ("geom line minimiser", "on"),
                                              ("total energy convergence tolerance", "0.2000E-04   eV/atom"), ("max ionic |force| tolerance", "0.5000E-01   eV/A"),
                                              ("max ionic |displacement| tolerance", "0.1000E-02   A"), ("max |stress component| tolerance", "0.1000       GPa"),
                                              ("convergence tolerance window", "2   steps"), ("backup results every", "5   steps")]),
    ]
    LAT = [10.3320, 6.0105, 4.6930]

    def w(text, ev, t=None):
        L.emit(text, ev, None, None, t)

    def stars(title, width=79):
        pad = width - len(title) - 2
        return " " + "*" * (pad // 2) + " " + title + " " + "*" * (pad - pad // 2)

    def header():
        w(" +-------------------------------------------------+", "box_rule")
        w(" |                                                 |", "box_blank")
        for x in LOGO:
            w(f" |{x}|", "box_logo")
        w(" |                                                 |", "box_blank")
        w(" +-------------------------------------------------+", "box_rule")
        for x in BANNER:
            if not x:
                w(" |                                                 |", "box_blank")
            else:
                w(f" | {x:<47} |", "box_" + x.strip()[:24].lower().replace(" ", "_"))
        w(" +-------------------------------------------------+", "box_rule")
        w("", "empty")
        w("", "empty")
        w(" Compiled for linux_x86_64_gfortran10.0 on Tue, 14 Mar 2023 10:20:32 +0000", "compiled_for")
        w(" from code version 0d4e8e1+  Tue Mar 14 09:59:40 2023 +0000", "code_version")
        w(" Compiler: GNU Fortran 10.2.1; Optimisation: FAST", "compiler")
        w(" MATHLIBS: openblas (LAPACK version 3.9.0)", "mathlibs")
        w(" FFT Lib : fftw3 version fftw-3.3.8-sse2-avx", "fftlib")
        w(" Fundamental constants values: CODATA 2014", "codata")
        w("", "empty")
        w(f" Run started: {L.t:%a, %d %b %Y %H:%M:%S} +0000", "run_started", L.t)
        w("", "empty")
        w(" Pseudo atomic calculation performed for Li 1s2 2s1", "pseudo_atomic")
        w(" Converged in 18 iterations to a total energy of -204.2193 eV", "pseudo_converged")
        w(" Pseudo atomic calculation performed for Fe 3s2 3p6 3d6 4s2", "pseudo_atomic")
        w(" Converged in 27 iterations to a total energy of -862.4417 eV", "pseudo_converged")
        w(" Calculation parallelised over 64 processes.", "parallelised")
        w(" Data is distributed by k-point (4-way) and by G-vector (16-way)", "distributed_by")
        w("", "empty")
        w(stars("Title"), "section_title")
        w(" LiFePO4 olivine, PBE+U, relax", "title_text")
        w("", "empty")
        for sec, items in PARAMS:
            w(stars(sec), "section:" + sec)
            w("  ", "blank2")
            for k, v in items:
                if v is None:
                    w(f" {k}", "param:" + k)
                else:
                    w(f" {k:<46} : {v}".rstrip() if v else f" {k}", "param:" + k)
            w("", "empty")
        w(" " + "*" * 79, "stars_rule")
        w("", "empty")

    def unit_cell(vol):
        w("                           -------------------------------", "cell_rule")
        w("                                      Unit Cell", "unit_cell_title")
        w("                           -------------------------------", "cell_rule")
        w("        Real Lattice(A)              Reciprocal Lattice(1/A)", "lattice_head")
        for i, a in enumerate(LAT):
            row = ["0.0000000"] * 3
            row[i] = f"{a * (1 + g.r.uniform(-0.004, 0.004)):.7f}"
            rec = ["0.000000"] * 3
            rec[i] = f"{6.283185307 / a:.6f}"
            w(f"   {row[0]:>12}  {row[1]:>12}  {row[2]:>12}        {rec[0]:>9} {rec[1]:>9} {rec[2]:>9}", "lattice_row")
        w("", "empty")
        w("                       Lattice parameters(A)       Cell Angles", "lattice_params_head")
        for n, a, ang in (("a", LAT[0], "alpha"), ("b", LAT[1], "beta "), ("c", LAT[2], "gamma")):
            w(f"                    {n} = {a * (1 + g.r.uniform(-0.004, 0.004)):13.6f}          {ang} =   90.000000", "lattice_param_row")
        w("", "empty")
        w(f"                       Current cell volume = {vol:12.6f}       A**3", "cell_volume")
        w(f"                                   density = {vol / 291.4:12.6f}   AMU/A**3", "density_amu")
        w(f"                                           = {vol / 179.4:12.6f}     g/cm^3", "density_gcm")
        w("", "empty")

    def cell_contents():
        w("                           -------------------------------", "cell_rule")
        w("                                     Cell Contents", "cell_contents_title")
        w("                           -------------------------------", "cell_rule")
        w("", "empty")
        w("            xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "xx_rule")
        w("            x  Element    Atom        Fractional coordinates of atoms  x", "xx_head1")
        w("            x            Number           u          v          w      x", "xx_head2")
        w("            x----------------------------------------------------------x", "xx_dash")
        if st["xyz"] is None:
            st["xyz"] = [[g.r.random() for _ in range(3)] for _ in range(28)]
        k = 0
        for el, n in ATOMS:
            for i in range(1, n + 1):
                u, v, x = ((c + g.r.uniform(-0.002, 0.002)) % 1.0 for c in st["xyz"][k])
                k += 1
                w(f"            x  {el:<2}  {i:>12}          {u:.6f}   {v:.6f}   {x:.6f}   x", "xx_atom")
        w("            xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "xx_rule")
        w("", "empty")

    def scf(first=False):
        st["timer"] += g.r.uniform(3, 9)
        w("------------------------------------------------------------------------ <-- SCF", "scf_rule")
        w("SCF loop      Energy           Fermi           Energy gain       Timer   <-- SCF", "scf_head1")
        w("                               energy          per atom          (sec)   <-- SCF", "scf_head2")
        w("------------------------------------------------------------------------ <-- SCF", "scf_rule")
        e = st["H"] + (g.r.uniform(5, 40) if first else g.r.uniform(0.5, 3))
        w(f"Initial  {fe(e)}  {fe(0)}                      {st['timer']:>7.2f}  <-- SCF", "scf_initial")
        for i in range(1, g.num(6, 14) if first else g.num(4, 9)):
            de = (st["H"] - e) * g.r.uniform(0.3, 0.9)
            e += de
            st["timer"] += g.r.uniform(2.5, 6)
            w(f"     {i:>3}  {fe(e)}  {fe(g.r.uniform(4, 6))}  {fe(abs(de) / 28)}{st['timer']:>10.2f}  <-- SCF", "scf_row")
        w("------------------------------------------------------------------------ <-- SCF", "scf_rule")
        w("", "empty")
        w(f"Final energy, E             =  {e:.10f}     eV", "final_energy")
        w(f"Final free energy (E-TS)    =  {e - g.r.uniform(0, 0.001):.10f}     eV", "final_free_energy")
        w("(energies not corrected for finite basis set)", "not_corrected")
        w("", "empty")
        w(f"NB est. 0K energy (E-0.5TS)      =  {e - g.r.uniform(0, 0.0005):.10f}     eV", "est_0k")
        w("", "empty")
        return e

    def forces(scale):
        w(" ************************** Symmetrised Forces ***************************", "forces_title")
        w(" *                                                                       *", "forces_blank")
        w(" *                      Cartesian components (eV/A)                      *", "forces_units")
        w(" * --------------------------------------------------------------------- *", "forces_dash")
        w(" *                         x                    y                    z   *", "forces_xyz")
        w(" *                                                                       *", "forces_blank")
        for el, n in ATOMS:
            for i in range(1, n + 1):
                f = [g.r.uniform(-scale, scale) for _ in range(3)]
                f[1] = 0.0 if el != "O" or i <= 8 else f[1]
                w(f" * {el:<2} {i:>14} {f[0]:>20.5f} {f[1]:>20.5f} {f[2]:>20.5f} *", "forces_row")
        w(" *                                                                       *", "forces_blank")
        w(" *************************************************************************", "forces_end")
        w("", "empty")
        w(" ***************** Symmetrised Stress Tensor *****************", "stress_title")
        w(" *                                                           *", "stress_blank")
        w(" *          Cartesian components (GPa)                       *", "stress_units")
        w(" * --------------------------------------------------------- *", "stress_dash")
        w(" *             x             y             z                 *", "stress_xyz")
        w(" *                                                           *", "stress_blank")
        s = [g.r.uniform(-scale * 10, scale * 10) for _ in range(3)]
        for i, ax in enumerate("xyz"):
            row = [0.0, 0.0, 0.0]
            row[i] = s[i]
            w(f" *  {ax} {row[0]:>13.6f} {row[1]:>13.6f} {row[2]:>13.6f}                 *", "stress_row")
        w(" *                                                           *", "stress_blank")
        w(f" *  Pressure: {-sum(s) / 3:>10.4f}                                     *", "stress_pressure")
        w(" *                                                           *", "stress_blank")
        w(" *************************************************************", "stress_end")

    def minline(rows):
        w(" +------------+-------------+-------------+-----------------+ <-- min BFGS", "minb_rule")
        w(" |    Step    |   lambda    |   F.delta'  |    enthalpy     | <-- min BFGS", "minb_head")
        w(" +------------+-------------+-------------+-----------------+ <-- min BFGS", "minb_rule")
        for name, lam, fd, h in rows:
            w(f" | {name:^10} | {lam:11.6f} | {fd:11.6f} | {h:15.6f} | <-- min BFGS", "minb_row")
        w(" +------------+-------------+-------------+-----------------+ <-- min BFGS", "minb_rule")

    def conv(scale, ok):
        w("+-----------+-----------------+-----------------+------------+-----+ <-- BFGS", "bfgs_rule")
        w("| Parameter |      value      |    tolerance    |    units   | OK? | <-- BFGS", "bfgs_head")
        w("+-----------+-----------------+-----------------+------------+-----+ <-- BFGS", "bfgs_rule")
        for name, v, tol, unit in (("dE/ion", g.r.uniform(0.1, 50) * scale * 1e-5, 2e-5, "eV"), ("|F|max", scale, 5e-2, "eV/A"),
                                   ("|dR|max", g.r.uniform(0.3, 9) * scale * 1e-2, 1e-3, "A"), ("Smax", scale * g.r.uniform(3, 12), 1e-1, "GPa")):
            w(f"|  {name:<8} |   {fe(v, 6)} |   {fe(tol, 6)} | {unit:>10} | {'Yes' if (ok or v < tol) else 'No':<3} | <-- BFGS", "bfgs_row")
        w("+-----------+-----------------+-----------------+------------+-----+ <-- BFGS", "bfgs_rule")

    def run(cont):
        header()
        st["timer"] = g.r.uniform(2, 5)
        if cont:
            w(" Reading continuation data from model file LiFePO4.check", "reading_continuation")
            w("", "empty")
        unit_cell(291.4 + g.r.uniform(-1, 1))
        cell_contents()
        w(f"                         Number of kpoints used = {g.c([8, 12])}", "n_kpoints")
        w("", "empty")
        w(" Calculating total energy with cut-off of  600.000 eV.", "calculating_total_energy")
        h = scf(first=True)
        scale = g.r.uniform(0.2, 0.9)
        forces(scale)
        w(f" BFGS: finished iteration     0 with enthalpy= {fe(h)} eV", "bfgs_finished_iter")
        w("", "empty")
        conv(scale, False)
        w("", "empty")
        for _ in range(g.num(5, 11)):
            st["it"] += 1
            it = st["it"]
            w("=" * 80, "eq_rule")
            w(f" Starting BFGS iteration {it:>10} ...", "starting_bfgs_iter")
            w("=" * 80, "eq_rule")
            w("", "empty")
            minline([("previous", 0.0, g.r.uniform(0.001, 0.05), h)])
            w("", "empty")
            unit_cell(291.4 + g.r.uniform(-1, 1))
            cell_contents()
            h2 = scf()
            scale *= g.r.uniform(0.3, 0.8)
            forces(scale)
            minline([("previous", 0.0, g.r.uniform(0.001, 0.05), h), ("trial step", 1.0, g.r.uniform(-0.01, 0.01), h2)])
            lam = g.r.uniform(0.6, 1.6)
            w(f" BFGS: finished iteration {it:>5} with enthalpy= {fe(h2)} eV", "bfgs_finished_iter")
            w("", "empty")
            ok = scale < 0.05
            conv(scale, ok)
            w("", "empty")
            h = h2
            if ok:
                break
            w(f" BFGS: improved iteration {it:>5} with line minimization (lambda={lam:>10.6f})", "bfgs_improved")
            w("", "empty")
        else:
            w(" Maximum run time exceeded - stopping after this iteration", "max_run_time")
            w(" Writing model to LiFePO4.check", "writing_model")
            return
        w(" BFGS: Geometry optimization completed successfully.", "bfgs_completed")
        w("", "empty")
        w("=" * 80, "eq_rule")
        w(" BFGS: Final Configuration:", "bfgs_final_config")
        w("=" * 80, "eq_rule")
        w("", "empty")
        unit_cell(291.4 + g.r.uniform(-1, 1))
        cell_contents()
        w(f" BFGS: Final Enthalpy     = {fe(h)} eV", "bfgs_final_enthalpy")
        w(f" BFGS: Final <frequency>  = {g.r.uniform(600, 1800):>13.5f} cm-1", "bfgs_final_frequency")
        w(f" BFGS: Final bulk modulus = {g.r.uniform(80, 140):>13.5f} GPa", "bfgs_final_bulk")
        w("", "empty")
        forces(scale)
        w("", "empty")
        w(" Writing analysis data to LiFePO4.castep_bin", "writing_analysis")
        w("", "empty")
        w(" Writing model to LiFePO4.check", "writing_model")
        w("", "empty")
        tot = st["timer"] + g.r.uniform(1, 5)
        w(f" Initialisation time = {g.r.uniform(2, 6):>11.2f} s", "init_time")
        w(f" Calculation time    = {tot:>11.2f} s", "calc_time")
        w(f" Finalisation time   = {g.r.uniform(0.1, 1):>11.2f} s", "final_time")
        w(f" Total time          = {tot + 4:>11.2f} s", "total_time")
        w(f" Peak Memory Use     = {g.num(900000, 1900000)} kB", "peak_memory")
        w("  ", "blank2")
        w(f" Overall parallel efficiency rating: {g.c(['Very good', 'Good'])} ({g.num(75, 95)}%)", "parallel_efficiency")
        w("  ", "blank2")
        w(" Data was distributed by:-", "data_distributed")
        w(f" k-point (4-way); efficiency rating: Excellent ({g.num(96, 100)}%)", "dist_row")
        w(f" G-vector (16-way); efficiency rating: {g.c(['Very good', 'Good'])} ({g.num(75, 95)}%)", "dist_row")
        w("", "empty")

    def job():
        st["it"] = 0
        st["xyz"] = None
        run(False)
        L.tick(3600 * 12)
        run(True)
        L.tick(3600 * 30)

    fill(L, [(1, job)], N_LINES, 3600)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 4 ---------------------------------------------------------------- CodeIgniter 3.1.13 on PHP 8.2 (a sales office's order-management app, MySQL, database sessions), logging threshold 3
#   (errors, debug and info), application/logs/log-2026-12-01.php and the next days' files concatenated: each file opens with the PHP guard line
#   "<?php defined('BASEPATH') OR exit('No direct script access allowed'); ?>" and an empty line, then "INFO - 2026-12-01 10:00:00 --> Config Class
#   Initialized" and the rest of every request's boot sequence, helpers and models loaded, "DEBUG - ... --> Total execution time: 0.0412", the PHP
#   8.2 dynamic-property deprecations of CI 3 ("Severity: 8192 --> ..."), warnings, database errors, 404s from scanners, the cron CLI runs
@checked
def log_codeigniter(seed):
    L = Log("codeigniter3_log", seed, "full", True, False)
    g = L.g
    APP = "/var/www/orders/application"
    SYS = "/var/www/orders/system"
    CTRL = [("orders", "Orders", ["order_model", "customer_model"], ["url", "form", "date"], ["form_validation", "pagination"]),
            ("customers", "Customers", ["customer_model"], ["url", "form"], ["form_validation"]),
            ("dashboard", "Dashboard", ["order_model", "report_model"], ["url", "number"], []),
            ("invoices", "Invoices", ["invoice_model", "order_model"], ["url", "download"], ["pdf"]),
            ("auth", "Auth", ["user_model"], ["url", "form", "cookie"], ["form_validation", "encryption"])]
    LIBS = {"form_validation": "Form Validation Class Initialized", "pagination": "Pagination Class Initialized", "encryption": "Encryption Class Initialized",
            "pdf": "Pdf Class Initialized"}
    st = {"day": None}

    def w(lv, msg, ev):
        if st["day"] != L.t.date():
            st["day"] = L.t.date()
            L.emit("<?php defined('BASEPATH') OR exit('No direct script access allowed'); ?>", "php_guard", None, None, None)
            L.emit("", "empty", None, None, None)
        L.emit(f"{lv} - {L.t:%Y-%m-%d %H:%M:%S} --> {msg}", ev, lv)

    def dep():
        p, m, ln = g.c([(f"{SYS}/core/URI.php", "Creation of dynamic property CI_URI::$config is deprecated", 102),
                        (f"{SYS}/core/Router.php", "Creation of dynamic property CI_Router::$uri is deprecated", 127),
                        (f"{SYS}/core/Loader.php", "Creation of dynamic property Orders::$order_model is deprecated", 357),
                        (f"{SYS}/libraries/Driver.php", "Creation of dynamic property CI_Session::$database is deprecated", 188),
                        (f"{SYS}/database/DB_driver.php", "Creation of dynamic property CI_DB_mysqli_driver::$failover is deprecated", 371)])
        w("ERROR", f"Severity: 8192 --> {m} {p} {ln}", "php_error")

    def boot():
        w("INFO", "Config Class Initialized", "config_init")
        w("INFO", "Hooks Class Initialized", "hooks_init")
        w("DEBUG", "UTF-8 Support Enabled", "utf8_enabled")
        w("INFO", "Utf8 Class Initialized", "utf8_init")
        w("INFO", "URI Class Initialized", "uri_init")
        if g.r.random() < 0.25:
            dep()

    def request():
        ms_(L, 0, 40)
        c, cls, models, helpers, libs = g.c(CTRL)
        boot()
        if g.r.random() < 0.06:
            w("DEBUG", "No URI present. Default controller set.", "default_controller")
        w("INFO", "Router Class Initialized", "router_init")
        w("INFO", "Output Class Initialized", "output_init")
        w("INFO", "Security Class Initialized", "security_init")
        w("DEBUG", "Global POST, GET and COOKIE data sanitized", "data_sanitized")
        if g.r.random() < 0.3:
            w("INFO", "CSRF cookie sent", "csrf_cookie_sent")
        if g.r.random() < 0.2:
            w("INFO", "CSRF token verified", "csrf_verified")
        w("INFO", "Input Class Initialized", "input_init")
        w("INFO", "Language Class Initialized", "language_init")
        if g.r.random() < 0.015:
            w("ERROR", f"404 Page Not Found: {g.c(['wp-login.php', '.env', 'orders/exportt', 'phpmyadmin/index.php', 'vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php', 'admin/config.php'])}",
              "page_404")
            return
        w("INFO", "Loader Class Initialized", "loader_init")
        for h in helpers:
            w("INFO", f"Helper loaded: {h}_helper", "helper_loaded")
        w("INFO", "Database Driver Class Initialized", "db_driver_init")
        if g.r.random() < 0.004:
            w("ERROR", f"Severity: Warning --> mysqli::real_connect(): (HY000/2002): Connection refused {SYS}/database/drivers/mysqli/mysqli_driver.php 201", "php_error")
            w("ERROR", "Unable to connect to the database", "db_connect_failed")
            return
        w("INFO", "Session: Class initialized using 'database' driver.", "session_init")
        w("INFO", "Controller Class Initialized", "controller_init")
        for m in models:
            w("INFO", f"Model \"{m[0].upper() + m[1:]}\" initialized", "model_init")
        for lib in libs:
            w("INFO", LIBS[lib], "lib:" + lib)
            if lib == "form_validation" and g.r.random() < 0.3:
                w("INFO", "Language file loaded: language/english/form_validation_lang.php", "language_file_loaded")
                if g.r.random() < 0.2:
                    w("ERROR", "Could not find the language line \"form_validation_valid_vat_id\"", "lang_line_missing")
        x = g.r.random()
        if x < 0.05:
            v, ln = g.c([("Undefined array key \"customer_id\"", 142), ("Undefined variable $totals", 88), ("Trying to access array offset on value of type null", 61),
                         ("Undefined property: stdClass::$discount", 203)])
            w("ERROR", f"Severity: Warning --> {v} {APP}/{g.c(['controllers/' + cls + '.php', 'views/' + c + '/index.php', 'models/Order_model.php'])} {ln}", "php_error")
        elif x < 0.065:
            ex = g.c([f"Query error: Duplicate entry '{g.email()}' for key 'uniq_customer_email' - Invalid query: INSERT INTO `customers` (`name`, `email`, `created_at`) "
                      f"VALUES ('{g.user().title()} GmbH', '{g.email()}', '{L.t:%Y-%m-%d %H:%M:%S}')",
                      f"Query error: Deadlock found when trying to get lock; try restarting transaction - Invalid query: UPDATE `orders` SET `status` = 'shipped' WHERE `id` = {g.num(10000, 99999)}",
                      "Query error: Unknown column 'o.discount_pct' in 'field list' - Invalid query: SELECT o.id, o.total, o.discount_pct FROM orders o WHERE o.customer_id = 17"])
            w("ERROR", ex, "query_error")
        elif x < 0.07:
            w("ERROR", f"Severity: error --> Exception: Call to a member function row() on bool {APP}/models/Report_model.php {g.num(30, 120)}", "php_exception")
        ms_(L, 5, 400)
        w("INFO", "Final output sent to browser", "final_output")
        w("DEBUG", f"Total execution time: {g.r.uniform(0.01, 0.9):.4f}", "total_exec_time")

    def cron():
        boot()
        w("INFO", "Router Class Initialized", "router_init")
        w("INFO", "Output Class Initialized", "output_init")
        w("INFO", "Security Class Initialized", "security_init")
        w("DEBUG", "Global POST, GET and COOKIE data sanitized", "data_sanitized")
        w("INFO", "Input Class Initialized", "input_init")
        w("INFO", "Language Class Initialized", "language_init")
        w("INFO", "Loader Class Initialized", "loader_init")
        w("INFO", "Helper loaded: url_helper", "helper_loaded")
        w("INFO", "Database Driver Class Initialized", "db_driver_init")
        w("INFO", "Controller Class Initialized", "controller_init")
        w("INFO", "Model \"Order_model\" initialized", "model_init")
        w("INFO", "Email Class Initialized", "lib:email")
        if g.r.random() < 0.3:
            ms_(L, 100, 2000)
            w("INFO", "Language file loaded: language/english/email_lang.php", "language_file_loaded")
        if g.r.random() < 0.1:
            w("ERROR", "Severity: Warning --> fsockopen(): Unable to connect to smtp.office365.com:587 (Connection timed out) "
              f"{SYS}/libraries/Email.php 2070", "php_error")
        w("INFO", "Final output sent to browser", "final_output")
        w("DEBUG", f"Total execution time: {g.r.uniform(0.5, 9):.4f}", "total_exec_time")

    ev = [(20, request), (0.6, cron)]

    def busy():
        # the office works 7-18 UTC; at night only cron and scanners
        h = L.t.hour
        if 7 <= h < 18 or g.r.random() < 0.08:
            g.r.choices([f for _, f in ev], [x for x, _ in ev])[0]()
        elif g.r.random() < 0.2:
            cron()

    fill(L, [(1, busy)], N_LINES, 240)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 5 ---------------------------------------------------------------- Crestron 4-series control processor (CP4, firmware 2.8001) running a SIMPL# Pro program for a university lecture hall
#   (touch panels, DM switcher, projectors over RS-232 and IP, a DSP, room scheduling), the output of the console command `err` captured over SSH by the
#   AV team: numbered entries "17. Notice: SimplSharpPro[App01] # 2026-12-01 10:00:00  # [Room] Source HDMI 2 routed to Projector Left", the
#   program's own notices and errors (an unhandled exception prints its stack over several lines), devices going online and offline, SNTP, logins,
#   the nightly reboot
@checked
def log_crestron(seed):
    L = Log("crestron_err_log", seed, "full", True, True)
    g = L.g
    st = {"n": 0}
    APP = "SimplSharpPro[App01]"
    DEVS = [(0x03, "TSW-1070", "10.41.20.31"), (0x04, "TSW-770", "10.41.20.32"), (0x10, "DMPS3-4K-350-C", "10.41.20.40"), (0x1A, "HD-PS621", "10.41.20.44"),
            (0x21, "DM-NVX-360", "10.41.20.51"), (0x22, "DM-NVX-360", "10.41.20.52"), (0x30, "CEN-IO-COM-102", "10.41.20.60")]
    SRC = ["Lectern PC", "HDMI 1", "HDMI 2", "Wireless Presentation", "Document Camera", "Blu-ray"]
    DST = ["Projector Left", "Projector Right", "Confidence Monitor", "Lecture Capture"]

    def w(lv, src, msg, ev, extra=()):
        st["n"] += 1
        ms_(L, 0, 900)
        L.emit(f"{st['n']}. {lv}: {src} # {L.t:%Y-%m-%d %H:%M:%S}  # {msg}", ev, lv, src)
        for text, e in extra:
            L.emit(text, e, lv, src)

    def room():
        x = g.r.random()
        if x < 0.45:
            w("Notice", APP, f"[Room] Source {g.c(SRC)} routed to {g.c(DST)}", "room_routed")
        elif x < 0.6:
            how, who = g.c([("on", "TSW-1070 IPID 03"), ("on", "TSW-770 IPID 04"), ("on", "Scheduler"), ("off", "TSW-1070 IPID 03"), ("off", "Scheduler"),
                            ("off", "Auto-off timer")])
            w("Notice", APP, f"[Room] System powered {how} by {who}", "room_power")
        elif x < 0.7:
            w("Notice", APP, f"[Projector] {g.c(['Left', 'Right'])} lamp hours: {g.num(800, 4800)}", "proj_lamp_hours")
        elif x < 0.8:
            w("Notice", APP, f"[DSP] Program volume set to {g.num(-40, 0)} dB", "dsp_volume")
        elif x < 0.87:
            w("Warning", APP, f"[Projector] {g.c(['Left', 'Right'])} did not respond to poll (attempt {g.num(1, 3)} of 3)", "proj_no_response")
        elif x < 0.92:
            w("Notice", APP, f"[Scheduling] Room booked: \"{g.c(['MATH 101', 'PHYS 230', 'Faculty Meeting', 'CHEM 210 Lab Briefing', 'Guest Lecture'])}\" "
              f"{L.t:%H}:00-{(L.t.hour + g.num(1, 2)) % 24:02d}:00", "sched_booked")
        elif x < 0.96:
            w("Error", APP, f"[DSP] Connection to Tesira at 10.41.20.70:23 lost: {g.c(['Connection reset by peer', 'Timed out'])}", "dsp_conn_lost")
        else:
            ex, frames = g.c([("System.NullReferenceException: Object reference not set to an instance of an object.",
                               ["Acme.Hall.RoomController.OnSourceSelected(UInt16 source)", "Acme.Hall.UI.MainPage.OnSigChange(BasicTriList device, SigEventArgs args)",
                                "Crestron.SimplSharpPro.DeviceSupport.BasicTriList.OnSigChange(SigEventArgs args)"]),
                              ("System.ArgumentOutOfRangeException: Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')",
                               ["System.Collections.Generic.List`1.get_Item(Int32 index)", "Acme.Hall.Scheduling.CalendarFeed.Parse(String json)",
                                "Acme.Hall.Scheduling.CalendarFeed.OnResponse(HttpsClientResponse response, HTTPS_CALLBACK_ERROR error)"])])
            w("Error", APP, "Unhandled exception in event handler:", "unhandled_exception",
              [(f"   {ex}", "exception_line")] + [(f"   at {f}", "dotnet_at") for f in frames])

    def device():
        ipid, model, ip = g.c(DEVS)
        if g.r.random() < 0.5:
            w("Error", "IPTable", f"IP-ID {ipid:02X} ({model}) at {ip} went offline", "ipid_offline")
            L.tick(g.c([5, 20, 120]))
            w("Notice", "IPTable", f"IP-ID {ipid:02X} ({model}) at {ip} is online", "ipid_online")
        else:
            if g.r.random() < 0.1:
                w("Warning", "CIP", f"Connection from {ip} refused: IP-ID {ipid:02X} is not in the IP table", "cip_refused")
            else:
                w("Notice", "CIP", f"IP-ID {ipid:02X} registered from {ip} ({model}, firmware {g.c(['2.8001.00062', '3.0000.00041', '1.5152.00016'])})", "cip_registered")

    def login():
        u = g.c(["avtech", "avtech", "admin", "jmiller", "sscheduler"])
        ip = f"10.41.{g.c([1, 1, 8])}.{g.num(10, 200)}"
        if g.r.random() < 0.1:
            w("Warning", "Authentication", f"Failed login attempt for user '{u}' from {ip} via {g.c(['SSH', 'HTTPS'])}", "auth_failed")
        else:
            w("Notice", "Authentication", f"User '{u}' logged in from {ip} via {g.c(['SSH', 'HTTPS', 'SSH'])}", "auth_login")

    def sntp():
        if g.r.random() < 0.9:
            w("Info", "SNTP", f"Time synchronized with time.campus.example.edu (offset {g.num(-900, 900)} ms)", "sntp_sync")
        else:
            w("Warning", "SNTP", "Unable to reach time server time.campus.example.edu", "sntp_unreachable")

    def reboot():
        w("Notice", "SYSTEM", "Reboot requested by scheduled task 'NightlyReboot'", "reboot_requested")
        L.tick(90)
        w("Notice", "SYSTEM", "Firmware version: 2.8001.00089 (Sep 12 2025 11:40:21)", "fw_version")
        w("Notice", "SYSTEM", f"Last reboot reason: {g.c(['Reboot command', 'Reboot command', 'Watchdog'])}", "reboot_reason")
        w("Info", "Ethernet", f"LAN link up at {g.c(['1000', '1000', '100'])} Mbps, full duplex", "link_up")
        w("Info", "Ethernet", "DHCP disabled, static address 10.41.20.10/24 gateway 10.41.20.1", "static_addr")
        w("Notice", "ProgramManager", "Program 01 loading from \\user\\program01\\AcmeHall.cpz", "prog_loading")
        w("Notice", "ProgramManager", "Program 01 started", "prog_started")
        w("Notice", APP, "[Main] AcmeHall v3.4.2 InitializeSystem complete", "app_init_complete")
        for ipid, model, ip in DEVS:
            if g.r.random() < 0.8:
                w("Notice", "IPTable", f"IP-ID {ipid:02X} ({model}) at {ip} is online", "ipid_online")

    L.emit("CP4>err", "prompt", None, None, None)
    L.emit("", "empty", None, None, None)
    fill(L, [(14, room), (4, device), (1.5, login), (2, sntp), (0.15, reboot)], N_LINES, 600)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 6 ---------------------------------------------------------------- Cumulus Linux 5.9 on a pair of leaf switches (MLAG) in a small data centre, /var/log/syslog of leaf01 with rsyslog's
#   RFC 3339 stamps ("2026-12-01T10:00:00.123456+00:00 leaf01 switchd[1423]: ..."): switchd's port events, clagd's MLAG peering and bond states, FRR's
#   bgpd neighbour changes (the BGP unnumbered sessions to the spines), the kernel's bond messages, dhcrelay forwarding DHCP, lldpd, smond's sensors
#   and PSUs, sshd and sudo for the operators' NVUE commands
@checked
def log_cumulus(seed):
    L = Log("cumulus_linux_syslog", seed, "full", False, True)
    g = L.g
    pids = {"switchd": g.num(1200, 1500), "clagd": g.num(1500, 1900), "bgpd": g.num(2000, 2400), "dhcrelay": g.num(2400, 2900), "lldpd": g.num(900, 1200),
            "smond": g.num(800, 900), "ptmd": g.num(1000, 1100)}
    BONDS = [f"bond{i}" for i in range(1, 9)]
    SPINES = [("swp51", "spine01"), ("swp52", "spine02"), ("swp53", "spine03"), ("swp54", "spine04")]

    def w(prog, msg, ev, comp=None, pid=True):
        ms_(L, 0, 300)
        tag = f"{prog}[{pids[prog]}]" if pid and prog in pids else (f"{prog}[{g.num(3000, 60000)}]" if pid else prog)
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}+00:00 leaf01 {tag}: {msg}", ev, None, comp or prog)

    def kern(msg, ev):
        ms_(L, 0, 100)
        up = (L.t - T_BOOT).total_seconds()
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}+00:00 leaf01 kernel: [{up:12.6f}] {msg}", ev, None, "kernel")

    T_BOOT = L.t - dt.timedelta(days=g.num(20, 90), seconds=g.num(0, 86400))

    def dhcp():
        mac = "44:38:39:" + ":".join(f"{g.num(0, 255):02x}" for _ in range(3))
        srv = g.c(["10.1.250.10", "10.1.250.11"])
        w("dhcrelay", f"Forwarded BOOTREQUEST for {mac} to {srv}", "dhcrelay_request")
        if g.r.random() < 0.9:
            w("dhcrelay", f"Forwarded BOOTREPLY for {mac} to 10.1.{g.num(10, 40)}.1", "dhcrelay_reply")

    def port_flap():
        n = g.num(1, 48)
        b = g.c(BONDS)
        w("switchd", f"sync_port.c:{g.c([1023, 1023, 1088])} swp{n}: link down", "switchd_link_down")
        kern(f"{b}: (slave swp{n}): link status definitely down, disabling slave", "kern_bond_down")
        if g.r.random() < 0.5:
            w("clagd", f"{b} is no longer dual connected", "clagd_single", "clagd")
        L.tick(g.c([2, 10, 60]))
        w("switchd", f"sync_port.c:{g.c([1023, 1088])} swp{n}: link up, speed {g.c([25000, 25000, 10000])}, duplex full", "switchd_link_up")
        kern(f"{b}: (slave swp{n}): link status definitely up, {g.c([25000, 10000])} Mbps full duplex", "kern_bond_up")
        w("clagd", f"{b} is now dual connected", "clagd_dual", "clagd")
        if g.r.random() < 0.5:
            w("lldpd", f"MSAP has changed for port swp{n}, sending immediately", "lldpd_msap")

    def bgp():
        sw, sp = g.c(SPINES)
        reason = g.c(["Interface down", "Hold Timer Expired", "BGP Notification received", "Peer closed the session"])
        if reason == "Hold Timer Expired":
            w("bgpd", f"[HZN6M-XRM1G] %NOTIFICATION: sent to neighbor {sw}({sp}) 4/0 (Hold Timer Expired) 0 bytes", "bgpd_notif_sent")
        elif reason == "BGP Notification received":
            w("bgpd", f"[HZN6M-XRM1G] %NOTIFICATION: received from neighbor {sw}({sp}) 6/4 (Cease/Administrative Reset) 0 bytes", "bgpd_notif_received")
        w("bgpd", f"[M59KS-A3ZXZ] %ADJCHANGE: neighbor {sw}({sp}) in vrf default Down {reason}", "bgpd_adj_down")
        L.tick(g.c([3, 15, 40]))
        w("bgpd", f"[M59KS-A3ZXZ] %ADJCHANGE: neighbor {sw}({sp}) in vrf default Up", "bgpd_adj_up")

    def smond():
        x = g.r.random()
        if x < 0.6:
            a, b = g.c([("OK", "HIGH"), ("HIGH", "OK")])
            w("smond", f"/usr/sbin/smond : : Temp{g.num(1, 6)}({g.c(['Board Sensor near CPU', 'Board Sensor Near Virtual Switch', 'Front Panel Temp', 'PSU1 Temp Sensor'])}): "
              f"state changed from {a} to {b}", "smond_temp")
        elif x < 0.85:
            a, b = g.c([("OK", "LOW"), ("LOW", "OK")])
            tray, fan = g.num(1, 6), g.num(1, 2)
            w("smond", f"/usr/sbin/smond : : Fan{tray}-{fan}(Fan Tray {tray}, Fan {fan}): state changed from {a} to {b}", "smond_fan")
        else:
            p = g.c([1, 2])
            w("smond", f"/usr/sbin/smond : : PSU{p}(PSU{p}): state changed from OK to BAD", "smond_psu")
            L.tick(600)
            w("smond", f"/usr/sbin/smond : : PSU{p}(PSU{p}): state changed from BAD to OK", "smond_psu")

    def ssh():
        u = g.c(["cumulus", "netops", "jdoe", "ansible"])
        ip = f"10.1.254.{g.num(10, 40)}"
        pid = g.num(3000, 60000)
        ms_(L, 0, 200)
        fp = g.alnum(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}+00:00 leaf01 sshd[{pid}]: Accepted publickey for {u} from {ip} port {g.port()} ssh2: ED25519 SHA256:{fp}",
               "sshd_accepted", None, "sshd")
        ms_(L, 0, 200)
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}+00:00 leaf01 sshd[{pid}]: pam_unix(sshd:session): session opened for user {u}(uid={g.c([1000, 1001, 1002])}) by (uid=0)",
               "sshd_session_opened", None, "sshd")
        for _ in range(g.num(0, 4)):
            L.tick(20)
            cmd = g.c(["/usr/bin/nv config apply -y", "/usr/bin/nv show interface bond1", "/usr/sbin/ifreload -a", "/usr/bin/vtysh -c show bgp summary",
                       "/usr/bin/nv set interface swp12 link state down", "/usr/bin/clagctl", "/usr/bin/journalctl -u switchd"])
            w("sudo", f"{u:>8} : TTY=pts/{g.num(0, 3)} ; PWD=/home/{u} ; USER=root ; COMMAND={cmd}", "sudo_command", "sudo", pid=False)
            if "apply" in cmd:
                w("nvued", f"Config apply of revision {g.num(100, 900)} started by {u}", "nvued_apply_start", "nvued", pid=True)
                L.tick(5)
                w("nvued", "Config apply finished: success", "nvued_apply_done", "nvued", pid=True)
        L.tick(120)
        ms_(L, 0, 200)
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}+00:00 leaf01 sshd[{pid}]: pam_unix(sshd:session): session closed for user {u}", "sshd_session_closed", None, "sshd")

    def clag_rare():
        x = g.r.random()
        if x < 0.5:
            w("clagd", "The peer switch is no longer responding. The backup link is active.", "clagd_peer_not_responding")
            L.tick(8)
            w("clagd", "Peer state changed to alive", "clagd_peer_alive")
            w("clagd", f"Role is now {g.c(['primary', 'secondary'])}", "clagd_role")
        else:
            b = g.c(BONDS)
            w("clagd", f"Conflict (protodown) detected on {b}: mismatched LACP partner MAC 44:38:39:{g.hx(2)}:{g.hx(2)}:{g.hx(2)}", "clagd_conflict")

    def lldp_rare():
        w("lldpd", f"unable to send packet on real device for swp{g.num(49, 54)}: No such device or address", "lldpd_unable_send")

    fill(L, [(18, dhcp), (4, port_flap), (1.2, bgp), (2, smond), (1.5, ssh), (0.4, clag_rare), (0.2, lldp_rare)], N_LINES, 45)
    del L.rows[N_LINES:]
    return L


# 7 ---------------------------------------------------------------- Dapr 1.14 sidecars (daprd, JSON logs, API logging on) of a shop's order services on Kubernetes (orders, payments,
#   inventory; Redis state store, Kafka pub/sub, actors for the carts), `kubectl logs --prefix -l app.kubernetes.io/part-of=shop -c daprd --tail=-1`: one
#   pod's log after the other, each line "[pod/orders-7b9d6c8f5-kx2lp/daprd] " and logrus' JSON with sorted keys (app_id, instance, level, msg, scope,
#   time, type, ver; "method" and "useragent" on the API log lines); start-up, components loaded, placement tables, API calls, pub/sub deliveries,
#   retries and app-channel errors, a graceful shutdown
@checked
def log_dapr(seed):
    L = Log("dapr_sidecar_json", seed, "full", True, True)
    g = L.g
    VER = "1.14.4"
    APPS = {"orders": (8080, ["POST /v1.0/state/statestore", "GET /v1.0/state/statestore/{k}", "POST /v1.0/publish/pubsub/orders.created",
                              "POST /v1.0/invoke/inventory/method/reserve", "POST /v1.0/invoke/payments/method/charge"]),
            "payments": (5000, ["GET /v1.0/secrets/vault/stripe-key", "POST /v1.0/publish/pubsub/payments.completed", "POST /v1.0/state/statestore"]),
            "inventory": (3000, ["GET /v1.0/state/statestore/{k}", "POST /v1.0/state/statestore", "PUT /v1.0/actors/CartActor/{k}/method/AddItem",
                                 "POST /v1.0/publish/pubsub/inventory.low"])}
    UA = {"orders": "dapr-sdk-go/v1.11.0", "payments": "dapr-sdk-dotnet/v1.14.0", "inventory": "dapr-sdk-java/v1.12.0"}
    TOPICS = {"orders": [], "payments": ["orders.created"], "inventory": ["orders.created", "payments.completed"]}

    def pod_log(app):
        port, apis = APPS[app]
        inst = f"{app}-{g.alnum(9, 'bcdfghjklmnpqrstvwxz2456789')}-{g.alnum(5, 'bcdfghjklmnpqrstvwxz2456789')}"
        pre = f"[pod/{inst}/daprd] "

        def w(level, scope, msg, ev, extra=None, step=(0, 40)):
            ms_(L, *step)
            d = {"app_id": app, "instance": inst, "level": level}
            if extra:
                d.update(extra)
            d.update({"msg": msg, "scope": scope, "time": f"{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}{g.num(0, 999):03d}Z", "type": "log", "ver": VER})
            d = dict(sorted(d.items()))
            L.emit(pre + compact(d), ev, level, scope)

        w("info", "dapr.runtime", f"Starting Dapr Runtime -- version {VER} -- commit {g.hx(40)}", "starting_runtime")
        w("info", "dapr.runtime", "Log level set to: info", "log_level_set")
        w("info", "dapr.runtime.diagnostics", "Metrics server started on :9090/", "metrics_started")
        w("info", "dapr.runtime", "Resiliency configuration loaded", "resiliency_loaded")
        w("info", "dapr.runtime", "Kubernetes mode enabled", "k8s_mode")
        w("info", "dapr.runtime", f"app id: {app}", "app_id")
        w("info", "dapr.runtime.security", "mTLS enabled. creating sidecar authenticator", "mtls_enabled")
        w("info", "dapr.runtime.security", "Sending workload CSR request to sentry", "csr_request")
        w("info", "dapr.runtime.security", "Successfully signed certificate for workload identity", "cert_signed", step=(50, 400))
        w("info", "dapr.runtime", "Dapr trace sampler initialized: ParentBased{root:TraceIDRatioBased{1}}", "trace_sampler")
        w("info", "dapr.runtime", "Loading components…", "loading_components")
        for c, t in (("statestore", "state.redis/v1"), ("pubsub", "pubsub.kafka/v1"), ("vault", "secretstores.hashicorp.vault/v1"), ("kubernetes", "secretstores.kubernetes/v1")):
            w("info", "dapr.runtime.processor", f"Component loaded: {c} ({t})", "component_loaded", step=(5, 300))
        w("info", "dapr.runtime", "Waiting for all outstanding components to be processed…", "waiting_components")
        w("info", "dapr.runtime", "All outstanding components processed", "components_processed")
        w("info", "dapr.runtime", "gRPC proxy enabled", "grpc_proxy")
        w("info", "dapr.runtime.grpc.api", "Enabled gRPC tracing middleware", "grpc_tracing")
        w("info", "dapr.runtime.grpc.api", "Enabled gRPC metrics middleware", "grpc_metrics")
        w("info", "dapr.runtime.grpc.api", "API gRPC server is running on port 50001", "grpc_api_running")
        w("info", "dapr.runtime.http", "HTTP server is running on port 3500", "http_running")
        w("info", "dapr.runtime.http", "The request body size parameter is: 4194304 bytes", "body_size")
        w("info", "dapr.runtime.grpc.internal", "Internal gRPC server is running on :50002", "grpc_internal_running")
        w("info", "dapr.runtime", f"Application protocol: http. Waiting on port {port}.  This will block until the app is listening on that port.", "waiting_app")
        w("info", "dapr.runtime", f"Application discovered on port {port}", "app_discovered", step=(500, 9000))
        if app == "inventory":
            w("info", "dapr.runtime.actor", "Actor runtime started. Actor idle timeout: 1h0m0s. Actor scan interval: 30s", "actor_runtime")
            w("info", "dapr.runtime.actors.placement", f"Placement tables updated, version: {g.num(10, 60)}", "placement_updated")
        for t in TOPICS[app]:
            w("info", "dapr.runtime.processor.pubsub", f"Subscribing to topic={t} on pubsub=pubsub", "subscribing")
        w("info", "dapr.runtime", f"dapr initialized. Status: Running. Init Elapsed {g.num(1200, 12000)}ms", "dapr_initialized")
        n = g.num(120, 420)
        for _ in range(n):
            L.tick(g.c([2, 5, 20]))
            x = g.r.random()
            if x < 0.72:
                m = g.c(apis).replace("{k}", g.c(["cart-", "sku-", "order-"]) + str(g.num(1000, 99999)))
                w("info", "dapr.runtime.http-info", "HTTP API Called", "http_api_called", {"method": m, "useragent": UA[app]})
            elif x < 0.8 and TOPICS[app]:
                w("info", "dapr.runtime.grpc-info", "gRPC API Called", "grpc_api_called", {"method": g.c(["/dapr.proto.runtime.v1.Dapr/GetState",
                                                                                                         "/dapr.proto.runtime.v1.Dapr/SaveState",
                                                                                                         "/dapr.proto.runtime.v1.Dapr/PublishEvent"])})
            elif x < 0.86 and TOPICS[app]:
                t = g.c(TOPICS[app])
                w("warn", "dapr.runtime.processor.pubsub", f"Retriable error returned from app while processing pub/sub event {g.uuid()}, topic: {t}, body: "
                  f"{{\"error\":\"{g.c(['inventory lock timeout', 'upstream 503', 'db: connection pool exhausted'])}\"}}. Error: HTTP status code: 500", "pubsub_retriable")
            elif x < 0.9:
                tgt = g.c(["inventory", "payments", "orders"])
                w("error", "dapr.runtime.direct-messaging", f"Error invoking app {tgt}: failed to invoke target {tgt} after 3 retries. Error: rpc error: code = "
                  f"Unavailable desc = connection error: desc = \"transport: Error while dialing: dial tcp 10.244.{g.num(0, 3)}.{g.num(2, 250)}:50002: connect: "
                  f"connection refused\"", "invoke_failed")
            elif x < 0.93 and app == "inventory":
                w("info", "dapr.runtime.actors.placement", f"Placement tables updated, version: {g.num(60, 200)}", "placement_updated")
            elif x < 0.95:
                w("warn", "dapr.runtime.channels", f"App channel is unhealthy: Get \"http://127.0.0.1:{port}/healthz\": context deadline exceeded", "app_unhealthy")
                L.tick(10)
                w("info", "dapr.runtime.channels", "App channel is healthy again", "app_healthy")
            elif x < 0.97:
                w("warn", "dapr.contrib", f"Kafka consumer group rebalancing: generation {g.num(10, 400)}, members {g.num(1, 3)}", "kafka_rebalance")
            elif app == "inventory":
                w("info", "dapr.runtime.actor", f"Deactivating actor CartActor||cart-{g.num(1000, 99999)} after idle timeout", "actor_deactivate")
        if g.r.random() < 0.5:
            w("info", "dapr.runtime", "Received signal 'terminated'; beginning shutdown", "signal_terminated")
            w("info", "dapr.runtime", "Stop command issued. Shutting down all operations", "stop_issued")
            w("info", "dapr.runtime", "Dapr is shutting down", "shutting_down")
            w("info", "dapr.runtime.grpc.api", "Shutting down gRPC server", "grpc_shutdown")
            w("info", "dapr.runtime.http", "Shutting down HTTP server", "http_shutdown")
            w("info", "dapr.runtime", "Shutting down all remaining components", "components_shutdown")
            w("info", "dapr.runtime", "Dapr runtime stopped", "runtime_stopped")

    day0 = L.t
    while len(L.rows) < N_LINES:
        for app in ("inventory", "orders", "payments"):
            L.t = day0 + dt.timedelta(minutes=g.num(0, 600))
            pod_log(app)
        day0 += dt.timedelta(days=1)
    del L.rows[N_LINES:]
    return L


# 8 ---------------------------------------------------------------- distcc 3.4 volunteers of a small game studio's build farm (Debian 12, distccd run by systemd, whitelisted compilers under
#   /usr/lib/distcc, --log-level info to syslog), /var/log/syslog of one helper: "Dec  1 10:00:00 build07 distccd[41235]: (dcc_job_summary) client:
#   10.8.0.21:49022 COMPILE_OK exit:0 sig:0 core:0 ret:0 time:812ms x86_64-linux-gnu-g++-12 Source/Engine/Render/Shader.cpp"; connections, job
#   summaries, the odd compile error and timeout, refused clients, compilers missing from the whitelist, daemon restarts with systemd's lines
@checked
def log_distcc(seed):
    L = Log("distccd_syslog", seed, "noyear", False, True)
    g = L.g
    CLIENTS = [f"10.8.0.{n}" for n in (21, 22, 23, 31, 35, 44, 52)]
    CC = ["x86_64-linux-gnu-g++-12", "x86_64-linux-gnu-g++-12", "x86_64-linux-gnu-gcc-12", "clang++-15"]
    SRC = ["Source/Engine/Render/Shader.cpp", "Source/Engine/Render/Mesh.cpp", "Source/Engine/Physics/Broadphase.cpp", "Source/Engine/Audio/Mixer.cpp",
           "Source/Game/AI/BehaviourTree.cpp", "Source/Game/UI/Inventory.cpp", "Source/Engine/Core/Allocator.cpp", "ThirdParty/lua/lvm.c",
           "ThirdParty/zstd/lib/compress/zstd_compress.c", "Source/Game/Net/Replication.cpp", "Source/Tools/AssetCooker/Cooker.cpp"]
    st = {"pid": g.num(700, 900)}

    def w(func, msg, ev, pid=None):
        ms_(L, 0, 80)
        L.emit(f"{syslog_ts(L.t)} build07 distccd[{pid or g.num(20000, 60000)}]: ({func}) {msg}", ev, None, "distccd|" + func)

    def sd(msg, ev):
        ms_(L, 0, 80)
        L.emit(f"{syslog_ts(L.t)} build07 systemd[1]: {msg}", ev, None, "systemd")

    def job():
        pid = g.num(20000, 60000)
        cl = g.c(CLIENTS)
        port = g.port()
        cc, src = g.c(CC), g.c(SRC)
        if "clang" in cc and g.r.random() < 0.3:
            w("dcc_check_client", f"connection from {cl}:{port}", "check_client", pid)
            w("dcc_warn_masquerade_whitelist", f"CRITICAL! {cc} not in /usr/lib/distcc whitelist.", "not_whitelisted", pid)
            w("dcc_job_summary", f"client: {cl}:{port} OTHER exit:0 sig:0 core:0 ret:116 time:{g.num(1, 9)}ms ", "job_summary", pid)
            return
        w("dcc_check_client", f"connection from {cl}:{port}", "check_client", pid)
        L.tick(g.r.uniform(0.2, 6))
        x = g.r.random()
        if x < 0.93:
            ms = g.num(150, 9000)
            w("dcc_collect_child", f"cc times: user {ms * 0.9 / 1000:.6f}s, system {ms * 0.08 / 1000:.6f}s, {g.num(9000, 90000)} minflt, 0 majflt", "cc_times", pid)
            w("dcc_job_summary", f"client: {cl}:{port} COMPILE_OK exit:0 sig:0 core:0 ret:0 time:{ms}ms {cc} {src}", "job_summary", pid)
        elif x < 0.97:
            ms = g.num(150, 3000)
            w("dcc_collect_child", f"cc times: user {ms * 0.9 / 1000:.6f}s, system {ms * 0.08 / 1000:.6f}s, {g.num(9000, 90000)} minflt, 0 majflt", "cc_times", pid)
            w("dcc_job_summary", f"client: {cl}:{port} COMPILE_ERROR exit:1 sig:0 core:0 ret:0 time:{ms}ms {cc} {src}", "job_summary", pid)
        elif x < 0.985:
            w("dcc_readx", "ERROR: unexpected eof on fd4", "readx_eof", pid)
            w("dcc_r_token_int", "ERROR: read failed while waiting for token \"DOTI\"", "read_token_failed", pid)
            w("dcc_job_summary", f"client: {cl}:{port} OTHER exit:0 sig:0 core:0 ret:108 time:{g.num(1, 400)}ms ", "job_summary", pid)
        else:
            w("dcc_collect_child", f"compilation timed out after {g.c([300, 300, 600])} seconds, killing child {pid + 1}", "compile_timeout", pid)
            w("dcc_job_summary", f"client: {cl}:{port} COMPILE_TIMEOUT exit:0 sig:9 core:0 ret:0 time:{g.c([300, 600])}000ms {cc} {src}", "job_summary", pid)

    def burst():
        for _ in range(g.num(4, 30)):
            L.tick(0.4)
            job()

    def refused():
        ip = g.c(["10.8.1.17", "10.9.0.5", "192.168.50.12"])
        pid = g.num(20000, 60000)
        w("dcc_check_client", f"ERROR: connection denied from {ip}", "client_denied", pid)
        w("dcc_job_summary", f"client: {ip}:{g.port()} OTHER exit:0 sig:0 core:0 ret:{g.c([110, 100])} time:0ms ", "job_summary", pid)

    def restart():
        sd("Stopping distcc.service - LSB: simple distributed compiler server...", "sd_stopping")
        w("dcc_exit", f"exit: code 0; self: {g.f(0, 2, 6)} user {g.f(0, 2, 6)} sys; children: {g.f(100, 9000, 6)} user {g.f(10, 900, 6)} sys", "dcc_exit", st["pid"])
        sd("distcc.service: Deactivated successfully.", "sd_deactivated")
        sd(f"distcc.service: Consumed {g.num(1, 59)}min {g.num(0, 59)}.{g.num(0, 999):03d}s CPU time.", "sd_consumed")
        sd("Starting distcc.service - LSB: simple distributed compiler server...", "sd_starting")
        st["pid"] = g.num(700, 60000)
        w("dcc_setup_daemon_path", "daemon's PATH is /usr/lib/distcc:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "daemon_path", st["pid"])
        w("dcc_socket_listen", "listening on 0.0.0.0:3632", "listening", st["pid"])
        w("dcc_defer_accept", "TCP_DEFER_ACCEPT turned on", "defer_accept", st["pid"])
        w("dcc_log_daemon_started", "preforking daemon started (3.4 x86_64-pc-linux-gnu, built Jan 13 2023 18:20:24)", "daemon_started", st["pid"])
        sd("Started distcc.service - LSB: simple distributed compiler server.", "sd_started")

    def night():
        if 8 <= L.t.hour < 20:
            g.r.choices([job, burst, refused, restart], [10, 6, 0.3, 0.05])[0]()
        else:
            L.tick(900)
            if g.r.random() < 0.1:
                burst()

    restart()
    fill(L, [(1, night)], N_LINES, 60)
    del L.rows[N_LINES:]
    return L


# 9 ---------------------------------------------------------------- dump1090-fa 9.0 (FlightAware's ADS-B decoder) on a Raspberry Pi 4 with an RTL-SDR stick feeding PiAware, `journalctl -u
#   dump1090-fa` (short format, "Dec 01 10:00:00 piaware dump1090-fa[612]: ...") over a few days: the start-up lines, the hourly statistics block
#   (--stats-every 3600; local receiver, network clients, CPR decoding, tracks, CPU load, every line with the journal's prefix), the USB stick lost
#   now and then and systemd restarting the service, a reboot with the journal's "-- Boot ... --" line
@checked
def log_dump1090(seed):
    L = Log("dump1090_fa_journal", seed, "noyear", False, True)
    g = L.g
    st = {"pid": g.num(500, 700), "since": None}

    def w(msg, ev, prog=None):
        p = prog or f"dump1090-fa[{st['pid']}]"
        L.emit(f"{jts(L.t)} piaware {p}: {msg}", ev, None, "systemd" if prog and prog.startswith("systemd") else "dump1090-fa")

    def start():
        w("Started dump1090-fa.service - dump1090 ADS-B receiver (FlightAware customization).", "sd_started", "systemd[1]")
        ms_(L, 200, 900)
        w(f"{ctime(L.t)} UTC  dump1090-fa 9.0 starting up.", "starting_up")
        w("rtlsdr: using device #0: Generic RTL2832U (Realtek, RTL2832U, SN 00001090)", "rtlsdr_using")
        w("Detached kernel driver", "detached_kernel")
        w("Found Rafael Micro R820T tuner", "found_tuner")
        w("rtlsdr: tuner gain set to 49.6 dB", "tuner_gain")
        w("Allocating 4 zero-copy buffers", "zero_copy")
        st["since"] = L.t

    def stats():
        t0 = st["since"]
        L.t = t0 + dt.timedelta(seconds=3600)
        st["since"] = L.t
        hour = L.t.hour
        busy = 0.3 + 0.7 * (1 if 6 <= hour <= 22 else 0.15)
        pre = int(2_400_000 * busy * g.r.uniform(0.7, 1.3))
        bad = int(pre * g.r.uniform(0.5, 0.65))
        unk = int(pre * g.r.uniform(0.15, 0.25))
        ok = pre - bad - unk
        fix = int(ok * g.r.uniform(0.01, 0.03))
        w(f"Statistics: {ctime(t0)} UTC - {ctime(L.t)} UTC", "st_statistics")
        w("Local receiver:", "st_local_receiver")
        w("  8640000000 samples processed", "st_samples_processed")
        w(f"  {g.c([0, 0, 0, g.num(1, 900000)])} samples dropped", "st_samples_dropped")
        w("  0 Mode A/C messages received", "st_modeac_received")
        w(f"  {pre} Mode-S message preambles received", "st_preambles")
        w(f"    {bad} with bad message format or invalid CRC", "st_bad_crc")
        w(f"    {unk} with unrecognized ICAO address", "st_unrecognized")
        w(f"    {ok} accepted with correct CRC", "st_correct_crc")
        w(f"    {fix} accepted with 1-bit error repaired", "st_repaired")
        w(f"  {-g.r.uniform(16, 22):.1f} dBFS noise power", "st_noise")
        w(f"  {-g.r.uniform(6, 12):.1f} dBFS mean signal power", "st_mean_signal")
        w(f"  {-g.r.uniform(0, 2):.1f} dBFS peak signal power", "st_peak_signal")
        w(f"  {g.num(100, 9000)} messages with signal power above -3dBFS", "st_above_3dbfs")
        w("Messages from network clients:", "st_network_clients")
        w("  0 Mode A/C messages received", "st_modeac_received")
        w("  0 Mode S messages received", "st_modes_received")
        w("    0 with bad message format or invalid CRC", "st_bad_crc")
        w("    0 with unrecognized ICAO address", "st_unrecognized")
        w("    0 accepted with correct CRC", "st_correct_crc")
        w("    0 accepted with 1-bit error repaired", "st_repaired")
        w(f"{ok + fix} total usable messages", "st_total_usable")
        w(f"{int(ok * g.r.uniform(0.001, 0.01))} surface position messages received", "st_surface")
        air = int(ok * g.r.uniform(0.25, 0.35))
        w(f"{air} airborne position messages received", "st_airborne")
        w(f"{int(air * 0.4)} global CPR attempts with valid positions", "st_global_valid")
        w("0 global CPR attempts with bad data", "st_global_bad")
        w(f"  {g.num(0, 3)} global CPR attempts that failed the range check", "st_global_range")
        w(f"  {g.num(0, 9)} global CPR attempts that failed the speed check", "st_global_speed")
        w(f"{g.num(10, 400)} global CPR attempts with insufficient data", "st_global_insufficient")
        loc = int(air * 0.58)
        w(f"{loc} local CPR attempts with valid positions", "st_local_valid")
        w(f"  {int(loc * 0.9)} aircraft-relative positions", "st_aircraft_relative")
        w(f"  {loc - int(loc * 0.9)} receiver-relative positions", "st_receiver_relative")
        w(f"{g.num(10, 900)} local CPR attempts that did not produce useful positions", "st_local_useless")
        w(f"  {g.num(0, 40)} local CPR attempts that failed the range check", "st_local_range")
        w(f"  {g.num(0, 20)} local CPR attempts that failed the speed check", "st_local_speed")
        w(f"{g.num(0, 60)} CPR messages that look like transponder failures filtered", "st_transponder_failures")
        w(f"{g.num(0, 300)} non-ES altitude messages from ES-equipped aircraft ignored", "st_non_es")
        tr = int(900 * busy * g.r.uniform(0.7, 1.3))
        w(f"{tr} unique aircraft tracks", "st_tracks")
        w(f"{int(tr * g.r.uniform(0.1, 0.3))} aircraft tracks where only one message was seen", "st_tracks_one")
        w(f"{int(tr * g.r.uniform(0.05, 0.2))} aircraft tracks which were not marked reliable", "st_tracks_unreliable")
        w(f"CPU load: {g.r.uniform(18, 34):.1f}%", "st_cpu_load")
        w(f"  {g.num(600000, 1200000)} ms for demodulation", "st_cpu_demod")
        w(f"  {g.num(20000, 60000)} ms for reading from USB", "st_cpu_usb")
        w(f"  {g.num(30000, 120000)} ms for network input and background tasks", "st_cpu_net")

    def lost():
        L.t = st["since"] + dt.timedelta(seconds=g.num(60, 3500))
        w("cb transfer status: 1, canceling...", "cb_transfer_status")
        w("rtlsdr: rtlsdr_read_async returned unexpectedly, probably lost the USB device, bailing out", "lost_usb")
        w("Abnormal exit.", "abnormal_exit")
        w("dump1090-fa.service: Main process exited, code=exited, status=1/FAILURE", "sd_main_exited", "systemd[1]")
        w("dump1090-fa.service: Failed with result 'exit-code'.", "sd_failed_result", "systemd[1]")
        L.t += dt.timedelta(seconds=30)
        w(f"dump1090-fa.service: Scheduled restart job, restart counter is at {g.num(1, 3)}.", "sd_scheduled_restart", "systemd[1]")
        w("Stopped dump1090-fa.service - dump1090 ADS-B receiver (FlightAware customization).", "sd_stopped", "systemd[1]")
        st["pid"] = g.num(1000, 30000)
        start()

    def reboot():
        L.t = st["since"] + dt.timedelta(seconds=g.num(60, 3500))
        w("Stopping dump1090-fa.service - dump1090 ADS-B receiver (FlightAware customization)...", "sd_stopping", "systemd[1]")
        w("Caught SIGTERM, shutting down..", "caught_sigterm")
        w("Normal exit.", "normal_exit")
        w("dump1090-fa.service: Deactivated successfully.", "sd_deactivated", "systemd[1]")
        w(f"dump1090-fa.service: Consumed {g.num(1, 23)}h {g.num(0, 59)}min {g.num(0, 59)}.{g.num(0, 999):03d}s CPU time.", "sd_consumed", "systemd[1]")
        L.t += dt.timedelta(seconds=g.num(40, 90))
        L.emit(f"-- Boot {g.hx(32)} --", "boot_marker", None, None, None)
        st["pid"] = g.num(500, 700)
        start()

    start()
    fill(L, [(30, stats), (1, lost), (0.4, reboot)], N_LINES, 1)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 10 --------------------------------------------------------------- Duplicacy CLI 3.2 backing up an architecture office's file server (three repositories: projects, finance, home) to a
#   Backblaze B2 bucket, a nightly cron script running `duplicacy -log backup -stats -threads 4`, then `prune` with a retention policy and a weekly
#   `check`, all output appended to /var/log/duplicacy.log: "2026-12-01 02:00:01.123 INFO BACKUP_START Last backup at revision 812 found", files
#   uploaded, unreadable files, the statistics, fossil collection, the odd network error
@checked
def log_duplicacy(seed):
    L = Log("duplicacy_backup_log", seed, "full", True, False)
    g = L.g
    REPOS = {"projects": ("/srv/projects", g.num(800, 900)), "finance": ("/srv/finance", g.num(300, 400)), "home": ("/srv/home", g.num(500, 600))}
    st = {k: v[1] for k, v in REPOS.items()}
    FILES = {"projects": ["2024-017_Kita_Nord/CAD/Grundriss_EG_v{v}.dwg", "2025-003_Rathaus/Render/Ansicht_Sued_{v}.png", "2025-011_Wohnpark/Pläne/Schnitt_A-A_{v}.pdf",
                          "2025-011_Wohnpark/BIM/Wohnpark_{v}.ifc", "2024-017_Kita_Nord/Protokolle/Baubesprechung_{v}.docx"],
             "finance": ["Rechnungen/2026/RE-2026-{v}.pdf", "Buchhaltung/DATEV/EXTF_Buchungsstapel_{v}.csv", "Lohn/2026/Lohnjournal_{v}.xlsx"],
             "home": ["mkoch/Desktop/Notizen_{v}.txt", "tbauer/Downloads/Angebot_{v}.pdf", "sweber/Dokumente/Vorlage_{v}.dotx", "mkoch/AppData/Thunderbird/global-messages-db_{v}.sqlite"]}

    def w(lv, lid, msg, ev, step=(0, 30)):
        ms_(L, *step)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} {lv} {lid} {msg}", ev, lv)

    def size(n):
        return f"{n:,}"

    def backup(name):
        path, _ = REPOS[name]
        w("INFO", "REPOSITORY_SET", f"Repository set to {path}", "repository_set")
        w("INFO", "STORAGE_SET", f"Storage set to b2://arch-buero-backup/{name}", "storage_set", (100, 900))
        w("INFO", "BACKUP_START", f"Last backup at revision {st[name]} found", "backup_start", (300, 3000))
        w("INFO", "BACKUP_INDEXING", f"Indexing {path}", "backup_indexing")
        w("INFO", "SNAPSHOT_FILTER", f"Parsing filter file {path}/.duplicacy/filters", "filter_parsing")
        w("INFO", "SNAPSHOT_FILTER", f"Loaded {g.num(6, 14)} include/exclude pattern(s)", "filter_loaded")
        if g.r.random() < 0.25:
            bad = {"home": "mkoch/AppData/Local/Microsoft/Outlook/mkoch.ost", "finance": "Lohn/2026/~$Lohnjournal_11.xlsx",
                   "projects": "2025-011_Wohnpark/BIM/.~lock.Wohnpark.ifc#"}[name]
            w("WARN", "OPEN_FAILURE", f"Failed to open file for reading: open {path}/{bad}: permission denied", "open_failure", (2000, 30000))
        if g.r.random() < 0.1:
            w("WARN", "LIST_FAILURE", f"Failed to list subdirectory: open {path}/{g.c(['lost+found', '.Trash-1000', 'sweber/.cache'])}: permission denied", "list_failure")
        w("INFO", "BACKUP_THREADS", "Use 4 uploading threads", "backup_threads", (5000, 60000))
        new = g.num(0, 25 if name != "finance" else 8)
        for _ in range(new):
            f = g.c(FILES[name]).format(v=g.num(1, 99))
            w("INFO", "UPLOAD_FILE", f"Uploaded {f} ({g.num(3000, 90000000)})", "upload_file", (200, 20000))
            if g.r.random() < 0.03:
                w("ERROR", "UPLOAD_CHUNK", f"Failed to upload the chunk {g.hx(64)}: Post \"https://pod-000-1{g.num(100, 199)}-{g.num(10, 19)}.backblaze.com/b2api/v1/b2_upload_file/"
                  f"{g.hx(24)}\": dial tcp 149.137.{g.num(128, 143)}.{g.num(1, 254)}:443: i/o timeout", "upload_chunk_failed")
                w("INFO", "INCOMPLETE_SAVE", f"Incomplete snapshot saved to {path}/.duplicacy/incomplete", "incomplete_save")
                return
        st[name] += 1
        total = g.num(20000, 400000)
        tb = g.num(100000, 900000)
        w("INFO", "BACKUP_END", f"Backup for {path} at revision {st[name]} completed", "backup_end", (500, 5000))
        w("INFO", "BACKUP_STATS", f"Files: {total} total, {size(tb)}M bytes; {new} new, {size(g.num(0, 900000))}K bytes", "stats_files")
        ch = g.num(20000, 200000)
        nn = g.num(0, 400)
        w("INFO", "BACKUP_STATS", f"File chunks: {ch} total, {size(tb)}M bytes; {nn} new, {size(g.num(0, 900000))}K bytes, {size(g.num(0, 600000))}K bytes uploaded",
          "stats_file_chunks")
        w("INFO", "BACKUP_STATS", f"Metadata chunks: {g.num(5, 40)} total, {size(g.num(1000, 90000))}K bytes; {g.num(3, 12)} new, {size(g.num(100, 9000))}K bytes, "
          f"{size(g.num(100, 5000))}K bytes uploaded", "stats_meta_chunks")
        w("INFO", "BACKUP_STATS", f"All chunks: {ch + 20} total, {size(tb + 40)}M bytes; {nn + 5} new, {size(g.num(0, 900000))}K bytes, {size(g.num(0, 600000))}K bytes "
          "uploaded", "stats_all_chunks")
        w("INFO", "BACKUP_STATS", f"Total running time: 00:{g.num(0, 59):02d}:{g.num(0, 59):02d}", "stats_running_time")
        if new and g.r.random() < 0.3:
            w("WARN", "BACKUP_SKIPPED", f"{g.num(1, 3)} files were not included due to access errors", "backup_skipped")

    def prune(name):
        path, _ = REPOS[name]
        w("INFO", "REPOSITORY_SET", f"Repository set to {path}", "repository_set")
        w("INFO", "STORAGE_SET", f"Storage set to b2://arch-buero-backup/{name}", "storage_set", (100, 900))
        w("INFO", "RETENTION_POLICY", "Keep no snapshots older than 730 days", "retention_none_older")
        for n, d in ((30, 365), (7, 60), (1, 7)):
            w("INFO", "RETENTION_POLICY", f"Keep 1 snapshot every {n} day(s) if older than {d} day(s)", "retention_keep")
        if g.r.random() < 0.6:
            for _ in range(g.num(1, 3)):
                w("INFO", "SNAPSHOT_DELETE", f"Deleting snapshot {name} at revision {st[name] - g.num(8, 400)}", "snapshot_delete", (200, 3000))
            w("INFO", "FOSSIL_COLLECT", f"Fossil collection {g.num(100, 900)} saved", "fossil_collect", (2000, 30000))
            w("INFO", "SNAPSHOT_DELETE", f"The snapshot {name} at revision {st[name] - g.num(8, 400)} has been removed", "snapshot_removed")
        else:
            w("INFO", "SNAPSHOT_NONE", "No snapshot to delete", "snapshot_none")
        if g.r.random() < 0.3:
            w("INFO", "FOSSIL_DELETE", f"Fossil collection {g.num(100, 900)} found", "fossil_found")
            for _ in range(g.num(1, 6)):
                w("INFO", "FOSSIL_DELETE", f"The chunk {g.hx(64)} has been permanently removed", "chunk_removed", (50, 900))
            w("INFO", "FOSSIL_DELETE", f"Removed {g.num(1, 900)} fossils", "fossils_removed")

    def check(name):
        path, _ = REPOS[name]
        w("INFO", "REPOSITORY_SET", f"Repository set to {path}", "repository_set")
        w("INFO", "STORAGE_SET", f"Storage set to b2://arch-buero-backup/{name}", "storage_set", (100, 900))
        w("INFO", "SNAPSHOT_CHECK", "Listing all chunks", "check_listing", (500, 5000))
        w("INFO", "SNAPSHOT_CHECK", f"1 snapshots and {g.num(60, 140)} revisions", "check_snapshots", (60000, 600000))
        w("INFO", "SNAPSHOT_CHECK", f"Total chunk size is {size(g.num(100000, 900000))}M in {g.num(20000, 200000)} chunks", "check_total")
        if g.r.random() < 0.1:
            w("WARN", "SNAPSHOT_VALIDATE", f"Chunk {g.hx(64)} referenced by snapshot {name} at revision {st[name] - g.num(1, 50)} does not exist", "check_missing_chunk")
            w("ERROR", "SNAPSHOT_CHECK", f"Some chunks referenced by snapshot {name} at revision {st[name] - g.num(1, 50)} are missing", "check_missing")
        else:
            for r in sorted(g.r.sample(range(st[name] - 120, st[name] + 1), g.num(3, 10))):
                w("INFO", "SNAPSHOT_CHECK", f"All chunks referenced by snapshot {name} at revision {r} exist", "check_all_exist")

    def night():
        L.t = (L.t + dt.timedelta(days=1)).replace(hour=2, minute=0, second=1, microsecond=g.num(0, 999999))
        for name in REPOS:
            backup(name)
        L.t = L.t.replace(hour=4, minute=30, second=1) if L.t.hour < 4 else L.t
        for name in REPOS:
            prune(name)
        if L.t.weekday() == 6:
            for name in REPOS:
                check(name)

    fill(L, [(1, night)], N_LINES, 1)
    del L.rows[N_LINES:]
    return L


# 11 --------------------------------------------------------------- Freeciv 3.1 server (freeciv-server for a long-turn game among colleagues, civ2civ3 rules, one turn a day, run by
#   systemd with its console on stdout and saved to a file): no time on any line; the greeting, log messages "2: Loading rulesets." with their level
#   in front (1 error, 2 normal), the console's own lines without one ("Option: timeout has been set to 86400.", chat "<alice> ..."), players
#   connecting and leaving, turns, autosaves, AI takeovers, the odd error and restart
@checked
def log_freeciv(seed):
    L = Log("freeciv_server_log", seed, None, True, False)
    g = L.g
    PLAYERS = [("alice", "Romans", "Caesar"), ("bob", "Babylonians", "Hammurabi"), ("carol", "Japanese", "Tokugawa"), ("dave", "Vikings", "Erik"),
               ("erin", "Aztecs", "Montezuma"), ("frank", "Greeks", "Pericles"), ("grace", "Egyptians", "Cleopatra")]
    IPS = {p[0]: f"{g.c([203, 198, 91])}.{g.num(0, 255)}.{g.num(0, 255)}.{g.num(1, 254)}" for p in PLAYERS}
    st = {"turn": g.num(40, 60), "on": set()}

    def w(text, ev, lv=None):
        L.emit(text, ev, lv)

    def n(msg, ev):
        w(f"2: {msg}", ev, "2")

    def e(msg, ev):
        w(f"1: {msg}", ev, "1")

    def yr(t):
        return -4000 + t * 50 if t < 60 else -1000 + (t - 60) * 25

    def year(t):
        y = yr(t)
        return f"{abs(y)} {'BC' if y < 0 else 'AD'}" if y else "1 AD"

    def save(t, kind="auto"):
        return f"/var/lib/freeciv/saves/longturn-T{t:04d}-Y{yr(t):05d}-{kind}.sav.xz"

    def greet():
        w("This is the server for Freeciv version 3.1.3", "greet_version")
        w("You can learn a lot about Freeciv at https://www.freeciv.org/", "greet_learn")
        n("Loading rulesets.", "loading_rulesets")
        n(f"Loading saved game: {save(st['turn'])}", "loading_saved")
        for u, nat, ldr in PLAYERS:
            if g.r.random() < 0.05:
                n(f"{ldr} has been added as Easy level AI-controlled player (classic).", "ai_added")
        n("Now accepting new client connections on port 5556.", "accepting")
        w("", "empty")
        w("For introductory help, type 'help'.", "greet_help")
        w("> ", "prompt")
        st["on"] = set()

    def connect():
        u, nat, ldr = g.c(PLAYERS)
        if u in st["on"]:
            return leave(u)
        ip = IPS[u]
        n(f"Connection request from {u} from {ip}", "conn_request")
        if g.r.random() < 0.04:
            n(f"{u} was rejected: Client version 3.0.4 is incompatible.", "conn_rejected")
            return
        n(f"{u} has connected from {ip}.", "has_connected")
        w(f"{u} now controls {ldr} ({nat}).", "now_controls")
        st["on"].add(u)

    def leave(u=None):
        if not st["on"]:
            return connect()
        u = u or g.c(sorted(st["on"]))
        ldr = [p[2] for p in PLAYERS if p[0] == u][0]
        n(f"Lost connection: {u} from {IPS[u]} (player {ldr}).", "lost_connection")
        st["on"].discard(u)

    def chat():
        if not st["on"]:
            return connect()
        u = g.c(sorted(st["on"]))
        w(f"<{u}> {g.c(['gg', 'who is attacking my caravans?', 'turn done', 'can we extend the timeout?', 'peace treaty anyone?', 'brb', 'lol', 'nice wonder'])}",
          "chat")

    def command():
        if not st["on"]:
            return connect()
        u = g.c(sorted(st["on"]))
        x = g.r.random()
        if x < 0.5:
            w(f"{u}: 'set timeout {g.c([86400, 86400, 43200])}'", "cmd_echo")
            w(f"Option: timeout has been set to {g.c([86400, 43200])}.", "option_set")
        elif x < 0.8:
            w(f"{u}: 'vote yes {g.num(1, 9)}'", "cmd_echo")
            w(f"Vote {g.num(1, 9)} \"{g.c(['set timeout 43200', 'aitoggle dave', 'cut bob'])}\" is passed {g.num(3, 6)} to {g.num(0, 2)} with {g.num(0, 1)} abstentions and "
              f"{g.num(0, 2)} who did not vote.", "vote_passed")
        else:
            w(f"{u}: 'list players'", "cmd_echo")
            w("List players:", "list_players_head")
            w("---------------------------------", "list_rule")
            for p, nat, ldr in PLAYERS:
                w(f"{ldr} ({nat}) [{g.c(['Team 0', 'Team 1'])}] user {p}, {'Human' if g.r.random() < 0.9 else 'AI ' + g.c(['Novice', 'Easy'])}, "
                  f"{g.c(['not ready', 'ready'])}, {g.c(['connected', 'not connected'])}", "list_player_row")
            w("---------------------------------", "list_rule")

    def turn():
        st["turn"] += 1
        t = st["turn"]
        n(f"End/start-turn server/ai activities: {g.r.uniform(0.05, 2):.6f} seconds", "turn_activities")
        w(f"Turn {t} ({year(t)})", "turn_banner")
        if t % 2 == 0:
            n(f"Game saved as {save(t)}", "game_saved")
        if g.r.random() < 0.15:
            u, nat, ldr = g.c(PLAYERS)
            n(f"{ldr} is now under AI mode (Novice).", "ai_mode")
        if g.r.random() < 0.1:
            e(f"Failed to save game to {save(t)}: No space left on device", "save_failed")

    def err():
        x = g.r.random()
        if x < 0.5:
            e(f"Packet 0x{g.num(20, 250):02x} from {g.c([p[0] for p in PLAYERS])} failed to decode, connection closed.", "packet_decode")
        else:
            e("Error sending to metaserver: Connection timed out", "metaserver")

    def restart():
        n("Shutting down: server received SIGTERM.", "shutting_down")
        n(f"Game saved as {save(st['turn'], 'final')}", "game_saved")
        greet()

    greet()
    fill(L, [(10, connect), (9, leave), (8, chat), (2.5, command), (3, turn), (0.5, err), (0.15, restart)], N_LINES, 600)
    del L.rows[N_LINES:]
    return L


# 12 --------------------------------------------------------------- FSLogix Profile Container 2.9 (25.06) on a Windows Server 2022 Remote Desktop session host of a tax consultancy (profiles
#   as VHDX on a file share), the day's C:\ProgramData\FSLogix\Logs\Profile\Profile-20261201.log: "[10:00:00.123][tid:00000a2c.00001b3c][INFO]
#   message" with the level padded to a column and error codes after ERROR and WARN ("[ERROR:00000020]"); logon and logoff sessions framed by
#   "===== Begin Session: Logon" and "===== End Session", the configuration read from the registry, attaching and detaching the VHDX, locked
#   containers retried, a share nearly full
@checked
def log_fslogix(seed):
    L = Log("fslogix_profile_log", seed, "tod", True, False)
    g = L.g
    L.t = L.t.replace(hour=6, minute=30)
    USERS = [("CONTOSO-STB", u, f"S-1-5-21-3623811015-3361044348-30300820-{1100 + i}") for i, u in
             enumerate(["a.schmitt", "b.hoffmann", "c.wagner", "d.klein", "e.braun", "f.zimmermann", "g.krueger", "h.lang", "i.vogel", "j.frank", "k.seidel",
                        "l.jung", "scanner.svc", "m.lorenz"])]
    SHARE = "\\\\fs02.contoso-stb.local\\FSLogix$"
    CFG = [("REG_DWORD", "Enabled", "1"), ("REG_MULTI_SZ", "VHDLocations", SHARE), ("REG_DWORD", "SizeInMBs", "30000"), ("REG_DWORD", "IsDynamic", "1"),
           ("REG_SZ", "VolumeType", "VHDX"), ("REG_DWORD", "FlipFlopProfileDirectoryName", "1"), ("REG_DWORD", "DeleteLocalProfileWhenVHDShouldApply", "1"),
           ("REG_DWORD", "PreventLoginWithFailure", "1"), ("REG_DWORD", "PreventLoginWithTempProfile", "1"), ("REG_DWORD", "LockedRetryCount", "12"),
           ("REG_DWORD", "LockedRetryInterval", "5")]
    DEFAULTS = [("ProfileType", "0"), ("AccessNetworkAsComputerObject", "0"), ("AttachVHDSDDL", ""), ("SIDDirNamePattern", "%sid%_%username%"),
                ("VHDNamePattern", "Profile_%username%"), ("KeepLocalDir", "0"), ("OutlookCachedMode", "0")]
    on = {}

    def w(lv, msg, ev, tid=None, code=None):
        ms_(L, 0, 30)
        lvl = f"[{lv}:{code:08x}]" if code is not None else f"[{lv}]"
        L.emit(f"[{L.t:%H:%M:%S}.{ms3(L.t)}][tid:{tid}]{lvl:<19}{msg}", ev, lv)

    def tid():
        return f"{g.num(0x400, 0x3000):08x}.{g.num(0x400, 0x9000):08x}"

    def logon():
        free = [u for u in USERS if u[1] not in on]
        if not free:
            return logoff()
        dom, u, sid = g.c(free)
        t = tid()
        w("INFO", "===== Begin Session: Logon", "begin_session", t)
        w("INFO", f"User: {sid} ({dom}\\{u})", "session_user", t)
        w("INFO", f"Session ID: {g.num(2, 40)}", "session_id", t)
        for typ, k, v in CFG:
            w("INFO", f"Configuration Read ({typ}): SOFTWARE\\FSLogix\\Profiles\\{k}.  Data: {v}", "config_read", t)
        for k, v in DEFAULTS:
            w("INFO", f"Configuration setting not found: SOFTWARE\\FSLogix\\Profiles\\{k}.  Using default: {v}", "config_default", t)
        w("INFO", f"User is a member of the include group: {dom}\\FSLogix Profile Include List", "include_group", t)
        vhd = f"{SHARE}\\{u}_{sid}\\Profile_{u}.VHDX"
        if g.r.random() < 0.04:
            w("INFO", f"Profile container not found, creating: {vhd}", "creating_vhd", t)
            w("INFO", f"Creating VHD(x) ({g.c(['Dynamic', 'Dynamic'])}, 30000 MB)", "creating_vhd_size", t)
        w("INFO", f"Attaching the VHD(x): {vhd}", "attaching_vhd", t)
        if g.r.random() < 0.08:
            n = g.num(1, 4)
            for i in range(n):
                L.tick(5)
                w("ERROR", "Open vhd(x) failed, file is locked.  Retrying 12 times at 5 second intervals (The process cannot access the file because it is being used by "
                  "another process.)", "vhd_locked", t, 0x20)
            if n >= 3 and g.r.random() < 0.5:
                w("ERROR", f"Failed to attach VHD(x): {vhd} (The process cannot access the file because it is being used by another process.)", "attach_failed", t, 0x20)
                w("ERROR", "LoadProfile failed.  User: " + u + ". SID: " + sid + ".  (The process cannot access the file because it is being used by another process.)",
                  "loadprofile_failed", t, 0x20)
                w("INFO", "===== End Session: Logon", "end_session", t)
                return
        ms_(L, 500, 4000)
        w("INFO", f"Disk attached: \\\\?\\Volume{{{g.uuid()}}}\\", "disk_attached", t)
        w("INFO", "Volume mounted", "volume_mounted", t)
        if g.r.random() < 0.1:
            fr = g.num(150, 900)
            w("WARN", f"Free space on VHD(x) is low: {fr} MB of 30000 MB remaining", "low_space", t, 0x70)
        w("INFO", f"Profile directory: C:\\Users\\{u}", "profile_dir", t)
        w("INFO", f"Setting profile directory permissions for {dom}\\{u}", "profile_perms", t)
        w("INFO", f"Redirecting {g.num(3, 9)} folders per redirections.xml", "redirections", t)
        w("INFO", f"LoadProfile time: {g.num(900, 14000)} milliseconds", "loadprofile_time", t)
        w("INFO", "===== End Session: Logon", "end_session", t)
        on[u] = (dom, sid, vhd)

    def logoff():
        if not on:
            return logon()
        u = g.c(sorted(on))
        dom, sid, vhd = on.pop(u)
        t = tid()
        w("INFO", "===== Begin Session: Logoff", "begin_session", t)
        w("INFO", f"User: {sid} ({dom}\\{u})", "session_user", t)
        w("INFO", "Unloading profile", "unloading_profile", t)
        if g.r.random() < 0.05:
            w("WARN", f"Failed to delete local profile directory C:\\Users\\local_{u} (Access is denied.)", "delete_local_failed", t, 0x5)
        w("INFO", f"Detaching the VHD(x): {vhd}", "detaching_vhd", t)
        ms_(L, 200, 3000)
        w("INFO", "VHD(x) detached successfully", "vhd_detached", t)
        w("INFO", f"UnloadProfile time: {g.num(300, 9000)} milliseconds", "unloadprofile_time", t)
        w("INFO", "===== End Session: Logoff", "end_session", t)

    def status():
        t = tid()
        w("INFO", "===== Begin Session: Query Status", "begin_session", t)
        w("INFO", f"Profiles attached: {len(on)}", "profiles_attached", t)
        w("INFO", "===== End Session: Query Status", "end_session", t)

    def share():
        w("WARN", f"Free space on {SHARE} is low: {g.num(20, 90)} GB remaining", "share_low", tid(), 0x70)

    def busy():
        h = L.t.hour
        if h >= 20:
            L.t = (L.t + dt.timedelta(days=1)).replace(hour=6, minute=g.num(30, 59))
        if h < 11:
            g.r.choices([logon, logoff, status, share], [10, 2, 1, 0.1])[0]()
        elif h < 15:
            g.r.choices([logon, logoff, status, share], [4, 4, 1, 0.1])[0]()
        else:
            g.r.choices([logon, logoff, status, share], [1, 8, 1, 0.1])[0]()

    fill(L, [(1, busy)], N_LINES, 360)
    del L.rows[N_LINES:]
    return L


# 13 --------------------------------------------------------------- Google Cloud Storage usage and storage logs of a media start-up's two buckets (a public asset bucket behind its web app,
#   an upload bucket written by its backend), the hourly usage files and daily storage files delivered to the log bucket and read back with
#   `gsutil cat gs://acme-gcs-logs/*` (sorted by object name): quoted CSV with a header row in each file, "time_micros" in microseconds since 1970,
#   the client IP, method, URI, status, bytes, latency, user agent, request id, operation, bucket and object; the storage files' single row of
#   "storage_byte_hours"
@checked
def log_gcs(seed):
    L = Log("gcs_usage_logs_csv", seed, "full", False, False)
    g = L.g
    UHDR = ('"time_micros","c_ip","c_ip_type","c_ip_region","cs_method","cs_uri","sc_status","cs_bytes","sc_bytes","time_taken_micros","cs_host","cs_referer",'
            '"cs_user_agent","s_request_id","cs_operation","cs_bucket","cs_object"')
    SHDR = '"bucket","storage_byte_hours"'
    ASSETS = ["img/hero-winter.webp", "img/logo.svg", "js/app.3f9c2e1a.js", "css/main.81b2c4.css", "video/teaser-1080p.mp4", "fonts/inter-var.woff2",
              "img/avatars/{n}.jpg", "thumbs/{n}_320.jpg"]
    UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36,gzip(gfe)",
          "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1,gzip(gfe)",
          "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15,gzip(gfe)"]
    BACK_UA = ["gcloud-golang-storage/1.43.0,gzip(gfe)", "google-api-go-client/0.5 gcloud-golang/1.43.0,gzip(gfe)", "gcloud-python/2.18.2 gl-python/3.12.7,gzip(gfe)"]

    def q(*vals):
        return ",".join('"' + str(v).replace('"', '""') + '"' for v in vals)

    def rid():
        return "AHmUCY" + g.alnum(80, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")

    def usage_rows(bucket, t0):
        rows = []
        for _ in range(g.num(20, 110)):
            tm = int(epoch(t0) * 1e6) + g.num(0, 3599_999_999)
            if bucket == "acme-media-assets":
                o = g.c(ASSETS).replace("{n}", str(g.num(1000, 99999)))
                x = g.r.random()
                st, meth, op = (200, "GET", "GET_Object") if x < 0.8 else (304, "GET", "GET_Object") if x < 0.9 else (404, "GET", "GET_Object") if x < 0.95 \
                    else (200, "HEAD", "HEAD_Object")
                uri = f"/{bucket}/{o}"
                sz = 0 if st != 200 or meth == "HEAD" else g.num(900, 9_000_000)
                ip = g.ip("pub")
                rows.append((tm, q(tm, ip, 1, "", meth, uri, st, 0, sz, g.num(2000, 900000), "storage.googleapis.com",
                                   g.c(["https://www.acme-media.io/", "https://www.acme-media.io/watch", ""]), g.c(UA), rid(), op, bucket, o)))
            else:
                o = f"uploads/{g.uuid()}/{g.c(['source.mov', 'source.mp4', 'poster.jpg', 'captions.vtt'])}"
                x = g.r.random()
                if x < 0.45:
                    meth, op, uri, st, cb, sb = "POST", "storage.objects.insert", f"/upload/storage/v1/b/{bucket}/o?uploadType=resumable&name={o.replace('/', '%2F')}", 200, 0, 1100
                elif x < 0.75:
                    meth, op, uri, st, cb, sb = "PUT", "storage.objects.insert", f"/upload/storage/v1/b/{bucket}/o?uploadType=resumable&upload_id=ADPycdt{g.alnum(60)}", \
                        g.c([200, 308, 308, 503]), g.num(8_000_000, 16_777_216), 0
                elif x < 0.9:
                    meth, op, uri, st, cb, sb = "GET", "storage.objects.get", f"/storage/v1/b/{bucket}/o/{o.replace('/', '%2F')}?alt=media", g.c([200, 200, 404]), 0, \
                        g.num(1000, 90_000_000)
                elif x < 0.97:
                    meth, op, uri, st, cb, sb = "GET", "storage.objects.list", f"/storage/v1/b/{bucket}/o?prefix=uploads%2F&alt=json&prettyPrint=false", 200, 0, \
                        g.num(800, 90000)
                else:
                    meth, op, uri, st, cb, sb = "DELETE", "storage.objects.delete", f"/storage/v1/b/{bucket}/o/{o.replace('/', '%2F')}", g.c([204, 404]), 0, 0
                rows.append((tm, q(tm, f"2600:1900:{g.hx(4)}:{g.hx(4)}::", 2, "", meth, uri, st, cb, sb, g.num(5000, 9_000_000), "storage.googleapis.com", "",
                                   g.c(BACK_UA), rid(), op, bucket, o)))
        rows.sort()
        return rows

    def bucket_files(bucket, day):
        # the storage file of the day, then the usage files, in object-name order
        L.emit(SHDR, "storage_header", t=None)
        L.emit(q(bucket, g.num(10 ** 13, 9 * 10 ** 14)), "storage_row", t=None)
        for h in range(24):
            t0 = day.replace(hour=h)
            rows = usage_rows(bucket, t0)
            L.emit(UHDR, "usage_header", t=from_epoch(rows[0][0] / 1e6))
            for tm, text in rows:
                L.emit(text, "usage_row", t=from_epoch(tm / 1e6))
            if len(L.rows) > N_LINES:
                return

    day = L.t.replace(hour=0, minute=0, second=0, microsecond=0)
    while len(L.rows) < N_LINES:
        bucket_files("acme-media-assets", day)
        bucket_files("acme-media-uploads", day)
        day += dt.timedelta(days=1)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 14 --------------------------------------------------------------- H2 Database 2.2.224 embedded in file mode in a Spring Boot service of a logistics company (the depot's dock scheduling app,
#   HikariCP, JdbcTemplate), the database's trace file /opt/dock/data/dock.trace.db (TRACE_LEVEL_FILE=1, errors only): "2026-12-01 11:00:00.123456+01:00
#   jdbc[13]: exception" (the server in Europe/Berlin) and the exception with its message, "SQL statement:" and the statement with the error code, the
#   "<tab>at" frames and causes; syntax errors from a new report, lock timeouts, unique violations, a second instance finding the file locked, wrong
#   passwords from an admin's console
@checked
def log_h2(seed):
    L = Log("h2_trace_db", seed, "full", False, True)
    g = L.g
    B = "224"
    H2F = ["org.h2.message.DbException.getJdbcSQLException(DbException.java:{a})", "org.h2.message.DbException.getJdbcSQLException(DbException.java:489)",
           "org.h2.message.DbException.get(DbException.java:223)"]
    APPF = {"prepare": ["org.h2.jdbc.JdbcConnection.prepareStatement(JdbcConnection.java:{b})",
                        "com.zaxxer.hikari.pool.ProxyConnection.prepareStatement(ProxyConnection.java:337)",
                        "com.zaxxer.hikari.pool.HikariProxyConnection.prepareStatement(HikariProxyConnection.java)",
                        "org.springframework.jdbc.core.JdbcTemplate$SimplePreparedStatementCreator.createPreparedStatement(JdbcTemplate.java:1699)",
                        "org.springframework.jdbc.core.JdbcTemplate.execute(JdbcTemplate.java:656)",
                        "org.springframework.jdbc.core.JdbcTemplate.query(JdbcTemplate.java:723)"],
            "update": ["org.h2.command.CommandContainer.update(CommandContainer.java:169)", "org.h2.command.Command.executeUpdate(Command.java:256)",
                       "org.h2.jdbc.JdbcPreparedStatement.executeUpdateInternal(JdbcPreparedStatement.java:216)",
                       "org.h2.jdbc.JdbcPreparedStatement.executeUpdate(JdbcPreparedStatement.java:174)",
                       "com.zaxxer.hikari.pool.ProxyPreparedStatement.executeUpdate(ProxyPreparedStatement.java:61)",
                       "com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeUpdate(HikariProxyPreparedStatement.java)",
                       "org.springframework.jdbc.core.JdbcTemplate.lambda$update$2(JdbcTemplate.java:965)",
                       "org.springframework.jdbc.core.JdbcTemplate.execute(JdbcTemplate.java:651)"]}
    OWN = {"prepare": ["de.spedition.dock.report.UtilisationReport.byDoor(UtilisationReport.java:{c})", "de.spedition.dock.web.ReportController.utilisation(ReportController.java:{c})"],
           "update": ["de.spedition.dock.slot.SlotRepository.book(SlotRepository.java:{c})", "de.spedition.dock.slot.SlotService.reserve(SlotService.java:{c})",
                      "de.spedition.dock.web.SlotController.create(SlotController.java:{c})"]}
    TAIL = ["java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)", "java.base/java.lang.reflect.Method.invoke(Method.java:580)",
            "org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:255)"]

    def head(mod, msg, ev):
        ms_(L, 0, 2000)
        loc = L.t.astimezone(CET)
        L.emit(f"{loc:%Y-%m-%d %H:%M:%S}.{us6(loc)}+01:00 {mod}: {msg}", ev, None, mod.split("[")[0])
        return mod.split("[")[0]

    def body(comp, lines):
        for text, ev in lines:
            L.emit(text, ev, None, comp)

    def frames(kind, internal):
        fr = [f.format(a=g.c([514, 644]), b=g.num(300, 700), c=g.num(40, 300)) for f in H2F + internal + APPF[kind] + OWN[kind]]
        fr = [x.format(c=g.num(40, 300)) for x in fr] + TAIL[:g.num(1, 3)]
        return [(f"\tat {f}", "java_at") for f in fr]

    def jdbc():
        return f"jdbc[{g.num(3, 40)}]"

    def syntax():
        comp = head(jdbc(), "exception", "jdbc_exception")
        col = g.c(["DOOR_NO", "CARRIER", "SLOT_START"])
        sql = f"SELECT {col.lower()}, COUNT(*) AS n FROM dock_slot WHERE slot_start >= ? AND slot_start < ? GROUP BY {g.c(['door', 'carrier_id'])} ORDER BY n DESC"
        x = g.r.random()
        if x < 0.5:
            lines = [(f"org.h2.jdbc.JdbcSQLSyntaxErrorException: Column \"{col}\" must be in the GROUP BY list; SQL statement:", "ex_group_by"),
                     (f"{sql} [90016-{B}]", "sql_statement")]
        else:
            t = g.c(["DOCK_SLOT_ARCHIVE", "CARRIER_RATING"])
            lines = [(f"org.h2.jdbc.JdbcSQLSyntaxErrorException: Table \"{t}\" not found; SQL statement:", "ex_table_not_found"),
                     (f"SELECT * FROM {t.lower()} WHERE depot_id = ? [42102-{B}]", "sql_statement")]
        body(comp, lines + frames("prepare", ["org.h2.command.Parser.readTableOrView(Parser.java:8425)" if x >= 0.5 else
                                               "org.h2.expression.ExpressionColumn.updateAggregate(ExpressionColumn.java:{c})".format(c=g.num(200, 260)),
                                               "org.h2.command.Parser.parse(Parser.java:{c})".format(c=g.num(560, 700)),
                                               "org.h2.command.Parser.prepareCommand(Parser.java:{c})".format(c=g.num(500, 560)),
                                               "org.h2.engine.SessionLocal.prepareLocal(SessionLocal.java:{c})".format(c=g.num(600, 640)),
                                               "org.h2.engine.SessionLocal.prepareCommand(SessionLocal.java:{c})".format(c=g.num(540, 560))]))

    def lock():
        comp = head(jdbc(), "exception", "jdbc_exception")
        lines = [(f"org.h2.jdbc.JdbcSQLTimeoutException: Timeout trying to lock table \"DOCK_SLOT\"; SQL statement:", "ex_lock_timeout"),
                 (f"UPDATE dock_slot SET booked_by = ?, status = 'BOOKED' WHERE id = ? AND status = 'FREE' [50200-{B}]", "sql_statement")]
        body(comp, lines + frames("update", ["org.h2.mvstore.db.MVTable.doLock1(MVTable.java:{c})".format(c=g.num(280, 300)),
                                             "org.h2.mvstore.db.MVTable.lock(MVTable.java:{c})".format(c=g.num(180, 200)),
                                             "org.h2.command.dml.Update.update(Update.java:{c})".format(c=g.num(80, 100))]))
        if g.r.random() < 0.5:
            body(comp, [("Caused by: org.h2.jdbc.JdbcSQLTransientException: Concurrent update in table \"DOCK_SLOT\": another transaction has updated or deleted the same "
                         f"row [90131-{B}]", "caused_by_concurrent")] +
                 [(f"\tat {f.format(a=644)}", "java_at") for f in H2F[:2]] + [("\t... 58 more", "java_more")])

    def unique():
        comp = head(jdbc(), "exception", "jdbc_exception")
        door, ts = g.num(1, 24), f"{L.t:%Y-%m-%d} {g.num(5, 21):02d}:{g.c(['00', '30'])}:00"
        lines = [("org.h2.jdbc.JdbcSQLIntegrityConstraintViolationException: Unique index or primary key violation: \"PUBLIC.UK_SLOT_DOOR_START_INDEX_8 ON "
                  f"PUBLIC.DOCK_SLOT(DOOR_NO NULLS FIRST, SLOT_START NULLS FIRST) VALUES ( /* {g.num(100, 9000)} */ {door}, TIMESTAMP '{ts}' )\"; SQL statement:", "ex_unique"),
                 (f"INSERT INTO dock_slot (door_no, slot_start, slot_end, carrier_id, status) VALUES (?, ?, ?, ?, 'BOOKED') [23505-{B}]", "sql_statement")]
        body(comp, lines + frames("update", ["org.h2.mvstore.db.MVSecondaryIndex.checkUnique(MVSecondaryIndex.java:{c})".format(c=g.num(230, 240)),
                                             "org.h2.mvstore.db.MVSecondaryIndex.add(MVSecondaryIndex.java:{c})".format(c=g.num(190, 210)),
                                             "org.h2.mvstore.db.MVTable.addRow(MVTable.java:{c})".format(c=g.num(500, 520)),
                                             "org.h2.command.dml.Insert.insertRows(Insert.java:{c})".format(c=g.num(170, 190))]))

    def too_long():
        comp = head(jdbc(), "exception", "jdbc_exception")
        v = g.c(["Spedition Müller & Söhne GmbH Niederlassung Süd-West Logistikzentrum", "Internationale Transporte Kowalski Sp. z o.o. Oddział Poznań Magazyn 3"])
        lines = [(f"org.h2.jdbc.JdbcSQLDataException: Value too long for column \"CARRIER_NAME CHARACTER VARYING(64)\": \"'{v[:40]}... ({len(v)})\"; SQL statement:",
                  "ex_value_too_long"),
                 (f"INSERT INTO carrier (carrier_name, vat_id) VALUES (?, ?) [22001-{B}]", "sql_statement")]
        body(comp, lines + frames("update", ["org.h2.table.Column.validateConvertUpdateSequence(Column.java:{c})".format(c=g.num(360, 380)),
                                             "org.h2.mvstore.db.MVTable.convertInsertRow(MVTable.java:{c})".format(c=g.num(880, 900))]))

    def in_use():
        comp = head("database", "opening /opt/dock/data/dock", "db_opening_error")
        lines = [("org.h2.message.DbException: Database may be already in use: \"/opt/dock/data/dock.mv.db\". Possible solutions: close all other connection(s); use the "
                  f"server mode [90020-{B}]", "ex_in_use"),
                 ("\tat org.h2.message.DbException.get(DbException.java:212)", "java_at"),
                 ("\tat org.h2.mvstore.db.Store.convertMVStoreException(Store.java:{c})".format(c=g.num(160, 170)), "java_at"),
                 ("\tat org.h2.mvstore.db.Store.<init>(Store.java:{c})".format(c=g.num(130, 140)), "java_at"),
                 ("\tat org.h2.engine.Database.<init>(Database.java:{c})".format(c=g.num(320, 330)), "java_at"),
                 ("\tat org.h2.engine.Engine.openSession(Engine.java:{c})".format(c=g.num(90, 100)), "java_at"),
                 (f"Caused by: org.h2.mvstore.MVStoreException: The file is locked: /opt/dock/data/dock.mv.db [2.2.{B}/7]", "caused_by_file_locked"),
                 ("\tat org.h2.mvstore.DataUtils.newMVStoreException(DataUtils.java:{c})".format(c=g.num(990, 1010)), "java_at"),
                 ("\tat org.h2.mvstore.FileStore.lock(FileStore.java:{c})".format(c=g.num(480, 500)), "java_at"),
                 ("\t... 31 more", "java_more")]
        body(comp, lines)

    def password():
        comp = head("database", "wrong user or password; user: \"SA\"", "db_wrong_password")
        lines = [(f"org.h2.message.DbException: Wrong user name or password [28000-{B}]", "ex_wrong_password"),
                 ("\tat org.h2.message.DbException.get(DbException.java:223)", "java_at"),
                 ("\tat org.h2.message.DbException.get(DbException.java:199)", "java_at"),
                 ("\tat org.h2.message.DbException.get(DbException.java:188)", "java_at"),
                 ("\tat org.h2.engine.Engine.openSession(Engine.java:154)", "java_at"),
                 ("\tat org.h2.engine.Engine.createSession(Engine.java:{c})".format(c=g.num(200, 230)), "java_at"),
                 ("\tat org.h2.server.web.WebApp.getConnection(WebApp.java:{c})".format(c=g.num(1100, 1200)), "java_at"),
                 (f"Caused by: org.h2.jdbc.JdbcSQLInvalidAuthorizationSpecException: Wrong user name or password [28000-{B}]", "caused_by_wrong_password"),
                 ("\tat org.h2.message.DbException.getJdbcSQLException(DbException.java:522)", "java_at"),
                 ("\tat org.h2.message.DbException.getJdbcSQLException(DbException.java:489)", "java_at"),
                 ("\t... 50 more", "java_more")]
        body(comp, lines)

    def closed():
        comp = head(jdbc(), "exception", "jdbc_exception")
        body(comp, [(f"org.h2.jdbc.JdbcSQLNonTransientConnectionException: Database is already closed (to disable automatic closing at VM shutdown, add "
                     f"\";DB_CLOSE_ON_EXIT=FALSE\" to the db URL) [90121-{B}]", "ex_already_closed")] +
             [(f"\tat {f.format(a=644)}", "java_at") for f in H2F] +
             [("\tat org.h2.jdbc.JdbcConnection.checkClosed(JdbcConnection.java:1523)", "java_at"),
              ("\tat org.h2.jdbc.JdbcConnection.rollbackInternal(JdbcConnection.java:1512)", "java_at"),
              ("\tat com.zaxxer.hikari.pool.PoolBase.quietlyCloseConnection(PoolBase.java:138)", "java_at")])

    fill(L, [(6, syntax), (8, lock), (7, unique), (2, too_long), (1, in_use), (1.5, password), (0.8, closed)], N_LINES, 1800)
    del L.rows[N_LINES:]
    return L


# 15 --------------------------------------------------------------- Invidious (the alternative YouTube front-end, Crystal, 2024.12 build) of a small public instance behind Caddy, `docker logs
#   invidious` through Docker's json-file driver: "2026-12-01 10:00:00 UTC [info] 200 GET /watch?v=... 845.12ms" for every request, warnings and
#   errors, the hourly restart the instance's cron does (Invidious leaks memory) with Kemal's "[production] Invidious is ready to lead at
#   http://0.0.0.0:3000", and Crystal's "Unhandled exception" with its "  from src/...cr:12:5 in '...'" frames when a fiber dies
@checked
def log_invidious(seed):
    L = Log("invidious_log", seed, "full", True, False)
    g = L.g
    VID = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

    def vid():
        return g.alnum(11, VID)

    def chan():
        return "UC" + g.alnum(22, VID)

    def w(lv, msg, ev):
        ms_(L, 0, 300)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S} UTC [{lv}] {msg}", ev, lv)

    def req():
        x = g.r.random()
        if x < 0.3:
            m, p, s, d = "GET", f"/watch?v={vid()}", g.c([200, 200, 200, 500]), g.r.uniform(300, 3000)
        elif x < 0.5:
            m, p, s, d = "GET", f"/api/v1/videos/{vid()}?fields=title,formatStreams,adaptiveFormats,captions", g.c([200, 200, 500]), g.r.uniform(200, 2500)
        elif x < 0.62:
            m, p, s, d = "GET", f"/vi/{vid()}/{g.c(['mqdefault.jpg', 'maxres.jpg', 'hqdefault.jpg'])}", g.c([200, 200, 404]), g.r.uniform(20, 400)
        elif x < 0.7:
            m, p, s, d = "GET", f"/latest_version?id={vid()}&itag={g.c([18, 22, 140, 251])}&local=true", 302, g.r.uniform(5, 80)
        elif x < 0.78:
            m, p, s, d = "GET", f"/videoplayback?expire={int(epoch(L.t)) + 21600}&ei={g.alnum(16, VID)}&ip={g.ip('pub')}&id=o-{g.alnum(44, VID)}&itag=18&source=youtube",\
                g.c([200, 206, 403]), g.r.uniform(50, 900)
        elif x < 0.84:
            m, p, s, d = "GET", f"/channel/{chan()}", 200, g.r.uniform(400, 2500)
        elif x < 0.88:
            m, p, s, d = "GET", f"/search?q={g.c(['lofi+hip+hop', 'linux+kernel+talk', 'chess+openings', 'sourdough', 'kurzgesagt'])}", 200, g.r.uniform(300, 1800)
        elif x < 0.92:
            m, p, s, d = "GET", "/feed/popular", 200, g.r.uniform(5, 60)
        elif x < 0.95:
            m, p, s, d = "GET", f"/api/v1/comments/{vid()}", g.c([200, 500]), g.r.uniform(300, 2000)
        elif x < 0.97:
            m, p, s, d = "POST", "/login", g.c([302, 302, 200]), g.r.uniform(40, 300)
        elif x < 0.985:
            m, p, s, d = "GET", "/feed/subscriptions", 200, g.r.uniform(20, 500)
        else:
            m, p, s, d = "GET", g.c(["/wp-login.php", "/.env", "/robots.txt", "/api/v1/stats"]), g.c([404, 200]), g.r.uniform(0.5, 5)
        dur = f"{d:.2f}ms" if d < 1000 else f"{d / 1000:.2f}s"
        w("info", f"{s} {m} {p} {dur}", "request")

    def warn():
        x = g.r.random()
        if x < 0.4:
            w("warn", f"RefreshChannelsJob: {chan()} : Could not fetch channel: Could not extract channel info. Instance is likely blocked.", "refresh_channel_failed")
        elif x < 0.7:
            w("warn", f"get_video: {vid()} : Video unavailable: This video is not available in your country", "video_unavailable")
        else:
            w("error", f"YoutubeAPI: POST /youtubei/v1/player failed: Socket::ConnectError: Error connecting to 'www.youtube.com:443': Connection timed out", "ytapi_failed")

    def crash():
        ms_(L, 0, 300)
        ex = g.c([("Unhandled exception in spawn: Error connecting to 'www.youtube.com:443': Connection timed out (Socket::ConnectError)",
                   [("/usr/share/crystal/src/socket/tcp_socket.cr:74:19", "initialize"), ("/usr/share/crystal/src/socket/tcp_socket.cr:28:3", "new"),
                    ("lib/http_proxy/src/http/proxy/client.cr:24:14", "connect"), ("src/invidious/yt_backend/connection_pool.cr:48:15", "client"),
                    ("src/invidious/yt_backend/youtube_api.cr:612:14", "_post_json"), ("src/invidious/jobs/refresh_channels_job.cr:35:17", "begin")]),
                  ("Unhandled exception in spawn: Missing hash key: \"videoDetails\" (KeyError)",
                   [("/usr/share/crystal/src/hash.cr:1196:11", "[]"), ("/usr/share/crystal/src/json/any.cr:102:7", "[]"),
                    ("src/invidious/videos/parser.cr:108:20", "extract_video_info"), ("src/invidious/videos.cr:301:10", "fetch_video"),
                    ("src/invidious/jobs/refresh_feeds_job.cr:60:13", "begin")])])
        L.emit(ex[0], "unhandled_exception", None, None, None)
        for f, m in ex[1]:
            L.emit(f"  from {f} in '{m}'", "crystal_from", None, None, None)
        L.emit("  from /usr/share/crystal/src/fiber.cr:143:11 in 'run'", "crystal_from", None, None, None)
        L.emit("  from ???", "crystal_from_unknown", None, None, None)

    def restart():
        L.t = L.t.replace(minute=0, second=0) + dt.timedelta(hours=1, seconds=g.num(0, 2))
        L.t += dt.timedelta(seconds=g.num(3, 9))
        L.emit("[production] Invidious is ready to lead at http://0.0.0.0:3000", "ready_to_lead", None, None, None)

    ev = [(60, req), (3, warn), (0.2, crash), (0.25, restart)]
    L.emit("[production] Invidious is ready to lead at http://0.0.0.0:3000", "ready_to_lead", None, None, None)
    fill(L, ev, N_LINES, 25)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 16 --------------------------------------------------------------- John the Ripper 1.9.0-jumbo-1 on a penetration tester's cracking box (hashes from an engagement's domain controller and a
#   Linux shadow file, wordlist mode with rules, single crack mode, incremental mode), the session log john.log that john appends to: every line with
#   the time since the session started ("0:00:01:23", days:hours:minutes:seconds), "Starting a new session", the hashes loaded, the hash type and
#   algorithm, each rule accepted or rejected as john goes through the rule set, cracked accounts, session ends and restores
@checked
def log_john(seed):
    L = Log("john_the_ripper_log", seed, "rel", False, False)
    g = L.g
    st = {"t0": None}
    RULES = [":", "-c T0Q", "-c l Q", "u Q", "c Q", "l Q", "C Q", "t Q", "T[1-9A-E] Q", "-c T1Q", "r Q", "d Q", "f Q", "l $1", "l $2", "l $!", "c $1", "c $!",
             "$[0-9]$[0-9]", "^[0-9]", "l $[0-9]$[0-9]$[0-9]", "c $2 $0 $2 $6", "c $2 $0 $2 $5", "sa@ se3 so0", "l sa@ Q", "c so0 Q", "-[:c] \\p1[ZD] Q",
             "<* >2 !?A l p Q", "<7 >1 !?A l d", "-c <7 >1 !?A c d", "<* >4 l [lc] Q", "'8 Q", "-c '8 Q", "-c >6 '6 c Q", "l Az\"2026\"", "c Az\"2026!\"",
             "c Az\"123\"", "l Az\"!!\"", "A0\"The\"", "-c A0\"Mein\"", "i[0-9][0-9] Q", "x02", "D2 Q", "[lc] Az\"[0-9]\" <+"]
    SETS = [("ntds_acme.txt", "nt", "NT", "MD4 256/256 AVX2 8x3", 2312, "no different salts", None, 27),
            ("shadow_webfarm.txt", "sha512crypt", "sha512crypt, crypt(3) $6$", "SHA512 256/256 AVX2 4x", 41, "41 different salts",
             "iteration count) is 5000 for all loaded hashes", 125),
            ("netntlmv2_capture.txt", "netntlmv2", "netntlmv2, NTLMv2 C/R", "MD4 HMAC-MD5 32/64", 7, "7 different salts", None, 125)]
    WORDLISTS = ["rockyou.txt", "crackstation-human-only.txt", "de_DE_top100k.txt"]
    RULESETS = ["Jumbo", "KoreLogic", "best64", "All"]
    USERS = ["ACME\\b.weber", "ACME\\svc_backup", "ACME\\k.schulz", "ACME\\printer01$", "ACME\\m.becker", "root", "deploy", "www-data", "jenkins", "ACME\\adm.hoffmann",
             "ACME\\reception", "ACME\\svc_sql", "ACME\\t.meier", "ACME\\guest"]

    def el():
        s = int((L.t - st["t0"]).total_seconds())
        return f"{s // 86400}:{s // 3600 % 24:02d}:{s // 60 % 60:02d}:{s % 60:02d}"

    def w(msg, ev):
        L.emit(f"{el()} {msg}", ev)

    def session():
        L.tick(3600 * 5)
        st["t0"] = L.t
        f, fmt, ht, alg, nh, salts, cost, maxlen = g.c(SETS)
        mode = g.c(["wordlist", "wordlist", "wordlist", "single", "incremental"])
        wl, rs = g.c(WORDLISTS), g.c(RULESETS)
        w("Starting a new session", "starting")
        w(f"Loaded a total of {nh} password hash{'es' if nh > 1 else ''} with {salts}", "loaded_total")
        cmd = {"wordlist": f"./john --format={fmt} --wordlist=/opt/wordlists/{wl} --rules={rs} --session=acme {f}",
               "single": f"./john --single --format={fmt} {f}",
               "incremental": f"./john --incremental=Alnum --max-length=8 --format={fmt} {f}"}[mode]
        w(f"Command line: {cmd}", "command_line")
        w("- UTF-8 input encoding enabled", "utf8_enabled")
        w("- Passwords in this logfile are UTF-8 encoded", "utf8_logfile")
        w(f"- Hash type: {ht} (min-len 0, max-len {maxlen})", "hash_type")
        w(f"- Algorithm: {alg}", "algorithm")
        if cost:
            w(f"- Cost 1 ({cost})", "cost")
        if maxlen == 125:
            w("- Will reject candidates longer than 125 bytes", "will_reject")
        w(f"- Candidate passwords will be buffered and tried in chunks of {g.c([512, 1024, 64])}", "buffered_chunks")
        cracked = 0
        if mode == "wordlist":
            w("Proceeding with wordlist mode", "proceeding_wordlist")
            w(f"- Wordlist file: /opt/wordlists/{wl}", "wordlist_file")
            w("- memory mapping it", "memory_mapping")
            w(f"- Rules: {rs}", "rules")
            n = g.num(20, len(RULES))
            for i in range(1, n + 1):
                L.tick(g.r.uniform(0.5, 40))
                r = g.c(RULES)
                if g.r.random() < 0.12:
                    w(f"- Rule #{i}: '{r}' rejected", "rule_rejected")
                else:
                    w(f"- Rule #{i}: '{r}' accepted as '{r.replace(' Q', '').replace('-c ', '')}'", "rule_accepted")
                if i > 5 and g.r.random() < 0.05:
                    w(f"- Oldest still in use is now rule #{i - g.num(1, 4)}", "oldest_rule")
                while g.r.random() < 0.12 and cracked < nh:
                    cracked += 1
                    w(f"+ Cracked {g.c(USERS)}", "cracked")
        elif mode == "single":
            w("Proceeding with \"single crack\" mode", "proceeding_single")
            w(f"- {g.num(800, 1200)} preprocessed word rules", "preprocessed_rules")
            w(f"- Allocated {g.num(8, 512)} buffers of {g.num(16, 64)} candidates each", "allocated_buffers")
            for _ in range(g.num(0, 6)):
                L.tick(30)
                cracked += 1
                w(f"+ Cracked {g.c(USERS)}", "cracked")
        else:
            w("Proceeding with incremental:Alnum", "proceeding_incremental")
            w("- Lengths 1 to 8, up to 62 different characters", "lengths")
            for _ in range(g.num(0, 4)):
                L.tick(3000)
                cracked += 1
                w(f"+ Cracked {g.c(USERS)}", "cracked")
        L.tick(600)
        x = g.r.random()
        if x < 0.6:
            w("Session completed", "session_completed")
        elif x < 0.85:
            w("Session aborted", "session_aborted")
        else:
            w("Session stopped (max run-time reached)", "session_stopped_max")

    def restore():
        L.tick(3600)
        st["t0"] = L.t - dt.timedelta(seconds=g.num(600, 90000))
        w("Continuing an interrupted session", "continuing")
        f, fmt, ht, alg, nh, salts, cost, maxlen = SETS[0]
        w(f"Loaded a total of {nh} password hashes with no different salts", "loaded_total")
        w(f"Remaining {nh - g.num(100, 900)} password hashes with no different salts", "remaining")
        w("Command line: ./john --restore=acme", "command_line")
        w("- UTF-8 input encoding enabled", "utf8_enabled")
        w("- Passwords in this logfile are UTF-8 encoded", "utf8_logfile")
        w(f"- Hash type: {ht} (min-len 0, max-len 27)", "hash_type")
        w(f"- Algorithm: {alg}", "algorithm")
        w("Proceeding with wordlist mode", "proceeding_wordlist")
        w("- Wordlist file: /opt/wordlists/crackstation-human-only.txt", "wordlist_file")
        w("- memory mapping it", "memory_mapping")
        w("- Rules: KoreLogic", "rules")
        k = g.num(30, 800)
        for i in range(k, k + g.num(10, 60)):
            L.tick(g.r.uniform(5, 120))
            r = g.c(RULES)
            w(f"- Rule #{i}: '{r}' accepted as '{r.replace(' Q', '').replace('-c ', '')}'", "rule_accepted")
            if g.r.random() < 0.06:
                w(f"+ Cracked {g.c(USERS)}", "cracked")
        w("Session aborted", "session_aborted")

    fill(L, [(5, session), (1, restore)], N_LINES, 1)
    del L.rows[N_LINES:]
    return L


# 17 --------------------------------------------------------------- Grafana k6 0.55 load tests of an online shop's staging API, run nightly by a GitLab CI job (`k6 run --quiet=false
#   tests/load/checkout.js`), the job's k6 output kept as an artifact and concatenated: the ASCII banner, execution and scenario lines, the progress
#   lines k6 prints every second without a terminal ("running (0m07.0s), 12/50 VUs, 118 complete and 0 interrupted iterations" and one line per
#   scenario), the script's console.log and k6's warnings as logfmt ("time=\"2026-12-01T02:00:07Z\" level=warning msg=\"Request Failed\" error=..."), the
#   end-of-test summary of checks and metrics, thresholds crossed
@checked
def log_k6(seed):
    L = Log("k6_run_console", seed, "full", True, False)
    g = L.g
    LOGO = ["          /\\      |‾‾| /‾‾/   /‾‾/   ", "     /\\  /  \\     |  |/  /   /  /    ", "    /  \\/    \\    |     (   /   ‾‾\\  ",
            "   /          \\   |  |\\  \\ |  (‾)  | ", "  / __________ \\  |__| \\__\\ \\_____/ .io"]
    CHECKS = ["status is 200", "cart has items", "checkout returns order id", "login succeeded"]
    TREND = ["http_req_blocked", "http_req_connecting", "http_req_duration", "http_req_receiving", "http_req_sending", "http_req_tls_handshaking",
             "http_req_waiting", "iteration_duration"]

    def w(text, ev, t=None, lv=None):
        L.emit(text, ev, lv, None, t)

    def lf(lv, msg, ev, extra=""):
        w(f"time=\"{L.t:%Y-%m-%dT%H:%M:%S}Z\" level={lv} msg=\"{msg}\"{extra}", ev, L.t, lv)

    def dur(ms):
        if ms < 1:
            return f"{ms * 1000:.2f}µs"
        if ms < 1000:
            return f"{ms:.2f}ms"
        return f"{ms / 1000:.2f}s"

    def metric(name, val, mark=" "):
        return f"   {mark} {name}{'.' * max(3, 31 - len(name))}: {val}"

    def run():
        L.t = (L.t + dt.timedelta(days=1)).replace(hour=2, minute=g.num(0, 10), second=g.num(0, 59))
        two = g.r.random() < 0.5
        vus = g.c([30, 50, 50, 100])
        secs = g.c([60, 60, 90])
        dmax = f"{(secs + 30) // 60}m{(secs + 30) % 60}s"
        dur_s = f"{secs // 60}m{secs % 60}s"
        w("", "empty")
        for x in LOGO:
            w(x, "logo")
        w("", "empty")
        w("     execution: local", "exec_local")
        w("        script: tests/load/checkout.js", "exec_script")
        w("        output: -", "exec_output")
        w("", "empty")
        if two:
            w(f"     scenarios: (100.00%) 2 scenarios, {vus + 10} max VUs, {dmax} max duration (incl. graceful stop):", "scenarios_head")
            w(f"              * browse: Up to {vus} looping VUs for {dur_s} over 3 stages (gracefulRampDown: 30s, exec: browse, gracefulStop: 30s)",
              "scenario_ramping")
            w(f"              * checkout: 2.00 iterations/s for {dur_s} (maxVUs: 5-10, exec: checkout, gracefulStop: 30s)", "scenario_arrival")
        else:
            w(f"     scenarios: (100.00%) 1 scenario, {vus} max VUs, {dmax} max duration (incl. graceful stop):", "scenarios_head")
            w(f"              * default: Up to {vus} looping VUs for {dur_s} over 3 stages (gracefulRampDown: 30s, gracefulStop: 30s)", "scenario_ramping")
        w("", "empty")
        lf("info", f"setup: logged in as loadtest-{g.num(1, 9)}@acme-shop.test, token expires in 3600s", "console_setup", " source=console")
        it = 0
        bad = g.r.random() < 0.25
        for s in range(1, secs + 1):
            L.t += dt.timedelta(seconds=1)
            cur = min(vus, int(vus * s / (secs / 3))) if s < secs * 2 / 3 else max(0, int(vus * (secs - s) / (secs / 3)))
            it += cur // 2 + g.num(0, 3)
            if (bad and g.r.random() < 0.25) or g.r.random() < 0.03:
                e = g.c([f"Get \\\"https://staging-api.acme-shop.test/v2/cart/{g.num(10000, 99999)}\\\": request timeout",
                         f"Post \\\"https://staging-api.acme-shop.test/v2/checkout\\\": dial tcp 10.40.3.{g.num(2, 60)}:443: i/o timeout",
                         "Get \\\"https://staging-api.acme-shop.test/v2/products?page=3\\\": read tcp 10.40.9.7:51234->10.40.3.12:443: read: connection reset by peer"])
                lf("warning", "Request Failed", "request_failed", f" error=\"{e}\"")
            if g.r.random() < 0.02:
                lf("info", f"checkout: order {g.num(100000, 999999)} created, total {g.num(5, 400)}.{g.num(0, 99):02d} EUR", "console_order", " source=console")
            if bad and g.r.random() < 0.05:
                lf("error", "TypeError: Cannot read property 'items' of undefined\n\tat default (file:///builds/shop/api/tests/load/checkout.js:58:23(45))".replace("\n", "\\n")
                   .replace("\t", "\\t"), "js_typeerror", " executor=ramping-vus scenario=" + ("browse" if two else "default") + " source=stacktrace")
            w(f"running ({s // 60}m{s % 60:02d}.0s), {cur:02d}/{vus + (10 if two else 0):02d} VUs, {it} complete and 0 interrupted iterations", "progress_running")
            pct = int(100 * s / secs)
            bar = f"[{pct:>4}% ]"
            name = "browse  " if two else "default "
            w(f"{name} {bar} {cur:02d}/{vus:02d} VUs  {s // 60}m{s % 60:02d}.0s/{secs // 60}m{secs % 60:02d}.0s", "progress_scenario")
            if two:
                w(f"checkout [{pct:>4}% ] {g.num(2, 10):02d}/10 VUs  {s // 60}m{s % 60:02d}.0s/{secs // 60}m{secs % 60:02d}.0s  2.00 iters/s", "progress_arrival")
        w("", "empty")
        w("", "empty")
        for c in (CHECKS if two else CHECKS[:2]):
            fail = bad and g.r.random() < 0.6
            if fail:
                w(f"     ✗ {c}", "check_line")
                ok = g.num(300, 3000)
                nok = g.num(5, 300)
                w(f"      ↳  {100 * ok // (ok + nok)}% — ✓ {ok} / ✗ {nok}", "check_detail")
            else:
                w(f"     ✓ {c}", "check_line")
        w("", "empty")
        tot = it * g.num(3, 5)
        fails = g.num(30, 400) if bad else g.num(0, 20)
        w(metric("checks", f"{100 - fails * 100 / tot:.2f}% ✓ {tot - fails:<6} ✗ {fails}"), "rate_row")
        w(metric("data_received", f"{g.num(5, 90)} MB {g.num(80, 900)} kB/s"), "counter_row")
        w(metric("data_sent", f"{g.f(0.5, 9, 1)} MB {g.num(8, 90)} kB/s"), "counter_row")
        for name in TREND:
            base = {"http_req_blocked": 0.01, "http_req_connecting": 0.005, "http_req_tls_handshaking": 0.01, "http_req_sending": 0.03, "http_req_receiving": 0.2,
                    "iteration_duration": 1200}.get(name, 120)
            mark = " "
            if name == "http_req_duration":
                mark = "✗" if bad else "✓"
            vals = sorted(g.r.uniform(0.2, 3) * base for _ in range(6))
            w(metric(name, f"avg={dur(vals[2]):<9} min={dur(vals[0]):<9} med={dur(vals[1]):<9} max={dur(vals[5] * 8):<9} p(90)={dur(vals[3]):<9} p(95)={dur(vals[4]):<9}", mark),
              "trend_row")
            if name == "http_req_duration":
                w(f"       {{ expected_response:true }}...: avg={dur(vals[2]):<9} min={dur(vals[0]):<9} med={dur(vals[1]):<9} max={dur(vals[5] * 7):<9} "
                  f"p(90)={dur(vals[3]):<9} p(95)={dur(vals[4]):<9}", "trend_sub_row")
        rf = g.r.uniform(2, 9) if bad else g.r.uniform(0, 0.6)
        w(metric("http_req_failed", f"{rf:.2f}%  ✓ {int(tot * rf / 100):<6} ✗ {tot - int(tot * rf / 100)}", "✗" if bad else "✓"), "rate_row")
        w(metric("http_reqs", f"{tot:<6} {tot / secs:.6f}/s"), "counter_row")
        w(metric("iterations", f"{it:<6} {it / secs:.6f}/s"), "counter_row")
        w(metric("vus", f"1      min=1      max={vus}"), "gauge_row")
        w(metric("vus_max", f"{vus + (10 if two else 0):<6} min={vus + (10 if two else 0):<4} max={vus + (10 if two else 0)}"), "gauge_row")
        w("", "empty")
        w("", "empty")
        w(f"running ({secs // 60}m{secs % 60:02d}.{g.num(0, 9)}s), 00/{vus + (10 if two else 0):02d} VUs, {it} complete and 0 interrupted iterations", "progress_running")
        w(f"{'browse  ' if two else 'default '} ✓ [======================================] 00/{vus:02d} VUs  {secs // 60}m{secs % 60}s", "progress_done")
        if two:
            w(f"checkout ✓ [======================================] 00/10 VUs  {secs // 60}m{secs % 60}s  2.00 iters/s", "progress_done_arrival")
        if bad:
            lf("error", "thresholds on metrics 'http_req_duration, http_req_failed' have been crossed", "thresholds_crossed")

    fill(L, [(1, run)], N_LINES, 1)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 18 --------------------------------------------------------------- Keybase 6.4 desktop on a developer's Linux laptop (chat, KBFS, a team's git repositories), keybase.service.log as
#   `keybase log send` bundles it: "2026-12-01T05:00:00.123456-05:00 ▶ [DEBU keybase chat_sync.go:123] 0a1 + Syncer: Sync [tags:CHTLOC=...]"
#   (America/New_York); the function tracer's "+ name" and "- name -> ok [time=12.3ms]" lines around RPCs, gregor push messages, chat sync and
#   inbox, identify, API calls, KBFS favourites, warnings and errors when the network drops, a service restart
@checked
def log_keybase(seed):
    L = Log("keybase_service_log", seed, "full", True, True)
    g = L.g
    st = {"id": g.num(0x100, 0x300)}
    TAGS = ["CHTLOC", "CHTUNBOX", "GRGRTR", "ID2", "LU", "RPC", "KBFS", "TLFID", "PUSHSTATE"]

    lines = {}

    def w(lv, f, msg, ev):
        ms_(L, 0, 60)
        st["id"] = (st["id"] + g.num(0, 3)) % 0x1000
        loc = L.t.astimezone(EST)
        ln = lines.setdefault((f, ev), g.num(40, 900))
        L.emit(f"{loc:%Y-%m-%dT%H:%M:%S}.{us6(loc)}-05:00 ▶ [{lv} keybase {f}:{ln}] {st['id']:03x} {msg}", ev, lv, "keybase|" + f)

    def tag():
        t = g.c(TAGS)
        return f"[tags:{t}={g.alnum(12, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')}]"

    def trace(f, name, inner=(), key=None):
        tg = tag()
        key = key or name
        w("DEBU", f, f"+ {name} {tg}", "enter:" + key)
        t0 = L.t
        for fn in inner:
            fn()
        L.tick(g.c([0.01, 0.05, 0.3]))
        ms = (L.t - t0).total_seconds() * 1000
        w("DEBU", f, f"- {name} -> ok [time={ms:.6f}ms] {tg}" if ms < 1000 else f"- {name} -> ok [time={ms / 1000:.6f}s] {tg}", "leave:" + key)

    def api(path, method="GET"):
        w("DEBU", "api.go", f"+ API {method} request to https://api-1.core.keybaseapi.com/_/api/1.0/{path}", "api_request")
        w("DEBU", "api.go", f"- API {method} {path}: Done", "api_done")

    def sync():
        trace("chat_sync.go", "Syncer: Sync", [lambda: w("DEBU", "chat_sync.go", f"Sync: version: {g.num(40000, 90000)} vers: {g.num(40000, 90000)}", "sync_version"),
                                               lambda: w("DEBU", "inboxsource.go", f"ServerInbox: loaded {g.num(1, 40)} conversations", "inbox_loaded")])

    def push():
        m = g.c(["chat.newmessage", "chat.readmessage", "chat.typing", "kbfs.favorites", "team.change", "chat.setstatus"])
        w("DEBU", "gregor.go", f"gregor handler: broadcast: {m}", "gregor_broadcast")
        if m == "chat.newmessage":
            trace("push.go", "PushHandler: Activity", [lambda: w("DEBU", "push.go", f"PushHandler: Activity: received newMessage: convID: {g.hx(64)} sender: "
                                                                         f"{g.c(['maxwell', 'chris', 'jlee', 'patrick_w', 'sam'])}", "push_new_message")])
        elif m == "chat.typing":
            w("DEBU", "push.go", f"PushHandler: Typing: received typing update for {g.num(1, 4)} conversations", "push_typing")
        elif m == "team.change":
            trace("team_handler.go", "TeamHandler: changeTeam", [lambda: api(f"team/get?id={g.hx(30)}24")])

    def identify():
        u = g.c(["maxwell", "chris", "jlee", "patrick_w", "sam", "acme_ops"])
        trace("identify2_with_uid.go", f"Identify2WithUID({u})", [lambda: w("DEBU", "identify2_with_uid.go", f"| Identify2WithUID: cache hit for {u} ({g.hx(30)}19)",
                                                                           "id2_cache_hit") if g.r.random() < 0.7 else api(f"user/lookup.json?uids={g.hx(30)}19&load_deleted_v2=1")],
              "Identify2WithUID")

    def kbfs():
        trace("favorites.go", "Favorites: refresh", [lambda: api("kbfs/favorite/list.json")])
        if g.r.random() < 0.3:
            w("INFO", "kbfs.go", f"KBFS: journal flushed {g.num(1, 40)} blocks for /keybase/team/acme_eng", "kbfs_journal_flushed")

    def git():
        r = g.c(["infra", "shop-api", "dotfiles", "design-docs"])
        trace("git.go", f"git:GetAllGitMetadata", [lambda: w("INFO", "git.go", f"Git push to keybase://team/acme_eng/{r} ({g.num(1, 12)} refs)", "git_push")
                                                    if g.r.random() < 0.3 else api("git/get_all")])

    def net_err():
        e = g.c(["Get \"https://api-1.core.keybaseapi.com/_/api/1.0/merkle/root.json\": dial tcp: lookup api-1.core.keybaseapi.com: Temporary failure in name resolution",
                 "Post \"https://api-1.core.keybaseapi.com/_/api/1.0/chat/sync_inbox\": context deadline exceeded"])
        w("ERRO", "api.go", f"API network error: {e} (attempt 1)", "api_net_error")
        w("WARN", "connection.go", "Connection: error connecting to gregor: dial tcp 52.14.12.4:443: connect: network is unreachable, will retry in 4s", "gregor_conn_error")
        L.tick(20)
        w("INFO", "connection.go", "Connection: connected to fmprpc+tls://chat-0.core.keybaseapi.com:443", "gregor_connected")
        w("DEBU", "reachability.go", "Reachability: connected: true", "reachability")

    def unbox_warn():
        w("WARN", "boxer.go", f"Boxer: unbox: failed to unbox message: convID: {g.hx(64)} msgID: {g.num(1, 9000)} err: message was deleted", "unbox_failed")

    def restart():
        w("INFO", "main.go", "Stopping service: received SIGTERM", "stopping_service")
        L.tick(30)
        w("INFO", "main.go", "Keybase version 6.4.0-20240821174923+2b9a8a8f3e", "version")
        w("INFO", "main.go", "Running in service mode (pid " + str(g.num(2000, 90000)) + ")", "service_mode")
        w("DEBU", "config.go", "Using config file /home/lena/.config/keybase/config.json", "config_file")
        w("INFO", "login_state.go", "LoginState: user lena_k is logged in (device framework-13)", "logged_in")
        w("INFO", "connection.go", "Connection: connected to fmprpc+tls://chat-0.core.keybaseapi.com:443", "gregor_connected")

    fill(L, [(12, sync), (16, push), (6, identify), (5, kbfs), (2, git), (0.6, net_err), (1, unbox_warn), (0.15, restart)], N_LINES, 40)
    del L.rows[N_LINES:]
    return L


# 19 --------------------------------------------------------------- Lc0 (Leela Chess Zero) 0.31 with a CUDA backend as a lichess bot on a gaming PC (lichess-bot drives it over UCI), the
#   --logfile its owner keeps appending to: "1201 10:00:00.123456 140213 ../../src/chess/uciloop.cc:139] >> go wtime 180000 ..." (month and day, no
#   year; the thread id; the source file and line); the logo at each start, the network and backend lines, every UCI command in (">>") and every
#   answer out ("<<", mostly "info depth ..." lines and bestmove), games one after the other, the odd warning
@checked
def log_lc0(seed):
    L = Log("lc0_logfile", seed, "noyear", False, True)
    g = L.g
    st = {"main": g.num(130000000000000, 140000000000000), "search": 0}
    FILES = "abcdefgh"

    def move():
        return f"{g.c(FILES)}{g.num(1, 8)}{g.c(FILES)}{g.num(1, 8)}"

    def w(f, ln, msg, ev, th=None):
        ms_(L, 0, 3)
        L.emit(f"{L.t:%m%d %H:%M:%S}.{us6(L.t)} {th or st['main']} ../../src/{f}:{ln}] {msg}", ev, None, f"../../src/{f}")

    def start():
        st["main"] = g.num(130000000000000, 140000000000000)
        w("main.cc", 46, "Lc0 started.", "started")
        w("main.cc", 47, "       _", "logo_1")
        w("main.cc", 48, "|   _ | |", "logo_2")
        w("main.cc", 49, "|_ |_ |_| v0.31.2 built Oct 20 2024", "logo_3")
        w("utils/commandline.cc", 45, "Command line: ./lc0 --logfile=lc0.log --backend=cuda-fp16 --weights=BT4-1740.pb.gz --syzygy-paths=/srv/syzygy", "command_line")
        ucin("uci")
        out("id name Lc0 v0.31.2")
        out("id author The LCZero Authors.")
        for o in ["option name WeightsFile type string default <autodiscover>", "option name Backend type combo default cuda-auto var cuda-auto var cuda var cuda-fp16",
                  "option name Threads type spin default 0 min 0 max 128", "option name NNCacheSize type spin default 2000000 min 0 max 999999999",
                  "option name MinibatchSize type spin default 0 min 0 max 1024", "option name CPuct type string default 1.745000", "option name SyzygyPath type string default",
                  "option name Ponder type check default true", "option name UCI_ShowWDL type check default false"]:
            out(o)
        out("uciok")
        ucin("setoption name Threads value 2")
        ucin("setoption name UCI_ShowWDL value true")
        ucin("isready")
        th = g.num(130000000000000, 140000000000000)
        w("neural/loader.cc", 201, "Loading weights file from: BT4-1740.pb.gz", "loading_weights", th)
        w("neural/factory.cc", 51, "Creating backend [cuda-fp16]...", "creating_backend", th)
        w("neural/cuda/network_cuda.cc", 246, "CUDA Runtime version: 12.4.0", "cuda_runtime", th)
        w("neural/cuda/network_cuda.cc", 252, "Latest version of CUDA supported by the driver: 12.6.0", "cuda_driver", th)
        w("neural/cuda/network_cuda.cc", 262, "GPU: NVIDIA GeForce RTX 4070", "gpu_name", th)
        w("neural/cuda/network_cuda.cc", 263, "GPU memory: 11.7244 Gb", "gpu_memory", th)
        w("neural/cuda/network_cuda.cc", 265, "GPU clock frequency: 2475 MHz", "gpu_clock", th)
        w("neural/cuda/network_cuda.cc", 266, "GPU compute capability: 8.9", "gpu_cc", th)
        w("syzygy/syzygy.cc", 1257, "Found 290 WDL, 290 DTZ tablebase files (up to 5-man).", "syzygy_found", th)
        out("readyok")

    def ucin(c):
        w("chess/uciloop.cc", 139, f">> {c}", "uci_in")

    def out(c, th=None):
        w("chess/uciloop.cc", 241, f"<< {c}", "uci_out", th)

    def pv(n):
        return " ".join(move() for _ in range(n))

    def game():
        ucin("ucinewgame")
        ucin("isready")
        out("readyok")
        moves = []
        tc = g.c([(180000, 2000), (300000, 3000), (60000, 1000)])
        wt = bt = tc[0]
        for ply in range(g.num(8, 40)):
            L.tick(g.r.uniform(2, 20))
            moves.append(move())
            ucin(f"position startpos moves {' '.join(moves)}")
            ucin(f"go wtime {wt} btime {bt} winc {tc[1]} binc {tc[1]}")
            th = st["main"] + g.num(1, 9) * 256
            sc = g.num(-150, 150)
            nodes = 0
            for d in range(1, g.num(4, 12)):
                L.tick(g.r.uniform(0.05, 0.6))
                nodes += g.num(50, 4000) * d
                ms = int(nodes / g.num(9000, 16000) * 1000) + 1
                wdl = (g.num(100, 500), g.num(300, 800), 0)
                wdl = (wdl[0], wdl[1], 1000 - wdl[0] - wdl[1]) if wdl[0] + wdl[1] < 1000 else (300, 600, 100)
                out(f"info depth {d} seldepth {d + g.num(2, 12)} time {ms} nodes {nodes} score cp {sc + g.num(-9, 9)} wdl {wdl[0]} {wdl[1]} {wdl[2]} hashfull "
                    f"{g.num(0, 400)} nps {g.num(9000, 16000)} tbhits {g.c([0, 0, g.num(1, 900)])} pv {pv(g.num(2, 12))}", th)
            if g.r.random() < 0.02:
                w("mcts/search.cc", 1530, "WARNING: search was stopped because of insufficient time", "search_stopped_warning", th)
            out(f"bestmove {move()} ponder {move()}", th)
            wt = max(1000, wt - g.num(1000, 9000) + tc[1])
            bt = max(1000, bt - g.num(1000, 9000) + tc[1])
        if g.r.random() < 0.3:
            ucin("stop")
        if g.r.random() < 0.2:
            ucin("quit")
            L.tick(2)
            start()

    start()
    fill(L, [(1, game)], N_LINES, 60)
    del L.rows[N_LINES:]
    return L


# 20 --------------------------------------------------------------- Luigi 3.6 (Spotify's pipeline runner) in a retailer's nightly ETL (cron starts `luigi --module etl.nightly Nightly
#   --workers 4` against a central luigid), Python logging to /var/log/etl/luigi.log with "%(asctime)s %(name)s[%(process)s] %(levelname)s:
#   %(message)s": the scheduling of the task graph, "Informed scheduler that task ... has status ...", workers running and finishing tasks, the
#   pipeline's own loggers, a failed task with its Python traceback (carried under its ERROR line), the execution summary (logged as one message over
#   many lines), retries and scheduler hiccups
@checked
def log_luigi(seed):
    L = Log("luigi_worker_log", seed, "full", True, True)
    g = L.g
    TASKS = [("ExtractOrders", "etl.extract"), ("ExtractReturns", "etl.extract"), ("ExtractInventory", "etl.extract"), ("LoadStagingOrders", "etl.load"),
             ("LoadStagingReturns", "etl.load"), ("LoadStagingInventory", "etl.load"), ("BuildSalesFact", "etl.transform"), ("BuildStockSnapshot", "etl.transform"),
             ("RefreshDashboards", "etl.publish"), ("ExportFinanceCsv", "etl.publish")]
    PART = ["DE", "AT", "CH", "NL"]

    def w(name, pid, lv, msg, ev, step=(0, 40)):
        ms_(L, *step)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} {name}[{pid}] {lv}: {msg}", ev, lv, name)
        return (L.t, lv, name)

    def cont(hdr, text, ev):
        L.emit(text, ev, hdr[1], hdr[2], hdr[0])

    def night():
        L.t = (L.t + dt.timedelta(days=1)).replace(hour=1, minute=30, second=g.num(1, 3), microsecond=g.num(0, 999999))
        pid = g.num(10000, 60000)
        salt = g.num(10 ** 8, 10 ** 9)
        day = (L.t - dt.timedelta(days=1)).date()
        wk = f"Worker(salt={salt}, workers=4, host=etl-01, username=etl, pid={pid})"
        tasks = []
        for t, lg in TASKS:
            if t.startswith(("Extract", "LoadStaging")):
                for p in g.r.sample(PART, g.num(2, 4)):
                    tasks.append((f"{t}(date={day}, country={p})", t, lg, f"{t}_{day:%Y_%m_%d}_{p}_{g.hx(10)}"))
            else:
                tasks.append((f"{t}(date={day})", t, lg, f"{t}_{day:%Y_%m_%d}_{g.hx(10)}"))
        tasks.append((f"Nightly(date={day})", "Nightly", "etl.nightly", f"Nightly_{day:%Y_%m_%d}_{g.hx(10)}"))
        if g.r.random() < 0.05:
            w("luigi-interface", pid, "WARNING", "Failed connecting to remote scheduler 'http://luigid.etl.internal:8082'", "sched_conn_failed")
            L.tick(30)
        complete = set()
        for disp, t, lg, tid in reversed(tasks):
            w("luigi-interface", pid, "DEBUG", f"Checking if {disp} is complete", "checking_complete", (0, 400))
        for disp, t, lg, tid in tasks:
            if t.startswith("Extract") and g.r.random() < 0.2:
                complete.add(tid)
                w("luigi-interface", pid, "INFO", f"Informed scheduler that task   {tid}   has status   DONE", "informed_scheduler", (0, 200))
            else:
                w("luigi-interface", pid, "INFO", f"Informed scheduler that task   {tid}   has status   PENDING", "informed_scheduler", (0, 200))
        w("luigi-interface", pid, "INFO", "Done scheduling tasks", "done_scheduling")
        w("luigi-interface", pid, "INFO", "Running Worker with 4 processes", "running_worker")
        failed = None
        ran = []
        pending = [x for x in tasks if x[3] not in complete]
        for disp, t, lg, tid in pending:
            if failed and t in ("BuildSalesFact", "BuildStockSnapshot", "RefreshDashboards", "ExportFinanceCsv", "Nightly"):
                continue
            w("luigi-interface", pid, "DEBUG", "Asking scheduler for work...", "asking_work", (0, 2000))
            w("luigi-interface", pid, "DEBUG", f"Pending tasks: {len(pending) - len(ran)}", "pending_tasks")
            cp = pid + g.num(1, 400)
            w("luigi-interface", cp, "INFO", f"[pid {cp}] Worker {wk} running   {disp}", "worker_running")
            if t.startswith("Extract"):
                w(lg, cp, "INFO", f"Extracted {g.num(1000, 900000)} rows from {g.c(['shop_de', 'shop_at', 'erp'])}.{t[7:].lower()} in {g.f(1, 90, 1)}s", "extracted_rows",
                  (1000, 60000))
                w(lg, cp, "INFO", f"Wrote s3://acme-etl/raw/{t[7:].lower()}/dt={day}/part-{g.num(0, 9):05d}.parquet ({g.num(1, 900)} MB)", "wrote_s3")
            elif t.startswith("Load"):
                w(lg, cp, "INFO", f"COPY staging.{t[11:].lower()} FROM 's3://acme-etl/raw/{t[11:].lower()}/dt={day}/' -> {g.num(1000, 900000)} rows", "copy_rows",
                  (2000, 90000))
            elif t.startswith("Build"):
                w(lg, cp, "INFO", f"Running {g.c(['fact_sales.sql', 'snapshot_stock.sql'])} against warehouse ({g.num(1, 40)} statements)", "running_sql", (1000, 9000))
                w(lg, cp, "INFO", f"{g.num(10000, 9000000)} rows affected", "rows_affected", (10000, 600000))
            elif t != "Nightly":
                w(lg, cp, "INFO", f"Published {g.c(['dashboards/sales_daily', 'finance/export_' + str(day) + '.csv'])}", "published", (1000, 30000))
            if t.startswith("Load") and g.r.random() < 0.08 and not failed:
                hdr = w("luigi-interface", cp, "ERROR", f"[pid {cp}] Worker {wk} failed    {disp}", "worker_failed", (0, 100))
                cont(hdr, "Traceback (most recent call last):", "tb_head")
                for f, ln, fn, code in (("/opt/etl/venv/lib/python3.11/site-packages/luigi/worker.py", 210, "run", "new_deps = self._run_get_new_deps()"),
                                        ("/opt/etl/venv/lib/python3.11/site-packages/luigi/worker.py", 138, "_run_get_new_deps", "task_gen = self.task.run()"),
                                        ("/opt/etl/etl/load.py", g.num(40, 200), "run", "cur.execute(self.copy_sql())"),
                                        ("/opt/etl/venv/lib/python3.11/site-packages/psycopg2/extras.py", 236, "execute",
                                         "return super().execute(query, vars)")):
                    cont(hdr, f"  File \"{f}\", line {ln}, in {fn}", "tb_file")
                    cont(hdr, f"    {code}", "tb_code")
                e = g.c([("psycopg2.errors.DeadlockDetected: deadlock detected", [f"DETAIL:  Process {g.num(1000, 90000)} waits for ShareLock on transaction "
                                                                                    f"{g.num(10 ** 6, 10 ** 7)}; blocked by process {g.num(1000, 90000)}.",
                                                                                    "HINT:  See server log for query details."]),
                         ("psycopg2.OperationalError: SSL SYSCALL error: EOF detected", []),
                         ("psycopg2.errors.InsufficientPrivilege: permission denied for table returns", [])])
                cont(hdr, e[0], "tb_exception")
                for x in e[1]:
                    cont(hdr, x, "tb_pg_detail")
                w("luigi-interface", pid, "INFO", f"Informed scheduler that task   {tid}   has status   FAILED", "informed_scheduler")
                failed = disp
                continue
            w("luigi-interface", cp, "INFO", f"[pid {cp}] Worker {wk} done      {disp}", "worker_done", (0, 100))
            w("luigi-interface", pid, "DEBUG", f"{g.num(1, 4)} running tasks, waiting for next task to finish", "running_waiting")
            w("luigi-interface", pid, "INFO", f"Informed scheduler that task   {tid}   has status   DONE", "informed_scheduler")
            ran.append(disp)
        w("luigi-interface", pid, "DEBUG", "Asking scheduler for work...", "asking_work")
        if failed:
            w("luigi-interface", pid, "DEBUG", "Done", "debug_done")
            w("luigi-interface", pid, "DEBUG", "There are no more tasks to run at this time", "no_more_tasks")
            w("luigi-interface", pid, "DEBUG", f"There are {g.num(2, 5)} pending tasks possibly being run by other workers", "pending_other")
            w("luigi-interface", pid, "DEBUG", f"There are {g.num(2, 5)} pending tasks unique to this worker", "pending_unique")
            w("luigi-interface", pid, "DEBUG", f"There are {g.num(2, 5)} pending tasks last scheduled by this worker", "pending_last")
        else:
            w("luigi-interface", pid, "DEBUG", "Done", "debug_done")
            w("luigi-interface", pid, "DEBUG", "There are no more tasks to run at this time", "no_more_tasks")
        w("luigi-interface", pid, "INFO", f"Worker {wk} was stopped. Shutting down Keep-Alive thread", "worker_stopped")
        hdr = w("luigi-interface", pid, "INFO", "", "summary_head")
        cont(hdr, "===== Luigi Execution Summary =====", "summary_rule")
        cont(hdr, "", "empty")
        cont(hdr, f"Scheduled {len(tasks)} tasks of which:", "summary_scheduled")
        if complete:
            cont(hdr, f"* {len(complete)} complete ones were encountered:", "summary_complete")
            cont(hdr, f"    - {len(complete)} ExtractOrders(date={day}, country={g.c(PART)}) ...", "summary_item")
        cont(hdr, f"* {len(ran)} ran successfully:", "summary_ran")
        for t in sorted({d.split('(')[0] for d in ran}):
            k = sum(1 for d in ran if d.startswith(t + "("))
            cont(hdr, f"    - {k} {t}(date={day}{', country=' + g.c(PART) if k > 1 or t.startswith(('Extract', 'Load')) else ''}){' ...' if k > 1 else ''}", "summary_item")
        if failed:
            cont(hdr, "* 1 failed:", "summary_failed")
            cont(hdr, f"    - 1 {failed}", "summary_item")
            nleft = len(tasks) - len(complete) - len(ran) - 1
            cont(hdr, f"* {nleft} were left pending, among these:", "summary_left_pending")
            cont(hdr, f"    * {nleft} had failed dependencies:", "summary_failed_deps")
            for t in ("BuildSalesFact", "BuildStockSnapshot", "Nightly"):
                cont(hdr, f"        - 1 {t}(date={day})", "summary_item_nested")
            cont(hdr, "", "empty")
            cont(hdr, "This progress looks :( because there were failed tasks", "summary_sad")
        else:
            cont(hdr, "", "empty")
            cont(hdr, "This progress looks :) because there were no failed tasks or missing dependencies", "summary_happy")
        cont(hdr, "", "empty")
        cont(hdr, "===== Luigi Execution Summary =====", "summary_rule")
        cont(hdr, "", "empty")

    fill(L, [(1, night)], N_LINES, 1)
    del L.rows[N_LINES:]
    return L


LOGS = [log_vpcflow, log_appveyor, log_castep, log_codeigniter, log_crestron, log_cumulus, log_dapr, log_distcc, log_dump1090, log_duplicacy, log_freeciv,
        log_fslogix, log_gcs, log_h2, log_invidious, log_john, log_k6, log_keybase, log_lc0, log_luigi]


if __name__ == "__main__":
    main(LOGS, WORK)
