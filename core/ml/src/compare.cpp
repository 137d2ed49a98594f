// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/ml/compare.h"

#include "logsleuth/ml/session.h"
#include "logsleuth/ml/verdict.h"
#include "logsleuth/text/corpus.h"

#include <chrono>
#include <exception>
#include <stdexcept>

namespace logsleuth::ml {

std::vector<FamilyComparison>
compareFamilies(const std::shared_ptr<const text::Corpus>& corpus, const std::vector<std::string>& kinds,
                const std::function<ModelOptions(const std::string&)>& optionsOf,
                const ThresholdSpec& threshold, const std::vector<bool>& labels, const TaskControl& control,
                const std::function<void(const FamilyComparison&)>& onRow)
{
    if (labels.size() != corpus->lineCount())
        throw std::invalid_argument("compareFamilies: one label per line");
    std::vector<FamilyComparison> rows;
    const double share = kinds.empty() ? 1.0 : 1.0 / double(kinds.size());
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        if (control.cancelled()) break;
        FamilyComparison row;
        row.kind = kinds[i];
        const TaskControl part = control.part(double(i) * share, double(i + 1) * share);
        try {
            AnalysisSession session(corpus);
            session.setThreshold(threshold);
            if (!session.train(kinds[i], optionsOf(kinds[i]), part.part(0, 0.8))) break;
            row.trainSeconds = session.trainReport().seconds;
            const auto start = std::chrono::steady_clock::now();
            if (!session.score(part.part(0.8, 1.0))) break;
            const std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - start;
            row.scoreMsPerLine = took.count() / double(std::max<std::uint64_t>(corpus->lineCount(), 1));
            const Scored& scored = session.scored();
            const auto& units = scored.scores.unitOfLine(*corpus);
            std::vector<double> scores(corpus->lineCount());
            std::vector<bool> decided(corpus->lineCount());
            for (std::uint64_t line = 0; line < scores.size(); ++line) {
                const auto unit = units[line];
                scores[line] = double(scored.scores.values[unit]);
                decided[line] = isAnomaly(scored.verdictOfLine(line, unit));
                row.flagged += decided[line] ? 1 : 0;
            }
            row.metrics = evaluate(scores, decided, labels);
        } catch (const std::exception& e) {
            row.error = e.what();
        }
        rows.push_back(row);
        if (onRow) onRow(row);
    }
    return rows;
}

} // namespace logsleuth::ml
