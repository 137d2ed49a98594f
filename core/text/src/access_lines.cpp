// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "access_lines.h"

#include "ascii.h"

namespace logsleuth::text::detail {
namespace {

using ascii::isDigit;

// Where the field opening at `at` ends: a quoted one after its closing quote (a backslash escapes
// one), a bracketed one after its bracket, another at the next blank.
std::size_t fieldEnd(std::string_view text, std::size_t at)
{
    const char open = text[at];
    if (open != '"' && open != '[') {
        while (at < text.size() && !ascii::isSpace(text[at]))
            ++at;
        return at;
    }
    const char close = open == '"' ? '"' : ']';
    for (++at; at < text.size() && text[at] != close; ++at)
        if (text[at] == '\\' && open == '"') ++at;
    return at < text.size() ? at + 1 : text.size();
}

} // namespace

std::size_t requestLineWithStatus(std::string_view message)
{
    for (std::size_t protocol = message.find(" HTTP/"); protocol != std::string_view::npos;
         protocol = message.find(" HTTP/", protocol + 1)) {
        std::size_t at = protocol + 6;
        while (at < message.size() && (isDigit(message[at]) || message[at] == '.'))
            ++at;
        // The quote that closes the request, a blank, a status of three digits (or Envoy's 0 for
        // none sent), then a blank or the end.
        if (at + 2 >= message.size() || message[at] != '"' || message[at + 1] != ' ') continue;
        std::size_t status = at + 2;
        while (status < message.size() && isDigit(message[status]))
            ++status;
        const std::size_t digits = status - at - 2;
        if ((digits != 3 && (digits != 1 || message[at + 2] != '0')) ||
            (status < message.size() && !ascii::isSpace(message[status])))
            continue;
        // The quote that opens it, right before the method's capitals.
        const std::size_t open = message.rfind('"', protocol);
        if (open != std::string_view::npos && open + 1 < message.size() && ascii::isUpper(message[open + 1]))
            return open;
    }
    return std::string_view::npos;
}

void appendAccessLineShape(std::string_view fields, std::string& out)
{
    bool inRun = false; // the last field written was a run of words
    for (std::size_t at = 0; at < fields.size();) {
        if (ascii::isSpace(fields[at])) {
            ++at;
            continue;
        }
        const char open = fields[at];
        const std::size_t end = fieldEnd(fields, at);
        at = end;
        if (open != '"' && open != '[' && inRun) continue;
        if (!out.empty()) out.push_back(' ');
        inRun = open != '"' && open != '[';
        out.append(open == '"' ? "\"<*>\"" : open == '[' ? "[<*>]" : "<*>");
    }
}

} // namespace logsleuth::text::detail
