// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "layout_stats.h"
#include "../ascii.h"
#include "../hash.h"
#include "logsleuth/text/records.h"
#include "source_location.h"

#include <algorithm>
#include <cctype>

namespace logsleuth::text::detail {
namespace {

// "f2c0f735-824f-4df7-a344-3401bb575143": a UUID as written, hex digits grouped 8-4-4-4-12.
bool isUuid(std::string_view value)
{
    if (value.size() != 36) return false;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? value[i] != '-' : !ascii::isHex(value[i])) return false;
    }
    return true;
}

// "P-51657", "T-140245000051657": a letter or two naming what the number counts, as a process or
// thread id is written, never a name.
bool isLabelledId(std::string_view value)
{
    const std::size_t dash = value.find('-');
    return dash >= 1 && dash <= 2 && dash + 1 < value.size() &&
           std::all_of(value.begin(), value.begin() + static_cast<std::ptrdiff_t>(dash), ascii::isAlpha) &&
           std::all_of(value.begin() + static_cast<std::ptrdiff_t>(dash) + 1, value.end(), ascii::isDigit);
}

bool hasDigit(std::string_view s)
{
    return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A name with a number between two slashes ("main/103/interactive"), a letter before them.
bool hasNumberBetweenSlashes(std::string_view s)
{
    const std::size_t first = s.find('/');
    if (first == std::string_view::npos || first == 0 || !ascii::isAlpha(s[0])) return false;
    const std::size_t second = s.find('/', first + 1);
    if (second == std::string_view::npos || second == first + 1) return false;
    const std::string_view between = s.substr(first + 1, second - first - 1);
    return std::all_of(between.begin(), between.end(), ascii::isDigit);
}

// A word that opens a quote it does not close ("\"GET"; "\\\"GET" where JSON escapes the quote, in a
// message not yet unescaped).
bool opensQuote(std::string_view word)
{
    if (word.size() > 1 && word.front() == '\\') word.remove_prefix(1);
    // (A quote alone closes as often as it opens: SonicWall's 'time="2026-12-01 10:00:01 UTC" fw=…'.)
    return word.size() > 1 && (word.front() == '"' || word.front() == '\'') && word.back() != word.front();
}

// Hex digits, one run or several joined by colons, with a decimal digit among them, in
// parentheses or not ("(41:57)", "(60:B0)", "7f3a"): a process's and thread's ids, not a name.
bool isHexId(std::string_view text)
{
    if (text.size() >= 2 && text.front() == '(' && text.back() == ')') text = text.substr(1, text.size() - 2);
    if (text.empty() || text.front() == ':' || text.back() == ':') return false;
    bool digit = false;
    for (char c : text) {
        if (c == ':') continue;
        if (!ascii::isHex(c)) return false;
        digit = digit || ascii::isDigit(c);
    }
    return digit;
}

} // namespace

std::uint64_t pairOfValues(std::string_view value, std::string_view next)
{
    return mix(fnv1a(next, mix(fnv1a(value))));
}

// Four numbers of 0-255 joined by dots, and perhaps ":port": a client or a host, whichever column
// it stands in, never the wording of a message.
bool isAddress(std::string_view s)
{
    if (const std::size_t colon = s.find(':'); colon != std::string_view::npos) {
        const std::string_view port = s.substr(colon + 1);
        if (port.empty() || port.size() > 5 ||
            !std::all_of(port.begin(), port.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return false;
        s = s.substr(0, colon);
    }
    int parts = 0;
    std::size_t i = 0;
    while (i <= s.size()) {
        int value = 0, digits = 0;
        for (; i < s.size() && s[i] >= '0' && s[i] <= '9' && digits < 4; ++i, ++digits)
            value = value * 10 + (s[i] - '0');
        if (digits == 0 || digits > 3 || value > 255) return false;
        ++parts;
        if (i == s.size()) break;
        if (s[i] != '.' || parts == 4) return false;
        ++i;
    }
    return parts == 4;
}

// A message's code as some servers open their messages with it: capitals and digits joined by
// '_', a letter first ("DHCP4_LEASE_ALLOC", "ALLOC_ENGINE_V4_ALLOC_FAIL"). It names the event:
// the message's, not a header field.
bool isMessageCode(std::string_view word)
{
    if (word.size() < 5 || !ascii::isUpper(word[0]) || word.find('_') == std::string_view::npos) return false;
    return std::all_of(word.begin(), word.end(),
                       [](char c) { return ascii::isUpper(c) || ascii::isDigit(c) || c == '_'; });
}

Family familyOf(CellKind kind)
{
    switch (kind) {
    case CellKind::Time:
        return Family::Time;
    case CellKind::Level:
        return Family::Level;
    case CellKind::Number:
        return Family::Number;
    case CellKind::Bracket:
        return Family::Bracket;
    case CellKind::ColonWord:
        return Family::ColonWord;
    case CellKind::Word:
    case CellKind::Dash:
        break;
    }
    return Family::Word;
}

Family leadOf(const std::vector<Cell>& cells, std::string_view line)
{
    if (cells.empty()) return Family::Word;
    // A mark of two or three like symbols before the stamp ("== 2026-12-01 10:00:00,015 …", as
    // EasyBuild marks its own lines among a build's output): the stamp leads the line.
    if (const std::string_view first = cells[0].text(line);
        cells.size() >= 2 && cells[1].kind == CellKind::Time && first.size() >= 2 && first.size() <= 3 &&
        ascii::isPunct(first[0]) &&
        std::all_of(first.begin(), first.end(), [&](char c) { return c == first[0]; }))
        return Family::Time;
    return familyOf(cells.front().kind);
}

int countPositions(const std::vector<std::string_view>& sample,
                   const std::vector<std::vector<Cell>>& cellsOfLine, Family leading,
                   std::array<PositionStats, kMaxCells>& stats)
{
    int base = 0;
    for (std::size_t l = 0; l < sample.size(); ++l) {
        const auto& cells = cellsOfLine[l];
        if (cells.empty() || leadOf(cells, sample[l]) != leading) continue;
        ++base;
        detail::Mnemonic mnemonic;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const Cell& c = cells[i];
            PositionStats& s = stats[i];
            ++s.family[static_cast<std::size_t>(familyOf(c.kind))];
            s.dash += c.kind == CellKind::Dash;
            s.emptyTags += c.kind == CellKind::Dash && c.text(sample[l]) == ":";
            s.hardDelimiter += c.delimiter == '|' || c.delimiter == '\t';
            s.commaDelimited += c.delimiter == ',';
            s.doubledColons += c.delimiter == ':' && c.next >= 2 && sample[l][c.next - 1] == ':' &&
                               sample[l][c.next - 2] == ':';
            s.padded += c.gap >= 2;
            s.bracketed += c.bracketed;
            s.colonAfter += c.bracketed && c.end >= 2 && sample[l][c.end - 1] == ':' &&
                            (sample[l][c.end - 2] == ']' || sample[l][c.end - 2] == ')');
            s.opensGroup += c.opensGroup;
            s.moduleLevels += c.moduleLength > 0;
            s.facilityLevels += c.facilityLength > 0;
            s.slashModules +=
                c.moduleLength > 0 && c.bracketed && sample[l][c.begin + 1 + c.moduleLength] == '/';
            s.hashModules +=
                c.moduleLength > 0 && c.bracketed && sample[l][c.begin + 1 + c.moduleLength] == '#';
            s.spaceModules +=
                c.moduleLength > 0 && c.bracketed && sample[l][c.begin + 1 + c.moduleLength] == ' ';
            s.closesGroup += c.closesGroup;
            s.levelPrefix += c.levelPrefix > 0;
            s.pidPrefix += c.pidPrefix > 0;
            if (c.levelInGroupLength > 0) {
                ++s.colonGroups;
                ++s.idsBeforeStamp[std::min<std::size_t>(c.idsBeforeStamp, 3)];
            }
            s.closedByBracket += c.kind == CellKind::ColonWord && sample[l][c.end - 1] == ']';
            ++s.delimiter[static_cast<unsigned char>(c.delimiter)];
            ++s.nextColumn[c.next];
            const std::string_view value = c.value(sample[l]);
            s.withDigit += hasDigit(value);
            s.addresses += isAddress(value);
            s.multiWord += value.find(' ') != std::string_view::npos;
            s.httpStatuses += value.size() == 3 && value[0] >= '1' && value[0] <= '5' &&
                              std::all_of(value.begin(), value.end(), ascii::isDigit);
            s.colonLevels += c.kind == CellKind::Level && sample[l][c.end - 1] == ':';
            s.twoWordLevels += c.kind == CellKind::Level && sample[l][c.end - 1] != ':' &&
                               i + 1 < cells.size() && detail::isLevelTail(cells[i + 1].text(sample[l]));
            s.severityWords += severityOf(value) != Severity::Unknown;
            s.sourceLocations += isSourceLocation(value);
            s.levelSources += c.kind == CellKind::Level && c.bracketed && c.sourceInGroupLength > 0;
            s.barContexts += c.kind == CellKind::Level && c.bracketed && c.barContext;
            s.colonSources += c.kind == CellKind::Level && c.bracketed && c.sourceInGroupLength > 0 &&
                              sample[l][c.begin + 1 + c.levelLength] == ':';
            s.quotedBrackets +=
                c.bracketed && value.size() >= 2 && value.front() == '"' && value.back() == '"';
            s.nameTags +=
                c.kind == CellKind::ColonWord && !value.empty() && ascii::isLower(value.front()) &&
                std::all_of(value.begin(), value.end(), [](char ch) {
                    return ascii::isLower(ch) || ascii::isDigit(ch) || ch == '_' || ch == '-' || ch == '.';
                });
            s.percentages += value.size() > 1 && value.back() == '%' &&
                             std::all_of(value.begin(), value.end() - 1,
                                         [](char ch) { return ascii::isDigit(ch) || ch == '.'; });
            s.programPids += c.kind == CellKind::Word && isProgramWithPid(value);
            const bool qualified = isQualifiedName(value);
            s.qualifiedNames += qualified;
            bool dotted = false;
            if (isModuleName(value, dotted)) {
                ++s.moduleNames;
                s.dottedModules += dotted;
            }
            s.loggerNames += qualified || dotted;
            s.priorities += value.size() > 2 && value.front() == '<' && value[1] >= '0' && value[1] <= '9';
            s.symbols += value.size() == 1 && ascii::isPunct(value[0]);
            s.wrapped += detail::withoutWrapping(c.text(sample[l])).size() + 2 == c.text(sample[l]).size();
            s.parenthesised += c.text(sample[l]).starts_with('(');
            s.braced += c.text(sample[l]).starts_with('{');
            s.messageCodes += isMessageCode(value);
            s.threadTags += c.kind == CellKind::Word && !threadTagSubsystem(c.text(sample[l])).empty();
            s.numberedPaths += c.kind == CellKind::Word && hasNumberBetweenSlashes(value);
            s.openedQuotes += c.kind == CellKind::Word && opensQuote(value);
            s.mnemonics += c.kind == CellKind::ColonWord && detail::readMnemonic(value, mnemonic);
            s.cefRecords += value.starts_with("CEF:");
            // ... without a process id: "CRON[1000]:" is a program's tag.
            s.pidTags += c.kind == CellKind::ColonWord && c.text(sample[l]).ends_with("]:") &&
                         c.text(sample[l]).find('[') != std::string_view::npos;
            s.capitalTags += c.kind == CellKind::ColonWord && value.size() >= 2 &&
                             c.text(sample[l]).size() == value.size() + 1 &&
                             std::all_of(value.begin(), value.end(), ascii::isUpper);
            if (value.size() == 1 && std::isalpha(static_cast<unsigned char>(value[0])) != 0) {
                ++s.letters;
                s.severeLetters += severityOf(value) >= Severity::Error;
            }
            if (const auto seen = s.distinct.find(value); seen != s.distinct.end())
                ++seen->second;
            else if (s.distinct.size() < 4096)
                s.distinct.emplace(value, 1);
            for (std::size_t ahead = 0; ahead < s.pairsAhead.size(); ++ahead)
                if (i + 1 + ahead < cells.size() && s.pairsAhead[ahead].size() < 4096)
                    s.pairsAhead[ahead].insert(pairOfValues(value, cells[i + 1 + ahead].value(sample[l])));
            s.minLength = std::min<std::size_t>(s.minLength, value.size());
            s.maxLength = std::max<std::size_t>(s.maxLength, value.size());
            if (c.kind == CellKind::Time && s.times.size() < 4096) s.times.push_back(c.time);
            s.uptimes += c.kind == CellKind::Time && c.time.uptime;
            s.hexIds += isHexId(c.text(sample[l]));
            s.labelledIds += isLabelledId(value);
            s.uuids += isUuid(value);
            // A count as a learned layout would read it for milliseconds since the start.
            if (const RawTime since = scanMillisecondsSinceStart(c.text(sample[l])); since.length > 0) {
                const std::int64_t count = since.epochMs;
                ++s.counts;
                if (s.lastCount >= 0) {
                    s.ascending += count >= s.lastCount;
                    s.unitSteps += count == s.lastCount + 1;
                }
                s.lastCount = count;
            }
        }
    }
    return base;
}

} // namespace logsleuth::text::detail
