// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Layout inference. Every sampled line is read as cells; per cell position we count shapes,
// delimiters, padding and distinct values. The header is the longest run of positions whose
// shape is stable across lines and that ends in what only headers hold — a timestamp, a level,
// a hard delimiter ('|', tab) — extended by what commonly follows those: process ids, bracketed
// contexts, " - " separators, a "logger:" or "host tag[pid]:", a padded column. Where the
// run stops, the message starts. Nothing here names a product or a sample file.
#include "learned_layout.h"
#include "../ascii.h"
#include "cells.h"
#include "layout_stats.h"
#include "logsleuth/text/records.h"
#include "source_location.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <numeric>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace logsleuth::text {
namespace {

using detail::Cell;
using detail::CellKind;
using detail::Family;
using detail::familyOf;
using detail::isModuleName;
using detail::isQualifiedName;
using detail::isSourceLocation;
using detail::kCellKinds;
using detail::kMaxCells;
using detail::LoggerAtEnd;
using detail::PositionStats;

constexpr double kStable = 0.8; // share of lines that must agree on a position's shape
// A level column with at most this many words in the sample keeps them as its vocabulary.
constexpr std::size_t kMaxLevelWords = 32;
// Stamped lines that lead so few of a sample's lines (under 30 %) show a layout only when there
// are at least this many of them.
constexpr int kMinHeaderLines = 20;

// The name of a key whose value is a level: "level", "LEVEL", "Severity", "priority", "lvl".
bool isLevelKey(std::string_view word)
{
    for (std::string_view key : {"level", "severity", "priority", "loglevel", "lvl"})
        if (ascii::equalsIgnoringCase(word, key)) return true;
    return false;
}

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
        if (!cells.empty()) ++firstFamily[static_cast<std::size_t>(familyOf(cells.front().kind))];
        cellsOfLine.push_back(std::move(cells));
    }
    // Records start with a timestamp or a level even where their continuation lines outnumber them.
    auto leading =
        static_cast<Family>(std::max_element(firstFamily.begin(), firstFamily.end()) - firstFamily.begin());
    for (Family f : {Family::Level, Family::Time})
        if (firstFamily[static_cast<std::size_t>(f)] * 10 >= static_cast<int>(sample.size()) * 3) leading = f;
    // ... and where they are a minority too, when stamps lead enough of them (IBM's db2diag.log:
    // a stamp, then seven lines of "NAME : value" and a blank line): the lines between belong to
    // their records (see HeaderLedParser).
    const int stamped = firstFamily[static_cast<std::size_t>(Family::Time)];
    const bool stampsLeadFew = stamped * 10 >= static_cast<int>(sample.size()) && stamped >= kMinHeaderLines;
    if (leading != Family::Level && leading != Family::Time && stampsLeadFew) leading = Family::Time;
    std::array<PositionStats, kMaxCells> stats;
    const int base = detail::countPositions(sample, cellsOfLine, leading, stats);
    if (base == 0 || (base * 10 < static_cast<int>(sample.size()) * 3 && !stampsLeadFew)) return nullptr;
    const double n = base;
    auto share = [&](int count) { return count / n; };
    auto familyAt = [&](int i, int& count) { return stats[static_cast<std::size_t>(i)].dominant(count); };
    auto stable = [&](int i) {
        int count = 0;
        familyAt(i, count);
        return share(count) >= kStable;
    };
    auto is = [&](int i, Family f) {
        if (i >= kMaxCells) return false;
        int count = 0;
        return familyAt(i, count) == f && share(count) >= kStable;
    };
    // Colon words of which some carry a process id ("sshd[812]:") name programs, all of them.
    auto withPidTags = [&](int i) { return share(stats[static_cast<std::size_t>(i)].pidTags) >= 0.05; };
    // A column of colon words that name who logged ("sshd[812]:", "kernel:", "MRAppMaster:"), not
    // an action in capitals (vsftpd's "OK DOWNLOAD:", "CONNECT:"), which is the message's own word.
    auto tagColumn = [&](int i) {
        return is(i, Family::ColonWord) &&
               (share(stats[static_cast<std::size_t>(i)].capitalTags) < kStable || withPidTags(i));
    };
    auto dashAt = [&](int i) {
        return i < kMaxCells && share(stats[static_cast<std::size_t>(i)].dash) >= kStable;
    };

    // A cell that a tab or '|' ends on most lines is a column, whatever it holds.
    // A column of free text: words with blanks on most lines, seldom the same twice. Between tabs
    // it is the message, with more columns after it (zap's "time\tlevel\tcaller\tmessage\t{…}"),
    // unlike a column of a few names with blanks ("Service Control Manager").
    auto freeText = [&](int i) {
        const PositionStats& s = stats[static_cast<std::size_t>(i)];
        return share(s.multiWord) >= 0.5 && s.distinct.size() * 4 > static_cast<std::size_t>(base);
    };
    auto hardDelimited = [&](int i) {
        return i < kMaxCells && share(stats[static_cast<std::size_t>(i)].hardDelimiter) >= kStable &&
               !freeText(i);
    };
    // A bracketed group on most lines is a column, whatever it holds ("[Note]" beside "[ERROR]").
    auto bracketedColumn = [&](int i) {
        return i < kMaxCells && share(stats[static_cast<std::size_t>(i)].bracketed) >= kStable;
    };
    // The last cell on most lines (not one glued to the next, "[time][level]").
    auto endsLine = [&](int i) {
        if (i + 1 >= kMaxCells) return false;
        const PositionStats& after = stats[static_cast<std::size_t>(i + 1)];
        const int followed = std::accumulate(after.family.begin(), after.family.end(), 0);
        return share(stats[static_cast<std::size_t>(i)].delimiter[0]) >= kStable &&
               share(followed) <= 1.0 - kStable;
    };
    // A column padded to its width on most lines, whatever it holds (macOS's "Default   ",
    // "Info      " beside each other): alignment says header, as a bracket does.
    auto paddedColumn = [&](int i) {
        return i > 0 && i < kMaxCells && share(stats[static_cast<std::size_t>(i)].padded) >= kStable;
    };
    // A column of tags that some lines leave empty, a lone ':' ("-- rails: msg" beside "-- : msg",
    // Ruby's Logger with and without a program name): a tag column all the same.
    auto optionalTag = [&](int i) {
        if (i >= kMaxCells) return false;
        const PositionStats& s = stats[static_cast<std::size_t>(i)];
        const int tags = s.family[static_cast<std::size_t>(Family::ColonWord)];
        return s.emptyTags > 0 && share(tags) >= 1.0 - kStable && share(tags + s.emptyTags) >= kStable;
    };
    // A column of a few values of one shape (single capitals, or words of letters in angle
    // brackets or parentheses), two or more of them level words on a fair share of its lines: levels, the
    // values that name no severity included (WebSphere's "O" and "R", which mark what a program wrote to its
    // standard output and error, beside "I", "W", "E"; Suricata's "<Perf>" beside "<Notice>"). Letters that
    // would make most lines errors are some other flag (the Level family's rule).
    constexpr std::size_t kMaxFewLevels = 8;
    enum class LevelShape : std::uint8_t { Other, Letter, Word };
    auto shapeOf = [](std::string_view value) {
        if (value.size() == 1) return ascii::isUpper(value[0]) ? LevelShape::Letter : LevelShape::Other;
        return !value.empty() && std::all_of(value.begin(), value.end(), ascii::isAlpha) ? LevelShape::Word
                                                                                         : LevelShape::Other;
    };
    auto fewLevels = [&](int i) {
        if (i >= kMaxCells) return false;
        const PositionStats& s = stats[static_cast<std::size_t>(i)];
        if (s.distinct.size() > kMaxFewLevels || s.distinct.empty()) return false;
        const auto most = std::max_element(s.distinct.begin(), s.distinct.end(),
                                           [](const auto& a, const auto& b) { return a.second < b.second; });
        const LevelShape shape = shapeOf(most->first);
        if (shape == LevelShape::Word && share(s.wrapped) < kStable) return false; // a message's first words
        int levelWords = 0, levelLines = 0, shaped = 0;
        for (const auto& [word, lines] : s.distinct) {
            if (shape == LevelShape::Other || shapeOf(word) != shape) continue;
            shaped += lines;
            if (severityOf(word) == Severity::Unknown) continue;
            ++levelWords;
            levelLines += lines;
        }
        return levelWords >= 2 && share(shaped) >= kStable && share(levelLines) >= 0.1 &&
               s.severeLetters * 2 <= s.letters;
    };
    auto levelColumn = [&](int i) { return is(i, Family::Level) || fewLevels(i); };
    auto columnAt = [&](int i) {
        return stable(i) || hardDelimited(i) || bracketedColumn(i) || paddedColumn(i) || optionalTag(i) ||
               fewLevels(i);
    };
    // A few punctuation marks, one per line, after the anchor: a level written as a symbol.
    constexpr std::size_t kMaxSymbols = 8;
    auto symbolColumn = [&](int i) {
        if (i >= kMaxCells) return false;
        const PositionStats& s = stats[static_cast<std::size_t>(i)];
        return share(s.symbols) >= kStable && s.distinct.size() <= kMaxSymbols;
    };
    // The anchor: the last stable timestamp, level or hard-delimited cell with only stable cells before it.
    // After a program's tag, a stamp right after it opens the program's own header (an
    // application's log sent through syslog); one further on belongs to the message (HAProxy's
    // "haproxy[812]: 10.0.0.7:5123 [01/Dec/2026:10:00:00.123] …"), and so does a kernel's
    // seconds since boot ("kernel: [12345.507347] [UFW BLOCK] IN=eth0 …"), as in its ring buffer.
    int headerEnd = 0;
    int tagAt = -1;
    for (int i = 0; i < kMaxCells - 2 && columnAt(i); ++i) {
        const bool bootClock = share(stats[static_cast<std::size_t>(i)].uptimes) >= kStable;
        const bool programStamp = tagAt < 0 || (i == tagAt + 1 && !bootClock);
        if ((is(i, Family::Time) && programStamp) || levelColumn(i) || hardDelimited(i)) headerEnd = i + 1;
        if (tagAt < 0 && tagColumn(i)) tagAt = i;
    }
    // Without a timestamp or level (or with stamps no parser reads), a stable "tag:" within the
    // first few cells still ends a header: syslog's "host tag[pid]:", "Component: message".
    // A key and its value before it ("Stats 33.1: gcodein=0  mcu: mcu_awake=0.017 …", a log that
    // says one thing on most lines) says the message has begun.
    const auto keyed = [&](int i) {
        int lines = 0;
        for (const auto& [value, count] : stats[static_cast<std::size_t>(i)].distinct)
            if (value.find('=') != std::string_view::npos) lines += count;
        return share(lines) >= 0.5;
    };
    constexpr int kTagWithin = 6;
    for (int i = 0; headerEnd == 0 && i < kTagWithin && stable(i) && !keyed(i); ++i)
        if (tagColumn(i) && i > 0) headerEnd = i + 1;
    if (headerEnd == 0) return nullptr;
    // Before the anchor every word is read leniently: a leading "-" that most lines carry may
    // be a label or a host on others.
    const int anchorEnd = headerEnd;

    std::vector<bool> spanToDash(kMaxCells, false), dashField(kMaxCells, false),
        threadField(kMaxCells, false);
    // Right after a level, names in lower case before a colon on half the lines or more, from a
    // small set (BIRD's protocols: "<TRACE> transit_a: State changed to up" beside "<INFO>
    // Reconfigured"): a tag that the daemon's own lines leave out. A message's own openings are
    // capitalised ("Error:", "TCP:") or many.
    // (Not where a column before the level names who logged already.)
    bool loggerBefore = false;
    for (int i = 0; i < anchorEnd; ++i)
        loggerBefore = loggerBefore || tagColumn(i) ||
                       share(stats[static_cast<std::size_t>(i)].sourceLocations) >= kStable;
    if (headerEnd == anchorEnd && anchorEnd < kMaxCells && levelColumn(anchorEnd - 1) &&
        !columnAt(anchorEnd) && !loggerBefore) {
        const PositionStats& s = stats[static_cast<std::size_t>(anchorEnd)];
        const int tags = s.family[static_cast<std::size_t>(Family::ColonWord)];
        if (share(tags) >= 0.5 && s.nameTags * 10 >= tags * 9 &&
            s.distinct.size() * 20 <= static_cast<std::size_t>(base))
            headerEnd = anchorEnd + 1;
    }
    // What commonly follows the anchor.
    bool afterAddress = false;
    for (int i = headerEnd; i < kMaxCells - 1 && columnAt(i); ++i) {
        const PositionStats& s = stats[static_cast<std::size_t>(i)];
        // The message's code, unless some of the column's words carry a process id: then the
        // codes are programs too (Junos' "RT_FLOW:" beside "sshd[812]:").
        if (share(s.messageCodes) >= kStable && s.distinct.size() > 1 && !withPidTags(i)) break;
        if (share(s.threadTags) >= kStable) {
            headerEnd = i + 1;
            continue;
        }
        // Brackets that quote a string on many lines hold the message, quoted where it has
        // blanks (PingCAP's unified format: TiDB's "[time] [LEVEL] [file.go:260] [\"command
        // dispatched failed\"] [conn=2098440]…" beside "[expensive_query]"): a header's brackets
        // never quote.
        if (share(s.quotedBrackets) >= 0.3) break;
        if (hardDelimited(i) || bracketedColumn(i) || symbolColumn(i) || is(i, Family::Number) ||
            is(i, Family::Bracket) || levelColumn(i) || is(i, Family::Time) || dashAt(i) ||
            (paddedColumn(i) && !stable(i))) {
            headerEnd = i + 1;
            continue;
        }
        // A column of source locations ("switch_core.c:2493") says where the line was logged.
        if (share(s.sourceLocations) >= kStable) {
            headerEnd = i + 1;
            continue;
        }
        // A thread in parentheses after the logger's bracket (Quarkus' and WildFly's "[%c{3.}]
        // (%t) %s": "[org.keycloak.events] (executor-thread-12) type=…").
        if (i > 0 && bracketedColumn(i - 1) && share(s.parenthesised) >= kStable &&
            share(s.wrapped) >= kStable) {
            headerEnd = i + 1;
            threadField[static_cast<std::size_t>(i)] = true;
            break; // the message follows
        }
        if (is(i, Family::ColonWord) && !tagColumn(i)) break; // an action: the message starts here
        if (tagColumn(i) || optionalTag(i)) {
            headerEnd = i + 1;
            break;
        }
        if (!is(i, Family::Word)) break;
        // A column of addresses names who logged or who was served ("<time> <ms> <client> …").
        // After it only columns of their own shape (a level, a bracket) are header: the words
        // that follow are a request's, not a logger's.
        if (share(s.addresses) >= kStable) {
            headerEnd = i + 1;
            afterAddress = true;
            continue;
        }
        if (afterAddress) break;
        // A name alone after the anchor, ending the line: its message follows on the lines after
        // ("info: Shop.Orders.Controller[14]" above an indented message).
        if (i == anchorEnd && endsLine(i)) {
            headerEnd = i + 1;
            break;
        }
        // A word is header when what follows says so.
        const bool hostThenTag = tagColumn(i + 1);
        const bool thenBracket = is(i + 1, Family::Bracket);
        const double dashNext =
            share(stats[static_cast<std::size_t>(i + 1)].dash) +
            (i + 2 < kMaxCells ? share(stats[static_cast<std::size_t>(i + 2)].dash) : 0.0);
        const bool thenDash =
            dashNext >= kStable && share(stats[static_cast<std::size_t>(i + 1)].dash) >= 0.5;
        int alignedCount = 0;
        for (const auto& [column, count] : s.nextColumn)
            alignedCount = std::max(alignedCount, count);
        const bool padded =
            share(s.padded) >= kStable || (share(alignedCount) >= kStable && s.maxLength > s.minLength + 1);
        // A dash right after wins over alignment: a log that says one thing on most lines
        // aligns its message's first words as well as any column.
        // A word before a column of levels is header: a host, a program, a constant ("PHP
        // Warning:").
        const bool thenLevel = levelColumn(i + 1);
        // ... and right after the anchor, before a column of addresses: a load balancer's name
        // before its client's ("shop-elb 203.0.113.7:5123 10.0.1.2:80 …"). Further on, a word
        // before an address is a message's verb ("[sshd] Ban 203.0.113.7").
        const bool thenAddress = i == anchorEnd && i + 1 < kMaxCells &&
                                 share(stats[static_cast<std::size_t>(i + 1)].addresses) >= kStable;
        if ((hostThenTag || thenBracket || padded || thenLevel || thenAddress) && !thenDash) {
            headerEnd = i + 1;
            continue;
        }
        if (thenDash) {
            // "Component - message": the dash ends the header (log4j's "%c - %m", Python's
            // "%(name)s - %(message)s"). What follows is the message, however alike its first
            // words are on every line of a log that says one thing over and over.
            spanToDash[static_cast<std::size_t>(i)] = !dashAt(i + 1);
            dashField[static_cast<std::size_t>(i + 1)] = true;
            headerEnd = i + 2;
            // A host, a lone colon and the message's mnemonic (Cisco ASA's "fw-01 :
            // %ASA-6-302013:"): the mnemonic is the tag, its facility and severity read from it.
            if (dashAt(i + 1) && i + 2 < kMaxCells &&
                share(stats[static_cast<std::size_t>(i + 2)].mnemonics) >= kStable)
                headerEnd = i + 3;
            break;
        }
        // A logger or method named as Java and .NET qualify it, from a small set, with the message
        // right after it (Tomcat's "[main] org.apache.catalina.startup.Catalina.start Server startup").
        if (share(s.qualifiedNames) >= kStable && s.distinct.size() * 4 <= static_cast<std::size_t>(base)) {
            headerEnd = i + 1;
            break;
        }
        // Right after a level, a logger named after its module, as Python's "%(levelname)s
        // %(name)s %(message)s" writes it: lower-case names from a small set, most of them
        // dotted ("app.api", "urllib3.connectionpool"), which a message's first word seldom is.
        if (i == anchorEnd && is(i - 1, Family::Level) && share(s.moduleNames) >= kStable &&
            share(s.dottedModules) >= 0.5 && s.distinct.size() * 4 <= static_cast<std::size_t>(base)) {
            headerEnd = i + 1;
            break;
        }
        // A few stable fields and then a dash ("host app pid msgid - message", RFC 5424): the
        // dash ends the header there too.
        for (int j = i + 1; j <= i + 4 && j < kMaxCells - 1; ++j) {
            if (dashAt(j)) {
                dashField[static_cast<std::size_t>(j)] = true;
                headerEnd = j + 1;
                break;
            }
            if (!stable(j)) break;
        }
        break;
    }
    // A tabular log's message is its last column: the header reaches into it by one tag at most
    // ("…\tINFO\tapp.model.Work: message"). Cells further on are the message's words, however
    // alike ("TIMELINE: Query 20261201_100005_00333 :: FINISHED" is no tag, name and stamp).
    if (tabColumn != 0) {
        int lastTab = -1;
        for (int i = 0; i < kMaxCells; ++i)
            if (share(stats[static_cast<std::size_t>(i)].delimiter['\t']) >= kStable) lastTab = i;
        if (lastTab >= 0 && headerEnd > lastTab + 1 && !(headerEnd == lastTab + 2 && tagColumn(lastTab + 1)))
            headerEnd = lastTab + 1;
    }

    // A logger closing most lines, in parentheses ("… (kafka.log.Log)") or between bars with or
    // without a thread after it ("… | org.apache.activemq.broker.BrokerService | main"), is the
    // component.
    const LoggerAtEnd loggerAtEnd = detail::loggerAtEndOf(
        sample,
        std::count_if(stats.begin(), stats.begin() + headerEnd,
                      [](const PositionStats& s) { return s.commonDelimiter() == '|'; }),
        kStable);

    // The fields and their roles.
    std::vector<LayoutField> fields;
    int levelField = -1, componentField = -1, entityField = -1, timeField = -1, bestTime = -1;
    for (int i = 0; i < headerEnd; ++i) {
        const PositionStats& s = stats[static_cast<std::size_t>(i)];
        int count = 0;
        Family family = s.dominant(count);
        if (optionalTag(i)) {
            family = Family::ColonWord;
            count = s.family[static_cast<std::size_t>(Family::ColonWord)];
        }
        if (fewLevels(i)) {
            family = Family::Level;
            count = base;
        }
        LayoutField field;
        field.delimiter = s.commonDelimiter();
        field.endsLine = i + 1 == headerEnd && endsLine(i);
        field.bracketed = share(s.bracketed) >= kStable;
        field.colonAfter = field.bracketed && s.colonAfter * 2 > s.bracketed;
        // A stamp in parentheses: "(<Time>):".
        field.parenthesised = field.bracketed && s.parenthesised * 2 > s.bracketed;
        field.opensGroup = share(s.opensGroup) >= kStable;
        field.moduleLevel = share(s.moduleLevels) >= kStable;
        field.levelSource = share(s.levelSources) >= kStable;
        field.facilityLevel = share(s.facilityLevels) >= kStable;
        if (s.slashModules * 2 > s.moduleLevels) field.moduleSeparator = '/';
        field.closesGroup = share(s.closesGroup) >= kStable;
        field.spanToDash = spanToDash[static_cast<std::size_t>(i)];
        switch (family) {
        case Family::Time: {
            field.kind = CellKind::Time;
            field.role = Role::Time;
            // The most informative stamp: with a year, then the finest.
            int score = 0;
            for (const RawTime& t : s.times)
                score = std::max(score, t.information());
            if (score > bestTime) {
                bestTime = score;
                timeField = i;
            }
            field.gluedLevel = share(s.levelPrefix) >= kStable;
            field.gluedPid = share(s.pidPrefix) >= kStable;
            if (share(s.colonGroups) >= kStable) {
                field.colonGroup = true;
                field.idsBeforeStamp = static_cast<std::uint8_t>(
                    std::max_element(s.idsBeforeStamp.begin(), s.idsBeforeStamp.end()) -
                    s.idsBeforeStamp.begin());
                if (levelField < 0) levelField = i;
            }
            if (field.gluedLevel && levelField < 0) levelField = i;
            break;
        }
        case Family::Level:
            // A column of letters that would make most lines errors is some other flag: errors
            // are the exception in any log (a container runtime's F/P marks whole or partial
            // lines). Level words are kept: an error log may well hold errors only.
            if (s.letters * 2 > count && s.severeLetters * 2 > s.letters) {
                field.kind = CellKind::Word;
                field.role = s.distinct.size() <= 1 ? Role::Constant : Role::Other;
                if (s.distinct.size() == 1) field.literal = std::string(s.distinct.begin()->first);
                break;
            }
            field.kind = CellKind::Level;
            field.role = levelField < 0 ? Role::Level : Role::Other;
            // Levels before a colon, some in two words: "PHP Warning:" beside "PHP Fatal error:".
            field.levelPhrase = s.twoWordLevels * 100 >= count &&
                                double(s.colonLevels + s.twoWordLevels) >= kStable * double(count);
            if (levelField < 0) levelField = i;
            // Its vocabulary: the words of at least 1 % of its level cells, so that a few
            // lines of another layout in the sample do not teach their host as a level.
            if (field.role == Role::Level && !field.moduleLevel && s.distinct.size() <= kMaxLevelWords)
                for (const auto& [word, lines] : s.distinct)
                    if (lines * 100 >= count) field.levelWords.emplace_back(word);
            break;
        case Family::Number:
            field.kind = CellKind::Number;
            field.role = Role::Pid;
            break;
        case Family::Bracket:
            field.kind = CellKind::Bracket;
            field.role = Role::Context;
            break;
        case Family::ColonWord:
            field.kind = CellKind::ColonWord;
            field.closer = s.closedByBracket * 2 > count ? ']' : ':';
            field.parenthesised = s.closedByBracket * 2 <= count && share(s.parenthesised) >= kStable;
            // A key that names the level after it, the same on every line ("LEVEL: Info",
            // "Severity: Warning"): a label, not who logged.
            if (s.distinct.size() == 1 && isLevelKey(s.distinct.begin()->first) && levelColumn(i + 1)) {
                field.role = Role::Constant;
                field.literal = std::string(s.distinct.begin()->first) + field.closer;
                break;
            }
            field.role = Role::Component;
            componentField = i;
            break;
        case Family::Word:
            field.kind = i >= anchorEnd && (dashAt(i) || dashField[static_cast<std::size_t>(i)])
                             ? CellKind::Dash
                             : CellKind::Word;
            field.role = s.distinct.size() <= 1 || field.kind == CellKind::Dash ? Role::Constant
                         : threadField[static_cast<std::size_t>(i)]             ? Role::Context
                                                                                : Role::Other;
            if (s.distinct.size() == 1) field.literal = std::string(s.distinct.begin()->first);
            // strongSwan's "06[NET]": its value, the subsystem, names the component.
            if (share(s.threadTags) >= kStable && componentField < 0) {
                field.role = Role::Component;
                componentField = i;
                break;
            }
            // A column of severity names the level list does not take alone ("Information"), or
            // of symbols after the anchor.
            if (field.role == Role::Other && levelField < 0 &&
                (share(s.severityWords) >= kStable || (i >= anchorEnd && symbolColumn(i)))) {
                field.role = Role::Level;
                levelField = i;
            }
            break;
        }
        fields.push_back(field);
    }
    // Without a level column, a column of HTTP statuses (a load balancer's, before the request)
    // is the level, as an access log's is: three digits from 100 to 599, more than one of them
    // (a column of pids that happen to have three digits stands beside a level column).
    for (int i = 0; levelField < 0 && i < headerEnd; ++i) {
        const PositionStats& s = stats[static_cast<std::size_t>(i)];
        int count = 0;
        if (fields[static_cast<std::size_t>(i)].kind == CellKind::Number &&
            s.dominant(count) == Family::Number && s.distinct.size() > 1 && s.httpStatuses == count) {
            fields[static_cast<std::size_t>(i)].role = Role::Level;
            levelField = i;
        }
    }
    auto wordField = [&](int i) {
        return i >= 0 && i < headerEnd && fields[static_cast<std::size_t>(i)].kind == CellKind::Word;
    };
    // A value on nearly every line of its own is an id of the record (db2diag's "E71636494E574"),
    // neither who wrote the line nor where; but a client's address and port is who was served.
    auto idPerLine = [&](int i) {
        const PositionStats& s = stats[static_cast<std::size_t>(i)];
        return double(s.distinct.size()) >= 0.9 * n && share(s.addresses) < 0.5;
    };
    // A source location before a function's tag names the component by its file, the function
    // being part of it (OpenOCD's "options.c:94 add_default_dirs(): …").
    if (componentField > 0 && wordField(componentField - 1) &&
        share(stats[static_cast<std::size_t>(componentField - 1)].sourceLocations) >= kStable) {
        fields[static_cast<std::size_t>(componentField)].role = Role::Other;
        componentField = componentField - 1;
        fields[static_cast<std::size_t>(componentField)].sourceLocation = true;
    }
    // A syslog host sits right before its tag, or before a lone colon before it.
    if (componentField > 0 && wordField(componentField - 1)) entityField = componentField - 1;
    if (componentField > 1 && fields[static_cast<std::size_t>(componentField - 1)].kind == CellKind::Dash &&
        wordField(componentField - 2))
        entityField = componentField - 2;
    // A name qualified by an instance in parentheses before the colon (NetworkManager's
    // "device (eth0):", "dhcp4 (wlp2s0):") is the component and the instance its entity: a
    // syslog tag is never in parentheses.
    if (componentField > 0 && entityField == componentField - 1 &&
        fields[static_cast<std::size_t>(componentField)].parenthesised) {
        entityField = componentField;
        componentField = componentField - 1;
    }
    // A column of programs with their process ids glued, no colon after them ("unbound[1817:0]
    // warning: …"), names the component by the program.
    for (int i = 0; componentField < 0 && i < headerEnd; ++i)
        if (wordField(i) && share(stats[static_cast<std::size_t>(i)].programPids) >= kStable) {
            componentField = i;
            fields[static_cast<std::size_t>(i)].programPid = true;
        }
    // A column of source locations ("db/pool.go:490", or in brackets: TiDB's "[server.go:260]")
    // names the component by its file.
    for (int i = 0; componentField < 0 && i < headerEnd; ++i)
        if ((wordField(i) || fields[static_cast<std::size_t>(i)].kind == CellKind::Bracket) &&
            share(stats[static_cast<std::size_t>(i)].sourceLocations) >= kStable) {
            componentField = i;
            fields[static_cast<std::size_t>(i)].sourceLocation = true;
        }
    // Otherwise the first varying word with digits in most values (node-12, host3, R02-M1), but
    // neither a source location nor a syslog priority ("<34>1"), nor dotted module names whose
    // digits do not tell them apart: "fail2ban.filter" and "fail2ban.actions" are loggers with a
    // digit in their name ("db01.corp.local" and "db02.corp.local" are hosts).
    const auto digitsTellApart = [&](const PositionStats& s) {
        if (share(s.dottedModules) < 0.5) return true;
        std::unordered_set<std::string> withoutDigits;
        for (const auto& [value, lines] : s.distinct) {
            std::string shape;
            for (char c : value)
                if (!ascii::isDigit(c)) shape.push_back(c);
            withoutDigits.insert(std::move(shape));
        }
        return withoutDigits.size() < s.distinct.size();
    };
    if (entityField < 0) {
        for (int i = 0; i < headerEnd; ++i) {
            const PositionStats& s = stats[static_cast<std::size_t>(i)];
            if (wordField(i) && s.distinct.size() > 1 && share(s.withDigit) >= 0.5 && digitsTellApart(s) &&
                i != componentField && share(s.sourceLocations) < 0.5 && share(s.priorities) < 0.5 &&
                share(s.programPids) < 0.5 && share(s.percentages) < 0.5 && !idPerLine(i) &&
                share(s.wrapped) < 0.5) { // "(Thread-7)": a thread, not who logged
                entityField = i;
                break;
            }
        }
    }
    // A column of one package's modules, "%(name)s" anywhere in a Python header (Synapse's
    // "… - synapse.access.http.8008 - 460 - INFO - …"): dotted module names that share their first
    // name, as a host's do not ("db01.corp.local", "web02.corp.local").
    for (int i = 0; componentField < 0 && i < headerEnd; ++i) {
        const PositionStats& s = stats[static_cast<std::size_t>(i)];
        if (!wordField(i) || i == entityField) continue;
        std::unordered_map<std::string_view, int> linesOfPackage;
        int most = 0;
        for (const auto& [value, lines] : s.distinct) {
            const std::size_t dot = value.find('.');
            const bool module = dot != std::string_view::npos && dot > 0 && ascii::isLower(value[0]) &&
                                std::all_of(value.begin(), value.end(), [](char c) {
                                    return ascii::isLower(c) || ascii::isDigit(c) || c == '_' || c == '.';
                                });
            if (module) most = std::max(most, linesOfPackage[value.substr(0, dot)] += lines);
        }
        if (share(most) >= kStable) componentField = i;
    }
    // The word before a dash that ends the header names the logger ("%c - %m"), even when a log
    // written by one logger holds the same word on every line.
    if (const int beforeDash = headerEnd - 2;
        componentField < 0 && beforeDash >= anchorEnd && wordField(beforeDash) &&
        dashField[static_cast<std::size_t>(beforeDash + 1)] && beforeDash != entityField)
        componentField = beforeDash;
    // A bracket of dotted module names after the level is the logger, before any word (Home
    // Assistant's "INFO (MainThread) [homeassistant.components.sensor]": the thread is a word),
    // and so is one of Java's qualified class names, past an empty message id (Payara's
    // "[INFO] [] [com.example.orders.api.OrderResource]").
    for (int i = levelField + 1;
         componentField < 0 && levelField >= 0 && loggerAtEnd == LoggerAtEnd::None && i < headerEnd; ++i)
        if (fields[static_cast<std::size_t>(i)].kind == CellKind::Bracket &&
            share(stats[static_cast<std::size_t>(i)].loggerNames) >= kStable)
            componentField = i;
    // ... or before it (Scrapy's "%(asctime)s [%(name)s] %(levelname)s:"). (One with a line
    // number after it, Salt's "[salt.minion      :1723][INFO    ]", is a column of source
    // locations, taken above.)
    for (int i = 0; componentField < 0 && loggerAtEnd == LoggerAtEnd::None && i < std::max(levelField, 0);
         ++i)
        if (fields[static_cast<std::size_t>(i)].kind == CellKind::Bracket &&
            share(stats[static_cast<std::size_t>(i)].dottedModules) >= kStable)
            componentField = i;
    if (componentField < 0) {
        // A word right before the level (", KERNEL INFO"), a word after the level or the anchor
        // that follows-rules kept (padded column, program before " - ", logger before a context),
        // else the first varying word after the entity.
        if (levelField > 0 && wordField(levelField - 1) && levelField - 1 != entityField &&
            fields[static_cast<std::size_t>(levelField - 1)].role != Role::Constant)
            componentField = levelField - 1;
        // A column of single letters is a flag, not a name.
        const auto nameField = [&](int i) {
            return wordField(i) && i != entityField && i != levelField &&
                   fields[static_cast<std::size_t>(i)].role != Role::Constant &&
                   !threadField[static_cast<std::size_t>(i)] &&
                   stats[static_cast<std::size_t>(i)].maxLength >= 2 && !idPerLine(i);
        };
        for (int i = headerEnd - 1; componentField < 0 && i > std::max(levelField, timeField); --i)
            if (nameField(i)) componentField = i;
        for (int i = std::max(entityField, 0); componentField < 0 && i < headerEnd; ++i)
            if (nameField(i)) componentField = i;
        // A bracketed context after the level names the component when nothing else does: the
        // first one of names, rather than of codes ("[MY-010068] [Server]"), else the first.
        for (const bool namesOnly : {true, false})
            for (int i = levelField + 1;
                 componentField < 0 && levelField >= 0 && loggerAtEnd == LoggerAtEnd::None && i < headerEnd;
                 ++i)
                if (fields[static_cast<std::size_t>(i)].kind == CellKind::Bracket &&
                    (!namesOnly || share(stats[static_cast<std::size_t>(i)].withDigit) < 0.5))
                    componentField = i;
        // ... and so does a bracket of names opening the line before the stamp (NSQ's "[nsqd]
        // 2026/12/01 10:00:00.123456 INFO: …", the program before its own header).
        if (componentField < 0 && headerEnd > 1 && timeField > 0 &&
            fields.front().kind == CellKind::Bracket && share(stats.front().withDigit) < 0.5)
            componentField = 0;
        // ... and a bracket of names right before the level, after the stamp (Open5GS' "12/01
        // 10:00:00.002: [amf] INFO: …", the module that logged).
        if (const int before = levelField - 1;
            componentField < 0 && before > timeField && timeField >= 0 &&
            fields[static_cast<std::size_t>(before)].kind == CellKind::Bracket &&
            share(stats[static_cast<std::size_t>(before)].withDigit) < 0.5)
            componentField = before;
    }
    // "[core:error]" names the component itself; no other field does then.
    const bool componentInLevel =
        levelField >= 0 && (fields[static_cast<std::size_t>(levelField)].moduleLevel ||
                            fields[static_cast<std::size_t>(levelField)].levelSource);
    if (componentField >= 0 && !componentInLevel)
        fields[static_cast<std::size_t>(componentField)].role = Role::Component;
    if (entityField >= 0) fields[static_cast<std::size_t>(entityField)].role = Role::Entity;

    return std::make_unique<LearnedLayoutParser>(std::move(fields), timeField, tabColumn, loggerAtEnd);
}

} // namespace logsleuth::text
