// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// What a line's explanation adds up to: the whole each token's share in "Why this score" is of
// (every family's own explanation is checked against it in tst_models).
#include "logsleuth/ml/explain.h"

#include "check.h"

#include <cmath>

using namespace logsleuth::ml;

// A share is of the score where the token values add up to it, else of their sum.
LS_TEST(explanationSharesNeverExceedTheWhole)
{
    Explanation additive;
    additive.score = 10;
    additive.tokens = {{"disk", 4, true}, {"failed", 3, true}, {"ok", 1, false}};
    CHECK_EQ(explanationTotal(additive), 10.0);
    Explanation distances; // som: each token's own distance to the map, the line's is 1.21
    distances.score = 1.21f;
    distances.tokens = {{"stats", 1.82f, true}, {"Proxy", 1.53f, true}, {"started.", 1.44f, true}};
    CHECK(std::abs(explanationTotal(distances) - (1.82 + 1.53 + 1.44)) < 1e-5);
    Explanation unknown;
    unknown.score = 1;
    unknown.unknownTokens = {"segfault", "libssl.so.3"};
    unknown.unknownTokenError = 1;
    unknown.tokens = {{"kernel", -0.5f, true}};
    CHECK_EQ(explanationTotal(unknown), 2.0);
    CHECK_EQ(explanationTotal(Explanation{}), 0.0);
}

LS_TEST_MAIN()
