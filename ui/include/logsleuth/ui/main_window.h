// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The main window only assembles: actions and menus, the table, the charts, the status bar.
// Opening, analysing and marking live in the controllers; this class wires their signals.
#pragma once

#include <logsleuth/store/fact_store.h>
#include <logsleuth/ui/analysis_result.h>

#include <QDateTime>
#include <QMainWindow>
#include <QStringList>

#include <vector>

QT_BEGIN_NAMESPACE
class QFileSystemWatcher;
class QMenu;
class QSplitter;
QT_END_NAMESPACE

class QLineEdit;

namespace logsleuth::ui {

class AnalysisController;
class ChartsPanel;
class FollowController;
class LogTableModel;
class LogTableView;
class MarkController;
class SearchController;
class OpenController;
class RecentInvestigations;
class StatusPanel;
class TaskRunner;
class WhyPanel;
class DetailPanel;
class FilterBar;
class TemplatesPanel;
class TryLinePanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens files (from argv, the dialog or a drop). False when a job is already running.
    bool openPaths(const QStringList& paths);
    // Writes the rows the table shows, in its order, as CSV (on the worker); false when busy
    // or nothing is open. The test hook behind File > Export View.
    bool exportView(const QString& path);
    // Keeps marks in the store at `path` from now on (remembered); the marks the old store
    // refused are written there. False when it cannot be used (reported).
    bool useStore(const QString& path);
    // Analysis → Set Threshold: a spec (auto, 3.1sigma, p99.9, 0.42), remembered, applied to
    // the current model at once. False (reported) for a spec that does not parse.
    bool setThresholdSpec(const QString& text);
    // Starts Train & score as soon as the next open finishes (the GUI's --train).
    void setTrainWhenOpened(bool train) { m_trainWhenOpened = train; }

    // Test and automation hooks.
    TaskRunner* taskRunner() const { return m_runner; }
    OpenController* openController() const { return m_open; }
    AnalysisController* analysisController() const { return m_analysis; }
    MarkController* markController() const { return m_marks; }
    SearchController* searchController() const { return m_search; }
    StatusPanel* statusPanel() const { return m_status; }
    QLineEdit* searchEdit() const { return m_searchEdit; }
    QAction* findNextAction() const { return m_findNextAction; }
    QAction* findPreviousAction() const { return m_findPreviousAction; }
    LogTableModel* tableModel() const { return m_model; }
    LogTableView* tableView() const { return m_view; }
    ChartsPanel* chartsPanel() const { return m_charts; }
    WhyPanel* whyPanel() const { return m_why; }
    QAction* reloadAction() const { return m_reloadAction; }
    QAction* followAction() const { return m_followAction; }
    QAction* saveModelAction() const { return m_saveModelAction; }
    QAction* openModelAction() const { return m_openModelAction; }
    FollowController* followController() const { return m_follow; }
    QAction* exportAction() const { return m_exportAction; }
    QAction* reopenLastAction() const;
    QMenu* recentMenu() const;
    DetailPanel* detailPanel() const { return m_detail; }
    FilterBar* filterBar() const { return m_filterBar; }
    TemplatesPanel* templatesPanel() const { return m_templates; }
    TryLinePanel* tryLinePanel() const { return m_tryLine; }
    QAction* trainAction() const { return m_trainAction; }
    QAction* cancelAction() const { return m_cancelAction; }
    QAction* undoMarkAction() const { return m_undoMarkAction; }
    QAction* marksListAction() const { return m_marksListAction; }
    QAction* nextToReviewAction() const { return m_nextToReviewAction; }
    const QList<QAction*>& modelKindActions() const { return m_modelKindActions; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void connectControllers();
    void showOpenDialog();
    void showOpenFolderDialog();
    void trainAndScore();
    void goToNextReview();
    bool goToSearchHit(bool forward); // from the current row, in the table's order
    void restrictToLine(int column, quint64 globalLine);
    void previewThreshold(double value); // while the histogram's line is dragged
    void saveCurrentChart();
    void addRowOrderActions(QMenu* view); // View → merge files in time order, or line order
    // Marks written to the store by another process are read and applied.
    void pollStore();
    // A finished training's provenance, into the store's runs table when a store exists.
    void recordRun(const AnalysisResult& result);
    void markLines(const QList<quint64>& globalLines, store::MarkKind kind, store::MarkScope scope);
    // Asks for a pattern (starting from globalLine's message when hasLine) and marks its lines.
    void markPattern(quint64 globalLine, bool hasLine);
    void applyNewMarks(); // rescoring with the marks just made, or saying when they will apply
    void showError(const QString& title, const QString& message);
    void updateActions();
    void updateSummary();
    void restoreSettings();
    void saveSettings() const;
    void watchOpenFiles(const QStringList& paths);
    // File → Follow Files (main_window_follow.cpp).
    // Opening (main_window_open.cpp): every panel to one corpus; a big file's first lines;
    // the whole; what was open before, after a cancel or failure that followed a preview.
    void showCorpus(const std::shared_ptr<const text::Corpus>& corpus);
    void showPreview(const LoadedCorpusPtr& preview);
    void showLoadedCorpus(const LoadedCorpusPtr& loaded);
    void restoreAfterPreview();
    void setUpFollowing();
    void showGrownCorpus(const std::shared_ptr<const text::Corpus>& corpus, quint64 addedLines);
    // Analysis → Save Model… / Open Model… (main_window_models.cpp).
    void setUpModelFiles();

    // How long a passing status-bar message stays (every part of the window uses it).
    static constexpr int kMessageMs = 6000;
    // Where the last file was opened from, for the next file dialog (home at first).
    static QString lastDirectory();

    TaskRunner* m_runner;
    OpenController* m_open;
    AnalysisController* m_analysis;
    MarkController* m_marks;
    SearchController* m_search;
    QLineEdit* m_searchEdit = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_findNextAction = nullptr;
    QAction* m_findPreviousAction = nullptr;
    LogTableModel* m_model;
    LogTableView* m_view;
    ChartsPanel* m_charts;
    WhyPanel* m_why;
    DetailPanel* m_detail;
    FilterBar* m_filterBar;
    TemplatesPanel* m_templates;
    TryLinePanel* m_tryLine;
    QSplitter* m_splitter;
    StatusPanel* m_status;

    QAction* m_openAction = nullptr;
    QAction* m_openFolderAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_exportAction = nullptr;
    RecentInvestigations* m_recent = nullptr;
    QAction* m_trainAction = nullptr;
    QAction* m_rescoreAction = nullptr;
    QAction* m_undoMarkAction = nullptr;
    QAction* m_marksListAction = nullptr;
    QAction* m_compareAction = nullptr;
    QAction* m_useStoreAction = nullptr;
    QAction* m_thresholdAction = nullptr;
    QAction* m_nextToReviewAction = nullptr;
    QList<QAction*> m_modelKindActions; // one per model family, checkable, exclusive
    QAction* m_cancelAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_reloadAction = nullptr;
    FollowController* m_follow = nullptr;
    QAction* m_followAction = nullptr;
    QAction* m_saveModelAction = nullptr;
    QAction* m_openModelAction = nullptr;
    // The open files, watched: a file that grows, is truncated or replaced on disk is announced.
    QFileSystemWatcher* m_watcher = nullptr;
    QStringList m_openPaths;
    QDateTime m_trainStartedAt;
    bool m_sortedOnce = false;
    bool m_searchHitShown = false; // the running search's first streamed match is selected
    bool m_trainWhenOpened = false;
    bool m_previewShown = false; // the table shows a file's first lines while the open runs
};

} // namespace logsleuth::ui
