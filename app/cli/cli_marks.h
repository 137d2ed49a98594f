// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The marks of --store as the rules scoring applies (every scope, with the marks' UUIDs).
#pragma once

#include "cli_args.h"
#include "logsleuth/ml/session.h"
#include "logsleuth/ml/verdict.h"

#include <string>
#include <string_view>

namespace logsleuth::cli {

// Empty rules without --store; a UsageError in a build without SQLite.
ml::MarkRules marksFrom(const ParsedArgs& args);

// With --store, records the run's provenance in the store's runs table (`runs --store DB`
// lists them): the command, the model, its options and threshold, the inputs, the line,
// anomaly and mark counts. startedAt: ISO 8601 UTC. Without --store nothing happens.
void recordRun(const ParsedArgs& args, std::string_view command, const std::string& startedAt,
               const ml::AnalysisSession& session, const std::string& thresholdSpec);

// Now, ISO 8601 UTC with milliseconds.
std::string utcNow();

} // namespace logsleuth::cli
