// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// One left-to-right pass. At the start of a word (the previous byte is not a letter or digit)
// the scanner tries the structured forms, longest and most specific first: URL, path (unix or
// Windows), a dump of bytes, UUID, IPv6, IPv4, MAC, e-mail, host name, 0x hex, long hex run,
// signed number; then what a number with its unit, a version or a date spans (mask_numbers.h).
// Anywhere else a digit run still becomes <NUM>, so "blk_123" and "t761" lose their variable
// part too.
#include "logsleuth/text/mask.h"
#include "ascii.h"
#include "mask_ids.h"
#include "mask_numbers.h"
#include "mask_paths.h"
#include "mask_request.h"

#include <algorithm>
#include <array>
#include <cstddef>

namespace logsleuth::text {
namespace {

using namespace ascii;
using detail::compoundDurationLength;
using detail::dateLength;
using detail::httpStatusLength;
using detail::keyedIdLength;
using detail::leadingTagInstance;
using detail::messageCodeNumberLength;
using detail::requestMethodValueLength;
using detail::unitAfter;
using detail::versionLength;

struct Scanner : detail::PathScanner {
    std::size_t countWhile(std::size_t i, bool (*pred)(char)) const
    {
        std::size_t n = 0;
        while (i + n < s.size() && pred(s[i + n]))
            ++n;
        return n;
    }

    // 8-4-4-4-12 hex digits.
    std::size_t uuid(std::size_t i) const
    {
        static constexpr std::size_t groups[] = {8, 4, 4, 4, 12};
        std::size_t p = i;
        for (std::size_t g = 0; g < 5; ++g) {
            if (g > 0 && at(p++) != '-') return 0;
            if (countWhile(p, isHex) != groups[g]) return 0;
            p += groups[g];
        }
        return isAlnum(at(p)) ? 0 : p - i;
    }

    // Base64 with its padding ("VnBQeeBm8EqTTJIqnv/0c4==", a key, a hash, a player's id): 16
    // or more letters, digits, '+' and '/' in upper and lower case with a digit among them, then
    // '=' or "==" to a whole number of four-byte groups. Without the padding such a run is too
    // like a word or a path to call.
    std::size_t base64(std::size_t i) const
    {
        std::size_t p = i;
        bool upper = false, lowerCase = false, digit = false;
        while (p < s.size() && (isAlnum(s[p]) || s[p] == '+' || s[p] == '/')) {
            upper = upper || isUpper(s[p]);
            lowerCase = lowerCase || isLower(s[p]);
            digit = digit || isDigit(s[p]);
            ++p;
        }
        const std::size_t body = p - i;
        std::size_t pads = 0;
        while (pads < 2 && at(p + pads) == '=')
            ++pads;
        if (body < 16 || pads == 0 || (body + pads) % 4 != 0 || !upper || !lowerCase || !digit) return 0;
        return isAlnum(at(p + pads)) || at(p + pads) == '=' ? 0 : body + pads;
    }

    // Optional ":port" after an address.
    std::size_t port(std::size_t p) const
    {
        if (at(p) != ':') return 0;
        const std::size_t n = countWhile(p + 1, isDigit);
        return n >= 1 && n <= 5 && !isAlnum(at(p + 1 + n)) ? n + 1 : 0;
    }

    // Four dotted groups of 1–3 digits, then an optional port. Octets are not range-checked:
    // anonymised or synthetic logs carry "74.621.89.234", and one field must not get two
    // shapes (<IP> and <NUM>) depending on its random value.
    std::size_t ipv4(std::size_t i) const
    {
        std::size_t p = i;
        for (int octet = 0; octet < 4; ++octet) {
            if (octet > 0 && at(p++) != '.') return 0;
            const std::size_t n = countWhile(p, isDigit);
            if (n == 0 || n > 3) return 0;
            p += n;
        }
        if (isAlnum(at(p)) || (at(p) == '.' && isDigit(at(p + 1)))) return 0;
        return p - i + port(p);
    }

    // Only what is clearly IPv6: eight full groups, or a "::" with a digit somewhere, so that
    // times (12:34:56) and C++ names (a::b) stay out.
    std::size_t ipv6(std::size_t i) const
    {
        // At most 39 characters (eight groups of four and their colons): a longer run is none.
        constexpr std::size_t kLongestAddress = 39;
        std::size_t p = i, colons = 0, groupLength = 0, groupStart = i;
        bool doubleColon = false, digit = false;
        while (p < s.size() && (isHex(s[p]) || s[p] == ':')) {
            if (p - i >= kLongestAddress) return 0;
            if (s[p] == ':') {
                if (at(p + 1) == ':') {
                    if (doubleColon) return 0;
                    doubleColon = true;
                }
                ++colons;
                groupLength = 0;
                groupStart = p + 1;
            } else {
                if (++groupLength > 4) return 0;
                digit = digit || isDigit(s[p]);
            }
            ++p;
        }
        // An IPv4 address in the last groups' place ("::ffff:172.18.0.2", a dual-stack socket's
        // peer): the address runs to its end.
        if (at(p) == '.' && groupStart > i && (doubleColon || colons == 6))
            if (const std::size_t v4 = ipv4(groupStart); v4 > 0) return groupStart + v4 - i;
        if (isAlnum(at(p)) || p == i) return 0;
        if (s[p - 1] == ':' && !(p >= 2 && s[p - 2] == ':')) return 0; // "a:b:" is prose, not an address
        const bool clearly =
            (colons == 7 && !doubleColon) || (doubleColon && colons >= 2 && colons <= 7 && digit);
        return clearly ? p - i : 0;
    }

    // 0x1F or a run of at least 8 hex digits mixing digits and letters (hashes, ids). Any
    // digit may lead the "x": anonymised and synthetic logs rewrite "0x1f" as "7x1f", and a
    // field must keep one shape whatever its value. After "Name@", as Java writes an object
    // ("android.os.BinderProxy@6bd86ce"), an identity hash: 4 to 8 hex digits, at least one of
    // them a digit (it was masked digit run by digit run, "@<NUM>bd<NUM>ce").
    std::size_t hex(std::size_t i) const
    {
        if (isDigit(at(i)) && (at(i + 1) == 'x' || at(i + 1) == 'X') && isHex(at(i + 2))) {
            const std::size_t n = 2 + countWhile(i + 2, isHex);
            return isAlnum(at(i + n)) ? 0 : n;
        }
        const std::size_t run = countWhile(i, isAlnum);
        const bool identityHash = i >= 2 && s[i - 1] == '@' && isAlnum(s[i - 2]) && run >= 4;
        if (run < 8 && !identityHash) return 0;
        bool digits = false, letters = false;
        for (std::size_t k = i; k < i + run; ++k) {
            if (!isHex(s[k])) return 0;
            (isDigit(s[k]) ? digits : letters) = true;
        }
        // Groups of as many hex digits joined by dots are one id (Courier's message ids,
        // "B4DEEF90.4447203C.A1FB0729"), whichever group happens to hold digits alone or letters.
        std::size_t end = i + run;
        if (run >= 8 && !identityHash)
            while (at(end) == '.' && countWhile(end + 1, isAlnum) == run &&
                   countWhile(end + 1, isHex) == run) {
                for (std::size_t k = end + 1; k <= end + run; ++k)
                    (isDigit(s[k]) ? digits : letters) = true;
                end += run + 1;
            }
        return digits && (letters || identityHash) ? end - i : 0;
    }

    // A dump of bytes ("Code: 4f c5 9d 6f 2e fd …", "Mode Sense: 1f 00 10 08", "4500 003c
    // 1c46"): at least four groups of two or four hex digits, all as long as the first, one blank
    // apart, a digit and a letter among them. The kernel marks the faulting byte ("<85>"). A
    // dump is one value; byte by byte it was a template per dump ("<NUM>f c<NUM> <NUM>d …").
    std::size_t hexBytes(std::size_t i) const
    {
        const std::size_t width = countWhile(i, isHex);
        if ((width != 2 && width != 4) || isAlnum(at(i + width))) return 0;
        std::size_t p = i, groups = 0, end = i;
        bool digits = false, letters = false;
        while (true) {
            const bool marked = at(p) == '<';
            const std::size_t start = p + (marked ? 1 : 0);
            if (countWhile(start, isHex) != width) break;
            std::size_t after = start + width;
            if (marked) {
                if (at(after) != '>') break;
                ++after;
            }
            const char next = at(after);
            if (!(next == '\0' || isSpace(next) || next == ',' || next == ')' || next == ']')) break;
            for (std::size_t k = start; k < start + width; ++k)
                (isDigit(s[k]) ? digits : letters) = true;
            ++groups;
            end = after;
            if (at(after) != ' ') break;
            p = after + 1;
        }
        return groups >= 4 && digits && letters ? end - i : 0;
    }

    // Six pairs of hex digits joined by ':' or '-'.
    std::size_t mac(std::size_t i) const
    {
        const char separator = at(i + 2);
        if (separator != ':' && separator != '-') return 0;
        for (std::size_t g = 0; g < 6; ++g) {
            const std::size_t p = i + g * 3;
            if (!isHex(at(p)) || !isHex(at(p + 1))) return 0;
            if (g < 5 && at(p + 2) != separator) return 0;
        }
        return isAlnum(at(i + 17)) || at(i + 17) == separator ? 0 : 17;
    }

    static bool isLabelChar(char c) { return (c >= 'a' && c <= 'z') || isDigit(c) || c == '-'; }

    // A lower-case DNS name ending in a well-known top-level domain, then an optional ":port".
    // Reverse-DNS names (org.apache.x, com.example.App) are code, not hosts, and so are calls
    // ("a.b.init(").
    // `runEnd`: where the dotted run ends; a start inside it fails where this one did, but for a
    // Java package's root ("com.google.common.io" stays a name), so the caller skips them.
    std::size_t host(std::size_t i, std::size_t& runEnd) const
    {
        static constexpr std::array<std::string_view, 32> tlds{
            "com", "net", "org", "edu", "gov",   "mil",      "int",         "io",   "uk",  "de",  "fr",
            "cn",  "hk",  "jp",  "ru",  "br",    "au",       "ca",          "nl",   "es",  "se",  "ch",
            "kr",  "tw",  "sg",  "eu",  "local", "internal", "localdomain", "arpa", "lan", "info"};
        static constexpr std::array<std::string_view, 6> codeRoots{"com",  "org",   "net",
                                                                   "java", "javax", "android"};
        std::size_t p = i, labels = 0, lastBegin = i;
        for (;;) {
            const std::size_t n = countWhile(p, isLabelChar);
            if (n == 0) return 0;
            lastBegin = p;
            p += n;
            ++labels;
            if (at(p) == '.' && isLabelChar(at(p + 1))) {
                ++p;
                continue;
            }
            break;
        }
        runEnd = p;
        const char next = at(p);
        if (labels < 2 || isAlpha(next) || next == '_' || next == '(' || next == '$' || next == '@') return 0;
        const std::string_view last = s.substr(lastBegin, p - lastBegin);
        const std::string_view first = s.substr(i, s.find('.', i) - i);
        bool known = false;
        for (std::string_view tld : tlds)
            known = known || tld == last;
        for (std::string_view root : codeRoots)
            if (root == first) return 0;
        return known ? p - i + port(p) : 0;
    }

    // local@host.tld. `localEnd`: where the local part's run ends; a start inside it that finds
    // no '@' there fails as this one did, so the caller skips them (a run of "a.a.a…" in a
    // message that holds an '@' further on was read once per word).
    std::size_t email(std::size_t i, std::size_t& localEnd) const
    {
        std::size_t p = i;
        while (p < s.size() &&
               (isAlnum(s[p]) || s[p] == '.' || s[p] == '_' || s[p] == '%' || s[p] == '+' || s[p] == '-'))
            ++p;
        localEnd = p;
        if (p == i || at(p) != '@') return 0;
        const std::size_t domain = p + 1;
        std::size_t q = domain, dots = 0, marks = 0;
        while (q < s.size() && (isAlnum(s[q]) || s[q] == '-' || (s[q] == '.' && isAlnum(at(q + 1))))) {
            dots += s[q] == '.';
            marks += s[q] == '-' || isDigit(s[q]);
            ++q;
        }
        if (q == domain) return 0;
        // A user at a host named without its domain ("pkoch@hpc-node017", "ann@pc-mb-112", as
        // license servers and shells write them): a host name holds a dash or a digit.
        // (Not Java's "Type@1a2b3c": an identity hash is hex.)
        const bool hexOnly = std::all_of(s.begin() + static_cast<std::ptrdiff_t>(domain),
                                         s.begin() + static_cast<std::ptrdiff_t>(q), isHex);
        const bool bareHost = dots == 0 && marks > 0 && isAlpha(s[domain]) && !hexOnly && p - i >= 2;
        return dots >= 1 || bareHost ? q - i : 0;
    }

    // An IRC user's mask, nick!ident@host ("Lyra!~lyra@user/lyra.example.net"): one value, its
    // nick with it, where the nick before '!' was left a word of its own beside the address.
    std::size_t hostmask(std::size_t i) const
    {
        constexpr std::size_t kLongestNick = 32;
        const auto nickChar = [](char c) {
            return isAlnum(c) || c == '_' || c == '-' || c == '[' || c == ']' || c == '\\' || c == '`' ||
                   c == '^' || c == '{' || c == '}' || c == '|';
        };
        std::size_t p = i;
        while (p < s.size() && p - i < kLongestNick && nickChar(s[p]))
            ++p;
        if (p == i || at(p) != '!') return 0;
        std::size_t ident = p + 1;
        if (at(ident) == '~') ++ident;
        std::size_t localEnd = 0;
        const std::size_t address = isAlnum(at(ident)) ? email(ident, localEnd) : 0;
        return address > 0 ? ident + address - i : 0;
    }

    // [sign] digits [. digits]...
    std::size_t number(std::size_t i) const
    {
        std::size_t p = i;
        if (s[p] == '-' || s[p] == '+') ++p;
        std::size_t n = countWhile(p, isDigit);
        if (n == 0) return 0;
        p += n;
        // Thousands grouped by commas ("3,360,054", "1,827,929 bytes"): groups of three digits,
        // not a field of comma-separated values (",60,192.168.1.10,").
        if (n <= 3 && (i == 0 || s[i - 1] != ',')) {
            std::size_t q = p;
            while (at(q) == ',' && countWhile(q + 1, isDigit) == 3)
                q += 4;
            if (q > p && at(q) != ',' &&
                !(at(q) == '.' && isDigit(at(q + 1)) && at(q + 1 + countWhile(q + 1, isDigit)) == '.'))
                p = q;
        }
        while (at(p) == '.' && isDigit(at(p + 1)))
            p += 1 + countWhile(p + 1, isDigit);
        // An exponent ("1.094e-03", "6E+5"), where the word ends after its digits: chrony's and
        // scientific codes' numbers are one value, not "<NUM>e-<NUM>".
        if (at(p) == 'e' || at(p) == 'E') {
            std::size_t q = p + 1;
            if (at(q) == '-' || at(q) == '+') ++q;
            const std::size_t digits = countWhile(q, isDigit);
            if (digits > 0 && !isAlnum(at(q + digits)) && at(q + digits) != '.' && at(q + digits) != '_')
                p = q + digits;
        }
        return p - i;
    }

    // scheme://anything-up-to-a-space
    std::size_t url(std::size_t i) const
    {
        // A scheme is short ("https", "svn+ssh"): a long dotted run is no scheme, and is not
        // scanned again from each of its words.
        constexpr std::size_t kLongestScheme = 32;
        std::size_t p = i;
        while (p < s.size() && p - i <= kLongestScheme &&
               (isAlnum(s[p]) || s[p] == '+' || s[p] == '.' || s[p] == '-'))
            ++p;
        if (p == i || p - i > kLongestScheme || at(p) != ':' || at(p + 1) != '/' || at(p + 2) != '/')
            return 0;
        p += 3;
        while (p < s.size() && !isSpace(s[p]) && s[p] != '"' && s[p] != '\'' && s[p] != '<' && s[p] != '>')
            ++p;
        while (p > i && (s[p - 1] == '.' || s[p - 1] == ',' || s[p - 1] == ')'))
            --p;
        return p - i;
    }

    // A URL written without its scheme: a host (and port) of `hostLength` bytes, then a path
    // ("r11.o.lencr.org/MFMw…", "api.example.com:443/v2/files"); 0 when no path follows.
    std::size_t urlWithoutScheme(std::size_t i, std::size_t hostLength) const
    {
        std::size_t p = i + hostLength;
        if (at(p) != '/') return 0;
        while (p < s.size() && !isSpace(s[p]) && s[p] != '"' && s[p] != '\'' && s[p] != '<' && s[p] != '>')
            ++p;
        while (p > i + hostLength + 1 && (s[p - 1] == '.' || s[p - 1] == ',' || s[p - 1] == ')'))
            --p;
        return p - i;
    }
};

// A test runner's outcomes, one mark a test ('.' passed, 's' skipped, 'F' failed, 'E' an error,
// 'x'/'X' expected to fail), before the share of the run done: pytest's "....s...F.. [ 42%]".
// Which tests passed is a value of the progress line; the length of the run, 0 where none.
std::size_t outcomeMarksLength(std::string_view s, std::size_t at)
{
    std::size_t end = at, dots = 0;
    while (end < s.size() && std::string_view(".sFExX").find(s[end]) != std::string_view::npos) {
        dots += s[end] == '.';
        ++end;
    }
    const std::size_t length = end - at;
    if (length == 0 || dots * 2 < length) return 0;
    // ... then blanks and the share in brackets, "[  7%]".
    std::size_t next = end;
    while (next < s.size() && s[next] == ' ')
        ++next;
    if (next == end || next >= s.size() || s[next] != '[') return 0;
    ++next;
    while (next < s.size() && s[next] == ' ')
        ++next;
    const std::size_t digits = next;
    while (next < s.size() && isDigit(s[next]))
        ++next;
    return next > digits && s.substr(next, 2) == "%]" ? length : 0;
}

// A number at `at` that closes the bracket it is in, a percent sign or a fraction's digits
// between: "10%]", "3.5)".
bool bracketedNumberAt(std::string_view s, std::size_t at)
{
    std::size_t p = at;
    while (p < s.size() && (isDigit(s[p]) || s[p] == '.'))
        ++p;
    if (p == at || !isDigit(s[at])) return false;
    if (p < s.size() && s[p] == '%') ++p;
    return p < s.size() && (s[p] == ']' || s[p] == ')');
}

bool opensPath(char previous)
{
    return isSpace(previous) || previous == '=' || previous == '(' || previous == '"' || previous == '\'' ||
           previous == '[' || previous == '<' || previous == ',' || previous == ':' || previous == '@';
}

} // namespace

void maskMessage(std::string_view message, std::string& out)
{
    out.clear();
    const Scanner scan{{message}};
    const std::size_t size = message.size();
    bool pendingSpace = false;
    const bool hasAt = message.find('@') != std::string_view::npos; // e-mail addresses are rare: look once
    const bool hasMask = hasAt && message.find('!') != std::string_view::npos; // ... and IRC users' masks
    // Where the next '/' and the next blank are, advanced lazily: a word is tried as a relative
    // path only when it holds a '/', found without scanning every word.
    std::size_t nextSlash = message.find('/'), nextBlank = 0, noPathUntil = 0, noHostUntil = 0,
                noEmailUntil = 0;
    const auto slashInWord = [&](std::size_t at) {
        if (nextSlash != std::string_view::npos && nextSlash < at) nextSlash = message.find('/', at);
        if (nextSlash == std::string_view::npos) return false;
        // A tab or line break also ends a word; missing one only costs a closer look.
        if (nextBlank < at) nextBlank = std::min(message.find(' ', at), size);
        return nextSlash < nextBlank;
    };
    // ... and as base64 only when its padding, an '=', ends it 16 bytes on or more.
    std::size_t nextEquals = message.find('=');
    const auto paddedWord = [&](std::size_t at) {
        if (nextEquals != std::string_view::npos && nextEquals < at) nextEquals = message.find('=', at);
        if (nextEquals == std::string_view::npos || nextEquals - at < 16) return false;
        return message.substr(at, nextEquals - at).find(' ') == std::string_view::npos;
    };
    std::size_t i = 0;
    auto emit = [&](std::string_view placeholder, std::size_t length) {
        out.append(placeholder);
        i += length;
    };
    if (detail::isLoneSourceFile(message)) {
        out.append("<PATH>");
        return;
    }
    for (std::size_t begin = 0, n = 0; (n = leadingTagInstance(message, begin, i)) > 0;) {
        out.append(message.substr(i, begin - i));
        i = begin;
        emit("<*>", n);
        out.append("]:");
        i += 2;
    }
    while (i < size) {
        const char c = message[i];
        if (isSpace(c)) {
            // A number printf pads after its key ("frame=  222 fps= 95", beside "fps=111") is the
            // key's value as if written without the padding.
            // " = 5" is a spaced assignment, not padding.
            const std::size_t blanks = scan.countWhile(i, isSpace);
            const bool padded =
                i >= 2 && message[i - 1] == '=' && isAlnum(message[i - 2]) && isDigit(scan.at(i + blanks));
            // ... and so is a number padded inside its brackets ("[  0%]", "[ 10%]" beside "[100%]":
            // a progress count printf right-aligns).
            const bool paddedInBrackets = i >= 1 && (message[i - 1] == '[' || message[i - 1] == '(') &&
                                          bracketedNumberAt(message, i + blanks);
            pendingSpace = !out.empty() && !padded && !paddedInBrackets;
            i += blanks;
            continue;
        }
        if (pendingSpace) {
            out.push_back(' ');
            pendingSpace = false;
        }
        const char previous = i == 0 ? ' ' : message[i - 1];
        if (isSpace(previous) || i == 0)
            if (const std::size_t n = outcomeMarksLength(message, i); n > 0) {
                emit("<*>", n);
                continue;
            }
        if (!isAlnum(previous)) {
            std::size_t n = 0;
            if (c == '/') {
                if (opensPath(previous) && (n = scan.path(i))) {
                    emit("<PATH>", n);
                    continue;
                }
            } else if (c == '\\') {
                if ((n = scan.windowsPath(i))) {
                    emit("<PATH>", n);
                    continue;
                }
            } else if (isAlnum(c) || c == ':') {
                if ((previous == '=' || previous == '"') && (n = keyedIdLength(message, i))) {
                    emit("<ENCODED>", n);
                    continue;
                }
                if (isAlpha(c) && scan.at(i + 1) == ':' && (n = scan.windowsPath(i))) {
                    emit("<PATH>", n);
                    continue;
                }
                if (c >= 'A' && c <= 'Z' && (n = requestMethodValueLength(message, i))) {
                    emit("<METHOD>", n);
                    // Its target is a value too, one segment ("/health") as well as more, its
                    // query whatever it holds ("?resource=acct:carol@social.example.org"), the
                    // root alone in quotes too (Mojolicious' 'GET "/"').
                    const char quote = scan.at(i + 1);
                    const std::size_t quoted =
                        (quote == '"' || quote == '\'') && scan.at(i + 2) == '/' ? 1 : 0;
                    if (scan.at(i + 1 + quoted) == '/') {
                        std::size_t end = i + 1 + quoted;
                        // whose values may list with commas ("?fields=a,b") and hold brackets
                        // ("?token=[masked]")
                        detail::QueryWalk query;
                        while (end < size && !isSpace(message[end]) &&
                               (std::string_view("\"'),]>").find(message[end]) == std::string_view::npos ||
                                (query.query && message[end] == ',' && isAlnum(scan.at(end + 1))) ||
                                query.closesOwnBracket(message[end]))) {
                            query.step(message[end]);
                            ++end;
                        }
                        while (end > i + 2 + quoted &&
                               std::string_view(".,;:").find(message[end - 1]) != std::string_view::npos)
                            --end;
                        out.push_back(' ');
                        if (quoted) out.push_back(quote);
                        i += 1 + quoted;
                        emit("<PATH>", end - i);
                    }
                    continue;
                }
                // A date inside the message ("at Sun Jul 17 03:04:05 2005", "on 2005-06-03 10:00"):
                // its words and numbers are one variable. Capitalised names or digits start one.
                if (((c >= 'A' && c <= 'Z') || isDigit(c)) && (n = dateLength(message.substr(i)))) {
                    emit("<TIME>", n);
                    continue;
                }
                if (isAlpha(c) && (n = scan.url(i))) {
                    emit("<URL>", n);
                    continue;
                }
                if (paddedWord(i) && (n = scan.base64(i))) {
                    emit("<ENCODED>", n);
                    continue;
                }
                if (i >= noPathUntil && slashInWord(i)) {
                    if ((n = scan.relativePath(i, noPathUntil))) {
                        emit("<PATH>", n);
                        continue;
                    }
                }
                if (isHex(c) && isHex(scan.at(i + 1)) && (n = scan.hexBytes(i))) {
                    emit("<HEX>", n);
                    continue;
                }
                if (isHex(c) && (n = scan.uuid(i))) {
                    emit("<UUID>", n);
                    continue;
                }
                if ((isHex(c) || c == ':') && (n = scan.ipv6(i))) {
                    emit("<IP>", n);
                    continue;
                }
                if (isDigit(c) && (n = scan.ipv4(i))) {
                    emit("<IP>", n);
                    continue;
                }
                if (isHex(c) && (n = scan.mac(i))) {
                    emit("<MAC>", n);
                    continue;
                }
                if (hasMask && (n = scan.hostmask(i))) {
                    emit("<EMAIL>", n);
                    continue;
                }
                if (hasAt && isAlnum(c) && i >= noEmailUntil && (n = scan.email(i, noEmailUntil))) {
                    emit("<EMAIL>", n);
                    continue;
                }
                if ((isAlpha(c) || isDigit(c)) && i >= noHostUntil) {
                    if ((n = scan.host(i, noHostUntil))) {
                        if (const std::size_t url = scan.urlWithoutScheme(i, n)) {
                            emit("<URL>", url);
                            continue;
                        }
                        emit("<HOST>", n);
                        continue;
                    }
                }
                if (isHex(c) && (n = scan.hex(i))) {
                    emit("<HEX>", n);
                    continue;
                }
            } else if ((c == '-' || c == '+') && isDigit(scan.at(i + 1)) && !isDigit(previous)) {
                // "+0x24a", a Go frame's offset: the sign, then a hex number, not "<NUM>x<NUM>a".
                if ((scan.at(i + 2) == 'x' || scan.at(i + 2) == 'X') && (n = scan.hex(i + 1))) {
                    out.push_back(c);
                    emit("<HEX>", n + 1);
                    continue;
                }
                // A dash before an id that starts with digits ("--2d0915cf-A--", ModSecurity's part
                // boundary) is no sign: the id is read from its first digit, as after any dash.
                if (scan.hex(i + 1) > 0) {
                    out.push_back(c);
                    ++i;
                    continue;
                }
                // A signed number with its unit is one variable as an unsigned one is ("Offset:
                // -172 ms" beside "Offset: 12 ms").
                const std::size_t signedDigits = scan.number(i);
                if (const auto [kind, unitLength] = unitAfter(message, i + signedDigits); unitLength > 0) {
                    emit(kind, signedDigits + unitLength);
                    continue;
                }
                emit("<NUM>", signedDigits);
                continue;
            }
            if (isDigit(c) && (n = messageCodeNumberLength(message, i))) {
                out.append(message.substr(i, n));
                i += n;
                continue;
            }
            if (isDigit(c) && (n = httpStatusLength(message, i, out))) {
                out.append(message.substr(i, n));
                i += n;
                continue;
            }
            if (isDigit(c)) {
                // A number with a unit is one variable: "12ms", "3.4 KB", "384.0 B", "1h 2m 3s".
                if ((n = compoundDurationLength(message, i))) {
                    emit("<DURATION>", n);
                    continue;
                }
                const std::size_t digits = scan.number(i);
                if (const auto [kind, unitLength] = unitAfter(message, i + digits); unitLength > 0) {
                    emit(kind, digits + unitLength);
                    continue;
                }
                if ((n = versionLength(message, i))) {
                    emit("<NUM>", n);
                    continue;
                }
            }
        }
        if (isDigit(c)) {
            emit("<NUM>", scan.number(i));
            continue;
        }
        // Copy the plain run up to the next byte that may start something to mask. A run of
        // letters only: punctuation is copied alone, so "sha:e3b0c442…" still reaches the hex
        // check at the "e" that starts a token.
        std::size_t end = i + 1;
        while (isAlpha(c) && end < size && isAlpha(message[end]))
            ++end;
        out.append(message.data() + i, end - i);
        i = end;
    }
}

std::string maskMessage(std::string_view message)
{
    std::string out;
    maskMessage(message, out);
    return out;
}

bool containsPlaceholder(std::string_view token)
{
    for (std::size_t open = token.find('<'); open != std::string_view::npos;
         open = token.find('<', open + 1)) {
        std::size_t p = open + 1;
        while (p < token.size() && token[p] >= 'A' && token[p] <= 'Z')
            ++p;
        if (p < token.size() && token[p] == '>' && p - open - 1 >= 2) return true;
        if (p < token.size() && token[p] == '*' && p + 1 < token.size() && token[p + 1] == '>' &&
            p == open + 1)
            return true;
    }
    return false;
}

} // namespace logsleuth::text
