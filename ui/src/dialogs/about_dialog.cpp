// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include <logsleuth/ui/about_dialog.h>

#include <logsleuth/ui/resources.h>

#include <QCoreApplication>
#include <QMessageBox>
#include <QtVersion>

namespace logsleuth::ui {

void showAboutDialog(QWidget* parent)
{
    QString version = QCoreApplication::applicationVersion();
    if (version.isEmpty()) version = libraryVersion();
    auto* box = new QMessageBox(parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(QObject::tr("About LogSleuth"));
    box->setIconPixmap(appIcon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(QObject::tr("<h3>LogSleuth %1</h3>"
                             "<p>Log investigation with learned anomaly scores.</p>")
                     .arg(version.toHtmlEscaped()));
    box->setInformativeText(QObject::tr("Licensed under the GNU GPL, version 3 or later.\n"
                                        "Built with Qt %1 (running on %2) and LibTorch.")
                                .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

} // namespace logsleuth::ui
