// Bringing the window forward when a second Earshot asks: from the tray (hidden), from the
// task bar (minimized), and when the window does not exist yet.
#include "ui/WindowActivation.h"

#include <QApplication>
#include <QTest>
#include <QWidget>

using namespace earshot;

class TestWindowActivation : public QObject
{
    Q_OBJECT

private slots:
    void showsAWindowClosedToTheTray()
    {
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.hide();
        bringToFront(&window);
        QVERIFY(window.isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // (The offscreen platform does not hand the focus back to a window it saw hidden;
        // activation is checked below, from minimized and from behind another window.)
    }

    void restoresAMinimizedWindow()
    {
        QWidget window;
        window.showMinimized();
        QVERIFY(window.isMinimized());
        bringToFront(&window);
        QVERIFY(!window.isMinimized());
        QVERIFY(window.isVisible());
        QTRY_COMPARE(QApplication::activeWindow(), &window);
    }

    void raisesItAboveAnotherWindow()
    {
        QWidget first;
        QWidget second;
        first.show();
        second.show();
        QVERIFY(QTest::qWaitForWindowActive(&second));
        bringToFront(&first);
        QTRY_COMPARE(QApplication::activeWindow(), &first);
    }

    void noWindowYetIsNotAnError()
    {
        bringToFront(nullptr);
    }
};

QTEST_MAIN(TestWindowActivation)
#include "TestWindowActivation.moc"
