// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The files behind the paths the analyst opened, a folder standing for its files
// (text::expandLogPaths), for the opener, the file watcher and the follower alike.
#pragma once

#include <logsleuth/text/log_paths.h>

#include <QFileInfo>
#include <QStringList>

namespace logsleuth::ui {

// Each path as the file system names it (absolute, its bytes as they are on disk).
inline std::vector<std::string> fileSystemPaths(const QStringList& paths)
{
    std::vector<std::string> out;
    out.reserve(std::size_t(paths.size()));
    for (const QString& path : paths)
        out.push_back(QFileInfo(path).filesystemAbsoluteFilePath().string());
    return out;
}

inline text::LogPaths openedLogPaths(const QStringList& paths)
{
    return text::expandLogPaths(fileSystemPaths(paths));
}

} // namespace logsleuth::ui
