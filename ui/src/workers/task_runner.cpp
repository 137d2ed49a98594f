// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include <logsleuth/ui/task_runner.h>

#include <QMutexLocker>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <new>
#include <utility>

namespace logsleuth::ui {

namespace {
// Progress is polled rather than signalled from the worker: a job may report millions of
// steps, the GUI only needs about ten updates a second.
constexpr int kPollMilliseconds = 100;
} // namespace

void TaskContext::setPhase(const QString& phase)
{
    const QMutexLocker lock(&m_mutex);
    m_phase = phase;
}

QString TaskContext::phase() const
{
    const QMutexLocker lock(&m_mutex);
    return m_phase;
}

TaskRunner::TaskRunner(QObject* parent) : QObject(parent)
{
    m_poll.setInterval(kPollMilliseconds);
    connect(&m_poll, &QTimer::timeout, this, &TaskRunner::pollProgress);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &TaskRunner::onFinished);
}

TaskRunner::~TaskRunner()
{
    m_pending.reset();
    if (m_context) m_context->requestCancel();
    m_watcher.waitForFinished();
}

bool TaskRunner::start(const QString& label, Job job)
{
    if (isBusy()) return false;
    if (m_context) { // a yielding job: it stops, then this one starts (onFinished)
        m_context->requestCancel();
        m_pending = std::make_unique<Pending>(Pending{label, std::move(job)});
        Q_EMIT busyChanged(true);
        Q_EMIT progressChanged(label, -1.0);
        return true;
    }
    launch(label, std::move(job), false);
    return true;
}

bool TaskRunner::startYielding(const QString& label, Job job)
{
    if (isRunning()) return false;
    launch(label, std::move(job), true);
    return true;
}

void TaskRunner::launch(const QString& label, Job job, bool yielding)
{
    m_context = std::make_shared<TaskContext>();
    m_yielding = yielding;
    m_label = label;
    // The job gets its own reference to the context: it may still be running while the
    // GUI has already moved on (cancel), and must never see a dangling one.
    auto context = m_context;
    m_watcher.setFuture(QtConcurrent::run([context, job = std::move(job)]() -> Outcome {
        Outcome outcome;
        try {
            outcome.deliver = job(*context);
        } catch (const std::bad_alloc&) {
            outcome.error = QObject::tr("Out of memory.");
        } catch (const std::exception& e) {
            outcome.error = QString::fromUtf8(e.what());
        } catch (...) {
            outcome.error = QObject::tr("Unknown error.");
        }
        return outcome;
    }));
    if (yielding) return;
    m_poll.start();
    Q_EMIT busyChanged(true);
    Q_EMIT progressChanged(label, -1.0);
}

void TaskRunner::cancel()
{
    if (m_pending) {
        // Never started: nothing to wait for.
        const QString label = m_pending->label;
        m_pending.reset();
        Q_EMIT busyChanged(false);
        Q_EMIT cancelled(label);
        return;
    }
    if (m_context && !m_yielding) m_context->requestCancel();
}

void TaskRunner::waitForFinished()
{
    m_watcher.waitForFinished();
}

void TaskRunner::pollProgress()
{
    if (!m_context) return;
    const QString phase = m_context->phase();
    Q_EMIT progressChanged(phase.isEmpty() ? m_label : phase, m_context->progress());
}

void TaskRunner::onFinished()
{
    m_poll.stop();
    const auto context = std::move(m_context);
    const QString label = m_label;
    const bool yielding = std::exchange(m_yielding, false);
    Outcome outcome = m_watcher.future().result();
    if (yielding) {
        if (m_pending) { // it was cancelled for this one
            auto pending = std::move(m_pending);
            launch(pending->label, std::move(pending->job), false);
            return;
        }
        if (!outcome.error.isEmpty())
            Q_EMIT failed(label, outcome.error);
        else if (!context->isCancelled() && outcome.deliver)
            outcome.deliver();
        return;
    }
    // Busy ends before the delivery, so whatever the delivery triggers may start a new job.
    Q_EMIT busyChanged(false);
    if (!outcome.error.isEmpty()) {
        Q_EMIT failed(label, outcome.error);
    } else if (context->isCancelled() || !outcome.deliver) {
        Q_EMIT cancelled(label);
    } else {
        outcome.deliver();
    }
}

} // namespace logsleuth::ui
