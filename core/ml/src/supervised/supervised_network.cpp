// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "supervised_network.h"

namespace logsleuth::ml::detail {

SupervisedNetImpl::SupervisedNetImpl(const SupervisedShape& shape)
{
    namespace nn = torch::nn;
    tokens_ = register_module(
        "tokens", nn::Embedding(nn::EmbeddingOptions(shape.vocabulary, shape.dimensions).padding_idx(0)));
    positions_ = register_module("positions", nn::Embedding(shape.maxTokens, shape.dimensions));
    const auto layer = nn::TransformerEncoderLayerOptions(shape.dimensions, shape.heads)
                           .dim_feedforward(2 * shape.dimensions)
                           .dropout(0.1);
    encoder_ = register_module("encoder",
                               nn::TransformerEncoder(nn::TransformerEncoderOptions(layer, shape.layers)));
    hidden_ = register_module("hidden", nn::Linear(shape.dimensions + shape.extra, shape.dimensions));
    out_ = register_module("out", nn::Linear(shape.dimensions, 1));
}

torch::Tensor SupervisedNetImpl::embed(const TokenBatch& batch)
{
    const auto length = batch.ids.size(1);
    const auto at = torch::arange(length, batch.ids.options());
    auto x = tokens_(batch.ids) + positions_(at).unsqueeze(0); // [N, T, D]
    // The C++ encoder takes [T, N, D].
    auto h = encoder_->forward(x.transpose(0, 1), torch::Tensor(), batch.padding).transpose(0, 1);
    const auto valid = batch.padding.logical_not().unsqueeze(2).to(h.dtype());
    return (h * valid).sum(1) / valid.sum(1).clamp_min(1);
}

torch::Tensor SupervisedNetImpl::logit(const torch::Tensor& embedding, const torch::Tensor& extra)
{
    return out_(torch::relu(hidden_(torch::cat({embedding, extra}, 1)))).squeeze(1);
}

torch::Tensor focalLoss(const torch::Tensor& logit, const torch::Tensor& label, const torch::Tensor& weight,
                        double gamma)
{
    const auto bce = torch::binary_cross_entropy_with_logits(logit, label, {}, {}, at::Reduction::None);
    const auto p = torch::sigmoid(logit);
    const auto pt = label * p + (1 - label) * (1 - p); // the probability of the right class
    return (weight * (1 - pt).pow(gamma) * bce).sum() / weight.sum().clamp_min(1e-9);
}

torch::Tensor tripletLoss(const torch::Tensor& embedding, const torch::Tensor& label,
                          const torch::Tensor& weight, double margin)
{
    const auto z =
        torch::nn::functional::normalize(embedding, torch::nn::functional::NormalizeFuncOptions().dim(1));
    const auto distance = torch::cdist(z, z);
    const auto same = label.unsqueeze(1).eq(label.unsqueeze(0));
    const auto other = same.logical_not();
    // Per anchor: its farthest message of the same label and its nearest of the other.
    const auto hardestPositive = distance.masked_fill(other, 0).amax(1);
    const auto hardestNegative = distance.masked_fill(same, 1e6).amin(1);
    const auto usable = (other.any(1) & (same.sum(1) > 1)).to(z.dtype()) * weight;
    const auto loss = torch::relu(hardestPositive - hardestNegative + margin);
    return (usable * loss).sum() / usable.sum().clamp_min(1e-9);
}

} // namespace logsleuth::ml::detail
