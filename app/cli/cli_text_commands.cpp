// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The commands that only read and mine: templates, formats, grep. They run in logsleuth-cli
// itself, which links no torch and no Qt Widgets, so they start at once.
#include "cli_commands.h"
#include "cli_common.h"
#include "cli_output.h"
#include "follow_templates.h"
#include "logsleuth/text/search.h"
#include "logsleuth/text/time_scan.h"
#include "template_rows.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <system_error>

namespace logsleuth::cli {
namespace {

// ---- templates ---------------------------------------------------------------------------

int runTemplates(const ParsedArgs& args)
{
    const bool follow = args.has("follow");
    if (follow && std::find(args.inputs.begin(), args.inputs.end(), "-") != args.inputs.end())
        throw UsageError("--follow follows files and folders, not standard input");
    // Following a folder, a file that appears in it needs the file column from the first row on.
    const bool folderFollowed =
        follow && std::any_of(args.inputs.begin(), args.inputs.end(), [](const std::string& input) {
            std::error_code error;
            return std::filesystem::is_directory(input, error);
        });
    Mined mined = mineInputs(args);
    const auto& corpus = mined.inputs.corpus;
    {
        text::CsvWriter csv(std::cout);
        writeLineHeader(csv, corpus, folderFollowed);
        csv.field("template_id").field("template");
        csv.field("time").field("level").field("component").field("entity").field("record");
        csv.endRow();
    }
    TemplateRows rows(corpus, folderFollowed);
    // Under --follow, Ctrl-C ends the run after every row known so far is out.
    static const std::atomic<bool> never{false};
    if (!rows.write(std::cout, 0, corpus.lineCount(), corpus.threads(), follow ? never : interrupted()))
        throw Interrupted();
    if (follow) {
        TemplateFollower(mined.inputs.corpus, rows, args.inputs).run();
        return finish(mined);
    }
    return finish(mined);
}

// ---- formats -----------------------------------------------------------------------------

int runFormats(const ParsedArgs& args)
{
    // The layouts need no mining; --state does (it is written back after mining).
    const bool mining = args.has("state");
    Mined mined = mining ? mineInputs(args) : Mined{readInputs(args), {}};
    const auto& corpus = mined.inputs.corpus;
    std::vector<text::SourceLayout> layouts;
    if (mining) {
        for (std::size_t s = 0; s < corpus.sourceCount(); ++s)
            layouts.push_back(corpus.layout(s));
    } else {
        layouts = corpus.learnLayouts(TaskControl(&interrupted()));
        if (layouts.size() != corpus.sourceCount()) throw Interrupted();
        warn(std::to_string(corpus.sourceCount()) + " source(s), " + std::to_string(corpus.lineCount()) +
             " lines");
    }
    text::CsvWriter csv(std::cout);
    if (corpus.sourceCount() > 1) csv.field("file");
    csv.field("format").field("fields").field("lines").field("fitted");
    csv.endRow();
    for (std::size_t s = 0; s < corpus.sourceCount(); ++s) {
        const auto& layout = layouts[s];
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
        csv.field(text::formatIsoUtc(records.time(g), isoTime))
            .field(records.level(g))
            .field(mined.clusterHex[corpus.clusterOfMessage(corpus.messageKeys()[g])])
            .field(corpus.line(g));
        csv.endRow();
        return true;
    });
    warn(std::to_string(matches) + " matching line(s)");
    return finish(mined);
}

} // namespace

const std::vector<Command>& textCommands()
{
    static const std::vector<Command> table = {
        {commandSpec("templates"), &runTemplates},
        {commandSpec("formats"), &runFormats},
        {commandSpec("grep"), &runGrep},
    };
    return table;
}

} // namespace logsleuth::cli
