// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include <logsleuth/ui/try_line_panel.h>

#include <logsleuth/ml/explain.h>
#include <logsleuth/ml/level_rank.h>
#include <logsleuth/ml/session.h>
#include <logsleuth/text/corpus.h>

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace logsleuth::ui {

namespace {
constexpr int kMaxTriedLines = 200; // a paste of a whole log belongs in File > Open
}

std::vector<TriedLine> tryLines(const AnalysisResult& result, const std::string& typed,
                                const std::vector<float>& sortedLineScores)
{
    if (!result.model || !result.corpus) throw std::runtime_error("no model: train & score first");
    if (result.scored.scores.unit != ml::Unit::Message)
        throw std::runtime_error("this model scores time windows, not single lines");
    // The typed lines are read with the layout of the open source they fit best (a pasted
    // sshd line next to a Java log must split as the sshd lines do); no source: their own.
    std::shared_ptr<text::Corpus> tried;
    std::vector<std::string> formats;
    for (size_t source = 0; source < result.corpus->sourceCount(); ++source)
        if (const std::string& format = result.corpus->layout(source).format;
            std::find(formats.begin(), formats.end(), format) == formats.end())
            formats.push_back(format);
    if (formats.empty()) formats.emplace_back();
    uint64_t bestFitted = 0;
    for (const std::string& format : formats) {
        auto candidate = std::make_shared<text::Corpus>();
        try {
            candidate->setRecordOptions(text::RecordOptions{format, {}});
        } catch (const std::invalid_argument&) {
            continue; // a layout that cannot be written as a format
        }
        candidate->setThreads(1);
        candidate->addSource(text::LogText::fromBytes(typed, "typed"));
        if (!candidate->mine()) throw std::runtime_error("cancelled");
        const uint64_t fitted = candidate->layout(0).fitted;
        if (!tried || fitted > bestFitted) {
            tried = std::move(candidate);
            bestFitted = fitted;
        }
    }
    if (!tried) {
        tried = std::make_shared<text::Corpus>();
        tried->setThreads(1);
        tried->addSource(text::LogText::fromBytes(typed, "typed"));
        if (!tried->mine()) throw std::runtime_error("cancelled");
    }
    ml::Scores scores = result.model->score(*tried);
    // As the log's own lines were scored: the training log's routine passes, and a level above
    // what the open log usually writes ranks a line under the threshold.
    ml::adjustInContext(scores, *result.model, *tried, ml::usualSeverity(*result.corpus));
    const auto& unitOf = scores.unitOfLine(*tried);
    std::vector<TriedLine> lines;
    for (uint64_t line = 0; line < tried->lineCount() && lines.size() < size_t(kMaxTriedLines); ++line) {
        TriedLine out;
        out.text = std::string(tried->line(line));
        const uint32_t unit = unitOf[line];
        out.score = scores.values[unit];
        out.anomalous = double(out.score) > result.scored.threshold;
        if (!sortedLineScores.empty() && !std::isnan(out.score)) {
            const auto lower = std::lower_bound(sortedLineScores.begin(), sortedLineScores.end(), out.score);
            out.lowerShare = double(lower - sortedLineScores.begin()) / double(sortedLineScores.size());
        }
        const ml::Explanation why = ml::explainUnit(*result.model, *tried, scores, unit);
        out.why = ml::formatExplanation(why);
        lines.push_back(std::move(out));
    }
    return lines;
}

TryLinePanel::TryLinePanel(QWidget* parent)
    : QWidget(parent), m_input(new QPlainTextEdit(this)), m_button(new QPushButton(tr("&Score"), this)),
      m_message(new QLabel(this)), m_table(new QTableWidget(0, 5, this))
{
    m_input->setObjectName(QStringLiteral("tryLineInput"));
    m_input->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_input->setPlaceholderText(tr("Type or paste log lines here, then Score (Ctrl+Return)"));
    m_input->setMaximumHeight(4 * fontMetrics().height() + 12);
    m_button->setToolTip(tr("Score the lines under the current model (Ctrl+Return)"));
    connect(m_button, &QPushButton::clicked, this, &TryLinePanel::score);
    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_input);
    shortcut->setContext(Qt::WidgetShortcut);
    connect(shortcut, &QShortcut::activated, this, &TryLinePanel::score);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Score"), tr("Verdict"), tr("Above"), tr("Why"), tr("Line")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    auto* row = new QHBoxLayout;
    row->addWidget(m_input, 1);
    row->addWidget(m_button, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    updateButton();
}

void TryLinePanel::setResult(AnalysisResultPtr result)
{
    m_result = std::move(result);
    updateButton();
}

void TryLinePanel::setBusy(bool busy)
{
    m_busy = busy;
    updateButton();
}

void TryLinePanel::updateButton()
{
    m_button->setEnabled(m_result && !m_busy);
    if (!m_result) {
        m_message->setText(tr("Train & score (Ctrl+T) first: lines are scored by the current model."));
        m_showsHint = true;
    } else if (m_busy) {
        m_message->setText(tr("Waiting for the running job."));
        m_showsHint = true;
    } else if (m_showsHint) {
        m_message->clear();
        m_showsHint = false;
    }
}

QString TryLinePanel::message() const
{
    return m_message->text();
}

void TryLinePanel::score()
{
    if (!m_result || m_busy) return;
    const std::string typed = m_input->toPlainText().toStdString();
    if (typed.find_first_not_of(" \t\r\n") == std::string::npos) {
        m_message->setText(tr("Nothing to score: type a line first."));
        return;
    }
    std::vector<TriedLine> lines;
    try {
        static const std::vector<float> kNone;
        lines = tryLines(*m_result, typed, m_result->sortedLineScores ? *m_result->sortedLineScores : kNone);
    } catch (const std::exception& e) {
        m_message->setText(tr("Cannot score: %1").arg(QString::fromUtf8(e.what())));
        m_table->setRowCount(0);
        return;
    }
    m_table->setRowCount(int(lines.size()));
    for (int row = 0; row < int(lines.size()); ++row) {
        const TriedLine& line = lines[size_t(row)];
        const auto set = [&](int column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            if (line.anomalous) item->setBackground(QColor(0xff, 0xd9, 0xd4));
            m_table->setItem(row, column, item);
        };
        set(0, QString::number(double(line.score), 'f', 3));
        set(1, line.anomalous ? tr("anomaly") : tr("normal"));
        set(2, tr("%1 % of lines").arg(100.0 * line.lowerShare, 0, 'f', 1));
        set(3, QString::fromStdString(line.why));
        set(4, QString::fromStdString(line.text));
    }
    m_table->resizeColumnsToContents();
    m_message->setText(
        tr("%n line(s) scored at threshold %1; marks are not applied here.", nullptr, int(lines.size()))
            .arg(m_result->scored.threshold, 0, 'g', 4));
}

} // namespace logsleuth::ui
