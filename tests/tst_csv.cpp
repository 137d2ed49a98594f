// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "check.h"

#include "logsleuth/text/csv.h"

#include <clocale>
#include <locale>
#include <sstream>

using namespace logsleuth::text;

LS_TEST(quoting)
{
    struct Row {
        const char* name;
        std::string_view field, written;
    };
    const std::vector<Row> rows{
        {"plain", "abc", "abc"},         {"empty", "", ""},
        {"comma", "a,b", "\"a,b\""},     {"quote", "say \"hi\"", "\"say \"\"hi\"\"\""},
        {"newline", "a\nb", "\"a\nb\""}, {"carriage return", "a\rb", "\"a\rb\""},
        {"spaces kept", " a ", " a "},   {"invalid utf8 replaced", "a\xff", "a\xEF\xBF\xBD"},
    };
    for (const Row& row : rows) {
        LS_ROW(row.name);
        std::ostringstream out;
        CsvWriter(out).field(row.field);
        CHECK_EQ(out.str(), std::string(row.written));
    }
}

LS_TEST(rows)
{
    std::ostringstream out;
    CsvWriter csv(out);
    csv.field("line").field(std::uint64_t{42}).field(0.5);
    csv.endRow();
    csv.field(std::uint64_t{18446744073709551615ULL}).field("x,y");
    csv.endRow();
    CHECK_EQ(out.str(), std::string("line,42,0.5\n18446744073709551615,\"x,y\"\n"));
}

LS_TEST(replacementCharacters)
{
    const std::string fffd = "\xEF\xBF\xBD";
    struct Row {
        const char* name;
        std::string in, out;
    };
    const std::vector<Row> rows{
        {"ascii", "hello", "hello"},
        {"valid multibyte", "Grüße € 𝄞", "Grüße € 𝄞"},
        {"lone continuation", "a\x80z", "a" + fffd + "z"},
        {"two continuations", "\x80\x80", fffd + fffd},
        {"invalid lead bytes", "\xC0\xC1\xF5\xFF", fffd + fffd + fffd + fffd},
        {"truncated 3-byte at end", "a\xE2\x82", "a" + fffd},
        {"truncated 3-byte before ascii", "\xE2\x82z", fffd + "z"},
        {"truncated 4-byte", "\xF0\x9F\x98z", fffd + "z"},
        {"overlong 2-byte", "\xC0\xAF", fffd + fffd},
        {"overlong 3-byte", "\xE0\x80\xAF", fffd + fffd + fffd},
        {"surrogate", "\xED\xA0\x80", fffd + fffd + fffd},
        {"above U+10FFFF", "\xF4\x90\x80\x80", fffd + fffd + fffd + fffd},
        {"nul kept", std::string("a\0b", 3), std::string("a\0b", 3)},
    };
    for (const Row& row : rows) {
        LS_ROW(row.name);
        CHECK_EQ(sanitizeUtf8(row.in), row.out);
    }
}

LS_TEST(numbersIgnoreLocale)
{
    // Tests the writer, not the machine: skip quietly where the locale is not generated.
    if (!std::setlocale(LC_ALL, "de_DE.UTF-8")) {
        std::printf("de_DE.UTF-8 not available, skipping\n");
        return;
    }
    std::locale::global(std::locale("de_DE.UTF-8"));
    struct Row {
        const char* name;
        double value;
        std::string_view written;
    };
    const std::vector<Row> rows{
        {"half", 0.5, "0.5"},         {"shortest round trip", 0.1, "0.1"},
        {"negative", -2.25, "-2.25"}, {"integral", 3.0, "3"},
        {"large", 1e21, "1e+21"},     {"small", 1.5e-7, "1.5e-07"},
    };
    for (const Row& row : rows) {
        LS_ROW(row.name);
        std::ostringstream out;
        out.imbue(std::locale());
        CsvWriter(out).field(row.value);
        CHECK_EQ(out.str(), std::string(row.written));
    }
    std::ostringstream out;
    out.imbue(std::locale());
    CsvWriter(out).field(std::uint64_t{1234567});
    CHECK_EQ(out.str(), std::string("1234567")); // no thousands separator
    std::locale::global(std::locale::classic());
    std::setlocale(LC_ALL, "C");
}

LS_TEST_MAIN()
