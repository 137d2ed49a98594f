// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// A saved model continued on more logs (`train --update`, `--init-from`) through the analysis
// session: a som model keeps its vocabulary and its map's shape, still ranks a foreign line
// above the routine ones, keeps its token vectors when the encoder is frozen, and starts afresh
// (saying so) on the logs of another system.
#include "logsleuth/ml/model_registry.h"
#include "logsleuth/ml/session.h"
#include "logsleuth/text/corpus.h"

#include "check.h"
#include "mined_corpus.h"

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>

using namespace logsleuth;
using namespace logsleuth::ml;

namespace {

std::shared_ptr<const text::Corpus> corpusOf(const std::string& bytes)
{
    return testing::minedCorpus(bytes);
}

// Routine lines of one system; line `foreignAt` (when >= 0) says what it never says otherwise.
std::string routineLog(const char* const* messages, int count, int foreignAt = -1)
{
    std::string text;
    for (int i = 0; i < 3000; ++i) {
        char line[160];
        std::snprintf(line, sizeof line, "2026-03-01 10:%02d:%02d INFO app: %s %d\n", i / 60 % 60, i % 60,
                      i == foreignAt ? "kernel panic unable to mount root fs on" : messages[i % count],
                      i * 7 % 1000);
        text += line;
    }
    return text;
}

const char* const kShop[] = {"order placed by customer", "payment accepted for order",
                             "cart updated with item", "session opened for user",
                             "stock checked for product"};
const char* const kOther[] = {"volume snapshot taken at", "replica synced to peer", "disk quota raised by",
                              "backup rotated after", "checksum verified on block"};

ModelOptions quick()
{
    ModelOptions o = defaultOptions(modelFamily("som"));
    o.set("device", "cpu");
    o.set("seed", "3");
    o.set("epochs", "2");
    return o;
}

} // namespace

LS_TEST(aSomModelContinuesOnMoreLogs)
{
    AnalysisSession first(corpusOf(routineLog(kShop, 5)));
    CHECK(first.train("som", quick()));
    const std::shared_ptr<const Model> start = first.model();

    const int foreign = 2000;
    const auto more = corpusOf(routineLog(kShop, 5, foreign));
    for (const bool freeze : {false, true}) {
        LS_ROW(freeze ? "encoder frozen" : "continued");
        AnalysisSession next(more);
        next.startFrom(start, freeze);
        CHECK(next.train("som", quick()));
        CHECK(next.score());
        const auto& report = next.trainReport();
        std::printf("  %s\n", report.note.c_str());
        CHECK(report.note.rfind(freeze ? "continued with the encoder frozen" : "continued", 0) == 0);
        // The foreign line's unit scores above every routine unit.
        const auto& scores = next.scored().scores;
        const auto& units = scores.unitOfLine(*more);
        const float foreignScore = scores.values[units[foreign]];
        float routine = 0;
        for (std::size_t line = 0; line < units.size(); ++line)
            if (line != std::size_t(foreign)) routine = std::max(routine, scores.values[units[line]]);
        std::printf("  foreign %.4f, highest routine %.4f\n", foreignScore, routine);
        CHECK(foreignScore > routine);
    }
}

LS_TEST(anotherSystemsLogsStartAfresh)
{
    AnalysisSession first(corpusOf(routineLog(kShop, 5)));
    CHECK(first.train("som", quick()));
    AnalysisSession other(corpusOf(routineLog(kOther, 5)));
    other.startFrom(first.model(), false);
    CHECK(other.train("som", quick()));
    std::printf("  %s\n", other.trainReport().note.c_str());
    CHECK(other.trainReport().note.rfind("trained afresh", 0) == 0);
    // Starting a som model from a model of another family is refused by name.
    AnalysisSession vae(corpusOf(routineLog(kShop, 5)));
    ModelOptions v = defaultOptions(modelFamily("vae"));
    v.set("device", "cpu");
    v.set("epochs", "1");
    CHECK(vae.train("vae", v));
    AnalysisSession mixed(corpusOf(routineLog(kShop, 5)));
    mixed.startFrom(vae.model(), false);
    CHECK_THROWS(mixed.train("som", quick()));
}

LS_TEST_MAIN()
