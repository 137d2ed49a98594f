// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#pragma once

#include <QIcon>
#include <QString>

namespace logsleuth::ui {

// Registers the compiled-in icons (idempotent). Called by MainWindow and the chart export.
void initResources();
// An icon from the theme when the desktop has one, else the bundled SVG.
QIcon themedIcon(const QString& themeName, const QString& bundledName);
QIcon appIcon();

// The version compiled into the library.
QString libraryVersion();

} // namespace logsleuth::ui
