// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include <logsleuth/ui/templates_panel.h>

#include "models/cell_time.h"
#include "models/template_stats.h"

#include <logsleuth/text/corpus.h>
#include <logsleuth/text/time_scan.h>

#include <QAbstractTableModel>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace logsleuth::ui {

// Templates are thousands at most where lines are millions: a plain model with a sort proxy.
class TemplateTableModel : public QAbstractTableModel {
public:
    enum Column { Template, Lines, Anomalies, MeanScore, MaxScore, Marked, FirstSeen, LastSeen, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int ClusterRole = Qt::UserRole + 2;

    using QAbstractTableModel::QAbstractTableModel;

    void reset(std::shared_ptr<const text::Corpus> corpus, std::vector<TemplateStats> stats, bool scored)
    {
        beginResetModel();
        m_corpus = std::move(corpus);
        m_stats = std::move(stats);
        m_scored = scored;
        m_texts.clear();
        if (m_corpus) {
            m_texts.reserve(m_stats.size());
            for (uint32_t c = 0; c < m_stats.size(); ++c) {
                const std::string text = m_corpus->miner().templateText(c);
                m_texts.append(
                    QString::fromUtf8(text.data(), qsizetype(std::min<size_t>(text.size(), 4096))));
            }
        }
        endResetModel();
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_stats.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid() || size_t(index.row()) >= m_stats.size()) return {};
        const TemplateStats& s = m_stats[size_t(index.row())];
        const auto column = Column(index.column());
        if (role == ClusterRole) return index.row();
        if (role == Qt::TextAlignmentRole && column != Template)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        if (role != Qt::DisplayRole && role != SortRole) return {};
        const bool sort = role == SortRole;
        switch (column) {
        case Template:
            return m_texts.value(index.row());
        case Lines:
            return sort ? QVariant(qulonglong(s.lines)) : QVariant(QString::number(s.lines));
        case Anomalies:
            if (!m_scored) return {};
            return sort ? QVariant(qulonglong(s.anomalies)) : QVariant(QString::number(s.anomalies));
        case MeanScore:
            if (!m_scored) return {};
            return sort ? QVariant(s.meanScore) : QVariant(QString::number(s.meanScore, 'f', 3));
        case MaxScore:
            if (!m_scored) return {};
            return sort ? QVariant(double(s.maxScore))
                        : QVariant(QString::number(double(s.maxScore), 'f', 3));
        case Marked:
            if (sort) return qulonglong(s.suppressed + s.confirmed);
            if (s.suppressed + s.confirmed == 0) return {};
            return TemplatesPanel::tr("%1 FP · %2 TP").arg(s.suppressed).arg(s.confirmed);
        case FirstSeen:
        case LastSeen: {
            const int64_t ms = column == FirstSeen ? s.firstTime : s.lastTime;
            if (sort) return qlonglong(ms);
            const QString time = cellTime(ms);
            return time.isEmpty() ? QVariant() : QVariant(time);
        }
        case ColumnCount:
            break;
        }
        return {};
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
        switch (Column(section)) {
        case Template:
            return TemplatesPanel::tr("Template");
        case Lines:
            return TemplatesPanel::tr("Lines");
        case Anomalies:
            return TemplatesPanel::tr("Anomalies");
        case MeanScore:
            return TemplatesPanel::tr("Mean score");
        case MaxScore:
            return TemplatesPanel::tr("Max score");
        case Marked:
            return TemplatesPanel::tr("Marked lines");
        case FirstSeen:
            return TemplatesPanel::tr("First seen (UTC)");
        case LastSeen:
            return TemplatesPanel::tr("Last seen (UTC)");
        case ColumnCount:
            break;
        }
        return {};
    }

private:
    std::shared_ptr<const text::Corpus> m_corpus;
    std::vector<TemplateStats> m_stats;
    QStringList m_texts;
    bool m_scored = false;
};

TemplatesPanel::TemplatesPanel(QWidget* parent)
    : QWidget(parent), m_model(new TemplateTableModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this)), m_filter(new QLineEdit(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TemplateTableModel::SortRole);
    m_proxy->setFilterKeyColumn(TemplateTableModel::Template);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setObjectName(QStringLiteral("templateFilter"));
    m_filter->setPlaceholderText(tr("Filter templates by text"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(TemplateTableModel::Template, QHeaderView::Stretch);
    // Widths from the font: a number column as wide as its header (and seven digits at least), a
    // time column as a full "2026-03-14 08:31:04.596", so the template keeps the rest.
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const QFontMetrics headerFont(m_view->horizontalHeader()->font());
    for (int column = TemplateTableModel::Lines; column < TemplateTableModel::ColumnCount; ++column) {
        const bool time = column == TemplateTableModel::FirstSeen || column == TemplateTableModel::LastSeen;
        const QString header = m_proxy->headerData(column, Qt::Horizontal).toString();
        // Room for the header's text and its sort arrow.
        const int headerWidth = headerFont.horizontalAdvance(header) + 3 * digit;
        m_view->setColumnWidth(
            column, time ? fontMetrics().horizontalAdvance(QStringLiteral("2026-03-14 08:31:04.596")) + 16
                         : std::max(7 * digit + 16, headerWidth));
    }
    m_view->sortByColumn(TemplateTableModel::Lines, Qt::DescendingOrder);
    // Selecting a template (mouse or keys) filters the log table to its lines.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    Q_EMIT templateActivated(quint32(current.data(TemplateTableModel::ClusterRole).toUInt()));
            });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
}

TemplatesPanel::~TemplatesPanel() = default;

void TemplatesPanel::setCorpus(std::shared_ptr<const text::Corpus> corpus)
{
    m_corpus = std::move(corpus);
    m_result.reset();
    m_stale = true;
    if (isVisible()) refresh();
}

void TemplatesPanel::setResult(AnalysisResultPtr result)
{
    if (result && result->corpus != m_corpus) return;
    m_result = std::move(result);
    m_stale = true;
    if (isVisible()) refresh();
}

void TemplatesPanel::refresh()
{
    if (!m_stale) return;
    m_stale = false;
    // A rebuild keeps the template the analyst was on.
    const qint64 current = m_view->currentIndex().isValid() ? clusterAt(m_view->currentIndex().row()) : -1;
    const QSignalBlocker block(m_view->selectionModel());
    m_model->reset(m_corpus,
                   m_corpus ? templateStats(*m_corpus, m_result.get()) : std::vector<TemplateStats>{},
                   m_result != nullptr);
    if (current >= 0 && current < m_model->rowCount()) {
        const QModelIndex at = m_proxy->mapFromSource(m_model->index(int(current), 0));
        m_view->setCurrentIndex(at);
    }
}

qint64 TemplatesPanel::clusterAt(int row) const
{
    if (row < 0 || row >= m_proxy->rowCount()) return -1;
    return m_proxy->index(row, 0).data(TemplateTableModel::ClusterRole).toLongLong();
}

void TemplatesPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

} // namespace logsleuth::ui
