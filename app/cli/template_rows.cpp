// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "template_rows.h"

#include "logsleuth/text/chunked_rows.h"
#include "logsleuth/text/csv.h"
#include "logsleuth/text/time_scan.h"
#include "logsleuth/text/types.h"

#include <algorithm>

namespace logsleuth::cli {
namespace {

// The stamp of the last line a thread wrote: neighbouring lines mostly share their second.
struct SecondCache {
    std::int64_t second = 0;
    bool valid = false;
    char prefix[32]; // "YYYY-MM-DDTHH:MM:SS."
};
thread_local SecondCache t_second;

} // namespace

TemplateRows::TemplateRows(const text::Corpus& corpus, bool withFile)
    : m_corpus(corpus), m_withFile(withFile || corpus.sourceCount() > 1)
{
    refresh();
}

void TemplateRows::refresh()
{
    const text::TemplateMiner& miner = m_corpus.miner();
    for (auto c = static_cast<std::uint32_t>(m_templateCells.size()); c < miner.clusterCount(); ++c) {
        std::string cell = ",";
        cell += text::toHex(miner.id(c));
        cell += ',';
        text::appendCsvField(cell, miner.templateText(c));
        cell += ',';
        m_templateCells.push_back(std::move(cell));
    }
    const auto& records = m_corpus.records();
    for (auto id = m_levelCells.size(); id < records.levelCount(); ++id)
        m_levelCells.push_back(text::csvField(records.levelText(static_cast<std::uint8_t>(id))));
    for (auto id = m_stringCells.size(); id < records.stringCount(); ++id)
        m_stringCells.push_back(text::csvField(records.stringText(static_cast<std::uint32_t>(id))));
    for (auto s = m_fileCells.size(); s < m_corpus.sourceCount(); ++s)
        m_fileCells.push_back(text::csvField(m_corpus.source(s).name()) + ',');
}

void TemplateRows::appendTime(std::string& out, std::int64_t epochMs) const
{
    if (epochMs == text::kNoTime) return;
    const std::int64_t second = epochMs >= 0 ? epochMs / 1000 : -((999 - epochMs) / 1000);
    const auto ms = static_cast<int>(epochMs - second * 1000);
    SecondCache& cache = t_second;
    if (!cache.valid || cache.second != second) {
        char buffer[32];
        const std::string_view iso = text::formatIsoUtc(second * 1000, buffer);
        if (iso.size() != 24) return; // a year outside 0-9999: no stamp to print
        std::copy_n(iso.data(), 20, cache.prefix);
        cache.second = second;
        cache.valid = true;
    }
    const char tail[5] = {static_cast<char>('0' + ms / 100), static_cast<char>('0' + ms / 10 % 10),
                          static_cast<char>('0' + ms % 10), 'Z', '\0'};
    out.append(cache.prefix, 20);
    out.append(tail, 4);
}

void TemplateRows::append(std::string& out, std::uint64_t g, std::uint64_t line,
                          std::uint64_t recordLine) const
{
    if (m_withFile) out += m_fileCells[m_corpus.locate(g).first];
    appendAfterFile(out, g, line, recordLine);
}

void TemplateRows::appendAfterFile(std::string& out, std::uint64_t g, std::uint64_t line,
                                   std::uint64_t recordLine) const
{
    const auto& records = m_corpus.records();
    text::appendCsvNumber(out, line);
    out += m_templateCells[m_corpus.clusterOfMessage(m_corpus.messageKeys()[g])];
    appendTime(out, records.time(g));
    out += ',';
    out += m_levelCells[records.levelIds()[g]];
    out += ',';
    out += m_stringCells[records.componentIds()[g]];
    out += ',';
    out += m_stringCells[records.entityIds()[g]];
    out += ',';
    text::appendCsvNumber(out, recordLine);
    out += '\n';
}

void TemplateRows::appendChunk(std::string& out, std::uint64_t first, std::uint64_t end) const
{
    const auto& records = m_corpus.records();
    for (std::uint64_t g = first; g < end; ++g) {
        const auto [source, n] = m_corpus.locate(g);
        if (m_withFile) out += m_fileCells[source];
        const std::uint64_t line = n.value() + 1;
        const std::uint64_t start = records.recordStart(g);
        appendAfterFile(out, g, line, start == g ? line : m_corpus.locate(start).second.value() + 1);
    }
}

bool TemplateRows::write(std::ostream& out, std::uint64_t first, std::uint64_t end, unsigned threads,
                         const std::atomic<bool>& stop) const
{
    return text::writeRowsInChunks(
        out, first, end, threads, stop,
        [this](std::string& rows, std::uint64_t from, std::uint64_t to) { appendChunk(rows, from, to); });
}

} // namespace logsleuth::cli
