// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "mined_tokens.h"
#include "sql_statement.h"

#include "ascii.h"
#include "logsleuth/text/mask.h"
#include "logsleuth/text/miner.h"
#include "logsleuth/text/records.h"
#include "plain_word.h"
#include "records/cells.h"

#include <algorithm>

namespace logsleuth::text {
namespace detail {

bool oneKeysValues(std::string_view a, std::string_view b)
{
    const auto plainValue = [](std::string_view token, std::size_t from) {
        if (token.ends_with(',')) token.remove_suffix(1);
        const std::string_view value = from < token.size() ? token.substr(from) : std::string_view{};
        return value == wildcard || (!value.empty() && std::all_of(value.begin(), value.end(), [](char c) {
                   return ascii::isNameChar(c) || c == ':';
               }));
    };
    const std::string_view key = identifierKey(a);
    return !key.empty() && key == identifierKey(b) && a.find('=') == key.size() &&
           b.find('=') == key.size() && plainValue(a, key.size() + 1) && plainValue(b, key.size() + 1);
}

std::string keyedWildcard(std::string_view token)
{
    std::string out(token.substr(0, token.find('=') + 1));
    out += wildcard;
    if (token.ends_with(',')) out += ',';
    return out;
}

bool keyedWildcardReads(std::string_view templateToken, std::string_view token)
{
    if (templateToken.ends_with(',') && token.ends_with(',')) {
        templateToken.remove_suffix(1);
        token.remove_suffix(1);
    }
    if (!templateToken.ends_with(wildcard) || templateToken.size() < wildcard.size() + 2) return false;
    const std::string_view key = templateToken.substr(0, templateToken.size() - wildcard.size());
    return key.back() == '=' && token.size() > key.size() && token.starts_with(key);
}

bool isMessageKey(std::string_view key)
{
    for (const std::string_view name : {"msg", "message", "text", "description", "summary", "event"})
        if (ascii::equalsIgnoringCase(key, name)) return true;
    return false;
}

std::size_t bracketedKeyLength(std::string_view text)
{
    if (text.size() < 4 || text[0] != '[' || !ascii::isLower(text[1])) return 0;
    std::size_t k = 1;
    while (k < text.size() && (ascii::isLower(text[k]) || text[k] == '_' || text[k] == '-'))
        ++k;
    return k + 1 < text.size() && text[k] == ':' && text[k + 1] == ' ' ? k + 2 : 0;
}

std::size_t colonKeyEnd(std::string_view token, char opening)
{
    const std::size_t colon = lowerCaseKeyEnd(token);
    return colon != std::string_view::npos && colon + 1 < token.size() && token[colon + 1] == opening
               ? colon
               : std::string_view::npos;
}

std::size_t keyedQuoteOpening(std::string_view token)
{
    std::size_t equals = token.find("=\"");
    // Single quotes too (Meraki's agent='Mozilla/5.0 (iPhone; …)').
    if (equals == std::string_view::npos) equals = token.find("='");
    return equals != std::string_view::npos ? equals : colonKeyEnd(token, '"');
}

// A key with its value in double quotes, punctuation after it aside: 'region="North America",'.
bool isKeyedQuotedValue(std::string_view token)
{
    while (!token.empty() && (token.back() == ',' || token.back() == ';'))
        token.remove_suffix(1);
    const std::size_t open = keyedQuoteOpening(token);
    if (open == std::string_view::npos || open == 0 || token.size() < open + 3 ||
        token.back() != token[open + 1])
        return false;
    const std::string_view inside = token.substr(open + 2, token.size() - open - 3);
    // Under any key but the message's own (logfmt's and zerolog's msg=), quoted prose is a field's
    // value too: error="websocket: bad handshake", reason="connection reset by peer".
    if (inside.empty()) return false;
    if (!isMessageKey(token.substr(0, open))) return true;
    // Under the message's key, words are the event however they open (msg="Sending SERVFAIL
    // during resolve"); only values alone are a value there (msg="<UUID>").
    return !hasLetterOutsideAngles(inside);
}

} // namespace detail

namespace {

// Whether the word at `at` can be what a verb in capitals acts on: a path or masked target
// ("GET /a", "GET <PATH>"), a star or a word in lower case ("SELECT *", "SELECT id") or another
// keyword ("DELETE FROM"). A code or a name after the capitals ("AAAA IN", 'ACME Corp') makes
// the capitals a value, not a verb.
bool readsAsVerbTarget(std::string_view message, std::size_t at)
{
    if (at >= message.size()) return false;
    const char c = message[at];
    if (c == '/' || c == '<' || c == '*' || (c >= 'a' && c <= 'z')) return true;
    std::size_t capitals = 0;
    while (at + capitals < message.size() && ascii::isUpper(message[at + capitals]))
        ++capitals;
    const bool wordEnds = at + capitals == message.size() || !ascii::isAlpha(message[at + capitals]);
    return capitals >= 3 && wordEnds;
}

// "Mozilla/<NUM>", "curl/<NUM>", "okhttp/4.12.0": a product's name and its version, as a client
// names itself (RFC 9110's User-Agent).
bool opensWithProductVersion(std::string_view word)
{
    std::size_t p = 0;
    while (p < word.size() && (ascii::isAlnum(word[p]) || word[p] == '-' || word[p] == '_' || word[p] == '.'))
        ++p;
    return p > 0 && ascii::isAlpha(word[0]) && p + 1 < word.size() && word[p] == '/' &&
           (ascii::isDigit(word[p + 1]) || word.substr(p + 1).starts_with("<NUM>"));
}

// Whether the word before `start` is the key of a clause in a comma-separated context (nginx's
// '…, request: "GET /x HTTP/1.1", host: …'): what it quotes is a value of the context.
bool followsContextKey(std::string_view message, std::size_t start)
{
    if (start < 4 || message[start - 1] != ' ' || message[start - 2] != ':') return false;
    std::size_t keyStart = start - 2;
    while (keyStart > 0 && (ascii::isLower(message[keyStart - 1]) || message[keyStart - 1] == '_'))
        --keyStart;
    return keyStart + 2 < start && keyStart >= 2 && message[keyStart - 1] == ' ' &&
           message[keyStart - 2] == ',';
}

// Where a quoted value that spans blanks ends ('my document.txt': and "Q<NUM> budget"), so it
// counts as one token, the way a value without blanks does: the end of its closing quote's word,
// or npos. A quoted request or statement ("GET <PATH> HTTP/<NUM>", "SELECT …") keeps its words,
// its verb being the event, unless a key names it (`afterKey`: request="GET …", or a context's
// ', request: "GET …"'), where the request is a value of what happened.
std::size_t quotedSpanEnd(std::string_view message, std::size_t start, std::size_t wordEnd,
                          bool afterKey = false, bool keyedValue = false)
{
    // A client's name and version ("Mozilla/<NUM> (Windows NT <NUM>; …) …", an access log's user
    // agent) is a value however many words it runs to; other quotes hold a value of a few words.
    const bool product = opensWithProductVersion(message.substr(start + 1, wordEnd - start - 1));
    const std::size_t longest = product ? 512 : 128;
    const char quote = message[start];
    if (quote != '\'' && quote != '"' && quote != '`') return std::string_view::npos; // `Mail: Queue`
    // A key's value escapes the quotes it holds (Go's %q and logfmt: query="{app=\"api\"} |= \"x\"").
    const auto closing = [&](std::size_t from) {
        std::size_t at = message.find(quote, from);
        while (keyedValue && at != std::string_view::npos && at > from && message[at - 1] == '\\')
            at = message.find(quote, at + 1);
        return at;
    };
    if (const std::size_t inWord = closing(start + 1); inWord != std::string_view::npos && inWord < wordEnd)
        return std::string_view::npos; // closes within its word
    std::size_t close = closing(wordEnd);
    // A quote that opens a word inside the value, the message ending in a quote that pairs them all
    // (MPD's 'process command "add "Nils Frahm/Spaces/03 - Says.flac""', '"albumart "a/b.flac" 0"'):
    // quoted values within one, which runs to the end.
    if (close != std::string_view::npos && message[close - 1] == ' ' && message.size() >= close + 3 &&
        message.back() == quote &&
        std::count(message.begin() + static_cast<std::ptrdiff_t>(start), message.end(), quote) % 2 == 0)
        close = message.size() - 1;
    if (close == std::string_view::npos || close - start > longest) return std::string_view::npos;
    // Eight words and more in quotes are a message quoted whole (PHP-FPM's 'said into stderr:
    // "NOTICE: PHP message: …"'), whose words are its event, not a value's; not as a key's value
    // (error="token is malformed: could not JSON decode header"), which isKeyedQuotedValue judges.
    // A quote that opens with a path is a file's name, blanks and all ("/music/Lana Del Rey/Lana
    // Del Rey - Video Games.mp3"), however many words it holds.
    constexpr std::ptrdiff_t kMessageWords = 8;
    const bool path = message.substr(start + 1).starts_with("<PATH>");
    // ... a message quoted whole labels its parts ("NOTICE:", "PHP message:") or is the whole line
    // (Nokia SR OS's log events); a title of as many words after a verb labels none ('Doom Eternal
    // OST - The Only Thing They Fear Is You').
    const std::string_view inside = message.substr(start + 1, close - start - 1);
    const bool labelled =
        inside.find(": ") != std::string_view::npos || (!inside.empty() && inside.back() == ':');
    const bool whole = start == 0 && close + 1 >= message.size();
    // A message quoted whole in double quotes, alone or after its source's name (Joplin's
    // '"Scheduling sync operation..."', 'Synchronizer: "Total notes: 1202"'), is the message,
    // however few its words. After a level the quotes hold what went wrong, a value (an EPICS
    // client's 'Warning: "Virtual circuit disconnect"').
    const bool byName = start >= 2 && message[start - 1] == ' ' && message[start - 2] == ':' &&
                        message.substr(0, start - 1).find(' ') == std::string_view::npos &&
                        !isLevelWord(message.substr(0, start - 2));
    if (quote == '"' && !product && !keyedValue && !path && close + 1 >= message.size() &&
        (start == 0 || byName))
        return std::string_view::npos;
    if (!product && !keyedValue && !path && (labelled || whole) &&
        std::count(message.begin() + static_cast<std::ptrdiff_t>(start),
                   message.begin() + static_cast<std::ptrdiff_t>(close), ' ') +
                1 >=
            kMessageWords)
        return std::string_view::npos;
    std::size_t end = message.find(' ', close);
    if (end == std::string_view::npos) end = message.size();
    std::size_t capitals = 0;
    bool verb = true;
    for (std::size_t i = start + 1; i < wordEnd && verb; ++i) {
        verb = message[i] >= 'A' && message[i] <= 'Z';
        capitals += verb ? 1 : 0;
    }
    if (!afterKey && verb && capitals >= 2 && readsAsVerbTarget(message, wordEnd + 1))
        return std::string_view::npos;
    return end;
}

// Where a bracketed value after a key that spans blanks ends (Kea's "cid=[no info]," beside
// "cid=[<NUM>:<MAC>],"), so it counts as one token as a value without blanks does: the end of its
// closing bracket's word, or npos. A list may be long (Solr's "add=[SKU-1 (17858…), SKU-2
// (17858…), … (16 adds)]").
std::size_t keyedBracketSpanEnd(std::string_view message, std::size_t start, std::size_t wordEnd)
{
    constexpr std::size_t kLongest = 1024;
    const std::string_view word = message.substr(start, wordEnd - start);
    std::size_t open = word.find("=[");
    // Go's pairs write a key in lower case and a colon ("error:[ssh: handshake failed: EOF]"):
    // brackets inside count, so that the span ends at the bracket that closes the value.
    const bool colonKey = open == std::string_view::npos;
    if (colonKey) open = detail::colonKeyEnd(word, '[');
    if (open == std::string_view::npos || open == 0 || word.find(']', open) != std::string_view::npos)
        return std::string_view::npos;
    std::size_t close = std::string_view::npos;
    if (colonKey) {
        int depth = 0;
        for (std::size_t p = start + open + 1; p < message.size() && p - start <= kLongest; ++p) {
            if (message[p] == '[') ++depth;
            if (message[p] == ']' && --depth == 0) {
                close = p;
                break;
            }
        }
    } else {
        close = message.find(']', wordEnd);
    }
    if (close == std::string_view::npos || close - start > kLongest) return std::string_view::npos;
    const std::size_t end = message.find(' ', close);
    return end == std::string_view::npos ? message.size() : end;
}

// Where a double-quoted value after a key that spans blanks ends (FortiGate's
// srccountry="United States" beside srccountry="Reserved"), so it counts as one token as a value
// without blanks does; npos for any other. A quoted request keeps its verb as quotedSpanEnd says,
// and quotes that hold pairs of their own (auditd's msg="op=login acct=…") keep their words.
std::size_t keyedQuoteSpanEnd(std::string_view message, std::size_t start, std::size_t wordEnd)
{
    const std::string_view word = message.substr(start, wordEnd - start);
    const std::size_t open = detail::keyedQuoteOpening(word);
    if (open == std::string_view::npos || open == 0) return std::string_view::npos;
    const std::size_t end = quotedSpanEnd(message, start + open + 1, wordEnd, true, true);
    if (end == std::string_view::npos) return end;
    return detail::isKeyedQuotedValue(message.substr(start, end - start)) ? end : std::string_view::npos;
}

// Where a parenthesised note that spans blanks and ends the message ends ("(Plex for iOS)",
// "(signal: Terminated)", "(purchase: weapon_ak<NUM>)"), so it counts as one token as a value
// without blanks does; npos for any other. A note followed by more words ("(has extras) }") and
// one beside a single word ("topic (QoS <NUM>)", half its message) keep their words.
std::size_t parenthesisedSpanEnd(std::string_view message, std::size_t start, std::size_t wordEnd)
{
    if (message[start] != '(') return std::string_view::npos;
    // Two words before it at least: a note beside one word is half its message ("topic (QoS 1)").
    if (start < 2 || message.rfind(' ', start - 2) == std::string_view::npos) return std::string_view::npos;
    const std::size_t close = detail::closingParenthesis(message, start);
    if (close == std::string_view::npos || close < wordEnd ||
        message.find(' ', close) != std::string_view::npos)
        return std::string_view::npos;
    return message.size();
}

// Where a bracketed note that spans blanks and ends the message ends (an IRC client's quit
// reason, "[Quit: WeeChat 4.1.1]", "[Ping timeout: 240 seconds]", or its real name, "[Kai
// Bremer]"), as parenthesisedSpanEnd has it for parentheses; npos for any other.
std::size_t bracketedNoteSpanEnd(std::string_view message, std::size_t start, std::size_t wordEnd)
{
    if (message[start] != '[' || message.back() != ']') return std::string_view::npos;
    if (start < 2 || message.rfind(' ', start - 2) == std::string_view::npos) return std::string_view::npos;
    // A key in lower case opens a field ("[reputation: 230]"), which keeps its key: see
    // bracketedFieldSpanEnd.
    if (detail::bracketedKeyLength(message.substr(start)) > 0) return std::string_view::npos;
    // Prose of a few words, opening with a capital: not the whole message in brackets (ZoneMinder's
    // "[Lager Sued: 48225 - Capturing at 5.00 fps, …]"), pairs ("[this=… uri=…]", "[Parameters=[…],
    // …]"), a measure ("[10s elapsed]") or a name in lower case that says what the line is about
    // (Ansible's "TASK [install packages]").
    constexpr std::size_t kMostWords = 6;
    if (!ascii::isUpper(message[start + 1])) return std::string_view::npos;
    const std::string_view inside = message.substr(start + 1, message.size() - start - 2);
    if (inside.find_first_of("[]=") != std::string_view::npos ||
        static_cast<std::size_t>(std::count(inside.begin(), inside.end(), ' ')) >= kMostWords)
        return std::string_view::npos;
    return message.size() - 1 >= wordEnd ? message.size() : std::string_view::npos;
}

// Where options in angle brackets that span blanks end (tcpdump's TCP options, "<mss 1460,nop,
// wscale 7>", "<mss 1460>"), so they count as one token: a list of any length is one value. An
// option's name in lower case opens them with its number after a blank, never a placeholder's
// capitals ("<NUM>"), whose own brackets pair up inside. Words in angle brackets ("<unknown
// sid>"), an object's repr ("<app.Default object at 0x7f…>") and an element with its attributes
// ("<iq type='get'>") keep their words. npos for any other.
std::size_t angleOptionsSpanEnd(std::string_view message, std::size_t start, std::size_t wordEnd)
{
    constexpr std::size_t kLongest = 256;
    if (message[start] != '<' || wordEnd < start + 2 || wordEnd >= message.size() ||
        !std::all_of(message.begin() + static_cast<std::ptrdiff_t>(start) + 1,
                     message.begin() + static_cast<std::ptrdiff_t>(wordEnd), ascii::isLower))
        return std::string_view::npos;
    const std::string_view value = message.substr(wordEnd + 1);
    if (value.empty() || !(ascii::isDigit(value.front()) || value.starts_with("<NUM>")))
        return std::string_view::npos;
    std::size_t depth = 0;
    for (std::size_t i = start; i < message.size() && i - start < kLongest; ++i) {
        if (message[i] == '=' || message[i] == '\'' || message[i] == '"' || message[i] == '/')
            return std::string_view::npos;
        if (message[i] == '<') ++depth;
        if (message[i] != '>') continue;
        if (--depth > 0) continue;
        if (i < wordEnd) return std::string_view::npos; // closed without a blank: a word ("<init>")
        const std::size_t end = message.find(' ', i);
        return end == std::string_view::npos ? message.size() : end;
    }
    return std::string_view::npos;
}

// Where an object written into a message ({"id": 7, "qty": 2}, {'mode': 'a'}, {a=1, b=2}) ends
// when it opens in the word [start, wordEnd) and spans blanks, so it counts as one token: a
// structure with any number of fields is one value. Its fields must read as one: every
// comma-separated item pairs a key with a value (':' or '='), and an object of one field has
// blanks only after its ':'. A description in braces (`Intent { act=MAIN cmp=x/.Y }`,
// `Record{4ad0c3e u0 t30}`) is no object and keeps its words. npos when there is none.
std::size_t objectSpanEnd(std::string_view message, std::size_t start, std::size_t wordEnd)
{
    constexpr std::size_t kLongest = 512;
    const std::size_t open = message.substr(start, wordEnd - start).find('{');
    if (open == std::string_view::npos) return std::string_view::npos;
    std::size_t depth = 0, close = std::string_view::npos, commas = 0;
    bool itemPairs = false, allPair = true, looseBlank = false;
    char previous = '{';
    for (std::size_t i = start + open; i < message.size() && i - start < kLongest; ++i) {
        const char c = message[i];
        if (c == '"' && depth > 0) {
            // A JSON string is one value, whatever braces, commas and blanks it holds
            // ("sql":"… in (?, ?) …").
            // Within the object's bound like the rest: a line of unclosed strings costs no more.
            std::size_t q = i + 1;
            while (q < message.size() && q - start < kLongest && message[q] != '"')
                q += message[q] == '\\' ? 2 : 1;
            if (q >= message.size() || q - start >= kLongest) break;
            i = q;
            previous = '"';
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0) {
                close = i;
                break;
            }
        } else if (depth == 1) {
            if (c == ':' || c == '=') {
                itemPairs = true;
            } else if (c == ',') {
                ++commas;
                allPair = allPair && itemPairs;
                itemPairs = false;
            } else if (c == ' ' && previous != ':' && previous != ',') {
                looseBlank = true;
            }
        }
        previous = c;
    }
    if (close == std::string_view::npos || close < wordEnd || message[start + open] != '{')
        return std::string_view::npos;
    allPair = allPair && itemPairs;
    if (!allPair || (commas == 0 && looseBlank)) return std::string_view::npos;
    const std::size_t end = message.find(' ', close);
    return end == std::string_view::npos ? message.size() : end;
}

// A list item without the comma after it and the bracket that opens (first item) or closes
// (last item) the list, nor the full stop that ends a sentence after the last ("from <IP>,
// <IP>."); empty when it holds another bracket: "(n.round)," is a parenthesised note in prose,
// not the start of a list.
std::string_view listItem(std::string_view word, bool first, bool last)
{
    if (!word.empty() && word.back() == ',') word.remove_suffix(1);
    if (last && word.size() > 1 && word.back() == '.') word.remove_suffix(1);
    if (first && !word.empty() && (word.front() == '[' || word.front() == '(' || word.front() == '{'))
        word.remove_prefix(1);
    if (last && !word.empty() && (word.back() == ']' || word.back() == ')' || word.back() == '}'))
        word.remove_suffix(1);
    const bool bracketed = word.find_first_of("[](){}") != std::string_view::npos;
    return bracketed ? std::string_view{} : word;
}

// A word that can be an item of a list of names: letters with joining punctuation, no key
// (':', '='), no placeholder.
bool isNameItem(std::string_view item)
{
    if (item.empty() || containsPlaceholder(item)) return false;
    return std::all_of(item.begin(), item.end(), [](char c) {
        return ascii::isAlnum(c) || c == '-' || c == '_' || c == '.' || c == '/' ||
               static_cast<unsigned char>(c) >= 0x80;
    });
}

// Where a comma-separated list that starts with the word [start, wordEnd) ends ("auth, cache,
// metrics", "[user:<NUM>, user:<NUM>]"), so a list of any length counts as one token, or npos.
// Its items must be alike: names, or one masked shape repeated. "<SIZE>, used:" or
// "uid=<NUM>, type=<NUM>" are no list: a key after the comma names what follows and stays a
// word of its own.
std::size_t listEnd(std::string_view message, std::size_t start, std::size_t wordEnd)
{
    constexpr std::size_t kLongest = 512;
    std::string_view first = message.substr(start, wordEnd - start);
    if (first.size() < 2 || first.back() != ',') return std::string_view::npos;
    const std::string_view shape = listItem(first, true, false);
    if (shape.empty()) return std::string_view::npos;
    const bool names = isNameItem(shape);
    if (!names && !(containsPlaceholder(shape) && shape.find('=') == std::string_view::npos))
        return std::string_view::npos;
    std::size_t end = wordEnd;
    while (end < message.size() && message[end - 1] == ',' && message[end] == ' ' && end - start < kLongest) {
        std::size_t next = message.find(' ', end + 1);
        if (next == std::string_view::npos) next = message.size();
        const std::string_view word = message.substr(end + 1, next - end - 1);
        const std::string_view item = listItem(word, false, !word.ends_with(','));
        if (item.empty() || (names ? !isNameItem(item) : item != shape)) break;
        // ... and so does a key an '=' apart from its value ("period = day, date = 2026-11-28").
        if (message.substr(next).starts_with(" = ")) break;
        end = next;
    }
    return end == wordEnd ? std::string_view::npos : end;
}

// Where a set in braces ends whose items a comma and a blank separate, when it opens in the word
// [start, wordEnd) ("{aes256-cts-hmac-sha1-96(18), DEPRECATED:arcfour-hmac(23)}", Kerberos'
// encryption types): one value however many items it holds and whatever their shapes; npos
// when there is none. Objects (keys with values) are objectSpanEnd's.
std::size_t braceSetEnd(std::string_view message, std::size_t start, std::size_t wordEnd)
{
    constexpr std::size_t kLongest = 512;
    if (message[start] != '{' || message[wordEnd - 1] != ',') return std::string_view::npos;
    std::size_t end = wordEnd;
    while (end < message.size() && message[end - 1] == ',' && message[end] == ' ' && end - start < kLongest) {
        std::size_t next = message.find(' ', end + 1);
        if (next == std::string_view::npos) next = message.size();
        const std::string_view word = message.substr(end + 1, next - end - 1);
        if (word.find('{') != std::string_view::npos) return std::string_view::npos;
        if (const std::size_t close = word.find('}'); close != std::string_view::npos)
            return close + 2 >= word.size() ? next : std::string_view::npos; // "…}" or "…})"
        end = next;
    }
    return std::string_view::npos;
}

// Where a value written as parenthesised pairs ends when it spans blanks: groups within groups
// (an Oracle Net descriptor "(CONNECT_DATA=(CID=(PROGRAM=JDBC Thin Client)(USER=app)))", an LDAP
// filter "(&(objectClass=person)(cn=Jane Doe))"), or one group of pairs a comma separates
// (Huawei's "(Task=VT1, User=nms, Command=\"display version\")"). Every parenthesis and every
// comma between pairs opens a name and '=' (a parenthesis may open another parenthesis or a
// filter's operator before one), so the whole is one value however many blanks its values
// hold; npos for anything else: a note in parentheses keeps its words, and so do pairs set
// apart by blanks alone ("(id=7 pos=<1, 2>)").
std::size_t pairGroupsSpanEnd(std::string_view message, std::size_t start, std::size_t wordEnd)
{
    constexpr std::size_t kLongest = 1024;
    if (message[start] != '(') return std::string_view::npos;
    auto at = [&](std::size_t i) { return i < message.size() ? message[i] : '\0'; };
    // Whether a name and '=' start at k.
    auto opensPair = [&](std::size_t k) {
        return k < message.size() && codeKeyLength(message.substr(k)) > 0;
    };
    std::size_t depth = 0, deepest = 0, commas = 0;
    for (std::size_t i = start; i < message.size() && i - start < kLongest; ++i) {
        const char c = message[i];
        if (c == '"' && depth > 0) {
            const std::size_t close = message.find('"', i + 1);
            if (close == std::string_view::npos) return std::string_view::npos;
            i = close;
        } else if (c == '(') {
            deepest = std::max(deepest, ++depth);
            std::size_t k = i + 1;
            if (at(k) == '&' || at(k) == '|' || at(k) == '!') ++k;
            if (at(k) != '(' && !opensPair(k)) return std::string_view::npos;
        } else if (c == ',' && depth == 1) {
            std::size_t k = i + 1;
            while (at(k) == ' ')
                ++k;
            if (!opensPair(k)) return std::string_view::npos;
            ++commas;
        } else if (c == ')') {
            if (depth == 0) return std::string_view::npos;
            if (--depth > 0) continue;
            // No blank inside: one word already.
            if (i < wordEnd || (deepest < 2 && commas == 0)) return std::string_view::npos;
            return at(i + 1) == '\0' || at(i + 1) == ' ' ? i + 1 : std::string_view::npos;
        }
    }
    return std::string_view::npos;
}

// Where a bracket that opens the message with a peer's address ends, when a word or two follows
// the address inside (Monero's "[91.126.8.179:18080 INC] Synced …", "[<IP> OUT]"): the connection
// the line is about and its direction, one value. npos for any other.
std::size_t peerBracketEnd(std::string_view message, std::size_t start, std::size_t wordEnd)
{
    constexpr std::size_t kMostWords = 2, kLongest = 48;
    if (start != 0 || message[0] != '[' || !message.substr(1, wordEnd - 1).starts_with("<IP>"))
        return std::string_view::npos;
    if (message.substr(0, wordEnd).find(']') != std::string_view::npos) return std::string_view::npos;
    const std::size_t close = message.find(']', wordEnd);
    if (close == std::string_view::npos || close > kLongest) return std::string_view::npos;
    const std::string_view inside = message.substr(wordEnd, close - wordEnd);
    if (static_cast<std::size_t>(std::count(inside.begin(), inside.end(), ' ')) > kMostWords ||
        inside.find('[') != std::string_view::npos)
        return std::string_view::npos;
    return close + 1 == message.size() || message[close + 1] == ' ' ? close + 1 : std::string_view::npos;
}

// Where a bracketed field that spans blanks ends, a key in lower case and its value inside one
// bracket beside another such field (UnrealIRCd's "[secure: TLSv1.3-TLS_CHACHA20_POLY1305_SHA256]
// [reputation: 230]", "[reason: password mismatch] [oper: zeta]"), so it counts as one token: a
// field some lines of an event carry and others leave out. npos for any other.
std::size_t bracketedFieldSpanEnd(std::string_view message, std::size_t start, std::size_t wordEnd)
{
    constexpr std::size_t kMostWords = 6;
    // The field's end, when a bracketed field opens at `at`; npos else.
    const auto fieldEnd = [&](std::size_t at) {
        const std::size_t key = detail::bracketedKeyLength(message.substr(at));
        if (key == 0) return std::string_view::npos;
        std::size_t words = 1;
        for (std::size_t i = at + key; i < message.size(); ++i) {
            const char c = message[i];
            if (c == '[') return std::string_view::npos;
            if (c == ' ' && ++words > kMostWords) return std::string_view::npos;
            if (c == ']')
                return i + 1 == message.size() || message[i + 1] == ' ' ? i + 1 : std::string_view::npos;
        }
        return std::string_view::npos;
    };
    const std::size_t end = fieldEnd(start);
    if (end == std::string_view::npos || end <= wordEnd) return std::string_view::npos;
    // Beside another field, after it or before it; and after the message's first words: fields
    // that open it are its context (Zuul's "[e: 3f2a…] [build: 9c1d…] Ansible output: …").
    const bool after = end + 1 < message.size() && fieldEnd(end + 1) != std::string_view::npos;
    std::size_t first = start;
    while (first >= 2 && message[first - 2] == ']') {
        const std::size_t open = message.rfind('[', first - 2);
        if (open == std::string_view::npos || fieldEnd(open) != first - 1) break;
        first = open;
    }
    return (after || first < start) && first > 0 ? end : std::string_view::npos;
}

// Where a bracketed value that spans blanks ends, in a message that brackets its values (Commvault's
// "type [Synthetic Full] subclient [default] backupset [defaultBackupSet]", "Sending [Completed w/ one
// or more errors] for job [<NUM>]"), so it counts as one token as a value without blanks does: a
// few words after a word, no pairs, brackets or numbers inside, and two more values of one word each in
// brackets of their own elsewhere in the message. npos for any other.
std::size_t bracketedValueSpanEnd(std::string_view message, std::size_t start, std::size_t wordEnd)
{
    constexpr std::size_t kMostWords = 5, kLongest = 64;
    if (message[start] != '[' || start < 2 || message[start - 1] != ' ' ||
        message.substr(start, wordEnd - start).find(']') != std::string_view::npos)
        return std::string_view::npos;
    const std::size_t close = message.find(']', wordEnd);
    if (close == std::string_view::npos || close - start > kLongest) return std::string_view::npos;
    const std::string_view inside = message.substr(start + 1, close - start - 1);
    // (Words, not a label and its number: "[JOB <NUM>]" keeps its two.)
    if (inside.find_first_of("[=<0123456789") != std::string_view::npos ||
        static_cast<std::size_t>(std::count(inside.begin(), inside.end(), ' ')) >= kMostWords)
        return std::string_view::npos;
    std::size_t end = message.find(' ', close);
    if (end == std::string_view::npos) end = message.size();
    if (end - close > 2) return std::string_view::npos; // "]" and one mark at most after it
    std::size_t others = 0;
    for (std::size_t i = 0; i < message.size(); ++i) {
        if (message[i] != '[' || (i > 0 && message[i - 1] != ' ') || i == start) continue;
        const std::size_t shut = message.find(']', i);
        const std::size_t blank = message.find(' ', i);
        others += shut != std::string_view::npos && shut > i + 1 && shut < blank ? 1 : 0;
    }
    return others >= 2 ? end : std::string_view::npos;
}

// Where the last field of a list that " ; " separates ends, when it pairs a key with a value
// (sudo's "TTY=pts/0 ; PWD=/home/bob ; USER=root ; COMMAND=/usr/bin/apt update"): the end of the
// message, its value taking the words after it as a value without blanks does; npos otherwise.
std::size_t lastFieldSpanEnd(std::string_view message, std::size_t start, std::size_t wordEnd)
{
    if (start < 3 || message.substr(start - 3, 3) != " ; ") return std::string_view::npos;
    const std::size_t equals = message.find('=', start);
    if (equals == std::string_view::npos || equals == start || equals >= wordEnd)
        return std::string_view::npos;
    for (std::size_t i = start; i < equals; ++i)
        if (!ascii::isAlnum(message[i]) && message[i] != '_') return std::string_view::npos;
    return message.find(" ; ", wordEnd) == std::string_view::npos ? message.size() : std::string_view::npos;
}

} // namespace

void minedTokens(std::string_view message, std::vector<std::string_view>& tokens)
{
    tokens.clear();
    std::size_t start = 0;
    while (start <= message.size()) {
        std::size_t end = message.find(' ', start);
        if (end == std::string_view::npos) end = message.size();
        if (end > start && end < message.size()) {
            if (const std::size_t statementEnd = detail::statementSpanEnd(message, start, end);
                statementEnd != std::string_view::npos)
                end = statementEnd;
            else if (const std::size_t spanEnd =
                         quotedSpanEnd(message, start, end, followsContextKey(message, start));
                     spanEnd != std::string_view::npos)
                end = spanEnd;
            else if (const std::size_t keyedEnd = keyedBracketSpanEnd(message, start, end);
                     keyedEnd != std::string_view::npos)
                end = keyedEnd;
            else if (const std::size_t keyedQuoteEnd = keyedQuoteSpanEnd(message, start, end);
                     keyedQuoteEnd != std::string_view::npos)
                end = keyedQuoteEnd;
            else if (const std::size_t noteEnd = parenthesisedSpanEnd(message, start, end);
                     noteEnd != std::string_view::npos)
                end = noteEnd;
            else if (const std::size_t bracketNoteEnd = bracketedNoteSpanEnd(message, start, end);
                     bracketNoteEnd != std::string_view::npos)
                end = bracketNoteEnd;
            else if (const std::size_t groupsEnd = pairGroupsSpanEnd(message, start, end);
                     groupsEnd != std::string_view::npos)
                end = groupsEnd;
            else if (const std::size_t objectEnd = objectSpanEnd(message, start, end);
                     objectEnd != std::string_view::npos)
                end = objectEnd;
            else if (const std::size_t optionsEnd = angleOptionsSpanEnd(message, start, end);
                     optionsEnd != std::string_view::npos)
                end = optionsEnd;
            else if (const std::size_t listSpanEnd = listEnd(message, start, end);
                     listSpanEnd != std::string_view::npos)
                end = listSpanEnd;
            else if (const std::size_t setEnd = braceSetEnd(message, start, end);
                     setEnd != std::string_view::npos)
                end = setEnd;
            else if (const std::size_t fieldEnd = lastFieldSpanEnd(message, start, end);
                     fieldEnd != std::string_view::npos)
                end = fieldEnd;
            else if (const std::size_t peerEnd = peerBracketEnd(message, start, end);
                     peerEnd != std::string_view::npos)
                end = peerEnd;
            else if (const std::size_t bracketEnd = bracketedFieldSpanEnd(message, start, end);
                     bracketEnd != std::string_view::npos)
                end = bracketEnd;
            else if (const std::size_t valueEnd = bracketedValueSpanEnd(message, start, end);
                     valueEnd != std::string_view::npos)
                end = valueEnd;
        }
        if (end > start) {
            const std::string_view token = message.substr(start, end - start);
            // A list of like values ("blk_<NUM> blk_<NUM> blk_<NUM>") is one variable however
            // long it runs: it counts as one token, so lists of any length share a template.
            // Wildcards stay apart: a template's "<*> <*>" keeps its token count.
            const bool repeats = !tokens.empty() && tokens.back() == token && token != detail::wildcard &&
                                 containsPlaceholder(token);
            if (!repeats) tokens.push_back(token);
        }
        start = end + 1;
    }
}

} // namespace logsleuth::text
