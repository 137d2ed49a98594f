// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "table_rows.h"

#include "ascii.h"
#include "plain_word.h"

#include <algorithm>
#include <string_view>
#include <vector>

namespace logsleuth::text::detail {

void wildcardTableRowName(std::string& masked)
{
    // A name of a few words: more, and the first cell is prose the bars happen to follow.
    constexpr std::size_t kMostNameWords = 4;
    const std::string_view text = masked;
    std::vector<std::size_t> bars;
    for (std::size_t at = text.find(" | "); at != std::string_view::npos; at = text.find(" | ", at + 1))
        bars.push_back(at);
    // Two bars at least, or one with a closing bar at the end: a row, not a pipe in a sentence.
    const bool closed = text.size() >= 2 && text.ends_with(" |");
    if (bars.empty() || (bars.size() < 2 && !closed)) return;
    const std::string_view name = ascii::trimBlanks(text.substr(0, bars.front()));
    if (name.empty() || !hasLetterOutsideAngles(name) || name.front() == '|') return;
    if (static_cast<std::size_t>(std::count(name.begin(), name.end(), ' ')) + 1 > kMostNameWords) return;
    for (std::size_t k = 0; k < bars.size(); ++k) {
        const std::size_t begin = bars[k] + 3;
        const std::size_t end = k + 1 < bars.size() ? bars[k + 1] : text.size();
        std::string_view cell = begin < end ? text.substr(begin, end - begin) : std::string_view{};
        if (cell.ends_with(" |")) cell.remove_suffix(2);
        if (cell == "|") cell = {};
        // Values alone: no letter outside a placeholder ("<NUM>", "85.56", "+++--", "43,139", empty).
        if (hasLetterOutsideAngles(cell)) return;
    }
    const std::size_t nameBegin = static_cast<std::size_t>(name.data() - text.data());
    masked.replace(nameBegin, name.size(), "<*>");
}

} // namespace logsleuth::text::detail
