#include "UiSamples.h"

#include "ui/ChartsPage.h"
#include "ui/IncidentsView.h"
#include "ui/MainWindow.h"
#include "ui/QualityChartView.h"
#include "ui/QueueTablePage.h"
#include "ui/StatusBarWidget.h"
#include "ui/ThresholdsPanel.h"
#include "ui/TrayNotifier.h"
#include "ui/WelcomePage.h"

#include <QAction>
#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace earshot;
using namespace earshot::test;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void pagesAndWelcome()
    {
        MainWindow w;
        w.show();
        QVERIFY(!w.isShowingWelcome());
        QCOMPARE(w.currentPage(), MainWindow::Page::Queues);
        w.showWelcome(true);
        QVERIFY(w.isShowingWelcome());
        QSignalSpy settings(&w, &MainWindow::settingsRequested);
        QSignalSpy demo(&w, &MainWindow::demoRequested);
        QTest::mouseClick(w.welcomePage()->settingsButton(), Qt::LeftButton);
        QTest::mouseClick(w.welcomePage()->demoButton(), Qt::LeftButton);
        QCOMPARE(settings.count(), 1);
        QCOMPARE(demo.count(), 1);
        w.showPage(MainWindow::Page::Incidents);
        QVERIFY(!w.isShowingWelcome());
        QCOMPARE(w.currentPage(), MainWindow::Page::Incidents);
    }

    void chartRequestShowsTheCharts()
    {
        MainWindow w;
        emit w.queuePage()->chartRequested({QStringLiteral("q-sales")});
        QCOMPARE(w.currentPage(), MainWindow::Page::Charts);
    }

    void thresholdEditsPreviewOnTheChart()
    {
        MainWindow w;
        QualityChartView *chart = w.chartsPage()->chartView();
        chart->setQueueHistory(QStringLiteral("q-sales"), QStringLiteral("Sales"),
                               queueHistory(QStringLiteral("q-sales"), 288, 100));
        AlertPolicy draft;
        draft.global[Metric::Mos].warning = 3.1;
        emit w.chartsPage()->thresholdsPanel()->previewPolicyChanged(draft);
        QVERIFY(chart->previewResult().has_value());
        QCOMPARE(chart->previewResult()->count(), 1); // the dip's loss (2.4 %) still breaches
        emit w.chartsPage()->thresholdsPanel()->previewCleared();
        QVERIFY(!chart->previewResult().has_value());
    }

    void closeWithoutATrayCloses()
    {
        MainWindow w;
        w.show();
        w.setMonitoringActive(true);
        // The offscreen platform has no system tray: hiding would strand the operator.
        QVERIFY(!w.tray()->isAvailable());
        QSignalSpy quit(&w, &MainWindow::quitRequested);
        QVERIFY(w.close());
        QVERIFY(!w.isVisible());
        QCOMPARE(quit.count(), 1); // no stranded invisible process
        QVERIFY(w.close());
        QCOMPARE(quit.count(), 1);
    }

    void quitIsTheWayOut()
    {
        MainWindow w;
        w.show();
        w.setMonitoringActive(true);
        QSignalSpy quit(&w, &MainWindow::quitRequested);
        QAction *action = w.findChild<QAction *>(QStringLiteral("quitAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Quit));
        action->trigger();
        QCOMPARE(quit.count(), 1);
        QVERIFY(!w.isVisible());
    }

    void incidentsCountAndNotifications()
    {
        MainWindow w;
        w.setOpenIncidentCount(2);
        auto *tabs = w.findChild<QTabWidget *>();
        QCOMPARE(tabs->tabText(2), QStringLiteral("&Incidents (2 open)"));
        w.setOpenIncidentCount(0);
        QCOMPARE(tabs->tabText(2), QStringLiteral("&Incidents"));
        w.notifyIncidentOpened(QStringLiteral("Sales"), QStringLiteral("k1"), Severity::Critical);
        QCOMPARE(w.tray()->notificationCount(), 1);
        QCOMPARE(w.tray()->lastNotification(), QStringLiteral("Critical voice quality on Sales"));
    }

    void readableAtNocResolutions_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
    }
    void readableAtNocResolutions()
    {
        QFETCH(QSize, size);
        MainWindow w;
        QVERIFY(w.minimumSizeHint().width() <= 1280);
        QVERIFY(w.minimumSizeHint().height() <= 800);
        w.queuePage()->setQueues({{QStringLiteral("q-sales"), QStringLiteral("Sales")}});
        w.queuePage()->setLatestSamples({window(QStringLiteral("q-sales"), kT0, 3.2)});
        w.chartsPage()->chartView()->setQueueHistory(
            QStringLiteral("q-sales"), QStringLiteral("Sales"),
            queueHistory(QStringLiteral("q-sales"), 288, 100));
        w.resize(size);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        for (MainWindow::Page page :
             {MainWindow::Page::Queues, MainWindow::Page::Charts, MainWindow::Page::Incidents}) {
            w.showPage(page);
            QCoreApplication::processEvents(); // layouts settle as they would on screen
            const QImage shot = w.grab().toImage();
            QCOMPARE(shot.size(), size);
            const QString name = QStringLiteral("main-window-%1x%2-page%3.png")
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(int(page));
            QVERIFY(shot.save(QDir(QStringLiteral(QT_TESTCASE_BUILDDIR)).filePath(name)));
        }
        // The thresholds side panel keeps a usable width next to the charts.
        w.showPage(MainWindow::Page::Charts);
        QVERIFY(w.chartsPage()->thresholdsPanel()->width() >= 300);
        QVERIFY(w.chartsPage()->chartView()->width() >= 600);
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
