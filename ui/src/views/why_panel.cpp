// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include <logsleuth/ui/why_panel.h>

#include <logsleuth/ml/explain.h>
#include <logsleuth/ml/model.h>
#include <logsleuth/ml/session.h>
#include <logsleuth/text/corpus.h>
#include <logsleuth/text/header_evidence.h>

#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <exception>
#include <optional>

namespace logsleuth::ui {

namespace {

enum TokenColumn { KindColumn = 0, ShareColumn = 1, TokenColumnIndex = 2 };
// The bar's length: the token's fraction of the whole score, so a line whose score is spread
// thin reads differently from one dominated by a single token. Absent for never-seen tokens,
// which have no column in the model and so no share of the score.
constexpr int kFractionRole = Qt::UserRole + 1;
constexpr int kBarColorRole = Qt::UserRole + 2;

QString fromBytes(std::string_view bytes)
{
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
}

// Draws the share as a horizontal bar behind its number, so the largest contributors read
// at a glance without a chart.
class BarDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const QVariant fraction = index.data(kFractionRole);
        if (fraction.isValid()) {
            const double f = std::clamp(fraction.toDouble(), 0.0, 1.0);
            QRect bar = option.rect.adjusted(2, 3, -2, -3);
            bar.setWidth(std::max(1, int(bar.width() * f)));
            painter->save();
            QColor color = index.data(kBarColorRole).value<QColor>();
            color.setAlpha(150);
            painter->fillRect(bar, color);
            painter->restore();
        }
        QStyledItemDelegate::paint(painter, option, index);
    }
};

QString verdictText(ml::Verdict verdict)
{
    switch (verdict) {
    case ml::Verdict::Normal:
        return WhyPanel::tr("normal");
    case ml::Verdict::Anomaly:
        return WhyPanel::tr("anomaly");
    case ml::Verdict::Suppressed:
        return WhyPanel::tr("suppressed (marked false positive)");
    case ml::Verdict::Confirmed:
        return WhyPanel::tr("confirmed (marked true anomaly)");
    }
    return {};
}

// " (3.1σ)" relative to the training errors, empty when they have no spread.
QString sigmaText(double value, const ml::ErrorStats& stats)
{
    if (!(stats.stddev > 0) || !std::isfinite(value)) return {};
    return QStringLiteral(" (%1σ)").arg((value - stats.mean) / stats.stddev, 0, 'f', 1);
}

} // namespace

WhyPanel::WhyPanel(QWidget* parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_hint(new QLabel), m_score(new QLabel),
      m_template(new QLabel), m_tokens(new QTableWidget(0, 3))
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setEnabled(false);
    m_hint->setTextFormat(Qt::PlainText);
    m_stack->addWidget(m_hint);

    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 4, 6, 4);
    // Log text is untrusted: never let a line render as rich text.
    for (QLabel* label : {m_score, m_template}) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_score->setObjectName(QStringLiteral("whyScore"));
    QFont bold = m_score->font();
    bold.setBold(true);
    m_score->setFont(bold);
    m_score->setWordWrap(true); // what the headers, routine or level did is said after the score
    m_template->setObjectName(QStringLiteral("whyTemplate"));
    m_template->setWordWrap(true);
    layout->addWidget(m_score);
    layout->addWidget(m_template);

    m_tokens->setObjectName(QStringLiteral("whyTokens"));
    m_tokens->setHorizontalHeaderLabels({tr("Kind"), tr("Share of score"), tr("Token")});
    m_tokens->verticalHeader()->hide();
    m_tokens->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tokens->setSelectionMode(QAbstractItemView::NoSelection);
    m_tokens->setFocusPolicy(Qt::NoFocus);
    m_tokens->setShowGrid(false);
    m_tokens->setWordWrap(false);
    m_tokens->verticalHeader()->setDefaultSectionSize(m_tokens->fontMetrics().height() + 6);
    m_tokens->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    // A fixed bar column keeps bar lengths comparable between lines; tokens take the rest.
    m_tokens->horizontalHeader()->setSectionResizeMode(ShareColumn, QHeaderView::Fixed);
    m_tokens->setColumnWidth(ShareColumn, 260);
    m_tokens->horizontalHeader()->setStretchLastSection(true);
    m_tokens->setItemDelegateForColumn(ShareColumn, new BarDelegate(m_tokens));
    layout->addWidget(m_tokens, 1);
    m_stack->addWidget(page);

    refresh();
}

void WhyPanel::setResult(AnalysisResultPtr result)
{
    m_result = std::move(result);
    refresh();
}

void WhyPanel::showLine(std::optional<uint64_t> globalLine)
{
    m_line = globalLine;
    refresh();
}

QString WhyPanel::scoreText() const
{
    return m_stack->currentIndex() == 1 ? m_score->text() : QString();
}

int WhyPanel::tokenCount() const
{
    return m_stack->currentIndex() == 1 ? m_tokens->rowCount() : 0;
}

void WhyPanel::showHint(const QString& text)
{
    m_hint->setText(text);
    m_tokens->setRowCount(0);
    m_stack->setCurrentIndex(0);
}

void WhyPanel::refresh()
{
    if (!m_result || !m_result->model || !m_result->corpus) {
        showHint(tr("Train & score (Ctrl+T), then select a line to see why it scored as it did."));
        return;
    }
    const text::Corpus& corpus = *m_result->corpus;
    if (!m_line || *m_line >= corpus.lineCount()) {
        showHint(tr("Select a line to see why it scored as it did."));
        return;
    }
    const uint32_t key = corpus.messageKeys()[*m_line];
    const auto& unitOf = m_result->scored.scores.unitOfLine(corpus);
    const uint32_t unit = *m_line < unitOf.size() ? unitOf[*m_line] : UINT32_MAX;
    if (unit >= m_result->scored.size()) {
        showHint(tr("This line has no score."));
        return;
    }
    ml::Explanation why;
    try {
        why = ml::explainUnit(*m_result->model, corpus, m_result->scored.scores, unit);
    } catch (const std::exception& e) {
        showHint(tr("Cannot explain this line: %1").arg(QString::fromUtf8(e.what())));
        return;
    }

    // The table's score (from the scoring pass) is what the verdict was decided on.
    const double score = m_result->scored.scores.values[unit];
    const double threshold = m_result->scored.thresholdOf(unit);
    const ml::ErrorStats& stats = m_result->model->calibration().errors;
    const QString scoreText = std::isnan(score) ? tr("score –") : tr("score %1").arg(score, 0, 'f', 2);
    m_score->setText(
        tr("%1%2 — threshold %3%4 — %5")
            .arg(scoreText, sigmaText(score, stats))
            .arg(threshold, 0, 'f', 2)
            .arg(sigmaText(threshold, stats), verdictText(m_result->scored.verdictOfLine(*m_line, unit))));
    // The headers lifted the score: say what the text alone scored, which the shares below divide.
    if (why.headerEvidence != 0 && std::isfinite(why.score) && double(why.score) < score)
        m_score->setText(m_score->text() +
                         tr(" — the text alone scored %1").arg(double(why.score), 0, 'f', 2));
    // The level ranked it under the threshold: say so, and what the text scored.
    if (why.rankedByLevel && std::isfinite(why.score))
        m_score->setText(m_score->text() + tr(" — ranked by its level %1, above the log's usual one; "
                                              "the text alone scored %2")
                                               .arg(fromBytes(text::toString(corpus.messageSeverity(key))))
                                               .arg(double(why.score), 0, 'f', 2));
    // A directive of the log's format (#Fields: …) is no event: say why it scores 0.
    if (why.directive && std::isfinite(why.score))
        m_score->setText(m_score->text() +
                         tr(" — a line in which the log describes itself (a directive such as "
                            "#Fields:), not an event: it scores 0; the text alone scored %1")
                             .arg(double(why.score), 0, 'f', 2));
    // The training log's routine held the score: say so, and what the text scored.
    if (why.routine && std::isfinite(why.score))
        m_score->setText(m_score->text() + tr(" — routine: the training log wrote this message all along; "
                                              "the text alone scored %1")
                                               .arg(double(why.score), 0, 'f', 2));
    m_template->setText(
        tr("Template: %1").arg(fromBytes(corpus.miner().templateText(corpus.clusterOfMessage(key)))));

    const QColor unexpected(0xd0, 0x40, 0x30);
    const QColor missing(0x30, 0x70, 0xc0);
    const bool unowned = text::has(why.headerEvidence, text::HeaderEvidence::Unowned);
    const bool strays = text::has(why.headerEvidence, text::HeaderEvidence::Strays);
    const bool rareLevel = text::has(why.headerEvidence, text::HeaderEvidence::RareLevel);
    m_tokens->setRowCount(int(why.tokens.size() + why.unknownTokens.size()) + int(unowned) + int(strays) +
                          int(rareLevel));
    // Shares of the explanation's total: a window's score is a mean, a message's a sum, and som's
    // token values add up to neither (explanationTotal).
    const double total = ml::explanationTotal(why);
    int row = 0;
    auto addRow = [&](const QString& kind, std::string_view token, std::optional<float> error,
                      const QColor& color) {
        m_tokens->setItem(row, KindColumn, new QTableWidgetItem(kind));
        m_tokens->setItem(row, TokenColumnIndex, new QTableWidgetItem(fromBytes(token)));
        const double fraction = error && total > 0 ? double(*error) / total : 0.0;
        auto* share = new QTableWidgetItem(
            error ? tr("%1 (%2%)").arg(double(*error), 0, 'f', 2).arg(fraction * 100, 0, 'f', 0) : QString());
        if (error) {
            share->setData(kFractionRole, fraction);
            share->setData(kBarColorRole, color);
        }
        m_tokens->setItem(row, ShareColumn, share);
        m_tokens->item(row, KindColumn)->setForeground(color);
        ++row;
    };
    // What the headers say comes first: it flagged the line whatever its words scored.
    const QColor header(0x90, 0x30, 0x90);
    if (unowned)
        addRow(tr("header"), tr("every component logs this template alike").toStdString(), std::nullopt,
               header);
    if (strays)
        addRow(tr("header"), tr("the line does not have its file's layout").toStdString(), std::nullopt,
               header);
    if (rareLevel)
        addRow(tr("header"), tr("this template is seldom logged at this level").toStdString(), std::nullopt,
               header);
    // A never-seen token that counts adds as much as the most a known token can: it leads.
    const bool unknownCount = why.unknownTokenError > 0;
    const auto addUnknown = [&] {
        for (const std::string& token : why.unknownTokens)
            addRow(tr("never seen"), token,
                   unknownCount ? std::optional<float>(why.unknownTokenError) : std::nullopt,
                   unknownCount ? unexpected : QColor(0x80, 0x80, 0x80));
    };
    if (unknownCount) addUnknown();
    for (const ml::TokenContribution& t : why.tokens)
        addRow(t.present ? tr("unexpected") : tr("missing"), t.token, t.error,
               t.present ? unexpected : missing);
    if (!unknownCount) addUnknown();
    m_stack->setCurrentIndex(1);
}

} // namespace logsleuth::ui
