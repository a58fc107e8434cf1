// Demo mode under a real X server (run through xvfb-run by ctest): the window as an
// operator sees it, one PNG per page, in the build tree.
#include "app/demo/DemoEnvironment.h"
#include "app/demo/FakePagerDuty.h"
#include "core/storage/Database.h"
#include "ui/MainWindow.h"
#include "ui/MonitorWindow.h"

#include <QApplication>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QObject>
#include <QPixmap>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>

using namespace earshot;

class TestDemoScreenshot : public QObject
{
    Q_OBJECT

private:
    static bool looksLikeAWindow(const QImage &image)
    {
        if (image.isNull() || image.width() < 800 || image.height() < 500)
            return false;
        // Not a blank frame: many distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        return colours.size() > 20;
    }

    static QString shotPath(const QString &name)
    {
        QString dir = qEnvironmentVariable("EARSHOT_SCREENSHOT_DIR");
        if (dir.isEmpty())
            dir = QDir::currentPath();
        return dir + u'/' + name;
    }

private slots:
    void demoWindowScreenshots()
    {
        QVERIFY2(QGuiApplication::platformName() == QLatin1StringView("xcb"),
                 "run under xvfb-run with QT_QPA_PLATFORM=xcb");
        QTemporaryDir dir;
        auto demo = DemoEnvironment::create(dir.filePath(QStringLiteral("demo.sqlite")));
        QVERIFY(demo.ok());
        int stored = 0;
        connect(&demo.value()->monitor(), &Monitor::windowStored, this,
                [&](qint64, qint64) { ++stored; });
        MonitorWindow window(demo.value()->monitor());
        window.setMonitoringActive(true);
        window.resize(1600, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        demo.value()->start();
        // The back-fill (12 windows) and the first live one: Sales is critical by then.
        QVERIFY(QTest::qWaitFor([&] { return stored >= 13; }, 60'000));
        QVERIFY(QTest::qWaitFor([&] { return !demo.value()->pagerDuty().incidents().isEmpty(); },
                                30'000));
        QTest::qWait(500);

        const struct
        {
            MainWindow::Page page;
            const char *file;
        } pages[] = {{MainWindow::Page::Queues, "demo-queues.png"},
                     {MainWindow::Page::Charts, "demo-charts.png"},
                     {MainWindow::Page::Incidents, "demo-incidents.png"}};
        for (const auto &p : pages) {
            window.showPage(p.page);
            QTest::qWait(300);
            const QImage shot = window.screen()->grabWindow(window.winId()).toImage();
            QVERIFY2(looksLikeAWindow(shot), p.file);
            QVERIFY(shot.save(shotPath(QString::fromLatin1(p.file))));
        }
        qInfo("screenshots written to %s", qPrintable(shotPath({})));
    }
};

QTEST_MAIN(TestDemoScreenshot)
#include "TestDemoScreenshot.moc"
