// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The commands of logsleuth-cli. Their CSV columns and exit codes are a contract: extend,
// never reorder or remove.
#pragma once

#include "cli_args.h"

#include <vector>

namespace logsleuth::cli {

struct Command {
    CommandSpec spec;
    int (*run)(const ParsedArgs& args);
};

const std::vector<Command>& commands();

} // namespace logsleuth::cli
