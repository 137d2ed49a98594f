// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "key_set_split.h"

#include <algorithm>
#include <map>
#include <string_view>
#include <unordered_map>

namespace logsleuth::text {
namespace {

// At most this many sets of keys under one template are events; more are a template's optional
// fields.
constexpr std::size_t kMostSets = 4;
// ... and each set is on this share of the template's lines at least: a key on a line or two is
// an optional field, not another event.
constexpr double kLeastShare = 0.05;

std::vector<std::string_view> wordsOf(std::string_view names)
{
    std::vector<std::string_view> words;
    std::size_t start = 0;
    while (start < names.size()) {
        std::size_t end = names.find(' ', start);
        if (end == std::string_view::npos) end = names.size();
        words.push_back(names.substr(start, end - start));
        start = end + 1;
    }
    return words;
}

// What sets `names` apart from `main` (both sorted): "(+durationNs,-outpost)", one token.
std::string differenceOf(std::string_view names, std::string_view main)
{
    const std::vector<std::string_view> mine = wordsOf(names), theirs = wordsOf(main);
    std::string note = "(";
    for (const std::string_view key : mine)
        if (!std::binary_search(theirs.begin(), theirs.end(), key))
            note.append(note.size() > 1 ? ",+" : "+").append(key);
    for (const std::string_view key : theirs)
        if (!std::binary_search(mine.begin(), mine.end(), key))
            note.append(note.size() > 1 ? ",-" : "-").append(key);
    note.push_back(')');
    return note;
}

} // namespace

std::size_t splitByKeySets(TemplateMiner& miner, const std::vector<std::string>& keyNamesOfMessage,
                           const std::vector<std::uint64_t>& lineCounts,
                           std::vector<std::uint32_t>& clusterOfMessage)
{
    const auto clusters = static_cast<std::uint32_t>(miner.clusterCount());
    std::vector<std::vector<std::uint32_t>> messagesOf(clusters);
    for (std::uint32_t key = 0; key < clusterOfMessage.size(); ++key)
        messagesOf[clusterOfMessage[key]].push_back(key);
    // A split template a saved state already holds is taken again, so its id stays.
    std::unordered_map<std::string, std::uint32_t> clusterOfText;
    for (std::uint32_t c = 0; c < clusters; ++c)
        clusterOfText.emplace(miner.templateText(c), c);
    std::size_t added = 0;
    for (std::uint32_t cluster = 0; cluster < clusters; ++cluster) {
        const std::vector<std::uint32_t>& keys = messagesOf[cluster];
        if (keys.size() < 2) continue;
        // The lines of each set of keys, in the order the sets came.
        std::map<std::string_view, std::uint64_t> linesOfSet;
        std::vector<std::string_view> order;
        std::uint64_t lines = 0;
        bool structured = true;
        for (const std::uint32_t key : keys) {
            const std::string& names = keyNamesOfMessage[key];
            structured = structured && !names.empty();
            auto [at, first] = linesOfSet.emplace(names, 0);
            if (first) order.push_back(names);
            at->second += lineCounts[key];
            lines += lineCounts[key];
        }
        if (!structured || linesOfSet.size() < 2 || linesOfSet.size() > kMostSets) continue;
        if (std::any_of(linesOfSet.begin(), linesOfSet.end(), [&](const auto& set) {
                return static_cast<double>(set.second) < kLeastShare * static_cast<double>(lines);
            }))
            continue;
        // The commonest set keeps the template; each other one gets its own.
        const std::string_view main = *std::max_element(
            order.begin(), order.end(), [&](auto a, auto b) { return linesOfSet[a] < linesOfSet[b]; });
        const std::string text = miner.templateText(cluster);
        std::map<std::string_view, std::uint32_t> clusterOfSet;
        for (const std::string_view names : order) {
            if (names == main) continue;
            const std::string splitText = text + " " + differenceOf(names, main);
            const auto known = clusterOfText.find(splitText);
            std::uint32_t target;
            if (known != clusterOfText.end()) {
                target = known->second;
            } else {
                target = miner.addCluster(splitText);
                clusterOfText.emplace(splitText, target);
                ++added;
            }
            clusterOfSet.emplace(names, target);
        }
        for (const std::uint32_t key : keys)
            if (const auto moved = clusterOfSet.find(keyNamesOfMessage[key]); moved != clusterOfSet.end())
                clusterOfMessage[key] = moved->second;
    }
    return added;
}

} // namespace logsleuth::text
