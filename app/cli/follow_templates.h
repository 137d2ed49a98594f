// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// `templates --follow`: prints rows for lines appended to the files as they come, until Ctrl-C.
// A rotated file (a new inode at the path) or a truncated one is announced and read from its
// start; a file that appears in a followed folder is read from its start and followed too (one
// that is a followed file renamed by a rotation is not read twice).
#pragma once

#include "logsleuth/text/corpus.h"

#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace logsleuth::cli {

class TemplateRows;

class TemplateFollower {
public:
    // `inputs`: the files and folders given; the corpus holds what was read of them, and its rows
    // are out. Throws UsageError when there is nothing to follow.
    TemplateFollower(text::Corpus& corpus, TemplateRows& rows, const std::vector<std::string>& inputs);
    // Looks ten times a second until interrupted().
    void run();

private:
    struct FollowedFile {
        std::size_t file = 0; // the corpus source that began it
        std::string path;
        std::uint64_t identity = 0;
        std::uint64_t offset = 0; // bytes read, the pending ones included
        std::string pending;      // bytes of a line not finished yet
        bool restarted = false;   // rotated or truncated, and no line of the new content read yet
    };
    void readGrowth(FollowedFile& followed);
    void readNewFiles();
    // Prints the rows of global lines [first, end), numbered in their file.
    void print(std::uint64_t first, std::uint64_t end);

    text::Corpus& m_corpus;
    TemplateRows& m_rows;
    std::vector<FollowedFile> m_files;
    std::vector<std::string> m_folders;
    std::set<std::uint64_t> m_identities; // of every file whose lines are here
    std::set<std::string> m_known;        // the folders' files read, or passed over
};

} // namespace logsleuth::cli
