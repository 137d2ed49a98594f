// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The chart builders and the headless PNG/SVG export the CLI uses.
#include <logsleuth/ml/histogram.h>
#include <logsleuth/ml/kde.h>
#include <logsleuth/ml/timeline.h>
#include <logsleuth/text/record_columns.h>
#include <logsleuth/ui/chart_export.h>
#include <logsleuth/ui/charts.h>

#include <QAbstractSeries>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QFileInfo>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace logsleuth;

namespace {

ml::Histogram sampleHistogram()
{
    std::vector<float> values;
    std::vector<uint64_t> weights;
    for (int i = 0; i < 200; ++i) {
        values.push_back(float(i % 20) * 0.1f);
        weights.push_back(uint64_t(1 + (i % 7) * 50));
    }
    values.push_back(9.5f);
    weights.push_back(2);
    return ml::histogramOf(values, weights, 50);
}

// A tick step people read: 1, 2, 2.5 or 5 times a power of ten.
bool isRoundStep(double step)
{
    if (!(step > 0)) return false;
    const double mantissa = step / std::pow(10.0, std::floor(std::log10(step) + 1e-9));
    for (double round : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (std::abs(mantissa - round) < 1e-6) return true;
    return false;
}

QAbstractSeries* seriesNamed(QChart* chart, const char* name)
{
    for (QAbstractSeries* s : chart->series())
        if (s->objectName() == QLatin1String(name)) return s;
    return nullptr;
}

} // namespace

class TestChartExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void histogramChart_data()
    {
        QTest::addColumn<double>("threshold");
        QTest::addColumn<bool>("tail");
        QTest::newRow("inside") << 5.0 << true;
        QTest::newRow("above everything") << 20.0 << false;
        QTest::newRow("near zero") << 0.05 << true;
    }

    void histogramChart()
    {
        QFETCH(double, threshold);
        QFETCH(bool, tail);
        std::unique_ptr<QChart> chart(ui::createHistogramChart(sampleHistogram(), threshold));
        auto* bulk = qobject_cast<QAreaSeries*>(seriesNamed(chart.get(), ui::kHistogramSeriesName));
        QVERIFY(bulk);
        QVERIFY(bulk->upperSeries()->count() > 0);
        QCOMPARE(seriesNamed(chart.get(), ui::kAboveThresholdSeriesName) != nullptr, tail);
        auto* line = qobject_cast<QLineSeries*>(seriesNamed(chart.get(), ui::kThresholdSeriesName));
        QVERIFY(line);
        QCOMPARE(line->count(), 2);
        QCOMPARE(line->at(0).x(), threshold);
        // The threshold is in view, and an axis of scores never starts below zero.
        auto* axisX = qobject_cast<QValueAxis*>(chart->axes(Qt::Horizontal).value(0));
        QVERIFY(axisX);
        QVERIFY(axisX->min() <= threshold && threshold <= axisX->max());
        QVERIFY2(axisX->min() >= 0, qPrintable(QString::number(axisX->min())));
        QVERIFY2(isRoundStep((axisX->max() - axisX->min()) / (axisX->tickCount() - 1)),
                 qPrintable(QString::number(axisX->max())));
    }

    // A bin holding one line must show: on the log axis it rises half a decade above the floor.
    void oneLineBinIsVisible()
    {
        std::vector<float> values(500, 1.0f);
        values.push_back(9.0f); // the lone anomaly
        const ml::Histogram histogram = ml::histogramOf(values, {}, 40);
        std::unique_ptr<QChart> chart(ui::createHistogramChart(histogram, 5.0));
        auto* red = qobject_cast<QAreaSeries*>(seriesNamed(chart.get(), ui::kAboveThresholdSeriesName));
        QVERIFY(red);
        double peak = 0;
        for (const QPointF& p : red->upperSeries()->points())
            peak = std::max(peak, p.y());
        QCOMPARE(peak, 1.0);
        const auto axes = chart->axes(Qt::Vertical);
        QCOMPARE(axes.size(), 1);
        auto* axis = qobject_cast<QLogValueAxis*>(axes.first());
        QVERIFY(axis);
        qInfo("one line rises %.2f decades above the axis floor", std::log10(peak / axis->min()));
        QVERIFY(std::log10(peak / axis->min()) >= 0.5);
    }

    void suppressedSeries()
    {
        // The line at 9.5 (weight 2) is a false positive: grey, and out of the red tail.
        std::vector<float> values;
        std::vector<uint64_t> weights;
        for (int i = 0; i < 200; ++i) {
            values.push_back(float(i % 20) * 0.1f);
            weights.push_back(0);
        }
        values.push_back(9.5f);
        weights.push_back(2);
        const ml::Histogram suppressed = ml::histogramOf(values, weights, 50);
        std::unique_ptr<QChart> chart(ui::createHistogramChart(sampleHistogram(), 5.0, &suppressed));
        auto* grey = qobject_cast<QAreaSeries*>(seriesNamed(chart.get(), ui::kSuppressedSeriesName));
        QVERIFY(grey);
        double peak = 0;
        for (const QPointF& p : grey->upperSeries()->points())
            peak = std::max(peak, p.y());
        QCOMPARE(peak, 2.0);
        auto* red = qobject_cast<QAreaSeries*>(seriesNamed(chart.get(), ui::kAboveThresholdSeriesName));
        QVERIFY(red);
        for (const QPointF& p : red->upperSeries()->points())
            QVERIFY(p.y() < 1.0); // only the log floor is left
        // Without suppressed lines there is no grey series.
        std::unique_ptr<QChart> plain(ui::createHistogramChart(sampleHistogram(), 5.0));
        QVERIFY(!seriesNamed(plain.get(), ui::kSuppressedSeriesName));
    }

    // The window family's flagged windows are full-height bands behind the counts, listed in the
    // legend only when there are any; the count axes ignore them.
    void timelineBands()
    {
        std::vector<int64_t> times;
        for (int64_t t = 0; t < 3'600'000; t += 1000)
            times.push_back(t);
        ml::Timeline timeline = ml::timelineOf(times, {}, 60);
        timeline.bands = {{600'000, 900'000}, {1'800'000, 2'100'000}};
        QChartView view(ui::createTimelineChart(timeline)); // a legend marker shows in a shown chart only
        view.resize(800, 400);
        view.show();
        QChart* chart = view.chart();
        auto* bands = qobject_cast<QAreaSeries*>(seriesNamed(chart, ui::kTimelineBandsSeriesName));
        QVERIFY(bands);
        QCOMPARE(chart->series().indexOf(bands), 0); // drawn first, under the counts
        const QList<QPointF> outline = bands->upperSeries()->points();
        QCOMPARE(outline.size(), 8);
        QCOMPARE(outline[1], QPointF(600'000, 1));
        QCOMPARE(outline[2], QPointF(900'000, 1));
        QCOMPARE(outline[7], QPointF(2'100'000, 0));
        QVERIFY(chart->legend()->markers(bands).value(0)->isVisible());
        // The lines axis still fits the counts (60 a minute), not the bands' 0..1.
        for (QAbstractAxis* axis : chart->axes(Qt::Vertical, bands)) {
            auto* values = qobject_cast<QValueAxis*>(axis);
            QVERIFY(values && !values->isVisible());
        }
        auto* lines = qobject_cast<QAreaSeries*>(seriesNamed(chart, ui::kTimelineLinesSeriesName));
        auto* linesAxis = qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical, lines).value(0));
        QVERIFY(linesAxis && linesAxis->max() >= 60);
        QCOMPARE(linesAxis->tickType(), QValueAxis::TicksFixed);
        // No anomalies: the anomaly axis counts whole lines, a tick per count (it read "0 0 1 1",
        // fractions printed as integers).
        auto* anomalies = seriesNamed(chart, ui::kTimelineAnomaliesSeriesName);
        auto* anomalyAxis = qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical, anomalies).value(0));
        QVERIFY(anomalyAxis);
        QCOMPARE(anomalyAxis->tickType(), QValueAxis::TicksDynamic);
        QCOMPARE(anomalyAxis->tickInterval(), 1.0);
        QCOMPARE(anomalyAxis->max(), std::ceil(anomalyAxis->max()));

        timeline.bands.clear();
        ui::updateTimelineChart(chart, timeline);
        QCOMPARE(bands->upperSeries()->count(), 0);
        QVERIFY(!chart->legend()->markers(bands).value(0)->isVisible());
    }

    // The time axis ticks on round times: an hour's log read "10:10:45, 10:21:30" before.
    void niceTimeTicks_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<int>("offset");
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("step");
        QTest::addColumn<int>("intervals");
        QTest::addColumn<QString>("format");
        constexpr qint64 s = 1000, m = 60 * s, h = 60 * m, d = 24 * h;
        const qint64 day = 20'423 * d; // 2025-12-01T00:00Z, a Monday
        QTest::newRow("an hour and a bit") << day + 10 * h << day + 11 * h + 4 * m + 30 * s << 0
                                           << day + 10 * h << 10 * m << 7 << QStringLiteral("MM-dd HH:mm");
        QTest::newRow("twelve seconds")
            << day + 1500 << day + 13 * s + 200 << 0 << day << 2 * s << 7 << QStringLiteral("HH:mm:ss");
        QTest::newRow("a quarter second")
            << day + 10 << day + 260 << 0 << day << qint64(50) << 6 << QStringLiteral("HH:mm:ss.zzz");
        QTest::newRow("three days") << day + 5 * h << day + 3 * d + 2 * h << 0 << day << 12 * h << 7
                                    << QStringLiteral("MM-dd HH:mm");
        QTest::newRow("two months") << day << day + 61 * d << 0 << day - 7 * d << 14 * d << 5
                                    << QStringLiteral("yyyy-MM-dd");
        // Hours start on the local hour: India is 5 h 30 min east of UTC.
        QTest::newRow("India, seven hours") << day + 10 * h << day + 17 * h << 19'800 << day + 9 * h + 30 * m
                                            << h << 8 << QStringLiteral("MM-dd HH:mm");
        QTest::newRow("one instant") << day + 7 << day + 7 << 0 << day + 7 << qint64(1) << 1
                                     << QStringLiteral("HH:mm:ss.zzz");
    }

    void niceTimeTicks()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(int, offset);
        const ui::TimeTicks ticks = ui::niceTimeTicks(from, to, offset);
        QFETCH(qint64, start);
        QFETCH(qint64, step);
        QCOMPARE(qint64(ticks.startMs), start);
        QCOMPARE(qint64(ticks.stepMs), step);
        QTEST(ticks.intervals, "intervals");
        QTEST(ticks.format, "format");
        QCOMPARE(ticks.endMs, ticks.startMs + ticks.intervals * ticks.stepMs);
        QVERIFY(ticks.startMs <= from && ticks.endMs >= to);
        QVERIFY(ticks.intervals <= 8);
    }

    void lossChart()
    {
        std::unique_ptr<QChart> chart(ui::createLossChart({3.0, 2.0, 1.5, 1.4}));
        auto* loss = qobject_cast<QLineSeries*>(seriesNamed(chart.get(), ui::kLossSeriesName));
        QVERIFY(loss);
        QCOMPARE(loss->count(), 4);
        QCOMPARE(loss->at(3), QPointF(4, 1.4));
        // The epoch axis says what the family's loss measures: the VAE's note was shown for every
        // family, som's Word2Vec loss included.
        auto* epochs = qobject_cast<QValueAxis*>(chart->axes(Qt::Horizontal).value(0));
        QVERIFY(epochs);
        QCOMPARE(epochs->titleText(), QStringLiteral("epoch"));
        std::unique_ptr<QChart> som(ui::createLossChart({3.0, 2.0}, {}, ui::lossMeaningOf("som")));
        const QString title = qobject_cast<QValueAxis*>(som->axes(Qt::Horizontal).value(0))->titleText();
        QVERIFY2(title.contains(QStringLiteral("Word2Vec")) && !title.contains(QStringLiteral("KL")),
                 qPrintable(title));
        QVERIFY(ui::lossMeaningOf("vae").contains(QStringLiteral("KL")));
        QVERIFY(ui::lossMeaningOf("no-such-family").isEmpty());
        // The histogram's score axis likewise: som's score is no reconstruction error.
        std::unique_ptr<QChart> histogram(
            ui::createHistogramChart(sampleHistogram(), 5.0, nullptr, ui::scoreMeaningOf("som")));
        const QString scoreTitle =
            qobject_cast<QValueAxis*>(histogram->axes(Qt::Horizontal).value(0))->titleText();
        QVERIFY2(scoreTitle.contains(QStringLiteral("map")) &&
                     !scoreTitle.contains(QStringLiteral("reconstruction")),
                 qPrintable(scoreTitle));
    }

    void exportCharts()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(QStringLiteral("charts/sub"));
        ui::ChartData data;
        data.histogram = sampleHistogram();
        data.threshold = 5.0;
        data.epochLoss = {3.0, 2.0, 1.5};
        data.kde = ml::kdeOf({1.0f, 2.0f, 2.5f, 3.0f, 8.0f, 9.0f});
        data.timeline =
            ml::timelineOf({1'700'000'000'000, 1'700'000'060'000, 1'700'000'120'000}, {0, 1, 0}, 10);
        QString error;
        const QStringList written = ui::exportCharts(data, out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(written.size(), ui::svgExportAvailable() ? 8 : 4);
        for (const auto* name : {"histogram.png", "loss.png", "kde.png", "timeline.png"}) {
            const QImage image(out + QLatin1Char('/') + QLatin1String(name));
            QVERIFY2(!image.isNull(), name);
            QCOMPARE(image.width(), ui::kExportWidth);
            QCOMPARE(image.height(), ui::kExportHeight);
        }
        if (ui::svgExportAvailable()) {
            QFile svg(out + QStringLiteral("/kde.svg"));
            QVERIFY(svg.open(QIODevice::ReadOnly));
            const QByteArray text = svg.readAll();
            QVERIFY(text.contains("<svg") && text.contains("log10(score)"));
        }
        // Without times there is no timeline to draw: the other three are still written.
        data.timeline = ml::timelineOf({text::kNoTime}, {}, 10);
        QCOMPARE(ui::exportCharts(data, dir.filePath(QStringLiteral("untimed")), &error).size(),
                 ui::svgExportAvailable() ? 6 : 3);
    }

    void kdeChartRugAndCurve()
    {
        const ml::Kde curve = ml::kdeOf({1.0f, 2.0f, 2.5f, 3.0f, 8.0f, 9.0f});
        const ml::Kde rug = ml::kdeOf({4.0f, 6.0f});
        std::unique_ptr<QChart> chart(ui::createKdeChart(curve, 5.0, &rug, QStringLiteral("one template")));
        auto* overall = qobject_cast<QLineSeries*>(seriesNamed(chart.get(), ui::kKdeSeriesName));
        QVERIFY(overall);
        QCOMPARE(overall->count(), qsizetype(curve.x.size()));
        // Two points: a rug of two ticks, not a curve.
        auto* selected = qobject_cast<QScatterSeries*>(seriesNamed(chart.get(), ui::kKdeSelectedSeriesName));
        QVERIFY(selected);
        QCOMPARE(selected->count(), 2);
        auto* threshold = qobject_cast<QLineSeries*>(seriesNamed(chart.get(), ui::kThresholdSeriesName));
        QVERIFY(threshold);
        QCOMPARE(threshold->at(0).x(), std::log10(5.0));
        // The density axis ticks on round numbers (it read 0.47, 0.93, 1.40).
        auto* density = qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical).value(0));
        QVERIFY(density);
        QVERIFY2(isRoundStep((density->max() - density->min()) / (density->tickCount() - 1)),
                 qPrintable(QString::number(density->max())));
        QCOMPARE(density->min(), 0.0);
    }

    // A chart as shown in the window (File > Save Chart As): PNG at the view's size, and SVG.
    void saveShownView()
    {
        QTemporaryDir dir;
        QChartView view(ui::createKdeChart(ml::kdeOf({1.0f, 2.0f, 2.5f, 3.0f, 8.0f, 9.0f}), 5.0));
        view.resize(640, 360);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QString error;
        const QString png = dir.filePath(QStringLiteral("shown.png"));
        QVERIFY2(ui::saveChartView(view, png, &error), qPrintable(error));
        QCOMPARE(QImage(png).size(), QSize(640, 360));
        const QString svg = dir.filePath(QStringLiteral("shown.svg"));
        QCOMPARE(ui::saveChartView(view, svg, &error), ui::svgExportAvailable());
        if (ui::svgExportAvailable()) QVERIFY(QFileInfo(svg).size() > 1000);
        QVERIFY(!ui::saveChartView(view, dir.filePath(QStringLiteral("no/such/dir/x.png")), &error));
        QVERIFY(!error.isEmpty());
    }

    void exportFailsClearly()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QString error;
        ui::ChartData data;
        data.histogram = sampleHistogram();
        QVERIFY(ui::exportCharts(data, blocker.fileName() + QStringLiteral("/x"), &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestChartExport)
#include "tst_chart_export.moc"
