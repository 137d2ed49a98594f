// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The parser of a learned layout: the header's cells in order, each with its shape and role.
#pragma once

#include "cells.h"
#include "logger_trailer.h"
#include "logsleuth/text/records.h"

#include <memory>
#include <string>
#include <vector>

namespace logsleuth::text {

enum class Role : std::uint8_t { Time, Level, Pid, Component, Entity, Context, Constant, Other };

struct LayoutField {
    detail::CellKind kind = detail::CellKind::Word;
    Role role = Role::Other;
    bool bracketed = false;
    bool spanToDash = false;         // a program name that may hold blanks, ended by the " - " that follows
    bool gluedLevel = false;         // a time whose stamp follows a one-letter level ("I0301 10:00:00")
    bool gluedPid = false;           // ... or a process id and ':' ("2215:20261201:100001.363")
    bool colonGroup = false;         // ... or in "[pid:tid:stamp:LEVEL:file.cc(42)]" (Chromium)
    std::uint8_t idsBeforeStamp = 0; // ... with this many ids before the stamp
    char closer = ':';               // what ends a ColonWord: ':' for "logger:", ']' for "file.go:12]"
    bool parenthesised = false;      // ... in parentheses: "(eth0):", written "(<Entity>):"
    bool braced = false;             // ... in braces: "{queries}", written "{<Component>}"
    bool sourceLocation = false;     // "db/pool.go:490": the component is the file
    bool programPid = false;         // "unbound[1817:0]": the component is the program
    bool codeComponent = false;      // message codes ("METHOD_ENTRY"): the record's type opens its template
    bool sinceStart = false;         // a count of milliseconds since the program started: the time
    bool opensGroup = false;         // a stamp that shares its bracket with the fields after it
    bool closesGroup = false;        // ... and the last of those, whose ']' ends the group
    bool levelPhrase = false; // a level that ends with ':', in one word or two ("Warning:", "Fatal error:")
    bool moduleLevel = false; // a bracketed level with its module: "[core:error]"
    bool someModuleLevels = false; // ... on some lines only: the other lines' brackets name the
                                   // component (Cowrie's "[HoneyPotSSHTransport,12]" beside
                                   // "[cowrie.ssh.factory#info]")
    bool levelSource = false;      // ... with the source that logged after a bar: "[INFO|trainer.py:2048]"
    bool colonSource = false;      // ... after a colon: "[INFO: Main      ]"
    bool barContext = false;       // ... with a request's id after it: "[I|app|46d6f6a4]"
    bool facilityLevel = false;    // a level after its syslog facility: "daemon.info"
    char moduleSeparator = ':';    // ... or "[Server thread/INFO]", "[update info]"
    bool colonAfter = false;       // a bracketed group with a colon after it: "[812]:"
    char delimiter = ' ';
    bool doubledColon = false; // the ':' delimiter is written twice ("<Time>::<Level>::")
    bool endsLine = false;     // the header's last cell ends the line; the message is on the lines after
    std::string literal;       // the one value of a constant field, for the format string
    // A level column's words in the sample, when they are few: a line whose level cell is neither
    // a level word nor one of these has another layout (a syslog host where the level stands).
    // Empty: any word.
    std::vector<std::string> levelWords;
};

class LearnedLayoutParser final : public RecordParser {
public:
    // column: the tab between a tabular log's columns (see detail::readCell), or 0.
    // loggerAtEnd: how the logger closes the line, if it does (see detail::LoggerAtEnd).
    LearnedLayoutParser(std::vector<LayoutField> fields, int timeField, char column = 0,
                        detail::LoggerAtEnd loggerAtEnd = detail::LoggerAtEnd::None);
    void parse(std::string_view line, RecordParts& out) const override;
    std::string formatString() const override;
    std::string fieldKinds() const override;

private:
    // The logger closing the line ("… (app.db.Pool)") out of the message, into the component.
    void takeLoggerAtEnd(RecordParts& parts) const;

    std::vector<LayoutField> m_fields;
    int m_timeField;
    char m_column;
    detail::LoggerAtEnd m_loggerAtEnd;
};

// nullptr when the sample shows no stable header.
std::unique_ptr<RecordParser> inferLearnedLayout(const std::vector<std::string_view>& sample);

} // namespace logsleuth::text
