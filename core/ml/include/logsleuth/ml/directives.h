// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Lines in which a log describes itself (text::RecordParts::directive: W3C's "#Software:",
// "#Fields: …") are no events. Each is a message of one line, so every model that scores rarity
// ranked the four directives heading an IIS log above its server errors. They score 0.
#pragma once

#include "logsleuth/ml/model.h"

namespace logsleuth::text {
class Corpus;
}

namespace logsleuth::ml {

// Sets the score of every message unit whose lines are directives to 0 and flags it in
// Scores::directives. Nothing for other units (windows, records).
void holdDirectives(Scores& scores, const text::Corpus& corpus);

} // namespace logsleuth::ml
