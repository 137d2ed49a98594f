// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include <logsleuth/ui/marks_dialog.h>

#include <logsleuth/ui/mark_controller.h>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace logsleuth::ui {

namespace {

enum Column { When, Kind, Scope, What, Where, Analyst, Note, ColumnCount };

QString fromStd(const std::string& text, qsizetype max = 200)
{
    QString s = QString::fromUtf8(text.data(), qsizetype(std::min<size_t>(text.size(), 4096)));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s.size() > max ? s.left(max - 1) + QChar(0x2026) : s;
}

// What a mark matches, in the words of its scope.
QString whatOf(const store::Mark& mark)
{
    switch (mark.scope) {
    case store::MarkScope::Regex:
        return fromStd(mark.pattern);
    case store::MarkScope::Template:
        return fromStd(mark.templateText);
    case store::MarkScope::Line:
        return fromStd(mark.rawLine);
    case store::MarkScope::Message:
        break;
    }
    return fromStd(mark.maskedMessage);
}

} // namespace

MarksDialog::MarksDialog(MarkController& marks, QWidget* parent)
    : QDialog(parent), m_marks(marks), m_analyst(new QLineEdit(this)),
      m_showUndone(new QCheckBox(tr("Show undone marks"), this)),
      m_table(new QTableWidget(0, ColumnCount, this)), m_undo(new QPushButton(tr("&Undo Mark"), this)),
      m_restore(new QPushButton(tr("&Restore Mark"), this))
{
    setWindowTitle(tr("Marks"));
    resize(1000, 520);
    m_analyst->setObjectName(QStringLiteral("analystEdit"));
    m_analyst->setText(marks.analyst());
    m_analyst->setPlaceholderText(tr("empty: your user name"));
    connect(m_analyst, &QLineEdit::editingFinished, this, [this] { m_marks.setAnalyst(m_analyst->text()); });
    m_showUndone->setChecked(true);
    connect(m_showUndone, &QCheckBox::toggled, this, &MarksDialog::reload);

    m_table->setHorizontalHeaderLabels({tr("When (UTC)"), tr("Mark"), tr("Scope"), tr("Matches"), tr("Where"),
                                        tr("Analyst"), tr("Comment")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(What, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MarksDialog::updateButtons);

    m_undo->setToolTip(tr("Take the mark back; it stays in the store as history"));
    m_restore->setToolTip(tr("Make an undone mark count again"));
    connect(m_undo, &QPushButton::clicked, this, [this] {
        if (const store::Mark* mark = selectedMark(); mark && m_marks.undoMark(mark->uuid)) {
            reload();
            Q_EMIT marksEdited();
        }
    });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (const store::Mark* mark = selectedMark(); mark && m_marks.restoreMark(mark->uuid)) {
            reload();
            Q_EMIT marksEdited();
        }
    });

    auto* form = new QFormLayout;
    form->addRow(tr("New marks are by:"), m_analyst);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_showUndone);
    buttons->addStretch(1);
    buttons->addWidget(m_undo);
    buttons->addWidget(m_restore);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    reload();
}

void MarksDialog::reload()
{
    std::vector<store::Mark> all = m_marks.history();
    std::reverse(all.begin(), all.end()); // newest first
    m_shown.clear();
    for (store::Mark& mark : all)
        if (m_showUndone->isChecked() || mark.deletedAt.empty()) m_shown.push_back(std::move(mark));
    m_table->setRowCount(int(m_shown.size()));
    for (int row = 0; row < int(m_shown.size()); ++row) {
        const store::Mark& mark = m_shown[size_t(row)];
        const bool undone = !mark.deletedAt.empty();
        const QString kind =
            mark.kind == store::MarkKind::FalsePositive ? tr("false positive") : tr("true anomaly");
        const QString cells[ColumnCount] = {
            fromStd(mark.createdAt).replace(QLatin1Char('T'), QLatin1Char(' ')),
            undone ? tr("%1 (undone)").arg(kind) : kind,
            // A message or template mark reaches its line's level only: say which.
            fromStd(std::string(store::toString(mark.scope))) +
                (mark.severity && !mark.severity->empty() &&
                         (mark.scope == store::MarkScope::Message || mark.scope == store::MarkScope::Template)
                     ? QStringLiteral(" · ") + fromStd(*mark.severity)
                     : QString()),
            whatOf(mark),
            mark.source.empty() ? QString()
                                : QStringLiteral("%1:%2").arg(fromStd(mark.source)).arg(mark.lineNumber),
            fromStd(mark.analyst),
            fromStd(mark.note),
        };
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (undone) item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(What, QHeaderView::Stretch);
    updateButtons();
}

const store::Mark* MarksDialog::selectedMark() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= int(m_shown.size())) return nullptr;
    return &m_shown[size_t(rows.first().row())];
}

void MarksDialog::updateButtons()
{
    const store::Mark* mark = selectedMark();
    // A mark this session could not store has no UUID in the store: nothing to undo there.
    m_undo->setEnabled(mark && mark->deletedAt.empty() && !mark->uuid.empty());
    m_restore->setEnabled(mark && !mark->deletedAt.empty());
}

} // namespace logsleuth::ui
