// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "value_names.h"

#include "ascii.h"
#include "logsleuth/text/miner.h"

#include <algorithm>

namespace logsleuth::text {
namespace {

// A name as it is written inside a longer value: letters, digits and '_', '-' or '.' between them.
bool isNamePart(char c)
{
    return ascii::isAlnum(c) || c == '_' || c == '-' || c == '.' || static_cast<unsigned char>(c) >= 0x80;
}

} // namespace

ValueNames::ValueNames(const std::vector<std::vector<std::string_view>>& templates,
                       const std::vector<std::string>& messages,
                       const std::vector<std::uint32_t>& clusterOfMessage)
{
    std::vector<std::string_view> words;
    for (std::size_t m = 0; m < messages.size() && m < clusterOfMessage.size(); ++m) {
        const std::uint32_t cluster = clusterOfMessage[m];
        const auto& t = templates[cluster];
        if (std::find(t.begin(), t.end(), std::string_view("<*>")) == t.end()) continue;
        minedTokens(messages[m], words);
        if (words.size() != t.size()) continue;
        for (std::size_t i = 0; i < t.size(); ++i) {
            if (t[i] != "<*>") continue;
            const std::string_view value = words[i];
            for (std::size_t at = 0; at < value.size();) {
                std::size_t end = at;
                while (end < value.size() && isNamePart(value[end]))
                    ++end;
                std::string_view name = value.substr(at, end - at);
                while (!name.empty() && (name.back() == '.' || name.back() == '-'))
                    name.remove_suffix(1);
                // Neither a placeholder's name ("<NUM>") nor a key ("uid=") is a value.
                const bool placeholder =
                    at > 0 && value[at - 1] == '<' && end < value.size() && value[end] == '>';
                const bool key = end < value.size() && value[end] == '=';
                if (!placeholder && !key && name.size() >= 2 &&
                    std::any_of(name.begin(), name.end(), ascii::isAlpha)) {
                    const auto [seen, added] = m_seen.try_emplace(std::string(name), Seen{cluster, false});
                    if (!added && seen->second.cluster != cluster) seen->second.several = true;
                }
                at = end + 1;
            }
        }
    }
}

bool ValueNames::writtenOutside(std::string_view name, std::uint32_t cluster) const
{
    const auto seen = m_seen.find(std::string(name));
    return seen != m_seen.end() && (seen->second.several || seen->second.cluster != cluster);
}

} // namespace logsleuth::text
