// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// A batch refinement of online mining for templates that formed before a more general one of
// the same event: the first lines an event wrote may make a template of their own values
// ('Option "AccelSpeed" "on"'), and lines with other values one that reads <*> there ('Option
// <*> <*>'), which takes every later line but those that repeat the first ones exactly. Such a
// template, read by the general one with its own words where that one holds constants, joins it;
// so does one with a path of one segment where the general one reads <PATH> ("/trunk"), and one
// that formed of one value where the general one ends in a trailing value ("Connection closed:
// <*>") or in a list of values (span_merge's "pv <*>").
#pragma once

#include "logsleuth/text/miner.h"

#include <cstdint>
#include <vector>

namespace logsleuth::text {

// Rewrites clusterOfMessage (each message's cluster); returns how many clusters were merged away.
std::size_t mergeCoveredTemplates(TemplateMiner& miner, std::vector<std::uint32_t>& clusterOfMessage);

} // namespace logsleuth::text
