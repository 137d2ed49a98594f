// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include <logsleuth/ui/detail_panel.h>

#include <logsleuth/text/corpus.h>
#include <logsleuth/text/time_scan.h>

#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace logsleuth::ui {
namespace {

constexpr uint64_t kNeighbours = 3;    // lines shown before and after the record
constexpr uint64_t kRecordLines = 200; // a record longer than this is cut, with a note

QString fromBytes(std::string_view bytes)
{
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
}

} // namespace

DetailPanel::DetailPanel(QWidget* parent) : QWidget(parent), m_text(new QPlainTextEdit(this))
{
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlaceholderText(tr("Select a line to see it in full."));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
}

void DetailPanel::setCorpus(std::shared_ptr<const text::Corpus> corpus)
{
    m_corpus = std::move(corpus);
    m_text->clear();
}

QString DetailPanel::text() const
{
    return m_text->toPlainText();
}

void DetailPanel::showLine(std::optional<uint64_t> globalLine)
{
    if (!m_corpus || !globalLine || *globalLine >= m_corpus->lineCount()) {
        m_text->clear();
        return;
    }
    const text::Corpus& corpus = *m_corpus;
    const auto& records = corpus.records();
    const uint64_t line = *globalLine;
    const auto [file, lineInFile] = corpus.locateInFile(line);
    QStringList out;
    out << tr("%1, line %2").arg(fromBytes(corpus.source(file).name())).arg(lineInFile.value() + 1);
    if (line < records.size()) {
        char iso[32];
        if (const std::string_view time = text::formatIsoUtc(records.time(line), iso); !time.empty())
            out << tr("Time: %1").arg(QString::fromLatin1(time.data(), qsizetype(time.size())));
        if (!records.level(line).empty()) out << tr("Level: %1").arg(fromBytes(records.level(line)));
        if (!records.component(line).empty())
            out << tr("Component: %1").arg(fromBytes(records.component(line)));
        if (!records.entity(line).empty()) out << tr("Entity: %1").arg(fromBytes(records.entity(line)));
    }
    const uint32_t key = corpus.messageKeys()[line];
    const uint32_t cluster = corpus.clusterOfMessage(key);
    out << tr("Template %1: %2")
               .arg(QString::fromStdString(text::toHex(corpus.miner().id(cluster))),
                    fromBytes(corpus.miner().templateText(cluster)));

    // The whole record: from its first line through its continuation lines, in this source.
    const uint64_t first = line < records.size() ? records.recordStart(line) : line;
    uint64_t last = line;
    // A record never spans two files (a file's first line starts one), so its lines are
    // consecutive in the file too.
    while (last + 1 < records.size() && records.recordStart(last + 1) == first &&
           last + 1 - first < kRecordLines)
        ++last;
    const uint64_t number = lineInFile.value() + 1;
    out << QString()
        << (last > first
                ? tr("Record (lines %1–%2):").arg(number - (line - first)).arg(number + (last - line))
                : tr("Line:"));
    for (uint64_t l = first; l <= last; ++l)
        out << fromBytes(corpus.line(l));

    // The neighbours, in the same file.
    const auto inThisFile = [&](uint64_t l) { return corpus.locateInFile(l).first == file; };
    uint64_t from = first;
    while (from > 0 && first - from < kNeighbours && inThisFile(from - 1))
        --from;
    uint64_t to = last + 1;
    while (to < corpus.lineCount() && to - (last + 1) < kNeighbours && inThisFile(to))
        ++to;
    out << QString() << tr("Around it:");
    for (uint64_t l = from; l < to; ++l) {
        const bool inRecord = l >= first && l <= last;
        out << QStringLiteral("%1 %2  %3")
                   .arg(inRecord ? QStringLiteral(">") : QStringLiteral(" "))
                   .arg(corpus.locateInFile(l).second.value() + 1, 6)
                   .arg(fromBytes(corpus.line(l)));
    }
    m_text->setPlainText(out.join(QLatin1Char('\n')));
}

} // namespace logsleuth::ui
