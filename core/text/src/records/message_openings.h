// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// What opens a message may name what its header does not: a level marker ("ERROR: …"), a
// session's user@database before it (PostgreSQL), a level where the component stands and the
// module after it (ESXi's "cpu4:…)WARNING: LinScsi: …"), a module path (Rust's tracing), the
// process a slash joins to a level (Celery's "INFO/MainProcess"), the column a tab closes after a
// level. Every parser's records pass through here, so a learned layout and a given format read
// the same fields.
#pragma once

#include "logsleuth/text/records.h"

#include <string_view>

namespace logsleuth::text::detail {

// Fills the fields of a fitted record that its header left empty from what opens its message
// (moving the message past what is header); `line` is the line the record was read from.
void readMessageOpenings(std::string_view line, RecordParts& parts);

} // namespace logsleuth::text::detail
