// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Model families side by side on one corpus and one set of labels: each family is trained and
// scored as a plain analysis (no marks, so nothing the labels came from leaks in) and judged by
// precision, recall and F1 at its default threshold, best F1, ROC-AUC, and the time it took.
#pragma once

#include "logsleuth/ml/metrics.h"
#include "logsleuth/ml/model_options.h"
#include "logsleuth/ml/threshold.h"
#include "logsleuth/text/task_control.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace logsleuth::text {
class Corpus;
}

namespace logsleuth::ml {

struct FamilyComparison {
    std::string kind;
    Metrics metrics;
    std::uint64_t flagged = 0; // lines above the threshold
    double trainSeconds = 0;
    double scoreMsPerLine = 0; // scoring alone, per line of the corpus
    std::string error;         // the family could not train here (then metrics are empty)
};

// labels: per global line, true for an anomaly. optionsOf gives each family's options.
// onRow is called after each family (for live display); returns the rows, or fewer when
// cancelled.
std::vector<FamilyComparison>
compareFamilies(const std::shared_ptr<const text::Corpus>& corpus, const std::vector<std::string>& kinds,
                const std::function<ModelOptions(const std::string&)>& optionsOf,
                const ThresholdSpec& threshold, const std::vector<bool>& labels,
                const TaskControl& control = {},
                const std::function<void(const FamilyComparison&)>& onRow = {});

} // namespace logsleuth::ml
