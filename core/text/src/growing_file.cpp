// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/text/growing_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace logsleuth::text {

std::optional<FileState> fileStateOf(const std::string& path)
{
    struct stat info{};
    if (::stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return std::nullopt;
    return FileState{(std::uint64_t(info.st_dev) << 40) ^ std::uint64_t(info.st_ino),
                     std::uint64_t(info.st_size),
                     std::int64_t(info.st_mtim.tv_sec) * 1000 + info.st_mtim.tv_nsec / 1000000};
}

bool readFileRange(const std::string& path, std::uint64_t from, std::uint64_t to, std::string& bytes,
                   std::string& error)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        error = std::strerror(errno);
        return false;
    }
    bytes.assign(std::size_t(to - from), '\0');
    std::size_t got = 0;
    while (got < bytes.size()) {
        const ssize_t n = ::pread(fd, bytes.data() + got, bytes.size() - got, off_t(from + got));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break; // truncated meanwhile: keep what came
        got += std::size_t(n);
    }
    ::close(fd);
    bytes.resize(got);
    return true;
}

} // namespace logsleuth::text
