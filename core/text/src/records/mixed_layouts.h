// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Two or three layouts in one file, line by line, with nothing on the line to say which: a
// container's standard output holding an application's log beside its web server's access lines
// (gunicorn's "[2026-12-01 10:00:00 +0000] [9] [INFO] …" beside "10.0.8.2 - - [01/Dec/2026:…]
// \"GET …\" 200 …"), uWSGI's request lines beside Django's. The file's layout is learned first; a
// second is learned from the sample's lines the first does not fit and that do not merely
// continue a record (frames, tracebacks), where they are a tenth of the sample and a layout with a
// time or a level reads half of them or more; a third likewise from what is left. A line is read
// by the first that fits it.
#pragma once

#include "logsleuth/text/records.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace logsleuth::text {

class MixedLayoutsParser final : public RecordParser {
public:
    using Infer = std::unique_ptr<RecordParser> (*)(const std::vector<std::string_view>& lines);
    // `first` wrapped when the lines it leaves have layouts of their own; else `first` as it was.
    static std::unique_ptr<RecordParser> wrapIfMixed(std::unique_ptr<RecordParser> first,
                                                     const std::vector<std::string_view>& sample,
                                                     Infer infer);
    // Where no layout holds for the file: the layout of its lines with a stamp among their first
    // cells, when they are a quarter of it or more (FreeSWITCH's lines, a call's id before the
    // stamp or not, among dial-plan lines of neither), wrapped as above; else null.
    static std::unique_ptr<RecordParser> stampedOnly(const std::vector<std::string_view>& sample,
                                                     Infer infer);
    // Where neither holds: the layout of the lines that open with the sample's most common first
    // word, when they are 40 % of it or more and it reads most of them for a time or a level
    // (msiexec's "MSI (c) (41:57) [14:03:26:020]: …" beside "Action start 14:03:26: …" and
    // property dumps), wrapped as above; else null.
    static std::unique_ptr<RecordParser> commonOpeningOnly(const std::vector<std::string_view>& sample,
                                                           Infer infer);

    // "FIRST >> or: SECOND", as formatString() writes it (each part a format of its own); "FIRST
    // >> then: SECOND" where SECOND's lines continue the records of the lines before them.
    static constexpr std::string_view kMarker = " >> or: ";
    static constexpr std::string_view kThen = " >> then: ";

    // continues: per layout, whether its lines continue the record of the line before them
    // (the second line of a two-line record); empty: none does.
    explicit MixedLayoutsParser(std::vector<std::unique_ptr<RecordParser>> layouts,
                                std::vector<bool> continues = {})
        : m_layouts(std::move(layouts)), m_continues(std::move(continues))
    {
    }
    void parse(std::string_view line, RecordParts& out) const override;
    std::string formatString() const override;
    std::string fieldKinds() const override;

private:
    std::vector<std::unique_ptr<RecordParser>> m_layouts;
    std::vector<bool> m_continues;
};

} // namespace logsleuth::text
