// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "cli_inputs.h"

#include "cli_output.h"
#include "logsleuth/text/log_paths.h"
#include "logsleuth/text/log_text.h"

#include <iostream>
#include <stdexcept>

#ifdef LOGSLEUTH_HAVE_IO
#include "logsleuth/io/log_opener.h"
#endif

namespace logsleuth::cli {

namespace {

// Appends the sources found at one path; returns false when the path yielded nothing. A file
// found in a directory that holds binary data (wtmp, a journal) is left out, and said so.
bool addPath(text::Corpus& corpus, const text::LogPath& logPath, const InputLimits& limits, bool& partial)
{
    const std::string& path = logPath.path;
    const auto keep = [&logPath](const text::LogText& source) {
        if (!logPath.fromDirectory || !source.looksBinary()) return true;
        warn(source.name() + ": looks like binary data, not text: left out of its directory's files");
        return false;
    };
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
    bool any = false, leftOut = false;
    for (auto& source : opened.sources) {
        if (!keep(source)) {
            leftOut = true;
            continue;
        }
        corpus.addSource(std::move(source));
        any = true;
    }
    // A binary file left out of its directory is no failure: it was never a log.
    return any || !opened.partial || leftOut;
#else
    (void)partial;
    (void)limits;
    text::LogText source = text::LogText::openFile(path);
    if (!keep(source)) return false;
    corpus.addSource(std::move(source));
    return true;
#endif
}

} // namespace

LoadedInputs loadInputs(const std::vector<std::string>& paths, const InputLimits& limits)
{
    LoadedInputs loaded;
    std::size_t failures = 0;
    // A directory stands for its files (lnav's `lnav /var/log/nginx`).
    const text::LogPaths files = text::expandLogPaths(paths);
    for (const std::string& note : files.notes)
        warn(note);
    for (const text::LogPath& file : files.files) {
        try {
            if (!addPath(loaded.corpus, file, limits, loaded.partial)) ++failures;
        } catch (const std::exception& e) {
            warn(e.what());
            ++failures;
        }
    }
    if (failures == files.files.size() || loaded.corpus.sourceCount() == 0)
        throw std::runtime_error("no input could be read");
    for (std::size_t s = 0; s < loaded.corpus.sourceCount(); ++s)
        for (const std::string& notice : loaded.corpus.source(s).notices())
            warn(notice);
    if (failures > 0) loaded.partial = true;
    return loaded;
}

} // namespace logsleuth::cli
