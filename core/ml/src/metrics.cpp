// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/ml/metrics.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace logsleuth::ml {
namespace {

double f1Of(double tp, double fp, double fn)
{
    return tp == 0 ? 0.0 : 2 * tp / (2 * tp + fp + fn);
}

} // namespace

Metrics evaluate(const std::vector<double>& scores, const std::vector<bool>& decided,
                 const std::vector<bool>& labels)
{
    if (scores.size() != labels.size() || decided.size() != labels.size())
        throw std::invalid_argument("evaluate: scores, decisions and labels differ in length");
    Metrics m;
    double tp = 0, fp = 0, fn = 0;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        (labels[i] ? m.positives : m.negatives) += 1;
        if (decided[i] && labels[i]) ++tp;
        if (decided[i] && !labels[i]) ++fp;
        if (!decided[i] && labels[i]) ++fn;
    }
    m.precision = tp + fp == 0 ? 0.0 : tp / (tp + fp);
    m.recall = tp + fn == 0 ? 0.0 : tp / (tp + fn);
    m.f1 = f1Of(tp, fp, fn);

    // Highest score first; lines of one score enter together (a threshold cannot split them).
    std::vector<std::size_t> order(scores.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
    const auto positives = static_cast<double>(m.positives), negatives = static_cast<double>(m.negatives);
    double truePositives = 0, falsePositives = 0, previousRecall = 0, auc = 0;
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        double groupPositives = 0, groupNegatives = 0;
        for (; j < order.size() && scores[order[j]] == scores[order[i]]; ++j)
            (labels[order[j]] ? groupPositives : groupNegatives) += 1;
        // ROC: each negative in the group outranks the positives seen so far, and ties half.
        auc += groupNegatives * (truePositives + groupPositives / 2);
        truePositives += groupPositives;
        falsePositives += groupNegatives;
        if (positives > 0) {
            const double recall = truePositives / positives;
            const double precision = truePositives / (truePositives + falsePositives);
            m.prAuc += (recall - previousRecall) * precision;
            previousRecall = recall;
            const double f1 = f1Of(truePositives, falsePositives, positives - truePositives);
            if (f1 > m.bestF1) {
                m.bestF1 = f1;
                m.bestThreshold = scores[order[i]];
            }
        }
        i = j;
    }
    // auc counted, for each negative, the positives ranked above it: P(positive > negative).
    if (positives > 0 && negatives > 0) m.rocAuc = auc / (positives * negatives);
    return m;
}

} // namespace logsleuth::ml
