// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The one way long work in core learns that it should stop and says how far it got: mining,
// training and scoring all take a TaskControl. The caller owns the cancel flag (the GUI's task
// runner, the CLI's signal handler) and the reporter; a default TaskControl never cancels and
// reports nowhere. Work checks cancelled() between units of work (a block of lines, a batch) and
// returns early, leaving its inputs untouched; it does not throw for a cancel.
#pragma once

#include <atomic>
#include <functional>
#include <limits>
#include <string_view>

namespace logsleuth {

struct TaskProgress {
    double fraction = 0;    // of the whole task, 0..1
    std::string_view phase; // "mining", "training", "scoring" (English, for logs; the GUI words its own)
    // Training only: the epoch in progress (0-based), and the mean losses so far in it.
    int epoch = -1;
    int epochs = 0;
    double loss = std::numeric_limits<double>::quiet_NaN();
    double validationLoss = std::numeric_limits<double>::quiet_NaN();
    bool epochFinished = false; // loss and validationLoss are the epoch's final values
};

class TaskControl {
public:
    using Reporter = std::function<void(const TaskProgress&)>;

    TaskControl() = default;
    explicit TaskControl(const std::atomic<bool>* cancel, Reporter reporter = {})
        : cancel_(cancel), reporter_(std::move(reporter))
    {
    }

    bool cancelled() const { return cancel_ && cancel_->load(std::memory_order_relaxed); }
    // progress.fraction is of this (sub)task; the reporter sees it mapped onto the whole task.
    void report(const TaskProgress& progress) const
    {
        if (!reporter_) return;
        TaskProgress mapped = progress;
        mapped.fraction = from_ + (to_ - from_) * progress.fraction;
        reporter_(mapped);
    }
    void report(double fraction, std::string_view phase) const
    {
        TaskProgress progress;
        progress.fraction = fraction;
        progress.phase = phase;
        report(progress);
    }
    // The same cancel and reporter for a part of the task that covers [from, to] of this one.
    TaskControl part(double from, double to) const
    {
        TaskControl sub = *this;
        sub.from_ = from_ + (to_ - from_) * from;
        sub.to_ = from_ + (to_ - from_) * to;
        return sub;
    }

private:
    const std::atomic<bool>* cancel_ = nullptr;
    Reporter reporter_;
    double from_ = 0;
    double to_ = 1;
};

} // namespace logsleuth
