// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include <logsleuth/ui/pattern_mark_dialog.h>

#include <logsleuth/text/search.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace logsleuth::ui {

PatternMarkDialog::PatternMarkDialog(const QString& suggestion, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Mark Lines Matching"));
    auto* form = new QFormLayout;
    m_pattern = new QLineEdit(suggestion, this);
    m_pattern->setObjectName(QStringLiteral("pattern"));
    m_pattern->setMinimumWidth(520);
    m_pattern->setToolTip(tr("A regular expression (RE2 syntax), matched anywhere in the line"));
    form->addRow(tr("&Pattern:"), m_pattern);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("False positive: suppress them"), int(store::MarkKind::FalsePositive));
    m_kind->addItem(tr("True anomaly: always flag them"), int(store::MarkKind::TruePositive));
    form->addRow(tr("&Mark as:"), m_kind);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Every line the pattern matches, in these files and in every file opened "
                                "later, takes this mark. Lines marked more narrowly (this line, its "
                                "message, its template) keep their own."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_pattern, &QLineEdit::textChanged, this, &PatternMarkDialog::check);
    check();
}

QString PatternMarkDialog::pattern() const
{
    return m_pattern->text();
}

store::MarkKind PatternMarkDialog::kind() const
{
    return store::MarkKind(m_kind->currentData().toInt());
}

void PatternMarkDialog::setKind(store::MarkKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void PatternMarkDialog::setPattern(const QString& pattern)
{
    m_pattern->setText(pattern);
}

QString PatternMarkDialog::why() const
{
    return m_error->text();
}

QString PatternMarkDialog::escaped(const QString& text)
{
    static const QString special = QStringLiteral("\\.^$|?*+()[]{}");
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (special.contains(c)) out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

void PatternMarkDialog::check()
{
    std::string error;
    text::SearchQuery query;
    query.pattern = m_pattern->text().toStdString();
    m_valid = !query.pattern.empty() && text::Search::create(query, error) != nullptr;
    m_error->setText(query.pattern.empty() ? tr("Type the pattern the lines must match.")
                     : m_valid             ? QString()
                               : tr("Not a valid pattern: %1").arg(QString::fromStdString(error)));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid);
}

} // namespace logsleuth::ui
