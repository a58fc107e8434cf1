#include "app/GuiMode.h"

#include "app/GuiSession.h"

#include <QApplication>

namespace earshot {

int runGui(const QString &configFile, bool demo)
{
    QApplication::setQuitOnLastWindowClosed(false); // the tray keeps monitoring
    GuiSession session(configFile, demo);
    session.start();
    return QApplication::exec();
}

} // namespace earshot
