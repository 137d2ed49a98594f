// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The record fields of every line as columns: time, level, component, entity, where the
// message starts, which line starts the line's record and whether the line strays from its
// source's layout. Strings are interned, so a line costs 8 + 1 + 4 + 4 + 2 bytes and two bits
// (bench_mining prints the measured figure).
#pragma once

#include "logsleuth/text/growing_column.h"
#include "logsleuth/text/records.h"

#include <cstdint>
#include <deque>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace logsleuth::text {

inline constexpr std::int64_t kNoTime = std::numeric_limits<std::int64_t>::min();

// How a line stands to its source's layout: it has it, it continues the multi-line record of a
// line that has it (a stack frame), it is shaped like a continuation with no record open (a
// blank line or a frame at the top of a file: loose), or it strays (none of those: a line of
// another layout, kept whole as a message).
enum class LineFit : std::uint8_t { Fits, Continues, Loose, Strays };

class RecordColumns {
public:
    std::uint64_t size() const { return m_time.size(); }
    std::int64_t time(std::uint64_t line) const { return m_time[line]; } // kNoTime when unknown
    std::string_view level(std::uint64_t line) const { return m_levels[m_level[line]]; }
    Severity severity(std::uint64_t line) const { return m_levelSeverity[m_level[line]]; }
    std::string_view component(std::uint64_t line) const { return m_strings[m_component[line]]; }
    std::string_view entity(std::uint64_t line) const { return m_strings[m_entity[line]]; }
    // The first line of the multi-line record this line belongs to (itself for most lines).
    std::uint64_t recordStart(std::uint64_t line) const;
    // The line has another layout than its source's (LineFit::Strays): it neither has the layout
    // nor is shaped like a continuation.
    bool strays(std::uint64_t line) const { return m_strays[line]; }
    // Byte offset of the message within the line; kFarMessage when the header is longer than 64 KiB.
    static constexpr std::uint16_t kFarMessage = 0xffff;
    std::uint16_t messageOffset(std::uint64_t line) const { return m_messageOffset[line]; }

    // Raw columns for models: ids index levelText()/stringText(); 0 means none.
    const std::vector<std::int64_t>& times() const { return m_time; }
    const std::vector<std::uint8_t>& levelIds() const { return m_level; }
    const std::vector<std::uint32_t>& componentIds() const { return m_component; }
    const std::vector<std::uint32_t>& entityIds() const { return m_entity; }
    std::size_t levelCount() const { return m_levels.size(); }
    std::string_view levelText(std::uint8_t id) const { return m_levels[id]; }
    Severity levelSeverity(std::uint8_t id) const { return m_levelSeverity[id]; }
    std::size_t stringCount() const { return m_strings.size(); }
    std::string_view stringText(std::uint32_t id) const { return m_strings[id]; }
    // Bytes the per-line columns take (not the interned strings).
    std::size_t bytesPerLine() const;

    void clear();
    void reserve(std::uint64_t lines);
    void append(std::int64_t time, std::string_view level, std::string_view component,
                std::string_view entity, std::size_t messageOffset, LineFit fit);
    // Fixes a time appended before its day was known (clock-only stamps, see ClockDays).
    void setTime(std::uint64_t line, std::int64_t time) { m_time[line] = time; }

private:
    std::uint32_t intern(std::string_view text, std::string_view& lastText, std::uint32_t& lastId);
    std::uint8_t internLevel(std::string_view text);

    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const;
    };

    GrowingColumn<std::int64_t> m_time;
    GrowingColumn<std::uint8_t> m_level;
    GrowingColumn<std::uint32_t> m_component;
    GrowingColumn<std::uint32_t> m_entity;
    GrowingColumn<std::uint16_t> m_messageOffset;
    std::vector<bool> m_continuation;
    std::vector<bool> m_strays;

    // Deques: interned strings never move, so the caches' views stay valid.
    std::deque<std::string> m_strings{std::string()};
    std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> m_stringIds;
    std::deque<std::string> m_levels{std::string()};
    std::vector<Severity> m_levelSeverity{Severity::Unknown};
    // One-entry caches: neighbouring lines mostly share their component and entity. They view
    // this object's strings, so a copy starts with them empty (an empty text is id 0).
    struct LastSeen {
        std::string_view component, entity, level;
        std::uint32_t componentId = 0, entityId = 0;
        std::uint8_t levelId = 0;
        LastSeen() = default;
        LastSeen(const LastSeen&) noexcept {}
        LastSeen& operator=(const LastSeen&) noexcept
        {
            component = entity = level = {};
            componentId = entityId = levelId = 0;
            return *this;
        }
    };
    LastSeen m_last;
};

} // namespace logsleuth::text
