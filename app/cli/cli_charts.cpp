// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "cli_charts.h"

#include "logsleuth/ui/chart_export.h"

#include <QApplication>

#include <cstdio>
#include <stdexcept>

namespace logsleuth::cli {

namespace {

// The offscreen platform warns about window hints it cannot honour; for a CLI that renders
// a few images that is noise on stderr, so only that message is dropped.
void quietOffscreenHints(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QLatin1String("propagateSizeHints"))) return;
    std::fputs(qFormatLogMessage(type, context, message).toLocal8Bit().append('\n').constData(), stderr);
}

} // namespace

bool chartImagesAvailable()
{
    return true;
}

std::vector<std::string> writeChartImages(const std::string& directory, const ChartInputs& inputs)
{
    // The only QApplication the CLI ever makes: charts render with the offscreen platform,
    // so this works on a machine without a display.
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    int argc = 1;
    char name[] = "logsleuth-cli";
    char* argv[] = {name, nullptr};
    qInstallMessageHandler(quietOffscreenHints);
    QApplication app(argc, argv);
    ui::ChartData data;
    data.histogram = inputs.histogram;
    data.suppressed = inputs.suppressed;
    data.threshold = inputs.threshold;
    data.epochLoss = inputs.epochLoss;
    data.validationLoss = inputs.validationLoss;
    data.lossMeaning = QString::fromStdString(inputs.lossMeaning);
    data.scoreMeaning = QString::fromStdString(inputs.scoreMeaning);
    data.kde = inputs.kde;
    data.timeline = inputs.timeline;
    QString error;
    const QStringList written = ui::exportCharts(data, QString::fromStdString(directory), &error);
    if (!error.isEmpty()) throw std::runtime_error("cannot render charts: " + error.toStdString());
    std::vector<std::string> files;
    for (const QString& path : written)
        files.push_back(path.toStdString());
    return files;
}

} // namespace logsleuth::cli
