// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The log table over a mined corpus and its score columns. Nothing is stored per row: data()
// reads the line bytes and the columns on demand, and sorting is a permutation of global
// line numbers (empty = file order), so a million lines cost a vector of uint32_t.
// Sorting by text (about half a second per million lines) runs on a pool thread: the model
// keeps showing the old order until the new one is swapped in with a layout change.
// Rows are revealed to the views a quarter million at a time, one batch per turn of the event
// loop: a view's header keeps an entry per row, and taking 7 M of them at once held the window
// for 0.2 s.
#pragma once

#include <logsleuth/ui/analysis_result.h>
#include <logsleuth/ui/row_filter.h>

#include <QAbstractTableModel>

#include <cstdint>
#include <memory>
#include <vector>

namespace logsleuth::ui {

class LogTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // Time, Level, Component and Entity come from the records and are shown when the corpus
    // has them.
    enum class Column { Line, File, Score, Verdict, Template, Text, Time, Level, Component, Entity };
    enum Role {
        GlobalLineRole = Qt::UserRole + 1, // quint64
        ScoreRole,                         // float, invalid before scoring
        VerdictRole,                       // int(ml::Verdict), invalid before scoring
    };

    explicit LogTableModel(QObject* parent = nullptr);

    // New corpus: resets the model, drops scores, back to file order.
    void setCorpus(std::shared_ptr<const text::Corpus> corpus);
    // The open corpus grew (Corpus::append on a copy): the new lines are inserted as rows, and
    // the sort, the filter and the selection stay. Scores come with the next setAnalysis. A
    // corpus that is not a grown copy (fewer lines, other columns) is set as a new one.
    void growCorpus(std::shared_ptr<const text::Corpus> corpus);
    const std::shared_ptr<const text::Corpus>& corpus() const { return m_corpus; }
    // Scores of the current corpus (a result for another corpus is ignored). Keeps the sort.
    void setAnalysis(AnalysisResultPtr result);
    const AnalysisResultPtr& analysis() const { return m_result; }

    int columnOf(Column column) const; // -1 when not shown (File with one source)
    Column columnAt(int section) const;
    uint64_t globalLine(int row) const;
    int rowOfGlobalLine(uint64_t globalLine) const; // -1 when out of range or filtered out

    // Shows only the lines that pass (in the current order); the selection stays on the lines
    // that remain. A filter on verdicts is applied again whenever the scores change.
    void setFilter(RowFilter filter);
    const RowFilter& filter() const { return m_filter; }
    // Lines that pass the filter; every line without one (rows not yet revealed included).
    uint64_t shownLineCount() const { return rowsInFull(); }
    // True while rows are still being revealed to the views (see revealMore).
    bool isRevealing() const { return rowsInFull() > m_revealed; }
    // Rows revealed per turn of the event loop.
    static constexpr uint64_t kRevealBatch = uint64_t(1) << 18;
    // The global lines of every row, in row order (what an export of the view writes).
    std::vector<uint32_t> shownLines() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The requested sort, also while its order is still being computed.
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // True while the order of the requested sort runs on a pool thread.
    bool isSorting() const { return m_sorting; }

Q_SIGNALS:
    // Every row has been revealed (after a reset or growth that revealed them in batches).
    void revealed();

private:
    uint64_t rowsInFull() const; // the rows there are, revealed or not
    // Queues revealBatch() until every row that exists is revealed.
    void revealMore();
    // Inserts the next batch of rows that exist but are not revealed yet; true while some are
    // left, after emitting revealed() when none is.
    bool revealBatch();
    void startSort();
    std::vector<Column> columnsFor(const text::Corpus* corpus) const;
    void sortInBackground(Qt::SortOrder order);
    void applyOrder(std::vector<uint32_t> order);
    // Swaps in new rows (the order filtered) with a layout change that keeps the selection.
    void applyRows(std::vector<uint32_t> order, std::vector<uint32_t> rows, bool filtered);
    std::vector<uint32_t> computeOrder(Column column, Qt::SortOrder order) const;
    QVariant displayText(Column column, uint64_t line) const;
    QVariant verdictBrush(uint64_t line, int role) const;
    bool hasScores() const;
    uint32_t unitOf(uint64_t line) const; // the scored unit of a line (hasScores() first)

    std::shared_ptr<const text::Corpus> m_corpus;
    AnalysisResultPtr m_result;
    std::vector<Column> m_columns;
    std::vector<uint32_t> m_order; // sorted global lines; empty = identity
    RowFilter m_filter;
    bool m_filtered = false;      // m_rows holds the rows (else m_order does)
    std::vector<uint32_t> m_rows; // row -> global line while filtered
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    // Bumped by every sort request and new corpus: a background order computed for an older
    // generation is dropped, never applied.
    uint64_t m_sortGeneration = 0;
    bool m_sorting = false;
    uint64_t m_revealed = 0; // rows the views know of: rowCount() is never more
    bool m_revealPending = false;
};

} // namespace logsleuth::ui
