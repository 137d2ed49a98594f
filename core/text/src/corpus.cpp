// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/text/corpus.h"

#include "hash.h"
#include "logsleuth/text/header_split.h"
#include "logsleuth/text/mask.h"

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

namespace logsleuth::text {
namespace {

// Lets the dedupe map be probed with a string_view into the scratch buffer, so a repeated
// message (the common case) costs no allocation.
struct TransparentHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return detail::fnv1a(text); }
};

} // namespace

Corpus::Corpus(MinerOptions options) : m_options(options), m_miner(options) {}

void Corpus::addSource(LogText text)
{
    m_firstLine.push_back(m_firstLine.back() + text.lineCount());
    m_sources.push_back(std::move(text));
    clearMined(); // keys no longer cover every line
}

void Corpus::clearMined()
{
    m_messageKeys.clear();
    m_messages.clear();
    m_lineCounts.clear();
    m_clusterOfMessage.clear();
    m_miner = TemplateMiner(m_options);
}

bool Corpus::mine(const Progress& progress)
{
    clearMined();
    const std::uint64_t total = lineCount();
    m_messageKeys.reserve(static_cast<std::size_t>(total));
    std::unordered_map<std::string, std::uint32_t, TransparentHash, std::equal_to<>> keyOfMessage;
    std::string masked;

    // Report about a hundred times, however long the corpus.
    const std::uint64_t reportEvery = std::max<std::uint64_t>(1, total / 100);
    std::uint64_t nextReport = reportEvery;
    std::uint64_t done = 0;
    if (progress && !progress(0.0)) return clearMined(), false;

    for (const LogText& source : m_sources) {
        const std::size_t lines = source.lineCount();
        for (LineNumber n{0}; n.value() < lines; ++n) {
            maskMessage(splitHeader(source.line(n)).message, masked);
            auto found = keyOfMessage.find(std::string_view(masked));
            std::uint32_t key;
            if (found != keyOfMessage.end()) {
                key = found->second;
            } else {
                key = static_cast<std::uint32_t>(m_messages.size());
                keyOfMessage.emplace(masked, key);
                m_messages.push_back(masked);
                m_lineCounts.push_back(0);
                m_clusterOfMessage.push_back(m_miner.add(masked));
            }
            ++m_lineCounts[key];
            m_messageKeys.push_back(key);
            if (++done == nextReport) {
                nextReport += reportEvery;
                if (progress && !progress(static_cast<double>(done) / static_cast<double>(total)))
                    return clearMined(), false;
            }
        }
    }
    if (progress && !progress(1.0)) return clearMined(), false;
    return true;
}

std::pair<std::size_t, LineNumber> Corpus::locate(std::uint64_t globalLine) const
{
    if (globalLine >= lineCount()) throw std::out_of_range("Corpus::locate: line past the end");
    // m_firstLine is sorted; the source is the last one starting at or before the line.
    const auto after = std::upper_bound(m_firstLine.begin(), m_firstLine.end(), globalLine);
    const auto source = static_cast<std::size_t>(after - m_firstLine.begin() - 1);
    return {source, LineNumber{globalLine - m_firstLine[source]}};
}

std::string_view Corpus::line(std::uint64_t globalLine) const
{
    const auto [source, n] = locate(globalLine);
    return m_sources[source].line(n);
}

std::vector<std::string_view> Corpus::maskedMessages() const
{
    return {m_messages.begin(), m_messages.end()};
}

} // namespace logsleuth::text
