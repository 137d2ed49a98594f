// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Timestamps described by their parts and separators, not by a list of known formats: a date
// (year, month, day in any order, numeric or with month names, dashed, dotted, slashed or
// compact), a time of day (colon- or dot-separated, with a fraction after '.', ',' or ':'),
// weekday names, zones, and epoch seconds or milliseconds. What a source writes ambiguously
// (is 03/04/05 day-first?) is settled once per source from a sample, by chooseDateOrder().
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace logsleuth::text {

enum class DateOrder : std::uint8_t { YearMonthDay, MonthDayYear, DayMonthYear };

// A timestamp as written: the numbers in the order they appear. -1 means "not written".
struct RawTime {
    std::size_t length = 0; // bytes of the text it spans; 0: no timestamp here
    // Date: for numeric dates, the three (or two) numbers in written order; `yearFirst` when
    // the first is a 4-digit year (no ambiguity then). `monthByName` when a month name fixed it.
    int date[3] = {-1, -1, -1};
    std::uint8_t dateParts = 0; // 0 (none), 2 (month and day) or 3
    std::uint8_t yearDigits[3] = {0, 0, 0};
    bool yearFirst = false;
    bool monthByName = false; // then date = {year or -1, month, day}
    int hour = -1, minute = -1, second = -1;
    std::int32_t nanos = 0;
    bool pm = false, am = false;
    bool hasZone = false;
    int zoneMinutes = 0;
    bool epoch = false;  // epochMs holds the instant
    bool uptime = false; // with `epoch`: the instant counts from boot, not from 1970
    std::int64_t epochMs = 0;

    bool hasDate() const { return dateParts > 0 || epoch; }
    bool hasTimeOfDay() const { return hour >= 0 || epoch; }
    // A clock without a date ("10:00:01"), which a date written apart from it may take.
    bool isClockOnly() const { return !epoch && dateParts == 0 && hour >= 0; }
    // Finer is better: 0 nothing, 1 date, 2 minutes, 3 seconds, 4 sub-second.
    int resolution() const;
    bool hasYear() const;
    // How much a stamp tells, to choose among several on a line: a year first, then the finest.
    // A kernel's seconds since boot tell least: they place a line on no calendar.
    int information() const { return uptime ? 0 : (hasYear() ? 10 : 0) + resolution(); }
};

// A date written apart from its clock ("01/12/2026 -- 10:00:01 - …"): the clock joins the date
// when the date has none. Anything else leaves `date` as it is.
inline void joinClock(RawTime& date, const RawTime& clock)
{
    if (date.length == 0 || date.epoch || date.dateParts == 0 || date.hour >= 0 || clock.length == 0 ||
        !clock.isClockOnly())
        return;
    date.hour = clock.hour;
    date.minute = clock.minute;
    date.second = clock.second;
    date.nanos = clock.nanos;
    date.pm = clock.pm;
    date.am = clock.am;
    if (!date.hasZone && clock.hasZone) {
        date.hasZone = true;
        date.zoneMinutes = clock.zoneMinutes;
    }
}

// Scans a timestamp that starts exactly at text[0]. It must end at a boundary (not inside a
// word or a number). A bare date needs a year; a month-day pair or a compact date needs a
// time of day after it, so that ordinary numbers are not taken for dates.
RawTime scanTime(std::string_view text);

// Seconds since boot as a kernel ring buffer writes them inside its brackets, right-aligned:
// "    0.000000", "3601.200002" (blanks, up to ten digits, '.', three to nine digits, an 's'
// as Rust's tracing writes it, then no word or number goes on). Read as an instant that many seconds after
// the epoch, so a boot's lines keep their spacing for windows and the timeline; `uptime` tells it from a true
// instant.
RawTime scanUptime(std::string_view text);

// Milliseconds since a program started, as some loggers count them in a column of their own
// (log4net's "%timestamp", ESP-IDF's "(1234)"): digits alone, up to twelve, in parentheses or
// not; or seconds with a fraction of one or two digits (FlightGear's "12.34"). Read as an instant that many
// milliseconds after the epoch, with `uptime` set, as a kernel's seconds since boot are; length 0 for
// anything else.
RawTime scanMillisecondsSinceStart(std::string_view text);

// Picks the order that makes every sampled date valid, preferring the one that is most
// plausible for logs (year first when the leading number changes least).
// `referenceMs` (the file's modification time, 0 when unknown) settles a sample that several
// orders read validly when exactly one of them puts its dates in the month before it: a log is
// mostly written shortly before its file was last changed (12/1/26 in a file of early December
// 2026 is the first of December, not 2012-01-26). Otherwise the sample's shape decides.
DateOrder chooseDateOrder(const std::vector<RawTime>& samples, std::int64_t referenceMs = 0);

// How zone-less stamps are read: a fixed offset from UTC (IANA names are resolved to their
// current offset when the standard library has a time-zone database).
struct TimeZoneSpec {
    int offsetMinutes = 0;
    static std::optional<TimeZoneSpec>
    parse(std::string_view spec); // "UTC", "+02:00", "-0500", "Europe/Berlin"
};

struct TimeContext {
    DateOrder order = DateOrder::YearMonthDay;
    TimeZoneSpec zone;
    // For stamps without a year: the year of this reference instant (a file's modification
    // time), one year earlier when the date would lie after it.
    std::int64_t referenceMs = 0;
};

// For a stamp with a clock and no date ("10:00:00.123"): milliseconds since its midnight, on
// its own clock. Nothing for any other stamp.
std::optional<std::int64_t> clockOfDayMs(const RawTime& raw);
// How far the stamp's clock runs ahead of UTC: its own zone, else the given one.
std::int64_t zoneOffsetMs(const RawTime& raw, const TimeZoneSpec& zone);

// Milliseconds since the Unix epoch (UTC), or nothing when the stamp has no full date.
std::optional<std::int64_t> resolveTime(const RawTime& raw, const TimeContext& context);

// Days since 1970-01-01 for a proleptic Gregorian date (month 1-12).
std::int64_t daysFromCivil(int year, unsigned month, unsigned day);
// The day (since 1970-01-01) an instant in ms falls on, rounding down before 1970 too.
constexpr std::int64_t dayOfMs(std::int64_t ms)
{
    return ms / 86'400'000 - (ms % 86'400'000 < 0 ? 1 : 0);
}

// "2015-10-18T18:01:47.978Z": ISO 8601 in UTC with milliseconds, written into `buffer`. Empty
// for an instant outside the years 0-9999, so also for the record columns' "no time".
std::string_view formatIsoUtc(std::int64_t epochMs, char (&buffer)[32]);

// Dates for stamps that carry a clock and no date ("10:00:00.123", a console logger's
// default). A clock that runs back by more than twelve hours from the line before has passed
// midnight. The days are counted from the file's first stamped line; once the file is read, its
// last stamped line is placed on the day of the file's modification time (the day before when
// its clock lies after that time), which fixes every day before it.
class ClockDays {
public:
    static constexpr std::int64_t kDayMs = 86'400'000;

    // A line's local clock (ms since its midnight) → its local time in ms since the local
    // midnight that began the first stamped line's day (anchored: since the epoch).
    std::int64_t next(std::int64_t clockMs)
    {
        if (m_seen && clockMs + kDayMs / 2 < m_lastClock) ++m_days;
        m_seen = true;
        m_lastClock = clockMs;
        return m_anchorMs + m_days * kDayMs + clockMs;
    }
    bool anchored() const { return m_anchored; }
    // Places the last clock seen on the day of `referenceLocalMs` (a modification time on the
    // local clock) and returns what to add to the times next() gave before.
    std::int64_t anchor(std::int64_t referenceLocalMs)
    {
        std::int64_t day = dayOfMs(referenceLocalMs);
        const std::int64_t referenceClock = referenceLocalMs - day * kDayMs;
        // A stamp a little after the file's time is clock skew; far after it, yesterday's.
        if (m_lastClock > referenceClock + kSkewMs) --day;
        m_anchorMs = (day - m_days) * kDayMs;
        m_anchored = true;
        return m_anchorMs;
    }

private:
    static constexpr std::int64_t kSkewMs = 5 * 60'000;
    std::int64_t m_days = 0, m_lastClock = 0, m_anchorMs = 0;
    bool m_seen = false, m_anchored = false;
};

} // namespace logsleuth::text
