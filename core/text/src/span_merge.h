// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// A batch refinement of online mining for values of more than one word. The miner (Drain's
// tree) keeps a message's token count: a name of two words and one of four ("Morning blinds:
// Running automation actions", "Lights off at midnight: Running automation actions", an input
// device, an operator chain) start templates of their own that no later message can merge, and
// path_merge, which generalises one word at a time, cannot join them either. Where several
// templates read the same before and after one span that differs, and the spans differ in
// length or run over several words, the span is a value: they become one template with <*>
// there. A span that ends its templates ("Launching <game>") is a value only where its names are
// met in other templates too, one of them with words after the name; or where the spans are
// lists of values alone, of several lengths, after a word (a chess engine's "pv e7e5 d8c7 …").
#pragma once

#include "logsleuth/text/miner.h"

#include <cstdint>
#include <vector>

namespace logsleuth::text {

// Rewrites clusterOfMessage (each message's cluster); returns how many clusters were merged away.
std::size_t mergeVariableSpans(TemplateMiner& miner, std::vector<std::uint32_t>& clusterOfMessage);

} // namespace logsleuth::text
