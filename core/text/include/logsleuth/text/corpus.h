// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The columnar result of mining one or more sources: per line, the key of its distinct masked
// message; per distinct message, its text, line count and template cluster. Most lines repeat
// once masked, so the miner (and later the scorer) works once per distinct message.
#pragma once

#include "logsleuth/text/log_text.h"
#include "logsleuth/text/miner.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace logsleuth::text {

class Corpus {
public:
    explicit Corpus(MinerOptions options = {});

    void addSource(LogText text);
    using Progress = std::function<bool(double fraction)>; // return false to cancel
    // split -> mask -> dedupe -> mine. Returns false when cancelled (the corpus is then left
    // unmined). Calls progress at most ~100 times.
    bool mine(const Progress& progress = {});

    std::size_t sourceCount() const { return m_sources.size(); }
    const LogText& source(std::size_t i) const { return m_sources.at(i); }
    std::uint64_t lineCount() const { return m_firstLine.empty() ? 0 : m_firstLine.back(); }
    // The source and its line number for a line counted over all sources.
    std::pair<std::size_t, LineNumber> locate(std::uint64_t globalLine) const;
    std::string_view line(std::uint64_t globalLine) const;

    const std::vector<std::uint32_t>& messageKeys() const { return m_messageKeys; }
    std::size_t distinctMessageCount() const { return m_messages.size(); }
    const std::string& maskedMessage(std::uint32_t key) const { return m_messages.at(key); }
    std::vector<std::string_view> maskedMessages() const;
    const std::vector<std::uint64_t>& messageLineCounts() const { return m_lineCounts; }
    std::uint32_t clusterOfMessage(std::uint32_t key) const { return m_clusterOfMessage.at(key); }
    const std::vector<std::uint32_t>& messageClusters() const { return m_clusterOfMessage; }
    const TemplateMiner& miner() const { return m_miner; }

private:
    void clearMined();

    MinerOptions m_options;
    std::vector<LogText> m_sources;
    std::vector<std::uint64_t> m_firstLine{
        0}; // prefix sums: first global line of each source, then the total
    std::vector<std::uint32_t> m_messageKeys;
    std::vector<std::string> m_messages;
    std::vector<std::uint64_t> m_lineCounts;
    std::vector<std::uint32_t> m_clusterOfMessage;
    TemplateMiner m_miner;
};

} // namespace logsleuth::text
