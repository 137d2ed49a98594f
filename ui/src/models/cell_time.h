// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// How a time reads in a table cell: "2015-10-18 18:01:47.978" (UTC), easier to scan down a
// column than ISO's 'T' and 'Z'; empty for a line without a time.
#pragma once

#include <logsleuth/text/time_scan.h>

#include <QString>

#include <cstdint>

namespace logsleuth::ui {

inline QString cellTime(std::int64_t epochMs)
{
    char iso[32];
    const std::string_view time = text::formatIsoUtc(epochMs, iso);
    if (time.empty()) return {};
    iso[10] = ' ';
    return QString::fromLatin1(time.data(), qsizetype(time.size() - 1));
}

} // namespace logsleuth::ui
