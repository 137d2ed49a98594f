// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Where a learned layout's header ends, and what the cells that end it are (header_extent.cpp).
#pragma once

#include "layout_columns.h"

#include <array>

namespace logsleuth::text::detail {

struct HeaderExtent {
    int end = 0;       // cells [0, end) are the header; 0: the sample shows none
    int anchorEnd = 0; // ... of which [0, anchorEnd) end at its last stamp, level or hard-delimited cell;
                       // before it every word is read leniently (a leading "-" may be a label or a host)
    std::array<bool, kMaxCells> spanToDash{};  // a program name that may hold blanks, ended by " - "
    std::array<bool, kMaxCells> dashField{};   // the dash that ends the header
    std::array<bool, kMaxCells> threadField{}; // a thread in parentheses after the logger's bracket
};

HeaderExtent findHeaderExtent(const LayoutColumns& columns);

// Cell i holds one word with its colon on every line and a number follows it: a label of the
// number (Space Engineers' "- Thread:   1 ->  …"), not who logged.
bool labelsANumber(const LayoutColumns& columns, int i);

} // namespace logsleuth::text::detail
