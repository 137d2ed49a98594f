// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "stream_layouts.h"

#include "../continuation.h"
#include "inner_record.h"

#include <algorithm>

namespace logsleuth::text {
namespace {

constexpr std::size_t kMinStreamLines = 20; // a stream's sample lines to learn its layout from
constexpr double kFitted = 0.8;             // of them its layout must read, as a file's
constexpr double kCovered = 0.3;            // of the sample the streams with a layout must hold
constexpr std::size_t kMostStreams = 64;

std::string_view streamOf(const RecordParts& parts, bool byEntity)
{
    return byEntity ? parts.entity : parts.component;
}

} // namespace

std::unique_ptr<RecordParser> StreamLayoutsParser::wrapIfStreams(std::unique_ptr<RecordParser> outer,
                                                                 const std::vector<std::string_view>& sample,
                                                                 Infer infer)
{
    const std::string kinds = outer->fieldKinds();
    const bool byEntity = kinds.find("entity") != std::string::npos;
    if (!byEntity && kinds.find("component") == std::string::npos) return outer;
    // A stream leads with its name and nothing else: a header with a time or a level is the
    // file's own, whose messages are one program's.
    if (detail::namesTimeOrLevel(kinds)) return outer;
    std::map<std::string_view, std::vector<std::string_view>> messagesOf;
    RecordParts parts;
    for (std::string_view line : sample) {
        outer->parse(line, parts);
        if (!parts.fitted || parts.message.empty()) continue;
        const std::string_view stream = streamOf(parts, byEntity);
        if (stream.empty()) continue;
        if (messagesOf.size() >= kMostStreams && !messagesOf.contains(stream)) return outer;
        messagesOf[stream].push_back(parts.message);
    }
    std::map<std::string, std::unique_ptr<RecordParser>, std::less<>> inner;
    std::size_t covered = 0;
    for (const auto& [stream, messages] : messagesOf) {
        if (messages.size() < kMinStreamLines) continue;
        auto layout = infer(messages);
        if (!layout || !detail::namesTimeOrLevel(layout->fieldKinds())) continue;
        std::size_t fitted = 0; // or continuing a record that does, as a stack trace's lines do
        for (std::string_view message : messages) {
            layout->parse(message, parts);
            fitted += parts.fitted || continuesRecord(message) || namesException(message) ? 1 : 0;
        }
        if (double(fitted) < kFitted * double(messages.size())) continue;
        covered += messages.size();
        inner.emplace(std::string(stream), std::move(layout));
    }
    if (inner.empty() || double(covered) < kCovered * double(sample.size())) return outer;
    return std::unique_ptr<RecordParser>(
        new StreamLayoutsParser(std::move(outer), byEntity, std::move(inner)));
}

std::unique_ptr<RecordParser> StreamLayoutsParser::create(std::string_view spec, std::string& error)
{
    const std::size_t at = spec.find(kMarker);
    if (at == std::string_view::npos) {
        error = "format: expected OUTER >> per stream: NAME: INNER; NAME: INNER";
        return nullptr;
    }
    auto outer = makeRecordParser(spec.substr(0, at), error);
    if (!outer) return nullptr;
    const std::string kinds = outer->fieldKinds();
    const bool byEntity = kinds.find("entity") != std::string::npos;
    if (!byEntity && kinds.find("component") == std::string::npos) {
        error = "format: the layout before '>> per stream:' must name an <Entity> or a <Component>";
        return nullptr;
    }
    // Streams are split where "; " is followed by a name and ": " (a name holds no blank).
    std::map<std::string, std::unique_ptr<RecordParser>, std::less<>> inner;
    std::string_view rest = spec.substr(at + kMarker.size());
    while (!rest.empty()) {
        const std::size_t colon = rest.find(": ");
        if (colon == std::string_view::npos || colon == 0 ||
            rest.substr(0, colon).find(' ') != std::string_view::npos) {
            error = "format: expected NAME: INNER after '>> per stream:'";
            return nullptr;
        }
        const std::string_view name = rest.substr(0, colon);
        rest.remove_prefix(colon + 2);
        std::size_t end = 0;
        for (;;) {
            end = rest.find("; ", end);
            if (end == std::string_view::npos) break;
            const std::string_view next = rest.substr(end + 2);
            const std::size_t nextColon = next.find(": ");
            if (nextColon != std::string_view::npos && nextColon > 0 &&
                next.substr(0, nextColon).find(' ') == std::string_view::npos)
                break;
            end += 2;
        }
        auto layout = makeRecordParser(rest.substr(0, end), error);
        if (!layout) return nullptr;
        inner.emplace(std::string(name), std::move(layout));
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 2);
    }
    return std::unique_ptr<RecordParser>(
        new StreamLayoutsParser(std::move(outer), byEntity, std::move(inner)));
}

void StreamLayoutsParser::parse(std::string_view line, RecordParts& out) const
{
    m_outer->parse(line, out);
    if (!out.fitted || out.directive) return;
    const auto layout = m_inner.find(streamOf(out, m_byEntity));
    if (layout == m_inner.end()) return;
    RecordParts inner;
    layout->second->parse(out.message, inner);
    if (!inner.fitted) {
        // The stream's line as the prefix gives it, continuing the stream's record before it
        // when it is shaped so (a traceback's lines).
        out.continuation = continuesRecord(out.message) || namesException(out.message);
        return;
    }
    detail::takeInner(out, inner);
}

std::string StreamLayoutsParser::formatString() const
{
    std::string spec = m_outer->formatString() + std::string(kMarker);
    bool first = true;
    for (const auto& [stream, layout] : m_inner) {
        if (!first) spec += "; ";
        first = false;
        spec += stream + ": " + layout->formatString();
    }
    return spec;
}

std::string StreamLayoutsParser::fieldKinds() const
{
    return m_outer->fieldKinds() + ";streams";
}

} // namespace logsleuth::text
