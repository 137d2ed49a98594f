// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Export of the lines the table shows, in the table's order, as the CLI writes them: scored
// lines in `logsleuth-cli score`'s columns, unscored ones in the leading columns of
// `logsleuth-cli templates` ([file,]line,template_id,template). Plain C++ over the corpus, so
// it runs on the worker.
#pragma once

#include <atomic>
#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace logsleuth::text {
class Corpus;
}
namespace logsleuth::ml {
struct Scored;
}

namespace logsleuth::ui {

// Writes `lines` (global line numbers); scored may be null. Returns false when cancelled.
bool writeViewCsv(std::ostream& out, const text::Corpus& corpus, const ml::Scored* scored,
                  const std::vector<uint32_t>& lines, const std::atomic<bool>* cancel = nullptr);

// The same into `path`, atomically: a temporary file next to it, renamed over it when complete.
// Throws std::runtime_error when it cannot be written; returns false when cancelled.
bool writeViewCsvFile(const std::string& path, const text::Corpus& corpus, const ml::Scored* scored,
                      const std::vector<uint32_t>& lines, const std::atomic<bool>* cancel = nullptr);

} // namespace logsleuth::ui
