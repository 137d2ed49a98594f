// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "cef.h"

#include "../ascii.h"
#include "../plain_word.h"
#include "pair_value.h"

#include <array>

namespace logsleuth::text::detail {
namespace {

// Where the header field starting at `from` ends: the next bar not escaped by a backslash.
std::size_t fieldEnd(std::string_view text, std::size_t from)
{
    for (std::size_t p = from; p < text.size(); ++p) {
        if (text[p] == '\\') {
            ++p;
            continue;
        }
        if (text[p] == '|') return p;
    }
    return std::string_view::npos;
}

// The length of an extension key ("cn1Label", "ad.user_name") and its '=' at `at`; 0 if none.
std::size_t keyLengthAt(std::string_view text, std::size_t at)
{
    const std::size_t key = at < text.size() ? codeKeyLength(text.substr(at)) : 0;
    return key > 0 ? key + 1 : 0;
}

} // namespace

bool readCefHeader(std::string_view message, CefHeader& out)
{
    if (!message.starts_with("CEF:") || message.size() < 6 || !ascii::isDigit(message[4])) return false;
    // Version, vendor, product, device version, signature id, name, severity.
    std::array<std::string_view, 7> fields;
    std::size_t at = 4;
    for (std::size_t f = 0; f < fields.size(); ++f) {
        const std::size_t end = fieldEnd(message, at);
        if (end == std::string_view::npos) return false;
        fields[f] = message.substr(at, end - at);
        if (f == 5) out.name = message.substr(at);
        at = end + 1;
    }
    out.product = fields[2];
    out.severity = fields[6];
    return true;
}

bool cefExtensionPairs(std::string_view fromName, std::string& out)
{
    const std::size_t nameEnd = fieldEnd(fromName, 0);
    const std::size_t severityEnd =
        nameEnd == std::string_view::npos ? nameEnd : fieldEnd(fromName, nameEnd + 1);
    if (severityEnd == std::string_view::npos) return false;
    const std::string_view extension = fromName.substr(severityEnd + 1);
    out.clear();
    // A value runs to the blank before the next key: "cs1Label=Host ID dvchost=web-08".
    std::size_t p = 0;
    while (p < extension.size() && extension[p] == ' ')
        ++p;
    while (p < extension.size()) {
        const std::size_t key = keyLengthAt(extension, p);
        if (key == 0) return !out.empty() || extension.empty();
        const std::size_t valueBegin = p + key;
        std::size_t valueEnd = valueBegin, next = extension.size();
        for (std::size_t q = valueBegin; q < extension.size(); ++q) {
            if (extension[q] == '\\') {
                ++q;
                continue;
            }
            if (extension[q] == ' ' && keyLengthAt(extension, q + 1) > 0) {
                next = q + 1;
                break;
            }
        }
        valueEnd = next == extension.size() ? extension.size() : next - 1;
        std::string_view value = extension.substr(valueBegin, valueEnd - valueBegin);
        while (!value.empty() && (value.back() == ' ' || value.back() == '\r'))
            value.remove_suffix(1);
        if (!out.empty()) out += ' ';
        out += extension.substr(p, key);
        appendPairValue(value, out);
        p = next;
    }
    return true;
}

} // namespace logsleuth::text::detail
