// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Numbers as text, locale-free and exact: the shortest text that reads back to the same
// value (so saved models and threshold specs round-trip), and strict whole-string parsing.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace logsleuth::ml::detail {

std::string formatNumber(double value);
std::string formatNumber(float value);
std::string formatNumber(std::uint64_t value);
// The whole of text must be the number (no spaces, no trailing junk); nullopt otherwise.
std::optional<double> parseDouble(std::string_view text);
std::optional<float> parseFloat(std::string_view text);
std::optional<std::uint64_t> parseUnsigned(std::string_view text);
std::optional<std::int64_t> parseSigned(std::string_view text);

} // namespace logsleuth::ml::detail
