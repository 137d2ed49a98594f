// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// An HTTP method in a message, for the masker (mask.cpp): a value where a program fills it into a
// format string with its target ("%s %s took %d ms", "Calling %s %s"), the event where a quoted
// request line names it, as access logs and OpenStack's API write one.
#pragma once

#include <cstddef>
#include <string_view>

namespace logsleuth::text::detail {

// The length of the HTTP method at `at` when it is a value, or 0: before its target ("GET
// /api/orders", "POST https://…"), outside quotes or in quotes with its target alone ('"GET
// /tag/x/" 200 12ms'); not in a quoted request line with its protocol ('"GET /x HTTP/1.1"', whose
// method quotedSpanEnd keeps as the event).
std::size_t requestMethodValueLength(std::string_view text, std::size_t at);

} // namespace logsleuth::text::detail
