// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "start_fit.h"

#include <cmath>

namespace logsleuth::ml::detail {

StartFit::StartFit(const Vocabulary& saved, const std::vector<std::string_view>& messages,
                   const std::vector<std::uint64_t>& lineCounts)
    : coverage_(vocabularyCoverage(saved, messages, lineCounts))
{
}

std::string StartFit::note(bool freezeEncoder) const
{
    const std::string share = std::to_string(int(std::lround(coverage_ * 100))) + " %";
    if (!continues())
        return "afresh: the starting model's vocabulary covers " + share +
               " of these messages' tokens (below " + std::to_string(int(std::lround(kMinCoverage * 100))) +
               " %)";
    return std::string("continued") + (freezeEncoder ? " with the encoder frozen" : "") +
           ": the starting model's vocabulary covers " + share + " of these messages' tokens";
}

} // namespace logsleuth::ml::detail
