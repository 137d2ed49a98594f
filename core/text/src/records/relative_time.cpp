// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Times counted from a start rather than written on a calendar: a kernel's seconds since boot
// and a program's milliseconds since it started. Both are read as that long after the epoch,
// with `uptime` set, so a run's lines keep their spacing for windows and the timeline.
#include "../ascii.h"
#include "logsleuth/text/time_scan.h"
#include "time_cursor.h"

#include <algorithm>
#include <cstdint>

namespace logsleuth::text {

using detail::Cursor;

RawTime scanMillisecondsSinceStart(std::string_view text)
{
    RawTime t;
    const std::size_t written = text.size();
    // (Right-aligned, as "%8.2f" writes it, where a given format's field takes the padding.)
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    if (text.size() >= 2 && text.front() == '(' && text.back() == ')') text = text.substr(1, text.size() - 2);
    // Seconds with a fraction count as well (FlightGear's "%8.2f": "   12.34", darktable's "%11.4f":
    // "    20.8598"), to the millisecond.
    const std::size_t dot = text.find('.');
    const std::string_view whole = text.substr(0, dot);
    const std::string_view fraction =
        dot == std::string_view::npos ? std::string_view() : text.substr(dot + 1);
    if (whole.empty() || text.size() > 12 || !std::all_of(whole.begin(), whole.end(), ascii::isDigit) ||
        (dot != std::string_view::npos && (fraction.empty() || fraction.size() > 6 ||
                                           !std::all_of(fraction.begin(), fraction.end(), ascii::isDigit))))
        return t;
    std::int64_t ms = 0;
    for (char c : whole)
        ms = ms * 10 + (c - '0');
    if (dot != std::string_view::npos) {
        ms *= 1000;
        ms += (fraction[0] - '0') * 100 + (fraction.size() > 1 ? (fraction[1] - '0') * 10 : 0) +
              (fraction.size() > 2 ? fraction[2] - '0' : 0);
    }
    t.length = written;
    t.epoch = true;
    t.uptime = true;
    t.epochMs = ms;
    return t;
}

RawTime scanUptime(std::string_view text)
{
    Cursor c{text};
    while (c.peek() == ' ')
        ++c.p;
    const long long seconds = c.number(1, 10);
    if (seconds < 0 || c.peek() != '.') return {};
    ++c.p;
    const std::size_t digits = c.digitsAhead();
    const long long fraction = c.number(3, 9);
    // The unit written after the count ("[    59.217144s]", Rust tracing's uptime in Linkerd).
    if (c.peek() == 's' && !ascii::isAlnum(c.peek(1))) ++c.p;
    if (fraction < 0 || ascii::isAlnum(c.peek()) || c.peek() == '.') return {};
    long long millis = fraction;
    for (std::size_t k = 3; k < digits; ++k)
        millis /= 10;
    RawTime t;
    t.epoch = true;
    t.uptime = true;
    t.epochMs = seconds * 1000 + millis;
    t.length = c.p;
    return t;
}

} // namespace logsleuth::text
