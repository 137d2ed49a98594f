// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#pragma once

#include "logsleuth/text/records.h"

#include <string>
#include <string_view>

namespace logsleuth::text {

// The text a line is mined as, into `out`: its message masked (`message`: the parts' message,
// unescaped and cut to what is mined), after the record's type where the parser says the
// component is one; for a header alone on its line, the name it gives, as written; for a stack
// frame, the frame's shape (stack_frames.h), given the message of the line before (empty where there is
// none). Returns true where the text is a shape that leaves out what the line's words say beyond
// the event (an access line's method, path, status and client): models score such a line by its
// message masked as any other, lest a whole access log read as one message to them.
bool minedTextOf(std::string_view line, std::string_view previousMessage, const RecordParts& parts,
                 std::string_view message, std::string& out);

} // namespace logsleuth::text
