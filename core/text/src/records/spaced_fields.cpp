// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "spaced_fields.h"

#include "../ascii.h"
#include "format_spec.h"
#include "logsleuth/text/time_scan.h"

#include <algorithm>
#include <set>
#include <string>

namespace logsleuth::text {
namespace {

constexpr std::string_view kSeparator = " : ";
constexpr double kMost = 0.9;            // share of the stamped lines that must agree
constexpr std::size_t kFewestFields = 3; // fields after the stamp: fewer are a message's colons
constexpr std::size_t kMostFields = 12;  // ... and more are no header
constexpr std::size_t kFewestLines = 20; // stamped lines that show a layout
constexpr std::size_t kFewLevels = 12;   // distinct words of a level field

// The fields of `line` before its first `limit` separators, blanks trimmed. A separator's
// closing blank may open the next one, so that an empty field reads as empty whether one blank
// or two stand between its colons (" : : ", " :  : ").
std::vector<std::string_view> fieldsOf(std::string_view line, std::size_t limit)
{
    std::vector<std::string_view> fields;
    for (std::size_t start = 0; fields.size() < limit;) {
        const std::size_t at = line.find(kSeparator, start);
        if (at == std::string_view::npos) break;
        fields.push_back(ascii::trimBlanks(line.substr(start, at - start)));
        start = at + kSeparator.size() - 1;
    }
    return fields;
}

bool isWholeStamp(std::string_view field)
{
    const RawTime t = scanTime(field);
    return t.length > 0 && t.length == field.size() && t.hasDate() && t.hasTimeOfDay();
}

} // namespace

std::unique_ptr<RecordParser> inferSpacedFieldsLayout(const std::vector<std::string_view>& sample)
{
    // The stamped lines, and how many fields each writes.
    std::vector<std::vector<std::string_view>> stamped;
    std::size_t lines = 0;
    for (std::string_view line : sample) {
        if (ascii::trimBlanks(line).empty()) continue;
        ++lines;
        std::vector<std::string_view> fields = fieldsOf(line, kMostFields + 1);
        if (!fields.empty() && isWholeStamp(fields.front())) stamped.push_back(std::move(fields));
    }
    if (stamped.size() < kFewestLines || 2 * stamped.size() < lines) return nullptr;
    // The most fields that nearly every stamped line writes: the header's.
    std::vector<std::size_t> counts;
    for (const auto& fields : stamped)
        counts.push_back(fields.size());
    std::sort(counts.begin(), counts.end());
    const std::size_t header = counts[static_cast<std::size_t>((1.0 - kMost) * double(counts.size()))];
    if (header < kFewestFields + 1 || header > kMostFields) return nullptr;

    // Each field's role, from its values: a level, the logger (one word from a small set, the last
    // such field), or another context.
    const auto n = double(stamped.size());
    int level = -1, component = -1;
    for (std::size_t f = 1; f < header; ++f) {
        std::size_t levels = 0, words = 0;
        std::set<std::string_view> distinct;
        for (const auto& fields : stamped) {
            if (fields.size() <= f) continue;
            const std::string_view value = fields[f];
            levels += severityOf(value) != Severity::Unknown ? 1 : 0;
            words += !value.empty() && value.find(' ') == std::string_view::npos &&
                             std::any_of(value.begin(), value.end(), ascii::isAlpha)
                         ? 1
                         : 0;
            distinct.insert(value);
        }
        if (level < 0 && double(levels) >= kMost * n && distinct.size() <= kFewLevels) {
            level = int(f);
            continue;
        }
        if (double(words) >= kMost * n && double(distinct.size()) * 4 <= n) component = int(f);
    }
    std::string spec = "<Time>";
    int contexts = 0;
    for (std::size_t f = 1; f < header; ++f) {
        spec += kSeparator;
        if (int(f) == level)
            spec += "<Level>";
        else if (int(f) == component)
            spec += "<Component>";
        else
            spec += ++contexts == 1 ? "<Context>" : "<Context" + std::to_string(contexts) + ">";
    }
    spec += kSeparator;
    spec += "<Content>";
    std::string error;
    auto parser = FormatSpecParser::create(spec, error);
    if (!parser) return nullptr;
    // The format must read the stamped lines it was learned from.
    std::size_t fitted = 0;
    RecordParts parts;
    for (std::string_view line : sample) {
        if (ascii::trimBlanks(line).empty()) continue;
        parser->parse(line, parts);
        fitted += parts.fitted ? 1 : 0;
    }
    if (double(fitted) < kMost * n) return nullptr;
    return parser;
}

} // namespace logsleuth::text
