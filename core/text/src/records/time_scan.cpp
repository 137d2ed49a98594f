// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The grammar, by parts:
//   stamp   := [weekday [","] " "] (epoch | date [dtsep clock] | month-name-date | clock) [zone] [year]
//              | hex-epoch "." hex-nanos
//   date    := NNNN s N s N | N s N s (NN|NNNN) | N s N (needs a clock) | NNNNNNNN | NNNNNN (need a clock)
//              | NNNNNNN (year and day of the year; needs a blank and a clock)
//              | NNNN (month and day; needs a blank and a clock with seconds)
//              | N "/" Mon "/" NNNN | N " " Mon " " NNNN        (s is one of - / . and repeats)
//   month-name-date := Mon " "+ N [","] [" " NNNN]
//   dtsep   := "T" | " "+ | "-" | "_" | ":"
//   clock   := N ":" NN [":" NN] [frac] | NNNNNN (after a compact date) | N "." NN "." NN (after a date)
//   frac    := ("." | ",") N+ | ":" NNN
// Each step either consumes what it recognised or leaves the cursor where it was. What the parts
// mean as a moment (date order, year, zone) is time_resolve.cpp's.
#include "logsleuth/text/time_scan.h"
#include "../ascii.h"
#include "clock_suffixes.h"
#include "time_cursor.h"

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

namespace logsleuth::text {
namespace {

using namespace ascii;
using detail::atBoundary;
using detail::clockSuffixes;
using detail::Cursor;
using detail::zoneAbbreviationMinutes;

constexpr std::array<std::string_view, 12> kMonths{"january",   "february", "march",    "april",
                                                   "may",       "june",     "july",     "august",
                                                   "september", "october",  "november", "december"};
constexpr std::array<std::string_view, 7> kWeekdays{"monday", "tuesday",  "wednesday", "thursday",
                                                    "friday", "saturday", "sunday"};

// A month or weekday name: three letters, or the whole English word.
template <std::size_t N> int nameIndex(Cursor& c, const std::array<std::string_view, N>& names)
{
    std::size_t n = 0;
    while (isAlpha(c.peek(n)))
        ++n;
    if (n < 3) return -1;
    for (std::size_t i = 0; i < N; ++i) {
        const std::string_view name = names[i];
        if (n != 3 && n != name.size()) continue;
        bool same = true;
        for (std::size_t k = 0; k < n && same; ++k)
            same = k < name.size() && lower(c.peek(k)) == name[k];
        if (same) {
            c.p += n;
            return static_cast<int>(i);
        }
    }
    return -1;
}

// Months as other languages abbreviate them, where English's three letters do not read them
// (a JVM's java.util.logging writes "Dez. 01, 2026 10:00:00 AM" on a German host, "déc. 01, 2026"
// on a French one): German, French, Spanish, Italian, Portuguese and Dutch, lower case, UTF-8.
struct LocalMonth {
    std::string_view name;
    int month; // 0-based
};
constexpr std::array<LocalMonth, 33> kLocalMonths{{
    {"janv", 0}, {"jän", 0},  {"ene", 0},  {"gen", 0},  {"févr", 1}, {"fevr", 1}, {"fev", 1},
    {"mär", 2},  {"märz", 2}, {"mars", 2}, {"mrt", 2},  {"avr", 3},  {"abr", 3},  {"mai", 4},
    {"mei", 4},  {"mag", 4},  {"juni", 5}, {"juin", 5}, {"giu", 5},  {"juli", 6}, {"juil", 6},
    {"lug", 6},  {"août", 7}, {"aout", 7}, {"ago", 7},  {"sept", 8}, {"set", 8},  {"okt", 9},
    {"ott", 9},  {"out", 9},  {"dez", 11}, {"déc", 11}, {"dic", 11},
}};

// A month's name in English (see nameIndex) or as kLocalMonths abbreviate it, a dot after the
// abbreviation allowed ("Dez.", "janv."); -1 otherwise.
int monthIndex(Cursor& c)
{
    if (const int month = nameIndex(c, kMonths); month >= 0) return month;
    const auto matches = [&](std::string_view name) {
        for (std::size_t k = 0; k < name.size(); ++k) {
            const char at = c.peek(k);
            if (at != name[k] && lower(at) != name[k]) return false;
        }
        const char after = c.peek(name.size());
        return !isAlpha(after) && static_cast<unsigned char>(after) < 0x80;
    };
    for (const LocalMonth& local : kLocalMonths)
        if (matches(local.name)) {
            c.p += local.name.size();
            c.literal('.');
            return local.month;
        }
    return -1;
}

// A fraction of the second after a clock: '.' or ',' — or, where `colonMilliseconds`, ':' with up
// to three digits, a count of milliseconds that some loggers print without zero padding
// (`10:00:15:68` is 68 ms past the second), or with six or nine, microseconds or nanoseconds
// (SSSD's `10:00:01:024480`).
void fractionOfSecond(Cursor& c, RawTime& t, bool colonMilliseconds)
{
    const char f = c.peek();
    const std::size_t n = [&] {
        Cursor look = c;
        ++look.p;
        return look.digitsAhead();
    }();
    const bool milliseconds = colonMilliseconds && f == ':' && n >= 1 && n <= 3;
    const bool fraction =
        ((f == '.' || f == ',') && n >= 1 && n <= 9) || (colonMilliseconds && f == ':' && (n == 6 || n == 9));
    if (!fraction && !milliseconds) return;
    ++c.p;
    long long value = c.number(n, n);
    if (milliseconds)
        value *= 1'000'000;
    else
        for (std::size_t k = n; k < 9; ++k)
            value *= 10;
    // Milliseconds, a comma, then three more digits of microseconds: Zephyr's "00:00:00.253,296".
    if (n == 3 && f == '.' && c.peek() == ',') {
        Cursor look = c;
        ++look.p;
        if (look.digitsAhead() == 3 && look.peek(3) != ',') {
            value += look.number(3, 3) * 1000;
            c = look;
        }
    }
    t.nanos = static_cast<std::int32_t>(value);
}

// Minutes, seconds and their fraction, no hours ("00:55.360", "75:12.004"): the time since a start
// as simulators and media players count it (Contiki's Cooja, "mm:ss.mmm"), past the hour too.
bool minutesAndSeconds(Cursor& c, RawTime& t)
{
    const Cursor start = c;
    const long long minutes = c.number(1, 3);
    if (minutes < 0 || !c.literal(':')) return (c = start), false;
    const long long seconds = c.number(2, 2);
    if (seconds < 0 || seconds > 59 || c.peek() != '.' || !isDigit(c.peek(1))) return (c = start), false;
    t.hour = static_cast<int>(minutes / 60);
    t.minute = static_cast<int>(minutes % 60);
    t.second = static_cast<int>(seconds);
    fractionOfSecond(c, t, true);
    return true;
}

// N:NN[:NN][frac] with ':' — or, when `dotted`, N.NN.NN (BGL-style date-time).
bool clock(Cursor& c, RawTime& t, bool allowDotted)
{
    const Cursor start = c;
    if (minutesAndSeconds(c, t)) return true;
    const long long h = c.number(1, 2);
    if (h < 0 || h > 24) return (c = start), false;
    char separator = c.peek();
    // (OpenVAS's "09h12.40", strftime's "%Hh%M.%S": an 'h' after the hours, a dot before the seconds.)
    const bool hours = separator == 'h';
    if (separator != ':' && !hours && !(allowDotted && separator == '.')) return (c = start), false;
    ++c.p;
    const long long m = c.number(2, 2);
    if (m < 0 || m > 59) return (c = start), false;
    const char secondsSeparator = hours ? '.' : separator;
    long long sec = -1;
    if (c.peek() == secondsSeparator && isDigit(c.peek(1))) {
        const Cursor beforeSeconds = c;
        ++c.p;
        sec = c.number(2, 2);
        if (sec < 0 || sec > 60) {
            c = beforeSeconds;
            sec = -1;
        }
    }
    if ((separator == '.' || hours) && sec < 0) return (c = start), false; // "12.30" alone is a number
    t.hour = static_cast<int>(h);
    t.minute = static_cast<int>(m);
    t.second = static_cast<int>(sec);
    if (sec >= 0) fractionOfSecond(c, t, true);
    return true;
}

// A clock that counts the hours past a day, with its seconds and their fraction: the time since a
// process started, as VirtualBox's VBox.log stamps its lines ("30:08:37.291516" after a host's
// night of suspend, "104:22:44.439308" days later). Without the fraction, "25:10:00" is too likely
// a count of something else.
bool elapsedClock(Cursor& c, RawTime& t)
{
    const Cursor start = c;
    const long long h = c.number(2, 3);
    if (h < 24 || !c.literal(':')) return (c = start), false;
    const long long m = c.number(2, 2);
    if (m < 0 || m > 59 || !c.literal(':')) return (c = start), false;
    const long long sec = c.number(2, 2);
    if (sec < 0 || sec > 59 || c.peek() != '.' || !isDigit(c.peek(1))) return (c = start), false;
    t.hour = static_cast<int>(h);
    t.minute = static_cast<int>(m);
    t.second = static_cast<int>(sec);
    fractionOfSecond(c, t, true);
    return true;
}

// A compact HHMMSS.
bool compactClock(Cursor& c, RawTime& t)
{
    const Cursor start = c;
    if (c.digitsAhead() != 6) return false;
    const long long v = c.number(6, 6);
    const int h = static_cast<int>(v / 10000), m = static_cast<int>(v / 100 % 100),
              sec = static_cast<int>(v % 100);
    if (h > 23 || m > 59 || sec > 60) return (c = start), false;
    t.hour = h;
    t.minute = m;
    t.second = sec;
    fractionOfSecond(c, t, false); // 203615.363
    return true;
}

// The separator between a date and its clock; then the clock. Leaves the cursor after the
// date when no clock follows.
bool dateThenClock(Cursor& c, RawTime& t, bool allowColon, bool compact)
{
    const Cursor afterDate = c;
    const char sep = c.peek();
    bool moved = false;
    // ('|': go-ethereum's "[12-01|10:00:00.123]"; '.': Gitolite's "2026-12-01.10:00:12", its clock
    // in colons; '@': OpenEdge's "[2026/12/01@11:00:23.963+0100]".)
    if (sep == 'T' || sep == '-' || sep == '_' || sep == '|' || sep == '.' || sep == '@' ||
        (allowColon && sep == ':')) {
        ++c.p;
        moved = true;
    } else if (sep == ',' && c.peek(1) == ' ') {
        // A comma and a blank, as en-US locales write a stamp ("12/1/2026, 2:00:00 AM": .NET's
        // and JavaScript's toLocaleString, cloud consoles' exports); a clock must follow.
        ++c.p;
        c.spaces();
        moved = true;
    } else if (c.spaces() > 0) {
        moved = true;
    }
    if (moved) {
        if (compact && sep != '.' && compactClock(c, t)) return true;
        if (clock(c, t, sep == '-' || sep == '_' || sep == 'T')) return true;
    }
    c = afterDate;
    return false;
}

// Epoch seconds a stamp may hold: from 1990 to 2040, so that counts and ids are seldom taken.
constexpr std::uint64_t kEarliestEpoch = 631152000ULL, kLatestEpoch = 2208988800ULL;

// The number that `count` hex digits in lower case write from `from` in `text`; false where one of
// them is none (machine stamps write their hex in lower case).
bool lowerHexNumber(std::string_view text, std::size_t from, std::size_t count, std::uint64_t& value)
{
    if (text.size() < from + count) return false;
    value = 0;
    for (std::size_t k = from; k < from + count; ++k) {
        const char ch = text[k];
        const int digit = isDigit(ch) ? ch - '0' : (ch >= 'a' && ch <= 'f') ? ch - 'a' + 10 : -1;
        if (digit < 0) return false;
        value = value * 16 + static_cast<std::uint64_t>(digit);
    }
    return true;
}

// Epoch seconds in hex, a dot and eight more hex digits: OpenLDAP's stamp since 2.5
// ("6b0e9aa3.ab0e2c12"). The second part is read as nanoseconds when it can be one. Both parts
// have exactly eight digits and the seconds fall from 1990 to 2040, so a hex id is seldom taken.
RawTime hexEpoch(std::string_view text)
{
    std::uint64_t seconds = 0, fraction = 0;
    if (!lowerHexNumber(text, 0, 8, seconds) || text.size() < 17 || text[8] != '.' ||
        !lowerHexNumber(text, 9, 8, fraction))
        return {};
    if (text.size() > 17 && (isAlpha(text[17]) || isDigit(text[17]))) return {};
    if (seconds < kEarliestEpoch || seconds > kLatestEpoch) return {};
    RawTime t;
    t.epoch = true;
    t.epochMs = static_cast<std::int64_t>(seconds) * 1000 +
                (fraction < 1'000'000'000ULL ? static_cast<std::int64_t>(fraction / 1'000'000) : 0);
    t.length = 17;
    return t;
}

// A TAI64N label, as daemontools' multilog, runit's svlogd and s6-log stamp each line they read:
// '@', sixteen hex digits of 2^62 + 10 + the Unix seconds (the ten seconds TAI ran ahead in
// 1970, as their tai64nlocal takes them), eight of nanoseconds.
RawTime tai64nLabel(std::string_view text)
{
    constexpr std::size_t kLength = 25;
    if (text.size() < kLength || text[0] != '@' || !text.substr(1).starts_with("40000000") ||
        (text.size() > kLength && (isAlnum(text[kLength]))))
        return {};
    std::uint64_t label = 0, nanos = 0;
    if (!lowerHexNumber(text, 1, 16, label) || !lowerHexNumber(text, 17, 8, nanos)) return {};
    const std::uint64_t seconds = label - (std::uint64_t{1} << 62) - 10;
    if (seconds < kEarliestEpoch || seconds > kLatestEpoch || nanos >= 1'000'000'000ULL) return {};
    RawTime t;
    t.epoch = true;
    t.epochMs = static_cast<std::int64_t>(seconds) * 1000 + static_cast<std::int64_t>(nanos / 1'000'000);
    t.length = kLength;
    return t;
}

// A whole date written year first, its year of `yearDigits` digits.
void setYearFirstDate(RawTime& t, int year, std::uint8_t yearDigits, int month, int day)
{
    t.dateParts = 3;
    t.yearFirst = true;
    t.date[0] = year;
    t.yearDigits[0] = yearDigits;
    t.date[1] = month;
    t.date[2] = day;
}

RawTime scanAt(std::string_view text)
{
    if (RawTime hex = hexEpoch(text); hex.length > 0) return hex;
    RawTime t;
    Cursor c{text};

    // An optional zone abbreviation (Monit's "[CET Dec  1 11:14:30]"), then an optional weekday:
    // "Sun ", "Sunday, ".
    std::optional<int> zoneFirst;
    {
        std::size_t letters = 0;
        while (letters < 5 && letters < text.size() && isUpper(text[letters]))
            ++letters;
        if (letters >= 3 && letters < text.size() && text[letters] == ' ')
            if (const std::string_view zone = text.substr(0, letters);
                (zoneFirst = zone == "UTC" || zone == "GMT" ? std::optional<int>(0)
                                                            : zoneAbbreviationMinutes(zone))) {
                c.p = letters;
                c.spaces();
            }
    }
    {
        const Cursor start = c;
        if (nameIndex(c, kWeekdays) >= 0) {
            c.literal(',');
            if (c.spaces() == 0) c = start;
        }
    }
    const Cursor dateStart = c;

    // Month name first: "Jun 14 15:16:01", "Dec 04 04:47:44 2005", "June 3, 2021 10:00"; the day
    // may be glued to it in two digits (BeeGFS' "Dec01 10:00:00") or follow a dash (Nextflow's
    // "Nov-30 21:14:02.022").
    if (const int month = monthIndex(c); month >= 0) {
        if (c.peek() == '-' && isDigit(c.peek(1))) {
            ++c.p;
        } else if (c.spaces() == 0 && c.digitsAhead() != 2) {
            return {};
        }
        const long long day = c.number(1, 2);
        if (day < 1 || day > 31) return {};
        t.monthByName = true;
        t.dateParts = 3;
        t.date[1] = month + 1;
        t.date[2] = static_cast<int>(day);
        c.literal(',');
        const Cursor afterDay = c;
        if (c.spaces() > 0 && c.digitsAhead() == 4) {
            const long long y = c.number(4, 4);
            t.date[0] = static_cast<int>(y);
            t.yearDigits[0] = 4;
            // ... a comma after the year too, as Google's consoles write it ("Dec 19, 2026, 4:53:58 AM").
            if (c.peek() == ',' && c.peek(1) == ' ') ++c.p;
        } else {
            c = afterDay;
        }
        if (!dateThenClock(c, t, false, false)) return {}; // a month name and a day alone: prose
        clockSuffixes(c, t, t.date[0] < 0);
        if (zoneFirst && !t.hasZone) {
            t.hasZone = true;
            t.zoneMinutes = *zoneFirst;
        }
        if (!atBoundary(c)) return {};
        t.length = c.p;
        return t;
    }

    const std::size_t n = c.digitsAhead();
    if (n == 0) return {};

    // Epoch seconds (1990-2040), milliseconds, microseconds (journald's __REALTIME_TIMESTAMP) or
    // nanoseconds, alone.
    if (n == 10 || n == 13 || n == 16 || n == 19) {
        Cursor e = c;
        const long long v = e.number(n, n);
        long long scale = 1; // units per second, over 1000 for ms
        for (std::size_t k = 10; k < n; k += 3)
            scale *= 1000;
        const auto earliest = static_cast<long long>(kEarliestEpoch),
                   latest = static_cast<long long>(kLatestEpoch);
        const bool inRange = v >= earliest * scale && v <= latest * scale;
        if (inRange) {
            std::int64_t ms = n == 10 ? v * 1000 : v / (scale / 1000);
            if (n == 10 && e.peek() == '.' && isDigit(e.peek(1))) {
                ++e.p;
                const std::size_t f = e.digitsAhead();
                const long long frac = e.number(1, 9);
                long long millis = frac;
                for (std::size_t k = f; k < 3; ++k)
                    millis *= 10;
                for (std::size_t k = 3; k < f; ++k)
                    millis /= 10;
                ms += millis;
            }
            // A colon goes on a list of numbers ("1796119202:5"), unless a blank follows it: the
            // stamp then opens the line as mosquitto's "1796119202: Received PUBLISH" does.
            const bool colonList = e.peek() == ':' && isDigit(e.peek(1));
            if (atBoundary(e) && e.peek() != '.' && !colonList && e.peek() != '-') {
                t.epoch = true;
                t.epochMs = ms;
                t.length = e.p;
                return t;
            }
        }
        return {};
    }

    // A compact date and clock in one run, YYYYMMDDhhmmss, with a fraction after a dot or a 'Z'
    // (LXC's "20261110030000.000", X.509's and LDAP's "20261110030000Z"). Bare, the digits are
    // as often a value a message or a record holds (a transcript's "Start time: 20261102060002",
    // HL7's fields).
    if (n == 14 && ((c.peek(14) == '.' && isDigit(c.peek(15))) || c.peek(14) == 'Z')) {
        Cursor d = c;
        const long long date = d.fixedDigits(8);
        const int year = static_cast<int>(date / 10000), month = static_cast<int>(date / 100 % 100),
                  day = static_cast<int>(date % 100);
        RawTime candidate = t;
        if (year < 1970 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31 ||
            !compactClock(d, candidate))
            return {};
        setYearFirstDate(candidate, year, 4, month, day);
        clockSuffixes(d, candidate, false);
        if (!atBoundary(d)) return {};
        candidate.length = d.p;
        return candidate;
    }

    // Compact dates: YYYYMMDD or YYMMDD, only with a clock after them. A colon joins a compact
    // date and a compact clock in some stamps (Zabbix: 20261201:100001.363); before anything
    // else it makes the digits a number of a colon list (a pid, a counter), as a dot does.
    const bool colonThenCompactClock = n == 8 && c.peek(n) == ':' && [&] {
        Cursor clockAt = c;
        clockAt.p += n + 1;
        return clockAt.digitsAhead() == 6;
    }();
    if ((n == 8 || n == 6) && (colonThenCompactClock || !(c.peek(n) == ':' || c.peek(n) == '.'))) {
        Cursor d = c;
        const long long v = d.number(n, n);
        const int year = static_cast<int>(n == 8 ? v / 10000 : v / 10000);
        const int month = static_cast<int>(v / 100 % 100), day = static_cast<int>(v % 100);
        if (month >= 1 && month <= 12 && day >= 1 && day <= 31 && (n == 6 || year >= 1970)) {
            RawTime candidate = t;
            setYearFirstDate(candidate, year, static_cast<std::uint8_t>(n == 8 ? 4 : 2), month, day);
            if (dateThenClock(d, candidate, colonThenCompactClock, true)) {
                clockSuffixes(d, candidate, false);
                if (atBoundary(d)) {
                    candidate.length = d.p;
                    return candidate;
                }
            }
        }
        return {};
    }

    // An ordinal date, YYYYDDD, the year and the day of the year, only before a blank and a clock
    // (z/OS's SYSLOG, "2026335 21:30:13.26").
    if (n == 7 && c.peek(7) == ' ') {
        Cursor d = c;
        const long long v = d.number(7, 7);
        const int year = static_cast<int>(v / 1000), ordinal = static_cast<int>(v % 1000);
        const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        if (year >= 1970 && year <= 2100 && ordinal >= 1 && ordinal <= (leap ? 366 : 365)) {
            static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
            int day = ordinal, month = 0;
            while (day > kDays[static_cast<std::size_t>(month)] + (month == 1 && leap ? 1 : 0)) {
                day -= kDays[static_cast<std::size_t>(month)] + (month == 1 && leap ? 1 : 0);
                ++month;
            }
            RawTime candidate = t;
            setYearFirstDate(candidate, year, 4, month + 1, day);
            if (d.spaces() > 0 && clock(d, candidate, false) && candidate.second >= 0) {
                clockSuffixes(d, candidate, false);
                if (atBoundary(d)) {
                    candidate.length = d.p;
                    return candidate;
                }
            }
        }
        return {};
    }

    // Compact month and day, MMDD, the year from the file as for "Jun 14 15:16:01": only before a
    // blank and a clock with seconds ("0301 10:00:00.621429"), or a slash and a compact clock
    // ("1201/100002.109678", Chromium's logs).
    if (n == 4 && (c.peek(4) == ' ' || c.peek(4) == '/')) {
        Cursor d = c;
        const long long v = d.number(4, 4);
        RawTime candidate = t;
        candidate.dateParts = 3;
        candidate.yearFirst = true;
        candidate.date[1] = static_cast<int>(v / 100);
        candidate.date[2] = static_cast<int>(v % 100);
        const bool validDay = candidate.date[1] >= 1 && candidate.date[1] <= 12 && candidate.date[2] >= 1 &&
                              candidate.date[2] <= 31;
        if (validDay && d.literal('/')) {
            if (compactClock(d, candidate) && atBoundary(d)) {
                candidate.length = d.p;
                return candidate;
            }
        } else if (validDay && d.spaces() > 0 && clock(d, candidate, false) && candidate.second >= 0) {
            clockSuffixes(d, candidate, true);
            if (atBoundary(d)) {
                candidate.length = d.p;
                return candidate;
            }
        }
    }

    // Year first: 2015-10-18, 2005.06.03, 2016/9/28 — with or without a clock; colons only with
    // a clock after a dash (Sophos UTM's "2026:12:01-10:00:04"), where they are no list of numbers.
    if (n == 4) {
        const long long year = c.number(4, 4);
        const char sep = c.peek();
        if (year < 1970 || year > 2100 || (sep != '-' && sep != '/' && sep != '.' && sep != ':')) return {};
        ++c.p;
        // The month by its name (D's SysTime.toSimpleString(), OneDrive's "2026-Dec-02
        // 10:47:40.176492"), or its number.
        const int named = sep == '-' && isAlpha(c.peek()) ? monthIndex(c) + 1 : 0;
        t.monthByName = named > 0;
        const long long month = named > 0 ? named : c.number(1, 2);
        if (month < 1 || month > 12 || !c.literal(sep)) return {};
        const long long day = c.number(1, 2);
        if (day < 1 || day > 31) return {};
        t.dateParts = 3;
        t.yearFirst = true;
        t.date[0] = static_cast<int>(year);
        t.yearDigits[0] = 4;
        t.date[1] = static_cast<int>(month);
        t.date[2] = static_cast<int>(day);
        if (sep == ':' && c.peek() != '-') return {};
        if (dateThenClock(c, t, false, false))
            clockSuffixes(c, t, false);
        else if (sep == ':')
            return {};
        if (!atBoundary(c)) return {};
        t.length = c.p;
        return t;
    }

    // A clock, or (three digits too) the hours or minutes since a process started
    // ("104:22:44.439308", VirtualBox's; "104:22.439", Cooja's).
    if (n <= 3 && c.peek(n) == ':') {
        if (!clock(c, t, false) && !elapsedClock(c, t)) return {};
        // No year after a clock without a date: "06:46:20 2020" is a clock and an uptime or pid
        // (Meshtastic's), a year there would name no day.
        clockSuffixes(c, t, false);
        if (!atBoundary(c)) return {};
        t.length = c.p;
        return t;
    }
    if (n > 2) return {};
    // One or two digits: a numeric date, or a day before a month name.
    const long long first = c.number(1, 2);
    const char sep = c.peek();
    // "10/Oct/2000:13:55:36 +0200" and "04 Dec 2005 10:00".
    if ((sep == '/' || sep == ' ' || sep == '-') && isAlpha(c.peek(1))) {
        ++c.p;
        const int month = monthIndex(c);
        if (month < 0 || first < 1 || first > 31) return {};
        t.date[1] = month + 1;
        t.date[2] = static_cast<int>(first);
        t.monthByName = true;
        t.dateParts = 3;
        const Cursor afterMonth = c;
        if (c.literal(sep) && c.digitsAhead() == 4) {
            t.date[0] = static_cast<int>(c.number(4, 4));
            t.yearDigits[0] = 4;
            if (dateThenClock(c, t, true, false)) clockSuffixes(c, t, false);
        } else {
            // A day and a month without a year: only with a clock (Bacula's "28-Nov 23:05",
            // Node-RED's "1 Dec 10:00:00").
            c = afterMonth;
            if (!dateThenClock(c, t, false, false)) return {};
            clockSuffixes(c, t, false);
        }
        if (!atBoundary(c)) return {};
        t.length = c.p;
        return t;
    }
    if (sep != '-' && sep != '/' && sep != '.') return {};
    ++c.p;
    const long long second = c.number(1, 2);
    if (second < 0) return {};
    t.date[0] = static_cast<int>(first);
    t.yearDigits[0] = static_cast<std::uint8_t>(n);
    t.date[1] = static_cast<int>(second);
    if (c.peek() == sep && isDigit(c.peek(1))) {
        ++c.p;
        const std::size_t m = c.digitsAhead();
        if (m != 2 && m != 4) return {};
        t.date[2] = static_cast<int>(c.number(m, m));
        t.yearDigits[2] = static_cast<std::uint8_t>(m);
        t.dateParts = 3;
        if (dateThenClock(c, t, sep != '.' || m == 4, false))
            clockSuffixes(c, t, false);
        else if (m != 4 && sep == '.')
            return {}; // "1.2.3" alone is a version number
    } else {
        // Month and day without a year: only with a clock ("03-17 16:13:38.811", "[10.30 16:49:06]").
        t.dateParts = 2;
        if (!dateThenClock(c, t, false, false)) return {};
        clockSuffixes(c, t, false);
    }
    if (!atBoundary(c)) return {};
    (void)dateStart;
    t.length = c.p;
    return t;
}

} // namespace

RawTime scanTime(std::string_view text)
{
    if (text.empty()) return {};
    const char c0 = text[0];
    if (c0 == '@') return tai64nLabel(text);
    if (!isDigit(c0) && !isAlpha(c0)) return {};
    return scanAt(text);
}

} // namespace logsleuth::text
