// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "cells.h"

#include "../ascii.h"
#include "level_groups.h"
#include "logsleuth/text/records.h"

#include <algorithm>
#include <array>
#include <utility>

namespace logsleuth::text::detail {
namespace {

using namespace ascii;

constexpr bool isHardDelimiter(char c)
{
    return c == '|' || c == '\t';
}

// Where a bracketed group opening at `from` closes (nesting counted), or npos.
std::size_t closingBracket(std::string_view text, std::size_t from)
{
    int depth = 0;
    for (std::size_t i = from; i < text.size(); ++i) {
        if (text[i] == '[')
            ++depth;
        else if (text[i] == ']' && --depth == 0)
            return i;
    }
    return std::string_view::npos;
}

// A logger or tag before a colon: "dfs.DataNode$PacketResponder:", "sshd[24200]:"; or a
// source location closed by a bracket that opened before the header ("server.go:628]").
bool isColonWord(std::string_view token)
{
    if (token.size() < 2) return false;
    if (token.back() == ']') {
        if (token.find('[') != std::string_view::npos) return false;
    } else if (token.back() != ':') {
        return false;
    }
    bool hasLetter = false;
    for (char c : token.substr(0, token.size() - 1)) {
        if (isAlpha(c))
            hasLetter = true;
        else if (c == '"' || c == '\'' || c == '=' || c == ',' || c == ';')
            return false;
    }
    return hasLetter;
}

// "[13062:39938:1201/100002.109678:ERROR:ssl_client_socket_impl.cc(978)]": ids, a stamp, a level
// and a source, joined by colons in one bracket. The level may end in a digit (VERBOSE1).
bool readColonGroup(std::size_t insideAt, std::string_view inside, Cell& out)
{
    if (inside.size() < 12 || inside.find(' ') != std::string_view::npos) return false;
    // ids (at most three), the stamp, the level, the source: the stamp's own colons are none here.
    constexpr std::size_t kMostFields = 6;
    if (std::count(inside.begin(), inside.end(), ':') >= std::ptrdiff_t(kMostFields)) return false;
    std::string_view parts[kMostFields];
    std::size_t at[kMostFields] = {}, count = 0;
    for (std::size_t begin = 0;;) {
        const std::size_t colon = std::min(inside.find(':', begin), inside.size());
        at[count] = begin;
        parts[count++] = inside.substr(begin, colon - begin);
        if (colon == inside.size()) break;
        begin = colon + 1;
    }
    if (count < 3) return false;
    const std::size_t stamp = count - 3;
    for (std::size_t i = 0; i < stamp; ++i)
        if (parts[i].empty() || !allDigits(parts[i])) return false;
    const RawTime t = scanTime(parts[stamp]);
    if (t.length != parts[stamp].size() || !t.hasDate() || !t.hasTimeOfDay()) return false;
    std::string_view level = parts[stamp + 1];
    while (!level.empty() && isDigit(level.back()))
        level.remove_suffix(1);
    if (level.size() < 2 || !isLevelWord(level) || parts[stamp + 2].empty()) return false;
    out.kind = CellKind::Time;
    out.time = t;
    out.idsBeforeStamp = static_cast<std::uint8_t>(stamp);
    out.levelInGroup = static_cast<std::uint32_t>(insideAt + at[stamp + 1]);
    out.levelInGroupLength = static_cast<std::uint32_t>(parts[stamp + 1].size());
    out.sourceInGroup = static_cast<std::uint32_t>(insideAt + at[stamp + 2]);
    out.sourceInGroupLength = static_cast<std::uint32_t>(parts[stamp + 2].size());
    return true;
}

// After a level in capitals ending at `blank` in a bracket's `inside`: a program's name and its
// process id, alone ("INFO Client 28826").
bool namedProcessAfterLevel(std::string_view inside, std::size_t blank)
{
    const std::size_t last = inside.rfind(' ');
    return last > blank + 1 && last + 1 < inside.size() &&
           std::all_of(inside.begin(), inside.begin() + std::ptrdiff_t(blank), isUpper) &&
           isModuleWord(inside.substr(blank + 1, last - blank - 1)) && allDigits(inside.substr(last + 1));
}

bool isPaddedHexId(std::string_view word)
{
    const bool prefixed = word.size() > 2 && word[0] == '0' && (word[1] == 'x' || word[1] == 'X');
    // A 64-bit Linux thread's id as pthread_self() gives it is an address of 12 digits from 7f.
    const bool threadAddress = word.size() == 12 && word[0] == '7' && word[1] == 'f';
    if (prefixed)
        word.remove_prefix(2);
    else if (word.empty() || (word[0] != '0' && !threadAddress))
        return false;
    if (word.size() < 8 || word.size() > 16) return false;
    bool digit = false, lower = false, upper = false; // one case: "0000003e" or "0000003E"
    for (char c : word) {
        if (!isHex(c)) return false;
        digit = digit || isDigit(c);
        lower = lower || isLower(c);
        upper = upper || isUpper(c);
    }
    return digit && !(lower && upper);
}

// The facilities and severities of syslog (RFC 5424, with the spellings syslogd accepts).
bool isSyslogFacility(std::string_view word)
{
    static constexpr std::array<std::string_view, 14> names{"kern",     "user", "mail", "daemon",  "auth",
                                                            "syslog",   "lpr",  "news", "uucp",    "cron",
                                                            "authpriv", "ftp",  "ntp",  "security"};
    if (word.size() == 6 && word.starts_with("local") && word[5] >= '0' && word[5] <= '7') return true;
    return std::find(names.begin(), names.end(), word) != names.end();
}

bool isSyslogSeverity(std::string_view word)
{
    static constexpr std::array<std::string_view, 10> names{"emerg", "alert",   "crit",   "err",  "error",
                                                            "warn",  "warning", "notice", "info", "debug"};
    return std::find(names.begin(), names.end(), word) != names.end();
}

CellKind kindOfWord(std::string_view word)
{
    // A lone separator: "logger - message", and Spring Boot's "logger : message" unpadded.
    if (word == "-" || word == "--" || word == ":") return CellKind::Dash;
    if (allDigits(word)) return CellKind::Number;
    // A negative one too: a debug level of -1 (Ceph's errors) beside the 0s, 1s and 10s.
    if (word.size() > 1 && word[0] == '-' && allDigits(word.substr(1))) return CellKind::Number;
    // A decimal ("0.000043", a proxy's seconds) is a number too.
    if (const std::size_t dot = word.find('.'); dot != std::string_view::npos && dot > 0 &&
                                                dot + 1 < word.size() && allDigits(word.substr(0, dot)) &&
                                                allDigits(word.substr(dot + 1)))
        return CellKind::Number;
    std::string_view bare = word;
    if (bare.size() > 1 && bare.back() == ':') bare.remove_suffix(1);
    // The last cell of a group a stamp opened: "INF]", "#5447]".
    if (bare.size() > 1 && bare.back() == ']' && bare.find('[') == std::string_view::npos) {
        bare.remove_suffix(1);
        if (bare.size() > 1 && bare.front() == '#' && allDigits(bare.substr(1))) return CellKind::Number;
        if (allDigits(bare)) return CellKind::Number; // "1]": Samba's debug level
        if (isLevelWord(bare)) return CellKind::Level;
    }
    if (!levelBeforeThread(bare).empty()) return CellKind::Level;
    bare = withoutWrapping(bare); // "<Notice>", "(II)", Apache Sling's "*WARN*"
    if (isLevelWord(bare) && (bare.size() > 1 || word.size() == 1)) return CellKind::Level;
    // A level letter with an exclamation mark, as Telegraf and InfluxDB write theirs ("I!", "E!"),
    // or a prompt's '>', as Tarantool does ("I>", "W>").
    if (word.size() == 2 && (word[1] == '!' || word[1] == '>') && isLevelWord(word.substr(0, 1)))
        return CellKind::Level;
    // A process and thread id ("4242#7:", as nginx writes them) is an id like a bare number.
    if (const std::size_t hash = bare.find('#'); hash != std::string_view::npos && hash > 0 &&
                                                 allDigits(bare.substr(0, hash)) && hash + 1 < bare.size() &&
                                                 allDigits(bare.substr(hash + 1)))
        return CellKind::Number;
    // A thread id in hex as runtimes print them, zero-padded to a fixed width, after "0x" or as
    // an address (WebSphere's "0000003e", "0x7fd5d4770195", Ceph's "7f9da1dd4b44"), is an id
    // like a bare number.
    if (isPaddedHexId(bare)) return CellKind::Number;
    if (isColonWord(word)) return CellKind::ColonWord;
    return CellKind::Word;
}

// Past the cell: an optional ',' ';' or '|' and blanks. Records what separated the cells.
void readDelimiter(std::string_view line, std::size_t at, Cell& out)
{
    out.delimiter = 0;
    std::size_t p = at;
    if (p < line.size() && (line[p] == ',' || line[p] == ';' || isHardDelimiter(line[p]))) {
        out.delimiter = line[p];
        ++p;
    }
    std::size_t blanks = 0;
    while (p < line.size() && isBlank(line[p])) {
        if (out.delimiter == 0) out.delimiter = line[p] == '\t' ? '\t' : ' ';
        ++p;
        ++blanks;
    }
    // " | " between fields ("time | LEVEL    | module - message") is a '|' with room around it, or
    // with the padding of the field before it only (TeamSpeak's "…|INFO    |ServerLibPriv |   |…").
    if (blanks > 0 && out.delimiter == ' ' && p + 1 < line.size() && line[p] == '|') {
        out.delimiter = '|';
        ++p;
        while (p < line.size() && isBlank(line[p]))
            ++p;
    }
    out.gap = static_cast<std::uint8_t>(blanks > 255 ? 255 : blanks);
    out.next = static_cast<std::uint32_t>(p);
}

// "??:??:??" or "--:--": pairs of one placeholder character between colons, then a blank or
// the end of the line; 0 when the text does not open with one.
std::size_t placeholderClockLength(std::string_view text)
{
    if (text.size() < 5 || (text[0] != '?' && text[0] != '-')) return 0;
    const char mark = text[0];
    std::size_t p = 0;
    for (int pair = 0; pair < 3; ++pair) {
        if (pair > 0) {
            if (p >= text.size() || text[p] != ':') break;
            ++p;
        }
        if (p + 2 > text.size() || text[p] != mark || text[p + 1] != mark) return 0;
        p += 2;
    }
    if (p < 5 || (p < text.size() && !isBlank(text[p]))) return 0;
    return p;
}

// After a stamp: a colon before the blank belongs to the stamp's cell ("10:00:00.123: msg").
void endStamp(std::string_view line, Cell& out)
{
    if (out.end + 1 < line.size() && line[out.end] == ':' && isBlank(line[out.end + 1])) ++out.end;
    // Python's "%(asctime)s:%(levelname)s:%(name)s:%(message)s" (Certbot's log): a colon
    // delimits the stamp where a level word and its own colon follow; so do two (SABnzbd's
    // "%(asctime)s::%(levelname)s::[%(module)s:%(lineno)d] %(message)s").
    if (out.end + 1 < line.size() && line[out.end] == ':') {
        const std::size_t colons = line[out.end + 1] == ':' ? 2 : 1;
        const std::string_view rest = line.substr(out.end + colons);
        const std::size_t colon = rest.find(':');
        // (Jetty's StdErrLog pads the level before its colon: "…00.036:INFO :oejs.Server:main: ".)
        std::size_t word = colon;
        while (word != std::string_view::npos && word > 0 && rest[word - 1] == ' ' && colons == 1)
            --word;
        if (colon != std::string_view::npos && word > 0 && isLevelWord(rest.substr(0, word)) &&
            (colons == 1 || rest.substr(colon, 2) == "::")) {
            out.delimiter = ':';
            out.gap = 0;
            out.next = static_cast<std::uint32_t>(out.end + colons);
            return;
        }
    }
    readDelimiter(line, out.end, out);
}

} // namespace

std::string_view Cell::value(std::string_view line) const
{
    std::string_view v = text(line);
    if (bracketed && v.size() >= 2) {
        // "[INFO ]", "[o.e.n.Node    ]": a padded group's blanks are not its value; nor is a
        // colon after the group ("[Server thread/INFO]:", "[812]:").
        if (v.size() >= 3 && v.back() == ':' && (v[v.size() - 2] == ']' || v[v.size() - 2] == ')'))
            v.remove_suffix(1);
        v = v.substr(1, v.size() - 2);
        if (moduleLength > 0) v.remove_prefix(moduleLength + 1u); // "[core:error]" → "error"
        if (levelLength > 0 && kind == CellKind::Level) v = v.substr(0, levelLength); // "[INFO|a.py:1]"
        return trimBlanks(v);
    }
    if (closesGroup && kind != CellKind::ColonWord) v.remove_suffix(1); // "INF]" → "INF"
    if (kind == CellKind::Level)
        if (const std::string_view level = levelBeforeThread(v); !level.empty())
            return level; // "NOTICE[8182]"
    if (kind == CellKind::Word)
        if (const std::string_view subsystem = threadTagSubsystem(v); !subsystem.empty()) return subsystem;
    if (levelLength > 0) return v.substr(0, levelLength); // "INFO/MainProcess" → "INFO"
    if (facilityLength > 0) return withoutWrapping(v).substr(facilityLength + 1u); // "daemon.info" → "info"
    if (kind == CellKind::ColonWord && v.size() > 1 && v.back() == ']') {
        // A source location: "server.go:628]" names the file, whatever line of it wrote.
        v.remove_suffix(1);
        const std::size_t colon = v.rfind(':');
        if (colon != std::string_view::npos && colon > 0 && allDigits(v.substr(colon + 1)))
            v = v.substr(0, colon);
        return v;
    }
    if (kind == CellKind::ColonWord || (kind == CellKind::Level && v.size() > 1 && v.back() == ':')) {
        v.remove_suffix(1);
        if (kind == CellKind::Level && moduleLength > 0)
            return v.substr(moduleLength + 1u); // "production.ERROR"
        // A syslog tag's process id: "sshd[24200]" → "sshd"; logcat's "Tag(  575)" → "Tag".
        v = withoutClosingGroup(v);
        v = withoutClosedContext(v);
        if (kind == CellKind::ColonWord) v = loggerOfColonList(v);
    }
    // A name that ends its line with an id, its message on the lines after
    // ("Shop.Orders.Controller[14]"): the id is no part of the name, as with a syslog tag's.
    if (kind == CellKind::Word && end == line.size() && v.size() > 3 && v.back() == ']') {
        const std::size_t open = v.rfind('[');
        if (open != std::string_view::npos && open > 0 && allDigits(v.substr(open + 1, v.size() - open - 2)))
            v = v.substr(0, open);
    }
    return withoutWrapping(v);
}

bool readCell(std::string_view line, std::uint32_t from, bool tryTime, Cell& out, char column)
{
    std::size_t p = from;
    while (p < line.size() && isBlank(line[p]))
        ++p;
    if (p >= line.size()) return false;
    out = Cell{};
    out.begin = static_cast<std::uint32_t>(p);

    // A group the cell ends with, its closing bracket or the colon after it at `end`.
    const auto bracketCell = [&](std::size_t end) {
        out.kind = CellKind::Bracket;
        out.bracketed = true;
        out.end = static_cast<std::uint32_t>(end);
        readDelimiter(line, end, out);
        return true;
    };
    if (line[p] == '(') {
        const std::size_t close = line.find(')', p);
        if (close != std::string_view::npos && close > p + 1) {
            const std::string_view inside = line.substr(p + 1, close - p - 1);
            std::size_t after = close + 1; // past the colon after it, if any
            if (after < line.size() && line[after] == ':') ++after;
            const bool endsWord = after == line.size() || isBlank(line[after]);
            // A stamp in parentheses, a colon after it or not ("(2026-12-01 10:00:01:024480):", SSSD's).
            if (tryTime) {
                const RawTime t = scanTime(inside);
                if (t.length == inside.size() && t.hasTimeOfDay() && endsWord) {
                    out.kind = CellKind::Time;
                    out.time = t;
                    out.bracketed = true;
                    out.end = static_cast<std::uint32_t>(after);
                    readDelimiter(line, after, out);
                    return true;
                }
            }
            // A process id in parentheses after a tag, padded or not, a colon after it (logcat's
            // brief format, "I/flutter (12345): …"): an id like one in brackets.
            if (std::all_of(inside.begin(), inside.end(), [](char c) { return isDigit(c) || c == ' '; }) &&
                isDigit(inside.back()) && endsWord)
                return bracketCell(after);
            // An id in parentheses glued to the stamp after it (FileZilla Server's session,
            // "(000061)12/1/2026 1:05:09 PM"): a cell of its own, the stamp the next one.
            const std::size_t glued = close + 1;
            if (glued < line.size() && ascii::isDigit(line[glued])) {
                const RawTime stamp = scanTime(line.substr(glued));
                if (stamp.length > 0 && stamp.hasDate() && stamp.hasTimeOfDay()) return bracketCell(glued);
            }
        }
    }
    // A name in braces (ArangoDB's topic, "{queries}"), as a bracket holds one; not an object, nor
    // an id (ClickHouse's query, "{8c4f2a61-…}", which may as well be empty).
    if (line[p] == '{') {
        std::size_t close = p + 1;
        while (close < line.size() &&
               (isAlpha(line[close]) || line[close] == '_' || line[close] == '-' || line[close] == '.'))
            ++close;
        if (close < line.size() && line[close] == '}' && close > p + 1 && isAlpha(line[p + 1]) &&
            (close + 1 == line.size() || isBlank(line[close + 1])))
            return bracketCell(close + 1);
    }
    if (line[p] == '[') {
        const std::size_t close = closingBracket(line, p);
        // A group ends at a blank, a colon, a delimiter or the next group; a level's may run into the
        // message it opens ("[info]GET /healthz 200", Fly.io's).
        if (close != std::string_view::npos &&
            (close + 1 == line.size() || isBlank(line[close + 1]) || line[close + 1] == ':' ||
             isHardDelimiter(line[close + 1]) || line[close + 1] == ',' || line[close + 1] == '[' ||
             (isAlnum(line[close + 1]) && isLevelWord(trimBlanks(line.substr(p + 1, close - p - 1)))))) {
            // ("[time][LEVEL][logger] …": groups may follow each other without a blank.)
            std::string_view inside = line.substr(p + 1, close - p - 1);
            out.bracketed = true;
            out.end = static_cast<std::uint32_t>(close + 1);
            out.kind = CellKind::Bracket;
            if (tryTime && readColonGroup(p + 1, inside, out)) {
                std::size_t after = close + 1;
                readDelimiter(line, after, out);
                return true;
            }
            if (tryTime) {
                RawTime t = scanTime(inside);
                // A kernel's "[    0.000000]": seconds since boot, the whole group.
                if (t.length == 0) {
                    if (const RawTime up = scanUptime(inside); up.length == inside.size()) t = up;
                }
                // A stamp padded with blanks inside its brackets (EVE Online's "[ 2026.11.20
                // 18:00:33 ]"): the whole group, as one without them.
                if (t.length == 0 && !inside.empty() && isBlank(inside.front())) {
                    const std::string_view padded = trimBlanks(inside);
                    if (const RawTime stamp = scanTime(padded);
                        stamp.length == padded.size() && stamp.hasDate() && stamp.hasTimeOfDay()) {
                        out.kind = CellKind::Time;
                        out.time = stamp;
                        std::size_t after = close + 1;
                        readDelimiter(line, after, out);
                        return true;
                    }
                }
                // "[2024-03-01 10:00:00,123: INFO/MainProcess]": a colon may end the stamp, and so
                // may a comma ("[2026/12/01 10:00:00.630729,  1]", Samba's stamp and debug level).
                const std::size_t colon = t.length > 0 && t.length + 1 < inside.size() &&
                                                  (inside[t.length] == ':' || inside[t.length] == ',') &&
                                                  isBlank(inside[t.length + 1])
                                              ? 1
                                              : 0;
                if (t.length > 0 && (t.length == inside.size() || isBlank(inside[t.length + colon]))) {
                    out.kind = CellKind::Time;
                    out.time = t;
                    // More in the stamp's group ("[2024-03-01T10:00:00Z INFO app::net]",
                    // "[10:00:00 INF]"): the stamp ends its cell and the rest are cells of their
                    // own, the last one closing the group.
                    if (t.length < inside.size()) {
                        out.bracketed = false;
                        out.opensGroup = true;
                        out.end = static_cast<std::uint32_t>(p + 1 + t.length + colon);
                        readDelimiter(line, out.end, out);
                        return true;
                    }
                }
            }
            // A level opening a group with a stamp after it ("[I 2026-12-01 10:00:00.123
            // ServerApp]", Tornado and Jupyter), or a program's name and its process id (Path of
            // Exile's "[INFO Client 28826]"): the level is a cell of its own and the rest are
            // cells of their own, the last one closing the group. Without either a level word
            // is too common a word to open a group ("[Log partition=t-0]", "[A new device]").
            if (out.kind == CellKind::Bracket) {
                const std::size_t blank = inside.find(' ');
                if (blank != std::string_view::npos && blank > 0 && blank + 1 < inside.size() &&
                    isLevelWord(inside.substr(0, blank))) {
                    const RawTime after = scanTime(inside.substr(blank + 1));
                    if ((after.length > 0 && after.hasDate() && after.hasTimeOfDay()) ||
                        namedProcessAfterLevel(inside, blank)) {
                        out.kind = CellKind::Level;
                        out.bracketed = false;
                        out.opensGroup = true;
                        out.begin = static_cast<std::uint32_t>(p + 1); // the level without its bracket
                        out.end = static_cast<std::uint32_t>(p + 1 + blank);
                        readDelimiter(line, out.end, out);
                        return true;
                    }
                }
            }
            if (out.kind == CellKind::Bracket) readLevelGroup(line, trimBlanks(inside), out);
            std::size_t after = close + 1;
            if (after < line.size() && line[after] == ':') ++after, ++out.end;
            readDelimiter(line, after, out);
            return true;
        }
    }
    if (tryTime) {
        // A one-letter level glued to the date ("I0301 10:00:00.621429", glog and klog).
        if (p + 1 < line.size() && isDigit(line[p + 1]) && isLevelWord(line.substr(p, 1))) {
            const RawTime t = scanTime(line.substr(p + 1));
            if (t.length > 0 && t.hasDate() && t.hasTimeOfDay()) {
                out.kind = CellKind::Time;
                out.time = t;
                out.levelPrefix = 1;
                out.end = static_cast<std::uint32_t>(p + 1 + t.length);
                readDelimiter(line, out.end, out);
                return true;
            }
        }
        // A level letter or word in angle brackets glued to the date ("<W>2026-11-30 17:12:40.130",
        // as Qt's message types open Mumble's lines; "<C>" is its critical).
        if (line[p] == '<') {
            const std::size_t close = line.find('>', p);
            constexpr std::size_t kLongestLevel = 8;
            if (close != std::string_view::npos && close > p + 1 && close - p <= kLongestLevel + 1 &&
                close + 1 < line.size() && isDigit(line[close + 1])) {
                const std::string_view inside = line.substr(p + 1, close - p - 1);
                const bool letter = inside.size() == 1 && isUpper(inside[0]);
                const RawTime t =
                    letter || isLevelWord(inside) ? scanTime(line.substr(close + 1)) : RawTime{};
                if (t.length > 0 && t.hasDate() && t.hasTimeOfDay()) {
                    out.kind = CellKind::Time;
                    out.time = t;
                    out.levelPrefix = static_cast<std::uint8_t>(close + 1 - p);
                    out.end = static_cast<std::uint32_t>(close + 1 + t.length);
                    readDelimiter(line, out.end, out);
                    return true;
                }
            }
        }
        // A process id glued before a full date and clock by a colon ("2215:20261201:100001.363",
        // as Zabbix writes its lines), or several ids so ("00:0002:00000:00000:2026/12/01
        // 10:00:00.01", SAP ASE's engine, family, spid and kpid): fields of the stamp's cell.
        if (isDigit(line[p])) {
            constexpr int kMostIds = 5;
            std::size_t colon = p;
            for (int ids = 0; ids < kMostIds; ++ids) {
                const std::size_t begin = colon;
                while (colon < line.size() && colon - begin < 8 && isDigit(line[colon]))
                    ++colon;
                if (colon == begin || colon + 1 >= line.size() || line[colon] != ':' ||
                    !isDigit(line[colon + 1]))
                    break;
                const RawTime t = scanTime(line.substr(colon + 1));
                if (t.length > 0 && t.hasDate() && t.hasTimeOfDay()) {
                    out.kind = CellKind::Time;
                    out.time = t;
                    out.pidPrefix = static_cast<std::uint8_t>(colon + 1 - p);
                    out.end = static_cast<std::uint32_t>(colon + 1 + t.length);
                    endStamp(line, out);
                    return true;
                }
                ++colon;
            }
        }
        // A full date and clock between doubled dashes (Wget's "--2026-12-02 02:00:05--  URL"):
        // the dashes are the stamp's cell.
        if (const std::size_t dashed = dashedStampLength(line.substr(p)); dashed > 0) {
            out.kind = CellKind::Time;
            out.time = scanTime(line.substr(p + 2));
            out.end = static_cast<std::uint32_t>(p + dashed);
            readDelimiter(line, out.end, out);
            return true;
        }
        // A mark glued before a full date and clock is part of the stamp's cell.
        if (p + 1 < line.size() && isStampMark(line[p]) && isAlnum(line[p + 1])) {
            const RawTime t = scanTime(line.substr(p + 1));
            if (t.length > 0 && t.hasDate() && t.hasTimeOfDay()) {
                out.kind = CellKind::Time;
                out.time = t;
                out.end = static_cast<std::uint32_t>(p + 1 + t.length);
                endStamp(line, out);
                return true;
            }
        }
        const RawTime t = scanTime(line.substr(p));
        if (t.length > 0) {
            out.kind = CellKind::Time;
            out.time = t;
            out.end = static_cast<std::uint32_t>(p + t.length);
            endStamp(line, out);
            return true;
        }
        // A clock the writer does not know yet ("??:??:??", Meshtastic's before a GPS fix): the
        // stamp's cell, with no time in it.
        if (const std::size_t length = placeholderClockLength(line.substr(p)); length > 0) {
            out.kind = CellKind::Time;
            out.time = RawTime{};
            out.time.length = length;
            out.end = static_cast<std::uint32_t>(p + length);
            endStamp(line, out);
            return true;
        }
    }
    // Android's logcat "brief" format, "I/ActivityManager(  575): …": a level letter and a slash
    // glued before the tag. The letter is a cell of its own; the tag follows it.
    if (p + 2 < line.size() && line[p + 1] == '/' && isAlpha(line[p + 2]) && isLevelWord(line.substr(p, 1))) {
        out.kind = CellKind::Level;
        out.end = static_cast<std::uint32_t>(p + 1);
        out.next = static_cast<std::uint32_t>(p + 2);
        out.delimiter = '/';
        return true;
    }
    // A group in parentheses that holds blanks, nested groups allowed ("(Thread-7 (_thread_main))",
    // a thread's name as Python writes it): one cell, as a bracketed group is.
    if (line[p] == '(') {
        const std::size_t close = closingParenthesis(line, p);
        if (close != std::string_view::npos &&
            line.substr(p, close - p).find(' ') != std::string_view::npos &&
            (close + 1 == line.size() || isBlank(line[close + 1]))) {
            out.end = static_cast<std::uint32_t>(close + 1);
            out.kind = CellKind::Word;
            readDelimiter(line, close + 1, out);
            return true;
        }
    }
    std::size_t end = p;
    // A column runs up to the next tab; the last column is read word by word, so that a
    // "logger:" opening it is seen as in any other log.
    if (column != 0 && line.find(column, p) != std::string_view::npos) {
        end = line.find(column, p);
        std::size_t wordEnd = end;
        while (wordEnd > p && isBlank(line[wordEnd - 1]))
            --wordEnd;
        out.end = static_cast<std::uint32_t>(wordEnd);
        out.kind = kindOfWord(line.substr(p, wordEnd - p));
        readDelimiter(line, end, out);
        return true;
    }
    // A counter in brackets glued before a name (Unreal Engine's frame, "[  7]LogNet:") is the
    // name's, blanks and all.
    if (line[p] == '[') {
        const std::size_t close = line.find(']', p);
        if (close != std::string_view::npos && close - p <= 8 && close + 1 < line.size() &&
            isAlpha(line[close + 1]) && withoutLeadingCounter(line.substr(p, close + 2 - p)).size() == 1)
            end = close + 1;
    }
    while (end < line.size() && !isBlank(line[end]) && !isHardDelimiter(line[end]))
        ++end;
    // Fields glued by colons, as Python's default "LEVEL:logger:message": a level word before a
    // colon is a cell of its own, and so is the word that follows it up to its own colon.
    if (const std::size_t colon = line.substr(p, end - p).find(':');
        colon != std::string_view::npos && colon > 0 && p + colon + 1 < end) {
        // (After a level word glued by its colon; not after a stamp's colon, "…,330:DEBUG:".)
        const auto afterLevelWord = [&] {
            std::size_t before = p - 1;
            while (before > 0 && !isBlank(line[before - 1]) && line[before - 1] != ':')
                --before;
            return isLevelWord(line.substr(before, p - 1 - before));
        };
        const bool afterGluedLevel = p > 0 && line[p - 1] == ':' && from == p && afterLevelWord();
        // GLib's "domain:LEVEL:stamp" (gvmd's "manage:WARNING:2026-11-28 09h12.40 utc:80: …"): the
        // domain is a cell of its own before its level, which may be GLib's "MESSAGE".
        const auto glibLevel = [](std::string_view word) {
            return word == "MESSAGE" ||
                   (isLevelWord(word) && word.size() > 1 && std::all_of(word.begin(), word.end(), isUpper));
        };
        const std::size_t second = line.substr(p, end - p).find(':', colon + 1);
        if (!afterGluedLevel && second != std::string_view::npos && isModuleWord(line.substr(p, colon)) &&
            isLower(line[p]) && glibLevel(line.substr(p + colon + 1, second - colon - 1))) {
            out.end = static_cast<std::uint32_t>(p + colon + 1);
            out.kind = CellKind::ColonWord;
            out.next = out.end;
            out.delimiter = ':';
            return true;
        }
        const bool glibAfterDomain = p > 0 && line[p - 1] == ':' && line.substr(p, colon) == "MESSAGE";
        if (isLevelWord(line.substr(p, colon)) || afterGluedLevel || glibAfterDomain) {
            out.end = static_cast<std::uint32_t>(p + colon + 1);
            out.kind = afterGluedLevel ? CellKind::ColonWord : CellKind::Level;
            // ("DEBUG::[api:1046]": the second colon of a doubled one separates too.)
            const bool doubled = out.kind == CellKind::Level && out.end < line.size() && line[out.end] == ':';
            out.next = out.end + (doubled ? 1 : 0);
            out.delimiter = ':';
            return true;
        }
    }
    // A tag with its process id in parentheses, padded inside ("ActivityManager(  575):"): one
    // cell, as a syslog tag's "sshd[24200]:" is.
    if (end > p + 1 && line[end - 1] == '(') {
        std::size_t q = end;
        while (q < line.size() && isBlank(line[q]))
            ++q;
        const std::size_t digits = q;
        while (q < line.size() && isDigit(line[q]))
            ++q;
        if (q > digits && line.substr(q, 2) == "):") end = q + 2;
    }
    // A trailing ',' or ';' separates, it is not part of the word.
    std::size_t wordEnd = end;
    if (wordEnd > p + 1 && (line[wordEnd - 1] == ',' || line[wordEnd - 1] == ';')) --wordEnd;
    out.end = static_cast<std::uint32_t>(wordEnd);
    const std::string_view word = line.substr(p, wordEnd - p);
    out.kind = kindOfWord(word);
    // A channel and its level before a colon, as Monolog (Laravel, Symfony) writes them:
    // "production.ERROR:". The level in capitals: "app.log:" is a file, not a level.
    if (const std::size_t dot = word.rfind('.'); out.kind == CellKind::ColonWord && word.size() > 2 &&
                                                 word.back() == ':' && dot != std::string_view::npos &&
                                                 dot > 0 && dot < 64) {
        const std::string_view level = word.substr(dot + 1, word.size() - dot - 2);
        const bool capitals = level.size() >= 3 && std::all_of(level.begin(), level.end(), isUpper);
        const std::string_view channel = word.substr(0, dot);
        const bool name = std::all_of(channel.begin(), channel.end(), isNameChar);
        if (capitals && name && isLevelWord(level)) {
            out.kind = CellKind::Level;
            out.moduleLength = static_cast<std::uint8_t>(dot);
        }
    }
    // A syslog facility and severity, as BSD syslogd with -v, OpenWrt's logread and rsyslog's
    // "%syslogfacility-text%.%syslogseverity-text%" write them: "daemon.info", "kern.warn"; in angle
    // brackets where a relay puts them in place of the priority's number ("<local3.info>").
    if (const std::string_view pair = withoutWrapping(word), dot = pair.substr(0, pair.find('.'));
        out.kind == CellKind::Word && dot.size() < pair.size() && isSyslogFacility(dot) &&
        isSyslogSeverity(pair.substr(dot.size() + 1))) {
        out.kind = CellKind::Level;
        out.facilityLength = static_cast<std::uint8_t>(dot.size());
    }
    // The first word of a level in two words ("Parse error:", as PHP writes it): a capitalised
    // word right before a level's second word.
    if (out.kind == CellKind::Word && word.size() <= 12 && wordEnd + 1 < line.size() &&
        line[wordEnd] == ' ' && isUpper(word[0]) && std::all_of(word.begin() + 1, word.end(), isLower)) {
        const std::size_t secondEnd = std::min(line.find(' ', wordEnd + 1), line.size());
        if (isLevelTail(line.substr(wordEnd + 1, secondEnd - wordEnd - 1))) out.kind = CellKind::Level;
    }
    out.closesGroup = word.size() > 1 && word.back() == ']' && word.find('[') == std::string_view::npos;
    // A level and a process closing a stamp's group: "INFO/MainProcess]" (Celery).
    if (const std::size_t slash = word.find('/'); out.closesGroup && out.kind != CellKind::Level &&
                                                  slash != std::string_view::npos && slash > 1 &&
                                                  slash < 16 && isLevelWord(word.substr(0, slash))) {
        out.kind = CellKind::Level;
        out.levelLength = static_cast<std::uint8_t>(slash);
    }
    readDelimiter(line, wordEnd, out);
    return true;
}

} // namespace logsleuth::text::detail
