// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "span_merge.h"

#include "ascii.h"
#include "hash.h"
#include "logsleuth/text/mask.h"
#include "mined_tokens.h"
#include "plain_word.h"
#include "span_merges.h"
#include "span_words.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <tuple>

namespace logsleuth::text {
namespace {

// So many templates must share what surrounds the span: two are a pair of events as often as
// one event with two values. A template that reads <*> there counts twice where the others' spans
// are names alone: it stands for names the miner has met already ("Player <*> joined" beside
// "Player Dr. Wrench joined"; not "Failed password for invalid user <*>", which holds the value).
constexpr std::size_t kFewestTemplates = 3;
// ... and what surrounds it must hold so many words that say what happened.
constexpr std::size_t kFewestWords = 2;
// Every template is cut every way a span fits; past this many cuts (some ten thousand
// templates) the log is not one whose names need joining, and the pass is skipped.
constexpr std::size_t kMostCuts = std::size_t{1} << 20;

using Tokens = std::vector<std::string_view>;

// One way to cut a template: tokens [begin, begin + length) are the span.
struct Cut {
    std::uint64_t surround; // a hash of the tokens before and after the span, and where it is
    std::uint64_t span;     // a hash of the span, its closing punctuation left out
    std::uint32_t cluster;
    std::uint8_t begin;
    std::uint8_t length;
    bool ends = false; // the span ends the template
};

std::string_view spanText(const Tokens& t, const Cut& cut)
{
    const std::string_view first = t[cut.begin], last = t[cut.begin + cut.length - 1];
    return {first.data(), static_cast<std::size_t>(last.data() + last.size() - first.data())};
}

std::uint64_t hashOf(std::string_view token, std::uint64_t seed)
{
    return detail::mix(detail::fnv1a(token, seed) + 0x9e3779b97f4a7c15ULL);
}

// Names are told apart by words of their own ("Morning blinds:", "Bathroom fan:"), where the
// spans of one event's variants share theirs ("password for invalid user <*>", "password for
// <*>"; "Request GET <URL> completed with", "Request POST <URL> completed with"): two thirds of
// the span words must belong to one span only. Spans all in capitals are states or codes
// ("BLOCK]", "OK UPLOAD:"), not names.
bool spansReadAsNames(const std::vector<std::string_view>& spans)
{
    std::map<std::string_view, std::size_t> spansOfWord;
    std::size_t total = 0;
    bool lowerCase = false;
    for (std::string_view span : spans) {
        std::set<std::string_view> own;
        for (std::string_view word : wordsOf(span)) {
            own.insert(word);
            ++total;
            lowerCase = lowerCase || std::any_of(word.begin(), word.end(), ascii::isLower);
        }
        for (std::string_view word : own)
            ++spansOfWord[word];
    }
    std::size_t unique = 0;
    for (std::string_view span : spans)
        for (std::string_view word : wordsOf(span))
            unique += spansOfWord[word] == 1 ? 1 : 0;
    return lowerCase && total > 0 && 3 * unique >= 2 * total;
}

// A title: its words of four letters and more capitalised, particles aside ("Der Schuh des
// Manitu", "Dune: Part Two", "Moana <*>"); a sentence ("Cache refreshed with <NUM> entries",
// "Scheduler tick") writes its verb in lower case.
bool readsAsTitle(std::string_view span)
{
    constexpr std::size_t kParticle = 3;
    const std::vector<std::string_view> words = wordsOf(span);
    bool named = false; // a capitalised word of more letters than a particle's
    for (std::string_view word : words) {
        while (!word.empty() && (word.back() == ':' || word.back() == ','))
            word.remove_suffix(1);
        const std::size_t letters =
            static_cast<std::size_t>(std::count_if(word.begin(), word.end(), ascii::isAlpha));
        // A capital, then small letters: no identifier ("PeerDestroy", 'Type="…"'), no code.
        const bool capitalised = !word.empty() && ascii::isUpper(word.front()) &&
                                 std::all_of(word.begin() + 1, word.end(), ascii::isLower);
        if (letters > kParticle && !capitalised && !ascii::isDigit(word.front())) return false;
        named = named || (letters > kParticle && capitalised);
    }
    return named;
}

// A span of values, no word among them ('"rw-ikev<NUM>"[<NUM>] <IP>', a connection named with its
// instance and its peer's address).
bool holdsValuesAlone(std::string_view span)
{
    constexpr std::size_t kMostTokens = 3;
    std::size_t tokens = 0;
    for (std::size_t start = 0; start <= span.size(); ++tokens) {
        const std::size_t end = std::min(span.find(' ', start), span.size());
        // A value each, quoted or bracketed: no key ("pid=<NUM>"), no markup ('<Data Name="x"><NUM>').
        const std::string_view token = span.substr(start, end - start);
        bool placeheld = false;
        for (std::size_t at = 0; at < token.size(); ++at) {
            const std::size_t close = token[at] == '<' ? token.find('>', at) : std::string_view::npos;
            if (close != std::string_view::npos && containsPlaceholder(token.substr(at, close + 1 - at))) {
                placeheld = true;
                at = close;
            } else if (token[at] == '=' || token[at] == '<' || token[at] == '>') {
                return false;
            }
        }
        if (!placeheld) return false;
        start = end + 1;
    }
    return tokens <= kMostTokens;
}

// Spans of more than one token count.
bool severalLengths(const std::vector<std::string_view>& spans)
{
    const auto tokens = [](std::string_view span) { return std::count(span.begin(), span.end(), ' '); };
    return std::any_of(spans.begin(), spans.end(),
                       [&](std::string_view span) { return tokens(span) != tokens(spans.front()); });
}

// A span of <*> alone: values the masker could not name, no word among them.
bool wildcardsAlone(std::string_view span)
{
    for (std::size_t start = 0; start <= span.size();) {
        const std::size_t end = std::min(span.find(' ', start), span.size());
        if (span.substr(start, end - start) != detail::wildcard) return false;
        start = end + 1;
    }
    return true;
}

// Spans of values alone, of more than one length ("<*>" beside '"rw-ikev<NUM>"[<NUM>] <IP>',
// Libreswan's static connections beside its road warriors'): one value written in as many
// tokens as it takes, with no word in any of them to tell two events apart.
bool valuesOfSeveralLengths(const std::vector<std::string_view>& spans)
{
    return std::all_of(spans.begin(), spans.end(), holdsValuesAlone) && severalLengths(spans);
}

// Whether two templates read the same around their cuts.
bool sameSurround(const Tokens& a, const Cut& x, const Tokens& b, const Cut& y)
{
    if (x.begin != y.begin || a.size() - x.length != b.size() - y.length) return false;
    for (std::size_t i = 0; i < x.begin; ++i)
        if (a[i] != b[i]) return false;
    for (std::size_t i = x.begin + x.length, j = y.begin + y.length; i < a.size(); ++i, ++j)
        if (a[i] != b[j]) return false;
    return true;
}

// A group of templates that read the same around a span, and what is said around it.
struct Candidate {
    std::vector<const Cut*> members; // one cut per template, of templates in index order
    std::size_t words = 0;           // word tokens around the span
    std::size_t tokens = 0;          // all tokens around it
};

} // namespace

std::size_t mergeVariableSpans(TemplateMiner& miner, std::vector<std::uint32_t>& clusterOfMessage)
{
    const auto clusters = static_cast<std::uint32_t>(miner.clusterCount());
    std::vector<std::string> texts(clusters);
    std::vector<Tokens> tokens(clusters);
    std::size_t cutCount = 0;
    for (std::uint32_t c = 0; c < clusters; ++c) {
        texts[c] = miner.templateText(c);
        minedTokens(texts[c], tokens[c]);
        cutCount += tokens[c].size() * kLongestValueSpan + (kLongestTrailingValue - kLongestValueSpan);
        if (cutCount > kMostCuts) return 0;
    }
    // Every way to cut each template into before + span + after, where words enough surround the
    // span (one will do before a span that ends the template: "Launching <*>").
    std::vector<Cut> cuts;
    std::vector<std::uint64_t> prefixHash, suffixHash;
    std::vector<std::size_t> wordsBefore;
    for (std::uint32_t c = 0; c < clusters; ++c) {
        const Tokens& t = tokens[c];
        const std::size_t n = t.size();
        if (n > 255) continue;
        prefixHash.assign(n + 1, 0);
        suffixHash.assign(n + 1, 0);
        wordsBefore.assign(n + 1, 0);
        for (std::size_t i = 0; i < n; ++i) {
            prefixHash[i + 1] = hashOf(t[i], prefixHash[i]);
            wordsBefore[i + 1] = wordsBefore[i] + (isWordToken(t[i]) ? 1 : 0);
        }
        for (std::size_t i = n; i-- > 0;)
            suffixHash[i] = hashOf(t[i], suffixHash[i + 1] ^ 0x5bd1e995ULL);
        for (std::size_t begin = 0; begin < n; ++begin)
            for (std::size_t length = 1; begin + length <= n; ++length) {
                const std::size_t end = begin + length;
                // A span that ends the template may run as long as the miner reads a trailing value.
                if (length > (end == n ? kLongestTrailingValue : kLongestValueSpan)) {
                    if (end == n) break;
                    continue;
                }
                const std::size_t around = wordsBefore[begin] + (wordsBefore[n] - wordsBefore[end]);
                if (around < (end == n ? 1 : kFewestWords)) continue;
                Cut cut{detail::mix(prefixHash[begin] * 31 + suffixHash[end] + begin * 0x100000001b3ULL),
                        0,
                        c,
                        static_cast<std::uint8_t>(begin),
                        static_cast<std::uint8_t>(length),
                        end == n};
                cut.span = detail::fnv1a(bareWord(spanText(t, cut)));
                cuts.push_back(cut);
            }
    }
    // The templates each span occurs in, whatever surrounds it and whatever punctuation closes
    // it ("Power Button" before "(/dev/input/…)", "Power Button:" before "device removed").
    // Spans that end their template count apart: see below.
    std::vector<std::pair<std::uint64_t, std::uint32_t>> spanIn, spanAnywhereIn;
    spanIn.reserve(cuts.size());
    spanAnywhereIn.reserve(cuts.size());
    for (const Cut& cut : cuts) {
        if (!cut.ends) spanIn.emplace_back(cut.span, cut.cluster);
        spanAnywhereIn.emplace_back(cut.span, cut.cluster);
    }
    for (auto* in : {&spanIn, &spanAnywhereIn}) {
        std::sort(in->begin(), in->end());
        in->erase(std::unique(in->begin(), in->end()), in->end());
    }
    const auto templatesOf = [](const std::vector<std::pair<std::uint64_t, std::uint32_t>>& in,
                                std::uint64_t span) {
        const auto range =
            std::equal_range(in.begin(), in.end(), std::pair<std::uint64_t, std::uint32_t>{span, 0},
                             [](const auto& a, const auto& b) { return a.first < b.first; });
        return static_cast<std::size_t>(range.second - range.first);
    };
    const auto templatesOfSpan = [&](std::uint64_t span) { return templatesOf(spanIn, span); };

    // Cuts by what surrounds the span; the sort keeps the order (and so which ids survive)
    // independent of where the cuts came from.
    std::sort(cuts.begin(), cuts.end(), [](const Cut& a, const Cut& b) {
        return std::tie(a.surround, a.cluster, a.begin, a.length) <
               std::tie(b.surround, b.cluster, b.begin, b.length);
    });
    // A span of <*> alone stands for names the miner has met, of as many words ("Source <*> <*>
    // routed to" beside "Source Blu-ray routed to"); after a colon, only one <*> does: what a
    // colon labels is trailing_value_merge's to judge ("Task completed: <*> <*> (<NUM>/<NUM>)").
    const auto weightOf = [&tokens](const std::vector<const Cut*>& members) {
        std::size_t general = 0, named = 0;
        for (const Cut* cut : members) {
            const std::string_view span = spanText(tokens[cut->cluster], *cut);
            const bool labelled = cut->begin > 0 && tokens[cut->cluster][cut->begin - 1].ends_with(':');
            const bool wildcards = labelled ? span == "<*>" : wildcardsAlone(span);
            general += wildcards ? 1 : 0;
            named += !wildcards && (!containsPlaceholder(span) || holdsValuesAlone(span)) ? 1 : 0;
        }
        return members.size() + (general > 0 && general + named == members.size() ? 1 : 0);
    };
    std::vector<Candidate> candidates;
    std::vector<std::string_view> spans; // the spans of the members looked at
    const auto spansOf = [&](const std::vector<const Cut*>& members) {
        spans.clear();
        for (const Cut* cut : members)
            spans.push_back(spanText(tokens[cut->cluster], *cut));
    };
    for (std::size_t first = 0, next = 0; first < cuts.size(); first = next) {
        next = first + 1;
        while (next < cuts.size() && cuts[next].surround == cuts[first].surround)
            ++next;
        if (next - first < kFewestTemplates - 1) continue;
        Candidate candidate;
        const Cut& head = cuts[first];
        const Tokens& headTokens = tokens[head.cluster];
        for (std::size_t k = first; k < next; ++k)
            if (sameSurround(headTokens, head, tokens[cuts[k].cluster], cuts[k]) &&
                (candidate.members.empty() || candidate.members.back()->cluster != cuts[k].cluster))
                candidate.members.push_back(&cuts[k]);
        if (weightOf(candidate.members) < kFewestTemplates) continue;
        for (std::size_t i = 0; i < headTokens.size(); ++i)
            if (i < head.begin || i >= head.begin + head.length) {
                ++candidate.tokens;
                candidate.words += isWordToken(headTokens[i]) ? 1 : 0;
            }
        // A span that ends its template is free text as often as a value ("Scheduler tick",
        // "Removed torrent."): it is a name only where every one of them is met in another
        // template too, in the middle of one of them at least (Lutris' "Launching <game>",
        // "Stopping <game>" beside "<game> stopped at <TIME>").
        if (head.ends) {
            Candidate names = candidate;
            std::erase_if(names.members, [&](const Cut* cut) {
                return templatesOf(spanAnywhereIn, cut->span) < 2 || templatesOfSpan(cut->span) < 1;
            });
            spansOf(names.members);
            if (weightOf(names.members) >= kFewestTemplates && spansReadAsNames(spans) &&
                differInMoreThanOneWord(spans)) {
                candidates.push_back(std::move(names));
                continue;
            }
            // ... but a list of values of several lengths (a chess engine's moves after "pv") is
            // one, the whole list from the word before it. What a colon or a key labels is
            // trailing_value_merge's and tail_merge's to judge, a command and its arguments too
            // ("running cmd: make -j 16"; "ruser= <*>" beside "ruser= rhost=<IP> user=root").
            // Lists where the miner kept a value as it was ("pv <*> b<NUM>d<NUM> <*>") stay apart.
            const std::string_view word = headTokens[head.begin - 1];
            const bool labelled = word.ends_with(':') || word.ends_with('=') ||
                                  (head.begin >= 2 && headTokens[head.begin - 2].ends_with(':'));
            if (word == detail::wildcard || labelled) continue;
            std::erase_if(candidate.members, [&](const Cut* cut) {
                return !wildcardsAlone(spanText(tokens[cut->cluster], *cut));
            });
            spansOf(candidate.members);
            if (weightOf(candidate.members) >= kFewestTemplates && severalLengths(spans))
                candidates.push_back(std::move(candidate));
            continue;
        }
        // A span is a value where ...
        spans.clear();
        std::size_t spanWords = 0, recurring = 0;
        for (const Cut* cut : candidate.members) {
            spans.push_back(spanText(tokens[cut->cluster], *cut));
            spanWords = std::max(spanWords, wordsOf(spans.back()).size());
            // ... a name recurs: the automation, the device, the operator that one event names,
            // others name too, where a sentence before a common ending ("Scheduler tick", "Cache
            // refreshed with <NUM> entries" before "in <PATH> on line <NUM>") is an event;
            // ... or the span is a title, its longer words capitalised ("Der Schuh des Manitu",
            // "The Wild Robot", a film's, a book's, a team's), not at the start, where a sentence
            // capitalises its verb ("Removed torrent."), and with a word after it, as "Media for
            // <title> exists" writes one (not "Track changed: <artist> - <title>", a line's
            // trailing value);
            const Tokens& t = tokens[cut->cluster];
            const std::size_t after = cut->begin + cut->length;
            const bool titled =
                cut->begin > 0 && after < t.size() && isWordToken(t[after]) && readsAsTitle(spans.back());
            recurring += templatesOf(spanAnywhereIn, cut->span) >= 2 || titled ? 1 : 0;
        }
        // ... what surrounds it says about as much as the span does ("Failed password for
        // invalid user <*>" beside "Accepted password for <*>", before "from <IP> port <NUM>",
        // are events, not values);
        if (2 * candidate.words < spanWords || 2 * recurring < candidate.members.size()) continue;
        // ... the spans read as names, and differ in length or in more than one word: one word
        // that differs is path_merge's and literal_split's to judge (states, names).
        // ... or they are values alone, before words that say what happened (not a trailing
        // value's first part: "Track changed: <*> - <*>" is trailing_value_merge's).
        const bool wordsAfter = std::any_of(headTokens.begin() + head.begin + head.length, headTokens.end(),
                                            [](std::string_view token) { return isWordToken(token); });
        if ((spansReadAsNames(spans) && differInMoreThanOneWord(spans)) ||
            (wordsAfter && valuesOfSeveralLengths(spans)))
            candidates.push_back(std::move(candidate));
    }
    // The most said around the span first (the narrowest cut of a span), then the widest groups:
    // a cut that takes an event's words into the span ("<*> #<NUM> branch indexing action"
    // beside "shop-web/main #<NUM>") says less around it.
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        return std::tuple(a.words, a.tokens, a.members.size()) >
               std::tuple(b.words, b.tokens, b.members.size());
    });

    std::vector<bool> taken(clusters, false);
    SpanMerges merges;
    for (const Candidate& candidate : candidates) {
        std::vector<const Cut*> group;
        for (const Cut* cut : candidate.members)
            if (!taken[cut->cluster]) group.push_back(cut);
        if (weightOf(group) < kFewestTemplates) continue;
        // The oldest template keeps its id and gives the text, <*> for its span; the punctuation
        // that closes every name stays ("<*>: Running automation actions").
        const Cut& oldest = *group.front();
        const Tokens& t = tokens[oldest.cluster];
        const char close = spanText(t, oldest).back();
        const bool closed = (close == ':' || close == ',' || close == ';') &&
                            std::all_of(group.begin(), group.end(), [&](const Cut* cut) {
                                return spanText(tokens[cut->cluster], *cut).back() == close;
                            });
        std::string text;
        for (std::size_t i = 0; i < t.size(); ++i) {
            if (i > oldest.begin && i < oldest.begin + oldest.length) continue;
            if (!text.empty()) text.push_back(' ');
            if (i != oldest.begin) {
                text.append(t[i]);
                continue;
            }
            text.append("<*>");
            if (closed) text.push_back(close);
        }
        if (!holdsValueSpan(text, ValueSpan{oldest.begin, false})) continue;
        std::vector<std::uint32_t> members;
        for (const Cut* cut : group) {
            taken[cut->cluster] = true;
            members.push_back(cut->cluster);
        }
        merges.add(std::move(members), std::move(text), ValueSpan{oldest.begin, false});
    }
    return merges.apply(miner, clusterOfMessage);
}

} // namespace logsleuth::text
