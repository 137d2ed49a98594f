// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include <logsleuth/ui/row_filter.h>

#include <logsleuth/ml/session.h>
#include <logsleuth/text/corpus.h>

#include <algorithm>

namespace logsleuth::ui {

bool RowFilter::isActive() const
{
    return minSeverity != text::Severity::Unknown || anomaliesOnly || hideSuppressed || cluster ||
           componentId != 0 || entityId != 0 || since != text::kNoTime || until != text::kNoTime ||
           onlyLines != nullptr;
}

std::vector<std::uint32_t> filterLines(const text::Corpus& corpus, const ml::Scored* scored,
                                       const std::vector<std::uint32_t>* unitOfLine, const RowFilter& filter,
                                       const std::vector<std::uint32_t>& order)
{
    const auto& records = corpus.records();
    const auto& keys = corpus.messageKeys();
    const uint64_t lines = corpus.lineCount();

    // Per distinct message: its template. Per unit: its verdict. Decided once, read per line.
    std::vector<char> keyPasses;
    if (filter.cluster) {
        keyPasses.resize(corpus.distinctMessageCount());
        for (uint32_t key = 0; key < keyPasses.size(); ++key)
            keyPasses[key] = corpus.clusterOfMessage(key) == *filter.cluster;
    }
    const auto verdictPasses = [&filter](ml::Verdict verdict) {
        return (!filter.anomaliesOnly || ml::isAnomaly(verdict)) &&
               (!filter.hideSuppressed || verdict != ml::Verdict::Suppressed);
    };
    std::vector<char> unitPasses;
    if (filter.needsScores() && scored && unitOfLine && unitOfLine->size() == lines) {
        unitPasses.resize(scored->verdicts.size());
        for (size_t unit = 0; unit < unitPasses.size(); ++unit)
            unitPasses[unit] = verdictPasses(scored->verdicts[unit]);
    }
    // The few lines a line mark decides apart from their unit.
    const bool ownVerdicts = !unitPasses.empty() && !scored->lineVerdicts.empty();
    // Levels are few: one flag per level id.
    std::vector<char> levelPasses(records.levelCount(), 1);
    if (filter.minSeverity != text::Severity::Unknown)
        for (size_t id = 0; id < levelPasses.size(); ++id)
            levelPasses[id] = records.levelSeverity(uint8_t(id)) >= filter.minSeverity;

    const bool timeBound = filter.since != text::kNoTime || filter.until != text::kNoTime;
    const auto passes = [&](uint32_t line) {
        if (!levelPasses[records.levelIds()[line]]) return false;
        if (!keyPasses.empty() && !keyPasses[keys[line]]) return false;
        if (!unitPasses.empty()) {
            const ml::LineVerdict* own = ownVerdicts ? scored->lineVerdict(line) : nullptr;
            if (own ? !verdictPasses(own->verdict) : !unitPasses[(*unitOfLine)[line]]) return false;
        }
        if (filter.componentId != 0 && records.componentIds()[line] != filter.componentId) return false;
        if (filter.entityId != 0 && records.entityIds()[line] != filter.entityId) return false;
        if (timeBound) {
            const int64_t time = records.times()[line];
            if (time == text::kNoTime) return false;
            if (filter.since != text::kNoTime && time < filter.since) return false;
            if (filter.until != text::kNoTime && time >= filter.until) return false;
        }
        if (filter.onlyLines &&
            !std::binary_search(filter.onlyLines->begin(), filter.onlyLines->end(), uint64_t(line)))
            return false;
        return true;
    };

    std::vector<std::uint32_t> rows;
    if (order.empty()) {
        for (uint64_t line = 0; line < lines; ++line)
            if (passes(uint32_t(line))) rows.push_back(uint32_t(line));
    } else {
        for (uint32_t line : order)
            if (passes(line)) rows.push_back(line);
    }
    rows.shrink_to_fit();
    return rows;
}

} // namespace logsleuth::ui
