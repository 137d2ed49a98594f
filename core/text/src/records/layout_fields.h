// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The fields of a learned header, once its extent is known: each cell's shape, and which one is
// the time, the level, the component (who logged) and the entity (the host or node it ran on).
#pragma once

#include "header_extent.h"
#include "learned_layout.h"
#include "logger_trailer.h"

#include <vector>

namespace logsleuth::text::detail {

// The fields of cells [0, extent.end); timeField: the most informative stamp's, or -1.
std::vector<LayoutField> layoutFields(const LayoutColumns& columns, const HeaderExtent& extent,
                                      LoggerAtEnd loggerAtEnd, int& timeField);

} // namespace logsleuth::text::detail
