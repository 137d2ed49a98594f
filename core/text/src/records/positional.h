// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// What the parsers that read a line by position share (access logs, syslog led by its
// priority, the audit log): the next blank-separated word, and how much of a sample reads so.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <vector>

namespace logsleuth::text::detail {

// The bytes up to the next blank (none: to the end); `at` moves past the blank.
inline std::string_view nextWord(std::string_view line, std::size_t& at)
{
    const std::size_t end = std::min(line.find(' ', at), line.size());
    const std::string_view word = line.substr(at, end - at);
    at = end < line.size() ? end + 1 : end;
    return word;
}

// The line without a carriage return that ends it (a file written on Windows).
inline std::string_view withoutReturn(std::string_view line)
{
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    return line;
}

// The share of the sample's non-blank lines that `reads` takes; 0 when all are blank.
template <typename Reads> double shareThatReads(const std::vector<std::string_view>& sample, Reads reads)
{
    std::size_t lines = 0, read = 0;
    for (std::string_view line : sample) {
        if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        ++lines;
        read += reads(line) ? 1 : 0;
    }
    return lines == 0 ? 0.0 : double(read) / double(lines);
}

// A sample is read so when this share of its non-blank lines is.
constexpr double kPositionalFitted = 0.9;

} // namespace logsleuth::text::detail
