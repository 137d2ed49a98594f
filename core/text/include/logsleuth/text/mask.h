// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Replaces the variable parts of a message with placeholders so that lines which differ only
// in ids, addresses and numbers become the same text: <IP>, <UUID>, <HEX>, <URL>, <PATH>, <MAC>,
// <EMAIL>, <HOST> (a DNS name with a well-known top-level domain), <TIME> (a date inside the
// message), <SIZE> and <DURATION> (a number with a unit: 3.4 KB, 12ms), <ENCODED> (base64 padded with
// '='), <NUM>.
// Runs of whitespace collapse to one space and the result is trimmed. A single pass over the
// bytes; anything that is not recognised (including invalid UTF-8) is copied through.
#pragma once

#include <string>
#include <string_view>

namespace logsleuth::text {

void maskMessage(std::string_view message, std::string& out); // out is overwritten; reuse it
std::string maskMessage(std::string_view message);

// True when `token` holds one of the placeholders above, e.g. "<NUM>" or "blk_<NUM>".
bool containsPlaceholder(std::string_view token);

} // namespace logsleuth::text
