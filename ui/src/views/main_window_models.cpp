// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Analysis → Save Model… and Open Model…: the window's model and the CLI's are the same files,
// so a threshold chosen here (dragged, typed) goes with the model to `logsleuth-cli score`.
#include <logsleuth/ui/main_window.h>

#include <logsleuth/ui/analysis_controller.h>

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QSettings>
#include <QStatusBar>

namespace logsleuth::ui {

namespace {
constexpr int kSavedMessageMs = 8000; // longer than kMessageMs: it names a path to copy
const auto kModelDirKey = QStringLiteral("files/modelDir");
} // namespace

void MainWindow::setUpModelFiles()
{
    m_saveModelAction = new QAction(tr("Sa&ve Model…"), this);
    m_saveModelAction->setStatusTip(
        tr("Save the model with the threshold in use, for logsleuth-cli score --model and later sessions"));
    connect(m_saveModelAction, &QAction::triggered, this, [this] {
        const QString start = QSettings().value(kModelDirKey, QDir::homePath()).toString();
        const QString dir = QFileDialog::getSaveFileName(this, tr("Save Model As"),
                                                         QDir(start).filePath(QStringLiteral("model")));
        if (dir.isEmpty()) return;
        QSettings().setValue(kModelDirKey, QFileInfo(dir).absolutePath());
        m_analysis->saveModel(dir);
    });
    m_openModelAction = new QAction(tr("Score with Saved &Model…"), this);
    m_openModelAction->setStatusTip(
        tr("Score the open files with a model saved here or by logsleuth-cli train"));
    connect(m_openModelAction, &QAction::triggered, this, [this] {
        const QString start = QSettings().value(kModelDirKey, QDir::homePath()).toString();
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Score with Saved Model"), start);
        if (dir.isEmpty()) return;
        QSettings().setValue(kModelDirKey, QFileInfo(dir).absolutePath());
        m_analysis->scoreWithSavedModel(dir);
    });
    connect(m_analysis, &AnalysisController::modelSaved, this, [this](const QString& dir, double threshold) {
        statusBar()->showMessage(
            tr("Saved the model to %1 with threshold %2 (logsleuth-cli score --model uses it)")
                .arg(QDir::toNativeSeparators(dir))
                .arg(threshold, 0, 'g', 4),
            kSavedMessageMs);
    });
}

} // namespace logsleuth::ui
