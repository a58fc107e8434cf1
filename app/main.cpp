#include "app/CommandLine.h"
#include "core/CoreInfo.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>
#include <memory>

namespace {

void print(const QString &text, int exitCode)
{
    std::fputs(text.toLocal8Bit().constData(), exitCode == 0 ? stdout : stderr);
}

std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv, bool gui)
{
    if (gui)
        return std::make_unique<QApplication>(argc, argv);
    return std::make_unique<QCoreApplication>(argc, argv);
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
    auto app = createApplication(argc, argv, wantsGui);
    QCoreApplication::setApplicationName(earshot::applicationName());
    QCoreApplication::setOrganizationName(earshot::applicationName());
    QCoreApplication::setApplicationVersion(earshot::applicationVersion());

    const earshot::ParsedCommandLine parsed =
        earshot::parseCommandLine(QCoreApplication::arguments());
    if (parsed.exitNow) {
        print(parsed.output, parsed.exitCode);
        return parsed.exitCode;
    }

    earshot::MainWindow window;
    window.show();
    return app->exec();
}
