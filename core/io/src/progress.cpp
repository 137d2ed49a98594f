// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "progress.h"

#include "logsleuth/io/log_opener.h"

#include <algorithm>

namespace logsleuth::io::detail {

void Progress::report(double fraction)
{
    const double whole = begin_ + std::clamp(fraction, 0.0, 1.0) * (end_ - begin_);
    last_ = std::max(last_, whole);
    if (callback_ && !callback_(last_)) throw OpenError("cancelled");
}

void Progress::setPhase(double begin, double end)
{
    begin_ = begin;
    end_ = end;
}

} // namespace logsleuth::io::detail
