// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include <logsleuth/ui/follow_controller.h>

#include <logsleuth/io/log_opener.h>
#include <logsleuth/ui/analysis_controller.h>
#include <logsleuth/ui/task_runner.h>

#include <QFileInfo>

namespace logsleuth::ui {

namespace {

constexpr int kDefaultPollMs = 1000;

} // namespace

FollowController::FollowController(TaskRunner& runner, AnalysisController& analysis, QObject* parent)
    : QObject(parent), m_runner(runner), m_analysis(analysis)
{
    m_timer.setInterval(kDefaultPollMs);
    connect(&m_timer, &QTimer::timeout, this, &FollowController::poll);
}

void FollowController::setOpened(const std::shared_ptr<const text::Corpus>& corpus, const QStringList& paths)
{
    if (!corpus) {
        m_follower = {};
        return;
    }
    std::vector<std::string> folders;
    for (const QString& path : paths)
        if (const QFileInfo info(path); info.isDir())
            folders.push_back(info.filesystemAbsoluteFilePath().string());
    m_follower = text::FileFollower(*corpus, std::move(folders),
                                    [](const std::string& path) { return io::isPackedLog(path); });
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
    if (!corpus || m_runner.isRunning() || !m_follower.hasNews()) return; // the next look tries again

    // The look reads into copies, kept when it is delivered and dropped when it is cancelled.
    struct Look {
        text::FileFollower follower;
        std::shared_ptr<text::Corpus> grown;
        text::FollowLook found;
    };
    auto look = std::make_shared<Look>(Look{m_follower, nullptr, {}});
    const AnalysisResultPtr previous = m_analysis.result();
    const ml::MarkRules marks = m_analysis.markRules();
    // A look yields to the analyst's jobs: one started meanwhile cancels it, and the lines it was
    // reading come on the next look.
    m_runner.startYielding(tr("Following"), [this, corpus, look, previous, marks](TaskContext& context) {
        const TaskControl control(context.cancelFlag());
        look->found = look->follower.look(
            [&]() -> text::Corpus& {
                if (!look->grown) look->grown = std::make_shared<text::Corpus>(*corpus);
                return *look->grown;
            },
            control);
        if (look->found.cancelled) return TaskRunner::Delivery{};
        context.setPhase(tr("Scoring the new lines"));
        AnalysisResultPtr result;
        if (look->grown && previous && previous->model)
            result = scoreGrown(*previous, look->grown, marks, control);
        if (context.isCancelled()) return TaskRunner::Delivery{};
        return TaskRunner::Delivery{[this, corpus, look, result] {
            if (m_analysis.corpus() != corpus) return; // another corpus was opened meanwhile
            m_follower = std::move(look->follower);
            for (const text::FollowEvent& event : look->found.events)
                Q_EMIT notice(noticeOf(event));
            if (!look->grown) return;
            Q_EMIT corpusGrew(look->grown, result, look->found.addedLines());
            m_analysis.adoptGrown(look->grown, result);
        }};
    });
}

QString FollowController::noticeOf(const text::FollowEvent& event)
{
    const QFileInfo info(QString::fromStdString(event.path));
    const QString name = info.fileName();
    const QString folder = info.path();
    using Kind = text::FollowEvent::Kind;
    switch (event.kind) {
    case Kind::Rotated:
        return tr("%1 was rotated: following the new file from its line 1").arg(name);
    case Kind::Truncated:
        return tr("%1 was truncated: following it from its line 1").arg(name);
    case Kind::Appeared:
        return tr("%1 appeared in %2: reading and following it").arg(name, folder);
    case Kind::AppearedOnce:
        return tr("%1 appeared in %2: read once (it is not UTF-8, so it cannot be followed)")
            .arg(name, folder);
    case Kind::Packed:
        return tr("%1 appeared in %2 (compressed, so most often a rotated log whose lines "
                  "were read before): Reload (Ctrl+R) reads it")
            .arg(name, folder);
    case Kind::Binary:
        return tr("%1 appeared in %2 and looks like binary data, not text: left out").arg(name, folder);
    case Kind::Unreadable:
        return tr("Cannot read %1: %2").arg(name, QString::fromLocal8Bit(event.reason.c_str()));
    }
    return name;
}

} // namespace logsleuth::ui
