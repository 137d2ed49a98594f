// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/ml/features.h"

#include <algorithm>
#include <stdexcept>

namespace logsleuth::ml {

namespace {
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}
} // namespace

std::vector<std::string_view> tokenize(std::string_view message)
{
    std::vector<std::string_view> tokens;
    std::size_t i = 0;
    while (i < message.size()) {
        while (i < message.size() && isSpace(message[i]))
            ++i;
        const std::size_t start = i;
        while (i < message.size() && !isSpace(message[i]))
            ++i;
        if (i > start) tokens.push_back(message.substr(start, i - start));
    }
    return tokens;
}

Vocabulary Vocabulary::build(const std::vector<std::string_view>& messages,
                             const std::vector<std::uint64_t>& lineCounts, std::size_t maxSize)
{
    if (!lineCounts.empty() && lineCounts.size() != messages.size())
        throw std::invalid_argument("Vocabulary::build: lineCounts and messages differ in size");
    // Views into the callers' messages: no string is copied until the vocabulary is final.
    std::unordered_map<std::string_view, std::uint64_t> lines;
    std::vector<std::string_view> seen; // the tokens of one message, to count each once
    for (std::size_t m = 0; m < messages.size(); ++m) {
        const std::uint64_t weight = lineCounts.empty() ? 1 : lineCounts[m];
        seen = tokenize(messages[m]);
        std::sort(seen.begin(), seen.end());
        seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
        for (std::string_view token : seen)
            lines[token] += weight;
    }
    std::vector<std::pair<std::string_view, std::uint64_t>> ranked(lines.begin(), lines.end());
    const auto before = [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    };
    const std::size_t kept = std::min(maxSize, ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + std::ptrdiff_t(kept), ranked.end(), before);
    std::vector<std::string> tokens;
    tokens.reserve(kept);
    for (std::size_t i = 0; i < kept; ++i)
        tokens.emplace_back(ranked[i].first);
    return fromTokens(std::move(tokens));
}

Vocabulary Vocabulary::fromTokens(std::vector<std::string> tokens)
{
    Vocabulary vocabulary;
    vocabulary.index_.reserve(tokens.size());
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].empty()) throw std::invalid_argument("Vocabulary: empty token");
        if (!vocabulary.index_.emplace(tokens[i], std::uint32_t(i)).second)
            throw std::invalid_argument("Vocabulary: duplicate token '" + tokens[i] + "'");
    }
    vocabulary.tokens_ = std::move(tokens);
    return vocabulary;
}

std::optional<std::uint32_t> Vocabulary::indexOf(std::string_view token) const
{
    const auto it = index_.find(token);
    if (it == index_.end()) return std::nullopt;
    return it->second;
}

SparseRows bagOfWords(const Vocabulary& vocabulary, const std::vector<std::string_view>& messages)
{
    SparseRows rows;
    rows.width = std::uint32_t(vocabulary.size());
    rows.rowStart.clear();
    rows.rowStart.reserve(messages.size() + 1);
    rows.rowStart.push_back(0);
    for (std::string_view message : messages) {
        const auto begin = rows.columns.size();
        for (std::string_view token : tokenize(message))
            if (const auto column = vocabulary.indexOf(token)) rows.columns.push_back(*column);
        const auto first = rows.columns.begin() + std::ptrdiff_t(begin);
        std::sort(first, rows.columns.end());
        rows.columns.erase(std::unique(first, rows.columns.end()), rows.columns.end());
        rows.rowStart.push_back(rows.columns.size());
    }
    return rows;
}

} // namespace logsleuth::ml
