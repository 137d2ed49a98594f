// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Lines of layouts made up by the record tests: varied messages (so that no message word looks
// like a header column), two-digit clock parts, and a corpus mined from text.
#pragma once

#include "logsleuth/text/corpus.h"

#include <cstdio>
#include <functional>
#include <initializer_list>
#include <string>

namespace made_up {

using namespace logsleuth::text;

inline std::string iso(std::int64_t ms)
{
    char buffer[32];
    return std::string(formatIsoUtc(ms, buffer)); // empty for kNoTime
}

// Varied messages, so that no message word looks like a header column.
inline std::string message(int i)
{
    static const char* const shapes[] = {"request %d served in %dms", "cache miss for key k%d size %d",
                                         "user u%d logged in from 10.0.%d.1", "retrying job %d attempt %d",
                                         "worker %d heartbeat ok seq %d"};
    char buffer[128];
    std::snprintf(buffer, sizeof buffer, shapes[(i * 7) % 5], (i * 37) % 1000, (i * 13) % 100);
    return buffer;
}

inline std::string lines(int count, const std::function<std::string(int)>& line)
{
    std::string text;
    for (int i = 0; i < count; ++i)
        text += line(i) + "\n";
    return text;
}

// Two digits of a minute or second.
inline std::string two(int v)
{
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%02d", v % 60);
    return buffer;
}

inline Corpus mined(std::string text, RecordOptions options = {})
{
    Corpus corpus;
    corpus.setRecordOptions(std::move(options));
    corpus.addSource(LogText::fromBytes(std::move(text), "made-up.log"));
    corpus.mine();
    return corpus;
}

inline const char* pick(int i, std::initializer_list<const char*> words)
{
    return *(words.begin() + (i * 31 + i / 3) % static_cast<int>(words.size()));
}

} // namespace made_up
