// MainWindow's Monitor constructor lives apart from MainWindow.cpp: the window and every
// page build and test without the pipeline; only this file needs Monitor's symbols.
#include "ui/MainWindow.h"
#include "ui/MonitorBinding.h"

namespace earshot {

namespace {

QString operatorName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("operator") : name;
}

} // namespace

MainWindow::MainWindow(Monitor &monitor, QWidget *parent)
    : MainWindow(parent)
{
    auto *binding = new MonitorBinding(monitor, *this, operatorName());
    setMonitoringActive(true);
    binding->refreshAll();
}

} // namespace earshot
