// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Private: one accessor per model family, for the registry's list.
#pragma once

#include "logsleuth/ml/model_registry.h"

namespace logsleuth::ml::detail {

const ModelFamily& vaeFamily();        // vae/vae_family.cpp
const ModelFamily& windowFamily();     // window/window_family.cpp
const ModelFamily& ensembleFamily();   // ensemble/ensemble_family.cpp
const ModelFamily& somFamily();        // som/som_family.cpp
const ModelFamily& supervisedFamily(); // supervised/supervised_family.cpp
#if LOGSLEUTH_HAVE_SENTENCEPIECE
const ModelFamily& convFamily(); // conv/conv_family.cpp
#endif

// The options of a member family (the ensemble's VAE, the supervised model's base) taken from
// the caller's options where it has them, the member's defaults elsewhere.
ModelOptions memberOptions(const ModelFamily& member, const ModelOptions& options);

} // namespace logsleuth::ml::detail
