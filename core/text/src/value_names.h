// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The names a log writes as values: the words its messages hold where their templates read <*>
// ("alice" of "by alice(uid=1000)", "web" of "@ web"). It is the log's own evidence of which
// words are names. The batch refinements of mining ask it before they keep a few words apart as
// events: a word the log also writes as a value elsewhere names something (a user, a module, a
// partition), while the outcome words of an event ("Failed password", "Accepted password") are
// not written as values.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace logsleuth::text {

class ValueNames {
public:
    // templates[c] is cluster c's template in mined tokens; clusterOfMessage[m] is messages[m]'s.
    ValueNames(const std::vector<std::vector<std::string_view>>& templates,
               const std::vector<std::string>& messages, const std::vector<std::uint32_t>& clusterOfMessage);

    // Whether a template other than `cluster`'s holds `name` where it reads <*>.
    bool writtenOutside(std::string_view name, std::uint32_t cluster) const;

private:
    struct Seen {
        std::uint32_t cluster; // the first cluster that held it
        bool several;          // ... and another held it too
    };
    std::unordered_map<std::string, Seen> m_seen;
};

} // namespace logsleuth::text
