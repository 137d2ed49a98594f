// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "logsleuth/ml/features.h"

#include "check.h"

#include <string>

using namespace logsleuth::ml;

namespace {
std::vector<std::string> tokenTexts(const Vocabulary& v)
{
    return v.tokens();
}
} // namespace

LS_TEST(tokenizeSplitsOnWhitespace)
{
    const auto tokens = tokenize("  open <PATH>\tfailed  <NUM>\r\n");
    CHECK_EQ(tokens.size(), std::size_t(4));
    CHECK(tokens == (std::vector<std::string_view>{"open", "<PATH>", "failed", "<NUM>"}));
    CHECK(tokenize("").empty());
    CHECK(tokenize(" \t ").empty());
}

LS_TEST(vocabularyOrdersByLineFrequencyThenText)
{
    // "b" is on 10 lines, "<NUM>" on 10 + 3, "a" and "c" tie at 3 and go by text; a token
    // repeated in one message counts once.
    const std::vector<std::string_view> messages{"b <NUM> <NUM>", "c a <NUM>", "z"};
    const auto v = Vocabulary::build(messages, {10, 3, 1});
    CHECK(tokenTexts(v) == (std::vector<std::string>{"<NUM>", "b", "a", "c", "z"}));
    CHECK_EQ(v.indexOf("a").value_or(99), 2u);
    CHECK(!v.indexOf("missing").has_value());
    CHECK(!v.indexOf("").has_value());
}

LS_TEST(vocabularyIsDeterministicWhateverTheInputOrder)
{
    const std::vector<std::string_view> one{"x y", "y z w", "q"};
    const std::vector<std::string_view> two{"q", "y z w", "x y"};
    const auto a = Vocabulary::build(one, {1, 1, 1});
    const auto b = Vocabulary::build(two, {1, 1, 1});
    CHECK(a.tokens() == b.tokens());
    CHECK(a.tokens() == (std::vector<std::string>{"y", "q", "w", "x", "z"}));
}

LS_TEST(vocabularyTruncatesToMaxSize)
{
    const std::vector<std::string_view> messages{"a b c d e", "a b c", "a"};
    const auto v = Vocabulary::build(messages, {1, 1, 1}, 2);
    CHECK_EQ(v.size(), std::size_t(2));
    CHECK(tokenTexts(v) == (std::vector<std::string>{"a", "b"}));
    CHECK_EQ(Vocabulary::build(messages, {1, 1, 1}, 100).size(), std::size_t(5));
    CHECK_THROWS(Vocabulary::build(messages, {1, 1}));
}

LS_TEST(vocabularyFromTokens)
{
    const auto v = Vocabulary::fromTokens({"k", "j"});
    CHECK_EQ(v.indexOf("j").value_or(99), 1u);
    CHECK_THROWS(Vocabulary::fromTokens({"a", "a"}));
    CHECK_THROWS(Vocabulary::fromTokens({"a", ""}));
}

LS_TEST(bagOfWordsRows)
{
    const auto v = Vocabulary::fromTokens({"a", "b", "c"});
    const auto rows = bagOfWords(v, {"c a c", "", "unknown words", "b x a"});
    CHECK_EQ(rows.rows(), std::size_t(4));
    CHECK_EQ(rows.width, 3u);
    CHECK(rows.rowStart == (std::vector<std::uint64_t>{0, 2, 2, 2, 4}));
    CHECK(rows.columns == (std::vector<std::uint32_t>{0, 2, 0, 1})); // sorted, distinct per row
    const auto none = bagOfWords(v, {});
    CHECK_EQ(none.rows(), std::size_t(0));
    CHECK_EQ(SparseRows{}.rows(), std::size_t(0));
}

LS_TEST_MAIN()
