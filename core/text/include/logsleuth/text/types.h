// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Small value types shared by every tier: strong line numbers and byte offsets (so the two
// can never be swapped by accident) and the stable id of a mined template.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace logsleuth::text {

// A number that only compares with its own kind; Tag makes each use a distinct type.
template <class Tag, class Rep> class StrongValue {
public:
    constexpr StrongValue() = default;
    constexpr explicit StrongValue(Rep value) : m_value(value) {}
    constexpr Rep value() const { return m_value; }
    constexpr auto operator<=>(const StrongValue&) const = default;
    constexpr bool operator==(const StrongValue&) const = default;
    constexpr StrongValue& operator++()
    {
        ++m_value;
        return *this;
    }
    constexpr StrongValue operator++(int)
    {
        StrongValue before = *this;
        ++m_value;
        return before;
    }

private:
    Rep m_value{};
};

using LineNumber =
    StrongValue<struct LineNumberTag, std::uint64_t>; // 0-based index of a line within one source
using ByteOffset = StrongValue<struct ByteOffsetTag, std::uint64_t>;

// Fixed when a template cluster is created and kept while the template generalises, so marks
// stored against it survive re-mining the same logs.
struct TemplateId {
    std::uint64_t value = 0;
    constexpr auto operator<=>(const TemplateId&) const = default;
    constexpr bool operator==(const TemplateId&) const = default;
};

std::string toHex(TemplateId id); // exactly 16 lowercase hex digits
std::optional<TemplateId> parseTemplateId(std::string_view hex16);

} // namespace logsleuth::text
