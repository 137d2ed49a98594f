// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The filter tool bar above the table: a minimum level, "anomalies only", "hide suppressed",
// "search hits only", and the restrictions set from elsewhere (a template, component, entity
// or time range) shown as one line of text with a Clear button. It owns the RowFilter the
// table applies; the level and the verdict switches are remembered across sessions.
#pragma once

#include <logsleuth/ui/row_filter.h>

#include <QToolBar>

#include <memory>

QT_BEGIN_NAMESPACE
class QAction;
class QComboBox;
class QLabel;
QT_END_NAMESPACE

namespace logsleuth::text {
class Corpus;
}

namespace logsleuth::ui {

class FilterBar : public QToolBar {
    Q_OBJECT
public:
    explicit FilterBar(QWidget* parent = nullptr);

    // A new corpus drops the restrictions (they name its templates and strings) and the hits.
    void setCorpus(std::shared_ptr<const text::Corpus> corpus);
    const RowFilter& filter() const { return m_filter; }
    // The latest search's hits (null: none); "search hits only" follows them.
    void setSearchHits(std::shared_ptr<const std::vector<uint64_t>> hits);

    void restrictToTemplate(uint32_t cluster);
    void restrictToComponent(uint32_t componentId);
    void restrictToEntity(uint32_t entityId);
    void restrictToTime(int64_t since, int64_t until); // [since, until) in ms
    void clearRestrictions();

    QComboBox* levelBox() const { return m_level; }
    QAction* anomaliesOnlyAction() const { return m_anomaliesOnly; }
    QAction* hideSuppressedAction() const { return m_hideSuppressed; }
    QAction* searchHitsOnlyAction() const { return m_searchHitsOnly; }
    QAction* clearAction() const { return m_clear; }
    QString restrictionText() const; // what the label shows

Q_SIGNALS:
    void filterChanged();

private:
    void rebuild(); // m_filter from the widgets and restrictions, then filterChanged()

    std::shared_ptr<const text::Corpus> m_corpus;
    std::shared_ptr<const std::vector<uint64_t>> m_hits;
    RowFilter m_filter;
    RowFilter m_restrictions; // cluster, component, entity and time only
    QComboBox* m_level;
    QAction* m_anomaliesOnly;
    QAction* m_hideSuppressed;
    QAction* m_searchHitsOnly;
    QAction* m_clear;
    QLabel* m_restrictionLabel;
    bool m_holdRebuild = false;
};

} // namespace logsleuth::ui
