// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// A batch refinement of online mining for clauses a log adds to some lines of an event only:
// Apache's ", referer: <URL>" after an error when the request had one, a DHCP server's client
// name after the MAC when the client gave one. The miner keeps a message's token count, so each
// event comes out twice, with and without. Where one trailing clause follows several templates
// that also come without it, and the clause is a value (one value alone, or keys each with its
// value), each such pair becomes one template whose last <*> stands for the clause or for none
// (an optional ValueSpan).
#pragma once

#include "logsleuth/text/miner.h"

#include <cstdint>
#include <vector>

namespace logsleuth::text {

// Rewrites clusterOfMessage (each message's cluster); returns how many clusters were merged away.
std::size_t mergeOptionalTails(TemplateMiner& miner, std::vector<std::uint32_t>& clusterOfMessage);

} // namespace logsleuth::text
