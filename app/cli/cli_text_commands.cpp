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
#include "template_rows.h"

#include <chrono>
#include <fcntl.h>
#include <filesystem>
#include <iostream>
#include <sys/stat.h>
#include <system_error>
#include <thread>
#include <unistd.h>

namespace logsleuth::cli {
namespace {

// ---- templates ---------------------------------------------------------------------------

// --follow: print rows for lines appended to the file as they come, until Ctrl-C. A rotated
// file (a new inode at the path) or a truncated one is announced and read from its start.
int followFile(const std::string& path, Mined& mined, TemplateRows& rows)
{
    auto& corpus = mined.inputs.corpus;
    struct ::stat info{};
    if (::stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode))
        throw UsageError("--follow needs a regular file: " + path);
    ino_t inode = info.st_ino;
    // Where the file was read up to (its colour codes counted, if they were taken out).
    std::uint64_t offset = corpus.source(0).followOffset().value_or(corpus.source(0).byteSize());
    std::uint64_t fileFirstLine = 0; // the global line of this file's line 1
    std::string pending;             // bytes of a line not finished yet
    bool restarted = false;          // rotated or truncated, and no line of the new content read yet
    std::cout.flush();
    warn("following " + path + " (Ctrl-C to stop)");
    while (!interrupted()) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        if (::stat(path.c_str(), &info) != 0) continue; // between a rotation's rename and create
        if (info.st_ino != inode || static_cast<std::uint64_t>(info.st_size) < offset) {
            warn(path + (info.st_ino != inode ? ": rotated (a new file): reading it from its start"
                                              : ": truncated: reading it again from its start"));
            inode = info.st_ino;
            offset = 0;
            pending.clear();
            fileFirstLine = corpus.lineCount();
            restarted = true;
        }
        if (static_cast<std::uint64_t>(info.st_size) <= offset) continue;
        const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) continue;
        std::string bytes(static_cast<std::size_t>(info.st_size) - offset, '\0');
        const ssize_t got = ::pread(fd, bytes.data(), bytes.size(), static_cast<off_t>(offset));
        ::close(fd);
        if (got <= 0) continue;
        bytes.resize(static_cast<std::size_t>(got));
        offset += static_cast<std::uint64_t>(got);
        pending += bytes;
        const std::size_t lastNewline = pending.rfind('\n');
        if (lastNewline == std::string::npos) continue;
        std::string complete = pending.substr(0, lastNewline + 1);
        pending.erase(0, lastNewline + 1);
        const auto [first, end] =
            corpus.append(text::LogText::fromBytes(std::move(complete), path), 0,
                          restarted ? text::FileChange::Restarted : text::FileChange::Grew);
        restarted = false;
        rows.refresh();
        std::string text;
        for (std::uint64_t g = first; g < end; ++g) {
            const std::uint64_t recordStart = corpus.records().recordStart(g);
            rows.append(text, g, g - fileFirstLine + 1,
                        (recordStart >= fileFirstLine ? recordStart - fileFirstLine : 0) + 1);
        }
        std::cout.write(text.data(), static_cast<std::streamsize>(text.size()));
        std::cout.flush();
    }
    std::cout.flush();
    warn("stopped following " + path);
    return finish(mined);
}

int runTemplates(const ParsedArgs& args)
{
    const bool follow = args.has("follow");
    if (follow && (args.inputs.size() != 1 || args.inputs.front() == "-"))
        throw UsageError("--follow takes exactly one file (not standard input)");
    // Said before a folder's files are read and printed, not after.
    if (std::error_code error; follow && std::filesystem::is_directory(args.inputs.front(), error))
        throw UsageError("--follow takes one file, not a folder: " + args.inputs.front());
    Mined mined = mineInputs(args);
    const auto& corpus = mined.inputs.corpus;
    {
        text::CsvWriter csv(std::cout);
        writeLineHeader(csv, corpus);
        csv.field("template_id").field("template");
        csv.field("time").field("level").field("component").field("entity").field("record");
        csv.endRow();
    }
    TemplateRows rows(corpus);
    // Under --follow, Ctrl-C ends the run after every row known so far is out.
    static const std::atomic<bool> never{false};
    if (!rows.write(std::cout, 0, corpus.lineCount(), corpus.threads(), follow ? never : interrupted()))
        throw Interrupted();
    if (follow) return followFile(args.inputs.front(), mined, rows);
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
