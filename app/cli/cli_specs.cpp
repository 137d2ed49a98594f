// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Every command's name, synopsis, summary and options: data only, so the text binary can
// print the help of the ML commands it hands over to logsleuth-cli-ml.
#include "cli_commands.h"
#include "cli_common.h"

namespace logsleuth::cli {
namespace {

// The model options (--device, --epochs, each family's own) come from the model registry:
// logsleuth-cli-ml appends them to train and analyze (cli_ml_commands.cpp).
const std::vector<OptionSpec> kTrainOptions = {
    {"kind", "KIND", "model family (default som; the list is under --help of train)"},
    {"noise-factor", "N",
     "with --store: a message marked false positive counts N times in training (default 100), one marked "
     "true positive not at all"},
};
const OptionSpec kThresholdOption = {
    "threshold", "SPEC",
    "anomaly threshold: auto (default: calibrated at training, saved with "
    "the model), seasonal (one per hour of the day: what comes at that hour on "
    "most days passes; --kind window), 3.1sigma, p99 (percentile of the training scores) or "
    "an absolute score such as 0.42"};
const OptionSpec kThreadsOption = {"threads", "N",
                                   "threads that parse and mask lines (default: every core); template ids do "
                                   "not depend on it"};
const OptionSpec kStoreOption = {"store", "DB",
                                 "apply the marks of this fact store (SQLite file) and record the run there"};
} // namespace

const std::vector<CommandSpec>& commandSpecs()
{
    static const std::vector<CommandSpec> table = {
        {"templates", "templates FILE... [--follow] [--format SPEC] [--tz ZONE]",
         "Mine message templates; CSV: line,template_id,template,time,level,component,entity,record "
         "(time: ISO 8601 UTC; record: the line where the line's multi-line record starts).",
         concat({kThreadsOption,
                 {"follow", "",
                  "keep reading the files as they grow and print rows for new lines; a rotated or truncated "
                  "file is announced and read from its start, and a file that appears in a FILE that is a "
                  "folder is read and followed (with the file column from the first row); Ctrl-C ends with "
                  "exit code 0"}},
                kInputOptions)},
        {"grep", "grep PATTERN FILE... [--level L] [--since T] [--until T] [filters]",
         "Lines whose text matches PATTERN (RE2 syntax; '' matches all) and the filters; CSV: "
         "line,time,level,template_id,text.",
         concat({{"level", "L", "only lines of this severity or worse (e.g. WARN)"},
                 {"since", "T", "only lines at or after this time (e.g. 2024-03-01T10:00, read in --tz)"},
                 {"until", "T", "only lines before this time"},
                 {"component", "NAME", "only lines of this component (logger, program)"},
                 {"entity", "NAME", "only lines of this entity (host, node)"},
                 {"template", "ID", "only lines of this template (16 hex digits, from templates)"},
                 {"ignore-case", "", "match PATTERN without regard to case"},
                 kThreadsOption},
                kInputOptions)},
        {"formats", "formats FILE... [--format SPEC] [--tz ZONE]",
         "Show the layout learned for each source; CSV: format,fields,lines,fitted (format in loghub "
         "notation; fitted: lines that have that layout).",
         concat({kThreadsOption}, kInputOptions)},
        {"train", "train FILE... --model DIR [options]",
         "Train an anomaly model on the input and save it to DIR (written to a temporary directory, then "
         "renamed).",
         concat(
             concat({{"model", "DIR", "where to save the model (required)"},
                     {"force", "", "replace an existing model directory"},
                     {"update", "",
                      "continue the model in --model over the input (old and new files) and "
                      "replace it; afresh when the vocabulary moved too far (vae, som; the saved "
                      "model's kind unless --kind says otherwise)"},
                     {"init-from", "DIR", "start from the model in DIR instead of from scratch (vae, som)"},
                     {"freeze", "encoder",
                      "with --init-from or --update: keep the encoder's weights (som: its token vectors)"},
                     kStoreOption},
                    kTrainOptions),
             kInputOptions)},
        {"score", "score FILE... --model DIR [options]",
         "Score every line with a trained model; CSV: line,score,threshold,anomaly,template_id,verdict,"
         "unit,confidence,mark_id,over_threshold,decided_by (unit: the message or time window the score is "
         "of; decided_by: model, mark, or spread from a similar marked line).",
         concat({{"model", "DIR", "the trained model (required)"},
                 kThresholdOption,
                 kStoreOption,
                 {"fail-on-anomaly", "", "exit with code 4 when any line is anomalous"}},
                kInputOptions)},
        {"analyze", "analyze FILE... [options]",
         "Train and score in one go; print the top anomalies as CSV: "
         "rank,line,score,verdict,count,template_id,text,why (why: +token unexpected, -token "
         "expected but missing, ?token never seen in training).",
         concat({{"top", "N", "how many distinct anomalies to print (default 20)"},
                 {"out", "FILE", "also write the per-line score CSV to FILE"},
                 kThresholdOption,
                 kStoreOption,
                 {"fail-on-anomaly", "", "exit with code 4 when any line is anomalous"},
                 {"charts", "DIR",
                  "write kde.csv and timeline.csv into DIR, and histogram, loss, kde and timeline as .png "
                  "and .svg (GUI builds)"}},
                concat(kTrainOptions, kInputOptions))},
        {"mark", "mark --store DB --file F --line N --as fp|tp [--scope S] [--pattern RE] [--model DIR]",
         "Add an analyst's mark (a new UUID, printed) for line N of F (an archive member as a.tar.gz!x.log).",
         concat({{"store", "DB", "the fact store (SQLite file; created when missing)"},
                 {"file", "F", "the log the line is in (required)"},
                 {"line", "N", "1-based line number in F (required)"},
                 {"as", "fp|tp", "false positive (not an anomaly) or true positive (required)"},
                 {"scope", "S",
                  "line, message (default: every line of the masked message at the line's level), "
                  "template (every line of the template at that level) or regex"},
                 {"pattern", "RE", "the regular expression of a regex-scope mark (RE2 syntax)"},
                 {"model", "DIR", "record the model's score and threshold for the line with the mark"},
                 {"comment", "TEXT", "the analyst's note"}},
                kInputOptions)},
        {"marks", "marks next FILE...|list|export|import [FILE]|undo [UUID]|restore UUID --store DB",
         "The marks of a fact store: next (the lines whose marks would teach the most, one per template no "
         "mark "
         "decides yet; CSV: line,score,template_id,reason), list (CSV: "
         "uuid,kind,scope,template_id,pattern,source,"
         "line,created,analyst,comment,severity), export (JSON lines, undone marks included), import (JSON "
         "lines from "
         "FILE "
         "or stdin; marks already present are skipped), undo (the latest mark, or UUID), restore UUID.",
         concat({{"store", "DB", "the fact store (required)"},
                 {"out", "FILE", "export: write to FILE instead of stdout"},
                 {"model", "DIR", "next: the trained model"},
                 {"count", "N", "next: how many lines to propose (default 10)"}},
                kInputOptions)},
        {"runs",
         "runs --store DB",
         "The runs recorded in a fact store by score and analyze with --store (and by the GUI): CSV "
         "uuid,started,finished,command,model_kind,model_id,options,threshold,threshold_spec,lines,anomalies,"
         "marks,analyst,version,sources (sources separated by ';').",
         {{"store", "DB", "the fact store (required)"}}},
        {"drift", "drift FILE... --model DIR [--window 1h] [--step 30m] [--z 4] [--min-size 0.5]",
         "Whether time windows score unlike the training lines; CSV: start,end,lines,mean_score,z,size,drift "
         "(start, end: ISO 8601 UTC; z: the window's mean score in standard errors from the training mean; "
         "size: the same in training standard deviations; drift: 1 when both pass their limits). Untimed "
         "lines are left out.",
         concat(
             {{"model", "DIR", "the trained model (required)"},
              {"window", "DURATION", "window length: 90s, 15m, 1h, 2d (default 1h)"},
              {"step", "DURATION", "how far each window starts after the previous (default half the window)"},
              {"z", "X", "the |z| a window must reach to drift (default 4)"},
              {"min-size", "X", "the |size| a window must reach to drift, in training sigmas (default 0.5)"},
              {"fail-on-drift", "", "exit with code 4 when any window drifts"}},
             kInputOptions)},
        {"eval",
         "eval --scores S.csv --labels L | --label-column NAME",
         "Detection quality of a score CSV against labels (L: 1-based anomalous line numbers, FILE:LINE "
         "with several sources); CSV: precision,recall,f1,best_f1,roc_auc,pr_auc (ROC ties count half; "
         "PR-AUC is average precision).",
         {{"scores", "FILE", "the CSV written by score or analyze --out (required)"},
          {"labels", "FILE", "anomalous line numbers, separated by blanks, commas or newlines"},
          {"label-column", "NAME", "a column of the scores CSV that holds 1/true for anomalous lines"}}},
    };
    return table;
}

const CommandSpec& commandSpec(std::string_view name)
{
    for (const auto& spec : commandSpecs())
        if (spec.name == name) return spec;
    throw std::logic_error("no command named " + std::string(name));
}

} // namespace logsleuth::cli
