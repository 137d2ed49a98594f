// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The analyst loop of tests/support/marks_loop.h on its six labelled logs: prints the F1 of the
// anomaly verdicts before any mark and after 10 and 20, and draws the curves with the project's
// own chart code (ui::createCurveChart) into OUT_DIR/marks-loop.png and .svg (the README's figure).
//
//   bench_marks_loop [OUT_DIR]      (default: the current directory)
#include "marks_loop.h"

#include <logsleuth/ui/chart_export.h>
#include <logsleuth/ui/charts.h>

#include <QApplication>
#include <QDir>

#include <cstdio>

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();
    QDir().mkpath(out);
    std::vector<logsleuth::ui::Curve> curves;
    std::string summary;
    std::printf("%-10s %8s %10s %10s\n", "log", "before", "10 marks", "20 marks");
    for (const auto& c : logsleuth::testing::loopCases()) {
        const auto data = logsleuth::testing::labelled(LOGSLEUTH_TEST_DATA, c.name, c.level, c.skip, c.take);
        const auto curve = logsleuth::testing::simulate(data, 20, true, nullptr, false);
        std::printf("%-10s %8.3f %10.3f %10.3f\n", c.name, curve.front(), curve[10], curve.back());
        curves.push_back({QString::fromLatin1(c.name), curve});
        summary += std::string(" ") + c.name + "=" + std::to_string(curve.back());
    }
    for (const char* suffix : {".png", ".svg"}) {
        if (std::string(suffix) == ".svg" && !logsleuth::ui::svgExportAvailable()) continue;
        QString error;
        QChart* chart = logsleuth::ui::createCurveChart(
            QStringLiteral("The marks loop: F1 after each mark"),
            QStringLiteral("marks made (template scope, as `marks next` proposes)"),
            QStringLiteral("F1 of the anomaly verdicts"), curves, 0, 1);
        const QString path = out + QStringLiteral("/marks-loop") + QString::fromLatin1(suffix);
        if (!logsleuth::ui::exportChart(chart, path, &error)) {
            std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(path), qPrintable(error));
            return 1;
        }
        std::printf("wrote %s\n", qPrintable(path));
    }
    std::printf("bench=marks_loop%s\n", summary.c_str());
    return 0;
}
