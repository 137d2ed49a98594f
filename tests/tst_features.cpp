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

// A full vocabulary of tokens that share long prefixes and differ in their last bytes (where a
// weak hash collides): every token finds its own column, and near misses find none.
LS_TEST(vocabularyLooksUpEveryColumn)
{
    std::vector<std::string> tokens;
    for (int i = 0; i < 1024; ++i)
        tokens.push_back((i % 2 ? "blk_<NUM>_replica_" : "x") + std::to_string(i));
    const auto v = Vocabulary::fromTokens(tokens);
    int found = 0, missed = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        found += v.indexOf(tokens[i]).value_or(9999) == i;
        missed += !v.indexOf(tokens[i] + "!").has_value() && !v.indexOf(tokens[i].substr(1)).has_value();
    }
    CHECK_EQ(found, 1024);
    CHECK_EQ(missed, 1024);
    CHECK(!Vocabulary{}.indexOf("x1").has_value());
    // Which rows hold a token outside the vocabulary.
    std::vector<std::uint8_t> outside;
    bagOfWords(Vocabulary::fromTokens({"a"}), {"a", "a b", ""}, &outside);
    CHECK(outside == (std::vector<std::uint8_t>{0, 1, 0}));
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
