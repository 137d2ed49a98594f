// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include <logsleuth/ui/histogram_view.h>

#include <logsleuth/ui/charts.h>

#include <QChart>
#include <QLineSeries>
#include <QMouseEvent>

#include <cmath>
#include <limits>

namespace logsleuth::ui {

namespace {

constexpr int kGrabPixels = 6;        // how near the line a press must land to pick it up
constexpr qint64 kReportEveryMs = 33; // ~30 reports a second while dragging

QLineSeries* thresholdLine(QChart* chart)
{
    if (!chart) return nullptr;
    for (QAbstractSeries* series : chart->series())
        if (series->objectName() == QLatin1String(kThresholdSeriesName))
            return qobject_cast<QLineSeries*>(series);
    return nullptr;
}

} // namespace

HistogramView::HistogramView(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setToolTip(tr("Drag the dashed threshold line to change which lines count as anomalies"));
}

double HistogramView::threshold() const
{
    const QLineSeries* line = thresholdLine(chart());
    return line && line->count() > 0 ? line->at(0).x() : std::numeric_limits<double>::quiet_NaN();
}

double HistogramView::valueAt(const QPoint& position) const
{
    QLineSeries* line = thresholdLine(chart());
    if (!line) return std::numeric_limits<double>::quiet_NaN();
    return chart()->mapToValue(position, line).x();
}

QPoint HistogramView::positionOf(double value) const
{
    QLineSeries* line = thresholdLine(chart());
    if (!line) return {};
    const QPointF at = chart()->mapToPosition({value, line->at(1).y()}, line);
    return QPoint(int(std::lround(at.x())), int(chart()->plotArea().center().y()));
}

void HistogramView::moveLine(double value)
{
    QLineSeries* line = thresholdLine(chart());
    if (!line || line->count() < 2) return;
    const double low = line->at(0).y(), high = line->at(1).y();
    line->replace({{value, low}, {value, high}});
    line->setName(tr("threshold %1").arg(value, 0, 'g', 4));
}

void HistogramView::mousePressEvent(QMouseEvent* event)
{
    const double current = threshold();
    if (event->button() == Qt::LeftButton && std::isfinite(current) &&
        std::abs(event->position().x() - positionOf(current).x()) <= kGrabPixels &&
        chart()->plotArea().contains(event->position())) {
        m_dragging = true;
        m_sinceReport.start();
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void HistogramView::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_dragging) {
        // Say the line can be grabbed.
        const double current = threshold();
        const bool near = std::isfinite(current) && chart()->plotArea().contains(event->position()) &&
                          std::abs(event->position().x() - positionOf(current).x()) <= kGrabPixels;
        setCursor(near ? Qt::SizeHorCursor : Qt::ArrowCursor);
        QChartView::mouseMoveEvent(event);
        return;
    }
    const double value = valueAt(event->position().toPoint());
    if (!std::isfinite(value)) return;
    moveLine(value);
    if (m_sinceReport.elapsed() >= kReportEveryMs) {
        m_sinceReport.restart();
        Q_EMIT thresholdDragged(value);
    }
}

void HistogramView::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_dragging || event->button() != Qt::LeftButton) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    m_dragging = false;
    const double value = valueAt(event->position().toPoint());
    if (!std::isfinite(value)) return;
    moveLine(value);
    Q_EMIT thresholdDragged(value);
    Q_EMIT thresholdChosen(value);
}

} // namespace logsleuth::ui
