// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// stdout carries only CSV; everything a person reads goes to stderr through warn().
#pragma once

#include <atomic>
#include <iostream>
#include <string_view>

namespace logsleuth::cli {

inline void warn(std::string_view message)
{
    std::cerr << "logsleuth-cli: " << message << '\n';
}

// Set by the SIGINT/SIGTERM handler; long work polls it and the command exits with 130.
inline std::atomic<bool>& interrupted()
{
    static std::atomic<bool> flag{false};
    return flag;
}

class Interrupted : public std::exception {
public:
    const char* what() const noexcept override { return "interrupted"; }
};

} // namespace logsleuth::cli
