// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include <logsleuth/ui/log_table_view.h>

#include <logsleuth/ml/verdict.h>
#include <logsleuth/text/corpus.h>
#include <logsleuth/ui/log_table_model.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>

#include <algorithm>
#include <climits>

namespace logsleuth::ui {

LogTableView::LogTableView(QWidget* parent) : QTableView(parent)
{
    // Log text reads best in a fixed font; every row is one line of it.
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setSortingEnabled(false); // enabled by setLogModel, so attaching never sorts a fresh corpus
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setAlternatingRowColors(false);
    setShowGrid(false);

    // Uniform rows: with a fixed section size QHeaderView never measures a row, which keeps
    // scrolling through a million lines as cheap as through a hundred.
    QHeaderView* rows = verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 4);
    rows->setMinimumSectionSize(fontMetrics().height() + 4);
    rows->hide();
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);

    m_markFalsePositive = new QAction(tr("Mark as &False Positive"), this);
    // Ctrl+Shift+F everywhere in the table, and a bare `f` for fast keyboard triage.
    m_markFalsePositive->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), QKeySequence(Qt::Key_F)});
    m_markFalsePositive->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_markFalsePositive->setStatusTip(
        tr("Suppress every line with this masked message at this level from now on"));
    connect(m_markFalsePositive, &QAction::triggered, this,
            [this] { requestMark(store::MarkKind::FalsePositive); });

    m_markTrueAnomaly = new QAction(tr("Mark as True &Anomaly"), this);
    m_markTrueAnomaly->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), QKeySequence(Qt::Key_T)});
    m_markTrueAnomaly->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_markTrueAnomaly->setStatusTip(tr("Always flag every line with this masked message at this level"));
    connect(m_markTrueAnomaly, &QAction::triggered, this,
            [this] { requestMark(store::MarkKind::TruePositive); });

    // Template scope: one mark for every line of the template, the masked values whatever they are.
    m_markTemplateFalsePositive = new QAction(tr("Mark Template as False &Positive"), this);
    m_markTemplateFalsePositive->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F));
    m_markTemplateFalsePositive->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_markTemplateFalsePositive->setStatusTip(
        tr("Suppress every line of this template at this level from now on"));
    connect(m_markTemplateFalsePositive, &QAction::triggered, this,
            [this] { requestMark(store::MarkKind::FalsePositive, store::MarkScope::Template); });
    m_markTemplateTrueAnomaly = new QAction(tr("Mark Template as True Anomal&y"), this);
    m_markTemplateTrueAnomaly->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_T));
    m_markTemplateTrueAnomaly->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_markTemplateTrueAnomaly->setStatusTip(tr("Always flag every line of this template at this level"));
    connect(m_markTemplateTrueAnomaly, &QAction::triggered, this,
            [this] { requestMark(store::MarkKind::TruePositive, store::MarkScope::Template); });

    // Line scope: this line alone, not the other lines of its message.
    m_markLineFalsePositive = new QAction(tr("Mark This &Line Only as False Positive"), this);
    m_markLineFalsePositive->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F));
    m_markLineFalsePositive->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_markLineFalsePositive->setStatusTip(tr("Suppress the selected lines only"));
    connect(m_markLineFalsePositive, &QAction::triggered, this,
            [this] { requestMark(store::MarkKind::FalsePositive, store::MarkScope::Line); });
    m_markLineTrueAnomaly = new QAction(tr("Mark This L&ine Only as True Anomaly"), this);
    m_markLineTrueAnomaly->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T));
    m_markLineTrueAnomaly->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_markLineTrueAnomaly->setStatusTip(tr("Always flag the selected lines only"));
    connect(m_markLineTrueAnomaly, &QAction::triggered, this,
            [this] { requestMark(store::MarkKind::TruePositive, store::MarkScope::Line); });

    // Regex scope: the window asks for the pattern, starting from the current line's message.
    m_markPattern = new QAction(tr("Mark Lines &Matching…"), this);
    m_markPattern->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    m_markPattern->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_markPattern->setStatusTip(tr("Mark every line a regular expression matches"));
    connect(m_markPattern, &QAction::triggered, this, [this] {
        const qint64 line = currentGlobalLine();
        Q_EMIT patternMarkRequested(line >= 0 ? quint64(line) : quint64(0), line >= 0);
    });

    m_copyLine = new QAction(tr("&Copy Line"), this); // the selected lines, one per row
    m_copyLine->setShortcut(QKeySequence::Copy);
    m_copyLine->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyLine, &QAction::triggered, this, &LogTableView::copySelectedLines);

    m_unmark = new QAction(tr("&Remove Mark"), this);
    m_unmark->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_unmark->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_unmark->setStatusTip(tr("Forget the marks of the selected lines' messages"));
    connect(m_unmark, &QAction::triggered, this, [this] {
        const QList<quint64> lines = selectedGlobalLines();
        if (!lines.isEmpty()) Q_EMIT unmarkRequested(lines);
    });

    m_goToLine = new QAction(tr("&Go to Line…"), this);
    m_goToLine->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_goToLine->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_goToLine, &QAction::triggered, this, [this] {
        if (!m_model || !m_model->corpus()) return;
        const auto& corpus = *m_model->corpus();
        const qint64 current = currentGlobalLine();
        const auto [file, line] = corpus.locateInFile(current >= 0 ? uint64_t(current) : 0);
        bool ok = false;
        const int wanted = QInputDialog::getInt(
            this, tr("Go to Line"), tr("Line in %1:").arg(QString::fromStdString(corpus.source(file).name())),
            int(line.value() + 1), 1, int(std::min<uint64_t>(corpus.fileLineCount(file), INT_MAX)), 1, &ok);
        if (ok) goToLine(file, uint64_t(wanted));
    });
    // Single keys, as in a pager: they act only while the table has the focus, never while typing.
    m_nextAnomaly = new QAction(tr("&Next Anomaly"), this);
    m_nextAnomaly->setShortcut(QKeySequence(Qt::Key_J));
    m_nextAnomaly->setShortcutContext(Qt::WidgetShortcut);
    connect(m_nextAnomaly, &QAction::triggered, this, [this] { goToAnomaly(true); });
    m_previousAnomaly = new QAction(tr("&Previous Anomaly"), this);
    m_previousAnomaly->setShortcut(QKeySequence(Qt::Key_K));
    m_previousAnomaly->setShortcutContext(Qt::WidgetShortcut);
    connect(m_previousAnomaly, &QAction::triggered, this, [this] { goToAnomaly(false); });

    addActions({m_markFalsePositive, m_markTrueAnomaly, m_markTemplateFalsePositive,
                m_markTemplateTrueAnomaly, m_markLineFalsePositive, m_markLineTrueAnomaly, m_markPattern,
                m_unmark, m_copyLine, m_goToLine, m_nextAnomaly, m_previousAnomaly});
    updateActions();
}

void LogTableView::setLogModel(LogTableModel* model)
{
    m_model = model;
    setModel(model);
    horizontalHeader()->setSortIndicatorShown(true);
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    setSortingEnabled(true);
    connect(model, &QAbstractItemModel::modelReset, this, &LogTableView::applyColumnWidths);
    connect(model, &QAbstractItemModel::modelReset, this, &LogTableView::updateActions);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, &LogTableView::updateActions);
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this, &LogTableView::updateActions);
    applyColumnWidths();
}

void LogTableView::applyColumnWidths()
{
    if (!m_model) return;
    // Fixed widths from the font: measuring contents would touch rows we never show.
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const auto setWidth = [&](LogTableModel::Column column, int chars) {
        const int section = m_model->columnOf(column);
        if (section >= 0) setColumnWidth(section, chars * digit + 16);
    };
    setWidth(LogTableModel::Column::Line, 8);
    setWidth(LogTableModel::Column::File, 18);
    setWidth(LogTableModel::Column::Score, 9);
    setWidth(LogTableModel::Column::Verdict, 11);
    setWidth(LogTableModel::Column::Template, 40);
    setWidth(LogTableModel::Column::Time, 24); // "2015-10-18 18:01:47.978"
    setWidth(LogTableModel::Column::Level, 7);
    setWidth(LogTableModel::Column::Component, 16);
    setWidth(LogTableModel::Column::Entity, 15); // "203.113.255.254": a web log's client
}

qint64 LogTableView::currentGlobalLine() const
{
    const QModelIndex current = currentIndex();
    if (!m_model || !current.isValid()) return -1;
    return qint64(m_model->globalLine(current.row()));
}

void LogTableView::contextMenuEvent(QContextMenuEvent* event)
{
    // A right-click inside the selection acts on the selection; elsewhere it selects that row.
    const QModelIndex at = indexAt(event->pos());
    if (at.isValid() && !selectionModel()->isRowSelected(at.row(), {})) setCurrentIndex(at);
    updateActions();
    QMenu menu(this);
    menu.addAction(m_markFalsePositive);
    menu.addAction(m_markTrueAnomaly);
    menu.addAction(m_markTemplateFalsePositive);
    menu.addAction(m_markTemplateTrueAnomaly);
    menu.addAction(m_markLineFalsePositive);
    menu.addAction(m_markLineTrueAnomaly);
    menu.addAction(m_markPattern);
    // Only a marked line (suppressed or confirmed) offers to forget its mark.
    bool anyMarked = false;
    for (const QModelIndex& row : selectionModel()->selectedRows()) {
        const QVariant verdict = m_model->index(row.row(), 0).data(LogTableModel::VerdictRole);
        anyMarked = anyMarked || (verdict.isValid() && (verdict.toInt() == int(ml::Verdict::Suppressed) ||
                                                        verdict.toInt() == int(ml::Verdict::Confirmed)));
    }
    if (anyMarked) menu.addAction(m_unmark);
    menu.addSeparator();
    const qint64 line = currentGlobalLine();
    if (line >= 0) {
        // Filters by what this line holds: its template, and its component and entity if any.
        const auto addRestrict = [&](LogTableModel::Column column, const QString& text) {
            if (column != LogTableModel::Column::Template && m_model->columnOf(column) < 0) return;
            menu.addAction(text, this,
                           [this, column, line] { Q_EMIT restrictRequested(int(column), quint64(line)); });
        };
        addRestrict(LogTableModel::Column::Template, tr("Show Only This &Template"));
        addRestrict(LogTableModel::Column::Component, tr("Show Only This Co&mponent"));
        addRestrict(LogTableModel::Column::Entity, tr("Show Only This &Entity"));
        menu.addSeparator();
    }
    menu.addAction(m_copyLine);
    menu.exec(event->globalPos());
}

QList<quint64> LogTableView::selectedGlobalLines() const
{
    QList<quint64> lines;
    if (!m_model) return lines;
    QModelIndexList rows = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& row : rows)
        lines.append(quint64(m_model->globalLine(row.row())));
    if (lines.isEmpty() && currentGlobalLine() >= 0) lines.append(quint64(currentGlobalLine()));
    return lines;
}

bool LogTableView::goToLine(std::size_t file, uint64_t lineInFile)
{
    if (!m_model || !m_model->corpus()) return false;
    const auto& corpus = *m_model->corpus();
    if (file >= corpus.sourceCount() || !corpus.beginsFile(file) || lineInFile == 0) return false;
    const auto global = corpus.globalLineOf(file, text::LineNumber{lineInFile - 1});
    if (!global) return false;
    const int row = m_model->rowOfGlobalLine(*global);
    if (row < 0) return false;
    const QModelIndex index = m_model->index(row, 0);
    setCurrentIndex(index);
    selectRow(row);
    scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

bool LogTableView::goToAnomaly(bool forward)
{
    if (!m_model) return false;
    const int rows = m_model->rowCount();
    const int start = currentIndex().isValid() ? currentIndex().row() : (forward ? -1 : rows);
    for (int row = start + (forward ? 1 : -1); row >= 0 && row < rows; row += forward ? 1 : -1) {
        const QVariant verdict = m_model->index(row, 0).data(LogTableModel::VerdictRole);
        if (!verdict.isValid()) return false; // nothing scored yet
        if (verdict.toInt() == int(ml::Verdict::Anomaly) || verdict.toInt() == int(ml::Verdict::Confirmed)) {
            const QModelIndex index = m_model->index(row, 0);
            setCurrentIndex(index);
            selectRow(row);
            scrollTo(index);
            return true;
        }
    }
    return false;
}

void LogTableView::requestMark(store::MarkKind kind, store::MarkScope scope)
{
    const QList<quint64> lines = selectedGlobalLines();
    if (!lines.isEmpty()) Q_EMIT markRequested(lines, kind, scope);
}

void LogTableView::copySelectedLines()
{
    QStringList texts;
    const int section = m_model ? m_model->columnOf(LogTableModel::Column::Text) : -1;
    QModelIndexList rows = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty() && currentIndex().isValid()) rows.append(currentIndex());
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& row : rows)
        texts.append(m_model->index(row.row(), section).data().toString());
    if (!texts.isEmpty()) QApplication::clipboard()->setText(texts.join(QLatin1Char('\n')));
}

void LogTableView::updateActions()
{
    const bool hasLine = currentGlobalLine() >= 0 || (selectionModel() && selectionModel()->hasSelection());
    m_markFalsePositive->setEnabled(hasLine);
    m_markTrueAnomaly->setEnabled(hasLine);
    m_markTemplateFalsePositive->setEnabled(hasLine);
    m_markTemplateTrueAnomaly->setEnabled(hasLine);
    m_markLineFalsePositive->setEnabled(hasLine);
    m_markLineTrueAnomaly->setEnabled(hasLine);
    m_copyLine->setEnabled(hasLine);
    m_unmark->setEnabled(hasLine);
}

} // namespace logsleuth::ui
