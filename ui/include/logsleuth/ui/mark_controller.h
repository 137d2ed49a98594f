// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Analyst marks: built from a corpus line, kept in the FactStore (opened lazily), turned
// into MarkRules for scoring. A mark the store refuses stays in memory for the session and
// the failure is reported, so no mark is lost silently.
#pragma once

#include <logsleuth/ml/session.h>
#include <logsleuth/store/fact_store.h>

#include <QObject>
#include <QString>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <vector>

namespace logsleuth::text {
class Corpus;
}

namespace logsleuth::ui {

class MarkController : public QObject {
    Q_OBJECT
public:
    explicit MarkController(QObject* parent = nullptr);
    ~MarkController() override;

    // Defaults to store::defaultStorePath(); set before the first use to point elsewhere.
    void setStorePath(std::filesystem::path path);
    const std::filesystem::path& storePath() const { return m_path; }

    // Switches to another store file, creating it when missing (File → Use Fact Store, when the
    // default one is read-only, full or corrupt). Its marks replace the old store's, and the
    // marks the old store refused are written into it. False (reported) when it cannot be used;
    // the controller then stays on the old store.
    bool useStore(std::filesystem::path path);
    // Reads the marks of an existing store (does not create one). False on a store error.
    bool loadMarks();

    // Builds the mark for globalLine and stores it; replaces an opposite mark of the same
    // masked message. False when it could not be stored (the mark still applies this session).
    bool markLine(const text::Corpus& corpus, uint64_t globalLine, store::MarkKind kind);
    // The same for a selection: one mark per masked message (per template with template scope,
    // per line with line scope), stored in one transaction.
    bool markLines(const text::Corpus& corpus, const std::vector<uint64_t>& globalLines, store::MarkKind kind,
                   store::MarkScope scope = store::MarkScope::Message);
    // A regex-scope mark: every line the pattern (RE2, anywhere in the line) matches. A pattern
    // RE2 refuses is not stored: false with the reason in *error.
    bool markPattern(const std::string& pattern, store::MarkKind kind, QString* error);
    // Removes the marks of these lines' masked messages, templates and the lines themselves
    // (from the store and this session).
    // Returns how many marks were removed; false-y on a store error (reported by storeError).
    size_t unmarkLines(const text::Corpus& corpus, const std::vector<uint64_t>& globalLines);
    // Takes back the latest mark still in force (the store keeps it as undone history). False
    // when there is none or the store refused.
    bool undoLastMark();
    // Every mark of the store, undone ones included, oldest first (plus this session's unsaved
    // ones); empty when there is no store yet. A store error is reported and gives what is known.
    std::vector<store::Mark> history();
    // Takes back / brings back one mark by UUID (the marks list). False when the store refused
    // or there was no such mark.
    bool undoMark(const std::string& uuid);
    bool restoreMark(const std::string& uuid);
    // Who new marks are by (settings marks/analyst); empty: the store's $LOGSLEUTH_ANALYST/$USER.
    void setAnalyst(const QString& analyst);
    QString analyst() const { return m_analyst; }
    // Records a training's provenance in the store's runs table, only when a store exists
    // (looking at logs creates none). False when there is none or it refused (reported).
    bool recordRun(store::Run run);
    // Re-reads the marks when another process (the CLI, a second window) committed to the
    // store since the last look; true when they were re-read (marksChanged was emitted).
    // Cheap: one PRAGMA while nothing changed. Only once this session has opened the store.
    bool refreshIfChangedElsewhere();
    // The marks that apply to the open corpus, one per message, template, line or pattern: a
    // message or template that occurs in it, a line of an open file, a pattern that decided a
    // line in `scored` (every pattern when there is no scoring yet: matching each against every
    // line here would stall the window).
    size_t markCountFor(const text::Corpus& corpus, const ml::Scored* scored = nullptr) const;

    ml::MarkRules rules() const;
    size_t markCount() const { return m_saved.size() + m_unsaved.size(); }
    size_t unsavedCount() const { return m_unsaved.size(); }

Q_SIGNALS:
    void marksChanged();
    void storeError(const QString& message);

private:
    store::FactStore& storeOrThrow();
    // Stores new marks in one transaction (with any this session could not store before);
    // when the store refuses they apply for the session and are retried with the next mark.
    bool storeMarks(std::vector<store::Mark> marks);
    // Runs a change of the store's live marks, then re-reads them; a store error is reported
    // with `failure` (%1: the store's path, %2: why).
    bool changeInStore(const std::function<bool(store::FactStore&)>& change, const QString& failure);

    std::filesystem::path m_path;
    std::optional<store::FactStore> m_store;
    std::vector<store::Mark> m_saved;
    std::vector<store::Mark> m_unsaved;
    QString m_analyst;
    std::int64_t m_dataVersion = -1; // the store's data_version when the marks were last read
};

// The mark a user gets for globalLine (no id, createdAt now in UTC).
store::Mark makeMark(const text::Corpus& corpus, uint64_t globalLine, store::MarkKind kind);

} // namespace logsleuth::ui
