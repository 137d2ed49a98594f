// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Next to review: the lines whose marks would teach the most. Not simply the top scores — a
// mark on a frequent template the model is unsure of decides many lines, one on a line like
// those already marked decides little. One proposal per template no mark reaches yet.
#pragma once

#include "logsleuth/ml/session.h"

#include <cstdint>
#include <string>
#include <vector>

namespace logsleuth::text {
class Corpus;
}

namespace logsleuth::ml {

struct ReviewProposal {
    std::uint64_t line = 0; // global line: the template's highest-scoring line
    std::uint32_t unit = 0;
    float score = 0;
    double priority = 0;
    std::string reason; // "flagged", "uncertain", "frequent" or "unlike marked"
};

// At most count proposals, best first. Templates a mark already decides are left out. Two rankings
// are taken in turn (which leads alternates with each marked template): log(lines) × (uncertainty +
// flagged + a floor) × novelty, where the uncertainty is highest at the threshold, and lines ×
// novelty, what a mark would settle; novelty falls with the template's token overlap with marked
// templates.
std::vector<ReviewProposal> proposeReview(const text::Corpus& corpus, const Scored& scored,
                                          std::size_t count);

} // namespace logsleuth::ml
