// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "access_log.h"
#include "positional.h"

#include "../ascii.h"

#include "logsleuth/text/time_scan.h"

#include <algorithm>

namespace logsleuth::text {
namespace {

using ascii::isDigit;
using detail::nextWord;

// Reads one access-log line into `out`; false when it has not the format. Servers escape a
// quote inside the request as \" (Apache) or \x22 (nginx), so a quote after a backslash does not
// end it.
bool read(std::string_view line, bool virtualHost, RecordParts& out)
{
    line = detail::withoutReturn(line);
    std::size_t at = 0;
    const std::string_view host = virtualHost ? nextWord(line, at) : std::string_view();
    const std::string_view client = nextWord(line, at);
    const std::string_view ident = nextWord(line, at);
    const std::string_view user = nextWord(line, at);
    if ((virtualHost && host.empty()) || client.empty() || ident.empty() || user.empty()) return false;
    if (at >= line.size() || line[at] != '[') return false;
    const std::size_t close = line.find(']', at);
    if (close == std::string_view::npos) return false;
    const std::string_view stamp = line.substr(at + 1, close - at - 1);
    const RawTime time = scanTime(stamp);
    if (time.length == 0 || time.length != stamp.size()) return false;
    at = close + 1;
    if (line.substr(at, 2) != " \"") return false;
    const std::size_t request = at + 1;
    std::size_t end = request + 1;
    for (; end < line.size(); ++end) {
        if (line[end] == '\\')
            ++end;
        else if (line[end] == '"')
            break;
    }
    if (end >= line.size()) return false;
    at = end + 1;
    if (at >= line.size() || line[at] != ' ') return false;
    ++at;
    const std::string_view status = nextWord(line, at);
    if (status.size() != 3 || !isDigit(status[0]) || !isDigit(status[1]) || !isDigit(status[2])) return false;
    const std::string_view size = nextWord(line, at);
    if (size.empty() || (size != "-" && !std::all_of(size.begin(), size.end(), isDigit))) return false;
    out.fitted = true;
    out.time = time;
    out.level = status;
    out.entity = client;
    out.component = host;
    out.message = line.substr(request);
    out.accessLine = true;
    return true;
}

} // namespace

std::unique_ptr<AccessLogParser> AccessLogParser::create(std::string_view spec, std::string& error)
{
    if (spec == "ncsa") return std::make_unique<AccessLogParser>(false);
    if (spec == "ncsa:vhost") return std::make_unique<AccessLogParser>(true);
    error = "format: expected ncsa or ncsa:vhost, not " + std::string(spec);
    return nullptr;
}

std::unique_ptr<AccessLogParser> AccessLogParser::fromSample(const std::vector<std::string_view>& sample)
{
    RecordParts parts;
    const double plain =
        detail::shareThatReads(sample, [&](std::string_view line) { return read(line, false, parts); });
    const double led =
        detail::shareThatReads(sample, [&](std::string_view line) { return read(line, true, parts); });
    if (std::max(plain, led) < detail::kPositionalFitted) return nullptr;
    return std::make_unique<AccessLogParser>(led > plain);
}

void AccessLogParser::parse(std::string_view line, RecordParts& out) const
{
    out = RecordParts{};
    if (!read(line, m_virtualHost, out)) {
        out = RecordParts{};
        out.message = line;
    }
}

} // namespace logsleuth::text
