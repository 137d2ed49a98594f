// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// A layout given by the user in loghub's notation: "<Date> <Time> <Level> <Component>: <Content>",
// and fields may close the line after the message: "<Content> (<Component>)",
// "<Content>|<Component>|<Context>".
// Literal text between fields must appear as written (a blank matches any run of blanks);
// each field ends where the next literal first appears, as loghub's lazy "(.*?)" does. Field
// names say the role: Date/Time/Month/Day/Year → time, Level → level, Component/Logger →
// component, Node/Host/Location → entity, Content → the message. A tab matches tabs only, so
// a column may hold blanks. Values are read as a learned layout reads them, so that the format
// `formats` prints reads the lines back the same way: a level without its colon or process
// ("LOG:", "INFO/MainProcess"), a component that is a source location by its file.
#include "format_spec.h"
#include "../ascii.h"
#include "cells.h"
#include "source_location.h"

#include <algorithm>
#include <array>

namespace logsleuth::text {
namespace {

using namespace ascii;

std::string lowered(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

SpecRole roleOfName(std::string_view name)
{
    const std::string n = lowered(name);
    auto any = [&](std::initializer_list<std::string_view> words) {
        return std::any_of(words.begin(), words.end(),
                           [&](std::string_view w) { return n.find(w) != std::string::npos; });
    };
    if (n == "content" || n == "message" || n == "msg") return SpecRole::Content;
    if (any({"level", "severity", "priority"})) return SpecRole::Level;
    if (any({"date", "time", "month", "day", "year", "hour"})) return SpecRole::Time;
    if (any({"component", "logger", "module", "program", "service", "tag", "class"}))
        return SpecRole::Component;
    if (any({"node", "host", "location", "machine", "server", "entity", "container"}))
        return SpecRole::Entity;
    return SpecRole::Other;
}

// Matches `literal` at `pos`; returns the position after it or npos.
std::size_t matchLiteral(std::string_view line, std::size_t pos, std::string_view literal)
{
    for (std::size_t i = 0; i < literal.size(); ++i) {
        if (literal[i] == '\t') {
            // A tab separates columns, and a column's value may hold blanks ("Disk Manager").
            if (pos >= line.size() || line[pos] != '\t') return std::string_view::npos;
            while (pos < line.size() && isBlank(line[pos]))
                ++pos;
        } else if (isBlank(literal[i])) {
            if (pos >= line.size() || !isBlank(line[pos])) return std::string_view::npos;
            while (pos < line.size() && isBlank(line[pos]))
                ++pos;
            while (i + 1 < literal.size() && isBlank(literal[i + 1]))
                ++i;
        } else {
            if (pos >= line.size() || line[pos] != literal[i]) return std::string_view::npos;
            ++pos;
            // A bracket a colon closes ("[GroupCoordinator 1]: …"), as the learned layouts read it.
            if (literal[i] == ']' && i + 1 < literal.size() && isBlank(literal[i + 1]) && pos < line.size() &&
                line[pos] == ':')
                ++pos;
        }
    }
    return pos;
}

// A field's value into the record part its role names (time is read apart, as a whole stamp).
void assignField(RecordParts& parts, SpecRole role, std::string_view value)
{
    switch (role) {
    case SpecRole::Level:
        if (!value.empty() && value.back() == ':') value.remove_suffix(1);
        value = detail::withoutWrapping(value); // "<Notice>", as the learned layouts read it
        // A syslog severity after its facility in angle brackets ("<local3.info>", written
        // "<Field>.<Level>"): the bracket closes after the level word (a letter's '>' is its own, as
        // Tarantool's "I>").
        if (value.size() > 2 && value.back() == '>' && isLevelWord(value.substr(0, value.size() - 1)))
            value.remove_suffix(1);
        if (const std::size_t slash = value.find('/');
            slash != std::string_view::npos && isLevelWord(value.substr(0, slash)))
            value = value.substr(0, slash); // "INFO/MainProcess": the level, then the process
        if (parts.time.length == 0) parts.time = detail::logrusSecondsSinceStart(value); // "INFO[0005]"
        if (const std::string_view level = detail::levelBeforeThread(value); !level.empty())
            value = level; // "NOTICE[8182]": the level, then its thread
        parts.level = value;
        break;
    case SpecRole::Component:
        if (value.size() > 3 && value.front() == '(' && value.ends_with("):"))
            value = value.substr(1, value.size() - 3); // Aerospike's "(nsup):", as learned layouts read it
        value = detail::loggerOfColonList(value);      // Jetty's ":oejs.Server:main", as they read it too
        if (const std::string_view subsystem = detail::threadTagSubsystem(value); !subsystem.empty())
            parts.component = subsystem; // "06[NET]"
        else
            parts.component =
                detail::withoutLeadingCounter(detail::withoutProcessSuffix(detail::fileOf(value)));
        detail::takeMnemonic(value, parts);  // Cisco's "%LINK-3-UPDOWN"
        detail::takeLevelBeforeSlash(parts); // Icinga 2's "information/ConfigItem"
        break;
    case SpecRole::Entity:
        parts.entity = value;
        break;
    default:
        // A subsystem named by key in a bracket of pairs, as the learned layouts read it.
        if (const std::string_view subsystem = detail::keyedComponentOf(detail::withoutWrapping(value));
            !subsystem.empty())
            parts.component = subsystem;
        break;
    }
}

// The stamp at the start of `text`, a glued mark included; 0 when none starts there.
std::size_t wholeStampLength(std::string_view text)
{
    if (const std::size_t dashed = detail::dashedStampLength(text); dashed > 0) return dashed;
    if (!text.empty() && detail::isStampMark(text.front())) {
        const std::size_t marked = scanTime(text.substr(1)).length;
        return marked > 0 ? marked + 1 : 0;
    }
    if (const std::size_t length = scanTime(text).length; length > 0) return length;
    return scanUptime(text).length;
}

} // namespace

std::unique_ptr<FormatSpecParser> FormatSpecParser::create(std::string_view spec, std::string& error)
{
    std::vector<SpecPart> parts;
    std::string literal;
    bool content = false;
    std::vector<SpecPart> tail;
    std::string tailEnd;
    for (std::size_t i = 0; i < spec.size();) {
        if (spec[i] == '<') {
            const std::size_t close = spec.find('>', i);
            if (close == std::string_view::npos) {
                error = "format: '<' without '>' at position " + std::to_string(i + 1);
                return nullptr;
            }
            const std::string_view name = spec.substr(i + 1, close - i - 1);
            const bool plainName = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
                return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            });
            if (!plainName) {
                error = "format: field names are letters, digits and '_' (got <" + std::string(name) + ">)";
                return nullptr;
            }
            if (content) {
                // Fields may follow the message at the end of the line: "<Content> (<Logger>)".
                if (roleOfName(name) == SpecRole::Content) {
                    error = "format: <Content> may appear once";
                    return nullptr;
                }
                tail.push_back(SpecPart{std::move(literal), std::string(name), roleOfName(name)});
                literal.clear();
                i = close + 1;
                continue;
            }
            SpecPart part{std::move(literal), std::string(name), roleOfName(name)};
            literal.clear();
            content = part.role == SpecRole::Content;
            parts.push_back(std::move(part));
            i = close + 1;
        } else {
            literal.push_back(spec[i]);
            ++i;
        }
    }
    if (!content) {
        error = "format: no <Content> field (the message)";
        return nullptr;
    }
    // Text after <Content> without a field is part of the message, as it always was.
    if (!tail.empty()) tailEnd = std::move(literal);
    auto parser =
        std::unique_ptr<FormatSpecParser>(new FormatSpecParser(std::move(parts), std::string(spec)));
    parser->m_tail = std::move(tail);
    parser->m_tailEnd = std::move(tailEnd);
    // "[<A>] [<B>]": the same spec without "[<A>] " reads the lines that leave A out.
    for (std::size_t pair = spec.find("] [<"); pair != std::string_view::npos;
         pair = spec.find("] [<", pair + 1)) {
        // "[<Name>" then "] [<": the bracket before holds one field and nothing else.
        const std::size_t open = spec.rfind("[<", pair);
        if (open == std::string_view::npos || spec[pair - 1] != '>') continue;
        const std::string_view name = spec.substr(open + 2, pair - 1 - (open + 2));
        if (name.empty() || name.find_first_of("<>[] ") != std::string_view::npos) continue;
        std::string shorter = std::string(spec.substr(0, open)) + std::string(spec.substr(pair + 2));
        std::string ignored;
        parser->m_withoutFirstBracket = create(shorter, ignored);
        if (parser->m_withoutFirstBracket) parser->m_withoutFirstBracket->m_spec = parser->m_spec;
        break;
    }
    return parser;
}

FormatSpecParser::FormatSpecParser(std::vector<SpecPart> parts, std::string spec)
    : m_parts(std::move(parts)), m_spec(std::move(spec))
{
}

void FormatSpecParser::takeTail(RecordParts& parts) const
{
    // "… message (app.db.Pool)": the last field sits between its literal and `m_tailEnd`, each
    // field before it between its literal and the next one's, read from the end.
    std::string_view message = trimTrailingBlanks(parts.message);
    if (message.size() < m_tailEnd.size() || message.substr(message.size() - m_tailEnd.size()) != m_tailEnd)
        return;
    message.remove_suffix(m_tailEnd.size());
    std::array<std::string_view, 8> values{};
    if (m_tail.size() > values.size()) return;
    for (std::size_t k = m_tail.size(); k-- > 0;) {
        const std::string_view before = m_tail[k].literal;
        const std::string_view trimmedBefore = trimBlanks(before);
        // A blank in the literal matches any run of blanks, so the bars of "<Content> | <Logger>"
        // are found without the blanks around them.
        const std::string_view key = trimmedBefore.empty() ? std::string_view(" ") : trimmedBefore;
        const std::size_t at = message.rfind(key);
        if (at == std::string_view::npos) return;
        values[k] = trimBlanks(message.substr(at + key.size()));
        if (values[k].empty()) return;
        message = trimTrailingBlanks(message.substr(0, at));
    }
    parts.message = parts.message.substr(0, message.size());
    for (std::size_t k = 0; k < m_tail.size(); ++k)
        assignField(parts, m_tail[k].role, values[k]);
}

void FormatSpecParser::parse(std::string_view line, RecordParts& out) const
{
    parseEveryField(line, out);
    if (out.fitted || !m_withoutFirstBracket) return;
    RecordParts shorter;
    m_withoutFirstBracket->parse(line, shorter);
    if (shorter.fitted) out = shorter;
}

void FormatSpecParser::parseEveryField(std::string_view line, RecordParts& out) const
{
    out = RecordParts{};
    out.message = line;
    RecordParts parts;
    std::size_t pos = 0, timeBegin = std::string_view::npos, timeEnd = 0;
    std::size_t tagAt = std::string_view::npos; // a tag in capitals, which opens the message too
    int bestStamp = -1;
    RawTime clocks; // the first clock without a date: a date apart from it takes it
    // Time fields side by side ("<Date> <Time>") are one stamp; of stamps apart ("<Time> <Node>
    // <Time2>"), the most informative wins: with a year, then the finest.
    bool noStamp = false; // a time field without a digit: the line has another layout
    const auto takeStamp = [&] {
        if (timeBegin == std::string_view::npos) return;
        std::string_view stamp = line.substr(timeBegin, timeEnd - timeBegin);
        noStamp = noStamp || std::none_of(stamp.begin(), stamp.end(), isDigit);
        if (detail::dashedStampLength(stamp) > 0)
            stamp.remove_prefix(2); // Wget's "--2026-12-02 02:00:05--"
        else if (!stamp.empty() && (stamp.front() == '[' || detail::isStampMark(stamp.front())))
            stamp.remove_prefix(1);
        // A stamp padded inside its brackets ("[ 2026.11.20 18:00:33 ]", EVE Online's).
        while (!stamp.empty() && isBlank(stamp.front()))
            stamp.remove_prefix(1);
        RawTime t = scanTime(stamp);
        if (t.length == 0) t = scanUptime(stamp);
        if (t.length == 0) t = scanMillisecondsSinceStart(stamp); // a learned layout's count since start
        // A date and its clock set apart by a comma ("[2026-12-01, 10:00:01 UTC]", Airflow's) or
        // in tab columns of their own ("04/01/2023\t12:00:00", APC's): one stamp, as the learned
        // layout reads the two fields.
        if (t.length > 0 && t.length < stamp.size() && (stamp[t.length] == ',' || stamp[t.length] == '\t')) {
            const std::size_t clock = stamp.find_first_not_of(" \t", t.length + 1);
            if (clock != std::string_view::npos) joinClock(t, scanTime(stamp.substr(clock)));
        }
        const int score = t.length == 0 ? -1 : t.information();
        if (score > bestStamp) {
            bestStamp = score;
            parts.time = t;
        }
        if (clocks.length == 0 && t.isClockOnly()) clocks = t;
        timeBegin = std::string_view::npos;
    };
    for (std::size_t k = 0; k < m_parts.size(); ++k) {
        const SpecPart& part = m_parts[k];
        // A header alone on its line, its message on the lines after: the blank before
        // <Content> is the end of the line ("info: Shop.Orders[14]").
        const bool headerAlone = part.role == SpecRole::Content && pos == line.size() &&
                                 !part.literal.empty() && trimBlanks(part.literal).empty();
        const std::size_t before = pos;
        pos = headerAlone ? pos : matchLiteral(line, pos, part.literal);
        if (pos == std::string_view::npos && leavesOutLastBracket(k, line, before, parts)) break;
        if (pos == std::string_view::npos) return;
        if (part.role == SpecRole::Content) {
            // Blanks after a literal are no part of the message ("kid1| ERROR: …"), as a
            // learned layout's delimiter is not.
            while (pos < line.size() && isBlank(line[pos]))
                ++pos;
            parts.message = line.substr(tagAt != std::string_view::npos ? tagAt : pos);
            if (!m_tail.empty()) takeTail(parts);
            break;
        }
        // The field runs to the first place where the next literal matches (at least one byte).
        // A time field that no other time field follows ("<Date> <Time>" splits one stamp) first
        // tries the whole stamp, which may hold blanks ("Mar  1 10:00:00"), so a learned
        // layout's <Time> reads back as it was learned.
        const std::string_view next = m_parts[k + 1].literal;
        // A tag that this line leaves empty ("-- : msg" beside "-- rails: msg").
        if (part.role == SpecRole::Component && !next.empty() && next.front() == ':' &&
            matchLiteral(line, pos, next) != std::string_view::npos)
            continue;
        // A field between spaced separators that this line leaves empty ("NodeLogger :  :  : ###",
        // KNIME's node name and id): the blank that opens the separator went with the one before.
        if (!next.empty() && isBlank(next.front()) && !trimBlanks(next).empty() && pos > 0 &&
            isBlank(line[pos - 1]) && matchLiteral(line, pos, next.substr(1)) != std::string_view::npos) {
            --pos; // ... and is the next separator's
            continue;
        }
        // A field between brackets that this line leaves empty ("[] - msg", Flink's context).
        if (!part.literal.empty() && part.literal.back() == '[' && !next.empty() && next.front() == ']' &&
            matchLiteral(line, pos, next) != std::string_view::npos)
            continue;
        std::size_t end = pos + 1;
        // A value in parentheses holds its blanks ("(Thread-7 (_thread_main))"), as the learned
        // layouts read it: the field ends after its closing parenthesis at the earliest.
        if (pos < line.size() && line[pos] == '(')
            if (const std::size_t close = detail::closingParenthesis(line, pos);
                close != std::string_view::npos)
                end = close + 1;
        const bool wholeStamp = part.role == SpecRole::Time && m_parts[k + 1].role != SpecRole::Time;
        std::size_t stamp = wholeStamp ? wholeStampLength(line.substr(pos)) : 0;
        // A colon may close a stamp ("12:00:00.125: %LINK…", "[… 12:00:00,250: INFO]"), and so may a
        // comma ("[2026/12/01 10:00:00.630729,  1]").
        if (stamp > 0 && !next.empty() && pos + stamp < line.size() &&
            (line[pos + stamp] == ':' || line[pos + stamp] == ',') &&
            matchLiteral(line, pos + stamp, next) == std::string_view::npos &&
            matchLiteral(line, pos + stamp + 1, next) != std::string_view::npos)
            ++stamp;
        // A stamp alone on its line ("2023-04-01 12:00:03", its record's lines below) ends it.
        const bool stampAlone = stamp > 0 && pos + stamp == line.size() &&
                                m_parts[k + 1].role == SpecRole::Content && trimBlanks(next).empty();
        if (stamp > 0 &&
            (next.empty() || stampAlone || matchLiteral(line, pos + stamp, next) != std::string_view::npos)) {
            end = pos + stamp;
        } else if (next.empty() && part.role == SpecRole::Level && m_parts[k + 1].role == SpecRole::Time) {
            // "<Level><Time>": a level letter glued to its stamp ("I0401 12:00:00.004217"), or a
            // level in angle brackets ("<W>2026-11-30 17:12:40.130").
            const std::size_t close = line[pos] == '<' ? line.find('>', pos) : std::string_view::npos;
            if (close != std::string_view::npos)
                end = close + 1;
            else
                while (end < line.size() && isAlpha(line[end]))
                    ++end;
        } else if (next.empty()) {
            while (end < line.size() && !isBlank(line[end]))
                ++end;
        } else if (part.role == SpecRole::Other && next == ":" && m_parts[k + 1].role == SpecRole::Time &&
                   isDigit(line[pos])) {
            // Ids glued before the stamp by colons ("<Pid>:<Time>" of "00:0002:00000:00000:2026/12/01
            // 10:00:00.01", SAP ASE's): the ids end at the colon the whole stamp follows.
            end = line.find(':', pos);
            while (end != std::string_view::npos && !scanTime(line.substr(end + 1)).hasDate())
                end = line.find(':', end + 1);
            if (end == std::string_view::npos) return;
        } else {
            // Before a last bracket that lines may leave out, the field also ends where the
            // message would then start.
            const auto ends = [&](std::size_t at) {
                return matchLiteral(line, at, next) != std::string_view::npos ||
                       startWithoutBracket(k + 1, line, at) != std::string_view::npos;
            };
            while (end <= line.size() && !ends(end))
                ++end;
            if (end > line.size() && m_parts[k + 1].role == SpecRole::Content && trimBlanks(next).empty())
                end = line.size();
            if (end > line.size() && !tagBeforeMessage(k)) return;
            if (end > line.size()) end = pos; // no tag on this line: see below
        }
        // Padding is no part of a value ("time | INFO     | module").
        std::string_view value = trimBlanks(line.substr(pos, end - pos));
        // No tag on this line, as the learned layout that printed this format reads it: no colon
        // after the tag's place, a tag of more than three words ("Node node12 now responding"),
        // or a level word where the tag stands ("error: Nodes node12 not responding", the
        // message's opening marker). The message starts there.
        const std::string_view name = detail::withoutClosingGroup(value); // "Tag(  575)" is one word
        if (tagBeforeMessage(k) &&
            (end == pos || std::count(name.begin(), name.end(), ' ') > 2 || isLevelWord(value))) {
            parts.message = line.substr(pos);
            if (!m_tail.empty()) takeTail(parts);
            break;
        }
        // A field of blanks only: an indented line, which continues a record, or another layout.
        if (value.empty()) return;
        if (part.role == SpecRole::Time) {
            // Stamps apart ("<Time> -- <Time2>"): the one before is taken as it is.
            if (!trimBlanks(part.literal).empty()) takeStamp();
            timeBegin = std::min(timeBegin, pos);
            timeEnd = end;
        } else {
            takeStamp();
            // A syslog tag's process id is no part of the program's name: "sshd[24200]" → "sshd",
            // and logcat's "ActivityManager(  575)" → "ActivityManager".
            // A logger a blank sets apart from its colon keeps its brackets (Spring Boot's
            // "o.a.c.c.C.[Tomcat].[/]   : "), as the learned layout reads it.
            const bool spacedColon = !next.empty() && isBlank(next[0]) && trimBlanks(next).starts_with(':');
            const std::string_view written = value;
            // (Not a method's line in parentheses: "Listener.contextInitialized(137)" names its class.)
            if (part.role == SpecRole::Component && !spacedColon &&
                detail::threadTagSubsystem(value).empty() && !detail::isSourceLocation(value))
                value = detail::withoutClosedContext(detail::withoutClosingGroup(value));
            // A second component keeps the first, as learned layouts read it, unless it follows
            // the level: the application's logger after a program's tag ("weewxd[797]: INFO
            // weewx.manager:").
            const bool keepsFirst = part.role == SpecRole::Component && !parts.component.empty() &&
                                    !(k > 0 && m_parts[k - 1].role == SpecRole::Level);
            if (!keepsFirst) assignField(parts, part.role, value);
            if (part.role == SpecRole::Component) detail::takeLevelClosingTag(written, parts);
            if (tagBeforeMessage(k) && detail::isCapitalTag(written))
                tagAt = static_cast<std::size_t>(written.data() - line.data());
        }
        pos = end;
    }
    takeStamp();
    if (noStamp) return; // "Thread 1 advanced …" under "<Time> <Content>": a record's next line
    joinClock(parts.time, clocks);
    parts.fitted = true;
    out = parts;
}

bool FormatSpecParser::tagBeforeMessage(std::size_t k) const
{
    return k + 2 == m_parts.size() && m_parts[k].role == SpecRole::Component &&
           m_parts[k + 1].role == SpecRole::Content && m_parts[k + 1].literal.starts_with(':');
}

std::size_t FormatSpecParser::startWithoutBracket(std::size_t k, std::string_view line, std::size_t at) const
{
    // The last field before the message, in brackets ("<Level> [<Context>] <Content>"), that a
    // line leaves out: its message starts where the bracket would, as the learned layout that
    // printed this format reads it (fail2ban writes its jail on most lines, not all).
    if (k == 0 || k + 1 >= m_parts.size() || m_parts[k + 1].role != SpecRole::Content)
        return std::string_view::npos;
    const std::string_view literal = m_parts[k].literal, closing = m_parts[k + 1].literal;
    if (literal.empty() || literal.back() != '[' || closing.empty() || closing.front() != ']')
        return std::string_view::npos;
    const std::size_t start = matchLiteral(line, at, literal.substr(0, literal.size() - 1));
    return start != std::string_view::npos && start < line.size() && line[start] != '['
               ? start
               : std::string_view::npos;
}

bool FormatSpecParser::leavesOutLastBracket(std::size_t k, std::string_view line, std::size_t pos,
                                            RecordParts& parts) const
{
    const std::size_t start = startWithoutBracket(k, line, pos);
    if (start == std::string_view::npos) return false;
    parts.message = line.substr(start);
    if (!m_tail.empty()) takeTail(parts);
    return true;
}

std::string FormatSpecParser::fieldKinds() const
{
    static constexpr std::array<std::string_view, 6> kinds{"time",   "level", "component",
                                                           "entity", "other", ""};
    std::string out;
    for (const SpecPart& part : m_parts) {
        if (part.role == SpecRole::Content) break;
        if (!out.empty()) out += ';';
        out += kinds[static_cast<std::size_t>(part.role)];
    }
    for (const SpecPart& part : m_tail)
        out += (out.empty() ? "" : ";") + std::string(kinds[static_cast<std::size_t>(part.role)]);
    return out;
}

} // namespace logsleuth::text
