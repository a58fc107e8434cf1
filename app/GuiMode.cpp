#include "app/GuiMode.h"

#include "app/GuiSession.h"
#include "app/SingleInstance.h"
#include "core/config/ConfigLoader.h"
#include "core/config/ConfigLocation.h"
#include "core/pipeline/PipelineConfig.h"
#include "core/storage/Database.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/WindowActivation.h"

#include <QApplication>
#include <QFileInfo>

#include <cstdio>

namespace earshot {

namespace {

// The database the window will poll into, resolved as GuiSession resolves it. A
// configuration that cannot be used leaves the window on its welcome page; the default
// database then stands for it, so a second window still finds the first.
QString databaseOf(const QString &configPath)
{
    if (QFileInfo::exists(configPath)) {
        const ConfigLoad load = loadConfigFile(configPath);
        if (load.ok()) {
            if (const auto resolved = resolveConfig(load.config); resolved.ok())
                return resolved.value().databasePath;
        }
    }
    return Database::defaultPath();
}

} // namespace

int runGui(const QString &configFile, bool demo, const WallStart &wall,
           const std::optional<DemoStateRequest> &demoState, ConsoleRole role)
{
    QApplication::setQuitOnLastWindowClosed(false); // the tray keeps monitoring
    const QString configPath = configFile.isEmpty() ? prepareDefaultConfigPath() : configFile;
    SingleInstance instance(ActivationServer::Role::Window);
    switch (instance.claim(demo ? Database::defaultPath(true) : databaseOf(configPath))) {
    case SingleInstance::Outcome::Claimed:
        break;
    case SingleInstance::Outcome::HandedOver:
        std::fputs(qPrintable(instance.message() + u'\n'), stdout);
        return 0;
    case SingleInstance::Outcome::Refused:
        std::fputs(qPrintable(QStringLiteral("earshot: ") + instance.message() + u'\n'), stderr);
        std::fflush(stderr);
        // earshot --wall runs unattended on a NOC screen: stderr only, no box to click.
        if (!wall.enabled)
            MessageBox::warning(nullptr, QCoreApplication::translate("GuiMode", "Earshot"),
                                instance.message());
        return 2;
    }
    GuiSession session(configPath, demo, wall);
    session.setRole(role);
    if (demo && demoState)
        session.setDemoState(*demoState);
    QObject::connect(&instance, &SingleInstance::activationRequested, &session,
                     [&session] { bringToFront(session.window()); });
    session.start();
    return QApplication::exec();
}

} // namespace earshot
