// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Which parser a source gets: the user's format, the columns the log names itself (W3C, Zeek),
// a web server's access log (and other layouts beside either, mixed_layouts.h), syslog led by its priority,
// the Linux audit log, Oracle WebLogic's records, JSON lines, logfmt, the learned layout, or the whole line
// as the message.
#include "access_log.h"
#include "aligned_columns.h"
#include "audit_log.h"
#include "cmtrace.h"
#include "csv_columns.h"
#include "eclipse_log.h"
#include "fields_directive.h"
#include "format_spec.h"
#include "inner_record.h"
#include "json_lines.h"
#include "learned_layout.h"
#include "logfmt.h"
#include "logsleuth/text/records.h"
#include "mixed_layouts.h"
#include "nested_header.h"
#include "spaced_fields.h"
#include "stream_layouts.h"
#include "syslog_priority.h"
#include "weblogic.h"

#include <algorithm>

namespace logsleuth::text {
namespace {

class WholeLineParser final : public RecordParser {
public:
    void parse(std::string_view line, RecordParts& out) const override
    {
        out = RecordParts{};
        out.fitted = true;
        out.message = line;
    }
    std::string formatString() const override { return "<Content>"; }
    std::string fieldKinds() const override { return {}; }
};

// A stream's own layout, learned from its messages (see stream_layouts.h): the shapes a program
// writes on its own, without directives or streams of its own.
std::unique_ptr<RecordParser> inferStreamLayout(const std::vector<std::string_view>& messages)
{
    if (auto access = AccessLogParser::fromSample(messages)) return access;
    if (looksLikeJsonLines(messages)) return std::make_unique<JsonLinesParser>(JsonKeys{});
    if (looksLikeLogfmt(messages)) return std::make_unique<LogfmtParser>(JsonKeys{});
    return inferLearnedLayout(messages);
}

} // namespace

std::unique_ptr<RecordParser> inferRecordParser(const std::vector<std::string_view>& sample,
                                                std::string_view source)
{
    if (auto described = FieldsDirectiveParser::fromSample(sample, source)) return described;
    if (auto access = AccessLogParser::fromSample(sample))
        return MixedLayoutsParser::wrapIfMixed(std::move(access), sample, inferStreamLayout);
    if (auto syslog = SyslogPriorityParser::fromSample(sample)) return syslog;
    if (auto audit = AuditLogParser::fromSample(sample)) return audit;
    if (auto weblogic = WebLogicParser::fromSample(sample)) return weblogic;
    if (auto cmtrace = CmtraceParser::fromSample(sample)) return cmtrace;
    if (auto eclipse = EclipseLogParser::fromSample(sample)) return eclipse;
    const double jsonShare = jsonLineShare(sample);
    if (jsonShare >= 0.9)
        return NestedHeaderParser::wrapIfNested(std::make_unique<JsonLinesParser>(JsonKeys{}), sample);
    // Half the lines or more JSON objects, the rest another program's: a container's entrypoint
    // script tracing its commands before the server's JSON log, a tool's console lines beside it.
    if (jsonShare >= 0.5)
        return MixedLayoutsParser::wrapIfMixed(std::make_unique<JsonLinesParser>(JsonKeys{}), sample,
                                               inferStreamLayout);
    if (looksLikeLogfmt(sample))
        return NestedHeaderParser::wrapIfNested(std::make_unique<LogfmtParser>(JsonKeys{}), sample);
    if (auto csv = CsvColumnsParser::fromSample(sample, source)) return csv;
    if (auto table = AlignedColumnsParser::fromSample(sample)) return table;
    if (auto spaced = inferSpacedFieldsLayout(sample)) return spaced;
    if (auto learned = inferLearnedLayout(sample)) {
        // A header without a level before an application's own with one (a container
        // runtime's "<time> stdout F " before Logback's line).
        if (!detail::namesKind(learned->fieldKinds(), "level")) {
            learned = NestedHeaderParser::wrapIfNested(std::move(learned), sample, true);
            if (dynamic_cast<const NestedHeaderParser*>(learned.get())) return learned;
        }
        return MixedLayoutsParser::wrapIfMixed(
            StreamLayoutsParser::wrapIfStreams(std::move(learned), sample, inferStreamLayout), sample,
            inferStreamLayout);
    }
    if (auto stamped = MixedLayoutsParser::stampedOnly(sample, inferStreamLayout)) return stamped;
    if (auto opened = MixedLayoutsParser::commonOpeningOnly(sample, inferStreamLayout)) return opened;
    return std::make_unique<WholeLineParser>();
}

std::unique_ptr<RecordParser> makeRecordParser(std::string_view spec, std::string& error)
{
    // "A >> or: B" and "A >> then: B" (B's lines continue A's records).
    const auto nextMarker = [&](std::size_t from) {
        const std::size_t either = spec.find(MixedLayoutsParser::kMarker, from);
        const std::size_t then = spec.find(MixedLayoutsParser::kThen, from);
        return std::min(either, then);
    };
    if (nextMarker(0) != std::string_view::npos) {
        std::vector<std::unique_ptr<RecordParser>> layouts;
        std::vector<bool> continues;
        bool continuing = false;
        for (std::size_t start = 0;;) {
            const std::size_t end = nextMarker(start);
            auto layout = makeRecordParser(spec.substr(start, end - start), error);
            if (!layout) return nullptr;
            layouts.push_back(std::move(layout));
            continues.push_back(continuing);
            if (end == std::string_view::npos) break;
            continuing = spec.substr(end).starts_with(MixedLayoutsParser::kThen);
            start =
                end + (continuing ? MixedLayoutsParser::kThen.size() : MixedLayoutsParser::kMarker.size());
        }
        return std::make_unique<MixedLayoutsParser>(std::move(layouts), std::move(continues));
    }
    if (spec.find(StreamLayoutsParser::kMarker) != std::string_view::npos)
        return StreamLayoutsParser::create(spec, error);
    if (spec.find(NestedHeaderParser::kSeparator) != std::string_view::npos)
        return NestedHeaderParser::create(spec, error);
    if (spec == "json" || spec.substr(0, 5) == "json:") return JsonLinesParser::create(spec, error);
    if (spec.substr(0, 4) == "csv:") return CsvColumnsParser::create(spec, error);
    if (spec.substr(0, 8) == "columns:") return AlignedColumnsParser::create(spec, error);
    if (spec == "logfmt" || spec.substr(0, 7) == "logfmt:") return LogfmtParser::create(spec, error);
    if (spec == "ncsa" || spec.substr(0, 5) == "ncsa:") return AccessLogParser::create(spec, error);
    if (spec == "rfc5424" || spec == "syslog") return SyslogPriorityParser::create(spec, error);
    if (spec == "auditd") return std::make_unique<AuditLogParser>();
    if (spec == "weblogic") return std::make_unique<WebLogicParser>();
    if (spec == "cmtrace") return std::make_unique<CmtraceParser>();
    if (spec == "eclipse") return std::make_unique<EclipseLogParser>();
    if (spec.substr(0, 4) == "w3c:" || spec.substr(0, 4) == "tsv:")
        return FieldsDirectiveParser::create(spec, error);
    return FormatSpecParser::create(spec, error);
}

DateOrder learnDateOrder(const RecordParser& parser, const std::vector<std::string_view>& sample,
                         std::int64_t referenceMs)
{
    std::vector<RawTime> times;
    RecordParts parts;
    for (std::string_view line : sample) {
        parser.parse(line, parts);
        if (parts.time.length > 0) times.push_back(parts.time);
    }
    return chooseDateOrder(times, referenceMs);
}

} // namespace logsleuth::text
