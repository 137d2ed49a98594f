// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/ml/review.h"

#include "logsleuth/ml/features.h"
#include "logsleuth/text/corpus.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace logsleuth::ml {

namespace {

std::set<std::string_view> tokenSet(const std::string& text)
{
    const auto tokens = tokenize(text);
    return {tokens.begin(), tokens.end()};
}

double jaccard(const std::set<std::string_view>& a, const std::set<std::string_view>& b)
{
    if (a.empty() && b.empty()) return 1.0;
    std::size_t shared = 0;
    for (auto token : a)
        shared += b.contains(token);
    return double(shared) / double(a.size() + b.size() - shared);
}

struct TemplateStats {
    std::uint64_t lines = 0;
    float score = -1;
    std::uint64_t line = 0; // the highest-scoring line
    std::uint32_t unit = 0;
    bool flagged = false;
    bool decided = false; // a mark (or a spread mark) reaches one of its units
};

} // namespace

std::vector<ReviewProposal> proposeReview(const text::Corpus& corpus, const Scored& scored, std::size_t count)
{
    const auto& keys = corpus.messageKeys();
    const auto& unitOf = scored.scores.unitOfLine(corpus);
    std::vector<TemplateStats> templates(corpus.miner().clusterCount());
    for (std::uint64_t line = 0; line < keys.size(); ++line) {
        TemplateStats& t = templates[corpus.clusterOfMessage(keys[line])];
        const std::uint32_t unit = unitOf[line];
        ++t.lines;
        t.flagged |= isAnomaly(scored.verdictOfLine(line, unit));
        // Only a mark settles a template; one a spread mark reached is still worth a look.
        t.decided |= !scored.decidedBy.empty() && scored.decidedBy[unit] == DecidedBy::Mark;
        if (scored.scores.values[unit] > t.score) {
            t.score = scored.scores.values[unit];
            t.line = line;
            t.unit = unit;
        }
    }
    std::vector<std::set<std::string_view>> markedTokens;
    std::vector<std::string> texts(templates.size());
    for (std::uint32_t c = 0; c < templates.size(); ++c)
        texts[c] = corpus.miner().templateText(c);
    for (std::uint32_t c = 0; c < templates.size(); ++c)
        if (templates[c].decided) markedTokens.push_back(tokenSet(texts[c]));

    struct Candidate {
        ReviewProposal proposal;
        double coverage = 0; // lines × novelty: what a mark would settle, whatever the model thinks
    };
    std::vector<Candidate> candidates;
    for (std::uint32_t c = 0; c < templates.size(); ++c) {
        const TemplateStats& t = templates[c];
        if (t.lines == 0 || t.decided) continue;
        // How sure the model is: a logistic of the log distance to the threshold (0.5 at it).
        const double threshold = std::max(scored.thresholdOf(t.unit), 1e-12);
        const double margin = std::log(std::max<double>(t.score, 1e-12) / threshold);
        const double p = 1.0 / (1.0 + std::exp(-2.0 * margin));
        const double uncertainty = 1.0 - std::abs(2.0 * p - 1.0);
        double overlap = 0;
        const auto tokens = tokenSet(texts[c]);
        for (const auto& marked : markedTokens)
            overlap = std::max(overlap, jaccard(tokens, marked));
        const double novelty = 1.0 - overlap;
        const double weight = std::log1p(double(t.lines));
        Candidate candidate;
        ReviewProposal& proposal = candidate.proposal;
        proposal.line = t.line;
        proposal.unit = t.unit;
        proposal.score = t.score;
        proposal.priority = weight * (0.25 + uncertainty + (t.flagged ? 0.5 : 0.0)) * (0.5 + 0.5 * novelty);
        proposal.reason = t.flagged                                 ? "flagged"
                          : uncertainty >= 0.5                      ? "uncertain"
                          : !markedTokens.empty() && novelty >= 0.9 ? "unlike marked"
                                                                    : "frequent";
        candidate.coverage = double(t.lines) * (0.5 + 0.5 * novelty);
        candidates.push_back(std::move(candidate));
    }
    // Two queues, taken in turn: what the model is unsure of or flags (exploitation), and what
    // settles the most lines (exploration). The model cannot be unsure of what it has learnt as
    // normal, so without the second queue a frequent template that is in fact the incident is
    // proposed only after every rare one. Which queue leads alternates with each template
    // marked, so a reviewer taking the first proposal each time alternates too.
    const auto byPriority = [](const Candidate& a, const Candidate& b) {
        return a.proposal.priority != b.proposal.priority ? a.proposal.priority > b.proposal.priority
                                                          : a.proposal.line < b.proposal.line;
    };
    const auto byCoverage = [](const Candidate& a, const Candidate& b) {
        return a.coverage != b.coverage ? a.coverage > b.coverage : a.proposal.line < b.proposal.line;
    };
    std::vector<const Candidate*> exploit, explore;
    for (const Candidate& candidate : candidates) {
        exploit.push_back(&candidate);
        explore.push_back(&candidate);
    }
    std::sort(exploit.begin(), exploit.end(),
              [&](const Candidate* a, const Candidate* b) { return byPriority(*a, *b); });
    std::sort(explore.begin(), explore.end(),
              [&](const Candidate* a, const Candidate* b) { return byCoverage(*a, *b); });
    std::size_t marked = markedTokens.size();
    std::set<const Candidate*> taken;
    std::vector<ReviewProposal> proposals;
    std::size_t e = 0, x = 0;
    while (proposals.size() < std::min(count, candidates.size())) {
        const bool exploring = marked++ % 2 == 1;
        auto& queue = exploring ? explore : exploit;
        auto& at = exploring ? x : e;
        while (at < queue.size() && taken.contains(queue[at]))
            ++at;
        if (at == queue.size()) continue;
        taken.insert(queue[at]);
        ReviewProposal proposal = queue[at]->proposal;
        if (exploring && proposal.reason != "flagged") proposal.reason = "frequent";
        proposals.push_back(std::move(proposal));
    }
    return proposals;
}

} // namespace logsleuth::ml
