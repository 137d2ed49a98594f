// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// How the corpus chooses the record parser of each file: the layout learned from a sample of
// the lines that start records (or the one the user gave), wrapped where headers lead records,
// and, for a file after the first, the layout of an earlier file of the folder where that one
// reads the new file better.
#include "logsleuth/text/corpus.h"

#include "continuation.h"
#include "records/header_led.h"

#include <algorithm>
#include <set>

namespace logsleuth::text {
namespace {

// The sample a layout is learned from: the first lines of a file and some from its middle.
constexpr std::size_t kSampleHead = 2000;
constexpr std::size_t kSampleMiddle = 500;

} // namespace

std::shared_ptr<const RecordParser> Corpus::parserFor(const LogText& source, DateOrder& order) const
{
    // The layout is learned from the lines that start records: stack traces and Python
    // tracebacks can outnumber them. A source whose lines nearly all look like continuations
    // (an indented dump) is learned from all of them.
    std::vector<std::string_view> sample, starts;
    const std::size_t lines = source.lineCount();
    const auto take = [&](std::size_t i) {
        const std::string_view text = source.line(LineNumber{i});
        sample.push_back(text);
        const std::string_view previous = i > 0 ? source.line(LineNumber{i - 1}) : std::string_view();
        if (!continuesRecord(text) && !closesTraceback(previous, text)) starts.push_back(text);
    };
    for (std::size_t i = 0; i < std::min(lines, kSampleHead); ++i)
        take(i);
    if (lines > kSampleHead + kSampleMiddle) {
        const std::size_t middle = lines / 2;
        for (std::size_t i = middle; i < middle + kSampleMiddle; ++i)
            take(i);
    }
    if (starts.size() * 10 >= sample.size()) sample = std::move(starts);
    std::shared_ptr<const RecordParser> parser =
        m_givenParser ? m_givenParser : inferRecordParser(sample, source.bytes());
    if (HeaderLedParser::leadsRecords(*parser, sample)) parser = std::make_shared<HeaderLedParser>(parser);
    order = learnDateOrder(*parser, sample, source.modifiedMs());
    return parser;
}

std::shared_ptr<const RecordParser>
Corpus::parserOfNewFile(const LogText& source, const std::vector<FileLayout>& before, DateOrder& order) const
{
    std::shared_ptr<const RecordParser> parser = parserFor(source, order);
    if (!m_givenParser && !before.empty()) { // the first file has no layout to compare with
        // The lines a layout fits among the new file's first ones (those it was learned from).
        RecordParts parts;
        const auto fits = [&](const RecordParser& candidate) {
            std::size_t fitted = 0;
            for (std::size_t i = 0; i < std::min<std::size_t>(source.lineCount(), kSampleHead); ++i) {
                candidate.parse(source.line(LineNumber{i}), parts);
                fitted += parts.fitted ? 1 : 0;
            }
            return fitted;
        };
        // How many header fields a layout reads: one that keeps lines whole fits every line and
        // reads none, and a "constant" (a word every line holds in place) reads nothing (in a few
        // lines, a host or component that varies in a longer file may look constant).
        const auto fieldsOf = [](const RecordParser& candidate) {
            const std::string kinds = candidate.fieldKinds();
            std::size_t fields = 0;
            for (std::size_t begin = 0; begin < kinds.size();) {
                const std::size_t end = std::min(kinds.find(';', begin), kinds.size());
                fields += std::string_view(kinds).substr(begin, end - begin) != "constant" ? 1 : 0;
                begin = end + 1;
            }
            return fields;
        };
        std::size_t best = fits(*parser), bestFields = fieldsOf(*parser);
        std::set<std::string> tried{parser->formatString()}; // a folder's files share a few layouts
        for (const auto& [candidate, candidateOrder] : before) {
            if (!tried.insert(candidate->formatString()).second) continue;
            const std::size_t fields = fieldsOf(*candidate);
            if (fields == 0) continue; // keeping lines whole is no layout to share
            const std::size_t fitted = fits(*candidate);
            // Only a layout that does better on one count and no worse on the other: a file's own
            // layout that reads more fields of most of its lines stays its own.
            if (fitted >= best && fields >= bestFields && (fitted > best || fields > bestFields)) {
                best = fitted;
                bestFields = fields;
                parser = candidate;
                order = candidateOrder;
            }
        }
    }
    return parser;
}

} // namespace logsleuth::text
