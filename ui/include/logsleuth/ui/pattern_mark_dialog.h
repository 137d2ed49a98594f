// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Asks for a regex-scope mark: the pattern (RE2, matched anywhere in the line, checked as it is
// typed) and whether the lines it matches are false positives or true anomalies.
#pragma once

#include <logsleuth/store/fact_store.h>

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace logsleuth::ui {

class PatternMarkDialog : public QDialog {
    Q_OBJECT
public:
    // suggestion: a starting pattern (a line's message, escaped), may be empty.
    explicit PatternMarkDialog(const QString& suggestion, QWidget* parent = nullptr);

    QString pattern() const;
    store::MarkKind kind() const;
    void setKind(store::MarkKind kind);
    void setPattern(const QString& pattern);
    // Whether the pattern can be used (OK is enabled); otherwise why() says why not.
    bool isValid() const { return m_valid; }
    QString why() const;

    // `text` with the RE2 metacharacters escaped, so it matches itself.
    static QString escaped(const QString& text);

private:
    void check();

    QLineEdit* m_pattern;
    QComboBox* m_kind;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    bool m_valid = false;
};

} // namespace logsleuth::ui
