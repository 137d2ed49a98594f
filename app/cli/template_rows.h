// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The rows of `logsleuth-cli templates`: `[file,]line,template_id,template,time,level,component,
// entity,record`. A million-row run spends its time here rather than mining, so every cell that
// repeats (a template, a level, a component, a file name) is made CSV-safe once and copied, a
// stamp's date and clock are formatted once a second, and chunks of rows are made on all cores.
#pragma once

#include "logsleuth/text/corpus.h"

#include <atomic>
#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace logsleuth::cli {

class TemplateRows {
public:
    // The file column is there when the corpus holds more than one file as this is made, or when
    // `withFile` says so (writeLineHeader).
    explicit TemplateRows(const text::Corpus& corpus, bool withFile = false);

    // Makes the cells of templates, strings and sources the corpus gained since the last call
    // (appended lines under --follow).
    void refresh();

    // Appends the row of global line `g`; `line` and `recordLine` are the 1-based numbers to print.
    void append(std::string& out, std::uint64_t g, std::uint64_t line, std::uint64_t recordLine) const;

    // Writes the rows of lines [first, end) in line order, made in chunks on `threads` threads.
    // Stops early, returning false, when `stop` is set.
    bool write(std::ostream& out, std::uint64_t first, std::uint64_t end, unsigned threads,
               const std::atomic<bool>& stop) const;

private:
    void appendAfterFile(std::string& out, std::uint64_t g, std::uint64_t line,
                         std::uint64_t recordLine) const;
    void appendTime(std::string& out, std::int64_t epochMs) const;
    void appendChunk(std::string& out, std::uint64_t first, std::uint64_t end) const;

    const text::Corpus& m_corpus;
    const bool m_withFile;
    std::vector<std::string> m_fileCells;     // per source: "name,"
    std::vector<std::string> m_templateCells; // per cluster: ",id,template,"
    std::vector<std::string> m_levelCells;    // per level id
    std::vector<std::string> m_stringCells;   // per interned string id (component, entity)
};

} // namespace logsleuth::cli
