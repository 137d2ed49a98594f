// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "syslog_priority.h"

#include "../ascii.h"
#include "nested_header.h"
#include "positional.h"

#include "logsleuth/text/time_scan.h"

#include <array>

namespace logsleuth::text {
namespace {

using ascii::isDigit;
using detail::nextWord;
using detail::withoutReturn;

// Syslog's names of its eight severities, by number.
constexpr std::array<std::string_view, 8> kSeverityNames{"emerg",   "alert",  "crit", "err",
                                                         "warning", "notice", "info", "debug"};

// `<PRI>` at the start of the line: its severity's name, and `at` just after it; empty when none.
std::string_view priority(std::string_view line, std::size_t& at)
{
    if (line.size() < 3 || line[0] != '<') return {};
    std::size_t end = 1;
    unsigned value = 0;
    while (end < line.size() && end <= 3 && isDigit(line[end]))
        value = value * 10 + unsigned(line[end++] - '0');
    if (end == 1 || end >= line.size() || line[end] != '>' || value > 191) return {};
    at = end + 1;
    return kSeverityNames[value % 8];
}

std::string_view unlessNil(std::string_view field)
{
    return field == "-" ? std::string_view() : field;
}

// Past the structured data at `at` ("-" or one or more [id name="value" …] elements, a quote or
// a bracket escaped with a backslash inside values); false when it is malformed.
bool skipStructuredData(std::string_view line, std::size_t& at)
{
    if (at < line.size() && line[at] == '-') {
        ++at;
        return true;
    }
    if (at >= line.size() || line[at] != '[') return false;
    while (at < line.size() && line[at] == '[') {
        bool quoted = false;
        std::size_t p = at + 1;
        for (; p < line.size(); ++p) {
            if (line[p] == '\\') {
                ++p;
            } else if (line[p] == '"') {
                quoted = !quoted;
            } else if (line[p] == ']' && !quoted) {
                break;
            }
        }
        if (p >= line.size()) return false;
        at = p + 1;
    }
    return true;
}

bool read5424(std::string_view line, RecordParts& out)
{
    std::size_t at = 0;
    const std::string_view level = priority(line, at);
    if (level.empty()) return false;
    const std::string_view version = nextWord(line, at);
    if (version.empty() || version.size() > 2 || !isDigit(version[0])) return false;
    const std::string_view stamp = nextWord(line, at);
    RawTime time;
    if (stamp != "-") {
        time = scanTime(stamp);
        if (time.length != stamp.size()) return false;
    }
    const std::string_view host = nextWord(line, at), app = nextWord(line, at), process = nextWord(line, at),
                           messageId = nextWord(line, at);
    if (host.empty() || app.empty() || process.empty() || messageId.empty()) return false;
    if (!skipStructuredData(line, at)) return false;
    if (at < line.size() && line[at] == ' ') ++at;
    std::string_view message = line.substr(at);
    if (message.starts_with("\xEF\xBB\xBF")) message.remove_prefix(3); // the BOM RFC 5424 allows
    out.fitted = true;
    out.level = level;
    out.time = time;
    out.entity = unlessNil(host);
    out.component = unlessNil(app);
    out.message = message;
    return true;
}

bool readPriorityOnly(std::string_view line, RecordParts& out)
{
    std::size_t at = 0;
    const std::string_view level = priority(line, at);
    if (level.empty() || at >= line.size()) return false;
    out.fitted = true;
    out.level = level;
    out.message = line.substr(at);
    return true;
}

} // namespace

std::unique_ptr<RecordParser> SyslogPriorityParser::create(std::string_view spec, std::string& error)
{
    if (spec == "rfc5424") return std::make_unique<SyslogPriorityParser>(Kind::Rfc5424);
    if (spec == "syslog") return std::make_unique<SyslogPriorityParser>(Kind::PriorityOnly);
    error = "format: expected rfc5424 or syslog, not " + std::string(spec);
    return nullptr;
}

std::unique_ptr<RecordParser> SyslogPriorityParser::fromSample(const std::vector<std::string_view>& sample)
{
    RecordParts parts;
    const auto share = [&](bool (*read)(std::string_view, RecordParts&)) {
        return detail::shareThatReads(
            sample, [&](std::string_view line) { return read(withoutReturn(line), parts); });
    };
    if (share(read5424) >= detail::kPositionalFitted)
        return std::make_unique<SyslogPriorityParser>(Kind::Rfc5424);
    if (share(readPriorityOnly) < detail::kPositionalFitted) return nullptr;
    return NestedHeaderParser::wrapIfNested(std::make_unique<SyslogPriorityParser>(Kind::PriorityOnly),
                                            sample);
}

void SyslogPriorityParser::parse(std::string_view line, RecordParts& out) const
{
    out = RecordParts{};
    line = withoutReturn(line);
    if (!(m_kind == Kind::Rfc5424 ? read5424(line, out) : readPriorityOnly(line, out))) {
        out = RecordParts{};
        out.message = line;
    }
}

} // namespace logsleuth::text
