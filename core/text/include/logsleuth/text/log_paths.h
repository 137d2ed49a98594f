// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The files a list of paths names, as `lnav /var/log/nginx` reads them: a directory stands for
// the files in it, so a folder of rotated logs (app.log, app.log.1, app.log.2.gz) opens in one
// go. Plain C++ (std::filesystem), shared by the CLI and the window.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace logsleuth::text {

struct LogPath {
    std::string path;
    // Found in a directory rather than named: a file there that turns out to be binary data
    // (wtmp, a journal) is left out instead of read as noise.
    bool fromDirectory = false;
};

struct LogPaths {
    std::vector<LogPath> files;
    std::vector<std::string> notes; // what was left out of a directory, one line each
};

// More files than this in one directory are left out past it (and said so).
inline constexpr std::size_t kMaxFilesPerDirectory = 1000;

// Each path as given, except that a directory becomes its regular files (symbolic links to
// them included; not its subdirectories, not hidden files) in natural name order, so app.log.2
// comes before app.log.10. A path that does not exist stays, for the opener to report.
LogPaths expandLogPaths(const std::vector<std::string>& paths);

} // namespace logsleuth::text
