#pragma once

namespace earshot {

// earshot.exe is a GUI-subsystem program (no console window flashes up when the operator's
// window starts), so Windows gives it no console. For the command-line modes it attaches to
// the console of the program that started it (cmd.exe, PowerShell) and points stdout and
// stderr there, so --help, --version and the headless log appear where they were typed and
// Ctrl+C reaches ShutdownSignals. Streams that are already redirected (to a file or a pipe,
// as Task Scheduler and `> log.txt` do) are kept. Does nothing on other systems.
void attachToParentConsole();

} // namespace earshot
