// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// How a masked message splits into the miner's tokens (minedTokens, declared in miner.h): at
// blanks, but a value that spans blanks — a quoted value, a keyed bracket or quote, a note in
// parentheses, an object, a list — is one token. What the tree shares with it.
#pragma once

#include <string>
#include <string_view>

namespace logsleuth::text::detail {

// The miner's wildcard, as templates write it.
inline constexpr std::string_view wildcard = "<*>";

// Whether two tokens are one key's plain values ("door=closed", "door=open", or "door=<*>" a
// template made of them): the key's slot, whatever word fills it. The key opens both tokens
// ("(uid=0)" is a value in brackets); a value in brackets, quotes or braces is its own shape.
bool oneKeysValues(std::string_view a, std::string_view b);
// "door=<*>" for "door=closed": the key stays the template's; a comma after the value too.
std::string keyedWildcard(std::string_view token);
// Whether a template's keyed wildcard reads `token`: "door=<*>" (the miner's, for one key's plain
// values) reads "door=open" and "door=<*>", the key the same and any value after it.
bool keyedWildcardReads(std::string_view templateToken, std::string_view token);

// The keys under which structured loggers write the message itself ("msg", "message", …).
bool isMessageKey(std::string_view key);
// A key with its value in double quotes that reads as a value ('region="North America",'):
// one token, and a value to the tree.
bool isKeyedQuotedValue(std::string_view token);
// Where the '=' or ':' between a key and its quoted value is ('region="…"', "agent='…'", Go's
// 'command:"df -h"' after a key in lower case); npos for none.
std::size_t keyedQuoteOpening(std::string_view token);
// Where the value starts in a bracketed field that opens `text` with a key in lower case and ": "
// ("[secure: TLSv1.3]", "[reputation: 230]"), the bytes of "[key: "; 0 for any other.
std::size_t bracketedKeyLength(std::string_view text);
// Where the colon after a key in lower case as code names one is, `opening` right after it
// ("error:[", 'command:"'); npos for none.
std::size_t colonKeyEnd(std::string_view token, char opening);

} // namespace logsleuth::text::detail
