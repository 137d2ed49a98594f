// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Whether training continues a saved model or starts afresh (`train --update`, `--init-from`).
// Every family that keeps a vocabulary decides the same way, and says so in the same words in
// the model's metadata, so an analyst reads one rule whatever the kind.
#pragma once

#include "logsleuth/ml/features.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace logsleuth::ml::detail {

class StartFit {
public:
    // Below this share of the new messages' tokens in the saved vocabulary, training starts
    // afresh: the saved weights would describe mostly other logs.
    static constexpr double kMinCoverage = 0.9;

    StartFit(const Vocabulary& saved, const std::vector<std::string_view>& messages,
             const std::vector<std::uint64_t>& lineCounts);

    bool continues() const { return coverage_ >= kMinCoverage; }
    // "continued[ with the encoder frozen]: …" or "afresh: …", for the metadata's start= key.
    std::string note(bool freezeEncoder) const;

private:
    double coverage_ = 0;
};

} // namespace logsleuth::ml::detail
