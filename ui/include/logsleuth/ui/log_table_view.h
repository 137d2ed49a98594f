// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The table view tuned for millions of rows: fixed row height, no per-row measuring, a
// context menu that turns the current line into an analyst mark.
#pragma once

#include <logsleuth/store/fact_store.h>

#include <QTableView>

#include <cstddef>
#include <cstdint>

#include <cstdint>

namespace logsleuth::ui {

class LogTableModel;

class LogTableView : public QTableView {
    Q_OBJECT
public:
    explicit LogTableView(QWidget* parent = nullptr);

    void setLogModel(LogTableModel* model);
    LogTableModel* logModel() const { return m_model; }

    QAction* markFalsePositiveAction() const { return m_markFalsePositive; }
    QAction* markTrueAnomalyAction() const { return m_markTrueAnomaly; }
    QAction* markTemplateFalsePositiveAction() const { return m_markTemplateFalsePositive; }
    QAction* markTemplateTrueAnomalyAction() const { return m_markTemplateTrueAnomaly; }
    QAction* markLineFalsePositiveAction() const { return m_markLineFalsePositive; }
    QAction* markLineTrueAnomalyAction() const { return m_markLineTrueAnomaly; }
    QAction* markPatternAction() const { return m_markPattern; }
    QAction* copyLineAction() const { return m_copyLine; }
    QAction* unmarkAction() const { return m_unmark; }

    // Global line under the current index, or -1.
    qint64 currentGlobalLine() const;
    // The selected lines in row order; the current line when nothing is selected.
    QList<quint64> selectedGlobalLines() const;
    // Column widths for the current columns (call after the column set changed).
    void applyColumnWidths();

    // Makes line `lineInFile` (1-based) of `file` (the source that began it, see
    // Corpus::fileOf) current, selected and visible.
    bool goToLine(std::size_t file, uint64_t lineInFile);
    // The next (or previous) anomalous or confirmed row in the current order, from the current
    // row; false when there is none.
    bool goToAnomaly(bool forward);

    QAction* goToLineAction() const { return m_goToLine; }
    QAction* nextAnomalyAction() const { return m_nextAnomaly; }
    QAction* previousAnomalyAction() const { return m_previousAnomaly; }

Q_SIGNALS:
    // Every selected line, in row order (a mark action works on the whole selection).
    void markRequested(const QList<quint64>& globalLines, logsleuth::store::MarkKind kind,
                       logsleuth::store::MarkScope scope);
    // Mark lines by a pattern: the window asks for it, starting from globalLine's message (when
    // hasLine).
    void patternMarkRequested(quint64 globalLine, bool hasLine);
    // Remove the marks of the selected lines' masked messages.
    void unmarkRequested(const QList<quint64>& globalLines);
    // "Show only this template / component / entity" for the line's value of that column.
    void restrictRequested(int column, quint64 globalLine); // column: int(LogTableModel::Column)

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void requestMark(logsleuth::store::MarkKind kind,
                     logsleuth::store::MarkScope scope = logsleuth::store::MarkScope::Message);
    void copySelectedLines();
    void updateActions();

    LogTableModel* m_model = nullptr;
    QAction* m_markFalsePositive;
    QAction* m_markTemplateFalsePositive;
    QAction* m_markTemplateTrueAnomaly;
    QAction* m_markTrueAnomaly;
    QAction* m_markLineFalsePositive;
    QAction* m_markLineTrueAnomaly;
    QAction* m_markPattern;
    QAction* m_copyLine;
    QAction* m_unmark;
    QAction* m_goToLine;
    QAction* m_nextAnomaly;
    QAction* m_previousAnomaly;
};

} // namespace logsleuth::ui
