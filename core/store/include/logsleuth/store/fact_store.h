// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace logsleuth::store {

// Every failure of the store: one line naming the file and what SQLite said.
class StoreError : public std::runtime_error {
public:
    using runtime_error::runtime_error;
};

enum class MarkKind { FalsePositive, TruePositive };

// The spelling stored in the database and printed by the CLI.
std::string_view toString(MarkKind kind);
// Inverse of toString; std::nullopt for anything else.
std::optional<MarkKind> markKindFromString(std::string_view text);

// What a mark reaches: the one line, every line of its masked message, every line of its
// template, or every line a regular expression matches. When marks disagree the narrower scope
// wins (line > message > template > regex), and within a scope the later mark.
enum class MarkScope { Line, Message, Template, Regex };
std::string_view toString(MarkScope scope); // "line", "message", "template", "regex"
std::optional<MarkScope> markScopeFromString(std::string_view text);

// An analyst's verdict, kept as history: undo soft-deletes (deletedAt), restore brings it back.
// Text is stored with explicit lengths: NUL bytes and invalid UTF-8 survive.
struct Mark {
    std::int64_t id = 0;
    std::string uuid; // set by the store when empty; kept on import
    MarkKind kind = MarkKind::FalsePositive;
    MarkScope scope = MarkScope::Message;
    std::string pattern; // Regex scope: the expression (RE2 syntax)
    std::string rawLine;
    std::string maskedMessage;
    // The severity of the marked line as core/text names it ("ERROR", "" for a line without a
    // level). A message or template mark reaches lines of that severity only; without one (marks
    // made before the store kept it) it reaches every severity.
    std::optional<std::string> severity;
    std::string templateText;
    std::string templateId; // 16 hex digits
    std::string source;
    std::string sourceHash;       // content hash of the source when known
    std::uint64_t lineNumber = 0; // 1-based line in `source`
    std::optional<double> score;  // the model's score and threshold when the mark was made
    std::optional<double> threshold;
    std::string modelId;
    std::string analyst;   // set by the store from $LOGSLEUTH_ANALYST or $USER when empty
    std::string createdAt; // ISO 8601 UTC, set by the store when empty; kept on import
    std::string deletedAt; // empty while the mark is live
    std::string note;      // the analyst's comment
};

// One training or scoring that used the store: what ran, on what, and what came out.
struct Run {
    std::int64_t id = 0;
    std::string uuid;      // set by the store when empty
    std::string startedAt; // ISO 8601 UTC
    std::string finishedAt;
    std::string command;   // "train", "score", "analyze", "gui"
    std::string modelKind; // "vae", "window", …
    std::string modelId;   // the model's id (its directory's meta id, or the GUI session's)
    std::string options;   // the family's options, "name=value" separated by blanks
    std::optional<double> threshold;
    std::string thresholdSpec; // as given: "auto", "3.1sigma", …
    std::string sources;       // the inputs, one per line
    std::uint64_t lines = 0;
    std::uint64_t anomalies = 0;
    std::uint64_t marksApplied = 0;
    std::string analyst; // set by the store from $LOGSLEUTH_ANALYST or $USER when empty
    std::string version; // of LogSleuth
};

// A random (version 4) UUID in its canonical 36-character form.
std::string newUuid();

// The journal mode for a file system: WAL needs shared memory that network file systems
// (NFS, SMB/CIFS) do not provide safely, so the store falls back to DELETE there.
// fileSystemMagic: statfs's f_type (0 when unknown).
std::string_view journalModeFor(std::int64_t fileSystemMagic);

// The default time a write waits for another process (another LogSleuth, the CLI) to let go.
inline constexpr std::chrono::milliseconds kDefaultBusyTimeout{5000};

// The fact store: one SQLite file in WAL mode, one transaction per user action.
// Move-only; the connection closes with the object.
class FactStore {
public:
    // Opens (creating the parent directories and the file when missing) and migrates the schema.
    // Throws StoreError for a file that is not a database, one locked past `busyTimeout`,
    // an unwritable directory, or a schema newer than this build knows. Never overwrites a
    // file it cannot read as a database.
    static FactStore open(const std::filesystem::path& path,
                          std::chrono::milliseconds busyTimeout = kDefaultBusyTimeout);

    FactStore(FactStore&&) noexcept;
    FactStore& operator=(FactStore&&) noexcept;
    FactStore(const FactStore&) = delete;
    FactStore& operator=(const FactStore&) = delete;
    ~FactStore();

    // Adds a mark with a new UUID. A message-scope mark supersedes (soft-deletes) the live
    // message-scope marks of the same masked message at the same severity, so a message has one
    // live mark of that scope at each level. Returns the row id.
    std::int64_t addMark(const Mark& mark);
    // Several marks in one transaction (one user action on a selection): all stored, or none.
    std::vector<std::int64_t> addMarks(const std::vector<Mark>& marks);
    // Soft-deletes a live mark; false when no live mark has this id.
    bool removeMark(std::int64_t id);
    // The live marks, oldest first.
    std::vector<Mark> marks() const;
    // Every mark, undone ones included, oldest first.
    std::vector<Mark> allMarks() const;
    // The latest live message-scope mark that reaches a masked message at a severity: one made
    // at that severity, else one without a severity. Without `severity`, of any severity.
    std::optional<Mark> markFor(std::string_view maskedMessage,
                                std::optional<std::string_view> severity = std::nullopt) const;
    std::optional<Mark> markByUuid(std::string_view uuid) const;
    // Soft-deletes the mark with this UUID, or the latest live mark when uuid is empty. Returns
    // the mark undone; empty when there was none (or it was already undone).
    std::optional<Mark> undo(std::string_view uuid = {});
    // Makes an undone mark live again; false when no undone mark has this UUID.
    bool restore(std::string_view uuid);
    // Adds marks made elsewhere, keeping uuid, created time, analyst and deleted time; a UUID
    // already present is skipped, so importing twice adds nothing. One transaction. Returns how
    // many were added.
    std::size_t importMarks(const std::vector<Mark>& marks);

    // Records a run (one transaction); returns its row id.
    std::int64_t addRun(const Run& run);
    // Every run, oldest first.
    std::vector<Run> runs() const;

    // What `PRAGMA journal_mode=WAL` answered: "wal", or the mode SQLite kept
    // (e.g. "delete" on a file system without shared memory); the store works in either.
    const std::string& journalMode() const { return journalMode_; }
    int schemaVersion() const;
    // SQLite's PRAGMA data_version: changes whenever another connection (another LogSleuth, the
    // CLI) commits to the file, never for this connection's own writes. Cheap to poll.
    std::int64_t dataVersion() const;
    const std::filesystem::path& path() const { return path_; }

private:
    std::int64_t insertMark(const Mark& mark, bool imported); // inside the caller's transaction
    std::vector<Mark> query(const std::string& where) const;
    struct Closer {
        void operator()(sqlite3* db) const;
    };
    FactStore(std::unique_ptr<sqlite3, Closer> db, std::filesystem::path path);

    std::unique_ptr<sqlite3, Closer> db_;
    std::filesystem::path path_;
    std::string journalMode_;
};

} // namespace logsleuth::store
