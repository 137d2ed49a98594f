// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include <logsleuth/ui/chart_export.h>

#include <logsleuth/ui/charts.h>

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPixmap>

#include <functional>
#ifdef LOGSLEUTH_HAVE_SVG
#include <QSvgGenerator>
#endif

namespace logsleuth::ui {

bool svgExportAvailable()
{
#ifdef LOGSLEUTH_HAVE_SVG
    return true;
#else
    return false;
#endif
}

bool saveChartView(QChartView& view, const QString& path, QString* error)
{
    const auto fail = [&](const QString& why) {
        if (error) *error = why;
        return false;
    };
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg")) {
#ifdef LOGSLEUTH_HAVE_SVG
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(view.size());
        svg.setViewBox(QRect(QPoint(0, 0), view.size()));
        if (view.chart()) svg.setTitle(view.chart()->title());
        QPainter painter;
        if (!painter.begin(&svg))
            return fail(QObject::tr("cannot write %1").arg(QDir::toNativeSeparators(path)));
        view.render(&painter);
        painter.end();
        if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
            return fail(QObject::tr("cannot write %1").arg(QDir::toNativeSeparators(path)));
        return true;
#else
        return fail(QObject::tr("this build cannot write SVG (it lacks Qt Svg)"));
#endif
    }
    const QPixmap pixmap = view.grab();
    if (pixmap.isNull() || !pixmap.save(path, "PNG"))
        return fail(QObject::tr("cannot write %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool exportChart(QChart* chart, const QString& path, QString* error)
{
    if (!qobject_cast<QApplication*>(QCoreApplication::instance())) {
        delete chart;
        if (error) *error = QObject::tr("chart export needs a QApplication");
        return false;
    }
    QChartView view(chart); // owns the chart from here
    view.setRenderHint(QPainter::Antialiasing);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.resize(kExportWidth, kExportHeight);
    // Showing (off screen) runs the chart's layout; rendering alone would paint it unlaid-out.
    view.show();
    QApplication::processEvents();
    return saveChartView(view, path, error);
}

QStringList exportCharts(const ChartData& data, const QString& directory, QString* error)
{
    QStringList written;
    const QDir dir(directory);
    if (!dir.mkpath(QStringLiteral("."))) {
        if (error) *error = QObject::tr("cannot create %1").arg(QDir::toNativeSeparators(directory));
        return written;
    }
    QStringList suffixes{QStringLiteral("png")};
    if (svgExportAvailable()) suffixes.append(QStringLiteral("svg"));
    const auto one = [&](const QString& name, const std::function<QChart*()>& make) {
        for (const QString& suffix : suffixes) {
            const QString path = dir.filePath(name + QLatin1Char('.') + suffix);
            if (!exportChart(make(), path, error)) return false;
            written.append(path);
        }
        return true;
    };
    const ml::Histogram* suppressed = data.suppressed.counts.empty() ? nullptr : &data.suppressed;
    if (!one(QStringLiteral("histogram"), [&] {
            return createHistogramChart(data.histogram, data.threshold, suppressed, data.scoreMeaning);
        }))
        return written;
    if (!one(QStringLiteral("loss"),
             [&] { return createLossChart(data.epochLoss, data.validationLoss, data.lossMeaning); }))
        return written;
    if (!one(QStringLiteral("kde"), [&] { return createKdeChart(data.kde, data.threshold); })) return written;
    if (data.timeline.bucketMs > 0)
        one(QStringLiteral("timeline"), [&] { return createTimelineChart(data.timeline); });
    return written;
}

} // namespace logsleuth::ui
