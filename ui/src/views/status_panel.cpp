// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include <logsleuth/ui/status_panel.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace logsleuth::ui {

namespace {
constexpr int kProgressSteps = 1000;
}

StatusPanel::StatusPanel(QAction* cancelAction, QWidget* parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_phase(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_cancel(new QToolButton(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_phase);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    m_summary->setTextFormat(Qt::PlainText);
    m_phase->setTextFormat(Qt::PlainText);
    m_progress->setRange(0, kProgressSteps);
    m_progress->setFixedWidth(220);
    m_progress->setTextVisible(true);
    m_cancel->setDefaultAction(cancelAction);
    m_cancel->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancel->setAutoRaise(true);
    setBusy(false);
}

void StatusPanel::setSummary(const QString& text)
{
    m_summaryText = text;
    if (m_message.isEmpty()) m_summary->setText(text);
}

QString StatusPanel::text() const
{
    return m_summary->text();
}

void StatusPanel::setMessage(const QString& text)
{
    m_message = text;
    m_summary->setText(text.isEmpty() ? m_summaryText : text);
}

void StatusPanel::setBusy(bool busy)
{
    m_summary->setVisible(!busy);
    m_phase->setVisible(busy);
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    if (!busy) m_phase->clear();
}

void StatusPanel::setProgress(const QString& text, double fraction)
{
    m_phase->setText(text);
    if (fraction < 0 || !std::isfinite(fraction)) {
        m_progress->setRange(0, 0); // busy indicator
    } else {
        m_progress->setRange(0, kProgressSteps);
        m_progress->setValue(int(std::lround(std::clamp(fraction, 0.0, 1.0) * kProgressSteps)));
    }
}

} // namespace logsleuth::ui
