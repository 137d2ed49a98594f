// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// "Why this score": the current line's score against the threshold, its template and verdict,
// and the tokens that make up its reconstruction error. A score alone cannot be judged; the
// tokens say whether the model is surprised by something real (a "segfault") or by noise.
// One explanation is one small forward pass, so it runs on the GUI thread for one line only.
#pragma once

#include <logsleuth/ui/analysis_result.h>

#include <QWidget>

#include <cstdint>
#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
class QStackedWidget;
class QTableWidget;
QT_END_NAMESPACE

namespace logsleuth::ui {

class WhyPanel : public QWidget {
    Q_OBJECT
public:
    explicit WhyPanel(QWidget* parent = nullptr);

    // A new (or rescored) result: the shown line is explained again under it.
    void setResult(AnalysisResultPtr result);
    // The line to explain; nullopt when nothing is selected.
    void showLine(std::optional<uint64_t> globalLine);

    // Test hooks.
    QString scoreText() const;
    int tokenCount() const;
    QTableWidget* tokenTable() const { return m_tokens; }

private:
    void refresh();
    void showHint(const QString& text);

    AnalysisResultPtr m_result;
    std::optional<uint64_t> m_line;
    QStackedWidget* m_stack;
    QLabel* m_hint;
    QLabel* m_score;
    QLabel* m_template;
    QTableWidget* m_tokens;
};

} // namespace logsleuth::ui
