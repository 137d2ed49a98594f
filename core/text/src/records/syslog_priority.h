// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Syslog as it travels, led by its priority: `<PRI>` (facility × 8 + severity). RFC 5424 lines
// (`<165>1 2026-12-01T10:00:00.003Z host app 1234 ID47 [sd@1 k="v"] message`) are read by
// position: the host is the entity, the app the component, the structured data is left out of
// the message. An RFC 3164 line with its priority (`<34>Oct 11 22:14:15 host su: …`), as a relay
// or a socket receives it, loses the priority before its own header is learned (see
// NestedHeaderParser). Either way the level is the priority's severity, named as syslog names it
// (`err`, `notice`): the number itself is no word an analyst filters by.
#pragma once

#include "logsleuth/text/records.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace logsleuth::text {

class SyslogPriorityParser final : public RecordParser {
public:
    enum class Kind { Rfc5424, PriorityOnly };
    explicit SyslogPriorityParser(Kind kind) : m_kind(kind) {}
    // "rfc5424", or "syslog" for a priority before any other header.
    static std::unique_ptr<RecordParser> create(std::string_view spec, std::string& error);
    // The parser for a sample most of whose non-blank lines start with a priority (an RFC 3164
    // one wrapped around the layout learned from what follows it); nullptr otherwise.
    static std::unique_ptr<RecordParser> fromSample(const std::vector<std::string_view>& sample);

    void parse(std::string_view line, RecordParts& out) const override;
    std::string formatString() const override { return m_kind == Kind::Rfc5424 ? "rfc5424" : "syslog"; }
    std::string fieldKinds() const override
    {
        return m_kind == Kind::Rfc5424 ? "level;time;entity;component" : "level";
    }

private:
    Kind m_kind;
};

} // namespace logsleuth::text
