// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// JSON lines: one object per line. Only the top level is read, in place: the message, time,
// level, component and entity are views of the raw values (string escapes left as written),
// so a line costs no allocation. Which keys hold them is found from the usual names
// (message/msg/log, time/timestamp/ts, level/severity …) or named by the user.
#pragma once

#include "logsleuth/text/records.h"

#include <memory>
#include <string>
#include <vector>

namespace logsleuth::text {

// The keys that hold a record's fields in structured lines (JSON, logfmt), best first.
struct JsonKeys {
    // HashiCorp's hclog marks its own keys with '@' ("@message", "@level", "@module"), the
    // logged pairs' keys without ("msg" of a task event): its keys come first. Serilog's compact
    // format (CLEF) writes "@m", the message rendered, or "@mt", its template, alone. An audit
    // trail names its event ("eventName", CloudTrail's).
    std::vector<std::string> message{"@message", "@m",    "@mt",  "message",   "msg",        "log",
                                     "text",     "event", "body", "eventName", "event_name", "description"};
    // Letter case aside; journald's own names (journalctl -o json) last; CLEF's "@t"; Erlang's
    // logger_formatter's flat "when=".
    std::vector<std::string> time{"time",     "timestamp", "ts", "@timestamp",           "@t",
                                  "datetime", "date",      "t",  "__realtime_timestamp", "when"};
    bool timeNamed = false; // the user named the time key: no other counts
    // MongoDB's one-letter keys last ({"t":…,"s":"I","c":"NETWORK",…}); a one-letter key gives a
    // level only when its value reads as one. CLEF's "@l" (left out for Information).
    std::vector<std::string> level{"@level",   "@l",        "level",    "severity", "lvl",
                                   "loglevel", "log.level", "priority", "s"};
    // ECS's dotted "log.logger" (Elastic's Beats), logstash-logback-encoder's "logger_name",
    // Serilog's "SourceContext".
    std::vector<std::string> component{
        "@module", "logger",        "log.logger", "logger_name",       "component", "module", "source",
        "caller",  "sourcecontext", "name",       "syslog_identifier", "_comm",     "app",    "c"};
    // Serilog's enricher names the machine.
    std::vector<std::string> entity{"host",      "hostname", "host.name", "node",       "pod",
                                    "container", "instance", "_hostname", "machinename"};
};

class JsonLinesParser final : public RecordParser {
public:
    explicit JsonLinesParser(JsonKeys keys) : m_keys(std::move(keys)) {}
    // "json" or "json:message=msg,time=ts,level=lvl,component=c,entity=e".
    static std::unique_ptr<JsonLinesParser> create(std::string_view spec, std::string& error);
    void parse(std::string_view line, RecordParts& out) const override;
    std::string formatString() const override;
    std::string fieldKinds() const override { return "json"; }

private:
    JsonKeys m_keys;
};

// The share of non-blank sampled lines that are JSON objects (0 for a sample of blanks).
double jsonLineShare(const std::vector<std::string_view>& sample);
// True when most non-blank sampled lines (nine in ten) are JSON objects.
bool looksLikeJsonLines(const std::vector<std::string_view>& sample);

// A record's fields from the key/value pairs of one structured line (JSON, logfmt): each field
// takes the value of its best-ranked key among those offered; the message is the whole line when
// no message key is offered.
class FieldPicker {
public:
    FieldPicker(const JsonKeys& keys, std::string_view line) : m_keys(keys), m_lineBegin(line.data())
    {
        m_parts.message = line;
    }
    void offer(std::string_view key, std::string_view value);
    // A key of the top level whose value is no field to offer (an object): one of the line's set
    // of keys all the same (RecordParts::keySet).
    void countKey(std::string_view key);
    // A time key whose value is an object holding the stamp (MongoDB's {"$date":"…"}): its first
    // string.
    void offerTime(std::string_view key, std::string_view stamp);
    // A pair inside an object one level down (Auth0's {"log_id":…,"data":{"date":…,"type":…,
    // "description":…}}): its key names the message, the time or the level after every key of
    // the top level does.
    void offerNested(std::string_view key, std::string_view value);
    // The parts picked, marked as fitting, with the time read from its value.
    RecordParts fitted() const;
    // Whether a message key was offered.
    bool namedMessage() const { return m_messageRank >= 0; }

private:
    const JsonKeys& m_keys;
    const char* m_lineBegin;
    RecordParts m_parts;
    std::string_view m_timeText;
    std::string_view m_dateText; // a "date" key's, for a time key that holds a clock only
    int m_messageRank = -1, m_timeRank = -1, m_levelRank = -1, m_componentRank = -1, m_entityRank = -1;
    bool m_clef = false;        // the time came from CLEF's "@t"
    std::uint64_t m_keySet = 0; // the sum of the top level's keys' hashes: one number for the set
};

// The keys named after "json:" or "logfmt:" ("message=msg,time=ts,level=lvl,component=c,entity=e")
// replace the usual ones; false with `error` set for a malformed list.
bool parseNamedKeys(std::string_view named, JsonKeys& keys, std::string& error);

} // namespace logsleuth::text
