// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The tokens a model saw in training, kept as sorted 64-bit hashes and saved with the model. A
// bag-of-words model has a column only for its vocabulary, so a line made of words it never met
// looks empty to it, and scores low: the strongest sign that a line is new was lost. Counting
// such tokens gives it back when a model scores logs it was not trained on (following a file,
// `score --model` on tomorrow's logs, Try a line). Scoring the training logs counts none.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string_view>
#include <vector>

namespace logsleuth::ml::detail {

class SeenTokens {
public:
    // Past this many distinct tokens the set is not kept (empty): ids that masking missed make
    // every line "new", and the novelty would be noise.
    static constexpr std::size_t kMaxTokens = std::size_t{1} << 20;

    static SeenTokens of(const std::vector<std::string_view>& messages);
    // Both sets' tokens; empty when either is (an old model does not know what it saw).
    static SeenTokens merged(const SeenTokens& a, const SeenTokens& b);
    // Empty: a model saved before this existed, or too many tokens; nothing counts as unseen.
    bool empty() const { return hashes_.empty(); }
    std::size_t size() const { return hashes_.size(); }
    bool contains(std::string_view token) const;
    // The distinct tokens of a message that were never seen (0 when empty()).
    std::size_t unseenIn(std::string_view message) const;

    // Little-endian uint64 hashes, sorted; nothing is written for an empty set.
    void write(const std::filesystem::path& file) const;
    // A missing file is an empty set; a damaged one throws ModelError.
    static SeenTokens read(const std::filesystem::path& file);

private:
    std::vector<std::uint64_t> hashes_; // sorted, distinct
};

} // namespace logsleuth::ml::detail
