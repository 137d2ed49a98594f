// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "message_openings.h"

#include "../ascii.h"
#include "cef.h"
#include "cells.h"
#include "module_path.h"
#include "source_location.h"

#include <algorithm>
#include <cstdint>

namespace logsleuth::text::detail {
namespace {

// A level word in capitals ("WARNING", "ERROR"): where a component stands, it is the level.
bool isLevelInCapitals(std::string_view word)
{
    return word.size() >= 3 && std::all_of(word.begin(), word.end(), ascii::isUpper) && isLevelWord(word) &&
           severityOf(word) != Severity::Unknown;
}

// The length of the name ("LinScsi") that opens `message` with ": " after it, or 0.
std::size_t leadingNameLength(std::string_view message)
{
    std::size_t p = 0;
    while (p < message.size() && p < 64 && ascii::isNameChar(message[p]))
        ++p;
    const bool closed = p > 0 && p + 1 < message.size() && message[p] == ':' && message[p + 1] == ' ';
    return closed && ascii::isAlpha(message[0]) ? p : 0;
}

// Where `part`, a view into `text` or into a buffer of its own (a decoded value), starts in
// `text`; npos when it is not inside it.
std::size_t offsetIn(std::string_view text, std::string_view part)
{
    const auto textStart = reinterpret_cast<std::uintptr_t>(text.data());
    const auto partStart = reinterpret_cast<std::uintptr_t>(part.data());
    if (partStart < textStart || partStart - textStart + part.size() > text.size())
        return std::string_view::npos;
    return partStart - textStart;
}

// The name a slash joins to a level in `line` ("INFO/MainProcess", "WARNING/ForkPoolWorker-3"):
// the process that wrote the line; empty when none follows.
std::string_view processAfterLevel(std::string_view line, std::string_view level)
{
    const std::size_t offset = offsetIn(line, level);
    if (offset == std::string_view::npos || offset + level.size() >= line.size()) return {};
    std::size_t p = offset + level.size();
    if (line[p] != '/') return {};
    const std::size_t begin = ++p;
    while (p < line.size() && (ascii::isAlnum(line[p]) || line[p] == '-' || line[p] == '_' || line[p] == '.'))
        ++p;
    const bool closed = p == line.size() || line[p] == ']' || line[p] == ' ' || line[p] == ':';
    return closed && p > begin && ascii::isAlpha(line[begin]) ? line.substr(begin, p - begin)
                                                              : std::string_view();
}

// The group glued after a level among glued groups ("[1][info][main] …", Envoy's): the
// component that logged; empty when none is.
std::string_view gluedGroupAfterLevel(std::string_view message, std::string_view level)
{
    if (level.empty() || message.empty() || message[0] != '[') return {};
    const std::size_t offset = offsetIn(message, level);
    if (offset == std::string_view::npos || offset == 0 || offset + level.size() + 2 >= message.size())
        return {};
    const std::size_t after = offset + level.size();
    if (message[after] != ']' || message[after + 1] != '[') return {};
    const std::size_t close = message.find(']', after + 2);
    if (close == std::string_view::npos || close - after > 40) return {};
    const std::string_view name = message.substr(after + 2, close - after - 2);
    const bool word = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
        return ascii::isAlnum(c) || c == '_' || c == '-' || c == '.' || c == ':';
    });
    return word && ascii::isAlpha(name[0]) ? name : std::string_view();
}

// Topics joined by commas opening the message, a level among them after the first (MikroTik's
// "dhcp,warning", "system,error,critical"): the first topic and the level; empty views else.
struct Topics {
    std::string_view first, level;
};
Topics topicsOf(std::string_view message)
{
    const std::string_view word = message.substr(0, message.find(' '));
    if (word.find(',') == std::string_view::npos || word.size() == message.size()) return {};
    Topics topics;
    int count = 0;
    for (std::size_t start = 0; start <= word.size(); ++count) {
        std::size_t end = word.find(',', start);
        if (end == std::string_view::npos) end = word.size();
        const std::string_view topic = word.substr(start, end - start);
        if (topic.empty() || !std::all_of(topic.begin(), topic.end(), ascii::isLower)) return {};
        if (count == 0)
            topics.first = topic;
        else if (topics.level.empty() && isLevelWord(topic))
            topics.level = topic;
        start = end + 1;
    }
    return count <= 4 && !topics.level.empty() ? topics : Topics{};
}

// The level a message names as a key's value (`level=INFO`, `severity="info"`, Heroku's
// `at=error`, PowerDNS's `prio="Notice"`, a JSON object's `"level":"warn"`), where a header names none: a log
// that writes pairs into its messages writes its level so. Only a level word counts as one ("level=3" may be
// a battery's); only the first such pair, and only in the message's first 512 bytes (a key near its start).
std::string_view keyedLevelOf(std::string_view message)
{
    constexpr std::size_t kNear = 512;
    message = message.substr(0, kNear);
    for (std::size_t at = message.find_first_of("=:"); at != std::string_view::npos;
         at = message.find_first_of("=:", at + 1)) {
        // A JSON object's key in quotes before its colon (zap's `{"level":"warn",…}` inside a
        // journal's line) as well as a pair's before its '='.
        const bool jsonKey = message[at] == ':';
        if (jsonKey && (at < 2 || message[at - 1] != '"')) continue;
        const std::size_t keyEnd = jsonKey ? at - 1 : at;
        std::size_t key = keyEnd;
        while (key > 0 && (ascii::isAlpha(message[key - 1]) || message[key - 1] == '_'))
            --key;
        if (jsonKey) {
            if (key == 0 || message[key - 1] != '"') continue;
            --key;
        }
        if (key > 0 && message[key - 1] != ' ' && message[key - 1] != ',' && message[key - 1] != '{')
            continue;
        const std::string_view name =
            message.substr(jsonKey ? key + 1 : key, keyEnd - (jsonKey ? key + 1 : key));
        bool levelKey = false;
        for (const std::string_view k : {"level", "lvl", "severity", "loglevel", "log_level", "at", "prio"})
            levelKey = levelKey || ascii::equalsIgnoringCase(name, k);
        if (!levelKey) continue;
        std::size_t begin = at + 1;
        const bool quoted = begin < message.size() && (message[begin] == '"' || message[begin] == '\'');
        if (quoted) ++begin;
        std::size_t end = begin;
        while (end < message.size() && ascii::isAlpha(message[end]))
            ++end;
        const char after = end < message.size() ? message[end] : ' ';
        if (end == begin || !(after == ' ' || after == ',' || after == '"' || after == '\'' || after == '}'))
            continue;
        const std::string_view value = message.substr(begin, end - begin);
        if (isLevelWord(value)) return value;
    }
    return {};
}

// A level the message marks as one within its first words, in angle or square brackets
// (Vertica's "Init Session:0x7f23… [Session] <INFO> Session …", Ceph's "log_channel(cluster) log
// [DBG] : pgmap …"), where a header names none: brackets around a level word in capitals say
// what it is wherever they stand (in lower case, "[info]" opens a message as often as not). In
// angle brackets a level word in lower case opens the message as GLib's programs write theirs
// (ModemManager's and NetworkManager's "<info>  [modem0] …", "<warn>"). The message keeps its
// words.
std::string_view wrappedLevelOf(std::string_view message)
{
    constexpr int kFirstWords = 6;
    std::size_t at = 0;
    for (int word = 0; word < kFirstWords && at < message.size(); ++word) {
        const std::size_t end = std::min(message.find(' ', at), message.size());
        const std::string_view token = message.substr(at, end - at);
        if (token.size() >= 3 && ((token.front() == '<' && token.back() == '>') ||
                                  (token.front() == '[' && token.back() == ']'))) {
            const std::string_view inside = token.substr(1, token.size() - 2);
            if (isLevelInCapitals(inside)) return inside;
            if (word == 0 && token.front() == '<' && inside.size() >= 3 && isLevelWord(inside)) return inside;
        }
        at = message.find_first_not_of(' ', end);
        if (at == std::string_view::npos) break;
    }
    return {};
}

// The severity an IBM-style message id that opens the message ends with: a prefix of two to six
// capitals, three to five digits, and I, W or E (Hercules' "HHC01413I", MVS's "IEF403I", Liberty's
// "CWWKZ0001I:"), as mainframe and WebSphere software write them; empty for any other.
std::string_view messageIdSeverityOf(std::string_view message)
{
    std::size_t p = 0;
    while (p < message.size() && ascii::isUpper(message[p]))
        ++p;
    const std::size_t letters = p;
    while (p < message.size() && ascii::isDigit(message[p]))
        ++p;
    const std::size_t digits = p - letters;
    if (letters < 2 || letters > 6 || digits < 3 || digits > 5 || p >= message.size()) return {};
    const char severity = message[p];
    if (severity != 'I' && severity != 'W' && severity != 'E') return {};
    if (p + 1 < message.size() && message[p + 1] != ' ' && message[p + 1] != ':') return {};
    return message.substr(p, 1);
}

// The rest of a glog/klog header opening the message, where a layout read its level letter and
// stamp but not what follows them, another program's lines sharing the file (ingress-nginx's
// "I1201 10:00:00.191000       7 controller.go:193] …" among its access lines): the length of
// "7 controller.go:193] " and the file; 0 for any other.
std::size_t glogRestLength(std::string_view message, std::string_view& file)
{
    // (A thread's number first: a cheap test before reading cells, which every line whose header
    // names a level and no component passes through.)
    if (message.empty() || !ascii::isDigit(message.front())) return 0;
    Cell thread, source;
    if (!readCell(message, 0, false, thread) || thread.kind != CellKind::Number ||
        !readCell(message, thread.next, false, source))
        return 0;
    const std::string_view location = source.text(message);
    if (location.size() < 2 || location.back() != ']' ||
        !isSourceLocation(location.substr(0, location.size() - 1)))
        return 0;
    file = fileOf(location.substr(0, location.size() - 1));
    std::size_t end = source.end;
    while (end < message.size() && message[end] == ' ')
        ++end;
    return end;
}

// The level and the source file a message's opening names (level empty when it names none).
struct LevelAndFile {
    std::string_view level, file;
};

// A glog/klog header that opens the message under another program's header (Kubernetes' components
// under journald: "I1201 10:00:16.622136    812 controller.go:615] quota admission …"): its level
// letter and its source file.
LevelAndFile glogOpeningOf(std::string_view message)
{
    // The stamp with its level letter glued before it, as a learned layout reads glog's header
    // (readCell's "I1201 10:00:16.622136"), then the rest of the header: the thread and the source.
    Cell stamp;
    std::string_view file;
    if (!readCell(message, 0, true, stamp) || stamp.kind != CellKind::Time || stamp.levelPrefix != 1 ||
        !stamp.time.hasTimeOfDay() || glogRestLength(message.substr(stamp.next), file) == 0)
        return {};
    return {message.substr(0, 1), file};
}

// A level word in capitals and the source location that wrote the line opening the message, where
// another program's lines share the file (zerolog's console writer, "INF api/cmd/main.go:310 > …",
// beside Go's own "http: TLS handshake error …"): the level and the file; level empty for any other.
LevelAndFile levelThenSourceOf(std::string_view message)
{
    const std::size_t blank = message.find(' ');
    if (blank == std::string_view::npos || !isLevelInCapitals(message.substr(0, blank))) return {};
    std::size_t from = blank;
    while (from < message.size() && message[from] == ' ')
        ++from;
    std::string_view location = message.substr(from, message.find(' ', from) - from);
    if (location.ends_with(':')) location.remove_suffix(1);
    if (!isSourceLocation(location)) return {};
    return {message.substr(0, blank), fileOf(location)};
}

// A source location with its colon and a level word in brackets opening the message (Helm's
// "history.go:56: [debug] …" among a CI job's other output): the level and the file; level empty
// for any other. After a source location the bracket is header however the level is spelt.
LevelAndFile sourceThenLevelOf(std::string_view message)
{
    const std::size_t blank = message.find(' ');
    if (blank == std::string_view::npos || blank < 2 || message[blank - 1] != ':' ||
        !isSourceLocation(message.substr(0, blank - 1)) || blank + 3 >= message.size() ||
        message[blank + 1] != '[')
        return {};
    const std::size_t close = message.find(']', blank + 2);
    if (close == std::string_view::npos || close - blank > 12) return {};
    const std::string_view level = message.substr(blank + 2, close - blank - 2);
    if (!isLevelWord(level) || severityOf(level) == Severity::Unknown) return {};
    return {level, fileOf(message.substr(0, blank - 1))};
}

// A stamp with its date and a level word in capitals opening the message: another program's
// header inside the lines a collector wraps with its own (Cloud Foundry's "[APP/PROC/WEB/0] OUT
// 2026-12-01T10:00:14.356Z ERROR 7 --- [shop-api] …" among the router's access lines); the level,
// empty for any other.
std::string_view levelAfterStampOf(std::string_view message)
{
    // (After the stream the line was written to, as collectors mark it: "OUT", "ERR", "stdout".)
    for (const std::string_view stream : {"OUT ", "ERR ", "stdout ", "stderr "})
        if (message.starts_with(stream)) message.remove_prefix(stream.size());
    // (A dated stamp in digits, as such headers write it: a cheap test before reading a cell, which
    // every line whose header names no level passes through.)
    if (message.empty() || !ascii::isDigit(message.front())) return {};
    Cell stamp, level;
    if (!readCell(message, 0, true, stamp) || stamp.kind != CellKind::Time || stamp.levelPrefix != 0 ||
        stamp.time.dateParts == 0 || !stamp.time.hasTimeOfDay() ||
        !readCell(message, stamp.next, false, level))
        return {};
    const std::string_view word = level.text(message);
    return isLevelInCapitals(word) ? word : std::string_view();
}

} // namespace

void readMessageOpenings(std::string_view line, RecordParts& parts)
{
    // A CEF record under its syslog header: the product is the component, the severity the
    // level, the message runs from the event's name (cef.h).
    if (CefHeader cef; readCefHeader(parts.message, cef)) {
        if (parts.component.empty()) parts.component = cef.product;
        if (parts.level.empty()) parts.level = cef.severity;
        parts.message = cef.name;
        parts.escapes = MessageEscapes::CefExtension;
        return;
    }
    // A level where the component stands (ESXi's "cpu4:2098114)WARNING: LinScsi: …" beside
    // "cpu8:2098114)Config: …"): the level, and the name that opens the message the component.
    if (parts.level.empty() && isLevelInCapitals(parts.component)) {
        parts.level = parts.component;
        parts.component = {};
        if (const std::size_t name = leadingNameLength(parts.message); name > 0) {
            parts.component = parts.message.substr(0, name);
            parts.message.remove_prefix(name + 2);
        }
    }
    // A header that names no level: a marker opening the message may ("ERROR: …").
    if (parts.level.empty()) {
        // A session before the marker is header: the entity, where the header names none.
        if (const std::string_view session = sessionBeforeLevel(parts.message); !session.empty()) {
            if (parts.entity.empty()) parts.entity = session;
            parts.message.remove_prefix(session.size() + 1);
        }
        parts.level = levelMarkerOf(parts.message);
        // ... or a mnemonic does, its severity the digit ("%BGP-3-NOTIFICATION: …", as Cisco IOS
        // and Arista EOS write after their program's tag).
        if (detail::Mnemonic mnemonic;
            parts.level.empty() && parts.message.starts_with('%') &&
            detail::readMnemonic(parts.message.substr(0, parts.message.find(' ')), mnemonic))
            parts.level = mnemonic.severity;
        if (parts.component.empty()) parts.component = tabColumnAfterLevel(parts.message, parts.level);
        if (parts.component.empty()) parts.component = gluedGroupAfterLevel(parts.message, parts.level);
    }
    // A header that names neither: topics opening the message may (MikroTik's "dhcp,warning").
    if (parts.level.empty() && parts.component.empty())
        if (const Topics topics = topicsOf(parts.message); !topics.level.empty()) {
            parts.level = topics.level;
            parts.component = topics.first;
        }
    // ... or a glog header opening it may (`I1201 10:00:16.622136    812 controller.go:615] …`).
    if (parts.level.empty())
        if (const LevelAndFile glog = glogOpeningOf(parts.message); !glog.level.empty()) {
            parts.level = glog.level;
            // (Its file names the component more closely than the program's tag before it.) The
            // message keeps the header: klog's structured messages are short, and their values
            // read as values beside its words.
            parts.component = glog.file;
        }
    // ... or a level before a source location (`INF api/main.go:310 > …`) or after it in brackets
    // (`history.go:56: [debug] …`), the file naming the component; the message keeps them, as above.
    if (parts.level.empty())
        if (LevelAndFile opening = levelThenSourceOf(parts.message);
            !opening.level.empty() || !(opening = sourceThenLevelOf(parts.message)).level.empty()) {
            parts.level = opening.level;
            if (parts.component.empty()) parts.component = opening.file;
        }
    // A glog header's thread and source after the level and stamp a layout read (`7 controller.go:193]
    // …`): the file names the component, and the message starts after them.
    if (std::string_view file; parts.component.empty() && !parts.level.empty())
        if (const std::size_t rest = glogRestLength(parts.message, file); rest > 0) {
            parts.component = file;
            parts.message.remove_prefix(rest);
        }
    // ... or another header's stamp and level may (`2026-12-01T10:00:14.356Z ERROR 7 --- …`).
    if (parts.level.empty()) parts.level = levelAfterStampOf(parts.message);
    // ... or a pair in the message may (`level=INFO`, `severity="info"`).
    if (parts.level.empty()) parts.level = keyedLevelOf(parts.message);
    // ... or a level word in brackets among its first words (`<INFO>`, `[DBG]`).
    if (parts.level.empty()) parts.level = wrappedLevelOf(parts.message);
    // ... or the last letter of a message id that opens it (`HHC01413I`, `IEF450I`).
    if (parts.level.empty()) parts.level = messageIdSeverityOf(parts.message);
    // A header that names no component: a module path opening the message may (Rust's
    // "INFO chirpstack::uplink: Uplink received").
    if (parts.component.empty()) parts.component = modulePathOf(parts.message);
    // ... or the process a level names after a slash (Celery's "INFO/MainProcess").
    if (parts.component.empty() && !parts.level.empty())
        parts.component = processAfterLevel(line, parts.level);
}

} // namespace logsleuth::text::detail
