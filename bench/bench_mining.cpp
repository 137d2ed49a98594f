// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// bench_mining LOG: index the file, split headers, mask and mine templates, as `templates`
// does. Prints lines/s, MB/s and peak RSS; the last line is machine-readable.
#include "bench_util.h"
#include "logsleuth/text/corpus.h"
#include "logsleuth/text/log_text.h"

#include <cstdio>
#include <exception>

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: bench_mining LOG\n");
        return 2;
    }
    try {
        using namespace logsleuth;
        bench::Stopwatch total;
        text::Corpus corpus;
        bench::Stopwatch indexing;
        corpus.addSource(text::LogText::openFile(argv[1]));
        const double indexSeconds = indexing.seconds();
        bench::Stopwatch mining;
        corpus.mine();
        const double mineSeconds = mining.seconds();
        const double seconds = total.seconds();
        const double lines = static_cast<double>(corpus.lineCount());
        const double megabytes = static_cast<double>(corpus.source(0).byteSize()) / 1e6;
        std::printf("indexed %.0f lines (%.1f MB) in %.3f s (%.0f MB/s)\n", lines, megabytes, indexSeconds,
                    megabytes / indexSeconds);
        std::printf("mined %zu templates from %zu distinct masked messages in %.3f s\n",
                    corpus.miner().clusterCount(), corpus.distinctMessageCount(), mineSeconds);
        std::printf("bench=mining lines=%.0f seconds=%.3f lines_per_s=%.0f mb_per_s=%.1f templates=%zu "
                    "peak_rss_mib=%.1f\n",
                    lines, seconds, lines / seconds, megabytes / seconds, corpus.miner().clusterCount(),
                    bench::peakRssMiB());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_mining: %s\n", e.what());
        return 1;
    }
    return 0;
}
