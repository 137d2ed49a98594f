// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#pragma once

#include "decompress.h"
#include "format_sniff.h"

#include <cstdint>
#include <string>

class QIODevice;

namespace logsleuth::io {
struct OpenResult;
}

namespace logsleuth::io::detail {

class Progress;

// Appends one LogText per regular file of the tar/zip/7z archive on `device` (open, seekable)
// to result.sources, in archive order, named "<displayName>!<member path>". Compressed members
// are decompressed; a damaged member keeps what was read and marks the result partial.
// Throws OpenError when the archive itself cannot be read.
void readArchive(QIODevice& device, Archive kind, const std::string& displayName, Budget& budget,
                 Progress& progress, OpenResult& result);

} // namespace logsleuth::io::detail
