// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "literal_split.h"

#include "ascii.h"

#include "logsleuth/text/mask.h"
#include "plain_word.h"
#include "records/cells.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <set>
#include <string_view>

namespace logsleuth::text {
namespace {

constexpr std::ptrdiff_t kFewOtherWords = 1; // a template's words outside its wildcards
constexpr std::size_t kFewWordsAlone = 4;    // ... under which a wildcard of so many words splits

std::vector<std::string_view> tokensOf(std::string_view text)
{
    std::vector<std::string_view> tokens;
    minedTokens(text, tokens);
    return tokens;
}

// A constant as code writes one: capitals and underscores or dashes, at least two letters (NEW,
// FAIL_TASK_CLEANUP, Gradle's UP-TO-DATE). States and event types are spelt so; user and host
// names seldom are. Dashed ones name places too ("at DC-WEST", "in US-EAST"): after a
// preposition they are values.
bool isConstantWord(std::string_view token, bool afterPreposition = false)
{
    std::size_t letters = 0;
    for (char c : token) {
        if (c >= 'A' && c <= 'Z')
            ++letters;
        else if (c != '_' && (c != '-' || afterPreposition))
            return false;
    }
    const bool dashed = token.find('-') != std::string_view::npos;
    return letters >= 2 && (!dashed || (ascii::isUpper(token.front()) && ascii::isUpper(token.back())));
}

bool isPreposition(std::string_view word)
{
    static constexpr std::array<std::string_view, 9> kPrepositions{"at",  "in",  "on",   "from", "to",
                                                                   "for", "via", "into", "of"};
    return std::find(kPrepositions.begin(), kPrepositions.end(), word) != kPrepositions.end();
}

// A capitalised word, as a message opens with its verb ("Cleaning", "Compiling/Merging"), or
// an operation named as code names it (containerd's "StartContainer", "StopPodSandbox").
bool isCapitalisedWord(std::string_view token)
{
    for (std::size_t start = 0;;) {
        const std::size_t slash = std::min(token.find('/', start), token.size());
        const std::string_view part = token.substr(start, slash - start);
        if (part.size() < 2 || !ascii::isUpper(part.front()) || !ascii::isLower(part.back()) ||
            !std::all_of(part.begin() + 1, part.end(), ascii::isAlpha))
            return false;
        if (slash == token.size()) return true;
        start = slash + 1;
    }
}

// A code the masker kept as written: digits that are no placeholder survive masking only as an
// HTTP status (503, TCP_MISS/503), and a status is a state like any constant.
bool isKeptCode(std::string_view token)
{
    return std::any_of(token.begin(), token.end(), ascii::isDigit) && !containsPlaceholder(token);
}

// A method as C++ and Rust qualify it by its type: "nsHttpChannel::Init", "Http2Session::Close".
// The code that logs names itself so; a value is seldom spelt that way. A name in a namespace
// ("net::Pool", lower-case before the "::") is a type's, and may well be a value.
bool isQualifiedMethod(std::string_view token)
{
    std::string_view qualifier;
    for (std::size_t start = 0;;) {
        const std::size_t end = token.find("::", start);
        const std::string_view part = token.substr(start, end == std::string_view::npos ? end : end - start);
        if (part.empty() || !(ascii::isAlpha(part[0]) || part[0] == '_') ||
            !std::all_of(part.begin(), part.end(), [](char c) { return ascii::isAlnum(c) || c == '_'; }))
            return false;
        if (end == std::string_view::npos) break;
        qualifier = part;
        start = end + 2;
    }
    return std::any_of(qualifier.begin(), qualifier.end(), ascii::isUpper);
}

// Whether the words of column `literal` pair one to one with the values of another wildcard
// column that stays a wildcard: a protocol written beside each application ("junos-https … SSL",
// "junos-ntp … NTP") is another spelling of the value, as a port's service name is, and no state
// of the event. The values must repeat (each on two lines on average) for the pairing to say
// anything (with one line per job, any state would follow from the job's name), and two words
// paired with two values are as often two states with their outcome ("status=sent" with its
// relay, "status=deferred" with none); an operation paired with its arguments ("SRCH" with every
// "attr=…") is many to one.
bool followsFromAValue(const std::vector<std::vector<std::string_view>>& tokens,
                       const std::vector<std::string_view>& templateTokens,
                       const std::vector<std::size_t>& literalColumns, std::size_t literal,
                       std::uint64_t lines)
{
    for (std::size_t q = 0; q < templateTokens.size(); ++q) {
        if (templateTokens[q] != "<*>" || q == literal ||
            std::find(literalColumns.begin(), literalColumns.end(), q) != literalColumns.end())
            continue;
        std::map<std::string_view, std::string_view> wordOfValue;
        bool function = true;
        for (std::size_t m = 0; m < tokens.size() && function; ++m) {
            const auto [at, fresh] = wordOfValue.emplace(tokens[m][q], tokens[m][literal]);
            function = fresh || at->second == tokens[m][literal];
        }
        std::set<std::string_view> words;
        for (const auto& [value, word] : wordOfValue)
            words.insert(word);
        if (function && words.size() == wordOfValue.size() && words.size() >= 3 &&
            2 * wordOfValue.size() <= lines)
            return true;
    }
    return false;
}

// A message id the log writes before the message names the event, and what varies under it is
// a value: Cisco's "%ASA-6-302013" (the record's type, which opens the template: see
// RecordParts::componentIsType) or a code in capitals opening the message (Junos'
// "RPD_BGP_NEIGHBOR_STATE_CHANGED:").
bool opensWithMessageId(const std::vector<std::string_view>& templateTokens)
{
    if (templateTokens.empty()) return false;
    std::string_view first = templateTokens.front();
    if (detail::Mnemonic mnemonic; detail::readMnemonic(first, mnemonic)) return true;
    if (first.size() < 4 || first.back() != ':') return false;
    first.remove_suffix(1);
    return first.find('_') != std::string_view::npos && isConstantWord(first);
}

// One word and the same with an "s" or "es" after it, either way round, punctuation after both
// alike: "message" and "messages", "match," and "matches,".
bool isPluralPair(std::string_view a, std::string_view b)
{
    if (a.size() > b.size()) std::swap(a, b);
    std::size_t tail = 0;
    while (tail < a.size() && !ascii::isAlpha(a[a.size() - 1 - tail]))
        ++tail;
    if (tail == a.size() || b.size() < tail || a.substr(a.size() - tail) != b.substr(b.size() - tail))
        return false;
    const std::string_view word = a.substr(0, a.size() - tail), plural = b.substr(0, b.size() - tail);
    return word.size() >= 3 && plural.starts_with(word) &&
           (plural.substr(word.size()) == "s" || plural.substr(word.size()) == "es");
}

// A boolean as code prints one: "true", "False", "TRUE", a comma or colon after it.
bool isTruthValue(std::string_view token)
{
    token = bareWord(token);
    return ascii::equalsIgnoringCase(token, "true") || ascii::equalsIgnoringCase(token, "false");
}

// A word of letters alone, dashes inside it and punctuation after it aside: "on", "off,",
// "initiation", "Traffic-Overload".
bool isBareWord(std::string_view token)
{
    while (!token.empty() && (token.back() == ',' || token.back() == ':' || token.back() == '.'))
        token.remove_suffix(1);
    return !token.empty() && ascii::isAlpha(token.front()) && ascii::isAlpha(token.back()) &&
           std::all_of(token.begin(), token.end(), [](char c) { return ascii::isAlpha(c) || c == '-'; });
}

// The columns in which each group of a split may not split again: those it inherits, and
// every wildcard column where a sibling group holds more than one word. Where the "Prefailure"
// attributes of SMART's "Attribute: <NUM> <*> changed" show several names, the two of its
// "Usage" sibling are names too.
std::vector<std::set<std::size_t>> columnsBarredInGroups(
    const std::vector<std::vector<std::string_view>>& tokens,
    const std::vector<std::string_view>& templateTokens, const std::vector<std::size_t>& literalColumns,
    const std::vector<const std::vector<std::size_t>*>& groups, const std::set<std::size_t>& inherited)
{
    std::vector<std::set<std::size_t>> barred(groups.size(), inherited);
    for (std::size_t p = 0; p < templateTokens.size(); ++p) {
        if (templateTokens[p] != "<*>" ||
            std::find(literalColumns.begin(), literalColumns.end(), p) != literalColumns.end())
            continue;
        std::vector<std::size_t> wordsOfGroup(groups.size());
        for (std::size_t g = 0; g < groups.size(); ++g) {
            std::set<std::string_view> words;
            for (std::size_t m : *groups[g])
                if (isPlainWord(tokens[m][p]) || isKeptCode(tokens[m][p])) words.insert(tokens[m][p]);
            wordsOfGroup[g] = words.size();
        }
        for (std::size_t g = 0; g < groups.size(); ++g)
            for (std::size_t sibling = 0; sibling < groups.size(); ++sibling)
                if (sibling != g && wordsOfGroup[sibling] >= 2) barred[g].insert(p);
    }
    return barred;
}

} // namespace

std::size_t splitByLiteralColumns(TemplateMiner& miner, const std::vector<std::string>& messages,
                                  const std::vector<std::uint64_t>& lineCounts,
                                  std::vector<std::uint32_t>& clusterOfMessage,
                                  std::vector<std::uint32_t>* splitFrom)
{
    const auto clusters = static_cast<std::uint32_t>(miner.clusterCount());
    if (splitFrom) {
        splitFrom->resize(clusters);
        for (std::uint32_t c = 0; c < clusters; ++c)
            (*splitFrom)[c] = c;
    }
    std::vector<std::vector<std::uint32_t>> messagesOf(clusters);
    for (std::uint32_t key = 0; key < clusterOfMessage.size(); ++key)
        messagesOf[clusterOfMessage[key]].push_back(key);

    // A group split off is looked at again, under its own template: "Port <NUM> <*> <*>" splits
    // into "link" and "Traffic-Overload" first, and only then shows "link"'s "on" and "off" as
    // two words of its last column ("Traffic-Overload"'s percentages had hidden them).
    std::vector<std::set<std::size_t>> barredColumns(clusters);
    std::vector<bool> splitOff(clusters, false);
    std::vector<std::uint32_t> pending(clusters);
    for (std::uint32_t c = 0; c < clusters; ++c)
        pending[c] = clusters - 1 - c;
    std::size_t added = 0;
    while (!pending.empty()) {
        const std::uint32_t cluster = pending.back();
        pending.pop_back();
        const std::vector<std::uint32_t> keys = messagesOf[cluster];
        if (keys.size() < 2) continue;
        const std::string templateText = miner.templateText(cluster);
        const auto templateTokens = tokensOf(templateText);
        if (opensWithMessageId(templateTokens)) continue;
        std::vector<std::vector<std::string_view>> tokens;
        tokens.reserve(keys.size());
        bool drainShaped = true;
        for (std::uint32_t key : keys) {
            tokens.push_back(tokensOf(messages[key]));
            drainShaped = drainShaped && tokens.back().size() == templateTokens.size();
        }
        if (!drainShaped) continue; // leave it as mined
        // The wildcard positions that hold only two plain words, or a few constants. More plain
        // alternatives are as often names (users, hosts) as states, and splitting names costs
        // more than merging states; constants (NEW, RUNNING, FAILED) are states.
        const std::size_t fewWords = 2, fewConstants = 16;
        // Where the template says next to nothing else ("(<NUM> of <NUM>) <*> (<PATH>)", Portage's
        // "Cleaning", "Compiling/Merging", "Merging"), a few more capitalised words, no label's
        // values, are still its events.
        const bool saysLittle = std::count_if(templateTokens.begin(), templateTokens.end(),
                                              hasLetterOutsideAngles) <= kFewOtherWords;
        std::vector<std::size_t> literalColumns;
        for (std::size_t p = 0; p < templateTokens.size(); ++p) {
            if (templateTokens[p] != "<*>") continue;
            if (p > 0 && namesAUser(templateTokens[p - 1])) continue;
            std::map<std::string_view, std::uint64_t> values;
            const bool afterPreposition = p > 0 && isPreposition(templateTokens[p - 1]);
            bool plain = true, constants = true,
                 capitalised = saysLittle && (p == 0 || templateTokens[p - 1].back() != ':');
            for (std::size_t m = 0; m < keys.size() && plain; ++m) {
                const bool code = isKeptCode(tokens[m][p]) || isQualifiedMethod(tokens[m][p]);
                plain = code || isPlainWord(tokens[m][p]);
                constants = constants && (code || isConstantWord(tokens[m][p], afterPreposition));
                capitalised = capitalised && isCapitalisedWord(tokens[m][p]);
                values[tokens[m][p]] += lineCounts[keys[m]];
            }
            if (!plain || values.size() < 2 ||
                values.size() > (constants     ? fewConstants
                                 : capitalised ? kFewWordsAlone
                                               : fewWords))
                continue;
            // Words the log wraps in brackets or quotes ("in policy [logs]", "zone \"api\"") are
            // marked as values by the log itself.
            if (std::all_of(values.begin(), values.end(), [](const auto& v) {
                    return isWrappedWord(v.first) || isKeyedWord(v.first) || isColonKeyedWord(v.first);
                }))
                continue;
            // True and false are a flag's values ("overflow: False,"), whatever else the line says.
            if (std::all_of(values.begin(), values.end(),
                            [](const auto& v) { return isTruthValue(v.first); }))
                continue;
            // A word and its plural ("message" beside "messages", as "%d message%s" writes them)
            // are one word of the event, its count's.
            if (values.size() == 2 && isPluralPair(values.begin()->first, std::next(values.begin())->first))
                continue;
            // Names spelt as identifiers (be_static, be_auth) are names, as path_merge reads them.
            const auto identifiers = std::count_if(values.begin(), values.end(), [](const auto& v) {
                return isCodeName(v.first) && !isQualifiedMethod(v.first);
            });
            if (2 * std::size_t(identifiers) >= values.size()) continue;
            // Words seen once each may just as well be names: a couple of them is not enough evidence.
            const bool repeated =
                std::any_of(values.begin(), values.end(), [](const auto& v) { return v.second >= 2; });
            // A group split off shows fewer words in each column than its cluster did, so it is
            // held to two words alone ("on", "off"), no key's value ("engine=\"local\"",
            // "reason(quit)"), no type ("array|string"), no list of states in capitals, no word
            // after a label's colon ("warning: PSU 1", "completed: Battery OK"; a colon that
            // ends the first word ends a name: "wg0: Sending handshake initiation").
            if (splitOff[cluster] &&
                (barredColumns[cluster].contains(p) || values.size() > fewWords ||
                 std::any_of(templateTokens.begin() + 1, templateTokens.begin() + std::ptrdiff_t(p),
                             [](std::string_view t) { return t.back() == ':'; }) ||
                 !std::all_of(values.begin(), values.end(),
                              [](const auto& v) { return isBareWord(v.first); })))
                continue;
            if (values.size() <= 2 || repeated) literalColumns.push_back(p);
        }
        const std::vector<std::size_t> candidates = literalColumns;
        std::uint64_t clusterLines = 0;
        for (std::uint32_t key : keys)
            clusterLines += lineCounts[key];
        std::erase_if(literalColumns, [&](std::size_t p) {
            return followsFromAValue(tokens, templateTokens, candidates, p, clusterLines);
        });
        if (literalColumns.empty()) continue;

        // Group the messages by their words in those columns; the largest group keeps the cluster.
        std::map<std::string, std::vector<std::size_t>> groups;
        for (std::size_t m = 0; m < keys.size(); ++m) {
            std::string signature;
            for (std::size_t p : literalColumns) {
                signature += tokens[m][p];
                signature += '\n';
            }
            groups[signature].push_back(m);
        }
        std::vector<const std::vector<std::size_t>*> ordered;
        for (const auto& [signature, members] : groups)
            ordered.push_back(&members);
        auto linesOf = [&](const std::vector<std::size_t>* members) {
            std::uint64_t n = 0;
            for (std::size_t m : *members)
                n += lineCounts[keys[m]];
            return n;
        };
        std::stable_sort(ordered.begin(), ordered.end(), [&](const auto* a, const auto* b) {
            const auto la = linesOf(a), lb = linesOf(b);
            return la != lb ? la > lb : a->front() < b->front();
        });
        // Each group's template: the cluster's, its words in those columns. Tokens split by
        // context (a note in parentheses is one token at a message's end, not before a word), so a
        // text that would not read back as as many tokens leaves the cluster whole.
        std::vector<std::string> texts;
        std::vector<std::string_view> reread;
        bool readsBack = true;
        for (const auto* members : ordered) {
            std::vector<std::string_view> refined = templateTokens;
            for (std::size_t p : literalColumns)
                refined[p] = tokens[members->front()][p];
            std::string& text = texts.emplace_back();
            for (std::size_t i = 0; i < refined.size(); ++i) {
                if (i > 0) text.push_back(' ');
                text.append(refined[i]);
            }
            minedTokens(text, reread);
            readsBack = readsBack && reread.size() == templateTokens.size();
        }
        if (!readsBack) continue;
        const std::vector<std::set<std::size_t>> barredOfGroup =
            columnsBarredInGroups(tokens, templateTokens, literalColumns, ordered, barredColumns[cluster]);
        for (std::size_t g = 0; g < ordered.size(); ++g) {
            const auto& members = *ordered[g];
            const std::string& text = texts[g];
            std::vector<std::uint32_t> memberKeys;
            for (std::size_t m : members)
                memberKeys.push_back(keys[m]);
            if (g == 0) {
                if (!miner.setTemplate(cluster, text)) break; // the cluster stays whole
                messagesOf[cluster] = std::move(memberKeys);
                barredColumns[cluster] = barredOfGroup[g];
                splitOff[cluster] = true;
                pending.push_back(cluster);
                continue;
            }
            const std::uint32_t fresh = miner.addCluster(text);
            if (splitFrom) {
                splitFrom->resize(static_cast<std::size_t>(fresh) + 1);
                (*splitFrom)[fresh] = (*splitFrom)[cluster];
            }
            ++added;
            for (std::uint32_t key : memberKeys)
                clusterOfMessage[key] = fresh;
            messagesOf.resize(static_cast<std::size_t>(fresh) + 1);
            messagesOf[fresh] = std::move(memberKeys);
            barredColumns.resize(messagesOf.size());
            barredColumns[fresh] = barredOfGroup[g];
            splitOff.resize(messagesOf.size());
            splitOff[fresh] = true;
            pending.push_back(fresh);
        }
    }
    return added;
}

} // namespace logsleuth::text
