// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The one way core/ml includes LibTorch; precompiled for the torch sources of logsleuth_ml
// (see CMakeLists.txt). Never include this from a public header.
#pragma once

#include <torch/torch.h>
