// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "path_merge.h"

#include "ascii.h"
#include "logsleuth/text/mask.h"
#include "plain_word.h"
#include "value_names.h"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

namespace logsleuth::text {
namespace {

// More distinct words than literal_split keeps as constants of one event.
constexpr std::size_t kManyWords = 16;

// A value in quotes, parentheses or brackets ("report.pdf", 'my document.txt':, (VI_API),
// [worker-1]): the log itself says it is a value.
bool isWrapped(std::string_view token)
{
    token = bareWord(token);
    if (token.size() < 3) return false;
    const char open = token.front(), close = token.back();
    return ((open == '"' || open == '\'') && close == open) || (open == '(' && close == ')') ||
           (open == '[' && close == ']');
}

// A name as configurations spell one: words of small letters joined by '-', three letters and
// more each ("npm-remote", "maven-central-remote", a repository's key). Prose joins shorter
// words so ("re-enabled", "built-in") and seldom writes such a word where a name leads.
bool isKebabName(std::string_view token)
{
    token = bareWord(token);
    if (token.find('-') == std::string_view::npos) return false;
    std::size_t part = 0;
    for (std::size_t i = 0; i <= token.size(); ++i) {
        if (i == token.size() || token[i] == '-') {
            if (part < 3) return false;
            part = 0;
        } else if ((token[i] >= 'a' && token[i] <= 'z') || (token[i] >= '0' && token[i] <= '9')) {
            ++part;
        } else {
            return false;
        }
    }
    return true;
}

// Whether token `i` repeats the plain word at `position`: a name the message writes twice
// ("m.schmidt … Ssh session for m.schmidt", "Pulling names.nsf from HUB01/ACME names.nsf"). A
// capitalised word of letters alone is prose repeating itself ("Civil twilight start: … Civil
// twilight end: …"), no name.
bool echoOf(const std::vector<std::string_view>& t, std::size_t position, std::size_t i)
{
    const std::string_view word = t[position];
    const bool titleWord = !word.empty() && ascii::isUpper(word.front()) &&
                           std::all_of(word.begin() + 1, word.end(), ascii::isLower);
    return i != position && t[i] == word && word != "<*>" && isPlainWord(word) && !titleWord;
}

constexpr std::string_view kEcho = "\x01";

// What a template's words besides its name hold: a word outside angle brackets (not "<none>"), a
// word without values ("PASSED"), and a constant (something besides the name must say what
// happened).
struct RestWords {
    bool any = false, plain = false, constant = false;
};

// A template's words with the one at `position` left out: the key its alternatives share. The name
// written again further on ("m.schmidt … Ssh session for m.schmidt closed") is the same value, so
// `withEchoes` the rest reads a mark there.
std::string restOf(const std::vector<std::string_view>& t, std::size_t position, bool withEchoes,
                   RestWords& held)
{
    std::string rest = std::to_string(t.size()) + '\n';
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (i == position) continue;
        const bool echo = withEchoes && echoOf(t, position, i);
        rest.append(echo ? kEcho : t[i]);
        rest.push_back('\n');
        if (echo) continue;
        held.constant = held.constant || (t[i] != "<*>" && !containsPlaceholder(t[i]));
        held.any = held.any || hasLetterOutsideAngles(t[i]);
        held.plain = held.plain || isPlainWord(t[i]);
    }
    return rest;
}

// Whether `words`, three or more, are of one family: a shared prefix of two characters or more
// and a dash, then words of their own, not capitals alone ("tRNA-Ala", "tRNA-Lys", "tRNA-fMet"
// name things of one kind); or values of one key in lower case ("check:disk", "check:postgres").
// A prefix before a dot, an underscore or another colon is a namespace, whose members are the
// events ("Options.create_if_missing:", "get_device", "UnityEngine.Debug:LogError").
bool ofOneFamily(const std::set<std::string_view>& words)
{
    if (words.size() < 3) return false;
    const std::string_view first = *words.begin();
    const std::size_t key = lowerCaseKeyEnd(first);
    if (key != std::string_view::npos && std::all_of(words.begin(), words.end(), [&](std::string_view w) {
            return isColonKeyedWord(w) && w.substr(0, key + 1) == first.substr(0, key + 1);
        }))
        return true;
    std::size_t shared = first.size();
    for (std::string_view word : words) {
        std::size_t k = 0;
        while (k < shared && k < word.size() && word[k] == first[k])
            ++k;
        shared = k;
    }
    const std::size_t dash = first.substr(0, shared).find_last_of('-');
    return dash != std::string_view::npos && dash >= 2 &&
           std::all_of(words.begin(), words.end(), [&](std::string_view w) {
               const std::string_view own = w.substr(std::min(dash + 1, w.size()));
               return std::any_of(own.begin(), own.end(), ascii::isLower) &&
                      std::all_of(own.begin(), own.end(),
                                  [](char c) { return ascii::isAlnum(c) || c == '-'; });
           });
}

// More than two quoted values in a slot: literal_split keeps two plain words as the event, and
// quotes mark the rest as values.
constexpr std::size_t kManyQuoted = 2;

} // namespace

std::size_t mergeNamesInLeadingWords(TemplateMiner& miner, const std::vector<std::string>& messages,
                                     std::vector<std::uint32_t>& clusterOfMessage,
                                     const std::vector<std::uint32_t>* keepApart)
{
    const auto clusters = static_cast<std::uint32_t>(miner.clusterCount());
    const std::size_t leading = miner.options().depth > 2 ? miner.options().depth - 2 : 0;
    std::vector<std::string> texts(clusters);
    std::vector<std::vector<std::string_view>> tokens(clusters);
    for (std::uint32_t c = 0; c < clusters; ++c) {
        texts[c] = miner.templateText(c);
        minedTokens(texts[c], tokens[c]);
    }
    const ValueNames values(tokens, messages, clusterOfMessage);
    std::vector<bool> taken(clusters, false);
    std::vector<std::vector<std::uint32_t>> groups;
    std::vector<std::string_view> reread; // a merged text read back as the miner will
    std::vector<std::string> merged;
    // Echoes are read in a second pass, over the templates the first left: a name the line happens
    // to write twice ("Jonas_B issued command: /msg Jonas_B hi") still joins the plain ones.
    for (const bool withEchoes : {false, true})
        for (std::size_t position = 0; position < leading; ++position) {
            // The templates by what they read with the word at `position` left out; std::map keeps
            // the groups (and so the ids that survive) independent of hashing.
            std::map<std::string, std::vector<std::uint32_t>> alike;
            std::map<std::string, RestWords> restWords;
            for (std::uint32_t c = 0; c < clusters; ++c) {
                const auto& t = tokens[c];
                // (A key that opens the line an '=' apart from its value names the field, not who or
                // what: GeoServer's "Filter = null" beside "Palette = null" are two fields, as the
                // miner reads them. After a mark, a plan's "~ arn = … -> …" lists attributes. So does
                // a key quoted before an arrow, a PHP array's "'HTTP_HOST' => …"; not a word before one,
                // LocalStack's "AWS sqs.CreateQueue => 200", an operation and its result.)
                if (taken[c] || position >= t.size() || isWrappedState(t[position]) ||
                    (position == 0 && t.size() > 1 && t[1] == "=") ||
                    (position + 1 < t.size() && t[position + 1] == "=>" && isWrapped(t[position])) ||
                    (t[position] != "<*>" && !isPlainWord(t[position]) && !isWrapped(t[position]) &&
                     !isNumberedName(t[position])))
                    continue;
                RestWords held;
                const std::string rest = restOf(t, position, withEchoes, held);
                alike[rest].push_back(c);
                restWords[rest] = held;
            }
            for (auto& [rest, members] : alike) {
                // A template that reads <*> there already (its values had digits, or it met several)
                // takes in the ones that read a plain word: the tree had only kept them apart.
                std::set<std::string_view> words;
                bool quoted = true;
                const bool echoed = rest.find(kEcho) != std::string::npos;
                std::size_t identifiers = 0, writtenAsValues = 0;
                std::uint32_t general = clusters;
                for (std::uint32_t c : members) {
                    if (tokens[c][position] == "<*>") {
                        general = std::min(general, c);
                        continue;
                    }
                    // A name with its number joins the others, but is no alternative of its own: its
                    // number masked, every such name reads as one word.
                    if (isNumberedName(tokens[c][position])) continue;
                    if (words.insert(tokens[c][position]).second) {
                        // A class name is a name where the rest says what happened in a word of its own
                        // ("ClockTest > <*> PASSED"); alone with values it is a record type
                        // (varnishlog's "- ReqProtocol HTTP/1.1").
                        identifiers += isCodeName(tokens[c][position]) || isKebabName(tokens[c][position]) ||
                                               (isCamelCaseName(tokens[c][position]) && restWords[rest].plain)
                                           ? 1
                                           : 0;
                        writtenAsValues += values.writtenOutside(bareWord(tokens[c][position]), c) ? 1 : 0;
                    }
                    quoted = quoted && isWrapped(tokens[c][position]);
                }
                // Something besides the name must say what happened, unless the names are of one
                // family (ofOneFamily: "tRNA-Ala", "tRNA-Lys" in a row of a table of values; one
                // key's values): record types of no family (varnishlog's "ReqURL", "RespStatus")
                // name their record.
                const bool family = ofOneFamily(words);
                if (!restWords[rest].constant && !family) continue;
                // Names spelt as identifiers, or written as values elsewhere in the log, for at least
                // half the alternatives: few of them are names too. A log that writes its event words
                // as values too ("startup packages configure" beside dpkg's "configure pkg 1.2
                // <none>") is told apart by the rest: it must hold a word of its own.
                // A word the line writes twice is a value it echoes, as event words are not.
                const bool names = words.size() >= 2 &&
                                   (echoed || family || 2 * identifiers >= words.size() ||
                                    (2 * writtenAsValues >= words.size() && restWords[rest].any) ||
                                    (position > 0 && namesAUser(tokens[members.front()][position - 1])));
                if (members.size() < 2 ||
                    (general == clusters && !names && words.size() <= (quoted ? kManyQuoted : kManyWords)))
                    continue;
                if (keepApart) {
                    std::set<std::uint32_t> origins;
                    for (std::uint32_t c : members)
                        origins.insert((*keepApart)[c]);
                    if (origins.size() < members.size()) continue;
                }
                std::string text;
                const auto& t = tokens[general == clusters ? members.front() : general];
                for (std::size_t i = 0; i < t.size(); ++i) {
                    if (i > 0) text.push_back(' ');
                    text.append(i == position || (withEchoes && echoOf(t, position, i))
                                    ? std::string_view("<*>")
                                    : t[i]);
                }
                // Tokens split by context (a note in parentheses ending a message is one token, not
                // after a <*>): a text that would not read back as as many tokens is left unmerged.
                minedTokens(text, reread);
                if (reread.size() != t.size()) continue;
                for (std::uint32_t c : members)
                    taken[c] = true;
                groups.push_back(std::move(members)); // ascending: the oldest keeps its id
                merged.push_back(std::move(text));
            }
        }
    if (groups.empty()) return 0;
    std::size_t away = 0;
    for (const auto& g : groups)
        away += g.size() - 1;
    const std::vector<std::uint32_t> remap = miner.mergeClusters(groups, merged);
    for (std::uint32_t& cluster : clusterOfMessage)
        cluster = remap[cluster];
    return away;
}

} // namespace logsleuth::text
