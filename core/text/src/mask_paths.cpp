// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "mask_paths.h"

#include "ascii.h"

#include <algorithm>
#include <array>

namespace logsleuth::text::detail {

using namespace ascii;

bool PathScanner::pathStop(char c)
{
    return isSpace(c) || c == '"' || c == '\'' || c == '<' || c == '>' || c == ',' || c == ';' || c == ')' ||
           c == ']' || c == '}' || c == ':' || c == '|';
}

// An absolute unix path of at least two segments.
std::size_t PathScanner::path(std::size_t i) const
{
    std::size_t p = i, segments = 0;
    QueryWalk query;
    while (p < s.size() && (!pathStop(s[p]) || query.closesOwnBracket(s[p]))) {
        if (s[p] == '/' && p + 1 < s.size() && s[p + 1] != '/' && !pathStop(s[p + 1])) ++segments;
        query.step(s[p]);
        ++p;
    }
    // The root alone is a path as a key's value ("Site=/").
    if (segments == 0 && p == i + 1 && i > 0 && s[i - 1] == '=' && (p == s.size() || isSpace(s[p]))) return 1;
    // A directory written with the slashes on both sides ("/hotel-seeblick/", rsync's file
    // lists) is a path of one segment: alone, neither "cd /tmp" nor "and/or" reads so.
    const bool directory = segments == 1 && s[i] == '/' && p - i > 2 && s[p - 1] == '/';
    // A sentence's full stop is no part of it; a directory's closing slash is.
    while (p > i && (s[p - 1] == '.' || (s[p - 1] == '/' && p - 1 == i)))
        --p;
    // One segment is a path where quotes make the text a value of its own ("GET \"/__health\""):
    // alone it is as often a word ("cd /tmp", "and/or"), and in a quoted request it names the
    // page, which the request's template keeps ('"GET /cart HTTP/1.1"'; after a method outside
    // quotes the target is a value, see mask_request.h).
    const bool quoted = i > 0 && s[i - 1] == '"' && at(p) == '"';
    // ... and so is a file at the root, its extension in small letters ("/MiscData.pak", a disc
    // image's files as an emulator reads them), where "/tmp" is as often an option or a word; not
    // the page a request line names ("GET /wp-login.php HTTP/1.1"), as above.
    const bool file = segments == 1 && s[i] == '/' && hasFileExtension(s.substr(i + 1, p - i - 1)) &&
                      s.substr(p).substr(0, 6) != " HTTP/";
    if (segments < 2 && !(segments == 1 && (quoted || directory || file))) return 0;
    return fileNameWithBlank(i, p) - i;
}

// A file name with a blank in it ("…/01/scan 86394.heic", "…/user/My Documents/cv.pdf"): the
// path [i, end) ends in a segment without an extension, and the one word after it ends with
// one. Where the word has none, the blank ends the path ("/var/log/app wrote").
std::size_t PathScanner::fileNameWithBlank(std::size_t i, std::size_t end) const
{
    if (at(end) != ' ') return end;
    const std::size_t lastSlash = s.rfind('/', end - 1);
    if (lastSlash == std::string_view::npos || lastSlash < i ||
        s.substr(lastSlash + 1, end - lastSlash - 1).find('.') != std::string_view::npos)
        return end;
    std::size_t q = end + 1;
    while (q < s.size() && !pathStop(s[q]))
        ++q;
    std::size_t wordEnd = q;
    while (wordEnd > end + 1 && s[wordEnd - 1] == '.')
        --wordEnd; // a sentence's full stop
    return hasFileExtension(s.substr(end + 1, wordEnd - end - 1)) ? wordEnd : end;
}

// A relative file path: names joined by '/', the last with a file extension of small letters
// ("users/show.html.erb", "src/utils/cart.test.ts"). Without an extension, words slashed
// together are as often one word as a path ("GET/POST", "TCP_MISS/200", "HTTP/1.1").
// `runEnd` is where the run of path characters ends: no start inside it can make a path
// where this one did not (the caller skips them, or a long run would cost its square).
std::size_t PathScanner::relativePath(std::size_t i, std::size_t& runEnd) const
{
    std::size_t p = i, lastSlash = std::string_view::npos;
    bool doubled = false;
    for (; p < s.size(); ++p) {
        const char c = s[p];
        if (c == '/') {
            doubled = doubled || p == i || s[p - 1] == '/';
            lastSlash = p;
        } else if (!isAlnum(c) && c != '_' && c != '-' && c != '.') {
            break;
        }
    }
    runEnd = p;
    if (doubled || (p < s.size() && (s[p] == '@' || s[p] == '\\' || s[p] == '*'))) return 0;
    std::size_t end = p;
    while (end > i && s[end - 1] == '.')
        --end; // a sentence's full stop
    if (lastSlash == std::string_view::npos || lastSlash + 1 >= end) return 0;
    const std::string_view name = s.substr(lastSlash + 1, end - lastSlash - 1);
    return hasFileExtension(name) || hasDottedVersion(name) ? end - i : 0;
}

// A package named with its version after a dash, the version dotted ("openssl-3.3.2-r1",
// "gcc-14.2.1_p20241116" of Gentoo's "dev-libs/openssl-3.3.2-r1"): a name with its folder
// as much as a file is.
bool PathScanner::hasDottedVersion(std::string_view name)
{
    for (std::size_t dash = name.find('-'); dash != std::string_view::npos; dash = name.find('-', dash + 1))
        if (dash > 0 && isAlpha(name[dash - 1]) && dash + 1 < name.size() && isDigit(name[dash + 1]))
            return name.find('.', dash) != std::string_view::npos;
    return false;
}

// A file name's extension after its last dot: one to six small letters ("cart.test.ts",
// "scan 86394.heic"). Extensions are lower-case; "com.app/.activity.Main" names an Android
// class, not a file.
bool PathScanner::hasFileExtension(std::string_view name)
{
    const std::size_t dot = name.rfind('.');
    if (dot == std::string_view::npos || dot == 0) return false;
    const std::string_view extension = name.substr(dot + 1);
    return !extension.empty() && extension.size() <= 6 &&
           std::all_of(extension.begin(), extension.end(), isLower);
}

// A Windows path: a drive (`C:\`), a UNC share (`\\server\share`) or an NT object path
// (`\??\C:\`), with at least one segment after the root. Windows puts blanks in folder
// names (`Program Files`, `KeePass Password Safe 2`), so the path goes on over a blank when
// one of the next three words carries a backslash: the blank sits inside a segment, not after
// the path. (A word that opens with a backslash or a drive is the next path.)
std::size_t PathScanner::windowsPath(std::size_t i) const
{
    std::size_t p = i;
    if (at(p) == '\\' && at(p + 1) == '?' && at(p + 2) == '?' && at(p + 3) == '\\') p += 4;
    if (isAlpha(at(p)) && at(p + 1) == ':' && at(p + 2) == '\\')
        p += 3;
    else if (p == i && at(p) == '\\' && at(p + 1) == '\\' && isAlnum(at(p + 2)))
        p += 2;
    else
        return 0;
    const std::size_t root = p;
    const auto segmentEnd = [this](std::size_t q) {
        while (q < s.size() && !isSpace(s[q]) && s[q] != '"' && s[q] != '\'' && s[q] != '<' && s[q] != '>' &&
               s[q] != ',' && s[q] != ';' && s[q] != '|' && s[q] != ':')
            ++q;
        return q;
    };
    p = segmentEnd(p);
    for (;;) {
        std::size_t q = p, words = 0, end = p;
        bool slashed = false;
        constexpr std::size_t kMostWordsInASegment = 3;
        while (words < kMostWordsInASegment && at(q) == ' ' && !isSpace(at(q + 1)) && q + 1 < s.size()) {
            end = segmentEnd(q + 1);
            ++words;
            const std::string_view word = s.substr(q + 1, end - q - 1);
            const bool drive = isAlpha(at(q + 1)) && at(q + 2) == ':' && at(q + 3) == '\\';
            if (word.starts_with('\\') || drive) break; // the next path, not this one's segment
            if (word.find('\\') != std::string_view::npos) {
                slashed = true;
                break;
            }
            q = end;
        }
        if (!slashed) break;
        p = end;
    }
    p += spacedFileNameLength(p, root);
    while (p > root && (s[p - 1] == '.' || s[p - 1] == ')' || s[p - 1] == ']'))
        --p; // sentence end, a closing bracket around the path
    return p > root ? p - i : 0;
}

// The rest of a Windows path's last segment when the file name holds blanks
// (`\\server\reports\Q3 report.xlsx`): one or two more words, the last with a file
// extension, none a word of prose ("to", "from"), and only when the segment read so far
// has no extension of its own. A folder name with blanks and no file after it stays cut.
std::size_t PathScanner::spacedFileNameLength(std::size_t p, std::size_t root) const
{
    static constexpr std::array<std::string_view, 14> prose{"to", "from", "in", "into", "on",   "as", "and",
                                                            "or", "for",  "at", "by",   "with", "is", "was"};
    std::size_t segment = p;
    while (segment > root && s[segment - 1] != '\\')
        --segment;
    if (s.substr(segment, p - segment).find('.') != std::string_view::npos) return 0;
    std::size_t q = p;
    for (int words = 0; words < 2 && at(q) == ' ' && isAlnum(at(q + 1)); ++words) {
        std::size_t end = q + 1;
        while (end < s.size() && !isSpace(s[end]) && !pathStop(s[end]) && s[end] != '\\')
            ++end;
        std::string_view word = s.substr(q + 1, end - q - 1);
        while (!word.empty() && word.back() == '.')
            word.remove_suffix(1);
        if (std::find(prose.begin(), prose.end(), word) != prose.end()) return 0;
        const std::size_t dot = word.rfind('.');
        if (dot != std::string_view::npos && dot > 0 && word.size() - dot - 1 >= 1 &&
            word.size() - dot - 1 <= 5 &&
            std::all_of(word.begin() + std::ptrdiff_t(dot) + 1, word.end(),
                        [](char c) { return isAlnum(c); }))
            return q + 1 + word.size() - p;
        q = end;
    }
    return 0;
}

bool isLoneSourceFile(std::string_view message)
{
    static constexpr std::string_view kSources[] = {"c",  "cc", "cpp", "cxx",   "h", "hpp", "cs",  "java",
                                                    "kt", "go", "rs",  "swift", "m", "mm",  "f90", "pas"};
    std::size_t begin = 0;
    while (begin < message.size() && isSpace(message[begin]))
        ++begin;
    std::size_t end = begin;
    while (end < message.size() && isNameChar(message[end]))
        ++end;
    for (std::size_t rest = end; rest < message.size(); ++rest)
        if (!isSpace(message[rest])) return false;
    const std::string_view name = message.substr(begin, end - begin);
    const std::size_t dot = name.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || !isAlpha(name.front())) return false;
    const std::string_view extension = name.substr(dot + 1);
    return std::find(std::begin(kSources), std::end(kSources), extension) != std::end(kSources);
}

} // namespace logsleuth::text::detail
