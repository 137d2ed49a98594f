// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// mark and marks: the analyst's marks from the command line — make one, list, export, import,
// undo and restore them. They live in logsleuth-cli-ml beside --store, which applies them.
#include "cli_commands.h"
#include "cli_common.h"

#include "cli_json.h"
#include "cli_marks.h"
#include "cli_output.h"
#include "logsleuth/ml/model_registry.h"
#include "logsleuth/ml/review.h"
#include "logsleuth/ml/session.h"
#include "logsleuth/text/corpus.h"
#include "logsleuth/text/csv.h"
#include "logsleuth/text/search.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <fstream>
#include <iostream>

#ifdef LOGSLEUTH_HAVE_STORE
#include "logsleuth/store/fact_store.h"
#include "logsleuth/store/mark_rules.h"
#endif

namespace logsleuth::cli {

#ifdef LOGSLEUTH_HAVE_STORE
namespace {

store::FactStore openStore(const ParsedArgs& args)
{
    const auto path = args.value("store");
    if (!path) throw UsageError("needs --store DB (the fact store, an SQLite file)");
    return store::FactStore::open(*path);
}

std::string_view shortKind(store::MarkKind kind)
{
    return kind == store::MarkKind::FalsePositive ? "fp" : "tp";
}

store::MarkKind kindFrom(std::string_view text)
{
    if (text == "fp" || text == "false_positive") return store::MarkKind::FalsePositive;
    if (text == "tp" || text == "true_positive") return store::MarkKind::TruePositive;
    throw UsageError("--as takes fp or tp, not '" + std::string(text) + "'");
}

// ---- mark --------------------------------------------------------------------------------

int runMark(const ParsedArgs& args)
{
    const auto file = args.value("file");
    if (!file) throw UsageError("mark needs --file F (an archive member as a.tar.gz!x.log)");
    const auto as = args.value("as");
    if (!as) throw UsageError("mark needs --as fp|tp");
    const auto lineNumber = static_cast<std::uint64_t>(args.integer("line", 0, 1, (1LL << 62)));
    if (lineNumber == 0) throw UsageError("mark needs --line N (1-based)");
    store::Mark mark;
    mark.kind = kindFrom(*as);
    const auto scope = store::markScopeFromString(args.valueOr("scope", "message"));
    if (!scope) throw UsageError("--scope takes line, message, template or regex");
    mark.scope = *scope;
    mark.pattern = args.valueOr("pattern", "");
    if ((mark.scope == store::MarkScope::Regex) != !mark.pattern.empty())
        throw UsageError("--pattern goes with --scope regex, and --scope regex needs --pattern");
    if (mark.scope == store::MarkScope::Regex) {
        std::string error;
        text::SearchQuery query;
        query.pattern = mark.pattern;
        if (!text::Search::create(query, error)) throw UsageError("--pattern: " + error);
    }
    mark.note = args.valueOr("comment", "");
    auto store = openStore(args);

    // The file, or the archive that holds the member.
    ParsedArgs input = args;
    const auto bang = file->find('!');
    input.inputs = {bang == std::string::npos ? *file : file->substr(0, bang)};
    Mined mined = mineInputs(input);
    const auto& corpus = mined.inputs.corpus;
    std::size_t source = corpus.sourceCount();
    for (std::size_t s = 0; s < corpus.sourceCount() && source == corpus.sourceCount(); ++s)
        if (bang == std::string::npos ? s == 0 : corpus.source(s).name() == *file) source = s;
    if (source == corpus.sourceCount()) throw std::runtime_error("no member " + *file + " in the archive");
    if (lineNumber > corpus.source(source).lineCount())
        throw UsageError("--line " + std::to_string(lineNumber) + ": " + *file + " has " +
                         std::to_string(corpus.source(source).lineCount()) + " lines");
    const std::uint64_t line = corpus.firstLineOf(source) + lineNumber - 1;
    const std::uint32_t key = corpus.messageKeys()[line];
    mark.rawLine = std::string(corpus.line(line));
    mark.maskedMessage = corpus.maskedMessage(key);
    mark.severity = store::severityName(corpus.messageSeverity(key));
    mark.templateText = corpus.miner().templateText(corpus.clusterOfMessage(key));
    mark.templateId = mined.clusterHex[corpus.clusterOfMessage(key)];
    mark.source = *file;
    mark.lineNumber = lineNumber;
    if (const auto modelDir = args.value("model")) {
        // What the model said when the analyst decided, for provenance and for the marks loop.
        std::shared_ptr<const ml::Model> model = ml::loadModel(*modelDir);
        ml::AnalysisSession session(shareCorpus(mined));
        session.setModel(model);
        if (!session.score(TaskControl(&interrupted()))) throw Interrupted();
        const auto& scored = session.scored();
        mark.score = scored.scores.values[scored.scores.unitOfLine(corpus)[line]];
        mark.threshold = scored.threshold;
        mark.modelId = std::string(model->kind()) + ":" + *modelDir;
    }
    store.addMark(mark);
    const auto stored = store.marks().back();
    std::cout << stored.uuid << "\n";
    warn("marked line " + std::to_string(lineNumber) + " of " + *file + " as " +
         std::string(shortKind(mark.kind)) + " (" + std::string(store::toString(mark.scope)) + " scope) in " +
         store.path().string());
    return finish(mined);
}

// ---- marks -------------------------------------------------------------------------------

void listMarks(const store::FactStore& store)
{
    text::CsvWriter csv(std::cout);
    // severity (the marked line's, which a message or template mark reaches only) extends the
    // contract's columns.
    for (const char* name : {"uuid", "kind", "scope", "template_id", "pattern", "source", "line", "created",
                             "analyst", "comment", "severity"})
        csv.field(name);
    csv.endRow();
    for (const auto& mark : store.marks()) {
        csv.field(mark.uuid)
            .field(shortKind(mark.kind))
            .field(store::toString(mark.scope))
            .field(mark.templateId)
            .field(mark.pattern)
            .field(mark.source)
            .field(mark.lineNumber)
            .field(mark.createdAt)
            .field(mark.analyst)
            .field(mark.note)
            .field(mark.severity.value_or(std::string()));
        csv.endRow();
    }
}

std::string toJson(const store::Mark& mark)
{
    JsonObjectWriter json;
    json.text("uuid", mark.uuid);
    json.text("kind", shortKind(mark.kind));
    json.text("scope", store::toString(mark.scope));
    json.text("pattern", mark.pattern);
    json.text("raw_line", mark.rawLine);
    json.text("masked_message", mark.maskedMessage);
    if (mark.severity)
        json.text("severity", *mark.severity);
    else
        json.number("severity", std::nullopt);
    json.text("template_text", mark.templateText);
    json.text("template_id", mark.templateId);
    json.text("source", mark.source);
    json.text("source_hash", mark.sourceHash);
    json.integer("line", mark.lineNumber);
    json.number("score", mark.score);
    json.number("threshold", mark.threshold);
    json.text("model_id", mark.modelId);
    json.text("analyst", mark.analyst);
    json.text("comment", mark.note);
    json.text("created", mark.createdAt);
    if (mark.deletedAt.empty())
        json.number("deleted", std::nullopt);
    else
        json.text("deleted", mark.deletedAt);
    return json.finish();
}

store::Mark fromJson(const std::map<std::string, std::string, std::less<>>& f)
{
    const auto get = [&](std::string_view name) {
        const auto it = f.find(name);
        return it == f.end() ? std::string() : it->second;
    };
    const auto number = [&](std::string_view name) -> std::optional<double> {
        const auto it = f.find(name);
        if (it == f.end()) return std::nullopt;
        double value = 0;
        const auto [end, ec] =
            std::from_chars(it->second.data(), it->second.data() + it->second.size(), value);
        if (ec != std::errc()) throw std::runtime_error(std::string(name) + " is not a number");
        return value;
    };
    store::Mark mark;
    mark.uuid = get("uuid");
    if (mark.uuid.size() != 36) throw std::runtime_error("no valid uuid");
    mark.kind = kindFrom(get("kind"));
    const auto scope = store::markScopeFromString(get("scope").empty() ? "message" : get("scope"));
    if (!scope) throw std::runtime_error("unknown scope");
    mark.scope = *scope;
    mark.pattern = get("pattern");
    mark.rawLine = get("raw_line");
    mark.maskedMessage = get("masked_message");
    if (f.contains("severity")) mark.severity = get("severity"); // absent or null: every severity
    mark.templateText = get("template_text");
    mark.templateId = get("template_id");
    mark.source = get("source");
    mark.sourceHash = get("source_hash");
    mark.lineNumber = static_cast<std::uint64_t>(number("line").value_or(0));
    mark.score = number("score");
    mark.threshold = number("threshold");
    mark.modelId = get("model_id");
    mark.analyst = get("analyst");
    mark.note = get("comment");
    mark.createdAt = get("created");
    mark.deletedAt = get("deleted");
    return mark;
}

int importMarks(store::FactStore& store, const std::string& from)
{
    std::ifstream file;
    std::istream* in = &std::cin;
    if (from != "-") {
        file.open(from, std::ios::binary);
        if (!file) throw std::runtime_error("cannot read " + from);
        in = &file;
    }
    std::vector<store::Mark> marks;
    std::string line;
    for (std::size_t n = 1; std::getline(*in, line); ++n) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.find_first_not_of(" \t") == std::string::npos) continue;
        try {
            marks.push_back(fromJson(parseFlatObject(line)));
        } catch (const std::exception& e) {
            throw std::runtime_error(from + ": line " + std::to_string(n) + ": " + e.what());
        }
    }
    const std::size_t added = store.importMarks(marks);
    warn("imported " + std::to_string(added) + " of " + std::to_string(marks.size()) + " mark(s) into " +
         store.path().string() + (added < marks.size() ? " (the others were already there)" : ""));
    return ExitOk;
}

// marks next FILE... --model DIR: the lines to review next, as CSV.
int proposeNext(const ParsedArgs& args)
{
    const auto modelDir = args.value("model");
    if (!modelDir) throw UsageError("marks next needs --model DIR");
    ParsedArgs input = args;
    input.inputs.erase(input.inputs.begin());
    const auto count = static_cast<std::size_t>(args.integer("count", 10, 1, 1000000));
    std::shared_ptr<const ml::Model> model = ml::loadModel(*modelDir);
    const auto rules = marksFrom(args);
    Mined mined = mineInputs(input);
    const auto& corpus = mined.inputs.corpus;
    ml::AnalysisSession session(shareCorpus(mined));
    session.setModel(model);
    session.setMarks(rules);
    if (!session.score(TaskControl(&interrupted()))) throw Interrupted();
    text::CsvWriter csv(std::cout);
    writeLineHeader(csv, corpus);
    csv.field("score").field("template_id").field("reason");
    csv.endRow();
    for (const auto& proposal : ml::proposeReview(corpus, session.scored(), count)) {
        writeLineColumns(csv, corpus, proposal.line);
        csv.field(double(proposal.score))
            .field(mined.clusterHex[corpus.clusterOfMessage(corpus.messageKeys()[proposal.line])])
            .field(proposal.reason);
        csv.endRow();
    }
    return finish(mined);
}

// ---- runs --------------------------------------------------------------------------------

int runRuns(const ParsedArgs& args)
{
    if (!args.inputs.empty()) throw UsageError("runs takes no files, only --store DB");
    auto store = openStore(args);
    text::CsvWriter csv(std::cout);
    for (const char* name :
         {"uuid", "started", "finished", "command", "model_kind", "model_id", "options", "threshold",
          "threshold_spec", "lines", "anomalies", "marks", "analyst", "version", "sources"})
        csv.field(name);
    csv.endRow();
    for (const auto& run : store.runs()) {
        std::string sources = run.sources;
        std::replace(sources.begin(), sources.end(), '\n', ';');
        csv.field(run.uuid)
            .field(run.startedAt)
            .field(run.finishedAt)
            .field(run.command)
            .field(run.modelKind);
        csv.field(run.modelId).field(run.options);
        if (run.threshold)
            csv.field(*run.threshold);
        else
            csv.field("");
        csv.field(run.thresholdSpec).field(run.lines).field(run.anomalies).field(run.marksApplied);
        csv.field(run.analyst).field(run.version).field(sources);
        csv.endRow();
    }
    std::cout.flush();
    return ExitOk;
}

int runMarks(const ParsedArgs& args)
{
    if (args.inputs.empty())
        throw UsageError("marks needs a subcommand: next, list, export, import, undo or restore");
    const std::string& what = args.inputs[0];
    if (what == "next") return proposeNext(args);
    const std::string operand = args.inputs.size() > 1 ? args.inputs[1] : std::string();
    if (args.inputs.size() > 2) throw UsageError("marks " + what + " takes at most one argument");
    auto store = openStore(args);
    if (what == "list") {
        listMarks(store);
    } else if (what == "export") {
        std::ofstream file;
        std::ostream* out = &std::cout;
        if (const auto path = args.value("out")) {
            file.open(*path, std::ios::binary | std::ios::trunc);
            if (!file) throw std::runtime_error("cannot write " + *path);
            out = &file;
        }
        for (const auto& mark : store.allMarks())
            *out << toJson(mark) << '\n';
        out->flush();
        if (!*out) throw std::runtime_error("error while writing the export");
    } else if (what == "import") {
        return importMarks(store, operand.empty() ? std::string("-") : operand);
    } else if (what == "undo") {
        const auto undone = store.undo(operand);
        if (!undone)
            throw std::runtime_error(operand.empty() ? "no mark to undo" : "no live mark " + operand);
        std::cout << undone->uuid << "\n";
    } else if (what == "restore") {
        if (operand.empty()) throw UsageError("marks restore needs the UUID of an undone mark");
        if (!store.restore(operand)) throw std::runtime_error("no undone mark " + operand);
        std::cout << operand << "\n";
    } else {
        throw UsageError("unknown marks subcommand '" + what +
                         "' (next, list, export, import, undo, restore)");
    }
    return ExitOk;
}

} // namespace
#else
namespace {
int runMark(const ParsedArgs&)
{
    throw UsageError("mark needs a build with SQLite (core/store)");
}
int runMarks(const ParsedArgs&)
{
    throw UsageError("marks needs a build with SQLite (core/store)");
}
int runRuns(const ParsedArgs&)
{
    throw UsageError("runs needs a build with SQLite (core/store)");
}
} // namespace
#endif

std::string utcNow()
{
    const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::system_clock::now().time_since_epoch());
    char iso[32];
    return std::string(text::formatIsoUtc(now.count(), iso));
}

void recordRun(const ParsedArgs& args, std::string_view command, const std::string& startedAt,
               const ml::AnalysisSession& session, const std::string& thresholdSpec)
{
    const auto path = args.value("store");
    if (!path) return;
#ifdef LOGSLEUTH_HAVE_STORE
    store::Run run;
    run.startedAt = startedAt;
    run.command = std::string(command);
    if (const auto& model = session.model()) {
        run.modelKind = std::string(model->kind());
        const auto modelDir = args.value("model");
        run.modelId = run.modelKind + ":" + (modelDir ? *modelDir : std::string("(trained in this run)"));
        run.options = model->options().summary();
    }
    run.threshold = session.scored().threshold;
    run.thresholdSpec = thresholdSpec;
    const text::Corpus& corpus = *session.corpus();
    for (std::size_t source = 0; source < corpus.sourceCount(); ++source)
        run.sources += (source ? "\n" : "") + corpus.source(source).name();
    run.lines = corpus.lineCount();
    run.anomalies = ml::anomalousLineCount(session.scored());
    const auto& rules = session.marks();
    run.marksApplied = rules.size();
    run.version = LOGSLEUTH_VERSION;
    auto store = store::FactStore::open(*path);
    store.addRun(run);
#else
    (void)command;
    (void)startedAt;
    (void)session;
    (void)thresholdSpec;
    throw UsageError("--store needs a build with SQLite (core/store)");
#endif
}

ml::MarkRules marksFrom(const ParsedArgs& args)
{
    ml::MarkRules rules;
    auto path = args.value("store");
    if (!path) return rules;
#ifdef LOGSLEUTH_HAVE_STORE
    auto store = store::FactStore::open(*path);
    rules = store::toMarkRules(store.marks());
    warn("applied " + std::to_string(rules.size()) + " mark(s) from " + *path);
#else
    throw UsageError("--store needs a build with SQLite (core/store)");
#endif
    return rules;
}

const std::vector<Command>& markCommands()
{
    static const std::vector<Command> table = {
        {commandSpec("mark"), &runMark},
        {commandSpec("marks"), &runMarks},
        {commandSpec("runs"), &runRuns},
    };
    return table;
}

} // namespace logsleuth::cli
