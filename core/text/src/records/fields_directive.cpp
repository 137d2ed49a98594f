// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "fields_directive.h"

#include "escapes.h"

#include "logsleuth/text/time_scan.h"

#include <algorithm>
#include <array>
#include <functional>
#include <iterator>

namespace logsleuth::text {
namespace {

// At most a few dozen columns: W3C defines 20-odd fields, Zeek's widest logs some 30.
constexpr std::size_t kMaxColumns = 64;

// Names as the W3C draft, IIS, CloudFront and Zeek write them.
constexpr std::array<std::string_view, 3> kTimeNames{"time", "ts", "timestamp"};
constexpr std::array<std::string_view, 3> kEntityNames{"c-ip", "id.orig_h", "client_ip"};
// Wowza Streaming Engine names its severity and its category (server, session, stream) as
// extensions of the format.
constexpr std::array<std::string_view, 3> kLevelNames{"sc-status", "status", "x-severity"};
constexpr std::array<std::string_view, 3> kComponentNames{"s-sitename", "cs-host", "x-category"};
// A column of free text that says what happened (Wowza's x-comment): the message ends with it, the
// columns after it describe the connection, as the ones before the message describe the server.
constexpr std::array<std::string_view, 2> kCommentNames{"x-comment", "comment"};
// Columns that name the event a row records (Zeek weird's "name", notice's "note" and "msg"):
// with no free-text column, the message is these; the columns around them hold its values.
constexpr std::array<std::string_view, 6> kEventNames{"name", "note", "event", "x-event", "msg", "message"};
// Columns of the server's own identity: header, not message, when they come before it.
constexpr std::array<std::string_view, 3> kServerNames{"s-computername", "s-ip", "x-edge-location"};

template <std::size_t N> bool among(std::string_view name, const std::array<std::string_view, N>& names)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

bool isDirective(std::string_view line)
{
    return !line.empty() && line.front() == '#';
}

// The names after "#Fields:" (blank-separated) or "#fields" (tab-separated, Zeek).
std::vector<std::string> namesOf(std::string_view directive)
{
    std::string_view rest;
    if (directive.substr(0, 8) == "#Fields:")
        rest = directive.substr(8);
    else if (directive.substr(0, 8) == "#fields\t")
        rest = directive.substr(8);
    else
        return {};
    std::vector<std::string> names;
    std::size_t p = 0;
    while (p < rest.size()) {
        while (p < rest.size() && (rest[p] == ' ' || rest[p] == '\t' || rest[p] == '\r'))
            ++p;
        const std::size_t start = p;
        while (p < rest.size() && rest[p] != ' ' && rest[p] != '\t' && rest[p] != '\r')
            ++p;
        if (p > start) names.emplace_back(rest.substr(start, p - start));
    }
    return names;
}

// Splits `line` at `separator` into at most `count` + 1 views; true when exactly `count`. Between
// blanks, a value in double quotes keeps its blanks (Blue Coat's ELFF: "Office/Business
// Applications", a user agent), its quotes part of it.
bool splitValues(std::string_view line, char separator, std::size_t count, std::string_view* values)
{
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::size_t n = 0, start = 0;
    for (std::size_t p = 0; p <= line.size(); ++p) {
        if (separator == ' ' && p == start && p < line.size() && line[p] == '"') {
            if (const std::size_t close = detail::closingQuoteOfColumn(line, p);
                close != std::string_view::npos)
                p = close;
            continue;
        }
        if (p < line.size() && line[p] != separator) continue;
        if (n == count) return false;
        values[n++] = line.substr(start, p - start);
        start = p + 1;
    }
    return n == count;
}

std::string_view valueOrNone(std::string_view value)
{
    return value == "-" ? std::string_view() : value;
}

// Where each line that starts with "#Fields:" or "#fields\t" starts in `source`, in order. Only
// a log that names its columns is scanned: '#' is rare in its values, so memchr skips most bytes.
std::vector<std::size_t> directiveOffsets(std::string_view source)
{
    std::vector<std::size_t> offsets;
    for (std::size_t at = source.find('#'); at != std::string_view::npos; at = source.find('#', at + 1)) {
        if (at > 0 && source[at - 1] != '\n') continue;
        const std::string_view head = source.substr(at, 8);
        if (head == "#Fields:" || head == "#fields\t") offsets.push_back(at);
    }
    return offsets;
}

} // namespace

FieldsDirectiveParser::Columns::Columns(std::vector<std::string> columnNames) : names(std::move(columnNames))
{
    for (std::size_t i = 0; i < names.size(); ++i) {
        const std::string_view name = names[i];
        const auto column = static_cast<int>(i);
        if (name == "date" && date < 0)
            date = column;
        else if (among(name, kTimeNames) && time < 0)
            time = column;
        else if (among(name, kEntityNames) && entity < 0)
            entity = column;
        else if (among(name, kLevelNames) && level < 0)
            level = column;
        else if (among(name, kComponentNames) && component < 0)
            component = column;
    }
    // The message starts at the first column that is not a leading header one. Zeek's
    // connection (its uid, and the addresses and ports of its id) says who talked, not what
    // happened: weird.log's event is its "name" after them.
    const auto header = [this](std::size_t i) {
        const auto column = static_cast<int>(i);
        const std::string_view name = names[i];
        return column == date || column == time || column == component || among(name, kServerNames) ||
               name == "tz" || name == "uid" || name.substr(0, 3) == "id.";
    };
    while (messageColumn + 1 < names.size() && header(messageColumn))
        ++messageColumn;
    for (std::size_t i = messageColumn; i < names.size(); ++i)
        if (among(names[i], kCommentNames)) {
            messageEnd = i + 1;
            return;
        }
    for (std::size_t i = messageColumn; i < names.size(); ++i)
        if (among(names[i], kEventNames)) {
            if (messageEnd == 0) messageColumn = i;
            messageEnd = i + 1;
        }
    // A row of values alone (a firewall's action, protocol, addresses and ports; a web server's
    // method, page and status): each row under one set of columns is one event.
    valuesOnly = messageEnd == 0;
}

FieldsDirectiveParser::FieldsDirectiveParser(std::vector<std::string> names, bool tabs)
    : m_separator(tabs ? '\t' : ' ')
{
    m_columns.emplace_back(std::move(names));
}

const FieldsDirectiveParser::Columns& FieldsDirectiveParser::columnsOf(std::string_view line) const
{
    const std::less<const char*> before;
    if (m_changes.empty()) return m_columns.front();
    if (before(line.data(), m_source.data()) || !before(line.data(), m_source.data() + m_source.size()))
        return m_columns[m_changes.back().second];
    const auto after =
        std::upper_bound(m_changes.begin(), m_changes.end(), line.data(),
                         [&](const char* at, const auto& change) { return before(at, change.first); });
    return after == m_changes.begin() ? m_columns.front() : m_columns[std::prev(after)->second];
}

std::unique_ptr<FieldsDirectiveParser> FieldsDirectiveParser::create(std::string_view spec,
                                                                     std::string& error)
{
    const bool tabs = spec.substr(0, 4) == "tsv:";
    if (!tabs && spec.substr(0, 4) != "w3c:") {
        error = "format: expected w3c:NAME,NAME,… or tsv:NAME,NAME,…";
        return nullptr;
    }
    std::vector<std::string> names;
    std::string_view rest = spec.substr(4);
    while (!rest.empty()) {
        const std::size_t comma = rest.find(',');
        const std::string_view name = rest.substr(0, comma);
        if (name.empty() || name.find_first_of(" \t") != std::string_view::npos) {
            error = "format: a column name in " + std::string(spec) + " is empty or has a blank";
            return nullptr;
        }
        names.emplace_back(name);
        rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    }
    if (names.size() < 2) {
        error = "format: " + std::string(spec) + " names fewer than two columns";
        return nullptr;
    }
    return std::make_unique<FieldsDirectiveParser>(std::move(names), tabs);
}

std::unique_ptr<FieldsDirectiveParser>
FieldsDirectiveParser::fromSample(const std::vector<std::string_view>& sample, std::string_view source)
{
    std::vector<std::string> names;
    for (std::string_view line : sample)
        if (isDirective(line) && (names = namesOf(line)).size() >= 3) break;
    if (names.size() < 3) return nullptr;
    auto parser = std::make_unique<FieldsDirectiveParser>(std::move(names), false);
    // Every directive of the source, each governing the lines after it up to the next.
    if (!source.empty()) {
        for (const std::size_t at : directiveOffsets(source)) {
            const std::size_t end = std::min(source.find('\n', at), source.size());
            std::vector<std::string> named = namesOf(source.substr(at, end - at));
            if (named.size() < 3) continue;
            const auto known = std::find_if(parser->m_columns.begin(), parser->m_columns.end(),
                                            [&](const Columns& c) { return c.names == named; });
            const std::size_t index = std::size_t(known - parser->m_columns.begin());
            if (known == parser->m_columns.end()) parser->m_columns.emplace_back(std::move(named));
            const std::size_t current = parser->m_changes.empty() ? 0 : parser->m_changes.back().second;
            if (index != current || parser->m_changes.empty())
                parser->m_changes.emplace_back(source.data() + at, index);
        }
        parser->m_source = source;
    }
    // Values are blank- or tab-separated whatever the directive used (CloudFront: blanks in the
    // directive, tabs in the data): the one that splits most data lines into their named columns.
    std::array<std::string_view, kMaxColumns> values;
    std::size_t data = 0, byBlank = 0, byTab = 0;
    for (std::string_view line : sample) {
        if (isDirective(line) || line.empty()) continue;
        ++data;
        const std::size_t count = parser->columnsOf(line).names.size();
        if (count > values.size()) continue;
        byBlank += splitValues(line, ' ', count, values.data());
        byTab += splitValues(line, '\t', count, values.data());
    }
    const std::size_t fitting = std::max(byBlank, byTab);
    if (data == 0 || fitting * 10 < data * 9) return nullptr;
    parser->m_separator = byTab > byBlank ? '\t' : ' ';
    return parser;
}

void FieldsDirectiveParser::parse(std::string_view line, RecordParts& out) const
{
    out = RecordParts{};
    out.message = line;
    if (isDirective(line)) {
        out.fitted = true; // a directive is a record of its own: the file says what follows
        out.directive = true;
        return;
    }
    const Columns& c = columnsOf(line);
    std::array<std::string_view, kMaxColumns> values;
    if (c.names.size() > values.size() || !splitValues(line, m_separator, c.names.size(), values.data()))
        return;
    out.fitted = true;
    const auto at = [&](int column) { return column < 0 ? std::string_view() : values[std::size_t(column)]; };
    // "2026-11-30 00:00:01": date and time side by side are one stamp.
    std::string_view stamp = at(c.time);
    if (c.date >= 0 && c.time == c.date + 1)
        stamp = line.substr(std::size_t(values[std::size_t(c.date)].data() - line.data()),
                            values[std::size_t(c.date)].size() + 1 + stamp.size());
    if (!stamp.empty()) out.time = scanTime(stamp);
    if (out.time.length != stamp.size() && c.date >= 0 && c.time >= 0) {
        // Date and time apart (a tab between them): read each, and put the clock on the date.
        const RawTime date = scanTime(at(c.date)), clock = scanTime(at(c.time));
        out.time = RawTime{};
        if (date.length == at(c.date).size() && date.dateParts > 0 && clock.length == at(c.time).size() &&
            clock.hasTimeOfDay() && !clock.epoch) {
            out.time = date;
            out.time.hour = clock.hour;
            out.time.minute = clock.minute;
            out.time.second = clock.second;
            out.time.nanos = clock.nanos;
            out.time.hasZone = clock.hasZone;
            out.time.zoneMinutes = clock.zoneMinutes;
            out.time.length = stamp.size();
        }
    } else if (out.time.length != stamp.size()) {
        out.time = RawTime{}; // not all of it a stamp
    }
    // The W3C format writes times in UTC, whatever --tz says of zone-less stamps.
    if (c.date >= 0 && out.time.length > 0 && !out.time.hasZone && !out.time.epoch) out.time.hasZone = true;
    out.level = valueOrNone(at(c.level));
    out.component = valueOrNone(at(c.component));
    out.entity = valueOrNone(at(c.entity));
    const std::string_view first = values[c.messageColumn];
    out.message = line.substr(std::size_t(first.data() - line.data()));
    if (c.messageEnd > 0) {
        const std::string_view last = values[c.messageEnd - 1];
        out.message = out.message.substr(0, std::size_t(last.data() + last.size() - first.data()));
    }
    if (!out.message.empty() && out.message.back() == '\r') out.message.remove_suffix(1);
    if (c.valuesOnly) out.escapes = MessageEscapes::ValueColumns;
}

std::string FieldsDirectiveParser::formatString() const
{
    std::string spec = m_separator == '\t' ? "tsv:" : "w3c:";
    const std::vector<std::string>& names = m_columns.front().names;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) spec += ',';
        spec += names[i];
    }
    return spec;
}

std::string FieldsDirectiveParser::fieldKinds() const
{
    std::string kinds;
    const auto add = [&](int column, std::string_view kind) {
        if (column < 0) return;
        if (!kinds.empty()) kinds += ';';
        kinds += kind;
    };
    const Columns& c = m_columns.front();
    add(c.date >= 0 ? c.date : c.time, "time");
    add(c.level, "level");
    add(c.component, "component");
    add(c.entity, "entity");
    return kinds;
}

} // namespace logsleuth::text
