// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// A minimal test harness for the plain (no Qt) test executables of core/text and core/ml,
// which must also build and run on a GPU host that has no Qt. Each test is a function
// registered with LS_TEST; data-driven tests loop over a table and name each row with
// LS_ROW so a failure says which row broke. The program prints one line per failure and
// closes with "N passed, N failed".
#pragma once

#include <cstdio>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

namespace logsleuth::testing {

struct TestCase {
    const char* name;
    std::function<void()> body;
};

inline std::vector<TestCase>& registry()
{
    static std::vector<TestCase> tests;
    return tests;
}

inline int& failuresInCurrentTest()
{
    static int failures = 0;
    return failures;
}

inline std::string& currentRow()
{
    static std::string row;
    return row;
}

struct Registrar {
    Registrar(const char* name, std::function<void()> body) { registry().push_back({name, std::move(body)}); }
};

template <class T> std::string show(const T& value)
{
    std::ostringstream out;
    if constexpr (requires { out << value; })
        out << value;
    else
        out << "<value>";
    return out.str();
}

inline void fail(const char* file, int line, const std::string& what)
{
    ++failuresInCurrentTest();
    std::fprintf(stderr, "  FAIL %s:%d%s%s: %s\n", file, line, currentRow().empty() ? "" : " row ",
                 currentRow().c_str(), what.c_str());
}

inline int runAll()
{
    int passed = 0, failed = 0;
    for (const auto& test : registry()) {
        failuresInCurrentTest() = 0;
        currentRow().clear();
        try {
            test.body();
        } catch (const std::exception& e) {
            fail(__FILE__, __LINE__, std::string("unexpected exception: ") + e.what());
        }
        if (failuresInCurrentTest() == 0) {
            ++passed;
            std::printf("PASS   %s\n", test.name);
        } else {
            ++failed;
            std::printf("FAIL!  %s\n", test.name);
        }
    }
    std::printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}

} // namespace logsleuth::testing

#define LS_CONCAT2(a, b) a##b
#define LS_CONCAT(a, b) LS_CONCAT2(a, b)
#define LS_TEST(name)                                                                                        \
    static void name();                                                                                      \
    static const ::logsleuth::testing::Registrar LS_CONCAT(registrar_, name)(#name, &name);                  \
    static void name()
#define LS_ROW(label) (::logsleuth::testing::currentRow() = (label))
#define CHECK(cond)                                                                                          \
    do {                                                                                                     \
        if (!(cond)) ::logsleuth::testing::fail(__FILE__, __LINE__, "CHECK(" #cond ")");                     \
    } while (0)
#define CHECK_EQ(actual, expected)                                                                           \
    do {                                                                                                     \
        const auto& ls_a = (actual);                                                                         \
        const auto& ls_e = (expected);                                                                       \
        if (!(ls_a == ls_e))                                                                                 \
            ::logsleuth::testing::fail(__FILE__, __LINE__,                                                   \
                                       std::string(#actual " == " #expected ": got '") +                     \
                                           ::logsleuth::testing::show(ls_a) + "', expected '" +              \
                                           ::logsleuth::testing::show(ls_e) + "'");                          \
    } while (0)
#define CHECK_THROWS(expr)                                                                                   \
    do {                                                                                                     \
        bool ls_threw = false;                                                                               \
        try {                                                                                                \
            (void)(expr);                                                                                    \
        } catch (...) {                                                                                      \
            ls_threw = true;                                                                                 \
        }                                                                                                    \
        if (!ls_threw) ::logsleuth::testing::fail(__FILE__, __LINE__, "expected an exception: " #expr);      \
    } while (0)
#define LS_TEST_MAIN()                                                                                       \
    int main()                                                                                               \
    {                                                                                                        \
        return ::logsleuth::testing::runAll();                                                               \
    }
