// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "sqlite_util.h"

#include "logsleuth/store/fact_store.h"

#include <sqlite3.h>

#include <climits>

namespace logsleuth::store::detail {

void throwError(sqlite3* db, const std::filesystem::path& path, std::string_view what)
{
    std::string message(what);
    message += " in ";
    message += path.string();
    message += ": ";
    message += db != nullptr ? sqlite3_errmsg(db) : "out of memory";
    if (db != nullptr && sqlite3_errcode(db) == SQLITE_BUSY) {
        message += " (another program holds the store's lock)";
    }
    // A full disk shows as SQLITE_FULL, a file size limit (RLIMIT_FSIZE, quotas) as a failed
    // write: say what the analyst can do about either.
    if (db != nullptr &&
        (sqlite3_errcode(db) == SQLITE_FULL || sqlite3_extended_errcode(db) == SQLITE_IOERR_WRITE)) {
        message += " (the disk is full or the file may not grow: free some space, or use another fact store)";
    }
    throw StoreError(message);
}

void exec(sqlite3* db, const std::filesystem::path& path, const char* sql)
{
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
        throwError(db, path, std::string("cannot run \"") + sql + "\"");
    }
}

Statement::Statement(sqlite3* db, const std::filesystem::path& path, std::string_view sql)
    : db_(db), path_(path)
{
    if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr) != SQLITE_OK) {
        throwError(db, path, "cannot prepare a statement");
    }
}

Statement::~Statement()
{
    sqlite3_finalize(stmt_);
}

Statement& Statement::bind(int index, std::string_view text)
{
    if (text.size() > static_cast<std::size_t>(INT_MAX) ||
        sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT) !=
            SQLITE_OK) {
        throwError(db_, path_, "cannot bind a value");
    }
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value)
{
    if (sqlite3_bind_int64(stmt_, index, value) != SQLITE_OK) throwError(db_, path_, "cannot bind a value");
    return *this;
}

bool Statement::step()
{
    switch (sqlite3_step(stmt_)) {
    case SQLITE_ROW:
        return true;
    case SQLITE_DONE:
        return false;
    default:
        throwError(db_, path_, "cannot run a statement");
    }
}

Statement& Statement::bind(int index, std::optional<double> value)
{
    const int rc = value ? sqlite3_bind_double(stmt_, index, *value) : sqlite3_bind_null(stmt_, index);
    if (rc != SQLITE_OK) throwError(db_, path_, "cannot bind a value");
    return *this;
}

Statement& Statement::bindText(int index, const std::optional<std::string>& text)
{
    if (text) return bind(index, std::string_view(*text));
    if (sqlite3_bind_null(stmt_, index) != SQLITE_OK) throwError(db_, path_, "cannot bind a value");
    return *this;
}

std::optional<std::string> Statement::optionalText(int column) const
{
    if (isNull(column)) return std::nullopt;
    return text(column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

std::optional<double> Statement::real(int column) const
{
    if (isNull(column)) return std::nullopt;
    return sqlite3_column_double(stmt_, column);
}

std::string Statement::text(int column) const
{
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    // Size after text(): the conversion may change it, as SQLite's docs warn.
    const int size = sqlite3_column_bytes(stmt_, column);
    return bytes != nullptr ? std::string(bytes, static_cast<std::size_t>(size)) : std::string();
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(stmt_, column);
}

WriteTransaction::WriteTransaction(sqlite3* db, const std::filesystem::path& path) : db_(db), path_(path)
{
    if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK) {
        throwError(db, path, "cannot start a write");
    }
}

WriteTransaction::~WriteTransaction()
{
    if (!done_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
}

void WriteTransaction::commit()
{
    if (sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        throwError(db_, path_, "cannot commit a write");
    }
    done_ = true;
}

} // namespace logsleuth::store::detail
