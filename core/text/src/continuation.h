// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The shape of a line that continues a multi-line record, for the corpus (physical lines) and
// for structured lines whose messages are such lines.
#pragma once

#include "ascii.h"
#include "logsleuth/text/records.h"

#include <string_view>

namespace logsleuth::text {

// How many blanks and tabs open a line.
inline std::size_t indentOf(std::string_view line)
{
    std::size_t i = 0;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
        ++i;
    return i;
}

inline bool isIndented(std::string_view line)
{
    return indentOf(line) > 0;
}

// One blank before a level in capitals and its padding (Metro's " LOG  Running \"App\"", " WARN  …",
// as React Native's bundler prints the app's console): a record of its own, not an indented detail.
inline bool opensWithPaddedLevel(std::string_view line)
{
    if (line.size() < 6 || line[0] != ' ' || !ascii::isUpper(line[1])) return false;
    std::size_t end = 1;
    while (end < line.size() && ascii::isUpper(line[end]))
        ++end;
    return end - 1 >= 3 && end + 1 < line.size() && line[end] == ' ' && line[end + 1] == ' ' &&
           isLevelWord(line.substr(1, end - 1));
}

// A line that clearly continues the record before it: blank, indented, a stack frame (numbered
// ones too), a cause, an ellipsis, a closing bracket of a dumped structure (or of a string in
// one), Monolog's "[stacktrace]", or the parts of a Python traceback that are not indented.
inline bool continuesRecord(std::string_view line)
{
    if (line.empty() || line == "\r" || (isIndented(line) && !opensWithPaddedLevel(line))) return true;
    for (std::string_view prefix :
         {"at ", "Caused by:", "...", "}", "]", ")", "\"}", "[stacktrace]",
          "Traceback (most recent call last):", "During handling of the above exception",
          "The above exception was the direct cause"})
        if (line.substr(0, prefix.size()) == prefix) return true;
    // A numbered frame: PHP's "#0 /app/src/Db.php(31): PDO->__construct(…)", gdb's "#1  0x… in".
    std::size_t digits = 1;
    while (digits < line.size() && ascii::isDigit(line[digits]))
        ++digits;
    return line[0] == '#' && digits > 1 && digits < line.size() && line[digits] == ' ';
}

// "java.lang.IllegalStateException: reservation expired", "ValueError: bad value": a line that
// names an exception, as the first line of a trace or the last of a Python traceback does.
inline bool namesException(std::string_view line)
{
    std::size_t i = 0;
    while (i < line.size() && (ascii::isAlnum(line[i]) || line[i] == '_' || line[i] == '.' || line[i] == '$'))
        ++i;
    const std::string_view name = line.substr(0, i);
    const bool exception = name.ends_with("Error") || name.ends_with("Exception") || name.ends_with("Exit") ||
                           name.ends_with("Interrupt") || name.ends_with("Warning");
    return exception && (i == line.size() || line[i] == ':');
}

// "\tat com.x.Y(Y.java:1)", "Caused by: …": the line before such frames or such a cause (the
// exception's own line) belongs to the record too.
inline bool startsStackFrames(std::string_view next)
{
    if (next.starts_with("Caused by: ")) return true;
    const std::size_t indent = indentOf(next);
    return indent > 0 && next.substr(indent, 3) == "at ";
}

// "ValueError: bad value" after an indented line: the exception that closes a Python traceback.
inline bool closesTraceback(std::string_view previous, std::string_view line)
{
    return isIndented(previous) && namesException(line);
}

// Whether a line that does not fit its source's layout is shaped like the continuation of the
// record before it, given the lines around it (empty where there is none): by itself, as the
// exception that closes a Python traceback, or as the exception line that stack frames, a cause
// or an indented detail follow ("  Detail: Key (id)=(7) already exists.", then its frames).
inline bool continuesAmong(std::string_view previous, std::string_view line, std::string_view next)
{
    return continuesRecord(line) || closesTraceback(previous, line) || startsStackFrames(next) ||
           (namesException(line) && isIndented(next));
}

} // namespace logsleuth::text
