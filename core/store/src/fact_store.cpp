// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/store/fact_store.h"

#include "migrations.h"
#include "sqlite_util.h"

#include <sqlite3.h>

#ifdef __linux__
#include <sys/vfs.h>
#endif

#include <cstdio>
#include <cstdlib>
#include <limits>
#include <random>
#include <system_error>
#include <utility>

namespace logsleuth::store {
namespace {

using detail::Statement;

constexpr std::string_view kMarkColumns =
    "id, kind, raw_line, masked_message, template_text, template_id, source, line_number, created_at, note, "
    "uuid, scope, pattern, source_hash, score, threshold, model_id, analyst, deleted_at, severity";

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
    mark.uuid = row.text(10);
    const std::string scope = row.text(11);
    const auto parsedScope = markScopeFromString(scope);
    if (!parsedScope)
        throw StoreError("fact store " + path.string() + " holds an unknown mark scope \"" + scope + "\"");
    mark.scope = *parsedScope;
    mark.pattern = row.text(12);
    mark.sourceHash = row.text(13);
    mark.score = row.real(14);
    mark.threshold = row.real(15);
    mark.modelId = row.text(16);
    mark.analyst = row.text(17);
    mark.deletedAt = row.text(18);
    mark.severity = row.optionalText(19);
    return mark;
}

// Who is marking, when the caller did not say: $LOGSLEUTH_ANALYST, else the login name.
std::string defaultAnalyst()
{
    for (const char* name : {"LOGSLEUTH_ANALYST", "USER", "LOGNAME"})
        if (const char* value = std::getenv(name); value && *value) return value;
    return {};
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

std::string_view toString(MarkScope scope)
{
    switch (scope) {
    case MarkScope::Line:
        return "line";
    case MarkScope::Message:
        return "message";
    case MarkScope::Template:
        return "template";
    case MarkScope::Regex:
        return "regex";
    }
    return "message";
}

std::optional<MarkScope> markScopeFromString(std::string_view text)
{
    for (MarkScope scope : {MarkScope::Line, MarkScope::Message, MarkScope::Template, MarkScope::Regex})
        if (toString(scope) == text) return scope;
    return std::nullopt;
}

std::string newUuid()
{
    // One generator per thread, seeded from the OS: UUIDs only need to be unique, not secret.
    thread_local std::mt19937_64 rng{(std::uint64_t(std::random_device{}()) << 32) ^ std::random_device{}()};
    std::uint64_t high = rng(), low = rng();
    high = (high & ~std::uint64_t(0xf000)) | 0x4000;                        // version 4
    low = (low & ~(std::uint64_t(0xc) << 60)) | (std::uint64_t(0x8) << 60); // RFC 4122 variant
    char text[37];
    std::snprintf(text, sizeof text, "%08x-%04x-%04x-%04x-%012llx", unsigned(high >> 32),
                  unsigned((high >> 16) & 0xffff), unsigned(high & 0xffff), unsigned(low >> 48),
                  static_cast<unsigned long long>(low & 0xffffffffffffULL));
    return text;
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
        std::int64_t magic = 0;
#ifdef __linux__
        struct statfs info{};
        if (statfs(path.c_str(), &info) == 0)
            magic = static_cast<std::int64_t>(static_cast<unsigned long>(info.f_type));
#endif
        const std::string pragma = "PRAGMA journal_mode=" + std::string(journalModeFor(magic));
        Statement wal(handle, path, pragma.c_str());
        // The pragma answers the mode in force: a file system without shared memory keeps
        // "delete" (and a network file system is asked for it). The store still works there (readers then
        // block writers), so go on.
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
    const std::int64_t id = insertMark(mark, false);
    transaction.commit();
    return id;
}

std::vector<std::int64_t> FactStore::addMarks(const std::vector<Mark>& marks)
{
    detail::WriteTransaction transaction(db_.get(), path_);
    std::vector<std::int64_t> ids;
    ids.reserve(marks.size());
    for (const Mark& mark : marks)
        ids.push_back(insertMark(mark, false));
    transaction.commit(); // all of them or, on any error, none
    return ids;
}

std::size_t FactStore::importMarks(const std::vector<Mark>& marks)
{
    detail::WriteTransaction transaction(db_.get(), path_);
    std::size_t added = 0;
    for (const Mark& mark : marks)
        if (insertMark(mark, true) != 0) ++added;
    transaction.commit();
    return added;
}

std::int64_t FactStore::insertMark(const Mark& mark, bool imported)
{
    if (mark.lineNumber > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
        throw StoreError("line number " + std::to_string(mark.lineNumber) +
                         " is too large for the fact store");
    }
    if (!imported && mark.scope == MarkScope::Message) {
        Statement supersede(db_.get(), path_, R"sql(
UPDATE marks SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
WHERE scope = 'message' AND masked_message = ?1 AND severity IS ?2 AND deleted_at IS NULL
)sql");
        supersede.bind(1, mark.maskedMessage).bindText(2, mark.severity).step();
    }
    Statement insert(db_.get(), path_, R"sql(
INSERT INTO marks (kind, raw_line, masked_message, template_text, template_id, source, line_number,
                   created_at, note, uuid, scope, pattern, source_hash, score, threshold, model_id,
                   analyst, deleted_at, severity)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, coalesce(?8, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), ?9, ?10, ?11,
        ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)
ON CONFLICT (uuid) DO NOTHING
RETURNING id
)sql");
    const std::string uuid = mark.uuid.empty() ? newUuid() : mark.uuid;
    const std::string analyst = mark.analyst.empty() && !imported ? defaultAnalyst() : mark.analyst;
    insert.bind(1, toString(mark.kind))
        .bind(2, mark.rawLine)
        .bind(3, mark.maskedMessage)
        .bind(4, mark.templateText)
        .bind(5, mark.templateId)
        .bind(6, mark.source)
        .bind(7, static_cast<std::int64_t>(mark.lineNumber));
    if (mark.createdAt.empty())
        insert.bind(8, std::optional<double>());
    else
        insert.bind(8, mark.createdAt);
    insert.bind(9, mark.note)
        .bind(10, uuid)
        .bind(11, toString(mark.scope))
        .bind(12, mark.pattern)
        .bind(13, mark.sourceHash)
        .bind(14, mark.score)
        .bind(15, mark.threshold)
        .bind(16, mark.modelId)
        .bind(17, analyst);
    if (mark.deletedAt.empty())
        insert.bind(18, std::optional<double>());
    else
        insert.bind(18, mark.deletedAt);
    insert.bindText(19, mark.severity);
    if (!insert.step()) {
        if (imported) return 0; // this UUID is already here
        throw StoreError("fact store " + path_.string() + ": saving a mark returned no row id");
    }
    const std::int64_t id = insert.int64(0);
    // RETURNING rows are only final once the statement has run to completion.
    while (insert.step()) {
    }
    return id;
}

bool FactStore::removeMark(std::int64_t id)
{
    detail::WriteTransaction transaction(db_.get(), path_);
    Statement remove(db_.get(), path_,
                     "UPDATE marks SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                     "WHERE id = ?1 AND deleted_at IS NULL");
    remove.bind(1, id).step();
    const bool removed = sqlite3_changes(db_.get()) > 0;
    transaction.commit();
    return removed;
}

std::vector<Mark> FactStore::query(const std::string& where) const
{
    Statement select(db_.get(), path_, "SELECT " + std::string(kMarkColumns) + " FROM marks " + where);
    std::vector<Mark> result;
    while (select.step())
        result.push_back(readMark(select, path_));
    return result;
}

std::vector<Mark> FactStore::marks() const
{
    return query("WHERE deleted_at IS NULL ORDER BY id");
}

std::vector<Mark> FactStore::allMarks() const
{
    return query("ORDER BY id");
}

std::optional<Mark> FactStore::markFor(std::string_view maskedMessage,
                                       std::optional<std::string_view> severity) const
{
    // A mark at the asked severity before one made without a severity; the later within each.
    Statement select(db_.get(), path_,
                     "SELECT " + std::string(kMarkColumns) +
                         " FROM marks WHERE masked_message = ?1 AND scope = 'message' AND deleted_at IS NULL "
                         "AND (?2 IS NULL OR severity IS NULL OR severity = ?2) "
                         "ORDER BY severity IS NULL, id DESC LIMIT 1");
    select.bind(1, maskedMessage)
        .bindText(2, severity ? std::optional<std::string>(*severity) : std::nullopt);
    if (!select.step()) return std::nullopt;
    return readMark(select, path_);
}

std::optional<Mark> FactStore::markByUuid(std::string_view uuid) const
{
    Statement select(db_.get(), path_, "SELECT " + std::string(kMarkColumns) + " FROM marks WHERE uuid = ?1");
    select.bind(1, uuid);
    if (!select.step()) return std::nullopt;
    return readMark(select, path_);
}

std::optional<Mark> FactStore::undo(std::string_view uuid)
{
    detail::WriteTransaction transaction(db_.get(), path_);
    std::optional<Mark> target;
    {
        Statement select(db_.get(), path_,
                         "SELECT " + std::string(kMarkColumns) + " FROM marks WHERE deleted_at IS NULL " +
                             (uuid.empty() ? "ORDER BY id DESC LIMIT 1" : "AND uuid = ?1"));
        if (!uuid.empty()) select.bind(1, uuid);
        if (select.step()) target = readMark(select, path_);
    }
    if (!target) return std::nullopt;
    Statement remove(db_.get(), path_,
                     "UPDATE marks SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1");
    remove.bind(1, target->id).step();
    transaction.commit();
    return target;
}

bool FactStore::restore(std::string_view uuid)
{
    detail::WriteTransaction transaction(db_.get(), path_);
    Statement revive(db_.get(), path_,
                     "UPDATE marks SET deleted_at = NULL WHERE uuid = ?1 AND deleted_at IS NOT NULL");
    revive.bind(1, uuid).step();
    const bool restored = sqlite3_changes(db_.get()) > 0;
    transaction.commit();
    return restored;
}

std::int64_t FactStore::addRun(const Run& run)
{
    detail::WriteTransaction transaction(db_.get(), path_);
    Statement insert(db_.get(), path_, R"sql(
INSERT INTO runs (uuid, started_at, finished_at, command, model_kind, model_id, options, threshold,
                  threshold_spec, sources, lines, anomalies, marks_applied, analyst, version)
VALUES (?1, ?2, coalesce(?3, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), ?4, ?5, ?6, ?7, ?8, ?9, ?10,
        ?11, ?12, ?13, ?14, ?15)
RETURNING id
)sql");
    insert.bind(1, run.uuid.empty() ? newUuid() : run.uuid).bind(2, run.startedAt);
    if (run.finishedAt.empty())
        insert.bind(3, std::optional<double>());
    else
        insert.bind(3, run.finishedAt);
    insert.bind(4, run.command)
        .bind(5, run.modelKind)
        .bind(6, run.modelId)
        .bind(7, run.options)
        .bind(8, run.threshold)
        .bind(9, run.thresholdSpec)
        .bind(10, run.sources)
        .bind(11, static_cast<std::int64_t>(run.lines))
        .bind(12, static_cast<std::int64_t>(run.anomalies))
        .bind(13, static_cast<std::int64_t>(run.marksApplied))
        .bind(14, run.analyst.empty() ? defaultAnalyst() : run.analyst)
        .bind(15, run.version);
    if (!insert.step())
        throw StoreError("fact store " + path_.string() + ": saving a run returned no row id");
    const std::int64_t id = insert.int64(0);
    while (insert.step()) {
    }
    transaction.commit();
    return id;
}

std::vector<Run> FactStore::runs() const
{
    Statement select(db_.get(), path_, R"sql(
SELECT id, uuid, started_at, finished_at, command, model_kind, model_id, options, threshold,
       threshold_spec, sources, lines, anomalies, marks_applied, analyst, version
FROM runs ORDER BY id
)sql");
    std::vector<Run> result;
    while (select.step()) {
        Run run;
        run.id = select.int64(0);
        run.uuid = select.text(1);
        run.startedAt = select.text(2);
        run.finishedAt = select.text(3);
        run.command = select.text(4);
        run.modelKind = select.text(5);
        run.modelId = select.text(6);
        run.options = select.text(7);
        run.threshold = select.real(8);
        run.thresholdSpec = select.text(9);
        run.sources = select.text(10);
        run.lines = static_cast<std::uint64_t>(select.int64(11));
        run.anomalies = static_cast<std::uint64_t>(select.int64(12));
        run.marksApplied = static_cast<std::uint64_t>(select.int64(13));
        run.analyst = select.text(14);
        run.version = select.text(15);
        result.push_back(std::move(run));
    }
    return result;
}

std::int64_t FactStore::dataVersion() const
{
    Statement query(db_.get(), path_, "PRAGMA data_version");
    return query.step() ? query.int64(0) : 0;
}

std::string_view journalModeFor(std::int64_t fileSystemMagic)
{
    switch (fileSystemMagic) {
    case 0x6969:     // NFS
    case 0xFF534D42: // CIFS
    case 0xFE534D42: // SMB2
    case 0x517B:     // SMB
        return "DELETE";
    default:
        return "WAL";
    }
}

int FactStore::schemaVersion() const
{
    Statement query(db_.get(), path_, "PRAGMA user_version");
    return query.step() ? static_cast<int>(query.int64(0)) : 0;
}

} // namespace logsleuth::store
