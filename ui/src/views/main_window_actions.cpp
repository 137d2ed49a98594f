// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The window's actions, their keys and tips, and the menus and tool bar that hold them.
#include <logsleuth/ui/main_window.h>

#include "views/recent_investigations.h"

#include <logsleuth/ml/model_registry.h>
#include <logsleuth/ml/review.h>

#include <logsleuth/text/corpus.h>
#include <logsleuth/ui/about_dialog.h>
#include <logsleuth/ui/analysis_controller.h>
#include <logsleuth/ui/chart_export.h>
#include <logsleuth/ui/charts_panel.h>
#include <logsleuth/ui/compare_dialog.h>
#include <logsleuth/ui/detail_panel.h>
#include <logsleuth/ui/filter_bar.h>
#include <logsleuth/ui/follow_controller.h>
#include <logsleuth/ui/log_table_model.h>
#include <logsleuth/ui/log_table_view.h>
#include <logsleuth/ui/mark_controller.h>
#include <logsleuth/ui/marks_dialog.h>
#include <logsleuth/ui/open_controller.h>
#include <logsleuth/ui/pattern_mark_dialog.h>
#include <logsleuth/ui/resources.h>
#include <logsleuth/ui/search_controller.h>
#include <logsleuth/ui/status_panel.h>
#include <logsleuth/ui/task_runner.h>
#include <logsleuth/ui/templates_panel.h>
#include <logsleuth/ui/try_line_panel.h>
#include <logsleuth/ui/view_export.h>
#include <logsleuth/ui/why_panel.h>

#include <QAction>
#include <QActionGroup>
#include <QChartView>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

#include <algorithm>
#include <climits>
#include <cmath>

namespace logsleuth::ui {

void MainWindow::createActions()
{
    m_openAction = new QAction(themedIcon(QStringLiteral("document-open"), QStringLiteral("open.svg")),
                               tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open log files or archives"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::showOpenDialog);
    m_openFolderAction = new QAction(tr("Open &Folder…"), this);
    m_openFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    m_openFolderAction->setStatusTip(
        tr("Open every log in a folder (rotated files included; not its subfolders)"));
    connect(m_openFolderAction, &QAction::triggered, this, &MainWindow::showOpenFolderDialog);

    m_exportAction = new QAction(tr("&Export View as CSV…"), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setStatusTip(
        tr("Write the lines the table shows, in its order, in the CLI's CSV columns"));
    connect(m_exportAction, &QAction::triggered, this, [this] {
        const QString dir = lastDirectory();
        const QString path = QFileDialog::getSaveFileName(this, tr("Export View"),
                                                          QDir(dir).filePath(QStringLiteral("view.csv")),
                                                          tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty() && !exportView(path))
            statusBar()->showMessage(tr("Busy: wait for the running job or cancel it (Esc)."), kMessageMs);
    });

    m_useStoreAction = new QAction(tr("Use &Fact Store…"), this);
    m_useStoreAction->setStatusTip(
        tr("Keep marks in another SQLite file (when the default one is read-only, full or damaged)"));
    connect(m_useStoreAction, &QAction::triggered, this, [this] {
        const QString current = QString::fromStdString(m_marks->storePath().string());
        const QString path = QFileDialog::getSaveFileName(this, tr("Fact Store"), current,
                                                          tr("SQLite files (*.sqlite *.db);;All files (*)"),
                                                          nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty()) useStore(path);
    });

    m_recent = new RecentInvestigations(this);
    connect(m_recent, &RecentInvestigations::openRequested, this,
            [this](const QStringList& paths, bool train) {
                m_trainWhenOpened = train;
                if (!openPaths(paths)) m_trainWhenOpened = false;
            });

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_trainAction =
        new QAction(QIcon(QStringLiteral(":/logsleuth/icons/train.svg")), tr("&Train && Score"), this);
    m_trainAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_trainAction->setStatusTip(tr("Train an anomaly model on the open logs and score every line"));
    connect(m_trainAction, &QAction::triggered, this, &MainWindow::trainAndScore);

    m_rescoreAction = new QAction(tr("&Apply Marks"), this);
    m_rescoreAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_rescoreAction->setStatusTip(tr("Re-decide verdicts with the current marks (no retraining)"));
    connect(m_rescoreAction, &QAction::triggered, this, [this] {
        m_analysis->setMarkRules(m_marks->rules());
        m_analysis->rescore();
    });

    m_cancelAction = new QAction(themedIcon(QStringLiteral("process-stop"), QStringLiteral("cancel.svg")),
                                 tr("&Cancel"), this);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));

    m_undoMarkAction = new QAction(tr("&Undo Last Mark"), this);
    m_undoMarkAction->setShortcut(QKeySequence::Undo);
    m_undoMarkAction->setStatusTip(tr("Take back the latest mark; the fact store keeps it as history"));
    connect(m_undoMarkAction, &QAction::triggered, this, [this] {
        if (!m_marks->undoLastMark()) {
            statusBar()->showMessage(tr("No mark to undo."), kMessageMs);
            return;
        }
        statusBar()->showMessage(tr("Mark undone."), kMessageMs);
        if (m_analysis->canRescore()) m_analysis->rescore();
    });

    m_marksListAction = new QAction(tr("&Marks…"), this);
    m_marksListAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_marksListAction->setStatusTip(tr("Every mark in the fact store: undo, restore, who made it"));
    connect(m_marksListAction, &QAction::triggered, this, [this] {
        auto* dialog = new MarksDialog(*m_marks, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setObjectName(QStringLiteral("marksDialog"));
        connect(dialog, &MarksDialog::marksEdited, this, [this] {
            if (m_analysis->canRescore()) m_analysis->rescore();
        });
        dialog->open();
    });

    m_thresholdAction = new QAction(tr("Set &Threshold…"), this);
    m_thresholdAction->setStatusTip(
        tr("auto (calibrated), seasonal (one per hour of the day), k-sigma, a percentile or a fixed score"));
    connect(m_thresholdAction, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString text = QInputDialog::getText(
            this, tr("Threshold"),
            tr("Where anomalous starts: auto (calibrated on the training data), seasonal (auto for each hour "
               "of the day; time windows only), 3.1sigma, p99.9 or a score such as 0.42"),
            QLineEdit::Normal, QString::fromStdString(m_analysis->threshold().toString()), &ok);
        if (ok) setThresholdSpec(text);
    });

    m_compareAction = new QAction(tr("C&ompare Models…"), this);
    m_compareAction->setStatusTip(
        tr("Train every model family on the open logs and compare them against labels"));
    connect(m_compareAction, &QAction::triggered, this, [this] {
        if (!m_analysis->result()) {
            statusBar()->showMessage(tr("Train & score first (Ctrl+T): the labels come from its marks."),
                                     kMessageMs);
            return;
        }
        auto* dialog = new CompareDialog(*m_runner, m_analysis->result(), m_analysis->threshold(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setObjectName(QStringLiteral("compareDialog"));
        dialog->open();
    });

    // Search: the field in the tool bar (Ctrl+F or `/` to get there), F3 and Shift+F3 to walk.
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search (Ctrl+F): a regular expression, Enter to run"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMaximumWidth(420);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchHitShown = false;
        if (!m_search->search(m_searchEdit->text(), false) && !m_searchEdit->text().isEmpty())
            statusBar()->showMessage(m_runner->isBusy() ? tr("Busy: search when the running job is done.")
                                                        : tr("Open a log first (Ctrl+O)."),
                                     kMessageMs);
    });
    m_findAction = new QAction(tr("&Find…"), this);
    m_findAction->setShortcuts({QKeySequence::Find, QKeySequence(Qt::Key_Slash)});
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });
    m_findNextAction = new QAction(tr("Find &Next"), this);
    m_findNextAction->setShortcut(QKeySequence::FindNext);
    connect(m_findNextAction, &QAction::triggered, this, [this] { goToSearchHit(true); });
    m_findPreviousAction = new QAction(tr("Find &Previous"), this);
    m_findPreviousAction->setShortcut(QKeySequence::FindPrevious);
    connect(m_findPreviousAction, &QAction::triggered, this, [this] { goToSearchHit(false); });

    m_nextToReviewAction = new QAction(tr("Next to &Review"), this);
    m_nextToReviewAction->setShortcut(QKeySequence(Qt::Key_N));
    m_nextToReviewAction->setStatusTip(tr("The line whose mark would teach the model the most"));
    connect(m_nextToReviewAction, &QAction::triggered, this, &MainWindow::goToNextReview);

    // The model families of the registry; the choice is remembered (train/kind) and applies to
    // the next Train & score.
    auto* families = new QActionGroup(this);
    for (const ml::ModelFamily* modelFamily : ml::modelFamilies()) {
        const QString kind =
            QString::fromUtf8(modelFamily->kind().data(), qsizetype(modelFamily->kind().size()));
        const bool isDefault = modelFamily->kind() == ml::defaultModelKind();
        auto* action = new QAction(isDefault ? tr("%1 (default)").arg(kind) : kind, families);
        action->setData(kind);
        action->setCheckable(true);
        action->setStatusTip(
            QString::fromUtf8(modelFamily->summary().data(), qsizetype(modelFamily->summary().size())));
        action->setChecked(modelFamily->kind() == m_analysis->modelKind());
        connect(action, &QAction::triggered, this, [this, kind] {
            QSettings().setValue(QStringLiteral("train/kind"), kind);
            const std::string chosen = kind.toStdString();
            m_analysis->setModelChoice(chosen, modelOptionsFromSettings(chosen));
            statusBar()->showMessage(
                tr("Model family %1: applies to the next Train & score (Ctrl+T).").arg(kind), kMessageMs);
        });
        m_modelKindActions.append(action);
    }
    m_cancelAction->setStatusTip(tr("Stop the running job"));
    connect(m_cancelAction, &QAction::triggered, m_runner, &TaskRunner::cancel);

    m_reloadAction = new QAction(tr("&Reload"), this);
    m_reloadAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_reloadAction->setStatusTip(tr("Read the open files again from disk"));
    m_reloadAction->setEnabled(false);
    connect(m_reloadAction, &QAction::triggered, this, [this] { openPaths(m_openPaths); });
    setUpFollowing();
    setUpModelFiles();

    m_aboutAction = new QAction(tr("&About LogSleuth"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] { showAboutDialog(this); });
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    file->addAction(m_openFolderAction);
    file->addMenu(m_recent->menu());
    file->addAction(m_recent->reopenLastAction());
    file->addAction(m_reloadAction);
    file->addAction(m_followAction);
    file->addAction(m_exportAction);
    file->addAction(m_useStoreAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* analysis = menuBar()->addMenu(tr("&Analysis"));
    analysis->addAction(m_trainAction);
    analysis->addAction(m_rescoreAction);
    analysis->addAction(m_cancelAction);
    analysis->addSeparator();
    analysis->addAction(m_view->markFalsePositiveAction());
    analysis->addAction(m_view->markTrueAnomalyAction());
    analysis->addAction(m_view->markTemplateFalsePositiveAction());
    analysis->addAction(m_view->markTemplateTrueAnomalyAction());
    analysis->addAction(m_view->markLineFalsePositiveAction());
    analysis->addAction(m_view->markLineTrueAnomalyAction());
    analysis->addAction(m_view->unmarkAction());

    analysis->addAction(m_undoMarkAction);
    analysis->addAction(m_marksListAction);
    analysis->addSeparator();
    QMenu* family = analysis->addMenu(tr("Model &Family"));
    family->addActions(m_modelKindActions);
    analysis->addAction(m_thresholdAction);
    analysis->addSeparator();
    analysis->addAction(m_saveModelAction);
    analysis->addAction(m_openModelAction);
    analysis->addAction(m_compareAction);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    go->addAction(m_view->goToLineAction());
    go->addAction(m_view->nextAnomalyAction());
    go->addAction(m_view->previousAnomalyAction());
    go->addAction(m_nextToReviewAction);
    go->addSeparator();
    go->addAction(m_findAction);
    go->addAction(m_findNextAction);
    go->addAction(m_findPreviousAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    // The chart and detail tabs from the keyboard, wherever the focus is.
    QAction* nextTab = view->addAction(tr("Next &Tab"));
    nextTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(nextTab, &QAction::triggered, this,
            [this] { m_charts->setCurrentIndex((m_charts->currentIndex() + 1) % m_charts->count()); });
    QAction* previousTab = view->addAction(tr("P&revious Tab"));
    previousTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(previousTab, &QAction::triggered, this, [this] {
        m_charts->setCurrentIndex((m_charts->currentIndex() + m_charts->count() - 1) % m_charts->count());
    });
    QAction* saveChart = view->addAction(tr("&Save Chart As…"));
    saveChart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    saveChart->setStatusTip(tr("Save the chart on the current tab as PNG or SVG"));
    connect(saveChart, &QAction::triggered, this, &MainWindow::saveCurrentChart);
    view->addSeparator();
    addRowOrderActions(view);
    view->addSeparator();
    view->addAction(m_filterBar->anomaliesOnlyAction());
    view->addAction(m_filterBar->hideSuppressedAction());
    view->addAction(m_filterBar->searchHitsOnlyAction());
    view->addAction(m_filterBar->clearAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);

    QToolBar* tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->setMovable(false);
    tools->addAction(m_openAction);
    tools->addAction(m_trainAction);
    tools->addAction(m_cancelAction);
    tools->addSeparator();
    tools->addWidget(m_searchEdit);
    addToolBarBreak();
    addToolBar(m_filterBar);
}

} // namespace logsleuth::ui
