// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Paths in a message, for the masker (mask.cpp): absolute unix paths, relative file paths and
// Windows paths, with the blanks a file or folder name may hold. Each returns the length of the
// path that starts at `i` in `s`, or 0.
#pragma once

#include <cstddef>
#include <string_view>

namespace logsleuth::text::detail {

// A path's query as a scan walks it, a character at a time: after its '?' brackets hold what a
// program fills in ("?token=[masked]", "?filter[name]=x"), so the bracket that closes one ends
// neither the query nor the path.
struct QueryWalk {
    bool query = false; // past the '?'
    int brackets = 0;   // the query's brackets still open

    bool closesOwnBracket(char c) const { return c == ']' && brackets > 0; }
    void step(char c)
    {
        query = query || c == '?';
        brackets += query && c == '[' ? 1 : c == ']' ? -1 : 0;
    }
};

struct PathScanner {
    std::string_view s;

    char at(std::size_t i) const { return i < s.size() ? s[i] : '\0'; }

    // An absolute unix path of at least two segments (one where quotes or slashes on both sides
    // make it a value).
    std::size_t path(std::size_t i) const;
    // A relative file path whose last name has an extension or a dotted version; `runEnd` is where
    // the run of path characters ends.
    std::size_t relativePath(std::size_t i, std::size_t& runEnd) const;
    // A drive, UNC or NT object path with at least one segment after its root.
    std::size_t windowsPath(std::size_t i) const;

    static bool pathStop(char c);
    static bool hasFileExtension(std::string_view name);
    static bool hasDottedVersion(std::string_view name);

private:
    std::size_t fileNameWithBlank(std::size_t i, std::size_t end) const;
    std::size_t spacedFileNameLength(std::size_t p, std::size_t root) const;
};

// Whether a message is one source file's name alone, blanks aside: a compiler's echo of what it
// compiles (MSVC's "  adler32.c").
bool isLoneSourceFile(std::string_view message);

} // namespace logsleuth::text::detail
