// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// A log line as a record: time, level, component, entity and the message, found by a parser
// that knows the source's layout. The layout is learned from a sample of the source's own
// lines (inferRecordParser), given as a loghub-style format string, or JSON lines.
#pragma once

#include "logsleuth/text/time_scan.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace logsleuth::text {

enum class Severity : std::uint8_t { Unknown, Trace, Debug, Info, Notice, Warning, Error, Critical, Fatal };

// True for the words log frameworks use as levels (INFO, warn, E, ...): what layout inference
// takes for a level column.
bool isLevelWord(std::string_view word);

// "W", "warn", "WARNING", "[warning]" → Warning; unknown words → Unknown.
Severity severityOf(std::string_view levelWord);
// The severity of a value read from a column already taken as the level: severityOf's words,
// the symbols Redis writes for its levels (". - * #": debug, verbose, notice, warning), and the
// numbers of structured logs (syslog's 0-7 as journald's PRIORITY, pino's 10-60). Only there do
// they mean a level: a '-' column elsewhere means "none", a 6 a number.
Severity severityOfLevel(std::string_view levelText);
std::string_view toString(Severity severity); // "TRACE" … "FATAL", "" for Unknown

// A level that opens a message as a marker, for lines whose header names none: "ERROR: …",
// "Warning: …", "[ERROR] …", GitHub Actions' "##[error]…". A warning or worse in any letter case,
// a lesser level in capitals ("INFO:"), any level before a tab ("info\t…", a column of its own),
// a level letter written twice in parentheses (X.org's "(II)", "(EE)");
// the word without its marks, or empty.
std::string_view levelMarkerOf(std::string_view message);
// A session's user@database before such a marker, as PostgreSQL's log_line_prefix "%u@%d " writes
// it ("app@orders" of "app@orders LOG:  …", "[unknown]@[unknown]"); empty when none.
std::string_view sessionBeforeLevel(std::string_view message);
// After a level column that opens a message ("info\tads\tEDS: PUSH …"), the column after it, a
// tab closing it too: the scope or logger that wrote the line ("ads"). Empty otherwise.
std::string_view tabColumnAfterLevel(std::string_view message, std::string_view level);

// The parts of one line. Views point into the line.
// How the message span writes what it says: as plain text, or as the inside of a quoted value
// with its escapes ("msg":"open \"a b.txt\"", a CSV field's doubled quotes), or as a whole JSON
// object that names no message (osquery's results), read as its pairs, or as a row of a table
// whose named columns hold values only (a W3C firewall or web server log; a CSV export), read as one
// value a column, or as a CEF record's extension, read as its pairs (records/cef.h).
enum class MessageEscapes : std::uint8_t {
    None,
    Backslash,
    DoubledQuotes,
    JsonObject,
    ValueColumns,
    CsvValues,
    CefExtension
};

struct RecordParts {
    bool fitted = false;        // the line has the source's layout
    std::string_view message;   // the whole line when it does not fit
    std::string_view level;     // as written, without brackets
    std::string_view component; // logger, program, tag (a syslog tag without its [pid])
    std::string_view entity;    // host, node, container: who emitted the line
    RawTime time;               // length 0 when the line has none
    // A line in which the log describes itself (W3C's "#Fields: …"), not an event.
    bool directive = false;
    // A structured line whose message continues the record before it: a stack frame a
    // container runtime wrapped in a line of its own ({"log":"\tat com.x.Y(Y.java:1)\n"}).
    bool continuation = false;
    // The component is the record's type or message id, which names the event the line is
    // (auditd's "type=USER_END", Cisco's "%ASA-6-302013"): the message is mined after it.
    bool componentIsType = false;
    // The line is a web server's access line (NCSA): one format string, every field of it a
    // value, the request and the status too; it is mined as its fields' shape.
    bool accessLine = false;
    MessageEscapes escapes = MessageEscapes::None; // masking reads the message unescaped
    // A structured line's (JSON, logfmt) set of keys as one number, whatever their order; 0 for
    // any other line. Two lines with one message and other keys may be two events (see
    // key_set_split.h).
    std::uint64_t keySet = 0;
};

// One parser per source; parse() is const and allocation-free so lines can be parsed on any
// number of threads.
class RecordParser {
public:
    virtual ~RecordParser() = default;
    virtual void parse(std::string_view line, RecordParts& out) const = 0;
    // The layout in loghub's notation, e.g. "<Time> <Level> <Component>: <Content>".
    virtual std::string formatString() const = 0;
    // The kinds of the header fields in order, e.g. "time;pid;level;component".
    virtual std::string fieldKinds() const = 0;
};

// Learns the layout from sample lines (e.g. the first 2,000 and some from the middle). A
// source without a recognisable layout gets a parser that keeps every line whole. `source`: the
// bytes the sample's lines view, where the log may say that its layout changes (a W3C log's later
// "#Fields:"); the parser then reads each of those bytes' lines by the layout in force there.
std::unique_ptr<RecordParser> inferRecordParser(const std::vector<std::string_view>& sample,
                                                std::string_view source = {});

// "json" or "json:message=msg,time=ts,level=lvl" for JSON lines; otherwise a format string in
// loghub's notation with <Content> for the message. nullptr and `error` for a malformed spec.
std::unique_ptr<RecordParser> makeRecordParser(std::string_view spec, std::string& error);

// How the source writes ambiguous dates (03/04/05), from the stamps the parser finds in a sample
// and the file's modification time (0: unknown; see chooseDateOrder).
DateOrder learnDateOrder(const RecordParser& parser, const std::vector<std::string_view>& sample,
                         std::int64_t referenceMs = 0);

} // namespace logsleuth::text
