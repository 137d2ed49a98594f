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

} // namespace logsleuth::ml
