// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// File → Follow Files: the main window's part of following growing files (the reading, mining
// and scoring are FollowController's).
#include <logsleuth/ui/main_window.h>

#include <logsleuth/ui/analysis_controller.h>
#include <logsleuth/ui/detail_panel.h>
#include <logsleuth/ui/follow_controller.h>
#include <logsleuth/ui/log_table_model.h>
#include <logsleuth/ui/log_table_view.h>
#include <logsleuth/ui/search_controller.h>
#include <logsleuth/ui/templates_panel.h>

#include <QAction>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>

#include <climits>

namespace logsleuth::ui {

namespace {
const auto kFollowKey = QStringLiteral("files/follow");
} // namespace

void MainWindow::setUpFollowing()
{
    m_follow = new FollowController(*m_runner, *m_analysis, this);
    m_followAction = new QAction(tr("&Follow Files"), this);
    m_followAction->setCheckable(true);
    m_followAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)); // T as in tail
    m_followAction->setStatusTip(
        tr("Show and score the lines written to the open files as they come (like tail -F)"));
    m_followAction->setChecked(QSettings().value(kFollowKey, false).toBool());
    connect(m_followAction, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(kFollowKey, on);
        m_follow->setFollowing(on);
        if (!m_model->corpus()) return;
        const int files = m_follow->followableCount();
        const int folders = m_follow->followedFolderCount();
        statusBar()->showMessage(
            !on           ? tr("Stopped following the open files.")
            : folders > 0 ? tr("Following %n file(s) as they grow, and the files that appear in the open "
                               "folder(s).",
                               nullptr, files)
            : files > 0   ? tr("Following %n file(s) as they grow.", nullptr, files)
                        : tr("Nothing to follow: compressed files and archive members cannot grow in place."),
            kMessageMs);
    });
    connect(m_follow, &FollowController::corpusGrew, this,
            [this](const std::shared_ptr<const text::Corpus>& corpus, const AnalysisResultPtr&,
                   quint64 added) { showGrownCorpus(corpus, added); });
    connect(m_follow, &FollowController::notice, this,
            [this](const QString& message) { statusBar()->showMessage(message, 2 * kMessageMs); });
}

void MainWindow::showGrownCorpus(const std::shared_ptr<const text::Corpus>& corpus, quint64 addedLines)
{
    // Like tail -f: a view at the end of the file order stays at the end as lines come.
    const QScrollBar* bar = m_view->verticalScrollBar();
    const bool fileOrder = m_model->sortColumn() < 0 ||
                           (m_model->columnAt(m_model->sortColumn()) == LogTableModel::Column::Line &&
                            m_model->sortOrder() == Qt::AscendingOrder);
    const bool tailing = fileOrder && bar->value() >= bar->maximum();
    m_model->growCorpus(corpus);
    m_search->adoptGrown(corpus);
    m_templates->setCorpus(corpus);
    m_detail->setCorpus(corpus);
    if (const qint64 current = m_view->currentGlobalLine(); current >= 0)
        m_detail->showLine(uint64_t(current));
    if (tailing) m_view->scrollToBottom();
    statusBar()->showMessage(tr("%n new line(s)", nullptr, int(std::min<quint64>(addedLines, INT_MAX))),
                             kMessageMs);
    updateSummary();
}

} // namespace logsleuth::ui
