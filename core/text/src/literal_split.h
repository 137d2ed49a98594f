// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// A batch refinement of online mining. Drain-style merging turns every differing token into
// <*>, so "stored as bytes" and "stored as values", or "from NEW to RUNNING" and "from RUNNING
// to DONE", end up as one template. Where a wildcard only ever holds two plain words (no
// digits, no masked values), or a few constants spelt in capitals (states), across many lines,
// those words are the event, not a variable: the cluster is split by them. A wildcard with many
// distinct words (user names) stays one.
#pragma once

#include "logsleuth/text/miner.h"

#include <cstdint>
#include <string>
#include <vector>

namespace logsleuth::text {

// Rewrites clusterOfMessage for the messages that move; returns how many clusters were added.
// splitFrom, when given, is set to each cluster's origin: the cluster it was split from, or itself.
std::size_t splitByLiteralColumns(TemplateMiner& miner, const std::vector<std::string>& messages,
                                  const std::vector<std::uint64_t>& lineCounts,
                                  std::vector<std::uint32_t>& clusterOfMessage,
                                  std::vector<std::uint32_t>* splitFrom = nullptr);

} // namespace logsleuth::text
