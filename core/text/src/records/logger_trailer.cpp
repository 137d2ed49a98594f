// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logger_trailer.h"

#include "../ascii.h"

#include <algorithm>

namespace logsleuth::text::detail {

namespace {

// A logger's name as Java and .NET write it: letters first, a dot inside, no blank
// ("org.apache.activemq.broker.BrokerService").
bool isDottedLoggerName(std::string_view name)
{
    if (name.empty() || name.size() > 200 || name.find('.') == std::string_view::npos ||
        !ascii::isAlpha(name[0]) || name.back() == '.')
        return false;
    return std::all_of(name.begin(), name.end(),
                       [](char c) { return ascii::isAlnum(c) || c == '.' || c == '_' || c == '$'; });
}

} // namespace

LoggerTrailer loggerTrailer(std::string_view message)
{
    message = ascii::trimTrailingBlanks(message);
    if (message.size() < 5 || message.back() != ')') return {};
    const std::size_t open = message.rfind('(');
    if (open == std::string_view::npos || open == 0 || message[open - 1] != ' ') return {};
    const std::string_view name = message.substr(open + 1, message.size() - open - 2);
    if (!isDottedLoggerName(name)) return {};
    return {open - 1, name};
}

LoggerTrailer pipedLoggerTrailer(std::string_view message, bool withThread)
{
    message = ascii::trimTrailingBlanks(message);
    std::size_t bar = message.rfind('|');
    if (bar == std::string_view::npos) return {};
    if (withThread) {
        // The thread: any words but a bar, not too long to be one.
        if (message.size() - bar > 200 || bar == 0) return {};
        message = ascii::trimTrailingBlanks(message.substr(0, bar));
        bar = message.rfind('|');
        if (bar == std::string_view::npos) return {};
    }
    const std::string_view name = ascii::trimBlanks(message.substr(bar + 1));
    if (!isDottedLoggerName(name)) return {};
    std::size_t at = bar;
    while (at > 0 && message[at - 1] == ' ')
        --at;
    if (at == 0) return {};
    return {at, name};
}

LoggerTrailer trailerOf(std::string_view message, LoggerAtEnd where)
{
    switch (where) {
    case LoggerAtEnd::None:
        return {};
    case LoggerAtEnd::Parenthesised:
        return loggerTrailer(message);
    case LoggerAtEnd::Piped:
        return pipedLoggerTrailer(message, false);
    case LoggerAtEnd::PipedWithThread:
        return pipedLoggerTrailer(message, true);
    }
    return {};
}

LoggerAtEnd loggerAtEndOf(const std::vector<std::string_view>& sample, std::ptrdiff_t headerBars,
                          double share)
{
    const auto closedBy = [&](LoggerAtEnd where) {
        const auto trailed = std::count_if(sample.begin(), sample.end(), [&](std::string_view line) {
            const LoggerTrailer trailer = trailerOf(line, where);
            if (trailer.name.empty()) return false;
            return where == LoggerAtEnd::Parenthesised ||
                   std::count(line.begin(), line.begin() + static_cast<std::ptrdiff_t>(trailer.at), '|') >=
                       headerBars;
        });
        return double(trailed) >= share * double(sample.size());
    };
    for (LoggerAtEnd where : {LoggerAtEnd::Parenthesised, LoggerAtEnd::PipedWithThread, LoggerAtEnd::Piped})
        if (closedBy(where)) return where;
    return LoggerAtEnd::None;
}

} // namespace logsleuth::text::detail
