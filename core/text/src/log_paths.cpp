// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/text/log_paths.h"

#include "ascii.h"

#include <algorithm>
#include <filesystem>
#include <string_view>
#include <system_error>

namespace logsleuth::text {
namespace {

// Name order with digit runs compared as numbers: "app.log.2" < "app.log.10".
bool naturalLess(std::string_view a, std::string_view b)
{
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (ascii::isDigit(a[i]) && ascii::isDigit(b[j])) {
            std::size_t ei = i, ej = j;
            while (ei < a.size() && ascii::isDigit(a[ei]))
                ++ei;
            while (ej < b.size() && ascii::isDigit(b[ej]))
                ++ej;
            std::string_view x = a.substr(i, ei - i), y = b.substr(j, ej - j);
            while (x.size() > 1 && x.front() == '0')
                x.remove_prefix(1);
            while (y.size() > 1 && y.front() == '0')
                y.remove_prefix(1);
            if (x.size() != y.size()) return x.size() < y.size();
            if (x != y) return x < y;
            i = ei;
            j = ej;
            continue;
        }
        if (a[i] != b[j]) return a[i] < b[j];
        ++i;
        ++j;
    }
    return a.size() - i < b.size() - j;
}

} // namespace

LogPaths expandLogPaths(const std::vector<std::string>& paths)
{
    LogPaths out;
    for (const std::string& given : paths) {
        std::error_code error;
        if (given == "-" || !std::filesystem::is_directory(given, error)) {
            out.files.push_back({given, false});
            continue;
        }
        std::vector<std::string> names;
        std::size_t subdirectories = 0;
        std::filesystem::directory_iterator it(
            given, std::filesystem::directory_options::skip_permission_denied, error);
        for (; !error && it != std::filesystem::directory_iterator(); it.increment(error)) {
            const std::string name = it->path().filename().string();
            if (name.empty() || name.front() == '.') continue;
            std::error_code kind;
            if (it->is_directory(kind))
                ++subdirectories;
            else if (it->is_regular_file(kind))
                names.push_back(name);
        }
        if (error) {
            out.notes.push_back(given + ": cannot list the directory: " + error.message());
            continue;
        }
        // Names the natural order holds equal ("x01", "x1") by their bytes, so the order never
        // depends on the order the folder lists them in.
        std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) {
            return naturalLess(a, b) || (!naturalLess(b, a) && a < b);
        });
        if (names.size() > kMaxFilesPerDirectory) {
            out.notes.push_back(given + ": " + std::to_string(names.size()) + " files; the first " +
                                std::to_string(kMaxFilesPerDirectory) + " by name are read");
            names.resize(kMaxFilesPerDirectory);
        }
        if (subdirectories > 0)
            out.notes.push_back(given + ": " + std::to_string(subdirectories) +
                                (subdirectories == 1 ? " subdirectory" : " subdirectories") +
                                " not read (name the files or folders in it to read them)");
        if (names.empty() && subdirectories == 0) out.notes.push_back(given + ": an empty directory");
        for (const std::string& name : names)
            out.files.push_back({(std::filesystem::path(given) / name).string(), true});
    }
    return out;
}

} // namespace logsleuth::text
