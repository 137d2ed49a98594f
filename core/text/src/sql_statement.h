// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// An SQL statement a message carries as the value of a key or after a label ("sql=SELECT …",
// "statement: UPDATE …", "Hibernate: select …", "Executing prepared statement: SELECT …"): one value however
// many words it runs to, as a path or a quoted string is. The log says which statement ran; the event is that
// one ran (or failed, or was slow).
#pragma once

#include <cstddef>
#include <string_view>

namespace logsleuth::text::detail {

// Whether `token` (a span of several words) is such a statement: a verb (SELECT, INSERT,
// UPDATE, DELETE, WITH, …) in one letter case first, or after "key=", and the word that says
// what it acts on (FROM, INTO, SET, TABLE, …) further on.
bool isStatementValue(std::string_view token);

// Where a statement that opens with the word [start, wordEnd) ends: the end of the message when
// a key names it ("sql=SELECT") or a word and a colon stand before it ("statement: ",
// "Hibernate: "); npos for any other word.
std::size_t statementSpanEnd(std::string_view message, std::size_t start, std::size_t wordEnd);

} // namespace logsleuth::text::detail
