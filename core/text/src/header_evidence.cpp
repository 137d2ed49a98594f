// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Why these rules: over the shared samples' ground truth every template belongs to one component
// or shares it between a few (Linux's "session opened" comes from su, sshd and login: 70/29/1 %).
// Measured as the template's divergence from the log's component mix over the log's component
// entropy, clean templates score 0.39 or more (the lowest: OpenStack's GET requests, served by two
// WSGI servers), while OpenSSH messages spliced under HDFS headers score 0.002-0.015 once they
// have 90 lines. The components own the templates in every one of those logs: knowing a line's
// template leaves at most 14 % of the component entropy (OpenStack), while a column that names
// threads, or components drawn at random, leaves over 99 %. And every line of the clean 0.5-1 M-line corpora
// and of the 2,000-line samples fits its source's layout, while foreign lines written into a log stray from
// it. No template of those corpora with 100 lines or more is logged at a rarer, worse level on under
// 1 % of its lines, while a log whose INFO lines were raised to WARN/ERROR/FATAL one time in a hundred
// has each raised level on about 0.3 % of its template's lines.
#include "logsleuth/text/header_evidence.h"

#include "ascii.h"

#include "logsleuth/text/corpus.h"
#include "logsleuth/text/record_columns.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>

namespace logsleuth::text {

namespace {

// A component with its digits collapsed: "RecvWorker:7:QuorumCnxManager$RecvWorker@661" and
// "RecvWorker:12:…@603" are one logger, however a thread or a source line is numbered.
std::string shapeOf(std::string_view component)
{
    std::string shape;
    shape.reserve(component.size());
    for (std::size_t i = 0; i < component.size(); ++i) {
        const char c = component[i];
        if (ascii::isDigit(c)) {
            if (shape.empty() || shape.back() != '#') shape.push_back('#');
        } else {
            shape.push_back(c);
        }
    }
    return shape;
}

constexpr std::uint32_t kUnseen = std::numeric_limits<std::uint32_t>::max();
constexpr std::size_t kLevels = std::size_t(Severity::Fatal) + 1;

// What RareLevel compares a message's level within. Mostly its template. Where a log writes its
// level inside the message (a web server's status: `"GET /cart HTTP/1.1" 500 …`), the miner keeps
// a 500 apart from the 200s as a template of its own, within which no level is rare; there the
// message is compared with every template that reads the same once the level word is masked,
// a wildcard matching anything ("GET <*> HTTP/<NUM>" 200 … answers for "GET /cart …" 500 …).
struct LevelGroup {
    std::vector<std::string> tokens;
    bool levelInText = false; // a token was the level word, now <LEVEL>
    std::array<std::uint64_t, kLevels> linesAt{};
};

LevelGroup levelGroupOf(const Corpus& corpus, std::uint32_t cluster, std::string_view level)
{
    LevelGroup group;
    const std::string text = corpus.miner().templateText(cluster);
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find(' ', start), text.size());
        std::string token = text.substr(start, end - start);
        if (!level.empty() && token == level) {
            token = "<LEVEL>";
            group.levelInText = true;
        }
        group.tokens.push_back(std::move(token));
        start = end + 1;
    }
    return group;
}

bool sameBarWildcards(const std::vector<std::string>& a, const std::vector<std::string>& b)
{
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i] != b[i] && a[i] != "<*>" && b[i] != "<*>") return false;
    return true;
}

// RareLevel, from the distinct messages and the level word of one line of each.
void markRareLevels(const Corpus& corpus, const std::vector<std::uint8_t>& levelOfKey,
                    const HeaderEvidenceRules& rules, std::vector<std::uint8_t>& evidence)
{
    const auto& clusterOfKey = corpus.messageClusters();
    const auto& linesOfKey = corpus.messageLineCounts();
    const std::size_t keys = evidence.size();
    std::vector<std::uint32_t> groupOfKey(keys);
    std::vector<LevelGroup> groups;
    std::unordered_map<std::uint64_t, std::uint32_t> groupOfPair; // (cluster, level id) → group
    std::unordered_map<std::string, std::uint32_t> groupOfText;
    for (std::uint32_t key = 0; key < keys; ++key) {
        const std::uint64_t pair = (std::uint64_t(clusterOfKey[key]) << 8) | levelOfKey[key];
        auto [at, added] = groupOfPair.try_emplace(pair, 0);
        if (added) {
            LevelGroup group =
                levelGroupOf(corpus, clusterOfKey[key], corpus.records().levelText(levelOfKey[key]));
            std::string text;
            for (const std::string& token : group.tokens)
                (text += token) += ' ';
            const auto [found, fresh] =
                groupOfText.try_emplace(std::move(text), std::uint32_t(groups.size()));
            if (fresh) groups.push_back(std::move(group));
            at->second = found->second;
        }
        groupOfKey[key] = at->second;
        groups[at->second].linesAt[std::size_t(corpus.messageSeverity(key))] += linesOfKey[key];
    }
    // Each group's lines per level, with those of the groups that read the same bar wildcards
    // where the level word was in the text. Bounded: past kMaxComparisons token lists compared,
    // each group stands alone.
    constexpr std::size_t kMaxComparisons = 20'000'000;
    std::vector<std::array<std::uint64_t, kLevels>> population(groups.size());
    std::size_t comparisons = 0;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        population[g] = groups[g].linesAt;
        if (!groups[g].levelInText || comparisons > kMaxComparisons) continue;
        comparisons += groups.size();
        for (std::size_t h = 0; h < groups.size(); ++h)
            if (h != g && sameBarWildcards(groups[g].tokens, groups[h].tokens))
                for (std::size_t level = 0; level < kLevels; ++level)
                    population[g][level] += groups[h].linesAt[level];
    }
    for (std::uint32_t key = 0; key < keys; ++key) {
        const Severity level = corpus.messageSeverity(key);
        if (level < Severity::Warning) continue;
        const auto& at = population[groupOfKey[key]];
        std::uint64_t total = 0;
        for (const std::uint64_t n : at)
            total += n;
        const auto usual = Severity(std::max_element(at.begin(), at.end()) - at.begin());
        if (total >= rules.minLevelTemplateLines && usual != Severity::Unknown && level > usual &&
            double(at[std::size_t(level)]) < rules.maxRareLevelShare * double(total))
            evidence[key] |= static_cast<std::uint8_t>(HeaderEvidence::RareLevel);
    }
}

} // namespace

std::vector<std::uint8_t> headerEvidence(const Corpus& corpus, const HeaderEvidenceRules& rules)
{
    const std::size_t keys = corpus.distinctMessageCount();
    std::vector<std::uint8_t> evidence(keys, 0);
    const RecordColumns& records = corpus.records();
    const auto& keyOfLine = corpus.messageKeys();
    const auto& clusterOfKey = corpus.messageClusters();
    const auto& componentOfLine = records.componentIds();
    const std::uint64_t lines = std::min<std::uint64_t>(records.size(), keyOfLine.size());
    if (lines == 0) return evidence;

    std::vector<std::uint32_t> shapeOfComponent;
    std::unordered_map<std::string, std::uint32_t> shapeIds;
    std::vector<std::uint64_t> linesOfShape;
    std::vector<std::uint64_t> strayLinesOfKey(keys, 0);
    std::vector<std::uint8_t> levelOfKey(keys, 0); // the level word of the key's first line
    std::vector<std::uint8_t> levelSeen(keys, 0);
    const auto& levelOfLine = records.levelIds();
    std::unordered_map<std::uint64_t, std::uint64_t> linesOfPair; // (cluster, shape) → lines
    std::uint64_t strays = 0;
    std::uint32_t clusters = 0;
    for (std::uint64_t line = 0; line < lines; ++line) {
        const std::uint32_t key = keyOfLine[line];
        if (!levelSeen[key]) {
            levelSeen[key] = 1;
            levelOfKey[key] = levelOfLine[line];
        }
        if (records.strays(line)) {
            ++strays;
            ++strayLinesOfKey[key];
            continue;
        }
        const std::uint32_t component = componentOfLine[line];
        if (component >= shapeOfComponent.size()) shapeOfComponent.resize(component + 1, kUnseen);
        std::uint32_t& shape = shapeOfComponent[component];
        if (shape == kUnseen) {
            const auto [at, added] =
                shapeIds.try_emplace(shapeOf(records.stringText(component)), std::uint32_t(shapeIds.size()));
            shape = at->second;
            if (added) linesOfShape.push_back(0);
        }
        ++linesOfShape[shape];
        const std::uint32_t cluster = clusterOfKey[key];
        clusters = std::max(clusters, cluster + 1);
        ++linesOfPair[(std::uint64_t(cluster) << 32) | shape];
    }

    markRareLevels(corpus, levelOfKey, rules, evidence);
    const std::uint64_t headed = lines - strays;
    if (strays > 0 && double(strays) <= rules.maxStrayShare * double(lines)) {
        const auto& counts = corpus.messageLineCounts();
        for (std::size_t key = 0; key < keys; ++key)
            if (2 * strayLinesOfKey[key] > counts[key])
                evidence[key] |= static_cast<std::uint8_t>(HeaderEvidence::Strays);
    }
    if (headed == 0 || linesOfShape.size() < 2) return evidence;

    double entropy = 0;
    for (const std::uint64_t n : linesOfShape) {
        const double p = double(n) / double(headed);
        if (p > 0) entropy -= p * std::log(p);
    }
    if (entropy < rules.minComponentEntropy) return evidence;

    // Each template's divergence (KL) from the log's component mix, and how many components write it.
    std::vector<std::uint64_t> linesOfCluster(clusters, 0);
    for (const auto& [pair, n] : linesOfPair)
        linesOfCluster[pair >> 32] += n;
    std::vector<double> divergence(clusters, 0);
    std::vector<std::uint32_t> components(clusters, 0);
    double unexplained = 0; // H(C|T): the component entropy left once the template is known
    for (const auto& [pair, n] : linesOfPair) {
        const std::uint32_t cluster = std::uint32_t(pair >> 32);
        const double own = double(n) / double(linesOfCluster[cluster]);
        const double mix = double(linesOfShape[pair & 0xffffffffu]) / double(headed);
        divergence[cluster] += own * std::log(own / mix);
        unexplained -= double(n) / double(headed) * std::log(own);
        ++components[cluster];
    }
    if (unexplained > rules.maxUnexplained * entropy) return evidence;
    for (std::size_t key = 0; key < keys; ++key) {
        const std::uint32_t cluster = clusterOfKey[key];
        if (cluster >= clusters || components[cluster] < 2) continue;
        const std::uint64_t n = linesOfCluster[cluster];
        if (n < rules.minTemplateLines || double(n) * entropy < rules.minEvidence) continue;
        if (divergence[cluster] < rules.maxOwnership * entropy)
            evidence[key] |= static_cast<std::uint8_t>(HeaderEvidence::Unowned);
    }
    return evidence;
}

} // namespace logsleuth::text
