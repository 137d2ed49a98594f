// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Thin RAII helpers over the SQLite C API, private to the store. Each failure becomes a
// StoreError that names the database file, so a message read in a log says which file broke.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace logsleuth::store::detail {

// "<what> in <path>: <sqlite's errmsg>", thrown as StoreError.
[[noreturn]] void throwError(sqlite3* db, const std::filesystem::path& path, std::string_view what);

// Runs SQL without results (pragmas that answer nothing, DDL, BEGIN/COMMIT).
void exec(sqlite3* db, const std::filesystem::path& path, const char* sql);

// A prepared statement, finalized on destruction.
class Statement {
public:
    Statement(sqlite3* db, const std::filesystem::path& path, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are 1-based, as in SQLite. Text is copied (SQLITE_TRANSIENT) so callers
    // may pass views of temporaries.
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, std::optional<double> value);                // NULL when empty
    Statement& bindText(int index, const std::optional<std::string>& text); // NULL when empty

    // True while a row is available; false when done. Throws on errors (busy included).
    bool step();

    std::string text(int column) const;
    std::int64_t int64(int column) const;
    std::optional<double> real(int column) const;              // empty for NULL
    std::optional<std::string> optionalText(int column) const; // empty for NULL
    bool isNull(int column) const;

private:
    sqlite3* db_;
    const std::filesystem::path& path_;
    sqlite3_stmt* stmt_ = nullptr;
};

// BEGIN IMMEDIATE on construction, so a writer takes the write lock up front (waiting up to
// the busy timeout) rather than failing half-way with SQLITE_BUSY on upgrade; rolls back in
// the destructor unless commit() ran.
class WriteTransaction {
public:
    WriteTransaction(sqlite3* db, const std::filesystem::path& path);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;
    void commit();

private:
    sqlite3* db_;
    const std::filesystem::path& path_;
    bool done_ = false;
};

} // namespace logsleuth::store::detail
