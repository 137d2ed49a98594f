// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Separates the header of a log line (timestamp, pid, level, logger) from its message with
// generic heuristics that cover the common families of formats (ISO 8601, syslog, compact
// numeric dates, bracketed ctime, Android logcat, log4j-style layouts). A line whose start is
// not a recognisable timestamp is all message.
#pragma once

#include <string_view>

namespace logsleuth::text {

struct LineParts {
    std::string_view header;    // everything before the message, trailing spaces dropped
    std::string_view message;   // the rest of the line
    std::string_view timestamp; // as written, without surrounding brackets; empty when none
    std::string_view level;     // e.g. "INFO", "error", "W"; empty when none
};

LineParts splitHeader(std::string_view line);

// The timestamp at the start of `text` (brackets excluded), or empty. Exposed for callers
// that need only the time, e.g. a timeline.
std::string_view leadingTimestamp(std::string_view text);

// True for the words log frameworks use as severities (INFO, warn, E, ...).
bool isLevelWord(std::string_view word);

} // namespace logsleuth::text
