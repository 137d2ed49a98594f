// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The commands of logsleuth-cli. Their CSV columns and exit codes are a contract: extend,
// never reorder or remove. The text commands run in logsleuth-cli; the ML commands in
// logsleuth-cli-ml, which logsleuth-cli executes in its place for them.
#pragma once

#include "cli_args.h"

#include <string_view>
#include <vector>

namespace logsleuth::cli {

struct Command {
    CommandSpec spec;
    int (*run)(const ParsedArgs& args);
};

const std::vector<CommandSpec>& commandSpecs(); // all of them, in help order
const CommandSpec& commandSpec(std::string_view name);
const std::vector<Command>& textCommands(); // templates, formats, grep
const std::vector<Command>& mlCommands();   // train, score, analyze (logsleuth-cli-ml only)
const std::vector<Command>& markCommands(); // mark, marks (logsleuth-cli-ml only)

} // namespace logsleuth::cli
