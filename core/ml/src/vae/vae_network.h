// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Private: the variational autoencoder over bags of words, and the batched passes over CSR
// rows that training and scoring share. Dense batches are never built from the whole
// matrix; the encoder even skips the dense input altogether (see VaeImpl).
#pragma once

#include "../torch_pch.h"
#include "logsleuth/ml/features.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace logsleuth::ml::detail {

// Some CSR rows as tensors on the model's device.
struct SparseBatch {
    torch::Tensor columns;   // int64 [nnz]: the set columns, row after row
    torch::Tensor offsets;   // int64 [rows]: where each row starts in columns
    torch::Tensor flatIndex; // int64 [nnz]: row * width + column, into a flattened [rows, width]
    std::int64_t rows = 0;
};

// rowIndices pick the rows of matrix (repeats allowed: training samples by frequency).
SparseBatch makeBatch(const SparseRows& matrix, const std::vector<std::size_t>& rowIndices,
                      const torch::Device& device);

struct VaeOutput {
    torch::Tensor reconstruction, mu, logvar;
};

struct VaeImpl : torch::nn::Module {
    VaeImpl(std::int64_t width, std::int64_t hidden, std::int64_t latent);

    // sample: z = mu + ε·σ (training); otherwise z = mu (scoring, deterministic).
    VaeOutput forward(const SparseBatch& batch, bool sample);

    // The encoder is Linear(width → hidden), its weight stored transposed as [width, hidden]
    // so that embedding_bag(sum) over a row's set columns computes exactly W·x + b for the
    // binary row x while reading ~10 weight rows instead of multiplying by 1024 zeros.
    torch::Tensor encoderWeight, encoderBias;
    torch::nn::Linear toMu{nullptr}, toLogvar{nullptr}, decoderHidden{nullptr}, decoderOut{nullptr};
    std::int64_t width = 0;
};
TORCH_MODULE(Vae);

// (reconstruction - x)² as [rows, width]. inPlace reuses the reconstruction's memory, which
// is only allowed without autograd (sigmoid's backward needs its output).
torch::Tensor squaredErrors(torch::Tensor reconstruction, const SparseBatch& batch, bool inPlace);
// Sum of squared errors (MSE with reduction sum) + KL divergence over the batch, row i counting
// weights[i] times (float [rows]): a batch whose draws repeat a message computes it once.
torch::Tensor lossOf(const VaeOutput& out, const SparseBatch& batch, const torch::Tensor& weights,
                     double klWeight);
// One reconstruction error per row (z = mu), batchRows at a time (0: the best size for the
// device), eval + no grad.
std::vector<float> reconstructionErrors(Vae& model, const SparseRows& matrix, const torch::Device& device,
                                        std::size_t batchRows = 0);
// mu of every row, one vector of `latent` floats per row.
std::vector<std::vector<float>> latentMeans(Vae& model, const SparseRows& matrix,
                                            const torch::Device& device);

} // namespace logsleuth::ml::detail
