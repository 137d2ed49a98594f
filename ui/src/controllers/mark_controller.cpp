// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include <logsleuth/ui/mark_controller.h>

#include <logsleuth/store/default_path.h>
#include <logsleuth/store/mark_rules.h>
#include <logsleuth/text/corpus.h>
#include <logsleuth/text/search.h>

#include <QDateTime>
#include <QSettings>

#include <unordered_set>

#include <algorithm>
#include <functional>
#include <system_error>

namespace logsleuth::ui {

namespace {

QString describe(const std::exception& e)
{
    return QString::fromUtf8(e.what());
}

// Two marks of one scope on the same message, template, line or pattern: the later one stands.
bool sameTarget(const store::Mark& a, const store::Mark& b)
{
    if (a.scope != b.scope) return false;
    switch (a.scope) {
    case store::MarkScope::Template:
        return a.templateText == b.templateText && a.severity == b.severity;
    case store::MarkScope::Line:
        return a.source == b.source && a.lineNumber == b.lineNumber;
    case store::MarkScope::Regex:
        return a.pattern == b.pattern;
    case store::MarkScope::Message:
        break;
    }
    return a.maskedMessage == b.maskedMessage && a.severity == b.severity;
}

void replaceByMessage(std::vector<store::Mark>& marks, const store::Mark& mark)
{
    std::erase_if(marks, [&](const store::Mark& m) { return sameTarget(m, mark); });
    marks.push_back(mark);
}

} // namespace

store::Mark makeMark(const text::Corpus& corpus, uint64_t globalLine, store::MarkKind kind)
{
    const auto [file, lineInFile] = corpus.locateInFile(globalLine);
    const uint32_t key = corpus.messageKeys().at(globalLine);
    const uint32_t cluster = corpus.clusterOfMessage(key);
    store::Mark mark;
    mark.kind = kind;
    mark.rawLine = std::string(corpus.line(globalLine));
    mark.maskedMessage = corpus.maskedMessage(key);
    mark.severity = store::severityName(corpus.messageSeverity(key));
    mark.templateText = corpus.miner().templateText(cluster);
    mark.templateId = text::toHex(corpus.miner().id(cluster));
    mark.source = corpus.source(file).name();
    mark.lineNumber = lineInFile.value() + 1;
    mark.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    return mark;
}

MarkController::MarkController(QObject* parent)
    : QObject(parent), m_analyst(QSettings().value(QStringLiteral("marks/analyst")).toString())
{
}

void MarkController::setAnalyst(const QString& analyst)
{
    m_analyst = analyst.trimmed();
    QSettings().setValue(QStringLiteral("marks/analyst"), m_analyst);
}

std::vector<store::Mark> MarkController::history()
{
    std::vector<store::Mark> all;
    try {
        if (m_path.empty()) m_path = store::defaultStorePath();
        std::error_code ec;
        if (m_store || std::filesystem::exists(m_path, ec)) all = storeOrThrow().allMarks();
    } catch (const std::exception& e) {
        Q_EMIT storeError(tr("The marks could not be read from the fact store.\n%1").arg(describe(e)));
        all = m_saved;
    }
    all.insert(all.end(), m_unsaved.begin(), m_unsaved.end());
    return all;
}

bool MarkController::useStore(std::filesystem::path path)
{
    try {
        auto opened = store::FactStore::open(path);
        if (!m_unsaved.empty()) {
            opened.addMarks(m_unsaved); // one transaction: all of them or none
            m_unsaved.clear();
        }
        m_saved = opened.marks();
        m_path = std::move(path);
        m_store.emplace(std::move(opened));
        m_dataVersion = m_store->dataVersion();
        Q_EMIT marksChanged();
        return true;
    } catch (const std::exception& e) {
        Q_EMIT storeError(tr("%1 cannot be used as the fact store.\n%2")
                              .arg(QString::fromStdString(path.string()), describe(e)));
        return false;
    }
}

bool MarkController::recordRun(store::Run run)
{
    try {
        if (m_path.empty()) m_path = store::defaultStorePath();
        std::error_code ec;
        if (!m_store && !std::filesystem::exists(m_path, ec)) return false;
        if (run.analyst.empty()) run.analyst = m_analyst.toStdString();
        storeOrThrow().addRun(run);
        return true;
    } catch (const std::exception& e) {
        Q_EMIT storeError(tr("The run could not be recorded in the fact store.\n%1").arg(describe(e)));
        return false;
    }
}

bool MarkController::refreshIfChangedElsewhere()
{
    try {
        if (!m_store) {
            // No store when the window opened: the CLI may have made one since.
            if (m_path.empty()) m_path = store::defaultStorePath();
            std::error_code ec;
            if (!std::filesystem::exists(m_path, ec)) return false;
            m_saved = storeOrThrow().marks();
            if (m_saved.empty()) return false;
            Q_EMIT marksChanged();
            return true;
        }
        const std::int64_t version = m_store->dataVersion();
        if (version == m_dataVersion) return false;
        m_dataVersion = version;
        m_saved = m_store->marks();
        Q_EMIT marksChanged();
        return true;
    } catch (const std::exception&) {
        return false; // a busy store is polled again; a real failure shows on the next write
    }
}

bool MarkController::changeInStore(const std::function<bool(store::FactStore&)>& change,
                                   const QString& failure)
{
    try {
        if (!change(storeOrThrow())) return false;
        m_saved = storeOrThrow().marks();
        Q_EMIT marksChanged();
        return true;
    } catch (const std::exception& e) {
        Q_EMIT storeError(failure.arg(QString::fromStdString(m_path.string()), describe(e)));
        return false;
    }
}

bool MarkController::undoMark(const std::string& uuid)
{
    return changeInStore([&](store::FactStore& db) { return db.undo(uuid).has_value(); },
                         tr("The mark could not be undone in %1.\n%2"));
}

bool MarkController::restoreMark(const std::string& uuid)
{
    return changeInStore([&](store::FactStore& db) { return db.restore(uuid); },
                         tr("The mark could not be restored in %1.\n%2"));
}

MarkController::~MarkController() = default;

void MarkController::setStorePath(std::filesystem::path path)
{
    m_path = std::move(path);
    m_store.reset();
}

store::FactStore& MarkController::storeOrThrow()
{
    if (!m_store) {
        if (m_path.empty()) m_path = store::defaultStorePath();
        m_store.emplace(store::FactStore::open(m_path));
        m_dataVersion = m_store->dataVersion(); // what "changed elsewhere" is measured from
    }
    return *m_store;
}

bool MarkController::loadMarks()
{
    try {
        if (m_path.empty()) m_path = store::defaultStorePath();
        // Looking at logs must not create a database; the first mark does.
        std::error_code ec;
        if (!m_store && !std::filesystem::exists(m_path, ec)) return true;
        m_saved = storeOrThrow().marks();
        Q_EMIT marksChanged();
        return true;
    } catch (const std::exception& e) {
        Q_EMIT storeError(tr("The marks could not be loaded from the fact store.\n%1").arg(describe(e)));
        return false;
    }
}

bool MarkController::markLine(const text::Corpus& corpus, uint64_t globalLine, store::MarkKind kind)
{
    return markLines(corpus, {globalLine}, kind);
}

bool MarkController::markLines(const text::Corpus& corpus, const std::vector<uint64_t>& globalLines,
                               store::MarkKind kind, store::MarkScope scope)
{
    // One mark per target (masked message, template or line), the first selected line of each
    // standing for it.
    std::vector<store::Mark> marks;
    for (uint64_t line : globalLines) {
        if (line >= corpus.lineCount()) continue;
        store::Mark mark = makeMark(corpus, line, kind);
        mark.scope = scope;
        if (std::none_of(marks.begin(), marks.end(),
                         [&](const store::Mark& m) { return sameTarget(m, mark); }))
            marks.push_back(std::move(mark));
    }
    return storeMarks(std::move(marks));
}

bool MarkController::markPattern(const std::string& pattern, store::MarkKind kind, QString* error)
{
    std::string why;
    text::SearchQuery query;
    query.pattern = pattern;
    if (pattern.empty() || !text::Search::create(query, why)) {
        if (error)
            *error = pattern.empty() ? tr("The pattern is empty.")
                                     : tr("The pattern is not a valid regular expression: %1")
                                           .arg(QString::fromStdString(why));
        return false;
    }
    store::Mark mark;
    mark.kind = kind;
    mark.scope = store::MarkScope::Regex;
    mark.pattern = pattern;
    mark.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    return storeMarks({std::move(mark)});
}

bool MarkController::storeMarks(std::vector<store::Mark> marks)
{
    for (store::Mark& mark : marks) {
        mark.analyst = m_analyst.toStdString(); // empty: the store names the OS user
        // Named here, not by the store: the verdicts name their deciding mark by it at once,
        // and a mark the store refuses keeps its name when it is saved later.
        if (mark.uuid.empty()) mark.uuid = store::newUuid();
    }
    if (marks.empty()) return true;
    bool stored = false;
    QString failure;
    try {
        // Marks the store refused earlier get another chance with this user action.
        store::FactStore& db = storeOrThrow();
        if (!m_unsaved.empty()) {
            const auto ids = db.addMarks(m_unsaved);
            for (size_t i = 0; i < m_unsaved.size(); ++i) {
                m_unsaved[i].id = ids[i];
                replaceByMessage(m_saved, m_unsaved[i]);
            }
            m_unsaved.clear();
        }
        const auto ids = db.addMarks(marks);
        for (size_t i = 0; i < marks.size(); ++i)
            marks[i].id = ids[i];
        stored = true;
    } catch (const std::exception& e) {
        failure = describe(e);
    }
    for (const store::Mark& mark : marks) {
        if (stored) {
            replaceByMessage(m_saved, mark);
            std::erase_if(m_unsaved, [&](const store::Mark& m) { return sameTarget(m, mark); });
        } else {
            std::erase_if(m_saved, [&](const store::Mark& m) { return sameTarget(m, mark); });
            replaceByMessage(m_unsaved, mark);
        }
    }
    Q_EMIT marksChanged();
    if (!stored) {
        Q_EMIT storeError(tr("The mark could not be saved to %1.\n%2\n\n"
                             "It applies for this session and is retried with the next mark.")
                              .arg(QString::fromStdString(m_path.string()), failure));
    }
    return stored;
}

size_t MarkController::unmarkLines(const text::Corpus& corpus, const std::vector<uint64_t>& globalLines)
{
    // The message, template and line marks that reach the selected lines (a pattern's mark is
    // taken back in the marks list).
    // Message and template marks reach a line at its severity, or (made before marks kept
    // theirs) at any: both spellings of each are kept.
    std::unordered_set<std::string> messages, templates, lines;
    const auto lineKey = [](const std::string& source, uint64_t number) {
        return source + '\n' + std::to_string(number);
    };
    const auto atSeverity = [](const std::string& text, const std::optional<std::string>& severity) {
        return severity ? text + '\x1f' + *severity : text;
    };
    for (uint64_t line : globalLines) {
        if (line >= corpus.lineCount()) continue;
        const uint32_t key = corpus.messageKeys()[line];
        const std::string severity = store::severityName(corpus.messageSeverity(key));
        const std::string& message = corpus.maskedMessage(key);
        const std::string& templateText = corpus.miner().templateText(corpus.clusterOfMessage(key));
        messages.insert(message);
        messages.insert(atSeverity(message, severity));
        templates.insert(templateText);
        templates.insert(atSeverity(templateText, severity));
        const auto [file, inFile] = corpus.locateInFile(line);
        lines.insert(lineKey(corpus.source(file).name(), inFile.value() + 1));
    }
    const auto reaches = [&](const store::Mark& m) {
        switch (m.scope) {
        case store::MarkScope::Template:
            return templates.contains(atSeverity(m.templateText, m.severity));
        case store::MarkScope::Message:
            return messages.contains(atSeverity(m.maskedMessage, m.severity));
        case store::MarkScope::Line:
            return lines.contains(lineKey(m.source, m.lineNumber));
        case store::MarkScope::Regex:
            break;
        }
        return false;
    };
    size_t removed = 0;
    try {
        for (auto it = m_saved.begin(); it != m_saved.end();) {
            if (!reaches(*it)) {
                ++it;
                continue;
            }
            storeOrThrow().removeMark(it->id);
            it = m_saved.erase(it);
            ++removed;
        }
    } catch (const std::exception& e) {
        Q_EMIT storeError(tr("The mark could not be removed from %1.\n%2")
                              .arg(QString::fromStdString(m_path.string()), describe(e)));
    }
    removed += size_t(std::erase_if(m_unsaved, reaches));
    if (removed > 0) Q_EMIT marksChanged();
    return removed;
}

bool MarkController::undoLastMark()
{
    // A mark the store refused earlier is the latest one: it goes first, without the store.
    if (!m_unsaved.empty()) {
        m_unsaved.pop_back();
        Q_EMIT marksChanged();
        return true;
    }
    try {
        if (m_saved.empty()) return false;
        const auto undone = storeOrThrow().undo();
        if (!undone) return false;
        std::erase_if(m_saved, [&](const store::Mark& m) { return m.uuid == undone->uuid; });
        // A message mark that superseded an earlier one leaves the earlier one undone too: the
        // store's live marks are the truth.
        m_saved = storeOrThrow().marks();
        Q_EMIT marksChanged();
        return true;
    } catch (const std::exception& e) {
        Q_EMIT storeError(tr("The mark could not be undone in %1.\n%2")
                              .arg(QString::fromStdString(m_path.string()), describe(e)));
        return false;
    }
}

size_t MarkController::markCountFor(const text::Corpus& corpus, const ml::Scored* scored) const
{
    // The marks are few and the corpus's messages many: look the messages and templates up
    // among the marks, and stop as soon as every mark has been seen.
    std::unordered_set<std::string_view> unseenMessages, unseenTemplates, matchedTemplates, patterns;
    std::unordered_set<std::string> lines;
    std::unordered_set<std::string_view> deciders; // the marks that decided a unit of `scored`
    if (scored)
        for (const uint32_t decider : scored->decidingMark)
            if (decider != ml::Scored::kNoMark) deciders.insert(scored->markIds[decider]);
    for (const auto* list : {&m_saved, &m_unsaved})
        for (const store::Mark& mark : *list) {
            switch (mark.scope) {
            case store::MarkScope::Message:
                unseenMessages.insert(mark.maskedMessage);
                break;
            case store::MarkScope::Template:
                // A mark made under another miner reaches its template through this one's match
                // (ml::MarkRules), not by its text: what it decided counts it.
                if (scored && deciders.contains(mark.uuid))
                    matchedTemplates.insert(mark.uuid);
                else
                    unseenTemplates.insert(mark.templateText);
                break;
            case store::MarkScope::Regex:
                if (!scored || deciders.contains(mark.uuid)) patterns.insert(mark.pattern);
                break;
            case store::MarkScope::Line:
                for (size_t file = 0; file < corpus.sourceCount(); ++file)
                    if (corpus.beginsFile(file) && corpus.source(file).name() == mark.source &&
                        mark.lineNumber >= 1 && mark.lineNumber <= corpus.fileLineCount(file))
                        lines.insert(mark.source + '\n' + std::to_string(mark.lineNumber));
                break;
            }
        }
    const size_t messages = unseenMessages.size();
    for (uint32_t key = 0; key < corpus.distinctMessageCount() && !unseenMessages.empty(); ++key)
        unseenMessages.erase(corpus.maskedMessage(key));
    const size_t templates = unseenTemplates.size();
    for (uint32_t c = 0; c < corpus.miner().clusterCount() && !unseenTemplates.empty(); ++c)
        unseenTemplates.erase(corpus.miner().templateText(c));
    return messages - unseenMessages.size() + templates - unseenTemplates.size() + matchedTemplates.size() +
           patterns.size() + lines.size();
}

ml::MarkRules MarkController::rules() const
{
    // Every scope, as the CLI applies them (a template mark made with logsleuth-cli reaches the
    // template here too); the unsaved marks are the latest.
    std::vector<store::Mark> all = m_saved;
    all.insert(all.end(), m_unsaved.begin(), m_unsaved.end());
    return store::toMarkRules(all);
}

} // namespace logsleuth::ui
