// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "csv_columns.h"
#include "../ascii.h"
#include "layout_stats.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>

namespace logsleuth::text {
namespace detail {

namespace {

// Whether every quote inside a quoted field is written doubled (`searchResEntry(1) ""CN=a,DC=b""`),
// as a field that is one value holds them.
bool quotesDoubled(std::string_view inside)
{
    for (std::size_t at = inside.find('"'); at != std::string_view::npos; at = inside.find('"', at + 2))
        if (at + 1 >= inside.size() || inside[at + 1] != '"') return false;
    return true;
}

} // namespace

bool splitCsv(std::string_view line, std::vector<std::string_view>& fields, std::size_t limit,
              bool lastTakesRest, bool* openQuote)
{
    fields.clear();
    if (openQuote) *openQuote = false;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::size_t p = 0;
    while (fields.size() < limit) {
        if (lastTakesRest && fields.size() + 1 == limit) {
            std::string_view rest = line.substr(p);
            const bool quoted = rest.size() >= 2 && rest.front() == '"' && rest.back() == '"' &&
                                quotesDoubled(rest.substr(1, rest.size() - 2));
            fields.push_back(quoted ? rest.substr(1, rest.size() - 2) : rest);
            return true;
        }
        if (p < line.size() && line[p] == '"') {
            const std::size_t begin = ++p;
            for (;;) {
                const std::size_t close = line.find('"', p);
                if (close == std::string_view::npos) { // a quote left open
                    if (!openQuote) return false;
                    *openQuote = true;
                    fields.push_back(line.substr(begin));
                    return true;
                }
                if (close + 1 < line.size() && line[close + 1] == '"') {
                    p = close + 2; // a doubled quote inside
                    continue;
                }
                fields.push_back(line.substr(begin, close - begin));
                p = close + 1;
                break;
            }
            if (p < line.size() && line[p] != ',') return false;
        } else {
            const std::size_t comma = std::min(line.find(',', p), line.size());
            const std::string_view field = line.substr(p, comma - p);
            if (field.find('"') != std::string_view::npos) return false;
            fields.push_back(field);
            p = comma;
        }
        if (p >= line.size()) return true;
        ++p; // the comma
        if (p == line.size()) {
            fields.emplace_back(); // a last empty field
            return true;
        }
    }
    return false;
}

} // namespace detail

namespace {

constexpr double kMost = 0.9;     // share of lines that must agree
constexpr int kFewestColumns = 5; // fewer are as often prose with commas
constexpr std::size_t kFewLevels = 12;

bool wholeTime(std::string_view value)
{
    const RawTime t = scanTime(value);
    return t.length > 0 && t.length + 4 >= value.size(); // a zone name may follow ("… UTC")
}

// Lines read in order through quoted values that may run over several lines: an odd number of
// quotes on a line opens or closes such a value.
class QuotedValues {
public:
    // Whether `line` starts inside a quoted value; afterwards, open() says whether one is open
    // after it.
    bool startsInside(std::string_view line)
    {
        const bool inside = m_open;
        if (std::count(line.begin(), line.end(), '"') % 2 != 0) m_open = !m_open;
        return inside;
    }
    bool open() const { return m_open; }

private:
    bool m_open = false;
};

// A header line names the columns: three or more names, words without digits or times. A name
// may give its unit in brackets (nvidia-smi's "utilization.gpu [%]", "power.draw [W]").
bool namesColumns(const std::vector<std::string_view>& fields)
{
    if (fields.size() < 3) return false;
    std::set<std::string_view> seen;
    for (std::string_view name : fields) {
        while (!name.empty() && name.front() == ' ')
            name.remove_prefix(1); // the blank a writer puts after its commas
        if (name.empty() || name.size() > 40 || !seen.insert(name).second) return false;
        for (char c : name)
            if (!(ascii::isAlpha(c) || c == ' ' || c == '_' || c == '-' || c == '.' || c == '(' || c == ')' ||
                  c == '[' || c == ']' || c == '%' || c == '/'))
                return false;
    }
    return true;
}

// A message is prose: on so many of the rows, at least, it holds a word in lower case ("failed",
// "ready at"), where names and groups ("KZL-NB-010,Thomas Wolf (…)", "Roaming Computers") hold none.
constexpr double kFewestProseRows = 0.1;

// A user agent: a product of one or two words, its version after a slash, before any comment in
// parentheses ("Mozilla/5.0 (Windows NT 10.0; …) like Gecko", "Microsoft Office/16.0 (…)",
// "curl/8.4.0"). Its words in lower case ("like Gecko") are no prose.
bool isUserAgent(std::string_view value)
{
    const std::size_t slash = value.find('/');
    if (slash == 0 || slash == std::string_view::npos || slash + 1 >= value.size() ||
        !ascii::isDigit(value[slash + 1]))
        return false;
    const std::string_view product = value.substr(0, slash);
    return product.find('(') == std::string_view::npos &&
           std::count(product.begin(), product.end(), ' ') <= 1 &&
           std::all_of(product.begin(), product.end(),
                       [](char c) { return ascii::isAlpha(c) || c == ' ' || c == '-' || c == '_'; });
}

// Whether `value` holds a blank-separated word of two or more lower-case letters alone.
bool holdsProse(std::string_view value)
{
    if (isUserAgent(value)) return false;
    std::size_t at = 0;
    while (at < value.size()) {
        while (at < value.size() && value[at] == ' ')
            ++at;
        const std::size_t end = std::min(value.find(' ', at), value.size());
        const std::string_view word = value.substr(at, end - at);
        if (word.size() >= 2 && std::all_of(word.begin(), word.end(), ascii::isLower)) return true;
        at = end;
    }
    return false;
}

// The column whose name holds one of `words` (letter case aside), or -1.
int namedColumn(const std::vector<std::string>& names, std::initializer_list<std::string_view> words)
{
    for (std::string_view word : words)
        for (std::size_t c = 0; c < names.size(); ++c)
            if (names[c].find(word) != std::string::npos) return int(c);
    return -1;
}

// Columns named by a header line (Event Viewer's "Level,Date and Time,Source,Event ID,Task
// Category", cloud consoles' exports); the last column takes the rest of each line, so a
// message with commas written unquoted stays whole.
std::unique_ptr<CsvColumnsParser>
fromHeader(std::string_view header, const std::vector<std::string_view>& sample, std::string& headerText)
{
    std::vector<std::string_view> fields;
    if (!detail::splitCsv(header, fields) || !namesColumns(fields)) return nullptr;
    std::vector<std::string> names;
    for (std::string_view name : fields) {
        while (!name.empty() && name.front() == ' ')
            name.remove_prefix(1);
        std::string lower(name);
        for (char& c : lower)
            c = ascii::lower(c);
        names.push_back(std::move(lower));
    }
    CsvColumns columns;
    columns.count = int(names.size());
    columns.lastTakesRest = true;
    std::size_t rows = 0, fit = 0, timed = 0, overflowing = 0;
    std::vector<std::string_view> overflow;
    columns.time = namedColumn(names, {"timestamp", "date", "time"});
    // A date column beside one of the time of day ("Date,Time"): the stamp is both.
    const int clock = namedColumn(names, {"time"});
    const bool clockApart = columns.time >= 0 && clock >= 0 && clock != columns.time;
    std::size_t dated = 0, clocked = 0;
    // No column named for the time (Okta's "published", "created", "when"): the first column
    // that holds a whole stamp on most rows is it.
    std::vector<std::size_t> stamped(columns.time < 0 ? names.size() : 0, 0);
    // A column named for a source that holds addresses ("dlvSourceIp", a firewall's "Source")
    // says where a packet or a message came from: no component of the log.
    const int component =
        namedColumn(names, {"logger", "component", "source", "provider", "module", "service"});
    std::size_t addressed = 0;
    // A quoted value may run over several lines (Event Viewer's descriptions): the lines inside
    // it are no rows.
    QuotedValues quoted;
    for (std::string_view line : sample) {
        const bool inside = quoted.startsInside(line);
        if (line.empty() || line == header || inside) continue;
        ++rows;
        if (!detail::splitCsv(line, fields, names.size(), true) || fields.size() != names.size()) continue;
        ++fit;
        // More fields than names (Event Viewer's description after "Task Category"): the rest
        // of the row is the message.
        overflowing += detail::splitCsv(line, overflow) && overflow.size() > names.size();
        for (std::size_t c = 0; c < stamped.size(); ++c)
            stamped[c] += wholeTime(fields[c]) ? 1 : 0;
        addressed += component >= 0 && detail::isAddress(fields[std::size_t(component)]) ? 1 : 0;
        if (columns.time < 0) continue;
        const std::string_view stamp = fields[std::size_t(columns.time)];
        timed += wholeTime(stamp) ? 1 : 0;
        if (!clockApart) continue;
        const RawTime day = scanTime(stamp);
        dated += day.dateParts > 0 && day.hour < 0 ? 1 : 0;
        clocked += scanTime(fields[std::size_t(clock)]).isClockOnly() ? 1 : 0;
    }
    for (std::size_t c = 0; c < stamped.size() && columns.time < 0; ++c)
        if (double(stamped[c]) >= kMost * double(fit)) {
            columns.time = int(c);
            timed = stamped[c];
        }
    if (rows < 20 || double(fit) < kMost * double(rows) || double(timed) < kMost * double(fit))
        return nullptr;
    if (clockApart && double(dated) >= kMost * double(fit) && double(clocked) >= kMost * double(fit))
        columns.clock = clock;
    columns.level = namedColumn(names, {"level", "severity", "priority"});
    columns.message = namedColumn(names, {"message", "msg", "description", "text", "details", "content"});
    // A column named for the row's summary alone (a packet capture's "Info"); matched whole, for
    // "Device info" or "User info" name values.
    for (std::size_t c = 0; c < names.size() && columns.message < 0; ++c)
        if (names[c] == "info" || names[c] == "summary") columns.message = int(c);
    // Without one, a column that names the event (Process Monitor's "Operation", an audit
    // trail's "Action") is its message; without that either, the row is values alone,
    // whichever column comes last.
    for (std::size_t c = 0; c < names.size() && columns.message < 0; ++c)
        if (names[c] == "operation" || names[c] == "event" || names[c] == "event name" ||
            names[c] == "action")
            columns.message = int(c);
    // ... or the column of the record's type (PowerMTA's accounting file: "type" d, b, t, rb).
    for (std::size_t c = 0; c < names.size() && columns.message < 0; ++c)
        if (names[c] == "type" || names[c] == "event type" || names[c] == "event_type" ||
            names[c] == "eventtype" || names[c] == "record type" || names[c] == "record_type")
            columns.message = int(c);
    columns.valuesOnly = columns.message < 0 && overflowing * 10 < fit;
    columns.component = double(addressed) >= kMost * double(fit) ? -1 : component;
    columns.entity = namedColumn(names, {"host", "computer", "machine", "node", "instance"});
    if (columns.message < 0) columns.message = columns.count - 1;
    headerText = std::string(header);
    return std::make_unique<CsvColumnsParser>(columns);
}

} // namespace

std::unique_ptr<CsvColumnsParser> CsvColumnsParser::fromSample(const std::vector<std::string_view>& sample,
                                                               std::string_view source)
{
    {
        // The header line opens the file, or follows a page of prose about the columns.
        constexpr std::size_t kLongestPreamble = 64;
        std::size_t looked = 0;
        for (auto line = sample.begin(); line != sample.end() && looked < kLongestPreamble; ++line) {
            if (line->empty()) continue;
            ++looked;
            std::string header;
            if (auto named = fromHeader(*line, std::vector<std::string_view>(line, sample.end()), header)) {
                named->m_header = std::move(header);
                // The preamble as the file holds it: the sample leaves out indented lines.
                constexpr std::size_t kLongestProse = 64 * 1024;
                const bool inSource = line->data() >= source.data() &&
                                      line->data() < source.data() + std::min(source.size(), kLongestProse);
                const std::string_view above =
                    inSource ? source.substr(0, std::size_t(line->data() - source.data()))
                             : std::string_view();
                for (std::size_t at = 0; at < above.size();) {
                    const std::size_t end = std::min(above.find('\n', at), above.size());
                    std::string_view text = above.substr(at, end - at);
                    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
                    if (!text.empty()) named->m_preamble.emplace_back(text);
                    at = end + 1;
                }
                if (!inSource)
                    for (auto prose = sample.begin(); prose != line; ++prose)
                        if (!prose->empty()) named->m_preamble.emplace_back(*prose);
                return named;
            }
        }
    }
    std::vector<std::vector<std::string_view>> rows;
    std::vector<std::string_view> fields;
    std::size_t lines = 0;
    std::map<std::size_t, std::size_t> byCount;
    // A quoted value may run over several lines (Greenplum's statements): the line that opens it
    // and the lines inside it are no rows to count.
    QuotedValues quoted;
    for (std::string_view line : sample) {
        const bool inside = quoted.startsInside(line);
        if (line.empty() || inside || quoted.open()) continue;
        ++lines;
        if (!detail::splitCsv(line, fields) || fields.size() < std::size_t(kFewestColumns)) continue;
        ++byCount[fields.size()];
        rows.push_back(fields);
    }
    if (lines < 20 || byCount.empty()) return nullptr;
    const auto common = std::max_element(byCount.begin(), byCount.end(),
                                         [](const auto& a, const auto& b) { return a.second < b.second; });
    if (double(common->second) < kMost * double(lines)) return nullptr;
    CsvColumns columns;
    columns.count = int(common->first);
    std::erase_if(rows, [&](const auto& row) { return int(row.size()) != columns.count; });
    const double n = double(rows.size());

    double bestText = 0, bestProse = 0;
    std::size_t dated = 0; // rows whose time column holds a date alone
    for (int c = 0; c < columns.count; ++c) {
        std::size_t times = 0, levels = 0, spaced = 0, length = 0, clocks = 0, prose = 0;
        std::set<std::string_view> distinct;
        for (const auto& row : rows) {
            const std::string_view v = row[std::size_t(c)];
            times += wholeTime(v) ? 1 : 0;
            clocks += columns.time >= 0 && scanTime(v).isClockOnly() ? 1 : 0;
            levels += !v.empty() && severityOfLevel(v) != Severity::Unknown && v.size() > 1 ? 1 : 0;
            spaced += v.find(' ') != std::string_view::npos ? 1 : 0;
            length += v.size();
            prose += holdsProse(v) ? 1 : 0;
            if (distinct.size() < 4096) distinct.insert(v);
        }
        if (columns.time < 0 && double(times) >= kMost * n) {
            columns.time = c;
            for (const auto& row : rows) {
                const RawTime day = scanTime(row[std::size_t(c)]);
                dated += day.dateParts > 0 && day.hour < 0 ? 1 : 0;
            }
            continue;
        }
        // A date column beside one of the time of day (NPS's "…,12/01/2026,10:00:31,…").
        if (columns.clock < 0 && double(dated) >= kMost * n && double(clocks) >= kMost * n) {
            columns.clock = c;
            continue;
        }
        if (columns.level < 0 && double(levels) >= kMost * n && distinct.size() <= kFewLevels) {
            columns.level = c;
            continue;
        }
        // The message: words with blanks on most lines, the longest such text.
        const double meanLength = double(length) / n;
        if (double(spaced) >= 0.5 * n && distinct.size() > 1 && meanLength > bestText) {
            bestText = meanLength;
            columns.message = c;
            bestProse = double(prose) / n;
        }
    }
    // A time and a message, or the lines are only data with commas.
    if (columns.time < 0 || columns.message < 0) return nullptr;
    // Text with blanks that is no prose (names and groups: "KZL-NB-010,Thomas Wolf (…)", "Roaming
    // Computers,AD Users"): the row is values alone.
    columns.valuesOnly = bestProse < kFewestProseRows;
    return std::make_unique<CsvColumnsParser>(columns);
}

std::unique_ptr<CsvColumnsParser> CsvColumnsParser::create(std::string_view spec, std::string& error)
{
    error = "format: expected csv:N,time=I,level=I,message=I,component=I,entity=I,clock=I (1-based columns)";
    if (spec.substr(0, 4) != "csv:") return nullptr;
    CsvColumns columns;
    std::string_view rest = spec.substr(4);
    bool first = true;
    while (!rest.empty()) {
        const std::size_t comma = rest.find(',');
        const std::string_view item = rest.substr(0, comma);
        rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
        if (item == "rest") {
            columns.lastTakesRest = true;
            continue;
        }
        if (item == "values") {
            columns.valuesOnly = true;
            continue;
        }
        const std::size_t eq = item.find('=');
        const std::string_view name = eq == std::string_view::npos ? std::string_view() : item.substr(0, eq);
        const std::string_view number = eq == std::string_view::npos ? item : item.substr(eq + 1);
        int value = 0;
        const auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), value);
        if (ec != std::errc() || end != number.data() + number.size() || value < 1 || value > 256)
            return nullptr;
        if (first && name.empty()) {
            columns.count = value;
        } else if (name == "time") {
            columns.time = value - 1;
        } else if (name == "level") {
            columns.level = value - 1;
        } else if (name == "message") {
            columns.message = value - 1;
        } else if (name == "component") {
            columns.component = value - 1;
        } else if (name == "entity") {
            columns.entity = value - 1;
        } else if (name == "clock") {
            columns.clock = value - 1;
        } else {
            return nullptr;
        }
        first = false;
    }
    if (columns.count < 1 || columns.message < 0) return nullptr;
    for (int c :
         {columns.time, columns.level, columns.message, columns.component, columns.entity, columns.clock})
        if (c >= columns.count) return nullptr;
    error.clear();
    return std::make_unique<CsvColumnsParser>(columns);
}

void CsvColumnsParser::parse(std::string_view line, RecordParts& out) const
{
    out = RecordParts{};
    out.message = line;
    if (std::find(m_preamble.begin(), m_preamble.end(), line) != m_preamble.end()) {
        out.fitted = true;
        out.directive = true; // prose above the header
        return;
    }
    thread_local std::vector<std::string_view> fields;
    const std::size_t limit = std::size_t(m_columns.count) + (m_columns.lastTakesRest ? 0 : 1);
    bool openQuote = false;
    if (!detail::splitCsv(line, fields, limit, m_columns.lastTakesRest, &openQuote)) return;
    // A line whose message, or a field after it, goes on over the lines after it in its quotes
    // (Greenplum's statements): the fields up to it are the record's, the open one the rest of
    // this line.
    if (openQuote) {
        const int last = int(fields.size()) - 1;
        if (last < m_columns.message || std::max({m_columns.time, m_columns.level, m_columns.component,
                                                  m_columns.entity, m_columns.clock}) > last)
            return;
        fields.resize(std::size_t(m_columns.count));
    } else if (int(fields.size()) != m_columns.count) {
        return;
    }
    if (!m_header.empty() && line == m_header) {
        out.fitted = true;
        out.directive = true; // the line that names the columns
        return;
    }
    // Without the blanks a writer puts after its commas (", INFO").
    const auto at = [&](int c) {
        std::string_view field = c < 0 ? std::string_view() : fields[std::size_t(c)];
        while (!field.empty() && field.front() == ' ')
            field.remove_prefix(1);
        return field;
    };
    out.fitted = true;
    out.message = at(m_columns.message);
    // Commas written unquoted in a message before the last column (RavenDB's "Time, Thread, Level,
    // Source, Logger, Message, Exception": "Request POST … took 6563 ms, status code 200, "): the
    // columns after the message take one field each from the end of the line, and the message the
    // rest, as the last column would.
    if (const int after = m_columns.count - 1 - m_columns.message;
        m_columns.lastTakesRest && after > 0 && !out.message.empty() && out.message.front() != '"' &&
        fields.back().find(',') != std::string_view::npos &&
        fields.back().find('"') == std::string_view::npos) {
        std::size_t end = line.size();
        if (end > 0 && line[end - 1] == '\r') --end;
        for (int k = 0; k < after && end != std::string_view::npos; ++k)
            end = end == 0 ? std::string_view::npos : line.rfind(',', end - 1);
        const std::size_t begin = std::size_t(out.message.data() - line.data());
        if (end != std::string_view::npos && end > begin) out.message = line.substr(begin, end - begin);
    }
    if (m_columns.valuesOnly) {
        // The row past its stamp, mined as one value a field.
        const int first = m_columns.time == 0 ? (m_columns.clock == 1 ? 2 : 1) : 0;
        if (first < m_columns.count) {
            out.message = line.substr(std::size_t(fields[std::size_t(first)].data() - line.data()));
            if (out.message.data() > line.data() && out.message.data()[-1] == '"')
                out.message = line.substr(std::size_t(out.message.data() - line.data()) - 1);
            if (!out.message.empty() && out.message.back() == '\r') out.message.remove_suffix(1);
            out.escapes = MessageEscapes::CsvValues;
        }
    } else if (out.message.data() > line.data() && out.message.data()[-1] == '"' &&
               out.message.find("\"\"") != std::string_view::npos) {
        // A quoted field writes its quotes doubled (violates ""orders_pkey"").
        out.escapes = MessageEscapes::DoubledQuotes;
    }
    out.level = at(m_columns.level);
    out.component = at(m_columns.component);
    out.entity = at(m_columns.entity);
    if (m_columns.time >= 0) out.time = scanTime(at(m_columns.time));
    if (m_columns.clock >= 0) joinClock(out.time, scanTime(at(m_columns.clock)));
}

std::string CsvColumnsParser::formatString() const
{
    std::string spec = "csv:" + std::to_string(m_columns.count);
    for (const auto& [name, column] : {std::pair<const char*, int>{"time", m_columns.time},
                                       {"level", m_columns.level},
                                       {"message", m_columns.message},
                                       {"component", m_columns.component},
                                       {"entity", m_columns.entity},
                                       {"clock", m_columns.clock}})
        if (column >= 0) spec += "," + std::string(name) + "=" + std::to_string(column + 1);
    if (m_columns.lastTakesRest) spec += ",rest";
    if (m_columns.valuesOnly) spec += ",values";
    return spec;
}

std::string CsvColumnsParser::fieldKinds() const
{
    std::string kinds;
    for (int c = 0; c < m_columns.count; ++c) {
        const char* kind = c == m_columns.time        ? "time"
                           : c == m_columns.level     ? "level"
                           : c == m_columns.message   ? "message"
                           : c == m_columns.component ? "component"
                           : c == m_columns.entity    ? "entity"
                           : c == m_columns.clock     ? "time"
                                                      : "other";
        kinds += (kinds.empty() ? "" : ";") + std::string(kind);
    }
    return kinds;
}

} // namespace logsleuth::text
