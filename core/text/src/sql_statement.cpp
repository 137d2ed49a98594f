// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "sql_statement.h"

#include "ascii.h"

#include <algorithm>
#include <array>

namespace logsleuth::text::detail {
namespace {

constexpr std::array<std::string_view, 11> kVerbs{"select",  "insert", "update", "delete", "with",    "merge",
                                                  "replace", "create", "alter",  "drop",   "truncate"};
constexpr std::array<std::string_view, 7> kObjects{"from",   "into",  "set",  "table",
                                                   "values", "index", "where"};
// A statement's words: enough of them that a sentence starting "Update" or "Delete" is no statement.
constexpr std::size_t kFewestWords = 4;

// Whether `word` is one of `words` written all in capitals or all in lower case, as SQL is.
template <std::size_t N> bool isKeyword(std::string_view word, const std::array<std::string_view, N>& words)
{
    const bool upper = std::all_of(word.begin(), word.end(), ascii::isUpper);
    const bool lower = std::all_of(word.begin(), word.end(), ascii::isLower);
    return !word.empty() && (upper || lower) &&
           std::any_of(words.begin(), words.end(),
                       [&](std::string_view w) { return ascii::equalsIgnoringCase(word, w); });
}

// Where the verb starts in `word`: 0, or after a key's '=' ("sql=SELECT"); npos for none.
std::size_t verbStart(std::string_view word)
{
    const std::size_t equals = word.find('=');
    const std::size_t at = equals == std::string_view::npos ? 0 : equals + 1;
    if (equals != std::string_view::npos &&
        (equals == 0 || !std::all_of(word.begin(), word.begin() + static_cast<std::ptrdiff_t>(equals),
                                     [](char c) { return ascii::isAlpha(c) || c == '_'; })))
        return std::string_view::npos;
    return isKeyword(word.substr(at), kVerbs) ? at : std::string_view::npos;
}

// Whether the words after the verb hold what it acts on, and are enough of them; `marked`: and
// the marks SQL writes ("*", "=", ",", "(", "?", a quote), which prose after a label lacks ("Update
// available: select the new version from the menu").
bool actsOnSomething(std::string_view rest, bool marked = false)
{
    if (marked && rest.find_first_of("*=,(?'") == std::string_view::npos) return false;
    std::size_t words = 1, at = 0;
    bool object = false;
    while (at < rest.size()) {
        const std::size_t end = std::min(rest.find(' ', at), rest.size());
        object = object || isKeyword(rest.substr(at, end - at), kObjects);
        words += end > at ? 1 : 0;
        at = end + 1;
    }
    return object && words >= kFewestWords;
}

// Whether a label stands before the statement ("statement: ", "Query: ", Hibernate's
// "Hibernate: ", "Executing SQL check: "): a word and a colon.
bool labelled(std::string_view before)
{
    return before.size() > 2 && before.ends_with(": ") && ascii::isAlpha(before[before.size() - 3]);
}

// ... one that says a statement follows.
bool labelledAsStatement(std::string_view before)
{
    before.remove_suffix(2);
    const std::size_t blank = before.rfind(' ');
    const std::string_view label = blank == std::string_view::npos ? before : before.substr(blank + 1);
    return ascii::equalsIgnoringCase(label, "statement") || ascii::equalsIgnoringCase(label, "query") ||
           ascii::equalsIgnoringCase(label, "sql");
}

} // namespace

bool isStatementValue(std::string_view token)
{
    const std::size_t blank = token.find(' ');
    if (blank == std::string_view::npos) return false;
    const std::size_t verb = verbStart(token.substr(0, blank));
    return verb != std::string_view::npos && actsOnSomething(token.substr(blank + 1));
}

std::size_t statementSpanEnd(std::string_view message, std::size_t start, std::size_t wordEnd)
{
    if (wordEnd >= message.size()) return std::string_view::npos;
    const std::string_view word = message.substr(start, wordEnd - start);
    const std::size_t verb = verbStart(word);
    const std::string_view before = message.substr(0, start);
    if (verb == std::string_view::npos || (verb == 0 && !labelled(before))) return std::string_view::npos;
    // After another label than one that names a statement, only with SQL's marks in it.
    const bool marked = verb == 0 && !labelledAsStatement(before);
    return actsOnSomething(message.substr(wordEnd + 1), marked) ? message.size() : std::string_view::npos;
}

} // namespace logsleuth::text::detail
