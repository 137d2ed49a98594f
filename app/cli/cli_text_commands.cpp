// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The commands that only read and mine: templates, formats, grep. They run in logsleuth-cli
// itself, which links no torch and no Qt Widgets, so they start at once.
#include "cli_commands.h"
#include "cli_common.h"
#include "cli_output.h"
#include "logsleuth/text/search.h"
#include "logsleuth/text/time_scan.h"

#include <chrono>
#include <iostream>

namespace logsleuth::cli {
namespace {

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
