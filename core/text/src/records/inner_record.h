// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// A record whose message is a log line of its own layout, read by an inner parser: a container
// runtime's JSON lines (nested_header.h) and several programs' streams in one file
// (stream_layouts.h) share how an inner layout is judged and how its fields fill the record.
#pragma once

#include "logsleuth/text/records.h"

#include <string>
#include <string_view>

namespace logsleuth::text::detail {

// Whether a parser's field kinds ("time;pid;level", "json") name a time or a level, or read a
// structured line that may: an inner layout worth reading.
inline bool namesTimeOrLevel(const std::string& kinds)
{
    for (std::size_t start = 0; start <= kinds.size();) {
        std::size_t end = kinds.find(';', start);
        if (end == std::string::npos) end = kinds.size();
        const std::string_view kind = std::string_view(kinds).substr(start, end - start);
        if (kind == "time" || kind == "level" || kind == "json" || kind == "logfmt") return true;
        start = end + 1;
    }
    return false;
}

// Whether a format's field kinds ("time;entity;level", a first layout's in a mixed format's)
// name `kind`.
inline bool namesKind(const std::string& kinds, std::string_view kind)
{
    return kinds == kind ||
           (kinds.starts_with(kind) && kinds.size() > kind.size() && kinds[kind.size()] == ';') ||
           kinds.find(";" + std::string(kind)) != std::string::npos;
}

// The inner record's message becomes the record's; its time, level and entity fill what the
// outer record lacks, and its component replaces the outer's. The message keeps the outer record's escapes (a
// JSON string's) unless the inner layout reads escapes of its own.
inline void takeInner(RecordParts& out, const RecordParts& inner)
{
    out.message = inner.message;
    if (inner.escapes != MessageEscapes::None) out.escapes = inner.escapes;
    out.accessLine = inner.accessLine;
    if (out.time.length == 0) out.time = inner.time;
    if (out.level.empty()) out.level = inner.level;
    // The application's own logger names the line more closely than its transport does (a
    // container runtime's stream, "stdout").
    if (out.component.empty() || !inner.component.empty()) out.component = inner.component;
    if (out.entity.empty()) out.entity = inner.entity;
}

} // namespace logsleuth::text::detail
