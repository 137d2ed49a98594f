// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Headless chart rendering for logsleuth-cli: the same chart builders the GUI uses, drawn
// into PNG files. Needs a QApplication (the CLI creates one on the offscreen platform).
#pragma once

#include <QString>

#include <vector>

namespace logsleuth::ml {
struct Histogram;
}

namespace logsleuth::ui {

inline constexpr int kExportWidth = 900;
inline constexpr int kExportHeight = 500;

// Writes <directory>/histogram.png (errors with the threshold line; lines marked as false
// positives, when given, drawn apart) and <directory>/loss.png (loss per epoch), creating the
// directory. On failure returns false and says why in *error.
bool exportChartPngs(const ml::Histogram& histogram, double threshold, const std::vector<double>& epochLoss,
                     const QString& directory, QString* error, const ml::Histogram* suppressed = nullptr);

} // namespace logsleuth::ui
