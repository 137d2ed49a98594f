// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// One background job at a time on the Qt thread pool, with cancel and throttled progress.
// The job runs on a worker thread and returns a "delivery" closure; the runner calls it on
// the GUI thread once the job is done, unless the job was cancelled. That keeps results
// typed (the closure captures them) without a signal per result type here.
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

    bool isBusy() const { return m_context != nullptr; }
    QString label() const { return m_label; }

    // Starts job unless another one runs (then returns false).
    bool start(const QString& label, Job job);
    void cancel();
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
    void pollProgress();
    void onFinished();

    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<TaskContext> m_context;
    QTimer m_poll;
    QString m_label;
};

} // namespace logsleuth::ui
