// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The GUI entry point: application identity (it names the QSettings file and the About box),
// command-line files, the main window. Everything else lives in logsleuth_ui.
#include <logsleuth/ui/analysis_controller.h>
#include <logsleuth/ui/main_window.h>
#include <logsleuth/ui/resources.h>
#include <logsleuth/ui/translations.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>

#include <cstdio>
#include <exception>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LogSleuth"));
    QApplication::setApplicationName(QStringLiteral("LogSleuth"));
    QApplication::setApplicationDisplayName(QStringLiteral("LogSleuth"));
    QApplication::setApplicationVersion(QStringLiteral(LOGSLEUTH_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("logsleuth"));
    QApplication::setWindowIcon(logsleuth::ui::appIcon());
    // German (and any later language) from the compiled-in .qm files; English is the source.
    logsleuth::ui::installTranslations(app, QLocale::system());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Log investigation with learned anomaly scores."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption train(QStringLiteral("train"),
                                   QStringLiteral("Train & score as soon as the files are open."));
    parser.addOption(train);
    const QCommandLineOption threshold(
        QStringLiteral("threshold"),
        QStringLiteral("Anomaly threshold: 3.1sigma (default), p99.9 or an absolute error."),
        QStringLiteral("spec"));
    parser.addOption(threshold);
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Log files or archives to open."),
                                 QStringLiteral("[files...]"));
    parser.process(app);

    logsleuth::ui::MainWindow window;
    window.setTrainWhenOpened(parser.isSet(train));
    if (parser.isSet(threshold)) {
        try {
            window.analysisController()->setThreshold(
                logsleuth::ml::ThresholdSpec::parse(parser.value(threshold).toStdString()));
        } catch (const std::exception& e) {
            std::fprintf(stderr, "logsleuth: --threshold: %s\n", e.what());
            return 2;
        }
    }
    window.show();
    window.openPaths(parser.positionalArguments());
    return QApplication::exec();
}
