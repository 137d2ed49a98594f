// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The analyst loop, simulated (support/marks_loop.h): 20 rounds of "review the proposed line,
// mark it by its label with template scope, decide again" on six labelled logs, printing the F1
// of the anomaly verdicts after every mark, then the same marks teaching a supervised model.
#include "check.h"
#include "marks_loop.h"

#include <algorithm>
#include <cstdio>

using namespace logsleuth;
using namespace logsleuth::ml;

using logsleuth::testing::f1Of;
using logsleuth::testing::Labelled;
using logsleuth::testing::simulate;

LS_TEST(twentyMarksTeachWhatTheModelCannotKnow)
{
    for (const auto& c : logsleuth::testing::loopCases()) {
        LS_ROW(c.name);
        const Labelled data =
            logsleuth::testing::labelled(LOGSLEUTH_TEST_DATA, c.name, c.level, c.skip, c.take);
        const auto positives = std::count(data.anomalous.begin(), data.anomalous.end(), true);
        std::printf("%s: %lld of %zu lines labelled anomalous\n", c.name, static_cast<long long>(positives),
                    data.anomalous.size());
        MarkRules marks;
        const auto curve = simulate(data, 20, true, &marks);
        std::printf("%s: F1 %.3f before, %.3f after 10 marks, %.3f after 20\n", c.name, curve.front(),
                    curve[10], curve.back());
        const auto alone = simulate(data, 20, false);
        std::printf("%s: without spreading, F1 %.3f after 10 marks, %.3f after 20\n", c.name, alone[10],
                    alone.back());
        // The same 20 marks teaching a supervised model (CLDTLog-style) instead of a VAE.
        AnalysisSession taught(data.corpus);
        taught.setMarks(marks);
        CHECK(taught.train("supervised", logsleuth::testing::loopOptions("supervised")));
        CHECK(taught.score());
        std::printf("%s: a supervised model taught by the 20 marks: F1 %.3f (%s)\n", c.name,
                    f1Of(data, taught.scored()), taught.trainReport().note.c_str());
        CHECK(curve.front() < 0.6);  // the unsupervised start is far off, as the loop assumes
        CHECK(curve.back() >= 0.95); // the target after 20 marks
    }
}

LS_TEST_MAIN()
