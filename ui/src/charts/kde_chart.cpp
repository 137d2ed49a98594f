// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include <logsleuth/ui/charts.h>

#include <logsleuth/ml/kde.h>

#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace logsleuth::ui {

namespace {

// A curve, or a rug of ticks along the bottom for too few points to estimate a density.
void addDensity(QChart* chart, const ml::Kde& kde, const QString& name, const char* objectName,
                const QColor& colour, double rugHeight, double& xLow, double& xHigh, double& yHigh)
{
    if (kde.x.empty() && kde.rug.empty()) return;
    if (!kde.x.empty()) {
        auto* curve = new QLineSeries(chart);
        curve->setName(name);
        curve->setObjectName(QLatin1String(objectName));
        QPen pen(colour);
        pen.setWidthF(2.0);
        curve->setPen(pen);
        QList<QPointF> points;
        points.reserve(qsizetype(kde.x.size()));
        for (size_t i = 0; i < kde.x.size(); ++i) {
            points.append({kde.x[i], kde.density[i]});
            yHigh = std::max(yHigh, kde.density[i]);
        }
        curve->replace(points);
        chart->addSeries(curve);
        xLow = std::min(xLow, kde.x.front());
        xHigh = std::max(xHigh, kde.x.back());
        return;
    }
    auto* rug = new QScatterSeries(chart);
    rug->setName(QObject::tr("%1 (too few lines for a curve)").arg(name));
    rug->setObjectName(QLatin1String(objectName));
    rug->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    rug->setMarkerSize(7);
    rug->setColor(colour);
    rug->setBorderColor(colour);
    QList<QPointF> points;
    for (const double x : kde.rug) {
        points.append({x, rugHeight});
        xLow = std::min(xLow, x - 0.2);
        xHigh = std::max(xHigh, x + 0.2);
    }
    rug->replace(points);
    chart->addSeries(rug);
}

} // namespace

QChart* createKdeChart(const ml::Kde& overall, double threshold, const ml::Kde* selected,
                       const QString& selectedName)
{
    auto* chart = new QChart;
    chart->setTitle(QObject::tr("Score density (kernel estimate on log10 score)"));
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setMargins(QMargins(6, 6, 6, 6));
    double xLow = 1e300, xHigh = -1e300, yHigh = 0;
    addDensity(chart, overall, QObject::tr("all lines"), kKdeSeriesName, QColor(0x1f, 0x6f, 0xb2), 0, xLow,
               xHigh, yHigh);
    if (selected)
        addDensity(chart, *selected, selectedName, kKdeSelectedSeriesName, QColor(0x8e, 0x44, 0xad),
                   yHigh * 0.03, xLow, xHigh, yHigh);
    if (xLow > xHigh) {
        xLow = -1;
        xHigh = 1;
    }
    if (yHigh <= 0) yHigh = 1;
    const double cut = ml::kdeAxis(threshold);
    if (std::isfinite(threshold) && threshold > 0) {
        auto* line = new QLineSeries(chart);
        line->setName(QObject::tr("threshold %1").arg(threshold, 0, 'g', 4));
        line->setObjectName(QLatin1String(kThresholdSeriesName));
        QPen pen(QColor(0xc0, 0x39, 0x2b));
        pen.setWidthF(2.0);
        pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        line->replace({{cut, 0}, {cut, yHigh * 1.05}});
        chart->addSeries(line);
        xLow = std::min(xLow, cut - 0.1);
        xHigh = std::max(xHigh, cut + 0.1);
    }
    auto* axisX = new QValueAxis(chart);
    axisX->setTitleText(QObject::tr("log10(score)"));
    axisX->setRange(xLow, xHigh);
    axisX->applyNiceNumbers();
    auto* axisY = new QValueAxis(chart);
    axisY->setTitleText(QObject::tr("density"));
    axisY->setRange(0, yHigh * 1.08);
    axisY->applyNiceNumbers(); // 0, 0.5, 1, 1.5 rather than 0.47, 0.93, 1.40
    axisY->setLabelFormat(QStringLiteral("%g"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    return chart;
}

} // namespace logsleuth::ui
