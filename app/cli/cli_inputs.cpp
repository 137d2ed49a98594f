// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "cli_inputs.h"

#include "cli_output.h"
#include "logsleuth/text/log_text.h"

#include <iostream>
#include <stdexcept>

#ifdef LOGSLEUTH_HAVE_IO
#include "logsleuth/io/log_opener.h"
#endif

namespace logsleuth::cli {

namespace {

// Appends the sources found at one path; returns false when the path yielded nothing.
bool addPath(text::Corpus& corpus, const std::string& path, const InputLimits& limits, bool& partial)
{
    if (path == "-") {
        corpus.addSource(text::LogText::readAll(std::cin, "-"));
        return true;
    }
#ifdef LOGSLEUTH_HAVE_IO
    io::OpenOptions options;
    options.maxDecompressedBytes = limits.maxDecompressedBytes;
    options.maxRatio = limits.maxRatio;
    io::OpenResult opened = io::openLogPath(path, options);
    for (const auto& warning : opened.warnings)
        warn(warning);
    partial = partial || opened.partial;
    const bool any = !opened.sources.empty();
    for (auto& source : opened.sources)
        corpus.addSource(std::move(source));
    return any || !opened.partial;
#else
    (void)partial;
    (void)limits;
    corpus.addSource(text::LogText::openFile(path));
    return true;
#endif
}

} // namespace

LoadedInputs loadInputs(const std::vector<std::string>& paths, const InputLimits& limits)
{
    LoadedInputs loaded;
    std::size_t failures = 0;
    for (const auto& path : paths) {
        try {
            if (!addPath(loaded.corpus, path, limits, loaded.partial)) ++failures;
        } catch (const std::exception& e) {
            warn(e.what());
            ++failures;
        }
    }
    if (failures == paths.size()) throw std::runtime_error("no input could be read");
    for (std::size_t s = 0; s < loaded.corpus.sourceCount(); ++s)
        for (const std::string& notice : loaded.corpus.source(s).notices())
            warn(notice);
    if (failures > 0) loaded.partial = true;
    return loaded;
}

} // namespace logsleuth::cli
