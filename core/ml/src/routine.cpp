// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/ml/routine.h"

#include "message_scale.h"

#include "logsleuth/text/corpus.h"
#include "logsleuth/text/routine.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace logsleuth::ml {

std::vector<std::uint64_t> routineOf(const text::Corpus& corpus)
{
    const auto steady = text::steadyMessages(corpus);
    std::vector<std::uint32_t> keys;
    for (std::uint32_t key = 0; key < steady.size(); ++key)
        if (steady[key]) keys.push_back(key);
    if (keys.size() > kMaxRoutineMessages) {
        const auto& lines = corpus.messageLineCounts();
        std::partial_sort(keys.begin(), keys.begin() + std::ptrdiff_t(kMaxRoutineMessages), keys.end(),
                          [&lines](std::uint32_t a, std::uint32_t b) {
                              return lines[a] != lines[b] ? lines[a] > lines[b] : a < b;
                          });
        keys.resize(kMaxRoutineMessages);
    }
    std::vector<std::uint64_t> fingerprints;
    fingerprints.reserve(keys.size());
    for (const auto key : keys)
        fingerprints.push_back(text::messageFingerprint(corpus.scoringText(key)));
    std::sort(fingerprints.begin(), fingerprints.end());
    fingerprints.erase(std::unique(fingerprints.begin(), fingerprints.end()), fingerprints.end());
    return fingerprints;
}

Calibration messageCalibration(const text::Corpus& corpus, const Scores& scores)
{
    Calibration calibration = Calibration::of(scores.values, scores.unitLines);
    calibration.routine = routineOf(corpus);
    return calibration;
}

void holdRoutine(Scores& scores, const text::Corpus& corpus, const Calibration& calibration)
{
    scores.heldAsRoutine.clear();
    if (calibration.routine.empty()) return;
    const auto automatic = detail::automaticForMessages(scores, corpus, calibration);
    if (!automatic) return;
    const auto ceiling = float(kRoutineCeiling * *automatic);
    std::vector<std::uint8_t> held(scores.size(), 0);
    bool any = false;
    for (std::uint32_t unit = 0; unit < scores.size(); ++unit) {
        if (!(scores.values[unit] > ceiling)) continue;
        if (!calibration.isRoutine(text::messageFingerprint(corpus.scoringText(unit)))) continue;
        scores.values[unit] = ceiling;
        held[unit] = 1;
        any = true;
    }
    if (any) scores.heldAsRoutine = std::move(held);
}

} // namespace logsleuth::ml
