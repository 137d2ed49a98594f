// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// A table a command printed, its columns named in a header line and aligned under it: PowerShell's
// `Get-EventLog … | Format-Table` ("Index Time EntryType Source InstanceID Message" over a line of
// dashes), `kubectl get events` ("LAST SEEN   TYPE   REASON   OBJECT   MESSAGE"). Each column
// starts where its name (or its run of dashes) starts; a value runs to the next column. The
// columns are read by their names: time, level (TYPE, EntryType, Severity …), component
// (Source, ProviderName …) and entity (Object, MachineName, Host …); the message is the rest of
// the line from the first other column. The header and dash lines are directives.
#pragma once

#include "logsleuth/text/records.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace logsleuth::text {

class AlignedColumnsParser final : public RecordParser {
public:
    struct Column {
        std::string name;
        std::size_t start = 0; // byte offset in the line
    };
    explicit AlignedColumnsParser(std::vector<Column> columns);
    // "columns:NAME@START,NAME@START,…", as formatString() writes it.
    static std::unique_ptr<AlignedColumnsParser> create(std::string_view spec, std::string& error);
    // The table the sample's first lines head, when most lines under the header are aligned to
    // it; nullptr otherwise.
    static std::unique_ptr<AlignedColumnsParser> fromSample(const std::vector<std::string_view>& sample);

    void parse(std::string_view line, RecordParts& out) const override;
    std::string formatString() const override;
    std::string fieldKinds() const override;

private:
    bool isHeaderOrRule(std::string_view line) const;
    std::string_view cell(std::string_view line, std::size_t column) const;

    std::vector<Column> m_columns;
    int m_time = -1, m_level = -1, m_component = -1, m_entity = -1;
    std::size_t m_message = 0; // the column the message starts at
};

} // namespace logsleuth::text
