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

} // namespace logsleuth::ml::detail
