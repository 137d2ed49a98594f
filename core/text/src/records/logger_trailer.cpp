// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logger_trailer.h"

#include "../ascii.h"

#include <algorithm>
#include <set>
#include <utility>

namespace logsleuth::text::detail {

namespace {

// A name as Java and .NET write their classes and loggers: letters first, letters, digits, '_',
// '$' and dots after, no blank, no dot at the end.
bool isJavaName(std::string_view name)
{
    if (name.empty() || name.size() > 200 || !ascii::isAlpha(name[0]) || name.back() == '.') return false;
    return std::all_of(name.begin(), name.end(),
                       [](char c) { return ascii::isAlnum(c) || c == '.' || c == '_' || c == '$'; });
}

// ... with a dot inside: a logger's qualified name ("org.apache.activemq.broker.BrokerService").
bool isDottedLoggerName(std::string_view name)
{
    return isJavaName(name) && name.find('.') != std::string_view::npos;
}

// ... a class's simple name or a dotted one, some letters in lower case. (Capitals alone name a
// value: FreeSWITCH's "… [NORMAL_CLEARING]".)
bool isClassName(std::string_view name)
{
    return isJavaName(name) && std::any_of(name.begin(), name.end(), ascii::isLower);
}

// The name a pair of marks encloses at the end of a message, a blank before the opening one
// ("… (kafka.log.Log)", "… [OServer]"), and where that one stands; npos where there is none.
std::pair<std::string_view, std::size_t> closingName(std::string_view message, char open, char close)
{
    message = ascii::trimTrailingBlanks(message);
    if (message.size() < 4 || message.back() != close) return {{}, std::string_view::npos};
    const std::size_t at = message.rfind(open);
    if (at == std::string_view::npos || at == 0 || message[at - 1] != ' ')
        return {{}, std::string_view::npos};
    return {message.substr(at + 1, message.size() - at - 2), at};
}

} // namespace

LoggerTrailer bracketedLoggerTrailer(std::string_view message)
{
    const auto [name, open] = closingName(message, '[', ']');
    if (open == std::string_view::npos || !isClassName(name)) return {};
    std::size_t at = open;
    while (at > 0 && message[at - 1] == ' ')
        --at;
    if (at == 0) return {};
    return {at, name};
}

LoggerTrailer loggerTrailer(std::string_view message)
{
    const auto [name, open] = closingName(message, '(', ')');
    if (open == std::string_view::npos || !isDottedLoggerName(name)) return {};
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
    case LoggerAtEnd::Bracketed:
        return bracketedLoggerTrailer(message);
    case LoggerAtEnd::Piped:
        return pipedLoggerTrailer(message, false);
    case LoggerAtEnd::PipedWithThread:
        return pipedLoggerTrailer(message, true);
    }
    return {};
}

LoggerAtEnd loggerAtEndOf(const std::vector<std::string_view>& sample, std::size_t headed,
                          std::ptrdiff_t headerBars, double share)
{
    const auto closedBy = [&](LoggerAtEnd where) {
        std::set<std::string_view> names;
        std::size_t trailed = 0;
        for (std::string_view line : sample) {
            const LoggerTrailer trailer = trailerOf(line, where);
            if (trailer.name.empty()) continue;
            if (where != LoggerAtEnd::Parenthesised && where != LoggerAtEnd::Bracketed &&
                std::count(line.begin(), line.begin() + static_cast<std::ptrdiff_t>(trailer.at), '|') <
                    headerBars)
                continue;
            ++trailed;
            if (where == LoggerAtEnd::Bracketed) names.insert(trailer.name);
        }
        // A word in brackets is a logger only where a few of them close many lines: a new one on
        // every line is a value ("renamed to [empfang_Conflict_3.pdf]").
        if (where == LoggerAtEnd::Bracketed && names.size() * 4 > trailed) return false;
        return double(trailed) >= share * double(headed);
    };
    for (LoggerAtEnd where : {LoggerAtEnd::Parenthesised, LoggerAtEnd::Bracketed,
                              LoggerAtEnd::PipedWithThread, LoggerAtEnd::Piped})
        if (closedBy(where)) return where;
    return LoggerAtEnd::None;
}

} // namespace logsleuth::text::detail
