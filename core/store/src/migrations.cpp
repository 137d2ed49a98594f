// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "migrations.h"

#include "logsleuth/store/fact_store.h"
#include "sqlite_util.h"

#include <array>
#include <string>

namespace logsleuth::store::detail {
namespace {

// Step i takes the schema from version i to version i + 1. Append only: a released step
// never changes, since files in the field already ran it.
constexpr std::array kSteps = {
    // 1: the marks table. masked_message is UNIQUE because a mark applies to every line that
    // masks to the same message; template_id is indexed for "marks of this template".
    R"sql(
CREATE TABLE marks (
    id             INTEGER PRIMARY KEY,
    kind           TEXT    NOT NULL CHECK (kind IN ('false_positive', 'true_positive')),
    raw_line       TEXT    NOT NULL,
    masked_message TEXT    NOT NULL UNIQUE,
    template_text  TEXT    NOT NULL,
    template_id    TEXT    NOT NULL,
    source         TEXT    NOT NULL,
    line_number    INTEGER NOT NULL,
    created_at     TEXT    NOT NULL,
    note           TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX marks_template_id ON marks (template_id);
)sql",
    // 2: marks become an append-only history. Each mark gets a UUID (so an export imported twice
    // adds nothing), a scope (line, message, template, regex) with its pattern, what the model
    // said at the time, who made it, and a soft delete (undo, restore). The UNIQUE on
    // masked_message goes: a message may carry a template mark and a message mark, and an undone
    // mark stays as history. SQLite cannot drop a constraint, so the table is rebuilt; every
    // existing mark is kept with a fresh random UUID (version 4 layout).
    R"sql(
CREATE TABLE marks_v2 (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT    NOT NULL UNIQUE,
    kind           TEXT    NOT NULL CHECK (kind IN ('false_positive', 'true_positive')),
    scope          TEXT    NOT NULL DEFAULT 'message' CHECK (scope IN ('line', 'message', 'template', 'regex')),
    pattern        TEXT    NOT NULL DEFAULT '',
    raw_line       TEXT    NOT NULL,
    masked_message TEXT    NOT NULL,
    template_text  TEXT    NOT NULL,
    template_id    TEXT    NOT NULL,
    source         TEXT    NOT NULL,
    source_hash    TEXT    NOT NULL DEFAULT '',
    line_number    INTEGER NOT NULL,
    score          REAL,
    threshold      REAL,
    model_id       TEXT    NOT NULL DEFAULT '',
    analyst        TEXT    NOT NULL DEFAULT '',
    created_at     TEXT    NOT NULL,
    deleted_at     TEXT,
    note           TEXT    NOT NULL DEFAULT ''
);
INSERT INTO marks_v2 (id, uuid, kind, raw_line, masked_message, template_text, template_id, source,
                      line_number, created_at, note)
SELECT id,
       lower(substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-' ||
             substr('89ab', 1 + (abs(random()) % 4), 1) || substr(h, 18, 3) || '-' || substr(h, 21, 12)),
       kind, raw_line, masked_message, template_text, template_id, source, line_number, created_at, note
FROM (SELECT *, hex(randomblob(16)) AS h FROM marks);
DROP TABLE marks;
ALTER TABLE marks_v2 RENAME TO marks;
CREATE INDEX marks_template_id ON marks (template_id);
CREATE INDEX marks_masked_message ON marks (masked_message);
)sql",
    // 3: runs, the provenance of every training and scoring that used the store: which model,
    // on what, at which threshold, with how many marks, what came out.
    R"sql(
CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  started_at TEXT NOT NULL,
  finished_at TEXT NOT NULL,
  command TEXT NOT NULL,
  model_kind TEXT NOT NULL,
  model_id TEXT NOT NULL,
  options TEXT NOT NULL,
  threshold REAL,
  threshold_spec TEXT NOT NULL,
  sources TEXT NOT NULL,
  lines INTEGER NOT NULL,
  anomalies INTEGER NOT NULL,
  marks_applied INTEGER NOT NULL,
  analyst TEXT NOT NULL,
  version TEXT NOT NULL
);
)sql",
    // 4: a mark keeps the severity of the line it was made on (TRACE … FATAL, '' for a line
    // without a level): the same masked message at another level is another message (a web
    // server's 500 reads as its 200 once the status is a number), and a message or template
    // mark reaches only its own level. Marks made before keep NULL and reach every level.
    R"sql(
ALTER TABLE marks ADD COLUMN severity TEXT;
)sql",
};

int userVersion(sqlite3* db, const std::filesystem::path& path)
{
    Statement query(db, path, "PRAGMA user_version");
    return query.step() ? static_cast<int>(query.int64(0)) : 0;
}

} // namespace

int latestSchemaVersion()
{
    return static_cast<int>(kSteps.size());
}

void migrate(sqlite3* db, const std::filesystem::path& path)
{
    // Cheap check outside a transaction: an up-to-date file (the usual case) takes no write lock.
    if (userVersion(db, path) == latestSchemaVersion()) return;

    WriteTransaction transaction(db, path);
    // Read again under the lock: another process may have migrated meanwhile.
    const int from = userVersion(db, path);
    if (from > latestSchemaVersion()) {
        throw StoreError("fact store " + path.string() + " has schema version " + std::to_string(from) +
                         ", newer than the " + std::to_string(latestSchemaVersion()) +
                         " this LogSleuth knows; use a newer LogSleuth");
    }
    for (int version = from; version < latestSchemaVersion(); ++version) {
        exec(db, path, kSteps[static_cast<std::size_t>(version)]);
    }
    // PRAGMA takes no bound parameters; the value is our own integer.
    exec(db, path, ("PRAGMA user_version = " + std::to_string(latestSchemaVersion())).c_str());
    transaction.commit();
}

} // namespace logsleuth::store::detail
