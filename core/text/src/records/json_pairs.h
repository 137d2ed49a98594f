// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// A JSON object that names no message (osquery's results, an audit export) is all fields: its
// event is which keys it writes and the values that name a kind. Written compactly, it has no
// blanks between its fields and blanks inside its values, so the miner, which splits at blanks,
// would read one value's words as the line's. Read as its pairs instead, one word per field as
// logfmt writes them, each field is one token and a value with blanks one value.
#pragma once

#include <string>
#include <string_view>

namespace logsleuth::text::detail {

// `object`'s pairs into `out` (overwritten): "key=value" words a blank apart, in the order
// written; a nested object's keys joined to its own with a dot ("columns.pid=7"); a string value
// unescaped, in double quotes when it is empty or holds a blank, a '=' or a quote (which becomes
// an apostrophe); an array, a number, true, false and null as written. False, with `out`
// unspecified, when `object` is not one JSON object.
bool jsonObjectPairs(std::string_view object, std::string& out);

} // namespace logsleuth::text::detail
