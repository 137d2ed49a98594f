// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The messages a log repeats steadily from its start to its end: its routine. A model of the
// message text scores rarity, so a template of one line in a thousand that the log writes all day
// long scores like a one-off; what says it is routine is how it recurs, which only the whole log
// shows. Models keep the routine of their training log (ml::Calibration::routine) so that the same
// message in another log is recognised, and a message that recurs only in the log being scored
// (a new error after a deploy) is not taken for routine.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace logsleuth::text {

class Corpus;

struct RoutineRules {
    // Steadiness means something only over enough lines: a message spread evenly over 50 lines
    // leaves on average 1.5 of 20 runs empty.
    std::uint64_t minLines = 50;
    // The log is cut into this many equal runs of lines; a routine message has lines in at least
    // minRuns of them. A burst, however long, fills few.
    unsigned runs = 20;
    unsigned minRuns = 18;
};

// One flag per distinct message (the corpus's message keys): steady, and logged below WARNING. A
// warning or an error is never routine, however often it comes.
std::vector<bool> steadyMessages(const Corpus& corpus, const RoutineRules& rules = {});

// A stable 64-bit fingerprint of a message's scoring text (Corpus::scoringText), the same on every
// platform and build, to find the message again in another corpus.
std::uint64_t messageFingerprint(std::string_view scoringText);

} // namespace logsleuth::text
