// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include <logsleuth/ui/charts_panel.h>

#include <logsleuth/ui/charts.h>

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QVBoxLayout>

namespace logsleuth::ui {

namespace {
enum Tab { HistogramTab = 0, LossTab = 1 };
}

ChartsPanel::ChartsPanel(QWidget* parent) : QTabWidget(parent)
{
    setDocumentMode(true);
    const QString titles[] = {tr("Error histogram"), tr("Training loss")};
    for (int tab = 0; tab < 2; ++tab) {
        auto* container = new QWidget(this);
        auto* layout = new QVBoxLayout(container);
        layout->setContentsMargins(0, 0, 0, 0);
        m_pages[tab].container = container;
        addTab(container, titles[tab]);
    }
    showPlaceholders();
    connect(this, &QTabWidget::currentChanged, this, &ChartsPanel::ensureBuilt);
}

void ChartsPanel::showPlaceholders()
{
    for (Page& page : m_pages) {
        auto* layout = page.container->layout();
        if (layout->count() > 0) continue;
        auto* label = new QLabel(tr("Train & score (Ctrl+T) to see the charts."), page.container);
        label->setAlignment(Qt::AlignCenter);
        label->setEnabled(false);
        layout->addWidget(label);
    }
}

void ChartsPanel::clear()
{
    m_result.reset();
    for (Page& page : m_pages) {
        if (page.view) {
            delete page.view; // deletes its chart too
            page.view = nullptr;
        }
        page.dirty = false;
        if (auto* item = page.container->layout()->itemAt(0); item && item->widget()) item->widget()->show();
    }
}

void ChartsPanel::setResult(AnalysisResultPtr result)
{
    m_result = std::move(result);
    for (Page& page : m_pages)
        page.dirty = true;
    // Only the visible chart is built now; the other waits until its tab is opened.
    if (isVisible()) ensureBuilt(currentIndex());
}

void ChartsPanel::ensureBuilt(int tab)
{
    if (tab < 0 || tab > 1 || !m_result || !m_pages[tab].dirty) return;
    Page& page = m_pages[tab];
    page.dirty = false;
    setPageChart(tab, tab == HistogramTab
                          ? createHistogramChart(m_result->histogram, m_result->scored.threshold,
                                                 &m_result->suppressedHistogram)
                          : createLossChart(m_result->epochLoss, m_result->epochValidationLoss));
}

void ChartsPanel::showTrainingLoss(const QList<double>& epochLoss)
{
    setPageChart(LossTab, createLossChart(std::vector<double>(epochLoss.begin(), epochLoss.end())));
    m_pages[LossTab].dirty = false;
}

void ChartsPanel::setPageChart(int tab, QChart* chart)
{
    Page& page = m_pages[tab];
    if (!page.view) {
        page.view = new QChartView(page.container);
        page.view->setRenderHint(QPainter::Antialiasing);
        if (auto* item = page.container->layout()->itemAt(0); item && item->widget()) item->widget()->hide();
        page.container->layout()->addWidget(page.view);
    }
    // setChart hands the old chart back to us instead of deleting it.
    QChart* old = page.view->chart();
    page.view->setChart(chart);
    delete old;
}

QChart* ChartsPanel::histogramChart()
{
    ensureBuilt(HistogramTab);
    return m_pages[HistogramTab].view ? m_pages[HistogramTab].view->chart() : nullptr;
}

QChart* ChartsPanel::lossChart()
{
    ensureBuilt(LossTab);
    return m_pages[LossTab].view ? m_pages[LossTab].view->chart() : nullptr;
}

} // namespace logsleuth::ui
