// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Private: one accessor per model family, for the registry's list.
#pragma once

#include "logsleuth/ml/model_registry.h"

namespace logsleuth::ml::detail {

const ModelFamily& vaeFamily();      // vae/vae_family.cpp
const ModelFamily& windowFamily();   // window/window_family.cpp
const ModelFamily& ensembleFamily(); // ensemble/ensemble_family.cpp
const ModelFamily& somFamily();      // som/som_family.cpp

} // namespace logsleuth::ml::detail
