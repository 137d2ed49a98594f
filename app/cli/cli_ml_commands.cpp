// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The commands that train and score: train, score, analyze. They live in logsleuth-cli-ml,
// which logsleuth-cli hands them over to.
#include "cli_commands.h"
#include "cli_common.h"

#include "cli_charts.h"
#include "cli_inputs.h"
#include "cli_marks.h"
#include "cli_output.h"
#include "logsleuth/ml/device.h"
#include "logsleuth/ml/drift.h"
#include "logsleuth/ml/explain.h"
#include "logsleuth/ml/metrics.h"
#include "logsleuth/ml/model_registry.h"
#include "logsleuth/ml/score_csv.h"
#include "logsleuth/ml/session.h"
#include "logsleuth/text/corpus.h"
#include "logsleuth/text/csv.h"
#include "logsleuth/text/time_scan.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
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

// Every option a family declares is a flag of train and analyze; the chosen --kind takes those
// of its own family and the common ones, and refuses the others by name.
struct ModelChoice {
    std::string kind;
    ml::ModelOptions options;
};

// startKind: the family of the model training continues (--update, --init-from), which is the
// kind when --kind does not say otherwise.
ModelChoice modelChoiceFrom(const ParsedArgs& args, std::string_view startKind = {})
{
    ModelChoice choice;
    choice.kind = args.valueOr("kind", std::string(startKind.empty() ? ml::defaultModelKind() : startKind));
    const ml::ModelFamily* family = nullptr;
    try {
        family = &ml::modelFamily(choice.kind);
    } catch (const std::invalid_argument& e) {
        throw UsageError(e.what());
    }
    choice.options = ml::defaultOptions(*family);
    for (const ml::ModelFamily* other : ml::modelFamilies())
        for (const auto& option : other->ownOptions())
            if (args.has(option.name) && !choice.options.has(option.name))
                throw UsageError("--" + option.name + " is an option of --kind " +
                                 std::string(other->kind()) + ", not of " + choice.kind);
    for (const auto& option : choice.options.schema()) {
        const auto value = args.value(option.name);
        if (!value) continue;
        try {
            choice.options.set(option.name, *value);
        } catch (const std::invalid_argument& e) {
            throw UsageError(e.what());
        }
    }
    return choice;
}

ml::ThresholdSpec thresholdFrom(const ParsedArgs& args)
{
    try {
        return ml::ThresholdSpec::parse(args.valueOr("threshold", "auto"));
    } catch (const std::invalid_argument& e) {
        throw UsageError(e.what());
    }
}

// Trains into the session, saying on stderr what happens: the device, each epoch, the time.
void trainInto(ml::AnalysisSession& session, const ModelChoice& choice)
{
    const auto& o = choice.options;
    const auto device = ml::resolveDevice(ml::parseDeviceRequest(o.text("device")));
    warn("training " + choice.kind + " on " + device.description + " (" + o.text("epochs") +
         " epochs, seed " + o.text("seed") + ")");
    const TaskControl control(&interrupted(), [](const TaskProgress& p) {
        if (!p.epochFinished) return;
        std::string line = "epoch " + std::to_string(p.epoch + 1) + "/" + std::to_string(p.epochs) +
                           " loss " + std::to_string(p.loss);
        if (!std::isnan(p.validationLoss)) line += " validation " + std::to_string(p.validationLoss);
        warn(line);
    });
    if (!session.train(choice.kind, o, control)) throw Interrupted();
    const auto& report = session.trainReport();
    if (!report.note.empty()) warn(report.note);
    if (report.epochLoss.size() < std::size_t(o.integer("epochs")))
        warn("stopped early after " + std::to_string(report.epochLoss.size()) +
             " epochs: the validation loss no longer improved");
    warn("trained in " + std::to_string(report.seconds) + " s");
}

void writeScoreCsv(std::ostream& out, const Mined& mined, const ml::AnalysisSession& session)
{
    const auto& corpus = mined.inputs.corpus;
    text::CsvWriter csv(out);
    ml::ScoreCsvWriter rows(csv, corpus, session.scored());
    rows.header();
    if (!rows.writeAllRows(out, corpus.threads(), interrupted())) throw Interrupted();
}

// Says how many lines are anomalous, and turns --fail-on-anomaly into the exit code.
int concludeScoring(const ParsedArgs& args, std::string_view command, const std::string& startedAt,
                    const Mined& mined, const ml::AnalysisSession& session,
                    const ml::ThresholdSpec& threshold)
{
    recordRun(args, command, startedAt, session, threshold.toString());
    const auto anomalies = ml::anomalousLineCount(session.scored());
    warn(std::to_string(anomalies) + " anomalous line(s) at threshold " + threshold.toString() + " = " +
         std::to_string(session.scored().threshold));
    return finish(mined, args.has("fail-on-anomaly") && anomalies > 0 ? ExitAnomaliesFound : ExitOk);
}

// ---- train -------------------------------------------------------------------------------

int runTrain(const ParsedArgs& args)
{
    const auto modelDir = args.value("model");
    if (!modelDir) throw UsageError("train needs --model DIR");
    // --update continues the model in --model over the files given (old and new ones) and
    // replaces it; --init-from starts from another model. Either may start afresh instead when
    // the vocabulary moved too far (said on stderr and in meta.txt's "start").
    const bool update = args.has("update");
    const auto initFrom = args.value("init-from");
    if (update && initFrom) throw UsageError("--update continues --model itself: leave out --init-from");
    if (update && !fs::exists(*modelDir)) throw UsageError("--update needs a model in " + *modelDir);
    const auto freeze = args.value("freeze");
    if (freeze && *freeze != "encoder") throw UsageError("--freeze takes 'encoder', not '" + *freeze + "'");
    if (freeze && !update && !initFrom) throw UsageError("--freeze needs --init-from or --update");
    const bool force = args.has("force") || update;
    if (fs::exists(*modelDir) && !force)
        throw std::runtime_error("model directory " + *modelDir + " exists (use --force to replace it)");
    std::shared_ptr<const ml::Model> start;
    if (update || initFrom) start = ml::loadModel(update ? *modelDir : *initFrom);
    const auto choice = modelChoiceFrom(args, start ? start->kind() : std::string_view{});
    Mined mined = mineInputs(args);
    ml::AnalysisSession session(shareCorpus(mined));
    session.startFrom(start, freeze.has_value());
    // Marks teach the training: false positives oversampled, true positives kept out.
    session.setMarks(marksFrom(args));
    session.setNoiseFactor(static_cast<std::uint64_t>(args.integer("noise-factor", 100, 1, 1000000)));
    trainInto(session, choice);
    session.model()->save(*modelDir, force);
    const auto& calibration = session.model()->calibration();
    warn("saved " + choice.kind + " model to " + *modelDir + " (automatic threshold " +
         std::to_string(ml::ThresholdSpec{}.resolve(calibration)) + ")");
    return finish(mined);
}

// ---- score -------------------------------------------------------------------------------

int runScore(const ParsedArgs& args)
{
    const std::string startedAt = utcNow();
    const auto modelDir = args.value("model");
    if (!modelDir) throw UsageError("score needs --model DIR");
    const auto threshold = thresholdFrom(args);
    std::shared_ptr<const ml::Model> model = ml::loadModel(*modelDir);
    const auto marks = marksFrom(args);
    Mined mined = mineInputs(args);
    ml::AnalysisSession session(shareCorpus(mined));
    session.setModel(model);
    session.setThreshold(threshold);
    session.setMarks(marks);
    if (!session.score(TaskControl(&interrupted()))) throw Interrupted();
    writeScoreCsv(std::cout, mined, session);
    std::cout.flush();
    return concludeScoring(args, "score", startedAt, mined, session, threshold);
}

// ---- drift -------------------------------------------------------------------------------

int runDrift(const ParsedArgs& args)
{
    const auto modelDir = args.value("model");
    if (!modelDir) throw UsageError("drift needs --model DIR");
    ml::DriftOptions options;
    const auto real = [&](const char* name, double fallback) {
        const auto text = args.value(name);
        if (!text) return fallback;
        try {
            std::size_t used = 0;
            const double value = std::stod(*text, &used);
            if (used == text->size() && value >= 0 && std::isfinite(value)) return value;
        } catch (const std::exception&) {
        }
        throw UsageError("--" + std::string(name) + " expects a number >= 0, not '" + *text + "'");
    };
    try {
        if (const auto window = args.value("window")) options.windowMs = ml::parseDurationMs(*window);
        if (const auto step = args.value("step")) options.stepMs = ml::parseDurationMs(*step);
    } catch (const std::invalid_argument& e) {
        throw UsageError(e.what());
    }
    options.zLimit = real("z", options.zLimit);
    options.minSize = real("min-size", options.minSize);
    std::shared_ptr<const ml::Model> model = ml::loadModel(*modelDir);
    Mined mined = mineInputs(args);
    ml::AnalysisSession session(shareCorpus(mined));
    session.setModel(model);
    if (!session.score(TaskControl(&interrupted()))) throw Interrupted();
    const auto& corpus = mined.inputs.corpus;
    const auto windows = ml::driftOf(corpus.records().times(), ml::lineScores(corpus, session.scored()),
                                     model->calibration().errors, options);
    text::CsvWriter csv(std::cout);
    csv.field("start")
        .field("end")
        .field("lines")
        .field("mean_score")
        .field("z")
        .field("size")
        .field("drift");
    csv.endRow();
    std::size_t drifting = 0;
    for (const auto& w : windows) {
        char start[32], end[32];
        csv.field(text::formatIsoUtc(w.start, start))
            .field(text::formatIsoUtc(w.end, end))
            .field(std::to_string(w.lines))
            .field(ml::formatScore(w.mean))
            .field(ml::formatScore(w.z))
            .field(ml::formatScore(w.size))
            .field(w.drift ? "1" : "0");
        csv.endRow();
        drifting += w.drift;
    }
    std::cout.flush();
    warn(std::to_string(drifting) + " of " + std::to_string(windows.size()) +
         " window(s) drift (training mean " + std::to_string(model->calibration().errors.mean) + ", sigma " +
         std::to_string(model->calibration().errors.stddev) + ")");
    return finish(mined, args.has("fail-on-drift") && drifting > 0 ? ExitAnomaliesFound : ExitOk);
}

// ---- analyze -----------------------------------------------------------------------------

// The top N units by score (each shown by its first line), suppressed ones left out.
void writeTopAnomalies(std::ostream& out, const Mined& mined, const ml::AnalysisSession& session,
                       std::size_t top)
{
    const auto& corpus = mined.inputs.corpus;
    const auto& scored = session.scored();
    const auto& scores = scored.scores.values;
    const auto& unitOf = scored.scores.unitOfLine(corpus);
    std::vector<std::uint64_t> firstLine(scored.size(), UINT64_MAX);
    for (std::uint64_t g = unitOf.size(); g-- > 0;)
        firstLine[unitOf[g]] = g;
    std::vector<std::uint32_t> order;
    for (std::uint32_t u = 0; u < scores.size(); ++u)
        if (scored.verdicts[u] != ml::Verdict::Suppressed && firstLine[u] != UINT64_MAX) order.push_back(u);
    const auto n = std::min(top, order.size());
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(n), order.end(),
                      [&](std::uint32_t a, std::uint32_t b) {
                          return scores[a] != scores[b] ? scores[a] > scores[b] : firstLine[a] < firstLine[b];
                      });
    text::CsvWriter csv(out);
    csv.field("rank");
    writeLineHeader(csv, corpus);
    csv.field("score").field("verdict").field("count").field("template_id").field("text").field("why");
    csv.field("unit").field("confidence");
    csv.endRow();
    for (std::size_t r = 0; r < n; ++r) {
        const auto unit = order[r];
        const auto line = firstLine[unit];
        csv.field(std::uint64_t{r + 1});
        writeLineColumns(csv, corpus, line);
        csv.field(ml::formatScore(scores[unit]))
            .field(ml::toString(scored.verdicts[unit]))
            .field(scored.scores.unitLines[unit])
            .field(mined.clusterHex[corpus.clusterOfMessage(corpus.messageKeys()[line])])
            .field(corpus.line(line))
            .field(ml::formatExplanation(ml::explainUnit(*session.model(), corpus, scored.scores, unit)))
            .field(ml::unitName(scored.scores, unit))
            .field(ml::formatScore(scored.scores.confidenceOf(unit)));
        csv.endRow();
    }
}

int runAnalyze(const ParsedArgs& args)
{
    const std::string startedAt = utcNow();
    const auto choice = modelChoiceFrom(args);
    const auto threshold = thresholdFrom(args);
    const auto top = static_cast<std::size_t>(args.integer("top", 20, 0, 1000000));
    const auto marks = marksFrom(args);
    const auto charts = args.value("charts");
    Mined mined = mineInputs(args);
    ml::AnalysisSession session(shareCorpus(mined));
    session.setThreshold(threshold);
    session.setMarks(marks);
    session.setNoiseFactor(static_cast<std::uint64_t>(args.integer("noise-factor", 100, 1, 1000000)));
    trainInto(session, choice);
    if (!session.score(TaskControl(&interrupted()))) throw Interrupted();
    if (auto outPath = args.value("out")) {
        std::ofstream out(*outPath, std::ios::binary | std::ios::trunc);
        if (!out) throw std::runtime_error("cannot write " + *outPath);
        writeScoreCsv(out, mined, session);
        out.flush();
        if (!out) throw std::runtime_error("error while writing " + *outPath);
    }
    writeTopAnomalies(std::cout, mined, session, top);
    std::cout.flush();
    if (charts) {
        const ChartInputs inputs = chartInputsOf(session);
        auto files = writeChartData(*charts, inputs);
        const auto images = writeChartImages(*charts, inputs);
        files.insert(files.end(), images.begin(), images.end());
        std::string list;
        for (const auto& file : files)
            list += (list.empty() ? "" : ", ") + file;
        warn("wrote " + list);
        if (!chartImagesAvailable())
            warn("--charts: this build has no GUI, so it writes the charts' data only");
    }
    return concludeScoring(args, "analyze", startedAt, mined, session, threshold);
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

namespace {
// The spec of train or analyze with every family's options appended, described from the registry.
CommandSpec withModelOptions(CommandSpec spec)
{
    // Per option: its help, and the defaults of the families that have it ("vae 256, window 64").
    struct Described {
        ml::OptionSpec option;
        std::string defaults;
    };
    std::vector<Described> described;
    auto add = [&](const ml::OptionSpec& option, std::string_view family) {
        const std::string value =
            family.empty() ? option.defaultValue : std::string(family) + " " + option.defaultValue;
        for (auto& d : described)
            if (d.option.name == option.name) {
                d.defaults += ", " + value;
                return;
            }
        described.push_back({option, value});
    };
    for (const auto& option : ml::commonOptions())
        add(option, {});
    std::string kinds;
    for (const ml::ModelFamily* family : ml::modelFamilies()) {
        kinds += "\n      " + std::string(family->kind()) + ": " + std::string(family->summary()) +
                 (family->kind() == ml::defaultModelKind() ? " (default)" : "");
        for (const auto& option : family->ownOptions())
            add(option, family->kind());
    }
    std::vector<OptionSpec> added;
    for (const auto& [option, defaults] : described) {
        std::string help = option.help + " (default " + defaults;
        if (option.type == ml::OptionSpec::Type::Choice) {
            help += "; one of";
            for (const auto& choice : option.choices)
                help += " " + choice;
        }
        added.push_back(
            {option.name, option.type == ml::OptionSpec::Type::Choice ? "WORD" : "N", help + ")"});
    }
    spec.summary += "\n    model families (--kind):" + kinds;
    spec.options = concat(std::move(added), spec.options);
    return spec;
}
} // namespace

const std::vector<Command>& mlCommands()
{
    static const std::vector<Command> table = {
        {withModelOptions(commandSpec("train")), &runTrain},
        {commandSpec("score"), &runScore},
        {withModelOptions(commandSpec("analyze")), &runAnalyze},
        {commandSpec("eval"), &runEval},
        {commandSpec("drift"), &runDrift},
    };
    return table;
}

} // namespace logsleuth::cli
