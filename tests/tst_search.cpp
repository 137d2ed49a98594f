// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Search: RE2 patterns over whole lines combined with the record filters, checked against
// the answer computed here line by line.
#include "check.h"

#include "logsleuth/text/search.h"

#include <cstdlib>
#include <string>

using namespace logsleuth::text;

namespace {

Corpus sample()
{
    std::string text;
    const char* levels[] = {"DEBUG", "INFO", "WARN", "ERROR"};
    for (int i = 0; i < 400; ++i) {
        char line[160];
        std::snprintf(line, sizeof line, "2024-03-01 10:%02d:%02d %s [w%d] app.%s: request %d took %d ms\n",
                      i / 60, i % 60, levels[i % 4], i % 3, i % 2 ? "Db" : "Web", i, (i * 37) % 500);
        text += line;
    }
    text += "2024-03-01 11:00:00 ERROR [w0] app.Db: invalid byte \xff in (a+)+b\n";
    Corpus corpus;
    corpus.addSource(LogText::fromBytes(std::move(text), "search.log"));
    corpus.mine();
    return corpus;
}

SearchQuery pattern(const char* regex)
{
    SearchQuery query;
    query.pattern = regex;
    return query;
}

std::vector<std::uint64_t> found(const Corpus& corpus, SearchQuery query)
{
    std::string error;
    auto search = Search::create(std::move(query), error);
    CHECK(search != nullptr);
    std::vector<std::uint64_t> lines;
    if (search) search->run(corpus, [&](std::uint64_t line) { return lines.push_back(line), true; });
    return lines;
}

} // namespace

LS_TEST(patternsAndFilters)
{
    if (!Search::available()) {
        std::string error;
        CHECK(Search::create(pattern("x"), error) == nullptr);
        CHECK(error.find("RE2") != std::string::npos);
        std::printf("SKIP: built without RE2\n");
        return;
    }
    const Corpus corpus = sample();
    const auto& records = corpus.records();
    // took 1xx ms: checked against a plain scan.
    std::size_t expected = 0;
    for (std::uint64_t line = 0; line < corpus.lineCount(); ++line) {
        const std::string text(corpus.line(line));
        const auto at = text.find(" took ");
        if (at == std::string::npos) continue;
        const int ms = std::atoi(text.c_str() + at + 6);
        expected += ms >= 100 && ms <= 199;
    }
    CHECK(expected > 50);
    CHECK_EQ(found(corpus, pattern("took 1[0-9][0-9] ms")).size(), expected);

    // Level: this one or worse.
    SearchQuery severe;
    severe.minSeverity = Severity::Warning;
    const auto warnings = found(corpus, severe);
    CHECK_EQ(warnings.size(), std::size_t{201});
    for (auto line : warnings)
        CHECK(records.severity(line) >= Severity::Warning);

    // Time range [since, until): 10:01:00 to 10:02:00 is 60 lines.
    SearchQuery range;
    range.since = *resolveTime(scanTime("2024-03-01 10:01:00"), {});
    range.until = *resolveTime(scanTime("2024-03-01 10:02:00"), {});
    const auto minute = found(corpus, range);
    CHECK_EQ(minute.size(), std::size_t{60});
    CHECK_EQ(minute.front(), std::uint64_t{60});

    SearchQuery db;
    db.component = "app.Db";
    db.pattern = "REQUEST";
    db.ignoreCase = true;
    CHECK_EQ(found(corpus, db).size(), std::size_t{200});
    db.component = "app.Nope";
    CHECK(found(corpus, db).empty());

    SearchQuery byTemplate;
    byTemplate.templateId = corpus.miner().id(corpus.clusterOfMessage(corpus.messageKeys()[400]));
    CHECK_EQ(found(corpus, byTemplate), std::vector<std::uint64_t>{400});

    // Bytes that are not UTF-8 still match; a pattern that backtracks badly elsewhere is linear here.
    CHECK_EQ(found(corpus, pattern("invalid byte \\xff")).size(), std::size_t{1});
    CHECK_EQ(found(corpus, pattern("(a+)+b")).size(), std::size_t{0});

    std::string error;
    CHECK(Search::create(pattern("(unclosed"), error) == nullptr);
    CHECK(error.find("invalid regular expression") != std::string::npos);
}

LS_TEST(stopsWhenAsked)
{
    if (!Search::available()) return;
    const Corpus corpus = sample();
    std::string error;
    auto search = Search::create(pattern("request"), error);
    int calls = 0;
    search->run(corpus, [&](std::uint64_t) { return ++calls < 5; });
    CHECK_EQ(calls, 5);
}

LS_TEST_MAIN()
