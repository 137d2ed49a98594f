// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// A batch refinement of online mining, the other way round from literal_split.h. The miner
// routes a message by its leading words (Drain's fixed-depth tree), so a name among them —
// "User alice logged in", "bob opened the billing page" — starts a template per name, which no
// later message can merge. Where many templates read the same but for one plain word in a
// leading position, that word is a variable: they become one template with <*> there. Few
// alternatives stay apart (states, and the handful of accounts a log's events may name: the same
// bound of 16 under which literal_split keeps constants as part of the event); quoted values
// ("report.pdf") are values from the third on, and names spelt as identifiers (fe_pg, be_shop)
// or written as values elsewhere in the log from the second.
#pragma once

#include "logsleuth/text/miner.h"

#include <cstdint>
#include <string>
#include <vector>

namespace logsleuth::text {

// Rewrites clusterOfMessage (each of `messages`' cluster); returns how many clusters were merged
// away. keepApart, when given, is each cluster's origin (see splitByLiteralColumns): clusters of
// one origin were split by their words on purpose and are not merged again.
std::size_t mergeNamesInLeadingWords(TemplateMiner& miner, const std::vector<std::string>& messages,
                                     std::vector<std::uint32_t>& clusterOfMessage,
                                     const std::vector<std::uint32_t>* keepApart = nullptr);

} // namespace logsleuth::text
