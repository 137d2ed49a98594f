// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The shape of a word as names, states and other plain values are written, shared by the batch
// refinements of mining (literal_split, path_merge).
#pragma once

#include "logsleuth/text/mask.h"

#include <string_view>

namespace logsleuth::text {

// A plain word: letters (and punctuation), no digit, no placeholder. A token with digits never
// branches the miner's tree and is masked or a variable already. A token that spans blanks (a
// quoted value, a list, an object: see minedTokens) is a value, never a word that names an event.
inline bool isPlainWord(std::string_view token)
{
    bool letter = false;
    for (char c : token) {
        if ((c >= '0' && c <= '9') || c == ' ') return false;
        letter = letter || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    return letter && !containsPlaceholder(token);
}

} // namespace logsleuth::text
