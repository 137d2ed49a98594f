// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "weblogic.h"
#include "../ascii.h"
#include "positional.h"

#include "logsleuth/text/time_scan.h"

#include <array>

namespace logsleuth::text {
namespace {

constexpr std::string_view kOpening = "####<";
constexpr std::string_view kBetween = "> <"; // what separates two fields
constexpr std::size_t kMaxFields = 16;

// "BEA-310002", "WL-000365": the message id that stands right before the message (capitals, a
// dash, digits; a thread named "Timer-2" is none).
bool isMessageId(std::string_view field)
{
    const std::size_t dash = field.find('-');
    if (dash == std::string_view::npos || dash == 0 || dash + 1 == field.size()) return false;
    for (std::size_t i = 0; i < field.size(); ++i) {
        const char c = field[i];
        if (i < dash ? !ascii::isUpper(c) : i > dash && !ascii::isDigit(c)) return false;
    }
    return true;
}

// Reads a record's opening line into `out`; false when the line opens no record.
bool read(std::string_view line, RecordParts& out)
{
    line = detail::withoutReturn(line);
    if (!line.starts_with(kOpening)) return false;
    std::array<std::string_view, kMaxFields> fields;
    std::size_t count = 0, at = kOpening.size(), messageAt = std::string_view::npos;
    while (count < kMaxFields) {
        const std::size_t end = line.find(kBetween, at);
        if (end == std::string_view::npos) break;
        fields[count++] = line.substr(at, end - at);
        at = end + kBetween.size();
        // The id follows the stamp, severity, subsystem, machine, server, thread, user,
        // transaction, context and raw time at least.
        if (count > 9 && isMessageId(fields[count - 1])) {
            messageAt = at;
            break;
        }
    }
    if (count < 4) return false;
    const RawTime time = scanTime(fields[0]);
    if (time.length == 0) return false;
    // Without a message id (an older release's shorter record), the message is the last field.
    std::string_view message =
        ascii::trimTrailingBlanks(line.substr(messageAt != std::string_view::npos ? messageAt : at));
    if (!message.empty() && message.back() == '>') message.remove_suffix(1);
    out.fitted = true;
    out.time = time;
    out.level = fields[1];
    out.component = fields[2];
    out.entity = fields[3];
    out.message = message;
    return true;
}

} // namespace

std::unique_ptr<WebLogicParser> WebLogicParser::fromSample(const std::vector<std::string_view>& sample)
{
    // The opening is distinctive, and a stack trace may fill most of a sample's lines: a third
    // of them opening records is enough.
    RecordParts parts;
    if (detail::shareThatReads(sample, [&](std::string_view line) { return read(line, parts); }) < 0.3)
        return nullptr;
    return std::make_unique<WebLogicParser>();
}

void WebLogicParser::parse(std::string_view line, RecordParts& out) const
{
    out = RecordParts{};
    if (!read(line, out)) {
        out = RecordParts{};
        out.message = line;
        out.continuation = true; // only "####<" opens a record
    }
}

} // namespace logsleuth::text
