#include "app/GuiMode.h"

#include "core/pipeline/DemoEnvironment.h"
#include "core/storage/Database.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QMessageBox>

namespace earshot {

int runGui(const QString &configFile, bool demo)
{
    Q_UNUSED(configFile);
    std::unique_ptr<DemoEnvironment> environment;
    if (demo) {
        auto created = DemoEnvironment::create(Database::defaultPath(true));
        if (!created.ok()) {
            QMessageBox::critical(nullptr, QObject::tr("Earshot"), created.error().message);
            return 1;
        }
        environment = std::move(created).value();
        environment->start();
    }
    MainWindow window;
    window.show();
    return QApplication::exec();
}

} // namespace earshot
