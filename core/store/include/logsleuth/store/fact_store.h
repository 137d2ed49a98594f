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

// An analyst's verdict on one masked message (and so on every line that masks to it).
struct Mark {
    std::int64_t id = 0;
    MarkKind kind = MarkKind::FalsePositive;
    std::string rawLine;
    std::string maskedMessage;
    std::string templateText;
    std::string templateId; // 16 hex digits
    std::string source;
    std::uint64_t lineNumber = 0; // 1-based line in `source`
    std::string createdAt;        // ISO 8601 UTC, set by the store
    std::string note;
};

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

    // One row per masked message: marking the same masked message again replaces the
    // earlier mark (kind, line, template, source, note, time). Returns the row id.
    std::int64_t addMark(const Mark& mark);
    // Several marks in one transaction (one user action on a selection): all stored, or none.
    std::vector<std::int64_t> addMarks(const std::vector<Mark>& marks);
    // False when no mark has this id.
    bool removeMark(std::int64_t id);
    // All marks, oldest row first.
    std::vector<Mark> marks() const;
    std::optional<Mark> markFor(std::string_view maskedMessage) const;

    // What `PRAGMA journal_mode=WAL` answered: "wal", or the mode SQLite kept
    // (e.g. "delete" on a file system without shared memory); the store works in either.
    const std::string& journalMode() const { return journalMode_; }
    int schemaVersion() const;
    const std::filesystem::path& path() const { return path_; }

private:
    std::int64_t insertMark(const Mark& mark); // inside the caller's transaction
    struct Closer {
        void operator()(sqlite3* db) const;
    };
    FactStore(std::unique_ptr<sqlite3, Closer> db, std::filesystem::path path);

    std::unique_ptr<sqlite3, Closer> db_;
    std::filesystem::path path_;
    std::string journalMode_;
};

} // namespace logsleuth::store
