// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Compare Models: every model family trained and scored on the open logs, side by side on
// precision, recall and F1 at the threshold, best F1, ROC-AUC, training time and scoring time
// per line, against labels: the lines the analyst's true-anomaly marks decide, or a label file
// of line numbers (as `logsleuth-cli eval --labels`: N, or FILE:N with several files). Runs on
// the worker, one family after the other, each row shown as it finishes; Esc cancels.
#pragma once

#include <logsleuth/ml/compare.h>
#include <logsleuth/ui/analysis_result.h>

#include <QDialog>

#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
QT_END_NAMESPACE

namespace logsleuth::ui {

class TaskRunner;

// Per global line: positive when the result decides it by a true-anomaly mark.
std::vector<bool> labelsFromMarks(const AnalysisResult& result);
// Per global line from a label file's text; error says why it cannot be read.
std::optional<std::vector<bool>> labelsFromFile(const text::Corpus& corpus, const std::string& text,
                                                std::string& error);

class CompareDialog : public QDialog {
    Q_OBJECT
public:
    CompareDialog(TaskRunner& runner, AnalysisResultPtr result, ml::ThresholdSpec threshold,
                  QWidget* parent = nullptr);

    // Starts the comparison with these labels (test hook; the button asks for them).
    bool compare(std::vector<bool> labels);
    QTableWidget* table() const { return m_table; }
    QComboBox* labelSource() const { return m_source; }

Q_SIGNALS:
    void finished(int rows);

private:
    void addRow(const ml::FamilyComparison& row);
    void start();

    TaskRunner& m_runner;
    AnalysisResultPtr m_result;
    ml::ThresholdSpec m_threshold;
    QComboBox* m_source;
    QPushButton* m_compare;
    QLabel* m_note;
    QTableWidget* m_table;
};

} // namespace logsleuth::ui
