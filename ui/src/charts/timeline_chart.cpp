// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include <logsleuth/ui/charts.h>

#include <logsleuth/ml/timeline.h>

#include <QAreaSeries>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QTimeZone>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace logsleuth::ui {

namespace {

// Two points per bucket, so a bucket reads as a flat step and not as a slope to the next one.
QList<QPointF> steps(const ml::Timeline& timeline, const std::vector<uint64_t>& counts)
{
    QList<QPointF> points;
    points.reserve(qsizetype(2 * counts.size()));
    for (size_t bucket = 0; bucket < counts.size(); ++bucket) {
        const double y = double(counts[bucket]);
        points.append({double(timeline.bucketStart(bucket)), y});
        points.append({double(timeline.bucketStart(bucket + 1)), y});
    }
    return points;
}

// A rectangle per band, full height on the bands' own 0..1 axis, joined along the baseline.
QList<QPointF> bandOutline(const std::vector<ml::TimeSpan>& bands)
{
    QList<QPointF> points;
    points.reserve(qsizetype(4 * bands.size()));
    for (const ml::TimeSpan& band : bands) {
        points.append({double(band.start), 0.0});
        points.append({double(band.start), 1.0});
        points.append({double(band.end), 1.0});
        points.append({double(band.end), 0.0});
    }
    return points;
}

int64_t floorTo(int64_t value, int64_t step)
{
    const int64_t q = value / step;
    return (value % step < 0 ? q - 1 : q) * step;
}

} // namespace

TimeTicks niceTimeTicks(int64_t fromMs, int64_t toMs, int offsetSeconds)
{
    constexpr int64_t second = 1000, minute = 60 * second, hour = 60 * minute, day = 24 * hour;
    static constexpr int64_t kSteps[] = {
        1,           2,        5,          10,         20,          50,          100,
        200,         500,      second,     2 * second, 5 * second,  10 * second, 15 * second,
        30 * second, minute,   2 * minute, 5 * minute, 10 * minute, 15 * minute, 30 * minute,
        hour,        2 * hour, 3 * hour,   6 * hour,   12 * hour,   day,         2 * day,
        7 * day,     14 * day, 28 * day,   91 * day,   182 * day,   364 * day,   5 * 364 * day};
    constexpr int kMostIntervals = 8;
    if (toMs < fromMs) std::swap(fromMs, toMs);
    TimeTicks ticks;
    for (const int64_t step : kSteps) {
        // Weeks start on Mondays (the epoch was a Thursday).
        const int64_t offset = int64_t(offsetSeconds) * second - (step >= 7 * day ? 4 * day : 0);
        ticks.stepMs = step;
        ticks.startMs = floorTo(fromMs + offset, step) - offset;
        ticks.endMs = floorTo(toMs + offset, step) - offset;
        if (ticks.endMs < toMs || ticks.endMs == ticks.startMs) ticks.endMs += step;
        if ((ticks.endMs - ticks.startMs) / step <= kMostIntervals) break;
    }
    ticks.intervals = int((ticks.endMs - ticks.startMs) / ticks.stepMs);
    ticks.format = ticks.stepMs < second   ? QStringLiteral("HH:mm:ss.zzz")
                   : ticks.stepMs < minute ? QStringLiteral("HH:mm:ss")
                   : ticks.stepMs < day    ? QStringLiteral("MM-dd HH:mm")
                                           : QStringLiteral("yyyy-MM-dd");
    return ticks;
}

void setTimelineRange(QChart* chart, int64_t fromMs, int64_t toMs)
{
    auto* axisX = chart ? qobject_cast<QDateTimeAxis*>(chart->axes(Qt::Horizontal).value(0)) : nullptr;
    if (!axisX) return;
    // QDateTimeAxis draws local time, so the ticks are rounded in the local zone.
    const int offset = QDateTime::fromMSecsSinceEpoch(fromMs).offsetFromUtc();
    const TimeTicks ticks = niceTimeTicks(fromMs, toMs, offset);
    axisX->setRange(QDateTime::fromMSecsSinceEpoch(ticks.startMs, QTimeZone::UTC),
                    QDateTime::fromMSecsSinceEpoch(ticks.endMs, QTimeZone::UTC));
    axisX->setTickCount(ticks.intervals + 1);
    axisX->setFormat(ticks.format);
}

QChart* createTimelineChart(const ml::Timeline& timeline)
{
    auto* chart = new QChart;
    chart->setTitle(QObject::tr("Lines and anomalies over time"));
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setMargins(QMargins(6, 6, 6, 6));

    // Added first, so the counts are drawn over them.
    auto* bandOutlineSeries = new QLineSeries(chart);
    auto* bands = new QAreaSeries(bandOutlineSeries);
    bands->setName(QObject::tr("anomalous windows"));
    bands->setObjectName(QLatin1String(kTimelineBandsSeriesName));
    bands->setBrush(QColor(0xc0, 0x39, 0x2b, 45));
    bands->setPen(Qt::NoPen);
    chart->addSeries(bands);

    auto* upper = new QLineSeries(chart);
    auto* lines = new QAreaSeries(upper);
    lines->setName(QObject::tr("lines"));
    lines->setObjectName(QLatin1String(kTimelineLinesSeriesName));
    lines->setBrush(QColor(0x1f, 0x6f, 0xb2, 90));
    lines->setPen(QPen(QColor(0x1f, 0x6f, 0xb2), 1.0));
    chart->addSeries(lines);
    auto* anomalies = new QLineSeries(chart);
    anomalies->setName(QObject::tr("anomalous lines (right axis)"));
    anomalies->setObjectName(QLatin1String(kTimelineAnomaliesSeriesName));
    QPen red(QColor(0xc0, 0x39, 0x2b));
    red.setWidthF(1.8);
    anomalies->setPen(red);
    chart->addSeries(anomalies);

    auto* axisX = new QDateTimeAxis(chart);
    // QDateTimeAxis draws local time (Qt 6.8 has no zone setting): say which zone.
    axisX->setTitleText(QObject::tr("local time (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())));
    auto* axisLines = new QValueAxis(chart);
    axisLines->setTitleText(QObject::tr("lines"));
    axisLines->setLabelFormat(QStringLiteral("%d"));
    auto* axisAnomalies = new QValueAxis(chart);
    axisAnomalies->setTitleText(QObject::tr("anomalies"));
    axisAnomalies->setLabelFormat(QStringLiteral("%d"));
    axisAnomalies->setLabelsColor(red.color());
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisLines, Qt::AlignLeft);
    chart->addAxis(axisAnomalies, Qt::AlignRight);
    auto* axisBands = new QValueAxis(chart);
    axisBands->setRange(0, 1);
    axisBands->setVisible(false);
    chart->addAxis(axisBands, Qt::AlignLeft);
    bands->attachAxis(axisX);
    bands->attachAxis(axisBands);
    lines->attachAxis(axisX);
    lines->attachAxis(axisLines);
    anomalies->attachAxis(axisX);
    anomalies->attachAxis(axisAnomalies);
    if (timeline.bucketMs > 0)
        setTimelineRange(chart, timeline.start, timeline.bucketStart(timeline.lines.size()));
    updateTimelineChart(chart, timeline);
    return chart;
}

void updateTimelineChart(QChart* chart, const ml::Timeline& timeline)
{
    QAreaSeries* lines = nullptr;
    QAreaSeries* bands = nullptr;
    QLineSeries* anomalies = nullptr;
    for (QAbstractSeries* series : chart->series()) {
        if (series->objectName() == QLatin1String(kTimelineLinesSeriesName))
            lines = qobject_cast<QAreaSeries*>(series);
        if (series->objectName() == QLatin1String(kTimelineBandsSeriesName))
            bands = qobject_cast<QAreaSeries*>(series);
        if (series->objectName() == QLatin1String(kTimelineAnomaliesSeriesName))
            anomalies = qobject_cast<QLineSeries*>(series);
    }
    if (!lines || !anomalies || !bands) return;
    lines->upperSeries()->replace(steps(timeline, timeline.lines));
    anomalies->replace(steps(timeline, timeline.anomalies));
    bands->upperSeries()->replace(bandOutline(timeline.bands));
    for (QLegendMarker* marker : chart->legend()->markers(bands))
        marker->setVisible(!timeline.bands.empty());
    const auto axes = chart->axes(Qt::Vertical);
    const uint64_t mostLines =
        timeline.lines.empty() ? 0 : *std::max_element(timeline.lines.begin(), timeline.lines.end());
    const uint64_t mostAnomalies =
        timeline.anomalies.empty() ? 0
                                   : *std::max_element(timeline.anomalies.begin(), timeline.anomalies.end());
    for (QAbstractAxis* axis : axes) {
        auto* values = qobject_cast<QValueAxis*>(axis);
        if (!values || !values->isVisible()) continue; // the bands' axis stays 0..1
        const bool left = axis->alignment() == Qt::AlignLeft;
        values->setRange(0, std::max<double>(left ? double(mostLines) : double(mostAnomalies), 1.0) * 1.1);
        values->applyNiceNumbers();
        // Counts are whole: a small range gets a tick per count, not "0 0 1 1" from fractions
        // printed as integers.
        if (values->max() < 10) {
            values->setRange(0, std::ceil(values->max()));
            values->setTickType(QValueAxis::TicksDynamic);
            values->setTickAnchor(0);
            values->setTickInterval(1);
        } else {
            values->setTickType(QValueAxis::TicksFixed);
        }
    }
}

} // namespace logsleuth::ui
