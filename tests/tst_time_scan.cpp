// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Timestamps by parts: every spelling family the records issue names, plus spellings made up
// here that no sample file holds, and text that must not be taken for a time.
#include "check.h"

#include "logsleuth/text/record_columns.h"
#include "logsleuth/text/time_scan.h"

#include <limits>
#include <string>

using namespace logsleuth::text;

namespace {

std::string iso(std::int64_t ms)
{
    char buffer[32];
    return std::string(formatIsoUtc(ms, buffer));
}

// 2020-06-01T00:00:00Z: the "file modification time" for stamps without a year.
constexpr std::int64_t kReference = 1590969600000;

} // namespace

LS_TEST(spellings)
{
    struct Row {
        const char* text;
        DateOrder order;
        const char* expected; // ISO 8601 UTC
    };
    const std::vector<Row> rows{
        {"2015-10-18 18:01:47,978", DateOrder::YearMonthDay, "2015-10-18T18:01:47.978Z"},
        {"2015-10-18T18:01:47.978+02:00", DateOrder::YearMonthDay, "2015-10-18T16:01:47.978Z"},
        {"2015-10-18T18:01:47Z", DateOrder::YearMonthDay, "2015-10-18T18:01:47.000Z"},
        {"081109 203615", DateOrder::YearMonthDay, "2008-11-09T20:36:15.000Z"},
        {"17/06/09 20:10:40", DateOrder::YearMonthDay, "2017-06-09T20:10:40.000Z"},
        {"03-17 16:13:38.811", DateOrder::MonthDayYear, "2020-03-17T16:13:38.811Z"},
        {"Jun 14 15:16:01", DateOrder::YearMonthDay,
         "2019-06-14T15:16:01.000Z"}, // after the reference: a year back
        {"Jan  2 03:04:05", DateOrder::YearMonthDay, "2020-01-02T03:04:05.000Z"},
        {"Dec01 10:00:00", DateOrder::YearMonthDay, "2019-12-01T10:00:00.000Z"},      // BeeGFS: the day glued
        {"Nov-30 21:14:02.022", DateOrder::YearMonthDay, "2019-11-30T21:14:02.022Z"}, // Nextflow
        // A day before its month, no year: Bacula's minutes, Node-RED's seconds.
        {"28-Nov 23:05", DateOrder::YearMonthDay, "2019-11-28T23:05:00.000Z"},
        {"1 Dec 10:00:00", DateOrder::YearMonthDay, "2019-12-01T10:00:00.000Z"},
        {"12-01|10:00:00.123", DateOrder::MonthDayYear, "2019-12-01T10:00:00.123Z"},           // go-ethereum
        {"2026-12-01.10:00:12", DateOrder::YearMonthDay, "2026-12-01T10:00:12.000Z"},          // Gitolite
        {"2026-11-28 09h12.40", DateOrder::YearMonthDay, "2026-11-28T09:12:40.000Z"},          // OpenVAS
        {"2026/12/01@11:00:23.963+0100", DateOrder::YearMonthDay, "2026-12-01T10:00:23.963Z"}, // OpenEdge
        {"2026/12/01 3:04PM", DateOrder::YearMonthDay, "2026-12-01T15:04:00.000Z"}, // Go's Kitchen, glued
        {"2026/12/01 12:30am", DateOrder::YearMonthDay, "2026-12-01T00:30:00.000Z"},
        {"Dec 19, 2026, 4:53:58 AM GMT+1", DateOrder::YearMonthDay,
         "2026-12-19T03:53:58.000Z"}, // Google Admin
        {"Dec 19, 2026 4:53:58 PM UTC-05:30", DateOrder::YearMonthDay, "2026-12-19T22:23:58.000Z"},
        // en-US locales' toLocaleString: a comma between the date and the clock.
        {"12/19/2026, 3:20:22 AM PST", DateOrder::MonthDayYear, "2026-12-19T11:20:22.000Z"},
        {"12/1/2026, 2:00:00 PM", DateOrder::MonthDayYear, "2026-12-01T14:00:00.000Z"},
        {"CET Dec  1 11:14:30", DateOrder::YearMonthDay, "2019-12-01T10:14:30.000Z"}, // Monit: zone first
        {"UTC Jan  2 03:04:05", DateOrder::YearMonthDay, "2020-01-02T03:04:05.000Z"},
        {"2 Jan 03:04:05", DateOrder::YearMonthDay, "2020-01-02T03:04:05.000Z"},
        {"Sun Dec 04 04:47:44 2005", DateOrder::YearMonthDay, "2005-12-04T04:47:44.000Z"},
        {"10/Oct/2000:13:55:36 -0700", DateOrder::YearMonthDay, "2000-10-10T20:55:36.000Z"},
        {"1117838570", DateOrder::YearMonthDay, "2005-06-03T22:42:50.000Z"},
        {"1117838570123", DateOrder::YearMonthDay, "2005-06-03T22:42:50.123Z"},
        {"1117838570.5", DateOrder::YearMonthDay, "2005-06-03T22:42:50.500Z"},
        {"1117838570123456", DateOrder::YearMonthDay, "2005-06-03T22:42:50.123Z"},    // journald's µs
        {"1117838570123456789", DateOrder::YearMonthDay, "2005-06-03T22:42:50.123Z"}, // ns
        {"2005.06.03", DateOrder::YearMonthDay, "2005-06-03T00:00:00.000Z"},
        {"2005-06-03-15.42.50.363779", DateOrder::YearMonthDay, "2005-06-03T15:42:50.363Z"},
        {"2026:12:01-10:00:04", DateOrder::YearMonthDay, "2026-12-01T10:00:04.000Z"}, // Sophos UTM
        {"2026335 21:30:13.26", DateOrder::YearMonthDay, "2026-12-01T21:30:13.260Z"}, // z/OS: day 335
        {"2024366 23:59:59.99", DateOrder::YearMonthDay, "2024-12-31T23:59:59.990Z"}, // a leap year's last
        {"2026-11-11 02:00:02 +01", DateOrder::YearMonthDay, "2026-11-11T01:00:02.000Z"}, // Duplicati: spaced
        {"20171223-22:15:29:606", DateOrder::YearMonthDay, "2017-12-23T22:15:29.606Z"},
        {"2026-Dec-02 10:47:40.176492", DateOrder::YearMonthDay, "2026-12-02T10:47:40.176Z"}, // OneDrive (D)
        // Date and clock in one run of digits, with a fraction or a 'Z' (LXC, X.509).
        {"20261110030000.002", DateOrder::YearMonthDay, "2026-11-10T03:00:00.002Z"},
        {"20261110030000Z", DateOrder::YearMonthDay, "2026-11-10T03:00:00.000Z"},
        {"10.30 16:49:06", DateOrder::MonthDayYear, "2019-10-30T16:49:06.000Z"},
        {"2016-09-28 04:30:30", DateOrder::YearMonthDay, "2016-09-28T04:30:30.000Z"},
        // Made up here, not taken from any log.
        {"20240301-00:00:15:68", DateOrder::YearMonthDay, "2024-03-01T00:00:15.068Z"},       // ms unpadded
        {"2024-03-01 00:00:15:024480", DateOrder::YearMonthDay, "2024-03-01T00:00:15.024Z"}, // µs after ':'
        {"2024-03-01 00:00:15:024480123", DateOrder::YearMonthDay, "2024-03-01T00:00:15.024Z"}, // ns
        {"20240301:000015.068", DateOrder::YearMonthDay, "2024-03-01T00:00:15.068Z"}, // compact, ':'
        {"240301 000015.5", DateOrder::YearMonthDay, "2024-03-01T00:00:15.500Z"},     // compact, fraction
        {"0301/000015.068", DateOrder::YearMonthDay, "2020-03-01T00:00:15.068Z"},     // MMDD/HHMMSS
        {"2031/2/3 7:08:09.5 PM", DateOrder::YearMonthDay, "2031-02-03T19:08:09.500Z"},
        {"3 March 2024 10:00", DateOrder::YearMonthDay, "2024-03-03T10:00:00.000Z"},
        {"Friday, June 5, 2020 11:22:33 UTC", DateOrder::YearMonthDay, "2020-06-05T11:22:33.000Z"},
        // Months as java.util.logging writes them on German, French, Spanish, Dutch hosts.
        {"Dez. 01, 2026 10:00:00 PM", DateOrder::YearMonthDay, "2026-12-01T22:00:00.000Z"},
        {"févr. 28, 2025 7:05:09 AM", DateOrder::YearMonthDay, "2025-02-28T07:05:09.000Z"},
        {"Mär 3, 2025 1:02:03 AM", DateOrder::YearMonthDay, "2025-03-03T01:02:03.000Z"},
        {"4 abr 2025 10:00", DateOrder::YearMonthDay, "2025-04-04T10:00:00.000Z"},
        {"31 mei 2025 23:59:58", DateOrder::YearMonthDay, "2025-05-31T23:59:58.000Z"},
        // date(1): a zone abbreviation before the year; one it does not know is read zone-less.
        {"Tue Dec  1 10:00:00 CET 2026", DateOrder::YearMonthDay, "2026-12-01T09:00:00.000Z"},
        {"Sat Jul  4 09:30:00 PDT 2026", DateOrder::YearMonthDay, "2026-07-04T16:30:00.000Z"},
        {"Sat Jul  4 09:30:00 NZST 2026", DateOrder::YearMonthDay, "2026-07-04T09:30:00.000Z"},
        {"2026-07-04 09:30:00 EEST", DateOrder::YearMonthDay, "2026-07-04T06:30:00.000Z"},
        {"2024.02.29 23:59:59.999999999Z", DateOrder::YearMonthDay, "2024-02-29T23:59:59.999Z"},
        {"29.02.2024 08:15", DateOrder::DayMonthYear, "2024-02-29T08:15:00.000Z"},
        {"02/29/2024 08:15:01 AM", DateOrder::MonthDayYear, "2024-02-29T08:15:01.000Z"},
        {"12/31/99 23:59", DateOrder::MonthDayYear, "1999-12-31T23:59:00.000Z"},
        {"20240229_081501", DateOrder::YearMonthDay, "2024-02-29T08:15:01.000Z"},
        {"1999-12-31 23:59:59 +0100", DateOrder::YearMonthDay, "1999-12-31T22:59:59.000Z"},
        // DB2: a dash between date and dotted clock, the zone in minutes.
        {"2026-12-01-10.00.00.882320-300", DateOrder::YearMonthDay, "2026-12-01T15:00:00.882Z"},
        {"2026-12-01-10.00.00.882320+000", DateOrder::YearMonthDay, "2026-12-01T10:00:00.882Z"},
        // daemontools' multilog: a TAI64N label, 2^62 + 10 + the Unix seconds, then nanoseconds.
        {"@400000006b0e9aba2d82cec8", DateOrder::YearMonthDay, "2026-12-01T10:00:16.763Z"},
        // OpenLDAP since 2.5: epoch seconds and nanoseconds in hex.
        {"6b0e9aa3.1c1ba9a4", DateOrder::YearMonthDay, "2026-12-01T10:00:03.471Z"},
        {"0401 12:00:00.004217", DateOrder::YearMonthDay, "2020-04-01T12:00:00.004Z"},
        {"1231 23:59:58", DateOrder::YearMonthDay, "2019-12-31T23:59:58.000Z"}, // after the reference
    };
    for (const Row& row : rows) {
        LS_ROW(row.text);
        const RawTime raw = scanTime(row.text);
        CHECK_EQ(raw.length, std::string_view(row.text).size());
        const auto ms = resolveTime(raw, TimeContext{row.order, {}, kReference});
        CHECK(ms.has_value());
        if (ms) CHECK_EQ(iso(*ms), std::string(row.expected));
    }
}

LS_TEST(stampsEndAtBoundaries)
{
    // The stamp is found at the start of a longer text and stops where the stamp stops.
    CHECK_EQ(scanTime("2015-07-29 17:41:44,747 - INFO x").length,
             std::string_view("2015-07-29 17:41:44,747").size());
    CHECK_EQ(scanTime("Jun  9 06:06:20 host tag: m").length, std::string_view("Jun  9 06:06:20").size());
    CHECK_EQ(scanTime("2005.11.09 dn228 Nov").length, std::string_view("2005.11.09").size());
    CHECK_EQ(scanTime("2016-09-28 04:30:30, Info").length, std::string_view("2016-09-28 04:30:30").size());
    // "pm" that begins a word is no afternoon (an Exim message id after the clock).
    CHECK_EQ(scanTime("2026-12-01 10:16:07 pm8v9i-25WdiA-HD <= x").length,
             std::string_view("2026-12-01 10:16:07").size());
    CHECK_EQ(scanTime("2026-12-01 10:16:07 pm8v9i").hour, 10);
    // ... nor glued, nor one that runs on into a word, nor after hours that a 12-hour clock lacks.
    for (const char* text :
         {"2026-12-01 10:16pm8v9i", "2026-12-01 10:16AMD", "2026-12-01 10:16Am", "2026-12-01 14:16PM"}) {
        LS_ROW(text);
        const RawTime t = scanTime(text);
        CHECK(!t.am && !t.pm);
    }
    // Microseconds after the milliseconds and a comma (Zephyr's uptime); not a list of numbers.
    const RawTime uptime = scanTime("00:00:00.253,296] <inf> fs_nvs:");
    CHECK_EQ(uptime.length, std::string_view("00:00:00.253,296").size());
    CHECK_EQ(uptime.nanos, 253'296'000);
    CHECK_EQ(scanTime("10:00:00.253,296,7").length, std::string_view("10:00:00.253").size());
    CHECK_EQ(scanTime("10:00:00.253,29 x").length, std::string_view("10:00:00.253").size());
    // Hours past a day since a process started, with seconds and their fraction (VirtualBox's
    // VBox.log); without the fraction no clock.
    CHECK_EQ(scanTime("30:08:37.291516 Resuming VM").length, std::string_view("30:08:37.291516").size());
    CHECK_EQ(scanTime("30:08:37.291516 Resuming VM").hour, 30);
    CHECK_EQ(scanTime("104:22:44.439308 VMMDev:").length, std::string_view("104:22:44.439308").size());
    CHECK_EQ(scanTime("25:10:00 x").length, std::size_t{0});
    // A clock without a date takes no year after it: "06:46:20 2020" is Meshtastic's clock and
    // its seconds since boot.
    CHECK_EQ(scanTime("06:46:20 2020 [Power] Battery").length, std::string_view("06:46:20").size());
    CHECK(scanTime("06:46:20 2020 [Power] Battery").isClockOnly());
    // Minutes, seconds and their fraction, past the hour too (Cooja's simulated time).
    const RawTime simulated = scanTime("00:55.360\tID:6");
    CHECK_EQ(simulated.length, std::string_view("00:55.360").size());
    CHECK_EQ(simulated.hour, 0);
    CHECK_EQ(simulated.minute, 0);
    CHECK_EQ(simulated.second, 55);
    CHECK_EQ(simulated.nanos, 360'000'000);
    const RawTime pastTheHour = scanTime("75:12.004\tID:1");
    CHECK_EQ(pastTheHour.hour, 1);
    CHECK_EQ(pastTheHour.minute, 15);
    CHECK_EQ(pastTheHour.second, 12);
    CHECK_EQ(scanTime("104:22.439 x").length, std::string_view("104:22.439").size());
    CHECK_EQ(scanTime("10:30 x").hour, 10); // a clock still
    CHECK_EQ(scanTime("104:22:44 x").length, std::size_t{0});
    // Epoch seconds before a colon and a blank (mosquitto's "1796119202: Received …").
    const RawTime epochThenColon = scanTime("1796119202: Received PUBLISH");
    CHECK_EQ(epochThenColon.length, std::size_t{10});
    CHECK(epochThenColon.epoch);
    CHECK_EQ(epochThenColon.epochMs, std::int64_t{1796119202000});
}

LS_TEST(notTimes)
{
    for (const char* text : {"1.2.3",
                             "deadbeef.00000001", // hex, but after 2040
                             "1796119202:5",      // a list of numbers
                             "6b0e9aa3.1c1ba9a4x",
                             "6b0e9aa3.1c1ba9a",
                             "6B0E9AA3.1C1BA9A4",          // upper-case hex: a name, not OpenLDAP's stamp
                             "@400000006b0e9aba2d82cec",   // a TAI64N label a digit short
                             "@400000006b0e9aba2d82cec8f", // ... or long
                             "@300000006b0e9aba2d82cec8",  // ... before 2^62
                             "@4000000000000000ffffffff",  // ... in 1970 with a second too many
                             "10.10.34.11",
                             "20261102060002",     // a run of digits bare: a value as often
                             "20261340030000.000", // no thirteenth month
                             "version 2",
                             "May the force",
                             "CET is a zone", // a zone, then no stamp
                             "28-Nov",        // a day and a month alone: no clock, no stamp
                             "1 Dec and more",
                             "20230401",
                             "123456",
                             "20230401:12345",
                             "2026335",             // a year and a day of it only before a clock
                             "2026366 10:00:00",    // (2026 has 365 days)
                             "2026:12:01",          // colons in a date only before a dash and a clock
                             "2026:12:01 10:00:04", // (a list of numbers, and a clock after it)
                             "20230401:1234567",
                             "12.30",
                             "2015-13-01",
                             "Junk 12 10:00",
                             "0:0:0:0:0:0:0:0:2181",
                             "42",
                             "",
                             "-1",
                             "x2015-10-18",
                             "2015-10-18x",
                             "999999999999",
                             "9629563555724398880", // nineteen digits over a long long's range
                             "1301 10:00:00",
                             "0401 10:00",
                             "0401 x"}) {
        LS_ROW(text);
        CHECK_EQ(scanTime(text).length, std::size_t{0});
    }
    // A clock alone is a time of day without a date: no instant.
    const RawTime clock = scanTime("12:30:01");
    CHECK_EQ(clock.length, std::size_t{8});
    CHECK(!resolveTime(clock, TimeContext{}).has_value());
}

// A kernel ring buffer's seconds since boot: an instant that many seconds after the epoch, so the
// lines of one boot keep their spacing; never a stamp outside its bracket's shape.
LS_TEST(secondsSinceBoot)
{
    struct Row {
        const char* text;
        std::size_t length;
        const char* expected;
    };
    const std::vector<Row> rows{
        {"    0.000000", 12, "1970-01-01T00:00:00.000Z"},
        {" 3601.200002", 12, "1970-01-01T01:00:01.200Z"},
        {"123456.7891] usb 1-1: new", 11, "1970-01-02T10:17:36.789Z"},
        {"12.345", 6, "1970-01-01T00:00:12.345Z"},
    };
    for (const Row& row : rows) {
        LS_ROW(row.text);
        const RawTime raw = scanUptime(row.text);
        CHECK_EQ(raw.length, row.length);
        CHECK(raw.uptime);
        const auto ms = resolveTime(raw, TimeContext{});
        CHECK(ms.has_value());
        if (ms) CHECK_EQ(iso(*ms), std::string(row.expected));
    }
    for (const char* text : {"1.2.3", "12.30", "0.5", "   ", "", "x 1.000000", "1.000000x", "10.10.34.11",
                             "12345678901.000000"}) {
        LS_ROW(text);
        CHECK_EQ(scanUptime(text).length, std::size_t{0});
    }
    // Not a timestamp for scanTime, which the rest of the line and the masks use.
    CHECK_EQ(scanTime("    0.000000").length, std::size_t{0});
}

LS_TEST(dateOrderFromSample)
{
    auto order = [](std::initializer_list<const char*> texts) {
        std::vector<RawTime> sample;
        for (const char* t : texts)
            sample.push_back(scanTime(t));
        return chooseDateOrder(sample);
    };
    CHECK(order({"01/02/2023 10:00", "13/02/2023 10:00"}) == DateOrder::DayMonthYear);
    CHECK(order({"02/13/2023 10:00", "01/02/2023 10:00"}) == DateOrder::MonthDayYear);
    CHECK(order({"17/06/09 10:00", "17/06/10 10:00", "17/06/11 10:00"}) == DateOrder::YearMonthDay);
    // One digit is no year: a day of one date repeated (WebSphere's 4/1/20) is month-first.
    CHECK(order({"4/1/20 10:00", "4/1/20 10:01"}) == DateOrder::MonthDayYear);
    CHECK(order({"03-17 10:00", "03-18 10:00"}) == DateOrder::MonthDayYear);
    CHECK(order({"30.10 10:00", "31.10 10:00"}) == DateOrder::DayMonthYear);

    // Several orders read the sample; the file's modification time settles it when exactly one
    // puts the dates in the month before it.
    auto near = [](std::initializer_list<const char*> texts, const char* modified) {
        std::vector<RawTime> sample;
        for (const char* t : texts)
            sample.push_back(scanTime(t));
        const auto ms = resolveTime(scanTime(modified), TimeContext{DateOrder::YearMonthDay, {0}, 0});
        return chooseDateOrder(sample, ms.value_or(0));
    };
    CHECK(near({"12/1/26 10:00:00", "12/1/26 10:00:05"}, "2026-12-04 08:00:00") == DateOrder::MonthDayYear);
    CHECK(near({"01/12/2026 10:00:00"}, "2026-12-04 08:00:00") == DateOrder::DayMonthYear);
    CHECK(near({"01/12/2026 10:00:00"}, "2026-01-20 08:00:00") == DateOrder::MonthDayYear);
    // Years apart from any reading (an old log, a compact HDFS date): the sample's shape decides.
    CHECK(near({"081109 203615", "081110 101010"}, "2026-12-04 08:00:00") == DateOrder::YearMonthDay);
    CHECK(near({"12/1/26 10:00:00"}, "2030-06-01 08:00:00") == order({"12/1/26 10:00:00"}));

    // A date written apart from its clock takes it.
    RawTime date = scanTime("01/12/2026");
    joinClock(date, scanTime("10:00:01.250"));
    CHECK_EQ(date.hour, 10);
    CHECK_EQ(date.second, 1);
    RawTime full = scanTime("2026-12-01 09:00:00");
    joinClock(full, scanTime("10:00:01"));
    CHECK_EQ(full.hour, 9);
}

LS_TEST(zones)
{
    auto offset = [](const char* spec) {
        const auto zone = TimeZoneSpec::parse(spec);
        return zone ? zone->offsetMinutes : -9999;
    };
    CHECK_EQ(offset("UTC"), 0);
    CHECK_EQ(offset("+02:00"), 120);
    CHECK_EQ(offset("-0530"), -330);
    CHECK_EQ(offset("+0100"), 60);
    CHECK(!TimeZoneSpec::parse("Mars/Olympus_Mons").has_value());
    CHECK(!TimeZoneSpec::parse("+25:00").has_value());
    // A zone-less stamp read in +02:00 is two hours earlier in UTC.
    const auto ms =
        resolveTime(scanTime("2020-01-01 02:00:00"), TimeContext{DateOrder::YearMonthDay, {120}, 0});
    CHECK(ms.has_value());
    if (ms) CHECK_EQ(iso(*ms), std::string("2020-01-01T00:00:00.000Z"));
}

LS_TEST(civilDays)
{
    CHECK_EQ(daysFromCivil(1970, 1, 1), std::int64_t{0});
    CHECK_EQ(daysFromCivil(2000, 3, 1), std::int64_t{11017});
    CHECK_EQ(iso(-1), std::string("1969-12-31T23:59:59.999Z"));
    // No time, and times outside the years 0000 to 9999, are written as nothing (before, the day
    // arithmetic overflowed for them: undefined behaviour that UBSan reports).
    CHECK_EQ(iso(kNoTime), std::string());
    CHECK_EQ(iso(std::numeric_limits<std::int64_t>::max()), std::string());
    CHECK_EQ(iso(253402300799999), std::string("9999-12-31T23:59:59.999Z"));
}

LS_TEST_MAIN()
