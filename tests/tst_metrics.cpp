// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Metrics against values worked out by hand.
#include "check.h"

#include "logsleuth/ml/metrics.h"

#include <cmath>

using namespace logsleuth::ml;

namespace {
bool near(double a, double b)
{
    return std::fabs(a - b) < 1e-9;
}
} // namespace

LS_TEST(handComputed)
{
    // Scores 0.9 0.8 0.7 0.6 0.5; anomalous: the first and the third; decided: the first two.
    const Metrics m = evaluate({0.9, 0.8, 0.7, 0.6, 0.5}, {true, true, false, false, false},
                               {true, false, true, false, false});
    CHECK_EQ(m.positives, std::uint64_t{2});
    CHECK_EQ(m.negatives, std::uint64_t{3});
    CHECK(near(m.precision, 0.5));
    CHECK(near(m.recall, 0.5));
    CHECK(near(m.f1, 0.5));
    // Pairs (anomalous above normal): 0.9 beats three, 0.7 beats two: 5 of 6.
    CHECK(near(m.rocAuc, 5.0 / 6.0));
    // Average precision: recall 0.5 at precision 1, then recall 1 at precision 2/3.
    CHECK(near(m.prAuc, 0.5 * 1.0 + 0.5 * (2.0 / 3.0)));
    // Best F1 at "score >= 0.7": 2 true, 1 false positive, none missed: 4/5.
    CHECK(near(m.bestF1, 0.8));
    CHECK(near(m.bestThreshold, 0.7));
}

LS_TEST(tiesCountHalf)
{
    const Metrics m = evaluate({0.5, 0.5, 0.1}, {false, false, false}, {true, false, false});
    // The anomalous line ties one normal line and beats the other: (0.5 + 1) / 2.
    CHECK(near(m.rocAuc, 0.75));
    CHECK(near(m.precision, 0.0));
    CHECK(near(m.f1, 0.0));
    // A threshold cannot split the tie: best F1 at 0.5 is 2*1/(2+1+0) = 2/3.
    CHECK(near(m.bestF1, 2.0 / 3.0));
}

LS_TEST(degenerate)
{
    const Metrics none = evaluate({0.3, 0.2}, {false, false}, {false, false});
    CHECK(near(none.rocAuc, 0.5));
    CHECK(near(none.bestF1, 0.0));
    CHECK_THROWS(evaluate({0.1}, {false, true}, {true}));
    const Metrics perfect = evaluate({3, 2, 1}, {true, false, false}, {true, false, false});
    CHECK(near(perfect.rocAuc, 1.0));
    CHECK(near(perfect.prAuc, 1.0));
    CHECK(near(perfect.f1, 1.0));
}

LS_TEST_MAIN()
