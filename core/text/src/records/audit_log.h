// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The Linux audit daemon's log (/var/log/audit/audit.log): `type=SYSCALL msg=audit(1701424800.123:456):
// arch=c000003e syscall=59 …`. Its key=value pairs read like logfmt, but its "msg" is the
// record's stamp and serial number, not a message: the type is the component, the stamp the
// time, and the fields after the stamp are the message.
#pragma once

#include "logsleuth/text/records.h"

#include <memory>
#include <string>
#include <vector>

namespace logsleuth::text {

class AuditLogParser final : public RecordParser {
public:
    // The parser for a sample most of whose non-blank lines are audit records; nullptr otherwise.
    static std::unique_ptr<AuditLogParser> fromSample(const std::vector<std::string_view>& sample);

    void parse(std::string_view line, RecordParts& out) const override;
    std::string formatString() const override { return "auditd"; }
    std::string fieldKinds() const override { return "component;time"; }
};

} // namespace logsleuth::text
