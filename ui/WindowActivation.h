#pragma once

class QWidget;

namespace earshot {

// Brings a window to the user: shown again when it was closed to the tray, restored when
// minimized, raised and activated. The window system may still refuse the focus (focus
// stealing prevention); it then marks the window as asking for attention.
void bringToFront(QWidget *window);

} // namespace earshot
