// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Oracle WebLogic Server's log: every record opens with "####" and its fields in angle brackets,
// `####<Dec 1, 2026 11:25:00,668 AM UTC> <Info> <Health> <host-01> <AdminServer> <thread> <user>
// <transaction> <context> <1796124300668> <attributes> <BEA-310002> <message>`. Read by position:
// the stamp, the severity, the subsystem (component) and the machine (entity); the message is
// what follows the message id ("BEA-310002"), without its closing bracket. A record's message may
// run over the lines after it (a stack trace): every line that does not open a record continues
// the one before it.
#pragma once

#include "logsleuth/text/records.h"

#include <memory>
#include <string>
#include <vector>

namespace logsleuth::text {

class WebLogicParser final : public RecordParser {
public:
    // The parser for a sample whose records open with "####<"; nullptr otherwise.
    static std::unique_ptr<WebLogicParser> fromSample(const std::vector<std::string_view>& sample);

    void parse(std::string_view line, RecordParts& out) const override;
    std::string formatString() const override { return "weblogic"; }
    std::string fieldKinds() const override { return "time;level;component;entity"; }
};

} // namespace logsleuth::text
