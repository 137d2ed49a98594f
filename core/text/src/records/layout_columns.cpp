// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "layout_columns.h"
#include "../ascii.h"
#include "logsleuth/text/records.h"

#include <algorithm>
#include <numeric>
#include <string>
#include <unordered_set>

namespace logsleuth::text::detail {
namespace {

// A level column of few values keeps at most so many distinct ones.
constexpr std::size_t kMaxFewLevels = 8;
// ... and a column of symbols as many.
constexpr std::size_t kMaxSymbols = 8;

enum class LevelShape : std::uint8_t { Other, Letter, Word };

LevelShape shapeOf(std::string_view value)
{
    // One mark among the letters is a letter too: Firebase's "?", the severity DEFAULT, beside
    // "I", "W" and "E".
    if (value.size() == 1)
        return ascii::isUpper(value[0]) || ascii::isPunct(value[0]) ? LevelShape::Letter : LevelShape::Other;
    return !value.empty() && std::all_of(value.begin(), value.end(), ascii::isAlpha) ? LevelShape::Word
                                                                                     : LevelShape::Other;
}

} // namespace

bool LayoutColumns::stable(int i) const
{
    if (i >= kMaxCells) return false;
    int count = 0;
    familyAt(i, count);
    return share(count) >= kStable;
}

bool LayoutColumns::is(int i, Family f) const
{
    if (i >= kMaxCells) return false;
    int count = 0;
    return familyAt(i, count) == f && share(count) >= kStable;
}

bool LayoutColumns::withPidTags(int i) const
{
    return share(at(i).pidTags) >= 0.05;
}

bool LayoutColumns::tagColumn(int i) const
{
    return is(i, Family::ColonWord) && (share(at(i).capitalTags) < kStable || withPidTags(i));
}

bool LayoutColumns::dashAt(int i) const
{
    return i < kMaxCells && share(at(i).dash) >= kStable;
}

bool LayoutColumns::freeText(int i) const
{
    return share(at(i).multiWord) >= 0.5 && !fewValues(i);
}

bool LayoutColumns::hardDelimited(int i) const
{
    if (i >= kMaxCells || freeText(i)) return false;
    // Commas end a header's cells in a header written as a comma list from its first cell
    // (Brocade's errdump, "2026/12/01-10:29:06, [SEC-1203], 39110, FID 128, INFO, sansw-fab-a,
    // Login …"), where they end the cell before too; not a message's words that a log repeats on
    // every line ("took 5 ms, \"quoted, text\"").
    return share(at(i).hardDelimiter) >= kStable ||
           (i > 0 && share(at(0).commaDelimited) >= kStable && share(at(i).commaDelimited) >= kStable &&
            share(at(i - 1).commaDelimited) >= kStable);
}

bool LayoutColumns::bracketedColumn(int i) const
{
    return i < kMaxCells && share(at(i).bracketed) >= kStable;
}

bool LayoutColumns::endsLine(int i) const
{
    if (i + 1 >= kMaxCells) return false;
    const PositionStats& after = at(i + 1);
    const int followed = std::accumulate(after.family.begin(), after.family.end(), 0);
    return share(at(i).delimiter[0]) >= kStable && share(followed) <= 1.0 - kStable;
}

bool LayoutColumns::paddedColumn(int i) const
{
    return i > 0 && i < kMaxCells && share(at(i).padded) >= kStable;
}

bool LayoutColumns::optionalTag(int i) const
{
    if (i >= kMaxCells) return false;
    const PositionStats& s = at(i);
    const int tags = s.family[static_cast<std::size_t>(Family::ColonWord)];
    return s.emptyTags > 0 && share(tags) >= 1.0 - kStable && share(tags + s.emptyTags) >= kStable;
}

// A column of a few values of one shape (single capitals, or words of letters in angle brackets
// or parentheses), two or more of them level words on a fair share of its lines: levels, the
// values that name no severity included (WebSphere's "O" and "R", which mark what a program wrote
// to its standard output and error, beside "I", "W", "E"; Suricata's "<Perf>" beside
// "<Notice>"). Letters that would make most lines errors are some other flag (the Level family's
// rule).
bool LayoutColumns::fewLevels(int i) const
{
    if (i >= kMaxCells) return false;
    const PositionStats& s = at(i);
    // Few values, not counting those of under 1 % of the lines: the words a few lines of another
    // layout put in the column ("Removing old …" under "[I]", "[W]", "[E]").
    const auto frequent = std::count_if(s.distinct.begin(), s.distinct.end(),
                                        [&](const auto& value) { return value.second * 100 >= m_base; });
    if (static_cast<std::size_t>(frequent) > kMaxFewLevels || s.distinct.empty()) return false;
    const auto most = std::max_element(s.distinct.begin(), s.distinct.end(),
                                       [](const auto& a, const auto& b) { return a.second < b.second; });
    const LevelShape shape = shapeOf(most->first);
    // Plain words are a message's first words; in brackets or angle brackets they are a header's
    // (Vintage Story's "[Notification]" beside "[Warning]"). (Before a colon they may be a
    // category as well: Unreal's "ScriptWarning:" beside "Warning:".)
    // Between two dashes they are a header's too (Teams' "<11967> -- info -- message").
    if (shape == LevelShape::Word && share(s.wrapped) < kStable && share(s.bracketed) < kStable &&
        !(i > 0 && dashAt(i - 1) && dashAt(i + 1)))
        return false;
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
}

bool LayoutColumns::columnAt(int i) const
{
    return stable(i) || hardDelimited(i) || bracketedColumn(i) || paddedColumn(i) || optionalTag(i) ||
           fewLevels(i);
}

bool LayoutColumns::countsSinceStart(int i) const
{
    if (i >= kMaxCells) return false;
    const PositionStats& s = at(i);
    const double steps = s.counts - 1;
    return share(s.counts) >= kStable && s.ascending >= 0.95 * steps && s.unitSteps < 0.5 * steps &&
           !fewValues(i, 2);
}

bool LayoutColumns::symbolColumn(int i) const
{
    if (i >= kMaxCells) return false;
    const PositionStats& s = at(i);
    return share(s.symbols) >= kStable && s.distinct.size() <= kMaxSymbols;
}

bool LayoutColumns::uuidColumn(int i) const
{
    if (i >= kMaxCells) return false;
    const PositionStats& s = at(i);
    int placeholder = 0;
    for (const auto& [value, count] : s.distinct)
        placeholder = std::max(placeholder, count);
    if (placeholder == 1) placeholder = 0; // every value a UUID of its own
    return share(s.uuids) >= 0.5 && share(s.uuids + placeholder) >= kStable;
}

bool LayoutColumns::keyed(int i) const
{
    int lines = 0;
    for (const auto& [value, count] : at(i).distinct)
        if (value.find('=') != std::string_view::npos) lines += count;
    return share(lines) >= 0.5;
}

bool LayoutColumns::idPerLine(int i) const
{
    const PositionStats& s = at(i);
    return double(s.distinct.size()) >= 0.9 * m_base && share(s.addresses) < 0.5;
}

bool LayoutColumns::digitsTellApart(int i) const
{
    const PositionStats& s = at(i);
    if (share(s.dottedModules) < 0.5) return true;
    std::unordered_set<std::string> withoutDigits;
    for (const auto& [value, lines] : s.distinct) {
        std::string shape;
        for (char c : value)
            if (!ascii::isDigit(c)) shape.push_back(c);
        withoutDigits.insert(std::move(shape));
    }
    return withoutDigits.size() < s.distinct.size();
}

std::vector<std::string_view> LayoutColumns::commonValues(int i) const
{
    constexpr double kCommon = 0.02; // a common value's share of the lines
    constexpr std::size_t kMostValues = 20;
    constexpr double kCovered = 0.8; // the common values' share of the lines
    std::vector<std::string_view> values;
    int lines = 0;
    for (const auto& [value, count] : at(i).distinct)
        if (count >= 3 && share(count) >= kCommon) {
            values.push_back(value);
            lines += count;
        }
    if (values.size() < 2 || values.size() > kMostValues || share(lines) < kCovered) values.clear();
    return values;
}

bool LayoutColumns::paired(int i, std::size_t ahead, const std::vector<std::string_view>& left,
                           const std::vector<std::string_view>& right) const
{
    constexpr double kCrossed = 0.8; // the pairings of common values that lines hold
    const auto& pairs = at(i).pairsAhead[ahead];
    std::size_t held = 0;
    for (std::string_view a : left)
        for (std::string_view b : right)
            held += pairs.count(pairOfValues(a, b));
    return double(held) >= kCrossed * double(left.size() * right.size());
}

bool LayoutColumns::crossedWithNext(int i) const
{
    if (i + 1 >= kMaxCells) return false;
    // Names alone: a user's, a repository's, not topics ("dhcp,info"), keys ("conn=1000") or
    // a request's fields.
    const auto names = [](const std::vector<std::string_view>& values) {
        return std::all_of(values.begin(), values.end(), [](std::string_view v) {
            return std::any_of(v.begin(), v.end(), ascii::isAlpha) &&
                   std::all_of(v.begin(), v.end(), ascii::isNameChar);
        });
    };
    const std::vector<std::string_view> left = commonValues(i), right = commonValues(i + 1);
    if (left.empty() || right.empty() || !names(left) || !names(right) || !paired(i, 0, left, right))
        return false;
    if (i + 2 >= kMaxCells) return true;
    const std::vector<std::string_view> after = commonValues(i + 2);
    return after.empty() || paired(i, 1, left, after);
}

} // namespace logsleuth::text::detail
