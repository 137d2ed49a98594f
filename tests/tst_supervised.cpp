// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The supervised family (CLDTLog-style, trained on the analyst's marks) through the registry
// and the analysis session: it refuses to train without marks, it learns what the marks say
// where an unsupervised model cannot (frequent messages marked anomalous), it reaches a message
// no mark matches that shares the marked one's words, it keeps normal lines normal, it reports
// its precision on held-back marks, and it survives save → load and a cancel. The rule that keeps
// look-alikes of the marked anomalies out of its pseudo-normal labels is private
// (core/ml/src/supervised): this test reaches it directly.
#include "logsleuth/ml/model_registry.h"
#include "logsleuth/ml/session.h"
#include "logsleuth/text/corpus.h"

#include "supervised/anomaly_words.h"

#include "check.h"
#include "temp_dir.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <random>
#include <string>

using namespace logsleuth;
using namespace logsleuth::ml;
using logsleuth::testing::TempDir;

namespace {

// Frequent routine messages, and two kinds of disk failure that are just as frequent (so an
// unsupervised model learns them as normal). `rare` adds a few lines of an unrelated rare
// message, which the base alone would flag.
std::shared_ptr<const text::Corpus> corpus()
{
    static const char* routine[] = {"accepted connection from <ip> port <n>", "request <n> served in <n> ms",
                                    "cache refreshed with <n> entries",       "heartbeat ok from worker <n>",
                                    "session <n> closed by client",           "scheduled job <n> finished"};
    std::mt19937 rng(7);
    std::string log;
    for (int i = 0; i < 6000; ++i) {
        std::string text;
        const int pick = int(rng() % 100);
        if (pick < 4)
            text = "raid member lost: disk <n> failing, array degraded";
        else if (pick < 8)
            text = "disk <n> failing: raid rebuild needs a spare";
        else
            text = routine[pick % 6];
        for (std::size_t at; (at = text.find("<n>")) != std::string::npos;)
            text.replace(at, 3, std::to_string(rng() % 900 + 10));
        for (std::size_t at; (at = text.find("<ip>")) != std::string::npos;)
            text.replace(at, 4, "10.0.0." + std::to_string(rng() % 200));
        char stamp[32];
        std::snprintf(stamp, sizeof stamp, "2026-03-01 10:%02d:%02d", i / 100 % 60, i % 60);
        log += std::string(stamp) + " INFO host" + std::to_string(i % 5) + " app: " + text + "\n";
    }
    auto c = std::make_shared<text::Corpus>();
    c->setThreads(1);
    c->addSource(text::LogText::fromBytes(log, "supervised.log"));
    c->mine();
    return c;
}

bool contains(const std::string& text, const char* part)
{
    return text.find(part) != std::string::npos;
}

std::uint32_t keyOf(const text::Corpus& c, const char* part)
{
    for (std::uint32_t key = 0; key < c.distinctMessageCount(); ++key)
        if (contains(c.maskedMessage(key), part)) return key;
    return UINT32_MAX;
}

ModelOptions quick()
{
    ModelOptions o = defaultOptions(modelFamily("supervised"));
    o.set("device", "cpu");
    o.set("seed", "4");
    o.set("epochs", "4");
    o.set("samples-per-epoch", "2048");
    return o;
}

// A template-scope mark of the message holding `part`.
MarkRules::Rule templateMark(const text::Corpus& c, const char* part, bool falsePositive, const char* id)
{
    MarkRules::Rule rule;
    rule.scope = MarkRules::Scope::Template;
    rule.falsePositive = falsePositive;
    rule.text = c.miner().templateText(c.clusterOfMessage(keyOf(c, part)));
    rule.id = id;
    return rule;
}

} // namespace

// Which unmarked messages share the marked anomalies' words: words common in the anomalies and
// rare elsewhere count, masks and words that routine lines hold as often do not.
LS_TEST(lookAlikesOfTheMarkedAnomalies)
{
    using logsleuth::ml::detail::resemblesMarkedAnomalies;
    const std::vector<std::string_view> texts{
        "raid member lost: disk <NUM> failing",   // 0: marked anomalous
        "disk <NUM> failing: raid rebuild",       // 1: unmarked look-alike
        "request <NUM> served in <NUM> ms",       // 2: routine, shares only the mask
        "disk usage at <NUM> percent",            // 3: "disk", but routine lines say it often
        "disk usage at <NUM> percent on volume",  // 4: likewise
        "member <NUM> joined the cluster",        // 5: "member" is the anomaly's, and rare here
        "raid member lost: disk <NUM> replaced"}; // 6: marked normal: never a look-alike
    const std::vector<std::uint64_t> lines{10, 10, 500, 100, 100, 5, 3};
    const std::vector<std::uint8_t> unmarked{0, 1, 1, 1, 1, 1, 0};
    const auto resembles = resemblesMarkedAnomalies(texts, lines, {0}, unmarked);
    // "disk" is on 210 of 715 unmarked lines (29 %): too common to be the anomalies' word.
    CHECK(resembles == (std::vector<std::uint8_t>{0, 1, 0, 0, 0, 1, 0}));
    CHECK(resemblesMarkedAnomalies(texts, lines, {}, unmarked) == std::vector<std::uint8_t>(7, 0));
}

LS_TEST(refusesToTrainWithoutMarks)
{
    CHECK(modelFamily("supervised").learnsFromMarks());
    CHECK(!modelFamily("vae").learnsFromMarks());
    AnalysisSession session(corpus());
    std::string error;
    try {
        session.train("supervised", quick());
    } catch (const ModelError& e) {
        error = e.what();
    }
    std::printf("  %s\n", error.c_str());
    CHECK(contains(error, "marks"));
    CHECK(session.model() == nullptr);
}

LS_TEST(learnsTheMarksAndReachesASimilarMessage)
{
    const auto c = corpus();
    const std::uint32_t marked = keyOf(*c, "raid member lost"), similar = keyOf(*c, "raid rebuild"),
                        routine = keyOf(*c, "heartbeat ok"), other = keyOf(*c, "session");
    CHECK(marked != UINT32_MAX && similar != UINT32_MAX && routine != UINT32_MAX && other != UINT32_MAX);
    MarkRules marks;
    marks.addRule(templateMark(*c, "raid member lost", false, "tp-1"));
    marks.addRule(templateMark(*c, "heartbeat ok", true, "fp-1"));
    AnalysisSession session(c);
    session.setMarks(marks);
    session.setSpread(false); // the model's own reach, not the marks' spreading
    CHECK(session.train("supervised", quick()));
    CHECK(session.score());
    const auto& p = session.scored().scores.values;
    std::printf(
        "  P(anomalous): marked %.3f, similar unmarked %.3f, marked normal %.3f, other routine %.3f\n",
        p[marked], p[similar], p[routine], p[other]);
    CHECK(p[marked] > 0.9f);
    CHECK(p[routine] < 0.1f);
    CHECK(p[other] < 0.5f);
    // Unmarked, it shares the failure's words: it ranks far above routine lines. (Before the
    // pseudo-normal labels left out the messages with the anomalies' words, it was taught
    // normal: 0.02 against 0.01.)
    CHECK(p[similar] > 0.15f);
    CHECK(p[similar] > 10 * p[other]);
    CHECK_EQ(session.scored().threshold, 0.5);
    CHECK(session.scored().verdicts[other] == Verdict::Normal);
    // Why: the words of the marked failure carry the score.
    const auto why = session.model()->explain(*c, session.scored().scores, marked);
    CHECK(!why.tokens.empty());
    std::string words;
    for (const auto& token : why.tokens)
        words += token.token + " ";
    std::printf("  why: %s\n", words.c_str());
    CHECK(contains(words, "raid") || contains(words, "lost") || contains(words, "member") ||
          contains(words, "degraded") || contains(words, "array"));
    const auto features = session.model()->features(*c, session.scored().scores);
    CHECK_EQ(features.size(), c->distinctMessageCount());
    CHECK_EQ(features[marked].size(), std::size_t(32));
}

LS_TEST(reportsPrecisionOnHeldBackMarks)
{
    const auto c = corpus();
    MarkRules marks;
    int n = 0;
    for (const char* part : {"raid member lost", "raid rebuild"})
        marks.addRule(templateMark(*c, part, false, ("tp-" + std::to_string(++n)).c_str()));
    for (const char* part : {"heartbeat ok", "session", "cache refreshed", "request", "scheduled job"})
        marks.addRule(templateMark(*c, part, true, ("fp-" + std::to_string(++n)).c_str()));
    AnalysisSession session(c);
    session.setMarks(marks);
    CHECK(session.train("supervised", quick()));
    const std::string& note = session.trainReport().note;
    std::printf("  %s\n", note.c_str());
    CHECK(contains(note, "1 of 7 marks held back"));
    CHECK(contains(note, "F1"));
    CHECK_EQ(session.trainReport().epochLoss.size(), std::size_t(4));
}

LS_TEST(saveLoadGivesTheSameScoresAndCancelIsHonoured)
{
    const auto c = corpus();
    MarkRules marks;
    marks.addRule(templateMark(*c, "raid member lost", false, "tp-1"));
    AnalysisSession session(c);
    session.setMarks(marks);
    CHECK(session.train("supervised", quick()));
    CHECK(session.score());
    TempDir temp("supervised");
    session.model()->save(temp.path / "m", false);
    const std::shared_ptr<const Model> loaded = loadModel(temp.path / "m", DeviceRequest::Cpu);
    CHECK_EQ(std::string(loaded->kind()), std::string("supervised"));
    CHECK_EQ(loaded->calibration().automatic, 0.5);
    AnalysisSession again(c);
    again.setModel(loaded);
    CHECK(again.score());
    CHECK(again.scored().scores.values == session.scored().scores.values);

    std::atomic<bool> cancel{false};
    auto o = quick();
    o.set("epochs", "500");
    AnalysisSession cancelled(c);
    cancelled.setMarks(marks);
    CHECK(!cancelled.train("supervised", o, TaskControl(&cancel, [&](const TaskProgress& p) {
                               if (p.fraction > 0.5) cancel = true;
                           })));
    CHECK(cancelled.model() == nullptr);
}

LS_TEST_MAIN()
