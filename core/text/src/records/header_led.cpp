// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "header_led.h"

namespace logsleuth::text {

bool HeaderLedParser::leadsRecords(const RecordParser& parser, const std::vector<std::string_view>& sample)
{
    constexpr std::size_t kMinHeaders = 20;
    if (parser.fieldKinds().empty()) return false; // lines kept whole: no headers to lead
    std::size_t fitted = 0;
    RecordParts parts;
    for (std::string_view line : sample) {
        parser.parse(line, parts);
        fitted += parts.fitted;
    }
    return fitted >= kMinHeaders && fitted * 20 >= sample.size() && fitted * 10 < sample.size() * 3;
}

} // namespace logsleuth::text
