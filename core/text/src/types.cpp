// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/text/types.h"

namespace logsleuth::text {

std::string toHex(TemplateId id)
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string hex(16, '0');
    for (int i = 15; i >= 0; --i) {
        hex[static_cast<std::size_t>(i)] = digits[id.value & 0xF];
        id.value >>= 4;
    }
    return hex;
}

std::optional<TemplateId> parseTemplateId(std::string_view hex16)
{
    if (hex16.size() != 16) return std::nullopt;
    std::uint64_t value = 0;
    for (char c : hex16) {
        unsigned digit;
        if (c >= '0' && c <= '9')
            digit = static_cast<unsigned>(c - '0');
        else if (c >= 'a' && c <= 'f')
            digit = static_cast<unsigned>(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            digit = static_cast<unsigned>(c - 'A' + 10);
        else
            return std::nullopt;
        value = (value << 4) | digit;
    }
    return TemplateId{value};
}

} // namespace logsleuth::text
