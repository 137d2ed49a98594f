// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The header grammar, loosely: [one prefix token] TIMESTAMP then any of, in this order,
//   numbers (pid, tid, thread)   "-"   LEVEL   [bracketed context]...   "-"   logger:
// or, without a level, syslog's "host tag[pid]:". Each step is optional; the message starts
// where the next token fits none of them. Nothing here knows a particular product.
#include "logsleuth/text/header_split.h"

#include <array>
#include <cstddef>

namespace logsleuth::text {
namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}
char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lower(b[i])) return false;
    return true;
}

// A cursor over the line; every matcher either advances it past what it recognised and
// returns true, or leaves it where it was and returns false.
struct Cursor {
    std::string_view text;
    std::size_t pos = 0;

    bool atEnd() const { return pos >= text.size(); }
    char peek(std::size_t ahead = 0) const { return pos + ahead < text.size() ? text[pos + ahead] : '\0'; }
    std::size_t digitsAhead(std::size_t from = 0) const
    {
        std::size_t n = 0;
        while (isDigit(peek(from + n)))
            ++n;
        return n;
    }
    bool digits(std::size_t minCount, std::size_t maxCount)
    {
        const std::size_t n = digitsAhead();
        if (n < minCount || n > maxCount) return false;
        pos += n;
        return true;
    }
    bool literal(char c)
    {
        if (peek() != c) return false;
        ++pos;
        return true;
    }
    bool anyOf(std::string_view chars)
    {
        if (atEnd() || chars.find(peek()) == std::string_view::npos) return false;
        ++pos;
        return true;
    }
    std::size_t skipSpaces()
    {
        const std::size_t start = pos;
        while (isSpace(peek()))
            ++pos;
        return pos - start;
    }
    bool atTokenEnd() const { return atEnd() || isSpace(peek()); }
    bool atStampEnd() const { return atTokenEnd() || peek() == ']'; }
};

constexpr std::array<std::string_view, 12> monthNames{"jan", "feb", "mar", "apr", "may", "jun",
                                                      "jul", "aug", "sep", "oct", "nov", "dec"};
constexpr std::array<std::string_view, 7> dayNames{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

template <std::size_t N> bool threeLetterName(Cursor& c, const std::array<std::string_view, N>& names)
{
    if (!isAlpha(c.peek()) || !isAlpha(c.peek(1)) || !isAlpha(c.peek(2)) || isAlpha(c.peek(3))) return false;
    const char word[3] = {lower(c.peek()), lower(c.peek(1)), lower(c.peek(2))};
    for (std::string_view name : names) {
        if (name == std::string_view(word, 3)) {
            c.pos += 3;
            return true;
        }
    }
    return false;
}

// 12:34, 12:34:56, 12:34:56.789, 12:34:56,789 and an optional zone: Z, +01:00, +0100.
bool timeOfDay(Cursor& c)
{
    const Cursor start = c;
    if (!c.digits(1, 2) || !c.literal(':') || !c.digits(2, 2)) return (c = start), false;
    const Cursor beforeSeconds = c;
    if (!(c.literal(':') && c.digits(2, 2))) c = beforeSeconds;
    const Cursor beforeFraction = c;
    if (!(c.anyOf(".,") && c.digits(1, 9))) c = beforeFraction;
    const Cursor beforeZone = c;
    if (c.literal('Z') || c.literal('z')) return true;
    if (c.anyOf("+-") && c.digits(2, 2)) {
        c.literal(':');
        if (!c.digits(2, 2)) c = beforeZone;
        return true;
    }
    c = beforeZone;
    return true;
}

// After a time, an optional separated " +0000" zone or a year (ctime's "04:47:44 2005").
void trailingZoneOrYear(Cursor& c)
{
    const Cursor start = c;
    if (c.skipSpaces() == 1) {
        const Cursor afterSpace = c;
        if (c.anyOf("+-") && c.digits(4, 4) && c.atStampEnd()) return;
        c = afterSpace;
        if (c.digits(4, 4) && c.atStampEnd()) return;
    }
    c = start;
}

// The date forms: 2015-10-18[T ]time, 17/06/09 time, 03-17 time, 081109 203615,
// [Sun] Dec 10 06:55:46 [2005], 10/Oct/2000:13:55:36 +0200, and a bare time.
bool timestamp(Cursor& c)
{
    const Cursor start = c;
    auto reset = [&] { return (c = start), false; };

    // Year first: 2015-10-18, 2015/10/18, 2015.10.18, then 'T' or spaces, then a time.
    if (c.digitsAhead() == 4) {
        c.digits(4, 4);
        const char separator = c.peek();
        if ((separator == '-' || separator == '/' || separator == '.') && (++c.pos, c.digits(1, 2)) &&
            c.literal(separator) && c.digits(1, 2)) {
            const Cursor afterDate = c;
            if ((c.literal('T') || c.skipSpaces() > 0) && timeOfDay(c)) return true;
            c = afterDate;
            return c.atTokenEnd() ? true : reset();
        }
        return reset();
    }
    // Day-first or month-first numeric dates with two or three parts: 17/06/09, 03-17, 10.06.2017.
    if (const std::size_t n = c.digitsAhead(); n == 1 || n == 2) {
        c.digits(1, 2);
        const char separator = c.peek();
        if (separator == ':') { // a bare time of day
            c = start;
            return timeOfDay(c) ? true : reset();
        }
        if (separator == '/' && isAlpha(c.peek(1))) { // 10/Oct/2000:13:55:36 (web server access logs)
            ++c.pos;
            if (threeLetterName(c, monthNames) && c.literal('/') && c.digits(4, 4) && c.literal(':') &&
                timeOfDay(c)) {
                trailingZoneOrYear(c);
                return true;
            }
            return reset();
        }
        if (separator != '-' && separator != '/' && separator != '.') return reset();
        ++c.pos;
        if (!c.digits(1, 2)) return reset();
        if (c.literal(separator) && !c.digits(2, 4)) return reset();
        if (c.skipSpaces() == 0 || !timeOfDay(c)) return reset();
        return true;
    }
    // Compact numeric: 081109 203615 or 20151018 203615.
    if (const std::size_t n = c.digitsAhead(); n == 6 || n == 8) {
        c.digits(n, n);
        if (c.skipSpaces() == 1 && c.digits(6, 6) && c.atTokenEnd()) return true;
        return reset();
    }
    // Month name first (syslog), optionally after a weekday (ctime).
    if (threeLetterName(c, dayNames)) {
        if (c.skipSpaces() == 0) return reset();
    }
    if (threeLetterName(c, monthNames)) {
        if (c.skipSpaces() == 0 || !c.digits(1, 2) || c.skipSpaces() == 0 || !timeOfDay(c)) return reset();
        trailingZoneOrYear(c);
        return true;
    }
    return reset();
}

// Where a bracketed group that opens at `from` closes (nesting counted), or npos.
std::size_t closingBracket(std::string_view text, std::size_t from)
{
    const char open = text[from];
    const char close = open == '[' ? ']' : open == '(' ? ')' : '>';
    int depth = 0;
    for (std::size_t i = from; i < text.size(); ++i) {
        if (text[i] == open)
            ++depth;
        else if (text[i] == close && --depth == 0)
            return i;
    }
    return std::string_view::npos;
}

std::size_t tokenEnd(std::string_view text, std::size_t from)
{
    while (from < text.size() && !isSpace(text[from]))
        ++from;
    return from;
}

bool allDigits(std::string_view token)
{
    if (token.empty()) return false;
    for (char c : token)
        if (!isDigit(c)) return false;
    return true;
}

// A logger or syslog tag: "dfs.DataNode$PacketResponder:", "sshd[24200]:", "WindowManager:".
bool isLoggerWithColon(std::string_view token)
{
    if (token.size() < 2 || token.back() != ':') return false;
    bool hasLetter = false;
    for (char c : token.substr(0, token.size() - 1)) {
        if (isAlpha(c))
            hasLetter = true;
        else if (c == '"' || c == '\'' || c == '=' || c == ',' || c == ';')
            return false;
    }
    return hasLetter;
}

// A logger without a colon is only believed when it looks like a qualified name
// ("nova.osapi_compute.wsgi.server") and a bracketed context follows it.
bool isDottedName(std::string_view token)
{
    bool hasDot = false;
    for (char c : token) {
        if (c == '.')
            hasDot = true;
        else if (!isAlpha(c) && !isDigit(c) && c != '_' && c != '$' && c != '-')
            return false;
    }
    return hasDot && isAlpha(token.front());
}

} // namespace

bool isLevelWord(std::string_view word)
{
    static constexpr std::array<std::string_view, 20> words{
        "trace", "debug", "info",  "notice", "warn", "warning", "error",  "err",    "fatal",   "critical",
        "crit",  "alert", "emerg", "severe", "fine", "finer",   "finest", "config", "verbose", "panic"};
    if (word.size() == 1) return std::string_view("VDIWEFA").find(word[0]) != std::string_view::npos;
    for (std::string_view level : words)
        if (equalsIgnoringCase(word, level)) return true;
    return false;
}

std::string_view leadingTimestamp(std::string_view text)
{
    Cursor c{text};
    const bool bracketed = c.literal('[');
    const std::size_t begin = c.pos;
    if (!timestamp(c)) return {};
    if (bracketed ? !c.literal(']') : !c.atTokenEnd()) return {};
    return text.substr(begin, c.pos - begin - (bracketed ? 1 : 0));
}

LineParts splitHeader(std::string_view line)
{
    LineParts parts;
    parts.message = line;

    std::size_t pos = 0;
    while (pos < line.size() && isSpace(line[pos]))
        ++pos;
    // The timestamp may follow one prefix token (a file name, a host, a sequence number) as when
    // logs are concatenated with their origin in front.
    std::string_view stamp = leadingTimestamp(line.substr(pos));
    if (stamp.empty()) {
        const std::size_t second = [&] {
            std::size_t p = tokenEnd(line, pos);
            while (p < line.size() && isSpace(line[p]))
                ++p;
            return p;
        }();
        if (second < line.size()) {
            stamp = leadingTimestamp(line.substr(second));
            if (!stamp.empty()) pos = second;
        }
    }
    if (stamp.empty()) return parts;
    parts.timestamp = stamp;
    const bool syslogStyle = isAlpha(stamp.front());

    // Past the timestamp and its closing bracket, if any.
    std::size_t headerEnd = static_cast<std::size_t>(stamp.data() + stamp.size() - line.data());
    if (headerEnd < line.size() && line[headerEnd] == ']') ++headerEnd;

    auto nextToken = [&](std::size_t from) {
        while (from < line.size() && isSpace(line[from]))
            ++from;
        return from;
    };
    auto bracketedGroupAt = [&](std::size_t at) -> std::size_t { // returns one past the close, or 0
        if (at >= line.size() || line[at] != '[') return 0;
        const std::size_t close = closingBracket(line, at);
        if (close == std::string_view::npos) return 0;
        if (close + 1 < line.size() && !isSpace(line[close + 1]) && line[close + 1] != ':') return 0;
        return close + 1 + (close + 1 < line.size() && line[close + 1] == ':' ? 1 : 0);
    };

    // Then, in any order: numbers (pid, tid; only before the level), " - " separators, one level,
    // bracketed contexts ([main], [QuorumPeer[myid=1]/0:...@774]).
    bool sawContext = false;
    for (;;) {
        const std::size_t at = nextToken(headerEnd);
        const std::size_t end = tokenEnd(line, at);
        if (at == end) break;
        const std::string_view token = line.substr(at, end - at);
        if (token == "-" && at + 1 < line.size()) {
            headerEnd = end;
            continue;
        }
        if (parts.level.empty() && !sawContext && allDigits(token)) {
            headerEnd = end;
            continue;
        }
        if (parts.level.empty()) {
            std::string_view word = token;
            if (word.size() > 1 && word.back() == ':') word.remove_suffix(1);
            if (word.size() >= 3 && (word.front() == '[' || word.front() == '<') &&
                (word.back() == ']' || word.back() == '>'))
                word = word.substr(1, word.size() - 2);
            // A one-letter level only stands alone (logcat's "D"), never as "[D]" or "D:".
            if (isLevelWord(word) && (word.size() > 1 || token.size() == 1)) {
                parts.level = word;
                headerEnd = end;
                continue;
            }
        }
        if (const std::size_t past = bracketedGroupAt(at)) {
            headerEnd = past;
            sawContext = true;
            continue;
        }
        break;
    }

    // Logger: "name:" or a qualified name followed by a bracketed context; without a level,
    // syslog's "host tag[pid]:".
    const std::size_t at = nextToken(headerEnd);
    const std::size_t end = tokenEnd(line, at);
    const std::string_view token = line.substr(at, end - at);
    if (isLoggerWithColon(token)) {
        headerEnd = end;
    } else if (!parts.level.empty() && isDottedName(token)) {
        const std::size_t after = nextToken(end);
        if (const std::size_t past = bracketedGroupAt(after))
            headerEnd = past;
        else if (after + 1 < line.size() && line[after] == '-' && isSpace(line[after + 1]))
            headerEnd = after + 1;
    } else if (parts.level.empty() && !sawContext && !token.empty() && at < line.size()) {
        const std::size_t tagAt = nextToken(end);
        const std::size_t tagEnd = tokenEnd(line, tagAt);
        const std::string_view tag = line.substr(tagAt, tagEnd - tagAt);
        const bool tagLooksLikeSyslog = syslogStyle || tag.find('[') != std::string_view::npos;
        if (tagLooksLikeSyslog && isLoggerWithColon(tag) && token.back() != ':') headerEnd = tagEnd;
    }

    std::size_t messageBegin = nextToken(headerEnd);
    std::size_t headerLast = headerEnd;
    while (headerLast > 0 && isSpace(line[headerLast - 1]))
        --headerLast;
    parts.header = line.substr(0, headerLast);
    parts.message = line.substr(messageBegin);
    return parts;
}

} // namespace logsleuth::text
