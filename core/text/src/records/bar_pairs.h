// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// A message of "key=value" pairs joined by bars, with no blank between them and blanks inside
// values (Santa's "action=EXEC|decision=ALLOW|cert_cn=Developer ID Application: …|pid=812"): the
// miner splits at blanks and would read the words of one value as the line's. Read as its pairs,
// one word each as logfmt writes them, each field is one token and each value one value, as in a
// JSON object that names no message (json_pairs.h).
#pragma once

#include <string>
#include <string_view>

namespace logsleuth::text::detail {

// When `message` opens with a key and a '=' and its bars part three pairs or more: true, and its
// pairs into `out` (overwritten), "key=value" words a blank apart, a value in double quotes when
// it is empty or holds a blank, a '=' or a quote (which becomes an apostrophe). A part that names
// no key is the value before it going on past a bar. False, with `out` unspecified, otherwise.
bool barSeparatedPairs(std::string_view message, std::string& out);

} // namespace logsleuth::text::detail
