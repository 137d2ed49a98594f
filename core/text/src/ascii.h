// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Byte classes (and blank trimming) for the scanners of core/text. ASCII only, on purpose: logs are bytes,
// and the C library's <cctype> answers by locale and is undefined for negative chars.
#pragma once

#include <string_view>

namespace logsleuth::text::ascii {

constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
constexpr bool isLower(char c)
{
    return c >= 'a' && c <= 'z';
}
constexpr bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}
constexpr bool isAlpha(char c)
{
    return isLower(c) || isUpper(c);
}
constexpr bool isAlnum(char c)
{
    return isDigit(c) || isAlpha(c);
}
// A character of a name as programs write theirs: a host's, a logger's, a user's, a file's
// ("web-01.corp", "patrick_w", "adler32.c").
constexpr bool isNameChar(char c)
{
    return isAlnum(c) || c == '_' || c == '-' || c == '.';
}
constexpr bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
// A printable mark, neither letter, digit nor blank: "?", "*", "#" (std::ispunct in the C locale).
constexpr bool isPunct(char c)
{
    return c > ' ' && c < 0x7f && !isAlnum(c);
}
constexpr bool isBlank(char c) // within a line
{
    return c == ' ' || c == '\t';
}
constexpr std::string_view trimTrailingBlanks(std::string_view s)
{
    while (!s.empty() && isBlank(s.back()))
        s.remove_suffix(1);
    return s;
}
constexpr std::string_view trimBlanks(std::string_view s)
{
    s = trimTrailingBlanks(s);
    while (!s.empty() && isBlank(s.front()))
        s.remove_prefix(1);
    return s;
}
// One digit or more, and nothing else: "42", not "" or "4a".
constexpr bool allDigits(std::string_view s)
{
    if (s.empty()) return false;
    for (char c : s)
        if (!isDigit(c)) return false;
    return true;
}
constexpr bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}
constexpr char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
// `lowerWord` spelt in lower case is compared against `s` in any case.
constexpr bool equalsIgnoringCase(std::string_view s, std::string_view lowerWord)
{
    if (s.size() != lowerWord.size()) return false;
    for (std::size_t i = 0; i < s.size(); ++i)
        if (lower(s[i]) != lowerWord[i]) return false;
    return true;
}

} // namespace logsleuth::text::ascii
