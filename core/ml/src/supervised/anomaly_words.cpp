// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "anomaly_words.h"

#include "logsleuth/ml/features.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace logsleuth::ml::detail {

namespace {
// A word, not a mask or a number alone: "<NUM>" is in every kind of message.
bool isWord(std::string_view token)
{
    if (token.size() >= 2 && token.front() == '<' && token.back() == '>') return false;
    return std::any_of(token.begin(), token.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
}

// The distinct words of a message.
std::unordered_set<std::string_view> wordsOf(std::string_view text)
{
    std::unordered_set<std::string_view> words;
    forEachToken(text, [&](std::string_view token) {
        if (isWord(token)) words.insert(token);
    });
    return words;
}
} // namespace

std::vector<std::uint8_t> resemblesMarkedAnomalies(const std::vector<std::string_view>& texts,
                                                   const std::vector<std::uint64_t>& lineCounts,
                                                   const std::vector<std::size_t>& anomalous,
                                                   const std::vector<std::uint8_t>& unmarked,
                                                   AnomalyWordRule rule)
{
    std::vector<std::uint8_t> resembles(texts.size(), 0);
    if (anomalous.empty()) return resembles;
    // Lines of the anomalies holding each word.
    std::unordered_map<std::string_view, double> inAnomalies;
    double anomalousLines = 0;
    for (const std::size_t key : anomalous) {
        const auto lines = double(lineCounts[key]);
        anomalousLines += lines;
        for (const std::string_view word : wordsOf(texts[key]))
            inAnomalies[word] += lines;
    }
    std::unordered_map<std::string_view, double> candidates;
    for (const auto& [word, lines] : inAnomalies)
        if (lines >= rule.inAnomalies * anomalousLines) candidates.emplace(word, 0.0);
    if (candidates.empty()) return resembles;
    // Unmarked lines holding each candidate.
    double unmarkedLines = 0;
    for (std::size_t key = 0; key < texts.size(); ++key) {
        if (!unmarked[key]) continue;
        const auto lines = double(lineCounts[key]);
        unmarkedLines += lines;
        for (const std::string_view word : wordsOf(texts[key]))
            if (const auto it = candidates.find(word); it != candidates.end()) it->second += lines;
    }
    std::unordered_set<std::string_view> distinctive;
    for (const auto& [word, lines] : candidates)
        if (lines <= rule.elsewhere * unmarkedLines) distinctive.insert(word);
    if (distinctive.empty()) return resembles;
    for (std::size_t key = 0; key < texts.size(); ++key) {
        if (!unmarked[key]) continue;
        forEachToken(texts[key], [&](std::string_view token) {
            if (distinctive.contains(token)) resembles[key] = 1;
        });
    }
    return resembles;
}

} // namespace logsleuth::ml::detail
