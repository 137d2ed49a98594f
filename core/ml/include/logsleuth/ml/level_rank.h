// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// A message's level ranks it under the automatic threshold. The families score how unusual a
// message's words are; an analyst reads the level first, and where a system's alerts are frequent
// messages written at FATAL, the one-field rule "level == FATAL" outranks any model of the words.
// So a message logged at WARNING or worse, above the level most of the log's lines have, is moved
// into the upper part of the range under the threshold, its order among its level kept: a
// WARNING from half the automatic threshold up, each level above a tenth higher (FATAL from 0.8).
// Nothing crosses the automatic threshold, so `auto` flags exactly what the words did; a lower
// threshold, the ranking (best F1, ROC-AUC, marks next) and the histogram see the level. In a log
// whose lines are mostly errors (an error log), errors rank as its ordinary lines do.
#pragma once

#include "logsleuth/ml/model.h"
#include "logsleuth/ml/threshold.h"
#include "logsleuth/text/records.h"

namespace logsleuth::text {
class Corpus;
}

namespace logsleuth::ml {

inline constexpr double kLevelRankFloor = 0.5; // WARNING: from this share of the threshold
inline constexpr double kLevelRankStep = 0.1;  // each level above WARNING: this much higher

// The level most of the corpus's lines have (Unknown for a log without levels).
text::Severity usualSeverity(const text::Corpus& corpus);

// Ranks every message unit under the automatic threshold by its level, as above, and flags it in
// Scores::rankedByLevel. Nothing for other units, or a model without an automatic threshold.
// `usual` is the log's usual level: the scored corpus's own, or the open log's for lines typed
// to try.
void rankByLevel(Scores& scores, const text::Corpus& corpus, const Calibration& calibration,
                 text::Severity usual);

} // namespace logsleuth::ml
