// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The status bar's permanent part: a summary label, a progress bar and a Cancel button that
// show only while a job runs.
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QProgressBar;
class QToolButton;
class QAction;
QT_END_NAMESPACE

namespace logsleuth::ui {

class StatusPanel : public QWidget {
    Q_OBJECT
public:
    StatusPanel(QAction* cancelAction, QWidget* parent = nullptr);

    void setSummary(const QString& text);
    // A passing message ("137 lines match", "Mark undone.") shown in the summary's place until
    // it is cleared: the panel fills the status bar, so QStatusBar's own messages have no room.
    void setMessage(const QString& text);
    QString text() const; // what the panel shows now
    void setBusy(bool busy);
    void setProgress(const QString& text, double fraction); // fraction < 0: indeterminate
    QProgressBar* progressBar() const { return m_progress; }

private:
    QLabel* m_summary;
    QLabel* m_phase;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    QString m_summaryText;
    QString m_message;
};

} // namespace logsleuth::ui
