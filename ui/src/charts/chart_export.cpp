// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include <logsleuth/ui/chart_export.h>

#include <logsleuth/ui/charts.h>

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QPixmap>

namespace logsleuth::ui {

namespace {

bool renderPng(QChart* chart, const QString& path, QString* error)
{
    QChartView view(chart); // owns the chart from here
    view.setRenderHint(QPainter::Antialiasing);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.resize(kExportWidth, kExportHeight);
    // Showing (off screen) runs the chart's layout; grab() alone would paint it unlaid-out.
    view.show();
    QApplication::processEvents();
    const QPixmap pixmap = view.grab();
    if (pixmap.isNull() || !pixmap.save(path, "PNG")) {
        if (error) *error = QObject::tr("cannot write %1").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

} // namespace

bool exportChartPngs(const ml::Histogram& histogram, double threshold, const std::vector<double>& epochLoss,
                     const QString& directory, QString* error, const ml::Histogram* suppressed)
{
    if (!qobject_cast<QApplication*>(QCoreApplication::instance())) {
        if (error) *error = QObject::tr("chart export needs a QApplication");
        return false;
    }
    const QDir dir(directory);
    if (!dir.mkpath(QStringLiteral("."))) {
        if (error) *error = QObject::tr("cannot create %1").arg(QDir::toNativeSeparators(directory));
        return false;
    }
    return renderPng(createHistogramChart(histogram, threshold, suppressed),
                     dir.filePath(QStringLiteral("histogram.png")), error) &&
           renderPng(createLossChart(epochLoss), dir.filePath(QStringLiteral("loss.png")), error);
}

} // namespace logsleuth::ui
