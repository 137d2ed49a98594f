// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "aligned_columns.h"

#include "../ascii.h"
#include "logsleuth/text/time_scan.h"

#include <algorithm>
#include <array>
#include <charconv>

namespace logsleuth::text {
namespace {

using namespace ascii;

constexpr std::size_t kHeaderWithin = 20; // the header is among the sample's first lines
constexpr std::size_t kMinColumns = 3;
constexpr std::size_t kMinRows = 10;
constexpr double kAligned = 0.8; // of the lines under the header that must align to it

// A column's name without blanks, in lower case: "LAST SEEN" → "lastseen".
std::string key(std::string_view name)
{
    std::string k;
    for (char c : name)
        if (!isBlank(c)) k.push_back(lower(c));
    return k;
}

bool among(const std::string& k, std::initializer_list<std::string_view> names)
{
    return std::find(names.begin(), names.end(), k) != names.end();
}

// The names of a header line and where each starts: words of letters (digits and '_' after the
// first), one blank joining the words of a name ("LAST SEEN"), two or more between names.
std::vector<AlignedColumnsParser::Column> headerNames(std::string_view line)
{
    std::vector<AlignedColumnsParser::Column> columns;
    std::size_t p = 0;
    while (p < line.size()) {
        while (p < line.size() && line[p] == ' ')
            ++p;
        if (p >= line.size()) break;
        const std::size_t start = p;
        if (!isAlpha(line[p])) return {};
        for (;;) {
            while (p < line.size() && (isAlnum(line[p]) || line[p] == '_'))
                ++p;
            if (p + 1 < line.size() && line[p] == ' ' && isAlpha(line[p + 1])) {
                ++p;
                continue;
            }
            break;
        }
        if (p < line.size() && line[p] != ' ') return {};
        columns.push_back({std::string(line.substr(start, p - start)), start});
    }
    return columns.size() >= kMinColumns ? columns : std::vector<AlignedColumnsParser::Column>{};
}

// The starts of a rule's runs of dashes ("----- ----  ---------"), or none for another line.
std::vector<std::size_t> ruleStarts(std::string_view line)
{
    std::vector<std::size_t> starts;
    for (std::size_t p = 0; p < line.size(); ++p) {
        if (line[p] == '-') {
            if (p == 0 || line[p - 1] == ' ') starts.push_back(p);
        } else if (line[p] != ' ') {
            return {};
        }
    }
    return starts;
}

// Whether a row is aligned to the columns: the byte before each column it reaches is a blank.
bool aligned(std::string_view line, const std::vector<AlignedColumnsParser::Column>& columns)
{
    if (line.size() <= columns[1].start || isBlank(line[0]) != (columns[0].start > 0)) return false;
    for (std::size_t i = 1; i < columns.size() && columns[i].start < line.size(); ++i)
        if (line[columns[i].start - 1] != ' ') return false;
    return true;
}

} // namespace

AlignedColumnsParser::AlignedColumnsParser(std::vector<Column> columns) : m_columns(std::move(columns))
{
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        const std::string k = key(m_columns[i].name);
        const auto column = static_cast<int>(i);
        if (m_time < 0 && among(k, {"time", "timestamp", "date", "datetime", "timegenerated", "timecreated",
                                    "timewritten", "lastseen", "firstseen"}))
            m_time = column;
        else if (m_level < 0 &&
                 among(k, {"level", "type", "entrytype", "severity", "leveldisplayname", "lvl", "priority"}))
            m_level = column;
        else if (m_component < 0 && among(k, {"source", "providername", "component", "logger", "module"}))
            m_component = column;
        else if (m_entity < 0 && among(k, {"object", "machinename", "host", "hostname", "node", "computer",
                                           "pod", "instance"}))
            m_entity = column;
    }
    // The message starts at the first column that is none of those nor an index or an id of the
    // table's own (PowerShell's Index, InstanceID).
    const auto header = [this](std::size_t i) {
        const auto column = static_cast<int>(i);
        const std::string k = key(m_columns[i].name);
        return column == m_time || column == m_level || column == m_component || column == m_entity ||
               among(k, {"index", "instanceid", "eventid", "id", "recordid", "count"});
    };
    while (m_message + 1 < m_columns.size() && header(m_message))
        ++m_message;
}

std::unique_ptr<AlignedColumnsParser>
AlignedColumnsParser::fromSample(const std::vector<std::string_view>& sample)
{
    for (std::size_t h = 0; h < std::min(sample.size(), kHeaderWithin); ++h) {
        std::vector<Column> columns = headerNames(sample[h]);
        if (columns.empty()) continue;
        std::size_t first = h + 1;
        // A rule of dashes under the header gives each column's exact start and its name (names
        // may then be one blank apart; PowerShell writes numbers right-aligned under theirs).
        if (first < sample.size()) {
            if (const auto starts = ruleStarts(sample[first]); starts.size() >= kMinColumns) {
                std::vector<Column> ruled;
                for (std::size_t i = 0; i < starts.size(); ++i) {
                    const std::size_t end = i + 1 < starts.size() ? starts[i + 1] : sample[h].size();
                    std::string_view name = sample[h].substr(std::min(starts[i], sample[h].size()));
                    name = name.substr(0, end > starts[i] ? end - starts[i] : 0);
                    while (!name.empty() && isBlank(name.back()))
                        name.remove_suffix(1);
                    if (name.empty() || !isAlpha(name.front())) break;
                    ruled.push_back({std::string(name), starts[i]});
                }
                if (ruled.size() == starts.size()) {
                    columns = std::move(ruled);
                    ++first;
                }
            }
        }
        std::size_t rows = 0, fit = 0;
        for (std::size_t n = first; n < sample.size(); ++n) {
            if (std::all_of(sample[n].begin(), sample[n].end(), isSpace)) continue;
            ++rows;
            fit += aligned(sample[n], columns) ? 1 : 0;
        }
        if (fit >= kMinRows && double(fit) >= kAligned * double(rows))
            return std::make_unique<AlignedColumnsParser>(std::move(columns));
    }
    return nullptr;
}

std::unique_ptr<AlignedColumnsParser> AlignedColumnsParser::create(std::string_view spec, std::string& error)
{
    constexpr std::string_view kPrefix = "columns:";
    if (!spec.starts_with(kPrefix)) {
        error = "format: expected columns:NAME@START,NAME@START,…";
        return nullptr;
    }
    std::vector<Column> columns;
    std::string_view rest = spec.substr(kPrefix.size());
    while (!rest.empty()) {
        const std::size_t comma = rest.find(',');
        const std::string_view item = rest.substr(0, comma);
        rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
        const std::size_t at = item.rfind('@');
        std::size_t start = 0;
        const char* end = item.data() + item.size();
        if (at == std::string_view::npos || at == 0 ||
            std::from_chars(item.data() + at + 1, end, start).ptr != end ||
            (!columns.empty() && start <= columns.back().start)) {
            error = "format: '" + std::string(item) + "' is not NAME@START with starts rising";
            return nullptr;
        }
        columns.push_back({std::string(item.substr(0, at)), start});
    }
    if (columns.size() < 2) {
        error = "format: columns: needs two columns at least";
        return nullptr;
    }
    return std::make_unique<AlignedColumnsParser>(std::move(columns));
}

std::string_view AlignedColumnsParser::cell(std::string_view line, std::size_t column) const
{
    const std::size_t start = std::min(m_columns[column].start, line.size());
    const std::size_t end =
        column + 1 < m_columns.size() ? std::min(m_columns[column + 1].start, line.size()) : line.size();
    std::string_view value = line.substr(start, end - start);
    while (!value.empty() && isBlank(value.front()))
        value.remove_prefix(1);
    while (!value.empty() && isBlank(value.back()))
        value.remove_suffix(1);
    return value;
}

bool AlignedColumnsParser::isHeaderOrRule(std::string_view line) const
{
    if (!ruleStarts(line).empty()) return true;
    for (std::size_t i = 0; i < m_columns.size(); ++i)
        if (cell(line, i) != m_columns[i].name) return false;
    return true;
}

void AlignedColumnsParser::parse(std::string_view line, RecordParts& out) const
{
    out = RecordParts{};
    out.message = line;
    if (isHeaderOrRule(line)) {
        out.fitted = true; // the table's header: a record of its own
        out.directive = true;
        return;
    }
    if (!aligned(line, m_columns)) return;
    if (m_time >= 0) out.time = scanTime(cell(line, static_cast<std::size_t>(m_time)));
    if (m_level >= 0) out.level = cell(line, static_cast<std::size_t>(m_level));
    if (m_component >= 0) out.component = cell(line, static_cast<std::size_t>(m_component));
    if (m_entity >= 0) out.entity = cell(line, static_cast<std::size_t>(m_entity));
    std::size_t from = std::min(m_columns[m_message].start, line.size());
    while (from < line.size() && isBlank(line[from]))
        ++from;
    out.message = line.substr(from);
    out.fitted = true;
}

std::string AlignedColumnsParser::formatString() const
{
    std::string spec = "columns:";
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        if (i > 0) spec.push_back(',');
        spec += m_columns[i].name + "@" + std::to_string(m_columns[i].start);
    }
    return spec;
}

std::string AlignedColumnsParser::fieldKinds() const
{
    std::string kinds;
    const auto add = [&](int column, std::string_view kind) {
        if (column < 0) return;
        if (!kinds.empty()) kinds.push_back(';');
        kinds += kind;
    };
    add(m_time, "time");
    add(m_level, "level");
    add(m_component, "component");
    add(m_entity, "entity");
    return kinds;
}

} // namespace logsleuth::text
