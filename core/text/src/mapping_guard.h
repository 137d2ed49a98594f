// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// A mapped file that another process truncates (logrotate's copytruncate, an editor saving in
// place) raises SIGBUS on the next read of a page past its new end: the window or the CLI would
// die on a scroll. Mappings registered here are guarded: a SIGBUS inside one maps a page of zeros
// over the vanished page and the read goes on, reading NUL bytes; a fault anywhere else goes to
// the handler that was there before. Whoever reads the mapping learns of the truncation the usual
// way (the file's size), not by a crash.
#pragma once

#include <cstddef>

namespace logsleuth::text::detail {

// Guards [begin, begin + size); false when every slot is taken (the caller then reads the file
// into memory instead of mapping it).
bool guardMapping(const void* begin, std::size_t size);
// Stops guarding the mapping that starts at `begin` (before it is unmapped).
void unguardMapping(const void* begin);

} // namespace logsleuth::text::detail
