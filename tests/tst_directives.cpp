// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The lines in which a log describes itself (W3C's #Software:, #Fields: …) are no events: the
// model alone flags them, each a message of one line; the session scores them 0 and says why.
#include "check.h"
#include "mined_corpus.h"

#include "logsleuth/ml/directives.h"
#include "logsleuth/ml/explain.h"
#include "logsleuth/ml/session.h"

#include <cstdio>
#include <string>

using namespace logsleuth;
using namespace logsleuth::ml;

namespace {

std::string webLog()
{
    std::string text = "#Software: Made-up Web Server 2.1\n#Version: 1.0\n#Date: 2026-11-30 10:00:00\n"
                       "#Fields: date time s-ip cs-method cs-uri-stem s-port c-ip sc-status time-taken\n";
    const char* pages[] = {"/", "/cart", "/search", "/orders", "/help"};
    for (int i = 0; i < 600; ++i) {
        char line[160];
        std::snprintf(line, sizeof line, "2026-11-30 10:%02d:%02d 10.0.0.5 GET %s 443 203.0.113.%d 200 %d\n",
                      i / 60 % 60, i % 60, pages[i % 5], i % 40, i % 90);
        text += line;
    }
    return text;
}

} // namespace

LS_TEST(directivesScoreZeroAndSaySo)
{
    const auto corpus = testing::minedCorpus(webLog());
    CHECK(corpus->layout(0).format.rfind("w3c:", 0) == 0);
    const std::uint32_t fields = corpus->messageKeys()[3], request = corpus->messageKeys()[4];
    CHECK(corpus->messageIsDirective(fields));
    CHECK(!corpus->messageIsDirective(request));

    AnalysisSession session(corpus);
    ModelOptions options = defaultOptions(modelFamily("som"));
    options.set("device", "cpu");
    options.set("epochs", "2");
    CHECK(session.train("som", options));
    // The model alone: a directive is a message of one line with words of its own.
    const Scores raw = session.model()->score(*corpus);
    const double automatic = ThresholdSpec{}.resolve(session.model()->calibration());
    std::printf("  automatic %.4f, #Fields: alone %.4f, a request %.4f\n", automatic,
                double(raw.values[fields]), double(raw.values[request]));
    CHECK(double(raw.values[fields]) > automatic);

    CHECK(session.score());
    const Scores& scores = session.scored().scores;
    for (std::uint64_t line = 0; line < 4; ++line) {
        const std::uint32_t unit = corpus->messageKeys()[line];
        CHECK(scores.isDirective(unit));
        CHECK_EQ(double(scores.values[unit]), 0.0);
        CHECK(!session.scored().verdicts.empty() && session.scored().verdicts[unit] == Verdict::Normal);
    }
    CHECK(!scores.isDirective(request));
    CHECK_EQ(scores.values[request], raw.values[request]);
    CHECK(formatExplanation(explainUnit(*session.model(), *corpus, scores, fields)).find("~directive") !=
          std::string::npos);

    // holdDirectives alone leaves windows and other units be.
    Scores windows = raw;
    windows.unit = Unit::Window;
    holdDirectives(windows, *corpus);
    CHECK(windows.directives.empty());
    CHECK_EQ(windows.values[fields], raw.values[fields]);
}

LS_TEST_MAIN()
