#pragma once

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
    bool resetDatabase = false; // with --headless only
};

struct ParsedCommandLine
{
    CommandLineOptions options;
    // Set when the process should exit at once (help, version, or an error): the text to
    // print and the exit code.
    bool exitNow = false;
    int exitCode = 0;
    QString output;
};

[[nodiscard]] ParsedCommandLine parseCommandLine(const QStringList &arguments);

} // namespace earshot
