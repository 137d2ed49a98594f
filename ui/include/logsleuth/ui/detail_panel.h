// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The current line in full: its record's fields, the whole record (a stack trace with its
// frames), its template, and the lines around it. Plain text only, wrapped: a long or
// HTML-looking line reads as it is.
#pragma once

#include <QWidget>

#include <cstdint>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QPlainTextEdit;
QT_END_NAMESPACE

namespace logsleuth::text {
class Corpus;
}

namespace logsleuth::ui {

class DetailPanel : public QWidget {
    Q_OBJECT
public:
    explicit DetailPanel(QWidget* parent = nullptr);

    void setCorpus(std::shared_ptr<const text::Corpus> corpus);
    void showLine(std::optional<uint64_t> globalLine);

    QString text() const; // what the panel shows (test hook)

private:
    std::shared_ptr<const text::Corpus> m_corpus;
    QPlainTextEdit* m_text;
};

} // namespace logsleuth::ui
