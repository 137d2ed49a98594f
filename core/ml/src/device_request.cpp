// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Parsing and naming device requests: plain text work, kept out of the torch file device.cpp.
#include "logsleuth/ml/device.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>
#include <string>

namespace logsleuth::ml {

DeviceRequest parseDeviceRequest(std::string_view text)
{
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    if (lower == "auto") return DeviceRequest::Auto;
    if (lower == "cpu") return DeviceRequest::Cpu;
    if (lower == "cuda") return DeviceRequest::Cuda;
    throw std::invalid_argument("unknown device '" + std::string(text) + "' (expected auto, cpu or cuda)");
}

std::string_view toString(DeviceRequest request)
{
    switch (request) {
    case DeviceRequest::Auto:
        return "auto";
    case DeviceRequest::Cpu:
        return "cpu";
    case DeviceRequest::Cuda:
        return "cuda";
    }
    return "auto";
}

} // namespace logsleuth::ml
