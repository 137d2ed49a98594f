// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "mask_numbers.h"

#include "ascii.h"
#include "logsleuth/text/time_scan.h"

#include <algorithm>
#include <array>

namespace logsleuth::text::detail {

using namespace ascii;

namespace {

// Whether the number ending at `end` has a fraction of one to three digits ("17.7", "0.250"), as
// a time taken is written for people; a reading with more ("628496.00000 s" of an uptime sensor
// beside "21.30000 °C") is a measured value with its unit.
bool hasTimingFractionBefore(std::string_view text, std::size_t end)
{
    std::size_t p = end;
    while (p > 0 && isDigit(text[p - 1]))
        --p;
    return p < end && end - p <= 3 && p >= 2 && text[p - 1] == '.' && isDigit(text[p - 2]);
}

} // namespace

// A unit right after a number ("ms", " KB"): the placeholder and the bytes it spans, blank
// included. Spaced units must be words of two letters or more (or "B"), so "5 s" and "2 m"
// in prose stay numbers; a number with a short fraction before a lone "s" is seconds ("17.7 s"
// beside "31.9 ms" in one timing field), which prose does not write.
std::pair<std::string_view, std::size_t> unitAfter(std::string_view text, std::size_t at)
{
    static constexpr std::array<std::string_view, 13> sizes{"B",   "KB",  "MB",  "GB", "TB", "PB", "KiB",
                                                            "MiB", "GiB", "TiB", "kB", "Kb", "Mb"};
    static constexpr std::array<std::string_view, 12> durations{
        "ms", "us", "\xC2\xB5s", "ns", "s", "sec", "secs", "min", "mins", "h", "hrs", "msec"};
    const bool spaced = at < text.size() && text[at] == ' ';
    const std::size_t begin = at + (spaced ? 1 : 0);
    std::size_t end = begin;
    while (end < text.size() && (isAlpha(text[end]) || text[end] == '\xC2' || text[end] == '\xB5'))
        ++end;
    if (end == begin || end - begin > 4 || (end < text.size() && (isDigit(text[end]) || text[end] == '_')))
        return {{}, 0};
    const std::string_view unit = text.substr(begin, end - begin);
    if (spaced && unit.size() < 2 && unit != "B" && !(unit == "s" && hasTimingFractionBefore(text, at)))
        return {{}, 0};
    // "bytes=2615 ms=50": a spaced word followed by '=' is the next key, not a unit.
    if (spaced && end < text.size() && text[end] == '=') return {{}, 0};
    for (std::string_view u : sizes)
        if (u == unit) return {"<SIZE>", end - at};
    for (std::string_view u : durations)
        if (u == unit) return {"<DURATION>", end - at};
    return {{}, 0};
}

// A duration written in parts, from larger units to smaller ("1h 2m 3s", "2m30s", "3d4h",
// "1m2.5s"): one variable whatever parts it has, so "took 45s" and "took 1h 2m 3s" read alike.
// "m" is taken for minutes only inside such a run; one part alone is left to unitAfter.
std::size_t compoundDurationLength(std::string_view text, std::size_t at)
{
    static constexpr std::array<std::pair<std::string_view, int>, 9> units{
        {{"d", 0}, {"h", 1}, {"m", 2}, {"min", 2}, {"s", 3}, {"sec", 3}, {"ms", 4}, {"us", 5}, {"ns", 6}}};
    std::size_t p = at, end = 0, parts = 0;
    int lastRank = -1;
    for (;;) {
        std::size_t digitsEnd = p;
        while (digitsEnd < text.size() && isDigit(text[digitsEnd]))
            ++digitsEnd;
        if (digitsEnd == p) break;
        std::size_t unitStart = digitsEnd;
        if (unitStart + 1 < text.size() && text[unitStart] == '.' && isDigit(text[unitStart + 1])) {
            ++unitStart;
            while (unitStart < text.size() && isDigit(text[unitStart]))
                ++unitStart;
        }
        std::size_t unitEnd = unitStart;
        while (unitEnd < text.size() && isAlpha(text[unitEnd]))
            ++unitEnd;
        const std::string_view unit = text.substr(unitStart, unitEnd - unitStart);
        int rank = -1;
        for (const auto& [name, r] : units)
            if (name == unit) rank = r;
        const bool fraction = unitStart != digitsEnd;
        if (rank <= lastRank || (fraction && rank < 3)) break;
        if (unitEnd < text.size() && text[unitEnd] == '_') break;
        lastRank = rank;
        ++parts;
        end = unitEnd;
        if (unitEnd < text.size() && isDigit(text[unitEnd]))
            p = unitEnd;
        else if (unitEnd + 1 < text.size() && text[unitEnd] == ' ' && isDigit(text[unitEnd + 1]))
            p = unitEnd + 1;
        else
            break;
    }
    return parts >= 2 ? end - at : 0;
}

// The length of a version at `at` ("2.36-9+deb12u4", "1:9.2p1-2", "1.0-SNAPSHOT", "3.11.2-6",
// "5.10.0~debian.3~bookworm"), or 0: a digit, then digits and letters joined by '.', ':', '~',
// '+' or '-' (not '_', which joins an id's parts), in two groups of digits or more with a letter among them,
// or in three groups or more. One variable however its parts fall: "<NUM>-<NUM>+deb<NUM>u<NUM>" and
// "<NUM>:<NUM>p<NUM>" were two templates of one event. A clock ("10:00:00") and words with one
// number ("64-bit", "3rd") are no versions.
std::size_t versionLength(std::string_view text, std::size_t at)
{
    if (at >= text.size() || !isDigit(text[at])) return 0;
    std::size_t end = at, groups = 0;
    bool letter = false, inDigits = false, joined = false; // joined: by more than colons
    for (; end < text.size(); ++end) {
        const char c = text[end];
        if (isDigit(c)) {
            groups += inDigits ? 0 : 1;
            inDigits = true;
            continue;
        }
        inDigits = false;
        if (isAlpha(c)) {
            letter = true;
        } else if (c == '.' || c == ':' || c == '~' || c == '+' || c == '-') {
            if (end + 1 >= text.size() || !isAlnum(text[end + 1])) break;
            joined = joined || c != ':';
        } else {
            break;
        }
    }
    return (letter && groups >= 2) || (joined && groups >= 3) ? end - at : 0;
}

namespace {

// "Tue Dec  1": a weekday, a month and its day, no clock (Informix's checkpoint lines). A month
// and a day alone may be prose ("Jun 3 tasks"); with the weekday before them they are a date.
std::size_t weekdayDateLength(std::string_view text)
{
    static constexpr std::array<std::string_view, 7> weekdays{"Mon", "Tue", "Wed", "Thu",
                                                              "Fri", "Sat", "Sun"};
    static constexpr std::array<std::string_view, 12> months{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const auto oneOf = [](std::string_view word, const auto& names) {
        return std::find(names.begin(), names.end(), word) != names.end();
    };
    if (text.size() < 9 || !oneOf(text.substr(0, 3), weekdays) || text[3] != ' ') return 0;
    std::size_t p = 4;
    if (!oneOf(text.substr(p, 3), months)) return 0;
    p += 3;
    const std::size_t blanks = p;
    while (p < text.size() && text[p] == ' ')
        ++p;
    const std::size_t digits = p;
    while (p < text.size() && isDigit(text[p]))
        ++p;
    if (digits == blanks || p == digits || p - digits > 2) return 0; // blanks, then one or two digits
    return p == text.size() || text[p] == ' ' || text[p] == ',' ? p : 0;
}

} // namespace

// The length of a date-bearing timestamp at the start of `text`, or 0. Bare clocks and epoch
// numbers stay <NUM>: only a date names a time unambiguously inside prose.
std::size_t dateLength(std::string_view text)
{
    if (text.size() < 5) return 0;
    // Cheap shape checks first: most capitalised words and numbers are no date.
    std::size_t run = 0;
    if (isDigit(text[0])) {
        while (run < text.size() && isDigit(text[run]))
            ++run;
        const char next = run < text.size() ? text[run] : '\0';
        const bool separated =
            (next == '-' || next == '/' || next == '.' || next == ':' || next == '_') && run <= 4;
        const bool compact =
            (run == 6 || run == 8) && (next == ' ' || next == '-' || next == '_' || next == 'T');
        const bool dayMonth =
            run <= 2 && next == ' ' && run + 1 < text.size() && text[run + 1] >= 'A' && text[run + 1] <= 'Z';
        if (!separated && !compact && !dayMonth) return 0;
    } else {
        while (run < text.size() && isAlpha(text[run]))
            ++run;
        const char next = run < text.size() ? text[run] : '\0';
        if ((run != 3 && (run < 5 || run > 9)) || (next != ' ' && next != ',')) return 0;
    }
    const RawTime t = scanTime(text);
    if (t.length > 0 && t.dateParts > 0 && !t.epoch) return t.length;
    return isAlpha(text[0]) ? weekdayDateLength(text) : 0;
}

// An HTTP response status stays as written: in an access log it is the one field that tells a
// failed request from a served one, and "<NUM>" would make a 500 read like a 200. Two places
// hold it: right after the quoted request line ("GET /x HTTP/1.1" 503, the Common Log Format
// and its descendants), and glued to a proxy's result code (squid's TCP_MISS/503). `out` is
// the masked text so far, so a masked message masks to itself.
std::size_t httpStatusLength(std::string_view text, std::size_t at, std::string_view out)
{
    if (at + 3 > text.size() || !isDigit(text[at + 1]) || !isDigit(text[at + 2])) return 0;
    if (text[at] < '1' || text[at] > '5') return 0;
    if (const char next = at + 3 < text.size() ? text[at + 3] : ' '; isAlnum(next) || next == '.') return 0;
    if (out.ends_with("HTTP/<NUM>\" ")) return 3;
    if (at == 0 || text[at - 1] != '/') return 0;
    std::size_t word = at - 1;
    while (word > 0 && ((text[word - 1] >= 'A' && text[word - 1] <= 'Z') || text[word - 1] == '_'))
        --word;
    const bool upperWord = at - 1 - word >= 3 && (word == 0 || isSpace(text[word - 1]));
    return upperWord ? 3 : 0;
}

// The number of a message's code, capitals, a dash and three to five digits ("CON-1001", "BRK-1008",
// "ORA-00600"): the code names the message as a mnemonic does, each number its own, so its digits
// stay as written. Not a number glued to more ("CVE-2021-44228", "PR-12a").
std::size_t messageCodeNumberLength(std::string_view text, std::size_t at)
{
    if (at < 3 || text[at - 1] != '-') return 0;
    std::size_t letters = at - 1;
    while (letters > 0 && text[letters - 1] >= 'A' && text[letters - 1] <= 'Z')
        --letters;
    const std::size_t capitals = at - 1 - letters;
    if (capitals < 2 || capitals > 5 ||
        (letters > 0 && !isSpace(text[letters - 1]) && text[letters - 1] != '['))
        return 0;
    std::size_t end = at;
    while (end < text.size() && isDigit(text[end]))
        ++end;
    const std::size_t digits = end - at;
    if (digits < 3 || digits > 5) return 0;
    if (end < text.size() && !isSpace(text[end]) && text[end] != ':' && text[end] != ']' && text[end] != ',')
        return 0;
    return digits;
}

} // namespace logsleuth::text::detail
