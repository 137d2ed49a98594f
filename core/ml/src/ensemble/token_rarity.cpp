// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "token_rarity.h"

#include "logsleuth/ml/features.h"
#include "logsleuth/ml/model.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>

namespace logsleuth::ml::detail {

namespace {
std::vector<std::string_view> distinctTokens(std::string_view message)
{
    auto tokens = tokenize(message);
    std::sort(tokens.begin(), tokens.end());
    tokens.erase(std::unique(tokens.begin(), tokens.end()), tokens.end());
    return tokens;
}
} // namespace

TokenRarity TokenRarity::build(const std::vector<std::string_view>& messages,
                               const std::vector<std::uint64_t>& lineCounts)
{
    TokenRarity rarity;
    for (std::size_t m = 0; m < messages.size(); ++m) {
        rarity.total_ += lineCounts[m];
        for (std::string_view token : distinctTokens(messages[m]))
            rarity.lines_[std::string(token)] += lineCounts[m];
    }
    return rarity;
}

double TokenRarity::shareOf(std::string_view token) const
{
    const auto it = lines_.find(std::string(token));
    const double lines = it == lines_.end() ? 0.5 : double(it->second);
    return lines / double(std::max<std::uint64_t>(total_, 1));
}

std::vector<float> TokenRarity::score(const std::vector<std::string_view>& messages) const
{
    std::vector<float> scores(messages.size(), 0.0f);
    for (std::size_t m = 0; m < messages.size(); ++m) {
        double rarest = 1.0;
        for (std::string_view token : tokenize(messages[m]))
            rarest = std::min(rarest, shareOf(token));
        scores[m] = float(-std::log10(rarest));
    }
    return scores;
}

std::vector<std::string> TokenRarity::rareTokens(std::string_view message, double rarerThan) const
{
    std::vector<std::pair<double, std::string_view>> rare;
    for (std::string_view token : distinctTokens(message))
        if (const double share = shareOf(token); share * rarerThan < 1.0) rare.emplace_back(share, token);
    std::sort(rare.begin(), rare.end());
    std::vector<std::string> out;
    for (const auto& [share, token] : rare)
        out.emplace_back(token);
    return out;
}

void TokenRarity::save(const std::filesystem::path& file) const
{
    std::ofstream out(file, std::ios::binary);
    out << total_ << "\t\n";
    std::vector<std::pair<std::string_view, std::uint64_t>> sorted(lines_.begin(), lines_.end());
    std::sort(sorted.begin(), sorted.end());
    for (const auto& [token, lines] : sorted)
        out << lines << '\t' << token << '\n';
    out.flush();
    if (!out) throw ModelError("cannot write " + file.string());
}

TokenRarity TokenRarity::load(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) throw ModelError("cannot read " + file.string());
    TokenRarity rarity;
    std::string line;
    bool first = true;
    while (std::getline(in, line)) {
        const auto tab = line.find('\t');
        std::uint64_t count = 0;
        const auto [end, ec] = std::from_chars(line.data(), line.data() + std::min(tab, line.size()), count);
        if (tab == std::string::npos || ec != std::errc() || end != line.data() + tab)
            throw ModelError(file.string() + ": malformed line '" + line.substr(0, 80) + "'");
        if (first)
            rarity.total_ = count;
        else
            rarity.lines_[line.substr(tab + 1)] = count;
        first = false;
    }
    if (first) throw ModelError(file.string() + " is empty");
    return rarity;
}

} // namespace logsleuth::ml::detail
