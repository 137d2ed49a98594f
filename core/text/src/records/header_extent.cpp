// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Where a learned layout's header ends. The anchor is the last stable timestamp, level or
// hard-delimited cell with only stable cells before it; the header then runs on through what
// commonly follows those: process ids, bracketed contexts, " - " separators, a "logger:" or
// "host tag[pid]:", a padded column. Where it stops, the message starts.
#include "header_extent.h"

#include "../ascii.h"

#include <algorithm>
#include <numeric>
#include <utility>

namespace logsleuth::text::detail {
namespace {

constexpr double kOtherWidthsAligned = 0.2; // lines whose word is not the commonest, lined up

// Whether most lines' cell `i` opens a CEF record ("CEF:0|Trend Micro|…").
bool opensCef(const LayoutColumns& c, int i)
{
    return c.share(c.at(i).cefRecords) >= 0.5;
}

// Where the anchor ends; 0 where there is none.
int anchorEndOf(const LayoutColumns& c)
{
    // The anchor: the last stable timestamp, level or hard-delimited cell with only stable cells before it.
    // After a program's tag, a stamp right after it opens the program's own header (an
    // application's log sent through syslog); one further on belongs to the message (HAProxy's
    // "haproxy[812]: 10.0.0.7:5123 [01/Dec/2026:10:00:00.123] …"), and so does a kernel's
    // seconds since boot ("kernel: [12345.507347] [UFW BLOCK] IN=eth0 …"), as in its ring buffer.
    int headerEnd = 0;
    int tagAt = -1;
    for (int i = 0; i < kMaxCells - 2 && c.columnAt(i); ++i) {
        // A key and its value on most lines opens the message, bars between pairs or not (Santa's
        // "santad: action=EXEC|decision=ALLOW|reason=CERT|…"): a header names no keys.
        if (i > 0 && c.keyed(i) && !c.is(i, Family::Time) && !c.levelColumn(i)) break;
        // A CEF record ("CEF:0|vendor|product|…") is a message of its own kind (cef.h).
        if (i > 0 && opensCef(c, i)) break;
        const bool bootClock = c.share(c.at(i).uptimes) >= kStable;
        const bool programStamp = tagAt < 0 || (i == tagAt + 1 && !bootClock);
        if ((c.is(i, Family::Time) && programStamp) || c.levelColumn(i) || c.hardDelimited(i))
            headerEnd = i + 1;
        if (tagAt < 0 && c.tagColumn(i)) tagAt = i;
    }
    // Without a timestamp or level (or with stamps no parser reads), a stable "tag:" within the
    // first few cells still ends a header: syslog's "host tag[pid]:", "Component: message".
    // A key and its value before it ("Stats 33.1: gcodein=0  mcu: mcu_awake=0.017 …", a log that
    // says one thing on most lines) says the message has begun.
    constexpr int kTagWithin = 6;
    // At the start of the line, only a logger's name, dotted as Python's and Java's are, on most
    // lines of the sample is such a tag (Rosetta's "protocols.relax.FastRelax: CMD: …"): a first
    // word with a colon in a log of no stamps is as often the message's ("Error: …", "Usage: …",
    // Terraform's "module.vpc.aws_subnet.private[0]: Creating..." among its prose).
    for (int i = 0; headerEnd == 0 && i < kTagWithin && c.stable(i) && !c.keyed(i); ++i)
        if (c.tagColumn(i) &&
            (i > 0 || (c.countsMost() && c.share(c.at(i).loggerNames) >= kStable && c.fewValues(i, 20))))
            headerEnd = i + 1;
    // ... and so does a bracket that opens every line, from a small set: the source a program
    // names its lines by, padded or not (FiveM's "[      script:monitor] …").
    if (headerEnd == 0 && c.bracketedColumn(0) && c.fewValues(0, 20)) headerEnd = 1;
    // ... or follows the seconds since the program started (darktable's "    20.8598 [dev_pixelpipe]
    // took …").
    if (headerEnd == 0 && c.countsSinceStart(0) && c.bracketedColumn(1) && c.fewValues(1, 20)) headerEnd = 2;
    return headerEnd;
}

// Right after a level, names in lower case before a colon on half the lines or more, from a small
// set (BIRD's protocols: "<TRACE> transit_a: State changed to up" beside "<INFO> Reconfigured"):
// a tag that the daemon's own lines leave out. A message's own openings are capitalised
// ("Error:", "TCP:") or many. (Not where a column before the level names who logged already.)
bool nameTagAfterLevel(const LayoutColumns& c, int anchorEnd)
{
    bool loggerBefore = false;
    for (int i = 0; i < anchorEnd; ++i)
        loggerBefore = loggerBefore || c.tagColumn(i) || c.share(c.at(i).sourceLocations) >= kStable;
    if (loggerBefore || anchorEnd >= kMaxCells || !c.levelColumn(anchorEnd - 1) || c.columnAt(anchorEnd))
        return false;
    const PositionStats& s = c.at(anchorEnd);
    const int tags = s.family[static_cast<std::size_t>(Family::ColonWord)];
    return c.share(tags) >= 0.5 && s.nameTags * 10 >= tags * 9 && c.fewValues(anchorEnd, 20);
}

// A word of punctuation alone: a mark (">>>", "=>", "-").
bool isMark(std::string_view word)
{
    return std::none_of(word.begin(), word.end(), ascii::isAlnum);
}

// The marks a column holds: how many different ones (">>>" and "<<<": two), and on how many lines.
struct Marks {
    int distinct = 0, lines = 0;
};
Marks marksOf(const PositionStats& s)
{
    Marks marks;
    for (const auto& [value, count] : s.distinct)
        if (isMark(value)) {
            ++marks.distinct;
            marks.lines += count;
        }
    return marks;
}

// What commonly follows the anchor: x.end moves on past each cell that is header.
void extendPastAnchor(const LayoutColumns& c, HeaderExtent& x)
{
    // A group the header opened (Path of Exile's "[INFO Client 28826]", its level a cell of its
    // own) runs on to the cell that closes it, a few cells on.
    constexpr int kGroupCells = 4;
    if (x.end > 0 && c.share(c.at(x.end - 1).opensGroup) >= kStable)
        for (int i = x.end; i < std::min(x.end + kGroupCells, kMaxCells - 1) && c.columnAt(i); ++i)
            if (c.share(c.at(i).closesGroup) >= kStable) {
                x.end = i + 1;
                break;
            }
    bool afterAddress = false;
    for (int i = x.end; i < kMaxCells - 1 && c.columnAt(i); ++i) {
        if (opensCef(c, i)) break; // the record after its syslog header (cef.h)
        const PositionStats& s = c.at(i);
        // The message's code, unless some of the column's words carry a process id: then the
        // codes are programs too (Junos' "RT_FLOW:" beside "sshd[812]:").
        if (c.share(s.messageCodes) >= kStable && s.distinct.size() > 1 && !c.withPidTags(i)) break;
        // A quote opened and left open: a quoted value runs on ("\"GET /tag/ HTTP/1.1\" 200", a
        // request after Ghost's level), the message's.
        if (c.share(s.openedQuotes) >= 0.5) break;
        if (c.share(s.threadTags) >= kStable) {
            x.end = i + 1;
            continue;
        }
        // Brackets that quote a string on many lines hold the message, quoted where it has
        // blanks (PingCAP's unified format: TiDB's "[time] [LEVEL] [file.go:260] [\"command
        // dispatched failed\"] [conn=2098440]…" beside "[expensive_query]"): a header's brackets
        // never quote.
        if (c.share(s.quotedBrackets) >= 0.3) break;
        if (c.hardDelimited(i) || c.bracketedColumn(i) || c.symbolColumn(i) || c.is(i, Family::Number) ||
            c.is(i, Family::Bracket) || c.levelColumn(i) || c.is(i, Family::Time) || c.dashAt(i) ||
            (c.paddedColumn(i) && !c.stable(i))) {
            x.end = i + 1;
            continue;
        }
        // Right after the anchor, a name in parentheses from a small set: the daemon that logged
        // (FlexNet's "7:41:13 (MLM) OUT: …" beside "(lmgrd)").
        if (i == x.anchorEnd && c.share(s.wrapped) >= kStable && c.share(s.parenthesised) >= kStable &&
            c.fewValues(i, 20)) {
            x.end = i + 1;
            continue;
        }
        // A column of source locations ("switch_core.c:2493") says where the line was logged.
        if (c.share(s.sourceLocations) >= kStable) {
            x.end = i + 1;
            continue;
        }
        // A thread in parentheses after the logger's bracket (Quarkus' and WildFly's "[%c{3.}]
        // (%t) %s": "[org.keycloak.events] (executor-thread-12) type=…").
        if (i > 0 && c.bracketedColumn(i - 1) && c.share(s.parenthesised) >= kStable &&
            c.share(s.wrapped) >= kStable) {
            x.end = i + 1;
            x.threadField[static_cast<std::size_t>(i)] = true;
            // The message follows, unless a logger with its colon does (AWS IoT Greengrass'
            // "[INFO] (main) com.aws.greengrass.lifecyclemanager.Kernel: service-loaded.").
            if (i + 1 < kMaxCells && c.tagColumn(i + 1) && c.fewValues(i + 1, 20)) x.end = i + 2;
            break;
        }
        // The same word and colon on every line before a number labels that number (Space
        // Engineers' "- Thread:   1 ->  …"): the header goes on past it.
        if (c.is(i, Family::ColonWord) && labelsANumber(c, i)) {
            x.end = i + 1;
            continue;
        }
        // A word and its colon before one last word on most lines labels that word (yum's
        // "Installed: bash-4.2.46-34.el7.x86_64" beside "Erased: …"): a line that names one
        // value is all message, where a program's tag comes before a message of words.
        if (c.is(i, Family::ColonWord) && !c.withPidTags(i) && c.endsLine(i + 1)) break;
        // Right after the anchor, tags in capitals from a small set (FRRouting's "BGP:", "ZEBRA:",
        // Tasmota's "APP:", "MQT:"): the subsystem that logged (see detail::isCapitalTag). Further
        // on, past other header cells, capitals before a colon are the message's action (vsftpd's
        // "[pid 812] CONNECT:").
        if (i == x.anchorEnd && c.is(i, Family::ColonWord) && !c.tagColumn(i) && c.fewValues(i, 20)) {
            x.end = i + 1;
            break;
        }
        if (c.is(i, Family::ColonWord) && !c.tagColumn(i)) break; // an action: the message starts here
        if (c.tagColumn(i) || c.optionalTag(i)) {
            x.end = i + 1;
            break;
        }
        if (!c.is(i, Family::Word)) break;
        // One word, the same on every line, right after the header's numbers: a constant of the
        // header (Dolibarr's system user, "2420 www-da  sql=…" beside "2420 www-da --- End
        // access"), however many blanks the message's indent puts after it. (A word before a
        // number on every line labels it, a log that says one thing over and over, "17|reading 4
        // ok"; marks are the message's: Qt's "=>".)
        if (i > 0 && c.is(i - 1, Family::Number) && s.distinct.size() == 1 && !c.is(i + 1, Family::Number) &&
            s.distinct.begin()->second == c.base() &&
            std::any_of(s.distinct.begin()->first.begin(), s.distinct.begin()->first.end(), ascii::isAlpha)) {
            x.end = i + 1;
            continue;
        }
        // A column of UUIDs, a new one on each line: the request's or correlation's id a header
        // carries (DSpace's "%X{correlationID} %X{requestID}"), not a word of a message; lines
        // outside a request hold one placeholder there ("unknown").
        if (c.uuidColumn(i)) {
            x.end = i + 1;
            continue;
        }
        // A column of addresses names who logged or who was served ("<time> <ms> <client> …").
        // After it only columns of their own shape (a level, a bracket) are header: the words
        // that follow are a request's, not a logger's.
        if (c.share(s.addresses) >= kStable) {
            x.end = i + 1;
            afterAddress = true;
            continue;
        }
        // Two columns of a few values each that lines pair every way: fields side by side, the
        // first of them header, whatever words they are.
        if (c.is(i, Family::Word) && c.crossedWithNext(i)) {
            x.end = i + 1;
            continue;
        }
        if (afterAddress) break;
        // A name alone after the anchor, ending the line: its message follows on the lines after
        // ("info: Shop.Orders.Controller[14]" above an indented message). Further on, past a
        // bracket, a logger's dotted name does so (Mopidy's "INFO  <stamp> [1643:MainThread]
        // mopidy.core.library" above its indented message). (The sample holds no continuation
        // lines: a log that writes a dotted event name alone after such a header, "[atc]
        // atc.tracker.track.start", reads it so too.)
        if ((i == x.anchorEnd || c.share(s.loggerNames) >= kStable) && c.endsLine(i)) {
            x.end = i + 1;
            break;
        }
        // A word is header when what follows says so. (Marks are no host: ">>> local: {…}".)
        const Marks marks = marksOf(s);
        const bool hostThenTag = c.tagColumn(i + 1) && marks.lines * 2 < c.base();
        const bool thenBracket = c.is(i + 1, Family::Bracket);
        const double dashNext =
            c.share(c.at(i + 1).dash) + (i + 2 < kMaxCells ? c.share(c.at(i + 2).dash) : 0.0);
        const bool thenDash = dashNext >= kStable && c.share(c.at(i + 1).dash) >= 0.5;
        int alignedCount = 0;
        for (const auto& [column, count] : s.nextColumn)
            alignedCount = std::max(alignedCount, count);
        // Alignment is evidence only where words of other widths line up too: on a log that
        // says one thing on most lines ("Bootstrap tree #1, …" on two thirds of RAxML-NG's), the
        // one word lines up with itself. (Punctuation is the layout's own: Project Zomboid's '>'
        // after its stamp.)
        int commonest = 0;
        std::string_view commonestValue;
        for (const auto& [value, lines] : s.distinct)
            if (lines > commonest) {
                commonest = lines;
                commonestValue = value;
            }
        // Marks that differ from line to line are no layout's but say which way a message went
        // (Valetudo's ">>> local: …" beside "<<< local: …"): they line up with each other as the
        // one word does with itself.
        const bool mark = isMark(commonestValue);
        const bool punctuation = mark && marks.distinct == 1;
        const int alike = mark ? marks.lines : commonest;
        const bool padded = c.share(s.padded) >= kStable ||
                            (c.share(alignedCount) >= kStable && s.maxLength > s.minLength + 1 &&
                             (punctuation || c.share(alignedCount - alike) >= kOtherWidthsAligned));
        // A dash right after wins over alignment: a log that says one thing on most lines
        // aligns its message's first words as well as any column.
        // A word before a column of levels is header: a host, a program, a constant ("PHP
        // Warning:").
        const bool thenLevel = c.levelColumn(i + 1);
        // ... and right after the anchor, before a column of addresses: a load balancer's name
        // before its client's ("shop-elb 203.0.113.7:5123 10.0.1.2:80 …"). Further on, a word
        // before an address is a message's verb ("[sshd] Ban 203.0.113.7").
        const bool thenAddress =
            i == x.anchorEnd && i + 1 < kMaxCells && c.share(c.at(i + 1).addresses) >= kStable;
        // ... and the host that forwarded a CEF record.
        const bool thenCef = opensCef(c, i + 1);
        if ((hostThenTag || thenBracket || padded || thenLevel || thenAddress || thenCef) && !thenDash) {
            x.end = i + 1;
            continue;
        }
        if (thenDash) {
            // "Component - message": the dash ends the header (log4j's "%c - %m", Python's
            // "%(name)s - %(message)s"). What follows is the message, however alike its first
            // words are on every line of a log that says one thing over and over.
            x.spanToDash[static_cast<std::size_t>(i)] = !c.dashAt(i + 1);
            x.dashField[static_cast<std::size_t>(i + 1)] = true;
            x.end = i + 2;
            // A host, a lone colon and the message's mnemonic (Cisco ASA's "fw-01 :
            // %ASA-6-302013:"): the mnemonic is the tag, its facility and severity read from it.
            if (c.dashAt(i + 1) && i + 2 < kMaxCells && c.share(c.at(i + 2).mnemonics) >= kStable)
                x.end = i + 3;
            break;
        }
        // A logger or method named as Java and .NET qualify it, from a small set, with the message
        // right after it (Tomcat's "[main] org.apache.catalina.startup.Catalina.start Server startup").
        if (c.share(s.qualifiedNames) >= kStable && c.fewValues(i)) {
            x.end = i + 1;
            break;
        }
        // Right after a level, a logger named after its module, as Python's "%(levelname)s
        // %(name)s %(message)s" writes it: lower-case names from a small set, most of them
        // dotted ("app.api", "urllib3.connectionpool"), which a message's first word seldom is;
        // Java's qualified names among them count as dotted (QuestDB's "i.q.c.TableWriter"
        // beside "pg-server").
        if (i == x.anchorEnd && c.is(i - 1, Family::Level) &&
            c.share(s.moduleNames + s.qualifiedNames) >= kStable &&
            c.share(s.dottedModules + s.qualifiedNames) >= 0.5 && c.fewValues(i)) {
            x.end = i + 1;
            break;
        }
        // A few stable fields and then a dash ("host app pid msgid - message", RFC 5424): the
        // dash ends the header there too.
        for (int j = i + 1; j <= i + 4 && j < kMaxCells - 1; ++j) {
            if (c.dashAt(j)) {
                x.dashField[static_cast<std::size_t>(j)] = true;
                x.end = j + 1;
                break;
            }
            if (!c.stable(j)) break;
        }
        break;
    }
}

// A tabular log's message is its last column: the header reaches into it by one tag or stamp at
// most ("…\tINFO\tapp.model.Work: message", Firebird's "fbsrv01\tFri Nov 20 07:42:34 2026"). Cells
// further on are the message's words, however alike ("TIMELINE: Query 20261201_100005_00333 ::
// FINISHED" is no tag, name and stamp).
void keepToLastTab(const LayoutColumns& c, HeaderExtent& x)
{
    if (c.tabColumn() == 0) return;
    int lastTab = -1, tabBefore = -1;
    for (int i = 0; i < kMaxCells; ++i)
        if (c.share(c.at(i).delimiter['\t']) >= kStable) tabBefore = std::exchange(lastTab, i);
    // Zap's console lines, "time\tlevel\tcaller\tmessage\t{fields}": a last column of JSON
    // fields is the message's context; the message is the column before it.
    // A last column of one word where the column before holds words (APC's "date\ttime\tUPS:
    // On battery power.\t0x0101", an event and its code) is a code beside the message too.
    if (tabBefore >= 0 &&
        (c.share(c.at(lastTab + 1).braced) >= 0.5 ||
         (c.share(c.at(lastTab).multiWord) >= 0.5 && c.share(c.at(lastTab + 1).multiWord) < 0.1)))
        lastTab = tabBefore;
    if (lastTab < 0 || x.end <= lastTab + 1) return;
    if (c.is(lastTab + 1, Family::Time))
        x.end = lastTab + 2;
    else if (!(x.end == lastTab + 2 && c.tagColumn(lastTab + 1)))
        x.end = lastTab + 1;
}

// A row of many fields between bars that ends in a number or in nothing (PingFederate's audit
// log, "time| tid| event| user| ip | app| … | status| adapter| description| duration"): no
// column holds the message, the row after its stamp does — its steady columns say which event,
// the others are its values. (A row whose last column holds words keeps that as its message:
// Drupal's "…|uid|link|message".)
void rowOfFields(const LayoutColumns& c, HeaderExtent& x)
{
    constexpr int kRowFields = 6;
    if (x.end < kRowFields || x.end >= kMaxCells) return;
    int bars = 0;
    for (int i = 0; i < x.end; ++i)
        bars += c.share(c.at(i).delimiter['|']) >= kStable;
    if (bars < kRowFields) return;
    const PositionStats& last = c.at(x.end);
    const int present = std::accumulate(last.family.begin(), last.family.end(), 0);
    const int numbers = last.family[static_cast<std::size_t>(Family::Number)];
    if (c.share(numbers + (c.base() - present)) < kStable) return;
    int stampEnd = 0;
    while (stampEnd < x.end && (c.is(stampEnd, Family::Time) || c.levelColumn(stampEnd)))
        ++stampEnd;
    if (stampEnd == 0) return;
    x.end = x.anchorEnd = stampEnd;
}

} // namespace

HeaderExtent findHeaderExtent(const LayoutColumns& c)
{
    HeaderExtent x;
    x.end = x.anchorEnd = anchorEndOf(c);
    if (x.end == 0) return x;
    if (nameTagAfterLevel(c, x.anchorEnd)) x.end = x.anchorEnd + 1;
    extendPastAnchor(c, x);
    keepToLastTab(c, x);
    rowOfFields(c, x);
    return x;
}

bool labelsANumber(const LayoutColumns& c, int i)
{
    return c.at(i).distinct.size() == 1 && i + 1 < kMaxCells && c.columnAt(i + 1) &&
           c.is(i + 1, Family::Number);
}

} // namespace logsleuth::text::detail
