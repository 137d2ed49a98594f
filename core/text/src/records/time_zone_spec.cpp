// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The zone `--tz` names for stamps that write none: UTC, an offset, or a zone of the IANA
// database where the standard library has one.
#include "logsleuth/text/time_scan.h"

#include "../ascii.h"
#include "time_cursor.h"

#include <chrono>
#include <optional>

namespace logsleuth::text {

using ascii::isDigit;
using detail::Cursor;

std::optional<TimeZoneSpec> TimeZoneSpec::parse(std::string_view spec)
{
    if (spec.empty() || spec == "UTC" || spec == "Z" || spec == "utc" || spec == "GMT")
        return TimeZoneSpec{0};
    if (spec[0] == '+' || spec[0] == '-') {
        Cursor c{spec, 1};
        const long long hh = c.digitsAhead() == 1 ? c.fixedDigits(1) : c.fixedDigits(2);
        long long mm = 0;
        if (hh < 0 || hh > 14) return std::nullopt;
        if (c.literal(':') || isDigit(c.peek())) mm = c.fixedDigits(2);
        if (mm < 0 || mm > 59 || c.p != spec.size()) return std::nullopt;
        return TimeZoneSpec{static_cast<int>((hh * 60 + mm) * (spec[0] == '-' ? -1 : 1))};
    }
#if defined(__cpp_lib_chrono) && __cpp_lib_chrono >= 201907L
    try {
        const auto* zone = std::chrono::locate_zone(spec);
        const auto info = zone->get_info(std::chrono::system_clock::now());
        return TimeZoneSpec{static_cast<int>(info.offset.count() / 60)};
    } catch (const std::exception&) {
        return std::nullopt;
    }
#else
    return std::nullopt;
#endif
}

} // namespace logsleuth::text
