// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Records led by their headers: in a log whose header lines are a minority of its lines (IBM's
// db2diag.log writes a stamp and a level, then seven lines of "NAME : value" and a blank line;
// MQ and Informix write alike), every line that does not fit the layout continues the record
// before it, as lnav reads every log. Where headers are most lines, a line that fits no header
// and has no continuation's shape stays a stray: there it is news (a foreign line written into
// the log), here it is the record's body.
#pragma once

#include "logsleuth/text/records.h"

#include <memory>
#include <string_view>
#include <vector>

namespace logsleuth::text {

class HeaderLedParser final : public RecordParser {
public:
    explicit HeaderLedParser(std::shared_ptr<const RecordParser> headers) : m_headers(std::move(headers)) {}

    // Whether `parser` fits a minority of the sample's lines (from 5 to 30 %, twenty at least)
    // and so leads records whose other lines are their body.
    static bool leadsRecords(const RecordParser& parser, const std::vector<std::string_view>& sample);

    void parse(std::string_view line, RecordParts& out) const override
    {
        m_headers->parse(line, out);
        if (!out.fitted) out.continuation = true;
    }
    std::string formatString() const override { return m_headers->formatString(); }
    std::string fieldKinds() const override { return m_headers->fieldKinds(); }

private:
    std::shared_ptr<const RecordParser> m_headers;
};

} // namespace logsleuth::text
