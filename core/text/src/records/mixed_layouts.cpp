// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "mixed_layouts.h"

#include "../ascii.h"
#include "../continuation.h"
#include "cells.h"
#include "inner_record.h"
#include "stream_layouts.h"

#include <algorithm>
#include <map>

namespace logsleuth::text {
namespace {

// The lines left must be so many of the sample, and of lines, to learn a layout from.
constexpr double kLeftShare = 0.1;
constexpr std::size_t kFewestLeft = 20;
// ... and the layout learned from them must read this share of them.
constexpr double kFitted = 0.5;
constexpr std::size_t kMostLayouts = 3;
// A file's layout that reads no time while this share of its lines carry a stamp among their
// first cells: the stamped lines have a layout of their own (vLLM's "INFO 12-01 10:00:00
// [file.py:42] …" beside uvicorn's "INFO:     10.0.0.7:5123 - \"GET …\" 200" in one stream).
constexpr double kStampedShare = 0.25;
constexpr int kStampWithin = 3;
// Stamped lines a first layout leaves may be fewer than other lines it leaves: a stamp says a
// record starts (a Hugging Face run's "12/01/2026 10:00:00 - INFO - …" lines, 5 % of its log,
// beside the Trainer's "[INFO|trainer.py:2048] …" and their dumps).
constexpr double kStampedLeftShare = 0.03;
// A layout whose lines follow those of a stamped one this often, and no others, continues its
// records (see pairedLayouts).
constexpr double kPaired = 0.9;
// Share of a common opening's lines its layout must read (commonOpeningOnly).
constexpr double kOpeningRead = 0.8;

// Whether a pair that opens the line holds a stamp: logfmt's "time=2026-12-01T10:00:00.013Z" (its
// value quoted or not), a stamp as surely as one standing alone.
bool stampedPair(std::string_view cell)
{
    const std::size_t equals = cell.find('=');
    if (equals == 0 || equals == std::string_view::npos) return false;
    for (char c : cell.substr(0, equals))
        if (!(ascii::isAlpha(c) || c == '_')) return false;
    std::string_view value = cell.substr(equals + 1);
    if (!value.empty() && value.front() == '"') value.remove_prefix(1);
    return scanTime(value).hasTimeOfDay();
}

// Whether a word before its colon is a host's name, digits or dots in it ("gpu-node-07:", as pdsh
// prefixes each host's lines), not a key's ("Date:", "Last-Modified:").
bool namesAHost(std::string_view word)
{
    return std::any_of(word.begin(), word.end(), [](char c) { return ascii::isDigit(c) || c == '.'; });
}

// (Not the value of a key that opens the line: an HTTP exchange's "Date: Wed, 02 Dec 2026 …"
// among a client's records; a host's name before its lines is no key.) A date alone and a dash
// after it leave the clock to come (gin's "[GIN] 2026/12/01 - 10:00:17 | 200 | …").
bool stampAmongFirstCells(std::string_view line)
{
    detail::Cell cell;
    std::uint32_t pos = 0;
    int within = kStampWithin;
    for (int i = 0; i < within && detail::readCell(line, pos, true, cell); ++i) {
        if (cell.kind == detail::CellKind::Time) {
            if (cell.time.hasTimeOfDay()) return true;
            within = std::min(i + 3, kStampWithin + 2);
        } else if (i == 0 && cell.kind == detail::CellKind::ColonWord && !namesAHost(cell.text(line))) {
            return false;
        } else if (i == 0 && stampedPair(cell.text(line))) {
            return true;
        } else if (within > kStampWithin && cell.kind != detail::CellKind::Dash) {
            return false;
        }
        pos = cell.next;
    }
    return false;
}

// The layout of the lines with a stamp among their first cells, when they are `share` of the
// sample or more and it reads most of them for their time; else null.
std::unique_ptr<RecordParser> layoutOfStamped(const std::vector<std::string_view>& lines,
                                              std::size_t sampleSize, double share,
                                              MixedLayoutsParser::Infer infer, bool mixed = false)
{
    std::vector<std::string_view> stamped;
    for (std::string_view line : lines)
        if (stampAmongFirstCells(line)) stamped.push_back(line);
    if (stamped.size() < kFewestLeft || double(stamped.size()) < share * double(sampleSize)) return nullptr;
    std::unique_ptr<RecordParser> layout = infer(stamped);
    if (!layout || !detail::namesKind(layout->fieldKinds(), "time")) return nullptr;
    if (mixed) layout = MixedLayoutsParser::wrapIfMixed(std::move(layout), stamped, infer);
    RecordParts parts;
    std::size_t timed = 0;
    for (std::string_view line : stamped) {
        layout->parse(line, parts);
        timed += parts.fitted && parts.time.length > 0 ? 1 : 0;
    }
    return double(timed) >= kFitted * double(stamped.size()) ? std::move(layout) : nullptr;
}

// Which layout reads each line, the first that fits it; -1 for none.
std::vector<int> layoutOfLines(const std::vector<std::unique_ptr<RecordParser>>& layouts,
                               const std::vector<std::string_view>& sample)
{
    std::vector<int> of(sample.size(), -1);
    RecordParts parts;
    for (std::size_t i = 0; i < sample.size(); ++i)
        for (std::size_t k = 0; k < layouts.size() && of[i] < 0; ++k) {
            layouts[k]->parse(sample[i], parts);
            if (parts.fitted) of[i] = static_cast<int>(k);
        }
    return of;
}

// The layouts whose lines continue the record of the line before them: a record in two lines,
// its stamp and logger on the first and its level and message on the second, as Java's
// java.util.logging writes it ("Dec 01, 2026 10:00:00 AM com.shop.Orders place" above "INFO:
// order 7 placed"). A layout with a level and no time continues one with a time and no level
// where its lines follow that one's lines, and nearly only those, and nearly every one of them.
std::vector<bool> pairedLayouts(const std::vector<std::unique_ptr<RecordParser>>& layouts,
                                const std::vector<std::string_view>& sample)
{
    std::vector<bool> continues(layouts.size(), false);
    const std::vector<int> of = layoutOfLines(layouts, sample);
    for (std::size_t second = 0; second < layouts.size(); ++second) {
        const std::string kinds = layouts[second]->fieldKinds();
        if (detail::namesKind(kinds, "time") || !detail::namesKind(kinds, "level")) continue;
        for (std::size_t first = 0; first < layouts.size(); ++first) {
            const std::string firstKinds = layouts[first]->fieldKinds();
            if (first == second || !detail::namesKind(firstKinds, "time") ||
                detail::namesKind(firstKinds, "level"))
                continue;
            std::size_t firsts = 0, followed = 0, seconds = 0, preceded = 0;
            for (std::size_t i = 0; i < of.size(); ++i) {
                const bool next = i + 1 < of.size() && of[i + 1] == static_cast<int>(second);
                const bool before = i > 0 && of[i - 1] == static_cast<int>(first);
                if (of[i] == static_cast<int>(first) && i + 1 < of.size()) {
                    ++firsts;
                    followed += next ? 1 : 0;
                }
                if (of[i] == static_cast<int>(second)) {
                    ++seconds;
                    preceded += before ? 1 : 0;
                }
            }
            if (firsts >= kFewestLeft && double(followed) >= kPaired * double(firsts) &&
                double(preceded) >= kPaired * double(seconds))
                continues[second] = true;
        }
    }
    return continues;
}

} // namespace

std::unique_ptr<RecordParser> MixedLayoutsParser::wrapIfMixed(std::unique_ptr<RecordParser> first,
                                                              const std::vector<std::string_view>& sample,
                                                              Infer infer)
{
    std::vector<std::unique_ptr<RecordParser>> layouts;
    // (Streams that each have a layout of their own are read so already.)
    if (!detail::namesKind(first->fieldKinds(), "time") &&
        !dynamic_cast<const StreamLayoutsParser*>(first.get()))
        if (auto stamped = layoutOfStamped(sample, sample.size(), kStampedShare, infer))
            layouts.push_back(std::move(stamped));
    layouts.push_back(std::move(first));
    RecordParts parts;
    const auto fitsAny = [&](std::string_view line) {
        for (const auto& layout : layouts) {
            layout->parse(line, parts);
            if (parts.fitted) return true;
        }
        return false;
    };
    while (layouts.size() < kMostLayouts) {
        std::vector<std::string_view> left;
        for (std::size_t i = 0; i < sample.size(); ++i) {
            const std::string_view line = sample[i];
            if (line.find_first_not_of(" \t\r") == std::string_view::npos || fitsAny(line)) continue;
            const std::string_view previous = i > 0 ? sample[i - 1] : std::string_view();
            const std::string_view next = i + 1 < sample.size() ? sample[i + 1] : std::string_view();
            if (!continuesAmong(previous, line, next)) left.push_back(line);
        }
        if (left.size() < kFewestLeft || double(left.size()) < kLeftShare * double(sample.size())) break;
        std::unique_ptr<RecordParser> layout = infer(left);
        std::size_t fitted = 0, timed = 0;
        if (layout && detail::namesTimeOrLevel(layout->fieldKinds()))
            for (std::string_view line : left) {
                layout->parse(line, parts);
                if (!parts.fitted) continue;
                ++fitted;
                timed += parts.time.length > 0 || !parts.level.empty() ? 1 : 0;
            }
        // Half of them or more read, and read for a time or a level: a layout, not the shape of a
        // few messages that happen to start alike. Else the stamped among them, 3 % of the
        // sample or more, may have one (a layout with an id before its stamp beside one without,
        // among lines of neither).
        if (double(fitted) < kFitted * double(left.size()) || double(timed) < kFitted * double(fitted))
            layout = layoutOfStamped(left, sample.size(), kStampedLeftShare, infer);
        if (!layout) break;
        layouts.push_back(std::move(layout));
    }
    if (layouts.size() == 1) return std::move(layouts.front());
    std::vector<bool> continues = pairedLayouts(layouts, sample);
    return std::make_unique<MixedLayoutsParser>(std::move(layouts), std::move(continues));
}

std::unique_ptr<RecordParser> MixedLayoutsParser::stampedOnly(const std::vector<std::string_view>& sample,
                                                              Infer infer)
{
    // (The stamped lines may have layouts of their own: learned as a file's are.)
    auto stamped = layoutOfStamped(sample, sample.size(), kStampedShare, infer, true);
    return stamped ? wrapIfMixed(std::move(stamped), sample, infer) : nullptr;
}

std::unique_ptr<RecordParser>
MixedLayoutsParser::commonOpeningOnly(const std::vector<std::string_view>& sample, Infer infer)
{
    constexpr double kCommon = 0.4;
    std::map<std::string_view, std::size_t> openings;
    std::size_t lines = 0;
    for (std::string_view line : sample) {
        const std::size_t end = line.find_first_of(" \t");
        if (end == 0 || line.empty()) continue;
        ++lines;
        ++openings[line.substr(0, end)];
    }
    if (openings.empty()) return nullptr;
    const auto common = std::max_element(openings.begin(), openings.end(),
                                         [](const auto& a, const auto& b) { return a.second < b.second; });
    if (common->second < kFewestLeft || double(common->second) < kCommon * double(lines)) return nullptr;
    std::vector<std::string_view> opened;
    for (std::string_view line : sample)
        if (line.substr(0, line.find_first_of(" \t")) == common->first) opened.push_back(line);
    std::unique_ptr<RecordParser> layout = infer(opened);
    if (!layout || !detail::namesTimeOrLevel(layout->fieldKinds())) return nullptr;
    RecordParts parts;
    std::size_t read = 0;
    for (std::string_view line : opened) {
        layout->parse(line, parts);
        read += parts.fitted && (parts.time.length > 0 || !parts.level.empty()) ? 1 : 0;
    }
    if (double(read) < kOpeningRead * double(opened.size())) return nullptr;
    return wrapIfMixed(std::move(layout), sample, infer);
}

void MixedLayoutsParser::parse(std::string_view line, RecordParts& out) const
{
    for (std::size_t k = 0; k < m_layouts.size(); ++k) {
        m_layouts[k]->parse(line, out);
        if (!out.fitted) continue;
        if (k < m_continues.size() && m_continues[k]) out.continuation = true;
        return;
    }
    // None fits: the line as the file's own layout leaves it.
    m_layouts.front()->parse(line, out);
}

std::string MixedLayoutsParser::formatString() const
{
    std::string format;
    for (std::size_t k = 0; k < m_layouts.size(); ++k) {
        const bool continues = k < m_continues.size() && m_continues[k];
        if (k > 0) format += continues ? kThen : kMarker;
        format += m_layouts[k]->formatString();
    }
    return format;
}

std::string MixedLayoutsParser::fieldKinds() const
{
    std::string kinds;
    for (const auto& layout : m_layouts)
        kinds += (kinds.empty() ? "" : std::string(kMarker)) + layout->fieldKinds();
    return kinds;
}

} // namespace logsleuth::text
