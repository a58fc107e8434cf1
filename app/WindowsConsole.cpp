#include "app/WindowsConsole.h"

#include <QtGlobal>

#ifdef Q_OS_WIN
#include <cstdio>
#include <windows.h>
#endif

namespace earshot {

#ifdef Q_OS_WIN
namespace {

// A handle the parent gave us on purpose (a file, a pipe) is kept; only a missing one is
// replaced by the console.
bool redirected(DWORD which)
{
    const HANDLE handle = GetStdHandle(which);
    return handle != nullptr && handle != INVALID_HANDLE_VALUE &&
           GetFileType(handle) != FILE_TYPE_UNKNOWN;
}

} // namespace

void attachToParentConsole()
{
    const bool outRedirected = redirected(STD_OUTPUT_HANDLE);
    const bool errRedirected = redirected(STD_ERROR_HANDLE);
    const bool inRedirected = redirected(STD_INPUT_HANDLE);
    if (outRedirected && errRedirected)
        return;
    if (!AttachConsole(ATTACH_PARENT_PROCESS))
        return; // started from Explorer or a scheduler without a console: nothing to show
    FILE *ignored = nullptr;
    if (!outRedirected && freopen_s(&ignored, "CONOUT$", "w", stdout) == 0)
        std::setvbuf(stdout, nullptr, _IONBF, 0);
    if (!errRedirected && freopen_s(&ignored, "CONOUT$", "w", stderr) == 0)
        std::setvbuf(stderr, nullptr, _IONBF, 0);
    if (!inRedirected)
        static_cast<void>(freopen_s(&ignored, "CONIN$", "r", stdin));
}

#else

void attachToParentConsole() {}

#endif

} // namespace earshot
