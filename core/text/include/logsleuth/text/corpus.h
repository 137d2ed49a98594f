// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The columnar result of mining one or more sources: per line, the key of its distinct masked
// message; per distinct message, its text, line count and template cluster. Most lines repeat
// once masked, so the miner (and later the scorer) works once per distinct message.
#pragma once

#include "logsleuth/text/growing_column.h"
#include "logsleuth/text/log_text.h"
#include "logsleuth/text/miner.h"
#include "logsleuth/text/record_columns.h"
#include "logsleuth/text/records.h"
#include "logsleuth/text/task_control.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

namespace logsleuth::text {

// How lines become records: a given layout (loghub notation or json[:...]) or, when empty, one
// learned per source from its own lines; the zone that zone-less stamps are read in.
struct RecordOptions {
    std::string format;
    TimeZoneSpec zone;
};

// What was learned about one source's layout, and how many of its lines fit it.
struct SourceLayout {
    std::string format; // loghub notation, e.g. "<Time> <Level> <Component>: <Content>"
    std::string fields; // the header fields' kinds, e.g. "time;level;component"
    std::uint64_t lines = 0;
    std::uint64_t fitted = 0;
    std::uint64_t continuations = 0; // lines attached to the record before them
};

// What happened to a followed file before its new lines were read: it grew (the new lines
// continue it), or it was rotated or truncated (they are its content from line 1 again).
enum class FileChange { Grew, Restarted };

// Copyable: a copy shares the (immutable) source bytes and copies the columns, so a follower can
// grow a copy on a worker while readers keep the original.
class Corpus {
public:
    explicit Corpus(MinerOptions options = {});

    // Throws std::invalid_argument for a malformed format.
    void setRecordOptions(RecordOptions options);
    const RecordOptions& recordOptions() const { return m_recordOptions; }
    // Mining starts from a saved miner state (TemplateMiner::save), so templates it knows keep
    // their ids. Throws std::runtime_error when the state cannot be read.
    void setMinerState(const std::string& savedState);
    void addSource(LogText text);
    // Lines are parsed and masked on this many threads (default: every core); keys and template
    // ids come out the same whatever the number.
    void setThreads(unsigned threads);
    unsigned threads() const { return m_threads; }
    // split -> mask -> dedupe -> mine. Returns false when cancelled (the corpus is then left
    // unmined). Reports progress at most ~100 times.
    bool mine(const TaskControl& control = {});

    // Sources are the texts added, plus one per append() (a chunk of a file already here):
    // locate() and source() address them, for their bytes. What an analyst sees — a file and a
    // line number in it — comes from fileOf() and locateInFile().
    std::size_t sourceCount() const { return m_sources.size(); }
    const LogText& source(std::size_t i) const { return *m_sources.at(i); }
    // The source that began the file a source belongs to (itself, unless it is an appended chunk).
    std::size_t fileOf(std::size_t source) const { return m_fileOfSource.at(source); }
    bool beginsFile(std::size_t source) const { return fileOf(source) == source; }
    std::size_t fileCount() const { return m_fileCount; } // asked per row by writers: O(1)
    // The file (the source that began it) and the line within it, counted since the file last
    // restarted (FileChange::Restarted).
    std::pair<std::size_t, LineNumber> locateInFile(std::uint64_t globalLine) const;
    // The global line of a line of a file in its latest content; nullopt when the file has no
    // such line. Lines in the file's content before a restart are not found.
    std::optional<std::uint64_t> globalLineOf(std::size_t file, LineNumber line) const;
    // How many lines the file has in its latest content.
    std::uint64_t fileLineCount(std::size_t file) const;
    std::uint64_t lineCount() const { return m_firstLine.empty() ? 0 : m_firstLine.back(); }
    // The global line of a source's first line (locate() the other way round).
    std::uint64_t firstLineOf(std::size_t source) const { return m_firstLine.at(source); }
    // The source and its line number for a line counted over all sources.
    std::pair<std::size_t, LineNumber> locate(std::uint64_t globalLine) const;
    std::string_view line(std::uint64_t globalLine) const;

    const std::vector<std::uint32_t>& messageKeys() const { return m_messageKeys; }
    std::size_t distinctMessageCount() const { return m_messages.size(); }
    const std::string& maskedMessage(std::uint32_t key) const { return m_messages.at(key); }
    std::vector<std::string_view> maskedMessages() const;
    const std::vector<std::uint64_t>& messageLineCounts() const { return m_lineCounts; }
    // A key is a distinct masked message *at one severity*: the same message logged as INFO
    // and as FATAL are two keys (with one template). What models read for a key is its
    // masked message, plus a "<LEVEL:ERROR>" token for warnings and worse.
    Severity messageSeverity(std::uint32_t key) const { return m_keySeverity.at(key); }
    // The key's lines are directives, in which the log describes itself (RecordParts::directive).
    bool messageIsDirective(std::uint32_t key) const { return m_keyIsDirective.at(key) != 0; }
    std::string_view scoringText(std::uint32_t key) const { return m_scoringTexts.at(key); }
    std::vector<std::string_view> scoringTexts() const;
    std::uint32_t clusterOfMessage(std::uint32_t key) const { return m_clusterOfMessage.at(key); }
    const std::vector<std::uint32_t>& messageClusters() const { return m_clusterOfMessage; }
    const TemplateMiner& miner() const { return m_miner; }

    // The append path (following a growing file): `more` holds complete lines that came to
    // `file` (the source that began it) after what the corpus has of it. They are read with that
    // file's layout and mined into the same keys and templates, without mining anything again.
    // Returns the global lines [first, end) added, which always come last.
    std::pair<std::uint64_t, std::uint64_t> append(LogText more, std::size_t file,
                                                   FileChange change = FileChange::Grew);
    // A file that came after mine() (one that appeared in a followed folder): its lines are mined
    // into the same keys and templates, without mining anything again, as a file of its own
    // (fileOf is itself). Its layout is learned from its lines, unless one of the files already
    // here fits more of them (parserOfNewFile): a file that appears beside others is most often
    // the next of them (tomorrow's log).
    // Returns the global lines [first, end) added, which always come last.
    std::pair<std::uint64_t, std::uint64_t> appendFile(LogText text);

    // The record columns of every line (after mine()) and each source's learned layout.
    const RecordColumns& records() const { return m_records; }
    const SourceLayout& layout(std::size_t source) const { return m_layouts.at(source); }
    // The layout of every source as mine() learns it (format, fields, lines, fitted and
    // continuations alike), without masking or mining anything: what `formats` needs, in a
    // fraction of the time. Empty when cancelled.
    std::vector<SourceLayout> learnLayouts(const TaskControl& control = {}) const;
    // The message part of a line, as the layout found it.
    std::string_view message(std::uint64_t globalLine) const;

private:
    void clearMined();
    // The source's parser and date order, learned from its first lines and some from the middle.
    std::shared_ptr<const RecordParser> parserFor(const LogText& source, DateOrder& order) const;
    // A file's parser and date order.
    using FileLayout = std::pair<std::shared_ptr<const RecordParser>, DateOrder>;
    // The parser of a file read after the files `before`: its own (parserFor), unless the layout
    // of a file before it fits more of its first lines and reads as many header fields, or fits
    // as many and reads more.
    // The files of one folder share a layout, and a short file's few lines say less about it
    // than a long file's.
    std::shared_ptr<const RecordParser>
    parserOfNewFile(const LogText& source, const std::vector<FileLayout>& before, DateOrder& order) const;
    // Whether a source's first lines may continue the record its file's previous chunk left open
    // (appended bytes of one file); a new file, or a restarted one, always starts afresh.
    bool continuesPreviousSource(std::size_t source) const;
    // `continueOpenRecord`: the source's first lines may continue the record the last mined line
    // opened (appended bytes of one file); a new file always starts afresh.
    bool mineSource(std::size_t sourceIndex, std::shared_ptr<const RecordParser> parser, DateOrder order,
                    bool continueOpenRecord, const std::function<bool(std::uint64_t)>& onLines);

    // Lets the dedupe map be probed with a string_view, so a repeated message costs no allocation.
    struct TransparentHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const;
    };
    // The record that the last mined line started or continued (its continuations inherit it).
    struct OpenRecord {
        std::int64_t time = kNoTime;
        std::string_view level, component, entity;
        bool open = false;
        bool awaitsDay = false;  // a clock-only time whose day is fixed when its file is read
        bool headerOnly = false; // opened by a header alone on its line: what follows is its message
    };

    MinerOptions m_options;
    std::string m_minerState; // saved state to start from; empty: a fresh miner
    unsigned m_threads = std::max(1u, std::thread::hardware_concurrency());
    RecordOptions m_recordOptions;
    // The parser of a given format, shared by every source (parsers are const and thread-safe).
    std::shared_ptr<const RecordParser> m_givenParser;
    std::vector<std::shared_ptr<const RecordParser>> m_parsers; // per source, after mine()
    std::vector<DateOrder> m_dateOrders;
    std::unordered_map<std::string, std::uint32_t, TransparentHash, std::equal_to<>> m_keyOfMessage;
    OpenRecord m_openRecord;
    std::unordered_map<std::size_t, ClockDays> m_clockDays; // per file (the source that began it)
    std::vector<SourceLayout> m_layouts;
    RecordColumns m_records;
    std::vector<std::shared_ptr<const LogText>> m_sources;
    std::vector<std::size_t> m_fileOfSource;       // per source: the source that began its file
    std::vector<std::uint64_t> m_lineBaseOfSource; // per source: its file's lines before it
    std::size_t m_fileCount = 0;
    std::vector<std::uint64_t> m_firstLine{
        0}; // prefix sums: first global line of each source, then the total
    GrowingColumn<std::uint32_t> m_messageKeys;
    std::vector<std::string> m_messages;
    std::vector<Severity> m_keySeverity;
    std::vector<std::uint8_t> m_keyIsDirective;
    std::vector<std::string> m_scoringTexts;
    std::vector<std::string> m_keyNames; // per message: a structured line's keys (key_set_split.h)
    std::vector<std::uint64_t> m_lineCounts;
    std::vector<std::uint32_t> m_clusterOfMessage;
    TemplateMiner m_miner;
};

} // namespace logsleuth::text
