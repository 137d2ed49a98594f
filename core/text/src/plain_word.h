// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The shape of a word as names, states and other plain values are written, shared by the miner
// and the batch refinements of mining (literal_split, path_merge).
#pragma once

#include "ascii.h"
#include "logsleuth/text/mask.h"

#include <algorithm>
#include <string_view>

namespace logsleuth::text {

// A plain word: letters (and punctuation), no digit, no placeholder. A token with digits never
// branches the miner's tree and is masked or a variable already. A token that spans blanks (a
// quoted value, a list, an object: see minedTokens) is a value, never a word that names an event.
inline bool isPlainWord(std::string_view token)
{
    bool letter = false;
    for (char c : token) {
        if ((c >= '0' && c <= '9') || c == ' ') return false;
        letter = letter || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    return letter && !containsPlaceholder(token);
}

// A letter outside angle brackets: "Building", "USER=root", "blk_<NUM>"; not "<NUM>", "<UUID>]",
// "(<IP>)" or "<*>", which say nothing of what happened but that there was a value.
inline bool hasLetterOutsideAngles(std::string_view token)
{
    int depth = 0;
    for (char c : token) {
        if (c == '<')
            ++depth;
        else if (c == '>' && depth > 0)
            --depth;
        else if (depth == 0 && ascii::isAlpha(c))
            return true;
    }
    return false;
}

// A word without the punctuation that closes it ("alice:", "web,", "Power Button:" before
// "device removed").
inline std::string_view bareWord(std::string_view word)
{
    while (!word.empty() && (word.back() == ':' || word.back() == ',' || word.back() == ';'))
        word.remove_suffix(1);
    return word;
}

// A name with its number ("truck-<NUM>", "worker_<NUM>", "Holzfäller<NUM>" once masked): letters
// (any script), maybe joined by '-', '_' or '.', then the number. Not a key's value ("id=<NUM>").
inline bool isNumberedName(std::string_view token)
{
    token = bareWord(token);
    constexpr std::string_view number = "<NUM>";
    if (!token.ends_with(number) || token.size() == number.size()) return false;
    const std::string_view name = token.substr(0, token.size() - number.size());
    bool letter = false;
    for (char c : name) {
        const bool nonAscii = static_cast<unsigned char>(c) >= 0x80;
        if (!ascii::isAlpha(c) && !nonAscii && c != '-' && c != '_' && c != '.') return false;
        letter = letter || ascii::isAlpha(c);
    }
    return letter;
}

// A value after its key: "success=no", "op=LOAD", "event=view_item". The log names what it
// holds. Quoted words after a key are the quotes' to judge (keyedQuoteSpanEnd: prose keeps its
// words).
inline bool isKeyedWord(std::string_view token)
{
    const std::size_t equals = token.find('=');
    if (equals == std::string_view::npos || equals == 0 || equals + 1 >= token.size()) return false;
    return token[equals + 1] != '"' && token[equals + 1] != '\'';
}

// The length of the key that opens `text` before its '=', as code names one: a letter, then
// letters, digits, '_', '.' or '-' ("OUT", "cn1Label", "ad.user_name", "sd_pos"); 0 when `text`
// opens with no such key and its '='.
inline std::size_t codeKeyLength(std::string_view text)
{
    if (text.empty() || !ascii::isAlpha(text.front())) return 0;
    std::size_t p = 1;
    while (p < text.size() && (ascii::isAlnum(text[p]) || text[p] == '_' || text[p] == '.' || text[p] == '-'))
        ++p;
    return p < text.size() && text[p] == '=' ? p : 0;
}

// A key whose value the line leaves empty ("OUT=" and "MAC=" in a firewall's line that has no
// output interface): the same key as with a value ("OUT=eth1"), a value of its own.
inline bool isEmptyKey(std::string_view token)
{
    return token.size() >= 2 && codeKeyLength(token) == token.size() - 1;
}

// Where the colon after a key in lower case as code names one is ("kubernetes_cluster:prod-eks",
// "error:[…]", Go's loggers' pairs); npos when the token opens with no such key.
inline std::size_t lowerCaseKeyEnd(std::string_view token)
{
    const std::size_t colon = token.find(':');
    if (colon == std::string_view::npos || colon < 2 || !ascii::isLower(token[0]))
        return std::string_view::npos;
    for (char c : token.substr(0, colon))
        if (!ascii::isLower(c) && !ascii::isDigit(c) && c != '_' && c != '.') return std::string_view::npos;
    return colon;
}

// "key:value" with a value of no blank ("db_user:readonly"); not a URL's scheme ("http://").
inline bool isColonKeyedWord(std::string_view token)
{
    const std::size_t colon = lowerCaseKeyEnd(token);
    return colon != std::string_view::npos && colon + 1 < token.size() && token[colon + 1] != '/' &&
           token[colon + 1] != ':';
}

// A state or an action in brackets, capitals alone ("[ENTER]", "[LEAVE]"), as a log marks its
// event types: no value, unlike an instance's "(VI_API)" or a worker's "[worker-1]".
inline bool isWrappedState(std::string_view token)
{
    while (!token.empty() && (token.back() == ',' || token.back() == ':' || token.back() == '.'))
        token.remove_suffix(1);
    return token.size() >= 4 && token.front() == '[' && token.back() == ']' &&
           std::all_of(token.begin() + 1, token.end() - 1, ascii::isUpper);
}

// A word in brackets or quotes, punctuation after it aside: "[logs]", "\"api\",", "'eu'", b'root'.
inline bool isWrappedWord(std::string_view token)
{
    while (!token.empty() &&
           (token.back() == ',' || token.back() == ';' || token.back() == ':' || token.back() == '.'))
        token.remove_suffix(1);
    // Python's bytes and string prefixes: b'root' is repr()'s spelling of a value.
    if (token.size() > 3 && (token[0] == 'b' || token[0] == 'u') && (token[1] == '\'' || token[1] == '"'))
        token.remove_prefix(1);
    if (token.size() < 3) return false;
    const char open = token.front(), close = token.back();
    return (open == '[' && close == ']') || (open == '"' && close == '"') || (open == '\'' && close == '\'');
}

// The word "user" before a column says what the column holds: a user's name ("session closed for
// user root", "user admin: authentication failure"), however few users a log happens to show.
inline bool namesAUser(std::string_view previous)
{
    return ascii::equalsIgnoringCase(previous, "user");
}

// An identifier as code names things: words joined by '_' (fe_pg, be_shop, my_table). Event
// words are seldom spelt so; the names of proxies, tables and queues often are.
inline bool isSnakeIdentifier(std::string_view token)
{
    while (!token.empty() && (token.back() == ':' || token.back() == ',' || token.back() == '.'))
        token.remove_suffix(1);
    const std::size_t underscore = token.find('_');
    if (underscore == std::string_view::npos || underscore == 0 || underscore + 1 >= token.size())
        return false;
    for (char c : token)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) return false;
    return true;
}

// A name as files, units and code are spelt: letters joined by a dot (or a namespace's backslash or
// '::') to more letters, no blank (nightly-backup.service, app.conf, org.acme.Worker,
// App\Jobs\SyncInventory). Event words carry no inner dot.
inline bool isDottedName(std::string_view token)
{
    while (!token.empty() && (token.back() == ':' || token.back() == ',' || token.back() == '.'))
        token.remove_suffix(1);
    if (token.empty() || containsPlaceholder(token)) return false;
    bool inner = false;
    for (std::size_t i = 0; i < token.size(); ++i) {
        const char c = token[i];
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        // A namespace's separator joins names as a dot does: PHP's "App\Jobs\SyncInventory",
        // C++'s and Rust's "net::Pool".
        const std::size_t separator = c == '.' || c == '\\' ? 1 : token.substr(i, 2) == "::" ? 2 : 0;
        if (separator > 0) {
            const std::size_t next = i + separator;
            const bool between =
                i > 0 && next < token.size() &&
                ((token[next] >= 'a' && token[next] <= 'z') || (token[next] >= 'A' && token[next] <= 'Z'));
            if (!between) return false;
            inner = true;
            i = next - 1;
        } else if (!letter && !(c >= '0' && c <= '9') && c != '-' && c != '_') {
            return false;
        }
    }
    return inner;
}

// A class as code names it: capitalised words run together (OrderControllerTest, ClockTest,
// RepositoryIT). Event words are written apart; a type that names the event ("IOException") is
// kept by the callers' other tests (a few alternatives, said in more than one template).
inline bool isCamelCaseName(std::string_view token)
{
    while (!token.empty() && (token.back() == ':' || token.back() == ',' || token.back() == '.'))
        token.remove_suffix(1);
    if (token.size() < 4 || !(token[0] >= 'A' && token[0] <= 'Z')) return false;
    bool hump = false;
    for (std::size_t i = 0; i < token.size(); ++i) {
        const char c = token[i];
        const bool upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z';
        if (!upper && !lower && !(c >= '0' && c <= '9')) return false;
        hump = hump || (upper && i > 0 && token[i - 1] >= 'a' && token[i - 1] <= 'z');
    }
    return hump;
}

// A name as code spells it: an identifier joined by '_' or a dotted name.
inline bool isCodeName(std::string_view token)
{
    return isSnakeIdentifier(token) || isDottedName(token);
}

// The function's name of a call that opens a token ("read" of "read(<NUM>,"): a letter first,
// then letters, digits and '_'; empty otherwise.
inline std::string_view calledName(std::string_view token)
{
    const std::size_t open = token.find('(');
    if (open == std::string_view::npos || open < 2 || open + 1 >= token.size() || !ascii::isAlpha(token[0]))
        return {};
    const std::string_view name = token.substr(0, open);
    return std::all_of(name.begin(), name.end(), [](char c) { return ascii::isAlnum(c) || c == '_'; })
               ? name
               : std::string_view{};
}

// The key of "key=value": the name as code writes one (letters, digits, '_', '-', '.'; a
// letter first) right before the '=', with a value after it ("uid" in "root(uid=0)",
// "ServiceType" in "(ServiceType=stelnet,"); empty otherwise (base64's "…Zw==").
inline std::string_view identifierKey(std::string_view token)
{
    const std::size_t equals = token.find('=');
    if (equals == std::string_view::npos || equals == 0 || equals + 1 >= token.size()) return {};
    const char value = token[equals + 1];
    if (value == '=' || value == ',' || value == ')' || value == ';') return {};
    std::size_t begin = equals;
    while (begin > 0 && (ascii::isAlnum(token[begin - 1]) || token[begin - 1] == '_' ||
                         token[begin - 1] == '-' || token[begin - 1] == '.'))
        --begin;
    // A command line's option ("-Dfile.encoding=UTF-8", "--add-opens=…") is an argument. A
    // key opens the token or follows an opening or a separator: letters glued to other text
    // before an '=' are base64's ('"rMZK…="') or an expression's.
    if (token[begin] == '-' ||
        (begin > 0 && std::string_view("([{,;:&?|").find(token[begin - 1]) == std::string_view::npos))
        return {};
    while (begin < equals && !ascii::isAlpha(token[begin]))
        ++begin;
    return token.substr(begin, equals - begin);
}

} // namespace logsleuth::text
