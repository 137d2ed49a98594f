// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The parser of a user-given format string in loghub's notation.
#pragma once

#include "logsleuth/text/records.h"

#include <memory>
#include <string>
#include <vector>

namespace logsleuth::text {

enum class SpecRole : std::uint8_t { Time, Level, Component, Entity, Other, Content };

struct SpecPart {
    std::string literal; // the text before the field
    std::string name;
    SpecRole role;
};

class FormatSpecParser final : public RecordParser {
public:
    static std::unique_ptr<FormatSpecParser> create(std::string_view spec, std::string& error);
    void parse(std::string_view line, RecordParts& out) const override;
    std::string formatString() const override { return m_spec; }
    std::string fieldKinds() const override;

private:
    FormatSpecParser(std::vector<SpecPart> parts, std::string spec);
    void takeTail(RecordParts& parts) const;
    // Where the message starts when `line` leaves out field k at `at`, field k being the last
    // before the message and in brackets; npos when it is not or the line holds the bracket.
    std::size_t startWithoutBracket(std::size_t k, std::string_view line, std::size_t at) const;
    // Whether field k is a tag right before the message, its colon after it ("<Component>:
    // <Content>"), which a line may leave out.
    bool tagBeforeMessage(std::size_t k) const;
    // Whether field k is a last bracket before the message that this line leaves out; if so,
    // the message is set from where it would start.
    bool leavesOutLastBracket(std::size_t k, std::string_view line, std::size_t pos,
                              RecordParts& parts) const;
    std::vector<SpecPart> m_parts;
    std::string m_spec;
    // Fields may close the line after <Content>, as in "<Content> (<Component>)": each with
    // the literal before it, the text after the last in `m_tailEnd`.
    std::vector<SpecPart> m_tail;
    std::string m_tailEnd;
    // Two bracketed fields in a row ("[<Context>] [<Context2>]"), of which lines may hold only the
    // second, as a learned layout reads them: the spec without the first, tried on a line that
    // does not fit.
    std::unique_ptr<FormatSpecParser> m_withoutFirstBracket;
    void parseEveryField(std::string_view line, RecordParts& out) const;
};

} // namespace logsleuth::text
