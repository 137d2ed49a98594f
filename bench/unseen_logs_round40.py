#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the fortieth round, 20 logs,
written 2026-12-07 by a helper that did not read LogSleuth's code; as found: 0.685. This round is
worked on (not held out). The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and
`formats` on each and prints grouping accuracy, events against templates, the learned format and how
many lines had their time, level and component read, and read right.

Lines without a header of their own carry the time, level and component of the record they belong
to: hmmbuild's output block under AlphaFold's "hmmbuild stdout:" line (its banner, table, empty lines
and "stderr:"); Craft's "Stack trace:", "#0 ..." frames, "Next ..." exception and empty lines under
their error, and the request dump under its "[info][application] $_GET = [" head ("$_COOKIE = [",
"    'KEY' => value", "]", the empty lines); the exception and "<tab>at" frames under Doris' WARN
lines. Lines that repeat the header but not the level carry the level of the message they continue:
the lines of a Hop error message written under the same time and subject without "ERROR:" (the
exception's text, the SQL, the empty message lines, "<tab>at" frames, "Caused by:") are ERROR; the
"The command", command and "did not complete successfully" lines under Earthly's "ERROR Earthfile
line" are ERROR, and the "in<tab><tab>+test" line under its "Error:" line is Error. A line with no
time of its own gets the time of the last line before it that writes one (of the first after it at
the start of a log): the Python traceback after AlphaFold's out-of-memory warning (no level or
component); the modem's "Time Not Established" rows (they keep their priority) and the scraper's
header row; every line of the BWA jobs but the script's own "Tue Dec  1 10:00:00 UTC 2026
[align.sh] ..." lines (bwa's and samtools' lines keep their letter and function, flagstat's report
has neither); darktable's indented OpenCL device block ("   DEVICE:  ..."); goleveldb's "===============
Dec 1, 2026 (UTC) ===============" banners, which write no time of day; iperf3's "iperf Done.", which
continues the print of the stamped empty line before it; every Kaldi line but run.pl's "# Started at
..." and "# Ended (code 0) at ..." (tail's "==> ... <==" heads, "# command", "#", the programs'
command-line echoes, "# Accounting:", the LOG and WARNING lines, which keep their level and program;
the files come in name order, so the clock jumps back). Assetto Corsa's server console, Autoconf's
config.log, Cypress in GitLab CI and `gcloud builds submit` write no time on their lines (time kind
None; Chromium's "[1581:1201/100000.123456:ERROR:...]" line in Cypress and the build summary's
CREATE_TIME are not scored). Full dates: Hop ("2026/12/01 02:00:00"), the SB8200 event log ("Tue Dec
01 10:00:00 2026", the modem's ToD clock), the BWA script (`date`), cardano-node ("[2026-12-01
10:00:00.12 UTC]"), Craft ("2026-12-01 10:00:00"), Doris ("2026-12-01 10:00:00,123"), Earthly (the
runner's "2026-12-01T10:00:00.1234567Z" on every line), Firecracker ("2026-12-01T10:00:00.123456789"),
iperf3 (the C locale's %c, "Tue Dec  1 10:00:00 2026") and Kaldi (`date` in run.pl's lines); where a
log writes local time without an offset the clock is UTC. AlphaFold (absl's "I1201 10:00:00.123456";
TensorFlow's own "2026-12-01 10:00:00.123456: I ..." lines are the same clock), balena's journal ("Dec
01 10:00:00"; the engine's logrus time= is the same instant) and Dire Wolf's journal have no year
(noyear). goleveldb writes the time of day (tod); darktable the seconds since it started (rel, from 0
in each session) and the Flipper the milliseconds since boot (rel, from 0 after each reboot).

Levels are as written: absl's and TensorFlow's letter in AlphaFold (I, W, E); Hop's "ERROR:" (other
lines none); the modem's priority ("Critical (3)", "Error (4)", "Warning (5)", "Notice (6)"; the word
alone counts); Assetto Corsa's one "ERROR - RESTARTING LOBBY REGISTRATION ..." line (others none); in
config.log gcc's "error:" and "fatal error:" ("fatal" counts) and collect2's "error:" (other lines
none); the supervisor's bracketed tag in balena (info, debug, warn, error, event, api, success, taken as
written) and the engine's level= (info, warning, error); bwa's letter in "[M::mem_pe]" (M, W; "[main]"
and the others none); cardano-node's severity (Info, Notice, Warning); Craft's Yii level (error,
warning, info); Chromium's ERROR and GitLab's "ERROR: Job failed" in the Cypress log (others none);
Doris' word (INFO, WARN); the runner's "##[error]", Earthly's "ERROR Earthfile line" block and its
"Error:" line in the Earthly log (others none); Firecracker's level in the brackets (INFO, WARN,
ERROR); the Flipper's letter (I, W, E, D); the "ERROR:" lines of Cloud Build, gcloud and gcloud run in
the Cloud Build log (others none); iperf3's "iperf3: error - ..." (error; others none); Kaldi's LOG and
WARNING. darktable, Dire Wolf and goleveldb write none. The component is AlphaFold's source file
(run_alphafold.py, jackhmmer.py, utils.py, hmmbuild.py, ...; TensorFlow's source path; the thread id is
not); Hop's subject (the workflow nightly_dwh, a pipeline, an action, a transform copy "Table
output.0", HopRun); the journal's program in balena (balena-supervisor, balenad) and Dire Wolf
(direwolf; the host and pid are not); bwa's function ("[M::mem_pe]" mem_pe, process, ...; "[main]",
"[bam_sort_core]", "[mem_sam_pe]") and the script's "[align.sh]"; cardano-node's tracer
(cardano.node.ChainDB, cardano.node.Mempool, ...; the host and the thread are not); Craft's category
(the HttpException:404 of yii's web classes, application, Craft's Deprecator::log, ...; the IP, user and
session are not); darktable's function in brackets (dev_pixelpipe, dt_opencl_init, ...); Doris' class
(TabletChecker, DatabaseTransactionMgr, ...; the thread and the method are not); Earthly's target
before " | " (+base, +test, buildkitd, the image of "Load metadata"); Firecracker's thread (main,
fc_api, fc_vcpu 0) or its source path, either counts (the instance id is not); the Flipper's tag
(Loader, BtGap, SubGhzReceiver, ...); the Cloud Build step's name in "Step #0 - "build": " (build,
push, deploy); goleveldb's tag before "@" (db, table, memdb, journal, version, log; the whole tag
counts); Kaldi's program (gmm-est, gmm-acc-stats-ali, ...; the version, function and source file are
not). The modem's log, Assetto Corsa, config.log, Cypress and iperf3 have none.

The true event of a line is the format string that wrote it: a value filled into a format string is
a variable (AlphaFold's "Started %s" and "Finished %s in %.3f seconds" one each whatever the tool,
"Unable to initialize backend '%s': %s" one, "Running predict with shape(feat) = %s" and "Output
shape was %s" one each for monomers and multimers; Hop's "Finished processing (I=%d, ...)" one
whatever the transform, "Pipeline duration : %s" and "Finished action [%s] (result=[%s])" one each;
the modem's "Cable Modem Reboot because of - %s" one whatever the reason, "CM-STATUS message sent.
Event Type Code: %d; ..." one, a "Time Not Established" row the same event as its timed twin; Assetto
Corsa's bare driver-name line one event, "LAP %s %s", "CHAT [%s]: %s", "SESSION: %s" and "TYPE=%s"
one each; config.log's "configure:%d: checking %s", "result: %s", the compiler command lines and "$? =
%d" one each; balena's "[api] %s %s %d - %s ms" one; bwa's "skip orientation %s" and "skip
orientation %s as there are not enough pairs" two; cardano-node's "Chain extended, new tip: ..." and
"Switched to a fork, ..." two; Craft's "Invalid login for '%s': %s" one, each deprecation message its
own; mocha's "✓ %s" and "✓ %s (%dms)" two, "%d) %s" one, the suite title one whatever the suite,
Cypress' "Running:  %s (%d of %d)" one; darktable's "took %s secs (%s CPU) [%s] processed `%s' on %s,
blended on %s" one whatever the pipe, module and device; Dire Wolf's received frame "[0.%d] %s" one,
its transmitted frames ("[0L]" beacons, "[0H]" digipeats) one, "[ig] %s" sent to the server one, the
server's "[ig] # ..." lines one, the decoded comment line (the whole line the station's text) one;
Doris' "receive report from be %d. type: %s, ..." one; Earthly's "--> RUN %s" with or without
"*cached* " one, and so for COPY, FROM and the others; Firecracker's "The API server received a %s
request on "%s" with body "%s"." one whatever the method, path and body, without a body another,
"Received Error. Status code: 400 Bad Request. Message: %s" one; the Flipper's "Starting %s", "Select
'%s' animation" one each; docker's "%s: Pull complete", "Step %d/%d : %s" and the like one each in
Cloud Build; iperf3's per-second rows one event per kind (TCP with Retr and Cwnd, reverse, UDP), the
sender and receiver summaries one per kind; Kaldi's command-line echo of every program one event,
run.pl's "# %s" one), while two format strings that look alike are two events, and so are two call
sites that write the same text (cardano-node's "Started opening Immutable DB", "... Volatile DB" and
"... Ledger DB"; the Flipper's "Init OK" of each HAL module, one event per tag; darktable's
"[dev_process_preview]" and "[dev_process_export]" "pixel pipeline processing took ..." two, the
image pipe's with "processing `%s'" a third; balena's "Internet Connectivity: OK" and "NOT OK"; a
Java or PHP exception head one event per exception class and message). A structured line belongs to
its message and its set of keys: balena's "Event: %s %s" one event per JSON key set (service, image,
the empty object of "Supervisor start"), whatever the event's name; the engine's logrus lines per
msg and keys; cardano-node's Aeson objects printed with show ("fromList [("kind",String ...),...]")
one event per kind (TraceMempoolAddedTx, TraceMempoolRemoveTxs, TraceMempoolRejectedTx,
CompletedBlockFetch, ConnectionManagerCounters, InboundGovernorCounters, each peer-selection kind),
the resource samples one; goleveldb's lines one per tag and format (memdb@flush's "N·%d S·%s",
"created ..." and "committed ..." three). In a dump, banner or table each kind of line is an event:
config.log's Platform keys each their own, "PATH: %s" one, the "## --- ##" rules one, each banner
title its own, the cache variables one, the output variables one, confdefs.h's "#define" lines one,
the program quoted behind "| " one event per kind of line ("| #define", "| #include <...>", "| #
include <...>", "| #ifdef", "| " alone; every other line its own, the checked function's name a
variable); gcc's source quote and caret lines one each; Craft's dump one event per variable head and
per key, its "]" one; Cypress' box rules one each (top, bottom, separator), each box row's key its
own, the final table's passed and failed rows two; darktable's device block one event per key; the
flagstat report one event per row; hmmbuild's banner and table lines each their own; each
cardano-node start-up tracer its own. Java's "<tab>at" frames one event (Hop's too, behind its
header), "Caused by:" one per exception and "... %d more" one; PHP's "#%d %s" frames one and "#%d
{main}" another; mocha's "at Context.eval (...)" one; Python's "  File" lines one event and the code
line under them another. Wrappers are not part of the event: the journal's stamp, host and program
(balena, Dire Wolf), the runner's stamp (Earthly), iperf3's stamp, Hop's time and subject, Cloud
Build's "Step #N - "name": " and Earthly's "target | " prefixes (tail's "==> file <==" is an event of
its own). Empty lines are one event per log, and an empty message behind a wrapper (the journal's,
the runner's, iperf3's stamp, Hop's header) is that same event.

usage: unseen_logs_round40.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round40)
"""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round40")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, us6, fill, checked, carry_time, ms_, ctime, epoch, jts, java_frames  # noqa: E402, F401


def secs(L, a, b):
    """Move the log's clock on by a..b seconds (with a fraction)."""
    L.t += dt.timedelta(seconds=L.g.r.uniform(a, b))
    return L.t


def date_utc(t):
    """`date` in the C locale on a UTC machine: "Tue Dec  1 10:00:00 UTC 2026"."""
    return f"{t:%a %b} {t.day:>2} {t:%H:%M:%S} UTC {t:%Y}"


# 1 ---------------------------------------------------------------- AlphaFold 2.3.2 (a conda install, not the Docker image) on the GPU partition of a structural-biology
#   institute's cluster: one SLURM job per target (`python run_alphafold.py --fasta_paths=... --model_preset=monomer_ptm|multimer`), the jobs' .out files
#   concatenated; TensorFlow's C++ start-up lines ("2026-12-01 10:00:00.123456: I tensorflow/...cc:113] ..."), then absl's "I1201 10:00:00.123456
#   140234567890123 run_alphafold.py:191] ..." lines: the MSA searches (jackhmmer, HHblits, HHsearch, hmmsearch with hmmbuild's output block), the
#   template hits, the models, the Amber relaxation, the final timings; now and then a multimer target running out of GPU memory with its traceback
@checked
def log_alphafold(seed):
    L = Log("alphafold_slurm_out", seed, "noyear", True, True)
    g = L.g
    DB = "/shared/alphafold/db"
    TARGETS = [("PfRH5_CyRPA", 2), ("NanoB7_GFP", 2), ("kinase_KD_v3", 1), ("YqgF_ecoli", 1), ("TcdB_frag2", 1), ("Spike_RBD_ACE2", 2), ("AtPIN8", 1),
               ("HsPARP1_ZnF", 1), ("MtbEsxB_EsxA", 2), ("capsid_trimer", 3), ("LbCas12a_guide", 1), ("Nb_library_17", 2)]
    st = {"tid": 0}

    def ab(lv, f, line, msg, ev):
        L.t += dt.timedelta(microseconds=g.num(50, 40000))
        L.emit(f"{lv}{L.t:%m%d %H:%M:%S}.{us6(L.t)} {st['tid']} {f}:{line}] {msg}", ev, lv, f)

    def cont(text, ev, lv, f):
        L.emit(text, ev, lv, f)

    def tfc(lv, path, line, msg, ev):
        L.t += dt.timedelta(microseconds=g.num(50, 9000))
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{us6(L.t)}: {lv} {path}:{line}] {msg}", ev, lv, path)

    def timed(tool, fname, line, cmd, ev_launch, a, b):
        ab("I", fname, line, cmd, ev_launch)
        ab("I", "utils.py", 36, f"Started {tool} query", "timing_started")
        took = g.r.uniform(a, b)
        L.t += dt.timedelta(seconds=took)
        ab("I", "utils.py", 40, f"Finished {tool} query in {took:.3f} seconds", "timing_finished")

    def tmp():
        return "/tmp/tmp" + g.alnum(8, "abcdefghijklmnopqrstuvwxyz0123456789_")

    def hmmbuild_block(n):
        t = tmp()
        ab("I", "hmmbuild.py", 121, f"Launching subprocess ['/usr/bin/hmmbuild', '--hand', '--amino', '{t}/output.hmm', '{t}/query.msa']", "hmmbuild_launch")
        ab("I", "utils.py", 36, "Started hmmbuild query", "timing_started")
        secs(L, 0.2, 2)
        ab("I", "hmmbuild.py", 128, "hmmbuild stdout:", "hmmbuild_stdout")
        f = "hmmbuild.py"
        rows = [("# hmmbuild :: profile HMM construction from multiple sequence alignments", "hb_title"),
                ("# HMMER 3.3.2 (Nov 2020); http://hmmer.org/", "hb_version"),
                ("# Copyright (C) 2020 Howard Hughes Medical Institute.", "hb_copyright"),
                ("# Freely distributed under the BSD open source license.", "hb_license"),
                ("# - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -", "hb_rule"),
                (f"# input alignment file:             {t}/query.msa", "hb_input"),
                (f"# output HMM file:                  {t}/output.hmm", "hb_output"),
                ("# input alignment is asserted as:   protein", "hb_asserted"),
                ("# model architecture construction:  hand-specified by RF annotation", "hb_arch"),
                ("# - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -", "hb_rule"),
                ("", "empty"),
                ("# idx name                  nseq  eff_nseq      mlen     W eff_entropy compression", "hb_table_head"),
                ("# --- -------------------- ----- --------- --------- ----- ----------- -----------", "hb_table_rule"),
                (f"1     query                 {g.num(200, 10000):>5} {g.f(1, 40, 2):>9} {n:>9} {int(n * 1.45):>5} {g.f(0.5, 0.7, 2):>11} {g.f(0.4, 0.6, 2):>11}",
                 "hb_table_row"),
                ("", "empty"),
                (f"# CPU time: {g.f(0.1, 3, 2)}u {g.f(0, 0.1, 2)}s 00:00:0{g.num(0, 3)}.{g.num(10, 99)} Elapsed: 00:00:0{g.num(0, 3)}.{g.num(10, 99)}", "hb_cpu"),
                ("", "empty"), ("", "empty"), ("stderr:", "hb_stderr"), ("", "empty"), ("", "empty")]
        for text, ev in rows:
            cont(text, ev, "I", f)
        ab("I", "utils.py", 40, f"Finished hmmbuild query in {g.f(0.2, 2)} seconds", "timing_finished")

    def chain_search(multimer, n):
        fasta = tmp() + ".fasta"
        timed("Jackhmmer (uniref90.fasta)", "jackhmmer.py", 133,
              f"Launching subprocess \"/usr/bin/jackhmmer -o /dev/null -A {tmp()}/output.sto --noali --F1 0.0005 --F2 5e-05 --F3 5e-07 --incE 0.0001 -E 0.0001 "
              f"--cpu 8 -N 1 {fasta} {DB}/uniref90/uniref90.fasta\"", "jackhmmer_launch", 300, 1400)
        timed("Jackhmmer (mgy_clusters_2022_05.fa)", "jackhmmer.py", 133,
              f"Launching subprocess \"/usr/bin/jackhmmer -o /dev/null -A {tmp()}/output.sto --noali --F1 0.0005 --F2 5e-05 --F3 5e-07 --incE 0.0001 -E 0.0001 "
              f"--cpu 8 -N 1 {fasta} {DB}/mgnify/mgy_clusters_2022_05.fa\"", "jackhmmer_launch", 600, 2400)
        if multimer:
            hmmbuild_block(n)
            t = tmp()
            timed("hmmsearch (pdb_seqres.txt)", "hmmsearch.py", 103,
                  f"Launching sub-process ['/usr/bin/hmmsearch', '--noali', '--cpu', '8', '--F1', '0.1', '--F2', '0.1', '--F3', '0.1', '--incE', '100', '-E', '100', "
                  f"'--domE', '100', '--incdomE', '100', '-A', '{t}/output.sto', '{t}/query.hmm', '{DB}/pdb_seqres/pdb_seqres.txt']", "hmmsearch_launch", 2, 40)
        else:
            t = tmp()
            timed("HHsearch", "hhsearch.py", 85, f"Launching subprocess \"/usr/bin/hhsearch -i {t}/query.a3m -o {t}/output.hhr -maxseq 1000000 -d {DB}/pdb70/pdb70\"",
                  "hhsearch_launch", 20, 300)
        timed("HHblits", "hhblits.py", 128,
              f"Launching subprocess \"/usr/bin/hhblits -i {fasta} -cpu 4 -oa3m {tmp()}/output.a3m -o /dev/null -n 3 -e 0.001 -maxseq 1000000 -realign_max 100000 "
              f"-maxfilt 100000 -min_prefilter_hits 1000 -d {DB}/bfd/bfd_metaclust_clu_complete_id30_c90_final_seq.sorted_opt -d {DB}/uniref30/UniRef30_2021_03\"",
              "hhblits_launch", 900, 4000)
        for _ in range(g.num(0, 3)):
            hit = f"{g.num(1, 8)}{g.alnum(3)}_{g.c('ABCD')}"
            ab("I", "templates.py", 878, f"hit {hit} did not pass prefilter: " + g.c([
                "Template is an exact subsequence of query with large coverage. Length ratio: 0.98.",
                f"Proportion of residues aligned to query too small. Align ratio: {g.f(0.02, 0.09)}.",
                f"Template too short. Length: {g.num(5, 9)}."]), "hit_prefilter")
        if g.r.random() < 0.15:
            ab("W", "templates.py", 1032, f"The exact sequence {g.alnum(30, 'ACDEFGHIKLMNPQRSTVWY')} was not found in {g.num(1, 8)}{g.alnum(3)}_{g.c('AB')}. "
               "Realigning the template to the actual sequence.", "realigning_template")
        u = g.num(2000, 10000)
        ab("I", "pipeline.py", 234, f"Uniref90 MSA size: {u} sequences.", "msa_uniref90")
        ab("I", "pipeline.py", 235, f"BFD MSA size: {g.num(100, 6000)} sequences.", "msa_bfd")
        ab("I", "pipeline.py", 236, f"MGnify MSA size: {g.num(50, 501)} sequences.", "msa_mgnify")
        ab("I", "pipeline.py", 237, f"Final (deduplicated) MSA size: {u + g.num(0, 9000)} sequences.", "msa_final")
        ab("I", "pipeline.py", 239, f"Total number of templates (NB: this can include bad templates and is later filtered to top 4): {g.num(0, 20)}.",
           "msa_templates")
        if multimer:
            timed("Jackhmmer (uniprot.fasta)", "jackhmmer.py", 133,
                  f"Launching subprocess \"/usr/bin/jackhmmer -o /dev/null -A {tmp()}/output.sto --noali --F1 0.0005 --F2 5e-05 --F3 5e-07 --incE 0.0001 -E 0.0001 "
                  f"--cpu 8 -N 1 {tmp()}.fasta {DB}/uniprot/uniprot.fasta\"", "jackhmmer_launch", 900, 3000)

    def oom(nbytes):
        rows = [("Traceback (most recent call last):", "py_tb_head"),
                ("  File \"/shared/alphafold/alphafold-2.3.2/run_alphafold.py\", line 432, in <module>", "py_tb_file"),
                ("    app.run(main)", "py_tb_code"),
                ("  File \"/shared/conda/envs/af2/lib/python3.8/site-packages/absl/app.py\", line 312, in run", "py_tb_file"),
                ("    _run_main(main, args)", "py_tb_code"),
                ("  File \"/shared/alphafold/alphafold-2.3.2/run_alphafold.py\", line 408, in main", "py_tb_file"),
                ("    predict_structure(", "py_tb_code"),
                ("  File \"/shared/alphafold/alphafold-2.3.2/run_alphafold.py\", line 199, in predict_structure", "py_tb_file"),
                ("    prediction_result = model_runner.predict(processed_feature_dict,", "py_tb_code"),
                ("  File \"/shared/alphafold/alphafold-2.3.2/alphafold/model/model.py\", line 167, in predict", "py_tb_file"),
                ("    result = self.apply(self.params, jax.random.PRNGKey(random_seed), feat)", "py_tb_code"),
                (f"jaxlib.xla_extension.XlaRuntimeError: RESOURCE_EXHAUSTED: Out of memory while trying to allocate {nbytes} bytes.",
                 "py_xla_oom")]
        for text, ev in rows:
            L.emit(text, ev, None, None, None)

    def run():
        st["tid"] = g.num(139600000000000, 140200000000000)
        target, nch = g.c(TARGETS)
        multimer = nch > 1
        n = g.num(120, 900) * (1 if not multimer else nch)
        L.t += dt.timedelta(seconds=g.num(60, 4 * 3600))
        tfc("I", "tensorflow/core/util/port.cc", 113, "oneDNN custom operations are on. You may see slightly different numerical results due to floating-point round-off "
            "errors from different computation orders. To turn them off, set the environment variable `TF_ENABLE_ONEDNN_OPTS=0`.", "tf_onednn")
        tfc("E", "external/local_xla/xla/stream_executor/cuda/cuda_dnn.cc", 9261,
            "Unable to register cuDNN factory: Attempting to register factory for plugin cuDNN when one has already been registered", "tf_cudnn_factory")
        tfc("E", "external/local_xla/xla/stream_executor/cuda/cuda_fft.cc", 607,
            "Unable to register cuFFT factory: Attempting to register factory for plugin cuFFT when one has already been registered", "tf_cufft_factory")
        tfc("W", "tensorflow/compiler/tf2tensorrt/utils/py_utils.cc", 38, "TF-TRT Warning: Could not find TensorRT", "tf_trt")
        secs(L, 2, 8)
        ab("I", "templates.py", 857, f"Using precomputed obsolete pdbs {DB}/pdb_mmcif/obsolete.dat.", "obsolete_pdbs")
        ab("I", "xla_bridge.py", 863, "Unable to initialize backend 'rocm': NOT_FOUND: Could not find registered platform with name: \"rocm\". Available platform names "
           "are: CUDA", "jax_backend_unavailable")
        ab("I", "xla_bridge.py", 863, "Unable to initialize backend 'tpu': INTERNAL: Failed to open libtpu.so: libtpu.so: cannot open shared object file: No such file "
           "or directory", "jax_backend_unavailable")
        if multimer:
            models = [f"model_{i}_multimer_v3_pred_{p}" for i in range(1, 6) for p in range(1)]
        else:
            models = [f"model_{i}_ptm" for i in range(1, 6)]
        ab("I", "run_alphafold.py", 386, f"Have {len(models)} models: {models}", "have_models")
        ab("I", "run_alphafold.py", 403, f"Using random seed {g.num(10 ** 15, 10 ** 19)} for the data pipeline", "random_seed")
        ab("I", "run_alphafold.py", 161, f"Predicting {target}", "predicting")
        for c in range(nch if multimer else 1):
            if multimer:
                ab("I", "pipeline_multimer.py", 210, f"Running monomer pipeline on chain {'ABC'[c]}: {target}_{'ABC'[c]}", "monomer_on_chain")
            chain_search(multimer, n // max(nch, 1))
        for i, m in enumerate(models):
            ab("I", "run_alphafold.py", 191, f"Running model {m} on {target}", "running_model")
            secs(L, 1, 5)
            if multimer:
                ab("I", "model.py", 165, f"Running predict with shape(feat) = {{'aatype': ({n},), 'residue_index': ({n},), 'seq_length': (), 'msa': ({g.num(500, 2048)}, {n}), "
                   f"'num_alignments': (), 'template_aatype': (4, {n}), 'template_all_atom_mask': (4, {n}, 37), 'template_all_atom_positions': (4, {n}, 37, 3), "
                   f"'asym_id': ({n},), 'sym_id': ({n},), 'entity_id': ({n},), 'deletion_matrix': ({g.num(500, 2048)}, {n}), 'deletion_mean': ({n},), "
                   f"'all_atom_mask': ({n}, 37), 'all_atom_positions': ({n}, 37, 3), 'assembly_num_chains': (), 'entity_mask': ({n},), 'num_templates': (), "
                   f"'cluster_bias_mask': ({g.num(500, 2048)},), 'bert_mask': ({g.num(500, 2048)}, {n}), 'seq_mask': ({n},), 'msa_mask': ({g.num(500, 2048)}, {n})}}",
                   "predict_shape")
            else:
                ab("I", "model.py", 165, f"Running predict with shape(feat) = {{'aatype': (4, {n}), 'residue_index': (4, {n}), 'seq_length': (4,), "
                   f"'template_aatype': (4, 4, {n}), 'template_all_atom_masks': (4, 4, {n}, 37), 'template_all_atom_positions': (4, 4, {n}, 37, 3), "
                   f"'template_sum_probs': (4, 4, 1), 'is_distillation': (4,), 'seq_mask': (4, {n}), 'msa_mask': (4, 508, {n}), 'msa_row_mask': (4, 508), "
                   f"'random_crop_to_size_seed': (4, 2), 'template_mask': (4, 4), 'template_pseudo_beta': (4, 4, {n}, 3), 'template_pseudo_beta_mask': (4, 4, {n}), "
                   f"'atom14_atom_exists': (4, {n}, 14), 'residx_atom14_to_atom37': (4, {n}, 14), 'residx_atom37_to_atom14': (4, {n}, 37), "
                   f"'atom37_atom_exists': (4, {n}, 37), 'extra_msa': (4, 5120, {n}), 'extra_msa_mask': (4, 5120, {n}), 'extra_msa_row_mask': (4, 5120), "
                   f"'bert_mask': (4, 508, {n}), 'true_msa': (4, 508, {n}), 'extra_has_deletion': (4, 5120, {n}), 'extra_deletion_value': (4, 5120, {n}), "
                   f"'msa_feat': (4, 508, {n}, 49), 'target_feat': (4, {n}, 22)}}", "predict_shape")
            if multimer and i == 0 and n > 1100 and g.r.random() < 0.6:
                secs(L, 20, 90)
                gib = g.r.uniform(20, 90)
                tfc("W", "external/tsl/tsl/framework/bfc_allocator.cc", 485, f"Allocator (GPU_0_bfc) ran out of memory trying to allocate {gib:.2f}GiB (rounded to "
                    f"{int(gib * 2 ** 30) // 256 * 256})requested by op ", "tf_bfc_oom")
                oom(int(gib * 2 ** 30) // 256 * 256)
                return
            took = g.r.uniform(40, 900)
            L.t += dt.timedelta(seconds=took)
            ab("I", "model.py", 175, f"Output shape was {{'distogram': {{'bin_edges': (63,), 'logits': ({n}, {n}, 64)}}, 'experimentally_resolved': {{'logits': ({n}, 37)}}, "
               f"'masked_msa': {{'logits': (508, {n}, {22 if multimer else 23})}}, 'predicted_aligned_error': ({n}, {n}), 'predicted_lddt': {{'logits': ({n}, 50)}}, "
               f"'structure_module': {{'final_atom_mask': ({n}, 37), 'final_atom_positions': ({n}, 37, 3)}}, 'plddt': ({n},), 'ptm': (), 'max_predicted_aligned_error': ()"
               + (", 'iptm': (), 'ranking_confidence': ()}" if multimer else ", 'ranking_confidence': ()}"), "output_shape")
            ab("I", "run_alphafold.py", 202, f"Total JAX model {m} on {target} predict time (includes compilation time, see --benchmark): {took + 3:.1f}s", "predict_time")
        ab("I", "amber_minimize.py", 178, "alterations info: {'nonstandard_residues': [], 'removed_heterogens': set(), 'missing_residues': {}, 'missing_heavy_atoms': {}, "
           f"'missing_terminals': {{<Residue {n - 1} ({g.c(['LYS', 'GLU', 'SER', 'ALA'])}) of chain 0>: ['OXT']}}, 'Se_in_MET': [], 'removed_chains': {{0: []}}}}",
           "alterations")
        for att in range(1, g.c([2, 2, 2, 3]) if g.r.random() < 0.2 else 2):
            ab("I", "amber_minimize.py", 408, f"Minimizing protein, attempt {att} of 100.", "minimizing")
            ab("I", "amber_minimize.py", 69, f"Restraining {n * 8 - g.num(0, 300)} / {n * 16 + g.num(0, 600)} particles.", "restraining")
            secs(L, 5, 60)
            ab("I", "amber_minimize.py", 418, f"Iteration completed: Einit {g.f(1e4, 9e5, 2)} Efinal {g.f(-9e4, -1e4, 2)} Time {g.f(3, 60, 2)} s num residue violations "
               f"{g.c([0, 0, 0, 1, 2])} num residue exclusions {att - 1} ", "iter_completed")
        timings = {"features": float(g.f(1000, 9000, 1))}
        for m in models:
            timings[f"process_features_{m}"] = float(g.f(0, 5, 4))
            timings[f"predict_and_compile_{m}"] = float(g.f(40, 900, 1))
        timings["relax_" + models[0]] = float(g.f(10, 90, 1))
        ab("I", "run_alphafold.py", 288, f"Final timings for {target}: {timings}", "final_timings")

    fill(L, [(1, run)], N_LINES, 60)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 2 ---------------------------------------------------------------- Apache Hop 2.10 running the nightly data-warehouse workflow of a wholesaler (hop-run.sh from cron at 02:00,
#   its output appended to one file): "2026/12/01 02:00:04 - load_customers - Executing this pipeline using the Local Pipeline Engine ...", the
#   subject being the workflow, a pipeline, an action or a transform copy ("Table output.0"); "Finished processing (I=, O=, R=, W=, U=, E=)" per
#   transform, the durations, and the odd failing load with Hop's "ERROR:" and the exception written line by line under the same header
@checked
def log_hop(seed):
    L = Log("apache_hop_run_log", seed, "full", True, True, start=dt.datetime(2026, 11, 1, 2, 0, 0, tzinfo=UTC))
    g = L.g
    PIPES = [("load_customers", [("Table input", "in"), ("Select values", "mid"), ("Dimension lookup/update", "out")]),
             ("load_products", [("Table input", "in"), ("Value mapper", "mid"), ("Select values", "mid"), ("Insert / update", "out")]),
             ("load_orders", [("Table input", "in"), ("Stream lookup", "mid"), ("Calculator", "mid"), ("Table output", "out")]),
             ("load_order_lines", [("Table input", "in"), ("Filter rows", "mid"), ("Table output", "out")]),
             ("fact_sales", [("Table input", "in"), ("Database lookup", "mid"), ("Merge join", "mid"), ("Sort rows", "mid"), ("Table output", "out")]),
             ("export_finance_csv", [("Table input", "in"), ("Select values", "mid"), ("Text file output", "out")])]
    WF = "nightly_dwh"

    def w(subj, msg, ev, lv=None, comp=None):
        L.t += dt.timedelta(milliseconds=g.num(0, 300))
        L.emit(f"{L.t:%Y/%m/%d %H:%M:%S} - {subj} - {msg}", ev, lv, comp or subj)

    def dur(s):
        if s < 60:
            return f"{s:.3f} seconds [ {s:7.3f}\" ]"
        return f"{s:.3f} seconds [ {int(s // 60)}' {s % 60:.3f}\" ]"

    def err_batch(tr, table):
        c = f"{tr}.0"
        key = g.num(1000000, 9999999)
        day = (L.t - dt.timedelta(days=1)).strftime("%Y-%m-%d")
        n = g.num(1, 999)
        stmt = f"INSERT INTO {table} (sale_id, sale_date, customer_key, product_key, qty, amount) VALUES ({key}, '{day}', {g.num(1, 90000)}, {g.num(1, 9000)}, " \
               f"{g.num(1, 40)}, {g.f(1, 9000, 2)})"
        w(c, "ERROR: Because of an error, this transform can't continue:", "err_cant_continue", "ERROR", c)
        w(c, "ERROR: org.apache.hop.core.exception.HopException: ", "err_exc_head", "ERROR", c)
        rows = [(f"Error batch inserting rows into table [{table}].", "err_batch_inserting"),
                ("Errors encountered (first 10):", "err_encountered"),
                (f"Batch entry {n} {stmt} was aborted: ERROR: duplicate key value violates unique constraint \"{table}_pkey\"", "err_batch_entry"),
                (f"  Detail: Key (sale_id, sale_date)=({key}, {day}) already exists.  Call getNextException to see other errors in the batch.", "err_detail"),
                ("", "empty"), ("", "empty"),
                ("Error updating batch", "err_updating_batch"),
                (f"Batch entry {n} {stmt} was aborted: ERROR: duplicate key value violates unique constraint \"{table}_pkey\"", "err_batch_entry"),
                (f"  Detail: Key (sale_id, sale_date)=({key}, {day}) already exists.  Call getNextException to see other errors in the batch.", "err_detail"),
                ("", "empty")]
        rows += java_frames(["org.apache.hop.pipeline.transforms.tableoutput.TableOutput.writeToTable(TableOutput.java:340)",
                             "org.apache.hop.pipeline.transforms.tableoutput.TableOutput.processRow(TableOutput.java:120)",
                             "org.apache.hop.pipeline.transform.RunThread.run(RunThread.java:54)",
                             "java.base/java.lang.Thread.run(Thread.java:840)"],
                            ("org.apache.hop.core.exception.HopDatabaseBatchException: ", "err_caused_batch",
                             ["org.apache.hop.core.database.Database.createHopDatabaseBatchException(Database.java:1290)",
                              "org.apache.hop.core.database.Database.emptyAndCommit(Database.java:1279)",
                              "org.apache.hop.pipeline.transforms.tableoutput.TableOutput.writeToTable(TableOutput.java:286)"]), 3)
        for text, ev in rows:
            L.emit(f"{L.t:%Y/%m/%d %H:%M:%S} - {c} - {text}", ev, "ERROR", c)

    def err_conn(tr):
        c = f"{tr}.0"
        host = g.c(["10.40.2.11", "erp-db.acme.local"])
        w(c, "ERROR: Unexpected error", "err_unexpected", "ERROR", c)
        w(c, "ERROR: org.apache.hop.core.exception.HopDatabaseException: ", "err_exc_head_db", "ERROR", c)
        rows = [("An error occurred executing SQL: ", "err_executing_sql"),
                (f"SELECT o.order_id, o.customer_id, o.order_date, o.status FROM erp.orders o WHERE o.changed_at >= '{(L.t - dt.timedelta(days=1)):%Y-%m-%d} 00:00:00'",
                 "err_sql_text"),
                (f"Connection to {host}:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.",
                 "err_conn_refused"), ("", "empty")]
        rows += java_frames(["org.apache.hop.core.database.Database.openQuery(Database.java:1753)",
                             "org.apache.hop.pipeline.transforms.tableinput.TableInput.doQuery(TableInput.java:236)",
                             "org.apache.hop.pipeline.transforms.tableinput.TableInput.processRow(TableInput.java:138)",
                             "org.apache.hop.pipeline.transform.RunThread.run(RunThread.java:54)",
                             "java.base/java.lang.Thread.run(Thread.java:840)"],
                            (f"org.postgresql.util.PSQLException: Connection to {host}:5432 refused. Check that the hostname and port are correct and that the postmaster "
                             "is accepting TCP/IP connections.", "err_caused_psql",
                             ["org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:346)",
                              "org.postgresql.core.ConnectionFactory.openConnection(ConnectionFactory.java:54)",
                              "org.postgresql.jdbc.PgConnection.<init>(PgConnection.java:273)"]), 9)
        for text, ev in rows:
            L.emit(f"{L.t:%Y/%m/%d %H:%M:%S} - {c} - {text}", ev, "ERROR", c)

    def pipeline(name, trs, fail):
        t0 = L.t
        w(WF, f"Starting action [{name}]", "wf_starting_action")
        w(name, "Using run configuration [local]", "using_run_config")
        w(name, "Executing this pipeline using the Local Pipeline Engine with run configuration 'local'", "executing_local_engine")
        w(name, f"Execution started for pipeline [{name}]", "execution_started")
        rows = g.num(100, 400000)
        ok = True
        for tr, kind in trs:
            secs(L, 0.1, rows / 20000)
            c = f"{tr}.0"
            if kind == "in":
                if fail == "conn":
                    err_conn(tr)
                    w(c, "Finished processing (I=0, O=0, R=0, W=0, U=0, E=1)", "finished_processing", None, c)
                    ok = False
                    break
                w(c, "Finished reading query, closing connection.", "finished_reading_query", None, c)
                w(c, f"Finished processing (I={rows}, O=0, R=0, W={rows}, U=0, E=0)", "finished_processing", None, c)
            elif kind == "mid":
                out = rows if tr != "Filter rows" else rows - g.num(0, rows // 10)
                w(c, f"Finished processing (I=0, O=0, R={rows}, W={out}, U=0, E=0)", "finished_processing", None, c)
                rows = out
            else:
                if fail == "batch" and tr == "Table output":
                    err_batch(tr, name if name.startswith("fact") else name.replace("load_", "stg_"))
                    done = g.num(0, rows)
                    w(c, f"Finished processing (I=0, O={done}, R={done + 1}, W={done}, U=0, E=1)", "finished_processing", None, c)
                    ok = False
                    continue
                u = g.num(0, rows) if tr in ("Insert / update", "Dimension lookup/update") else 0
                w(c, f"Finished processing (I=0, O={rows}, R={rows}, W={rows}, U={u}, E=0)", "finished_processing", None, c)
        if not ok:
            w(name, "ERROR: Errors detected!", "errors_detected", "ERROR")
            w(name, "Pipeline detected one or more transforms with errors.", "pipeline_detected_errors")
            w(name, "Pipeline is killing the other transforms!", "pipeline_killing")
            w(name, "ERROR: Errors detected!", "errors_detected", "ERROR")
        w(name, f"Pipeline duration : {dur((L.t - t0).total_seconds())}", "pipeline_duration")
        w(WF, f"Finished action [{name}] (result=[{'true' if ok else 'false'}])", "wf_finished_action")
        return ok

    def night():
        L.t = L.t.replace(hour=2, minute=0, second=0) + dt.timedelta(days=1, seconds=g.num(1, 3))
        t0 = L.t
        w("HopRun", "Enabling project 'dwh'", "enabling_project")
        secs(L, 1, 3)
        w(WF, "Start of workflow execution", "wf_start")
        w(WF, "Starting action [Check DB connections]", "wf_starting_action")
        for db in ["erp_postgres", "dwh_postgres"]:
            w("Check DB connections", f"Successfully connected to database [{db}] (user=etl_hop)", "check_db_connected")
        w(WF, "Finished action [Check DB connections] (result=[true])", "wf_finished_action")
        w(WF, "Starting action [Truncate staging]", "wf_starting_action")
        w("Truncate staging", f"Executing SQL: TRUNCATE TABLE staging.{g.c(['stg_orders', 'stg_order_lines'])}", "sql_executing")
        w(WF, "Finished action [Truncate staging] (result=[true])", "wf_finished_action")
        fail_at = g.c([None] * 6 + ["fact_sales", "load_orders"])
        ok = True
        for name, trs in PIPES:
            fail = None
            if name == fail_at:
                fail = "batch" if name == "fact_sales" else "conn"
            if not pipeline(name, trs, fail):
                ok = False
                break
        if ok:
            w(WF, "Starting action [Success]", "wf_starting_action")
            w(WF, "Finished action [Success] (result=[true])", "wf_finished_action")
        else:
            w(WF, "Starting action [Mail on failure]", "wf_starting_action")
            w("Mail on failure", "Mail sent to dwh-alerts@acme-wholesale.example (subject: Nightly DWH load failed)", "mail_sent")
            w(WF, "Finished action [Mail on failure] (result=[true])", "wf_finished_action")
        w(WF, "Workflow execution finished", "wf_finished")
        w(WF, f"Workflow duration : {dur((L.t - t0).total_seconds())}", "wf_duration")

    fill(L, [(1, night)], N_LINES, 1)
    del L.rows[N_LINES:]
    return L


# 3 ---------------------------------------------------------------- An ARRIS SURFboard SB8200 (DOCSIS 3.1, firmware AB01.02.053.05_051921_193.0A.NSH) on a flaky coax line at a
#   home office; a small Python script polls the modem's "Event Log" page (cmeventlog.html) every ten minutes and appends the rows it has not seen,
#   tab-separated as the page shows them: "Tue Dec 01 10:00:00 2026<tab>Critical (3)<tab>No Ranging Response received - T3 time-out;CM-MAC=...;
#   CMTS-MAC=...;CM-QOS=1.1;CM-VER=3.1;"; T3/T4 time-outs, sync losses, CM-STATUS reports, profile changes, DHCP renewals, reboots with the rows
#   written before the modem learns the time ("Time Not Established"), the script's header row once at the top
@checked
def log_arris(seed):
    L = Log("arris_cm_event_log", seed, "full", True, False, start=dt.datetime(2026, 10, 20, 8, 0, 0, tzinfo=UTC))
    g = L.g
    CM = "CM-MAC=" + ":".join(f"{x:02x}" for x in [0x3c, 0x7a, 0x8a, g.num(0, 255), g.num(0, 255), g.num(0, 255)])
    st = {"cmts": "00:01:5c:" + ":".join(f"{g.num(0, 255):02x}" for _ in range(3))}
    PR = {3: "Critical (3)", 4: "Error (4)", 5: "Warning (5)", 6: "Notice (6)"}

    def row(pri, desc, ev, t_est=True):
        suffix = f";{CM};CMTS-MAC={st['cmts']};CM-QOS=1.1;CM-VER=3.1;"
        ts = f"{L.t:%a %b %d %H:%M:%S %Y}" if t_est else "Time Not Established"
        L.emit(f"{ts}\t{PR[pri]}\t{desc}{suffix}", ev, PR[pri] + "|" + PR[pri].split()[0], None, "now" if t_est else None)

    def t3():
        row(3, "No Ranging Response received - T3 time-out", "t3_timeout")
        if g.r.random() < 0.4:
            secs(L, 1, 40)
            row(3, "Started Unicast Maintenance Ranging - No Response received - T3 time-out", "unicast_t3")

    def t4():
        row(3, "Received Response to Broadcast Maintenance Request, But no Unicast Maintenance opportunities received - T4 time out", "t4_timeout")

    def cm_status():
        code = g.c([16, 16, 16, 24, 5, 4, 2, 8])
        chan = g.c([159, 160]) if code in (16, 24) else g.num(1, 34)
        prof = g.c(["2.", "3.", "N/A.", "1 2 3."]) if code in (16, 24) else "N/A."
        row(6, f"CM-STATUS message sent. Event Type Code: {code}; Chan ID: {chan}; DSID: N/A; MAC Addr: N/A; OFDM/OFDMA Profile ID: {prof}", "cm_status")

    def profile():
        if g.r.random() < 0.5:
            row(6, f"US profile assignment change. US Chan ID: {g.c([41, 42])}; Previous Profile: {g.c(['5 6', '6', '9 10'])}; New Profile: {g.c(['6', '10', '5 6'])}.",
                "us_profile_change")
        else:
            row(6, f"DS profile assignment change. DS Chan ID: {g.c([159, 160])}; Previous Profile: {g.c(['1 2 3', '2 3', '0 1 2 3'])}; New Profile: "
                f"{g.c(['2 3', '1 2 3', '0 2 3'])}.", "ds_profile_change")

    def drw():
        if g.r.random() < 0.6:
            row(5, "Dynamic Range Window violation", "drw_violation")
        else:
            row(5, "RNG-RSP CCAP Commanded Power Exceeds Value Corresponding to the Top of the DRW", "rng_rsp_power")

    def dbc():
        row(5, "DBC-REQ Mismatch Between Calculated Value for P1.6hi Compared to CCAP Provided Value", "dbc_mismatch")

    def dhcp():
        if g.r.random() < 0.7:
            row(4, "DHCP RENEW sent - No response for IPv4", "dhcp_renew_noresp")
        else:
            row(5, "DHCP REBIND WARNING - Field invalid in response v4 option", "dhcp_rebind_warn")

    def tod():
        row(5, "ToD request sent - No Response received", "tod_no_response")

    def mdd():
        row(3, "Lost MDD Timeout", "lost_mdd")
        if g.r.random() < 0.5:
            row(3, "SYNC Timing Synchronization failure - Loss of Sync", "sync_loss")

    def reboot():
        reason = g.c(["HW or Power-On Reset", "Reboot after T4 timeout", "Reboot UI", "Watchdog"])
        if reason in ("Reboot after T4 timeout",):
            for _ in range(g.num(2, 5)):
                secs(L, 30, 120)
                t4()
        row(3, f"Cable Modem Reboot because of - {reason}", "reboot")
        secs(L, 20, 60)
        for _ in range(g.num(0, 3)):
            row(3, "SYNC Timing Synchronization failure - Failed to acquire QAM/QPSK symbol timing", "sync_fail_acquire", False)
        if g.r.random() < 0.5:
            row(3, "No Ranging Response received - T3 time-out", "t3_timeout", False)
        row(6, "Honoring MDD; IP provisioning mode = IPv6", "honoring_mdd", False)
        if g.r.random() < 0.4:
            row(3, "REG RSP not received", "reg_rsp_not_received", False)
        if g.r.random() < 0.3:
            row(6, "TLV-11 - unrecognized OID", "tlv11_oid", False)
        secs(L, 60, 200)
        if g.r.random() < 0.2:
            st["cmts"] = "00:01:5c:" + ":".join(f"{g.num(0, 255):02x}" for _ in range(3))
        cm_status()

    L.emit("Time\tPriority\tDescription", "header_row", None, None, None)
    ev = [(30, t3), (6, t4), (28, cm_status), (8, profile), (6, drw), (3, dbc), (4, dhcp), (2, tod), (4, mdd), (1.2, reboot)]
    fill(L, ev, N_LINES, 1300)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 4 ---------------------------------------------------------------- Assetto Corsa's dedicated server acServer 1.16 (Linux build) hosting a sim-racing league's practice server (MX-5 Cup at
#   Vallelunga, practice, qualifying and race on a loop), its console redirected to one file by the start script, one file over several evenings:
#   no time, no level; the start-up listing, lobby registration, the server browser's "PAGE: /INFO" hits, drivers connecting ("NEW PICKUP
#   CONNECTION from ...", the bare driver name, "REQUESTED CAR: ..."), laps, chat, sessions changing, results written, disconnects and time-outs
@checked
def log_assetto(seed):
    L = Log("assetto_acserver_log", seed, None, True, False)
    g = L.g
    DRIVERS = ["Mario Rossi", "Luca Bianchi", "Jens Kowalski", "Tom Baker", "S. Nakamura", "Pieter de Vries", "Ana Ferreira", "Kimi R", "Oliver Hart",
               "Matteo Greco", "Sven Lindqvist", "Jakub Nowak", "R. Dubois", "Daniel Kerr", "Ivan Petrov", "Max Roth", "Leo Martin", "Chris Wood"]
    st = {"on": {}, "sess": 0, "guid": {d: 76561197960265728 + g.num(10 ** 7, 10 ** 9) for d in DRIVERS}}
    SESS = [("Practice", "PRACTICE", 30, 0), ("Qualify", "QUALIFY", 15, 0), ("Race", "RACE", 0, 12)]

    def w(text, ev, lv=None):
        L.emit(text, ev, lv)

    def start():
        w("Assetto Corsa Dedicated Server 1.16.4", "banner")
        w("Protocol version: 202", "protocol_version")
        w("Initializing Steam", "steam_init")
        w("Steam initialized", "steam_initialized")
        w("Loading server_cfg.ini", "loading_cfg")
        w("Server name: [ACRL] MX-5 Cup Practice | Vallelunga Club | acrl.example.org", "server_name")
        w("Opening entry list: cfg/entry_list.ini", "opening_entry_list")
        for i in range(18):
            w(f"CAR_{i} ks_mazda_mx5_cup skin={g.c(['00_official', '04_classic_red', '07_grey', '11_acrl_blue'])}", "entry_car")
        w("MAX CLIENTS: 18", "max_clients")
        w("TRACK: ks_vallelunga", "track")
        w("CONFIG_TRACK: club_circuit", "config_track")
        for name, typ, m, laps in SESS:
            w(f"Adding session: {typ}", "adding_session")
        w("Dynamic track: session start 96%, randomness 1%, lap gain 10, session transfer 80%", "dynamic_track_cfg")
        w("TCP server listening on port 9600", "tcp_listening")
        w("UDP server listening on port 9600", "udp_listening")
        w("HTTP server listening on port 8081", "http_listening")
        w("CALLING http://93.57.10.21/lobby.ashx/register?name=%5BACRL%5D+MX-5+Cup+Practice+%7C+Vallelunga+Club&port=9600&tcp_port=9600&max_clients=18&"
          "track=ks_vallelunga-club_circuit&cars=ks_mazda_mx5_cup&timeofday=-16&sessions=1,2,3&durations=30,15,12&password=0&version=202&pickup=1&autoclutch=1&"
          "abs=1&tc=1&stability=0&legal_tyres=SM&fixed_setup=0&timed=0&extra=0&pit=0&inverted=0", "lobby_calling")
        if g.r.random() < 0.15:
            w("ERROR - RESTARTING LOBBY REGISTRATION IN 60 SECONDS", "lobby_retry", "ERROR")
            w("CALLING http://93.57.10.21/lobby.ashx/register?name=%5BACRL%5D+MX-5+Cup+Practice+%7C+Vallelunga+Club&port=9600&tcp_port=9600&max_clients=18&"
              "track=ks_vallelunga-club_circuit&cars=ks_mazda_mx5_cup&timeofday=-16&sessions=1,2,3&durations=30,15,12&password=0&version=202&pickup=1&autoclutch=1&"
              "abs=1&tc=1&stability=0&legal_tyres=SM&fixed_setup=0&timed=0&extra=0&pit=0&inverted=0", "lobby_calling")
        w("Lobby registration successful", "lobby_ok")
        w("Server started", "server_started")
        st["on"] = {}
        st["sess"] = 0

    def info():
        w("PAGE: /INFO", "page_info")

    def join():
        free = [d for d in DRIVERS if d not in st["on"]]
        if not free:
            return info()
        d = g.c(free)
        ip = f"{g.ip('pub')}:{g.port()}"
        w(f"PAGE: /JSON|{st['guid'][d]}", "page_json")
        w(f"Serve JSON took {g.c([0, 0, 0, 1, 2])} ms", "serve_json")
        w(f"NEW PICKUP CONNECTION from  {ip}", "pickup_connection")
        w("VERSION 202", "version")
        w(d, "driver_name")
        w("REQUESTED CAR: ks_mazda_mx5_cup*", "requested_car")
        if len(st["on"]) >= 18 or g.r.random() < 0.02:
            w("NO AVAILABLE SLOTS FOR: ks_mazda_mx5_cup", "no_slots")
            return
        w("DRIVER ACCEPTED FOR CAR ks_mazda_mx5_cup", "driver_accepted")
        slot = min(set(range(18)) - set(st["on"].values()))
        st["on"][d] = slot
        w(f"DRIVER: {d} []", "driver")
        w(f"Looking for available slot by name for GUID {st['guid'][d]} ks_mazda_mx5_cup", "looking_for_slot")
        w(f"Slot found at index {slot}", "slot_found")
        w(f"Sending first leaderboard to car: ks_mazda_mx5_cup ({slot}) [{d} []]", "first_leaderboard")
        if g.r.random() < 0.03:
            w(f"Car {slot} failed checksum: content/cars/ks_mazda_mx5_cup/data.acd", "checksum_failed")
            w(f"KICKING: {d} [] (checksum)", "kicking")
            st["on"].pop(d)

    def lap():
        if not st["on"]:
            return join()
        d = g.c(sorted(st["on"]))
        w(f"LAP {d} 1:{g.num(47, 55)}:{g.num(0, 999):03d}", "lap")
        if g.r.random() < 0.12:
            w(f"{d} [] has {g.num(1, 4)} cuts in this lap", "cuts")

    def chat():
        if not st["on"]:
            return info()
        d = g.c(sorted(st["on"]))
        w(f"CHAT [{d}]: " + g.c(["gg", "sorry T2", "lag?", "brb", "nice race all", "who's up for the next one?", "my bad turn 1", "o7", "server restart after?"]),
          "chat")

    def leave():
        if not st["on"]:
            return info()
        d = g.c(sorted(st["on"]))
        st["on"].pop(d)
        if g.r.random() < 0.8:
            w(f"Clean exit, driver disconnected:  {d} []", "clean_exit")
        else:
            w(f"TCP connection lost for {d} [], removing car", "tcp_lost")

    def next_session():
        st["sess"] = (st["sess"] + 1) % 3
        name, typ, m, laps = SESS[st["sess"]]
        w("NextSession", "next_session")
        w(f"SESSION: {name}", "session_name")
        w(f"TYPE={typ}", "session_type")
        w(f"TIME={m}", "session_time")
        w(f"LAPS={laps}", "session_laps")
        w(f"DYNAMIC TRACK: grip {g.num(96, 100)}%", "dynamic_grip")
        if typ == "PRACTICE":
            w(f"RESULTS: results/2026_12_{g.num(1, 28)}_{g.num(19, 23)}_{g.num(0, 59)}_RACE.json", "results_written")

    def restart():
        w("Server shutdown requested", "shutdown_requested")
        w("Lobby: unregistering", "lobby_unregister")
        start()

    start()
    fill(L, [(30, info), (8, join), (30, lap), (3, chat), (7, leave), (2, next_session), (0.2, restart)], N_LINES)
    del L.rows[N_LINES:]
    return L


# 5 ---------------------------------------------------------------- GNU Autoconf's config.log: a small distribution's nightly from-source builder keeps the config.log of every package it
#   configures (GNU Wget, GNU tar, nano, htop, libxml2, GNU make) and concatenates them into the night's report; no time, no level: the header and
#   invocation, the Platform block, "configure:4514: checking for ...", the compiler command lines, "$? = 1", gcc's own output and errors with their
#   source quotes, "configure: failed program was:" with the program (confdefs.h and the test) quoted behind "| ", pkg-config's complaints, the
#   config.status run, and at the end the cache variables, output variables and confdefs.h dumps and "configure: exit 0"
@checked
def log_autoconf(seed):
    L = Log("autoconf_config_log", seed, None, True, False)
    g = L.g
    PKGS = [("GNU Wget", "wget", "1.25.0", "./configure --prefix=/usr --sysconfdir=/etc --with-ssl=openssl", "2.72", "src/config.h"),
            ("GNU tar", "tar", "1.35", "./configure --prefix=/usr", "2.71", "config.h"),
            ("GNU nano", "nano", "8.2", "./configure --prefix=/usr --sysconfdir=/etc --enable-utf8 --docdir=/usr/share/doc/nano-8.2", "2.72", "config.h"),
            ("htop", "htop", "3.3.0", "./configure --prefix=/usr --enable-unicode --enable-sensors", "2.71", "config.h"),
            ("libxml2", "libxml2", "2.13.5", "./configure --prefix=/usr --sysconfdir=/etc --disable-static --with-history", "2.72", "config.h"),
            ("GNU make", "make", "4.4.1", "./configure --prefix=/usr --without-guile", "2.71", "src/config.h")]
    HEADERS = ["stdio.h", "stdlib.h", "string.h", "inttypes.h", "stdint.h", "strings.h", "sys/stat.h", "sys/types.h", "unistd.h", "wchar.h", "minix/config.h",
               "sys/param.h", "sys/time.h", "sys/socket.h", "sys/select.h", "termios.h", "locale.h", "langinfo.h", "pwd.h", "libintl.h", "sys/ndir.h", "ndir.h",
               "sys/dir.h", "dirent.h", "utmp.h", "utmpx.h", "sys/sysmacros.h", "sys/mkdev.h", "crypt.h", "iconv.h", "sys/inttypes.h", "stdbool.h", "magic.h", "zstd.h"]
    MISSING = {"minix/config.h", "sys/ndir.h", "ndir.h", "sys/dir.h", "sys/mkdev.h", "sys/inttypes.h", "magic.h"}
    FUNCS = ["clock_gettime", "strndup", "getline", "mkostemp", "pipe2", "memrchr", "strchrnul", "getrandom", "sigaction", "timegm", "strlcpy", "futimens",
             "posix_fadvise", "secure_getenv", "explicit_bzero", "__fpending", "arc4random", "getprogname", "mempcpy", "strverscmp"]
    FMISSING = {"strlcpy", "arc4random", "getprogname"}
    PKGCONF = [("LIBPSL", "libpsl", True), ("ZLIB", "zlib", True), ("OPENSSL", "openssl", True), ("LIBIDN2", "libidn2", False), ("NCURSESW", "ncursesw", True),
               ("LIBNL3", "libnl-3.0 >= 3.4.0 libnl-genl-3.0 >= 3.4.0", False), ("ICU", "icu-i18n", False), ("LIBSENSORS", "libsensors", True),
               ("UUID", "uuid", True), ("PCRE2", "libpcre2-8", False)]
    DEFAULT_INC = ["#include <stddef.h>"] + sum([[f"#ifdef HAVE_{h.upper().replace('/', '_').replace('.', '_')}", f"# include <{h}>", "#endif"]
                                                  for h in ["stdio.h", "stdlib.h", "string.h", "inttypes.h", "stdint.h", "strings.h", "sys/types.h", "sys/stat.h", "unistd.h"]],
                                                 [])
    st = {"ln": 2800, "defs": []}

    def raw(text, ev, lv=None):
        L.emit(text, ev, lv)

    def ln(msg, ev):
        st["ln"] += g.num(5, 90)
        raw(f"configure:{st['ln']}: {msg}", ev)

    def define(name, val):
        st["defs"].append((name, val))

    def same_ln(msg, ev):
        raw(f"configure:{st['ln']}: {msg}", ev)

    def quoted(line):
        """A line of the failed program, quoted behind "| ", and its event (the kind of line)."""
        if line.startswith("#define "):
            return "| " + line, "cf_define"
        if line.startswith("#include <"):
            return "| " + line, "cf_include"
        if line.startswith("# include <"):
            return "| " + line, "cf_include_indented"
        if line.startswith("#ifdef "):
            return "| " + line, "cf_ifdef"
        if line == "":
            return "| ", "cf_blank"
        return "| " + line, "cf_line:" + line

    def failed(body, func=None):
        raw("configure: failed program was:", "failed_program_was")
        lines = ["/* confdefs.h */"] + [f"#define {n} {v}" for n, v in st["defs"]] + ["/* end confdefs.h.  */"] + body
        for x in lines:
            text, ev = quoted(x)
            if func and func in x and ev.startswith("cf_line:"):
                ev = "cf_line:" + x.replace(func, "%s")
            raw(text, ev)

    def cc(obj=True):
        ln("gcc -c -g -O2  conftest.c >&5" if obj else "gcc -o conftest -g -O2   conftest.c  >&5", "cmd_echo")

    def rc(n):
        same_ln(f"$? = {n}", "exit_status")

    def header(h):
        ln(f"checking for {h}", "checking")
        cc()
        if h in MISSING:
            n = 12 + 3 * 9 + len(st["defs"]) + 2
            raw(f"conftest.c:{n}:10: fatal error: {h}: No such file or directory", "gcc_no_such_file", "fatal error|fatal")
            raw(f"   {n} | #include <{h}>", "gcc_source_quote")
            raw("      |          " + "^" + "~" * (len(h) + 1), "gcc_caret")
            raw("compilation terminated.", "gcc_compilation_terminated")
            rc(1)
            failed(DEFAULT_INC + [f"#include <{h}>"])
            ln("result: no", "result")
        else:
            rc(0)
            ln("result: yes", "result")
            define("HAVE_" + h.upper().replace("/", "_").replace(".", "_"), 1)

    def func(f):
        ln(f"checking for {f}", "checking")
        cc(False)
        if f in FMISSING:
            raw(f"/usr/bin/ld: /tmp/cc{g.alnum(6, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}.o: in function `main':", "ld_in_function")
            raw(f"/tmp/{g.c(['conftest.c', 'conftest.c'])}:{60 + len(st['defs'])}:(.text.startup+0x{g.hx(1)}): undefined reference to `{f}'", "ld_undefined_ref")
            raw("collect2: error: ld returned 1 exit status", "collect2_error", "error")
            rc(1)
            failed([f"/* Define {f} to an innocuous variant, in case <limits.h> declares {f}.",
                    "   For example, HP-UX 11i <limits.h> declares gettimeofday.  */",
                    f"#define {f} innocuous_{f}", "",
                    "/* System header to define __stub macros and hopefully few prototypes,",
                    f"   which can conflict with char {f} (void); below.  */", "",
                    "#include <limits.h>", f"#undef {f}", "",
                    "/* Override any GCC internal prototype to avoid an error.",
                    "   Use char because int might match the return type of a GCC",
                    "   builtin and then its argument prototype would still apply.  */",
                    "#ifdef __cplusplus", "extern \"C\"", "#endif", f"char {f} (void);",
                    "/* The GNU C library defines this for functions which it implements",
                    "    to always fail with ENOSYS.  Some functions are actually named",
                    "    something starting with __ and the normal alias is an alias.  */",
                    f"#if defined __stub_{f} || defined __stub___{f}", "choke me", "#endif", "",
                    "int", "main (void)", "{", f"return {f} ();", "  ;", "  return 0;", "}"], func=f)
            ln("result: no", "result")
        else:
            rc(0)
            ln("result: yes", "result")
            define("HAVE_" + f.upper().lstrip("_"), 1)

    def pkgconf(var, mod, ok):
        ln(f"checking for {mod}", "checking")
        ln(f"$PKG_CONFIG --exists --print-errors \"{mod}\"", "pkgconfig_cmd")
        if ok:
            rc(0)
            ln(f"$PKG_CONFIG --exists --print-errors \"{mod}\"", "pkgconfig_cmd")
            rc(0)
            ln("result: yes", "result")
        else:
            m = mod.split()[0]
            raw(f"Package {m} was not found in the pkg-config search path.", "pkgconfig_not_found")
            raw(f"Perhaps you should add the directory containing `{m}.pc'", "pkgconfig_perhaps")
            raw("to the PKG_CONFIG_PATH environment variable", "pkgconfig_to_path")
            raw(f"Package '{m}', required by 'virtual:world', not found", "pkgconfig_required_by")
            rc(1)
            ln("result: no", "result")
            same_ln(f"{var}_PKG_ERRORS: Package '{m}', required by 'virtual:world', not found", "pkgconfig_errors_var")

    def tool(what, found, result):
        ln(f"checking {what}", "checking")
        if found:
            ln(f"found {found}", "found")
        ln(f"result: {result}", "result")

    def compiler():
        ln("checking for C compiler version", "checking")
        ln("gcc --version >&5", "cmd_echo")
        for text, ev in [("gcc (Debian 12.2.0-14) 12.2.0", "gcc_version_line"), ("Copyright (C) 2022 Free Software Foundation, Inc.", "gcc_copyright"),
                         ("This is free software; see the source for copying conditions.  There is NO", "gcc_free_software"),
                         ("warranty; not even for MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.", "gcc_warranty"), ("", "empty")]:
            raw(text, ev)
        rc(0)
        ln("gcc -v >&5", "cmd_echo")
        for text, ev in [("Using built-in specs.", "gcc_builtin_specs"), ("COLLECT_GCC=gcc", "gcc_collect_gcc"),
                         ("COLLECT_LTO_WRAPPER=/usr/libexec/gcc/x86_64-linux-gnu/12/lto-wrapper", "gcc_collect_lto"),
                         ("OFFLOAD_TARGET_NAMES=nvptx-none:amdgcn-amdhsa", "gcc_offload_names"), ("OFFLOAD_TARGET_DEFAULT=1", "gcc_offload_default"),
                         ("Target: x86_64-linux-gnu", "gcc_target"),
                         ("Configured with: ../src/configure -v --with-pkgversion='Debian 12.2.0-14' --with-bugurl=file:///usr/share/doc/gcc-12/README.Bugs "
                          "--enable-languages=c,ada,c++,go,d,fortran,objc,obj-c++,m2 --prefix=/usr --with-gcc-major-version-only --program-suffix=-12 --enable-shared "
                          "--enable-linker-build-id --libexecdir=/usr/libexec --without-included-gettext --enable-threads=posix --libdir=/usr/lib --enable-nls "
                          "--enable-clocale=gnu --enable-libstdcxx-debug --enable-libstdcxx-time=yes --with-default-libstdcxx-abi=new --enable-gnu-unique-object "
                          "--disable-vtable-verify --enable-plugin --enable-default-pie --with-system-zlib --enable-libphobos-checking=release "
                          "--with-target-system-zlib=auto --enable-objc-gc=auto --enable-multiarch --disable-werror --enable-cet --with-arch-32=i686 --with-abi=m64 "
                          "--with-multilib-list=m32,m64,mx32 --enable-multilib --with-tune=generic --enable-checking=release --build=x86_64-linux-gnu "
                          "--host=x86_64-linux-gnu --target=x86_64-linux-gnu", "gcc_configured_with"),
                         ("Thread model: posix", "gcc_thread_model"), ("Supported LTO compression algorithms: zlib zstd", "gcc_lto_algos"),
                         ("gcc version 12.2.0 (Debian 12.2.0-14) ", "gcc_version")]:
            raw(text, ev)
        rc(0)
        for opt, hint in [("-V", ""), ("-qversion", "; did you mean '--version'?"), ("-version", "; did you mean '--version'?")]:
            ln(f"gcc {opt} >&5", "cmd_echo")
            raw(f"gcc: error: unrecognized command-line option '{opt}'{hint}", "gcc_unrecognized_option", "error")
            raw("gcc: fatal error: no input files", "gcc_no_input_files", "fatal error|fatal")
            raw("compilation terminated.", "gcc_compilation_terminated")
            rc(1)
        ln("checking whether the C compiler works", "checking")
        ln("gcc    conftest.c  >&5", "cmd_echo")
        rc(0)
        ln("result: yes", "result")
        ln("checking for C compiler default output file name", "checking")
        ln("result: a.out", "result")
        ln("checking for suffix of executables", "checking")
        ln("gcc -o conftest    conftest.c  >&5", "cmd_echo")
        rc(0)
        ln("result: ", "result")
        ln("checking whether we are cross compiling", "checking")
        ln("result: no", "result")
        ln("checking for suffix of object files", "checking")
        ln("gcc -c   conftest.c >&5", "cmd_echo")
        rc(0)
        ln("result: o", "result")
        ln("checking whether the compiler supports GNU C", "checking")
        cc()
        rc(0)
        ln("result: yes", "result")
        ln("checking whether gcc accepts -g", "checking")
        ln("gcc -c -g  conftest.c >&5", "cmd_echo")
        rc(0)
        ln("result: yes", "result")
        ln("checking for gcc option to enable C11 features", "checking")
        cc()
        rc(0)
        ln("result: none needed", "result")

    def banner(title):
        rule = "## " + "-" * (len(title)) + " ##"
        raw(rule, "banner_rule")
        raw(f"## {title} ##", "banner:" + title)
        raw(rule, "banner_rule")
        raw("", "empty")

    def package(p):
        name, tarname, ver, inv, acver, cfgh = p
        st["defs"] = [("PACKAGE_NAME", f"\"{name}\""), ("PACKAGE_TARNAME", f"\"{tarname}\""), ("PACKAGE_VERSION", f"\"{ver}\""),
                      ("PACKAGE_STRING", f"\"{name} {ver}\""), ("PACKAGE_BUGREPORT", f"\"bug-{tarname}@gnu.org\""), ("PACKAGE_URL", f"\"https://www.gnu.org/software/{tarname}/\"")]
        st["ln"] = g.num(2000, 2900)
        raw("This file contains any messages produced by compilers while", "head_contains")
        raw("running configure, to aid debugging if configure makes a mistake.", "head_running")
        raw("", "empty")
        raw(f"It was created by {name} configure {ver}, which was", "head_created_by")
        raw(f"generated by GNU Autoconf {acver}.  Invocation command line was", "head_generated_by")
        raw("", "empty")
        raw(f"  $ {inv}", "head_invocation")
        raw("", "empty")
        banner("Platform.")
        for k, v in [("hostname", "build01"), ("uname -m", "x86_64"), ("uname -r", "6.1.0-28-amd64"), ("uname -s", "Linux"),
                     ("uname -v", "#1 SMP PREEMPT_DYNAMIC Debian 6.1.119-1 (2024-11-22)")]:
            raw(f"{k} = {v}", "platform:" + k)
        raw("", "empty")
        for k in ["/usr/bin/uname -p", "/bin/uname -X    "]:
            raw(f"{k} = unknown", "platform:" + k.strip())
        raw("", "empty")
        for k, v in [("/bin/arch             ", "x86_64"), ("/usr/bin/arch -k      ", "unknown"), ("/usr/convex/getsysinfo", "unknown"), ("/usr/bin/hostinfo     ", "unknown"),
                     ("/bin/machine          ", "unknown"), ("/usr/bin/oslevel      ", "unknown"), ("/bin/universe         ", "unknown")]:
            raw(f"{k} = {v}", "platform:" + k.strip())
        raw("", "empty")
        for d in ["/usr/local/sbin/", "/usr/local/bin/", "/usr/sbin/", "/usr/bin/", "/sbin/", "/bin/"]:
            raw(f"PATH: {d}", "path")
        raw("", "empty")
        raw("", "empty")
        banner("Core tests.")
        ln("looking for aux files: config.rpath ltmain.sh compile missing install-sh config.guess config.sub", "aux_looking")
        ln(" trying ./build-aux/", "aux_trying")
        for a in ["config.rpath", "ltmain.sh", "compile", "missing", "install-sh", "config.guess", "config.sub"]:
            ln(f"  ./build-aux/{a} found", "aux_found")
        tool("for a BSD-compatible install", None, "/usr/bin/install -c")
        tool("whether build environment is sane", None, "yes")
        tool("for a race-free mkdir -p", None, "/usr/bin/mkdir -p")
        tool("for gawk", "/usr/bin/gawk", "gawk")
        tool("whether make sets $(MAKE)", None, "yes")
        tool("whether make supports nested variables", None, "yes")
        tool("whether make supports the include directive", None, "yes (GNU style)")
        tool("for gcc", "/usr/bin/gcc", "gcc")
        compiler()
        tool("whether gcc understands -c and -o together", None, "yes")
        tool("dependency style of gcc", None, "gcc3")
        tool("build system type", None, "x86_64-pc-linux-gnu")
        tool("host system type", None, "x86_64-pc-linux-gnu")
        for h in HEADERS[:9]:
            header(h)
        tool("for pkg-config", "/usr/bin/pkg-config", "/usr/bin/pkg-config")
        tool("pkg-config is at least version 0.9.0", None, "yes")
        work = [("h", h) for h in g.r.sample(HEADERS[9:], g.num(12, 20))] + [("f", f) for f in g.r.sample(FUNCS, g.num(10, 16))] + \
               [("p", p) for p in g.r.sample(PKGCONF, g.num(3, 6))]
        g.r.shuffle(work)
        for kind, x in work:
            if kind == "h":
                header(x)
            elif kind == "f":
                func(x)
            else:
                pkgconf(*x)
        ln("creating ./config.status", "creating_config_status")
        raw("", "empty")
        banner("Running config.status.")
        raw(f"This file was extended by {name} config.status {ver}, which was", "cs_extended_by")
        raw(f"generated by GNU Autoconf {acver}.  Invocation command line was", "head_generated_by")
        raw("", "empty")
        for k in ["CONFIG_FILES   ", "CONFIG_HEADERS ", "CONFIG_LINKS   ", "CONFIG_COMMANDS"]:
            raw(f"  {k} = ", "cs_var:" + k.strip())
        raw("  $ ./config.status ", "cs_invocation")
        raw("", "empty")
        raw("on build01", "cs_on_host")
        raw("", "empty")
        n = g.num(1200, 1500)
        for f in ["Makefile", "src/Makefile", "doc/Makefile", "po/Makefile.in", "lib/Makefile", "tests/Makefile"][:g.num(3, 6)]:
            raw(f"config.status:{n}: creating {f}", "cs_creating")
        raw(f"config.status:{n}: creating {cfgh}", "cs_creating")
        raw(f"config.status:{n + 200}: executing depfiles commands", "cs_executing")
        raw(f"config.status:{n + 200}: executing po-directories commands", "cs_executing")
        raw("", "empty")
        banner("Cache variables.")
        cache = ["ac_cv_build=x86_64-pc-linux-gnu", "ac_cv_c_compiler_gnu=yes", "ac_cv_env_CC_set=", "ac_cv_env_CC_value=", "ac_cv_env_CFLAGS_set=",
                 "ac_cv_env_CFLAGS_value=", "ac_cv_env_PKG_CONFIG_set=", "ac_cv_host=x86_64-pc-linux-gnu", "ac_cv_objext=o", "ac_cv_path_install='/usr/bin/install -c'",
                 "ac_cv_path_mkdir=/usr/bin/mkdir", "ac_cv_prog_AWK=gawk", "ac_cv_prog_ac_ct_CC=gcc", "ac_cv_prog_cc_c11=", "ac_cv_prog_cc_g=yes",
                 "ac_cv_prog_make_make_set=yes", "am_cv_CC_dependencies_compiler_type=gcc3", "am_cv_make_support_nested_variables=yes",
                 "am_cv_prog_cc_c_o=yes"]
        cache += [f"ac_cv_header_{h.replace('/', '_').replace('.', '_')}={'no' if h in MISSING else 'yes'}" for h in HEADERS[:14]]
        cache += [f"ac_cv_func_{f}={'no' if f in FMISSING else 'yes'}" for f in FUNCS[:g.num(6, 14)]]
        cache += ["lt_cv_sys_max_cmd_len=1572864", "pkg_cv_ZLIB_CFLAGS=", "pkg_cv_ZLIB_LIBS=-lz"]
        for c in sorted(cache):
            raw(c, "cache_var")
        raw("", "empty")
        banner("Output variables.")
        outv = [("ACLOCAL", "${SHELL} '/build/src/%s-%s/build-aux/missing' aclocal-1.16" % (tarname, ver)), ("AMTAR", "$${TAR-tar}"), ("AWK", "gawk"), ("CC", "gcc"),
                ("CCDEPMODE", "depmode=gcc3"), ("CFLAGS", "-g -O2"), ("CPPFLAGS", ""), ("DEFS", "-DHAVE_CONFIG_H"), ("ECHO_C", ""), ("ECHO_N", "-n"), ("EXEEXT", ""),
                ("INSTALL_DATA", "${INSTALL} -m 644"), ("LDFLAGS", ""), ("LIBS", g.c(["", "-lz", "-lpsl -lssl -lcrypto -lz", "-lncursesw"])), ("OBJEXT", "o"),
                ("PACKAGE", tarname), ("PACKAGE_VERSION", ver), ("PKG_CONFIG", "/usr/bin/pkg-config"), ("SHELL", "/bin/bash"), ("VERSION", ver),
                ("bindir", "${exec_prefix}/bin"), ("build", "x86_64-pc-linux-gnu"), ("datadir", "${datarootdir}"), ("prefix", "/usr"), ("sysconfdir", "/etc")]
        for k, v in outv:
            raw(f"{k}='{v}'", "output_var")
        raw("", "empty")
        banner("confdefs.h.")
        raw("/* confdefs.h */", "confdefs_comment")
        for nm, v in st["defs"]:
            raw(f"#define {nm} {v}", "confdefs_define")
        raw("", "empty")
        raw("configure: exit 0", "configure_exit")

    order = g.r.sample(PKGS, len(PKGS))
    i = 0
    while len(L.rows) < N_LINES:
        package(order[i % len(order)])
        i += 1
    del L.rows[N_LINES:]
    return L


# 6 ---------------------------------------------------------------- balenaOS 5.3 on a Raspberry Pi 4 running a fleet's digital-signage release (services "player", "sync" and "kiosk"),
#   `journalctl -u balena-supervisor -u balena` as a support engineer saved it: "Dec 01 10:00:00 4f2a1c7 balena-supervisor[2345]: [info]    Reported
#   current state to the cloud" (the supervisor's bracketed, padded tags: [info], [debug], [warn], [error], [event], [api], [success]) and the engine's
#   logrus lines ("balenad[1234]: time=... level=info msg=..."); health checks, state reports, releases downloaded and services replaced, VPN and
#   connectivity trouble, the odd supervisor restart
@checked
def log_balena(seed):
    L = Log("balena_supervisor_journal", seed, "noyear", True, True)
    g = L.g
    HOST = "4f2a1c7"
    APP = 1987654
    SVCS = [("player", 3100201), ("sync", 3100202), ("kiosk", 3100203)]
    st = {"pid": g.num(1500, 4000), "epid": g.num(900, 1400), "rel": 2870000 + g.num(0, 9999), "commit": g.hx(32), "img": {}}

    def sv(tag, msg, ev, lv=None):
        ms_(L, 0, 300)
        L.emit(f"{jts(L.t)} {HOST} balena-supervisor[{st['pid']}]: {('[' + tag + ']'):<10}{msg}", ev, lv or tag, "balena-supervisor")

    def eng(lv, msg, extra, ev):
        ms_(L, 0, 200)
        t = L.t
        L.emit(f"{jts(t)} {HOST} balenad[{st['epid']}]: time=\"{t:%Y-%m-%dT%H:%M:%S}.{us6(t)}{g.num(100, 999)}Z\" level={lv} msg=\"{msg}\"{extra}", ev, lv, "balenad")

    def event(name, key, obj):
        sv("event", f"Event: {name} {json.dumps({key: obj}, separators=(',', ':'))}", "event:" + key)

    def svc_obj(s):
        return {"appId": APP, "serviceId": s[1], "serviceName": s[0], "commit": st["commit"], "releaseId": st["rel"]}

    def img_obj(s):
        return {"name": f"registry2.balena-cloud.com/v2/{g.hx(32)}@sha256:{g.hx(64)}", "appId": APP, "serviceId": s[1], "serviceName": s[0],
                "imageId": 5500000 + g.num(0, 99999), "releaseId": st["rel"], "commit": st["commit"], "dependent": 0}

    def healthy():
        sv("api", f"GET /v1/healthy 200 - {g.f(0.5, 9)} ms", "api_request")

    def report():
        sv("info", "Reported current state to the cloud", "reported_state")

    def flush():
        sv("debug", "Attempting container log timestamp flush...", "flush_attempt")
        sv("debug", "Container log timestamp flush complete", "flush_complete")

    def api_other():
        sv("api", f"{g.c(['GET /v2/state/status', 'GET /v2/applications/state', 'GET /v1/device', 'POST /v1/restart', 'GET /v2/version'])} "
                  f"{g.c([200, 200, 200, 401])} - {g.f(1, 80)} ms", "api_request")

    def update():
        st["rel"] += g.num(1, 40)
        st["commit"] = g.hx(32)
        sv("info", "Applying target state", "applying_target")
        changed = g.r.sample(SVCS, g.num(1, 3))
        for s in changed:
            event("Image download", "image", img_obj(s))
        for s in changed:
            secs(L, 5, 120)
            if g.r.random() < 0.05:
                sv("error", f"Failed to download image 'registry2.balena-cloud.com/v2/{g.hx(32)}@sha256:{g.hx(64)}' due to 'failed to register layer: "
                            "Error processing tar file(exit status 1): write /usr/lib/python3.11/site-packages/numpy/core/_multiarray_umath.so: no space left on device'",
                   "download_failed")
                sv("info", "Retrying target state apply in 30000 ms", "retrying_apply")
                return
            event("Image downloaded", "image", img_obj(s))
        for s in changed:
            event("Service kill", "service", svc_obj(s))
            eng("info", "ignoring event", f" container={g.hx(64)} module=libcontainerd namespace=moby topic=/tasks/delete type=\"*events.TaskDelete\"", "eng_ignoring_event")
            eng("info", "shim disconnected", f" id={g.hx(64)} namespace=moby", "eng_shim_disconnected")
            eng("info", "cleaning up after shim disconnected", f" id={g.hx(64)} namespace=moby", "eng_cleaning_up")
            event("Service exit", "service", svc_obj(s))
            event("Service install", "service", svc_obj(s))
            event("Service installed", "service", svc_obj(s))
            event("Service start", "service", svc_obj(s))
            eng("info", "loading plugin \\\"io.containerd.event.v1.publisher\\\"...", " runtime=io.containerd.runc.v2 type=io.containerd.event.v1", "eng_loading_plugin")
            event("Service started", "service", svc_obj(s))
        for s in changed:
            event("Image removal", "image", img_obj(s))
            event("Image removed", "image", img_obj(s))
        sv("success", "Device state apply success", "apply_success")
        sv("debug", "Finished applying target state", "finished_applying")
        report()

    def vpn():
        if g.r.random() < 0.5:
            sv("info", "VPN connection is not active.", "vpn_not_active")
            secs(L, 5, 120)
            sv("info", "VPN connection is active.", "vpn_active")
        else:
            sv("info", "Waiting for connectivity...", "waiting_connectivity")
            sv("info", "Internet Connectivity: NOT OK", "connectivity_not_ok")
            sv("error", f"Non-200 response from the API! Status code: {g.c([503, 504, 502])} - message: " + g.c(["Service Unavailable", "Gateway Timeout", "Bad Gateway"]),
               "non200_response")
            sv("warn", "Failed to report current state: Error: getaddrinfo EAI_AGAIN api.balena-cloud.com", "report_failed")
            sv("info", f"Retrying current state report in {g.c([15, 30, 60, 120])} seconds", "retrying_report")
            secs(L, 20, 300)
            sv("info", "Internet Connectivity: OK", "connectivity_ok")
            report()

    def logerr():
        sv("error", "LogBackend: unexpected error: Error: " + g.c(["read ECONNRESET", "socket hang up", "Client network socket disconnected before secure TLS connection was established"]),
           "logbackend_error")
        sv("info", "Retrying in 5000ms", "logbackend_retry") if g.r.random() < 0.5 else None

    def eng_misc():
        x = g.r.random()
        if x < 0.5:
            eng("warning", "Health check for container " + g.hx(64) + " error: context deadline exceeded", "", "eng_health_deadline")
        elif x < 0.8:
            eng("error", "Handler for GET /v1.41/containers/" + g.hx(64) + "/json returned error: No such container: " + g.hx(64), "", "eng_no_such_container")
        else:
            eng("info", "Container failed to exit within 10s of signal 15 - using the force", f" container={g.hx(64)}", "eng_force_kill")

    def restart():
        st["pid"] = g.num(1500, 30000)
        sv("info", f"Supervisor v16.{g.num(3, 8)}.{g.num(0, 12)} starting up...", "starting_up")
        sv("info", "Setting host to discoverable", "discoverable")
        sv("warn", "Invalid firewall mode: . Reverting to state: off", "invalid_firewall")
        sv("info", "Applying firewall mode: off", "applying_firewall")
        sv("debug", "Starting systemd unit: avahi-daemon.service", "starting_unit")
        sv("debug", "Starting systemd unit: avahi-daemon.socket", "starting_unit")
        sv("debug", "Starting logging infrastructure", "starting_logging")
        sv("info", "Starting firewall", "starting_firewall")
        sv("debug", "Performing database cleanup for container log timestamps", "db_cleanup")
        sv("success", "Firewall mode applied", "firewall_applied")
        sv("debug", "Starting api binder", "starting_api_binder")
        sv("debug", "Spawning journald with: chroot  /mnt/root journalctl -a --follow -o json _SYSTEMD_UNIT=balena.service", "spawning_journald")
        sv("info", "API Binder bound to: https://api.balena-cloud.com/v6/", "api_binder_bound")
        sv("event", "Event: Supervisor start {}", "event:{}")
        sv("debug", "Connectivity check enabled: true", "connectivity_check")
        sv("debug", "Starting periodic check for IP addresses", "periodic_ip")
        sv("info", "Reporting initial state, supervisor version and API info", "reporting_initial")
        sv("debug", "VPN status path exists.", "vpn_status_path")
        sv("info", "Applying target state", "applying_target")
        sv("info", "Starting API server", "starting_api")
        sv("info", "Supervisor API successfully started on port 48484", "api_started")
        sv("debug", "Ensuring device is provisioned", "ensuring_provisioned")
        sv("info", "Internet Connectivity: OK", "connectivity_ok")
        sv("success", "Device state apply success", "apply_success")
        sv("debug", "Finished applying target state", "finished_applying")
        report()

    restart()
    ev = [(40, healthy), (22, report), (6, flush), (8, api_other), (1.2, update), (1.5, vpn), (1.5, logerr), (2.5, eng_misc), (0.2, restart)]
    fill(L, ev, N_LINES, 120)
    del L.rows[N_LINES:]
    return L


# 7 ---------------------------------------------------------------- BWA-MEM 0.7.18 and samtools 1.21 in a public-health lab's tuberculosis surveillance pipeline: a SLURM array job maps
#   each isolate's MiSeq reads to H37Rv (`bwa mem -t 16 ... | samtools sort`, then `samtools flagstat`), the jobs' .out files concatenated; the
#   script's own "Tue Dec  1 10:00:00 UTC 2026 [align.sh] ..." lines (the only lines with a time), bwa's "[M::mem_pe] ..." messages with their
#   function and "[main]" summary, samtools' "[bam_sort_core]" merge note, flagstat's report, and the odd truncated FASTQ pair making bwa stop
@checked
def log_bwa(seed):
    L = Log("bwa_mem_slurm_out", seed, "full", True, True)
    g = L.g
    st = {"s": g.num(100, 400)}

    def sh(msg, ev):
        secs(L, 0, 2)
        L.emit(f"{date_utc(L.t)} [align.sh] {msg}", ev, None, "align.sh")

    def m(lv, fn, msg, ev):
        L.emit(f"[{lv}::{fn}] {msg}", ev, lv, fn, None)

    def raw(text, ev, comp=None):
        L.emit(text, ev, None, comp, None)

    def pe_orient(o, enough, main):
        m("M", "mem_pe", f"analyzing insert size distribution for orientation {o}...", "pe_analyzing")
        if main:
            p25, p50, p75 = g.num(180, 260), g.num(270, 360), g.num(380, 480)
        else:
            p25, p50, p75 = g.num(50, 900), g.num(900, 4000), g.num(4000, 9000)
        lo, hi = max(1, p25 - 2 * (p75 - p25)), p75 + 2 * (p75 - p25)
        m("M", "mem_pe", f"(25, 50, 75) percentile: ({p25}, {p50}, {p75})", "pe_percentile")
        m("M", "mem_pe", f"low and high boundaries for computing mean and std.dev: ({lo}, {hi})", "pe_boundaries_mean")
        m("M", "mem_pe", f"mean and std.dev: ({g.f(p25, p75, 2)}, {g.f(40, 3000 if not main else 120, 2)})", "pe_mean_std")
        m("M", "mem_pe", f"low and high boundaries for proper pairs: ({max(1, lo - 100)}, {hi + (p75 - p25)})", "pe_boundaries_proper")

    def batch(nreads):
        m("M", "process", f"read {nreads} sequences ({nreads * g.num(140, 151)} bp)...", "process_read")
        m("M", "process", f"0 single-end sequences; {nreads} paired-end sequences", "process_se_pe")
        cand = [g.num(0, 60), g.num(nreads // 5, nreads // 2), g.num(0, 40), g.num(0, 60)]
        m("M", "mem_pe", f"# candidate unique pairs for (FF, FR, RF, RR): ({cand[0]}, {cand[1]}, {cand[2]}, {cand[3]})", "pe_candidates")
        skip = []
        for o, c in zip(["FF", "FR", "RF", "RR"], cand):
            if c < 10:
                m("M", "mem_pe", f"skip orientation {o} as there are not enough pairs", "pe_skip_few")
                continue
            pe_orient(o, True, o == "FR")
            if o != "FR":
                skip.append(o)
        for o in skip:
            m("M", "mem_pe", f"skip orientation {o}", "pe_skip")
        m("M", "mem_process_seqs", f"Processed {nreads} reads in {g.f(60, 200)} CPU sec, {g.f(4, 14)} real sec", "processed_reads")

    def flagstat(total):
        sup = g.num(500, 9000)
        tot = total + sup
        mapped = int(tot * g.r.uniform(0.90, 0.995))
        pm = mapped - sup
        pp = int(total * g.r.uniform(0.85, 0.98))
        sing = g.num(500, 20000)
        both = pm - sing
        rows = [(f"{tot} + 0 in total (QC-passed reads + QC-failed reads)", "fs_total"), (f"{total} + 0 primary", "fs_primary"),
                ("0 + 0 secondary", "fs_secondary"), (f"{sup} + 0 supplementary", "fs_supplementary"), ("0 + 0 duplicates", "fs_duplicates"),
                ("0 + 0 primary duplicates", "fs_primary_duplicates"), (f"{mapped} + 0 mapped ({100 * mapped / tot:.2f}% : N/A)", "fs_mapped"),
                (f"{pm} + 0 primary mapped ({100 * pm / total:.2f}% : N/A)", "fs_primary_mapped"), (f"{total} + 0 paired in sequencing", "fs_paired"),
                (f"{total // 2} + 0 read1", "fs_read1"), (f"{total // 2} + 0 read2", "fs_read2"),
                (f"{pp} + 0 properly paired ({100 * pp / total:.2f}% : N/A)", "fs_properly_paired"), (f"{both} + 0 with itself and mate mapped", "fs_both_mapped"),
                (f"{sing} + 0 singletons ({100 * sing / total:.2f}% : N/A)", "fs_singletons"), ("0 + 0 with mate mapped to a different chr", "fs_diff_chr"),
                ("0 + 0 with mate mapped to a different chr (mapQ>=5)", "fs_diff_chr_q5")]
        for text, ev in rows:
            raw(text, ev)

    def sample():
        st["s"] += 1
        sid = f"TB26-{st['s']:04d}"
        run = g.c(["M04512_0231", "M04512_0232", "M04512_0235", "M06611_0119"])
        L.t += dt.timedelta(seconds=g.num(30, 2400))
        sh(f"{sid}: started on {g.c(['cn031', 'cn032', 'cn047', 'cn048'])} (job {g.num(8800000, 8899999)}_{st['s'] % 96}, 16 cpus)", "sh_started")
        sh(f"{sid}: bwa mem -> {sid}.sorted.bam", "sh_bwa")
        m("M", "bwa_idx_load_from_disk", "read 0 ALT contigs", "idx_alt_contigs")
        total = 0
        broken = g.r.random() < 0.08
        for b in range(g.num(1, 4)):
            n = g.num(600000, 1100000) // 2 * 2
            if broken and b == 1:
                m("W", "bseq_read", "the 2nd file has fewer sequences.", "bseq_fewer")
                m("M", "process", f"read {n} sequences ({n * 150} bp)...", "process_read")
                raw(f"[mem_sam_pe] paired reads have different names: \"{run}:000000000-{g.HX(5)}:1:{g.num(1101, 2119)}:{g.num(1000, 29000)}:{g.num(1000, 29000)}\", "
                    f"\"{run}:000000000-{g.HX(5)}:1:{g.num(1101, 2119)}:{g.num(1000, 29000)}:{g.num(1000, 29000)}\"", "mem_sam_pe_names", "mem_sam_pe")
                raw("", "empty")
                raw("samtools sort: failed to read header from \"-\"", "sort_failed_header")
                sh(f"{sid}: FAILED (bwa exit 1, samtools exit 1), see fastq/{sid}_R2.fastq.gz", "sh_failed")
                return
            total += n
            batch(n)
        m("M", "mem_process_seqs", f"Processed {g.num(1000, 300000) // 2 * 2} reads in {g.f(10, 60)} CPU sec, {g.f(1, 5)} real sec", "processed_reads") \
            if g.r.random() < 0.3 else None
        raw("[main] Version: 0.7.18-r1243-dirty", "main_version", "main")
        raw(f"[main] CMD: bwa mem -t 16 -R @RG\\tID:{sid}\\tSM:{sid}\\tPL:ILLUMINA\\tPU:{run} ref/H37Rv.fasta fastq/{sid}_R1.fastq.gz fastq/{sid}_R2.fastq.gz",
            "main_cmd", "main")
        raw(f"[main] Real time: {g.f(20, 90)} sec; CPU: {g.f(300, 1200)} sec", "main_real_time", "main")
        if total > 2500000:
            raw(f"[bam_sort_core] merging from {g.num(1, 4)} files and 16 in-memory blocks...", "bam_sort_merging", "bam_sort_core")
        secs(L, 20, 90)
        sh(f"{sid}: samtools index", "sh_index")
        sh(f"{sid}: samtools flagstat", "sh_flagstat")
        flagstat(total)
        if g.r.random() < 0.1:
            sh(f"{sid}: WARNING low mapping rate, flagged for review", "sh_low_mapping")
        sh(f"{sid}: done in {g.num(40, 200)}s", "sh_done")

    fill(L, [(1, sample)], N_LINES, 30)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 8 ---------------------------------------------------------------- cardano-node 8.9 (Haskell, the legacy iohk-monitoring tracers, text scribe to a file) as a mainnet relay of a
#   stake pool: "[relay-1:cardano.node.ChainDB:Notice:37] [2026-12-01 10:00:00.12 UTC] Chain extended, new tip: ... at slot 142000000"; the
#   host, the tracer's name, the severity and the thread, then the time; chain extensions, fetched blocks, mempool traces (Aeson objects printed
#   with Haskell's show: fromList [("kind",String "TraceMempoolAddedTx"),...]), resource samples, connection counters, peer selection, ledger
#   snapshots, the error policy suspending peers, a restart with the start-up information and the ledger replay
@checked
def log_cardano(seed):
    L = Log("cardano_node_log", seed, "full", True, True)
    g = L.g
    st = {"slot0": 142000000 + g.num(0, 99999), "tip": g.hx(64), "snap": 0, "mp": 0}
    st["slot"] = st["slot0"]
    L0 = L.t
    TH = {"chain": 37, "mempool": 58, "fetch": 96, "res": 23, "cm": 112, "ps": 104, "err": 48, "main": 5}

    def w(tracer, sev, th, msg, ev):
        ms_(L, 0, 60)
        L.emit(f"[relay-1:cardano.node.{tracer}:{sev}:{th}] [{L.t:%Y-%m-%d %H:%M:%S}.{L.t.microsecond // 10000:02d} UTC] {msg}", ev, sev, f"cardano.node.{tracer}")

    def num(x):
        return f"Number {x}" if isinstance(x, str) else (f"Number {x:.1f}" if x < 1e7 else f"Number {x:.6e}".replace("e+0", "e").replace("e+", "e"))

    def peer(ip=None):
        ip = ip or g.ip("pub")
        return (f"(\"peer\",Object (fromList [(\"local\",Object (fromList [(\"addr\",String \"10.10.0.5\"),(\"port\",String \"3001\")])),"
                f"(\"remote\",Object (fromList [(\"addr\",String \"{ip}\"),(\"port\",String \"{g.c(['3001', '6000', '3000', '4001'])}\")]))]))")

    def advance():
        st["slot"] = st["slot0"] + int((L.t - L0).total_seconds())
        st["tip"] = g.hx(64)

    def block():
        advance()
        w("BlockFetchClient", "Info", TH["fetch"], f"fromList [(\"block\",String \"{st['tip']}\"),(\"delay\",Number {g.f(0.05, 3.5, 6)}),"
          f"(\"kind\",String \"CompletedBlockFetch\"),{peer()},(\"size\",{num(float(g.num(800, 88000)))})]", "completed_block_fetch")
        if g.r.random() < 0.02:
            w("ChainDB", "Notice", TH["chain"], f"Switched to a fork, new tip: {st['tip']} at slot {st['slot']}", "switched_fork")
        else:
            w("ChainDB", "Notice", TH["chain"], f"Chain extended, new tip: {st['tip']} at slot {st['slot']}", "chain_extended")
        n = g.num(0, 40)
        if n and g.r.random() < 0.7:
            st["mp"] = max(0, st["mp"] - n)
            txs = ",".join(f"Object (fromList [(\"txid\",String \"{g.hx(64)}\")])" for _ in range(min(n, 3)))
            w("Mempool", "Info", TH["mempool"], f"fromList [(\"kind\",String \"TraceMempoolRemoveTxs\"),(\"mempoolSize\",Object (fromList [(\"bytes\","
              f"{num(float(st['mp'] * g.num(300, 900)))}),(\"numTxs\",{num(float(st['mp']))})])),(\"txs\",Array [{txs}])]", "mempool_remove")

    def tx():
        st["mp"] += 1
        if g.r.random() < 0.08:
            w("Mempool", "Info", TH["mempool"], f"fromList [(\"err\",Object (fromList [(\"badInputs\",Array [Array [String \"{g.hx(64)}\",Number "
              f"{g.num(0, 4)}.0]]),(\"kind\",String \"BadInputsUTxO\")])),(\"kind\",String \"TraceMempoolRejectedTx\"),(\"mempoolSize\",Object (fromList [(\"bytes\","
              f"{num(float(st['mp'] * 500))}),(\"numTxs\",{num(float(st['mp']))})])),(\"tx\",Object (fromList [(\"txid\",String \"{g.hx(64)}\")]))]", "mempool_rejected")
            return
        w("Mempool", "Info", TH["mempool"], f"fromList [(\"kind\",String \"TraceMempoolAddedTx\"),(\"mempoolSize\",Object (fromList [(\"bytes\","
          f"{num(float(st['mp'] * g.num(300, 900)))}),(\"numTxs\",{num(float(st['mp']))})])),(\"tx\",Object (fromList [(\"txid\",String \"{g.hx(64)}\")]))]",
          "mempool_added")

    def resources():
        w("resources", "Info", TH["res"], f"fromList [(\"Alloc\",{num(float(g.num(10 ** 11, 9 * 10 ** 12)))}),(\"CentiBlkIO\",Number 0.0),(\"CentiCpu\","
          f"{num(float(g.num(10 ** 5, 10 ** 7)))}),(\"CentiGC\",{num(float(g.num(10 ** 4, 10 ** 6)))}),(\"CentiMut\",{num(float(g.num(10 ** 5, 10 ** 7)))}),"
          f"(\"FsRd\",Number 0.0),(\"FsWr\",{num(float(g.num(10 ** 6, 10 ** 9)))}),(\"GcsMajor\",{num(float(g.num(100, 900)))}),(\"GcsMinor\","
          f"{num(float(g.num(10000, 90000)))}),(\"Heap\",{num(float(g.num(8 * 10 ** 9, 14 * 10 ** 9)))}),(\"Live\",{num(float(g.num(5 * 10 ** 9, 8 * 10 ** 9)))}),"
          f"(\"NetRd\",Number 0.0),(\"NetWr\",Number 0.0),(\"RSS\",{num(float(g.num(9 * 10 ** 9, 15 * 10 ** 9)))}),(\"Threads\",{num(float(g.num(18, 30)))})]",
          "resources")

    def counters():
        d, fd, i, o, u = g.num(10, 30), g.num(0, 8), g.num(20, 60), g.num(30, 60), g.num(20, 50)
        w("ConnectionManager", "Info", TH["cm"], f"fromList [(\"kind\",String \"ConnectionManagerCounters\"),(\"state\",Object (fromList [(\"duplexConns\","
          f"{num(float(d))}),(\"fullDuplexConns\",{num(float(fd))}),(\"inboundConns\",{num(float(i))}),(\"outboundConns\",{num(float(o))}),"
          f"(\"unidirectionalConns\",{num(float(u))})]))]", "cm_counters")
        if g.r.random() < 0.5:
            w("InboundGovernor", "Info", TH["cm"] + 1, f"fromList [(\"coldPeers\",{num(float(g.num(0, 9)))}),(\"hotPeers\",{num(float(g.num(5, 40)))}),"
              f"(\"idlePeers\",{num(float(g.num(0, 9)))}),(\"kind\",String \"InboundGovernorCounters\"),(\"warmPeers\",{num(float(g.num(0, 20)))})]", "ig_counters")

    def peers():
        ips = ",".join(f"String \"{g.ip('pub')}:{g.c([3001, 6000, 3000])}\"" for _ in range(g.num(1, 3)))
        kind = g.c(["PromoteColdPeers", "PromoteWarmPeers", "DemoteHotPeers"])
        tgt, act = {"PromoteColdPeers": ("targetEstablished", "numEstablished"), "PromoteWarmPeers": ("targetActive", "numActive"),
                    "DemoteHotPeers": ("targetActive", "numActive")}[kind]
        w("PeerSelection", "Info", TH["ps"], f"fromList [(\"kind\",String \"{kind}\"),(\"{act}\",{num(float(g.num(10, 40)))}),(\"selectedPeers\",Array [{ips}]),"
          f"(\"{tgt}\",{num(float(g.c([20, 40])))})]", "peer_selection:" + kind)

    def errpol():
        ip = g.ip("pub")
        w("ErrorPolicy", "Warning", TH["err"], f"IP {ip}:{g.c([3001, 6000])} ErrorPolicySuspendPeer (Just (ApplicationExceptionTrace (MuxError MuxBearerClosed "
          f"\"<socket: {g.num(20, 90)}> closed when reading data, waiting on next header True\"))) {g.c([20, 200])}s {g.c([20, 200])}s", "errpol_suspend")

    def snapshot():
        st["snap"] += 1
        w("ChainDB", "Info", TH["chain"], f"Took ledger snapshot DiskSnapshot {{dsNumber = {st['slot']}, dsSuffix = Nothing}} at {st['tip']} at slot {st['slot']}",
          "took_snapshot")
        w("ChainDB", "Info", TH["chain"], f"Deleted old snapshot DiskSnapshot {{dsNumber = {st['slot'] - g.num(4000, 8000)}, dsSuffix = Nothing}}", "deleted_snapshot")

    def restart():
        w("ChainDB", "Info", TH["chain"], f"Closed db with immutable tip at {g.hx(64)} at slot {st['slot'] - 2160} and tip {st['tip']} at slot {st['slot']}", "closed_db")
        L.t += dt.timedelta(seconds=g.num(20, 200))
        info = [("networkMagic", "NetworkMagic {unNetworkMagic = 764824073}"), ("basicInfo.protocol", "Byron; Shelley"),
                ("basicInfo.version", "8.9.4"), ("basicInfo.commit", "1f2c3d4e5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d"),
                ("basicInfo.nodeStartTime", f"{L.t:%Y-%m-%d %H:%M:%S}.{us6(L.t)} UTC"), ("basicInfo.systemStartTime", "2017-09-23 21:44:51 UTC"),
                ("basicInfo.slotLengthByron", "20s"), ("basicInfo.epochLengthByron", "21600"), ("basicInfo.slotLengthShelley", "1s"),
                ("basicInfo.epochLengthShelley", "432000"), ("basicInfo.slotsPerKESPeriodShelley", "129600"),
                ("addresses", "[SocketInfo 0.0.0.0:3001,SocketInfo [::]:3001]"), ("diffusion-mode", "InitiatorAndResponderDiffusionMode"),
                ("dns-producers", "[]"), ("ip-producers", "IPSubscriptionTarget {ispIps = [], ispValency = 0}")]
        for k, v in info:
            w(k, "Notice", TH["main"], v, "startup:" + k)
        w("ChainDB", "Info", TH["chain"], "Started opening Immutable DB", "opening_imm")
        for c in range(g.num(2, 4)):
            ch = 3300 + g.num(0, 99)
            w("ChainDB", "Info", TH["chain"], f"Validating chunk no. {ch} out of {ch + 2}. Progress: {g.f(97, 99.99, 2)}%", "validating_chunk")
        w("ChainDB", "Info", TH["chain"], f"Opened imm db with immutable tip at {g.hx(64)} at slot {st['slot'] - 2160} and chunk {g.num(3300, 3399)}", "opened_imm")
        w("ChainDB", "Info", TH["chain"], "Started opening Volatile DB", "opening_vol")
        w("ChainDB", "Info", TH["chain"], "Opened vol db", "opened_vol")
        w("ChainDB", "Info", TH["chain"], "Started opening Ledger DB", "opening_lgr")
        w("ChainDB", "Info", TH["chain"], f"Replaying ledger from snapshot DiskSnapshot {{dsNumber = {st['slot'] - 6000}, dsSuffix = Nothing}} at {g.hx(64)} at slot "
          f"{st['slot'] - 6000}", "replaying_ledger")
        for i in range(g.num(2, 5)):
            secs(L, 5, 40)
            w("ChainDB", "Info", TH["chain"], f"Replayed block: slot {st['slot'] - 6000 + 1500 * (i + 1)} out of {st['slot']}. Progress: {g.f(10, 99, 2)}%",
              "replayed_block")
        w("ChainDB", "Info", TH["chain"], "Opened lgr db", "opened_lgr")
        w("ChainDB", "Info", TH["chain"], f"Opened db with immutable tip at {g.hx(64)} at slot {st['slot'] - 2160} and tip {st['tip']} at slot {st['slot']}",
          "opened_db")
        st["mp"] = 0

    ev = [(22, block), (40, tx), (6, resources), (5, counters), (3, peers), (1.5, errpol), (0.5, snapshot), (0.05, restart)]
    fill(L, ev, N_LINES, 5)
    del L.rows[N_LINES:]
    return L


# 9 ---------------------------------------------------------------- Craft CMS 3.9 (PHP 8.0, Yii 2's FileTarget) behind nginx for a regional tourism board's website,
#   storage/logs/web.log: "2026-12-01 10:00:00 [203.0.113.5][-][-][error][yii\web\HttpException:404] yii\web\NotFoundHttpException: Template not found:
#   wp-login.php in /var/www/html/vendor/craftcms/cms/src/controllers/TemplatesController.php:89" with its "Stack trace:" and "#0 ..." frames, then the
#   request's $_GET, $_COOKIE, $_SESSION and $_SERVER dumped at info level in the "application" category, one line per key; bots' 404s, expired
#   CSRF tokens, failed logins, the odd lost database connection and image transform failure, deprecation warnings
@checked
def log_craft(seed):
    L = Log("craftcms_web_log", seed, "full", True, True)
    g = L.g
    ROOT = "/var/www/html"
    BOT_PATHS = ["wp-login.php", "xmlrpc.php", ".env", "wp-admin/setup-config.php", "phpmyadmin/index.php", ".git/config", "admin/config.php", "wp-content/plugins/x.php",
                 "cgi-bin/luci", "owa/auth/logon.aspx", "vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php", "favicon.png", "apple-touch-icon-precomposed.png"]
    PAGES = ["de/erleben/wandern", "en/stay/hotels", "de/veranstaltungen", "en/events/christmas-market-2026", "de/orte/seeblick", "en/plan/getting-here"]
    UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
           "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)", "python-requests/2.32.3",
           "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
           "Mozilla/5.0 zgrab/0.x"]

    def head(ip, uid, sid, lv, cat, msg, ev):
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S} [{ip}][{uid}][{sid}][{lv}][{cat}] {msg}", ev, lv, cat)

    def cont(text, ev, lv, cat):
        L.emit(text, ev, lv, cat)

    def frames(lv, cat, fr):
        cont("Stack trace:", "stack_trace", lv, cat)
        for i, f in enumerate(fr):
            cont(f"#{i} {f}", "php_frame", lv, cat)
        cont(f"#{len(fr)} {{main}}", "php_frame_main", lv, cat)

    WEB_FRAMES = [f"{ROOT}/vendor/yiisoft/yii2/base/InlineAction.php(57): craft\\controllers\\TemplatesController->actionRender('{{p}}', Array)",
                  f"{ROOT}/vendor/yiisoft/yii2/base/InlineAction.php(57): call_user_func_array(Array, Array)",
                  f"{ROOT}/vendor/yiisoft/yii2/base/Controller.php(178): yii\\base\\InlineAction->runWithParams(Array)",
                  f"{ROOT}/vendor/yiisoft/yii2/base/Module.php(552): yii\\base\\Controller->runAction('render', Array)",
                  f"{ROOT}/vendor/craftcms/cms/src/web/Application.php(293): yii\\base\\Module->runAction('templates/render', Array)",
                  f"{ROOT}/vendor/craftcms/cms/src/web/Application.php(607): craft\\web\\Application->runAction('templates/render', Array)",
                  f"{ROOT}/vendor/craftcms/cms/src/web/Application.php(272): craft\\web\\Application->_processActionRequest(Object(craft\\web\\Request))",
                  f"{ROOT}/vendor/yiisoft/yii2/base/Application.php(384): craft\\web\\Application->handleRequest(Object(craft\\web\\Request))",
                  f"{ROOT}/web/index.php(12): yii\\base\\Application->run()"]

    def context(ip, uid, sid, req):
        path, method, ua, get, logged = req
        cat = "application"
        first = True

        def var(name, items):
            nonlocal first
            if first:
                head(ip, uid, sid, "info", cat, f"${name} = [", "ctx_head:" + name)
                first = False
            else:
                cont(f"${name} = [", "ctx_head:" + name, "info", cat)
            for k, v in items:
                cont(f"    '{k}' => {v}", f"ctx_key:{name}:{k}", "info", cat)
            cont("]", "ctx_close", "info", cat)

        if get:
            var("_GET", [("p", f"'{path}'")] + ([("token", f"'{g.alnum(20)}'")] if g.r.random() < 0.1 else []))
            cont("", "empty", "info", cat)
        cookies = [("CRAFT_CSRF_TOKEN", f"'{g.hx(64)}'"), ("CraftSessionId", f"'{g.alnum(26)}'")]
        if logged:
            cookies.append(("1031b8c41dfff97a311a7ac99863bdc5_username", f"'{g.hx(40)}'"))
        if g.r.random() < 0.4:
            cookies.append(("_ga", f"'GA1.1.{g.num(10 ** 8, 10 ** 9)}.{int(epoch(L.t)) - g.num(0, 10 ** 7)}'"))
        var("_COOKIE", cookies)
        cont("", "empty", "info", cat)
        if logged:
            var("_SESSION", [("1031b8c41dfff97a311a7ac99863bdc5__id", str(uid)), ("1031b8c41dfff97a311a7ac99863bdc5__flash", "[]"),
                             ("__csrf", f"'{g.alnum(40)}'")])
            cont("", "empty", "info", cat)
        port = g.port()
        srv = [("USER", "'www-data'"), ("HOME", "'/var/www'"), ("HTTP_ACCEPT_ENCODING", "'gzip, deflate, br'"),
               ("HTTP_ACCEPT", "'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'"), ("HTTP_USER_AGENT", f"'{ua}'"),
               ("HTTP_X_FORWARDED_FOR", f"'{ip}'"), ("HTTP_X_REAL_IP", f"'{ip}'"), ("HTTP_HOST", "'www.seenland-tourismus.de'"),
               ("REDIRECT_STATUS", "'200'"), ("SERVER_NAME", "'www.seenland-tourismus.de'"), ("SERVER_PORT", "'443'"), ("SERVER_ADDR", "'172.18.0.4'"),
               ("REMOTE_PORT", f"'{port}'"), ("REMOTE_ADDR", "'172.18.0.2'"), ("SERVER_SOFTWARE", "'nginx/1.26.2'"), ("GATEWAY_INTERFACE", "'CGI/1.1'"),
               ("HTTPS", "'on'"), ("REQUEST_SCHEME", "'https'"), ("SERVER_PROTOCOL", "'HTTP/2.0'"), ("DOCUMENT_ROOT", f"'{ROOT}/web'"),
               ("DOCUMENT_URI", "'/index.php'"), ("REQUEST_URI", f"'/{path}'"), ("SCRIPT_NAME", "'/index.php'"), ("CONTENT_LENGTH", "''"),
               ("CONTENT_TYPE", "''" if method == "GET" else "'application/x-www-form-urlencoded'"), ("REQUEST_METHOD", f"'{method}'"),
               ("QUERY_STRING", f"'p={path}'"), ("SCRIPT_FILENAME", f"'{ROOT}/web/index.php'"), ("FCGI_ROLE", "'RESPONDER'"), ("PHP_SELF", "'/index.php'"),
               ("REQUEST_TIME_FLOAT", f"{epoch(L.t) + g.r.random():.4f}"), ("REQUEST_TIME", f"{int(epoch(L.t))}")]
        var("_SERVER", srv)

    def not_found():
        ip = g.ip("pub")
        p = g.c(BOT_PATHS + PAGES[:2])
        head(ip, "-", "-", "error", "yii\\web\\HttpException:404", f"yii\\web\\NotFoundHttpException: Template not found: {p} in "
             f"{ROOT}/vendor/craftcms/cms/src/controllers/TemplatesController.php:89", "not_found")
        frames("error", "yii\\web\\HttpException:404", [f.replace("{p}", p) for f in WEB_FRAMES])
        context(ip, "-", "-", (p, "GET", g.c(UAS), True, False))

    def csrf():
        ip = g.ip("pub")
        cat = "yii\\web\\HttpException:400"
        head(ip, "-", g.alnum(26), "error", cat, f"yii\\web\\BadRequestHttpException: Unable to verify your data submission. in {ROOT}/vendor/yiisoft/yii2/web/Controller.php:221",
             "csrf_failed")
        frames("error", cat, [f"{ROOT}/vendor/craftcms/cms/src/web/Controller.php(190): yii\\web\\Controller->beforeAction(Object(yii\\base\\InlineAction))",
                              f"{ROOT}/vendor/yiisoft/yii2/base/Controller.php(176): craft\\web\\Controller->beforeAction(Object(yii\\base\\InlineAction))",
                              f"{ROOT}/vendor/yiisoft/yii2/base/Module.php(552): yii\\base\\Controller->runAction('send', Array)",
                              f"{ROOT}/vendor/craftcms/cms/src/web/Application.php(293): yii\\base\\Module->runAction('contact-form/send', Array)",
                              f"{ROOT}/vendor/yiisoft/yii2/base/Application.php(384): craft\\web\\Application->handleRequest(Object(craft\\web\\Request))",
                              f"{ROOT}/web/index.php(12): yii\\base\\Application->run()"])
        context(ip, "-", "-", (g.c(PAGES), "POST", g.c(UAS[:1] + UAS[3:4]), False, False))

    def login_fail():
        ip = g.ip("pub")
        u = g.c(["admin", "redaktion", "m.hoffmann", "webmaster", "test"])
        head(ip, "-", g.alnum(26), "warning", "craft\\controllers\\UsersController::_handleLoginFailure", f"Invalid login for '{u}': "
             + g.c(["invalid_credentials", "invalid_credentials", "account_cooldown", "pending_verification"]), "login_failed")

    def deprecation():
        ip = g.ip("10")
        sid = g.alnum(26)
        k, msg = g.c([("craft_request", "The `craft.request` template variable has been deprecated. Use `craft.app.request` instead."),
                      ("limit_string", "`craft.entries.limit()` was called with a string value; pass an integer instead."),
                      ("include_js_file", "The `{% includeJsFile %}` tag has been deprecated. Use `{% js %}` instead.")])
        head(ip, g.num(1, 14), sid, "warning", "craft\\services\\Deprecator::log", msg + f" ({g.c(['_layouts/base.twig', 'events/_entry.twig', '_partials/nav.twig'])}:"
             f"{g.num(3, 120)})", "deprecation:" + k)

    def db_lost():
        ip = g.ip("pub")
        cat = "yii\\db\\Exception"
        head(ip, "-", "-", "error", cat, "PDOException: SQLSTATE[HY000] [2002] Connection refused in " + ROOT + "/vendor/yiisoft/yii2/db/Connection.php:722", "db_pdo_exception")
        frames("error", cat, [f"{ROOT}/vendor/yiisoft/yii2/db/Connection.php(722): PDO->__construct('mysql:host=db;dbn...', 'craft', '********', NULL)",
                              f"{ROOT}/vendor/yiisoft/yii2/db/Connection.php(637): yii\\db\\Connection->createPdoInstance()",
                              f"{ROOT}/vendor/craftcms/cms/src/db/Connection.php(227): yii\\db\\Connection->open()",
                              f"{ROOT}/vendor/yiisoft/yii2/db/Connection.php(1067): craft\\db\\Connection->open()",
                              f"{ROOT}/vendor/craftcms/cms/src/web/Application.php(219): yii\\db\\Connection->getMasterPdo()",
                              f"{ROOT}/web/index.php(12): yii\\base\\Application->run()"])
        cont("", "empty", "error", cat)
        cont("Next yii\\db\\Exception: SQLSTATE[HY000] [2002] Connection refused in " + ROOT + "/vendor/yiisoft/yii2/db/Connection.php:648", "db_next_exception", "error", cat)
        frames("error", cat, [f"{ROOT}/vendor/craftcms/cms/src/db/Connection.php(227): yii\\db\\Connection->open()",
                              f"{ROOT}/vendor/yiisoft/yii2/db/Connection.php(1067): craft\\db\\Connection->open()",
                              f"{ROOT}/web/index.php(12): yii\\base\\Application->run()"])
        context(ip, "-", "-", (g.c(PAGES), "GET", g.c(UAS), True, False))

    def transform():
        ip = g.ip("10")
        cat = "craft\\errors\\ImageException"
        img = f"uploads/{g.c(['hotels', 'events', 'orte'])}/{g.c(['IMG_', 'DSC'])}{g.num(1000, 9999)}.{g.c(['jpg', 'JPG', 'heic'])}"
        head(ip, g.num(1, 14), g.alnum(26), "error", cat, f"craft\\errors\\ImageException: The file \"{img}\" does not appear to be an image. in "
             f"{ROOT}/vendor/craftcms/cms/src/image/Raster.php:171", "image_exception")
        frames("error", cat, [f"{ROOT}/vendor/craftcms/cms/src/services/Images.php(142): craft\\image\\Raster->loadImage('/tmp/...')",
                              f"{ROOT}/vendor/craftcms/cms/src/imagetransforms/ImageTransformer.php(452): craft\\services\\Images->loadImage('/tmp/...')",
                              f"{ROOT}/vendor/craftcms/cms/src/queue/jobs/GeneratePendingTransforms.php(53): craft\\imagetransforms\\ImageTransformer->getTransformUrl()",
                              f"{ROOT}/web/index.php(12): yii\\base\\Application->run()"])

    ev = [(30, not_found), (4, csrf), (6, login_fail), (3, deprecation), (0.4, db_lost), (1, transform)]
    fill(L, ev, N_LINES, 180)
    del L.rows[N_LINES:]
    return L


# 10 --------------------------------------------------------------- Cypress 13.15 end-to-end tests of a web shop's front end in GitLab CI (the job's log as the GitLab web view shows it,
#   several pipelines one after another): no time (but Chromium's own stderr line), no level; the runner's preamble, npm, start-server-and-test,
#   Cypress' "(Run Starting)" box, for each spec the "Running:" line, mocha's spec reporter (suite titles, "✓ test (123ms)", "1) test"), the
#   failures with their error and "at Context.eval (webpack://...)" frames, the "(Results)" box, screenshots, and the "(Run Finished)" table
@checked
def log_cypress(seed):
    L = Log("cypress_gitlab_ci", seed, None, True, False)
    g = L.g
    SPECS = [("auth/login.cy.ts", "Login", ["shows the login form", "logs in with valid credentials", "rejects a wrong password", "locks the account after 5 attempts"]),
             ("auth/register.cy.ts", "Registration", ["validates the e-mail address", "requires a strong password", "creates an account", "sends the welcome mail"]),
             ("catalog/search.cy.ts", "Search", ["finds products by name", "shows suggestions while typing", "handles no results", "filters by category",
                                                 "sorts by price ascending", "paginates results"]),
             ("catalog/product.cy.ts", "Product page", ["shows price and availability", "switches variants", "zooms the gallery", "shows reviews"]),
             ("cart/cart.cy.ts", "Cart", ["adds a product", "updates the quantity", "removes a product", "keeps the cart after reload", "applies a voucher"]),
             ("cart/checkout.cy.ts", "Checkout", ["requires a shipping address", "calculates shipping to Austria", "pays with invoice", "pays with card (3DS stub)",
                                                  "shows the order confirmation"]),
             ("account/orders.cy.ts", "Order history", ["lists past orders", "downloads an invoice PDF", "reorders an order"]),
             ("account/profile.cy.ts", "Profile", ["changes the display name", "changes the password", "manages addresses"]),
             ("i18n/locale.cy.ts", "Localisation", ["switches to English", "formats prices in EUR", "keeps the locale in the URL"]),
             ("a11y/landmarks.cy.ts", "Accessibility", ["has one main landmark", "has no duplicate ids", "has labelled form controls"])]
    W = 96

    def raw(text, ev, lv=None):
        L.emit(text, ev, lv)

    def box(rows, ev_prefix):
        raw("  ┌" + "─" * W + "┐", "box_top")
        for k, v, ev in rows:
            raw("  │ " + f"{k:<14}{v}"[:W - 2].ljust(W - 2) + " │", ev_prefix + ev)
        raw("  └" + "─" * W + "┘", "box_bottom")

    def preamble():
        raw("Running with gitlab-runner 17.5.2 (c6eae8d7)", "gl_running_with")
        raw(f"  on docker-runner-0{g.num(1, 3)} {g.alnum(8, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}, system ID: s_{g.hx(12)}", "gl_on_runner")
        raw("Preparing the \"docker\" executor", "gl_preparing_executor")
        img = "cypress/browsers:node-20.17.0-chrome-129.0.6668.89-1-ff-131.0.2-edge-129.0.2792.65-1"
        raw(f"Using Docker executor with image {img} ...", "gl_using_executor")
        raw(f"Using docker image sha256:{g.hx(64)} for {img} with digest cypress/browsers@sha256:{g.hx(64)} ...", "gl_using_image")
        raw("Preparing environment", "gl_preparing_env")
        raw(f"Running on runner-{g.alnum(8)}-project-412-concurrent-{g.num(0, 3)} via docker-runner-0{g.num(1, 3)}...", "gl_running_on")
        raw("Getting source from Git repository", "gl_getting_source")
        raw("Fetching changes with git depth set to 20...", "gl_fetching")
        raw("Reinitialized existing Git repository in /builds/shop/frontend/.git/", "gl_reinitialized")
        raw(f"Checking out {g.hx(8)} as detached HEAD (ref is {g.c(['main', 'main', 'feature/voucher-stacking', 'fix/checkout-3ds'])})...", "gl_checking_out")
        raw("Skipping Git submodules setup", "gl_skip_submodules")
        raw("Restoring cache", "gl_restoring_cache")
        raw("Checking cache for node-modules-main-protected...", "gl_checking_cache")
        raw("Successfully extracted cache", "gl_extracted_cache")
        raw("Executing \"step_script\" stage of the job script", "gl_executing_stage")
        raw("$ npm ci --prefer-offline", "gl_cmd")
        raw("", "empty")
        raw(f"added {g.num(1400, 1460)} packages, and audited {g.num(1460, 1500)} packages in {g.num(12, 60)}s", "npm_added")
        raw("", "empty")
        raw(f"{g.num(180, 240)} packages are looking for funding", "npm_funding")
        raw("  run `npm fund` for details", "npm_fund_details")
        raw("", "empty")
        if g.r.random() < 0.7:
            raw(f"{g.num(1, 9)} vulnerabilities ({g.num(1, 5)} moderate, {g.num(0, 3)} high)", "npm_vulns")
            raw("", "empty")
            raw("To address all issues, run:", "npm_to_address")
            raw("  npm audit fix", "npm_audit_fix")
            raw("", "empty")
            raw("Run `npm audit` for details.", "npm_audit_details")
        raw("$ npx start-server-and-test 'npm run preview' http://localhost:4173 'cypress run --browser electron'", "gl_cmd")
        raw("1: starting server using command \"npm run preview\"", "sst_starting")
        raw("and when url \"[ 'http://localhost:4173' ]\" is responding with HTTP status code 200", "sst_when_url")
        raw("running tests using command \"cypress run --browser electron\"", "sst_running_tests")
        raw("", "empty")
        raw("> shop-frontend@2.14.0 preview", "npm_script_head")
        raw("> vite preview --port 4173", "npm_script_cmd")
        raw("", "empty")
        raw("  ➜  Local:   http://localhost:4173/", "vite_local")
        raw("  ➜  Network: use --host to expose", "vite_network")
        raw("", "empty")
        raw(f"DevTools listening on ws://127.0.0.1:{g.port()}/devtools/browser/{g.uuid()}", "devtools_listening")
        if g.r.random() < 0.8:
            t = L.t = L.t + dt.timedelta(seconds=g.num(600, 40000), microseconds=g.num(0, 999999))
            raw(f"[{g.num(300, 2000)}:{t:%m%d/%H%M%S}.{us6(t)}:ERROR:gpu_memory_buffer_support_x11.cc(44)] dri3 extension not supported.", "chromium_dri3", "ERROR")

    def run():
        preamble()
        specs = SPECS[:]
        raw("", "empty")
        raw("=" * 100, "rule_eq")
        raw("", "empty")
        raw("  (Run Starting)", "run_starting")
        raw("", "empty")
        names = ", ".join(s[0] for s in specs[:3]) + ", ..."
        box([("Cypress:", "13.15.0", "cypress"), ("Browser:", "Electron 118 (headless)", "browser"), ("Node Version:", "v20.17.0 (/usr/local/bin/node)", "node"),
             ("Specs:", f"{len(specs)} found ({names})", "specs"), ("Searched:", "cypress/e2e/**/*.cy.{js,jsx,ts,tsx}", "searched")], "run_box:")
        raw("", "empty")
        summary = []
        for i, (spec, suite, tests) in enumerate(specs):
            raw("", "empty")
            raw("─" * 100, "rule_dash")
            raw("", "empty")
            raw(f"  Running:  {spec}".ljust(90) + f"({i + 1} of {len(specs)})".rjust(10), "running_spec")
            raw("", "empty")
            raw("", "empty")
            raw(f"  {suite}", "suite_title")
            fails, passing, pending = [], 0, 0
            flaky = 0.06
            for tname in tests:
                x = g.r.random()
                if x < flaky:
                    fails.append(tname)
                    raw(f"    {len(fails)}) {tname}", "test_failed")
                elif x < flaky + 0.03:
                    pending += 1
                    raw(f"    - {tname}", "test_pending")
                else:
                    passing += 1
                    d = g.num(20, 4000)
                    if d < 75:
                        raw(f"    ✓ {tname}", "test_passed")
                    else:
                        raw(f"    ✓ {tname} ({d}ms)", "test_passed_ms")
            raw("", "empty")
            raw("", "empty")
            dur = g.num(2, 40)
            raw(f"  {passing} passing ({dur}s)", "n_passing")
            if pending:
                raw(f"  {pending} pending", "n_pending")
            if fails:
                raw(f"  {len(fails)} failing", "n_failing")
            raw("", "empty")
            for j, tname in enumerate(fails):
                raw(f"  {j + 1}) {suite}", "fail_suite")
                raw(f"       {tname}:", "fail_test")
                if g.r.random() < 0.7:
                    sel = g.c(["[data-cy=order-confirmation]", ".alert-danger", "[data-cy=cart-count]", "#voucher-error", "[data-cy=search-result]"])
                    raw(f"     AssertionError: Timed out retrying after 4000ms: Expected to find element: `{sel}`, but never found it.", "err_not_found")
                else:
                    raw(f"     AssertionError: Timed out retrying after 4000ms: expected '<{g.c(['span', 'div', 'p'])}.{g.c(['price', 'total', 'badge'])}>' to contain "
                        f"'{g.c(['€ 24,90', '3', 'Danke für Ihre Bestellung', '€ 5,90'])}'", "err_contain")
                raw(f"      at Context.eval (webpack://shop-frontend/./cypress/e2e/{spec}:{g.num(10, 120)}:{g.num(6, 14)})", "err_at")
                raw("", "empty")
            raw("", "empty")
            raw("", "empty")
            raw("", "empty")
            raw("  (Results)", "results")
            raw("", "empty")
            box([("Tests:", str(len(tests)), "tests"), ("Passing:", str(passing), "passing"), ("Failing:", str(len(fails)), "failing"),
                 ("Pending:", str(pending), "pending"), ("Skipped:", "0", "skipped"), ("Screenshots:", str(len(fails)), "screenshots"),
                 ("Video:", "false", "video"), ("Duration:", f"{dur} seconds", "duration"), ("Spec Ran:", spec, "spec_ran")], "results_box:")
            raw("", "empty")
            if fails:
                raw("", "empty")
                raw("  (Screenshots)", "screenshots")
                raw("", "empty")
                for tname in fails:
                    raw(f"  -  /builds/shop/frontend/cypress/screenshots/{spec}/{suite} -- {tname} (failed).png".ljust(88) + "(1280x720)", "screenshot_path")
                raw("", "empty")
            summary.append((spec, dur, len(tests), passing, len(fails), pending))
        raw("", "empty")
        raw("=" * 100, "rule_eq")
        raw("", "empty")
        raw("  (Run Finished)", "run_finished")
        raw("", "empty")
        raw("", "empty")
        raw("       Spec                                              Tests  Passing  Failing  Pending  Skipped  ", "final_head")
        raw("  ┌" + "─" * W + "┐", "box_top")
        nfail = 0
        for k, (spec, dur, t, p, f, pe) in enumerate(summary):
            if k:
                raw("  ├" + "─" * W + "┤", "box_sep")
            mark = "✖" if f else "✔"
            nfail += 1 if f else 0
            raw(f"  │ {mark}  {spec:<40}00:{dur:02d}{t:>9}{p:>9}{f or '-':>9}{pe or '-':>9}{'-':>9} │", "final_row_fail" if f else "final_row_ok")
        raw("  └" + "─" * W + "┘", "box_bottom")
        tot = sum(s[2] for s in summary)
        if nfail:
            raw(f"    ✖  {nfail} of {len(summary)} failed ({100 * nfail // len(summary)}%)".ljust(52) + f"0{g.num(2, 6)}:{g.num(0, 59):02d}{tot:>9}", "final_failed")
        else:
            raw("    ✔  All specs passed!".ljust(52) + f"0{g.num(2, 6)}:{g.num(0, 59):02d}{tot:>9}", "final_passed")
        raw("", "empty")
        if nfail:
            raw("Uploading artifacts for failed job", "gl_uploading_failed")
            raw("Uploading artifacts...", "gl_uploading")
            raw(f"cypress/screenshots: found {nfail + 1} matching artifact files and directories ", "gl_found_artifacts")
            raw(f"Uploading artifacts as \"archive\" to coordinator... 201 Created  id={g.num(8000000, 9000000)} responseStatus=201 Created token=glcbt-64", "gl_uploaded")
            raw("Cleaning up project directory and file based variables", "gl_cleaning")
            raw("ERROR: Job failed: exit code 1", "gl_job_failed", "ERROR")
        else:
            raw("Saving cache for successful job", "gl_saving_cache")
            raw("Creating cache node-modules-main-protected...", "gl_creating_cache")
            raw("Cleaning up project directory and file based variables", "gl_cleaning")
            raw("Job succeeded", "gl_job_succeeded")

    while len(L.rows) < N_LINES:
        run()
    del L.rows[N_LINES:]
    return L


# 11 --------------------------------------------------------------- darktable 4.8 (a photographer's Fedora workstation with an RTX 3060) started as `darktable -d perf -d opencl`
#   from a launcher that appends its output to ~/dt-debug.log, several sessions: every debug line opens with the seconds since start ("    12.3456
#   [dev_pixelpipe] took 0.004 secs (0.012 CPU) [full] processed `exposure' on GPU, blended on GPU") and the function in brackets; the OpenCL
#   start-up report with the device block (indented "KEY:   value" lines without a time), the pixelpipe timings of editing and exporting, the
#   exports, OpenCL falling back to the CPU, the summary statistics at exit
@checked
def log_darktable(seed):
    L = Log("darktable_debug_log", seed, "rel", False, True)
    g = L.g
    DEV = "NVIDIA GeForce RTX 3060"
    st = {"rel": 0.0, "img": g.num(4000, 6000)}
    FULL = ["rawprepare", "temperature", "highlights", "demosaic", "lens", "exposure", "colorin", "channelmixerrgb", "colorbalancergb", "sigmoid", "colorout",
            "finalscale", "gamma"]
    EXTRA = ["denoiseprofile", "diffuse", "toneequal", "retouch", "crop", "ashift", "vignette"]

    def d(fn, msg, ev, dt_s=None):
        st["rel"] += dt_s if dt_s is not None else g.r.uniform(0.0001, 0.02)
        L.t += dt.timedelta(seconds=dt_s if dt_s is not None else 0.01)
        L.emit(f"{st['rel']:11.4f} [{fn}] {msg}", ev, None, fn)

    def raw(text, ev, comp=None):
        L.emit(text, ev, None, comp, None)

    def start():
        st["rel"] = 0.0
        L.t += dt.timedelta(hours=g.num(2, 40))
        d("dt_init", f"darktable 4.8.1 starting, {g.c(['16', '16', '12'])} threads available", "dt_starting", g.r.uniform(0.01, 0.05))
        d("dt_opencl_init", "opencl related configuration options:", "ocl_cfg_head", 0.5)
        for k, v in [("opencl", "ON"), ("opencl_scheduling_profile", "'default'"), ("opencl_library", "'default path'"),
                     ("opencl_device_priority", "'*/!0,*/*/*/!0,*'"), ("opencl_mandatory_timeout", "400")]:
            d("dt_opencl_init", f"{k}: {v}", "ocl_cfg:" + k)
        d("dt_opencl_init", "opencl library 'libOpenCL.so.1' found on your system and loaded, 1 platform(s) detected", "ocl_library_found")
        d("dt_opencl_init", "found 1 device on platform 'NVIDIA CUDA'", "ocl_found_devices")
        d("dt_opencl_device_init", "", "ocl_device_init", 0.15)
        for k, v in [("DEVICE", f"0: '{DEV}'"), ("PLATFORM NAME & VENDOR", "NVIDIA CUDA, NVIDIA Corporation"), ("CANONICAL NAME", "nvidiacudanvidiageforcertx3060"),
                     ("DRIVER VERSION", "550.120"), ("DEVICE VERSION", "OpenCL 3.0 CUDA"), ("DEVICE_TYPE", "GPU"), ("GLOBAL MEM SIZE", "11937 MB"),
                     ("MAX MEM ALLOC", "2984 MB"), ("MAX IMAGE SIZE", "32768 x 32768"), ("MAX WORK GROUP SIZE", "1024"), ("MAX WORK ITEM DIMENSIONS", "3"),
                     ("MAX WORK ITEM SIZES", "[ 1024 1024 64 ]"), ("ASYNC PIXELPIPE", "NO"), ("PINNED MEMORY TRANSFER", "NO"), ("MEMORY TUNING", "NO"),
                     ("FORCED HEADROOM", "600"), ("AVOID ATOMICS", "NO"), ("MICRO NAP", "250"), ("ROUNDUP WIDTH", "16"), ("ROUNDUP HEIGHT", "16"),
                     ("CHECK EVENT HANDLES", "128"), ("PERFORMANCE", g.f(20, 30)), ("TILING ADVANTAGE", "0.000"), ("DEFAULT DEVICE", "NO"),
                     ("KERNEL BUILD DIRECTORY", "/usr/share/darktable/kernels"),
                     ("KERNEL DIRECTORY", "/home/anna/.cache/darktable/cached_v1_kernels_for_NVIDIACUDANVIDIAGeForceRTX3060_550120"),
                     ("CL COMPILER OPTION", "-cl-fast-relaxed-math")]:
            raw(f"   {k + ':':<26}{v}", "ocl_dev:" + k)
        raw(f"   KERNEL LOADING TIME:       {g.f(0.02, 0.09, 4)} sec", "ocl_dev:KERNEL LOADING TIME")
        d("opencl_init", "OpenCL successfully initialized. Internal numbers and names of available devices:", "ocl_init_ok", 0.1)
        d("opencl_init", f"\t\t0\t'{DEV}'", "ocl_init_device")
        d("opencl_init", "FINALLY: opencl is AVAILABLE and ENABLED.", "ocl_finally")
        d("dt_opencl_update_priorities", "these are your device priorities:", "prio_head")
        d("dt_opencl_update_priorities", "\t\timage\tpreview\texport\tthumbs\tpreview2", "prio_cols")
        d("dt_opencl_update_priorities", "\t\t0\t-1\t0\t0\t0", "prio_row")
        d("dt_opencl_update_priorities", "show if opencl use is mandatory for a given pixelpipe:", "prio_mandatory_head")
        d("dt_opencl_update_priorities", "\t\timage\tpreview\texport\tthumbs\tpreview2", "prio_cols")
        d("dt_opencl_update_priorities", "\t\t1\t0\t1\t1\t0", "prio_row")
        d("opencl_synchronization_timeout", "synchronization timeout set to 0", "ocl_sync_timeout")
        d("dt_opencl_check_tuning", f"use {g.num(11000, 11400)}MB (headroom=ON, pinning=OFF) on device `{DEV}' id=0", "ocl_check_tuning")
        d("dt_init", f"startup took {g.f(1.2, 3.5)} seconds", "dt_startup_took", 0.8)

    def pipe(kind, mods, dev):
        for m in mods:
            on = dev if not (m == "diffuse" and kind == "export" and g.r.random() < 0.3) else "CPU"
            d("dev_pixelpipe", f"took {g.f(0.001, 0.3 if m not in ('diffuse', 'denoiseprofile') else 2.5)} secs ({g.f(0.001, 0.9)} CPU) [{kind}] processed `{m}' on {on}, "
                               f"blended on {on}", "pixelpipe_processed", g.r.uniform(0.001, 0.2))

    def edit():
        st["img"] += g.num(1, 30)
        img = f"IMG_{st['img']}.CR3"
        d("dt_dev_load_raw", f"loading the image {g.num(10000, 30000)}. took {g.f(0.1, 0.6)} secs ({g.f(0.2, 1.5)} CPU)", "load_raw", g.r.uniform(2, 60))
        mods = FULL[:]
        for e in g.r.sample(EXTRA, g.num(0, 3)):
            mods.insert(g.num(4, 10), e)
        pipe("preview", [m for m in mods if m not in ("diffuse", "denoiseprofile")], "CPU")
        d("dev_process_preview", f"pixel pipeline processing took {g.f(0.05, 0.4)} secs ({g.f(0.2, 1.5)} CPU)", "process_preview")
        pipe("full", mods, "GPU")
        d("dev_process_image", f"pixel pipeline processing took {g.f(0.1, 1.5)} secs ({g.f(0.1, 1.5)} CPU) processing `{img}'", "process_image")
        for _ in range(g.c([0, 0, 1, 1, 2, 3])):
            changed = g.c(mods[5:])
            pipe("full", mods[mods.index(changed):], "GPU")
            d("dev_process_image", f"pixel pipeline processing took {g.f(0.05, 0.8)} secs ({g.f(0.1, 1.2)} CPU) processing `{img}'", "process_image", g.r.uniform(0.5, 20))
        return img, mods

    def export():
        img, mods = edit()
        d("export_job", f"exporting `{img}' ({g.num(1, 9)}/{g.num(9, 40)})", "export_job_start", g.r.uniform(1, 30))
        if "diffuse" in mods and g.r.random() < 0.5:
            d("default_process_tiling_cl_ptp", "[export] **** tiling module 'diffuse' for image with size 6024x4024 --> 6024x4024", "tiling_module")
            d("opencl_pixelpipe", "[export] couldn't run module 'diffuse' on GPU, falling back to CPU", "ocl_fallback")
        pipe("export", mods, "GPU")
        d("dev_process_export", f"pixel pipeline processing took {g.f(1, 12)} secs ({g.f(2, 40)} CPU)", "process_export")
        d("export_job", f"exported to `/home/anna/Pictures/darktable_exported/{L.t:%Y%m%d}/{img[:-4]}_01.jpg'", "exported_to")

    def quit_():
        d("opencl_summary_statistics", f"device '{DEV}' (0): peak memory usage {g.num(10 ** 9, 3 * 10 ** 9)} bytes ({g.f(900, 2900, 1)} MB)", "ocl_stats_memory",
          g.r.uniform(5, 300))
        n = g.num(2000, 90000)
        d("opencl_summary_statistics", f"device '{DEV}' (0): {n} out of {n} events were successful and 0 events lost. max event={g.num(20, 300)}", "ocl_stats_events")
        start()

    start()
    fill(L, [(10, edit), (4, export), (0.4, quit_)], N_LINES, 20)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 12 --------------------------------------------------------------- Dire Wolf 1.7 (the software TNC) as an APRS digipeater and IGate on a Raspberry Pi at a radio club's hill-top
#   site, run as a systemd service, `journalctl -u direwolf` ("Dec 01 10:00:00 aprs-pi direwolf[612]: ..."): no level; each received frame as Dire Wolf
#   prints it (an empty line, the "audio level" line, "[0.3] SOURCE>DEST,PATH:info", then the decoded lines: type and equipment, position, comment,
#   weather), digipeated frames ("[0H] ..."), the station's own beacons ("[0L] ..."), the IGate's "[ig] ..." lines, the start-up banner, audio
#   overruns and IGate reconnects
@checked
def log_direwolf(seed):
    L = Log("direwolf_journal", seed, "noyear", False, True)
    g = L.g
    ME = "DB0XYZ-10"
    STATIONS = [("DL4ABC-9", "APAT81-1", "Anytone AT-D878UV", "Car"), ("DO2KL-7", "APDR16", "APRSdroid Android App", "Human"),
                ("DL1MX-9", "T4SP9V", "Kenwood TM-D710", "Car"), ("DB0AA", "APMI06", "Microsat WX3in1", "Digi"), ("DK7WX-13", "APRS", "Davis Vantage Pro2", "WX"),
                ("DF5TT-5", "APLRG1", "LoRa APRS iGate", "Gateway"), ("DG9OP-9", "APY400", "Yaesu FTM-400DR", "Car"), ("DL8RB-14", "APOT30", "OpenTracker 3", "Truck"),
                ("DC3UV-7", "APK004", "Kenwood TH-D74", "Human"), ("DB0HW", "APNU3B", "UIdigi", "Digi")]
    DIGIS = ["DB0AA", "DB0HW", "DB0ZB", "DB0NOR"]
    st = {"pid": 612}

    def w(msg, ev):
        ms_(L, 0, 40)
        L.emit(f"{jts(L.t)} aprs-pi direwolf[{st['pid']}]: {msg}", ev, None, "direwolf")

    def pos():
        la, lo = 50 + g.r.uniform(0.2, 0.9), 7 + g.r.uniform(0.1, 1.2)
        aprs = f"{int(la):02d}{(la % 1) * 60:05.2f}N/{int(lo):03d}{(lo % 1) * 60:05.2f}E"
        human = f"N {int(la)} {(la % 1) * 60:07.4f}, E {int(lo):03d} {(lo % 1) * 60:07.4f}"
        return aprs, human

    def level():
        return f"{g.num(20, 90)}({g.num(5, 30)}/{g.num(4, 25)})"

    def bars():
        n = g.num(2, 9)
        return "|" * n + "_" * (9 - n)

    def rx():
        src, dest, eq, kind = g.c(STATIONS)
        w("", "empty")
        via = []
        if g.r.random() < 0.6:
            dg = g.c(DIGIS)
            w(f"Digipeater {dg} audio level = {level()}   [NONE]   {bars()}", "audio_level_digi")
            via = [dg + "*", "WIDE2-1"]
        else:
            w(f"{src} audio level = {level()}   [NONE]   {bars()}", "audio_level")
            via = ["WIDE1-1", "WIDE2-1"]
        aprs, human = pos()
        path = f"{src}>{dest}," + ",".join(via)
        if kind == "WX":
            info = f"@{L.t:%d%H%M}z{aprs}_{g.num(0, 359):03d}/{g.num(0, 20):03d}g{g.num(0, 40):03d}t{g.num(20, 50):03d}r000p{g.num(0, 30):03d}P000h{g.num(40, 99)}b{g.num(9900, 10300)}"
            w(f"[0.{g.num(1, 5)}] {path}:{info}", "rx_frame")
            w(f"Weather Report, WEATHER Station (blue), {eq}", "decoded_type")
            w(human, "decoded_position")
            w(f"wind {g.f(0, 20, 1)} mph, direction {g.num(0, 359)}, gust {g.num(0, 40)}, temperature {g.num(20, 50)}, rain 0.00 in last hour, rain {g.f(0, 0.3, 2)} in "
              f"last 24 hours, humidity {g.num(40, 99)}, barometer {g.f(29.3, 30.4, 2)}\"", "decoded_weather")
        elif kind in ("Digi", "Gateway"):
            w(f"[0.{g.num(1, 5)}] {path}:!{aprs.replace('/', 'S' if kind == 'Digi' else 'L')}{'#' if kind == 'Digi' else '&'}PHG{g.num(2000, 7999)} {eq} {src}", "rx_frame")
            w(f"Position, {'DIGI (white center)' if kind == 'Digi' else 'Gateway'}, {eq}", "decoded_type")
            w(f"{human}, {g.c([5, 10, 25, 50])} W height={g.c([20, 40, 80, 160])} {g.c([3, 6])}dBi omni", "decoded_position_phg")
            w(f"{eq} {src}", "decoded_comment")
        elif dest.startswith("T") and len(dest) == 6:
            w(f"[0.{g.num(1, 5)}] {path}:`{g.alnum(8, 'abcdefghijklmnopqrstuvwxyz0123456789')}>/]\"4{g.alnum(2)}}}=", "rx_frame")
            w(f"MIC-E, {kind}, {eq}, {g.c(['En Route', 'In Service', 'Off Duty', 'Returning'])}", "decoded_mice")
            w(f"{human}, {g.num(0, 90)} MPH, course {g.num(0, 359)}, alt {g.num(100, 1800)} ft", "decoded_position_speed")
        else:
            cmt = g.c(["QRV 145.500", "mobil unterwegs", "73 de " + src.split("-")[0], "Testbetrieb", ""])
            spd = g.num(0, 60)
            w(f"[0.{g.num(1, 5)}] {path}:!{aprs}{'>' if kind != 'Human' else '['}{g.num(0, 359):03d}/{spd:03d}/A={g.num(200, 2000):06d} {cmt}", "rx_frame")
            w(f"Position, {kind}, {eq}", "decoded_type")
            w(f"{human}, {int(spd * 1.15)} MPH, course {g.num(0, 359)}, alt {g.num(200, 2000)} ft", "decoded_position_speed")
            if cmt:
                w(cmt, "decoded_comment")
        if via[0] == "WIDE1-1" and g.r.random() < 0.7:
            w(f"[0H] {src}>{dest},{ME}*,WIDE2-1:{info_of(path)}", "tx_frame")
        if g.r.random() < 0.8:
            w(f"[ig] {path},qAR,{ME}:{info_of(path)}", "ig_sent")

    def info_of(path):
        for i in range(len(L.rows) - 1, -1, -1):
            text = L.rows[i][0]
            if "] " + path + ":" in text:
                return text.split(path + ":", 1)[1]
        return ""

    def beacon():
        w("", "empty")
        b = f"!5034.20NS00712.60E#PHG7140 Digi+IGate {ME.split('-')[0]} Dire Wolf 1.7"
        w(f"[0L] {ME}>APDW17,WIDE2-1:{b}", "tx_frame")
        w(f"[ig] {ME}>APDW17,TCPIP*:{b}", "ig_sent")

    def startup():
        st["pid"] = g.num(500, 30000)
        for text, ev in [("Dire Wolf version 1.7", "dw_version"), ("Includes optional support for:  gpsd hamlib cm108-ptt dns-sd", "dw_optional"), ("", "empty"),
                         ("Reading config file /etc/direwolf.conf", "dw_reading_config"),
                         ("Audio device for both receive and transmit: plughw:1,0  (channel 0)", "dw_audio_device"),
                         ("Channel 0: 1200 baud, AFSK 1200 & 2200 Hz, A+, 48000 sample rate.", "dw_channel"),
                         ("Ready to accept AGW client application 0 on port 8000 ...", "dw_agw_ready"),
                         ("Ready to accept KISS TCP client application 0 on port 8001 ...", "dw_kiss_ready"),
                         ("Use -p command line option to enable KISS pseudo terminal.", "dw_kiss_pty_hint"),
                         ("DNS-SD: Avahi: Announcing KISS TCP on port 8001 as 'Dire Wolf on aprs-pi'", "dw_dnssd_announce"),
                         ("DNS-SD: Avahi: Service 'Dire Wolf on aprs-pi' successfully registered.", "dw_dnssd_registered")]:
            w(text, ev)
        igate_connect()

    def igate_connect():
        srv = g.c([("euro.aprs2.net", "T2DE"), ("euro.aprs2.net", "T2NUENBRG"), ("rotate.aprs2.net", "T2BELGIUM")])
        ip = f"{g.c([44, 185, 213])}.{g.num(0, 255)}.{g.num(0, 255)}.{g.num(1, 254)}"
        w("", "empty")
        w(f"Now connected to IGate server {srv[0]} ({ip})", "ig_connected")
        w(f"Check server status here http://{ip}:14501", "ig_check_status")
        w("", "empty")
        w("[ig] # aprsc 2.1.19-g730c5c0", "ig_received")
        w(f"[ig] # logresp {ME} verified, server {srv[1]}", "ig_received")

    def trouble():
        if g.r.random() < 0.6:
            w("Audio input device 0 error code -32: Broken pipe", "audio_broken_pipe")
        else:
            w("", "empty")
            w("Error getting data from IGate server.  Closing socket.", "ig_error")
            w("", "empty")
            secs(L, 5, 60)
            igate_connect()

    def restart():
        w("", "empty")
        startup()

    startup()
    fill(L, [(40, rx), (3, beacon), (1.2, trouble), (0.08, restart)], N_LINES, 45)
    del L.rows[N_LINES:]
    return L


# 13 --------------------------------------------------------------- Apache Doris 2.1 frontend (the master FE of a three-FE, six-BE cluster serving a retailer's BI dashboards and
#   stream loads from Flink), fe.log: "2026-12-01 10:00:00,123 INFO (tablet checker|39) [TabletChecker.checkTablets():357] finished to check tablets. ..."
#   (the time, the level, the thread and its id in parentheses, the class, method and line in brackets); tablet checks and stats, BE reports,
#   transactions of stream loads begun, committed and made visible, checkpoints, heartbeats failing and backends going down and up, failed
#   queries with their exceptions and "<tab>at" frames
@checked
def log_doris(seed):
    L = Log("doris_fe_log", seed, "full", True, True)
    g = L.g
    BES = [(10002 + i, f"10.30.1.{21 + i}") for i in range(6)]
    DBS = [(11001, "retail_dw"), (11050, "ods"), (11093, "ads_dash")]
    TABLES = ["ods_pos_sales", "ods_web_orders", "ods_stock_moves", "dwd_sales_detail", "ads_store_kpi"]
    st = {"txn": g.num(4000000, 5000000), "img": g.num(90000000, 99000000), "dead": set(), "ver": g.num(100000, 900000)}

    def w(lv, th, cls, meth, line, msg, ev):
        ms_(L, 0, 200)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} {lv} ({th}) [{cls}.{meth}():{line}] {msg}", ev, lv, cls)

    def cont(text, ev, lv, cls):
        L.emit(text, ev, lv, cls)

    def checker():
        tot = g.num(180000, 190000)
        w("INFO", "tablet checker|39", "TabletChecker", "checkTablets", 357, f"finished to check tablets. unhealthy/total/added/in_sched/not_ready/exceed_limit: "
          f"{g.c([0, 0, 0, g.num(1, 40)])}/{tot}/0/0/0/0, cost: {g.num(40, 900)} ms", "tablet_checker")

    def stat():
        w("INFO", "tablet stat mgr|33", "TabletStatMgr", "runAfterCatalogReady", 146, f"finished to get tablet stat of all backends. cost: {g.num(100, 2000)} ms",
          "tablet_stat")
        if g.r.random() < 0.5:
            w("INFO", "tablet stat mgr|33", "TabletStatMgr", "runAfterCatalogReady", 167, f"finished to update index row num of all databases. cost: {g.num(5, 300)} ms",
              "tablet_stat_rownum")

    def report():
        be, host = g.c(BES)
        typ = g.c(["TABLET", "DISK", "TASK", "TABLET"])
        w("INFO", f"thrift-server-pool-{g.num(1, 64)}|{g.num(200, 600)}", "ReportHandler", "handleReport", 186,
          f"receive report from be {be}. type: {typ}, current queue size: {g.num(1, 4)}", "report_received")
        if typ == "TABLET":
            w("INFO", "report-thread|130", "ReportHandler", "tabletReport", 413, f"backend[{be}] reports {g.num(28000, 34000)} tablet(s). report version: "
              f"{g.num(10 ** 12, 2 * 10 ** 12)}", "tablet_report")
            w("INFO", "report-thread|130", "ReportHandler", "tabletReport", 512, f"finished to handle tablet report from backend[{be}] cost: {g.num(20, 900)} ms",
              "tablet_report_done")

    def txn():
        st["txn"] += g.num(1, 30)
        dbid, db = g.c(DBS[:2])
        tbl = g.c(TABLES[:3])
        label = f"flink_connector_{tbl}_{L.t:%Y%m%d_%H%M%S}_{g.hx(32)}"
        be, host = g.c(BES)
        th = f"thrift-server-pool-{g.num(1, 64)}|{g.num(200, 600)}"
        w("INFO", th, "DatabaseTransactionMgr", "beginTransaction", 371, f"begin transaction: txn id {st['txn']} with label {label} from coordinator BE: {host}, "
          f"listener id: -1", "txn_begin")
        if g.r.random() < 0.04:
            w("WARN", th, "DatabaseTransactionMgr", "abortTransaction", 1702, f"abort transaction: TransactionState. transaction id: {st['txn']}, label: {label}, "
              f"db id: {dbid}, table id list: {g.num(12000, 13000)}, callback id: -1, coordinator: BE: {host}, transaction status: ABORTED, error replicas num: 0, "
              f"replica ids: , prepare time: {int(epoch(L.t) * 1000)}, commit time: -1, finish time: {int(epoch(L.t) * 1000) + g.num(10, 900)}, reason: "
              f"[E-235]too many filtered rows", "txn_abort")
            return
        prep = int(epoch(L.t) * 1000)
        secs(L, 0.2, 3)
        w("INFO", th, "DatabaseTransactionMgr", "commitTransaction", 752, f"transaction:[TransactionState. transaction id: {st['txn']}, label: {label}, db id: {dbid}, "
          f"table id list: {g.num(12000, 13000)}, callback id: -1, coordinator: BE: {host}, transaction status: COMMITTED, error replicas num: 0, replica ids: , "
          f"prepare time: {prep}, commit time: {int(epoch(L.t) * 1000)}, finish time: -1, reason: ] successfully committed", "txn_committed")
        secs(L, 0.1, 2)
        st["ver"] += 1
        w("INFO", "PUBLISH_VERSION|37", "DatabaseTransactionMgr", "finishTransaction", 1162, f"finish transaction TransactionState. transaction id: {st['txn']}, "
          f"label: {label}, db id: {dbid}, table id list: {g.num(12000, 13000)}, callback id: -1, coordinator: BE: {host}, transaction status: VISIBLE, error replicas "
          f"num: 0, replica ids: , prepare time: {prep}, commit time: {prep + g.num(200, 3000)}, finish time: {int(epoch(L.t) * 1000)}, reason: ] successfully",
          "txn_visible")

    def checkpoint():
        st["img"] += g.num(50000, 200000)
        th = "leaderCheckpointer|101"
        w("INFO", th, "Checkpoint", "doCheckpoint", 118, f"begin to generate new image: image.{st['img']}", "ckpt_begin")
        secs(L, 10, 60)
        w("INFO", th, "Env", "saveImage", 2043, f"finished save image /opt/apache-doris/fe/doris-meta/image/image.ckpt in {g.num(4000, 40000)} ms. checksum is "
          f"{g.num(10 ** 9, 4 * 10 ** 9)}, size is {g.num(10 ** 8, 9 * 10 ** 8)}", "ckpt_saved")
        w("INFO", th, "Checkpoint", "doCheckpoint", 176, f"checkpoint finished save image.{st['img']}", "ckpt_finished")
        w("INFO", th, "Checkpoint", "doCheckpoint", 254, f"push image.{st['img']} to other nodes. totally 2 nodes, push succeeded 2 nodes", "ckpt_pushed")
        w("INFO", th, "Checkpoint", "doCheckpoint", 290, f"delete old journal for replay from {st['img'] - g.num(100000, 300000)}", "ckpt_delete_journal")

    def heartbeat():
        be, host = g.c(BES)
        th = "heartbeat mgr|25"
        if be in st["dead"]:
            st["dead"].discard(be)
            w("INFO", th, "Backend", "handleHbResponse", 812, f"Backend [id={be}, host={host}, heartbeatPort=9050, alive=true, lastStartTime={int(epoch(L.t) * 1000)}] "
              "is back to alive", "be_back_alive")
            return
        w("WARN", f"heartbeat-mgr-pool-{g.num(0, 7)}|{g.num(140, 200)}", "HeartbeatMgr", "call", 410, f"backend[{be}] got Exception: "
          "org.apache.thrift.transport.TTransportException: java.net.SocketTimeoutException: Read timed out", "hb_exception")
        for text, ev in java_frames(["org.apache.thrift.transport.TIOStreamTransport.read(TIOStreamTransport.java:177)",
                                     "org.apache.thrift.transport.TTransport.readAll(TTransport.java:109)",
                                     "org.apache.thrift.protocol.TBinaryProtocol.readI32(TBinaryProtocol.java:463)",
                                     "org.apache.doris.thrift.HeartbeatService$Client.recvHeartbeat(HeartbeatService.java:95)",
                                     "org.apache.doris.system.HeartbeatMgr$BackendHeartbeatHandler.call(HeartbeatMgr.java:277)",
                                     "java.util.concurrent.FutureTask.run(FutureTask.java:264)",
                                     "java.lang.Thread.run(Thread.java:829)"],
                                    ("java.net.SocketTimeoutException: Read timed out", "caused_socket_timeout",
                                     ["java.net.SocketInputStream.socketRead0(Native Method)", "java.net.SocketInputStream.read(SocketInputStream.java:168)"]), 9):
            cont(text, ev, "WARN", "HeartbeatMgr")
        if g.r.random() < 0.4:
            st["dead"].add(be)
            w("WARN", th, "Backend", "handleHbResponse", 842, f"Backend [id={be}, host={host}, heartbeatPort=9050, alive=false] is dead due to exceed heartbeatFailureCounter "
              "threshold 3, last error: java.net.SocketTimeoutException: Read timed out", "be_dead")

    def query_err():
        qid = f"{g.hx(16)}-{g.hx(16)}"
        th = f"mysql-nio-pool-{g.num(0, 40)}|{g.num(300, 900)}"
        col = g.c(["store_region", "sales_amt_net", "kpi_date", "sku_group"])
        w("WARN", th, "StmtExecutor", "execute", 612, f"execute Exception. stmt[{g.num(100000, 999999)}, {qid}]", "stmt_exception")
        cont(f"org.apache.doris.common.AnalysisException: errCode = 2, detailMessage = Unknown column '{col}' in 'table list'", "analysis_exception", "WARN", "StmtExecutor")
        for text, ev in java_frames(["org.apache.doris.analysis.Analyzer.resolveColumnRef(Analyzer.java:1221)",
                                     "org.apache.doris.analysis.SlotRef.analyzeImpl(SlotRef.java:340)",
                                     "org.apache.doris.analysis.Expr.analyze(Expr.java:492)",
                                     "org.apache.doris.analysis.SelectStmt.analyze(SelectStmt.java:589)",
                                     "org.apache.doris.qe.StmtExecutor.analyze(StmtExecutor.java:1231)",
                                     "org.apache.doris.qe.StmtExecutor.executeByLegacy(StmtExecutor.java:874)",
                                     "org.apache.doris.qe.StmtExecutor.execute(StmtExecutor.java:598)",
                                     "org.apache.doris.qe.ConnectProcessor.executeQuery(ConnectProcessor.java:325)",
                                     "org.apache.doris.qe.MysqlConnectProcessor.handleQuery(MysqlConnectProcessor.java:177)",
                                     "java.lang.Thread.run(Thread.java:829)"]):
            cont(text, ev, "WARN", "StmtExecutor")

    def timeout():
        qid = f"{g.hx(16)}-{g.hx(16)}"
        w("WARN", f"mysql-nio-pool-{g.num(0, 40)}|{g.num(300, 900)}", "Coordinator", "checkTimeout", 1213, f"Query {qid} timeout, reason: timeout, timeout: 900 s",
          "query_timeout")
        w("INFO", f"mysql-nio-pool-{g.num(0, 40)}|{g.num(300, 900)}", "QeProcessorImpl", "unregisterQuery", 183, f"Deregister query id {qid}", "deregister_query")

    def access_denied():
        w("WARN", f"mysql-nio-pool-{g.num(0, 40)}|{g.num(300, 900)}", "Auth", "checkPlainPassword", 353, f"Access denied for user '{g.c(['bi_reader', 'etl', 'root', 'tableau'])}'"
          f"@'{g.ip('10')}' (using password: YES)", "access_denied")

    ev = [(20, checker), (8, stat), (18, report), (30, txn), (0.6, checkpoint), (2, heartbeat), (2, query_err), (1.5, timeout), (1, access_denied)]
    fill(L, ev, N_LINES, 6)
    del L.rows[N_LINES:]
    return L


# 14 --------------------------------------------------------------- Earthly 0.8 building, testing and pushing a Go service in GitHub Actions (`earthly --ci --push +all` on
#   ubuntu-24.04 runners), the jobs' raw logs as downloaded, one after another: every line opens with the runner's "2026-12-01T10:00:00.1234567Z "; the
#   runner's "##[group]" / "##[endgroup]" markers, actions/checkout's output, then Earthly's sections (" Init 🚀", " Build 🔧" with their rules),
#   each build line prefixed by its target right-aligned before " | " ("               +test | --> RUN go test ./..."), cached steps, go test and
#   lint output, the push and output summaries, the success or failure banner, and the runner's "##[error]Process completed with exit code 1."
@checked
def log_earthly(seed):
    L = Log("earthly_gha_log", seed, "full", True, True)
    g = L.g
    PKGS = ["internal/orders", "internal/inventory", "internal/payments", "internal/store", "internal/httpapi", "pkg/money", "pkg/events"]
    RULE = "—" * 80

    def w(text, ev, lv=None, comp=None):
        L.t += dt.timedelta(microseconds=g.num(100, 400000))
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{L.t.microsecond * 10 + g.num(0, 9):07d}Z {text}", ev, lv, comp)

    def e(tgt, msg, ev, slow=0, lv=None):
        if slow:
            secs(L, 0, slow)
        w(f"{tgt:>20} | {msg}", ev, lv, tgt)

    def gha_start(sha, branch):
        w("Current runner version: '2.321.0'", "gha_runner_version")
        w("##[group]Operating System", "gha_group:Operating System")
        w("Ubuntu", "gha_os_name")
        w("24.04.1", "gha_os_version")
        w("LTS", "gha_os_lts")
        w("##[endgroup]", "gha_endgroup")
        w("##[group]Runner Image", "gha_group:Runner Image")
        w("Image: ubuntu-24.04", "gha_image")
        w("Version: 20241117.1.0", "gha_image_version")
        w("##[endgroup]", "gha_endgroup")
        w("Secret source: Actions", "gha_secret_source")
        w("Prepare workflow directory", "gha_prepare_dir")
        w("Prepare all required actions", "gha_prepare_actions")
        w("Getting action download info", "gha_download_info")
        w("Download action repository 'actions/checkout@v4' (SHA:11bd71901bbe5b1630ceea73d27597364c9af683)", "gha_download_action")
        w("Download action repository 'earthly/actions-setup@v1' (SHA:be3fe0c1f84e9776b5a184d21bf7a4a779ea2e6b)", "gha_download_action")
        w("Complete job name: build", "gha_complete_job_name")
        w("##[group]Run actions/checkout@v4", "gha_group_run")
        w("with:", "gha_with")
        for k, v in [("repository", "acme/orders-api"), ("token", "***"), ("ssh-strict", "true"), ("persist-credentials", "true"), ("clean", "true"),
                     ("fetch-depth", "1"), ("lfs", "false"), ("submodules", "false")]:
            w(f"  {k}: {v}", "gha_input")
        w("##[endgroup]", "gha_endgroup")
        w("Syncing repository: acme/orders-api", "co_syncing")
        w("##[group]Getting Git version info", "gha_group:Getting Git version info")
        w("Working directory is '/home/runner/work/orders-api/orders-api'", "co_workdir")
        w("[command]/usr/bin/git version", "co_command")
        w("git version 2.47.0", "co_git_version")
        w("##[endgroup]", "gha_endgroup")
        w(f"[command]/usr/bin/git -c protocol.version=2 fetch --no-tags --prune --no-recurse-submodules --depth=1 origin +{sha}:refs/remotes/origin/{branch}",
          "co_command")
        w("From https://github.com/acme/orders-api", "co_from")
        w(f" * [new ref]         {sha} -> origin/{branch}", "co_new_ref")
        w(f"[command]/usr/bin/git checkout --progress --force -B {branch} refs/remotes/origin/{branch}", "co_command")
        w(f"Switched to a new branch '{branch}'", "co_switched")
        w(f"branch '{branch}' set up to track 'origin/{branch}'.", "co_tracking")
        w("##[group]Run earthly/actions-setup@v1", "gha_group_run")
        w("with:", "gha_with")
        w("  version: v0.8.15", "gha_input")
        w("  use-cache: true", "gha_input")
        w("##[endgroup]", "gha_endgroup")
        w("Cache restored from key: earthly-v0.8.15-linux-amd64", "setup_cache_restored")
        w("Found tool in cache earthly 0.8.15 x64", "setup_found_in_cache")
        w("##[group]Run earthly --ci --push +all", "gha_group_run")
        w("earthly --ci --push +all", "gha_script")
        w("shell: /usr/bin/bash -e {0}", "gha_shell")
        w("env:", "gha_env")
        w("  FORCE_COLOR: 1", "gha_input")
        w("  EARTHLY_TOKEN: ***", "gha_input")
        w("##[endgroup]", "gha_endgroup")

    def section(title, ev):
        w("", "empty")
        w(title, ev)
        w(RULE, "section_rule")
        w("", "empty")

    def job():
        L.t += dt.timedelta(minutes=g.num(10, 600))
        sha = g.hx(40)
        branch = g.c(["main", "main", "main", "feat/refunds", "fix/stock-race"])
        gha_start(sha, branch)
        section(" Init 🚀", "earthly_init")
        if g.r.random() < 0.5:
            e("buildkitd", "Starting buildkit daemon as a docker container (earthly-buildkitd)...", "bk_starting")
            e("buildkitd", "...Done", "bk_done", 8)
        else:
            e("buildkitd", "Found buildkit daemon as docker container (earthly-buildkitd)", "bk_found")
        section(" Build 🔧", "earthly_build")
        e("golang:1.23-alpine3.20", "--> Load metadata golang:1.23-alpine3.20 linux/amd64", "load_metadata", 2)
        e("golangci/golangci-lint:v1.62.0", "--> Load metadata golangci/golangci-lint:v1.62.0 linux/amd64", "load_metadata", 1)
        cached = g.r.random() < 0.7
        c = "*cached* " if cached else ""
        e("+base", f"{c}--> FROM golang:1.23-alpine3.20", "cmd_from")
        if not cached:
            e("+base", f"[██████████] 100% resolve docker.io/library/golang:1.23-alpine3.20@sha256:{g.hx(64)}", "progress_resolve", 3)
        e("+base", f"{c}--> WORKDIR /src", "cmd_workdir")
        e("+deps", f"{c}--> COPY go.mod go.sum ./", "cmd_copy")
        e("+deps", f"{c}--> RUN go mod download", "cmd_run", 0 if cached else 30)
        e("+src", "--> COPY --dir cmd internal pkg ./", "cmd_copy")
        e("+lint", "--> RUN golangci-lint run --timeout 5m ./...", "cmd_run", 40)
        lint_fail = g.r.random() < 0.08
        if lint_fail:
            f = g.c(PKGS)
            e("+lint", f"{f}/{g.c(['service.go', 'handler.go', 'repo.go'])}:{g.num(20, 300)}:{g.num(2, 20)}: ineffectual assignment to err (ineffassign)", "lint_issue")
            e("+lint", f"\t{g.c(['err = tx.Commit()', 'n, err := w.Write(b)', 'err = json.Unmarshal(body, &req)'])}", "lint_source")
            e("+lint", "\t^", "lint_caret")
        e("+test", "--> RUN go test -race -count=1 ./...", "cmd_run")
        fail = None
        for p in PKGS + ["cmd/api", "cmd/migrate"]:
            secs(L, 0.5, 12)
            if p.startswith("cmd/"):
                e("+test", f"?   \tgithub.com/acme/orders-api/{p}\t[no test files]", "go_no_test_files")
            elif g.r.random() < 0.03 and not fail:
                fail = p
                e("+test", f"--- FAIL: Test{g.c(['CreateOrder_InvalidSKU', 'ReserveStock_Concurrent', 'Refund_Partial', 'Money_Round'])} ({g.f(0.01, 2, 2)}s)",
                  "go_test_fail")
                e("+test", f"    {p.split('/')[-1]}_test.go:{g.num(20, 300)}: expected {g.c(['ErrInvalidSKU', '201', '4.99', 'nil error'])}, got "
                           f"{g.c(['<nil>', '500', '5.00', 'context deadline exceeded'])}", "go_test_fail_detail")
                e("+test", "FAIL", "go_fail")
                e("+test", f"FAIL\tgithub.com/acme/orders-api/{p}\t{g.f(0.1, 9)}s", "go_fail_pkg")
            else:
                e("+test", f"ok  \tgithub.com/acme/orders-api/{p}\t{g.f(0.02, 9)}s", "go_ok")
        failed_tgt = None
        if fail:
            e("+test", "FAIL", "go_fail")
            failed_tgt = ("+test", 24, "RUN go test -race -count=1 ./...")
        elif lint_fail:
            failed_tgt = ("+lint", 19, "RUN golangci-lint run --timeout 5m ./...")
        if failed_tgt:
            t, ln, cmd = failed_tgt
            e(t, f"ERROR Earthfile line {ln}:4", "error_earthfile_line", lv="ERROR")
            e(t, "      The command", "error_the_command", lv="ERROR")
            e(t, f"          {cmd}", "error_command_text", lv="ERROR")
            e(t, "      did not complete successfully. Exit code 1", "error_exit_code", lv="ERROR")
            w("", "empty")
            w("========================== 😭 Earthly Build  ❌ FAILURE ===========================", "banner_failure")
            w("", "empty")
            w(f"Error: build target: build main: failed to solve: process \"/bin/sh -c {cmd[4:]}\" did not complete successfully: exit code: 1", "earthly_error",
              "Error")
            w(f"in\t\t{t}", "earthly_error_in", "Error")
            w("", "empty")
            w("Share your logs with an Earthly account (experimental)! Register for one at https://ci.earthly.dev.", "share_logs")
            w("##[error]Process completed with exit code 1.", "gha_error_exit", "error")
            return
        tag = "sha-" + sha[:7]
        e("+build", f"--> RUN CGO_ENABLED=0 go build -trimpath -ldflags \"-s -w -X main.version={tag}\" -o /out/api ./cmd/api", "cmd_run", 40)
        e("+build", "--> SAVE ARTIFACT /out/api +build/api", "cmd_save_artifact")
        e("+image", "--> FROM gcr.io/distroless/static-debian12:nonroot", "cmd_from")
        e("+image", "--> COPY +build/api /usr/local/bin/api", "cmd_copy")
        e("+image", "--> ENTRYPOINT [\"/usr/local/bin/api\"]", "cmd_entrypoint")
        tags = [tag] + ([branch.replace("/", "-")] if branch == "main" else [])
        for t in tags:
            e("+image", f"--> SAVE IMAGE --push ghcr.io/acme/orders-api:{t}", "cmd_save_image")
        section(" Push Summary ⏫", "push_summary")
        for t in tags:
            e("+image", f"--> pushing ghcr.io/acme/orders-api:{t}", "pushing", 5)
            w(f"Image +image output as ghcr.io/acme/orders-api:{t} (pushed)", "image_output_pushed")
        section(" Local Output Summary 🎁", "local_output_summary")
        w("", "empty")
        w("========================== 🌍 Earthly Build  ✅ SUCCESS ==========================", "banner_success")
        w("", "empty")
        w("Share your logs with an Earthly account (experimental)! Register for one at https://ci.earthly.dev.", "share_logs")
        w("Post job cleanup.", "gha_post_cleanup")
        w("[command]/usr/bin/git version", "co_command")
        w("git version 2.47.0", "co_git_version")
        w("Cleaning up orphan processes", "gha_cleaning_orphans")

    fill(L, [(1, job)], N_LINES, 60)
    del L.rows[N_LINES:]
    return L


# 15 --------------------------------------------------------------- Firecracker 1.9 microVMs on a CI company's sandbox host: each job runs in a fresh microVM started through the jailer
#   and configured over the API socket by a Go orchestrator (firecracker-go-sdk), each VM's log (show_level and show_log_origin on) appended to one
#   file: "2026-12-01T10:00:00.123456789 [ci-7f3a91c2:fc_api:INFO:src/firecracker/src/api_server/parsed_request.rs:116] The API server received a Put
#   request on "/boot-source" with body "{\"kernel_image_path\":...}"." (the instance id, the thread, the level and the source location in brackets);
#   the start-up, the configuration requests and their answers, rejected requests, the guest's boot time, vCPU exits, snapshots of warm pools,
#   shutdowns
@checked
def log_firecracker(seed):
    L = Log("firecracker_vmm_log", seed, "full", True, True)
    g = L.g
    st = {"id": ""}

    def w(th, lv, src, line, msg, ev):
        L.t += dt.timedelta(microseconds=g.num(20, 9000))
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}{g.num(0, 999):03d} [{st['id']}:{th}:{lv}:{src}:{line}] {msg}", ev, lv, f"{th}|{src}")

    def esc(s):
        return s.replace("\\", "\\\\").replace("\"", "\\\"")

    def put(path, body, ok=True, method="Put"):
        w("fc_api", "INFO", "src/firecracker/src/api_server/parsed_request.rs", 116, f"The API server received a {method} request on \"{path}\" with body \"{esc(body)}\".",
          "api_received_body")
        if ok:
            w("fc_api", "INFO", "src/firecracker/src/api_server/parsed_request.rs", 84, "The request was executed successfully. Status code: 204 No Content.",
              "api_success")

    def get(path):
        w("fc_api", "INFO", "src/firecracker/src/api_server/parsed_request.rs", 116, f"The API server received a Get request on \"{path}\".", "api_received")
        w("fc_api", "INFO", "src/firecracker/src/api_server/parsed_request.rs", 84, "The request was executed successfully. Status code: 200 OK.", "api_success")

    def bad(msg):
        w("fc_api", "ERROR", "src/firecracker/src/api_server/parsed_request.rs", 99, f"Received Error. Status code: 400 Bad Request. Message: {msg}", "api_error")

    def vm():
        st["id"] = f"ci-{g.hx(8)}"
        L.t += dt.timedelta(seconds=g.num(5, 400))
        vcpus = g.c([2, 2, 4, 8])
        mem = g.c([2048, 4096, 8192])
        tap = f"tap{g.num(0, 63)}"
        w("main", "INFO", "src/firecracker/src/main.rs", 345, "Running Firecracker v1.9.1", "running_firecracker")
        w("main", "INFO", "src/firecracker/src/main.rs", 612, f"Listening on API socket (\"/srv/jailer/firecracker/{st['id']}/root/run/firecracker.socket\").", "listening")
        w("fc_api", "INFO", "src/firecracker/src/api_server/mod.rs", 123, "API server started.", "api_started")
        put("/logger", json.dumps({"log_path": "logs.fifo", "level": "Info", "show_level": True, "show_log_origin": True}, separators=(",", ":")))
        put("/metrics", json.dumps({"metrics_path": "metrics.fifo"}, separators=(",", ":")))
        put("/machine-config", json.dumps({"vcpu_count": vcpus, "mem_size_mib": mem, "smt": False, "track_dirty_pages": False}, separators=(",", ":")))
        put("/boot-source", json.dumps({"kernel_image_path": "vmlinux-6.1.102", "boot_args": "console=ttyS0 reboot=k panic=1 pci=off quiet i8042.noaux "
                                                                                     "ip=172.16.0.2::172.16.0.1:255.255.255.252::eth0:off"}, separators=(",", ":")))
        put("/drives/rootfs", json.dumps({"drive_id": "rootfs", "path_on_host": "rootfs.ext4", "is_root_device": True, "is_read_only": False,
                                          "io_engine": g.c(["Sync", "Async"])}, separators=(",", ":")))
        if g.r.random() < 0.6:
            put("/drives/cache", json.dumps({"drive_id": "cache", "path_on_host": "cache.ext4", "is_root_device": False, "is_read_only": False},
                                            separators=(",", ":")))
        put("/network-interfaces/eth0", json.dumps({"iface_id": "eth0", "guest_mac": "06:00:ac:10:00:02", "host_dev_name": tap}, separators=(",", ":")))
        put("/vsock", json.dumps({"guest_cid": 3, "uds_path": "v.sock"}, separators=(",", ":")))
        if g.r.random() < 0.06:
            put("/network-interfaces/eth0", json.dumps({"iface_id": "eth0", "guest_mac": "06:00:ac:10:00:02", "host_dev_name": "tap" + str(g.num(64, 99))},
                                                       separators=(",", ":")), ok=False)
            bad(f"Could not create the network device: Open tap device failed: Error while creating ifreq structure: Invalid argument (os error 22). "
                f"Invalid TUN/TAP Backend provided by {tap}. Check our documentation on setting up the network devices.")
            w("main", "INFO", "src/firecracker/src/main.rs", 530, "Firecracker exiting with error. exit_code=1", "exiting_error")
            return
        put("/actions", json.dumps({"action_type": "InstanceStart"}, separators=(",", ":")))
        w("fc_vcpu 0", "INFO", "src/vmm/src/vstate/vcpu/mod.rs", 267, "Received a VcpuEvent::Resume message with immediate_exit enabled. immediate_exit was disabled "
          "before proceeding", "vcpu_resume")
        w("main", "INFO", "src/vmm/src/lib.rs", 791, "Artificially kick devices.", "kick_devices")
        secs(L, 0.1, 0.4)
        bt = g.num(90000, 400000)
        w("fc_vcpu 0", "INFO", "src/vmm/src/devices/pseudo/boot_timer.rs", 39, f"Guest-boot-time = {bt:>7} us {bt // 1000} ms, {int(bt * 0.8):>7} CPU us {int(bt * 0.8) // 1000} "
          "CPU ms", "guest_boot_time")
        if g.r.random() < 0.5:
            get("/machine-config")
        if g.r.random() < 0.1:
            put("/machine-config", json.dumps({"vcpu_count": vcpus * 2, "mem_size_mib": mem}, separators=(",", ":")), ok=False)
            bad("The requested operation is not supported after starting the microVM.")
        secs(L, 30, 900)
        if g.r.random() < 0.05:
            w("fc_vmm", "WARN", "src/vmm/src/devices/virtio/net/device.rs", 388, "Failed to write to tap: Os { code: 5, kind: Uncategorized, message: \"Input/output error\" }",
              "net_tap_write_failed")
        if g.r.random() < 0.04:
            w(f"fc_vcpu {g.num(0, vcpus - 1)}", "ERROR", "src/vmm/src/vstate/vcpu/mod.rs", 570, "Unexpected exit reason on vcpu run: FailEntry(0, 0)", "vcpu_fail_entry")
            w("main", "ERROR", "src/vmm/src/lib.rs", 915, "Failed to send exit code: Sending on a closed channel", "send_exit_failed") if g.r.random() < 0.5 else None
            w("main", "INFO", "src/vmm/src/lib.rs", 898, "Vmm is stopping.", "vmm_stopping")
            w("main", "INFO", "src/firecracker/src/main.rs", 530, "Firecracker exiting with error. exit_code=2", "exiting_error")
            return
        if g.r.random() < 0.15:
            put("/vm", json.dumps({"state": "Paused"}, separators=(",", ":")), method="Patch")
            put("/snapshot/create", json.dumps({"snapshot_type": "Full", "snapshot_path": "snap/vmstate", "mem_file_path": "snap/mem"}, separators=(",", ":")))
            w("fc_api", "INFO", "src/vmm/src/persist.rs", 180, f"Snapshot created in {g.num(200, 4000)} ms", "snapshot_created")
            w("main", "INFO", "src/vmm/src/lib.rs", 898, "Vmm is stopping.", "vmm_stopping")
            w("main", "INFO", "src/firecracker/src/main.rs", 530, "Firecracker exiting successfully. exit_code=0", "exiting_ok")
            return
        if g.r.random() < 0.3:
            put("/actions", json.dumps({"action_type": "SendCtrlAltDel"}, separators=(",", ":")))
            secs(L, 0.5, 4)
        for c in range(vcpus):
            w(f"fc_vcpu {c}", "INFO", "src/vmm/src/vstate/vcpu/mod.rs", 489, "Received KVM_EXIT_SHUTDOWN signal", "kvm_exit_shutdown") if c == 0 or g.r.random() < 0.2 \
                else None
        w("main", "INFO", "src/vmm/src/lib.rs", 898, "Vmm is stopping.", "vmm_stopping")
        w("main", "INFO", "src/vmm/src/lib.rs", 898, "Vmm is stopping.", "vmm_stopping") if g.r.random() < 0.5 else None
        w("main", "INFO", "src/firecracker/src/main.rs", 530, "Firecracker exiting successfully. exit_code=0", "exiting_ok")

    fill(L, [(1, vm)], N_LINES, 30)
    del L.rows[N_LINES:]
    return L


# 16 --------------------------------------------------------------- A Flipper Zero (firmware 1.1) on a hardware hacker's bench, its debug log (log level Debug, log device: the GPIO
#   UART) captured for a few days by a USB-serial adapter and a small script that strips the colours: "123456 [I][Loader] Application stopped. Free
#   heap: 132520", the milliseconds since boot, the level letter (E, W, I, D, T) and the tag in brackets; the boot and its services, apps loaded and
#   stopped, Bluetooth and the RPC sessions of the phone app, Sub-GHz and NFC reads, infrared, the animations, battery and charging, SD card
#   trouble, and reboots (the tick starts again)
@checked
def log_flipper(seed):
    L = Log("flipper_uart_log", seed, "rel", True, True)
    g = L.g
    APPS = [("Sub-GHz", "/ext/apps/Main/subghz.fap", "subghz"), ("NFC", "/ext/apps/Main/nfc.fap", "nfc"), ("Infrared", "/ext/apps/Main/infrared.fap", "infrared"),
            ("125 kHz RFID", "/ext/apps/Main/lfrfid.fap", "lfrfid"), ("iButton", "/ext/apps/Main/ibutton.fap", "ibutton"),
            ("Bad USB", "/ext/apps/Main/bad_usb.fap", "badusb"), ("GPIO", "/ext/apps/GPIO/gpio.fap", "gpio"), ("Snake Game", "/ext/apps/Games/snake_game.fap", "snake")]
    ANIMS = ["L1_Waves_128x50", "L1_Laptop_128x51", "L1_Sleep_128x64", "L2_Hacking_pc_128x64", "L1_Read_books_128x64", "L1_Painting_128x64",
             "L3_Fireplace_128x64", "L1_Mods_128x64", "L2_Wake_up_128x64"]
    st = {"tick": 0, "app": None, "bt": False}

    def w(lv, tag, msg, ev, adv=None):
        st["tick"] += adv if adv is not None else g.num(1, 400)
        L.t += dt.timedelta(milliseconds=adv if adv is not None else 200)
        L.emit(f"{st['tick']} [{lv}][{tag}] {msg}", ev, lv, tag)

    def boot():
        st["tick"] = g.num(2, 9)
        L.t += dt.timedelta(seconds=g.num(5, 3600))
        w("I", "FuriHalBus", "Init OK", "hal_init_ok:FuriHalBus", 0)
        for tag in ["FuriHalRtc", "FuriHalI2c", "FuriHalSpi", "FuriHalSd", "FuriHalLight", "FuriHalVibro", "FuriHalRfid", "FuriHalSubGhz", "FuriHalNfc"]:
            w("I", tag, "Init OK", "hal_init_ok:" + tag, g.num(0, 4))
        w("I", "FuriHalBt", f"Radio stack started: {g.c(['1.17.3', '1.17.3'])} full", "bt_radio_stack", g.num(20, 60))
        w("I", "Flipper", "Boot mode 0, starting services", "boot_mode", g.num(5, 30))
        for s in ["rpc_srv", "bt", "cli", "dialogs", "dolphin", "gui", "input", "loader", "notification", "power", "storage", "desktop", "expansion"]:
            w("D", "Flipper", f"Starting service {s}", "starting_service", g.num(1, 40))
        w("I", "Storage", f"SD card mounted, free {g.num(12000, 29000)} MB of {g.c([61011, 30436])} MB", "sd_mounted", g.num(100, 400))
        w("I", "Flipper", "Startup complete", "startup_complete", g.num(50, 300))
        w("I", "AnimationManager", f"Select '{g.c(ANIMS)}' animation", "select_animation", g.num(100, 800))
        st["app"] = None
        st["bt"] = False

    def app():
        if st["app"]:
            name, path, short = st["app"]
            w("I", "Loader", f"Application stopped. Free heap: {g.num(90000, 140000)}", "app_stopped", g.num(5000, 600000))
            st["app"] = None
            return
        a = g.c(APPS)
        name, path, short = a
        w("I", "Loader", f"Loading {path}", "loading_app", g.num(2000, 900000))
        w("I", "Elf", f"Total size of loaded sections: {g.num(8000, 90000)}", "elf_total_size")
        w("I", "Loader", f"Loaded in {g.num(150, 900)}ms", "loaded_in")
        w("I", "Loader", f"Starting {name}", "starting_app", g.num(1, 20))
        st["app"] = a
        if short == "subghz":
            w("I", "SubGhzWorker", f"Start receiving at {g.c(['433920000', '868350000', '315000000'])} Hz, preset {g.c(['AM650', 'FM238', 'AM270'])}", "subghz_rx_start")
        if short == "nfc":
            w("D", "NfcScanner", "Scanner started", "nfc_scanner_started")

    def subghz():
        if not st["app"] or st["app"][2] != "subghz":
            return idle()
        proto = g.c(["Princeton", "CAME", "Nice FLO", "GateTX", "KeeLoq", "Holtek_HT12X", "Security+ 2.0"])
        bits = {"Princeton": 24, "CAME": 12, "Nice FLO": 12, "GateTX": 24, "KeeLoq": 64, "Holtek_HT12X": 12, "Security+ 2.0": 62}[proto]
        w("D", "SubGhzReceiver", f"{proto} {bits}bit Key:0x{g.HX(max(4, bits // 4))} Te:{g.num(200, 520)}us", "subghz_decoded", g.num(500, 60000))
        if g.r.random() < 0.2:
            w("I", "SubGhzFileEncoder", f"Save /ext/subghz/{proto.replace(' ', '_').replace('+', 'p')}_{g.num(1, 99)}.sub", "subghz_saved")
        if g.r.random() < 0.05:
            w("W", "SubGhzDevice", "CC1101 RSSI below threshold, AGC reset", "subghz_agc_reset")

    def nfc():
        if not st["app"] or st["app"][2] != "nfc":
            return idle()
        proto = g.c(["Mf Ultralight", "Mf Classic", "Mf DESFire", "ISO14443-3A", "ISO15693-3", "FeliCa"])
        w("I", "NfcScanner", f"Detected protocols: {proto}", "nfc_detected", g.num(1000, 60000))
        if proto == "Mf Classic":
            w("D", "MfClassicPoller", f"Sector {g.num(0, 15)} key A found: {g.HX(12)}", "mfc_key_found")
            if g.r.random() < 0.4:
                w("W", "MfClassicPoller", f"Auth failed for sector {g.num(0, 15)}", "mfc_auth_failed")
        w("D", "Iso14443_3aPoller", f"UID: {' '.join(g.HX(2) for _ in range(g.c([4, 7])))} ATQA: 00{g.HX(2)} SAK: {g.HX(2)}", "iso14443_uid")
        if g.r.random() < 0.1:
            w("E", "NfcPoller", "Timeout", "nfc_timeout")

    def ir():
        if not st["app"] or st["app"][2] != "infrared":
            return idle()
        w("D", "InfraredWorker", f"Signal decoded: {g.c(['NEC', 'NECext', 'Samsung32', 'RC5', 'SIRC', 'RC6'])}, A: 0x{g.HX(2)} C: 0x{g.HX(2)}", "ir_decoded",
          g.num(500, 30000))

    def bt():
        if not st["bt"]:
            w("I", "BtGap", f"Connect event. Status 0, Connection handle 0x{g.hx(4)}", "bt_connect", g.num(1000, 900000))
            w("I", "BtSrv", "Open RPC connection", "rpc_open")
            w("I", "RpcSrv", "Session started", "rpc_session_started")
            st["bt"] = True
            for _ in range(g.num(0, 4)):
                w("D", "RpcStorage", f"{g.c(['List', 'Read', 'Stat', 'Write'])} {g.c(['/ext/subghz', '/ext/nfc', '/ext/infrared/TV.ir', '/int/.bt.settings', '/ext/badusb'])}",
                  "rpc_storage_op", g.num(20, 500))
        else:
            w("I", "BtGap", f"Disconnect from client. Reason: {g.c(['13', '8', '19', '22'])}", "bt_disconnect", g.num(1000, 900000))
            w("I", "BtSrv", "Close RPC connection", "rpc_close")
            w("I", "RpcSrv", "Session terminated", "rpc_session_terminated")
            w("I", "BtGap", "Start Advertising", "bt_advertising")
            st["bt"] = False

    def idle():
        x = g.r.random()
        if x < 0.4:
            w("I", "AnimationManager", f"Select '{g.c(ANIMS)}' animation", "select_animation", g.num(10000, 900000))
        elif x < 0.6:
            w("D", "DolphinState", f"icounter {g.num(1000, 9000)}, butthurt {g.num(0, 3)}", "dolphin_state", g.num(10000, 900000))
        elif x < 0.8:
            w("I", "Power", f"Battery {g.num(10, 100)}%, {g.num(3500, 4200)}mV, {g.num(20, 35)}C", "power_battery", g.num(10000, 900000))
        elif x < 0.9:
            if g.r.random() < 0.5:
                w("I", "Power", "Charging started", "power_charging_started", g.num(10000, 900000))
            else:
                w("I", "Power", "Charging stopped", "power_charging_stopped", g.num(10000, 900000))
        else:
            w("I", "Desktop", "Locked", "desktop_locked", g.num(10000, 900000))

    def trouble():
        x = g.r.random()
        if x < 0.4:
            w("E", "StorageExt", f"SD card error: {g.c(['FR_DISK_ERR', 'FR_NOT_READY', 'FR_TIMEOUT'])}", "sd_error", g.num(1000, 900000))
            w("W", "Storage", "SD card unmounted", "sd_unmounted")
            w("I", "Storage", f"SD card mounted, free {g.num(12000, 29000)} MB of 30436 MB", "sd_mounted", g.num(1000, 5000))
        elif x < 0.7:
            w("W", "FuriHalUsb", "USB locked, mode switch postponed", "usb_locked", g.num(1000, 900000))
        else:
            w("E", "BtSrv", "Failed to send RPC data: not connected", "bt_send_failed", g.num(1000, 900000))

    def reboot():
        if g.r.random() < 0.3:
            w("E", "Loader", "Application crashed: NULL pointer dereference", "app_crashed", g.num(1000, 900000))
        else:
            w("I", "Power", "Reboot requested", "reboot_requested", g.num(1000, 900000))
        boot()

    def act():
        if not st["app"]:
            return app() if g.r.random() < 0.4 else idle()
        if g.r.random() < 0.12:
            return app()
        {"subghz": subghz, "nfc": nfc, "infrared": ir}.get(st["app"][2], idle)()

    boot()
    fill(L, [(30, act), (8, idle), (3, bt), (1.2, trouble), (0.4, reboot)], N_LINES, 30)
    del L.rows[N_LINES:]
    return L


# 17 --------------------------------------------------------------- Google Cloud Build from `gcloud builds submit --config cloudbuild.yaml` in a small agency's deploy script (a Next.js
#   storefront built with Docker, pushed to Artifact Registry and deployed to Cloud Run), the script's output of each deploy appended to one file: no
#   time on the lines (the summary table's CREATE_TIME is a column), no level; the upload, "REMOTE BUILD OUTPUT", FETCHSOURCE, each step's output
#   behind "Step #1 - "build": " (the classic Docker builder's "Step 3/14 : ...", layer pulls, npm, Next.js), "Starting Step" and "Finished Step",
#   PUSH, DONE, the summary table, and failing builds with their "ERROR: build step ..." lines
@checked
def log_gcloud_build(seed):
    L = Log("gcloud_builds_submit", seed, None, True, True)
    g = L.g
    PROJ = "agentur-shop-prod"
    REPO = f"europe-west3-docker.pkg.dev/{PROJ}/web/storefront"
    BAR = "-" * 60

    def raw(text, ev, comp=None, lv=None):
        L.emit(text, ev, lv, comp)

    def s(i, name, text, ev, lv=None):
        raw(f"Step #{i} - \"{name}\": {text}", ev, name, lv)

    def docker_build(i, name, tag):
        s(i, name, "Already have image (with digest): gcr.io/cloud-builders/docker", "already_have_image")
        s(i, name, f"Sending build context to Docker daemon  {g.f(1, 60, 2)}MB", "sending_context")
        steps = [("FROM node:20-alpine AS deps", True), ("RUN apk add --no-cache libc6-compat", False), ("WORKDIR /app", False),
                 ("COPY package.json package-lock.json ./", False), ("RUN npm ci", False), ("FROM node:20-alpine AS builder", True), ("WORKDIR /app", False),
                 ("COPY --from=deps /app/node_modules ./node_modules", False), ("COPY . .", False), ("RUN npm run build", False),
                 ("FROM node:20-alpine AS runner", True), ("ENV NODE_ENV=production", False), ("COPY --from=builder /app/.next/standalone ./", False),
                 ("CMD [\"node\", \"server.js\"]", False)]
        cached_deps = g.r.random() < 0.5
        for k, (st, is_from) in enumerate(steps):
            s(i, name, f"Step {k + 1}/{len(steps)} : {st}", "docker_step")
            if is_from and k == 0:
                s(i, name, "20-alpine: Pulling from library/node", "pulling_from")
                layers = [g.hx(12) for _ in range(g.num(3, 5))]
                for ly in layers:
                    s(i, name, f"{ly}: Pulling fs layer", "layer_pulling")
                for ly in layers:
                    s(i, name, f"{ly}: Verifying Checksum", "layer_verifying")
                    s(i, name, f"{ly}: Download complete", "layer_download_complete")
                for ly in layers:
                    s(i, name, f"{ly}: Pull complete", "layer_pull_complete")
                s(i, name, f"Digest: sha256:{g.hx(64)}", "digest")
                s(i, name, "Status: Downloaded newer image for node:20-alpine", "status_downloaded")
                s(i, name, f" ---> {g.hx(12)}", "arrow_id")
                continue
            if is_from:
                s(i, name, f" ---> {g.hx(12)}", "arrow_id")
                continue
            if cached_deps and k < 5:
                s(i, name, " ---> Using cache", "using_cache")
                s(i, name, f" ---> {g.hx(12)}", "arrow_id")
                continue
            cid = g.hx(12)
            s(i, name, f" ---> Running in {cid}", "running_in")
            if st == "RUN npm ci":
                s(i, name, f"added {g.num(400, 900)} packages, and audited {g.num(900, 1000)} packages in {g.num(10, 60)}s", "npm_added")
                s(i, name, f"{g.num(100, 200)} packages are looking for funding", "npm_funding")
                s(i, name, "  run `npm fund` for details", "npm_fund_details")
                s(i, name, "found 0 vulnerabilities", "npm_no_vulns")
            elif st == "RUN npm run build":
                s(i, name, "> storefront@1.8.0 build", "npm_script_head")
                s(i, name, "> next build", "npm_script_cmd")
                s(i, name, "   ▲ Next.js 14.2.18", "next_version")
                s(i, name, "   Creating an optimized production build ...", "next_creating")
                if g.r.random() < 0.08:
                    s(i, name, "Failed to compile.", "next_failed")
                    s(i, name, f"./src/app/{g.c(['cart', 'checkout', 'produkte/[slug]'])}/page.tsx:{g.num(10, 90)}:{g.num(3, 30)}", "next_error_loc")
                    s(i, name, f"Type error: Property '{g.c(['priceGross', 'variantId', 'shippingCost'])}' does not exist on type 'Product'.", "next_type_error")
                    s(i, name, "The command '/bin/sh -c npm run build' returned a non-zero code: 1", "docker_nonzero")
                    return False
                s(i, name, " ✓ Compiled successfully", "next_compiled")
                s(i, name, "   Linting and checking validity of types ...", "next_linting")
                s(i, name, f" ✓ Generating static pages ({g.num(20, 60)}/{g.num(60, 90)})", "next_static_pages")
                s(i, name, "   Finalizing page optimization ...", "next_finalizing")
            s(i, name, f"Removing intermediate container {cid}", "removing_container")
            s(i, name, f" ---> {g.hx(12)}", "arrow_id")
        img = g.hx(12)
        s(i, name, f"Successfully built {img}", "successfully_built")
        s(i, name, f"Successfully tagged {REPO}:{tag}", "successfully_tagged")
        return True

    def push(i, name, tag):
        s(i, name, f"The push refers to repository [{REPO}]", "push_refers")
        layers = [g.hx(12) for _ in range(g.num(4, 7))]
        for ly in layers:
            s(i, name, f"{ly}: Preparing", "push_preparing")
        for ly in layers:
            if g.r.random() < 0.5:
                s(i, name, f"{ly}: Layer already exists", "push_layer_exists")
            else:
                s(i, name, f"{ly}: Pushed", "push_pushed")
        s(i, name, f"{tag}: digest: sha256:{g.hx(64)} size: {g.num(1500, 2600)}", "push_digest")

    def deploy(i, name):
        s(i, name, f"Deploying container to Cloud Run service [storefront] in project [{PROJ}] region [europe-west3]", "run_deploying_container")
        s(i, name, "Deploying...", "run_deploying")
        s(i, name, "Setting IAM Policy.............done", "run_iam_policy")
        s(i, name, "Creating Revision...............................................done", "run_creating_revision")
        s(i, name, "Routing traffic.....done", "run_routing_traffic")
        s(i, name, "Done.", "run_done")
        s(i, name, f"Service [storefront] revision [storefront-{g.num(100, 999):05d}-{g.alnum(3)}] has been deployed and is serving 100 percent of traffic.",
          "run_serving")
        s(i, name, "Service URL: https://storefront-7x2kq4mbsa-ey.a.run.app", "run_service_url")

    def build():
        L.t += dt.timedelta(hours=g.num(1, 48))
        bid = g.uuid()
        tag = g.hx(7)
        src = f"gs://{PROJ}_cloudbuild/source/{int(epoch(L.t))}.{g.num(100000, 999999)}-{g.hx(32)}.tgz"
        raw(f"Creating temporary archive of {g.num(300, 900)} file(s) totalling {g.f(2, 40, 1)} MiB before compression.", "creating_archive")
        raw(f"Uploading tarball of [.] to [{src}]", "uploading_tarball")
        raw(f"Created [https://cloudbuild.googleapis.com/v1/projects/{PROJ}/locations/global/builds/{bid}].", "created_build")
        raw(f"Logs are available at [ https://console.cloud.google.com/cloud-build/builds/{bid}?project={g.num(10 ** 11, 10 ** 12)} ].", "logs_available")
        raw("Waiting for build to complete. Polling interval: 1 second(s).", "waiting")
        raw(f"{BAR} REMOTE BUILD OUTPUT {BAR}", "remote_output_rule")
        raw(f"starting build \"{bid}\"", "starting_build")
        raw("", "empty")
        raw("FETCHSOURCE", "fetchsource")
        raw(f"Fetching storage object: {src}#{g.num(10 ** 15, 10 ** 16)}", "fetching_object")
        raw(f"Copying {src}#{g.num(10 ** 15, 10 ** 16)}...", "copying")
        mib = g.f(1, 30, 1)
        raw(f"/ [1 files][{mib:>6} MiB/{mib:>6} MiB]                                                ", "copy_progress")
        raw(f"Operation completed over 1 objects/{mib} MiB.", "operation_completed")
        raw("BUILD", "build_phase")
        ok = True
        steps = [("build", "docker"), ("push", "docker"), ("deploy", "gcloud")]
        for i, (name, kind) in enumerate(steps):
            raw(f"Starting Step #{i} - \"{name}\"", "starting_step")
            if name == "build":
                ok = docker_build(i, name, tag)
            elif name == "push":
                push(i, name, tag)
            else:
                s(i, name, "Already have image (with digest): gcr.io/google.com/cloudsdktool/cloud-sdk:slim", "already_have_image")
                if g.r.random() < 0.05:
                    s(i, name, "ERROR: (gcloud.run.deploy) Revision 'storefront-00231-qvz' is not ready and cannot serve traffic. The user-provided container failed "
                               "to start and listen on the port defined provided by the PORT=8080 environment variable.", "run_not_ready", "ERROR")
                    ok = False
                else:
                    deploy(i, name)
            if not ok:
                raw(f"ERROR: build step {i} \"{'gcr.io/cloud-builders/docker' if kind == 'docker' else 'gcr.io/google.com/cloudsdktool/cloud-sdk:slim'}\" failed: step exited "
                    "with non-zero status: 1", "build_step_failed", None, "ERROR")
                break
            raw(f"Finished Step #{i} - \"{name}\"", "finished_step")
        if ok:
            raw("PUSH", "push_phase")
            raw(f"Pushing {REPO}:{tag}", "pushing")
            raw(f"The push refers to repository [{REPO}]", "push_refers")
            raw(f"{tag}: digest: sha256:{g.hx(64)} size: {g.num(1500, 2600)}", "push_digest")
            raw("DONE", "done")
        raw(BAR * 2 + "-" * 21, "bar_rule")
        if not ok:
            raw(f"BUILD FAILURE: Build step failure: build step {i} \"{'gcr.io/cloud-builders/docker' if steps[i][1] == 'docker' else 'gcr.io/google.com/cloudsdktool/cloud-sdk:slim'}\" "
                "failed: step exited with non-zero status: 1", "build_failure")
            raw(f"ERROR: (gcloud.builds.submit) build {bid} completed with status \"FAILURE\"", "gcloud_failure", None, "ERROR")
            return
        raw("ID                                    CREATE_TIME                DURATION  SOURCE" + " " * 90 + "IMAGES                                  STATUS", "table_head")
        raw(f"{bid}  {L.t:%Y-%m-%dT%H:%M:%S}+00:00  {g.num(2, 9)}M{g.num(0, 59)}S     {src}  {REPO}:{tag}  SUCCESS", "table_row")

    fill(L, [(1, build)], N_LINES, 1)
    del L.rows[N_LINES:]
    return L


# 18 --------------------------------------------------------------- goleveldb (syndtr/goleveldb 1.0.1) as the block store of a CometBFT 0.38 full node of a Cosmos chain, the
#   data/blockstore.db/LOG.old and LOG the operator concatenated: "10:00:00.123456 memdb@flush created L0@1234 N·5678 S·4MiB "BH:a1b2c3d4..e5f6a7b8,v12":
#   "SC:9876543,v34"" (the time of day and the event's "what@action" tag), a "=============== Dec 1, 2026 (UTC) ===============" line whenever the day
#   changes or the store is opened; the open with its journal recovery and janitor, memtable flushes, table compactions with the tables built and
#   removed, trivial moves, version statistics, write delays, the close
@checked
def log_goleveldb(seed):
    L = Log("goleveldb_log_file", seed, "tod", False, True, start=dt.datetime(2026, 11, 20, 7, 0, 0, tzinfo=UTC))
    g = L.g
    st = {"day": None, "file": g.num(80000, 90000), "seq": g.num(10 ** 8, 2 * 10 ** 8), "h": g.num(9000000, 9500000), "lv": [0, 4, 38, 210, 0],
          "sz": [0, 8, 80, 420, 0]}

    def w(msg, ev, comp):
        if st["day"] != L.t.day:
            st["day"] = L.t.day
            L.emit(f"=============== {L.t:%b} {L.t.day}, {L.t:%Y} (UTC) ===============", "day_banner", None, None)
        L.emit(f"{L.t:%H:%M:%S}.{us6(L.t)} {msg}", ev, None, comp)

    def tick(a=1, b=400):
        L.t += dt.timedelta(milliseconds=g.num(a, b))

    def sz(b):
        for unit, n in [("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)]:
            if b >= n:
                return f"{b // n}{unit}"
        return f"{b}B"

    def short(s):
        return s if len(s) <= 16 else s[:8] + ".." + s[-8:]

    def ikey():
        h = st["h"] - g.num(0, 400)
        k = g.c([f"H:{h}", f"P:{h}:{g.num(0, 3)}", f"C:{h}", f"SC:{h}", "BH:" + g.hx(64)])
        return f"\"{short(k)},v{st['seq'] - g.num(0, 100000)}\""

    def vstat():
        lv = [n for n in st["lv"]]
        while lv and lv[-1] == 0:
            lv.pop()
        szs = "[" + " ".join(sz(s << 20) if s else "0B" for s in st["sz"][:len(lv)]) + "]"
        scores = "[" + " ".join(f"{g.r.uniform(0, 1.2):.2f}" for _ in lv) + "]"
        w(f"version@stat F·[{' '.join(str(n) for n in lv)}] S·{sz(sum(st['sz']) << 20)}{szs} Sc·{scores}", "version_stat", "version")

    def open_db():
        st["day"] = None
        w("log@legend F·NumFile S·FileSize N·Entry C·BadEntry B·BadBlock Ke·KeyError D·DroppedEntry L·Level Q·SeqNum T·TimeElapsed", "log_legend", "log")
        vstat()
        w("db@open opening", "db_opening", "db")
        tick(5, 200)
        w("journal@recovery F·1", "journal_recovery_files", "journal")
        w(f"journal@recovery recovering @{st['file']}", "journal_recovering", "journal")
        tick(50, 3000)
        st["file"] += 2
        w(f"memdb@flush created L0@{st['file']} N·{g.num(100, 40000)} S·{sz(g.num(10000, 4 << 20))} {ikey()}:{ikey()}", "memdb_flush_created", "memdb")
        st["lv"][0] += 1
        st["sz"][0] += 2
        vstat()
        w(f"db@janitor F·{sum(st['lv']) + 3} G·{g.num(0, 2)}", "janitor", "db")
        for _ in range(g.num(0, 2)):
            w(f"db@janitor removing {g.c(['journal', 'table', 'manifest'])}-{st['file'] - g.num(2, 40)}", "janitor_removing", "db")
        w(f"db@open done T·{g.f(5, 900)}ms", "db_open_done", "db")

    def flush():
        st["h"] += g.num(300, 700)
        st["seq"] += g.num(2000, 6000)
        L.t += dt.timedelta(seconds=g.num(900, 3600))
        n = g.num(20000, 60000)
        w(f"memdb@flush N·{n} S·{sz(g.num(3 << 20, 4 << 20))}", "memdb_flush", "memdb")
        tick(20, 600)
        st["file"] += 1
        w(f"memdb@flush created L0@{st['file']} N·{n} S·{sz(g.num(1 << 20, 3 << 20))} {ikey()}:{ikey()}", "memdb_flush_created", "memdb")
        tick(1, 30)
        w(f"memdb@flush committed F·1 T·{g.f(20, 900)}ms", "memdb_flush_committed", "memdb")
        st["lv"][0] += 1
        st["sz"][0] += 2
        vstat()
        if st["lv"][0] >= 4:
            compact(0)
        elif g.r.random() < 0.08:
            compact(g.c([1, 2]))

    def compact(lvl):
        if st["lv"][lvl] == 0:
            return
        tick(1, 50)
        if lvl > 0 and g.r.random() < 0.3:
            w(f"table@move L{lvl}@{st['file'] - g.num(10, 500)} -> L{lvl + 1}", "table_move", "table")
            st["lv"][lvl] -= 1
            st["lv"][lvl + 1] += 1
            vstat()
            return
        a = st["lv"][lvl] if lvl == 0 else 1
        b = min(g.num(1, 6), max(1, st["lv"][lvl + 1]))
        size = g.num(4, 30)
        w(f"table@compaction L{lvl}·{a} -> L{lvl + 1}·{b} S·{size}MiB Q·{st['seq']}", "table_compaction", "table")
        out = g.num(1, b + 1)
        for _ in range(out):
            tick(100, 3000)
            st["file"] += 1
            w(f"table@build created L{lvl + 1}@{st['file']} N·{g.num(10000, 80000)} S·{sz(g.num(1 << 20, 2 << 20))} {ikey()}:{ikey()}", "table_build_created", "table")
        w("table@build exiting", "table_build_exiting", "table")
        tick(1, 30)
        dfiles = a + b - out
        w(f"table@compaction committed F{'-' if dfiles > 0 else '+'}{abs(dfiles)} S-{sz(g.num(1, 900) << 10)} Ke·0 D·{g.num(0, 20000)} T·{g.f(0.2, 9, 3)}s",
          "table_compaction_committed", "table")
        st["lv"][lvl] -= a
        st["lv"][lvl + 1] = max(0, st["lv"][lvl + 1] - b + out)
        st["sz"][lvl] = max(0, st["sz"][lvl] - 2 * a)
        st["sz"][lvl + 1] += 2 * out
        vstat()
        for _ in range(a + b):
            w(f"table@remove removed @{st['file'] - out - g.num(1, 800)}", "table_remove", "table")

    def delay():
        w(f"db@write was delayed N·{g.num(1, 40)} T·{g.f(1, 900)}ms", "write_delayed", "db")

    def close():
        w("db@close closing", "db_closing", "db")
        w(f"db@close done T·{g.f(1, 90)}ms", "db_close_done", "db")
        L.t += dt.timedelta(seconds=g.num(20, 600))
        open_db()

    open_db()
    fill(L, [(30, flush), (1.5, delay), (0.15, close)], N_LINES, 1)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None and not r[0].startswith("==="))
    return L


# 19 --------------------------------------------------------------- iperf3 3.16 measuring the links between a company's head office and its two branch offices every thirty minutes
#   from cron (`iperf3 -c HOST -t 10 [-R | -u -b 200M] --timestamps --logfile /var/log/iperf3/wan.log`): every line iperf3 prints opens with the
#   C locale's "%c " ("Tue Dec  1 10:00:00 2026 "), except a line that continues the same print (the "iperf Done." after the stamped empty line);
#   TCP, reverse and UDP tests with their per-second rows, the separator, the sender and receiver summaries, and the errors when a branch's
#   server is busy or unreachable
@checked
def log_iperf3(seed):
    L = Log("iperf3_timestamps_log", seed, "full", True, False)
    g = L.g
    HOSTS = [("10.20.0.5", 480), ("10.30.0.5", 95)]

    def w(text, ev, stamped=True, lv=None):
        if stamped:
            L.emit(f"{ctime(L.t)} {text}", ev, lv)
        else:
            L.emit(text, ev, None, None, None)

    def bw(mbps):
        return f"{mbps:4.0f} Mbits/sec" if mbps >= 100 else f"{mbps:4.1f} Mbits/sec"

    def xfer(mbytes):
        if mbytes >= 1000:
            return f"{mbytes / 1024:4.2f} GBytes"
        return f"{mbytes:4.0f} MBytes" if mbytes >= 100 else f"{mbytes:4.1f} MBytes"

    def test():
        L.t = L.t.replace(second=0, microsecond=0) + dt.timedelta(minutes=30 - L.t.minute % 30)
        host, cap = g.c(HOSTS)
        mode = g.c(["tcp", "tcp", "rev", "udp"])
        L.t += dt.timedelta(seconds=g.num(1, 2))
        if g.r.random() < 0.04:
            w(f"iperf3: error - unable to connect to server - server may not be running or is busy: {g.c(['Connection refused', 'No route to host'])}", "err_connect", lv="error")
            return
        if g.r.random() < 0.04:
            w(f"Connecting to host {host}, port 5201", "connecting")
            w("iperf3: error - the server is busy running a test. try again later", "err_busy", lv="error")
            return
        w(f"Connecting to host {host}, port 5201", "connecting")
        if mode == "rev":
            w(f"Reverse mode, remote host {host} is sending", "reverse_mode")
        local = "10.10.0.12"
        w(f"[  5] local {local} port {g.port()} connected to {host} port 5201", "connected")
        if mode == "tcp":
            w("[ ID] Interval           Transfer     Bitrate         Retr  Cwnd", "head_tcp")
        elif mode == "rev":
            w("[ ID] Interval           Transfer     Bitrate", "head_rev")
        else:
            w("[ ID] Interval           Transfer     Bitrate         Total Datagrams", "head_udp")
        tot, retr = 0.0, 0
        for i in range(10):
            L.t += dt.timedelta(seconds=1)
            if mode == "udp":
                mb = 200 / 8 * g.r.uniform(0.98, 1.0) if cap > 200 else cap / 8 * g.r.uniform(0.9, 1.0)
            else:
                mb = cap / 8 * g.r.uniform(0.6 if i == 0 else 0.85, 1.0)
            tot += mb
            if mode == "tcp":
                r = g.c([0, 0, 0, 0, g.num(1, 90)])
                retr += r
                w(f"[  5] {i:6.2f}-{i + 1:<6.2f} sec  {xfer(mb)}  {bw(mb * 8)}  {r:>3}   {g.num(200, 3000):>4} KBytes       ", "row_tcp")
            elif mode == "rev":
                w(f"[  5] {i:6.2f}-{i + 1:<6.2f} sec  {xfer(mb)}  {bw(mb * 8)}                  ", "row_rev")
            else:
                w(f"[  5] {i:6.2f}-{i + 1:<6.2f} sec  {xfer(mb)}  {bw(mb * 8)}  {int(mb * 1024 * 1024 / 1448)}  ", "row_udp")
        w("- - - - - - - - - - - - - - - - - - - - - - - - -", "separator")
        if mode == "udp":
            dg = int(tot * 1024 * 1024 / 1448)
            lost = g.c([0, 0, g.num(1, 900)])
            w("[ ID] Interval           Transfer     Bitrate         Jitter    Lost/Total Datagrams", "sum_head_udp")
            w(f"[  5]   0.00-10.00  sec  {xfer(tot)}  {bw(tot * 0.8)}  0.000 ms  0/{dg} (0%)  sender", "sum_udp_sender")
            w(f"[  5]   0.00-{10 + g.num(0, 9) / 100:<6.2f} sec  {xfer(tot * 0.99)}  {bw(tot * 0.79)}  {g.f(0.005, 2.5)} ms  {lost}/{dg} "
              f"({(100 * lost / dg):.2g}%)  receiver", "sum_udp_receiver")
        else:
            if mode == "rev":
                retr = g.c([0, 0, g.num(1, 300)])
            w("[ ID] Interval           Transfer     Bitrate         Retr", "sum_head_tcp")
            w(f"[  5]   0.00-10.00  sec  {xfer(tot)}  {bw(tot * 0.8)}  {retr:>4}             sender", "sum_tcp_sender")
            w(f"[  5]   0.00-{10 + g.num(1, 9) / 100:<6.2f} sec  {xfer(tot * 0.995)}  {bw(tot * 0.795)}                  receiver", "sum_tcp_receiver")
        w("", "empty")
        w("iperf Done.", "iperf_done", False)

    fill(L, [(1, test)], N_LINES, 1)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 20 --------------------------------------------------------------- Kaldi (5.5, the speaker-adaptive training step steps/train_sat.sh of a university speech group's recipe, 4
#   jobs through run.pl), the experiment's log directory printed with `tail -n +1 exp/tri3b/log/*.log` (files in name order, so acc.10.* before
#   acc.2.*, each under "==> exp/tri3b/log/acc.1.1.log <=="): run.pl's "# command", "# Started at Tue Dec  1 10:00:00 UTC 2026", "#", then each
#   program of the pipeline echoing its command line, Kaldi's "LOG (gmm-est[5.5.1089~1-a25f2]:main():gmm-est.cc:113) ..." and "WARNING (...)"
#   messages, "# Accounting: time=52 threads=1" and "# Ended (code 0) at ..., elapsed time 52 seconds"; accumulation, model updates with mixing-up,
#   fMLLR estimation per speaker, re-alignment with retried utterances, the tree building at the start
@checked
def log_kaldi(seed):
    L = Log("kaldi_exp_logs", seed, "full", True, True)
    g = L.g
    V = "5.5.1089~1-a25f2"
    NJ = 4
    E = "exp/tri3b"
    T0 = dt.datetime(2026, 12, 1, 9, 12, 0, tzinfo=UTC)
    files = []

    def log(rows, lv, prog, fn, src, line, msg, ev):
        rows.append((f"{lv} ({prog}[{V}]:{fn}():{src}:{line}) {msg}", ev, None, lv, prog))

    def job(name, t, dur, cmd_hash, cmd_echo, pipe, body, code=0):
        rows = [(f"# {cmd_hash}", "runpl_cmd", None, None, None), (f"# Started at {date_utc(t)}", "runpl_started", t, None, None), ("#", "runpl_hash", None, None, None)]
        rows.append((cmd_echo + " ", "cmd_echo", None, None, None))
        for p in pipe:
            rows.append((p + " ", "cmd_echo", None, None, None))
        body(rows)
        end = t + dt.timedelta(seconds=dur)
        rows.append((f"# Accounting: time={dur} threads=1", "runpl_accounting", None, None, None))
        rows.append((f"# Ended (code {code}) at {date_utc(end)}, elapsed time {dur} seconds", "runpl_ended", end, None, None))
        files.append((name, rows))

    def feats(j, trans=True):
        s = (f"apply-cmvn  --utt2spk=ark:data/train/split{NJ}/{j}/utt2spk scp:data/train/split{NJ}/{j}/cmvn.scp scp:data/train/split{NJ}/{j}/feats.scp ark:- | "
             f"splice-feats --left-context=3 --right-context=3 ark:- ark:- | transform-feats {E}/final.mat ark:- ark:- |")
        if trans:
            s += f" transform-feats --utt2spk=ark:data/train/split{NJ}/{j}/utt2spk ark:{E}/trans.{j} ark:- ark:- |"
        pipe = [f"apply-cmvn --utt2spk=ark:data/train/split{NJ}/{j}/utt2spk scp:data/train/split{NJ}/{j}/cmvn.scp scp:data/train/split{NJ}/{j}/feats.scp ark:-",
                "splice-feats --left-context=3 --right-context=3 ark:- ark:-", f"transform-feats {E}/final.mat ark:- ark:-"]
        if trans:
            pipe.append(f"transform-feats --utt2spk=ark:data/train/split{NJ}/{j}/utt2spk ark:{E}/trans.{j} ark:- ark:-")
        return s, pipe

    utts = {j: g.num(3200, 3700) for j in range(1, NJ + 1)}
    frames = {j: utts[j] * g.num(280, 360) for j in range(1, NJ + 1)}
    spks = {j: [f"spk{g.num(1, 999):04d}" for _ in range(g.num(10, 18))] for j in range(1, NJ + 1)}

    def feat_logs(rows, j, trans=True):
        log(rows, "LOG", "apply-cmvn", "main", "apply-cmvn.cc", 162, f"Applied cepstral mean normalization to {utts[j]} utterances, errors on 0", "cmvn_applied")
        log(rows, "LOG", "transform-feats", "main", "transform-feats.cc", 158, f"Overall average [pseudo-]logdet is {g.f(-90, -80, 4)} over {frames[j]} frames.",
            "transform_logdet")
        log(rows, "LOG", "transform-feats", "main", "transform-feats.cc", 161, f"Applied transform to {utts[j]} utterances; 0 had errors.", "transform_applied")
        if trans:
            log(rows, "LOG", "transform-feats", "main", "transform-feats.cc", 158, f"Overall average [pseudo-]logdet is {g.f(-3, 3, 4)} over {frames[j]} frames.",
                "transform_logdet")
            log(rows, "LOG", "transform-feats", "main", "transform-feats.cc", 161, f"Applied transform to {utts[j]} utterances; 0 had errors.", "transform_applied")

    # tree building at the start
    t = T0
    for j in range(1, NJ + 1):
        s, pipe = feats(j, True)
        def body(rows, j=j):
            feat_logs(rows, j)
            log(rows, "LOG", "acc-tree-stats", "main", "acc-tree-stats.cc", 118, f"Accumulated stats for {utts[j]} files, 0 failed due to no alignment, 0 failed for "
                "other reasons.", "tree_stats_accumulated")
            log(rows, "LOG", "acc-tree-stats", "main", "acc-tree-stats.cc", 121, f"Number of separate stats (context-dependent states) is {g.num(90000, 130000)}",
                "tree_stats_count")
        job(f"acc_tree.{j}.log", t + dt.timedelta(seconds=g.num(0, 3)), g.num(40, 90),
            f"acc-tree-stats --ci-phones=1:2:3:4:5:6:7:8:9:10 exp/tri2b_ali/final.mdl \"ark,s,cs:{s}\" \"ark:gunzip -c exp/tri2b_ali/ali.{j}.gz|\" {E}/{j}.treeacc",
            f"acc-tree-stats --ci-phones=1:2:3:4:5:6:7:8:9:10 exp/tri2b_ali/final.mdl 'ark,s,cs:{s}' 'ark:gunzip -c exp/tri2b_ali/ali.{j}.gz|' {E}/{j}.treeacc",
            pipe, body)
    t += dt.timedelta(seconds=120)

    def tree_body(rows):
        log(rows, "LOG", "build-tree", "main", "build-tree.cc", 117, f"Number of separate statistics is {g.num(200000, 300000)}", "tree_num_stats")
        log(rows, "LOG", "build-tree", "BuildTree", "build-tree.cc", 161, f"BuildTree: before building trees, map has {g.num(40, 60)} leaves.", "tree_before")
        log(rows, "LOG", "build-tree", "SplitDecisionTree", "build-tree-utils.cc", 577, "DoDecisionTreeSplit: split 2448 times, #leaves now 2500", "tree_split")
        log(rows, "LOG", "build-tree", "BuildTree", "build-tree.cc", 190, f"Setting clustering threshold to smallest split {g.f(400, 900, 3)}", "tree_threshold")
        log(rows, "LOG", "build-tree", "BuildTree", "build-tree.cc", 198, f"BuildTree: removed {g.num(100, 400)} leaves.", "tree_removed")
        log(rows, "LOG", "build-tree", "main", "build-tree.cc", 156, "Wrote tree", "tree_wrote")
    job("build_tree.log", t, g.num(60, 200), f"build-tree --verbose=1 --max-leaves=2500 --cluster-thresh=-1 {E}/treeacc data/lang/phones/roots.int {E}/questions.qst "
        f"data/lang/topo {E}/tree", f"build-tree --verbose=1 --max-leaves=2500 --cluster-thresh=-1 {E}/treeacc data/lang/phones/roots.int {E}/questions.qst data/lang/topo "
        f"{E}/tree", [], tree_body)
    t += dt.timedelta(seconds=240)

    mdl_gauss = g.num(9000, 11000)
    for it in range(1, 14):
        if it in (2, 4, 6, 12):
            for j in range(1, NJ + 1):
                s, pipe = feats(j, False)
                def body(rows, j=j):
                    feat_logs(rows, j, False)
                    log(rows, "LOG", "ali-to-post", "main", "ali-to-post.cc", 73, f"Converted {utts[j]} alignments.", "ali_to_post")
                    log(rows, "LOG", "weight-silence-post", "main", "weight-silence-post.cc", 117, f"Done {utts[j]} posteriors.", "weight_silence")
                    for sp in spks[j]:
                        log(rows, "LOG", "gmm-est-fmllr", "main", "gmm-est-fmllr.cc", 185, f"For speaker {sp}, auxf-impv from fMLLR is {g.f(0.1, 4.5, 5)}, over "
                            f"{g.num(2000, 40000)} frames.", "fmllr_speaker")
                    log(rows, "LOG", "gmm-est-fmllr", "main", "gmm-est-fmllr.cc", 219, f"Done {utts[j]} files, 0 with no posts, 0 other errors.", "fmllr_done")
                    log(rows, "LOG", "gmm-est-fmllr", "main", "gmm-est-fmllr.cc", 221, f"Overall fMLLR auxf impr per frame is {g.f(0.2, 3, 4)} over {frames[j]} frames.",
                        "fmllr_overall")
                    log(rows, "LOG", "compose-transforms", "main", "compose-transforms.cc", 131, f"Composed {len(spks[j])} transforms, 0 errors.", "compose_transforms")
                job(f"fmllr.{it}.{j}.log", t + dt.timedelta(seconds=g.num(0, 5)), g.num(30, 80),
                    f"ali-to-post \"ark:gunzip -c {E}/ali.{j}.gz|\" ark:- | weight-silence-post 0.0 1:2:3:4:5:6:7:8:9:10 {E}/{it}.mdl ark:- ark:- | gmm-est-fmllr "
                    f"--fmllr-update-type=full --spk2utt=ark:data/train/split{NJ}/{j}/spk2utt {E}/{it}.mdl \"ark,s,cs:{s}\" ark:- ark:{E}/tmp_trans.{j}",
                    f"gmm-est-fmllr --fmllr-update-type=full --spk2utt=ark:data/train/split{NJ}/{j}/spk2utt {E}/{it}.mdl 'ark,s,cs:{s}' ark:- ark:{E}/tmp_trans.{j}",
                    [f"ali-to-post 'ark:gunzip -c {E}/ali.{j}.gz|' ark:-", f"weight-silence-post 0.0 1:2:3:4:5:6:7:8:9:10 {E}/{it}.mdl ark:- ark:-"] + pipe, body)
            t += dt.timedelta(seconds=100)
        if it == 10:
            for j in range(1, NJ + 1):
                s, pipe = feats(j, True)
                def body(rows, j=j):
                    feat_logs(rows, j)
                    retried = g.num(2, 30)
                    failed = g.c([0, 0, 1, 2])
                    for _ in range(min(retried, 4)):
                        log(rows, "WARNING", "gmm-align-compiled", "AlignUtteranceWrapper", "decoder-wrappers.cc", 838,
                            f"Retrying utterance {g.c(spks[j])}-utt{g.num(1, 400):04d} with beam 40", "align_retrying")
                    for _ in range(failed):
                        log(rows, "WARNING", "gmm-align-compiled", "AlignUtteranceWrapper", "decoder-wrappers.cc", 847,
                            f"Did not successfully decode file {g.c(spks[j])}-utt{g.num(1, 400):04d}, len = {g.num(300, 3000)}", "align_failed_utt")
                    log(rows, "LOG", "gmm-align-compiled", "main", "gmm-align-compiled.cc", 135, f"Overall log-likelihood per frame is {g.f(-50, -45, 3)} over "
                        f"{frames[j]} frames.", "align_overall")
                    log(rows, "LOG", "gmm-align-compiled", "main", "gmm-align-compiled.cc", 137, f"Retried {retried} out of {utts[j]} utterances.", "align_retried")
                    log(rows, "LOG", "gmm-align-compiled", "main", "gmm-align-compiled.cc", 139, f"Done {utts[j] - failed}, errors on {failed}", "align_done")
                job(f"align.{it}.{j}.log", t + dt.timedelta(seconds=g.num(0, 5)), g.num(60, 200),
                    f"gmm-align-compiled --transition-scale=1.0 --acoustic-scale=0.1 --self-loop-scale=0.1 --beam=10 --retry-beam=40 --careful=false "
                    f"\"gmm-boost-silence --boost=1.0 1 {E}/{it}.mdl - |\" \"ark:gunzip -c {E}/fsts.{j}.gz|\" \"ark,s,cs:{s}\" \"ark:|gzip -c >{E}/ali.{j}.gz\"",
                    f"gmm-align-compiled --transition-scale=1.0 --acoustic-scale=0.1 --self-loop-scale=0.1 --beam=10 --retry-beam=40 --careful=false "
                    f"'gmm-boost-silence --boost=1.0 1 {E}/{it}.mdl - |' 'ark:gunzip -c {E}/fsts.{j}.gz|' 'ark,s,cs:{s}' 'ark:|gzip -c >{E}/ali.{j}.gz'",
                    [f"gmm-boost-silence --boost=1.0 1 {E}/{it}.mdl -"] + pipe, body)
            t += dt.timedelta(seconds=220)
        for j in range(1, NJ + 1):
            s, pipe = feats(j, True)
            def body(rows, j=j):
                feat_logs(rows, j)
                log(rows, "LOG", "gmm-acc-stats-ali", "main", "gmm-acc-stats-ali.cc", 105, f"Done {utts[j]} files, 0 with errors.", "acc_done")
                log(rows, "LOG", "gmm-acc-stats-ali", "main", "gmm-acc-stats-ali.cc", 108, f"Overall avg like per frame (Gaussian only) = {g.f(-50, -46, 4)} over "
                    f"{frames[j]} frames.", "acc_avg_like")
                log(rows, "LOG", "gmm-acc-stats-ali", "main", "gmm-acc-stats-ali.cc", 116, "Written accs.", "acc_written")
            job(f"acc.{it}.{j}.log", t + dt.timedelta(seconds=g.num(0, 5)), g.num(30, 90),
                f"gmm-acc-stats-ali {E}/{it}.mdl \"ark,s,cs:{s}\" \"ark,s,cs:gunzip -c {E}/ali.{j}.gz|\" {E}/{it}.{j}.acc",
                f"gmm-acc-stats-ali {E}/{it}.mdl 'ark,s,cs:{s}' 'ark,s,cs:gunzip -c {E}/ali.{j}.gz|' {E}/{it}.{j}.acc", pipe, body)
        t += dt.timedelta(seconds=100)
        new = min(15000, mdl_gauss + g.num(300, 700))

        def upd(rows, it=it, new=new, old=mdl_gauss):
            tot = sum(frames.values())
            log(rows, "LOG", "gmm-sum-accs", "main", "gmm-sum-accs.cc", 63, f"Summed {NJ} stats, total count {tot}, avg like/frame {g.f(-50, -46, 4)}", "sum_accs")
            log(rows, "LOG", "gmm-sum-accs", "main", "gmm-sum-accs.cc", 66, f"Total count of stats is {tot}", "sum_total")
            log(rows, "LOG", "gmm-sum-accs", "main", "gmm-sum-accs.cc", 67, "Written stats to -", "sum_written")
            log(rows, "LOG", "gmm-est", "MleUpdate", "transition-model.cc", 528, f"TransitionModel::Update, objf change is {g.f(0.0005, 0.05, 6)} per frame over {tot} frames. ",
                "tm_update")
            log(rows, "LOG", "gmm-est", "MleUpdate", "transition-model.cc", 531, f"{g.num(0, 40)} probabilities floored, {g.num(100, 600)} out of {g.num(9000, 11000)} "
                "transition-states skipped due to insuffient data (it is normal to have some skipped.)", "tm_floored")
            log(rows, "LOG", "gmm-est", "main", "gmm-est.cc", 102, f"Transition model update: Overall {g.f(0.0005, 0.05, 6)} log-like improvement per frame over {tot} frames.",
                "tm_overall")
            for _ in range(g.c([0, 0, 1, 2, 3])):
                log(rows, "WARNING", "gmm-est", "MleDiagGmmUpdate", "mle-diag-gmm.cc", 365, f"Gaussian has too little data but not removing it because it is the last "
                    f"Gaussian: i = 0, occ = {g.f(0, 9, 3)}, weight = 1", "gauss_too_little")
            log(rows, "LOG", "gmm-est", "main", "gmm-est.cc", 113, f"GMM update: Overall {g.f(0.01, 0.4, 5)} objective function improvement per frame over {tot} frames",
                "gmm_update_objf")
            log(rows, "LOG", "gmm-est", "main", "gmm-est.cc", 116, f"GMM update: Overall avg like per frame = {g.f(-50, -46, 4)} over {tot} frames.", "gmm_update_like")
            if new > old:
                log(rows, "LOG", "gmm-est", "SplitByCount", "am-diag-gmm.cc", 116, f"Split 2500 states with target = {new}, power = 0.2, perturb_factor = 0.01 and "
                    f"min_count = 20, split #Gauss from {old} to {new}", "split_by_count")
            log(rows, "LOG", "gmm-est", "main", "gmm-est.cc", 146, f"Written model to {E}/{it + 1}.mdl", "written_model")
        job(f"update.{it}.log", t, g.num(5, 30), f"gmm-est --power=0.2 --write-occs={E}/{it + 1}.occs --mix-up={new} {E}/{it}.mdl \"gmm-sum-accs - {E}/{it}.*.acc |\" "
            f"{E}/{it + 1}.mdl", f"gmm-est --power=0.2 --write-occs={E}/{it + 1}.occs --mix-up={new} {E}/{it}.mdl 'gmm-sum-accs - {E}/{it}.*.acc |' {E}/{it + 1}.mdl",
            ["gmm-sum-accs - " + " ".join(f"{E}/{it}.{j}.acc" for j in range(1, NJ + 1))], upd)
        mdl_gauss = new
        t += dt.timedelta(seconds=40)

    first = True
    for name, rows in sorted(files):
        if not first:
            L.rows.append(("", "empty", None, None, None))
        first = False
        L.rows.append((f"==> {E}/log/{name} <==", "tail_header", None, None, None))
        L.rows.extend(rows)
        if len(L.rows) >= N_LINES:
            break
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


LOGS = [log_alphafold, log_hop, log_arris, log_assetto, log_autoconf, log_balena, log_bwa, log_cardano, log_craft, log_cypress, log_darktable, log_direwolf,
        log_doris, log_earthly, log_firecracker, log_flipper, log_gcloud_build, log_goleveldb, log_iperf3, log_kaldi]


if __name__ == "__main__":
    main(LOGS, WORK)
