// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Logs that name their own columns in a directive line: the W3C Extended Log File Format of IIS
// and other web servers and CDNs ("#Fields: date time s-ip cs-method cs-uri-stem … c-ip …
// sc-status …", values separated by blanks or tabs, "-" for none) and Zeek's tab-separated logs
// ("#fields ts uid id.orig_h …"). The columns are read by their names: the stamp from date and
// time (or ts), the entity from the client address, the level from the HTTP status (or Wowza's
// x-severity), the component from the site (or x-category); the message is the rest of the line
// from the first other column, up to a column of free text (x-comment) where there is one, else
// the columns that name the event (Zeek's "name", "note", "msg"). A row with none of these holds
// values only (a firewall's pfirewall.log, an IIS log): it is mined as one value a column.
// Directive lines (#Software, #Date, #Fields…) fit as records of their own with no fields.
// A server writes its directives again when it restarts, with other columns when its settings
// changed: the lines after each "#Fields:" are read by its names.
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
    // The parser a sample's own "#Fields:" (or Zeek "#fields") directives describe, when most of
    // the sample's other lines have the values their directive names; nullptr otherwise.
    // `source`: the bytes the sample's lines view, whose every directive then governs the lines
    // after it; empty: the sample's first directive governs every line.
    static std::unique_ptr<FieldsDirectiveParser> fromSample(const std::vector<std::string_view>& sample,
                                                             std::string_view source = {});

    void parse(std::string_view line, RecordParts& out) const override;
    // The columns of the first directive: what --format takes back.
    std::string formatString() const override;
    std::string fieldKinds() const override;

private:
    // One directive's columns, and where the fields the parser reads are among them.
    struct Columns {
        std::vector<std::string> names;
        int date = -1, time = -1, level = -1, component = -1, entity = -1;
        std::size_t messageColumn = 0; // the first column that is none of the above or the server's
        std::size_t messageEnd = 0;    // past the free-text column that ends the message; 0: the line's end
        bool valuesOnly = false;       // no column says what happened: the message is values alone
        explicit Columns(std::vector<std::string> columnNames);
    };
    // The columns that govern a line: those of the last directive before it in the source; for
    // a line from elsewhere (bytes appended to a followed file, a line typed to try), those in
    // force at the source's end.
    const Columns& columnsOf(std::string_view line) const;

    std::vector<Columns> m_columns; // the first directive's, then each other one's
    char m_separator;
    // Where each later directive starts in the source (in order), and its index in m_columns.
    std::vector<std::pair<const char*, std::size_t>> m_changes;
    std::string_view m_source;
};

} // namespace logsleuth::text
