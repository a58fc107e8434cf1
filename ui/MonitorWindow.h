#pragma once

#include "ui/MainWindow.h"

namespace earshot {

class Monitor;

// The operator's window on a running Monitor: a MainWindow whose pages a MonitorBinding feeds.
// Apart from MainWindow (library earshot_ui, not earshot_ui_widgets) so the window and every
// page build and test without the pipeline.
class MonitorWindow final : public MainWindow
{
    Q_OBJECT

public:
    explicit MonitorWindow(Monitor &monitor, QWidget *parent = nullptr);
};

} // namespace earshot
