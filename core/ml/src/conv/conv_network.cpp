// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "conv_network.h"

namespace logsleuth::ml::detail {

ConvAutoencoderImpl::ConvAutoencoderImpl(const ConvShape& shape) : shape_(shape)
{
    namespace nn = torch::nn;
    embed_ = register_module(
        "embed",
        nn::Embedding(nn::EmbeddingOptions(shape.pieces + 1, shape.embedding).padding_idx(shape.pieces)));
    // kernel 3, stride 2, padding 1 halves an even length; kernel 4, stride 2, padding 1 doubles it.
    down1_ = register_module(
        "down1", nn::Conv1d(nn::Conv1dOptions(shape.embedding, shape.hidden, 3).stride(2).padding(1)));
    down2_ = register_module("down2",
                             nn::Conv1d(nn::Conv1dOptions(shape.hidden, shape.code, 3).stride(2).padding(1)));
    up1_ = register_module(
        "up1",
        nn::ConvTranspose1d(nn::ConvTranspose1dOptions(shape.code, shape.hidden, 4).stride(2).padding(1)));
    up2_ = register_module(
        "up2", nn::ConvTranspose1d(
                   nn::ConvTranspose1dOptions(shape.hidden, shape.embedding, 4).stride(2).padding(1)));
    out_ = register_module("out", nn::Linear(shape.embedding, shape.pieces));
}

torch::Tensor ConvAutoencoderImpl::code(const torch::Tensor& ids)
{
    const auto x = embed_(ids).transpose(1, 2); // [N, E, T]
    return torch::tanh(down2_(torch::relu(down1_(x))));
}

std::pair<torch::Tensor, torch::Tensor> ConvAutoencoderImpl::decode(const torch::Tensor& ids)
{
    auto c = code(ids);
    const auto y = torch::relu(up2_(torch::relu(up1_(c)))); // [N, E, T]
    return {y.transpose(1, 2), std::move(c)};
}

torch::Tensor ConvAutoencoderImpl::pieceLoss(const torch::Tensor& ids)
{
    const auto y = decode(ids).first.reshape({-1, shape_.embedding}); // [N·T, E]
    const auto targets = ids.reshape({-1});
    const auto positions = targets.ne(shape_.pieces).nonzero().squeeze(1);
    const auto loss = torch::nn::functional::cross_entropy(
        out_(y.index_select(0, positions)), targets.index_select(0, positions),
        torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kNone));
    return torch::zeros({targets.size(0)}, loss.options()).index_put({positions}, loss).view(ids.sizes());
}

} // namespace logsleuth::ml::detail
