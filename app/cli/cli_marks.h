// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The marks of --store as the rules scoring applies (every scope, with the marks' UUIDs).
#pragma once

#include "cli_args.h"
#include "logsleuth/ml/verdict.h"

namespace logsleuth::cli {

// Empty rules without --store; a UsageError in a build without SQLite.
ml::MarkRules marksFrom(const ParsedArgs& args);

} // namespace logsleuth::cli
