// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// logsleuth-cli-ml: every command of logsleuth-cli, the training and scoring ones included.
// logsleuth-cli executes it for train, score and analyze; it can also be run directly.
#include "cli_dispatch.h"

int main(int argc, char** argv)
{
    using namespace logsleuth::cli;
    static const std::vector<Command> all = [] {
        std::vector<Command> commands = textCommands();
        const auto& ml = mlCommands();
        commands.insert(commands.end(), ml.begin(), ml.end());
        const auto& marks = markCommands();
        commands.insert(commands.end(), marks.begin(), marks.end());
        return commands;
    }();
    return cliMain(argc, argv, all);
}
