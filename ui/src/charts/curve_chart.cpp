// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include <logsleuth/ui/charts.h>

#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace logsleuth::ui {

QChart* createCurveChart(const QString& title, const QString& xTitle, const QString& yTitle,
                         const std::vector<Curve>& curves, double yMin, double yMax)
{
    // Colours told apart by most colour-blind readers (Okabe and Ito's palette).
    static const QColor palette[] = {QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00),
                                     QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
                                     QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9),
                                     QColor(0x00, 0x00, 0x00)};
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setVisible(curves.size() > 1);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(6, 6, 6, 6));
    auto* axisX = new QValueAxis(chart);
    axisX->setTitleText(xTitle);
    axisX->setLabelFormat(QStringLiteral("%d"));
    auto* axisY = new QValueAxis(chart);
    axisY->setTitleText(yTitle);
    axisY->setRange(yMin, yMax);
    axisY->setTickCount(6);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    std::size_t longest = 1;
    for (std::size_t c = 0; c < curves.size(); ++c) {
        auto* series = new QLineSeries(chart);
        series->setName(curves[c].name);
        QPen pen(palette[c % std::size(palette)]);
        pen.setWidthF(2.0);
        if (c >= std::size(palette)) pen.setStyle(Qt::DashLine);
        series->setPen(pen);
        QList<QPointF> points;
        for (std::size_t i = 0; i < curves[c].values.size(); ++i)
            if (std::isfinite(curves[c].values[i])) points.append({double(i), curves[c].values[i]});
        series->replace(points);
        longest = std::max(longest, curves[c].values.size());
        chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    const int last = int(std::max<std::size_t>(longest, 2) - 1);
    axisX->setRange(0, last);
    axisX->setTickCount(std::min(last, 10) + 1);
    return chart;
}

} // namespace logsleuth::ui
