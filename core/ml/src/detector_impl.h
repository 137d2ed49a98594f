// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Private: what a Detector holds, shared by trainer.cpp (which makes one) and detector.cpp
// (which scores, saves and loads it).
#pragma once

#include "logsleuth/ml/detector.h"
#include "vae.h"

namespace logsleuth::ml {

struct Detector::Impl {
    Vocabulary vocabulary;
    TrainOptions options;
    ErrorStats errors;
    detail::Vae model{nullptr};
    torch::Device device{torch::kCPU};
    std::string trainedOn; // device description at training time, kept in meta.txt
};

} // namespace logsleuth::ml
