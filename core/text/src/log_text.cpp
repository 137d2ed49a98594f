// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/text/log_text.h"

#include "mapping_guard.h"
#include "utf8.h"

#include <algorithm>
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

// For what is not mapped: files still being written, pipes, character devices, /proc files
// that report size 0. `sizeHint` (the size fstat saw, 0 when unknown) is allocated at once: a
// buffer grown by doubling copies a big file several times over.
std::string readEverything(int fd, const std::filesystem::path& path, std::size_t sizeHint)
{
    std::string bytes;
    if (sizeHint > 0) bytes.resize(sizeHint + 1); // +1: the end of the file is seen without growing
    std::size_t used = 0;
    std::size_t chunk = 1 << 16;
    for (;;) {
        // Growth in steps of at most 16 MiB keeps the peak near the input's size for a pipe.
        if (used == bytes.size()) {
            bytes.resize(used + chunk);
            if (chunk < (std::size_t{1} << 24)) chunk *= 2;
        }
        const ssize_t got = ::read(fd, bytes.data() + used, bytes.size() - used);
        if (got < 0) {
            if (errno == EINTR) continue;
            throw TextError(openError(path, std::strerror(errno)));
        }
        if (got == 0) break;
        used += static_cast<std::size_t>(got);
    }
    bytes.resize(used);
    return bytes;
}

constexpr std::time_t kSettledSeconds = 120;

// UTF-16 to UTF-8; unpaired surrogates and a trailing odd byte become U+FFFD.
std::string decodeUtf16(std::string_view bytes, bool littleEndian)
{
    std::string out;
    out.reserve(bytes.size() / 2 + 16);
    auto unit = [&](std::size_t i) {
        const auto a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
        return static_cast<std::uint32_t>(littleEndian ? (a | (b << 8)) : ((a << 8) | b));
    };
    std::size_t i = 0;
    for (; i + 1 < bytes.size(); i += 2) {
        std::uint32_t u = unit(i);
        if (u >= 0xD800 && u <= 0xDBFF && i + 3 < bytes.size()) {
            const std::uint32_t low = unit(i + 2);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                detail::appendUtf8(out, 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
                i += 2;
                continue;
            }
        }
        if (u >= 0xD800 && u <= 0xDFFF) u = 0xFFFD;
        detail::appendUtf8(out, u);
    }
    if (i < bytes.size()) detail::appendUtf8(out, 0xFFFD);
    return out;
}

// UTF-16 without a byte-order mark shows as ASCII text with every other byte zero.
int utf16Guess(std::string_view head)
{
    const std::size_t n = std::min<std::size_t>(head.size() & ~std::size_t{1}, 4096);
    if (n < 8) return 0;
    std::size_t zeroEven = 0, zeroOdd = 0;
    for (std::size_t i = 0; i < n; i += 2) {
        zeroEven += head[i] == 0;
        zeroOdd += head[i + 1] == 0;
    }
    const std::size_t units = n / 2;
    if (zeroOdd * 10 >= units * 7 && zeroEven * 10 <= units) return 1; // little-endian
    if (zeroEven * 10 >= units * 7 && zeroOdd * 10 <= units) return 2; // big-endian
    return 0;
}

// The bytes of an ESC at `at`: the byte itself, or "\u001b" as JSON escapes it (Docker's json-file
// log driver writes a coloured program's output so); 0 for anything else.
std::size_t escapeLength(std::string_view text, std::size_t at)
{
    if (at < text.size() && text[at] == '\x1B') return 1;
    const std::string_view escaped = text.substr(at, 6);
    return escaped == "\\u001b" || escaped == "\\u001B" ? 6 : 0;
}

// The length of a terminal control sequence (ESC [ parameters final-byte: colours, bold,
// erase) at `at`, or 0.
std::size_t controlSequenceLength(std::string_view text, std::size_t at)
{
    const std::size_t escape = escapeLength(text, at);
    if (escape == 0 || at + escape + 1 > text.size() || text[at + escape] != '[') return 0;
    std::size_t p = at + escape + 1;
    while (p < text.size() && static_cast<unsigned char>(text[p]) >= 0x20 &&
           static_cast<unsigned char>(text[p]) <= 0x3F)
        ++p;
    if (p >= text.size() || static_cast<unsigned char>(text[p]) < 0x40 ||
        static_cast<unsigned char>(text[p]) > 0x7E)
        return 0;
    return p + 1 - at;
}

// Whether a log was written for a terminal: colour codes on at least one line in twenty of its
// first 64 KiB (three at least), as a logger that colours its levels writes them when its
// output is captured to a file (`docker logs`, `kubectl logs`).
bool colouredForATerminal(std::string_view text)
{
    const std::string_view head = text.substr(0, 1 << 16);
    std::size_t lines = 0, coloured = 0;
    for (std::size_t start = 0; start < head.size();) {
        std::size_t end = head.find('\n', start);
        if (end == std::string_view::npos) end = head.size();
        ++lines;
        const std::string_view line = head.substr(start, end - start);
        for (const std::string_view opening :
             {std::string_view("\x1B["), std::string_view("\\u001b["), std::string_view("\\u001B[")})
            if (const std::size_t escape = line.find(opening);
                escape != std::string_view::npos && controlSequenceLength(head, start + escape) > 0) {
                ++coloured;
                break;
            }
        start = end + 1;
    }
    return coloured >= 3 && coloured * 20 >= lines;
}

std::string withoutControlSequences(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        // The next ESC, raw or escaped; "\\u001b" is an escaped backslash, not an escape.
        constexpr std::string_view starts("\x1B\\", 2);
        std::size_t escape = text.find_first_of(starts, at);
        while (escape != std::string_view::npos && escapeLength(text, escape) == 0)
            escape = text.find_first_of(starts, escape + 2);
        if (escape == std::string_view::npos) {
            out.append(text.substr(at));
            break;
        }
        out.append(text.substr(at, escape - at));
        const std::size_t length = controlSequenceLength(text, escape);
        const std::size_t kept = length == 0 ? escapeLength(text, escape) : 0;
        out.append(text.substr(escape, kept));
        at = escape + std::max(length, kept);
    }
    return out;
}

// Bytes no text holds: control characters other than blanks and ESC, and bytes that are not
// part of a valid UTF-8 sequence. Random or compiled data is mostly these; logs almost never.
bool mostlyControlBytes(std::string_view head)
{
    const std::size_t n = std::min<std::size_t>(head.size(), 1 << 16);
    if (n == 0) return false;
    std::size_t odd = 0;
    for (std::size_t i = 0; i < n;) {
        const auto c = static_cast<unsigned char>(head[i]);
        if (c < 0x80) {
            odd += c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B) || c == 0x7F;
            ++i;
            continue;
        }
        const std::size_t length = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
        bool valid = length > 0 && i + length <= n;
        for (std::size_t k = 1; valid && k < length; ++k)
            valid = (static_cast<unsigned char>(head[i + k]) & 0xC0) == 0x80;
        if (valid) {
            i += length;
        } else {
            ++odd;
            ++i;
        }
    }
    return odd * 10 > n * 3;
}

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
    // A file written to within the last minutes is read into memory: it may still grow or be
    // truncated. Settled files, most of a big investigation, are mapped, and guarded: one that is
    // truncated after all (logrotate's copytruncate) reads zeros where its pages were, instead of
    // raising SIGBUS (mapping_guard.h).
    const bool settled = info.st_mtime + kSettledSeconds < std::time(nullptr);
    if (S_ISREG(info.st_mode) && info.st_size > 0 && settled) {
        const auto size = static_cast<std::size_t>(info.st_size);
        void* mapping = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, file.fd, 0);
        if (mapping != MAP_FAILED && !detail::guardMapping(mapping, size)) {
            ::munmap(mapping, size);
            mapping = MAP_FAILED;
        }
        if (mapping != MAP_FAILED) {
            // One pass to index, later passes to mine: sequential read-ahead pays off.
            ::madvise(mapping, size, MADV_SEQUENTIAL);
            text.m_mapping = mapping;
            text.m_mappedSize = size;
            text.m_data = static_cast<const char*>(mapping);
            text.m_size = size;
            text.m_fileBytes = static_cast<std::int64_t>(size);
            text.decodeIfUtf16();
            return text;
        }
    }
    text.m_owned =
        readEverything(file.fd, path, S_ISREG(info.st_mode) ? static_cast<std::size_t>(info.st_size) : 0);
    text.m_data = text.m_owned.data();
    text.m_size = text.m_owned.size();
    if (S_ISREG(info.st_mode)) text.m_fileBytes = static_cast<std::int64_t>(text.m_owned.size());
    text.decodeIfUtf16();
    return text;
}

std::optional<LogText> LogText::openFileHead(const std::filesystem::path& path, std::uint64_t maxBytes)
{
    FileDescriptor file{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
    if (file.fd < 0) throw TextError(openError(path, std::strerror(errno)));
    struct stat info{};
    if (::fstat(file.fd, &info) != 0) throw TextError(openError(path, std::strerror(errno)));
    if (!S_ISREG(info.st_mode) || std::uint64_t(info.st_size) <= maxBytes) return std::nullopt;

    std::string bytes(static_cast<std::size_t>(maxBytes), '\0');
    std::size_t used = 0;
    while (used < bytes.size()) {
        const ssize_t got = ::pread(file.fd, bytes.data() + used, bytes.size() - used, off_t(used));
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) throw TextError(openError(path, std::strerror(errno)));
        if (got == 0) break;
        used += static_cast<std::size_t>(got);
    }
    bytes.resize(used);
    // A NUL byte is UTF-16's or a binary file's: a newline byte is no line end there.
    if (bytes.find('\0') != std::string::npos) return std::nullopt;
    const std::size_t lastLineEnd = bytes.rfind('\n');
    if (lastLineEnd == std::string::npos) return std::nullopt;
    bytes.resize(lastLineEnd + 1);

    LogText text = fromBytes(std::move(bytes), path.string());
    text.m_modifiedMs = static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1000 +
                        static_cast<std::int64_t>(info.st_mtim.tv_nsec / 1000000);
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
    text.decodeIfUtf16();
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
    m_fileBytes = other.m_fileBytes;
    m_encoding = std::move(other.m_encoding);
    m_colourCodesRemoved = other.m_colourCodesRemoved;
    m_looksBinary = other.m_looksBinary;
    m_mapping = other.m_mapping;
    m_mappedSize = other.m_mappedSize;
    if (m_mapping) {
        m_data = other.m_data;
    } else {
        // Moving a std::string may move its bytes (small-string buffer): point at ours, at the
        // same offset (a skipped byte-order mark).
        const auto offset = other.m_owned.empty()
                                ? std::size_t{0}
                                : static_cast<std::size_t>(other.m_data - other.m_owned.data());
        m_owned = std::move(other.m_owned);
        m_data = m_owned.data() + std::min(offset, m_owned.size());
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
    if (m_mapping) {
        detail::unguardMapping(m_mapping);
        ::munmap(m_mapping, m_mappedSize);
    }
    m_mapping = nullptr;
    m_mappedSize = 0;
}

std::vector<std::string> LogText::notices() const
{
    std::vector<std::string> notes;
    if (m_encoding != "utf-8") notes.push_back(m_name + ": decoded from " + m_encoding);
    if (m_colourCodesRemoved) notes.push_back(m_name + ": terminal colour codes removed");
    if (m_looksBinary)
        notes.push_back(m_name + ": looks like binary data, not text (its rows will be mostly noise)");
    return notes;
}

void LogText::decodeIfUtf16()
{
    const std::string_view all(m_data, static_cast<std::size_t>(m_size));
    int utf16 = 0; // 1 little-endian, 2 big-endian
    std::size_t skip = 0;
    // A byte-order mark, and the NUL bytes that UTF-16 text of any log has (digits, blanks):
    // "\xFF\xFE" alone may just as well start a file of invalid 8-bit text.
    const bool hasNul = all.substr(0, 4096).find('\0') != std::string_view::npos;
    if (all.size() >= 2 && all[0] == '\xFF' && all[1] == '\xFE' && hasNul) {
        utf16 = 1;
        skip = 2;
    } else if (all.size() >= 2 && all[0] == '\xFE' && all[1] == '\xFF' && hasNul) {
        utf16 = 2;
        skip = 2;
    } else {
        utf16 = utf16Guess(all);
    }
    if (utf16 != 0) {
        std::string decoded = decodeUtf16(all.substr(skip), utf16 == 1);
        release();
        m_owned = std::move(decoded);
        m_data = m_owned.data();
        m_size = m_owned.size();
        m_encoding = utf16 == 1 ? "utf-16le" : "utf-16be";
    } else if (all.size() >= 3 && all.substr(0, 3) == "\xEF\xBB\xBF") {
        m_data += 3; // the UTF-8 byte-order mark is no part of the first line
        m_size -= 3;
    }
    if (colouredForATerminal(std::string_view(m_data, static_cast<std::size_t>(m_size)))) {
        removeColourCodes();
        return; // lines indexed
    }
    m_looksBinary = mostlyControlBytes(std::string_view(m_data, static_cast<std::size_t>(m_size)));
    indexLines();
}

void LogText::removeColourCodes()
{
    std::string plain = withoutControlSequences(std::string_view(m_data, static_cast<std::size_t>(m_size)));
    release();
    m_owned = std::move(plain);
    m_data = m_owned.data();
    m_size = m_owned.size();
    m_colourCodesRemoved = true;
    m_looksBinary = mostlyControlBytes(std::string_view(m_data, static_cast<std::size_t>(m_size)));
    indexLines();
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
