// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#pragma once

#include <filesystem>

struct sqlite3;

namespace logsleuth::store::detail {

// The schema version this build writes (the last migration step).
int latestSchemaVersion();

// Brings the file from its `PRAGMA user_version` up to latestSchemaVersion(), all steps in
// one write transaction so a crash leaves either the old or the new schema. Throws
// StoreError for a file newer than this build.
void migrate(sqlite3* db, const std::filesystem::path& path);

} // namespace logsleuth::store::detail
