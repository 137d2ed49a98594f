// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The words of a span of template tokens, as the batch refinements that join templates differing
// in one span (span_merge, trailing_value_merge) judge them: whether the span names a thing, gives
// a reason, or holds a state that one word tells apart; and a template's tokens written back.
#pragma once

#include "ascii.h"
#include "logsleuth/text/mask.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace logsleuth::text {

// A token that says what happened: a letter outside placeholders.
inline bool isWordToken(std::string_view token)
{
    if (containsPlaceholder(token)) return false;
    return std::any_of(token.begin(), token.end(), [](char c) { return ascii::isAlpha(c); });
}

// The word tokens of a span, in order ("Morning", "blinds:"; not "<NUM>").
inline std::vector<std::string_view> wordsOf(std::string_view span)
{
    std::vector<std::string_view> words;
    std::size_t start = 0;
    while (start <= span.size()) {
        std::size_t end = span.find(' ', start);
        if (end == std::string_view::npos) end = span.size();
        if (end > start && isWordToken(span.substr(start, end - start)))
            words.push_back(span.substr(start, end - start));
        start = end + 1;
    }
    return words;
}

// Spans that read the same but for one word ('"GET <*>' beside '"POST <PATH>', "send: history"
// beside "send: summary") hold a state or a name that path_merge and literal_split judge; a value
// of several words differs in more.
inline bool differInMoreThanOneWord(const std::vector<std::string_view>& spans)
{
    if (spans.empty()) return false;
    const std::vector<std::string_view> first = wordsOf(spans.front());
    std::vector<std::vector<std::string_view>> words;
    for (std::string_view span : spans) {
        words.push_back(wordsOf(span));
        if (words.back().size() != first.size()) return true;
    }
    std::size_t differing = 0;
    for (std::size_t i = 0; i < first.size(); ++i)
        differing += std::any_of(words.begin(), words.end(),
                                 [&](const std::vector<std::string_view>& w) { return w[i] != first[i]; })
                         ? 1
                         : 0;
    return differing >= 2;
}

// Whether every bracket, parenthesis and brace that tokens [0, end) open they close: a word
// inside one ("[UFW LIMIT BLOCK]", "[rtmp stream: …]") names a record's kind or a module, not an
// event's value.
inline bool closesItsBrackets(const std::vector<std::string_view>& tokens, std::size_t end)
{
    int square = 0, round = 0, curly = 0;
    for (std::size_t i = 0; i < end; ++i)
        for (const char c : tokens[i]) {
            square += c == '[' ? 1 : c == ']' ? -1 : 0;
            round += c == '(' ? 1 : c == ')' ? -1 : 0;
            curly += c == '{' ? 1 : c == '}' ? -1 : 0;
        }
    return square == 0 && round == 0 && curly == 0;
}

// Tokens [begin, end) joined by single blanks, as a template's text writes them.
inline std::string joinedTokens(const std::vector<std::string_view>& tokens, std::size_t begin,
                                std::size_t end)
{
    std::string text;
    for (std::size_t i = begin; i < end; ++i) {
        if (i > begin) text.push_back(' ');
        text.append(tokens[i]);
    }
    return text;
}

} // namespace logsleuth::text
