// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Following a corpus's files as they grow, as `tail -F` does, for the window and
// `templates --follow` alike. Each look stats the followed files and the followed folders and
// reads what is new into the corpus: the complete lines appended to a file (Corpus::append), a
// rotated file (a new one at the path) or a truncated one from its line 1, and a file that
// appeared in a followed folder (the day's new log) as a file of its own (Corpus::appendFile),
// followed from then on. A followed file under a new name (a rotation's rename) is not read
// twice; a compressed one is announced and not read; a binary one is left out. The follower is a
// value: the window copies it into a look on its worker and keeps the copy when the look is
// delivered, or drops it with the grown corpus when the look is cancelled.
#pragma once

#include "logsleuth/text/task_control.h"

#include <cstdint>
#include <functional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace logsleuth::text {

class Corpus;

// Something a look did that the analyst should hear of, one file each; the front ends word it.
struct FollowEvent {
    enum class Kind : std::uint8_t {
        Rotated,      // a new file at a followed path: read from its line 1
        Truncated,    // a followed file shrank: read again from its line 1
        Appeared,     // a new file in a followed folder: read, and followed from now on
        AppearedOnce, // the same, not UTF-8: read once (UTF-16 cannot be cut on a newline byte)
        Packed,       // a new compressed file or archive in a followed folder: not read
        Binary,       // a new file that looks like binary data: left out
        Unreadable,   // a read failed: `reason` says why
    };
    Kind kind = Kind::Appeared;
    std::string path;
    std::string reason;
};

struct FollowLook {
    std::vector<FollowEvent> events;
    // The global lines [first, end) each read added, in the order read.
    std::vector<std::pair<std::uint64_t, std::uint64_t>> added;
    bool cancelled = false;

    std::uint64_t addedLines() const;
};

class FileFollower {
public:
    // Whether a file is compressed or an archive (core/io knows the signatures; without this test
    // such a file is left out as binary data when it appears).
    using PackedTest = std::function<bool(const std::string& path)>;

    FileFollower() = default;
    // Follows the files of `corpus` that can grow in place (plain UTF-8 files on disk), from the
    // bytes read, and looks in `folders` for files that appear; the files in them now are known.
    FileFollower(const Corpus& corpus, std::vector<std::string> folders, PackedTest isPacked = {});

    std::size_t fileCount() const { return m_files.size(); }
    std::size_t folderCount() const { return m_folders.size(); }
    // The corpus's files that cannot be followed: compressed, or decoded from UTF-16.
    const std::vector<std::string>& unfollowable() const { return m_unfollowable; }

    // Whether a look would find anything: a followed file grew, shrank or was replaced, or a
    // followed folder holds a file with bytes that is not known yet. It only stats.
    bool hasNews() const;

    // Reads what is new into the corpus `grow` returns; `grow` is called at the first line to
    // add, so that a caller who grows a copy makes the copy only then. At most
    // kMaxFollowReadBytes are read of a file per look, and only complete lines (a line longer
    // than that is taken in pieces); the rest comes on the next look. Cancelled between files:
    // the look then returns with `cancelled`, and the follower and the corpus are part-way, for
    // the caller to drop.
    FollowLook look(const std::function<Corpus&()>& grow, const TaskControl& control = {});

private:
    struct FollowedFile {
        std::size_t source = 0; // the corpus source that began it
        std::string path;
        std::uint64_t identity = 0; // device and inode: a rotation puts a new file at the path
        std::uint64_t offset = 0;   // bytes read as complete lines
        bool restarted = false;     // rotated or truncated, and nothing of the new content read yet
    };
    void readGrowth(FollowedFile& file, const std::function<Corpus&()>& grow, FollowLook& look);
    void readNewFile(const std::string& path, const std::function<Corpus&()>& grow, FollowLook& look);
    // The folders' files not known yet that hold bytes.
    std::vector<std::string> unknownFolderFiles() const;

    std::vector<FollowedFile> m_files;
    std::vector<std::string> m_folders;
    std::vector<std::string> m_unfollowable;
    std::set<std::string> m_known; // the folders' files read, announced or left out
    // Device and inode of every file whose lines the corpus holds: a folder's file found under a
    // new name with one of them is a rotation's rename, not news.
    std::set<std::uint64_t> m_identities;
    PackedTest m_isPacked;
};

} // namespace logsleuth::text
