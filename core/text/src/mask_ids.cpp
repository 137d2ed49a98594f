// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "mask_ids.h"

#include "ascii.h"

#include <algorithm>
#include <string_view>

namespace logsleuth::text::detail {

using namespace ascii;

namespace {

// Whether the key that ends at `end` names an identifier: "id" itself, or a name ending in "_id",
// "-id", ".id", "Id" or "ID" ("request-id", "traceId"); not words that end in the letters
// ("valid", "paid").
bool namesAnId(std::string_view text, std::size_t end)
{
    if (end < 2) return false;
    const std::string_view tail = text.substr(end - 2, 2);
    if (tail != "id" && tail != "Id" && tail != "ID") return false;
    if (end == 2) return tail == "id";
    const char before = text[end - 3];
    if (before == '_' || before == '-' || before == '.') return true;
    if (tail == "Id") return isLower(before) || isDigit(before);
    if (tail == "ID") return isAlnum(before);
    return !isAlnum(before) && before != '_'; // "id" as the whole key
}

bool endsValue(char c)
{
    return isSpace(c) || c == '"' || c == '\'' || c == ',' || c == ']' || c == '}' || c == ')' || c == '&' ||
           c == ';';
}

} // namespace

std::size_t keyedIdLength(std::string_view text, std::size_t at)
{
    constexpr std::size_t kShortest = 10, kLongNoDigits = 20, kLongest = 64;
    std::size_t keyEnd = 0;
    if (at >= 2 && text[at - 1] == '=')
        keyEnd = at - 1;
    else if (at >= 4 && text[at - 1] == '"' && text[at - 2] == ':' && text[at - 3] == '"')
        keyEnd = at - 3;
    else
        return 0;
    if (!namesAnId(text, keyEnd)) return 0;
    std::size_t p = at, digits = 0, letters = 0, hex = 0;
    while (p < text.size() && p - at <= kLongest && (isAlnum(text[p]) || text[p] == '_' || text[p] == '-')) {
        digits += isDigit(text[p]) ? 1 : 0;
        letters += isAlpha(text[p]) ? 1 : 0;
        hex += isHex(text[p]) ? 1 : 0;
        ++p;
    }
    const std::size_t length = p - at;
    // (Twenty and more may be letters alone: a KSUID's "OlHVOtQkGONJwdudVzrdtbjZGmH".)
    if (length < kShortest || length > kLongest || (digits == 0 && length < kLongNoDigits) || letters == 0 ||
        hex == length)
        return 0;
    if (p < text.size() && !endsValue(text[p])) return 0;
    return length;
}

std::size_t leadingTagInstance(std::string_view message, std::size_t& begin, std::size_t from)
{
    constexpr std::size_t kLongestName = 32, kLongestInstance = 64;
    std::size_t p = from;
    while (p < message.size() && p < kLongestName && isNameChar(message[p]))
        ++p;
    if (p == from || !isAlpha(message[from]) || p >= message.size() || message[p] != '[') return 0;
    begin = p + 1;
    const std::size_t close = message.find(']', begin);
    if (close == std::string_view::npos || close == begin || close - begin > kLongestInstance) return 0;
    const std::string_view instance = message.substr(begin, close - begin);
    const bool closed =
        message.substr(close).starts_with("]:") &&
        (close + 2 == message.size() || isSpace(message[close + 2]) || isAlpha(message[close + 2]));
    const bool valueLike =
        std::any_of(instance.begin(), instance.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    const bool oneWord =
        std::none_of(instance.begin(), instance.end(), [](char c) { return isSpace(c) || c == '['; });
    return closed && valueLike && oneWord ? instance.size() : 0;
}

} // namespace logsleuth::text::detail
