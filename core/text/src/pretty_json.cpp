// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "pretty_json.h"

#include "ascii.h"

namespace logsleuth::text {
namespace {

// The length of a JSON string at the start of `text` (quotes and escapes included), 0 when
// `text` opens with none.
std::size_t stringLength(std::string_view text)
{
    if (text.empty() || text[0] != '"') return 0;
    for (std::size_t p = 1; p < text.size(); ++p) {
        if (text[p] == '\\') {
            ++p;
        } else if (text[p] == '"') {
            return p + 1;
        }
    }
    return 0;
}

// Whether `value` is one JSON scalar or an empty object or array: a string, a number, true,
// false, null, "{}", "[]".
bool isScalar(std::string_view value)
{
    if (value.empty()) return false;
    if (value[0] == '"') return stringLength(value) == value.size();
    if (value == "true" || value == "false" || value == "null" || value == "{}" || value == "[]") return true;
    std::size_t p = value[0] == '-' ? 1 : 0;
    if (p == value.size() || !ascii::isDigit(value[p])) return false;
    for (; p < value.size(); ++p)
        if (!ascii::isDigit(value[p]) && value[p] != '.' && value[p] != 'e' && value[p] != 'E' &&
            value[p] != '+' && value[p] != '-')
            return false;
    return true;
}

} // namespace

std::string_view prettyJsonShape(std::string_view line, std::string_view previous)
{
    const std::size_t begin = line.find_first_not_of(" \t");
    if (begin == std::string_view::npos) return {};
    std::string_view text = line.substr(begin);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
        text.remove_suffix(1);
    if (!text.empty() && text.back() == ',') text.remove_suffix(1);
    if (text == "{" || text == "}" || text == "[" || text == "]") return "{…}";
    const std::size_t key = stringLength(text);
    if (key == 0) return {};
    // A string alone is an item of a list when it is one word or follows the list's opening or
    // another item: a quoted sentence on a line of its own is a message (SR OS writes its
    // events' texts so).
    if (key == text.size()) {
        const std::size_t last = previous.find_last_not_of(" \t\r");
        const bool inList =
            last != std::string_view::npos && (previous[last] == '[' || previous[last] == ',');
        return inList || text.find(' ') == std::string_view::npos ? "\"<*>\"" : std::string_view{};
    }
    if (text.size() < key + 3 || text[key] != ':' || text[key + 1] != ' ') return {};
    const std::string_view value = text.substr(key + 2);
    if (value == "{" || value == "[") return "\"<*>\": {…";
    return isScalar(value) ? "\"<*>\": <*>" : std::string_view{};
}

} // namespace logsleuth::text
