// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include <logsleuth/ui/filter_bar.h>

#include <logsleuth/text/corpus.h>
#include <logsleuth/text/time_scan.h>

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QSettings>

namespace logsleuth::ui {

namespace {

const auto kLevelKey = QStringLiteral("filters/minLevel");
const auto kAnomaliesOnlyKey = QStringLiteral("filters/anomaliesOnly");
const auto kHideSuppressedKey = QStringLiteral("filters/hideSuppressed");

QString fromBytes(std::string_view bytes, qsizetype max = 60)
{
    QString text = QString::fromUtf8(bytes.data(), qsizetype(std::min<size_t>(bytes.size(), 4096)));
    if (text.size() > max) text = text.left(max - 1) + QChar(0x2026);
    return text;
}

QString timeText(int64_t ms)
{
    char iso[32];
    const std::string_view time = text::formatIsoUtc(ms, iso);
    return QString::fromLatin1(time.data(), qsizetype(time.size()));
}

} // namespace

FilterBar::FilterBar(QWidget* parent) : QToolBar(tr("Filters"), parent)
{
    setObjectName(QStringLiteral("filterToolBar"));
    setMovable(false);
    setToolButtonStyle(Qt::ToolButtonTextOnly);

    addWidget(new QLabel(tr("Level:"), this));
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("levelFilter"));
    m_level->addItem(tr("All levels"), int(text::Severity::Unknown));
    for (const text::Severity severity :
         {text::Severity::Debug, text::Severity::Info, text::Severity::Notice, text::Severity::Warning,
          text::Severity::Error, text::Severity::Fatal}) {
        const std::string_view name = text::toString(severity);
        m_level->addItem(tr("%1 or worse").arg(QString::fromLatin1(name.data(), qsizetype(name.size()))),
                         int(severity));
    }
    addWidget(m_level);

    const auto checkable = [this](const QString& text, const QString& tip) {
        auto* action = addAction(text);
        action->setCheckable(true);
        action->setStatusTip(tip);
        action->setToolTip(tip);
        return action;
    };
    m_anomaliesOnly =
        checkable(tr("Anomalies only"), tr("Show only the lines above the threshold or marked true"));
    m_anomaliesOnly->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_hideSuppressed = checkable(tr("Hide suppressed"), tr("Hide the lines marked as false positives"));
    m_hideSuppressed->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_searchHitsOnly = checkable(tr("Search hits only"), tr("Show only the lines the last search matched"));
    m_searchHitsOnly->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_searchHitsOnly->setEnabled(false);
    addSeparator();
    m_restrictionLabel = new QLabel(this);
    m_restrictionLabel->setObjectName(QStringLiteral("restrictionLabel"));
    m_restrictionLabel->setTextFormat(Qt::PlainText); // template text may look like markup
    addWidget(m_restrictionLabel);
    m_clear = addAction(tr("Clear filters"));
    m_clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_clear->setStatusTip(tr("Show every line again"));
    connect(m_clear, &QAction::triggered, this, [this] {
        // One filter change, not one per switch: each would filter every line again.
        m_holdRebuild = true;
        m_level->setCurrentIndex(0);
        m_anomaliesOnly->setChecked(false);
        m_hideSuppressed->setChecked(false);
        m_searchHitsOnly->setChecked(false);
        m_holdRebuild = false;
        clearRestrictions();
    });

    QSettings settings;
    const int level = m_level->findData(settings.value(kLevelKey, 0).toInt());
    m_level->setCurrentIndex(std::max(level, 0));
    m_anomaliesOnly->setChecked(settings.value(kAnomaliesOnlyKey, false).toBool());
    m_hideSuppressed->setChecked(settings.value(kHideSuppressedKey, false).toBool());

    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(kLevelKey, m_level->currentData());
        rebuild();
    });
    connect(m_anomaliesOnly, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(kAnomaliesOnlyKey, on);
        rebuild();
    });
    connect(m_hideSuppressed, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(kHideSuppressedKey, on);
        rebuild();
    });
    connect(m_searchHitsOnly, &QAction::toggled, this, &FilterBar::rebuild);
    rebuild();
}

void FilterBar::setCorpus(std::shared_ptr<const text::Corpus> corpus)
{
    m_corpus = std::move(corpus);
    m_restrictions = RowFilter{};
    m_hits.reset();
    m_searchHitsOnly->setChecked(false);
    m_searchHitsOnly->setEnabled(false);
    rebuild();
}

void FilterBar::setSearchHits(std::shared_ptr<const std::vector<uint64_t>> hits)
{
    m_hits = std::move(hits);
    m_searchHitsOnly->setEnabled(m_hits != nullptr);
    if (!m_hits) m_searchHitsOnly->setChecked(false);
    rebuild();
}

void FilterBar::restrictToTemplate(uint32_t cluster)
{
    m_restrictions.cluster = cluster;
    rebuild();
}

void FilterBar::restrictToComponent(uint32_t componentId)
{
    m_restrictions.componentId = componentId;
    rebuild();
}

void FilterBar::restrictToEntity(uint32_t entityId)
{
    m_restrictions.entityId = entityId;
    rebuild();
}

void FilterBar::restrictToTime(int64_t since, int64_t until)
{
    m_restrictions.since = since;
    m_restrictions.until = until;
    rebuild();
}

void FilterBar::clearRestrictions()
{
    m_restrictions = RowFilter{};
    rebuild();
}

QString FilterBar::restrictionText() const
{
    if (!m_corpus) return {};
    QStringList parts;
    const auto& records = m_corpus->records();
    if (m_restrictions.cluster && *m_restrictions.cluster < m_corpus->miner().clusterCount())
        parts.append(
            tr("Template: %1").arg(fromBytes(m_corpus->miner().templateText(*m_restrictions.cluster))));
    if (m_restrictions.componentId != 0 && m_restrictions.componentId < records.stringCount())
        parts.append(tr("Component: %1").arg(fromBytes(records.stringText(m_restrictions.componentId))));
    if (m_restrictions.entityId != 0 && m_restrictions.entityId < records.stringCount())
        parts.append(tr("Entity: %1").arg(fromBytes(records.stringText(m_restrictions.entityId))));
    if (m_restrictions.since != text::kNoTime || m_restrictions.until != text::kNoTime)
        parts.append(
            tr("Time: %1 – %2")
                .arg(m_restrictions.since == text::kNoTime ? QString() : timeText(m_restrictions.since),
                     m_restrictions.until == text::kNoTime ? QString() : timeText(m_restrictions.until)));
    return parts.join(QStringLiteral(" · "));
}

void FilterBar::rebuild()
{
    if (m_holdRebuild) return;
    RowFilter filter = m_restrictions;
    filter.minSeverity = text::Severity(m_level->currentData().toInt());
    filter.anomaliesOnly = m_anomaliesOnly->isChecked();
    filter.hideSuppressed = m_hideSuppressed->isChecked();
    if (m_searchHitsOnly->isChecked() && m_hits) filter.onlyLines = m_hits;
    const bool changed = !(filter == m_filter);
    m_filter = std::move(filter);
    const QString restriction = restrictionText();
    m_restrictionLabel->setText(restriction);
    m_clear->setEnabled(m_filter.isActive());
    // Filtering a million lines again for nothing would cost a layout change of the table.
    if (changed) Q_EMIT filterChanged();
}

} // namespace logsleuth::ui
