// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// A level in a bracketed group of a header, with what else the group holds: a level alone
// ("[INFO ]"), a module before it ("[core:error]", "[Server thread/INFO]",
// "[duoauthproxy.lib.log#info]"), or the source, logger and request after it ("[INFO|trainer.py:2048]",
// "[INFO: Main      ]", "[I|app|46d6f6a4]"). Read by readCell (cells.cpp) for each bracketed cell.
#pragma once

#include "cells.h"

#include <string_view>

namespace logsleuth::text::detail {

// A module's name as a bracket gives it after a level: letters, digits, '-', '_' and '.', a letter
// or digit first ("Main", "RPL", "6top", "tcpip-ipv6").
bool isModuleWord(std::string_view word);

// Makes `out`, a bracketed cell of `line` whose text inside the brackets is `inside` (blanks
// trimmed), a Level cell where the group holds a level, with its module, source or logger.
void readLevelGroup(std::string_view line, std::string_view inside, Cell& out);

} // namespace logsleuth::text::detail
