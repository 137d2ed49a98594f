// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Private: draws distinct-message indices in proportion to their line counts (frequent = normal),
// for every family that trains on messages. rng() % total is biased by at most total / 2^64, and
// unlike std::discrete_distribution it gives the same draws with every standard library, so a
// seed means the same model everywhere.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <numeric>
#include <random>
#include <vector>

namespace logsleuth::ml::detail {

class LineSampler {
public:
    explicit LineSampler(const std::vector<std::uint64_t>& lineCounts) : cumulative_(lineCounts.size())
    {
        std::partial_sum(lineCounts.begin(), lineCounts.end(), cumulative_.begin());
    }
    std::uint64_t total() const { return cumulative_.empty() ? 0 : cumulative_.back(); }
    // total() must be > 0.
    std::size_t draw(std::mt19937_64& rng) const
    {
        const std::uint64_t line = rng() % total();
        return std::size_t(std::upper_bound(cumulative_.begin(), cumulative_.end(), line) -
                           cumulative_.begin());
    }

private:
    std::vector<std::uint64_t> cumulative_;
};

// Sorts drawn message indices and keeps each distinct one once, with how many times it was drawn
// in counts: frequent messages fill most of a batch, so the network sees each of them once and
// its loss counts as often as it was drawn.
inline void collapseRepeats(std::vector<std::size_t>& picks, std::vector<float>& counts)
{
    std::sort(picks.begin(), picks.end());
    counts.clear();
    std::size_t unique = 0;
    for (std::size_t i = 0; i < picks.size(); ++i) {
        if (unique > 0 && picks[i] == picks[unique - 1]) {
            counts.back() += 1.0f;
            continue;
        }
        picks[unique++] = picks[i];
        counts.push_back(1.0f);
    }
    picks.resize(unique);
}

} // namespace logsleuth::ml::detail
