// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "nested_header.h"

#include "../continuation.h"
#include "inner_record.h"
#include "json_lines.h"
#include "learned_layout.h"
#include "logfmt.h"

namespace logsleuth::text {
namespace {

// Most messages must fit the inner layout, as most lines must fit a file's.
constexpr double kFitted = 0.8;

// An exception, its stack frames and its causes, printed as lines of their own (a tab may be
// written as the escape "\t").
bool continues(std::string_view message)
{
    return message.starts_with("\\t") || continuesRecord(message) || namesException(message);
}

// The messages' own layout: an application's structured line after its collector's header
// (containerd's logfmt after syslog's "host containerd[812]: ", JSON after a stamp and a stream),
// else a header learned from them.
std::unique_ptr<RecordParser> innerLayout(const std::vector<std::string_view>& messages, bool& structured)
{
    structured = true;
    if (looksLikeJsonLines(messages)) return std::make_unique<JsonLinesParser>(JsonKeys{});
    if (looksLikeLogfmt(messages)) return std::make_unique<LogfmtParser>(JsonKeys{});
    structured = false;
    return inferLearnedLayout(messages);
}

} // namespace

std::unique_ptr<RecordParser> NestedHeaderParser::wrapIfNested(std::unique_ptr<RecordParser> outer,
                                                               const std::vector<std::string_view>& sample,
                                                               bool levelled)
{
    std::vector<std::string_view> messages;
    RecordParts parts;
    for (std::string_view line : sample) {
        outer->parse(line, parts);
        if (parts.fitted && !parts.message.empty() && parts.message.size() < line.size())
            messages.push_back(parts.message);
    }
    if (messages.size() < 20 || double(messages.size()) < kFitted * double(sample.size())) return outer;
    bool structured = false;
    auto inner = innerLayout(messages, structured);
    if (!inner || !detail::namesTimeOrLevel(inner->fieldKinds())) return outer;
    if (levelled && !structured && !detail::namesKind(inner->fieldKinds(), "level")) return outer;
    std::size_t fitted = 0; // or continuing a record that does, as a stack trace's lines do
    std::size_t levels = 0;
    for (std::string_view message : messages) {
        inner->parse(message, parts);
        fitted += parts.fitted || continues(message) ? 1 : 0;
        levels += parts.fitted && !parts.level.empty() ? 1 : 0;
    }
    if (double(fitted) < kFitted * double(messages.size())) return outer;
    // Structured messages name their level by key, on most lines where one is wanted.
    if (levelled && structured && 2 * levels < messages.size()) return outer;
    return std::make_unique<NestedHeaderParser>(std::move(outer), std::move(inner));
}

std::unique_ptr<RecordParser> NestedHeaderParser::create(std::string_view spec, std::string& error)
{
    const std::size_t at = spec.find(kSeparator);
    if (at == std::string_view::npos) {
        error = "format: expected OUTER >> INNER";
        return nullptr;
    }
    auto outer = makeRecordParser(spec.substr(0, at), error);
    if (!outer) return nullptr;
    auto inner = makeRecordParser(spec.substr(at + kSeparator.size()), error);
    if (!inner) return nullptr;
    return std::make_unique<NestedHeaderParser>(std::move(outer), std::move(inner));
}

void NestedHeaderParser::parse(std::string_view line, RecordParts& out) const
{
    m_outer->parse(line, out);
    if (!out.fitted || out.directive) return;
    RecordParts inner;
    m_inner->parse(out.message, inner);
    if (!inner.fitted) {
        // The message as the outer record gives it, continuing the application's record before
        // it when it is shaped so.
        out.continuation = continues(out.message);
        return;
    }
    detail::takeInner(out, inner);
}

std::string NestedHeaderParser::formatString() const
{
    return m_outer->formatString() + std::string(kSeparator) + m_inner->formatString();
}

std::string NestedHeaderParser::fieldKinds() const
{
    return m_outer->fieldKinds() + ";" + m_inner->fieldKinds();
}

} // namespace logsleuth::text
