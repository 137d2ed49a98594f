// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Private: the supervised family's network, after CLDTLog — a small transformer encoder over a
// message's token ids whose mean-pooled output is the message's embedding (shaped by a triplet
// loss), and a head that reads the embedding beside a few record features (the unsupervised
// score, the severity) and gives the logit of "anomalous" (trained with a focal loss).
#pragma once

#include "../torch_pch.h"

#include <cstdint>

namespace logsleuth::ml::detail {

struct SupervisedShape {
    std::int64_t vocabulary = 0; // token ids 0 (padding) and 1 (unknown) come first
    std::int64_t dimensions = 32;
    std::int64_t heads = 2;
    std::int64_t layers = 1;
    std::int64_t maxTokens = 64;
    std::int64_t extra = 0; // record features beside the embedding
};

// Token ids of a batch: [messages, tokens], 0 = padding; every row holds at least one token.
struct TokenBatch {
    torch::Tensor ids;
    torch::Tensor padding; // bool, true where ids is padding
};

class SupervisedNetImpl : public torch::nn::Module {
public:
    explicit SupervisedNetImpl(const SupervisedShape& shape);
    // The messages' embeddings, [messages, dimensions].
    torch::Tensor embed(const TokenBatch& batch);
    // The logit of "anomalous" from embeddings and record features [messages, extra].
    torch::Tensor logit(const torch::Tensor& embedding, const torch::Tensor& extra);

private:
    torch::nn::Embedding tokens_{nullptr}, positions_{nullptr};
    torch::nn::TransformerEncoder encoder_{nullptr};
    torch::nn::Linear hidden_{nullptr}, out_{nullptr};
};
TORCH_MODULE(SupervisedNet);

// CLDTLog's two losses, each a mean over the batch weighted by `weight`:
// the focal loss (Lin et al.) on the logits, which lets the rare class count, and a batch-hard
// triplet loss on the L2-normalised embeddings, which pulls messages of one label together.
torch::Tensor focalLoss(const torch::Tensor& logit, const torch::Tensor& label, const torch::Tensor& weight,
                        double gamma);
torch::Tensor tripletLoss(const torch::Tensor& embedding, const torch::Tensor& label,
                          const torch::Tensor& weight, double margin);

} // namespace logsleuth::ml::detail
