// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Private: what a VaeDetector holds, shared by vae_trainer.cpp (which makes one) and
// vae_detector.cpp (which scores, saves and loads it).
#pragma once

#include "../seen_tokens.h"
#include "vae_detector.h"
#include "vae_network.h"

namespace logsleuth::ml {

struct VaeDetector::Impl {
    Vocabulary vocabulary;
    detail::SeenTokens seen; // every token of the training messages (seen_tokens.bin)
    VaeOptions options;
    Calibration calibration;
    detail::Vae model{nullptr};
    torch::Device device{torch::kCPU};
    std::string trainedOn; // device description at training time, kept in meta.txt
    std::string start;     // how a fine-tuning started (meta.txt "start"); empty for a fresh training
};

} // namespace logsleuth::ml
