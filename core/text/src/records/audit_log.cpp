// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "audit_log.h"
#include "positional.h"

#include "logsleuth/text/time_scan.h"

namespace logsleuth::text {
namespace {

// Reads "type=T msg=audit(EPOCH:SERIAL): rest" into `out`; false when the line is no audit record.
bool read(std::string_view line, RecordParts& out)
{
    line = detail::withoutReturn(line);
    if (!line.starts_with("type=")) return false;
    const std::size_t typeEnd = line.find(' ', 5);
    if (typeEnd == std::string_view::npos || typeEnd == 5) return false;
    constexpr std::string_view kStamp = " msg=audit(";
    if (line.substr(typeEnd, kStamp.size()) != kStamp) return false;
    const std::size_t open = typeEnd + kStamp.size();
    const std::size_t close = line.find("):", open);
    if (close == std::string_view::npos) return false;
    const std::string_view stamp = line.substr(open, close - open);
    const std::size_t colon = stamp.find(':');
    const RawTime time = scanTime(stamp.substr(0, colon));
    if (colon == std::string_view::npos || time.length != colon) return false;
    std::size_t rest = close + 2;
    if (rest < line.size() && line[rest] == ' ') ++rest;
    out.fitted = true;
    out.component = line.substr(5, typeEnd - 5);
    out.componentIsType = true;
    out.time = time;
    out.message = line.substr(rest);
    return true;
}

} // namespace

std::unique_ptr<AuditLogParser> AuditLogParser::fromSample(const std::vector<std::string_view>& sample)
{
    RecordParts parts;
    if (detail::shareThatReads(sample, [&](std::string_view line) { return read(line, parts); }) <
        detail::kPositionalFitted)
        return nullptr;
    return std::make_unique<AuditLogParser>();
}

void AuditLogParser::parse(std::string_view line, RecordParts& out) const
{
    out = RecordParts{};
    if (!read(line, out)) {
        out = RecordParts{};
        out.message = line;
    }
}

} // namespace logsleuth::text
