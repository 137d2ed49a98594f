// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#pragma once

#include "cli_commands.h"

#include <vector>

namespace logsleuth::cli {

// Runs the command named by argv[1] if `local` has it, hands the other known commands over to
// logsleuth-cli-ml, and returns the exit code.
int cliMain(int argc, char** argv, const std::vector<Command>& local);

} // namespace logsleuth::cli
