// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The training log's routine (text::steadyMessages) in a model's calibration, and what the
// automatic threshold makes of it: a message the training log wrote steadily from start to end,
// below WARNING, is not flagged for its text. The models score rarity, and a template of one line
// in two thousand that comes all day is rare without being news (the rare templates of a clean
// 1 M-line HDFS or Linux log were 0.2-0.45 % of its lines flagged). What makes such a message
// anomalous is its header (text::headerEvidence lifts it again), its level, or its time (the
// window family), not its words.
#pragma once

#include "logsleuth/ml/model.h"
#include "logsleuth/ml/threshold.h"

#include <cstdint>
#include <vector>

namespace logsleuth::text {
class Corpus;
}

namespace logsleuth::ml {

// The fingerprints of the corpus's steady messages, sorted; the kMaxRoutineMessages with the most
// lines when there are more.
std::vector<std::uint64_t> routineOf(const text::Corpus& corpus);

// Calibration::of the training corpus's message scores, with its routine.
Calibration messageCalibration(const text::Corpus& corpus, const Scores& scores);

// A routine message scores at most this many times the automatic threshold: below it, so that
// `auto` passes it, and near it, so that a lower threshold chosen by hand still shows it.
inline constexpr double kRoutineCeiling = 0.9;
// Holds every message unit that the calibration knows as routine to the ceiling and flags it in
// Scores::heldAsRoutine. Nothing for other units, or a model without a routine or an automatic
// threshold.
void holdRoutine(Scores& scores, const text::Corpus& corpus, const Calibration& calibration);

} // namespace logsleuth::ml
