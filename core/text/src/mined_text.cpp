// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "mined_text.h"

#include "access_lines.h"
#include "ascii.h"
#include "pretty_json.h"
#include "quoted_pairs.h"
#include "spaced_pair_values.h"
#include "stack_frames.h"
#include "table_rows.h"

#include "logsleuth/text/mask.h"

#include <algorithm>

namespace logsleuth::text {
namespace {

// The name a header that ends its line gives, its message on the lines after (ASP.NET Core's
// "info: Shop.Orders.OrderController[14]"): the component as the line writes it, its event id
// included; empty when the line holds more than the header or the name has blanks.
std::string_view headerOnlyName(std::string_view line, const RecordParts& parts)
{
    if (!parts.fitted || parts.component.empty() ||
        !std::all_of(parts.message.begin(), parts.message.end(), ascii::isSpace))
        return {};
    if (parts.component.data() < line.data() || parts.component.data() >= line.data() + line.size())
        return {};
    const std::size_t begin = static_cast<std::size_t>(parts.component.data() - line.data());
    std::size_t end = begin;
    while (end < line.size() && !ascii::isSpace(line[end]))
        ++end;
    const std::size_t rest = line.find_first_not_of(" \t", end);
    if (rest != std::string_view::npos) return {};
    // A command's or request's id in hex (Kamal's "DEBUG [21d61f9c] " before an empty line of a
    // command's output) names no event: such lines are the log's blank ones.
    const std::string_view name = line.substr(begin, end - begin);
    std::string_view bare = name;
    while (!bare.empty() && (bare.back() == ']' || bare.back() == ':' || bare.back() == ')'))
        bare.remove_suffix(1);
    const bool hexId = bare.size() >= 6 && std::all_of(bare.begin(), bare.end(), ascii::isHex) &&
                       std::any_of(bare.begin(), bare.end(), ascii::isDigit);
    return hexId ? std::string_view{} : name;
}

// A Python module's dotted path ("mopidy.core.library", "mopidy_iris.core", "app.__main__"): a
// logger that names no event. A header alone on its line that gives only such a name says who
// wrote the message below it (Mopidy's "INFO <stamp> [1643:MainThread] mopidy.core.library"), and
// such headers are one template; an event id ("…Diagnostics[1]") or a record type
// ("EXECUTION_STARTED") names the event.
bool isModulePath(std::string_view name)
{
    return name.find('.') != std::string_view::npos && ascii::isLower(name.front()) && name.back() != '.' &&
           std::all_of(name.begin(), name.end(),
                       [](char c) { return ascii::isLower(c) || ascii::isDigit(c) || c == '_' || c == '.'; });
}

// Where the mined text starts in a message that opens with its component, a module path after
// the spans it runs in (Rust tracing's 'request{method=GET uri=/health}: tower_http::trace:
// finished processing request'): after them, as a header's component is no part of the message.
// 0 when the message opens otherwise.
std::size_t afterOpeningModulePath(const RecordParts& parts, std::string_view message)
{
    const std::string_view component = parts.component;
    if (message.data() != parts.message.data() || component.data() < message.data() ||
        component.data() >= message.data() + message.size() ||
        (component.find("::") == std::string_view::npos && component.data() == message.data()))
        return 0;
    const auto end = static_cast<std::size_t>(component.data() - message.data()) + component.size();
    return end + 1 < message.size() && message[end] == ':' && message[end + 1] == ' ' ? end + 2 : 0;
}

} // namespace

bool minedTextOf(std::string_view line, std::string_view previousMessage, const RecordParts& parts,
                 std::string_view message, std::string& out)
{
    // A header alone on its line is mined as the name it gives, as written: its logger and event
    // id tell such lines apart, where an empty message would make them one template.
    if (const std::string_view name = headerOnlyName(line, parts); !name.empty()) {
        if (isModulePath(name))
            out.clear();
        else if (name.ends_with("]:"))
            maskMessage(name, out); // a program's tag and its process id, an empty message after
        else
            out.assign(name);
        return false;
    }
    // ... and a header with no name to give (a stamp alone, Firebird's "fbsrv01\tFri Nov 20
    // 07:42:34 2026" above its lines) as its masked shape: it is no blank line.
    if (parts.fitted && std::all_of(message.begin(), message.end(), ascii::isSpace) &&
        !std::all_of(line.begin(), line.end(), ascii::isSpace)) {
        maskMessage(line, out);
        return false;
    }
    if (parts.fitted && parts.accessLine) {
        out.clear();
        detail::appendAccessLineShape(message, out);
        return true;
    }
    message.remove_prefix(afterOpeningModulePath(parts, message));
    if (const std::string_view frame = frameShape(message, previousMessage); !frame.empty()) {
        out.assign(frame);
        return false;
    }
    // A line of a JSON document printed under a record's header.
    if (!parts.fitted) {
        if (const std::string_view shape = prettyJsonShape(message, previousMessage); !shape.empty()) {
            out.assign(shape);
            return false;
        }
    }
    // An access line inside the message: what leads it masked, the rest its shape.
    bool shaped = false;
    if (const std::size_t request = detail::requestLineWithStatus(message);
        request != std::string_view::npos) {
        maskMessage(message.substr(0, request), out);
        detail::appendAccessLineShape(message.substr(request), out);
        shaped = true;
    } else {
        maskMessage(message, out);
        detail::wildcardQuotedPairValues(out);
        detail::wildcardSpacedPairValues(out);
        detail::wildcardTableRowName(out);
    }
    // A record's type opens its template: lines of two types seldom share an event.
    if (parts.fitted && parts.componentIsType && !parts.component.empty())
        out.insert(0, 1, ' ').insert(0, parts.component.data(), parts.component.size());
    return shaped;
}

} // namespace logsleuth::text
