// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The commands that only read and mine: templates, formats, grep. They run in logsleuth-cli
// itself, which links no torch and no Qt Widgets, so they start at once.
#include "cli_commands.h"
#include "cli_common.h"
#include "cli_output.h"
#include "logsleuth/text/log_paths.h"
#include "logsleuth/text/search.h"
#include "logsleuth/text/time_scan.h"
#include "template_rows.h"

#include <algorithm>
#include <chrono>
#include <fcntl.h>
#include <filesystem>
#include <iostream>
#include <optional>
#include <set>
#include <sys/stat.h>
#include <system_error>
#include <thread>
#include <unistd.h>

namespace logsleuth::cli {
namespace {

// ---- templates ---------------------------------------------------------------------------

// --follow: print rows for lines appended to the files as they come, until Ctrl-C. A rotated
// file (a new inode at the path) or a truncated one is announced and read from its start; a file
// that appears in a followed folder is read from its start and followed too (one that is a
// followed file renamed by a rotation is not read twice).

// Device and inode, and size, of a regular file.
struct FileState {
    std::uint64_t identity = 0;
    std::uint64_t size = 0;
};

std::optional<FileState> stateOf(const std::string& path)
{
    struct ::stat info{};
    if (::stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return std::nullopt;
    return FileState{(std::uint64_t(info.st_dev) << 40) ^ std::uint64_t(info.st_ino),
                     std::uint64_t(info.st_size)};
}

// Bytes [from, to) of the file (fewer when it shrank meanwhile); empty when it cannot be read.
std::string readRange(const std::string& path, std::uint64_t from, std::uint64_t to)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return {};
    std::string bytes(static_cast<std::size_t>(to - from), '\0');
    const ssize_t got = ::pread(fd, bytes.data(), bytes.size(), static_cast<off_t>(from));
    ::close(fd);
    bytes.resize(got > 0 ? static_cast<std::size_t>(got) : 0);
    return bytes;
}

// The most of a file read at one look: a big file that appears in a followed folder, or a burst
// written to a followed one, is read on over the next looks.
constexpr std::uint64_t kMaxReadBytes = std::uint64_t{64} << 20;

struct FollowedFile {
    std::size_t file = 0; // the corpus source that began it
    std::string path;
    std::uint64_t identity = 0;
    std::uint64_t offset = 0; // bytes read, the pending ones included
    std::string pending;      // bytes of a line not finished yet
    bool restarted = false;   // rotated or truncated, and no line of the new content read yet
};

int followFiles(const std::vector<std::string>& inputs, Mined& mined, TemplateRows& rows)
{
    auto& corpus = mined.inputs.corpus;
    std::vector<FollowedFile> files;
    std::set<std::uint64_t> identities; // of every file whose lines are here
    for (std::size_t s = 0; s < corpus.sourceCount(); ++s) {
        const text::LogText& source = corpus.source(s);
        const auto state = stateOf(source.name());
        if (!corpus.beginsFile(s) || !state) continue;
        identities.insert(state->identity);
        // Where the file was read up to (its colour codes counted, if they were taken out).
        if (const auto offset = source.followOffset())
            files.push_back({s, source.name(), state->identity, *offset, {}, false});
        else
            warn(source.name() +
                 ": not followed (a compressed file or one decoded from UTF-16 cannot grow in place)");
    }
    std::vector<std::string> folders;
    for (const std::string& input : inputs)
        if (std::error_code error; std::filesystem::is_directory(input, error)) folders.push_back(input);
    if (files.empty() && folders.empty())
        throw UsageError("--follow needs a plain file or a folder to follow");
    std::set<std::string> known; // the folders' files read, or passed over
    for (const text::LogPath& file : text::expandLogPaths(folders).files)
        known.insert(file.path);

    // Lines are numbered in their file, from its last restart on (Corpus::locateInFile).
    const auto print = [&](std::uint64_t first, std::uint64_t end) {
        rows.refresh();
        std::string text;
        for (std::uint64_t g = first; g < end; ++g) {
            const auto [file, line] = corpus.locateInFile(g);
            const auto [recordFile, recordLine] = corpus.locateInFile(corpus.records().recordStart(g));
            const bool sameContent = recordFile == file && recordLine.value() <= line.value();
            rows.append(text, g, line.value() + 1, (sameContent ? recordLine.value() : line.value()) + 1);
        }
        std::cout.write(text.data(), static_cast<std::streamsize>(text.size()));
        std::cout.flush();
    };
    std::cout.flush();
    warn("following " + std::to_string(files.size()) + " file(s)" +
         (folders.empty()
              ? std::string()
              : " and the files that appear in " + std::to_string(folders.size()) + " folder(s)") +
         " (Ctrl-C to stop)");
    while (!interrupted()) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        for (FollowedFile& followed : files) {
            const auto state = stateOf(followed.path);
            if (!state) continue; // between a rotation's rename and create
            if (state->identity != followed.identity || state->size < followed.offset) {
                warn(followed.path + (state->identity != followed.identity
                                          ? ": rotated (a new file): reading it from its start"
                                          : ": truncated: reading it again from its start"));
                followed.identity = state->identity;
                identities.insert(state->identity);
                followed.offset = 0;
                followed.pending.clear();
                followed.restarted = true;
            }
            if (state->size <= followed.offset) continue;
            const std::string bytes = readRange(followed.path, followed.offset,
                                                std::min(state->size, followed.offset + kMaxReadBytes));
            if (bytes.empty()) continue;
            followed.offset += bytes.size();
            followed.pending += bytes;
            const std::size_t lastNewline = followed.pending.rfind('\n');
            if (lastNewline == std::string::npos) continue;
            std::string complete = followed.pending.substr(0, lastNewline + 1);
            followed.pending.erase(0, lastNewline + 1);
            const auto [first, end] =
                corpus.append(text::LogText::fromBytes(std::move(complete), followed.path), followed.file,
                              followed.restarted ? text::FileChange::Restarted : text::FileChange::Grew);
            followed.restarted = false;
            print(first, end);
        }
        if (folders.empty()) continue;
        for (const text::LogPath& file : text::expandLogPaths(folders).files) {
            if (known.contains(file.path)) continue;
            const auto state = stateOf(file.path);
            if (!state || state->size == 0) continue; // looked at again once something is written
            if (identities.contains(state->identity)) {
                known.insert(file.path); // a followed file renamed by a rotation: its lines are here
                continue;
            }
            std::string bytes = readRange(file.path, 0, std::min(state->size, kMaxReadBytes));
            const std::size_t lastNewline = bytes.rfind('\n');
            if (lastNewline == std::string::npos && bytes.size() < kMaxReadBytes)
                continue; // no line finished yet
            known.insert(file.path);
            const std::uint64_t offset = bytes.size();
            const std::size_t complete = lastNewline == std::string::npos ? bytes.size() : lastNewline + 1;
            std::string pending = bytes.substr(complete);
            bytes.resize(complete);
            text::LogText text = text::LogText::fromBytes(std::move(bytes), file.path);
            text.setModifiedMs(std::chrono::duration_cast<std::chrono::milliseconds>(
                                   std::chrono::system_clock::now().time_since_epoch())
                                   .count());
            if (text.looksBinary()) {
                warn(file.path + ": appeared, and looks like binary data (compressed?), not text: left out");
                continue;
            }
            const bool followable = text.encoding() == "utf-8";
            const auto [first, end] = corpus.appendFile(std::move(text));
            identities.insert(state->identity);
            warn(file.path + (followable ? ": appeared: reading and following it"
                                         : ": appeared: read once (not UTF-8, so it cannot be followed)"));
            if (followable)
                files.push_back({corpus.sourceCount() - 1, file.path, state->identity, offset,
                                 std::move(pending), false});
            print(first, end);
        }
    }
    std::cout.flush();
    warn("stopped following");
    return finish(mined);
}

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
    if (follow) return followFiles(args.inputs, mined, rows);
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
