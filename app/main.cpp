#include "app/CommandLine.h"
#include "app/GuiMode.h"
#include "app/HeadlessMode.h"
#include "app/WindowsConsole.h"
#include "core/CoreInfo.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>
#include <memory>

namespace {

void print(const QString &text, int exitCode)
{
    std::fputs(text.toLocal8Bit().constData(), exitCode == 0 ? stdout : stderr);
}

} // namespace

int main(int argc, char **argv)
{
    // --help, --version and the headless modes must work without a display, so the GUI
    // application object is only created when a window will be shown.
    bool wantsGui = true;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--headless" || arg == "--check-config" || arg == "--check-genesys" ||
            arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v")
            wantsGui = false;
    }
    if (!wantsGui)
        earshot::attachToParentConsole(); // before anything is printed
    std::unique_ptr<QCoreApplication> app;
    if (wantsGui)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(earshot::applicationName());
    QCoreApplication::setOrganizationName(earshot::applicationName());
    QCoreApplication::setApplicationVersion(earshot::applicationVersion());

    const earshot::ParsedCommandLine parsed =
        earshot::parseCommandLine(QCoreApplication::arguments());
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
        return earshot::runHeadless(o.configFile, o.once);
    case Mode::Demo:
        return earshot::runGui(o.configFile, true);
    case Mode::Gui:
        break;
    }
    return earshot::runGui(o.configFile, false);
}
