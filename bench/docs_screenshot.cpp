// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// Renders the README's main screenshot: the window on the bundled samples after Train & score
// with the default family and threshold, the top line selected, the timeline shown.
//
//   docs_screenshot OUT.png SAMPLE.log...   (QT_QPA_PLATFORM=offscreen, or under Xvfb)
#include <logsleuth/ui/analysis_controller.h>
#include <logsleuth/ui/charts_panel.h>
#include <logsleuth/ui/log_table_model.h>
#include <logsleuth/ui/log_table_view.h>
#include <logsleuth/ui/main_window.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStringList args = app.arguments();
    // --tab NAME shows another chart tab than the timeline ("Why this score", "Templates").
    QString tab = QStringLiteral("Timeline");
    if (const qsizetype at = args.indexOf(QStringLiteral("--tab")); at > 0 && at + 1 < args.size()) {
        tab = args.at(at + 1);
        args.remove(at, 2);
    }
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: docs_screenshot [--tab NAME] OUT.png SAMPLE.log...\n");
        return 2;
    }
    logsleuth::ui::MainWindow window;
    window.resize(1280, 800);
    window.setTrainWhenOpened(true);
    window.show();
    QSignalSpy finished(window.analysisController(), &logsleuth::ui::AnalysisController::analysisFinished);
    if (!window.openPaths(args.mid(2))) return 1;
    QElapsedTimer clock;
    clock.start();
    while (finished.isEmpty() && clock.elapsed() < 300000)
        QTest::qWait(100);
    if (finished.isEmpty()) {
        std::fprintf(stderr, "docs_screenshot: training did not finish\n");
        return 1;
    }
    window.tableView()->setCurrentIndex(window.tableModel()->index(0, 0));
    QTabWidget* tabs = window.chartsPanel();
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->tabText(i).remove(QLatin1Char('&')) == tab) tabs->setCurrentIndex(i);
    QTest::qWait(1500); // charts animate and the table reveals its rows in batches
    if (!window.grab().save(args.at(1))) {
        std::fprintf(stderr, "docs_screenshot: cannot write %s\n", qPrintable(args.at(1)));
        return 1;
    }
    std::printf("wrote %s\n", qPrintable(args.at(1)));
    return 0;
}
