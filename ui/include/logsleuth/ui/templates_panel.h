// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The Templates tab: every mined template with its line count, first and last time, mean and
// maximum score, anomalous and marked lines. Selecting one asks the table to show only its
// lines. The statistics are one pass over the lines, made when the tab is shown and the data
// changed, not on every rescoring behind a hidden tab.
#pragma once

#include <logsleuth/ui/analysis_result.h>

#include <QWidget>

#include <cstdint>
#include <memory>

QT_BEGIN_NAMESPACE
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
QT_END_NAMESPACE

namespace logsleuth::ui {

class TemplateTableModel;

class TemplatesPanel : public QWidget {
    Q_OBJECT
public:
    explicit TemplatesPanel(QWidget* parent = nullptr);
    ~TemplatesPanel() override;

    void setCorpus(std::shared_ptr<const text::Corpus> corpus);
    void setResult(AnalysisResultPtr result);

    // Test hooks.
    QTableView* view() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filter; }
    // Builds the statistics now if they are stale (showing the tab does it too).
    void refresh();
    // The cluster of a row of the (sorted, filtered) view; -1 when out of range.
    qint64 clusterAt(int row) const;

Q_SIGNALS:
    void templateActivated(quint32 cluster);

protected:
    void showEvent(QShowEvent* event) override;

private:
    std::shared_ptr<const text::Corpus> m_corpus;
    AnalysisResultPtr m_result;
    bool m_stale = false;
    TemplateTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLineEdit* m_filter;
};

} // namespace logsleuth::ui
