// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include <logsleuth/ui/search_controller.h>

#include <logsleuth/text/search.h>
#include <logsleuth/ui/task_runner.h>

#include <QElapsedTimer>

#include <algorithm>

namespace logsleuth::ui {

SearchController::SearchController(TaskRunner& runner, QObject* parent) : QObject(parent), m_runner(runner) {}

void SearchController::setCorpus(std::shared_ptr<const text::Corpus> corpus)
{
    m_corpus = std::move(corpus);
    m_hits.reset();
    m_pattern.clear();
}

bool SearchController::search(const QString& pattern, bool ignoreCase)
{
    if (!m_corpus) return false;
    ++m_generation;
    m_growing.clear();
    if (pattern.isEmpty()) {
        m_hits.reset();
        m_pattern.clear();
        Q_EMIT finished(0);
        return false;
    }
    text::SearchQuery query;
    query.pattern = pattern.toStdString();
    query.ignoreCase = ignoreCase;
    std::string error;
    auto engine = std::shared_ptr<const text::Search>(text::Search::create(query, error));
    if (!engine) {
        Q_EMIT failed(tr("Cannot search for %1: %2").arg(pattern, QString::fromStdString(error)));
        return false;
    }
    auto corpus = m_corpus;
    return m_runner.start(tr("Searching"), [this, corpus, engine, pattern, every = m_progressMs,
                                            generation = m_generation](TaskContext& context) {
        context.setPhase(tr("Searching for %1").arg(pattern));
        auto hits = std::make_shared<std::vector<uint64_t>>();
        size_t posted = 0; // hits already sent to the window
        const uint64_t lines = corpus->lineCount();
        // The count so far goes to the window about five times a second, so a long search
        // shows that it finds something before it ends.
        QElapsedTimer sinceReport;
        sinceReport.start();
        engine->run(*corpus, [&](uint64_t line) {
            hits->push_back(line);
            if ((hits->size() & 0xff) == 0) {
                const double fraction = double(line) / double(std::max<uint64_t>(lines, 1));
                context.setProgress(fraction);
                if (sinceReport.elapsed() >= every) {
                    sinceReport.restart();
                    std::vector<uint64_t> found(hits->begin() + std::ptrdiff_t(posted), hits->end());
                    posted = hits->size();
                    QMetaObject::invokeMethod(
                        this,
                        [this, count = qsizetype(hits->size()), fraction, generation, pattern,
                         found = std::move(found)]() mutable {
                            Q_EMIT progressed(count, fraction);
                            addFound(generation, pattern, std::move(found));
                        },
                        Qt::QueuedConnection);
                }
            }
            return !context.isCancelled();
        });
        if (context.isCancelled()) return TaskRunner::Delivery{};
        return TaskRunner::Delivery{[this, corpus, hits, pattern] {
            if (corpus != m_corpus) return; // another file was opened meanwhile
            m_growing.clear();
            m_hits = hits;
            m_pattern = pattern;
            Q_EMIT finished(qsizetype(m_hits->size()));
        }};
    });
}

void SearchController::addFound(uint64_t generation, const QString& pattern, std::vector<uint64_t> found)
{
    if (generation != m_generation || found.empty()) return;
    m_growing.insert(m_growing.end(), found.begin(), found.end());
    // A copy the table's filter can hold while the search goes on growing its own.
    m_hits = std::make_shared<const std::vector<uint64_t>>(m_growing);
    m_pattern = pattern;
    Q_EMIT hitsGrew(qsizetype(m_hits->size()));
}

bool SearchController::contains(uint64_t globalLine) const
{
    return m_hits && std::binary_search(m_hits->begin(), m_hits->end(), globalLine);
}

} // namespace logsleuth::ui
