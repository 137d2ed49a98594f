// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// `templates --follow`: prints rows for lines appended to the files as they come, until Ctrl-C,
// through the core's follower (text::FileFollower, which the window's follower uses too): a
// rotated or truncated file is announced and read from its start; a file that appears in a
// followed folder is read from its start and followed too.
#pragma once

#include "logsleuth/text/corpus.h"
#include "logsleuth/text/file_follower.h"

#include <cstdint>
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
    // Prints the rows of global lines [first, end), numbered in their file.
    void print(std::uint64_t first, std::uint64_t end);

    text::Corpus& m_corpus;
    TemplateRows& m_rows;
    text::FileFollower m_follower;
};

} // namespace logsleuth::cli
