// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "stack_frames.h"

#include "ascii.h"

namespace logsleuth::text {
namespace {

std::string_view trimmedFront(std::string_view text)
{
    while (!text.empty() && ascii::isSpace(text.front()))
        text.remove_prefix(1);
    return text;
}

std::size_t indentOf(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t'))
        ++i;
    return i;
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
    const std::string_view name = text.substr(0, text.find(' '));
    return name.find_first_of(".(<") != std::string_view::npos;
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

} // namespace

std::string_view frameShape(std::string_view message, std::string_view previousLine)
{
    const std::string_view text = trimmedFront(message);
    if (isCallFrame(text)) return "at <*>";
    if (isPythonFrame(text))
        return text.find(", in ") != std::string_view::npos ? "File <*>, line <NUM>, in <*>"
                                                            : "File <*>, line <NUM>";
    if (isNumberedFrame(text)) return "#<NUM> <*>";
    // The source line Python prints under a frame, indented deeper than the frame, and the
    // carets (3.11 on) under the part of it that failed.
    const std::string_view previous = trimmedFront(previousLine);
    if (isPythonFrame(previous) && !text.empty() && indentOf(message) > indentOf(previousLine))
        return "(source) <*>";
    if (text.size() >= 3 && text.find_first_not_of("^~") == std::string_view::npos) return "^^^";
    return {};
}

} // namespace logsleuth::text
