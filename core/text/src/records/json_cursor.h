// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// A cursor over one JSON line, read in place: strings as their raw contents (escapes as written),
// other values skipped whole. For the JSON lines parser (json_lines.cpp) and the pairs of an
// object that names no message (json_pairs.cpp).
#pragma once

#include "../ascii.h"

#include <cstddef>
#include <string_view>

namespace logsleuth::text::detail {

struct JsonCursor {
    std::string_view s;
    std::size_t p = 0;

    void spaces()
    {
        while (p < s.size() && ascii::isSpace(s[p]))
            ++p;
    }
    // A string starting at '"'; returns its raw contents (escapes as written).
    bool string(std::string_view& out)
    {
        if (p >= s.size() || s[p] != '"') return false;
        const std::size_t begin = ++p;
        while (p < s.size() && s[p] != '"') {
            if (s[p] == '\\') ++p;
            ++p;
        }
        if (p >= s.size()) return false;
        out = s.substr(begin, p - begin);
        ++p;
        return true;
    }
    // Any value; `out` is a string's contents or a scalar's text, empty for objects and arrays.
    bool value(std::string_view& out, bool& isString)
    {
        out = {};
        isString = false;
        if (p >= s.size()) return false;
        if (s[p] == '"') return isString = true, string(out);
        if (s[p] == '{' || s[p] == '[') {
            int depth = 0;
            while (p < s.size()) {
                const char c = s[p];
                if (c == '"') {
                    std::string_view ignored;
                    if (!string(ignored)) return false;
                    continue;
                }
                if (c == '{' || c == '[') ++depth;
                if (c == '}' || c == ']') {
                    if (--depth == 0) {
                        ++p;
                        return true;
                    }
                }
                ++p;
            }
            return false;
        }
        const std::size_t begin = p;
        while (p < s.size() && s[p] != ',' && s[p] != '}' && !ascii::isSpace(s[p]))
            ++p;
        out = s.substr(begin, p - begin);
        return p > begin;
    }
};

} // namespace logsleuth::text::detail
