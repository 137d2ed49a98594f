// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Detection quality against labels: precision, recall and F1 of a decision, the best F1 any
// score threshold reaches, ROC-AUC (ties count half, as the Mann-Whitney statistic does) and
// PR-AUC as average precision (one step per distinct score). Plain C++, no torch.
#pragma once

#include <cstdint>
#include <vector>

namespace logsleuth::ml {

struct Metrics {
    double precision = 0, recall = 0, f1 = 0; // of `decided`
    double bestF1 = 0, bestThreshold = 0;     // over thresholds "score >= t"
    double rocAuc = 0.5, prAuc = 0;
    std::uint64_t positives = 0, negatives = 0;
};

// scores, decided (the anomaly column) and labels are per line and of one length.
Metrics evaluate(const std::vector<double>& scores, const std::vector<bool>& decided,
                 const std::vector<bool>& labels);

} // namespace logsleuth::ml
