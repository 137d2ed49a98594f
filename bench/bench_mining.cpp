// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// bench_mining LOG: index the file, learn its layout, parse records (time included), mask and
// mine templates, as `templates` does; then, in the same run, a bare loop that only masks each
// whole line, hashes it and looks it up (the floor any miner pays). Prints lines/s, MB/s, the
// record columns' bytes per line and peak RSS; the last line is machine-readable.
#include "bench_util.h"
#include "logsleuth/text/corpus.h"
#include "logsleuth/text/log_text.h"
#include "logsleuth/text/mask.h"

#include <cstdio>
#include <exception>
#include <string>
#include <unordered_map>

namespace {

// Masks every whole line, hashes it and counts it in a map: what any miner must at least do.
double bareLoopSeconds(const logsleuth::text::LogText& text, std::size_t& distinct)
{
    using namespace logsleuth;
    bench::Stopwatch watch;
    std::unordered_map<std::string, std::uint32_t> seen;
    std::string masked;
    for (text::LineNumber n{0}; n.value() < text.lineCount(); ++n) {
        text::maskMessage(text.line(n), masked);
        ++seen[masked];
    }
    distinct = seen.size();
    return watch.seconds();
}

} // namespace

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
        const auto& layout = corpus.layout(0);
        std::printf("layout %s (%llu of %llu lines fit), record columns %zu bytes per line\n",
                    layout.format.c_str(), static_cast<unsigned long long>(layout.fitted),
                    static_cast<unsigned long long>(layout.lines), corpus.records().bytesPerLine());
        std::size_t bareDistinct = 0;
        const double bareSeconds = bareLoopSeconds(corpus.source(0), bareDistinct);
        std::printf("bare mask+hash+lookup loop: %.0f lines/s (%zu distinct)\n", lines / bareSeconds,
                    bareDistinct);
        // Following a file (the GUI's follow): each look copies the mined corpus and appends the
        // new lines to the copy, while readers keep the original. Here: the last 1,000 lines again.
        const auto& text = corpus.source(0);
        const std::size_t tail = std::min<std::size_t>(1000, text.lineCount());
        const auto from = text.offsetOf(text::LineNumber{text.lineCount() - tail}).value();
        std::string chunk(text.bytes().substr(from));
        if (!chunk.empty() && chunk.back() != '\n') chunk.push_back('\n');
        bench::Stopwatch copying;
        text::Corpus grown = corpus;
        const double copySeconds = copying.seconds();
        bench::Stopwatch appending;
        grown.append(text::LogText::fromBytes(std::move(chunk), text.name()), 0);
        const double appendSeconds = appending.seconds();
        std::printf("follow: copy of the mined corpus %.1f ms, append of %zu lines %.1f ms\n",
                    copySeconds * 1e3, tail, appendSeconds * 1e3);
        std::printf("bench=mining lines=%.0f seconds=%.3f lines_per_s=%.0f mb_per_s=%.1f templates=%zu "
                    "record_bytes_per_line=%zu bare_lines_per_s=%.0f mine_vs_bare=%.2f follow_copy_ms=%.1f "
                    "follow_append_ms=%.1f peak_rss_mib=%.1f\n",
                    lines, seconds, lines / seconds, megabytes / seconds, corpus.miner().clusterCount(),
                    corpus.records().bytesPerLine(), lines / bareSeconds, mineSeconds / bareSeconds,
                    copySeconds * 1e3, appendSeconds * 1e3, bench::peakRssMiB());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_mining: %s\n", e.what());
        return 1;
    }
    return 0;
}
