// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Writes the rows of a large CSV in order while they are made on several threads: rounds of one
// chunk of rows per thread, two rounds in turn, so that the workers make one round while the
// calling thread writes the one before. A million-row output spends its time making rows, and the
// rows of one line never depend on another's.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <ostream>
#include <string>

namespace logsleuth::text {

// Appends the rows of items [first, end) to `out`; called on any thread, never for overlapping
// ranges at once.
using AppendRows = std::function<void(std::string& out, std::uint64_t first, std::uint64_t end)>;

// Writes the rows of items [first, end) to `out` in order. Returns false, having stopped between
// rounds, when `stop` is set. One thread makes and writes every row itself.
bool writeRowsInChunks(std::ostream& out, std::uint64_t first, std::uint64_t end, unsigned threads,
                       const std::atomic<bool>& stop, const AppendRows& appendRows);

} // namespace logsleuth::text
