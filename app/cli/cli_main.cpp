// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// logsleuth-cli: the headless face of LogSleuth, for scripts, CI and benchmarks.
#include "cli_commands.h"
#include "cli_output.h"

#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

namespace {

using namespace logsleuth::cli;

extern "C" void onInterrupt(int)
{
    interrupted().store(true);
}

void printOverview(std::ostream& out)
{
    out << "usage: logsleuth-cli COMMAND [options] FILE...\n\n"
           "Mine templates, train anomaly models and score logs. FILE may be - for standard input.\n\n"
           "commands:\n";
    for (const auto& command : commands())
        out << "  " << command.spec.synopsis << "\n      " << command.spec.summary << "\n";
    out << "\n  --version       print the version\n"
           "\nexit codes: 0 ok, 1 error, 2 usage, 3 partial input, 4 anomalies (--fail-on-anomaly), "
           "130 interrupted\n";
}

int run(int argc, char** argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        printOverview(std::cerr);
        return ExitUsage;
    }
    if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        printOverview(std::cout);
        return ExitOk;
    }
    if (args[0] == "--version") {
        std::cout << "logsleuth-cli " << LOGSLEUTH_VERSION << "\n";
        return ExitOk;
    }
    const Command* command = nullptr;
    for (const auto& candidate : commands())
        if (candidate.spec.name == args[0]) command = &candidate;
    if (!command) {
        warn("unknown command '" + args[0] + "' (see logsleuth-cli --help)");
        return ExitUsage;
    }
    args.erase(args.begin());
    for (const auto& arg : args) {
        if (arg == "--") break;
        if (arg == "--help" || arg == "-h") {
            std::cout << helpText(command->spec);
            return ExitOk;
        }
    }
    try {
        return command->run(parseArgs(command->spec, args));
    } catch (const UsageError& e) {
        warn(std::string(command->spec.name) + ": " + e.what());
        return ExitUsage;
    } catch (const Interrupted&) {
        warn("interrupted");
        return ExitInterrupted;
    } catch (const std::exception& e) {
        warn(std::string(command->spec.name) + ": " + e.what());
        return ExitError;
    }
}

} // namespace

int main(int argc, char** argv)
{
    std::ios::sync_with_stdio(false);
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    const int code = run(argc, argv);
    std::cout.flush();
    if (!std::cout) {
        std::fprintf(stderr, "logsleuth-cli: cannot write to standard output\n");
        return ExitError;
    }
    return code;
}
