// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "mask_request.h"

#include <algorithm>
#include <iterator>

namespace logsleuth::text::detail {
namespace {

// The method at `at` when its target follows it after a blank, bare or quoted (Rails' "Started GET
// \"/orders\" for …"), or the word that says it was one ("PROPFIND request for '/cal/'", a WebDAV
// server's): its length, or 0.
std::size_t methodBeforeTarget(std::string_view s, std::size_t at)
{
    // The word of capitals at `at` and a blank after it, before any comparison: the masker asks at
    // every capital.
    std::size_t end = at;
    while (end < s.size() && s[end] >= 'A' && s[end] <= 'Z')
        ++end;
    const std::size_t length = end - at;
    if (length < 3 || length > 9 || end + 1 >= s.size() || s[end] != ' ') return 0;
    static constexpr std::string_view kMethods[] = {"GET",   "POST",    "PUT",      "DELETE",    "PATCH",
                                                    "HEAD",  "OPTIONS", "PROPFIND", "PROPPATCH", "REPORT",
                                                    "MKCOL", "MOVE",    "COPY",     "LOCK",      "UNLOCK"};
    const std::string_view word = s.substr(at, length);
    if (std::find(std::begin(kMethods), std::end(kMethods), word) == std::end(kMethods)) return 0;
    std::string_view rest = s.substr(end + 1);
    if (rest.starts_with("request ") || rest.starts_with("response ")) return length;
    // A column of a table between the method and its target (gin's "| PUT     | /nnrf-nfm/v1/…
    // |"): the padding and the bar.
    const std::size_t bar = rest.find_first_not_of(' ');
    if (bar != std::string_view::npos && rest[bar] == '|' && bar + 2 < rest.size() && rest[bar + 1] == ' ')
        rest.remove_prefix(bar + 2);
    while (!rest.empty() && rest.front() == ' ')
        rest.remove_prefix(1);
    if (rest.empty()) return 0;
    if (rest.front() == '"' || rest.front() == '\'') rest.remove_prefix(1);
    return rest.starts_with('/') || rest.starts_with("http://") || rest.starts_with("https://") ? length : 0;
}

// Whether the quote just before `at` holds a whole request line, its protocol after the target.
bool quotesRequestLine(std::string_view s, std::size_t at)
{
    if (at == 0 || (s[at - 1] != '"' && s[at - 1] != '\'')) return false;
    const std::size_t close = s.find(s[at - 1], at);
    const std::string_view inside =
        s.substr(at, close == std::string_view::npos ? std::string_view::npos : close - at);
    return inside.find(" HTTP/") != std::string_view::npos;
}

} // namespace

std::size_t requestMethodValueLength(std::string_view text, std::size_t at)
{
    return quotesRequestLine(text, at) ? 0 : methodBeforeTarget(text, at);
}

} // namespace logsleuth::text::detail
