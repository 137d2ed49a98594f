// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// A batch refinement of mining for structured lines (JSON, logfmt). A line's message is one key's
// value, so lines that say the same with other fields beside it fall into one template: Nebula's
// "Handshake message received" with a duration is the handshake's second stage, without one its
// first; Authentik's "Task finished" with a task's keys and with an outpost's are two tasks. Where
// a template's lines carry a few sets of keys, each on a fair share of its lines, each set is an
// event of its own: its template reads as the message and the keys it adds or leaves out. A
// template whose lines carry many sets (a job's arguments, optional fields here and there) keeps
// them together: there the keys are values.
#pragma once

#include "logsleuth/text/miner.h"

#include <cstdint>
#include <string>
#include <vector>

namespace logsleuth::text {

// keyNamesOfMessage: each message's keys, sorted and a blank apart (detail::keyNamesOf), empty for
// a message of an unstructured line. Rewrites clusterOfMessage for the messages that move; returns
// how many clusters were added.
std::size_t splitByKeySets(TemplateMiner& miner, const std::vector<std::string>& keyNamesOfMessage,
                           const std::vector<std::uint64_t>& lineCounts,
                           std::vector<std::uint32_t>& clusterOfMessage);

} // namespace logsleuth::text
