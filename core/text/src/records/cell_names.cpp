// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// What a header cell's value names beyond its text: a program without its process id, a logger
// without the ids or counters glued to it, a level and a name in one word, a Cisco mnemonic
// (see cells.h). The cells themselves are read in cells.cpp.
#include "cells.h"

#include "../ascii.h"
#include "logsleuth/text/records.h"

#include <algorithm>

namespace logsleuth::text::detail {

using namespace ascii;

namespace {

// The characters of a mnemonic's parts: capitals, digits, '_' and '-' ("C4K_EBM", "PHY_UPDOWN").
bool isMnemonicCharacter(char c)
{
    return isUpper(c) || isDigit(c) || c == '_' || c == '-';
}

// Huawei's and H3C's form, "%%01SSH/5/SSH_USER_LOGOUT(s)": two digits (the format's version),
// the module, the severity between slashes, the brief, and the kind of log in parentheses.
bool readSlashedMnemonic(std::string_view value, Mnemonic& out)
{
    value.remove_prefix(2);
    while (!value.empty() && isDigit(value.front()))
        value.remove_prefix(1);
    if (value.size() > 3 && value.back() == ')' && value[value.size() - 3] == '(' &&
        isLower(value[value.size() - 2]))
        value.remove_suffix(3);
    const std::size_t first = value.find('/');
    if (first == std::string_view::npos || first < 2 || first + 3 >= value.size() || value[first + 2] != '/')
        return false;
    const char digit = value[first + 1];
    if (digit < '0' || digit > '7' || !isUpper(value[0]) ||
        !std::all_of(value.begin(), value.begin() + first, isMnemonicCharacter) ||
        !std::all_of(value.begin() + first + 3, value.end(), isMnemonicCharacter))
        return false;
    out.facility = value.substr(0, first);
    out.severity = value.substr(first + 1, 1);
    return true;
}

} // namespace

bool readMnemonic(std::string_view value, Mnemonic& out)
{
    if (!value.empty() && value.back() == ':') value.remove_suffix(1);
    if (value.starts_with("%%")) return readSlashedMnemonic(value, out);
    if (!value.empty() && value.front() == '%') value.remove_prefix(1);
    // FACILITY[-SUBFACILITY]-D-MNEMONIC: the digit is the last part but one.
    const std::size_t last = value.rfind('-');
    if (last == std::string_view::npos || last < 3 || value[last - 2] != '-') return false;
    const char digit = value[last - 1];
    if (digit < '0' || digit > '7' || !isUpper(value[0]) || last + 1 >= value.size()) return false;
    if (!std::all_of(value.begin(), value.end(), isMnemonicCharacter)) return false;
    out.facility = value.substr(0, last - 2);
    out.severity = value.substr(last - 1, 1);
    return true;
}

void takeMnemonic(std::string_view component, RecordParts& parts)
{
    Mnemonic mnemonic;
    if (!readMnemonic(component, mnemonic)) return;
    if (parts.level.empty()) parts.level = mnemonic.severity;
    parts.componentIsType = true;
}

void takeLevelBeforeSlash(RecordParts& parts)
{
    const std::string_view component = parts.component;
    const std::size_t slash = component.find('/');
    if (slash == std::string_view::npos || slash < 2 || slash + 1 >= component.size() ||
        !isAlpha(component[slash + 1]))
        return;
    const std::string_view level = component.substr(0, slash);
    if (!isLevelWord(level) || severityOf(level) == Severity::Unknown) return;
    if (parts.level.empty()) parts.level = level;
    parts.component = component.substr(slash + 1);
}

void takeLevelClosingTag(std::string_view tag, RecordParts& parts)
{
    if (!parts.level.empty()) return;
    if (!tag.empty() && tag.back() == ':') tag.remove_suffix(1);
    // "krb5kdc[856](info)", or in brackets after a file, as cloud-init writes "util.py[DEBUG]".
    const char close = tag.empty() ? '\0' : tag.back();
    if (tag.size() < 5 || (close != ')' && close != ']')) return;
    const std::size_t open = tag.rfind(close == ')' ? '(' : '[');
    if (open == std::string_view::npos || open == 0 || !(tag[open - 1] == ']' || isAlnum(tag[open - 1])))
        return;
    const std::string_view level = tag.substr(open + 1, tag.size() - open - 2);
    if (!isLevelWord(level) || severityOf(level) == Severity::Unknown) return;
    parts.level = level;
    // The process id before the level is no part of the program's name either, nor the level.
    if (close == ']' && parts.component.ends_with(']'))
        parts.component = parts.component.substr(0, parts.component.rfind('['));
    parts.component = withoutClosingGroup(parts.component);
}

std::string_view withoutProcessSuffix(std::string_view name)
{
    const std::size_t slash = name.rfind('/');
    if (slash == std::string_view::npos || slash == 0 || slash + 1 >= name.size() ||
        !isDigit(name[slash + 1]))
        return name;
    const std::string_view ids = name.substr(slash + 1);
    return std::all_of(ids.begin(), ids.end(), [](char c) { return isDigit(c) || c == '.'; })
               ? name.substr(0, slash)
               : name;
}

bool isCapitalTag(std::string_view tag)
{
    if (!tag.empty() && tag.back() == ':') tag.remove_suffix(1);
    // A level word in capitals ("WARNING:" before ESXi's "LinScsi:") marks a level, not who logged.
    return tag.size() >= 2 && isUpper(tag.front()) && severityOf(tag) == Severity::Unknown &&
           std::all_of(tag.begin(), tag.end(), [](char c) { return isUpper(c) || isDigit(c) || c == '_'; });
}

std::string_view withoutLeadingCounter(std::string_view name)
{
    const std::size_t close = name.find(']');
    if (name.empty() || name.front() != '[' || close == std::string_view::npos || close + 1 >= name.size() ||
        !isAlpha(name[close + 1]))
        return name;
    const std::string_view inside = name.substr(1, close - 1);
    const bool counter =
        std::any_of(inside.begin(), inside.end(), isDigit) &&
        std::all_of(inside.begin(), inside.end(), [](char c) { return isDigit(c) || c == ' '; });
    return counter ? name.substr(close + 1) : name;
}

namespace {

// The logger in the last of two or more bracket groups glued after a process's name, as
// SonarQube's processes write it ("web[AZx9][o.s.s.p.Platform]" → "o.s.s.p.Platform"): letters,
// then groups, the last a name of letters, dots and underscores.
std::string_view loggerAfterProcessGroups(std::string_view word)
{
    std::size_t name = 0;
    while (name < word.size() && isLower(word[name]))
        ++name;
    if (name < 2 || name + 4 > word.size() || word[name] != '[' || word.back() != ']') return {};
    int groups = 0;
    std::size_t last = name;
    for (std::size_t p = name; p < word.size(); ++groups) {
        if (word[p] != '[') return {};
        const std::size_t close = word.find(']', p);
        if (close == std::string_view::npos) return {};
        last = p;
        p = close + 1;
    }
    const std::string_view logger = word.substr(last + 1, word.size() - last - 2);
    const bool named = logger.size() >= 2 && isAlpha(logger[0]) &&
                       std::all_of(logger.begin(), logger.end(),
                                   [](char c) { return isAlnum(c) || c == '.' || c == '_' || c == '$'; });
    return groups >= 2 && named ? logger : std::string_view();
}

} // namespace

std::string_view threadTagSubsystem(std::string_view word)
{
    if (const std::string_view logger = loggerAfterProcessGroups(word); !logger.empty()) return logger;
    std::size_t digits = 0;
    while (digits < word.size() && isDigit(word[digits]))
        ++digits;
    if (digits == 0 || digits + 3 > word.size() || word[digits] != '[' || word.back() != ']') return {};
    const std::string_view name = word.substr(digits + 1, word.size() - digits - 2);
    return std::all_of(name.begin(), name.end(), isUpper) ? name : std::string_view();
}

std::string_view levelBeforeThread(std::string_view word)
{
    const std::size_t open = word.find('[');
    if (open == std::string_view::npos || open < 2 || word.back() != ']') return {};
    const std::string_view level = word.substr(0, open);
    return isLevelWord(level) ? level : std::string_view();
}

RawTime logrusSecondsSinceStart(std::string_view word)
{
    constexpr std::size_t kCutLevel = 4, kPaddedSeconds = 4, kMostSeconds = 9;
    RawTime t;
    if (word.size() < kCutLevel + kPaddedSeconds + 2 || word.size() > kCutLevel + kMostSeconds + 2 ||
        word[kCutLevel] != '[' || word.back() != ']')
        return t;
    const std::string_view level = word.substr(0, kCutLevel);
    const std::string_view seconds = word.substr(kCutLevel + 1, word.size() - kCutLevel - 2);
    if (!std::all_of(level.begin(), level.end(), isUpper) || !isLevelWord(level) ||
        !std::all_of(seconds.begin(), seconds.end(), isDigit))
        return t;
    std::int64_t count = 0;
    for (const char c : seconds)
        count = count * 10 + (c - '0');
    t.epoch = true;
    t.uptime = true;
    t.epochMs = count * 1000;
    t.length = word.size();
    return t;
}

std::size_t closingParenthesis(std::string_view text, std::size_t from)
{
    constexpr std::size_t kLongestGroup = 128;
    int depth = 0;
    for (std::size_t q = from; q < text.size() && q < from + kLongestGroup; ++q) {
        if (text[q] == '(') ++depth;
        if (text[q] == ')' && --depth == 0) return q;
    }
    return std::string_view::npos;
}

std::string_view withoutWrapping(std::string_view value)
{
    if (value.size() > 2 &&
        ((value.front() == '<' && value.back() == '>') || (value.front() == '(' && value.back() == ')') ||
         (value.front() == '*' && value.back() == '*')))
        return value.substr(1, value.size() - 2);
    return value;
}

std::string_view withoutClosedContext(std::string_view name)
{
    const std::size_t close = name.find(')');
    if (close == std::string_view::npos || close == 0 || close + 1 >= name.size() ||
        name.substr(0, close).find('(') != std::string_view::npos || !isAlpha(name[close + 1]))
        return name;
    return name.substr(close + 1);
}

std::string_view withoutClosingGroup(std::string_view name)
{
    if (name.empty() || (name.back() != ']' && name.back() != ')')) return name;
    const std::size_t open = name.rfind(name.back() == ']' ? '[' : '(');
    // Only a group glued to the name is its process's: "default.events (3cf8…)" names a table by
    // its uuid, and keeps it; an empty one is a call ("logger.go:102:func1()").
    const bool glued =
        open != std::string_view::npos && open > 0 && !isBlank(name[open - 1]) && open + 2 < name.size();
    return glued ? name.substr(0, open) : name;
}

bool isProgramWithPid(std::string_view word)
{
    const std::size_t open = word.find('[');
    if (open == std::string_view::npos || open < 2 || word.size() < open + 3 || word.back() != ']' ||
        !isAlpha(word[0]))
        return false;
    const std::string_view ids = word.substr(open + 1, word.size() - open - 2);
    return isDigit(ids.front()) &&
           std::all_of(ids.begin(), ids.end(), [](char c) { return isDigit(c) || c == ':' || c == '.'; }) &&
           std::all_of(word.begin(), word.begin() + static_cast<std::ptrdiff_t>(open), [](char c) {
               // ("SpringBoard(FrontBoard)[57]": Apple's process and the library that logged.)
               return isAlnum(c) || c == '_' || c == '-' || c == '.' || c == '(' || c == ')';
           });
}

bool isLevelTail(std::string_view word)
{
    if (word.size() < 3 || word.size() > 12 || word.back() != ':') return false;
    word.remove_suffix(1);
    return std::all_of(word.begin(), word.end(), isLower) && isLevelWord(word);
}

std::string_view keyedComponentOf(std::string_view pairs)
{
    for (std::size_t at = 0; at < pairs.size();) {
        const std::size_t end = std::min(pairs.find(' ', at), pairs.size());
        const std::string_view pair = pairs.substr(at, end - at);
        at = end + 1;
        const std::size_t equals = pair.find('=');
        if (equals == std::string_view::npos) continue;
        const std::string_view key = pair.substr(0, equals);
        std::string_view value = pair.substr(equals + 1);
        if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
            value = value.substr(1, value.size() - 2);
        if (!value.empty() &&
            (key == "sub" || key == "subsystem" || key == "component" || key == "module" || key == "logger"))
            return value;
    }
    return {};
}

std::string_view loggerOfColonList(std::string_view name)
{
    if (name.size() < 3 || name.front() != ':') return name;
    name.remove_prefix(1);
    return name.substr(0, name.find(':'));
}

} // namespace logsleuth::text::detail
