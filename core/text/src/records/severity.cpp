// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "../ascii.h"
#include "logsleuth/text/records.h"

#include <algorithm>
#include <array>

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

// Level names and the severity each stands for. "log" is PostgreSQL's informational level and
// "note" MySQL's; the three- and four-letter forms are Serilog's (INF, WRN) and .NET's console
// logger's (dbug, fail); "information" is Serilog's full name and the Windows event log's;
// "deprecated" PHP's; "exc" Unity's exception beside "INF", "WRN", "ERR". Then java.util.logging's
// levels on a German, French, Spanish or Italian host ("WARNUNG:", "AVERTISSEMENT:", "GRAVE:", its
// SEVERE), the alarm severities of network equipment (ITU-T X.733's MAJOR and MINOR, beside
// CRITICAL and WARNING), and dnf's DDEBUG and SUBDEBUG. A name that is not a level on its own ("failed",
// "emergency") is read only where a level is known to stand: a header's level field.
struct LevelName {
    std::string_view name;
    Severity severity;
    bool aloneALevel;
};
constexpr auto kLevelNames = std::to_array<LevelName>({
    {"trace", Severity::Trace, true},
    {"finest", Severity::Trace, true},
    {"finer", Severity::Trace, true},
    {"verbose", Severity::Trace, true},
    {"debug", Severity::Debug, true},
    {"fine", Severity::Debug, true},
    {"config", Severity::Debug, true},
    {"info", Severity::Info, true},
    {"information", Severity::Info, true},
    {"notice", Severity::Notice, true},
    {"warn", Severity::Warning, true},
    {"warning", Severity::Warning, true},
    {"error", Severity::Error, true},
    {"err", Severity::Error, true},
    {"severe", Severity::Error, true},
    {"critical", Severity::Critical, true},
    {"crit", Severity::Critical, true},
    {"alert", Severity::Critical, true},
    {"fatal", Severity::Fatal, true},
    {"emerg", Severity::Fatal, true},
    {"emergency", Severity::Fatal, false},
    {"panic", Severity::Fatal, true},
    {"failure", Severity::Error, false},
    {"failed", Severity::Error, false},
    {"informational", Severity::Info, false},
    // GLib's g_message level, a level only where a layout's field holds it ("manage:MESSAGE:").
    {"message", Severity::Info, false},
    {"log", Severity::Info, true},
    {"inf", Severity::Info, true},
    {"wrn", Severity::Warning, true},
    {"dbg", Severity::Debug, true},
    {"ftl", Severity::Fatal, true},
    {"vrb", Severity::Trace, true},
    {"trc", Severity::Trace, true},
    {"dbug", Severity::Debug, true},
    {"trce", Severity::Trace, true},
    {"fail", Severity::Error, true},
    {"eror", Severity::Error, true},
    // logrus' text formatter cuts every level to four letters ("DEBU", "ERRO", "FATA", "PANI").
    {"debu", Severity::Debug, true},
    {"erro", Severity::Error, true},
    {"fata", Severity::Fatal, true},
    {"pani", Severity::Fatal, true},
    // Basic Station's cuts to four letters ("[S2E:VERB]", "[SYS:NOTI]", "[RAL:XDEB]").
    {"verb", Severity::Trace, true},
    {"noti", Severity::Notice, true},
    {"xdeb", Severity::Trace, true},
    // java.util.logging's levels cut to five letters, as a "%-5.5s" pattern writes them
    // (OrientDB's "WARNI", "SEVER", "CONFI" beside "INFO", "FINE").
    {"warni", Severity::Warning, true},
    {"sever", Severity::Error, true},
    {"confi", Severity::Debug, true},
    {"note", Severity::Notice, true},
    {"deprecated", Severity::Warning, true},
    {"exc", Severity::Error, true},
    {"warnung", Severity::Warning, true},
    {"schwerwiegend", Severity::Error, true},
    {"konfiguration", Severity::Debug, true},
    {"infos", Severity::Info, true},
    {"avertissement", Severity::Warning, true},
    {"grave", Severity::Error, true},
    {"advertencia", Severity::Warning, true},
    {"avvertenza", Severity::Warning, true},
    {"major", Severity::Error, true},
    {"minor", Severity::Warning, true},
    {"ddebug", Severity::Trace, true},
    {"subdebug", Severity::Trace, true},
});

} // namespace

bool isLevelWord(std::string_view word)
{
    if (word.size() == 1) return std::string_view("VDIWEFA").find(word[0]) != std::string_view::npos;
    return std::any_of(kLevelNames.begin(), kLevelNames.end(), [word](const LevelName& level) {
        return level.aloneALevel && sameWord(word, level.name);
    });
}

Severity severityOf(std::string_view word)
{
    while (!word.empty() && (word.front() == '[' || word.front() == '<' || word.front() == '('))
        word.remove_prefix(1);
    while (!word.empty() &&
           (word.back() == ']' || word.back() == '>' || word.back() == ')' || word.back() == ':'))
        word.remove_suffix(1);
    if (word.size() == 2 && (word[1] == '!' || word[1] == '>')) word.remove_suffix(1); // Telegraf's "E!"
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
    for (const LevelName& level : kLevelNames)
        if (sameWord(word, level.name)) return level.severity;
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
    // it, else its last ("Parse error" is an error) if that is a word ("FID 128" is no status).
    if (const std::size_t blank = text.find(' '); blank != std::string_view::npos) {
        const Severity first = severityOf(text.substr(0, blank));
        if (first != Severity::Unknown) return first;
        const std::string_view last = text.substr(text.rfind(' ') + 1);
        return std::all_of(last.begin(), last.end(), isAlpha) ? severityOf(last) : Severity::Unknown;
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
    // After an arrow, as Arch's makepkg and pacman's hooks write their notes ("==> WARNING: …").
    if (message.starts_with("==> ")) message.remove_prefix(4);
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
