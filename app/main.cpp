#include "app/CommandLine.h"
#include "app/GuiMode.h"
#include "app/HeadlessMode.h"
#include "app/WindowsConsole.h"
#include "core/CoreInfo.h"
#include "core/i18n/Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QSettings>

#include <cstdio>
#include <memory>

namespace {

void print(const QString &text, int exitCode)
{
    std::fputs(text.toLocal8Bit().constData(), exitCode == 0 ? stdout : stderr);
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

// QApplication aborts when it cannot reach a window system (the xcb plugin's "could not
// connect to display", exit status 134). Where X11 or Wayland is the window system, say
// what is missing and exit instead.
bool windowSystemReachable(const QStringList &arguments)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") ||
        !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return true;
    for (const QString &arg : arguments) {
        if (arg == QLatin1StringView("-platform") || arg == QLatin1StringView("--platform") ||
            arg.startsWith(QLatin1StringView("-platform=")) ||
            arg.startsWith(QLatin1StringView("--platform=")))
            return true;
    }
    return false;
#else
    Q_UNUSED(arguments);
    return true;
#endif
}

} // namespace

int main(int argc, char **argv)
{
    // No organization name: Qt would nest it into every folder (~/.config/Earshot/Earshot/).
    QCoreApplication::setApplicationName(earshot::applicationName());
    QCoreApplication::setApplicationVersion(earshot::applicationVersion());
    // Ties the windows to io.earshot.Earshot.desktop (icon, name, AppStream id on Wayland).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.earshot.Earshot"));
    // Before the command line is read, so --help and every message are in the user's
    // language: the one chosen in Settings, else the system's.
    const QSettings preferences;
    earshot::installTranslations(earshot::localeForLanguage(earshot::storedLanguage(preferences)));

    // The command line is read before any application object exists: QApplication needs a
    // display, so only a valid command line that opens a window may create one, and every
    // mistake exits 2 with a message even where there is no display. Qt's own window
    // options (-platform, -style, ...) are left for QApplication to read.
    const QStringList rawArguments = argumentsOf(argc, argv);
    const earshot::ParsedCommandLine early =
        earshot::parseCommandLine(earshot::withoutQtWindowOptions(rawArguments));
    if (!earshot::needsWindow(early))
        earshot::attachToParentConsole(); // Windows: before anything is printed
    std::unique_ptr<QCoreApplication> app;
    if (earshot::needsWindow(early)) {
        if (!windowSystemReachable(rawArguments)) {
            print(QCoreApplication::translate(
                      "main", "earshot: no display to open the window on (DISPLAY and "
                              "WAYLAND_DISPLAY are not set). Run it with --headless, or set "
                              "QT_QPA_PLATFORM (offscreen shows nothing).\n"),
                  1);
            return 1;
        }
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }

    // Again on the application's copy of the arguments (Unicode on Windows), now that the
    // application can translate and knows the platform's folders for --help.
    const earshot::ParsedCommandLine parsed =
        earshot::parseCommandLine(earshot::withoutQtWindowOptions(QCoreApplication::arguments()));
    if (parsed.helpRequested) {
        print(earshot::commandLineHelp(parsed.helpWithQtOptions), 0);
        return 0;
    }
    if (parsed.exitNow) {
        print(parsed.output, parsed.exitCode);
        return parsed.exitCode;
    }
    using Mode = earshot::CommandLineOptions::Mode;
    const earshot::CommandLineOptions &o = parsed.options;
    switch (o.mode) {
    case Mode::CheckConfig:
        return earshot::runCheckConfig(o.configFile);
    case Mode::CheckGenesys:
        return earshot::runCheckGenesys(o.configFile, o.json);
    case Mode::Headless:
        return earshot::runHeadless(o.configFile, o.once, o.resetDatabase, o.role);
    case Mode::Demo: {
        std::optional<earshot::DemoStateRequest> state;
        if (const auto held = earshot::demoStateFromName(o.demoState)) {
            state = earshot::DemoStateRequest{};
            state->state = *held;
            if (o.demoQueues > 0)
                state->queues = o.demoQueues;
        }
        return earshot::runGui(o.configFile, true, earshot::WallStart{o.wall, o.screen}, state);
    }
    case Mode::Gui:
        break;
    }
    return earshot::runGui(o.configFile, false, earshot::WallStart{o.wall, o.screen}, std::nullopt,
                           o.role);
}
