// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#pragma once

#include <functional>

namespace logsleuth::io::detail {

// Forwards progress to the caller's callback and turns its "false" into OpenError("cancelled").
// A phase maps its own 0..1 onto a slice of the whole, so a compressed tar can report its
// decompression and its member reads as one rising fraction.
class Progress {
public:
    explicit Progress(const std::function<bool(double)>& callback) : callback_(callback) {}

    // Reports begin + fraction * (end - begin); never goes backwards.
    void report(double fraction);
    // The slice later report() calls fill.
    void setPhase(double begin, double end);

private:
    const std::function<bool(double)>& callback_;
    double begin_ = 0.0;
    double end_ = 1.0;
    double last_ = 0.0;
};

} // namespace logsleuth::io::detail
