// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Private: the conv family's network — subword ids → embedding → two strided Conv1D layers down
// to a narrow code a quarter of the length → two transposed Conv1D layers back → a distribution
// over the pieces at every position. A message the network has learnt comes back with a low
// cross-entropy per piece; pieces in an unfamiliar order or context do not.
#pragma once

#include "../torch_pch.h"

#include <cstdint>

namespace logsleuth::ml::detail {

struct ConvShape {
    std::int64_t pieces = 0; // ids 0 .. pieces - 1; `pieces` itself is the padding id
    std::int64_t embedding = 32;
    std::int64_t hidden = 64;
    std::int64_t code = 16;
};

class ConvAutoencoderImpl : public torch::nn::Module {
public:
    explicit ConvAutoencoderImpl(const ConvShape& shape);
    // ids [N, T] with T a multiple of 4 → the code [N, code, T / 4].
    torch::Tensor code(const torch::Tensor& ids);
    // Cross-entropy of every position, [N, T]; 0 at padding. The distribution over the pieces is
    // made only where there is a piece: it is most of the work, and padding is much of a batch of
    // messages drawn at random.
    torch::Tensor pieceLoss(const torch::Tensor& ids);

private:
    // The decoder's output before the distribution over pieces, [N, T, embedding], and the code.
    std::pair<torch::Tensor, torch::Tensor> decode(const torch::Tensor& ids);

    ConvShape shape_;
    torch::nn::Embedding embed_{nullptr};
    torch::nn::Conv1d down1_{nullptr}, down2_{nullptr};
    torch::nn::ConvTranspose1d up1_{nullptr}, up2_{nullptr};
    torch::nn::Linear out_{nullptr};
};
TORCH_MODULE(ConvAutoencoder);

} // namespace logsleuth::ml::detail
