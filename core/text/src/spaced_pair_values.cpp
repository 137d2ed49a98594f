// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "spaced_pair_values.h"

#include "ascii.h"
#include "mined_tokens.h"

#include <algorithm>
#include <string_view>
#include <vector>

namespace logsleuth::text::detail {
namespace {

constexpr std::size_t kFewestKeys = 3;

// Where a key that starts at `at` ends (at its '='), or npos: a letter or '_', then letters,
// digits, '_', '.' or '-', then '=' and no second '='.
std::size_t keyEnd(std::string_view text, std::size_t at)
{
    if (at >= text.size() || !(ascii::isAlpha(text[at]) || text[at] == '_')) return std::string_view::npos;
    std::size_t p = at + 1;
    for (;;) {
        // (A number masked inside a key is the key's: CEF's "cs<NUM>Label=".)
        if (text.substr(p).starts_with("<NUM>")) {
            p += 5;
            continue;
        }
        if (p >= text.size() ||
            !(ascii::isAlnum(text[p]) || text[p] == '_' || text[p] == '.' || text[p] == '-'))
            break;
        ++p;
    }
    if (p >= text.size() || text[p] != '=' || (p + 1 < text.size() && text[p + 1] == '='))
        return std::string_view::npos;
    return p;
}

// Whether the words after a key's first word continue its value: not where they say what happened
// (a label, "mcu:"; a constant in capitals, "SEARCH RESULT"), nor after a number or another
// placeholder, a value of one token.
bool continuesAName(std::string_view value)
{
    std::size_t start = 0;
    for (bool first = true; start <= value.size(); first = false) {
        const std::size_t end = std::min(value.find(' ', start), value.size());
        const std::string_view word = value.substr(start, end - start);
        if (first && word.starts_with('<') && word.ends_with('>')) return false;
        if (!first && word.size() > 1 && word.back() == ':') return false;
        if (!first && word.size() >= 2 && std::all_of(word.begin(), word.end(), ascii::isUpper)) return false;
        // An address or a note in brackets after a name is a value of its own (Exim's
        // "H=(helo) [<IP>]:<NUM>").
        if (!first && (word.starts_with('[') || word.starts_with('('))) return false;
        start = end + 1;
    }
    // A bracket the value closes but does not open ends it earlier ("groupId=orders] Setting
    // offset for …").
    int depth = 0;
    for (const char c : value) {
        depth += c == '[' || c == '(' || c == '{' ? 1 : c == ']' || c == ')' || c == '}' ? -1 : 0;
        if (depth < 0) return false;
    }
    return depth == 0;
}

struct Key {
    std::size_t begin; // the key's first letter
    std::size_t equals;
};

} // namespace

void wildcardSpacedPairValues(std::string& masked)
{
    const std::string_view text = masked;
    // Most messages hold no record of keys: one quick count before the scan.
    if (std::count(text.begin(), text.end(), '=') < std::ptrdiff_t(kFewestKeys)) return;
    std::vector<Key> keys;
    for (std::size_t at = 0; at < text.size(); ++at) {
        if (at > 0 && text[at - 1] != ' ' && text[at - 1] != ',') continue;
        if (const std::size_t equals = keyEnd(text, at); equals != std::string_view::npos) {
            keys.push_back({at, equals});
            at = equals;
        }
    }
    if (keys.size() < kFewestKeys) return;
    std::string out;
    std::size_t copied = 0;
    // In a record whose keys a comma joins, the last value runs to the end of the line too.
    const Key& last = keys.back();
    const bool commaJoined = last.begin > 0 && text[last.begin - 1] == ',';
    for (std::size_t k = 0; k < keys.size(); ++k) {
        if (k + 1 == keys.size() && !commaJoined) break;
        const std::size_t valueBegin = keys[k].equals + 1;
        // ... to the blank or comma before the next key
        const std::size_t valueEnd = k + 1 < keys.size() ? keys[k + 1].begin - 1 : text.size();
        if (valueEnd <= valueBegin) continue;
        const std::string_view value = text.substr(valueBegin, valueEnd - valueBegin);
        const std::string_view key = text.substr(keys[k].begin, keys[k].equals - keys[k].begin);
        // A quoted value is the quotes' to judge; a value of one word is the miner's.
        if (value.find(' ') == std::string_view::npos || value.front() == '"' || value.front() == '\'' ||
            isMessageKey(key) || !continuesAName(value))
            continue;
        out.append(text.substr(copied, valueBegin - copied)).append("<*>");
        copied = valueEnd;
    }
    if (copied == 0) return;
    out.append(text.substr(copied));
    masked = std::move(out);
}

} // namespace logsleuth::text::detail
