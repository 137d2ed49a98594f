// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// One background job at a time on the Qt thread pool, with cancel and throttled progress.
// The job runs on a worker thread and returns a "delivery" closure; the runner calls it on
// the GUI thread once the job is done, unless the job was cancelled. That keeps results
// typed (the closure captures them) without a signal per result type here.
//
// A yielding job (startYielding: a look at followed files) runs only when nothing else does and
// never makes the runner busy: the analyst's own jobs do not wait for it, and its actions stay
// enabled. A start() while it runs cancels it and starts as soon as it has stopped.
#pragma once

#include <QFutureWatcher>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

namespace logsleuth::ui {

// Shared between the GUI thread and the job. Everything here is safe to call from either.
class TaskContext {
public:
    bool isCancelled() const noexcept { return m_cancel.load(std::memory_order_relaxed); }
    const std::atomic<bool>* cancelFlag() const noexcept { return &m_cancel; }
    void requestCancel() noexcept { m_cancel.store(true, std::memory_order_relaxed); }

    // fraction in [0, 1]; a negative value means "busy, amount unknown".
    void setProgress(double fraction) noexcept { m_progress.store(fraction, std::memory_order_relaxed); }
    double progress() const noexcept { return m_progress.load(std::memory_order_relaxed); }
    void setPhase(const QString& phase);
    QString phase() const;

private:
    std::atomic<bool> m_cancel{false};
    std::atomic<double> m_progress{-1.0};
    mutable QMutex m_mutex;
    QString m_phase;
};

class TaskRunner : public QObject {
    Q_OBJECT
public:
    using Delivery = std::function<void()>;
    using Job = std::function<Delivery(TaskContext&)>;

    explicit TaskRunner(QObject* parent = nullptr);
    ~TaskRunner() override; // cancels and waits: a job never outlives its runner

    // A job of the analyst's runs or waits for a yielding one to stop.
    bool isBusy() const { return (m_context != nullptr && !m_yielding) || m_pending != nullptr; }
    // Any job runs, yielding ones included.
    bool isRunning() const { return m_context != nullptr || m_pending != nullptr; }
    QString label() const { return m_label; }

    // Starts job unless another one is busy (then returns false); a yielding one is cancelled
    // and job starts once it has stopped.
    bool start(const QString& label, Job job);
    // Starts a yielding job unless any job runs (then returns false). It shows no progress and
    // reports no cancel; a failure is reported like any other.
    bool startYielding(const QString& label, Job job);
    void cancel(); // the analyst's job, running or waiting
    void waitForFinished();

Q_SIGNALS:
    void busyChanged(bool busy);
    void progressChanged(const QString& text, double fraction);
    void failed(const QString& label, const QString& message);
    void cancelled(const QString& label);

private:
    struct Outcome {
        Delivery deliver;
        QString error;
    };
    struct Pending {
        QString label;
        Job job;
    };
    void launch(const QString& label, Job job, bool yielding);
    void pollProgress();
    void onFinished();

    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<TaskContext> m_context;
    bool m_yielding = false;            // the running job yields to the analyst's
    std::unique_ptr<Pending> m_pending; // the analyst's job, waiting for a yielding one to stop
    QTimer m_poll;
    QString m_label;
};

} // namespace logsleuth::ui
