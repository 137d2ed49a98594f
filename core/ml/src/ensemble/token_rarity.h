// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Private to the ensemble family: how rare the rarest token of a message is among the training
// lines. A foreign message nearly always carries a word the log never uses — the simple
// baseline that ranked spliced messages better than the VAE alone (best F1 0.93 against 0.72).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace logsleuth::ml::detail {

class TokenRarity {
public:
    // Lines that carry each token (a token counts once per message, weighted by its lines).
    static TokenRarity build(const std::vector<std::string_view>& messages,
                             const std::vector<std::uint64_t>& lineCounts);
    // -log10 of the share of training lines that carry the message's rarest token; a token never
    // seen counts as half a line. 0 for a message without tokens.
    std::vector<float> score(const std::vector<std::string_view>& messages) const;
    // The message's tokens rarer than one line in `rarerThan`, rarest first.
    std::vector<std::string> rareTokens(std::string_view message, double rarerThan) const;

    void save(const std::filesystem::path& file) const; // "lines<TAB>token" per line, total first
    static TokenRarity load(const std::filesystem::path& file);

private:
    double shareOf(std::string_view token) const;
    std::uint64_t total_ = 0;
    std::unordered_map<std::string, std::uint64_t> lines_;
};

} // namespace logsleuth::ml::detail
