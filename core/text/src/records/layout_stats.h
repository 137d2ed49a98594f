// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// What layout inference counts per cell position over a sample's lines: the family of each
// cell's shape, its delimiter and padding, its distinct values, and how many values look like
// times, levels, addresses, source locations, message codes and the rest. The rules that turn
// these counts into a layout are learned_layout.cpp's.
#pragma once

#include "cells.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace logsleuth::text::detail {

// A line's first this many cells are looked at; the header lies among them.
constexpr int kMaxCells = 14;

enum class Family : std::uint8_t { Time, Level, Number, Bracket, Word, ColonWord };

Family familyOf(CellKind kind);

struct PositionStats {
    std::array<int, 6> family{};
    int dash = 0;
    int hardDelimiter = 0;
    int commaDelimited = 0; // cells a comma ends: a header written as a comma list
    int doubledColons = 0;  // cells two colons end: "%(asctime)s::%(levelname)s::"
    int padded = 0;         // two or more blanks after the cell
    int withDigit = 0;
    int bracketed = 0;
    int opensGroup = 0;
    int moduleLevels = 0;   // "[core:error]"
    int facilityLevels = 0; // "daemon.info"
    int slashModules = 0;   // ... "[Server thread/INFO]"
    int hashModules = 0;    // ... "[duoauthproxy.lib.log#info]"
    int spaceModules = 0;   // ... "[update info]"
    int colonAfter = 0;     // bracketed groups with a colon after them: "[812]:"
    int closesGroup = 0;
    int levelPrefix = 0;                 // time cells with a level letter glued before them
    int pidPrefix = 0;                   // ... with a process id and ':' glued before them
    int colonGroups = 0;                 // ... in a bracket of ids, stamp, level and source joined by colons
    std::array<int, 4> idsBeforeStamp{}; // ... how many ids come first there
    int closedByBracket = 0;             // colon words that end in ']' ("file.go:12]")
    int severityWords = 0;               // values that name a severity ("Information", "Warning")
    int sourceLocations = 0;             // values like "db/pool.go:490": a file and a line of it
    int percentages = 0;                 // "97.49%": a measure (FreeSWITCH's idle CPU), never a name
    int quotedBrackets = 0;              // a bracket holding a quoted string: TiDB's ["message"]
    int levelSources = 0;                // "[INFO|trainer.py:2048]": a level and its source in a bracket
    int colonSources = 0;                // ... a colon between: "[INFO: Main      ]"
    int barContexts = 0;                 // ... and a request's id after it: "[I|app|46d6f6a4]"
    int nameTags = 0;                    // colon words of a name in lower case ("transit_a:", "ospf1:")
    int qualifiedNames = 0;              // values like "org.apache.catalina.startup.Catalina.start"
    int moduleNames = 0;                 // values like "app.api", "__main__"
    int dottedModules = 0;               // ... with a dot ("app.api")
    int loggerNames = 0;                 // either of those: a logger named as Python or Java name one
    int priorities = 0;                  // values that start with a syslog priority, "<34>1"
    int symbols = 0;       // values of one punctuation mark ("*", "#": Redis marks its levels so)
    int wrapped = 0;       // cells in angle brackets or parentheses ("<Notice>", "(II)")
    int parenthesised = 0; // cells that open with a parenthesis, a colon after it or not ("(eth0):")
    int braced = 0;        // cells that open with a brace: a name in braces ("{queries}")
    int capitalTags = 0;   // colon words in capitals alone ("DOWNLOAD:", "CONNECT:")
    int pidTags = 0;       // colon words with a process id ("sshd[812]:")
    int programPids = 0;   // words with a process id glued, no colon ("unbound[1817:0]")
    int messageCodes = 0;  // identifiers in capitals joined by '_' ("DHCP4_LEASE_ALLOC")
    int mnemonics = 0;     // Cisco's "%ASA-6-302013:"
    int cefRecords = 0;    // values that open a CEF record ("CEF:0|Trend Micro|…")
    int threadTags = 0;    // strongSwan's "06[NET]": a thread's number, its subsystem
    int numberedPaths = 0; // names with a number between slashes ("main/103/interactive": a fiber's)
    int openedQuotes = 0;  // words that open a quote they do not close ("\"GET"): a quoted value's
    int letters = 0;       // values of one letter ("I", "F")
    int severeLetters = 0; // ... that would name an error or worse ("E", "F")
    int addresses = 0;     // IPv4 addresses, a port allowed ("10.0.0.7", "10.0.0.7:443")
    int multiWord = 0;     // values with a blank in them (a tab column's)
    int httpStatuses = 0;  // three digits from 100 to 599
    int colonLevels = 0;   // level cells that end with ':' ("Warning:")
    int twoWordLevels = 0; // ... or whose next word does ("Fatal error:")
    int uptimes = 0;       // time cells of a kernel's seconds since boot ("[12345.507347]")
    int emptyTags = 0;     // a lone ':' where other lines name a tag ("-- : msg" beside "-- rails: msg")
    // Counts written in digits, bare or in parentheses ("1431", "(1234)"), line after line: how many,
    // how many were no smaller than the one on the line before, and how many were one more.
    int counts = 0, ascending = 0, unitSteps = 0;
    std::int64_t lastCount = -1;
    int hexIds = 0; // ids in hex digits joined by colons, in parentheses or not: msiexec's "(41:57)"
    // Values of one or two letters, a dash and digits: OpenEdge's process "P-51657", thread "T-1402…".
    int labelledIds = 0;
    int uuids = 0; // 8-4-4-4-12 hex digits: a request's or a correlation's id
    std::map<std::uint32_t, int> nextColumn;
    std::unordered_map<std::string_view, int> distinct; // each distinct value and its lines
    // The pairs of this cell's value and the next cell's ([0]) and the one after's ([1]) that
    // lines hold (hashed; at most 4096 each).
    std::array<std::unordered_set<std::uint64_t>, 2> pairsAhead;
    std::vector<RawTime> times;
    std::size_t minLength = SIZE_MAX, maxLength = 0;
    std::array<int, 256> delimiter{};

    Family dominant(int& count) const
    {
        const auto best = std::max_element(family.begin(), family.end());
        count = *best;
        return static_cast<Family>(best - family.begin());
    }
    char commonDelimiter() const
    {
        return static_cast<char>(std::max_element(delimiter.begin(), delimiter.end()) - delimiter.begin());
    }
};

// The family that leads a line: its first cell's, or a stamp's after a mark ("== <stamp> …").
Family leadOf(const std::vector<Cell>& cells, std::string_view line);

// Counts the cells of the lines led by the `leading` family (leadOf) into `stats`;
// returns how many lines were counted.
int countPositions(const std::vector<std::string_view>& sample,
                   const std::vector<std::vector<Cell>>& cellsOfLine, Family leading,
                   std::array<PositionStats, kMaxCells>& stats);

// A message's code: capitals and digits joined by '_', a letter first ("DHCP4_LEASE_ALLOC").
bool isMessageCode(std::string_view word);

// One hash for a cell's value and a later cell's, as PositionStats::pairsAhead holds them.
std::uint64_t pairOfValues(std::string_view value, std::string_view next);

// Four numbers of 0-255 joined by dots, and perhaps ":port" ("10.0.0.7", "10.0.0.7:443").
bool isAddress(std::string_view s);

} // namespace logsleuth::text::detail
