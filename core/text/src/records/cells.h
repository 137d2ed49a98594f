// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The leading fields of a line as cells: a timestamp (which may span spaces), a bracketed
// group, or a run of non-blank bytes, each with its shape and the delimiter after it. Layout
// inference compares cells across lines; the learned parser reads lines cell by cell.
#pragma once

#include "logsleuth/text/time_scan.h"

#include <cstdint>
#include <string_view>

namespace logsleuth::text {
struct RecordParts;
}

namespace logsleuth::text::detail {

enum class CellKind : std::uint8_t { Time, Level, Number, Bracket, Word, ColonWord, Dash };
constexpr int kCellKinds = 7;

struct Cell {
    std::uint32_t begin = 0, end = 0; // the cell's bytes (brackets and a trailing ':' included)
    std::uint32_t next = 0;           // where the next cell starts
    CellKind kind = CellKind::Word;
    char delimiter = 0;   // ' ', '|', '\t', ',' or ';' after the cell; 0 at the end of the line
    std::uint8_t gap = 0; // blanks after the cell (capped at 255)
    bool bracketed = false;
    bool opensGroup = false;      // a stamp that shares its bracket: "[2024-03-01T10:00:00Z INFO app]"
    bool closesGroup = false;     // the last cell of such a group, its ']' included: "app]"
    std::uint8_t levelPrefix = 0; // Time cells: bytes of a level glued before the stamp ("I", "<W>")
    std::uint8_t pidPrefix = 0;   // Time cells: bytes of a process id and ':' glued before it
    // Time cells of a bracket of colon-separated fields, "[pid:tid:stamp:LEVEL:file.cc(42)]" as
    // Chromium writes them: how many ids come before the stamp, and the level and the source
    // (offsets in the line); levelInGroupLength is 0 for other cells.
    std::uint8_t idsBeforeStamp = 0;
    std::uint32_t levelInGroup = 0, levelInGroupLength = 0, sourceInGroup = 0, sourceInGroupLength = 0;
    std::uint8_t moduleLength = 0;   // Level cells "[core:error]", "production.ERROR:": bytes of the module
    std::uint8_t levelLength = 0;    // Level cells "INFO/MainProcess]": bytes of the level
    std::uint8_t facilityLength = 0; // Level cells "daemon.info": bytes of the syslog facility
    bool barContext = false;         // Level cells "[I|app|46d6f6a4]": a request's id after the logger
    RawTime time;                    // for Time cells

    std::string_view text(std::string_view line) const { return line.substr(begin, end - begin); }
    // Without brackets and a trailing ':' (and a syslog tag's "[pid]").
    std::string_view value(std::string_view line) const;
    // "[core:error]", "production.ERROR:": the module before the level ("core", "production");
    // empty for other cells.
    std::string_view module(std::string_view line) const
    {
        return line.substr(begin + (bracketed ? 1 : 0), moduleLength);
    }
};

// A name without the group that closes it: a syslog tag's process id ("sshd[24200]" → "sshd"),
// logcat's ("Tag(  575)" → "Tag"), a source's line ("network_delegate.cc(32)" →
// "network_delegate.cc"), glued to it; anything else as it is.
std::string_view withoutClosingGroup(std::string_view name);

// A program's name with its process id glued in brackets, ids joined by ':' or '.' allowed
// ("unbound[1817:0]", "sshd[812]").
bool isProgramWithPid(std::string_view word);
// A message's mnemonic as Cisco's systems write it, "%FACILITY-SEVERITY-MNEMONIC"
// ("%LINK-3-UPDOWN", "%ASA-6-302013", "%C4K_EBM-4-HOSTFLAPPING"), or Huawei's and H3C's
// "%%01SSH/5/SSH_USER_LOGOUT(s)": the facility, and the severity digit, syslog's (0 emergency …
// 7 debug). False for anything else.
struct Mnemonic {
    std::string_view facility;
    std::string_view severity;
};
bool readMnemonic(std::string_view value, Mnemonic& out);
// A component that is such a mnemonic names the event and its severity: its digit is the level,
// where the line has none, and the component the record's type (RecordParts::componentIsType).
void takeMnemonic(std::string_view component, RecordParts& parts);
// A level and a name joined by a slash where the component stands (Icinga 2's
// "information/ConfigItem:"): the level, where the line has none, and the name as the component.
void takeLevelBeforeSlash(RecordParts& parts);
// A level in parentheses closing a program's tag (MIT Kerberos' "krb5kdc[856](info):"): the
// line's level, where it has none. `tag` is the tag as written, its colon left out or not.
void takeLevelClosingTag(std::string_view tag, RecordParts& parts);

// The subsystem a bracket of pairs in the header names by key (VMware's "[Originator@6876
// sub=vpxLro opID=…]", a Sophos UTM's sub="packetfilter"): the value of its sub, subsystem,
// component, module or logger key, without quotes; empty when it names none.
std::string_view keyedComponentOf(std::string_view pairs);

// The logger of a list that a colon opens, the colon the field's before it (Jetty's ":oejs.Server:main"
// after its padded level: logger and thread); anything else as it is.
std::string_view loggerOfColonList(std::string_view name);

// A name without the context a parenthesis closes before it, with no opening one (ESXi's
// "cpu8:2098114)Config" → "Config": the CPU and the world that wrote the line); anything else as
// it is.
std::string_view withoutClosedContext(std::string_view name);

// A logger's name without the process and thread ids a slash joins to it (ISC Kea's
// "kea-dhcp4.leases/1893.139823046141760" → "kea-dhcp4.leases"); anything else as it is.
std::string_view withoutProcessSuffix(std::string_view name);
// A name without a counter glued before it in brackets (Unreal Engine's frame, "[ 42]LogNet"
// → "LogNet"); anything else as it is.
std::string_view withoutLeadingCounter(std::string_view name);
// A tag in capitals before the message's colon (FRRouting's "BGP", Tasmota's "MQT"): the subsystem
// that logged, and the message's first word as well, as a message code is ("MQT: Connected" and
// "WIF: Connected" say two things); not a level word ("WARNING:"). Both the learned layouts and
// --format keep it in the message.
bool isCapitalTag(std::string_view tag);

// The subsystem of a thread's number glued before it in brackets, as strongSwan's charon writes
// them ("06[NET]" → "NET"): digits, then capitals in brackets; or the logger after a process's
// name and its groups ("web[AZx9][o.s.s.p.Platform]" → "o.s.s.p.Platform"); empty for anything else.
std::string_view threadTagSubsystem(std::string_view word);

// The level of a level word with its thread's id glued on in brackets (Asterisk's
// "NOTICE[8182]", "VERBOSE[53956][C-00000021]", logrus's "INFO[0000]" → "INFO"); empty otherwise.
std::string_view levelBeforeThread(std::string_view word);

// The seconds since the program started that logrus's text formatter glues to its level cut to
// four capitals when it writes no stamp ("INFO[0005]", "ERRO[0142]"), as a time relative to the
// start; no time (length 0) for anything else (Asterisk's "NOTICE[8182]" glues a thread's id).
RawTime logrusSecondsSinceStart(std::string_view word);

// Where the parenthesis opened at text[from] closes, nested groups counted, within 128 bytes;
// npos when it does not.
std::size_t closingParenthesis(std::string_view text, std::size_t from);

// A value without the angle brackets, parentheses or asterisks around it: "<Notice>" → "Notice",
// "(WW)" → "WW", "*WARN*" → "WARN".
std::string_view withoutWrapping(std::string_view value);

// The second word of a level written in two, with its colon: "error:" in "Fatal error:", as PHP
// writes its levels. Lower-case letters, a level word.
bool isLevelTail(std::string_view word);

// Reads the cell that starts at `from` (blanks before it are skipped). `tryTime`: look for a
// timestamp here (costs a scan). `column`: the tab that separates the columns of a tabular
// log, or 0; then a cell that is neither a time nor bracketed runs up to it, blanks included
// ("Service Control Manager"). Returns false at the end of the line.
bool readCell(std::string_view line, std::uint32_t from, bool tryTime, Cell& out, char column = 0);

// A mark some systems glue before a stamp ("*Mar  1 10:00:00.123": a router's flag for a clock it
// does not trust; '.' once synchronised): part of the stamp's cell, not of its value.
inline bool isStampMark(char c)
{
    return c == '*' || c == '.' || c == '!';
}

// The length of a full date and clock between doubled dashes that opens `text` (Wget's
// "--2026-12-02 02:00:05--"), dashes included; 0 when none does.
inline std::size_t dashedStampLength(std::string_view text)
{
    if (text.size() < 6 || text[0] != '-' || text[1] != '-' || text[2] < '0' || text[2] > '9') return 0;
    const RawTime t = scanTime(text.substr(2));
    const std::size_t end = 2 + t.length;
    return t.length > 0 && t.hasDate() && t.hasTimeOfDay() && text.substr(end, 2) == "--" ? end + 2 : 0;
}

} // namespace logsleuth::text::detail
