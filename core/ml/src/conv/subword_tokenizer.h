// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Private: the conv family's subword tokenizer, a SentencePiece BPE model learnt from the masked
// messages (whose times and numbers are already masks, so pieces are words and word parts, not
// digits). SentencePiece lives in a module loaded at run time (subword_module_api.h says why);
// this class finds and loads it.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct LsSubword;

namespace logsleuth::ml::detail {

class SubwordTokenizer {
public:
    // Learns up to `pieces` pieces from the messages (the most frequent first, at most
    // maxMessages). Throws ModelError when SentencePiece refuses.
    static SubwordTokenizer train(const std::vector<std::string_view>& messages,
                                  const std::vector<std::uint64_t>& lineCounts, int pieces,
                                  std::size_t maxMessages = 50000);
    // From the bytes serialized() gave; throws ModelError for a corrupt model or a missing module.
    static SubwordTokenizer fromSerialized(const std::string& bytes);

    SubwordTokenizer(SubwordTokenizer&&) noexcept;
    SubwordTokenizer& operator=(SubwordTokenizer&&) noexcept;
    ~SubwordTokenizer();

    int size() const; // ids are 0 .. size() - 1; 0 is the unknown piece
    static constexpr int kUnknown = 0;
    std::vector<int> encode(std::string_view message, std::size_t maxPieces) const;
    std::string piece(int id) const;
    std::string serialized() const;

private:
    struct Destroy {
        void operator()(LsSubword* tokenizer) const;
    };
    explicit SubwordTokenizer(LsSubword* handle) : handle_(handle) {}
    std::unique_ptr<LsSubword, Destroy> handle_;
};

} // namespace logsleuth::ml::detail
