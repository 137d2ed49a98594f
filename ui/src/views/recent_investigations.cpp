// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "views/recent_investigations.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace logsleuth::ui {

namespace {
constexpr int kRecentCount = 10;
const auto kRecentKey = QStringLiteral("files/recent");
const auto kLastTrainedKey = QStringLiteral("files/lastTrained");
} // namespace

RecentInvestigations::RecentInvestigations(QWidget* parent)
    : QObject(parent), m_menu(new QMenu(tr("Open &Recent"), parent)),
      m_reopenLast(new QAction(tr("Reopen &Last Investigation"), this))
{
    m_reopenLast->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_reopenLast->setStatusTip(tr("Open the files of the last session again, and train if it was trained"));
    connect(m_reopenLast, &QAction::triggered, this, [this] {
        const QStringList recent = QSettings().value(kRecentKey).toStringList();
        if (recent.isEmpty()) return;
        Q_EMIT openRequested(recent.first().split(QLatin1Char('\n')),
                             QSettings().value(kLastTrainedKey, false).toBool());
    });
    rebuildMenu();
}

void RecentInvestigations::remember(const QStringList& paths, bool trained)
{
    QStringList absolute;
    for (const QString& path : paths)
        absolute.append(QFileInfo(path).absoluteFilePath());
    const QString entry = absolute.join(QLatin1Char('\n'));
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(entry);
    recent.prepend(entry);
    while (recent.size() > kRecentCount)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    settings.setValue(kLastTrainedKey, trained);
    rebuildMenu();
}

void RecentInvestigations::rebuildMenu()
{
    m_menu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString& entry : recent) {
        const QStringList paths = entry.split(QLatin1Char('\n'));
        QStringList names;
        for (const QString& path : paths)
            names.append(QFileInfo(path).fileName());
        // Plain text: a file name with '&' must not become a mnemonic.
        QString label = names.join(QStringLiteral(", "));
        label.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction* action = m_menu->addAction(label);
        action->setToolTip(paths.join(QLatin1Char('\n')));
        connect(action, &QAction::triggered, this, [this, paths] { Q_EMIT openRequested(paths, false); });
    }
    m_menu->setEnabled(!recent.isEmpty());
    m_reopenLast->setEnabled(!recent.isEmpty());
}

} // namespace logsleuth::ui
