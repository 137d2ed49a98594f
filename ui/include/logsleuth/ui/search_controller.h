// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Search of the open corpus: a regular expression (RE2, the engine of `logsleuth-cli grep`) run
// over every line on the worker. The hits are kept as sorted global lines, so the view can walk
// them in whatever order the table shows; they stream in while the search runs (hitsGrew), so
// a search of a big file shows its first matches at once.
#pragma once

#include <logsleuth/text/corpus.h>

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace logsleuth::ui {

class TaskRunner;

class SearchController : public QObject {
    Q_OBJECT
public:
    explicit SearchController(TaskRunner& runner, QObject* parent = nullptr);

    void setCorpus(std::shared_ptr<const text::Corpus> corpus);
    // The open corpus grew: the hits so far (old lines) stay; the next search covers every line.
    void adoptGrown(std::shared_ptr<const text::Corpus> corpus) { m_corpus = std::move(corpus); }
    // Starts a search; false when nothing is open, the runner is busy or the pattern is empty
    // (an empty pattern clears the hits). A bad pattern is reported by failed().
    bool search(const QString& pattern, bool ignoreCase);
    bool contains(uint64_t globalLine) const;
    size_t hitCount() const { return m_hits ? m_hits->size() : 0; }
    // The hits of the last search (of the running one, so far), sorted global lines; null when
    // there is none.
    const std::shared_ptr<const std::vector<uint64_t>>& hits() const { return m_hits; }
    const QString& pattern() const { return m_pattern; }
    // How often progressed() reports while a search runs (default 200 ms; 0: every 256 hits).
    void setProgressInterval(int ms) { m_progressMs = ms; }

Q_SIGNALS:
    // While a search runs: the matches so far and how far it got (0..1), a few times a second.
    void progressed(qsizetype hitsSoFar, double fraction);
    // While a search runs, just after progressed(): hits() holds the matches found so far.
    void hitsGrew(qsizetype hitsSoFar);
    void finished(qsizetype hits);
    void failed(const QString& message);

private:
    // On the GUI thread: hits of the search `generation` (for `pattern`) found since the last call.
    void addFound(uint64_t generation, const QString& pattern, std::vector<uint64_t> found);

    TaskRunner& m_runner;
    std::shared_ptr<const text::Corpus> m_corpus;
    std::shared_ptr<const std::vector<uint64_t>> m_hits; // sorted; shared with a table filter
    QString m_pattern;
    int m_progressMs = 200;
    uint64_t m_generation = 0;       // of the running search: chunks of an older one are dropped
    std::vector<uint64_t> m_growing; // the running search's hits so far
};

} // namespace logsleuth::ui
