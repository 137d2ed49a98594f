// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Private: what every family's model directory shares — the atomic write, the calibration and
// option entries of meta.txt, and the first line of a torch error.
#pragma once

#include "logsleuth/ml/features.h"
#include "logsleuth/ml/model.h"
#include "meta_file.h"

#include <filesystem>
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>

namespace logsleuth::ml::detail {

// Calls writeFiles on an empty sibling directory of dir, then renames it into place, so a
// crash never leaves half a model. Refuses an existing dir unless overwrite. Errors become
// ModelError naming dir.
void writeModelDirectory(const std::filesystem::path& dir, bool overwrite,
                         const std::function<void(const std::filesystem::path& partial)>& writeFiles);

void putCalibration(MetaFile& meta, const Calibration& calibration);
// threshold_auto and threshold_hourly are optional (models from before they existed).
Calibration calibrationOf(const MetaFile& meta, const std::filesystem::path& file);

// The entries every family's meta.txt starts with: format_version, kind, the options and the
// calibration. The family adds its own before writing.
MetaFile modelMeta(std::string_view kind, std::int64_t formatVersion, const ModelOptions& options,
                   const Calibration& calibration);
// Checks that dir holds meta.txt and `files`, reads meta.txt and checks its format_version; each
// failure is a ModelError naming the file.
MetaFile readModelMeta(const std::filesystem::path& dir, std::string_view kind, std::int64_t formatVersion,
                       std::initializer_list<const char*> files);

// Every option under its metaKey().
void putOptions(MetaFile& meta, const ModelOptions& options);
// The options back: each key of the schema found in meta is set, the others keep their defaults.
ModelOptions optionsOf(const MetaFile& meta, ModelOptions defaults);

// vocabulary.txt: one token per line, in column order. Errors become ModelError naming the file.
Vocabulary readVocabulary(const std::filesystem::path& file);
void writeVocabulary(const Vocabulary& vocabulary, const std::filesystem::path& file);

// The reporter hears that an epoch finished (or, with finished false, only how far training is).
void reportEpoch(const TaskControl& control, double fraction, int epoch, int epochs, double loss,
                 bool finished = true);

// c10 errors carry a backtrace after the first line; the user needs only the first line.
std::string firstLine(const char* text);

} // namespace logsleuth::ml::detail
