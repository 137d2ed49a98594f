// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// What a sample's per-position counts (layout_stats.h) say about each column: whether its shape
// is stable, whether it is a level column, a tag column, a padded or bracketed column, free text.
// Both halves of layout inference ask these questions — where the header ends
// (header_extent.cpp) and which column plays which role (layout_fields.cpp) — so they are
// answered once, here.
#pragma once

#include "layout_stats.h"

#include <array>
#include <cstddef>
#include <string_view>
#include <vector>

namespace logsleuth::text::detail {

// Share of lines that must agree on a position's shape.
constexpr double kStable = 0.8;

class LayoutColumns {
public:
    // stats: the counts of `base` lines of a sample of `lines`; tabColumn: '\t' in a tabular
    // log, else 0.
    LayoutColumns(const std::array<PositionStats, kMaxCells>& stats, int base, int lines, char tabColumn)
        : m_stats(stats), m_base(base), m_lines(lines), m_tabColumn(tabColumn)
    {
    }

    const PositionStats& at(int i) const { return m_stats[static_cast<std::size_t>(i)]; }
    int base() const { return m_base; }
    // The counted lines are most of the sample's: no other lines (continuations, prose) between.
    bool countsMost() const { return m_base >= kStable * m_lines; }
    char tabColumn() const { return m_tabColumn; }
    // A count as a share of the counted lines.
    double share(int count) const { return count / double(m_base); }
    // Fewer distinct values than a quarter of the lines: a column of a small set.
    bool fewValues(int i, std::size_t perLines = 4) const
    {
        return at(i).distinct.size() * perLines <= static_cast<std::size_t>(m_base);
    }

    Family familyAt(int i, int& count) const { return at(i).dominant(count); }
    // Most lines agree on the column's shape.
    bool stable(int i) const;
    // ... and that shape is `f`.
    bool is(int i, Family f) const;
    // Colon words of which some carry a process id ("sshd[812]:") name programs, all of them.
    bool withPidTags(int i) const;
    // A column of colon words that name who logged ("sshd[812]:", "kernel:", "MRAppMaster:"),
    // not an action in capitals (vsftpd's "OK DOWNLOAD:", "CONNECT:"), the message's own word.
    bool tagColumn(int i) const;
    // A lone dash on most lines.
    bool dashAt(int i) const;
    // A column of free text: words with blanks on most lines, seldom the same twice.
    bool freeText(int i) const;
    // A cell that a tab or '|' ends on most lines is a column, whatever it holds — unless it is
    // free text: between tabs that is the message, with more columns after it (zap's
    // "time\tlevel\tcaller\tmessage\t{…}"), unlike a column of a few names with blanks.
    bool hardDelimited(int i) const;
    // A bracketed group on most lines is a column, whatever it holds ("[Note]" beside "[ERROR]").
    bool bracketedColumn(int i) const;
    // The last cell on most lines (not one glued to the next, "[time][level]").
    bool endsLine(int i) const;
    // A column padded to its width on most lines, whatever it holds (macOS's "Default   ",
    // "Info      "): alignment says header, as a bracket does.
    bool paddedColumn(int i) const;
    // A column of tags that some lines leave empty, a lone ':' ("-- rails: msg" beside "-- : msg",
    // Ruby's Logger with and without a program name): a tag column all the same.
    bool optionalTag(int i) const;
    // A column of a few values of one shape, two or more of them level words on a fair share of
    // its lines (see the definition).
    bool fewLevels(int i) const;
    bool levelColumn(int i) const { return is(i, Family::Level) || fewLevels(i); }
    // Any of the column shapes above: the header may run on through it.
    bool columnAt(int i) const;
    // Counts on nearly every line that never fall and seldom grow by one, most of them new: the
    // milliseconds or seconds since a program started (see FieldRoles::millisecondsSinceStart).
    bool countsSinceStart(int i) const;
    // A few punctuation marks, one per line: a level written as a symbol.
    bool symbolColumn(int i) const;
    // UUIDs on half the lines or more, one placeholder on most of the rest ("unknown" outside a
    // request): a request's or correlation's id.
    bool uuidColumn(int i) const;
    // Half the values hold a key and its value ("gcodein=0"): the message has begun.
    bool keyed(int i) const;
    // A value on nearly every line of its own is an id of the record (db2diag's
    // "E71636494E574"), neither who wrote the line nor where; but a client's address and port is
    // who was served.
    bool idPerLine(int i) const;
    // Whether the digits of the values tell them apart: true but for dotted module names whose
    // digits do not ("fail2ban.filter" beside "fail2ban.actions" are loggers; "db01.corp.local"
    // beside "db02.corp.local" are hosts).
    bool digitsTellApart(int i) const;
    // Columns i and i + 1 each hold a few common values, and lines hold nearly every pairing of
    // them: two fields written side by side (svnserve's user and repository, "jenkins tools
    // open …" beside "mkoch docs open …"), where a message's first words go together ("Accepted
    // password", "Connection closed"). Column i is paired so with the one after too, where that
    // holds a few common values: an event's word before a name is not ("Player nyx7 joined",
    // "Player nyx7 respawned", but never "Player nyx7 attempt").
    bool crossedWithNext(int i) const;

private:
    // The few common values of column i, or none where it holds many or rare ones.
    std::vector<std::string_view> commonValues(int i) const;
    // Whether lines hold nearly every pairing of `left`, column i's, and `right`, column i + 1 +
    // ahead's.
    bool paired(int i, std::size_t ahead, const std::vector<std::string_view>& left,
                const std::vector<std::string_view>& right) const;

    const std::array<PositionStats, kMaxCells>& m_stats;
    int m_base;
    int m_lines;
    char m_tabColumn;
};

} // namespace logsleuth::text::detail
