// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Lines and anomalies per time bucket, counted from the raw time column for the range shown:
// the timeline chart asks again on every zoom, so a spike is a count in its own bucket at any
// zoom and never averaged away. Bucket widths are round (1 s, 5 s, 1 min, 1 h, 1 d …).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace logsleuth::ml {

// [start, end) ms since the epoch.
struct TimeSpan {
    std::int64_t start = 0, end = 0;
    bool operator==(const TimeSpan&) const = default;
};

// Sorted by start, with spans that overlap or touch joined into one.
std::vector<TimeSpan> mergeSpans(std::vector<TimeSpan> spans);

struct Timeline {
    std::int64_t start = 0;    // ms since the epoch, a multiple of bucketMs
    std::int64_t bucketMs = 0; // 0: no line has a time
    std::vector<std::uint64_t> lines, anomalies;
    std::uint64_t untimed = 0; // lines without a time (not in any bucket)
    // Time windows judged anomalous as a whole (the `window` family), merged; drawn as bands
    // behind the counts. Empty for families that judge messages.
    std::vector<TimeSpan> bands;
    std::int64_t bucketStart(std::size_t bucket) const { return start + std::int64_t(bucket) * bucketMs; }
};

// The smallest round width that covers [from, to) in at most maxBuckets buckets.
std::int64_t roundBucketWidth(std::int64_t from, std::int64_t to, std::size_t maxBuckets);

// Buckets over [from, to) ms (from == to: the range of all times), at most maxBuckets of them.
// times: per line, kNoTime (INT64_MIN) when unknown; anomalous: per line, or empty. Lines
// outside the range are not counted.
Timeline timelineOf(const std::vector<std::int64_t>& times, const std::vector<char>& anomalous,
                    std::size_t maxBuckets, std::int64_t from = 0, std::int64_t to = 0);

// The same over every line, where an untimed line counts in the bucket of the last timed line
// before it (or the first after it, for a leading run): the export's `lines` then sum to the
// input's line count whenever any line has a time.
Timeline timelineOfAllLines(const std::vector<std::int64_t>& times, const std::vector<char>& anomalous,
                            std::size_t maxBuckets);

} // namespace logsleuth::ml
