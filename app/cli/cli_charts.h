// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Chart PNGs for the headless demo. Rendering needs Qt Charts, so builds without the GUI
// answer with a usage error instead.
#pragma once

#include "cli_args.h"
#include "logsleuth/ml/histogram.h"

#include <string>
#include <vector>

namespace logsleuth::cli {

#ifdef LOGSLEUTH_HAVE_CHARTS
void writeChartPngs(const std::string& directory, const ml::Histogram& histogram,
                    const ml::Histogram& suppressed, double threshold, const std::vector<double>& epochLoss);
#else
inline void writeChartPngs(const std::string&, const ml::Histogram&, const ml::Histogram&, double,
                           const std::vector<double>&)
{
    throw UsageError("--charts needs a build with the GUI (Qt Charts)");
}
#endif

} // namespace logsleuth::cli
