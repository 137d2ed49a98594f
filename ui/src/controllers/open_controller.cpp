// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include <logsleuth/ui/open_controller.h>

#include "opened_paths.h"

#include <logsleuth/io/log_opener.h>
#include <logsleuth/text/corpus.h>
#include <logsleuth/ui/task_runner.h>

#include <QFileInfo>
#include <QMetaObject>

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace logsleuth::ui {

namespace {

// Share of the progress bar spent reading; mining takes the rest.
constexpr double kReadShare = 0.4;
// The first lines of the first path, mined on their own; null when it is smaller than
// sizes.minFileBytes, compressed or an archive, or when anything goes wrong (the whole read then
// says what).
LoadedCorpusPtr readPreview(const QStringList& paths, OpenController::PreviewSizes sizes,
                            TaskContext& context)
{
    const QFileInfo info(paths.front());
    if (info.size() < sizes.minFileBytes) return {};
    std::optional<text::LogText> head;
    try {
        head = io::openLogHead(info.filesystemAbsoluteFilePath(), sizes.headBytes);
    } catch (const std::exception&) {
        return {};
    }
    if (!head) return {};
    auto corpus = std::make_shared<text::Corpus>();
    corpus->addSource(std::move(*head));
    if (!corpus->mine(TaskControl(context.cancelFlag()))) return {};
    auto preview = std::make_shared<LoadedCorpus>();
    preview->paths = paths;
    preview->corpus = std::move(corpus);
    return preview;
}

LoadedCorpusPtr readAndMine(const QStringList& paths, uint64_t maxBytes, TaskContext& context)
{
    auto loaded = std::make_shared<LoadedCorpus>();
    loaded->paths = paths;
    auto corpus = std::make_shared<text::Corpus>();
    QStringList failures;
    size_t sources = 0;
    // A directory stands for its files, as in lnav (`lnav /var/log/nginx`).
    const text::LogPaths files = openedLogPaths(paths);
    for (const std::string& note : files.notes)
        loaded->warnings.push_back(note);
    const auto count = qsizetype(files.files.size());
    for (qsizetype i = 0; i < count; ++i) {
        if (context.isCancelled()) return {};
        const text::LogPath& file = files.files[std::size_t(i)];
        const QFileInfo info(QString::fromStdString(file.path));
        context.setPhase(QObject::tr("Reading %1").arg(info.fileName()));
        io::OpenOptions options;
        options.maxDecompressedBytes = maxBytes;
        const double base = kReadShare * double(i) / double(count);
        options.progress = [&context, base, n = count](double f) {
            context.setProgress(base + kReadShare * f / double(n));
            return !context.isCancelled();
        };
        try {
            io::OpenResult opened = io::openLogPath(std::filesystem::path(file.path), options);
            for (auto& warning : opened.warnings)
                loaded->warnings.push_back(std::move(warning));
            loaded->partial = loaded->partial || opened.partial;
            for (auto& source : opened.sources) {
                // A binary file in an opened folder (wtmp, a journal) was never a log.
                if (file.fromDirectory && source.looksBinary()) {
                    loaded->warnings.push_back(
                        source.name() + ": looks like binary data, not text: left out of its folder's files");
                    continue;
                }
                // What a reader should know before trusting the rows (shown with the other warnings).
                for (std::string& notice : source.notices())
                    loaded->warnings.push_back(std::move(notice));
                corpus->addSource(std::move(source));
                ++sources;
            }
        } catch (const std::exception& e) {
            // One unreadable file among several is a warning; the others still open.
            failures.append(QStringLiteral("%1: %2").arg(info.fileName(), QString::fromUtf8(e.what())));
        }
    }
    if (context.isCancelled()) return {};
    if (sources == 0) {
        if (failures.isEmpty()) failures.append(QObject::tr("no log lines found"));
        throw std::runtime_error(failures.join(QLatin1Char('\n')).toStdString());
    }
    for (const QString& failure : failures)
        loaded->warnings.push_back(failure.toStdString());

    context.setPhase(QObject::tr("Mining templates"));
    const bool mined = corpus->mine(TaskControl(context.cancelFlag(), [&context](const TaskProgress& p) {
        context.setProgress(kReadShare + (1.0 - kReadShare) * p.fraction);
    }));
    if (!mined) return {};
    loaded->corpus = std::move(corpus);
    return loaded;
}

} // namespace

OpenController::OpenController(TaskRunner& runner, QObject* parent) : QObject(parent), m_runner(runner) {}

bool OpenController::openPaths(const QStringList& paths)
{
    if (paths.isEmpty()) return false;
    const uint64_t maxBytes = m_maxDecompressedBytes;
    const PreviewSizes preview = m_preview;
    return m_runner.start(
        tr("Opening"), [this, paths, maxBytes, preview](TaskContext& context) -> TaskRunner::Delivery {
            if (LoadedCorpusPtr head = readPreview(paths, preview, context)) {
                context.setPhase(tr("Reading the rest"));
                QMetaObject::invokeMethod(
                    this, [this, head] { Q_EMIT previewLoaded(head); }, Qt::QueuedConnection);
            }
            LoadedCorpusPtr loaded = readAndMine(paths, maxBytes, context);
            if (!loaded) return {};
            // Runs on the GUI thread; the runner (and so this controller) outlives the job.
            return [this, loaded] { Q_EMIT corpusLoaded(loaded); };
        });
}

} // namespace logsleuth::ui
