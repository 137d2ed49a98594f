// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "cli_args.h"

#include <algorithm>
#include <charconv>

namespace logsleuth::cli {

bool ParsedArgs::has(std::string_view name) const
{
    return values.find(name) != values.end();
}

std::optional<std::string> ParsedArgs::value(std::string_view name) const
{
    auto it = values.find(name);
    if (it == values.end()) return std::nullopt;
    return it->second;
}

std::string ParsedArgs::valueOr(std::string_view name, std::string fallback) const
{
    auto v = value(name);
    return v ? *v : std::move(fallback);
}

long long ParsedArgs::integer(std::string_view name, long long fallback, long long min, long long max) const
{
    auto v = value(name);
    if (!v) return fallback;
    long long parsed = 0;
    const auto* end = v->data() + v->size();
    auto [ptr, ec] = std::from_chars(v->data(), end, parsed);
    if (ec != std::errc() || ptr != end || parsed < min || parsed > max)
        throw UsageError("--" + std::string(name) + " expects a whole number from " + std::to_string(min) +
                         " to " + std::to_string(max) + ", got '" + *v + "'");
    return parsed;
}

ParsedArgs parseArgs(const CommandSpec& spec, const std::vector<std::string>& args)
{
    ParsedArgs parsed;
    bool optionsEnded = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (optionsEnded || arg == "-" || !arg.starts_with("--")) {
            if (!optionsEnded && arg.size() > 1 && arg[0] == '-' && arg != "-")
                throw UsageError("unknown option '" + arg + "' (options are spelled --name)");
            parsed.inputs.push_back(arg);
            continue;
        }
        if (arg == "--") {
            optionsEnded = true;
            continue;
        }
        std::string name = arg.substr(2);
        std::optional<std::string> inlineValue;
        if (auto eq = name.find('='); eq != std::string::npos) {
            inlineValue = name.substr(eq + 1);
            name.resize(eq);
        }
        auto option = std::find_if(spec.options.begin(), spec.options.end(),
                                   [&](const OptionSpec& o) { return o.name == name; });
        if (option == spec.options.end())
            throw UsageError("unknown option '--" + name + "' for '" + spec.name + "'");
        if (option->valueName.empty()) {
            if (inlineValue) throw UsageError("--" + name + " takes no value");
            parsed.values[name] = "1";
            continue;
        }
        if (inlineValue) {
            parsed.values[name] = *inlineValue;
        } else {
            if (i + 1 >= args.size())
                throw UsageError("--" + name + " needs a value (" + option->valueName + ")");
            parsed.values[name] = args[++i];
        }
    }
    return parsed;
}

std::string helpText(const CommandSpec& spec)
{
    std::string text = "usage: logsleuth-cli " + spec.synopsis + "\n\n" + spec.summary + "\n\noptions:\n";
    for (const auto& option : spec.options) {
        std::string left = "  --" + option.name + (option.valueName.empty() ? "" : " " + option.valueName);
        if (left.size() < 28)
            left.resize(28, ' ');
        else
            left += "\n" + std::string(28, ' ');
        text += left + option.help + "\n";
    }
    text += "  --help                    show this help\n";
    return text;
}

} // namespace logsleuth::cli
