// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "optional_word_merge.h"

#include "ascii.h"
#include "logsleuth/text/mask.h"
#include "logsleuth/text/records.h"
#include "mined_tokens.h"
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

using Tokens = std::vector<std::string_view>;

// A token a log may leave out of an event without writing another one: a value alone ("<*>",
// "(<NUM>)"), a flag in capitals ("TLS", "DF"; not a level, which names the event's kind), or a
// note of one word in parentheses ("(cached)"). A word in lower case ("not", "again") changes
// what the line says.
bool isOptionalToken(std::string_view token)
{
    if (containsPlaceholder(token)) return !hasLetterOutsideAngles(token);
    const bool parenthesised = token.size() > 2 && token.front() == '(' && token.back() == ')';
    const std::string_view word = parenthesised ? token.substr(1, token.size() - 2) : token;
    if (parenthesised) return word.size() >= 3 && std::all_of(word.begin(), word.end(), ascii::isLower);
    constexpr std::size_t kShortestFlag = 2, kLongestFlag = 6;
    return word.size() >= kShortestFlag && word.size() <= kLongestFlag &&
           std::all_of(word.begin(), word.end(), ascii::isUpper) && !isLevelWord(word);
}

// A key with a value alone after it ("sd_pos=<NUM>"): a field a log writes when it has one.
bool isKeyedValue(std::string_view token)
{
    const std::size_t key = codeKeyLength(token);
    if (key == 0) return false;
    const std::string_view value = token.substr(key + 1);
    return containsPlaceholder(value) && !hasLetterOutsideAngles(value);
}

// A field in brackets with its key ("[secure: TLSv<NUM>]"), one token as minedTokens reads it.
bool isBracketedField(std::string_view token)
{
    return !token.empty() && token.back() == ']' && detail::bracketedKeyLength(token) > 0;
}

struct Pair {
    std::uint32_t without, with;
    std::size_t at; // the token `with` has that `without` lacks
};

} // namespace

std::size_t mergeOptionalWords(TemplateMiner& miner, std::vector<std::uint32_t>& clusterOfMessage)
{
    const auto clusters = static_cast<std::uint32_t>(miner.clusterCount());
    std::vector<std::string> texts(clusters);
    std::vector<Tokens> tokens(clusters);
    std::unordered_map<std::string, std::uint32_t> byText; // templates without a span, by text
    for (std::uint32_t c = 0; c < clusters; ++c) {
        if (miner.valueSpan(c)) continue;
        texts[c] = miner.templateText(c);
        minedTokens(texts[c], tokens[c]);
        byText.emplace(texts[c], c);
    }
    // Pairs by the template they make; std::map keeps the order, and so which ids survive,
    // independent of hashing.
    std::map<std::string, Pair> pairs;
    std::string without;
    for (std::uint32_t c = 0; c < clusters; ++c) {
        const Tokens& t = tokens[c];
        if (t.size() < 3) continue;
        // Inside the template: a token left out at the end is tail_merge's clause.
        for (std::size_t k = 1; k + 1 < t.size(); ++k) {
            // A value before the value that ends the line: which of the two the line left out is
            // anyone's guess ("> Task <*>" and "> Task <*> <*>", a state after a name).
            const auto value = [](std::string_view token) { return !hasLetterOutsideAngles(token); };
            // A pair among pairs (Klipper's "freq=<NUM> sd_pos=<NUM>" while it prints from a card)
            // is a field some lines carry, as a value alone is.
            // So is a field in brackets beside another ("[secure: …] [reputation: <NUM>]").
            const bool pairAmongPairs =
                (isKeyedValue(t[k]) && (isKeyedValue(t[k - 1]) || isKeyedValue(t[k + 1]))) ||
                (isBracketedField(t[k]) && (isBracketedField(t[k - 1]) || isBracketedField(t[k + 1])));
            if (!(isOptionalToken(t[k]) || pairAmongPairs) || !closesItsBrackets(t, k) ||
                (value(t[k]) && k + 2 == t.size() && value(t[k + 1])))
                continue;
            without = joinedTokens(t, 0, k) + " " + joinedTokens(t, k + 1, t.size());
            const auto found = byText.find(without);
            if (found == byText.end()) continue;
            Tokens merged = t;
            merged[k] = detail::wildcard;
            pairs.emplace(joinedTokens(merged, 0, merged.size()), Pair{found->second, c, k});
        }
    }
    std::vector<bool> taken(clusters, false);
    SpanMerges merges;
    for (const auto& [text, pair] : pairs) {
        if (taken[pair.without] || taken[pair.with]) continue;
        const ValueSpan span{pair.at, true};
        if (!holdsValueSpan(text, span)) continue;
        taken[pair.without] = taken[pair.with] = true;
        merges.add({std::min(pair.without, pair.with), std::max(pair.without, pair.with)}, text, span);
    }
    return merges.apply(miner, clusterOfMessage);
}

} // namespace logsleuth::text
