// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// logfmt lines (Go's logrus and slog text handlers, Heroku, Grafana's tools): space-separated
// key=value pairs, a value bare or in double quotes. Read in place like JSON lines: the message,
// time, level, component and entity are views of the raw values (escapes as written), found
// from the usual key names or named by the user.
#pragma once

#include "json_lines.h"

#include "logsleuth/text/records.h"

#include <memory>
#include <string>
#include <vector>

namespace logsleuth::text {

class LogfmtParser final : public RecordParser {
public:
    explicit LogfmtParser(JsonKeys keys) : m_keys(std::move(keys)) {}
    // "logfmt" or "logfmt:message=msg,time=ts,level=lvl,component=c,entity=e".
    static std::unique_ptr<LogfmtParser> create(std::string_view spec, std::string& error);
    // A line fits when it is nothing but key=value pairs, two or more; its message is the message
    // key's value, or the whole line when it has none.
    void parse(std::string_view line, RecordParts& out) const override;
    std::string formatString() const override { return m_named.empty() ? "logfmt" : "logfmt:" + m_named; }
    std::string fieldKinds() const override { return "logfmt"; }

private:
    JsonKeys m_keys;
    std::string m_named; // as given after "logfmt:"
};

// True when most non-blank sampled lines are logfmt and most of those name a message, time or level.
bool looksLikeLogfmt(const std::vector<std::string_view>& sample);

namespace detail {
// A structured line's keys (a JSON object's top level, logfmt's pairs), sorted and a blank apart:
// what RecordParts::keySet stands for, spelt out; empty for a line of neither. (Read again from the
// line once per distinct message, where the parsers only sum the keys' hashes.)
std::string keyNamesOf(std::string_view line);
} // namespace detail

} // namespace logsleuth::text
