// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include <logsleuth/ui/follow_controller.h>

#include <logsleuth/io/log_opener.h>
#include <logsleuth/text/growing_file.h>
#include <logsleuth/text/log_paths.h>
#include <logsleuth/ui/analysis_controller.h>
#include <logsleuth/ui/task_runner.h>

#include <QFileInfo>

#include <optional>

namespace logsleuth::ui {

namespace {

constexpr int kDefaultPollMs = 1000;
// Cuts what a look read to its complete lines; false when none is complete yet. The rest of a
// line being written is read on a later look, but a line longer than a whole read (text::kMaxFollowReadBytes)
// is taken in pieces.
bool keepCompleteLines(std::string& bytes)
{
    const std::size_t complete = bytes.rfind('\n');
    if (complete != std::string::npos) {
        bytes.resize(complete + 1);
        return true;
    }
    return bytes.size() >= text::kMaxFollowReadBytes;
}

} // namespace

FollowController::FollowController(TaskRunner& runner, AnalysisController& analysis, QObject* parent)
    : QObject(parent), m_runner(runner), m_analysis(analysis)
{
    m_timer.setInterval(kDefaultPollMs);
    connect(&m_timer, &QTimer::timeout, this, &FollowController::poll);
}

void FollowController::setCorpus(const std::shared_ptr<const text::Corpus>& corpus)
{
    m_files.clear();
    m_readIdentities.clear();
    if (!corpus) return;
    for (std::size_t source = 0; source < corpus->sourceCount(); ++source) {
        const text::LogText& text = corpus->source(source);
        const auto offset = text.followOffset();
        if (!corpus->beginsFile(source) || !offset) continue;
        const auto state = text::fileStateOf(text.name());
        if (!state) continue;
        m_files.push_back({source, text.name(), state->identity, *offset});
    }
    rememberIdentities();
}

void FollowController::rememberIdentities()
{
    for (const FollowedFile& file : m_files)
        m_readIdentities.insert(file.identity);
}

void FollowController::setOpenedPaths(const QStringList& paths)
{
    m_folders.clear();
    m_folderFiles.clear();
    for (const QString& path : paths)
        if (const QFileInfo info(path); info.isDir())
            m_folders.push_back(info.filesystemAbsoluteFilePath().string());
    for (const text::LogPath& file : text::expandLogPaths(m_folders).files)
        m_folderFiles.insert(file.path);
}

std::vector<std::string> FollowController::newFolderFiles()
{
    std::vector<std::string> fresh;
    if (m_folders.empty()) return fresh;
    // Listing a folder of at most a thousand names takes about a millisecond.
    for (const text::LogPath& file : text::expandLogPaths(m_folders).files) {
        if (m_folderFiles.contains(file.path)) continue;
        const auto state = text::fileStateOf(file.path);
        if (!state || state->size == 0) continue; // looked at again once something is written
        if (m_readIdentities.contains(state->identity)) {
            m_folderFiles.insert(file.path); // app.log renamed app.log.1: its lines are here
            continue;
        }
        bool packed = false;
        try {
            packed = io::isPackedLog(file.path);
        } catch (const std::exception&) {
            continue; // gone again, or not readable yet: the next look tries again
        }
        if (packed) {
            m_folderFiles.insert(file.path);
            const QFileInfo info(QString::fromStdString(file.path));
            Q_EMIT notice(tr("%1 appeared in %2 (compressed, so most often a rotated log whose lines "
                             "were read before): Reload (Ctrl+R) reads it")
                              .arg(info.fileName(), info.path()));
            continue;
        }
        fresh.push_back(file.path);
    }
    return fresh;
}

void FollowController::setFollowing(bool following)
{
    if (following == isFollowing()) return;
    if (following) {
        m_timer.start();
        poll(); // what came while following was off shows at once
    } else {
        m_timer.stop();
    }
}

void FollowController::poll()
{
    const auto corpus = m_analysis.corpus();
    if (!corpus || m_runner.isRunning()) return; // the next look tries again
    const std::vector<std::string> fresh = newFolderFiles();
    std::vector<Change> changes;
    for (std::size_t i = 0; i < m_files.size(); ++i) {
        const FollowedFile& file = m_files[i];
        const auto state = text::fileStateOf(file.path);
        if (!state) continue; // between a rotation's rename and the new file's creation
        if (state->identity != file.identity || state->size < file.offset)
            changes.push_back({i, true, state->identity, state->size, 0});
        else if (state->size > file.offset)
            changes.push_back({i, false, state->identity, state->size, file.offset});
    }
    if (changes.empty() && fresh.empty()) return;

    auto look = std::make_shared<Look>();
    look->corpus = corpus;
    look->files = m_files;
    const AnalysisResultPtr previous = m_analysis.result();
    const ml::MarkRules marks = m_analysis.markRules();
    // A look yields to the analyst's jobs: one started meanwhile cancels it, and the lines it was
    // reading come on the next look.
    m_runner.startYielding(
        tr("Following"), [this, look, changes, fresh, previous, marks](TaskContext& context) {
            if (!readGrowth(*look, changes, context) || !readNewFiles(*look, fresh, context))
                return TaskRunner::Delivery{};
            context.setPhase(tr("Scoring the new lines"));
            AnalysisResultPtr result;
            if (look->grown && previous && previous->model)
                result = scoreGrown(*previous, look->grown, marks, TaskControl(context.cancelFlag()));
            if (context.isCancelled()) return TaskRunner::Delivery{};
            return TaskRunner::Delivery{[this, look, result] {
                if (m_analysis.corpus() != look->corpus) return; // another corpus was opened meanwhile
                m_files = look->files;
                rememberIdentities();
                m_folderFiles.insert(look->looked.begin(), look->looked.end());
                for (const QString& message : std::as_const(look->notices))
                    Q_EMIT notice(message);
                if (!look->grown) return;
                Q_EMIT corpusGrew(look->grown, result, look->added);
                m_analysis.adoptGrown(look->grown, result);
            }};
        });
}

text::Corpus& FollowController::Look::growing()
{
    if (!grown) grown = std::make_shared<text::Corpus>(*corpus);
    return *grown;
}

bool FollowController::readGrowth(Look& look, const std::vector<Change>& changes, const TaskContext& context)
{
    for (const Change& change : changes) {
        if (context.isCancelled()) return false;
        FollowedFile& file = look.files[change.index];
        const QString name = QFileInfo(QString::fromStdString(file.path)).fileName();
        if (change.restarted) {
            look.notices.append(change.identity != file.identity
                                    ? tr("%1 was rotated: following the new file from its line 1").arg(name)
                                    : tr("%1 was truncated: following it from its line 1").arg(name));
            file.identity = change.identity;
            file.offset = 0;
            file.restarted = true;
        }
        std::string bytes, error;
        if (!text::readFileRange(file.path, change.from,
                                 std::min(change.size, change.from + text::kMaxFollowReadBytes), bytes,
                                 error)) {
            look.notices.append(tr("Cannot read %1: %2").arg(name, QString::fromLocal8Bit(error.c_str())));
            continue;
        }
        if (!keepCompleteLines(bytes)) continue;
        file.offset = change.from + bytes.size();
        const auto [first, end] =
            look.growing().append(text::LogText::fromBytes(std::move(bytes), file.path), file.file,
                                  file.restarted ? text::FileChange::Restarted : text::FileChange::Grew);
        file.restarted = false;
        look.added += end - first;
    }
    return true;
}

bool FollowController::readNewFiles(Look& look, const std::vector<std::string>& paths,
                                    const TaskContext& context)
{
    for (const std::string& path : paths) {
        if (context.isCancelled()) return false;
        const QFileInfo info(QString::fromStdString(path));
        const auto state = text::fileStateOf(path);
        if (!state) continue; // gone meanwhile
        std::string bytes, error;
        if (!text::readFileRange(path, 0, std::min(state->size, text::kMaxFollowReadBytes), bytes, error)) {
            look.notices.append(
                tr("Cannot read %1: %2").arg(info.fileName(), QString::fromLocal8Bit(error.c_str())));
            look.looked.push_back(path);
            continue;
        }
        if (!keepCompleteLines(bytes)) continue; // no line finished yet: a later look
        const std::uint64_t offset = bytes.size();
        text::LogText text = text::LogText::fromBytes(std::move(bytes), path);
        text.setModifiedMs(info.lastModified().toMSecsSinceEpoch());
        look.looked.push_back(path);
        if (text.looksBinary()) {
            look.notices.append(tr("%1 appeared in %2 and looks like binary data, not text: left out")
                                    .arg(info.fileName(), info.path()));
            continue;
        }
        const bool followable = text.encoding() == "utf-8"; // UTF-16 cannot be cut on a newline byte
        text::Corpus& grown = look.growing();
        const auto [first, end] = grown.appendFile(std::move(text));
        look.added += end - first;
        if (followable) look.files.push_back({grown.sourceCount() - 1, path, state->identity, offset});
        look.notices.append((followable ? tr("%1 appeared in %2: reading and following it")
                                        : tr("%1 appeared in %2: read once (it is not UTF-8, so it cannot be "
                                             "followed)"))
                                .arg(info.fileName(), info.path()));
    }
    return true;
}

} // namespace logsleuth::ui
