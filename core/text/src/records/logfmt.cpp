// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logfmt.h"
#include "../ascii.h"
#include "json_cursor.h"

#include <algorithm>

namespace logsleuth::text {
namespace {

using namespace ascii;

// The next pair of `line` from `p`; false at the end or when what follows is no pair.
bool nextPair(std::string_view line, std::size_t& p, std::string_view& key, std::string_view& value)
{
    while (p < line.size() && isSpace(line[p]))
        ++p;
    if (p >= line.size()) return false;
    const std::size_t keyBegin = p;
    while (p < line.size() && line[p] != '=' && line[p] != '"' && !isSpace(line[p]))
        ++p;
    if (p == keyBegin || p >= line.size() || line[p] != '=') return false;
    key = line.substr(keyBegin, p - keyBegin);
    ++p;
    if (p < line.size() && line[p] == '"') {
        const std::size_t begin = ++p;
        while (p < line.size() && line[p] != '"') {
            if (line[p] == '\\') ++p;
            ++p;
        }
        if (p >= line.size()) return false; // an unclosed quote
        value = line.substr(begin, p - begin);
        ++p;
        return p >= line.size() || isSpace(line[p]);
    }
    const std::size_t begin = p;
    while (p < line.size() && !isSpace(line[p]))
        ++p;
    value = line.substr(begin, p - begin); // may be empty: "key="
    return value.find('"') == std::string_view::npos;
}

} // namespace

std::unique_ptr<LogfmtParser> LogfmtParser::create(std::string_view spec, std::string& error)
{
    JsonKeys keys;
    if (spec == "logfmt") return std::make_unique<LogfmtParser>(keys);
    if (spec.substr(0, 7) != "logfmt:") {
        error = "format: expected logfmt or logfmt:message=KEY,time=KEY,level=KEY";
        return nullptr;
    }
    if (!parseNamedKeys(spec.substr(7), keys, error)) return nullptr;
    auto parser = std::make_unique<LogfmtParser>(keys);
    parser->m_named = std::string(spec.substr(7));
    return parser;
}

void LogfmtParser::parse(std::string_view line, RecordParts& out) const
{
    out = RecordParts{};
    out.message = line;
    FieldPicker picker(m_keys, line);
    std::size_t p = 0, pairs = 0;
    std::string_view key, value;
    while (nextPair(line, p, key, value)) {
        ++pairs;
        picker.offer(key, value);
    }
    while (p < line.size() && isSpace(line[p]))
        ++p;
    if (p < line.size() || pairs < 2) return; // not all pairs: the line is kept whole
    out = picker.fitted();
}

std::string detail::keyNamesOf(std::string_view line)
{
    std::vector<std::string_view> keys;
    std::size_t p = 0;
    while (p < line.size() && isSpace(line[p]))
        ++p;
    std::string_view key, value;
    if (p < line.size() && line[p] == '{') {
        JsonCursor c{line, p + 1};
        bool isString = false;
        for (;;) {
            c.spaces();
            if (!c.string(key)) break;
            c.spaces();
            if (c.p >= line.size() || line[c.p] != ':') break;
            ++c.p;
            c.spaces();
            if (!c.value(value, isString)) break;
            keys.push_back(key);
            c.spaces();
            if (c.p >= line.size() || line[c.p] != ',') break;
            ++c.p;
        }
    } else {
        while (nextPair(line, p, key, value))
            keys.push_back(key);
    }
    std::sort(keys.begin(), keys.end());
    std::string names;
    for (const std::string_view k : keys) {
        if (!names.empty()) names.push_back(' ');
        names.append(k);
    }
    return names;
}

bool looksLikeLogfmt(const std::vector<std::string_view>& sample)
{
    const LogfmtParser parser{JsonKeys{}};
    const JsonKeys keys;
    std::size_t lines = 0, fitted = 0, named = 0;
    RecordParts parts;
    for (std::string_view line : sample) {
        if (std::all_of(line.begin(), line.end(), isSpace)) continue;
        ++lines;
        parser.parse(line, parts);
        if (!parts.fitted) continue;
        ++fitted;
        // Pairs alone could be a message ("retry=3 backoff=2s"): the log's own fields say logfmt.
        named += parts.message != line || parts.time.length > 0 || !parts.level.empty();
    }
    return lines > 0 && fitted * 10 >= lines * 9 && named * 10 >= fitted * 9;
}

} // namespace logsleuth::text
