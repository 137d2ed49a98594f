// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The core's follower on real files in a real folder: growth in complete lines, a line finished
// later, a rotation (rename, then a new file at the path) and a truncation, files that appear in
// a followed folder (text, UTF-16, binary, compressed by the caller's test, a rotation's rename
// not read twice), an unreadable one, and a cancelled look.
#include "check.h"
#include "temp_dir.h"

#include "logsleuth/text/corpus.h"
#include "logsleuth/text/file_follower.h"

#include <sys/stat.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

using namespace logsleuth::text;
using logsleuth::TaskControl;
using logsleuth::testing::TempDir;
namespace fs = std::filesystem;

namespace {

void write(const fs::path& path, const std::string& bytes, bool append = false)
{
    std::ofstream out(path, std::ios::binary | (append ? std::ios::app : std::ios::trunc));
    out << bytes;
}

std::string lines(int from, int count)
{
    std::string text;
    for (int i = from; i < from + count; ++i)
        text +=
            "2024-01-01 10:00:" + std::to_string(10 + i % 50) + " INFO job " + std::to_string(i) + " done\n";
    return text;
}

struct Followed {
    Corpus corpus;
    FileFollower follower;
    FollowLook look()
    {
        return follower.look([this]() -> Corpus& { return corpus; });
    }
};

// The log in `dir/app.log` (and whatever else is in `dir`), opened and mined, followed with the
// folder when `withFolder`.
void open(Followed& followed, const fs::path& dir, bool withFolder, FileFollower::PackedTest isPacked = {})
{
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.is_regular_file()) followed.corpus.addSource(LogText::openFile(entry.path()));
    CHECK(followed.corpus.mine());
    followed.follower = FileFollower(
        followed.corpus, withFolder ? std::vector<std::string>{dir.string()} : std::vector<std::string>{},
        std::move(isPacked));
}

std::string kindsOf(const FollowLook& look)
{
    std::string kinds;
    for (const FollowEvent& event : look.events)
        kinds += std::to_string(int(event.kind)) + ":" + fs::path(event.path).filename().string() + " ";
    return kinds;
}

std::string eventString(FollowEvent::Kind kind, const std::string& name)
{
    return std::to_string(int(kind)) + ":" + name + " ";
}

} // namespace

LS_TEST(aFileGrowsByCompleteLines)
{
    TempDir dir("follow-grow");
    const fs::path log = dir.path / "app.log";
    write(log, lines(0, 40));
    Followed f;
    open(f, dir.path, false);
    CHECK_EQ(f.follower.fileCount(), std::size_t{1});
    CHECK(!f.follower.hasNews());
    CHECK_EQ(f.look().addedLines(), std::uint64_t{0});

    write(log, lines(40, 2) + "2024-01-01 10:01:00 INFO job 42 do", true); // the last line unfinished
    CHECK(f.follower.hasNews());
    FollowLook look = f.look();
    CHECK_EQ(look.addedLines(), std::uint64_t{2});
    CHECK_EQ(f.corpus.lineCount(), std::uint64_t{42});
    CHECK(look.events.empty());
    CHECK_EQ(f.look().addedLines(), std::uint64_t{0}); // nothing finished since

    write(log, "ne\n", true);
    look = f.look();
    CHECK_EQ(look.addedLines(), std::uint64_t{1});
    CHECK_EQ(std::string(f.corpus.line(42)), std::string("2024-01-01 10:01:00 INFO job 42 done"));
    CHECK_EQ(f.corpus.messageKeys()[42], f.corpus.messageKeys()[0]); // mined into the same key
    CHECK(!f.follower.hasNews());
}

LS_TEST(aRotationAndATruncationAreReadFromLineOne)
{
    TempDir dir("follow-rotate");
    const fs::path log = dir.path / "app.log";
    write(log, lines(0, 40));
    Followed f;
    open(f, dir.path, true);
    CHECK_EQ(f.follower.folderCount(), std::size_t{1});

    // logrotate's rename, then the writer's new file at the path: the renamed one is the lines
    // read, not news; the new one is read from its line 1.
    fs::rename(log, dir.path / "app.log.1");
    write(log, lines(100, 3));
    CHECK(f.follower.hasNews());
    FollowLook look = f.look();
    CHECK_EQ(kindsOf(look), eventString(FollowEvent::Kind::Rotated, "app.log"));
    CHECK_EQ(look.addedLines(), std::uint64_t{3});
    CHECK_EQ(f.corpus.lineCount(), std::uint64_t{43});
    CHECK(!f.follower.hasNews());

    // Truncated in place (copytruncate), then written again.
    write(log, lines(200, 1));
    look = f.look();
    CHECK_EQ(kindsOf(look), eventString(FollowEvent::Kind::Truncated, "app.log"));
    CHECK_EQ(look.addedLines(), std::uint64_t{1});
    const auto [file, line] = f.corpus.locateInFile(43);
    CHECK_EQ(file, std::size_t{0});
    CHECK_EQ(line.value(), std::uint64_t{0}); // numbered from the restart
}

LS_TEST(filesThatAppearInAFollowedFolder)
{
    TempDir dir("follow-folder");
    write(dir.path / "app.log", lines(0, 40));
    Followed f;
    const auto packed = [](const std::string& path) { return path.ends_with(".gz"); };
    open(f, dir.path, true, packed);
    CHECK(!f.follower.hasNews());

    write(dir.path / "empty.log", ""); // nothing to read until something is written
    CHECK(!f.follower.hasNews());
    write(dir.path / "half.log", "2024-01-02 00:00:01 INFO job"); // no line finished
    CHECK(f.follower.hasNews());
    CHECK_EQ(f.look().addedLines(), std::uint64_t{0});

    write(dir.path / "app-2.log", lines(300, 2));
    write(dir.path / "app.log.gz", std::string("\x1f\x8b\x08\x00", 4) + std::string(60, 'x'));
    std::string utf16 = "\xff\xfe";
    for (char c : std::string("2024-01-02 00:00:05 INFO job 7 done\n")) {
        utf16 += c;
        utf16 += '\0';
    }
    write(dir.path / "wide.log", utf16);
    std::string junk;
    for (int i = 0; i < 4096; ++i)
        junk += char((i * 37) % 256);
    write(dir.path / "junk.log", junk);
    FollowLook look = f.look();
    CHECK_EQ(look.addedLines(), std::uint64_t{3}); // app-2.log's two and wide.log's one
    std::string said = kindsOf(look);
    CHECK(said.find(eventString(FollowEvent::Kind::Appeared, "app-2.log")) != std::string::npos);
    CHECK(said.find(eventString(FollowEvent::Kind::AppearedOnce, "wide.log")) != std::string::npos);
    CHECK(said.find(eventString(FollowEvent::Kind::Packed, "app.log.gz")) != std::string::npos);
    CHECK(said.find(eventString(FollowEvent::Kind::Binary, "junk.log")) != std::string::npos);
    CHECK_EQ(f.follower.fileCount(), std::size_t{2}); // app.log and app-2.log; wide.log is read once

    // Nothing is said or read twice; the new file is followed.
    write(dir.path / "half.log", " done\n", true);
    write(dir.path / "app-2.log", lines(302, 1), true);
    look = f.look();
    said = kindsOf(look);
    CHECK_EQ(said, eventString(FollowEvent::Kind::Appeared, "half.log"));
    CHECK_EQ(look.addedLines(), std::uint64_t{2});
    CHECK_EQ(std::string(f.corpus.line(f.corpus.lineCount() - 1)).substr(0, 22),
             std::string("2024-01-02 00:00:01 IN"));
    CHECK(!f.follower.hasNews());
}

LS_TEST(anUnreadableFileIsSaidOnce)
{
    if (::geteuid() == 0) {
        // root reads any file whatever its mode: the case cannot be made here.
        std::printf("skipped: running as root\n");
        return;
    }
    TempDir dir("follow-unreadable");
    write(dir.path / "app.log", lines(0, 40));
    Followed f;
    open(f, dir.path, true);
    const fs::path secret = dir.path / "secret.log";
    write(secret, lines(0, 2));
    ::chmod(secret.c_str(), 0);
    FollowLook look = f.look();
    CHECK_EQ(kindsOf(look), eventString(FollowEvent::Kind::Unreadable, "secret.log"));
    CHECK(!look.events[0].reason.empty());
    CHECK(f.look().events.empty());
}

LS_TEST(aCancelledLookReadsNothing)
{
    TempDir dir("follow-cancel");
    const fs::path log = dir.path / "app.log";
    write(log, lines(0, 40));
    Followed f;
    open(f, dir.path, false);
    write(log, lines(40, 5), true);
    std::atomic<bool> cancel{true};
    bool grown = false;
    const FollowLook look = f.follower.look(
        [&]() -> Corpus& {
            grown = true;
            return f.corpus;
        },
        TaskControl(&cancel));
    CHECK(look.cancelled);
    CHECK(!grown); // no copy of the corpus was asked for
    CHECK_EQ(f.corpus.lineCount(), std::uint64_t{40});
}

LS_TEST_MAIN()
