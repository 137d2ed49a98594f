// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include <logsleuth/ui/charts.h>

#include <logsleuth/ml/histogram.h>

#include <QAreaSeries>
#include <QChart>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace logsleuth::ui {

namespace {

// Counts span orders of magnitude (the bulk of normal lines against a handful in the tail),
// so the count axis is logarithmic and an empty bin sits on this floor instead of log(0). The
// floor lies half a decade below 1, so a bin of one line (often an anomaly) stands as tall
// as half a decade instead of a hairline.
constexpr double kLogFloor = 0.3;

// A step outline over bins [first, last): two points per bin, plus the floor at both ends.
QList<QPointF> stepPoints(const ml::Histogram& h, size_t first, size_t last)
{
    QList<QPointF> points;
    points.reserve(qsizetype(2 * (last - first) + 2));
    const double width = h.binWidth();
    const double x0 = h.low + width * double(first);
    points.append({x0, kLogFloor});
    for (size_t bin = first; bin < last; ++bin) {
        const double y = std::max(kLogFloor, double(h.counts[bin]));
        points.append({h.low + width * double(bin), y});
        points.append({h.low + width * double(bin + 1), y});
    }
    points.append({h.low + width * double(last), kLogFloor});
    return points;
}

QAreaSeries* stepArea(QChart* chart, const ml::Histogram& h, size_t first, size_t last, const QString& name,
                      const char* objectName, const QColor& colour)
{
    auto* upper = new QLineSeries(chart);
    upper->replace(stepPoints(h, first, last));
    auto* lower = new QLineSeries(chart);
    const double width = h.binWidth();
    lower->replace({{h.low + width * double(first), kLogFloor}, {h.low + width * double(last), kLogFloor}});
    auto* area = new QAreaSeries(upper, lower);
    area->setName(name);
    area->setObjectName(QLatin1String(objectName));
    QColor fill = colour;
    fill.setAlpha(170);
    area->setBrush(fill);
    area->setPen(QPen(colour.darker(130), 1.2));
    chart->addSeries(area);
    return area;
}

} // namespace

QChart* createHistogramChart(const ml::Histogram& input, double threshold, const ml::Histogram* suppressed,
                             const QString& meaning)
{
    // Only a histogram on the same bins can be subtracted; anything else is ignored.
    if (suppressed && (suppressed->counts.size() != input.counts.size() || suppressed->low != input.low ||
                       suppressed->high != input.high))
        suppressed = nullptr;
    ml::Histogram histogram = input;
    uint64_t suppressedLines = 0;
    if (suppressed)
        for (size_t bin = 0; bin < histogram.counts.size(); ++bin) {
            const uint64_t s = std::min(suppressed->counts[bin], histogram.counts[bin]);
            histogram.counts[bin] -= s;
            suppressedLines += s;
        }

    auto* chart = new QChart;
    chart->setTitle(QObject::tr("Score per line"));
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setMargins(QMargins(6, 6, 6, 6));

    auto* axisX = new QValueAxis(chart);
    // Each family's score is something else (a VAE's reconstruction error, som's distance to
    // its map, a probability): say which.
    axisX->setTitleText(meaning.isEmpty() ? QObject::tr("score") : QObject::tr("score: %1").arg(meaning));
    axisX->setLabelFormat(QStringLiteral("%g"));
    auto* axisY = new QLogValueAxis(chart);
    axisY->setTitleText(QObject::tr("lines"));
    axisY->setBase(10);
    axisY->setLabelFormat(QStringLiteral("%g"));
    axisY->setMinorTickCount(-1);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);

    const size_t bins = histogram.counts.size();
    uint64_t maxCount = 1;
    for (uint64_t c : input.counts)
        maxCount = std::max(maxCount, c);

    // Bins that start at or past the threshold are the anomalous tail; colour them apart.
    size_t split = bins;
    if (bins > 0 && std::isfinite(threshold) && histogram.binWidth() > 0) {
        const double firstAbove = std::ceil((threshold - histogram.low) / histogram.binWidth());
        split = size_t(std::clamp(firstAbove, 0.0, double(bins)));
    }
    QList<QAbstractSeries*> series;
    if (split > 0)
        series.append(stepArea(chart, histogram, 0, split, QObject::tr("lines"), kHistogramSeriesName,
                               QColor(0x4a, 0x86, 0xc5)));
    if (split < bins)
        series.append(stepArea(chart, histogram, split, bins, QObject::tr("lines above threshold"),
                               kAboveThresholdSeriesName, QColor(0xd0, 0x34, 0x2c)));
    if (suppressedLines > 0)
        series.append(stepArea(chart, *suppressed, 0, bins, QObject::tr("suppressed (false positives)"),
                               kSuppressedSeriesName, QColor(0x9a, 0x9a, 0x9a)));

    const double yMax = std::pow(10.0, std::ceil(std::log10(double(maxCount) * 1.5)));
    double xMin = histogram.low;
    double xMax = histogram.high > histogram.low ? histogram.high : histogram.low + 1;
    if (std::isfinite(threshold)) {
        auto* line = new QLineSeries(chart);
        line->setName(QObject::tr("threshold %1").arg(threshold, 0, 'g', 4));
        line->setObjectName(QLatin1String(kThresholdSeriesName));
        line->replace({{threshold, kLogFloor}, {threshold, yMax}});
        QPen pen(QColor(0xb0, 0x10, 0x10));
        pen.setWidthF(2.0);
        pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        chart->addSeries(line);
        series.append(line);
        // Keep the threshold in view even when every score lies below it.
        const double pad = 0.03 * (std::max(xMax, threshold) - std::min(xMin, threshold));
        xMin = std::min(xMin, threshold - pad);
        xMax = std::max(xMax, threshold + pad);
        // Scores are never negative: the padding must not invent an axis below zero.
        if (histogram.low >= 0 && threshold >= 0) xMin = std::max(xMin, 0.0);
    }
    for (QAbstractSeries* s : series) {
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
    axisX->setRange(xMin, xMax);
    axisX->applyNiceNumbers(); // ticks at 0, 0.2, 0.4 rather than 0, 0.302, 0.603
    if (xMin >= 0 && axisX->min() < 0) axisX->setMin(0);
    axisY->setRange(kLogFloor, yMax);
    return chart;
}

} // namespace logsleuth::ui
