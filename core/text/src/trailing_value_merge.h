// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// A batch refinement of online mining for the value a log writes after a colon at the end of a
// line: a reason (Go's fmt.Errorf("unable to connect: %v", err), a game server's "disconnected
// for reason: %s"), a task, a command, a list ("Running task: %s", "Processing kickstart command:
// %s"). Such a value is text of its own words and length ("Broken pipe", "Connection reset by
// peer", "Auto Close Visits Task"), so each one starts a template that the tree cannot join, and
// span_merge leaves spans that end a line alone (free text ending a line is more often the event
// than a value). Where templates read the same up to a word that ends in a colon and
// differ after it in more than one word or in length, the part after the colon is a value: they
// become one template whose last <*> stands for it (or for none, where one ends at the colon).
#pragma once

#include "logsleuth/text/miner.h"

#include <cstdint>
#include <vector>

namespace logsleuth::text {

// Rewrites clusterOfMessage (each message's cluster); returns how many clusters were merged away.
std::size_t mergeTrailingValues(TemplateMiner& miner, std::vector<std::uint32_t>& clusterOfMessage);

} // namespace logsleuth::text
