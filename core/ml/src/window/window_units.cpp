// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "window_units.h"

#include "logsleuth/text/corpus.h"

#include <algorithm>
#include <functional>
#include <map>
#include <utility>

namespace logsleuth::ml::detail {

namespace {
std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - (a % b != 0 && (a < 0) != (b < 0));
}
} // namespace

WindowUnits assignWindows(const text::Corpus& corpus, std::int64_t windowMs, std::uint64_t linesPerWindow)
{
    const auto& records = corpus.records();
    const auto& times = records.times();
    const auto& entities = records.entityIds();
    const std::uint64_t lines = corpus.lineCount();
    WindowUnits units;
    units.lineUnits.resize(lines);
    struct KeyHash {
        std::size_t operator()(const std::pair<std::int64_t, std::uint32_t>& k) const noexcept
        {
            return std::hash<std::int64_t>{}(k.first * 1000003 + std::int64_t(k.second));
        }
    };
    std::unordered_map<std::pair<std::int64_t, std::uint32_t>, std::uint32_t, KeyHash>
        unitOf; // (window, entity)
    // Lines before the first timed line join the first window that has a time.
    const auto firstTimed =
        std::find_if(times.begin(), times.end(), [](std::int64_t v) { return v != text::kNoTime; });
    std::int64_t lastTime = firstTimed == times.end() ? text::kNoTime : *firstTimed;
    units.timed = firstTimed != times.end();
    std::vector<bool> seen(records.stringCount(), false);
    std::uint64_t distinct = 0;
    for (const std::uint32_t entity : entities)
        if (entity != 0 && entity < seen.size() && !seen[entity]) {
            seen[entity] = true;
            ++distinct;
        }
    units.byEntity = distinct * kMinLinesPerEntity <= lines;
    for (std::uint64_t line = 0; line < lines; ++line) {
        std::int64_t window = 0;
        std::int64_t start = 0;
        if (units.timed) {
            if (times[line] != text::kNoTime) lastTime = times[line];
            window = floorDiv(lastTime, windowMs);
            start = window * windowMs;
        } else {
            window = std::int64_t(line / linesPerWindow);
            start = window * std::int64_t(linesPerWindow) + 1;
        }
        const std::uint32_t entity = units.byEntity ? entities[line] : 0;
        auto [it, added] = unitOf.try_emplace({window, entity}, std::uint32_t(units.unitLines.size()));
        if (added) {
            units.unitLines.push_back(0);
            units.unitStart.push_back(start);
            units.unitEntity.emplace_back(units.byEntity ? records.entity(line) : std::string_view());
        }
        units.lineUnits[line] = it->second;
        ++units.unitLines[it->second];
    }
    return units;
}

std::vector<std::string> termOfMessage(const text::Corpus& corpus)
{
    std::vector<std::string> terms(corpus.distinctMessageCount());
    for (std::uint32_t key = 0; key < terms.size(); ++key) {
        const auto severity = corpus.messageSeverity(key);
        std::string term = corpus.miner().templateText(corpus.clusterOfMessage(key));
        if (severity >= text::Severity::Warning)
            term = "<LEVEL:" + std::string(text::toString(severity)) + "> " + term;
        terms[key] = std::move(term);
    }
    return terms;
}

TermCounts countTerms(const text::Corpus& corpus, const WindowUnits& units,
                      const std::unordered_map<std::string, std::uint32_t>& columnOfTerm,
                      std::uint32_t otherColumn)
{
    const std::vector<std::string> terms = termOfMessage(corpus);
    std::vector<std::uint32_t> columnOfKey(terms.size());
    for (std::size_t key = 0; key < terms.size(); ++key) {
        const auto it = columnOfTerm.find(terms[key]);
        columnOfKey[key] = it == columnOfTerm.end() ? otherColumn : it->second;
    }
    // Lines of a unit, in line order, so each unit's counts are gathered in one pass.
    const std::size_t unitCount = units.unitLines.size();
    std::vector<std::uint64_t> firstOf(unitCount + 1, 0);
    for (std::size_t u = 0; u < unitCount; ++u)
        firstOf[u + 1] = firstOf[u] + units.unitLines[u];
    std::vector<std::uint32_t> byUnit(units.lineUnits.size());
    {
        std::vector<std::uint64_t> next(firstOf.begin(), firstOf.end() - 1);
        const auto& keys = corpus.messageKeys();
        for (std::size_t line = 0; line < units.lineUnits.size(); ++line)
            byUnit[next[units.lineUnits[line]]++] = columnOfKey[keys[line]];
    }
    TermCounts counts;
    std::map<std::uint32_t, float> row;
    for (std::size_t u = 0; u < unitCount; ++u) {
        row.clear();
        for (std::uint64_t i = firstOf[u]; i < firstOf[u + 1]; ++i)
            row[byUnit[i]] += 1.0f;
        for (const auto& [column, count] : row) {
            counts.columns.push_back(column);
            counts.counts.push_back(count);
        }
        counts.start.push_back(counts.columns.size());
    }
    return counts;
}

} // namespace logsleuth::ml::detail
