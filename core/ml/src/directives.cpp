// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/ml/directives.h"

#include "logsleuth/text/corpus.h"

namespace logsleuth::ml {

void holdDirectives(Scores& scores, const text::Corpus& corpus)
{
    scores.directives.clear();
    if (scores.unit != Unit::Message || scores.size() != corpus.distinctMessageCount()) return;
    std::vector<std::uint8_t> held(scores.size(), 0);
    bool any = false;
    for (std::uint32_t unit = 0; unit < scores.size(); ++unit) {
        if (!corpus.messageIsDirective(unit)) continue;
        scores.values[unit] = 0;
        held[unit] = 1;
        any = true;
    }
    if (any) scores.directives = std::move(held);
}

} // namespace logsleuth::ml
