// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/ml/score_csv.h"

#include "logsleuth/ml/verdict.h"
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
    : m_csv(csv), m_corpus(corpus), m_scored(scored), m_unitOf(scored.scores.unitOfLine(corpus)),
      m_threshold(formatScore(static_cast<float>(scored.threshold)))
{
    const auto& miner = corpus.miner();
    m_clusterHex.reserve(miner.clusterCount());
    for (std::uint32_t c = 0; c < miner.clusterCount(); ++c)
        m_clusterHex.push_back(text::toHex(miner.id(c)));
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

void ScoreCsvWriter::row(std::uint64_t globalLine)
{
    const auto [file, line] = m_corpus.locateInFile(globalLine);
    if (m_corpus.fileCount() > 1) m_csv.field(m_corpus.source(file).name());
    m_csv.field(line.value() + 1);
    const auto unit = m_unitOf[globalLine];
    const auto verdict = m_scored.verdictOfLine(globalLine, unit);
    const float score = m_scored.scores.values[unit];
    m_csv.field(formatScore(score))
        .field(m_scored.unitThresholds.empty() ? m_threshold
                                               : formatScore(static_cast<float>(m_scored.thresholdOf(unit))))
        .field(std::uint64_t{isAnomaly(verdict) ? 1u : 0u})
        .field(m_clusterHex[m_corpus.clusterOfMessage(m_corpus.messageKeys()[globalLine])])
        .field(toString(verdict))
        .field(unitName(m_scored.scores, unit))
        .field(formatScore(m_scored.scores.confidenceOf(unit)))
        .field(m_scored.markIdOfLine(globalLine, unit))
        .field(std::uint64_t{double(score) > m_scored.thresholdOf(unit) ? 1u : 0u})
        .field(toString(m_scored.decidedByOfLine(globalLine, unit)));
    m_csv.endRow();
}

} // namespace logsleuth::ml
