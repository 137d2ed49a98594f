// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The error histogram with a threshold the analyst can drag: press near the dashed line, move,
// release. While dragging the line follows the mouse and thresholdDragged reports the value at
// most ~30 times a second (the window counts the lines above it live); the release reports
// thresholdChosen once, which re-decides the verdicts.
#pragma once

#include <QChartView>
#include <QElapsedTimer>

namespace logsleuth::ui {

class HistogramView : public QChartView {
    Q_OBJECT
public:
    explicit HistogramView(QWidget* parent = nullptr);

    // The threshold line's x, or NaN when the chart has none.
    double threshold() const;
    // The x on the error axis of a point of the view.
    double valueAt(const QPoint& position) const;
    // The view position of a threshold value (on the plot's vertical middle).
    QPoint positionOf(double value) const;

Q_SIGNALS:
    void thresholdDragged(double value);
    void thresholdChosen(double value);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void moveLine(double value);

    bool m_dragging = false;
    QElapsedTimer m_sinceReport;
};

} // namespace logsleuth::ui
