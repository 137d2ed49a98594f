// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "json_lines.h"

#include "../ascii.h"
#include "../hash.h"
#include "json_cursor.h"

#include <algorithm>

namespace logsleuth::text {
namespace {

using namespace ascii;
using detail::JsonCursor;

// Which key of `keys` this is (its rank), or -1. Letter case aside: journald writes MESSAGE,
// .NET's loggers Message.
int rankOf(std::string_view key, const std::vector<std::string>& keys)
{
    for (std::size_t i = 0; i < keys.size(); ++i)
        if (keys[i].size() == key.size() &&
            std::equal(key.begin(), key.end(), keys[i].begin(),
                       [](char a, char b) { return ascii::lower(a) == ascii::lower(b); }))
            return static_cast<int>(i);
    return -1;
}

// A key named within its program's own namespace, one word and '_' or '.' before the name
// (iRODS' "log_message", "log_level", "server_timestamp"), ranks after every key
// the list names as written, by the place of its name among `names`; -1 for any other.
int prefixedRankOf(std::string_view key, std::initializer_list<std::string_view> names)
{
    constexpr int kAfterNamed = 1000;
    const std::size_t separator = key.find_first_of("_.");
    if (separator == 0 || separator == std::string_view::npos ||
        key.find_first_of("_.", separator + 1) != std::string_view::npos)
        return -1;
    const std::string_view name = key.substr(separator + 1);
    int place = 0;
    for (std::string_view candidate : names) {
        if (ascii::equalsIgnoringCase(name, candidate)) return kAfterNamed + place;
        ++place;
    }
    return -1;
}

// A stamp's key in camel case, what was stamped before "Timestamp" (the Kubernetes audit log's
// "requestReceivedTimestamp" before its "stageTimestamp"): it ranks after every other time key,
// the first of them best. What was stamped before "Time" (CloudTrail's "eventTime") ranks after
// those, where the value is a date and its clock: "…Time" is as often a duration
// ("responseTime": 12).
int camelStampRankOf(std::string_view key, std::string_view value)
{
    constexpr int kAfterPrefixed = 2000;
    const auto camelSuffix = [key](std::string_view suffix) {
        return key.size() > suffix.size() && key.ends_with(suffix) &&
               ascii::isLower(key[key.size() - suffix.size() - 1]);
    };
    if (camelSuffix("Timestamp")) return kAfterPrefixed;
    if (camelSuffix("Time")) {
        const RawTime t = scanTime(value);
        if (t.length == value.size() && t.hasDate() && t.hasTimeOfDay()) return kAfterPrefixed + 1;
    }
    return -1;
}

// Whether `rank` (-1: none) is better than the best so far (which it then becomes).
bool betterRank(int rank, int& best)
{
    if (rank < 0 || (best >= 0 && rank >= best)) return false;
    best = rank;
    return true;
}

// Whether `key` ranks better in `keys` (or, prefixed, among `names`) than the best so far (which
// it then becomes).
bool better(std::string_view key, const std::vector<std::string>& keys, int& best,
            std::initializer_list<std::string_view> names = {})
{
    int rank = rankOf(key, keys);
    if (rank < 0) rank = prefixedRankOf(key, names);
    return betterRank(rank, best);
}

} // namespace

void FieldPicker::countKey(std::string_view key)
{
    m_keySet += detail::mix(detail::fnv1a(key));
}

void FieldPicker::offer(std::string_view key, std::string_view value)
{
    countKey(key);
    if (better(key, m_keys.message, m_messageRank, {"message", "msg"})) {
        m_parts.message = value;
        // A quoted value keeps its escapes as written (open \"a b.txt\").
        const bool quoted = value.data() > m_lineBegin && value.data()[-1] == '"';
        m_parts.escapes = quoted && value.find('\\') != std::string_view::npos ? MessageEscapes::Backslash
                                                                               : MessageEscapes::None;
    }
    if (better(key, m_keys.time, m_timeRank, {"timestamp", "time"}) ||
        (!m_keys.timeNamed && betterRank(camelStampRankOf(key, value), m_timeRank))) {
        m_timeText = value;
        m_clef = key == "@t";
    }
    if (ascii::equalsIgnoringCase(key, "date")) m_dateText = value;
    if ((key.size() > 1 || severityOf(value) != Severity::Unknown) &&
        better(key, m_keys.level, m_levelRank, {"level", "severity"}))
        m_parts.level = value;
    if (better(key, m_keys.component, m_componentRank)) m_parts.component = value;
    // (Not the host: "request_host" names the client, "server_host" the emitter.)
    if (better(key, m_keys.entity, m_entityRank)) m_parts.entity = value;
}

void FieldPicker::offerTime(std::string_view key, std::string_view stamp)
{
    if (better(key, m_keys.time, m_timeRank)) m_timeText = stamp;
}

void FieldPicker::offerNested(std::string_view key, std::string_view value)
{
    constexpr int kNested = 3000; // after the top level's keys, camel-case stamps included
    const auto nestedRank = [&](const std::vector<std::string>& keys) {
        const int rank = rankOf(key, keys);
        return rank < 0 ? -1 : kNested + rank;
    };
    // Only a key that says it holds text names the message there: a nested "event" or "log" is as
    // often a value's name (Hasura's {"detail":{"event":"photo_uploaded",…}}).
    static const std::vector<std::string> kNestedMessages{"message", "msg", "description"};
    const bool messageKey = rankOf(key, m_keys.message) >= 0 && rankOf(key, kNestedMessages) >= 0;
    if (messageKey && betterRank(nestedRank(m_keys.message), m_messageRank)) {
        m_parts.message = value;
        m_parts.escapes =
            value.find('\\') != std::string_view::npos ? MessageEscapes::Backslash : MessageEscapes::None;
    }
    if (!m_keys.timeNamed && betterRank(nestedRank(m_keys.time), m_timeRank)) m_timeText = value;
    if (severityOf(value) != Severity::Unknown && betterRank(nestedRank(m_keys.level), m_levelRank))
        m_parts.level = value;
}

namespace {

// A message value written with its line break (a container runtime's "log":"…\n"): the escape
// is the end of the line, not part of the message.
std::string_view withoutEscapedLineBreaks(std::string_view text)
{
    while (text.size() >= 2 && text[text.size() - 2] == '\\' && (text.back() == 'n' || text.back() == 'r')) {
        std::size_t backslashes = 0;
        while (backslashes < text.size() - 1 && text[text.size() - 2 - backslashes] == '\\')
            ++backslashes;
        if (backslashes % 2 == 0) break; // "\\n": an escaped backslash, then a letter n
        text.remove_suffix(2);
    }
    return text;
}

} // namespace

RecordParts FieldPicker::fitted() const
{
    RecordParts parts = m_parts;
    parts.keySet = m_keySet == 0 ? 1 : m_keySet;
    if (m_messageRank >= 0) parts.message = withoutEscapedLineBreaks(parts.message);
    if (!m_timeText.empty()) parts.time = scanTime(m_timeText);
    // The day and the clock in keys of their own (FortiGate's "date=2026-12-01 time=10:00:00"):
    // the clock alone would take its day from the file's modification time.
    if (parts.time.isClockOnly() && !m_dateText.empty() && m_dateText != m_timeText) {
        RawTime day = scanTime(m_dateText);
        joinClock(day, parts.time);
        if (day.hasDate() && day.hasTimeOfDay()) parts.time = day;
    }
    // CLEF leaves "@l" out for its commonest level (Serilog's "Information").
    if (m_clef && m_levelRank < 0) parts.level = "Information";
    parts.fitted = true;
    return parts;
}

std::unique_ptr<JsonLinesParser> JsonLinesParser::create(std::string_view spec, std::string& error)
{
    JsonKeys keys;
    if (spec == "json") return std::make_unique<JsonLinesParser>(keys);
    if (spec.substr(0, 5) != "json:") {
        error = "format: expected json or json:message=KEY,time=KEY,level=KEY";
        return nullptr;
    }
    if (!parseNamedKeys(spec.substr(5), keys, error)) return nullptr;
    return std::make_unique<JsonLinesParser>(keys);
}

bool parseNamedKeys(std::string_view named, JsonKeys& keys, std::string& error)
{
    std::string_view rest = named;
    while (!rest.empty()) {
        const std::size_t comma = rest.find(',');
        const std::string_view item = rest.substr(0, comma);
        rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
        const std::size_t eq = item.find('=');
        if (eq == std::string_view::npos || eq + 1 >= item.size()) {
            error = "format: '" + std::string(item) + "' is not FIELD=KEY";
            return false;
        }
        const std::string_view field = item.substr(0, eq);
        std::vector<std::string> chosen{std::string(item.substr(eq + 1))};
        if (field == "message" || field == "msg")
            keys.message = chosen;
        else if (field == "time" || field == "ts") {
            keys.time = chosen;
            keys.timeNamed = true;
        } else if (field == "level" || field == "lvl")
            keys.level = chosen;
        else if (field == "component")
            keys.component = chosen;
        else if (field == "entity" || field == "host")
            keys.entity = chosen;
        else {
            error = "format: unknown field '" + std::string(field) +
                    "' (message, time, level, component, entity)";
            return false;
        }
    }
    return true;
}

void JsonLinesParser::parse(std::string_view line, RecordParts& out) const
{
    out = RecordParts{};
    out.message = line;
    JsonCursor c{line};
    c.spaces();
    if (c.p >= line.size() || line[c.p] != '{') return;
    ++c.p;
    FieldPicker picker(m_keys, line);
    for (;;) {
        c.spaces();
        if (c.p < line.size() && line[c.p] == '}') break;
        std::string_view key, value;
        bool isString = false;
        if (!c.string(key)) return;
        c.spaces();
        if (c.p >= line.size() || line[c.p] != ':') return;
        ++c.p;
        c.spaces();
        const std::size_t valueBegin = c.p;
        if (!c.value(value, isString)) return;
        if (line[valueBegin] != '{') {
            picker.offer(key, value);
        } else {
            picker.countKey(key);
            JsonCursor inner{line.substr(0, c.p), valueBegin + 1};
            std::string_view innerKey, innerValue;
            bool first = true, innerString = false;
            for (;;) {
                inner.spaces();
                if (!inner.string(innerKey)) break;
                inner.spaces();
                if (inner.p >= inner.s.size() || inner.s[inner.p] != ':') break;
                ++inner.p;
                inner.spaces();
                const std::size_t innerBegin = inner.p;
                if (!inner.value(innerValue, innerString)) break;
                if (first && innerString) picker.offerTime(key, innerValue);
                first = false;
                if (inner.s[innerBegin] != '{' && inner.s[innerBegin] != '[')
                    picker.offerNested(innerKey, innerValue);
                inner.spaces();
                if (inner.p >= inner.s.size() || inner.s[inner.p] != ',') break;
                ++inner.p;
            }
        }
        c.spaces();
        if (c.p < line.size() && line[c.p] == ',') {
            ++c.p;
            continue;
        }
        if (c.p < line.size() && line[c.p] == '}') break;
        return;
    }
    out = picker.fitted();
    // A line that names no message is all fields (json_pairs.h).
    if (!picker.namedMessage()) out.escapes = MessageEscapes::JsonObject;
}

std::string JsonLinesParser::formatString() const
{
    auto first = [](const std::vector<std::string>& keys) {
        return keys.size() == 1 ? keys.front() : std::string();
    };
    std::string spec = "json";
    std::string named;
    for (const auto& [field, keys] :
         {std::pair<const char*, const std::vector<std::string>*>{"message", &m_keys.message},
          {"time", &m_keys.time},
          {"level", &m_keys.level}}) {
        const std::string key = first(*keys);
        if (key.empty()) continue;
        named += (named.empty() ? "" : ",") + std::string(field) + "=" + key;
    }
    return named.empty() ? spec : spec + ":" + named;
}

double jsonLineShare(const std::vector<std::string_view>& sample)
{
    std::size_t lines = 0, objects = 0;
    JsonLinesParser parser{JsonKeys{}};
    RecordParts parts;
    for (std::string_view line : sample) {
        if (std::all_of(line.begin(), line.end(), isSpace)) continue;
        ++lines;
        parser.parse(line, parts);
        objects += parts.fitted;
    }
    return lines > 0 ? static_cast<double>(objects) / static_cast<double>(lines) : 0.0;
}

bool looksLikeJsonLines(const std::vector<std::string_view>& sample)
{
    return jsonLineShare(sample) >= 0.9;
}

} // namespace logsleuth::text
