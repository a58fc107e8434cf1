#include "app/CommandLine.h"

#include "core/CoreInfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace earshot {

ParsedCommandLine parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Voice quality monitoring and PagerDuty alerting for Genesys Cloud."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption configOption(
        {QStringLiteral("c"), QStringLiteral("config")},
        QCoreApplication::translate("CommandLine", "Read the configuration from <file> (INI)."),
        QStringLiteral("file"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("CommandLine",
                                    "Run the whole pipeline against the embedded simulator."));
    const QCommandLineOption headlessOption(
        QStringLiteral("headless"),
        QCoreApplication::translate("CommandLine", "Run without a window, logging to stderr."));
    const QCommandLineOption onceOption(
        QStringLiteral("once"),
        QCoreApplication::translate("CommandLine",
                                    "With --headless: run one cycle, then exit (for schedulers)."));
    const QCommandLineOption checkConfigOption(
        QStringLiteral("check-config"),
        QCoreApplication::translate("CommandLine", "Validate the configuration and exit."));
    const QCommandLineOption checkGenesysOption(
        QStringLiteral("check-genesys"),
        QCoreApplication::translate(
            "CommandLine", "Authenticate, list queues, poll the latest window, print it, exit."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        QCoreApplication::translate("CommandLine", "With --check-genesys: print JSON."));
    const QCommandLineOption resetDatabaseOption(
        QStringLiteral("reset-database"),
        QCoreApplication::translate("CommandLine",
                                    "With --headless: move a damaged or empty database aside and "
                                    "start a new one."));
    parser.addOptions({configOption, demoOption, headlessOption, onceOption, checkConfigOption,
                       checkGenesysOption, jsonOption, resetDatabaseOption});

    ParsedCommandLine result;
    if (!parser.parse(arguments)) {
        result.exitNow = true;
        result.exitCode = 2;
        result.output = parser.errorText() + u'\n';
        return result;
    }
    if (parser.isSet(helpOption)) {
        result.exitNow = true;
        result.output = parser.helpText();
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.exitNow = true;
        result.output = applicationName() + u' ' + applicationVersion() + u'\n';
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.exitNow = true;
        result.exitCode = 2;
        result.output = QCoreApplication::translate("CommandLine", "Unexpected argument: %1\n")
                            .arg(parser.positionalArguments().constFirst());
        return result;
    }

    CommandLineOptions &o = result.options;
    o.configFile = parser.value(configOption);
    o.once = parser.isSet(onceOption);
    o.json = parser.isSet(jsonOption);
    o.resetDatabase = parser.isSet(resetDatabaseOption);
    const int modes = int(parser.isSet(demoOption)) + int(parser.isSet(headlessOption)) +
                      int(parser.isSet(checkConfigOption)) + int(parser.isSet(checkGenesysOption));
    if (modes > 1) {
        result.exitNow = true;
        result.exitCode = 2;
        result.output = QCoreApplication::translate(
            "CommandLine",
            "Choose one of --demo, --headless, --check-config and --check-genesys.\n");
        return result;
    }
    if (parser.isSet(demoOption))
        o.mode = CommandLineOptions::Mode::Demo;
    else if (parser.isSet(headlessOption))
        o.mode = CommandLineOptions::Mode::Headless;
    else if (parser.isSet(checkConfigOption))
        o.mode = CommandLineOptions::Mode::CheckConfig;
    else if (parser.isSet(checkGenesysOption))
        o.mode = CommandLineOptions::Mode::CheckGenesys;

    if (o.resetDatabase && o.mode != CommandLineOptions::Mode::Headless) {
        result.exitNow = true;
        result.exitCode = 2;
        result.output =
            QCoreApplication::translate("CommandLine", "--reset-database goes with --headless.\n");
        return result;
    }
    if (o.once && o.mode != CommandLineOptions::Mode::Headless) {
        result.exitNow = true;
        result.exitCode = 2;
        result.output =
            QCoreApplication::translate("CommandLine", "--once goes with --headless.\n");
        return result;
    }
    return result;
}

} // namespace earshot
