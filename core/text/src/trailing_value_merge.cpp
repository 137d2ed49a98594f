// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "trailing_value_merge.h"

#include "logsleuth/text/records.h"
#include "plain_word.h"
#include "span_merges.h"
#include "span_words.h"

#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace logsleuth::text {
namespace {

// So many templates must read the same before the colon. Two are sometimes a pair of events
// ("closed: by client", "closed: by server"), but over 428 logs of 21 rounds more often one
// event with two values ("failed: java.io.EOFException", "failed: Connection reset").
constexpr std::size_t kFewestValues = 2;
// ... and what comes before it must hold so many words: "executing:" alone names no event whose
// value follows, "Running task:" does.
constexpr std::size_t kFewestWordsBefore = 2;
// ... and so many where the value holds labels of its own (see holdsLabelOrStamp).
constexpr std::size_t kFewestWordsBeforeLabels = 3;

using Tokens = std::vector<std::string_view>;

bool isLowerWord(std::string_view word)
{
    return !word.empty() && std::all_of(word.begin(), word.end(), ascii::isLower);
}

// A word that introduces what follows it: "closed:", "task:", "failed:", "Reason:". Not a level
// ("debug:", "Error:": the message follows, as in VLC's "main decoder debug: …"), nor a label in
// capitals ("ERROR:", "SQL:"), nor a name ("br-int:", whose bridge's events follow), nor one in a
// bracket ("[build:"). A capitalised word labels a value after prose ("got removed. Reason:");
// after capitalised words alone it ends a subsystem's name ("SMTP Server:", "Shared Clipboard:"),
// whose messages follow.
bool introducesValue(const Tokens& t, std::size_t k)
{
    const std::string_view token = t[k];
    // A numbered error and its text ("EvtNext failed with error <NUM>: The RPC server is
    // unavailable.", as Windows' "error %d: %s" and C's "errno %d: %s" write them): the text
    // follows from the number. Other numbered things are events' subjects ("request <NUM>:
    // resent" beside "request <NUM>: timeout after 5 seconds").
    if (token == "<NUM>:" && k > 0 &&
        (ascii::equalsIgnoringCase(t[k - 1], "error") || ascii::equalsIgnoringCase(t[k - 1], "errno") ||
         ascii::equalsIgnoringCase(t[k - 1], "code")))
        return true;
    if (token.size() < 3 || token.back() != ':') return false;
    const std::string_view word = token.substr(0, token.size() - 1);
    if (!std::all_of(word.begin() + 1, word.end(), ascii::isLower) || isLevelWord(word)) return false;
    if (ascii::isLower(word.front())) return true;
    return ascii::isUpper(word.front()) &&
           std::any_of(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(k),
                       [](std::string_view w) { return isWordToken(w) && ascii::isLower(w.front()); });
}

// A value ends the line: not more labelled values ("<SIZE> Init Duration: <DURATION>"), nor a
// record of another program with its own stamp or clock (Zuul's "Ansible output: b'<TIME> |
// TASK …'").
bool holdsLabelOrStamp(const Tokens& t, std::size_t from, std::size_t wordsBefore)
{
    for (std::size_t k = from; k < t.size(); ++k) {
        const std::string_view token = t[k];
        if (token.find("<TIME>") != std::string_view::npos ||
            token.find("<NUM>:<NUM>:<NUM>") != std::string_view::npos)
            return true; // a clock alone
        if (token.size() < 2 || token.back() != ':') continue;
        // Labels in lower case after a long opening are the value's own: errors wrapped in errors
        // ("couldn't parse json string: lexical error: invalid char in json text." beside "…:
        // premature EOF"), fields of a record ("…, site: Hotel Seeblick Annex, ip: <IP>"). A
        // capitalised one is no value's ("PHP message: PHP Warning: …", another program's
        // record), nor one after a short opening, which may be the event's subject ("host: host:
        // <NUM> (passive) best link: <NUM>" beside "host: host: <NUM> has no active links").
        // So is an address before a cause in lower case ("dial tcp <IP>: connect: connection
        // refused", as Go wraps a network error).
        const std::string_view label = token.substr(0, token.size() - 1);
        const bool addressed =
            (label == "<IP>" || label == "<HOST>") && k + 1 < t.size() && isLowerWord(bareWord(t[k + 1]));
        if ((!isLowerWord(label) && !addressed) || wordsBefore < kFewestWordsBeforeLabels) return true;
    }
    return false;
}

// A template cut after its colon: the value is tokens [from, end).
struct Member {
    std::uint32_t cluster;
    std::size_t from;
};

} // namespace

std::size_t mergeTrailingValues(TemplateMiner& miner, std::vector<std::uint32_t>& clusterOfMessage)
{
    const auto clusters = static_cast<std::uint32_t>(miner.clusterCount());
    std::vector<std::string> texts(clusters);
    std::vector<Tokens> tokens(clusters);
    // Templates by what they read up to and with a colon; std::map keeps the order, and so which
    // ids survive, independent of hashing.
    std::map<std::string, std::vector<Member>> byOpening;
    for (std::uint32_t c = 0; c < clusters; ++c) {
        if (miner.valueSpan(c)) continue; // one span per template
        texts[c] = miner.templateText(c);
        minedTokens(texts[c], tokens[c]);
        const Tokens& t = tokens[c];
        std::size_t words = 0;
        for (std::size_t k = 0; k < t.size(); ++k) {
            words += isWordToken(t[k]) ? 1 : 0;
            // Only a colon near the end opens a value: the length first keeps the other checks,
            // which read the whole opening, to the last few tokens of a long template.
            if (t.size() - (k + 1) > kLongestTrailingValue || words < kFewestWordsBefore ||
                !introducesValue(t, k) || !closesItsBrackets(t, k + 1) || holdsLabelOrStamp(t, k + 1, words))
                continue;
            byOpening[joinedTokens(t, 0, k + 1)].push_back(Member{c, k + 1});
        }
    }
    // The longest openings first: the most said before the value ("http: proxy error:" before
    // "http:").
    std::vector<const std::pair<const std::string, std::vector<Member>>*> openings;
    for (const auto& entry : byOpening)
        if (entry.second.size() >= kFewestValues) openings.push_back(&entry);
    std::stable_sort(openings.begin(), openings.end(), [](const auto* a, const auto* b) {
        return a->second.front().from > b->second.front().from;
    });

    std::vector<bool> taken(clusters, false);
    SpanMerges merges;
    std::vector<std::string_view> values;
    for (const auto* opening : openings) {
        std::vector<std::uint32_t> members;
        values.clear();
        bool none = false; // a template that ends at the colon: the value is left out there
        std::size_t worded = 0;
        for (const Member& m : opening->second) {
            if (taken[m.cluster]) continue;
            members.push_back(m.cluster);
            const Tokens& t = tokens[m.cluster];
            if (m.from == t.size()) {
                none = true;
                continue;
            }
            const std::string_view first = t[m.from], last = t.back();
            values.emplace_back(first.data(),
                                static_cast<std::size_t>(last.data() + last.size() - first.data()));
            worded += wordsOf(values.back()).empty() ? 0 : 1;
        }
        // Values of several words, told apart by more than one word: "send: history" beside "send:
        // summary" names a record kind, which literal_split and path_merge judge.
        if (members.size() < kFewestValues || worded < 2 || !differInMoreThanOneWord(values)) continue;
        const std::size_t from = opening->second.front().from;
        std::string text = opening->first + " <*>";
        const ValueSpan span{from, none};
        if (!holdsValueSpan(text, span)) continue;
        for (std::uint32_t c : members)
            taken[c] = true;
        merges.add(std::move(members), std::move(text), span);
    }
    return merges.apply(miner, clusterOfMessage);
}

} // namespace logsleuth::text
