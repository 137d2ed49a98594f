// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Every model family through the registry and the analysis session, on small corpora made here:
// it learns, it ranks what is foreign above what is normal, it survives save → load with the same
// scores, it honours a cancel, and it refuses bad options and broken directories by name. The
// window family is judged on windows (an entity that floods, one that logs an unusual mix), not
// on single lines.
#include "logsleuth/ml/model_registry.h"
#include "logsleuth/ml/routine.h"
#include "logsleuth/ml/session.h"
#include "logsleuth/text/corpus.h"
#include "logsleuth/text/time_scan.h"

#include "check.h"
#include "mined_corpus.h"
#include "spliced_log.h"
#include "temp_dir.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <string>

using namespace logsleuth;
using namespace logsleuth::ml;
namespace fs = std::filesystem;

using logsleuth::testing::TempDir;

namespace {

std::shared_ptr<const text::Corpus> corpusOf(const std::string& bytes)
{
    return testing::minedCorpus(bytes);
}

std::string stamp(int second)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "2026-03-01 %02d:%02d:%02d", 10 + second / 3600, second / 60 % 60,
                  second % 60);
    return buffer;
}

// Six hosts, each logging a steady rhythm of the same five messages for two hours; line
// `foreignAt` (when >= 0) is one message no host ever logs otherwise.
std::string steadyLog(int foreignAt = -1, const std::string& floodHost = "", int floodSecond = -1)
{
    static const char* messages[] = {"accepted connection from 10.0.0.<n>", "request <n> served in <n> ms",
                                     "cache refreshed with <n> entries", "heartbeat ok",
                                     "session <n> closed"};
    std::mt19937 rng(11);
    std::string log;
    int line = 0;
    for (int second = 0; second < 7200; second += 20) {
        for (int host = 0; host < 6; ++host) {
            const char* message = messages[(second / 20 + host) % 5];
            std::string text = message;
            for (std::size_t at; (at = text.find("<n>")) != std::string::npos;)
                text.replace(at, 3, std::to_string(rng() % 900 + 10));
            if (line++ == foreignAt) text = "kernel panic: unable to mount root fs on unknown-block";
            log += stamp(second) + " INFO host" + std::to_string(host) + " app: " + text + "\n";
        }
        if (second == floodSecond)
            for (int i = 0; i < 400; ++i)
                log += stamp(second) + " INFO " + floodHost + " app: request " + std::to_string(i) +
                       " served in 3 ms\n";
    }
    return log;
}

// Two hosts over eight days, a line each every 30 s; every night at 02:00 host0 runs a backup
// for ten minutes (a burst of one message), and once, on the sixth day, at 14:00 instead.
std::string nightlyBackupLog()
{
    static const char* messages[] = {"request <n> served in <n> ms", "heartbeat ok",
                                     "cache refreshed with <n> entries", "session <n> closed"};
    std::mt19937 rng(5);
    std::string log;
    char stampText[64];
    for (int day = 0; day < 8; ++day) {
        for (int second = 0; second < 86400; second += 30) {
            std::snprintf(stampText, sizeof stampText, "2026-03-%02d %02d:%02d:%02d", day + 1, second / 3600,
                          second / 60 % 60, second % 60);
            for (int host = 0; host < 2; ++host) {
                std::string text = messages[(second / 30 + host) % 4];
                for (std::size_t at; (at = text.find("<n>")) != std::string::npos;)
                    text.replace(at, 3, std::to_string(rng() % 900 + 10));
                log += std::string(stampText) + " INFO host" + std::to_string(host) + " app: " + text + "\n";
            }
            const bool nightly = day != 5 && second >= 7200 && second < 7800;
            const bool stray = day == 5 && second >= 50400 && second < 51000;
            for (int chunk = 0; (nightly || stray) && chunk < 5; ++chunk)
                log += std::string(stampText) + " INFO host0 backup: copied chunk " +
                       std::to_string(rng() % 9000) + " of volume data\n";
        }
    }
    return log;
}

ModelOptions quick(std::string_view kind)
{
    ModelOptions o = defaultOptions(modelFamily(kind));
    o.set("device", "cpu");
    o.set("seed", "3");
    o.set("epochs", "6");
    if (kind == "vae") {
        o.set("samples-per-epoch", "4000");
        o.set("learning-rate", "0.01");
    }
    if (kind == "conv") o.set("samples-per-epoch", "4000");
    return o;
}

// The families that learn without marks; the supervised one has tests of its own.
std::vector<const ModelFamily*> unsupervised()
{
    std::vector<const ModelFamily*> out;
    for (const ModelFamily* family : modelFamilies())
        if (!family->learnsFromMarks()) out.push_back(family);
    return out;
}

template <class F> bool throwsModelError(F&& f)
{
    return logsleuth::testing::throwsA<ModelError>(std::forward<F>(f));
}

} // namespace

LS_TEST(registryListsTheFamiliesAndTheirOptions)
{
    std::set<std::string> kinds, meanings;
    for (const ModelFamily* family : modelFamilies()) {
        kinds.insert(std::string(family->kind()));
        // Each says what its loss curve measures, in its own words.
        CHECK(!family->lossMeaning().empty());
        CHECK(!family->scoreMeaning().empty());
        meanings.insert(std::string(family->lossMeaning()));
    }
    CHECK_EQ(meanings.size(), kinds.size());
    CHECK(kinds.contains("vae"));
    CHECK(kinds.contains("window"));
    CHECK_EQ(std::string(defaultModelKind()), std::string("som"));
    bool listed = false;
    try {
        modelFamily("lstm");
    } catch (const std::invalid_argument& e) {
        listed = std::string(e.what()).find("vae") != std::string::npos;
    }
    CHECK(listed);
    const ModelOptions window = defaultOptions(modelFamily("window"));
    CHECK_EQ(window.integer("window-seconds"), std::int64_t(300));
    CHECK_EQ(window.text("device"), std::string("auto"));
    CHECK(!window.has("latent"));
    CHECK_EQ(window.schema().front().metaKey(), std::string("device"));
}

LS_TEST(optionsAreCheckedAgainstTheirDeclaration)
{
    ModelOptions o = defaultOptions(modelFamily("vae"));
    struct Row {
        const char* name;
        const char* value;
        const char* mentions; // empty: accepted
    };
    const Row rows[] = {
        {"epochs", "5", ""},
        {"epochs", "0", "from 1 to"},
        {"epochs", "2.5", "an integer"},
        {"learning-rate", "0.5", ""},
        {"learning-rate", "abc", "a number"},
        {"device", "cuda", ""},
        {"device", "gpu", "one of auto, cpu, cuda"},
        {"window-seconds", "60", "unknown option 'window-seconds'"},
    };
    for (const Row& row : rows) {
        LS_ROW(std::string(row.name) + "=" + row.value);
        std::string error;
        try {
            o.set(row.name, row.value);
        } catch (const std::invalid_argument& e) {
            error = e.what();
        }
        if (*row.mentions == 0)
            CHECK_EQ(error, std::string());
        else
            CHECK(error.find(row.mentions) != std::string::npos);
    }
    CHECK_EQ(o.integer("epochs"), std::int64_t(5));
    CHECK_EQ(o.real("learning-rate"), 0.5);
}

LS_TEST(eachFamilyRanksAForeignMessageAboveNormalLines)
{
    const int foreignLine = 1500;
    const auto corpus = corpusOf(steadyLog(foreignLine));
    for (const ModelFamily* family : unsupervised()) {
        LS_ROW(std::string(family->kind()));
        AnalysisSession session(corpus);
        CHECK(session.train(family->kind(), quick(family->kind())));
        CHECK(session.score());
        const auto perLine = lineScores(*corpus, session.scored());
        CHECK_EQ(perLine.size(), std::size_t(corpus->lineCount()));
        // The foreign line's unit scores above the units of nine lines out of ten.
        std::vector<float> sorted = perLine;
        std::sort(sorted.begin(), sorted.end());
        const float p90 = sorted[sorted.size() * 9 / 10];
        std::printf("  %s: foreign %.4f, p90 %.4f, max %.4f, threshold %.4f\n",
                    std::string(family->kind()).c_str(), perLine[foreignLine], p90, sorted.back(),
                    session.scored().threshold);
        CHECK(perLine[foreignLine] > p90);
        // Every family explains a unit in its own terms.
        const auto& unitOf = session.scored().scores.unitOfLine(*corpus);
        const auto why = session.model()->explain(*corpus, session.scored().scores, unitOf[foreignLine]);
        CHECK(!why.tokens.empty() || !why.unknownTokens.empty());
        // The shares the desk draws: each token's value over explanationTotal, none above 100 %.
        const double total = explanationTotal(why);
        double shares = 0;
        for (const auto& token : why.tokens) {
            CHECK(std::max(0.0, double(token.error)) <= total);
            shares += std::max(0.0, double(token.error)) / total;
        }
        CHECK(shares <= 1.0 + 1e-9);
        const auto features = session.model()->features(*corpus, session.scored().scores);
        CHECK_EQ(features.size(), session.scored().size());
        CHECK(!features[unitOf[foreignLine]].empty());
    }
}

// 3 % of the lines are a foreign message under the log's own headers: frequent enough for a
// model of the text to learn as normal. Every component logs it alike, so the session flags it
// (and the lines in another layout) above the automatic threshold, which stays the model's own.
LS_TEST(headersFlagWhatTheTextModelLearntAsNormal)
{
    const auto corpus = corpusOf(testing::splicedLog({}));
    AnalysisSession session(corpus);
    CHECK(session.train("vae", quick("vae")));
    CHECK(session.score());
    const Scored& scored = session.scored();
    CHECK_EQ(scored.threshold, session.model()->calibration().automatic);
    const auto& unitOf = scored.scores.unitOfLine(*corpus);
    int spliced = 0, splicedFlagged = 0, strays = 0, straysFlagged = 0, ownFlagged = 0;
    std::string splicedWhy, strayWhy;
    for (std::uint64_t n = 0; n < corpus->lineCount(); ++n) {
        const std::string_view line = corpus->source(0).line(text::LineNumber{n});
        const bool anomaly = scored.verdictOfLine(n, unitOf[n]) == Verdict::Anomaly;
        const auto why = [&] {
            return formatExplanation(explainUnit(*session.model(), *corpus, scored.scores, unitOf[n]));
        };
        if (line.find("invalid user") != std::string_view::npos) {
            ++spliced;
            splicedFlagged += anomaly;
            if (splicedWhy.empty()) splicedWhy = why();
        } else if (line.find("sshd[") != std::string_view::npos) {
            ++strays;
            straysFlagged += anomaly;
            if (strayWhy.empty()) strayWhy = why();
        } else {
            ownFlagged += scored.scores.headerEvidenceOf(unitOf[n]) != 0;
        }
    }
    std::printf("  spliced %d/%d flagged (%s), strays %d/%d (%s), threshold %.3f\n", splicedFlagged, spliced,
                splicedWhy.c_str(), straysFlagged, strays, strayWhy.c_str(), scored.threshold);
    CHECK_EQ(splicedFlagged, spliced);
    CHECK_EQ(straysFlagged, strays);
    CHECK_EQ(ownFlagged, 0);
    CHECK(splicedWhy.rfind("!every-component", 0) == 0);
    CHECK(strayWhy.rfind("!off-layout", 0) == 0);
}

// Lines whose words are their template's own but whose level is raised (INFO → ERROR on 1 line
// in 250) are flagged by every family that scores messages, and say why first.
LS_TEST(aRaisedLevelIsFlaggedWhateverTheText)
{
    std::string log;
    for (int i = 0; i < 6000; ++i) {
        const std::string stamp =
            "2024-03-01 10:" + std::to_string(10 + i / 600) + ":" + std::to_string(10 + i % 600 / 12) + " ";
        const bool raised = i % 250 == 125;
        log += stamp + (raised ? "ERROR" : "INFO") + " store.Writer: flushed " + std::to_string(i * 7) +
               " rows to table orders\n";
        log += stamp + "INFO store.Reader: read " + std::to_string(i % 97) + " pages of index\n";
        if (i % 3 == 0) log += stamp + "WARN store.Cache: evicted " + std::to_string(i) + " entries\n";
    }
    const auto corpus = corpusOf(log);
    for (const ModelFamily* family : unsupervised()) {
        if (family->kind() == "window") continue; // its units are time windows, not messages
        LS_ROW(std::string(family->kind()).c_str());
        AnalysisSession session(corpus);
        CHECK(session.train(family->kind(), quick(family->kind())));
        CHECK(session.score());
        const Scored& scored = session.scored();
        const auto& unitOf = scored.scores.unitOfLine(*corpus);
        int raised = 0, raisedFlagged = 0, otherFlagged = 0;
        std::string why;
        for (std::uint64_t n = 0; n < corpus->lineCount(); ++n) {
            const bool isRaised =
                corpus->source(0).line(text::LineNumber{n}).find(" ERROR ") != std::string_view::npos;
            const bool anomaly = scored.verdictOfLine(n, unitOf[n]) == Verdict::Anomaly;
            raised += isRaised;
            raisedFlagged += isRaised && anomaly;
            otherFlagged += !isRaised && anomaly;
            if (isRaised && why.empty())
                why = formatExplanation(explainUnit(*session.model(), *corpus, scored.scores, unitOf[n]));
        }
        std::printf("  %s: raised %d/%d flagged (%s), others flagged %d\n",
                    std::string(family->kind()).c_str(), raisedFlagged, raised, why.c_str(), otherFlagged);
        CHECK(raised > 0);
        CHECK_EQ(raisedFlagged, raised);
        CHECK_EQ(otherFlagged, 0);
        CHECK(why.rfind("!rare-level", 0) == 0);
    }
}

// 30,000 lines of a shop's everyday messages; with `rare`, one line in 500 all along is a message
// the others share no word with (60 lines).
std::string routineLog(bool rare)
{
    static const char* everyday[] = {"request <n> served in <n> ms", "heartbeat ok from peer <n>",
                                     "session <n> closed by client", "order <n> placed by customer <n>",
                                     "cart <n> updated with <n> items"};
    std::string log;
    for (int n = 0; n < 30000; ++n) {
        std::string text = rare && n % 500 == 150 ? "nightly ledger reconciliation verified <n> entries"
                                                  : everyday[n * 7 % 5];
        for (std::size_t at; (at = text.find("<n>")) != std::string::npos;)
            text.replace(at, 3, std::to_string(n * 13 % 997));
        log += stamp(n / 4) + " INFO shop.orders: " + text + "\n";
    }
    return log;
}

// A message the training log wrote all along is its routine: the automatic threshold passes it
// whatever its text scored, the explanation says so, and the model keeps it through save → load.
// The same message steady only in a log the model did not train on is news, and is flagged.
LS_TEST(theTrainingLogsRoutinePassesTheAutomaticThreshold)
{
    const auto corpus = corpusOf(routineLog(true));
    AnalysisSession session(corpus);
    CHECK(session.train("vae", quick("vae")));
    CHECK(session.score());
    const Scored& scored = session.scored();
    const auto& unitOf = scored.scores.unitOfLine(*corpus);
    const std::uint32_t rare = unitOf[150];
    CHECK(corpus->maskedMessage(rare).find("ledger") != std::string::npos);
    const Explanation why = explainUnit(*session.model(), *corpus, scored.scores, rare);
    std::printf(
        "  routine message: text scored %.3f, held at %.3f, threshold %.3f (%s); %zu routine messages\n",
        double(why.score), double(scored.scores.values[rare]), scored.threshold,
        formatExplanation(why).c_str(), session.model()->calibration().routine.size());
    CHECK(double(why.score) > scored.threshold); // the text alone would flag it
    CHECK(scored.scores.isHeldAsRoutine(rare));
    CHECK(scored.verdicts[rare] == Verdict::Normal);
    CHECK(formatExplanation(why).rfind("~routine", 0) == 0);
    CHECK(std::none_of(scored.verdicts.begin(), scored.verdicts.end(),
                       [](Verdict v) { return v == Verdict::Anomaly; }));
    // A threshold below the routine's ceiling still shows it.
    session.setThreshold({ThresholdSpec::Kind::Absolute, 0.5 * kRoutineCeiling * scored.threshold});
    session.decide();
    CHECK(session.scored().verdicts[rare] == Verdict::Anomaly);

    TempDir temp("routine");
    session.model()->save(temp.path / "model", false);
    const std::shared_ptr<const Model> loaded = loadModel(temp.path / "model", DeviceRequest::Cpu);
    CHECK(loaded->calibration().routine == session.model()->calibration().routine);
    // A model saved before the routine existed loads without one; a mangled routine is refused.
    const auto editMeta = [&](const std::string& line) {
        std::ifstream in(temp.path / "model" / "meta.txt");
        std::string meta, kept;
        while (std::getline(in, kept))
            if (kept.rfind("routine_messages=", 0) != 0) meta += kept + "\n";
        in.close();
        std::ofstream(temp.path / "model" / "meta.txt") << meta << line;
    };
    editMeta("");
    CHECK(loadModel(temp.path / "model", DeviceRequest::Cpu)->calibration().routine.empty());
    editMeta("routine_messages=not-a-fingerprint\n");
    CHECK(throwsModelError([&] { loadModel(temp.path / "model", DeviceRequest::Cpu); }));

    // Trained without the message, the model flags it in a log that writes it all along.
    const auto before = corpusOf(routineLog(false));
    AnalysisSession trained(before);
    CHECK(trained.train("vae", quick("vae")));
    CHECK(trained.model()->calibration().routine.size() == 5);
    AnalysisSession later(corpus);
    later.setModel(trained.model());
    CHECK(later.score());
    CHECK(!later.scored().scores.isHeldAsRoutine(rare));
    CHECK(later.scored().verdicts[rare] == Verdict::Anomaly);
}

LS_TEST(windowFamilyFindsAnEntityThatFloods)
{
    const auto corpus = corpusOf(steadyLog(-1, "host4", 3600));
    AnalysisSession session(corpus);
    CHECK(session.train("window", quick("window")));
    CHECK(session.score());
    const Scored& scored = session.scored();
    CHECK(scored.scores.unit == Unit::Window);
    CHECK_EQ(scored.scores.unitNames.size(), scored.size());
    const auto top = std::size_t(std::max_element(scored.scores.values.begin(), scored.scores.values.end()) -
                                 scored.scores.values.begin());
    std::printf("  top window %s: %.4f (threshold %.4f, %zu windows)\n", scored.scores.unitNames[top].c_str(),
                scored.scores.values[top], scored.threshold, scored.size());
    CHECK_EQ(scored.scores.unitNames[top], std::string("2026-03-01T11:00:00.000Z host4"));
    CHECK(scored.verdicts[top] == Verdict::Anomaly);
    // The flood is the only anomalous window, and the timeline's band is its five minutes.
    CHECK_EQ(std::count(scored.verdicts.begin(), scored.verdicts.end(), Verdict::Anomaly), std::ptrdiff_t(1));
    CHECK_EQ(scored.scores.unitSpans.size(), scored.size());
    const std::vector<TimeSpan> bands = anomalousSpans(scored);
    CHECK_EQ(bands.size(), std::size_t(1));
    CHECK(bands.front() == scored.scores.unitSpans[top]);
    CHECK_EQ(bands.front().end - bands.front().start, std::int64_t(300'000));
    char buffer[32];
    CHECK_EQ(std::string(logsleuth::text::formatIsoUtc(bands.front().start, buffer)),
             std::string("2026-03-01T11:00:00.000Z"));
    const auto why = session.model()->explain(*corpus, scored.scores, std::uint32_t(top));
    CHECK(!why.tokens.empty());
    CHECK(why.tokens.front().present); // more of something than expected
}

// A backup that runs every night is flagged every night by one threshold for the whole day; a
// seasonal threshold (one per hour) learns that 02:00 is backup time and still flags the one
// backup that ran at 14:00.
// A column that looks like an entity but names each line apart (a request id) would cut every
// line into a window of its own; windows are cut by time alone instead, and the flood still shows.
LS_TEST(windowsIgnoreAnEntityThatNeverRepeats)
{
    std::string log;
    for (const std::string& line : [] {
             std::vector<std::string> lines;
             std::istringstream in(steadyLog(-1, "host4", 3600));
             for (std::string l; std::getline(in, l);)
                 lines.push_back(l);
             return lines;
         }()) {
        // "… INFO host3 app: …" becomes "… INFO req-<line number> app: …".
        const std::size_t host = line.find(" host");
        log += line.substr(0, host) + " req-" + std::to_string(log.size() * 7919 % 1'000'003) +
               line.substr(line.find(' ', host + 1)) + "\n";
    }
    const auto corpus = corpusOf(log);
    CHECK(!corpus->records().entity(0).empty());
    AnalysisSession session(corpus);
    CHECK(session.train("window", quick("window")));
    CHECK(session.trainReport().note.find("hardly repeats") != std::string::npos);
    CHECK(session.score());
    const Scored& scored = session.scored();
    CHECK_EQ(scored.size(), std::size_t(24)); // two hours of five-minute windows
    const auto top = std::size_t(std::max_element(scored.scores.values.begin(), scored.scores.values.end()) -
                                 scored.scores.values.begin());
    CHECK_EQ(scored.scores.unitNames[top], std::string("2026-03-01T11:00:00.000Z"));
    CHECK(isAnomaly(scored.verdicts[top]));
}

LS_TEST(seasonalThresholdLearnsTheNightlyBackup)
{
    const auto corpus = corpusOf(nightlyBackupLog());
    AnalysisSession session(corpus);
    CHECK(session.train("window", quick("window")));
    CHECK(session.score());
    const auto flagged = [&](const std::string& prefix) {
        const Scored& scored = session.scored();
        int count = 0;
        for (std::size_t u = 0; u < scored.size(); ++u)
            count += scored.scores.unitNames[u].rfind(prefix, 0) == 0 && isAnomaly(scored.verdicts[u]);
        return count;
    };
    const auto nightly = [&] {
        int count = 0;
        for (int day = 1; day <= 8; ++day)
            if (day != 6) count += flagged("2026-03-0" + std::to_string(day) + "T02:0");
        return count;
    };
    const std::string stray = "2026-03-06T14:0";
    std::printf("  auto %.4f: %d nightly backup windows flagged, %d at 14:00\n", session.scored().threshold,
                nightly(), flagged(stray));
    CHECK(nightly() > 0);
    CHECK(flagged(stray) > 0);

    session.setThreshold(ThresholdSpec::parse("seasonal"));
    session.decide();
    const Scored& seasonal = session.scored();
    CHECK_EQ(seasonal.unitThresholds.size(), seasonal.size());
    const std::vector<double>& hourly = session.model()->calibration().hourly;
    CHECK_EQ(hourly.size(), std::size_t(24));
    std::printf("  seasonal: 02:00 %.4f, 14:00 %.4f; %d nightly flagged, %d at 14:00\n", hourly[2],
                hourly[14], nightly(), flagged(stray));
    CHECK(hourly[2] > seasonal.threshold);
    CHECK_EQ(nightly(), 0);
    CHECK(flagged(stray) > 0);

    // The hourly thresholds travel with the model.
    TempDir temp("seasonal");
    session.model()->save(temp.path / "model", false);
    CHECK(loadModel(temp.path / "model", DeviceRequest::Cpu)->calibration().hourly == hourly);

    // A message scores the same at any hour: a family of message units says so.
    AnalysisSession messages(corpusOf(steadyLog()));
    messages.setThreshold(ThresholdSpec::parse("seasonal"));
    CHECK(messages.train("vae", quick("vae")));
    std::string why;
    try {
        messages.score();
    } catch (const ModelError& e) {
        why = e.what();
    }
    CHECK(why.find("--kind window") != std::string::npos);
}

LS_TEST(saveLoadGivesTheSameScores)
{
    const auto corpus = corpusOf(steadyLog(700));
    TempDir temp("save");
    for (const ModelFamily* family : unsupervised()) {
        LS_ROW(std::string(family->kind()));
        AnalysisSession session(corpus);
        CHECK(session.train(family->kind(), quick(family->kind())));
        CHECK(session.score());
        const fs::path dir = temp.path / std::string(family->kind());
        session.model()->save(dir, false);
        CHECK(throwsModelError([&] { session.model()->save(dir, false); })); // no silent overwrite
        const std::shared_ptr<const Model> loaded = loadModel(dir, DeviceRequest::Cpu);
        CHECK_EQ(std::string(loaded->kind()), std::string(family->kind()));
        CHECK_EQ(loaded->options().text("epochs"), std::string("6"));
        CHECK_EQ(loaded->calibration().automatic, session.model()->calibration().automatic);
        AnalysisSession again(corpus);
        again.setModel(loaded);
        CHECK(again.score());
        CHECK(again.scored().scores.values == session.scored().scores.values);
        CHECK(again.scored().verdicts == session.scored().verdicts);
    }
}

LS_TEST(brokenOrForeignDirectoriesAreRefusedByName)
{
    TempDir temp("broken");
    CHECK(throwsModelError([&] { loadModel(temp.path / "missing"); }));
    CHECK(throwsModelError([&] { loadModel(temp.path); })); // no meta.txt
    std::ofstream(temp.path / "meta.txt") << "format_version=1\nkind=lstm\n";
    std::string message;
    try {
        loadModel(temp.path);
    } catch (const ModelError& e) {
        message = e.what();
    }
    CHECK(message.find("unknown model kind 'lstm'") != std::string::npos);
}

LS_TEST(aModelFromBeforeCalibrationStillLoadsAndFallsBackToSigma)
{
    const auto corpus = corpusOf(steadyLog(300));
    TempDir temp("old");
    AnalysisSession session(corpus);
    CHECK(session.train("vae", quick("vae")));
    session.model()->save(temp.path / "m", false);
    // The meta.txt of the previous release had no threshold_auto.
    std::ifstream in(temp.path / "m" / "meta.txt");
    std::string kept, line;
    while (std::getline(in, line))
        if (!line.starts_with("threshold_auto=")) kept += line + "\n";
    in.close();
    std::ofstream(temp.path / "m" / "meta.txt", std::ios::trunc) << kept;
    const auto old = loadModel(temp.path / "m", DeviceRequest::Cpu);
    CHECK(std::isnan(old->calibration().automatic));
    const auto& errors = old->calibration().errors;
    CHECK_EQ(ThresholdSpec{}.resolve(old->calibration()), errors.mean + 3.1 * errors.stddev);
}

// An analyst's threshold written into a saved model is what `auto` resolves to when it is
// loaded again; meta.txt keeps everything else and no temporary file is left.
LS_TEST(appliedThresholdIsTheSavedModelsAuto)
{
    const auto corpus = corpusOf(steadyLog(300));
    TempDir temp("apply");
    AnalysisSession session(corpus);
    CHECK(session.train("vae", quick("vae")));
    session.model()->save(temp.path / "m", false);
    applyThreshold(temp.path / "m", 0.4375);
    const auto loaded = loadModel(temp.path / "m", DeviceRequest::Cpu);
    CHECK_EQ(ThresholdSpec{}.resolve(loaded->calibration()), 0.4375);
    CHECK_EQ(loaded->calibration().errors.mean, session.model()->calibration().errors.mean);
    // The calibrated threshold stays: the level rank and the routine are measured by it.
    CHECK_EQ(loaded->calibration().automatic, session.model()->calibration().automatic);
    CHECK(!std::filesystem::exists(temp.path / "m" / "meta.txt.partial"));
    CHECK(throwsModelError([&] { applyThreshold(temp.path / "missing", 1.0); }));
    bool refused = false;
    try {
        applyThreshold(temp.path / "m", std::nan(""));
    } catch (const std::invalid_argument&) {
        refused = true;
    }
    CHECK(refused);
}

LS_TEST(cancelIsHonouredByEveryFamily)
{
    const auto corpus = corpusOf(steadyLog());
    for (const ModelFamily* family : unsupervised()) {
        LS_ROW(std::string(family->kind()));
        std::atomic<bool> cancel{false};
        int reports = 0;
        AnalysisSession session(corpus);
        auto o = quick(family->kind());
        o.set("epochs", "500");
        const bool trained =
            session.train(family->kind(), o, TaskControl(&cancel, [&](const TaskProgress& p) {
                              ++reports;
                              if (p.epoch >= 1) cancel = true;
                          }));
        CHECK(!trained);
        CHECK(session.model() == nullptr); // a cancelled training leaves the session as it was
        CHECK(reports < 200);
    }
}

LS_TEST(marksDecideVerdictsOfMessagesAndWindows)
{
    const auto corpus = corpusOf(steadyLog(1500, "host2", 1800));
    for (const ModelFamily* family : unsupervised()) {
        LS_ROW(std::string(family->kind()));
        AnalysisSession session(corpus);
        session.setThreshold(ThresholdSpec::parse("0"));
        CHECK(session.train(family->kind(), quick(family->kind())));
        CHECK(session.score());
        // The top-scoring line, above the zero threshold for every family.
        const auto perLine = lineScores(*corpus, session.scored());
        const auto top = std::uint64_t(std::max_element(perLine.begin(), perLine.end()) - perLine.begin());
        const std::uint32_t unit = session.scored().scores.unitOfLine(*corpus)[top];
        CHECK(session.scored().verdicts[unit] == Verdict::Anomaly);
        MarkRules marks;
        marks.add(corpus->maskedMessage(corpus->messageKeys()[top]), true);
        session.setMarks(marks);
        session.decide();
        CHECK(session.scored().verdicts[unit] == Verdict::Suppressed);
        const auto summary = session.summarize(20);
        CHECK(!summary.suppressedHistogram.counts.empty());
        CHECK(summary.anomalousLines < corpus->lineCount());
    }
}

LS_TEST(marksTeachTheNextTraining)
{
    const int foreignLine = 900;
    const auto corpus = corpusOf(steadyLog(foreignLine));
    const std::string foreign = corpus->maskedMessage(corpus->messageKeys()[foreignLine]);
    // Weights: false positives count a hundred times, true positives not at all, by message or
    // by template, the message mark winning over the template mark.
    MarkRules marks;
    marks.add(foreign, true);
    std::vector<std::uint64_t> weights = trainingSet(*corpus, marks).weights;
    const std::uint32_t foreignKey = corpus->messageKeys()[foreignLine];
    CHECK_EQ(weights[foreignKey], corpus->messageLineCounts()[foreignKey] * 100);
    MarkRules::Rule confirmed;
    confirmed.scope = MarkRules::Scope::Template;
    confirmed.falsePositive = false;
    confirmed.text = corpus->miner().templateText(corpus->clusterOfMessage(corpus->messageKeys()[0]));
    marks.addRule(confirmed);
    weights = trainingSet(*corpus, marks).weights;
    CHECK_EQ(weights[corpus->messageKeys()[0]], std::uint64_t(0));
    CHECK_EQ(weights[foreignKey], corpus->messageLineCounts()[foreignKey] * 100);
    const auto sevenFold = trainingSet(*corpus, marks, 7).weights;
    CHECK_EQ(sevenFold[foreignKey], corpus->messageLineCounts()[foreignKey] * 7);

    // Trained again with the foreign line marked false positive, the model learns it as normal.
    const auto foreignScore = [&](const MarkRules& rules) {
        AnalysisSession session(corpus);
        session.setMarks(rules);
        session.setSpread(false);
        ModelOptions options = quick("vae");
        options.set("epochs", "10"); // the default; six quick epochs barely reach a 5 % message
        options.set("samples-per-epoch", "51200");
        CHECK(session.train("vae", options));
        CHECK(session.score());
        return session.scored().scores.values[foreignKey];
    };
    MarkRules falsePositive;
    falsePositive.add(foreign, true);
    const float before = foreignScore({}), after = foreignScore(falsePositive);
    std::printf("  foreign message's score: %.3f unmarked, %.3f after a false-positive mark\n", before,
                after);
    CHECK(after < 0.5f * before);
}

LS_TEST_MAIN()
