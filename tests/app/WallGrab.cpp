// Saves what an X display shows (its root window) as a PNG: the screenshot half of
// TestWallScreenshots, run with DISPLAY set to the Xvfb the wall is on.
// Usage: WallGrab OUT.png
#include <QGuiApplication>
#include <QPixmap>
#include <QScreen>

#include <cstdio>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "xcb");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QScreen *screen = QGuiApplication::primaryScreen();
    if (args.size() != 2 || !screen) {
        std::fputs("usage: WallGrab OUT.png (with DISPLAY set)\n", stderr);
        return 2;
    }
    const QPixmap shot = screen->grabWindow(0);
    if (shot.isNull() || !shot.save(args[1], "PNG")) {
        std::fprintf(stderr, "WallGrab: could not grab or save %s\n", qPrintable(args[1]));
        return 1;
    }
    return 0;
}
