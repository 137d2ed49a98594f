// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// What the main window shows while and once files open: a big file's first lines at once
// (OpenController::previewLoaded), then the whole, read and mined (corpusLoaded); a cancelled
// or failed open puts back what was open before.
#include <logsleuth/ui/main_window.h>

#include "views/recent_investigations.h"

#include <logsleuth/text/corpus.h>
#include <logsleuth/ui/analysis_controller.h>
#include <logsleuth/ui/charts_panel.h>
#include <logsleuth/ui/filter_bar.h>
#include <logsleuth/ui/follow_controller.h>
#include <logsleuth/ui/log_table_model.h>
#include <logsleuth/ui/log_table_view.h>
#include <logsleuth/ui/search_controller.h>
#include <logsleuth/ui/templates_panel.h>
#include <logsleuth/ui/try_line_panel.h>
#include <logsleuth/ui/why_panel.h>

#include <QAction>
#include <QFileInfo>
#include <QLocale>
#include <QScrollBar>
#include <QStatusBar>
#include <QTimer>

namespace logsleuth::ui {

namespace {

QString titleFor(const QStringList& paths)
{
    if (paths.isEmpty()) return QStringLiteral("LogSleuth");
    QStringList names;
    for (const QString& path : paths)
        names.append(QFileInfo(path).fileName());
    return MainWindow::tr("%1 — LogSleuth").arg(names.join(QStringLiteral(", ")));
}

} // namespace

void MainWindow::showCorpus(const std::shared_ptr<const text::Corpus>& corpus)
{
    m_model->setCorpus(corpus);
    m_search->setCorpus(corpus);
    m_filterBar->setCorpus(corpus);
    m_templates->setCorpus(corpus);
    m_tryLine->setResult(nullptr);
    m_charts->clear();
    m_why->setResult(nullptr);
}

void MainWindow::showPreview(const LoadedCorpusPtr& preview)
{
    m_previewShown = true;
    showCorpus(preview->corpus);
    setWindowTitle(titleFor(preview->paths));
    statusBar()->showMessage(tr("Showing the first %1 lines of %2 while the rest is read")
                                 .arg(QLocale().toString(qulonglong(preview->corpus->lineCount())),
                                      QFileInfo(preview->paths.constFirst()).fileName()),
                             kMessageMs);
    updateSummary();
}

void MainWindow::showLoadedCorpus(const LoadedCorpusPtr& loaded)
{
    // Where the analyst was in the first lines: the same lines lead the whole.
    std::optional<uint64_t> currentLine, topLine;
    if (m_previewShown && m_model->rowCount() > 0) {
        if (const QModelIndex current = m_view->currentIndex(); current.isValid())
            currentLine = m_model->globalLine(current.row());
        if (const int top = m_view->rowAt(0); top >= 0) topLine = m_model->globalLine(top);
    }
    m_previewShown = false;

    showCorpus(loaded->corpus);
    m_analysis->setCorpus(loaded->corpus);
    m_sortedOnce = false;
    setWindowTitle(titleFor(loaded->paths));
    watchOpenFiles(loaded->paths);
    m_follow->setOpened(loaded->corpus, loaded->paths);
    m_follow->setFollowing(m_followAction->isChecked());
    m_recent->remember(loaded->paths, false);
    if (topLine) {
        if (const int row = m_model->rowOfGlobalLine(*topLine); row >= 0)
            m_view->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtTop);
    }
    if (currentLine) {
        if (const int row = m_model->rowOfGlobalLine(*currentLine); row >= 0)
            m_view->setCurrentIndex(m_model->index(row, 0));
    }
    if (!loaded->warnings.empty()) {
        QStringList lines;
        for (const std::string& w : loaded->warnings)
            lines.append(QString::fromStdString(w));
        if (loaded->partial)
            showError(tr("Some input could not be read"), lines.join(QLatin1Char('\n')));
        else
            statusBar()->showMessage(lines.join(QStringLiteral("; ")), kMessageMs);
    }
    updateSummary();
    updateActions();
    if (m_trainWhenOpened) {
        m_trainWhenOpened = false;
        // After this delivery returns the runner is free; start on the next turn.
        QTimer::singleShot(0, this, &MainWindow::trainAndScore);
    }
}

void MainWindow::restoreAfterPreview()
{
    if (!m_previewShown) return;
    m_previewShown = false;
    // The open did not finish: what was open before (and its scoring) comes back.
    showCorpus(m_analysis->corpus());
    setWindowTitle(titleFor(m_analysis->corpus() ? m_openPaths : QStringList()));
    if (const AnalysisResultPtr& result = m_analysis->result();
        result && result->corpus == m_analysis->corpus()) {
        m_model->setAnalysis(result);
        m_charts->setResult(result);
        m_why->setResult(result);
        m_templates->setResult(result);
        m_tryLine->setResult(result);
    }
    updateSummary();
}

} // namespace logsleuth::ui
