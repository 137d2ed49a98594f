// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Logs written as comma-separated values without a header line (PostgreSQL's csvlog, exports of
// event viewers and cloud consoles): every line the same number of fields, a field in double
// quotes when it holds commas or quotes (RFC 4180, quotes doubled inside). The columns' roles
// come from their values: the first column of timestamps is the time, a column of level words
// the level, the column of the longest and most varied free text the message.
#pragma once

#include "logsleuth/text/records.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace logsleuth::text {

struct CsvColumns {
    int count = 0; // fields on a line
    // 0-based columns; -1 when the log has none.
    int time = -1, level = -1, message = -1, component = -1, entity = -1;
    // A column of the time of day when `time` holds the date alone (Windows DHCP's
    // "Date,Time,…").
    int clock = -1;
    // The last field takes the rest of the line, commas and all (a message written unquoted
    // after a header line named the columns).
    bool lastTakesRest = false;
    // No column says what happened (a sign-in export, a DNS proxy's rows): the row is values
    // alone, one event whatever they hold; its message is the row past its stamp.
    bool valuesOnly = false;
};

class CsvColumnsParser final : public RecordParser {
public:
    explicit CsvColumnsParser(CsvColumns columns) : m_columns(columns) {}
    // The columns learned from a sample, or null when the sample is not such a log.
    // `source`: the bytes the sample's lines view, where the lines above a header are read whole.
    static std::unique_ptr<CsvColumnsParser> fromSample(const std::vector<std::string_view>& sample,
                                                        std::string_view source = {});
    // "csv:N,time=1,level=12,message=14" (1-based columns; N fields on a line; "clock=" a column
    // of the time of day), with ",rest" when the last field takes the rest of the line and
    // ",values" when the row is values alone.
    static std::unique_ptr<CsvColumnsParser> create(std::string_view spec, std::string& error);
    // A line fits when it has the log's number of fields; values are views without their quotes
    // (doubled quotes inside as written).
    void parse(std::string_view line, RecordParts& out) const override;
    std::string formatString() const override;
    std::string fieldKinds() const override;

private:
    CsvColumns m_columns;
    std::string m_header; // the line that named the columns, when one did: a directive
    // The lines above that header (a page of prose that explains the columns, as Windows DHCP
    // writes atop each day's file): directives too.
    std::vector<std::string> m_preamble;
};

namespace detail {
// The fields of one CSV line as views (quotes taken off), at most `limit`; false for a quote
// left open or a field that goes on after its closing quote. With `lastTakesRest`, field
// `limit` holds the rest of the line as written (its quotes taken off when it is one quoted field).
// With `openQuote`, a quote left open makes a last field of the rest of the line (a value that
// goes on over the lines after it), and *openQuote says whether one did.
bool splitCsv(std::string_view line, std::vector<std::string_view>& fields, std::size_t limit = 256,
              bool lastTakesRest = false, bool* openQuote = nullptr);
} // namespace detail

} // namespace logsleuth::text
