// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#pragma once

#include <cstddef>
#include <string_view>

namespace logsleuth::text {

// Where a record of comma-separated values starts in a line or message (a firewall's CSV record
// after its syslog header, "… PA-FW01 1,2026/12/01 10:00:00,0132…,TRAFFIC,end,…"): the first
// word with a comma from which commas run on to the end, eight and more, at least two to a
// blank. npos where there is none. Its fields are values of the message: no learned header
// reaches into it, and the miner takes its fields, not its words, as tokens.
inline std::size_t commaRecordStart(std::string_view line)
{
    constexpr std::size_t kMinCommas = 8;
    std::size_t commas = 0, blanks = 0, start = std::string_view::npos;
    bool commaInWord = false;
    // From the end, so that every word start is tried with the counts of what follows it.
    for (std::size_t i = line.size(); i-- > 0;) {
        if (line[i] == ',') {
            ++commas;
            commaInWord = true;
        }
        if (line[i] != ' ' && line[i] != '\t' && i > 0) continue;
        const bool wordStart = line[i] == ' ' || line[i] == '\t';
        if (commaInWord && commas >= kMinCommas && commas >= 2 * blanks) start = wordStart ? i + 1 : 0;
        if (wordStart) ++blanks;
        commaInWord = false;
    }
    return start;
}

} // namespace logsleuth::text
