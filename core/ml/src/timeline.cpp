// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/ml/timeline.h"

#include <algorithm>
#include <array>
#include <limits>

namespace logsleuth::ml {

namespace {

constexpr std::int64_t kNoTime = std::numeric_limits<std::int64_t>::min();

// Floor division that rounds towards minus infinity (times before 1970 are negative).
std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

} // namespace

std::int64_t roundBucketWidth(std::int64_t from, std::int64_t to, std::size_t maxBuckets)
{
    constexpr std::int64_t s = 1000, m = 60 * s, h = 60 * m, d = 24 * h;
    static constexpr std::array<std::int64_t, 25> kWidths = {
        1,      10,     100, s,     2 * s, 5 * s, 10 * s, 15 * s, 30 * s, m,     2 * m,  5 * m,  10 * m,
        15 * m, 30 * m, h,   2 * h, 3 * h, 6 * h, 12 * h, d,      2 * d,  7 * d, 30 * d, 365 * d};
    maxBuckets = std::max<std::size_t>(maxBuckets, 1);
    const std::int64_t span = std::max<std::int64_t>(to - from, 1);
    for (const std::int64_t width : kWidths)
        if (floorDiv(to - 1, width) - floorDiv(from, width) + 1 <= std::int64_t(maxBuckets)) return width;
    // Wider than years per bucket: a multiple of a year.
    const std::int64_t years = span / (365 * d * std::int64_t(maxBuckets)) + 2;
    return years * 365 * d;
}

Timeline timelineOf(const std::vector<std::int64_t>& times, const std::vector<char>& anomalous,
                    std::size_t maxBuckets, std::int64_t from, std::int64_t to)
{
    Timeline timeline;
    if (from == to) {
        std::int64_t low = std::numeric_limits<std::int64_t>::max(), high = kNoTime;
        for (const std::int64_t time : times)
            if (time != kNoTime) {
                low = std::min(low, time);
                high = std::max(high, time);
            }
        if (high == kNoTime) {
            timeline.untimed = times.size();
            return timeline;
        }
        from = low;
        to = high + 1;
    }
    timeline.bucketMs = roundBucketWidth(from, to, maxBuckets);
    timeline.start = floorDiv(from, timeline.bucketMs) * timeline.bucketMs;
    const auto buckets =
        std::size_t(floorDiv(to - 1, timeline.bucketMs) - timeline.start / timeline.bucketMs + 1);
    timeline.lines.assign(buckets, 0);
    timeline.anomalies.assign(buckets, 0);
    for (std::size_t line = 0; line < times.size(); ++line) {
        const std::int64_t time = times[line];
        if (time == kNoTime) {
            ++timeline.untimed;
            continue;
        }
        if (time < from || time >= to) continue;
        const auto bucket = std::size_t((time - timeline.start) / timeline.bucketMs);
        ++timeline.lines[bucket];
        if (!anomalous.empty() && anomalous[line]) ++timeline.anomalies[bucket];
    }
    return timeline;
}

Timeline timelineOfAllLines(const std::vector<std::int64_t>& times, const std::vector<char>& anomalous,
                            std::size_t maxBuckets)
{
    std::vector<std::int64_t> filled(times);
    const auto firstTimed =
        std::find_if(filled.begin(), filled.end(), [](std::int64_t t) { return t != kNoTime; });
    if (firstTimed == filled.end()) return timelineOf(times, anomalous, maxBuckets);
    std::int64_t last = *firstTimed;
    for (std::int64_t& time : filled) {
        if (time == kNoTime)
            time = last;
        else
            last = time;
    }
    return timelineOf(filled, anomalous, maxBuckets);
}

std::vector<TimeSpan> mergeSpans(std::vector<TimeSpan> spans)
{
    std::sort(spans.begin(), spans.end(), [](const TimeSpan& a, const TimeSpan& b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    std::vector<TimeSpan> merged;
    for (const TimeSpan& span : spans) {
        if (!merged.empty() && span.start <= merged.back().end)
            merged.back().end = std::max(merged.back().end, span.end);
        else
            merged.push_back(span);
    }
    return merged;
}

} // namespace logsleuth::ml
