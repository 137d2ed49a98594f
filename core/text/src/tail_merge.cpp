// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "tail_merge.h"

#include "ascii.h"
#include "logsleuth/text/mask.h"
#include "plain_word.h"
#include "span_merges.h"
#include "span_words.h"

#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>

namespace logsleuth::text {
namespace {

// A clause must follow at least so many templates that also come without it: one pair is as
// often two events ("connected" and "connected to <IP>") as one with an optional value.
constexpr std::size_t kFewestPairs = 2;

using Tokens = std::vector<std::string_view>;

// A key that names the value after it ("referer:", "host:", "user="): letters, '_' or '-',
// then the colon or equals sign.
bool isKey(std::string_view token)
{
    if (token.size() < 2 || (token.back() != ':' && token.back() != '=')) return false;
    token.remove_suffix(1);
    return ascii::isAlpha(token.front()) && std::all_of(token.begin(), token.end(), [](char c) {
               return ascii::isAlpha(c) || c == '_' || c == '-';
           });
}

// A clause that is a value: one value alone, or keys each followed by its value ("referer:
// <URL>", "host: \"<HOST>\""), the values but the last closed by a comma.
bool isValueClause(const Tokens& t, std::size_t from)
{
    const std::size_t length = t.size() - from;
    if (length == 1) return containsPlaceholder(t[from]) && !hasLetterOutsideAngles(t[from]);
    if (length % 2 != 0) return false;
    for (std::size_t i = from; i < t.size(); i += 2)
        if (!isKey(t[i]) || !containsPlaceholder(t[i + 1]) || (i + 2 < t.size() && !t[i + 1].ends_with(',')))
            return false;
    return true;
}

// A template's text up to token `end`, the comma that opened a clause after it left out.
std::string headText(const Tokens& t, std::size_t end)
{
    std::string text = joinedTokens(t, 0, end);
    if (end > 0 && t[end - 1].size() > 1 && t[end - 1].back() == ',') text.pop_back();
    return text;
}

} // namespace

std::size_t mergeOptionalTails(TemplateMiner& miner, std::vector<std::uint32_t>& clusterOfMessage)
{
    const auto clusters = static_cast<std::uint32_t>(miner.clusterCount());
    std::vector<std::string> texts(clusters);
    std::vector<Tokens> tokens(clusters);
    std::unordered_map<std::string, std::uint32_t> byText; // templates without a span, by text
    for (std::uint32_t c = 0; c < clusters; ++c) {
        texts[c] = miner.templateText(c);
        minedTokens(texts[c], tokens[c]);
        if (!miner.valueSpan(c) && !tokens[c].empty())
            byText.emplace(headText(tokens[c], tokens[c].size()), c);
    }
    // Pairs of a template (the head) and one that reads the same with a clause after it, by
    // the clause; std::map keeps the order, and so which ids survive, independent of hashing.
    std::map<std::string, std::vector<std::pair<std::uint32_t, std::uint32_t>>> pairsByClause;
    for (std::uint32_t c = 0; c < clusters; ++c) {
        const Tokens& t = tokens[c];
        if (miner.valueSpan(c)) continue;
        for (std::size_t length = 1; length <= kLongestValueSpan && length < t.size(); ++length) {
            const std::size_t from = t.size() - length;
            if (!isValueClause(t, from)) continue;
            const auto head = byText.find(headText(t, from));
            if (head == byText.end() || head->second == c) continue;
            std::string clause;
            for (std::size_t i = from; i < t.size(); ++i)
                clause.append(t[i]).push_back(' ');
            pairsByClause[clause].emplace_back(head->second, c);
        }
    }
    std::vector<bool> taken(clusters, false);
    SpanMerges merges;
    for (const auto& [clause, pairs] : pairsByClause) {
        std::size_t heads = 0;
        for (const auto& [head, withClause] : pairs)
            heads += taken[head] || taken[withClause] ? 0 : 1;
        if (heads < kFewestPairs) continue;
        for (const auto& [head, withClause] : pairs) {
            if (taken[head] || taken[withClause]) continue;
            std::string text = headText(tokens[head], tokens[head].size()) + " <*>";
            const ValueSpan span{tokens[head].size(), true};
            if (!holdsValueSpan(text, span)) continue;
            taken[head] = taken[withClause] = true;
            merges.add({std::min(head, withClause), std::max(head, withClause)}, std::move(text), span);
        }
    }
    return merges.apply(miner, clusterOfMessage);
}

} // namespace logsleuth::text
