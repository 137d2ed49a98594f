// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// A structured line whose message is itself a log line: a container runtime writes each line an
// application printed, header and all, as {"log":"2026-12-01 10:00:00 INFO [worker-3] svc - …"}.
// The message's own layout is learned from the sample's messages like a file's, and read on
// every line: its time, level, component and entity fill what the outer record lacks, and its
// message is the record's message.
#pragma once

#include "logsleuth/text/records.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace logsleuth::text {

class NestedHeaderParser final : public RecordParser {
public:
    NestedHeaderParser(std::unique_ptr<RecordParser> outer, std::unique_ptr<RecordParser> inner)
        : m_outer(std::move(outer)), m_inner(std::move(inner))
    {
    }
    // `outer` wrapped when most of the sample's messages share a layout with a time or a level
    // (`levelled`: with a level); else `outer` as it was.
    static std::unique_ptr<RecordParser> wrapIfNested(std::unique_ptr<RecordParser> outer,
                                                      const std::vector<std::string_view>& sample,
                                                      bool levelled = false);
    // "OUTER >> INNER", e.g. "json >> <Time> <Level> [<Context>] <Component> - <Content>".
    static std::unique_ptr<RecordParser> create(std::string_view spec, std::string& error);
    static constexpr std::string_view kSeparator = " >> ";

    void parse(std::string_view line, RecordParts& out) const override;
    std::string formatString() const override;
    std::string fieldKinds() const override;

private:
    std::unique_ptr<RecordParser> m_outer, m_inner;
};

} // namespace logsleuth::text
