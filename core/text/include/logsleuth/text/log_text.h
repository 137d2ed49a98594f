// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The bytes of one log source plus the index of where each line starts. Everything is bytes:
// NUL bytes, invalid UTF-8 and huge lines are carried through untouched.
#pragma once

#include "logsleuth/text/types.h"

#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace logsleuth::text {

class TextError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class LogText {
public:
    // Regular files are mapped read-only; pipes, /proc files, empty files and files modified in
    // the last two minutes (they may still be written or truncated) are read instead.
    // Throws TextError("cannot open <path>: <reason>").
    static LogText openFile(const std::filesystem::path& path);
    // The complete lines within the first maxBytes of a regular file, named and dated as
    // openFile names and dates the whole (what a big file's first screen shows while the rest
    // is read). Null when the path is not a regular file of more than maxBytes, when it looks
    // like UTF-16 or binary (its lines cannot be cut on a newline byte), or when no line ends
    // within maxBytes. Throws TextError as openFile does.
    static std::optional<LogText> openFileHead(const std::filesystem::path& path, std::uint64_t maxBytes);
    static LogText fromBytes(std::string bytes, std::string name);
    static LogText readAll(std::istream& in, std::string name); // e.g. stdin, name "-"

    LogText(LogText&& other) noexcept;
    LogText& operator=(LogText&& other) noexcept;
    LogText(const LogText&) = delete;
    LogText& operator=(const LogText&) = delete;
    ~LogText();

    const std::string& name() const { return m_name; }
    // "a\nb" = 2, "a\nb\n" = 2, "" = 0, "\n" = 1 (one empty line), "a\r\nb" = 2
    std::size_t lineCount() const { return m_lineStarts.size(); }
    // Without the "\n" or "\r\n". Throws std::out_of_range past the end.
    std::string_view line(LineNumber n) const;
    ByteOffset offsetOf(LineNumber n) const;
    std::uint64_t byteSize() const { return m_size; }
    std::string_view bytes() const { return {m_data, static_cast<std::size_t>(m_size)}; }
    // What the source was written in: "utf-8" (also plain ASCII and unknown 8-bit text),
    // "utf-16le" or "utf-16be". UTF-16 sources are decoded to UTF-8 when read, so lines and
    // bytes() are UTF-8 whatever the file held; a UTF-8 byte-order mark is skipped.
    const std::string& encoding() const { return m_encoding; }
    // True when the source was written for a terminal and its colour codes were taken out when
    // it was read (then lines and bytes() hold the text without them).
    bool colourCodesRemoved() const { return m_colourCodesRemoved; }
    // Takes the colour codes out whatever their share (bytes appended to a log whose first read
    // took them out): the text is then held in memory.
    void removeColourCodes();
    // True when most of the first 64 KiB are control bytes: a binary file, not a log.
    bool looksBinary() const { return m_looksBinary; }
    // What a person should know before trusting the rows, one line each naming the source:
    // "x.log: decoded from utf-16le", "x.bin: looks like binary data …". Empty for plain text.
    std::vector<std::string> notices() const;
    // When the bytes were last written (ms since the epoch): the file's mtime, or the time it
    // was read for streams. Dates without a year take theirs from it.
    std::int64_t modifiedMs() const { return m_modifiedMs; }
    void setModifiedMs(std::int64_t ms) { m_modifiedMs = ms; }
    // For a regular file read as UTF-8 (not decompressed, not decoded from UTF-16): how many of
    // its bytes were read, which is where a follower of the growing file reads on (colour codes
    // counted: they are in the file).
    std::optional<std::uint64_t> followOffset() const
    {
        return m_encoding == "utf-8" && m_fileBytes >= 0 ? std::optional<std::uint64_t>(m_fileBytes)
                                                         : std::nullopt;
    }

private:
    LogText() = default;
    void indexLines();
    void decodeIfUtf16(); // then indexLines()
    void release() noexcept;

    std::string m_name;
    std::string m_owned;       // the bytes when they were read or handed over
    void* m_mapping = nullptr; // the bytes when the file is mapped
    std::size_t m_mappedSize = 0;
    const char* m_data = "";
    std::uint64_t m_size = 0;
    std::int64_t m_modifiedMs = 0;
    std::int64_t m_fileBytes = -1; // bytes read from a regular file; -1 for anything else
    std::string m_encoding = "utf-8";
    bool m_looksBinary = false;
    bool m_colourCodesRemoved = false;
    std::vector<std::uint64_t> m_lineStarts;
};

} // namespace logsleuth::text
