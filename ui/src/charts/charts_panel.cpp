// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include <logsleuth/ui/charts_panel.h>

#include <logsleuth/ml/kde.h>
#include <logsleuth/ui/charts.h>
#include <logsleuth/ui/histogram_view.h>
#include <logsleuth/ui/timeline_view.h>

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QVBoxLayout>

namespace logsleuth::ui {

namespace {

// Each unit's score weighted by its lines, optionally only the units of one template (message
// units only: a window spans many templates).
ml::Kde scoreDensity(const AnalysisResult& result, std::optional<uint32_t> cluster)
{
    const ml::Scores& scores = result.scored.scores;
    if (!cluster) return ml::kdeOf(scores.values, scores.unitLines);
    std::vector<float> values;
    std::vector<uint64_t> weights;
    for (uint32_t unit = 0; unit < scores.values.size(); ++unit)
        if (result.corpus->clusterOfMessage(unit) == *cluster) {
            values.push_back(scores.values[unit]);
            weights.push_back(scores.unitLines.empty() ? 1 : scores.unitLines[unit]);
        }
    return ml::kdeOf(values, weights);
}

} // namespace

ChartsPanel::ChartsPanel(QWidget* parent) : QTabWidget(parent)
{
    setDocumentMode(true);
    const QString titles[] = {tr("Error histogram"), tr("Training loss"), tr("Score density"),
                              tr("Timeline")};
    for (int tab = 0; tab < ChartTabCount; ++tab) {
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
    m_kdeCluster.reset();
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
    // Only the visible chart is built now; the others wait until their tab is opened.
    if (isVisible()) ensureBuilt(currentIndex());
}

void ChartsPanel::setSelectedLine(std::optional<uint64_t> globalLine)
{
    m_selectedLine = globalLine;
    if (!m_result || !m_result->corpus || m_result->scored.scores.unit != ml::Unit::Message) return;
    std::optional<uint32_t> cluster;
    if (globalLine && *globalLine < m_result->corpus->lineCount())
        cluster = m_result->corpus->clusterOfMessage(m_result->corpus->messageKeys()[*globalLine]);
    if (cluster == m_kdeCluster) return;
    m_pages[KdeTab].dirty = true;
    if (isVisible() && currentIndex() == KdeTab) ensureBuilt(KdeTab);
}

void ChartsPanel::ensureBuilt(int tab)
{
    if (tab < 0 || tab >= ChartTabCount || !m_result || !m_pages[tab].dirty) return;
    m_pages[tab].dirty = false;
    switch (Tab(tab)) {
    case HistogramTab:
        setPageChart(tab, createHistogramChart(
                              m_result->histogram, m_result->scored.threshold, &m_result->suppressedHistogram,
                              scoreMeaningOf(m_result->model ? m_result->model->kind() : "")));
        break;
    case LossTab:
        setPageChart(tab, createLossChart(m_result->epochLoss, m_result->epochValidationLoss,
                                          lossMeaningOf(m_result->model ? m_result->model->kind() : "")));
        break;
    case KdeTab: {
        const ml::Kde overall = scoreDensity(*m_result, std::nullopt);
        m_kdeCluster.reset();
        const auto& corpus = m_result->corpus;
        if (corpus && m_selectedLine && *m_selectedLine < corpus->lineCount() &&
            m_result->scored.scores.unit == ml::Unit::Message)
            m_kdeCluster = corpus->clusterOfMessage(corpus->messageKeys()[*m_selectedLine]);
        if (!m_kdeCluster) {
            setPageChart(tab, createKdeChart(overall, m_result->scored.threshold));
            break;
        }
        const ml::Kde selected = scoreDensity(*m_result, m_kdeCluster);
        QString name = QString::fromStdString(corpus->miner().templateText(*m_kdeCluster));
        if (name.size() > 60) name = name.left(59) + QChar(0x2026);
        setPageChart(tab, createKdeChart(overall, m_result->scored.threshold, &selected, name));
        break;
    }
    case TimelineTab: {
        if (!m_pages[tab].view) {
            auto* view = new TimelineView(m_pages[tab].container);
            connect(view, &TimelineView::bucketClicked, this, &ChartsPanel::timeRangeClicked);
            if (auto* item = m_pages[tab].container->layout()->itemAt(0); item && item->widget())
                item->widget()->hide();
            m_pages[tab].container->layout()->addWidget(view);
            m_pages[tab].view = view;
        }
        // Anomalous per line, from the verdict of each line's unit.
        auto anomalous = std::make_shared<std::vector<char>>();
        if (const auto& corpus = m_result->corpus) {
            const auto& units = m_result->scored.scores.unitOfLine(*corpus);
            anomalous->resize(corpus->lineCount());
            for (uint64_t line = 0; line < anomalous->size(); ++line) {
                (*anomalous)[line] = ml::isAnomaly(m_result->scored.verdictOfLine(line, units[line]));
            }
        }
        static_cast<TimelineView*>(m_pages[tab].view)
            ->setData(m_result->corpus, std::move(anomalous), ml::anomalousSpans(m_result->scored));
        break;
    }
    case ChartTabCount:
        break;
    }
}

void ChartsPanel::showTrainingLoss(const QList<double>& epochLoss, const QString& meaning)
{
    setPageChart(LossTab,
                 createLossChart(std::vector<double>(epochLoss.begin(), epochLoss.end()), {}, meaning));
    m_pages[LossTab].dirty = false;
}

void ChartsPanel::setPageChart(int tab, QChart* chart)
{
    Page& page = m_pages[tab];
    if (!page.view) {
        if (tab == HistogramTab) {
            auto* histogram = new HistogramView(page.container);
            connect(histogram, &HistogramView::thresholdDragged, this, &ChartsPanel::thresholdDragged);
            connect(histogram, &HistogramView::thresholdChosen, this, &ChartsPanel::thresholdChosen);
            page.view = histogram;
        } else {
            page.view = new QChartView(page.container);
        }
        page.view->setRenderHint(QPainter::Antialiasing);
        if (auto* item = page.container->layout()->itemAt(0); item && item->widget()) item->widget()->hide();
        page.container->layout()->addWidget(page.view);
    }
    // setChart hands the old chart back to us instead of deleting it.
    QChart* old = page.view->chart();
    page.view->setChart(chart);
    delete old;
}

QChartView* ChartsPanel::currentChartView() const
{
    const int tab = currentIndex();
    return tab >= 0 && tab < ChartTabCount ? m_pages[tab].view : nullptr;
}

QChart* ChartsPanel::histogramChart()
{
    ensureBuilt(HistogramTab);
    return m_pages[HistogramTab].view ? m_pages[HistogramTab].view->chart() : nullptr;
}

HistogramView* ChartsPanel::histogramView()
{
    ensureBuilt(HistogramTab);
    return static_cast<HistogramView*>(m_pages[HistogramTab].view);
}

QChart* ChartsPanel::lossChart()
{
    ensureBuilt(LossTab);
    return m_pages[LossTab].view ? m_pages[LossTab].view->chart() : nullptr;
}

QChart* ChartsPanel::kdeChart()
{
    ensureBuilt(KdeTab);
    return m_pages[KdeTab].view ? m_pages[KdeTab].view->chart() : nullptr;
}

TimelineView* ChartsPanel::timelineView()
{
    ensureBuilt(TimelineTab);
    return static_cast<TimelineView*>(m_pages[TimelineTab].view);
}

} // namespace logsleuth::ui
