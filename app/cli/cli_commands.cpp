// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "cli_commands.h"

#include "cli_charts.h"
#include "cli_inputs.h"
#include "cli_output.h"
#include "logsleuth/ml/analysis.h"
#include "logsleuth/ml/device.h"
#include "logsleuth/ml/explain.h"
#include "logsleuth/text/csv.h"
#include "logsleuth/text/search.h"
#include "logsleuth/text/time_scan.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <numeric>

#ifdef LOGSLEUTH_HAVE_STORE
#include "logsleuth/store/fact_store.h"
#endif

namespace logsleuth::cli {

namespace {

namespace fs = std::filesystem;

// ---- shared pieces -----------------------------------------------------------------------

const std::vector<OptionSpec> kTrainOptions = {
    {"kind", "KIND", "model family: vae (default)"},
    {"device", "DEV", "auto (default), cpu or cuda"},
    {"epochs", "N", "training epochs (default 10)"},
    {"seed", "N", "random seed, recorded with the model (default 0)"},
    {"threads", "N", "CPU threads for training (default 1: the model is small; scoring uses all cores)"},
};
const OptionSpec kThresholdOption = {"threshold", "SPEC",
                                     "anomaly threshold: 3.1sigma (default), p99 (percentile of the "
                                     "training errors) or an absolute score such as 0.42"};
const OptionSpec kStoreOption = {"store", "DB", "apply the marks of this fact store (SQLite file)"};
// How lines become records; every command that reads logs takes these.
const std::vector<OptionSpec> kInputOptions = {
    {"format", "SPEC",
     "the log's layout instead of the learned one: a loghub-style string such as "
     "'<Date> <Time> <Level> <Component>: <Content>', or json / json:message=KEY,time=KEY,level=KEY"},
    {"tz", "ZONE", "zone for timestamps written without one: UTC (default), +02:00, -0500 or an IANA name"},
    {"max-decompressed", "SIZE",
     "stop decompressing past this many bytes in all (default 4G; K, M, G, T suffixes); exit code 3"},
    {"max-ratio", "N",
     "stop a compressed stream or archive member that grows more than N times its size once 64 MiB are "
     "out: a decompression bomb (default 1000; 0: no limit); exit code 3"},
};

// "4G", "512M", "1.5GiB", "1000" (bytes).
std::uint64_t parseSize(const std::string& text)
{
    std::size_t used = 0;
    double value = 0;
    try {
        value = std::stod(text, &used);
    } catch (const std::exception&) {
        throw UsageError("'" + text + "' is not a size (e.g. 4G, 512M, 1000000)");
    }
    std::string unit = text.substr(used);
    for (const char* suffix : {"iB", "B"})
        if (unit.size() > std::char_traits<char>::length(suffix) && unit.ends_with(suffix))
            unit.resize(unit.size() - std::char_traits<char>::length(suffix));
    double scale = 1;
    if (unit == "K" || unit == "k")
        scale = 1024.0;
    else if (unit == "M")
        scale = 1024.0 * 1024;
    else if (unit == "G")
        scale = 1024.0 * 1024 * 1024;
    else if (unit == "T")
        scale = 1024.0 * 1024 * 1024 * 1024;
    else if (!unit.empty() && unit != "B")
        throw UsageError("'" + text + "' is not a size (e.g. 4G, 512M, 1000000)");
    if (value < 0) throw UsageError("a size cannot be negative: " + text);
    return static_cast<std::uint64_t>(value * scale);
}

InputLimits inputLimitsFrom(const ParsedArgs& args)
{
    InputLimits limits;
    if (auto size = args.value("max-decompressed")) limits.maxDecompressedBytes = parseSize(*size);
    limits.maxRatio = static_cast<std::uint64_t>(args.integer("max-ratio", 1000, 0, 1LL << 40));
    return limits;
}

text::RecordOptions recordOptionsFrom(const ParsedArgs& args)
{
    text::RecordOptions options;
    options.format = args.valueOr("format", "");
    const std::string zone = args.valueOr("tz", "UTC");
    const auto parsed = text::TimeZoneSpec::parse(zone);
    if (!parsed)
        throw UsageError("unknown time zone '" + zone + "' (use UTC, +02:00, -0500 or an IANA name)");
    options.zone = *parsed;
    return options;
}

struct Mined {
    LoadedInputs inputs;
    std::vector<std::string> clusterHex; // per template cluster, formatted once
};

Mined mineInputs(const ParsedArgs& args)
{
    if (args.inputs.empty()) throw UsageError("no input files (use - for standard input)");
    text::RecordOptions recordOptions;
    try {
        recordOptions = recordOptionsFrom(args);
        text::Corpus{}.setRecordOptions(
            recordOptions); // a malformed --format is a usage error, before any reading
    } catch (const std::invalid_argument& e) {
        throw UsageError(e.what());
    }
    Mined mined{loadInputs(args.inputs, inputLimitsFrom(args)), {}};
    auto& corpus = mined.inputs.corpus;
    corpus.setRecordOptions(recordOptions);
    if (!corpus.mine([](double) { return !interrupted().load(); })) throw Interrupted();
    const auto& miner = corpus.miner();
    mined.clusterHex.reserve(miner.clusterCount());
    for (std::uint32_t c = 0; c < miner.clusterCount(); ++c)
        mined.clusterHex.push_back(text::toHex(miner.id(c)));
    warn(std::to_string(corpus.sourceCount()) + " source(s), " + std::to_string(corpus.lineCount()) +
         " lines, " + std::to_string(corpus.distinctMessageCount()) + " distinct messages, " +
         std::to_string(miner.clusterCount()) + " templates");
    return mined;
}

int finish(const Mined& mined, int code = ExitOk)
{
    if (code == ExitOk && mined.inputs.partial) return ExitPartialInput;
    return code;
}

// The leading columns of every per-line CSV: "file" only when there is more than one source.
void writeLineColumns(text::CsvWriter& csv, const text::Corpus& corpus, std::uint64_t globalLine)
{
    auto [source, line] = corpus.locate(globalLine);
    if (corpus.sourceCount() > 1) csv.field(corpus.source(source).name());
    csv.field(line.value() + 1);
}

void writeLineHeader(text::CsvWriter& csv, const text::Corpus& corpus)
{
    if (corpus.sourceCount() > 1) csv.field("file");
    csv.field("line");
}

// Scores print as the shortest text that reads back as the same float.
std::string_view formatScore(float value, char (&buffer)[32])
{
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    (void)ec;
    return {buffer, static_cast<std::size_t>(end - buffer)};
}

ml::TrainOptions trainOptionsFrom(const ParsedArgs& args)
{
    const std::string kind = args.valueOr("kind", "vae");
    if (kind != "vae") throw UsageError("unknown model kind '" + kind + "' (available: vae)");
    ml::TrainOptions options;
    try {
        options.device = ml::parseDeviceRequest(args.valueOr("device", "auto"));
    } catch (const std::invalid_argument& e) {
        throw UsageError(e.what());
    }
    options.epochs = static_cast<int>(args.integer("epochs", options.epochs, 1, 100000));
    options.seed = static_cast<std::uint64_t>(args.integer("seed", 0, 0, (1LL << 53)));
    options.threads = static_cast<int>(args.integer("threads", 0, 0, 4096));
    return options;
}

ml::ThresholdSpec thresholdFrom(const ParsedArgs& args)
{
    try {
        return ml::ThresholdSpec::parse(args.valueOr("threshold", "3.1sigma"));
    } catch (const std::invalid_argument& e) {
        throw UsageError(e.what());
    }
}

ml::MarkRules marksFrom(const ParsedArgs& args)
{
    ml::MarkRules rules;
    auto path = args.value("store");
    if (!path) return rules;
#ifdef LOGSLEUTH_HAVE_STORE
    auto store = store::FactStore::open(*path);
    for (const auto& mark : store.marks())
        rules.add(mark.maskedMessage, mark.kind == store::MarkKind::FalsePositive);
    warn("applied " + std::to_string(rules.falsePositive.size()) + " false-positive and " +
         std::to_string(rules.truePositive.size()) + " true-positive mark(s) from " + *path);
#else
    throw UsageError("--store needs a build with SQLite (core/store)");
#endif
    return rules;
}

ml::Detector trainDetector(const Mined& mined, const ml::TrainOptions& options, ml::TrainReport& report)
{
    const auto device = ml::resolveDevice(options.device);
    warn("training vae on " + device.description + " (" + std::to_string(options.epochs) + " epochs, seed " +
         std::to_string(options.seed) + ")");
    auto detector = ml::trainOnCorpus(
        mined.inputs.corpus, options,
        [](const ml::TrainProgress& p) {
            // Progress comes every few batches; say something once per finished epoch.
            if (p.fraction * p.epochs >= p.epoch + 1 - 1e-9)
                warn("epoch " + std::to_string(p.epoch + 1) + "/" + std::to_string(p.epochs) + " loss " +
                     std::to_string(p.loss));
        },
        &interrupted(), &report);
    if (report.cancelled) throw Interrupted();
    warn("trained in " + std::to_string(report.seconds) + " s");
    return detector;
}

void writeScoreCsv(std::ostream& out, const Mined& mined, const ml::ScoredMessages& scored)
{
    const auto& corpus = mined.inputs.corpus;
    const auto& keys = corpus.messageKeys();
    text::CsvWriter csv(out);
    writeLineHeader(csv, corpus);
    csv.field("score").field("threshold").field("anomaly").field("template_id").field("verdict");
    csv.endRow();
    char scoreText[32];
    char thresholdText[32];
    const auto threshold = formatScore(static_cast<float>(scored.threshold), thresholdText);
    for (std::uint64_t g = 0; g < keys.size(); ++g) {
        if ((g & 0xffff) == 0 && interrupted()) throw Interrupted();
        const auto key = keys[g];
        const auto verdict = scored.verdicts[key];
        writeLineColumns(csv, corpus, g);
        csv.field(formatScore(scored.scores[key], scoreText))
            .field(threshold)
            .field(std::uint64_t{ml::isAnomaly(verdict) ? 1u : 0u})
            .field(mined.clusterHex[corpus.clusterOfMessage(key)])
            .field(ml::toString(verdict));
        csv.endRow();
    }
}

// Says how many lines are anomalous, and turns --fail-on-anomaly into the exit code.
int concludeScoring(const ParsedArgs& args, const Mined& mined, const ml::ScoredMessages& scored,
                    const ml::ThresholdSpec& threshold)
{
    const auto anomalies = ml::anomalousLineCount(mined.inputs.corpus, scored);
    warn(std::to_string(anomalies) + " anomalous line(s) at threshold " + threshold.toString() + " = " +
         std::to_string(scored.threshold));
    return finish(mined, args.has("fail-on-anomaly") && anomalies > 0 ? ExitAnomaliesFound : ExitOk);
}

// ---- templates ---------------------------------------------------------------------------

int runTemplates(const ParsedArgs& args)
{
    Mined mined = mineInputs(args);
    const auto& corpus = mined.inputs.corpus;
    const auto& miner = corpus.miner();
    std::vector<std::string> clusterText;
    clusterText.reserve(miner.clusterCount());
    for (std::uint32_t c = 0; c < miner.clusterCount(); ++c)
        clusterText.push_back(miner.templateText(c));

    text::CsvWriter csv(std::cout);
    writeLineHeader(csv, corpus);
    csv.field("template_id").field("template");
    csv.field("time").field("level").field("component").field("entity").field("record");
    csv.endRow();
    const auto& keys = corpus.messageKeys();
    const auto& records = corpus.records();
    char isoTime[32];
    for (std::uint64_t g = 0; g < keys.size(); ++g) {
        if ((g & 0xffff) == 0 && interrupted()) throw Interrupted();
        const auto cluster = corpus.clusterOfMessage(keys[g]);
        writeLineColumns(csv, corpus, g);
        csv.field(mined.clusterHex[cluster]).field(clusterText[cluster]);
        std::size_t isoLength = 0;
        if (const auto ms = records.time(g); ms != text::kNoTime) text::formatIsoUtc(ms, isoTime, isoLength);
        csv.field(std::string_view(isoTime, isoLength))
            .field(records.level(g))
            .field(records.component(g))
            .field(records.entity(g))
            .field(corpus.locate(records.recordStart(g)).second.value() + 1);
        csv.endRow();
    }
    return finish(mined);
}

// ---- formats -----------------------------------------------------------------------------

int runFormats(const ParsedArgs& args)
{
    Mined mined = mineInputs(args);
    const auto& corpus = mined.inputs.corpus;
    text::CsvWriter csv(std::cout);
    if (corpus.sourceCount() > 1) csv.field("file");
    csv.field("format").field("fields").field("lines").field("fitted");
    csv.endRow();
    for (std::size_t s = 0; s < corpus.sourceCount(); ++s) {
        const auto& layout = corpus.layout(s);
        if (corpus.sourceCount() > 1) csv.field(corpus.source(s).name());
        csv.field(layout.format).field(layout.fields).field(layout.lines).field(layout.fitted);
        csv.endRow();
    }
    return finish(mined);
}

// ---- grep --------------------------------------------------------------------------------

// A time bound for --since/--until: any spelling the records understand, read in --tz.
std::int64_t timeBound(const ParsedArgs& args, std::string_view name, const text::TimeZoneSpec& zone)
{
    const auto value = args.value(name);
    if (!value) return text::kNoTime;
    const auto raw = text::scanTime(*value);
    const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    const auto ms = raw.length == value->size()
                        ? text::resolveTime(raw, text::TimeContext{text::DateOrder::YearMonthDay, zone, now})
                        : std::nullopt;
    if (!ms) throw UsageError("--" + std::string(name) + ": '" + *value + "' is not a date and time");
    return *ms;
}

int runGrep(const ParsedArgs& args)
{
    if (args.inputs.empty()) throw UsageError("grep needs a PATTERN (use '' for every line) and input files");
    text::SearchQuery query;
    query.pattern = args.inputs.front();
    query.ignoreCase = args.has("ignore-case");
    if (auto level = args.value("level")) {
        query.minSeverity = text::severityOf(*level);
        if (query.minSeverity == text::Severity::Unknown)
            throw UsageError("--level: '" + *level +
                             "' is not a level (TRACE, DEBUG, INFO, NOTICE, WARN, ERROR, "
                             "CRITICAL, FATAL)");
    }
    const auto zone = recordOptionsFrom(args).zone;
    query.since = timeBound(args, "since", zone);
    query.until = timeBound(args, "until", zone);
    query.component = args.valueOr("component", "");
    query.entity = args.valueOr("entity", "");
    if (auto id = args.value("template")) {
        query.templateId = text::parseTemplateId(*id);
        if (!query.templateId) throw UsageError("--template: '" + *id + "' is not a 16-digit template id");
    }
    std::string error;
    auto search = text::Search::create(query, error);
    if (!search) throw UsageError(error);

    ParsedArgs files = args;
    files.inputs.erase(files.inputs.begin());
    Mined mined = mineInputs(files);
    const auto& corpus = mined.inputs.corpus;
    const auto& records = corpus.records();
    text::CsvWriter csv(std::cout);
    writeLineHeader(csv, corpus);
    csv.field("time").field("level").field("template_id").field("text");
    csv.endRow();
    char isoTime[32];
    std::uint64_t seen = 0;
    const auto matches = search->run(corpus, [&](std::uint64_t g) {
        if ((++seen & 0x3ff) == 0 && interrupted()) throw Interrupted();
        writeLineColumns(csv, corpus, g);
        std::size_t isoLength = 0;
        if (const auto ms = records.time(g); ms != text::kNoTime) text::formatIsoUtc(ms, isoTime, isoLength);
        csv.field(std::string_view(isoTime, isoLength))
            .field(records.level(g))
            .field(mined.clusterHex[corpus.clusterOfMessage(corpus.messageKeys()[g])])
            .field(corpus.line(g));
        csv.endRow();
        return true;
    });
    warn(std::to_string(matches) + " matching line(s)");
    return finish(mined);
}

// ---- train -------------------------------------------------------------------------------

int runTrain(const ParsedArgs& args)
{
    const auto modelDir = args.value("model");
    if (!modelDir) throw UsageError("train needs --model DIR");
    auto options = trainOptionsFrom(args);
    const bool force = args.has("force");
    if (fs::exists(*modelDir) && !force)
        throw std::runtime_error("model directory " + *modelDir + " exists (use --force to replace it)");
    Mined mined = mineInputs(args);
    ml::TrainReport report;
    auto detector = trainDetector(mined, options, report);
    detector.save(*modelDir, force);
    const auto& stats = detector.trainingErrors();
    warn("saved model to " + *modelDir + " (training error mean " + std::to_string(stats.mean) + ", sigma " +
         std::to_string(stats.stddev) + ")");
    return finish(mined);
}

// ---- score -------------------------------------------------------------------------------

int runScore(const ParsedArgs& args)
{
    const auto modelDir = args.value("model");
    if (!modelDir) throw UsageError("score needs --model DIR");
    const auto threshold = thresholdFrom(args);
    auto detector = ml::Detector::load(*modelDir);
    const auto marks = marksFrom(args);
    Mined mined = mineInputs(args);
    const auto scored = ml::scoreCorpus(detector, mined.inputs.corpus, threshold, marks);
    writeScoreCsv(std::cout, mined, scored);
    std::cout.flush();
    return concludeScoring(args, mined, scored, threshold);
}

// ---- analyze -----------------------------------------------------------------------------

// The top N distinct messages by score (one line each, the first that carries it), suppressed ones left out.
void writeTopAnomalies(std::ostream& out, const Mined& mined, const ml::Detector& detector,
                       const ml::ScoredMessages& scored, std::size_t top)
{
    const auto& corpus = mined.inputs.corpus;
    const auto& keys = corpus.messageKeys();
    std::vector<std::uint64_t> firstLine(corpus.distinctMessageCount(), UINT64_MAX);
    for (std::uint64_t g = keys.size(); g-- > 0;)
        firstLine[keys[g]] = g;
    std::vector<std::uint32_t> order;
    for (std::uint32_t k = 0; k < scored.scores.size(); ++k)
        if (scored.verdicts[k] != ml::Verdict::Suppressed) order.push_back(k);
    const auto n = std::min(top, order.size());
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(n), order.end(),
                      [&](std::uint32_t a, std::uint32_t b) {
                          return scored.scores[a] != scored.scores[b] ? scored.scores[a] > scored.scores[b]
                                                                      : firstLine[a] < firstLine[b];
                      });
    text::CsvWriter csv(out);
    csv.field("rank");
    writeLineHeader(csv, corpus);
    csv.field("score").field("verdict").field("count").field("template_id").field("text").field("why");
    csv.endRow();
    char scoreText[32];
    for (std::size_t r = 0; r < n; ++r) {
        const auto key = order[r];
        csv.field(std::uint64_t{r + 1});
        writeLineColumns(csv, corpus, firstLine[key]);
        csv.field(formatScore(scored.scores[key], scoreText))
            .field(ml::toString(scored.verdicts[key]))
            .field(corpus.messageLineCounts()[key])
            .field(mined.clusterHex[corpus.clusterOfMessage(key)])
            .field(corpus.line(firstLine[key]))
            .field(ml::formatExplanation(ml::explainMessage(detector, corpus.maskedMessage(key))));
        csv.endRow();
    }
}

int runAnalyze(const ParsedArgs& args)
{
    auto options = trainOptionsFrom(args);
    const auto threshold = thresholdFrom(args);
    const auto top = static_cast<std::size_t>(args.integer("top", 20, 0, 1000000));
    const auto marks = marksFrom(args);
    const auto charts = args.value("charts");
    Mined mined = mineInputs(args);
    ml::TrainReport report;
    auto detector = trainDetector(mined, options, report);
    const auto scored = ml::scoreCorpus(detector, mined.inputs.corpus, threshold, marks);
    if (auto outPath = args.value("out")) {
        std::ofstream out(*outPath, std::ios::binary | std::ios::trunc);
        if (!out) throw std::runtime_error("cannot write " + *outPath);
        writeScoreCsv(out, mined, scored);
        out.flush();
        if (!out) throw std::runtime_error("error while writing " + *outPath);
    }
    writeTopAnomalies(std::cout, mined, detector, scored, top);
    std::cout.flush();
    if (charts) {
        constexpr std::size_t bins = 60;
        writeChartPngs(*charts, ml::scoreHistogram(mined.inputs.corpus, scored, bins),
                       ml::verdictHistogram(mined.inputs.corpus, scored, bins, ml::Verdict::Suppressed),
                       scored.threshold, report.epochLoss);
    }
    return concludeScoring(args, mined, scored, threshold);
}

std::vector<OptionSpec> concat(std::vector<OptionSpec> a, const std::vector<OptionSpec>& b)
{
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

} // namespace

const std::vector<Command>& commands()
{
    static const std::vector<Command> table = {
        {{"templates", "templates FILE... [--format SPEC] [--tz ZONE]",
          "Mine message templates; CSV: line,template_id,template,time,level,component,entity,record "
          "(time: ISO 8601 UTC; record: the line where the line's multi-line record starts).",
          kInputOptions},
         &runTemplates},
        {{"grep", "grep PATTERN FILE... [--level L] [--since T] [--until T] [filters]",
          "Lines whose text matches PATTERN (RE2 syntax; '' matches all) and the filters; CSV: "
          "line,time,level,template_id,text.",
          concat({{"level", "L", "only lines of this severity or worse (e.g. WARN)"},
                  {"since", "T", "only lines at or after this time (e.g. 2024-03-01T10:00, read in --tz)"},
                  {"until", "T", "only lines before this time"},
                  {"component", "NAME", "only lines of this component (logger, program)"},
                  {"entity", "NAME", "only lines of this entity (host, node)"},
                  {"template", "ID", "only lines of this template (16 hex digits, from templates)"},
                  {"ignore-case", "", "match PATTERN without regard to case"}},
                 kInputOptions)},
         &runGrep},
        {{"formats", "formats FILE... [--format SPEC] [--tz ZONE]",
          "Show the layout learned for each source; CSV: format,fields,lines,fitted (format in loghub "
          "notation; fitted: lines that have that layout).",
          kInputOptions},
         &runFormats},
        {{"train", "train FILE... --model DIR [options]",
          "Train an anomaly model on the input and save it to DIR (written to a temporary directory, then "
          "renamed).",
          concat(concat({{"model", "DIR", "where to save the model (required)"},
                         {"force", "", "replace an existing model directory"}},
                        kTrainOptions),
                 kInputOptions)},
         &runTrain},
        {{"score", "score FILE... --model DIR [options]",
          "Score every line with a trained model; CSV: line,score,threshold,anomaly,template_id,verdict.",
          concat({{"model", "DIR", "the trained model (required)"},
                  kThresholdOption,
                  kStoreOption,
                  {"fail-on-anomaly", "", "exit with code 4 when any line is anomalous"}},
                 kInputOptions)},
         &runScore},
        {{"analyze", "analyze FILE... [options]",
          "Train and score in one go; print the top anomalies as CSV: "
          "rank,line,score,verdict,count,template_id,text,why (why: +token unexpected, -token "
          "expected but missing, ?token never seen in training).",
          concat({{"top", "N", "how many distinct anomalies to print (default 20)"},
                  {"out", "FILE", "also write the per-line score CSV to FILE"},
                  kThresholdOption,
                  kStoreOption,
                  {"fail-on-anomaly", "", "exit with code 4 when any line is anomalous"},
                  {"charts", "DIR", "render histogram.png and loss.png into DIR (GUI builds)"}},
                 concat(kTrainOptions, kInputOptions))},
         &runAnalyze},
    };
    return table;
}

} // namespace logsleuth::cli
