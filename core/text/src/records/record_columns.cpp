// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/text/record_columns.h"

#include "../hash.h"

namespace logsleuth::text {

std::size_t RecordColumns::Hash::operator()(std::string_view s) const
{
    return detail::fnv1a(s);
}

std::uint64_t RecordColumns::recordStart(std::uint64_t line) const
{
    while (line > 0 && m_continuation[line])
        --line;
    return line;
}

std::size_t RecordColumns::bytesPerLine() const
{
    return sizeof(std::int64_t) + sizeof(std::uint8_t) + 2 * sizeof(std::uint32_t) + sizeof(std::uint16_t);
}

void RecordColumns::clear()
{
    *this = RecordColumns();
}

void RecordColumns::reserve(std::uint64_t lines)
{
    m_time.reserve(lines);
    m_level.reserve(lines);
    m_component.reserve(lines);
    m_entity.reserve(lines);
    m_messageOffset.reserve(lines);
    m_continuation.reserve(lines);
    m_strays.reserve(lines);
}

std::uint32_t RecordColumns::intern(std::string_view text, std::string_view& lastText, std::uint32_t& lastId)
{
    if (text.empty()) return 0;
    if (text == lastText) return lastId;
    auto found = m_stringIds.find(text);
    std::uint32_t id;
    if (found != m_stringIds.end()) {
        id = found->second;
    } else {
        id = static_cast<std::uint32_t>(m_strings.size());
        m_strings.emplace_back(text);
        m_stringIds.emplace(std::string(text), id);
    }
    lastText = m_strings[id];
    lastId = id;
    return id;
}

std::uint8_t RecordColumns::internLevel(std::string_view text)
{
    if (text.empty()) return 0;
    if (text == m_last.level) return m_last.levelId;
    for (std::size_t i = 1; i < m_levels.size(); ++i) {
        if (m_levels[i] == text) {
            m_last.level = m_levels[i];
            m_last.levelId = static_cast<std::uint8_t>(i);
            return m_last.levelId;
        }
    }
    if (m_levels.size() >= 255) return 0; // a level column with hundreds of words is no level column
    m_levels.emplace_back(text);
    m_levelSeverity.push_back(severityOfLevel(text));
    m_last.level = m_levels.back();
    m_last.levelId = static_cast<std::uint8_t>(m_levels.size() - 1);
    return m_last.levelId;
}

void RecordColumns::append(std::int64_t time, std::string_view level, std::string_view component,
                           std::string_view entity, std::size_t messageOffset, LineFit fit)
{
    m_time.push_back(time);
    m_level.push_back(internLevel(level));
    m_component.push_back(intern(component, m_last.component, m_last.componentId));
    m_entity.push_back(intern(entity, m_last.entity, m_last.entityId));
    m_messageOffset.push_back(
        static_cast<std::uint16_t>(messageOffset >= kFarMessage ? kFarMessage : messageOffset));
    m_continuation.push_back(fit == LineFit::Continues);
    m_strays.push_back(fit == LineFit::Strays);
}

} // namespace logsleuth::text
