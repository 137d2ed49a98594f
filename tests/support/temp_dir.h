// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// For the plain (no Qt) tests: a fresh directory under the system temp dir, removed when the
// test ends, and a check that a call throws the model's own error.
#pragma once

#include <filesystem>
#include <random>
#include <string>

namespace logsleuth::testing {

struct TempDir {
    std::filesystem::path path;
    explicit TempDir(const std::string& name)
        : path(std::filesystem::temp_directory_path() /
               ("logsleuth-test-" + name + "-" + std::to_string(std::random_device{}())))
    {
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~TempDir() { std::filesystem::remove_all(path); }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
};

// True when f throws Error (and nothing else).
template <class Error, class F> bool throwsA(F&& f)
{
    try {
        f();
    } catch (const Error&) {
        return true;
    } catch (...) {
        return false;
    }
    return false;
}

} // namespace logsleuth::testing
