// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// A corpus mined from text on one thread (ids do not depend on the thread count, but one thread
// keeps the tests' timings quiet), shared as the analysis session takes it.
#pragma once

#include "logsleuth/text/corpus.h"

#include <memory>
#include <string>

namespace logsleuth::testing {

inline std::shared_ptr<const text::Corpus> minedCorpus(const std::string& bytes)
{
    auto corpus = std::make_shared<text::Corpus>();
    corpus->setThreads(1);
    corpus->addSource(text::LogText::fromBytes(bytes, "test.log"));
    corpus->mine();
    return corpus;
}

} // namespace logsleuth::testing
