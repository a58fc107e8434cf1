#include "app/CommandLine.h"

#include "app/demo/DemoStates.h"
#include "core/CoreInfo.h"
#include "core/config/ConfigLocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace earshot {

namespace {

// Every option, in one place for parsing and for the help text.
struct Options
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    Options()
    {
        parser.setApplicationDescription(
            tr("Voice quality monitoring and PagerDuty alerting for Genesys Cloud."));
        parser.addOptions({config, demo, headless, once, checkConfig, checkGenesys, json,
                           resetDatabase, wall, screen, demoState, demoQueues, role});
    }

    QCommandLineParser parser;
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption config{{QStringLiteral("c"), QStringLiteral("config")},
                                    tr("Read the configuration from <file> (INI)."),
                                    QStringLiteral("file")};
    const QCommandLineOption demo{QStringLiteral("demo"),
                                  tr("Run the whole pipeline against the embedded simulator.")};
    const QCommandLineOption headless{QStringLiteral("headless"),
                                      tr("Run without a window, logging to stderr.")};
    const QCommandLineOption once{
        QStringLiteral("once"), tr("With --headless: run one cycle, then exit (for schedulers).")};
    const QCommandLineOption checkConfig{QStringLiteral("check-config"),
                                         tr("Validate the configuration and exit.")};
    const QCommandLineOption checkGenesys{
        QStringLiteral("check-genesys"),
        tr("Authenticate, list queues, poll the latest window, print it, exit.")};
    const QCommandLineOption json{QStringLiteral("json"), tr("With --check-genesys: print JSON.")};
    const QCommandLineOption resetDatabase{
        QStringLiteral("reset-database"),
        tr("With --headless: move a damaged or empty database aside and start a new one.")};
    const QCommandLineOption wall{
        QStringLiteral("wall"),
        tr("Start on the NOC wall display, fullscreen (also with --demo); F11 leaves it.")};
    const QCommandLineOption screen{
        QStringLiteral("screen"),
        tr("With --wall: the screen for the wall, a number from 1 or the name Qt gives it."),
        QStringLiteral("N|name")};
    const QCommandLineOption demoState{
        QStringLiteral("demo-state"),
        tr("With --demo: hold one state instead of playing the story: %1.")
            .arg(demoStateNames().join(QStringLiteral(", "))),
        QStringLiteral("state")};
    const QCommandLineOption demoQueues{
        QStringLiteral("demo-queues"),
        tr("With --demo-state: how many queues (1 to %1, default %2).")
            .arg(DemoStateRequest::kMaxQueues)
            .arg(DemoStateRequest::kDefaultQueues),
        QStringLiteral("N")};
    const QCommandLineOption role{
        QStringLiteral("role"),
        tr("On a shared database: auto (poll when no other console does, else view and take "
           "over; the default), leader (poll or exit) or viewer (never poll)."),
        QStringLiteral("auto|leader|viewer")};
};

ParsedCommandLine exitWith(int exitCode, const QString &output)
{
    ParsedCommandLine result;
    result.exitNow = true;
    result.exitCode = exitCode;
    result.output = output;
    return result;
}

} // namespace

ParsedCommandLine parseCommandLine(const QStringList &arguments)
{
    Options o;
    QCommandLineParser &parser = o.parser;
    if (!parser.parse(arguments))
        return exitWith(
            2, Options::tr("earshot: %1\nTry 'earshot --help'.\n").arg(parser.errorText()));
    if (parser.isSet(o.help) || parser.isSet(QStringLiteral("help-all"))) {
        ParsedCommandLine result = exitWith(0, {});
        result.helpRequested = true;
        result.helpWithQtOptions = parser.isSet(QStringLiteral("help-all"));
        return result;
    }
    if (parser.isSet(o.version))
        return exitWith(0, applicationName() + u' ' + applicationVersion() + u'\n');
    if (!parser.positionalArguments().isEmpty())
        return exitWith(2, Options::tr("earshot: unexpected argument: %1\nTry 'earshot --help'.\n")
                               .arg(parser.positionalArguments().constFirst()));

    ParsedCommandLine result;
    CommandLineOptions &options = result.options;
    options.configFile = parser.value(o.config);
    options.once = parser.isSet(o.once);
    options.json = parser.isSet(o.json);
    const int modes = int(parser.isSet(o.demo)) + int(parser.isSet(o.headless)) +
                      int(parser.isSet(o.checkConfig)) + int(parser.isSet(o.checkGenesys));
    if (modes > 1)
        return exitWith(2, Options::tr("earshot: choose one of --demo, --headless, --check-config "
                                       "and --check-genesys.\n"));
    if (parser.isSet(o.demo))
        options.mode = CommandLineOptions::Mode::Demo;
    else if (parser.isSet(o.headless))
        options.mode = CommandLineOptions::Mode::Headless;
    else if (parser.isSet(o.checkConfig))
        options.mode = CommandLineOptions::Mode::CheckConfig;
    else if (parser.isSet(o.checkGenesys))
        options.mode = CommandLineOptions::Mode::CheckGenesys;

    if (options.once && options.mode != CommandLineOptions::Mode::Headless)
        return exitWith(2, Options::tr("earshot: --once goes with --headless.\n"));
    options.wall = parser.isSet(o.wall);
    options.screen = parser.value(o.screen).trimmed();
    if (options.wall && options.mode != CommandLineOptions::Mode::Gui &&
        options.mode != CommandLineOptions::Mode::Demo)
        return exitWith(2, Options::tr("earshot: --wall goes with the window or --demo.\n"));
    if (parser.isSet(o.screen) && !options.wall)
        return exitWith(2, Options::tr("earshot: --screen goes with --wall.\n"));
    if (parser.isSet(o.screen) && options.screen.isEmpty())
        return exitWith(2, Options::tr("earshot: --screen needs a screen number or name.\n"));
    if (parser.isSet(o.role)) {
        const QString role = parser.value(o.role).trimmed().toLower();
        if (role == QLatin1StringView("auto"))
            options.role = ConsoleRole::Auto;
        else if (role == QLatin1StringView("leader"))
            options.role = ConsoleRole::Leader;
        else if (role == QLatin1StringView("viewer"))
            options.role = ConsoleRole::Viewer;
        else
            return exitWith(2, Options::tr("earshot: --role must be auto, leader or viewer, not "
                                           "\"%1\".\n")
                                   .arg(parser.value(o.role)));
        if (options.mode != CommandLineOptions::Mode::Gui &&
            options.mode != CommandLineOptions::Mode::Headless)
            return exitWith(2,
                            Options::tr("earshot: --role goes with the window or --headless.\n"));
        if (options.role == ConsoleRole::Viewer &&
            options.mode == CommandLineOptions::Mode::Headless)
            return exitWith(2, Options::tr("earshot: --role viewer needs a window: a headless "
                                           "console that never polls would do nothing.\n"));
    }
    if (parser.isSet(o.demoState)) {
        options.demoState = parser.value(o.demoState).trimmed().toLower();
        if (options.mode != CommandLineOptions::Mode::Demo)
            return exitWith(2, Options::tr("earshot: --demo-state goes with --demo.\n"));
        if (!demoStateFromName(options.demoState))
            return exitWith(2, Options::tr("earshot: --demo-state must be one of %1, not \"%2\".\n")
                                   .arg(demoStateNames().join(QStringLiteral(", ")),
                                        parser.value(o.demoState)));
    }
    if (parser.isSet(o.demoQueues)) {
        if (options.demoState.isEmpty())
            return exitWith(2, Options::tr("earshot: --demo-queues goes with --demo-state.\n"));
        bool isNumber = false;
        options.demoQueues = parser.value(o.demoQueues).trimmed().toInt(&isNumber);
        if (!isNumber || options.demoQueues < 1 ||
            options.demoQueues > DemoStateRequest::kMaxQueues)
            return exitWith(2, Options::tr("earshot: --demo-queues must be a number from 1 to "
                                           "%1, not \"%2\".\n")
                                   .arg(DemoStateRequest::kMaxQueues)
                                   .arg(parser.value(o.demoQueues)));
    }
    options.resetDatabase = parser.isSet(o.resetDatabase);
    if (options.resetDatabase && options.mode != CommandLineOptions::Mode::Headless)
        return exitWith(2, Options::tr("earshot: --reset-database goes with --headless.\n"));
    return result;
}

bool needsWindow(const ParsedCommandLine &parsed)
{
    return !parsed.exitNow && (parsed.options.mode == CommandLineOptions::Mode::Gui ||
                               parsed.options.mode == CommandLineOptions::Mode::Demo);
}

QStringList withoutQtWindowOptions(const QStringList &arguments)
{
    // Documented in QGuiApplication's and QApplication's constructors.
    static const QStringList withValue{
        QStringLiteral("platform"),        QStringLiteral("platformpluginpath"),
        QStringLiteral("platformtheme"),   QStringLiteral("plugin"),
        QStringLiteral("qwindowgeometry"), QStringLiteral("qwindowicon"),
        QStringLiteral("qwindowtitle"),    QStringLiteral("session"),
        QStringLiteral("display"),         QStringLiteral("geometry"),
        QStringLiteral("style"),           QStringLiteral("stylesheet")};
    static const QStringList flags{QStringLiteral("reverse"), QStringLiteral("widgetcount"),
                                   QStringLiteral("nograb"), QStringLiteral("dograb"),
                                   QStringLiteral("sync")};
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (i == 0 || !arg.startsWith(u'-')) {
            kept << arg;
            continue;
        }
        QString name = arg.mid(arg.startsWith(QStringLiteral("--")) ? 2 : 1);
        const bool inlineValue = name.contains(u'=');
        name = name.section(u'=', 0, 0);
        if (withValue.contains(name)) {
            if (!inlineValue)
                ++i; // its value
            continue;
        }
        if (!flags.contains(name) || inlineValue)
            kept << arg;
    }
    return kept;
}

QString commandLineHelp(bool withQtOptions)
{
    Options o;
    QString text = o.parser.helpText();
    if (withQtOptions)
        text += u'\n' +
                Options::tr("Window options read by Qt (see QGuiApplication and QApplication):\n"
                            "  -platform NAME[:OPTIONS], -platformtheme NAME, -style NAME,\n"
                            "  -stylesheet FILE, -qwindowgeometry GEOMETRY, -qwindowtitle TITLE,\n"
                            "  -qwindowicon FILE, -reverse, -session ID, -display DISPLAY (X11)\n");
    text += u'\n' +
            Options::tr("Exit status:\n"
                        "  0  success; or the window of the Earshot already running on the same\n"
                        "     database was brought to the front\n"
                        "  1  the work failed (the reason is on stderr), or there is no\n"
                        "     display for the window\n"
                        "  2  a bad command line, configuration or missing secret, or the\n"
                        "     database is in use by another Earshot (its lock file is named)\n");
    text += u'\n' +
            Options::tr(
                "Environment:\n"
                "  GENESYS_CLIENT_ID, GENESYS_CLIENT_SECRET\n"
                "                     the Genesys Cloud OAuth client; when both are set\n"
                "                     they win over the OS keychain\n"
                "  PAGERDUTY_INTEGRATION_KEY\n"
                "                     the PagerDuty Events API v2 integration key; wins\n"
                "                     over the OS keychain\n"
                "  QT_LOGGING_RULES   more or less logging, e.g. \"earshot.alerting.debug=true\"\n"
                "  QT_QPA_PLATFORM    the window system (e.g. offscreen, for a window\n"
                "                     without a display)\n");
    text += u'\n' +
            Options::tr("Files:\n"
                        "  %1\n"
                        "      the configuration of the window when --config is not given\n"
                        "  <database>.lock\n"
                        "      beside the database ([storage] database) while an Earshot uses it\n")
                .arg(QDir::toNativeSeparators(defaultConfigPath()));
    return text;
}

} // namespace earshot
