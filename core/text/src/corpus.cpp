// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/text/corpus.h"

#include "ascii.h"
#include "continuation.h"
#include "covered_merge.h"
#include "hash.h"
#include "key_set_split.h"
#include "literal_split.h"
#include "logsleuth/text/mask.h"
#include "mined_text.h"
#include "optional_word_merge.h"
#include "path_merge.h"
#include "records/bar_pairs.h"
#include "records/escapes.h"
#include "records/logfmt.h"
#include "records/message_openings.h"
#include "span_merge.h"
#include "tail_merge.h"
#include "trailing_value_merge.h"

#include <algorithm>
#include <array>
#include <sstream>
#include <stdexcept>
#include <thread>
#include <unordered_map>

namespace logsleuth::text {
namespace {

// What the models read of a message. Warnings and worse carry signal of their own; routine
// levels add nothing, so a log of one routine level reads exactly as its messages do. An id is
// an id whether its digits happen to include a letter: a 16-digit hex id is all digits once in
// about 1,900 draws, and as <NUM> among <HEX> it made a message of one line that every model flagged.
std::string scoringTextOf(std::string_view message, Severity severity)
{
    std::string text(message);
    for (std::size_t at = 0; (at = text.find("<HEX>", at)) != std::string::npos; at += 5)
        text.replace(at, 5, "<NUM>");
    if (severity >= Severity::Warning) text += " <LEVEL:" + std::string(toString(severity)) + ">";
    return text;
}

// Where the message starts, when it runs to the end of the line (JSON messages do not: those
// are found again by parsing).
std::size_t messageOffsetOf(std::string_view message, std::string_view line)
{
    const auto offset = static_cast<std::size_t>(message.data() - line.data());
    return offset + message.size() == line.size() ? offset : RecordColumns::kFarMessage;
}

// A message of nothing but blanks: the line was its header alone (a stamp on a line of its own,
// .NET's "info: Shop.Orders[14]"), and the lines after it, however they look, are its record's.
bool isBlankText(std::string_view text)
{
    return text.find_first_not_of(" \t\r") == std::string_view::npos;
}

// Whether line n of `source`, which does not fit the layout, is shaped like the continuation of
// the record before it (continuesAmong).
bool looksLikeContinuation(const LogText& source, std::uint64_t n, std::string_view text)
{
    const std::string_view previous = n > 0 ? source.line(LineNumber{n - 1}) : std::string_view();
    const std::string_view next =
        n + 1 < source.lineCount() ? source.line(LineNumber{n + 1}) : std::string_view();
    return continuesAmong(previous, text, next);
}

// How a line stands to the record before it: it opens a record (it fits the layout and does not
// merely continue an open one), continues the open one (the open record's header stood alone on
// its line, the parser says so, or it is shaped like a continuation), or strays outside any.
// Layout counting and mining decide alike through this.
enum class RecordStep : std::uint8_t { Opens, Continues, Strays };
RecordStep recordStep(const RecordParts& parts, bool open, bool headerOnly, bool continuationShape)
{
    if (parts.fitted && !(parts.continuation && open)) return RecordStep::Opens;
    if (open && (headerOnly || parts.continuation || continuationShape)) return RecordStep::Continues;
    return RecordStep::Strays;
}

// A message is masked and mined from its first 64 KiB: what follows in a 50 MB line (a dump,
// a bomb) tells nothing more about which event it is, and copies of it would cost memory
// several times over (dedupe key, template, features).
constexpr std::size_t kMaxMaskedBytes = 64 * 1024;

} // namespace

std::size_t Corpus::TransparentHash::operator()(std::string_view text) const
{
    return detail::fnv1a(text);
}

Corpus::Corpus(MinerOptions options) : m_options(options), m_miner(options) {}

void Corpus::setMinerState(const std::string& savedState)
{
    std::istringstream in(savedState);
    (void)TemplateMiner::load(in, m_options); // throws for a bad state before anything changes
    m_minerState = savedState;
    clearMined();
}

void Corpus::setRecordOptions(RecordOptions options)
{
    std::shared_ptr<const RecordParser> given;
    if (!options.format.empty()) {
        std::string error;
        given = makeRecordParser(options.format, error);
        if (!given) throw std::invalid_argument(error);
    }
    m_recordOptions = std::move(options);
    m_givenParser = std::move(given);
    clearMined();
}

void Corpus::addSource(LogText text)
{
    m_firstLine.push_back(m_firstLine.back() + text.lineCount());
    m_fileOfSource.push_back(m_sources.size());
    m_lineBaseOfSource.push_back(0);
    ++m_fileCount;
    m_sources.push_back(std::make_shared<const LogText>(std::move(text)));
    clearMined(); // keys no longer cover every line
}

void Corpus::clearMined()
{
    m_messageKeys.clear();
    m_messages.clear();
    m_keySeverity.clear();
    m_keyIsDirective.clear();
    m_scoringTexts.clear();
    m_keyNames.clear();
    m_lineCounts.clear();
    m_clusterOfMessage.clear();
    if (m_minerState.empty()) {
        m_miner = TemplateMiner(m_options);
    } else {
        std::istringstream in(m_minerState);
        m_miner = TemplateMiner::load(in, m_options);
    }
    m_records.clear();
    m_parsers.clear();
    m_dateOrders.clear();
    m_layouts.clear();
    m_keyOfMessage.clear();
    m_openRecord = OpenRecord{};
    m_clockDays.clear();
}

namespace {

// What the parallel phase learns about one line; views point into the source.
struct LineWork {
    RecordParts parts;
    std::int64_t time = kNoTime;
    std::int64_t clockMs = -1; // a stamp with a clock and no date: its clock (see ClockDays)
    std::int64_t zoneMs = 0;   // ... and how far that clock runs ahead of UTC
    std::uint32_t maskedBegin = 0, maskedLength = 0;
    // The message as models score it where the mined text is a shape (an access line's), else 0.
    std::uint32_t scoredBegin = 0, scoredLength = 0;
    std::uint8_t arena = 0; // which worker's arena holds the masked message
    bool continues = false; // shaped like the continuation of a multi-line record
};

// The level a line that its layout reads as the second line of a record gives that record (see
// MixedLayoutsParser's paired layouts); empty for any other line.
std::string_view levelOfSecondLine(const RecordParts& parts)
{
    return parts.fitted && parts.continuation ? parts.level : std::string_view();
}

// The local time at `clockMs` past a midnight that is nearest `nearLocalMs` (both on one clock).
std::int64_t nearestDayOf(std::int64_t clockMs, std::int64_t nearLocalMs)
{
    constexpr std::int64_t kDay = ClockDays::kDayMs;
    const std::int64_t day = nearLocalMs >= 0 ? nearLocalMs / kDay : (nearLocalMs - kDay + 1) / kDay;
    std::int64_t local = day * kDay + clockMs;
    if (local - nearLocalMs > kDay / 2) local -= kDay;
    if (nearLocalMs - local > kDay / 2) local += kDay;
    return local;
}

// The stamp that opens a line of another layout, after a short run of marks ("=== 2026-11-17T02:00:02
// +00:00 liquibase update ===", a cron wrapper's banner above a tool's own lines): a date and its
// clock, the line's own time, which the lines after it that have none take; kNoTime otherwise.
std::int64_t openingStampMs(std::string_view text, const TimeContext& context)
{
    constexpr std::size_t kLongestMarks = 4;
    std::size_t p = 0;
    while (p < text.size() && p < kLongestMarks &&
           (text[p] == '=' || text[p] == '-' || text[p] == '*' || text[p] == '#'))
        ++p;
    while (p < text.size() && text[p] == ' ')
        ++p;
    const RawTime t = scanTime(text.substr(p));
    if (t.length == 0 || !t.hasDate() || !t.hasTimeOfDay()) return kNoTime;
    return resolveTime(t, context).value_or(kNoTime);
}

// Lines are parsed and masked in blocks, in parallel; keys and templates are then assigned in
// line order on one thread, so ids are the same whatever the number of threads.
constexpr std::size_t kBlockLines = 1 << 15;

void parseAndMask(const LogText& source, const RecordParser& parser, const TimeContext& timeContext,
                  std::uint64_t first, std::uint64_t end, std::uint8_t arenaIndex, std::string& arena,
                  LineWork* work)
{
    std::string masked, unescaped;
    // The message of the line before (a stack frame's shape may depend on it: a Python source
    // line under its frame), the one before this share parsed apart.
    std::string_view previousMessage;
    if (first > 0) {
        RecordParts before;
        parser.parse(source.line(LineNumber{first - 1}), before);
        previousMessage = before.message;
    }
    for (std::uint64_t n = first; n < end; ++n) {
        LineWork& w = work[n - first];
        const std::string_view text = source.line(LineNumber{n});
        parser.parse(text, w.parts);
        // What opens the message may name what the header does not (message_openings.h).
        if (w.parts.fitted) detail::readMessageOpenings(text, w.parts);
        w.time = kNoTime;
        w.clockMs = -1;
        w.continues = false;
        if (w.parts.fitted) {
            if (w.parts.time.length > 0) {
                if (const auto ms = resolveTime(w.parts.time, timeContext)) {
                    w.time = *ms;
                } else if (const auto clock = clockOfDayMs(w.parts.time)) {
                    w.clockMs = *clock;
                    w.zoneMs = zoneOffsetMs(w.parts.time, timeContext.zone);
                }
            }
        } else {
            // The parser's word counts as the shape's: a line above a log's first header where
            // headers lead records (HeaderLedParser, WebLogic's "####<") is loose, not a stray.
            w.continues = w.parts.continuation || looksLikeContinuation(source, n, text);
            if (!w.continues) w.time = openingStampMs(text, timeContext);
        }
        std::string_view message = w.parts.message.substr(0, kMaxMaskedBytes);
        if (w.parts.escapes != MessageEscapes::None) {
            detail::decodeEscapes(message, w.parts.escapes, unescaped);
            message = unescaped;
        } else if (detail::barSeparatedPairs(message, unescaped)) {
            message = unescaped; // read as its pairs (bar_pairs.h)
        }
        const bool shaped = minedTextOf(text, previousMessage, w.parts, message, masked);
        if (w.parts.message.size() > kMaxMaskedBytes) masked += " <TRUNCATED>";
        w.arena = arenaIndex;
        w.maskedBegin = static_cast<std::uint32_t>(arena.size());
        w.maskedLength = static_cast<std::uint32_t>(masked.size());
        arena += masked;
        // An access line is one event whatever its path and status, but its path, status and
        // client are what tells a probe or a failing endpoint from the rest: models read them.
        if (shaped) {
            maskMessage(message, masked);
            w.scoredBegin = static_cast<std::uint32_t>(arena.size());
            w.scoredLength = static_cast<std::uint32_t>(masked.size());
            arena += masked;
        }
        previousMessage = w.parts.message;
    }
}

} // namespace

void Corpus::setThreads(unsigned threads)
{
    m_threads = std::max(1u, threads);
}

bool Corpus::mine(const TaskControl& control)
{
    clearMined();
    const std::uint64_t total = lineCount();
    m_messageKeys.reserve(static_cast<std::size_t>(total));
    m_records.reserve(total);

    // Report about a hundred times, however long the corpus.
    const std::uint64_t reportEvery = std::max<std::uint64_t>(1, total / 100);
    std::uint64_t nextReport = reportEvery;
    std::uint64_t done = 0;
    control.report(0.0, "mining");
    if (control.cancelled()) return clearMined(), false;
    const auto onLines = [&](std::uint64_t lines) {
        done += lines;
        if (done < nextReport) return true;
        nextReport = done + reportEvery;
        control.report(static_cast<double>(done) / static_cast<double>(total), "mining");
        return !control.cancelled();
    };
    std::vector<FileLayout> files;
    for (std::size_t s = 0; s < m_sources.size(); ++s) {
        // An appended chunk is read as the rest of its file, with the file's layout.
        DateOrder order = DateOrder::YearMonthDay;
        const std::size_t file = fileOf(s);
        std::shared_ptr<const RecordParser> parser =
            beginsFile(s) ? parserOfNewFile(*m_sources[s], files, order) : m_parsers[file];
        if (beginsFile(s))
            files.emplace_back(parser, order);
        else
            order = m_dateOrders[file];
        if (!mineSource(s, std::move(parser), order, continuesPreviousSource(s), onLines))
            return clearMined(), false;
    }
    mergeCoveredTemplates(m_miner, m_clusterOfMessage);
    mergeNamesInLeadingWords(m_miner, m_messages, m_clusterOfMessage);
    std::vector<std::uint32_t> splitFrom;
    splitByLiteralColumns(m_miner, m_messages, m_lineCounts, m_clusterOfMessage, &splitFrom);
    // The split may bring out names of one event that the tree had hidden: a template per worker
    // class, each reading "PostReceive JID-<HEX>: <*> <DURATION>" ("done:" beside "fail:"), shows
    // the classes as names only once "done:" is written. Words the split set apart stay apart.
    mergeNamesInLeadingWords(m_miner, m_messages, m_clusterOfMessage, &splitFrom);
    mergeVariableSpans(m_miner, m_clusterOfMessage);
    mergeTrailingValues(m_miner, m_clusterOfMessage);
    mergeOptionalTails(m_miner, m_clusterOfMessage);
    mergeOptionalWords(m_miner, m_clusterOfMessage);
    mergeCoveredTemplates(m_miner, m_clusterOfMessage);
    splitByKeySets(m_miner, m_keyNames, m_lineCounts, m_clusterOfMessage);
    if (control.cancelled()) return clearMined(), false;
    control.report(1.0, "mining");
    return true;
}

bool Corpus::continuesPreviousSource(std::size_t source) const
{
    return !beginsFile(source) && m_lineBaseOfSource[source] > 0 && fileOf(source - 1) == fileOf(source);
}

std::vector<SourceLayout> Corpus::learnLayouts(const TaskControl& control) const
{
    std::vector<SourceLayout> layouts;
    std::vector<std::shared_ptr<const RecordParser>> parserOfFile(m_sources.size());
    std::vector<FileLayout> files;
    bool open = false;       // a record is open (mineSource's OpenRecord, without its fields)
    bool headerOnly = false; // ... by a header alone on its line
    RecordParts parts;
    for (std::size_t s = 0; s < m_sources.size(); ++s) {
        const LogText& source = *m_sources[s];
        const std::size_t file = fileOf(s);
        DateOrder order = DateOrder::YearMonthDay;
        if (beginsFile(s) || !parserOfFile[file]) {
            parserOfFile[file] = parserOfNewFile(source, files, order);
            files.emplace_back(parserOfFile[file], order);
        }
        const RecordParser& parser = *parserOfFile[file];
        if (!continuesPreviousSource(s)) open = false;
        SourceLayout layout{parser.formatString(), parser.fieldKinds(), source.lineCount(), 0, 0};
        const std::uint64_t lines = source.lineCount();
        for (std::uint64_t n = 0; n < lines; ++n) {
            if ((n & 0xffff) == 0 && control.cancelled()) return {};
            const std::string_view text = source.line(LineNumber{n});
            parser.parse(text, parts);
            switch (recordStep(parts, open, headerOnly,
                               !parts.fitted && looksLikeContinuation(source, n, text))) {
            case RecordStep::Opens:
                ++layout.fitted;
                open = true;
                headerOnly = isBlankText(parts.message);
                break;
            case RecordStep::Continues:
                ++layout.continuations;
                break;
            case RecordStep::Strays:
                open = false;
                break;
            }
        }
        layouts.push_back(std::move(layout));
    }
    return layouts;
}

std::pair<std::uint64_t, std::uint64_t> Corpus::append(LogText more, std::size_t file, FileChange change)
{
    if (file >= m_parsers.size() || !beginsFile(file))
        throw std::out_of_range("Corpus::append: no mined file to follow");
    const std::uint64_t first = lineCount();
    std::size_t last = m_sources.size() - 1; // the file's latest chunk
    while (fileOf(last) != file)
        --last;
    const bool grew = change == FileChange::Grew;
    // Appended bytes of a log written for a terminal lose their colour codes as its first read
    // did, however few of its lines a chunk holds.
    if (m_sources[last]->colourCodesRemoved()) more.removeColourCodes();
    m_lineBaseOfSource.push_back(grew ? m_lineBaseOfSource[last] + m_sources[last]->lineCount() : 0);
    m_fileOfSource.push_back(file);
    m_firstLine.push_back(m_firstLine.back() + more.lineCount());
    m_sources.push_back(std::make_shared<const LogText>(std::move(more)));
    // Only lines that continue the file's last line can continue its open record.
    const bool continuesRecord = grew && last == m_sources.size() - 2;
    mineSource(m_sources.size() - 1, m_parsers[file], m_dateOrders[file], continuesRecord,
               [](std::uint64_t) { return true; });
    return {first, lineCount()};
}

std::pair<std::uint64_t, std::uint64_t> Corpus::appendFile(LogText text)
{
    if (m_parsers.size() != m_sources.size())
        throw std::logic_error("Corpus::appendFile: the corpus is not mined");
    const std::uint64_t first = lineCount();
    const std::size_t index = m_sources.size();
    auto source = std::make_shared<const LogText>(std::move(text));
    DateOrder order = DateOrder::YearMonthDay;
    std::vector<FileLayout> before;
    for (std::size_t s = 0; s < index; ++s)
        if (beginsFile(s)) before.emplace_back(m_parsers[s], m_dateOrders[s]);
    std::shared_ptr<const RecordParser> parser = parserOfNewFile(*source, before, order);
    m_firstLine.push_back(first + source->lineCount());
    m_fileOfSource.push_back(index);
    m_lineBaseOfSource.push_back(0);
    ++m_fileCount;
    m_sources.push_back(std::move(source));
    mineSource(index, std::move(parser), order, false, [](std::uint64_t) { return true; });
    return {first, lineCount()};
}

std::pair<std::size_t, LineNumber> Corpus::locateInFile(std::uint64_t globalLine) const
{
    const auto [source, n] = locate(globalLine);
    return {fileOf(source), LineNumber{m_lineBaseOfSource[source] + n.value()}};
}

std::optional<std::uint64_t> Corpus::globalLineOf(std::size_t file, LineNumber line) const
{
    // The latest content is the chunks after the file's last restart (its last base-0 chunk).
    for (std::size_t s = m_sources.size(); s-- > 0;) {
        if (fileOf(s) != file) continue;
        const std::uint64_t base = m_lineBaseOfSource[s];
        if (line.value() >= base && line.value() < base + m_sources[s]->lineCount())
            return m_firstLine[s] + (line.value() - base);
        if (base == 0) break;
    }
    return std::nullopt;
}

std::uint64_t Corpus::fileLineCount(std::size_t file) const
{
    for (std::size_t s = m_sources.size(); s-- > 0;)
        if (fileOf(s) == file) return m_lineBaseOfSource[s] + m_sources[s]->lineCount();
    return 0;
}

bool Corpus::mineSource(std::size_t sourceIndex, std::shared_ptr<const RecordParser> parserPointer,
                        DateOrder order, bool continueOpenRecord,
                        const std::function<bool(std::uint64_t)>& onLines)
{
    const LogText& source = *m_sources[sourceIndex];
    m_parsers.push_back(std::move(parserPointer));
    m_dateOrders.push_back(order);
    const RecordParser& parser = *m_parsers.back();
    const TimeContext timeContext{order, m_recordOptions.zone, source.modifiedMs()};
    SourceLayout layout{parser.formatString(), parser.fieldKinds(), source.lineCount(), 0, 0};
    OpenRecord& record = m_openRecord;
    if (!continueOpenRecord) record = OpenRecord{};
    // Clock-only stamps: the file's days go on from its previous chunk, unless it starts here.
    ClockDays& clockDays = m_clockDays[fileOf(sourceIndex)];
    if (m_lineBaseOfSource[sourceIndex] == 0) clockDays = ClockDays{};
    std::vector<bool> provisional;    // lines of this source whose clock-only time awaits its day
    std::int64_t lastDated = kNoTime; // the time of the last line whose stamp has a date
    const std::uint64_t firstGlobal = m_records.size();
    // Lines before the file's first record with a time (a banner, a service manager's "Started
    // …"): they were written just before it, and take its time once it comes. A few only: a file
    // that long without a record has no banner.
    constexpr std::uint64_t kMostLeadingLines = 1000;
    bool beforeFirstTime = !continueOpenRecord;
    std::uint64_t leadingUntimed = 0;
    const auto awaitDay = [&](std::uint64_t n) {
        if (provisional.empty()) provisional.resize(static_cast<std::size_t>(source.lineCount()), false);
        provisional[static_cast<std::size_t>(n)] = true;
    };

    const unsigned threads = std::max(1u, std::min<unsigned>(m_threads, 64));
    // Blocks small enough for progress and cancel to come often, big enough to pay for threads.
    const std::uint64_t lines = source.lineCount();
    const std::uint64_t blockLines = std::clamp<std::uint64_t>(lines / 64, kBlockLines / 8, kBlockLines);
    // Two blocks in turn: while this thread takes one in line order, the workers parse the next.
    struct Block {
        std::vector<LineWork> work;
        std::vector<std::string> arenas;
        std::vector<std::thread> workers;
    };
    std::array<Block, 2> blocks;
    for (Block& block : blocks) {
        block.work.resize(std::min<std::uint64_t>(blockLines, std::max<std::uint64_t>(lines, 1)));
        block.arenas.resize(threads);
    }
    // Parse, resolve times and mask [start, end), each worker a contiguous share. One thread
    // works inline; more run beside the calling thread, which meanwhile takes the block before.
    const auto startParsing = [&](Block& block, std::uint64_t start, std::uint64_t end) {
        const std::uint64_t share = (end - start + threads - 1) / threads;
        for (unsigned t = 0; t < threads; ++t) {
            block.arenas[t].clear();
            const std::uint64_t first = start + t * share;
            const std::uint64_t last = std::min(end, first + share);
            if (first >= last) continue;
            auto job = [&source, &parser, &timeContext, &block, t, first, last, start] {
                parseAndMask(source, parser, timeContext, first, last, static_cast<std::uint8_t>(t),
                             block.arenas[t], block.work.data() + (first - start));
            };
            if (threads == 1)
                job();
            else
                block.workers.emplace_back(job);
        }
    };
    const auto finishParsing = [](Block& block) {
        for (auto& worker : block.workers)
            worker.join();
        block.workers.clear();
    };
    // Workers must not outlive a return from the loop (a cancel).
    struct JoinAtExit {
        std::array<Block, 2>& blocks;
        ~JoinAtExit()
        {
            for (Block& block : blocks)
                for (auto& worker : block.workers)
                    worker.join();
        }
    } joinAtExit{blocks};
    std::string key;
    if (lines > 0) startParsing(blocks[0], 0, std::min(lines, blockLines));
    for (std::uint64_t blockStart = 0, turn = 0; blockStart < lines; blockStart += blockLines, turn ^= 1) {
        const std::uint64_t blockEnd = std::min<std::uint64_t>(lines, blockStart + blockLines);
        Block& block = blocks[turn];
        finishParsing(block);
        if (blockEnd < lines)
            startParsing(blocks[turn ^ 1], blockEnd, std::min(lines, blockEnd + blockLines));
        const auto& work = block.work;
        const auto& arenas = block.arenas;

        // Sequential, in line order: records, keys, templates.
        for (std::uint64_t n = blockStart; n < blockEnd; ++n) {
            const LineWork& w = work[n - blockStart];
            const std::string_view text = source.line(LineNumber{n});
            const RecordStep step = recordStep(w.parts, record.open, record.headerOnly, w.continues);
            const bool continuation = step == RecordStep::Continues;
            if (step == RecordStep::Opens) {
                ++layout.fitted;
                std::int64_t time = w.time;
                bool awaitsDay = false;
                if (w.clockMs >= 0 && lastDated != kNoTime) {
                    // Streams that date their lines beside one that writes a clock only (docker
                    // compose's): the clock is on the day that puts it nearest the last date.
                    time = nearestDayOf(w.clockMs, lastDated + w.zoneMs) - w.zoneMs;
                } else if (w.clockMs >= 0 && source.modifiedMs() != 0) {
                    time = clockDays.next(w.clockMs) - w.zoneMs;
                    awaitsDay = !clockDays.anchored();
                }
                if (w.time != kNoTime) lastDated = w.time;
                // A record without a stamp of its own (a stream that writes none, beside ones that
                // do) is placed at the time of the line before it, as a line of another layout is.
                if (time == kNoTime && !awaitsDay) {
                    time = record.time;
                    awaitsDay = record.awaitsDay;
                }
                record = OpenRecord{time, w.parts.level, w.parts.component,           w.parts.entity,
                                    true, awaitsDay,     isBlankText(w.parts.message)};
                // A record in two lines, its level on the second (java.util.logging's "INFO: …"
                // under the stamp and logger): the first line has it too. (The second line may
                // open the next block.)
                if (record.level.empty() && n + 1 < blockEnd) {
                    record.level = levelOfSecondLine(work[n + 1 - blockStart].parts);
                } else if (record.level.empty() && n + 1 < lines) {
                    RecordParts next;
                    parser.parse(source.line(LineNumber{n + 1}), next);
                    record.level = levelOfSecondLine(next);
                }
            } else if (continuation) {
                ++layout.continuations;
                if (record.level.empty()) record.level = levelOfSecondLine(w.parts);
            } else {
                record.open = false;
                // A line of another layout with a stamp of its own is placed at it, and so are
                // the lines of other layouts after it.
                if (w.time != kNoTime) {
                    record.time = w.time;
                    record.awaitsDay = false;
                }
            }
            const bool known = w.parts.fitted || continuation;
            // A line of another layout (an unindented SQL text, the list a message announces, an
            // HL7 segment) stays a record of its own, but takes the time (unless it opens with a
            // stamp of its own), level, component and entity of the record before it, as lnav
            // reads a line its format does not match: a filter by level or time and the timeline
            // keep it with the lines it was written among. (A line before any record has none of
            // them, but the first one's time.)
            m_records.append(record.time, record.level, record.component, record.entity,
                             messageOffsetOf(w.parts.message, text),
                             known         ? (continuation ? LineFit::Continues : LineFit::Fits)
                             : w.continues ? LineFit::Loose
                                           : LineFit::Strays);
            if (beforeFirstTime && record.time == kNoTime) {
                beforeFirstTime = ++leadingUntimed <= kMostLeadingLines;
            } else if (beforeFirstTime) {
                for (std::uint64_t back = 1; back <= leadingUntimed; ++back) {
                    m_records.setTime(m_records.size() - 1 - back, record.time);
                    if (record.awaitsDay) awaitDay(n - back);
                }
                beforeFirstTime = false;
            }
            if (record.time != kNoTime && record.awaitsDay) awaitDay(n);

            const Severity severity = m_records.severity(m_records.size() - 1);
            const std::string_view message(arenas[w.arena].data() + w.maskedBegin, w.maskedLength);
            const std::string_view scored =
                w.scoredLength > 0 ? std::string_view(arenas[w.arena].data() + w.scoredBegin, w.scoredLength)
                                   : message;
            key.assign(scored);
            key.push_back('\x1f'); // the dedupe key: message and severity
            key.push_back(static_cast<char>('0' + static_cast<int>(severity)));
            const bool directive = w.parts.fitted && w.parts.directive;
            if (directive) key.push_back('#'); // apart from a message that reads the same
            if (w.parts.keySet != 0)           // ... and one with other keys beside it (key_set_split.h)
                key.append(reinterpret_cast<const char*>(&w.parts.keySet), sizeof w.parts.keySet);
            auto found = m_keyOfMessage.find(std::string_view(key));
            std::uint32_t id;
            if (found != m_keyOfMessage.end()) {
                id = found->second;
            } else {
                id = static_cast<std::uint32_t>(m_messages.size());
                m_keyOfMessage.emplace(key, id);
                m_messages.emplace_back(message);
                m_keySeverity.push_back(severity);
                m_keyIsDirective.push_back(directive ? 1 : 0);
                m_scoringTexts.push_back(scoringTextOf(scored, severity));
                m_keyNames.push_back(w.parts.keySet != 0 ? detail::keyNamesOf(source.line(LineNumber{n}))
                                                         : std::string());
                m_lineCounts.push_back(0);
                m_clusterOfMessage.push_back(m_miner.add(message));
            }
            ++m_lineCounts[id];
            m_messageKeys.push_back(id);
        }
        if (!onLines(blockEnd - blockStart)) return false;
    }
    if (!provisional.empty()) {
        // The last stamped line is on the day of the file's modification time (its own clock).
        const std::int64_t shift =
            clockDays.anchor(source.modifiedMs() + std::int64_t{m_recordOptions.zone.offsetMinutes} * 60000);
        for (std::uint64_t n = 0; n < provisional.size(); ++n)
            if (provisional[static_cast<std::size_t>(n)])
                m_records.setTime(firstGlobal + n, m_records.time(firstGlobal + n) + shift);
        if (record.awaitsDay) record.time += shift;
        record.awaitsDay = false;
    }
    m_layouts.push_back(std::move(layout));
    return true;
}

std::pair<std::size_t, LineNumber> Corpus::locate(std::uint64_t globalLine) const
{
    if (globalLine >= lineCount()) throw std::out_of_range("Corpus::locate: line past the end");
    // m_firstLine is sorted; the source is the last one starting at or before the line.
    const auto after = std::upper_bound(m_firstLine.begin(), m_firstLine.end(), globalLine);
    const auto source = static_cast<std::size_t>(after - m_firstLine.begin() - 1);
    return {source, LineNumber{globalLine - m_firstLine[source]}};
}

std::string_view Corpus::line(std::uint64_t globalLine) const
{
    const auto [source, n] = locate(globalLine);
    return m_sources[source]->line(n);
}

std::string_view Corpus::message(std::uint64_t globalLine) const
{
    const auto [source, n] = locate(globalLine);
    const std::string_view text = m_sources[source]->line(n);
    if (globalLine >= m_records.size()) return text;
    const std::uint16_t offset = m_records.messageOffset(globalLine);
    if (offset != RecordColumns::kFarMessage) return text.substr(std::min<std::size_t>(offset, text.size()));
    RecordParts parts;
    m_parsers.at(source)->parse(text, parts);
    return parts.message;
}

std::vector<std::string_view> Corpus::scoringTexts() const
{
    return {m_scoringTexts.begin(), m_scoringTexts.end()};
}

std::vector<std::string_view> Corpus::maskedMessages() const
{
    return {m_messages.begin(), m_messages.end()};
}

} // namespace logsleuth::text
