// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// A batch refinement of online mining for a value or a flag a log writes inside some lines of an
// event only: a router's "TLS" when the request came over it ("… (3 live) TLS GZIP 12ms …"), the
// kernel's "DF" in a packet's flags, a build tool's "(cached)" before a test's result, a client's
// name in parentheses after its MAC. The miner keeps a message's token count, so each such event
// comes out twice, with and without. Where a template reads as another with one token more inside
// it, and that token is a value (placeholders alone), a flag in capitals, a note of one word in
// parentheses or a key with its value among other such pairs, the two become one template whose <*> there
// stands for the token or for none (an optional ValueSpan inside the template). tail_merge does this for a
// clause that ends the line.
#pragma once

#include "logsleuth/text/miner.h"

#include <cstdint>
#include <vector>

namespace logsleuth::text {

// Rewrites clusterOfMessage (each message's cluster); returns how many clusters were merged away.
std::size_t mergeOptionalWords(TemplateMiner& miner, std::vector<std::uint32_t>& clusterOfMessage);

} // namespace logsleuth::text
