// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// A logger written after the message: log4j's "%m (%c)%n" ("… (kafka.log.Log)"), in brackets
// (OrientDB's "… [OServer]") or between bars, with the thread after it or not (ActiveMQ's
// "%d | %-5p | %m | %c | %t%n"). Learned from a sample as the learned layout's header is, and
// taken off each message that closes so.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace logsleuth::text::detail {

// Where a logger is written after the message: not at all, "message (app.db.Pool)",
// "message [OServer]", "message | app.db.Pool" or "message | app.db.Pool | thread".
enum class LoggerAtEnd : std::uint8_t { None, Parenthesised, Bracketed, Piped, PipedWithThread };

// A dotted name closing a message: the name, and where the message ends before it (npos when
// there is none).
struct LoggerTrailer {
    std::size_t at = std::string_view::npos;
    std::string_view name;
};

// In parentheses, as log4j's "%m (%c)%n" writes the logger.
LoggerTrailer loggerTrailer(std::string_view message);
// In brackets, as a java.util.logging format that closes with the class's simple name writes
// it ("… [OServer]"): a name without dots counts too.
LoggerTrailer bracketedLoggerTrailer(std::string_view message);
// Between bars after the message, as ActiveMQ's "%d | %-5p | %m | %c | %t%n" writes the logger
// and the thread: withThread says a last cell (the thread, left out of the message) follows it.
LoggerTrailer pipedLoggerTrailer(std::string_view message, bool withThread);
// The trailer `where` says closes the message, if it does.
LoggerTrailer trailerOf(std::string_view message, LoggerAtEnd where);

// How a logger closes `share` of the sample's `headed` lines (those that open with the layout's
// header; the others continue a record), if it does. A piped logger comes after the header's
// `headerBars` bars and the message: NLog's "…|INFO|App.Db|message" ends in a cell after a dotted
// name too, but that name is in the header.
LoggerAtEnd loggerAtEndOf(const std::vector<std::string_view>& sample, std::size_t headed,
                          std::ptrdiff_t headerBars, double share);

} // namespace logsleuth::text::detail
