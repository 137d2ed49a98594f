// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// A table of made-up layouts and how each is checked: the layout learned from its lines, the
// time, level, component and entity of its first line, its message, and that the learned
// format, given back with --format, reads every line the same way (tst_learned_layouts,
// tst_system_layouts).
#pragma once

#include "check.h"

#include "logsleuth/text/corpus.h"
#include "made_up_lines.h"

#include <cstdio>
#include <string>
#include <vector>

namespace made_up {

struct LayoutRow {
    const char* name;
    std::string text;
    std::string format, time, level, component, entity;
};

// Checks every row; stamps without a year take theirs from the files' modification time,
// 2020-06-01.
inline void checkLayoutRows(const std::vector<LayoutRow>& rows)
{
    using namespace logsleuth::text;
    int readBack = 0;
    for (const LayoutRow& row : rows) {
        LS_ROW(row.name);
        Corpus corpus;
        LogText text = LogText::fromBytes(row.text, "made-up.log");
        text.setModifiedMs(1590969600000);
        corpus.addSource(std::move(text));
        CHECK(corpus.mine());
        const SourceLayout& layout = corpus.layout(0);
        CHECK_EQ(layout.format, row.format);
        CHECK_EQ(layout.fitted, layout.lines);
        const RecordColumns& records = corpus.records();
        CHECK_EQ(iso(records.time(0)), row.time);
        CHECK_EQ(std::string(records.level(0)), row.level);
        CHECK_EQ(std::string(records.component(0)), row.component);
        CHECK_EQ(std::string(records.entity(0)), row.entity);
        // The message is what follows the header: the made-up message of line 0.
        CHECK_EQ(std::string(corpus.message(0)).find(message(0).substr(0, 8)) != std::string::npos, true);

        // The learned format, given back with --format, reads the line the same way.
        Corpus given;
        given.setRecordOptions(RecordOptions{layout.format, {}});
        LogText again = LogText::fromBytes(row.text, "made-up.log");
        again.setModifiedMs(1590969600000);
        given.addSource(std::move(again));
        CHECK(given.mine());
        bool same = given.layout(0).fitted == layout.lines && given.lineCount() == corpus.lineCount();
        for (std::uint64_t n = 0; same && n < corpus.lineCount(); ++n)
            same = given.records().time(n) == records.time(n) &&
                   given.records().level(n) == records.level(n) &&
                   given.records().component(n) == records.component(n) &&
                   given.records().entity(n) == records.entity(n) && given.message(n) == corpus.message(n);
        std::printf("  %-70s reads back: %s\n", row.name, same ? "yes" : "no");
        if (!same)
            std::printf(
                "    %s reads as: time %s, level '%s', component '%s', message '%s'\n", layout.format.c_str(),
                iso(given.records().time(0)).c_str(), std::string(given.records().level(0)).c_str(),
                std::string(given.records().component(0)).c_str(), std::string(given.message(0)).c_str());
        readBack += same;
    }
    // Every learned format, given back with --format, reads every line the same way.
    std::printf("learned formats that read back through --format: %d of %zu\n", readBack, rows.size());
    CHECK_EQ(readBack, static_cast<int>(rows.size()));
}

} // namespace made_up
