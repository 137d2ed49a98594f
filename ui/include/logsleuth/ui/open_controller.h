// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Opening files: io::openLogPath per path, then mining the corpus, all on the worker.
#pragma once

#include <logsleuth/ui/analysis_result.h>

#include <QObject>
#include <QStringList>

#include <cstdint>

namespace logsleuth::ui {

class TaskRunner;

class OpenController : public QObject {
    Q_OBJECT
public:
    explicit OpenController(TaskRunner& runner, QObject* parent = nullptr);

    // Decompression guard handed to io (bytes after decompression, per path).
    void setMaxDecompressedBytes(uint64_t bytes) { m_maxDecompressedBytes = bytes; }

    // Starts reading and mining paths; false when another job runs or paths is empty.
    bool openPaths(const QStringList& paths);

Q_SIGNALS:
    void corpusLoaded(const logsleuth::ui::LoadedCorpusPtr& loaded);
    void openFailed(const QString& message);

private:
    TaskRunner& m_runner;
    uint64_t m_maxDecompressedBytes = uint64_t{16} << 30;
};

} // namespace logsleuth::ui
