// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Rows of a table a program prints between bars ("  Pages            | 412 | 398", a build's
// statistics; " hugo.toml |  19 ++-----", git's diffstat; " src/api | 85.56 | 91.60 | …", a
// coverage table): one format string fills every row in a loop, the first cell with the row's
// name and the others with its numbers. The name is a value of the row, as its numbers are.
#pragma once

#include <string>

namespace logsleuth::text::detail {

// In a masked message that is a row of bars, "<*>" for the words of its first cell, where every
// other cell holds values alone (masked ones, numbers, signs, or nothing) and the first holds
// words, a few of them; anything else stays as it is.
void wildcardTableRowName(std::string& masked);

} // namespace logsleuth::text::detail
