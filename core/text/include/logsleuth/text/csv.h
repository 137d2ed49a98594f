// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// An RFC 4180 writer for the command-line output: always valid UTF-8, locale-independent numbers.
#pragma once

#include <cstdint>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace logsleuth::text {

// Invalid UTF-8 sequences become U+FFFD, one per maximal invalid subpart (as the Unicode
// standard recommends and browsers do).
std::string sanitizeUtf8(std::string_view bytes);

// Appends `text` as one CSV field (no separator): sanitised, quoted when it holds , " CR or LF.
// For writers that make a field's text once and copy it into many rows.
void appendCsvField(std::string& out, std::string_view text);
std::string csvField(std::string_view text); // the same, as a string of its own
void appendCsvNumber(std::string& out, std::uint64_t value);

// A row is assembled in memory and reaches the stream whole at endRow() (one stream call a row
// instead of one a field: a million-row CSV spends its time on the fields, not on the stream);
// a row left unfinished reaches it when the writer goes.
class CsvWriter {
public:
    explicit CsvWriter(std::ostream& out);
    ~CsvWriter();
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;
    CsvWriter& field(std::string_view text); // sanitised; quoted when it holds , " CR or LF
    CsvWriter& field(const char* text) { return field(std::string_view(text)); }
    CsvWriter& field(std::uint64_t value);
    CsvWriter& field(double value); // shortest round-trip form, always with a '.'
    void endRow();                  // "\n"
    // A whole row made CSV-safe elsewhere (appendCsvField), its newline included.
    void writeRow(std::string_view row);

private:
    void separate();

    std::ostream& m_out;
    std::string m_row;
    bool m_rowStarted = false;
};

// Reads RFC 4180 records one at a time: quoted fields may hold commas, quotes ("") and line
// breaks; a CR before LF is dropped.
class CsvReader {
public:
    explicit CsvReader(std::istream& in) : m_in(in) {}
    // False at the end of the input.
    bool next(std::vector<std::string>& record);

private:
    std::istream& m_in;
};

} // namespace logsleuth::text
