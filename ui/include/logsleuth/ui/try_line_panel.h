// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// "Try a line": type or paste a few lines and see how the current model scores them — score,
// verdict at the current threshold, how many of the open log's lines score lower, and the
// tokens that carry the score. The quickest way to learn what the model thinks is normal.
// The typed lines are read with the layout of the open file they fit best, so a pasted line
// with its header splits the way that log's own lines do. One forward pass over a few lines:
// it runs on the GUI thread, and only while no job runs (a job may be using the model).
#pragma once

#include <logsleuth/ui/analysis_result.h>

#include <QWidget>

#include <string>
#include <vector>

QT_BEGIN_NAMESPACE
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
QT_END_NAMESPACE

namespace logsleuth::ui {

// One typed line under a model.
struct TriedLine {
    std::string text;
    float score = 0;
    bool anomalous = false; // score above the result's threshold
    double lowerShare = 0;  // share of the open log's lines that score lower
    std::string why;        // "+segfault +kernel ?oracle"
};

// Scores `typed` (one line per line) with result's model, read with the layout of the
// corpus's source that the most typed lines fit. Throws std::runtime_error when the model cannot score lines
// (window units). sortedLineScores: the result's line scores sorted ascending (NaN removed).
std::vector<TriedLine> tryLines(const AnalysisResult& result, const std::string& typed,
                                const std::vector<float>& sortedLineScores);

class TryLinePanel : public QWidget {
    Q_OBJECT
public:
    explicit TryLinePanel(QWidget* parent = nullptr);

    void setResult(AnalysisResultPtr result);
    // Off while a job runs.
    void setBusy(bool busy);

    // Test hooks.
    QPlainTextEdit* input() const { return m_input; }
    QTableWidget* table() const { return m_table; }
    QString message() const;
    void score(); // what the button does

private:
    void updateButton();

    AnalysisResultPtr m_result;
    bool m_busy = false;
    bool m_showsHint = false; // the message says why Score is off, not a result
    QPlainTextEdit* m_input;
    QPushButton* m_button;
    QLabel* m_message;
    QTableWidget* m_table;
};

} // namespace logsleuth::ui
