// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "quoted_pairs.h"

#include "ascii.h"
#include "mined_tokens.h"

#include <string_view>

namespace logsleuth::text::detail {
namespace {

// Where the value's opening quote (or a list's bracket) is when a quoted key ends at `close`
// with nothing between ('"ssid"=' or '"ssid":'), or a blank between in an object written on the
// line (`inObject`: '{ "sdp": "v=0…", "ICE": "remove" }'); npos otherwise. A pair alone on its
// line ('"method": "app-store",', pretty-printed JSON) is two tokens, which the miner judges.
std::size_t valueOpening(std::string_view text, std::size_t close, bool inObject)
{
    std::size_t at = close + 1;
    if (at >= text.size() || (text[at] != '=' && text[at] != ':')) return std::string_view::npos;
    ++at;
    if (inObject && at < text.size() && text[at] == ' ') ++at;
    return at < text.size() && (text[at] == '"' || text[at] == '[') ? at : std::string_view::npos;
}

// Where the list opening at `open` closes, the strings in it read whole; npos if never.
std::size_t closingBracket(std::string_view text, std::size_t open)
{
    int depth = 0;
    for (std::size_t at = open; at < text.size(); ++at) {
        const char c = text[at];
        if (c == '"') {
            while (++at < text.size() && text[at] != '"')
                at += text[at] == '\\' ? 1 : 0;
        } else if (c == '[') {
            ++depth;
        } else if (c == ']' && --depth == 0) {
            return at;
        }
    }
    return std::string_view::npos;
}

// Where the quoted string (or list) opening at `open` closes (a backslash escapes a quote), npos
// if never.
std::size_t closingQuote(std::string_view text, std::size_t open)
{
    if (text[open] == '[') return closingBracket(text, open);
    for (std::size_t at = open + 1; at < text.size(); ++at) {
        if (text[at] == '\\')
            ++at;
        else if (text[at] == '"')
            return at;
    }
    return std::string_view::npos;
}

// Whether the quote at `open` follows an object's brace or a comma, blanks aside.
bool opensPair(std::string_view text, std::size_t open)
{
    while (open > 0 && text[open - 1] == ' ')
        --open;
    return open > 0 && (text[open - 1] == '{' || text[open - 1] == ',');
}

// A key as code names one: a letter or '_' first, then letters, digits, '_', '-' and '.'.
bool isKeyName(std::string_view key)
{
    if (key.empty() || !(ascii::isAlpha(key.front()) || key.front() == '_')) return false;
    for (const char c : key)
        if (!ascii::isAlnum(c) && c != '_' && c != '-' && c != '.') return false;
    return true;
}

} // namespace

void wildcardQuotedPairValues(std::string& masked)
{
    if (masked.find("\"=") == std::string::npos && masked.find("\":") == std::string::npos) return;
    std::string out;
    std::size_t copied = 0;
    const std::string_view text = masked;
    std::size_t open = text.find('"');
    while (open != std::string_view::npos) {
        const std::size_t close = closingQuote(text, open);
        if (close == std::string_view::npos) break;
        const std::string_view key = text.substr(open + 1, close - open - 1);
        const std::size_t valueOpen = valueOpening(text, close, opensPair(text, open));
        if (valueOpen == std::string_view::npos || !isKeyName(key)) {
            open = text.find('"', close + 1);
            continue;
        }
        const std::size_t valueClose = closingQuote(text, valueOpen);
        if (valueClose == std::string_view::npos) break;
        const std::string_view value = text.substr(valueOpen + 1, valueClose - valueOpen - 1);
        if (!isMessageKey(key) && value != "<*>") {
            out.append(text.substr(copied, valueOpen + 1 - copied)).append("<*>");
            copied = valueClose;
        }
        open = text.find('"', valueClose + 1);
    }
    if (copied == 0) return;
    out.append(text.substr(copied));
    masked = std::move(out);
}

} // namespace logsleuth::text::detail
