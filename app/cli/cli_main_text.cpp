// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// logsleuth-cli: the headless face of LogSleuth, for scripts, CI and benchmarks. This binary
// reads, mines and searches; train, score and analyze run in logsleuth-cli-ml.
#include "cli_dispatch.h"

int main(int argc, char** argv)
{
    return logsleuth::cli::cliMain(argc, argv, logsleuth::cli::textCommands());
}
