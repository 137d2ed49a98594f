// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "mixed_layouts.h"

#include "../continuation.h"
#include "inner_record.h"

namespace logsleuth::text {
namespace {

// The lines left must be so many of the sample, and of lines, to learn a layout from.
constexpr double kLeftShare = 0.1;
constexpr std::size_t kFewestLeft = 20;
// ... and the layout learned from them must read this share of them.
constexpr double kFitted = 0.5;
constexpr std::size_t kMostLayouts = 3;

} // namespace

std::unique_ptr<RecordParser> MixedLayoutsParser::wrapIfMixed(std::unique_ptr<RecordParser> first,
                                                              const std::vector<std::string_view>& sample,
                                                              Infer infer)
{
    std::vector<std::unique_ptr<RecordParser>> layouts;
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
        if (!layout || !detail::namesTimeOrLevel(layout->fieldKinds())) break;
        std::size_t fitted = 0, timed = 0;
        for (std::string_view line : left) {
            layout->parse(line, parts);
            if (!parts.fitted) continue;
            ++fitted;
            timed += parts.time.length > 0 || !parts.level.empty() ? 1 : 0;
        }
        // Half of them or more read, and read for a time or a level: a layout, not the shape of a
        // few messages that happen to start alike.
        if (double(fitted) < kFitted * double(left.size()) || double(timed) < kFitted * double(fitted)) break;
        layouts.push_back(std::move(layout));
    }
    if (layouts.size() == 1) return std::move(layouts.front());
    return std::make_unique<MixedLayoutsParser>(std::move(layouts));
}

void MixedLayoutsParser::parse(std::string_view line, RecordParts& out) const
{
    for (const auto& layout : m_layouts) {
        layout->parse(line, out);
        if (out.fitted) return;
    }
    // None fits: the line as the file's own layout leaves it.
    m_layouts.front()->parse(line, out);
}

std::string MixedLayoutsParser::formatString() const
{
    std::string format;
    for (const auto& layout : m_layouts)
        format += (format.empty() ? "" : std::string(kMarker)) + layout->formatString();
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
