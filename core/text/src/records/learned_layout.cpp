// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Layout inference. Every sampled line is read as cells; per cell position we count shapes,
// delimiters, padding and distinct values (layout_stats.cpp). The header is the longest run of
// positions whose shape is stable across lines and that ends in what only headers hold, extended
// by what commonly follows (header_extent.cpp); its fields then get their roles
// (layout_fields.cpp). Nothing here names a product or a sample file.
#include "learned_layout.h"
#include "cells.h"
#include "layout_fields.h"

#include <algorithm>
#include <array>

namespace logsleuth::text {
namespace {

using detail::Cell;
using detail::Family;
using detail::familyOf;
using detail::kMaxCells;
using detail::kStable;
using detail::LoggerAtEnd;
using detail::PositionStats;

// Stamped lines that lead so few of a sample's lines (under 30 %) show a layout only when there
// are at least this many of them.
constexpr int kMinHeaderLines = 20;

// Where a record of comma-separated values starts in a line or message (a firewall's CSV record
// after its syslog header, "… PA-FW01 1,2026/12/01 10:00:00,0132…,TRAFFIC,end,…"): the first
// word with a comma from which commas run on to the end, eight and more, at least two to a
// blank. npos where there is none. Its fields are values of the message: no learned header
// reaches into it.
std::size_t commaRecordStart(std::string_view line)
{
    constexpr std::size_t kMinCommas = 8;
    std::size_t commas = 0, blanks = 0, start = std::string_view::npos;
    bool commaInWord = false;
    // From the end, so that every word start is tried with the counts of what follows it.
    for (std::size_t i = line.size(); i-- > 0;) {
        if (line[i] == ',') {
            ++commas;
            commaInWord = true;
        }
        if (line[i] != ' ' && line[i] != '\t' && i > 0) continue;
        const bool wordStart = line[i] == ' ' || line[i] == '\t';
        if (commaInWord && commas >= kMinCommas && commas >= 2 * blanks) start = wordStart ? i + 1 : 0;
        if (wordStart) ++blanks;
        commaInWord = false;
    }
    return start;
}

} // namespace

std::unique_ptr<RecordParser> inferLearnedLayout(const std::vector<std::string_view>& sample)
{
    // Cells of every sampled line, and the lines that start like most lines do (continuation
    // lines of multi-line records start differently and must not dilute the statistics).
    // A tabular log: most lines hold a tab after their first cell.
    const auto interiorTab = [](std::string_view line) {
        const std::size_t first = line.find_first_not_of(" \t");
        return first != std::string_view::npos && line.find('\t', first) != std::string_view::npos;
    };
    const auto tabbed = std::count_if(sample.begin(), sample.end(), interiorTab);
    const char tabColumn = double(tabbed) >= kStable * double(sample.size()) ? '\t' : 0;

    std::vector<std::vector<Cell>> cellsOfLine;
    cellsOfLine.reserve(sample.size());
    std::array<int, 6> firstFamily{};
    for (std::string_view line : sample) {
        std::vector<Cell> cells;
        std::uint32_t pos = 0;
        Cell cell;
        const std::size_t recordStart = commaRecordStart(line); // its fields are the message's
        while (cells.size() < kMaxCells && line.size() < UINT32_MAX && pos < recordStart &&
               detail::readCell(line, pos, true, cell, tabColumn) && cell.begin < recordStart) {
            cells.push_back(cell);
            pos = cell.next;
        }
        if (!cells.empty()) ++firstFamily[static_cast<std::size_t>(detail::leadOf(cells, line))];
        cellsOfLine.push_back(std::move(cells));
    }
    // Records start with a timestamp or a level even where their continuation lines outnumber them.
    auto leading =
        static_cast<Family>(std::max_element(firstFamily.begin(), firstFamily.end()) - firstFamily.begin());
    for (Family f : {Family::Level, Family::Time})
        if (firstFamily[static_cast<std::size_t>(f)] * 10 >= static_cast<int>(sample.size()) * 3) leading = f;
    // ... and where they are a minority too, when stamps lead one line in forty or more (IBM's
    // db2diag.log: a stamp, then seven lines of "NAME : value" and a blank line; MQ's
    // AMQERR01.LOG, a stamp in some twenty lines of details and prose; Craft CMS's web.log, a
    // stack trace and a dump of $_SERVER under each): the lines between belong to their records
    // (see HeaderLedParser).
    const int stamped = firstFamily[static_cast<std::size_t>(Family::Time)];
    const bool stampsLeadFew = stamped * 40 >= static_cast<int>(sample.size()) && stamped >= kMinHeaderLines;
    if (leading != Family::Level && leading != Family::Time && stampsLeadFew) leading = Family::Time;
    std::array<PositionStats, kMaxCells> stats;
    const int base = detail::countPositions(sample, cellsOfLine, leading, stats);
    if (base == 0 || (base * 10 < static_cast<int>(sample.size()) * 3 && !stampsLeadFew)) return nullptr;
    const detail::LayoutColumns columns(stats, base, static_cast<int>(sample.size()), tabColumn);
    const detail::HeaderExtent extent = detail::findHeaderExtent(columns);
    if (extent.end == 0) return nullptr;
    // A logger closing most lines that open with the header, in parentheses ("… (kafka.log.Log)"),
    // in brackets ("… [OServer]") or between bars with or without a thread after it ("… |
    // org.apache.activemq.broker.BrokerService | main"), is the component.
    const LoggerAtEnd loggerAtEnd = detail::loggerAtEndOf(
        sample, std::size_t(base),
        std::count_if(stats.begin(), stats.begin() + extent.end,
                      [](const PositionStats& s) { return s.commonDelimiter() == '|'; }),
        kStable);
    int timeField = -1;
    std::vector<LayoutField> fields = detail::layoutFields(columns, extent, loggerAtEnd, timeField);
    return std::make_unique<LearnedLayoutParser>(std::move(fields), timeField, tabColumn, loggerAtEnd);
}

} // namespace logsleuth::text
