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

// "ThreadId(01) ", which tracing writes before the spans when it names threads: its length, or 0.
std::size_t threadIdLength(std::string_view message)
{
    constexpr std::string_view kThreadId = "ThreadId(";
    if (!message.starts_with(kThreadId)) return 0;
    std::size_t p = kThreadId.size();
    while (p < message.size() && ascii::isDigit(message[p]))
        ++p;
    return p > kThreadId.size() && p + 1 < message.size() && message[p] == ')' && message[p + 1] == ' '
               ? p + 2
               : 0;
}

struct Spans {
    std::size_t after = 0; // where the text after them starts; 0 when none opens the message
    int count = 0;
    bool braced = false; // one of them holds fields
};

// The spans that open `message` ("up{…}:data_up{…}: ", "daemon:identity: "): names, each with
// its fields in braces or without, joined by colons, the last with ": " after it.
Spans spansOf(std::string_view message)
{
    Spans spans;
    std::size_t p = 0;
    int count = 0;
    bool braced = false;
    while (p < message.size() && p < kLongestSpans) {
        std::size_t name = p;
        while (name < message.size() && isIdentifierChar(message[name]))
            ++name;
        if (name == p || name >= message.size()) break;
        std::size_t close = name;
        if (message[name] == '{') {
            int depth = 0;
            for (; close < message.size() && close < kLongestSpans; ++close) {
                if (message[close] == '{') ++depth;
                if (message[close] == '}' && --depth == 0) break;
            }
            if (close >= message.size()) break;
            ++close;
            braced = true;
        }
        if (close >= message.size() || message[close] != ':') break;
        ++count;
        p = close + 1;
        if (p < message.size() && message[p] == ' ') {
            spans = {p + 1, count, braced};
            break;
        }
        if (p + 1 < message.size() && message[p] == ':') break; // "a::b", a module path
    }
    return spans;
}

bool isSnakeName(std::string_view word)
{
    return word.find_first_of("_0123456789") != std::string_view::npos;
}

} // namespace

std::string_view modulePathOf(std::string_view message)
{
    const std::size_t thread = threadIdLength(message);
    const Spans spans = spansOf(message.substr(thread));
    // The path starts after the spans. (Where they end in a span's name alone before ": ", as in
    // "inbound: linkerd_app_core::serve: …", that name has no "::" and is no path itself.)
    const std::size_t start = thread + spans.after;
    std::size_t p = start;
    bool separated = false;
    for (;;) {
        const std::size_t word = p;
        while (p < message.size() && isIdentifierChar(message[p]))
            ++p;
        if (p == word) break;
        if (p + 1 < message.size() && message[p] == ':' && message[p + 1] == ':') {
            p += 2;
            separated = true;
            continue;
        }
        break;
    }
    const bool closed = p > start && p + 1 < message.size() && message[p] == ':' && message[p + 1] == ' ';
    if (!closed) return {};
    const std::string_view path = message.substr(start, p - start);
    // A word without "::" is a module's name only after spans that tracing alone writes so
    // (fields in braces, or names joined by colons): "Error: timeout: …" names none.
    return separated || (start > thread && isSnakeName(path) && (spans.braced || spans.count >= 2))
               ? path
               : std::string_view();
}

} // namespace logsleuth::text::detail
