// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "cli_charts.h"

#include "cli_output.h"
#include "logsleuth/ui/chart_export.h"

#include <QApplication>
#include <QDir>

#include <cstdio>
#include <stdexcept>

namespace logsleuth::cli {

namespace {

// The offscreen platform warns about window hints it cannot honour; for a CLI that renders
// two images that is noise on stderr, so only that message is dropped.
void quietOffscreenHints(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QLatin1String("propagateSizeHints"))) return;
    std::fputs(qFormatLogMessage(type, context, message).toLocal8Bit().append('\n').constData(), stderr);
}

} // namespace

void writeChartPngs(const std::string& directory, const ml::Histogram& histogram,
                    const ml::Histogram& suppressed, double threshold, const std::vector<double>& epochLoss)
{
    // The only QApplication the CLI ever makes: charts render with the offscreen platform,
    // so this works on a machine without a display.
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    int argc = 1;
    char name[] = "logsleuth-cli";
    char* argv[] = {name, nullptr};
    qInstallMessageHandler(quietOffscreenHints);
    QApplication app(argc, argv);
    const QString dir = QString::fromStdString(directory);
    if (!QDir().mkpath(dir)) throw std::runtime_error("cannot create " + directory);
    QString error;
    if (!ui::exportChartPngs(histogram, threshold, epochLoss, dir, &error,
                             suppressed.counts.empty() ? nullptr : &suppressed))
        throw std::runtime_error("cannot render charts: " + error.toStdString());
    warn("wrote " + directory + "/histogram.png and " + directory + "/loss.png");
}

} // namespace logsleuth::cli
