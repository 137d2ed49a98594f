// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Features of masked messages: a vocabulary of the most frequent tokens and a binary bag of
// words per message, kept sparse (CSR) because a row holds a handful of the ~1024 columns.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace logsleuth::ml {

// Calls visit(token) for each whitespace-separated token of a masked message, in order, without
// allocating: featurizing a million rows must not cost a vector per row.
template <class Visit> void forEachToken(std::string_view message, Visit&& visit)
{
    const auto space = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
    };
    std::size_t i = 0;
    while (i < message.size()) {
        while (i < message.size() && space(message[i]))
            ++i;
        const std::size_t start = i;
        while (i < message.size() && !space(message[i]))
            ++i;
        if (i > start) visit(message.substr(start, i - start));
    }
}

// The tokens of forEachToken as views into message.
std::vector<std::string_view> tokenize(std::string_view message);

class Vocabulary {
public:
    // The maxSize tokens found on the most lines: a token counts once per message, weighted
    // by the message's line count. Ties go to the smaller token text, so the order (and the
    // column of each token) is the same on every run.
    static Vocabulary build(const std::vector<std::string_view>& messages,
                            const std::vector<std::uint64_t>& lineCounts, std::size_t maxSize = 1024);
    // Column i is tokens[i]; throws std::invalid_argument for a duplicate or empty token.
    static Vocabulary fromTokens(std::vector<std::string> tokens);

    std::size_t size() const { return tokens_.size(); }
    std::optional<std::uint32_t> indexOf(std::string_view token) const;
    const std::vector<std::string>& tokens() const { return tokens_; }

private:
    // An open-addressing table of column + 1 (0: empty), at most half full, probed linearly:
    // scoring looks up every token of every row, and a node-based map's hashing and pointer
    // chasing were a fifth of the time of scoring a million rows.
    std::uint32_t slotOf(std::string_view token) const;
    std::vector<std::string> tokens_;
    std::vector<std::uint32_t> slots_;
};

// Binary bag of words in CSR form: row r holds columns[rowStart[r] .. rowStart[r+1]),
// sorted and distinct. rowStart has rows() + 1 entries.
struct SparseRows {
    std::vector<std::uint32_t> columns;
    std::vector<std::uint64_t> rowStart{0};
    std::uint32_t width = 0;
    std::size_t rows() const { return rowStart.empty() ? 0 : rowStart.size() - 1; }
};

// Tokens outside the vocabulary are dropped (an all-unknown message is an empty row).
// outsideVocabulary, when given, receives per row whether any token was dropped.
SparseRows bagOfWords(const Vocabulary& vocabulary, const std::vector<std::string_view>& messages,
                      std::vector<std::uint8_t>* outsideVocabulary = nullptr);

// The share of the messages' token mass (distinct tokens per message, weighted by lines) that
// `vocabulary` covers, against what a vocabulary of the same size built from them covers: how
// well a saved model's vocabulary fits new logs before training continues it.
double vocabularyCoverage(const Vocabulary& vocabulary, const std::vector<std::string_view>& messages,
                          const std::vector<std::uint64_t>& lineCounts);

} // namespace logsleuth::ml
