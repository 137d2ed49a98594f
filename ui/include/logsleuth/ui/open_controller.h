// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Opening files: io::openLogPath per path, then mining the corpus, all on the worker. A big
// plain first file shows its first lines before that (previewLoaded), so the analyst can read
// while the rest is read and mined.
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

    // A plain first file of at least minFileBytes (about a second's reading and mining) shows
    // the lines within its first headBytes first.
    struct PreviewSizes {
        qint64 minFileBytes = qint64{64} << 20;
        uint64_t headBytes = uint64_t{4} << 20;
    };
    void setPreviewSizes(PreviewSizes sizes) { m_preview = sizes; }

    // Starts reading and mining paths; false when another job runs or paths is empty.
    bool openPaths(const QStringList& paths);

Q_SIGNALS:
    // The first lines of the first file, mined on their own, while the whole is read; the same
    // job's corpusLoaded follows, or its cancel or failure.
    void previewLoaded(const logsleuth::ui::LoadedCorpusPtr& preview);
    void corpusLoaded(const logsleuth::ui::LoadedCorpusPtr& loaded);
    void openFailed(const QString& message);

private:
    TaskRunner& m_runner;
    uint64_t m_maxDecompressedBytes = uint64_t{16} << 30;
    PreviewSizes m_preview;
};

} // namespace logsleuth::ui
