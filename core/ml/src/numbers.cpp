// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "numbers.h"

#include <charconv>

namespace logsleuth::ml::detail {

namespace {
template <class T> std::string format(T value)
{
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

template <class T> std::optional<T> parse(std::string_view text)
{
    T value{};
    const char* end = text.data() + text.size();
    const auto result = std::from_chars(text.data(), end, value);
    if (text.empty() || result.ec != std::errc() || result.ptr != end) return std::nullopt;
    return value;
}
} // namespace

std::string formatNumber(double value)
{
    return format(value);
}
std::string formatNumber(float value)
{
    return format(value);
}
std::string formatNumber(std::uint64_t value)
{
    return format(value);
}
std::optional<double> parseDouble(std::string_view text)
{
    return parse<double>(text);
}
std::optional<float> parseFloat(std::string_view text)
{
    return parse<float>(text);
}
std::optional<std::uint64_t> parseUnsigned(std::string_view text)
{
    return parse<std::uint64_t>(text);
}
std::optional<std::int64_t> parseSigned(std::string_view text)
{
    return parse<std::int64_t>(text);
}

} // namespace logsleuth::ml::detail
