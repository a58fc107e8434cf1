#pragma once

#include "core/status/MonitorTypes.h"

#include <QString>
#include <QStringList>

namespace earshot {

// What the command line asked for. Parsing is separate from running so it can be tested.
struct CommandLineOptions
{
    enum class Mode
    {
        Gui,
        Demo,
        Headless,
        CheckConfig,
        CheckGenesys
    };

    Mode mode = Mode::Gui;
    QString configFile;
    bool once = false;
    bool json = false;
    bool resetDatabase = false;           // with --headless only
    bool wall = false;                    // start on the NOC wall display (window and demo modes)
    QString screen;                       // with --wall: a screen number from 1 or a screen name
    QString demoState;                    // with --demo: a state to hold instead of the story
    int demoQueues = 0;                   // with --demo-state: how many queues (0: the default)
    ConsoleRole role = ConsoleRole::Auto; // --role: on a shared database
};

struct ParsedCommandLine
{
    CommandLineOptions options;
    // Set when the process should exit at once (help, version, or an error): the text to
    // print and the exit code. --help leaves the text to commandLineHelp(), which needs
    // the application object.
    bool exitNow = false;
    bool helpRequested = false;
    bool helpWithQtOptions = false; // --help-all
    int exitCode = 0;
    QString output;
};

// Needs no application object: main() parses before it makes one, so a mistake exits 2
// with a message even where no display can be opened.
[[nodiscard]] ParsedCommandLine parseCommandLine(const QStringList &arguments);

// Whether this command line opens a window (and so needs QApplication and a display).
[[nodiscard]] bool needsWindow(const ParsedCommandLine &parsed);

// The options QApplication reads itself (-platform NAME, -style NAME, -session ID, ...)
// taken out, for reading the command line before QApplication has consumed them.
[[nodiscard]] QStringList withoutQtWindowOptions(const QStringList &arguments);

// The --help text: the options, then the exit codes, the environment variables and the
// default config path of this platform. Call it once the application object exists.
[[nodiscard]] QString commandLineHelp(bool withQtOptions = false);

} // namespace earshot
