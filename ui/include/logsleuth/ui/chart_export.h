// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Headless chart rendering for logsleuth-cli and the GUI's export: the same chart builders the
// GUI uses, drawn into PNG files and, in builds with Qt Svg, SVG files. Needs a QApplication
// (the CLI creates one on the offscreen platform).
#pragma once

#include <logsleuth/ml/histogram.h>
#include <logsleuth/ml/kde.h>
#include <logsleuth/ml/timeline.h>

#include <QString>

#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace logsleuth::ui {

inline constexpr int kExportWidth = 900;
inline constexpr int kExportHeight = 500;

// What the four charts are drawn from.
struct ChartData {
    ml::Histogram histogram;
    ml::Histogram suppressed; // on histogram's bins; empty: none
    double threshold = 0;
    std::vector<double> epochLoss, validationLoss;
    QString lossMeaning;  // what the family's loss measures
    QString scoreMeaning; // what its score is
    ml::Kde kde;
    ml::Timeline timeline;
};

// True when this build writes SVG next to PNG.
bool svgExportAvailable();

// Writes histogram, loss, kde and timeline as <directory>/<name>.png (and .svg when available),
// creating the directory; a timeline without times is left out. Returns the files written; on
// failure returns what was written so far and says why in *error.
QStringList exportCharts(const ChartData& data, const QString& directory, QString* error);

// One chart (taken over and deleted) into `path`; the format from the suffix (.png or .svg).
bool exportChart(QChart* chart, const QString& path, QString* error);
// A chart as shown (its zoom, its size) into `path`, PNG or SVG by the suffix.
bool saveChartView(QChartView& view, const QString& path, QString* error);

} // namespace logsleuth::ui
