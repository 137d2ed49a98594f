// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// `analyze --charts DIR`: the data behind the charts as CSV (every build) and the charts as
// PNG and SVG (builds with the GUI, from the GUI's own chart classes).
#pragma once

#include "logsleuth/ml/histogram.h"
#include "logsleuth/ml/kde.h"
#include "logsleuth/ml/session.h"
#include "logsleuth/ml/timeline.h"

#include <string>
#include <vector>

namespace logsleuth::cli {

struct ChartInputs {
    ml::Histogram histogram, suppressed;
    double threshold = 0;
    std::vector<double> epochLoss, validationLoss;
    std::string lossMeaning, scoreMeaning; // what the family's loss measures, what its score is
    ml::Kde kde;                           // of every line's score, on log10(score)
    ml::Timeline timeline;                 // every line, an untimed one in its timed neighbour's bucket
};

// The chart inputs of a scored session.
ChartInputs chartInputsOf(const ml::AnalysisSession& session);

// <dir>/kde.csv (x,density) and <dir>/timeline.csv (bucket_start_ms,lines,anomalies), creating
// the directory. Returns the files written. A log without any time gets a header-only
// timeline.csv.
std::vector<std::string> writeChartData(const std::string& directory, const ChartInputs& inputs);

// histogram, loss, kde and timeline as PNG (+ SVG); builds without the GUI return nothing.
std::vector<std::string> writeChartImages(const std::string& directory, const ChartInputs& inputs);
bool chartImagesAvailable();

} // namespace logsleuth::cli
