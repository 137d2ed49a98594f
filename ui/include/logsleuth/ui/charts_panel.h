// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The chart tabs under the table: error histogram, training loss, score density, timeline.
// Charts are built lazily: nothing until a result arrives, and a tab's chart only when that
// tab is shown (or asked for).
#pragma once

#include <logsleuth/ui/analysis_result.h>

#include <QTabWidget>

#include <cstdint>
#include <optional>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace logsleuth::ui {

class HistogramView;
class TimelineView;

class ChartsPanel : public QTabWidget {
    Q_OBJECT
public:
    explicit ChartsPanel(QWidget* parent = nullptr);

    void setResult(AnalysisResultPtr result);
    void clear();
    // The loss curve of a training still running (replaced by the result's when it comes).
    void showTrainingLoss(const QList<double>& epochLoss, const QString& meaning = {});
    // The current line: the density tab adds its template's curve.
    void setSelectedLine(std::optional<uint64_t> globalLine);

    // Built on demand; null before the first result.
    QChart* histogramChart();
    HistogramView* histogramView();
    QChart* lossChart();
    QChart* kdeChart();
    TimelineView* timelineView();
    // The chart view of the current tab; null on a tab without a chart (or before a result).
    QChartView* currentChartView() const;

Q_SIGNALS:
    // A timeline bucket was clicked: show the lines of [start, end) ms.
    void timeRangeClicked(qint64 start, qint64 end);
    // The histogram's threshold line is being dragged / was released at a value.
    void thresholdDragged(double value);
    void thresholdChosen(double value);

private:
    enum Tab { HistogramTab = 0, LossTab, KdeTab, TimelineTab, ChartTabCount };
    struct Page {
        QWidget* container = nullptr;
        QChartView* view = nullptr;
        bool dirty = false;
    };
    void ensureBuilt(int tab);
    void setPageChart(int tab, QChart* chart);
    void showPlaceholders();

    AnalysisResultPtr m_result;
    std::optional<uint64_t> m_selectedLine;
    std::optional<uint32_t> m_kdeCluster; // the template the density tab shows, once built
    Page m_pages[ChartTabCount];
};

} // namespace logsleuth::ui
