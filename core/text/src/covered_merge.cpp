// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "covered_merge.h"

#include "ascii.h"
#include "mined_tokens.h"
#include "plain_word.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace logsleuth::text {
namespace {

using Tokens = std::vector<std::string_view>;

std::size_t wildcards(const Tokens& tokens)
{
    return static_cast<std::size_t>(std::count(tokens.begin(), tokens.end(), detail::wildcard));
}

// A token that reads as a value where a template has <*>: masked, wrapped in brackets, quotes or
// parentheses by the log ("(gcc)", a codon after a gene's name), after a key, or with a digit. A
// plain word there ("User-Agent:", PHP's "{main}", a JSON line's "{…") is what tells its event
// apart.
bool readsAsValue(std::string_view token)
{
    return token == detail::wildcard || token.find('<') != std::string_view::npos || isWrappedWord(token) ||
           (token.size() >= 3 && token.front() == '(' && token.back() == ')') || isKeyedWord(token) ||
           std::any_of(token.begin(), token.end(), ascii::isDigit);
}

// A path of one segment ("/trunk"), which the masker leaves as it is (a lone slash and a word may
// be anything), where a template of the same words has <PATH>: the event's other lines name
// deeper paths there.
bool onePathSegment(std::string_view token)
{
    return token.size() >= 2 && token.front() == '/' &&
           std::all_of(token.begin() + 1, token.end(),
                       [](char c) { return ascii::isAlnum(c) || c == '-' || c == '_' || c == '.'; });
}

// A token of a template that reads other words in its place: <*>, or <PATH> a path of one segment.
bool takesOthers(std::string_view token)
{
    return token == detail::wildcard || token == "<PATH>";
}

// Whether `general` reads the first `count` tokens of `specific`, each the same or a <*> in
// `general`; wider: a <*> reads a value there; constant: `general` keeps a constant of its own.
bool reads(const Tokens& general, const Tokens& specific, std::size_t count, bool& wider, bool& constant)
{
    // A plain word where the general template has <*> joins it only where words of its own
    // say what the template is, as many as its <*> at least ("installed <*> (<NUM>)" takes
    // "installed linux (<NUM>)"; "nsHttp <*> <*>" takes no header line).
    const auto words = std::count_if(general.begin(), general.end(), [](std::string_view t) {
        return t != detail::wildcard && hasLetterOutsideAngles(t);
    });
    const bool wordsToo = words >= 2 && std::size_t(words) >= wildcards(general);
    for (std::size_t i = 0; i < count; ++i) {
        if (general[i] == detail::wildcard) {
            if (!wordsToo && !readsAsValue(specific[i])) return false;
            wider = wider || specific[i] != detail::wildcard;
            continue;
        }
        if (general[i] == "<PATH>" && onePathSegment(specific[i])) {
            wider = true;
            continue;
        }
        if (general[i] != specific[i] && detail::keyedWildcardReads(general[i], specific[i])) {
            wider = true;
            continue;
        }
        if (general[i] != specific[i]) return false;
        constant = true;
    }
    return true;
}

// Whether `general` reads `specific`: the same count of tokens, each the same or a <*> in
// `general`, at least one of them a <*> where `specific` has a value; and `general` keeps a
// constant of its own, so that a template of values only takes nothing in.
bool covers(const Tokens& general, const Tokens& specific)
{
    if (general.size() != specific.size()) return false;
    bool wider = false, constant = false;
    return reads(general, specific, general.size(), wider, constant) && wider && constant;
}

// Each general template takes in the templates it reads, with its own text (and its span, where
// `spanned`); returns how many templates were merged away.
std::size_t joinInto(TemplateMiner& miner, std::vector<std::uint32_t>& clusterOfMessage,
                     const std::map<std::uint32_t, std::vector<std::uint32_t>>& members,
                     const std::vector<std::string>& texts, bool spanned)
{
    if (members.empty()) return 0;
    std::vector<std::vector<std::uint32_t>> groups;
    std::vector<std::string> merged;
    std::vector<ValueSpan> spans;
    std::size_t away = 0;
    for (const auto& [general, taken] : members) {
        std::vector<std::uint32_t> group = taken;
        group.push_back(general);
        std::sort(group.begin(), group.end());
        away += taken.size();
        groups.push_back(std::move(group));
        merged.push_back(texts[general]);
        if (spanned) spans.push_back(*miner.valueSpan(general));
    }
    const std::vector<std::uint32_t> remap =
        spanned ? miner.mergeSpans(groups, merged, spans) : miner.mergeClusters(groups, merged);
    for (std::uint32_t& cluster : clusterOfMessage)
        cluster = remap[cluster];
    return away;
}

// A template whose last <*> stands for a trailing value takes the templates that the first such
// values made of their own before it formed: the same words before the value, and after them as
// many tokens as a trailing value may have. After a colon the value is any words
// (trailing_value_merge's: Mumble's "Connection closed: <*>" takes "Connection closed: Error
// while reading data from the socket: …"); after a word it is a list of values (span_merge's "pv
// <*>", a chess engine's moves).
bool readsAsTrailingValue(const Tokens& general, const Tokens& specific)
{
    const std::size_t before = general.size() - 1;
    if (before == 0 || specific.size() <= before || specific.size() - before > kLongestTrailingValue)
        return false;
    // After a key the value is tail_merge's to judge ("ruser= <*>" beside "ruser= rhost=<IP>
    // user=root").
    const std::string_view word = general[before - 1];
    if (word == detail::wildcard || word.ends_with('=')) return false;
    bool wider = false, constant = false;
    if (!reads(general, specific, before, wider, constant) || !constant) return false;
    if (word.ends_with(':')) return true;
    // A list holds bare values alone: no keys, nothing wrapped, no words.
    return std::all_of(specific.begin() + std::ptrdiff_t(before), specific.end(), [](std::string_view token) {
        return token == detail::wildcard ||
               (token.find('=') == std::string_view::npos && !isWrappedWord(token) && token.front() != '(' &&
                (token.find('<') != std::string_view::npos ||
                 std::any_of(token.begin(), token.end(), ascii::isDigit)));
    });
}

std::size_t mergeIntoTrailingValues(TemplateMiner& miner, std::vector<std::uint32_t>& clusterOfMessage)
{
    const auto clusters = static_cast<std::uint32_t>(miner.clusterCount());
    std::vector<std::string> texts(clusters);
    std::vector<Tokens> tokens(clusters);
    std::vector<std::uint32_t> lists;
    for (std::uint32_t c = 0; c < clusters; ++c)
        if (const auto span = miner.valueSpan(c); span && !span->optional) {
            texts[c] = miner.templateText(c);
            minedTokens(texts[c], tokens[c]);
            if (span->at + 1 == tokens[c].size()) lists.push_back(c);
        }
    // Each template is compared with every list's: past this many comparisons, skip.
    constexpr std::size_t kMostComparisons = std::size_t{1} << 22;
    if (lists.empty() || lists.size() * clusters > kMostComparisons) return 0;
    for (std::uint32_t c = 0; c < clusters; ++c)
        if (texts[c].empty()) {
            texts[c] = miner.templateText(c);
            minedTokens(texts[c], tokens[c]);
        }
    std::map<std::uint32_t, std::vector<std::uint32_t>> members;
    for (std::uint32_t c = 0; c < clusters; ++c) {
        if (miner.valueSpan(c)) continue;
        for (std::uint32_t g : lists)
            if (readsAsTrailingValue(tokens[g], tokens[c])) {
                members[g].push_back(c);
                break;
            }
    }
    return joinInto(miner, clusterOfMessage, members, texts, true);
}

// Templates of one length that another reads (see covers).
std::size_t mergeCoveredOfOneLength(TemplateMiner& miner, std::vector<std::uint32_t>& clusterOfMessage)
{
    const auto clusters = static_cast<std::uint32_t>(miner.clusterCount());
    std::vector<std::string> texts(clusters);
    std::vector<Tokens> tokens(clusters);
    // The templates with a <*> by their length, the place of their first constant and that
    // constant: a template covers another only where it reads that token there, so each
    // template looks up a few candidates rather than all of its length.
    std::map<std::tuple<std::size_t, std::size_t, std::string_view>, std::vector<std::uint32_t>>
        byFirstConstant;
    std::map<std::size_t, std::set<std::size_t>> firstConstants; // by length
    for (std::uint32_t c = 0; c < clusters; ++c) {
        texts[c] = miner.templateText(c);
        minedTokens(texts[c], tokens[c]);
    }
    for (std::uint32_t c = 0; c < clusters; ++c) {
        const Tokens& t = tokens[c];
        if (miner.valueSpan(c) || std::none_of(t.begin(), t.end(), takesOthers)) continue;
        const auto first = std::find_if_not(t.begin(), t.end(), takesOthers);
        if (first == t.end()) continue;
        const auto at = static_cast<std::size_t>(first - t.begin());
        byFirstConstant[{t.size(), at, *first}].push_back(c);
        firstConstants[t.size()].insert(at);
    }
    // Each template joins the narrowest template that covers it (fewest <*>, then the first);
    // one that is itself taken in takes nothing, so groups do not chain.
    std::vector<std::int64_t> into(clusters, -1);
    for (std::uint32_t c = 0; c < clusters; ++c) {
        const Tokens& t = tokens[c];
        const auto places = firstConstants.find(t.size());
        if (miner.valueSpan(c) || places == firstConstants.end()) continue;
        std::int64_t best = -1;
        for (const std::size_t at : places->second) {
            const auto candidates = byFirstConstant.find({t.size(), at, t[at]});
            if (candidates == byFirstConstant.end()) continue;
            for (std::uint32_t g : candidates->second)
                if (g != c && covers(tokens[g], t) &&
                    (best < 0 || wildcards(tokens[g]) < wildcards(tokens[std::size_t(best)]) ||
                     (wildcards(tokens[g]) == wildcards(tokens[std::size_t(best)]) && g < best)))
                    best = g;
        }
        into[c] = best;
    }
    std::map<std::uint32_t, std::vector<std::uint32_t>> members;
    for (std::uint32_t c = 0; c < clusters; ++c)
        if (into[c] >= 0 && into[std::size_t(into[c])] < 0) members[std::uint32_t(into[c])].push_back(c);
    return joinInto(miner, clusterOfMessage, members, texts, false);
}

} // namespace

std::size_t mergeCoveredTemplates(TemplateMiner& miner, std::vector<std::uint32_t>& clusterOfMessage)
{
    const std::size_t away = mergeCoveredOfOneLength(miner, clusterOfMessage);
    return away + mergeIntoTrailingValues(miner, clusterOfMessage);
}

} // namespace logsleuth::text
