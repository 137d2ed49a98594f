// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "quoted_pairs.h"

#include "ascii.h"
#include "mined_tokens.h"
#include "records/json_cursor.h"

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
    // Each string in turn, read whole (a backslash escapes a quote); one that names a key takes
    // its value, a string or a list, read whole too.
    JsonCursor cursor{text, text.find('"')};
    while (cursor.p < text.size()) {
        const std::size_t open = cursor.p;
        std::string_view key;
        if (!cursor.string(key)) break;
        const std::size_t valueOpen =
            isKeyName(key) ? valueOpening(text, cursor.p - 1, opensPair(text, open)) : std::string_view::npos;
        if (valueOpen != std::string_view::npos) {
            cursor.p = valueOpen;
            std::string_view ignored;
            bool isString = false;
            if (!cursor.value(ignored, isString)) break;
            const std::size_t valueClose = cursor.p - 1;
            const std::string_view value = text.substr(valueOpen + 1, valueClose - valueOpen - 1);
            if (!isMessageKey(key) && value != "<*>") {
                out.append(text.substr(copied, valueOpen + 1 - copied)).append("<*>");
                copied = valueClose;
            }
        }
        cursor.p = text.find('"', cursor.p);
    }
    if (copied == 0) return;
    out.append(text.substr(copied));
    masked = std::move(out);
}

} // namespace logsleuth::text::detail
