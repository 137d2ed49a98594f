// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// A header of fields between spaced colons, some of them empty and some holding blanks (KNIME's
// "2026-12-01 10:00:00,018 : INFO  : KNIME-Worker-38-Excel Reader 5:2 : NodeContainer : Excel
// Reader : 5:2 : message"). The learned layouts read cells between blanks and cannot tell a field
// of two words from two fields; here the separators split the fields, and the message is what
// follows the last separator that nearly every stamped line writes. The layout is a format string
// in loghub's notation, which format_spec.h reads (and --format reads back).
#pragma once

#include "logsleuth/text/records.h"

#include <memory>
#include <string_view>
#include <vector>

namespace logsleuth::text {

// The layout of a sample whose stamped lines open with a stamp and three or more fields between
// " : "; nullptr otherwise.
std::unique_ptr<RecordParser> inferSpacedFieldsLayout(const std::vector<std::string_view>& sample);

} // namespace logsleuth::text
