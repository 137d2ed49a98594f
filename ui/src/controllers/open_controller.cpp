// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include <logsleuth/ui/open_controller.h>

#include <logsleuth/io/log_opener.h>
#include <logsleuth/text/corpus.h>
#include <logsleuth/ui/task_runner.h>

#include <QFileInfo>

#include <stdexcept>

namespace logsleuth::ui {

namespace {

// Share of the progress bar spent reading; mining takes the rest.
constexpr double kReadShare = 0.4;

LoadedCorpusPtr readAndMine(const QStringList& paths, uint64_t maxBytes, TaskContext& context)
{
    auto loaded = std::make_shared<LoadedCorpus>();
    loaded->paths = paths;
    auto corpus = std::make_shared<text::Corpus>();
    QStringList failures;
    size_t sources = 0;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        if (context.isCancelled()) return {};
        const QFileInfo info(paths[i]);
        context.setPhase(QObject::tr("Reading %1").arg(info.fileName()));
        io::OpenOptions options;
        options.maxDecompressedBytes = maxBytes;
        const double base = kReadShare * double(i) / double(paths.size());
        options.progress = [&context, base, n = paths.size()](double f) {
            context.setProgress(base + kReadShare * f / double(n));
            return !context.isCancelled();
        };
        try {
            io::OpenResult opened = io::openLogPath(info.filesystemAbsoluteFilePath(), options);
            for (auto& warning : opened.warnings)
                loaded->warnings.push_back(std::move(warning));
            loaded->partial = loaded->partial || opened.partial;
            for (auto& source : opened.sources) {
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
    return m_runner.start(tr("Opening"),
                          [this, paths, maxBytes](TaskContext& context) -> TaskRunner::Delivery {
                              LoadedCorpusPtr loaded = readAndMine(paths, maxBytes, context);
                              if (!loaded) return {};
                              // Runs on the GUI thread; the runner (and so this controller) outlives the job.
                              return [this, loaded] { Q_EMIT corpusLoaded(loaded); };
                          });
}

} // namespace logsleuth::ui
