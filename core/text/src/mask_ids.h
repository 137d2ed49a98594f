// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// An identifier a key names as one, for the masker (mask.cpp): the value of "request-id",
// "trace_id", "sessionId" or "id" written in letters and digits at random (a KSUID's
// "8ueOAgMZ1INNPYtcfdp4f5QZIqe", a nanoid), which no shape of its own marks as a value the way a
// UUID's or a hex id's does.
#pragma once

#include <cstddef>
#include <string_view>

namespace logsleuth::text::detail {

// The length of such a value at `at`, right after its key's '=' or its quoted key's ':"', or 0:
// ten characters and more of letters and digits (a '_' or '-' among them), with a digit (or
// twenty and more) and a letter, not hex alone (the masker's <HEX> already), up to a quote, a blank, a comma,
// a bracket, a brace, a '&' or a ';'.
std::size_t keyedIdLength(std::string_view text, std::size_t at);

} // namespace logsleuth::text::detail
