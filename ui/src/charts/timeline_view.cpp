// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include <logsleuth/ui/timeline_view.h>

#include <logsleuth/text/corpus.h>
#include <logsleuth/ui/charts.h>

#include <QChart>
#include <QDateTimeAxis>
#include <QMouseEvent>
#include <QRubberBand>

#include <algorithm>
#include <cmath>

namespace logsleuth::ui {

namespace {
constexpr int kClickSlop = 4; // pixels a click may move and still be a click, not a drag
const std::vector<char> kNone;
} // namespace

TimelineView::TimelineView(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand); // ours: a drag zooms, a click picks a bucket
    setToolTip(tr("Drag to zoom in, double-click to zoom out, click a bucket to show its lines"));
}

void TimelineView::setData(std::shared_ptr<const text::Corpus> corpus,
                           std::shared_ptr<const std::vector<char>> anomalous,
                           std::vector<ml::TimeSpan> bands)
{
    m_corpus = std::move(corpus);
    m_anomalous = std::move(anomalous);
    m_bands = std::move(bands);
    m_from = m_to = 0;
    m_timeline = m_corpus ? ml::timelineOf(m_corpus->records().times(), m_anomalous ? *m_anomalous : kNone,
                                           bucketBudget())
                          : ml::Timeline{};
    m_timeline.bands = m_bands;
    QChart* old = chart();
    setChart(createTimelineChart(m_timeline));
    delete old;
}

size_t TimelineView::bucketBudget() const
{
    const qreal plotWidth =
        chart() && chart()->plotArea().width() > 10 ? chart()->plotArea().width() : width() - 100;
    return size_t(std::clamp<qreal>(plotWidth / 3, 20, 2000));
}

void TimelineView::recount()
{
    if (!m_corpus) return;
    m_timeline = ml::timelineOf(m_corpus->records().times(), m_anomalous ? *m_anomalous : kNone,
                                bucketBudget(), m_from, m_to);
    m_timeline.bands = m_bands;
    if (m_from != m_to)
        setTimelineRange(chart(), m_from, m_to);
    else if (m_timeline.bucketMs > 0)
        setTimelineRange(chart(), m_timeline.start, m_timeline.bucketStart(m_timeline.lines.size()));
    updateTimelineChart(chart(), m_timeline);
}

void TimelineView::zoomTo(int64_t from, int64_t to)
{
    if (to <= from) return;
    m_from = from;
    m_to = to;
    recount();
}

void TimelineView::zoomReset()
{
    m_from = m_to = 0;
    recount();
}

bool TimelineView::bucketAt(const QPoint& position, int64_t& start, int64_t& end) const
{
    if (m_timeline.bucketMs <= 0 || !chart()->plotArea().contains(position)) return false;
    const auto* axisX = qobject_cast<QDateTimeAxis*>(chart()->axes(Qt::Horizontal).value(0));
    if (!axisX) return false;
    const double x = chart()->mapToValue(position, chart()->series().value(0)).x();
    if (!std::isfinite(x)) return false;
    const auto ms = int64_t(std::floor(x));
    if (ms < m_timeline.start) return false;
    const auto bucket = size_t((ms - m_timeline.start) / m_timeline.bucketMs);
    if (bucket >= m_timeline.lines.size()) return false;
    start = m_timeline.bucketStart(bucket);
    end = m_timeline.bucketStart(bucket + 1);
    return true;
}

void TimelineView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::RightButton) {
        zoomReset();
        event->accept();
        return;
    }
    if (event->button() != Qt::LeftButton) return QChartView::mousePressEvent(event);
    m_pressed = true;
    m_pressAt = event->position().toPoint();
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_pressed) return QChartView::mouseMoveEvent(event);
    const QPoint at = event->position().toPoint();
    if (std::abs(at.x() - m_pressAt.x()) <= kClickSlop) return;
    if (!m_band) m_band = new QRubberBand(QRubberBand::Rectangle, viewport());
    const QRectF plot = chart()->plotArea();
    const int left = std::min(at.x(), m_pressAt.x()), right = std::max(at.x(), m_pressAt.x());
    m_band->setGeometry(QRect(QPoint(left, int(plot.top())), QPoint(right, int(plot.bottom()))));
    m_band->show();
}

void TimelineView::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_pressed || event->button() != Qt::LeftButton) return QChartView::mouseReleaseEvent(event);
    m_pressed = false;
    if (m_band) m_band->hide();
    const QPoint at = event->position().toPoint();
    if (std::abs(at.x() - m_pressAt.x()) <= kClickSlop) {
        int64_t start = 0, end = 0;
        if (bucketAt(at, start, end)) Q_EMIT bucketClicked(start, end);
        return;
    }
    QAbstractSeries* series = chart()->series().value(0);
    if (!series) return;
    const double a = chart()->mapToValue(m_pressAt, series).x(), b = chart()->mapToValue(at, series).x();
    const auto from = int64_t(std::floor(std::min(a, b))), to = int64_t(std::ceil(std::max(a, b)));
    if (to - from >= 1) zoomTo(from, to);
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent* event)
{
    zoomReset();
    event->accept();
}

void TimelineView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    if (m_corpus) recount();
}

} // namespace logsleuth::ui
