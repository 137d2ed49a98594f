// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Chart builders shared by the GUI panel and the headless export. The engine bins the data
// (ml::histogramOf); these only turn bins into series, so a chart never holds more points
// than the histogram has bins.
#pragma once

#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <string_view>
#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace logsleuth::ml {
struct Histogram;
struct Kde;
struct Timeline;
} // namespace logsleuth::ml

namespace logsleuth::ui {

// Object names of the series, so tests and styling can find them.
inline constexpr auto kHistogramSeriesName = "histogram";
inline constexpr auto kAboveThresholdSeriesName = "histogramAboveThreshold";
inline constexpr auto kSuppressedSeriesName = "histogramSuppressed";
inline constexpr auto kThresholdSeriesName = "threshold";
inline constexpr auto kLossSeriesName = "loss";
inline constexpr auto kKdeSeriesName = "kde";
inline constexpr auto kKdeSelectedSeriesName = "kdeSelected";
inline constexpr auto kTimelineLinesSeriesName = "timelineLines";
inline constexpr auto kTimelineAnomaliesSeriesName = "timelineAnomalies";
inline constexpr auto kTimelineBandsSeriesName = "timelineBands";

// New chart owned by the caller: lines per error bin as a step area (log count axis, so the
// rare tail stays visible), the bins past the threshold in red, the threshold as a vertical line.
// suppressed (optional, on histogram's bins) holds the lines marked as false positives: they
// are taken out of the blue and red areas and drawn as their own grey area, so the red tail
// only counts lines that are still anomalies. `meaning` says what the family's score is
// (ml::ModelFamily::scoreMeaning), in the score axis's title.
QChart* createHistogramChart(const ml::Histogram& histogram, double threshold,
                             const ml::Histogram* suppressed = nullptr, const QString& meaning = {});

// What the family `kind` says its loss measures and what its score is; empty for a kind this
// build lacks.
QString lossMeaningOf(std::string_view kind);
QString scoreMeaningOf(std::string_view kind);
// New chart owned by the caller: mean training loss per epoch; `meaning` says what the family's
// loss measures (ml::ModelFamily::lossMeaning), in the epoch axis's title.
QChart* createLossChart(const std::vector<double>& epochLoss, const std::vector<double>& validationLoss = {},
                        const QString& meaning = {});

// New chart owned by the caller: the density of every line's score on log10(score), the
// threshold as a dashed line, and optionally a second density (the selected line's template),
// each a rug of ticks when it has too few points for a curve.
QChart* createKdeChart(const ml::Kde& overall, double threshold, const ml::Kde* selected = nullptr,
                       const QString& selectedName = {});

// New chart owned by the caller: lines per time bucket (left axis) and anomalous lines per
// bucket (right axis, red) on a UTC date axis spanning the timeline, and the timeline's bands
// (time windows judged anomalous as a whole) as pale red bands behind them.
QChart* createTimelineChart(const ml::Timeline& timeline);
// Round ticks for a time axis over [fromMs, toMs]: a step people count in (1, 2, 5, 10, 15 or 30
// seconds or minutes, 1, 2, 3, 6 or 12 hours, days, weeks), at most eight intervals, the range
// widened to whole steps in the zone `offsetSeconds` east of UTC (local midnight for days), and
// a label format that shows what the step changes and no more.
struct TimeTicks {
    int64_t startMs = 0, endMs = 0, stepMs = 0;
    int intervals = 0;
    QString format;
};
TimeTicks niceTimeTicks(int64_t fromMs, int64_t toMs, int offsetSeconds);
// Sets a timeline's time axis to the round ticks around [fromMs, toMs] in the system's zone.
void setTimelineRange(QChart* chart, int64_t fromMs, int64_t toMs);
// Replaces the series' points and the count axes' ranges (the time axis is left alone, so a
// zoom keeps its range while the buckets are counted again for it).
void updateTimelineChart(QChart* chart, const ml::Timeline& timeline);

// One named curve of createCurveChart: values[i] is drawn at x = i.
struct Curve {
    QString name;
    std::vector<double> values;
};
// New chart owned by the caller: curves over a common integer x axis (rounds, epochs) on a y
// range fixed by the caller, each in its own colour, with a legend.
QChart* createCurveChart(const QString& title, const QString& xTitle, const QString& yTitle,
                         const std::vector<Curve>& curves, double yMin, double yMax);

} // namespace logsleuth::ui
