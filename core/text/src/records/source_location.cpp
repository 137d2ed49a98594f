// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "source_location.h"
#include "../ascii.h"

#include <algorithm>
#include <cstddef>

namespace logsleuth::text::detail {
namespace {

// A name as code writes one, dots allowed: "app.db", "__main__", "connect".
bool isIdentifier(std::string_view s)
{
    if (s.empty() || !((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z') || s[0] == '_'))
        return false;
    return std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
               c == '.';
    });
}

// "42": the line of a source location, after its colon.
bool isLineNumber(std::string_view s)
{
    return ascii::allDigits(s);
}

// "module:function:42" (Python's loguru): the module is the component.
bool isModuleFunctionLine(std::string_view s)
{
    const std::size_t last = s.rfind(':');
    if (last == std::string_view::npos || last == 0 || last + 1 >= s.size()) return false;
    const std::size_t first = s.rfind(':', last - 1);
    if (first == std::string_view::npos) return false;
    return isLineNumber(s.substr(last + 1)) && isIdentifier(s.substr(0, first)) &&
           isIdentifier(s.substr(first + 1, last - first - 1));
}

// "EtcService.generate():446", "middlewared.plugins.cloud_sync.sync():724" (TrueNAS's
// middlewared): a module, a method called on it, and the line; the module, or empty.
std::string_view moduleOfCallLine(std::string_view s)
{
    const std::size_t colon = s.rfind(':');
    if (colon == std::string_view::npos || colon < 3 || !isLineNumber(s.substr(colon + 1)) ||
        s.substr(colon - 2, 2) != "()")
        return {};
    const std::string_view call = s.substr(0, colon - 2);
    const std::size_t dot = call.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || !isIdentifier(call)) return {};
    return call.substr(0, dot);
}

// "salt.minion      :1723" (Python's "%(name)-17s:%(lineno)-4d", Salt's): a dotted module,
// padded or not, and the line that logged; the module, without its padding, or empty.
std::string_view moduleOfModuleLine(std::string_view s)
{
    const std::size_t colon = s.rfind(':');
    if (colon == std::string_view::npos || colon == 0 || !isLineNumber(s.substr(colon + 1))) return {};
    const std::string_view module = ascii::trimTrailingBlanks(s.substr(0, colon));
    return isIdentifier(module) && module.find('.') != std::string_view::npos && module.back() != '.'
               ? module
               : std::string_view();
}

// "{taskinstance.py:1739}", "(main.c:42)": a source location may come in braces; and the
// function that logged may follow its line ("logger.go:102:func1()", Gitea's).
std::string_view unwrapped(std::string_view s)
{
    if (s.size() > 2 && ((s.front() == '{' && s.back() == '}') || (s.front() == '(' && s.back() == ')')))
        return s.substr(1, s.size() - 2);
    if (s.ends_with("()")) {
        const std::size_t colon = s.rfind(':');
        if (colon != std::string_view::npos && colon + 3 < s.size() &&
            isIdentifier(s.substr(colon + 1, s.size() - colon - 3)))
            return s.substr(0, colon);
    }
    return s;
}

// A source file's extension: "c", "go", "java", …
bool isSourceExtension(std::string_view extension)
{
    for (std::string_view source :
         {"c",   "h", "cc", "cpp", "cxx", "go",    "rs",  "py", "java", "js", "ts",   "rb",
          "php", "m", "mm", "cs",  "kt",  "swift", "lua", "pl", "erl",  "ex", "scala"})
        if (extension == source) return true;
    return false;
}

// "(server.c.1534)": lighttpd writes the line after a dot. Only after a source file's extension,
// so that a library's "libssl.so.3" or a rotated "app.log.2" is not taken for one. Where the
// line starts, or npos.
std::size_t lineAfterDot(std::string_view s)
{
    const bool wrapped = s.size() > 2 && s.front() == '(' && s.back() == ')';
    if (wrapped) s = s.substr(1, s.size() - 2);
    const std::size_t lineDot = s.rfind('.');
    if (lineDot == std::string_view::npos || !isLineNumber(s.substr(lineDot + 1)))
        return std::string_view::npos;
    const std::size_t extensionDot = s.rfind('.', lineDot - 1);
    if (extensionDot == std::string_view::npos || extensionDot == 0 ||
        !isIdentifier(s.substr(0, extensionDot)))
        return std::string_view::npos;
    const std::string_view extension = s.substr(extensionDot + 1, lineDot - extensionDot - 1);
    return isSourceExtension(extension) ? lineDot + 1 + (wrapped ? 1 : 0) : std::string_view::npos;
}

// "…(137)": where the parenthesis opens that closes the word on a line number, or npos.
std::size_t parenthesisedLineOpen(std::string_view s)
{
    if (s.empty() || s.back() != ')') return std::string_view::npos;
    const std::size_t open = s.rfind('(');
    return open != std::string_view::npos && isLineNumber(s.substr(open + 1, s.size() - open - 2))
               ? open
               : std::string_view::npos;
}

// "TraceStream.cpp(00469)", "net_module.cc(32)": a source file and its line in parentheses (SAP
// HANA's traces, Chromium's). Where the line's parenthesis opens, or npos.
std::size_t fileBeforeParenthesisedLine(std::string_view s)
{
    if (s.size() < 6) return std::string_view::npos;
    const std::size_t open = parenthesisedLineOpen(s);
    if (open == std::string_view::npos || open == 0) return std::string_view::npos;
    const std::size_t dot = s.rfind('.', open);
    if (dot == std::string_view::npos || dot == 0 || !isIdentifier(s.substr(0, dot)) ||
        !isSourceExtension(s.substr(dot + 1, open - dot - 1)))
        return std::string_view::npos;
    return open;
}

// "Listener.contextInitialized(137)", "MainKt.main#83": a class, its method and the line that
// logged, in parentheses (log4j's "%C{1}.%M(%L)") or after a '#' (Jitsi's). Where the class
// ends, or npos.
std::size_t classBeforeMethodLine(std::string_view s)
{
    std::size_t lineAt = std::string_view::npos, methodEnd = 0;
    if (s.size() > 3 && s.back() == ')') {
        const std::size_t open = parenthesisedLineOpen(s);
        if (open == std::string_view::npos) return std::string_view::npos;
        lineAt = open + 1;
        methodEnd = open;
    } else if (const std::size_t hash = s.rfind('#'); hash != std::string_view::npos) {
        if (!isLineNumber(s.substr(hash + 1))) return std::string_view::npos;
        lineAt = hash + 1;
        methodEnd = hash;
    }
    if (lineAt == std::string_view::npos) return std::string_view::npos;
    const std::size_t dot = s.rfind('.', methodEnd);
    if (dot == std::string_view::npos || dot == 0 || dot + 1 >= methodEnd) return std::string_view::npos;
    const auto javaName = [](std::string_view name) {
        return std::all_of(name.begin(), name.end(), [](char c) {
            return ascii::isAlnum(c) || c == '_' || c == '$' || c == '.' || c == '<' || c == '>';
        });
    };
    // (A file's extension is no method: Chromium's "net_module.cc(32)" is a file and its line.)
    const std::string_view method = s.substr(dot + 1, methodEnd - dot - 1);
    const bool classFirst = ascii::isAlpha(s[0]) || s[0] == '_';
    return classFirst && javaName(s.substr(0, dot)) && javaName(method) && !isSourceExtension(method)
               ? dot
               : std::string_view::npos;
}

// A class named as Java and C# name them, without its package: an identifier of letters and
// digits in camel case, two capitals or more ("AgentService", "BuildRepositoryRemoteImpl"), which a
// port's or a status's label ("Port", "HTTP") is not.
bool isClassName(std::string_view s)
{
    if (s.size() < 4 || !ascii::isUpper(s.front())) return false;
    std::size_t capitals = 0, lower = 0;
    for (char c : s) {
        if (!ascii::isAlnum(c)) return false;
        capitals += ascii::isUpper(c) ? 1 : 0;
        lower += ascii::isLower(c) ? 1 : 0;
    }
    return capitals >= 2 && lower >= 2;
}

} // namespace

bool isQualifiedName(std::string_view s)
{
    int segments = 0;
    bool capitalised = false;
    for (std::size_t start = 0; start <= s.size();) {
        std::size_t end = s.find('.', start);
        if (end == std::string_view::npos) end = s.size();
        const std::string_view part = s.substr(start, end - start);
        if (part.empty()) return false;
        const char first = part.front();
        const auto nameChar = [](char c) { return ascii::isAlnum(c) || c == '_' || c == '$'; };
        if (!(ascii::isAlpha(first) || first == '_') || !std::all_of(part.begin(), part.end(), nameChar))
            return false;
        capitalised = capitalised || ((first >= 'A' && first <= 'Z') &&
                                      std::any_of(part.begin(), part.end(), ascii::isLower));
        ++segments;
        start = end + 1;
    }
    return segments >= 3 && capitalised;
}

bool isModuleName(std::string_view s, bool& dotted)
{
    int segments = 0;
    for (std::size_t start = 0; start <= s.size();) {
        std::size_t end = s.find('.', start);
        if (end == std::string_view::npos) end = s.size();
        const std::string_view part = s.substr(start, end - start);
        if (part.empty() || !(ascii::isLower(part.front()) || part.front() == '_')) return false;
        if (!std::all_of(part.begin(), part.end(), [](char c) {
                return ascii::isLower(c) || ascii::isDigit(c) || c == '_' || c == '-';
            }))
            return false;
        ++segments;
        start = end + 1;
    }
    dotted = segments >= 2;
    return true;
}

bool isSourceLocation(std::string_view s)
{
    if (lineAfterDot(s) != std::string_view::npos || classBeforeMethodLine(s) != std::string_view::npos ||
        fileBeforeParenthesisedLine(s) != std::string_view::npos)
        return true;
    s = unwrapped(s);
    if (isModuleFunctionLine(s) || !moduleOfModuleLine(s).empty() || !moduleOfCallLine(s).empty())
        return true;
    const std::size_t colon = s.rfind(':');
    if (colon == std::string_view::npos || !isLineNumber(s.substr(colon + 1))) return false;
    if (isClassName(s.substr(0, colon))) return true; // logback's "%logger{0}:%line": "AgentService:338"
    const std::size_t dot = s.rfind('.', colon);
    if (dot == std::string_view::npos || dot == 0 || colon - dot - 1 < 1 || colon - dot - 1 > 5) return false;
    for (char c : s.substr(dot + 1, colon - dot - 1))
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
    return true;
}

std::string_view fileOf(std::string_view location)
{
    if (const std::size_t end = classBeforeMethodLine(location); end != std::string_view::npos)
        return location.substr(0, end); // "Listener.contextInitialized(137)" → "Listener"
    if (const std::size_t open = fileBeforeParenthesisedLine(location); open != std::string_view::npos)
        return location.substr(0, open); // "TraceStream.cpp(00469)" → "TraceStream.cpp"
    if (const std::size_t line = lineAfterDot(location); line != std::string_view::npos) {
        const std::size_t from = location.front() == '(' ? 1 : 0;
        return location.substr(from, line - 1 - from); // "(server.c.1534)" → "server.c"
    }
    location = unwrapped(location);
    if (isModuleFunctionLine(location)) return location.substr(0, location.find(':'));
    if (const std::string_view module = moduleOfModuleLine(location); !module.empty()) return module;
    if (const std::string_view module = moduleOfCallLine(location); !module.empty()) return module;
    return isSourceLocation(location) ? location.substr(0, location.rfind(':')) : location;
}

} // namespace logsleuth::text::detail
