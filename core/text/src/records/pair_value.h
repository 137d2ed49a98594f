// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// A value written after its key as logfmt writes it, for the readers that turn a record's fields
// into "key=value" words for the miner (bar_pairs.h, cef.h): one word, whatever blanks it holds.
#pragma once

#include <string>
#include <string_view>

namespace logsleuth::text::detail {

// Appends `value` to `out`: in double quotes when it is empty or holds a blank, a tab, a '=' or a
// quote (an apostrophe in its place), a tab as a blank.
inline void appendPairValue(std::string_view value, std::string& out)
{
    const bool quote = value.empty() || value.find_first_of(" \t=\"") != std::string_view::npos;
    if (quote) out += '"';
    for (const char c : value)
        out += c == '"' ? '\'' : c == '\t' ? ' ' : c;
    if (quote) out += '"';
}

} // namespace logsleuth::text::detail
