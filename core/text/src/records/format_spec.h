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
    std::vector<SpecPart> m_parts;
    std::string m_spec;
};

} // namespace logsleuth::text
