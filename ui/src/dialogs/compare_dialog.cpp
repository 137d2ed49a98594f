// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include <logsleuth/ui/compare_dialog.h>

#include <logsleuth/ml/model_registry.h>
#include <logsleuth/text/corpus.h>
#include <logsleuth/ui/analysis_controller.h>
#include <logsleuth/ui/task_runner.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cctype>
#include <charconv>

namespace logsleuth::ui {

std::vector<bool> labelsFromMarks(const AnalysisResult& result)
{
    const text::Corpus& corpus = *result.corpus;
    std::vector<bool> labels(corpus.lineCount(), false);
    const auto& units = result.scored.scores.unitOfLine(corpus);
    for (uint64_t line = 0; line < labels.size(); ++line) {
        const uint32_t unit = units[line];
        labels[line] = result.scored.verdictOfLine(line, unit) == ml::Verdict::Confirmed &&
                       unit < result.scored.decidedBy.size() &&
                       result.scored.decidedByOfLine(line, unit) != ml::DecidedBy::Model;
    }
    return labels;
}

std::optional<std::vector<bool>> labelsFromFile(const text::Corpus& corpus, const std::string& text,
                                                std::string& error)
{
    std::vector<bool> labels(corpus.lineCount(), false);
    size_t at = 0;
    while (at < text.size()) {
        while (at < text.size() && (std::isspace(static_cast<unsigned char>(text[at])) || text[at] == ','))
            ++at;
        size_t end = at;
        while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end])) && text[end] != ',')
            ++end;
        if (end == at) break;
        const std::string_view token(text.data() + at, end - at);
        at = end;
        // "N" (one file), or "FILE:N" with FILE matching the end of a source's name.
        const size_t colon = token.rfind(':');
        const std::string_view file =
            colon == std::string_view::npos ? std::string_view() : token.substr(0, colon);
        const std::string_view number = colon == std::string_view::npos ? token : token.substr(colon + 1);
        uint64_t n = 0;
        const auto [ptr, ec] = std::from_chars(number.data(), number.data() + number.size(), n);
        if (ec != std::errc() || ptr != number.data() + number.size() || n == 0) {
            error = "not a line number: " + std::string(token);
            return std::nullopt;
        }
        std::optional<size_t> source;
        if (file.empty()) {
            if (corpus.fileCount() != 1) {
                error = "with several files open, label lines as FILE:N (" + std::string(token) + ")";
                return std::nullopt;
            }
            source = 0;
        } else {
            for (size_t s = 0; s < corpus.sourceCount() && !source; ++s)
                if (corpus.beginsFile(s) && corpus.source(s).name().ends_with(file)) source = s;
            if (!source) {
                error = "no open file named " + std::string(file);
                return std::nullopt;
            }
        }
        const auto line = corpus.globalLineOf(*source, text::LineNumber{n - 1});
        if (!line) {
            error = "line " + std::string(token) + " is past the end of the file";
            return std::nullopt;
        }
        labels[*line] = true;
    }
    return labels;
}

namespace {
enum Column { Family, Precision, Recall, F1, BestF1, RocAuc, Flagged, TrainSeconds, MsPerLine, ColumnCount };
}

CompareDialog::CompareDialog(TaskRunner& runner, AnalysisResultPtr result, ml::ThresholdSpec threshold,
                             QWidget* parent)
    : QDialog(parent), m_runner(runner), m_result(std::move(result)), m_threshold(threshold),
      m_source(new QComboBox(this)), m_compare(new QPushButton(tr("&Compare"), this)),
      m_note(new QLabel(this)), m_table(new QTableWidget(0, ColumnCount, this))
{
    setWindowTitle(tr("Compare Models"));
    resize(900, 360);
    m_source->addItem(tr("Lines my true-anomaly marks decide"));
    m_source->addItem(tr("A label file of line numbers…"));
    m_table->setHorizontalHeaderLabels({tr("Family"), tr("Precision"), tr("Recall"), tr("F1"), tr("Best F1"),
                                        tr("ROC-AUC"), tr("Flagged lines"), tr("Training (s)"),
                                        tr("Scoring (ms/line)")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->setText(tr("Each family is trained on the open logs without marks and scored at the current "
                       "threshold (%1); its options are those of Analysis → Model Family.")
                        .arg(QString::fromStdString(threshold.toString())));
    connect(m_compare, &QPushButton::clicked, this, &CompareDialog::start);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Labels:"), this));
    top->addWidget(m_source, 1);
    top->addWidget(m_compare);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    layout->addWidget(close);
}

void CompareDialog::start()
{
    if (!m_result || !m_result->corpus) return;
    if (m_source->currentIndex() == 0) {
        std::vector<bool> labels = labelsFromMarks(*m_result);
        if (std::none_of(labels.begin(), labels.end(), [](bool b) { return b; })) {
            m_note->setText(
                tr("No line is decided by a true-anomaly mark yet: mark some (t) or use a label file."));
            return;
        }
        compare(std::move(labels));
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Label File"));
    if (path.isEmpty()) return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_note->setText(tr("Cannot read %1").arg(path));
        return;
    }
    std::string error;
    auto labels = labelsFromFile(*m_result->corpus, file.readAll().toStdString(), error);
    if (!labels) {
        m_note->setText(tr("Cannot use %1: %2").arg(path, QString::fromStdString(error)));
        return;
    }
    compare(std::move(*labels));
}

bool CompareDialog::compare(std::vector<bool> labels)
{
    if (!m_result || !m_result->corpus) return false;
    m_table->setRowCount(0);
    const auto positives = std::count(labels.begin(), labels.end(), true);
    m_note->setText(tr("%1 labelled anomalous line(s) of %2.").arg(positives).arg(labels.size()));
    const auto corpus = m_result->corpus;
    const auto threshold = m_threshold;
    QPointer<CompareDialog> self(this);
    const bool started = m_runner.start(
        tr("Comparing models"), [corpus, threshold, labels = std::move(labels), self](TaskContext& context) {
            std::vector<std::string> kinds;
            // A family taught by the marks would be judged on labels it learnt from.
            for (const ml::ModelFamily* family : ml::modelFamilies())
                if (!family->learnsFromMarks()) kinds.emplace_back(family->kind());
            const TaskControl control(context.cancelFlag(), [&context](const TaskProgress& p) {
                context.setProgress(std::clamp(p.fraction, 0.0, 1.0));
            });
            const auto rows = ml::compareFamilies(
                corpus, kinds, [](const std::string& kind) { return modelOptionsFromSettings(kind); },
                threshold, labels, control,
                [self](const ml::FamilyComparison& row) {
                    QMetaObject::invokeMethod(
                        self.data(),
                        [self, row] {
                            if (self) self->addRow(row);
                        },
                        Qt::QueuedConnection);
                });
            return TaskRunner::Delivery{[self, count = int(rows.size())] {
                if (self) Q_EMIT self->finished(count);
            }};
        });
    if (!started) m_note->setText(tr("Busy: wait for the running job or cancel it (Esc)."));
    m_compare->setEnabled(!started);
    if (started)
        connect(
            this, &CompareDialog::finished, m_compare, [this] { m_compare->setEnabled(true); },
            Qt::SingleShotConnection);
    return started;
}

void CompareDialog::addRow(const ml::FamilyComparison& row)
{
    const int r = m_table->rowCount();
    m_table->insertRow(r);
    const auto set = [&](int column, const QString& text) {
        m_table->setItem(r, column, new QTableWidgetItem(text));
    };
    set(Family, QString::fromStdString(row.kind));
    if (!row.error.empty()) {
        set(Precision, tr("could not train: %1").arg(QString::fromStdString(row.error)));
        return;
    }
    const auto number = [](double v) { return QString::number(v, 'f', 3); };
    set(Precision, number(row.metrics.precision));
    set(Recall, number(row.metrics.recall));
    set(F1, number(row.metrics.f1));
    set(BestF1, number(row.metrics.bestF1));
    set(RocAuc, number(row.metrics.rocAuc));
    set(Flagged, QString::number(row.flagged));
    set(TrainSeconds, QString::number(row.trainSeconds, 'f', 1));
    set(MsPerLine, QString::number(row.scoreMsPerLine, 'g', 3));
}

} // namespace logsleuth::ui
