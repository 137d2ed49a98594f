// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "../ascii.h"
#include "logsleuth/text/records.h"

#include <algorithm>
#include <array>
#include <utility>

namespace logsleuth::text {
namespace {

using namespace ascii;

bool sameWord(std::string_view a, std::string_view lowerCase)
{
    if (a.size() != lowerCase.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lowerCase[i]) return false;
    return true;
}

} // namespace

bool isLevelWord(std::string_view word)
{
    // "log" is PostgreSQL's informational level and "note" MySQL's; the three- and four-letter
    // forms are Serilog's (INF, WRN) and .NET's console logger's (dbug, fail); "information" is
    // Serilog's full name and the Windows event log's; "deprecated" PHP's; "exc" Unity's
    // exception beside "INF", "WRN", "ERR". Then java.util.logging's levels on a German, French,
    // Spanish or Italian host ("WARNUNG:", "AVERTISSEMENT:", "GRAVE:"), and dnf's DDEBUG and SUBDEBUG.
    static constexpr auto words = std::to_array<std::string_view>(
        {"information",   "deprecated",    "trace",   "debug",         "info",        "notice",
         "warn",          "warning",       "error",   "err",           "fatal",       "critical",
         "crit",          "alert",         "emerg",   "severe",        "fine",        "finer",
         "finest",        "config",        "verbose", "panic",         "log",         "inf",
         "wrn",           "dbg",           "ftl",     "vrb",           "trc",         "dbug",
         "trce",          "fail",          "eror",    "note",          "exc",         "warnung",
         "schwerwiegend", "konfiguration", "infos",   "avertissement", "advertencia", "avvertenza",
         "grave",         "ddebug",        "subdebug"});
    if (word.size() == 1) return std::string_view("VDIWEFA").find(word[0]) != std::string_view::npos;
    for (std::string_view level : words)
        if (sameWord(word, level)) return true;
    return false;
}

Severity severityOf(std::string_view word)
{
    while (!word.empty() && (word.front() == '[' || word.front() == '<' || word.front() == '('))
        word.remove_prefix(1);
    while (!word.empty() &&
           (word.back() == ']' || word.back() == '>' || word.back() == ')' || word.back() == ':'))
        word.remove_suffix(1);
    if (word.size() == 2 && word[1] == '!') word.remove_suffix(1); // Telegraf's "E!"
    // An HTTP status as a web log's level (W3C's sc-status): 4xx a warning, 5xx an error.
    if (word.size() == 3 && isDigit(word[0]) && isDigit(word[1]) && isDigit(word[2])) {
        if (word[0] == '5') return Severity::Error;
        if (word[0] == '4') return Severity::Warning;
        return word[0] >= '1' && word[0] <= '3' ? Severity::Info : Severity::Unknown;
    }
    if (word.size() == 2 && word[0] == word[1] && isUpper(word[0])) word.remove_suffix(1); // "II", "EE"
    if (word.size() == 1) {
        switch (lower(word[0])) {
        case 't':
        case 'v':
            return Severity::Trace;
        case 'd':
            return Severity::Debug;
        case 'i':
            return Severity::Info;
        case 'n':
            return Severity::Notice;
        case 'w':
            return Severity::Warning;
        case 'e':
            return Severity::Error;
        case 'c':
        case 'a':
            return Severity::Critical;
        case 'f':
            return Severity::Fatal;
        default:
            return Severity::Unknown;
        }
    }
    // A level with its degree: PostgreSQL's DEBUG1 … DEBUG5, Chromium's VERBOSE1.
    if (word.size() > 2 && isDigit(word.back()) && isAlpha(word.front())) {
        std::string_view bare = word;
        while (!bare.empty() && isDigit(bare.back()))
            bare.remove_suffix(1);
        if (bare.size() >= 4) return severityOf(bare);
    }
    // (Then java.util.logging's levels in German, French, Spanish and Italian, SEVERE, in the three
    // latter "GRAVE", being its error; last dnf's finer debugging levels.)
    static constexpr auto words = std::to_array<std::pair<std::string_view, Severity>>({
        {"trace", Severity::Trace},
        {"finest", Severity::Trace},
        {"finer", Severity::Trace},
        {"verbose", Severity::Trace},
        {"debug", Severity::Debug},
        {"fine", Severity::Debug},
        {"config", Severity::Debug},
        {"info", Severity::Info},
        {"information", Severity::Info},
        {"notice", Severity::Notice},
        {"warn", Severity::Warning},
        {"warning", Severity::Warning},
        {"error", Severity::Error},
        {"err", Severity::Error},
        {"severe", Severity::Error},
        {"critical", Severity::Critical},
        {"crit", Severity::Critical},
        {"alert", Severity::Critical},
        {"fatal", Severity::Fatal},
        {"emerg", Severity::Fatal},
        {"emergency", Severity::Fatal},
        {"panic", Severity::Fatal},
        {"failure", Severity::Error},
        {"failed", Severity::Error},
        {"informational", Severity::Info},
        {"log", Severity::Info},
        {"inf", Severity::Info},
        {"wrn", Severity::Warning},
        {"dbg", Severity::Debug},
        {"ftl", Severity::Fatal},
        {"vrb", Severity::Trace},
        {"trc", Severity::Trace},
        {"dbug", Severity::Debug},
        {"trce", Severity::Trace},
        {"fail", Severity::Error},
        {"eror", Severity::Error},
        {"note", Severity::Notice},
        {"deprecated", Severity::Warning},
        {"exc", Severity::Error},
        {"warnung", Severity::Warning},
        {"schwerwiegend", Severity::Error},
        {"konfiguration", Severity::Debug},
        {"infos", Severity::Info},
        {"avertissement", Severity::Warning},
        {"grave", Severity::Error},
        {"advertencia", Severity::Warning},
        {"avvertenza", Severity::Warning},
        {"ddebug", Severity::Trace},
        {"subdebug", Severity::Trace},
    });
    for (const auto& [name, severity] : words)
        if (sameWord(word, name)) return severity;
    return Severity::Unknown;
}

Severity severityOfLevel(std::string_view text)
{
    // Numbers as structured logs write their levels: syslog's 0-7 (journald's PRIORITY) and
    // the tens of pino and bunyan (10 trace … 60 fatal). Three digits are an HTTP status.
    if (text.size() == 1 && text[0] >= '0' && text[0] <= '7') {
        static constexpr std::array<Severity, 8> syslog{
            Severity::Fatal,   Severity::Fatal,  Severity::Critical, Severity::Error,
            Severity::Warning, Severity::Notice, Severity::Info,     Severity::Debug};
        return syslog[static_cast<std::size_t>(text[0] - '0')];
    }
    if (text.size() == 2 && text[1] == '0' && text[0] >= '1' && text[0] <= '6') {
        static constexpr std::array<Severity, 6> pino{Severity::Trace,   Severity::Debug, Severity::Info,
                                                      Severity::Warning, Severity::Error, Severity::Fatal};
        return pino[static_cast<std::size_t>(text[0] - '1')];
    }
    if (text.size() == 1) {
        switch (text[0]) {
        case '.':
            return Severity::Debug;
        case '-':
            return Severity::Info;
        case '*':
            return Severity::Notice;
        case '#':
            return Severity::Warning;
        default:
            break;
        }
    }
    // A level in words ("Fatal error", "Parse error", as PHP writes them): its first word names
    // it, else its last ("Parse error" is an error).
    if (const std::size_t blank = text.find(' '); blank != std::string_view::npos) {
        const Severity first = severityOf(text.substr(0, blank));
        return first != Severity::Unknown ? first : severityOf(text.substr(text.rfind(' ') + 1));
    }
    return severityOf(text);
}

std::string_view tabColumnAfterLevel(std::string_view message, std::string_view level)
{
    if (level.empty() || message.size() <= level.size() + 1 || message.substr(0, level.size()) != level ||
        message[level.size()] != '\t')
        return {};
    const std::string_view rest = message.substr(level.size() + 1);
    // A name, not a sentence: short, and no colon (a message that holds tabs of its own).
    const std::size_t tab = rest.find('\t');
    if (tab == std::string_view::npos || tab == 0 || tab > 32) return {};
    const std::string_view column = rest.substr(0, tab);
    return column.find(':') == std::string_view::npos ? column : std::string_view();
}

std::string_view toString(Severity severity)
{
    static constexpr std::array<std::string_view, 9> names{"",     "TRACE", "DEBUG",    "INFO", "NOTICE",
                                                           "WARN", "ERROR", "CRITICAL", "FATAL"};
    return names[static_cast<std::size_t>(severity)];
}

std::string_view sessionBeforeLevel(std::string_view message)
{
    const std::size_t blank = message.find(' ');
    if (blank == std::string_view::npos || blank < 3 || blank > 128) return {};
    const std::string_view first = message.substr(0, blank);
    const std::size_t at = first.find('@');
    if (at == std::string_view::npos || at == 0 || at + 1 == first.size() ||
        first.find(':') != std::string_view::npos)
        return {};
    return levelMarkerOf(message.substr(blank + 1)).empty() ? std::string_view() : first;
}

std::string_view levelMarkerOf(std::string_view message)
{
    // A level letter written twice in parentheses: X.org's "(II)", "(WW)", "(EE)".
    if (message.size() >= 4 && message[0] == '(' && message[3] == ')' && message[1] == message[2] &&
        isUpper(message[1]) && isLevelWord(message.substr(1, 1)) &&
        (message.size() == 4 || message[4] == ' '))
        return message.substr(1, 2);
    // Groups glued to each other, a level among the first three: Envoy's and Istio's
    // "[1][info][main] [source/server/server.cc:430] …" after their stamp. Glued, they are a
    // header, however the level is spelt.
    for (std::size_t p = 0, group = 0; group < 3 && p < message.size() && message[p] == '['; ++group) {
        const std::size_t close = message.find(']', p);
        if (close == std::string_view::npos || close - p > 16 || close + 1 >= message.size() ||
            (group == 0 && message[close + 1] != '['))
            break;
        const std::string_view inside = message.substr(p + 1, close - p - 1);
        if (inside.size() >= 2 && isLevelWord(inside) && severityOf(inside) != Severity::Unknown)
            return inside;
        if (message[close + 1] != '[') break;
        p = close + 1;
    }
    std::string_view word;
    std::size_t p = message.starts_with("##[") ? 2 : 0; // GitHub Actions, Azure Pipelines
    if (p < message.size() && message[p] == '[') {
        const std::size_t close = message.find(']', p);
        if (close == std::string_view::npos || close - p > 16) return {};
        word = message.substr(p + 1, close - p - 1);
    } else if (p == 0) {
        std::size_t end = 0;
        while (end < message.size() && end <= 16 && isAlpha(message[end]))
            ++end;
        if (end >= message.size() || (message[end] != ':' && message[end] != '\t')) return {};
        word = message.substr(0, end);
        // A level word in a column of its own, a tab after it ("info\tads\tEDS: PUSH …", as
        // Istio's agent writes after its stamp): a level however it is spelt.
        if (message[end] == '\t') return word.size() >= 2 && isLevelWord(word) ? word : std::string_view();
    } else {
        return {};
    }
    if (word.size() < 2 || !isLevelWord(word)) return {};
    const Severity severity = severityOf(word);
    if (severity >= Severity::Warning) return word;
    const bool capitals = std::all_of(word.begin(), word.end(), isUpper);
    return capitals && severity != Severity::Unknown ? word : std::string_view();
}

} // namespace logsleuth::text
