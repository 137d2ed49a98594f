// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Following the open files as they grow, as `tail -F` does, through the core's follower
// (text::FileFollower, which `templates --follow` uses too): a timer stats the followed files and
// folders; when something is new, a copy of the follower reads it on the worker into a grown copy
// of the corpus (no mining again), and the current model scores the new lines there. Rotations,
// truncations and files that appear in an opened folder are announced; a compressed file that
// appears (most often a rotated log whose lines were read before it was packed) is not read:
// Reload reads it.
#pragma once

#include <logsleuth/text/corpus.h>
#include <logsleuth/text/file_follower.h>
#include <logsleuth/ui/analysis_result.h>

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace logsleuth::ui {

class AnalysisController;
class TaskRunner;

class FollowController : public QObject {
    Q_OBJECT
public:
    // Reads the open corpus, its model and the marks from `analysis`.
    FollowController(TaskRunner& runner, AnalysisController& analysis, QObject* parent = nullptr);

    // Call when a corpus was opened from `paths`: its followable files are looked at from the
    // bytes read, and the paths that are folders for files that appear.
    void setOpened(const std::shared_ptr<const text::Corpus>& corpus, const QStringList& paths);
    void setFollowing(bool following);
    bool isFollowing() const { return m_timer.isActive(); }
    // How many of the open files can be followed (plain files on disk).
    int followableCount() const { return int(m_follower.fileCount()); }
    // How many opened folders are looked at for files that appear.
    int followedFolderCount() const { return int(m_follower.folderCount()); }
    void setPollInterval(int ms) { m_timer.setInterval(ms); }

Q_SIGNALS:
    // The corpus grew by `addedLines` lines; `result` is its scoring (null when nothing is
    // trained). Emitted just before AnalysisController::adoptGrown (which emits resultChanged),
    // so that views can take the new lines before their scores.
    void corpusGrew(const std::shared_ptr<const text::Corpus>& corpus, const AnalysisResultPtr& result,
                    quint64 addedLines);
    // Rotation, truncation, a read error or a new file in an opened folder, one sentence naming
    // the file.
    void notice(const QString& message);

private:
    void poll();
    // The notice of something a look did, in the window's words.
    static QString noticeOf(const text::FollowEvent& event);

    TaskRunner& m_runner;
    AnalysisController& m_analysis;
    QTimer m_timer;
    text::FileFollower m_follower;
};

} // namespace logsleuth::ui
