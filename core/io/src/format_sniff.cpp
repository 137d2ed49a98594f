// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "format_sniff.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace logsleuth::io::detail {
namespace {

bool startsWith(std::string_view head, std::string_view magic)
{
    return head.substr(0, magic.size()) == magic;
}

} // namespace

Compression sniffCompression(std::string_view head)
{
    using namespace std::string_view_literals;
    if (startsWith(head, "\x1f\x8b"sv)) return Compression::GZip;
    if (startsWith(head, "BZh"sv)) return Compression::BZip2;
    if (startsWith(head, "\xfd"
                         "7zXZ\0"sv))
        return Compression::Xz;
    if (startsWith(head, "\x28\xb5\x2f\xfd"sv)) return Compression::Zstd;
    return Compression::None;
}

Archive sniffArchive(std::string_view head)
{
    using namespace std::string_view_literals;
    // Local file header, or the end record alone of an empty zip.
    if (startsWith(head, "PK\x03\x04"sv) || startsWith(head, "PK\x05\x06"sv)) return Archive::Zip;
    if (startsWith(head, "7z\xbc\xaf\x27\x1c"sv)) return Archive::SevenZip;
    // POSIX "ustar\0" and GNU "ustar  " both start with "ustar" at 257.
    if (head.size() >= 262 && head.substr(257, 5) == "ustar"sv) return Archive::Tar;
    return Archive::None;
}

bool hasTarName(std::string_view fileName)
{
    std::string lower(fileName);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    static constexpr std::array<std::string_view, 11> kEndings = {
        ".tar",    ".tar.gz", ".tgz",     ".tar.bz2", ".tbz",      ".tbz2",
        ".tar.xz", ".txz",    ".tar.zst", ".tzst",    ".tar.zstd",
    };
    return std::any_of(kEndings.begin(), kEndings.end(),
                       [&](std::string_view ending) { return lower.ends_with(ending); });
}

} // namespace logsleuth::io::detail
