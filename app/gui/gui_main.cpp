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
#include <QCoreApplication>
#include <QLocale>

#include <cstdio>
#include <exception>
#include <string_view>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("LogSleuth"));
    QCoreApplication::setApplicationName(QStringLiteral("LogSleuth"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOGSLEUTH_VERSION));
}

struct Options {
    QCommandLineOption train{QStringLiteral("train"),
                             QStringLiteral("Train & score as soon as the files are open.")};
    QCommandLineOption threshold{
        QStringLiteral("threshold"),
        QStringLiteral("Anomaly threshold: auto (the default: calibrated on the training data), seasonal, "
                       "3.1sigma, p99.9 or a score such as 0.42."),
        QStringLiteral("spec")};

    void addTo(QCommandLineParser& parser) const
    {
        parser.setApplicationDescription(QStringLiteral("Log investigation with learned anomaly scores."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(train);
        parser.addOption(threshold);
        parser.addPositionalArgument(QStringLiteral("files"),
                                     QStringLiteral("Log files or archives to open."),
                                     QStringLiteral("[files...]"));
    }
};

// --help and --version need no window, so they are answered before a QApplication would ask
// for a display (and abort without one).
bool asksForHelp(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--") break;
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all" || arg == "--version" ||
            arg == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    const Options options;
    if (asksForHelp(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        QCommandLineParser parser;
        options.addTo(parser);
        parser.process(app); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("LogSleuth"));
    QApplication::setDesktopFileName(QStringLiteral("logsleuth"));
    QApplication::setWindowIcon(logsleuth::ui::appIcon());
    // German (and any later language) from the compiled-in .qm files; English is the source.
    logsleuth::ui::installTranslations(app, QLocale::system());

    QCommandLineParser parser;
    options.addTo(parser);
    parser.process(app);
    const QCommandLineOption& train = options.train;
    const QCommandLineOption& threshold = options.threshold;

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
