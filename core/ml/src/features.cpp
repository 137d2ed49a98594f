// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/ml/features.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace logsleuth::ml {

std::vector<std::string_view> tokenize(std::string_view message)
{
    std::vector<std::string_view> tokens;
    forEachToken(message, [&](std::string_view token) { tokens.push_back(token); });
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

namespace {
// Eight bytes at a time, mixed by multiplication: tokens are short, and only this process
// sees the values.
std::uint64_t tokenHash(std::string_view token)
{
    constexpr std::uint64_t kOdd = 0x9e3779b97f4a7c15ull;
    std::uint64_t hash = token.size() * kOdd;
    std::size_t i = 0;
    for (; i + 8 <= token.size(); i += 8) {
        std::uint64_t chunk;
        std::memcpy(&chunk, token.data() + i, 8);
        hash = (hash ^ chunk) * kOdd;
        hash ^= hash >> 31;
    }
    std::uint64_t tail = 0;
    for (; i < token.size(); ++i)
        tail = (tail << 8) | static_cast<unsigned char>(token[i]);
    hash ^= tail;
    // MurmurHash3's finaliser: every input bit reaches the low bits the table uses.
    hash ^= hash >> 33;
    hash *= 0xff51afd7ed558ccdull;
    hash ^= hash >> 33;
    hash *= 0xc4ceb9fe1a85ec53ull;
    return hash ^ (hash >> 33);
}
} // namespace

Vocabulary Vocabulary::fromTokens(std::vector<std::string> tokens)
{
    Vocabulary vocabulary;
    std::size_t slots = 16;
    while (slots < 2 * tokens.size())
        slots *= 2;
    vocabulary.slots_.assign(slots, 0);
    vocabulary.tokens_ = std::move(tokens);
    const auto& all = vocabulary.tokens_;
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (all[i].empty()) throw std::invalid_argument("Vocabulary: empty token");
        const std::uint32_t slot = vocabulary.slotOf(all[i]);
        if (vocabulary.slots_[slot] != 0)
            throw std::invalid_argument("Vocabulary: duplicate token '" + all[i] + "'");
        vocabulary.slots_[slot] = std::uint32_t(i + 1);
    }
    return vocabulary;
}

std::uint32_t Vocabulary::slotOf(std::string_view token) const
{
    const std::size_t mask = slots_.size() - 1;
    std::size_t slot = tokenHash(token) & mask;
    while (slots_[slot] != 0 && tokens_[slots_[slot] - 1] != token)
        slot = (slot + 1) & mask;
    return std::uint32_t(slot);
}

std::optional<std::uint32_t> Vocabulary::indexOf(std::string_view token) const
{
    if (slots_.empty()) return std::nullopt;
    const std::uint32_t column = slots_[slotOf(token)];
    if (column == 0) return std::nullopt;
    return column - 1;
}

SparseRows bagOfWords(const Vocabulary& vocabulary, const std::vector<std::string_view>& messages,
                      std::vector<std::uint8_t>* outsideVocabulary)
{
    SparseRows rows;
    rows.width = std::uint32_t(vocabulary.size());
    rows.rowStart.clear();
    rows.rowStart.reserve(messages.size() + 1);
    rows.rowStart.push_back(0);
    if (outsideVocabulary) outsideVocabulary->assign(messages.size(), 0);
    for (std::size_t m = 0; m < messages.size(); ++m) {
        const auto begin = rows.columns.size();
        bool outside = false;
        forEachToken(messages[m], [&](std::string_view token) {
            if (const auto column = vocabulary.indexOf(token))
                rows.columns.push_back(*column);
            else
                outside = true;
        });
        const auto first = rows.columns.begin() + std::ptrdiff_t(begin);
        std::sort(first, rows.columns.end());
        rows.columns.erase(std::unique(first, rows.columns.end()), rows.columns.end());
        rows.rowStart.push_back(rows.columns.size());
        if (outsideVocabulary) (*outsideVocabulary)[m] = outside;
    }
    return rows;
}

double vocabularyCoverage(const Vocabulary& vocabulary, const std::vector<std::string_view>& messages,
                          const std::vector<std::uint64_t>& lineCounts)
{
    const Vocabulary fresh =
        Vocabulary::build(messages, lineCounts, std::max<std::size_t>(vocabulary.size(), 1));
    // A row's length is how many distinct tokens of its message the vocabulary has.
    const SparseRows mine = bagOfWords(vocabulary, messages);
    const SparseRows best = bagOfWords(fresh, messages);
    double covered = 0, possible = 0;
    for (std::size_t i = 0; i < messages.size(); ++i) {
        covered += double(lineCounts[i]) * double(mine.rowStart[i + 1] - mine.rowStart[i]);
        possible += double(lineCounts[i]) * double(best.rowStart[i + 1] - best.rowStart[i]);
    }
    return possible > 0 ? covered / possible : 1.0;
}

} // namespace logsleuth::ml
