// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Typed results handed from the workers to the GUI thread. Both are immutable once
// published and shared by pointer, so the model, the charts and a later rescoring can hold
// the same columns without copying them.
#pragma once

#include <logsleuth/ml/histogram.h>
#include <logsleuth/ml/model.h>
#include <logsleuth/ml/session.h>
#include <logsleuth/text/corpus.h>

#include <QMetaType>
#include <QStringList>

#include <memory>
#include <string>
#include <vector>

namespace logsleuth::ui {

// What opening files produced: the mined corpus plus what went wrong on the way.
struct LoadedCorpus {
    std::shared_ptr<const text::Corpus> corpus;
    QStringList paths;
    std::vector<std::string> warnings;
    bool partial = false;
};

// One train-and-score (or rescore) of a corpus.
struct AnalysisResult {
    std::shared_ptr<const text::Corpus> corpus;
    std::shared_ptr<const ml::Model> model; // shared by rescorings; null in model tests
    ml::Scored scored;                      // per unit (distinct message, time window)
    std::vector<float> lineScores;          // per global line
    // lineScores without NaN, ascending, sorted once on the worker after training and shared by
    // rescorings (marks change verdicts, never scores): a dragged threshold and Try a line count
    // "lines above / below" by bisection on it.
    std::shared_ptr<const std::vector<float>> sortedLineScores;
    std::vector<double> epochLoss;
    std::vector<double> epochValidationLoss;
    std::string device;
    double trainSeconds = 0;
    std::string savedModelDir; // the model was loaded from there, not trained here
    ml::Histogram histogram;   // of lineScores, binned by the engine
    // The suppressed (false-positive) lines alone, on histogram's bins, so the chart can
    // show them apart from the lines that still count as anomalies.
    ml::Histogram suppressedHistogram;
    uint64_t anomalyLines = 0;
    // The model's features of every unit, computed the first time marks need to spread, then
    // shared by later rescorings of the same scoring.
    std::shared_ptr<const std::vector<std::vector<float>>> features;
    uint64_t changedLines = 0; // after a rescoring: lines whose verdict changed (anomalous or not)
};

using LoadedCorpusPtr = std::shared_ptr<const LoadedCorpus>;
using AnalysisResultPtr = std::shared_ptr<const AnalysisResult>;

// Fills histogram, suppressedHistogram and anomalyLines from scored.
void summarize(AnalysisResult& result, size_t bins = 60);

} // namespace logsleuth::ui

Q_DECLARE_METATYPE(logsleuth::ui::LoadedCorpusPtr)
Q_DECLARE_METATYPE(logsleuth::ui::AnalysisResultPtr)
