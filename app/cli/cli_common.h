// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// What every logsleuth-cli command that reads logs shares: the input options, reading and
// mining the inputs, the leading CSV columns, the exit code for partial input. No torch here:
// the text commands run in a process that never maps it.
#pragma once

#include "cli_args.h"
#include "cli_inputs.h"
#include "logsleuth/text/csv.h"

#include <memory>
#include <string>
#include <vector>

namespace logsleuth::cli {

// --format, --tz, --max-decompressed, --max-ratio.
extern const std::vector<OptionSpec> kInputOptions;
std::vector<OptionSpec> concat(std::vector<OptionSpec> a, const std::vector<OptionSpec>& b);

text::RecordOptions recordOptionsFrom(const ParsedArgs& args);

struct Mined {
    LoadedInputs inputs;
    std::vector<std::string> clusterHex; // per template cluster, formatted once
};
// Reads the inputs (args.inputs) with their record options and threads, not mined yet; throws
// UsageError for bad input options.
LoadedInputs readInputs(const ParsedArgs& args);
// Reads and mines the inputs (args.inputs); throws UsageError for bad input options.
Mined mineInputs(const ParsedArgs& args);
// The mined corpus for an analysis session, which shares it by pointer: the inputs own it, and
// Mined outlives every session made from it.
std::shared_ptr<const text::Corpus> shareCorpus(const Mined& mined);
// ExitPartialInput when some input could not be read in full and nothing else went wrong.
int finish(const Mined& mined, int code = ExitOk);

// The leading columns of every per-line CSV: "file" only when there is more than one source.
void writeLineColumns(text::CsvWriter& csv, const text::Corpus& corpus, std::uint64_t globalLine);
// The file column is there when the corpus holds more than one file, or when `withFile` says so
// (a followed folder, whose files may come later).
void writeLineHeader(text::CsvWriter& csv, const text::Corpus& corpus, bool withFile = false);

} // namespace logsleuth::cli
