// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Chart builders shared by the GUI panel and the headless export. The engine bins the data
// (ml::histogramOf); these only turn bins into series, so a chart never holds more points
// than the histogram has bins.
#pragma once

#include <QString>
#include <QtGlobal>

#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace logsleuth::ml {
struct Histogram;
}

namespace logsleuth::ui {

// Object names of the series, so tests and styling can find them.
inline constexpr auto kHistogramSeriesName = "histogram";
inline constexpr auto kAboveThresholdSeriesName = "histogramAboveThreshold";
inline constexpr auto kSuppressedSeriesName = "histogramSuppressed";
inline constexpr auto kThresholdSeriesName = "threshold";
inline constexpr auto kLossSeriesName = "loss";

// New chart owned by the caller: lines per error bin as a step area (log count axis, so the
// rare tail stays visible), the bins past the threshold in red, the threshold as a vertical line.
// suppressed (optional, on histogram's bins) holds the lines marked as false positives: they
// are taken out of the blue and red areas and drawn as their own grey area, so the red tail
// only counts lines that are still anomalies.
QChart* createHistogramChart(const ml::Histogram& histogram, double threshold,
                             const ml::Histogram* suppressed = nullptr);

// New chart owned by the caller: mean training loss per epoch.
QChart* createLossChart(const std::vector<double>& epochLoss, const std::vector<double>& validationLoss = {});

} // namespace logsleuth::ui
