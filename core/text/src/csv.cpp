// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/text/csv.h"

#include <charconv>

namespace logsleuth::text {
namespace {

constexpr std::string_view replacementCharacter = "\xEF\xBF\xBD";

bool isContinuation(unsigned char b)
{
    return (b & 0xC0) == 0x80;
}

// The length of the valid sequence at `p`, or 0 with `invalid` set to the length of the
// maximal invalid subpart (the prefix of a valid sequence that the bytes did start).
std::size_t validSequence(const unsigned char* p, std::size_t left, std::size_t& invalid)
{
    const unsigned char lead = p[0];
    std::size_t length;
    unsigned char low = 0x80, high = 0xBF; // allowed range of the second byte
    if (lead < 0x80) return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        length = 2;
    else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) low = 0xA0;  // overlong
        if (lead == 0xED) high = 0x9F; // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) low = 0x90;  // overlong
        if (lead == 0xF4) high = 0x8F; // above U+10FFFF
    } else {
        invalid = 1;
        return 0;
    }
    for (std::size_t i = 1; i < length; ++i) {
        const bool ok = i < left && (i == 1 ? (p[i] >= low && p[i] <= high) : isContinuation(p[i]));
        if (!ok) {
            invalid = i;
            return 0;
        }
    }
    return length;
}

} // namespace

std::string sanitizeUtf8(std::string_view bytes)
{
    std::string out;
    out.reserve(bytes.size());
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    std::size_t i = 0;
    while (i < bytes.size()) {
        std::size_t invalid = 0;
        const std::size_t valid = validSequence(p + i, bytes.size() - i, invalid);
        if (valid > 0) {
            out.append(bytes.data() + i, valid);
            i += valid;
        } else {
            out.append(replacementCharacter);
            i += invalid;
        }
    }
    return out;
}

CsvWriter::CsvWriter(std::ostream& out) : m_out(out) {}

CsvWriter::~CsvWriter()
{
    if (!m_row.empty()) m_out.write(m_row.data(), static_cast<std::streamsize>(m_row.size()));
}

void CsvWriter::separate()
{
    if (m_rowStarted) m_row.push_back(',');
    m_rowStarted = true;
}

void appendCsvField(std::string& out, std::string_view text)
{
    // Most fields are plain ASCII with nothing to quote: write them as they are.
    bool plain = true;
    for (char c : text) {
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0x80 || c == ',' || c == '"' || c == '\r' || c == '\n') {
            plain = false;
            break;
        }
    }
    if (plain) {
        out.append(text);
        return;
    }
    const std::string clean = sanitizeUtf8(text);
    if (clean.find_first_of(",\"\r\n") == std::string::npos) {
        out.append(clean);
        return;
    }
    out.push_back('"');
    for (char c : clean) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

std::string csvField(std::string_view text)
{
    std::string field;
    appendCsvField(field, text);
    return field;
}

void appendCsvNumber(std::string& out, std::uint64_t value)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr);
}

CsvWriter& CsvWriter::field(std::string_view text)
{
    separate();
    appendCsvField(m_row, text);
    return *this;
}

CsvWriter& CsvWriter::field(std::uint64_t value)
{
    separate();
    appendCsvNumber(m_row, value);
    return *this;
}

CsvWriter& CsvWriter::field(double value)
{
    separate();
    // to_chars never consults the locale, unlike streams and printf.
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    m_row.append(buffer, result.ptr);
    return *this;
}

void CsvWriter::writeRow(std::string_view row)
{
    if (m_rowStarted) endRow();
    m_out.write(row.data(), static_cast<std::streamsize>(row.size()));
}

void CsvWriter::endRow()
{
    m_row.push_back('\n');
    m_out.write(m_row.data(), static_cast<std::streamsize>(m_row.size()));
    m_row.clear();
    m_rowStarted = false;
}

bool CsvReader::next(std::vector<std::string>& record)
{
    record.clear();
    std::string field;
    bool quoted = false, any = false;
    for (int c; (c = m_in.get()) != std::char_traits<char>::eof();) {
        any = true;
        const char ch = static_cast<char>(c);
        if (quoted) {
            if (ch != '"') {
                field.push_back(ch);
            } else if (m_in.peek() == '"') {
                field.push_back('"');
                m_in.get();
            } else {
                quoted = false;
            }
        } else if (ch == '"') {
            quoted = true;
        } else if (ch == ',') {
            record.push_back(std::move(field));
            field.clear();
        } else if (ch == '\n') {
            if (!field.empty() && field.back() == '\r') field.pop_back();
            record.push_back(std::move(field));
            return true;
        } else {
            field.push_back(ch);
        }
    }
    if (!any) return false;
    if (!field.empty() && field.back() == '\r') field.pop_back();
    record.push_back(std::move(field));
    return true;
}

} // namespace logsleuth::text
