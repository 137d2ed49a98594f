// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// From the parts a stamp was read into (time_scan.cpp) to a moment: which of an ambiguous date's
// numbers is the day, the year a stamp without one lies in, the zone, milliseconds since the
// epoch, and back to ISO 8601.
#include "logsleuth/text/time_scan.h"

#include <algorithm>
#include <set>

namespace logsleuth::text {
namespace {

struct Civil {
    int year, month, day;
};

// The inverse of daysFromCivil (the same published algorithm).
Civil civilFromDays(std::int64_t days)
{
    const std::int64_t z = days + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return {static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0)), month,
            static_cast<int>(doy - (153 * mp + 2) / 5 + 1)};
}

// A year as written in full: two digits are 1970-2069, as the stamps of logs mean them.
int fullYear(int year, int yearDigits)
{
    return year >= 0 && yearDigits == 2 ? year + (year < 70 ? 2000 : 1900) : year;
}

bool validDate(int month, int day)
{
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// Year, month and day under an order; year -1 when the stamp has none.
bool datePartsIn(const RawTime& t, DateOrder order, int& year, int& month, int& day, int& yearDigits)
{
    yearDigits = 0;
    if (t.monthByName || t.yearFirst) {
        year = t.date[0];
        yearDigits = t.yearDigits[0];
        month = t.date[1];
        day = t.date[2];
        return validDate(month, day);
    }
    if (t.dateParts == 2) { // month-day or day-month
        year = -1;
        if (order == DateOrder::DayMonthYear) {
            day = t.date[0];
            month = t.date[1];
        } else {
            month = t.date[0];
            day = t.date[1];
        }
        return validDate(month, day);
    }
    if (t.dateParts != 3) return false;
    const DateOrder effective = (t.yearDigits[2] == 4 && order == DateOrder::YearMonthDay)
                                    ? DateOrder::MonthDayYear
                                    : order; // a 4-digit last part is a year
    switch (effective) {
    case DateOrder::YearMonthDay:
        year = t.date[0];
        yearDigits = t.yearDigits[0];
        month = t.date[1];
        day = t.date[2];
        break;
    case DateOrder::MonthDayYear:
        month = t.date[0];
        day = t.date[1];
        year = t.date[2];
        yearDigits = t.yearDigits[2];
        break;
    case DateOrder::DayMonthYear:
        day = t.date[0];
        month = t.date[1];
        year = t.date[2];
        yearDigits = t.yearDigits[2];
        break;
    }
    // A year is written with two digits or four: the 4 of "4/1/20" is a month or a day.
    if (yearDigits == 1) return false;
    return validDate(month, day);
}

} // namespace

int RawTime::resolution() const
{
    if (epoch) return epochMs % 1000 != 0 ? 4 : 3;
    if (second >= 0) return nanos != 0 ? 4 : 3;
    if (minute >= 0) return 2;
    return hasDate() ? 1 : 0;
}

bool RawTime::hasYear() const
{
    if (epoch) return true;
    if (monthByName || yearFirst) return date[0] >= 0;
    return dateParts == 3;
}

DateOrder chooseDateOrder(const std::vector<RawTime>& samples, std::int64_t referenceMs)
{
    bool anyAmbiguous = false;
    for (const RawTime& t : samples)
        anyAmbiguous = anyAmbiguous || (!t.monthByName && !t.yearFirst && t.dateParts >= 2);
    if (!anyAmbiguous) return DateOrder::YearMonthDay;
    auto allValid = [&](DateOrder order) {
        for (const RawTime& t : samples) {
            if (t.monthByName || t.yearFirst || t.dateParts < 2) continue;
            int y = -1, m = 0, d = 0, digits = 0;
            if (!datePartsIn(t, order, y, m, d, digits)) return false;
        }
        return true;
    };
    // Every ambiguous date of the sample within the 31 days before the reference (a day after
    // it allowed for zones); dates without a year are taken in the reference's year.
    auto beforeReference = [&](DateOrder order) {
        const std::int64_t referenceDay = dayOfMs(referenceMs);
        const int referenceYear = civilFromDays(referenceDay).year;
        for (const RawTime& t : samples) {
            if (t.monthByName || t.yearFirst || t.dateParts < 2) continue;
            int y = -1, m = 0, d = 0, digits = 0;
            if (!datePartsIn(t, order, y, m, d, digits)) return false;
            y = y < 0 ? referenceYear : fullYear(y, digits);
            const std::int64_t days = daysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
            if (days > referenceDay + 1 || days < referenceDay - 31) return false;
        }
        return true;
    };
    if (referenceMs > 0) {
        int recent = 0;
        DateOrder only = DateOrder::YearMonthDay;
        for (DateOrder order : {DateOrder::YearMonthDay, DateOrder::MonthDayYear, DateOrder::DayMonthYear})
            if (beforeReference(order)) {
                ++recent;
                only = order;
            }
        if (recent == 1) return only;
    }
    // Year first is plausible when the first number changes less than the last one does.
    std::set<int> firsts, lasts;
    bool lastIsYear = false;
    for (const RawTime& t : samples) {
        if (t.monthByName || t.yearFirst || t.dateParts < 2) continue;
        firsts.insert(t.date[0]);
        lasts.insert(t.date[t.dateParts - 1]);
        lastIsYear = lastIsYear || t.yearDigits[2] == 4;
    }
    const bool pairsOnly = std::all_of(samples.begin(), samples.end(), [](const RawTime& t) {
        return t.monthByName || t.yearFirst || t.dateParts != 3;
    });
    if (pairsOnly)
        return allValid(DateOrder::MonthDayYear) ? DateOrder::MonthDayYear : DateOrder::DayMonthYear;
    if (!lastIsYear && firsts.size() <= lasts.size() && allValid(DateOrder::YearMonthDay))
        return DateOrder::YearMonthDay;
    if (allValid(DateOrder::MonthDayYear)) return DateOrder::MonthDayYear;
    if (allValid(DateOrder::DayMonthYear)) return DateOrder::DayMonthYear;
    return DateOrder::YearMonthDay;
}

std::int64_t daysFromCivil(int year, unsigned month, unsigned day)
{
    // Howard Hinnant's algorithm (public domain description of the proleptic Gregorian count).
    year -= month <= 2 ? 1 : 0;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(year - era * 400);
    const unsigned doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<std::int64_t>(era) * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

namespace {
// Milliseconds since the midnight of the stamp's own clock.
std::int64_t clockMsOf(const RawTime& raw)
{
    int hour = raw.hour < 0 ? 0 : raw.hour;
    if (raw.pm && hour < 12) hour += 12;
    if (raw.am && hour == 12) hour = 0;
    return ((static_cast<std::int64_t>(hour) * 60 + std::max(raw.minute, 0)) * 60 + std::max(raw.second, 0)) *
               1000 +
           raw.nanos / 1000000;
}
} // namespace

std::int64_t zoneOffsetMs(const RawTime& raw, const TimeZoneSpec& zone)
{
    return static_cast<std::int64_t>(raw.hasZone ? raw.zoneMinutes : zone.offsetMinutes) * 60000;
}

std::optional<std::int64_t> clockOfDayMs(const RawTime& raw)
{
    if (!raw.isClockOnly()) return std::nullopt;
    return clockMsOf(raw);
}

std::optional<std::int64_t> resolveTime(const RawTime& raw, const TimeContext& context)
{
    if (raw.epoch) return raw.epochMs;
    int year = -1, month = -1, day = -1, yearDigits = 0;
    if (!datePartsIn(raw, context.order, year, month, day, yearDigits)) return std::nullopt;
    year = fullYear(year, yearDigits);
    const std::int64_t clockMs = clockMsOf(raw);
    const std::int64_t zoneMs = zoneOffsetMs(raw, context.zone);
    auto at = [&](int y) {
        return daysFromCivil(y, static_cast<unsigned>(month), static_cast<unsigned>(day)) * 86400000 +
               clockMs - zoneMs;
    };
    if (year < 0) {
        // The reference's year, or the one before when that would put the line in the future.
        const std::int64_t referenceDays = dayOfMs(context.referenceMs);
        const int refYear = civilFromDays(referenceDays).year;
        year = refYear;
        if (at(year) > context.referenceMs + 86400000) --year;
    }
    return at(year);
}

std::string_view formatIsoUtc(std::int64_t epochMs, char (&buffer)[32])
{
    // Years 0000 to 9999 only; the guard also keeps the arithmetic below in range for kNoTime.
    constexpr std::int64_t kYearZeroMs = -62167219200000, kYear10000Ms = 253402300800000;
    if (epochMs < kYearZeroMs || epochMs >= kYear10000Ms) return {};
    const std::int64_t days = dayOfMs(epochMs);
    const std::int64_t msOfDay = epochMs - days * 86400000;
    const Civil date = civilFromDays(days);
    if (date.year < 0 || date.year > 9999) return {};
    std::size_t length = 0;
    // "YYYY-MM-DDTHH:MM:SS.mmmZ": each part with its width and the separator after it.
    const struct {
        int value, width;
        char after;
    } parts[] = {{date.year, 4, '-'},
                 {date.month, 2, '-'},
                 {date.day, 2, 'T'},
                 {static_cast<int>(msOfDay / 3600000), 2, ':'},
                 {static_cast<int>(msOfDay / 60000 % 60), 2, ':'},
                 {static_cast<int>(msOfDay / 1000 % 60), 2, '.'},
                 {static_cast<int>(msOfDay % 1000), 3, 'Z'}};
    for (const auto& part : parts) {
        int value = part.value;
        for (int i = part.width - 1; i >= 0; --i) {
            buffer[length + static_cast<std::size_t>(i)] = static_cast<char>('0' + value % 10);
            value /= 10;
        }
        length += static_cast<std::size_t>(part.width);
        buffer[length++] = part.after;
    }
    return {buffer, length};
}

} // namespace logsleuth::text
