// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The interactive timeline: drag across it to zoom into a time range, double-click (or
// right-click) to zoom out to everything, click a bucket to show only its lines. Every zoom
// and resize counts the buckets again from the raw time column at about three pixels per
// bucket, so a burst keeps its height at any zoom.
#pragma once

#include <logsleuth/ml/timeline.h>

#include <QChartView>

#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QRubberBand;
QT_END_NAMESPACE

namespace logsleuth::text {
class Corpus;
}

namespace logsleuth::ui {

class TimelineView : public QChartView {
    Q_OBJECT
public:
    explicit TimelineView(QWidget* parent = nullptr);

    // The lines' times, which lines are anomalous (per line; null or empty: none) and the time
    // windows judged anomalous as a whole (drawn as bands; see ml::Timeline::bands).
    void setData(std::shared_ptr<const text::Corpus> corpus,
                 std::shared_ptr<const std::vector<char>> anomalous, std::vector<ml::TimeSpan> bands = {});
    const ml::Timeline& timeline() const { return m_timeline; }
    // [from, to) ms; a zoom the user drags ends here too.
    void zoomTo(int64_t from, int64_t to);
    void zoomReset();
    // The bucket [start, end) under a point of the view; false off the plot or without times.
    bool bucketAt(const QPoint& position, int64_t& start, int64_t& end) const;

Q_SIGNALS:
    void bucketClicked(qint64 start, qint64 end);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void recount(); // m_timeline for m_from..m_to at the plot's width, into the chart
    size_t bucketBudget() const;

    std::shared_ptr<const text::Corpus> m_corpus;
    std::shared_ptr<const std::vector<char>> m_anomalous;
    std::vector<ml::TimeSpan> m_bands;
    ml::Timeline m_timeline;
    int64_t m_from = 0, m_to = 0; // the shown range; equal: everything
    QRubberBand* m_band = nullptr;
    QPoint m_pressAt;
    bool m_pressed = false;
};

} // namespace logsleuth::ui
