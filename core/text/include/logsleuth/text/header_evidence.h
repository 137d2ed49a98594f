// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// What a log's headers say about its distinct messages, whatever the message text says: a
// template that every component writes alike, lines that stray from their source's layout, and a
// template logged at a level it seldom uses.
// Both are facts of the whole log, so no model of the message text can see them: a foreign
// message spliced under the log's own headers is learnt as normal once it repeats, and a foreign
// line written into the file looks like any rare message.
#pragma once

#include <cstdint>
#include <vector>

namespace logsleuth::text {

class Corpus;

enum class HeaderEvidence : std::uint8_t {
    None = 0,
    // The message's template is logged under the log's components in the log's own proportions,
    // as if its header were drawn at random: in a log whose templates each belong to their
    // component (a logger writes its own messages), no component owns it.
    Unowned = 1,
    // The message's lines stray from their source's layout, in a log where nearly every line
    // has it.
    Strays = 2,
    // The message is logged at a level its template seldom uses: a warning or worse, above the
    // template's usual level, in a small share of the template's many lines. The words are the
    // template's own, so a model of the text learns them as normal; the level says otherwise.
    // Where the message holds the level word itself (a web server's status), templates that
    // differ only there count as one.
    RareLevel = 4,
};
inline bool has(std::uint8_t evidence, HeaderEvidence what)
{
    return (evidence & static_cast<std::uint8_t>(what)) != 0;
}

// The rules' figures, measured on the shared samples (see header_evidence.cpp).
struct HeaderEvidenceRules {
    // A template needs this many lines before its spread over components means anything, and
    // its lines times the log's component entropy (in nats) must reach minEvidence: a log that
    // one component nearly fills tells a template's spread from chance only over more lines.
    std::uint64_t minTemplateLines = 20;
    double minEvidence = 20;
    // Below this entropy one component writes practically every line (two equal ones: 0.69).
    double minComponentEntropy = 0.1;
    // Where the components own the log's templates at all: at most this share of the log's
    // component entropy is left once a line's template is known (H(C|T) / H(C)). A column that
    // names threads or workers, not loggers, leaves nearly all of it, and says nothing of a
    // template that every thread writes.
    double maxUnexplained = 0.3;
    // Unowned: the template's divergence from the log's component mix, as a share of the log's
    // component entropy, is below this.
    double maxOwnership = 0.05;
    // Strays: at most this share of the log's lines stray.
    double maxStrayShare = 0.01;
    // RareLevel: a template of at least this many lines, and a level (WARNING or worse, above the
    // level most of its lines have) on fewer than this share of them.
    std::uint64_t minLevelTemplateLines = 100;
    double maxRareLevelShare = 0.01;
};

// One byte of HeaderEvidence flags per distinct message (the corpus's message keys).
std::vector<std::uint8_t> headerEvidence(const Corpus& corpus, const HeaderEvidenceRules& rules = {});

} // namespace logsleuth::text
