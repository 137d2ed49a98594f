// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The task runner on real worker threads: a job's delivery, its cancel, and a yielding job (a
// look at followed files) that never makes the runner busy and gives way to the analyst's job.
#include <logsleuth/ui/task_runner.h>

#include <QSignalSpy>
#include <QTest>

#include <atomic>

using logsleuth::ui::TaskContext;
using logsleuth::ui::TaskRunner;

namespace {

// A job that runs until cancelled (or for at most ten seconds), then delivers by setting `delivered`.
TaskRunner::Job untilCancelled(std::atomic<bool>& started, bool& delivered)
{
    return [&started, &delivered](TaskContext& context) -> TaskRunner::Delivery {
        started = true;
        for (int i = 0; i < 10'000 && !context.isCancelled(); ++i)
            QThread::msleep(1);
        return [&delivered] { delivered = true; };
    };
}

TaskRunner::Job quick(bool& delivered)
{
    return [&delivered](TaskContext&) -> TaskRunner::Delivery { return [&delivered] { delivered = true; }; };
}

} // namespace

class TestTaskRunner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void deliversAndCancels()
    {
        TaskRunner runner;
        QSignalSpy busy(&runner, &TaskRunner::busyChanged);
        QSignalSpy cancelled(&runner, &TaskRunner::cancelled);
        bool delivered = false;
        QVERIFY(runner.start(QStringLiteral("quick"), quick(delivered)));
        QVERIFY(runner.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(delivered, 10000);
        QCOMPARE(busy.count(), 2); // true, then false
        QVERIFY(!runner.isBusy());

        std::atomic<bool> started = false;
        bool longDelivered = false;
        QVERIFY(runner.start(QStringLiteral("long"), untilCancelled(started, longDelivered)));
        QVERIFY(!runner.start(QStringLiteral("second"), quick(delivered))); // one at a time
        QTRY_VERIFY_WITH_TIMEOUT(started, 10000);
        runner.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 1, 10000);
        QVERIFY(!longDelivered);
    }

    // A yielding job runs unseen: no busy state, no progress; it delivers when left alone.
    void yieldingJobIsNotBusy()
    {
        TaskRunner runner;
        QSignalSpy busy(&runner, &TaskRunner::busyChanged);
        QSignalSpy progress(&runner, &TaskRunner::progressChanged);
        bool delivered = false;
        QVERIFY(runner.startYielding(QStringLiteral("look"), quick(delivered)));
        QVERIFY(runner.isRunning());
        QVERIFY(!runner.isBusy());
        QVERIFY(!runner.startYielding(QStringLiteral("another look"), quick(delivered)));
        QTRY_VERIFY_WITH_TIMEOUT(delivered, 10000);
        QVERIFY(!runner.isRunning());
        QCOMPARE(busy.count(), 0);
        QCOMPARE(progress.count(), 0);
    }

    // The analyst's job does not wait for a look: the look is cancelled (its delivery dropped)
    // and the job starts as soon as it has stopped.
    void analystsJobCancelsAYieldingOne()
    {
        TaskRunner runner;
        QSignalSpy busy(&runner, &TaskRunner::busyChanged);
        QSignalSpy cancelled(&runner, &TaskRunner::cancelled);
        std::atomic<bool> started = false;
        bool lookDelivered = false, jobDelivered = false;
        QVERIFY(runner.startYielding(QStringLiteral("look"), untilCancelled(started, lookDelivered)));
        QTRY_VERIFY_WITH_TIMEOUT(started, 10000);
        QVERIFY(runner.start(QStringLiteral("train"), quick(jobDelivered)));
        QVERIFY(runner.isBusy());
        QVERIFY(!runner.startYielding(QStringLiteral("another look"), quick(lookDelivered)));
        QCOMPARE(busy.count(), 1);
        QCOMPARE(busy.at(0).at(0).toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(jobDelivered, 10000);
        QVERIFY(!lookDelivered);
        QCOMPARE(cancelled.count(), 0); // the look's cancel is nobody's business
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isBusy(), 10000);
        QCOMPARE(busy.last().at(0).toBool(), false);
    }

    // Esc while the analyst's job waits for a look to stop: it never starts.
    void cancelOfAWaitingJob()
    {
        TaskRunner runner;
        QSignalSpy cancelled(&runner, &TaskRunner::cancelled);
        std::atomic<bool> started = false;
        bool lookDelivered = false, jobDelivered = false;
        QVERIFY(runner.startYielding(QStringLiteral("look"), untilCancelled(started, lookDelivered)));
        QTRY_VERIFY_WITH_TIMEOUT(started, 10000);
        QVERIFY(runner.start(QStringLiteral("train"), quick(jobDelivered)));
        runner.cancel();
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(!runner.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isRunning(), 10000);
        QTest::qWait(50);
        QVERIFY(!jobDelivered);
    }
};

QTEST_MAIN(TestTaskRunner)
#include "tst_task_runner.moc"
