// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "cli_charts.h"

#include "logsleuth/ml/model_registry.h"
#include "logsleuth/ml/verdict.h"
#include "logsleuth/text/corpus.h"

#include <charconv>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace logsleuth::cli {

namespace {

constexpr std::size_t kHistogramBins = 60;
constexpr std::size_t kTimelineBuckets = 500;

// Shortest round-trip decimal: the CSV reads back to the same doubles.
std::string number(double value)
{
    char buffer[32];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return error == std::errc() ? std::string(buffer, end) : std::string("nan");
}

void writeFile(const std::filesystem::path& path, const std::string& text)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    out.flush();
    if (!out) throw std::runtime_error("cannot write " + path.string());
}

} // namespace

ChartInputs chartInputsOf(const ml::AnalysisSession& session)
{
    ChartInputs inputs;
    const auto summary = session.summarize(kHistogramBins);
    inputs.histogram = summary.histogram;
    inputs.suppressed = summary.suppressedHistogram;
    const ml::Scored& scored = session.scored();
    inputs.threshold = scored.threshold;
    inputs.epochLoss = session.trainReport().epochLoss;
    inputs.validationLoss = session.trainReport().epochValidationLoss;
    if (session.model()) {
        const ml::ModelFamily& family = ml::modelFamily(session.model()->kind());
        inputs.lossMeaning = std::string(family.lossMeaning());
        inputs.scoreMeaning = std::string(family.scoreMeaning());
    }
    inputs.kde = ml::kdeOf(scored.scores.values, scored.scores.unitLines);
    const text::Corpus& corpus = *session.corpus();
    const auto& units = scored.scores.unitOfLine(corpus);
    std::vector<char> anomalous(corpus.lineCount(), 0);
    for (std::uint64_t line = 0; line < anomalous.size(); ++line)
        anomalous[line] = ml::isAnomaly(scored.verdictOfLine(line, units[line]));
    inputs.timeline = ml::timelineOfAllLines(corpus.records().times(), anomalous, kTimelineBuckets);
    inputs.timeline.bands = ml::anomalousSpans(scored);
    return inputs;
}

std::vector<std::string> writeChartData(const std::string& directory, const ChartInputs& inputs)
{
    const std::filesystem::path dir(directory);
    std::error_code error;
    std::filesystem::create_directories(dir, error);
    if (error) throw std::runtime_error("cannot create " + directory + ": " + error.message());
    std::string kde = "x,density\n";
    for (std::size_t i = 0; i < inputs.kde.x.size(); ++i)
        kde += number(inputs.kde.x[i]) + ',' + number(inputs.kde.density[i]) + '\n';
    std::string timeline = "bucket_start_ms,lines,anomalies\n";
    for (std::size_t bucket = 0; bucket < inputs.timeline.lines.size(); ++bucket)
        timeline += std::to_string(inputs.timeline.bucketStart(bucket)) + ',' +
                    std::to_string(inputs.timeline.lines[bucket]) + ',' +
                    std::to_string(inputs.timeline.anomalies[bucket]) + '\n';
    writeFile(dir / "kde.csv", kde);
    writeFile(dir / "timeline.csv", timeline);
    return {(dir / "kde.csv").string(), (dir / "timeline.csv").string()};
}

#ifndef LOGSLEUTH_HAVE_CHARTS
std::vector<std::string> writeChartImages(const std::string&, const ChartInputs&)
{
    return {};
}

bool chartImagesAvailable()
{
    return false;
}
#endif

} // namespace logsleuth::cli
