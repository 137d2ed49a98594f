// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "stack_frames.h"

#include "ascii.h"
#include "continuation.h"

#include <algorithm>

namespace logsleuth::text {
namespace {

std::string_view trimmedFront(std::string_view text)
{
    while (!text.empty() && ascii::isSpace(text.front()))
        text.remove_prefix(1);
    return text;
}

// "at com.acme.Shop.run(Shop.java:12)", "at Foo.Update () [0x0] in <h>:0", "at async
// Promise.all (index 0)", "at lambda_method12(Closure, Object)": after "at " (and JavaScript's
// "async " or "new "), a name that opens with a letter and holds a dot, a parenthesis or an
// angle bracket: "at 10.5 seconds" and "at least once" are prose.
bool isCallFrame(std::string_view text)
{
    if (!text.starts_with("at ")) return false;
    text.remove_prefix(3);
    for (std::string_view word : {"async ", "new "})
        if (text.starts_with(word)) text.remove_prefix(word.size());
    if (text.empty() ||
        !(ascii::isAlpha(text.front()) || text.front() == '_' || text.front() == '<' || text.front() == '$'))
        return false;
    const std::size_t blank = text.find(' ');
    const std::string_view name = text.substr(0, blank);
    if (name.find_first_of(".(<") != std::string_view::npos) return true;
    // JavaScript names a plain function before its location: "at next (/app/route.js:149:13)".
    if (blank == std::string_view::npos || text.substr(blank).size() < 5 || text.substr(blank, 2) != " (" ||
        text.back() != ')')
        return false;
    const std::string_view location = text.substr(blank + 2, text.size() - blank - 3);
    const std::size_t colon = location.rfind(':');
    return colon != std::string_view::npos && colon + 1 < location.size() &&
           std::all_of(location.begin() + static_cast<std::ptrdiff_t>(colon) + 1, location.end(),
                       ascii::isDigit);
}

// Python's 'File "/app/tasks.py", line 88, in sync_inventory'.
bool isPythonFrame(std::string_view text)
{
    return text.starts_with("File \"") && text.find("\", line ") != std::string_view::npos;
}

// PHP's "#0 /app/src/Db.php(31): PDO->__construct(…)", gdb's "#1  0x00007f… in poll () from …":
// a number after '#', then a call. PHP's closing "#5 {main}" is an event of its own.
bool isNumberedFrame(std::string_view text)
{
    std::size_t digits = 1;
    while (digits < text.size() && ascii::isDigit(text[digits]))
        ++digits;
    if (text.empty() || text[0] != '#' || digits == 1 || digits >= text.size() || text[digits] != ' ')
        return false;
    const std::string_view call = text.substr(digits);
    const std::size_t open = call.find('(');
    return open != std::string_view::npos && call.find(')', open) != std::string_view::npos;
}

// The Linux kernel's "dump_stack_lvl+0x76/0xa0", "? __schedule+0x3b1/0x1560 [nf_tables]": a
// symbol, its offset and size in hex, the module it lies in.
bool isKernelFrame(std::string_view text)
{
    if (text.starts_with("? ")) text.remove_prefix(2);
    std::size_t p = 0;
    while (p < text.size() && (ascii::isAlnum(text[p]) || text[p] == '_' || text[p] == '.'))
        ++p;
    if (p == 0 || text.substr(p, 3) != "+0x") return false;
    p += 3;
    const auto hexRun = [&](std::size_t at) {
        std::size_t q = at;
        while (q < text.size() && ascii::isHex(text[q]))
            ++q;
        return q - at;
    };
    std::size_t run = hexRun(p);
    if (run == 0 || text.substr(p + run, 3) != "/0x") return false;
    p += run + 3;
    run = hexRun(p);
    if (run == 0) return false;
    p += run;
    return p == text.size() || (text[p] == ' ' && text.substr(p + 1).starts_with('[') && text.back() == ']');
}

// Where the run of digits that ends at `end` begins (`end` itself where none does): the line and
// column numbers that close a frame's location.
std::size_t digitsEndingAt(std::string_view text, std::size_t end)
{
    while (end > 0 && ascii::isDigit(text[end - 1]))
        --end;
    return end;
}

// Ruby's "/app/lib/out.rb:1148:in `rescue in send_bulk'" (3.4 on: "in 'Out#send_bulk'"),
// "from" before it where an uncaught exception's trace goes on: a file, its line, the method.
bool isRubyFrame(std::string_view text)
{
    if (text.starts_with("from ")) text.remove_prefix(5);
    const std::size_t in = text.find(":in ");
    if (in == std::string_view::npos || in == 0 || text.size() < in + 6) return false;
    const char quote = text[in + 4];
    if ((quote != '`' && quote != '\'') || text.back() != '\'') return false;
    const std::size_t digits = digitsEndingAt(text, in);
    return digits < in && digits > 1 && text[digits - 1] == ':' &&
           text.substr(0, digits - 1).find(' ') == std::string_view::npos;
}

// Perl's (Carp's confess and cluck): "Pkg::sub(ARGS) called at /path/Mod.pm line 64", "eval {...}
// called at …": the call, whatever its arguments, then a file with no blank and its line.
bool isPerlFrame(std::string_view text)
{
    const std::size_t called = text.rfind(" called at ");
    if (called == std::string_view::npos || called == 0) return false;
    const std::string_view where = text.substr(called + 11);
    const std::size_t line = where.find(" line ");
    if (line == std::string_view::npos || line == 0 ||
        where.substr(0, line).find(' ') != std::string_view::npos)
        return false;
    std::string_view number = where.substr(line + 6);
    if (!number.empty() && number.back() == '.') number.remove_suffix(1);
    return ascii::allDigits(number);
}

// MATLAB's, under a warning or an error: "In calib_run>objfun (line 61)", a function (a local
// one after '>') and its line. (The first one, marked "> In …", is a line of its own kind.)
bool isMatlabFrame(std::string_view text)
{
    if (!text.starts_with("In ") || !text.ends_with(")")) return false;
    const std::size_t open = text.find(" (line ");
    if (open == std::string_view::npos || open <= 3 ||
        text.substr(3, open - 3).find(' ') != std::string_view::npos)
        return false;
    return ascii::allDigits(text.substr(open + 7, text.size() - open - 8));
}

// Papyrus' (the script engine of Skyrim and Fallout), under "stack:": "[alias Follower1 on quest
// nwsQuest (0E012F4C)].nwsFollowerAliasScr.OnCombatStateChanged() - "nwsFollowerAliasScr.psc" Line
// 352": the object in brackets, its script's function, the script's file and its line ('?' where
// the engine has none), or "<native>" for the engine's own functions.
bool isPapyrusFrame(std::string_view text)
{
    if (!text.starts_with('[')) return false;
    const std::size_t dash = text.rfind(" - ");
    if (dash == std::string_view::npos) return false;
    const std::string_view call = text.substr(0, dash), where = text.substr(dash + 3);
    if (call.find("].") == std::string_view::npos || !call.ends_with(')')) return false;
    if (where == "<native>") return true;
    const std::size_t line = where.rfind("\" Line ");
    if (!where.starts_with('"') || line == std::string_view::npos) return false;
    const std::string_view number = where.substr(line + 7);
    return number == "?" || ascii::allDigits(number);
}

// SpiderMonkey's and JavaScriptCore's (GNOME Shell's GJS, Firefox, Safari): "_emit@resource:///org/
// gnome/gjs/modules/core/_signals.js:130:42", the function's name before '@' or none, a script's
// address after it, its line and column; no blank.
bool isAtSignFrame(std::string_view text)
{
    const std::size_t at = text.find('@');
    if (at == std::string_view::npos || text.find(' ') != std::string_view::npos) return false;
    const std::string_view where = text.substr(at + 1);
    if (where.find("://") == std::string_view::npos && !where.starts_with('/')) return false;
    std::size_t end = where.size(), colons = 0;
    for (; colons < 2; ++colons) {
        const std::size_t digits = digitsEndingAt(where, end);
        if (digits == end || digits == 0 || where[digits - 1] != ':') break;
        end = digits - 1;
    }
    return colons > 0;
}

// A Go goroutine's function line ("main.(*Server).handle(0xc000123, {0x1, 0x2})", "created by
// testing.(*T).Run in goroutine 1") after the goroutine's header ("goroutine 7 [running]:", the
// race detector's "Read at 0x… by goroutine 7:") or the file and line of the frame before, which
// Go writes indented ("\t/app/server.go:88 +0x1a5").
bool isGoFunctionFrame(std::string_view text, std::string_view previousMessage)
{
    const std::string_view previous = trimmedFront(previousMessage);
    const std::size_t go = previous.find(".go:");
    const bool afterFrame = previous.size() < previousMessage.size() && go != std::string_view::npos &&
                            go + 4 < previous.size() && ascii::isDigit(previous[go + 4]);
    const bool afterHeader = previous.find("goroutine ") != std::string_view::npos && previous.ends_with(':');
    if (!(afterFrame || afterHeader)) return false;
    if (text.starts_with("created by ")) return true;
    if (text.empty() || text.back() != ')') return false;
    const std::size_t open = text.find('(');
    return open != std::string_view::npos && open > 0 &&
           text.substr(0, open).find(' ') == std::string_view::npos;
}

// A Go frame's file and line as zap's stack traces write it, indented and alone
// ("\tgo.opentelemetry.io/collector/exporter@v0.112.0/internal/queue/consumers.go:43"): a path
// with no blank ending in ".go:" and the line's number.
bool isGoFileFrame(std::string_view message)
{
    const std::string_view text = trimmedFront(message);
    if (text.size() == message.size() || text.find(' ') != std::string_view::npos) return false;
    const std::size_t go = text.rfind(".go:");
    if (go == std::string_view::npos || go == 0 || go + 4 == text.size()) return false;
    return std::all_of(text.begin() + static_cast<std::ptrdiff_t>(go + 4), text.end(), ascii::isDigit);
}

// ... and the function above it, zap's writing no arguments ("go.opentelemetry.io/collector/
// exporter/internal/queue.(*Consumers[...]).Start.func1"): a package path and a name after its last
// slash, no blank or colon, unindented; after a file line, or opening the trace.
bool isGoQualifiedFunction(std::string_view message, std::string_view previousMessage)
{
    if (message.empty() || !ascii::isAlpha(message.front()) ||
        message.find_first_of(" \t:") != std::string_view::npos)
        return false;
    // After the last slash, the package's name in lower case, a dot, and the function's:
    // identifiers, dots, a receiver's "(*T[...])" (a URL's path "r11.o.lencr.org/MFMwUTBP…" is no such).
    const std::size_t slash = message.rfind('/');
    if (slash == std::string_view::npos) return false;
    const std::string_view name = message.substr(slash + 1);
    std::size_t dot = 0;
    while (dot < name.size() && (ascii::isLower(name[dot]) || ascii::isDigit(name[dot]) || name[dot] == '_'))
        ++dot;
    if (dot == 0 || !ascii::isLower(name[0]) || dot + 1 >= name.size() || name[dot] != '.') return false;
    const auto inName = [](char c) {
        return ascii::isAlnum(c) || c == '_' || c == '.' || c == '(' || c == ')' || c == '*' || c == '[' ||
               c == ']';
    };
    if (!std::all_of(name.begin(), name.end(), inName)) return false;
    if (isGoFileFrame(previousMessage)) return true;
    // Opening the trace: a module's host before the first slash (go.opentelemetry.io/…) and an
    // exported name or a receiver after the package ("internal.NewQueueSender", "queue.(*Q)"), which
    // a file's name ("detectportal.firefox.com/canonical.html") is not.
    return message.substr(0, message.find('/')).find('.') != std::string_view::npos &&
           (ascii::isUpper(name[dot + 1]) || name[dot + 1] == '(');
}

} // namespace

std::string_view frameShape(std::string_view message, std::string_view previousMessage)
{
    const std::string_view text = trimmedFront(message);
    if (isCallFrame(text)) return "at <*>";
    if (isPythonFrame(text))
        return text.find(", in ") != std::string_view::npos ? "File <*>, line <NUM>, in <*>"
                                                            : "File <*>, line <NUM>";
    if (isNumberedFrame(text)) return "#<NUM> <*>";
    if (isKernelFrame(text)) return "<*>+<HEX>/<HEX>";
    if (isGoFunctionFrame(text, previousMessage) || isGoQualifiedFunction(message, previousMessage))
        return "<*>(<*>)";
    if (isGoFileFrame(message)) return "<*>.go:<NUM>";
    if (isRubyFrame(text)) return "<*>:<NUM>:in <*>";
    if (isPerlFrame(text)) return "<*> called at <*> line <NUM>";
    if (isAtSignFrame(text)) return "<*>@<*>";
    if (isMatlabFrame(text)) return "In <*> (line <NUM>)";
    if (isPapyrusFrame(text)) return "[<*>].<*>() - <*>";
    // The source line Python prints under a frame, indented deeper than the frame (or, where a
    // parser took the indentation off both, any line after a frame but another frame or the
    // exception), and the carets (3.11 on) under the part of it that failed.
    const std::string_view previous = trimmedFront(previousMessage);
    const bool deeper = indentOf(message) > indentOf(previousMessage) ||
                        (indentOf(message) == 0 && indentOf(previousMessage) == 0 && !namesException(text));
    if (isPythonFrame(previous) && !text.empty() && deeper) return "(source) <*>";
    if (text.size() >= 3 && text.find_first_not_of("^~") == std::string_view::npos) return "^^^";
    return {};
}

} // namespace logsleuth::text
