// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// What may follow a clock in a stamp: a zone ("Z", "+01:00", "+0100", DB2's "+060", " UTC",
// "GMT+1", an abbreviation such as "CET"), AM or PM (spaced or glued), and ctime's year after all
// of them. time_scan.cpp reads the stamp before them.
#pragma once

#include "logsleuth/text/time_scan.h"
#include "time_cursor.h"

#include <optional>
#include <string_view>

namespace logsleuth::text::detail {

// The offset in minutes of a zone abbreviation that names one zone in common use ("CET", "PDT";
// CST as North America's); none for others.
std::optional<int> zoneAbbreviationMinutes(std::string_view name);

// Reads the suffixes after a clock into `t`, leaving the cursor after the last one it recognised;
// `yearMissing` allows a year after them ("Tue Dec  1 10:00:00 CET 2026").
void clockSuffixes(Cursor& c, RawTime& t, bool yearMissing);

} // namespace logsleuth::text::detail
