// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The templates a log's lines end up in, mined as a corpus (the batch refinements included),
// printed so a failing check shows what came out (tst_miner, tst_leading_names, tst_value_spans,
// tst_mined_text, tst_mined_tokens).
#pragma once

#include "check.h"

#include "logsleuth/text/corpus.h"

#include <cstdio>
#include <set>
#include <string>

namespace logsleuth::text {

inline std::set<std::string> templatesOf(const Corpus& corpus)
{
    std::set<std::string> templates;
    for (std::uint64_t line = 0; line < corpus.lineCount(); ++line)
        templates.insert(corpus.miner().templateText(corpus.clusterOfMessage(corpus.messageKeys()[line])));
    for (const auto& t : templates)
        std::printf("  %s\n", t.c_str());
    return templates;
}

inline std::set<std::string> templatesOf(const std::string& text, const char* name)
{
    Corpus corpus;
    corpus.addSource(LogText::fromBytes(text, name));
    CHECK(corpus.mine());
    return templatesOf(corpus);
}

} // namespace logsleuth::text
