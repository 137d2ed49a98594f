// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "check.h"

#include "logsleuth/text/log_paths.h"
#include "logsleuth/text/log_text.h"
#include "temp_dir.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <optional>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

using namespace logsleuth::text;

namespace {

std::vector<std::string> linesOf(const LogText& text)
{
    std::vector<std::string> lines;
    for (LineNumber n{0}; n.value() < text.lineCount(); ++n)
        lines.emplace_back(text.line(n));
    return lines;
}

std::filesystem::path scratchDir()
{
    auto dir = std::filesystem::temp_directory_path() / ("tst_log_text." + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    return dir;
}

} // namespace

LS_TEST(lineIndexEdgeCases)
{
    struct Row {
        const char* name;
        std::string bytes;
        std::vector<std::string> lines;
    };
    const std::vector<Row> rows{
        {"empty", "", {}},
        {"one newline", "\n", {""}},
        {"no trailing newline", "a\nb", {"a", "b"}},
        {"trailing newline", "a\nb\n", {"a", "b"}},
        {"crlf", "a\r\nb", {"a", "b"}},
        {"crlf trailing", "a\r\nb\r\n", {"a", "b"}},
        {"mixed endings", "a\r\nb\nc\r\n\n", {"a", "b", "c", ""}},
        {"lone cr stays", "a\rb\n", {"a\rb"}},
        {"empty lines", "\n\n\n", {"", "", ""}},
        {"nul bytes", std::string("a\0b\n\0\n", 6), {std::string("a\0b", 3), std::string("\0", 1)}},
        {"invalid utf8", "\xff\xfe\n\xc3(", {"\xff\xfe", "\xc3("}},
    };
    for (const Row& row : rows) {
        LS_ROW(row.name);
        const LogText text = LogText::fromBytes(row.bytes, row.name);
        CHECK_EQ(text.lineCount(), row.lines.size());
        CHECK(linesOf(text) == row.lines);
        CHECK_EQ(text.byteSize(), row.bytes.size());
        CHECK(text.bytes() == row.bytes);
    }
}

LS_TEST(offsets)
{
    const LogText text = LogText::fromBytes("ab\r\ncd\n\nef", "offsets");
    CHECK_EQ(text.offsetOf(LineNumber{0}).value(), 0u);
    CHECK_EQ(text.offsetOf(LineNumber{1}).value(), 4u);
    CHECK_EQ(text.offsetOf(LineNumber{2}).value(), 7u);
    CHECK_EQ(text.offsetOf(LineNumber{3}).value(), 8u);
    CHECK_THROWS(text.line(LineNumber{4}));
    CHECK_THROWS(text.offsetOf(LineNumber{4}));
}

LS_TEST(hugeLine)
{
    std::string bytes(50u << 20, 'x');
    bytes += "\nshort\n";
    const LogText text = LogText::fromBytes(std::move(bytes), "huge");
    CHECK_EQ(text.lineCount(), 2u);
    CHECK_EQ(text.line(LineNumber{0}).size(), std::size_t{50u << 20});
    CHECK(text.line(LineNumber{1}) == "short");
}

LS_TEST(moveKeepsBytes)
{
    LogText a = LogText::fromBytes("small\nx", "small string buffer");
    LogText b = std::move(a);
    CHECK(b.line(LineNumber{0}) == "small");
    CHECK_EQ(b.name(), std::string("small string buffer"));
}

LS_TEST(readAllFromStream)
{
    std::istringstream in("one\ntwo\n");
    const LogText text = LogText::readAll(in, "-");
    CHECK_EQ(text.name(), std::string("-"));
    CHECK_EQ(text.lineCount(), 2u);
    CHECK(text.line(LineNumber{1}) == "two");
}

LS_TEST(openFiles)
{
    const auto dir = scratchDir();
    struct Row {
        const char* name;
        std::string bytes;
        std::size_t lines;
        bool settled; // last written an hour ago: mapped rather than read
    };
    const std::vector<Row> rows{{"settled file (mapped)", "x 1\ny 2\r\nz 3", 3, true},
                                {"fresh file (read)", "x 1\ny 2\r\nz 3", 3, false},
                                {"empty file (read)", "", 0, true}};
    for (const Row& row : rows) {
        LS_ROW(row.name);
        const auto path = dir / "sample.log";
        std::ofstream(path, std::ios::binary) << row.bytes;
        if (row.settled)
            std::filesystem::last_write_time(path, std::filesystem::file_time_type::clock::now() -
                                                       std::chrono::hours(1));
        const LogText text = LogText::openFile(path);
        CHECK_EQ(text.lineCount(), row.lines);
        CHECK(text.bytes() == row.bytes);
        CHECK_EQ(text.name(), path.string());
    }
    LS_ROW("proc file (size 0, read)");
    const LogText proc = LogText::openFile("/proc/self/status");
    CHECK(proc.lineCount() > 3);
    CHECK(proc.line(LineNumber{0}).starts_with("Name:"));

    LS_ROW("missing file");
    const auto missing = dir / "does-not-exist.log";
    try {
        (void)LogText::openFile(missing);
        CHECK(!"expected TextError");
    } catch (const TextError& e) {
        const std::string what = e.what();
        CHECK(what.find("cannot open " + missing.string()) != std::string::npos);
        CHECK(what.find("No such file") != std::string::npos);
    }
    LS_ROW("directory");
    try {
        (void)LogText::openFile(dir);
        CHECK(!"expected TextError");
    } catch (const TextError& e) {
        CHECK(std::string(e.what()) == "cannot open " + dir.string() + ": is a directory");
    }
    std::filesystem::remove_all(dir);
}

namespace {

// 100,000 numbered lines ("line 7 of an active log") written to `path`; the bytes written.
std::string writeNumberedLines(const std::filesystem::path& path, const std::string& kind)
{
    std::string bytes;
    for (int i = 0; i < 100000; ++i)
        bytes += "line " + std::to_string(i) + " of " + (kind == "active" ? "an " : "a ") + kind + " log\n";
    std::ofstream(path, std::ios::binary) << bytes;
    return bytes;
}

} // namespace

// logrotate's copytruncate empties a file that is still being written. A file opened while it
// was fresh must survive that: no SIGBUS, and the lines read stay readable.
LS_TEST(freshFileSurvivesTruncation)
{
    const auto dir = scratchDir();
    const auto path = dir / "active.log";
    const std::string bytes = writeNumberedLines(path, "active");
    const LogText text = LogText::openFile(path);
    std::filesystem::resize_file(path, 0);
    CHECK_EQ(text.lineCount(), 100000u);
    std::size_t total = 0;
    for (std::uint64_t i = 0; i < text.lineCount(); ++i)
        total += text.line(LineNumber{i}).size() + 1;
    CHECK_EQ(total, bytes.size());
    CHECK(text.line(LineNumber{99999}) == "line 99999 of an active log");
    std::filesystem::remove_all(dir);
}

// ... and a settled file, mapped, that is truncated after all (a quiet log rotated at midnight
// while the window has it open): reading it raises no SIGBUS, the vanished pages read as NUL
// bytes, and the lines keep their count. Run in a child process, so that a crash fails the test
// rather than ending it.
LS_TEST(settledFileSurvivesTruncation)
{
    const auto dir = scratchDir();
    const auto path = dir / "quiet.log";
    const std::string bytes = writeNumberedLines(path, "quiet");
    std::filesystem::last_write_time(path,
                                     std::filesystem::file_time_type::clock::now() - std::chrono::hours(1));
    const pid_t child = ::fork();
    if (child == 0) {
        const LogText text = LogText::openFile(path);
        std::filesystem::resize_file(path, 0);
        std::size_t total = 0, nul = 0;
        for (std::uint64_t i = 0; i < text.lineCount(); ++i) {
            const std::string_view line = text.line(LineNumber{i});
            total += line.size() + 1;
            nul += static_cast<std::size_t>(std::count(line.begin(), line.end(), '\0'));
        }
        // (The last line's newline is a NUL now, so it ends no line: one byte more.)
        const bool read = text.lineCount() == 100000u && total <= bytes.size() + 1 && 2 * nul >= total;
        ::_exit(read ? 0 : 1);
    }
    int status = 0;
    CHECK_EQ(::waitpid(child, &status, 0), child);
    CHECK(WIFEXITED(status));
    CHECK_EQ(WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status), 0);
    std::filesystem::remove_all(dir);
}

namespace {

// "a\nb€" as UTF-16 in either byte order, optionally with a byte-order mark.
std::string utf16(bool littleEndian, bool bom)
{
    const std::vector<std::uint16_t> units{'2',  '0', ' ',    'k',    0x00E9, '\r',
                                           '\n', 'b', 0x20AC, 0xD83D, 0xDE00};
    std::string bytes;
    auto put = [&](std::uint16_t u) {
        const char lo = static_cast<char>(u & 0xFF), hi = static_cast<char>(u >> 8);
        bytes += littleEndian ? std::string{lo, hi} : std::string{hi, lo};
    };
    if (bom) put(0xFEFF);
    for (auto u : units)
        put(u);
    return bytes;
}

} // namespace

// Windows exports: UTF-16 is decoded to UTF-8 and split into lines there, not on 0x0A bytes.
LS_TEST(utf16IsDecoded)
{
    const std::string expected1 = "20 k\xC3\xA9", expected2 = "b\xE2\x82\xAC\xF0\x9F\x98\x80";
    for (bool littleEndian : {true, false}) {
        for (bool bom : {true, false}) {
            LS_ROW(std::string(littleEndian ? "le" : "be") + (bom ? " bom" : " no bom"));
            const std::string bytes =
                utf16(littleEndian, bom) + utf16(littleEndian, false) + utf16(littleEndian, false);
            const auto path = scratchDir() / "utf16.log";
            std::ofstream(path, std::ios::binary) << bytes;
            const LogText text = LogText::openFile(path);
            CHECK_EQ(text.encoding(), std::string(littleEndian ? "utf-16le" : "utf-16be"));
            CHECK_EQ(text.lineCount(), std::size_t{4});
            CHECK_EQ(std::string(text.line(LineNumber{0})), expected1);
            CHECK(std::string(text.line(LineNumber{1})).starts_with(expected2));
            CHECK(!text.looksBinary());
        }
    }
    // A UTF-8 byte-order mark is skipped, also after a move.
    LogText bom = LogText::fromBytes("\xEF\xBB\xBF"
                                     "first\nsecond\n",
                                     "bom.log");
    LogText moved = std::move(bom);
    CHECK_EQ(moved.encoding(), std::string("utf-8"));
    CHECK_EQ(std::string(moved.line(LineNumber{0})), std::string("first"));
    // A lone odd byte at the end of UTF-16 becomes U+FFFD instead of being dropped.
    const LogText odd = LogText::fromBytes(std::string("\xFF\xFE"
                                                       "a\0b",
                                                       5),
                                           "odd.log");
    CHECK_EQ(std::string(odd.line(LineNumber{0})), std::string("a\xEF\xBF\xBD"));
}

LS_TEST(binaryIsFlagged)
{
    std::string junk;
    for (int i = 0; i < 8192; ++i)
        junk += static_cast<char>((i * 7919) % 256);
    CHECK(LogText::fromBytes(junk, "junk.bin").looksBinary());
    const auto notices = LogText::fromBytes(junk, "junk.bin").notices();
    CHECK_EQ(notices.size(), std::size_t{1});
    CHECK(!notices.empty() && notices.front().starts_with("junk.bin: looks like binary data"));
    CHECK(LogText::fromBytes("plain text\n", "ok.log").notices().empty());
    CHECK(!LogText::fromBytes("2024-01-01 INFO fine\n\ttabbed\n", "ok.log").looksBinary());
    CHECK(!LogText::fromBytes("", "empty.log").looksBinary());
}

// A log written for a terminal (a coloured logger's output captured to a file) loses its colour
// codes when read; a follower still reads on from the file's own size, and a line or two of
// escapes in a plain log are left as they are.
LS_TEST(terminalColourCodesAreRemoved)
{
    std::string coloured;
    for (int i = 0; i < 10; ++i)
        coloured += "\x1B[2m2026-12-01 10:00:0" + std::to_string(i) +
                    "\x1B[0m \x1B[32mINFO\x1B[0m \x1B[1;36m[main]\x1B[0m ready " + std::to_string(i) + "\n";
    const auto path = scratchDir() / "coloured.log";
    std::ofstream(path, std::ios::binary) << coloured;
    const LogText text = LogText::openFile(path);
    CHECK(text.colourCodesRemoved());
    CHECK_EQ(text.lineCount(), std::size_t{10});
    CHECK_EQ(std::string(text.line(LineNumber{3})), std::string("2026-12-01 10:00:03 INFO [main] ready 3"));
    CHECK_EQ(text.followOffset(), std::optional<std::uint64_t>(coloured.size()));
    const auto notices = text.notices();
    CHECK(notices.size() == 1 && notices.front().ends_with("coloured.log: terminal colour codes removed"));
    CHECK(!text.looksBinary());

    // One escape among many lines, and an ESC that starts no sequence, stay.
    std::string plain = "a \x1B[31mred\x1B[0m word\n";
    for (int i = 0; i < 40; ++i)
        plain += "plain line " + std::to_string(i) + "\n";
    plain += "lone \x1B escape\n";
    const LogText kept = LogText::fromBytes(plain, "plain.log");
    CHECK(!kept.colourCodesRemoved());
    CHECK_EQ(std::string(kept.line(LineNumber{0})), std::string("a \x1B[31mred\x1B[0m word"));
    LogText appended = LogText::fromBytes(plain, "plain.log");
    appended.removeColourCodes();
    CHECK_EQ(std::string(appended.line(LineNumber{0})), std::string("a red word"));
    CHECK_EQ(std::string(appended.line(LineNumber{41})), std::string("lone \x1B escape"));

    // ... and written as JSON escapes them (Docker's json-file log driver), the JSON stays whole;
    // an escaped backslash before "u001b" is no escape.
    std::string json;
    for (int i = 0; i < 10; ++i)
        json += R"({"log":"[2026-12-01 10:00:0)" + std::to_string(i) +
                R"(] \u001b[36mINFO\u001b[39m \"GET /\" \u001B[32m200\u001b[39m 9ms\n","stream":"stdout"})" +
                "\n";
    json += R"({"log":"C:\\u001b[36m is a folder\n"})"
            "\n";
    const LogText docker = LogText::fromBytes(json, "container-json.log");
    CHECK(docker.colourCodesRemoved());
    CHECK_EQ(std::string(docker.line(LineNumber{2})),
             std::string(R"({"log":"[2026-12-01 10:00:02] INFO \"GET /\" 200 9ms\n","stream":"stdout"})"));
    CHECK_EQ(std::string(docker.line(LineNumber{10})),
             std::string(R"({"log":"C:\\u001b[36m is a folder\n"})"));
}

LS_TEST(indexThroughput)
{
    // ~100 bytes a line, like a typical log; the target is > 1 GB/s, the check 10x looser.
    std::string bytes;
    const std::string line(99, 'a');
    while (bytes.size() < (200u << 20))
        bytes.append(line).push_back('\n');
    const auto start = std::chrono::steady_clock::now();
    const LogText text = LogText::fromBytes(std::move(bytes), "bench");
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double gbPerSecond = static_cast<double>(text.byteSize()) / seconds / 1e9;
    std::printf("line index: %.2f GB/s (%zu lines)\n", gbPerSecond, text.lineCount());
    CHECK(gbPerSecond > 0.1);
}

// A folder stands for its files, as `lnav /var/log/app` reads it: regular files in natural name
// order (app.log.2 before app.log.10), a symbolic link to a file too, no hidden files and no
// subfolders (said so), at most kMaxFilesPerDirectory (said so); a named file or a missing path
// stays as given.
LS_TEST(aFolderStandsForItsFiles)
{
    logsleuth::testing::TempDir dir("log-paths");
    const auto write = [&](const std::string& name) { std::ofstream(dir.path / name) << "line\n"; };
    for (const char* name : {"app.log", "app.log.10", "app.log.2", "app.log.2.gz", ".hidden", "Zeta.txt"})
        write(name);
    std::filesystem::create_directory(dir.path / "old");
    std::filesystem::create_symlink(dir.path / "app.log", dir.path / "current.log");
    const std::string folder = dir.path.string();
    const LogPaths found = expandLogPaths({folder, "-", folder + "/missing.log"});
    std::vector<std::string> names;
    for (const LogPath& file : found.files)
        names.push_back(file.fromDirectory ? std::filesystem::path(file.path).filename().string()
                                           : "given:" + file.path);
    CHECK(names == (std::vector<std::string>{"Zeta.txt", "app.log", "app.log.2", "app.log.2.gz", "app.log.10",
                                             "current.log", "given:-", "given:" + folder + "/missing.log"}));
    CHECK_EQ(found.notes.size(), std::size_t(1));
    CHECK(found.notes.front().find("1 subdirectory not read") != std::string::npos);

    logsleuth::testing::TempDir many("log-paths-many");
    for (std::size_t i = 0; i <= kMaxFilesPerDirectory; ++i)
        std::ofstream(many.path / ("part-" + std::to_string(i) + ".log")) << "x\n";
    const LogPaths capped = expandLogPaths({many.path.string()});
    CHECK_EQ(capped.files.size(), kMaxFilesPerDirectory);
    CHECK_EQ(std::filesystem::path(capped.files.back().path).filename().string(),
             "part-" + std::to_string(kMaxFilesPerDirectory - 1) + ".log");
    CHECK_EQ(capped.notes.size(), std::size_t(1));

    logsleuth::testing::TempDir empty("log-paths-empty");
    const LogPaths none = expandLogPaths({empty.path.string()});
    CHECK(none.files.empty());
    CHECK(none.notes.size() == 1 && none.notes.front().find("an empty directory") != std::string::npos);
}

LS_TEST_MAIN()
