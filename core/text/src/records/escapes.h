// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// A message taken from inside a quoted value keeps its escapes as written (the record columns
// point into the line); masking and mining read the text they stand for, so that a quoted file
// name in a JSON line is one value as it is in a plain line.
#pragma once

#include "logsleuth/text/records.h"

#include <string>
#include <string_view>

namespace logsleuth::text::detail {

// The text `written` stands for under `escapes`, into `out` (overwritten). Backslash escapes
// (JSON, logfmt): \" \\ \/ and \uXXXX give their characters, a surrogate pair included; line
// breaks, tabs and other control characters become a blank, which separates words as they did;
// an escape that is none of these is kept as written. Doubled quotes (CSV): "" gives ".
// A JSON object (a line with no message key) reads as its pairs, one "key=value" word each, as
// logfmt writes them: nested objects' keys joined with dots, a string value with blanks in double
// quotes, an array as written. An object that does not parse is kept as written.
// A row of value columns (blank- or tab-separated) reads as one "<*>" a column: every row of one
// set of columns is one event, whatever its values; a CSV row of values (CsvValues) likewise, one
// "<*>" a comma-separated field.
void decodeEscapes(std::string_view written, MessageEscapes escapes, std::string& out);

// In a row of blank-separated columns, the quote that closes a value opened by the double quote at
// `open` (Blue Coat's ELFF, "Office/Business Applications"): the first one a blank follows, else
// the row's last byte when that is a quote; npos where the value is not closed.
std::size_t closingQuoteOfColumn(std::string_view row, std::size_t open);

} // namespace logsleuth::text::detail
