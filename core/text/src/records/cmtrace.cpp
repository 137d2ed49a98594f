// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "cmtrace.h"
#include "../ascii.h"
#include "positional.h"

#include "logsleuth/text/time_scan.h"

#include <charconv>

namespace logsleuth::text {
namespace {

constexpr std::string_view kOpening = "<![LOG[";
constexpr std::string_view kClosing = "]LOG]!><";

// The value of attribute `name` in the fields after the message (`time="…"`); empty when absent.
std::string_view attribute(std::string_view fields, std::string_view name)
{
    for (std::size_t at = fields.find(name); at != std::string_view::npos; at = fields.find(name, at + 1)) {
        const std::size_t open = at + name.size();
        const bool starts = at == 0 || fields[at - 1] == ' ' || fields[at - 1] == '<';
        if (!starts || fields.substr(open, 2) != "=\"") continue;
        const std::size_t close = fields.find('"', open + 2);
        if (close == std::string_view::npos) return {};
        return fields.substr(open + 2, close - open - 2);
    }
    return {};
}

int number(std::string_view text)
{
    int value = -1;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc{} && end == text.data() + text.size() ? value : -1;
}

// "12-1-2026" and "10:04:41.6213175+480" as one stamp; length 0 when they do not read.
RawTime stampOf(std::string_view date, std::string_view clock)
{
    RawTime t;
    const std::size_t first = date.find('-'), second = date.rfind('-');
    if (first == std::string_view::npos || second == first) return t;
    const int month = number(date.substr(0, first)), day = number(date.substr(first + 1, second - first - 1)),
              year = number(date.substr(second + 1));
    if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1970) return t;
    // The bias after the clock, in minutes: UTC is the local time plus it.
    int bias = 0;
    bool biased = false;
    if (const std::size_t sign = clock.find_first_of("+-"); sign != std::string_view::npos) {
        bias = number(clock.substr(sign + 1));
        biased = bias >= 0;
        if (clock[sign] == '-') bias = -bias;
        clock = clock.substr(0, sign);
    }
    const RawTime ofDay = scanTime(clock);
    if (!ofDay.isClockOnly()) return t;
    t.length = date.size();
    t.date[0] = year;
    t.date[1] = month;
    t.date[2] = day;
    t.dateParts = 3;
    t.yearDigits[0] = 4;
    t.monthByName = true; // the order is fixed: {year, month, day}
    joinClock(t, ofDay);
    if (biased) {
        t.hasZone = true;
        t.zoneMinutes = -bias;
    }
    return t;
}

std::string_view levelOfType(std::string_view type)
{
    if (type == "1") return "info";
    if (type == "2") return "warning";
    if (type == "3") return "error";
    return type;
}

// Reads a line that opens a record into `out`; false when it opens none.
bool read(std::string_view line, RecordParts& out)
{
    line = detail::withoutReturn(line);
    if (!line.starts_with(kOpening)) return false;
    out.fitted = true;
    const std::size_t closing = line.find(kClosing, kOpening.size());
    if (closing == std::string_view::npos) { // the message goes on over the lines after
        out.message = line.substr(kOpening.size());
        return true;
    }
    out.message = line.substr(kOpening.size(), closing - kOpening.size());
    const std::string_view fields = line.substr(closing + kClosing.size());
    out.time = stampOf(attribute(fields, "date"), attribute(fields, "time"));
    out.level = levelOfType(attribute(fields, "type"));
    out.component = attribute(fields, "component");
    return true;
}

} // namespace

std::unique_ptr<CmtraceParser> CmtraceParser::fromSample(const std::vector<std::string_view>& sample)
{
    RecordParts parts;
    if (detail::shareThatReads(sample, [&](std::string_view line) { return read(line, parts); }) < 0.5)
        return nullptr;
    return std::make_unique<CmtraceParser>();
}

void CmtraceParser::parse(std::string_view line, RecordParts& out) const
{
    out = RecordParts{};
    if (read(line, out)) return;
    out = RecordParts{};
    // A line of a message that runs on; its last holds the record's fields after it.
    const std::string_view text = detail::withoutReturn(line);
    const std::size_t closing = text.find(kClosing);
    out.message = closing == std::string_view::npos ? text : text.substr(0, closing);
    out.continuation = true;
}

} // namespace logsleuth::text
