#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the twenty-eighth round, 20 logs,
written 2026-12-06 by a helper that did not read LogSleuth's code; as found: 0.726. This round is
worked on (not held out). The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and
`formats` on each and prints grouping accuracy, events against templates, the learned format and how
many lines had their time, level and component read, and read right.

Lines without a header of their own carry the time, level and component of the record they belong
to: the Java stack under a NiFi or Artifactory ERROR (the exception, "<tab>at" frames, "Caused by:",
PostgreSQL's "  Detail:" line, "... n common frames omitted"); the Python traceback lines after a
Chia "Exception: ..." line and after a Deluge RPC error; Emby's tab-indented error report ("*** Error
Report ***", its Version, Command line, Operating system and other keys, the exception, the "   at"
frames, Source and TargetSite) under its Error line; the lines of Artifactory's garbage collector
report under its "Storage garbage collector report:". A line with no header at all gets the time of the
last line before it that writes one (of the first after it at the start of a log) and no level or
component: BIRD's "bird: ..." lines and the bare "Calico node started successfully" in the Calico
pod log (BIRD's lines have the component bird); every fetchmail line but "sleeping at" and
"awakened at" (its "starting fetchmail ... daemon" too); Lsyncd's file lists and exclude lists and
its "Consider increasing ..." line. The APC event file runs newest first; its banner and
identification block take the time of the first row under them (the newest). The AMBER mdout has
no time at all (time kind None; its "| Run on" line is a header value).
Deluge writes the time of day only (tod). The containerd and GitLab Runner lines are journal lines:
containerd's carries logrus' own full time as well (full), the runner's only the journal's (noyear).
Where a log writes local time without an offset (NiFi, APC, BackupPC, Calico, Chia, Deluge, Emby,
evcc, GlobalProtect, Liquidsoap, Lsyncd), the host's clock is UTC. GlobalProtect writes a two-digit
year and its milliseconds after a colon; the APC card writes month/day/year; Knot's rsyslog writes
microseconds and an offset; Harbor's lines carry rsyslog's stamp and the core's own.

Levels are as written: NiFi's and Artifactory's (INFO, WARN, ERROR), Authelia's, containerd's and
Flux's level key (info, warning, error), Calico's bracketed word (INFO, WARNING), Chia's (INFO,
WARNING, ERROR), Deluge's, Emby's (Info, Error), evcc's (DEBUG, INFO, ERROR), GitLab Runner's
"WARNING: " and "ERROR: " (its info lines write none), GlobalProtect's (Debug, Info, Error), Harbor's
bracketed word (INFO, WARNING, ERROR), Knot's word before the colon (info, notice, warning, error),
Liquidsoap's number after the label's colon (2 severe, 3 important, 4 info; the number or its name
counts), Lsyncd's category ("Normal", "Error"). The AMBER output, the APC file, BackupPC and fetchmail
write none. The component is NiFi's and Artifactory's abbreviated logger ("o.a.n.c.s.
StandardProcessScheduler", "o.a.r.HttpRepo"; Artifactory's service "jfrt" counts too; the thread and trace id do
not), the APC row's prefix before the colon ("UPS", "System", "Probe 1"), Calico's source file
("felix/int_dataplane.go", "startup/startup.go"; the process id in brackets is not) and bird for
BIRD's lines, Chia's logger ("chia.full_node.full_node"; the service before it, full_node or
harvester, counts too), containerd's syslog identifier, Deluge's logger (padded; the source line is
not), Emby's name before the colon (Server, SessionManager, HttpClient, ...), evcc's area in brackets
(site, lp-1, main, ...), Flux's controller key (kustomization) or, on the manager's own lines, its
logger key (setup, controller-runtime.metrics), GitLab Runner's syslog identifier, Harbor's source
file in brackets (or the syslog tag core), Knot's syslog identifier (knotd; the zone in brackets is
context), Liquidsoap's source label (playlist, clock.main, output.icecast, lang, switch_65, ...).
The AMBER output, BackupPC, Authelia, fetchmail, GlobalProtect (P and T are process and thread) and
Lsyncd have none.

The true event of a line is the format string that wrote it: a value filled into a format string is
a variable (Deluge's "added" or "loaded" of 'Torrent %s from user "%s" %s'; the Handler and topic of
Harbor's "Handle notification ..."; the plural "s" of fetchmail's "%d message%s for %s at %s"; the
kind of BackupPC's "Started %s backup", its pool's name ("Pool", "Cpool", "Pool4", "Cpool4") in the
nightly clean-up lines and the reason of "Backup failed on %s (%s)"; the
level and reason of Knot's failed NOTIFY; GlobalProtect's reason of "Tunnel is down due to %s"; evcc's
"----" rule and each reading's line with its values; the list of a Calico summary's loop kinds;
Liquidsoap's "Switch to %s with
transition." whatever the source), while two format strings that look alike are two events
(the APC card's web and SSH log-ins and log-outs, each with its own event code; fetchmail's
"flushed" and "not flushed" readings, POP3's and IMAP's, its counts with and without
"(n seen)", its timeouts "waiting to connect to server" and "waiting for server"; Deluge's clean
and unclean disconnects; containerd's "StartContainer for" and "...
returns successfully", and every such pair; Knot's outgoing and incoming transfers, "started" and
"finished"; Liquidsoap's "Feeding stopped" for end of file and for a failure; Authelia's failed 1FA
with and without the ban; Flux's "server-side apply completed" and "... for cluster definitions
completed"). A structured line belongs to its message and its set of keys: an Authelia or containerd
logrus line to its msg and keys (each "loading plugin" of a shim one event), a Flux JSON line to its
msg and keys (the Kustomization's output map and error are values), a GitLab Runner line to its
message and keys, a Calico line to its message and fields, a Harbor error to the code of its JSON body
(each code its own event, the message a value). Wrappers are not part of the event: the journal and
syslog prefixes. In a block or a table each kind of line is an event: AMBER's banner lines, each
"File Assignments" line (one event), the echoed mdin's lines (one event), each GPU information and
citation line, each line of the RESOURCE USE and CONTROL DATA tables (every line its own, a table row
being a format of its own), the section titles, the 80-dash rule, each kind of line of an energy
record (NSTEP, Etot, BOND, 1-4 NB, EELEC, EKCMT, Density, the 78-dash rule; the averages and
fluctuations write the same records under their own titles), the TIMINGS table's lines; the APC file's
banner, identification lines, title, column heads and rule; the Java, .NET and Python stack lines
(Java's "<tab>at" frames one event, "Caused by:" one per exception, "... omitted" one; .NET's "   at"
one; a Python traceback's head, "File" lines, source lines and exception line); Emby's error report
keys (one event each); the Artifactory GC report's lines (one event each); Lsyncd's file-list lines
and exclude lines (one event each, whatever the path). Empty lines, and lines of nothing but blanks,
are one event per log.

usage: unseen_logs_round28.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round28)
"""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round28")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, us6, checked, syslog_ts, carry_time, ms_, ctime, jts, epoch, run_mean  # noqa: E402


def py_traceback(frames, last):
    """A Python traceback's lines: frames are (file, line, function, source)."""
    out = [("Traceback (most recent call last):", "tb_head")]
    for f, n, fn, src in frames:
        out.append((f'  File "{f}", line {n}, in {fn}', "tb_file"))
        if src:
            out.append((f"    {src}", "tb_source"))
    out.append((last, "tb_exception"))
    return out


def java_stack(g, head, head_ev, frames, cause=None, omitted=True):
    """A Java exception's lines: its first line, the tab-indented "at" frames, a "Caused by:" with its own frames, "... n common frames omitted"."""
    out = [(head, head_ev)]
    out += [(f"\tat {f}", "java_at") for f in frames]
    if cause:
        c_head, c_ev, c_frames = cause
        out.append((f"Caused by: {c_head}", c_ev))
        out += [(f"\tat {f}", "java_at") for f in c_frames]
        if omitted:
            out.append((f"\t... {g.num(20, 90)} common frames omitted", "java_omitted"))
    return out


# 1 ---------------------------------------------------------------- AMBER 24 pmemd.cuda production run of a kinase-inhibitor complex in explicit water (one A100 of a university
#   cluster), the mdout file prod_05.out: the banner and "File Assignments", the echoed mdin, the GPU information block, the "RESOURCE USE" and "CONTROL
#   DATA FOR THE RUN" tables of name = value pairs, then "RESULTS": an energy record every ntpr steps (the NSTEP line, six lines of energy terms, the
#   Density line, the rule and an empty line), the averages and RMS fluctuations over the run and the TIMINGS table; no time stamps at all
@checked
def log_amber(seed):
    L = Log("amber_pmemd_mdout", seed, None, False, False)
    g = L.g
    rows = []

    def e(text, ev):
        rows.append((text, ev))

    def blank():
        e("", "blank")

    def rule80(title, ev):
        blank()
        e("-" * 80, "rule80")
        e(title, ev)
        e("-" * 80, "rule80")
        blank()

    t0 = dt.datetime(2026, 12, 1, 10, 4, 17)
    nstlim, ntpr, dt_ps, begin = 2000000, 5000, 0.002, 40000.0
    natom = 52341
    extra = []  # filled below so that the file has exactly N_LINES lines

    def header(extra_mdin):
        blank()
        e("          -------------------------------------------------------", "banner_rule")
        e("          Amber 24 PMEMD                              2024", "banner_title")
        e("          -------------------------------------------------------", "banner_rule")
        blank()
        e("| PMEMD implementation of SANDER, Release 24", "pmemd_impl")
        blank()
        e("|  Compiled date/time: Thu Apr 18 09:51:40 2024", "compiled")
        e(f"| Run on {t0:%m/%d/%Y} at {t0:%H:%M:%S}", "run_on")
        blank()
        e("|   Executable path: /opt/amber24/bin/pmemd.cuda", "exe_path")
        e("| Working directory: /scratch/kmueller/abl1_imatinib/md", "work_dir")
        e("|          Hostname: gpu-node07", "hostname")
        blank()
        e("  [-O]verwriting output", "overwriting")
        blank()
        e("File Assignments:", "file_assignments")
        for k, v in [("MDIN", "prod.in"), ("MDOUT", "prod_05.out"), ("INPCRD", "prod_04.rst7"), ("PARM", "complex_solv.prmtop"), ("RESTRT", "prod_05.rst7"),
                     ("REFC", "refc"), ("MDVEL", "mdvel"), ("MDEN", "mden"), ("MDCRD", "prod_05.nc"), ("MDINFO", "mdinfo")]:
            e(f"|{k:>7}: {v:<70}", "file_assignment")
        blank()
        blank()
        e(" Here is the input file:", "here_is_input")
        blank()
        mdin = ["Production NPT 300 K, 4 ns per job", " &cntrl", "  imin=0, irest=1, ntx=5,", f"  nstlim={nstlim}, dt={dt_ps},", "  ntc=2, ntf=2, cut=9.0,",
                "  ntb=2, ntp=1, barostat=2, taup=2.0,", f"  ntpr={ntpr}, ntwx={ntpr}, ntwr=50000,", "  ntt=3, gamma_ln=2.0, temp0=300.0, ig=-1,", "  iwrap=1, ioutfm=1,"]
        mdin += extra_mdin + [" /"]
        for i, ln in enumerate(mdin):
            e(ln, "mdin_line")
        blank()
        seed_ = g.num(100000, 999999)
        e(f"Note: ig = -1. Setting random seed to {seed_:>8} based on wallclock time in ", "note_ig")
        e("      microseconds.", "note_ig_cont")
        blank()
        e("|--------------------- INFORMATION ----------------------", "info_rule")
        e("| GPU (CUDA) Version of PMEMD in use: NVIDIA GPU IN USE.", "gpu_in_use")
        e("|                    Version 18.0.0", "gpu_version")
        e("| ", "pipe_blank")
        e("|                      12/06/2016", "gpu_date")
        e("| ", "pipe_blank")
        for ln in ["| Implementation by:", "|                    Ross C. Walker     (SDSC)", "|                    Scott Le Grand     (nVIDIA)", "| ",
                   "| Version 18 performance extensions by:", "|                    David Cerutti     (Rutgers)", "| ",
                   "| Precision model in use:", "|      [SPFP] - Single Precision Forces, 64-bit Fixed Point", "|               Accumulation. (Default)", "| "]:
            e(ln, "pipe_blank" if ln == "| " else f"gpu_credits_{ln.split()[1].lower()}")
        e("|--------------------------------------------------------", "info_rule_end")
        blank()
        e("|----------------- CITATION INFORMATION -----------------", "citation_rule")
        e("|", "pipe_only")
        e("|    When publishing work that utilized the CUDA version", "citation_text1")
        e("|    of AMBER, please cite the following in addition to", "citation_text2")
        e("|    the regular AMBER citations:", "citation_text3")
        e("|", "pipe_only")
        e("|  - Romelia Salomon-Ferrer; Andreas W. Goetz; Duncan", "citation_ref1")
        e("|    Poole; Scott Le Grand; Ross C. Walker \"Routine", "citation_ref2")
        e("|    microsecond molecular dynamics simulations with", "citation_ref3")
        e("|    AMBER - Part II: Particle Mesh Ewald\", J. Chem.", "citation_ref4")
        e("|    Theory Comput., 2013, 9 (9), pp3878-3888,", "citation_ref5")
        e("|    DOI: 10.1021/ct400314y.", "citation_ref6")
        e("|", "pipe_only")
        e("|--------------------------------------------------------", "info_rule_end")
        blank()
        e("|------------------- GPU DEVICE INFO --------------------", "gpu_info_rule")
        e("|", "pipe_only")
        for k, v in [("CUDA_VISIBLE_DEVICES", "0"), ("CUDA Capable Devices Detected", "     1"), ("CUDA Device ID in use", "     0"),
                     ("CUDA Device Name", "NVIDIA A100-SXM4-40GB"), ("CUDA Device Global Mem Size", " 40339 MB"), ("CUDA Device Num Multiprocessors", "   108"),
                     ("CUDA Device Core Freq", "  1.41 GHz")]:
            e(f"|{k:>32}: {v}", "gpu_info_" + k.split()[-1].lower())
        e("|", "pipe_only")
        e("|--------------------------------------------------------", "info_rule_end")
        blank()
        blank()
        e("| Conditional Compilation Defines Used:", "defines_used")
        for d in ["PUBFFT", "BINTRAJ", "CUDA", "EMIL"]:
            e(f"| {d}", "define")
        blank()
        e(f"| Largest sphere to fit in unit cell has radius =    {38.744:.3f}", "largest_sphere")
        blank()
        e("| New format PARM file being parsed.", "new_parm")
        e("| Version =    1.000 Date = 11/28/26 Time = 14:12:09", "parm_version")
        blank()
        e("| Note: 1-4 EEL scale factors are being read from the topology file.", "note_eel")
        blank()
        e("| Note: 1-4 VDW scale factors are being read from the topology file.", "note_vdw")
        e("| Duplicated    0 dihedrals", "duplicated")
        blank()
        e("| Duplicated    0 dihedrals", "duplicated")
        rule80("   1.  RESOURCE   USE: ", "sec_resource")
        e(" getting box info from netcdf restart file", "box_info")
        tbl = [("NATOM", natom), ("NTYPES", 19), ("NBONH", 49520), ("MBONA", 2890), ("NTHETH", 6420), ("MTHETA", 3910), ("NPHIH", 12850), ("MPHIA", 11820),
               ("NHPARM", 0), ("NPARM", 0), ("NNB", 91870), ("NRES", 16115), ("NBONA", 2890), ("NTHETA", 3910), ("NPHIA", 11820), ("NUMBND", 82),
               ("NUMANG", 178), ("NPTRA", 203), ("NATYP", 47), ("NPHB", 0), ("IFBOX", 1), ("NMXRS", 24), ("IFCAP", 0), ("NEXTRA", 0), ("NCOPY", 0)]
        for i in range(0, len(tbl), 4):
            part = tbl[i:i + 4]
            e(" " + " ".join(f"{k:<6} = {v:>7}" for k, v in part), "resource_row_" + part[0][0].lower())
        blank()
        e("| Coordinate Index Table dimensions:    14   14   14", "coord_index")
        e("| Direct force subcell size =     5.5349    5.5349    5.5349", "subcell")
        blank()
        e("     BOX TYPE: RECTILINEAR", "box_type")
        rule80("   2.  CONTROL  DATA  FOR  THE  RUN", "sec_control")
        e("default_name" + " " * 68, "default_name")
        blank()
        ctl = [("General flags:", None), ("     imin    =       0, nmropt  =       0", None), ("", None), ("Nature and format of input:", None),
               ("     ntx     =       5, irest   =       1, ntrx    =       1", None), ("", None), ("Nature and format of output:", None),
               (f"     ntxo    =       2, ntpr    = {ntpr:7d}, ntrx    =       1, ntwr    =   50000", None),
               (f"     iwrap   =       1, ntwx    = {ntpr:7d}, ntwv    =       0, ntwe    =       0", None),
               ("     ioutfm  =       1, ntwprt  =       0, idecomp =       0, rbornstat=      0", None), ("", None), ("Potential function:", None),
               ("     ntf     =       2, ntb     =       2, igb     =       0, nsnb    =      25", None),
               ("     ipol    =       0, gbsa    =       0, iesp    =       0", None), ("     dielc   =   1.00000, cut     =   9.00000, intdiel =   1.00000", None),
               ("", None), ("Frozen or restrained atoms:", None), ("     ibelly  =       0, ntr     =       0", None), ("", None), ("Molecular dynamics:", None),
               (f"     nstlim  = {nstlim:9d}, nscm    =      1000, nrespa  =         1", None), ("     t       =   0.00000, dt      =   0.00200, vlimit  =  -1.00000", None),
               ("", None), ("Langevin dynamics temperature regulation:", None), (f"     ig      = {g.num(100000, 999999):7d}", None),
               ("     temp0   = 300.00000, tempi   =   0.00000, gamma_ln=   2.00000", None), ("", None), ("Pressure regulation:", None),
               ("     ntp     =       1", None), ("     pres0   =   1.00000, comp    =  44.60000, taup    =   2.00000", None),
               ("     Monte-Carlo Barostat:", None), ("     mcbarint  =     100", None), ("", None), ("SHAKE:", None),
               ("     ntc     =       2, jfastw  =       0", None), ("     tol     =   0.00001", None), ("", None), ("| Intermolecular bonds treatment:", None),
               ("|     no_intermolecular_bonds =       1", None), ("", None), ("| Energy averages sample interval:", None),
               (f"|     ene_avg_sampling = {ntpr:7d}", None), ("", None), ("Ewald parameters:", None),
               ("     verbose =       0, ew_type =       0, nbflag  =       1, use_pme =       1", None),
               ("     vdwmeth =       1, eedmeth =       1, netfrc  =       1", None), ("     Box X =   77.488   Box Y =   77.488   Box Z =   77.488", None),
               ("     Alpha =   90.000   Beta  =   90.000   Gamma =   90.000", None), ("     NFFT1 =   80       NFFT2 =   80       NFFT3 =   80", None),
               ("     Cutoff=    9.000   Tol   =0.100E-04", None), ("     Ewald Coefficient =  0.30768", None), ("     Interpolation order =    4", None)]
        for i, (ln, _) in enumerate(ctl):
            e(ln, "blank" if not ln else f"control_{ln.split()[0].strip('|:').lower()}_{i}")
        rule80("   3.  ATOMIC COORDINATES AND VELOCITIES", "sec_coords")
        e("default_name" + " " * 68, "default_name")
        e(f" begin time read from input coords = {begin:9.3f} ps", "begin_time")
        blank()
        e(" ", "blank")
        e(" Number of triangulated 3-point waters found:    15780", "waters_found")
        blank()
        e("     Sum of charges from parm topology file =  -0.00000031", "sum_charges")
        e("     Forcing neutrality...", "forcing_neutrality")
        blank()
        e("| Dynamic Memory, Types Used:", "dyn_memory")
        e("| Reals             1824413", "mem_reals")
        e("| Integers          2160355", "mem_integers")
        blank()
        e("| Nonbonded Pairs Initial Allocation:     8740947", "nb_pairs")
        blank()
        e("| GPU memory information (estimate):", "gpu_mem")
        e("| KB of GPU memory in use:    312456", "gpu_mem_kb")
        e("| KB of CPU memory in use:    101234", "cpu_mem_kb")
        rule80("   4.  RESULTS", "sec_results")
        e(" ---------------------------------------------------", "results_rule51")
        blank()

    st = {"temp": 300.0, "vol": 465198.7}

    def energies(nstep, avg=None):
        if avg is None:
            temp = 300.0 + g.r.gauss(0, 0.9)
            press = g.r.gauss(0, 95)
            st["vol"] += g.r.gauss(0, 120)
            ek = 32380.0 + (temp - 300.0) * 108
            vals = dict(BOND=954 + g.r.gauss(0, 25), ANGLE=2537 + g.r.gauss(0, 40), DIHED=3517 + g.r.gauss(0, 22), NB14=1174 + g.r.gauss(0, 14),
                        EEL14=13967 + g.r.gauss(0, 30), VDW=20170 + g.r.gauss(0, 150), EELEC=-209600 + g.r.gauss(0, 380), EKCMT=14520 + g.r.gauss(0, 240))
        else:
            temp, press, ek, vals = avg
        ep = vals["BOND"] + vals["ANGLE"] + vals["DIHED"] + vals["NB14"] + vals["EEL14"] + vals["VDW"] + vals["EELEC"]
        vir = vals["EKCMT"] + press * 0.73 + g.r.gauss(0, 20)
        dens = 1.0152 * 465198.7 / st["vol"]
        e(f" NSTEP = {nstep:8d}   TIME(PS) = {begin + nstep * dt_ps:11.3f}  TEMP(K) = {temp:8.2f}  PRESS = {press:7.1f}", "nstep")
        e(f" Etot   = {ep + ek:14.4f}  EKtot   = {ek:14.4f}  EPtot      = {ep:14.4f}", "etot")
        e(f" BOND   = {vals['BOND']:14.4f}  ANGLE   = {vals['ANGLE']:14.4f}  DIHED      = {vals['DIHED']:14.4f}", "bond")
        e(f" 1-4 NB = {vals['NB14']:14.4f}  1-4 EEL = {vals['EEL14']:14.4f}  VDWAALS    = {vals['VDW']:14.4f}", "nb14")
        e(f" EELEC  = {vals['EELEC']:14.4f}  EHBOND  = {0:14.4f}  RESTRAINT  = {0:14.4f}", "eelec")
        e(f" EKCMT  = {vals['EKCMT']:14.4f}  VIRIAL  = {vir:14.4f}  VOLUME     = {st['vol']:14.4f}", "ekcmt")
        e(" " * 52 + f"Density    = {dens:14.4f}", "density")
        e(" " + "-" * 78, "rule78")
        blank()

    def tail(nsteps):
        e(f"      A V E R A G E S   O V E R {nsteps // ntpr:6d} S T E P S", "averages_title")
        blank()
        energies(nsteps, (300.01, -0.4, 32381.2, dict(BOND=954.2, ANGLE=2536.8, DIHED=3517.3, NB14=1174.1, EEL14=13967.4, VDW=20168.9, EELEC=-209597.7, EKCMT=14521.3)))
        e(f"      R M S  F L U C T U A T I O N S   O V E R {nsteps // ntpr:6d} S T E P S", "rms_title")
        blank()
        energies(nsteps, (0.92, 94.8, 98.7, dict(BOND=24.6, ANGLE=39.1, DIHED=21.8, NB14=13.9, EEL14=29.7, VDW=151.2, EELEC=377.5, EKCMT=238.4)))
        rule80("   5.  TIMINGS", "sec_timings")
        e("|  NonSetup CPU Time in Major Routines:", "nonsetup_major")
        e("|", "pipe_only")
        e("|     Routine           Sec        %", "routine_head")
        e("|     ------------------------------", "routine_rule")
        tot = nsteps * 0.00247
        for name, share in [("Nonbond", 93.21), ("Bond", 0.0), ("Angle", 0.0), ("Dihedral", 0.0), ("Shake", 0.0), ("RunMD", 6.78), ("Other", 0.01)]:
            e(f"|     {name:<12}{tot * share / 100:10.2f}{share:9.2f}", "routine_row")
        e("|     ------------------------------", "routine_rule")
        e(f"|     Total       {tot:10.2f}", "routine_total")
        blank()
        e("|  PME Nonbond Pairlist CPU Time, Average for All Tasks:", "pme_pairlist")
        e("|", "pipe_only")
        e("|     Routine              Sec        %", "routine_head2")
        e("|     ---------------------------------", "routine_rule2")
        e("|     Set Up Cit           0.00    0.00", "pairlist_row")
        e("|     Build List           0.00    0.00", "pairlist_row")
        e("|     ---------------------------------", "routine_rule2")
        e("|     Total                0.00    0.00", "pairlist_total")
        blank()
        e("|  Final Performance Info:", "final_perf")
        e("|     -----------------------------------------------------", "perf_rule")
        for what, n in [("last", ntpr), ("all", nsteps)]:
            e(f"|     Average timings for {what} {n:8d} steps:" if what == "last" else "|     Average timings for all steps:", "avg_last" if what == "last" else "avg_all")
            e(f"|     Elapsed(s) = {n * 0.00247:10.2f} Per Step(ms) =       2.47", "elapsed")
            e("|         ns/day =     69.96   seconds/ns =    1235.00", "ns_day")
            e("|", "pipe_only")
        e("|     -----------------------------------------------------", "perf_rule")
        blank()
        e("|  Setup CPU time:            1.23 seconds", "setup_cpu")
        e(f"|  NonSetup CPU time:    {tot:10.2f} seconds", "nonsetup_cpu")
        e(f"|  Total CPU time:       {tot + 1.23:10.2f} seconds     {(tot + 1.23) / 3600:.2f} hours", "total_cpu")
        blank()
        e("|  Setup wall time:           2    seconds", "setup_wall")
        e(f"|  NonSetup wall time:    {int(tot) + 1:6d}    seconds", "nonsetup_wall")
        e(f"|  Total wall time:       {int(tot) + 3:6d}    seconds     {(tot + 3) / 3600:.2f} hours", "total_wall")

    EXTRA = ["  nmropt=0,", "  ntwe=0, ntwv=0,", "  ntr=0,", "  nscm=1000,", "  ntxo=2,", "  ig=-1,", "  vlimit=-1.0,", "  tol=0.00001,"]
    # probe the fixed parts' length, then give the mdin the few extra lines that make the file exactly N_LINES long
    header([])
    n_head = len(rows)
    rows.clear()
    tail(nstlim)
    n_tail = len(rows)
    rows.clear()
    n_blocks, rem = divmod(N_LINES - n_head - n_tail, 9)
    extra = EXTRA[:rem]
    header(extra)
    for k in range(1, n_blocks + 1):
        energies(k * ntpr)
    tail(n_blocks * ntpr)
    for text, ev in rows:
        L.emit(text, ev)
    return L



# 2 ---------------------------------------------------------------- Apache NiFi 1.27 (a three-node cluster on VMs, ZooKeeper for the cluster state) moving a retailer's order, stock and
#   shipping data from Kafka and SFTP into PostgreSQL and a REST API, logs/nifi-app.log of node nifi-2: logback's "%date %level [%thread] %logger{40} %msg"
#   ("2026-12-01 10:00:00,123 INFO [Timer-Driven Process Thread-7] o.a.n.c.s.StandardProcessScheduler ..."); repository checkpoints, provenance roll-overs,
#   content archive clean-up, cluster heartbeats, processors started and stopped from the UI, PutDatabaseRecord and InvokeHTTP failures with Java stack traces
@checked
def log_nifi(seed):
    L = Log("apache_nifi_app_log", seed, "full", True, True)
    g = L.g
    PROCS = [("ConsumeKafka_2_6", "orders-consumer"), ("PutDatabaseRecord", "orders-to-pg"), ("InvokeHTTP", "push-shipping-api"), ("ListSFTP", "list-stock-files"),
             ("FetchSFTP", "fetch-stock-files"), ("ConvertRecord", "csv-to-json"), ("UpdateAttribute", "set-filename"), ("RouteOnAttribute", "route-by-store"),
             ("PublishKafka_2_6", "publish-stock-events"), ("MergeContent", "batch-shipments")]
    IDS = {p: g.uuid() for p, _ in PROCS}
    ABBR = {"ConsumeKafka_2_6": "o.a.n.p.kafka.pubsub.ConsumeKafka_2_6", "PutDatabaseRecord": "o.a.n.p.standard.PutDatabaseRecord", "InvokeHTTP": "o.a.n.processors.standard.InvokeHTTP",
            "ListSFTP": "o.a.nifi.processors.standard.ListSFTP", "FetchSFTP": "o.a.n.processors.standard.FetchSFTP", "PublishKafka_2_6": "o.a.n.p.kafka.pubsub.PublishKafka_2_6",
            "MergeContent": "o.a.n.processors.standard.MergeContent"}
    NODES = ["nifi-1.retail.internal:11443", "nifi-2.retail.internal:11443", "nifi-3.retail.internal:11443"]
    st = {"tid": 1, "claim": 1733000000000, "txid": g.num(4000000, 5000000), "sec": g.num(1, 1024)}

    def w(lv, thread, logger, msg, ev, extra=()):
        ms_(L, 0, 40)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} {lv} [{thread}] {logger} {msg}", ev, lv, logger)
        for text, xev in extra:
            L.emit(text, xev, lv, logger)

    def td():
        return f"Timer-Driven Process Thread-{g.num(1, 10)}"

    def proc(p):
        return f"{p}[id={IDS[p]}]"

    def flowfile(name, size):
        st["claim"] += g.num(1000, 90000)
        return (f"StandardFlowFileRecord[uuid={g.uuid()},claim=StandardContentClaim [resourceClaim=StandardResourceClaim[id={st['claim']}-{g.num(1, 99999)}, "
                f"container=default, section={g.num(1, 1023)}], offset={g.num(0, 900000)}, length={size}],offset=0,name={name},size={size}]")

    def checkpoint():
        n = g.num(20, 4000)
        st["txid"] += g.num(500, 40000)
        w("INFO", "pool-10-thread-1", "o.a.n.c.r.WriteAheadFlowFileRepository", "Initiating checkpoint of FlowFile Repository", "ffr_initiating")
        ms_(L, 5, 300)
        w("INFO", "pool-10-thread-1", "o.a.n.wali.SequentialAccessWriteAheadLog",
          f"Checkpointed Write-Ahead Log with {n} Records and 0 Swap Files in {g.num(8, 400)} milliseconds (Stop-the-world time = {g.num(1, 40)} milliseconds), "
          f"max Transaction ID {st['txid']}", "wal_checkpointed")
        w("INFO", "pool-10-thread-1", "o.a.n.c.r.WriteAheadFlowFileRepository",
          f"Successfully checkpointed FlowFile Repository with {n} records in {g.num(8, 410)} milliseconds", "ffr_checkpointed")

    def local_state():
        w("INFO", "Write-Ahead Local State Provider Maintenance", "org.wali.MinimalLockingWriteAheadLog",
          f"org.wali.MinimalLockingWriteAheadLog@6f1c2e9a checkpointed with {g.num(10, 60)} Records and 0 Swap Files in {g.num(3, 60)} milliseconds "
          f"(Stop-the-world time = {g.num(1, 20)} milliseconds, Clear Edit Logs time = {g.num(0, 5)} millis), max Transaction ID {g.num(1000, 99999)}", "local_state_checkpointed")

    def provenance():
        w("INFO", f"Provenance Maintenance Thread-{g.num(1, 3)}", "o.a.n.p.store.WriteAheadStorePartition",
          f"Successfully rolled over Event Writer for Provenance Event Store Partition[directory=/data/provenance_repository] due to MAX_TIME_REACHED. "
          f"Event File was {g.f(0.2, 48, 2)} MB and contained {g.num(300, 90000)} events.", "prov_rolled_over")

    def archive():
        n = g.num(0, 40)
        w("INFO", "Cleanup Archive for default", "o.a.n.c.repository.FileSystemRepository",
          f"Successfully deleted {n} files ({g.num(0, 900) if n else 0} MB) from archive", "archive_deleted")
        if g.r.random() < 0.3:
            w("INFO", "Cleanup Archive for default", "o.a.n.c.repository.FileSystemRepository",
              f"Archive cleanup completed for container default; will now allow writing to this container. Bytes used = {g.f(30, 46, 2)} GB, "
              f"bytes free = {g.f(4, 20, 2)} GB, capacity = 50 GB", "archive_cleanup_completed")

    def archived_claims():
        w("INFO", f"FileSystemRepository Workers Thread-{g.num(1, 4)}", "o.a.n.c.repository.FileSystemRepository",
          f"Successfully archived {g.num(1, 300)} Resource Claims for Container default in {g.num(1, 90)} millis", "claims_archived")

    def heartbeat():
        node = g.c(NODES)
        w("INFO", f"Process Cluster Protocol Request-{g.num(1, 8)}", "o.a.n.c.p.impl.SocketProtocolListener",
          f"Finished processing request {g.uuid()} (type=HEARTBEAT, length={g.num(2400, 2900)} bytes) from {node} in {g.num(1, 60)} millis", "protocol_heartbeat")

    def hb_monitor():
        w("INFO", "Heartbeat Monitor Thread-1", "o.a.n.c.c.h.AbstractHeartbeatMonitor", f"Finished processing 3 heartbeats in {g.num(2000, 90000)} nanos", "hb_finished")

    def saved_flow():
        w("INFO", f"Flow Service Tasks Thread-{g.num(1, 2)}", "o.a.nifi.controller.StandardFlowService",
          "Saved flow controller org.apache.nifi.controller.FlowController@3e2b7a19 // Another save pending = false", "saved_flow")

    def start_stop():
        p, _ = g.c(PROCS)
        thread = f"NiFi Web Server-{g.num(100, 400)}"
        if g.r.random() < 0.5:
            w("INFO", thread, "o.a.n.c.s.StandardProcessScheduler", f"Stopping {proc(p)}", "stopping")
            w("INFO", thread, "o.a.n.controller.StandardProcessorNode", f"Stopping processor: {proc(p)}", "stopping_processor")
            ms_(L, 10, 900)
            w("INFO", f"Timer-Driven Process Thread-{g.num(1, 10)}", "o.a.n.c.s.TimerDrivenSchedulingAgent", f"Stopped scheduling {proc(p)} to run", "stopped_scheduling")
            w("INFO", f"Timer-Driven Process Thread-{g.num(1, 10)}", "o.a.n.controller.StandardProcessorNode",
              f"Successfully stopped processor: {proc(p)} (State {g.c(['STOPPED'])})", "successfully_stopped")
        else:
            w("INFO", thread, "o.a.n.c.s.StandardProcessScheduler", f"Starting {proc(p)}", "starting")
            w("INFO", thread, "o.a.n.controller.StandardProcessorNode", f"Starting {proc(p)}", "starting_node")
            ms_(L, 10, 300)
            w("INFO", td(), "o.a.n.c.s.TimerDrivenSchedulingAgent", f"Scheduled {proc(p)} to run with {g.c([1, 1, 2, 4])} threads", "scheduled_to_run")
        saved_flow()

    def pg_fail():
        name = f"orders-{L.t:%Y%m%d}-{g.num(1, 9999):04d}.json"
        key = g.num(1000000, 9999999)
        head = f"java.sql.BatchUpdateException: Batch entry {g.num(0, 40)} INSERT INTO public.order_lines (order_id, line_no, sku, qty, price) VALUES ('{key}', {g.num(1, 9)}, " \
               f"'SKU-{g.num(10000, 99999)}', {g.num(1, 12)}, {g.num(1, 400)}.{g.num(0, 99):02d}) was aborted: ERROR: duplicate key value violates unique constraint " \
               f"\"order_lines_pkey\"  Call getNextException to see other errors in the batch."
        frames = ["org.postgresql.jdbc.BatchResultHandler.handleError(BatchResultHandler.java:165)", "org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2413)",
                  "org.postgresql.core.v3.QueryExecutorImpl.execute(QueryExecutorImpl.java:579)", "org.postgresql.jdbc.PgStatement.internalExecuteBatch(PgStatement.java:912)",
                  "org.postgresql.jdbc.PgStatement.executeBatch(PgStatement.java:936)", "org.postgresql.jdbc.PgPreparedStatement.executeBatch(PgPreparedStatement.java:1733)",
                  "org.apache.commons.dbcp2.DelegatingStatement.executeBatch(DelegatingStatement.java:345)",
                  "org.apache.nifi.processors.standard.PutDatabaseRecord.executeDML(PutDatabaseRecord.java:829)",
                  "org.apache.nifi.processors.standard.PutDatabaseRecord.putToDatabase(PutDatabaseRecord.java:1024)",
                  "org.apache.nifi.processors.standard.PutDatabaseRecord.onTrigger(PutDatabaseRecord.java:478)",
                  "org.apache.nifi.processor.AbstractProcessor.onTrigger(AbstractProcessor.java:27)",
                  "org.apache.nifi.controller.StandardProcessorNode.onTrigger(StandardProcessorNode.java:1361)",
                  "org.apache.nifi.controller.tasks.ConnectableTask.invoke(ConnectableTask.java:247)",
                  "org.apache.nifi.controller.scheduling.TimerDrivenSchedulingAgent$1.run(TimerDrivenSchedulingAgent.java:102)",
                  "java.base/java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:539)",
                  "java.base/java.util.concurrent.FutureTask.runAndReset(FutureTask.java:305)",
                  "java.base/java.util.concurrent.ScheduledThreadPoolExecutor$ScheduledFutureTask.run(ScheduledThreadPoolExecutor.java:305)",
                  "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
                  "java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)", "java.base/java.lang.Thread.run(Thread.java:840)"]
        cause = ("org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint \"order_lines_pkey\"", "cause_psql_duplicate",
                 ["org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)",
                  "org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2412)"])
        extra = java_stack(g, head, "exc_batch_update", frames, cause)
        extra.insert(len(frames) + 2, (f"  Detail: Key (order_id, line_no)=({key}, {g.num(1, 9)}) already exists.", "psql_detail"))
        w("ERROR", td(), ABBR["PutDatabaseRecord"],
          f"{proc('PutDatabaseRecord')} Failed to put Records to database for {flowfile(name, g.num(900, 400000))}. Routing to failure.", "pg_failed", extra)

    def http_fail():
        name = f"shipment-{g.num(100000, 999999)}.json"
        exc = g.c([("java.net.SocketTimeoutException: timeout", "exc_socket_timeout"), ("java.net.ConnectException: Failed to connect to shipping-api.partner.example/203.0.113.41:443",
                   "exc_connect"), ("javax.net.ssl.SSLHandshakeException: Remote host terminated the handshake", "exc_ssl")])
        frames = ["okhttp3.internal.connection.RealConnection.connectSocket(RealConnection.kt:297)", "okhttp3.internal.connection.RealConnection.connect(RealConnection.kt:207)",
                  "okhttp3.internal.connection.ExchangeFinder.findConnection(ExchangeFinder.kt:226)", "okhttp3.internal.connection.RealCall.initExchange$okhttp(RealCall.kt:255)",
                  "okhttp3.internal.connection.ConnectInterceptor.intercept(ConnectInterceptor.kt:32)", "okhttp3.internal.http.RealInterceptorChain.proceed(RealInterceptorChain.kt:109)",
                  "okhttp3.internal.connection.RealCall.getResponseWithInterceptorChain$okhttp(RealCall.kt:201)", "okhttp3.internal.connection.RealCall.execute(RealCall.kt:154)",
                  "org.apache.nifi.processors.standard.InvokeHTTP.onTrigger(InvokeHTTP.java:951)", "org.apache.nifi.processor.AbstractProcessor.onTrigger(AbstractProcessor.java:27)",
                  "org.apache.nifi.controller.StandardProcessorNode.onTrigger(StandardProcessorNode.java:1361)",
                  "org.apache.nifi.controller.tasks.ConnectableTask.invoke(ConnectableTask.java:247)",
                  "org.apache.nifi.controller.scheduling.TimerDrivenSchedulingAgent$1.run(TimerDrivenSchedulingAgent.java:102)",
                  "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
                  "java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)", "java.base/java.lang.Thread.run(Thread.java:840)"]
        w("ERROR", td(), ABBR["InvokeHTTP"], f"{proc('InvokeHTTP')} Request Processing failed: {flowfile(name, g.num(400, 9000))}", "http_failed",
          java_stack(g, exc[0], exc[1], frames[g.num(0, 4):]))

    def http_retry():
        ff = flowfile(f"shipment-{g.num(100000, 999999)}.json", g.num(400, 9000))
        w("WARN", td(), ABBR["InvokeHTTP"], f"{proc('InvokeHTTP')} Response Code {g.c([502, 503, 504, 429])} Retry for {ff}", "http_retry")

    def sftp_list():
        n = g.num(0, 14)
        w("INFO", td(), ABBR["ListSFTP"], f"{proc('ListSFTP')} Successfully created listing with {n} new objects", "sftp_listing")

    def sftp_fail():
        w("ERROR", td(), ABBR["FetchSFTP"],
          f"{proc('FetchSFTP')} Failed to fetch content for {flowfile('stock_' + str(g.num(100, 460)) + '_' + L.t.strftime('%Y%m%d') + '.csv', g.num(1000, 80000))} "
          f"from filename /outbound/stock/stock_{g.num(100, 460)}_{L.t:%Y%m%d}.csv on remote host sftp.wholesale.example:22 due to java.io.IOException: "
          f"Failed to obtain connection to remote host due to net.schmizz.sshj.transport.TransportException: Timeout expired: 30000 MILLISECONDS; routing to comms.failure",
          "sftp_fetch_failed")

    def kafka_rebalance():
        w("INFO", td(), "o.a.k.c.c.internals.ConsumerCoordinator",
          f"[Consumer clientId=consumer-nifi-orders-{g.num(1, 9)}, groupId=nifi-orders] Request joining group due to: group is already rebalancing", "kafka_request_join")
        w("INFO", td(), "o.a.k.c.c.internals.ConsumerCoordinator",
          f"[Consumer clientId=consumer-nifi-orders-{g.num(1, 9)}, groupId=nifi-orders] Successfully joined group with generation Generation{{generationId={g.num(100, 900)}, "
          f"memberId='consumer-nifi-orders-{g.num(1, 9)}-{g.uuid()}', protocol='range'}}", "kafka_joined")
        w("INFO", td(), "o.a.k.c.c.internals.ConsumerCoordinator",
          f"[Consumer clientId=consumer-nifi-orders-{g.num(1, 9)}, groupId=nifi-orders] Adding newly assigned partitions: orders-{g.num(0, 5)}, orders-{g.num(6, 11)}", "kafka_assigned")

    def forbidden():
        who = g.c(["anna.weber", "tobias.k", "svc-monitoring"])
        w("INFO", f"NiFi Web Server-{g.num(100, 400)}", "o.a.n.w.a.c.AccessDeniedExceptionMapper",
          f"identity[{who}], groups[{g.c(['nifi-readonly', 'retail-analysts'])}] does not have permission to access the requested resource. "
          f"{g.c(['Unable to modify the data flow.', 'Unable to view provenance data.', 'Unable to view the user interface.'])} Returning Forbidden response.", "access_denied")

    def backpressure():
        w("WARN", td(), "o.a.n.controller.queue.SwappablePriorityQueue",
          f"Queue for connection {g.uuid()} is swapping {g.c([10000, 10000, 20000])} FlowFiles to disk because the swap threshold of 20000 has been exceeded", "swapping")

    ev = [(10, checkpoint), (6, local_state), (6, provenance), (5, archive), (9, archived_claims), (18, heartbeat), (8, hb_monitor), (2.5, start_stop),
          (1.3, pg_fail), (1.0, http_fail), (3, http_retry), (7, sftp_list), (0.5, sftp_fail), (0.4, kafka_rebalance), (1.2, forbidden), (0.6, backpressure)]
    return run_mean(L, ev, 20)


# 3 ---------------------------------------------------------------- APC Smart-UPS SRT 5000 with a Network Management Card 3 (AOS v3.2) and a temperature/humidity probe in the server room of
#   a law firm, event.txt fetched from the card over SCP: the card's banner and identification block (name, contact, location, up time, status), the column
#   heads, then one tab-separated row per event, newest first, with the US date and 24-hour time the card keeps (set to UTC by NTP) and the event code in
#   hex at the end; power problems, self-tests, logins to the web and SSH interfaces, the probe's temperature and humidity thresholds, PowerChute clients
@checked
def log_apc(seed):
    L = Log("apc_nmc_event_txt", seed, "full", False, True, start=dt.datetime(2026, 5, 4, 8, 0, 0, tzinfo=UTC))
    g = L.g
    rows = []
    ADMINS = [("apc", "10.10.0.15"), ("apc", "10.10.0.22"), ("itdienst", "10.10.0.15"), ("readonly", "10.10.3.40")]
    PCNS = ["10.10.1.21", "10.10.1.22", "10.10.1.23", "10.10.1.30"]

    def r(comp, msg, code, ev):
        rows.append((f"{L.t:%m/%d/%Y}\t{L.t:%H:%M:%S}\t{comp}: {msg}\t{code}", ev, comp, L.t))

    def login():
        u, ip = g.c(ADMINS)
        how = g.c(["Web", "Web", "SSH"])
        r("System", f"{how} user '{u}' logged in from {ip}.", "0x0014" if how == "Web" else "0x0016", f"{how.lower()}_user_logged_in")
        L.t += dt.timedelta(seconds=g.num(30, 1800))
        if g.r.random() < 0.8:
            r("System", f"{how} user '{u}' logged out from {ip}.", "0x0015" if how == "Web" else "0x0017", f"{how.lower()}_user_logged_out")

    def bad_login():
        ip = g.c(["10.10.0.15", "10.10.3.40", "10.10.2." + str(g.num(10, 200))])
        r("System", f"Detected an unauthorized user attempting to access the {g.c(['Web', 'Web', 'SSH'])} interface from {ip}.", "0x0006", "unauthorized")

    def blip():
        r("UPS", "On battery power in response to an input power problem.", "0x0101", "on_battery")
        L.t += dt.timedelta(seconds=g.num(1, 40))
        r("UPS", "No longer on battery power.", "0x0102", "off_battery")

    def voltage():
        kind = g.c(["high", "low"])
        r("UPS", f"Input voltage {'too high' if kind == 'high' else 'too low'}; Automatic Voltage Regulation {'trimming' if kind == 'high' else 'boosting'}.",
          "0x0103" if kind == "high" else "0x0104", "avr_" + kind)
        L.t += dt.timedelta(seconds=g.num(5, 300))
        r("UPS", "Input voltage returned to acceptable range.", "0x0105", "input_normal")

    def selftest():
        r("UPS", "Self-Test initiated.", "0x0131", "selftest_initiated")
        L.t += dt.timedelta(seconds=g.num(8, 14))
        if g.r.random() < 0.97:
            r("UPS", "Passed a self-test.", "0x0109", "selftest_passed")
        else:
            r("UPS", "Failed a self-test. Replace battery.", "0x010A", "selftest_failed")

    def temp():
        v = g.f(27.1, 31.5, 1)
        r("Probe 1", f"'Serverraum' Maximum temperature threshold violation. Value {v} C. Threshold 27.0 C.", "0x0201", "temp_violation")
        L.t += dt.timedelta(minutes=g.num(5, 190))
        r("Probe 1", f"'Serverraum' Maximum temperature threshold violation cleared. Value {g.f(25.5, 26.9, 1)} C.", "0x0202", "temp_cleared")

    def humidity():
        v = g.num(61, 72)
        r("Probe 1", f"'Serverraum' Maximum humidity threshold violation. Value {v}%RH. Threshold 60%RH.", "0x0203", "hum_violation")
        L.t += dt.timedelta(minutes=g.num(10, 400))
        r("Probe 1", f"'Serverraum' Maximum humidity threshold violation cleared. Value {g.num(50, 59)}%RH.", "0x0204", "hum_cleared")

    def pcns():
        ip = g.c(PCNS)
        if g.r.random() < 0.5:
            r("System", f"PowerChute Network Shutdown client {ip} registered.", "0x0071", "pcns_registered")
        else:
            r("System", f"PowerChute Network Shutdown client {ip} is no longer communicating.", "0x0072", "pcns_lost")

    def ntp():
        if g.r.random() < 0.85:
            r("System", f"Time synchronized with NTP server {g.c(['10.10.0.2', '10.10.0.3'])}.", "0x0032", "ntp_sync")
        else:
            r("System", "NTP server could not be reached.", "0x0033", "ntp_fail")

    def email():
        r("System", f"Email: Could not mail to recipient {g.num(1, 4)}: 535 5.7.3 Authentication unsuccessful.", "0x0041", "email_fail")

    def snmp_bad():
        r("System", f"Detected an unauthorized user attempting to access the SNMP interface from {g.ip('10')}.", "0x0007", "snmp_unauthorized")

    def battery():
        r("UPS", f"Battery: The runtime remaining is {g.num(20, 40)} minutes; the load increased to {g.num(38, 52)}%.", "0x0125", "runtime_changed")

    def outage():
        r("UPS", "On battery power in response to an input power problem.", "0x0101", "on_battery")
        L.t += dt.timedelta(seconds=g.num(60, 600))
        r("UPS", "Battery: The runtime remaining is below the configured threshold.", "0x0126", "runtime_low")
        r("System", "PowerChute Network Shutdown: Sending shutdown signal to registered clients.", "0x0073", "pcns_shutdown_sent")
        L.t += dt.timedelta(seconds=g.num(60, 300))
        r("UPS", "No longer on battery power.", "0x0102", "off_battery")
        L.t += dt.timedelta(seconds=g.num(1, 30))
        r("UPS", "The battery charge is below the configured threshold for the return from a shutdown.", "0x0127", "charge_low")

    def reboot():
        r("System", "Network Management Card is rebooting.", "0x0001", "nmc_rebooting")
        L.t += dt.timedelta(seconds=g.num(60, 120))
        r("System", "Coldstart.", "0x0002", "coldstart")
        r("System", "Network service started. System IP is 10.10.0.8 from manually configured settings.", "0x0003", "network_started")
        r("System", "Network Management Card firmware is compatible with UPS firmware.", "0x0004", "fw_compatible")

    ev = [(22, login), (8, bad_login), (6, blip), (4, voltage), (4, selftest), (6, temp), (3, humidity), (6, pcns), (22, ntp), (1, email), (3, snmp_bad),
          (4, battery), (0.3, outage), (0.3, reboot)]
    weights = [w for w, _ in ev]
    fns = [f for _, f in ev]
    while len(rows) < N_LINES - 12:
        L.tick(2400)
        g.r.choices(fns, weights)[0]()
    rows = rows[:N_LINES - 12]
    rows.reverse()
    now = rows[0][3] + dt.timedelta(minutes=g.num(3, 50))
    head = [("Schneider Electric                       Network Management Card AOS      v3.2.0.4", "banner_aos"),
            ("(c)Copyright 2024 All Rights Reserved    Smart-UPS & Matrix-UPS APP       v3.2.0.4", "banner_app"),
            ("-" * 79, "rule"),
            (f"Name      : {'ups-sr-01':<42}Date : {now:%m/%d/%Y}", "ident_name"),
            (f"Contact   : {'IT Dienst, Tel. 211':<42}Time : {now:%H:%M:%S}", "ident_contact"),
            (f"Location  : {'Serverraum UG':<42}User : Super User", "ident_location"),
            (f"Up Time   : {'41 Days 2 Hours 31 Minutes':<42}Stat : P+ N4+ N6+ A+", "ident_uptime"),
            ("", "blank"),
            ("Event Log", "event_log_title"),
            ("", "blank"),
            ("Date\tTime\tEvent\tCode", "column_heads"),
            ("-" * 79, "rule")]
    for text, ev_ in head:
        L.emit(text, ev_, None, None, rows[0][3])
    for text, ev_, comp, t in rows:
        L.emit(text, ev_, None, comp, t)
    return L



def logrus_q(v):
    """logrus TextFormatter: a value is quoted unless it is made of letters, digits and -._/@^+ only."""
    s = str(v)
    if s and all(c.isalnum() or c in "-._/@^+" for c in s):
        return s
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


# 4 ---------------------------------------------------------------- Authelia 4.38 (the authelia/authelia image, file user backend, Redis sessions, SQLite storage, SMTP notifier) in front of
#   a family's and a small home office's self-hosted services behind Traefik forward-auth, `docker logs authelia`: logrus' text format (log.level info)
#   time="2026-12-01T10:00:00Z" level=error msg="..." and sorted key=value fields (method, path, remote_ip, error, ...); failed first-factor and TOTP
#   attempts, bans by the regulation, 403s of the access control rules, a Redis that restarts, OpenID Connect errors from Grafana and Immich, restarts
@checked
def log_authelia(seed):
    L = Log("authelia_docker_logs", seed, "full", True, False)
    g = L.g
    USERS = ["papa", "mama", "lena", "jonas", "buero", "admin"]
    SITES = ["https://nextcloud.hausnetz.example/", "https://grafana.hausnetz.example/", "https://immich.hausnetz.example/", "https://paperless.hausnetz.example/",
             "https://ha.hausnetz.example/", "https://pihole.hausnetz.example/admin/", "https://portainer.hausnetz.example/"]
    IPS = ["192.168.178.23", "192.168.178.31", "192.168.178.40", "100.64.0.7", "84.150.21.77", "2a02:8108:1d40:5e00::4f1"]

    def w(lv, msg, ev, **kw):
        ms_(L, 0, 50)
        parts = [f'time="{L.t:%Y-%m-%dT%H:%M:%S}Z"', f"level={lv}", f"msg={logrus_q(msg)}"] + [f"{k}={logrus_q(v)}" for k, v in sorted(kw.items())]
        L.emit(" ".join(parts), ev, lv)

    def req(method, path, ip=None):
        return dict(method=method, path=path, remote_ip=ip or g.c(IPS))

    def start():
        w("info", "Authelia v4.38.17 is starting", "starting")
        w("info", "Log severity set to info", "log_severity")
        w("info", "Storage schema is being checked for updates", "schema_check")
        w("info", "Storage schema is already up to date", "schema_up_to_date")
        if g.r.random() < 0.3:
            w("warning", "Could not determine the clock offset due to an error", "ntp_offset_error",
              error="could not connect to NTP server 'time.cloudflare.com:123' (udp): dial udp: lookup time.cloudflare.com on 127.0.0.11:53: server misbehaving")
        w("info", "Startup complete", "startup_complete")
        w("info", "Listening for non-TLS connections on '[::]:9091' path '/'", "listening", server="main", service="server")
        w("info", "Listening for non-TLS connections on '[::]:9959' path '/metrics'", "listening", server="metrics", service="server")

    def bad_1fa():
        u = g.c(USERS + ["Papa", "lena.mueller", "administrator", "root"])
        err = "user not found" if u not in USERS else "invalid credentials"
        w("error", f"Unsuccessful 1FA authentication attempt by user '{u}'", "unsuccessful_1fa", error=err, **req("POST", "/api/firstfactor"))

    def banned():
        u = g.c(USERS[:4])
        until = L.t + dt.timedelta(minutes=5)
        w("error", f"Unsuccessful 1FA authentication attempt by user '{u}' and they are banned until {until.hour % 12 or 12}:{until:%M:%S}{'AM' if until.hour < 12 else 'PM'} "
          f"on {until:%B} {until.day} {until:%Y} (+00:00)", "banned_until", **req("POST", "/api/firstfactor"))

    def bad_totp():
        u = g.c(USERS)
        w("error", f"Unsuccessful TOTP authentication attempt by user '{u}'", "unsuccessful_totp", error="validation failed", **req("POST", "/api/secondfactor/totp"))

    def forbidden():
        u = g.c(USERS[2:5])
        site = g.c(SITES[5:] + SITES[3:4])
        w("info", f"Access to {site} (method GET) is not authorized to user {u}, responding with status code 403", "not_authorized",
          **req("GET", "/api/authz/forward-auth"))

    def unknown_basic():
        u = g.c(["nextcloud", "davx5", "admin", "test"])
        w("error", f"Error occurred getting details for user with username input '{u}' which usually indicates they do not exist", "user_details_error",
          error="user not found", **req("GET", "/api/authz/forward-auth"))

    def redis_down():
        for _ in range(g.num(2, 8)):
            w("error", "Error occurred retrieving user session", "session_retrieve_error",
              error=f"dial tcp 172.21.0.{g.num(2, 9)}:6379: connect: connection refused", **req("GET", "/api/authz/forward-auth"))
            L.t += dt.timedelta(seconds=g.num(1, 20))

    def oidc():
        client = g.c(["grafana", "immich", "paperless"])
        kind = g.r.random()
        if kind < 0.5:
            w("error", "Authorization Request failed with error: The request requires user consent. The Authorization Server requires End-User consent.", "oidc_consent",
              client_id=client, **req("GET", "/api/oidc/authorization"))
        elif kind < 0.8:
            w("error", "Access Request failed with error: The provided authorization grant (e.g., authorization code, resource owner credentials) or refresh token "
                       "is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client. "
                       "The authorization code has already been used.", "oidc_code_used", client_id=client, **req("POST", "/api/oidc/token", "172.21.0." + str(g.num(10, 30))))
        else:
            w("error", "Error occurred handling the request", "oidc_jwks_error", error="failed to retrieve the JWKS: context deadline exceeded", **req("GET", "/api/oidc/userinfo"))

    def insecure():
        w("error", f"Target URL 'http://{g.c(['nextcloud', 'ha', 'grafana'])}.hausnetz.example/' has an insecure scheme 'http', only the 'https' and 'wss' schemes are "
                   "supported so session cookies can be transmitted securely", "insecure_scheme", **req("GET", "/api/authz/forward-auth"))

    def mail():
        u = g.c(USERS)
        if g.r.random() < 0.7:
            w("info", f"Sending an email to user {u} ({u}@hausnetz.example) to confirm identity for registering a device.", "sending_email")
        else:
            w("error", "Error occurred sending an email", "email_error",
              error="notifier: smtp: failed to dial connection: dial tcp: lookup smtp.mailbox.example: i/o timeout", **req("POST", "/api/secondfactor/totp/identity/start"))

    def restart():
        w("info", "Received signal: terminated", "received_signal")
        w("info", "Shutting down", "shutting_down")
        L.tick(8)
        start()

    start()
    ev = [(30, bad_1fa), (4, banned), (8, bad_totp), (22, forbidden), (10, unknown_basic), (0.5, redis_down), (6, oidc), (2, insecure), (3, mail), (0.4, restart)]
    return run_mean(L, ev, 420)


# 5 ---------------------------------------------------------------- BackupPC 4.4 (Debian 12 package, rsync and rsyncd transfers, compression on, pool v4) backing up a small engineering
#   consultancy's twelve workstations, two laptops and two servers, the server's main LOG as BackupPC_zcat prints a week of rotated files one after the other:
#   "2026-12-01 10:00:00 message": the hourly wakeups, the nightly pool clean-up with its pool statistics, the backups started and finished, hosts that do
#   not answer, rsync failures, backups the users request, a host added, a restart
@checked
def log_backuppc(seed):
    L = Log("backuppc_server_log", seed, "full", False, False, start=dt.datetime(2026, 11, 24, 0, 0, 0, tzinfo=UTC))
    g = L.g
    HOSTS = [(f"ws-{i:02d}", "/", "incr") for i in range(1, 13)] + [("laptop-ceo", "cDrive", "incr"), ("laptop-mk", "/home", "incr"),
                                                                      ("srv-files", "/srv", "incr"), ("srv-db", "/var/backups", "incr")]
    st = {"pid": g.num(200000, 300000), "last": {}, "busy": {}, "pool": 812.4, "files": 1534211, "dirs": 16512, "hour": L.t}

    def w(msg, ev):
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S} {msg}", ev)

    def pid():
        st["pid"] += g.num(3, 200)
        return st["pid"]

    def nightly():
        w("Running 2 BackupPC_nightly jobs from 0..15 (out of 0..15)", "nightly_jobs")
        p1, p2 = pid(), pid()
        w(f"Running BackupPC_nightly -m -P 2 0 127 (pid={p1})", "running_nightly")
        w(f"Running BackupPC_nightly -P 2 128 255 (pid={p2})", "running_nightly")
        w(f"Next wakeup is {L.t + dt.timedelta(hours=1):%Y-%m-%d %H:00:00}", "next_wakeup")
        L.t += dt.timedelta(seconds=g.num(200, 1500))
        w("Finished  admin1  (BackupPC_nightly -P 2 128 255)", "finished_admin")
        L.t += dt.timedelta(seconds=g.num(5, 200))
        w("BackupPC_nightly now running BackupPC_sendEmail", "send_email")
        w("Finished  admin  (BackupPC_nightly -m -P 2 0 127)", "finished_admin")
        rm = g.num(0, 9000)
        w("Pool nightly clean removed 0 files of size 0.00GB", "pool_clean")
        w("Pool is 0.00GB, 0 files (0 repeated, 0 max chain, 0 max links), 0 directories", "pool_is")
        w("Cpool nightly clean removed 0 files of size 0.00GB", "pool_clean")
        w("Cpool is 0.00GB, 0 files (0 repeated, 0 max chain, 0 max links), 0 directories", "pool_is")
        w("Pool4 nightly clean removed 0 files of size 0.00GB", "pool_clean")
        w("Pool4 is 0.00GB, 0 files (0 repeated, 0 max chain, 0 max links), 0 directories", "pool_is")
        st["pool"] += g.r.uniform(-3, 6)
        st["files"] += g.num(-rm, 12000)
        w(f"Cpool4 nightly clean removed {rm} files of size {rm * 0.00041:.2f}GB", "pool_clean")
        w(f"Cpool4 is {st['pool']:.2f}GB, {st['files']} files ({g.num(0, 40)} repeated, {g.num(0, 3)} max chain, {g.num(2000, 9000)} max links), {st['dirs']} directories",
          "pool_is")

    def backup(host, share, kind, requested=False):
        if requested:
            who = g.c(["backuppc", "mkoch", "asta"])
            w(f"User {who} requested backup of {host} ({host})", "user_requested")
            L.t += dt.timedelta(seconds=g.num(1, 4))
        r = g.r.random()
        if host.startswith("laptop") and r < 0.35:
            w(f"Backup failed on {host} (no ping response)", "backup_failed")
            return
        w(f"Started {kind} backup on {host} (pid={pid()}, share={share})", "started_backup")
        L.t += dt.timedelta(seconds=g.num(40, 2400 if kind == "incr" else 9000))
        if r < 0.04:
            w(f"Backup failed on {host} (rsync error: unexplained error (code 255) at io.c(232) [Receiver=3.2.7])", "backup_failed")
        elif r < 0.06:
            w(f"Backup failed on {host} (Child exited prematurely)", "backup_failed")
        elif r < 0.07:
            w(f"Backup failed on {host} (Unable to read 4 bytes)", "backup_failed")
        else:
            if g.r.random() < 0.05:
                w(f"Backup on {host} had {g.num(1, 40)} transfer errors", "xfer_errors")
            w(f"Finished {kind} backup on {host}", "finished_backup")
            st["last"][host] = L.t
        st["busy"][host] = L.t

    def hour():
        st["hour"] += dt.timedelta(hours=1)
        L.t = st["hour"]
        h = L.t.hour
        if h == 1:
            nightly()
            return
        if h == 0:
            return
        w(f"Next wakeup is {L.t + dt.timedelta(hours=1):%Y-%m-%d %H:00:00}", "next_wakeup")
        base = L.t
        todo = [hh for hh in HOSTS if (L.t - st["last"].get(hh[0], L.t - dt.timedelta(days=2))).total_seconds() > 20 * 3600
                and st["busy"].get(hh[0], base) <= base and (h >= 20 or h < 7 or hh[0].startswith("laptop"))]
        g.r.shuffle(todo)
        for host, share, _ in todo[:4]:
            L.t = base + dt.timedelta(seconds=g.num(1, 30))
            kind = "full" if g.r.random() < 0.12 else "incr"
            backup(host, share, kind)
        if h == 2 and g.r.random() < 0.1:
            w(f"Disk too full ({g.num(95, 97)}%); skipped {g.num(1, 6)} hosts", "disk_too_full")
        if 8 <= h <= 18 and g.r.random() < 0.15:
            L.t = base + dt.timedelta(minutes=g.num(2, 55))
            host, share, _ = g.c(HOSTS)
            if st["busy"].get(host, base) <= base:
                backup(host, share, g.c(["incr", "incr", "full"]), True)
        L.t = base + dt.timedelta(seconds=g.num(31, 3500))
        if g.r.random() < 0.01:
            w("Re-read config file because mtime changed", "reread_config")
        if g.r.random() < 0.006:
            w("Reading hosts file", "reading_hosts")
            w(f"Added host ws-{g.num(13, 15):02d} to backup list", "added_host")
        if g.r.random() < 0.005:
            w("Got signal TERM... exiting", "got_signal")
            L.t += dt.timedelta(seconds=g.num(5, 60))
            w(f"BackupPC started, pid {pid()}", "started")
            w("Reading hosts file", "reading_hosts")
            w(f"Next wakeup is {L.t + dt.timedelta(hours=1):%Y-%m-%d %H:00:00}", "next_wakeup")

    while len(L.rows) < N_LINES + 40:
        hour()
    L.rows.sort(key=lambda r: r[2])
    del L.rows[N_LINES:]
    return L


# 6 ---------------------------------------------------------------- Calico 3.28 (the Tigera operator, BGP full mesh, IPIP CrossSubnet) on a six-node on-premises Kubernetes cluster of a web
#   shop, `kubectl logs -n calico-system calico-node-7x2kq -c calico-node` of node-3: its own "2026-12-01 10:00:00.123 [INFO][58] felix/int_dataplane.go 1954: ..."
#   (level and process id in brackets, the source file and line, logrus fields after the message) from the startup, Felix, confd and the IP allocator, the
#   "Calico node started successfully" printed bare, and BIRD's "bird: ..." lines with no time; pods of the shop coming and going, reconciliation summaries,
#   ipset resyncs, BGP peers flapping while node-5 reboots, route table warnings for interfaces already gone
@checked
def log_calico(seed):
    L = Log("calico_node_kubectl_logs", seed, "full", True, True)
    g = L.g
    PEERS = ["10.20.0.11", "10.20.0.12", "10.20.0.14", "10.20.0.15", "10.20.0.16"]
    APPS = [("shop", "checkout", "7d9c5b9f6"), ("shop", "cart", "6b8f7c4d5"), ("shop", "catalog", "5f4d8b7c9"), ("shop", "frontend", "84c7d9f6b"),
            ("monitoring", "node-exporter", None), ("shop", "search-indexer", "c9d8f7b6a"), ("jobs", "nightly-export", None)]
    st = {"eps": {}, "ifidx": 40, "pid": 58}

    def w(lv, comp, line, message, ev, pid=None, **kw):
        ms_(L, 0, 30)
        fields = "".join(f" {k}={v}" for k, v in sorted(kw.items()))
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} [{lv}][{pid or st['pid']}] {comp} {line}: {message}{fields}", ev, lv, comp)

    def bird(msg, ev):
        ms_(L, 0, 20)
        L.emit(f"bird: {msg}", ev, None, "bird", None)

    def wep(ns, pod):
        return f'proto.WorkloadEndpointID{{OrchestratorId:"k8s", WorkloadId:"{ns}/{pod}", EndpointId:"eth0"}}'

    def startup():
        for line, msg, ev, kw in [(425, "Early log level set to info", "early_log_level", {}),
                                  (126, "Using NODENAME environment for node name node-3", "using_nodename", {}),
                                  (138, "Determined node name: node-3", "determined_node", {}),
                                  (110, "Starting node node-3 with version v3.28.2", "starting_node", {}),
                                  (455, "Checking datastore connection", "checking_datastore", {}),
                                  (479, "Datastore connection verified", "datastore_verified", {}),
                                  (115, "Datastore is ready", "datastore_ready", {}),
                                  (103, "Using autodetected IPv4 address on interface ens192: 10.20.0.13/24", "autodetected", {}),
                                  (706, "No AS number configured on node resource, using global value", "no_as_number", {}),
                                  (226, "Using node name: node-3", "using_node_name", {}),
                                  (190, "Setting NetworkUnavailable to false", "network_unavailable", {})]:
            w("INFO", "startup/startup.go" if line not in (126, 138, 190) else "startup/utils.go", line, msg, ev, pid=9, **kw)
        w("INFO", "tunnel-ip-allocator/allocateip.go", 306, "Current address is still valid, do nothing", "tunnel_addr_valid", pid=33,
          currentAddr='"10.244.12.64"', type='"ipipTunnelAddress"')
        L.emit("Calico node started successfully", "started_successfully", None, None, None)
        w("INFO", "felix/daemon.go", 380, "Successfully loaded configuration.", "felix_config_loaded", GOMAXPROCS="4", builddate='"2024-09-19T16:54:31+0000"',
          gitcommit='"d0a2a4a5d1a7fd23c0b9fbd4a3cb1e6d5b8d5c31"', version='"v3.28.2"')
        w("INFO", "felix/health.go", 206, "Health of component changed", "health_changed", name='"InternalDataplaneMainLoop"', newReport='"live,ready"', oldReport='"live,non-ready"')
        for p in PEERS:
            bird(f"Mesh_{p.replace('.', '_')}: State changed to up", "bird_state_changed")

    def pod_up():
        ns, app, rs = g.c(APPS)
        pod = f"{app}-{rs}-{g.alnum(5)}" if rs else f"{app}-{g.alnum(5)}"
        iface = "cali" + g.hx(11)
        st["ifidx"] += 1
        ip = f"10.244.12.{g.num(65, 250)}"
        st["eps"][pod] = (ns, iface, st["ifidx"], ip)
        w("INFO", "felix/int_dataplane.go", 1954, "Received *proto.WorkloadEndpointUpdate update from calculation graph", "wep_update",
          msg=f'id:<orchestrator_id:"k8s" workload_id:"{ns}/{pod}" endpoint_id:"eth0" > endpoint:<state:"active" name:"{iface}" profile_ids:"kns.{ns}" '
              f'profile_ids:"ksa.{ns}.default" ipv4_nets:"{ip}/32" >')
        w("INFO", "felix/endpoint_mgr.go", 602, "Updating per-endpoint chains.", "updating_chains", id=wep(ns, pod))
        w("INFO", "felix/endpoint_mgr.go", 648, "Updating endpoint routes.", "updating_routes", id=wep(ns, pod))
        w("INFO", "felix/endpoint_mgr.go", 1215, "Applying /proc/sys configuration to interface.", "applying_procsys", ifaceName=f'"{iface}"')
        w("INFO", "felix/int_dataplane.go", 1316, "Linux interface state changed.", "iface_state", ifIndex=str(st["ifidx"]), ifaceName=f'"{iface}"', state='"up"')
        w("INFO", "felix/iface_monitor.go", 201, "Netlink address update.", "netlink_addr", addr='"fe80::ecee:eeff:feee:eeee"', exists="true", ifIndex=str(st["ifidx"]))
        w("INFO", "felix/int_dataplane.go", 1360, "Linux interface addrs changed.", "iface_addrs", addrs="set.Set{fe80::ecee:eeff:feee:eeee}", ifaceName=f'"{iface}"')
        w("INFO", "felix/status_combiner.go", 78, "Endpoint up for at least one IP version", "endpoint_up", id=wep(ns, pod), ipVersion="0x4", status='"up"')
        w("INFO", "felix/status_combiner.go", 98, "Reporting combined status.", "combined_status", id=wep(ns, pod), status='"up"')

    def pod_down():
        if not st["eps"]:
            return pod_up()
        pod = g.c(sorted(st["eps"]))
        ns, iface, idx, ip = st["eps"].pop(pod)
        w("INFO", "felix/int_dataplane.go", 1954, "Received *proto.WorkloadEndpointRemove update from calculation graph", "wep_remove",
          msg=f'id:<orchestrator_id:"k8s" workload_id:"{ns}/{pod}" endpoint_id:"eth0" >')
        w("INFO", "felix/int_dataplane.go", 1316, "Linux interface state changed.", "iface_state", ifIndex=str(idx), ifaceName=f'"{iface}"', state='"down"')
        w("INFO", "felix/status_combiner.go", 98, "Reporting endpoint removed.", "endpoint_removed", id=wep(ns, pod))
        if g.r.random() < 0.3:
            ms_(L, 200, 3000)
            w("WARNING", "felix/route_table.go", 1122, "Failed to access interface because it doesn't exist.", "route_iface_gone", error="Link not found",
              ifaceName=f'"{iface}"', ifaceRegex='"^cali.*"', ipVersion="0x4", tableIndex="0")

    def applied():
        w("INFO", "felix/int_dataplane.go", 1941, "Applying dataplane updates", "applying_updates")
        ms_(L, 1, 30)
        w("INFO", "felix/int_dataplane.go", 2014, "Finished applying updates to dataplane.", "finished_applying", msecToApply=g.f(0.3, 40, 6))

    def summary():
        kinds = g.r.sample(["resync-filter-v4", "resync-mangle-v4", "resync-nat-v4", "resync-raw-v4", "resync-routes-v4", "resync-rules-v4", "update-filter-v4",
                            "update-ipsets-4", "update-nat-v4", "update-raw-v4"], g.num(1, 4))
        w("INFO", "felix/summary.go", 100, f"Summarising {g.num(8, 40)} dataplane reconciliation loops over {g.num(1, 1)}m{g.f(0, 6, 1)}s: "
                                           f"avg={g.num(3, 14)}ms longest={g.num(15, 140)}ms ({','.join(sorted(kinds))})", "summarising")

    def ipsets():
        w("INFO", "felix/ipsets.go", 304, "Resyncing ipsets with dataplane.", "ipsets_resync", family='"inet"')
        w("INFO", "felix/ipsets.go", 392, "Finished resync", "ipsets_finished", family='"inet"', numInconsistenciesFound="0", resyncDuration=f"{g.f(1, 14, 6)}ms")

    def peer_flap():
        p = "10.20.0.15"
        m = f"Mesh_{p.replace('.', '_')}"
        bird(f"{m}: Received: Administrative shutdown", "bird_received")
        bird(f"{m}: State changed to stop", "bird_state_changed")
        bird(f"{m}: State changed to down", "bird_state_changed")
        bird(f"{m}: Starting", "bird_starting")
        bird(f"{m}: State changed to start", "bird_state_changed")
        for _ in range(g.num(1, 4)):
            L.t += dt.timedelta(seconds=g.num(5, 40))
            bird(f"{m}: Error: Connection refused", "bird_conn_refused") if g.r.random() < 0.6 else bird(f"{m}: Error: Hold timer expired", "bird_hold_timer")
        L.t += dt.timedelta(seconds=g.num(30, 200))
        bird(f"{m}: State changed to feed", "bird_state_changed")
        bird(f"{m}: State changed to up", "bird_state_changed")

    def confd():
        w("INFO", "confd/resource.go", 277, f"Target config /etc/calico/confd/config/bird.cfg has been updated due to change in key: /calico/bgp/v1/host/node-{g.num(1, 6)}",
          "confd_updated", pid=55)
        bird("Reconfiguration requested by SIGHUP", "bird_reconf_requested")
        bird("Reconfiguring", "bird_reconfiguring")
        for proto in ["device1", "direct1", "kernel1"] + [f"Mesh_{q.replace('.', '_')}" for q in PEERS]:
            bird(f"{proto}: Reconfigured", "bird_reconfigured")
        bird("Reconfigured", "bird_reconfigured_done")

    def ipam():
        w("INFO", "felix/route_table.go", 1100, "Queueing a resync of routing table.", "queue_resync", ifaceRegex='"^cali.*"', ipVersion="0x4", tableIndex="0")

    def usage():
        w("INFO", "felix/usagerep.go", 164, "Reporting cluster usage/checking for deprecation warnings.", "usage_report", alpEnabled="false", calicoVersion='"v3.28.2"',
          clusterGUID='"' + g.hx(32) + '"', clusterType='"typha,kdd,k8s,operator,bgp,kubeadm"', gitRevision='"d0a2a4a5d"', kubernetesVersion='"v1.30.6"', stats="calc.StatsUpdate{NumHosts:6, "
          f"NumWorkloadEndpoints:{40 + len(st['eps'])}, NumHostEndpoints:0, NumPolicies:{g.num(10, 14)}, NumProfiles:{g.num(30, 40)}, NumALPPolicies:0}}", version='"v3.28.2"')

    startup()
    for _ in range(6):
        pod_up()
        applied()
    ev = [(12, pod_up), (10, pod_down), (30, applied), (14, summary), (9, ipsets), (0.5, peer_flap), (1.2, confd), (4, ipam), (0.3, usage)]
    run_mean(L, ev, 30)
    return carry_time(L, lambda r: not r[0].startswith("bird: ") and r[0] != "Calico node started successfully")


# 7 ---------------------------------------------------------------- Chia blockchain 2.4.4 (the .deb, full node, farmer and harvester on one Ubuntu 24.04 box with 312 plots on eight USB disks,
#   farming to a pool) ~/.chia/mainnet/log/debug.log: "2026-12-01T10:00:00.123 full_node chia.full_node.full_node: INFO     message" (the service, the logger,
#   the level padded to eight); signage points and the harvester's eligible plots every few seconds, new peaks, unfinished blocks, partials sent to the
#   pool, slow plot look-ups on a failing disk, peers disconnecting, an exception with its traceback on the lines after it
@checked
def log_chia(seed):
    L = Log("chia_debug_log", seed, "full", True, True)
    g = L.g
    st = {"sp": g.num(0, 63), "height": 6512345, "weight": 18234567890123, "diff": 1024, "peers": [g.ip("pub") for _ in range(14)]}
    PLOTS = [f"/media/chia/hdd{d:02d}/plot-k32-c05-2024-{g.num(1, 9):02d}-{g.num(10, 28)}-{g.num(10, 23)}-{g.num(10, 59)}-{g.hx(64)}.plot" for d in range(1, 9)]

    def w(svc, logger, lv, msg, ev, extra=()):
        ms_(L, 0, 60)
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)} {svc} {logger}: {lv:<8} {msg}", ev, lv, f"{logger}|{svc}")
        for text, xev in extra:
            L.emit(text, xev, lv, f"{logger}|{svc}")

    def sp():
        st["sp"] = st["sp"] % 64 + 1
        w("full_node", "chia.full_node.full_node", "INFO", f"⏲️  Finished signage point {st['sp']}/64: CC: {g.hx(64)} RC: {g.hx(64)} ", "finished_sp")
        ms_(L, 200, 1500)
        n = g.c([0, 0, 1, 1, 1, 2, 2, 3, 4])
        t = g.r.uniform(0.05, 0.9) if n else g.r.uniform(0.01, 0.08)
        w("harvester", "chia.harvester.harvester", "INFO", f"{n} plots were eligible for farming {g.hx(10)}... Found {1 if n and g.r.random() < 0.01 else 0} proofs. "
          f"Time: {t:.5f} s. Total 312 plots", "eligible")
        if n and g.r.random() < 0.03:
            w("harvester", "chia.harvester.harvester", "WARNING", f"Looking up qualities on {g.c(PLOTS[5:6] * 3 + PLOTS)} took: {g.f(5.1, 19, 4)} s. This should be below 5 seconds "
              "to minimize risk of losing rewards.", "slow_lookup")
        if n and g.r.random() < 0.06:
            w("farmer", "chia.farmer.farmer", "INFO", f"Submitting partial for {g.hx(64)} to https://eu1.pool.example:443", "submit_partial")
            ms_(L, 100, 900)
            if g.r.random() < 0.9:
                w("farmer", "chia.farmer.farmer", "INFO", f"Pool response: {{'new_difficulty': {g.c([18, 18, 20, 22])}}}", "pool_response")
            else:
                w("farmer", "chia.farmer.farmer", "ERROR", f"Error in pooling: {{'error_code': {g.c([2, 5])}, 'error_message': "
                  f"'{g.c(['Received partial too late.', 'Proof of space has required iters 34512345, too high for difficulty 18'])}'}}", "pooling_error")

    def block():
        st["height"] += 1
        st["weight"] += st["diff"] * g.num(20, 40)
        if g.r.random() < 0.7:
            w("full_node", "chia.full_node.full_node", "INFO", f"Added unfinished_block {g.hx(64)}, not farmed by us, SP: {g.num(1, 63)} farmer response time: {g.f(0.5, 9, 4)}, "
              f"Pool pk xch1{g.alnum(58)}, validation time: {g.f(0.01, 0.4, 4)} seconds, cost: {g.num(100000000, 9000000000)}, percent full: {g.f(0.5, 82, 3)}%",
              "added_unfinished")
        ms_(L, 500, 4000)
        w("full_node", "chia.full_node.full_node", "INFO", f"🌱 Updated peak to height {st['height']}, weight {st['weight']}, hh {g.hx(64)}, ph {g.hx(64)}, "
          f"forked at {st['height'] - 1}, rh: {g.hx(64)}, total iters: {g.num(10 ** 13, 10 ** 14)}, overflow: {g.c(['False'] * 9 + ['True'])}, "
          f"deficit: {g.num(0, 16)}, difficulty: {st['diff']}, sub slot iters: 578813952, Generator size: {g.c(['No tx', g.num(2000, 900000)])}, "
          f"Generator ref list size: {g.c(['No tx', 0])}", "updated_peak")
        w("full_node", "chia.full_node.full_node", "INFO", f"Block validation: {g.f(0.05, 0.9, 2)}s, pre_validation: {g.f(0.0, 0.3, 2)}s, CLVM: {g.f(0.0, 0.8, 2)}s, "
          f"post-process: {g.f(0.0, 0.1, 2)}s, cost: {g.num(0, 9000000000)}, fees: {g.num(0, 500000000)} percent full: {g.f(0, 82, 3)}% header_hash: {g.hx(64)} "
          f"height: {st['height']}", "block_validation")

    def peer_closed():
        p = g.c(st["peers"])
        w("full_node", "chia.server.ws_connection", "INFO", f"Connection closed: {p}, node id: {g.hx(64)}", "conn_closed")
        if g.r.random() < 0.5:
            st["peers"][st["peers"].index(p)] = g.ip("pub")
            w("full_node", "chia.server.server", "INFO", f"Connected with full_node {{'host': '{g.c(st['peers'])}', 'port': 8444}}", "connected_with")

    def ban():
        w("full_node", "chia.server.server", "WARNING", f"Banning {g.ip('pub')} for {g.c([10, 60, 600])} seconds", "banning")

    def exc():
        p = g.c(st["peers"])
        tb = py_traceback([("/opt/chia/chia/server/ws_connection.py", 345, "_wrap_api_function", "response = await asyncio.wait_for(func, timeout=timeout)"),
                           ("/usr/lib/python3.12/asyncio/tasks.py", 520, "wait_for", "return await fut"),
                           ("/opt/chia/chia/full_node/full_node_api.py", g.c([1211, 1386]), g.c(["request_block", "request_blocks"]),
                            "block: Optional[FullBlock] = await self.full_node.block_store.get_full_block(header_hash)")],
                          "asyncio.exceptions.CancelledError")
        w("full_node", "chia.server.ws_connection", "ERROR", f"Exception: , <class 'asyncio.exceptions.CancelledError'>, closing connection {{'host': '{p}', 'port': 8444}}. "
          f"{tb[0][0]}", "ws_exception", tb[1:])

    def sync():
        w("full_node", "chia.full_node.full_node", "INFO", f"Starting batch short sync from {st['height'] - g.num(2, 20)} to height {st['height']}", "short_sync")

    def wallet():
        w("wallet", "chia.wallet.wallet_node", "INFO", f"new coin state received ({g.num(1, 3)}-{g.num(1, 3)} / {g.num(1, 3)})", "wallet_coin_state")

    ev = [(2, sp), (1, block), (0.3, peer_closed), (0.05, ban), (0.02, exc), (0.04, sync), (0.08, wallet)]
    return run_mean(L, ev, 7)



# 8 ---------------------------------------------------------------- containerd 1.7.24 (the CRI runtime of a kubeadm cluster's worker node, Ubuntu 22.04), `journalctl -u containerd` with the
#   default short format: "Dec 01 10:00:00 k8s-worker-3 containerd[912]: " and logrus' own text line behind it (time="2026-12-01T10:00:00.123456789Z"
#   level=info msg="..." and fields); pod sandboxes and containers created, started, stopped and removed as a web shop's deployments roll, image pulls with
#   their sizes and times, the shim plugin lines of every new task, a pull that is denied, status calls for containers already gone
@checked
def log_containerd(seed):
    L = Log("containerd_journal", seed, "full", True, True)
    g = L.g
    IMAGES = [("registry.shop.example/shop/checkout", ["1.42.0", "1.42.1", "1.43.0"]), ("registry.shop.example/shop/cart", ["2.7.3", "2.8.0"]),
              ("registry.shop.example/shop/frontend", ["5.1.0", "5.1.1", "5.2.0"]), ("docker.io/library/redis", ["7.4.1-alpine"]),
              ("quay.io/prometheus/node-exporter", ["v1.8.2"]), ("registry.k8s.io/pause", ["3.9"]), ("docker.io/bitnami/postgresql", ["16.4.0-debian-12-r14"])]
    PODS = [("shop", "checkout"), ("shop", "cart"), ("shop", "frontend"), ("shop", "redis"), ("monitoring", "node-exporter"), ("shop", "search-indexer")]
    st = {"pods": [], "pid": 912}

    def w(lv, msg, ev, **kw):
        ms_(L, 0, 25)
        ns = g.num(0, 999)
        inner = f'time="{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}{ns:03d}Z" level={lv} msg={logrus_q(msg)}' + "".join(f" {k}={logrus_q(v)}" for k, v in kw.items())
        L.emit(f"{jts(L.t)} k8s-worker-3 containerd[{st['pid']}]: {inner}", ev, lv, "containerd")

    def cid():
        return g.hx(64)

    def pull(image, tag):
        ref = f"{image}:{tag}"
        w("info", f'PullImage "{ref}"', "pull_image")
        L.t += dt.timedelta(milliseconds=g.num(300, 9000))
        if "shop" in image and g.r.random() < 0.04:
            w("error", f'PullImage "{ref}" failed', "pull_failed", error=f'failed to pull and unpack image "{ref}": failed to resolve reference "{ref}": '
              f'pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed')
            return False
        digest, iid = g.hx(64), g.hx(64)
        size = g.num(700000, 180000000)
        for kind in ["ImageCreate", "ImageUpdate", "ImageCreate", "ImageUpdate", "ImageCreate"][:g.num(3, 5)]:
            name = g.c([ref, f"sha256:{iid}", f"{image}@sha256:{digest}"])
            w("info", f'{kind} event name:"{name}" labels:{{key:"io.cri-containerd.image" value:"managed"}}', "image_event")
        w("info", f"stop pulling image {ref}: active requests=0, bytes read={size + g.num(0, 4000)}", "stop_pulling")
        w("info", f'Pulled image "{ref}" with image id "sha256:{iid}", repo tag "{ref}", repo digest "{image}@sha256:{digest}", size "{size}" in {g.f(0.4, 14, 6)}s',
          "pulled_image")
        return True

    def shim():
        for plug, typ in [("io.containerd.event.v1.publisher", "io.containerd.event.v1"), ("io.containerd.internal.v1.shutdown", "io.containerd.internal.v1"),
                          ("io.containerd.ttrpc.v1.task", "io.containerd.ttrpc.v1"), ("io.containerd.ttrpc.v1.pause", "io.containerd.ttrpc.v1")]:
            w("info", f'loading plugin "{plug}"...', "loading_plugin", runtime="io.containerd.runc.v2", type=typ)

    def pod_start():
        ns, app = g.c(PODS)
        pod = f"{app}-{g.hx(9) if app not in ('redis', 'node-exporter') else ''}{'-' if app not in ('redis', 'node-exporter') else ''}{g.alnum(5)}"
        uid = g.uuid()
        meta = f"&PodSandboxMetadata{{Name:{pod},Uid:{uid},Namespace:{ns},Attempt:0,}}"
        w("info", f"RunPodSandbox for {meta}", "run_sandbox")
        shim()
        sid = cid()
        w("info", f'RunPodSandbox for {meta} returns sandbox id "{sid}"', "run_sandbox_returns")
        img = [i for i in IMAGES if i[0].endswith("/" + app) or app in i[0]] or [g.c(IMAGES)]
        image, tags = img[0]
        tag = g.c(tags)
        if g.r.random() < 0.35 and not pull(image, tag):
            return
        cname = app
        w("info", f'CreateContainer within sandbox "{sid}" for container &ContainerMetadata{{Name:{cname},Attempt:0,}}', "create_container")
        c = cid()
        ms_(L, 20, 300)
        w("info", f'CreateContainer within sandbox "{sid}" for &ContainerMetadata{{Name:{cname},Attempt:0,}} returns container id "{c}"', "create_container_returns")
        w("info", f'StartContainer for "{c}"', "start_container")
        shim()
        ms_(L, 30, 400)
        w("info", f'StartContainer for "{c}" returns successfully', "start_container_ok")
        st["pods"].append((sid, c))

    def pod_stop():
        if not st["pods"]:
            return pod_start()
        sid, c = st["pods"].pop(g.num(0, len(st["pods"]) - 1))
        w("info", f'StopContainer for "{c}" with timeout 30 (s)', "stop_container")
        w("info", f'Stop container "{c}" with signal terminated', "stop_signal")
        ms_(L, 100, 9000)
        w("info", "shim disconnected", "shim_disconnected", id=c, namespace="k8s.io")
        w("warning", "cleaning up after shim disconnected", "cleaning_up_shim", id=c, namespace="k8s.io")
        w("info", "cleaning up dead shim", "cleaning_dead_shim", namespace="k8s.io")
        w("info", f'StopContainer for "{c}" returns successfully', "stop_container_ok")
        w("info", f'StopPodSandbox for "{sid}"', "stop_sandbox")
        w("info", f'Container to stop "{c}" must be in running or unknown state, current state "CONTAINER_EXITED"', "container_to_stop")
        w("info", f'TearDown network for sandbox "{sid}" successfully', "teardown_network")
        w("info", f'StopPodSandbox for "{sid}" returns successfully', "stop_sandbox_ok")
        ms_(L, 500, 5000)
        w("info", f'RemoveContainer for "{c}"', "remove_container")
        w("info", f'RemoveContainer for "{c}" returns successfully', "remove_container_ok")
        if g.r.random() < 0.3:
            w("error", f'ContainerStatus for "{c}" failed', "container_status_failed",
              error=f'rpc error: code = NotFound desc = an error occurred when try to find container "{c}": not found')

    def task_exit():
        if not st["pods"]:
            return
        sid, c = g.c(st["pods"])
        w("info", f'TaskExit event in podsandbox handler container_id:"{c}" id:"{c}" pid:{g.num(3000, 90000)} exit_status:{g.c([1, 137, 143, 2])} '
          f'exited_at:{{seconds:{int(epoch(L.t))} nanos:{g.num(0, 999999999)}}}', "task_exit")

    def restart():
        w("info", "Stop CRI service", "stop_cri")
        w("info", "Event monitor stopped", "event_monitor_stopped")
        w("info", "Stream server stopped", "stream_server_stopped")
        L.tick(3)
        st["pid"] = g.num(1000, 90000)
        w("info", "starting containerd", "starting_containerd", revision="88bf19b2105c8b17560993bee28a01ddc2f97182", version="1.7.24")
        for p, t in [("io.containerd.content.v1.content", "io.containerd.content.v1"), ("io.containerd.snapshotter.v1.overlayfs", "io.containerd.snapshotter.v1"),
                     ("io.containerd.grpc.v1.cri", "io.containerd.grpc.v1")]:
            w("info", f'loading plugin "{p}"...', "loading_plugin", type=t)
        w("info", "Start subscribing containerd event", "start_subscribing")
        w("info", "Start recovering state", "start_recovering")
        w("info", "Start event monitor", "start_event_monitor")
        w("info", "Start snapshots syncer", "start_snapshots_syncer")
        w("info", "serving...", "serving", address="/run/containerd/containerd.sock")
        w("info", "containerd successfully booted in 0.0" + str(g.num(41, 99)) + "s", "booted")

    def gc_images():
        image, tags = g.c(IMAGES[:3])
        w("info", f'ImageDelete event name:"{image}:{g.c(tags)}"', "image_delete")

    ev = [(10, pod_start), (8, pod_stop), (4, task_exit), (0.05, restart), (1.5, gc_images)]
    return run_mean(L, ev, 45)


# 9 ---------------------------------------------------------------- Deluge 2.1.1 (deluged under systemd on a Debian 12 seedbox, the Web UI and Label, AutoAdd and Blocklist plugins),
#   `deluged -L info -l /var/log/deluged/daemon.log`: "10:00:00.123 [INFO    ][deluge.core.rpcserver         :179 ] message" (time of day only, the level
#   padded to eight, the logger padded and its source line); the Web UI connecting every few minutes, Linux ISOs and a public data set added and finished,
#   tracker and disk errors, the blocklist update, an RPC error with its Python traceback, restarts
@checked
def log_deluge(seed):
    L = Log("deluge_deluged_log", seed, "tod", True, True)
    g = L.g
    TORRENTS = ["debian-12.8.0-amd64-netinst.iso", "ubuntu-24.04.1-desktop-amd64.iso", "ubuntu-24.04.1-live-server-amd64.iso", "Fedora-Workstation-Live-x86_64-41-1.4.iso",
                "archlinux-2026.12.01-x86_64.iso", "linuxmint-22-cinnamon-64bit.iso", "kali-linux-2024.4-installer-amd64.iso", "OpenStreetMap planet-241125.osm.pbf",
                "Wikipedia_en_all_maxi_2024-10.zim", "TrueNAS-SCALE-24.10.0.2.iso", "Big Buck Bunny (2008) 1080p", "The Internet Archive - Prelinger Collection"]
    WIDTH = 30

    def w(lv, logger, line, msg, ev, extra=()):
        ms_(L, 0, 40)
        L.emit(f"{L.t:%H:%M:%S}.{ms3(L.t)} [{lv:<8}][{logger:<{WIDTH}}:{line:<4}] {msg}", ev, lv, logger)
        for text, xev in extra:
            L.emit(text, xev, lv, logger)

    def start():
        w("INFO", "deluge.core.daemon", 145, "Deluge daemon 2.1.1", "daemon_version")
        w("INFO", "deluge.core.rpcserver", 601, "Starting DelugeRPC server :58846", "starting_rpc")
        w("INFO", "deluge.core.preferencesmanager", 243, "Setting random incoming port: False", "random_port")
        w("INFO", "deluge.core.torrentmanager", 950, f"Finished loading {g.num(20, 60)} torrents in {g.f(0.4, 3.9, 6)}s", "finished_loading")
        for pl in ["Label", "AutoAdd", "Blocklist"]:
            w("INFO", "deluge.pluginmanagerbase", 189, f"Plugin {pl} enabled...", "plugin_enabled")
        w("INFO", "deluge.core.daemon", 174, "Deluge daemon starting...", "daemon_starting")

    def web():
        port = g.port()
        w("INFO", "deluge.core.rpcserver", 179, f"Deluge Client connection made from: 127.0.0.1:{port}", "client_connected")
        w("INFO", "deluge.core.rpcserver", 206, "Deluge client disconnected: Connection to the other side was lost in a non-clean fashion: Connection lost.",
          "client_disconnected_unclean")

    def web_clean():
        port = g.port()
        w("INFO", "deluge.core.rpcserver", 179, f"Deluge Client connection made from: 127.0.0.1:{port}", "client_connected")
        w("INFO", "deluge.core.rpcserver", 206, "Deluge client disconnected: Connection was closed cleanly.", "client_disconnected_clean")

    def add():
        t = g.c(TORRENTS)
        if g.r.random() < 0.4:
            w("INFO", "deluge_autoadd.core", 329, f"Adding torrent file {t}.torrent from /srv/torrents/watch", "autoadd_adding")
        w("INFO", "deluge.core.torrentmanager", 1156, f'Torrent {t} from user "{g.c(["localclient", "localclient", "mk"])}" added', "torrent_added_loaded")
        if g.r.random() < 0.5:
            w("INFO", "deluge_label.core", 199, f"Set label {g.c(['linux', 'data', 'video'])} for torrent {g.hx(40)}", "label_set")

    def finished():
        t = g.c(TORRENTS)
        w("INFO", "deluge.core.torrentmanager", 1370, f"Finished Torrent {t}, moving files to /srv/torrents/done", "finished_torrent")

    def removed():
        t = g.c(TORRENTS)
        w("INFO", "deluge.core.torrentmanager", 835, f"Torrent {t} removed by user: localclient", "torrent_removed")

    def tracker():
        t = g.c(TORRENTS)
        w("WARNING", "deluge.core.torrentmanager", 1611, f"Tracker error for {t}: {g.c(['timed out', 'Connection refused', 'Host not found (authoritative)', 'unregistered torrent'])}",
          "tracker_error")

    def disk():
        t = g.c(TORRENTS)
        w("WARNING", "deluge.core.torrentmanager", 1680, f"on_alert_file_error: {t}: file_open (/srv/torrents/incomplete/{t}) error: No space left on device", "file_error")

    def blocklist():
        w("INFO", "deluge_blocklist.core", 173, "Updating blocklist...", "blocklist_updating")
        ms_(L, 2000, 30000)
        w("INFO", "deluge_blocklist.core", 394, "Blocklist import starting", "blocklist_import_starting")
        ms_(L, 4000, 20000)
        w("INFO", "deluge_blocklist.core", 418, f"Blocklist import complete: {g.num(190000, 240000)} entries imported", "blocklist_import_complete")

    def auth_fail():
        w("INFO", "deluge.core.authmanager", 125, "Login failed (ClientVersion: 2.1.1): Username does not exist", "login_failed")

    def rpc_error():
        tid = g.hx(40)
        tb = py_traceback([("/usr/lib/python3/dist-packages/deluge/core/rpcserver.py", 306, "dispatch", "ret = self.factory.methods[method](*args, **kwargs)"),
                           ("/usr/lib/python3/dist-packages/deluge/core/core.py", 858, "move_storage", "self.torrentmanager[torrent_id].move_storage(dest)"),
                           ("/usr/lib/python3/dist-packages/deluge/core/torrentmanager.py", 194, "__getitem__", "return self.torrents[torrent_id]")],
                          f"KeyError: '{tid}'")
        w("ERROR", "deluge.core.rpcserver", 310, "Exception calling RPC request: '" + tid + "'", "rpc_exception", tb)

    def restart():
        w("INFO", "deluge.core.daemon", 222, "Deluge daemon shutting down, waiting for components to shutdown...", "shutting_down")
        w("INFO", "deluge.core.torrentmanager", 833, "Saving the state at: /var/lib/deluged/config/state/torrents.state", "saving_state")
        w("INFO", "deluge.core.daemon", 205, "Deluge daemon shutdown successfully", "shutdown_ok")
        L.tick(5)
        start()

    start()
    ev = [(30, web), (12, web_clean), (4, add), (3, finished), (1.5, removed), (10, tracker), (0.4, disk), (0.3, blocklist), (1.5, auth_fail), (0.6, rpc_error),
          (0.15, restart)]
    return run_mean(L, ev, 120)


# 10 --------------------------------------------------------------- Emby Server 4.8.10 (the emby/embyserver image on a Synology, media on the NAS, four household users, two Fire TV sticks,
#   the Android app and web browsers, hardware transcoding with VAAPI), /config/logs/embyserver.txt: "2026-12-01 10:00:00.123 Info Server: message" (the
#   level as a word, the logger name and a colon); HTTP requests and responses, playback starts and stops, transcodes started with their full ffmpeg command
#   line, scheduled tasks, library scans, metadata lookups that fail with Emby's tab-indented error report and .NET stack frames on the lines after them
@checked
def log_emby(seed):
    L = Log("emby_server_txt", seed, "full", True, True)
    g = L.g
    CLIENTS = [("Emby for Android", "3.4.22", "192.168.1.34"), ("Emby Theater", "3.0.20", "192.168.1.41"), ("Emby for Fire TV", "2.0.98g", "192.168.1.52"),
               ("Emby Web", "4.8.10.0", "192.168.1.23"), ("Emby for Fire TV", "2.0.98g", "192.168.1.53")]
    USERS = ["Markus", "Sandra", "Kinder", "Gast"]
    ITEMS = [("Das Boot (1981)", "/media/Filme/Das Boot (1981)/Das Boot (1981).mkv"), ("Dune Part Two (2024)", "/media/Filme/Dune Part Two (2024)/Dune.Part.Two.2024.2160p.mkv"),
             ("Bluey S03E12", "/media/Serien/Bluey/Season 03/Bluey S03E12.mp4"), ("Tatort - Borowski und der Schatten des Mondes", "/media/Aufnahmen/Tatort/Tatort 2024-11-17.ts"),
             ("The Last of Us S01E03", "/media/Serien/The Last of Us/Season 01/The Last of Us S01E03.mkv"), ("Paddington 2 (2017)", "/media/Filme/Paddington 2 (2017)/Paddington 2.mkv")]

    def w(lv, logger, msg, ev, extra=()):
        ms_(L, 0, 40)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} {lv} {logger}: {msg}", ev, lv, logger)
        for text, xev in extra:
            L.emit(text, xev, lv, logger)

    def http():
        cl, ver, ip = g.c(CLIENTS)
        item = g.hx(6)
        path = g.c([f"/emby/Users/{g.hx(32)}/Items/Latest?Limit=16&Fields=PrimaryImageAspectRatio%2CBasicSyncInfo&ImageTypeLimit=1&EnableImageTypes=Primary%2CBackdrop%2CThumb",
                    "/emby/Sessions/Playing/Progress?reqformat=json", f"/emby/Items/{int(item, 16) % 90000}/Images/Primary?maxHeight=330&maxWidth=220&tag={g.hx(32)}&quality=90",
                    f"/emby/Users/{g.hx(32)}/Views", "/emby/System/Info?reqformat=json", "/emby/Sessions/Capabilities/Full?reqformat=json"])
        method = "POST" if "Sessions" in path else "GET"
        w("Info", "Server", f"http/1.1 {method} http://192.168.1.10:8096{path}. UserAgent: {cl}/{ver}", "http_request")
        ms_(L, 1, 90)
        code = 204 if method == "POST" else g.c([200] * 12 + [304, 404])
        w("Info", "Server", f"http/1.1 Response {code} to {ip}. Time: {g.num(0, 140)}ms. http://192.168.1.10:8096{path}", "http_response")

    def playback():
        title, path = g.c(ITEMS)
        cl, ver, ip = g.c(CLIENTS)
        w("Info", "SessionManager", f"Playback start reported by app {cl} {ver} playing {title}. Started at 0 ms", "playback_start")
        if g.r.random() < 0.4:
            sid = g.hx(32)
            w("Info", "App", f"ProcessRun 'Transcode {sid}' Execute: /bin/ffmpeg -loglevel +timing -y -print_graphs_file \"/config/logs/ffmpeg-transcode-{g.uuid()}_1graph.txt\" "
              f"-init_hw_device vaapi=va:/dev/dri/renderD128 -filter_hw_device va -hwaccel vaapi -hwaccel_output_format vaapi -i \"file:{path}\" -map 0:0 -map 0:1 "
              f"-sn -codec:v:0 h264_vaapi -b:v {g.num(2, 12)}000000 -maxrate {g.num(12, 20)}000000 -bufsize {g.num(24, 40)}000000 -codec:a:0 aac -ac 2 -ab 192000 "
              f"-f segment -segment_format mpegts -segment_time 3 \"/transcode/transcoding-temp/{sid}/{sid}_%d.ts\"", "transcode_execute")
            w("Info", "App", f"ProcessRun 'Transcode {sid}' Process exited with code 0 - Succeeded", "transcode_exited")
        L.t += dt.timedelta(minutes=g.num(3, 140))
        w("Info", "SessionManager", f"Playback stopped reported by app {cl} {ver} playing {title}. Stopped at {g.num(60000, 8000000)} ms", "playback_stop")

    def auth():
        u = g.c(USERS)
        cl, ver, ip = g.c(CLIENTS)
        if g.r.random() < 0.85:
            w("Info", "UserManager", f"Authentication request for {u} has succeeded.", "auth_ok")
            w("Info", "SessionManager", f"Reissuing access token: {g.hx(32)}", "reissue_token")
        else:
            w("Error", "UserManager", "Error authenticating with provider Default", "auth_provider_error")
            w("Info", "UserManager", f"Authentication request for {g.c(USERS + ['admin', 'root'])} has been denied (IP: {g.c([ip, g.ip('pub')])}).", "auth_denied")

    def task():
        name = g.c(["Scan media library", "Refresh Guide", "Thumbnail image extraction", "Chapter image extraction", "Download subtitles", "Emby Server Backup",
                    "Check for application updates", "Check for plugin updates", "Clean Transcode Directory"])
        w("Info", "TaskManager", f"Executing {name}", "task_executing")
        if name == "Scan media library":
            for _ in range(g.num(0, 3)):
                ms_(L, 200, 20000)
                title, path = g.c(ITEMS)
                w("Info", "LibraryMonitor", f"{g.c(['Movies', 'Serien', 'Aufnahmen'])} ({path.rsplit('/', 1)[0]}) will be refreshed.", "library_refresh")
        L.t += dt.timedelta(seconds=g.num(1, 240))
        m, s = divmod(g.num(0, 400), 60)
        w("Info", "TaskManager", f"{name} Completed after {m} minute(s) and {s} seconds", "task_completed")

    def meta_fail():
        title, path = g.c(ITEMS)
        url = g.c([f"https://api.themoviedb.org/3/movie/{g.num(100, 900000)}?api_key={g.hx(32)}&append_to_response=casts,releases,images,keywords,trailers&language=de-DE",
                   f"https://api.thetvdb.com/series/{g.num(70000, 420000)}/episodes/query?page=1"])
        w("Error", "HttpClient", f"Error getting response from {url}", "http_client_error", [
            ("\t*** Error Report ***", "report_head"), ("\tVersion: 4.8.10.0", "report_version"),
            ("\tCommand line: /system/EmbyServer.dll -programdata /config -ffdetect /bin/ffdetect -ffmpeg /bin/ffmpeg -ffprobe /bin/ffprobe -restartexitcode 3", "report_cmdline"),
            ("\tOperating system: Linux version 4.4.302+ (root@build3) (gcc version 12.2.0 (GCC) ) #72806 SMP Thu Sep 5 13:44:21 CST 2024", "report_os"),
            ("\tFramework: .NET 8.0.10", "report_framework"), ("\tOS/Process: x64/x64", "report_arch"), ("\tRuntime: system/System.Private.CoreLib.dll", "report_runtime"),
            ("\tProcessor count: 4", "report_cpus"), ("\tData path: /config", "report_data"), ("\tApplication path: /system", "report_app"),
            ("\tSystem.Net.Http.HttpRequestException: " + g.c(["Resource temporarily unavailable (api.themoviedb.org:443)", "Connection refused (api.thetvdb.com:443)",
                                                                "The SSL connection could not be established, see inner exception."]), "report_exception"),
            ("\t   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)",
             "dotnet_at"),
            ("\t   at System.Net.Http.HttpConnectionPool.ConnectAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)", "dotnet_at"),
            ("\t   at System.Net.Http.HttpConnectionPool.CreateHttp11ConnectionAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)", "dotnet_at"),
            ("\t   at System.Net.Http.HttpClient.<SendAsync>g__Core|83_0(HttpRequestMessage request, HttpCompletionOption completionOption, "
             "CancellationTokenSource cts, Boolean disposeCts, CancellationTokenSource pendingRequestsCts, CancellationToken originalCancellationToken)", "dotnet_at"),
            ("\t   at Emby.Server.Implementations.HttpClientManager.HttpClientManager.SendAsyncInternal(HttpRequestOptions options, String httpMethod)", "dotnet_at"),
            ("\tSource: System.Net.Http", "report_source"),
            ("\tTargetSite: Void MoveNext()", "report_targetsite")])
        w("Error", "ProviderManager", f"Error in {g.c(['MovieDb', 'TheTVDB'])} metadata provider for {title}", "provider_error")

    def probe():
        title, path = g.c(ITEMS)
        w("Info", "FfProbe", f"ProcessRun 'ffprobe' Execute: /bin/ffprobe -i \"file:{path}\" -threads 0 -v info -print_format json -show_streams -show_format -show_chapters",
          "ffprobe_execute")
        w("Info", "FfProbe", "ProcessRun 'ffprobe' Process exited with code 0 - Succeeded", "ffprobe_exited")

    def ws():
        cl, ver, ip = g.c(CLIENTS)
        if g.r.random() < 0.5:
            w("Info", "HttpServer", f"WS http://192.168.1.10:8096/embywebsocket?api_key={g.hx(32)}&deviceId={g.hx(16)}. UserAgent: {cl}/{ver}", "ws_request")
        else:
            w("Info", "WebSocketManager", f"Web socket connection closed: {ip}", "ws_closed")

    ev = [(45, http), (4, playback), (5, auth), (3, task), (1.2, meta_fail), (3, probe), (8, ws)]
    return run_mean(L, ev, 40)


# 11 --------------------------------------------------------------- evcc 0.131 (the evcc/evcc image on a home server, a go-e wallbox, an SMA inverter with a home battery, a Tibber tariff and
#   the car's cloud API), `docker logs evcc` with log level debug for the loadpoint: "[lp-1  ] DEBUG 2026/12/01 10:00:00 message" (the area padded to six in
#   brackets, the level word, the time); the site's meter readings every 30 seconds, the loadpoint's PV surplus calculation, charging started and stopped,
#   the vehicle's state of charge from the cloud failing with 401s and timeouts, the Tibber price updates, MQTT publishing, a restart with the site banner
@checked
def log_evcc(seed):
    L = Log("evcc_docker_logs", seed, "full", True, True)
    g = L.g
    st = {"pv": 2400.0, "home": 450.0, "soc": 61.0, "bsoc": 48.0, "charging": False, "cur": 6.0, "connected": True, "phases": 1}

    def w(area, lv, msg, ev):
        ms_(L, 0, 30)
        L.emit(f"[{area:<6}] {lv} {L.t:%Y/%m/%d %H:%M:%S} {msg}", ev, lv, area)

    def start():
        w("main", "INFO", "evcc 0.131.8", "version")
        w("main", "INFO", "using config file: /etc/evcc.yaml", "config_file")
        w("db", "INFO", "using sqlite database: /root/.evcc/evcc.db", "sqlite")
        w("mqtt", "INFO", "connecting evcc-1904271312 at tcp://192.168.1.5:1883", "mqtt_connecting")
        w("site", "INFO", "site config:", "site_config")
        w("site", "INFO", "  meters:      grid ✓ pv ✓ battery ✓", "site_meters")
        w("site", "INFO", "    grid:      power ✓ energy ✓ currents ✓", "site_meter_line")
        w("site", "INFO", "    pv 1:      power ✓ energy ✓ currents ✗", "site_meter_line")
        w("site", "INFO", "    battery 1: power ✓ energy ✓ currents ✗ soc ✓ capacity ✓", "site_meter_line")
        w("site", "INFO", "  vehicles:", "site_vehicles")
        w("site", "INFO", "    vehicle 1: range ✓ finish ✓ status ✗ climate ✗ wakeup ✓", "site_vehicle_line")
        w("lp-1", "INFO", "loadpoint 1:", "lp_config")
        w("lp-1", "INFO", "  mode:        pv", "lp_mode")
        w("lp-1", "INFO", "  charger:     power ✓ energy ✓ currents ✓ phases ✓ wakeup ✗", "lp_charger")
        w("lp-1", "INFO", "  meters:      charge ✓", "lp_meters")
        w("lp-1", "INFO", "    charge:    power ✓ energy ✓ currents ✓", "site_meter_line")
        w("main", "INFO", "listening at :7070", "listening")

    def cycle():
        L.t = L.t.replace(microsecond=0) + dt.timedelta(seconds=30 - L.t.second % 30)
        hour = L.t.hour + L.t.minute / 60
        sun = max(0.0, 1 - abs(hour - 12) / 4.5)
        st["pv"] = max(0.0, 6200 * sun * g.r.uniform(0.3, 1.0))
        st["home"] = max(180.0, st["home"] + g.r.gauss(0, 80))
        chg = (230 * st["cur"] * st["phases"]) if st["charging"] else 0.0
        bat = 0.0
        surplus = st["pv"] - st["home"] - chg
        if surplus > 0 and st["bsoc"] < 100:
            bat = -min(surplus, 2500)
            st["bsoc"] = min(100.0, st["bsoc"] + 0.05)
        elif surplus < 0 and st["bsoc"] > 10:
            bat = min(-surplus, 2500)
            st["bsoc"] = max(10.0, st["bsoc"] - 0.05)
        grid = st["home"] + chg - st["pv"] + bat
        w("site", "DEBUG", "----", "rule")
        w("site", "DEBUG", f"pv power: {st['pv']:.0f}W", "pv_power")
        w("site", "DEBUG", f"battery power: {bat:.0f}W", "battery_power")
        w("site", "DEBUG", f"battery soc: {st['bsoc']:.0f}%", "battery_soc")
        w("site", "DEBUG", f"grid meter: {grid:.0f}W", "grid_meter")
        ph = [grid / 3 + g.r.gauss(0, 30) for _ in range(3)]
        w("site", "DEBUG", f"grid powers: [{' '.join(f'{p:.0f}' for p in ph)}]W", "grid_powers")
        w("site", "DEBUG", f"grid currents: [{' '.join(f'{p / 230:.3g}' for p in ph)}]A", "grid_currents")
        w("site", "DEBUG", f"site power: {grid - bat:.0f}W", "site_power")
        w("lp-1", "DEBUG", f"charge power: {chg:.0f}W", "charge_power")
        if st["charging"]:
            cur = [st["cur"] if i < st["phases"] else 0 for i in range(3)]
            w("lp-1", "DEBUG", f"charge currents: [{' '.join(f'{c:.3g}' for c in cur)}]A", "charge_currents")
        w("lp-1", "DEBUG", f"charger status: {'C' if st['charging'] else ('B' if st['connected'] else 'A')}", "charger_status")
        if st["connected"] and g.r.random() < 0.2:
            if g.r.random() < 0.85:
                st["soc"] = min(100.0, st["soc"] + (0.3 if st["charging"] else 0))
                w("lp-1", "DEBUG", f"vehicle soc: {st['soc']:.0f}%", "vehicle_soc")
            else:
                err = g.c(['unexpected status: 401 (Unauthorized)', 'Get "https://api.cloud.example-car.com/v2/vehicles/WVWZZZAUZRW123456/status": context deadline exceeded'])
                w("lp-1", "ERROR", f"vehicle soc: {err}", "vehicle_soc_error")
        if st["connected"]:
            avail = -(grid - bat) + chg
            want = avail / (230 * st["phases"])
            w("lp-1", "DEBUG", f"pv charge current: {want:.3g}A = {st['cur']:.3g}A + {want - st['cur']:.3g}A ({-(grid - bat):.0f}W @ {st['phases']}p)", "pv_charge_current")
            if not st["charging"] and want >= 6:
                if g.r.random() < 0.5:
                    w("lp-1", "DEBUG", "pv enable timer start: 1m0s", "enable_timer_start")
                if g.r.random() < 0.4:
                    w("lp-1", "DEBUG", "pv enable timer elapsed", "enable_timer_elapsed")
                    w("lp-1", "INFO", "start charging ->", "start_charging")
                    st["charging"] = True
                    st["cur"] = 6.0
            elif st["charging"] and want < 5:
                if g.r.random() < 0.5:
                    w("lp-1", "DEBUG", "pv disable timer start: 3m0s", "disable_timer_start")
                else:
                    w("lp-1", "DEBUG", "pv disable timer elapsed", "disable_timer_elapsed")
                    w("lp-1", "INFO", "stop charging <-", "stop_charging")
                    st["charging"] = False
            elif st["charging"]:
                new = max(6.0, min(16.0, round(want)))
                if new != st["cur"]:
                    w("lp-1", "DEBUG", f"max charge current: {new:.0f}A", "max_current")
                    st["cur"] = new
        if g.r.random() < 0.01:
            st["connected"] = not st["connected"]
            if st["connected"]:
                w("lp-1", "INFO", "car connected", "car_connected")
                w("lp-1", "DEBUG", "vehicle api refresh", "vehicle_refresh")
                w("lp-1", "INFO", "vehicle updated: unknown -> e-Up", "vehicle_updated")
            else:
                st["charging"] = False
                w("lp-1", "INFO", "car disconnected", "car_disconnected")
        if L.t.minute == 0 and L.t.second == 0:
            w("tibber", "DEBUG", f"tariff updated: {g.num(24, 36)} slots", "tibber_updated")
        if g.r.random() < 0.004:
            w("mqtt", "ERROR", "publish: not connected", "mqtt_not_connected")
        if g.r.random() < 0.006:
            w("site", "ERROR", f"grid meter: {g.c(['modbus: exception 11 (gateway target device failed to respond)', 'read failed: i/o timeout'])}", "grid_meter_error")

    start()
    while len(L.rows) < N_LINES:
        cycle()
        if g.r.random() < 0.002:
            w("main", "INFO", "evcc shutdown", "shutdown")
            L.tick(20)
            start()
    del L.rows[N_LINES:]
    return L



# 12 --------------------------------------------------------------- fetchmail 6.4.37 as a daemon (`set daemon 300`, `set logfile /var/log/fetchmail.log`, not verbose) on the small Debian
#   server of a joinery, fetching a POP3 account at Strato and IMAP accounts at GMX and Microsoft 365 into the local Postfix: fetchmail's own file, in which
#   every line starts "fetchmail: " and only the "sleeping at" and "awakened at" lines (and the start) write a time (RFC 822, "Tue, 01 Dec 2026 10:05:00
#   +0000 (UTC)"); message counts per poll, each message read and flushed or kept, authorization failures when a password expires, socket errors and
#   timeouts, a Postfix that refuses mail while its disk is full, restarts
@checked
def log_fetchmail(seed):
    L = Log("fetchmail_logfile", seed, "full", False, False)
    g = L.g
    ACC = [("info@tischlerei-brandt.example", "pop3.strato.de", "pop3", False), ("tischlerei.brandt", "imap.gmx.net", "imap", True),
           ("auftraege@tischlerei-brandt.example", "outlook.office365.com", "imap", False)]
    st = {"authfail": None, "smtpdown": 0}

    def rfc822(t):
        return f"{t:%a, %d %b %Y %H:%M:%S} +0000 (UTC)"

    def w(msg, ev, own=False):
        L.emit(f"fetchmail: {msg}", ev, None, None, L.t if own else None)

    def poll():
        for user, host, proto, keep in ACC:
            ms_(L, 300, 4000)
            if st["authfail"] == host:
                w(f"Authorization failure on {user}@{host}", "auth_failure")
                w("Query status=3 (AUTHFAIL)", "query_status")
                if g.r.random() < 0.08:
                    st["authfail"] = None
                continue
            r = g.r.random()
            if r < 0.012:
                w(f"socket error while fetching from {user}@{host}", "socket_error")
                w("Query status=2 (SOCKET)", "query_status")
                continue
            if r < 0.02:
                if g.r.random() < 0.5:
                    w(f"timeout after 300 seconds waiting to connect to server {host}.", "timeout_connect")
                else:
                    w(f"timeout after 300 seconds waiting for server {host}.", "timeout_server")
                w("Query status=2 (SOCKET)", "query_status")
                continue
            if r < 0.023:
                st["authfail"] = host
                continue
            n = g.c([0] * 9 + [1, 1, 1, 2, 2, 3, 5])
            seen = 0
            if not n:
                continue
            sizes = [g.num(2200, 60000) if g.r.random() < 0.8 else g.num(200000, 9000000) for _ in range(n)]
            noun = "message" if n == 1 else "messages"
            if proto == "imap" and keep:
                seen = g.num(0, 30)
                w(f"{n + seen} {noun if n + seen == 1 else 'messages'} ({seen} seen) for {user} at {host} ({sum(sizes)} octets).", "count_seen")
            else:
                w(f"{n} {noun} for {user} at {host} ({sum(sizes)} octets).", "count")
            first = seen + 1 if proto == "imap" and keep else 1
            total = n + seen if proto == "imap" and keep else n
            for i, sz in enumerate(sizes, first):
                ms_(L, 50, 2500)
                if st["smtpdown"]:
                    w("SMTP error: 452 4.3.1 Insufficient system storage", "smtp_error")
                    w(f"SMTP transaction error while fetching from {user}@{host}", "smtp_transaction_error")
                    w("Query status=10 (SMTP)", "query_status")
                    st["smtpdown"] -= 1
                    break
                if sz > 8000000 and g.r.random() < 0.5:
                    w(f"skipping message {user}@{host}:{i} ({sz} octets) not flushed", "skipping_not_flushed")
                    continue
                if proto == "pop3":
                    w(f"reading message {user}@{host}:{i} of {total} ({sz} octets) flushed", "reading_flushed")
                else:
                    hdr = g.num(1800, 9000)
                    w(f"reading message {user}@{host}:{i} of {total} ({hdr} header octets) ({max(0, sz - hdr)} body octets) {'not flushed' if keep else 'flushed'}",
                      "reading_imap_not_flushed" if keep else "reading_imap_flushed")

    def start():
        w("starting fetchmail 6.4.37 daemon", "starting")

    start()
    while len(L.rows) < N_LINES:
        poll()
        if g.r.random() < 0.004:
            st["smtpdown"] = g.num(2, 8)
        if g.r.random() < 0.003:
            w("terminated with signal 15", "terminated")
            L.t += dt.timedelta(seconds=g.num(5, 3600))
            start()
            continue
        w(f"sleeping at {rfc822(L.t)} for 300 seconds", "sleeping", own=True)
        L.t += dt.timedelta(seconds=300)
        w(f"awakened at {rfc822(L.t)}", "awakened", own=True)
    del L.rows[N_LINES:]
    return carry_time(L, lambda r: r[2] is not None)


# 13 --------------------------------------------------------------- Flux 2.4 (kustomize-controller v1.4) reconciling a web shop's platform from a Git repository (infrastructure controllers,
#   their configs, the shop's apps, monitoring, two tenants), `kubectl logs -n flux-system deploy/kustomize-controller` (controller-runtime's zap JSON
#   lines: level, ts, msg, the controller's keys, the Kustomization, reconcileID, then output, revision or error); the start-up and leader election, every
#   Kustomization reconciled every ten minutes, server-side applies with their change sets when a commit lands, garbage collection, dry-run and health
#   check failures, dependencies not ready
@checked
def log_flux(seed):
    L = Log("flux_kustomize_controller", seed, "full", True, True)
    g = L.g
    KS = [("flux-system", "10m0s", []), ("infra-controllers", "1h0m0s", []), ("infra-configs", "1h0m0s", ["infra-controllers"]), ("apps-shop", "10m0s", ["infra-configs"]),
          ("apps-monitoring", "10m0s", ["infra-configs"]), ("tenant-marketing", "5m0s", []), ("tenant-data", "5m0s", [])]
    OBJ = {"apps-shop": ["Deployment/shop/checkout", "Deployment/shop/cart", "Deployment/shop/frontend", "Service/shop/checkout", "ConfigMap/shop/checkout-config",
                         "HorizontalPodAutoscaler/shop/frontend", "Ingress/shop/frontend"],
           "apps-monitoring": ["HelmRelease/monitoring/kube-prometheus-stack", "ConfigMap/monitoring/grafana-dashboards-shop", "PrometheusRule/monitoring/shop-alerts"],
           "infra-configs": ["ClusterIssuer/letsencrypt-prod", "ClusterIssuer/letsencrypt-staging", "StorageClass/fast-ssd"],
           "infra-controllers": ["HelmRelease/cert-manager/cert-manager", "HelmRelease/ingress-nginx/ingress-nginx", "Namespace/cert-manager", "HelmRepository/flux-system/jetstack"],
           "flux-system": ["Kustomization/flux-system/apps-shop", "Kustomization/flux-system/infra-configs", "GitRepository/flux-system/flux-system"],
           "tenant-marketing": ["Deployment/marketing/landing", "Service/marketing/landing"], "tenant-data": ["CronJob/data/nightly-export", "ServiceAccount/data/exporter"]}
    st = {"rev": g.hx(40), "revs": {}}

    def w(lv, msg, ev, ks=None, logger=None, **kw):
        ms_(L, 0, 30)
        d = {"level": lv, "ts": f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z"}
        if logger:
            d["logger"] = logger
        d["msg"] = msg
        if ks:
            d.update({"controller": "kustomization", "controllerGroup": "kustomize.toolkit.fluxcd.io", "controllerKind": "Kustomization",
                      "Kustomization": {"name": ks, "namespace": "flux-system"}, "namespace": "flux-system", "name": ks, "reconcileID": g.uuid()})
        d.update(kw)
        L.emit(json.dumps(d, separators=(",", ":")), ev, lv, kw.get("controller") or ("kustomization" if ks else logger))

    def start():
        w("info", "starting manager", "starting_manager", logger="setup")
        w("info", "Starting metrics server", "starting_metrics", logger="controller-runtime.metrics")
        w("info", "starting server", "starting_server", name="health probe", addr="[::]:9440")
        w("info", "Serving metrics server", "serving_metrics", logger="controller-runtime.metrics", bindAddress=":8080", secure=False)
        w("info", "attempting to acquire leader lease flux-system/kustomize-controller-leader-election...", "acquire_lease")
        L.tick(12)
        w("info", "successfully acquired lease flux-system/kustomize-controller-leader-election", "acquired_lease")
        for src in ["kind source: *v1.Kustomization", "kind source: *v1.OCIRepository", "kind source: *v1.GitRepository", "kind source: *v1beta2.Bucket"]:
            w("info", "Starting EventSource", "starting_eventsource", controller="kustomization", controllerGroup="kustomize.toolkit.fluxcd.io", controllerKind="Kustomization",
              source=src)
        w("info", "Starting Controller", "starting_controller", controller="kustomization", controllerGroup="kustomize.toolkit.fluxcd.io", controllerKind="Kustomization")
        w("info", "Starting workers", "starting_workers", controller="kustomization", controllerGroup="kustomize.toolkit.fluxcd.io", controllerKind="Kustomization",
          **{"worker count": 4})

    def reconcile(name, interval, deps, changed=False):
        rev = f"main@sha1:{st['rev']}"
        if deps and g.r.random() < 0.03:
            w("info", "dependencies do not meet ready condition, retrying in 30s", "deps_not_ready", name)
            return
        dur = g.r.uniform(0.2, 4.5)
        if changed:
            objs = OBJ[name]
            if name.startswith("infra") and g.r.random() < 0.5:
                w("info", "server-side apply for cluster definitions completed", "ssa_definitions", name,
                  output={o: "unchanged" for o in objs if o.startswith(("Namespace", "ClusterIssuer", "StorageClass"))} or {objs[0]: "unchanged"})
            out = {o: g.c(["configured", "unchanged", "unchanged"]) for o in g.r.sample(objs, g.num(1, len(objs)))}
            if g.r.random() < 0.06:
                bad = g.c([o for o in objs if o.startswith("Deployment")] or objs)
                w("error", f"Reconciliation failed after {dur:.9f}s, next try in {interval}", "reconcile_failed", name, revision=rev,
                  error=f"{bad} dry-run failed (Invalid): {bad.split('/')[0]}.apps \"{bad.split('/')[-1]}\" is invalid: "
                        f"spec.template.spec.containers[0].image: Required value")
                return
            w("info", "server-side apply completed", "ssa_completed", name, output=out, revision=rev)
            if g.r.random() < 0.2:
                w("info", "garbage collection completed", "gc_completed", name, output={f"ConfigMap/shop/checkout-config-{g.alnum(10)}": "deleted"}, revision=rev)
            if name == "apps-shop" and g.r.random() < 0.1:
                dur = 300 + g.r.uniform(0, 1)
                w("error", f"Reconciliation failed after {dur:.9f}s, next try in 2m0s", "reconcile_failed", name, revision=rev,
                  error=f"health check failed after {dur - 0.4:.9f}s: timeout waiting for: [Deployment/shop/checkout status: 'InProgress']")
                return
        w("info", f"Reconciliation finished in {dur:.9f}s, next run in {interval}", "reconcile_finished", name, revision=rev)

    def source_missing():
        w("info", "Source 'OCIRepository/flux-system/tenant-data-manifests' not found", "source_not_found", "tenant-data")

    start()
    nxt = {n: L.t + dt.timedelta(seconds=g.num(1, 60)) for n, _, _ in KS}
    ivl = {n: i for n, i, _ in KS}
    while len(L.rows) < N_LINES:
        name = min(nxt, key=nxt.get)
        L.t = max(L.t, nxt[name])
        deps = [d for n, _, d in KS if n == name][0]
        changed = st["revs"].get(name) != st["rev"]
        reconcile(name, ivl[name], deps, changed)
        st["revs"][name] = st["rev"]
        m = {"10m0s": 600, "1h0m0s": 3600, "5m0s": 300}[ivl[name]]
        nxt[name] = L.t + dt.timedelta(seconds=m + g.r.uniform(0, 1))
        if g.r.random() < 0.02:
            st["rev"] = g.hx(40)
            for n in ("flux-system", "apps-shop", "infra-configs", "apps-monitoring"):
                nxt[n] = min(nxt[n], L.t + dt.timedelta(seconds=g.num(5, 60)))
        if g.r.random() < 0.004:
            source_missing()
        if g.r.random() < 0.0015:
            L.tick(30)
            start()
    del L.rows[N_LINES:]
    return L


# 14 --------------------------------------------------------------- GitLab Runner 17.6 (the Debian package, docker executor, concurrent = 4) on a build host of a company's self-managed
#   GitLab, `journalctl -u gitlab-runner` (short format): the runner's text lines behind the journal prefix, the message padded to 44 columns with
#   "WARNING: " or "ERROR: " in front where the level is not info, then the fields sorted by key; jobs received, traces appended, job updates submitted,
#   jobs succeeded or failed, the job-request long poll failing while GitLab is upgraded, a docker daemon error, the configuration reloaded
@checked
def log_gitlab_runner(seed):
    L = Log("gitlab_runner_journal", seed, "noyear", True, True)
    g = L.g
    PROJ = [(42, "shop/checkout"), (57, "shop/frontend"), (61, "shop/cart"), (12, "platform/terraform-modules"), (88, "data/etl-jobs"), (93, "mobile/app-android")]
    RUNNER = "t3_Gx7kQm"
    st = {"job": 8812345, "pid": 1043, "gl_down": None}

    def w(lv, msg, ev, t=None, **kw):
        t = t or L.t
        pre = {"warning": "WARNING: ", "error": "ERROR: "}.get(lv, "")
        head = f"{pre}{msg}"
        fields = " ".join(f"{k}={logrus_q(v)}" for k, v in sorted(kw.items()))
        text = f"{head:<44} {fields}".rstrip() if fields else head
        L.emit(f"{jts(t)} ci-build-02 gitlab-runner[{st['pid']}]: {text}", ev, lv if pre else None, "gitlab-runner", t)

    def job():
        st["job"] += g.num(1, 40)
        j = st["job"]
        pid, repo = g.c(PROJ)
        url = f"https://gitlab.corp.example/{repo}.git"
        t = L.t
        q = g.num(0, 40)
        w("info", "Checking for jobs... received", "jobs_received", t, job=j, repo_url=url, runner=RUNNER)
        t += dt.timedelta(milliseconds=g.num(5, 80))
        w("info", "Added job to processing list", "added_job", t, builds=g.num(1, 4), job=j, max_concurrent_builds=4, project=pid, repo_url=url, time_in_queue_seconds=q)
        dur = g.r.uniform(20, 900)
        sent = 0
        k = 0
        while k < dur:
            k += g.r.uniform(3, 60)
            if k >= dur:
                break
            new = sent + g.num(200, 9000)
            w("info", "Appending trace to coordinator...ok", "trace_ok", t + dt.timedelta(seconds=k), code=202, job=j, **{"job-log": f"0-{new}", "job-status": "running",
              "runner": RUNNER, "sent-log": f"{sent}-{new - 1}", "status": "202 Accepted", "update-interval": "3s"})
            sent = new
        t += dt.timedelta(seconds=dur)
        r = g.r.random()
        size = sent + g.num(100, 3000)
        ck = f"crc32:{g.hx(8)}"
        w("info", "Updating job...", "updating_job", t, bytesize=size, checksum=ck, job=j, runner=RUNNER)
        w("info", "Submitting job to coordinator...accepted, but not yet completed", "submit_accepted", t, bytesize=size, checksum=ck, code=202, job=j,
          **{"job-status": "", "runner": RUNNER, "update-interval": "1s"})
        t += dt.timedelta(seconds=1, milliseconds=g.num(5, 200))
        w("info", "Updating job...", "updating_job", t, bytesize=size, checksum=ck, job=j, runner=RUNNER)
        w("info", "Submitting job to coordinator...ok", "submit_ok", t, bytesize=size, checksum=ck, code=200, job=j,
          **{"job-status": "", "runner": RUNNER, "update-interval": "0s"})
        if r < 0.78:
            w("info", "Job succeeded", "job_succeeded", t, duration_s=f"{dur:.9f}", job=j, project=pid, runner=RUNNER)
        elif r < 0.96:
            w("warning", f"Job failed: exit code {g.c([1, 1, 1, 2, 125, 137])}", "job_failed_exit", t, duration_s=f"{dur:.9f}", job=j, project=pid, runner=RUNNER)
        elif r < 0.985:
            w("error", "Job failed: execution took longer than 1h0m0s seconds", "job_timeout", t, duration_s=f"{dur + 3600:.9f}", job=j, project=pid, runner=RUNNER)
        else:
            w("error", "Job failed (system failure): Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create "
                       "failed: runc create failed: unable to start container process: error during container init: error mounting \"/cache\": no space left on device: unknown",
              "job_system_failure", t, duration_s=f"{dur:.9f}", job=j, project=pid, runner=RUNNER)
        w("info", "Removed job from processing list", "removed_job", t, builds=g.num(0, 3), job=j, project=pid, repo_url=url, time_in_queue_seconds=q)

    def gl_down():
        t = L.t
        for _ in range(g.num(3, 12)):
            t += dt.timedelta(seconds=g.num(1, 5))
            kind = g.r.random()
            if kind < 0.6:
                w("warning", "Checking for jobs... failed", "jobs_failed", t, runner=RUNNER,
                  status="couldn't execute POST against https://gitlab.corp.example/api/v4/jobs/request: Post \"https://gitlab.corp.example/api/v4/jobs/request\": "
                         "dial tcp 10.40.0.10:443: connect: connection refused")
            else:
                w("warning", "Checking for jobs... failed", "jobs_failed", t, runner=RUNNER, status="502 Bad Gateway")
        if g.r.random() < 0.5:
            w("error", "Runner \"https://gitlab.corp.example/t3_Gx7kQm\" is unhealthy and will be disabled for 1h0m0s seconds!", "unhealthy", t,
              **{"unhealthy_requests": 3, "unhealthy_requests_limit": 3})

    def reload():
        w("info", "Configuration loaded", "config_loaded", builds=g.num(0, 4), max_builds=4)

    def restart():
        w("info", "Shutdown signal received, stopping... (graceful)", "shutdown_received", builds=0, max_builds=4)
        w("info", "All workers stopped. Can exit now", "all_workers_stopped", builds=0, max_builds=4)
        L.tick(4)
        st["pid"] = g.num(1000, 90000)
        boot()

    def boot():
        w("info", "Runtime platform", "runtime_platform", arch="amd64", os="linux", pid=st["pid"], revision="374d34fd", version="17.6.0")
        w("info", "Starting multi-runner from /etc/gitlab-runner/config.toml...", "starting_multi", builds=0, max_builds=0)
        w("info", "Running in system-mode.", "system_mode")
        w("info", "", "empty_message")
        w("info", "Configuration loaded", "config_loaded", builds=0, max_builds=4)
        w("info", "listen_address not defined, metrics & debug endpoints disabled", "listen_address", builds=0, max_builds=4)
        w("info", "[session_server].listen_address not defined, session endpoints disabled", "session_server", builds=0, max_builds=4)
        w("info", "Initializing executor providers", "init_providers", builds=0, max_builds=4)

    boot()
    ev = [(20, job), (0.5, gl_down), (0.6, reload), (0.1, restart)]
    while len(L.rows) < N_LINES + 80:
        L.tick(150)
        g.r.choices([f for _, f in ev], [wt for wt, _ in ev])[0]()
    L.rows.sort(key=lambda r: r[2])
    del L.rows[N_LINES:]
    return L


# 15 --------------------------------------------------------------- Palo Alto Networks GlobalProtect app 6.2 on a consultant's Windows 11 laptop (pre-logon, portal with two gateways, HIP
#   checks), C:\Program Files\Palo Alto Networks\GlobalProtect\PanGPS.log: "(P4036-T4380)Debug( 297): 12/01/26 10:00:00:155 message" (process and thread,
#   the level and source line, then the US date with a two-digit year and milliseconds after a colon; the laptop's clock in UTC); network changes as the
#   laptop moves between home, train and client sites, portal config, gateway selection by latency, tunnel up and down, routes, keep-alives, HIP reports,
#   WinHTTP errors
@checked
def log_globalprotect(seed):
    L = Log("globalprotect_pangps_log", seed, "full", True, False)
    g = L.g
    GWS = [("gw-fra.corp.example", "203.0.113.10"), ("gw-ams.corp.example", "198.51.100.20")]
    ROUTES = ["10.0.0.0/255.0.0.0", "172.16.0.0/255.240.0.0", "192.168.100.0/255.255.255.0", "100.64.10.0/255.255.255.0"]
    st = {"pid": 4036, "up": False, "gw": GWS[0], "vip": ""}
    TH = [4380, 4392, 5120, 6612, 7004]

    def w(lv, line, msg, ev, tid=None):
        ms_(L, 0, 60)
        L.emit(f"(P{st['pid']}-T{tid or g.c(TH)}){lv:<5}({line:>4}): {L.t:%m/%d/%y %H:%M:%S}:{ms3(L.t)} {msg}", ev, lv)

    def connect():
        w("Info", 1450, "Network is reachable", "net_reachable")
        w("Debug", 2288, f"NetworkDiscover: network changed, interface {g.c(['Wi-Fi', 'Ethernet 3', 'Mobile Broadband'])}, ip {g.ip('192')}", "net_changed")
        w("Debug", 3022, "Internal host detection: intranet.corp.example resolved to 0.0.0.0, not internal", "ihd_external")
        w("Info", 1011, "Connected to: vpn.corp.example, port 443", "connected_to_portal")
        ok = g.r.random() > 0.06
        if not ok:
            err = g.c([(12029, "connection error"), (12002, "timeout"), (12007, "name not resolved")])
            w("Error", 2733, f"WinHttpSendRequest failed: {err[0]} ({err[1]})", "winhttp_failed")
            w("Error", 3301, f"Failed to get portal config from vpn.corp.example, error {err[0]}", "portal_config_failed")
            return
        w("Debug", 874, "SSL connection to vpn.corp.example established, cipher ECDHE-RSA-AES256-GCM-SHA384", "ssl_established")
        w("Info", 3360, "Portal vpn.corp.example: getconfig succeeded", "getconfig_ok")
        lat = {gw: g.num(8, 60) for gw, _ in GWS}
        for gw, ip in GWS:
            w("Debug", 4102, f"Gateway {gw} ({ip}) response time {lat[gw]} ms", "gw_latency")
        best = min(GWS, key=lambda x: lat[x[0]])
        st["gw"] = best
        w("Info", 4140, f"Select gateway {best[0]}, priority 1, response time {lat[best[0]]} ms", "gw_selected")
        w("Info", 5012, f"Gateway {best[0]}: login succeeded", "gw_login_ok")
        st["vip"] = f"100.96.{g.num(0, 7)}.{g.num(2, 254)}"
        w("Debug", 5210, f"Virtual adapter: assigned ip {st['vip']}, netmask 255.255.255.255, dns 10.0.0.53,10.0.0.54", "vip_assigned")
        for r in ROUTES:
            w("Debug", 6120, f"Add route {r} via {st['vip']} if {g.num(20, 30)} metric 1", "add_route")
        w("Debug", 6350, f"IPSec tunnel is up, SPI in 0x{g.HX(8)}, out 0x{g.HX(8)}", "ipsec_up")
        w("Info", 6401, "Tunnel is up", "tunnel_up")
        st["up"] = True
        hip()

    def hip():
        w("Debug", 7001, "HIP check started", "hip_started")
        ms_(L, 2000, 9000)
        if g.r.random() < 0.7:
            w("Debug", 7040, "HIP check is done, no changes detected", "hip_no_change")
        else:
            w("Info", 7112, f"HIP report is sent to gateway {st['gw'][0]}, status 200", "hip_sent")

    def keepalive():
        if not st["up"]:
            return
        if g.r.random() < 0.97:
            w("Debug", 6610, f"Send keep-alive to gateway {st['gw'][1]}", "keepalive")
        else:
            w("Error", 6644, f"No keep-alive response from gateway {st['gw'][1]} in 30 seconds", "keepalive_timeout")
            down("network change")

    def down(why):
        for r in ROUTES:
            w("Debug", 6180, f"Delete route {r} via {st['vip']}", "delete_route")
        w("Info", 6480, f"Tunnel is down due to {why}", "tunnel_down")
        st["up"] = False

    def sleep():
        if st["up"]:
            down(g.c(["network change", "system suspend", "user disconnect request"]))
        w("Info", 1477, "Network is unreachable", "net_unreachable")
        L.t += dt.timedelta(minutes=g.num(5, 600))
        connect()

    def gpa():
        w("Debug", 912, f"Received message from PanGPA (pid {g.num(3000, 12000)}): {g.c(['get-status', 'get-status', 'get-portal-status', 'get-hip-report'])}", "pangpa_msg")

    connect()
    ev = [(40, keepalive), (14, gpa), (3, hip), (1.2, sleep)]
    return run_mean(L, ev, 60)



# 16 --------------------------------------------------------------- Harbor 2.11 (the online installer with docker compose, Trivy, an S3 bucket for storage) as the container registry of a
#   software company, /var/log/harbor/core.log written by Harbor's own log container (rsyslog): "Dec  1 10:00:00 172.18.0.1 core[1]: " and the core's line,
#   "2026-12-01T10:00:00Z [INFO] [/pkg/task/dao/execution.go:471]: message" (the level and the source file in brackets, a request id in a second bracket
#   where there is one); the periodic execution status refresh, push and pull notifications for webhooks, registry errors returned to clients as JSON
#   (unauthorized pushes, missing tags, pulls denied by the vulnerability policy, quota exceeded), GC and scan jobs, a restart
@checked
def log_harbor(seed):
    L = Log("harbor_core_log", seed, "full", True, True)
    g = L.g
    REPOS = [("shop/checkout", ["1.42.0", "1.42.1", "1.43.0", "latest"]), ("shop/cart", ["2.7.3", "2.8.0"]), ("shop/frontend", ["5.1.0", "5.2.0", "main-" + g.hx(7)]),
             ("platform/base-python", ["3.12-slim", "3.12"]), ("data/etl", ["2026.11.28", "2026.12.01"]), ("mirror/library/nginx", ["1.27-alpine"])]
    OPS = ["robot$ci-push", "robot$ci-push", "robot$argocd-pull", "anna.weber", "jenkins"]

    def w(lv, src, msg, ev, rid=False):
        ms_(L, 0, 40)
        req = f'[requestID="{g.uuid()}"]' if rid else ""
        L.emit(f"{syslog_ts(L.t)} 172.18.0.1 core[1]: {L.t:%Y-%m-%dT%H:%M:%S}Z [{lv}] [{src}]{req}: {msg}", ev, lv, f"core|{src.split(':')[0]}")

    def start():
        for src, msg, ev in [("/core/main.go:172", "initializing cache ...", "init_cache"), ("/core/main.go:184", "initializing configurations...", "init_config"),
                             ("/core/main.go:198", "configurations initialization completed", "config_done"),
                             ("/common/dao/base.go:67", "Registering database: type-PostgreSQL host-postgresql port-5432 database-registry sslmode-\"disable\"", "register_db"),
                             ("/common/dao/base.go:72", "Register database completed", "register_db_done"),
                             ("/common/dao/pgsql.go:135", "Upgrading schema for pgsql ...", "upgrading_schema"), ("/common/dao/pgsql.go:138", "No change in schema, skip.", "schema_nochange"),
                             ("/core/main.go:231", "Version: v2.11.1, Git commit: 6b7ecba1", "version"),
                             ("/controller/scanner/base_controller.go:xx".replace("xx", "288"), "Registering the default scanner: Trivy", "register_scanner"),
                             ("/core/main.go:316", "Beego server started", "beego_started")]:
            w("INFO", src, msg, ev)

    def refresh():
        w("INFO", "/pkg/task/dao/execution.go:471", f"scanned out {g.c([0, 0, 0, 0, 1, 2])} executions with outdate status, refresh status to db", "scanned_out")

    def notify(topic):
        repo, tags = g.c(REPOS)
        tag = g.c(tags)
        handler = g.c(["ArtifactWebhook", "InternalArtifact", "AuditLog"])
        w("INFO", "/pkg/notifier/notifier.go:205", f"Handle notification with Handler '{handler}' on topic '{topic}': ID-{g.num(100000, 999999)}, Repository-{repo} "
          f"Tags-[{tag}] Digest-sha256:{g.hx(64)} Operator-{g.c(OPS)} OccurAt-{L.t:%Y-%m-%d %H:%M:%S}", "handle_notification")
        if handler == "ArtifactWebhook" and g.r.random() < 0.6:
            w("INFO", "/controller/event/handler/webhook/artifact/artifact.go:125", f"cannot find policy for {topic} event: ID-{g.num(100000, 999999)}, Repository-{repo} "
              f"Tags-[{tag}] Digest-sha256:{g.hx(64)} Operator-{g.c(OPS)} OccurAt-{L.t:%Y-%m-%d %H:%M:%S}", "no_policy")

    def err_json(code, msg, ev):
        body = json.dumps({"errors": [{"code": code, "message": msg}]}, separators=(",", ":"))
        w("ERROR", "/lib/http/error.go:57", body, ev, rid=True)

    def unauthorized():
        repo, _ = g.c(REPOS)
        act = g.c(["push", "pull"])
        err_json("UNAUTHORIZED", f"unauthorized to access repository: {repo}, action: {act}: unauthorized to access repository: {repo}, action: {act}", "err_unauthorized")

    def not_found():
        repo, tags = g.c(REPOS)
        err_json("NOT_FOUND", f"artifact {repo}:{g.c(tags)}-rc{g.num(1, 3)} not found", "err_not_found")

    def denied():
        repo, tags = g.c(REPOS[:3])
        err_json("DENIED", f"current image with \"{g.num(1, 4)} critical\" vulnerabilities cannot be pulled due to configured policy in 'Prevent images with vulnerability "
                           f"severity of \"High\" or higher from running.' To continue with pull, please contact your project administrator to exempt matched "
                           f"vulnerabilities through configuring the CVE allowlist.", "err_denied")

    def quota():
        err_json("FORBIDDEN", f"adding {g.f(20, 900, 1)} MiB of storage resource, which when updated to current usage of {g.f(9.2, 9.9, 1)} GiB will exceed the configured "
                              f"upper limit of 10.0 GiB.", "err_quota")

    def scan():
        repo, tags = g.c(REPOS)
        w("INFO", "/controller/scan/base_controller.go:352", f"scan artifact {repo}@sha256:{g.hx(64)} by scanner Trivy", "scan_artifact")

    def scan_fail():
        w("ERROR", "/controller/scan/callback.go:89", f"scan job {g.hx(24)} failed: get report: trivy: failed to download vulnerability DB: context deadline exceeded",
          "scan_failed")

    def gc():
        w("INFO", "/controller/gc/controller.go:76", "start to run gc in job.", "gc_start")
        w("INFO", "/pkg/task/task.go:209", f"the execution {g.num(1000, 9000)} for vendor GARBAGE_COLLECTION is created", "execution_created")

    def token():
        w("WARNING", "/core/service/token/creator.go:181", f"Failed to get project {g.c(['staging', 'legacy-app'])}: project not found", "token_project_missing", rid=True)

    start()
    ev = [(30, refresh), (14, lambda: notify("PUSH_ARTIFACT")), (22, lambda: notify("PULL_ARTIFACT")), (6, unauthorized), (5, not_found), (1.5, denied), (0.8, quota),
          (5, scan), (0.5, scan_fail), (0.3, gc), (2, token), (0.08, start)]
    return run_mean(L, ev, 25)


# 17 --------------------------------------------------------------- JFrog Artifactory 7.98 (self-hosted, PostgreSQL, S3 filestore) of a software vendor with Maven, npm, PyPI and Docker
#   repositories, var/log/artifactory-service.log: "2026-12-01T10:00:00.123Z [jfrt ] [INFO ] [5b3f8c2a9d1e4f60] [o.a.r.HttpRepo:445] [http-nio-8081-exec-12] - message"
#   (the service, the level padded in brackets, the trace id, the abbreviated logger with its line, the thread); remote repositories downloading and
#   caching, deploys from CI, authentication failures, client aborts with Java stack traces, remote repositories timing out, the nightly garbage collector's
#   multi-line report
@checked
def log_artifactory(seed):
    L = Log("jfrog_artifactory_service_log", seed, "full", True, True)
    g = L.g
    REMOTE = [("npm-remote", "https://registry.npmjs.org/", ["lodash/-/lodash-4.17.21.tgz", "react/-/react-18.3.1.tgz", "@types/node/-/node-22.10.1.tgz",
                                                               "typescript/-/typescript-5.7.2.tgz", "vite/-/vite-6.0.2.tgz"]),
              ("maven-central-remote", "https://repo1.maven.org/maven2/", ["org/springframework/boot/spring-boot/3.4.0/spring-boot-3.4.0.jar",
                                                                           "com/fasterxml/jackson/core/jackson-databind/2.18.2/jackson-databind-2.18.2.jar",
                                                                           "org/postgresql/postgresql/42.7.4/postgresql-42.7.4.pom"]),
              ("pypi-remote", "https://files.pythonhosted.org/", ["packages/numpy-2.1.3-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl",
                                                                  "packages/requests-2.32.3-py3-none-any.whl", "packages/pandas-2.2.3.tar.gz"]),
              ("docker-remote", "https://registry-1.docker.io/", ["v2/library/node/manifests/20-alpine", "v2/library/postgres/blobs/sha256:" + g.hx(64)])]
    USERS = ["ci-deployer", "jenkins", "anna.weber", "m.schulz", "svc-renovate"]

    def w(lv, logger, line, thread, msg, ev, extra=()):
        ms_(L, 0, 40)
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z [jfrt ] [{lv:<5}] [{g.hx(16)}] [{logger}:{line}] [{thread}] - {msg}", ev, lv, f"{logger}|jfrt")
        for text, xev in extra:
            L.emit(text, xev, lv, f"{logger}|jfrt")

    def ex():
        return f"http-nio-8081-exec-{g.num(1, 200)}"

    def download():
        repo, url, paths = g.c(REMOTE)
        p = g.c(paths)
        size = g.r.uniform(1.5, 9000)
        unit = "KB" if size < 1024 else "MB"
        s = f"{size:,.2f} {unit}" if unit == "KB" else f"{size / 1024:,.2f} {unit}"
        th = ex()
        w("INFO", "o.a.r.HttpRepo", 445, th, f"{repo} downloading {url}{p} {s}", "downloading")
        ms_(L, 50, 4000)
        w("INFO", "o.a.r.HttpRepo", 458, th, f"{repo} downloaded  {url}{p} {s} at {g.r.uniform(300, 40000):,.2f} KB/sec", "downloaded")

    def deploy():
        v = f"{g.num(1, 3)}.{g.num(0, 40)}.{g.num(0, 9)}"
        art = g.c(["checkout", "cart", "billing-core", "shop-common"])
        path = g.c([f"libs-release-local:com/acme/shop/{art}/{v}/{art}-{v}.jar", f"libs-release-local:com/acme/shop/{art}/{v}/{art}-{v}.pom",
                    f"libs-snapshot-local:com/acme/shop/{art}/{v}-SNAPSHOT/{art}-{v}-{L.t:%Y%m%d.%H%M%S}-{g.num(1, 40)}.jar",
                    f"npm-local:@acme/ui/-/@acme/ui-{v}.tgz"])
        w("INFO", "o.a.e.UploadServiceImpl", 394, ex(), f"Deploy to '{path}' Content-Length: {g.num(900, 90000000)}", "deploy_to")

    def auth_fail():
        u = g.c(USERS + ["admin", "test"])
        w("WARN", "o.a.s.a.ArtifactoryAuthenticationProvider", 135, ex(), f"Denied access for user '{u}' from {g.ip('10')}: Bad credentials", "denied_access")

    def not_found():
        repo, url, paths = g.c(REMOTE)
        w("WARN", "o.a.r.ArtifactoryResponseBase", 118, ex(), "Sending HTTP error code 404: Could not find resource", "sending_404")

    def remote_timeout():
        repo, url, paths = g.c(REMOTE)
        host = url.split("/")[2]
        w("ERROR", "o.a.r.RemoteRepoBase", 503, ex(), f"{repo}: Error in getting information for '{g.c(paths)}' (org.apache.http.conn.ConnectTimeoutException: Connect to "
          f"{host}:443 [{host}/{g.ip('pub')}] failed: connect timed out).", "remote_error")

    def offline():
        repo, _, _ = g.c(REMOTE)
        w("WARN", "o.a.r.RemoteRepoBase", 912, f"art-exec-{g.num(1, 30)}", f"{repo} is offline, checked status: Connection refused. Remote repository will be rechecked "
          f"in {g.c([30, 60, 120])} seconds.", "repo_offline")

    def abort():
        frames = ["org.apache.catalina.connector.OutputBuffer.realWriteBytes(OutputBuffer.java:341)", "org.apache.catalina.connector.OutputBuffer.flushByteBuffer(OutputBuffer.java:778)",
                  "org.apache.catalina.connector.OutputBuffer.append(OutputBuffer.java:674)", "org.apache.catalina.connector.OutputBuffer.writeBytes(OutputBuffer.java:376)",
                  "org.apache.catalina.connector.CoyoteOutputStream.write(CoyoteOutputStream.java:96)", "org.apache.commons.io.IOUtils.copyLarge(IOUtils.java:1490)",
                  "org.artifactory.request.ArtifactoryResponseBase.sendStream(ArtifactoryResponseBase.java:98)",
                  "org.artifactory.engine.DownloadServiceImpl.sendFile(DownloadServiceImpl.java:688)",
                  "org.artifactory.engine.DownloadServiceImpl.respond(DownloadServiceImpl.java:612)",
                  "org.artifactory.engine.DownloadServiceImpl.process(DownloadServiceImpl.java:245)"]
        cause = ("java.io.IOException: Broken pipe", "cause_broken_pipe", ["java.base/sun.nio.ch.SocketDispatcher.write0(Native Method)",
                                                                          "java.base/sun.nio.ch.SocketDispatcher.write(SocketDispatcher.java:62)"])
        w("ERROR", "o.a.e.DownloadServiceImpl", 690, ex(), "Client aborted the request while streaming the file", "client_aborted",
          java_stack(g, "org.apache.catalina.connector.ClientAbortException: java.io.IOException: Broken pipe", "exc_client_abort", frames, cause))

    def gc():
        th = f"art-exec-{g.num(1, 30)}"
        w("INFO", "o.a.s.g.s.GarbageCollectorStrategy", 76, th, "Starting GC strategy 'TRASH_AND_BINARIES'", "gc_starting")
        L.t += dt.timedelta(seconds=g.num(20, 400))
        n = g.num(1200000, 1300000)
        d = g.num(0, 900)
        w("INFO", "o.a.s.g.GarbageCollectorInfo", 81, th, "Storage garbage collector report:", "gc_report", [
            (f"Number of binaries:      {n:,}", "gc_number"), (f"Total execution time:    {g.f(20, 400, 2)} seconds", "gc_time"),
            (f"Candidates for deletion: {d:,}", "gc_candidates"), (f"Checksums deleted:       {d:,}", "gc_checksums"), (f"Binaries deleted:        {d:,}", "gc_binaries"),
            (f"Total size freed:        {g.f(0, 4000, 2)} MB", "gc_freed")])

    def login_ok():
        u = g.c(USERS[2:4])
        w("INFO", "o.a.s.s.l.LdapServiceImpl", 307, ex(), f"User '{u}' authenticated via LDAP server 'corp-ad'", "ldap_auth")

    def token():
        w("INFO", "o.a.a.c.AccessClientImpl", 118, f"art-exec-{g.num(1, 30)}", f"Access token for service 'jfrt@{g.hx(26)}' renewed, expires in 3600 seconds", "token_renewed")

    w("INFO", "o.a.s.ArtifactoryApplicationContext", 519, "art-init", "Artifactory application context set to READY by refresh", "context_ready")
    w("INFO", "o.a.w.s.ArtifactoryContextConfigListener", 268, "art-init", f"Artifactory (jfrt) service initialization completed in {g.f(30, 90, 3)} seconds. Listening on "
      "port: 8081", "init_completed")
    ev = [(40, download), (8, deploy), (6, auth_fail), (6, not_found), (2, remote_timeout), (0.8, offline), (1.5, abort), (0.1, gc), (3, login_ok), (2, token)]
    return run_mean(L, ev, 12)


# 18 --------------------------------------------------------------- Knot DNS 3.3.9 as the hidden primary of an ISP's customer zones (automatic DNSSEC signing, two public secondaries, ACME DNS-01
#   updates from a certificate robot) and secondary for partners' zones, rsyslog on Debian 12 with its high-precision format: "2026-12-01T10:00:00.123456+00:00
#   ns-hidden knotd[812]: info: [example.com.] message"; zone loads, signing runs, NOTIFYs and IXFR/AXFR to the secondaries, refreshes of the partner zones,
#   dynamic updates, transfers denied by the ACL, a restart
@checked
def log_knot(seed):
    L = Log("knot_dns_syslog", seed, "full", True, True)
    g = L.g
    OWN = ["kunde-meier.example.", "baeckerei-holm.example.", "tierarzt-nord.example.", "isp-nordnet.example.", "sportverein-tus.example.", "hotel-seeblick.example."]
    PARTNER = ["partner-hosting.example.", "stadtwerke-nord.example."]
    SEC = ["198.51.100.53", "203.0.113.153"]
    PRI = "192.0.2.10"
    st = {"serial": {z: 2026112000 + g.num(1, 99) for z in OWN + PARTNER}, "pid": 812}

    def w(lv, zone, msg, ev):
        ms_(L, 0, 30)
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}+00:00 ns-hidden knotd[{st['pid']}]: {lv}: " + (f"[{zone}] " if zone else "") + msg, ev, lv, "knotd")

    def start():
        w("info", None, "Knot DNS 3.3.9 starting", "starting")
        w("info", None, "loaded configuration file '/etc/knot/knot.conf', mapsize 500 MiB", "loaded_config")
        w("info", None, "using reuseport for UDP", "reuseport")
        for a in ["192.0.2.53@53", "2001:db8:53::1@53"]:
            w("info", None, f"binding to interface {a}", "binding")
        w("info", None, f"loading {len(OWN) + len(PARTNER)} zones", "loading_zones")
        for z in OWN + PARTNER:
            w("info", z, "zone will be loaded", "zone_will_load")
        w("info", None, "starting server", "starting_server")
        for z in OWN:
            w("info", z, f"zone file parsed, serial {st['serial'][z]}", "zone_parsed")
            w("info", z, f"loaded, serial none -> {st['serial'][z]}, {g.num(900, 90000)} bytes", "zone_loaded")
        for z in PARTNER:
            w("info", z, f"zone file parsed, serial {st['serial'][z]}", "zone_parsed")
            w("info", z, f"loaded, serial none -> {st['serial'][z]}, {g.num(900, 9000)} bytes", "zone_loaded")
        w("info", None, f"server started in the foreground, PID {st['pid']}", "server_started")
        w("info", None, "remote control, binding to '/run/knot/knot.sock'", "control_binding")

    def bump(z):
        old = st["serial"][z]
        st["serial"][z] += 1
        return old, st["serial"][z]

    def notify(z):
        for s in SEC:
            if g.r.random() < 0.05:
                w("warning", z, f"notify, outgoing, remote {s}@53, failed ({g.c(['timeout', 'connection reset', 'operation not permitted'])})", "notify_failed")
            else:
                w("info", z, f"notify, outgoing, remote {s}@53, serial {st['serial'][z]}", "notify_out")
        for s in SEC:
            ms_(L, 50, 3000)
            port = g.port()
            if g.r.random() < 0.85:
                w("info", z, f"IXFR, outgoing, remote {s}@{port} TCP, started, serial {st['serial'][z] - 1} -> {st['serial'][z]}", "ixfr_started")
                w("info", z, f"IXFR, outgoing, remote {s}@{port} TCP, finished, 0.00 seconds, 1 messages, {g.num(200, 4000)} bytes", "ixfr_finished")
            else:
                w("info", z, f"IXFR, outgoing, remote {s}@{port} TCP, incomplete history, serial {st['serial'][z] - g.num(2, 9)}, fallback to AXFR", "ixfr_fallback")
                w("info", z, f"AXFR, outgoing, remote {s}@{port} TCP, started, serial {st['serial'][z]}", "axfr_started")
                w("info", z, f"AXFR, outgoing, remote {s}@{port} TCP, finished, 0.0{g.num(0, 9)} seconds, {g.num(1, 4)} messages, {g.num(2000, 90000)} bytes", "axfr_finished")

    def sign():
        z = g.c(OWN)
        old, new = bump(z)
        w("info", z, "DNSSEC, signing zone", "dnssec_signing")
        w("info", z, f"DNSSEC, key, tag {g.num(1000, 65535):5d}, algorithm ECDSAP256SHA256, KSK, public, ready, active+", "dnssec_key")
        w("info", z, f"DNSSEC, key, tag {g.num(1000, 65535):5d}, algorithm ECDSAP256SHA256, public, active", "dnssec_key")
        w("info", z, "DNSSEC, signing started", "dnssec_started")
        w("info", z, f"DNSSEC, successfully signed, serial {new}, new RRSIGs {g.num(2, 120)}", "dnssec_signed")
        w("info", z, f"DNSSEC, next signing at {L.t + dt.timedelta(days=g.num(5, 13), hours=g.num(0, 23)):%Y-%m-%dT%H:%M:%S}+0000", "dnssec_next")
        w("info", z, f"zone file updated, serial {old} -> {new}", "zone_file_updated")
        notify(z)

    def ddns():
        z = g.c(OWN)
        old, new = bump(z)
        w("info", z, f"DDNS, processing {g.c([1, 1, 2])} updates", "ddns_processing")
        w("info", z, "DNSSEC, signing zone", "dnssec_signing")
        w("info", z, f"DNSSEC, successfully signed, serial {new}, new RRSIGs {g.num(1, 4)}", "dnssec_signed")
        w("info", z, f"DDNS, finished, serial {old} -> {new}, 0.0{g.num(0, 9)} seconds", "ddns_finished")
        notify(z)

    def refresh():
        z = g.c(PARTNER)
        if g.r.random() < 0.04:
            w("warning", z, f"refresh, remote {PRI}@53, failed ({g.c(['connection refused', 'timeout', 'network unreachable'])})", "refresh_failed")
            w("error", z, f"refresh, failed (no usable master), next retry at {L.t + dt.timedelta(seconds=g.c([600, 1200, 1800])):%Y-%m-%dT%H:%M:%S}+0000", "refresh_no_master")
            return
        if g.r.random() < 0.8:
            w("info", z, f"refresh, remote {PRI}@53, remote serial {st['serial'][z]}, zone is up-to-date, expires in 1209600 seconds", "refresh_uptodate")
            return
        old, new = bump(z)
        w("info", z, f"notify, incoming, remote {PRI}@{g.port()} UDP, serial {new}", "notify_in")
        w("info", z, f"refresh, remote {PRI}@53, remote serial {new}, zone is outdated", "refresh_outdated")
        w("info", z, f"IXFR, incoming, remote {PRI}@53 TCP, receiving AXFR-style IXFR", "ixfr_axfr_style")
        w("info", z, f"AXFR, incoming, remote {PRI}@53 TCP, started", "axfr_in_started")
        w("info", z, f"AXFR, incoming, remote {PRI}@53 TCP, finished, 0.0{g.num(0, 9)} seconds, 1 messages, {g.num(900, 9000)} bytes", "axfr_in_finished")
        w("info", z, f"refresh, remote {PRI}@53, zone updated, 0.0{g.num(0, 9)} seconds, serial {old} -> {new}, expires in 1209600 seconds", "refresh_updated")
        w("info", z, f"zone file updated, serial {old} -> {new}", "zone_file_updated")

    def acl():
        z = g.c(OWN)
        w("notice", z, f"ACL, denied, action transfer, remote {g.ip('pub')}@{g.port()} TCP", "acl_denied")

    def control():
        cmd = g.c(["zone-status", "zone-reload", "zone-refresh", "stats"])
        w("info", None, f"control, received command '{cmd}'", "control_command")

    def restart():
        w("info", None, "stopping server", "stopping")
        w("info", None, "updating persistent timer DB", "timer_db")
        w("info", None, "shutting down", "shutting_down")
        L.tick(3)
        st["pid"] = g.num(900, 60000)
        start()

    start()
    ev = [(6, sign), (8, ddns), (22, refresh), (18, acl), (3, control), (0.04, restart)]
    return run_mean(L, ev, 160)


# 19 --------------------------------------------------------------- Liquidsoap 2.2.5 running a community radio's automation (a music playlist with jingles and crossfades, a live input
#   from the studio over the harbor, a fallback, MP3 and AAC outputs to Icecast), the log file set with settings.log.file: "2026/12/01 10:00:00 [playlist:3]
#   message" (the source's label and the log level 1 to 5 in brackets); tracks prepared and decoded, switches between live and playlist, the studio
#   connecting and dropping, Icecast refusing the source after a restart, the clock catching up, the script's own "Now playing" log lines, telnet clients
@checked
def log_liquidsoap(seed):
    L = Log("liquidsoap_log", seed, "full", True, True)
    g = L.g
    ARTISTS = [("Bonobo", "Kerala"), ("Khruangbin", "Maria También"), ("Fil Bo Riva", "Franzis"), ("Portishead", "Roads"), ("Moderat", "Bad Kingdom"),
               ("Nils Frahm", "Says"), ("AnnenMayKantereit", "Pocahontas"), ("Bilderbuch", "Maschin"), ("Lana Del Rey", "Video Games"), ("Parcels", "Tieduprightnow")]
    st = {"rid": g.num(1, 300), "live": False}
    LV = {1: "1|crit", 2: "2|severe|warn|error", 3: "3|important|info|notice", 4: "4|info", 5: "5|debug"}

    def w(src, lv, msg, ev):
        ms_(L, 0, 30)
        L.emit(f"{L.t:%Y/%m/%d %H:%M:%S} [{src}:{lv}] {msg}", ev, LV[lv], src)

    def start():
        w("main", 3, "Liquidsoap 2.2.5", "version")
        w("main", 3, "Using: bytes=[distributed with OCaml 4.02 or above] camomile=2.0.0 dtools=0.4.5 duppy=0.9.4 ffmpeg-av=1.1.11 ffmpeg-avdevice=1.1.11 "
                     "lame=0.3.7 mm=0.8.5 ogg=0.7.4 ssl=0.7.0 taglib=0.3.10 vorbis=0.8.0", "using_libs")
        w("clock.main", 3, "Streaming loop starts in auto-sync mode", "loop_starts")
        w("clock.main", 3, "Delegating clock to active sources: input.harbor, output.icecast", "delegating_clock")
        w("playlist", 3, "Loading playlist...", "loading_playlist")
        w("playlist", 3, "Playlist treated as format application/x-mpegURL", "playlist_format")
        w("playlist", 3, f"Successfully loaded a playlist of {g.num(1800, 2400)} tracks.", "playlist_loaded")
        w("harbor", 4, "Adding mountpoint '/live' on port 8005", "adding_mountpoint")
        for mount in ["/radio.mp3", "/radio.aac"]:
            w("output.icecast", 3, f"Connecting mount {mount} for source@icecast.radio-nord.example...", "connecting_mount")
            w("output.icecast", 3, "Connection setup was successful.", "connection_ok")

    def track():
        a, t = g.c(ARTISTS)
        st["rid"] += 1
        src = "jingles" if g.r.random() < 0.15 else "playlist"
        path = f"/srv/radio/jingles/station_id_{g.num(1, 12):02d}.mp3" if src == "jingles" else f"/srv/radio/music/{a}/{a} - {t}.mp3"
        w(src, 3, f"Prepared \"{path}\" (RID {st['rid']}).", "prepared")
        w("decoder", 3, f"Method \"ffmpeg\" accepted \"{path}\".", "decoder_accepted")
        if src == "playlist":
            w("cross", 3, f"Analysis: {g.f(-38, -18, 1)}dB / {g.f(-30, -14, 1)}dB ({g.f(2.5, 3, 2)}s / 3.00s)", "cross_analysis")
            w("lang", 3, f"Now playing: {a} - {t}", "now_playing")
        L.t += dt.timedelta(seconds=g.num(150, 330))

    def live():
        ip = "192.168.10.20"
        w("harbor", 4, f"New client on port 8005: {ip}", "harbor_new_client")
        if g.r.random() < 0.06:
            w("harbor", 4, "Returned 401: wrong auth.", "harbor_401")
            return
        w("input.harbor", 3, "Decoding...", "harbor_decoding")
        w("switch_65", 3, "Switch to input.harbor with transition.", "switch_to")
        w("lang", 3, "Studio live on air", "studio_live")
        for _ in range(g.num(0, 3)):
            L.t += dt.timedelta(minutes=g.num(5, 40))
            w("clock.main", 2, f"We must catchup {g.f(0.5, 6, 2)} seconds!", "catchup")
        L.t += dt.timedelta(minutes=g.num(20, 120))
        if g.r.random() < 0.3:
            w("input.harbor", 2, "Feeding stopped: Ffmpeg_decoder.End_of_file.", "feeding_stopped_eof")
        else:
            w("input.harbor", 2, "Feeding stopped: Failure(\"Connection reset by peer\").", "feeding_stopped_failure")
        w("switch_65", 3, "Switch to playlist with transition.", "switch_to")

    def icecast_drop():
        mount = g.c(["/radio.mp3", "/radio.aac"])
        why = g.c(["could not connect to host: connection refused", "403, Forbidden (HTTP/1.0)", 'Unix.Unix_error(Unix.EPIPE, "write", "")'])
        w("output.icecast", 2, f"Connection failed: {why}", "connection_failed")
        for _ in range(g.num(0, 4)):
            w("output.icecast", 3, "Will try again in 3.00 sec.", "try_again")
            L.t += dt.timedelta(seconds=3)
            w("output.icecast", 3, f"Connecting mount {mount} for source@icecast.radio-nord.example...", "connecting_mount")
            if g.r.random() < 0.5:
                break
            w("output.icecast", 2, "Connection failed: could not connect to host: connection refused", "connection_failed")
        w("output.icecast", 3, "Connection setup was successful.", "connection_ok")

    def catchup():
        s = g.r.uniform(10, 40)
        w("clock.main", 2, f"Latency is too high: we must catchup {s:.2f} seconds! Check if your system can process your stream fast enough (CPU usage, disk access, etc) "
                           "or if your stream should be self-sync (can happen when using `input.ffmpeg`). Refer to the latency control section of the documentation "
                           "for more info.", "latency_too_high")

    def telnet():
        w("server", 3, "New client: localhost.", "telnet_new")
        w("lang", 3, f"Request queued: {g.c(['/srv/radio/shows/', '/srv/radio/ads/'])}{g.alnum(8)}.mp3", "request_queued")
        w("server", 3, "Client localhost disconnected.", "telnet_disconnected")

    def missing():
        a, t = g.c(ARTISTS)
        w("request", 2, f"Nonexistent file or ill-formed URI \"/srv/radio/music/{a}/{a} - {t} (Remastered).mp3\"!", "nonexistent")

    start()
    ev = [(40, track), (1.5, live), (0.8, icecast_drop), (0.6, catchup), (3, telnet), (1.5, missing), (0.05, start)]
    return run_mean(L, ev, 20)


# 20 --------------------------------------------------------------- Lsyncd 2.2.3 mirroring the document roots of a web agency's primary web server to two standby servers over rsync+ssh
#   (default.rsync, delay 15 s, excludes for caches), /var/log/lsyncd/lsyncd.log: "Tue Dec  1 10:00:00 2026 Normal: message" (ctime and the log category),
#   while the file lists lsyncd hands to rsync and the exclude list of a start-up are written on the lines under their line with no time of their own;
#   the start-up sync of each target, lists of new and changed files as editors upload, rsync failing while a standby reboots and being retried, running out
#   of inotify watches, restarts
@checked
def log_lsyncd(seed):
    L = Log("lsyncd_log", seed, "full", True, False)
    g = L.g
    TARGETS = ["web2.agentur-kraft.example", "web3.agentur-kraft.example"]
    SITES = ["kunde-meier", "baeckerei-holm", "tierarzt-nord", "hotel-seeblick", "agentur-kraft"]
    st = {"down": None}

    def w(lv, msg, ev, extra=()):
        ms_(L, 0, 200)
        L.emit(f"{ctime(L.t)} {lv}: {msg}", ev, lv, None, L.t)
        for text, xev in extra:
            L.emit(text, xev, None, None, None)

    def start():
        w("Normal", "--- Startup ---", "startup")
        for t in TARGETS:
            w("Normal", f"recursive startup rsync: /var/www/ -> {t}:/var/www/ excluding", "startup_rsync",
              [("*.tmp", "exclude_line"), ("*.swp", "exclude_line"), ("/*/wp-content/cache/", "exclude_line"), ("/*/var/cache/", "exclude_line"), (".git/", "exclude_line")])
        for t in TARGETS:
            L.t += dt.timedelta(seconds=g.num(5, 300))
            w("Normal", f"Startup of /var/www/ -> {t}:/var/www/ finished.", "startup_finished")

    def files():
        site = g.c(SITES)
        kind = g.r.random()
        out = []
        if kind < 0.35:
            y = f"/{site}/wp-content/uploads/{L.t:%Y}/{L.t:%m}/"
            out = [f"/{site}/", f"/{site}/wp-content/", f"/{site}/wp-content/uploads/", f"/{site}/wp-content/uploads/{L.t:%Y}/", y]
            for _ in range(g.num(1, 6)):
                name = f"{g.c(['IMG_', 'DSC', 'foto-', 'flyer-'])}{g.num(1000, 9999)}"
                out += [f"{y}{name}.jpg"] + [f"{y}{name}-{d}.jpg" for d in g.r.sample(["150x150", "300x200", "768x512", "1024x683"], g.num(0, 3))]
        elif kind < 0.8:
            base = f"/{site}/wp-content/themes/{site}-child/"
            out = [f"/{site}/", f"/{site}/wp-content/", f"/{site}/wp-content/themes/", base] + [base + f for f in g.r.sample(["style.css", "functions.php", "header.php",
                                                                                                                                  "footer.php", "js/main.js"], g.num(1, 3))]
        else:
            out = [f"/{site}/", f"/{site}/.htaccess"] if g.r.random() < 0.5 else [f"/{site}/", f"/{site}/robots.txt", f"/{site}/sitemap.xml"]
        for t in TARGETS:
            w("Normal", "Calling rsync with filter-list of new/modified files/dirs", "calling_rsync", [(p, "file_list_line") for p in out])
            L.t += dt.timedelta(milliseconds=g.num(300, 9000))
            if st["down"] == t:
                w("Normal", "Retrying a list after exitcode: 255", "retrying")
                if g.r.random() < 0.3:
                    st["down"] = None
            else:
                w("Normal", "Finished a list after exitcode: 0", "finished_list")

    def standby_down():
        st["down"] = g.c(TARGETS)

    def warn_vanished():
        w("Normal", "Finished a list after exitcode: 24", "finished_list")

    def watches():
        w("Error", "Terminating since out of inotify watches.", "out_of_watches", [("Consider increasing /proc/sys/fs/inotify/max_user_watches", "consider_increasing")])
        L.t += dt.timedelta(seconds=g.num(10, 900))
        start()

    def restart():
        w("Normal", "--- TERM signal, fading ---", "term_fading")
        L.t += dt.timedelta(seconds=g.num(3, 30))
        start()

    start()
    ev = [(40, files), (0.7, standby_down), (2, warn_vanished), (0.08, watches), (0.15, restart)]
    run_mean(L, ev, 300)
    return carry_time(L, lambda r: r[2] is not None)


LOGS = [log_amber, log_nifi, log_apc, log_authelia, log_backuppc, log_calico, log_chia, log_containerd, log_deluge, log_emby,
        log_evcc, log_fetchmail, log_flux, log_gitlab_runner, log_globalprotect, log_harbor, log_artifactory, log_knot, log_liquidsoap, log_lsyncd]


if __name__ == "__main__":
    main(LOGS, WORK)
