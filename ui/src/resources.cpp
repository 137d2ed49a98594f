// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include <logsleuth/ui/resources.h>

#include <mutex>

// Q_INIT_RESOURCE must be used outside any namespace; it also forces the linker to keep the
// resource object that lives in the static archive.
static void initLogsleuthResources()
{
    Q_INIT_RESOURCE(logsleuth);
}

namespace logsleuth::ui {

void initResources()
{
    static std::once_flag once;
    std::call_once(once, initLogsleuthResources);
}

QIcon themedIcon(const QString& themeName, const QString& bundledName)
{
    initResources();
    return QIcon::fromTheme(themeName, QIcon(QStringLiteral(":/logsleuth/icons/") + bundledName));
}

QIcon appIcon()
{
    initResources();
    return QIcon(QStringLiteral(":/logsleuth/icons/logsleuth.svg"));
}

QString libraryVersion()
{
    return QStringLiteral(LOGSLEUTH_VERSION);
}

} // namespace logsleuth::ui
