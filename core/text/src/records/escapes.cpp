// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "escapes.h"

#include "cef.h"
#include "csv_columns.h"
#include "json_pairs.h"

#include "../utf8.h"

#include <cstdint>

namespace logsleuth::text::detail {
namespace {

int hexDigit(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// The four hex digits at `at`, or -1.
long hex4(std::string_view s, std::size_t at)
{
    if (at + 4 > s.size()) return -1;
    long value = 0;
    for (std::size_t i = at; i < at + 4; ++i) {
        const int d = hexDigit(s[i]);
        if (d < 0) return -1;
        value = value * 16 + d;
    }
    return value;
}

void decodeBackslashes(std::string_view s, std::string& out)
{
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\\' || i + 1 == s.size()) {
            out.push_back(s[i]);
            continue;
        }
        const char e = s[i + 1];
        switch (e) {
        case '"':
        case '\\':
        case '/':
            out.push_back(e);
            ++i;
            break;
        case 'n':
        case 'r':
        case 't':
        case 'b':
        case 'f':
            out.push_back(' ');
            ++i;
            break;
        case 'u': {
            long cp = hex4(s, i + 2);
            if (cp < 0) {
                out.push_back('\\'); // not an escape after all: kept as written
                break;
            }
            std::size_t used = 6;
            if (cp >= 0xD800 && cp < 0xDC00 && i + 12 <= s.size() && s[i + 6] == '\\' && s[i + 7] == 'u') {
                const long low = hex4(s, i + 8);
                if (low >= 0xDC00 && low < 0xE000) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    used = 12;
                }
            }
            // A lone surrogate stands for no character: U+FFFD, as a decoder replaces it.
            if (cp >= 0xD800 && cp < 0xE000) cp = 0xFFFD;
            if (cp < 0x20)
                out.push_back(' '); // a control character separates words as a blank does
            else
                appendUtf8(out, static_cast<std::uint32_t>(cp));
            i += used - 1;
            break;
        }
        default:
            out.push_back('\\');
            break;
        }
    }
}

// `count` wildcards a blank apart: a row of values, one a column.
void appendWildcards(std::size_t count, std::string& out)
{
    for (std::size_t i = 0; i < count; ++i)
        out += i == 0 ? "<*>" : " <*>";
}

// The columns of a row, each a run of bytes between blanks or tabs; a value in double quotes
// keeps its blanks (Blue Coat's "Office/Business Applications"), as the row's reader splits it.
std::size_t blankSeparatedColumns(std::string_view row)
{
    std::size_t columns = 0;
    bool inColumn = false;
    for (std::size_t i = 0; i < row.size(); ++i) {
        const char c = row[i];
        const bool separator = c == ' ' || c == '\t' || c == '\r';
        if (const std::size_t close =
                !separator && !inColumn && c == '"' ? closingQuoteOfColumn(row, i) : std::string_view::npos;
            close != std::string_view::npos) {
            i = close;
            ++columns;
            continue; // the blank after the closing quote ends the column
        }
        columns += !separator && !inColumn ? 1 : 0;
        inColumn = !separator;
    }
    return columns;
}

} // namespace

std::size_t closingQuoteOfColumn(std::string_view row, std::size_t open)
{
    if (const std::size_t close = row.find("\" ", open + 1); close != std::string_view::npos) return close;
    return row.size() > open + 1 && row.back() == '"' ? row.size() - 1 : std::string_view::npos;
}

void decodeEscapes(std::string_view written, MessageEscapes escapes, std::string& out)
{
    out.clear();
    out.reserve(written.size());
    switch (escapes) {
    case MessageEscapes::None:
        out.assign(written);
        return;
    case MessageEscapes::Backslash:
        decodeBackslashes(written, out);
        return;
    case MessageEscapes::DoubledQuotes:
        for (std::size_t i = 0; i < written.size(); ++i) {
            out.push_back(written[i]);
            if (written[i] == '"' && i + 1 < written.size() && written[i + 1] == '"') ++i;
        }
        return;
    case MessageEscapes::JsonObject:
        if (!jsonObjectPairs(written, out)) out.assign(written);
        return;
    case MessageEscapes::ValueColumns:
        appendWildcards(blankSeparatedColumns(written), out);
        return;
    case MessageEscapes::CefExtension:
        if (!cefExtensionPairs(written, out)) out.assign(written);
        return;
    case MessageEscapes::CsvValues: {
        thread_local std::vector<std::string_view> fields;
        splitCsv(written, fields);
        appendWildcards(fields.size(), out);
        return;
    }
    }
}

} // namespace logsleuth::text::detail
