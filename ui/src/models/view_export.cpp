// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include <logsleuth/ui/view_export.h>

#include <logsleuth/ml/score_csv.h>
#include <logsleuth/text/corpus.h>
#include <logsleuth/text/csv.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace logsleuth::ui {

bool writeViewCsv(std::ostream& out, const text::Corpus& corpus, const ml::Scored* scored,
                  const std::vector<uint32_t>& lines, const std::atomic<bool>* cancel)
{
    text::CsvWriter csv(out);
    const auto cancelled = [&](size_t i) {
        return (i & 0xfff) == 0 && cancel && cancel->load(std::memory_order_relaxed);
    };
    if (scored) {
        ml::ScoreCsvWriter rows(csv, corpus, *scored);
        rows.header();
        for (size_t i = 0; i < lines.size(); ++i) {
            if (cancelled(i)) return false;
            rows.row(lines[i]);
        }
        return true;
    }
    if (corpus.fileCount() > 1) csv.field("file");
    csv.field("line").field("template_id").field("template");
    csv.endRow();
    const auto& miner = corpus.miner();
    for (size_t i = 0; i < lines.size(); ++i) {
        if (cancelled(i)) return false;
        const auto [file, line] = corpus.locateInFile(lines[i]);
        if (corpus.fileCount() > 1) csv.field(corpus.source(file).name());
        const uint32_t cluster = corpus.clusterOfMessage(corpus.messageKeys()[lines[i]]);
        csv.field(line.value() + 1).field(text::toHex(miner.id(cluster))).field(miner.templateText(cluster));
        csv.endRow();
    }
    return true;
}

bool writeViewCsvFile(const std::string& path, const text::Corpus& corpus, const ml::Scored* scored,
                      const std::vector<uint32_t>& lines, const std::atomic<bool>* cancel)
{
    const std::filesystem::path target(path);
    std::filesystem::path partial = target;
    partial += ".part";
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        if (!out) throw std::runtime_error("cannot write " + partial.string());
        if (!writeViewCsv(out, corpus, scored, lines, cancel)) {
            out.close();
            std::filesystem::remove(partial);
            return false;
        }
        out.flush();
        if (!out) {
            out.close();
            std::filesystem::remove(partial);
            throw std::runtime_error("error while writing " + partial.string() + " (disk full?)");
        }
    }
    std::error_code error;
    std::filesystem::rename(partial, target, error);
    if (error) {
        std::filesystem::remove(partial);
        throw std::runtime_error("cannot replace " + path + ": " + error.message());
    }
    return true;
}

} // namespace logsleuth::ui
