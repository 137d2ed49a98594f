// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The one main loop of both binaries: help, version, argument parsing, exit codes. A command
// this binary does not hold is handed over to logsleuth-cli-ml by exec (same process id, same
// arguments, so signals and exit codes reach the caller as before).
#include "cli_dispatch.h"

#include "cli_output.h"

#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string>
#include <unistd.h>
#include <vector>

namespace logsleuth::cli {
namespace {

extern "C" void onInterrupt(int)
{
    interrupted().store(true);
}

void printOverview(std::ostream& out)
{
    out << "usage: logsleuth-cli COMMAND [options] FILE...\n\n"
           "Mine templates, train anomaly models and score logs. FILE may be - for standard input.\n\n"
           "commands:\n";
    for (const auto& spec : commandSpecs())
        out << "  " << spec.synopsis << "\n      " << spec.summary << "\n";
    out << "\n  --version       print the version\n"
           "\nexit codes: 0 ok, 1 error, 2 usage, 3 partial input, 4 anomalies (--fail-on-anomaly), "
           "130 interrupted\n";
}

// logsleuth-cli-ml beside this executable (or on PATH); never returns unless exec failed.
int handOver(char** argv)
{
    std::error_code error;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", error);
    std::string target = error ? std::string() : (self.parent_path() / "logsleuth-cli-ml").string();
    if (!target.empty() && ::access(target.c_str(), X_OK) == 0) {
        argv[0] = target.data();
        ::execv(target.c_str(), argv);
    } else {
        target = "logsleuth-cli-ml";
        argv[0] = target.data();
        ::execvp(target.c_str(), argv);
    }
    warn("this command needs logsleuth-cli-ml (the training and scoring part of LogSleuth): cannot run " +
         target + ": " + std::strerror(errno));
    return ExitError;
}

int run(int argc, char** argv, const std::vector<Command>& local)
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
    for (const auto& candidate : local)
        if (candidate.spec.name == args[0]) command = &candidate;
    if (!command) {
        for (const auto& spec : commandSpecs())
            if (spec.name == args[0]) return handOver(argv);
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

int cliMain(int argc, char** argv, const std::vector<Command>& local)
{
    std::ios::sync_with_stdio(false);
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    const int code = run(argc, argv, local);
    std::cout.flush();
    if (!std::cout) {
        std::fprintf(stderr, "logsleuth-cli: cannot write to standard output\n");
        return ExitError;
    }
    return code;
}

} // namespace logsleuth::cli
