#include "ui/MonitorWindow.h"

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

MonitorWindow::MonitorWindow(Monitor &monitor, QWidget *parent)
    : MainWindow(parent)
{
    auto *binding = new MonitorBinding(monitor, *this, operatorName());
    setMonitoringActive(true);
    binding->refreshAll();
}

} // namespace earshot
