// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include <logsleuth/ui/main_window.h>

#include "controllers/opened_paths.h"

#include "views/recent_investigations.h"

#include <logsleuth/ml/model_registry.h>
#include <logsleuth/ml/review.h>

#include <logsleuth/text/corpus.h>
#include <logsleuth/ui/about_dialog.h>
#include <logsleuth/ui/analysis_controller.h>
#include <logsleuth/ui/chart_export.h>
#include <logsleuth/ui/charts.h>
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

namespace {
const auto kLastDirKey = QStringLiteral("files/lastDir");
} // namespace

QString MainWindow::lastDirectory()
{
    return QSettings().value(kLastDirKey, QDir::homePath()).toString();
}

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_runner(new TaskRunner(this)), m_open(new OpenController(*m_runner, this)),
      m_analysis(new AnalysisController(*m_runner, this)), m_marks(new MarkController(this)),
      m_search(new SearchController(*m_runner, this)), m_model(new LogTableModel(this)),
      m_view(new LogTableView), m_charts(new ChartsPanel), m_why(new WhyPanel), m_detail(new DetailPanel),
      m_filterBar(new FilterBar(this)), m_templates(new TemplatesPanel), m_tryLine(new TryLinePanel),
      m_splitter(new QSplitter(Qt::Vertical, this)), m_status(nullptr)
{
    initResources();
    setWindowTitle(QStringLiteral("LogSleuth"));
    setWindowIcon(appIcon());
    setAcceptDrops(true);

    m_view->setLogModel(m_model);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_charts);
    // The explanation sits with the charts: same place to look, no extra pane to manage.
    m_charts->addTab(m_why, tr("Why this score"));
    m_charts->addTab(m_detail, tr("Line in full"));
    m_charts->addTab(m_templates, tr("Templates"));
    m_charts->addTab(m_tryLine, tr("Try a line"));
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    createActions();
    createMenus();
    m_status = new StatusPanel(m_cancelAction, this);
    statusBar()->addPermanentWidget(m_status, 1);
    connect(statusBar(), &QStatusBar::messageChanged, m_status, &StatusPanel::setMessage);
    connectControllers();
    restoreSettings();
    updateActions();
    updateSummary();

    // Marks from earlier sessions apply to the first scoring; reading them waits until the
    // window is up, and a missing store is not created just by starting.
    if (const QString chosen = QSettings().value(QStringLiteral("marks/store")).toString(); !chosen.isEmpty())
        m_marks->setStorePath(chosen.toStdString());
    QTimer::singleShot(0, m_marks, &MarkController::loadMarks);
    // Marks made meanwhile by the CLI or another window: one PRAGMA every two seconds.
    auto* storePoll = new QTimer(this);
    storePoll->setObjectName(QStringLiteral("storePoll"));
    storePoll->setInterval(2000);
    connect(storePoll, &QTimer::timeout, this, &MainWindow::pollStore);
    storePoll->start();
}

MainWindow::~MainWindow() = default;

QAction* MainWindow::reopenLastAction() const
{
    return m_recent->reopenLastAction();
}

QMenu* MainWindow::recentMenu() const
{
    return m_recent->menu();
}

void MainWindow::connectControllers()
{
    connect(m_runner, &TaskRunner::busyChanged, this, [this](bool busy) {
        m_status->setBusy(busy);
        m_tryLine->setBusy(busy);
        updateActions();
    });
    connect(m_runner, &TaskRunner::progressChanged, m_status, &StatusPanel::setProgress);
    connect(m_runner, &TaskRunner::failed, this, [this](const QString& label, const QString& message) {
        showError(tr("%1 failed").arg(label), message);
    });
    connect(m_runner, &TaskRunner::cancelled, this, [this](const QString& label) {
        statusBar()->showMessage(tr("%1 cancelled.").arg(label), kMessageMs);
    });

    connect(m_open, &OpenController::previewLoaded, this, &MainWindow::showPreview);
    connect(m_open, &OpenController::corpusLoaded, this, &MainWindow::showLoadedCorpus);
    // One job runs at a time, so a cancel or failure after a preview is the open's.
    connect(m_runner, &TaskRunner::cancelled, this, &MainWindow::restoreAfterPreview);
    connect(m_runner, &TaskRunner::failed, this, &MainWindow::restoreAfterPreview);

    connect(m_analysis, &AnalysisController::analysisFinished, this, [this](const AnalysisResultPtr& result) {
        if (!m_openPaths.isEmpty()) m_recent->remember(m_openPaths, true);
        recordRun(*result);
    });
    connect(m_analysis, &AnalysisController::trainingLossChanged, this, [this](const QList<double>& loss) {
        m_charts->showTrainingLoss(loss, lossMeaningOf(m_analysis->modelKind()));
    });
    connect(m_analysis, &AnalysisController::resultChanged, this, [this](const AnalysisResultPtr& result) {
        m_model->setAnalysis(result);
        m_charts->setResult(result);
        m_why->setResult(result);
        m_templates->setResult(result);
        m_tryLine->setResult(result);
        // After a mark: say what it did, spread included.
        if (result->changedLines > 0)
            statusBar()->showMessage(tr("%n line(s) changed verdict", nullptr,
                                        int(std::min<uint64_t>(result->changedLines, INT_MAX))),
                                     kMessageMs);
        if (!m_sortedOnce) {
            // The first scoring puts the most anomalous lines on top; later ones keep the
            // order the user chose.
            m_sortedOnce = true;
            m_view->sortByColumn(m_model->columnOf(LogTableModel::Column::Score), Qt::DescendingOrder);
            m_view->scrollToTop();
            // The top line is current, so the Why tab explains what the table shows first.
            if (m_model->rowCount() > 0) {
                m_view->setCurrentIndex(m_model->index(0, 0));
                m_view->selectRow(0);
            }
        }
        updateSummary();
        updateActions();
    });

    connect(m_marks, &MarkController::marksChanged, this, [this] {
        m_analysis->setMarkRules(m_marks->rules());
        updateSummary();
    });
    connect(m_filterBar, &FilterBar::filterChanged, this, [this] {
        m_model->setFilter(m_filterBar->filter());
        if (m_view->currentIndex().isValid()) m_view->scrollTo(m_view->currentIndex());
        updateSummary();
    });
    connect(m_view, &LogTableView::restrictRequested, this, &MainWindow::restrictToLine);
    connect(m_templates, &TemplatesPanel::templateActivated, m_filterBar, &FilterBar::restrictToTemplate);
    connect(m_charts, &ChartsPanel::timeRangeClicked, m_filterBar, &FilterBar::restrictToTime);
    connect(m_charts, &ChartsPanel::thresholdDragged, this, &MainWindow::previewThreshold);
    connect(m_charts, &ChartsPanel::thresholdChosen, this, [this](double value) {
        m_analysis->setMarkRules(m_marks->rules());
        if (!m_analysis->rescore(value))
            statusBar()->showMessage(tr("Busy: the threshold applies when the running job is done."),
                                     kMessageMs);
    });
    connect(m_search, &SearchController::progressed, this, [this](qsizetype hits, double fraction) {
        statusBar()->showMessage(
            tr("Searching: %n match(es) so far (%1 %)", nullptr, int(std::min<qsizetype>(hits, INT_MAX)))
                .arg(int(fraction * 100)),
            kMessageMs);
    });
    // Matches stream into the table's search filter as they are found; the first one found is
    // selected at once, and the walk (F3) goes on from wherever the analyst is.
    connect(m_search, &SearchController::hitsGrew, this, [this] {
        const bool first = !m_searchHitShown;
        m_filterBar->setSearchHits(m_search->hits());
        if (first) {
            m_view->setCurrentIndex(QModelIndex());
            m_searchHitShown = goToSearchHit(true);
        }
    });
    connect(m_search, &SearchController::finished, this, [this](qsizetype hits) {
        m_filterBar->setSearchHits(m_search->hits());
        const bool shown = m_searchHitShown;
        m_searchHitShown = false; // the next search starts afresh
        if (m_search->pattern().isEmpty()) return;
        statusBar()->showMessage(tr("%n line(s) match %1", nullptr, int(std::min<qsizetype>(hits, INT_MAX)))
                                     .arg(m_search->pattern()),
                                 kMessageMs);
        // The first match from the top of the table's current order, unless one streamed in.
        if (shown) return;
        m_view->setCurrentIndex(QModelIndex());
        if (hits > 0) goToSearchHit(true);
    });
    connect(m_search, &SearchController::failed, this,
            [this](const QString& message) { statusBar()->showMessage(message, kMessageMs); });
    connect(m_marks, &MarkController::storeError, this, [this](const QString& message) {
        showError(tr("Fact store"),
                  message + tr("\n\nMarks made now still apply in this session. File → Use Fact Store… keeps "
                               "them in another file."));
    });
    connect(m_view, &LogTableView::markRequested, this, &MainWindow::markLines);
    connect(m_view, &LogTableView::patternMarkRequested, this, &MainWindow::markPattern);
    connect(m_view, &LogTableView::unmarkRequested, this, [this](const QList<quint64>& lines) {
        const auto& corpus = m_model->corpus();
        if (!corpus) return;
        const size_t removed =
            m_marks->unmarkLines(*corpus, std::vector<uint64_t>(lines.begin(), lines.end()));
        statusBar()->showMessage(tr("%n mark(s) removed", nullptr, int(removed)), kMessageMs);
        if (removed > 0 && m_analysis->canRescore()) m_analysis->rescore();
    });

    // Keyed by global line, not row: a re-sort moves the row but the explanation stays.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const auto line = current.isValid()
                                      ? std::optional<uint64_t>(m_model->globalLine(current.row()))
                                      : std::nullopt;
                m_why->showLine(line);
                m_detail->showLine(line);
                m_charts->setSelectedLine(line);
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_why->showLine(std::nullopt);
        m_detail->setCorpus(m_model->corpus());
    });
}

void MainWindow::watchOpenFiles(const QStringList& paths)
{
    if (!m_watcher) {
        m_watcher = new QFileSystemWatcher(this);
        connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString& path) {
            if (m_follow->isFollowing()) return; // the new lines are being read
            // Said once per change, and kept until a reload: the rows show what was read then.
            const QFileInfo info(path);
            const QString what =
                !info.exists() ? tr("%1 was removed or rotated on disk") : tr("%1 changed on disk");
            statusBar()->showMessage(what.arg(info.fileName()) +
                                     tr(": the table shows it as it was when opened. "
                                        "Reload (Ctrl+R) to read it again."));
            m_reloadAction->setEnabled(true);
            // A rotated file is a new inode at the same path: watch it again once it is back.
            if (info.exists() && !m_watcher->files().contains(path)) m_watcher->addPath(path);
        });
    }
    if (!m_watcher->files().isEmpty()) m_watcher->removePaths(m_watcher->files());
    m_openPaths = paths;
    // The files themselves, a folder's included.
    QStringList plain;
    for (const text::LogPath& file : openedLogPaths(paths).files) {
        const QFileInfo info(QString::fromStdString(file.path));
        if (info.isFile()) plain.append(info.absoluteFilePath());
    }
    if (!plain.isEmpty()) m_watcher->addPaths(plain);
    m_reloadAction->setEnabled(!paths.isEmpty());
}

bool MainWindow::openPaths(const QStringList& paths)
{
    if (paths.isEmpty()) return false;
    if (!m_open->openPaths(paths)) {
        statusBar()->showMessage(tr("Busy: wait for the running job or cancel it (Esc)."), kMessageMs);
        return false;
    }
    QSettings().setValue(kLastDirKey, QFileInfo(paths.constFirst()).absolutePath());
    return true;
}

bool MainWindow::exportView(const QString& path)
{
    const auto corpus = m_model->corpus();
    if (!corpus || m_runner->isBusy()) return false;
    // The rows as they are now; the scores only when they belong to this corpus.
    auto lines = std::make_shared<const std::vector<uint32_t>>(m_model->shownLines());
    const AnalysisResultPtr result = m_model->analysis();
    const std::string target = path.toStdString();
    return m_runner->start(tr("Exporting"), [this, corpus, lines, result, target,
                                             path](TaskContext& context) {
        context.setPhase(tr("Writing %1").arg(QDir::toNativeSeparators(path)));
        if (!writeViewCsvFile(target, *corpus, result ? &result->scored : nullptr, *lines,
                              context.cancelFlag()))
            return TaskRunner::Delivery{};
        return TaskRunner::Delivery{[this, path, count = lines->size()] {
            statusBar()->showMessage(
                tr("Exported %1 line(s) to %2").arg(count).arg(QDir::toNativeSeparators(path)), kMessageMs);
        }};
    });
}

bool MainWindow::setThresholdSpec(const QString& text)
{
    ml::ThresholdSpec spec;
    try {
        spec = ml::ThresholdSpec::parse(text.toStdString());
    } catch (const std::exception& e) {
        showError(tr("Threshold"), QString::fromUtf8(e.what()));
        return false;
    }
    m_analysis->setThreshold(spec);
    QSettings().setValue(QStringLiteral("analysis/threshold"), QString::fromStdString(spec.toString()));
    // A trained model takes it at once: the spec resolved against the model's own calibration.
    if (const AnalysisResultPtr result = m_analysis->result(); result && result->model) {
        m_analysis->setMarkRules(m_marks->rules());
        if (!m_analysis->rescore(spec))
            statusBar()->showMessage(tr("Busy: the threshold applies when the running job is done."),
                                     kMessageMs);
    }
    return true;
}

bool MainWindow::useStore(const QString& path)
{
    if (!m_marks->useStore(path.toStdString())) return false;
    QSettings().setValue(QStringLiteral("marks/store"), path);
    statusBar()->showMessage(tr("Marks are kept in %1 now.").arg(QDir::toNativeSeparators(path)), kMessageMs);
    if (m_analysis->canRescore()) m_analysis->rescore();
    return true;
}

void MainWindow::recordRun(const AnalysisResult& result)
{
    if (!result.model || !result.corpus) return;
    store::Run run;
    run.startedAt = m_trainStartedAt.toString(Qt::ISODateWithMs).toStdString();
    run.command = "gui";
    run.modelKind = std::string(result.model->kind());
    run.modelId = result.savedModelDir.empty() ? run.modelKind + ":gui-session" : result.savedModelDir;
    run.options = result.model->options().summary();
    run.threshold = result.scored.threshold;
    run.thresholdSpec = m_analysis->threshold().toString();
    for (size_t source = 0; source < result.corpus->sourceCount(); ++source)
        if (result.corpus->beginsFile(source))
            run.sources += (source ? "\n" : "") + result.corpus->source(source).name();
    run.lines = result.corpus->lineCount();
    run.anomalies = result.anomalyLines;
    run.marksApplied = m_marks->markCountFor(*result.corpus, &result.scored);
    run.version = LOGSLEUTH_VERSION;
    m_marks->recordRun(std::move(run));
}

void MainWindow::pollStore()
{
    if (m_runner->isBusy() || !m_marks->refreshIfChangedElsewhere()) return;
    statusBar()->showMessage(tr("Marks changed in the fact store (the CLI or another window): applied."),
                             kMessageMs);
    if (m_analysis->canRescore()) m_analysis->rescore();
}

void MainWindow::saveCurrentChart()
{
    QChartView* view = m_charts->currentChartView();
    if (!view || !view->chart()) {
        statusBar()->showMessage(tr("No chart on this tab: pick a chart tab after Train & score."),
                                 kMessageMs);
        return;
    }
    const QString dir = lastDirectory();
    QString filters = tr("PNG images (*.png)");
    if (svgExportAvailable()) filters += tr(";;SVG drawings (*.svg)");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Chart"), QDir(dir).filePath(QStringLiteral("chart.png")), filters);
    if (path.isEmpty()) return;
    QString error;
    if (!saveChartView(*view, path, &error))
        showError(tr("Save Chart"), error);
    else
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), kMessageMs);
}

void MainWindow::showOpenDialog()
{
    const QString dir = lastDirectory();
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Logs"), dir,
        tr("Logs and archives (*.log *.txt *.gz *.bz2 *.xz *.zst *.tar *.tgz *.zip *.7z);;All files (*)"));
    openPaths(paths);
}

void MainWindow::showOpenFolderDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a Folder of Logs"), lastDirectory());
    if (!dir.isEmpty()) openPaths({dir});
}

void MainWindow::trainAndScore()
{
    m_trainStartedAt = QDateTime::currentDateTimeUtc();
    m_analysis->setMarkRules(m_marks->rules());
    if (!m_analysis->trainAndScore())
        statusBar()->showMessage(m_runner->isBusy() ? tr("Busy: wait for the running job or cancel it (Esc).")
                                                    : tr("Open a log first (Ctrl+O)."),
                                 kMessageMs);
}

bool MainWindow::goToSearchHit(bool forward)
{
    if (m_search->hitCount() == 0) {
        statusBar()->showMessage(tr("No search results: type a pattern (Ctrl+F) and press Enter."),
                                 kMessageMs);
        return false;
    }
    const int rows = m_model->rowCount();
    const QModelIndex current = m_view->currentIndex();
    const int start = current.isValid() ? current.row() : (forward ? -1 : rows);
    for (int row = start + (forward ? 1 : -1); row >= 0 && row < rows; row += forward ? 1 : -1) {
        if (!m_search->contains(m_model->globalLine(row))) continue;
        const QModelIndex index = m_model->index(row, 0);
        m_view->setCurrentIndex(index);
        m_view->selectRow(row);
        m_view->scrollTo(index);
        return true;
    }
    statusBar()->showMessage(forward ? tr("No more matches below.") : tr("No more matches above."),
                             kMessageMs);
    return false;
}

void MainWindow::goToNextReview()
{
    const AnalysisResultPtr result = m_analysis->result();
    if (!result || !result->corpus || result->scored.size() == 0) {
        statusBar()->showMessage(tr("Train & score first (Ctrl+T)."), kMessageMs);
        return;
    }
    // The same proposals as `logsleuth-cli marks next`: one line per template no mark decides.
    const auto next = ml::proposeReview(*result->corpus, result->scored, 1);
    if (next.empty()) {
        statusBar()->showMessage(tr("Every template is decided by a mark."), kMessageMs);
        return;
    }
    const int row = m_model->rowOfGlobalLine(next.front().line);
    if (row < 0) return;
    const QModelIndex index = m_model->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->selectRow(row);
    m_view->scrollTo(index);
    statusBar()->showMessage(
        tr("Next to review (%1): mark it with f or t.").arg(QString::fromStdString(next.front().reason)),
        kMessageMs);
}

void MainWindow::markLines(const QList<quint64>& globalLines, store::MarkKind kind, store::MarkScope scope)
{
    const auto& corpus = m_model->corpus();
    if (!corpus || globalLines.isEmpty()) return;
    m_marks->markLines(*corpus, std::vector<uint64_t>(globalLines.begin(), globalLines.end()), kind, scope);
    applyNewMarks();
}

void MainWindow::applyNewMarks()
{
    // marksChanged already handed the new rules to the analysis; apply them now when a model
    // exists, else they apply with the next training.
    if (m_analysis->canRescore())
        m_analysis->rescore();
    else if (m_runner->isBusy())
        statusBar()->showMessage(tr("Mark saved; it applies when the running job is done (F5)."), kMessageMs);
}

void MainWindow::markPattern(quint64 globalLine, bool hasLine)
{
    const auto& corpus = m_model->corpus();
    const QString suggestion =
        corpus && hasLine && globalLine < corpus->lineCount()
            ? PatternMarkDialog::escaped(QString::fromUtf8(corpus->message(globalLine)))
            : QString();
    PatternMarkDialog dialog(suggestion, this);
    if (dialog.exec() != QDialog::Accepted) return;
    QString error;
    if (!m_marks->markPattern(dialog.pattern().toStdString(), dialog.kind(), &error)) {
        if (!error.isEmpty()) QMessageBox::warning(this, tr("Mark Lines Matching"), error);
        return;
    }
    applyNewMarks();
}

void MainWindow::restrictToLine(int column, quint64 globalLine)
{
    const auto& corpus = m_model->corpus();
    if (!corpus || globalLine >= corpus->lineCount()) return;
    switch (LogTableModel::Column(column)) {
    case LogTableModel::Column::Template:
        m_filterBar->restrictToTemplate(corpus->clusterOfMessage(corpus->messageKeys()[globalLine]));
        break;
    case LogTableModel::Column::Component:
        m_filterBar->restrictToComponent(corpus->records().componentIds()[globalLine]);
        break;
    case LogTableModel::Column::Entity:
        m_filterBar->restrictToEntity(corpus->records().entityIds()[globalLine]);
        break;
    default:
        break;
    }
}

void MainWindow::previewThreshold(double value)
{
    const AnalysisResultPtr result = m_analysis->result();
    if (!result || !result->sortedLineScores) return;
    // Lines strictly above the value, as the verdicts count them.
    const auto& sorted = *result->sortedLineScores;
    const auto above = std::upper_bound(sorted.begin(), sorted.end(), value,
                                        [](double v, float s) { return v < double(s); });
    const auto count = qulonglong(sorted.end() - above);
    statusBar()->showMessage(tr("Threshold %1: %2 line(s) above (now %3); release to apply")
                                 .arg(value, 0, 'g', 4)
                                 .arg(QLocale().toString(count))
                                 .arg(QLocale().toString(qulonglong(result->anomalyLines))),
                             kMessageMs);
}

void MainWindow::showError(const QString& title, const QString& message)
{
    statusBar()->showMessage(title, kMessageMs);
    // Window-modal and non-blocking: a running job keeps reporting behind the message.
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::updateActions()
{
    const bool busy = m_runner->isBusy();
    m_openAction->setEnabled(!busy);
    m_openFolderAction->setEnabled(!busy);
    m_trainAction->setEnabled(m_analysis->canTrain());
    m_rescoreAction->setEnabled(m_analysis->canRescore());
    m_saveModelAction->setEnabled(m_analysis->canRescore()); // a model is trained, nothing runs
    m_openModelAction->setEnabled(m_analysis->canTrain());
    m_cancelAction->setEnabled(busy);
}

void MainWindow::updateSummary()
{
    const auto& corpus = m_model->corpus();
    if (!corpus) {
        m_status->setSummary(tr("Open a log file (Ctrl+O) or drop one here."));
        return;
    }
    const QLocale locale;
    QString text = tr("%1 lines in %2 file(s), %3 templates")
                       .arg(locale.toString(qulonglong(corpus->lineCount())))
                       .arg(corpus->fileCount())
                       .arg(locale.toString(qulonglong(corpus->miner().clusterCount())));
    if (const auto& result = m_analysis->result()) {
        if (result->scored.unitThresholds.empty())
            text += tr(" · %1 anomalous lines above %2")
                        .arg(locale.toString(qulonglong(result->anomalyLines)))
                        .arg(result->scored.threshold, 0, 'g', 4);
        else
            text += tr(" · %1 anomalous lines above their hour's threshold (auto %2)")
                        .arg(locale.toString(qulonglong(result->anomalyLines)))
                        .arg(result->scored.threshold, 0, 'g', 4);
        if (result->savedModelDir.empty())
            text += tr(" · trained on %1 in %2 s")
                        .arg(QString::fromStdString(result->device))
                        .arg(result->trainSeconds, 0, 'f', 1);
        else
            text += tr(" · model %1").arg(QString::fromStdString(result->savedModelDir));
    }
    if (m_model->filter().isActive())
        text += tr(" · showing %1").arg(locale.toString(qulonglong(m_model->shownLineCount())));
    // Only the marks that apply to what is open: the store may hold other logs' marks too.
    const AnalysisResultPtr& scoring = m_analysis->result();
    const ml::Scored* scored = scoring && scoring->corpus == corpus ? &scoring->scored : nullptr;
    if (const size_t marks = m_marks->markCountFor(*corpus, scored); marks > 0)
        text += tr(" · %1 mark(s)").arg(marks);
    m_status->setSummary(text);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        m_splitter->setSizes({500, 300});
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    m_runner->cancel();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QMimeData* mime = event->mimeData();
    if (mime->hasUrls()) {
        for (const QUrl& url : mime->urls())
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile()) paths.append(url.toLocalFile());
    if (openPaths(paths)) event->acceptProposedAction();
}

} // namespace logsleuth::ui
