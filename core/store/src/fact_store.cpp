// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/store/fact_store.h"

#include "migrations.h"
#include "sqlite_util.h"

#include <sqlite3.h>

#include <limits>
#include <system_error>
#include <utility>

namespace logsleuth::store {
namespace {

using detail::Statement;

constexpr std::string_view kMarkColumns = "id, kind, raw_line, masked_message, template_text, template_id, "
                                          "source, line_number, created_at, note";

Mark readMark(const Statement& row, const std::filesystem::path& path)
{
    Mark mark;
    mark.id = row.int64(0);
    const std::string kind = row.text(1);
    const auto parsed = markKindFromString(kind);
    // The CHECK constraint keeps other spellings out; a hand-edited file could still hold one.
    if (!parsed)
        throw StoreError("fact store " + path.string() + " holds an unknown mark kind \"" + kind + "\"");
    mark.kind = *parsed;
    mark.rawLine = row.text(2);
    mark.maskedMessage = row.text(3);
    mark.templateText = row.text(4);
    mark.templateId = row.text(5);
    mark.source = row.text(6);
    mark.lineNumber = static_cast<std::uint64_t>(row.int64(7));
    mark.createdAt = row.text(8);
    mark.note = row.text(9);
    return mark;
}

} // namespace

std::string_view toString(MarkKind kind)
{
    switch (kind) {
    case MarkKind::FalsePositive:
        return "false_positive";
    case MarkKind::TruePositive:
        return "true_positive";
    }
    return "false_positive";
}

std::optional<MarkKind> markKindFromString(std::string_view text)
{
    if (text == "false_positive") return MarkKind::FalsePositive;
    if (text == "true_positive") return MarkKind::TruePositive;
    return std::nullopt;
}

void FactStore::Closer::operator()(sqlite3* db) const
{
    // close_v2: never fails on unfinalized statements; none outlive a call anyway.
    sqlite3_close_v2(db);
}

FactStore::FactStore(std::unique_ptr<sqlite3, Closer> db, std::filesystem::path path)
    : db_(std::move(db)), path_(std::move(path))
{
}

FactStore::FactStore(FactStore&&) noexcept = default;
FactStore& FactStore::operator=(FactStore&&) noexcept = default;
FactStore::~FactStore() = default;

FactStore FactStore::open(const std::filesystem::path& path, std::chrono::milliseconds busyTimeout)
{
    if (path.has_parent_path()) {
        std::error_code error;
        std::filesystem::create_directories(path.parent_path(), error);
        if (error) {
            throw StoreError("cannot create the directory " + path.parent_path().string() +
                             " for the fact store: " + error.message());
        }
    }

    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    std::unique_ptr<sqlite3, Closer> db(raw); // closes even when open failed, as SQLite asks
    if (rc != SQLITE_OK) detail::throwError(raw, path, "cannot open the fact store");
    FactStore store(std::move(db), path);
    sqlite3* handle = store.db_.get();

    sqlite3_busy_timeout(handle, static_cast<int>(busyTimeout.count()));

    // sqlite3_open_v2 reads nothing; this first read is what notices a file that is not a
    // database (or a lock held by another process) before anything could write to it.
    {
        Statement probe(handle, path, "PRAGMA schema_version");
        probe.step();
    }

    {
        Statement wal(handle, path, "PRAGMA journal_mode=WAL");
        // The pragma answers the mode in force: a file system without shared memory keeps
        // "delete". The store still works there (readers then block writers), so go on.
        store.journalMode_ = wal.step() ? wal.text(0) : std::string();
    }
    // FULL: a mark the analyst saw saved survives a power cut, at one fsync per action.
    detail::exec(handle, path, "PRAGMA synchronous=FULL");

    detail::migrate(handle, path);
    return store;
}

std::int64_t FactStore::addMark(const Mark& mark)
{
    detail::WriteTransaction transaction(db_.get(), path_);
    const std::int64_t id = insertMark(mark);
    transaction.commit();
    return id;
}

std::vector<std::int64_t> FactStore::addMarks(const std::vector<Mark>& marks)
{
    detail::WriteTransaction transaction(db_.get(), path_);
    std::vector<std::int64_t> ids;
    ids.reserve(marks.size());
    for (const Mark& mark : marks)
        ids.push_back(insertMark(mark));
    transaction.commit(); // all of them or, on any error, none
    return ids;
}

std::int64_t FactStore::insertMark(const Mark& mark)
{
    if (mark.lineNumber > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
        throw StoreError("line number " + std::to_string(mark.lineNumber) +
                         " is too large for the fact store");
    }
    Statement upsert(db_.get(), path_, R"sql(
INSERT INTO marks (kind, raw_line, masked_message, template_text, template_id, source, line_number,
                   created_at, note)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?8)
ON CONFLICT (masked_message) DO UPDATE SET
    kind = excluded.kind, raw_line = excluded.raw_line, template_text = excluded.template_text,
    template_id = excluded.template_id, source = excluded.source, line_number = excluded.line_number,
    created_at = excluded.created_at, note = excluded.note
RETURNING id
)sql");
    upsert.bind(1, toString(mark.kind))
        .bind(2, mark.rawLine)
        .bind(3, mark.maskedMessage)
        .bind(4, mark.templateText)
        .bind(5, mark.templateId)
        .bind(6, mark.source)
        .bind(7, static_cast<std::int64_t>(mark.lineNumber))
        .bind(8, mark.note);
    if (!upsert.step())
        throw StoreError("fact store " + path_.string() + ": saving a mark returned no row id");
    const std::int64_t id = upsert.int64(0);
    // RETURNING rows are only final once the statement has run to completion.
    while (upsert.step()) {
    }
    return id;
}

bool FactStore::removeMark(std::int64_t id)
{
    detail::WriteTransaction transaction(db_.get(), path_);
    Statement remove(db_.get(), path_, "DELETE FROM marks WHERE id = ?1");
    remove.bind(1, id).step();
    const bool removed = sqlite3_changes(db_.get()) > 0;
    transaction.commit();
    return removed;
}

std::vector<Mark> FactStore::marks() const
{
    Statement query(db_.get(), path_, "SELECT " + std::string(kMarkColumns) + " FROM marks ORDER BY id");
    std::vector<Mark> result;
    while (query.step())
        result.push_back(readMark(query, path_));
    return result;
}

std::optional<Mark> FactStore::markFor(std::string_view maskedMessage) const
{
    Statement query(db_.get(), path_,
                    "SELECT " + std::string(kMarkColumns) + " FROM marks WHERE masked_message = ?1");
    query.bind(1, maskedMessage);
    if (!query.step()) return std::nullopt;
    return readMark(query, path_);
}

int FactStore::schemaVersion() const
{
    Statement query(db_.get(), path_, "PRAGMA user_version");
    return query.step() ? static_cast<int>(query.int64(0)) : 0;
}

} // namespace logsleuth::store
