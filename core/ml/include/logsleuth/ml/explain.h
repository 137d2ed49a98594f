// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Why a unit scored high, in the terms of its family: a token the message has but the model did
// not expect ("+segfault"), a token (or a template, for a window) the model expected but the
// unit lacks ("-session"), and tokens the model has never seen ("?oracle") are what an analyst
// needs to judge a score.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace logsleuth::ml {

struct TokenContribution {
    std::string token;
    float error = 0;      // this token's share of the score
    bool present = false; // in the message (unexpected) or not (expected but missing)
};

struct Explanation {
    float score = 0;
    std::vector<TokenContribution> tokens; // largest share first, at most `top`
    std::vector<std::string>
        unknownTokens; // in the message, never seen in training (or outside the vocabulary)
    // What each unknown token adds to the score: 1 for a VAE that knows its training tokens,
    // 0 where unknown tokens only explain (older models, other families).
    float unknownTokenError = 0;
    // text::HeaderEvidence flags: what the log's headers say against the unit, whatever its text.
    std::uint8_t headerEvidence = 0;
    // The training log wrote the message steadily (holdRoutine): its score was held under the
    // automatic threshold, whatever the text scored.
    bool routine = false;
    // Its level ranked it under the automatic threshold (rankByLevel), above what the text scored.
    bool rankedByLevel = false;
    // The log describes itself in these lines (a directive such as W3C's #Fields:): scored 0.
    bool directive = false;
};

// What a token's value is a share of: the score where the family's values add up to it (a VAE's
// per-token errors), else their sum (som reports each token's own distance to the map, which
// may exceed the whole line's), so that no share reads above 100 % and shares compare. Unknown
// tokens count with unknownTokenError each; values below zero count as nothing.
double explanationTotal(const Explanation& explanation);

// "!every-component +segfault +kernel -session ?oracle": the compact form the CLI prints; a
// header's evidence comes first ("!every-component": every component logs the template alike;
// "!off-layout": the line strays from its file's layout; "!rare-level": its template is seldom
// logged at this level), "~routine" when the training log's routine held the score,
// "~directive" for a line in which the log describes itself, and "^level" when its level ranked
// it under the threshold.
std::string formatExplanation(const Explanation& explanation, std::size_t top = 5);

} // namespace logsleuth::ml
