// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The commands that train and score: train, score, analyze. They live in logsleuth-cli-ml,
// which logsleuth-cli hands them over to.
#include "cli_commands.h"
#include "cli_common.h"

#include "cli_charts.h"
#include "cli_inputs.h"
#include "cli_output.h"
#include "logsleuth/ml/analysis.h"
#include "logsleuth/ml/device.h"
#include "logsleuth/ml/explain.h"
#include "logsleuth/ml/metrics.h"
#include "logsleuth/text/csv.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <set>
#include <utility>

#ifdef LOGSLEUTH_HAVE_STORE
#include "logsleuth/store/fact_store.h"
#endif

namespace logsleuth::cli {

namespace {

namespace fs = std::filesystem;

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
            .field(ml::formatExplanation(ml::explainMessage(detector, corpus.scoringText(key))));
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

// ---- eval --------------------------------------------------------------------------------

// Anomalous lines from a labels file: 1-based line numbers, or FILE:LINE when the scores come
// from several sources; separated by blanks, commas or line breaks.
std::set<std::pair<std::string, std::uint64_t>> readLabels(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read --labels " + path);
    std::set<std::pair<std::string, std::uint64_t>> labels;
    std::string token;
    auto take = [&] {
        if (token.empty()) return;
        const std::size_t colon = token.rfind(':');
        const std::string file = colon == std::string::npos ? std::string() : token.substr(0, colon);
        const std::string number = colon == std::string::npos ? token : token.substr(colon + 1);
        std::uint64_t line = 0;
        const auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), line);
        if (ec != std::errc() || end != number.data() + number.size() || line == 0)
            throw std::runtime_error("--labels " + path + ": '" + token + "' is not a line number");
        labels.emplace(file, line);
        token.clear();
    };
    for (char c; in.get(c);) {
        if (c == ' ' || c == ',' || c == '\n' || c == '\r' || c == '\t')
            take();
        else
            token.push_back(c);
    }
    take();
    return labels;
}

int runEval(const ParsedArgs& args)
{
    const auto scoresPath = args.value("scores");
    if (!scoresPath) throw UsageError("eval needs --scores FILE (the CSV of score or analyze --out)");
    const auto labelsPath = args.value("labels");
    const auto labelColumn = args.value("label-column");
    if (!labelsPath == !labelColumn)
        throw UsageError("eval needs one of --labels FILE or --label-column NAME");
    if (!args.inputs.empty()) throw UsageError("eval takes no input files");
    std::ifstream in(*scoresPath, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read --scores " + *scoresPath);
    text::CsvReader csv(in);
    std::vector<std::string> header, record;
    if (!csv.next(header)) throw std::runtime_error(*scoresPath + ": empty");
    auto column = [&](std::string_view name) -> std::size_t {
        const auto at = std::find(header.begin(), header.end(), name);
        return at == header.end() ? SIZE_MAX : static_cast<std::size_t>(at - header.begin());
    };
    const std::size_t fileColumn = column("file"), lineColumn = column("line"), scoreColumn = column("score"),
                      anomalyColumn = column("anomaly"),
                      labelAt = labelColumn ? column(*labelColumn) : SIZE_MAX;
    if (scoreColumn == SIZE_MAX || anomalyColumn == SIZE_MAX || lineColumn == SIZE_MAX)
        throw std::runtime_error(*scoresPath + ": needs the columns line, score and anomaly");
    if (labelColumn && labelAt == SIZE_MAX)
        throw UsageError("--label-column: no column '" + *labelColumn + "'");
    const auto labels =
        labelsPath ? readLabels(*labelsPath) : std::set<std::pair<std::string, std::uint64_t>>();

    std::vector<double> scores;
    std::vector<bool> decided, truth;
    while (csv.next(record)) {
        if (record.size() != header.size()) continue;
        const std::string& lineText = record[lineColumn];
        std::uint64_t line = 0;
        std::from_chars(lineText.data(), lineText.data() + lineText.size(), line);
        scores.push_back(std::strtod(record[scoreColumn].c_str(), nullptr));
        decided.push_back(record[anomalyColumn] == "1");
        if (labelColumn) {
            const std::string& v = record[labelAt];
            truth.push_back(v == "1" || v == "true" || v == "anomaly" || v == "yes");
        } else {
            // Plain line numbers when the scores have one source, FILE:LINE when they have several.
            const std::string file = fileColumn == SIZE_MAX ? std::string() : record[fileColumn];
            truth.push_back(labels.contains({file, line}));
        }
    }
    const ml::Metrics m = ml::evaluate(scores, decided, truth);
    warn(std::to_string(scores.size()) + " lines, " + std::to_string(m.positives) +
         " labelled anomalous; best F1 at score >= " + std::to_string(m.bestThreshold));
    text::CsvWriter out(std::cout);
    out.field("precision").field("recall").field("f1").field("best_f1").field("roc_auc").field("pr_auc");
    out.endRow();
    out.field(m.precision).field(m.recall).field(m.f1).field(m.bestF1).field(m.rocAuc).field(m.prAuc);
    out.endRow();
    return ExitOk;
}

} // namespace

const std::vector<Command>& mlCommands()
{
    static const std::vector<Command> table = {
        {commandSpec("train"), &runTrain},
        {commandSpec("score"), &runScore},
        {commandSpec("analyze"), &runAnalyze},
        {commandSpec("eval"), &runEval},
    };
    return table;
}

} // namespace logsleuth::cli
