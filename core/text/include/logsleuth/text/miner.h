// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// An online template miner in the style of Drain (He et al., ICWS 2017): messages are routed
// through a fixed-depth tree keyed by their token count and leading tokens to a small list of
// clusters; the most similar cluster above the threshold absorbs the message and the tokens
// that differ become <*>, otherwise a new cluster starts.
#pragma once

#include "logsleuth/text/types.h"

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace logsleuth::text {

struct MinerOptions {
    double similarity = 0.4; // share of equal tokens needed to join a cluster
    unsigned depth = 4;      // tree depth as Drain counts it: root, length, depth-2 token levels
    unsigned maxChildren = 100;
};

// The most tokens a value may span in a template that holds one such span (see span_merge.h).
inline constexpr std::size_t kLongestValueSpan = 6;
// ... and where the span ends the template: a reason or a command the line ends with
// (trailing_value_merge.h) runs longer than a name.
inline constexpr std::size_t kLongestTrailingValue = 12;

// A template's <*> that stands for a value of several tokens: the one at token `at`, standing for
// 1 to kLongestValueSpan tokens (a name of several words, span_merge.h), or, when `optional`, for
// none to as many (a clause a log adds to some lines only, tail_merge.h, at the end; a flag or a
// value inside the line, optional_word_merge.h).
struct ValueSpan {
    std::size_t at = 0;
    bool optional = false;
};

// Whether the template's token at span.at is a <*>. Tokens
// split by context (a note in parentheses ending a message is one token, not before a <*>), so
// a merge checks the text it builds before mergeSpans takes it.
bool holdsValueSpan(std::string_view templateText, ValueSpan span);

// The tokens of a masked message as the miner sees them: split at single spaces, with a run of
// one repeated masked token (a list of like values) counted once. Views into `message`.
void minedTokens(std::string_view message, std::vector<std::string_view>& tokens);

class TemplateMiner {
public:
    explicit TemplateMiner(MinerOptions options = {});
    TemplateMiner(const TemplateMiner& other); // a deep copy: the same tree, clusters and ids
    TemplateMiner& operator=(const TemplateMiner& other);
    TemplateMiner(TemplateMiner&&) noexcept;
    TemplateMiner& operator=(TemplateMiner&&) noexcept;
    ~TemplateMiner();

    // Tokens are separated by single spaces (as maskMessage leaves them). Returns the dense
    // cluster index 0..n-1.
    std::uint32_t add(std::string_view maskedMessage);
    std::size_t clusterCount() const;
    // A hash of the template text when the cluster was created; kept when it generalises.
    TemplateId id(std::uint32_t cluster) const;
    std::string templateText(std::uint32_t cluster) const; // current tokens joined by single spaces
    const MinerOptions& options() const;

    // Refinement after a batch (see literal_split.h): a new cluster with this template, routed
    // like a message of the same tokens, and a new template text for an existing cluster (same
    // token count; its id stays; false, and nothing changed, where the text reads as another
    // count of tokens: tokens split by context, so a text built from tokens may).
    std::uint32_t addCluster(std::string_view templateText);
    bool setTemplate(std::uint32_t cluster, std::string_view templateText);

    // Merges clusters after a batch (see path_merge.h): each group's clusters become its first,
    // which keeps its id and takes the group's template text (same token count; a group whose
    // text reads as another count, or whose span is no <*>, is left as it was). The tree is
    // rebuilt from the templates, as a loaded state is. Returns the new dense index of every
    // cluster there was (the clusters left keep their order).
    std::vector<std::uint32_t> mergeClusters(const std::vector<std::vector<std::uint32_t>>& groups,
                                             const std::vector<std::string>& templates);
    // The same for templates whose <*> spans[g] stands for a value of several tokens (see
    // ValueSpan); messages that read so join them later too.
    std::vector<std::uint32_t> mergeSpans(const std::vector<std::vector<std::uint32_t>>& groups,
                                          const std::vector<std::string>& templates,
                                          const std::vector<ValueSpan>& spans);
    // The span a cluster's template holds, if any.
    std::optional<ValueSpan> valueSpan(std::uint32_t cluster) const;

    // The cluster a message would join, without changing anything (for callers that must not
    // move the miner, e.g. matching a stored mark); nullopt when it would start a new one.
    std::optional<std::uint32_t> match(std::string_view maskedMessage) const;

    // The clusters and their ids as text, one "id<TAB>template" line each after a header line,
    // so a later run starts from them and keeps the ids of the templates it already knows.
    void save(std::ostream& out) const;
    // Throws std::runtime_error for a file that is not a saved miner state.
    static TemplateMiner load(std::istream& in, MinerOptions options = {});

private:
    std::vector<std::uint32_t> merge(const std::vector<std::vector<std::uint32_t>>& groups,
                                     const std::vector<std::string>& templates,
                                     const std::vector<ValueSpan>& spans);

    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace logsleuth::text
