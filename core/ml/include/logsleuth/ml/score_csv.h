// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The per-line score CSV of `logsleuth-cli score` — a contract whose columns are only ever
// appended to — written by the CLI for every line and by the GUI for the lines a filter shows:
//   [file,]line,score,threshold,anomaly,template_id,verdict,unit,confidence,mark_id,
//   over_threshold,decided_by
#pragma once

#include "logsleuth/ml/session.h"
#include "logsleuth/text/csv.h"

#include <atomic>
#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace logsleuth::ml {

class ScoreCsvWriter {
public:
    // corpus and scored must outlive the writer.
    ScoreCsvWriter(text::CsvWriter& csv, const text::Corpus& corpus, const Scored& scored);
    void header();
    void row(std::uint64_t globalLine);
    // The row of a line, newline included, appended to `out`; safe on several threads at once.
    void appendRow(std::string& out, std::uint64_t globalLine) const;
    // Every line's row in line order, made on `threads` threads (after header()); false when
    // `stop` was set before the end.
    bool writeAllRows(std::ostream& out, unsigned threads, const std::atomic<bool>& stop) const;

private:
    text::CsvWriter& m_csv;
    const text::Corpus& m_corpus;
    const Scored& m_scored;
    const std::vector<std::uint32_t>& m_unitOf;
    // Cells made once: per template its id, per file its name, per unit "score,threshold," and
    // "unit,confidence," and whether its score is over its threshold.
    std::vector<std::string> m_clusterHex;
    std::vector<std::string> m_fileCells;
    std::vector<std::string> m_unitScores, m_unitNames;
    std::vector<char> m_unitOver;
};

// Scores print as the shortest text that reads back as the same float.
std::string formatScore(float value);
// How the CSV names a unit: the message key, or the window's start and entity.
std::string unitName(const Scores& scores, std::uint32_t unit);

} // namespace logsleuth::ml
