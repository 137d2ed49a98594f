// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Private: the torch side of device selection, implemented only in device.cpp.
#pragma once

#include "logsleuth/ml/device.h"
#include "torch_pch.h"

#include <string>

namespace logsleuth::ml {

// Auto → cuda:0 when available, else CPU. Throws std::runtime_error for Cuda without CUDA.
torch::Device toTorchDevice(DeviceRequest request);
// "cpu (2 threads)" or "cuda:0 <name>".
std::string describeDevice(const torch::Device& device);

// Training batches are small (256 × vocabulary): spreading one over OpenMP threads gains little
// when the machine is idle and collapses when it is not — measured 0.85 s on one thread against
// 19 s on two while a compiler ran beside it. So "auto" (0) trains on one thread; the pool size
// is restored afterwards for scoring, where batches are large.
class TrainingThreads {
public:
    explicit TrainingThreads(int wanted) { torch::set_num_threads(wanted > 0 ? wanted : 1); }
    ~TrainingThreads() { torch::set_num_threads(saved_); }
    TrainingThreads(const TrainingThreads&) = delete;
    TrainingThreads& operator=(const TrainingThreads&) = delete;

private:
    int saved_ = torch::get_num_threads();
};

} // namespace logsleuth::ml
