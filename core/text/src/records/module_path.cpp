// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "module_path.h"

#include "../ascii.h"

namespace logsleuth::text::detail {
namespace {

constexpr std::size_t kLongestSpans = 512;

bool isIdentifierChar(char c)
{
    return ascii::isAlnum(c) || c == '_';
}

// After the spans that open `message` ("up{…}:data_up{…}: "): where the text after them starts,
// or 0 when none opens it. A span is a name, its fields in braces, and a colon.
std::size_t afterSpans(std::string_view message)
{
    std::size_t p = 0, after = 0;
    while (p < message.size() && p < kLongestSpans) {
        std::size_t name = p;
        while (name < message.size() && isIdentifierChar(message[name]))
            ++name;
        if (name == p || name >= message.size() || message[name] != '{') break;
        int depth = 0;
        std::size_t close = name;
        for (; close < message.size() && close < kLongestSpans; ++close) {
            if (message[close] == '{') ++depth;
            if (message[close] == '}' && --depth == 0) break;
        }
        if (close + 1 >= message.size() || message[close + 1] != ':') break;
        p = close + 2;
        after = p;
        if (p < message.size() && message[p] == ' ') after = ++p;
    }
    return after;
}

} // namespace

std::string_view modulePathOf(std::string_view message)
{
    const std::size_t start = afterSpans(message);
    std::size_t p = start;
    bool separated = false;
    for (;;) {
        const std::size_t word = p;
        while (p < message.size() && isIdentifierChar(message[p]))
            ++p;
        if (p == word) return {};
        if (p + 1 < message.size() && message[p] == ':' && message[p + 1] == ':') {
            p += 2;
            separated = true;
            continue;
        }
        break;
    }
    const bool closed = p + 1 < message.size() && message[p] == ':' && message[p + 1] == ' ';
    return separated && closed ? message.substr(start, p - start) : std::string_view();
}

} // namespace logsleuth::text::detail
