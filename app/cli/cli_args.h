// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Command-line parsing for logsleuth-cli: one table of options per command, "--name value"
// and "--name=value" forms, positional inputs, and a usage error that names the problem.
#pragma once

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace logsleuth::cli {

// Exit codes are part of the CLI's contract.
enum ExitCode : int {
    ExitOk = 0,
    ExitError = 1,
    ExitUsage = 2,
    ExitPartialInput = 3,
    ExitAnomaliesFound = 4, // only with --fail-on-anomaly
    ExitInterrupted = 130,
};

class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct OptionSpec {
    std::string name;      // without the leading dashes
    std::string valueName; // empty: a flag
    std::string help;
};

struct CommandSpec {
    std::string name;
    std::string synopsis;
    std::string summary;
    std::vector<OptionSpec> options;
};

class ParsedArgs {
public:
    std::vector<std::string> inputs;
    bool has(std::string_view name) const;
    std::optional<std::string> value(std::string_view name) const;
    std::string valueOr(std::string_view name, std::string fallback) const;
    long long integer(std::string_view name, long long fallback, long long min, long long max) const;

    std::map<std::string, std::string, std::less<>> values;
};

// Throws UsageError for unknown options, missing values or malformed numbers.
ParsedArgs parseArgs(const CommandSpec& spec, const std::vector<std::string>& args);
std::string helpText(const CommandSpec& spec);

} // namespace logsleuth::cli
