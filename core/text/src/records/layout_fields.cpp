// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Each header cell's shape comes from its column's dominant family; the roles follow from the
// columns' statistics and from where the cells stand: a syslog host before its tag, a logger
// before a " - ", a bracket of module names after the level. The rules are tried in order, the
// first that names a component winning.
#include "layout_fields.h"
#include "../ascii.h"
#include "logsleuth/text/records.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace logsleuth::text::detail {
namespace {

// A level column with at most this many words in the sample keeps them as its vocabulary.
constexpr std::size_t kMaxLevelWords = 32;

// The name of a key whose value is a level: "level", "LEVEL", "Severity", "priority", "lvl".
bool isLevelKey(std::string_view word)
{
    for (std::string_view key : {"level", "severity", "priority", "loglevel", "lvl"})
        if (ascii::equalsIgnoringCase(word, key)) return true;
    return false;
}

class FieldRoles {
public:
    FieldRoles(const LayoutColumns& columns, const HeaderExtent& extent, LoggerAtEnd loggerAtEnd)
        : c(columns), x(extent), m_loggerAtEnd(loggerAtEnd)
    {
    }

    std::vector<LayoutField> run(int& timeField)
    {
        for (int i = 0; i < x.end; ++i)
            m_fields.push_back(shapeAt(i));
        if (m_time < 0) millisecondsSinceStart();
        httpStatusAsLevel();
        hostBeforeTag();
        namedColumnAsComponent();
        if (m_entity < 0) entityOfDigits();
        loggerColumnAsComponent();
        if (m_component < 0) componentOtherwise();
        // "[core:error]" names the component itself; no other field does then.
        const bool componentInLevel =
            m_level >= 0 && (field(m_level).moduleLevel || field(m_level).levelSource);
        if (m_component >= 0 && !componentInLevel) {
            field(m_component).role = Role::Component;
            // A column of message codes names the record's type (Salesforce's "METHOD_ENTRY",
            // "DML_END" between bars): lines of two types seldom share an event.
            field(m_component).codeComponent = c.share(c.at(m_component).messageCodes) >= kStable;
        }
        if (m_entity >= 0) field(m_entity).role = Role::Entity;
        timeField = m_time;
        return std::move(m_fields);
    }

private:
    LayoutField& field(int i) { return m_fields[static_cast<std::size_t>(i)]; }
    // A field of words (a count since start is written in one, but is the time).
    bool wordField(int i) const
    {
        return i >= 0 && i < x.end && m_fields[static_cast<std::size_t>(i)].kind == CellKind::Word &&
               !m_fields[static_cast<std::size_t>(i)].sinceStart;
    }
    bool bracketField(int i) const { return m_fields[static_cast<std::size_t>(i)].kind == CellKind::Bracket; }
    // Most of the column's values hold a letter: names, not marks ("[**]") or numbers.
    // (A letter that labels a number, "T-1402…", makes no name.)
    bool namesWithLetters(int i) const
    {
        int lines = 0;
        for (const auto& [value, count] : c.at(i).distinct)
            if (std::any_of(value.begin(), value.end(), ascii::isAlpha)) lines += count;
        return c.share(lines) >= kStable && c.share(c.at(i).labelledIds) < 0.5;
    }

    // Most values open with a name of two letters or more, and not all with the same one: names
    // with digits in them ("AndroidUiautomator2Driver@acaa", "W3C"), where one word before
    // numbers is a label ("pid 812", "MY-010068").
    bool namedApart(int i) const
    {
        int named = 0;
        std::string_view first;
        bool several = false;
        for (const auto& [value, count] : c.at(i).distinct) {
            std::size_t letters = 0;
            while (letters < value.size() && ascii::isAlpha(value[letters]))
                ++letters;
            if (letters < 2) continue;
            named += count;
            const std::string_view name = std::string_view(value).substr(0, letters);
            if (first.empty()) first = name;
            several = several || name != first;
        }
        return several && c.share(named) >= kStable;
    }

    // Most of the column's values hold a name, a run of three letters or more, and the names are
    // few (a quarter of the lines or fewer): names beside counters ("[400]LogNet:", Unreal's frame
    // before its category), not ids ("C-0x55d0e4322b23:").
    bool fewNamesBesideDigits(int i) const
    {
        std::unordered_set<std::string_view> names;
        int named = 0;
        for (const auto& [value, count] : c.at(i).distinct) {
            std::string_view longest;
            for (std::size_t p = 0; p < value.size();) {
                std::size_t q = p;
                while (q < value.size() && ascii::isAlpha(value[q]))
                    ++q;
                if (q - p > longest.size()) longest = std::string_view(value).substr(p, q - p);
                p = q + 1;
            }
            if (longest.size() < 3) continue;
            named += count;
            names.insert(longest);
        }
        return c.share(named) >= kStable && names.size() * 4 <= static_cast<std::size_t>(c.base());
    }

    LayoutField shapeAt(int i);
    void timeCell(int i, LayoutField& f);
    void levelCell(int i, int count, LayoutField& f);
    void colonWordCell(int i, int count, LayoutField& f);
    void wordCell(int i, LayoutField& f);
    void millisecondsSinceStart();
    void httpStatusAsLevel();
    void hostBeforeTag();
    void namedColumnAsComponent();
    void entityOfDigits();
    void loggerColumnAsComponent();
    void componentOtherwise();

    const LayoutColumns& c;
    const HeaderExtent& x;
    LoggerAtEnd m_loggerAtEnd;
    std::vector<LayoutField> m_fields;
    int m_level = -1, m_component = -1, m_entity = -1, m_time = -1, m_bestTime = -1;
};

LayoutField FieldRoles::shapeAt(int i)
{
    const PositionStats& s = c.at(i);
    int count = 0;
    Family family = s.dominant(count);
    if (c.optionalTag(i)) {
        family = Family::ColonWord;
        count = s.family[static_cast<std::size_t>(Family::ColonWord)];
    }
    if (c.fewLevels(i)) {
        family = Family::Level;
        count = c.base();
    }
    LayoutField f;
    f.delimiter = s.commonDelimiter();
    f.doubledColon = f.delimiter == ':' && c.share(s.doubledColons) >= kStable;
    f.endsLine = i + 1 == x.end && c.endsLine(i);
    f.bracketed = c.share(s.bracketed) >= kStable;
    f.colonAfter = f.bracketed && s.colonAfter * 2 > s.bracketed;
    // A stamp in parentheses: "(<Time>):".
    f.parenthesised = f.bracketed && s.parenthesised * 2 > s.bracketed;
    f.braced = f.bracketed && s.braced * 2 > s.bracketed;
    f.opensGroup = c.share(s.opensGroup) >= kStable;
    f.moduleLevel = c.share(s.moduleLevels) >= kStable;
    f.someModuleLevels = !f.moduleLevel && f.bracketed && c.share(s.moduleLevels) >= 0.3;
    f.levelSource = c.share(s.levelSources) >= kStable;
    f.colonSource = f.levelSource && s.colonSources * 2 > s.levelSources;
    f.barContext = f.levelSource && s.barContexts * 2 > s.levelSources;
    f.facilityLevel = c.share(s.facilityLevels) >= kStable;
    if (s.slashModules * 2 > s.moduleLevels) f.moduleSeparator = '/';
    if (s.hashModules * 2 > s.moduleLevels) f.moduleSeparator = '#';
    if (s.spaceModules * 2 > s.moduleLevels) f.moduleSeparator = ' ';
    f.closesGroup = c.share(s.closesGroup) >= kStable;
    f.spanToDash = x.spanToDash[static_cast<std::size_t>(i)];
    switch (family) {
    case Family::Time:
        timeCell(i, f);
        break;
    case Family::Level:
        levelCell(i, count, f);
        break;
    case Family::Number:
        f.kind = CellKind::Number;
        f.role = Role::Pid;
        break;
    case Family::Bracket:
        f.kind = CellKind::Bracket;
        f.role = Role::Context;
        break;
    case Family::ColonWord:
        colonWordCell(i, count, f);
        break;
    case Family::Word:
        wordCell(i, f);
        break;
    }
    return f;
}

void FieldRoles::timeCell(int i, LayoutField& f)
{
    const PositionStats& s = c.at(i);
    f.kind = CellKind::Time;
    f.role = Role::Time;
    // The most informative stamp: with a year, then the finest.
    int score = 0;
    for (const RawTime& t : s.times)
        score = std::max(score, t.information());
    if (score > m_bestTime) {
        m_bestTime = score;
        m_time = i;
    }
    f.gluedLevel = c.share(s.levelPrefix) >= kStable;
    f.gluedPid = c.share(s.pidPrefix) >= kStable;
    if (c.share(s.colonGroups) >= kStable) {
        f.colonGroup = true;
        f.idsBeforeStamp = static_cast<std::uint8_t>(
            std::max_element(s.idsBeforeStamp.begin(), s.idsBeforeStamp.end()) - s.idsBeforeStamp.begin());
        if (m_level < 0) m_level = i;
    }
    if (f.gluedLevel && m_level < 0) m_level = i;
}

void FieldRoles::levelCell(int i, int count, LayoutField& f)
{
    const PositionStats& s = c.at(i);
    // A column of letters that would make most lines errors is some other flag: errors are the
    // exception in any log (a container runtime's F/P marks whole or partial lines). Level words
    // are kept: an error log may well hold errors only.
    if (s.letters * 2 > count && s.severeLetters * 2 > s.letters) {
        f.kind = CellKind::Word;
        f.role = s.distinct.size() <= 1 ? Role::Constant : Role::Other;
        if (s.distinct.size() == 1) f.literal = std::string(s.distinct.begin()->first);
        return;
    }
    f.kind = CellKind::Level;
    f.role = m_level < 0 ? Role::Level : Role::Other;
    // Levels before a colon, some in two words: "PHP Warning:" beside "PHP Fatal error:".
    f.levelPhrase =
        s.twoWordLevels * 100 >= count && double(s.colonLevels + s.twoWordLevels) >= kStable * double(count);
    if (m_level < 0) m_level = i;
    // Its vocabulary: the words of at least 1 % of its level cells, so that a few lines of another
    // layout in the sample do not teach their host as a level.
    if (f.role == Role::Level && !f.moduleLevel && s.distinct.size() <= kMaxLevelWords)
        for (const auto& [word, lines] : s.distinct)
            if (lines * 100 >= count) f.levelWords.emplace_back(word);
}

void FieldRoles::colonWordCell(int i, int count, LayoutField& f)
{
    const PositionStats& s = c.at(i);
    f.kind = CellKind::ColonWord;
    f.closer = s.closedByBracket * 2 > count ? ']' : ':';
    f.parenthesised = s.closedByBracket * 2 <= count && c.share(s.parenthesised) >= kStable;
    // A key that names the level after it, the same on every line ("LEVEL: Info", "Severity:
    // Warning"), or that labels a number ("Thread:   1"): a label, not who logged.
    if (s.distinct.size() == 1 &&
        ((isLevelKey(s.distinct.begin()->first) && c.levelColumn(i + 1)) || labelsANumber(c, i))) {
        f.role = Role::Constant;
        f.literal = std::string(s.distinct.begin()->first) + f.closer;
        return;
    }
    // Ids before a colon, a new one every few lines (PgBouncer's connections, "C-0x55d0e4322b23:"):
    // what the line is about, not who logged it.
    if (!c.fewValues(i) && c.share(s.withDigit) >= kStable && !c.withPidTags(i) && !fewNamesBesideDigits(i)) {
        f.role = Role::Context;
        return;
    }
    f.role = Role::Component;
    m_component = i;
}

void FieldRoles::wordCell(int i, LayoutField& f)
{
    const PositionStats& s = c.at(i);
    const auto at = static_cast<std::size_t>(i);
    f.kind = i >= x.anchorEnd && (c.dashAt(i) || x.dashField[at]) ? CellKind::Dash : CellKind::Word;
    f.role = s.distinct.size() <= 1 || f.kind == CellKind::Dash ? Role::Constant
             : x.threadField[at] || c.uuidColumn(i)             ? Role::Context
                                                                : Role::Other;
    if (s.distinct.size() == 1) f.literal = std::string(s.distinct.begin()->first);
    // A program's name before its process id in a bracket and a colon, a blank between (SOGo's
    // "sogod [4496]:"), is the tag syslog writes "sshd[812]:": the component, one program or
    // many.
    if (m_component < 0 && i + 1 < x.end && c.bracketedColumn(i + 1) &&
        c.at(i + 1).colonAfter * 2 > c.at(i + 1).bracketed && c.share(c.at(i + 1).withDigit) >= kStable &&
        namesWithLetters(i) && c.share(s.withDigit) < 0.5) {
        f.role = Role::Component;
        f.literal.clear();
        m_component = i;
        return;
    }
    // strongSwan's "06[NET]": its value, the subsystem, names the component.
    if (c.share(s.threadTags) >= kStable && m_component < 0) {
        f.role = Role::Component;
        m_component = i;
        return;
    }
    // A column of severity names the level list does not take alone ("Information"), or of
    // symbols after the anchor and a stamp (Redis's "12:00:00.125 * Ready"); without a stamp
    // before them, symbols are the message's ("filter: TCP 192.0.2.7:5353 > 198.51.100.2:23").
    if (f.role == Role::Other && m_level < 0 &&
        (c.share(s.severityWords) >= kStable || (i >= x.anchorEnd && m_time >= 0 && c.symbolColumn(i)))) {
        f.role = Role::Level;
        m_level = i;
    }
}

// A log without stamps that counts the milliseconds since its program started in a column of its
// own (log4net's "%timestamp", ESP-IDF's "I (1234) wifi:", OpenOCD's "Debug: 186 68"): counts on
// nearly every line, that never fall and seldom grow by one (a line's or a record's counter
// does), most of them new. It is the time, relative to the start.
void FieldRoles::millisecondsSinceStart()
{
    for (int i = 0; i < x.end; ++i) {
        if (field(i).role == Role::Level || field(i).role == Role::Component || !c.countsSinceStart(i))
            continue;
        field(i).role = Role::Time;
        field(i).sinceStart = true;
        field(i).parenthesised = c.share(c.at(i).parenthesised) >= kStable;
        m_time = i;
        return;
    }
}

// Without a level column, a column of HTTP statuses (a load balancer's, before the request) is
// the level, as an access log's is: three digits from 100 to 599, more than one of them (a column
// of pids that happen to have three digits stands beside a level column).
void FieldRoles::httpStatusAsLevel()
{
    for (int i = 0; m_level < 0 && i < x.end; ++i) {
        const PositionStats& s = c.at(i);
        int count = 0;
        if (field(i).kind == CellKind::Number && s.dominant(count) == Family::Number &&
            s.distinct.size() > 1 && s.httpStatuses == count) {
            field(i).role = Role::Level;
            m_level = i;
        }
    }
}

void FieldRoles::hostBeforeTag()
{
    // A source location before a function's tag names the component by its file, the function
    // being part of it (OpenOCD's "options.c:94 add_default_dirs(): …").
    if (m_component > 0 && wordField(m_component - 1) &&
        c.share(c.at(m_component - 1).sourceLocations) >= kStable) {
        field(m_component).role = Role::Other;
        m_component = m_component - 1;
        field(m_component).sourceLocation = true;
    }
    // A syslog host sits right before its tag, or before a lone colon before it (a thread in
    // parentheses there is no host).
    if (m_component > 0 && wordField(m_component - 1) &&
        !x.threadField[static_cast<std::size_t>(m_component - 1)])
        m_entity = m_component - 1;
    if (m_component > 1 && field(m_component - 1).kind == CellKind::Dash && wordField(m_component - 2))
        m_entity = m_component - 2;
    // A name qualified by an instance in parentheses before the colon (NetworkManager's "device
    // (eth0):", "dhcp4 (wlp2s0):") is the component and the instance its entity: a syslog tag is
    // never in parentheses.
    if (m_component > 0 && m_entity == m_component - 1 && field(m_component).parenthesised) {
        m_entity = m_component;
        m_component = m_component - 1;
    }
}

void FieldRoles::namedColumnAsComponent()
{
    // A column of programs with their process ids glued, no colon after them ("unbound[1817:0]
    // warning: …"), names the component by the program.
    for (int i = 0; m_component < 0 && i < x.end; ++i)
        if (wordField(i) && c.share(c.at(i).programPids) >= kStable) {
            m_component = i;
            field(i).programPid = true;
        }
    // A column of source locations ("db/pool.go:490", or in brackets: TiDB's "[server.go:260]")
    // names the component by its file.
    for (int i = 0; m_component < 0 && i < x.end; ++i)
        if ((wordField(i) || bracketField(i)) && c.share(c.at(i).sourceLocations) >= kStable) {
            m_component = i;
            field(i).sourceLocation = true;
        }
    // A name from a small set right before a column of source locations: the module or logger
    // that wrote the line names it better than the file (Aerospike's "INFO (nsup): (nsup.c:412)",
    // Python's "%(name)s %(filename)s:%(lineno)d").
    const int before = m_component - 1;
    if (m_component > 0 && c.share(c.at(m_component).sourceLocations) >= kStable &&
        before > std::max(m_time, m_level) && field(before).role == Role::Other &&
        (wordField(before) || field(before).kind == CellKind::Level) && // "(info):", a name as well
        namesWithLetters(before) && c.fewValues(before, 20) && c.share(c.at(before).withDigit) < 0.5 &&
        c.share(c.at(before).sourceLocations) < 0.5) {
        field(m_component).role = Role::Other;
        field(m_component).sourceLocation = false;
        m_component = before;
    }
}

// The first varying word with digits in most values (node-12, host3, R02-M1), but neither a source
// location nor a syslog priority ("<34>1"), nor dotted module names whose digits do not tell them
// apart, nor a thread in parentheses ("(Thread-7)"), nor a path of names with an id among them
// (Tarantool's fibers, "main/112/applier").
void FieldRoles::entityOfDigits()
{
    for (int i = 0; i < x.end; ++i) {
        const PositionStats& s = c.at(i);
        if (wordField(i) && s.distinct.size() > 1 && c.share(s.withDigit) >= 0.5 && c.digitsTellApart(i) &&
            i != m_component && c.share(s.sourceLocations) < 0.5 && c.share(s.priorities) < 0.5 &&
            c.share(s.programPids) < 0.5 && c.share(s.percentages) < 0.5 && !c.idPerLine(i) &&
            c.share(s.wrapped) < 0.5 && c.share(s.numberedPaths) < 0.5 && !c.uuidColumn(i)) {
            m_entity = i;
            return;
        }
    }
}

void FieldRoles::loggerColumnAsComponent()
{
    // A column of one package's modules, "%(name)s" anywhere in a Python header (Synapse's "… -
    // synapse.access.http.8008 - 460 - INFO - …"): dotted module names that share their first
    // name, as a host's do not ("db01.corp.local", "web02.corp.local").
    for (int i = 0; m_component < 0 && i < x.end; ++i) {
        if (!wordField(i) || i == m_entity) continue;
        std::unordered_map<std::string_view, int> linesOfPackage;
        int most = 0;
        for (const auto& [value, lines] : c.at(i).distinct) {
            const std::size_t dot = value.find('.');
            const bool module = dot != std::string_view::npos && dot > 0 && ascii::isLower(value[0]) &&
                                std::all_of(value.begin(), value.end(), [](char ch) {
                                    return ascii::isLower(ch) || ascii::isDigit(ch) || ch == '_' || ch == '.';
                                });
            if (module) most = std::max(most, linesOfPackage[value.substr(0, dot)] += lines);
        }
        if (c.share(most) >= kStable) m_component = i;
    }
    // The word before a dash that ends the header names the logger ("%c - %m"), even when a log
    // written by one logger holds the same word on every line.
    if (const int beforeDash = x.end - 2;
        m_component < 0 && beforeDash >= x.anchorEnd && wordField(beforeDash) &&
        x.dashField[static_cast<std::size_t>(beforeDash + 1)] && beforeDash != m_entity)
        m_component = beforeDash;
    if (m_loggerAtEnd != LoggerAtEnd::None) return;
    // A bracket of dotted module names after the level is the logger, before any word (Home
    // Assistant's "INFO (MainThread) [homeassistant.components.sensor]": the thread is a word), and
    // so is one of Java's qualified class names, past an empty message id (Payara's "[INFO] []
    // [com.example.orders.api.OrderResource]").
    for (int i = m_level + 1; m_component < 0 && m_level >= 0 && i < x.end; ++i)
        if (bracketField(i) && c.share(c.at(i).loggerNames) >= kStable) m_component = i;
    // ... or before it (Scrapy's "%(asctime)s [%(name)s] %(levelname)s:"). (One with a line number
    // after it, Salt's "[salt.minion      :1723][INFO    ]", is a column of source locations,
    // taken above.)
    for (int i = 0; m_component < 0 && i < std::max(m_level, 0); ++i)
        if (bracketField(i) && c.share(c.at(i).dottedModules) >= kStable) m_component = i;
}

void FieldRoles::componentOtherwise()
{
    // A word right before the level (", KERNEL INFO"), a word after the level or the anchor that
    // follows-rules kept (padded column, program before " - ", logger before a context), else the
    // first varying word after the entity.
    // (Numbers there are a thread's: Veeam's "<20> Info".)
    if (m_level > 0 && wordField(m_level - 1) && m_level - 1 != m_entity &&
        field(m_level - 1).role != Role::Constant && namesWithLetters(m_level - 1))
        m_component = m_level - 1;
    // A column of single letters is a flag, not a name; one of numbers is a thread's (but one of
    // addresses names who served).
    const auto nameField = [&](int i) {
        return wordField(i) && i != m_entity && i != m_level && field(i).role != Role::Constant &&
               (namesWithLetters(i) || c.share(c.at(i).addresses) >= kStable) &&
               !x.threadField[static_cast<std::size_t>(i)] && c.at(i).maxLength >= 2 && !c.idPerLine(i) &&
               c.share(c.at(i).hexIds) < kStable; // "(41:57)": a process's and thread's ids
    };
    for (int i = x.end - 1; m_component < 0 && i > std::max(m_level, m_time); --i)
        if (nameField(i)) m_component = i;
    for (int i = std::max(m_entity, 0); m_component < 0 && i < x.end; ++i)
        if (nameField(i)) m_component = i;
    // A bracketed context after the level names the component when nothing else does: the first
    // one of names, rather than of codes ("[MY-010068] [Server]"), else the first (not one of
    // numbers: pino-pretty's process, "INFO (12345):").
    for (const bool namesOnly : {true, false})
        for (int i = m_level + 1;
             m_component < 0 && m_level >= 0 && m_loggerAtEnd == LoggerAtEnd::None && i < x.end; ++i)
            if (bracketField(i) && namesWithLetters(i) && (!namesOnly || c.share(c.at(i).withDigit) < 0.5))
                m_component = i;
    // ... and, in a log without levels, a bracket of names right after the stamp (Bitcoin Core's
    // "2026-12-01T10:00:19Z [net] …", pacman's "[ALPM]"): the category that logged. (Not marks
    // such as Snort's "[**]", nor a process's "[pid 812]".) The stamp may be several fields, a date,
    // its clock and a constant such as "AM" (Homebridge's "[12/1/2026, 10:00:00 AM] [HB Supervisor]").
    // (A constant of letters, "AM", "UTC", or the bracket that closes the stamp's group is part of it.)
    const auto partOfStamp = [&](int i) {
        const LayoutField& f = field(i);
        std::string_view word = f.literal;
        while (!word.empty() && (word.back() == ']' || word.back() == ')'))
            word.remove_suffix(1);
        // (... and so is a separator after it, ETS2's "00:00:00.037 : [sys] …".)
        const auto separator = [](char ch) { return ch == ':' || ch == '-' || ch == '|'; };
        return f.role == Role::Time || (f.role == Role::Constant && !f.literal.empty() &&
                                        (std::all_of(word.begin(), word.end(), ascii::isAlpha) ||
                                         std::all_of(word.begin(), word.end(), separator)));
    };
    int lastStampField = m_time;
    while (lastStampField >= 0 && lastStampField + 1 < x.end && partOfStamp(lastStampField + 1))
        ++lastStampField;
    int after = lastStampField + 1;
    // (A bracket of numbers between, a process's or a level's number, comes first: Checkmk's
    // "2026-12-01 10:03:56,084 [20] [cmk.base.notify] …".)
    // (Not before pairs: Nessus' "[1064.42][user=m.keller][name=…]" names no category.)
    const auto pairs = [&](int i) {
        int lines = 0;
        for (const auto& [value, count] : c.at(i).distinct)
            if (value.find('=') != std::string_view::npos) lines += count;
        return lines > 0;
    };
    if (after + 1 < x.end && bracketField(after) && c.share(c.at(after).withDigit) >= kStable &&
        c.share(c.at(after).multiWord) == 0 && !namesWithLetters(after) && bracketField(after + 1) &&
        !pairs(after + 1))
        ++after;
    if (m_component < 0 && m_level < 0 && m_time >= 0 && m_loggerAtEnd == LoggerAtEnd::None &&
        after < x.end && bracketField(after) && (c.share(c.at(after).withDigit) < 0.5 || namedApart(after)) &&
        namesWithLetters(after))
        m_component = after;
    // ... and so does a bracket of names opening the line before the stamp (NSQ's "[nsqd]
    // 2026/12/01 10:00:00.123456 INFO: …", the program before its own header).
    if (m_component < 0 && x.end > 1 && m_time > 0 && bracketField(0) && c.share(c.at(0).withDigit) < 0.5)
        m_component = 0;
    // ... and a bracket of names right before the level, after the stamp (Open5GS' "12/01
    // 10:00:00.002: [amf] INFO: …", the module that logged), marks without letters between
    // allowed (signale's "[Express  ] › ⚠  warning", its icon for the level).
    int before = m_level - 1;
    while (before > m_time && !bracketField(before) && !namesWithLetters(before))
        --before;
    if (m_component < 0 && m_level >= 0 && before > m_time && m_time >= 0 && bracketField(before) &&
        c.share(c.at(before).withDigit) < 0.5)
        m_component = before;
    // ... and the bracket of names that is a header of its own, without stamp or level (FiveM's
    // "[      script:monitor] …").
    if (m_component < 0 && x.end == 1 && m_time < 0 && m_level < 0 && bracketField(0) && namesWithLetters(0))
        m_component = 0;
}

} // namespace

std::vector<LayoutField> layoutFields(const LayoutColumns& columns, const HeaderExtent& extent,
                                      LoggerAtEnd loggerAtEnd, int& timeField)
{
    return FieldRoles(columns, extent, loggerAtEnd).run(timeField);
}

} // namespace logsleuth::text::detail
