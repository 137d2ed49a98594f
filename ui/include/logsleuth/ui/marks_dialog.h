// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The marks list: every mark of the fact store, newest first, undone ones included (greyed),
// with Undo and Restore for the selected one, and the analyst name new marks are made by.
// The store keeps history, so nothing here deletes a mark.
#pragma once

#include <logsleuth/store/fact_store.h>

#include <QDialog>

#include <vector>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLineEdit;
class QPushButton;
class QTableWidget;
QT_END_NAMESPACE

namespace logsleuth::ui {

class MarkController;

class MarksDialog : public QDialog {
    Q_OBJECT
public:
    explicit MarksDialog(MarkController& marks, QWidget* parent = nullptr);

    void reload();
    // Test hooks.
    QTableWidget* table() const { return m_table; }
    QPushButton* undoButton() const { return m_undo; }
    QPushButton* restoreButton() const { return m_restore; }
    QCheckBox* showUndoneBox() const { return m_showUndone; }
    QLineEdit* analystEdit() const { return m_analyst; }

Q_SIGNALS:
    // A mark was undone or restored: the verdicts should be decided again.
    void marksEdited();

private:
    void updateButtons();
    const store::Mark* selectedMark() const;

    MarkController& m_marks;
    std::vector<store::Mark> m_shown; // table row -> mark
    QLineEdit* m_analyst;
    QCheckBox* m_showUndone;
    QTableWidget* m_table;
    QPushButton* m_undo;
    QPushButton* m_restore;
};

} // namespace logsleuth::ui
