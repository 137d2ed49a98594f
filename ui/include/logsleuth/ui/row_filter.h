// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Which lines the log table shows. A filter is a conjunction of conditions on the record
// columns, the template, the verdict and the search hits; the table applies it to its sorted
// order, so filtering never re-sorts and sorting never re-reads the filter's inputs.
#pragma once

#include <logsleuth/text/record_columns.h>
#include <logsleuth/text/records.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace logsleuth::text {
class Corpus;
}
namespace logsleuth::ml {
struct Scored;
}

namespace logsleuth::ui {

struct RowFilter {
    text::Severity minSeverity = text::Severity::Unknown; // Unknown: any level
    // Verdicts: apply once lines are scored (before that they let every line through).
    bool anomaliesOnly = false;           // anomalies and confirmed ones
    bool hideSuppressed = false;          // lines marked false positive
    std::optional<std::uint32_t> cluster; // the miner's cluster index of a template
    std::uint32_t componentId = 0;        // RecordColumns string id; 0: any
    std::uint32_t entityId = 0;           // RecordColumns string id; 0: any
    std::int64_t since = text::kNoTime;   // [since, until) in ms; a bound rejects untimed lines
    std::int64_t until = text::kNoTime;
    // Only these global lines (sorted), e.g. a search's hits; null: no such condition.
    std::shared_ptr<const std::vector<std::uint64_t>> onlyLines;

    bool isActive() const;
    bool operator==(const RowFilter&) const = default; // onlyLines compares by identity
    bool needsScores() const { return anomaliesOnly || hideSuppressed; }
};

// The lines of `order` (every line in file order when `order` is empty) that pass `filter`, in
// that order. `scored`/`unitOfLine` may be null (not scored yet). One pass of array lookups per
// line, with the per-message and per-unit conditions decided once per key beforehand.
std::vector<std::uint32_t> filterLines(const text::Corpus& corpus, const ml::Scored* scored,
                                       const std::vector<std::uint32_t>* unitOfLine, const RowFilter& filter,
                                       const std::vector<std::uint32_t>& order);

} // namespace logsleuth::ui
