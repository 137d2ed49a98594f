// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include <logsleuth/ui/charts.h>

#include <logsleuth/ml/model_registry.h>

#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace logsleuth::ui {

namespace {
template <class Get> QString meaningOf(std::string_view kind, Get get)
{
    try {
        const std::string_view meaning = get(ml::modelFamily(kind));
        return QString::fromUtf8(meaning.data(), qsizetype(meaning.size()));
    } catch (const std::invalid_argument&) {
        return {};
    }
}
} // namespace

QString lossMeaningOf(std::string_view kind)
{
    return meaningOf(kind, [](const ml::ModelFamily& family) { return family.lossMeaning(); });
}

QString scoreMeaningOf(std::string_view kind)
{
    return meaningOf(kind, [](const ml::ModelFamily& family) { return family.scoreMeaning(); });
}

QChart* createLossChart(const std::vector<double>& epochLoss, const std::vector<double>& validationLoss,
                        const QString& meaning)
{
    auto* chart = new QChart;
    chart->setTitle(QObject::tr("Training loss per epoch"));
    chart->legend()->setVisible(!validationLoss.empty());
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setMargins(QMargins(6, 6, 6, 6));

    auto* series = new QLineSeries(chart);
    series->setName(QObject::tr("mean loss"));
    series->setObjectName(QLatin1String(kLossSeriesName));
    series->setPointsVisible(true);
    QPen pen(QColor(0x1f, 0x6f, 0xb2));
    pen.setWidthF(2.0);
    series->setPen(pen);
    QList<QPointF> points;
    double low = 0, high = 1;
    bool first = true;
    for (size_t epoch = 0; epoch < epochLoss.size(); ++epoch) {
        const double loss = epochLoss[epoch];
        if (!std::isfinite(loss)) continue;
        points.append({double(epoch + 1), loss});
        low = first ? loss : std::min(low, loss);
        high = first ? loss : std::max(high, loss);
        first = false;
    }
    series->replace(points);
    chart->addSeries(series);
    // Families that hold data out (window) draw its loss too: a gap that widens is overfitting.
    QLineSeries* validation = nullptr;
    if (!validationLoss.empty()) {
        validation = new QLineSeries(chart);
        validation->setName(QObject::tr("validation loss"));
        QPen dashed(QColor(0xd9, 0x82, 0x2b));
        dashed.setWidthF(2.0);
        dashed.setStyle(Qt::DashLine);
        validation->setPen(dashed);
        QList<QPointF> held;
        for (size_t epoch = 0; epoch < validationLoss.size(); ++epoch) {
            const double loss = validationLoss[epoch];
            if (!std::isfinite(loss)) continue;
            held.append({double(epoch + 1), loss});
            low = first ? loss : std::min(low, loss);
            high = first ? loss : std::max(high, loss);
            first = false;
        }
        validation->replace(held);
        chart->addSeries(validation);
    }

    auto* axisX = new QValueAxis(chart);
    // Each family's loss measures something else (the VAE's rises early on as its KL weight
    // grows): say what, where the analyst sees the curve.
    QString title = QObject::tr("epoch");
    if (!meaning.isEmpty()) title += QStringLiteral(" (") + meaning + QLatin1Char(')');
    if (!validationLoss.empty())
        title += QObject::tr("; validation: a tenth held out, training stops when it no longer falls");
    axisX->setTitleText(title);
    axisX->setLabelFormat(QStringLiteral("%d"));
    const int epochs = std::max<int>(1, int(epochLoss.size()));
    axisX->setRange(epochs > 1 ? 1 : 0, std::max(2, epochs));
    axisX->setTickCount(std::min(epochs, 10) + (epochs > 1 ? 0 : 2));
    auto* axisY = new QValueAxis(chart);
    axisY->setTitleText(QObject::tr("loss"));
    const double pad = high > low ? 0.08 * (high - low) : std::max(0.05 * std::abs(high), 0.01);
    axisY->setRange(std::max(0.0, low - pad), high + pad);
    axisY->applyNiceNumbers();
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    if (validation) {
        validation->attachAxis(axisX);
        validation->attachAxis(axisY);
    }
    return chart;
}

} // namespace logsleuth::ui
