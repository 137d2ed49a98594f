// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Reading a line by a learned layout: its header cells in order, each checked for its shape and
// taken for its role; and the layout written back as a format string.
#include "../ascii.h"
#include "../continuation.h"
#include "layout_stats.h"
#include "learned_layout.h"
#include "logsleuth/text/records.h"
#include "source_location.h"

#include <algorithm>
#include <array>
#include <string>

namespace logsleuth::text {
namespace {

using detail::Cell;
using detail::CellKind;
using detail::fileOf;
using detail::LoggerTrailer;

std::string fieldName(Role role, int ordinal)
{
    static constexpr std::array<std::string_view, 8> names{"Time",   "Level",   "Pid",      "Component",
                                                           "Entity", "Context", "Constant", "Field"};
    std::string name(names[static_cast<std::size_t>(role)]);
    if (ordinal > 1) name += std::to_string(ordinal);
    return name;
}

std::string_view roleKind(Role role)
{
    static constexpr std::array<std::string_view, 8> kinds{"time",   "level",   "pid",      "component",
                                                           "entity", "context", "constant", "other"};
    return kinds[static_cast<std::size_t>(role)];
}

// A level letter too rare in the sample to be among the field's words (a warning "W" among
// thousands of "I" lines) fits a field whose words are all level letters.
bool rareLevelLetter(const LayoutField& field, std::string_view value)
{
    return value.size() == 1 && isLevelWord(value) &&
           std::all_of(field.levelWords.begin(), field.levelWords.end(),
                       [](const std::string& word) { return word.size() == 1 && isLevelWord(word); });
}

} // namespace

LearnedLayoutParser::LearnedLayoutParser(std::vector<LayoutField> fields, int timeField, char column,
                                         detail::LoggerAtEnd loggerAtEnd)
    : m_fields(std::move(fields)), m_timeField(timeField), m_column(column), m_loggerAtEnd(loggerAtEnd)
{
}

void LearnedLayoutParser::parse(std::string_view line, RecordParts& out) const
{
    out = RecordParts{};
    out.message = line;
    if (m_fields.empty() || line.size() >= UINT32_MAX) return;
    std::uint32_t pos = 0;
    Cell cell;
    RecordParts parts;
    RawTime clock; // a clock without a date, in a field of its own: the date's, when apart
    // The component was read before the level: a program's syslog tag, which the application's
    // own logger right after the level names more closely ("weewxd[797]: INFO weewx.manager: …").
    bool componentBeforeLevel = false;
    for (std::size_t i = 0; i < m_fields.size(); ++i) {
        const LayoutField& field = m_fields[i];
        if (!detail::readCell(line, pos, field.kind == CellKind::Time, cell, m_column)) return;
        std::string_view value = cell.value(line);
        switch (field.kind) {
        case CellKind::Time:
            if (cell.kind != CellKind::Time || (field.gluedLevel && cell.levelPrefix == 0) ||
                field.gluedPid != (cell.pidPrefix > 0) || field.colonGroup != (cell.levelInGroupLength > 0) ||
                (field.colonGroup && cell.idsBeforeStamp != field.idsBeforeStamp)) {
                // The fields before the stamp name a stream ("0|api      | " of pm2's lines), and
                // a stream's record goes on after them without a stamp (a stack frame): the line
                // continues the record before it, its message what follows the prefix.
                if (i > 0 && static_cast<int>(i) == m_timeField && cell.kind != CellKind::Time) {
                    const std::string_view rest = line.substr(pos);
                    const std::size_t blanks = rest.find_first_not_of(" \t");
                    if (blanks != std::string_view::npos && continuesRecord(rest.substr(blanks))) {
                        out.continuation = true;
                        out.message = rest.substr(blanks);
                    }
                }
                return;
            }
            if (field.colonGroup) {
                parts.level = line.substr(cell.levelInGroup, cell.levelInGroupLength);
                parts.component =
                    detail::withoutClosingGroup(line.substr(cell.sourceInGroup, cell.sourceInGroupLength));
            }
            if (cell.levelPrefix > 0 && parts.level.empty())
                parts.level = detail::withoutWrapping(line.substr(cell.begin, cell.levelPrefix));
            break;
        case CellKind::Number:
            if (cell.kind != CellKind::Number) return;
            break;
        case CellKind::Dash:
            if (cell.kind != CellKind::Dash) return;
            break;
        case CellKind::Bracket:
            if (!cell.bracketed) {
                // A bracketed context that ends the header and that some lines leave out
                // ("INFO    [sshd] Found …" beside "INFO    Jail 'sshd' started"): the message
                // starts here.
                if (i + 1 != m_fields.size() || i == 0) return;
                parts.fitted = true;
                parts.message = line.substr(cell.begin);
                takeLoggerAtEnd(parts);
                out = parts;
                return;
            }
            // Two bracketed fields in a row of which this line holds one (GlusterFS writes a
            // message id before the source location on most lines, not all): the bracket it holds
            // is the second's.
            if (i + 1 < m_fields.size() && m_fields[i + 1].kind == CellKind::Bracket) {
                Cell ahead;
                if (!detail::readCell(line, cell.next, false, ahead, m_column) || !ahead.bracketed) continue;
            }
            break;
        case CellKind::Level:
            if (cell.kind == CellKind::Time || (field.bracketed && !cell.bracketed)) return;
            // A level in two words before its colon ("PHP Fatal error:" beside "PHP Warning:"), the
            // second a level word itself ("INFO app:" is a level and a tag).
            if (field.levelPhrase && line[cell.end - 1] != ':') {
                Cell second;
                if (detail::readCell(line, cell.next, false, second, m_column) &&
                    detail::isLevelTail(second.text(line))) {
                    value = line.substr(cell.begin, second.end - 1 - cell.begin);
                    cell.next = second.next;
                    break;
                }
            }
            if (!field.levelWords.empty() && cell.kind != CellKind::Level &&
                std::find(field.levelWords.begin(), field.levelWords.end(), value) ==
                    field.levelWords.end() &&
                !rareLevelLetter(field, value))
                return;
            break;
        case CellKind::ColonWord:
            if (cell.kind == CellKind::Dash && cell.text(line) == ":") {
                value = {}; // a tag this line leaves empty ("-- : msg")
            } else if (cell.kind != CellKind::ColonWord) {
                // The logger may hold a blank ("Some Tag: …"): look a little further for the colon.
                Cell look = cell;
                bool found = false;
                for (int extra = 0; extra < 2 && !found; ++extra) {
                    if (!detail::readCell(line, look.next, false, look, m_column)) break;
                    found = look.kind == CellKind::ColonWord;
                }
                if (!found) {
                    // No logger on this line: the message starts here. (Where the header opens
                    // with the logger, a line without it has no header at all: "SELECT …" among
                    // "api: 2023-04-01 12:00:01 …" lines does not fit.)
                    if (i == 0) return;
                    parts.fitted = true;
                    parts.message = line.substr(cell.begin);
                    out = parts;
                    return;
                }
                value = line.substr(cell.begin, look.end - 1 - cell.begin);
                cell.next = look.next;
            }
            break;
        case CellKind::Word:
            // A word every sampled line opened with, where an indented line holds another: a detail
            // under a record ("\tlock time-out on wait transaction" below Firebird's "fbsrv01\tFri
            // Nov 20 …"), not the header. (Unindented, another word may be the host of a longer file.)
            if (i == 0 && field.role == Role::Constant && !field.literal.empty() && value != field.literal &&
                isIndented(line))
                return;
            if (field.spanToDash) {
                // A program name may hold blanks ("app.exe *64 - …"): take cells up to the dash.
                Cell look = cell;
                std::uint32_t end = cell.end;
                for (int extra = 0; extra < 3; ++extra) {
                    Cell ahead;
                    if (!detail::readCell(line, look.next, false, ahead, m_column)) break;
                    if (ahead.kind == CellKind::Dash) {
                        value = line.substr(cell.begin, end - cell.begin);
                        cell.next = look.next;
                        break;
                    }
                    end = ahead.end;
                    look = ahead;
                }
            }
            break;
        }
        switch (field.role) {
        case Role::Time:
            if (field.sinceStart) {
                parts.time = scanMillisecondsSinceStart(cell.text(line));
                if (parts.time.length == 0) return; // no count where the layout has one
            } else if (static_cast<int>(i) == m_timeField)
                parts.time = cell.time;
            else if (clock.length == 0 && cell.time.isClockOnly())
                clock = cell.time;
            break;
        case Role::Level:
            if (field.someModuleLevels && cell.kind != CellKind::Level) {
                if (parts.component.empty()) parts.component = value;
                break;
            }
            if (parts.level.empty()) parts.level = value;
            if (parts.time.length == 0) parts.time = detail::logrusSecondsSinceStart(cell.text(line));
            if (cell.moduleLength > 0 && parts.component.empty()) parts.component = cell.module(line);
            if (field.levelSource && cell.sourceInGroupLength > 0 && parts.component.empty())
                parts.component = fileOf(line.substr(cell.sourceInGroup, cell.sourceInGroupLength));
            break;
        case Role::Component:
            if (componentBeforeLevel && !parts.level.empty() && field.kind == CellKind::ColonWord && i > 0 &&
                m_fields[i - 1].role == Role::Level) {
                parts.component = {};
                componentBeforeLevel = false;
            }
            if (parts.component.empty()) {
                componentBeforeLevel = parts.level.empty();
                parts.component = field.sourceLocation ? fileOf(value)
                                  : field.programPid
                                      ? detail::withoutClosingGroup(value)
                                      : detail::withoutLeadingCounter(detail::withoutProcessSuffix(value));
            }
            parts.componentIsType =
                parts.componentIsType || (field.codeComponent && detail::isMessageCode(value));
            // Cisco's "%LINK-3-UPDOWN": the whole is the component, as it is grepped for.
            detail::takeMnemonic(value, parts);
            detail::takeLevelBeforeSlash(parts);                 // Icinga 2's "information/ConfigItem"
            detail::takeLevelClosingTag(cell.text(line), parts); // Kerberos' "krb5kdc[856](info):"
            break;
        case Role::Entity:
            if (parts.entity.empty()) parts.entity = value;
            break;
        case Role::Context:
            // A subsystem named by key in a bracket of pairs names the component more closely than
            // the program before it ("vpxd[14237] [Originator@6876 sub=vpxLro …]").
            if (const std::string_view subsystem = detail::keyedComponentOf(detail::withoutWrapping(value));
                !subsystem.empty())
                parts.component = subsystem;
            break;
        default:
            break;
        }
        // A tag in capitals that ends the header opens the message too, as written (not "CRON[812]:",
        // whose process id says it is a program's tag).
        const std::string_view written = cell.text(line);
        const bool tagInMessage = field.role == Role::Component && field.kind == CellKind::ColonWord &&
                                  i + 1 == m_fields.size() && detail::isCapitalTag(written) &&
                                  written.starts_with(value) && written.size() <= value.size() + 1;
        pos = tagInMessage ? cell.begin : cell.next;
    }
    joinClock(parts.time, clock);
    parts.fitted = true;
    parts.message = line.substr(std::min<std::size_t>(pos, line.size()));
    // A level padded before its colon ends the header with the colon (MaxScale's "notice :"
    // beside "warning:"): the colon is no word of the message.
    if (m_fields.back().role == Role::Level && parts.message.size() > 2 && parts.message[0] == ':' &&
        (parts.message[1] == ' ' || parts.message[1] == '\t'))
        parts.message =
            parts.message.substr(std::min(parts.message.find_first_not_of(" \t", 1), parts.message.size()));
    takeLoggerAtEnd(parts);
    out = parts;
}

void LearnedLayoutParser::takeLoggerAtEnd(RecordParts& parts) const
{
    if (m_loggerAtEnd == detail::LoggerAtEnd::None) return;
    const LoggerTrailer trailer = detail::trailerOf(parts.message, m_loggerAtEnd);
    if (!trailer.name.empty()) {
        parts.component = trailer.name;
        parts.message = parts.message.substr(0, trailer.at);
    }
}

std::string LearnedLayoutParser::formatString() const
{
    std::string format;
    std::array<int, 8> seen{};
    for (const LayoutField& field : m_fields) {
        if (field.kind == CellKind::Dash) {
            format += field.literal == "--" || field.literal == ":" ? field.literal : "-"; // as written
        } else if (field.role == Role::Constant && !field.literal.empty()) {
            format += field.literal;
        } else {
            if (field.gluedLevel) {
                const int levelOrdinal = ++seen[static_cast<std::size_t>(Role::Level)];
                format += "<" + fieldName(Role::Level, levelOrdinal) + ">";
            }
            if (field.gluedPid)
                format += "<" + fieldName(Role::Pid, ++seen[static_cast<std::size_t>(Role::Pid)]) + ">:";
            if (field.colonGroup) {
                // "[<Pid>:<Pid2>:<Time>:<Level>:<Component>]"
                format += "[";
                for (int id = 0; id < field.idsBeforeStamp; ++id)
                    format += "<" + fieldName(Role::Pid, ++seen[static_cast<std::size_t>(Role::Pid)]) + ">:";
                format += "<" + fieldName(Role::Time, ++seen[static_cast<std::size_t>(Role::Time)]) + ">:<" +
                          fieldName(Role::Level, ++seen[static_cast<std::size_t>(Role::Level)]) + ">:<" +
                          fieldName(Role::Component, ++seen[static_cast<std::size_t>(Role::Component)]) +
                          ">]";
            } else {
                const int ordinal = ++seen[static_cast<std::size_t>(field.role)];
                const std::string name = "<" + fieldName(field.role, ordinal) + ">";
                if (field.bracketed && field.levelSource && field.role == Role::Level)
                    format +=
                        "[" + name + (field.colonSource ? ": <" : "|<") +
                        fieldName(Role::Component, ++seen[static_cast<std::size_t>(Role::Component)]) +
                        (field.barContext
                             ? ">|<" +
                                   fieldName(Role::Context, ++seen[static_cast<std::size_t>(Role::Context)]) +
                                   ">]"
                             : std::string(">]"));
                else if (field.bracketed && field.moduleLevel && field.role == Role::Level)
                    format += "[<" +
                              fieldName(Role::Component, ++seen[static_cast<std::size_t>(Role::Component)]) +
                              ">" + field.moduleSeparator + name + "]" + (field.colonAfter ? ":" : "");
                else if (field.facilityLevel && field.role == Role::Level)
                    format += "<" + fieldName(Role::Other, ++seen[static_cast<std::size_t>(Role::Other)]) +
                              ">." + name;
                else if (field.moduleLevel && field.role == Role::Level)
                    format += "<" +
                              fieldName(Role::Component, ++seen[static_cast<std::size_t>(Role::Component)]) +
                              ">." + name + ":";
                else if (field.bracketed && field.parenthesised)
                    format += "(" + name + ")" + (field.colonAfter ? ":" : "");
                else if (field.bracketed && field.braced)
                    format += "{" + name + "}";
                else if (field.bracketed)
                    format += "[" + name + "]" + (field.colonAfter ? ":" : "");
                else if (field.parenthesised && (field.kind == CellKind::ColonWord || field.sinceStart))
                    format += "(" + name + ")";
                else
                    format += (field.opensGroup ? "[" : "") + name +
                              (field.closesGroup && field.kind != CellKind::ColonWord ? "]" : "");
                if (field.kind == CellKind::ColonWord) format += field.closer;
                if (field.levelPhrase && field.role == Role::Level)
                    format += ":"; // "<Level>: " takes "Fatal error:"
            }
        }
        switch (field.endsLine ? ' ' : field.delimiter) {
        case 0: // glued to the next field: "[time][level]"
            break;
        case ':': // "LEVEL:logger:message"; a logger's own colon is already written
            if (field.kind != CellKind::ColonWord) format += field.doubledColon ? "::" : ":";
            break;
        case '|':
            format += "|";
            break;
        case '/': // logcat's "I/Tag"
            format += "/";
            break;
        case '\t':
            format += "\t";
            break;
        case ',':
            format += ", ";
            break;
        case ';':
            format += "; ";
            break;
        default:
            format += " ";
            break;
        }
    }
    switch (m_loggerAtEnd) {
    case detail::LoggerAtEnd::None:
        break;
    case detail::LoggerAtEnd::Parenthesised:
        return format + "<Content> (<Component>)";
    case detail::LoggerAtEnd::Bracketed:
        return format + "<Content> [<Component>]";
    case detail::LoggerAtEnd::Piped:
        return format + "<Content>|<Component>";
    case detail::LoggerAtEnd::PipedWithThread:
        return format + "<Content>|<Component>|<Context>";
    }
    return format + "<Content>";
}

std::string LearnedLayoutParser::fieldKinds() const
{
    std::string kinds;
    for (const LayoutField& field : m_fields) {
        if (!kinds.empty()) kinds += ';';
        if (field.gluedLevel) kinds += "level;";
        if (field.gluedPid) kinds += "pid;";
        if (field.colonGroup) {
            for (int id = 0; id < field.idsBeforeStamp; ++id)
                kinds += "pid;";
            kinds += "time;level;component";
            continue;
        }
        if ((field.moduleLevel || field.levelSource) && field.role == Role::Level) kinds += "component;";
        if (field.barContext && field.role == Role::Level) kinds += "context;";
        kinds += roleKind(field.role);
    }
    if (m_loggerAtEnd != detail::LoggerAtEnd::None) kinds += kinds.empty() ? "component" : ";component";
    if (m_loggerAtEnd == detail::LoggerAtEnd::PipedWithThread) kinds += ";context";
    return kinds;
}

} // namespace logsleuth::text
