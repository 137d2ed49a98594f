// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/ml/score_csv.h"

#include "logsleuth/ml/verdict.h"
#include "logsleuth/text/chunked_rows.h"
#include "logsleuth/text/corpus.h"
#include "logsleuth/text/types.h"

#include <charconv>

namespace logsleuth::ml {

std::string formatScore(float value)
{
    char buffer[32];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    (void)ec;
    return std::string(buffer, end);
}

std::string unitName(const Scores& scores, std::uint32_t unit)
{
    if (scores.unitNames.empty()) return std::string(toString(scores.unit)) + ":" + std::to_string(unit);
    return std::string(toString(scores.unit)) + ":" + scores.unitNames[unit];
}

ScoreCsvWriter::ScoreCsvWriter(text::CsvWriter& csv, const text::Corpus& corpus, const Scored& scored)
    : m_csv(csv), m_corpus(corpus), m_scored(scored), m_unitOf(scored.scores.unitOfLine(corpus))
{
    const auto& miner = corpus.miner();
    m_clusterHex.reserve(miner.clusterCount());
    for (std::uint32_t c = 0; c < miner.clusterCount(); ++c)
        m_clusterHex.push_back(text::toHex(miner.id(c)));
    if (corpus.fileCount() > 1)
        for (std::size_t file = 0; file < corpus.fileCount(); ++file)
            m_fileCells.push_back(text::csvField(corpus.source(file).name()) + ',');
    const std::string threshold = formatScore(static_cast<float>(scored.threshold));
    const auto units = static_cast<std::uint32_t>(scored.scores.size());
    m_unitScores.reserve(units);
    m_unitNames.reserve(units);
    m_unitOver.reserve(units);
    for (std::uint32_t unit = 0; unit < units; ++unit) {
        const float score = scored.scores.values[unit];
        m_unitScores.push_back(formatScore(score) + ',' +
                               (scored.unitThresholds.empty()
                                    ? threshold
                                    : formatScore(static_cast<float>(scored.thresholdOf(unit)))) +
                               ',');
        m_unitNames.push_back(text::csvField(unitName(scored.scores, unit)) + ',' +
                              formatScore(scored.scores.confidenceOf(unit)) + ',');
        m_unitOver.push_back(double(score) > scored.thresholdOf(unit) ? '1' : '0');
    }
}

void ScoreCsvWriter::header()
{
    if (m_corpus.fileCount() > 1) m_csv.field("file");
    m_csv.field("line")
        .field("score")
        .field("threshold")
        .field("anomaly")
        .field("template_id")
        .field("verdict");
    m_csv.field("unit").field("confidence").field("mark_id").field("over_threshold").field("decided_by");
    m_csv.endRow();
}

void ScoreCsvWriter::appendRow(std::string& out, std::uint64_t globalLine) const
{
    const auto [file, line] = m_corpus.locateInFile(globalLine);
    if (!m_fileCells.empty()) out += m_fileCells[file];
    text::appendCsvNumber(out, line.value() + 1);
    out += ',';
    const auto unit = m_unitOf[globalLine];
    const auto verdict = m_scored.verdictOfLine(globalLine, unit);
    out += m_unitScores[unit];
    out += isAnomaly(verdict) ? '1' : '0';
    out += ',';
    out += m_clusterHex[m_corpus.clusterOfMessage(m_corpus.messageKeys()[globalLine])];
    out += ',';
    out += toString(verdict);
    out += ',';
    out += m_unitNames[unit];
    text::appendCsvField(out, m_scored.markIdOfLine(globalLine, unit));
    out += ',';
    out += m_unitOver[unit];
    out += ',';
    out += toString(m_scored.decidedByOfLine(globalLine, unit));
    out += '\n';
}

void ScoreCsvWriter::row(std::uint64_t globalLine)
{
    std::string text;
    appendRow(text, globalLine);
    m_csv.writeRow(text);
}

bool ScoreCsvWriter::writeAllRows(std::ostream& out, unsigned threads, const std::atomic<bool>& stop) const
{
    return text::writeRowsInChunks(out, 0, m_corpus.lineCount(), threads, stop,
                                   [this](std::string& rows, std::uint64_t first, std::uint64_t end) {
                                       for (std::uint64_t g = first; g < end; ++g)
                                           appendRow(rows, g);
                                   });
}

} // namespace logsleuth::ml
