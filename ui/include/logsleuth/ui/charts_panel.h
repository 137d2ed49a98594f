// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The chart tabs under the table. Charts are built lazily: nothing until a result arrives,
// and a tab's chart only when that tab is shown (or asked for).
#pragma once

#include <logsleuth/ui/analysis_result.h>

#include <QTabWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace logsleuth::ui {

class ChartsPanel : public QTabWidget {
    Q_OBJECT
public:
    explicit ChartsPanel(QWidget* parent = nullptr);

    void setResult(AnalysisResultPtr result);
    void clear();
    // The loss curve of a training still running (replaced by the result's when it comes).
    void showTrainingLoss(const QList<double>& epochLoss);

    // Built on demand; null before the first result.
    QChart* histogramChart();
    QChart* lossChart();

private:
    struct Page {
        QWidget* container = nullptr;
        QChartView* view = nullptr;
        bool dirty = false;
    };
    void ensureBuilt(int tab);
    void setPageChart(int tab, QChart* chart);
    void showPlaceholders();

    AnalysisResultPtr m_result;
    Page m_pages[2];
};

} // namespace logsleuth::ui
