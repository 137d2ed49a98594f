// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Search over a mined corpus: an RE2 regular expression over the whole line (linear time, no
// catastrophic backtracking, unlike std::regex), combined with filters on the record columns
// and the template. Lines stream out in order; a cancel stops between lines.
#pragma once

#include "logsleuth/text/corpus.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace logsleuth::text {

struct SearchQuery {
    std::string pattern; // RE2 syntax, matched anywhere in the line; empty matches every line
    bool ignoreCase = false;
    Severity minSeverity = Severity::Unknown; // Unknown: no level filter
    std::int64_t since = kNoTime,
                 until = kNoTime;  // [since, until) in ms; lines without a time fail either bound
    std::string component, entity; // exact; empty: any
    std::optional<TemplateId> templateId;
};

class Search {
public:
    // nullptr and `error` for a pattern RE2 rejects, or a build without RE2.
    static std::unique_ptr<Search> create(SearchQuery query, std::string& error);
    virtual ~Search() = default;

    // Calls onMatch(globalLine) for each matching line, in order, over lines [from, to).
    // onMatch returns false to stop. Returns the number of lines matched.
    virtual std::uint64_t run(const Corpus& corpus, const std::function<bool(std::uint64_t)>& onMatch,
                              std::uint64_t from = 0, std::uint64_t to = UINT64_MAX) const = 0;
    static bool available(); // built with RE2
};

} // namespace logsleuth::text
