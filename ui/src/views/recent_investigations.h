// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// File → Open Recent and Reopen Last Investigation: the last ten sets of files opened
// together, newest first, in QSettings (files/recent: each entry the paths joined by newlines,
// which no path holds on the systems LogSleuth runs on; files/lastTrained: whether the newest
// was trained).
#pragma once

#include <QObject>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QAction;
class QMenu;
QT_END_NAMESPACE

namespace logsleuth::ui {

class RecentInvestigations : public QObject {
    Q_OBJECT
public:
    // The menu and the action are owned by `parent`'s widget tree (menu: its own QMenu).
    explicit RecentInvestigations(QWidget* parent);

    QMenu* menu() const { return m_menu; }
    QAction* reopenLastAction() const { return m_reopenLast; }
    // These files were opened (trained: and trained); they become the newest entry.
    void remember(const QStringList& paths, bool trained);

Q_SIGNALS:
    // Open these files again; train once they are open when `train`.
    void openRequested(const QStringList& paths, bool train);

private:
    void rebuildMenu();

    QMenu* m_menu;
    QAction* m_reopenLast;
};

} // namespace logsleuth::ui
