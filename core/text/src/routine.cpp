// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/text/routine.h"

#include "hash.h"

#include "logsleuth/text/corpus.h"
#include "logsleuth/text/records.h"

#include <algorithm>
#include <limits>

namespace logsleuth::text {

std::vector<bool> steadyMessages(const Corpus& corpus, const RoutineRules& rules)
{
    const std::size_t keys = corpus.distinctMessageCount();
    std::vector<bool> steady(keys, false);
    const auto& keyOfLine = corpus.messageKeys();
    const std::uint64_t lines = keyOfLine.size();
    if (lines == 0 || rules.runs == 0) return steady;

    // Lines are visited in order, so a message enters a new run exactly when its run changes.
    constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
    std::vector<std::uint32_t> lastRun(keys, kNone);
    std::vector<std::uint32_t> runsHit(keys, 0);
    for (std::uint64_t line = 0; line < lines; ++line) {
        const std::uint32_t key = keyOfLine[line];
        const auto run = std::uint32_t(line * rules.runs / lines);
        if (lastRun[key] != run) {
            lastRun[key] = run;
            ++runsHit[key];
        }
    }
    const auto& lineCounts = corpus.messageLineCounts();
    for (std::uint32_t key = 0; key < keys; ++key)
        steady[key] = lineCounts[key] >= rules.minLines && runsHit[key] >= rules.minRuns &&
                      corpus.messageSeverity(key) < Severity::Warning;
    return steady;
}

std::uint64_t messageFingerprint(std::string_view scoringText)
{
    return detail::mix(detail::fnv1a(scoringText));
}

} // namespace logsleuth::text
