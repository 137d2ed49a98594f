// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "mask_request.h"

namespace logsleuth::text::detail {
namespace {

// The method at `at` when its target follows it after a blank, bare or quoted (Rails' "Started GET
// \"/orders\" for …"), or the word that says it was one ("PROPFIND request for '/cal/'", a WebDAV
// server's): its length, or 0.
std::size_t methodBeforeTarget(std::string_view s, std::size_t at)
{
    for (const std::string_view method :
         {"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "PROPFIND", "PROPPATCH", "REPORT",
          "MKCOL", "MOVE", "COPY", "LOCK", "UNLOCK"}) {
        if (s.substr(at, method.size()) != method) continue;
        const std::size_t target = at + method.size() + 1;
        if (target >= s.size() || s[target - 1] != ' ') return 0;
        std::string_view rest = s.substr(target);
        if (rest.starts_with("request ") || rest.starts_with("response ")) return method.size();
        if (rest.front() == '"' || rest.front() == '\'') rest.remove_prefix(1);
        return rest.starts_with('/') || rest.starts_with("http://") || rest.starts_with("https://")
                   ? method.size()
                   : 0;
    }
    return 0;
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
