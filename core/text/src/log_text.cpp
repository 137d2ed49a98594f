// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/text/log_text.h"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <istream>
#include <iterator>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace logsleuth::text {
namespace {

std::string openError(const std::filesystem::path& path, std::string_view reason)
{
    return "cannot open " + path.string() + ": " + std::string(reason);
}

// Closes the descriptor on every exit path of openFile.
struct FileDescriptor {
    int fd;
    ~FileDescriptor()
    {
        if (fd >= 0) ::close(fd);
    }
};

// For what cannot be mapped: pipes, character devices, /proc files that report size 0.
std::string readEverything(int fd, const std::filesystem::path& path)
{
    std::string bytes;
    std::size_t used = 0;
    std::size_t chunk = 1 << 16;
    for (;;) {
        bytes.resize(used + chunk);
        const ssize_t got = ::read(fd, bytes.data() + used, chunk);
        if (got < 0) {
            if (errno == EINTR) continue;
            throw TextError(openError(path, std::strerror(errno)));
        }
        if (got == 0) break;
        used += static_cast<std::size_t>(got);
        if (chunk < (std::size_t{1} << 24)) chunk *= 2;
    }
    bytes.resize(used);
    return bytes;
}

constexpr std::time_t kSettledSeconds = 120;

} // namespace

LogText LogText::openFile(const std::filesystem::path& path)
{
    FileDescriptor file{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
    if (file.fd < 0) throw TextError(openError(path, std::strerror(errno)));
    struct stat info{};
    if (::fstat(file.fd, &info) != 0) throw TextError(openError(path, std::strerror(errno)));
    if (S_ISDIR(info.st_mode)) throw TextError(openError(path, "is a directory"));

    LogText text;
    text.m_name = path.string();
    text.m_modifiedMs = static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1000 +
                        static_cast<std::int64_t>(info.st_mtim.tv_nsec / 1000000);
    // A mapped file that another process truncates (logrotate's copytruncate) raises SIGBUS
    // on the next read of a vanished page. Files written to within the last minutes are the
    // ones at risk, so those are read into memory; settled files, most of a big investigation,
    // are mapped.
    const bool settled = info.st_mtime + kSettledSeconds < std::time(nullptr);
    if (S_ISREG(info.st_mode) && info.st_size > 0 && settled) {
        const auto size = static_cast<std::size_t>(info.st_size);
        void* mapping = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, file.fd, 0);
        if (mapping != MAP_FAILED) {
            // One pass to index, later passes to mine: sequential read-ahead pays off.
            ::madvise(mapping, size, MADV_SEQUENTIAL);
            text.m_mapping = mapping;
            text.m_data = static_cast<const char*>(mapping);
            text.m_size = size;
            text.indexLines();
            return text;
        }
    }
    text.m_owned = readEverything(file.fd, path);
    text.m_data = text.m_owned.data();
    text.m_size = text.m_owned.size();
    text.indexLines();
    return text;
}

LogText LogText::fromBytes(std::string bytes, std::string name)
{
    LogText text;
    text.m_name = std::move(name);
    text.m_modifiedMs = std::chrono::duration_cast<std::chrono::milliseconds>(
                            std::chrono::system_clock::now().time_since_epoch())
                            .count();
    text.m_owned = std::move(bytes);
    text.m_data = text.m_owned.data();
    text.m_size = text.m_owned.size();
    text.indexLines();
    return text;
}

LogText LogText::readAll(std::istream& in, std::string name)
{
    std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    return fromBytes(std::move(bytes), std::move(name));
}

LogText::LogText(LogText&& other) noexcept
{
    *this = std::move(other);
}

LogText& LogText::operator=(LogText&& other) noexcept
{
    if (this == &other) return *this;
    release();
    m_name = std::move(other.m_name);
    m_lineStarts = std::move(other.m_lineStarts);
    m_size = other.m_size;
    m_modifiedMs = other.m_modifiedMs;
    m_mapping = other.m_mapping;
    if (m_mapping) {
        m_data = other.m_data;
    } else {
        // Moving a std::string may move its bytes (small-string buffer): point at ours.
        m_owned = std::move(other.m_owned);
        m_data = m_owned.data();
    }
    other.m_mapping = nullptr;
    other.m_owned.clear();
    other.m_data = "";
    other.m_size = 0;
    other.m_lineStarts.clear();
    return *this;
}

LogText::~LogText()
{
    release();
}

void LogText::release() noexcept
{
    if (m_mapping) ::munmap(m_mapping, static_cast<std::size_t>(m_size));
    m_mapping = nullptr;
}

void LogText::indexLines()
{
    m_lineStarts.clear();
    if (m_size == 0) return;
    // A rough guess avoids most regrowth on typical logs (~100 bytes a line).
    m_lineStarts.reserve(static_cast<std::size_t>(m_size / 64) + 1);
    m_lineStarts.push_back(0);
    const char* const begin = m_data;
    const char* const end = m_data + m_size;
    const char* p = begin;
    while (const void* hit = std::memchr(p, '\n', static_cast<std::size_t>(end - p))) {
        p = static_cast<const char*>(hit) + 1;
        if (p == end) break; // a final newline ends the last line, it does not start one
        m_lineStarts.push_back(static_cast<std::uint64_t>(p - begin));
    }
    m_lineStarts.shrink_to_fit();
}

std::string_view LogText::line(LineNumber n) const
{
    const std::uint64_t index = n.value();
    if (index >= m_lineStarts.size()) throw std::out_of_range("line number past the end of " + m_name);
    const std::uint64_t begin = m_lineStarts[index];
    std::uint64_t end = index + 1 < m_lineStarts.size() ? m_lineStarts[index + 1] - 1 : m_size;
    if (end > begin && m_data[end - 1] == '\n' && index + 1 == m_lineStarts.size()) --end;
    if (end > begin && m_data[end - 1] == '\r') --end;
    return {m_data + begin, static_cast<std::size_t>(end - begin)};
}

ByteOffset LogText::offsetOf(LineNumber n) const
{
    if (n.value() >= m_lineStarts.size()) throw std::out_of_range("line number past the end of " + m_name);
    return ByteOffset{m_lineStarts[n.value()]};
}

} // namespace logsleuth::text
