#include "ui/WindowActivation.h"

#include <QApplication>
#include <QWidget>

namespace earshot {

void bringToFront(QWidget *window)
{
    if (!window)
        return; // the window is still being made: it shows itself when it is ready
    if (window->isMinimized())
        window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window->show();
    window->raise();
    window->activateWindow();
    QApplication::alert(window);
}

} // namespace earshot
