// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Which torch device runs training and scoring. The request is plain data so the CLI and the
// GUI can parse and show it without torch; core/ml/src/device.cpp is the one place that
// turns it into a torch::Device.
#pragma once

#include <string>
#include <string_view>

namespace logsleuth::ml {

enum class DeviceRequest { Auto, Cpu, Cuda };

// "auto", "cpu" or "cuda" (case-insensitive); throws std::invalid_argument otherwise.
DeviceRequest parseDeviceRequest(std::string_view text);
std::string_view toString(DeviceRequest request);

struct DeviceInfo {
    bool cuda = false;
    std::string description; // "cpu (2 threads)", "cuda:0 NVIDIA H100 …"
};

// Auto picks CUDA when torch sees a GPU. Throws std::runtime_error for Cuda without CUDA.
DeviceInfo resolveDevice(DeviceRequest request);

} // namespace logsleuth::ml
