// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "eclipse_log.h"
#include "positional.h"

#include "logsleuth/text/time_scan.h"

namespace logsleuth::text {
namespace {

constexpr std::string_view kEntry = "!ENTRY ";
constexpr std::string_view kSession = "!SESSION ";
constexpr std::string_view kMessage = "!MESSAGE ";

std::string_view levelOfSeverity(std::string_view severity)
{
    if (severity == "0" || severity == "1") return "info"; // OK, INFO
    if (severity == "2") return "warning";
    if (severity == "4") return "error";
    if (severity == "8") return "cancel";
    return severity;
}

// The words of `text`, split at blanks: {plug-in, severity, code, date, clock} for an entry.
std::size_t words(std::string_view text, std::string_view* out, std::size_t most)
{
    std::size_t n = 0;
    for (std::size_t at = 0; at < text.size() && n < most;)
        if (const std::string_view word = detail::nextWord(text, at); !word.empty()) out[n++] = word;
    return n;
}

// Reads a line that opens a record into `out`; false when it opens none.
bool read(std::string_view line, RecordParts& out)
{
    line = detail::withoutReturn(line);
    if (line.starts_with(kEntry)) {
        std::string_view w[5];
        if (words(line.substr(kEntry.size()), w, 5) != 5) return false;
        const std::string_view stamp(w[3].data(),
                                     static_cast<std::size_t>(w[4].data() + w[4].size() - w[3].data()));
        out.time = scanTime(stamp);
        if (out.time.length == 0) return false;
        out.fitted = true;
        out.level = levelOfSeverity(w[1]);
        out.component = w[0];
        out.message = line.substr(0, kEntry.size() - 1); // the text is on the !MESSAGE line
        return true;
    }
    if (line.starts_with(kSession)) {
        out.time = scanTime(line.substr(kSession.size()));
        if (out.time.length == 0) return false;
        out.fitted = true;
        out.message = line.substr(0, kSession.size() - 1);
        return true;
    }
    return false;
}

} // namespace

std::unique_ptr<EclipseLogParser> EclipseLogParser::fromSample(const std::vector<std::string_view>& sample)
{
    // Entries are a minority of the lines (their messages, children and stack traces follow
    // them), but a tenth of them at least, and the log's first record or line opens with "!".
    RecordParts parts;
    std::size_t entries = 0;
    for (std::string_view line : sample) {
        parts = RecordParts{};
        entries += read(line, parts) ? 1 : 0;
    }
    const bool opens = !sample.empty() && sample.front().starts_with('!');
    if (!opens || entries < 5 || entries * 10 < sample.size()) return nullptr;
    return std::make_unique<EclipseLogParser>();
}

void EclipseLogParser::parse(std::string_view line, RecordParts& out) const
{
    out = RecordParts{};
    if (read(line, out)) return;
    out = RecordParts{};
    // A message, a child status, a stack trace or a session's platform line: the record's.
    const std::string_view text = detail::withoutReturn(line);
    out.message = text.starts_with(kMessage) ? text.substr(kMessage.size()) : text;
    out.continuation = true;
}

} // namespace logsleuth::text
