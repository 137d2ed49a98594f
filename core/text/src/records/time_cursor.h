// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// A cursor over the text of a stamp, for the scanners of time_scan.cpp and relative_time.cpp:
// digits, literals and blanks read one step at a time, each step consuming what it recognised.
#pragma once

#include "../ascii.h"

#include <cstddef>
#include <limits>
#include <string_view>

namespace logsleuth::text::detail {

struct Cursor {
    std::string_view s;
    std::size_t p = 0;

    char peek(std::size_t ahead = 0) const { return p + ahead < s.size() ? s[p + ahead] : '\0'; }
    std::size_t digitsAhead() const
    {
        std::size_t n = 0;
        while (ascii::isDigit(peek(n)))
            ++n;
        return n;
    }
    // Reads exactly a run of minCount..maxCount digits (the whole run); -1 when it does not fit,
    // in the count or in a long long (nineteen digits may not: Lustre's 19-digit ids).
    long long number(std::size_t minCount, std::size_t maxCount)
    {
        const std::size_t n = digitsAhead();
        if (n < minCount || n > maxCount) return -1;
        long long value = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (value > (std::numeric_limits<long long>::max() - 9) / 10) return -1;
            value = value * 10 + (s[p + i] - '0');
        }
        p += n;
        return value;
    }
    // Exactly `count` digits, even when more follow ("+0530" is hours then minutes); -1 otherwise.
    long long fixedDigits(std::size_t count)
    {
        long long value = 0;
        for (std::size_t i = 0; i < count; ++i) {
            if (!ascii::isDigit(peek(i))) return -1;
            value = value * 10 + (peek(i) - '0');
        }
        p += count;
        return value;
    }
    bool literal(char c)
    {
        if (peek() != c) return false;
        ++p;
        return true;
    }
    std::size_t spaces()
    {
        const std::size_t start = p;
        while (peek() == ' ')
            ++p;
        return p - start;
    }
};

// True when nothing word-like continues at the cursor.
inline bool atBoundary(const Cursor& c)
{
    const char next = c.peek();
    return !ascii::isAlpha(next) && !ascii::isDigit(next);
}

} // namespace logsleuth::text::detail
