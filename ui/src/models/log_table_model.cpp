// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include <logsleuth/ui/log_table_model.h>

#include "models/cell_time.h"
#include "models/row_order.h"

#include <logsleuth/text/corpus.h>

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <climits>
#include <cmath>
#include <stdexcept>
#include <string>

namespace logsleuth::ui {

namespace {

// A multi-megabyte line would stall painting; the view shows its start, marks keep it whole.
constexpr size_t kMaxShownBytes = 4096;

QString fromBytes(std::string_view bytes)
{
    return QString::fromUtf8(bytes.data(), qsizetype(std::min(bytes.size(), kMaxShownBytes)));
}

int verdictRank(ml::Verdict verdict)
{
    switch (verdict) {
    case ml::Verdict::Suppressed:
        return 0;
    case ml::Verdict::Normal:
        return 1;
    case ml::Verdict::Anomaly:
        return 2;
    case ml::Verdict::Confirmed:
        return 3;
    }
    return 1;
}

// Sources are named by the path they were opened with, members of archives as
// "path/a.tar.gz!dir/x.log"; the column shows the file name (and the member) only.
QString shortSourceName(const std::string& name)
{
    const QString full = QString::fromStdString(name);
    const qsizetype bang = full.indexOf(QLatin1Char('!'));
    const QString file = bang < 0 ? full : full.left(bang);
    const qsizetype slash = file.lastIndexOf(QLatin1Char('/'));
    return full.mid(slash + 1);
}

} // namespace

LogTableModel::LogTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void LogTableModel::setCorpus(std::shared_ptr<const text::Corpus> corpus)
{
    beginResetModel();
    ++m_sortGeneration;
    m_sorting = false;
    m_corpus = std::move(corpus);
    m_result.reset();
    m_order.clear();
    m_rows.clear();
    m_filtered = false;
    m_filter = RowFilter{};
    m_sortColumn = -1;
    m_sortOrder = Qt::AscendingOrder;
    m_columns = columnsFor(m_corpus.get());
    m_revealed = std::min(rowsInFull(), kRevealBatch);
    endResetModel();
    revealMore();
}

uint64_t LogTableModel::rowsInFull() const
{
    if (!m_corpus) return 0;
    // Qt's views address rows with int; the permutation with uint32_t.
    return std::min<uint64_t>(m_filtered ? m_rows.size() : m_corpus->lineCount(), INT_MAX);
}

void LogTableModel::revealMore()
{
    if (m_revealPending) return;
    const uint64_t all = rowsInFull();
    if (m_revealed >= all) return;
    m_revealPending = true;
    // Queued: the batch before this one gets painted first.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_revealPending = false;
            if (revealBatch()) revealMore();
        },
        Qt::QueuedConnection);
}

bool LogTableModel::revealBatch()
{
    const uint64_t rows = rowsInFull(); // the rows may have changed since the batch was queued
    if (m_revealed >= rows) return false;
    const uint64_t next = std::min(rows, m_revealed + kRevealBatch);
    beginInsertRows({}, int(m_revealed), int(next - 1));
    m_revealed = next;
    endInsertRows();
    if (m_revealed < rows) return true;
    Q_EMIT revealed();
    return false;
}

std::vector<LogTableModel::Column> LogTableModel::columnsFor(const text::Corpus* corpus) const
{
    std::vector<Column> columns = {Column::Line};
    if (corpus && corpus->fileCount() > 1) columns.push_back(Column::File);
    if (corpus) {
        // The record columns that hold anything at all.
        const auto& records = corpus->records();
        const auto any = [](const auto& column, auto none) {
            return std::any_of(column.begin(), column.end(), [none](auto v) { return v != none; });
        };
        if (any(records.times(), text::kNoTime)) columns.push_back(Column::Time);
        if (records.levelCount() > 1) columns.push_back(Column::Level);
        if (any(records.componentIds(), 0u)) columns.push_back(Column::Component);
        if (any(records.entityIds(), 0u)) columns.push_back(Column::Entity);
    }
    columns.insert(columns.end(), {Column::Score, Column::Verdict, Column::Template, Column::Text});
    return columns;
}

void LogTableModel::growCorpus(std::shared_ptr<const text::Corpus> corpus)
{
    if (!m_corpus || !corpus || corpus->lineCount() < m_corpus->lineCount() ||
        columnsFor(corpus.get()) != m_columns) {
        setCorpus(std::move(corpus));
        return;
    }
    const uint64_t before = m_corpus->lineCount();
    const uint64_t after = std::min<uint64_t>(corpus->lineCount(), INT_MAX);
    // An order being computed for the smaller corpus would not cover the new lines.
    ++m_sortGeneration;
    m_sorting = false;
    // The views see the new lines only as rows are revealed: the first batch at once (a view
    // that tails the file scrolls to it), the rest a batch per turn.
    if (!m_filtered) m_revealed = std::min(m_revealed, before);
    m_corpus = std::move(corpus); // filtered rows are old lines: still valid
    if (!m_order.empty())
        for (uint64_t line = before; line < after; ++line)
            m_order.push_back(uint32_t(line));
    if (!m_filtered) revealBatch();
    if (m_sortColumn >= 0)
        startSort(); // places the new lines (and filters them)
    else if (m_filtered)
        applyOrder(m_order); // lets the new lines through the filter
    revealMore();
}

void LogTableModel::setAnalysis(AnalysisResultPtr result)
{
    if (result && result->corpus != m_corpus) return;
    m_result = std::move(result);
    // Only the score columns order by the result; the other orders (text!) stay valid.
    const Column sorted = columnAt(m_sortColumn);
    if (m_sortColumn >= 0 && (sorted == Column::Score || sorted == Column::Verdict))
        startSort();
    else if (m_filter.needsScores())
        applyOrder(m_order); // verdicts changed: which lines pass changed
    if (rowCount() > 0) Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

uint32_t LogTableModel::unitOf(uint64_t line) const
{
    return m_result->scored.scores.unitOfLine(*m_corpus)[line];
}

bool LogTableModel::hasScores() const
{
    if (!m_result || !m_corpus || m_result->scored.verdicts.size() != m_result->scored.size()) return false;
    // Message units are the corpus's keys; other units map every line themselves.
    return m_result->scored.scores.unit == ml::Unit::Message
               ? m_result->scored.size() == m_corpus->distinctMessageCount()
               : m_result->scored.scores.lineUnits.size() == m_corpus->lineCount();
}

int LogTableModel::columnOf(Column column) const
{
    const auto it = std::find(m_columns.begin(), m_columns.end(), column);
    return it == m_columns.end() ? -1 : int(it - m_columns.begin());
}

LogTableModel::Column LogTableModel::columnAt(int section) const
{
    return section >= 0 && size_t(section) < m_columns.size() ? m_columns[size_t(section)] : Column::Text;
}

uint64_t LogTableModel::globalLine(int row) const
{
    if (m_filtered) return m_rows[size_t(row)];
    return m_order.empty() ? uint64_t(row) : m_order[size_t(row)];
}

int LogTableModel::rowOfGlobalLine(uint64_t line) const
{
    if (!m_corpus || line >= m_corpus->lineCount()) return -1;
    const std::vector<uint32_t>& rows = m_filtered ? m_rows : m_order;
    if (!m_filtered && m_order.empty()) return line < uint64_t(rowCount()) ? int(line) : -1;
    const auto it = std::find(rows.begin(), rows.begin() + rowCount(), uint32_t(line));
    return it == rows.begin() + rowCount() ? -1 : int(it - rows.begin());
}

int LogTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_corpus) return 0;
    return int(std::min(rowsInFull(), m_revealed));
}

std::vector<uint32_t> LogTableModel::shownLines() const
{
    if (m_filtered) return m_rows;
    if (!m_order.empty()) return m_order;
    std::vector<uint32_t> lines(m_corpus ? m_corpus->lineCount() : 0);
    for (uint32_t line = 0; line < lines.size(); ++line)
        lines[line] = line;
    return lines;
}

void LogTableModel::setFilter(RowFilter filter)
{
    m_filter = std::move(filter);
    if (m_corpus) applyOrder(m_order);
}

int LogTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant LogTableModel::displayText(Column column, uint64_t line) const
{
    switch (column) {
    case Column::Line:
        return QString::number(m_corpus->locateInFile(line).second.value() + 1);
    case Column::File:
        return shortSourceName(m_corpus->source(m_corpus->locateInFile(line).first).name());
    case Column::Score: {
        if (!hasScores()) return {};
        const float score = m_result->scored.scores.values[unitOf(line)];
        return std::isnan(score) ? QStringLiteral("–") : QString::number(double(score), 'f', 3);
    }
    case Column::Verdict: {
        if (!hasScores()) return {};
        const ml::Verdict verdict = m_result->scored.verdictOfLine(line, unitOf(line));
        // Normal lines stay blank so the few verdicts that matter stand out.
        if (verdict == ml::Verdict::Normal) return {};
        switch (verdict) {
        case ml::Verdict::Normal:
            break;
        case ml::Verdict::Anomaly:
            return tr("anomaly");
        case ml::Verdict::Suppressed:
            return tr("suppressed");
        case ml::Verdict::Confirmed:
            return tr("confirmed");
        }
        return {};
    }
    case Column::Template: {
        const uint32_t cluster = m_corpus->clusterOfMessage(m_corpus->messageKeys()[line]);
        return fromBytes(m_corpus->miner().templateText(cluster));
    }
    case Column::Text:
        return fromBytes(m_corpus->line(line));
    case Column::Time: {
        const QString time = cellTime(m_corpus->records().time(line));
        return time.isEmpty() ? QVariant() : QVariant(time);
    }
    case Column::Level:
        return fromBytes(m_corpus->records().level(line));
    case Column::Component:
        return fromBytes(m_corpus->records().component(line));
    case Column::Entity:
        return fromBytes(m_corpus->records().entity(line));
    }
    return {};
}

QVariant LogTableModel::verdictBrush(uint64_t line, int role) const
{
    if (!hasScores()) return {};
    const ml::Verdict verdict = m_result->scored.verdictOfLine(line, unitOf(line));
    switch (verdict) {
    case ml::Verdict::Normal:
        return {};
    case ml::Verdict::Anomaly:
        if (role == Qt::BackgroundRole) return QBrush(QColor(0xff, 0xd9, 0xd4));
        return role == Qt::ForegroundRole ? QVariant(QBrush(QColor(0x20, 0x10, 0x10))) : QVariant();
    case ml::Verdict::Confirmed:
        if (role == Qt::BackgroundRole) return QBrush(QColor(0xf0, 0x9a, 0x90));
        return role == Qt::ForegroundRole ? QVariant(QBrush(QColor(0x20, 0x00, 0x00))) : QVariant();
    case ml::Verdict::Suppressed:
        if (role == Qt::BackgroundRole) return QBrush(QColor(0xea, 0xea, 0xea));
        if (role == Qt::ForegroundRole) return QBrush(QColor(0x80, 0x80, 0x80));
        if (role == Qt::FontRole) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    }
    return {};
}

QVariant LogTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_corpus || index.row() >= rowCount()) return {};
    const uint64_t line = globalLine(index.row());
    const Column column = columnAt(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(column, line);
    case Qt::TextAlignmentRole:
        if (column == Column::Line || column == Column::Score)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::BackgroundRole:
    case Qt::ForegroundRole:
    case Qt::FontRole:
        return verdictBrush(line, role);
    case Qt::ToolTipRole:
        // Plain ids only: a tooltip would render log text that looks like HTML as HTML.
        if (column == Column::Template) {
            const uint32_t cluster = m_corpus->clusterOfMessage(m_corpus->messageKeys()[line]);
            return tr("Template %1").arg(QString::fromStdString(text::toHex(m_corpus->miner().id(cluster))));
        }
        if (column == Column::File) {
            // Escaped explicitly: QToolTip would take a path containing markup for rich text.
            const QString full =
                QString::fromStdString(m_corpus->source(m_corpus->locateInFile(line).first).name());
            return QStringLiteral("<p>%1</p>").arg(full.toHtmlEscaped());
        }
        return {};
    case GlobalLineRole:
        return QVariant::fromValue<quint64>(line);
    case ScoreRole:
        if (!hasScores()) return {};
        return m_result->scored.scores.values[unitOf(line)];
    case VerdictRole:
        if (!hasScores()) return {};
        return int(m_result->scored.verdictOfLine(line, unitOf(line)));
    default:
        return {};
    }
}

QVariant LogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    if (role == Qt::InitialSortOrderRole) {
        // A first click on Score or Verdict puts the anomalies on top, not the calmest lines.
        const Column column = columnAt(section);
        return int(column == Column::Score || column == Column::Verdict ? Qt::DescendingOrder
                                                                        : Qt::AscendingOrder);
    }
    if (role != Qt::DisplayRole) return {};
    switch (columnAt(section)) {
    case Column::Line:
        return tr("Line");
    case Column::File:
        return tr("File");
    case Column::Score:
        return tr("Score");
    case Column::Verdict:
        return tr("Verdict");
    case Column::Template:
        return tr("Template");
    case Column::Text:
        return tr("Text");
    case Column::Time:
        return tr("Time (UTC)");
    case Column::Level:
        return tr("Level");
    case Column::Component:
        return tr("Component");
    case Column::Entity:
        return tr("Entity");
    }
    return {};
}

void LogTableModel::sort(int column, Qt::SortOrder order)
{
    if (!m_corpus || column < 0 || column >= columnCount()) return;
    // QTableView::sortByColumn asks twice (through the header's indicator, then directly); the
    // order for this column is already there or on its way (new scores re-sort by themselves).
    if (column == m_sortColumn && order == m_sortOrder) return;
    m_sortColumn = column;
    m_sortOrder = order;
    startSort();
}

void LogTableModel::startSort()
{
    ++m_sortGeneration;
    m_sorting = false;
    // The other sorts rank distinct messages or templates and bucket the lines: milliseconds
    // per million lines, so they stay synchronous (and callers see the order at once).
    if (columnAt(m_sortColumn) == Column::Text)
        sortInBackground(m_sortOrder);
    else
        applyOrder(computeOrder(columnAt(m_sortColumn), m_sortOrder));
}

void LogTableModel::sortInBackground(Qt::SortOrder order)
{
    m_sorting = true;
    const uint64_t generation = m_sortGeneration;
    // The job holds the corpus, never the model: it may outlive a reset or the model itself.
    auto job = [corpus = m_corpus, lines = m_corpus->lineCount(), descending = order == Qt::DescendingOrder] {
        return orderLinesByText(lines, [&corpus](uint64_t line) { return corpus->line(line); }, descending);
    };
    auto* watcher = new QFutureWatcher<std::vector<uint32_t>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_sortGeneration) return; // superseded by a newer sort or corpus
        m_sorting = false;
        std::vector<uint32_t> lines;
        try {
            lines = watcher->future().takeResult();
        } catch (const std::exception&) {
            // Out of memory while ordering 1e8 lines, say: keep the order the table has.
            return;
        }
        applyOrder(std::move(lines));
    });
    watcher->setFuture(QtConcurrent::run(std::move(job)));
}

std::vector<uint32_t> LogTableModel::computeOrder(Column column, Qt::SortOrder order) const
{
    const bool descending = order == Qt::DescendingOrder;
    const uint64_t lines = m_corpus->lineCount();
    const auto& keys = m_corpus->messageKeys();
    const size_t keyCount = m_corpus->distinctMessageCount();
    switch (column) {
    case Column::Line:
        return descending ? reversedLines(lines) : std::vector<uint32_t>{};
    case Column::File: {
        std::vector<uint32_t> sourceOfLine(lines);
        for (uint64_t line = 0; line < lines; ++line)
            sourceOfLine[line] = uint32_t(m_corpus->locateInFile(line).first);
        return orderLinesByKey(
            sourceOfLine, m_corpus->sourceCount(),
            [&](uint32_t a, uint32_t b) { return m_corpus->source(a).name() < m_corpus->source(b).name(); },
            descending);
    }
    case Column::Score:
    case Column::Verdict: {
        if (!hasScores()) return {};
        // One 64-bit code per scored unit (verdict rank above score for Verdict), ranked by a
        // radix sort: a million distinct messages rank in milliseconds.
        const auto& units = m_result->scored.scores.unitOfLine(*m_corpus);
        const size_t unitCount = m_result->scored.size();
        const auto codeOf =
            [&](uint32_t unit, ml::Verdict verdict) {
                uint64_t code = scoreCode(m_result->scored.scores.values[unit]);
                if (column == Column::Verdict)
                    code |= uint64_t(verdictRank(verdict)) << 32;
                else if (verdict != ml::Verdict::Suppressed)
                    code |= uint64_t(1)
                            << 32; // the final verdict first: marked false positives sink below live lines
                return descending ? ~code : code;
            };
        std::vector<uint64_t> codes(unitCount);
        for (size_t unit = 0; unit < unitCount; ++unit)
            codes[unit] = codeOf(uint32_t(unit), m_result->scored.verdicts[unit]);
        std::vector<uint32_t> rows = orderLinesByRank(units, invertOrder(keysByCode(codes)), unitCount);
        // The few lines a line mark decides apart from their unit move to their own place.
        std::vector<std::pair<uint32_t, uint64_t>> moved; // line, its own code
        const auto currentCode = [&](uint32_t line) {
            for (const auto& [l, code] : moved)
                if (l == line) return code;
            return codes[units[line]];
        };
        for (const ml::LineVerdict& own : m_result->scored.lineVerdicts) {
            const uint64_t ownCode = codeOf(own.unit, own.verdict);
            if (ownCode == codes[own.unit]) continue;
            rows.erase(std::find(rows.begin(), rows.end(), uint32_t(own.line)));
            const auto at = std::partition_point(rows.begin(), rows.end(),
                                                 [&](uint32_t line) { return currentCode(line) <= ownCode; });
            rows.insert(at, uint32_t(own.line));
            moved.emplace_back(uint32_t(own.line), ownCode);
        }
        return rows;
    }
    case Column::Template: {
        // Rank the templates (one text each, built once), then bucket the lines by the rank of
        // their template: lines of one template stay in file order.
        const size_t clusters = m_corpus->miner().clusterCount();
        std::vector<std::string> texts(clusters);
        for (uint32_t c = 0; c < clusters; ++c)
            texts[c] = m_corpus->miner().templateText(c);
        std::vector<uint32_t> byText(clusters);
        for (uint32_t c = 0; c < clusters; ++c)
            byText[c] = c;
        std::stable_sort(byText.begin(), byText.end(), [&](uint32_t a, uint32_t b) {
            return descending ? texts[b] < texts[a] : texts[a] < texts[b];
        });
        const std::vector<uint32_t> clusterRank = invertOrder(byText);
        std::vector<uint32_t> rankOfKey(keyCount);
        for (uint32_t key = 0; key < keyCount; ++key)
            rankOfKey[key] = clusterRank[m_corpus->clusterOfMessage(key)];
        return orderLinesByRank(keys, rankOfKey, clusters);
    }
    case Column::Text:
        return orderLinesByText(lines, [this](uint64_t line) { return m_corpus->line(line); }, descending);
    case Column::Time: {
        // The merged view of several files: a line without a time of its own (a stack trace's
        // `at …`, a wrapped message) takes the time of the line before it in its file, so it stays
        // under its record instead of gathering at the top. Lines before any time in their file
        // come first (last when descending); equal times keep file order. One radix sort.
        const auto& times = m_corpus->records().times();
        std::vector<uint64_t> codes(lines);
        std::vector<int64_t> lastTimeOfFile(m_corpus->sourceCount(), text::kNoTime);
        for (size_t source = 0; source < m_corpus->sourceCount(); ++source) {
            int64_t& carried = lastTimeOfFile[m_corpus->fileOf(source)];
            const uint64_t first = m_corpus->firstLineOf(source);
            const uint64_t end =
                source + 1 < m_corpus->sourceCount() ? m_corpus->firstLineOf(source + 1) : lines;
            for (uint64_t line = first; line < end; ++line) {
                if (times[line] != text::kNoTime) carried = times[line];
                const uint64_t code = uint64_t(carried) ^ (uint64_t(1) << 63); // signed order as unsigned
                codes[line] = descending ? ~code : code;
            }
        }
        return keysByCode(codes);
    }
    case Column::Level: {
        // By severity, then by the word as written.
        const auto& records = m_corpus->records();
        std::vector<uint32_t> lineLevels(records.levelIds().begin(), records.levelIds().end());
        return orderLinesByKey(
            lineLevels, records.levelCount(),
            [&](uint32_t a, uint32_t b) {
                const auto sa = records.levelSeverity(uint8_t(a)), sb = records.levelSeverity(uint8_t(b));
                return sa != sb ? sa < sb : records.levelText(uint8_t(a)) < records.levelText(uint8_t(b));
            },
            descending);
    }
    case Column::Component:
    case Column::Entity: {
        const auto& records = m_corpus->records();
        return orderLinesByKey(
            column == Column::Component ? records.componentIds() : records.entityIds(), records.stringCount(),
            [&](uint32_t a, uint32_t b) { return records.stringText(a) < records.stringText(b); },
            descending);
    }
    }
    return {};
}

void LogTableModel::applyOrder(std::vector<uint32_t> order)
{
    if (!m_filter.isActive() || !m_corpus) {
        applyRows(std::move(order), {}, false);
        return;
    }
    const bool scored = hasScores();
    std::vector<uint32_t> rows =
        filterLines(*m_corpus, scored ? &m_result->scored : nullptr,
                    scored ? &m_result->scored.scores.unitOfLine(*m_corpus) : nullptr, m_filter, order);
    applyRows(std::move(order), std::move(rows), true);
}

void LogTableModel::applyRows(std::vector<uint32_t> order, std::vector<uint32_t> rows, bool filtered)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Keep the selection and the current line on the same lines, wherever they move; lines
    // filtered out lose theirs.
    const QModelIndexList before = persistentIndexList();
    std::vector<int> newRows; // of `before`, in the new rows; -1 when filtered out
    if (!before.isEmpty()) {
        const std::vector<uint32_t>& shown = filtered ? rows : order;
        const bool identity = !filtered && order.empty();
        // Usually a handful of indexes (current and selected rows): a scan each beats
        // building a row-of-line table over every line.
        const bool fewIndexes = before.size() <= 8;
        std::vector<int32_t> rowOfLine;
        if (!identity && !fewIndexes) {
            rowOfLine.assign(m_corpus->lineCount(), -1);
            for (uint32_t row = 0; row < shown.size(); ++row)
                rowOfLine[shown[row]] = int32_t(row);
        }
        newRows.reserve(size_t(before.size()));
        for (const QModelIndex& old : before) {
            const uint64_t line = globalLine(old.row());
            if (identity) {
                newRows.push_back(int(line));
            } else if (fewIndexes) {
                const auto it = std::find(shown.begin(), shown.end(), uint32_t(line));
                newRows.push_back(it == shown.end() ? -1 : int(it - shown.begin()));
            } else {
                newRows.push_back(rowOfLine[line]);
            }
        }
    }
    m_order = std::move(order);
    m_rows = std::move(rows);
    m_filtered = filtered;
    if (!before.isEmpty()) {
        // Built after the swap: index() checks rows against the new row count.
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype i = 0; i < before.size(); ++i)
            after.append(newRows[size_t(i)] < 0 ? QModelIndex()
                                                : index(newRows[size_t(i)], before[i].column()));
        changePersistentIndexList(before, after);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    revealMore(); // rows a cleared filter brings back beyond those revealed so far
}

} // namespace logsleuth::ui
