// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Logs that name their own columns in a directive line: the W3C Extended Log File Format of IIS
// and other web servers and CDNs ("#Fields: date time s-ip cs-method cs-uri-stem … c-ip …
// sc-status …", values separated by blanks or tabs, "-" for none) and Zeek's tab-separated logs
// ("#fields ts uid id.orig_h …"). The columns are read by their names: the stamp from date and
// time (or ts), the entity from the client address, the level from the HTTP status, the
// component from the site; the message is the rest of the line from the first other column.
// Directive lines (#Software, #Date, #Fields…) fit as records of their own with no fields.
#pragma once

#include "logsleuth/text/records.h"

#include <memory>
#include <string>
#include <vector>

namespace logsleuth::text {

class FieldsDirectiveParser final : public RecordParser {
public:
    // The column names in order; `tabs`: values are separated by tabs, else by blanks.
    FieldsDirectiveParser(std::vector<std::string> names, bool tabs);
    // "w3c:date,time,…" (blank-separated values) or "tsv:ts,uid,…" (tab-separated), as
    // formatString() writes it.
    static std::unique_ptr<FieldsDirectiveParser> create(std::string_view spec, std::string& error);
    // The parser a sample's own "#Fields:" (or Zeek "#fields") directive describes, when most of
    // the sample's other lines have exactly that many values; nullptr otherwise.
    static std::unique_ptr<FieldsDirectiveParser> fromSample(const std::vector<std::string_view>& sample);

    void parse(std::string_view line, RecordParts& out) const override;
    std::string formatString() const override;
    std::string fieldKinds() const override;

private:
    std::vector<std::string> m_names;
    char m_separator;
    int m_date = -1, m_time = -1, m_level = -1, m_component = -1, m_entity = -1;
    std::size_t m_messageColumn = 0; // the first column that is none of the above or the server's
};

} // namespace logsleuth::text
