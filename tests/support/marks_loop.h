// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The analyst loop, simulated, for tst_marks_loop and bench_marks_loop: a labelled log where whole
// frequent templates of one severity are the anomalies (so an unsupervised model, which learns
// what is frequent, starts far off), then rounds of "review the proposed line, mark it by its
// label with template scope, decide again". Built from a loghub sample's ground truth
// (tests/data/loghub), the labels being templates, not lines.
#pragma once

#include "logsleuth/ml/model_registry.h"
#include "logsleuth/ml/review.h"
#include "logsleuth/ml/session.h"
#include "logsleuth/text/corpus.h"
#include "logsleuth/text/csv.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace logsleuth::testing {

using namespace logsleuth::ml;

// A labelled log: the `skip`+1 .. `skip`+`take` most frequent templates of `level` are anomalous.
struct LoopCase {
    const char* name;
    const char* level;
    std::size_t skip, take;
};
// Hadoop: its second to fourth most frequent WARN templates are "the incident"; the most frequent
// WARN template stays normal. Hadoop and Zookeeper were looked at while building the loop,
// Android while choosing to alternate proposals between what the model is unsure of and what
// settles the most lines (it was at 0.76 before); Spark, OpenStack and HDFS were added, and
// measured (1.00, 0.80, 1.00), before that change and not looked at while making it.
inline const std::vector<LoopCase>& loopCases()
{
    static const std::vector<LoopCase> cases = {{"Hadoop", "WARN", 1, 3},    {"Zookeeper", "WARN", 1, 2},
                                                {"Android", "I", 1, 3},      {"Spark", "INFO", 1, 3},
                                                {"OpenStack", "INFO", 1, 3}, {"HDFS", "INFO", 1, 3}};
    return cases;
}

struct Labelled {
    std::shared_ptr<const text::Corpus> corpus;
    std::vector<bool> anomalous; // per line
};

// The `skip`+1 .. `skip`+`take` most frequent templates of `level` are anomalous; the others of
// that level (the most frequent among them) stay normal.
inline Labelled labelled(const std::string& dataDir, const std::string& name, const std::string& level,
                         std::size_t skip, std::size_t take)
{
    const std::string dir = dataDir + "/loghub/" + name + "/";
    std::ifstream in(dir + name + "_2k.log_structured.csv", std::ios::binary);
    text::CsvReader csv(in);
    std::vector<std::string> header, row;
    csv.next(header);
    const auto column = [&](const char* n) {
        return std::size_t(std::find(header.begin(), header.end(), n) - header.begin());
    };
    const std::size_t levelAt = column("Level"), eventAt = column("EventId");
    std::vector<std::string> events, levels;
    std::map<std::string, std::size_t> countAtLevel;
    while (csv.next(row)) {
        events.push_back(row[eventAt]);
        levels.push_back(row[levelAt]);
        if (row[levelAt] == level) ++countAtLevel[row[eventAt]];
    }
    std::vector<std::pair<std::size_t, std::string>> ranked;
    for (const auto& [event, count] : countAtLevel)
        ranked.emplace_back(count, event);
    std::sort(ranked.rbegin(), ranked.rend());
    std::set<std::string> chosen;
    for (std::size_t i = skip; i < std::min(ranked.size(), skip + take); ++i)
        chosen.insert(ranked[i].second);
    Labelled out;
    for (std::size_t i = 0; i < events.size(); ++i)
        out.anomalous.push_back(levels[i] == level && chosen.contains(events[i]));
    auto corpus = std::make_shared<text::Corpus>();
    corpus->setThreads(1);
    std::ifstream log(dir + name + "_2k.log", std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(log)), {});
    corpus->addSource(text::LogText::fromBytes(std::move(bytes), name + ".log"));
    corpus->mine();
    out.corpus = std::move(corpus);
    return out;
}

inline double f1Of(const Labelled& data, const Scored& scored)
{
    const auto& unitOf = scored.scores.unitOfLine(*data.corpus);
    std::size_t tp = 0, fp = 0, fn = 0;
    for (std::size_t line = 0; line < data.anomalous.size(); ++line) {
        const bool flagged = isAnomaly(scored.verdicts[unitOf[line]]);
        tp += flagged && data.anomalous[line];
        fp += flagged && !data.anomalous[line];
        fn += !flagged && data.anomalous[line];
    }
    return tp == 0 ? 0.0 : 2.0 * double(tp) / double(2 * tp + fp + fn);
}

// The loop's quick, deterministic model options for a family (the default, supervised).
inline ModelOptions loopOptions(const char* kind)
{
    ModelOptions options = defaultOptions(modelFamily(kind));
    options.set("device", "cpu");
    options.set("seed", "5");
    options.set("epochs", "6");
    options.set("samples-per-epoch", "20000");
    return options;
}

// The loop; returns the F1 before any mark and after each of `rounds` marks, and the marks made.
inline std::vector<double> simulate(const Labelled& data, int rounds, bool spread = true,
                                    MarkRules* made = nullptr, bool verbose = true)
{
    // The family an analyst gets without choosing one.
    const std::string kind(defaultModelKind());
    const ModelOptions options = loopOptions(kind.c_str());
    AnalysisSession session(data.corpus);
    session.setSpread(spread);
    if (!session.train(kind, options) || !session.score())
        throw std::runtime_error("the loop's model did not train");
    std::vector<double> curve{f1Of(data, session.scored())};
    MarkRules marks;
    for (int round = 0; round < rounds; ++round) {
        const auto next = proposeReview(*data.corpus, session.scored(), 1);
        if (next.empty()) {
            curve.push_back(curve.back());
            continue;
        }
        const std::uint64_t line = next.front().line;
        const std::uint32_t key = data.corpus->messageKeys()[line];
        MarkRules::Rule rule;
        rule.scope = MarkRules::Scope::Template;
        rule.falsePositive = !data.anomalous[line];
        rule.text = data.corpus->miner().templateText(data.corpus->clusterOfMessage(key));
        rule.id = "round-" + std::to_string(round + 1);
        rule.severity = data.corpus->messageSeverity(key); // as the CLI and the GUI mark
        marks.addRule(rule);
        session.setMarks(marks);
        session.decide();
        curve.push_back(f1Of(data, session.scored()));
        if (spread && verbose)
            std::printf("  mark %2d: line %5llu %s (%s)  F1 %.3f\n", round + 1,
                        static_cast<unsigned long long>(line + 1), rule.falsePositive ? "fp" : "tp",
                        next.front().reason.c_str(), curve.back());
    }
    if (made) *made = marks;
    return curve;
}

} // namespace logsleuth::testing
