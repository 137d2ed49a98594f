// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// View → Merge Files in Time Order / Files in Line Order: several open files are one
// investigation, read one after another or merged by time (the table's time sort, which keeps
// a line without a time under the record before it).
#include <logsleuth/ui/main_window.h>

#include <logsleuth/ui/log_table_model.h>
#include <logsleuth/ui/log_table_view.h>

#include <QAction>
#include <QMenu>
#include <QStatusBar>

namespace logsleuth::ui {

void MainWindow::addRowOrderActions(QMenu* view)
{
    const auto orderRowsBy = [this](LogTableModel::Column column) {
        const int section = m_model->columnOf(column);
        if (section < 0) {
            statusBar()->showMessage(tr("No line has a time: the files stay in line order."), kMessageMs);
            return;
        }
        m_view->sortByColumn(section, Qt::AscendingOrder);
    };
    QAction* timeOrder = view->addAction(tr("&Merge Files in Time Order"));
    timeOrder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J)); // J as in join
    timeOrder->setStatusTip(tr("Order the lines of every open file by their time"));
    connect(timeOrder, &QAction::triggered, this,
            [orderRowsBy] { orderRowsBy(LogTableModel::Column::Time); });
    QAction* fileOrder = view->addAction(tr("Files in &Line Order"));
    fileOrder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    fileOrder->setStatusTip(tr("Show each file's lines in order, one file after another"));
    connect(fileOrder, &QAction::triggered, this,
            [orderRowsBy] { orderRowsBy(LogTableModel::Column::Line); });
}

} // namespace logsleuth::ui
