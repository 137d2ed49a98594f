// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Reading the CLI's inputs into one Corpus: plain files (mmap), "-" for stdin, and, in
// builds with core/io, compressed files and archive members.
#pragma once

#include "logsleuth/text/corpus.h"

#include <cstdint>
#include <string>
#include <vector>

namespace logsleuth::cli {

struct LoadedInputs {
    text::Corpus corpus;
    bool partial = false; // something could not be read in full: exit code 3 after the output
};

// Caps on decompression (archives and compressed files), against bombs.
struct InputLimits {
    std::uint64_t maxDecompressedBytes = 4ull << 30;
    std::uint64_t maxRatio = 1000;
};

// Warnings go to stderr as they happen. Throws std::runtime_error when nothing could be read.
LoadedInputs loadInputs(const std::vector<std::string>& paths, const InputLimits& limits = {});

} // namespace logsleuth::cli
