// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Following the open files as they grow, as `tail -F` does: a timer looks at each plain file's
// size and identity; the complete lines written since are read, mined into a grown copy of the
// corpus (Corpus::append, no mining again) and scored by the current model, all on the worker.
// A rotated file (a new one at the path) or a truncated one is announced and read from its
// line 1. Compressed files and archive members cannot grow in place and are not followed. A file
// that appears in an opened folder (the day's new log) is read as a file of its own
// (Corpus::appendFile) and followed from then on; one that is a followed file under a new name
// (a rotation's rename) is not read twice, and a compressed one (most often a rotated log whose
// lines were read before it was packed) is announced: Reload reads it.
#pragma once

#include <logsleuth/text/corpus.h>
#include <logsleuth/ui/analysis_result.h>

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace logsleuth::ui {

class AnalysisController;
class TaskContext;
class TaskRunner;

class FollowController : public QObject {
    Q_OBJECT
public:
    // Reads the open corpus, its model and the marks from `analysis`.
    FollowController(TaskRunner& runner, AnalysisController& analysis, QObject* parent = nullptr);

    // Call when a corpus was opened: its followable files are looked at from the bytes read.
    void setCorpus(const std::shared_ptr<const text::Corpus>& corpus);
    // Call with the paths opened: those that are folders are looked at for files that appear.
    void setOpenedPaths(const QStringList& paths);
    void setFollowing(bool following);
    bool isFollowing() const { return m_timer.isActive(); }
    // How many of the open files can be followed (plain files on disk).
    int followableCount() const { return int(m_files.size()); }
    // How many opened folders are looked at for files that appear.
    int followedFolderCount() const { return int(m_folders.size()); }
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
    struct FollowedFile {
        std::size_t file = 0; // the corpus source that began it
        std::string path;
        std::uint64_t identity = 0; // device and inode: a rotation puts a new file at the path
        std::uint64_t offset = 0;   // bytes read so far; a line not finished is left for later
        bool restarted = false;     // rotated or truncated, and nothing of the new content read yet
    };
    // A followed file seen to have grown (from `from`) or restarted, with its size and identity.
    struct Change {
        std::size_t index = 0; // in m_files
        bool restarted = false;
        std::uint64_t identity = 0, size = 0, from = 0;
    };
    // What one look reads on the worker: a copy of the corpus grown by the new lines (made when
    // the first line comes), the followed files after it, what to say, and the folder files it
    // looked at (known once the look is delivered).
    struct Look {
        std::shared_ptr<const text::Corpus> corpus;
        std::shared_ptr<text::Corpus> grown;
        std::vector<FollowedFile> files;
        QStringList notices;
        std::uint64_t added = 0;
        std::vector<std::string> looked;
        text::Corpus& growing();
    };
    void poll();
    // The files of the opened folders not known yet that are to be read: plain, holding a line,
    // not a followed file under a new name. Compressed ones are announced (once).
    std::vector<std::string> newFolderFiles();
    void rememberIdentities();
    // On the worker: the new lines of the followed files, and the new files of the folders.
    // False when cancelled.
    static bool readGrowth(Look& look, const std::vector<Change>& changes, const TaskContext& context);
    static bool readNewFiles(Look& look, const std::vector<std::string>& paths, const TaskContext& context);

    TaskRunner& m_runner;
    AnalysisController& m_analysis;
    QTimer m_timer;
    std::vector<FollowedFile> m_files;
    std::vector<std::string> m_folders;  // opened folders, as given
    std::set<std::string> m_folderFiles; // their files known so far: read, or announced
    // Device and inode of every file whose lines the corpus holds: a file of a folder found under
    // a new name with one of them is a rotation's rename, not news.
    std::set<std::uint64_t> m_readIdentities;
};

} // namespace logsleuth::ui
