// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The access logs of Apache httpd, nginx and most other web servers and proxies: the NCSA
// common log format `host ident user [time] "request" status size`, the combined format that
// adds "referer" "user-agent", anything a server appends after those, and Apache's
// vhost_combined, led by the virtual host. The columns are known by position, so the client is
// the entity, the virtual host the component and the HTTP status the level (5xx an error, 4xx a
// warning); the message runs from the request to the end of the line.
#pragma once

#include "logsleuth/text/records.h"

#include <memory>
#include <string>
#include <vector>

namespace logsleuth::text {

class AccessLogParser final : public RecordParser {
public:
    explicit AccessLogParser(bool virtualHost) : m_virtualHost(virtualHost) {}
    // "ncsa", or "ncsa:vhost" when each line starts with the virtual host.
    static std::unique_ptr<AccessLogParser> create(std::string_view spec, std::string& error);
    // The parser for a sample most of whose non-blank lines are access-log lines; nullptr otherwise.
    static std::unique_ptr<AccessLogParser> fromSample(const std::vector<std::string_view>& sample);

    void parse(std::string_view line, RecordParts& out) const override;
    std::string formatString() const override { return m_virtualHost ? "ncsa:vhost" : "ncsa"; }
    std::string fieldKinds() const override
    {
        return m_virtualHost ? "time;level;component;entity" : "time;level;entity";
    }

private:
    bool m_virtualHost;
};

} // namespace logsleuth::text
