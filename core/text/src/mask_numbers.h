// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// What a number that opens a word is beyond its digits, for the masker (mask.cpp): a size or a
// duration with its unit, a duration in parts, a version, a date, an HTTP status kept as written.
// Each gives the length it spans (0: none), so the masker writes one placeholder for it.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>

namespace logsleuth::text::detail {

// A unit right after a number ("ms", " KB"): the placeholder ("<SIZE>", "<DURATION>") and the
// bytes it spans from `at`, blank included; an empty placeholder and 0 when none.
std::pair<std::string_view, std::size_t> unitAfter(std::string_view text, std::size_t at);
// A duration written in parts ("1h 2m 3s", "2m30s") at `at`.
std::size_t compoundDurationLength(std::string_view text, std::size_t at);
// A version at `at` ("2.36-9+deb12u4", "1.0-SNAPSHOT").
std::size_t versionLength(std::string_view text, std::size_t at);
// A date-bearing timestamp at the start of `text`.
std::size_t dateLength(std::string_view text);
// An HTTP status at `at` that stays as written; `out` is the masked text so far.
std::size_t httpStatusLength(std::string_view text, std::size_t at, std::string_view out);
// The digits at `at` of a message's code ("CON-1001"), which stay as written; 0 elsewhere.
std::size_t messageCodeNumberLength(std::string_view text, std::size_t at);

} // namespace logsleuth::text::detail
