// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "level_groups.h"

#include "../ascii.h"
#include "logsleuth/text/records.h"
#include "source_location.h"

#include <algorithm>
#include <utility>

namespace logsleuth::text::detail {

using namespace ascii;

bool isModuleWord(std::string_view word)
{
    if (word.empty() || word.size() > 32 || !isAlnum(word[0])) return false;
    return std::all_of(word.begin(), word.end(),
                       [](char c) { return isAlnum(c) || c == '-' || c == '_' || c == '.'; });
}

void readLevelGroup(std::string_view line, std::string_view inside, Cell& out)
{
    if (isLevelWord(inside) && inside.size() > 1) out.kind = CellKind::Level;
    // A module and its level in one group: "[core:error]" (Apache httpd 2.4; the
    // module holds no blank), "[Server thread/INFO]" (log4j2's "[%t/%level]"; the
    // thread may hold blanks, but no other slash) and "[duoauthproxy.lib.log#info]"
    // (Twisted's "[%(log_system)s#%(log_level)s]", the system with blanks or not), or a module
    // of one word and a blank ("[update info]", ebusd's "[%facility %level]").
    for (const auto& [separator, refused] :
         {std::pair{':', ' '}, std::pair{'/', '/'}, std::pair{'#', '#'}, std::pair{' ', ' '}}) {
        const std::size_t at = inside.rfind(separator);
        if (out.kind == CellKind::Bracket && at != std::string_view::npos && at > 0 && at < 64 &&
            inside.size() - at > 2 && isLevelWord(inside.substr(at + 1)) &&
            inside.substr(0, at).find(refused) == std::string_view::npos &&
            (separator != ' ' || isModuleWord(inside.substr(0, at)))) {
            out.kind = CellKind::Level;
            out.moduleLength = static_cast<std::uint8_t>(at);
        }
    }
    // A level and the source that logged, a bar between (Hugging Face's
    // "[INFO|trainer.py:2048]"), or a level, a colon and the module, padded (Contiki-NG's
    // "[INFO: Main      ]").
    const std::size_t bar = inside.find('|');
    const std::size_t colon = inside.find(": ");
    const bool barSource = out.kind == CellKind::Bracket && bar != std::string_view::npos && bar > 0 &&
                           isLevelWord(inside.substr(0, bar)) && isSourceLocation(inside.substr(bar + 1));
    // ... or a level, the logger and the request's id (Foreman's "[I|app|46d6f6a4]").
    const std::size_t secondBar =
        bar == std::string_view::npos ? std::string_view::npos : inside.find('|', bar + 1);
    const bool barLogger = out.kind == CellKind::Bracket && !barSource && bar > 0 &&
                           secondBar != std::string_view::npos && secondBar + 1 < inside.size() &&
                           isLevelWord(inside.substr(0, bar)) &&
                           isModuleWord(inside.substr(bar + 1, secondBar - bar - 1)) &&
                           inside.find(' ') == std::string_view::npos;
    const bool colonModule = out.kind == CellKind::Bracket && colon != std::string_view::npos && colon > 1 &&
                             isLevelWord(inside.substr(0, colon)) && isUpper(inside[0]) &&
                             isModuleWord(trimBlanks(inside.substr(colon + 2)));
    if (barSource || barLogger || colonModule) {
        const std::size_t at = barSource || barLogger ? bar : colon;
        const std::string_view source = barLogger ? inside.substr(bar + 1, secondBar - bar - 1)
                                                  : trimBlanks(inside.substr(at + (barSource ? 1 : 2)));
        out.barContext = barLogger;
        out.kind = CellKind::Level;
        out.levelLength = static_cast<std::uint8_t>(std::min<std::size_t>(at, 255));
        out.sourceInGroup = static_cast<std::uint32_t>(source.data() - line.data());
        out.sourceInGroupLength = static_cast<std::uint32_t>(source.size());
    }
}

} // namespace logsleuth::text::detail
