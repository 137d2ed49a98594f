// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// bench_vae LOG [cpu|cuda]: the reference detector's steps on LogSleuth's engine — one
// training epoch over every line (batch 256, as the reference) and batched scoring of every
// line — so the figures compare with peers/reference_vae.py run on the same corpus.
#include "bench_util.h"
// The VAE itself, below the Model interface: the raw, dedupe-free row rate needs it.
#include "logsleuth/ml/device.h"
#include "logsleuth/text/corpus.h"
#include "logsleuth/text/log_text.h"
#include "vae/vae_detector.h"

#include <cstdio>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_vae LOG [auto|cpu|cuda]\n");
        return 2;
    }
    try {
        using namespace logsleuth;
        text::Corpus corpus;
        bench::Stopwatch featurize;
        corpus.addSource(text::LogText::openFile(argv[1]));
        corpus.mine();
        const double featurizeSeconds = featurize.seconds();
        const double lines = static_cast<double>(corpus.lineCount());

        ml::VaeOptions options;
        options.device = ml::parseDeviceRequest(argc > 2 ? argv[2] : "auto");
        options.epochs = 1;
        options.samplesPerEpoch = corpus.lineCount(); // one pass over as many lines as the file has
        const auto device = ml::resolveDevice(options.device);
        ml::TrainReport report;
        bench::Stopwatch training;
        auto detector =
            ml::VaeDetector::train(corpus.scoringTexts(), corpus.messageLineCounts(), options, {}, &report);
        const double trainSeconds = training.seconds();

        bench::Stopwatch scoring;
        const auto perMessage = detector.score(corpus.scoringTexts());
        std::vector<float> perLine(corpus.lineCount());
        for (std::size_t line = 0; line < perLine.size(); ++line)
            perLine[line] = perMessage[corpus.messageKeys()[line]];
        const double scoreSeconds = scoring.seconds();

        // The raw model: every row through the network, no dedupe (the distinct messages
        // repeated up to a million rows, text featurized each time), for a like-for-like figure
        // beside the reference's batched pass.
        const auto messages = corpus.scoringTexts();
        std::vector<std::string_view> rows;
        rows.reserve(1000000);
        while (rows.size() < 1000000)
            rows.push_back(messages[rows.size() % messages.size()]);
        bench::Stopwatch raw;
        const auto rawScores = detector.score(rows);
        const double rawSeconds = raw.seconds();

        std::printf("device %s, %.0f lines, %zu distinct messages, vocabulary %zu\n",
                    device.description.c_str(), lines, corpus.distinctMessageCount(),
                    detector.vocabulary().size());
        std::printf("bench=vae device=%s lines=%.0f featurize_lines_per_s=%.0f train_epoch_lines_per_s=%.0f "
                    "score_lines_per_s=%.0f score_rows_no_dedupe_per_s=%.0f peak_rss_mib=%.1f\n",
                    device.cuda ? "cuda" : "cpu", lines, lines / featurizeSeconds, lines / trainSeconds,
                    static_cast<double>(perLine.size()) / scoreSeconds,
                    static_cast<double>(rawScores.size()) / rawSeconds, bench::peakRssMiB());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_vae: %s\n", e.what());
        return 1;
    }
    return 0;
}
