// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The CMTrace format of Microsoft's Configuration Manager agents and the Intune Management
// Extension: the message first, its fields after it as attributes,
// `<![LOG[message]LOG]!><time="10:04:41.6213175" date="12-1-2026" component="AgentExecutor"
// context="" type="1" thread="7" file="">`. The time is local, an optional bias in minutes after
// it ("+480": UTC is the local time plus the bias); the date is month-day-year; the type is 1
// (information), 2 (warning) or 3 (error). A message may run over several lines: a line that does
// not open with "<![LOG[" continues the record before it.
#pragma once

#include "logsleuth/text/records.h"

#include <memory>
#include <string>
#include <vector>

namespace logsleuth::text {

class CmtraceParser final : public RecordParser {
public:
    // The parser for a sample whose lines open with "<![LOG["; nullptr otherwise.
    static std::unique_ptr<CmtraceParser> fromSample(const std::vector<std::string_view>& sample);

    void parse(std::string_view line, RecordParts& out) const override;
    std::string formatString() const override { return "cmtrace"; }
    std::string fieldKinds() const override { return "time;level;component"; }
};

} // namespace logsleuth::text
