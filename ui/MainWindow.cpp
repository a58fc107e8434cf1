#include "ui/MainWindow.h"

#include "core/CoreInfo.h"

#include <QLabel>

namespace earshot {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(applicationName());
    auto *placeholder = new QLabel(tr("Earshot is starting…"), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    resize(1280, 800);
}

} // namespace earshot
