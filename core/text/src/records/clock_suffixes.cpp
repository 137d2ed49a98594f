// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "clock_suffixes.h"

#include "../ascii.h"

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace logsleuth::text::detail {

// The offset of a zone abbreviation that names one zone in common use (CST is taken as North
// America's, as most logs that write it mean); none for others.
std::optional<int> zoneAbbreviationMinutes(std::string_view name)
{
    static constexpr std::array<std::pair<std::string_view, int>, 25> zones{{
        {"UT", 0},     {"WET", 0},    {"WEST", 60},  {"BST", 60},   {"CET", 60},
        {"CEST", 120}, {"MET", 60},   {"MEST", 120}, {"EET", 120},  {"EEST", 180},
        {"MSK", 180},  {"EST", -300}, {"EDT", -240}, {"CST", -360}, {"CDT", -300},
        {"MST", -420}, {"MDT", -360}, {"PST", -480}, {"PDT", -420}, {"AKST", -540},
        {"HST", -600}, {"JST", 540},  {"KST", 540},  {"AEST", 600}, {"AEDT", 660},
    }};
    for (const auto& [zone, minutes] : zones)
        if (zone == name) return minutes;
    return std::nullopt;
}

namespace {

using namespace ascii;

// "AM"/"PM" (or in lower case) right at the cursor, a word's end after it.
bool glued12Hour(Cursor& c, RawTime& t)
{
    const std::string_view rest = c.s.substr(c.p);
    if (rest.size() < 2 || lower(rest[1]) != 'm' || (lower(rest[0]) != 'a' && lower(rest[0]) != 'p') ||
        isUpper(rest[0]) != isUpper(rest[1]) || (rest.size() > 2 && (isAlpha(rest[2]) || isDigit(rest[2]))))
        return false;
    (lower(rest[0]) == 'p' ? t.pm : t.am) = true;
    c.p += 2;
    return true;
}

// After a clock: "Z", "+01:00", "+0100", "+060" (minutes), "+01", " +0100", " +01", " UTC",
// " AM"/" PM" (or glued), ctime's " 2005".
} // namespace

void clockSuffixes(Cursor& c, RawTime& t, bool yearMissing)
{
    for (int round = 0; round < 3; ++round) {
        const Cursor start = c;
        if (c.peek() == 'Z' && !isAlpha(c.peek(1))) {
            ++c.p;
            t.hasZone = true;
            t.zoneMinutes = 0;
            continue;
        }
        const bool spaced = c.spaces() == 1;
        // AM or PM glued to the clock, as Go's time.Kitchen writes it ("3:04PM", zerolog's console).
        if (!spaced && t.hour >= 1 && t.hour <= 12 && glued12Hour(c, t)) continue;
        const char sign = c.peek();
        if ((sign == '+' || sign == '-') && isDigit(c.peek(1))) {
            ++c.p;
            // Three digits: the offset in minutes, as DB2 writes it ("+000", "-300", "+330").
            if (!spaced && c.digitsAhead() == 3) {
                const long long minutes = c.number(3, 3);
                if (minutes <= 14 * 60 && atBoundary(c)) {
                    t.hasZone = true;
                    t.zoneMinutes = static_cast<int>(minutes * (sign == '-' ? -1 : 1));
                    continue;
                }
                c = start;
                break;
            }
            const long long hh = c.fixedDigits(2);
            if (hh >= 0) {
                c.literal(':');
                const long long mm = c.fixedDigits(2);
                if (mm >= 0 && hh <= 14 && atBoundary(c)) {
                    t.hasZone = true;
                    t.zoneMinutes = static_cast<int>((hh * 60 + mm) * (sign == '-' ? -1 : 1));
                    continue;
                }
            }
            // "+01", spaced too as Duplicati writes it ("2026-11-11 02:00:02 +01 - …").
            if (hh >= 0 && hh <= 14 && c.peek() != ':' && atBoundary(c) &&
                (!spaced || c.peek() == ' ' || c.p == c.s.size())) {
                t.hasZone = true;
                t.zoneMinutes = static_cast<int>(hh * 60 * (sign == '-' ? -1 : 1));
                continue;
            }
            c = start;
            break;
        }
        if (spaced) {
            const std::string_view rest = c.s.substr(c.p);
            // A word of its own: "PM" but not "pm8v9i" (an Exim message id after a clock).
            auto word = [&](std::string_view w) {
                return rest.size() >= w.size() && rest.substr(0, w.size()) == w &&
                       (rest.size() == w.size() || (!isAlpha(rest[w.size()]) && !isDigit(rest[w.size()])));
            };
            if (word("UTC") || word("GMT")) {
                c.p += 3;
                t.hasZone = true;
                t.zoneMinutes = 0;
                // ... with its offset in hours ("GMT+1", "UTC-5", "GMT+05:30").
                if (const char offsetSign = c.peek();
                    (offsetSign == '+' || offsetSign == '-') && isDigit(c.peek(1))) {
                    const Cursor beforeOffset = c;
                    ++c.p;
                    const long long hh = c.number(1, 2);
                    long long mm = 0;
                    if (c.peek() == ':' && isDigit(c.peek(1))) {
                        ++c.p;
                        mm = c.number(2, 2);
                    }
                    if (hh < 0 || hh > 14 || mm < 0 || mm > 59 || !atBoundary(c)) {
                        c = beforeOffset;
                    } else {
                        t.zoneMinutes = static_cast<int>((hh * 60 + mm) * (offsetSign == '-' ? -1 : 1));
                    }
                }
                continue;
            }
            // A zone named by its abbreviation, as date(1) and Java write it ("CET", "PDT").
            // An abbreviation this list does not hold is still part of the stamp when a year
            // follows it (date(1)'s "10:00:00 AEST 2026"); its time is then read as zone-less.
            std::size_t letters = 0;
            while (letters < rest.size() && isUpper(rest[letters]))
                ++letters;
            if (letters >= 2 && letters <= 5 && (letters == rest.size() || !isAlpha(rest[letters]))) {
                if (const auto offset = zoneAbbreviationMinutes(rest.substr(0, letters))) {
                    c.p += letters;
                    t.hasZone = true;
                    t.zoneMinutes = *offset;
                    continue;
                }
                if (yearMissing && rest.size() >= letters + 5 && rest[letters] == ' ' &&
                    isDigit(rest[letters + 1]) && isDigit(rest[letters + 4]) &&
                    (rest.size() == letters + 5 || !isDigit(rest[letters + 5]))) {
                    c.p += letters;
                    continue;
                }
            }
            if ((word("AM") || word("PM") || word("am") || word("pm")) && t.hour >= 1 && t.hour <= 12) {
                (lower(rest[0]) == 'p' ? t.pm : t.am) = true;
                c.p += 2;
                continue;
            }
            if (yearMissing && c.digitsAhead() == 4) {
                const long long y = c.number(4, 4);
                if (y >= 1970 && y <= 2100 && atBoundary(c)) {
                    t.date[0] = static_cast<int>(y);
                    t.yearDigits[0] = 4;
                    yearMissing = false;
                    continue;
                }
            }
        }
        c = start;
        break;
    }
}

} // namespace logsleuth::text::detail
