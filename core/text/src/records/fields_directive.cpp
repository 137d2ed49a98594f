// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "fields_directive.h"

#include "logsleuth/text/time_scan.h"

#include <algorithm>
#include <array>

namespace logsleuth::text {
namespace {

// Names as the W3C draft, IIS, CloudFront and Zeek write them.
constexpr std::array<std::string_view, 3> kTimeNames{"time", "ts", "timestamp"};
constexpr std::array<std::string_view, 3> kEntityNames{"c-ip", "id.orig_h", "client_ip"};
constexpr std::array<std::string_view, 2> kLevelNames{"sc-status", "status"};
constexpr std::array<std::string_view, 2> kComponentNames{"s-sitename", "cs-host"};
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

// Splits `line` at `separator` into at most `count` + 1 views; true when exactly `count`.
bool splitValues(std::string_view line, char separator, std::size_t count, std::string_view* values)
{
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::size_t n = 0, start = 0;
    for (std::size_t p = 0; p <= line.size(); ++p) {
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

} // namespace

FieldsDirectiveParser::FieldsDirectiveParser(std::vector<std::string> names, bool tabs)
    : m_names(std::move(names)), m_separator(tabs ? '\t' : ' ')
{
    for (std::size_t i = 0; i < m_names.size(); ++i) {
        const std::string_view name = m_names[i];
        const auto column = static_cast<int>(i);
        if (name == "date" && m_date < 0)
            m_date = column;
        else if (among(name, kTimeNames) && m_time < 0)
            m_time = column;
        else if (among(name, kEntityNames) && m_entity < 0)
            m_entity = column;
        else if (among(name, kLevelNames) && m_level < 0)
            m_level = column;
        else if (among(name, kComponentNames) && m_component < 0)
            m_component = column;
    }
    // The message starts at the first column that is not a leading header one.
    const auto header = [this](std::size_t i) {
        const auto column = static_cast<int>(i);
        return column == m_date || column == m_time || column == m_component ||
               among(m_names[i], kServerNames);
    };
    while (m_messageColumn + 1 < m_names.size() && header(m_messageColumn))
        ++m_messageColumn;
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
FieldsDirectiveParser::fromSample(const std::vector<std::string_view>& sample)
{
    std::vector<std::string> names;
    for (std::string_view line : sample)
        if (isDirective(line) && (names = namesOf(line)).size() >= 3) break;
    if (names.size() < 3) return nullptr;
    // Values are blank- or tab-separated whatever the directive used (CloudFront: blanks in the
    // directive, tabs in the data): the one that splits most data lines into the named columns.
    std::vector<std::string_view> values(names.size());
    std::size_t data = 0, byBlank = 0, byTab = 0;
    for (std::string_view line : sample) {
        if (isDirective(line) || line.empty()) continue;
        ++data;
        byBlank += splitValues(line, ' ', names.size(), values.data());
        byTab += splitValues(line, '\t', names.size(), values.data());
    }
    const std::size_t fitting = std::max(byBlank, byTab);
    if (data == 0 || fitting * 10 < data * 9) return nullptr;
    return std::make_unique<FieldsDirectiveParser>(std::move(names), byTab > byBlank);
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
    // At most a few dozen columns: W3C defines 20-odd fields, Zeek's widest logs some 30.
    std::array<std::string_view, 64> values;
    if (m_names.size() > values.size() || !splitValues(line, m_separator, m_names.size(), values.data()))
        return;
    out.fitted = true;
    const auto at = [&](int column) { return column < 0 ? std::string_view() : values[std::size_t(column)]; };
    // "2026-11-30 00:00:01": date and time side by side are one stamp.
    std::string_view stamp = at(m_time);
    if (m_date >= 0 && m_time == m_date + 1)
        stamp = line.substr(std::size_t(values[std::size_t(m_date)].data() - line.data()),
                            values[std::size_t(m_date)].size() + 1 + stamp.size());
    if (!stamp.empty()) out.time = scanTime(stamp);
    if (out.time.length != stamp.size() && m_date >= 0 && m_time >= 0) {
        // Date and time apart (a tab between them): read each, and put the clock on the date.
        const RawTime date = scanTime(at(m_date)), clock = scanTime(at(m_time));
        out.time = RawTime{};
        if (date.length == at(m_date).size() && date.dateParts > 0 && clock.length == at(m_time).size() &&
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
    if (m_date >= 0 && out.time.length > 0 && !out.time.hasZone && !out.time.epoch) out.time.hasZone = true;
    out.level = valueOrNone(at(m_level));
    out.component = valueOrNone(at(m_component));
    out.entity = valueOrNone(at(m_entity));
    const std::string_view first = values[m_messageColumn];
    out.message = line.substr(std::size_t(first.data() - line.data()));
    if (!out.message.empty() && out.message.back() == '\r') out.message.remove_suffix(1);
}

std::string FieldsDirectiveParser::formatString() const
{
    std::string spec = m_separator == '\t' ? "tsv:" : "w3c:";
    for (std::size_t i = 0; i < m_names.size(); ++i) {
        if (i > 0) spec += ',';
        spec += m_names[i];
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
    add(m_date >= 0 ? m_date : m_time, "time");
    add(m_level, "level");
    add(m_component, "component");
    add(m_entity, "entity");
    return kinds;
}

} // namespace logsleuth::text
