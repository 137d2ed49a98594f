// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "bar_pairs.h"

#include "../ascii.h"
#include "pair_value.h"

#include <array>
#include <cstddef>

namespace logsleuth::text::detail {
namespace {

constexpr std::size_t kMinPairs = 3;
// Pairs past this many are read on as the last value: a message of pairs has a few dozen fields.
constexpr std::size_t kMaxPairs = 64;

// The length of "key=" opening `part` (a letter or '_', then letters, digits, '_', '.', '-'); 0
// when it opens otherwise.
std::size_t keyLength(std::string_view part)
{
    if (part.empty() || !(ascii::isAlpha(part[0]) || part[0] == '_')) return 0;
    for (std::size_t i = 1; i < part.size() && i < 64; ++i) {
        const char c = part[i];
        if (c == '=') return i + 1;
        if (!(ascii::isAlnum(c) || c == '_' || c == '.' || c == '-')) return 0;
    }
    return 0;
}

struct Pair {
    std::string_view key, value;
};

} // namespace

bool barSeparatedPairs(std::string_view message, std::string& out)
{
    while (!message.empty() && ascii::isSpace(message.back()))
        message.remove_suffix(1);
    if (keyLength(message) == 0 || message.find('|') == std::string_view::npos) return false;
    std::array<Pair, kMaxPairs> pairs;
    std::size_t count = 0;
    std::size_t start = 0;
    while (start <= message.size()) {
        const std::size_t bar = message.find('|', start);
        const std::size_t end = bar == std::string_view::npos ? message.size() : bar;
        const std::string_view part = message.substr(start, end - start);
        const std::size_t key = count < kMaxPairs ? keyLength(part) : 0;
        if (key > 0) {
            pairs[count++] = Pair{part.substr(0, key - 1), part.substr(key)};
        } else {
            // A bar inside the value before: the value runs on to this part's end.
            Pair& last = pairs[count - 1];
            last.value = message.substr(std::size_t(last.value.data() - message.data()),
                                        end - std::size_t(last.value.data() - message.data()));
        }
        if (bar == std::string_view::npos) break;
        start = bar + 1;
    }
    if (count < kMinPairs) return false;
    out.clear();
    for (std::size_t i = 0; i < count; ++i) {
        if (i > 0) out += ' ';
        out += pairs[i].key;
        out += '=';
        appendPairValue(pairs[i].value, out);
    }
    return true;
}

} // namespace logsleuth::text::detail
