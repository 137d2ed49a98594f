// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The merges a batch refinement of mining decides (span_merge, trailing_value_merge, tail_merge,
// optional_word_merge), applied at once: each group of clusters becomes its first, with the
// template text and value span decided for it, and every message follows its cluster.
#pragma once

#include "logsleuth/text/miner.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace logsleuth::text {

class SpanMerges {
public:
    void add(std::vector<std::uint32_t> members, std::string text, ValueSpan span)
    {
        m_groups.push_back(std::move(members));
        m_texts.push_back(std::move(text));
        m_spans.push_back(span);
    }

    // Rewrites clusterOfMessage (each message's cluster); returns how many clusters were merged
    // away.
    std::size_t apply(TemplateMiner& miner, std::vector<std::uint32_t>& clusterOfMessage) const
    {
        if (m_groups.empty()) return 0;
        std::size_t away = 0;
        for (const auto& g : m_groups)
            away += g.size() - 1;
        const std::vector<std::uint32_t> remap = miner.mergeSpans(m_groups, m_texts, m_spans);
        for (std::uint32_t& cluster : clusterOfMessage)
            cluster = remap[cluster];
        return away;
    }

private:
    std::vector<std::vector<std::uint32_t>> m_groups;
    std::vector<std::string> m_texts;
    std::vector<ValueSpan> m_spans;
};

} // namespace logsleuth::text
