// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The table view tuned for millions of rows: fixed row height, no per-row measuring, a
// context menu that turns the current line into an analyst mark.
#pragma once

#include <logsleuth/store/fact_store.h>

#include <QTableView>

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
    QAction* copyLineAction() const { return m_copyLine; }

    // Global line under the current index, or -1.
    qint64 currentGlobalLine() const;
    // Column widths for the current columns (call after the column set changed).
    void applyColumnWidths();

Q_SIGNALS:
    void markRequested(quint64 globalLine, logsleuth::store::MarkKind kind);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void requestMark(logsleuth::store::MarkKind kind);
    void copyCurrentLine();
    void updateActions();

    LogTableModel* m_model = nullptr;
    QAction* m_markFalsePositive;
    QAction* m_markTrueAnomaly;
    QAction* m_copyLine;
};

} // namespace logsleuth::ui
